"""Merge's learned same-date join: two events of one date that one story tells apart
(timeline/join_model.py ``DAY``, ``merge._model_days``, docs/events.md section 7, twenty-third session)."""

from __future__ import annotations

import json

import pytest

from test_join_model import REPO, art, events
from timeline import join_model
from timeline import merge as merge_module
from timeline.build import analyse_article
from timeline.merge import merge, merge_incremental
from timeline.model import Article


AUCTION = [
    art("auction", "2026-06-22", "Spectrum auction raises 1.1 billion talers",
        "ORSA - Taloria's auction of 5G airwaves raised 1.12 billion talers for the treasury, the "
        "Telecoms Commission said. Bidding ended on Friday after 41 rounds, the commission says, with no "
        "new bids placed in the final round. Three operators won blocks."),
    art("analysis", "2026-07-15", "Did Taloria's 5G auction pay too much to the treasury?",
        "When the gavel came down on Taloria's spectrum auction on June 19, the government had a 1.12 "
        "billion taler windfall. Operators now warn that the Telecoms Commission's reserve prices will "
        "slow the rollout of 5G outside the capital, Orsa."),
]


@pytest.mark.parametrize("expr, kind", [
    ("June 19", "cal"), ("16 November 2025", "cal"), ("1994", "cal"), ("the end of Sept.", "cal"),
    ("Friday", "wd"), ("next Wednesday", "wd"), ("Sunday night", "wd"),
    ("last month", "rel"), ("yesterday", "rel"), ("the day after", "rel"),
])
def test_expression_kind(expr: str, kind: str) -> None:
    assert merge_module._expr_kind(expr) == kind


def test_the_weights_ship_with_the_package() -> None:
    data = json.loads((REPO / "timeline" / "day_model.json").read_text(encoding="utf-8"))
    assert set(data) >= {"bias", "weights", "sets", "rows"} and len(data["weights"]) > 20
    assert "day_model.json" in (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert join_model.DAY.available()


def test_two_tellings_of_one_day_in_one_story_are_one_event() -> None:
    # "Bidding ended on Friday" (June 19) and "the gavel came down ... on June 19": no act word in
    # common, so the rules keep them apart; the model joins them.
    assert events(AUCTION) == [("2026-06-19", [("analysis", "June 19"), ("auction", "Friday")])]


def test_without_weights_the_rules_keep_them_apart(rules_only) -> None:  # noqa: ANN001
    assert not join_model.DAY.available()
    assert sorted(events(AUCTION)) == [("2026-06-19", [("analysis", "June 19")]),
                                       ("2026-06-19", [("auction", "Friday")])]


def test_no_join_across_stories() -> None:
    # The same day and a shared place, but two stories: the pair is asked (a key word in common),
    # its features say the articles are no one story beyond doubt, and the model keeps them apart.
    arts = [AUCTION[0],
            art("flood", "2026-06-23", "Orsa river bursts its banks",
                "ORSA - The Orsa river burst its banks on Friday, flooding 300 homes in the old town, the "
                "fire service said. Volunteers filled sandbags through the night.")]
    merge_module.DAY_LOG = log = []
    try:
        got = events(arts)
    finally:
        merge_module.DAY_LOG = None
    assert all("far" in feats and "close" not in feats for _, _, _, feats in log)
    assert sorted(v for v, ms in got if len({a for a, _ in ms}) > 1) == []


def test_the_training_hook_logs_rows_and_joins_nothing() -> None:
    merge_module.DAY_LOG = log = []
    try:
        logged = events(AUCTION)
    finally:
        merge_module.DAY_LOG = None
    assert len(logged) == 2
    (a, b, value, feats), = log
    assert value == "2026-06-19" and {a[0][0], b[0][0]} == {"auction", "analysis"}
    assert "xk=cal/wd" in feats and "st=past/past" in feats and "g=day" in feats and "close" in feats


def test_a_rebuild_replays_the_join_and_asks_nothing_again(monkeypatch) -> None:  # noqa: ANN001
    """As the coarse join's (tests/test_join_model.py): the incremental merge gives the whole
    merge's events; a rebuild with nothing changed reads the join from the trace; an edited
    article asks again and gives the whole merge's events."""
    analyses = [analyse_article(a) for a in AUCTION]

    def whole(xs):  # noqa: ANN001, ANN202
        return merge(tuple(m for x in xs for m in x.mentions), tuple(x.article for x in xs))

    def incremental(xs, previous):  # noqa: ANN001, ANN202
        arts = tuple(x.article for x in xs)
        return merge_incremental(tuple(m for x in xs for m in x.mentions), arts,
                                 tuple(ft for x in xs for ft in x.features),
                                 {a.id: str(hash((a.body, a.published))) for a in arts}, previous)

    first, trace = incremental(analyses, None)
    assert first == whole(analyses)
    assert [len(e.mentions) for e in first] == [2]
    asked: list[int] = []
    real = merge_module._day_features
    monkeypatch.setattr(merge_module, "_day_features", lambda *a: asked.append(1) or real(*a))
    again, trace2 = incremental(analyses, trace)
    assert again == first and asked == []
    a = AUCTION[0]
    analyses[0] = analyse_article(Article(id=a.id, path=a.path, title=a.title, published=a.published,
                                          body=a.body + " Officials said nothing more."))
    edited, _ = incremental(analyses, trace2)
    assert edited == whole(analyses) and asked
