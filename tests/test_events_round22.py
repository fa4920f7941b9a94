"""Round 22 of the events stage (nineteenth session): rules found on the four sets written at the
session's start (eval/holdout69 .. holdout72), each an invented sentence here."""

from __future__ import annotations

import pytest

from test_events_round19 import _dropped_reason, _kept


@pytest.mark.parametrize("body,pub,expected", [
    # a plan's participle before its noun names the thing; the past verb governs the day
    ("Its last scheduled flight touched down at Ardmere late on Thursday.", "2025-03-21", [("Thursday", "2025-03-20", "past")]),
    ("Varnisse Air has stopped flying, its last scheduled flight touching down at Ardmere late on Thursday, hours "
     "after a court approved the sale.", "2025-03-21", [("Thursday", "2025-03-20", "past")]),
    ("The scheduled hearing is on Monday.", "2025-03-21", [("Monday", "2025-03-24", "planned")]),
    ("The planned strike was called off on Monday.", "2025-03-21", [("Monday", "2025-03-17", "past")]),
    ("The scheduled vote will now take place on Monday.", "2025-03-21", [("Monday", "2025-03-24", "planned")]),
    # a diary line: a label and its weekday, no verb, lies ahead
    ("DIARY\n- Social care funding debate in parliament: Thursday.\n\nSubscriptions: call the office.", "2027-06-21",
     [("Thursday", "2027-06-24", "planned")]),
    ("DIARY\n- Results published: Friday.\n", "2027-06-21", [("Friday", "2027-06-18", "past")]),
    # a plural subject going to the polls in the present: a fixture
    ("Voters go to the polls on Thursday.", "2024-04-08", [("Thursday", "2024-04-11", "planned")]),
    ("Voters went to the polls on Thursday.", "2024-04-08", [("Thursday", "2024-04-04", "past")]),
    # a weekday after an obligation, a plan of a thing, a forecast's participle, a present report: ahead
    ("A group plans a tractor protest in the capital on Monday.", "2027-03-17", [("Monday", "2027-03-22", "planned")]),
    ("All birds must be housed from Monday.", "2027-03-17", [("Monday", "2027-03-22", "planned")]),
    ("Birds had to be housed from Monday.", "2027-03-17", [("Monday", "2027-03-15", "past")]),
    ("A storm front expected on Saturday could bring waves.", "2027-03-17", [("Saturday", "2027-03-20", "planned")]),
    ("The agency has reset the attempt for Friday.", "2027-03-17", [("Friday", "2027-03-19", "planned")]),
    ("The taskforce reports to councillors on Thursday.", "2027-03-17", [("Thursday", "2027-03-18", "planned")]),
    ("Teague has not been suspended and is booked to ride at Kellerby on Wednesday.", "2026-07-13",
     [("Wednesday", "2026-07-15", "planned")]),
    ("Parents are invited to an information evening at the school on Wednesday.", "2026-07-13",
     [("Wednesday", "2026-07-15", "planned")]),
    ("Parents were invited to an evening on Wednesday.", "2026-07-13", [("Wednesday", "2026-07-08", "past")]),
    # the article's own plain future on that very weekday is next week's; a reported "would" keeps the day
    ("Organisers will hand it to the health minister in the capital on Monday.", "2025-09-01",
     [("Monday", "2025-09-08", "planned")]),
    ("He said the call would occur on Monday.", "2025-09-01", [("Monday", "2025-09-01", "planned")]),
    # a past perfect order dates its act back; a capitalised "Open" is a name's, no plural's present
    ("The Vehicle Safety Agency had ordered dealers to stop selling affected cars on Friday.", "2026-01-20",
     [("Friday", "2026-01-16", "past")]),
    ("The robotics team were knocked out in the quarter-finals of the World Robotics Open on Sunday.", "2027-07-20",
     [("Sunday", "2027-07-18", "past")]),
    # "The same day, the board also approved": the board's day, not the nearest date told
    ("The Education Board voted on Thursday to approve the trial. A parents' survey published on March 18 found "
     "58 percent in favour. The same day, the board also approved a rise in school meal prices.", "2025-03-28",
     [("Thursday", "2025-03-27", "past"), ("March 18", "2025-03-18", "past"), ("The same day", "2025-03-27", "past")]),
    # a day set aside by a declaring lies ahead; a plural present start from a day too
    ("The prime minister, who toured Drevnik on Wednesday, declared Saturday a national day of mourning.", "2024-09-19",
     [("Wednesday", "2024-09-18", "past"), ("Saturday", "2024-09-21", "planned")]),
    ("Garden waste collections, suspended during the strike, restart from Monday.", "2024-09-19",
     [("Monday", "2024-09-23", "planned")]),
    ("Collections restarted from Monday.", "2024-09-19", [("Monday", "2024-09-16", "past")]),
    # a relative clause's own past verb dates a bare month told in a plan: the last one
    ("The agency will withdraw the Serious Shortage Protocol it issued in September.", "2025-01-10",
     [("September", "2024-09", "past")]),
    ("The agency will publish its report in March.", "2025-01-10", [("March", "2025-03", "planned")]),
    # "half what the fund paid five years ago" dates the purchase (no income's baseline)
    ("It put the tower at 2.4 billion kronor, about half what the fund paid in 2021.", "2026-03-20",
     [("2021", "2021", "past")]),
    # a season pencilled in for a plan is the next one; "from August 23 on Lake Serra" is a date
    ("Organisers have pencilled in a return fixture for the spring.", "2025-02-01", [("the spring", "2025-SP", "planned")]),
    ("The championships run from August 23 on Lake Serra.", "2026-05-01", [("August 23", "2026-08-23", "planned")]),
    # "the next day" counts from the day told: no plan
    ("After nine hours of talks on Wednesday and a second session the next day, the union agreed.", "2026-02-13",
     [("Wednesday", "2026-02-11", "past"), ("the next day", "2026-02-12", "past")]),
    # plans as the object of a past act are no plan of the clause
    ("Voters in Pellavin rejected plans to complete the tram in a referendum on Sunday.", "2026-07-13",
     [("Sunday", "2026-07-12", "past")]),
    # "it took until September 28 to correct it": the act done that day (not a term's end)
    ("Staff first spotted the problem in July, but it took until September 28 to correct it.", "2026-10-13",
     [("July", "2026-07", "past"), ("September 28", "2026-09-28", "past")]),
    ("The March payments went out late.", "2024-10-01", [("March", "2024-03", "past")]),
    ("Turnout was 61 percent, and the party won the seat in 2019.", "2024-10-01", [("2019", "2019", "past")]),
    # an office's act by a deadline, a recipient between: kept, planned; a one-off act in the future
    # passive by a month or a day too
    ("We will report to creditors by 5 December.", "2025-11-20", [("5 December", "2025-12-05", "planned")]),
    ("The administrators will publish their proposals to creditors by January 19.", "2025-11-20",
     [("January 19", "2026-01-19", "planned")]),
    ("The union will name a mediator by Wednesday.", "2025-11-20", [("Wednesday", "2025-11-26", "planned")]),
    ("The cameras will be removed by the end of March.", "2025-11-20", [("the end of March", "2026-03", "planned")]),
    ("The empty elephant house will be demolished by the end of the year.", "2025-11-20", []),
    ("Claims will be settled by December 31.", "2025-11-20", []),
    # a one-off spending in a year named is an event; a share's move on its day too
    ("The company spent 9 million krona in 2019 on snow cannons.", "2024-10-01", [("2019", "2019", "past")]),
    ("Veltrax shares fell 5 percent on Friday.", "2025-12-08", [("Friday", "2025-12-05", "past")]),
    ("Today the council approved a plan to collect bins twice a week.", "2026-04-07", [("Today", "2026-04-07", "past")]),
    ("The minister is expected to visit today as part of a tour of a week.", "2026-04-07", [("today", "2026-04-07", "planned")]),
    # a thing's making, though a figure "according to" a source is in its sentence
    ("Only about 38% of lobbying firms appear on the voluntary register created in 2014, according to Transparency "
     "Frennick, which estimates that the industry employs 1,200 people.", "2026-05-11", [("2014", "2014", "past")]),
    # the dates of a survey of a building are an event; an opinion poll's fieldwork is not
    ("The full survey was carried out on September 16 and found asbestos in two more places.", "2025-09-20",
     [("September 16", "2025-09-16", "past")]),
])
def test_round22_kept(body: str, pub: str, expected: list) -> None:
    assert _kept(body, pub) == expected


