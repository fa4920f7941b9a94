"""The event scorer's figures on a hand-made article: matches, merges and wrong merges."""

from __future__ import annotations

from timeline.evaluate_events import score

BODY = "The mayor resigned on Monday. The council met on Monday. A vote followed on Monday."
GOLD = [
    {"id": "A", "date": "2026-03-09", "mentions": [{"article": "a", "quote": "The mayor resigned on Monday", "expr": "on Monday"},
                                                   {"article": "b", "quote": "resigned last week", "expr": "last week"}]},
    {"id": "B", "date": "2026-03-09", "mentions": [{"article": "a", "quote": "The council met on Monday", "expr": "on Monday"}]},
]
BODIES = {"a": BODY, "b": "Reports say the mayor resigned last week."}


def source(article: str, body: str, text: str, nth: int = 0) -> dict:
    i = -1
    for _ in range(nth + 1):
        i = body.index(text, i + 1)
    return {"article": article, "start": i, "end": i + len(text)}


def event(*sources: dict, value: str = "2026-03-09") -> dict:
    return {"date": {"value": value}, "status": "past", "title": "t", "sources": list(sources)}


RESIGNED = source("a", BODY, "Monday", 0)
MET = source("a", BODY, "Monday", 1)
VOTE = source("a", BODY, "Monday", 2)
LAST_WEEK = source("b", BODIES["b"], "last week")


def test_separate_events_merged_and_not_overmerged() -> None:
    s = score([event(RESIGNED, LAST_WEEK), event(MET), event(VOTE)], GOLD, [], BODIES)
    assert (s.matched_gold, s.matched_predicted, s.predicted) == (2, 2, 3)
    assert (s.merged, s.multi_mention) == (1, 1)
    assert s.overmerged == ()


def test_one_event_holding_two_gold_events_is_a_wrong_merge() -> None:
    s = score([event(RESIGNED, LAST_WEEK, MET)], GOLD, [], BODIES)
    # The scorer's F1 does not see it (both gold events are hit with the right date) ...
    assert (s.precision, s.recall) == (1.0, 1.0)
    # ... the wrong-merge list does.
    assert s.overmerged == ("2026-03-09 past t [a:'']",)


def test_unmerged_event() -> None:
    s = score([event(RESIGNED), event(LAST_WEEK, value="2026-W11"), event(MET)], GOLD, [], BODIES)
    assert (s.merged, s.multi_mention, s.overmerged) == (0, 1, ())
    assert s.unmerged == ("A 2026-03-09 ",)
