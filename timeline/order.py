"""Stage 5: order events chronologically, with a documented place for coarse dates.

Each event sorts by a *placement day* inside its interval:

* no mod, or ``START``: the first day ("May 2025" sits at the start of May, before the
  events dated inside May: a coarse event heads its period, and its label says "May 2025");
* ``MID``: the middle day ("mid-2025" sits around 1 July 2025);
* ``END``: the first day of the last third ("late 2025" sits at 1 September 2025);
* ``APPROX``: the first day, like no mod.

Ties break, in order, by: coarser first (a month before the days it contains), the end of the
interval, past before planned, title, id. Every key is a plain value, so the order is total and
byte-reproducible: no dict or set iteration order, no clock.
"""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from .model import Event

__all__ = ["order", "placement", "sort_key"]

_RANK = {g: i for i, g in enumerate(("century", "decade", "year", "half", "season", "quarter", "month", "week", "day", "time"))}


def placement(event: Event) -> dt.date:
    """Return the day an event sorts at (see the module docstring)."""
    start, end = event.date.start, event.date.end
    span = (end - start).days
    if event.date.mod == "MID":
        return start + dt.timedelta(days=span // 2)
    if event.date.mod == "END":
        return start + dt.timedelta(days=(2 * (span + 1)) // 3)
    return start


def sort_key(event: Event) -> tuple[object, ...]:
    """The total order of events: placement day, coarse first, end, status, title, id."""
    return (
        placement(event),
        _RANK.get(event.date.granularity, -1),
        event.date.end,
        0 if event.status == "past" else 1,
        event.title,
        event.id,
    )


def order(events: Sequence[Event]) -> tuple[Event, ...]:
    """Return ``events`` in chronological order (stable, total, reproducible)."""
    return tuple(sorted(events, key=sort_key))
