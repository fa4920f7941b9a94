"""Stage 2: find temporal expressions in text and normalise them against the publication date.

The tagger is rule-based and organised like chrono: an ordered table of parsers (each a
compiled pattern and a function from the match to *components*) and an ordered table of
refiners (filters, mergers), then one resolution pass in text order that turns the
components into TIMEX3 values against the document creation time (DCT) and the
reference time (the last date the text mentioned). The English tables are in ``en.py``.

    >>> import datetime as dt
    >>> [(e.text, e.value) for e in tag("Talks resumed on Monday.", dt.date(2026, 1, 13))]
    [('Monday', '2026-01-12')]
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import sys
from functools import lru_cache
from itertools import chain

from ..model import TimeExpression
from ..timex import days_in_month, is_calendar
from . import en, rules
from .resolve import (
    SEASON_MONTH,
    add_months,
    UNKNOWN,
    Cand,
    easter,
    fmt,
    infer_year,
    nth_weekday,
    shift,
    valid_day,
    weekday_date,
)
from .en import item_break
from .rules import Parser, Refiner, compile_regex, save_regex_cache

__all__ = ["PARSERS", "REFINERS", "tag"]



def _debug(msg: str, *args: object) -> None:
    """Log at DEBUG level without importing ``logging`` (~4 ms of start-up) in a process that
    never did: there, no handler is configured and a debug record would go nowhere anyway."""
    logging = sys.modules.get("logging")
    if logging is not None:
        logging.getLogger(__name__).debug(msg, *args)


PARSERS: tuple[Parser, ...] = en.PARSERS

#: How far (characters) a stated year keeps the text in narrative mode.
NARRATIVE_REACH = 10**9

#: A sentence end: ``[.!?][\"'”’)]*\s+(?=[A-Z\"“‘(])|\n``, written to start with one character class
#: (the regex engine then skips ahead to the next candidate character instead of trying every position).
_SENT_END = compile_regex(r"[.!?\n](?:(?<=\n)|[\"'”’)]*\s+(?=[A-Z\"“‘(]))")
_PLAIN_FUTURE = compile_regex(r"\b(?:will|shall|(?:is|are|am)\s+(?:due|expected|scheduled|set|going|planned|slated)\s+to)\b|'ll\b", re.I)
_WORD = compile_regex(r"[A-Za-z']+")
#: "until a further hearing in", "pending a new trial on": the awaited happening's date (see direction).
_UNTIL_AWAITED = compile_regex(
    r"\b(?:until|till|pending|awaiting)\s+(?:a|an|the|his|her|its|their)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:hearing|trial|retrial|appearance|sentencing|vote|ballot|meeting|review|decision|ruling|inquest|verdict|election)"
    r"\s+(?:in|on|at)\s*\Z", re.I)
#: Present-tense verbs of fixtures and meetings (see _Context.scheduled_present); the third-person
#: forms already in en.FUTURE_WORDS ("meets", "travels", "opens") are tense markers of their own.
_SCHEDULE_PRESENT = compile_regex(
    r"\b(?:meet|travel|plays?|face|host|visit|votes?|open|start|begin|resume|return|"
    r"arrive|heads?|leave|departs?|kick off|gets? under way|sits?|reconvenes?|convene|"
    # ("Schools in the eastern districts reopen on Monday", "Postal ballots go out on Monday", "The
    # school breaks up for the summer on Friday", "Headliners Copper Lane close the festival on Sunday")
    r"reopen|restart|close|go (?:out|ahead|live|on sale)|breaks? up|choose|elect|"
    # ("Parliament rises for its spring recess on Friday"; "March retail sales figures are published on
    # Wednesday": a present passive of a release)
    r"rises? for|(?:is|are) (?:published|released|issued|unveiled)|(?:is|are) (?:at home|away) to|"
    # ("Night closures on the bypass run from Tuesday to Friday": a schedule's run)
    r"runs? from|holds?|"
    # ("the first chance for them to sell comes in December": a date fixed ahead)
    r"comes|"
    # (twenty-second session) a showing's first night: "The film has its world premiere on Saturday",
    # "The opera premieres on Friday"
    r"premieres|debuts|has\s+(?:its|their|a|an)\s+(?:[a-z-]+\s+){0,2}(?:premiere|debut|opening night|first night|gala))\b(?![-'’])"
)
#: A fixture in the present tense coordinated after a past clause ("The Mariners lost on Sunday and
#: travel to Easton on Friday"): the plural present verb right after "and" looks ahead.
_FIXTURE_AND = compile_regex(
    r"\band\s+(?:travel|play|host|face|visit|meet|head|return)\s+(?:to\s+|at\s+|against\s+)?[^,;.]{0,50}?\bon\s+\Z")
_THAT_COMPLEMENT_MODALS = ("will", "would", "shall", "could", "might", "may")


def _complement_tense_end(after: list[str]) -> int:
    """The index after the modal of a that-complement of a possessive date's noun ("Monday's
    announcement that the tunnel will open 18 months late surprised few engineers": the tense of
    the complement is reported content; the clause's own verb comes after it), else 0."""
    if len(after) < 4 or "that" not in (after[1].lower(), after[2].lower()):
        return 0
    for i in range(2, len(after)):
        if after[i].lower() in _THAT_COMPLEMENT_MODALS:
            return i + 2  # (no tense marker after it: the complement's modal is read, as before)
    return 0


#: One of these is in every match of _PLAIN_FUTURE, lower-cased; the last three come from characters
#: that match "s" or "i" under re.I but do not lower-case to them (long s, dotless i, and the
#: combining dot of a lower-cased dotted capital I): a text with one is always searched.
_PLAIN_FUTURE_WORDS = ("will", "shall", "'ll", "due", "expected", "scheduled", "set", "going", "planned", "slated",
                       "\u017f", "\u0131", "\u0307")


# ---------------------------------------------------------------- context: sentences and tense


class _Context:
    """Per-text state: sentence bounds (lazily), the DCT and the reference time."""

    __slots__ = ("text", "dct", "_bounds", "ref_day", "ref_month", "ref_year", "ref_value", "explicit_year", "explicit_pos", "pos", "historical", "ref_pos", "ref_quarter", "ref_quarter_pos",
                 "named_month", "named_month_pos", "weekdays", "present_pos")

    def __init__(self, text: str, dct: dt.date | None) -> None:
        self.text = text
        self.dct = dct
        self._bounds: list[int] | None = None
        self.ref_day: dt.date | None = None
        self.ref_month: tuple[int, int] | None = None
        self.ref_year: int | None = None
        self.ref_value: str | None = None
        self.explicit_year: int | None = None
        self.explicit_pos = -(10**9)
        self.pos = 0
        self.historical = False
        self.ref_pos = -(10**9)
        self.ref_quarter: tuple[int, int] | None = None
        self.ref_quarter_pos = -(10**9)
        self.named_month: tuple[int, int] | None = None  # the last month the text named, and where
        self.named_month_pos = -(10**9)
        self.weekdays: dict[int, tuple[int, dt.date]] = {}  # weekday -> (where, its day): the last told
        self.present_pos = -(10**9)  # where a year counted from the DCT ("last year's") was last told

    def narrative_year(self) -> int | None:
        """The year the text is talking about, when it is not the DCT's (a history, a retrospective).

        Once the text has stated a year more than a year away from the DCT, dates written
        without a year ("on December 7", "in early April") take the reference year instead
        of the DCT's, as HeidelTime's narrative mode does.
        """
        if not self.historical or self.explicit_year is None or self.ref_year is None \
                or self.pos - self.explicit_pos > NARRATIVE_REACH:
            return None
        if self.dct is not None and abs(self.explicit_year - self.dct.year) <= 1:
            return None
        return self.ref_year

    def sentence_start(self, start: int, reach: int) -> int:
        """The start of the sentence holding ``start`` (looking at most ``reach`` characters back)."""
        lo = max(0, start - reach)
        s = lo
        for m in _SENT_END.finditer(self.text, lo, start):
            s = m.end()
        return s

    def sentence(self, start: int, end: int, reach: int = 400) -> tuple[int, int]:
        """Return the bounds of the sentence around a span (looking at most ``reach`` characters away)."""
        s = self.sentence_start(start, reach)
        m2 = _SENT_END.search(self.text, end, end + reach)
        e = m2.end() if m2 else min(len(self.text), end + reach)
        return s, e

    def direction(self, start: int, end: int) -> str | None:
        """Return 'past', 'future' or None from the verbs nearest to the expression.

        The nearest tense marker before the expression in its sentence wins (a reported
        future, "said the call would occur on Tuesday", is future); if there is none,
        the first one after it ("on Tuesday discussed").
        """
        s, e = self.sentence(start, end, 120)
        before = _WORD.findall(self.text, max(s, start - 120), start)
        if before:
            p = before[-1].lower()
            if p in ("until", "till", "by"):
                return "future"
            if p in ("in", "on", "at") and _UNTIL_AWAITED.search(self.text, max(s, start - 90), start):
                # (twenty-first session) "was remanded in custody until a further hearing in January":
                # the happening a state lasts until lies ahead of it
                return "future"
            if p == "since":
                return "past"
            ahead = _AHEAD_AFTER.get(p)
            if p == "of" and len(before) > 2 and before[-2].lower() == "date" and before[-3].lower() in _FIXED_DATE_OF:
                # (twentieth session) "set a trial date of 13 September": a date fixed, ahead
                return "future"
            if p == "of" and len(before) > 1 and before[-2].lower() in _ISSUED_OF:
                # (twentieth session) "follows the High Court judgment of 8 March": a paper issued, done
                return "past"
            if ahead is not None and len(before) > 1 and before[-2].lower() in ahead:
                # "is now fixed for the 22nd", "The only televised debate is on Tuesday", "has been
                # pushed back to March": a fixed, a scheduled or a moved happening's date, ahead
                return "future"
        at = _last_tense_at(before)
        tense = _word_tense(before, at) if at >= 0 else None
        if tense == "past" and (_decided_to(before, at) or _set_for(before, at)) and not _WEEKDAY_IN.search(self.text, start, end):
            # "Ministers decided to close the plant in September", "agreed to lift the freeze from
            # July 1", "set the trial for June 7": the date is the infinitive's act, or the date
            # fixed, after a past decision, request or fixing: the nearest such date, either side
            # (not a weekday: "asked residents to stay indoors on Sunday" tells last Sunday as
            # often as the next)
            return None
        return tense or _first_tense(_WORD.findall(self.text, end, min(e, end + 80)))

    def own_verb_past(self, start: int) -> bool:
        """True when the word before the expression's preposition ("in", "on") is a verb in the
        past tense with no auxiliary of the future or a plan before it ("were arrested in June",
        "the ship sank on June 5"; not "is expected to be finished in June")."""
        s0 = self.sentence_start(start, 80)
        words = _WORD.findall(self.text, s0, start)
        if len(words) < 2 or words[-1].lower() not in ("in", "on"):
            return False
        verb = len(words) - 2
        # (or its verb a few words before, its place between: "fell at his home in Lintmoor on
        # 6 January"; no comma between: a clause of its own)
        if _word_tense(words, verb) is None:
            for i in range(len(words) - 3, max(-1, len(words) - 9), -1):
                if _word_tense(words, i) is not None:
                    # (nineteenth session: or its object between, "who announced the pilot in January")
                    nxt = words[i + 1].lower()
                    at = self.text.rfind(words[i + 1], s0, start)
                    # (twentieth session: or an amount or an adverb, "was fined 400,000 crowns in
                    # November", "was fined heavily in November"; or "to" and its object, "was handed
                    # to the city council on February 12", not an infinitive's "to", "hoped to reopen")
                    between = (nxt in _OBJECT_DETS or nxt.endswith("ly") and len(nxt) > 4
                               or nxt == "to" and i + 2 < len(words) and words[i + 2].lower() in _OBJECT_DETS
                               or _AMOUNT_BEFORE.search(self.text, max(s0, at - 16), at) is not None)
                    if (nxt in _PLACE_PREPS or between and words[i].lower() not in _FORWARD_VERBS) \
                            and not _PUNCT_BETWEEN.search(self.text, at, start):
                        verb = i
                    break
        past = _word_tense(words, verb) == "past" or (
            verb >= 1 and words[verb - 1].lower() in ("was", "were", "been")
            and words[verb].lower().endswith("ed") and words[verb].lower() not in en.NOT_PAST_ED)
        if not past or any(_word_tense(words, i) == "future" for i in range(verb)):
            return False
        # (twentieth session) a future further back in its sentence, with no stop or comma between:
        # "will be consecrated at Ardmoor Minster in March and installed at Calvergate Cathedral on"
        s1 = self.sentence_start(start, 200)
        if s1 < s0:
            back = self.text[s1:s0]
            if "," not in back and ";" not in back:
                far = _WORD.findall(back)
                return not any(_word_tense(far, i) == "future" for i in range(len(far)))
        return True

    def own_verb_future(self, start: int) -> bool:
        """True when the expression's own verb is in the plain future, a few words before it in its
        clause ("The 2028 festival will run from June 8 to 17", "will be held on 3 May"): an earlier
        date cannot be meant."""
        s0 = self.sentence_start(start, 80)
        seg = self.text[s0:start]
        if "will" not in seg and "shall" not in seg:
            return False
        cut = max(seg.rfind(","), seg.rfind(";"), seg.rfind("("))
        return _OWN_FUTURE.search(seg, cut + 1) is not None

    def framing_year(self, start: int) -> int | None:
        """The year a sentence opens with ("In 2024, the bridge was closed on March 3", "In late
        2019 the council voted on June 4"): a day or month without a year in that sentence is of
        that year. None when the sentence does not open so."""
        if self.explicit_pos < 0 or self.explicit_pos >= start:
            return None
        s = self.sentence_start(start, 300)
        m = _FRAMING_YEAR.match(self.text, s, start)
        if m is None or m.end() != self.explicit_pos:
            return None
        return int(m[1])

    def year_word_before(self, start: int) -> int | None:
        """The shift from the publication year when "this year", "next year" or "last year" stands earlier in the
        sentence: a month or day without a year after it is of that year ("the second strike this
        year, after a one-day stoppage in February"; "will go ahead next year on its usual weekend,
        from July 16 to 18"); None when neither does."""
        s = self.sentence_start(start, 200)
        seg = self.text[s:start]
        if "year" not in seg:
            return None
        near = None
        for near in _YEAR_WORD.finditer(seg):
            pass
        if near is not None and near[1].lower() != "this" and len(seg) - near.end() <= 50 \
                and not _CLAUSE_WORD.search(seg, near.end()):
            return _YEAR_SHIFT[near[1].lower()]  # (next or last year only right before, in one clause)
        return 0 if "this year" in seg or "This year" in seg else None

    def direction_before(self, start: int) -> str | None:
        """The tense of the nearest tense marker before ``start`` in its sentence, or None."""
        s = self.sentence_start(start, 120)
        return _last_tense(_WORD.findall(self.text, max(s, start - 120), start))

    def possessive_direction(self, end: int) -> str | None:
        """The tense of the clause a possessive date heads ("said that Sunday's race will go
        ahead": the race lies ahead, whatever "said" says), from the first tense marker after
        its noun, in its sentence; None when the date is not possessive or no marker follows."""
        if self.text[end:end + 2] not in ("'s", "’s"):
            return None
        s, e = self.sentence(end, end, 120)
        if _MEMORY_AHEAD.match(self.text, end + 2, min(e, end + 60)):
            return "past"  # "Thursday's vote will be remembered as ...": a later memory of a happening told
        stop = min(e, end + 60)
        if (cut := _NEXT_CLAUSE.search(self.text, end + 2, stop)) is not None:
            stop = cut.start()  # "celebrated Sunday's Mass in the chapter house, and the church will stay closed"
        after = _WORD.findall(self.text, end + 2, stop)
        skip = _complement_tense_end(after)
        if skip:  # the clause's own verb after a that-complement: read on further
            after = _WORD.findall(self.text, end + 2, min(e, end + 140))
        for start in ((skip, 0) if skip else (0,)):
            if d := _first_tense(after, start):
                return d
        return None

    def scheduled_present(self, start: int) -> bool:
        """True when a verb of a schedule stands in the present tense just before the expression,
        in its sentence ("board members meet ministry officials on Tuesday", "Rovers travel to
        Dunmere on Wednesday"): with no tense marker around, news writes fixtures this way."""
        return _SCHEDULE_PRESENT.search(self.text, self.sentence_start(start, 60), start) is not None

    def plain_future(self, start: int) -> bool:
        """True when the sentence so far is in the plain future ("is due to be published in May")."""
        s = self.sentence_start(start, 400)
        seg = self.text[s:start].lower()
        if not any(w in seg for w in _PLAIN_FUTURE_WORDS):
            return False  # none of the words the pattern needs (nor a character it folds to them)
        return _PLAIN_FUTURE.search(self.text, s, start) is not None

    def note(self, value: str, gran: str | None) -> None:
        """Remember a resolved value as the reference time of what follows."""
        parts = _NOTED.get(value)
        if parts is None:
            parts = _value_parts(value)
            if len(_NOTED) < 65536:
                _NOTED[value] = parts
        if not parts:
            return
        self.ref_year, self.ref_month, self.ref_day = parts
        self.ref_value = value
        self.ref_pos = self.pos


