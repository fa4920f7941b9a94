"""Merging mentions into events across articles (timeline/merge.py).

Mentions come from extract() over small hand-written articles with hand-built expressions, so
these tests do not depend on the tagger.
"""

from __future__ import annotations

import dataclasses

import datetime as dt
import itertools
import re

import pytest

from timeline import join_model
from timeline.events import extract
from timeline.merge import event_id, features, merge
from timeline.model import Article, Mention, TimeExpression


def art(id: str, published: str, body: str, title: str = "") -> Article:
    return Article(id=id, path=f"{id}.md", title=title or id, body=body, published=dt.date.fromisoformat(published))


def mentions_of(a: Article, *exprs: tuple) -> tuple[Mention, ...]:
    built = []
    for spec in exprs:
        text, value, *rest = spec
        extra = dict(rest[0]) if rest else {}
        typ = extra.pop("type", "DATE")
        i = a.body.index(text)
        built.append(TimeExpression(start=i, end=i + len(text), text=text, type=typ, value=value, **extra))
    ms, _ = extract(a, tuple(built))
    return ms


def test_one_event_three_outlets_most_precise_date() -> None:
    a = art("a", "2026-03-10", "BRUSSELS: EU and Indian negotiators on Monday concluded talks on a free trade agreement.",
            "India and EU conclude free trade talks")
    b = art("b", "2026-03-11", "India and the European Union concluded negotiations on a free trade pact on March 9, officials said.",
            "India, EU seal trade pact")
    c = art("c", "2026-03-16", "The India-EU trade agreement concluded last week faces opposition from farmers.",
            "Farmers protest India-EU trade deal")
    ms = mentions_of(a, ("Monday", "2026-03-09")) + mentions_of(b, ("March 9", "2026-03-09")) + mentions_of(c, ("last week", "2026-W11"))
    (event,) = merge(ms, [a, b, c])
    assert event.date.value == "2026-03-09"
    assert sorted(m.article for m in event.mentions) == ["a", "b", "c"]


def test_same_day_same_article_distinct_events_stay_apart() -> None:
    body = ("Jaishankar and Rubio on Tuesday discussed trade, defence and security. "
            "Gor announced that the next call on trade would occur on Tuesday.")
    a = art("seed", "2026-01-13", body)
    i = body.index("Tuesday", body.index("Tuesday") + 1)
    exprs = (
        TimeExpression(start=body.index("Tuesday"), end=body.index("Tuesday") + 7, text="Tuesday", type="DATE", value="2026-01-13"),
        TimeExpression(start=i, end=i + 7, text="Tuesday", type="DATE", value="2026-01-13", direction="future"),
    )
    ms, _ = extract(a, exprs)
    events = merge(ms, [a])
    assert sorted(e.status for e in events) == ["past", "planned"]


def test_same_month_distinct_plans_stay_apart() -> None:
    body = ("Gor said the two leaders discussed a possible meeting next month. "
            "Gor also said the US will invite India next month to join Pax Silica.")
    a = art("seed", "2026-01-13", body)
    i1 = body.index("next month")
    i2 = body.index("next month", i1 + 1)
    exprs = tuple(TimeExpression(start=i, end=i + 10, text="next month", type="DATE", value="2026-02") for i in (i1, i2))
    ms, _ = extract(a, exprs)
    assert len(merge(ms, [a])) == 2


def test_planned_then_reported_done_becomes_past() -> None:
    a = art("preview", "2025-09-02", "Nimbus Motors will unveil its first electric truck on September 15 in Detroit.", "Nimbus to unveil electric truck")
    b = art("launch", "2025-09-16", "Nimbus Motors unveiled its first electric truck, the Volt One, in Detroit on Monday.", "Nimbus unveils Volt One electric truck")
    ms = mentions_of(a, ("September 15", "2025-09-15")) + mentions_of(b, ("Monday", "2025-09-15"))
    (event,) = merge(ms, [a, b])
    assert event.status == "past"
    assert {m.status for m in event.mentions} == {"past", "planned"}


def test_plan_reported_before_the_deed_merges_whatever_the_input_order() -> None:
    a = art("a", "2025-09-16", "Nimbus Motors unveiled its electric truck in Detroit on September 15.", "Nimbus unveils truck")
    b = art("b", "2025-09-01", "Nimbus Motors will unveil its electric truck in Detroit on September 15.", "Nimbus to unveil truck")
    (event,) = merge(mentions_of(a, ("September 15", "2025-09-15")) + mentions_of(b, ("September 15", "2025-09-15")), [a, b])
    assert event.status == "past"
    assert event.title.startswith("Nimbus Motors unveiled")  # the title of the deed, not the plan


def test_different_days_never_merge() -> None:
    a = art("a", "2025-03-11", "A court convicted Rajesh Kumar of corruption on Monday.", "Kumar convicted")
    b = art("b", "2025-03-15", "A court convicted Rajesh Kumar of corruption on Friday.", "Kumar convicted")
    ms = mentions_of(a, ("Monday", "2025-03-10")) + mentions_of(b, ("Friday", "2025-03-14"))
    assert len(merge(ms, [a, b])) == 2


def test_unrelated_events_same_day_different_stories_stay_apart() -> None:
    a = art("a", "2025-03-11", "A court in Mumbai convicted Rajesh Kumar of corruption on Monday.", "Kumar convicted")
    b = art("b", "2025-03-11", "Cyclone Mira made landfall near Chennai on Monday, killing 12 people.", "Cyclone Mira hits")
    ms = mentions_of(a, ("Monday", "2025-03-10")) + mentions_of(b, ("Monday", "2025-03-10"))
    assert len(merge(ms, [a, b])) == 2


def test_pending_relative_mention_resolved_from_another_article() -> None:
    a = art("verdict", "2025-03-11", "A special court on Monday convicted former minister Rajesh Kumar of corruption.", "Kumar convicted")
    b = art("protest", "2025-03-13", "Supporters of Rajesh Kumar blocked highways two days after the verdict, police said.", "Kumar supporters protest")
    ms_a = mentions_of(a, ("Monday", "2025-03-10"))
    ms_b = mentions_of(b, ("two days after", "P2D", {"type": "DURATION", "relation": "after", "offset": "P2D"}))
    assert ms_b[0].pending
    events = merge(ms_a + ms_b, [a, b])
    dates = sorted(e.date.value for e in events)
    assert dates == ["2025-03-10", "2025-03-12"]
    (protest,) = [e for e in events if e.date.value == "2025-03-12"]
    assert not protest.mentions[0].pending and "verdict" in (protest.mentions[0].anchor or "")


def test_features_of_one_mention() -> None:
    a = art("verdict", "2025-03-11", "A special court on Monday convicted former minister Rajesh Kumar of corruption.", "Kumar convicted")
    (ft,) = features(a, mentions_of(a, ("Monday", "2025-03-10")))
    # Word sets as text: sorted words joined by \x1f, "" when empty.
    title, sentence, names, title_names, story, cast, words, plain, amounts, possessive = ft
    assert title == "corru\x1fcourt\x1fkumar\x1fspeci\x1f~verdict"
    assert sentence == "corru\x1fcourt\x1fforme\x1fkumar\x1fminis\x1frajes\x1frajesh\x1fspeci\x1f~verdict"
    assert names == cast == "kumar\x1frajesh" and title_names == "kumar" and story == "kumar\x1f~verdict"
    assert words == plain == title and amounts == "" and possessive is False
    assert names is cast  # one string for one set: the analysis pickles it once


def test_word_sets_as_text_round_trip() -> None:
    from timeline.merge import _set_text, _text_set

    for words, text in ((frozenset(), ""), (frozenset({"b", "a"}), "a\x1fb"), (frozenset({""}), ("",)),
                        (frozenset({"a", "x\x1fy"}), ("a", "x\x1fy"))):
        assert _set_text(words) == text and _text_set(text) == words


