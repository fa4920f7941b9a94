"""Event rules, round 19 (sixteenth session): a date inside a noun phrase of a happening ("the
refinery's March fire", "her collapse in September", "the hearing two weeks ago") stands when the
clause's negation is about something else; it stays negated when the phrase is the subject of a
verb telling it never came about, after a time preposition, or under a modal's negation. A clause of state words does not make a date a background when the
date dates a happening of its own (its noun phrase, a when-clause after it, a first or last one,
a plan's cue before it, the state words in another stretch). Table
rows: (why, published, body, kept as (expression, value), dropped expression -> words of its reason)."""

from __future__ import annotations

import pytest

from test_anchors_round14 import check_row

NEG = "negated: it did not happen then"

ROWS = [
    # the date premodifies a happening noun; the negated predicate describes it
    ("'the refinery's March fire was not an accident'", "2026-05-10",
     "Investigators said the refinery's March fire was not an accident.", [("March", "2026-03")], {}),
    ("'its own March 2024 audit' as the object of a negated verb", "2026-05-10",
     "The ministry had not acted on the findings of its own March 2024 audit.", [("March 2024", "2024-03")], {}),
    ("'The 2019 collision ... was never investigated'", "2026-05-10",
     "The 2019 collision with the pier was never investigated.", [("2019", "2019")], {}),
    # the date after its noun (through a place)
    ("'Her collapse in September was not a surprise'", "2026-05-10",
     "Her collapse in September was not a surprise to her doctors.", [("September", "2025-09")], {}),
    ("'the hearing two weeks ago' inside a negated clause", "2026-05-10",
     "The union did not accept the offer made at the hearing two weeks ago.", [("two weeks ago", "2026-04-26")], {}),
    ("'The theft at Dorrin earlier this month was not the first'", "2026-05-20",
     "The theft at Dorrin earlier this month was not the first of its kind.", [("earlier this month", "2026-05")], {}),
    # ... still negated: the subject never came about
    ("'The June 3 vote was not held'", "2026-05-10", "The June 3 vote was not held.", [], {"June 3": NEG}),
    ("'The 2019 race was never run'", "2026-05-10", "The 2019 race was never run.", [], {"2019": NEG}),
    # ... a time preposition's phrase after the negation: the date may be the verb's
    ("'did not speak after the meeting on Sunday'", "2026-05-10", "He did not speak after the meeting on Sunday.",
     [], {"Sunday": NEG}),
    ("'should not wait for the annual meeting in the spring'", "2026-05-10",
     "The board should not wait for the annual meeting in the spring.", [], {"the spring": NEG}),
    # ... a modal's negation: a stance, not when
    ("'would not seek a review of the court's April ruling'", "2026-05-10",
     "The council would not seek a review of the court's April ruling.", [], {"April": NEG}),
    # a clause of state words, the date a happening's own (sixteenth session, `_state_not_the_dates`)
    ("'The seizure a week ago ... was the port's biggest'", "2026-03-10",
     "The seizure a week ago of two tonnes of cocaine at Vellmouth was the port's biggest.", [("a week ago", "2026-03-03")], {}),
    ("'remembers January 2019, when the bridge was closed'", "2026-03-10",
     "Anyone who lived there remembers January 2019, when the bridge was closed by a flood.", [("January 2019", "2019-01")], {}),
    ("'The last blackout on this scale was in December 2009'", "2026-03-10",
     "The last blackout on this scale was in December 2009.", [("December 2009", "2009-12")], {}),
    ("'The transfer remains set for April 14'", "2026-03-10", "The transfer remains set for April 14.", [("April 14", "2026-04-14")], {}),
    ("'Her crew, who had been laid off ..., return to work next Monday'", "2026-03-10",
     "Her crew, who had been laid off for five weeks, return to work next Monday.", [("next Monday", "2026-03-16")], {}),
    ("'on Wednesday to decide whether the slope is still moving'", "2026-03-10",
     "Geologists will fly over the slide on Wednesday to decide whether the slope is still moving.", [("Wednesday", "2026-03-11")], {}),
    # ... still states
    ("'It is the second smuggling trial at the court this year'", "2026-03-10",
     "It is the second smuggling trial at the court this year.", [], {"this year": "a background state"}),
    ("'The tunnel had been due to open in December 2027'", "2026-03-10",
     "The tunnel had been due to open in December 2027.", [], {"December 2027": "a background state"}),
    ("'On Wednesday evening, a crowd ... might have been bidding'", "2026-03-10",
     "On Wednesday evening, a small crowd of collectors might have been bidding for the manuscript.", [],
     {"Wednesday evening": "a background state"}),
    # a stated year fronted before a large or approximate count, a share with an irregular verb
    ("'In 2023, more than 2,100 people drowned'", "2026-05-10",
     "In 2023, more than 2,100 people drowned or went missing in the Inner Sea.", [], {"2023": "a statistics period"}),
    ("'In 2019, 12,400 workers struck for a day'", "2026-05-10", "In 2019, 12,400 workers struck for a day.", [],
     {"2019": "a statistics period"}),
    ("'In 2021, 97% of registered voters ... cast ballots'", "2026-05-10",
     "In 2021, 97% of registered voters in the village of Hessel cast ballots.", [], {"2021": "a statistics period"}),
    # ... not a small count: one happening of a history
    ("'In 1998, two animals died on the sandbar' stays", "2026-05-10", "In 1998, two animals died on the sandbar.",
     [("1998", "1998")], {}),
    # market figures: a price's move over a day, a traded contract's month, a maturity, a kind of period
    ("'Wholesale prices at the hub jumped 23% on Thursday'", "2027-01-08",
     "Wholesale prices at the Pellmark hub jumped 23% on Thursday to 61 ducats per megawatt hour.", [],
     {"Thursday": "a market move on a day"}),
    ("'The main index fell 1.7% in early trading on Monday'", "2027-01-08",
     "The main index fell 1.7% in early trading on Monday.", [], {"Monday": "a market move"}),
    ("'the April contract, which settled at 48.20 ducats'", "2027-01-08",
     "Traders said the April contract, which settled at 48.20 ducats per megawatt hour, could fall further.", [],
     {"April": "a delivery month naming a traded contract"}),
    ("'bonds worth 400 million ducats maturing in June'", "2027-01-08", "It has bonds worth 400 million ducats maturing in June.",
     [], {"June": "a maturity or expiry date"}),
    ("'a cold February would help Halmgard'", "2027-01-08", "The mild spell helps Tervagaz; a cold February would help Halmgard.",
     [], {"February": "a kind of period"}),
    # ... a company's shares on the day of its news stay (an event of its story as often as not)
    ("'Pellimore shares plunged 41% on Monday' stays", "2026-02-11", "Pellimore shares plunged 41% on Monday after the verdict.",
     [("Monday", "2026-02-09")], {}),
    # a year or a season before a happening's noun dates it ("the 2018 drought", "last autumn's grant freeze")
    ("'after the 2018 drought'", "2027-01-20", "Growers called for a scheme similar to the one introduced after the 2018 drought.",
     [("2018", "2018")], {}),
    ("'oversaw last autumn's grant freeze'", "2027-01-20", "Maelstad oversaw last autumn's grant freeze.", [("last autumn", "2026-FA")], {}),
    ("'In a 1979 interview, he said'", "2027-01-20", "In a 1979 interview, he said the club would survive.", [("1979", "1979")], {}),
    # ... not the period's state told in the present
    ("'This year's drought is not yet over'", "2027-01-20", "This year's drought is not yet over.", [],
     {"This year": "a year naming a thing"}),
    # a possibility's earliest day looks ahead; a unit before a full stop ends its sentence
    ("'said streets could be evacuated as early as Monday'", "2025-10-12",
     "Officials said riverside streets could be evacuated as early as Monday.", [("Monday", "2025-10-13")], {}),
    ("'... 110 km/h. The office first issued an amber warning on Thursday'", "2025-10-12",
     "Ysmay was expected to come ashore with gusts of up to 110 km/h. The office first issued an amber warning on Thursday.",
     [("Thursday", "2025-10-09")], {}),
    # a referent named as a verb earlier, past a sentence that names it only as a participle of a noun
    ("'a day before the certification' past 'The certified figures ... September 28'", "2026-10-08",
     "The commission on Tuesday certified the results of the September 27 election. The certified figures differ "
     "slightly from the provisional results released on September 28. The two parties opened formal talks a day before "
     "the certification.",
     [("Tuesday", "2026-10-06"), ("September 27", "2026-09-27"), ("September 28", "2026-09-28"), ("a day before", "2026-10-05")], {}),
    # the start of what still stands; a participle after a determiner is no verb of the clause
    ("'unpaid fees going back to 2025'", "2027-01-08", "Halmgard says Tervagaz owes it 310 million ducats in unpaid fees going back to 2025.",
     [], {"2025": "an open interval's start"}),
    ("'contracts dating from 2022'", "2027-01-08", "Riders on contracts dating from 2022 are covered.", [],
     {"2022": "an open interval's start"}),
    ("'A planned 1995 referendum on the accord never took place'", "2027-01-08",
     "A planned 1995 referendum on the accord never took place.", [], {"1995": NEG}),
    # a court's act as its ruling ("upheld", "overturned", "quashed", "annulled")
    ("'five days after the ruling' after 'upheld the runoff result on March 10'", "2026-04-20",
     "When the tribunal upheld the runoff result on March 10, it ended the dispute. At her inauguration five days after "
     "the ruling, she promised to govern for all.", [("March 10", "2026-03-10"), ("five days after", "2026-03-15")], {}),
    # "the same day as X" with X dated nowhere: no guess from the previous dated event; its own sentence's date stands
    ("'On the same day as the hearing' with no dated hearing", "2025-03-24",
     "The breach was made public on March 3. Amsenne spent three hours before the committee on Thursday. On the same day "
     "as the hearing, the inspectorate ordered Quendrel to preserve its logs.",
     [("March 3", "2025-03-03"), ("Thursday", "2025-03-20")], {"the same day": "event-relative to “the hearing”"}),
    ("'on July 16, came on the same day as the worst of the blackouts'", "2025-03-24",
     "The record, 44.1C at Oster Mill on July 16, came on the same day as the worst of the blackouts.",
     [("July 16", "2024-07-16"), ("the same day", "2024-07-16")], {}),
    # a stated year fronted before a figure of its own: a count of ten or more, a share of, a comparison
    ("'In 2024 our volunteer network flagged 412 papers'", "2026-05-10", "In 2024 our volunteer network flagged 412 papers.",
     [], {"2024": "a year fronted before a figure"}),
    ("'In 2025 the agency spent 31% of its entire budget on it'", "2026-05-10",
     "In 2025 the agency spent 31% of its entire budget on it.", [], {"2025": "a year fronted before a figure"}),
    ("'In 2025 it visited fewer than half of them'", "2026-05-10", "In 2025 it visited fewer than half of them.", [],
     {"2025": "a year fronted before a figure"}),
    # ... not a happening told with a number: a score, a model, a change by so much, a few, a happening noun
    ("'In 2021 Kessel beat a rival by 96 votes to 31' stays", "2026-05-10", "In 2021 Kessel beat a rival by 96 votes to 31.",
     [("2021", "2021")], {}),
    ("'In 2017 a P-42 operated by a charter firm lost power' stays", "2026-05-10",
     "In 2017 a P-42 operated by a charter firm lost power.", [("2017", "2017")], {}),
    ("'In 2023 the province cut its budget by 12%' stays", "2026-05-10",
     "In 2023 the province cut its aerial firefighting budget by 12%.", [("2023", "2023")], {}),
    ("'In 2019, a fire destroyed 14 homes' stays", "2026-05-10", "In 2019, a fire destroyed 14 homes.", [("2019", "2019")], {}),
    # an offset of years dates no happening it names; one year still counts
    ("'52 years after it opened'", "2026-05-10", "The pool closed in March, 52 years after it opened.",
     [("March", "2026-03")], {"52 years after": "event-relative over years"}),
    ("'a year after he paid for the restoration' stays", "2026-05-10",
     "The degree was conferred at a ceremony in June 2014, a year after he paid for the restoration.",
     [("June 2014", "2014-06"), ("a year after", "2013")], {}),
    # a count from an event whose clause tells a present state; an idiom
    ("'Five months later the city has a new police chief'", "2026-05-10",
     "The chief resigned on March 2. Five months later the city has a new police chief and a new rule for body cameras.",
     [("March 2", "2026-03-02")], {"Five months later": "a present situation"}),
    ("'and not a day before'", "2026-05-10", "The gallery closed on Monday. It will reopen then, and not a day before.",
     [("Monday", "2026-05-04")], {"a day before": "an idiom"}),
]


