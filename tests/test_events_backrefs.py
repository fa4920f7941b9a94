"""The second mention of an event in another outlet's words (timeline/events.py): dates that the
event stage used to drop although they tell a happening, and the traps next to each kind; and
(round 6) dates naming a figure's period, a name, a concert's half or an open term, which it kept.

Unit tests with hand-built TimeExpression tuples, as the tagger would produce them (the rules,
not the tagger's quirks); each row is one kind of news wording, on sentences written for it.
"""

from __future__ import annotations

import pytest

from tests import test_events as base
from tests.test_events import article, ex
from timeline.events import extract


# why, published, sentence, (expression text, tagger value), expected value (None: dropped), status or drop reason
CASES = [
    # a deadline for an office's act ("report", "publish", "decide"): the act is planned in that period
    ("would report by the end of", "2026-02-10", "The regulator opened a review and said it would report by the end of the year.",
     ("the end of the year", "2026"), "2026", "planned"),
    ("intends to publish by the end of", "2026-02-10", "The judge intends to publish her findings by the end of June.",
     ("the end of June", "2026-06"), "2026-06", "planned"),
    ("a decision is expected by the end of", "2026-02-10", "A decision on the licence is expected by the end of April.",
     ("the end of April", "2026-04"), "2026-04", "planned"),
    ("promises a report by the end of", "2026-02-10", "The mayor promises a full report by the end of May.",
     ("the end of May", "2026-05"), "2026-05", "planned"),
    ("trap: a forecast of a state by a period end", "2026-02-10", "Emissions will fall by the end of the year.",
     ("the end of the year", "2026"), None, "'by'"),
    ("trap: a goal of an act that is no report", "2026-02-10", "The firm said it would repay the loan by the end of the year.",
     ("the end of the year", "2026"), None, "'by'"),
    ("trap: a work to be completed", "2026-02-10", "The bridge is expected to be completed by the end of the year.",
     ("the end of the year", "2026"), None, "'by'"),
    # a date hanging on a noun of a happening, inside a clause that describes a state
    ("the attack on <date> in a state clause", "2026-02-12",
     "Officials confirmed that the records were in files stolen during the attack on February 6.",
     ("February 6", "2026-02-06"), "2026-02-06", "past"),
    ("the evacuation of <place> on <day> means ...", "2026-02-09",
     "The evacuation of Ostby on Friday means the nearest homes are far from the lava.",
     ("Friday", "2026-02-06"), "2026-02-06", "past"),
    ("trap: a standing rule, not a happening", "2026-02-12", "The ban on Sunday trading is still in force.",
     ("Sunday", "2026-02-15"), None, "background state"),
    ("trap: where someone was", "2026-02-12", "The mayor was in Paris on Tuesday.", ("Tuesday", "2026-02-10"), None, "background state"),
    ("'belongings' is no state verb", "2026-07-28", "Residents carry their belongings back into the village on July 26.",
     ("July 26", "2026-07-26"), "2026-07-26", "past"),
    ("'saving lives' is no state verb", "2026-05-13", "The order, issued on Monday, is credited with saving lives.",
     ("Monday", "2026-05-11"), "2026-05-11", "past"),
    # a negation does not reach into the clause a subordinator opens
    ("negation before 'since' + its own clause", "2026-04-21",
     "Lorries wait at a barrier that has not lifted since the border shut on Sunday.",
     ("Sunday", "2026-04-19"), "2026-04-19", "past"),
    ("negation before 'since' + an event noun", "2026-04-21", "No one has been charged since the riot on Sunday.",
     ("Sunday", "2026-04-19"), "2026-04-19", "past"),
    ("negation before 'because' + its own clause", "2026-04-21",
     "The plant did not open because the union walked out on Sunday.", ("Sunday", "2026-04-19"), "2026-04-19", "past"),
    ("trap: the subordinate clause is negated itself", "2026-04-21",
     "The plant has not reopened since it was not inspected on Sunday.", ("Sunday", "2026-04-19"), None, "negated"),
    ("trap: the negation is the date's own", "2026-04-21", "He did not speak after the meeting on Sunday.",
     ("Sunday", "2026-04-19"), None, "negated"),
    ("a plan, and a negated predicate coordinated after it", "2026-07-15",
     "Passengers will be rebooked onto extra flights on Sunday and should not come to the airport.",
     ("Sunday", "2026-07-19"), "2026-07-19", "planned"),
    ("trap: both predicates negated", "2026-04-21", "The match was not played on Sunday and will not be replayed.",
     ("Sunday", "2026-04-19"), None, "negated"),
    ("a negation in a clause with its own pronoun subject after the date", "2026-02-10",
     "The election due in the spring of 2027 looks like a date she might not reach.",
     ("the spring of 2027", "2027-SP"), "2027-SP", "planned"),
    ("trap: the date's own predicate negated", "2026-02-10", "The vote in 2027 will not take place.",
     ("2027", "2027"), None, "negated"),
    # a habit word in another stretch of the clause
    ("habit in one predicate, a plan in the next", "2026-02-11",
     "The agency usually follows the panel's advice and is due to make its decision next month.",
     ("next month", "2026-03"), "2026-03", "planned"),
    ("trap: the habit is the date's own", "2026-02-11", "The storm season usually peaks in late October.",
     ("late October", "2026-10"), None, "habitual"),
    # a tally's "count" that is the date itself
    ("'rejected three years ago' is no tally", "2026-05-02", "The film the jury rejected three years ago won the prize.",
     ("three years ago", "2023"), "2023", "past"),
    ("trap: a tally over a year", "2026-05-02", "The agency rejected 40 applications last year.",
     ("last year", "2025"), None, "tally"),
    ("trap: a count as the subject", "2026-05-02", "In 2025, 4,100 teachers left the profession.", ("2025", "2025"), None, "tally"),
    # a deadline to act: "have until <date> to <verb>"
    ("have until <date> to act", "2026-08-05", "Customers have until the end of the month to claim refunds.",
     ("the end of the month", "2026-08"), "2026-08", "planned"),
    ("trap: a term that runs until a date", "2026-08-05", "The ban runs until the end of the month.",
     ("the end of the month", "2026-08"), None, "'until'"),
    ("trap: stays open until a date to help", "2026-08-05", "The office will stay open until Friday to help customers.",
     ("Friday", "2026-08-07"), None, "'until'"),
    # a period dating the act told just before it, in a sentence about losses
    ("resigning last month, in a sentence about losses", "2026-02-10",
     "Pell, who led the bank before resigning last month, is suspected of hiding losses.",
     ("last month", "2026-01"), "2026-01", "past"),
    ("trap: a loss reported for last quarter", "2026-02-10", "The bank reported a loss last quarter.",
     ("last quarter", "2025-Q4"), None, "reporting period"),
    # round 6: a date naming a figure's period, a name, a concert's half or an open term; planned dates kept
    # a quantity harvested, lost or used over a period: a statistic
    ("harvested so many tonnes in <year>", "2026-03-02", "The province harvested 12 million tonnes of barley in 2024.",
     ("2024", "2024"), None, "statistics period"),
    ("lost a share of something in <year>", "2026-03-02", "In 2024 the utility lost about 18% of the water it pumped.",
     ("2024", "2024"), None, "statistics period"),
    ("trap: lost an election (no quantity)", "2026-03-02", "The party lost the election in 2024.", ("2024", "2024"), "2024", "past"),
    # a quarter or half naming a figure
    ("first-quarter figures", "2026-06-02", "The port's first-quarter figures showed cargo volumes up 4%.",
     ("first-quarter", "2026-Q1"), None, "period figure"),
    ("a budget for <year>", "2026-09-20", "The cabinet must present a stopgap budget for 2027 before parliament rises.",
     ("2027", "2027"), None, "period figure"),
    # a year inside a name
    ("<Name> <year> <noun>", "2026-10-14", "The city's Ostmark 2029 festival bid will be judged in the spring.",
     ("2029", "2029"), None, "a year in a name"),
    ("trap: a year after a preposition", "2026-10-14", "The festival moved to Ostmark in 2025 after a fire.",
     ("2025", "2025"), "2025", "past"),
    # the second half of a concert
    ("a concert's second half", "2026-11-09", "The soloist was at her best in the second half.",
     ("the second half", "2026-H2"), None, "half of a match"),
    # a holiday naming a season's programme
    ("its Christmas concerts", "2026-11-09", "The choir will sing its Christmas concerts in the cathedral.",
     ("Christmas", "2026-12-25"), None, "holiday"),
    ("trap: on Christmas Day", "2026-11-09", "The factory will close on Christmas Day.",
     ("Christmas Day", "2026-12-25"), "2026-12-25", "planned"),
    # an open end of a state
    ("until at least <month>", "2026-02-10", "The bridge will stay closed until at least June.",
     ("June", "2026-06"), None, "'until'"),
    ("trap: postponed until <month>", "2026-02-10", "The hearing was postponed until June.", ("June", "2026-06"), "2026-06", "planned"),
    # a planned date "has been set for"
    ("has been set for <date>", "2026-05-01", "A first hearing at the district court has been set for June 3.",
     ("June 3", "2026-06-03"), "2026-06-03", "planned"),
    ("trap: had been idle (a state)", "2026-05-01", "In 2020 the plant had been idle for years.",
     ("2020", "2020"), None, "background state"),
    # a deadline named as such
    ("by <date>, the last day allowed", "2026-07-01", "She will lodge an appeal by July 9, the last day allowed under the rules.",
     ("July 9", "2026-07-09"), "2026-07-09", "planned"),
    ("trap: a goal by a date", "2026-07-01", "The builders hope to finish the roof by July 9.", ("July 9", "2026-07-09"), None, "'by'"),
    # a happening's date set off by commas, in a sentence with a figure
    ("<event>, in <year>, produced <figure>", "2026-10-21", "The last general election, in 2019, produced a turnout of 64%.",
     ("2019", "2019"), "2019", "past"),
    ("trap: a figure in <year>", "2026-10-21", "In 2019 turnout rose to 64%.", ("2019", "2019"), None, "statistics"),
    # money spent over a period, a count expected over it, the period an ordinal counts in
    ("spent <sum> in <year>", "2026-03-02", "In 2024 the trust spent 41,000 dollars on new locks.", ("2024", "2024"), None, "statistics period"),
    ("trap: spent <sum> on <day>", "2026-03-05", "The trust spent 41,000 dollars on new locks on Tuesday.",
     ("Tuesday", "2026-03-03"), "2026-03-03", "past"),
    ("expects <count> this year", "2026-03-02", "The fair expects 12,000 visitors this year.", ("this year", "2026"), None, "forecast of a figure"),
    ("trap: the year before the count", "2026-03-02", "The fair, first held in 1990, expects 12,000 visitors this year.",
     ("1990", "1990"), "1990", "past"),
    ("the third <event> this year", "2026-03-02", "It will be the third walkout at the plant this year.",
     ("this year", "2026"), None, "ordinal"),
    ("trap: the second round in <month>", "2026-02-02", "The second round of talks will be held in March.",
     ("March", "2026-03"), "2026-03", "planned"),
    # a school holiday named by its month
    ("before the <month> half-term", "2026-09-10", "The minister should settle the claim before the October half-term.",
     ("October", "2026-10"), None, "holiday"),
    # a report to be published, a deal's completion expected by a day: planned events
    ("a report will be published by the end of", "2026-02-10", "The inspectors say their final report will be published by the end of June.",
     ("the end of June", "2026-06"), "2026-06", "planned"),
    ("expects completion by <day>", "2026-03-20", "The buyer says it expects completion by May 4.",
     ("May 4", "2026-05-04"), "2026-05-04", "planned"),
    ("trap: expects a figure by <day>", "2026-03-20", "The firm expects profits to recover by May 4.", ("May 4", "2026-05-04"), None, "'by'"),
    # an opening date named again in an apposition: its clause is the main clause after it
    ("In <year>, <apposition>, <tally>", "2026-03-02", "In 2024, the last full year before the merger, the agency carried out just 31 inspections.",
     ("2024", "2024"), None, "tally"),
    ("trap: In <year>, <apposition>, <one act>", "2026-03-02", "In 2019, the year of the flood, the council built a new dam.",
     ("2019", "2019"), "2019", "past"),
    # "last <done> in <month>": the most recent such month before publication, whatever year was named before
    ("last inspected in <month>, after another year", "2025-01-14", "The pipeline was built in 1987 and was last inspected in November.",
     ("November", "1987-11"), "2024-11", "past"),
    ("last serviced in <month> of this year", "2025-06-10", "The lift, installed in 1999, was last serviced in March.",
     ("March", "1999-03"), "2025-03", "past"),
    ("trap: no 'last': the tagger's year stands", "2025-01-14", "The pipeline was built in 1987 and was inspected in November.",
     ("November", "1987-11"), "1987-11", "past"),
    # a present perfect takes no past day: the weekday is the called happening's, ahead
    ("has called a march on <weekday>", "2026-03-09", "The tenants' union has called a march through the old town on Saturday.",
     ("Saturday", "2026-03-07"), "2026-03-14", "planned"),
    ("trap: called a march on <weekday> (simple past)", "2026-03-09", "The tenants' union called a march through the old town on Saturday.",
     ("Saturday", "2026-03-07"), "2026-03-07", "past"),
]