def test_merge_with_given_features_equals_merge_computing_them() -> None:
    # The pending mention is resolved into a new mention: its features are computed in merge.
    a = art("verdict", "2025-03-11", "A special court on Monday convicted former minister Rajesh Kumar of corruption.", "Kumar convicted")
    b = art("protest", "2025-03-13", "Supporters of Rajesh Kumar blocked highways two days after the verdict, police "
            "said. On Monday, the court convicted Kumar.", "Kumar supporters protest")
    ms_a = mentions_of(a, ("Monday", "2025-03-10"))
    ms_b = mentions_of(b, ("two days after", "P2D", {"type": "DURATION", "relation": "after", "offset": "P2D"}),
                       ("Monday", "2025-03-10"))
    given = features(a, ms_a) + features(b, ms_b)
    events = merge(ms_a + ms_b, [a, b], given)
    assert events == merge(ms_a + ms_b, [a, b])
    assert [(e.date.value, len(e.mentions)) for e in events] == [("2025-03-10", 2), ("2025-03-12", 1)]
    # The given features are the ones used: without any shared word the two Mondays stay apart
    # (the articles given two story keys: merge's one-day join by the articles' words aside; and
    # the learned same-date join, which reads the sentences themselves, off: since the twenty-fourth
    # session's weights it joins the two convictions, rightly).
    alone = ("",) * 9 + (False,)
    two = [dataclasses.replace(a, story="trial"), dataclasses.replace(b, story="highways")]
    assert len(merge(ms_a + ms_b, two, given)) == 2
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(join_model.DAY, "loaded", (0.0, {}))
        assert len(merge(ms_a + ms_b, two, (alone,) + given[1:])) == 3
    assert len(merge(ms_a + ms_b, two, (alone,) + given[1:])) == 2
    with pytest.raises(ValueError):
        merge(ms_a + ms_b, [a, b], given[1:])


def test_pending_referent_comes_from_the_same_story_in_a_folder_of_many() -> None:
    """"a day after the deal was signed" in the Velby docks story: another story's deal, signed
    later and published closer, names the same words but other people and places."""
    ms, (a, b, c) = _pair_mentions([
        ("a", "2026-03-05", "Velby council and dock union sign pay deal", "Velby council leader Ana Holm and the "
         "Velby dock union signed the pay deal at the Harbour Hall on Wednesday, Ana Holm said.",
         ("Wednesday", "2026-03-04")),
        ("b", "2026-03-20", "Orsk mine owners sign safety deal", "Orsk mine owners and the Kessel miners' union "
         "signed the safety deal in Orsk on Thursday, Piet Marr of Kessel said.", ("Thursday", "2026-03-19")),
        ("c", "2026-03-21", "Velby docks back to work", "Dockers at Velby returned to work a day after the deal was "
         "signed, Ana Holm of Velby council said at the Harbour Hall.",
         ("a day after", "P1D", {"type": "DURATION", "relation": "after", "offset": "P1D"})),
    ])
    assert ms[2].pending
    back = [m for e in merge(ms, [a, b, c]) for m in e.mentions if m.article == "c"]
    assert [(m.date.value, m.anchor) for m in back] == [("2026-03-05", "2026-03-04 (Wednesday, a)")]
    # Alone with the other story's article, the mention has no referent: it is dropped.
    assert [m.article for e in merge(ms[1:], [b, c]) for m in e.mentions] == ["b"]


def test_pending_without_referent_is_dropped() -> None:
    b = art("protest", "2025-03-13", "Supporters blocked highways two days after the verdict, police said.", "Protest")
    ms = mentions_of(b, ("two days after", "P2D", {"type": "DURATION", "relation": "after", "offset": "P2D"}))
    assert merge(ms, [b]) == ()


def test_merge_does_not_depend_on_input_order() -> None:
    a = art("a", "2026-03-10", "EU and Indian negotiators on Monday concluded talks on a trade agreement.", "EU India trade talks")
    b = art("b", "2026-03-11", "India and the EU concluded negotiations on a trade pact on March 9.", "EU India trade pact")
    c = art("c", "2026-03-16", "Farmers staged protests in Ludhiana on Saturday against the trade deal.", "Farmers protest trade deal")
    ms = mentions_of(a, ("Monday", "2026-03-09")) + mentions_of(b, ("March 9", "2026-03-09")) + mentions_of(c, ("Saturday", "2026-03-14"))
    results = {merge(p, [a, b, c]) for p in itertools.permutations(ms)}
    assert len(results) == 1


def test_event_ids_are_safe_bounded_and_unique() -> None:
    a = art("a", "2026-01-13", "On Monday, Ünïcode—minister Ça Va said “hello” at length about many many many many things.")
    (m,) = mentions_of(a, ("Monday", "2026-01-12"))
    eid = event_id(m.date.value, m.title, [m])
    assert re.fullmatch(r"[a-z0-9-]+", eid) and len(eid) <= 64
    assert event_id(m.date.value, m.title, [m]) == eid  # stable
    assert eid.startswith("2026-01-12-unicode-said-hello-at-length-")  # "Ünïcode": letters kept, accents read out
    body = "The minister resigned on Monday. The minister resigned on Monday."
    b = art("b", "2026-01-13", body)
    exprs = tuple(TimeExpression(start=i, end=i + 6, text="Monday", type="DATE", value="2026-01-12")
                  for i in (body.index("Monday"), body.rindex("Monday")))
    ms, _ = extract(b, exprs)
    ids = [e.id for e in merge(ms, [b])]
    assert len(ids) == len(set(ids))


def test_merge_work_per_mention_is_bounded(monkeypatch) -> None:
    """Blocking keeps merge linear: each mention is scored against a bounded number of clusters,
    however many mentions share its day (no loop over all pairs)."""
    import timeline.merge as merge_mod

    calls = {"n": 0}
    real = merge_mod._fits

    def counting(f, c):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        return real(f, c)

    monkeypatch.setattr(merge_mod, "_fits", counting)
    arts, ms = [], []
    for i in range(150):
        body = f"Officials in Region{i} said the council approved budget item {i} on Monday after a long debate."
        a = art(f"a{i:03d}", "2025-03-11", body, "Council approves budget")
        arts.append(a)
        ms.extend(mentions_of(a, ("Monday", "2025-03-10")))
    merge_mod.merge(ms, arts)
    assert calls["n"] <= merge_mod.MAX_CANDIDATES * len(ms)


def test_a_range_of_days_is_not_told_again_by_its_first_day() -> None:
    """(Until the thirteenth session this was one event dated March 3, "a day is more precise than a
    range": but the summit lasts three days, and a timeline showing it as one day misleads; a range
    and a day of it stay two events, docs/events.md section 7.)"""
    a = art("a", "2026-02-01", "Leaders will meet in Geneva from March 3 to 5 for the climate summit.", "Geneva climate summit")
    b = art("b", "2026-03-04", "Leaders met in Geneva on March 3 for the climate summit.", "Geneva climate summit opens")
    ms = mentions_of(b, ("March 3", "2026-03-03"))
    body = a.body
    i, j = body.index("March 3"), body.index("5 for")
    ranged, _ = extract(a, (TimeExpression(start=i, end=i + 7, text="March 3", type="DATE", value="2026-03-03"),
                            TimeExpression(start=j, end=j + 1, text="5", type="DATE", value="2026-03-05")))
    events = merge(tuple(ranged) + ms, [a, b])
    assert [(e.date.value, e.status) for e in events] == [("2026-03-03", "past"), ("2026-03-03/2026-03-05", "planned")]


def test_month_and_year_mentions_find_a_day_event_through_their_indexes() -> None:
    """A month mention looks its candidates up by (month, word), a year mention by word alone:
    both find the day event the day mention made (and the story's other day stays apart)."""
    stories = (
        ("a", "2025-03-05", "Regulators approved the Norrland takeover of Brightwave on Tuesday, the agency said.",
         "Regulators approve Norrland takeover of Brightwave", ("Tuesday", "2025-03-04")),
        ("b", "2025-04-02", "The Norrland takeover of Brightwave, approved by regulators in March, closed this week.",
         "Norrland completes Brightwave takeover", ("in March", "2025-03")),
        ("c", "2025-12-20", "Regulators approved the Norrland takeover of Brightwave in 2025 after a long review.",
         "Norrland Brightwave: the year in deals", ("2025", "2025")),
        ("d", "2025-03-20", "Brightwave staff protested outside Norrland offices on March 18 over job cuts.",
         "Brightwave staff protest Norrland job cuts", ("March 18", "2025-03-18")),
    )
    arts = [art(*spec[:4]) for spec in stories]
    ms = tuple(m for a, spec in zip(arts, stories) for m in mentions_of(a, spec[4]))
    events = merge(ms, arts)
    assert [(e.date.value, e.id, [m.article for m in e.mentions]) for e in events] == [
        ("2025-03-04", "2025-03-04-regulators-approved-the-norrland-takeover-of-44a949d", ["a", "b", "c"]),
        ("2025-03-18", "2025-03-18-brightwave-staff-protested-outside-norrland-7486326", ["d"]),
    ]


