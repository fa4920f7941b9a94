"""Score predicted events against a gold timeline (JSONL, the seed-gold format).

Matching rule (the judges'): a predicted event matches a gold event when one of its sources
lies in the same article, its ``expr`` span overlaps one of the gold mention's ``quote``
(located in the article body), and its ``date.value`` equals the gold ``date``.

Figures:

* event precision, recall, F1 (a predicted event is correct when it matches some gold event;
  a gold event is found when some predicted event matches it);
* date accuracy: among gold events located by span (date ignored), the share whose date is right;
* merge rate: among gold events with two or more mentions, the share whose mentions all lie in
  ONE predicted event;
* trap rate: among trap lines (``{"trap": true, "article", "quote", "expr"}``), the share whose
  ``expr`` (inside the quote) is covered by a predicted source (or, with a ``date`` field, is
  covered with another date).

Usage::

    python -m timeline.evaluate_events GOLD.jsonl --articles DIR [--pred extract.json] [--errors]

Without ``--pred`` the pipeline runs directly over ``DIR`` (read, tag, extract, merge, order).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

__all__ = ["Scores", "load_gold", "score", "events_to_records", "run_pipeline", "main"]


@dataclass(frozen=True, slots=True)
class Scores:
    """The figures of one evaluation, with the lists behind them."""

    precision: float
    recall: float
    f1: float
    date_accuracy: float
    merge_rate: float
    trap_rate: float
    predicted: int
    gold: int
    matched_predicted: int
    matched_gold: int
    multi_mention: int
    merged: int
    traps: int
    trap_hits: int
    missed: tuple[str, ...] = ()
    spurious: tuple[str, ...] = ()
    wrong_dates: tuple[str, ...] = ()
    unmerged: tuple[str, ...] = ()
    trapped: tuple[str, ...] = ()
    #: Predicted events holding the date expressions of two different gold events (a wrong merge).
    overmerged: tuple[str, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """The figures as a plain dict (lists included), for JSON output."""
        return {k: getattr(self, k) for k in self.__slots__ if k != "extra"}  # type: ignore[attr-defined]


def load_gold(path: str | Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Read a gold JSONL file: return ``(events, traps)``."""
    events, traps = [], []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            raise ValueError(f"{path}:{n}: not a JSON line: {err}") from err
        (traps if rec.get("trap") else events).append(rec)
    return events, traps


def _spans(body: str, quote: str) -> list[tuple[int, int]]:
    out, i = [], body.find(quote)
    while i >= 0:
        out.append((i, i + len(quote)))
        i = body.find(quote, i + 1)
    return out


