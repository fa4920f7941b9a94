"""Publication dates for undated articles, inferred from their text (never guessed).

Rules (docs/input.md, "Undated articles"):

1. A *dateline*: a full date (day, month and year) at the start of the first paragraph,
   before the first sentence ends: "WASHINGTON, Jan. 13, 2026 (Reuters) -",
   "NEW DELHI, 13 January 2026:", "13 January 2026 —".
2. Otherwise the *latest* full, absolute date in the text ("on 12 January 2026",
   "2026-01-12"), found by the tagger with no anchor (``tag(text, None)``, day-precision
   values only) and by the full-date pattern below; dates spoken of as future in their
   sentence ("will meet on 20 March 2026", "scheduled for", "expected", or right after
   "by", "until", "due", "before") are not candidates: an article is published before what
   it announces.
3. Otherwise the article stays undated. Its absolute dates still make events; expressions
   that need an anchor ("on Monday", "last week", "a day after") are left out of the
   timeline and listed as dropped ("cannot be anchored") by ``timeline extract --explain``.

An inferred date is used as the anchor exactly like a stated one and is shown as inferred
(``Article.published_inferred``); a warning always says where it came from.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from .model import Article, Dropped, Mention

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_MON = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_FULL_DATE = re.compile(
    rf"""\b(?:
        (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MON})\s*,?\s+(?P<y1>(?:1[89]|2\d)\d\d)
      | (?P<m2>{_MON})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(?P<y2>(?:1[89]|2\d)\d\d)
      | (?P<y3>(?:1[89]|2\d)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)
    )\b""",
    re.X | re.I,
)
_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
#: How far into the first paragraph a dateline may reach.
DATELINE_SPAN = 160
#: How much of an undated text the tagger reads for its latest date (the pattern reads it all).
TAG_SPAN = 100_000


@dataclass(frozen=True, slots=True)
class Inferred:
    """An inferred publication date and where it came from."""

    date: dt.date
    how: Literal["dateline", "latest"]
    offset: int
    """Offset of the evidence in the text."""
    text: str
    """The date as written."""


def _month(name: str) -> int:
    key = name.lower().rstrip(".")[:3]
    return [m[:3] for m in _MONTHS].index(key) + 1


def full_dates(text: str) -> list[tuple[int, str, dt.date]]:
    """Return ``(offset, as written, date)`` for every full calendar date written out in ``text``."""
    out = []
    for m in _FULL_DATE.finditer(text):
        try:
            if m["y1"]:
                d = dt.date(int(m["y1"]), _month(m["m1"]), int(m["d1"]))
            elif m["y2"]:
                d = dt.date(int(m["y2"]), _month(m["m2"]), int(m["d2"]))
            else:
                d = dt.date(int(m["y3"]), int(m["m3"]), int(m["d3"]))
        except ValueError:
            continue  # "30 February 2026" is not a date
        out.append((m.start(), m[0], d))
    return out


def _tagged_dates(text: str) -> list[tuple[int, str, dt.date]]:
    try:
        from .tag import tag

        found = tag(text, None)
    except Exception:  # noqa: BLE001 - the tagger is another stage; inference falls back to the pattern
        return []
    out = []
    for e in found:
        m = _DAY_VALUE.match(e.value or "")
        if e.type not in ("DATE", "TIME") or not m or e.anchor or e.relation or e.mod:
            continue
        try:
            out.append((e.start, e.text, dt.date(int(m[1]), int(m[2]), int(m[3]))))
        except ValueError:
            continue
    return out


def infer_published(text: str) -> Inferred | None:
    """Infer the publication date of an undated text (see the module docstring), or None."""
    head = text.lstrip()
    lead = len(text) - len(head)
    first_par = head.split("\n\n", 1)[0][:DATELINE_SPAN]
    sentence_end = re.search(r"[.!?](?:\s|$)(?<!\b[A-Z][a-z]{2}\.\s)", first_par)
    window = first_par[: sentence_end.start() + 1] if sentence_end else first_par
    for offset, written, date in full_dates(window):
        before = window[:offset]
        # Only capitals, punctuation and an agency credit may stand before a dateline's date.
        if not re.search(r"[a-z]{3,}", re.sub(r"\((?:[A-Za-z]+)\)", "", before)):
            return Inferred(date, "dateline", lead + offset, written)
    # The tagger sees the first TAG_SPAN characters only: inference stays cheap on huge articles.
    candidates = [c for c in full_dates(text) + _tagged_dates(text[:TAG_SPAN]) if not _future(text, c[0])]
    if not candidates:
        return None
    offset, written, date = max(candidates, key=lambda c: (c[2], -c[0]))
    return Inferred(date, "latest", offset, written)


#: Words that put a date after the publication when they stand earlier in its sentence ...
_FUTURE = re.compile(r"\b(?:will|shall|would|scheduled|expected|planned|planning|upcoming|set to|to be held)\b"
                     r"[^.!?\n]*$", re.I)
#: ... or just before it ("by 3 March", "until 20 March", "due on 1 May", "next on").
_FUTURE_NEAR = re.compile(r"\b(?:by|until|till|due(?: on)?|deadline(?: of)?|before)\s+(?:the\s+)?$", re.I)


def _future(text: str, offset: int) -> bool:
    """True when the date at ``offset`` is spoken of as future in its sentence ("will meet on ...")."""
    start = max(0, offset - 120)
    head = text[start:offset]
    cut = max(head.rfind(". "), head.rfind("\n"), head.rfind("! "), head.rfind("? "))
    sentence = head[cut + 1:] if cut >= 0 else head
    return bool(_FUTURE.search(sentence) or _FUTURE_NEAR.search(sentence))


UNANCHORED = "cannot be anchored: the article has no publication date (add 'date: YYYY-MM-DD')"


def drop_unanchored(article: Article, mentions: tuple[Mention, ...],
                    dropped: tuple[Dropped, ...]) -> tuple[tuple[Mention, ...], tuple[Dropped, ...]]:
    """Leave out the mentions of an undated article whose date needed an anchor.

    The rule of docs/input.md: a relative expression ("on Monday", "last week") in an article
    with no publication date, stated or inferred, is never guessed; it is dropped with a reason.
    """
    if article.published is not None:
        return mentions, dropped
    keep: list[Mention] = []
    extra: list[Dropped] = []
    for m in mentions:
        e = m.expression
        if e is not None and (e.anchor or e.relation or "X" in e.value):
            extra.append(Dropped(article=article.id, expression=e, reason=UNANCHORED, sentence=m.sentence))
        else:
            keep.append(m)
    return tuple(keep), dropped + tuple(extra)
