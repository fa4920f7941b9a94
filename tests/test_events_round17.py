"""Event rules, round 17 (fourteenth session), from the errors of eval/holdout45..48 after their
unseen scoring: a holiday's name qualifying a noun, a money rate before "a year before", a period's
figure before its offset. Table rows: (why, published, body, kept as (expression, value), dropped
expression -> words of its reason)."""

from __future__ import annotations

import pytest

from test_anchors_round14 import check_row

ROWS = [
    # a holiday's name before a common noun: a kind of thing, not a day
    ("'fresh Christmas turkeys'", "2026-03-10", "The farm sells about 9% of the country's fresh Christmas turkeys.",
     [], {"Christmas": "a holiday named as context"}),
    ("'this year's Christmas pantomime'", "2026-03-10", "Tickets for this year's Christmas pantomime are already on sale.",
     [], {"Christmas": "a holiday named as context"}),
    ("'as a Christmas present'", "2026-03-10", "I gave the fryer to my son as a Christmas present.",
     [], {"Christmas": "a holiday named as context"}),
    # ... but not a part of its day, nor a clause going on after it
    ("'on Christmas morning' stays", "2026-03-10", "The ferry sank on Christmas morning.", [("Christmas", "2025-12-25")], {}),
    ("'at Christmas and the crew' stays", "2026-03-10", "The ferry sank at Christmas and the crew were rescued.",
     [("Christmas", "2025-12-25")], {}),
    # an amount of money before "a year before": a rate
    ("'41,000 crowns a year before overtime'", "2025-03-10", "Operators earn about 41,000 crowns a year before overtime.",
     [], {"a year before": "a rate"}),
    ("'£30,000 a year before tax'", "2025-03-10", "Staff earn £30,000 a year before tax.", [], {"a year before": "a rate"}),
    ("'a year before the election' stays", "2025-03-10", "The bridge closed on March 3, a year before the election.",
     [("March 3", "2025-03-03"), ("a year before", "2026")], {}),
    # a period's figure right before the offset: a comparison
    ("'double the figure five years earlier'", "2025-03-10",
     "The bridge closed on March 3, and thefts reached 146, nearly double the figure five years earlier.",
     [("March 3", "2025-03-03")], {"five years earlier": "a comparison baseline"}),
]


@pytest.mark.parametrize(("why", "published", "body", "kept", "dropped"), ROWS, ids=[r[0] for r in ROWS])
def test_round17_events(why: str, published: str, body: str, kept: list[tuple[str, str]], dropped: dict[str, str]) -> None:
    check_row(why, published, body, kept, dropped)
