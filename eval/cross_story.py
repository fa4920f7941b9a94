#!/usr/bin/env python3
"""Build every story of the given sets (default: every set under eval/) as one folder and list
the events whose mentions come from two stories or more (a merge across stories).

Usage: python eval/cross_story.py [SET_DIR ...] [--list]

Each story's articles keep their text; their ids are prefixed with the set's and the story's
names (stories of different sets reuse article ids). Invented names recur across writers
("Carrow", "Lindqvist"), so some cross-story events come from the sets themselves; the count is
for comparing engines, not an error rate.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.evaluate_events import run_pipeline
from timeline.read import read_articles


def main(argv: list[str]) -> int:
    listing = "--list" in argv
    roots = [Path(a) for a in argv if not a.startswith("--")]
    if not roots:
        here = Path(__file__).resolve().parent
        roots = sorted(p for p in here.iterdir() if p.is_dir() and any(q.is_dir() for q in p.iterdir()))
    stories = sorted(p for root in roots for p in root.iterdir() if p.is_dir())
    articles, story_of = [], {}
    for story in stories:
        for a in read_articles([story])[0]:
            new = f"{story.parent.name}-{story.name}-{a.id}"
            articles.append(replace(a, id=new))
            story_of[new] = f"{story.parent.name}/{story.name}"
    events = run_pipeline(articles)
    across = [e for e in events if len({story_of[m.article] for m in e.mentions}) > 1]
    print(f"{len(articles)} articles, {len(stories)} stories, {len(events)} events, {len(across)} of two stories or more")
    if listing:
        for e in across:
            print(f"  {e.date.value} {e.title[:60]} {sorted({story_of[m.article] for m in e.mentions})}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
