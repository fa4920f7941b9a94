"""Round 21 of the events stage (eighteenth session): rules found on the four sets written at the
session's start (eval/holdout65 .. holdout68), each an invented sentence here."""

from __future__ import annotations

import pytest

from test_events_round19 import _dropped_reason, _extract, _kept


@pytest.mark.parametrize("body,pub,expr", [
    ("They were due to move in last August, then at Christmas. Then, in November, the builder collapsed.", "2025-02-10", "last August"),
    ("They were due to move in last August, then at Christmas. Then, in November, the builder collapsed.", "2025-02-10", "Christmas"),
    ("The panels were meant to come off in 2022. They never did.", "2024-09-24", "2022"),
    ("We paid our deposit ages ago and were meant to get the keys at Christmas.", "2024-11-20", "Christmas"),
    ("The metro extension was supposed to open in 2025 and still carries no passengers.", "2026-03-02", "2025"),
])
def test_a_plan_told_in_the_past_dates_nothing(body: str, pub: str, expr: str) -> None:
    """"were due to move in last August", "was meant to", "were supposed to": a plan told in the
    past did not come about (had it, the text would tell the act): no event on its date."""
    ms, ds = _extract(body, pub)
    assert expr not in [m.expr for m in ms]
    (d,) = [d for d in ds if d.expression.text == expr]
    assert d.reason.startswith("the date of a past plan")


def test_a_plan_due_on_a_day_to_come_told_in_reported_speech_stays_planned() -> None:
    """"was due to" with a date after publication is reported speech of a plan that holds; a date
    in the subject ("The suspension in May was meant to settle the matter") is the suspension's."""
    assert _kept("The ministry said the minister was due to arrive in Karlshavn on Tuesday.", "2026-03-02") == [
        ("Tuesday", "2026-03-03", "planned")]
    assert _kept("The suspension of the insecticide in May was meant to settle the matter.", "2026-07-02") == [
        ("May", "2026-05", "past")]


def test_an_offset_counted_to_a_happening_after_publication_that_is_told_done_is_dropped() -> None:
    """"corrosion that inspectors had identified 30 months before it fell, the inquiry said in
    findings published on Thursday": counted from Thursday, the fall would come 30 months after
    publication, yet "fell" tells it done: no date to count from (it was 2028-12, planned)."""
    ms, ds = _extract("The Ulskard Bridge collapsed because of corrosion that inspectors had identified 30 months "
                      "before it fell, the public inquiry said in interim findings published on Thursday.", "2026-06-12")
    assert [(m.expr, m.date.value) for m in ms] == [("Thursday", "2026-06-11")]
    (d,) = [d for d in ds if d.expression.text == "30 months before"]
    assert d.reason == "event-relative, but no earlier dated event to count from"
    # counted from a date told before it, the same words date the identification
    assert ("30 months before", "2023-09", "past") in _kept(
        "The bridge fell in March. Inspectors had identified the corrosion 30 months before it fell.", "2026-06-12")


@pytest.mark.parametrize("body,pub,expr,reason", [
    ("This is the largest recall the Board has ordered since 2012. Last year it ordered 41 recalls, most of them "
     "involving toys.", "2026-09-16", "Last year", "a statistics period (a tally"),
    ("The regulator imposed 300 fines in 2025.", "2026-09-16", "2025", "a statistics period (a tally"),
    ("A 12-million-thaler refurbishment had been scheduled for 2019 but was never carried out.", "2025-11-08", "2019",
     "the date of something called off or postponed"),
    ("Today it's worth nothing, because no bank will lend on it.", "2024-09-24", "Today", "a background state"),
    ("When do you think you will be home? Honestly? Maybe next year. Maybe never.", "2024-09-24", "next year",
     "a possibility ('Maybe next year')"),
])
def test_round21_drops(body: str, pub: str, expr: str, reason: str) -> None:
    """A tally with "ordered"/"imposed", a plan never carried out, a value ("is worth"), a guess
    ("Maybe next year"): no event on those dates."""
    assert _dropped_reason(body, pub, expr).startswith(reason)


def test_round21_kept() -> None:
    """The same words where they date one act: "The court ordered 12 defendants released on Monday"
    (no tally over a period), "Maybe the talks will resume on Monday" (more than a guess's words)."""
    assert _kept("The court ordered 12 defendants released on Monday.", "2026-06-12") == [("Monday", "2026-06-08", "past")]
    assert _kept("Maybe the talks will resume on Monday.", "2024-09-24") == [("Monday", "2024-09-30", "planned")]


@pytest.mark.parametrize("body,pub,kept", [
    # a negated predicate coordinated with "has" after the date's own act
    ("The council froze its grants in September and has not yet restored them.", "2025-02-10", ("September", "2024-09", "past")),
    # an aside relative clause telling its own act; the negation is the main clause's
    ("Ilse Varnagaard, who steps down as rector at the end of the year, will not be around to see it.", "2025-06-16",
     ("the end of the year", "2025", "planned")),
    # "don't." ends a sentence: its negation is not the next one's
    ("A: Yes, on February 17. I will tell them what we know and what we don't. A full report is due by the end of March.",
     "2027-02-10", ("the end of March", "2027-03", "planned")),
])
def test_a_negation_of_another_clause_leaves_the_date(body: str, pub: str, kept: tuple[str, str, str]) -> None:
    assert kept in _kept(body, pub)


