"""Executors: serial, a local process pool, and Dask (skipped cleanly when dask is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.build import analyse_paths, extract
from timeline.executor import choose, dask_available, resolve_jobs, run_tasks

ARTICLE = "---\ntitle: A{n}\ndate: 2025-06-01\n---\nThe bridge reopened on {n} May 2025 after repairs began in March 2024.\n"


def square(x: int) -> int:
    return x * x


def corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(1, n + 1):
        (folder / f"a{i:03d}.md").write_text(ARTICLE.format(n=i % 28 + 1), encoding="utf-8")
    return folder


def test_choose_and_jobs() -> None:
    assert resolve_jobs(0) >= 1 and resolve_jobs(3) == 3
    assert choose("auto", 1, 10_000) == "serial" and choose("auto", 4, 5) == "serial"
    assert choose("auto", 2, 500) == "process" and choose("dask", 1, 1) == "dask"


@pytest.mark.parametrize("executor", ["serial", "process"])
def test_run_tasks_yields_every_result(executor: str) -> None:
    got = dict(run_tasks(square, [(i,) for i in range(100)], executor=executor, jobs=2, batch=7))
    assert got == {i: i * i for i in range(100)}


def test_process_pool_matches_serial(tmp_path: Path) -> None:
    src = corpus(tmp_path / "seeds", 60)
    serial = analyse_paths([src], executor="serial")
    pooled = analyse_paths([src], executor="process", jobs=2)
    assert pooled.analyses == serial.analyses and pooled.diagnostics == serial.diagnostics


@pytest.mark.skipif(not dask_available(), reason="dask.distributed is not installed (pip install 'timeline[dask]')")
def test_dask_local_cluster_matches_serial(tmp_path: Path) -> None:
    from distributed import LocalCluster

    src = corpus(tmp_path / "seeds", 40)
    serial = extract([src])
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        on_dask = extract([src], executor="dask", scheduler=cluster.scheduler_address)
    assert on_dask.timeline == serial.timeline and on_dask.diagnostics == serial.diagnostics


@pytest.mark.skipif(not dask_available(), reason="dask.distributed is not installed (pip install 'timeline[dask]')")
def test_build_on_dask_via_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from distributed import LocalCluster

    from timeline.cli import main

    corpus(tmp_path / "seeds", 20)
    monkeypatch.chdir(tmp_path)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        err = io.StringIO()
        code = main(["build", "-q", "--no-cache", "--scheduler", cluster.scheduler_address], out=io.StringIO(), err=err)
    assert code == 0, err.getvalue()
    assert (tmp_path / "site" / "index.html").is_file()


def test_unreachable_scheduler_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not dask_available():
        pytest.skip("dask.distributed is not installed")
    from timeline import executor
    from timeline.errors import BuildError

    monkeypatch.setattr(executor, "CONNECT_TIMEOUT", 1)

    src = corpus(tmp_path / "seeds", 2)
    with pytest.raises(BuildError, match="cannot reach the Dask scheduler"):
        analyse_paths([src], executor="dask", scheduler="tcp://127.0.0.1:9")


def test_progress_is_quiet_off_a_terminal_and_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from timeline.progress import LineProgress, Progress, RichProgress, in_ci, make_progress

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    for var in ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "TF_BUILD", "JENKINS_URL", "TEAMCITY_VERSION"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert type(make_progress(io.StringIO())) is Progress
    assert isinstance(make_progress(io.StringIO(), verbose=1), LineProgress)
    assert isinstance(make_progress(Tty()), RichProgress)
    assert type(make_progress(Tty(), quiet=True)) is Progress
    monkeypatch.setenv("CI", "true")
    assert in_ci() and type(make_progress(Tty())) is Progress
    stream = Tty()
    with make_progress(stream, verbose=1) as p:
        p.phase("extract", 3)
        p.advance(3)
        p.detail("3 files")
    assert "3 files" in stream.getvalue()


def test_build_summary_and_verbose_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from timeline.cli import main

    corpus(tmp_path / "seeds", 3)
    monkeypatch.chdir(tmp_path)
    err = io.StringIO()
    assert main(["build", "-v", "-j", "1"], out=io.StringIO(), err=err) == 0
    text = err.getvalue()
    assert "3 files, 0 from the cache, 3 to analyse" in text and "render" in text
    assert text.rstrip().splitlines()[-1].startswith("Built ")
    err = io.StringIO()
    assert main(["build"], out=io.StringIO(), err=err) == 0
    assert "3 cached" in err.getvalue() and "0 written" in err.getvalue()
    err = io.StringIO()
    assert main(["build", "-q"], out=io.StringIO(), err=err) == 0 and err.getvalue() == ""


@pytest.mark.skipif(not dask_available(), reason="dask.distributed is not installed")
def test_dask_workers_with_another_engine_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from distributed import LocalCluster

    from timeline import executor
    from timeline.errors import BuildError

    src = corpus(tmp_path / "seeds", 2)
    calls = iter(["ours", "theirs"])
    monkeypatch.setattr(executor, "_engine", lambda: next(calls, "theirs"))
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        with pytest.raises(BuildError, match="runs a different timeline engine"):
            analyse_paths([src], executor="dask", scheduler=cluster.scheduler_address)