def test_a_coarse_mention_does_not_join_another_storys_event() -> None:
    a = art("fire", "2025-08-12", "Governor declares a state of emergency over the Santa Rosa wildfire on Tuesday.",
            "Santa Rosa wildfire forces thousands to flee")
    b = art("mpox", "2026-09-04", "The agency first declared the emergency in August 2025.", "WHO ends mpox emergency")
    ms = mentions_of(a, ("Tuesday", "2025-08-12")) + mentions_of(b, ("August 2025", "2025-08"))
    assert sorted(e.date.value for e in merge(ms, [a, b])) == ["2025-08", "2025-08-12"]


# --- Table tests: one happening told in different words merges; distinct happenings of one day do not.
# (Invented sentences; each row is one category of the merge rules, see docs/events.md §7.)

MERGE_PAIRS = [
    pytest.param(  # one story (texts naming the same people and places), one day: one shared act word
        # is enough, planned in one and done in the other ("will open" / "opened")
        ("a", "2026-05-20", "Ferries idle after Halvik quay collapse",
         "Stranded Halvik hauliers can claim help from the Orrin Fund, Mira Lund said. Applications will open "
         "on June 1.", ("June 1", "2026-06-01")),
        ("b", "2026-06-05", "Hauliers still waiting for help",
         "Mira Lund of the Orrin Fund thanked Halvik hauliers for their patience. The online form opened on Monday.",
         ("Monday", "2026-06-01")),
        id="claims-will-open~form-opened-one-word",
    ),
    pytest.param(  # headlines naming different places, each named in the other's text: one story
        ("a", "2025-01-14", "Two killed in gas pipeline blast near Velby",
         "Two workers died when a gas pipeline exploded near Velby on Monday, the operator Gasnor said. "
         "The Sarrow line, run by Gasnor, was shut; the Safety Board and Ida Holm's team went to Velby.",
         ("Monday", "2025-01-13")),
        ("b", "2025-01-27", "Explainer: what went wrong on the Sarrow line?",
         "Questions are mounting over Gasnor's ageing Sarrow line near Velby. The explosion killed two "
         "workers on 13 January. The Safety Board and Ida Holm will report in March.",
         ("13 January", "2025-01-13")),
        id="headline-places-named-in-both-texts",
    ),
    pytest.param(  # one shared clause word, the same day, texts naming the same people and bodies
        ("a", "2025-09-20", "Quillon unveils the Lumen Fold",
         "Rafael Ndiaye, head of Quillon, showed the Lumen Fold in Calder. The phone will ship on October 3, Ndiaye said.",
         ("October 3", "2025-10-03")),
        ("b", "2025-10-12", "Hinge cracks halt Quillon deliveries",
         "Rafael Ndiaye of Quillon apologised in Calder for the Lumen Fold's hinge. The phone reached customers "
         "on Friday, October 3, and faults followed within days.", ("Friday, October 3", "2025-10-03")),
        id="phone-will-ship~phone-reached-customers-cast",
    ),
    pytest.param(  # event-word family: "walked out" ~ "strike", and a phase verb ("began") is no content
        ("a", "2025-03-04", "Lyon bus drivers strike", "Some 2,000 bus drivers in Lyon walked out on Monday over pay.",
         ("Monday", "2025-03-03")),
        ("b", "2025-03-06", "Lyon bus strike enters third day", "The strike, which began on March 3, has halted most Lyon bus lines.",
         ("March 3", "2025-03-03")),
        id="walked-out~strike-began",
    ),
    pytest.param(  # "downed tools" is a walkout; "shut" ~ "closed", a month containing the day
        ("a", "2026-02-11", "Corran Bay shipyard workers strike", "Workers at the Corran Bay shipyard downed tools on Tuesday.",
         ("Tuesday", "2026-02-10")),
        ("b", "2026-02-20", "Corran Bay: a yard on edge", "The Corran Bay walkout earlier this month surprised the owners.",
         ("earlier this month", "2026-02")),
        id="downed-tools~walkout-month",
    ),
    pytest.param(
        ("a", "2026-04-20", "Ostavia closes Keldren border", "Ostavia closed its land border with Keldren on Sunday.",
         ("Sunday", "2026-04-19")),
        ("b", "2026-05-28", "Ostavia border to reopen", "Ostavia shut the Keldren crossing in April, stranding lorries.",
         ("April", "2026-04")),
        id="shut~closed-month",
    ),
    pytest.param(  # family "came ashore" ~ "landfall"; a week containing the day
        ("a", "2025-10-10", "Hurricane Tomas hits Cabo Rojo", "Hurricane Tomas made landfall near Cabo Rojo on Thursday, flooding the port.",
         ("Thursday", "2025-10-09")),
        ("b", "2025-10-15", "After Tomas, Cabo Rojo counts the cost", "When Tomas came ashore last week, the sea wall near Cabo Rojo failed.",
         ("last week", "2025-W41")),
        id="ashore~landfall-week",
    ),
    pytest.param(  # stemming ("opened" ~ "open") and family ("review" ~ "investigation"), same day
        ("a", "2026-03-12", "Regulator to probe Halvard takeover of Brisk",
         "The Markets Board said on Wednesday that it would open an in-depth review of the Halvard takeover.",
         ("Wednesday", "2026-03-11")),
        ("b", "2026-05-02", "Markets Board provisional findings on Halvard and Brisk",
         "The in-depth investigation was opened on 11 March 2026 after a first phase.",
         ("11 March 2026", "2026-03-11")),
        id="open-review~investigation-opened",
    ),
    pytest.param(  # a short clause wholly inside the other, same day, one story
        ("a", "2025-04-20", "Okoye enters Tarvik mayoral race", "The election is scheduled for May 4.", ("May 4", "2025-05-04")),
        ("b", "2025-05-05", "Okoye wins Tarvik mayoral race", "Grace Okoye won the Tarvik mayoral election on Sunday with 41% of the vote.",
         ("Sunday", "2025-05-04")),
        id="contained-clause",
    ),
    pytest.param(  # family ("lodged" ~ "filed"), a week containing the day
        ("a", "2026-03-13", "Brandt files appeal against fraud verdict", "Lawyers for Tomas Brandt filed a notice of appeal on Thursday.",
         ("Thursday", "2026-03-12")),
        ("b", "2026-03-16", "What the Brandt verdict means for the fraud watchdog",
         "Brandt's defence team lodged a notice of appeal last week, arguing the judge misdirected the jury.",
         ("last week", "2026-W11")),
        id="filed~lodged-week",
    ),
    pytest.param(  # family ("quake" ~ "earthquake") and a possessive date in another article
        ("a", "2025-06-02", "Earthquake shakes Varna province", "A magnitude 6.1 earthquake struck Varna province on Sunday, killing nine people.",
         ("Sunday", "2025-06-01")),
        ("b", "2025-06-04", "Varna counts the cost of Sunday's quake", "Sunday's quake destroyed 400 homes in Varna province, officials said.",
         ("Sunday", "2025-06-01")),
        id="earthquake~quake-possessive",
    ),
    # One story told by articles whose headlines share at most a name and whose sentences name
    # nobody: their texts name the same places (merge._linked), so a clause word in the other's
    # clause or sentence is enough on the same day (merge._loose).
    pytest.param(  # "broke out" / "started": the phase verbs aside, the same fire on the same day
        ("a", "2025-08-04", "Wildfire near Ostra forces road closures",
         "A fire broke out on Saturday afternoon in the pine forest, and police closed two roads. "
         "Families in Ostra and Halden were told to leave.", ("Saturday afternoon", "2025-08-02")),
        ("b", "2025-08-20", "After Ostra: the lessons",
         "The fire, which started on August 2, was the worst in memory. Farmers in Ostra and Halden lost their crops.",
         ("August 2", "2025-08-02")),
        id="fire-broke-out~started-same-names",
    ),
    pytest.param(  # family: "walked out of" (a place) ~ "leave", the plan then the deed
        ("a", "2025-10-24", "Judge orders squatters out",
         "A judge told the squatters that they must leave by noon on Monday. The mill belongs to the Velde family of Korsa.",
         ("noon on Monday", "2025-10-27")),
        ("b", "2025-11-05", "Empty again: the old mill",
         "When the last squatters walked out of the mill on October 27, it was raining. "
         "For Korsa and the Velde family, a month in court was over.", ("October 27", "2025-10-27")),
        id="must-leave~walked-out-of",
    ),
    pytest.param(  # family: a hearing is where evidence is given and questions answered (the plan, then the deed)
        ("a", "2025-05-01", "Inquiry into the Ravel bridge collapse opens",
         "Hearings will resume on May 6, when Orsa Works, the firm that built the bridge, will give evidence.",
         ("May 6", "2025-05-06")),
        ("b", "2025-05-12", "Orsa Works statement on the Ravel bridge inquiry",
         "Our director answered the inquiry's questions for five hours in the evidence given on May 6.",
         ("May 6", "2025-05-06")),
        id="hearings-resume~evidence-given",
    ),
    pytest.param(  # a month mention whose clause lies inside the day event's clause
        ("a", "2026-09-15", "Ostmark satellite reaches orbit",
         "Its first images are expected next month. The satellite was built by Ostmark for the Lyra agency.",
         ("next month", "2026-10")),
        ("b", "2026-10-09", "Interview: the mission chief",
         "The first images we released on Tuesday made me cry. Working with Ostmark and Lyra was a joy.",
         ("Tuesday", "2026-10-06")),
        id="images-expected-next-month~released",
    ),
    pytest.param(  # a vote's count is no amount: the plan names the fund's money, the deed the count
        ("a", "2026-02-20", "Analysis: a winter of worry on the slopes",
         "Operators in Brenn and Tolva say help comes late. The district assembly is expected to vote next "
         "month on a 40-million-crown safety fund.", ("next month", "2026-03")),
        ("b", "2026-03-05", "Lift operators get their money",
         "Operators in Brenn and Tolva were relieved. On Tuesday the district assembly approved the safety fund "
         "by 27 votes to 9.", ("Tuesday", "2026-03-03")),
        id="fund-vote-planned~approved-by-a-count",
    ),
]

