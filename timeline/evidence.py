"""Evidence: a dropped expression that dates an event of its story joins it as a source.

The events stage drops a date that does not anchor a happening of its own in its clause: a
deadline ("offers must be in by March 6"), a term's end ("until August 14"), a background state
("the February 13 recall was the company's second in four years"), a statistics period. Such a
date often names, in other words, a happening another sentence dates to the same day: "Three
offers were received by the March 6 deadline" and "I want binding offers by March 6" tell one
deadline; "They also show that the February 13 recall was the company's second" tells the
recall. (Not "since": "has grown by a third since Sunday" is a state's measure, and the eval
sets' traps.) Issue 4 wants every source of an event with it ("coarser mentions stay
as evidence"), so after the merge such a date joins the one event of its story with the same date
value (a day, or a month) whose sentences share words of its matter with its sentence; it never
makes an event, nor changes one's date, status, title or id. A deadline of a month that is no
forecast ("must register by the end of the month") may also join an event of a day in the part of
that month it names (seventeenth session: over the 61 sets +6 merged, no trap, no wrong merge).
Measured in docs/events.md section 7.

This stage reads the merged events, the dropped expressions and the articles' story vectors,
and returns the events (with the evidence added) and the dropped expressions left: data flows one
way (merge -> evidence -> order).
"""

from __future__ import annotations

import re
from math import fsum
from typing import Mapping, Sequence

from . import story as story_stage
from . import timex
from .events import clause_bounds, make_title
from .merge import StoryDocs, rare_words  # the merge stage's story test and word weights (one definition)
from .model import Article, DateValue, Dropped, Event, Mention

#: The reasons for dropping a date that still dates a happening told elsewhere (a deadline, a
#: term's end, a period, a background, a statistics or reporting period). Not: deixis in a
#: quotation or a photo caption (the date itself is unsure), a negated or a cancelled happening, a
#: possibility, a market price.
EVIDENCE_REASONS = (
    "'by': a deadline",
    "'until': the end of a term",
    "'from ... to ...': a period",
    "a background state",
    "a reporting period",
    "a statistics or survey period",
    "a statistics period",
)

#: (eighteenth session) A year naming a thing ("the 1838 weir", "its 2017 conviction") may join the
#: event of that year its story tells ("The weir was built in 1838"): the only reason a year joins by.
YEAR_THING_REASON = "a year naming a thing"
#: The things a year names that stand apart from the happening of that year: a law, a date, a target
#: ("the 1968 Water Act", "the 2029 date"): traps, not tellings of the act of passing it.
_STANDING_THING = re.compile(
    r"\s*(?:[A-Za-z-]+\s+)?(?:act|acts|law|laws|statutes?|ordinances?|decrees?|bills?|charters?|treaty|accord|agreement|convention|constitution|code|directive|rules?|"
    r"regulations?|date|deadline|target|goal|plan|strategy|budget|timetable|schedule|forecast|projection|estimate)\b", re.I)

#: A deadline's reason: a deadline of a month may join an event of a day of that month.
DEADLINE_REASON = EVIDENCE_REASONS[0]

#: The granularities of the dates that may join (a year or a season names too many happenings).
EVIDENCE_GRANULARITIES = frozenset({"day", "time", "month"})

#: The weight of the lower-case words (no names: a story's names are in all its sentences) the
#: date's sentence must share with the event's sentences, more than with any other candidate's
#: (``merge.rare_words``: "offers" ~2, "closure" ~2.5, "said" 0).
EVIDENCE_MIN = 2.0


#: A forecast or a hope in a deadline's sentence ("could be measles-free by late April", "expects
#: case numbers to peak by the end of the month"): a state foreseen, no happening to join.
_FORECAST = re.compile(r"\b(?:could|may|might|expects?|expected|forecasts?|predicts?|predicted|likely|hopes?|hoped)\b", re.IGNORECASE)


def _month_deadline(d: Dropped, date: DateValue) -> bool:
    """A deadline of a month ("must be paid by the end of February") that is no forecast: it may
    join an event of a day of that month (the payment made on February 27)."""
    x = d.expression
    return (date.granularity == "month" and x is not None and d.reason.startswith(DEADLINE_REASON)
            and not _FORECAST.search(d.sentence, 0, max(0, x.start - d.sentence_start)))


#: The days of a month a modifier names ("the end of", "late": END; "mid-": MID; "early": START).
_MOD_DAYS = {"END": (15, 31), "MID": (8, 23), "START": (1, 15)}


def _within_mod(day: int, mod: "str | None") -> bool:
    """Whether ``day`` lies in the part of its month a deadline's modifier names (any day without one)."""
    lo, hi = _MOD_DAYS.get(mod or "", (1, 31))
    return lo <= day <= hi


def _lower_weights(text: str) -> tuple[dict[str, float], set[str]]:
    lower: set[str] = set()
    weights = rare_words(text, lower)
    return weights, lower