@pytest.mark.parametrize("why,published,sentence,expr,value,expect", CASES, ids=[c[0] for c in CASES])
def test_second_mentions(why: str, published: str, sentence: str, expr: tuple, value: str | None, expect: str) -> None:
    text, tag_value = expr
    base.test_keep_or_drop(why, published, sentence, (text, tag_value, {}), value, expect)  # (the main table's check)


# published, body, expected [(expression, value, pending, relation_spec)]
RELATIVE = [
    ("the same day as an event dated in the article", "2026-03-23",
     "The eruption began on 9 February. The airport, closed on the day of the eruption, has reopened.",
     [("9 February", "2026-02-09", {})],
     [("9 February", "2026-02-09", False, None), ("the day of", "2026-02-09", False, None)]),
    ("the night of an event dated elsewhere in the story: pending", "2026-03-23",
     "He spoke to reporters on the night of the attack.", [],
     [("the night of", "2026-03-23", True, "same:P0D:day")]),
    ("the morning after an event: pending", "2026-03-23",
     "The inquiry heard from the miners rescued the morning after the collapse.", [],
     [("the morning after", "2026-03-23", True, "after:P1D:day")]),
    ("trap: the day of the week is no event", "2026-03-23", "Sunday is the day of the week when the market opens.", [], []),
    ("trap: an ordinal day of an event is not read (its referent is too often another mention)", "2025-10-24",
     "The King will address parliament on the second day of the visit.", [], []),
    ("a breach told as a dam that burst", "2026-05-14",
     "The dam burst on Monday. The order, issued the night before the breach, saved lives.",
     [("Monday", "2026-05-11", {})],
     [("Monday", "2026-05-11", False, None), ("the night before", "2026-05-10", False, None)]),
    ("a sinking told as a ship that sank", "2026-03-20",
     "The ferry sank on March 9. Its chief, whose resignation came two days after the sinking, was criticised.",
     [("March 9", "2026-03-09", {}), ("two days", "P2D", {"type": "DURATION"})],
     [("March 9", "2026-03-09", False, None), ("two days after", "2026-03-11", False, None)]),
    ("a referent dated too coarsely in the article waits for the story", "2026-10-01",
     "Four men died in the collapse last month. The inquiry will hear the men rescued the morning after the collapse.",
     [("last month", "2026-09", {})],
     [("last month", "2026-09", False, None), ("the morning after", "2026-10-01", True, "after:P1D:day")]),
    ("a predicate coordinated after the referent has its own date", "2026-11-20",
     "The inquiry, which opened in the week after the fire and is due to report next month, met on Monday.",
     [("the week", "XXXX-XX-XX", {"relation": "after", "offset": "P1W"}), ("next month", "2026-12", {}), ("Monday", "2026-11-16", {})],
     [("the week after", "2026-11-20", True, "after:P1W:week"), ("next month", "2026-12", False, None),
      ("Monday", "2026-11-16", False, None)]),
]


