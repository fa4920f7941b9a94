"""A coarse date framing a finer one of its own clause tells one event with it: the finer dates
it, the coarse one is dropped with its reason (timeline/events.py: ``_coarse_beside_finer``).
Whole pipeline on invented sentences; each row: the sentence, then the events (value, title)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.build import analyse_article
from timeline.events import FRAMED
from timeline.model import Article

ROWS = [
    pytest.param("Last year the pier was repaired in August 2025 at a cost of 2 million.",
                 [("2025-08", "past")], ["Last year"], id="last-year-in-august"),
    pytest.param("The council met last month, on January 14, to approve the plan.",
                 [("2026-01-14", "past")], ["last month"], id="last-month-on-a-day"),
    # two happenings, each its own conjunct
    pytest.param("The ward will stop admitting patients from March 2 and close completely at the end of March.",
                 [("2026-03-02", "planned"), ("2026-03", "planned")], [], id="two-conjuncts"),
    # a year naming another happening stays
    pytest.param("The 2025 accord expired on 3 January 2026.", [("2025", "past"), ("2026-01-03", "past")], [],
                 id="naming-year"),
    # different clauses
    pytest.param("The minister resigned last month, and the plant closed on January 14.",
                 [("2026-01", "past"), ("2026-01-14", "past")], [], id="two-clauses"),
]


@pytest.mark.parametrize(("sentence", "events", "framing"), ROWS)
def test_a_framing_date_and_the_finer_one_tell_one_event(sentence: str, events: list, framing: list) -> None:
    art = Article(id="a", path="a.md", title="T", body=sentence, published=dt.date(2026, 2, 5))
    analysis = analyse_article(art)
    assert [(m.date.value, m.status) for m in analysis.mentions] == events
    assert [d.expression.text for d in analysis.dropped if d.reason == FRAMED] == framing


def test_a_year_fronting_its_sentence_frames_its_day() -> None:
    """ "In 2024, the council closed the bridge on March 3": the day is 2024's (the tagger reads the
    framing year), and the year tells no event of its own (the day dates it)."""
    import datetime as dt

    from timeline.events import extract
    from timeline.model import Article
    from timeline.tag import tag

    body = "In 2024, the council closed the Ostvale bridge on March 3 after cracks were found."
    a = Article(id="y", path="y.md", title="Bridge", body=body, published=dt.date(2026, 3, 5))
    mentions, dropped = extract(a, tag(body, a.published))
    assert [(m.expr, m.date.value) for m in mentions] == [("March 3", "2024-03-03")]
    assert [d.expression.text for d in dropped] == ["2024"]