_VALUE_PARTS = compile_regex(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _value_parts(value: str) -> tuple[int, tuple[int, int] | None, dt.date | None] | tuple[()]:
    """The year, (year, month) and day a value states, for ``_Context.note``; () when it starts with no year."""
    m = _VALUE_PARTS.match(value)
    if not m:
        return ()
    y = int(m[1])
    month = day = None
    if m[2]:
        month = (y, int(m[2]))
        if m[3]:
            try:
                day = dt.date(y, int(m[2]), int(m[3]))
            except ValueError:
                pass
    return y, month, day


#: ``_value_parts`` of the values noted so far (values repeat across a run's texts).
_NOTED: dict[str, tuple] = {}


#: The word before "to" right before a date that names a moved happening's new date ("pushed back
#: to March", "postponed to June", "brought forward to Monday").
_MOVED_TO = frozenset("back forward postponed delayed deferred moved rescheduled off".split())
#: The word before "for" right before a date that fixes a happening's date ("fixed for the 22nd").
_FIXED_FOR = frozenset("fixed scheduled slated booked pencilled penciled in earmarked listed timetabled".split())
#: A paper issued on its date, before "of": "the High Court judgment of 8 March", "the council's letter of".
_ISSUED_OF = frozenset("judgment judgement ruling verdict letter statement report memo memorandum order decree".split())
#: The kind of date fixed before "date of" ("a trial date of 13 September", "a new date of").
_FIXED_DATE_OF = frozenset("trial hearing sentencing court new provisional target release launch completion start".split())
#: The last word before a date, and the words before it that make the date lie ahead (see ``direction``).
_AHEAD_AFTER = {"for": _FIXED_FOR, "on": frozenset(("is", "are")), "to": _MOVED_TO}
_TENSE_WORDS = en.FUTURE_WORDS | en.PAST_WORDS | {"be", "to", "being"}
#: Prepositions of a place phrase between a verb and its date ("fell at his home in Lintmoor on").
_PLACE_PREPS = frozenset("at in near outside inside into onto off across from by along through".split())
#: An amount right before a word: "fined 400,000 crowns", "paid $3m".
_AMOUNT_BEFORE = compile_regex(r"(?<![\w.,])[$€£]?\d[\d,.]*\s*(?:m|bn|k)?\s+\Z")
#: Determiners opening a verb's object between it and its date ("announced the pilot in January").
_OBJECT_DETS = frozenset("the a an its their his her".split())
#: Past verbs whose object happens later ("adjourned the case for sentencing on August 4", "promised a
#: strategy in January"): no past of the date.
_FORWARD_VERBS = frozenset("""adjourned promised pledged scheduled set fixed planned postponed delayed moved booked
    expected proposed called ordered announced threatened deferred rescheduled pencilled penciled earmarked offered invited""".split())
_PUNCT_BETWEEN = compile_regex(r"[,;:()\"“”]")


#: A plain future after a possessive date's noun ("Saturday's home game against Castor City will go
#: ahead"): that weekday ahead, not the one told before.
_POSSESSIVE_AHEAD = compile_regex(r"\s+(?:[\w'’-]+\s+){0,6}?(?:will|shall|is\s+(?:due|set|expected|scheduled|to))\b")
#: Prepositions before a possessive date whose noun is their object ("at Tuesday's hearing").
_PREP_OBJECT = frozenset("at during after since following from".split())
#: Words after "to" that make it a preposition, not an infinitive's ("set fire to the car").
_NOT_INFINITIVE = frozenset("""the a an his her its their our my your this that these those him them us me it
    all each every some any no one two three""".split())


def _infinitive_after_object(words: list[str], j: int) -> bool:
    """Whether an object (up to three words) and an infinitive follow: "set the trial to begin",
    "expects the deal to close" -- the plan's verb, ahead of it."""
    for k in range(j + 1, min(j + 4, len(words) - 1)):
        if words[k].lower() == "to":
            if all(w.lower() in _PARTICLES for w in words[j + 1:k]):
                return False  # a phrasal verb, no object: "set out to sea", "going back to work"
            nxt = words[k + 1]
            return nxt.islower() and nxt not in _NOT_INFINITIVE and not nxt[0].isdigit()
    return False


#: Adverb particles of phrasal verbs ("set out", "went back"): no object before an infinitive.
_PARTICLES = frozenset("out back off up down away in over home forth along on around".split())


#: Past verbs giving up a plan ("dropped plans to", "abandoned its plan to"), and the owners between them.
_PLAN_DROPPED = frozenset("dropped abandoned scrapped shelved ditched cancelled canceled axed withdrew".split())
_PLAN_OWNER = frozenset("its their his her the any all".split())


def _last_tense(words: list[str]) -> str | None:
    """The tense of the last tense marker of ``words``, or None."""
    at = _last_tense_at(words)
    return _word_tense(words, at) if at >= 0 else None


def _last_tense_at(words: list[str]) -> int:
    """The position of the last tense marker of ``words``, or -1."""
    # (_word_tense is None for most words: test its first condition here, without a call)
    for i in range(len(words) - 1, -1, -1):
        w = words[i].lower()
        if (w in _TENSE_WORDS or w.endswith(_TENSE_SUFFIXES)) and _word_tense(words, i):
            return i
    return -1


#: A weekday's name inside an expression.
_WEEKDAY_IN = compile_regex(r"(?i:mon|tues|wednes|thurs|fri|satur|sun)day")
#: Past verbs of a decision or a request whose infinitive tells a later act ("decided to close",
#: "agreed to lift", "voted to raise", "asked them to leave").
_DECIDED = frozenset("""decided agreed voted asked ordered urged told instructed resolved chose""".split())
#: Words after "to" that make it a preposition, not an infinitive's ("asked to the hearing").
_NOT_INFINITIVE = frozenset("""the a an his her their its our my your this that these those all each every""".split())


def _decided_to(words: list[str], at: int) -> bool:
    """The last tense marker of ``words`` (at ``at``) is a past verb of a decision or a request
    followed by an infinitive ("to" and its verb, an object between at most: "asked residents to
    stay indoors on")."""
    if at < 0 or words[at].lower() not in _DECIDED:
        return False
    rest = words[at + 1 : at + 6]
    for j in range(min(4, len(rest) - 1)):
        if rest[j] == "to":
            nxt = rest[j + 1]
            return nxt.islower() and nxt not in _NOT_INFINITIVE
    return False


#: Past verbs that fix or move a happening's date ("set the trial for June 7", "adjourned the
#: hearing until March 3", "postponed the vote to May").
_SET_FOR = frozenset("""set fixed scheduled rescheduled listed adjourned postponed moved delayed deferred""".split())


def _set_for(words: list[str], at: int) -> bool:
    """The last tense marker of ``words`` (at ``at``) is a past verb fixing or moving a date, and
    the date follows it after "for", "until", "till" or "to" within five words: the date fixed."""
    return (at >= len(words) - 7 and words[-1].lower() in ("for", "until", "till", "to")
            and at < len(words) - 1 and words[at].lower() in _SET_FOR)


def _first_tense(words: list[str], start: int = 0) -> str | None:
    """The tense of the first tense marker of ``words`` from ``start``, or None."""
    for i in range(start, len(words)):
        w = words[i].lower()
        if (w in _TENSE_WORDS or w.endswith(_TENSE_SUFFIXES)) and (d := _word_tense(words, i)):
            return d
    return None


_TENSE_SUFFIXES = ("ed", "n't")
#: The nouns "planning" modifies ("the planning minister", "planning permission"): no plan of the clause.
_PLANNING_NOUNS = frozenset("""minister ministers ministry permission permissions committee committees application applications
    officer officers department inspector inspectors inspectorate authority authorities consent board rules system law laws
    policy appeal appeals meeting process approval grounds secretary chief director court tribunal decision documents
    regulations reform reforms officials official""".split())
#: Participles that after "as" make an idiom of manner ("as planned", "as expected"), no tense.
_AS_DONE = frozenset(("planned", "scheduled", "expected", "promised", "agreed", "announced", "forecast", "predicted"))


def _word_tense(words: list[str], i: int) -> str | None:
    w = words[i].lower()
    if w not in _TENSE_WORDS and not w.endswith(("ed", "n't")):
        return None  # most words: no tense
    prev = words[i - 1].lower() if i else ""
    if prev == "as" and w in _AS_DONE:
        return None  # "ended as planned on Wednesday", "will end as planned": the idiom tells no tense
    if w in en.FUTURE_WORDS:
        if w == "planning" and i + 1 < len(words) and words[i + 1].lower().split("'")[0].split("’")[0] in _PLANNING_NOUNS:
            return None  # (twenty-fourth session) "the planning minister's decision to grant consent in January": a noun's modifier
        if w == "next" and i + 1 < len(words) and words[i + 1].lower().endswith(("'s", "’s")):
            return None  # "passed next year's budget on Tuesday": a noun's period, no tense of the clause
        if "had" in (prev, words[i - 2].lower() if i >= 2 else ""):
            return "past"  # "had been scheduled to expire Friday": a plan in the past
        if w in ("plan", "plans") and (prev in _PLAN_DROPPED or prev in _PLAN_OWNER and i >= 2 and words[i - 2].lower() in _PLAN_DROPPED):
            return "past"  # "dropped (its) plans to appeal in April": the plan is gone, the month is the dropping's
        if w in en.FUTURE_NEEDS_TO:
            if i + 1 < len(words) and words[i + 1].lower() == "to" or _infinitive_after_object(words, i + 1):
                return "future"
        elif w == "may" and words[i][0] == "M":
            return None
        else:
            return "future"
    if w == "be":
        # "to be held on October 12", "ordered that a hearing be held in the autumn", "can be booked
        # from Monday": the bare "be" of an infinitive, a subjunctive or a modal looks ahead
        return "future"
    if w == "being" and prev in ("is", "are", "am"):
        return "future"  # "a public meeting is being held on Wednesday": an arrangement, ahead
    if w == "to" and prev in ("is", "are", "am"):
        return "future"  # "is to resume trading Tuesday"
    if w == "set" and prev in ("is", "are", "am", "been") and i + 1 < len(words) and words[i + 1].lower() in ("for", "to"):
        # "The final is set for the spring", "A preliminary hearing has been set for June 9": a
        # fixture, not the past tense of "set"
        return "future"
    if w == "last" and prev == "the" and i + 1 < len(words) and words[i + 1].lower() == "time":
        return None  # (nineteenth session) "will generate for the last time on September 30": no tense
    if w in en.PAST_WORDS:
        if prev in en.PARTICIPLE_AUX and w in en.PAST_PARTICIPLES:
            return None  # "will be held on 7 August", "is being paid on Friday": the auxiliary decides
        return "past"
    if w.endswith("ed") and len(w) > 4 and w not in en.NOT_PAST_ED:
        if prev in en.PARTICIPLE_AUX:
            return None  # "will be finalized", "the reduced dividend": the auxiliary decides
        return "past"
    if w.endswith("n't") or w in ("won't",):
        return "future" if w.startswith("won") else None
    if w in en.PRESENT_WORDS:
        return None
    return None


# ---------------------------------------------------------------- refiners


#: The start of another clause after a possessive date's noun phrase: its tense is not the date's.
_NEXT_CLAUSE = compile_regex(r",\s+(?:and|but|while|whereas|though|although)\b|;|\s[—–]\s")
#: A future judgment or memory of a happening after its noun ("Thursday's vote will be remembered as").
_MEMORY_AHEAD = compile_regex(r"\s*(?:[a-z-]+\s+){0,2}?(?:will|would)\s+(?:be\s+(?:remembered|judged|recalled|seen|regarded)|go\s+down)\b")
#: A sentence opening with a year ("In 2024,", "In late 2019", "Back in 2017,").
_FRAMING_YEAR = compile_regex(r"\s*[\"'“‘(]?\s*(?:(?:Back|Earlier|Later|Then|But|And|So|Also)\s+)?[Ii]n\s+"
                              r"(?:(?:early|late|mid|the\s+(?:spring|summer|autumn|fall|winter)\s+of)[\s-]+)?((?:1[89]|20)\d\d)\b")
#: "this year", "next year" (the last one before a date without a year gives its year).
_YEAR_WORD = compile_regex(r"\b(this|next|last|This|Next|Last)\s+year\b(?!['’])")
_YEAR_SHIFT = {"this": 0, "next": 1, "last": -1}
#: A word that starts another clause or predicate between "next year" and a date ("the amount for
#: last year is preliminary and could rise before it is reported in March": March is not last year's).
_CLAUSE_WORD = compile_regex(r"\b(?:and|but|or|while|when|after|before|because|which|who|that|is|are|was|were|has|have|had|"
                             r"will|would|could|should|may|might|can|said|says)\b|[;:]", re.I)
#: The plain future of the expression's own verb right before it: "will run from", "will be held on",
#: "will open in" (at most two more words: "will reopen to traffic on").
_OWN_FUTURE = compile_regex(r"\b(?:will|shall)\s+(?:not\s+)?(?:be\s+)?[a-z]+(?:\s+[a-z]+){0,2}\s+(?:on|in|from|at|during)\s+(?:the\s+)?\Z")
_SPAN, _START = re.Match.span, re.Match.start
#: Characters every URL, path, e-mail address or phone number has (a cheap first pass).
#: (Each with the literal character it starts with: no finditer call when that is not in the text.)
_URL_HINTS = tuple((p.lstrip("\\")[0], compile_regex(p)) for p in (
    "/", "@", "www", r"\+[0-9]", r"\([0-9]{3}\)", r"-[0-9]{3}[-.]", r"\.[0-9]{3}[-.]", r" [0-9]{3} [0-9]{3}",
    r"\.(?:pdf|html?|php|aspx?|jpg|png|csv|xlsx?|docx?|txt|zip|json|md)\b"))
_EXT = compile_regex(r"\.(?:pdf|html?|php|aspx?|jpg|png|csv|xlsx?|docx?|txt|zip|json|md)\b")
#: The word right before a date that can end a modifier ("mid-", "early", "the end of", "early in the").
_MOD_LAST = frozenset("""- of the in early late mid middle earlier later""".split())
#: The word right before a date that can end an approximation ("about", "close to", "as early as").
_APPROX_LAST = frozenset("""about around approximately roughly circa c. some nearly almost to under than over least
    most as of""".split())


#: A capitalised word, then a capitalised deictic word ending a show's name ("Cardonel Tonight",
#: "Channel 4 Today" is not matched: a digit is no name).
_SHOW_NAME = compile_regex(r"[A-Z][\w'’&-]*[a-z][\w'’&-]* \Z")


_LOWER_WORD = compile_regex(r"(?<![\w'’/.:-])(?!(?:with|from|into|over|onto|upon|than|that|this|http|https|www)\b)[a-z]{4,}(?![\w:/.-]*\.\w)")


def _drop_show_names(cands: list[Cand], text: str) -> list[Cand]:
    """Filter: "Tonight", "Today" written with a capital right after a capitalised word inside a
    sentence name a programme ("the edition of Cardonel Tonight in question"), not a day."""
    out = []
    for c in cands:
        if c.end - c.start in (5, 7) and text[c.start] == "T" and text[c.start:c.end] in ("Today", "Tonight") and (
                m := _SHOW_NAME.search(text, max(0, c.start - 40), c.start)) is not None and (m.start() == 0 or not text[m.start() - 1].isalnum()):
            line_end = text.find("\n", c.end)
            if _LOWER_WORD.search(text, max(text.rfind("\n", 0, c.start) + 1, c.start - 200), len(text) if line_end < 0 else line_end):
                continue  # (not in a heading set in title case, with no lower-case word: "Council Votes Tonight")
        out.append(c)
    return out


def _drop_urls_and_phones(cands: list[Cand], text: str) -> list[Cand]:
    """Filter: nothing inside a URL, e-mail address, file path or phone number is a date."""
    if not cands:
        return cands
    hints: list[int] = []
    for lead, rx in _URL_HINTS:
        if lead in text:  # (searched once before an iterator is made: "w", "-" and "." are in most texts)
            first = rx.search(text)
            if first is not None:  # the rest as finditer goes on (a hint is never empty)
                hints.append(first.start())
                hints += map(_START, rx.finditer(text, first.end()))
    hints.sort()
    if not hints:
        return cands  # nothing in the text can be a URL, path, address or phone number
    keep = []
    for c in cands:
        lo, hi = max(0, c.start - 40), min(len(text), c.end + 40)
        i = bisect.bisect_left(hints, lo)
        if i < len(hints) and hints[i] < hi \
                and any(m.start() < c.end and c.start < m.end() for m in en.URLISH.finditer(text, lo, hi)):
            continue
        keep.append(c)
    return keep


#: A lowercase word right after a date ("the May 9 draw").
_NOUN_AFTER = re.compile(r" ([a-z][a-z-]*[a-z])\b")


def _extend_modifiers(cands: list[Cand], text: str) -> list[Cand]:
    """Extend a date over a modifier written before it: "mid-2025", "the end of January"."""
    for c in cands:
        if c.type == "DATE" and (c.kind in ("date", "holiday", "weekday", "mday") and c.comp.get("d", 1) is not None
                                 or c.kind == "abs" and c.gran == "day") and "of" in text[max(0, c.start - 8):c.start]:
            w = en.WEEK_OF.search(text, max(0, c.start - 14), c.start)
            if w and c.kind == "date":
                c.start, c.comp["week_of"] = w.start(), True  # "the week of March 6"
                continue
            m = en.POD_OF.search(text, max(0, c.start - 30), c.start)
            if m and m[2] and c.kind != "mday":
                # "the night of the May 9 draw": the date names an event (a noun follows), and the
                # phrase is one expression up to that noun
                noun = _NOUN_AFTER.match(text, c.end)
                if noun is None or noun[1].lower() in en.MDAY_AFTER or noun[1].lower() in en.PAST_WORDS:
                    m = None
                else:
                    c.end = noun.end()
            if m and not c.comp.get("pod"):
                # "the night of June 5": a TIME with the part of day
                c.start, c.type = m.start(), "TIME"
                c.comp["pod"] = en.PARTS_OF_DAY[m[1].lower()]
                if c.kind == "abs" and c.value:
                    c.value, c.gran = f"{c.value}T{c.comp['pod']}", "time"
                continue
        if c.type not in ("DATE", "TIME") or c.kind in ("time",) or c.value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
            if c.type == "TIME" and c.kind == "time":
                _extend_approx(c, text)
            continue
        pw = "-" if text[c.start - 1:c.start] == "-" else en.prev_word(text, c.start)
        if pw not in _MOD_LAST:
            if pw in _APPROX_LAST:
                _extend_approx(c, text)
            continue
        window = text[max(0, c.start - 40):c.start]
        m = en.MOD_BEFORE.search(window)
        if m:
            word = (m[1] or m[2] or m[3]).lower()
            if word in ("earlier", "later") and c.kind not in ("relunit", "deictic", "weekday", "refrel"):
                continue
            if word in ("first", "last", "final") and c.gran not in ("year", "month") and c.kind not in ("relunit", "date"):
                continue
            c.start -= len(m[0])
            if c.mod is None:
                c.mod = en.MOD_WORDS[word]
            continue
        _extend_approx(c, text)
    return cands


def _extend_approx(c: Cand, text: str) -> None:
    window = text[max(0, c.start - 25):c.start]
    m = en.APPROX_BEFORE.search(window)
    if m and m[1].lower() in en.APPROX_DATE:
        c.start -= len(m[0])
        c.mod = c.mod or en.APPROX_DATE[m[1].lower()]


def _remove_overlaps(cands: list[Cand], text: str) -> list[Cand]:
    """Keep the longer of two overlapping candidates (the earlier parser on a tie).

    Greedy longest-first, run on each cluster of mutually overlapping candidates (the
    clusters are independent, so this equals the global greedy, in near-linear time).
    """
    for a, b in zip(cands, cands[1:]):
        if b.start < a.end:
            break
    else:
        return list(cands)  # in text order and disjoint already (the common case after extension)
    keep: list[Cand] = []
    cluster: list[Cand] = []
    cluster_end = -1
    for c in sorted(cands, key=lambda c: (c.start, c.order)):
        if cluster and c.start >= cluster_end:
            keep.extend(_greedy(cluster))
            cluster = []
        cluster.append(c)
        cluster_end = max(cluster_end, c.end) if len(cluster) > 1 else c.end
    if cluster:
        keep.extend(_greedy(cluster))
    keep.sort(key=lambda c: c.start)
    return keep


def _greedy(cluster: list[Cand]) -> list[Cand]:
    """Longest first (the earlier parser on a tie): keep each candidate that overlaps none kept.

    The kept spans are disjoint, so sorted by start they are sorted by end too: one bisect
    finds the only kept span that can overlap a candidate (O(n log n), not O(n^2), when
    a long run of candidates chains into one cluster).
    """
    if len(cluster) == 1:
        return cluster
    taken: list[Cand] = []
    starts: list[int] = []
    ends: list[int] = []
    for c in sorted(cluster, key=lambda c: (-(c.end - c.start), c.order, c.start)):
        j = bisect.bisect_left(starts, c.end)  # kept spans before j start before c ends
        if j and ends[j - 1] > c.start:
            continue
        starts.insert(j, c.start)
        ends.insert(j, c.end)
        taken.append(c)
    return taken


def _merge_date_time(cands: list[Cand], text: str) -> list[Cand]:
    """Merge a time of day with the date beside it: "5 p.m. on Sunday", "Jan. 13 at 9:30"."""
    if not any(c.kind == "time" for c in cands):
        return cands  # (most texts: no time of day, nothing to merge)
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        if i + 1 < len(cands):
            d = cands[i + 1]
            glue = text[c.end:d.start]
            if len(glue) <= 5 and "," not in glue and "\n\n" not in glue and en.DATE_TIME_GLUE.match(glue) and _mergeable(c, d):
                # (not across a blank line: "live blog, Tuesday" heading, then an entry's "09:05" stamp)
                t, day = (c, d) if c.kind == "time" else (d, c)
                merged = Cand(start=c.start, end=d.end, type="TIME", rule=f"{day.rule}+{t.rule}", kind=day.kind,
                              comp=dict(day.comp), value=day.value, gran=day.gran, mod=t.mod or day.mod,
                              order=min(c.order, d.order), relation=day.relation, offset=day.offset)
                merged.comp["t"] = t.comp["t"]
                out.append(merged)
                i += 2
                continue
        out.append(c)
        i += 1
    return out


def _merge_time_part_of_day(cands: list[Cand], text: str) -> list[Cand]:
    """A time of day before "on the night (morning...) of <date>": one expression at that time of that
    day ("At 21:14 on the night of the May 9 draw" is 21:14 on May 9, not 21:14 on the DCT and a night)."""
    out: list[Cand] = []
    for c in cands:
        t = out[-1] if out else None
        if t is not None and t.kind == "time" and "t" in t.comp and c.type == "TIME" and c.comp.get("pod") \
                and "t" not in c.comp and c.kind != "abs" and c.comp.get("d") is not None \
                and en.DATE_TIME_GLUE.match(text[t.end:c.start]) and "," not in text[t.end:c.start]:
            merged = Cand(start=t.start, end=c.end, type="TIME", rule=f"{c.rule}+{t.rule}", kind=c.kind,
                          comp=dict(c.comp), value=c.value, gran=c.gran, mod=t.mod or c.mod,
                          order=min(c.order, t.order), relation=c.relation, offset=c.offset)
            merged.comp["t"] = t.comp["t"]
            out[-1] = merged
            continue
        out.append(c)
    return out


def _mergeable(a: Cand, b: Cand) -> bool:
    times = (a.kind == "time") + (b.kind == "time")
    if times != 1:
        return False
    day = b if a.kind == "time" else a
    if day.type not in ("DATE", "TIME") or "t" in day.comp or day.comp.get("pod"):
        return False
    if day.kind in ("date",):
        return day.comp.get("d") is not None
    if day.kind == "abs":
        return day.gran == "day"
    return day.kind in ("weekday", "deictic", "holiday", "mday") or (day.kind == "refrel" and day.comp.get("unit") == "day")


def _propagate_ranges(cands: list[Cand], text: str) -> list[Cand]:
    """Share what the second end of a range states: "between March and September 2025"."""
    for a, b in zip(cands, cands[1:]):
        if b.start - a.end > 12 or not en.RANGE_JOIN.match(text[a.end:b.start]) or en.item_break(text, a.end, b.start):
            continue
        if a.kind == "date" and a.comp.get("y") is None:
            y = b.comp.get("y") if b.kind == "date" else (int(b.value[:4]) if b.kind == "abs" and b.value and b.value[:4].isdigit() else None)
            if y is not None:
                a.comp["y"] = y
        if a.kind == "weekday" and b.kind == "weekday" and b.comp.get("week") and not a.comp.get("week"):
            a.comp["week"] = b.comp["week"]
        if b.kind == "date" and b.comp.get("d") is not None and a.kind in ("date", "abs") and a.comp.get("d") is not None:
            pass
    return cands


def _merge_month_relative_year(cands: list[Cand], text: str) -> list[Cand]:
    """Merge a month with the relative year after it: "June last year", "October of next year"."""
    if not any(c.kind == "relunit" for c in cands):
        return cands  # (most texts: no relative year to merge)
    out: list[Cand] = []
    skip = False
    for a, b in zip(cands, cands[1:] + [None]):  # type: ignore[operator]
        if skip:
            skip = False
            continue
        if b is not None and a.kind == "date" and a.comp.get("y") is None and not a.comp.get("which") \
                and b.kind == "relunit" and b.comp.get("unit") == "year" and b.mod is None \
                and re.fullmatch(r"\s*,?\s*(?:of\s+)?", text[a.end:b.start]):
            a.comp["yshift"] = b.comp["n"]
            a.end = b.end
            out.append(a)
            skip = True
            continue
        out.append(a)
    return out


REFINERS: tuple[Refiner, ...] = (
    Refiner("drop-urls-and-phones", _drop_urls_and_phones),
    Refiner("drop-show-names", _drop_show_names),
    Refiner("overlap-removal", _remove_overlaps),
    Refiner("merge-month-relative-year", _merge_month_relative_year),
    Refiner("merge-date-time", _merge_date_time),
    Refiner("extend-modifiers", _extend_modifiers),
    Refiner("overlap-removal-after-extension", _remove_overlaps),
    Refiner("merge-time-part-of-day", _merge_time_part_of_day),
    Refiner("range-propagation", _propagate_ranges),
)


# ---------------------------------------------------------------- resolution


def _with_time(value: str, comp: dict) -> str:
    t = comp.get("t") or comp.get("pod")
    if not t:
        return value
    if value.startswith("XXXX") and len(value) < 10:
        value = "XXXX-XX-XX"
    return f"{value}T{t}"


#: A weekday and a coordinator right before another weekday ("next Tuesday and", "Friday or").
_WEEKDAY_AND = compile_regex(r"(?i:(mon|tues|wednes|thurs|fri|satur|sun)day)\s*(?:,\s*(?:and|or)?|and|or)\s*\Z")
_WEEKDAY_STEM = {"mon": 0, "tues": 1, "wednes": 2, "thurs": 3, "fri": 4, "satur": 5, "sun": 6}


def _coordinated_weekday(ctx: "_Context", start: int, wd: int) -> "dt.date | None":
    """The day a weekday names when it is coordinated after another weekday just resolved ("next
    Tuesday and Wednesday": the Wednesday after that Tuesday; "statements made Friday and
    Thursday": the Thursday before that Friday; the nearer such day), or None."""
    m = _WEEKDAY_AND.search(ctx.text, max(0, start - 20), start)
    if m is None or ctx.ref_value is None or len(ctx.ref_value) < 10 or ctx.pos - ctx.ref_pos > 40:
        return None
    try:
        ref = dt.date.fromisoformat(ctx.ref_value[:10])
    except ValueError:
        return None
    if ref.weekday() != _WEEKDAY_STEM[m[1].lower()]:
        return None
    ahead = (wd - ref.weekday()) % 7
    if not ahead:
        return None
    # the nearer side: "Saturday and Monday" two days on, "made Friday and Thursday" one day back
    return ref + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)