def test_was_after_a_comma_is_no_new_subject() -> None:
    """"the match, scheduled for saturday, was not played": ", was" starts no clause coordinated after
    the date's (``_COORDINATED_CLAUSE`` read "was" as a plural subject), so the negation is not
    another clause's; an aside with an act of its own is ("who steps down ..., will not")."""
    from timeline.events import _negation_elsewhere, _negation_in_other_clause

    cl = "the match, scheduled for saturday, was not played."
    st = cl.index("saturday")
    assert not _negation_in_other_clause(cl, st, st + 8)
    cl = "ilse varnagaard, who steps down as rector at the end of the year, will not be around to see it."
    st = cl.index("the end of the year")
    assert _negation_elsewhere(cl, st, st + len("the end of the year"))
    cl = "the vote, which is due on tuesday, will not be held."
    st = cl.index("tuesday")
    assert not _negation_elsewhere(cl, st, st + 7)


def test_the_end_of_the_year_after_a_year_counted_from_publication_is_the_publication_year() -> None:
    """"fall 8% by 2031, and last year's graduate survey found ...": "last year's" brings the text back
    to the publication's time, so "at the end of the year" is 2025, not 2031."""
    import datetime as dt

    from timeline.tag import tag

    body = ("Enrolment is projected to fall 8% by 2031, and last year's graduate survey found only 41% stayed.\n\n"
            "Ilse Varnagaard, who steps down as rector at the end of the year, will not see it.")
    (e,) = [e for e in tag(body, dt.date(2025, 6, 16)) if e.text == "the end of the year"]
    assert e.value == "2025"
    (e,) = [e for e in tag(body.replace(", and last year's graduate survey found only 41% stayed", ""), dt.date(2025, 6, 16))
            if e.text == "the end of the year"]
    assert e.value == "2031"  # (the year just named, as before)


@pytest.mark.parametrize("body,dropped", [
    ("The match, scheduled for Saturday, was not played.", True),
    ("The vote, planned for March, never took place.", True),
    ("The hearing, set for Monday, did not go ahead.", True),
    ("The meeting, scheduled for Saturday, will not be open to the public.", False),
])
def test_a_plans_aside_then_a_main_clause_saying_it_did_not_happen(body: str, dropped: bool) -> None:
    """A plan's aside (", scheduled for Saturday,") then a main clause telling it did not come about:
    no event (it was kept as planned); a negation about something else keeps it."""
    ms, ds = _extract(body, "2025-02-10")
    if dropped:
        assert ms == () and ds[0].reason.startswith("the date of a plan that did not happen")
    else:
        assert [m.status for m in ms] == ["planned"]


@pytest.mark.parametrize("body,pub,kept", [
    # the publication of a census dates one act, not the census's period
    ("Central to the ruling was the trust's census published in July, which recorded 12 breeding pairs.", "2026-08-10",
     ("July", "2026-07", "past")),
    ("The trust will publish its annual crane census in July.", "2026-05-10", ("July", "2026-07", "planned")),
    # results expected by a day: a planned act (the results' delivery), not a forecast of a state
    ("Results from the laboratory are expected by Friday, a spokesperson said.", "2024-09-10", ("Friday", "2024-09-13", "planned")),
])
def test_a_release_dates_one_act(body: str, pub: str, kept: tuple[str, str, str]) -> None:
    assert kept in _kept(body, pub)


def test_a_survey_period_stays_dropped() -> None:
    ms, ds = _extract("The survey, conducted in July, found 41% support.", "2026-08-10")
    assert ms == () and ds[0].reason == "a statistics or survey period, not an event"


@pytest.mark.parametrize("body,pub,expr,reason", [
    ("Lambing is running late on many farms this spring.", "2026-04-20", "this spring", "a background state"),
    ("The barley on his 180 hectares was already thin and yellow in June.", "2025-08-02", "June", "a background state"),
    ("A total fire ban has been in force since it was imposed on July 20, after the driest July in the region for 40 years.",
     "2026-08-01", "July", "a ranking over a period ('the driest July"),
    ("Tuesday's closing price was 11% below last Friday's, wiping about 90 million ducats off the company's value.",
     "2026-09-16", "last Friday", "a market price at a date"),
    ("The district lost more jobs than any other in the province in 2023.", "2025-03-01", "2023", "a statistics period (a comparison"),
])
def test_round21_states_records_and_figures(body: str, pub: str, expr: str, reason: str) -> None:
    assert _dropped_reason(body, pub, expr).startswith(reason)


def test_round21_acts_told_with_the_same_words_stay() -> None:
    """A past participle after "already" is an act ("was already closed in June"); the fire ban's day
    next to "the driest July" stays."""
    assert _kept("The plant was already closed in June.", "2025-08-02") == [("June", "2025-06", "past")]
    assert ("July 20", "2026-07-20", "past") in _kept(
        "A total fire ban has been in force since it was imposed on July 20, after the driest July in the region for 40 years.", "2026-08-01")


def test_next_years_noun_is_no_plan_of_the_clause() -> None:
    """"When the Assembly passed next year's budget on Tuesday": "next year's" names the budget's
    year; "passed" decides the weekday (the tagger and the events stage both read it so)."""
    assert _kept("When the Assembly passed next year's budget on Tuesday, my colleagues celebrated as if we had won.",
                 "2026-12-17") == [("Tuesday", "2026-12-15", "past")]
    assert _kept("The Assembly will debate next year's budget on Tuesday.", "2026-12-17") == [("Tuesday", "2026-12-22", "planned")]
