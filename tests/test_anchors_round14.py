"""Round 14 of event-relative anchors (issue 4): "a day after X", "two days before", "seven weeks after".

Each row is a sentence of our own, not one of the eval sets'. The pipeline table: published, body, the
mentions kept as (expression, value, status), and the part of the reason of each expression dropped.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import extract
from timeline.model import Article, Mention
from timeline.tag import tag

PIPELINE: list[tuple[str, str, str, list[tuple[str, str, str]], dict[str, str]]] = [
    # offsets that count no date: a hedged duration, a part of the day before a clause, a present state
    ("'checked for just two days before it went live': a duration", "2026-03-20",
     "The software had been checked for just two days before it went live.",
     [], {"two days before": "a duration"}),
    ("'tested for only a week before'", "2026-03-20",
     "The new gates were tested for only a week before they opened to the public.",
     [], {"a week before": "a duration"}),
    ("'early in the morning before the tide turns': a part of the day", "2026-03-20",
     "The ferry will sail on Saturday, early in the morning before the tide turns.",
     [("Saturday", "2026-03-21", "planned")], {"the morning before": "a part of the day"}),
    ("'Three months after its opening, the bridge is busier than ...': a present state", "2026-03-20",
     "Three months after its opening, the bridge is busier than its builders predicted.",
     [], {"Three months after": "a present state"}),
    ("'hours after results came back late on Monday': the complement's own day", "2025-07-08",
     "The samples were taken on Sunday, and the notice was issued hours after laboratory results came back late on Monday.",
     [("Sunday", "2025-07-06", "past"), ("Monday", "2025-07-07", "past")], {"hours after": "dated in its own words"}),
    ("'hours after parliament voted to audit this year's census' stays, pending (a year is no day)", "2025-10-11",
     "Varkonyi resigned on Friday. Her deputy quit hours after parliament voted to audit this year's census.",
     [("Friday", "2025-10-10", "past"), ("hours after", "2025-10-11", "past")], {}),
    ("'in the six months before the explosion': a span", "2026-03-20",
     "The dam burst on March 10. Leaks at the wall had been logged on 37 occasions in the six months before the explosion.",
     [("March 10", "2026-03-10", "past")], {"six months before": "a span"}),
    ("'during the two weeks after the flood': a span", "2026-03-20",
     "The dam burst on March 10. Crews worked day and night during the two weeks after the flood.",
     [("March 10", "2026-03-10", "past")], {"two weeks after": "a span"}),
    # "N ago" of a fortnight: two weeks back from publication, to the day (as "two weeks ago")
    ("'set a fortnight ago'", "2025-07-28", "The board met its deadline, set a fortnight ago after it admitted the error.",
     [("a fortnight ago", "2025-07-14", "past")], {}),
    # the complement is a clause whose subject is a name and whose verb an irregular past
    ("'came two days after Harlow beat Stenby': dates the win", "2026-03-20",
     "The league announced the fine on Monday. The announcement came two days after Harlow beat Stenby 3-1 at home.",
     [("Monday", "2026-03-16", "past"), ("two days after", "2026-03-14", "past")], {}),
    ("'came a day after Petrov quit the board'", "2026-03-20",
     "The bank named a new chair on Thursday. The move came a day after Petrov quit the board.",
     [("Thursday", "2026-03-19", "past"), ("a day after", "2026-03-18", "past")], {}),
    # a date told just before the offset is the main clause's, even when too coarse to count from
    ("'at the weekend, two days after it was agreed': no other date stands in", "2026-03-20",
     "The club signed a striker on Monday. The club confirmed the sale at the weekend, two days after it was agreed.",
     [("Monday", "2026-03-16", "past"), ("the weekend", "2026-03-14/2026-03-15", "past")],
     {"two days after": "too coarse"}),
    # "The protest came N days after ...": the subject's mention fine enough to count from, not a
    # coarser one naming it ("during protests in 1989") nor the last day told ("Tuesday morning")
    ("'The protest came eight days after thousands marched'", "2025-04-23",
     "Police removed protesters from the site on Monday. Work resumed on Tuesday morning. Ek was arrested during "
     "protests in 1989. The protest came eight days after thousands marched through the town.",
     [("Monday", "2025-04-21", "past"), ("Tuesday morning", "2025-04-22", "past"), ("1989", "1989", "past"),
      ("eight days after", "2025-04-13", "past")], {}),
    # a fronted offset before a present perfect: up to now, so it dates its referent back from publication
    ("'Ten days after her election, she has frozen a deal': dates the election", "2026-04-07",
     "Ten days after her election as president of the federation, she has frozen a sponsorship deal and ordered an audit.",
     [("Ten days after", "2026-03-28", "past")], {}),
    ("'... she has frozen a deal' with the election dated: counted from it", "2026-04-07",
     "She was elected on March 20. Ten days after her election, she has frozen a sponsorship deal.",
     [("March 20", "2026-03-20", "past"), ("Ten days after", "2026-03-30", "past")], {}),
    ("'... the questions have not gone away': still no event", "2026-04-07",
     "Ten days after her election, the questions have not gone away.", [], {"Ten days after": "a present state"}),
    # a date in a relative clause set off after the complement is the complement's, not the main clause's
    ("'came two days after the museum reopened its wing, which had been shut since a leak on March 18'", "2026-04-17",
     "Quist said on Wednesday she would step down in June. Her announcement came two days after the museum reopened its "
     "east wing, which had been shut since a leak on March 18.",
     [("Wednesday", "2026-04-15", "past"), ("June", "2026-06", "planned"), ("two days after", "2026-04-13", "past"),
      ("March 18", "2026-03-18", "past")], {}),
    # "The decision came ...": a generic news noun no dated mention names is the story's lead
    ("'The decision came a day after the family wrote to the mayor': from the lead", "2026-10-02",
     "The council said on Friday it would open an inquiry into the marathon. The runner left hospital on September 23, "
     "three days after the race. The decision came a day after the runner's family wrote to the mayor.",
     [("Friday", "2026-10-02", "past"), ("September 23", "2026-09-23", "past"), ("three days after", "2026-09-20", "past"),
      ("a day after", "2026-10-01", "past")], {}),
    ("'The call came a day after Gor announced': the seed's previous event stays", "2026-01-13",
     "Jaishankar and Rubio on Tuesday discussed trade. The call came a day after Sergio Gor announced that talks would resume.",
     [("Tuesday", "2026-01-13", "past"), ("a day after", "2026-01-12", "past")], {}),
    # the seed reading for a noun phrase: "The vote came N days after the death" dates the death
    ("'The vote came six days after the death of a swimmer'", "2026-03-20",
     "Councillors voted on Tuesday to close the pool. The vote came six days after the death of a swimmer.",
     [("Tuesday", "2026-03-17", "past"), ("six days after", "2026-03-11", "past")], {}),
]

#: the offset stands in a speech act's report told back in the past perfect: the speech's date is
#: not its main clause's, so the offset counts from the referent (here or, pending, across the story)
REPORTED: list[tuple[str, str, str, tuple[str, str, tuple[str, ...]]]] = [
    ("'admitted on Tuesday ..., and said she had sold one a week after the burglary'", "2026-03-20",
     "A woman admitted on Tuesday taking the paintings, and said she had sold one of them a week after the burglary.",
     ("a week after", "after:P1W:day", ("burgl",))),
    ("'told the court on Monday that the trucks had been auctioned a week after the collapse'", "2026-03-20",
     "The liquidator told the court on Monday that the trucks had been auctioned a week after the collapse.",
     ("a week after", "after:P1W:day", ("breac", "burst", "colla"))),
    ("'... and that two buyers had paid': the complement ends before 'and that'", "2026-03-20",
     "The liquidator told the court on Monday that the trucks had been auctioned a week after the collapse and that two "
     "buyers had paid in cash.",
     ("a week after", "after:P1W:day", ("breac", "burst", "colla"))),
]


def _run(published: str, body: str) -> tuple[list[Mention], dict[str, str]]:
    """The mentions kept (in text order) and each dropped expression's reason."""
    day = dt.date.fromisoformat(published)
    mentions, drops = extract(Article(id="a", path="a.md", title="T", body=body, published=day), tag(body, day))
    return list(mentions), {d.expression.text: d.reason for d in drops}