@pytest.mark.parametrize("body,pub,expr,reason", [
    ("The Guild has called a 72-hour strike from March 24 to 26, running from Tuesday to Thursday.", "2026-03-12",
     "Tuesday to Thursday", "the weekdays of a date its sentence gives just before"),
    ("The abbey church will reopen with a service on September 21, the Sunday nearest the feast.", "2025-06-08",
     "Sunday", "the weekdays of a date its sentence gives just before"),
    ("13:45 — Our poll of 1,012 adults, carried out from February 26 to March 1, found 67% support for the strike.",
     "2026-03-04", "February 26 to March 1", "a statistics or survey period"),
    ("Media enquiries: press office, (0)21 2026 4410", "2026-05-01", "2026", "the end of a phone or account number"),
    ("Units with serial numbers beginning 2024 or 2025 are affected.", "2026-05-01", "2025", "a number naming a thing"),
    ("Units with serial numbers beginning 2026-B have the new lock.", "2026-05-01", "2026", "a number naming a thing"),
    ("It is a sharp turn in a battle that looked one-sided last month.", "2025-03-19", "last month", "a background state"),
    ("Fans held up a banner reading “PELLICANE OUT — 1889 TO 2024?”", "2024-09-20", "2024", "the words of a banner or a sign"),
    ("Protesters carried placards saying \"Remember March 2019\".", "2024-09-20", "March 2019", "the words of a banner or a sign"),
    ("She said that the August and September wages had been paid.", "2024-10-01", "August", "a month naming a thing"),
    ("She said that the August and September wages had been paid.", "2024-10-01", "September", "a month naming a thing"),
    ("Brackwater hopes to complete a sale before the January transfer window opens.", "2024-10-01", "January",
     "a month naming a thing"),
    ("The rules were due for an overhaul in 2019 that never happened.", "2026-05-11", "2019",
     "the date of a plan that did not happen"),
    ("The case is Save Hollowmere v Ashwold Health Trust [2025] HCA 2417.", "2025-01-22", "2025", "a number naming a thing"),
    ("He said the insulation had failed the national test standard FS 1987, and that it must go.", "2025-10-20", "1987",
     "a number naming a thing"),
    ("The 2028 festival will run from June 8 to 17.", "2027-06-20", "2028", "a coarser date of the clause"),
    ("Membership renewals for 2026 cost 35 euros.", "2026-02-13", "2026", "the period a payment or a pass covers"),
    ("Finisher Greta Holloway-Amadi, who was wearing bib 2031, is furious.", "2025-10-12", "2031", "a number naming a thing"),
    ("The minister today presented the government's Budget for 2026 to the Diet.", "2025-10-14", "2026",
     "a year naming a period figure"),
    ("Lamb prices have fallen 14% this week, and farmers are angry.", "2027-01-15", "this week", "a market move over a week"),
    ("Yields are down 55 percent on last year, as we feared.", "2026-05-02", "last year", "a comparison baseline"),
    ("It spent 210 million euros on research last year.", "2026-05-02", "last year", "a statistics period"),
    ("The plant, which also prints two free weeklies, ran at 35 percent of capacity last year.", "2026-05-02", "last year",
     "a statistics period"),
    ("Fuel duty receipts last year: 41.7 billion skeld.", "2026-05-02", "last year", "a statistics period"),
    ("Circulation peaked at 61,000 in 1974; today we sell fewer than 9,000 copies a day.", "2026-04-07", "today",
     "'today' as 'nowadays'"),
    ("Today a rider is tested more than 30 times a year.", "2026-04-07", "Today", "'today' as 'nowadays'"),
    ("Bell-ringers practise on Tuesday evenings and welcome new members.", "2025-05-22", "Tuesday", "a habitual pattern"),
    ("The package was awarded in 2025. It is more than three times what he received the year before.", "2026-03-20",
     "the year before", "a comparison baseline"),
    ("The campaign began in March. Officials blamed \"a national mood we could not shift in five weeks\".", "2024-04-12",
     "five weeks", "a duration"),
    ("In 2026, Skarnholt flew four missions from Vessmoor, and it is aiming for six in 2027.", "2026-11-20", "2027",
     "a target count over a period"),
    ("She says she intends to stay until her term ends in 2027.", "2026-11-20", "2027", "'until': the end of a term"),
    ("Its 2024 half-year report is available at the company's site.", "2026-11-20", "2024", "a year naming a period figure"),
    ("She will receive no bonus for 2026, the company said.", "2026-11-20", "2026", "the period a payment or a pass covers"),
    ("The unit supplied about 9 percent of the country's electricity in 2022, its last full year.", "2026-11-20", "2022",
     "a statistics period"),
    ("Uptake of the second dose in Quarrendon was 81 percent in 2024, well short of the target.", "2026-11-20", "2024",
     "a statistics period"),
    ("\"Evening Line\" was the most-watched news programme of 2025.", "2026-11-20", "2025", "a statistics period"),
    ("The jury heard the company had known the alarm was faulty throughout 2024.", "2026-05-01", "2024", "a state over a period"),
    ("It carried out asbestos surveys at just 11 of them in 2025.", "2026-05-01", "2025", "a statistics period"),
    ("Councils spent an estimated 40 million pounds on AI tools in 2025, and most have no plan.", "2026-11-20", "2025",
     "a statistics period"),
    ("No. But Carers Forward advises keeping bank statements from 2022 onwards.", "2025-02-01", "2022",
     "'from ... onwards': an open interval"),
    ("38% of carers had cut back on food at some point in 2025.", "2026-02-01", "2025", "a vague time"),
    ("The largest ships calling at the port in 1998 carried a third of today's loads.", "2026-02-01", "today",
     "a comparison with the present"),
    ("Our accounts for the year ending in June show a loss of 2.3 million euros.", "2026-01-20", "June", "a fiscal period"),
    ("The club has agreed to waive its rent for the months of January and February.", "2026-01-20", "February",
     "the period a payment or a pass covers"),
    ("Stat corner: trams ran 96% of scheduled services in January, the best figure in the region.", "2026-02-20",
     "January", "a statistics period"),
])
def test_round22_drops(body: str, pub: str, expr: str, reason: str) -> None:
    assert _dropped_reason(body, pub, expr).startswith(reason)


