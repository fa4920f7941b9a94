"""Round 13 of 'which dates are events' (issue 4): precision on names, conditions, a match's periods and figures.

Each row is a sentence of our own, not one of the eval sets'. The pipeline table: published, body, the
mentions kept as (expression, value, status), and the part of the reason of each expression dropped.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import extract
from timeline.model import Article
from timeline.tag import tag
from timeline.text import is_caption

PIPELINE: list[tuple[str, str, str, list[tuple[str, str, str]], dict[str, str]]] = [
    # a law or treaty named by its year is a standing text; its signing told with a verb stays
    ("'under the 1998 treaty'", "2026-03-10", "Both countries still pay for the dam under the 1998 treaty, officials said on Monday.",
     [("Monday", "2026-03-09", "past")], {"1998": "law or treaty named by its year"}),
    ("'The accord of 2015 requires'", "2026-03-10", "The accord of 2015 requires each member to report its emissions.",
     [], {"2015": "law or treaty named by its year"}),
    ("'signed a treaty in 2009' stays", "2026-03-10", "The two countries signed a treaty in 2009 to share the costs.",
     [("2009", "2009", "past")], {}),
    ("'the 2009 treaty was signed' stays", "2026-03-10", "The 2009 treaty was signed in Bern after years of talks.",
     [("2009", "2009", "past")], {}),
    ("'the 2024 agreement ended' stays", "2026-03-10", "The 2024 agreement ended years of disputes.",
     [("2024", "2024", "past")], {}),
    ("'the 2019 whistleblower law protects' stays (the law passed that year)", "2026-03-10",
     "The 2019 whistleblower law protects staff who report fraud.", [("2019", "2019", "past")], {}),
    # the date a plan replaced
    ("'instead of late 2026'", "2026-03-10", "The bridge will now open in spring 2028 instead of late 2026, the agency said.",
     [("spring 2028", "2028-SP", "planned")], {"late 2026": "the date replaced"}),
    # a condition at a coarse date; a possibility stated as a state
    ("'If the tunnel floods again in the autumn'", "2026-03-10", "If the tunnel floods again in the autumn, the line will close.",
     [], {"the autumn": "a condition"}),
    ("'... if the tunnel floods in the autumn'", "2026-03-10", "The line will close if the tunnel floods again in the autumn.",
     [], {"the autumn": "a condition"}),
    ("'decide whether to call further action in November'", "2025-10-20",
     "The union says it will decide on Wednesday whether to call further action in November.",
     [("Wednesday", "2025-10-22", "planned")], {"November": "an open question"}),
    ("'decide whether the plant should close in December'", "2025-10-20", "Ministers will decide whether the plant should close in December.",
     [], {"December": "an open question"}),
    ("'investigating whether he lost a match in April' stays (past, presupposed)", "2025-10-20",
     "The panel is investigating whether he deliberately lost a match at the open in April.", [("April", "2025-04", "past")], {}),
    ("'was possible in April'", "2026-03-10", "Officials said a second strike was possible in April but no date had been set.",
     [], {"April": "a possibility"}),
    ("'is likely in April'", "2026-03-10", "Another strike is likely in April, the union warned.", [], {"April": "a possibility"}),
    ("'which is likely to be held in March' stays (a hedged plan)", "2026-01-10",
     "The vote, which is likely to be held in March, will decide the plan.", [("March", "2026-03", "planned")], {}),
    ("'will strike again in April' stays", "2026-03-10", "The union will strike again in April.", [("April", "2026-04", "planned")], {}),
    # a match's quarter; a company's quarter stays a period (dropped as a figure's period)
    ("'in the third quarter' of a match", "2026-03-10",
     "Berg was ejected with two minutes left in the third quarter after arguing with a referee on Sunday.",
     [("Sunday", "2026-03-08", "past")], {"the third quarter": "a quarter of a match"}),
    # a team's win-loss record over a period
    ("'this year it sits at 15-11'", "2026-03-10", "The team finished 2024 with a 20-12 record; this year it sits at 15-11 with four games left.",
     [], {"2024": "win-loss record", "this year": "win-loss record"}),
    ("'won the title in 2023 after a 24-6 season' stays", "2026-03-10", "The club won the title in 2023 after a 24-6 season.",
     [("2023", "2023", "past")], {}),
    # a figure against its baseline: the period and the baseline's offset
    ("'counted in August, up from 4,100 a year earlier'", "2026-10-10", "Visitors counted at the museum in August, up from 4,100 a year earlier: 5,200.",
     [], {"August": "a figure against a baseline", "a year earlier": "comparison baseline"}),
    ("'opened in August, up from the old crossing' stays", "2026-10-10", "The city opened the new bridge in August, up from the old crossing.",
     [("August", "2026-08", "past")], {}),
    # a share of a whole over a period
    ("'accounted for a third of all journeys last year'", "2026-10-10", "Night buses accounted for a third of all late journeys last year, the council said.",
     [], {"last year": "a share of a whole"}),
    # offsets that count no date: a bound, the size of a delay, a happening dated in its own words
    ("'slip by at least six months after'", "2026-06-10",
     "The bridge reopened on Monday. Its opening will slip by at least six months after cracks were found, the agency said.",
     [("Monday", "2026-06-08", "past")], {"at least six months after": "bound"}),
    ("'delayed by two months after the flood'", "2026-06-10", "The works were delayed by two months after the flood on Monday.",
     [("Monday", "2026-06-08", "past")], {"two months after": "the size of a delay"}),
    ("'three weeks after ... announced the route in mid-May'", "2026-06-10",
     "The ferry sailed on Monday, three weeks after the operator first announced the route in mid-May.",
     [("Monday", "2026-06-08", "past"), ("mid-May", "2026-05", "past")], {"three weeks after": "dated in its own words"}),
    ("'three weeks after ... announced the route' stays", "2026-06-10", "The ferry sailed on Monday, three weeks after the operator announced the route.",
     [("Monday", "2026-06-08", "past"), ("three weeks after", "2026-05-18", "past")], {}),
    # recall: a deadline "still due by"; "not ... until" a day or a month (not a year, a possibility, a state)
    ("'is still due by the end of June'", "2026-05-10", "The final report on the crash is still due by the end of June, the agency said.",
     [("the end of June", "2026-06", "planned")], {}),
    ("'will not start until July'", "2026-05-10", "The council's inspection, which the owners accepted last week, will not start until July.",
     [("last week", "2026-W18", "past"), ("July", "2026-07", "planned")], {}),
    ("'won't reopen until September'", "2026-05-10", "The museum won't reopen until September.", [("September", "2026-09", "planned")], {}),
    ("'did not fall until March'", "2026-05-10", "Prices did not fall until March.", [("March", "2026-03", "past")], {}),
    ("'stayed shut until March' stays dropped", "2026-05-10", "The shop stayed shut until March.", [], {"March": "'until'"}),
    ("'may not be reconnected until Sunday evening' stays dropped", "2026-05-10", "Most homes may not be reconnected until Sunday evening.",
     [], {"Sunday evening": "'until'"}),
    ("'will not reach full output until 2028' stays dropped", "2026-05-10", "The mine will not reach full output until 2028.",
     [], {"2028": "'until'"}),
    ("'was not due for release until March' stays dropped", "2026-05-10", "He was not due for release until March.", [], {"March": "'until'"}),
    # recall: an irregular participle's date in a state's sentence; a happening told beside a figure
    ("'The trigger was a letter sent in February'", "2026-05-10", "The trigger was a letter sent in February closing two wards.",
     [("February", "2026-02", "past")], {}),
    ("'fallen by 15% since the road was closed last autumn'", "2026-05-10",
     "Takings at the market have fallen by 15% since the road was closed last autumn.", [("last autumn", "2025-FA", "past")], {}),
    ("'fell by 15% last autumn' stays dropped", "2026-05-10", "Takings at the market fell by 15% last autumn.", [], {"last autumn": "statistics"}),
    ("'In April, parking charges ... rose by 30%'", "2026-05-13",
     "In April, parking charges at the hospital rose by 30% after the trust ended free evening parking.", [("April", "2026-04", "past")], {}),
    ("'In April, house prices rose by 3%' stays dropped", "2026-05-13", "In April, house prices rose by 3%, the survey found.",
     [], {"April": "statistics"}),
    # a weekday's direction: a present fixture coordinated after a past clause; a possessive date's that-complement
    ("'lost on Sunday and travel to Easton on Friday'", "2026-02-24", "The Hawks lost 76-70 to the Rams on Sunday and travel to Easton on Friday.",
     [("Sunday", "2026-02-22", "past"), ("Friday", "2026-02-27", "planned")], {}),
    ("'lost on Sunday and played on Friday' stays past", "2026-02-24", "The Hawks lost to the Rams on Sunday and played Easton on Friday.",
     [("Sunday", "2026-02-22", "past"), ("Friday", "2026-02-20", "past")], {}),
    ("\"Monday's announcement that ... will open ... surprised\"", "2026-06-26",
     "Monday's announcement that the tunnel will open 18 months late surprised few engineers.", [("Monday", "2026-06-22", "past")], {}),
    ("\"Monday's ruling that the ban would stand angered\"", "2026-06-26", "Monday's ruling that the ban would stand angered farmers.",
     [("Monday", "2026-06-22", "past")], {}),
    ("\"Monday's vote will decide\" stays ahead", "2026-06-26", "Monday's vote will decide the matter.", [("Monday", "2026-06-29", "planned")], {}),
    # an offset whose main clause is a present state counts to now; a date in a participle aside is not the clause's
    ("'four weeks after ..., the questions have not gone away'", "2026-06-10",
     "The flood hit the town on May 12. But four weeks after the morning the water came in, the questions raised by the flood have not gone away.",
     [("May 12", "2026-05-12", "past")], {"four weeks after": "present state"}),
    ("'Four weeks after the flood, the town is still cleaning up'", "2026-06-10",
     "The flood hit the town on May 12. Four weeks after the flood, the town is still cleaning up.",
     [("May 12", "2026-05-12", "past")], {"Four weeks after": "present state"}),
    ("'Four weeks after the flood, the council has approved' stays", "2026-06-10",
     "The flood hit the town on May 12. Four weeks after the flood, the council has approved a relief fund.",
     [("May 12", "2026-05-12", "past"), ("Four weeks after", "2026-06-09", "past")], {}),
    ("'The report, published on Monday, confirms what ... suggested the day after the flood'", "2026-06-10",
     "The May 12 flood closed the bridge. The agency's report, published on Monday, confirms what engineers suggested the day after the flood.",
     [("May 12", "2026-05-12", "past"), ("Monday", "2026-06-08", "past"), ("the day after", "2026-05-13", "past")], {}),
    ("'met the mayor on Monday, a day after' stays counted from Monday", "2026-06-10",
     "The May 12 flood closed the bridge. Engineers met the mayor on Monday, a day after the report was published.",
     [("May 12", "2026-05-12", "past"), ("Monday", "2026-06-08", "past"), ("a day after", "2026-06-07", "past")], {}),
    # a date before a happening noun in a prepositional phrase: the clause's negation is another's
    ("'the questions raised by the May 12 leak have not gone away'", "2026-06-10",
     "The questions raised by the May 12 leak have not gone away.", [("May 12", "2026-05-12", "past")], {}),
    ("'The June 3 vote was not held' stays dropped", "2026-06-10", "The June 3 vote was not held.", [], {"June 3": "negated"}),
    # a verbless answer naming a time, to a question not about when; a plural present perfect over the current period
    ("'Q: What worries ...? A: The spring.'", "2026-09-15",
     "Q: What worries your members most?\n\nA: The spring. The market is half our year.", [], {"The spring": "verbless answer"}),
    ("'Q: ... A: December.' on the next line", "2026-09-15",
     "Q: What worries your members most?\nA: December. It is our busiest month.", [], {"December": "verbless answer"}),
    ("'Q: When will the work start? A: In March.' stays", "2026-09-15",
     "Q: When will the work start?\n\nA: In March. The contract is signed.", [("March", "2027-03", "planned")], {}),
    ("'Growers in three countries have protested this autumn'", "2025-11-12",
     "Growers in three neighbouring countries have protested this autumn.", [], {"this autumn": "plural present perfect"}),
    ("'Dock workers in several ports have walked out this year'", "2025-11-12",
     "Dock workers in several ports have walked out this year.", [], {"this year": "plural present perfect"}),
    ("'The council has approved the budget this autumn' stays", "2025-11-12", "The council has approved the budget this autumn.",
     [("this autumn", "2025-FA", "past")], {}),
    ("'The unions protested this autumn' stays", "2025-11-12", "The unions protested this autumn.", [("this autumn", "2025-FA", "past")], {}),
    # a bounded activity's run between two days is one event; a tenure or a closure's span stays dropped
    ("'ran a public consultation from June 1 to July 10'", "2026-09-20",
     "The city ran a public consultation from June 1 to July 10, receiving 2,300 responses.",
     [("June 1 to July 10", "2026-06-01/2026-07-10", "past")], {}),
    ("'The exhibition runs from May 3 to June 20'", "2026-04-20", "The exhibition runs from May 3 to June 20 at the town museum.",
     [("May 3 to June 20", "2026-05-03/2026-06-20", "planned")], {}),
    ("'served as interim director from June 1 to July 10' stays dropped", "2026-09-20",
     "She served as interim director from June 1 to July 10.", [], {"June 1": "'from ... to ...'"}),
    ("'was closed from June 1 to July 10' stays dropped", "2026-09-20", "The bridge was closed from June 1 to July 10.",
     [], {"June 1": "'from ... to ...'"}),
    # a span up to now named by a noun; a period a thing happened in stays
    ("'the lesson of the last month'", "2026-03-12", "If the team wins, the lesson of the last month will be lost.",
     [], {"the last month": "a span up to now"}),
    ("'The events of the past week'", "2026-03-12", "The events of the past week shocked the town.", [], {"the past week": "a span up to now"}),
    ("'Three shops closed in the last month' stays", "2026-03-12", "Three shops closed in the last month.",
     [("the last month", "2026-02", "past")], {}),
    # a count to take on over a year; a year's total; a bare year as the horizon of "is due to ... by"
    # (one rule with round 12's target count: any tense, before or after the date, a year to a quarter)
    ("'will hire 60 drivers this year'", "2026-03-10", "The bus company will hire 60 drivers this year.",
     [], {"this year": "a target count over a period"}),
    ("'will build 300 homes this year'", "2026-03-10", "The council will build 300 homes this year.",
     [], {"this year": "a target count over a period"}),
    ("'created 40 new jobs this year'", "2026-03-10", "The firm created 40 new jobs this year.",
     [], {"this year": "a target count over a period"}),
    ("'This year the agency took on 35 extra seasonal workers'", "2026-03-10", "This year the agency took on 35 extra seasonal workers.",
     [], {"This year": "a target count over a period"}),
    ("'hired over 30 nurses in the second quarter'", "2026-09-10", "The hospital hired over 30 nurses in the second quarter.",
     [], {"the second quarter": "a target count over a period"}),
    ("'approved plans to build 200 homes in 2024' stays (the approval)", "2026-03-10", "The council approved plans to build 200 homes in 2024.",
     [("2024", "2024", "past")], {}),
    ("'approved plans to hire 60 drivers next year' stays (the approval)", "2026-03-10",
     "The council approved plans to hire 60 drivers next year.", [("next year", "2027", "planned")], {}),
    ("'founded in 2019 and employs 40 people' stays", "2026-03-10", "The firm was founded in 2019 and employs 40 people.",
     [("2019", "2019", "past")], {}),
    ("'carried total prize money of 300,000 crowns this year'", "2026-03-10",
     "The cup carried total prize money of 300,000 crowns this year.", [], {"this year": "a period's total"}),
    ("'are due to be replaced by 2029'", "2026-03-10", "The older ferries are due to be replaced by 2029.", [], {"2029": "'by'"}),
    ("'are due to be delivered by the end of June' stays", "2026-03-10", "The new ferries are due to be delivered by the end of June.",
     [("the end of June", "2026-06", "planned")], {}),
    ("'is due by the end of the year' stays", "2026-03-10", "A review of ward staffing is due by the end of the year.",
     [("the end of the year", "2026", "planned")], {}),
    # a treaty broken; a day's count against an average
    ("'the cut breaks the 1955 treaty'", "2026-03-10", "Our lawyers say the cut breaks the 1955 treaty, and we may go to court.",
     [], {"1955": "law or treaty named by its year"}),
    ("'29,500 crossings on Tuesday, against a daily average'", "2027-01-08",
     "The counts show 29,500 crossings on Tuesday, against a daily average of 38,000 in November.", [], {"Tuesday": "a figure against a baseline"}),
    ("'arrested 12 people on Tuesday' stays", "2027-01-08", "Police arrested 12 people on Tuesday, the force said.",
     [("Tuesday", "2027-01-05", "past")], {}),
    # a caption in brackets
    ("'(Photo caption: ... on Tuesday.)'", "2026-10-10", "(Photo caption: The harbour wall, seen from the pier on Tuesday.)",
     [], {"Tuesday": "caption"}),
]


@pytest.mark.parametrize(("why", "published", "body", "kept", "dropped"), PIPELINE, ids=[c[0] for c in PIPELINE])
def test_pipeline(why: str, published: str, body: str, kept: list[tuple[str, str, str]], dropped: dict[str, str]) -> None:
    day = dt.date.fromisoformat(published)
    mentions, drops = extract(Article(id="a", path="a.md", title="T", body=body, published=day), tag(body, day))
    assert [(m.expr, m.date.value, m.status) for m in mentions] == kept
    reasons = {d.expression.text: d.reason for d in drops}
    for text, part in dropped.items():
        assert part in reasons[text], (text, reasons.get(text))


@pytest.mark.parametrize(("line", "caption"), [
    ("(Photo caption: The harbour wall, seen from the pier on Tuesday.", True),
    ("[Picture: the flooded square on Monday]", True),
    ("Photo: the flooded square on Monday", True),
    ("(The square, by the old harbour, flooded on Monday.)", False),
    ("The photo shows the square on Monday.", False),
])
def test_caption_in_brackets(line: str, caption: bool) -> None:
    assert is_caption(line) is caption


@pytest.mark.parametrize(("attribution", "kept"), [
    ("he told the Harbour Post by telephone.", [("Friday", "2026-01-16", "past")]),  # the article's own outlet
    ("she told this newspaper.", [("Friday", "2026-01-16", "past")]),
    ("she told a radio station.", []),  # another outlet: the speech time is unknown
    ("she said.", []),
])
def test_quotation_told_to_this_outlet(attribution: str, kept: list[tuple[str, str, str]]) -> None:
    body = f'"I was told on Friday that the post was safe," {attribution}'
    day = dt.date(2026, 1, 20)
    art = Article(id="a", path="a.md", title="T", body=body, published=day, source="Harbour Post")
    mentions, _ = extract(art, tag(body, day))
    assert [(m.expr, m.date.value, m.status) for m in mentions] == kept
