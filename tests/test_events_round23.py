"""Round 23 of the events stage (twentieth session): weekday tense cues found by comparing the
events stage's reading of bare weekdays with the tagger's, each an invented sentence here."""

from __future__ import annotations

import pytest

from test_events_round19 import _extract, _kept


@pytest.mark.parametrize("body,pub,expected", [
    # a capitalised "-ed" word inside a clause is a name's, not a past verb
    ("Skelmarsh host Brennock United on Tuesday.", "2024-09-22", [("Tuesday", "2024-09-24", "planned")]),
    ("Skelmarsh hosted Brennock on Tuesday.", "2024-09-22", [("Tuesday", "2024-09-17", "past")]),
    ("Closed on Tuesday, the depot reopened a day later.", "2024-09-22",
     [("Tuesday", "2024-09-17", "past"), ("a day later", "2024-09-18", "past")]),
    # a present progressive passive is a present arrangement, ahead
    ("A public meeting is being held at the town hall on Wednesday evening.", "2025-03-10",
     [("Wednesday evening", "2025-03-12", "planned")]),
    ("A public meeting was held at the town hall on Wednesday evening.", "2025-03-10",
     [("Wednesday evening", "2025-03-05", "past")]),
    ("The physics paper, due on Friday, and the chemistry paper, due on Monday, are being reprinted as a precaution.",
     "2024-06-12", [("Friday", "2024-06-14", "planned"), ("Monday", "2024-06-17", "planned")]),
    # a present "follows": a fixture
    ("The physics exam went ahead on Friday. Chemistry follows on Monday.", "2024-06-15",
     [("Friday", "2024-06-14", "past"), ("Monday", "2024-06-17", "planned")]),
    # pencilled in for a day: ahead
    ("If we approve it, the plenary vote is pencilled in for Friday.", "2025-04-09", [("Friday", "2025-04-11", "planned")]),
    # a participle with its agent, nearest the day, governs it (not "will be published by")
    ("Five libraries would close under budget proposals published by the Borough Council on Wednesday.", "2025-11-13",
     [("Wednesday", "2025-11-12", "past")]),
    ("The report will be published by the council on Wednesday.", "2025-11-13", [("Wednesday", "2025-11-19", "planned")]),
])
def test_round23_kept(body: str, pub: str, expected: list) -> None:
    assert _kept(body, pub) == expected
