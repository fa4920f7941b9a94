"""The tagger engine's shortcuts give exactly what the plain way gives."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from timeline.model import TimeExpression
from timeline.tag import PARSERS, _expression, _value_parts, en

STORIES = sorted((Path(__file__).parent / "stories").glob("*/*.md"))


def test_expression_equals_the_dataclass_constructor() -> None:
    values = (3, 9, "May 5", "DATE", "2025-05-05", "day", "APPROX", "month-day-year", "2025-06-18", "past", "after",
              "P1D")
    fast = _expression(*values)
    plain = TimeExpression(**dict(zip(("start", "end", "text", "type", "value", "granularity", "mod", "rule", "anchor",
                                       "direction", "relation", "offset"), values)))
    assert type(fast) is TimeExpression
    assert fast == plain and hash(fast) == hash(plain)
    assert dataclasses.astuple(fast) == values
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.value = "2026"  # type: ignore[misc]


def test_value_parts() -> None:
    assert _value_parts("2025-05-05T14:30") == (2025, (2025, 5), __import__("datetime").date(2025, 5, 5))
    assert _value_parts("2025-02-30") == (2025, (2025, 2), None)
    assert _value_parts("2025-Q2") == (2025, None, None)
    assert _value_parts("PRESENT_REF") == ()


@pytest.mark.parametrize("parser", [p for p in PARSERS if p.digits], ids=lambda p: p.name)
def test_digit_parsers_only_match_with_a_digit_or_apostrophe(parser) -> None:
    """``Parser.digits`` lets the engine skip windows without [0-9']: no match may lack one."""
    texts = [f.read_text(encoding="utf-8") for f in STORIES] + [
        "On May 5, 2025 and 5-7 June, then June '98, May 2025 and Sept. 3rd through 9th, 2024, and 12 March 2024."]
    seen = 0
    for text in texts:
        for m in parser.pattern.compiled().finditer(text):
            seen += 1
            assert re.search(r"[0-9']", m[0]), (parser.name, m[0])
    assert seen > 0


@pytest.mark.parametrize("window", [
    "the end of the ", "officials said on Tuesday in EARLY ", "At The Very Beginning Of ", "the first few weeks of the ",
    "mid-", "later in the ", "ab\u017fout ", "the end of the ſ", "\u0130n early ", "ab\u0131ut", "nothing here",
    "ABOUT ", "roughly ", "no later than ", "Circa ", "x" * 40])
def test_folded_pattern_finds_what_the_case_insensitive_one_finds(window: str) -> None:
    for folded in (en.MOD_BEFORE, en.APPROX_BEFORE):
        a, b = folded.pattern.search(window), folded.search(window)
        assert (a is None) == (b is None)
        if a is not None and b is not None:
            assert a.span() == b.span()
            assert [g and g.lower() for g in a.groups()] == [g and g.lower() for g in b.groups()]
