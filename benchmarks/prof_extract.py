"""Profile ``events.extract`` (+ ``build.drop_unanchored``) over a corpus, for speed work.

    python3 benchmarks/prof_extract.py                    # gen_corpus --n 300 --seed 7, cProfile, top 40
    python3 benchmarks/prof_extract.py --corpus DIR --top 60 --sort tottime
    python3 benchmarks/prof_extract.py --time --repeat 7  # CPU seconds only, best of N (no profiler)
    python3 benchmarks/prof_extract.py --time --cold      # also clear entities' and text's caches
    python3 benchmarks/prof_extract.py --floor            # time left as the parts are taken out
    python3 benchmarks/prof_extract.py --patterns --top 50 # regex time by pattern and call site

``--floor`` times extract with its parts replaced, one more at a time, by stand-ins that
cost nothing (the keep/drop rules by the decisions of a first run, so the same expressions
go on; titles, tags, clauses, the relative anchors, the "three days later" scan, full names
and weekday re-reading by constants): what remains at the end is the plumbing (sentences,
quotations, URLs, ranges, Mention and Dropped values), the least any design of the rules
leaves. The stand-ins change what is extracted; only the times mean something.

``--patterns`` times every call of a compiled pattern of ``timeline.events``, ``timeline.entities``
and ``timeline.text`` (module constants, ``_Gate`` patterns, tuples of patterns, and those built
through ``events._rx``) in one cold run and prints, by pattern and calling line: seconds, calls and
how many found something. A pattern that costs much and rarely finds anything wants a cheap exact
pre-check (docs/performance.md, "Tenth session: extract").

The articles are read and tagged once; only extraction is measured (its caches cleared before
each run, as ``bench_events.py`` does: only ``timeline.events``' caches, so from the second
run on the entity tags and caption tests of ``timeline.entities`` / ``timeline.text`` come
from their caches; ``--cold`` clears those too, as a build's first run sees them).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def main(argv: list[str] | None = None) -> int:
    from bench_events import generate

    from timeline import events
    from timeline.build import drop_unanchored
    from timeline.read import read_articles
    from timeline.tag import tag

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=300)
    p.add_argument("--corpus", type=Path)
    p.add_argument("--top", type=int, default=40)
    p.add_argument("--sort", default="cumulative")
    p.add_argument("--time", action="store_true", help="time only (no profiler)")
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--cold", action="store_true", help="clear the caches of timeline.entities and timeline.text too")
    p.add_argument("--floor", action="store_true", help="time extract as its parts are replaced by free stand-ins")
    p.add_argument("--patterns", action="store_true", help="regex time by pattern and call site (one cold run)")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        src = args.corpus
        if src is None:
            src = Path(tmp) / "corpus"
            generate(args.n, src)
        articles, _, _ = read_articles([src])
    tagged = [tag(a.body, a.published) for a in articles]

    from timeline import entities, text

    def clear():
        for mod in (events, entities, text) if args.cold else (events,):
            for name in dir(mod):
                fn = getattr(mod, name)
                if callable(getattr(fn, "cache_clear", None)) and name != "_rx":
                    fn.cache_clear()

    def run():
        return [drop_unanchored(a, *events.extract(a, x)) for a, x in zip(articles, tagged)]

    def best_time() -> float:
        best = float("inf")
        for _ in range(args.repeat):
            clear()
            t0 = time.process_time()
            run()
            best = min(best, time.process_time() - t0)
        return best

    if args.floor:
        return floor(events, articles, tagged, best_time)
    if args.patterns:
        args.cold = True
        clear()
        return patterns((events, entities, text), run, args.top)
    if args.time:
        best = best_time()
        print(f"extract {best:.3f} s CPU (best of {args.repeat}, {len(articles)} articles{', cold caches' if args.cold else ''})")
        return 0
    clear()
    prof = cProfile.Profile()
    prof.enable()
    run()
    prof.disable()
    pstats.Stats(prof).sort_stats(args.sort).print_stats(args.top)
    return 0


class _Timed:
    """A compiled pattern whose calls are timed, by the pattern and the line that calls it."""

    def __init__(self, pattern, name: str, stats: dict) -> None:  # type: ignore[no-untyped-def]
        self._pattern, self._name, self._stats = pattern, name, stats

    def __getattr__(self, attr: str):  # type: ignore[no-untyped-def]
        method = getattr(self._pattern, attr)
        if attr not in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
            return method

        def timed(*a, **k):  # type: ignore[no-untyped-def]
            caller = sys._getframe(1)
            if caller.f_code.co_name == "search" and "self" in caller.f_locals:  # through a _Gate
                caller = caller.f_back
            t0 = time.perf_counter()
            result = method(*a, **k)
            if attr == "finditer":
                result = list(result)  # (its matches are found as the caller iterates: time them here)
            spent = time.perf_counter() - t0
            row = self._stats.setdefault((self._name, f"{caller.f_code.co_name}:{caller.f_lineno}"), [0.0, 0, 0])
            row[0] += spent
            row[1] += 1
            row[2] += bool(result)
            return iter(result) if attr == "finditer" else result
        return timed


def patterns(modules, run, top: int) -> int:  # type: ignore[no-untyped-def]
    """Print the regex time of one run of extract by pattern and calling line."""
    import re

    events = modules[0]
    stats: dict = {}
    saved: list[tuple[object, str, object]] = []

    def wrap(owner, attr: str, value, name: str) -> None:  # type: ignore[no-untyped-def]
        saved.append((owner, attr, value))
        setattr(owner, attr, value)

    for mod in modules:
        short = mod.__name__.rsplit(".", 1)[1]
        for name, v in list(vars(mod).items()):
            if isinstance(v, re.Pattern):
                wrap(mod, name, _Timed(v, f"{short}.{name}", stats), name)
            elif isinstance(v, tuple) and v and all(isinstance(x, re.Pattern) for x in v):
                wrap(mod, name, tuple(_Timed(x, f"{short}.{name}[{i}]", stats) for i, x in enumerate(v)), name)
            elif isinstance(v, events._Gate):
                saved.append((v, "pattern", v.pattern))
                v.pattern = _Timed(v.pattern, f"{short}.{name} (gated)", stats)
    compiled: dict = {}
    rx = events._rx

    def timed_rx(pattern, flags=0):  # type: ignore[no-untyped-def]
        if (pattern, flags) not in compiled:
            compiled[pattern, flags] = _Timed(rx(pattern, flags), "_rx " + pattern[:60], stats)
        return compiled[pattern, flags]

    wrap(events, "_rx", timed_rx, "_rx")
    try:
        run()
    finally:
        for owner, attr, value in reversed(saved):
            setattr(owner, attr, value)
    total = sum(r[0] for r in stats.values())
    print(f"regex time {total:.3f} s in {sum(r[1] for r in stats.values())} calls (timed calls; a run without timing is faster)")
    print(f"{'ms':>7s} {'calls':>7s} {'found':>7s}  pattern @ caller:line")
    for (name, site), (spent, calls, found) in sorted(stats.items(), key=lambda kv: -kv[1][0])[:top]:
        print(f"{spent * 1000:7.1f} {calls:7d} {found:7d}  {name} @ {site}")
    return 0


def floor(events, articles, tagged, best_time) -> int:  # type: ignore[no-untyped-def]
    """Print extract's time as its parts are replaced, one more at a time, by free stand-ins."""
    decisions: dict[tuple[str, int, int], str | None] = {}
    rules = events._filter

    def record(ctx, e, sent, exprs):  # type: ignore[no-untyped-def]
        decisions[(ctx.article.id, e.start, e.end)] = reason = rules(ctx, e, sent, exprs)
        return reason

    events._filter = record
    for a, x in zip(articles, tagged):
        events.extract(a, x)
    stand_ins = (
        ("keep/drop rules", "_filter", lambda ctx, e, sent, exprs: decisions[(ctx.article.id, e.start, e.end)]),
        ("titles", "make_title", lambda *a, **k: "title"),
        ("entity tags", "_sentence_tags", lambda sentence, people: ()),
        ("clause bounds", "clause_bounds", lambda sentence, start, end: (0, len(sentence))),
        ("relative anchors", "_resolve_relative", lambda ctx, r, mentions: events._drop(ctx, r.e, "-", r.sent)),
        ("'three days later' scan", "_rescue_relative", lambda ctx, exprs: []),
        ("full names", "_people", lambda body: frozenset()),
        ("weekday re-reading", "_day_value", lambda ctx, e, sent: (e.value[:10] if "T" in e.value else e.value, "-")),
    )
    saved = {name: getattr(events, name) for _, name, _ in stand_ins}
    saved["_filter"] = rules
    try:
        events._filter = rules
        print(f"{'extract, with':40s} {'CPU s':>7s}")
        print(f"{'  everything':40s} {best_time():7.3f}")
        for label, name, fn in stand_ins:
            setattr(events, name, fn)
            print(f"{'  ... less ' + label:40s} {best_time():7.3f}")
    finally:
        for name, fn in saved.items():
            setattr(events, name, fn)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
