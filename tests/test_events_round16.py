"""Round 16 of event detection (issue 4): tense after a participle's auxiliary, a moved date, a
threat's day, a date after a complement in a clause of its own, tallies over a period.

Each row is a body of our own: published, body, the mentions kept as (expression, value), and the
part of the reason of each expression dropped.
"""

from __future__ import annotations

import pytest

from test_anchors_round14 import _run, check_row

ROWS: list[tuple[str, str, str, list[tuple[str, str]], dict[str, str]]] = [
    # an irregular participle after "be" is no past tense: the future decides a yearless date
    ("'will be held on 7 August' (April)", "2026-04-15", "The festival will be held on 7 August.",
     [("7 August", "2026-08-07")], {}),
    ("'to be held from 7 to 9 August' (April)", "2026-04-15",
     "The applicant seeks longer hours for the festival, to be held from 7 to 9 August.",
     [("7 to 9 August", "2026-08-07/2026-08-09")], {}),
    ("'is being paid on 3 May' (April)", "2026-04-15", "The bonus is being paid on 3 May.", [("3 May", "2026-05-03")], {}),
    ("'was held on 7 August' stays past (April)", "2026-04-15", "The festival was held on 7 August.",
     [("7 August", "2025-08-07")], {}),
    # a moved happening's new date lies ahead
    ("'has been pushed back to March' (November)", "2025-11-24",
     "The opening of the tram extension has been pushed back to March, the authority said.", [("March", "2026-03")], {}),
    ("'postponed to February' (November)", "2025-11-24", "The hearing was postponed to February.", [("February", "2026-02")], {}),
    ("'moved to Leeds in March' stays past (November)", "2025-11-24", "The firm moved to Leeds in March.",
     [("March", "2025-03")], {}),
    # a threat's or a pledge's day is the threatened act's, ahead
    ("'threatened to publish the files on Friday unless'", "2025-09-17",
     "The gang has claimed the attack and threatened to publish the files on Friday unless the trust pays.",
     [("Friday", "2025-09-19")], {}),
    ("'vowed to march on Saturday'", "2025-09-17", "The union vowed to march on Saturday.", [("Saturday", "2025-09-20")], {}),
    ("'threatened the staff on Friday' stays past", "2025-09-17", "The gang threatened the staff on Friday.",
     [("Friday", "2025-09-12")], {}),
    # a date after the complement, in a clause of another subject, is not the main clause's
    ("'lifted two days after the leak began, and the Directorate served a notice on May 19'", "2025-06-12",
     "A tank began leaking on May 13. The order was lifted two days after the leak began, and the Directorate "
     "served a notice on May 19.",
     [("May 13", "2025-05-13"), ("two days after", "2025-05-15"), ("May 19", "2025-05-19")], {}),
    ("'reopened on Thursday, three days after it closed' stays", "2025-06-12",
     "The bridge reopened on Thursday, three days after it closed.",
     [("Thursday", "2025-06-12"), ("three days after", "2025-06-09")], {}),
    # a planned clause counts "the previous day" from the plan told before, not from a past event between
    ("'will open on 18 April. Repairs were completed on Friday. A ceremony will be held the previous day'", "2026-03-31",
     "The bypass will open to traffic on 18 April. Repairs were completed on Friday. An official ceremony will be held the previous day.",
     [("18 April", "2026-04-18"), ("Friday", "2026-03-27"), ("the previous day", "2026-04-17")], {}),
    ("'Repairs ended on Friday. The road reopened the next day' stays", "2026-03-31",
     "The bypass will open on 18 April. Repairs ended on Friday. The road reopened to buses the next day.",
     [("18 April", "2026-04-18"), ("Friday", "2026-03-27"), ("the next day", "2026-03-28")], {}),
    # past the flashback's earlier steps in its own sentence: the main clause's day
    ("'lifted off on September 12, three days after a scrub, once managers had cleared it on September 10. ... the next day'",
     "2026-10-02", "Ilmara lifted off on September 12, three days after a scrubbed attempt, once mission managers had cleared "
     "the repaired rocket on September 10. The engine burn that sent it towards the Moon came the next day.",
     [("September 12", "2026-09-12"), ("three days after", "2026-09-09"), ("September 10", "2026-09-10"),
      ("the next day", "2026-09-13")], {}),
    # the event just told is too coarse to count from: no finer date of an earlier paragraph instead
    ("letters: 'the offer made last week was fair. The union rejected it two days later'", "2026-02-27",
     "Sir, the strike that began on Monday is about pay.\n\nSir, the offer made last week was fair. "
     "The union rejected it two days later without asking its members.",
     [("Monday", "2026-02-23"), ("last week", "2026-W08")], {"two days later": "too coarse"}),
    ("'The strike began on Monday. Talks resumed two days later' stays", "2026-02-27",
     "The strike began on Monday.\n\nTalks resumed two days later.", [("Monday", "2026-02-23"), ("two days later", "2026-02-25")], {}),
    # "planning" modifying a noun is no plan
    ("'Also on Tuesday, the planning committee granted planning permission'", "2026-03-12",
     "Also on Tuesday, the council's planning committee granted planning permission for the scheme by 7 votes to 2.",
     [("Tuesday", "2026-03-10")], {}),
    # a fixture told with the copula ("is on Tuesday"), whatever participle names it
    ("'The only televised debate is on Tuesday'", "2026-09-14", "The only televised debate is on Tuesday, on the regional channel.",
     [("Tuesday", "2026-09-15")], {}),
    # "the same day" is the main line's day, not a participle aside's
    ("'The review, launched on May 11, said ... stepped down on the same day'", "2026-07-02",
     "The review found failures in a report published on Tuesday. The review, launched on May 11, said the alarm "
     "had been disabled. The head of the group stepped down on the same day.",
     [("Tuesday", "2026-06-30"), ("May 11", "2026-05-11"), ("the same day", "2026-06-30")], {}),
    # a participle aside names its own event: "taken a day after X" counts from X, not from a date told before
    ("'hoped to tow the ship into Tamsk on Friday'", "2025-10-13",
     "Brekke said it hoped to tow the ship into Tamsk on Friday, if the port agrees to take her.", [("Friday", "2025-10-17")], {}),
    ("'has been summoned to appear before the committee on Wednesday'", "2025-07-11",
     "The minister has been summoned to appear before parliament's education committee on Wednesday.",
     [("Wednesday", "2025-07-16")], {}),
    # "the same day as X" is X's day, not the day told just before
    ("'On the same day as her appointment, the club confirmed ...'", "2025-11-28",
     "Vance was appointed manager on November 25. The board met on November 13 to discuss the budget. On the same day as "
     "her appointment, the club confirmed the sale of the stadium.",
     [("November 25", "2025-11-25"), ("November 13", "2025-11-13"), ("the same day", "2025-11-25")], {}),
    # a survey with no figure in its sentence is a happening (an inspection), not a statistics period
    ("'The engineers' survey carried out in July found loose cladding'", "2026-08-20",
     "The engineers' survey carried out in July found loose cladding on all six blocks.", [("July", "2026-07")], {}),
    ("'In a survey carried out last year, 58% of residents said ...' stays a survey period", "2025-05-20",
     "In a survey carried out last year, 58% of residents said they supported the change.", [], {"last year": "survey"}),
    # negation: a verdict's "not guilty" negates nothing; an act's participle stretch keeps its act
    ("'A jury on Thursday found the surgeon not guilty'", "2026-02-20",
     "A jury at Ardley Crown Court on Thursday found consultant surgeon Morwenna Tice not guilty of manslaughter.",
     [("Thursday", "2026-02-19")], {}),
    ("'a second audit, ordered in 2023 and never finished'", "2025-10-01",
     "But a second audit, ordered in 2023 and never finished, suggests a careless culture.", [("2023", "2023")], {}),
    # a passive past act beside a state is an event, not background
    ("'Halden Park was founded in 1894 and is the oldest school in the district'", "2025-10-01",
     "Halden Park was founded in 1894 and is the oldest school in the district.", [("1894", "1894")], {}),
    ("'The teenager was detained on Tuesday and remains in custody'", "2025-10-16",
     "The teenager was detained at an address in the Northgate area on Tuesday and remains in custody, police said.",
     [("Tuesday", "2025-10-14")], {}),
    ("'A Dutch amateur died there in 2011, and its barriers are the same type'", "2025-10-01",
     "A Dutch amateur died there in 2011, and some of its barriers are the same type as then.", [("2011", "2011")], {}),
    # a bounded activity's run, with its verb after "that" or a passive ("applications will be accepted from")
    ("'a public consultation that ran from January 8 to February 28'", "2025-03-20",
     "The council held a public consultation that ran from January 8 to February 28.",
     [("January 8 to February 28", "2025-01-08/2025-02-28")], {}),
    ("'Applications will be accepted from September 22 to October 10'", "2025-09-10",
     "Applications will be accepted from September 22 to October 10.", [("September 22 to October 10", "2025-09-22/2025-10-10")], {}),
    ("'She served as mayor from January 8 to February 28' stays a term", "2025-03-20",
     "She served as interim mayor from January 8 to February 28.", [], {"January 8": "a period"}),
    ("'The race began on Saturday and ends in Marrow on Sunday'", "2026-05-14",
     "The race began on Saturday and ends in Marrow on Sunday.", [("Saturday", "2026-05-09"), ("Sunday", "2026-05-17")], {}),
    # a tally over a period: a count of acts, not one event
    ("'Tornvik hosted 11 launches in 2025'", "2026-01-20", "Tornvik hosted 11 launches in 2025.", [], {"2025": "a tally"}),
    ("'brought 27 corruption cases in 2024'", "2026-01-20", "Prosecutors in the region brought 27 corruption cases in 2024.",
     [], {"2024": "a tally"}),
    ("'The helpline received 1,240 calls last week'", "2026-01-20", "The helpline received 1,240 calls about the Vela last week.",
     [], {"last week": "a tally"}),
    ("'SkyCare flew 412 patients to the mainland in 2025'", "2026-01-20", "SkyCare flew 412 patients to the mainland in 2025.",
     [], {"2025": "a tally"}),
    ("'flew to Oslo in 2025' stays", "2026-01-20", "The minister flew to Oslo in 2025.", [("2025", "2025")], {}),
    ("'received three complaints last week' stays (a few)", "2026-01-20", "The council received three complaints last week.",
     [("last week", "2026-W03")], {}),
    ("'made 30,000 pounds from bets placed through an account opened in March 2025' stays", "2026-01-20",
     "He had made more than 30,000 pounds from bets placed through an account opened in March 2025.",
     [("March 2025", "2025-03")], {}),
]


