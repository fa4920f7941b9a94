"""Round 27 of the events stage (twenty-fourth session): rules found on the sets scored unseen at the
session's start (holdout101..104, eval/README.md), each an invented sentence here. The coarse join's
key-word gate has its tests in tests/test_join_model.py."""

from __future__ import annotations

import pytest

from test_events_round19 import _dropped_reason, _kept


@pytest.mark.parametrize("body,pub,expected", [
    # a post taken up "from" a weekday after a past appointing act: the nearest such weekday (ahead here)
    ("The trustees named finance director Oskar Lind as interim chief executive from Monday.", "2026-01-23",
     [("Monday", "2026-01-26", "planned")]),
    # (the nearest either side: two days back in a Thursday article)
    ("The board appointed Mira Salo as acting chair from Tuesday.", "2026-01-22", [("Tuesday", "2026-01-20", "past")]),
    # a sentence opening on "From <weekday>" looks ahead unless what follows is past
    ("From Wednesday, customers whose homes are uninhabitable can request an interim payment.", "2025-07-21",
     [("Wednesday", "2025-07-23", "planned")]),
    ("When do lessons start at Kellby? From Monday.", "2026-09-11", [("Monday", "2026-09-14", "planned")]),
    ("From Tuesday, trams ran normally again.", "2026-02-13", [("Tuesday", "2026-02-10", "past")]),
    # (a heading run into the paragraph's first sentence: "From" still opens it)
    ("Interim payments\nFrom Wednesday, customers whose homes are uninhabitable can request an interim payment.",
     "2025-07-21", [("Wednesday", "2025-07-23", "planned")]),
    # a plan just before "before" a named body governs the day; a clause of its own after "after" does not
    ("He is due to appear before Ardlow magistrates on Monday charged with escaping from lawful custody.", "2025-09-19",
     [("Monday", "2025-09-22", "planned")]),
    ("Kirrow's oldest surviving tram will run again after the city council on Monday approved a grant of 240,000 "
     "crowns for its restoration.", "2026-03-24", [("Monday", "2026-03-23", "past")]),
    # an infinitive's passive after a comma looks ahead; a participle's aside does not
    ("His party has tabled a motion of no confidence, to be debated on Tuesday.", "2025-10-16", [("Tuesday", "2025-10-21", "planned")]),
    ("The motion, debated on Tuesday, was lost.", "2025-10-16", [("Tuesday", "2025-10-14", "past")]),
    # (a range from a weekday to another stays a range)
    ("From Monday to Wednesday, the strike shut the port.", "2026-01-23", [("Monday to Wednesday", "2026-01-19/2026-01-21", "past")]),
    # "offered" / "invited" name what they offer: the meeting's day, the nearest (ahead here)
    ("The council has offered a meeting with traders on December 16.", "2025-12-10", [("December 16", "2025-12-16", "planned")]),
    # (an agreement on a day is that day's: the year before, not the next one)
    ("The company agreed a deal with the union on March 3.", "2025-12-10", [("March 3", "2025-03-03", "past")]),
    # "the planning minister" is no plan: the month is the decision's, the last one
    ("The court found that the planning minister's decision to grant consent in January was lawful in every respect.",
     "2026-05-06", [("January", "2026-01", "past")]),
    ("The council is planning to sell the site in January.", "2026-05-06", [("January", "2027-01", "planned")]),
    # a sum approved is one grant, not a tally of acts over the month
    ("Last month the council approved 330 million crowns to replace the Northfield works.", "2025-09-10",
     [("Last month", "2025-08", "past")]),
    # a negation in another stretch of the sentence is not the date's: a role's "as" cuts no clause,
    # a relative clause's "that" and its verb, a present plan coordinated with a negated predicate
    ("He joined the island ferry as a deckhand in 1986 and never worked anywhere else.", "2025-06-01", [("1986", "1986", "past")]),
    ("The 12 sites that shut on November 2 are not part of the deal.", "2025-12-01", [("November 2", "2025-11-02", "past")]),
    ("He expects to publish preliminary findings in late October but will not be drawn on a cause.", "2025-09-01",
     [("late October", "2025-10", "planned")]),
    # a person's relative clause holds its own negation; an instruction not to do something is given
    ("Residents who are not yet on the electoral roll must register by February 27 to take part.", "2026-02-01",
     [("February 27", "2026-02-27", "planned")]),
    ("Refund applications open on Thursday for fans who cannot attend.", "2026-02-01", [("Thursday", "2026-02-05", "planned")]),
    ("Then, last month, the study was stopped and a nurse phoned to tell him not to come back.", "2026-02-01",
     [("last month", "2026-01", "past")]),
    # a relative clause's past act holds the date; the main clause's auxiliary holds the negation
    ("The reporters who voted no confidence in the deal last week are not sentimental.", "2025-06-01",
     [("last week", "2025-W21", "past")]),
    ("The fighting that broke out in Hallastan last March would not stop because Brevonia passed a law.", "2025-06-01",
     [("last March", "2025-03", "past")]),
    # a happening's noun right before the date dates it, in a clause of states: a possessive or a plural
    # before the noun, an "of" phrase after it, with or without a preposition
    ("Who pays? That is the question for the ministers' meeting early next month.", "2025-06-01",
     [("early next month", "2025-07", "planned")]),
    ("Critics say the suspension of three deputies in February was the turning point.", "2025-06-01",
     [("February", "2025-02", "past")]),
    ("Staff said the software had been unreliable since an upgrade last month.", "2025-06-01", [("last month", "2025-05", "past")]),
    ("Memories of the clashes of late February are still raw.", "2025-06-01", [("late February", "2025-02", "past")]),
    # a when-clause after the date tells a happening of it, whatever figures it holds
    ("She remembers the last round of cuts in 2016, when weekly opening hours fell from 52 to 36.", "2026-01-10",
     [("2016", "2016", "past")]),
    # "since" and a happening dated by its date: the happening is an event
    ("The men had been trapped since Sunday's flood.", "2025-06-03", [("Sunday", "2025-06-01", "past")]),
    ("Since the October 5 vote in Ketterby, the camp has talked of little else.", "2025-10-20", [("October 5", "2025-10-05", "past")]),
    ("The deal is the regulator's first approval since its 2022 decision to block the purchase.", "2025-06-03",
     [("2022", "2022", "past")]),
    # a yes/no question about a happening its date names presupposes it
    ("Can I still claim compensation for the June 27 walkout? Yes.", "2025-07-03", [("June 27", "2025-06-27", "past")]),
    # "was suspended last week" tells the suspending, no happening called off
    ("Its reporter, Jonas Fell, was suspended last week and has since been dismissed, the company said.", "2025-06-03",
     [("last week", "2025-W22", "past")]),
    ("Trading in Fresko shares was suspended this morning at the company's request, the exchange said.", "2025-06-03",
     [("this morning", "2025-06-03", "past")]),
    # a bounded activity's run of more than two weeks is one event: more nouns of activities
    ("The rescue operation ran from August 15 to September 1, and the directorate grounded the airline.", "2025-09-10",
     [("August 15 to September 1", "2025-08-15/2025-09-01", "past")]),
    # a bill's "second reading" is a stage of its passage, no ordinal count over a period
    ("The bill was published in July and cleared its second reading in September.", "2025-10-20",
     [("July", "2025-07", "past"), ("September", "2025-09", "past")]),
    # a when-clause after "since" and its date tells what happened that day, whatever the main clause denies
    ("The trawler has not been home since September 21, when a coastguard cutter came alongside and ordered it to stop.",
     "2024-10-05", [("September 21", "2024-09-21", "past")]),
])
def test_round27_kept(body: str, pub: str, expected: list) -> None:
    assert _kept(body, pub) == expected


