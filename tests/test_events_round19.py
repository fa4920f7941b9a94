"""Event rules, round 19 (sixteenth session): a date inside a noun phrase of a happening ("the
refinery's March fire", "her collapse in September", "the hearing two weeks ago") stands when the
clause's negation is about something else; it stays negated when the phrase is the subject of a
verb telling it never came about, after a time preposition, or under a modal's negation. Table
rows: (why, published, body, kept as (expression, value), dropped expression -> words of its reason)."""

from __future__ import annotations

import pytest

from test_anchors_round14 import check_row

NEG = "negated: it did not happen then"

ROWS = [
    # the date premodifies a happening noun; the negated predicate describes it
    ("'the refinery's March fire was not an accident'", "2026-05-10",
     "Investigators said the refinery's March fire was not an accident.", [("March", "2026-03")], {}),
    ("'its own March 2024 audit' as the object of a negated verb", "2026-05-10",
     "The ministry had not acted on the findings of its own March 2024 audit.", [("March 2024", "2024-03")], {}),
    ("'The 2019 collision ... was never investigated'", "2026-05-10",
     "The 2019 collision with the pier was never investigated.", [("2019", "2019")], {}),
    # the date after its noun (through a place)
    ("'Her collapse in September was not a surprise'", "2026-05-10",
     "Her collapse in September was not a surprise to her doctors.", [("September", "2025-09")], {}),
    ("'the hearing two weeks ago' inside a negated clause", "2026-05-10",
     "The union did not accept the offer made at the hearing two weeks ago.", [("two weeks ago", "2026-04-26")], {}),
    ("'The theft at Dorrin earlier this month was not the first'", "2026-05-20",
     "The theft at Dorrin earlier this month was not the first of its kind.", [("earlier this month", "2026-05")], {}),
    # ... still negated: the subject never came about
    ("'The June 3 vote was not held'", "2026-05-10", "The June 3 vote was not held.", [], {"June 3": NEG}),
    ("'The 2019 race was never run'", "2026-05-10", "The 2019 race was never run.", [], {"2019": NEG}),
    # ... a time preposition's phrase after the negation: the date may be the verb's
    ("'did not speak after the meeting on Sunday'", "2026-05-10", "He did not speak after the meeting on Sunday.",
     [], {"Sunday": NEG}),
    ("'should not wait for the annual meeting in the spring'", "2026-05-10",
     "The board should not wait for the annual meeting in the spring.", [], {"the spring": NEG}),
    # ... a modal's negation: a stance, not when
    ("'would not seek a review of the court's April ruling'", "2026-05-10",
     "The council would not seek a review of the court's April ruling.", [], {"April": NEG}),
]


@pytest.mark.parametrize(("why", "published", "body", "kept", "dropped"), ROWS, ids=[r[0] for r in ROWS])
def test_round19_events(why: str, published: str, body: str, kept: list[tuple[str, str]], dropped: dict[str, str]) -> None:
    check_row(why, published, body, kept, dropped)