APART_PAIRS = [
    pytest.param(  # two live blogs of two strikes: "live" (and "strike") is no story
        ("a", "2026-06-26", "Belmar dock strike: live", "Government mediator Oskar Brandt first brought the two "
         "sides together on Thursday in Belmar.", ("Thursday", "2026-06-25")),
        ("b", "2026-06-24", "Brenland rail strike: live", "The government will bring in a law on minimum service "
         "levels this year, ministers in Rossberg said.", ("this year", "2026")),
        id="two-live-blogs-two-strikes",
    ),
    pytest.param(  # two stories of one day sharing only an institution's word ("High Court" / "Court of Appeal")
        ("a", "2026-09-15", "Marrow libel trial opens", "Tessa Marrow's libel action against the Daily Beacon "
         "opened at the High Court on Monday.", ("Monday", "2026-09-14")),
        ("b", "2026-09-14", "Okafor appeal date set", "The Court of Appeal has scheduled a two-day hearing for "
         "Daniel Okafor's appeal, to begin on Monday, September 14.", ("Monday, September 14", "2026-09-14")),
        id="high-court~court-of-appeal-two-stories",
    ),
    pytest.param(  # a month's abbreviation in two datelines is no shared name
        ("a", "2026-02-06", "Regulators close Ferrant Savings Bank", "ARNHOLM, Feb 6 (Capital Wire) - Regulators "
         "closed Ferrant Savings Bank on Thursday, the Arnholm regulator said.", ("Thursday", "2026-02-05")),
        ("b", "2026-02-06", "Kestrel central bank cuts rates", "VOSS, Feb 6 (Kestrel Wire) - The bank's quarterly "
         "Monetary Policy Report was published on Thursday, the Voss bank said.", ("Thursday", "2026-02-05")),
        id="feb-datelines-two-stories",
    ),
    pytest.param(  # phase verbs do not make two happenings one
        ("a", "2025-09-02", "Nimbus unveils Volt One truck", "Production at the Ohio plant will start in the first quarter of 2026.",
         ("the first quarter of 2026", "2026-Q1")),
        ("b", "2025-09-03", "Nimbus Volt One orders", "Deliveries of the Volt One are scheduled to begin in early 2026.",
         ("early 2026", "2026", {"mod": "START"})),
        id="production-start~deliveries-begin",
    ),
    pytest.param(  # one story, one day, two happenings with nothing in common
        ("a", "2025-05-05", "Okoye wins Tarvik mayoral race", "Grace Okoye won the Tarvik mayoral election on Sunday.",
         ("Sunday", "2025-05-04")),
        ("b", "2025-05-05", "Bauer concedes Tarvik race to Okoye", "Anton Bauer conceded defeat on Sunday night at his campaign office.",
         ("Sunday night", "2025-05-04")),
        id="won~conceded-same-day",
    ),
    pytest.param(  # one story, one day: clauses sharing nothing stay apart
        ("a", "2025-03-05", "Port strike at Velmar", "Dock workers walked off the job on Monday. Velmar and Oskar Quay are quiet.",
         ("Monday", "2025-03-03")),
        ("b", "2025-03-06", "Velmar mayor resigns",
         "The mayor resigned on Monday over a row about housing. Velmar and Oskar Quay will vote again.", ("Monday", "2025-03-03")),
        id="strike~resigned-same-day-nothing-shared",
    ),
    pytest.param(  # one story, one day: a word of attribution ("according to officials") ties nothing
        ("a", "2025-03-05", "Port closed at Velmar", "Port officials closed the docks on Monday. Velmar and Oskar Quay are quiet.",
         ("Monday", "2025-03-03")),
        ("b", "2025-03-06", "Velmar mayor resigns",
         "The mayor resigned on Monday, according to officials. Velmar and Oskar Quay will vote again.", ("Monday", "2025-03-03")),
        id="officials-closed~according-to-officials",
    ),
    pytest.param(  # one story, one day: a shared name (counted once, not as a name and its stem) and a word
        ("a", "2026-03-05", "Tessen council approves budget", "The Tessen city council approved the 2026 budget on Tuesday.",
         ("Tuesday", "2026-03-03")),
        ("b", "2026-03-06", "Tessen mayor resigns", "Tessen mayor Ole Brandt resigned on Tuesday after a row with the council.",
         ("Tuesday", "2026-03-03")),
        id="council-approved~mayor-resigned-same-day",
    ),
    pytest.param(  # KNOWN LIMITATION: one story, one day, only the story's topic words in common
        ("a", "2025-11-04", "Rail unions strike in Tarvik", "Rail workers in Tarvik went on strike on Monday over pay.",
         ("Monday", "2025-11-03")),
        ("b", "2025-11-04", "Tarvik teachers vote to strike", "Teachers in Tarvik voted on Monday to strike next month.",
         ("Monday", "2025-11-03")),
        id="rail-strike~teachers-vote",
        marks=pytest.mark.xfail(strict=True, reason="same day, one story: the topic words ('Tarvik', 'strike') are "
                                "enough to merge; a back-reference to the story's main event needs them"),
    ),
]


def _pair_mentions(rows):
    arts, ms = [], []
    for id_, pub, title, body, expr in rows:
        a = art(id_, pub, body, title)
        arts.append(a)
        ms.extend(mentions_of(a, expr))
    assert len(ms) == len(rows), "every row must yield a mention"
    return ms, arts


@pytest.mark.parametrize("row_a,row_b", MERGE_PAIRS)
def test_one_happening_in_other_words_merges(row_a, row_b) -> None:
    ms, arts = _pair_mentions([row_a, row_b])
    assert len(merge(ms, arts)) == 1


@pytest.mark.parametrize("row_a,row_b", APART_PAIRS)
def test_distinct_happenings_stay_apart(row_a, row_b) -> None:
    ms, arts = _pair_mentions([row_a, row_b])
    assert len(merge(ms, arts)) == 2


def test_same_article_back_references_merge() -> None:
    body = ("Dockworkers at the port of Sarn will go on strike from next Monday, the union said. "
            "The strike, due to begin on May 12, will be indefinite.")
    a = art("a", "2025-05-06", body, "Sarn dockworkers call strike")
    ms = mentions_of(a, ("next Monday", "2025-05-12"), ("May 12", "2025-05-12"))
    assert len(ms) == 2
    assert len(merge(ms, [a])) == 1