def _resolve(c: Cand, ctx: _Context) -> None:
    """Fill ``value``, ``gran``, ``anchor`` and ``direction`` of a candidate."""
    k = c.kind
    dct = ctx.dct
    comp = c.comp
    if k == "abs":
        return
    if k == "time":
        day = ctx.ref_day or dct
        if day is None:
            c.value, c.gran = f"XXXX-XX-XXT{comp['t']}", "time"
            return
        c.value, c.gran = f"{day.isoformat()}T{comp['t']}", "time"
        c.anchor = day.isoformat()
        return
    if k == "date":
        m, d, y = comp["m"], comp.get("d"), comp.get("y")
        gran = "day" if d else "month"
        which = comp.get("which")
        if y is None and comp.get("yshift") is not None and dct is not None:
            y = dct.year + comp["yshift"]
            c.anchor = dct.isoformat()
        if y is None and (first := comp.get("range_of")) is not None and first.value[:4].isdigit():
            # "from June 8 to 17": the range's second day is in its first day's month and year
            y = int(first.value[:4])
            c.anchor, c.direction = first.anchor, first.direction
        if which and y is None and dct is not None:
            here, now = (m, d or 0), (dct.month, dct.day if d else 0)
            y = dct.year
            if which == "last" and here >= now:
                y -= 1
            elif which == "next" and here <= now:
                y += 1
            c.anchor, c.direction = dct.isoformat(), {"last": "past", "next": "future"}.get(which)
        if y is None and ctx.narrative_year() is not None and not ctx.plain_future(c.start) and not _UNTIL_AWAITED.search(
                ctx.text, max(0, c.start - 90), c.start):
            # (not the awaited happening of a state: "remanded in custody until a further hearing in
            # January", its own date from the publication, ahead)
            y = ctx.narrative_year()
            if y is not None:
                c.anchor = ctx.ref_value
                ctx.explicit_pos = c.end
        if y is None:
            if dct is None:
                c.value = f"XXXX-{m:02d}" + (f"-{d:02d}" if d else "")
                c.gran = gran
                c.value = _with_time(c.value, comp)
                return
            c.direction = ctx.direction(c.start, c.end)
            if c.direction is None and ctx.scheduled_present(c.start):
                c.direction = "future"  # ("the first chance for them to sell comes in December": a fixture, ahead)
            if (framed := ctx.framing_year(c.start)) is not None:
                y = framed  # "In 2024, the bridge was closed on March 3"
            elif (year_shift := ctx.year_word_before(c.start)) is not None:
                y = dct.year + year_shift  # "the second strike this year, after a stoppage in February"
            else:
                y = infer_year(m, d, dct, "past!" if c.direction == "past" and (
                    ctx.own_verb_past(c.start) or en.prev_word(ctx.text, c.start) == "since")
                               else "future!" if c.direction == "future" and ctx.own_verb_future(c.start)
                               else c.direction, comp.get("wd"))  # ("since May": a start before now)
            c.anchor = dct.isoformat()
        c.value = f"{y:04d}-{m:02d}" + (f"-{d:02d}" if d else "")
        c.gran = gran
        if comp.get("week_of") and d:
            c.value, c.gran = fmt(dt.date(y, m, d), "week"), "week"
            return
        if comp.get("t") or comp.get("pod") and d:
            c.value, c.gran = _with_time(c.value, comp), "time"
        return
    if k == "mday":
        _resolve_mday(c, ctx)
        return
    if k == "holiday":
        h, y = comp["h"], comp.get("y")
        if y is None:
            y = ctx.narrative_year()
        if y is None and dct is None:
            c.value = f"XXXX-{h[0]:02d}-{h[1]:02d}" if isinstance(h, tuple) else "XXXX-XX-XX"
            c.gran = "day"
            return
        if y is None:
            assert dct is not None
            c.direction = ctx.direction(c.start, c.end)
            approx = h if isinstance(h, tuple) else (11, 25) if h == "thanksgiving" else (4, 5) if "easter" in h else (5, 30) if h == "memorial" else (9, 5)
            y = infer_year(approx[0], approx[1], dct, c.direction)
            c.anchor = dct.isoformat()
        if isinstance(h, tuple):
            day = dt.date(y, *h)
        elif h == "thanksgiving":
            day = nth_weekday(y, 11, 3, 4)
        elif h == "labor":
            day = nth_weekday(y, 9, 0, 1)
        elif h == "memorial":
            day = nth_weekday(y, 5, 0, -1)
        else:
            e = easter(y)
            day = e + dt.timedelta(days=int(h[6:]) if len(h) > 6 else 0)
        c.value, c.gran = _with_time(day.isoformat(), comp), "day"
        return
    if k == "refyear":
        # "the day before the son reported him missing": the day is unknown until the events
        # stage finds the referent; the year is the one the text is talking about
        y = ctx.ref_year
        c.value = _with_time(f"{y:04d}-XX-XX" if y else "XXXX-XX-XX", comp)
        c.gran, c.anchor = "day", ctx.ref_value
        return
    if k == "weekend" and dct is not None:
        # "over the weekend": the one this clause points to (the DCT's own when it falls on one)
        c.direction = ctx.direction(c.start, c.end)
        if dct.weekday() >= 5:
            base = dct
        elif c.direction == "future":
            base = dct
        else:
            base = dct - dt.timedelta(days=7)
        c.value, c.gran, c.anchor = fmt(base, "weekend"), "day", dct.isoformat()
        return
    if k == "the_quarter":
        # the quarter the text is reporting on: the last one it named, else the last full one before the DCT
        if ctx.ref_quarter is not None:
            y, q = ctx.ref_quarter
            c.anchor = ctx.ref_value
        elif dct is not None:
            prev = add_months(dt.date(dct.year, (dct.month - 1) // 3 * 3 + 1, 1), -3)
            y, q = prev.year, (prev.month - 1) // 3 + 1
            c.anchor = dct.isoformat()
        else:
            c.value, c.gran = "XXXX-QX", "quarter"
            return
        if comp.get("year_ago"):
            y -= 1
        c.value, c.gran = f"{y:04d}-Q{q}", "quarter"
        return
    if k == "nth_weekday":
        _resolve_nth_weekday(c, ctx)
        return
    if k == "week_of_month":
        m, n, y = comp["m"], comp["n"], comp.get("y")
        if y is None and ctx.narrative_year() is not None and not ctx.plain_future(c.start):
            y = ctx.narrative_year()
        if y is None:
            if dct is None:
                c.value, c.gran = "XXXX-WXX", "week"
                return
            c.direction = ctx.direction(c.start, c.end)
            y = infer_year(m, None, dct, c.direction)
            c.anchor = dct.isoformat()
        last = days_in_month(y, m)
        # the n-th week is the month's days 7n-6..7n (the last: its last seven days); of the two
        # calendar weeks they cross, the one holding most of them: the one with their middle day
        day = dt.date(y, m, last - 3) if n < 0 else dt.date(y, m, min(7 * n - 3, last))
        c.value, c.gran = fmt(day, "week"), "week"
        return
    if k == "decade2":
        d = comp["d"]
        if dct is None:
            c.value, c.gran = f"19{d}", "decade"
            return
        cent = dct.year // 100
        if cent * 100 + d * 10 > dct.year:
            cent -= 1
        c.value, c.gran = f"{cent:02d}{d}", "decade"
        return
    if k == "week":
        if dct is None:
            c.value, c.gran = f"XXXX-W{comp['w']:02d}", "week"
            return
        c.value, c.gran, c.anchor = f"{dct.isocalendar()[0]:04d}-W{comp['w']:02d}", "week", dct.isoformat()
        return
    if dct is None and k not in ("refrel", "refwd"):
        _unknown(c)
        return
    if k == "deictic":
        assert dct is not None
        day = dct + dt.timedelta(days=comp["days"])
        c.value = _with_time(day.isoformat(), comp)
        c.gran = "time" if comp.get("pod") or comp.get("t") else "day"
        c.anchor = dct.isoformat()
        c.direction = "past" if comp["days"] < 0 else "future" if comp["days"] > 0 else None
        return
    if k == "weekday":
        assert dct is not None
        which = comp["which"]
        week = comp.get("week")
        if week:
            base = dct + dt.timedelta(days=7 * {"next": 1, "last": -1, "this": 0}[week])
            day = base + dt.timedelta(days=comp["wd"] - base.weekday())
            c.direction = "future" if week == "next" else "past" if week == "last" else None
        elif which == "future":
            day = weekday_date(comp["wd"], dct, "future", None)
            c.direction = "future"
        elif not which and (after := _coordinated_weekday(ctx, c.start, comp["wd"])) is not None:
            # "next Tuesday and Wednesday", "last Friday and Saturday": the day nearest the one just
            # told, not a day read on its own
            day = after
            c.direction = "future" if day > dct else "past" if day < dct else None
        else:
            told = ctx.weekdays.get(comp["wd"]) if not which else None
            if told is not None and told[1] < dct and ctx.text[c.end:c.end + 2] in ("'s", "’s") and not _POSSESSIVE_AHEAD.match(
                    ctx.text, c.end + 2, c.end + 120):
                # "On Tuesday the cabinet chose new bearings. Tuesday's decision also leaves ...": the
                # possessive names again the past day just told
                day = told[1]
                c.direction = "past"
            else:
                c.direction = {"last": "past", "next": "future"}.get(which or "") or ctx.possessive_direction(c.end)
                if c.direction and en.prev_word(ctx.text, c.start) in _PREP_OBJECT and (own := ctx.direction_before(c.start)):
                    # "were told at Tuesday's hearing that they may recover less": the possessive's noun is
                    # a preposition's object; the verb before it governs the day, not the complement after
                    c.direction = own
                c.direction = c.direction or ctx.direction(c.start, c.end)
                if c.direction == "past" and _FIXTURE_AND.search(ctx.text, ctx.sentence_start(c.start, 120), c.start):
                    c.direction = "future"  # "lost on Sunday and travel to Easton on Friday": the present fixture, ahead
                if (c.direction is None or c.direction == "past" and ctx.direction_before(c.start) is None) \
                        and ctx.scheduled_present(c.start):
                    # "the team travels to Dunmere on Wednesday": a fixture, ahead; (twenty-second
                    # session) also when the only tense is a later clause's ("The film has its world
                    # premiere on Saturday, and an extra screening has been added for Monday")
                    c.direction = "future"
                day = weekday_date(comp["wd"], dct, c.direction, which)
            if not which:
                ctx.weekdays[comp["wd"]] = (c.start, day)
        c.value = _with_time(day.isoformat(), comp)
        c.gran = "time" if comp.get("pod") or comp.get("t") else "day"
        c.anchor = dct.isoformat()
        return
    if k == "relunit":
        assert dct is not None
        unit, n = comp["unit"], comp["n"]
        if comp.get("the") and (ctx.narrative_year() is not None or ctx.pos - ctx.ref_pos < 250 and ctx.present_pos < ctx.ref_pos) \
                and not _ahead_of_past_reference(c, ctx, dct):
            # (not when a year counted from the DCT was told since the last date: "fall 8% by 2031,
            # and last year's graduate survey found ... steps down at the end of the year")
            # "the end of the year" right after "in early December": the year under discussion
            ctx.explicit_pos = c.end
            c.kind = "refrel"
            comp["gran"] = unit
            _resolve_refrel(c, ctx)
            return
        c.anchor = dct.isoformat()
        c.direction = "past" if n < 0 else "future" if n > 0 else None
        if unit == "weekend":
            base = shift(dct, "week", n)
            c.value, c.gran = fmt(base, "weekend"), "day"
            return
        gran = unit
        c.value, c.gran = fmt(shift(dct, unit, n), gran), gran
        return
    if k == "ago" or k == "in_n":
        assert dct is not None
        unit, n = comp["unit"], comp["n"]
        if k == "ago" and unit == "year" and n == -1 and _quarter_context(c, ctx):
            _year_ago_quarter(c, ctx)
            return
        if k == "in_n":
            # "will travel in nine days": the event lies the amount after the DCT
            if ctx.direction(c.start, c.end) == "future":
                c.relation, c.offset, c.anchor, c.direction = "after", comp["dur"], dct.isoformat(), "future"
            c.value, c.gran = comp["dur"], None
            return
        c.anchor = dct.isoformat()
        c.direction = "past" if k == "ago" else "future"
        if n is None:
            c.value, c.gran = ("PAST_REF" if k == "ago" else "FUTURE_REF"), None
            return
        gran = en.UNIT_GRAN.get(unit, "day")
        if isinstance(n, float):
            n = round(n)
        try:
            c.value, c.gran = fmt(shift(dct, unit, int(n)), gran), gran
        except (ValueError, OverflowError):
            _unknown(c, gran)
        return
    if k == "refrel" or k == "refwd":
        _resolve_refrel(c, ctx)
        return
    if k == "season":
        assert dct is not None
        s, which = comp["s"], comp["which"]
        cur = _season_index(dct)
        target_month = SEASON_MONTH[s]
        # a season's "year" is the year it starts in (winter 2025 = Dec 2025 - Feb 2026)
        cur_year = dct.year - 1 if dct.month in (1, 2) else dct.year
        idx = {"SP": 0, "SU": 1, "FA": 2, "WI": 3}[s]
        if which == "last":
            y = cur_year if idx < cur else cur_year - 1
        elif which == "next":
            y = cur_year if idx > cur else cur_year + 1
        elif which == "this":
            y = cur_year
        elif which in ("following", "previous"):
            # "the following spring", "the previous winter": counted from the date just told (its
            # year, and its month when it has one), else from publication
            ref = ctx.ref_value if ctx.ref_value and ctx.ref_value[:4].isdigit() else dct.isoformat()
            ry = int(ref[:4])
            rm = int(ref[5:7]) if len(ref) >= 7 and ref[4] == "-" and ref[5:7].isdigit() else None
            start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s]
            if which == "following":
                y = ry if rm is not None and start_month > rm else ry + 1
            else:
                y = ry if rm is not None and start_month + 2 < rm else ry - 1
            c.direction = "past" if f"{y:04d}" < dct.isoformat()[:4] else None
        elif ctx.narrative_year() is not None:
            y = ctx.narrative_year() or cur_year
        else:
            c.direction = ctx.direction(c.start, c.end)
            if c.direction is None and ctx.scheduled_present(c.start):
                c.direction = "future"  # "Tarvelon holds a general election in the autumn": a fixture, ahead
            y = cur_year
            if c.direction == "past" and idx > cur:
                y -= 1
            elif c.direction == "future" and idx < cur:
                y += 1
        del target_month
        c.value, c.gran, c.anchor = f"{y:04d}-{s}", "season", dct.isoformat()
        return
    if k == "quarter":
        assert dct is not None
        q, ys = comp["q"], comp["yshift"]
        if ys is None:
            c.direction = ctx.direction(c.start, c.end)
            y = dct.year
            curq = (dct.month - 1) // 3 + 1
            if c.direction == "past" and q > curq:
                y -= 1
        else:
            y = dct.year + ys
        c.value, c.gran, c.anchor = f"{y:04d}-Q{q}", "quarter", dct.isoformat()
        return
    if k == "half":
        assert dct is not None
        h, ys = comp["h"], comp["yshift"]
        y = dct.year + (ys or 0)
        if ys is None:
            c.direction = ctx.direction(c.start, c.end)
            if c.direction == "past" and h == 2 and dct.month <= 6:
                y -= 1
        c.value, c.gran, c.anchor = f"{y:04d}-H{h}", "half", dct.isoformat()
        return
    if k == "fiscal":
        assert dct is not None
        c.value, c.gran, c.anchor = f"FY{dct.year + comp['yshift']}", "year", dct.isoformat()
        return
    _debug("no resolver for %r (%s)", c, c.rule)
    _unknown(c)


def _season_index(d: dt.date) -> int:
    return {3: 0, 4: 0, 5: 0, 6: 1, 7: 1, 8: 1, 9: 2, 10: 2, 11: 2, 12: 3, 1: 3, 2: 3}[d.month]


def _unknown(c: Cand, gran: str | None = None) -> None:
    """Give an unresolvable relative expression an X value of the right shape."""
    k = c.kind
    comp = c.comp
    if k == "weekday":
        c.value, c.gran = _with_time(f"XXXX-WXX-{comp['wd'] + 1}", comp), "day"
        return
    if k == "season":
        c.value, c.gran = f"XXXX-{comp['s']}", "season"
        return
    if k == "weekend":
        c.value, c.gran = "XXXX-WXX-WE", "day"
        return
    if k == "quarter":
        c.value, c.gran = f"XXXX-Q{comp['q']}", "quarter"
        return
    if k == "half":
        c.value, c.gran = f"XXXX-H{comp['h']}", "half"
        return
    if k == "fiscal":
        c.value, c.gran = "FYXXXX", "year"
        return
    if k in ("ago", "in_n") and comp.get("n") is None:
        c.value, c.gran = "PAST_REF" if k == "ago" else "FUTURE_REF", None
        return
    if k == "in_n":
        c.value, c.gran = comp["dur"], None
        return
    g = gran or comp.get("gran") or en.UNIT_GRAN.get(comp.get("unit", ""), None) or comp.get("unit") or "day"
    if g == "weekend":
        g = "week"
    c.gran = g if g in UNKNOWN else "day"
    c.value = _with_time(UNKNOWN.get(g, "XXXX-XX-XX"), comp)


def _quarter_context(c: Cand, ctx: _Context) -> bool:
    """True in an earnings report right after a quarter was named ("... in the third quarter,
    up from $4 million a year earlier"): "a year ago/earlier" is then the year-ago quarter."""
    return ctx.ref_quarter is not None and c.start - ctx.ref_quarter_pos < 400


def _year_ago_quarter(c: Cand, ctx: _Context) -> None:
    assert ctx.ref_quarter is not None
    y, q = ctx.ref_quarter
    c.value, c.gran, c.anchor = f"{y - 1:04d}-Q{q}", "quarter", ctx.ref_value


def _resolve_refrel(c: Cand, ctx: _Context) -> None:
    """Resolve an event-relative expression from the reference time, else the DCT."""
    comp = c.comp
    unit, n = comp.get("unit", "day"), comp.get("n", 0)
    if unit == "year" and n == -1 and c.rule == "amount-offset" and c.relation == "before" and _quarter_context(c, ctx):
        _year_ago_quarter(c, ctx)
        return
    gran = comp.get("gran") or en.UNIT_GRAN.get(unit, "day")
    if gran == "ref":  # "the same period a year ago": the granularity of what the text last mentioned
        gran = "day" if ctx.ref_day and ctx.ref_value and len(ctx.ref_value) >= 10 else "month" if ctx.ref_month else "year"
    if comp.get("pod"):
        gran = "day"
    base: dt.date | None = None
    if gran == "day" or gran == "week":
        base = ctx.ref_day
    elif gran in ("month", "quarter"):
        base = dt.date(*ctx.ref_month, 1) if ctx.ref_month else (ctx.ref_day or None)
    else:
        base = ctx.ref_day or (dt.date(*ctx.ref_month, 1) if ctx.ref_month else None) or (
            dt.date(ctx.ref_year, 1, 1) if ctx.ref_year else None)
    anchor = ctx.ref_value
    if comp.get("near") and ctx.pos - ctx.ref_pos > 250:
        base = None  # "the full year", "earlier in the year": the DCT's, unless a date was just named
    if base is None and ctx.dct is not None:
        base, anchor = ctx.dct, ctx.dct.isoformat()
    if base is None or n is None:
        _unknown(c, gran)
        if n is None and base is not None:
            c.value, c.gran = ("PAST_REF" if (c.relation == "before") else "FUTURE_REF"), None
        return
    try:
        if c.kind == "refwd":
            step = 1 if n > 0 else -1
            day = base + dt.timedelta(days=step)
            while day.weekday() != comp["wd"]:
                day += dt.timedelta(days=step)
            c.value, c.gran = _with_time(day.isoformat(), comp), "time" if comp.get("pod") else "day"
        else:
            nn = round(n) if isinstance(n, float) else n
            day = shift(base, unit if unit != "weekend" else "week", nn)
            c.value = _with_time(fmt(day, gran), comp)
            c.gran = "time" if comp.get("pod") or comp.get("t") else gran
            if comp.get("month"):
                # "September of that year": that month of the year counted
                c.value, c.gran = f"{day.year:04d}-{comp['month']:02d}", "month"
    except (ValueError, OverflowError):
        _unknown(c, gran)
        return
    c.anchor = anchor


def _resolve_mday(c: Cand, ctx: _Context) -> None:
    """A day of the month alone ("on the 22nd", "Friday the 13th"): the month is the one named in
    this sentence or the one before ("In September. The 22nd, I believe"), the range's first piece
    ("from the 3rd to the 5th"), the one "of this/last/next/that month" says, the text's month in a
    narrative; else the nearest such day to the DCT (falling on the weekday given): on or before it
    in a past clause, on or after it in a future one, either side without a tense."""
    comp, dct = c.comp, ctx.dct
    d, wd, rel = comp["d"], comp.get("wd"), comp.get("rel")
    ym: tuple[int, int] | None = None
    if rel in ("this", "last", "next"):
        if dct is not None:
            first = add_months(dt.date(dct.year, dct.month, 1), {"this": 0, "last": -1, "next": 1}[rel])
            ym, c.anchor = (first.year, first.month), dct.isoformat()
    elif rel:  # "of that month", "of the same month", "of the previous month"
        base = ctx.named_month or ctx.ref_month
        if base is not None:
            first = add_months(dt.date(*base, 1), {"the previous": -1, "the following": 1}.get(rel, 0))
            ym, c.anchor = (first.year, first.month), ctx.ref_value
    elif comp.get("range") and ctx.ref_day is not None and ctx.pos - ctx.ref_pos < 40 and d > ctx.ref_day.day:
        # "from the 3rd to the 5th": the month of the first piece
        ym, c.anchor = (ctx.ref_day.year, ctx.ref_day.month), ctx.ref_value
    elif ctx.named_month is not None and (
            ctx.named_month_pos >= _previous_sentence_start(c.start, ctx)
            or ctx.ref_pos == ctx.named_month_pos and c.start - ctx.named_month_pos <= MDAY_MONTH_REACH) \
            and _tense_allows(c, ctx, ctx.named_month):
        ym, c.anchor = ctx.named_month, ctx.ref_value
    elif ctx.narrative_year() is not None and ctx.ref_month is not None:
        ym, c.anchor = ctx.ref_month, ctx.ref_value
    if ym is not None and (wd is None or valid_day(*ym, d) and dt.date(*ym, d).weekday() == wd):
        if valid_day(*ym, d):
            comp["named"] = rel is None or rel not in ("this", "last", "next")
            c.value, c.gran = _with_time(f"{ym[0]:04d}-{ym[1]:02d}-{d:02d}", comp), "day"
        return  # (an impossible day, "the 31st" of a named June: no date)
    if dct is None:
        c.value, c.gran, c.anchor = _with_time(f"XXXX-XX-{d:02d}", comp), "day", None
        return
    c.direction = ctx.direction(c.start, c.end)
    if c.direction is None and ctx.scheduled_present(c.start):
        c.direction = "future"
    # the nearest such day to the DCT on the clause's side of it (either side without a tense);
    # any day of the month falls on any weekday within 14 months
    best: dt.date | None = None
    first = add_months(dt.date(dct.year, dct.month, 1), -14)
    for _ in range(29):
        if valid_day(first.year, first.month, d):
            day = dt.date(first.year, first.month, d)
            if (wd is None or day.weekday() == wd) and not (
                    c.direction == "past" and day > dct or c.direction == "future" and day < dct) \
                    and (best is None or abs((day - dct).days) < abs((best - dct).days)):
                best = day
        first = add_months(first, 1)
    if best is None:
        c.value, c.gran = _with_time(f"XXXX-XX-{d:02d}", comp), "day"
        return
    c.value, c.gran, c.anchor = _with_time(best.isoformat(), comp), "day", dct.isoformat()


#: How far back (characters) a month told earlier, with no other date since, still gives a day of
#: the month alone its month (see ``_tense_allows``).
MDAY_MONTH_REACH = 1200


#: Words before a month that make it a period's bound, not the month the text talks about.
_PERIOD_BOUND = frozenset(("until", "till", "through", "to", "by", "since", "from", "before", "after"))


def _tense_allows(c: Cand, ctx: _Context, ym: tuple[int, int]) -> bool:
    """A day of the month alone may be of a month told earlier: in this sentence or the one before,
    or a few sentences (or paragraphs) back with no other date between ("In September the council
    met twice. [...] On the 22nd it voted") -- unless the month is in an earlier sentence and the
    day's clause is in the plain future, or a schedule in the present, while that day is past ("A
    report in September found faults. The board will meet on the 22nd": ahead, not a day of that
    September). Further back than the sentence before, the clause's tense must agree: a past day
    in a past clause ("On the 22nd it voted"), a day ahead in a clause not in the past; a day the
    month lacks is no day of it; nor is a month there that bounds a period ("runs until January 2028.
    [...] The convoy leaves on the 22nd": the next 22nd)."""
    d = c.comp["d"]
    if ctx.named_month_pos >= ctx.sentence_start(c.start, 400):
        return True  # (the same sentence)
    near = ctx.named_month_pos >= _previous_sentence_start(c.start, ctx)
    if not valid_day(*ym, d) or ctx.dct is None:
        return near  # (an impossible day of a month just told gives no date)
    ahead = dt.date(*ym, d) >= ctx.dct
    if not near and en.prev_word(ctx.text, ctx.named_month_pos) in _PERIOD_BOUND:
        return False  # "The deal runs until January 2028. [...] the first convoy leaves on the 22nd"
    if near:
        return ahead or not (ctx.plain_future(c.start)
                             or ctx.direction(c.start, c.end) is None and ctx.scheduled_present(c.start))
    direction = ctx.direction(c.start, c.end)
    if ahead:
        return direction != "past"
    return direction == "past"  # (a known limit: "had receded by the 14th" counts as future, by its 'by')


def _resolve_nth_weekday(c: Cand, ctx: _Context) -> None:
    """"the second Sunday of September", "the last Friday of the month": that day of the month. The
    month: the one named (its year as for a month alone), "this/last/next month" from the DCT's,
    "that/the same/the previous/the following month" from the month last told, "the month" the month
    told in this sentence or the one before, else the DCT's. A fifth weekday a month lacks: no date."""
    comp, dct = c.comp, ctx.dct
    m, y, rel, n, wd = comp["m"], comp.get("y"), comp.get("rel"), comp["n"], comp["wd"]
    ym: tuple[int, int] | None = None
    if m is not None:
        if y is None and ctx.narrative_year() is not None and not ctx.plain_future(c.start):
            y = ctx.narrative_year()
        if y is None and dct is not None:
            c.direction = ctx.direction(c.start, c.end)
            y, c.anchor = infer_year(m, None, dct, c.direction), dct.isoformat()
        if y is not None:
            ym = (y, m)
    elif rel in ("this", "last", "next"):
        if dct is not None:
            first = add_months(dt.date(dct.year, dct.month, 1), {"this": 0, "last": -1, "next": 1}[rel])
            ym, c.anchor = (first.year, first.month), dct.isoformat()
    else:
        told = ctx.named_month if ctx.named_month is not None and (
            rel != "the" or ctx.named_month_pos >= _previous_sentence_start(c.start, ctx)) else None
        base = told or (ctx.ref_month if rel != "the" else None)
        if base is not None:
            first = add_months(dt.date(*base, 1), {"the previous": -1, "the following": 1}.get(rel or "", 0))
            ym, c.anchor = (first.year, first.month), ctx.ref_value
        elif dct is not None:
            ym, c.anchor = (dct.year, dct.month), dct.isoformat()
    if ym is None:
        c.value, c.gran = (f"XXXX-{m:02d}" if m else "XXXX-XX"), "month"
        return
    last = days_in_month(*ym)
    if n > 0:
        day = 1 + (wd - dt.date(*ym, 1).weekday()) % 7 + 7 * (n - 1)
    else:
        day = last - (dt.date(*ym, last).weekday() - wd) % 7
    if day > last:
        return  # (no fifth Monday that month: no date)
    c.value, c.gran = dt.date(*ym, day).isoformat(), "day"


def _previous_sentence_start(start: int, ctx: _Context) -> int:
    """Where the sentence before the one holding ``start`` begins."""
    s = ctx.sentence_start(start, 400)
    return ctx.sentence_start(s - 1, 400) if s > 0 else 0


def _ahead_of_past_reference(c: Cand, ctx: Any, dct: dt.date) -> bool:
    """A future-tense "the end of the year" ("Aurel-1 will be retired by the end of the year")
    whose year under discussion would be one before the publication year: a plan lies ahead,
    so "the year" is the publication year, not the earlier year just named ("lost a satellite
    in 2024")."""
    if not ctx.ref_year or ctx.ref_year >= dct.year or ctx.narrative_year() is not None:
        return False  # (a history told in the past keeps its year: "would end by the end of the year")
    return ctx.plain_future(c.start)


def _plausible(value: str) -> bool:
    """A DATE/TIME value is a reference, has unknown parts, is fiscal, or is a real calendar unit."""
    ok = _PLAUSIBLE.get(value)
    if ok is None:
        ok = "X" in value or value.endswith("_REF") or value.startswith("FY") or is_calendar(value)
        if len(_PLAUSIBLE) < 65536:
            _PLAUSIBLE[value] = ok
    return ok


_PLAUSIBLE: dict[str, bool] = {}


#: A lead's present perfect of news ("who has died aged 88", "has resigned", "has been found").
_NEWS_PERFECT = compile_regex(
    r"\b(?:has|have)\s+(?:died|resigned|retired|announced|stepped down|been (?:found|named|appointed|arrested|charged|killed|"
    r"sentenced|convicted|acquitted|elected|released|rediscovered|identified))\b", re.I)
#: Candidates counted from the DCT: a weekday, "next month", "today", "two weeks ago".
_NOW_KINDS = frozenset(("weekday", "relunit", "deictic", "ago"))


def _news_lead(cands: "list[Cand]", before_year: int, text: str = "") -> bool:
    """Whether the text tells the present before its first year earlier than ``before_year``
    ("... the archive announced on Tuesday. The film premiered in 1926 ..."; an obituary's
    "Ottilie Brask, who has died aged 88, ..."): news about history, whose undated months
    ("The reels arrived in November", "At her death on August 10") are the DCT's, not a
    history (WikiWars' narratives state their years first). TimeML scores unchanged."""
    first = min((c.start for c in cands if c.kind in ("abs", "date")), default=len(text))
    if _NEWS_PERFECT.search(text, 0, min(first, 400)):
        return True
    for c in cands:
        if c.kind in _NOW_KINDS and c.type in ("DATE", "TIME"):
            return True
        if c.kind == "date" and c.type == "DATE" and c.comp.get("y") is None and c.comp.get("m") and c.start < 200:
            # (sixteenth session) a month without a year opening the text, before any year: dated
            # from the publication ("July was the hottest on record in Hessmark" in a bulletin of
            # 2 August 2027, whose later years are records and averages: "set on 6 August 1994")
            return True
        y = c.value[:4] if c.kind == "abs" and c.value else c.comp.get("y") if c.kind == "date" else None
        if y is not None and str(y).isdigit() and int(y) < before_year:
            return False
    return False


def _note_reference(c: Cand, ctx: _Context) -> None:
    if c.type in ("DATE", "TIME") and c.value and c.value[:4].isdigit() and (
            c.kind == "abs" or c.kind == "date" and c.comp.get("y") is not None):
        ctx.explicit_year = int(c.value[:4])
        ctx.explicit_pos = c.end
    elif c.kind == "relunit" and c.gran == "year" and c.type == "DATE" and c.value and c.value.isdigit() and len(c.value) == 4:
        # "This year's raid, in the early hours of February 16" after a history's "in 1911": the text
        # is back in the present (a narrative year is only one far from the publication's)
        ctx.explicit_year = int(c.value)
        ctx.explicit_pos = ctx.present_pos = c.end
    if c.gran == "quarter" and c.value and c.value[:4].isdigit() and "-Q" in c.value and not c.comp.get("year_ago"):
        ctx.ref_quarter = (int(c.value[:4]), int(c.value[-1]))
        ctx.ref_quarter_pos = c.end
    if c.type in ("DATE", "TIME") and c.value and c.value[:1].isdigit() and c.kind not in ("ago",) and "/" not in c.value:
        if c.kind in ("relunit",) and c.gran not in ("day",):
            return
        ctx.note(c.value, c.gran)
        if (c.kind in ("date", "week_of_month") or c.kind == "nth_weekday" and c.comp.get("m") or c.kind == "mday" and c.comp.get("named")
                or c.kind == "abs" and c.value[4:5] == "-" and c.value[5:7].isdigit()) and ctx.ref_month is not None:
            ctx.named_month, ctx.named_month_pos = ctx.ref_month, c.start  # a month the text names


# ---------------------------------------------------------------- the engine


#: ``TimeExpression``'s fields, in the order ``_expression`` takes them.
_FIELDS = ("start", "end", "text", "type", "value", "granularity", "mod", "rule", "anchor", "direction", "relation",
           "offset")


def _expression_maker():  # type: ignore[no-untyped-def]
    """Return a function making a ``TimeExpression`` from its field values (in ``_FIELDS`` order).

    The frozen dataclass's own ``__init__`` sets each field through ``object.__setattr__``
    (~2 us an expression, a few per cent of a run); the slots' own setters do the same
    in half the time. Should the model gain a field, a ``__post_init__`` or lose its slots,
    the plain constructor is used instead.
    """
    import dataclasses

    slots = getattr(TimeExpression, "__slots__", ())
    if tuple(f.name for f in dataclasses.fields(TimeExpression)) != _FIELDS or hasattr(TimeExpression, "__post_init__") \
            or set(slots) != set(_FIELDS):
        return lambda *values: TimeExpression(**dict(zip(_FIELDS, values)))
    setters = tuple(getattr(TimeExpression, name).__set__ for name in _FIELDS)
    new = object.__new__

    def make(*values: object) -> TimeExpression:
        e = new(TimeExpression)
        for set_, v in zip(setters, values):
            set_(e, v)
        return e

    return make


_expression = _expression_maker()


#: How far a match may reach before (modifiers, "the", a weekday) and after its trigger.
_BACK, _FWD = 48, 72


def _trigger_hits(text: str, low: str | None = None) -> dict[str, list[tuple[int, int]]]:
    """Find every trigger word in one scan (of the lower-cased text); return the spans per class."""
    hits: dict[str, list[tuple[int, int]]] = {}
    classes = en.WORD_CLASSES_LOWER
    if low is None or len(low) != len(text):
        low = text.lower()
        if len(low) != len(text):  # a few characters change length when lower-cased
            low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    found: list[tuple[tuple[int, int], str]] = []
    first = en.WORD_TRIGGER_RE.match(low)
    if first:
        found.append((first.span(), first.group()))
    odd = en.WORD_TRIGGER_NOT_LETTER_END
    for m in en.WORD_TRIGGER_AFTER_RE.finditer(low, first.end() if first else 0):
        found.append((m.span(1), m.group(1)))
    if odd and any(w in odd for _, w in found):
        # a word ending in a digit ("q1"): the next word may start right after it, which the
        # faster scan cannot see; scan again the plain way (rare)
        found = [(m.span(), m.group()) for m in en.WORD_TRIGGER_RE.finditer(low)]
    for span, w in found:
        for cls in classes.get(w, ()):
            hits.setdefault(cls, []).append(span)
    return hits


#: Windows closer than this are merged: one regex call costs about as much as scanning ~40 characters.
_GAP = 40


def _windows(text: str, spans: list[tuple[int, int]], back: int, fwd: int) -> list[tuple[int, int]]:
    """Return merged windows around trigger spans (each window ends just after a space)."""
    n = len(text)
    out: list[tuple[int, int]] = []
    last_s, last_e = -1, -1
    for ms, me in spans:
        s, e = ms - back, me + fwd
        if s <= last_e + _GAP:  # close windows are cheaper scanned as one than called twice
            if e > last_e:
                last_e = e
        else:
            if last_e >= 0:
                out.append((last_s, last_e))
            last_s, last_e = (s if s > 0 else 0), e
    if last_e >= 0:
        out.append((last_s, last_e))
    # end each window just after a space, so lookaheads at its end see what follows
    find = text.find
    # the last search: no space or newline in [from_, ws) (ws = -1: none up to the end). Windows
    # come in text order, so windows ending inside one long run without spaces (a URL, a data
    # blob) reuse one search instead of each scanning the rest of the run (quadratic)
    from_, ws = n + 1, -1
    for i, (s, e) in enumerate(out):
        if e < n:
            if from_ <= e and (ws < 0 or e <= ws):
                sp = ws
            else:
                sp = find(" ", e)
                nl = find("\n", e, sp if sp >= 0 else n)
                if nl >= 0:
                    sp = nl
                from_, ws = e, sp
            out[i] = (s, sp + 1 if sp >= 0 else n)
        else:
            out[i] = (s, n)
    return out


def _merge(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(a + b):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


#: For each trigger class, the table orders of the parsers that need it.
_BY_CLASS: dict[str, tuple[int, ...]] = {}
for _order, _p in enumerate(PARSERS):
    for _t in _p.triggers:
        _BY_CLASS[_t] = _BY_CLASS.get(_t, ()) + (_order,)
_UNTRIGGERED = tuple(o for o, p in enumerate(PARSERS) if not p.triggers)
#: Compiled patterns by table order (filled on first use: start-up pays only for what a run needs).
_COMPILED: list[re.Pattern[str] | None] = [None] * len(PARSERS)
#: What ``candidates`` needs of each parser, by table order, in one tuple (filled on first use):
#: triggers, the windows' cache keys (all, and with a digit or None), reach, the lower-cased
#: pattern (None unless ``lower``), the pattern (None when ``lower``: see ``_plain``), handler,
#: name, ``skip_covered``, and the search for ``needs`` (None without).
_PLANS: list[tuple | None] = [None] * len(PARSERS)  # type: ignore[type-arg]


def _plan(order: int) -> tuple:  # type: ignore[type-arg]
    p = PARSERS[order]
    need = None
    if p.needs:
        need_rx = _NEEDS_RX.get(p.needs)
        if need_rx is None:
            need_rx = _NEEDS_RX[p.needs] = compile_regex("|".join(re.escape(w) for w in p.needs))
        need = need_rx.search
    lowered = p.lowered.compiled() if p.lowered is not None else None
    plan = _PLANS[order] = (p.triggers, (p.triggers, p.reach), (p.triggers, p.reach, True) if p.digits else None,
                            p.reach, lowered, None if lowered is not None else _plain(order), p.handler, p.name,
                            p.skip_covered, need)
    return plan


def _plain(order: int) -> re.Pattern[str]:
    """The parser's own pattern (for a ``lower`` one, needed only by a text that changes length when lower-cased)."""
    compiled = _COMPILED[order]
    if compiled is None:
        compiled = _COMPILED[order] = PARSERS[order].pattern.compiled()
    return compiled


#: ``en.SHAPE_LEADS`` flattened: (class, lead, pattern, None) for a class of one pattern, else
#: (class, "", None, its (lead, pattern) pairs).
_SHAPES: tuple[tuple[str, str, re.Pattern[str] | None, tuple[tuple[str, re.Pattern[str]], ...] | None], ...] = tuple(
    (cls, rxs[0][0], rxs[0][1], None) if len(rxs) == 1 else (cls, "", None, rxs) for cls, rxs in en.SHAPE_LEADS.items())


#: What ``Parser.digits`` looks for in a window.
_DIGIT_OR_APOS = compile_regex(r"[0-9']")
#: ``Parser.needs`` as one pattern each (an alternation of literals: one call per window).
_NEEDS_RX: dict[tuple[str, ...], re.Pattern[str]] = {}


def candidates(text: str) -> list[Cand]:
    """Run the parsers whose triggers occur, in table order, on the windows around them."""
    out: list[Cand] = []
    low = text.lower()
    hits = _trigger_hits(text, low)
    if len(low) != len(text):  # a few characters change length when lower-cased
        low = ""
    # each shape searched once before any iterator is made: its lead character is in most texts,
    # a match in few (a short text: ~8 iterators made for nothing, a third of its candidate search)
    for cls, lead, rx, rxs in _SHAPES:
        if rxs is None:  # one pattern (most classes): no list built when its lead is absent
            if lead in text:
                first = rx.search(text)
                if first is not None:  # the rest as finditer goes on (a shape is never empty)
                    found = [first.span()]
                    found += map(_SPAN, rx.finditer(text, first.end()))  # (as m.span() for each m)
                    hits[cls] = found
        else:
            found = []
            for lead, rx in rxs:  # (map, not a comprehension: one call fewer per class and text)
                if lead in text:
                    first = rx.search(text)
                    if first is not None:
                        found.append(first.span())
                        found += map(_SPAN, rx.finditer(text, first.end()))
            if found:
                found.sort()
                hits[cls] = found
    active = set(_UNTRIGGERED)
    by_class = _BY_CLASS
    for cls in hits:
        if cls in by_class:
            active.update(by_class[cls])
    covered = bytearray(len(text) + 1)
    wcache: dict[tuple, list[tuple[int, int]]] = {}  # type: ignore[type-arg]
    n = len(text)
    append = out.append
    plans = _PLANS
    for order in sorted(active):
        triggers, key, dkey, reach, lowered, plain, handler, name, skip, need = plans[order] or _plan(order)
        if triggers:
            ws = wcache.get(key)  # type: ignore[assignment]
            if ws is None:
                if len(triggers) == 1:
                    spans = hits[triggers[0]]
                else:
                    spans = sorted(sp for t in triggers for sp in hits.get(t, ()))
                ws = wcache[key] = _windows(text, spans, *reach)
            if dkey is not None:
                # only the windows with a digit (or an apostrophe): the others hold no match. (A window
                # dropped here never ends where a later kept one does -- that one would lie inside it --
                # so the shortcut below for windows ending alike sees the same neighbours.)
                dws = wcache.get(dkey)
                if dws is None:
                    has = _DIGIT_OR_APOS.search
                    dws = wcache[dkey] = [w for w in ws if has(text, *w)]
                ws = dws
        else:
            ws = [(0, n)]
        if lowered is not None and low:
            subject, compiled = low, lowered
        else:
            subject, compiled = text, plain or _plain(order)
            if not low:
                need = None
        finditer, search = compiled.finditer, compiled.search
        last_end = -1
        prev_e, clean = -1, False
        for s, e in ws:
            if e == prev_e and clean:
                # windows ending at the same space (inside one long run without spaces): the last
                # scan, from an earlier start to the same end, skipped nothing, so every match
                # here was found by it already -- rescanning the run would be quadratic
                continue
            prev_e, clean = e, True
            if need is not None and need(low, s if s > 0 else 0, e) is None:
                continue  # no match can lie in this window (as if scanned: nothing found)
            first = search(subject, s, e)
            if first is None:
                continue  # (most windows hold no match: one search, no iterator made)
            fs, fe = first.span()
            # the rest as finditer(subject, s, e) would go on: from the first match's end (from the
            # start again after an empty match, which finditer steps past in its own way)
            for m in chain((first,), finditer(subject, fe, e)) if fe > fs else finditer(subject, s, e):
                ms, me = m.span()
                if ms < last_end:
                    clean = False
                    continue  # a window's end may run into the next window: no duplicate matches
                if item_break(text, ms, me):
                    continue  # across a list item's or a paragraph's start: no one expression
                last_end = me
                if me == ms:
                    clean = False
                if skip and covered[ms] and covered[me - 1]:
                    continue
                got = handler(m, text)
                if got is None:
                    continue
                for c in (got,) if isinstance(got, Cand) else got:
                    cs, ce = c.start, c.end
                    if ce <= cs:
                        continue
                    if not c.rule:
                        c.rule = name
                    c.order = order
                    append(c)
                    covered[cs:ce] = b"\x01" * (ce - cs)
    out.sort(key=lambda c: (c.start, c.order))
    return out


def refine(cands: list[Cand], text: str) -> list[Cand]:
    """Apply the refiners in table order."""
    for r in REFINERS:
        cands = r.fn(cands, text)
    return cands


def tag(text: str, dct: dt.date | None = None, *, day_first: bool = False) -> tuple[TimeExpression, ...]:
    """Return the temporal expressions of ``text``, in text order, resolved against ``dct``.

    Args:
        text: any text (an article body).
        dct: the document creation time (publication date); relative expressions are
            resolved against it. Without it they get X values (``XXXX-XX-XX``), never guesses.
        day_first: numeric dates with slashes whose two numbers could each be the month
            (``12/01/2026``) are day first (British, Indian, Australian style); by default
            month first (US/AP style). The text's own slash dates decide first (see
            :func:`slash_order`).

    Returns:
        Non-overlapping expressions in text order, with ``text[e.start:e.end] == e.text``.
    """
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    out = _tag_cached(text, dct)
    if "/" in text and any(map(ambiguous_slash, out)):
        if slash_order(out, day_first) == "dmy":
            # Read again with those dates day first from the start: an offset counted from one
            # ("three days later") counts from the day-first date.
            out = _tag_cached(text, dct, True)
        elif dct is not None and not _slash_evidence(out):
            # Month first by default alone: a date that reading puts after publication in a past
            # clause, and the day-first reading before it ("Police were called to the flat on
            # 04/03/2026" in a March 20 article), is day first.
            ctx = _Context(text, dct)
            swap = frozenset(e.start for e in out if ambiguous_slash(e) and e.value[:10] > dct.isoformat()
                             and _day_first_value(e.value) <= dct.isoformat() and ctx.direction(e.start, e.end) == "past")
            if swap:
                out = _tag_cached(text, dct, swap)
    return out


def _day_first_value(value: str) -> str:
    """A ``YYYY-MM-DD`` value with its month and day swapped."""
    y, mo, d = value[:10].split("-")
    return f"{y}-{d}-{mo}"


def _slash_evidence(exprs: "tuple[TimeExpression, ...]") -> str:
    """``"dmy"`` or ``"mdy"`` when a text's slash dates can be read one way only (see
    :func:`slash_order`), else ``""``."""
    dmy = mdy = False
    for e in exprs:
        ab = _slash_numbers(e)
        if ab is not None:
            dmy = dmy or ab[0] > 12
            mdy = mdy or ab[1] > 12
    return ("dmy" if dmy else "mdy") if dmy != mdy else ""


_SLASH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/\d{2,4}$")


def _slash_numbers(e: TimeExpression) -> tuple[int, int] | None:
    """The two leading numbers of a numeric date with slashes (``12/01/2026``: 12, 1)."""
    if e.rule != "numeric-date" or "/" not in e.text:
        return None
    m = _SLASH_DATE.match(e.text)
    return (int(m[1]), int(m[2])) if m else None


def ambiguous_slash(e: TimeExpression) -> bool:
    """A slash date each of whose first two numbers could be the month (``12/01/2026``)."""
    ab = _slash_numbers(e)
    return ab is not None and _either_month(*ab)


def _either_month(a: int, b: int) -> bool:
    """Each of two different numbers could be the month."""
    return a <= 12 and b <= 12 and a != b


def slash_order(exprs: "tuple[TimeExpression, ...]", day_first: bool = False) -> str:
    """How a text's ambiguous slash dates are read: ``"dmy"`` or ``"mdy"``. The text decides
    when its other slash dates are read one way only (``25/01/2026`` can only be day first,
    ``01/25/2026`` only month first); otherwise ``day_first`` (the article's language: en-GB,
    en-IN, ...), else month first."""
    return _slash_evidence(exprs) or ("dmy" if day_first else "mdy")


@lru_cache(maxsize=512)
def _tag_cached(text: str, dct: dt.date | None, day_first: "bool | frozenset[int]" = False) -> tuple[TimeExpression, ...]:
    """:func:`tag`'s work; ``day_first``: its ambiguous slash dates read day first (the parser
    reads them month first), or those that start at the given offsets."""
    cands = candidates(text)
    if not cands:  # (a short text with no date: nothing to refine or resolve)
        if rules._dirty:
            save_regex_cache()
        return ()
    cands = refine(cands, text)
    if day_first:
        for c in cands:
            if (day_first is True or c.start in day_first) and c.rule == "numeric-date" and c.value and len(c.value) == 10 and (
                    m := _SLASH_DATE.match(text, c.start, c.end)) is not None and _either_month(int(m[1]), int(m[2])):
                c.value = _day_first_value(c.value)
    if rules._dirty:
        save_regex_cache()  # patterns compiled for the first time: keep their code for the next process
    ctx = _Context(text, dct)
    if dct is not None:
        years = [int(c.value[:4]) for c in cands if c.kind == "abs" and c.value and c.value[:4].isdigit()]
        years += [c.comp["y"] for c in cands if c.kind == "date" and c.comp.get("y")]
        far = sum(1 for y in years if y < dct.year - 2)
        # a history (most stated years far from the DCT): undated months follow the text's year
        ctx.historical = len(years) >= 4 and far * 10 >= len(years) * 9 and not _news_lead(cands, dct.year - 2, text)
    out = []
    make = _expression
    for c in cands:
        ctx.pos = c.start
        try:
            _resolve(c, ctx)
        except (ValueError, OverflowError, KeyError) as err:
            _debug("could not resolve %r via %s: %s", text[c.start:c.end], c.rule, err)
            _unknown(c)
        if not c.value:
            continue
        if c.type in ("DATE", "TIME") and not _plausible(c.value):
            _debug("dropped %r via %s: impossible value %r", text[c.start:c.end], c.rule, c.value)
            continue
        _note_reference(c, ctx)
        out.append(make(c.start, c.end, text[c.start:c.end], c.type, c.value,
                        c.gran if c.type in ("DATE", "TIME") else None, c.mod, c.rule, c.anchor, c.direction,
                        c.relation, c.offset))
    return tuple(out)
