#!/usr/bin/env python3
"""Score the event engine on every story of eval/stories (micro-averaged over the set).

Usage: python eval/score_stories.py [STORIES_DIR ...] [--errors] [--mixed]

Each story folder holds articles (*.md), gold.jsonl (events) and traps.jsonl (expressions
that must not become events). The pipeline runs per story (cross-article merging happens
within a story, as a user would build one story's folder).

With ``--mixed`` it runs once over all the stories' articles together (as a user would build a
folder of many stories) and also reports the events whose mentions come from two stories
(leaks); each story is scored on the events with a mention in its articles.

With several sets, each is scored (and, with ``--mixed``, built) on its own; a line per set
(``SET``) and the pooled figures (``ALL``, micro-averaged over every story of every set) close
the output. With one set the output is the set's stories and its ``ALL`` line.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.evaluate_events import events_to_records, run_pipeline, score
from timeline.read import read_articles


def load_jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _totals() -> dict[str, int]:
    return dict(predicted=0, gold=0, matched_predicted=0, matched_gold=0, found=0, right=0,
                multi=0, merged=0, traps=0, trap_hits=0, overmerged=0)


def _summary(tot: dict[str, int]) -> str:
    p = tot["matched_predicted"] / tot["predicted"] if tot["predicted"] else 1.0
    r = tot["matched_gold"] / tot["gold"] if tot["gold"] else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return (f"events P {p:.3f} R {r:.3f} F1 {f1:.3f}  date accuracy {tot['right'] / max(1, tot['found']):.3f}  "
            f"merged {tot['merged']}/{tot['multi']} = {tot['merged'] / max(1, tot['multi']):.3f}  "
            f"trap rate {tot['trap_hits']}/{tot['traps']} = {tot['trap_hits'] / max(1, tot['traps']):.3f}  "
            f"over-merged {tot['overmerged']}")


def main(argv: list[str]) -> int:
    errors = "--errors" in argv
    mixed = "--mixed" in argv
    args = [a for a in argv if not a.startswith("--")]
    roots = [Path(a) for a in args] or [Path(__file__).parent / "stories"]
    pooled = _totals()
    lines = []
    for root in roots:
        tot = score_set(root, errors, mixed)
        for k, v in tot.items():
            pooled[k] += v
        lines.append(f"SET  {root.name:<12} {_summary(tot)}")
    if len(roots) > 1:
        print()
        print("\n".join(lines))
    print(f"\nALL  {_summary(pooled)}")
    return 0


def score_set(root: Path, errors: bool, mixed: bool) -> dict[str, int]:
    """Score one set's stories (printing a line per story); return its totals."""
    tot = _totals()
    stories = sorted(p for p in root.iterdir() if p.is_dir())
    everything: list = []
    renamed: dict[tuple[str, str], str] = {}  # (story, article id) -> its id in the mixed build
    if mixed:
        # Each story read alone, then built together; an id two stories share (both have a
        # "ledger-explainer") takes its story's name, as a build of one folder would give it a path.
        per_story = {story: read_articles([story])[0] for story in stories}
        seen = Counter(a.id for arts in per_story.values() for a in arts)
        all_articles = []
        for story, arts in per_story.items():
            for a in arts:
                if seen[a.id] > 1:
                    renamed[story.name, a.id] = f"{story.name}-{a.id}"
                    a = replace(a, id=renamed[story.name, a.id])
                all_articles.append(a)
        everything = events_to_records(run_pipeline(all_articles))
        story_of = {a.id: Path(a.path).parent.name for a in all_articles}
        leaks = [e for e in everything if len({story_of.get(s["article"]) for s in e["sources"]}) > 1]
        print(f"mixed build of {len(all_articles)} articles: {len(everything)} events, "
              f"{len(leaks)} with mentions from two stories")
        for e in leaks:
            print(f"    leak: {e['date']['value']} {e['title'][:70]} "
                  f"[{', '.join(sorted({s['article'] for s in e['sources']}))}]")
    for story in stories:
        articles, _, _ = read_articles([story])
        gold = load_jsonl(story / "gold.jsonl")
        traps = load_jsonl(story / "traps.jsonl")
        alias = {a.id: renamed[story.name, a.id] for a in articles if (story.name, a.id) in renamed}
        if mixed:
            ids = {alias.get(a.id, a.id) for a in articles}
            pred = [e for e in everything if any(s["article"] in ids for s in e["sources"])]
        else:
            pred = events_to_records(run_pipeline(articles))
        s = score(pred, gold, traps, {alias.get(a.id, a.id): a.body for a in articles}, alias)
        found = s.matched_gold + len(s.wrong_dates)
        tot["predicted"] += s.predicted
        tot["gold"] += s.gold
        tot["matched_predicted"] += s.matched_predicted
        tot["matched_gold"] += s.matched_gold
        tot["found"] += found
        tot["right"] += found - len(s.wrong_dates)
        tot["multi"] += s.multi_mention
        tot["merged"] += s.merged
        tot["traps"] += s.traps
        tot["trap_hits"] += s.trap_hits
        tot["overmerged"] += len(s.overmerged)
        print(f"{story.name:<28} P {s.precision:.2f} R {s.recall:.2f} F1 {s.f1:.2f} "
              f"date-acc {s.date_accuracy:.2f} merged {s.merged}/{s.multi_mention} traps {s.trap_hits}/{s.traps}"
              + (f" over-merged {len(s.overmerged)}" if s.overmerged else ""))
        if errors:
            for label, items in (("missed", s.missed), ("spurious", s.spurious), ("wrong date", s.wrong_dates),
                                 ("unmerged", s.unmerged), ("over-merged", s.overmerged),
                                 ("trapped", s.trapped)):
                for it in items:
                    print(f"    {label}: {it}")
    return tot


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
