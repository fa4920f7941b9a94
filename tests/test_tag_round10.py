"""Table tests of the tagger's tenth round (issue 4): a day of the month alone after a month told
earlier, a weekday's place in a month ("the second Sunday of September"), years outside the
tagger's range, and "the night of the May 9 draw" read as one expression.

Each case: text, every DATE/TIME expression the tagger must find as ``(text, value)``, and why
(see docs/tagger.md). The DCT is 2026-01-13, a Tuesday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import extract
from timeline.model import Article
from timeline.tag import tag

DCT = dt.date(2026, 1, 13)
MAY = dt.date(2025, 5, 12)  # the DCT of the kind-4 cases (a Monday)

CASES: list[tuple[str, list[tuple[str, str]], str]] = [
    # --- 1. a day of the month alone takes the month told earlier, when no other date came between
    ("In September the council met twice. On the 22nd it voted to close the depot.",
     [("September", "2025-09"), ("the 22nd", "2025-09-22")], "the sentence before"),
    ("In September the council met twice.\n\nOn the 22nd it voted to close the depot.",
     [("September", "2025-09"), ("the 22nd", "2025-09-22")], "the paragraph before"),
    ("In September the council met twice. The first meeting was short. The second one was not. "
     "On the 3rd it voted to close the depot.",
     [("September", "2025-09"), ("the 3rd", "2025-09-03")], "three sentences on, no date between"),
    ("Flooding began in October 2024.\n\nRoads were shut.\n\nOn the 14th, the water receded.",
     [("October 2024", "2024-10"), ("the 14th", "2024-10-14")], "a month-year, paragraphs back"),
    ("The fine was imposed on May 28.\n\nThe minister goes before the committee on the 24th.",
     [("May 28", "2025-05-28"), ("the 24th", "2026-01-24")],
     "paragraphs back, a clause not in the past: not a past day of that month"),
    ("The deal runs until January 2028.\n\nTalks were long.\n\nThe first convoy will leave on the 22nd.",
     [("January 2028", "2028-01"), ("the 22nd", "2026-01-22")], "a month bounding a period is not the one talked about"),
    ("Bookings opened in February.\n\nThey were slow.\n\nBabies were booked from the 30th.",
     [("February", "2025-02"), ("the 30th", "2025-12-30")], "a day that month lacks: the nearest such day"),
    ("In September the council met twice. On Monday it said more. On the 22nd it voted.",
     [("September", "2025-09"), ("Monday", "2026-01-12"), ("the 22nd", "2025-12-22")],
     "another date between: the month is no longer the one told"),
    ("A report in September found faults. The board will meet on the 22nd.",
     [("September", "2025-09"), ("the 22nd", "2026-01-22")],
     "a plain future clause: not a day of a September already past"),
    ("The board will meet in March. It will vote on the 22nd.",
     [("March", "2026-03"), ("the 22nd", "2026-03-22")], "a future month told earlier, a future clause"),
    ("In September the council met twice. " + "It argued at length about the budget. " * 40
     + "On the 22nd it voted.",
     [("September", "2025-09"), ("the 22nd", "2025-12-22")], "too far back: the nearest 22nd"),
    # --- 2. a weekday's place in a month: a day
    ("The race falls on the second Sunday of September.",
     [("the second Sunday of September", "2025-09-14")], "the month's year as for a month alone"),
    ("It opened on the first Monday in March.", [("the first Monday in March", "2026-03-02")], "'in' the month"),
    ("It opened on the first Monday in March 2024.", [("the first Monday in March 2024", "2024-03-04")],
     "with its year"),
    ("Payments are due on the last Friday of the month.", [("the last Friday of the month", "2026-01-30")],
     "'the month' with no month told: the DCT's"),
    ("It met on the last Friday of last month.", [("the last Friday of last month", "2025-12-26")], "last month"),
    ("The 4th Sunday of next month is set.", [("The 4th Sunday of next month", "2026-02-22")], "a digit ordinal"),
    ("The talks began in March. They ended on the third Thursday of that month.",
     [("March", "2025-03"), ("the third Thursday of that month", "2025-03-20")], "'that month': the month told"),
    ("The fair is held on the fifth Monday of February.", [], "February 2026 has no fifth Monday: no date"),
    # --- 3. a year outside the tagger's range: no date at all
    ("The deadline is 31 December 9999.", [], "day month, year too late"),
    ("The deadline is December 31, 9999.", [], "month day, comma, year too late"),
    ("It ends 31 December 9999, officials said.", [], "a comma after the year"),
    ("The lease runs to December 9999.", [], "month and year too late"),
    ("It expires in 10000.", [], "a five-digit number is no year"),
    ("Set for 31 Dec 12000 and then extended.", [], "a five-digit year before a closed-class word"),
    ("On 5 March 3000 people marched.", [("5 March", "2026-03-05")], "a count: a noun follows the number"),
    ("On 31 December 2025, it ended.", [("31 December 2025", "2025-12-31")], "a year in range"),
    ("It ended on 12 May 0800.", [("12 May", "2025-05-12")], "a leading zero: a time of day, not a year"),
]

#: Kind 4, published on MAY.
NIGHT_OF: list[tuple[str, list[tuple[str, str]], str]] = [
    # "the night of the May 9 draw": one expression, and a clock time before it is of that day
    ("On the night of the May 9 draw, the results page failed.",
     [("the night of the May 9 draw", "2025-05-09TNI")], "a date naming an event: one expression up to its noun"),
    ("At 21:14 on the night of the May 9 draw, the results page failed.",
     [("21:14 on the night of the May 9 draw", "2025-05-09T21:14")], "a clock time on that night"),
    ("At 21:14 on the night of May 9, the results page failed.",
     [("21:14 on the night of May 9", "2025-05-09T21:14")], "a clock time on the night of a date"),
    ("At 6 a.m. on the morning of the 5th, it rained.",
     [("6 a.m. on the morning of the 5th", "2025-05-05T06:00")], "a day of the month alone"),
    ("The morning of the May 9 was cold.", [("May 9", "2025-05-09")], "no noun after the date: not joined"),
]


@pytest.mark.parametrize("text,expected,why", CASES, ids=[c[2] for c in CASES])
def test_round10(text: str, expected: list[tuple[str, str]], why: str) -> None:
    _check(text, DCT, expected, why)


@pytest.mark.parametrize("text,expected,why", NIGHT_OF, ids=[c[2] for c in NIGHT_OF])
def test_night_of(text: str, expected: list[tuple[str, str]], why: str) -> None:
    _check(text, MAY, expected, why)


def _check(text: str, dct: dt.date, expected: list[tuple[str, str]], why: str) -> None:
    got = [e for e in tag(text, dct) if e.type in ("DATE", "TIME")]
    for e in got:
        assert text[e.start:e.end] == e.text
    assert [(e.text, e.value) for e in got] == expected, why


def test_night_of_a_dated_event_is_one_mention() -> None:
    """Extraction sees one expression, so one mention: the draw's day at 21:14, titled by the clause."""
    body = "At 21:14 on the night of the May 9 draw, the results page failed."
    mentions, _ = extract(Article(id="a", path="a.md", title="T", body=body, published=MAY), tag(body, MAY))
    assert [(m.expr, m.date.value, m.status, m.title) for m in mentions] == [
        ("21:14 on the night of the May 9 draw", "2025-05-09", "past", "Results page failed")]
