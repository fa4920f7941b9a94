"""Stage 5: order events chronologically (PLACEHOLDER, replaced by issue 4)."""

from __future__ import annotations

from typing import Sequence

from .model import Event


def order(events: Sequence[Event]) -> tuple[Event, ...]:
    """Sort by interval start, then end, then id."""
    return tuple(sorted(events, key=lambda e: (e.date.start, e.date.end, e.id)))
