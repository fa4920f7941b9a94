"""Round 23 of the events stage (twentieth session): weekday tense cues found by comparing the
events stage's reading of bare weekdays with the tagger's, and rules found on the four sets written
at the session's start (eval/holdout73 .. holdout76), each an invented sentence here."""

from __future__ import annotations

import pytest

from test_events_round19 import _dropped_reason, _kept


@pytest.mark.parametrize("body,pub,expected", [
    # a capitalised "-ed" word inside a clause is a name's, not a past verb
    ("Skelmarsh host Brennock United on Tuesday.", "2024-09-22", [("Tuesday", "2024-09-24", "planned")]),
    ("Skelmarsh hosted Brennock on Tuesday.", "2024-09-22", [("Tuesday", "2024-09-17", "past")]),
    ("Closed on Tuesday, the depot reopened a day later.", "2024-09-22",
     [("Tuesday", "2024-09-17", "past"), ("a day later", "2024-09-18", "past")]),
    # a present progressive passive is a present arrangement, ahead
    ("A public meeting is being held at the town hall on Wednesday evening.", "2025-03-10",
     [("Wednesday evening", "2025-03-12", "planned")]),
    ("A public meeting was held at the town hall on Wednesday evening.", "2025-03-10",
     [("Wednesday evening", "2025-03-05", "past")]),
    ("The physics paper, due on Friday, and the chemistry paper, due on Monday, are being reprinted as a precaution.",
     "2024-06-12", [("Friday", "2024-06-14", "planned"), ("Monday", "2024-06-17", "planned")]),
    # a present "follows": a fixture
    ("The physics exam went ahead on Friday. Chemistry follows on Monday.", "2024-06-15",
     [("Friday", "2024-06-14", "past"), ("Monday", "2024-06-17", "planned")]),
    # pencilled in for a day: ahead
    ("If we approve it, the plenary vote is pencilled in for Friday.", "2025-04-09", [("Friday", "2025-04-11", "planned")]),
    # a participle with its agent, nearest the day, governs it (not "will be published by")
    ("Five libraries would close under budget proposals published by the Borough Council on Wednesday.", "2025-11-13",
     [("Wednesday", "2025-11-12", "past")]),
    ("The report will be published by the council on Wednesday.", "2025-11-13", [("Wednesday", "2025-11-19", "planned")]),
    # the start of what a past act set up: the nearest such weekday, either side
    ("The government declared three days of national mourning from Tuesday.", "2027-03-15",
     [("Tuesday", "2027-03-16", "planned")]),
    ("The council imposed a ban on fireworks from Friday.", "2027-03-15", [("Friday", "2027-03-12", "past")]),
    # a plan in the subject; a past passive governs the month
    ("The 300 posts the university plans to cut were announced in November.", "2026-03-13",
     [("November", "2025-11", "past")]),
    ("The university plans to announce the cuts in November.", "2026-03-13", [("November", "2026-11", "planned")]),
    # a picture of the story's own making keeps its day; a photograph's year named "from" does not
    ("The telescope sent an image from last Friday.", "2026-01-28", [("last Friday", "2026-01-23", "past")]),
    # a hope told in the past is still ahead of its telling (not "had hoped")
    ("Orvella said it hoped to begin construction in the autumn.", "2026-05-13", [("the autumn", "2026-FA", "planned")]),
    ("Orvella had hoped to begin construction in the autumn.", "2026-05-13", [("the autumn", "2025-FA", "past")]),
    # a noun's participle right before the month dates the participle's act, the last such month
    ("The lawyers had hoped the Court of Appeal would trim the record fine imposed in January.", "2025-06-11",
     [("January", "2025-01", "past")]),
    # a body's act in the present before a weekday: a fixture
    ("DIARY: Kestrum Foods reports its full-year results on Thursday.", "2026-02-13", [("Thursday", "2026-02-19", "planned")]),
    # "was set up" is no plan ("was set to", "was set for" are)
    ("The exclusion zone was set up on Saturday, and residents spent the night in a leisure centre.", "2027-03-14",
     [("Saturday", "2027-03-13", "past")]),
    ("The vote was set for Saturday.", "2027-03-14", [("Saturday", "2027-03-20", "planned")]),
    # a diary line with the day first; its clock time follows the day as re-read
    ("DIARY\nTuesday: webinar on the appeals process for exams officers, 4pm.\n", "2025-08-22",
     [("Tuesday", "2025-08-26", "planned"), ("4pm", "2025-08-26", "planned")]),
    ("The leaders meet for the last televised debate on Thursday, broadcast from the Orvane Hall at 20:00.", "2025-10-13",
     [("Thursday", "2025-10-16", "planned"), ("20:00", "2025-10-16", "planned")]),
    # a year's purchase, then money spent: not a year's figure
    ("Corvane bought the Dunmore plant from Halvard Foods in 2019 and spent 4.5 million euros upgrading its towers.",
     "2026-03-10", [("2019", "2019", "past")]),
    # a survey's own year is no figure: a figure must lie outside the date
    ("In the 1970s he took school groups into the forest, and in 1987 he organised the first survey of its wildcats.",
     "2025-01-29", [("1987", "1987", "past")]),
    # a one-off act's count is no quantity over a year
    ("It is the second recall. In 2023 it recalled 40,000 delivery vans over a brake-sensor fault.", "2026-05-01",
     [("2023", "2023", "past")]),
    # a vote or a ballot held over days: one event, its range
    ("Residents will vote from June 1 to June 19 on whether the towers should be demolished.", "2026-05-02",
     [("June 1 to June 19", "2026-06-01/2026-06-19", "planned")]),
    ("Tenants backed the plan in a ballot held from June 1 to 19, the returning officer said.", "2026-06-22",
     [("June 1 to 19", "2026-06-01/2026-06-19", "past")]),
    # a request made for a day lies ahead; a time of day before the weekday is read with it
    ("Residents were allowed home on Friday, and the council has asked for a minute's silence at noon on Sunday.",
     "2025-07-05", [("Friday", "2025-07-04", "past"), ("noon on Sunday", "2025-07-06", "planned")]),
    # an act named with its agent right before the day: done
    ("The trust welcomes the call by Mayor Odile Brankovic-Swain on Monday for a full public account.", "2025-10-14",
     [("Monday", "2025-10-13", "past")]),
    # "died" is a past verb
    ("The philanthropist whose gift made possible the cancer centre now rising at the hospital died at his home on Wednesday.",
     "2026-11-20", [("Wednesday", "2026-11-18", "past")]),
    # a present "goes live": a fixture
    ("The online consultation portal goes live on Monday.", "2026-04-08", [("Monday", "2026-04-13", "planned")]),
    # a date moved "from ... to ...": the new date is the event, the old one is given up
    ("The ministry has added server capacity and moved the registration deadline from December 4 to December 18.",
     "2026-11-20", [("December 18", "2026-12-18", "planned")]),
    ("The match was postponed from Saturday to Sunday.", "2026-11-20", [("Sunday", "2026-11-22", "planned")]),
    # a promise of a thing for a day lies ahead; a headline's infinitive is a plan
    ("The minister has promised a statement on Wednesday.", "2026-02-16", [("Wednesday", "2026-02-18", "planned")]),
    ("Officials said he had promised a statement on Wednesday.", "2026-02-16", [("Wednesday", "2026-02-11", "past")]),
    ("KEY POINTS\n- Defence Minister Harriet Quellane to address parliament on Thursday\n- Training suspended\n",
     "2026-02-16", [("Thursday", "2026-02-19", "planned")]),
    # an invitation with a longer object still looks ahead; a relative clause's own past verb, words between
    ("Maelis Vantongre, who holds the forum's rotating chair this year, has invited the leaders of Ithavel and "
     "Sarrowmont to a bilateral meeting on Friday.", "2025-10-06", [("Friday", "2025-10-10", "planned")]),
    ("Valdrenia will withdraw the complaint it lodged with the Regional Trade Arbitration Council in March.", "2025-05-20",
     [("March", "2025-03", "past")]),
    ("The pact was signed in March. Eight months later, the first ship arrived.", "2024-11-20",
     [("March", "2024-03", "past"), ("Eight months later", "2024-11", "past")]),
    # a chronology's line is no dateline
    ("KEY DATES\nTuesday, 3 March 2026 — Talks open in Lund.\n", "2026-03-01",
     [("Tuesday, 3 March 2026", "2026-03-03", "planned")]),
    # "Today's vote" stays; a booking for a day lies ahead
    ("Today's vote was close.", "2024-07-19", [("Today", "2024-07-19", "past")]),
    ("The Taskers' flight home is booked for Sunday, the date they were always due to leave.", "2024-07-19",
     [("Sunday", "2024-07-21", "planned")]),
])
def test_round23_kept(body: str, pub: str, expected: list) -> None:
    assert _kept(body, pub) == expected