def test_same_article_same_day_distinct_happenings_stay_apart() -> None:
    body = ("The minister opened the new Kessel bridge on Monday. "
            "Farmers blocked the old river bridge with tractors on Monday.")
    a = art("a", "2025-05-06", body, "Minister opens Kessel bridge")
    i = body.rindex("Monday")
    ms = mentions_of(a, ("Monday", "2025-05-05"))
    ms2, _ = extract(a, (TimeExpression(start=body.index("Monday"), end=body.index("Monday") + 6, text="Monday", type="DATE", value="2025-05-05"),
                         TimeExpression(start=i, end=i + 6, text="Monday", type="DATE", value="2025-05-05")))
    assert len(ms2) == 2
    assert len(merge(ms2, [a])) == 2


def test_a_possessive_date_names_its_own_event_not_its_clauses() -> None:
    """"charged Vos over last week's explosion": the week dates the explosion, not the arrest of Vos."""
    a = art("a", "2025-03-11", "An explosion tore through a chemical warehouse at the port of Halden on Monday, killing 14 "
            "people and injuring dozens, officials said.", "Explosion at Halden port warehouse kills 14")
    b = art("b", "2025-03-14", "Police arrested the warehouse manager, Piet Vos, on Wednesday on suspicion of negligence.",
            "Lund visits blast site as police detain warehouse manager")
    c = art("c", "2025-03-20", "Prosecutors charged warehouse manager Piet Vos with manslaughter on Tuesday over last week's "
            "explosion at the port of Halden.", "Halden warehouse manager charged over deadly port explosion")
    ms = (mentions_of(a, ("Monday", "2025-03-10")) + mentions_of(b, ("Wednesday", "2025-03-12"))
          + mentions_of(c, ("last week", "2025-W11")))
    assert len(ms) == 3
    events = {e.date.value: sorted(m.article for m in e.mentions) for e in merge(ms, [a, b, c])}
    assert events == {"2025-03-10": ["a", "c"], "2025-03-12": ["b"]}


def test_same_article_statement_and_happening_stay_apart() -> None:
    body = ("Velox began recalling 120,000 SUVs on Monday. "
            "It said on Monday it was monitoring the recall.")
    a = art("a", "2025-05-20", body, "Velox starts SUV brake recall")
    i = body.rindex("Monday")
    ms, _ = extract(a, (TimeExpression(start=body.index("Monday"), end=body.index("Monday") + 6, text="Monday", type="DATE", value="2025-05-19"),
                        TimeExpression(start=i, end=i + 6, text="Monday", type="DATE", value="2025-05-19")))
    assert len(ms) == 2
    assert len(merge(ms, [a])) == 2


def test_a_date_without_a_clause_dates_its_sentences_event() -> None:
    body = "12:20 MPs on the health committee confirm that Thursday's hearing will go ahead as planned at 10:00."
    a = art("a", "2026-03-17", body, "Recall live")
    ms = mentions_of(a, ("Thursday", "2026-03-19"), ("10:00", "2026-03-19T10:00", {"type": "TIME"}))
    assert [m.title for m in ms] == ["Health committee confirm hearing will go ahead", "Planned"]
    assert len(merge(ms, [a])) == 1


def test_a_coarse_report_of_the_deed_joins_the_day_it_was_done_not_an_earlier_plan() -> None:
    """"lifted off last month" fits the launch planned for the 10th (then scrubbed) and the
    launch done on the 15th equally: it joins the one reported as done."""
    p = art("p", "2026-09-07", "The agency will launch its Aurel weather satellite on Thursday from Kessling.",
            "Aurel launch set for Thursday")
    s = art("s", "2026-09-15", "The Aurel weather satellite was launched successfully on Tuesday from Kessling, "
            "five days after a scrubbed attempt.", "Aurel reaches orbit")
    i = art("i", "2026-10-09", "When Aurel lifted off last month, all of that was forgotten. Kessling was quiet.",
            "Interview: the mission chief")
    ms = (mentions_of(p, ("Thursday", "2026-09-10")) + mentions_of(s, ("Tuesday", "2026-09-15"))
          + mentions_of(i, ("last month", "2026-09")))
    events = {e.date.value: sorted(m.article for m in e.mentions) for e in merge(ms, [p, s, i])}
    assert events == {"2026-09-10": ["p", "s"], "2026-09-15": ["i", "s"]}


@pytest.mark.parametrize("a,b", [
    ("they occupied the hall", "the occupation of the hall"),  # -ied ~ -y ~ family
    ("the hearings", "the hearing"),  # a plural -ing noun
    ("they heard witnesses", "a hearing with witnesses"),
    ("the board decided", "the board's decision"),
    ("the plant closed", "the plant's closure"),
    ("the troops withdrew", "the troops' withdrawal"),
])
def test_word_forms_of_one_happening_share_stems(a, b) -> None:
    from timeline.merge import _words
    assert _words(a) == _words(b)


def test_attribution_and_date_numbers_are_not_content() -> None:
    from timeline.merge import _words
    assert _words("according to officials") == frozenset({"offic"})
    assert _words("Hearing at 10:00 on March 12, after 12 March and Sept. 15; 3.50 euros, 12,000 people") == frozenset(
        {"~hear", "#3.50", "euro", "#12000", "peopl"})
    assert _words("The convoy covered 2183 metres on 13 May, at 9:45.") == frozenset({"#2183", "convo", "cover", "metr"})


def test_the_decision_names_the_articles_act_of_that_date() -> None:
    body = ("Deputy Governor Ingrid Falk voted against the rate cut in January. "
            "Two board members opposed the decision in January. "
            "Farmers blocked the roads to the capital in January.")
    a = art("a", "2026-02-20", body, "Interview: the deputy governor")
    starts = [k for k in range(len(body)) if body.startswith("January", k)]
    ms, _ = extract(a, tuple(TimeExpression(start=k, end=k + 7, text="January", type="DATE", value="2026-01")
                             for k in starts))
    assert [m.title for m in ms] == ["Deputy Governor Ingrid Falk voted against the rate cut",
                                     "Two board members opposed the decision", "Farmers blocked the roads to the capital"]
    events = sorted(sorted(m.title[:3] for m in e.mentions) for e in merge(ms, [a]))
    assert events == [["Dep", "Two"], ["Far"]]


def test_an_event_takes_the_title_that_reads_as_a_headline() -> None:
    """The first mention's title is "It reopened" (its subject is in the sentence before); the
    event is titled by the other outlet's clause, which names what reopened."""
    a = art("a", "2026-05-05", "The Velka crossing was shut for two weeks after a drugs seizure by Ostavia customs. "
            "It reopened on Monday, Ostavia customs said.", "Velka crossing reopens")
    b = art("b", "2026-05-06", "The Velka border crossing reopened to lorries on Monday, Ostavia customs said.",
            "Lorries cross at Velka again")
    ms = mentions_of(a, ("Monday", "2026-05-04")) + mentions_of(b, ("Monday", "2026-05-04"))
    assert [m.title for m in ms] == ["It reopened", "The Velka border crossing reopened to lorries"]
    (event,) = merge(ms, [a, b])
    assert event.title == "The Velka border crossing reopened to lorries"


def test_pending_referent_needs_more_than_titles_in_common() -> None:
    """Two no-confidence stories of two countries share "Prime", "Minister" and "Party": no story
    for a referent ("Hours after the announcement" in one is not dated by the other's)."""
    from timeline.merge import _same_people

    a = frozenset({"prime", "minister", "party", "centre", "mora", "varnland", "greens"})
    b = frozenset({"prime", "minister", "party", "kreel", "ostrova", "lind", "labour", "chamber"})
    assert not _same_people(a, b)
    assert _same_people(a, b | {"mora", "varnland", "greens"})


def test_pending_referent_is_not_a_telling_that_names_it_as_a_topic() -> None:
    """"Two days after the fire" counts from the fire, not from a later article's report on it
    ("published its investigation into the fire on Wednesday"), though that one is closer."""
    ms, arts = _pair_mentions([
        ("a", "2026-08-10", "Fire at Nimbrel's Karsby data centre", "A fire broke out at the Karsby data centre of "
         "Nimbrel Cloud on Sunday, Eldmoor firefighters said.", ("Sunday", "2026-08-09")),
        ("b", "2026-09-03", "Karsby fire report published", "Eldmoor firefighters published their investigation into "
         "the Karsby fire at Nimbrel Cloud on Wednesday.", ("Wednesday", "2026-09-02")),
        ("c", "2026-09-10", "Nimbrel Cloud counts the cost of Karsby fire", "Nimbrel Cloud moved its Karsby servers "
         "two days after the fire, Eldmoor firefighters said.",
         ("two days after", "P2D", {"type": "DURATION", "relation": "after", "offset": "P2D"})),
    ])
    assert ms[2].pending
    back = [m for e in merge(ms, arts) for m in e.mentions if m.article == "c"]
    assert [m.date.value for m in back] == ["2026-08-11"]



