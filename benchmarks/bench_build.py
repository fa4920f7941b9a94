"""Build benchmarks (issue 6): cold build, unchanged rebuild, one article changed, peak memory.

    python3 benchmarks/bench_build.py                      # N = 300
    python3 benchmarks/bench_build.py --sizes 300,3000,10000

For each N a corpus is generated (``../shared/tools/gen_corpus.py --n N --seed 7`` when the
shared folder exists, else ``benchmarks/gen_articles.py``), then three builds run, each in a
fresh Python process (as a user runs them): cold (no cache, no site), unchanged (same
input), and one article changed. Reported per build: seconds inside ``build()``, wall
seconds of the process (interpreter start and imports included), peak RSS of the main
process and of the largest worker, pages written, largest page.

In the same run, two dateparser baselines are timed over the same article bodies (all of
them for N <= --dateparser-max, default 300, else a sample of that many, extrapolated by
characters), and the cold build's speed-up over each is reported (by build seconds and by
wall seconds):

- issue 6's baseline, ``dateparser.search_dates(text)`` as the issue names it: dateparser
  alone, its default arguments (it detects the language of each candidate);
- a stricter one, ``search_dates(text, languages=['en'])``, dateparser told the language the
  build is told (about 13x faster than the default call).

``--no-default-dateparser`` skips the first (minutes at N = 300). This is a benchmark, not a
test: nothing asserts. docs/performance.md explains the choice of baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED_GEN = REPO.parent / "shared" / "tools" / "gen_corpus.py"

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
t0 = time.perf_counter()
from timeline.build import build
from timeline.config import load_config
cfg = load_config(None, source=sys.argv[2], out=sys.argv[3], cache_dir=sys.argv[4], jobs=int(sys.argv[5]))
r = build(cfg)
from pathlib import Path
sizes = [(p.stat().st_size, p.name) for p in Path(sys.argv[3]).rglob("*") if p.is_file()]
html = max((x for x in sizes if x[1].endswith(".html")), default=(0, ""))
big = max(sizes, default=(0, ""))
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"build_s": r.seconds, "process_s": time.perf_counter() - t0, "rss_mb": own / 1024,
                  "worker_rss_mb": kids / 1024, "pages": r.pages, "written": r.written, "cached": r.cached,
                  "articles": len(r.timeline.articles), "events": len(r.timeline.events),
                  "largest_page": r.largest_page, "phases": dict(r.phases), "largest_html": html[0], "largest_html_name": html[1],
                  "largest_file": big[0], "largest_file_name": big[1], "warnings": r.warnings, "errors": r.errors}))
"""


def generate(n: int, out: Path) -> str:
    if SHARED_GEN.is_file():
        subprocess.run([sys.executable, str(SHARED_GEN), "--n", str(n), "--seed", "7", "--out", str(out)],
                       check=True, stdout=subprocess.DEVNULL)
        return "shared/tools/gen_corpus.py"
    subprocess.run([sys.executable, str(HERE / "gen_articles.py"), "--n", str(n), "--seed", "7", "--out", str(out)], check=True)
    return "benchmarks/gen_articles.py"


class TooSlow(Exception):
    """A build did not finish within --timeout seconds."""


def one_build(work: Path, jobs: int, timeout: float | None = None) -> dict:
    started = time.perf_counter()
    try:
        got = subprocess.run([sys.executable, "-c", CHILD, str(REPO), str(work / "seeds"), str(work / "site"),
                              str(work / "cache"), str(jobs)], capture_output=True, text=True, cwd=work, timeout=timeout)
    except subprocess.TimeoutExpired as err:
        raise TooSlow(f"build did not finish within {timeout:.0f} s") from err
    if got.returncode != 0:
        raise SystemExit(f"build failed:\n{got.stderr[-3000:]}")
    data = json.loads(got.stdout.strip().splitlines()[-1])
    data["wall_s"] = time.perf_counter() - started
    return data


