"""Stage 3: decide which temporal expressions anchor events (PLACEHOLDER, replaced by issue 4)."""

from __future__ import annotations

from . import timex
from .model import Article, Dropped, Mention, TimeExpression


def extract(article: Article, expressions: tuple[TimeExpression, ...]) -> tuple[tuple[Mention, ...], tuple[Dropped, ...]]:
    """Return the event mentions of one article and the expressions dropped, with reasons."""
    mentions: list[Mention] = []
    dropped: list[Dropped] = []
    for e in expressions:
        if e.type not in ("DATE", "TIME") or not timex.is_calendar(e.value):
            dropped.append(Dropped(article=article.id, expression=e, reason="not a calendar date"))
            continue
        s = article.body.rfind("\n", 0, e.start) + 1
        t = article.body.find("\n", e.end)
        sentence = article.body[s: t if t >= 0 else len(article.body)].strip()
        mentions.append(Mention(article=article.id, sentence=sentence, sentence_start=s, expr=e.text,
                                start=e.start, end=e.end, date=timex.date_value(e.value, e.mod),
                                status="past", title=sentence[:80], rule=e.rule, anchor=e.anchor,
                                reason="calendar date", expression=e))
    return tuple(mentions), tuple(dropped)
