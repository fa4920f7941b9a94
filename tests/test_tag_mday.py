"""Table tests of a day of the month alone ("on the 22nd", "Friday the 13th"): rule ``day-of-month``.

Each case: sentence, DCT, every DATE/TIME expression the tagger must find as
``(text, value)``, and why (see docs/tagger.md, "A day of the month alone").
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tag import tag

T = "2026-01-13"  # a Tuesday
W = "2025-06-18"  # a Wednesday

CASES: list[tuple[str, str, list[tuple[str, str]], str]] = [
    # --- the month named in this sentence or the one before
    ("The swarm was first felt in September. On the 22nd, the swarm began.", T,
     [("September", "2025-09"), ("the 22nd", "2025-09-22")], "month named in the previous sentence"),
    ("When did it start? In September. The 22nd, I believe.", T,
     [("September", "2025-09"), ("The 22nd", "2025-09-22")], "interview answer: sentence-initial 'The 22nd,'"),
    ("Troops crossed on 20 September 1917. The onslaught on the 20th was successful.", T,
     [("20 September 1917", "1917-09-20"), ("the 20th", "1917-09-20")], "the year of the named month"),
    ("The offensive began in March 2024 and stalled by the 14th.", T,
     [("March 2024", "2024-03"), ("the 14th", "2024-03-14")], "month-year in the same sentence"),
    ("On August 8, 1919, forces took Minsk and on the 28th of that month they deployed tanks.", T,
     [("August 8, 1919", "1919-08-08"), ("the 28th of that month", "1919-08-28")], "'of that month': the named one"),
    ("The meeting moved from March 12 to the 10th.", T,
     [("March 12", "2026-03-12"), ("the 10th", "2026-03-10")], "an earlier day of the named month"),
    ("The army crossed in June 1944. It rained for days. Nobody moved. On the 5th, it attacked.", T,
     [("June 1944", "1944-06"), ("the 5th", "1944-06-05")],
     "a month three sentences back, no other date since: still that month (round 10)"),
    # --- ranges and lists
    ("Talks ran from the 3rd to the 5th.", T, [("the 3rd", "2026-01-03"), ("the 5th", "2026-01-05")],
     "range: the second piece in the first piece's month"),
    ("Talks ran from the 28th to the 2nd.", T, [("the 28th", "2025-12-28"), ("the 2nd", "2026-01-02")],
     "range across a month's end"),
    ("The campaign ran from the 13th to the 19th of October 1950.", T,
     [("the 13th", "1950-10-13"), ("the 19th of October 1950", "1950-10-19")], "range: month and year from the other end"),
    ("They met on the 3rd, 4th and 5th.", T,
     [("the 3rd", "2026-01-03"), ("4th", "2026-01-04"), ("5th", "2026-01-05")], "a list of days"),
    ("The vote will take place on the 22nd and 23rd.", T, [("the 22nd", "2026-01-22"), ("23rd", "2026-01-23")],
     "a pair of days"),
    # --- the DCT's month and tense
    ("Officials said the attack happened on the 2nd.", T, [("the 2nd", "2026-01-02")], "past, before the DCT's day"),
    ("He was arrested on the 20th.", T, [("the 20th", "2025-12-20")], "past, after the DCT's day: last month"),
    ("The board will meet on the 14th.", T, [("the 14th", "2026-01-14")], "future: this month"),
    ("The board will meet on the 2nd.", T, [("the 2nd", "2026-02-02")], "future, before the DCT's day: next month"),
    ("The board meets ministers on the 2nd.", T, [("the 2nd", "2026-02-02")], "a fixture in the present: ahead"),
    ("Celebrations on the 28th.", "2026-01-03", [("the 28th", "2025-12-28")],
     "no tense: the nearest 28th (last month's)"),
    ("Celebrations on the 10th.", "2026-01-03", [("the 10th", "2026-01-10")],
     "no tense: the nearest 10th (this month's)"),
    ("Protesters gathered on the 31st.", "2025-07-05", [("the 31st", "2025-05-31")],
     "past: the last month that has a 31st"),
    ("Prices rose as of the 1st.", T, [("the 1st", "2026-01-01")], "as of the Nth"),
    ("Payments resume as of the 1st.", T, [("the 1st", "2026-02-01")], "a schedule in the present: the next 1st"),
    ("It was due on the 3rd of next month.", T, [("the 3rd of next month", "2026-02-03")], "of next month"),
    ("It closed on the 30th of last month.", T, [("the 30th of last month", "2025-12-30")], "of last month"),
    ("Fighting on the 28th left 12 dead.", "2026-01-03", [("the 28th", "2025-12-28")],
     "a past verb right after the day"),
    ("Crowds on the 28th marched to the square.", "2026-01-03", [("the 28th", "2025-12-28")],
     "an -ed verb right after the day"),
    ("The hearing is scheduled for the 14th.", T, [("the 14th", "2026-01-14")],
     "scheduled for the Nth"),
    ("Talks were held between the 3rd and the 5th.", T, [("the 3rd", "2026-01-03"), ("the 5th", "2026-01-05")],
     "between the Nth and the Mth"),
    # --- weekdays
    ("It happened on Friday the 13th.", T, [("Friday the 13th", "2025-06-13")], "past Friday the 13th"),
    ("The launch will be on Friday the 13th.", T, [("Friday the 13th", "2026-02-13")], "future Friday the 13th"),
    ("We arrived on Sunday, the 11th.", T, [("Sunday, the 11th", "2026-01-11")], "weekday, comma, day"),
    # --- times and parts of day
    ("The blast came on the 2nd at 5 p.m.", T, [("the 2nd at 5 p.m.", "2026-01-02T17:00")], "day with a time"),
    ("Shots were heard on the night of the 5th.", T, [("the night of the 5th", "2026-01-05TNI")], "night of the Nth"),
]

NOT_DATES: list[tuple[str, str]] = [
    ("The 22nd amendment limits presidents to two terms.", "an amendment"),
    ("He was knocked out in the 2nd round.", "a round"),
    ("The tower dates from the 14th century.", "a century (tagged as a century, not a day)"),
    ("It was his 3rd goal of the season.", "a count, no 'the'"),
    ("Her office is on the 5th floor.", "a floor"),
    ("The 1st Battalion was deployed.", "a capitalised unit"),
    ("She finished 2nd in the race.", "a rank"),
    ("We live in the 21st century.", "a century"),
    ("He played on the 5th and 6th holes.", "a list of holes"),
    ("A week after the 25th anniversary, he spoke.", "an anniversary"),
    ("We got across on the 99th day.", "not a day of the month"),
    ("He got sick on the 2nd last day.", "'2nd last'"),
    ("The 4th, 15th, and 3rd Armies were there.", "a list of armies"),
    ("It is the 22nd-largest city.", "a hyphenated ordinal"),
    ("Payments are due on the 22nd of each month.", "a set, not a day"),
    ("He was ranked as the 5th.", "a rank after 'as'"),
    ("The 2th was a typo.", "a wrong suffix"),
    ("He served on the 3rd ranked team.", "an -ed adjective of rank"),
    ("He voted for the 2nd time.", "for the 2nd time"),
    ("It was around the 5th hole.", "around the 5th hole"),
]


@pytest.mark.parametrize(("sentence", "dct", "expected", "why"), CASES, ids=[c[3] for c in CASES])
def test_day_of_month(sentence: str, dct: str, expected: list[tuple[str, str]], why: str) -> None:
    got = [e for e in tag(sentence, dt.date.fromisoformat(dct)) if e.type in ("DATE", "TIME")]
    for e in got:
        assert sentence[e.start:e.end] == e.text
    assert [(e.text, e.value) for e in got] == expected, why


@pytest.mark.parametrize(("sentence", "why"), NOT_DATES, ids=[c[1] for c in NOT_DATES])
def test_not_a_day_of_month(sentence: str, why: str) -> None:
    got = [e for e in tag(sentence, dt.date.fromisoformat(T)) if e.rule.split("+")[0] == "day-of-month"]
    assert got == [], f"{why}: {[(e.text, e.value, e.rule) for e in got]}"


def test_rule_anchor_direction() -> None:
    e, = tag("He was arrested on the 20th.", dt.date(2026, 1, 13))
    assert (e.rule, e.type, e.granularity, e.anchor, e.direction) == ("day-of-month", "DATE", "day", "2026-01-13", "past")
    first, second = tag("It began in September. The 22nd, I believe.", dt.date(2026, 1, 13))
    assert (second.anchor, second.direction) == ("2025-09", None)


def test_without_dct() -> None:
    assert [(e.text, e.value) for e in tag("He was arrested on the 20th.")] == [("the 20th", "XXXX-XX-20")]
    assert [(e.text, e.value) for e in tag("It began on September 3, 2024. On the 22nd it ended.")] == [
        ("September 3, 2024", "2024-09-03"), ("the 22nd", "2024-09-22")]


def test_named_month_without_the_day() -> None:
    # the named month has no 31st: no date rather than a wrong one
    assert [(e.text, e.value) for e in tag("It began in June 2024. On the 31st it ended.", dt.date(2026, 1, 13))] == [
        ("June 2024", "2024-06")]
