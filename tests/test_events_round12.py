"""Round 12 of 'which dates are events' (issue 4): record baselines, readings, open intervals and questions.

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

KEEP_OR_DROP = [
    # the year records began: a ranking's baseline ("the lowest since records began in 1911")
    ("'the driest spring since records began in 1896'", "2026-06-02", "It was the driest spring since records began in 1896, the weather office said.",
     ("1896", "1896", {}), None, "start of records"),
    ("'the warmest night since measurements started in 1951'", "2026-06-02", "Lisbon had its warmest night since measurements started in 1951.",
     ("1951", "1951", {}), None, "start of records"),
    ("'the station began recording rainfall in 1896' stays", "2026-06-02", "The station began recording rainfall in 1896.",
     ("1896", "1896", {}), "1896", "past"),
    # a measurement read off an instrument at a time ("the gauge read 78 centimetres on Monday morning"): a state
    ("'the thermometer read 41 degrees on Tuesday afternoon'", "2026-07-16", "The thermometer in the square read 41 degrees on Tuesday afternoon.",
     ("Tuesday afternoon", "2026-07-14TAF", {"type": "TIME"}), None, "measurement"),
    ("'the tide gauge showed 3.2 metres on Friday'", "2026-07-16", "The tide gauge at the harbour showed 3.2 metres on Friday.",
     ("Friday", "2026-07-10", {}), None, "measurement"),
    ("'the jury read a verdict on Tuesday' stays", "2026-07-16", "The foreman read the verdict on Tuesday afternoon.",
     ("Tuesday afternoon", "2026-07-14TAF", {"type": "TIME"}), "2026-07-14", "past"),
    # "beyond" a date: an open interval
    ("'if the drought lasts beyond September'", "2026-07-16", "Farmers will sell cattle if the drought lasts beyond September.",
     ("September", "2026-09", {}), None, "open interval"),
    ("'the talks could drag on beyond 2027'", "2026-07-16", "Diplomats fear the talks will drag on beyond 2027.",
     ("2027", "2027", {}), None, "open interval"),
    # a day of a kind, an adjective after "a" ("on a rainy Sunday"), and the month it is placed in
    ("'on a rainy Sunday in March'", "2026-01-10", "Ask any driver what the bypass is like on a rainy Sunday in March.",
     ("Sunday", "2026-01-11", {}), None, "generic day"),
    ("'the month of a rainy Sunday in March'", "2026-01-10", "Ask any driver what the bypass is like on a rainy Sunday in March.",
     ("March", "2026-03", {}), None, "day of a kind"),
    ("'a cold night in January' in a past report stays", "2026-03-10", "The pipes burst on a cold night in January.",
     ("January", "2026-01", {}), "2026-01", "past"),
    ("'A: On Thursday' (an answer) stays", "2025-10-17", "A: On Thursday, in his cell.",
     ("Thursday", "2025-10-16", {}), "2025-10-16", "past"),
    ("'filed a lawsuit Monday' stays", "2025-10-17", "The company filed a lawsuit Monday in Delaware.",
     ("Monday", "2025-10-13", {}), "2025-10-13", "past"),
    ("'ordered a retrial last Sunday' stays", "2025-10-17", "Judges ordered a retrial last Sunday.",
     ("last Sunday", "2025-10-12", {}), "2025-10-12", "past"),
    ("'will spend a day in March' stays", "2026-01-10", "The minister will spend a day in March at the plant.",
     ("March", "2026-03", {}), "2026-03", "planned"),
    # the period of numbers ("will publish passenger numbers for March")
    ("'visitor numbers for March'", "2026-03-20", "The museum will publish its visitor numbers for March next week.",
     ("March", "2026-03", {}), None, "statistics period"),
    # a tally of any size over a year ("a ward which delivered 612 babies last year")
    ("'the clinic, which admitted 480 patients last year'", "2026-02-10", "The clinic, which admitted 480 patients last year, will close in May.",
     ("last year", "2025", {}), None, "tally"),
    ("'the zoo welcomed 250,000 visitors in 2025'", "2026-02-10", "The zoo welcomed 250,000 visitors in 2025.",
     ("2025", "2025", {}), None, "statistics"),
    # an open question ("decide whether to call further strikes in November")
    ("'will vote on whether to strike in March'", "2026-01-20", "Members will vote next week on whether to strike in March.",
     ("March", "2026-03", {}), None, "open question"),
    ("'asked whether the mine would close in 2028'", "2026-01-20", "Residents asked whether the mine would close in 2028.",
     ("2028", "2028", {}), None, "open question"),
    ("'decided in March whether ...' stays", "2026-06-20", "The board decided in March whether to sell the depot.",
     ("March", "2026-03", {}), "2026-03", "past"),
    # a happening as the subject "was in" a date: when it happened (not a background state)
    ("'The last general strike was in 1998'", "2026-01-20", "The last general strike was in 1998.",
     ("1998", "1998", {}), "1998", "past"),
    ("'The previous flood on the river was in March 2019'", "2026-01-20", "The previous flood on the river was in March 2019, when the bridge closed.",
     ("March 2019", "2019-03", {}), "2019-03", "past"),
    ("'The office was in Leeds in 2019' stays a state", "2026-01-20", "The office was in Leeds in 2019.",
     ("2019", "2019", {}), None, "background state"),
]


@pytest.mark.parametrize(("why", "published", "sentence", "expr", "value", "expect"), KEEP_OR_DROP, ids=[c[0] for c in KEEP_OR_DROP])
def test_keep_or_drop(why: str, published: str, sentence: str, expr: tuple, value: str | None, expect: str) -> None:
    base.test_keep_or_drop(why, published, sentence, expr, value, expect)  # (the same check as the main table's)


def _extract(body: str, published: str) -> list[tuple[str, str, str]]:
    day = dt.date.fromisoformat(published)
    mentions, _ = extract(Article(id="a", path="a.md", title="T", body=body, published=day), tag(body, day))
    return [(m.expr, m.date.value, m.status) for m in mentions]


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # "proposed" as the clause's past verb: the weekday is the last one, not the next
        ("The city council on Monday proposed closing two libraries from April 1.", "2026-02-11",
         [("Monday", "2026-02-09", "past"), ("April 1", "2026-04-01", "planned")]),
        ("The regulator proposed a cap on fees on Tuesday.", "2026-02-11", [("Tuesday", "2026-02-10", "past")]),
        # a proposal or plan ahead keeps its day ahead
        ("The proposed strike on Friday will close every school.", "2026-02-11", [("Friday", "2026-02-13", "planned")]),
        ("The union has proposed a march on Friday.", "2026-02-11", [("Friday", "2026-02-13", "planned")]),
    ],
)
def test_proposed_weekday(body: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    assert _extract(body, published) == expected


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # an ordinal counting within a span ("the second fare rise in four years"): no date
        ("Parliament met on Monday. This would be the third budget cut in two years.", "2026-02-11", [("Monday", "2026-02-09", "past")]),
        ("The mill closed on Monday. It will be the fourth closure at the site in five years.", "2026-02-11",
         [("Monday", "2026-02-09", "past")]),
        # an offset stays ("the second round of talks will open in two weeks")
        ("The first round ended on Monday. The second round of talks will open in two weeks.", "2026-02-11",
         [("Monday", "2026-02-09", "past"), ("two weeks", "2026-W09", "planned")]),
        ("The first phase ended on Monday. The second phase will open in two years.", "2026-02-11",
         [("Monday", "2026-02-09", "past"), ("two years", "2028", "planned")]),
    ],
)
def test_ordinal_span(body: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    assert _extract(body, published) == expected


@pytest.mark.parametrize(
    ("text", "seasons"),
    [
        # "the fall" as a decline, not the season
        ("Analysts said the fall began in the spring of 2025.", ["the spring of 2025"]),
        ("The fall wiped a fifth off the shares.", []),
        ("The fall reflects weaker demand.", []),
        # the season stays
        ("The bridge will reopen in the fall.", ["the fall"]),
        ("Work stopped in the fall, when the money ran out.", ["the fall"]),
    ],
)
def test_fall_as_decline(text: str, seasons: list[str]) -> None:
    assert [e.text for e in tag(text, dt.date(2026, 3, 1)) if e.granularity == "season"] == seasons


MORE = [
    # a state due by a year ("are due to be replaced by 2028"): a forecast, not a happening
    ("'the old pumps are due to be replaced by 2029'", "2026-03-16", "The old pumps are due to be replaced by 2029.",
     ("2029", "2029", {}), None, "'by'"),
    ("'the inquiry is due to report by 2027' stays", "2026-03-16", "The inquiry is due to report by 2027.",
     ("2027", "2027", {}), "2027", "planned"),
    # a service running on a day ("a water taxi was running on Friday"): a state
    ("'ferries were operating on Sunday'", "2026-03-16", "Ferries were operating on Sunday, the port said.",
     ("Sunday", "2026-03-15", {}), None, "background state"),
    ("'she was running a campaign on Friday' stays", "2026-03-16", "She was running a campaign on Friday.",
     ("Friday", "2026-03-13", {}), "2026-03-13", "past"),
    # a sum in a currency named in words ("spent 9 million krona in 2019 on snow cannons"): one payment
    ("'spent 12 million kroner in 2024 on a new pool' stays", "2026-03-16", "The council spent 12 million kroner in 2024 on a new pool.",
     ("2024", "2024", {}), "2024", "past"),
    ("'handled 1.2 million containers in 2025' is still a statistic", "2026-03-16", "The port handled 1.2 million containers in 2025.",
     ("2025", "2025", {}), None, "quantity over a period"),
    # a target count over a period ("will hire 60 drivers this year")
    ("'will recruit 400 nurses this year'", "2026-03-16", "The agency will recruit 400 nurses this year.",
     ("this year", "2026", {}), None, "target count"),
    ("'will hire a new chief executive this year' stays", "2026-03-16", "The firm will hire a new chief executive this year.",
     ("this year", "2026", {}), "2026", "planned"),
    # a sum worked out for a period ("the amount calculated for last year")
    ("'the charge calculated for 2025'", "2026-03-16", "The airline said the charge calculated for 2025 was provisional.",
     ("2025", "2025", {}), None, "figure 'for' a period"),
    # a level a figure reached in a period ("rose in the fourth quarter to their highest level in years")
    ("'sales rose in the second quarter to their highest level'", "2026-09-16", "Sales rose in the second quarter to their highest level in a decade.",
     ("the second quarter", "2026-Q2", {}), None, "level reached"),
    ("'exports climbed in May to a five-year high'", "2026-09-16", "Exports climbed in May to a five-year high.",
     ("May", "2026-05", {}), None, "level reached"),
]


@pytest.mark.parametrize(("why", "published", "sentence", "expr", "value", "expect"), MORE, ids=[c[0] for c in MORE])
def test_keep_or_drop_more(why: str, published: str, sentence: str, expr: tuple, value: str | None, expect: str) -> None:
    base.test_keep_or_drop(why, published, sentence, expr, value, expect)


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # a plan in the present with its object: its season or month without a year is the next one
        ("The group plans a second sale in the spring.", "2026-07-10", [("the spring", "2027-SP", "planned")]),
        ("The council is planning a vote in March.", "2026-07-10", [("March", "2027-03", "planned")]),
        ("The town's plans a year ago foresaw a vote in March.", "2026-07-10", [("a year ago", "2025", "past"), ("March", "2026-03", "past")]),
    ],
)
def test_plans_a(body: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    assert _extract(body, published) == expected


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # a price moving later in the day's trading: no event of its own
        ("Shares in the bank fell 4% in early trading on Monday before recovering later in the day.", "2026-03-16",
         [("Monday", "2026-03-16", "past")]),
        # an act later in the day stays
        ("The minister met union leaders on Monday and resigned later in the day.", "2026-03-17",
         [("Monday", "2026-03-16", "past"), ("later in the day", "2026-03-16", "past")]),
    ],
)
def test_intraday_move(body: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    assert _extract(body, published) == expected


@pytest.mark.parametrize(
    ("body", "published", "title"),
    [
        # a happening opening the sentence, dated by the date after it, titles the event
        ("After a similar collision in 2017, the ministry promised new radar.", "2026-05-27", "Similar collision"),
        ("Following a blaze at the depot in March, the firm moved its trucks.", "2026-05-27", "Blaze at the depot"),
        # a date of the main clause keeps the main clause's title
        ("After the talks, the minister flew home on Monday.", "2026-05-27", "Minister flew home"),
    ],
)
def test_fronted_happening_title(body: str, published: str, title: str) -> None:
    day = dt.date.fromisoformat(published)
    mentions, _ = extract(Article(id="a", path="a.md", title="T", body=body, published=day), tag(body, day))
    assert [m.title for m in mentions] == [title]
