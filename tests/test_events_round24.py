"""Round 24 of the events stage (twenty-first session): rules found on the sets scored unseen at the
session's start and the untuned holdout85..87 (eval/README.md), each an invented sentence here. The
learned second opinion of the same round has its own tests (tests/test_keep_model.py)."""

from __future__ import annotations

import pytest

from test_events_round19 import _dropped_reason, _kept


@pytest.mark.parametrize("body,pub,expected", [
    # a one-off act of an office with its deadline, its object any words: a planned event of that day
    ("The council will vote on it by March 26.", "2027-03-20", [("March 26", "2027-03-26", "planned")]),
    ("The regulator said it would rule on all of them by Friday.", "2027-03-20", [("Friday", "2027-03-26", "planned")]),
    ("The agency is due to publish final results by Thursday.", "2027-03-20", [("Thursday", "2027-03-25", "planned")]),
    ("The company will publish a full resource estimate by September.", "2027-03-20",
     [("September", "2027-09", "planned")]),
    ("The group will close its Beskow plant by the end of 2026.", "2026-03-20", [("the end of 2026", "2026", "planned")]),
    ("The ministry said it will respond by September 10.", "2026-03-20", [("September 10", "2026-09-10", "planned")]),
    # a gathering called for a day, in the past tense: the day lies ahead
    ("The union called a rally outside parliament for Thursday.", "2024-09-22", [("Thursday", "2024-09-26", "planned")]),
    ("The premier called a special session of the assembly for Thursday to appoint a cabinet.", "2024-09-22",
     [("Thursday", "2024-09-26", "planned")]),
    # the happening a state lasts until lies ahead (the tagger's month, the events stage's weekday)
    ("He was remanded in custody until a further hearing in January.", "2025-10-12", [("January", "2026-01", "planned")]),
    ("The trial was adjourned until a ruling on Tuesday.", "2025-10-12", [("Tuesday", "2025-10-14", "planned")]),
    ("The case was adjourned on Tuesday.", "2025-10-12", [("Tuesday", "2025-10-07", "past")]),
    # "follows" with an object comes after a done happening; without one it is a fixture
    ("His arrest follows raids on Tuesday in which 31 people were detained.", "2026-01-29",
     [("Tuesday", "2026-01-27", "past")]),
    ("The physics exam went ahead on Friday. Chemistry follows on Monday.", "2026-01-29",
     [("Friday", "2026-01-23", "past"), ("Monday", "2026-02-02", "planned")]),
    # (not an act done on the day: "called off the search for the boy on Thursday")
    ("Police called off the search for the missing boy on Thursday.", "2024-09-22", [("Thursday", "2024-09-19", "past")]),
])
def test_round24_kept(body: str, pub: str, expected: list) -> None:
    assert _kept(body, pub) == expected


@pytest.mark.parametrize("body,pub,expr,reason", [
    # a goal or a forecast with "by" stays no event
    ("Ministers hope to contain the outbreak by Friday.", "2027-03-20", "Friday", "'by'"),
    ("Officials expect prices to rise by September.", "2027-03-20", "September", "'by'"),
    ("The board plans to vote with the unions by 2030 at the latest.", "2027-03-20", "2030", "'by'"),
])
def test_round24_drops(body: str, pub: str, expr: str, reason: str) -> None:
    assert reason in _dropped_reason(body, pub, expr)
