"""A coarse mention (a week, a month, a season) telling again a finer event of its story
(timeline/merge.py: ``_absorbs``), and the act words that tie two tellings of one day.

Invented sentences; each row is one kind of news wording.
"""

from __future__ import annotations

import datetime as dt

import pytest

from test_merge import _pair_mentions, art, mentions_of
from timeline.merge import _cast, _conflicting, _feat, _previous, _words, merge

# Each row: the finer event's article, then the article telling it again with a coarser date.
ABSORBED = [
    pytest.param(  # "went down" ~ "sank": a month holding the day of the sinking
        ("a", "2025-05-07", "Cargo ship sinks off Brava, crew missing",
         "The cargo ship Orla Maren capsized and sank off Brava on Tuesday night. "
         "Coastguards from Brava and Lund searched the area.", ("Tuesday night", "2025-05-06")),
        ("b", "2025-06-20", "Orla Maren owners face questions",
         "The Orla Maren went down with 40 crew aboard in May. Coastguards from Brava and Lund "
         "found the wreck a week later.", ("May", "2025-05")),
        id="went-down~sank-month",
    ),
    pytest.param(  # "died in the collapse" ~ "collapsed": the event noun of the verb
        ("a", "2025-02-14", "Dorne motorway bridge collapses",
         "A section of the Dorne motorway bridge collapsed on Thursday morning. "
         "Engineers from Velka and Dorne were called in.", ("Thursday morning", "2025-02-13")),
        ("b", "2025-03-12", "Dorne bridge: the rebuild",
         "Three drivers died in the collapse last month, and the road stays closed. "
         "Engineers from Velka and Dorne say rebuilding will take a year.", ("last month", "2025-02")),
        id="died-in-the-collapse~collapsed-month",
    ),
    pytest.param(  # "winning the title" ~ "became champion"
        ("a", "2025-08-11", "Mori takes world judo crown",
         "Kaito Mori became world judo champion on Saturday in Osla.", ("Saturday", "2025-08-09")),
        ("b", "2025-09-15", "Mori back on the mat",
         "Mori has trained little since winning the title in August, his coach in Osla said.", ("August", "2025-08")),
        id="winning-the-title~became-champion-month",
    ),
    pytest.param(  # family "inquiry" ~ "investigation", a week holding the day
        ("a", "2025-10-11", "Minister orders investigation into Kessel train crash",
         "Transport minister Ida Rohn announced an independent investigation into the Kessel crash on Friday.",
         ("Friday", "2025-10-10")),
        ("b", "2025-10-20", "Kessel crash inquiry names its panel",
         "The inquiry, set up last week by Ida Rohn, will hold hearings in Kessel.", ("last week", "2025-W41")),
        id="inquiry-set-up~investigation-announced-week",
    ),
    pytest.param(  # "published" ~ "released", a season holding the month
        ("a", "2025-11-02", "Corva trial results out",
         "Results of the Corva heart trial were published in October 2025 by Medra Labs.", ("October 2025", "2025-10")),
        ("b", "2026-02-20", "Regulator panel backs Corva",
         "Panel members said the trial results released last autumn by Medra Labs were convincing.",
         ("last autumn", "2025-FA")),
        id="released~published-season",
    ),
    pytest.param(  # "went on sale" ~ "launch", the plan (published first) then the deed
        ("a", "2026-04-20", "Corva in pharmacies",
         "Corva went on sale on April 7, Medra Labs and Lena Ost said.", ("April 7", "2026-04-07")),
        ("b", "2026-03-20", "Medra to launch Corva in April",
         "Medra Labs plans to launch the drug Corva in April, its chief Lena Ost said.", ("April", "2026-04")),
        id="plans-to-launch~went-on-sale",
    ),
]