def test_equal_fits_go_to_the_cluster_telling_more_of_the_act() -> None:
    """A mention that fits two events equally well (here 5 of 7 title words each) joins the one
    whose clauses tell more of its act words, before the one told by more mentions: the
    suspension reported last week is the regulators' suspension on Friday, not the pause on Monday."""
    rows = [
        ("a", "2026-04-13", "Orvane heart trial", "Orvane officials paused dosing in the heart trial on Monday.",
         ("Monday", "2026-04-13")),
        ("b", "2026-04-14", "Orvane heart trial update",
         "Orvane officials paused dosing in the heart trial on Monday, April 13.", ("Monday, April 13", "2026-04-13")),
        ("c", "2026-04-17", "Orvane heart trial halted", "Regulators ordered a suspension of the Orvane heart trial on Friday.",
         ("Friday", "2026-04-17")),
        ("d", "2026-04-22", "Orvane heart trial: a view",
         "The suspension of the Orvane heart trial last week alarmed officials.", ("last week", "2026-W16")),
    ]
    ms, arts = _pair_mentions(rows)
    got = sorted(sorted(m.article for m in e.mentions) for e in merge(ms, arts))
    assert got == [["a", "b"], ["c", "d"]]


# The one event of a day in articles of one story beyond doubt (half their names shared) takes a
# short clause of that day that shares no word with it; a fuller clause, or an article telling
# two events of the day, stays apart.
_SLIDE_A = ("a", "2026-02-10", "Avalanche kills four at Kessner Alp",
            "An avalanche swept across the Gratli piste at Kessner Alp on Monday afternoon. Mayor Lena Brandt "
            "and the Valmora rescue service led the search; Kessner Alp closed its lifts.")
_SLIDE_B_BODY = ("Mayor Lena Brandt spoke to the Valmora rescue service at Kessner Alp. {}")


@pytest.mark.parametrize("sentence,expr,merged", [
    ("The slide came down at about 3 p.m. on Monday.", "about 3 p.m. on Monday", True),
    ("Rescuers pulled two skiers alive from deep snow on Monday.", "Monday", False),
])
def test_short_clause_joins_the_sole_event_of_its_day(sentence: str, expr: str, merged: bool) -> None:
    rows = [_SLIDE_A + (("Monday afternoon", "2026-02-09"),),
            ("b", "2026-02-10", "Kessner live: the day after", _SLIDE_B_BODY.format(sentence), (expr, "2026-02-09"))]
    ms, arts = _pair_mentions(rows)
    assert len(merge(ms, arts)) == (1 if merged else 2)


def test_short_clause_stays_apart_when_its_article_tells_another_event_that_day() -> None:
    a = art("a", "2026-02-10", _SLIDE_A[3], _SLIDE_A[2])
    b = art("b", "2026-02-10", _SLIDE_B_BODY.format(
        "Rescuers pulled two skiers alive from deep snow on Monday. The slide came down at about 3 p.m. on Monday."),
        "Kessner live: the day after")
    ms = [*mentions_of(a, ("Monday afternoon", "2026-02-09")),
          *mentions_of(b, ("Monday", "2026-02-09"), ("about 3 p.m. on Monday", "2026-02-09"))]
    assert len(ms) == 3
    assert len(merge(ms, [a, b])) == 3


def test_a_closer_mention_of_the_same_article_takes_the_place_greedy_order_gave_another() -> None:
    """The plan "Strand will meet Free Crossing leaders next Thursday" is first taken by the
    later report's "Strand said on Thursday that residents will pay half price" (the report's
    first mention of that day: names in common); the report's "Strand met Free Crossing leaders
    on Thursday morning" then cannot join (one article, two clauses of one day). The closer
    telling takes the place and the statement stands alone."""
    a = art("a", "2027-01-08", "Transport Minister Helena Strand will meet Free Crossing leaders next Thursday, "
            "her office said.", "Toll: minister to meet protesters")
    b = art("b", "2027-01-15", "Strand said on Thursday that residents of Harwick will pay half price, a demand of "
            "the Free Crossing leaders. Strand met Free Crossing leaders on Thursday morning at the ministry.", "Harwick residents get toll discount")
    ms = mentions_of(a, ("next Thursday", "2027-01-14")) + mentions_of(
        b, ("on Thursday", "2027-01-14"), ("Thursday morning", "2027-01-14"))
    got = sorted(sorted((m.article, m.expr) for m in e.mentions) for e in merge(ms, [a, b]))
    assert got == [[("a", "next Thursday"), ("b", "Thursday morning")], [("b", "on Thursday")]]


def test_a_coarse_mention_fitting_two_events_goes_to_the_one_more_outlets_tell() -> None:
    """"that walkout cost businesses" last week fits the strike's start (told by two outlets)
    and its planned end (told by one) equally: the start, told by more, takes it; with equal
    tellings neither does (and it is no event of its own: merge._folded)."""
    a = art("a", "2026-03-09", "Crews at Tarrow Line Ferries will stage a 48-hour strike from Thursday, the union said.",
            "Tarrow ferry crews to strike")
    b = art("b", "2026-03-12", "The 48-hour strike by Tarrow Line Ferries crews began this morning. "
            "The strike is due to end on Saturday at dawn.", "Live: Tarrow ferry strike")
    c = art("c", "2026-03-20", "Shops on the island say that strike cost them dearly last week. Tarrow Line Ferries "
            "and the crews' union meet again on Monday.", "Analysis: who pays for the ferry strike")
    ms = (mentions_of(a, ("Thursday", "2026-03-12")) + mentions_of(b, ("this morning", "2026-03-12"), ("Saturday", "2026-03-14"))
          + mentions_of(c, ("last week", "2026-W11")))
    events = {e.date.value: sorted(m.article for m in e.mentions) for e in merge(ms, [a, b, c])}
    assert events == {"2026-03-12": ["a", "b", "c"], "2026-03-14": ["b"]}
    # Without the first outlet both finer events are told once: the rules join the coarse mention
    # to neither, and, another article of the story dating that week's events to the day, take it
    # off; the learned join (timeline/join_model.py) then reads "that strike cost them dearly" as
    # the strike, not its planned end.
    saved = join_model._weights()
    join_model.use((0.0, {}))
    try:
        dropped: list = []
        events = {e.date.value: sorted(m.article for m in e.mentions) for e in merge(ms[1:], [b, c], dropped=dropped)}
    finally:
        join_model.use(saved)
    assert events == {"2026-03-12": ["b"], "2026-03-14": ["b"]}
    assert [(d.article, d.expression.text) for d in dropped] == [("c", "last week")]
    # (twenty-fourth session) The learned join gives the strike's start p 0.92 and its planned end
    # 0.85: both reach its threshold, so, as for two cranes that collapsed in one month
    # (test_merge_coarse.py), it takes neither and the mention stays among the dropped.
    dropped = []
    events = {e.date.value: sorted(m.article for m in e.mentions) for e in merge(ms[1:], [b, c], dropped=dropped)}
    assert events == {"2026-03-12": ["b"], "2026-03-14": ["b"]}
    assert [(d.article, d.expression.text) for d in dropped] == [("c", "last week")]


def test_a_pending_referent_takes_the_date_told_beside_its_word() -> None:
    """Of the referent sentence's two dates, the robbery's is the one beside its word: "two days
    after the robbery" counts from the raid of 22 November, not from the verdict's Friday."""
    a = art("verdict", "2025-09-26", "A jury on Friday found Karl Moss guilty of armed robbery over the raid on 22 November "
            "2024 at the Ostmark bank in Veldt.", "Moss convicted over Ostmark raid")
    b = art("sketch", "2025-09-19", "Jurors heard that Karl Moss's getaway car was found burned out two days after the robbery "
            "near Veldt. The Ostmark bank manager gave evidence.", "Day nine at the Ostmark trial")
    ms_a = mentions_of(a, ("Friday", "2025-09-26"), ("22 November 2024", "2024-11-22"))
    ms_b = mentions_of(b, ("two days after", "P2D", {"type": "DURATION", "relation": "after", "offset": "P2D"}))
    assert ms_b[0].pending
    dates = sorted(e.date.value for e in merge(ms_a + ms_b, [a, b]))
    assert dates == ["2024-11-22", "2024-11-24", "2025-09-26"]
    # with only a month beside the word, the offset cannot be counted: the mention is left out,
    # not dated from the Friday
    a2 = art("verdict", "2025-09-26", "A jury on Friday found Karl Moss guilty of armed robbery over the November 2024 "
             "raid at the Ostmark bank in Veldt.", "Moss convicted over Ostmark raid")
    ms_a2 = mentions_of(a2, ("Friday", "2025-09-26"), ("November 2024", "2024-11"))
    dates = sorted(e.date.value for e in merge(ms_a2 + ms_b, [a2, b]))
    assert dates == ["2024-11", "2025-09-26"]