@pytest.mark.parametrize("why,published,body,exprs,expected", RELATIVE, ids=[c[0] for c in RELATIVE])
def test_relative_anchors(why: str, published: str, body: str, exprs: list, expected: list) -> None:
    es = tuple(ex(body, t, v, **kw) for t, v, kw in exprs)
    mentions, _ = extract(article(body, published), es)
    got = [(m.expr, m.date.value, bool(m.pending), m.relation_spec if m.pending else None) for m in mentions]
    assert got == expected


def test_live_blog_stamp_is_no_part_of_the_title() -> None:
    body = "20:05 - The mayor promises a full report by the end of March."
    mentions, _ = extract(article(body, "2026-02-10"), (ex(body, "the end of March", "2026-03"),))
    assert [m.title for m in mentions] == ["The mayor promises a full report"]


@pytest.mark.parametrize("body,status", [
    ("The inquiry will hear the 19 men rescued the morning after the collapse.", "past"),  # the participle's act, done
    ("The firm will be sold the day after the vote.", "planned"),  # the plan's own verb
])
def test_pending_status_of_a_participle(body: str, status: str) -> None:
    mentions, _ = extract(article(body, "2026-10-01"), ())
    assert [(m.pending, m.status) for m in mentions] == [(True, status)]


def test_clock_times_of_a_day_named_in_words_are_dropped() -> None:
    body = "Polls will open at 7 a.m. and close at 10 p.m. on polling day; results are due by May 9, officials said."
    es = (ex(body, "7 a.m.", "2026-05-01T07:00", type="TIME"), ex(body, "10 p.m.", "2026-05-01T22:00", type="TIME"),
          ex(body, "May 9", "2026-05-09"))
    mentions, dropped = extract(article(body, "2026-05-01"), es)
    assert [(m.expr, m.date.value, m.status) for m in mentions] == [("May 9", "2026-05-09", "planned")]
    assert [d.reason for d in dropped] == ["a time of day alone: no day named, not an event date"] * 2