KEPT_APART = [
    pytest.param(  # a shared name alone is no shared act (two happenings of the company's month)
        ("a", "2026-01-11", "Norcorp unveils new laptops", "Norcorp announced its new Vela laptops on January 10 in Brisa.",
         ("January 10", "2026-01-10")),
        ("b", "2026-02-03", "Norcorp sued over batteries",
         "A class-action lawsuit was filed against Norcorp in January over battery fires in Brisa.", ("January", "2026-01")),
        id="lawsuit-filed~laptops-announced",
    ),
    pytest.param(  # a range of its own ("from 10 to 21 August") is no coarse telling of a day inside it
        ("a", "2026-08-13", "Regulator opens inquiry into Karsby data-centre fire",
         "The Digital Authority opened an inquiry into the Karsby fire on Tuesday, its chair Ana Bergh said.",
         ("Tuesday", "2026-08-11")),
        ("b", "2026-08-28", "Karsby fire: the fire service report",
         "Fire crews from Karsby and Eldmoor fought the blaze for a day, the Digital Authority said. "
         "The investigation, carried out from 10 to 21 August, found a faulty battery rack.",
         ("from 10 to 21 August", "2026-08-10/2026-08-21")),
        id="range-investigation~inquiry-opened-day",
    ),
]


@pytest.mark.parametrize("row_a,row_b", ABSORBED)
def test_a_coarse_mention_joins_the_finer_event_it_tells_again(row_a, row_b) -> None:
    ms, arts = _pair_mentions([row_a, row_b])
    (event,) = merge(ms, arts)
    assert event.date.value == row_a[4][1]
    assert sorted(m.article for m in event.mentions) == ["a", "b"]


@pytest.mark.parametrize("row_a,row_b", KEPT_APART)
def test_a_coarse_mention_without_the_act_stays_apart(row_a, row_b) -> None:
    ms, arts = _pair_mentions([row_a, row_b])
    assert sorted(e.date.value for e in merge(ms, arts)) == sorted([row_a[4][1], row_b[4][1]])


def test_a_coarse_mention_two_finer_events_could_take_joins_neither() -> None:
    """Two cranes of the story collapsed in May: "died in the collapse" in May is either, so it
    joins neither, and as the story's other articles date May's events to the day it is not an
    event of its own either (merge._folded: it stays a dropped expression); with one collapse
    in May it is that one."""
    a = art("a", "2025-05-07", "A crane collapsed at the Brava docks on Tuesday, Lund police said.", "Crane falls at Brava docks")
    b = art("b", "2025-05-24", "A second crane collapsed at the Brava docks on Friday, Lund police said.",
            "Second crane falls at Brava")
    c = art("c", "2025-06-20", "In May, two workers died in the collapse, and the docks stay shut. "
            "Police in Lund and Brava are still asking questions.", "Brava docks stay shut")
    ma, mb, mc = (mentions_of(a, ("Tuesday", "2025-05-06")), mentions_of(b, ("Friday", "2025-05-23")),
                  mentions_of(c, ("May", "2025-05")))
    dropped: list = []
    events = {e.date.value: sorted(m.article for m in e.mentions) for e in merge(ma + mb + mc, [a, b, c], dropped=dropped)}
    assert events == {"2025-05-06": ["a"], "2025-05-23": ["b"]}
    assert [(d.article, d.expression.text, d.expression.value) for d in dropped] == [("c", "May", "2025-05")]
    events = {e.date.value: sorted(m.article for m in e.mentions) for e in merge(ma + mc, [a, c])}
    assert events == {"2025-05-06": ["a", "c"]}


def test_the_finer_event_sharing_more_of_the_act_takes_the_coarse_mention() -> None:
    """"The ferry went down in May" shares "ferry" with an inspection of ferries and "ferry" and
    the sinking with the sinking: the sinking takes it."""
    a = art("a", "2025-05-07", "The ferry Orla capsized and sank off Brava on Tuesday night, Lund coastguards said.",
            "Ferry sinks off Brava")
    b = art("b", "2025-05-10", "Inspectors from Lund began checking the other ferries of the Brava line on Friday.",
            "Brava ferries to be inspected")
    c = art("c", "2025-06-20", "The ferry went down with 40 people aboard in May, off Brava; Lund coastguards found the wreck.",
            "Orla: the questions")
    ms = (mentions_of(a, ("Tuesday night", "2025-05-06")) + mentions_of(b, ("Friday", "2025-05-09"))
          + mentions_of(c, ("May", "2025-05")))
    events = {e.date.value: sorted(m.article for m in e.mentions) for e in merge(ms, [a, b, c])}
    assert events == {"2025-05-06": ["a", "c"], "2025-05-09": ["b"]}


