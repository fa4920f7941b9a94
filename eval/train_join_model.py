#!/usr/bin/env python3
"""Train merge's learned answer to "which finer event does this coarse event tell" (timeline/join_model.py).

Usage:
    python eval/train_join_model.py [SET_DIR ...] [--out timeline/join_model.json]
    python eval/train_join_model.py --cv 5 [SET_DIR ...] [--thresholds 0.5,0.6/0.7]

Rows: each set (its stories together, as a folder of many stories is built) is merged with the
model off and merge's training hook on (``merge.JOIN_LOG``): every coarse event its rules leave
standing (a week, a month, a season), and every lone coarse mention they took off without a join,
makes a row of features (:func:`timeline.merge._join_features`) with each finer event of its
period that merge's candidates offer and that passes the gates (``merge._story_gate``, and for a
standing event ``merge._matter_gate``), labelled 1 when a mention of each is a mention of one gold
event dated as the finer one, else 0. The model: logistic regression as in
eval/train_keep_model.py (AdaGrad, L2, features seen twice, a fixed order: the same sets give the
same weights, byte for byte). Without SET_DIR: eval/stories and every eval/holdout*.

``--cv K``: sets in K folds (set i in fold i mod K); for each fold a model is trained on the other
folds and each of the fold's sets scored (its stories built together: eval/score_stories.py --mixed) without
the model and with it at each threshold (``A/B``: A for coarse events, B for the lone coarse
mentions merge's rules took off; ``A`` alone for both); the per-set figures and the pooled ones
are printed.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from timeline import join_model, merge  # noqa: E402
from timeline.build import analyse_article, assemble  # noqa: E402
from timeline.evaluate_events import _overlaps, _spans  # noqa: E402
from timeline.model import Article  # noqa: E402
from timeline.read import read_articles  # noqa: E402
from train_keep_model import _load, _sets, score_folds, write_model  # noqa: E402


Log = list[tuple[tuple[tuple[str, int, int], ...], tuple[tuple[str, int, int], ...], str, list[str]]]


def _hooked(stories: "list[tuple[Path, list[Article], dict[str, str]]]", days: bool
            ) -> tuple[list[tuple[list[str], int, float]], list[str]]:
    """The labelled rows (features, label, weight) of one folder holding ``stories`` (each its
    articles and their new ids): merged with merge's training hook on (``DAY_LOG`` for the
    same-date join, else ``JOIN_LOG``), a row labelled 1 when a mention of each of its two events
    is a mention of one gold event of the second's date (and, for the same-date join, of the
    first's: the same date); and the article of each row's first event's first mention."""
    everything = []
    spans: list[list[tuple[str, tuple[int, int]]]] = []
    dates: list[str] = []
    for story, arts, rename in stories:
        everything += [replace(a, id=rename[a.id]) for a in arts]
        bodies = {a.id: a.body for a in arts}
        for g in _load(story / "gold.jsonl"):
            spans.append([(rename.get(q["article"], q["article"]), sp) for q in g.get("mentions", ())
                          for sp in _spans(bodies.get(q["article"], ""), q["quote"])])
            dates.append(g["date"])
    log: Log = []
    if days:
        merge.DAY_LOG = log
    else:
        merge.JOIN_LOG = log
    try:
        assemble([analyse_article(a) for a in everything])
    finally:
        merge.JOIN_LOG = merge.DAY_LOG = None
    by_article: dict[str, list[int]] = {}
    for gi, locs in enumerate(spans):
        for a in dict.fromkeys(a for a, _ in locs):
            by_article.setdefault(a, []).append(gi)

    def events_of(keys: tuple[tuple[str, int, int], ...], date: "str | None" = None) -> set[int]:
        return {gi for k in keys for gi in by_article.get(k[0], ()) if (date is None or dates[gi] == date)
                and any(a == k[0] and _overlaps((k[1], k[2]), sp) for a, sp in spans[gi])}

    return ([(feats, 1 if events_of(first, value if days else None) & events_of(second, value) else 0, 1.0)
             for first, second, value, feats in log], [first[0][0] for first, _, _, _ in log])