@pytest.mark.parametrize(("why", "published", "body", "kept", "dropped"), ROWS, ids=[r[0] for r in ROWS])
def test_round19_events(why: str, published: str, body: str, kept: list[tuple[str, str]], dropped: dict[str, str]) -> None:
    check_row(why, published, body, kept, dropped)


# --- seventeenth session -------------------------------------------------------------------


def _extract(body: str, pub: str):  # type: ignore[no-untyped-def]
    """The events stage on one invented article: its mentions and dropped expressions."""
    import datetime as dt

    from timeline.events import extract
    from timeline.model import Article
    from timeline.tag import tag

    d = dt.date.fromisoformat(pub)
    return extract(Article(id="a", path="a.md", title="T", body=body, published=d), tag(body, d))


def _kept(body: str, pub: str) -> list[tuple[str, str, str]]:
    ms, _ = _extract(body, pub)
    return [(m.expr, m.date.value, m.status) for m in ms]


def _dropped_reason(body: str, pub: str, expr: str) -> str:
    """The reason ``expr`` was dropped: it is no mention, and exactly one dropped expression has its text."""
    ms, ds = _extract(body, pub)
    assert expr not in [m.expr for m in ms]
    (d,) = [d for d in ds if d.expression.text == expr]
    return d.reason


def test_a_b_sample_is_no_survey_sample() -> None:
    """"as her B sample confirmed in early February" dates the confirmation: an athlete's sample is
    no survey's ("a sample of 2,000 adults")."""
    ms, ds = _extract("The panel found that the product she took contained velatrozine, as her B sample confirmed "
                      "in early February.", "2027-05-03")
    assert [(m.expr, m.date.value) for m in ms] == [("early February", "2027-02")]
    ms, ds = _extract("In a sample of 2,000 adults interviewed in early February, 41% backed the plan.", "2027-05-03")
    assert ms == () and [d.reason[:24] for d in ds] == ["a statistics or survey p"]