@pytest.mark.parametrize("body,pub,expr,reason", [
    ("Notes to editors: photographs show the old quarter before the earthquake (photo, 2019: Hennick Street).",
     "2027-05-21", "2019", "in a photo caption or file-photo credit"),
    ("At the lecture, Dr Aske showed a photograph of the glacier snout from 1950 beside one from 2022.", "2024-03-18",
     "2022", "in a photo caption or file-photo credit"),
    ("Tuesday's temperature at the team's temporary sensor, 19.4C, was a record.", "2024-07-19", "Tuesday",
     "a statistics period (a reading or a figure of that day"),
    ("A smaller eruption had been expected in 2011 but never came.", "2025-04-11", "2011",
     "the date of a plan that did not happen"),
    ("Its cyber self-assessment for 2023 rated backup arrangements amber.", "2025-05-22", "2023",
     "a year naming a period figure"),
    ("The university says the four departments lost 6.2 million pounds last year.", "2024-06-21", "last year",
     "a statistics period (a year's figure"),
    ("The company put off repairs while paying its owners 41 million crowns in dividends in 2023.", "2025-01-18", "2023",
     "a statistics period (money over a period"),
    ("Stelmark cut the rating, and the company's bonds due 2031 now trade at about 87 cents.", "2025-06-11", "2031",
     "a maturity ('bonds due 2031')"),
    ("The zone was extended on Thursday. Growers must apply for a permit at least 48 hours before moving soil.",
     "2025-06-20", "at least 48 hours before", "a notice period"),
    ("Money was tight: in 2025 the authority spent 3.1 million crowns on embankment maintenance.", "2026-11-06", "2025",
     "a statistics period (a year's figure"),
    ("The board estimates that the eruption cost the island 38 million crowns in lost bookings in February and March.",
     "2025-04-11", "March", "a statistics period (a cost over a period"),
    ("The ban came after the driest winter and spring in the region for more than half a century.", "2026-05-18",
     "spring", "a statistics period (a record of the weather"),
    ("Hallorn reservoir is at 41% of capacity, against 78% at this point last year.", "2026-05-18", "last year",
     "a comparison baseline"),
    ("The government has also extended the tax holiday for businesses in the quake zone until December 31.", "2027-05-21",
     "December 31", "the end of a term"),
    ("Ferromont shares, which closed at 14.20 marks on Friday of last week, ended Thursday at 7.85 marks.", "2024-09-20",
     "Thursday", "a market price at a date"),
    ("For eighteen months he drove 90 kilometres every second Thursday to the cardiology unit.", "2024-10-29",
     "every second Thursday", "a recurring set"),
    ("It restated accounts, cutting its reported operating profit for 2022 and 2023 by a combined 61 million marks.",
     "2024-10-31", "2023", "a statistics period"),
    ("The ministry moved the registration deadline from December 4 to December 18.", "2026-11-20", "December 4",
     "the original date of something moved"),
    ("The museum reopened, and visitor numbers since then are up 12% on the same weeks of 2026, she said.", "2027-04-20",
     "2026", "a comparison baseline"),
    ("Its drama budget for 2027-28 is 210 million rendar, down 9% in real terms on five years ago.", "2027-03-03",
     "five years ago", "a comparison baseline"),
    ("The storm struck on Monday. The programme averaged 655,000 viewers, up 7% on the same period last year.",
     "2026-11-20", "the same period last year", "a comparison baseline"),
    ("The new licence runs from January 1, 2027, to December 31, 2034.", "2026-12-11", "January 1, 2027",
     "'from ... to ...': a period"),
    ("Registration is compulsory for everyone born in 2008.", "2026-11-20", "2008", "a birth cohort"),
    ("Temperatures reached 36C last week, and the walker collapsed.", "2025-08-12", "last week",
     "a statistics period (a weather reading"),
    ("An upgrade to its alarm system, due to be completed last year, had been postponed for lack of funds.", "2026-11-20",
     "last year", "the original date of something postponed"),
    ("Repairs to those ships cost 61 million crowns in 2024.", "2026-11-20", "2024", "a statistics period (money over a period"),
    ("It reported revenue of 96 million marks and held cash of 410 million marks at 31 December.", "2025-02-06",
     "31 December", "a statistics period (a balance on a day"),
    ("MIRROW: Some shopkeepers say takings were down 20% last week.", "2027-04-02", "last week",
     "a statistics period (a change over a period"),
    ("Our members stand ready to go back to the wards tomorrow, if someone will let them.", "2027-03-05", "tomorrow",
     "a readiness or an offer"),
    ("Tomorrow's Corvessa can have both homes and history.", "2026-02-27", "Tomorrow", "a figure of speech"),
    ("Several families spent one last Christmas in the tower.", "2027-03-14", "Christmas", "a holiday named as context"),
    ("Welcome to our October bulletin. Here is what has changed.", "2025-10-02", "October", "the name of an issue"),
    ("The bill passed on Monday. In a year I may be in uniform.", "2026-10-20", "a year", "a possibility"),
    ("The audit was ordered on Monday. He said the figures may look very different in a year's time.", "2026-10-20",
     "a year", "a possibility"),
    ("PRESS RELEASE\n\nPellagen, 25 February 2026 — The union welcomes the Act, which parliament approved yesterday.",
     "2026-02-25", "25 February 2026", "in the dateline"),
    ("10:30 — Temperatures are forecast to peak at 43C on Thursday, with a slow easing over the weekend.", "2026-07-06",
     "Thursday", "a forecast state"),
    ("Footfall has tripled this week.", "2026-07-06", "this week", "a statistics period (a change over a period"),
    ("Inflation, which the central bank expected to rise briefly, peaked at 3.1% in March.", "2027-01-10", "March",
     "a statistics period (a figure of the period"),
    ("Nitrogen dioxide on Kessel Street was 17% lower in June than in the same month last year.", "2025-07-14", "June",
     "a statistics period (a compared figure"),
    ("The scheme opened on Monday, and officials said 312 applications had arrived by Thursday evening.", "2025-03-14",
     "Thursday evening", "a count at a date"),
    ("Thirty-one deaths is thirty-one too many, but last year it was 212.", "2026-09-01", "last year",
     "a statistics period (a year's figure"),
    ("Maelis Vantongre, who holds the forum's rotating chair this year, has invited the leaders to Lund.", "2025-10-06",
     "this year", "a tenure"),
    ("Nordfell shares closed 4.2% higher on Wednesday.", "2024-05-17", "Wednesday", "a market price at a date"),
    ("The Port of Haskeld will have a thin Christmas.", "2026-07-30", "Christmas", "a holiday named as context"),
    ("The pact was signed in March. Eight months later, it looks more like the start of a very long wait.", "2024-11-20",
     "Eight months later", "the time of writing"),
    ("FROM THE ARCHIVE: In 2024 there were 37 reported collisions on the Saltmarsh Road.", "2025-03-01", "2024",
     "a statistics period (a count"),
    ("A speed camera, due to be installed in 2019, never arrived.", "2025-03-01", "2019",
     "the date of a plan that did not happen"),
    ("An earlier request for his arrest, due to be sent in 2017, was never formally submitted.", "2025-03-01", "2017",
     "the date of a plan that did not happen"),
    ("Today's bakers are fighting over survival.", "2025-10-22", "Today", "a figure of speech"),
    ("The timing is bad: most public-sector workers are paid on the fourth Friday of the month.", "2025-01-22",
     "the fourth Friday of the month", "a recurring day"),
    ("Fuel and hotel costs rose sharply last year, one executive said.", "2024-07-19", "last year",
     "a statistics period (a change over a period"),
    ("Reports climbed sharply in August.", "2026-10-02", "August", "a statistics period (a change over a period"),
])
def test_round23_drops(body: str, pub: str, expr: str, reason: str) -> None:
    assert _dropped_reason(body, pub, expr).startswith(reason)
