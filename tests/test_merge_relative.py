"""Merge (sixteenth session): an article dating one happening twice, once by its own day and once
counted back from another day ("Soldiers arrived on Tuesday, a day after the earthen dam burst" /
"The dam failed on Monday"), tells one event; two happenings of one day in one article that share
no word of their clauses stay apart."""

from __future__ import annotations

from test_merge_fold import _timeline

DAM = ("army", "2026-05-13", "Soldiers help clear the Tarrow valley",
       "MELLBECK, May 13 (Northern Wire) - Soldiers arrived in the Tarrow valley on Tuesday to help clear mud, "
       "a day after the earthen dam above the town burst.\n\n"
       "The dam failed on Monday after two days of torrential rain. Engineers had warned of seepage in March.")


def _days(tl) -> dict[str, list[str]]:
    return {e.date.value: sorted(m.expr for m in e.mentions) for e in tl.events}


def test_a_day_counted_back_to_the_articles_own_telling_of_it_is_one_event() -> None:
    tl = _timeline(DAM)
    days = _days(tl)
    assert days["2026-05-11"] == ["Monday", "a day after"]
    assert days["2026-05-12"] == ["Tuesday"]


def test_two_happenings_of_the_day_with_no_shared_word_stay_apart() -> None:
    other = ("army", "2026-05-13", "Soldiers help clear the Tarrow valley",
             "MELLBECK, May 13 (Northern Wire) - Soldiers arrived in the Tarrow valley on Tuesday to help clear mud, "
             "a day after the earthen dam above the town burst.\n\n"
             "Separately, the regional parliament elected a new speaker on Monday.")
    days = [sorted(m.expr for m in e.mentions) for e in _timeline(other).events if e.date.value == "2026-05-11"]
    assert sorted(days) == [["Monday"], ["a day after"]]