@pytest.mark.parametrize("body,pub,expr,reason", [
    # the price an offer is measured against
    ("The offer price represents a premium of approximately 44% to the closing price of 10.83 dollars per share "
     "on 21 February 2025.", "2025-03-01", "21 February 2025", "a market price at a date"),
    ("The closing price on Friday was 11 crowns.", "2025-03-01", "Friday", "a market price at a date"),
    # a weekday naming what recurs every such day
    ("Traders fighting the relocation of Vantry's Saturday market asked the High Court on Monday to block the move.",
     "2025-11-24", "Saturday", "a generic day"),
    ("The Sunday service was cancelled after the storm.", "2025-11-24", "Sunday", "a generic day"),
    # (a volume of money handled over a year stays a tally)
    ("Pennock processed 41 billion crowns of payments in 2024 and is the country's biggest app-only payments firm.",
     "2025-09-10", "2024", "a statistics period"),
    ("Last year the agency approved 4,100 claims.", "2025-09-10", "Last year", "a statistics period"),
    # (a negation of the date's own clause stays: inside the relative clause, or the main verb's)
    ("Voters who did not vote on Monday were fined.", "2026-02-01", "Monday", "negated"),
    ("The minister did not attend the meeting on Monday.", "2026-02-01", "Monday", "negated"),
    ("The match, scheduled for Saturday, was not played.", "2025-06-01", "Saturday", "the date of a plan that did not happen"),
    # the future as a subject, and a period compared
    ("Tomorrow also belongs to those who were never asked.", "2025-11-24", "Tomorrow", "a generic day"),
    ("Tomorrow matters more than the next quarter, and our staff understand that.", "2025-11-24", "the next quarter",
     "a period compared"),
    # (a state with no happening named stays a state)
    ("Fishing boats and a private water taxi were running on Friday, but the taxi costs 180 euros a trip.", "2025-06-01",
     "Friday", "a background state"),
    # (a yes/no question about the date itself asks whether)
    ("Will I notice on Wednesday? Probably not.", "2025-07-03", "Wednesday", "a yes/no question"),
    # (a suspended happening's date, its object named, is still called off)
    ("The league suspended Saturday's match after the storm.", "2025-06-03", "Saturday", "the date of something called off"),
    # (a bare "since" and its date stays the start of a state)
    ("The men have been trapped since Sunday, rescuers said.", "2025-06-03", "Sunday", "'since'"),
    ("Prices have risen since the spring of 2024.", "2025-06-03", "the spring of 2024", "'since'"),
    # (a negation inside the relative clause stays the date's)
    ("The workers who did not vote last week are angry.", "2025-06-01", "last week", "negated"),
    # (a when-clause after another preposition is the main clause's background)
    ("The committee asked why the company had not appointed a data protection officer in 2021, when its customer "
     "base passed one million.", "2025-03-01", "2021", "negated"),
])
def test_round27_dropped(body: str, pub: str, expr: str, reason: str) -> None:
    assert _dropped_reason(body, pub, expr).startswith(reason)
