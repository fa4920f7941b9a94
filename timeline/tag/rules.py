"""The two kinds of tagger rules: parsers find candidates, refiners filter and merge them.

Chrono's design: an ordered list of parsers, each a pattern and a function from the
match to components, then an ordered list of refiners over all candidates. The English
tables (``en.py``) list both in order; the engine (``__init__.py``) runs them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .resolve import Cand

Handler = Callable[[re.Match[str], str], "Cand | Sequence[Cand] | None"]
"""Turn one match (and the whole text, for context checks) into candidates, or reject it."""


@dataclass(frozen=True, slots=True)
class Parser:
    """A named pattern and the function that turns its matches into candidates."""

    name: str
    """Kebab-case rule name, recorded on every expression the parser makes."""
    pattern: re.Pattern[str]
    handler: Handler
    triggers: tuple[str, ...] = ()
    """Trigger classes (``en.TRIGGERS``) one of which every match contains; the parser runs
    only on windows around them. Empty: the parser scans the whole text."""
    reach: tuple[int, int] = (48, 72)
    """How far a match may start before its trigger and end after it (characters)."""
    lower: bool = False
    """The pattern is case-insensitive as a whole: run it on the lower-cased text (2-3x faster
    than ``(?i:...)``, which defeats the regex engine's literal-prefix scan)."""
    lowered: re.Pattern[str] | None = None
    """Set from ``pattern`` when ``lower``: the same pattern, lower-cased, without ``(?i:``."""

    def __post_init__(self) -> None:
        if self.lower and self.lowered is None:
            src = self.pattern.pattern
            if re.search(r"\\[A-Z]", src):
                raise ValueError(f"parser {self.name!r}: upper-case escapes cannot be lower-cased")
            object.__setattr__(self, "lowered", re.compile(src.lower().replace("(?i:", "(?:"), self.pattern.flags))


@dataclass(frozen=True, slots=True)
class Refiner:
    """A named pass over all candidates (sorted by start): filter, merge or extend them."""

    name: str
    fn: Callable[[list[Cand], str], list[Cand]]
