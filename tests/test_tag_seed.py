"""The seed article (tests/fixtures/seeds/jaishankar-rubio-call.md, DCT 2026-01-13, a Tuesday)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.tag import tag
from timeline.model import TimeExpression

SEED = Path(__file__).parent / "fixtures" / "seeds" / "jaishankar-rubio-call.md"
DCT = dt.date(2026, 1, 13)


@pytest.fixture(scope="module")
def found() -> tuple[str, tuple[TimeExpression, ...]]:
    body = SEED.read_text(encoding="utf-8").split("---", 2)[2]
    return body, tag(body, DCT)


def _one(found: tuple[str, tuple[TimeExpression, ...]], text: str, nth: int = 0) -> TimeExpression:
    hits = [e for e in found[1] if e.text == text]
    assert len(hits) > nth, f"{text!r} not found: {[e.text for e in found[1]]}"
    return hits[nth]


def test_expected_values(found: tuple[str, tuple[TimeExpression, ...]]) -> None:
    first_tuesday = _one(found, "Tuesday", 0)
    assert (first_tuesday.type, first_tuesday.value) == ("DATE", "2026-01-13")  # "on Tuesday discussed": past, the DCT
    assert first_tuesday.direction == "past"
    second = _one(found, "Tuesday", 1)
    assert second.value == "2026-01-13"  # "would occur on Tuesday": reported future, said the day before
    assert second.direction == "future"
    assert [e.value for e in found[1] if e.text == "next month"] == ["2026-02", "2026-02"]
    decades = _one(found, "about two decades")
    assert (decades.type, decades.value, decades.mod) == ("DURATION", "P20Y", "APPROX")
    mid = _one(found, "mid-2025")
    assert (mid.value, mid.mod, mid.granularity) == ("2025", "MID", "year")
    assert _one(found, "last week").value == "2026-W02"
    assert _one(found, "2025").value == "2025"
    assert _one(found, "Monday").value == "2026-01-12"
    assert _one(found, "May 2025").value == "2025-05"
    assert _one(found, "several months").type == "DURATION"
    four = _one(found, "four-day")
    assert (four.type, four.value) == ("DURATION", "P4D")


def test_event_relative(found: tuple[str, tuple[TimeExpression, ...]]) -> None:
    e = _one(found, "a day after")
    assert (e.relation, e.offset) == ("after", "P1D")
    assert e.type == "DURATION"


def test_percentages_are_not_dates(found: tuple[str, tuple[TimeExpression, ...]]) -> None:
    body, exprs = found
    for e in exprs:
        assert "%" not in e.text
        assert e.text not in ("50", "25")


def test_spans(found: tuple[str, tuple[TimeExpression, ...]]) -> None:
    body, exprs = found
    for e in exprs:
        assert body[e.start:e.end] == e.text