@pytest.mark.parametrize("a,b", [
    ("the ship went down", "the ship sank"),
    ("the ship capsized", "the ship sank"),
    ("since winning the title", "since they won the title"),
    ("the drug went on sale", "the drug launch"),
    ("the Greens quit the coalition", "the Greens walked out of the coalition"),
    ("the painting was stolen", "the theft of the painting"),
    ("the government lost the vote", "the defeat of the government in the vote"),
    ("residents marched", "residents protested"),
    ("the keys were handed over", "the handover of the keys"),
    ("the manuscript was sold", "the auction of the manuscript"),
    ("two ships collided", "the collision of two ships"),
    ("the court upheld the ban", "the court's ruling on the ban"),
])
def test_act_words_of_one_happening_share_stems(a, b) -> None:
    assert _words(a) == _words(b)


def test_quitting_alone_is_resigning_and_quitting_a_body_is_leaving() -> None:
    assert _words("the minister quit") == _words("the minister resigned")
    assert _words("the Greens quit the government") == _words("the Greens left the government")
    assert "~win" in _words("became champion")


def test_a_pronoun_clause_takes_the_act_of_the_sentence_before() -> None:
    body = "Background. When is the ballot? The Speaker has set it for Monday, June 2."
    a = art("a", "2025-05-20", body, "Explainer: the union ballot")
    (m,) = mentions_of(a, ("Monday, June 2", "2025-06-02"))
    assert m.title == "The Speaker has set it"
    assert _previous(body, m.sentence_start) == "When is the ballot?"
    assert "~vote" in _feat(m, a.published, a.title, a.body).words


def test_a_plural_name_is_the_same_actor() -> None:
    body_a = "The Agrarians walked out of the government on Sunday."
    body_b = "The Agrarian Party quit the coalition on Sunday."
    a, b = art("a", "2025-11-03", body_a), art("b", "2025-11-04", body_b)
    (ma,) = mentions_of(a, ("Sunday", "2025-11-02"))
    (mb,) = mentions_of(b, ("Sunday", "2025-11-02"))
    fa, fb = _feat(ma, a.published, "", a.body), _feat(mb, b.published, "", b.body)
    assert fa.title_names and fb.title_names and fa.title_names.isdisjoint(fb.title_names)
    assert not _conflicting(fa, fb)


@pytest.mark.parametrize(("text", "before"), [
    ("Lawmakers met Mr. Brandt in the U.S. Senate on the vote. The Speaker has set it for Wednesday.",
     "Lawmakers met Mr. Brandt in the U.S. Senate on the vote."),
    ("The vote was called by Sen. Alma Reyes. It was set for Friday.", "The vote was called by Sen. Alma Reyes."),
    ("It was set for Friday.", ""),
])
def test_the_sentence_before_a_pronoun_clause(text: str, before: str) -> None:
    """A pronoun clause takes the sentence before, cut as the event stage cuts sentences."""
    start = text.index("The Speaker") if "Speaker" in text else text.rindex("It was")
    assert _previous(text, start) == before


def test_a_name_opening_a_sentence_is_in_the_cast_when_a_name_follows() -> None:
    """"Dunmere District Council confirmed ..." names Dunmere though the sentence opens with it;
    a common word opening a sentence ("Police", "Online") is no name."""
    text = ("Dunmere District Council confirmed the attack. Police in Brackwater arrested a man. "
            "Online payments were restored by CyberWard Ltd on Friday.")
    assert _cast(text) == {"dunmere", "district", "council", "brackwater", "ltd", "friday"} - {"friday"}


def test_equal_scores_go_to_the_event_more_outlets_told() -> None:
    """"Last month's marathon" shares the race's name with the organisers' announcement of that
    month and with the race itself; the race, which two outlets reported, takes it."""
    a = art("a", "2026-09-15", "Organisers of the Orvik Marathon said on Monday that the race will start an hour "
            "earlier because of the heat, Orvik police said.", "Orvik Marathon moves start")
    b = art("b", "2026-09-21", "Jonah Rutto won the Orvik Marathon on Sunday as Orvik police kept the crowds back.",
            "Rutto wins Orvik Marathon")
    c = art("c", "2026-09-22", "Runners of the Orvik Marathon crossed the line on Sunday in record heat, Orvik police said.",
            "Heat at the Orvik Marathon")
    d = art("d", "2026-10-05", "Orvik police opened an inquiry into the medical response at last month's marathon.",
            "Inquiry into Orvik Marathon response")
    ms = (mentions_of(a, ("Monday", "2026-09-14")) + mentions_of(b, ("Sunday", "2026-09-20"))
          + mentions_of(c, ("Sunday", "2026-09-20")) + mentions_of(d, ("last month's", "2026-09")))
    events = {e.date.value: sorted(m.article for m in e.mentions) for e in merge(ms, [a, b, c, d])}
    assert events == {"2026-09-14": ["a"], "2026-09-20": ["b", "c", "d"]}


