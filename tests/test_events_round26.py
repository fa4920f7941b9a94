"""Round 26 of the events stage (twenty-third session): rules found on the sets scored unseen at the
session's start (holdout97..100, eval/README.md), each an invented sentence here. The session's
learned same-date join has its own tests (tests/test_day_model.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from test_events_round19 import _dropped_reason, _kept
from timeline.build import analyse_article, assemble
from timeline.model import Article


@pytest.mark.parametrize("body,pub,expected", [
    # (a year is still a year beside an account: "opened in 2019")
    ("The account was opened in 2019 and closed in 2024.", "2026-03-04", [("2019", "2019", "past"), ("2024", "2024", "past")]),
    # (a year built into a compound with a participle is a year: "a 1926-built boat")
    ("The 1926-built lifeboat was sold in 2024.", "2026-03-04", [("1926", "1926", "past"), ("2024", "2024", "past")]),
    # (a past perfect with no tally before "by" still reports the thing done by then)
    ("Most services had returned by Tuesday evening, the operator said.", "2025-10-03",
     [("Tuesday evening", "2025-09-30", "past")]),
])
def test_round26_kept(body: str, pub: str, expected: list) -> None:
    assert _kept(body, pub) == expected


@pytest.mark.parametrize("body,pub,expr,reason", [
    # the last digits of an account or a card are no year
    ("Payments went into an account ending 2044, the commission said.", "2026-03-04", "2044", "the end of an account"),
    ("Customers with a card ending in 2019 were told to call the bank.", "2026-03-04", "2019", "the end of an account"),
    ("Its policy number ends with 2025.", "2026-03-04", "2025", "the end of an account"),
    # a count joined to its noun is no year
    ("The review starts with Oakfield Court's 1850-bed towers.", "2026-03-04", "1850", "a count in a compound"),
    ("The club plans a 2000-seat stand.", "2026-03-04", "2000", "a count in a compound"),
    # the period a quota's advice covers
    ("Its advice for 2027 is due in the autumn.", "2026-03-04", "2027", "a year naming a period figure"),
    # a share of a group reached by a time is a tally, not a happening of that day
    ("Party officials said 31% of members had voted by Wednesday night.", "2025-10-03", "Wednesday night", "'by'"),
    ("About 40 per cent of the ballots were counted by Sunday evening.", "2025-10-07", "Sunday evening", "'by'"),
])
def test_round26_dropped(body: str, pub: str, expr: str, reason: str) -> None:
    assert _dropped_reason(body, pub, expr).startswith(reason)


def test_a_referent_is_dated_by_the_date_beside_most_of_its_words() -> None:
    """"Two days after the confidence vote" counts from the vote's Tuesday, not from the election's
    March 16 told in the same sentence ("vote" and "election" are kin words of the referent; the
    Tuesday stands beside two of them, "confidence" and "vote")."""
    def art(aid: str, pub: str, title: str, body: str) -> Article:
        return Article(id=aid, title=title, body=body, published=dt.date.fromisoformat(pub), path=f"{aid}.md")

    arts = [
        art("decree", "2025-02-13", "Vessmark president calls snap election for March 16",
            "ESKER - Vessmark's President Halvard Oske signed a decree on Thursday dissolving the National "
            "Assembly and set the election for March 16, after Prime Minister Ilse Brandvold's government "
            "lost a confidence vote on Tuesday."),
        art("analysis", "2025-02-24", "Vessmark's short campaign turns sharp",
            "The campaign has been compressed. Two days after the confidence vote, President Halvard Oske "
            "dissolved the assembly, and Ilse Brandvold's party has struggled since."),
    ]
    tl = assemble([analyse_article(a) for a in arts])
    got = {m.expr: e.date.value for e in tl.events for m in e.mentions}
    assert got["Two days after"] == "2025-02-13"
    assert got["Tuesday"] == "2025-02-11"
