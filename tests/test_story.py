"""Which articles tell one story by their words (timeline/story.py), and the merge decision that uses it."""

from __future__ import annotations

import pytest

from test_merge import art, mentions_of
from timeline import story
from timeline.merge import merge


def test_a_words_weight_is_its_rarity() -> None:
    assert story.rarity("the") == 0.0
    assert story.rarity("said") == 0.0
    assert story.rarity("lindmark") == story.RARE_ZIPF  # a name English does not know
    assert 0.0 < story.rarity("strike") < story.rarity("litre") < story.RARE_ZIPF


def test_the_vector_is_a_unit_vector_of_rare_words() -> None:
    v = story.vector("Lindmark strike", "The strike at Lindmark went on. The farmers said it would.")
    assert "the" not in v and "said" not in v and "it" not in v
    assert set(v) >= {"lindmark", "strike", "farmers"}
    assert abs(sum(x * x for x in v.values()) - 1.0) < 1e-9
    assert v["lindmark"] > v["farmers"]  # twice and rarer
    assert story.vector("", "the and of it") == {}
    assert story.cosine({}, v) == 0.0


MILK_A = ("Dairy farmers blockade the Ostvale plant",
          "Around 40 tractors blocked the gates of the Lindmark cooperative's Ostvale plant as the milk strike "
          "entered its fourth day. Farmers want 44 cents a litre; the board offers 38. Talks broke up without "
          "agreement. Board chair Agnes Mohr said the talks will resume on Monday.")
MILK_B = ("How the milk stoppage ended",
          "The stoppage by dairy farmers supplying Lindmark lasted ten days and ended with a price of 41 cents a "
          "litre. The second round of negotiations opened on June 9 at the cooperative's offices; farmers "
          "dropped their demand for 44 cents and the board its offer of 38.")
FERRY = ("Island ferry fares to rise",
         "Passengers on the Skerra crossing will pay more from July, the operator Nordline announced. A return "
         "ticket rises by 12 percent; islanders' groups called the rise unfair. A new vessel entered service "
         "on June 9.")


def test_two_articles_of_one_story_share_rare_words_two_stories_do_not() -> None:
    a, b, c = (story.vector(*x) for x in (MILK_A, MILK_B, FERRY))
    assert story.cosine(a, b) >= story.STORY_COSINE
    assert story.one_story(a, b)
    assert story.cosine(a, c) < story.STORY_COSINE
    assert not story.one_story(b, c)
    assert story.cosine(a, b) == pytest.approx(story.cosine(b, a))


@pytest.mark.parametrize("later,merged", [
    # one story by its words (no person named in both): the plan came true
    (MILK_B, True),
    # another story's happening of that day
    (FERRY, False),
])
def test_a_plan_told_done_joins_by_the_words_of_its_story(later: tuple[str, str], merged: bool) -> None:
    a = art("a", "2025-06-05", MILK_A[1], MILK_A[0])
    b = art("b", "2025-06-20", later[1], later[0])
    ms = mentions_of(a, ("on Monday", "2025-06-09")) + mentions_of(b, ("on June 9", "2025-06-09"))
    assert [m.status for m in ms] == ["planned", "past"]
    together = [sorted({m.article for m in e.mentions}) for e in merge(ms, [a, b])]
    assert (["a", "b"] in together) is merged


def test_articles_far_apart_in_time_are_not_one_story_by_words(rules_only) -> None:  # noqa: ANN001
    """The story test by words reads articles within ``story.STORY_DAYS`` of each other: merge's
    rules keep these two apart (with the rules alone: the learned same-date join, tests/test_day_model.py,
    joins them, rightly: the talks that "will resume on Monday" are the round that "opened on June 9")."""
    a = art("a", "2025-06-05", MILK_A[1], MILK_A[0])
    b = art("b", "2025-09-20", MILK_B[1], MILK_B[0])
    ms = mentions_of(a, ("on Monday", "2025-06-09")) + mentions_of(b, ("on June 9", "2025-06-09"))
    assert len(merge(ms, [a, b])) == 2


def test_the_word_list_read_directly_agrees_with_wordfreq() -> None:
    """story reads wordfreq's small English list from its file (importing wordfreq costs ~0.16 s):
    its Zipf frequencies are wordfreq's own."""
    from wordfreq import zipf_frequency

    table = story._zipf()
    assert len(table) > 20_000
    for word in ("the", "said", "strike", "litre", "cooperative", "farmers"):
        assert table[word] == pytest.approx(zipf_frequency(word, "en", wordlist="small"), abs=0.011)
    assert "lindmark" not in table


