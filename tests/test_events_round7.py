"""Round 7 of 'which dates are events' (issue 4): precision kinds, one table row per wording.

Each row is a sentence of our own, not one of the eval sets': why, published, sentence,
expression (text, value, extra), expected value (None = dropped), status or part of the reason.
"""

from __future__ import annotations

import pytest

from tests import test_events as base

KEEP_OR_DROP = [
    # a period's total: a large quantity as the object of any verb over a year, half, quarter or season
    ("containers handled in a year", "2026-02-02", "In 2025, the terminal handled 2.4 million containers, up 3 percent.",
     ("2025", "2025", {}), None, "quantity over a period"),
    ("tonnes landed in a year", "2026-02-02", "The co-operative's boats landed 41,000 tonnes of herring in 2025.",
     ("2025", "2025", {}), None, "a statistics period"),  # (a tally since the fourteenth session: "landed")
    ("a forecast quantity this year", "2026-02-02", "Under the new licence the mine may extract about 90,000 tonnes this year.",
     ("this year", "2026", {}), None, "quantity over a period"),
    ("money paid over a year", "2026-02-02", "The bank was paid 40 million euros in fees during 2025.",
     ("2025", "2025", {}), None, "quantity over a period"),
    ("cars moved in a quarter", "2026-05-02", "The port moved 310,000 cars in the first quarter.",
     ("the first quarter", "2026-Q1", {}), None, "quantity over a period"),
    # ... but one payment, one act or one happening with its toll stays an event
    ("one fine in a year", "2026-02-02", "The airline was fined 60,000 euros in 2023 for late refunds.",
     ("2023", "2023", {}), "2023", "past"),
    ("one issue of money in a year", "2026-02-02", "The treasury issued $3 billion in new bonds in 2021.",
     ("2021", "2021", {}), "2021", "past"),
    ("an announced quantity is one act", "2026-02-02", "The carmaker announced 1,400 job cuts in 2024.",
     ("2024", "2024", {}), "2024", "past"),
    ("a share of seats won is one result", "2026-02-02", "In 2022, the alliance won 1,210 of the 2,000 council seats.",
     ("2022", "2022", {}), "2022", "past"),
    ("a quantity at the end of a year is one happening", "2026-02-02", "Rescuers evacuated 3,700 residents at the end of 2025.",
     ("the end of 2025", "2025", {"mod": "END"}), "2025", "past"),
    ("one payment in a year", "2026-02-02", "The insurer paid 3 million euros in 2024 to settle the lawsuit.",
     ("2024", "2024", {}), "2024", "past"),
    ("a happening's toll in a year", "2026-02-02", "In 1999, an earthquake destroyed 2,000 homes in the valley.",
     ("1999", "1999", {}), "1999", "past"),
    ("a date and a quantity in two predicates", "2026-02-02",
     "The cannery was sold to a Danish group in 1974 and employs about 1,200 people.", ("1974", "1974", {}), "1974", "past"),
    ("a participle dates its noun, the quantity is another verb's", "2026-02-02",
     "The festival, first held in 1990, expects 30,000 visitors this summer.", ("1990", "1990", {}), "1990", "past"),
    ("arrests in a month stay one operation", "2026-05-02", "Police arrested 1,200 people in March during the protests.",
     ("March", "2026-03", {}), "2026-03", "past"),
    # a running total: "so far this year", "to date"
    ("'so far this year' money", "2026-06-02", "The club has spent more than 9 million euros on transfers so far this year.",
     ("this year", "2026", {}), None, "running total"),
    ("'so far this winter' count", "2026-02-02", "So far this winter the crews have cleared 340 roads.",
     ("this winter", "2025-WI", {}), None, "running total"),
    ("'this year so far'", "2026-06-02", "The agency has issued 40 warnings this year so far.",
     ("this year", "2026", {}), None, "running total"),
    # a counted group hurt in many happenings over a period; one happening stays an event
    ("a toll in many happenings over a year", "2026-02-02", "In 2025, 27 climbers were injured in falls on the north face.",
     ("2025", "2025", {}), None, "tally"),
    ("a toll in one happening in a year", "2026-02-02", "In 2019, 14 people were killed in a fire at the depot.",
     ("2019", "2019", {}), "2019", "past"),
    # a time of day names no day of its own (eval/README.md: times of day are not labelled)
    ("a time of day after a lead word", "2026-01-28", "The first boats left the harbour shortly after 10 a.m.",
     ("shortly after 10 a.m.", "2026-01-28T10:00", {"type": "TIME"}), None, "time of day alone"),
    ("a time of day in a live report", "2026-02-17", "The wind has dropped. The first helicopter lifted off at 11:05.",
     ("11:05", "2026-02-17T11:05", {"type": "TIME"}), None, "time of day alone"),
    # a kind of day, a holiday named as context, a span of records, a future that will not be
    ("a typical weekday", "2026-10-08", "On a typical Friday the market trades shares worth 2 billion crowns.",
     ("Friday", "2026-10-09", {}), None, "generic day"),
    ("an average month", "2026-10-08", "An average August brings 40,000 visitors to the island.",
     ("An average August", "2026-08", {}), None, "generic day"),
    ("a month's bank holiday", "2026-10-08", "The library shut for the consultation during the May bank holiday.",
     ("May", "2026-05", {}), None, "holiday named as context"),
    ("a span of years of records, its first year", "2026-03-02", "Files covering 2012 to 2024 were copied by the intruders.",
     ("2012", "2012", {}), None, "span of years"),
    ("a span of years of records, its last year", "2026-03-02", "Files covering 2012 to 2024 were copied by the intruders.",
     ("2024", "2024", {}), None, "span of years"),
    ("'there will be no' a year", "2026-03-02", "If the mill shuts now, next year there will be no jobs left in the valley.",
     ("next year", "2027", {}), None, "negated"),
    ("'there will be' a year stays", "2026-03-02", "The council says there will be a vote on the mill next year.",
     ("next year", "2027", {}), "2027", "planned"),
    # a price at a date, a comparison, a bare count over a period
    ("a closing price on a day", "2026-03-02", "The shares had closed at 48.20 euros on Friday, before the news.",
     ("Friday", "2026-02-27", {}), None, "market price"),
    ("a closing index level on a day", "2026-03-02", "The index ended the day at 1,904 points on Monday.",
     ("Monday", "2026-03-02", {}), None, "market price"),
    ("a shop closed on a day stays", "2026-03-02", "The shop closed at noon on Friday after the fire.",
     ("Friday", "2026-02-27", {}), "2026-02-27", "past"),
    ("a bare count closing a tally over a year", "2026-03-02", "Robbery is rare here. In 2023, police recorded 14.",
     ("2023", "2023", {}), None, "tally"),
    # a record figure over a period; a vague deadline
    ("a record figure over a year", "2026-03-02", "Last year, the valley recorded its highest rainfall on record.",
     ("Last year", "2025", {}), None, "ranking"),
    ("a record happening over a year stays", "2026-03-02", "In 2024 the town saw the worst flooding in decades.",
     ("2024", "2024", {}), "2024", "past"),
    ("'has until' a season is a vague future", "2026-03-02", "The trust has until the summer to show it has changed.",
     ("the summer", "2026-SU", {}), None, "'until'"),
    # a period's figure named by the period
    ("a deictic year's figure", "2026-03-02", "The ministers agreed to limit this year's cut to 12 percent.",
     ("this year", "2026", {}), None, "naming a thing"),
    ("a deictic year's happening stays", "2026-03-02", "Last year's strike shut the port for a week.",
     ("Last year", "2025", {}), "2025", "past"),
    ("a quarter naming throughput", "2026-03-02", "The port expects first-quarter throughput to fall.",
     ("first-quarter", "2026-Q1", {}), None, "period figure"),
    # a weekday after a present expectation looks ahead (the tagger read it back)
    ("a weekday an expectation looks ahead to", "2026-09-08", "Forecasters expect the storm to make landfall on Thursday.",
     ("Thursday", "2026-09-03", {}), "2026-09-10", "planned"),
    ("a weekday a past expectation looks back to", "2026-09-08", "Forecasters expected the storm to make landfall on Thursday.",
     ("Thursday", "2026-09-03", {}), "2026-09-03", "past"),
    ("a weekday after 'hopes to'", "2026-09-08", "The club hopes to sign the striker on Friday.",
     ("Friday", "2026-09-04", {}), "2026-09-11", "planned"),
    # a season named in a plan, without a year, is the next one (the tagger read it back)
    ("a season a plan looks ahead to", "2026-01-28", "The commission will review the stock assessment this spring.",
     ("this spring", "2025-SP", {}), "2026-SP", "planned"),
    ("a season an expectation looks ahead to", "2026-02-10", "It now expects to sell the site in the spring.",
     ("the spring", "2025-SP", {}), "2026-SP", "planned"),
    ("a season of a past act stays", "2026-02-10", "The plant closed in the spring.",
     ("the spring", "2025-SP", {}), "2025-SP", "past"),
]


