"""TIMEX3 values as calendar intervals and human labels (no stage logic; used by every stage).

A value keeps its precision: ``2025-05`` is the whole of May 2025, never 1 May. The
interval of a value is the span of days it covers, both ends inclusive.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .model import DateValue

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """``calendar.monthrange(year, month)[1]`` without importing ``calendar`` (and ``locale``:
    ~1.5 ms of every fresh process's start-up); ValueError for a month outside 1-12, as there."""
    if not 1 <= month <= 12:
        raise ValueError(f"bad month number {month}; must be 1-12")
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month]

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SEASONS = {"SP": ("spring", 3), "SU": ("summer", 6), "FA": ("autumn", 9), "WI": ("winter", 12)}
PARTS_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}

_VALUE = re.compile(
    r"""^(?:
      (?P<year>\d{4})
      (?:-(?:
          Q(?P<quarter>[1-4])
        | H(?P<half>[12])
        | (?P<season>SP|SU|FA|WI)
        | W(?P<week>\d{2})
        | (?P<month>\d{2})(?:-(?P<day>\d{2})(?:T(?P<time>\d{2}(?::\d{2}){0,2}|MO|MI|AF|EV|NI|DT))?)?
      ))?
    | (?P<decade>\d{3})
    | (?P<century>\d{2})
    )$""",
    re.VERBOSE,
)


class BadValue(ValueError):
    """A string that is not a calendar TIMEX3 value this module understands."""


def ordinal_suffix(n: int) -> str:
    """The English ordinal suffix of a number: 1st, 2nd, 3rd, 4th, 11th, 22nd."""
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _ordinal(n: int) -> str:
    return f"{n}{ordinal_suffix(n)}"


@lru_cache(maxsize=4096)
def parse(value: str) -> tuple[dt.date, dt.date, str]:
    """Return ``(first_day, last_day, granularity)`` of a single TIMEX3 calendar value.

    Raises:
        BadValue: for durations, sets, references (``PRESENT_REF``) and malformed values.
    """
    m = _VALUE.match(value)
    if not m:
        raise BadValue(f"not a calendar value: {value!r}")
    try:
        if m["century"]:
            c = int(m["century"])
            return dt.date(max(1, c * 100), 1, 1), dt.date(c * 100 + 99, 12, 31), "century"
        if m["decade"]:
            d = int(m["decade"])
            return dt.date(max(1, d * 10), 1, 1), dt.date(d * 10 + 9, 12, 31), "decade"
        year = int(m["year"])
        if year < 1:
            raise BadValue(f"year 0 in {value!r}")
        if m["quarter"]:
            q = int(m["quarter"])
            first = dt.date(year, 3 * q - 2, 1)
            last_month = 3 * q
            return first, dt.date(year, last_month, days_in_month(year, last_month)), "quarter"
        if m["half"]:
            h = int(m["half"])
            return (dt.date(year, 1, 1), dt.date(year, 6, 30), "half") if h == 1 else (
                dt.date(year, 7, 1), dt.date(year, 12, 31), "half")
        if m["season"]:
            start_month = SEASONS[m["season"]][1]
            first = dt.date(year, start_month, 1)
            if m["season"] == "WI":
                if year >= 9999:
                    raise BadValue(f"winter of the last year: {value!r}")
                last = dt.date(year + 1, 3, 1) - dt.timedelta(days=1)
            else:
                last = dt.date(year, start_month + 2, days_in_month(year, start_month + 2))
            return first, last, "season"
        if m["week"]:
            w = int(m["week"])
            first = dt.date.fromisocalendar(year, w, 1)
            return first, first + dt.timedelta(days=6), "week"
        if m["month"]:
            month = int(m["month"])
            if m["day"]:
                day = dt.date(year, month, int(m["day"]))
                return day, day, "time" if m["time"] else "day"
            return dt.date(year, month, 1), dt.date(year, month, days_in_month(year, month)), "month"
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    except (ValueError, OverflowError) as err:
        raise BadValue(f"impossible date in {value!r}: {err}") from err


def interval(value: str) -> tuple[dt.date, dt.date]:
    """Return the first and last day covered by a value or a ``START/END`` range."""
    if "/" in value:
        a, b = value.split("/", 1)
        first, _, _ = parse(a)
        _, last, _ = parse(b)
        if last < first:
            raise BadValue(f"range ends before it starts: {value!r}")
        return first, last
    first, last, _ = parse(value)
    return first, last


def granularity(value: str) -> str:
    """Return the granularity of a value (a range has the granularity of its start)."""
    return parse(value.split("/", 1)[0])[2]


def is_calendar(value: str) -> bool:
    """True when ``value`` is a calendar value or range this module can place on a timeline."""
    try:
        interval(value)
    except BadValue:
        return False
    return True


def _label_one(value: str, mod: str | None = None) -> str:
    first, last, gran = parse(value)
    m = _VALUE.match(value)
    assert m is not None
    if gran == "century":
        base = f"the {_ordinal(int(m['century']) + 1)} century"
    elif gran == "decade":
        base = f"the {int(m['decade']) * 10}s"
    elif gran == "year":
        base = str(first.year)
    elif gran == "half":
        base = f"{'first' if m['half'] == '1' else 'second'} half of {first.year}"
    elif gran == "quarter":
        base = f"Q{m['quarter']} {first.year}"
    elif gran == "season":
        base = f"{SEASONS[m['season']][0]} {first.year}"
    elif gran == "month":
        base = f"{MONTHS[first.month - 1]} {first.year}"
    elif gran == "week":
        base = f"week of {first.day} {MONTHS[first.month - 1]} {first.year}"
    else:
        base = f"{WEEKDAYS[first.weekday()]} {first.day} {MONTHS[first.month - 1]} {first.year}"
        if gran == "time":
            t = m["time"]
            base += f", {PARTS_OF_DAY.get(t, t)}"
    if mod == "MID":
        return f"mid-{base}" if gran in ("year", "decade", "month") else f"middle of {base}"
    if mod == "START":
        return f"early {base}"
    if mod == "END":
        return f"late {base}"
    if mod == "APPROX":
        return f"about {base}"
    if mod in ("BEFORE", "ON_OR_BEFORE"):
        return f"before {base}"
    if mod in ("AFTER", "ON_OR_AFTER"):
        return f"after {base}"
    return base


def label(value: str, mod: str | None = None) -> str:
    """Return the human label of a value, honest about its precision.

    >>> label("2025", "MID")
    'mid-2025'
    >>> label("2026-01-12")
    'Monday 12 January 2026'
    """
    if "/" in value:
        a, b = value.split("/", 1)
        return f"{_label_one(a)} – {_label_one(b)}"
    return _label_one(value, mod)


def date_value(value: str, mod: str | None = None) -> DateValue:
    """Build a DateValue (interval, granularity and label) from a TIMEX3 value.

    Raises:
        BadValue: when the value is not a calendar value or range.
    """
    first, last = interval(value)
    return DateValue(
        value=value,
        granularity=granularity(value),
        mod=mod,
        label=label(value, mod),
        start=first,
        end=last,
    )


def start_iso(value: str) -> str:
    """Return the ISO date of the first day of a value (for ``<time datetime>``)."""
    return interval(value)[0].isoformat()
