"""Chronological order with a documented place for coarse dates (timeline/order.py)."""

from __future__ import annotations

import itertools
import json

from timeline import timex
from timeline.model import Event
from timeline.order import order, placement


def ev(id: str, value: str, mod: str | None = None, status: str = "past", title: str = "x") -> Event:
    return Event(id=id, date=timex.date_value(value, mod), status=status, title=title, mentions=())  # type: ignore[arg-type]


def test_chronological_with_coarse_first_in_its_period() -> None:
    events = [ev("d", "2025-05-12"), ev("m", "2025-05"), ev("y", "2025"), ev("w", "2025-W20"), ev("e", "2024-12-31")]
    assert [e.id for e in order(events)] == ["e", "y", "m", "w", "d"]


def test_mid_year_sits_in_the_middle() -> None:
    events = [ev("mid", "2025", "MID"), ev("may", "2025-05"), ev("aug", "2025-08-01")]
    assert [e.id for e in order(events)] == ["may", "mid", "aug"]
    assert placement(events[0]).isoformat() == "2025-07-02"


def test_late_year_sits_after_its_first_two_thirds() -> None:
    assert placement(ev("late", "2025", "END")).month == 9


def test_ties_break_by_status_title_id() -> None:
    a = ev("b-id", "2026-01-13", status="planned", title="A")
    b = ev("a-id", "2026-01-13", status="past", title="Z")
    c = ev("c-id", "2026-01-13", status="past", title="M")
    assert [e.id for e in order([a, b, c])] == ["c-id", "a-id", "b-id"]


def test_order_is_total_and_reproducible() -> None:
    events = [ev("1", "2025-05"), ev("2", "2025-05-01"), ev("3", "2025"), ev("4", "2025-05", status="planned"), ev("5", "2025-Q2")]
    outputs = {json.dumps([e.id for e in order(p)]) for p in itertools.permutations(events)}
    assert len(outputs) == 1
