"""A week or a month told alone, while another article of its story dates an event of that
period to the day, is taken off the timeline and kept as a dropped expression
(timeline/merge.py: ``_folded``). Whole pipeline (tagger, extraction, merge) on invented articles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.build import analyse_article, assemble
from timeline.model import Article

# The rules of this file are shown alone: the learned join (timeline/join_model.py, tests in
# tests/test_join_model.py) may join what a disabled rule leaves apart.
pytestmark = pytest.mark.usefixtures("rules_only")

TALKS = ("talks", "2026-03-05", "Kestria-Vardania talks collapse in Lund",
         "Talks between Kestria and Vardania broke down in Lund on Tuesday, mediator Ana Berg said.")
RETOLD = ("retold", "2026-04-10", "Kestria and Vardania: what next after Lund",
          "Kestria walked away from the table last month. Ana Berg, the mediator in Lund, says Vardania has not called since.")
# The same retelling in one sentence naming the talks' people, places and mediator: its rare words tell
# which event of March it is (merge._fold_by_rare_words).
RETOLD_NAMED = ("retold", "2026-04-10", "Kestria and Vardania: what next after Lund",
                "Kestria walked away from the table in Lund last month, the mediator Ana Berg recalled, and Vardania "
                "has not called since.")
FERRY = ("ferry", "2026-04-10", "Lund ferry workers strike",
         "Ferry workers in Lund stopped work last month, union leader Ivo Marr said.")
BOTH = ("both", "2026-04-10", "Kestria and Vardania: what next after Lund",
        "Talks between Kestria and Vardania broke down in Lund on March 3, Ana Berg recalled. Kestria's ministers "
        "then walked out of the regional assembly in protest last month.")


def _timeline(*rows: tuple[str, ...], story: str | None = None):
    arts = [Article(id=i, path=f"{i}.md", title=t, body=b, published=dt.date.fromisoformat(p), story=story)
            for i, p, t, b in rows]
    return assemble([analyse_article(a) for a in arts])


def _events(tl) -> dict[str, list[str]]:
    return {e.date.value: sorted(m.article for m in e.mentions) for e in tl.events}


def _folded(tl) -> list[tuple[str, str, str]]:
    return [(d.article, d.expression.text, d.expression.value) for d in tl.dropped
            if d.reason.startswith("told alone, and another article of its story")]


def test_a_month_told_alone_in_the_story_of_a_dated_event_is_dropped_with_its_reason() -> None:
    tl = _timeline(TALKS, RETOLD)
    assert _events(tl) == {"2026-03-03": ["talks"]}
    assert _folded(tl) == [("retold", "last month", "2026-03")]
    (note,) = [d for d in tl.dropped if d.article == "retold"]
    assert note.reason == ("told alone, and another article of its story dates an event of that month to the day: "
                           "most likely that event, told less precisely (not kept as an event of its own)")
    assert note.sentence.startswith("Kestria walked away from the table last month")


def test_a_folded_month_joins_the_event_its_rare_words_name(monkeypatch) -> None:
    import timeline.merge as merge_mod

    """No act word ties "walked away from the table" to "broke down"; the sentence's rare words
    (Kestria, Lund, Ana Berg, Vardania, and "mediator", a word no name) name the one finer event of
    March: the month joins it as a coarser telling. Without the rare words the month is dropped;
    with a second dated event of March sharing those words, none tells them apart: dropped too."""
    tl = _timeline(TALKS, RETOLD_NAMED)
    assert _events(tl) == {"2026-03-03": ["retold", "talks"]}
    assert _folded(tl) == []
    monkeypatch.setattr(merge_mod, "FOLD_RARE_MIN", 1000.0)
    monkeypatch.setattr(merge_mod, "FOLD_SOLE_MIN", 1000.0)  # (the only finer event: see the next test)
    monkeypatch.setattr(merge_mod, "FOLD_LOWER_MIN", 1000.0)  # ("mediator": see the last test)
    monkeypatch.setattr(merge_mod, "FOLD_SOLE_LOWER_MIN", 1000.0)  # (and the one after it)
    assert _folded(_timeline(TALKS, RETOLD_NAMED)) == [("retold", "last month", "2026-03")]
    monkeypatch.undo()
    two = ("talks", "2026-03-05", TALKS[2],
           TALKS[3] + " Kestria's delegation had arrived in Lund on March 1 with the mediator Ana Berg.")
    tl = _timeline(two, RETOLD_NAMED)
    assert _events(tl) == {"2026-03-01": ["talks"], "2026-03-03": ["talks"]}
    assert _folded(tl) == [("retold", "last month", "2026-03")]


def test_a_folded_month_joins_the_only_finer_event_sharing_a_word_of_the_matter(monkeypatch) -> None:
    """Fifteenth session (merge._fold_sole_finer): the month's sentence shares with the one dated
    event of March in its story the talks' country and "mediator" (weighing 8.7, below
    ``FOLD_RARE_MIN``): being the only finer candidate, it joins as a coarser telling. A second
    dated event of March among the candidates, or the name alone (the design: names never join),
    leaves it dropped."""
    import timeline.merge as merge_mod

    retold = ("retold", "2026-04-10", "Kestria and Vardania: what next after Lund",
              "Kestria walked away from the table last month, leaving the mediator empty-handed. "
              "Vardania has not called since.")
    assert _events(_timeline(TALKS, retold)) == {"2026-03-03": ["retold", "talks"]}
    monkeypatch.setattr(merge_mod, "FOLD_SOLE_MIN", 1000.0)
    monkeypatch.setattr(merge_mod, "FOLD_LOWER_MIN", 1000.0)  # ("mediator": see the last test)
    monkeypatch.setattr(merge_mod, "FOLD_SOLE_LOWER_MIN", 1000.0)  # (and the one after it)
    assert _folded(_timeline(TALKS, retold)) == [("retold", "last month", "2026-03")]
    monkeypatch.undo()
    # the talks' country only: no word of the matter in common
    assert _folded(_timeline(TALKS, RETOLD)) == [("retold", "last month", "2026-03")]
    two = ("talks", "2026-03-05", TALKS[2],
           TALKS[3] + " The mediator had met Kestria's delegation in Lund on March 1.")
    tl = _timeline(two, retold)
    assert _folded(tl) == [("retold", "last month", "2026-03")]


def test_a_single_shared_name_is_not_enough_to_join() -> None:
    """One rare word in common (the zoo's name) weighs less than ``FOLD_RARE_MIN``; names alone
    join nothing (see the weekend test: the Grauhorn hut's volunteers are not the missing climbers)."""
    from timeline.merge import FOLD_RARE_MIN, rare_words

    assert rare_words("six weeks after the January breakout that closed Brackwell Zoo")["brack"] < FOLD_RARE_MIN
    assert "janua" not in rare_words("the January breakout") and "week" not in rare_words("six weeks")


@pytest.mark.parametrize(
    "rows,events",
    [
        pytest.param(  # another story naming one of its places: the month stays an event
            (TALKS, FERRY), {"2026-03-03": ["talks"], "2026-03": ["ferry"]}, id="other-story",
        ),
        pytest.param(  # alone, with no dated event of March in the folder
            (RETOLD,), {"2026-03": ["retold"]}, id="no-finer-event",
        ),
        pytest.param(  # its own article tells March 3 itself: the month is another happening
            (TALKS, BOTH), {"2026-03-03": ["both", "talks"], "2026-03": ["both"]}, id="own-article-dates-it",
        ),
    ],
)
def test_a_month_told_alone_stays_an_event(rows, events) -> None:
    tl = _timeline(*rows)
    assert _events(tl) == events
    assert _folded(tl) == []


def test_story_keys_decide_the_story() -> None:
    """With story keys in the front matter, equal keys are one story whatever the names."""
    assert _folded(_timeline(TALKS, FERRY, story="lund")) == [("ferry", "last month", "2026-03")]
    assert _events(_timeline(TALKS, RETOLD, story="lund")) == {"2026-03-03": ["talks"]}


def test_the_incremental_merge_takes_off_the_same_events(tmp_path) -> None:
    """A rebuild replaying the previous merge (build.assemble with a trace) folds the same mentions."""
    rows = (TALKS, RETOLD, FERRY)
    arts = [Article(id=i, path=f"{i}.md", title=t, body=b, published=dt.date.fromisoformat(p)) for i, p, t, b in rows]
    analyses = [analyse_article(a) for a in arts]
    keys = [f"k-{a.id}" for a in arts]
    trace = tmp_path / "merge-trace.pickle"
    first = assemble(analyses, keys=keys, trace=trace)
    assert trace.is_file()
    again = assemble(analyses, keys=keys, trace=trace)
    whole = assemble(analyses)
    assert _events(first) == _events(again) == _events(whole) == {"2026-03-03": ["talks"], "2026-03": ["ferry"]}
    assert _folded(first) == _folded(again) == _folded(whole) == [("retold", "last month", "2026-03")]


def test_a_rebuild_reuses_the_story_answers_of_unchanged_articles(tmp_path, monkeypatch) -> None:
    """The trace keeps each pair's story answer by the two articles' versions (texts that change
    with an article: the build's cache keys): a rebuild asks again only for pairs with a changed
    article, and folds exactly as a whole merge does."""
    import timeline.merge as merge_mod

    asked: list[tuple[str, str]] = []
    real = merge_mod._same_story

    def counting(f, g, arts):
        asked.append((f.article, g.article))
        return real(f, g, arts)

    monkeypatch.setattr(merge_mod, "_same_story", counting)
    rows = (TALKS, RETOLD, FERRY)
    arts = [Article(id=i, path=f"{i}.md", title=t, body=b, published=dt.date.fromisoformat(p)) for i, p, t, b in rows]
    analyses = [analyse_article(a) for a in arts]
    trace = tmp_path / "merge-trace.pickle"
    first = assemble(analyses, keys=["t1", "r1", "f1"], trace=trace)
    assert sorted(asked) == [("ferry", "talks"), ("retold", "talks")]
    assert _folded(first) == [("retold", "last month", "2026-03")]
    asked.clear()
    again = assemble(analyses, keys=["t1", "r1", "f1"], trace=trace)
    assert asked == [] and _folded(again) == _folded(first)
    # the retelling changes: it names no one of the talks' story any more
    changed = Article(id="retold", path="retold.md", title="Weather: a wet spring", published=dt.date(2026, 4, 10),
                      body="It rained in Oslo last month, forecasters at Vind Institute said.")
    analyses[1] = analyse_article(changed)
    rebuilt = assemble(analyses, keys=["t1", "r2", "f1"], trace=trace)
    whole = assemble(analyses)
    assert _events(rebuilt) == _events(whole) and _folded(rebuilt) == _folded(whole) == []


def test_a_weekend_told_alone_folds_as_a_week_does() -> None:
    """"At the weekend" (a Saturday and its Sunday), told alone while another article of the story
    dates that Saturday's event: taken off, with the weekend named in the reason."""
    rescue = ("rescue", "2026-02-16", "Two climbers missing on the Grauhorn",
              "Two climbers from Kessler went missing on the Grauhorn on Saturday, rescue chief Ana Berg said.")
    later = ("later", "2026-02-18", "Grauhorn search called off",
             "Rescue teams searched the Grauhorn for the two Kessler climbers who went missing at the weekend, Ana Berg said.")
    tl = _timeline(rescue, later, story="grauhorn")
    # (its clause tells the Saturday event's act: it joins that event as a coarser telling)
    assert _events(tl) == {"2026-02-14": ["later", "rescue"]}
    other = ("other", "2026-02-18", "Grauhorn search called off",
             "Volunteers from Kessler cleared the snow from the Grauhorn hut at the weekend, Ana Berg said.")
    tl = _timeline(rescue, other, story="grauhorn")
    assert _events(tl) == {"2026-02-14": ["rescue"]}
    assert _folded(tl) == [("other", "the weekend", "2026-02-14/2026-02-15")]
    (note,) = [d for d in tl.dropped if d.article == "other" and d.expression.text == "the weekend"]
    assert "an event of that weekend to the day" in note.reason


def test_a_lone_month_of_another_story_by_words_stays_though_it_shares_the_matter() -> None:
    """A newsletter thanking the members "who voted for the emergency levy in May" shares words of
    the matter ("emergency", "levy") with the only event of May among its candidates, but its
    article and that event's are not one story by their words (two short texts with no name in
    common): the month stays an event of its own. (In a folder of many stories the only finer
    candidate of a period is often another story's: tests/test_eval_mixed.py.)"""
    meeting = ("meeting", "2026-05-08", "Dunmere growers back frost levy",
               "Members of the Dunmere growers cooperative approved an emergency levy of two crowns a crate at their "
               "general meeting on May 6, chairwoman Liv Aske said.")
    letter = ("letter", "2026-07-01", "Harvest newsletter",
              "Thank you to every member who voted for the emergency levy in May. The orchards are recovering.")
    assert _events(_timeline(meeting, letter)) == {"2026-05": ["letter"], "2026-05-06": ["meeting"]}


@pytest.mark.parametrize("story,folded,day", [
    # "About 6,000 people toured the plant at the open day at the end of last month" / "a public
    # open day on Saturday, May 30"
    ("holdout28/veltro-skarvik-plant", ("tidende-first-shipment", "the end of last month"), "2026-05-30"),
    # "Fresko lodged its appeal earlier this month" / the appeal filed at the Market Court on July 3
    ("holdout29/fresko-price-fixing", ("kundeforum-newsletter", "earlier this month"), "2026-07-03"),
])
def test_a_lone_coarse_mention_with_no_story_link_joins_the_only_finer_event_of_its_matter(monkeypatch, story, folded, day) -> None:
    """Fifteenth session (merge._folded, then merge._fold_sole_finer), on real-sized stories of the
    repository's eval sets: merge's story tests find no link from the week or month to a finer
    event, but its article and the only finer event of its period among its candidates are one
    story by their words, and their sentences share words of its matter: it joins that event as
    its coarser telling. Without the rule it stays an event of its own."""
    from pathlib import Path

    import timeline.merge as merge_mod
    from timeline.read import read_articles

    arts, _, _ = read_articles([Path(__file__).resolve().parent.parent / "eval" / story])

    def event_of(tl):
        (e,) = [e for e in tl.events if any((m.article, m.expr) == folded for m in e.mentions)]
        return e.date.value, len({m.article for m in e.mentions})

    assert event_of(assemble([analyse_article(a) for a in arts])) == (day, 2)
    monkeypatch.setattr(merge_mod, "FOLD_SOLE_MIN", 1000.0)
    assert event_of(assemble([analyse_article(a) for a in arts])) == (day[:7], 1)


@pytest.mark.parametrize("story,folded,day,without", [
    # "At a stormy public meeting in September" / "will also hold a public meeting in the town hall on September 11"
    ("holdout41/quistby-maternity-unit", ("quistby-feature-long-road", "September"), "2025-09-11", ("2025-09", False)),
    # "will hold a donors' conference next month" / "Donors meeting in Kelu City on Tuesday pledged $410 million"
    ("holdout6/typhoon-marisol-kelu", ("halden-wire-disaster-zone", "next month"), "2026-10-06", ("2026-10", False)),
    # "A Bronze Age gold torc found at Fenlow barrow in mid-July" / "On Tuesday a volunteer ... found a gold torc"
    ("holdout39/fenlow-barrow-dig", ("east-fen-times-treasure", "mid-July"), "2025-07-15", None),  # (dropped, folded)
])
def test_a_lone_coarse_mention_joins_the_finer_event_its_lower_case_words_name(monkeypatch, story, folded, day, without) -> None:
    """Eighteenth session (merge._fold_by_lower): the coarse mention's article dates nothing of its
    period to the day, its story is one with the finer event's beyond doubt, and of the period's
    finer events the one sharing the words it writes in lower case ("meeting", "donors", "torc")
    leads the others by ``FOLD_LOWER_LEAD``: it joins that event as its coarser telling. Without the
    rule it stays an event of its own, or is dropped as told alone."""
    from pathlib import Path

    import timeline.merge as merge_mod
    from timeline.read import read_articles

    arts, _, _ = read_articles([Path(__file__).resolve().parent.parent / "eval" / story])

    def event_of(tl):
        found = [e for e in tl.events if any((m.article, m.expr) == folded for m in e.mentions)]
        if not found:
            return None
        (e,) = found
        return e.date.value, len({m.article for m in e.mentions}) > 1

    assert event_of(assemble([analyse_article(a) for a in arts])) == (day, True)
    monkeypatch.setattr(merge_mod, "FOLD_LOWER_MIN", 1000.0)
    assert event_of(assemble([analyse_article(a) for a in arts])) == without


@pytest.mark.parametrize("story,one,other,day", [
    # "Tuesday's return of online council-tax payments was a relief" / "Online payments, restored on 17 February"
    ("holdout5/dunmere-ransomware", ("ledgerline-analysis", "Tuesday"), ("council-press-release", "17 February"), "2026-02-17"),
    # "The ystral fell 9% against the euro on Tuesday" / "yesterday's sharp depreciation of the ystral"
    ("holdout64/ystral-rate-shock", ("quillon-ystral-plunge", "Tuesday"), ("yrb-emergency-decision", "yesterday"), "2026-10-20"),
])
def test_two_events_of_a_day_each_the_others_only_one_sharing_a_word_are_one(monkeypatch, story, one, other, day) -> None:
    """Eighteenth session (merge._sole_mates_akin): two events of one day of one story, each the other's
    only event of that day, share a word of the matter written in lower case ("payments", "ystral"):
    one event. Without the rule they stay two."""
    from pathlib import Path

    import timeline.merge as merge_mod
    from timeline.read import read_articles

    arts, _, _ = read_articles([Path(__file__).resolve().parent.parent / "eval" / story])

    def events_of(tl):
        return sorted({e.id for e in tl.events for m in e.mentions if (m.article, m.expr) in (one, other)}), [
            e.date.value for e in tl.events if any((m.article, m.expr) == one for m in e.mentions)]

    ids, dates = events_of(assemble([analyse_article(a) for a in arts]))
    assert len(ids) == 1 and dates == [day]
    monkeypatch.setattr(merge_mod, "ONE_DAY_MATES_MIN", 1000.0)
    ids, dates = events_of(assemble([analyse_article(a) for a in arts]))
    assert len(ids) == 2 and dates == [day]


@pytest.mark.parametrize("story,folded,day", [
    # "the drought aid package he promised during his visit to the plateau last week" / "toured farms near Dorrow on Tuesday"
    ("holdout67/quellbrack-barley-harvest", ("kesselrode-radio-aid-live", "last week"), "2025-07-15"),
    # "said it would apply to the High Court next week to block the strike" / "which filed its application on May 5"
    ("holdout36/solbridge-airport-ballot", ("coastline-strike-vote", "next week"), "2026-05-05"),
])
def test_a_folded_mention_joins_the_only_finer_event_of_its_story_sharing_its_lower_case_words(monkeypatch, story, folded, day) -> None:
    """Nineteenth session (merge._fold_sole_lower): a folded mention that no other test joined, whose
    period holds one finer event it may tell, of an article of its story, sharing the words it writes
    in lower case weighing more than ``FOLD_SOLE_LOWER_MIN``, joins that event as its coarser telling.
    Without the rule it stays among the dropped expressions (folded)."""
    from pathlib import Path

    import timeline.merge as merge_mod
    from timeline.read import read_articles

    arts, _, _ = read_articles([Path(__file__).resolve().parent.parent / "eval" / story])

    def event_of(tl):
        found = [e for e in tl.events if any((m.article, m.expr) == folded for m in e.mentions)]
        if not found:
            assert folded in [(d.article, d.expression.text) for d in tl.dropped]
            return None
        (e,) = found
        return e.date.value, len({m.article for m in e.mentions}) > 1

    assert event_of(assemble([analyse_article(a) for a in arts])) == (day, True)
    monkeypatch.setattr(merge_mod, "FOLD_SOLE_LOWER_MIN", 1000.0)
    assert event_of(assemble([analyse_article(a) for a in arts])) is None


# (twentieth session) A past year told alone, before its article's own year, while another article of
# its story dates that year's event more precisely (a month here), is taken off the same way, then
# joined to it as one more telling; a year of publication or a planned year is not ("later this year"
# tells its own happening too often).
RENEWED = ("renewed", "2026-06-20", "Regulator sets regional targets for QBS",
           "The Broadcasting Authority on Thursday imposed binding regional targets on QBS. It is the first time since "
           "the licence was last renewed, in September 2014, that the authority has imposed such targets.")
GRANTED = ("granted", "2026-04-08", "QBS licence consultation opens",
           "QBS submitted its application for renewal on March 30. Its current licence, granted in 2014 for a term of "
           "12 years, expires on December 31.")
PLANNED = ("planned", "2026-04-08", "QBS licence consultation opens",
           "QBS submitted its application for renewal on March 30. The authority will grant the new licence later this year.")


def test_a_past_year_told_alone_folds_into_its_month_told_elsewhere(monkeypatch) -> None:
    assert _events(_timeline(RENEWED, GRANTED, story="qbs")) == {
        "2014-09": ["granted", "renewed"], "2026-03-30": ["granted"], "2026-06-18": ["renewed"]}
    import timeline.merge as merge_mod
    monkeypatch.setattr(merge_mod, "FOLD_GRANULARITIES", frozenset({"week", "month", "season"}))
    assert _events(_timeline(RENEWED, GRANTED, story="qbs"))["2014"] == ["granted"]  # (the fold is what takes it)


def test_a_year_of_publication_told_alone_stays() -> None:
    events = _events(_timeline(RENEWED, PLANNED, story="qbs"))
    assert events.get("2026") == ["planned"]


# (twenty-first session) Two coarse tellings made one event of their own; each tells the one finer
# event of its period, so the three are one (merge._coarse_joins).
SUES = ("sues", "2025-06-11", "Tycoon Vale sues the Harbour Sentinel",
        "The claim was lodged at the High Court on Monday, his lawyers said.")
COLUMN = ("column", "2025-06-16", "A libel claim that chills the press",
          "Last week Konstantin Vale filed a libel claim against the Harbour Sentinel over its reporting.")
LOSES = ("loses", "2025-11-03", "Vale loses libel case against the Harbour Sentinel",
         "Vale filed the libel claim against the Harbour Sentinel in June, after its reports on his villa.")


def test_a_coarse_event_of_two_tellings_joins_the_finer_event_each_tells(monkeypatch) -> None:
    import timeline.merge as merge_mod

    tl = _timeline(SUES, COLUMN, LOSES)
    assert _events(tl) == {"2025-06-09": ["column", "loses", "sues"]}
    (event,) = tl.events
    assert sorted((m.article, m.expr, m.date.value) for m in event.mentions) == [
        ("column", "Last week", "2025-W24"), ("loses", "June", "2025-06"), ("sues", "Monday", "2025-06-09")]
    # without the step, the week the two coarse tellings made stays apart from the Monday
    monkeypatch.setattr(merge_mod, "_coarse_joins", lambda *a, **k: set())
    assert _events(_timeline(SUES, COLUMN, LOSES)) == {"2025-W24": ["column", "loses"], "2025-06-09": ["sues"]}


def test_a_plan_told_after_the_finer_day_is_not_that_day() -> None:
    # "will report in July", told on July 5 and July 6, is not the report published on July 2
    done = ("done", "2025-07-03", "Inquiry into the Harbour Sentinel reports",
            "The inquiry into the Harbour Sentinel's reporting published its report on Wednesday.")
    plan1 = ("plan1", "2025-07-05", "Second inquiry into the Harbour Sentinel",
             "A second inquiry into the Harbour Sentinel's reporting will report later this month.")
    plan2 = ("plan2", "2025-07-06", "Harbour Sentinel faces a second inquiry",
             "The second inquiry into the Harbour Sentinel's reporting is due to report in July.")
    tl = _timeline(done, plan1, plan2)
    days = {e.date.value for e in tl.events}
    assert "2025-07-02" in days and "2025-07" in days
