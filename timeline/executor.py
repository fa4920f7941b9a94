"""Run a pure per-item function serially, on a local process pool, or on a Dask cluster.

``run_tasks(fn, items, ...)`` yields ``(index, result)`` pairs as results arrive, in any
order. Items are sent in small batches and only a bounded number of batches is in flight at
once, so memory grows with the batch window, not with the corpus. ``fn`` must be a module-
level function (it is pickled by name) and its results must pickle.
"""

from __future__ import annotations

import os
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any, Callable, Iterable, Iterator, Sequence

from . import cache as _cache  # noqa: F401 - registers pickling of the model's frozen mappings
from .errors import BuildError

#: Below this many items, ``auto`` does not start a process pool (starting it costs more).
MIN_PARALLEL = 48
BATCH = 16
#: Seconds to wait for a Dask scheduler to answer.
CONNECT_TIMEOUT = 30


def cpu_count() -> int:
    """Cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def resolve_jobs(jobs: int | None) -> int:
    """0 or None: one per core; otherwise the number given (at least 1)."""
    return cpu_count() if not jobs else max(1, jobs)


def choose(executor: str, jobs: int, n_items: int) -> str:
    """The executor ``auto`` picks: serial for one job or little work, else a process pool."""
    if executor != "auto":
        return executor
    return "process" if jobs > 1 and n_items >= MIN_PARALLEL else "serial"


def _run_batch(fn: Callable[..., Any], batch: Sequence[tuple[int, tuple[Any, ...]]]) -> list[tuple[int, Any]]:
    return [(i, fn(*args)) for i, args in batch]


def _batches(items: Iterable[tuple[Any, ...]], size: int) -> Iterator[list[tuple[int, tuple[Any, ...]]]]:
    batch: list[tuple[int, tuple[Any, ...]]] = []
    for i, args in enumerate(items):
        batch.append((i, args))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_tasks(fn: Callable[..., Any], items: Iterable[tuple[Any, ...]], *, executor: str = "auto",
              jobs: int | None = None, scheduler: str = "", n_items: int | None = None,
              batch: int = BATCH) -> Iterator[tuple[int, Any]]:
    """Yield ``(index, fn(*items[index]))`` for every item, as results arrive.

    Raises:
        BuildError: for an unknown executor, or when Dask is asked for but not installed or
            the scheduler cannot be reached.
    """
    n_jobs = resolve_jobs(jobs)
    if n_items is None and not isinstance(items, Sequence):
        items = list(items)
    count = n_items if n_items is not None else len(items)  # type: ignore[arg-type]
    kind = choose(executor, n_jobs, count)
    if kind == "serial" or count == 0:
        for i, args in enumerate(items):
            yield i, fn(*args)
    elif kind == "process":
        yield from _run_process(fn, items, n_jobs, batch)
    elif kind == "dask":
        yield from _run_dask(fn, items, n_jobs, scheduler, batch)
    else:
        raise BuildError(f"unknown executor {executor!r}; expected one of auto, serial, process, dask")


def _run_process(fn: Callable[..., Any], items: Iterable[tuple[Any, ...]], jobs: int, batch: int) -> Iterator[tuple[int, Any]]:
    window = jobs * 3
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: set[Future[list[tuple[int, Any]]]] = set()
        source = _batches(items, batch)
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:
                nxt = next(source, None)
                if nxt is None:
                    exhausted = True
                    break
                pending.add(pool.submit(_run_batch, fn, nxt))
            if not pending:
                break
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                yield from fut.result()


def dask_available() -> bool:
    """Whether dask.distributed can be imported."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


def _engine() -> str:
    from .cache import engine_fingerprint

    return engine_fingerprint()


def _check_workers(client: Any) -> None:
    """Refuse workers whose timeline engine differs from ours (their results would differ)."""
    ours = _engine()
    try:
        theirs = client.run(_engine)
    except Exception as err:  # noqa: BLE001 - e.g. timeline not importable on a worker
        raise BuildError(f"the Dask workers cannot run timeline ({type(err).__name__}: {err}); "
                         f"install the same timeline version on every worker") from err
    if not theirs:
        raise BuildError("the Dask cluster has no workers; start some with: dask worker SCHEDULER_ADDRESS")
    odd = sorted(w for w, fp in theirs.items() if fp != ours)
    if odd:
        raise BuildError(f"Dask worker {odd[0]} runs a different timeline engine ({theirs[odd[0]]}, ours {ours})"
                         f"{f' and {len(odd) - 1} more' if len(odd) > 1 else ''}; install the same version on every worker")


def _run_dask(fn: Callable[..., Any], items: Iterable[tuple[Any, ...]], jobs: int, scheduler: str,
              batch: int) -> Iterator[tuple[int, Any]]:
    try:
        from distributed import Client, as_completed
    except ImportError as err:
        raise BuildError("the dask executor needs dask.distributed: pip install 'timeline[dask]'") from err
    try:
        if scheduler:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
        else:
            client = Client(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None,
                            set_as_default=False)
    except (OSError, TimeoutError) as err:
        raise BuildError(f"cannot reach the Dask scheduler {scheduler or '(local)'}: {err}") from err
    try:
        _check_workers(client)
        threads = max(1, sum(client.nthreads().values()))
        window = threads * 3
        source = _batches(items, batch)
        first = []
        for b in source:
            first.append(client.submit(_run_batch, fn, b, pure=False))
            if len(first) >= window:
                break
        if not first:
            return
        queue = as_completed(first, loop=client.loop)
        for fut in queue:
            yield from fut.result()
            fut.release()
            nxt = next(source, None)
            if nxt is not None:
                queue.add(client.submit(_run_batch, fn, nxt, pure=False))
    finally:
        client.close()