def test_two_headlines_sharing_words_but_naming_two_places_are_two_stories() -> None:
    """"Fishermen launch court challenge to Skerra Bank wind farm" and "Motorists launch court
    challenge to Corran Link tolls" share two headline words, but each names a place the other's
    text never names: a hearing expected "in the spring" in one is not the other's hearing."""
    a = art("wind", "2026-01-09", "ARNHOLM, Jan 9 (Westwire) - The Arnholm fishermen's federation asked the High Court to "
            "quash the Skerra Bank approval given to Tidewell Energy. Its chair, Rasmus Holt, spoke in Kessel. A court "
            "hearing is expected in the spring.",
            "Fishermen launch court challenge to Skerra Bank wind farm")
    b = art("toll", "2026-02-05", "CORRAN, Feb 5 (Westwire) - Two motorists' groups asked the High Court to quash the "
            "Corran Link concession won by Halvard Roads. Tomas Gribbe of the Drivers Alliance spoke in Orsk. The court "
            "has set aside the week of March 9 for a hearing.",
            "Motorists launch court challenge to Corran Link tolls")
    ms = mentions_of(a, ("the spring", "2026-SP")) + mentions_of(b, ("the week of March 9", "2026-W11"))
    assert sorted(sorted(m.article for m in e.mentions) for e in merge(ms, [a, b])) == [["toll"], ["wind"]]


# A plan of one day that something starts, stops or returns, told by one article of a story, and
# a later article of that story (half their names shared) reporting that day's happening in other
# words: the plan came true. A plan to hold or do something else, or a day with two happenings in
# the report's article, stays apart.
_PLAN_A = ("a", "2026-11-02", "Velsund Philharmonic strike ends",
           "The Velsund Philharmonic, the players' union Orkest and Mayor Inga Lund signed a deal. {}")
_PLAN_B = ("b", "2026-11-08", "Velsund Philharmonic back at the Konserthus",
           "Mayor Inga Lund thanked Orkest and the Velsund Philharmonic at the Konserthus. "
           "The players returned to the stage on Saturday. {}")


@pytest.mark.parametrize("plan,extra,merged", [
    ("Concerts will resume on Saturday, the union said.", "", True),
    # a plan to do something else that day is not what the day brought
    ("Ticket holders will receive refunds on Saturday, the union said.", "", False),
    # the report's article tells a second happening of that day
    ("Concerts will resume on Saturday, the union said.", "Protesters gathered outside the hall on Saturday.", False),
])
def test_a_plan_to_resume_is_told_done_in_other_words(plan: str, extra: str, merged: bool) -> None:
    a = art("a", _PLAN_A[1], _PLAN_A[3].format(plan), _PLAN_A[2])
    b = art("b", _PLAN_B[1], _PLAN_B[3].format(extra), _PLAN_B[2])
    ms = mentions_of(a, ("on Saturday", "2026-11-07")) + mentions_of(
        b, *([("on Saturday", "2026-11-07")] + ([("Saturday.", "2026-11-07")] if extra else [])))
    assert [m.status for m in ms[:2]] == ["planned", "past"]
    events = merge(ms, [a, b])
    together = [sorted({m.article for m in e.mentions}) for e in events]
    assert (["a", "b"] in together) is merged


@pytest.mark.parametrize("body_extra,merged", [
    ("", True),
    # the text tells two happenings of that day: the entry could restate either
    (" Rescuers searched the strait on 10 May.", False),
])
def test_a_chronology_entry_restates_its_articles_event_of_that_day(body_extra: str, merged: bool) -> None:
    """An article's "Key dates" entry tells again the event its text dates to that day, in other
    words ("collide in fog" / "the May 10 collision" share one word: not enough within one article
    without the chronology)."""
    a = art("a", "2026-06-23", "The interim report on the May 10 collision blamed the watch officer." + body_extra
            + "\n\nKey dates:\nMay 10 - Marivel Star and Oksa Bay collide in fog\nJune 2 - Ferry service resumes\n",
            "Tessel collision: interim report")
    at = [a.body.index("May 10"), a.body.rindex("May 10")]
    built = [TimeExpression(start=i, end=i + 6, text="May 10", type="DATE", value="2026-05-10") for i in at]
    if body_extra:
        i = a.body.index("10 May")
        built.insert(1, TimeExpression(start=i, end=i + 6, text="10 May", type="DATE", value="2026-05-10"))
    ms, _ = extract(a, tuple(built))
    assert len(ms) == len(built)
    events = merge(ms, [a])
    assert (len(events) == len(ms) - 1) is merged


def test_a_shared_place_name_and_day_alone_do_not_merge() -> None:
    """ "Port Elda" in both clauses (a name of two words counts once) and the same day: a marathon
    is not the ferry's return."""
    a = art("ferry", "2026-03-10", "Ferry services between Port Elda and Skarra Island resumed on March 9, six days "
            "after the MV Ingrid hit the pier.", "Ferry back at Port Elda")
    b = art("run", "2026-03-10", "More than 3,000 runners took part in the Port Elda marathon on March 9, a record "
            "for the race.", "Record field at Port Elda marathon")
    ms = mentions_of(a, ("March 9", "2026-03-09")) + mentions_of(b, ("March 9", "2026-03-09"))
    assert len(merge(ms, [a, b])) == 2


# Two events of one day that one story tells apart in other words (merge._one_day): joined when no
# article tells both, the articles tell one story by their words, a clause of one and the other's
# sentence share two act words, neither is dated only from another event, and each is the other's
# only such partner. (Tested on the clusters themselves: the greedy merge joins most such pairs
# first, by their words, when their candidates meet.)
_LAKE_A = ("a", "2026-08-11", "Highest alert for glacier lake",
           "The Water Directorate issued a red alert for the glacier lake above Brenna on Monday, as meltwater rose "
           "behind the moraine dam. Hydrologist Ida Lunde said the lake could burst.")
_LAKE_B = ("b", "2026-08-12", "Live: a valley waits",
           "Meltwater keeps rising behind the moraine above the village, and the glacier lake could burst, farmers "
           "fear. {}")


def _one_day_of(*rows: tuple) -> tuple[list, set[int]]:
    """The articles' mentions as one cluster each (in order), and merge._one_day's answer."""
    import timeline.merge as merge_module

    arts, ms = [], []
    for (aid, published, title, body), exprs in rows:
        a = art(aid, published, body, title)
        arts.append(a)
        ms += mentions_of(a, *exprs)
    by_id = {a.id: a for a in arts}
    featurer = merge_module._Featurer(by_id)
    clusters = [merge_module._Cluster(k, featurer(m, by_id[m.article].published)) for k, m in enumerate(ms)]
    docs = merge_module.StoryDocs(by_id)
    for c in clusters:
        c.members[0].docs = docs
    return clusters, merge_module._one_day(clusters, docs)


def _lake_b(sentence: str) -> tuple:
    return (*_LAKE_B[:3], _LAKE_B[3].format(sentence))


@pytest.mark.parametrize("b_sentence", [
    "A red alert for the lake was issued on Monday.",
    # one act word in common, not an office's or an institution's ("alert")
    "The alert left farmers angry on Monday.",
])
def test_one_day_joins_one_storys_two_tellings_of_a_day(b_sentence: str) -> None:
    clusters, joined = _one_day_of((_LAKE_A, [("on Monday", "2026-08-10")]),
                                   (_lake_b(b_sentence), [("on Monday", "2026-08-10")]))
    assert joined == {1} and clusters[0] is clusters[1]
    assert [f.article for f in clusters[0].members] == ["a", "b"]


