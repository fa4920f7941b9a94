"""Machine-readable forms of a timeline: the `timeline extract` JSON schema and CSV."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from .model import Article, Event, Timeline


def source_record(mention_article: Article | None, m: Any) -> dict[str, Any]:
    """One ``sources[]`` record of the extract schema."""
    return {
        "article": m.article,
        "title": mention_article.title if mention_article else m.article,
        "url": mention_article.url if mention_article else None,
        "published": mention_article.published.isoformat() if mention_article and mention_article.published else None,
        "sentence": m.sentence,
        "expr": m.expr,
        "start": m.start,
        "end": m.end,
    }


def event_record(event: Event, articles: dict[str, Article]) -> dict[str, Any]:
    """One ``events[]`` record of the extract schema."""
    return {
        "id": event.id,
        "date": {
            "value": event.date.value,
            "granularity": event.date.granularity,
            "mod": event.date.mod,
            "label": event.date.label,
        },
        "status": event.status,
        "title": event.title,
        "sources": [source_record(articles.get(m.article), m) for m in event.mentions],
    }


def events_json(timeline: Timeline) -> dict[str, Any]:
    """Return ``{"events": [...]}`` exactly as `timeline extract --format json` prints it."""
    articles = {a.id: a for a in timeline.articles}
    return {"events": [event_record(e, articles) for e in timeline.events]}


def dumps(data: Any) -> str:
    """Serialise JSON reproducibly (sorted keys, UTF-8 kept, newline at the end)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


CSV_FIELDS = ("id", "date", "granularity", "mod", "label", "status", "title", "sources", "articles", "sentence")


def events_csv(timeline: Timeline) -> str:
    """Return one CSV row per event (the first mention's sentence as evidence)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_FIELDS)
    for e in timeline.events:
        w.writerow([e.id, e.date.value, e.date.granularity, e.date.mod or "", e.date.label, e.status, e.title,
                    len(e.mentions), " ".join(sorted({m.article for m in e.mentions})),
                    e.mentions[0].sentence if e.mentions else ""])
    return buf.getvalue()
