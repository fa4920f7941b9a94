"""Event rules, round 17 (fourteenth session), from the errors of eval/holdout41..48 after their
unseen scoring: a holiday's name qualifying a noun, a money rate before "a year before", a period's
figure before its offset, "as planned", a plan as subject, a possessive weekday's clause, present
schedules (a release in the present passive, a parliament rising, a fixture in a present clause), a
month naming figures, a negation inside a quotation, bounded activities' runs, tallies and figures. Table rows: (why, published, body, kept as (expression, value), dropped
expression -> words of its reason)."""

from __future__ import annotations

import pytest

from test_anchors_round14 import check_row

ROWS = [
    # a holiday's name before a common noun: a kind of thing, not a day
    ("'fresh Christmas turkeys'", "2026-03-10", "The farm sells about 9% of the country's fresh Christmas turkeys.",
     [], {"Christmas": "a holiday named as context"}),
    ("'this year's Christmas pantomime'", "2026-03-10", "Tickets for this year's Christmas pantomime are already on sale.",
     [], {"Christmas": "a holiday named as context"}),
    ("'as a Christmas present'", "2026-03-10", "I gave the fryer to my son as a Christmas present.",
     [], {"Christmas": "a holiday named as context"}),
    # ... but not a part of its day, nor a clause going on after it
    ("'on Christmas morning' stays", "2026-03-10", "The ferry sank on Christmas morning.", [("Christmas", "2025-12-25")], {}),
    ("'at Christmas and the crew' stays", "2026-03-10", "The ferry sank at Christmas and the crew were rescued.",
     [("Christmas", "2025-12-25")], {}),
    # an amount of money before "a year before": a rate
    ("'41,000 crowns a year before overtime'", "2025-03-10", "Operators earn about 41,000 crowns a year before overtime.",
     [], {"a year before": "a rate"}),
    ("'£30,000 a year before tax'", "2025-03-10", "Staff earn £30,000 a year before tax.", [], {"a year before": "a rate"}),
    ("'a year before the election' stays", "2025-03-10", "The bridge closed on March 3, a year before the election.",
     [("March 3", "2025-03-03"), ("a year before", "2026")], {}),
    # a period's figure right before the offset: a comparison
    ("'double the figure five years earlier'", "2025-03-10",
     "The bridge closed on March 3, and thefts reached 146, nearly double the figure five years earlier.",
     [("March 3", "2025-03-03")], {"five years earlier": "a comparison baseline"}),
    # "as planned" tells no plan: the day is read by the clause's own tense
    ("'ended as planned on Wednesday morning' (a Friday's article)", "2026-02-13",
     "The walkout, which began on Monday, ended as planned on Wednesday morning.",
     [("Monday", "2026-02-09"), ("Wednesday morning", "2026-02-11")], {}),
    ("'will end as planned on Wednesday'", "2026-02-13", "The strike will end as planned on Wednesday.",
     [("Wednesday", "2026-02-18")], {}),
    # a plan as the clause's subject: the past verb nearer the day governs it
    ("'Plans to build 640 homes ... were approved ... on Tuesday' (a Thursday's article)", "2026-06-25",
     "Plans to build 640 homes on the site of the former ground were approved by the council's planning committee on Tuesday.",
     [("Tuesday", "2026-06-23")], {}),
    ("'The council plans to vote on Tuesday' stays ahead", "2026-06-25", "The council plans to vote on Tuesday.",
     [("Tuesday", "2026-06-30")], {}),
    # a possessive weekday's noun phrase ends at the next clause: its tense is the verb before it
    ("'celebrated Sunday's Mass ..., and the church will stay closed' (a Monday's article)", "2024-11-04",
     "The 19 monks celebrated Sunday's Mass in the chapter house, and the abbey church will stay closed until further notice.",
     [("Sunday", "2024-11-03")], {}),
    ("'said that Sunday's race will go ahead' stays ahead", "2024-11-04", "Organisers said that Sunday's race will go ahead.",
     [("Sunday", "2024-11-10")], {}),
    # schedules in the present: a release in the present passive, a parliament rising for its recess
    ("'figures are published on Wednesday' (a Monday's article); the month names the figures", "2026-04-13",
     "March retail sales figures are published on Wednesday.", [("Wednesday", "2026-04-15")],
     {"March": "a month naming a period's figures"}),
    ("'were published on Wednesday' stays back", "2026-04-13", "The figures were published on Wednesday.",
     [("Wednesday", "2026-04-08")], {}),
    ("'The Riksting rises for its spring recess on Friday' (a Tuesday's article)", "2027-04-06",
     "The Riksting rises for its spring recess on Friday.", [("Friday", "2027-04-09")], {}),
    # a negation inside a quotation is the speaker's, not the reporting clause's
    ("'“... is not for sale,” the councillor said outside the courthouse on Thursday'", "2026-03-13",
     "“Today's verdict tells every thief that our heritage is not for sale,” councillor Ragna Feldt said outside "
     "the courthouse on Thursday.", [("Thursday", "2026-03-12")], {"Today": "deixis inside a quotation"}),
    ("'The ministers did not meet on Thursday' stays negated", "2026-03-13", "The ministers did not meet on Thursday.",
     [], {"Thursday": "negated"}),
    # a bounded activity's run: bids, claims, a consultation "on" its matter, "which ran" after a comma
    ("'can submit sealed bids from March 4 to April 12'", "2025-03-01", "Bidders can submit sealed bids from March 4 to April 12.",
     [("March 4 to April 12", "2025-03-04/2025-04-12")], {}),
    ("'Claims can be made from May 10 to July 30 through the portal'", "2025-03-01",
     "Claims can be made from May 10 to July 30 through the ministry's online portal.",
     [("May 10 to July 30", "2025-05-10/2025-07-30")], {}),
    ("'A public consultation, which ran from October 14 to December 6 last year'", "2025-03-01",
     "A public consultation, which ran from October 14 to December 6 last year, drew 4,300 responses.",
     [("October 14 to December 6 last year", "2024-10-14/2024-12-06")], {}),
    ("'A consultation on the cleanup will run from August 4 to August 29'", "2025-03-01",
     "A public consultation on the cleanup will run from August 4 to August 29.", [("August 4 to August 29", "2025-08-04/2025-08-29")], {}),
    ("'served as mayor from May 2010 to June 2014' stays a term", "2025-03-01", "He served as mayor from May 2010 to June 2014.",
     [], {"May 2010": "a period (tenure or term)"}),
    # a fixture in the present for a day ahead: a schedule, not a state
    ("'They are at home to Brackenfold on Saturday' (a Thursday's article)", "2025-11-20",
     "They are at home to Brackenfold on Saturday, before travelling to Ollwick.", [("Saturday", "2025-11-22")], {}),
    ("'Next up for Rovers is a league trip to Karn Valley on December 12'", "2025-11-20",
     "Next up for Rovers is a league trip to Karn Valley on December 12.", [("December 12", "2025-12-12")], {}),
    ("'presents his budget on March 24'", "2025-11-20",
     "Then Finance Minister Halvard Esk presents his budget on March 24, and he is under pressure.", [("March 24", "2026-03-24")], {}),
    # tallies: more verbs of counted activity, a season, "fewer than"; a figure's value
    ("'took 1,310 calls last month'", "2025-12-10", "Our drought helpline took 1,310 calls last month.", [], {"last month": "a tally"}),
    ("'drew 9,400 visitors in August'", "2025-12-10", "It drew 9,400 visitors in August, a record.", [], {"August": "a tally"}),
    ("'landed fewer than 9,000 tonnes'", "2025-12-10", "Last year they landed fewer than 9,000 tonnes.", [], {"Last year": "a tally"}),
    ("'investigated 14 suspected cases this autumn'", "2025-12-10", "The NVS has investigated 14 suspected cases this autumn.",
     [], {"this autumn": "a tally"}),
    ("'Rebels took 200 hostages last month' stays", "2025-12-10", "Rebels took 200 hostages last month.", [("last month", "2025-11")], {}),
    ("'A public consultation held this summer drew 2,600 responses' stays", "2025-10-10",
     "A public consultation held this summer drew 2,600 responses, most of them opposed.", [("this summer", "2025-SU")], {}),
    ("'Housing completions were 31,000 last year'", "2025-12-10", "Housing completions were 31,000 last year.",
     [], {"last year": "a figure's value"}),
    ("'In 2019, the figure was 91%'", "2025-12-10", "In 2019, the figure was 91%.", [], {"2019": "a figure's value"}),
    # a caption with its date before the colon
    ("'(Photo, April 2026: Strand rings the opening bell.)'", "2026-04-20",
     "(Photo, April 2026: Strand rings the opening bell on the exchange floor.)", [], {"April 2026": "photo caption"}),
    ("'Photo, video and audio files were published on Monday' stays", "2026-04-20",
     "Photo, video and audio files were published on Monday.", [("Monday", "2026-04-20")], {}),
    # a plan's date given up after it
    ("'a second one planned for December has been cancelled'", "2026-04-20",
     "The first burn was so accurate that a second one planned for December has been cancelled.", [], {"December": "called off"}),
    ("'first pencilled in for November 14 but was pushed back'", "2026-04-20",
     "The match was first pencilled in for November 14 but was pushed back a fortnight.", [], {"November 14": "called off or postponed"}),
    # a quarter naming a statement
    ("'a third-quarter trading statement, is scheduled for November 17'", "2026-04-20",
     "Skelder's next update, a third-quarter trading statement, is scheduled for November 17.",
     [("November 17", "2026-11-17")], {"third-quarter": "period figure"}),
    # a negation of another clause than the date's
    ("'a database patch that was never tested caused the collapse ... in January'", "2026-02-16",
     "A database patch that was never tested caused the collapse of the dispatch system in January, an investigation has found.",
     [("January", "2026-01")], {}),
    ("'presents his budget next week, and the signals ... are not encouraging'", "2026-02-16",
     "The finance minister presents his budget next week, and the signals from his ministry are not encouraging.",
     [("next week", "2026-W09")], {}),
    ("'I will not pretend ... about the boats the government ordered last week'", "2026-02-16",
     "I will not pretend to be neutral about the four boats the government ordered last week.", [("last week", "2026-W07")], {}),
    ("'the paper most students sat on June 9 never counted'", "2025-06-20",
     "That matters because the paper most students sat on June 9 never counted.", [("June 9", "2025-06-09")], {}),
    # ... but the date's own clause negated stays negated
    ("'which were not upgraded in 2020 as planned' stays negated", "2026-02-16",
     "Officials said the port's coastal defences, which were not upgraded in 2020 as planned, had been overtopped.",
     [], {"2020": "negated"}),
    ("'never met on Tuesday' stays negated", "2026-02-16", "The board never met on Tuesday.", [], {"Tuesday": "negated"}),
    ("'did not resume in January, and the union is angry' stays negated", "2026-02-16",
     "The talks did not resume in January, and the union is angry.", [], {"January": "negated"}),
]


@pytest.mark.parametrize(("why", "published", "body", "kept", "dropped"), ROWS, ids=[r[0] for r in ROWS])
def test_round17_events(why: str, published: str, body: str, kept: list[tuple[str, str]], dropped: dict[str, str]) -> None:
    check_row(why, published, body, kept, dropped)
