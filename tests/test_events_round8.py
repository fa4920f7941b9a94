"""Round 8 of 'which dates are events' (issue 4): precision and dates, one table row per wording.

Each row is a sentence of our own, not one of the eval sets'. The tagger table: sentence,
publication date, every expression found as (text, value). The events table: why, published,
sentence, expression (text, value, extra), expected value (None = dropped), status or part of
the reason. The pipeline table: body, published, the mentions kept as (expression, value, status).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests import test_events as base
from timeline.events import extract
from timeline.model import Article
from timeline.tag import tag

TAGGED = [
    # no expression spans a line break that opens a list item or a paragraph
    ("list items' days are no range", "2026-03-06",
     "Timeline\n- 2 March: pumps failed at station 5\n- 4 March: the river burst its banks",
     [("2 March", "2026-03-02"), ("4 March", "2026-03-04")]),
    ("a number ending a list item is no range's first day", "2026-03-06",
     "Events\n* Water rose to gauge mark 3\n* 6 March: evacuation ordered",
     [("6 March", "2026-03-06")]),
    ("nor across a blank line", "2026-03-06", "The warning level stood at 2\n\n5 March was the worst day.",
     [("5 March", "2026-03-05")]),
    ("nor across a blank line with carriage returns", "2026-03-06", "The warning level stood at 2\r\n\r\n5 March was the worst day.",
     [("5 March", "2026-03-05")]),
    ("a numbered list's years are no span", "2025-01-10", "Finals\n1. 2019\n2. 2021", [("2019", "2019"), ("2021", "2021")]),
    ("a range across a soft line break stays", "2026-03-06", "The fair ran from 7 to\n9 February in the old hall.",
     [("7", "2026-02-07"), ("9 February", "2026-02-09")]),
    ("a range on one line stays", "2026-03-06", "The fair ran 7-9 February.", [("7", "2026-02-07"), ("9 February", "2026-02-09")]),
    # a year glued to a reference code is no year
    ("capitals and a hyphen before a year", "2026-03-06", "The vessel was logged as KRV-2034 in the register.", []),
    ("a year between slashes of a reference", "2026-03-06", "Complaint reference PSO/2024/117 was closed.", []),
    ("a serial number after a year", "2026-03-06", "The permit, numbered 2026-0481, was revoked.", []),
    ("a modifier's hyphen stays", "2026-03-06", "Prices rose in mid-2025 and again after pre-2020 levels.",
     [("mid-2025", "2025"), ("2020", "2020")]),
    ("a split year stays", "2026-03-06", "Spending in 2024-25 fell.", [("2024", "2024"), ("25", "2025")]),
    # the infinitive after set/scheduled/expects reads forward
    ("set ... to begin", "2025-10-20", "The judge set the retrial to begin on February 9.", [("February 9", "2026-02-09")]),
    ("expects ... to close", "2025-11-03", "The board expects the sale to close on January 15.", [("January 15", "2026-01-15")]),
    ("'set fire to' is no plan", "2025-10-20", "Rioters set fire to the depot on February 9.", [("February 9", "2025-02-09")]),
    # "next year" / "last year" earlier in the sentence gives a day without a year its year
    ("next year ... a range of days", "2026-08-14", "The race returns next year, from June 5 to 7, the club said.",
     [("next year", "2027"), ("June 5", "2027-06-05"), ("7", "2027-06-07")]),
    ("last year ... a month", "2026-11-20", "The show toured last year in June.", [("last year", "2025"), ("June", "2025-06")]),
    # a later memory of a happening does not put it ahead
    ("'will be remembered' after a possessive weekday", "2026-03-10", "Thursday's vote will be remembered as a turning point.",
     [("Thursday", "2026-03-05")]),
    ("'will decide' after a possessive weekday looks ahead", "2026-03-10", "Thursday's vote will decide the budget.",
     [("Thursday", "2026-03-12")]),
    ("this year ... a month", "2026-11-20", "The show toured this year in December.", [("this year", "2026"), ("December", "2026-12")]),
    # (sixth session, lead) a chronology line's date opens an item too: no range across it
    ("a key-dates line after a number", "2025-02-10",
     "Key dates:\nDec. 18 - Agency approves the vaccine for ages 2 to 5\nJan. 27 - national rollout begins",
     [("Dec. 18", "2024-12-18"), ("Jan. 27", "2025-01-27")]),
    # (sixth session, review) a phrasal verb's "to" is no plan; a game console or minutes is no match;
    # capitals before a year are a code only when they are not a date's own word
    ("'set out to sea' is no plan", "2025-03-05", "The crew set out to sea on Monday and returned on Tuesday.",
     [("Monday", "2025-03-03"), ("Tuesday", "2025-03-04")]),
    ("a meeting's minutes are no match", "2025-03-05", "The minutes of the bank's meeting showed rates may fall in the second half.",
     [("the second half", "2025-H2")]),
    ("a headline in capitals keeps MID-2026", "2025-03-05", "OPENING EXPECTED BY MID-2026, OFFICIALS SAID.", [("MID-2026", "2026")]),
    ("Euro 2024 keeps its year", "2025-03-05", "Tickets for Euro 2024 sold out.", [("2024", "2024")]),
    # (sixth session, lead) a half of a match is no half-year; a year in a name is no year
    ("a match's second half", "2026-03-08", "Port Lenna levelled early in the second half when Brandt scored.", []),
    ("a year's second half stays", "2026-03-08", "Sales should recover in the second half, the chief executive said.",
     [("the second half", "2026-H2")]),
    ("a name with a year", "2026-03-08", "He will present his programme, Vision 2032, at the congress.", []),
    ("another name with a year", "2026-03-08", "The Agenda 2030 plan was approved.", []),
    ("a gathering's year stays", "2026-03-08", "Apple spoke at the Worldwide Developers Conference 2010 in Cupertino.",
     [("2010", "2010")]),
    ("a holiday's year stays", "2026-03-08", "It happened at Christmas 2024 in town.", [("Christmas 2024", "2024-12-25")]),
    ("a season's year stays", "2026-03-08", "The law came into force in Spring 2025.", [("Spring 2025", "2025-SP")]),
]


@pytest.mark.parametrize(("why", "published", "text", "expected"), TAGGED, ids=[c[0] for c in TAGGED])
def test_tagged(why: str, published: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in tag(text, dt.date.fromisoformat(published))] == expected, why


KEEP_OR_DROP = [
    # an indefinite weekday: which one is untold
    ("'on a Sunday'", "2026-03-06", "A reader wrote that the fire started on a Sunday.", ("Sunday", "2026-03-01", {}), None,
     "generic day"),
    ("'a Sunday' before a preposition", "2026-03-06", "Most thefts, he said, happen on a Sunday in winter.",
     ("Sunday", "2026-03-01", {}), None, "generic day"),
    ("'a Wednesday event' stays", "2026-03-06", "At a Wednesday press event the firm showed its new phone.",
     ("Wednesday", "2026-03-04", {}), "2026-03-04", "past"),
    ("'on Sunday' stays", "2026-03-06", "A reader wrote that the fire started on Sunday.", ("Sunday", "2026-03-01", {}),
     "2026-03-01", "past"),
    # a newsletter's or round-up's own furniture
    ("'our Friday letter'", "2026-03-06", "Welcome to Harbour Notes, our Friday letter from the docks.",
     ("Friday", "2026-03-06", {}), None, "furniture"),
    ("'our Monday briefing'", "2026-03-09", "This is our Monday briefing on the city's transport.",
     ("Monday", "2026-03-09", {}), None, "furniture"),
    ("a round-up's 'this week'", "2026-03-06", "Our round-up of the news that shaped the valley this week.",
     ("this week", "2026-W10", {}), None, "furniture"),
    ("a round-up's 'today'", "2026-03-06", "This digest gathers the stories that mattered today.",
     ("today", "2026-03-06", {}), None, "furniture"),
    ("a heading 'THIS WEEK'", "2026-03-06", "THIS WEEK", ("THIS WEEK", "2026-W10", {}), None, "furniture"),
    ("'this week' in a report stays", "2026-03-06", "The council closed the pool this week.",
     ("this week", "2026-W10", {}), "2026-W10", "past"),
    ("a live blog's welcome keeps its event", "2026-03-06", "Welcome to our live coverage of the talks, which opened on Monday.",
     ("Monday", "2026-03-02", {}), "2026-03-02", "past"),
    # a plan that did not come about: "was to have <done>"
    ("'was to have reopened'", "2025-10-13", "The museum was to have reopened on November 1 after its refit.",
     ("November 1", "2025-11-01", {}), None, "plan that did not happen"),
    ("'was supposed to have been finished'", "2025-10-13", "The bridge was supposed to have been finished in March.",
     ("March", "2025-03", {}), None, "plan that did not happen"),
    ("'was to reopen' stays a plan", "2025-10-13", "The museum was to reopen on November 1, its director said.",
     ("November 1", "2025-11-01", {}), "2025-11-01", "planned"),
    # the period a payment or a pass covers; a quantified period
    ("wages for a month", "2026-02-05", "The administrators said wages for February would be paid in full.",
     ("February", "2026-02", {}), None, "payment or a pass covers"),
    ("passes bought for a week", "2026-02-11", "Lift passes bought for this week will be refunded.",
     ("this week", "2026-W07", {}), None, "payment or a pass covers"),
    ("'scheduled for' a month stays", "2026-02-05", "The ballot is scheduled for March.",
     ("March", "2026-03", {}), "2026-03", "planned"),
    ("'any previous year'", "2026-07-01", "Entries closed sooner than in any previous year.",
     ("previous year", "2025", {}), None, "quantified period"),
    # a statistics period: a share of a counted group, a small tally
    ("'Of the 40 complaints received in 2024, ...'", "2026-01-24", "Of the 40 complaints received in 2024, 12 were upheld.",
     ("2024", "2024", {}), None, "share of a counted group"),
    ("'Of the 12 ministers, three resigned in March' stays", "2026-01-24", "Of the 12 ministers, three resigned in March.",
     ("March", "2025-03", {}), "2025-03", "past"),
    ("a small tally over a year", "2026-01-24", "Appeals are rare: in 2023 the tribunal heard only three.",
     ("2023", "2023", {}), None, "small tally"),
    ("'only one' bid stays one happening", "2026-01-24", "In 2023 only one company bid for the contract.",
     ("2023", "2023", {}), "2023", "past"),
    # noon, midday and midnight are times of day like 11:05: alone, no date
    ("'at noon' alone", "2026-07-01", "Gates open at noon on the first day.",
     ("noon", "2026-07-01T12:00", {"type": "TIME"}), None, "time of day"),
    ("'at midnight' alone", "2026-07-01", "The ceasefire took effect at midnight.",
     ("midnight", "2026-07-01T24:00", {"type": "TIME"}), None, "time of day alone"),
    # 'by' a date: done by then, or an ordered, due or promised act with its deadline
    ("a passive past done by a day", "2025-07-16", "Water was restored to most homes by early Tuesday, the utility said.",
     ("early Tuesday", "2025-07-15", {"mod": "START"}), "2025-07-15", "past"),
    ("a plan's participle 'by' stays a forecast", "2025-07-14", "Water was expected to be restored by Tuesday.",
     ("Tuesday", "2025-07-15", {}), None, "'by'"),
    ("a negated passive 'by' is a state", "2025-07-16", "No water was restored by Tuesday.",
     ("Tuesday", "2025-07-15", {}), None, "'by'"),
    ("an order to act by a day", "2025-10-15", "The judge ordered the parties to file their evidence by January 9.",
     ("January 9", "2026-01-09", {}), "2026-01-09", "planned"),
    ("'is due to deliver an interim report by'", "2026-02-20", "The inquiry is due to deliver an interim report by the end of March.",
     ("the end of March", "2026-03", {"mod": "END"}), "2026-03", "planned"),
    ("a payment promised by a date", "2025-08-15", "The firm says refunds of 40 euros per customer will be paid by the end of September.",
     ("the end of September", "2025-09", {"mod": "END"}), "2025-09", "planned"),
    ("a counted subject 'were affected by' is a tally", "2025-09-15", "About 4,800 families were affected by the end of August.",
     ("the end of August", "2025-08", {"mod": "END"}), None, "'by'"),
    ("an inquiry's own end by a month", "2026-03-20", "The regulator said it expected to complete its review by the end of June.",
     ("the end of June", "2026-06", {"mod": "END"}), "2026-06", "planned"),
    ("findings promised by mid-month", "2025-10-15", "Investigators said they would publish their findings by mid-November.",
     ("mid-November", "2025-11", {"mod": "MID"}), "2025-11", "planned"),
    ("a plan's publication by a year stays a forecast", "2025-10-15", "The board will publish its plan by 2030.",
     ("2030", "2030", {}), None, "'by'"),
    ("a forecast state 'by' stays dropped", "2026-02-20", "Emissions will be cut by 2030.", ("2030", "2030", {}), None, "'by'"),
    # a life's event keeps its date beside a number
    ("'who died in 2016 at the age of 71'", "2025-09-15",
     "The singer, who died in 2016 at the age of 71, recorded the song for a small label.", ("2016", "2016", {}), "2016", "past"),
    # a round-up's section label is no interview speaker
    ("'Elsewhere:' is a section label", "2025-08-08", "Elsewhere: the ferry operator says the heatwave finally broke this week.",
     ("this week", "2025-W32", {}), "2025-W32", "past"),
    ("a speaker's label stays speech", "2025-08-08", "Ndiaye: Yesterday was always the worst day.",
     ("Yesterday", "2025-08-07", {}), None, "interview"),
    ("another paper's Sunday edition stays", "2026-03-06", "The minister wrote in the Sunday edition of the Herald that it failed.",
     ("Sunday", "2026-03-01", {}), "2026-03-01", "past"),
    # (sixth session, lead) a phrasal verb's "over" is no comparison; a since-clause's own verb
    ("'rose over' a day stays a comparison", "2026-05-05", "Admissions rose 4% over the same day last year.",
     ("the same day last year", "2025-05-05", {}), None, "comparison"),
    ("a since-clause's passive verb dates its happening", "2025-10-29",
     "The council's vote to remove Katrin Moor was the first dismissal of a rector since the University of Velden "
     "was founded in 1891.", ("1891", "1891", {}), "1891", "past"),
    ("a tenure since a year stays a state", "2025-10-29", "She has been rector since 2019.", ("2019", "2019", {}), None, ""),
]


@pytest.mark.parametrize(("why", "published", "sentence", "expr", "value", "expect"), KEEP_OR_DROP, ids=[c[0] for c in KEEP_OR_DROP])
def test_keep_or_drop(why: str, published: str, sentence: str, expr: tuple, value: str | None, expect: str) -> None:
    base.test_keep_or_drop(why, published, sentence, expr, value, expect)  # (the same check as the main table's)


PIPELINE = [
    # (sixth session, review) a passive past "by" a weekday: the last one, past; an agent's "by"
    # before a later month is no date; "the following Monday" counts from a day or a week only
    ("Supply was restored to most customers by early Tuesday, the utility said.", "2025-03-05",
     [("early Tuesday", "2025-03-04", "past")]),
    ("Results were affected by the end of August, the company said.", "2025-03-05", []),
    ("Norcorp was founded in 1998 in Velden. The board will meet again the following Monday.", "2025-03-05",
     [("1998", "1998", "past"), ("the following Monday", "2025-03-10", "planned")]),
    ("Parents were told on Monday. In this letter, the school said it would close the pool this week.", "2026-03-06",
     [("Monday", "2026-03-02", "past"), ("this week", "2026-W10", "planned")]),  # ("would close")
    # (sixth session, lead) "took over the same day": a phrasal verb, no comparison baseline
    ("The board suspended the chief executive on Friday. An interim chief took over the same day.", "2026-05-05",
     [("Friday", "2026-05-01", "past"), ("the same day", "2026-05-01", "past")]),
    # a list of key dates: each item its own day, no range across the items
    ("Key dates\n- 2 March: warning raised to level 3\n- 5 March: the dam failed", "2026-03-06",
     [("2 March", "2026-03-02", "past"), ("5 March", "2026-03-05", "past")]),
    # "next year" only places the day named after it: one event, of that day
    ("The regatta will return next year on its usual weekend, from June 5 to 7.", "2026-08-14",
     [("June 5 to 7", "2027-06-05/2027-06-07", "planned")]),
    ("The fair will come back next year, probably in early May.", "2026-11-20", [("early May", "2027-05", "planned")]),
    ("The fair came back last year in June and will come back next year.", "2026-11-20",
     [("June", "2025-06", "past"), ("next year", "2027", "planned")]),
    # a planned day: the infinitive after "set" reads forward
    ("The judge set the retrial to begin on February 9.", "2025-10-20", [("February 9", "2026-02-09", "planned")]),
    # a present plan reads its weekday forward; an apposition after a date names that date again
    ("Residents plan a vigil at the mill on Friday evening, the night before the demolition.", "2026-03-02",
     [("Friday evening", "2026-03-06", "planned")]),
    ("The council met on Friday, the day after the storm.", "2026-03-02", [("Friday", "2026-02-27", "past")]),
    # "the following Monday": after the event told just before, not after publication
    ("The mayor, who resigned last week, was replaced by her deputy the following Monday.", "2026-02-06",
     [("last week", "2026-W05", "past"), ("the following Monday", "2026-02-02", "past")]),
    ("The strike began on Wednesday, January 14. Talks opened the following Monday.", "2026-02-06",
     [("Wednesday, January 14", "2026-01-14", "past"), ("the following Monday", "2026-01-19", "past")]),
    ("The talks will resume the following Monday.", "2026-02-06", [("the following Monday", "2026-02-09", "planned")]),
    # a future in the past: a season or a month named without a year is the next one
    ("The director said a new aviary would open this spring.", "2025-01-24",
     [("this spring", "2025-SP", "planned")]),
    ("The minister said the bridge would reopen in March.", "2025-11-24", [("March", "2026-03", "planned")]),
    ("The minister said the bridge would have reopened in March.", "2025-11-24", [("March", "2025-03", "past")]),
    # a when-clause after a weekday tells what happens that day: its tense decides
    ("The union has been given a meeting with the minister on Monday, when she will hear its demands.", "2026-01-22",
     [("Monday", "2026-01-26", "planned")]),
    ("The council met on Monday, when the mayor announced her resignation.", "2026-01-22", [("Monday", "2026-01-19", "past")]),
    # a plural present schedule reads its weekday forward, as "begins" does
    ("The company has found a home at the old school, where rehearsals begin on Monday.", "2025-11-07",
     [("Monday", "2025-11-10", "planned")]),
    ("The workers began on Monday.", "2025-11-07", [("Monday", "2025-11-03", "past")]),
    # a newsletter's heading
    ("THIS WEEK\n\nThe new mayor took office on Thursday.", "2026-03-06", [("Thursday", "2026-03-05", "past")]),
]


@pytest.mark.parametrize(("body", "published", "expected"), PIPELINE, ids=[c[0][:40] for c in PIPELINE])
def test_pipeline(body: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    day = dt.date.fromisoformat(published)
    mentions, _ = extract(Article(id="a", path="a.md", title="T", body=body, published=day), tag(body, day))
    assert [(m.expr, m.date.value, m.status) for m in mentions] == expected
