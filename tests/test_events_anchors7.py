"""Event-relative anchors (seventh session, lead): a pronoun referent ("a day before that") and
the story's own time across a flashback ("had been installed the previous evening")."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import extract
from timeline.model import Article
from timeline.tag import tag

PIPELINE = [  # body, published, [(expr, value, status)]
    # "that" names the event just told: counted from it, in the expression's own direction
    ("The talks began on 3 March. The delegates had arrived a day before that.", "2026-03-10",
     [("3 March", "2026-03-03", "past"), ("a day before that", "2026-03-02", "past")]),
    ("It began on 3 January, and a day before that the guards left.", "2026-01-05",
     [("3 January", "2026-01-03", "past"), ("a day before that", "2026-01-02", "past")]),
    ("The plant closed on 4 May. Two weeks after that, it reopened.", "2026-06-01",
     [("4 May", "2026-05-04", "past"), ("Two weeks after that", "2026-05-18", "past")]),
    # a flashback does not move the story's time: "the next day" counts from the draw
    ("The results page failed during the draw on May 9. The update had been installed "
     "the previous evening. Lumo stopped online sales the next day and restarted them eight days later.", "2026-06-03",
     [("May 9", "2026-05-09", "past"), ("the previous evening", "2026-05-08", "past"),
      ("the next day", "2026-05-10", "past"), ("eight days later", "2026-05-18", "past")]),
    # "is set for" schedules: not the past tense of "set"
    ("The final is set for the spring.", "2026-09-14", [("the spring", "2027-SP", "planned")]),
    ("The record was set in the spring.", "2026-09-14", [("the spring", "2026-SP", "past")]),
    # without a flashback the last dated event counts
    ("The mayor resigned on 9 May. Her deputy took over on 12 May. The council met the next day.", "2026-06-03",
     [("9 May", "2026-05-09", "past"), ("12 May", "2026-05-12", "past"), ("the next day", "2026-05-13", "past")]),
    # a flashback told after the event it explains: the story's time is still the event's
    ("The bridge reopened on 20 May. Engineers had inspected it on 18 May. Traffic returned to normal "
     "two days later.", "2026-06-03",
     [("20 May", "2026-05-20", "past"), ("18 May", "2026-05-18", "past"), ("two days later", "2026-05-22", "past")]),
]


@pytest.mark.parametrize(("body", "published", "expected"), PIPELINE, ids=[c[0][:40] for c in PIPELINE])
def test_pipeline(body: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    day = dt.date.fromisoformat(published)
    mentions, _ = extract(Article(id="a", path="a.md", title="T", body=body, published=day), tag(body, day))
    assert [(m.expr, m.date.value, m.status) for m in mentions] == expected


@pytest.mark.parametrize(("body", "title"), [
    # a dateline with the agency in brackets: the clause cut at the bracket, the title after the dateline
    ("ASTRAVEN, Feb. 16 (Norvane Press) - Part of the glass roof of the Kell Museum of Natural History "
     "collapsed on Sunday evening, injuring four people, city officials said.",
     "Part of the glass roof of the Kell Museum of Natural History collapsed"),
    ("WASHINGTON (Reuters) - The Senate passed the bill on Tuesday.", "The Senate passed the bill"),
    # a fronted date without its comma: its preposition goes with it, capitalised or not
    ("In 2021 the council cut the museum's maintenance budget by 12%.", "Council cut the museum's maintenance budget by 12%"),
    ("During 2021 Kessel beat a rival by 96 votes to 31.", "Kessel beat a rival by 96 votes to 31"),
])
def test_a_title_starts_after_the_dateline(body: str, title: str) -> None:
    day = dt.date(2026, 2, 16)
    mentions, _ = extract(Article(id="a", path="a.md", title="T", body=body, published=day), tag(body, day))
    assert [m.title for m in mentions] == [title]


@pytest.mark.parametrize(("body", "published", "expected"), [
    # a number's comma is no end of a fronted phrase
    ("In 2021 Halvern was fined 300,000 crowns for poor record-keeping at the site, but nothing was found.", "2026-02-16",
     [("2021", "Halvern was fined 300,000 crowns for poor record-keeping at the site")]),
    # "since 2013" is a date, not a since-clause with its own event
    ("Kessel, 66, has led the federation since 2013 and won a third term in 2021.", "2026-02-16",
     [("2021", "Kessel has led the federation since 2013 and won a third term")]),
    # a live blog's time stamp is no part of a title, and its colon cuts no clause
    ("16:05 A reminder that Aurel-2 is the agency's first launch since a rocket failure in March 2024.", "2026-06-03",
     [("March 2024", "A reminder Aurel-2 is the agency's first launch since a rocket failure")]),
])
def test_titles_of_numbers_and_stamps(body: str, published: str, expected: list[tuple[str, str]]) -> None:
    day = dt.date.fromisoformat(published)
    mentions, _ = extract(Article(id="a", path="a.md", title="T", body=body, published=day), tag(body, day))
    assert [(m.expr, m.title) for m in mentions] == expected


def test_a_count_of_many_names_no_one_referent() -> None:
    from timeline.events import only_as_topic

    # "four home matches" names no one match: not the referent of "the night of the match"
    assert only_as_topic("The league ordered Dravo to play four home matches behind closed doors on Thursday.", ("match",))
    assert not only_as_topic("The match at Brenner Park was abandoned on Saturday.", ("match",))
    # a vote's tally counts ballots of one vote
    assert not only_as_topic("MPs backed the motion on Thursday by 61 votes to 48.", ("votes",))


@pytest.mark.parametrize(("text", "told_back"), [
    ("The update had been installed", True), ("Had met", True), ("they had not yet", False),
    ("crews had already left", True), ("the club had a plan", False), ("it has been installed", False),
])
def test_one_past_perfect_test(text: str, told_back: bool) -> None:
    from timeline.events import _told_back

    # the clause test (_past_perfect) and the flashback's words before its date (_flashback) share it
    assert _told_back(text) is told_back
