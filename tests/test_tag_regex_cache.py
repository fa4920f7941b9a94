"""The tagger's compiled-pattern cache: a hit equals ``re.compile``, and any bad file or entry falls back."""

from __future__ import annotations

import marshal
import re

import pytest

from timeline.tag import rules


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_REGEX_CACHE", str(tmp_path))
    monkeypatch.setattr(rules, "_codes", None)
    monkeypatch.setattr(rules, "_dirty", False)
    return tmp_path


def _same(a: re.Pattern[str], b: re.Pattern[str], text: str) -> None:
    assert (a.pattern, a.flags, a.groups, dict(a.groupindex)) == (b.pattern, b.flags, b.groups, dict(b.groupindex))
    assert [m.groupdict() or m.groups() for m in a.finditer(text)] == [m.groupdict() or m.groups() for m in b.finditer(text)]


def test_round_trip(cache) -> None:
    pat, text = r"(?P<m>May|June)\s+(\d{1,2})(?i:\s+st)?", "May 5 and June 12 ST, May"
    first = rules.compile_regex(pat, re.I)
    rules.save_regex_cache()
    files = list(cache.iterdir())
    assert len(files) == 1
    rules._codes = None  # a new process
    second = rules.compile_regex(pat, re.I)
    assert not rules._dirty  # served from the file
    _same(first, re.compile(pat, re.I), text)
    _same(second, re.compile(pat, re.I), text)


def test_corrupt_file_and_entry_fall_back(cache) -> None:
    pat = r"\b(19|20)\d\d\b"
    rules.compile_regex(pat)
    rules.save_regex_cache()
    path = next(cache.iterdir())
    path.write_bytes(b"not marshal data")
    rules._codes = None
    _same(rules.compile_regex(pat), re.compile(pat), "in 1999 and 2025")
    entry = list(rules._codes[(pat, 0)])
    entry[1] = [999999, 1, 2]  # engine code _sre rejects
    path.write_bytes(marshal.dumps({(pat, 0): tuple(entry)}))
    rules._codes = None
    _same(rules.compile_regex(pat), re.compile(pat), "in 1999 and 2025")


def test_turned_off(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TIMELINE_REGEX_CACHE", "")
    monkeypatch.setattr(rules, "_codes", None)
    monkeypatch.setattr(rules, "_dirty", False)
    rules.compile_regex(r"x+y")
    rules.save_regex_cache()
    assert rules._cache_path() is None


@pytest.mark.parametrize("pat", [
    r"(?=[A-Z])(?<!\w)(May|June)\s+(\d+)",          # a one-character lookahead first
    r"(?<![\w-])(?:(?:about|some)\s+)?(\d+|two|an?)\s+(days?)",  # a lookbehind, an optional group
    r"(?<![\w-])(?i:(last|next)\s+)?(Monday|Tuesday)",  # case-insensitive letters first
    r"(?<![\w-])(?i:k\w+|s\w+|i\w+)",                 # letters re folds from non-ASCII ones
    r"\b(?:x?y*)(\d{2})",                             # optional items before a category
])
def test_start_set_finds_the_same_matches(cache, pat) -> None:
    text = ("May 5, xJune 6 about 12 days and some two days, an day; last monday, NEXT Tuesday, Monday "
            "\u212aelvin \u017fome \u0130stanbul \u0131n kilo Sun ix 42 yy77 \u0663\u0664")
    fast = rules.compile_regex(pat)
    assert rules._start_set_code(re._parser.parse(pat), 0) is not None  # the start set is used
    _same(fast, re.compile(pat), text)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in re.compile(pat).finditer(text)]
    assert [m.span() for m in fast.finditer(text.lower())] == [m.span() for m in re.compile(pat).finditer(text.lower())]


def test_start_set_not_derived() -> None:
    for pat in (r"(?<!x)[^a-z]y", r"(?=\w)x?", r"May|June", r"[ab]c", r"(?i)(?<!x)k"):  # negated set; empty; re's own prefix; re.I
        assert rules._start_set_code(re._parser.parse(pat), 0) is None, pat


@pytest.mark.parametrize("pat", [
    r"(a|ab)?(b)c",            # backtracking into the optional group, then leaving it out
    r"(?:x(y)|xy)?y(\d)?",     # a group set inside the optional one, then unset again
    r"((?:ab)?)c|(?:(a)b)?",   # an optional group that may match empty (left as a repeat)
    r"(?:(?i:the)\s+)?(\w+)(?:\s*,\s*(\d\d))?",
])
def test_optional_groups_find_the_same_matches(cache, pat) -> None:
    text = "abc abbc bc xyy xyy7 y3 ab c ac The cat, 12 the dog ,5"
    code = rules._sre_parse.parse(pat)
    rules._optional_as_branch(code.data)
    assert any(op is rules._sre_parse.BRANCH and not av[1][-1].data for op, av in code.data) \
        or "?)c" in pat  # (an alternation with an empty branch is made)
    _same(rules.compile_regex(pat), re.compile(pat), text)
    assert [m.span() for m in rules.compile_regex(pat).finditer(text)] == [m.span() for m in re.finditer(pat, text)]


@pytest.mark.parametrize("pat", [
    r"(?<!\w)(one|two|three|ten|twelve|twenty|t|seven|seventeen|seventy)(?:-(one|two))?\s+(days?)",
    r"(?:at\s+least|at\s+most|about|around|a|an)\s+(\w+)",       # the order within one first character kept
    r"(?i:ab|aB|Ab|cd|c)x",                                       # case-insensitive: left alone
])
def test_alternations_by_first_character_find_the_same_matches(cache, pat) -> None:
    text = "twelve days, t days, seventeen day, seventy-one days, seven days; at least ten, at most, an x, a b ABx abx cx CDx"
    _same(rules.compile_regex(pat), re.compile(pat), text)
    assert [m.span() for m in rules.compile_regex(pat).finditer(text)] == [m.span() for m in re.finditer(pat, text)]
