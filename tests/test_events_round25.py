"""Round 25 of the events stage (twenty-second session): rules found on the sets scored unseen at the
session's start (holdout93..96, eval/README.md), each an invented sentence here. The session's
learned join has its own tests (tests/test_join_model.py)."""

from __future__ import annotations

import pytest

from test_events_round19 import _dropped_reason, _kept


@pytest.mark.parametrize("body,pub,expected", [
    # a thing arranged for a day, in the present perfect passive: the day lies ahead
    ("An extra screening has been added for Monday at the Odeon Vale.", "2025-09-11",
     [("Monday", "2025-09-15", "planned")]),
    ("A second hearing has been scheduled for Friday, the court said.", "2025-09-11",
     [("Friday", "2025-09-12", "planned")]),
    ("A recount has been pencilled in for Tuesday.", "2025-09-11", [("Tuesday", "2025-09-16", "planned")]),
    # (a past passive is no plan of its own: the meeting was held)
    ("The meeting was held on Monday.", "2025-09-11", [("Monday", "2025-09-08", "past")]),
    # a showing's first night in the present lies ahead, even when a later clause has a perfect tense
    ("The film has its world premiere on Saturday, and an extra screening has been added for Monday.", "2025-09-11",
     [("Saturday", "2025-09-13", "planned"), ("Monday", "2025-09-15", "planned")]),
    ("The opera premieres on Friday.", "2025-09-11", [("Friday", "2025-09-12", "planned")]),
    ("The film had its world premiere on Saturday.", "2025-09-11", [("Saturday", "2025-09-06", "past")]),
    # (the noun is no fixture verb: "Her debut on Saturday drew ..." was done)
    ("Her debut on Saturday drew 2,000 fans.", "2025-09-11", [("Saturday", "2025-09-06", "past")]),
    # (a later clause's past still governs a day no fixture verb precedes)
    ("Police said the man on Saturday had been released.", "2025-09-11", [("Saturday", "2025-09-06", "past")]),
    # a one-off act of lodging with its deadline
    ("The label said it would lodge an appeal by June 16.", "2026-06-02", [("June 16", "2026-06-16", "planned")]),
])
def test_round25_kept(body: str, pub: str, expected: list) -> None:
    assert _kept(body, pub) == expected


@pytest.mark.parametrize("body,pub,expr,reason", [
    # a day a thing had been planned for, then called off: not an event of that day
    ("The concert that had been planned for Monday was cancelled.", "2025-09-11", "Monday", "the original date"),
])
def test_round25_dropped(body: str, pub: str, expr: str, reason: str) -> None:
    assert _dropped_reason(body, pub, expr).startswith(reason)
