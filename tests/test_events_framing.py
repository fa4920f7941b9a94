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
