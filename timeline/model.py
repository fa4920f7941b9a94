"""The data model: frozen values that flow one way through the pipeline stages.

read -> Article
tag  -> TimeExpression (found and normalised against the article's publication date)
events -> Mention (a dated event reference in one sentence) and Dropped (why not)
merge -> Event (one happening, all its mentions)
order -> Timeline (events in chronological order)

Every type is a frozen, slotted, keyword-only dataclass holding tuples, never lists,
so a later stage cannot change what an earlier one produced.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from dataclasses import dataclass, field, fields
from operator import attrgetter
from types import MappingProxyType
from typing import Iterator, Literal, Mapping

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Status = Literal["past", "planned"]
Mod = Literal["START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"]

#: Granularities a DATE/TIME value can have, coarsest first.
GRANULARITIES: tuple[str, ...] = (
    "century",
    "decade",
    "year",
    "half",
    "season",
    "quarter",
    "month",
    "week",
    "day",
    "time",
)


def _frozen_mapping(value: Mapping[str, object] | None = None) -> Mapping[str, object]:
    return MappingProxyType(dict(value or {}))


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One input article, as read from disk."""

    id: str
    """The file stem; unique within a build."""
    path: str
    """The path the article was read from, as given (used in messages)."""
    title: str
    body: str
    """The text after the front matter. Every offset in the pipeline points into it."""
    body_line: int = 1
    """The 1-based line of the file on which ``body`` starts (for ``path:line`` messages)."""
    published: dt.date | None = None
    """The local calendar date of publication: the anchor of relative expressions."""
    published_raw: str | None = None
    """The publication date/time as written in the front matter (may carry a time and offset)."""
    published_inferred: bool = False
    """True when ``published`` was inferred from the text, not stated in metadata."""
    source: str | None = None
    """The outlet that published the article."""
    url: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = ()
    lang: str = "en"
    story: str | None = None
    """An optional story key: articles of one story may anchor each other's events."""
    extra: Mapping[str, object] = field(default_factory=_frozen_mapping)
    """Unknown front-matter keys, kept and ignored."""
    links: tuple[tuple[int, int, str], ...] = ()
    """The body's links (a Markdown article's ``[text](url)``): the start and end of the link's
    text in ``body`` and its http(s) URL (a relative one resolved against the article's ``url``)."""

    def line_of(self, offset: int) -> int:
        """Return the 1-based file line of a body offset."""
        return self.body_line + self.body.count("\n", 0, max(0, offset))


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeExpression:
    """A temporal expression found in a text, normalised to a TIMEX3 value.

    ``value`` is a TIMEX3 value: ``2025``, ``2025-Q2``, ``2025-SU``, ``2025-H1``, ``2025-05``,
    ``2025-W02``, ``2025-05-12``, ``2025-05-12T14:30``, ``202`` (decade), ``20`` (century),
    ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``, a range ``START/END``, a duration ``P3D``,
    a set ``XXXX-WXX-1``; unknown parts are ``X``.
    """

    start: int
    end: int
    """Character offsets into the tagged text: ``text[start:end] == self.text``."""
    text: str
    type: TimexType
    value: str
    granularity: str | None = None
    """One of GRANULARITIES for DATE/TIME values; None for DURATION and SET."""
    mod: str | None = None
    """TIMEX3 mod: START, MID, END, APPROX, ... or None."""
    rule: str = ""
    """The name of the tagger rule that produced it (kebab-case)."""
    anchor: str | None = None
    """ISO date the value was resolved against (the DCT, usually); None when absolute."""
    direction: Literal["past", "future"] | None = None
    """For deictic expressions: which way tense/modality pointed when resolving."""
    relation: Literal["before", "after"] | None = None
    """Event-relative expressions ("a day after X", "three days later", "the previous day"):
    where the time of *this clause's event* lies relative to a referent, ``offset`` away.

    ``relation="after", offset="P1D"`` means "this clause's event happened P1D after the
    referent", so referent = this clause's date - P1D ("the call came a day after Gor
    announced": the call is on the DCT's Tuesday, Gor's announcement on Monday);
    ``"before"`` means this clause's event is ``offset`` before the referent ("the day
    before the son reported him missing"). The referent is ``anchor`` when it is set
    (the reference time: the last date the text mentioned, or the DCT for "in nine days"),
    else the event named right after the expression ("a day after <event>"). ``value`` is
    then this clause's date resolved from that anchor as a fallback, or unknown
    (``XXXX-XX-XX``; a DURATION ``P1D`` for "a day after <event>", as TimeML marks it).
    See docs/tagger.md."""
    offset: str | None = None
    """For event-relative expressions: the ISO 8601 duration between the two events (``P1D``);
    None when the text gives no distance ("later that year": same year, after the referent)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class DateValue:
    """A calendar value at a known precision: "May 2025" is a month, never 1 May."""

    value: str
    """TIMEX3 value (``2025-05``) or an interval ``START/END`` of two such values."""
    granularity: str
    mod: str | None = None
    label: str = ""
    """The human form: "mid-2025", "May 2025", "Monday 12 January 2026"."""
    start: dt.date = dt.date.min
    """First day of the interval."""
    end: dt.date = dt.date.min
    """Last day of the interval (inclusive)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """One dated reference to an event in one sentence of one article."""

    article: str
    """Article id."""
    sentence: str
    """The whole sentence, plain text."""
    sentence_start: int
    """Offset of the sentence in the article body."""
    expr: str
    """The date words as written."""
    start: int
    end: int
    """Offsets of ``expr`` in the article body."""
    date: DateValue
    status: Status
    title: str
    """A short headline for the event, derived from the sentence."""
    rule: str = ""
    anchor: str | None = None
    """The date (ISO) or event the value was resolved from."""
    reason: str = ""
    """Why this expression was kept as an event (for --explain)."""
    tags: tuple[str, ...] = ()
    """People, places and organisations named in the sentence."""
    expression: TimeExpression | None = None
    pending: bool = False
    """True for an event-relative mention ("two days after the verdict") whose referent is not
    dated in its own article: ``date`` is then a placeholder and merge resolves it from another
    article of the story (or drops it)."""
    referent: tuple[str, ...] = ()
    """For a pending mention: stems of the words naming the event it counts from."""
    referent_text: str = ""
    """For a pending mention: those words as written ("the verdict"), for the dropped note when no
    article of its story dates that event."""
    relation_spec: str | None = None
    """For a pending mention: ``after|before|same:P<n><D|W|M|Y>:<granularity>`` to apply."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Dropped:
    """A temporal expression that does not anchor an event, and why."""

    article: str
    expression: TimeExpression
    reason: str
    sentence: str = ""
    sentence_start: int = -1
    """Offset of ``sentence`` in the article body (-1: not known)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """One happening, with every mention of it across articles."""

    id: str
    """Stable, content-derived id (safe as a file name: ``[a-z0-9-]``)."""
    date: DateValue
    status: Status
    title: str
    mentions: tuple[Mention, ...]
    tags: tuple[str, ...] = ()
    description: str = ""
    """A hand-written event's text (plain text; extracted events have none: their sentences are
    their mentions')."""
    url: str = ""
    """A hand-written event's source link (an http(s) or relative URL, checked on input)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Timeline:
    """Events in chronological order, with the articles they come from."""

    title: str
    events: tuple[Event, ...]
    articles: tuple[Article, ...]
    dropped: tuple[Dropped, ...] = ()
    expressions: Mapping[str, tuple[TimeExpression, ...]] = field(default_factory=_frozen_mapping)
    """Every expression found, by article id (for the article pages)."""


def _fast_pickle(cls: type) -> None:
    """Give a frozen, slotted dataclass a state that pickles fast (the tuple of its slots) and a
    faster ``__repr__`` with the same text.

    ``dataclasses`` pickles such classes through ``fields(self)`` on every object (a list built
    per call), which made saving and loading the per-article cache and the site state cost
    seconds at a few thousand articles. The state is the same values in the same (field)
    order; ``__setstate__`` sets them through the slot descriptors, as the frozen class's own
    ``__init__`` does.
    """
    names = tuple(cls.__slots__)
    getter = attrgetter(*names)
    setters = tuple(cls.__dict__[n].__set__ for n in names)
    if len(names) == 1:
        def __getstate__(self):  # type: ignore[no-untyped-def]
            return (getter(self),)
    else:
        def __getstate__(self):  # type: ignore[no-untyped-def]
            return getter(self)

    def __setstate__(self, state) -> None:  # type: ignore[no-untyped-def]
        for put, value in zip(setters, state, strict=True):
            put(self, value)

    cls.__getstate__ = __getstate__  # type: ignore[attr-defined]
    cls.__setstate__ = __setstate__  # type: ignore[attr-defined]

    # The same text as the dataclass __repr__, without its guard against self-reference (the model
    # holds no cycles): render digests what a page shows by its repr, for tens of thousands of events.
    shown = tuple(f.name for f in fields(cls) if f.repr)
    head = cls.__qualname__ + "("
    parts = tuple(f"{n}=" for n in shown)
    get_shown = attrgetter(*shown)
    if len(shown) == 1:
        def __repr__(self) -> str:
            return f"{head}{parts[0]}{get_shown(self)!r})"
    else:
        def __repr__(self) -> str:
            return head + ", ".join([p + repr(v) for p, v in zip(parts, get_shown(self))]) + ")"

    cls.__repr__ = __repr__  # type: ignore[method-assign]


for _cls in (Article, TimeExpression, DateValue, Mention, Dropped, Event, Timeline):
    _fast_pickle(_cls)
del _cls


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off until the block ends, for work on the model that makes
    no reference cycles (merge, loading and saving analyses and site state): its passes over
    many small containers cost a third of merge's time on large corpora."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