@pytest.mark.parametrize("b_sentence,b_date,extra", [
    # another day
    ("A red alert for the lake was issued on August 3.", "2026-08-03", None),
    # no act word in common
    ("Farmers drove their cattle to the upper pastures on Monday.", "2026-08-10", None),
    # a third event of the day, told alike by another article of the story: which two are one is not known
    ("A red alert for the lake was issued on Monday.", "2026-08-10",
     ("c", "2026-08-12", "Valley schools stay shut", "Meltwater behind the moraine: the glacier lake could burst. "
      "The red alert for the lake was issued on Monday, officials said.")),
])
def test_one_day_keeps_apart(b_sentence: str, b_date: str, extra: tuple | None) -> None:
    expr = "on August 3" if "August 3" in b_sentence else "on Monday"
    rows = [(_LAKE_A, [("on Monday", "2026-08-10")]), (_lake_b(b_sentence), [(expr, b_date)])]
    if extra:
        rows.append((extra, [("on Monday", "2026-08-10")]))
    clusters, joined = _one_day_of(*rows)
    assert joined == set() and len({id(c) for c in clusters}) == len(clusters)


def test_one_day_keeps_apart_an_article_telling_both() -> None:
    b = _lake_b("A red alert for the lake was issued on Monday. Farmers moved their cattle uphill on Monday.")
    clusters, joined = _one_day_of((b, [("on Monday", "2026-08-10"), ("on Monday.", "2026-08-10")]))
    assert joined == set()


def test_one_day_keeps_apart_two_stories_and_a_date_counted_from_another_event() -> None:
    import timeline.merge as merge_module

    rows = [(_LAKE_A, [("on Monday", "2026-08-10")]),
            (_lake_b("A red alert for the lake was issued on Monday."), [("on Monday", "2026-08-10")])]
    clusters, _ = _one_day_of(*rows)
    # two story keys: two stories, though their words agree
    a = art(*[_LAKE_A[i] for i in (0, 1, 3, 2)])
    b = art(*[_lake_b("A red alert for the lake was issued on Monday.")[i] for i in (0, 1, 3, 2)])
    by_id = {"a": dataclasses.replace(a, story="lake"), "b": dataclasses.replace(b, story="drought")}
    assert merge_module._one_day(list(clusters), merge_module.StoryDocs(by_id)) == set()
    # "the previous day" dates a relation between two happenings: not joined by its day alone
    f = clusters[1].members[0]
    rel = dataclasses.replace(f.m.expression, relation="after", offset="P1D")
    f.m = dataclasses.replace(f.m, expression=rel)
    docs = merge_module.StoryDocs({"a": a, "b": b})
    assert merge_module._one_day(list(clusters), docs) == set()


def test_merge_with_given_vectors_uses_them() -> None:
    from timeline.story import vector

    a = art(_LAKE_A[0], _LAKE_A[1], _LAKE_A[3], _LAKE_A[2])
    b = art(_LAKE_B[0], _LAKE_B[1], _LAKE_B[3].format("A red alert for the lake was issued on Monday."), _LAKE_B[2])
    ms = mentions_of(a, ("on Monday", "2026-08-10")) + mentions_of(b, ("on Monday", "2026-08-10"))
    given = {x.id: vector(x.title or "", x.body) for x in (a, b)}
    assert merge(ms, [a, b], vectors=given) == merge(ms, [a, b])


def test_one_period_joins_a_months_plan_and_its_report() -> None:
    """The same month, told as a plan by one article and as done by a later one of the story, in
    words that agree: one event (merge._one_day over ``ONE_PERIOD``)."""
    a = ("a", "2026-01-20", "Hernholm castle roof: the scaffold is up",
         "Scaffolding now surrounds the great hall of Hernholm castle. Roofers from Lindqvist will begin lifting "
         "the old slates next month, the castle's friends said.")
    b = ("b", "2026-03-05", "Hernholm castle roof: slates come off",
         "At Hernholm castle the great hall is open to the sky again. Roofers began lifting the old slates last month.")
    clusters, joined = _one_day_of((a, [("next month", "2026-02")]), (b, [("last month", "2026-02")]))
    assert joined == {1} and clusters[0] is clusters[1]
    assert [f.m.date.value for f in clusters[0].members] == ["2026-02", "2026-02"]


def test_one_period_joins_a_storys_background_year() -> None:
    """One year of a story's background, told by two of its articles in words that agree ("Bluefinch
    was founded in 1961" / "Finch founded the company in 1961"): one event; another happening of
    that year with other words stays apart (merge._one_day over ``ONE_PERIOD``)."""
    a = ("a", "2025-10-13", "Bluefinch Buses collapses into administration",
         "Bluefinch Buses, the Hollow End bus company, collapsed on Saturday. Bluefinch Buses was founded in 1961 "
         "by Harold Finch with a single coach.")
    b = ("b", "2025-10-27", "Harold Finch, founder of Bluefinch Buses, dies at 88",
         "Harold Finch, who built Bluefinch Buses from a single coach, has died. Finch founded the Bluefinch company "
         "in 1961 in Hollow End.")
    clusters, joined = _one_day_of((a, [("in 1961", "1961")]), (b, [("in 1961", "1961")]))
    assert joined == {1} and clusters[0] is clusters[1]
    c = ("c", "2025-10-27", "Harold Finch, founder of Bluefinch Buses, dies at 88",
         "Harold Finch, who built Bluefinch Buses from a single coach, has died. Hollow End flooded badly in 1961.")
    clusters, joined = _one_day_of((a, [("in 1961", "1961")]), (c, [("in 1961", "1961")]))
    assert joined == set() and clusters[0] is not clusters[1]


def test_a_range_of_days_and_one_day_of_it_stay_two_events() -> None:
    """"Talks ran from April 14 to 16" and "the talks opened with a closed session on April 14": the
    range is the talks, the day their opening; neither is the other's telling (a weekend, by
    contrast, is a coarse telling of its Saturday's event)."""
    a = art("a", "2025-04-20", "Drossland and Ishkar held three days of talks in Solane, from April 14 to 16.",
            "Drossland-Ishkar talks in Solane")
    b = art("b", "2025-04-15", "The Drossland-Ishkar talks in Solane opened with a closed session on April 14.",
            "Drossland-Ishkar talks open in Solane")
    ms = mentions_of(a, ("April 14 to 16", "2025-04-14/2025-04-16")) + mentions_of(b, ("April 14", "2025-04-14"))
    assert sorted(e.date.value for e in merge(ms, [a, b])) == ["2025-04-14", "2025-04-14/2025-04-16"]
    c = art("c", "2025-10-21", "Hundreds of climbers went missing on the Grauhorn at the weekend, rescuers in Kessler said.",
            "Grauhorn climbers missing")
    d = art("d", "2025-10-19", "Hundreds of climbers went missing on the Grauhorn on Saturday, rescuers in Kessler said.",
            "Grauhorn climbers missing")
    ms = mentions_of(c, ("the weekend", "2025-10-18/2025-10-19")) + mentions_of(d, ("Saturday", "2025-10-18"))
    assert [e.date.value for e in merge(ms, [c, d])] == ["2025-10-18"]


@pytest.mark.parametrize("context_min,merged", [(None, True), (1000.0, False)])
def test_a_plan_and_its_report_share_their_matter_in_the_sentences_before(monkeypatch, context_min, merged) -> None:
    """Fifteenth session: the plan's sentence ("A first hearing is set for March 9") and the
    report's ("Judge Hanne Voss on Monday ruled ...") share no rare word, but the sentences before
    them tell the same matter in lower-case words ("class action", "leak", "billing records"):
    the one plan and the one report of that day in the story are one happening (merge._plan_then_done,
    ``PLAN_CONTEXT_MIN``). Names alone (the company's, in both) would not do: see the refunds case above."""
    import timeline.merge as merge_mod

    if context_min is not None:
        monkeypatch.setattr(merge_mod, "PLAN_CONTEXT_MIN", context_min)
    a = art("a", "2026-02-20", "Customers of Pellmark Telecom filed a class action at the Dunmore District Court over "
            "the leak of their billing records. A first hearing is set for March 9, their lawyers said.",
            "Customers sue Pellmark Telecom over leak")
    b = art("b", "2026-03-10", "Pellmark Telecom lost its bid to stop the class action over the billing records leak. "
            "Judge Hanne Voss on Monday ruled that the customers' claim can go to trial.",
            "Pellmark class action may proceed")
    ms = mentions_of(a, ("March 9", "2026-03-09")) + mentions_of(b, ("on Monday", "2026-03-09"))
    assert [m.status for m in ms] == ["planned", "past"]
    together = [sorted({m.article for m in e.mentions}) for e in merge(ms, [a, b])]
    assert (["a", "b"] in together) is merged