def _milk(b_sentence: str) -> tuple:
    """A milk strike's start (June 2) and a later article of the story telling ``b_sentence``
    ("... earlier this month"); their mentions."""
    a = art("a", "2025-06-05", "The milk strike began on June 2, when about 600 farms stopped deliveries to the Lindmark "
            "cooperative's Ostvale plant. Farmers want 44 cents a litre; the board offers 38.",
            "Dairy farmers blockade the Ostvale plant")
    b = art("b", "2025-06-20", "The stoppage by dairy farmers supplying Lindmark ended with a price of 41 cents a litre. "
            + b_sentence, "How the milk stoppage ended")
    return a, b, mentions_of(a, ("June 2", "2025-06-02")) + mentions_of(b, ("earlier this month", "2025-06"))


def test_a_lone_month_of_a_story_by_words_folds_into_its_day_by_its_act() -> None:
    """Two articles of one story that share few names (merge's name tests fail) but whose words
    say one story: "The milk strike, which began earlier this month" is the strike that began on
    June 2, told less precisely: not an event of its own, but that event's coarser mention (the one
    finer event of the month whose clause tells its act: merge._fold_joins)."""
    import timeline.merge as merge_module

    a, b, ms = _milk("The milk strike, which began earlier this month, cost the cooperative about 9 million litres.")
    f, g = merge_module._Featurer({"a": a, "b": b})(ms[1], b.published), merge_module._Featurer({"a": a, "b": b})(ms[0], a.published)
    assert not merge_module._same_story(f, g, {"a": a, "b": b})  # the names alone do not tell
    dropped: list = []
    events = merge(ms, [a, b], dropped=dropped)
    assert [(e.date.value, [m.article for m in e.mentions]) for e in events] == [("2025-06-02", ["a", "b"])]
    assert dropped == []


def test_a_lone_month_of_a_story_beyond_doubt_sharing_its_matter_is_folded(monkeypatch, rules_only) -> None:
    """Fourteenth session: no act in common ("halted their deliveries" / "stopped deliveries"
    share one act word, not two), the names too few for merge's name tests, but the two articles
    are one story beyond doubt by their words (story cosine >= ``merge.ONE_TIE_COSINE``) and the
    month's sentence shares with the day's the words of its matter ("deliveries", "cooperative":
    ``merge.FOLD_CLOSE_MIN``), while its own article dates nothing in June to the day: a coarser
    telling, taken off with its reason. Without the rule the month stays an event. (Fifteenth
    session: June 2 being the only finer event the month's sentence shares words of the matter
    with, the month joins it as evidence: ``merge._fold_sole_finer``.)"""
    import timeline.merge as merge_module

    a, b, ms = _milk("Farms across the valley halted their deliveries earlier this month, the cooperative said.")
    dropped: list = []
    (event,) = merge(ms, [a, b], dropped=dropped)
    assert (event.date.value, [m.article for m in event.mentions]) == ("2025-06-02", ["a", "b"])
    assert dropped == []
    monkeypatch.setattr(merge_module, "FOLD_SOLE_MIN", 1000.0)
    assert [(e.date.value, len(e.mentions)) for e in merge(ms, [a, b], dropped=dropped)] == [("2025-06-02", 2)]
    assert dropped == []  # (eighteenth session: "deliveries", "cooperative" in lower case: merge._fold_by_lower)
    monkeypatch.setattr(merge_module, "FOLD_LOWER_MIN", 1000.0)
    monkeypatch.setattr(merge_module, "FOLD_SOLE_LOWER_MIN", 1000.0)  # (nineteenth session: merge._fold_sole_lower)
    assert [e.date.value for e in merge(ms, [a, b], dropped=dropped)] == ["2025-06-02"]
    assert [(d.article, d.expression.text) for d in dropped] == [("b", "earlier this month")]
    assert dropped[0].reason.startswith("told alone, and another article of its story")
    monkeypatch.setattr(merge_module, "FOLD_CLOSE_MIN", 1000.0)
    assert sorted(e.date.value for e in merge(ms, [a, b])) == ["2025-06", "2025-06-02"]


def test_a_lone_month_of_a_story_by_words_telling_another_act_stays() -> None:
    """The same story by words, a month's other happening ("the board cut its price in June"
    shares no act with the strike's start): kept."""
    a, b, ms = _milk("The board first lowered its offer to 36 cents earlier this month, the cooperative said.")
    assert sorted(e.date.value for e in merge(ms, [a, b])) == ["2025-06", "2025-06-02"]
