"""A folder of many stories: building eval sets' stories together gives each story the events it
gets when built alone (no event takes another story's mention, no relative date is counted from
another story's event). Real-sized material: the repository's own eval sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.evaluate_events import run_pipeline
from timeline.read import read_articles

EVAL = Path(__file__).resolve().parent.parent / "eval"


def _story_events(events, ids):
    out = set()
    for e in events:
        held = tuple(sorted((m.article, m.start, m.end, m.date.value, m.status) for m in e.mentions if m.article in ids))
        if held:
            out.add((e.date.value, e.status, e.title, held, len(held) == len(e.mentions)))
    return out


@pytest.mark.parametrize("name", ["stories", "holdout7"])
def test_stories_built_together_get_their_events_alone(name: str) -> None:
    stories = sorted(p for p in (EVAL / name).iterdir() if p.is_dir())
    assert len(stories) == 8
    articles, _, _ = read_articles(stories)
    together = run_pipeline(articles)
    for story in stories:
        alone_articles, _, _ = read_articles([story])
        ids = {a.id for a in alone_articles}
        alone = _story_events(run_pipeline(alone_articles), ids)
        assert alone, story.name
        assert _story_events(together, ids) == alone, story.name