@pytest.mark.parametrize(("why", "published", "sentence", "expr", "value", "expect"), KEEP_OR_DROP, ids=[c[0] for c in KEEP_OR_DROP])
def test_keep_or_drop(why: str, published: str, sentence: str, expr: tuple, value: str | None, expect: str) -> None:
    base.test_keep_or_drop(why, published, sentence, expr, value, expect)  # (the same check as the main table's)


def test_hours_earlier_than_is_a_comparison() -> None:
    body = "The river rose on Saturday. The flood peaked hours earlier than forecast."
    exprs = (base.ex(body, "Saturday", "2026-02-28"), base.ex(body, "hours earlier", "PXH", type="DURATION"))
    mentions, dropped = base.extract(base.article(body, "2026-03-02"), exprs)
    assert [(m.expr, m.date.value) for m in mentions] == [("Saturday", "2026-02-28")]


def test_an_offset_from_a_plan_is_no_date() -> None:
    body = "The line opened on Saturday, three years after it was first supposed to open."
    exprs = (base.ex(body, "Saturday", "2026-02-28"), base.ex(body, "three years after", "P3Y", type="DURATION"))
    mentions, dropped = base.extract(base.article(body, "2026-03-02"), exprs)
    assert [(m.expr, m.date.value) for m in mentions] == [("Saturday", "2026-02-28")]
    assert {d.reason for d in dropped} == {
        "an offset from a plan that did not happen ('three years after it was due to open'), not a date"}
