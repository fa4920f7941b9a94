"""Event rules, round 18 (fifteenth session), from the errors of eval/holdout53..56 after their
unseen scoring: "the same day" after a participle aside that tells another matter than the main
line's; a plural subject's present fixture before a weekday; "into" a period; an archive photo's caption. Table rows: (why, published, body, kept as (expression, value), dropped expression ->
words of its reason)."""

from __future__ import annotations

import pytest

from test_anchors_round14 import check_row

ROWS = [
    # the aside's matter is not the main line's: "the same day" is the aside's day
    ("'The review, published on June 17, ... resigned the same day' after another matter", "2025-06-27",
     "The sentencing took place on Thursday.\n\nThe authority's independent governance review, published on June 17, "
     "described a procurement culture. Its chair, Ondine Bellacorre, resigned the same day.",
     [("Thursday", "2025-06-26"), ("June 17", "2025-06-17"), ("the same day", "2025-06-17")], {}),
    # ... and when it is (the review), the main line's day (round 16's row, in paragraphs)
    ("'The review, launched on May 11, said ... stepped down on the same day' in paragraphs", "2026-07-02",
     "The review found failures in a report published on Tuesday.\n\nThe review, launched on May 11, said the alarm "
     "had been disabled.\n\nThe head of the group stepped down on the same day.",
     [("Tuesday", "2026-06-30"), ("May 11", "2026-05-11"), ("the same day", "2026-06-30")], {}),
    # a plural subject's present fixture, a participle after a determiner no past cue
    ("'The candidates meet at a televised hustings on Monday evening'", "2027-04-10",
     "The candidates meet at a televised hustings on Monday evening in the Miners' Institute.",
     [("Monday evening", "2027-04-12")], {}),
    ("'The party leaders meet for the last televised debate on Thursday'", "2025-10-13",
     "The party leaders meet for the last televised debate on Thursday.", [("Thursday", "2025-10-16")], {}),
    # ... not a caption's present ("residents return home on Thursday after police lifted the order")
    ("'Carrick residents return home on Thursday after police lifted the order' stays past", "2025-08-18",
     "Carrick residents return home on Thursday after police lifted the evacuation order.", [("Thursday", "2025-08-14")], {}),
    # "into" a period: how far a state reaches
    ("'will fund the programme into 2029'", "2026-06-01", "Veskaro will fund the programme into 2029.",
     [], {"2029": "'into': how far a state reaches"}),
    ("'will hang over the board well into the spring'", "2026-01-10", "The threat will hang over the board well into the spring.",
     [], {"the spring": "'into': how far a state reaches"}),
    # ... not a moved date, nor a happening named ("the report into last month's collapse")
    ("'The trial was pushed into 2027' stays", "2026-06-01", "The trial was pushed into 2027.", [("2027", "2027")], {}),
    ("'the report into last month's collapse' stays", "2025-11-04",
     "The inspectorate's report into last month's collapse was published on Monday.",
     [("last month", "2025-10"), ("Monday", "2025-11-03")], {}),
    # an archive photo's caption
    ("'(Archive photo, 1937: bathers queuing ...)'", "2026-06-01", "(Archive photo, 1937: bathers queuing for the diving platform.)",
     [], {"1937": "in a photo caption"}),
]


@pytest.mark.parametrize(("why", "published", "body", "kept", "dropped"), ROWS, ids=[r[0] for r in ROWS])
def test_round18_events(why: str, published: str, body: str, kept: list[tuple[str, str]], dropped: dict[str, str]) -> None:
    check_row(why, published, body, kept, dropped)
