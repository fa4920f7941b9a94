"""Benchmark merge (and order) alone, at several corpus sizes: time per mention and memory
(issues 4 and 6: merge must stay linear and lean).

    python3 benchmarks/bench_merge.py                       # 300 articles, best of 3
    python3 benchmarks/bench_merge.py --n 300 3000 10000    # scaling
    python3 benchmarks/bench_merge.py --n 3000 --keep /tmp/analyses   # reuse the analyses
    python3 benchmarks/bench_merge.py --n 3000 --incremental   # and the one-changed rebuild's merge

Corpus: ``../shared/tools/gen_corpus.py --n N --seed 7`` (else ``benchmarks/gen_articles.py``),
read and analysed once with ``build.analyse_article`` (``--keep DIR`` pickles the analyses
there and reuses them: analysing 10,000 articles takes minutes). Then, in this process:
``merge`` + ``order`` over all mentions (CPU time, best of ``--repeat``), and one more run
under ``tracemalloc``: the peak memory merge allocates above its inputs, and what is still
allocated after it (its result included). Each analysis is first pickled and loaded on its
own, as the building process gets it from the cache or a worker. Printed per size: mentions,
events, seconds and microseconds per mention of merge + order given the analyses' features
(as ``build.assemble`` runs it), seconds of merge + order computing the features itself, seconds
of ``merge.features`` over every article (the per-article analysis' share), the features' and
the whole analysis' pickled KB per article, peak and kept MB.
"""

from __future__ import annotations

import argparse
import gc
import pickle
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench_events import generate  # noqa: E402  (benchmarks/ is on sys.path when run as a script)


def analyses_of(n: int, keep: Path | None):
    """The analyses of an ``n``-article corpus (from ``keep`` when it holds them)."""
    from timeline.build import analyse_article
    from timeline.read import read_articles

    saved = keep / f"analyses-{n}.pickle" if keep else None
    if saved and saved.is_file():
        with saved.open("rb") as fh:
            return pickle.load(fh)
    with tempfile.TemporaryDirectory() as tmp:
        generate(n, Path(tmp) / "corpus")
        articles, _, _ = read_articles([Path(tmp) / "corpus"])
    analyses = [analyse_article(a) for a in articles]
    if saved:
        keep.mkdir(parents=True, exist_ok=True)
        with saved.open("wb") as fh:
            pickle.dump(analyses, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return analyses


def measure(analyses, repeat: int) -> dict[str, float]:
    from timeline import merge, order

    # As the building process gets them: each analysis pickled on its own (the cache, the pool),
    # so words are one object per article, not interned across articles.
    analyses = [pickle.loads(pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL)) for a in analyses]
    articles = tuple(a.article for a in analyses)
    mentions = tuple(m for a in analyses for m in a.mentions)
    given = tuple(ft for a in analyses for ft in a.features)

    def best_of(fn) -> float:
        best = float("inf")
        for _ in range(repeat):
            gc.collect()
            t0 = time.process_time()
            fn()
            best = min(best, time.process_time() - t0)
        return best

    computing = best_of(lambda: order.order(merge.merge(mentions, articles)))
    seconds = best_of(lambda: order.order(merge.merge(mentions, articles, given)))
    # The per-article analysis' share: merge.features over every article, and its pickled size.
    features = best_of(lambda: [merge.features(a.article, a.mentions) for a in analyses])
    size = sum(len(pickle.dumps(a.features, protocol=pickle.HIGHEST_PROTOCOL)) for a in analyses)
    whole = sum(len(pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL)) for a in analyses)
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    events = order.order(merge.merge(mentions, articles, given))
    gc.collect()
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"mentions": len(mentions), "events": len(events), "seconds": seconds, "computing": computing,
            "features": features, "feature_kb": size / len(analyses) / 1e3, "analysis_kb": whole / len(analyses) / 1e3,
            "peak": (peak - base) / 1e6, "kept": (kept - base) / 1e6}


def incremental(analyses, repeat: int) -> dict[str, float]:
    """``merge.merge_incremental`` as a rebuild runs it: a first merge's trace (through pickle),
    then the middle article changed (bench_build's sentence appended) and merged again (CPU
    seconds, best of ``repeat``), against a whole merge of the same; the events must be equal."""
    import dataclasses
    import hashlib

    from timeline import merge
    from timeline.build import analyse_article

    def run(items, previous):
        articles = tuple(a.article for a in items)
        mentions = tuple(m for a in items for m in a.mentions)
        given = tuple(ft for a in items for ft in a.features)
        versions = {a.id: hashlib.sha256(repr(a).encode()).hexdigest() for a in articles}
        t0 = time.process_time()
        events, trace = merge.merge_incremental(mentions, articles, given, versions, previous)
        return events, trace, time.process_time() - t0

    analyses = [pickle.loads(pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL)) for a in analyses]
    _, trace, first = run(analyses, None)
    trace = pickle.loads(pickle.dumps(trace, protocol=pickle.HIGHEST_PROTOCOL))
    k = len(analyses) // 2
    art = analyses[k].article
    analyses[k] = analyse_article(dataclasses.replace(
        art, body=art.body + "\nThe review of the agreement is due on 3 March 2027, officials said.\n"))
    decided = [0]
    real = merge._decide

    def counted(*args):  # type: ignore[no-untyped-def]
        decided[0] += 1
        return real(*args)

    best = float("inf")
    merge._decide = counted
    try:
        for _ in range(repeat):
            decided[0] = 0
            events, _, seconds = run(analyses, trace)
            best = min(best, seconds)
    finally:
        merge._decide = real
    whole = merge.merge(tuple(m for a in analyses for m in a.mentions), tuple(a.article for a in analyses),
                        tuple(ft for a in analyses for ft in a.features))
    if events != whole:
        raise SystemExit("merge_incremental differs from merge")
    return {"first": first, "replay": best, "decided": decided[0],
            "trace_mb": len(pickle.dumps(trace, protocol=pickle.HIGHEST_PROTOCOL)) / 1e6}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, nargs="+", default=[300], help="articles per corpus (default 300)")
    p.add_argument("--repeat", type=int, default=3, help="timed runs per size; the best counts (default 3)")
    p.add_argument("--keep", type=Path, help="folder to pickle the analyses in and reuse them from")
    p.add_argument("--incremental", action="store_true",
                   help="also time merge_incremental: a first traced merge, then one article changed")
    args = p.parse_args(argv)
    print(f"{'articles':>8} {'mentions':>8} {'events':>7} {'merge+order s':>13} {'us/mention':>10} "
          f"{'computing s':>11} {'features s':>10} {'feat KB/art':>11} {'KB/art':>7} {'peak MB':>8} {'kept MB':>8}")
    for n in args.n:
        analyses = analyses_of(n, args.keep)
        r = measure(analyses, args.repeat)
        print(f"{n:8d} {r['mentions']:8d} {r['events']:7d} {r['seconds']:13.3f} "
              f"{1e6 * r['seconds'] / max(1, r['mentions']):10.1f} {r['computing']:11.3f} {r['features']:10.3f} "
              f"{r['feature_kb']:11.2f} {r['analysis_kb']:7.2f} {r['peak']:8.1f} {r['kept']:8.1f}", flush=True)
        if args.incremental:
            i = incremental(analyses, args.repeat)
            print(f"{'':8} incremental: first (traced) {i['first']:.3f} s, one article changed {i['replay']:.3f} s, "
                  f"{i['decided']:,} of {r['mentions']:,} mentions decided again, trace {i['trace_mb']:.1f} MB",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
