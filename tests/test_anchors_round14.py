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
    ("'in the six months before the explosion': a span", "2026-03-20",
     "The dam burst on March 10. Leaks at the wall had been logged on 37 occasions in the six months before the explosion.",
     [("March 10", "2026-03-10", "past")], {"six months before": "a span"}),
    ("'during the two weeks after the flood': a span", "2026-03-20",
     "The dam burst on March 10. Crews worked day and night during the two weeks after the flood.",
     [("March 10", "2026-03-10", "past")], {"two weeks after": "a span"}),
    # "N ago" of a fortnight: two weeks back from publication, to the day (as "two weeks ago")
    ("'set a fortnight ago'", "2025-07-28", "The board met its deadline, set a fortnight ago after it admitted the error.",
     [("a fortnight ago", "2025-07-14", "past")], {}),
]

def _run(published: str, body: str) -> tuple[list[Mention], dict[str, str]]:
    """The mentions kept (in text order) and each dropped expression's reason."""
    day = dt.date.fromisoformat(published)
    mentions, drops = extract(Article(id="a", path="a.md", title="T", body=body, published=day), tag(body, day))
    return list(mentions), {d.expression.text: d.reason for d in drops}


@pytest.mark.parametrize(("why", "published", "body", "kept", "dropped"), PIPELINE, ids=[c[0] for c in PIPELINE])
def test_round14_anchors(why: str, published: str, body: str, kept: list[tuple[str, str, str]], dropped: dict[str, str]) -> None:
    mentions, reasons = _run(published, body)
    assert [(m.expr, m.date.value, m.status) for m in mentions] == kept, why
    assert {text: part for text, part in dropped.items() if part in reasons.get(text, "")} == dropped, reasons


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