def bodies(folder: Path) -> list[str]:
    out = []
    for p in sorted(folder.rglob("*.md")):
        text = p.read_text(encoding="utf-8")
        out.append(text.split("\n---\n", 1)[1] if text.startswith("---\n") and "\n---\n" in text else text)
    return out


def time_dateparser(texts: list[str], limit: int, **kwargs: object) -> dict:
    """Time ``search_dates(text, **kwargs)`` over ``texts`` (a sample of ``limit``, extrapolated by characters)."""
    import warnings

    from dateparser.search import search_dates

    warnings.filterwarnings("ignore")
    total_chars = sum(len(t) for t in texts)
    sample = texts if len(texts) <= limit else random.Random(7).sample(texts, limit)
    chars = sum(len(t) for t in sample)
    search_dates("warm up on 12 May 2025", **kwargs)
    started = time.perf_counter()
    found = 0
    for t in sample:
        found += len(search_dates(t, **kwargs) or ())
    seconds = time.perf_counter() - started
    return {"measured_s": seconds, "articles": len(sample), "chars": chars, "found": found,
            "estimated_s": seconds * total_chars / max(1, chars), "extrapolated": len(sample) < len(texts)}


def file_floor(site: Path, work: Path) -> dict:
    """Seconds a tight os.open/os.write/os.close loop takes to create as many files, of the same
    sizes and in as many folders, as the cold build wrote: the kernel's share of the write
    phase on this disk at this moment (it swings with the machine's other I/O)."""
    files = sorted((p.relative_to(site).as_posix(), p.stat().st_size) for p in site.rglob("*") if p.is_file())
    target = Path(tempfile.mkdtemp(prefix="floor-", dir=work))
    folders = sorted({str(Path(name).parent) for name, _ in files})
    for f in folders:
        (target / f).mkdir(parents=True, exist_ok=True)
    blob = b"x" * max((size for _, size in files), default=0)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    started = time.perf_counter()
    for name, size in files:
        fd = os.open(target / name, flags, 0o644)
        os.write(fd, blob[:size])
        os.close(fd)
    seconds = time.perf_counter() - started
    shutil.rmtree(target, ignore_errors=True)
    return {"files": len(files), "seconds": seconds}


def change_one(folder: Path) -> Path:
    files = sorted(folder.rglob("*.md"))
    target = files[len(files) // 2]
    with open(target, "a", encoding="utf-8") as fh:
        fh.write("\nThe review of the agreement is due on 3 March 2027, officials said.\n")
    return target


def bench(n: int, jobs: int, dp_limit: int, keep: Path | None, timeout: float | None = None,
          dp_default_on: bool = True, dp_default_limit: int | None = None) -> dict:
    work = Path(tempfile.mkdtemp(prefix=f"timeline-bench-{n}-", dir=keep))
    try:
        gen = generate(n, work / "seeds")
        texts = bodies(work / "seeds")
        try:
            cold = one_build(work, jobs, timeout)
            cold["file_floor"] = file_floor(work / "site", work)
            same = one_build(work, jobs, timeout)
            change_one(work / "seeds")
            one = one_build(work, jobs, timeout)
        except TooSlow as err:
            return {"n": n, "generator": gen, "chars": sum(len(t) for t in texts), "failed": str(err)}
        dp = time_dateparser(texts, dp_limit, languages=["en"])
        # Issue 6's baseline: search_dates(text), dateparser's default call (it detects the
        # language of every candidate, ~13x slower than languages=['en']).
        dp_default = time_dateparser(texts, dp_default_limit or dp_limit) if dp_default_on else None
        return {"n": n, "generator": gen, "chars": sum(len(t) for t in texts), "cold": cold, "unchanged": same,
                "one_changed": one, "dateparser": dp, "dateparser_default": dp_default, "jobs": jobs or os.cpu_count()}
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)


def _baseline(d: dict | None, cold: dict) -> tuple[str, str]:
    if not d:
        return "not run", "-"
    took = f"{d['estimated_s']:.1f} s" + (f" (est. from {d['articles']})" if d["extrapolated"] else "")
    return took, f"**{d['estimated_s'] / cold['build_s']:.1f}x** ({d['estimated_s'] / cold['wall_s']:.1f}x wall)"


