"""The two kinds of tagger rules: parsers find candidates, refiners filter and merge them.

Chrono's design: an ordered list of parsers, each a pattern and a function from the
match to components, then an ordered list of refiners over all candidates. The English
tables (``en.py``) list both in order; the engine (``__init__.py``) runs them.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

try:  # the regex engine's own compiler (``re`` compiles in pure Python, then hands the code to _sre)
    import _sre
    from re import _compiler as _sre_compile
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - another interpreter: plain re.compile
    _sre = None  # type: ignore[assignment]

from .resolve import Cand

# ---------------------------------------------------------------- compiled-pattern cache
#
# ``re`` parses and compiles a pattern in pure Python (~0.2 ms for a small one, over 1 ms for
# the big tables): the tagger's ~110 patterns cost ~25 ms in every fresh process, as much as
# tagging 100 KB. Like the bytecode cache, the compiled engine code of each pattern is kept in
# a file (marshal: lists of ints) and handed straight to ``_sre.compile`` next time. The file
# is keyed by the interpreter and the engine's version (``_sre.MAGIC``); entries by pattern
# text and flags, so an edited pattern is simply a miss. Any problem (no file, unwritable
# folder, another Python, a corrupt entry that ``_sre`` rejects) falls back to ``re.compile``.
# ``TIMELINE_REGEX_CACHE=DIR`` moves the file, ``TIMELINE_REGEX_CACHE=`` (empty) turns it off.

_codes: dict[tuple[str, int], tuple] | None = None
_dirty = False
_MAX_ENTRIES = 4000


def _cache_path() -> str | None:
    if _sre is None:
        return None
    folder = os.environ.get("TIMELINE_REGEX_CACHE")
    if folder == "":
        return None
    if folder is None:
        home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(home, "timeline")
    tag = sys.implementation.cache_tag or "python"
    return os.path.join(folder, f"tag-regex-{tag}-{_sre.MAGIC}-{_sre.CODESIZE}-5.marshal")


def _load_codes() -> dict[tuple[str, int], tuple]:
    global _codes
    if _codes is None:
        _codes = {}
        path = _cache_path()
        if path:
            try:
                with open(path, "rb") as f:
                    data = marshal.loads(f.read())  # (marshal.load reads a file object piece by piece: slow)
                if isinstance(data, dict) and len(data) <= _MAX_ENTRIES:
                    _codes = data
            except (OSError, ValueError, EOFError, TypeError):
                pass
    return _codes


def compile_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile``, with the engine code cached across processes (see above)."""
    global _dirty
    flags = int(flags)
    if _sre is None:
        return re.compile(pattern, flags)
    codes = _load_codes()
    key = (pattern, flags)
    hit = codes.get(key)
    if hit is not None:
        try:
            return _sre.compile(pattern, *hit)
        except Exception:  # noqa: BLE001 - a stale or corrupt entry: compile afresh
            pass
    try:
        # what re._compiler.compile does, keeping the pieces
        p = _sre_parse.parse(pattern, flags)
        _optional_as_branch(p.data)
        _branches_by_first_char(p.data, bool(flags & re.IGNORECASE))
        code = _start_set_code(p, flags) or _sre_compile._code(p, flags)
        groupindex = dict(p.state.groupdict)
        indexgroup: list[str | None] = [None] * p.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        # plain ints (the opcodes are an int subclass, which marshal refuses)
        entry = (int(flags | p.state.flags), [int(x) for x in code], int(p.state.groups - 1), groupindex,
                 tuple(indexgroup))
        compiled = _sre.compile(pattern, *entry)
    except Exception:  # noqa: BLE001 - the private compiler changed: the public one
        return re.compile(pattern, flags)
    codes[key] = entry
    _dirty = True
    return compiled


#: Every character ``re`` matches for an ASCII letter under ``(?i:...)`` (K: also the Kelvin sign...).
_FOLDS: dict[int, tuple[int, ...]] = {}


def _folds(c: int) -> tuple[int, ...] | None:
    """The characters ``re`` matches for ``c`` under ``(?i:...)`` (None: a non-ASCII cased one, not handled)."""
    if not _sre.unicode_iscased(c):
        return (c,)
    if c >= 0x80:
        return None
    if not _FOLDS:  # (once, on a compile-cache miss: ~30 ms)
        from re._casefix import _EXTRA_CASES
        tolower = _sre.unicode_tolower
        for x in range(0x10000):
            lo = tolower(x)
            if lo < 0x80 and _sre.unicode_iscased(lo):
                _FOLDS[lo] = _FOLDS.get(lo, ()) + (x,)
        for lo in list(_FOLDS):
            _FOLDS[lo] += _EXTRA_CASES.get(lo, ())
    return _FOLDS[_sre.unicode_tolower(c)]