def check_row(why: str, published: str, body: str, kept: list[tuple[str, str]], dropped: dict[str, str]) -> None:
    """A table row of the event rounds: the mentions kept, as (expression, value), in text order, and
    for each expression named in ``dropped`` a reason holding the given words."""
    mentions, reasons = _run(published, body)
    assert [(m.expr, m.date.value) for m in mentions] == kept, why
    assert {text: part for text, part in dropped.items() if part in reasons.get(text, "")} == dropped, reasons


@pytest.mark.parametrize(("why", "published", "body", "kept", "dropped"), PIPELINE, ids=[c[0] for c in PIPELINE])
def test_round14_anchors(why: str, published: str, body: str, kept: list[tuple[str, str, str]], dropped: dict[str, str]) -> None:
    mentions, reasons = _run(published, body)
    assert [(m.expr, m.date.value, m.status) for m in mentions] == kept, why
    assert {text: part for text, part in dropped.items() if part in reasons.get(text, "")} == dropped, reasons


@pytest.mark.parametrize(("why", "published", "body", "pending"), REPORTED, ids=[c[0] for c in REPORTED])
def test_reported_flashback_waits_for_its_referent(why: str, published: str, body: str, pending: tuple[str, str, tuple[str, ...]]) -> None:
    mentions, _ = _run(published, body)
    assert [(m.expr, m.relation_spec, m.referent) for m in mentions if m.pending] == [pending], why


def test_reported_flashback_counts_from_a_referent_dated_in_the_article() -> None:
    mentions, _ = _run("2026-03-20", "The firm collapsed on March 2. The liquidator told the court on Monday that the trucks "
                                     "had been auctioned a week after the collapse.")
    assert [(m.expr, m.date.value, m.status) for m in mentions] == [
        ("March 2", "2026-03-02", "past"), ("Monday", "2026-03-16", "past"), ("a week after", "2026-03-09", "past")]


def test_a_part_of_the_day_with_its_event_stays() -> None:
    # "the night before the outage" (no "in" before it) still counts back from the outage
    mentions, _ = _run("2026-03-20", "The outage hit the bank on Friday. Engineers had installed a faulty update the night "
                                     "before the outage.")
    assert [(m.expr, m.date.value) for m in mentions] == [("Friday", "2026-03-20"), ("the night before", "2026-03-19")]


@pytest.mark.parametrize(("text", "value"), [
    ("The board set it a fortnight ago.", "2025-W29"),
    ("They met two fortnights ago.", "2025-W27"),
    ("They met two weeks ago.", "2025-W29"),
])
def test_tagger_counts_a_fortnight_as_two_weeks(text: str, value: str) -> None:
    assert [e.value for e in tag(text, dt.date(2025, 7, 28))] == [value]
