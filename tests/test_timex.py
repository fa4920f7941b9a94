"""TIMEX3 values as day intervals and honest labels (timeline/timex.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import timex

D = dt.date
CASES = [
    # value, mod, first day, last day, granularity, label
    ("2025", "MID", D(2025, 1, 1), D(2025, 12, 31), "year", "mid-2025"),
    ("2025-05", None, D(2025, 5, 1), D(2025, 5, 31), "month", "May 2025"),
    ("2024-02", "END", D(2024, 2, 1), D(2024, 2, 29), "month", "late February 2024"),
    ("2026-01-12", None, D(2026, 1, 12), D(2026, 1, 12), "day", "Monday 12 January 2026"),
    ("2026-W02", None, D(2026, 1, 5), D(2026, 1, 11), "week", "week of 5 January 2026"),
    ("2025-Q2", None, D(2025, 4, 1), D(2025, 6, 30), "quarter", "Q2 2025"),
    ("2025-H2", "START", D(2025, 7, 1), D(2025, 12, 31), "half", "early second half of 2025"),
    ("2025-SU", None, D(2025, 6, 1), D(2025, 8, 31), "season", "summer 2025"),
    ("2025-WI", None, D(2025, 12, 1), D(2026, 2, 28), "season", "winter 2025"),
    ("199", None, D(1990, 1, 1), D(1999, 12, 31), "decade", "the 1990s"),
    ("20", None, D(2000, 1, 1), D(2099, 12, 31), "century", "the 21st century"),
    ("2026-01-13TEV", None, D(2026, 1, 13), D(2026, 1, 13), "time", "Tuesday 13 January 2026, evening"),
    ("2025-06-03/2025-06-05", None, D(2025, 6, 3), D(2025, 6, 5), "day",
     "Tuesday 3 June 2025 – Thursday 5 June 2025"),
]


@pytest.mark.parametrize(("value", "mod", "first", "last", "gran", "label"), CASES, ids=[c[0] for c in CASES])
def test_value(value: str, mod: str | None, first: dt.date, last: dt.date, gran: str, label: str) -> None:
    dv = timex.date_value(value, mod)
    assert (dv.start, dv.end, dv.granularity, dv.label) == (first, last, gran, label)


@pytest.mark.parametrize("value", ["P3D", "PRESENT_REF", "2025-02-30", "2025-13", "XXXX-05", "FY2025", "2025-06-05/2025-06-03", "0000", ""])
def test_not_calendar(value: str) -> None:
    assert not timex.is_calendar(value)
    with pytest.raises(timex.BadValue):
        timex.date_value(value)