def test_a_common_noun_opening_a_sentence_is_no_name() -> None:
    """A capitalised word opening the sentence is a name when the article writes it capitalised
    elsewhere ("Norcorp"), not otherwise ("Letters"): "Letters to every patient will go out on
    Monday" names no actor that conflicts with "Patients of the St Aldric trust began receiving
    letters on Monday"."""
    a = art("a", "2026-03-04", "Hackers took the records of Norcorp. Letters to every patient will go out on Monday. "
            "Norcorp announced a hotline on Tuesday.", "Data breach")
    m_letters, m_hotline = mentions_of(a, ("Monday", "2026-03-09"), ("Tuesday", "2026-03-10"))
    f_letters = _feat(m_letters, dt.date(2026, 3, 4), a.title, a.body)
    f_hotline = _feat(m_hotline, dt.date(2026, 3, 4), a.title, a.body)
    assert "letters" not in f_letters.names and "norcorp" in f_hotline.names


def test_the_month_march_is_no_protest() -> None:
    assert "~protest" in _words("3,000 people joined Saturday's march against the sale")
    assert _words("in March 2025") == frozenset() and _words("the March 12 vote") == _words("the vote")


def test_an_institution_is_no_rival_actor() -> None:
    """"Parliament will vote on it next week" and "Prime Minister Mora lost a vote of no
    confidence in parliament": one vote, not two actors' acts."""
    a = art("a", "2025-09-02", "The Greens quit the coalition of Prime Minister Aleksi Mora, a blow in Parliament. "
            "Parliament will vote on it next week.", "Greens quit Mora coalition")
    b = art("b", "2025-09-11", "Prime Minister Aleksi Mora lost a vote of no confidence in parliament on Wednesday.",
            "Mora loses confidence vote")
    (fa,) = [_feat(m, dt.date(2025, 9, 2), a.title, a.body) for m in mentions_of(a, ("next week", "2025-W37"))]
    (fb,) = [_feat(m, dt.date(2025, 9, 11), b.title, b.body) for m in mentions_of(b, ("Wednesday", "2025-09-10"))]
    assert fa.title_names == {"parliament"} and not _conflicting(fa, fb)


def test_an_article_dating_its_event_twice_joins_by_another_article() -> None:
    """A court report says the men "escaped ... last month" and, later, "the escape on May 17":
    its coarse telling joins the event its own May 17 joined, because another outlet tells it in
    nearly the same words; without that outlet the two stay apart (one article, two dates)."""
    a = art("a", "2026-05-18", "Two inmates escaped from Drummore prison on Sunday, cutting through a fence.",
            "Two inmates escape from Drummore prison")
    b = art("b", "2026-06-10", "Two inmates escaped from Drummore prison last month, the court heard. The escape on "
            "May 17 had been planned for weeks, prosecutors said.", "Drummore escapers in court")
    mb = mentions_of(b, ("last month", "2026-05"), ("May 17", "2026-05-17"))
    both = merge(mentions_of(a, ("Sunday", "2026-05-17")) + mb, [a, b])
    assert [sorted((m.article, m.expr) for m in e.mentions) for e in both] == [
        [("a", "Sunday"), ("b", "May 17"), ("b", "last month")]]
    alone = merge(mb, [b])
    assert sorted(e.date.value for e in alone) == ["2026-05", "2026-05-17"]


_MONASTERY_FIRE = art("a", "2026-03-11", "Fire gutted the library wing of the hilltop monastery of St Aurel early on Tuesday. "
                      "Monks from St Aurel and firefighters from Velden and Brask saved the chapel, said abbot Tomas Lind.",
                      "Fire guts St Aurel monastery library")


