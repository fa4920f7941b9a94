#!/usr/bin/env python3
"""How far merging could go with the mentions the engine finds (issue 4's merge target).

Usage: python eval/merge_ceiling.py SET_DIR [SET_DIR ...] [--list]

For every gold event told by two mentions or more (the scorer's "multi-source" events), it asks:

* merged: one predicted event holds all its mentions (what eval/score_stories.py counts);
* possible: every mention is found, with the gold date or a coarser value that contains it
  ("last week" for a day of that week), so a perfect merge of the found mentions would merge it;
* and, for a possible event left unmerged, where each stray mention sits: alone or in another
  event, with the gold date (same day) or a coarser one, in an article the main event already
  holds (same article) or not.

``--list`` prints each stray mention (set, gold id, kind, expression, its title and the title of
the event holding most of the gold mentions). The figures bound what merge rules can win: the
rest of the gap is mentions missed or dated wrongly upstream.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.evaluate_events import _overlaps, _spans, run_pipeline  # noqa: E402
from timeline.read import read_articles  # noqa: E402
from timeline.timex import interval  # noqa: E402


def _load(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _holds(value: str, gold: str) -> bool:
    """A predicted value that is the gold date or a coarser value containing it ("November" holds
    the gold week 2025-W45; "last week" holds a day of that week)."""
    if value == gold:
        return True
    try:
        (vs, ve), (gs, ge) = interval(value), interval(gold)
    except ValueError:
        return False
    return vs <= gs and ge <= ve and (ve - vs) > (ge - gs)


def main(argv: list[str]) -> int:
    listing = "--list" in argv
    sets = [Path(a) for a in argv if not a.startswith("--")]
    if not sets:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    for root in sets:
        tot: Counter[str] = Counter()
        kinds: Counter[str] = Counter()
        for story in sorted(p for p in root.iterdir() if p.is_dir()):
            articles, _, _ = read_articles([story])
            bodies = {a.id: a.body for a in articles}
            events = run_pipeline(articles)
            for g in _load(story / "gold.jsonl"):
                if len(g.get("mentions", ())) < 2:
                    continue
                tot["multi"] += 1
                homes = []
                for q in g["mentions"]:
                    spans = _spans(bodies.get(q["article"], ""), q["quote"])
                    home = None
                    for e in events:
                        for m in e.mentions:
                            if m.article == q["article"] and any(_overlaps(s, (m.start, m.end)) for s in spans):
                                if home is None or _holds(m.date.value, g["date"]):
                                    home = (e, m)
                    homes.append(home)
                if any(h is not None for h in homes) and len({id(h[0]) for h in homes if h}) == 1 and all(homes):
                    tot["merged"] += 1
                    tot["possible"] += 1
                    continue
                if not all(h is not None and _holds(h[1].date.value, g["date"]) for h in homes):
                    continue
                tot["possible"] += 1
                main_id = Counter(id(h[0]) for h in homes).most_common(1)[0][0]
                main_event = next(h[0] for h in homes if id(h[0]) == main_id)
                for e, m in homes:
                    if id(e) == main_id:
                        continue
                    kind = (("same-article " if any(x.article == m.article for x in main_event.mentions) else "")
                            + ("same-day" if m.date.value == g["date"] else "coarse")
                            + (" alone" if len(e.mentions) == 1 else " in another event"))
                    kinds[kind] += 1
                    if listing:
                        print(f"  {root.name} {g['id']} {kind}: {m.expr!r} {m.date.value} | {m.title[:50]}"
                              f" || main: {main_event.mentions[0].title[:45]}")
        multi = tot["multi"] or 1
        print(f"{root.name}: multi-source {tot['multi']}, merged {tot['merged']} ({tot['merged'] / multi:.0%}), "
              f"possible with the found mentions {tot['possible']} ({tot['possible'] / multi:.0%}); stray mentions: "
              + (", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "none"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
