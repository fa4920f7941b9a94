"""Merge's learned answer to "which finer event does this coarse one tell" (timeline/join_model.py,
docs/events.md section 7, twenty-second session)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline import join_model
from timeline import merge as merge_module
from timeline.build import analyse_article, assemble
from timeline.merge import merge, merge_incremental
from timeline.model import Article

REPO = Path(__file__).resolve().parent.parent


def art(aid: str, published: str, title: str, body: str) -> Article:
    return Article(id=aid, title=title, body=body, published=dt.date.fromisoformat(published), path=f"{aid}.md")


def events(articles: list[Article]) -> list[tuple[str, list[tuple[str, str]]]]:
    tl = assemble([analyse_article(a) for a in articles])
    return [(e.date.value, sorted((m.article, m.expr) for m in e.mentions)) for e in tl.events]


@pytest.mark.parametrize("expr, want", [
    ("in late February", "in late M"),
    ("earlier this month", "earlier this month"),
    ("May 2025", "M 0"),
    ("the end of Sept.", "the end of M"),
    ("next week", "next week"),
])
def test_expression_feature_hides_the_month_and_the_numbers(expr: str, want: str) -> None:
    assert merge_module._join_expr(expr) == want


def test_cut_is_a_monotone_reading() -> None:
    assert merge_module._cut(2.5, (1, 2, 3), "rw") == ["rw>=1", "rw>=2"]
    assert merge_module._cut(0.0, (1, 2, 3), "rw") == []
    assert merge_module._cut(-1.0, (-2, 0), "lead") == ["lead>=-2"]


def test_the_weights_ship_with_the_package() -> None:
    data = json.loads((REPO / "timeline" / "join_model.json").read_text(encoding="utf-8"))
    assert set(data) >= {"bias", "weights", "sets", "rows"} and len(data["weights"]) > 20
    assert "join_model.json" in (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert join_model.available()


DAM = [
    art("dam-report", "2025-10-08", "Brenvale dam needs repairs",
        "OSSA - The Brenvale irrigation dam in the Ossa valley is in no danger of collapse but will need "
        "eighteen months of repairs, engineers said on Wednesday. Repairs will begin in November and are "
        "expected to cost 40 million crowns, the Ossa water board said."),
    art("dam-crews", "2025-11-12", "Repair crews reach the Brenvale dam",
        "OSSA - Repair crews moved onto the Brenvale dam on Monday, six weeks after engineers found cracks "
        "in its spillway. The Ossa water board said the work on the dam would last until the spring of 2027."),
]


def test_a_planned_month_joins_the_day_its_repairs_began() -> None:
    # "Repairs will begin in November" (told in October) is the start of the repairs another article
    # dates to Monday 10 November: one event of that day, with both tellings.
    joined = events(DAM)
    day = [e for e in joined if e[0] == "2025-11-10"]
    assert day == [("2025-11-10", [("dam-crews", "Monday"), ("dam-report", "November")])]
    assert not any(v == "2025-11" for v, _ in joined)


def test_without_weights_the_rules_decide_alone() -> None:
    saved = join_model._weights()
    join_model.use((0.0, {}))
    try:
        assert not join_model.available()
        alone = events(DAM)
    finally:
        join_model.use(saved)
    assert ("2025-11-10", [("dam-crews", "Monday")]) in alone
    assert all(("dam-report", "November") not in ms for v, ms in alone if v == "2025-11-10")


def test_no_join_without_a_sign_of_one_story() -> None:
    # A word two stories share ("ordered") is no join: the hearing on damages is no evacuation.
    arts = [
        art("judgment", "2026-06-20", "Court finds for the Paper Moons illustrator",
            "The High Court found on Friday that the studio had copied the illustrator's drawings. "
            "Judge Mara Lindqvist ordered a hearing on damages in July."),
        art("storm", "2026-07-06", "Storm halts the Solberg festival",
            "SOLBERG - The Solberg folk festival said the evacuation of its campsite was ordered on Saturday "
            "after lightning was seen within ten kilometres of the main stage."),
    ]
    got = events(arts)
    for value, ms in got:
        assert len({a for a, _ in ms}) == 1, (value, ms)


def test_the_training_hook_logs_rows_and_joins_nothing() -> None:
    saved = join_model._weights()
    merge_module.JOIN_LOG = log = []
    try:
        logged = events(DAM)
    finally:
        merge_module.JOIN_LOG = None
    join_model.use((0.0, {}))
    try:
        alone = events(DAM)
    finally:
        join_model.use(saved)
    assert logged == alone
    assert log and all("close" in feats for _, _, _, feats in log)
    (coarse, fine, value, feats), = [r for r in log if r[0][0][0] == "dam-report"]
    assert fine[0][0] == "dam-crews" and value == "2025-11-10" and "x=M" in feats and "st=planned/past" in feats


def test_a_rebuild_replays_the_join_and_asks_nothing_again(monkeypatch) -> None:
    """The incremental merge of a build gives the whole merge's events, the model's join among them;
    a rebuild with nothing changed reads the choice from the trace (no feature is made), and one
    with an article changed gives the whole merge's events again."""
    analyses = [analyse_article(a) for a in DAM]

    def whole(xs):
        return merge(tuple(m for x in xs for m in x.mentions), tuple(x.article for x in xs))

    def incremental(xs, previous):
        arts = tuple(x.article for x in xs)
        return merge_incremental(tuple(m for x in xs for m in x.mentions), arts,
                                 tuple(ft for x in xs for ft in x.features),
                                 {a.id: str(hash((a.body, a.published))) for a in arts}, previous)

    events, trace = incremental(analyses, None)
    assert events == whole(analyses)
    assert any(e.date.value == "2025-11-10" and len(e.mentions) == 2 for e in events)
    asked: list[int] = []
    real = merge_module._join_features
    monkeypatch.setattr(merge_module, "_join_features", lambda *a: asked.append(1) or real(*a))
    again, trace2 = incremental(analyses, trace)
    assert again == events and asked == []
    a = DAM[0]
    analyses[0] = analyse_article(Article(id=a.id, path=a.path, title=a.title, published=a.published,
                                          body=a.body + " Officials said nothing more."))
    edited, _ = incremental(analyses, trace2)
    assert edited == whole(analyses) and asked  # (the changed article's join asked again)


