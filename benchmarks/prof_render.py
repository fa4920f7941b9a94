"""Time render and write of one timeline, apart from analysis (CPU and wall, best of --repeat).

    python3 benchmarks/prof_render.py --source /tmp/gs300            # analyses once, caches the timeline
    python3 benchmarks/prof_render.py --source /tmp/gs300 --profile  # cProfile of render + write

The timeline is assembled once and pickled beside the output (``--work``), so repeated runs
measure only render (pages produced) and write (a fresh folder, as a cold build does).
This is a benchmark, not a test: nothing asserts.
"""

from __future__ import annotations

import argparse
import os
import pickle
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline import build as build_mod  # noqa: E402
from timeline.config import load_config  # noqa: E402


def timeline_of(source: Path, work: Path):
    saved = work / "timeline.pickle"
    if saved.is_file():
        with open(saved, "rb") as fh:
            return pickle.load(fh)
    from timeline import cache as _cache  # noqa: F401 - pickling of frozen mappings
    from timeline import curated

    run = build_mod.analyse_paths([source], jobs=0, executor="auto")
    timeline = build_mod.assemble(run.analyses, "Timeline")
    timeline = curated.included(timeline, run.diagnostics, run.failed, [source])[0]
    work.mkdir(parents=True, exist_ok=True)
    with open(saved, "wb") as fh:
        pickle.dump(timeline, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return timeline


def once(timeline, config) -> tuple[float, float, float, int]:
    """(render seconds, write seconds, user CPU, system CPU, pages) of one cold render + write."""
    from timeline import render as render_mod
    from timeline import write as write_mod

    shutil.rmtree(config.out, ignore_errors=True)
    t0 = os.times()
    w0 = time.perf_counter()
    stream = getattr(render_mod, "render_pages", None)
    if stream is not None:
        from timeline.build import _Clock

        clock = _Clock()
        n = len(write_mod.write_site(clock.timed(stream(timeline, config)), config.out).names)
        rendered = clock.seconds
    else:
        pages = render_mod.render(timeline, config)
        rendered = time.perf_counter() - w0
        write_mod.write_site(pages, config.out)
        n = len(pages)
    w1 = time.perf_counter()
    t1 = os.times()
    return rendered, w1 - w0 - rendered, t1.user - t0.user, t1.system - t0.system, n


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--source", type=Path, required=True)
    p.add_argument("--work", type=Path, default=Path("/tmp/prof-render"))
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--profile", action="store_true")
    a = p.parse_args()
    timeline = timeline_of(a.source, a.work)
    config = load_config(None, source=str(a.source), out=str(a.work / "site"), cache=False)
    if a.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.runcall(once, timeline, config)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(40)
        return
    runs = [once(timeline, config) for _ in range(a.repeat)]
    for r in runs:
        print(f"render {r[0]:.3f} s, write {r[1]:.3f} s (wall); CPU user {r[2]:.3f} s, system {r[3]:.3f} s; {r[4]} pages")
    best = min(runs, key=lambda r: r[2])
    print(f"best (least user CPU): render {best[0]:.3f} s + write {best[1]:.3f} s; user {best[2]:.3f} s, system {best[3]:.3f} s")


if __name__ == "__main__":
    main()