def test_clock_time_with_its_day_in_the_clause_is_kept() -> None:
    body = "The minister will arrive at 9 a.m. on Friday, her office said."
    es = (ex(body, "9 a.m.", "2026-05-08T09:00", type="TIME"), ex(body, "Friday", "2026-05-08"))
    mentions, dropped = extract(article(body, "2026-05-05"), es)
    assert [(m.expr, m.date.value, m.status) for m in mentions] == [("9 a.m.", "2026-05-08", "planned"), ("Friday", "2026-05-08", "planned")]
    assert dropped == ()


def test_that_evening_in_an_interview_answer_is_dropped() -> None:
    body = "Q: How did you hear?\n\nA: By phone. I rang my brother that evening and told him everything."
    mentions, dropped = extract(article(body, "2026-06-19"), (ex(body, "that evening", "2026-06-19TEV", type="TIME"),))
    assert not mentions
    assert [d.reason for d in dropped] == ["deixis in an interview's answer: the speech time is not the publication date"]


@pytest.mark.parametrize("line,kept", [
    ("Ndiaye: Yesterday was always the worst day.", []),  # a transcript's speaker by surname
    ("Update: Yesterday the council voted to close the pool.", ["Yesterday"]),  # a live blog's label, not a speaker
])
def test_yesterday_in_a_transcript_line(line: str, kept: list) -> None:
    body = "Q: What was the hardest part?\n\n" + line
    mentions, _ = extract(article(body, "2025-11-14"), (ex(body, "Yesterday", "2025-11-13"),))
    assert [m.expr for m in mentions] == kept
