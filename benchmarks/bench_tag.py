"""Benchmark: the tagger's speed (MB/s of article text) against dateparser.search_dates.

    python benchmarks/bench_tag.py [--corpus FILE.jsonl ...] [--kb N] [--skip-dateparser] [--default-kb N]
    python benchmarks/bench_tag.py --scaling [--sizes 0.25 0.5 1 2]

Texts: the corpora in ../shared/corpora when present (te3-platinum, meantime-en,
tbaq-cleaned, wikiwars-timex3, tweets, probes-news: 1.5 MB), else articles from ``../shared/tools/gen_corpus.py --n 200
--seed 7`` when that exists, else a small built-in generator. Both tools tag the same
texts (the first ``--kb`` kilobytes) in the same run.

Headline figure: each tool runs in a fresh ``python`` process, start-up and imports
included (what ``timeline tag`` costs a user), with Python's bytecode cache and the tagger's compiled-pattern cache in use as after an
installation's first run (one warm-up run each; this machine sets PYTHONDONTWRITEBYTECODE).
Times are CPU times of the child (robust when the machine is shared); wall times are
printed too. Warm figure: in-process, the tagger's cache cleared, imports excluded.

Two dateparser baselines: the headline one, ``search_dates(text, languages=["en"],
settings={"RELATIVE_BASE": dct})`` on all the texts (English only, as our tagger); and,
labelled as such, ``search_dates(text)`` with its default arguments (it then tries every
language it knows: over 20x slower here), on a sample, the first ``--default-kb`` kilobytes (default
50; 0 skips it), start-up included as for the others.

``--scaling``: linearity check. Tags one synthetic date-dense text (paragraphs full of
dates in varied wording, with a long URL now and then) and one run without spaces (a data
blob with a date every ~120 characters) of each size, and prints the
CPU time per MB; the build is linear when it stays flat (the check fails, exit status 1,
when the largest is more than 1.5x the smallest).
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

#: dateparser with its default arguments (no ``languages=``, no settings): the figure a user
#: who calls ``search_dates(text)`` gets.
DATEPARSER_DEFAULT = DATEPARSER.replace('languages=["en"], settings=settings', "")
assert DATEPARSER_DEFAULT != DATEPARSER


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


_SCALING_BITS = (
    "On {M} {d}, {y}, the ministers met", "in mid-{y} and again on {d} {M} {y}", "last week and {n} days later",
    "at 5 p.m. on Sunday", "the second quarter of {y}", "from {M} {d} to {d2}", "in the 1990s", "a year earlier",
    "on 2025-0{m}-1{m}", "between March and September {y}", "(Paragraph {y}.)", "since {y}, and in {M} {y}",
    "three years ago", "the day before", "by 12% on Tuesday", "early next month", "{m}/{d}/{y}",
    "the summer of {y}", "{y}-{y2} and {y2}-{y}-{y}", "Friday night at 8 PM", "about two decades",
    "see https://example.com/{y}/{m}/{d}/{M}.html", "every Monday, twice a week", "the end of the year",
)
_MONTHS = ("January February March April May June July August September October November December "
           "Jan. Feb. Sept. Oct. Nov. Dec.").split()


def dense_text(size: int, seed: int = 3) -> str:
    """A synthetic date-dense text of ``size`` characters (about one expression per 20 characters)."""
    rnd = random.Random(seed)
    paras = []
    for p in range(40):
        bits = []
        for _ in range(60):
            b = rnd.choice(_SCALING_BITS).format(
                M=rnd.choice(_MONTHS), d=rnd.randint(1, 28), d2=rnd.randint(1, 28), y=rnd.randint(1950, 2030),
                y2=rnd.randint(1950, 2030), n=rnd.choice(["two", "three", "five"]), m=rnd.randint(1, 9))
            bits.append(b[0].upper() + b[1:] + ".")
        if p % 8 == 7:  # a long run without spaces: a pasted URL with dates far apart in it
            bits.append("https://example.org/archive?" + "&".join(
                f"d{i}={rnd.choice(_MONTHS)}-{rnd.randint(1950, 2030)}&sig={rnd.getrandbits(400):0100x}" for i in range(100)))
        paras.append(" ".join(bits))
    base = "\n\n".join(paras) + "\n\n"
    return (base * (size // len(base) + 1))[:size]


def spaceless_text(size: int, seed: int = 5) -> str:
    """One run without a space or newline (a data blob), with a date every ~120 characters."""
    rnd = random.Random(seed)
    parts, n = [], 0
    while n < size:
        part = f"{rnd.choice(_MONTHS)}-{rnd.randint(1950, 2030)}_{rnd.getrandbits(400):0100x};"
        parts.append(part)
        n += len(part)
    return "".join(parts)[:size]


def scaling(sizes: list[float]) -> int:
    """Time ``tag()`` on date-dense texts of each size (MB); return 1 if time per MB is not flat."""
    sys.path.insert(0, str(ROOT))
    import datetime as dt

    from timeline.tag import _tag_cached, tag

    tag(dense_text(20_000), dt.date(2025, 6, 18))  # compile the patterns first
    worst = 0.0
    for name, make in (("date-dense news text", dense_text), ("one run without spaces", spaceless_text)):
        print(f"{name}:")
        worst = max(worst, _scaling_table(make, sizes, tag, _tag_cached, dt.date(2025, 6, 18)))
    return 0 if worst <= 1.5 else 1


def _scaling_table(make, sizes, tag, cache, dct) -> float:  # type: ignore[no-untyped-def]
    print(f"{'MB':>6} {'expressions':>12} {'CPU s':>8} {'s/MB':>7} {'MB/s':>6}")
    per_mb = []
    for mb in sizes:
        text = make(int(mb * 1e6))
        best = float("inf")
        for _ in range(2):
            cache.cache_clear()
            t0 = time.process_time()
            found = tag(text, dct)
            best = min(best, time.process_time() - t0)
        per_mb.append(best / mb)
        print(f"{mb:6.2f} {len(found):12d} {best:8.2f} {best / mb:7.2f} {mb / best:6.2f}")
    spread = max(per_mb) / min(per_mb)
    print(f"time per MB: largest / smallest = {spread:.2f} ({'linear' if spread <= 1.5 else 'NOT linear'})")
    return spread


#: Child environment: bytecode cached (in a temporary folder, not in the checkout), as it is
#: after ``pip install``. This machine sets PYTHONDONTWRITEBYTECODE=1, which would make every
#: fresh process recompile the tagger's source (~60 ms) -- a cost no installed copy pays.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
_ENV["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "bench-tag-pycache")
#: The tagger's compiled-pattern cache (``timeline/tag/rules.py``) likewise, written by the warm-up run.
_ENV["TIMELINE_REGEX_CACHE"] = str(Path(tempfile.gettempdir()) / "bench-tag-regex")


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
    ap.add_argument("--default-kb", type=int, default=50,
                    help="sample (KB) for dateparser with its default arguments (default 50; 0: skip it)")
    ap.add_argument("--scaling", action="store_true", help="check that time per MB stays flat on date-dense text")
    ap.add_argument("--sizes", nargs="*", type=float, default=[0.25, 0.5, 1, 2], help="text sizes for --scaling (MB)")
    a = ap.parse_args(argv)
    if a.scaling:
        return scaling(a.sizes)

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
    if a.default_kb:
        _default_baseline(docs, a.default_kb, tiny, size / ours)
    path.unlink(missing_ok=True)
    tiny.unlink(missing_ok=True)
    return 0


def _default_baseline(docs: list[dict[str, str]], kb: int, tiny: Path, ours_rate: float) -> None:
    """Print dateparser's speed with its default arguments on the first ``kb`` KB of the texts."""
    sample, size = [], 0
    for d in docs:
        if size >= kb * 1000:
            break
        sample.append(d)
        size += len(d["text"].encode("utf-8"))
    path = tiny.with_name(tiny.stem.replace("-tiny", "") + "-sample.jsonl")
    path.write_text("".join(json.dumps(d) + "\n" for d in sample), encoding="utf-8")
    try:
        run_fresh(DATEPARSER_DEFAULT, tiny)  # warm-up: the bytecode cache of the language data it then loads
        start = run_fresh(DATEPARSER_DEFAULT, tiny)[1]  # its start-up (and one tiny document)
        wall, cpu, rep = run_fresh(DATEPARSER_DEFAULT, path)
    except subprocess.CalledProcessError as err:
        print(f"dateparser (default arguments) could not run: {err}")
        return
    finally:
        path.unlink(missing_ok=True)
    rate = size / cpu
    rate_run = size / max(cpu - start, 1e-9)  # without the start-up (loading every language's data: ~2 s)
    print(f"dateparser.search_dates(text), DEFAULT arguments (no languages=), fresh process, sample of "
          f"{len(sample)} documents, {size / 1e3:.0f} KB: {rate / 1e6:6.4f} MB/s CPU start-up included, "
          f"{rate_run / 1e6:6.4f} MB/s without its start-up ({cpu:.2f} s CPU of which ~{start:.2f} s start-up, "
          f"{wall:.2f} s wall, {rep['found']:.0f} found)")
    print(f"ratio against the default arguments (our MB/s on all texts, fresh / its MB/s on the sample): "
          f"timeline.tag is {ours_rate / rate:.0f}x faster ({ours_rate / rate_run:.0f}x against it without its start-up)")


if __name__ == "__main__":
    raise SystemExit(main())