def rows(root: Path, days: bool = False) -> list[tuple[list[str], int, float]]:
    """The labelled rows of one set, in a fixed order: features, label, weight. The set's stories
    are merged together, as a build of a folder of many stories would (eval/score_stories.py
    --mixed), so a finer event of another story is a candidate too (labelled 0)."""
    saved, saved_days = join_model._weights(), join_model.DAY.weights()
    join_model.DAY.use((0.0, {}))
    if not days:
        join_model.use((0.0, {}))
    try:
        per_story = {story: read_articles([story])[0] for story in sorted(p for p in root.iterdir() if p.is_dir())}
        seen = Counter(a.id for arts in per_story.values() for a in arts)
        return _hooked([(story, arts, {a.id: f"{story.name}-{a.id}" if seen[a.id] > 1 else a.id for a in arts})
                        for story, arts in per_story.items()], days)[0]
    finally:
        join_model.use(saved)
        join_model.DAY.use(saved_days)


def big_rows(sets: list[Path], days: bool = True) -> dict[str, list[tuple[list[str], int, float]]]:
    """The rows of one folder holding every story of ``sets`` (as eval/cross_story.py builds it),
    by the set of a row's first event: a pair of two stories is a row labelled 0 (a large
    folder's pairs: the per-set rows hold few of them). ``days``: the same-date join's rows, else
    the coarse join's."""
    saved, saved_days = join_model._weights(), join_model.DAY.weights()
    join_model.DAY.use((0.0, {}))
    if not days:
        join_model.use((0.0, {}))
    try:
        stories = []
        set_of: dict[str, str] = {}
        for root in sets:
            for story in sorted(p for p in root.iterdir() if p.is_dir()):
                arts = read_articles([story])[0]
                rename = {a.id: f"{root.name}-{story.name}-{a.id}" for a in arts}
                set_of.update((new, root.name) for new in rename.values())
                stories.append((story, arts, rename))
        labelled, firsts = _hooked(stories, days)
    finally:
        join_model.use(saved)
        join_model.DAY.use(saved_days)
    out: dict[str, list[tuple[list[str], int, float]]] = {s.name: [] for s in sets}
    for row, first in zip(labelled, firsts):
        out[set_of[first]].append(row)
    return out


def cross_validate(sets: list[Path], k: int, thresholds: list[tuple[float, float]], days: bool = False) -> int:
    def threshold(t: tuple[float, float]) -> "Callable[[tuple[float, dict[str, float]]], None]":
        def setup(model: tuple[float, dict[str, float]]) -> None:
            if days:
                join_model.DAY.use(model)
                join_model.DAY_THRESHOLD = t[0]
            else:
                join_model.use(model)
                join_model.THRESHOLD, join_model.FOLDED_THRESHOLD = t
        return setup

    def off(model: tuple[float, dict[str, float]]) -> None:
        (join_model.DAY if days else join_model).use((0.0, {}))

    runs = [("rules", off)] + [(f"p>={t[0]}" + ("" if days else f"/{t[1]}"), threshold(t)) for t in thresholds]
    big = big_rows(sets, days)
    try:
        return score_folds(sets, k, lambda s: rows(s, days) + big.get(s.name, []), runs, True)
    finally:
        join_model.use(None)
        join_model.DAY.use(None)


def main(argv: list[str]) -> int:
    out = HERE.parent / "timeline" / "join_model.json"
    cv = 0
    days = False
    thresholds = [(0.5, 0.5), (0.6, 0.6), (0.7, 0.7)]
    args: list[str] = []
    it = iter(argv)
    for a in it:
        if a == "--out":
            out = Path(next(it))
        elif a == "--days":
            days = True
        elif a == "--cv":
            cv = int(next(it))
        elif a == "--thresholds":
            thresholds = [(float(x.split("/")[0]), float(x.split("/")[-1])) for x in next(it).split(",")]
        else:
            args.append(a)
    sets = _sets(args)
    if days and out == HERE.parent / "timeline" / "join_model.json":
        out = HERE.parent / "timeline" / "day_model.json"
    if cv:
        return cross_validate(sets, cv, thresholds, days)
    big = big_rows(sets, days)
    return write_model(out, "timeline/join_model.py (DAY); made by eval/train_join_model.py --days" if days else
                       "timeline/join_model.py; made by eval/train_join_model.py", sets,
                       [r for s in sets for r in rows(s, days) + big.get(s.name, [])], "joins")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
