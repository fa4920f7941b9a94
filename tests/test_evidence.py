"""A dropped date that tells an event of its story joins it as a source (timeline/evidence.py).
Whole pipeline (tagger, extraction, merge, evidence) on invented articles."""

from __future__ import annotations

import pytest

import timeline.evidence as evidence
from timeline.build import analyse_article, assemble
from timeline.model import Article

from test_merge_fold import _timeline  # the whole pipeline on invented (id, published, title, body) rows

NOTICE = ("notice", "2026-02-10", "Rival bid for Corran yard",
          "A rival shipbuilder, the Aldane Group, said it was preparing a rescue bid for the Corran yard and hoped "
          "to make a formal offer by February 20. The yard employs 800 people.")
SUBMITTED = ("submitted", "2026-02-23", "Aldane bids for Corran yard",
             "The Aldane Group submitted a formal offer of 95 million for the Corran yard on February 20, its chairman "
             "said on Monday.")


def _on(tl, value: str):
    (e,) = [e for e in tl.events if e.date.value == value]
    return e


def test_a_deadline_joins_the_event_of_its_day_as_a_source(monkeypatch) -> None:
    """"hoped to make a formal offer by February 20" is dropped as a goal's deadline; the later report of
    the offer submitted on February 20 shares its matter ("formal", "offer", "yard"): the
    deadline's sentence becomes a source of that event, which keeps its date, status, title and
    id (evidence never decides an event); without the stage it stays among the dropped."""
    tl = _timeline(NOTICE, SUBMITTED)
    e = _on(tl, "2026-02-20")
    assert [(m.article, m.expr, m.rule, m.status) for m in e.mentions] == [
        ("notice", "February 20", "evidence", "planned"), ("submitted", "February 20", "month-day-year", "past")]
    (src,) = [m for m in e.mentions if m.rule == "evidence"]
    assert src.reason == ("a source of this event, not an event of its own "
                          "('by': a deadline or forecast, not when something happened)")
    assert src.sentence.startswith("A rival shipbuilder, the Aldane Group, said") and src.sentence_start == 0
    assert not [d for d in tl.dropped if d.article == "notice" and d.expression.text == "February 20"]

    monkeypatch.setattr(evidence, "EVIDENCE_MIN", 1000.0)
    alone = _timeline(NOTICE, SUBMITTED)
    before = _on(alone, "2026-02-20")
    assert [m.article for m in before.mentions] == ["submitted"]
    assert (before.id, before.title, before.status, before.date) == (e.id, e.title, e.status, e.date)
    (d,) = [d for d in alone.dropped if d.article == "notice" and d.expression.text == "February 20"]
    assert d.reason.startswith("'by': a deadline") and d.sentence_start == 0


def test_a_deadline_of_another_matter_stays_dropped() -> None:
    """The same day, another matter (a ferry timetable, not the offer): no word of the matter
    shared, so the deadline stays a dropped expression."""
    ferry = ("ferry", "2026-02-23", "Corran ferry timetable",
             "The Corran ferry company published its summer timetable on February 20, its chairman said on Monday.")
    tl = _timeline(NOTICE, ferry)
    assert [m.article for m in _on(tl, "2026-02-20").mentions] == ["ferry"]
    assert [d.reason[:16] for d in tl.dropped if d.article == "notice" and d.expression.text == "February 20"] == [
        "'by': a deadline"]


@pytest.mark.parametrize("reason,joins", [
    ("'by': a deadline or forecast, not when something happened", True),
    ("a background state, not an event", True),
    ("deixis inside a direct quotation: the speech time is unknown", False),
    ("negated: it did not happen then", False),
])
def test_only_reasons_of_a_date_still_true_join(reason: str, joins: bool) -> None:
    assert reason.startswith(evidence.EVIDENCE_REASONS) is joins


def test_an_undated_article_s_deadline_stays_dropped_without_error() -> None:
    """No publication date (the values have no year): nothing to compare, no error."""
    undated = Article(id="undated", path="undated.md", title="Rival bid for Corran yard", published=None,
                      body="The Aldane Group said it would submit a formal offer for the Corran yard by February 20.")
    tl = assemble([analyse_article(undated)])
    assert all(m.rule != "evidence" for e in tl.events for m in e.mentions)
    assert [d.expression.text for d in tl.dropped] == ["February 20"]


