"""The seed article, exactly: eight gold events, Gor's two mentions in one event, nothing else.

``test_seed_with_hand_built_expressions`` feeds the expressions the tagger contract promises
(so it tests the event stages alone). ``test_seed_end_to_end`` runs the REAL tagger
(timeline.tag) too: it is an end-to-end test and may fail because of a tagger change.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path


from timeline.evaluate_events import events_to_records, score
from timeline.events import extract
from timeline.merge import merge
from timeline.model import Article, TimeExpression
from timeline.order import order

FIXTURES = Path(__file__).parent / "fixtures"


def seed() -> Article:
    text = (FIXTURES / "seeds" / "jaishankar-rubio-call.md").read_text(encoding="utf-8")
    body = text.split("---\n", 2)[2]
    return Article(id="seed", path="seed.md", title="Jaishankar and Rubio discuss trade, defence and security in phone call",
                   body=body, published=dt.date(2026, 1, 13))


def gold() -> list[dict]:
    return [json.loads(line) for line in (FIXTURES / "seed-gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


# (text, occurrence, type, value, extra): what the tagger contract yields for the seed.
SEED_EXPRESSIONS = [
    ("Tuesday", 0, "DATE", "2026-01-13", {"direction": "past"}),
    ("a day after", 0, "DURATION", "P1D", {"relation": "after", "offset": "P1D"}),
    ("Tuesday", 1, "DATE", "2026-01-13", {"direction": "future"}),
    ("next month", 0, "DATE", "2026-02", {"direction": "future"}),
    ("several months", 0, "DURATION", "PXM", {}),
    ("about two decades", 0, "DURATION", "P20Y", {"mod": "APPROX"}),
    ("mid-2025", 0, "DATE", "2025", {"mod": "MID"}),
    ("last week", 0, "DATE", "2026-W02", {"direction": "past"}),
    ("2025", 1, "DATE", "2025", {}),
    ("Monday", 0, "DATE", "2026-01-12", {"direction": "past"}),
    ("next month", 1, "DATE", "2026-02", {"direction": "future"}),
    ("four-day", 0, "DURATION", "P4D", {}),
    ("May 2025", 0, "DATE", "2025-05", {}),
]


def seed_expressions(body: str) -> tuple[TimeExpression, ...]:
    out = []
    for text, nth, typ, value, extra in SEED_EXPRESSIONS:
        i = -1
        for _ in range(nth + 1):
            i = body.index(text, i + 1)
        out.append(TimeExpression(start=i, end=i + len(text), text=text, type=typ, value=value, **extra))  # type: ignore[arg-type]
    return tuple(out)


def check(events: tuple, article: Article) -> None:
    s = score(events_to_records(events), gold(), [], {"seed": article.body})
    assert (s.precision, s.recall, s.merge_rate, s.date_accuracy) == (1.0, 1.0, 1.0, 1.0), s.as_dict()
    assert s.overmerged == ()
    got = sorted((e.date.value, e.status) for e in events)
    want = sorted((g["date"], g["status"]) for g in gold())
    assert got == want
    (gor,) = [e for e in events if e.date.value == "2026-01-12"]
    assert sorted(m.expr for m in gor.mentions) == ["Monday", "a day after"]
    (mid,) = [e for e in events if e.date.value == "2025"]
    assert mid.date.mod == "MID" and mid.date.label == "mid-2025"


def test_seed_with_hand_built_expressions() -> None:
    a = seed()
    mentions, dropped = extract(a, seed_expressions(a.body))
    check(order(merge(mentions, [a])), a)
    reasons = {d.expression.text: d.reason for d in dropped}
    assert "negated" in reasons["2025"]  # "a pact couldn't be sealed in 2025"
    assert "duration" in reasons["about two decades"]


def test_seed_statuses_and_titles() -> None:
    a = seed()
    mentions, _ = extract(a, seed_expressions(a.body))
    events = order(merge(mentions, [a]))
    titles = {e.title for e in events}
    assert "US will invite India to join Pax Silica" in titles
    assert "Jaishankar and Rubio discussed cooperation in trade" in titles
    for e in events:
        assert 0 < len(e.title.split()) <= 16


def test_seed_end_to_end() -> None:
    """END-TO-END: depends on the real tagger (timeline.tag)."""
    from timeline.tag import tag

    a = seed()
    mentions, _ = extract(a, tag(a.body, a.published))
    check(order(merge(mentions, [a])), a)


def test_seed_output_is_byte_reproducible() -> None:
    a = seed()
    runs = set()
    for _ in range(2):
        mentions, _ = extract(a, seed_expressions(a.body))
        runs.add(json.dumps(events_to_records(order(merge(mentions, [a]))), sort_keys=True))
    assert len(runs) == 1
