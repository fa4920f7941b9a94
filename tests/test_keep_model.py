"""The events stage's learned second opinion (timeline/keep_model.py, docs/events.md round 24)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

from timeline import keep_model
from timeline.events import MODEL_REASON, extract
from timeline.model import Article
from timeline.tag import tag

REPO = Path(__file__).resolve().parent.parent


def run(sentence: str, published: str) -> tuple[dict[str, str], dict[str, str]]:
    """Tag and extract one sentence: {expr: kept value} and {expr: drop reason}."""
    pub = dt.date.fromisoformat(published)
    art = Article(id="a", title="", body=sentence, published=pub, path="a.md")
    mentions, dropped = extract(art, tag(sentence, pub))
    return ({m.expr: m.date.value for m in mentions}, {d.expression.text: d.reason for d in dropped})


def test_features_read_words_not_names_or_figures() -> None:
    text = "Okafor paid $4.5bn to Kestria Holdings on Monday, the court heard."
    i = text.index("Monday")
    feats = keep_model.features(text, i, i + 6, 0, len(text), "day", "DATE", False)
    # two words before, by position: "holdings" is common English, "Kestria" a name
    assert "b1=on" in feats and "b2=holdings" in feats and "b3=<name>" in feats
    assert "B=<name>" in feats and "B=$" in feats and "B=0.0" in feats  # "$4.5bn": "$", "4.5" as a shape
    assert "B=okafor" not in feats and "B=kestria" not in feats
    assert "bb=holdings_on" in feats and "a1=," in feats and "a2=the" in feats
    assert "E=<name>" not in feats and "E=monday" in feats and "G=day" in feats and "T=DATE" in feats
    assert "Q" not in feats and "BOS" not in feats
    # the sentence bounds the window: nothing of the sentence before is read
    two = "The pool closed. On Monday it reopened."
    j = two.index("Monday")
    got = keep_model.features(two, j, j + 6, two.index("On"), len(two), "day", "DATE", True)
    assert "b1=on" in got and "B=pool" not in got and "Q" in got


# sentence, publication day, expression, kept value (None: the model drops it)
TABLE = [
    # the seed's own dates, which sit among percentages and figures, stay
    ("India-US relations have been strained for about two decades, after President Donald Trump imposed 50% "
     "tariffs on Indian goods in mid-2025, including a 25% penalty on Russian energy purchases.", "2026-01-13",
     "mid-2025", "2025"),
    ("The river rose on Saturday.", "2026-03-02", "Saturday", "2026-02-28"),
    ("Police arrested 12 people over the weekend.", "2026-03-02", "the weekend", "2026-02-28/2026-03-01"),
    ("The company said on Monday that revenue was $2.1 billion.", "2026-03-03", "Monday", "2026-03-02"),
    # a figure at a date and a photograph's date: the sets' statistics and file-photo traps
    ("Revenue was $2.1 billion on Monday, up 14% from a year earlier.", "2026-03-03", "Monday", None),
    ("The photo, described as showing the 2011 riots, was taken in 2019.", "2026-03-02", "2019", None),
]


@pytest.mark.parametrize(("sentence", "published", "expr", "value"), TABLE, ids=[t[2] + ": " + t[0][:40] for t in TABLE])
def test_the_second_opinion(sentence: str, published: str, expr: str, value: "str | None") -> None:
    kept, dropped = run(sentence, published)
    if value is None:
        assert expr not in kept and dropped[expr].startswith(MODEL_REASON), (kept, dropped)
    else:
        assert kept.get(expr) == value, (kept, dropped)


@pytest.mark.parametrize(("sentence", "expr"), [
    # quarters and halves: the sets hold almost none as events, so the model is not asked
    ("The plant will reopen in the second half of the year.", "the second half of the year"),
    ("Production will start in the first quarter of 2026.", "the first quarter of 2026"),
    # words whose exceptions the rules weigh themselves
    ("The port has stayed open since 2019, when a storm surge swept over the quay.", "2019"),
    ("Prices did not fall until March.", "March"),
])
def test_not_asked_where_the_rules_decide(sentence: str, expr: str) -> None:
    pub = dt.date(2026, 3, 2)
    x = next(x for x in tag(sentence, pub) if x.text == expr)
    assert keep_model.judge(sentence, x, 0, len(sentence), False) is None
    kept, _ = run(sentence, "2026-03-02")
    assert expr in kept


def test_without_weights_the_rules_decide_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence, published = TABLE[4][0], TABLE[4][1]
    monkeypatch.setattr(keep_model.KEEP, "loaded", (0.0, {}))
    assert not keep_model.available()
    kept, _ = run(sentence, published)
    assert kept == {"Monday": "2026-03-02"}


def test_probability_is_a_logistic_of_the_weights() -> None:
    model = (-1.0, {"a": 2.0, "b": 0.5})
    assert keep_model.probability(["a", "b", "c"], model) == pytest.approx(1 / (1 + 2.718281828459045 ** -1.5))
    assert keep_model.probability(["x"], (-100.0, {})) == 0.0


def test_the_shipped_weights_are_well_formed() -> None:
    data = json.loads(keep_model.WEIGHTS.read_text(encoding="utf-8"))
    assert data["rows"] > 20000 and len(data["weights"]) > 1000 and "stories" in data["sets"]
    assert all(isinstance(v, float) for v in data["weights"].values())


def test_training_is_deterministic(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "eval"))
    try:
        import train_keep_model as trainer
    finally:
        sys.path.remove(str(REPO / "eval"))
    rows = trainer.rows(REPO / "eval" / "stories")
    assert sum(y for _, y, _ in rows) > 100 and any(y == 0 for _, y, _ in rows)
    first = trainer.train(rows)
    assert trainer.train(rows) == first
    bias, weights = first
    # what the sets teach: "in" before a date leans to an event, "for" (a duration, a tenure) away
    assert weights.get("b1=in", 0.0) > weights.get("b1=for", 0.0)
