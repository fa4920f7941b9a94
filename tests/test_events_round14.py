"""Round 14 of 'which dates are events' (issue 4): precision on figures dated by a period and on masthead lines.

Each row is a sentence of our own, not one of the eval sets'. The pipeline table: published, body, the
mentions kept as (expression, value, status), and the part of the reason of each expression dropped.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import extract
from timeline.model import Article
from timeline.tag import tag

PIPELINE: list[tuple[str, str, str, list[tuple[str, str, str]], dict[str, str]]] = [
    # what a company's or an office's figures show over a period
    ("'its accounts show profits fell in 2024'", "2026-03-10",
     "The mill blames the weather, but its accounts show repair spending dropped steeply in 2024.",
     [], {"2024": "what figures show"}),
    ("'the data show 9,000 claims open at the end of March'", "2026-05-10",
     "The agency says it is catching up; its data show 9,000 claims open at the end of March.",
     [], {"the end of March": "what figures show"}),
    ("'records show the mill was founded in 1902' stays (no figure)", "2026-03-10",
     "Parish records show the mill was founded in 1902.", [("1902", "1902", "past")], {}),
    # a share of a plural as the subject, also after a colon
    ("'only about 5% of such appeals succeeded last year'", "2026-03-10",
     "Lawyers say the odds are poor: only about 5% of such appeals succeeded last year.",
     [], {"last year": "a share as the subject"}),
    ("'Nearly 30% of the flights were cancelled in 2025'", "2026-03-10", "Nearly 30% of the flights were cancelled in 2025, the airline said.",
     [], {"2025": "a share as the subject"}),
    # money coming in or going out over a period
    ("'the festival brought the region 12 million euros in 2025'", "2026-03-10",
     "Officials say the festival brought the region 12 million euros in 2025.", [], {"2025": "money over a period"}),
    ("'the appeal raised 4.2 million crowns last year'", "2026-03-10", "The hospice appeal raised 4.2 million crowns last year.",
     [], {"last year": "money over a period"}),
    ("'raised 20 million euros in 2024 from investors' stays (one raise)", "2026-03-10",
     "The start-up raised 20 million euros in 2024 from three investors.", [("2024", "2024", "past")], {}),
    ("'spent 3 million crowns in 2022 on new pumps' stays (one purchase)", "2026-03-10",
     "The utility spent 3 million crowns in 2022 on new pumps.", [("2022", "2022", "past")], {}),
    ("'raised 2 million euros in late 2024' stays (a narrower time)", "2026-03-10",
     "The club raised 2 million euros in late 2024.", [("late 2024", "2024", "past")], {}),
    # a price at a period
    ("'a ticket that cost 12 euros in January now costs 15'", "2026-03-10",
     "A ticket that cost 12 euros in January now costs 15 euros.", [], {"January": "a price at a period"}),
    ("'a litre of milk cost $1.20 in 2024'", "2026-03-10", "A litre of milk cost $1.20 in 2024, against $1.45 now.",
     [], {"2024": "a price at a period"}),
    # a live blog's or a newsletter's masthead line (the heading's day not joined with the next entry's stamp)
    ("'Harbour Courier live blog, Tuesday'", "2026-06-09",
     "LIVE: floods - latest\n\nHarbour Courier live blog, Tuesday\n\n09:05 Good morning. The river is still rising.",
     [], {"Tuesday": "masthead line", "09:05": "time stamp of a live-blog entry"}),
    ("'Weekly newsletter | Monday briefing'", "2026-06-09",
     "Mill Town Weekly newsletter | Monday briefing\n\nThe mill reopened on Friday after the repairs.",
     [("Friday", "2026-06-05", "past")], {"Monday": "masthead line"}),
    ("'City Post live updates - Friday'", "2026-06-12", "City Post live updates - Friday\n\nThe count continues.",
     [], {"Friday": "masthead line"}),
    ("'Council issues bulletin on flood, Monday' stays (a headline's verb)", "2026-06-09",
     "Council issues bulletin on flood, Monday", [("Monday", "2026-06-08", "past")], {}),
    ("'The council published its briefing on Monday' stays", "2026-06-09",
     "The council published its briefing on Monday", [("Monday", "2026-06-08", "past")], {}),
    # a past act told right before its date, the figure only in the next conjunct
    ("'the tramway opened in 1911 and climbs 300 metres'", "2026-03-10",
     "The tramway opened in 1911 and climbs 300 metres over two kilometres.", [("1911", "1911", "past")], {}),
    ("'the channel was launched in 2004 and at its peak reached 9% of viewers'", "2026-03-10",
     "The channel was launched in 2004 and at its peak reached 9% of viewers.", [("2004", "2004", "past")], {}),
    ("'Sales rose in 2024 and profits fell 4%' stays a figure", "2026-03-10", "Sales rose in 2024 and profits fell 4%.",
     [], {"2024": "statistics"}),
    ("'was conducted in 2024 and found that 40% ...' stays a figure", "2026-03-10",
     "The poll was conducted in 2024 and found that 40% of adults smoke.", [], {"2024": "statistics"}),
    # a survey, an inspection or a study that found something (or was passed), dated in its own words
    ("'An inspection in 2022 found ...'", "2026-03-10", "An inspection in 2022 found that a third of the bridges needed repairs.",
     [("2022", "2022", "past")], {}),
    ("'A 2021 study by the university identified ...'", "2026-03-10",
     "A 2021 study by the university identified the dam as unsafe.", [("2021", "2021", "past")], {}),
    ("'had passed its annual inspection in October'", "2026-03-10",
     "The owners said the lift had passed its annual inspection in October.", [("October", "2025-10", "past")], {}),
    ("'In a survey carried out last year, 40% ...' stays a figure", "2026-03-10",
     "In a survey carried out last year, 40% of adults said they smoke.", [], {"last year": "statistics"}),
    ("'The 2025 survey of household spending shows ...' stays a figure", "2026-03-10",
     "The 2025 survey of household spending shows a rise in rents.", [], {"2025": "period figure"}),
    # a tally over a period with attended / published / reported (round 14's verbs of _TALLY)
    ("'Last year firefighters attended 212 fires'", "2026-03-10", "Last year firefighters attended 212 fires, most of them in August.",
     [], {"Last year": "a tally"}),
    ("'The press published 95 titles in 2025'", "2026-03-10", "The press published 95 titles in 2025 and employs 40 people.",
     [], {"2025": "a tally"}),
    ("'Insurers reported 48 such claims in 2025'", "2026-03-10", "Insurers reported 48 such claims in 2025, against 12 in 2020.",
     [], {"2025": "a tally"}),
    ("'The firm reported two deaths in March' stays (a few in a month: one report)", "2026-03-20",
     "The firm reported two deaths in March.", [("March", "2026-03", "past")], {}),
    # the release of results at a date is one act (not the results' period)
    ("'whose third-quarter results are due next month'", "2026-09-14",
     "The chain, whose third-quarter results are due next month, declined to comment.", [("next month", "2026-10", "planned")], {}),
    ("'will publish its annual results in March'", "2026-01-14", "The bank will publish its annual results in March.",
     [("March", "2026-03", "planned")], {}),
    ("'will report its results in the third quarter' stays a reporting period", "2026-01-14",
     "The group will report its results in the third quarter.", [], {"the third quarter": "reporting period"}),
    ("'Its results fell sharply last year' stays a figure", "2026-01-14", "Its results fell sharply last year.",
     [], {"last year": "reporting period"}),
]


def _run(published: str, body: str) -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    """The mentions kept (expression, value, status) and the reason of each expression dropped."""
    day = dt.date.fromisoformat(published)
    mentions, drops = extract(Article(id="a", path="a.md", title="T", body=body, published=day), tag(body, day))
    return [(m.expr, m.date.value, m.status) for m in mentions], {d.expression.text: d.reason for d in drops}


@pytest.mark.parametrize(("why", "published", "body", "kept", "dropped"), PIPELINE, ids=[row[0] for row in PIPELINE])
def test_round14(why: str, published: str, body: str, kept: list[tuple[str, str, str]], dropped: dict[str, str]) -> None:
    got, reasons = _run(published, body)
    assert got == kept
    assert {text: part for text, part in dropped.items() if part in reasons.get(text, "")} == dropped, reasons


@pytest.mark.parametrize(("body", "texts"), [
    ("Harbour Courier live blog, Tuesday\n\n09:05 Good morning.", ["Tuesday", "09:05"]),  # two paragraphs: two expressions
    ("The polls close on Tuesday at 21:00.", ["Tuesday at 21:00"]),  # one sentence: one
    ("The polls close on Tuesday\n21:00 is the hour.", ["Tuesday\n21:00"]),  # a line break inside a paragraph joins as before
])
def test_day_and_time_not_joined_across_blank_line(body: str, texts: list[str]) -> None:
    assert [e.text for e in tag(body, dt.date(2026, 6, 9))] == texts


@pytest.mark.parametrize(("body", "kept"), [
    # the headline repeated as the body's first line (plain or as a markdown heading): its event is told in the text
    ("Court hears appeal; ruling on Monday\n\nThe court heard the appeal on Friday and will rule on Monday.",
     [("Friday", "2025-09-12"), ("Monday", "2025-09-15")]),
    ("# Court hears appeal; ruling on Monday\n\nThe court heard the appeal on Friday.", [("Friday", "2025-09-12")]),
    # the same words further down are a sentence of the text
    ("The court sat late.\n\nCourt hears appeal; ruling on Monday", [("Monday", "2025-09-08")]),
])
def test_headline_repeated_in_body(body: str, kept: list[tuple[str, str]]) -> None:
    day = dt.date(2025, 9, 12)
    art = Article(id="a", path="a.md", title="Court hears appeal; ruling on Monday", body=body, published=day)
    mentions, _ = extract(art, tag(body, day))
    assert [(m.expr, m.date.value) for m in mentions] == kept