def table(results: list[dict]) -> str:
    rows = ["| N | text | cold build | unchanged | one changed | peak RSS main / worker | events | pages | largest HTML page / file "
            "| dateparser `search_dates(text)` | cold build faster | dateparser `languages=['en']` | cold build faster |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in results:
        if "failed" in r:
            rows.append(f"| {r['n']:,} | {r['chars'] / 1e6:.1f} MB | {r['failed']} |" + " |" * 10)
            continue
        c, u, o = r["cold"], r["unchanged"], r["one_changed"]
        default_took, default_ratio = _baseline(r.get("dateparser_default"), c)
        en_took, en_ratio = _baseline(r["dateparser"], c)
        rows.append(
            f"| {r['n']:,} | {r['chars'] / 1e6:.1f} MB | {c['build_s']:.2f} s ({c['wall_s']:.2f} s wall) "
            f"| {u['build_s']:.2f} s = {u['build_s'] / c['build_s']:.0%} ({u['wall_s']:.2f} s wall) "
            f"| {o['build_s']:.2f} s = {o['build_s'] / c['build_s']:.0%} ({o['written']} written) "
            f"| {max(c['rss_mb'], u['rss_mb'], o['rss_mb']):.0f} / {c['worker_rss_mb']:.0f} MB "
            f"| {c['events']:,} | {c['pages']:,} | {c['largest_html'] / 1e6:.2f} / {c['largest_file'] / 1e6:.2f} MB "
            f"({c['largest_file_name']}) | {default_took} | {default_ratio} | {en_took} | {en_ratio} |")
    rows += ["", "File creation floor (a tight os.open/os.write loop making the cold build's files, same sizes, "
             "right after it):", ""]
    for r in results:
        if "failed" not in r and "file_floor" in r["cold"]:
            f = r["cold"]["file_floor"]
            rows.append(f"- N = {r['n']:,}: {f['files']:,} files in {f['seconds']:.2f} s "
                        f"({f['seconds'] / max(1, f['files']) * 1e3:.2f} ms a file); cold build's write phase "
                        f"{r['cold'].get('phases', {}).get('write', float('nan')):.2f} s")
    rows += ["", "Phases (seconds): analyse / assemble / render / write", ""]
    for r in results:
        if "failed" in r:
            continue
        for name in ("cold", "unchanged", "one_changed"):
            ph = r[name].get("phases", {})
            rows.append(f"- N = {r['n']:,} {name}: " + ", ".join(f"{k} {v:.2f}" for k, v in ph.items()))
    return "\n".join(rows)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="300", help="comma-separated corpus sizes (default: 300)")
    p.add_argument("--jobs", type=int, default=0, help="worker processes (default: one per core)")
    p.add_argument("--dateparser-max", type=int, default=300,
                   help="time dateparser on at most this many articles, extrapolating beyond (default: 300)")
    p.add_argument("--default-dateparser-max", type=int, default=None,
                   help="time the default call on at most this many articles (default: --dateparser-max)")
    p.add_argument("--no-default-dateparser", action="store_true",
                   help="skip issue 6's baseline, search_dates(text) with default arguments (minutes at N = 300)")
    p.add_argument("--json", type=Path, help="also write the raw figures here")
    p.add_argument("--keep", type=Path, help="keep the work folders under this folder")
    p.add_argument("--timeout", type=float, help="give up on a size when one build takes longer (seconds)")
    a = p.parse_args()
    results = []
    for n in (int(s.replace("_", "")) for s in a.sizes.split(",") if s.strip()):
        print(f"N = {n:,} ...", file=sys.stderr, flush=True)
        results.append(bench(n, a.jobs, a.dateparser_max, a.keep, a.timeout, not a.no_default_dateparser,
                             a.default_dateparser_max))
        print(table(results[-1:]).splitlines()[2], file=sys.stderr, flush=True)
    print(table(results))
    if a.json:
        a.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
