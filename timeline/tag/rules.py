"""The two kinds of tagger rules: parsers find candidates, refiners filter and merge them.

Chrono's design: an ordered list of parsers, each a pattern and a function from the
match to components, then an ordered list of refiners over all candidates. The English
tables (``en.py``) list both in order; the engine (``__init__.py``) runs them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from .resolve import Cand


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
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

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
    lowered: LazyPattern | None = None
    """Set from ``pattern`` when ``lower``: the same pattern, lower-cased, without ``(?i:``."""

    def __post_init__(self) -> None:
        if self.lower and self.lowered is None:
            src = self.pattern.pattern
            if re.search(r"\\[A-Z]|A-Z", src):
                raise ValueError(f"parser {self.name!r}: upper-case escapes and classes cannot be lower-cased")
            object.__setattr__(self, "lowered", LazyPattern(src.lower().replace("(?i:", "(?:"), self.pattern.flags))


@dataclass(frozen=True, slots=True)
class Refiner:
    """A named pass over all candidates (sorted by start): filter, merge or extend them."""

    name: str
    fn: Callable[[list[Cand], str], list[Cand]]