def test_an_offset_from_a_death_dated_coarsely_here_is_resolved_across_the_story() -> None:
    """"At her funeral, five days after her death" in an article dating the death only "in
    January": another article of the story dates it to the day ("died on Sunday", January 11), so
    the funeral is January 16 (a death is a happening its noun names)."""
    from test_merge_fold import _timeline

    obit = ("obit", "2026-01-13", "Evgenia Saltmarsh-Kovac dies at 81",
            "Evgenia Saltmarsh-Kovac, who led the Tessarine Opera for three decades, died on Sunday in Brunnhaven.")
    review = ("review", "2026-03-16", "Tessarine Opera reopens with a gala",
              "Evgenia Saltmarsh-Kovac, music director of the Tessarine Opera, died in January. At her funeral, five "
              "days after her death, the orchestra of the Tessarine Opera had played the overture.")
    tl = _timeline(obit, review)
    assert [(e.date.value, [m.expr for m in e.mentions]) for e in tl.events if e.date.value.startswith("2026-01-1")] == [
        ("2026-01-11", ["Sunday", "January"]), ("2026-01-16", ["five days after"])]


def test_a_date_in_a_suspension_noun_phrase_dates_the_suspension() -> None:
    """"has been out of competition since her provisional suspension last month": the state's
    clause holds a happening's noun phrase, whose date stands."""
    ms, _ = _extract("She has been out of competition since her provisional suspension last month.", "2027-02-10")
    assert [(m.expr, m.date.value) for m in ms] == [("last month", "2027-01")]


