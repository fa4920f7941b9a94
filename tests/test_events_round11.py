"""Round 11 of 'which dates are events' (issue 4): captions, halves of things and period statistics.

Each row is a sentence of our own, not one of the eval sets'. The events table: why, published,
sentence, expression (text, value, extra), expected value (None = dropped), status or part of
the reason.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests import test_events as base
from timeline.events import extract
from timeline.model import Article
from timeline.tag import tag
from timeline.text import is_caption

KEEP_OR_DROP = [
    # a caption opened by "Photo caption:" / "Picture caption:" / "Image credit:"
    ("'Photo caption:' opens a caption", "2026-03-02", "Photo caption: The old mill at Brandt Lane, in a picture taken in 1972.",
     ("1972", "1972", {}), None, "caption"),
    ("'Picture caption:' opens a caption", "2026-03-02", "Picture caption: Dockers at the north quay in 1958, the year the cranes arrived.",
     ("1958", "1958", {}), None, "caption"),
    # a half of a thing ("the second half of the tunnel"), not of a period; a half of a year or a season stays
    ("'the second half of the tunnel'", "2026-03-02", "The engineer said the second half of the tunnel was the slowest to dig.",
     ("the second half", "2025-H2", {}), None, "half of a thing"),
    ("'the first half of the bridge'", "2026-03-02", "Crews finished the first half of the new bridge deck ahead of time.",
     ("the first half", "2026-H1", {}), None, "half of a thing"),
    ("'the second half of the year' stays", "2026-03-02", "The plant will reopen in the second half of the year.",
     ("the second half", "2026-H2", {}), "2026-H2", "planned"),
    # the period of figures: "according to the ministry's figures for 2024"
    ("'the ministry's figures for 2024'", "2026-03-02", "Hospitals had a waiting list of 48,000 patients, according to the health ministry's figures for 2024.",
     ("2024", "2024", {}), None, "period of figures"),
    ("'data for March'", "2026-05-02", "Unemployment stood near its lowest level, the agency's data for March showed.",
     ("March", "2026-03", {}), None, "statistics"),
    ("'the numbers for Saturday's draw' stays", "2026-05-04", "The site showed the wrong numbers for Saturday's draw.",
     ("Saturday", "2026-05-02", {}), "2026-05-02", "past"),
    # goods worth a large sum sold over a period
    ("'sold timber worth 2 billion crowns in 2025'", "2026-03-02", "In 2025 the forest owners sold timber worth 2 billion crowns.",
     ("2025", "2025", {}), None, "value sold"),
    ("'exported cheese worth 310 million euros last year'", "2026-03-02", "Dairies exported cheese worth 310 million euros last year.",
     ("last year", "2025", {}), None, "value sold"),
    ("'sold the mill in 2019' stays", "2026-03-02", "The family sold the mill to a developer in 2019.",
     ("2019", "2019", {}), "2019", "past"),
    # a week's figure against another week
    ("'sales fell 9% year-on-year last week'", "2026-03-02", "Ticket sales fell 9% year-on-year last week, the operator said.",
     ("last week", "2026-W09", {}), None, "week's figure"),
    ("'the company cut 9% of jobs last week' stays", "2026-03-02", "The company cut 9% of its jobs last week.",
     ("last week", "2026-W09", {}), "2026-W09", "past"),
    # a crowd of thousands counted "over" a period
    ("'more than 5,000 people visited over the weekend'", "2026-03-02", "More than 5,000 people visited the fair over the weekend, organisers said.",
     ("the weekend", "2026-02-28/2026-03-01", {}), None, "crowd"),
    ("'12,000 people were evacuated over the weekend' stays", "2026-03-02", "About 12,000 people were evacuated over the weekend.",
     ("the weekend", "2026-02-28/2026-03-01", {}), "2026-02-28/2026-03-01", "past"),
    ("'police arrested 12 people over the weekend' stays", "2026-03-02", "Police arrested 12 people over the weekend.",
     ("the weekend", "2026-02-28/2026-03-01", {}), "2026-02-28/2026-03-01", "past"),
    # a period as the scope of a count ("this morning alone", "in 2024 alone")
    ("'about 60 flights were cancelled this morning alone'", "2026-03-02", "About 60 flights were cancelled at the airport this morning alone.",
     ("this morning", "2026-03-02TMO", {}), None, "scope of a count"),
    ("'in 2024 alone, 900 ...'", "2026-03-02", "In 2024 alone, 900 households moved out of the valley.",
     ("2024", "2024", {}), None, "scope of a count"),
    ("'left on Monday alone in a car' stays", "2026-03-02", "The 2 boys left on Monday alone in a small car.",
     ("Monday", "2026-03-02", {}), "2026-03-02", "past"),
    # the time a task takes ("will take until mid-2027 to clear"), even after a postponement; a postponement "until" stays
    ("'the cases it delayed, which will take until mid-2027 to clear'", "2026-03-02",
     "The real cost is the 4,000 cases it delayed, which officials say will take until mid-2027 to clear.",
     ("mid-2027", "2027", {"mod": "MID"}), None, "until"),
    ("'the vote was postponed until May' stays", "2026-03-02", "The vote was postponed until May.",
     ("May", "2026-05", {}), "2026-05", "planned"),
    # a figure "for" a period ("overstated growth for the second quarter"); a season a thing is laid up "for"
    ("'revised inflation for the first quarter'", "2026-09-09", "The bank said it had misreported inflation for the first quarter.",
     ("the first quarter", "2026-Q1", {}), None, "figure 'for' a period"),
    ("'the jobless rate for May'", "2026-09-09", "Officials corrected the jobless rate for May after a coding error.",
     ("May", "2026-05", {}), None, "figure 'for' a period"),
    ("'closed for the winter'", "2026-09-09", "The ferry will make its last trip on Sunday and then be closed for the winter.",
     ("the winter", "2026-WI", {}), None, "laid up or closed"),
    ("'a ballot planned for the spring' stays", "2026-09-09", "The union has a ballot planned for the spring.",
     ("the spring", "2027-SP", {}), "2027-SP", "planned"),
    # a holiday taken in a period ("a long holiday this summer"); "on holiday in August when ..." is not read here
    ("'a long holiday this summer'", "2026-05-20", "After the election she wants a long holiday this summer.",
     ("this summer", "2026-SU", {}), None, "holiday"),
    ("'a short vacation next month'", "2026-05-20", "The coach said he would take a short vacation next month.",
     ("next month", "2026-06", {}), None, "holiday"),
    # a period ranked among its kind ("its warmest June on record", "the busiest August ever")
    ("'its warmest June on record'", "2026-09-02", "The island had its warmest June on record, the weather office said.",
     ("June", "2026-06", {}), None, "ranking"),
    ("'the busiest August ever'", "2026-09-02", "It was the busiest August ever for the harbour.",
     ("August", "2026-08", {}), None, "ranking"),
]


@pytest.mark.parametrize(("why", "published", "sentence", "expr", "value", "expect"), KEEP_OR_DROP, ids=[c[0] for c in KEEP_OR_DROP])
def test_keep_or_drop(why: str, published: str, sentence: str, expr: tuple, value: str | None, expect: str) -> None:
    base.test_keep_or_drop(why, published, sentence, expr, value, expect)  # (the same check as the main table's)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Photo caption: The mayor at the opening in 2019.", True),
        ("Image credit: Harbour Trust", True),
        ("PHOTO CAPTION - Workers at the dock.", True),
        ("The photo caption in Monday's paper was wrong.", False),
        ("Captions were added in 2019.", False),
    ],
)
def test_caption_prefix(sentence: str, expected: bool) -> None:
    assert is_caption(sentence) is expected


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # the n-th week of a month is its days 7n-6..7n: the ISO week holding most of them
        ("Trials are planned for the third week of August.", "2026-06-22", "2026-W34"),  # Aug 15-21: Sat-Fri
        ("The fair opens in the first week of March.", "2026-01-10", "2026-W10"),  # Mar 1-7: Sun-Sat
        ("Repairs end in the last week of June.", "2026-05-10", "2026-W26"),  # Jun 24-30: Wed-Tue
        ("Sales rebounded in the last week of March 2009.", "2009-04-20", "2009-W13"),  # Mar 25-31: Wed-Tue
    ],
)
def test_week_of_month(text: str, published: str, value: str) -> None:
    tags = tag(text, dt.date.fromisoformat(published))
    assert [e.value for e in tags if e.rule == "week-of-month"] == [value]


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # a plan given up ("dropped plans to appeal in early April"): the month is the dropping's, not read ahead
        ("Residents lost their case in March and dropped plans to appeal in early April.", "2026-06-22",
         [("March", "2026-03", "past"), ("early April", "2026-04", "past")]),
        ("The council abandoned its plans to sell the depot in February.", "2026-06-22", [("February", "2026-02", "past")]),
        # a plan still held reads its month ahead
        ("The firm announced plans to open a plant in March.", "2026-06-22", [("March", "2027-03", "planned")]),
    ],
)
def test_dropped_plan(body: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    day = dt.date.fromisoformat(published)
    mentions, _ = extract(Article(id="a", path="a.md", title="T", body=body, published=day), tag(body, day))
    assert [(m.expr, m.date.value, m.status) for m in mentions] == expected
