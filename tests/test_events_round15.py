"""Round 15 of event detection (issue 4): a release's or a newsletter's header line.

Each row is a body of our own: published, body, the mentions kept as (expression, value), and the
part of the reason of each expression dropped.
"""

from __future__ import annotations

import pytest

from test_anchors_round14 import check_row
from timeline.text import is_header_line

ROWS: list[tuple[str, str, str, list[tuple[str, str]], dict[str, str]]] = [
    ("a press release's header line", "2026-03-10",
     "PRESS RELEASE - for immediate release, 10 March 2026\n\nThe authority has today fined Pennock Pay for "
     "failures that led to the outage of 3 October 2025.",
     [("today", "2026-03-10"), ("3 October 2025", "2025-10-03")], {"10 March 2026": "in the dateline"}),
    ("a newsletter's issue line", "2026-06-12",
     "Issue 214 | Friday 12 June 2026\n\nThe council voted on Tuesday to close the pool.",
     [("Tuesday", "2026-06-09")], {"Friday 12 June 2026": "in the dateline"}),
    ("'Posted:' line", "2026-05-04", "Posted: 3 May 2026\n\nThe ferry ran aground on Friday.",
     [("Friday", "2026-05-01")], {"3 May 2026": "in the dateline"}),
    # a negation in a relative clause: the date is the happening noun's ("during the disruption on Monday")
    ("'who could not reach help during the disruption on Monday 8 June'", "2026-06-12",
     "Velacom apologises to every customer who could not reach the emergency services during the disruption on Monday 8 June.",
     [("Monday 8 June", "2026-06-08")], {}),
    ("'did not attend the meeting on Monday' stays negated", "2026-06-12", "He did not attend the meeting on Monday.",
     [], {"Monday": "negated"}),
    # a deictic period fronted before a count: a tally over the period
    ("'Last year, 210,000 people walked the ridge'", "2025-05-20", "Last year, 210,000 people walked the ridge.",
     [], {"Last year": "a period fronted before a count"}),
    ("'Last winter, 14 people died in avalanches'", "2025-05-20", "Last winter, 14 people died in avalanches across the range.",
     [], {"Last winter": "a period fronted before a count"}),
    ("'In 1998, two animals died on the same sandbar' stays", "2025-05-20", "In 1998, two animals died on the same sandbar.",
     [("1998", "1998")], {}),
    ("'Last year, the council closed the pool' stays", "2025-05-20", "Last year, the council closed the pool.",
     [("Last year", "2024")], {}),
    # the modal "may" (not the month) before a coarse date: a possibility, as "could" and "might"
    ("'the pool may reopen in the autumn'", "2025-06-12", "Orbis's own statement says the pool may reopen in the autumn.",
     [], {"the autumn": "a possibility"}),
    ("'may struggle again next year'", "2025-06-12", "Mid-sized publishers may struggle again next year as paper prices rise.",
     [], {"next year": "a possibility"}),
    ("'met in May' stays (the month)", "2025-06-12", "The council met in May and will vote in June.",
     [("May", "2025-05"), ("June", "2025-06")], {}),
    ("'may resume on Monday' stays (a day)", "2025-06-12", "Talks may resume on Monday, officials said.",
     [("Monday", "2025-06-16")], {}),
    ("'may struggle ... before the election, due in 2028' stays (another predicate's date)", "2025-06-12",
     "The government may struggle to pass laws before the next general election, due in 2028.",
     [("2028", "2028")], {}),
    # a list of alternative times: any time at all
    ("'Tomorrow, next week, next month, we stay here'", "2025-06-12",
     'Hanne Lund said: "Tomorrow, next week, next month, we stay here until the offer is fair."',
     [], {"next week": "a list of alternative times", "next month": "a list of alternative times"}),
    ("'Tomorrow, next month or next year, the answer is the same'", "2025-06-12",
     "Tomorrow, next month or next year, the answer is the same.",
     [], {"Tomorrow": "a list of alternative times", "next year": "a list of alternative times"}),
    ("'today and tomorrow' stays: two days", "2025-06-12", "Talks will continue today and tomorrow.",
     [("today", "2025-06-12"), ("tomorrow", "2025-06-13")], {}),
    # a capitalised season in a name
    ("'during the Autumn Fair weekend'", "2026-06-12", "The town would hold a water festival during the Autumn Fair weekend.",
     [], {"the Autumn": "a season in a name"}),
    ("'in the autumn' stays", "2026-06-12", "The council will meet in the autumn.", [("the autumn", "2026-FA")], {}),
    # a sentence opening with "Published" is no header line
    ("'Published on Monday, the report said ...' stays", "2026-06-12",
     "Published on Monday, the report said the council voted on Tuesday to close the pool.",
     [("Monday", "2026-06-08"), ("Tuesday", "2026-06-09")], {}),
]


@pytest.mark.parametrize(("why", "published", "body", "kept", "dropped"), ROWS, ids=[r[0] for r in ROWS])
def test_round15_events(why: str, published: str, body: str, kept: list[tuple[str, str]], dropped: dict[str, str]) -> None:
    check_row(why, published, body, kept, dropped)


@pytest.mark.parametrize(("line", "header"), [
    ("PRESS RELEASE — For immediate release, 10 March 2026", True),
    ("Updated 14:05, 2 June 2026", True),
    ("Vol. 3 No. 12 - June 2026", True),
    ("Published on Monday, the report said the council had voted on Tuesday to close the pool and the library.", False),
    ("The council voted on Tuesday.", False),
    ("Published on Monday, the report was damning.", False),
])
def test_header_line(line: str, header: bool) -> None:
    assert is_header_line(line) is header
