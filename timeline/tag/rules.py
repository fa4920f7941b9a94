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


@dataclass(frozen=True, slots=True)
class Refiner:
    """A named pass over all candidates (sorted by start): filter, merge or extend them."""

    name: str
    fn: Callable[[list[Cand], str], list[Cand]]
