"""Stage 4: merge mentions of one event across articles (PLACEHOLDER, replaced by issue 4)."""

from __future__ import annotations

import hashlib
from typing import Sequence

from .model import Article, Event, Mention


def merge(mentions: Sequence[Mention], articles: Sequence[Article]) -> tuple[Event, ...]:
    """Return one event per mention (no merging yet)."""
    out = []
    for m in mentions:
        digest = hashlib.sha1(f"{m.article}:{m.start}:{m.end}".encode()).hexdigest()[:10]
        out.append(Event(id=f"{m.date.start.isoformat()}-{digest}", date=m.date, status=m.status,
                         title=m.title, mentions=(m,)))
    return tuple(out)