def _expr_spans(body: str, quote: str, expr: str) -> list[tuple[int, int]]:
    out = []
    for q0, _ in _spans(body, quote):
        j = quote.find(expr)
        if j >= 0:
            out.append((q0 + j, q0 + j + len(expr)))
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(
    predicted: Sequence[Mapping[str, Any]],
    gold: Sequence[Mapping[str, Any]],
    traps: Sequence[Mapping[str, Any]],
    bodies: Mapping[str, str],
    alias: Mapping[str, str] | None = None,
) -> Scores:
    """Score predicted event records (``extract --format json`` ``events``) against gold.

    Args:
        predicted: event records with ``date.value`` and ``sources[]`` (``article``, ``start``, ``end``).
        gold: gold event lines; traps: trap lines.
        bodies: article id -> body text (the quotes are located in it).
        alias: gold article id -> predicted article id (e.g. ``{"seed": "jaishankar-rubio-call"}``).
    """
    alias = dict(alias or {})

    def art(a: str) -> str:
        return alias.get(a, a)

    def located(g: Mapping[str, Any]) -> list[tuple[str, tuple[int, int]]]:
        out = []
        for q in g.get("mentions", ()):
            a = art(q["article"])
            for sp in _spans(bodies.get(a, ""), q["quote"]):
                out.append((a, sp))
        return out

    def sources(p: Mapping[str, Any]) -> list[tuple[str, tuple[int, int]]]:
        return [(s["article"], (int(s["start"]), int(s["end"]))) for s in p.get("sources", ())]

    def hits(p: Mapping[str, Any], locs: Iterable[tuple[str, tuple[int, int]]]) -> bool:
        srcs = sources(p)
        return any(a == b and _overlaps(s, q) for a, s in srcs for b, q in locs)

    gold_locs = [located(g) for g in gold]
    matched_p: set[int] = set()
    matched_g: set[int] = set()
    found_by_span: set[int] = set()
    right_date: set[int] = set()
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if hits(p, gold_locs[gi]):
                found_by_span.add(gi)
                if p["date"]["value"] == g["date"]:
                    matched_p.add(pi)
                    matched_g.add(gi)
                    right_date.add(gi)
    multi = [gi for gi, g in enumerate(gold) if len(g.get("mentions", ())) >= 2]
    merged = []
    for gi in multi:
        per_mention = []
        for q in gold[gi]["mentions"]:
            a = art(q["article"])
            per_mention.append([(a, sp) for sp in _spans(bodies.get(a, ""), q["quote"])])
        for p in predicted:
            if all(hits(p, locs) for locs in per_mention):
                merged.append(gi)
                break
    trap_hits = []
    for ti, t in enumerate(traps):
        a = art(t["article"])
        locs = [(a, sp) for sp in _expr_spans(bodies.get(a, ""), t["quote"], t.get("expr", t["quote"]))]
        for p in predicted:
            if hits(p, locs) and ("date" not in t or p["date"]["value"] != t["date"]):
                trap_hits.append(ti)
                break
    # A wrong merge: one predicted event whose mentions are the date expressions of two gold events
    # (by the expression, not the quote: two gold events may quote one sentence).
    gold_exprs = [[(art(q["article"]), sp) for q in g.get("mentions", ())
                   for sp in _expr_spans(bodies.get(art(q["article"]), ""), q["quote"], q.get("expr", q["quote"]))]
                  for g in gold]
    overmerged = [pi for pi, p in enumerate(predicted)
                  if sum(1 for locs in gold_exprs if hits(p, locs)) > 1]
    np_, ng = len(predicted), len(gold)
    prec = len(matched_p) / np_ if np_ else 1.0
    rec = len(matched_g) / ng if ng else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0

    def name(g: Mapping[str, Any]) -> str:
        return f"{g.get('id', '?')} {g.get('date')} {g.get('summary', '')}"

    def pname(p: Mapping[str, Any]) -> str:
        srcs = p.get("sources", ())
        where = f"{srcs[0]['article']}:{srcs[0].get('expr', '')!r}" if srcs else "?"
        return f"{p['date']['value']} {p.get('status', '')} {p.get('title', '')} [{where}]"

    return Scores(
        precision=round(prec, 4),
        recall=round(rec, 4),
        f1=round(f1, 4),
        date_accuracy=round(len(right_date) / len(found_by_span), 4) if found_by_span else 1.0,
        merge_rate=round(len(merged) / len(multi), 4) if multi else 1.0,
        trap_rate=round(len(trap_hits) / len(traps), 4) if traps else 0.0,
        predicted=np_,
        gold=ng,
        matched_predicted=len(matched_p),
        matched_gold=len(matched_g),
        multi_mention=len(multi),
        merged=len(merged),
        traps=len(traps),
        trap_hits=len(trap_hits),
        missed=tuple(name(g) for gi, g in enumerate(gold) if gi not in matched_g),
        spurious=tuple(pname(p) for pi, p in enumerate(predicted) if pi not in matched_p),
        wrong_dates=tuple(name(g) for gi, g in enumerate(gold) if gi in found_by_span and gi not in right_date),
        unmerged=tuple(name(gold[gi]) for gi in multi if gi not in merged),
        overmerged=tuple(pname(predicted[pi]) for pi in overmerged),
        trapped=tuple(f"{t['article']}: {t.get('expr')!r} ({t.get('why', '')})" for ti, t in enumerate(traps) if ti in trap_hits),
    )


def events_to_records(events: Iterable[Any]) -> list[dict[str, Any]]:
    """Turn :class:`timeline.model.Event` values into ``extract --format json`` event records."""
    from .export import event_record

    return [event_record(e, {}) for e in events]


def run_pipeline(articles: Sequence[Any]) -> list[Any]:
    """Run the build's per-article analysis, then merge and order; return the ordered events."""
    from .build import analyse_article, assemble

    return list(assemble([analyse_article(a) for a in articles]).events)


def _read_dir(path: Path) -> list[Any]:
    from .read import read_articles

    articles, _diag, _failed = read_articles([path])
    return list(articles)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the scores as JSON (and the error lists with ``--errors``)."""
    ap = argparse.ArgumentParser(prog="python -m timeline.evaluate_events", description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--articles", type=Path, required=True, help="folder of the articles the gold refers to")
    ap.add_argument("--pred", type=Path, help="`timeline extract --format json` output (default: run the pipeline)")
    ap.add_argument("--alias", action="append", default=[], help="GOLD_ID=ARTICLE_ID")
    ap.add_argument("--errors", action="store_true", help="list missed, spurious, mis-dated, unmerged, trapped")
    args = ap.parse_args(argv)
    gold, traps = load_gold(args.gold)
    articles = _read_dir(args.articles)
    bodies = {a.id: a.body for a in articles}
    alias = dict(a.split("=", 1) for a in args.alias)
    if len(articles) == 1:
        for g in gold + traps:
            for q in g.get("mentions", [g]) if not g.get("trap") else [g]:
                alias.setdefault(q["article"], articles[0].id)
    if args.pred:
        pred = json.loads(args.pred.read_text(encoding="utf-8"))["events"]
    else:
        pred = events_to_records(run_pipeline(articles))
    s = score(pred, gold, traps, bodies, alias)
    out = s.as_dict()
    if not args.errors:
        out = {k: v for k, v in out.items() if not isinstance(v, tuple)}
    sys.stdout.write(json.dumps(out, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
