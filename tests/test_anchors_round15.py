"""Round 15 of event-relative anchors (issue 4): an offset in a clause of its own beside a dated clause.

"X on Friday, three days after Y" dates Y from Friday; but when the offset stands in another
clause (", and Z had agreed a loan the day before"; "and then, a day before the vote, agreed")
or in a participle set off by commas ("The fleet, grounded a day after the crash, will return
on Monday"), the dated clause is not its referent: the offset counts from its own referent, or
from the event told before it. Each row is a sentence of our own: published, body, the mentions
kept as (expression, value, status).
"""

from __future__ import annotations

import pytest

from test_anchors_round14 import _run

ROWS: list[tuple[str, str, str, list[tuple[str, str, str]]]] = [
    ("', and a bank had agreed a loan the day before': counts back from the 29th", "2025-09-05",
     "The club named its preferred bidder on August 29, and a local bank had agreed a loan the day before.",
     [("August 29", "2025-08-29", "past"), ("the day before", "2025-08-28", "past")]),
    ("'and then, a day before the confidence vote, agreed': the vote's day, not November 30's", "2025-12-20",
     "The prime minister survived a confidence vote on December 16. The Greens walked out of the coalition on "
     "November 30 and then, a day before the confidence vote, agreed to abstain.",
     [("December 16", "2025-12-16", "past"), ("November 30", "2025-11-30", "past"), ("a day before", "2025-12-15", "past")]),
    ("'; a week before the audit': a clause of its own", "2026-03-20",
     "The auditors arrived on March 12. The board resigned on March 2; a week before the audit, its chair had sold her shares.",
     [("March 12", "2026-03-12", "past"), ("March 2", "2026-03-02", "past"), ("a week before", "2026-03-05", "past")]),
    ("', grounded a day after the crash, will return on Monday': not counted from Monday", "2026-08-12",
     "A Skyline helicopter crashed near Kestel on July 14. The Skyline fleet, grounded a day after the crash, "
     "will return to service on Monday.",
     [("July 14", "2026-07-14", "past"), ("a day after", "2026-07-15", "past"), ("Monday", "2026-08-17", "planned")]),
    # no complement names the referent: "the day before." reads as "the previous day"
    ("'had sent a warning the day before.'", "2025-09-05",
     "The ship sank on Friday. The crew had sent a warning the day before.",
     [("Friday", "2025-09-05", "past"), ("the day before", "2025-09-04", "past")]),
    ("'Two days before, the crew ...'", "2025-09-05",
     "The ship sank on Friday. Two days before, the crew had asked for a tug.",
     [("Friday", "2025-09-05", "past"), ("Two days before", "2025-09-03", "past")]),
    # ... unless it is a figure's baseline: "twice as many as the year before"
    ("'twice as many as the year before': a baseline", "2026-01-05",
     "A similar attack in 2023 exposed 15,000 fans. In 2025 the authority received 212 reports, twice as many as the year before.",
     [("2023", "2023", "past")]),
    ("'more timber than in the previous year': a baseline", "2026-01-05",
     "The mill burned down on May 3. The firm sold more timber than in the previous year.",
     [("May 3", "2025-05-03", "past")]),
    # the referent's sentence holds two dates: the one naming it ("the October 12 flood") dates it
    ("'the day after the flood', told as 'the October 12 flood, which opened on October 20'", "2025-11-20",
     "The inquiry into the October 12 flood at Dunvarra, which opened on October 20, has a narrow brief. "
     "A drill reached the trapped men the day after the flood.",
     [("October 12", "2025-10-12", "past"), ("October 20", "2025-10-20", "past"), ("the day after", "2025-10-13", "past")]),
    ("'two days after the vote', told as 'Monday's vote ... on Friday'", "2026-03-20",
     "Critics of Monday's vote in the council met again on Friday. The mayor resigned two days after the vote.",
     [("Monday", "2026-03-16", "past"), ("Friday", "2026-03-20", "past"), ("two days after", "2026-03-18", "past")]),
    # the dated clause just before the offset, though a later clause of the sentence is dated too
    ("'began on September 29, nine days after the vote, and ... signed on Monday'", "2026-10-17",
     "Anja Brandt was elected premier on Thursday. Coalition talks began on September 29, nine days after the vote, "
     "and the agreement was signed on Monday.",
     [("Thursday", "2026-10-15", "past"), ("September 29", "2026-09-29", "past"), ("nine days after", "2026-09-20", "past"),
      ("Monday", "2026-10-12", "past")]),
    # still: the offset set off by a comma right after the dated clause counts its referent back
    ("'withdrew on Friday, three days after the debate'", "2025-10-20",
     "Greta Holm withdrew from the race on Friday, three days after the second debate.",
     [("Friday", "2025-10-17", "past"), ("three days after", "2025-10-14", "past")]),
]


@pytest.mark.parametrize(("why", "published", "body", "kept"), ROWS, ids=[r[0] for r in ROWS])
def test_round15_anchors(why: str, published: str, body: str, kept: list[tuple[str, str, str]]) -> None:
    mentions, _ = _run(published, body)
    assert [(m.expr, m.date.value, m.status) for m in mentions] == kept, why


def test_an_offset_after_a_new_subject_clause_is_not_counted_from_the_other_clause_date() -> None:
    """"The quarantine imposed last week has stopped all seed, and Morvania suspended imports a day
    after the order was signed": "last week" is the first clause's, so the suspension is dated from
    the signing, which this article does not date: the mention waits for its referent (pending),
    instead of being counted back from the meeting told before."""
    mentions, _ = _run("2026-02-18", "The union met on Monday. The quarantine imposed last week has stopped all seed leaving "
                                     "the valley, and Morvania suspended imports a day after the order was signed.")
    assert [(m.expr, m.date.value, m.pending) for m in mentions if not m.pending] == [
        ("Monday", "2026-02-16", False), ("last week", "2026-W07", False)]
    assert [(m.expr, m.relation_spec) for m in mentions if m.pending] == [("a day after", "after:P1D:day")]