def test_next_tuesday_and_wednesday_is_one_range() -> None:
    """"will hold drop-in sessions next Tuesday and Wednesday" in a Wednesday article: the two
    days after, one event (not today's Wednesday)."""
    ms, _ = _extract("The board will hold drop-in sessions at the Corn Exchange next Tuesday and Wednesday.", "2025-06-11")
    assert [(m.expr, m.date.value, m.status) for m in ms] == [
        ("next Tuesday and Wednesday", "2025-06-17/2025-06-18", "planned")]


def test_a_negation_in_an_aside_relative_clause_is_its_own() -> None:
    """"Athletic, who have not lost at home in six games, ... travel to Dunmere on Tuesday": the
    fixture stands; the main clause's own negation still drops ("... did not travel on Tuesday")."""
    assert _kept("Athletic, who have not lost at home in six games, move up to ninth and travel to Dunmere on "
                 "Tuesday.", "2025-11-23") == [("Tuesday", "2025-11-25", "planned")]
    assert _kept("Athletic, who have lost twice at home, did not travel to Dunmere on Tuesday.", "2025-11-27") == []


def test_later_counts_from_the_main_line_not_a_participle_aside_stepping_back() -> None:
    """"went ahead on March 20 after the executive, meeting the evening before, refused ... Four
    days later": four days after the 20th, not after the evening before."""
    assert _kept("The second walkout went ahead on March 20 after the executive, meeting the evening before, refused "
                 "to suspend it. Four days later, after 14 hours of talks, negotiators shook hands on a package.",
                 "2025-04-04") == [("March 20", "2025-03-20", "past"), ("the evening before", "2025-03-19", "past"),
                                   ("Four days later", "2025-03-24", "past")]