def test_a_dropped_date_without_a_calendar_value_is_left_alone() -> None:
    """A deadline whose value has no year ("XXXX-02-20": an undated article) is not compared (its
    interval is unknown): returned among the dropped, no error."""
    from timeline.model import Dropped, TimeExpression

    a = Article(id="a", path="a.md", title="t", body="Offers are due by February 20.", published=None)
    x = TimeExpression(start=19, end=30, text="February 20", type="DATE", value="XXXX-02-20", granularity="day")
    d = Dropped(article="a", expression=x, reason="'by': a deadline or forecast, not when something happened",
                sentence=a.body, sentence_start=0)
    assert evidence.attach((), (d,), (a,)) == ((), (d,))


MONTH_NOTICE = ("month-notice", "2026-02-10", "Corran yard rescue bid",
                "A rival shipbuilder, the Aldane Group, said it would submit a formal offer for the Corran yard "
                "by the end of February. The yard employs 800 people.")
MONTH_SUBMITTED = ("month-submitted", "2026-03-02", "Aldane bids for Corran yard",
                   "The Aldane Group submitted a formal offer of 95 million for the Corran yard on February 26, its "
                   "chairman said on Monday.")


def test_a_deadline_of_a_month_joins_the_event_of_a_day_in_its_part_of_the_month() -> None:
    """"would submit a formal offer ... by the end of February" (a month's deadline, no forecast)
    tells the offer submitted on February 26, in the month's second half: a source of that event,
    whose date stays the day."""
    tl = _timeline(MONTH_NOTICE, MONTH_SUBMITTED)
    e = _on(tl, "2026-02-26")
    assert [(m.article, m.expr, m.rule) for m in e.mentions] == [
        ("month-notice", "the end of February", "evidence"), ("month-submitted", "February 26", "month-day-year")]


@pytest.mark.parametrize("body, day", [
    # the day lies outside the part of the month the deadline names
    ("The Aldane Group submitted a formal offer of 95 million for the Corran yard on February 3, its chairman "
     "said on Monday.", "2026-02-03"),
])
def test_a_deadline_of_a_month_does_not_join_a_day_outside_its_part(body: str, day: str) -> None:
    tl = _timeline(MONTH_NOTICE, ("month-submitted", "2026-03-02", "Aldane bids for Corran yard", body))
    assert [m.article for m in _on(tl, day).mentions] == ["month-submitted"]
    assert [d.expression.text for d in tl.dropped if d.article == "month-notice"] == ["the end of February"]


def test_a_forecast_of_a_month_does_not_join() -> None:
    """"could be free of the mite by the end of May" foresees a state: it joins no event of a day."""
    fore = ("forecast", "2026-05-04", "Mite outbreak", "The county could be free of the mite by the end of May, "
            "inspectors said, after hives were destroyed at Lunde.")
    done = ("declared", "2026-06-01", "Mite outbreak over", "Inspectors declared the county free of the mite on "
            "May 28 after hives were destroyed at Lunde.")
    tl = _timeline(fore, done)
    assert [m.article for m in _on(tl, "2026-05-28").mentions] == ["declared"]


WEIR = ("weir", "2025-03-10", "Marrowgate weir to go",
        "The Marrowgate weir was built in 1838 to power a flax mill. The rivers trust wants it gone by 2027.")


@pytest.mark.parametrize("body,joins", [
    ("Campaigners say the 1838 weir, built for a flax mill, has blocked salmon for generations.", True),
    # a law named by its year is a standing text, not a telling of the act of passing it
    ("Farmers already pay a fee for the same water under a 1838 statute, the union said.", False),
])
def test_a_year_naming_a_thing_joins_the_event_of_that_year_of_its_story(body: str, joins: bool) -> None:
    """Eighteenth session: "the 1838 weir" is dropped as a year naming a thing; the story's event of
    1838 ("The Marrowgate weir was built in 1838") shares its matter ("weir"): it joins as a source.
    Not "under a 1838 statute" (``evidence._STANDING_THING``)."""
    tl = _timeline(WEIR, ("later", "2025-06-10", "Weir campaign", body), story="marrowgate")  # (one story by its key)
    e = _on(tl, "1838")
    assert [m.article for m in e.mentions] == (["later", "weir"] if joins else ["weir"])
    left = [d for d in tl.dropped if d.article == "later" and d.expression.text == "1838"]
    assert len(left) == (0 if joins else 1)
    if left:
        assert left[0].reason.startswith("a year naming a thing")