def _first_chars(data, icase: bool) -> tuple[list | None, bool]:  # type: ignore[no-untyped-def]
    """The character-set items a match of the parsed ``data`` can start with (None: any character),
    and whether ``data`` can match the empty string."""
    P = _sre_parse
    out: list = []
    for op, av in data:
        if op is P.AT or op is P.ASSERT or op is P.ASSERT_NOT:
            continue  # zero width
        if op is P.LITERAL:
            chars = _folds(av) if icase else (av,)
            if chars is None:
                return None, False
            out += [(P.LITERAL, c) for c in chars]
            return out, False
        if op is P.IN:
            for o, a in av:
                if o is P.LITERAL or o is P.RANGE and a[1] - a[0] < 128:
                    for c in ((a,) if o is P.LITERAL else range(a[0], a[1] + 1)):
                        chars = _folds(c) if icase else (c,)
                        if chars is None:
                            return None, False
                        out += [(P.LITERAL, x) for x in chars]
                elif o is P.CATEGORY and a in (P.CATEGORY_DIGIT, P.CATEGORY_WORD, P.CATEGORY_SPACE):
                    out.append((o, a))  # (case-free; compiled for the pattern's flags: Unicode digits...)
                else:
                    return None, False  # a negated set, another category...
            return out, False
        if op is P.SUBPATTERN:
            _group, add, delete, sub = av
            sub_icase = (icase or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE
            chars, empty = _first_chars(sub.data, sub_icase)
        elif op is P.ATOMIC_GROUP:
            chars, empty = _first_chars(av.data, icase)
        elif op is P.BRANCH:
            chars, empty = [], False
            for alt in av[1]:
                c, e = _first_chars(alt.data, icase)
                if c is None:
                    return None, False
                chars += c
                empty = empty or e
        elif op is P.MAX_REPEAT or op is P.MIN_REPEAT or op is P.POSSESSIVE_REPEAT:
            lo, _hi, sub = av
            chars, empty = _first_chars(sub.data, icase)
            empty = empty or lo == 0
        else:
            return None, False  # any character, a back reference...
        if chars is None:
            return None, False
        out += chars
        if not empty:
            return out, False
    return out, True


def _drop_redundant_lookahead(p, charset: list) -> None:  # type: ignore[no-untyped-def]
    """Drop a leading one-character lookahead (``(?=[A-Z0-9t])``) that the start set already
    implies: every match starts with a character of the set, and each one passes the lookahead
    (a sub-match of its own at every position the search tries)."""
    P = _sre_parse
    op, av = p.data[0]
    if op is not P.ASSERT or av[0] != 1 or len(av[1].data) != 1:
        return
    lop, lav = av[1].data[0]
    items = [(lop, lav)] if lop is P.LITERAL else list(lav) if lop is P.IN else None
    if not items or any(o is not P.LITERAL and o is not P.RANGE for o, _ in items):
        return
    allowed = {a for o, a in items if o is P.LITERAL}
    ranges = [a for o, a in items if o is P.RANGE]
    for o, a in charset:
        if not (o is P.LITERAL and (a in allowed or any(lo <= a <= hi for lo, hi in ranges))):
            return
    del p.data[0]


def _optional_as_branch(data) -> None:  # type: ignore[no-untyped-def]
    """Rewrite each optional group that always consumes something, ``(?:X)?``, as ``(?:X|)``.

    ``re`` runs a ``?`` on anything wider than one character through its general repeat
    machinery (a repeat context, then an "until" step that counts iterations); an alternation
    with an empty second branch tries the same two things in the same order -- ``X`` and
    what follows, backtracking into ``X``, then nothing and what follows -- at a fraction of
    the cost. (Groups that can match the empty string are left alone: the repeat treats an
    empty iteration specially.)
    """
    P = _sre_parse
    for i, (op, av) in enumerate(data):
        if op is P.MAX_REPEAT or op is P.MIN_REPEAT or op is P.POSSESSIVE_REPEAT:
            _optional_as_branch(av[2].data)
            if op is P.MAX_REPEAT and av[0] == 0 and av[1] == 1 and not _sre_compile._simple(av[2]) \
                    and av[2].getwidth()[0] > 0:
                data[i] = (P.BRANCH, (None, [av[2], P.SubPattern(av[2].state, [])]))
        elif op is P.SUBPATTERN:
            _optional_as_branch(av[3].data)
        elif op is P.BRANCH:
            for alt in av[1]:
                _optional_as_branch(alt.data)
        elif op is P.ASSERT or op is P.ASSERT_NOT:
            _optional_as_branch(av[1].data)
        elif op is P.ATOMIC_GROUP:
            _optional_as_branch(av.data)


def _branches_by_first_char(data, icase: bool) -> None:  # type: ignore[no-untyped-def]
    """Rewrite each alternation of branches that all start with a literal character as one branch
    per first character, ``(?:one|two|ten|twelve)`` as ``(?:o(?:ne)|t(?:wo|en|welve))``.

    ``re`` tests an alternation's branches in turn (a quick test of each one's first character:
    ~40 for the tagger's number words, at every word a pattern is tried at). Branches that start
    with different characters never both match at one position, so only the order of those
    sharing their first character matters, and it is kept. (Not under ``(?i:...)``, where two
    different characters can match the same one.)
    """
    P = _sre_parse
    for i, (op, av) in enumerate(data):
        if op is P.SUBPATTERN:
            _branches_by_first_char(av[3].data, (icase or bool(av[1] & re.IGNORECASE)) and not av[2] & re.IGNORECASE)
        elif op is P.MAX_REPEAT or op is P.MIN_REPEAT or op is P.POSSESSIVE_REPEAT:
            _branches_by_first_char(av[2].data, icase)
        elif op is P.ASSERT or op is P.ASSERT_NOT:
            _branches_by_first_char(av[1].data, icase)
        elif op is P.ATOMIC_GROUP:
            _branches_by_first_char(av.data, icase)
        elif op is P.BRANCH:
            alts = av[1]
            for alt in alts:
                _branches_by_first_char(alt.data, icase)
            if icase or len(alts) < 4 or not all(alt.data and alt.data[0][0] is P.LITERAL for alt in alts):
                continue
            groups: dict[int, list] = {}
            for alt in alts:
                groups.setdefault(alt.data[0][1], []).append(alt)
            if len(groups) == len(alts):
                continue
            new = []
            for ch, members in groups.items():
                if len(members) == 1:
                    new.append(members[0])
                else:
                    rests = [P.SubPattern(m.state, m.data[1:]) for m in members]
                    new.append(P.SubPattern(members[0].state, [(P.LITERAL, ch), (P.BRANCH, (None, rests))]))
            data[i] = (P.BRANCH, (None, new))


def _start_set_code(p, flags: int) -> list[int] | None:  # type: ignore[no-untyped-def]
    """Engine code for a pattern whose first consumed item ``re`` cannot use as a start set,
    with the set of characters its matches can start with as the search's start set (None: no
    such set, or ``re`` finds one itself).

    ``re`` derives a start set only from a pattern's first item (a literal, a character class,
    an alternation of literals). A pattern that opens with a lookaround (``(?<![\\w-])``,
    ``(?=[A-Z0-9t])``) or an optional group gets none: the search then tries a full match at
    every position of the text (each lookaround a sub-match of its own), several times slower
    than testing one character. Every match starts with a character of the set computed here
    (zero-width items skipped, optional items' first characters added, case-insensitive letters
    with every character ``re`` folds to them), so searching only from those positions finds
    exactly the same matches.
    """
    flags = p.state.flags | flags
    if not p.data or flags & (re.IGNORECASE | re.LOCALE):
        return None
    lo, hi = p.getwidth()
    if lo == 0:
        return None
    prefix, _skip, _all = _sre_compile._get_literal_prefix(p, flags)
    if prefix or _sre_compile._get_charset_prefix(p, flags):
        return None
    charset, empty = _first_chars(p.data, False)
    if charset is None or empty:
        return None
    _drop_redundant_lookahead(p, charset)
    charset, hascased = _sre_compile._optimize_charset(charset)
    if hascased:
        return None
    code: list[int] = [_sre_compile.INFO, 0, _sre_compile.SRE_INFO_CHARSET, min(lo, _sre_compile.MAXCODE),
                       min(hi, _sre_compile.MAXCODE)]
    _sre_compile._compile_charset(charset, flags, code)
    code[1] = len(code) - 1
    plain = _sre_compile._code(p, flags)
    return code + plain[1 + plain[1]:]


def cached_text(key: str, make: Callable[[], str]) -> str:
    """``make()``, kept in the compiled-pattern cache under ``key`` (which must name every input
    of ``make``): for a pattern text that is costly to derive, such as the trigger-word trie
    (~0.8 ms of every fresh process). Entries sit beside the patterns' with flags -1, which no
    pattern has; like them, a missing or odd entry is simply made afresh."""
    global _dirty
    codes = _load_codes() if _sre is not None else {}
    hit = codes.get((key, -1))
    if isinstance(hit, tuple) and len(hit) == 1 and isinstance(hit[0], str):
        return hit[0]
    made = make()
    if _sre is not None:
        codes[(key, -1)] = (made,)
        _dirty = True
    return made


def save_regex_cache() -> None:
    """Write the compiled-pattern cache if this process compiled a pattern it did not have."""
    global _dirty
    if not _dirty:
        return
    _dirty = False
    path = _cache_path()
    if not path or _codes is None:
        return
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as f:
            f.write(marshal.dumps(_codes if len(_codes) <= _MAX_ENTRIES else {}))
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass


class LazyPattern:
    """A regex compiled on first use: start-up only pays for the patterns a run needs.

    (``re`` compiles in pure Python; the tables' big patterns cost tens of milliseconds,
    which matters for ``timeline tag`` on one short article.)
    """

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = compile_regex(self.pattern, self.flags)
        return self._compiled

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

def lowered_source(src: str, name: str = "") -> str:
    """A case-insensitive pattern's text for the lower-cased text: lower-cased, without ``(?i:``."""
    if re.search(r"\\[A-Z]|A-Z", src):
        raise ValueError(f"pattern {name or src!r}: upper-case escapes and classes cannot be lower-cased")
    return src.lower().replace("(?i:", "(?:")


class FoldedPattern:
    """A case-insensitive pattern searched in the lower-cased text with its lower-cased twin.

    ``(?i:...)`` makes ``re`` compare every character case-insensitively and try every
    alternative in turn (a plain literal lets it skip the alternatives that cannot start
    there): on the 25-40 characters before a date, the lower-cased twin takes half the time
    (lower-casing included). It finds
    the same match (same span; groups lower-cased) unless lower-casing changes the text's
    length or the text holds one of the two letters ``re`` folds to an ASCII one that
    ``str.lower`` does not (dotless i, long s): then the original pattern is used.
    """

    __slots__ = ("pattern", "_folded")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = compile_regex(pattern, flags)
        self._folded = compile_regex(lowered_source(pattern), flags)

    def search(self, string: str) -> re.Match[str] | None:
        low = string.lower()
        if len(low) != len(string) or "\u0131" in string or "\u017f" in string:
            return self.pattern.search(string)
        return self._folded.search(low)


Handler = Callable[[re.Match[str], str], "Cand | Sequence[Cand] | None"]
"""Turn one match (and the whole text, for context checks) into candidates, or reject it."""


@dataclass(frozen=True, slots=True)
class Parser:
    """A named pattern and the function that turns its matches into candidates."""

    name: str
    """Kebab-case rule name, recorded on every expression the parser makes."""
    pattern: LazyPattern
    handler: Handler
    triggers: tuple[str, ...] = ()
    """Trigger classes (``en.TRIGGERS``) one of which every match contains; the parser runs
    only on windows around them. Empty: the parser scans the whole text."""
    reach: tuple[int, int] = (48, 72)
    """How far a match may start before its trigger and end after it (characters)."""
    skip_covered: bool = False
    """Skip matches that lie inside a candidate an earlier parser already made (e.g. "May"
    inside "May 2025"): they would lose the overlap removal anyway."""
    lower: bool = False
    """The pattern is case-insensitive as a whole: run it on the lower-cased text (2-3x faster
    than ``(?i:...)``, which defeats the regex engine's literal-prefix scan)."""
    needs: tuple[str, ...] = ()
    """Lower-case strings one of which every match contains (as ``(?i:...)`` matches them):
    a window of the lower-cased text without any of them is not scanned."""
    digits: bool = False
    """Every match contains an ASCII digit or an apostrophe (``May 5``, ``June '98``): a window
    without one is not scanned (the month names' windows, shared by five such parsers, are
    filtered once per text)."""
    lowered: LazyPattern | None = None
    """Set from ``pattern`` when ``lower``: the same pattern, lower-cased, without ``(?i:``."""

    def __post_init__(self) -> None:
        if self.lower and self.lowered is None:
            object.__setattr__(self, "lowered", LazyPattern(lowered_source(self.pattern.pattern, self.name),
                                                            self.pattern.flags))


@dataclass(frozen=True, slots=True)
class Refiner:
    """A named pass over all candidates (sorted by start): filter, merge or extend them."""

    name: str
    fn: Callable[[list[Cand], str], list[Cand]]