def test_a_weekday_after_another_date_of_its_sentence_is_its_own_day() -> None:
    """Only a weekday restating the date right before it goes: "suspended on June 4, resigned ... on
    Wednesday" are two days (June 4 is a Wednesday too); "The committee looked at the plans" is an act."""
    assert _kept("Osterby, who was suspended on June 4, resigned from the university on Wednesday.", "2025-06-13") == [
        ("June 4", "2025-06-04", "past"), ("Wednesday", "2025-06-11", "past")]
    assert _kept("The committee looked at the plans last month.", "2025-03-19") == [("last month", "2025-02", "past")]


def test_a_referent_named_as_the_topic_of_a_report_is_not_dated_by_it() -> None:
    """"the preliminary report on the Brennick Sound collision, published on Wednesday" dates the
    report: "arrested the day after the collision" counts from the collision another article dates."""
    from timeline.build import analyse_article, assemble
    from timeline.model import Article
    import datetime as dt

    a = Article(id="a", path="a.md", title="Tanker and ferry collide in Brennick Sound", published=dt.date(2026, 1, 20),
                body="A tanker and a ferry collided in thick fog in Brennick Sound on Monday, the coastguard said.")
    b = Article(id="b", path="b.md", title="Brennick Sound collision: what the report says", published=dt.date(2026, 2, 27),
                body="The Marine Casualty Board's preliminary report on the Brennick Sound collision, published on "
                     "Wednesday, is short. The tanker's master, arrested the day after the collision, was charged on February 10.")
    tl = assemble([analyse_article(a), analyse_article(b)])
    dated = {m.expr: e.date.value for e in tl.events for m in e.mentions}
    assert dated["the day after"] == "2026-01-20" and dated["Wednesday"] == "2026-02-25"