@pytest.mark.parametrize(("why", "published", "body", "kept", "dropped"), ROWS, ids=[r[0] for r in ROWS])
def test_round16_events(why: str, published: str, body: str, kept: list[tuple[str, str]], dropped: dict[str, str]) -> None:
    check_row(why, published, body, kept, dropped)


def test_an_unresolved_pending_offset_is_listed_as_dropped() -> None:
    """A day offset from a referent no article of the story dates is no event, and it is not lost:
    the timeline lists it among the dropped expressions, with the reason."""
    import datetime as dt

    from timeline.build import analyse_article, assemble
    from timeline.model import Article

    body = "The council met on Monday. The original decision, taken a day after the chain collapsed, was legal but clumsy."
    art = Article(id="a", path="a.md", title="T", body=body, published=dt.date(2026, 1, 19))
    tl = assemble([analyse_article(art)])
    assert [(m.expr, m.date.value) for e in tl.events for m in e.mentions] == [("Monday", "2026-01-19")]
    reasons = {d.expression.text: d.reason for d in tl.dropped}
    assert reasons["a day after"] == "event-relative to “the chain collapsed”, but no article of its story dates it"


def test_a_participle_aside_waits_for_its_referent() -> None:
    """"The original decision, taken a day after the chain collapsed": the participle names its own
    event, counted from the collapse (resolved across the story), not from next Monday told before."""
    mentions, _ = _run("2026-01-19", "Gift cards will be honoured again from next Monday. The original decision, taken a "
                                     "day after the chain collapsed, was legal but clumsy.")
    assert [(m.expr, m.date.value, m.pending) for m in mentions] == [
        ("next Monday", "2026-01-26", False), ("a day after", "2026-01-19", True)]
    assert mentions[1].relation_spec is not None and "colla" in mentions[1].referent


def test_a_noun_complement_ends_before_a_coordinated_past_predicate() -> None:
    """"met skippers the day before the blockade and promised compensation": the referent is the
    blockade; "and promised" is the main clause's second predicate."""
    from timeline.events import _complement

    s = "Fisheries minister Karin Lodd met skippers the day before the blockade and promised compensation."
    i = s.index("the day before") + len("the day before")
    assert _complement(s, i)[0] == " the blockade"
    s = "The ministry met them a day after the union rejected the offer and called a strike."
    i = s.index("a day after") + len("a day after")
    assert _complement(s, i)[0] == " the union rejected the offer and called a strike"


def test_the_same_day_as_names_its_event_in_the_title_of_the_other() -> None:
    mentions, _ = _run("2025-11-28", "Vance was appointed manager on November 25. On the same day as her appointment, the club "
                                     "confirmed the sale of the stadium.")
    assert mentions[-1].title.startswith("The club confirmed the sale of the stadium") or mentions[-1].title.startswith(
        "Club confirmed the sale of the stadium"), mentions[-1].title
