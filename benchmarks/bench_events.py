"""Benchmark the event stages against the tagger (issue 4: "the event stages add at most 50%
to tagging time").

    python3 benchmarks/bench_events.py                 # 300 articles, best of 5
    python3 benchmarks/bench_events.py --n 300 --repeat 7
    python3 benchmarks/bench_events.py --scaling       # one date-dense article, 0.25-2 MB
    python3 benchmarks/bench_events.py --scaling --sizes 0.5 1 2 4

Corpus: ``../shared/tools/gen_corpus.py --n N --seed 7`` when the shared folder exists, else
``benchmarks/gen_articles.py``. The articles are read once (``timeline.read.read_articles``);
then, in this process, each stage is timed on its own (CPU time, best of ``--repeat``):
``tag`` over every body, ``events.extract`` (+ ``build.drop_unanchored``, as
``build.analyse_article`` runs it) over the tagger's output, and ``merge`` + ``order`` over
all mentions, ``evidence`` (the dropped dates against the merged events). Printed: seconds per
stage and the ratio (extract + merge + evidence + order) / tag; the
issue's budget is 0.5. The tagger's cache (when it has one) is cleared before each tag run.

``--scaling``: one synthetic date-dense article (dates, weekdays, quotations, URLs,
"three days later" / "a day after the verdict" anchors, in long paragraphs) of each size
through tag + extract; prints CPU seconds per MB, which must stay flat (within ~1.5x of the
smallest size: exit status 1 otherwise). This is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
SHARED_GEN = REPO.parent / "shared" / "tools" / "gen_corpus.py"


def generate(n: int, out: Path) -> str:
    if SHARED_GEN.is_file():
        subprocess.run([sys.executable, str(SHARED_GEN), "--n", str(n), "--seed", "7", "--out", str(out)],
                       check=True, stdout=subprocess.DEVNULL)
        return "shared/tools/gen_corpus.py"
    subprocess.run([sys.executable, str(HERE / "gen_articles.py"), "--n", str(n), "--seed", "7", "--out", str(out)],
                   check=True, stdout=subprocess.DEVNULL)
    return "benchmarks/gen_articles.py"


def _clear_tag_cache() -> None:
    import timeline.tag as tagmod

    for name in dir(tagmod):
        fn = getattr(tagmod, name)
        if callable(getattr(fn, "cache_clear", None)):
            fn.cache_clear()


def best_of(repeat: int, fn, before=None) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        if before:
            before()
        t0 = time.process_time()
        result = fn()
        best = min(best, time.process_time() - t0)
    return best, result


def stages(articles, repeat: int) -> dict[str, float]:
    from timeline import events, evidence, merge, order
    from timeline.build import drop_unanchored
    from timeline.tag import tag

    t_tag, tagged = best_of(repeat, lambda: [tag(a.body, a.published) for a in articles], _clear_tag_cache)

    def run_extract():
        out = []
        for a, exprs in zip(articles, tagged):
            m, d = events.extract(a, exprs)
            out.append(drop_unanchored(a, m, d))
        return out

    def clear_extract():
        # Every memo of the event stage (events, and the entity and sentence helpers it calls),
        # so that each run pays what a first build pays; only compiled patterns are kept.
        from timeline import entities, text

        for mod in (events, entities, text):
            for name in dir(mod):
                fn = getattr(mod, name)
                if callable(getattr(fn, "cache_clear", None)) and name != "_rx":
                    fn.cache_clear()

    t_extract, analysed = best_of(repeat, run_extract, clear_extract)
    mentions = tuple(m for ms, _ in analysed for m in ms)
    arts = tuple(articles)
    by_id = {a.id: a for a in arts}

    def run_features():
        return tuple(f for ms, _ in analysed if ms for f in merge.features(by_id[ms[0].article], ms))

    # As the build runs them: features in the per-article analysis (workers, cached), then
    # merge given them; and merge computing everything itself (what other callers get).
    t_features, feats = best_of(repeat, run_features)
    t_merge_given, _ = best_of(repeat, lambda: merge.merge(mentions, arts, feats))
    t_merge, merged = best_of(repeat, lambda: merge.merge(mentions, arts))
    # The evidence stage (fifteenth session) as build.assemble runs it: the dropped expressions of
    # extract and merge's folded ones against the merged events.
    dropped = tuple(d for _, ds in analysed for d in ds)
    t_evidence, (with_evidence, _) = best_of(repeat, lambda: evidence.attach(merged, dropped, arts))
    t_order, ordered = best_of(repeat, lambda: order.order(with_evidence))
    return {"tag": t_tag, "extract": t_extract, "features": t_features, "merge_given": t_merge_given,
            "merge": t_merge, "evidence": t_evidence, "order": t_order,
            "expressions": sum(len(x) for x in tagged), "mentions": len(mentions), "events": len(ordered)}


# --------------------------------------------------------------------------------------------
# Scaling: one date-dense article

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SENTENCES = (
    "The ministry said on {wd} that the new rules would take effect in {M} {y}.",
    "Lawmakers met on {d} {M} {y} and again last week to review the draft, according to minutes seen by reporters.",
    "“We will sign the agreement next month,” the minister told reporters in {M} {y}.",
    "Three days later, the court convicted the two men of fraud.",
    "Supporters blocked highways two days after the verdict, police said.",
    "The committee, which had met on {M} {d}, said it would publish its report on {wd}.",
    "Sales rose 12% in {y}, the company said in a filing at https://example.com/{y}/{m}/{d}/report.html.",
    "Mr. Rivera, who served as mayor from {y} to {y2}, said the U.S. talks would resume on {M} {d}.",
    "The talks were originally scheduled for {M} {y} but were postponed after the election.",
    "“Today we begin a new chapter,” said Giulia Nakamura, the head of the Coastal Health Cooperative.",
    "The storm made landfall on {wd} night, a day after forecasters warned of flooding.",
    "Since {y} the union has held a strike every spring; the latest began on {M} {d}, {y}.",
    "The previous day, protesters marched through the capital; the same day, the cabinet met.",
    "Exports fell sharply in the second quarter of {y}, while imports grew by about 6% in {y2}.",
    "Officials, who asked not to be named, said no date had been set for the next round of talks.",
)


def dense_article(size: int, seed: int = 11) -> str:
    """A Markdown article of about ``size`` characters, with a date every ~60 characters, in
    paragraphs of 20-60 sentences (long paragraphs: per-mention scans from the start of a
    paragraph or of the text show up as super-linear time)."""
    rnd = random.Random(seed)
    parts = ["---\ntitle: A very long date-dense article\ndate: 2025-06-18\nsource: Bench\n---\n\n"]
    n = len(parts[0])
    while n < size:
        sents = []
        for _ in range(rnd.randint(20, 60)):
            y = rnd.randint(2015, 2026)
            sents.append(rnd.choice(_SENTENCES).format(
                wd=rnd.choice(_WEEKDAYS), M=rnd.choice(_MONTHS), d=rnd.randint(1, 28), m=rnd.randint(1, 12),
                y=y, y2=y + rnd.randint(1, 3)))
        para = " ".join(sents) + "\n\n"
        parts.append(para)
        n += len(para)
    return "".join(parts)


def scaling(sizes: list[float], repeat: int) -> int:
    from timeline import events
    from timeline.build import drop_unanchored
    from timeline.read import read_articles
    from timeline.tag import tag

    print(f"{'MB':>6} {'exprs':>7} {'tag s':>8} {'extract s':>10} {'tag+extract s/MB':>17} {'extract s/MB':>13} {'ratio':>6}")
    base = None
    worst = 1.0
    for mb in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "big.md"
            path.write_text(dense_article(int(mb * 1_000_000)), encoding="utf-8")
            (article,), _, _ = read_articles([path])
        t_tag, exprs = best_of(repeat, lambda a=article: tag(a.body, a.published), _clear_tag_cache)
        t_ex, _ = best_of(repeat, lambda a=article, x=exprs: drop_unanchored(a, *events.extract(a, x)))
        per = (t_tag + t_ex) / mb
        base = base or per
        worst = max(worst, per / base)
        print(f"{mb:6.2f} {len(exprs):7d} {t_tag:8.3f} {t_ex:10.3f} {per:17.3f} {t_ex / mb:13.3f} {per / base:6.2f}",
              flush=True)
    if worst > 1.5:
        print(f"super-linear: time per MB grew {worst:.2f}x (limit 1.5x)")
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=300, help="articles in the corpus (default 300)")
    p.add_argument("--repeat", type=int, default=5, help="runs per stage; the best counts (default 5)")
    p.add_argument("--corpus", type=Path, help="use this folder of articles instead of generating one")
    p.add_argument("--scaling", action="store_true", help="time tag+extract on one date-dense article per size")
    p.add_argument("--sizes", type=float, nargs="+", default=[0.25, 0.5, 1.0, 2.0], help="MB, for --scaling")
    args = p.parse_args(argv)
    if args.scaling:
        return scaling(args.sizes, max(1, min(args.repeat, 3)))

    from timeline.read import read_articles

    with tempfile.TemporaryDirectory() as tmp:
        src = args.corpus
        origin = str(src)
        if src is None:
            src = Path(tmp) / "corpus"
            origin = generate(args.n, src)
        articles, _, _ = read_articles([src])
    mb = sum(len(a.body.encode("utf-8")) for a in articles) / 1e6
    r = stages(articles, args.repeat)
    events_s = r["extract"] + r["merge"] + r["evidence"] + r["order"]
    print(f"corpus: {len(articles)} articles, {mb:.2f} MB ({origin}); {r['expressions']} expressions, "
          f"{r['mentions']} mentions, {r['events']} events; CPU s, best of {args.repeat}; {dt.date.today()}")
    print(f"  tag            {r['tag']:7.3f} s  ({mb / r['tag']:.2f} MB/s)")
    print(f"  extract        {r['extract']:7.3f} s")
    print(f"  merge          {r['merge']:7.3f} s  (= features {r['features']:.3f} s, per article in the build, "
          f"+ merge given them {r['merge_given']:.3f} s)")
    print(f"  evidence       {r['evidence']:7.3f} s")
    print(f"  order          {r['order']:7.3f} s")
    print(f"  event stages   {events_s:7.3f} s  = {events_s / r['tag']:.2f} x tag  (budget 0.50)")
    per_article = r["extract"] + r["features"]
    across = r["merge_given"] + r["evidence"] + r["order"]
    print(f"    per article (extract + features, parallel and cached): {per_article:.3f} s = "
          f"{per_article / r['tag']:.2f} x tag; across articles (merge given features + evidence + order): "
          f"{across:.3f} s = {across / r['tag']:.2f} x tag")
    return 0


if __name__ == "__main__":
    sys.exit(main())