@pytest.mark.parametrize("body, pub", [
    ("Escapes from closed prisons are, to be fair, rare: there were 3 in 2025, against 11 in 2015.", "2026-03-10"),
    ("Ostrowe may now seek compensation, though the scheme pays out rarely: in 2025 it approved 4 of 61 claims.",
     "2026-03-10"),
    ("The arrest was made by officers of the National Extradition Unit, which made 212 arrests on foreign warrants "
     "last year, about 15% of them at airports.", "2026-03-10"),
])
def test_counts_over_a_period_are_statistics(body: str, pub: str) -> None:
    """An elliptical count ("there were 3 in 2025"), a share of a tally ("approved 4 of 61 claims")
    and acts made so many times ("made 212 arrests ... last year") date no event."""
    assert _kept(body, pub) == []


def test_one_arrest_made_last_year_stays() -> None:
    assert _kept("Police made an arrest in the case last year.", "2026-03-10") == [("last year", "2025", "past")]


@pytest.mark.parametrize("body, pub", [
    ("Sales of the winning novel typically rise by more than 400% in the week after the announcement.", "2024-09-10"),
    ("Residents had lodged 212 objections, citing 140 noise complaints logged last summer.", "2025-03-10"),
])
def test_habits_and_tallies_date_no_event(body: str, pub: str) -> None:
    """A habit counted from a kind of happening ("typically rise ... in the week after the
    announcement") and a tally told by its participle ("140 noise complaints logged last summer")."""
    assert _kept(body, pub) == []


def test_a_filing_for_a_count_of_people_stays() -> None:
    """"A class action on behalf of about 40,000 customers was filed ... in June": one filing."""
    assert _kept("A class action on behalf of about 40,000 customers was filed in the district court in June.",
                 "2024-09-10") == [("June", "2024-06", "past")]


def test_a_share_of_a_counted_group_in_words_is_a_statistic() -> None:
    """"Of the 1,380 samples it collected in 2026, nine produced adverse findings": a share of a
    counted group, told by a number word."""
    assert _kept("Of the 1,380 samples it collected in 2026, nine produced adverse findings.", "2027-03-10") == []


def test_a_range_between_two_weekday_dates_set_off_by_commas() -> None:
    """"from Monday, March 9, to Friday, March 20": one window (the comma before "to")."""
    assert _kept("The fund will pay affected savers from Monday, March 9, to Friday, March 20.", "2026-03-02") == [
        ("Monday, March 9, to Friday, March 20", "2026-03-09/2026-03-20", "planned")]


def test_how_things_looked_is_a_state() -> None:
    """"Five weeks ago, Ystravia looked like a country on the edge of a crisis": how it seemed, no
    event; "looked at the plans" is an act."""
    assert _kept("Five weeks ago, Ystravia looked like a country on the edge of a currency crisis.", "2026-11-25") == []
    assert _kept("On Monday the minister looked at the plans.", "2026-11-25") == [("Monday", "2026-11-23", "past")]


@pytest.mark.parametrize("body, pub", [
    ("The shares recovered 6% this week.", "2024-01-19"),
    ("1,140: the number of retail stores that closed for good across the country last year, according to the "
     "Shopfront Data Unit.", "2024-01-19"),
])
def test_a_weeks_move_and_the_number_of_are_figures(body: str, pub: str) -> None:
    assert _kept(body, pub) == []


def test_a_number_of_arrests_last_week_stays() -> None:
    """"A number of people were arrested last week": several, one operation's arrests."""
    assert _kept("A number of people were arrested last week.", "2024-01-19") == [("last week", "2024-W02", "past")]