REVIEW = [
    art("outage", "2025-05-07", "Minister orders review of Kessland air traffic failure",
        "ORLEN - Infrastructure Minister Jan Sorel ordered an independent review on Tuesday into the failure of the "
        "Kessland Air Navigation Service's flight-planning system, which grounded 900 flights on Monday. "
        "The review will be led by Professor Ines Cardoso, an expert in safety-critical software."),
    art("review", "2025-09-19", "Cardoso review finds Kessland air traffic backup was no backup",
        "The independent review into the failure of the Kessland Air Navigation Service's flight-planning system "
        "was published on Thursday. The 164-page report by Professor Ines Cardoso, commissioned in May by "
        "Infrastructure Minister Jan Sorel, makes 34 recommendations."),
]


def test_a_month_told_months_later_joins_the_day_by_shared_key_words(monkeypatch) -> None:
    """(twenty-fourth session) Two articles four months apart are not one story beyond doubt
    (``_close_story``), but their key words say so: "commissioned in May by Infrastructure Minister Jan
    Sorel" is asked about, and joins, the review Sorel ordered on Tuesday 6 May; without the key-word
    gate (``JOIN_KEY_WORDS = 0``) it is never asked and is taken off the timeline."""
    merge_module.JOIN_LOG = log = []
    try:
        events(REVIEW)
    finally:
        merge_module.JOIN_LOG = None
    asked = {(fine[0][0], value): feats for coarse, fine, value, feats in log if coarse[0][0] == "review"}
    assert set(asked) == {("outage", "2025-05-05"), ("outage", "2025-05-06")}
    assert all("close" not in f and "kw>=2" in f and "folded" in f for f in asked.values())
    got = events(REVIEW)
    assert ("2025-05-06", [("outage", "Tuesday"), ("review", "May")]) in got
    assert ("2025-05-05", [("outage", "Monday")]) in got
    monkeypatch.setattr(merge_module, "JOIN_KEY_WORDS", 0)
    assert ("2025-05-06", [("outage", "Tuesday")]) in events(REVIEW)
    assert not any(("review", "May") in ms for _, ms in events(REVIEW))