def attach(events: Sequence[Event], dropped: Sequence[Dropped], articles: Sequence[Article],
           vectors: "Mapping[str, story_stage.Vector] | None" = None) -> tuple[tuple[Event, ...], tuple[Dropped, ...]]:
    """Return ``events`` with each dropped date that tells one of them added as a mention, and
    the dropped expressions left.

    A dropped expression joins when its reason is one of ``EVIDENCE_REASONS``, its date is of
    ``EVIDENCE_GRANULARITIES``, and exactly one event has its date value, a mention of an article
    of its story (``merge.StoryDocs.one_story``: story keys, else their words within
    ``story.STORY_DAYS``), no mention in its sentence, and sentences sharing with its sentence
    lower-case words weighing ``EVIDENCE_MIN`` at least, more than any other such event's. A
    month's deadline that is no forecast (:func:`_month_deadline`) may also join an event of a day
    in the part of that month its modifier names (:func:`_within_mod`).
    """
    arts = {a.id: a for a in articles}
    eligible: list[tuple[int, Dropped, DateValue]] = []
    for k, d in enumerate(dropped):
        x = d.expression
        if (x is not None and d.sentence_start >= 0 and d.sentence and (
                x.granularity in EVIDENCE_GRANULARITIES and d.reason.startswith(EVIDENCE_REASONS)
                or x.granularity == "year" and d.reason.startswith(YEAR_THING_REASON)
                and not _STANDING_THING.match(d.sentence, x.end - d.sentence_start))
                and d.article in arts and timex.is_calendar(x.value)):
            eligible.append((k, d, timex.date_value(x.value, x.mod)))
    if not eligible:
        return tuple(events), tuple(dropped)
    # The events of the values asked for, indexed by the lower-case words of their sentences (the
    # first six mentions'): a dropped date is compared only with events sharing a word with it, so
    # a folder of many stories, with many events of one day or month, costs time in proportion.
    needed = {date.value for _, _, date in eligible}
    # (a day's event is a candidate for a deadline of its month too: "must be paid by the end of
    # February" tells the payment made on February 27; no other reason: "in April" of a statistic)
    months: dict[str, set[str | None]] = {}  # a month's deadlines' modifiers
    for _, d, date in eligible:
        if _month_deadline(d, date):
            months.setdefault(date.value, set()).add(d.expression.mod if d.expression is not None else None)
    lower_memo: dict[str, set[str]] = {}  # (a sentence's lower-case words, once: events share sentences)
    event_lower: dict[int, set[str]] = {}
    index: dict[str, dict[str, list[int]]] = {}
    for i, e in enumerate(events):
        if not e.mentions:
            continue
        keys = [e.date.value] if e.date.value in needed else []
        mods = months.get(e.date.value[:7]) if e.date.granularity in ("day", "time") else None
        if mods and any(_within_mod(e.date.start.day, mod) for mod in mods):
            # (only when a deadline of the month names the part of it that holds the day: not "by
            # the end of the month" for May 5)
            keys.append(e.date.value[:7])
        if keys:
            words: set[str] = set()
            for m in e.mentions[:6]:
                text = m.sentence.replace(m.expr, " ")
                got = lower_memo.get(text)
                if got is None:
                    got = lower_memo[text] = _lower_weights(text)[1]
                words |= got
            event_lower[i] = words
            for key in keys:
                by_word = index.setdefault(key, {})
                for w in words:
                    by_word.setdefault(w, []).append(i)
    docs = StoryDocs(arts, vectors, None, None, None)
    added: dict[int, list[Mention]] = {}
    taken: set[int] = set()
    for k, d, date in eligible:
        x = d.expression
        by_word = index.get(date.value)
        if not by_word:
            continue
        weights, mine = _lower_weights(d.sentence.replace(x.text, " "))
        cands = sorted({i for w in mine if w in by_word for i in by_word[w]})
        if date.granularity == "month" and cands:
            # (the month's index holds its days' events for its deadlines: this one takes those in
            # the part of the month it names; another reason only the month's own events)
            deadline = _month_deadline(d, date)
            cands = [i for i in cands if events[i].date.value == date.value
                     or deadline and _within_mod(events[i].date.start.day, x.mod)]
        sent_end = d.sentence_start + len(d.sentence)
        scored: list[tuple[float, int]] = []
        for i in cands:
            score = fsum(weights[w] for w in mine & event_lower[i])  # (exactly rounded: the set's order cannot change it)
            if score < EVIDENCE_MIN:
                continue
            e = events[i]
            if any(m.article == d.article and (m.sentence_start <= x.start < m.sentence_start + len(m.sentence) + 1
                                               or d.sentence_start <= m.start < sent_end) for m in e.mentions):
                continue  # its own sentence tells the event already
            scored.append((score, i))
        scored.sort(key=lambda t: (-t[0], t[1]))
        # The best event of its story, unless another of its story weighs as much: the story test
        # (the costly one) asked in order of weight, only as far as the best's weight
        best: "tuple[float, int] | None" = None
        tie = False
        for score, i in scored:
            if best is not None and score < best[0]:
                break
            if not any(docs.one_story(d.article, m.article) for m in events[i].mentions):
                continue
            if best is not None:
                tie = True
                break
            best = (score, i)
        if best is None or tie:
            continue
        published = arts[d.article].published
        rs, re_ = x.start - d.sentence_start, x.end - d.sentence_start
        if not (0 <= rs < re_ <= len(d.sentence)):
            continue
        added.setdefault(best[1], []).append(Mention(
            article=d.article,
            sentence=" ".join(d.sentence.split()),
            sentence_start=d.sentence_start,
            expr=x.text,
            start=x.start,
            end=x.end,
            date=date,
            status="planned" if published is not None and date.start > published else "past",
            title=make_title(d.sentence, clause_bounds(d.sentence, rs, re_), (rs, re_)),
            rule="evidence",
            anchor=x.anchor,
            reason=f"a source of this event, not an event of its own ({d.reason})",
            expression=x,
        ))
        taken.add(k)
    if not added:
        return tuple(events), tuple(dropped)
    out = list(events)
    for i, extra in added.items():
        e = out[i]
        # the event's date, status, title and id stay: evidence tells it, it does not decide it
        out[i] = Event(id=e.id, date=e.date, status=e.status, title=e.title, tags=e.tags,
                       description=e.description, url=e.url,
                       mentions=tuple(sorted(e.mentions + tuple(extra), key=lambda m: (m.article, m.start, m.end))))
    return tuple(out), tuple(d for k, d in enumerate(dropped) if k not in taken)