@pytest.mark.parametrize("body, pub", [
    ("The authority points out that reliability on the rest of the network was 97% last month.", "2025-12-10"),
    ("The authority had intended to re-tender the routes in 2021 but extended Thistlebank's contract instead.",
     "2025-12-10"),
])
def test_a_figures_value_and_an_intention_given_up(body: str, pub: str) -> None:
    """A figure's value through its scope ("reliability on the rest of the network was 97% last
    month"); a past intention given up ("had intended to ... in 2021 but ... instead")."""
    assert _kept(body, pub) == []


def test_a_state_held_for_a_period_is_no_event() -> None:
    """"Fares are frozen for 2027": a state over the year; "His trial has been fixed for February
    2026" is a plan."""
    assert _kept("A new timetable starts on 1 March. Fares are frozen for 2027.", "2026-12-01") == [
        ("1 March", "2027-03-01", "planned")]
    assert _kept("His trial has been fixed for February 2026.", "2025-11-20") == [("February 2026", "2026-02", "planned")]


def test_a_decision_not_to_act_and_a_show_window() -> None:
    """"The decision on April 22 not to appeal": a decision is an event; "will be shown from
    Saturday 3 July to Sunday 29 August": an exhibition's run, one window."""
    assert _kept("The decision on April 22 not to appeal against the curfew kept the council onside.", "2025-06-02") == [
        ("April 22", "2025-04-22", "past")]
    assert _kept("All three works will be shown from Saturday 3 July to Sunday 29 August in a free exhibition.",
                 "2027-06-24") == [("Saturday 3 July to Sunday 29 August", "2027-07-03/2027-08-29", "planned")]


def test_a_hearing_listed_over_weeks_is_one_window() -> None:
    """"the hearing had been listed from February 9 to February 27": an 18-day listing, one window."""
    assert _kept("The coroner told the jury that the hearing had been listed from February 9 to February 27.",
                 "2026-02-02") == [("February 9 to February 27", "2026-02-09/2026-02-27", "planned")]


def test_a_negated_predicate_coordinated_after_the_dates_is_its_own() -> None:
    """"New penalty rules take effect on October 1 and do not apply to this case": the rules' start
    stands; "did not sail on Monday and will not sail on Tuesday" stays negated."""
    assert _kept("New penalty rules, which allow fines, take effect on October 1 and do not apply to this case.",
                 "2026-09-15") == [("October 1", "2026-10-01", "planned")]
    assert _kept("The ferry did not sail on Monday and will not sail on Tuesday.", "2026-09-15") == []


def test_an_offset_whose_sentence_holds_only_a_coarse_date_waits_for_the_referent() -> None:
    """"Calloway Marr's downgrade, a week before the collapse, came after ... an internal audit,
    completed in October": October is too coarse to count back from; the collapse, dated in another
    article of the story (February 27), dates the downgrade (February 20). A kind of happening ("in
    the 48 hours before a draw") still counts from nothing."""
    from test_merge_fold import _timeline

    wire = ("wire", "2026-02-28", "Grellwyn Savings Bank collapses",
            "Grellwyn Savings Bank collapsed on Friday after Calloway Marr cut the Grellwyn rating to junk.")
    later = ("later", "2026-04-02", "Grellwyn documents released",
             "Documents released on Tuesday about Grellwyn Savings Bank show that the Calloway Marr downgrade, a week "
             "before the collapse, came after the agency had seen an internal audit, completed in October.")
    tl = _timeline(wire, later)
    assert [(m.article, m.expr) for e in tl.events if e.date.value == "2026-02-20" for m in e.mentions] == [
        ("later", "a week before")]
    assert _kept("The rules ban changes to the results system in the 48 hours before a draw, adopted in 2023.",
                 "2026-04-02") == [("2023", "2023", "past")]


def test_a_tally_whose_date_hangs_on_a_happening_subject_dates_it() -> None:
    """"The public ballot last month drew more than 40,000 applications": the ballot's month; "The
    helpline last month took 1,310 calls" stays a tally's period."""
    assert _kept("The public ballot last month drew more than 40,000 applications for 1,850 seats.", "2026-03-16") == [
        ("last month", "2026-02", "past")]
    assert _kept("The helpline last month took 1,310 calls.", "2026-03-16") == []
