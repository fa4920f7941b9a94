"""Property tests: any text and any DCT -> no crash, spans inside the text, well-formed values."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.tag import tag
from timeline.timex import is_calendar

# Words and shapes the tagger reacts to, so random text often reaches the rules.
VOCAB = [
    "May", "March", "may", "march", "June", "Jan.", "Sept.", "Monday", "Tuesday", "last", "next", "this", "week",
    "month", "year", "years", "days", "ago", "later", "earlier", "after", "before", "the", "of", "in", "on", "at",
    "mid-", "early", "late", "end", "beginning", "a", "two", "several", "about", "2025", "1999", "13", "31", "0",
    "2,025", "45-year-old", "%", "$", "p.m.", "a.m.", "noon", "15:00", "GMT", "fiscal", "FY25", "Q3", "H1",
    "quarter", "half", "summer", "winter", "1990s", "'80s", "20th", "century", "Christmas", "Easter", "today",
    "yesterday", "tomorrow", "tonight", "now", "recently", "every", "daily", "-", "/", ".", ",", "\n", "(", ")",
    "2026-01-13", "1/2/2025", "31.12.2024", "week 53", "2025-W53", "Feb. 29", "February 30", "9999", "0001",
    "from", "to", "between", "and", "until", "will", "would", "said", "the day", "that year", "following",
]
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(VOCAB), max_size=60).map(" ".join),
    st.lists(st.one_of(st.sampled_from(VOCAB), st.text(max_size=5)), max_size=40).map("".join),
)
DCTS = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
                 st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))

ISO_DURATION = re.compile(r"^P(?:T?(?:\d+(?:\.\d+)?|X)[YMWDHSQ])+$|^P(?:\d+(?:\.\d+)?|X)[YMWDQ]T(?:\d+|X)[HMS]$")
REF = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
FISCAL = re.compile(r"^FY(?:\d{4}|XXXX)(?:-Q[1-4])?$")


def well_formed(e_type: str, value: str) -> bool:
    """The value forms the tagger may emit (documented in docs/tagger.md)."""
    if e_type in ("DATE", "TIME"):
        return value in REF or "X" in value or is_calendar(value) or bool(FISCAL.match(value))
    if e_type == "DURATION":
        return bool(ISO_DURATION.match(value))
    if e_type == "SET":
        return bool(ISO_DURATION.match(value)) or value.startswith("XXXX")
    return False


@settings(max_examples=400, deadline=None)
@given(TEXTS, DCTS)
def test_never_crashes_and_spans_are_sound(text: str, dct: dt.date | None) -> None:
    got = tag(text, dct)
    last_end = 0
    for e in got:
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start:e.end] == e.text
        assert e.start >= last_end, "overlapping or out of order"
        last_end = e.end
        assert e.type in ("DATE", "TIME", "DURATION", "SET")
        assert well_formed(e.type, e.value), (e.text, e.type, e.value, e.rule)
        assert e.rule
        if dct is None and e.type in ("DATE", "TIME") and e.anchor is not None:
            assert e.anchor[:1].isdigit()
        if e.relation is not None:
            assert e.relation in ("before", "after")
        if e.offset is not None:
            assert ISO_DURATION.match(e.offset), e.offset


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(VOCAB), max_size=40).map(" ".join))
def test_without_dct_nothing_is_guessed(text: str) -> None:
    for e in tag(text, None):
        if e.type in ("DATE", "TIME") and e.anchor is not None:
            # anchored on the text's own dates only, never on a made-up DCT
            assert e.rule


def test_every_table_pattern_compiles() -> None:
    """Patterns compile lazily; make sure each one (and its lower-cased twin) is valid."""
    from timeline.tag import PARSERS

    for p in PARSERS:
        p.pattern.compiled()
        if p.lowered is not None:
            p.lowered.compiled()