@pytest.mark.parametrize("title,extra,joined", [
    # its story beyond doubt (shared headline words, names, people): a less close telling is enough
    ("Heater blamed for St Aurel monastery fire", " Abbot Tomas Lind thanked the firefighters of Velden and Brask.",
     True),
    # only shared headline words: one story test of three, the coarse telling stays apart
    ("Heater blamed for library fire", "", False),
])
def test_an_article_dating_its_event_twice_joins_by_its_storys_less_close_telling(
        title: str, extra: str, joined: bool) -> None:
    """A weekly report says the heater caused "the fire that destroyed the St Aurel library earlier
    this month" and, in its list of events, "March 10 - fire destroys the library wing": the month
    joins the event its March 10 joined through the wire's "Fire gutted the library wing ... on
    Tuesday" (similarity 0.57, below ``RESTATE_MIN``) when the two articles tell one story beyond
    doubt (two of merge's three story tests), not on shared headline words alone."""
    b = art("b", "2026-03-27", "Investigators said a heater in the archive caused the fire that destroyed the St Aurel "
            f"library earlier this month.{extra} The report lists the events: March 10 - fire destroys the library wing.",
            title)
    ms = mentions_of(_MONASTERY_FIRE, ("Tuesday", "2026-03-10")) + mentions_of(
        b, ("earlier this month", "2026-03"), ("March 10", "2026-03-10"))
    got = [sorted((m.article, m.expr) for m in e.mentions) for e in merge(ms, [_MONASTERY_FIRE, b])]
    day = [("a", "Tuesday"), ("b", "March 10")]
    assert got == ([sorted(day + [("b", "earlier this month")])] if joined
                   else [[("b", "earlier this month")], day])


def test_a_sentence_dating_two_clauses_restates_neither() -> None:
    """"Ekdal and Fenn, freed last week, landed at Halvik airbase on November 29": the week dates
    their release, the day their landing, which another outlet told as planned in nearly the same
    words. The week is not the article telling its landing again (one sentence, two dates, two
    happenings): it stays apart."""
    a = art("a", "2025-11-28", "Hostages Jonas Ekdal and Mara Fenn will be flown to Halvik airbase on Saturday, the "
            "foreign ministry said.", "Freed hostages Ekdal and Fenn to fly home")
    b = art("b", "2025-12-03", "Jonas Ekdal and Mara Fenn, freed last week, landed at Halvik airbase on November 29 and "
            "are now with their families.", "Ekdal and Fenn home with families")
    ms = mentions_of(a, ("Saturday", "2025-11-29")) + mentions_of(b, ("last week", "2025-W48"), ("November 29", "2025-11-29"))
    assert [sorted((m.article, m.expr) for m in e.mentions) for e in merge(ms, [a, b])] == [
        [("b", "last week")], [("a", "Saturday"), ("b", "November 29")]]


_PEOPLE = " Captain Ivo Marsh of the Oksa Bay and harbour master Lena Dahl of Tesselhavn spoke to the inquiry."


@pytest.mark.parametrize("published,people,joined", [
    # nine years before the news, in two articles naming the same people: one past collision
    (("2026-05-11", "2026-05-20"), _PEOPLE, True),
    # the year of the news itself: a year names too many happenings of a story
    (("2017-05-11", "2017-05-20"), _PEOPLE, False),
    # the same headline words alone: not one story beyond doubt for merge's history rule, but (twentieth
    # session) the lone past year folds into the month the other article tells, and joins it by its
    # words ("collision", "fog": merge._folded, _fold_joins)
    (("2026-05-11", "2026-05-20"), "", True),
])
def test_a_storys_past_happening_told_by_two_articles_by_one_act(
        published: tuple[str, str], people: str, joined: bool) -> None:
    """"The last serious collision in the strait, in March 2017" and "a similar collision in
    2017": two articles of one story beyond doubt (shared people, and two of the three story
    tests) telling a happening of its past, years before the news, by one act word, tell one
    happening (``merge._history``), though their clauses share too little to merge otherwise."""
    a = art("a", published[0], "Two cargo ships collided in thick fog in the Tessel Strait on Sunday. The last serious "
            f"collision in the strait, in March 2017, sank a ferry.{people}", "Ships collide in fog in Tessel Strait")
    b = art("b", published[1], f"Pilots blamed the fog for a similar collision in 2017.{people}",
            "Tessel Strait collision: fog is no excuse")
    ms = mentions_of(a, ("March 2017", "2017-03")) + mentions_of(b, ("2017", "2017"))
    got = [sorted((m.article, m.expr) for m in e.mentions) for e in merge(ms, [a, b])]
    assert got == ([[("a", "March 2017"), ("b", "2017")]] if joined else [[("b", "2017")], [("a", "March 2017")]])
