"""Stage 4: merge the mentions of one happening, within and across articles, into events.

``merge(mentions, articles)`` first resolves *pending* event-relative mentions ("two days
after the verdict" in an article that does not date the verdict) from another article of
the story, then clusters mentions greedily, finest date first:

* **Blocking.** A cluster is posted under (its first day, word), (its month, word) and its
  title words and names alone; a mention looks up its days (up to a week), its months (up to
  a quarter) or its words, reads the newest ``POSTING_SCAN`` clusters of each list, keeps the
  ``MAX_CANDIDATES`` sharing the most words and compares at most ``MAX_MEMBERS`` members of
  each. The work per mention is bounded: linear in the number of mentions, never quadratic.
* **Cost.** A mention's word sets and names depend on it and its article alone:
  :func:`features` computes them in the per-article analysis (``build.analyse_article``: in the
  worker processes, cached with the article) and ``merge`` takes them from there; given none, it
  computes them itself, each sentence's, title's and article's sets once, shared by its mentions.
  Those caches and the index end with ``merge`` (nothing outlives it but the events), and the
  cyclic garbage collector is paused while it runs. Pairs of articles of two stories without a
  shared name are rejected on their clauses before their casts are compared (most pairs).
* **Rebuilds.** :func:`merge_incremental` returns a trace of its decisions with the events and,
  given the previous one, replays the decision of every mention whose inputs cannot have
  changed (its article, the posting lists it reads, the clusters it was compared with; see
  :class:`_Tracer`): the same events as :func:`merge`, with ~2 % of the mentions compared when
  one article of 3,000 changed.
* **Dates must be compatible**: equal, or the coarser one contains the finer one ("last week"
  contains "Monday"). Two different days never merge.
* **Status must be compatible**: equal, or planned in an article published no later than the
  one reporting it as past (the plan came true).
* **Content must agree**: shared content words and named entities of the event clause (the
  title) or, across articles, of the whole sentence. Words are compared as light stems, with
  event-word families ("walked out" ~ "strike", "came ashore" ~ "landfall", "probe" ~
  "investigation") and without light words ("scheduled", "held", "began"); a short clause wholly
  inside another ("the election is scheduled" / "won the mayoral election") is a back-reference.
  Articles whose texts name many of the same people and places tell one story even without a
  shared headline word (:func:`_linked`); within one story, on the same day, two clause words in
  the other's clause or sentence are enough, one when the texts share half their names
  (:func:`_loose`, :func:`_kin`). Within one article a stricter rule holds:
  the same date value, the same status and a similar clause ("on Tuesday they spoke" and "the
  next call would occur on Tuesday" stay two events), unless another article's nearly equal
  telling joins an article's coarse telling to the event its own finer date joined, and an
  entry of its chronology ("May 10 - Two ships collide") restates the one event of that day its
  text tells (:func:`_restated`).
* **Without shared words**, a short clause alone on its day joins the one event of that day of
  its story (:func:`_sole_day`), and a past telling of a day joins its story's one plan for that
  day that something starts, stops or returns (:func:`_plan_done`); equal fits go to the cluster
  telling more of the mention's act words (:func:`_better_tie`); after the greedy pass a closer
  telling of an article takes the place greedy order gave its article's other mention
  (:func:`_swapped`).

The event takes the most precise date of its mentions (coarser mentions stay as evidence),
the title of its most precise, earliest mention, the union of tags, and a stable id made from
its date, its title and a hash of its mentions' positions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import sys
import unicodedata
from array import array
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from functools import lru_cache, partial
from itertools import accumulate
from math import fsum
from typing import Callable, Iterable, Iterator, Mapping, Sequence

from . import join_model
from . import story as story_stage
from . import timex
from .events import RelativeSpec, names_its_event, only_as_topic, shift
from .text import MONTH_WORD as _MONTH
from .text import opens_chronology_line, sentences_holding
from .model import Article, DateValue, Dropped, Event, Mention, collector_paused

__all__ = ["merge", "merge_incremental", "MergeTrace", "features", "similarity", "event_id", "MAX_MEMBERS", "StoryDocs", "rare_words"]

log = logging.getLogger(__name__)

#: Members of a cluster compared with a new mention (keeps merging linear).
MAX_MEMBERS = 6
#: Minimum overlap coefficient of event-clause words for a merge.
TITLE_THRESHOLD = 0.34
#: Minimum overlap coefficient of sentence words (across articles, with a shared name).
SENTENCE_THRESHOLD = 0.3

_RANK = {g: i for i, g in enumerate(("century", "decade", "year", "half", "season", "quarter", "month", "week", "day", "time"))}

_SAY = re.compile(
    r"^(?:said|says|say|told|tell|announc\w*|added|stated?|noted|claim\w*|argu\w*|warn\w*|wrote|tweet\w*|posted|"
    r"confirm\w*|acknowledg\w*|reveal\w*|remark\w*|speech|statement|address\w*)$"
)
#: Stop words ("according": attribution, not an accord).
_STOP = frozenset(
    """
    a an the of to in on at by for from with and or but as is are was were be been being has have had do does
    did will would shall can could may might must should that this these those it its he she they them their his
    her we our you your i me my who whom whose which what when where why how than then there here also not no
    so if into over under about after before during since until while also just amid against between among
    through per via up down out off only very more most less least much many some any each every other such own
    same both all two one three four five new last next first second week weeks month months year years day days
    monday tuesday wednesday thursday friday saturday sunday january february march april june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    today yesterday tomorrow earlier later ago time times mr mrs ms
    according
    """.split()
)


#: Irregular past forms, so "broke out" and "breaks out" share a stem.
_LEMMA = {
    "broke": "break", "broken": "break", "began": "begin", "begun": "begin", "struck": "strike", "fell": "fall",
    "fallen": "fall", "rose": "rise", "risen": "rise", "won": "win", "held": "hold", "met": "meet", "spoke": "speak",
    "took": "take", "taken": "take", "made": "make", "gave": "give", "given": "give", "came": "come", "went": "go",
    "gone": "go", "left": "leave", "led": "lead", "ran": "run", "sent": "send", "shot": "shoot", "sold": "sell",
    "bought": "buy", "brought": "bring", "fought": "fight", "found": "find", "flew": "fly", "flown": "fly",
    "drew": "draw", "wrote": "write", "written": "write", "chose": "choose", "kept": "keep", "lost": "lose",
    "paid": "pay", "stood": "stand", "killed": "kill", "died": "die", "dead": "die", "death": "die", "deaths": "die",
    "heard": "hear", "sank": "sink", "sunk": "sink", "stole": "steal", "stolen": "steal", "thieves": "thief",
    # Nouns of an act whose stem is not the verb's ("the decision" / "decided").
    "decision": "decide", "decisions": "decide", "closure": "close", "closures": "close", "failure": "fail",
    "failures": "fail", "seizure": "seize", "seizures": "seize", "invasion": "invade", "collision": "collide",
    "collisions": "collide", "denial": "deny", "withdrawal": "withdraw", "withdrew": "withdraw",
    "withdrawn": "withdraw",
}

#: Words that report one kind of happening in different outlets' wording ("walked out" / "the
#: strike began", "came ashore" / "made landfall", "probe" / "investigation"): each maps to one
#: token. Families hold event nouns and verbs only, never names or dates.
_FAMILIES = (
    ("~strike", "strike walkout stoppage"),
    # "shut the border" / "closed its land border"
    ("~close", "close shut"),
    ("~probe", "investigation probe inquiry enquiry review"),
    ("~deal", "deal agreement accord pact treaty agree"),
    ("~truce", "ceasefire truce armistice"),
    ("~takeover", "takeover acquisition acquire buy purchase merger swallow"),
    ("~vote", "election elect vote ballot referendum"),
    ("~talks", "talk negotiation negotiate"),
    ("~quake", "quake earthquake tremor"),
    ("~blast", "explosion explode blast"),
    ("~blaze", "blaze wildfire bushfire inferno"),
    ("~storm", "storm hurricane typhoon cyclone"),
    ("~postpone", "postpone delay defer scrub"),
    ("~release", "release free publish"),
    ("~ruling", "ruling rule judgment judgement uphold upheld overturn quash"),
    ("~sell", "sell sale auction"),
    ("~crash", "crash collide collision"),
    ("~hand", "handover hand"),
    ("~landfall", "landfall ashore"),
    ("~verdict", "verdict convict conviction guilty"),
    ("~jail", "sentence jail imprison"),
    ("~file", "file lodge submit"),
    ("~resign", "resign resignation quit stepdown"),
    ("~sack", "sack dismiss oust"),
    ("~appoint", "appoint appointment hire"),
    ("~arrest", "arrest detain detention"),
    ("~meet", "meet meeting"),
    ("~sign", "sign signing"),
    ("~approve", "approve approval pass passage adopt authorise authorize"),
    ("~cut", "cut lower reduce"),
    ("~raise", "raise hike increase"),
    ("~launch", "launch liftoff lift-off unveil"),
    # "became champion" is the win ("since winning the title").
    ("~win", "win victory champion"),
    ("~sink", "sink capsize"),
    ("~steal", "steal theft thief heist"),
    ("~die", "die kill fatal"),
    ("~injure", "injure wound"),
    ("~protest", "protest march rally demonstration"),
    ("~leave", "leave depart vacate"),
    # A side that lost suffered a defeat ("Mora lost a vote" / "Wednesday's defeat").
    ("~lose", "lose loss defeat"),
    ("~occupy", "occupy occupation sit-in"),
    # A hearing is where evidence is given and witnesses are questioned ("the hearing" / "gave
    # evidence to the inquiry" / "MPs questioned the chief executive").
    ("~hear", "hear testify testimony evidence question"),
)
_FAMILY = {w: tok for tok, words in _FAMILIES for w in words.split()}
#: Phrasal verbs read as one word before stemming.
_PHRASES = (
    # Walking out of a place is leaving it; walking out alone is a strike.
    (re.compile(r"\b(?:walk|walks|walked|walking) out of\b"), "leave"),
    (re.compile(r"\b(?:walk|walks|walked|walking)[ -]?outs?\b"), "walkout"),
    (re.compile(r"\b(?:move|moves|moved|moving) into\b"), "occupy"),
    (re.compile(r"\b(?:come|comes|came|coming) ashore\b"), "ashore"),
    (re.compile(r"\b(?:step|steps|stepped|stepping) down\b"), "stepdown"),
    # Workers downing tools strike.
    (re.compile(r"\b(?:down|downs|downed|downing) tools\b"), "walkout"),
    (re.compile(r"\b(?:kick|kicks|kicked|kicking) off\b"), "begin"),
    (re.compile(r"\b(?:lift|lifts|lifted|lifting)[ -]?off\b"), "liftoff"),
    (re.compile(r"\b(?:pass|passes|passed|passing) away\b"), "die"),
    (re.compile(r"\b(?:take|takes|took|taken|taking) place\b"), ""),
    (re.compile(r"\b(?:vote|votes|voted|voting) against\b"), "opposed"),
    # A ship or a plane going down sank or crashed; a product going on sale is launched.
    (re.compile(r"\b(?:go|goes|went|gone|going) down\b"), "sink"),
    (re.compile(r"\b(?:go|goes|went|gone|going) on sale\b"), "launch"),
    # Quitting a body (a coalition, a government) is leaving it; quitting alone is resigning.
    (re.compile(r"\b(?:quit|quits|quitting)(?= (?:the|her|his|its|their|our) (?:coalition|government|alliance|"
                r"cabinet|bloc|union|league|talks)\b)"), "leave"),
)
#: Word tokens, without a possessive "'s" ("Sunday's quake" -> sunday, quake).
_POSSESSIVE = re.compile(r"['’]s\b|[^a-z'’-]+|(?<![a-z])['’-]+|['’-]+(?![a-z])")
_PHRASE_HINT = re.compile(r"(?:out|ashore|down|off|place|away|into|against|sale|quit|quits|quitting|tools)\b")
#: Light words: they say how an event is scheduled, reported or its phase ("began", "ended"), not
#: what it is: "production will start" and "deliveries begin" are two events.
_LIGHT = frozenset(
    """
    scheduled schedule planned slated due expected expects expect itself set sets hold holds held holding take takes
    took taken taking come comes came coming make makes made making go goes went gone get gets got getting
    begin begins began begun beginning start starts started starting end ends ended ending
    still already yet again now officially formally finally reportedly
    """.split()
)


def _lemma(word: str) -> str:
    """A light stemmer: irregular forms, then -ies/-ing/-ed/-es/-s and a final -e ("opened" ~ "open")."""
    w = _LEMMA.get(word, word)
    if w in _FAMILY:
        return w
    if w.endswith("ings") and len(w) > 6:
        w = w[:-1]  # a plural "-ing" noun: "hearings" ~ "hearing" ~ "hear"
    if w.endswith(("ies", "ied")) and len(w) > 4:
        w = w[:-3] + "y"  # "occupies", "occupied" ~ "occupy"
    elif w.endswith("ing") and len(w) > 5:
        w = w[:-3]
        if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "ls":
            w = w[:-1]  # "winning" -> "win", as "planned" -> "plan"
    elif w.endswith("ed") and len(w) > 4:
        w = w[:-2]
        if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "ls":
            w = w[:-1]  # "planned" -> "plan"
    elif w.endswith("es") and len(w) > 4 and w[-3] in "sxz":
        w = w[:-2]
    elif w.endswith("s") and len(w) > 3 and w[-2] not in "su":
        w = w[:-1]
    if w in _FAMILY:
        return w
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


def _content_stem(word: str) -> str:
    """The stem of a content word, interned; "" for a stop or light word (``_SKIP``)."""
    return "" if word in _SKIP else sys.intern(_stem(word))


def _stem(word: str) -> str:
    if _SAY.match(word):
        return "<say>"
    w = _lemma(word)
    fam = _FAMILY.get(w) or _FAMILY.get(w + "e")
    if fam:
        return fam
    return w[:5]


def _ref_stem(word: str) -> str:
    """The stems of ``events`` referents (word prefixes), for pending-anchor lookup."""
    return word[:5]


_REF_WORD = re.compile(r"[a-z][a-z'’-]{2,}")
#: An amount: digits not preceded by a word character or a dot (the lookbehind placed after the
#: first digit, so the scan only stops at digits).
_AMOUNT = re.compile(r"\d(?<![\w.]\d)[\d,]*(?:\.\d+)?(?![\w])")
#: Letter runs of three or more (the words of a text without quotes or dashes).
_LONG_WORD = re.compile(r"[a-z]{3,}")
#: A month name right after a number, or right before it.
_MONTH_AFTER = re.compile(rf"\s+{_MONTH}(?![a-z])")
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\s+$")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# Capitalised words: ``\b[A-Z]...`` written ``[A-Z](?<!\w.)...`` (the same matches: a boundary
# before a capital is a non-word character before it), so that the scan only stops at capitals.
_CAPITALISED = re.compile(r"[A-Z](?<!\w.)[a-z]{2,}\b")
_TITLE_NAME = re.compile(r"[A-Z](?<!\w.)[a-z]+\b")
#: A capitalised word not opening a sentence, or opening one before another capitalised word.
_CAST = re.compile(r"[A-Z](?<!\w.)(?<![.!?:\n]\s.)(?<![.!?:\n].)(?<!^.)[a-z]{2,}\b"
                   # a sentence's first word when a name follows it ("Dunmere District Council said")
                   r"|[A-Z](?<!\w.)[a-z]{2,}(?=[ ][A-Z][a-z])")
#: Words never kept as content: stop words and light words.
_SKIP = _STOP | _LIGHT


def _ref_words(text: str) -> frozenset[str]:
    return frozenset(_ref_stem(w) for w in _REF_WORD.findall(text.lower()) if w not in _STOP)


class _Memo(dict):  # type: ignore[type-arg]
    """A dict that computes a missing key's value with ``fn`` (a cache that lives as long as
    the merge that made it: nothing outlives ``merge``)."""

    __slots__ = ("fn",)

    def __init__(self, fn) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.fn = fn

    def __missing__(self, key):  # type: ignore[no-untyped-def]
        value = self[key] = self.fn(key)
        return value


_LOWER_MARCH = re.compile(r"(?<![\w-])march(?:es|ed|ing)?\b")


def _words(text: str, stems: "dict[str, str] | None" = None) -> frozenset[str]:
    """Content-word stems and amounts of ``text`` (``stems``: a word -> stem cache)."""
    if stems is None:
        stems = _Memo(_content_stem)
    if "march" in text:
        # The month is "March"; "a march", "marched" is a protest (the month is a stop word).
        text_ = _LOWER_MARCH.sub("protest", text)
        low = text_.lower()
    else:
        low = text.lower()
    if _PHRASE_HINT.search(low):
        for rx, rep in _PHRASES:
            low = rx.sub(rep, low)
    if "'" in low or "’" in low or "-" in low:
        tokens = [w for w in _POSSESSIVE.sub(" ", low).split() if len(w) >= 3]
    else:
        tokens = _LONG_WORD.findall(low)  # the same tokens when no quote or dash can join letters
    words = set(map(stems.__getitem__, tokens))
    words.discard("")  # stop and light words
    # Amounts ("$4.2 billion", "12,000", "31") are distinctive across outlets; years are not,
    # nor the numbers of a date or a time ("March 12", "12 March", "10:00").
    tally: re.Match[str] | None | bool = False  # (searched once, at the first amount)
    for found in _AMOUNT.finditer(text):
        n = found.group()
        if not _YEAR.fullmatch(n):
            n = n.replace(",", "")
            if len(n) >= 2 and not (len(n) == 2 and _date_number(text, found.start(), found.end())):
                # A vote's count ("by 31 votes to 12") ties two tellings of the vote but is no
                # amount the plan of it could name ("will vote on a 90-million-euro fund").
                if tally is False:
                    tally = _TALLY.search(text) if " vote" in text or " to " in text else None
                counted = tally is not None and tally.start() <= found.start() < tally.end()  # type: ignore[union-attr]
                words.add(("#v" if counted else "#") + n)
    return frozenset(words)


#: A vote's count: "by 31 votes to 12", "61 votes to 48", "by 31 votes", "by 41 to 6".
_TALLY = re.compile(r"\b\d[\d,]*\s+votes?\b(?:\s+to\s+\d[\d,]*\b)?|\bby\s+\d[\d,]*\s+to\s+\d[\d,]*\b(?!\s*(?:per|%))")


def _date_number(text: str, i: int, j: int) -> bool:
    """The two digits at ``text[i:j]`` are the day of a date ("March 12", "12 March", "Sept. 15")
    or a part of a time of day ("10:00")."""
    return (text[j:j + 1] == ":" or text[i - 1:i] == ":" or _MONTH_AFTER.match(text, j) is not None
            or _MONTH_BEFORE.search(text, max(0, i - 12), i) is not None)


def _names(tags: Sequence[str]) -> frozenset[str]:
    """Entity keys: a person by surname ("Marco Rubio" and "Rubio" agree), others by name."""
    out = set()
    for t in tags:
        kind, _, name = t.partition(":")
        out.add(name.split()[-1].lower() if kind == "person" and name else name.lower())
    return frozenset(out)


#: One mention's word sets (as :func:`features` returns them) and whether its date is possessive.
_Sets = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str],
              frozenset[str], frozenset[str], frozenset[str], frozenset[str], bool]
#: A word set as text: its words in order, joined by ``_SEP`` ("" when empty), or the tuple of its
#: words when one of them is empty or holds ``_SEP``.
SetText = "str | tuple[str, ...]"
#: One mention's features that depend on the mention and its article alone (see :func:`features`):
#: title, sentence, names, title_names, story, cast, words, plain, amounts (each a ``SetText``)
#: and possessive.
MentionFeatures = tuple[object, ...]
_SEP = "\x1f"


class _Feat:
    """One mention's features, with its article, date value, status and span at hand."""

    __slots__ = ("m", "published", "title", "sentence", "names", "title_names", "story", "cast", "words", "plain",
                 "amounts", "possessive", "article", "value", "status", "span", "acts", "sentence_acts", "day_told",
                 "chrono", "docs")

    def __init__(self, m: Mention, published: dt.date, title: frozenset[str], sentence: frozenset[str],
                 names: frozenset[str], title_names: frozenset[str], story: frozenset[str], cast: frozenset[str],
                 words: frozenset[str], plain: frozenset[str], amounts: frozenset[str], possessive: bool) -> None:
        self.m, self.published = m, published
        self.title, self.sentence, self.names, self.title_names = title, sentence, names, title_names
        self.story = story
        """Capitalised names in the article's headline: what the whole article is about."""
        self.cast = cast
        """Capitalised words inside the article's sentences (names of its people, places, bodies)."""
        self.words = words
        """The event clause's content words alone (no names)."""
        self.plain = plain
        """``words`` without the speech verb."""
        self.amounts = amounts
        """The amounts ("#12000") among the title words."""
        self.possessive = possessive
        """The date names its event by possession ("Tuesday's clash")."""
        date = m.date
        self.article, self.value, self.status = m.article, date.value, m.status
        self.span = (date.end - date.start).days
        """Days from the first to the last day of the mention's date."""
        self.acts: frozenset[str] | None = None
        self.sentence_acts: frozenset[str] | None = None
        """:func:`_acts` of the clause and of the sentence, made when first asked for."""
        self.day_told = 1
        """How many mentions of its article have its date value (set by ``_merge``)."""
        self.chrono = False
        """It opens a line of a chronology ("May 10 - Two ships collide in fog"; set by ``_merge``)."""
        self.docs: "StoryDocs | None" = None
        """The merge's story vectors of its articles (set by ``_merge``; see :func:`_akin`)."""


_SAY_SET = frozenset({"<say>"})
_EMPTY: frozenset[str] = frozenset()


def _set(items: Iterable[str]) -> frozenset[str]:
    """``frozenset(items)``, the shared empty set when there are none (most mentions)."""
    out = frozenset(items)
    return out if out else _EMPTY


def _union(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """``a | b``, without a new set when one side is empty (they are shared between mentions)."""
    return a | b if a and b else a or b


def _capitalised(text: str) -> frozenset[str]:
    """Capitalised words not opening the text (a cheap stand-in for names)."""
    return frozenset(sys.intern(w.lower()) for w in set(_CAPITALISED.findall(text)) if w.lower() not in _STOP)


#: Articles sharing this many capitalised words (not opening a sentence) tell one story.
CAST_LINK = 3


def _cast(text: str) -> frozenset[str]:
    """Capitalised words not opening a sentence: the names an article's story is made of."""
    # Each distinct word once (names recur through an article).
    return frozenset(sys.intern(w.lower()) for w in set(_CAST.findall(text)) if w.lower() not in _STOP)


def _one_story(a: _Feat, b: _Feat) -> bool:
    """Two articles tell one story: their headlines share two words (a long name counts as two,
    as the name and its stem: one shared headline name is a story), unless each names its own
    place or body, one the other's text never names ("launch court challenge to Skerra Bank wind
    farm" / "launch court challenge to Corran Link tolls": two challenges)."""
    if a.story.isdisjoint(b.story) or len(a.story & b.story) < 2:
        return False
    an, bn = (a.story & a.cast) - _GENERIC_NAMES, (b.story & b.cast) - _GENERIC_NAMES
    return not (an and bn and an.isdisjoint(b.cast) and bn.isdisjoint(a.cast))


#: Capitalised words of institutions' names that name no one alone ("the High Court" and "the
#: Court of Appeal" share "court", not a story).
_GENERIC_NAMES = frozenset(
    """
    court courts bank council ministry minister police university
    hospital party government parliament
    city state national international united new north south east west northern southern eastern western
    district county high supreme federal central republic association company agency office department
    committee commission authority service services news times post daily herald wire press
    """.split()
)
#: ... and the words of offices, which a story's own people hold too (a shared "Governor" of
#: "Governor Ingrid Falk" still ties two articles' sentences; it does not tie two texts' casts).
_NO_ONE = _GENERIC_NAMES | frozenset("prime president chief mayor governor".split())


#: Headline words that name an article's form, not its story, and their stems when no other
#: common word shares them ("liv": "live"; not "analy", which "analysts" shares).
_GENRE = frozenset("""
    live liv updates explainer analysis opinion newsletter newsl interview factbox factb timeline timel
    editorial blog
    """.split())


def _article_sets(arts: dict[str, Article], words: dict[str, frozenset[str]], capitalised: dict[str, frozenset[str]],
                  key: str) -> tuple[frozenset[str], frozenset[str]]:
    """An article's story (headline words and names) and cast (names in its text)."""
    art = arts.get(key)
    headline, body = (art.title, art.body) if art is not None else ("", "")
    story = _union(words[headline], capitalised[headline])
    if not story.isdisjoint(_GENRE):
        story = story - _GENRE  # "live", "explainer", "analysis" say what the article is, not its story
    return story, _cast(body)


def _sentence_sets(names: dict[tuple[str, ...], frozenset[str]], words: dict[str, frozenset[str]],
                   capitalised: dict[str, frozenset[str]], key: tuple[str, tuple[str, ...]]) -> tuple[frozenset[str], frozenset[str]]:
    """A sentence's names (its tags and capitalised words) and its words with those names."""
    sentence, tags = key
    found = _union(names[tags], capitalised[sentence])
    return found, _union(words[sentence], found)


class _Featurer:
    """Computes each mention's features once, sharing the sets of one sentence, title or
    article between mentions; its caches are dropped with it at the end of ``merge``."""

    __slots__ = ("words", "article", "sentence", "arts")

    def __init__(self, arts: dict[str, Article], stems: "dict[str, str] | None" = None) -> None:
        self.arts = arts
        # The caches' functions hold the caches they use, never the featurer: no reference cycle.
        if stems is None:
            stems = _Memo(_content_stem)
        words: dict[str, frozenset[str]] = _Memo(partial(_words, stems=stems))
        capitalised: dict[str, frozenset[str]] = _Memo(_capitalised)
        self.words = words
        self.article: dict[str, tuple[frozenset[str], frozenset[str]]] = _Memo(
            partial(_article_sets, arts, words, capitalised))
        self.sentence: dict[tuple[str, tuple[str, ...]], tuple[frozenset[str], frozenset[str]]] = _Memo(
            partial(_sentence_sets, _Memo(_names), words, capitalised))

    def __call__(self, m: Mention, published: dt.date) -> _Feat:
        return _Feat(m, published, *self.features(m))

    def features(self, m: Mention) -> _Sets:
        words = self.words
        story, cast = self.article[m.article]
        names, sentence = self.sentence[(m.sentence, m.tags)]
        if names:
            opening = _OPENING.match(m.sentence)
            if opening is not None:
                first = opening.group(1).lower()
                if first in names and first not in cast and first not in story:
                    # A capitalised word opening the sentence is a name only when the article
                    # writes it capitalised elsewhere ("Norcorp announced ..."), not a common noun
                    # ("Letters to every patient will go out", "Applications will open").
                    names = names - {first}
        # A possessive date ("Tuesday's clash") needs an "'s" in its sentence (most have none).
        quoted = "'s" in m.sentence or "’s" in m.sentence
        held = _possessed(m) if quoted else ""
        if held:
            # "over last week's explosion": the date names the explosion, not the clause's charge.
            low = held.lower()
            title_names = _set(n for n in names if n in low)
            held_words = words[held]
            title = _union(held_words, title_names)
            return _features(title, title, names, title_names, story, cast, held_words, m, quoted)
        low = m.title.lower()
        title_names = _union(_set(n for n in names if n.split()[-1] in low),
                             _set(w.lower() for w in _TITLE_NAME.findall(m.title[1:]) if w.lower() not in _STOP))
        title_words = words[m.title]
        if title_names and _PRONOUN.search(m.title) and title_words and title_words <= _name_stems(title_names):
            # "The Speaker has set it for Wednesday": the pronoun names the act of the sentence
            # before ("When is the vote?").
            art = self.arts.get(m.article)
            before = _previous(art.body, m.sentence_start) if art is not None else ""
            if before:
                title_words = _union(title_words, words[before])
        clause = title_words or words[m.sentence]
        if any(w.startswith("#") for w in clause):
            clause = frozenset(w for w in clause if not w.startswith("#"))
        return _features(_union(title_words, title_names), sentence, names, title_names, story, cast, clause, m, quoted)


#: The sentence's first word, when capitalised.
_OPENING = re.compile(r"[\W_]*([A-Z][a-z]+)\b")
#: A pronoun standing for an act ("has set it", "It was postponed").
_PRONOUN = re.compile(r"\b(?:it|It|this|This)\b")
#: A sentence's end before the next one.
def _name_stems(names: frozenset[str]) -> set[str]:
    """The stems of the words of ``names``."""
    return {_content_stem(w) for n in names for w in n.split()}


def _previous(body: str, start: int) -> str:
    """The sentence of ``body`` before the one starting at ``start`` ("" when none), cut as the
    event stage cuts sentences ("Mr.", "U.S." do not end one)."""
    i = start - 1
    while i >= 0 and body[i].isspace():
        i -= 1
    if i < 0:
        return ""
    found = sentences_holding(body, [i])
    return found[0].text if found else ""


def _features(title: frozenset[str], sentence: frozenset[str], names: frozenset[str], title_names: frozenset[str],
              story: frozenset[str], cast: frozenset[str], words: frozenset[str], m: Mention, quoted: bool) -> _Sets:
    """The feature tuple, with the sets derived from the others (``plain``, ``amounts``)
    (``quoted``: the mention's sentence holds an "'s")."""
    plain = words - _SAY_SET if "<say>" in words else words
    amounts = _set(w for w in title if w.startswith("#") and not w.startswith("#v"))
    possessive = _possessive(m) if quoted else m.expr.endswith(("'s", "’s"))
    return (title, sentence, names, title_names, story, cast, words, plain, amounts, possessive)


def features(article: Article, mentions: Sequence[Mention]) -> tuple[MentionFeatures, ...]:
    """Return the features ``merge`` needs of each of one article's ``mentions`` (word sets of
    their clauses, sentences, names, and the article's headline and cast), in their order.

    They depend on the mention and its article alone, so the per-article analysis computes them
    (in the worker processes, cached with the article) and passes them to :func:`merge`. Sets
    shared between mentions (one sentence's, the article's) are one string. The sets are sent as
    text, not as frozensets: loading thousands of cached analyses made of frozensets (which the
    garbage collector tracks, and scans again at each full collection) took twice as long.
    """
    if len(_STEMS) > STEM_CACHE:
        _STEMS.clear()
    featurer = _Featurer({article.id: article}, _STEMS)
    texts: dict[frozenset[str], SetText] = _Memo(_set_text)
    return tuple((*map(texts.__getitem__, sets[:9]), sets[9]) for sets in map(featurer.features, mentions))


#: Word -> stem, kept between calls of :func:`features` (each article's words are mostly the
#: words of the articles before it), emptied when it holds more than ``STEM_CACHE`` words.
_STEMS: dict[str, str] = _Memo(_content_stem)
STEM_CACHE = 20_000


def _set_text(words: frozenset[str]) -> SetText:
    """``words`` as text (see ``SetText``), in sorted order: the same set, the same text."""
    ordered = sorted(words)
    text = _SEP.join(ordered)
    if words and ("" in words or text.count(_SEP) != len(ordered) - 1):
        return tuple(ordered)
    return text


def _text_set(text: SetText) -> frozenset[str]:
    """The word set of a ``SetText``, its words interned (shared by every article's sets)."""
    if not text:
        return _EMPTY
    return frozenset(map(sys.intern, text.split(_SEP) if text.__class__ is str else text))  # type: ignore[union-attr]


def _feat(m: Mention, published: dt.date, headline: str = "", body: str = "") -> _Feat:
    """One mention's features (for tests and tools; ``merge`` shares its work across mentions)."""
    art = Article(id=m.article, path="", title=headline, body=body)
    return _Featurer({m.article: art})(m, published)


_POSS_NOUN = re.compile(r"['’]s\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")
_POSS_S = re.compile(r"['’]s\b")


def _after_literal(text: str, literal: str, tail: re.Pattern[str]) -> re.Match[str] | None:
    """``re.search(re.escape(literal) + tail.pattern, text)``'s tail match, without compiling a
    pattern per literal (that compilation was most of merge's time): the leftmost occurrence of
    ``literal`` that ``tail`` matches right after."""
    n = len(literal)
    i = text.find(literal)
    while i >= 0:
        found = tail.match(text, i + n)
        if found:
            return found
        i = text.find(literal, i + 1)
    return None


def _possessed(m: Mention) -> str:
    """The noun a possessive date names ("last week's explosion" -> "explosion"), else ""."""
    found = _after_literal(m.sentence, m.expr, _POSS_NOUN)
    if not found:
        return ""
    head, second = found.group(1), found.group(2) or ""
    if second and (second in _STOP or second in _LIGHT or second.endswith("ed") or _SAY.match(second)):
        second = ""
    return f"{head} {second}".strip()


def _distinct(shared: frozenset[str]) -> int:
    """How many words two sets share, a name of several words counted once: its words are in the
    sets too ("port elda", "port", "elda": one shared name, not three shared words)."""
    n = len(shared)
    for w in shared:
        if " " in w:
            n -= sum(1 for part in w.split() if part in shared)
    return max(n, 1)


def similarity(a: _Feat, b: _Feat) -> float:
    """Return how likely two mentions tell the same happening (0..1), from content only."""
    at, bt = a.title, b.title
    # Overlaps are counted only when the sets meet (``isdisjoint`` makes no set: most pairs).
    tn = 0 if at.isdisjoint(bt) else _distinct(at & bt)
    t = tn / min(len(at), len(bt)) if tn else 0.0
    same_article = a.article == b.article
    shared_names = story = cast = False
    if not same_article:
        shared_names = not a.names.isdisjoint(b.names) and not (a.names & b.names) <= _GENERIC_NAMES
        if not shared_names:
            story = _one_story(a, b)
            if not story:
                # Without a shared name or story, only nearly the same clauses can merge (t >= 0.5
                # below, whether the texts share names or not), or mentions of one date in
                # articles whose texts share names (:func:`_loose`): most pairs end here, cheaply.
                if t < 0.5:
                    return _weak(a, b)
                # Articles sharing only names in their texts need the event clauses themselves to agree.
                cast = max(a.span, b.span) <= 31 and len(a.cast & b.cast) >= CAST_LINK
                if not cast and a.value != b.value:
                    # (see below: two stories, two dates; or one story, told in other words)
                    return _weak(a, b)
    if same_article:
        if tn >= 2:
            return t
        if not (at and bt) and a.m.sentence == b.m.sentence:
            # A date without a clause of its own dates its sentence's event ("Thursday's hearing
            # will go ahead as planned at 10:00").
            return 0.4
        if ("<say>" in a.words) != ("<say>" in b.words):
            return 0.0  # a statement and a happening of one day ("said it was monitoring the recall")
        # The shorter event clause wholly inside the other ("the election is scheduled" / "won the
        # mayoral election"; "the debate" / "the first televised debate"), speech verbs aside.
        aw, bw = a.plain, b.plain
        shared_t = aw & bw
        if (shared_t and (shared_t == aw or shared_t == bw)) or (
            min(len(aw), len(bw)) <= 2 and not shared_t.isdisjoint(a.story)
        ):
            # One article names its event again, by the same noun or, in a short clause, by its
            # headline's word ("will go on strike from next Monday" / "the strike, due to begin on
            # June 22, will be indefinite").
            return 0.4
        if a.possessive or b.possessive:
            # "Tuesday's clash" refers back to the article's event of that day.
            return 0.35 if tn >= 1 or len(a.names & b.names) >= 2 else 0.0
        if tn and (_ANAPHOR.search(a.m.title) or _ANAPHOR.search(b.m.title)):
            # "the decision" names the article's act of that date, told with the same verb ("voted
            # against the rate cut in January" / "two board members opposed the decision in January").
            return 0.35
        if tn and names_its_event(a.m) != names_its_event(b.m):
            # (sixteenth session) a day counted back from another's that dates the happening it
            # names ("Soldiers arrived on Tuesday, a day after the earthen dam burst") and the
            # article's own telling of that day, sharing a word of their clauses ("The dam failed
            # on Monday"): the article tells one happening twice
            return 0.35
        return 0.0
    if not shared_names and not story and not cast and (tn < 3 or t < 0.5):
        # Two articles tell one event only within one story (a shared name, two headline words,
        # or three names in their texts), unless their event clauses are nearly the same (and
        # their dates equal): "declared the emergency in August 2025" is not "Governor declares
        # a state of emergency" on 12 August (a wildfire story).
        return _weak(a, b)
    score = t if (tn >= 2 and t >= TITLE_THRESHOLD) else 0.0
    if cast:
        # Names recur across stories: only a close clause with no conflicting actor or amount
        # ("the Yskra ministry" / "the Aldoria ministry", "43 people" / "70 people") merges.
        if _conflicting(a, b):
            return 0.0
        return score if t >= 0.5 and score else _weak(a, b)
    as_, bs = a.sentence, b.sentence
    sn = 0 if as_.isdisjoint(bs) else _distinct(as_ & bs)
    s = sn / min(len(as_), len(bs)) if sn else 0.0
    if shared_names and sn >= 3 and s >= SENTENCE_THRESHOLD and s > score and sn - _twice(as_ & bs) >= 3:
        score = s
    if not score and (shared_names or story):
        if a.value == b.value and a.m.date.granularity in ("day", "time"):
            # The same day in two articles of one story (their headlines or sentences share a
            # name): a little shared content is enough ("the sentencing hearing" / "sentenced").
            shared = sn - 1 if sn and "<say>" in as_ and "<say>" in bs else sn  # speech verbs aside
            if shared >= 3 and not tn:
                shared -= _twice(as_ & bs)  # a name once, not as a name and its stem
            # (a shared clause word, not only a shared name: "runners took part in the Port Elda
            # marathon" is not "Ferry services between Port Elda and Skarra Island resumed")
            if (tn >= 1 and not (at & bt) <= (a.names | b.names) or shared >= 3) and (
                not a.story.isdisjoint(b.sentence) or not b.story.isdisjoint(a.sentence) or shared_names
                or _contained(a.plain, b.plain) or (tn and _linked(a, b))
            ):
                score = 0.2
            else:
                score = _weak(a, b)
        elif sn >= 3 and s >= SENTENCE_THRESHOLD:
            # A coarse mention ("the agreement, announced last week") of a finer event of the story.
            score = 0.2
        elif _contained(a.plain, b.plain):
            score = 0.15
    return score


#: A definite noun standing for an act told elsewhere in the article, as the object of the
#: clause ("opposed the decision"; not "The decision came a month after ...").
_ANAPHOR = re.compile(r"\w\s+(?:the|this|that|its|their)\s+(?:decision|move)\b")


def _twice(shared: frozenset[str]) -> int:
    """How many names of ``shared`` are there twice, as a name and as its stem ("tessen" and
    "tesse"): a shared name and one shared word are not three shared words."""
    return sum(1 for w in shared if len(w) > 5 and w[0] not in "#~<" and _content_stem(w) in shared)


#: Stems too common to tie two clauses: the words news attributes its facts with, and "took
#: effect" (a phase, as "began" is a light word).
_NO_TIE = frozenset({"offic", "peopl", "sourc", "media", "spoke", "<say>", "effec"})


def _weak(a: _Feat, b: _Feat) -> float:
    """The weaker content test (:func:`_loose`) of two articles telling one story by the names
    of their texts (:func:`_linked`); the content first: it is the cheaper, and most pairs fail it."""
    score = _loose(a, b)
    return score if score and _linked(a, b) else 0.0


def _linked(a: _Feat, b: _Feat) -> bool:
    """Two articles without a shared name in the two sentences nor two shared headline words
    (or with only those) tell one story when their texts name many of the same people, places
    and bodies: two names at least, and ``CAST_SHARE`` of the shorter list of names ("Corvo",
    "Lisca" in a wire's "Wildfire in Corvo hills forces evacuation of villages" and an analysis'
    "After the Corvo fire: what went wrong"). Articles of two stories of one region share a few
    of its names, a minority of theirs."""
    if not _cast_shared(a, b):
        return False
    # Two headlines naming different places or bodies tell two stories ("Tavrosia central bank
    # holds rates steady" / "Galtria central bank holds rates steady"): a headline's names are
    # its words that its text names too.
    an, bn = a.story & a.cast, b.story & b.cast
    # (unless each text names the other's headline names: "what went wrong on the Tarvik
    # pipeline?" / "explosion near Oskedal", both texts naming Tarvik and Oskedal)
    return not an or not bn or not an.isdisjoint(bn) or (not an.isdisjoint(b.cast) and not bn.isdisjoint(a.cast))


#: The share of the shorter list of names two articles must share to tell one story (see
#: :func:`_linked`).
CAST_SHARE = 0.4


def _cast_shared(a: _Feat, b: _Feat) -> bool:
    """Two articles' texts share two names at least and ``CAST_SHARE`` of the shorter list."""
    return _names_shared(a.cast, b.cast)


#: Names two articles' texts share that tie them to one story for a referent (see
#: :func:`_same_people`).
REFERENT_NAMES = 3


def _same_people(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two texts name the same people and places: ``REFERENT_NAMES`` names, or two and
    ``CAST_SHARE`` of the shorter list, not counting offices' and institutions' words."""
    n = _shared_names(a, b, people_only=True)
    return n >= REFERENT_NAMES or (n >= 2 and n >= CAST_SHARE * min(len(a), len(b)))


def _names_shared(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two lists of names share two at least and ``CAST_SHARE`` of the shorter."""
    n = _shared_names(a, b)
    return n >= 2 and n >= CAST_SHARE * min(len(a), len(b))


def _shared_names(a: frozenset[str], b: frozenset[str], people_only: bool = False) -> int:
    """How many names two lists share; with ``people_only``, offices' and institutions' words
    aside (they name no one: "Prime Minister", "Court")."""
    if a.isdisjoint(b):
        return 0  # (most pairs)
    common = a & b
    return len(common - _NO_ONE) if people_only else len(common)


def _loose(a: _Feat, b: _Feat) -> float:
    """The weaker content test of two articles of one story (see :func:`similarity`).

    The same day: two clause words of one in the other's clause or sentence are enough ("The
    fire broke out on Sunday afternoon near a picnic area" / "The fire, which started on July
    20"), words of attribution aside, while two happenings of one day whose clauses share less
    stay apart.
    One word ties only articles of one story beyond doubt (:func:`_kin`); other linked articles
    need two, or the one word of a one-word clause. A coarser date of a month at most
    containing the other: one clause's words all in the other's ("Its first images are expected
    next month" / "The first images we released on Tuesday").
    """
    aw, bw = a.plain, b.plain
    if a.value == b.value and a.m.date.granularity in ("day", "time"):
        if aw.isdisjoint(b.sentence) and bw.isdisjoint(a.sentence):
            return 0.0  # (most pairs)
        # Words of attribution ("officials said") and of a phase ("took effect") tie nothing.
        ties = (aw & b.sentence | bw & a.sentence) - _NO_TIE
        # (a one-word clause: its word is the tie, "Brandt resigned" is not tied by "council")
        score = 0.2 if len(ties) >= 2 or (ties and (
            (len(aw) == 1 and aw <= ties) or (len(bw) == 1 and bw <= ties) or _kin(a, b))) else 0.0
    elif max(a.span, b.span) > 31:
        return 0.0  # a year or a season names too many happenings of a story
    else:
        score = 0.15 if _contained(aw, bw) else 0.0
    # Two actors, two amounts: two happenings ("dock workers in Lorin" / "in Galtis").
    return score if score and not _conflicting(a, b) else 0.0


#: Names two texts share (offices' and institutions' words aside), and their share of the shorter
#: list, that make one story beyond doubt: one shared clause word then ties two mentions of one
#: day ("Applications will open on June 1" / "The online form opened on Monday"; see
#: :func:`_loose`). Same-story pairs of the eval sets share half their names or more in half the
#: cases; pairs of generated articles of two stories (names drawn from one pool) share at most
#: 45 % in 99 cases of 100.
KIN_NAMES = 3
KIN_SHARE = 0.5


def _kin(a: _Feat, b: _Feat) -> bool:
    """Two articles whose texts share ``KIN_NAMES`` names of people, places or bodies (offices'
    and institutions' words not counted), and at least ``KIN_SHARE`` of the shorter text's list
    of names (that list counted whole)."""
    ac, bc = a.cast, b.cast
    n = _shared_names(ac, bc, people_only=True)
    return n >= KIN_NAMES and n >= KIN_SHARE * min(len(ac), len(bc))


class StoryDocs:
    """The story vectors of a merge's articles (:mod:`timeline.story`), each made when first
    asked for, and the answers by pair of articles."""

    __slots__ = ("arts", "vectors", "pairs", "keys", "versions", "old", "old_versions", "old_number", "found", "closes")

    def __init__(self, arts: "Mapping[str, Article]", vectors: "Mapping[str, story_stage.Vector] | None" = None,
                 versions: "Mapping[str, str] | None" = None, previous: "MergeTrace | None" = None,
                 key_words: "Mapping[str, frozenset[str]] | None" = None) -> None:
        self.arts = arts
        self.vectors: dict[str, story_stage.Vector] = dict(vectors) if vectors else {}
        """Each article's story vector: given (made by the per-article analysis, cached), else made here."""
        self.pairs: dict[tuple[str, str], bool] = {}
        self.closes: dict[tuple[str, str], bool] = {}  # (close's answers by the ordered pair: a merge asks a pair many times)
        self.keys: dict[str, frozenset[str]] = dict(key_words) if key_words else {}
        self.versions = versions
        """Each article's version (see :func:`merge_incremental`): an answer is a function of the
        two versions, so a rebuild reads the last merge's for two unchanged articles (``old``, its
        trace's ``akin``, by the articles' numbers in its versions: ``old_number``), and this
        merge's new answers are kept by versions (``found``; see :meth:`answers`)."""
        self.old: dict[int, bool] = {}
        self.old_versions: list[str] = []
        self.old_number: dict[str, int] = {}
        if versions is not None and previous is not None and getattr(previous, "akin", None):
            self.old, self.old_versions = previous.akin, previous.versions
            self.old_number = {v: i for i, v in enumerate(previous.versions)}
        self.found: dict[tuple[str, str], bool] = {}

    def _vector(self, key: str) -> "story_stage.Vector":
        v = self.vectors.get(key)
        if v is None:
            a = self.arts.get(key)
            v = self.vectors[key] = story_stage.vector(a.title or "", a.body) if a is not None else {}
        return v

    def key_words(self, key: str) -> frozenset[str]:
        """The article's ``story.KEY_WORDS`` weightiest words (:func:`timeline.story.key_words`)."""
        k = self.keys.get(key)
        if k is None:
            k = self.keys[key] = story_stage.key_words(self._vector(key))
        return k

    def one_story(self, a: str, b: str) -> bool:
        """Articles ``a`` and ``b`` tell one story: their story keys are equal when both have one;
        else, when they were published at most ``STORY_DAYS`` apart, their words say so
        (:func:`timeline.story.one_story`)."""
        if a == b:
            return True
        pair = (a, b) if a < b else (b, a)
        found = self.pairs.get(pair)
        if found is None:
            vkey = None
            if self.versions is not None:
                va, vb = self.versions.get(pair[0]), self.versions.get(pair[1])
                if va is not None and vb is not None:
                    na, nb = self.old_number.get(va), self.old_number.get(vb)
                    if na is not None and nb is not None:
                        found = self.old.get((na << 32) | nb)
                    if found is None:
                        vkey = (va, vb)
            if found is None:
                found = self._answer(*pair)
                if vkey is not None:
                    self.found[vkey] = found
            self.pairs[pair] = found
        return found

    def answers(self, versions: "list[str]") -> dict[int, bool]:
        """The answers to keep in a trace whose versions are ``versions``: the last merge's for
        articles still there (a rebuild asks few pairs; a later one may need the others), and
        this merge's new ones, by the two articles' numbers packed (``a << 32 | b``)."""
        number = {v: i for i, v in enumerate(versions)}
        out: dict[int, bool] = {}
        if self.old:
            now = [number.get(v, -1) for v in self.old_versions]
            for ab, v in self.old.items():
                a, b = now[ab >> 32], now[ab & 0xFFFFFFFF]
                if a >= 0 and b >= 0:
                    out[(a << 32) | b] = v
        for (va, vb), v in self.found.items():
            a, b = number.get(va), number.get(vb)
            if a is not None and b is not None:
                out[(a << 32) | b] = v
        return out

    def close(self, a: str, b: str) -> bool:
        """The two articles' story vectors have a cosine of ``ONE_TIE_COSINE`` at least: one story
        beyond doubt (two stories sharing a place's or a company's name reach ``STORY_COSINE``)."""
        if a == b:
            return True
        got = self.closes.get((a, b))
        if got is None:
            got = self.closes[(a, b)] = story_stage.cosine(self._vector(a), self._vector(b)) >= ONE_TIE_COSINE
        return got

    def _answer(self, a: str, b: str) -> bool:
        x, y = self.arts.get(a), self.arts.get(b)
        if x is None or y is None:
            return False
        if x.story and y.story:
            return x.story == y.story
        if x.published is None or y.published is None or abs((x.published - y.published).days) > story_stage.STORY_DAYS:
            return False
        return story_stage.one_story(self._vector(a), self._vector(b))


def _akin(a: _Feat, b: _Feat) -> bool:
    """The articles of two mentions tell one story, by their words (:class:`StoryDocs`)."""
    docs = a.docs
    return docs is not None and docs.one_story(a.article, b.article)


def _conflicting(a: _Feat, b: _Feat) -> bool:
    """The two clauses name different actors or different amounts."""
    an, bn = a.amounts, b.amounts
    return bool(a.title_names and b.title_names and a.title_names.isdisjoint(b.title_names)
                and not _plural(a.title_names, b.title_names)
                # (an institution is no rival actor: "Parliament will vote on it" / "Mora lost a vote")
                and not (a.title_names <= _NO_ONE or b.title_names <= _NO_ONE)) or bool(an and bn and an.isdisjoint(bn))


def _plural(a: frozenset[str], b: frozenset[str]) -> bool:
    """One of ``a`` is one of ``b`` with an "s" ("the Agrarians" / "the Agrarian Party")."""
    return any(n + "s" in b for n in a) or any(n + "s" in a for n in b)


def _contained(aw: frozenset[str], bw: frozenset[str]) -> bool:
    """The two clauses share a word and one's words are all the other's."""
    return not aw.isdisjoint(bw) and (aw <= bw or bw <= aw)


def _possessive(m: Mention) -> bool:
    """A date naming its event by possession ("Tuesday's clash", "Monday’s vote")."""
    return m.expr.endswith(("'s", "’s")) or _after_literal(m.sentence, m.expr, _POSS_S) is not None


def _weekend(start: dt.date, end: dt.date) -> bool:
    """A Saturday and its Sunday ("the weekend")."""
    return (end - start).days == 1 and start.weekday() == 5


def _date_compatible(a: Mention, b_date_start: dt.date, b_date_end: dt.date, b_value: str) -> bool:
    if a.date.value == b_value:
        return True
    a0, a1 = a.date.start, a.date.end
    if a0 == a1 and b_date_start == b_date_end:
        return False  # two different days
    if a.date.granularity == "day" and ("/" in a.date.value) != ("/" in b_value) and b_value[:1].isdigit() and len(
            b_value.split("/")[0]) >= 10 and not _weekend(*((a0, a1) if a0 != a1 else (b_date_start, b_date_end))):
        return False  # a range of days ("from October 20 to 22") and one day of it: two spans (a weekend is a coarse telling)
    return (a0 <= b_date_start and b_date_end <= a1) or (b_date_start <= a0 and a1 <= b_date_end)


def _status_compatible(a: _Feat, b: _Feat) -> bool:
    if a.m.status == b.m.status:
        return True
    planned, past = (a, b) if a.m.status == "planned" else (b, a)
    if planned.m.article == past.m.article:
        return False
    return planned.published <= past.published


class _Cluster:
    """Mentions of one event, its head (finest, earliest) first, with the head's date at hand."""

    __slots__ = ("index", "members", "start", "end", "value")

    def __init__(self, index: int, f: _Feat) -> None:
        date = f.m.date
        self.index, self.members = index, [f]
        self.start, self.end, self.value = date.start, date.end, f.value

    @property
    def head(self) -> Mention:
        return self.members[0].m

    @classmethod
    def holding(cls, c: "_Cluster", members: "list[_Feat]") -> "_Cluster":
        """A copy of ``c`` (its number and date) with other members."""
        out = cls.__new__(cls)
        out.index, out.members, out.start, out.end, out.value = c.index, members, c.start, c.end, c.value
        return out


#: Up to this many days, a mention's candidates are looked up day by day; up to MONTH_SCAN_LIMIT
#: month by month; beyond it by words alone (``_candidates``; ``_readers`` builds those lists).
DAY_SCAN_LIMIT = 7
MONTH_SCAN_LIMIT = 100
#: Newest entries read from one posting list.
POSTING_SCAN = 16
#: At most this many candidate clusters are compared with one mention (the earliest made).
MAX_CANDIDATES = 8


def _post(toks: frozenset[str], k: int, *indexes: "dict[str, int | list[int]]") -> None:
    """Post cluster ``k`` under each of ``toks`` in each of ``indexes``; a posting list of one
    cluster is its number alone (most are), and a cluster already last in a list is not posted
    twice in a row."""
    for tok in toks:
        for lists in indexes:
            v = lists.get(tok)
            if v is None:
                lists[tok] = k
            elif v.__class__ is int:
                if v != k:
                    lists[tok] = [v, k]  # type: ignore[list-item]
            elif v[-1] != k:  # type: ignore[index]
                v.append(k)  # type: ignore[union-attr]


class _Index:
    """Posting lists of cluster numbers: by (first day, word), by (month of the first day, word)
    and by title word or name alone, each a dict of dicts (no tuple key per posting)."""

    __slots__ = ("day", "month", "word", "clusters", "starts")

    def __init__(self) -> None:
        self.day: dict[dt.date, dict[str, int | list[int]]] = {}
        self.month: dict[int, dict[str, int | list[int]]] = {}
        self.word: dict[str, int | list[int]] = {}
        self.clusters: list[_Cluster] = []
        self.starts: list[dt.date] = []
        """Each cluster's first day, by number."""

    def new(self, f: _Feat) -> _Cluster:
        c = _Cluster(len(self.clusters), f)
        self.clusters.append(c)
        self.starts.append(c.start)
        return c

    def add(self, c: _Cluster, toks: frozenset[str], title: frozenset[str], names: frozenset[str],
            readers: "tuple[bool, set[int], bool]") -> None:
        """Post ``c`` under ``toks`` for its day and month and under ``title`` and ``names`` alone,
        in the lists a later mention may read (``readers``: whether one reads days, the months
        read, whether one reads words alone)."""
        days_read, months_read, words_read = readers
        start, k = c.start, c.index
        month = start.year * 12 + start.month - 1
        indexes = []
        if days_read:
            days = self.day.get(start)
            if days is None:
                days = self.day[start] = {}
            indexes.append(days)
        if month in months_read:
            months = self.month.get(month)
            if months is None:
                months = self.month[month] = {}
            indexes.append(months)
        if indexes:
            _post(toks, k, *indexes)
        if words_read:
            # Posting ``title | names``: a word in both is posted once (then already last in its list).
            _post(title, k, self.word)
            _post(names, k, self.word)


def _candidates(f: _Feat, index: _Index, toks: frozenset[str] | None = None) -> list[_Cluster]:
    """Clusters that may take ``f``: their head date lies in ``f``'s interval and they share a word.

    Clusters are made finest date first, so every cluster a mention may join has its head's
    first day inside the mention's interval. A mention of up to a week looks up (day, word)
    pairs, one of up to a quarter (month, word) pairs, a coarser one words alone; only clusters
    starting inside its interval are kept. Each posting list is read from its newest
    POSTING_SCAN entries, and the candidates sharing the most words are kept (at most
    MAX_CANDIDATES): the work per mention is bounded, so merge stays linear.
    """
    start, end = f.m.date.start, f.m.date.end
    span = (end - start).days
    if toks is None:
        toks = f.title | f.names | f.story
    posted: list[int] = []
    if span <= DAY_SCAN_LIMIT:
        # A cluster is posted under its first day only, which lies in the interval: no filter.
        day_lists = index.day
        for i in range(span + 1):
            lists = day_lists.get(start + dt.timedelta(days=i) if i else start)
            if lists:
                for tok in lists.keys() & toks:
                    v = lists[tok]
                    if v.__class__ is int:
                        posted.append(v)  # type: ignore[arg-type]
                    else:
                        posted.extend(v[-POSTING_SCAN:])  # type: ignore[index]
    elif span <= MONTH_SCAN_LIMIT:
        month_lists, starts = index.month, index.starts
        first, last = start.year * 12 + start.month - 1, end.year * 12 + end.month - 1
        for mo in range(first, last + 1):
            lists = month_lists.get(mo)
            if not lists:
                continue
            # Clusters of a month wholly inside the interval start inside it: no filter.
            whole = (mo != first or start.day == 1) and (mo != last or (end + dt.timedelta(days=1)).day == 1)
            for tok in lists.keys() & toks:
                v = lists[tok]
                if v.__class__ is int:
                    if whole or start <= starts[v] <= end:  # type: ignore[index]
                        posted.append(v)  # type: ignore[arg-type]
                elif whole:
                    posted.extend(v[-POSTING_SCAN:])  # type: ignore[index]
                else:
                    posted += [k for k in v[-POSTING_SCAN:] if start <= starts[k] <= end]  # type: ignore[index]
    else:
        lists, starts = index.word, index.starts
        for tok in lists.keys() & (f.title | f.names):
            v = lists[tok]
            if v.__class__ is int:
                if start <= starts[v] <= end:  # type: ignore[index]
                    posted.append(v)  # type: ignore[arg-type]
            else:
                posted += [k for k in v[-POSTING_SCAN:] if start <= starts[k] <= end]  # type: ignore[index]
    if not posted:
        return []
    hits = Counter(posted)
    if len(hits) <= MAX_CANDIDATES:
        best = sorted(hits)
    else:
        # The most shared words, then the earliest made: a stable sort by count, descending, of
        # the numbers in order (two sorts in C, no tuple per cluster: faster than heapq here).
        best = sorted(sorted(sorted(hits), key=hits.__getitem__, reverse=True)[:MAX_CANDIDATES])
    clusters = index.clusters
    return [clusters[k] for k in best]


def _fits(f: _Feat, c: _Cluster) -> float:
    """Return the best similarity of ``f`` with ``c``'s members, or -1 when it cannot join."""
    if not _date_compatible(f.m, c.start, c.end, c.value):
        return -1.0
    members = c.members if len(c.members) <= MAX_MEMBERS else c.members[:MAX_MEMBERS]
    article, status, value = f.article, f.status, f.value
    # Whether the statuses and this article's own mentions allow the join, before any scoring.
    restating = False
    for g in members:
        if g.status != status:
            if not _status_compatible(f, g):
                return -1.0
        elif g.article == article and g.value != value:
            if g.span < f.span and len(members) > 1 and "/" not in f.value and g.m.sentence != f.m.sentence:
                # Maybe its article telling its event again, coarsely: see below. (Not by the
                # sentence that dates it to the day: one sentence dating two clauses tells two
                # happenings, "freed last week, they landed at Halvik on November 29".)
                restating = True
                continue
            return -1.0
    best = -1.0
    same_article = -1.0
    others: list[tuple[float, _Feat]] = []
    for g in members:
        if restating and g.article == article:
            continue
        sim = similarity(f, g)
        if sim <= 0 and g.article != article and _history(f, g):
            sim = HISTORY
        if sim > 0 and g.span < f.span and g.article != article and not _act_shared(f, g):
            sim = 0.0  # a coarser mention of another article tells a finer event again by its act
        if g.article == article and sim > same_article:
            same_article = sim
        if sim > 0 and g.status == status:
            # Between two equally close clusters, the one where a member of the same status
            # matches: "lifted off last month" is the launch reported as done, not the attempt
            # announced for an earlier day of that month.
            sim += SAME_STATUS_EDGE
        if restating:
            others.append((sim, g))
        if sim > best:
            best = sim
    if same_article != -1.0 and same_article < TITLE_THRESHOLD:
        return -1.0  # one article telling two things of one day: keep them apart
    if restating:
        # An article dating its event twice ("The two men broke out of Drummore prison last month"
        # in a report that also says "the escape on May 17"): only by another article's telling,
        # a close one, or a less close one of an article of its story beyond doubt (two of the
        # three story tests: "the fire that destroyed the St Aurel library earlier this month" /
        # "Fire gutted the library wing of the hilltop monastery of St Aurel early on Tuesday").
        if best >= RESTATE_MIN or best >= RESTATE_LOW and any(
                sim >= RESTATE_LOW and _story_tests(f, g) for sim, g in others):
            return best
        return -1.0
    if best <= 0 and COARSE_MIN < f.span <= COARSE_MAX and "/" not in f.value:
        # (a range, "carried out from 10 to 21 August", is a span of its own, not a coarse telling
        # of a day inside it; it joins a day of its story only by its clause, as above)
        acts = _acts(f, True)
        if acts:
            for g in members:
                if g.article != article and g.span < f.span:
                    n = _absorbs(f, g, acts)
                    if n:
                        best = max(best, ABSORB + min(n, 9) * ABSORB_STEP)
    return best


#: A coarse mention (a week to a season: more days than ``COARSE_MIN``, at most ``COARSE_MAX``)
#: may be taken by the one finer event of its story that its interval holds and whose clause
#: tells the same act (:func:`_absorbs`); its score lies below every other rule's.
COARSE_MIN, COARSE_MAX = 5, 100
ABSORB, ABSORB_STEP = 0.05, 0.001
ABSORB_TOP = 0.1


#: The least similarity with another article's telling for a coarse mention to join an event its
#: own article dates more precisely (see :func:`_fits`); ``RESTATE_LOW`` with a telling of an
#: article of its story beyond doubt (:func:`_story_tests`). Over the 23 evaluation sets the
#: lower bound merges 7 more events and no wrong one; on 3,000 generated articles (names from
#: one pool) it adds 5 joins (docs/events.md section 7).
RESTATE_MIN = 0.7
RESTATE_LOW = 0.4


#: Two articles' tellings of a happening of their story's past (both dates a year at least before
#: the earlier article, one of them coarser than a month), by one act word, join at this score
#: (see :func:`_history`).
HISTORY = 0.15
HISTORY_DAYS = 365


def _history(f: _Feat, g: _Feat) -> bool:
    """Two articles of one story beyond doubt (shared people, :func:`_kin`, and two of the three
    story tests) telling a happening of the story's past by one act word, a year or a season at
    least on one side: "the last serious collision in the strait, in March 2017" / "a similar
    collision in 2017"; "The main bore broke through in 2021" / "Nov. 2021 - Main bore breaks
    through". A story's news has many happenings a year, its background few: the same act in
    the same past period is one happening (a year or a season of the news is not: see
    :func:`_loose`)."""
    if max(f.span, g.span) <= 31:
        return False  # (most pairs)
    if (min(f.published, g.published) - max(f.m.date.end, g.m.date.end)).days < HISTORY_DAYS:
        return False
    if _acts(f).isdisjoint(_acts(g)):
        return False
    return _kin(f, g) and _story_tests(f, g)


def _tied(scores: list[float]) -> bool:
    """The best of several absorbing scores is not alone at the top (shares as many act words)."""
    top = max(scores)
    return sum(1 for x in scores if x > top - ABSORB_STEP / 2) > 1


def _most_told(clusters: "list[_Cluster]") -> "_Cluster | None":
    """The cluster whose members come from more articles than every other's, if one does and its
    members come from two articles at least (its first ``MAX_MEMBERS`` members, as everywhere
    a decision reads a cluster: the incremental merge relies on it)."""
    counts = sorted(((len({g.article for g in c.members[:MAX_MEMBERS]}), c.index, c) for c in clusters),
                    key=lambda x: (-x[0], x[1]))
    if counts[0][0] >= 2 and (len(counts) == 1 or counts[0][0] > counts[1][0]):
        return counts[0][2]
    return None


def _acts(f: _Feat, sentence: bool = False) -> frozenset[str]:
    """The words of ``f``'s clause that tell its act: its content words without names,
    amounts and words of attribution; with ``sentence``, those of its sentence when its clause
    has one such word at most ("Other four ferries began" in "Inspections of the four other
    ferries began a week ago")."""
    acts = f.acts
    if acts is None:
        acts = f.acts = _act_words(f, f.plain)
    if not sentence or len(acts) > 1:
        return acts
    found = f.sentence_acts
    if found is None:
        found = f.sentence_acts = _act_words(f, f.sentence)
    return found


def _act_words(f: _Feat, words: frozenset[str]) -> frozenset[str]:
    """``words`` without ``f``'s names, amounts and the words that tell no act."""
    names = f.names | f.title_names
    drop = _name_stems(names) if names else _EMPTY
    return frozenset(w for w in words - _NO_ACT if w[0] != "#" and w not in drop and w not in names)


#: Stems that tell no act: those that tie nothing (``_NO_TIE``) and "use".
_NO_ACT = _NO_TIE | {"use"}


def _act_shared(f: _Feat, g: _Feat) -> bool:
    """A coarse mention ``f`` and a finer mention ``g`` of another article share a word of their
    clauses that is not a name in both ("Apple" alone is no shared act: "a class-action lawsuit
    was filed against Apple in January" is not "Apple announced Intel Macs on January 10"; "a
    bill to introduce a levy" is "Parliament passed the Soft Drinks Levy Bill")."""
    return not (_acts(f, True).isdisjoint(g.plain) and _acts(g).isdisjoint(f.plain))


def _absorbs(f: _Feat, g: _Feat, acts: frozenset[str]) -> int:
    """How many act words a coarse mention ``f`` ("where four men died in the collapse last
    month") shares with a finer mention ``g`` of another article of its story ("A tunnel
    collapsed on Tuesday"): its clause's words without names ("Apple" alone ties nothing: "a
    lawsuit was filed against Apple in January" is not "Apple announced Intel Macs on January
    10"); 0 when they tell two stories or name different actors or amounts (``acts``: ``f``'s
    act words, :func:`_acts` with its sentence)."""
    g_acts = g.acts
    if g_acts is None:
        g_acts = _acts(g)
    if acts.isdisjoint(g_acts):
        return 0  # (most pairs)
    shared = acts & g_acts
    if _conflicting(f, g):
        return 0
    if f.names.isdisjoint(g.names) and not _linked(f, g) and not _named(f, g):
        return 0
    return len(shared)


def _named(a: _Feat, b: _Feat) -> bool:
    """Two articles whose texts share ``CAST_SHARE`` of the shorter list of names, one's
    headline naming a name of the other's text ("Inquiry blames cargo shift for Selka Dawn
    sinking" / "Ferry sinks in Marrow Strait": the Selka Dawn is named in the second's text)."""
    if not _cast_shared(a, b):
        return False
    return not (a.story & a.cast).isdisjoint(b.cast) or not (b.story & b.cast).isdisjoint(a.cast)


#: Added to a similarity with a member of the same status: it breaks ties between clusters only.
SAME_STATUS_EDGE = 1e-6


def _spec(text: str) -> RelativeSpec | None:
    m = re.fullmatch(r"(after|before|same):P(\d+)([DWMY]):(\w+)", text or "")
    if not m:
        return None
    unit = {"D": "day", "W": "week", "M": "month", "Y": "year"}[m.group(3)]
    sign = {"after": 1, "before": -1, "same": 0}[m.group(1)]
    return RelativeSpec(int(m.group(2)), unit, sign, m.group(4), True)


#: Sentences naming a referent read for one pending mention, per referent stem (the first).
REFERENT_SCAN = 200


class _Holding:
    """The dated mentions whose sentences' words hold a referent's stem, in order, up to the
    ``REFERENT_SCAN`` a pending mention reads. Only sentences holding a stem can name a referent:
    each stem is found in all the sentences at once, then the words of those sentences alone are
    read (common stems stop early)."""

    __slots__ = ("dated", "joined", "offsets", "words")

    def __init__(self, dated: list[Mention]) -> None:
        lowered = [m.sentence.lower() for m in dated]
        self.dated, self.joined = dated, "\n".join(lowered)
        self.offsets = list(accumulate(len(s) + 1 for s in lowered))
        self.words: dict[int, frozenset[str]] = {}

    def first(self, stem: str) -> list[Mention]:
        found: list[Mention] = []
        joined, offsets, dated, words = self.joined, self.offsets, self.dated, self.words
        i = joined.find(stem)
        while i >= 0 and len(found) < REFERENT_SCAN:
            k = bisect_right(offsets, i)
            held = words.get(k)
            if held is None:
                held = words[k] = _ref_words(dated[k].sentence)
            if stem in held:
                found.append(dated[k])
            i = joined.find(stem, offsets[k])  # the next sentence
        return found


def _resolve_pending(mentions: list[Mention], arts: dict[str, Article],
                     article_sets: "dict[str, tuple[frozenset[str], frozenset[str]]]") -> list[Mention]:
    """Date pending event-relative mentions from the referent's mention in another article
    (``article_sets``: each article's story and cast, :func:`_article_sets`, shared with merge's
    features)."""
    wanted = {stem for m in mentions if m.pending for stem in m.referent}
    if not wanted:
        return mentions
    holding = _Holding([m for m in mentions if not m.pending])
    index = {stem: holding.first(stem) for stem in wanted}
    out: list[Mention] = []
    for m in mentions:
        if not m.pending:
            out.append(m)
            continue
        story = arts[m.article].story if m.article in arts else None
        pub = arts[m.article].published if m.article in arts else None
        counts: dict[int, tuple[int, Mention]] = {}
        for stem in m.referent:
            for cand in index.get(stem, ())[:REFERENT_SCAN]:
                if cand.article == m.article:
                    continue
                cart = arts.get(cand.article)
                if story and cart is not None and cart.story:
                    if cart.story != story:
                        continue
                elif not _same_people(article_sets[m.article][1], article_sets[cand.article][1]):
                    # Without story keys, the referent's article must tell the same story: its
                    # text names the same people and places (a folder of many stories).
                    continue
                key = id(cand)
                counts[key] = (counts.get(key, (0, cand))[0] + 1, cand)
        best: tuple[tuple[object, ...], Mention] | None = None
        for n, cand in counts.values():
            cpub = arts[cand.article].published if cand.article in arts else None
            after = 1 if (pub and cpub and cpub > pub) else 0
            gap = abs((pub - cpub).days) if (pub and cpub) else 0
            # A telling that names the referent only as a topic ("published its investigation
            # into the fire") dates another act: the fire itself is preferred.
            topic = 1 if only_as_topic(_NAME_WORD.sub("", cand.sentence), m.referent) else 0
            # Of a sentence's dates, the one told beside the referent's word dates it ("found
            # guilty on Friday of armed robbery over the November 2024 raid": the raid is
            # November's, not the verdict's Friday, however finer).
            near = _beside_count(cand, m.referent)
            far = 0 if near else 1
            # (twenty-third session) of two dates beside the referent's words, the one beside more
            # of them ("set the election for March 16, after the government lost a confidence vote
            # on Tuesday": "the confidence vote" is Tuesday's, "election" only a kin word)
            key = (-n, topic, far, -near, after, -_RANK.get(cand.date.granularity, 0), gap, cand.article, cand.start)
            if best is None or key < best[0]:
                best = (key, cand)
        spec = _spec(m.relation_spec or "")
        date = shift(best[1].date, spec) if (best and spec) else None
        if best is None or date is None:
            log.debug("pending mention %r in %s: referent %s not dated in the story", m.expr, m.article, m.referent)
            continue
        anchor = best[1]
        out.append(
            replace(
                m, date=date, pending=False, anchor=f"{anchor.date.value} ({anchor.expr}, {anchor.article})",
                reason=f"event-relative, resolved across the story from “{anchor.expr}” in {anchor.article}"
                f" ({anchor.date.label}); {'planned' if m.status == 'planned' else 'past'}",
                status="planned" if (pub and date.start > pub) else m.status,
            )
        )
    return out


class PendingTrace:
    """How a :func:`merge_incremental` resolved the pending mentions, for the next: each pending
    mention's result (``results``: by its article's version, place and rank among mentions of
    that place; the resolved mention, None when it stayed undated) and, for each referent stem
    looked up (``hits``), its *window*: the versions of the articles of the dated mentions the
    stem's lookup reads (the first ``REFERENT_SCAN`` whose words hold it) and, when there are that
    many, the last of them (its article's version, place and date value), else None."""

    __slots__ = ("results", "hits")

    def __init__(self, results: "dict[tuple[str, int, int, int], Mention | None]",
                 hits: "dict[str, tuple[frozenset[str], tuple[str, int, int, str] | None]]") -> None:
        self.results, self.hits = results, hits

    def __getstate__(self) -> tuple[object, ...]:
        return (self.results, self.hits)

    def __setstate__(self, state: tuple[object, ...]) -> None:
        self.results, self.hits = state  # type: ignore[assignment]


def _resolve_pending_traced(ordered: Sequence[Mention], arts: dict[str, Article],
                            article_sets: "dict[str, tuple[frozenset[str], frozenset[str]]]",
                            versions: "Mapping[str, str]", previous: "MergeTrace | None"
                            ) -> tuple[list[Mention], PendingTrace]:
    """:func:`_resolve_pending` of ``ordered``, reusing the earlier merge's results (``previous``).

    A pending mention's result depends only on itself, its article, and the dated mentions
    whose sentences hold one of its referent's stems (the candidates: their sentences, dates,
    places and articles), in merge order; other pending mentions play no part. So an earlier
    result is taken again when the mention is the same (its article's version and place) and,
    for each stem of its referent, the lookup reads the same mentions: no article of the stem's
    window (:class:`PendingTrace`) is gone or changed, and no new or changed article has a dated
    mention holding the stem before the window's end (before any, when the window was not
    full). The unchanged articles keep their order, so such a window is the same. The others
    are resolved by ``_resolve_pending`` given every dated mention and those pending ones alone:
    the results are the same.
    """
    pendings = [m for m in ordered if m.pending]
    wanted = {stem for m in pendings for stem in m.referent}
    if not wanted:  # (as _resolve_pending: the mentions as they are)
        return list(ordered), PendingTrace({}, {})
    old = getattr(previous, "pending", None) if previous is not None else None
    if not (isinstance(old, PendingTrace) and isinstance(old.results, dict) and isinstance(old.hits, dict)):
        old = PendingTrace({}, {})
    now = set(versions.values())
    before = set(previous.versions) if previous is not None and old.results else set()
    hits: dict[str, tuple[frozenset[str], tuple[str, int, int, str] | None]] = {}
    dirty: set[str] = set()
    holding: "_Holding | None" = None  # the dated sentences, joined (made when first needed)
    words: dict[str, frozenset[str]] = _Memo(_ref_words)  # (a sentence's words, as the lookup reads them)
    # Dated mentions of the articles the earlier merge did not have (new, or changed: a new version),
    # by position, and the positions of the mentions that closed a stem's full window then.
    fresh: list[tuple[int, Mention]] = []
    cuts: dict[tuple[str, int, int, str], int] = {}
    if before:
        ends = {w[1] for w in old.hits.values() if type(w) is tuple and len(w) == 2 and w[1] is not None}
        for i, m in enumerate(ordered):
            if m.pending:
                continue
            v = versions.get(m.article, "")
            if v not in before:
                fresh.append((i, m))
            elif ends:
                at = (v, m.start, m.end, m.date.value)
                if at in ends:
                    cuts[at] = i
    for stem in wanted:
        was = old.hits.get(stem)
        if type(was) is tuple and len(was) == 2 and before:
            window, cut = was
            if window <= now:  # no article of the window gone or changed
                end = cuts.get(cut, -1) if cut is not None else len(ordered)
                if end >= 0 and not any(i < end and stem in words[m.sentence] for i, m in fresh):
                    hits[stem] = was  # the same mentions hold the stem up to the window's end
                    continue
        # The stem's window: the articles of the first REFERENT_SCAN dated mentions whose words
        # hold it (as _resolve_pending reads them) and the last of them when the window is full.
        if holding is None:
            holding = _Holding([m for m in ordered if not m.pending])
        found = holding.first(stem)
        last = found[-1] if len(found) == REFERENT_SCAN else None
        hits[stem] = (frozenset(versions.get(m.article, "") for m in found),
                      None if last is None else (versions.get(last.article, ""), last.start, last.end, last.date.value))
        dirty.add(stem)
    results: dict[tuple[str, int, int, int], Mention | None] = {}
    keys: list[tuple[str, int, int, int]] = []
    rank: dict[tuple[str, int, int], int] = {}
    again: dict[int, int] = {}  # id -> position in pendings, of those resolved again
    for i, m in enumerate(pendings):
        place = (versions.get(m.article, "\0" + m.article), m.start, m.end)
        n = rank.get(place, 0)
        rank[place] = n + 1
        key = (*place, n)
        keys.append(key)
        was = old.results.get(key, False)
        if not m.referent:
            results[key] = None  # nothing names it (others do: see above): it stays undated
        elif (was is None or type(was) is Mention) and m.article in versions and dirty.isdisjoint(m.referent):
            results[key] = was
        else:
            again[id(m)] = i
    if again:
        todo = [m for m in ordered if not m.pending or id(m) in again]
        got = _resolve_pending(todo, arts, article_sets)
        dated = {id(m) for m in todo if not m.pending}
        j = 0
        for m in todo:  # the output keeps the order; a pending mention gives one mention (its own) or none
            if id(m) in dated:
                j += 1
                continue
            r = got[j] if j < len(got) else None
            if r is not None and id(r) not in dated and (r.article, r.start, r.end, r.referent, r.relation_spec) == (
                    m.article, m.start, m.end, m.referent, m.relation_spec):
                # (two pending mentions alike in all these are both resolved or both not)
                results[keys[again[id(m)]]] = r
                j += 1
            else:
                results[keys[again[id(m)]]] = None
    out: list[Mention] = []
    k = 0
    for m in ordered:
        if not m.pending:
            out.append(m)
            continue
        r = results[keys[k]]
        k += 1
        if r is not None:
            out.append(r)
    return out, PendingTrace(results, hits)


#: Characters between a referent's word and a date that tells when it happened (see :func:`_beside_count`).
BESIDE = 30


def _beside_count(m: Mention, stems: Sequence[str]) -> int:
    """How many of ``stems`` start a word within ``BESIDE`` characters of ``m``'s date words in its
    sentence."""
    low = m.sentence.lower()
    s0 = m.start - m.sentence_start
    s1 = s0 + len(m.expr)
    n = 0
    for stem in stems:
        i = low.find(stem, max(0, s0 - BESIDE - len(stem)))
        while 0 <= i <= s1 + BESIDE:
            if i + len(stem) >= s0 - BESIDE and (i == 0 or not low[i - 1].isalpha()):
                n += 1
                break
            i = low.find(stem, i + 1)
    return n


#: A capitalised word inside a sentence: part of a name ("Eldmoor Fire and Rescue Service"
#: names no fire).
_NAME_WORD = re.compile(r"(?<=[\w,] )[A-Z][a-z]+")

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def _slug(text: str, limit: int) -> str:
    if not text.isascii():  # "La última edición" -> "la-ultima-edicion" (accents off; "’" still a break)
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    s = _NOT_SLUG.sub("-", text.lower()).strip("-")
    if len(s) > limit:
        s = s[:limit].rsplit("-", 1)[0] or s[:limit]
    return s.strip("-")


def event_id(date_value: str, title: str, mentions: Sequence[Mention], dates: "dict[str, str] | None" = None) -> str:
    """Return a stable id: ``<date>-<title words>-<hash of the mentions>`` in ``[a-z0-9-]``, ≤ 64 chars
    (``dates``: a date value -> slug cache)."""
    if len(mentions) == 1:  # most events: the same key, without sorting and joining
        m = mentions[0]
        key = f"{m.article}:{m.start}:{m.end}"
    else:
        key = "|".join(sorted(f"{m.article}:{m.start}:{m.end}" for m in mentions))
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:7]
    date = _slug(date_value, 21) if dates is None else dates[date_value]
    words = _slug(title, 64 - len(date) - len(digest) - 2)
    return "-".join(p for p in (date, words, digest) if p)


def merge(mentions: Sequence[Mention], articles: Sequence[Article],
          features: "Sequence[MentionFeatures] | None" = None, dropped: "list[Dropped] | None" = None,
          vectors: "Mapping[str, story_stage.Vector] | None" = None,
          key_words: "Mapping[str, frozenset[str]] | None" = None) -> tuple[Event, ...]:
    """Return one event per happening, each with all its mentions.

    Args:
        mentions: every article's mentions (any order; the result does not depend on it).
        articles: the articles they come from (publication dates, story keys).
        features: each mention's :func:`features`, in the order of ``mentions`` (from the
            per-article analysis); computed here when not given (the result is the same).
        dropped: when given, the mentions merge takes off the timeline (see :func:`_folded`)
            are appended to it as :class:`Dropped` values, with the reason.
        vectors: each article's :func:`timeline.story.vector` (from the per-article analysis),
            by article id; made here for the articles it lacks (the result is the same).

    Returns:
        Events in a deterministic (not yet chronological) order; see :func:`timeline.order.order`.
    """
    with collector_paused():  # merge makes no reference cycles, only many small containers
        return _merge(mentions, articles, features, dropped=dropped, vectors=vectors, key_words=key_words)[0]


def merge_incremental(mentions: Sequence[Mention], articles: Sequence[Article],
                      features: "Sequence[MentionFeatures] | None", versions: "Mapping[str, str]",
                      previous: "MergeTrace | None" = None, dropped: "list[Dropped] | None" = None,
                      vectors: "Mapping[str, story_stage.Vector] | None" = None,
                      key_words: "Mapping[str, frozenset[str]] | None" = None
                      ) -> tuple[tuple[Event, ...], MergeTrace]:
    """:func:`merge`, reusing the decisions of an earlier merge of mostly the same articles.

    ``versions`` maps each article id to a text that changes whenever the article or the code
    that analyses and merges it does (build passes the analysis cache keys, which hash both).
    ``previous`` is the trace an earlier call returned. The events are exactly :func:`merge`'s
    (same ids, mentions and order): a mention's earlier decision is replayed only when the
    mention, every posting list it reads and every cluster it was compared with are as they
    were (see :class:`_Tracer`); any other mention is merged as :func:`merge` does.

    Returns:
        The events and the trace to give the next call.
    """
    with collector_paused():
        events, trace = _merge(mentions, articles, features, versions, previous, dropped, vectors, key_words)
    assert trace is not None
    return events, trace


def _merge(mentions: Sequence[Mention], articles: Sequence[Article],
           features: "Sequence[MentionFeatures] | None", versions: "Mapping[str, str] | None" = None,
           previous: "MergeTrace | None" = None, dropped: "list[Dropped] | None" = None,
           vectors: "Mapping[str, story_stage.Vector] | None" = None,
           key_words: "Mapping[str, frozenset[str]] | None" = None
           ) -> tuple[tuple[Event, ...], "MergeTrace | None"]:
    arts = {a.id: a for a in articles}
    given: dict[int, MentionFeatures] = {}
    sets: dict[SetText, frozenset[str]] = _Memo(_text_set)  # equal texts, one set
    if features is not None:
        if len(features) != len(mentions):
            raise ValueError(f"merge: {len(features)} feature tuples for {len(mentions)} mentions")
        # By object: the mentions are alive throughout, so no other object takes their ids.
        given = {id(m): ft for m, ft in zip(mentions, features)}

    published = {key: a.published or dt.date.min for key, a in arts.items()}

    def pub(m: Mention) -> dt.date:
        return published.get(m.article, dt.date.min)

    ordered = sorted(mentions, key=lambda m: (pub(m), m.article, m.start, m.end, m.date.value))
    featurer = _Featurer(arts)
    if versions is None:
        resolved = _resolve_pending(list(ordered), arts, featurer.article)
        pending = None
    else:
        resolved, pending = _resolve_pending_traced(ordered, arts, featurer.article, versions, previous)
    # A resolved pending mention is a new object (a new date; the same text): its features are
    # computed here, as are all of them when none were given.
    if previous is None or versions is None:
        feats = [_Feat(m, pub(m), *map(sets.__getitem__, ft[:9]), ft[9]) if (ft := given.get(id(m))) is not None
                 else featurer(m, pub(m)) for m in resolved]
        fill = None
    else:
        # Replaying: most mentions are never compared, so only the sets that post them are made
        # now; the others when the mention is decided or compared (``fill``).
        feats, fill = _lazy_feats(resolved, given, sets, featurer, pub)
    del featurer, given
    told = Counter((f.article, f.value) for f in feats)
    docs = StoryDocs(arts, vectors, versions, previous, key_words)
    for f in feats:
        f.day_told = told[f.article, f.value]
        f.docs = docs
        if f.span == 0 and f.article in arts:
            f.chrono = opens_chronology_line(arts[f.article].body, f.m.start)
    # Finest dates first, so coarse mentions ("last week") join the precise event they contain.
    feats.sort(key=lambda f: (-_RANK.get(f.m.date.granularity, 0), f.span, f.published, f.article, f.m.start, f.m.end))
    tracer = None if versions is None else _Tracer(feats, versions, {id(m) for m in mentions}, previous, fill)
    index = _Index() if tracer is None or tracer.old is None else _LazyIndex()
    clusters = index.clusters
    readers = _readers(feats)
    for i, (f, read) in enumerate(zip(feats, readers)):
        ftoks = f.title | f.names | f.story
        if tracer is not None:
            target = tracer.step(i, f, ftoks, index, read)
        else:
            target = _decide(f, index, ftoks)[0]
            if target is not None:
                target.members.append(f)
            else:
                target = index.new(f)
        index.add(target, ftoks, f.title, f.names, read)
    made = clusters
    clusters = _swapped(made, fill)
    days = _PairAnswers(tracer.versions if tracer is not None else None, previous, "days", _one_day_pair)
    decided = _Decisions(versions, previous) if versions is not None else None
    joined = _one_day(clusters, docs, fill, days, versions, decided)
    stories: dict[tuple[str, str], bool] = {}  # the story answers of this merge, by the articles' versions
    known: dict[tuple[str, str], bool] = {}  # ... and of the one before
    if previous is not None and versions is not None and getattr(previous, "stories", None):
        pv = previous.versions
        known = {(pv[ab >> 32], pv[ab & 0xFFFFFFFF]): v for ab, v in previous.stories.items()}
    # The fold's answers by words (see _folded), by the two mentions packed in one int with their
    # articles' numbers in the trace's versions: this merge's, and the last one's (read in place).
    folds = _PairAnswers(tracer.versions if tracer is not None else None, previous, "folds", _folds_by_words)
    off = _folded(clusters, index, arts, fill, versions, known, stories, folds, decided)
    told = _fold_joins(clusters, index, off, joined, fill, decided)
    told |= _coarse_joins(clusters, index, off | joined | told, fill, decided)
    told |= _model_joins(clusters, index, joined | told, off - told, fill, decided)
    told |= _model_days(clusters, docs, off | joined | told, fill, decided, days, versions)
    del known
    del index, feats, readers, fill, sets
    dates: dict[str, str] = _Memo(partial(_slug, limit=21))
    if tracer is None:
        events = [_event(c, dates) for c in clusters]
        trace = None
    else:
        # A cluster no decision touched has the earlier merge's members: its id is the earlier one's.
        # (Not one whose members _swapped changed, now or then: its id is made, and not kept.)
        known = tracer.known_ids()
        events = [_event(c, dates, known[c.index] if c is made[k] else None) for k, c in enumerate(clusters)]
        trace = tracer.trace({tracer.first[k]: e.id for k, e in enumerate(events) if clusters[k] is made[k]})
        trace.pending = pending
        if stories:
            number = {v: i for i, v in enumerate(trace.versions)}
            trace.stories = {(number[a] << 32) | number[b]: v for (a, b), v in stories.items()
                             if a in number and b in number}
        trace.folds = folds.new
        trace.days = days.new
        if decided is not None:
            trace.decided = decided.new
        if docs.found or docs.old:
            trace.akin = docs.answers(trace.versions)
    del tracer
    if told:
        off -= told
        joined |= told
    if dropped is not None:
        # A pending mention whose referent no article of its story dates is no event; it is listed
        # among the dropped expressions with the reason (nothing is lost silently).
        kept = {_mention_key(m) for m in resolved}
        dropped.extend(_unresolved_note(m) for m in ordered
                       if m.pending and m.expression is not None and _mention_key(m) not in kept)
    if off or joined:
        # (after the trace: a rebuild makes the same clusters and takes the same ones off; a
        # position ``_one_day`` joined into another holds that other's cluster: its event is there)
        if dropped is not None:
            dropped.extend(_fold_note(clusters[k].head) for k in sorted(off, key=lambda k: _mention_key(clusters[k].head))
                           if clusters[k].head.expression is not None)
        events = [e for k, e in enumerate(events) if k not in off and k not in joined]
    # Ids must be unique: a collision (same date, title and mentions is impossible) gets a suffix.
    seen_ids: dict[str, int] = {}
    out = []
    for e in sorted(events, key=lambda e: (e.date.start, e.date.end, e.id)):
        n = seen_ids.get(e.id, 0)
        seen_ids[e.id] = n + 1
        out.append(e if n == 0 else replace(e, id=f"{e.id[:60]}-{n + 1}"))
    return tuple(out), trace


def _decide(f: _Feat, index: _Index, ftoks: frozenset[str],
            ready: "Callable[[list[_Cluster]], None] | None" = None) -> tuple[_Cluster | None, list[_Cluster]]:
    """The cluster ``f`` joins (None: it makes a new one) and the candidates it was compared with
    (``ready``: called with the candidates before any is compared)."""
    best: tuple[float, int, int, _Cluster] | None = None
    absorbing: list[tuple[float, _Cluster]] = []
    same_day: list[tuple[float, _Cluster]] = []
    found = _candidates(f, index, ftoks)
    if ready is not None:
        ready(found)
    for c in found:
        score = _fits(f, c)
        if f.span == 0 and c.value == f.value:
            same_day.append((score, c))
        if score <= 0:
            continue
        if score < ABSORB_TOP:
            absorbing.append((score, c))
        # Equal scores: see _better_tie.
        told = min(len(c.members), MAX_MEMBERS)
        if best is None or score > best[0]:
            best = (score, told, c.index, c)
        elif score == best[0] and _better_tie(f, c, told, best):
            best = (score, told, c.index, c)
    if best is not None and best[0] < ABSORB_TOP and len(absorbing) > 1 and _tied([s for s, _ in absorbing]):
        # Two finer events of the story could take the coarse mention: the one more outlets tell
        # does ("that walkout cost local businesses" last week: the strike's start, told by three
        # articles, not its planned end, told by one), else neither.
        told = _most_told([c for s, c in absorbing if s > best[0] - ABSORB_STEP / 2])
        best = None if told is None else (best[0], 0, told.index, told)
    if best is None and same_day:
        return _restated(f, same_day) or _sole_day(f, same_day), found
    return (None if best is None else best[3]), found


class MergeTrace:
    """What one :func:`merge_incremental` decided, for the next (see :class:`_Tracer`), in
    flat arrays: each mention's key, in merge order (``keys``: its article's number in
    ``versions`` and its place in the article packed in one int; ``extra``: the date and status
    of a resolved pending mention, or the rank of a repeated key, by position); the position of
    the first mention of the cluster it joined (its own when it made one) and that cluster's
    first day (an ordinal); the positions of the first mentions of the clusters it was compared
    with (``cands[at[i]:at[i + 1]]``); and the words each article's mentions posted under (joined
    by ``_SEP``: made into sets only for the articles that changed)."""

    __slots__ = ("versions", "keys", "extra", "targets", "starts", "at", "cands", "tokens", "ids", "pending", "stories",
                 "folds", "akin", "days", "decided")

    def __init__(self, versions: list[str], keys: list[int], extra: dict[int, tuple[object, ...]],
                 targets: "array[int]", starts: "array[int]", at: "array[int]", cands: "array[int]",
                 tokens: list[SetText], ids: dict[int, str], pending: "PendingTrace | None" = None
                 ) -> None:  # type: ignore[valid-type]
        self.versions, self.keys, self.extra = versions, keys, extra
        self.targets, self.starts, self.at, self.cands, self.tokens = targets, starts, at, cands, tokens
        self.ids = ids
        """Each cluster's event id (before a collision's suffix), by its first mention's position."""
        self.pending = pending
        """How the pending mentions were resolved (see :func:`_resolve_pending_traced`)."""
        self.stories: dict[int, bool] = {}
        """:func:`_folded`'s answers to "do these two articles tell one story?", by the two
        articles' numbers in ``versions`` packed in one int (``a << 32 | b``): a function of
        the two versions alone (article-level words and names, story keys)."""
        self.folds: dict[int, bool] = {}
        """:func:`_folds_by_words`'s answers, by the two mentions (their articles' numbers in
        ``versions`` and their places, packed: ``_fold_key``): a function of the two mentions and
        their articles."""
        self.akin: dict[int, bool] = {}
        """:meth:`StoryDocs.one_story`'s answers, by the two articles' numbers packed as ``stories``'."""
        self.days: dict[int, bool] = {}
        """:func:`_one_day_words`'s answers by mention pair, packed as ``folds``'."""
        self.decided: dict[bytes, object] = {}
        """The later steps' decisions (:func:`_one_day`'s of a day, :func:`_folded`'s and
        :func:`_fold_joins`' of a lone coarse mention) by a digest of what they read
        (:class:`_Decisions`)."""

    def __getstate__(self) -> tuple[object, ...]:
        return (self.versions, self.keys, self.extra, self.targets, self.starts, self.at, self.cands, self.tokens,
                self.ids, self.pending, self.stories, self.folds, self.akin, self.days, self.decided)

    def __setstate__(self, state: tuple[object, ...]) -> None:
        (self.versions, self.keys, self.extra, self.targets, self.starts, self.at, self.cands,  # type: ignore[assignment]
         self.tokens, self.ids) = state[:9]
        self.pending = state[9] if len(state) > 9 else None  # type: ignore[assignment]
        self.stories = state[10] if len(state) > 10 else {}  # type: ignore[assignment]
        self.folds = state[11] if len(state) > 11 else {}  # type: ignore[assignment]
        self.akin = state[12] if len(state) > 12 else {}  # type: ignore[assignment]
        self.days = state[13] if len(state) > 13 else {}  # type: ignore[assignment]
        self.decided = state[14] if len(state) > 14 else {}  # type: ignore[assignment]


#: The place of a mention in its article, in a trace's key: ``(article << 80) | (start << 40) | end``.
_PLACE = (1 << 80) - 1


def _counted(lists: dict[str, list[int]], toks: frozenset[str], k: int) -> None:
    """Count a post of cluster ``k`` under ``toks`` into the dirty ``lists`` (word -> [appends
    since the last difference, cluster last]); a list with ``POSTING_SCAN`` appends is clean."""
    for tok in lists.keys() & toks:
        state = lists[tok]
        if state[1] != k:
            state[1] = k
            state[0] += 1
            if state[0] >= POSTING_SCAN:
                del lists[tok]


def _whole(trace: MergeTrace) -> bool:
    """Whether ``trace``'s parts fit together (a damaged trace is not replayed)."""
    try:
        n = len(trace.keys)
        if not (len(trace.targets) == len(trace.starts) == len(trace.at) - 1 == n and trace.at[-1] == len(trace.cands)
                and len(trace.tokens) == len(trace.versions)):
            return False
        if n and not (0 <= min(trace.targets) and max(trace.targets) < n and 0 <= min(trace.at)):
            return False
        if trace.cands and not (0 <= min(trace.cands) and max(trace.cands) < n):
            return False
        made = set(trace.targets)  # clusters are known by their first mention, which is its own target
        if not made.issuperset(trace.cands) or not all(trace.targets[t] == t for t in made):
            return False
        if n and min(trace.starts) < 1:
            return False
        if not made.issuperset(trace.ids) or not all(isinstance(v, str) and v for v in trace.ids.values()):
            return False
        return all(0 <= k >> 80 < len(trace.versions) for k in trace.keys) and all(0 <= j < n for j in trace.extra)
    except (AttributeError, TypeError, IndexError):
        return False


class _Tracer:
    """Runs merge's decisions with a trace: replays an earlier merge's where they cannot differ.

    A mention's decision depends on its features, on the candidates its posting lists give
    (which depend on what was posted in them before) and on those clusters' first
    ``MAX_MEMBERS`` members (and head). Every cluster is known across merges by the position
    of its first mention in the earlier merge (``sid``; a cluster the earlier merge did not
    make gets a negative number), and clusters keep their relative order (the merge order of
    the mentions of unchanged articles does not change). A mention is *replayed* (its earlier
    decision taken again, nothing compared) when its key is the earlier merge's (same article
    version and place; a resolved pending mention also by its date and status), no posting
    list it reads is dirty, and none of the clusters it was compared with is dirty. Otherwise
    it is decided as merge does; when its decision differs from the earlier one (or it is new),
    the clusters it joined or left become dirty, and so do the lists (day, month and word,
    by word) it posted in or no longer posts in. A mention of the earlier merge that is gone
    (its article changed or left) dirties its cluster and the lists its article posted in.
    Dirty is for good (a list or a cluster once different may stay so): exact, conservative.
    """

    __slots__ = ("versions", "keys", "extra", "art", "old", "old_pos", "sid", "first", "by_sid", "dirty", "day",
                 "month", "word", "targets", "starts", "at", "cands", "tokens", "fill", "gone", "placed")

    def __init__(self, feats: list[_Feat], versions: "Mapping[str, str]", inputs: set[int],
                 previous: "MergeTrace | None", fill: "Callable[[_Feat], None] | None" = None) -> None:
        self.fill = fill
        numbers: dict[str, int] = {}
        self.versions: list[str] = []
        keys: list[int] = []
        extra: dict[int, tuple[object, ...]] = {}
        art: list[int] = []
        seen: dict[object, int] = {}
        unknown = False
        for i, f in enumerate(feats):
            m = f.m
            k = numbers.get(f.article)
            if k is None:
                v = versions.get(f.article)
                if v is None:
                    unknown = True
                    v = "\0" + f.article  # (no version: never replayed, see below)
                k = numbers[f.article] = len(self.versions)
                self.versions.append(v)
            art.append(k)
            key = (k << 80) | (m.start << 40) | m.end
            keys.append(key)
            if id(m) in inputs:
                n = seen.get(key, 0)
                seen[key] = n + 1
                if n:
                    extra[i] = (n,)
            else:  # a resolved pending mention: its date comes from another article
                more = (m.date.value, m.date.start.toordinal(), m.date.end.toordinal(), m.status)
                n = seen.get((key, more), 0)
                seen[(key, more)] = n + 1
                extra[i] = more + (n,)
        self.keys, self.extra, self.art = keys, extra, art
        self.sid: list[int] = []
        """Each cluster's number across merges, by index."""
        self.first: list[int] = []
        """Each cluster's first mention's position in this merge, by index."""
        self.by_sid: dict[int, _Cluster] = {}
        self.placed: dict[int, int] = {}
        """Each cluster's first mention's position in this merge, by ``sid``."""
        self.dirty: set[int] = set()
        self.day: dict[dt.date, dict[str, list[int]]] = {}
        self.month: dict[int, dict[str, list[int]]] = {}
        self.word: dict[str, list[int]] = {}
        """Dirty posting lists: by day, month or alone, each word's appends since its last
        difference and the cluster last in it (see :meth:`_posted`)."""
        self.gone: list[int] = []
        self.targets, self.starts, self.at, self.cands = array("q"), array("q"), array("q", [0]), array("q")
        self.tokens: list[set[str]] = [set() for _ in self.versions]
        self.old = previous
        self.old_pos: list[int] = []
        if previous is None or unknown or not _whole(previous):
            self.old = None
            return
        # This merge's keys in the earlier merge's numbering of articles (-1: an article not there).
        was = {v: k for k, v in enumerate(previous.versions)}
        renumber = [was.get(v, -1) for v in self.versions]
        if previous.extra:
            pos_of = {k: j for j, k in enumerate(previous.keys) if j not in previous.extra}
        else:
            pos_of = dict(zip(previous.keys, range(len(previous.keys))))
        old_extra = {(previous.keys[j], more): j for j, more in previous.extra.items()}
        old_pos = self.old_pos
        for i, k in enumerate(art):
            o = renumber[k]
            if o < 0:
                old_pos.append(-1)
                continue
            key = (o << 80) | (keys[i] & _PLACE)
            more = extra.get(i)
            old_pos.append(pos_of.pop(key, -1) if more is None else old_extra.pop((key, more), -1))
        # Gone mentions: their clusters are dirty now; the lists their articles posted in from
        # where they stood in the earlier merge (before it, the lists were the same).
        gone = sorted(list(pos_of.values()) + list(old_extra.values()))
        for r in gone:
            self.dirty.add(previous.targets[r])
        self.gone = gone[::-1]

    def _mark(self, day: dt.date, toks: "frozenset[str] | set[str]", words: "frozenset[str] | set[str]",
              k: int = -1) -> None:
        """Posting lists of ``day`` and its month under ``toks``, and word lists under ``words``,
        are dirty from now on (``k``: the cluster now last in them, -1: unknown)."""
        found = self.day.get(day)
        if found is None:
            found = self.day[day] = {}
        month = day.year * 12 + day.month - 1
        months = self.month.get(month)
        if months is None:
            months = self.month[month] = {}
        for lists, words_ in ((found, toks), (months, toks), (self.word, words)):
            for tok in words_:
                state = lists.get(tok)
                if state is None:
                    lists[tok] = [0, k]
                else:
                    state[0] = 0
                    if k >= 0:
                        state[1] = k

    def _posted(self, c: _Cluster, ftoks: frozenset[str], f: _Feat, readers: "tuple[bool, set[int], bool]") -> None:
        """Count a post of ``c`` (as the earlier merge made it) into the dirty lists it enters:
        once ``POSTING_SCAN`` clusters were added to a list after its last difference, the newest
        entries a mention reads are the same in both merges, and the list is clean again."""
        days_read, months_read, words_read = readers
        k = c.index
        if days_read and self.day:
            found = self.day.get(c.start)
            if found:
                _counted(found, ftoks, k)
        if months_read and self.month:
            month = c.start.year * 12 + c.start.month - 1
            if month in months_read:
                found = self.month.get(month)
                if found:
                    _counted(found, ftoks, k)
        if words_read and self.word:
            _counted(self.word, f.title | f.names, k)

    def _reads_dirty(self, f: _Feat, ftoks: frozenset[str]) -> bool:
        """Whether a posting list ``f`` reads (see :func:`_candidates`) is dirty."""
        span = f.span
        if span <= DAY_SCAN_LIMIT:
            lists = self.day
            if lists:
                start = f.m.date.start
                for i in range(span + 1):
                    found = lists.get(start + dt.timedelta(days=i) if i else start)
                    if found and not found.keys().isdisjoint(ftoks):
                        return True
            return False
        if span <= MONTH_SCAN_LIMIT:
            months = self.month
            if months:
                start, end = f.m.date.start, f.m.date.end
                for mo in range(start.year * 12 + start.month - 1, end.year * 12 + end.month):
                    found = months.get(mo)
                    if found and not found.keys().isdisjoint(ftoks):
                        return True
            return False
        word = self.word.keys()
        return not word.isdisjoint(f.title) or not word.isdisjoint(f.names)

    def _made(self, index: _Index, f: _Feat, i: int, sid: int) -> _Cluster:
        c = index.new(f)
        self.sid.append(sid)
        self.first.append(i)
        self.by_sid[sid] = c
        self.placed[sid] = i
        return c

    def step(self, i: int, f: _Feat, ftoks: frozenset[str], index: _Index,
             readers: "tuple[bool, set[int], bool]") -> _Cluster:
        """Decide (or replay) mention ``i``, record it, and return the cluster it is now in
        (``readers``: what it posts in, see :func:`_readers`)."""
        self.tokens[self.art[i]] |= ftoks
        old = self.old
        op = self.old_pos[i] if old is not None else -1
        first = self.first
        if op >= 0:
            assert old is not None
            gone = self.gone
            while gone and gone[-1] < op:  # mentions of the earlier merge gone from before this one
                r = gone.pop()
                toks = _text_set(old.tokens[old.keys[r] >> 80])
                self._mark(dt.date.fromordinal(old.starts[r]), toks, toks)
            was = old.cands[old.at[op]:old.at[op + 1]]
            if self.dirty.isdisjoint(was) and not self._reads_dirty(f, ftoks):
                t = old.targets[op]
                if t == op:
                    c = self._made(index, f, i, op)
                else:
                    c = self.by_sid[t]
                    c.members.append(f)
                self.cands.extend(map(self.placed.__getitem__, was))
                self._record(i, c)
                self._posted(c, ftoks, f, readers)
                return c
        if self.fill is not None:
            self.fill(f)
        if isinstance(index, _LazyIndex):
            index.ready(f)
        target, found = _decide(f, index, ftoks, None if self.fill is None else self._ready)
        if target is None:
            target = self._made(index, f, i, op if op >= 0 else -1 - i)
        else:
            target.members.append(f)
        sid = self.sid[target.index]
        if old is None:
            pass  # nothing to replay: no dirty lists or clusters to keep
        elif op < 0 or sid != old.targets[op]:
            # A decision the earlier merge did not take: what it joined and posted differs.
            words = f.title | f.names
            self.dirty.add(sid)
            if op >= 0:
                self.dirty.add(old.targets[op])
                self._mark(dt.date.fromordinal(old.starts[op]), ftoks, words)
            self._mark(target.start, ftoks, words, target.index)
        else:
            self._posted(target, ftoks, f, readers)
        self.cands.extend([first[c.index] for c in found])
        self._record(i, target)
        return target

    def _ready(self, found: list[_Cluster]) -> None:
        """The members a mention is compared with get their features (see :func:`_lazy_feats`)."""
        fill = self.fill
        if fill is not None:
            for c in found:
                for g in c.members[:MAX_MEMBERS]:
                    fill(g)

    def _record(self, i: int, c: _Cluster) -> None:
        self.targets.append(self.first[c.index])
        self.starts.append(c.start.toordinal())
        self.at.append(len(self.cands))

    def known_ids(self) -> list[str | None]:
        """By cluster index, the earlier merge's event id of each cluster no decision touched
        (its members are the earlier ones, by key: the same date, title and places), else None."""
        old, dirty = self.old, self.dirty
        if old is None:
            return [None] * len(self.sid)
        ids = old.ids
        return [ids.get(sid) if sid >= 0 and sid not in dirty else None for sid in self.sid]

    def trace(self, ids: dict[int, str]) -> MergeTrace:
        """This merge's trace (``ids``: each cluster's event id by its first mention's position)."""
        return MergeTrace(self.versions, self.keys, self.extra, self.targets, self.starts, self.at, self.cands,
                          [_set_text(t) for t in self.tokens], ids)  # type: ignore[arg-type]


def _lazy_feats(resolved: list[Mention], given: dict[int, MentionFeatures], sets: dict[SetText, frozenset[str]],
                featurer: _Featurer, pub: Callable[[Mention], dt.date]
                ) -> tuple[list[_Feat], Callable[[_Feat], None]]:
    """The mentions' features with only the sets that post and look up a mention (title,
    names, story) made for those whose features were given, and ``fill(f)``, which makes the
    rest of ``f``'s when it is first compared (an unfilled feature is unset: reading it raises)."""
    rest: dict[int, MentionFeatures] = {}
    feats: list[_Feat] = []
    new = _Feat.__new__
    for m in resolved:
        ft = given.get(id(m))
        if ft is None:
            feats.append(featurer(m, pub(m)))
            continue
        f = new(_Feat)
        f.m, f.published = m, pub(m)
        f.title, f.names, f.story = sets[ft[0]], sets[ft[2]], sets[ft[4]]  # type: ignore[index]
        date = m.date
        f.article, f.value, f.status = m.article, date.value, m.status
        f.span = (date.end - date.start).days
        f.acts = f.sentence_acts = None
        rest[id(f)] = ft
        feats.append(f)

    def fill(f: _Feat) -> None:
        ft = rest.pop(id(f), None)
        if ft is not None:
            f.sentence, f.title_names, f.cast, f.words, f.plain, f.amounts = (
                sets[ft[1]], sets[ft[3]], sets[ft[5]], sets[ft[6]], sets[ft[7]], sets[ft[8]])  # type: ignore[index]
            f.possessive = ft[9]  # type: ignore[assignment]

    return feats, fill


def _post_or_log(toks: frozenset[str], k: int, made: "dict[object, dict[str, int | list[int]]]",
                 logs: "dict[object, list[tuple[frozenset[str], int]]]", period: object) -> None:
    """Post cluster ``k`` under ``toks`` in ``period``'s lists when they are made, else log the post."""
    lists = made.get(period)
    if lists is not None:
        _post(toks, k, lists)
        return
    log = logs.get(period)
    if log is None:
        logs[period] = [(toks, k)]
    else:
        log.append((toks, k))


class _LazyIndex(_Index):
    """An index for a replaying merge: a day's (a month's, the words') posting lists are made
    only when a mention decided again reads them (:meth:`ready`); until then the posts into them
    are logged, and made in order then (a list's content depends on its own posts alone)."""

    __slots__ = ("day_log", "month_log", "word_log", "words_made")

    def __init__(self) -> None:
        super().__init__()
        self.day_log: dict[dt.date, list[tuple[frozenset[str], int]]] = {}
        self.month_log: dict[int, list[tuple[frozenset[str], int]]] = {}
        self.word_log: list[tuple[frozenset[str], frozenset[str], int]] = []
        self.words_made = False

    def add(self, c: _Cluster, toks: frozenset[str], title: frozenset[str], names: frozenset[str],
            readers: "tuple[bool, set[int], bool]") -> None:
        days_read, months_read, words_read = readers
        start, k = c.start, c.index
        if days_read:
            _post_or_log(toks, k, self.day, self.day_log, start)
        month = start.year * 12 + start.month - 1
        if month in months_read:
            _post_or_log(toks, k, self.month, self.month_log, month)
        if words_read:
            if self.words_made:
                _post(title, k, self.word)
                _post(names, k, self.word)
            else:
                self.word_log.append((title, names, k))

    def ready(self, f: _Feat) -> None:
        """Make the posting lists ``f`` reads (see :func:`_candidates`)."""
        span = f.span
        start, end = f.m.date.start, f.m.date.end
        if span <= DAY_SCAN_LIMIT:
            for i in range(span + 1):
                day = start + dt.timedelta(days=i)
                if day not in self.day:
                    lists: dict[str, int | list[int]] = {}
                    for toks, k in self.day_log.pop(day, ()):
                        _post(toks, k, lists)
                    self.day[day] = lists
        elif span <= MONTH_SCAN_LIMIT:
            for mo in range(start.year * 12 + start.month - 1, end.year * 12 + end.month):
                if mo not in self.month:
                    lists = {}
                    for toks, k in self.month_log.pop(mo, ()):
                        _post(toks, k, lists)
                    self.month[mo] = lists
        elif not self.words_made:
            self.words_made = True
            for title, names, k in self.word_log:
                _post(title, k, self.word)
                _post(names, k, self.word)
            self.word_log = []


#: At most this many act words in a clause that joins the one event of its day by the day alone
#: (see :func:`_sole_day`): a short clause ("The slide struck", "Tashi escaped") says too little
#: to tell its event by its words.
SOLE_ACTS = 1


def _sole_day(f: _Feat, same_day: "list[tuple[float, _Cluster]]") -> "_Cluster | None":
    """The one event of ``f``'s day that articles of its story beyond doubt (:func:`_kin`) tell,
    when ``f`` fits none by its words: an article's only mention of that day, in other words
    ("The slide struck at about 3 p.m. on Monday" / "An avalanche swept across a marked piste on
    Monday afternoon"). None when its own article tells another event of that day, when two
    events of that day could take it, or when its date or status cannot join (``_fits`` < 0)."""
    if len(_acts(f)) <= SOLE_ACTS:
        found = _one_of_day(f, same_day)
        if found is not None:
            return found
    return _plan_done(f, same_day)


def _one_of_day(f: _Feat, same_day: "list[tuple[float, _Cluster]]") -> "_Cluster | None":
    """The one event of ``f``'s day that articles of its story beyond doubt tell (see
    :func:`_sole_day`)."""
    found = None
    for score, c in same_day:
        members = c.members if len(c.members) <= MAX_MEMBERS else c.members[:MAX_MEMBERS]
        if any(g.article == f.article for g in members):
            return None  # its article tells another event of the day
        if score < 0 or not any(_kin(f, g) for g in members):
            continue
        if found is not None:
            return None  # two events of the day in its story
        found = c
    return found


def _restated(f: _Feat, same_day: "list[tuple[float, _Cluster]]") -> "_Cluster | None":
    """The one event of ``f``'s day that its own article tells in its text, when ``f`` is an entry
    of the article's chronology ("Key dates: ... May 10 - Marivel Star and Oksa Bay collide in
    fog" / "In an interim report on the May 10 collision"), or the entry when ``f`` is the text's
    telling: a chronology restates its article's events. None when the article tells two events
    of that day outside its chronology, or the statuses differ."""
    found = None
    for _score, c in same_day:
        mine = [g for g in c.members[:MAX_MEMBERS] if g.article == f.article]
        if not mine:
            continue
        if found is not None or any(g.chrono == f.chrono or g.status != f.status for g in mine):
            return None
        found = c
    return found


def _plan_done(f: _Feat, same_day: "list[tuple[float, _Cluster]]") -> "_Cluster | None":
    """The plan that ``f`` reports done: the one event of ``f``'s day its story told before only
    as planned, when ``f`` (past) tells it in other words ("Trams on the line will run again on
    Monday" / "Trams returned to the Larch Street line on Monday"; "Drilling is due to start on
    June 2" / "The drills began turning at Sarrow on Monday"). None when ``f``'s article tells
    another event of that day, or its story another event of that day, planned or past."""
    if f.status != "past" or f.day_told > 1 or (f.m.anchor or "").endswith(")"):
        # (its article tells two happenings of the day; a date counted from another event, "six
        # days after the recall", dates a relation)
        return None
    found = None
    for score, c in same_day:
        members = c.members if len(c.members) <= MAX_MEMBERS else c.members[:MAX_MEMBERS]
        if any(g.article == f.article for g in members):
            return None  # its article tells another event of the day
        if not any(_kin(f, g) or _akin(f, g) for g in members):
            continue  # another story's event of the day (or one not told by its story beyond doubt)
        if found is not None or score < 0 or any(g.status != "planned" for g in members):
            return None  # two events of the day in its story, or one it cannot join, or one told done
        found = c
    if found is None or not any(_PHASE.search(g.m.title) or len(_acts(g) & f.story) >= 2 for g in found.members[:MAX_MEMBERS]):
        # A plan to hold or do something ("Rask will face questions", "will hold a press
        # conference") is not whatever else its day brought; a plan that something starts, stops
        # or returns ("Concerts will resume", "Applications will open") is told done in other
        # words, as is one whose act the reporting article's headline names ("interim report").
        return None
    return found


#: A plan's clause telling that something begins, ends, opens, closes or returns ("will resume",
#: "is due to reopen", "opens on June 1").
_PHASE = re.compile(
    r"\b(?:(?:begin|start|resume|restart|reopen|open|end|stop|close|shut|return|lift)(?:s|es)?|run again|go live|"
    r"come into force|take effect|be back|be lifted)\b", re.I)


#: The dates of a lone back-reference that :func:`_folded` may take off the timeline. (Seasons
#: since the eleventh session: "last spring", "this summer" told alone in a story of dated events
#: are coarse tellings as weeks and months are; over the 31 evaluation sets mean F1 +0.0003, on
#: holdout31/32 +0.003. Quarters are not. Any year was not either (mean F1 -0.0005 then: background
#: years are events); since the twentieth session a past year before its article's own year is,
#: when another article dates an event of it more precisely, to the day, a week, a month or a
#: season (:func:`_folded` skips the other years: a planned year and the year of publication tell
#: a happening of their own too often).)
FOLD_GRANULARITIES = frozenset({"week", "month", "season", "year"})
FOLD_REASON = ("told alone, and another article of its story dates an event of that {gran} {finer}:"
               " most likely that event, told less precisely (not kept as an event of its own)")


def _folded(clusters: "list[_Cluster]", index: _Index, arts: dict[str, Article],
            fill: "Callable[[_Feat], None] | None" = None, versions: "Mapping[str, str] | None" = None,
            known: "Mapping[tuple[str, str], bool] | None" = None,
            stories: "dict[tuple[str, str], bool] | None" = None,
            folds: "_PairAnswers | None" = None, decided: "_Decisions | None" = None) -> set[int]:
    """Positions of the events taken off the timeline: an event told by one mention alone, of a
    week or a month ("talks collapsed earlier this month", "the fare rise was announced last
    week"), while another article of its story dates an event inside that period to the day,
    one sharing a word or a name with it (merge's candidates for it), which its own article does
    not tell.

    Merge could not join it to that finer event (no act or words in common enough), yet it
    mostly tells it less precisely: over the 21 evaluation sets (eval/) this takes 67 events
    off, 52 of them a gold event's coarse mention of a finer event, 14 events of their own, 1
    no event; event F1 rose on 17 sets and fell on 3, by at most 0.005 (docs/events.md section
    7). A wrong event misleads more than a missing one (issue 4: precision first). The mention is
    not lost: the build lists it among the dropped expressions, with the reason (``FOLD_REASON``).

    Story: two articles with story keys in their front matter tell one story when the keys are
    equal; otherwise when two of merge's three tests say so (shared headline words
    :func:`_one_story`, many shared names :func:`_linked`, shared people :func:`_kin`): any one
    of them alone links too many articles of a folder of many stories; or their words say one
    story and the two clauses one act (:func:`_folds_by_words`, its answers kept in the trace by
    the two mentions: ``folds``, :class:`_PairAnswers`); or (fourteenth session) their articles
    are one story beyond doubt by their words (:func:`_close_story`), the two sentences share words
    of the matter written in lower case weighing ``FOLD_CLOSE_MIN`` (:func:`_share_lower_word`: "halted
    their deliveries earlier this month, the cooperative said" / "stopped deliveries to the Lindmark
    cooperative's plant"), and the mention's own article dates nothing of its period to the day (over
    the 49 sets: mean F1 +0.001, 9 sets up, none down, 11 spurious events fewer, no gold event lost;
    with any shared lower-case word, +0.002 but one gold event lost and "the board first lowered its
    offer earlier this month" taken for the strike; with the story vectors' closeness alone, +0.004
    but 10 gold events lost and the ceasefire story's own December events). An article telling a
    month and a finer event of it tells two events more often than one, so a finer event its
    own article tells never counts.
    """
    off: set[int] = set()
    linked: dict[tuple[str, str], bool] = {}
    own_days: "dict[str, list[dt.date]] | None" = None  # (made when first needed: _fine_days)
    lazy = index if isinstance(index, _LazyIndex) else None
    for k, c in enumerate(clusters):
        if len(c.members) != 1 or not _foldable(c.members[0].m.date):
            continue
        f = c.members[0]
        if f.m.date.granularity == "year" and (f.status != "past" or f.m.date.end.year >= f.published.year):
            # (twentieth session) a year only when past and before its article's own year: a planned
            # year or the year of publication ("later this year") tells its own happening too often
            continue
        if lazy is not None:
            lazy.ready(f)
        dkey = None
        if decided is not None:
            # (a rebuild: the last build's answer when nothing it reads changed)
            if own_days is None:
                own_days = _fine_days(clusters)
            dkey = decided.key("folded", decided.mention(f), c.start.toordinal(), c.end.toordinal(),
                              [decided.cluster(x) for x in _finer(f, c, index, clusters)],
                              [d.toordinal() for d in own_days.get(f.article, ())])
            got = decided.old.get(dkey)
            if got is True or got is False:
                decided.new[dkey] = got
                if got:
                    off.add(k)
                continue
        for fine in _finer(f, c, index, clusters):
            for g in fine.members:
                key = (f.article, g.article)
                link = linked.get(key)
                if link is None:
                    # (a rebuild's answer for two unchanged articles is the last build's)
                    vkey = (versions.get(f.article), versions.get(g.article)) if versions is not None else None
                    link = known.get(vkey) if known and vkey is not None else None  # type: ignore[arg-type]
                    if link is None:
                        if fill is not None:
                            fill(f)
                            fill(g)
                        link = _same_story(f, g, arts)
                    linked[key] = link
                    if stories is not None and vkey is not None and None not in vkey:
                        stories[vkey] = link  # type: ignore[index]
                if not link:
                    # (by words: a rebuild's answer for two unchanged articles' mentions is the last build's)
                    if folds is not None and versions is not None:
                        link = folds.answer(versions.get(f.article), f, versions.get(g.article), g, fill)
                    else:
                        link = _folds_by_words(f, g, fill)
                if not link and _close_story(f, g) and _share_lower_word(f, g):
                    # (fourteenth session) their words make them one story beyond doubt, and the
                    # mention's own article dates nothing inside its period to the day
                    if own_days is None:
                        own_days = _fine_days(clusters)
                    link = not any(c.start <= d <= c.end for d in own_days.get(f.article, ()))
                if link:
                    off.add(k)
                    break
            if k in off:
                break
        if k not in off and (sole := _fold_sole_finer(f, c, index, clusters, fill)) and any(
                _akin(f, g) for g in sole[0].members[:MAX_MEMBERS]):
            # (fifteenth session) no link by merge's story tests, but its article and the only finer
            # event of its period among its candidates are one story by their words, and their
            # sentences share words of its matter: the same happening, told less precisely
            off.add(k)
        if k not in off:
            if own_days is None:
                own_days = _fine_days(clusters)
            if _fold_by_lower(f, c, index, clusters, own_days, fill):
                off.add(k)  # (eighteenth session: see _fold_by_lower)
        if dkey is not None:
            decided.new[dkey] = k in off  # type: ignore[union-attr]
    return off


def _close_story(f: _Feat, g: _Feat) -> bool:
    """The articles of ``f`` and ``g`` are one story by their words within ``story.STORY_DAYS``
    (:meth:`StoryDocs.one_story`) and their story vectors are close (:meth:`StoryDocs.close`: a cosine of
    ``ONE_TIE_COSINE``, twice the words' story threshold): one story beyond doubt."""
    docs = f.docs
    return docs is not None and f.article != g.article and docs.one_story(f.article, g.article) and docs.close(f.article, g.article)


#: The weight of the lower-case words a lone coarse mention's sentence shares with a finer event's for
#: :func:`_folded`'s close-story path ("cooperative" alone weighs 2.1: not enough).
FOLD_CLOSE_MIN = 2.5


def _share_lower_word(f: _Feat, g: _Feat) -> bool:
    """The sentences of ``f`` and ``g`` (their dates left out) share a word written in lower case
    that weighs something (:func:`rare_words`): no name alone ("Norcorp", "Brisa")."""
    lower_f: set[str] = set()
    weights = rare_words(f.m.sentence.replace(f.m.expr, " "), lower_f)
    if not lower_f:
        return False
    lower_g: set[str] = set()
    rare_words(g.m.sentence.replace(g.m.expr, " "), lower_g)
    return fsum(weights[w] for w in lower_f & lower_g) >= FOLD_CLOSE_MIN


def _fine_days(clusters: "list[_Cluster]") -> dict[str, list[dt.date]]:
    """Each article's days its mentions date to the day (the clusters' members)."""
    out: dict[str, list[dt.date]] = {}
    seen: set[int] = set()
    for c in clusters:
        if id(c) in seen:
            continue
        seen.add(id(c))
        for g in c.members:
            d = g.m.date
            if d.granularity in _FINE and d.start == d.end:
                out.setdefault(g.article, []).append(d.start)
    return out


def _foldable(d: DateValue) -> bool:
    """A date :func:`_folded` may take off: a week, a month, a season, a year (a past one only:
    see :func:`_folded`), or a weekend (two days: "the weekend", told alone while another article
    dates that Saturday's event)."""
    return d.granularity in FOLD_GRANULARITIES or (d.granularity == "day" and _weekend(d.start, d.end))


def _finer(f: _Feat, c: "_Cluster", index: _Index, clusters: "list[_Cluster]") -> "Iterator[_Cluster]":
    """The events dated to the day inside ``c``'s period (the week or month its one mention ``f``
    tells; for a year, also those dated to a month, a season or a week) that share a word or a name
    with ``f`` (merge's own candidates for it: the finest are made first, so they are among them),
    as the steps after the greedy decisions left them, and that ``f``'s own article does not tell
    (then the period is another happening)."""
    year = c.head.date.granularity == "year"
    for cand in _candidates(f, index, f.title | f.names | f.story):
        fine = clusters[cand.index]
        if not c.start <= fine.start <= c.end:
            continue
        day = fine.start == fine.end and fine.head.date.granularity in _FINE
        if not (day or year and fine.end <= c.end and fine.head.date.granularity in _FINER_THAN_YEAR):
            continue
        if any(g.article == f.article for g in fine.members):
            continue
        yield fine


def _finer_told(f: _Feat, c: "_Cluster", index: _Index, clusters: "list[_Cluster]", test: "Callable[[_Feat], bool]",
                fill: "Callable[[_Feat], None] | None" = None) -> "list[_Cluster]":
    """The distinct finer events of ``c``'s period (:func:`_finer`) with a member (of the first
    ``MAX_MEMBERS``, features filled) that passes ``test``."""
    out: list[_Cluster] = []
    for fine in _finer(f, c, index, clusters):
        if any(h is fine for h in out):
            continue
        for g in fine.members[:MAX_MEMBERS]:
            if fill is not None:
                fill(g)
            if test(g):
                out.append(fine)
                break
    return out


def _fold_joins(clusters: "list[_Cluster]", index: _Index, off: set[int], joined: set[int],
                fill: "Callable[[_Feat], None] | None" = None, decided: "_Decisions | None" = None) -> set[int]:
    """Positions of the folded events (``off``, :func:`_folded`) whose mention joins, as a coarser
    telling, the one finer event that tells its act: of the finer candidates :func:`_folded`
    reads (the period's events to the day that its own article does not tell), the only one
    with a member of an article of its story by words (:func:`_akin`) whose clause shares
    ``FOLD_WORD_ACTS`` act words or a word family with the mention's clause ("The milk strike, which began earlier this month" / "The milk strike began
    on June 2"). Its event then holds the mention as evidence (issue 4: "coarser mentions stay as
    evidence"); failing that, the one its rare words name (:func:`_fold_by_rare_words`) or the
    only finer candidate sharing a word of the matter (:func:`_fold_sole_finer`); the other folded
    mentions stay among the dropped expressions. Each such position
    (and ``joined``'s, see :func:`_one_day`) holds the joined cluster. Over the 31 evaluation sets:
    14 more events merged whole, 2 wrong (docs/events.md section 7)."""
    told: set[int] = set()
    own_days: "dict[str, list[dt.date]] | None" = None  # (made when first needed: _fine_days)
    for k in sorted(off):
        c = clusters[k]
        f = c.members[0]
        if fill is not None:
            fill(f)
        key = None
        if decided is not None:
            # (a rebuild: the last build's choice, by its place among the candidates, when nothing
            # it reads changed; the candidates as the joins before this one left them)
            if own_days is None:
                own_days = _fine_days(clusters)
            finer = list(_finer(f, c, index, clusters))
            key = decided.key("joins", decided.mention(f), c.start.toordinal(), c.end.toordinal(),
                              [decided.cluster(x) for x in finer], [d.toordinal() for d in own_days.get(f.article, ())])
            got = decided.old.get(key)
            if got.__class__ is int and -1 <= got < len(finer):  # type: ignore[operator]
                decided.new[key] = got
                hits = [finer[got]] if got >= 0 else []  # type: ignore[index]
            else:
                hits = _fold_hits(f, c, index, clusters, own_days, fill)
                at = next((n for n, x in enumerate(finer) if x is hits[0]), None) if len(hits) == 1 else -1
                if at is not None:  # (a choice outside the candidates listed is not kept: asked again)
                    decided.new[key] = at
        else:
            if own_days is None:
                own_days = _fine_days(clusters)
            hits = _fold_hits(f, c, index, clusters, own_days, fill)
        if len(hits) == 1:
            fine = hits[0]
            new = _Cluster.holding(fine, fine.members + [f])  # (a new cluster: its id is made from its members)
            for j in (fine.index, *joined, *told):
                if clusters[j] is fine:
                    clusters[j] = new
            clusters[k] = new
            told.add(k)
    return told


#: (twenty-first session) The granularities of a coarse event that :func:`_coarse_joins` may join
#: to the finer event of its period.
COARSE_JOIN_GRANULARITIES = frozenset({"week", "month", "season"})


def _coarse_joins(clusters: "list[_Cluster]", index: _Index, gone: set[int],
                  fill: "Callable[[_Feat], None] | None" = None, decided: "_Decisions | None" = None) -> set[int]:
    """Positions of the coarse events of two mentions or more that join the finer event of their
    period they tell (twenty-first session): "filed the claim in June" and "Last week Vale filed"
    made one event of the week while "The claim was lodged at the High Court on Monday" made that
    Monday's. The greedy merge meets the finest dates first, so a coarse mention whose words
    differ from the day's joins the other coarse mention instead, and :func:`_folded` reads only
    lone mentions. Each member is asked, as a lone mention would be, which finer event it tells
    (:func:`_fold_hits`); when every member (of the first ``MAX_MEMBERS``) names the same one, the
    two become one (the finer date wins), unless a member is a plan told after that day. Over the
    93 sets: 6 more events merged whole, 1 more wrong merge (two gold events told by one sentence),
    event F1 up on 8 sets, down on none; when any member's answer sufficed, 20 more and 6 wrong.
    ``gone``: positions already taken off or joined. A rebuild reads the last build's choice
    (``decided``, by a digest of the event, its period's finer candidates and the days its
    articles date) where nothing it reads changed."""
    out: set[int] = set()
    lazy = index if isinstance(index, _LazyIndex) else None
    own_days: "dict[str, list[dt.date]] | None" = None
    for k, c in enumerate(clusters):
        if k in gone or len(c.members) < 2 or any(clusters[j] is c for j in out):
            continue
        if any(g.m.date.granularity not in COARSE_JOIN_GRANULARITIES for g in c.members):
            continue
        if own_days is None:
            own_days = _fine_days(clusters)
        members = _ready_members(c, lazy, fill)
        key = None
        hit: "_Cluster | None" = None
        if decided is not None:
            finer: list[_Cluster] = []
            for f in members:
                for x in _finer(f, c, index, clusters):
                    if not any(x is y for y in finer):
                        finer.append(x)
            key = decided.key("coarse", decided.cluster(c), [decided.cluster(x) for x in finer],
                              sorted({(g.article, d.toordinal()) for g in members for d in own_days.get(g.article, ())}))
            got = decided.old.get(key)
            if got.__class__ is int and -1 <= got < len(finer):  # type: ignore[operator]
                decided.new[key] = got
                hit = finer[got] if got >= 0 else None  # type: ignore[index]
            else:
                hit = _coarse_hit(c, members, index, clusters, own_days, fill)
                at = next((n for n, x in enumerate(finer) if x is hit), None) if hit is not None else -1
                if at is not None:
                    decided.new[key] = at
        else:
            hit = _coarse_hit(c, members, index, clusters, own_days, fill)
        if hit is None:
            continue
        _join_coarse(clusters, hit, c, (k, *gone, *out))
        out.add(k)
    return out


#: Training hook (eval/train_join_model.py): when a list, :func:`_model_joins` appends to it, for
#: each coarse event and finer candidate it asks about, (the coarse event's mentions, the
#: candidate's, the candidate's date value, the features), and joins nothing.
JOIN_LOG: "list[tuple[tuple[tuple[str, int, int], ...], tuple[tuple[str, int, int], ...], str, list[str]]] | None" = None


def _story_gate(members: "list[_Feat]", fine: "_Cluster", keyed: int) -> bool:
    """The first gate of :func:`_model_joins`: a member of the coarse event and one of the finer
    event's first ``MAX_MEMBERS`` are of one story beyond doubt (:func:`_close_story`; the feature
    ``close``), or their articles share ``JOIN_KEY_WORDS`` key words (``keyed``,
    :func:`_key_words_shared`; the features ``kw>=N``)."""
    if any(_close_story(f, g) for f in members for g in fine.members[:MAX_MEMBERS]):
        return True
    return JOIN_KEY_WORDS > 0 and keyed >= JOIN_KEY_WORDS


#: The key words two articles share for the coarse join (:func:`_story_gate`) to ask about a coarse
#: event and a finer one that are not one story beyond doubt (0: never).
JOIN_KEY_WORDS = 2


def _key_words_shared(members: "list[_Feat]", fines: "list[_Feat]") -> int:
    """The most key words (:meth:`StoryDocs.key_words`) an article of ``members`` shares with one
    of ``fines`` (other articles only)."""
    best = 0
    for f in members:
        docs = f.docs
        if docs is None:
            continue
        mine = docs.key_words(f.article)
        for g in fines:
            if g.article != f.article:
                best = max(best, len(mine & docs.key_words(g.article)))
    return best


def _matter_gate(lower: float, members: "list[_Feat]", fine: "_Cluster") -> bool:
    """The second gate of :func:`_model_joins`, for a coarse event the rules left standing: their
    sentences share words of the matter written in lower case weighing 1 or more (``lower``; the
    feature ``lw>=1``), or the act (:func:`_same_act`; the feature ``act``). A shared name alone is
    no shared act ("A lawsuit was filed against Norcorp in January" / "Norcorp announced its new
    laptops on January 10")."""
    return lower >= 1 or any(_same_act(f, g) for f in members for g in fine.members[:MAX_MEMBERS])


_JOIN_WORD = re.compile(r"[a-z]+|\d+")
_JOIN_MONTHS = frozenset("january february march april may june july august september october november december "
                         "jan feb mar apr jun jul aug sep sept oct nov dec".split())


_COUNT = re.compile(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
                    r"hundred|thousand|dozens?|hundreds|thousands)\b")
_COUNT_VALUE = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                               "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}


def _counts(f: _Feat) -> frozenset[str]:
    """The numbers of ``f``'s sentence, its date left out (number words as digits: "nine" is "9")."""
    text = f.m.sentence.replace(f.m.expr, " ").lower()
    return frozenset(_COUNT_VALUE.get(w, w.rstrip(".,")) for w in _COUNT.findall(text))


def _join_expr(expr: str) -> str:
    """A coarse expression's words as one feature: months as ``M``, numbers as ``0`` ("in late
    February" -> "in late M"; "earlier this month" as it is)."""
    return " ".join("M" if w in _JOIN_MONTHS else "0" if w[0].isdigit() else w
                    for w in _JOIN_WORD.findall(expr.lower()))


def _cut(value: float, steps: "tuple[float, ...]", name: str) -> list[str]:
    """Binary features ``name>=step`` for each step ``value`` reaches (a monotone reading)."""
    return [f"{name}>={s:g}" for s in steps if value >= s]


def _join_features(c: "_Cluster", members: "list[_Feat]", fine: "_Cluster", shared: float, lower: float,
                   lead: "float | None", n: int, own: bool, total: float = 0.0,
                   lower_lead: "float | None" = None, keyed: int = 0) -> list[str]:
    """The features of a coarse event ``c`` (its ``members``) and a finer candidate ``fine`` for
    :mod:`timeline.join_model`: ``shared`` / ``lower`` the weight of the rare words / of those
    written in lower case their sentences share (:func:`rare_words`), ``lead`` ``shared`` less the
    best other candidate's (None: no other), ``n`` the candidates, ``own`` a member's article
    dates a day of the period, ``total`` the weight of all the coarse sentences' rare words,
    ``lower_lead`` ``lower`` less the best other candidate's, ``keyed`` the key words their articles
    share (:func:`_key_words_shared`)."""
    head = members[0]
    x = head.m.expression
    out = [f"g={head.m.date.granularity}", f"mod={x.mod if x is not None else None}",
           f"x={_join_expr(head.m.expr)}", f"nc={min(len(members), 3)}", f"nf={min(len(fine.members), 3)}",
           f"st={head.status}/{fine.members[0].status}", f"n={min(n, 4)}"]
    fines = fine.members[:MAX_MEMBERS]
    if any(g.status == "planned" and fine.start < g.published for g in members):
        out.append("plan_after")
    if all(_may_tell(f, fine) for f in members):
        out.append("may")
    if own:
        out.append("own")
    arts = {f.article for f in members}
    if any(g.article in arts for g in fines):
        out.append("same_article")
    out += _cut(shared, (1, 2, 3, 4, 6, 8, 12), "rw")
    out += _cut(lower, (1, 2, 3, 4, 6, 8), "lw")
    out += _cut(shared / total if total > 0 else 0.0, (0.1, 0.2, 0.3, 0.45, 0.6), "share")
    if lead is None:
        out.append("solo")
    else:
        out += _cut(lead, (-2, 0, 0.01, 1, 2, 4), "lead")
        out += _cut(lower_lead or 0.0, (0.01, 1, 2), "llead")
    pairs = [(f, g) for f in members for g in fines]
    if any(_akin(f, g) for f, g in pairs):
        out.append("akin")
    if any(_same_act(f, g) for f, g in pairs):
        out.append("act")
    if any(_close_story(f, g) for f, g in pairs):
        out.append("close")
    out += _cut(keyed, (2, 3, 5), "kw")
    if any(_names_shared(f.names, g.names) for f, g in pairs):
        out.append("names")
    if any(_conflicting(f, g) for f, g in pairs):
        out.append("conflict")
    mine, theirs = frozenset().union(*map(_counts, members)), frozenset().union(*map(_counts, fines))
    if mine and theirs:
        # ("had killed 14 insurgents in December" / "killing nine soldiers": two happenings)
        out.append("counts_shared" if not mine.isdisjoint(theirs) else "counts_differ")
    out += _cut(max(len(f.title & g.title) for f, g in pairs), (1, 2, 3), "tw")
    out += _cut(max(similarity(f, g) for f, g in pairs), (0.1, 0.2, 0.3, 0.45, 0.6), "sim")
    out += _cut(max(len(f.plain & g.plain) for f, g in pairs), (1, 2, 3), "pw")
    fits = max(_fits(f, fine) for f in members)
    out += ["fits<0"] if fits < 0 else _cut(fits, (0, 0.1, 0.2, 0.3, 0.45), "fits")
    past = min(f.published for f in members) - fine.start
    out.append("future" if past.days < 0 else "d<=7" if past.days <= 7 else "d<=31" if past.days <= 31 else "d>31")
    return out


def _model_joins(clusters: "list[_Cluster]", index: _Index, gone: set[int], folded: set[int],
                 fill: "Callable[[_Feat], None] | None" = None, decided: "_Decisions | None" = None) -> set[int]:
    """Positions of the coarse events (a week, a month, a season) the learned model joins to the
    finer event of their period they tell (twenty-second session, :mod:`timeline.join_model`),
    after the rules: of the finer events of its period merge's candidates offer (:func:`_finer`,
    for each of its first ``MAX_MEMBERS`` members) that pass the gates (:func:`_story_gate`; for
    an event the rules left standing, :func:`_matter_gate`), the one of highest probability, when it is at
    least ``join_model.THRESHOLD`` and no other candidate's is. Asked too of the lone coarse
    mentions :func:`_folded` took off and no rule joined (``folded``: their positions), which then
    join as evidence. ``gone``: positions already joined. A rebuild reads the last build's choice
    (``decided``) as :func:`_coarse_joins` does."""
    out: set[int] = set()
    log = JOIN_LOG
    if log is None and not join_model.available():
        return out
    lazy = index if isinstance(index, _LazyIndex) else None
    own_days: "dict[str, list[dt.date]] | None" = None
    for k, c in enumerate(clusters):
        # (a joined cluster holds a finer member: never coarse)
        if k in gone or any(g.m.date.granularity not in COARSE_JOIN_GRANULARITIES for g in c.members):
            continue
        members = _ready_members(c, lazy, fill)
        finer: list[_Cluster] = []
        for f in members:
            for x in _finer(f, c, index, clusters):
                if not any(x is y for y in finer):
                    finer.append(x)
        if not finer:
            continue
        if own_days is None:
            own_days = _fine_days(clusters)
        key = None
        if decided is not None and log is None:
            key = decided.key("model", decided.cluster(c), [decided.cluster(x) for x in finer],
                              sorted({(g.article, d.toordinal()) for g in members for d in own_days.get(g.article, ())}))
            got = decided.old.get(key)
            if got.__class__ is int and -1 <= got < len(finer):  # type: ignore[operator]
                decided.new[key] = got
                if got < 0:  # type: ignore[operator]
                    continue
                _join_coarse(clusters, finer[got], c, (k, *gone, *out))  # type: ignore[index]
                out.add(k)
                continue
        keyed = [_key_words_shared(members, fine.members[:MAX_MEMBERS]) for fine in finer]
        story = [_story_gate(members, fine, keyed[n]) for n, fine in enumerate(finer)]
        if not any(story):
            if key is not None and decided is not None:
                decided.new[key] = -1
            continue
        lower: set[str] = set()
        mine: dict[str, float] = {}
        for f in members:
            for w, r in rare_words(_ATTRIBUTION.sub(" ", f.m.sentence.replace(f.m.expr, " ")), lower).items():
                if r > mine.get(w, -1.0):
                    mine[w] = r
        scores = []
        for fine in finer:
            if fill is not None:
                for g in fine.members[:MAX_MEMBERS]:
                    fill(g)
            words = _matter_words(fine) & mine.keys()
            scores.append((fsum(mine[w] for w in words), fsum(mine[w] for w in words & lower)))
        own = any(c.start <= d <= c.end for f in members for d in own_days.get(f.article, ()))
        total = fsum(mine.values())
        probs: list[float] = []
        for n, fine in enumerate(finer):
            if not story[n] or k not in folded and not _matter_gate(scores[n][1], members, fine):
                # (no sign of one story; or an event of its own whose sentence shares with the
                # finer one's no word of the matter: never joined, and no training row)
                probs.append(0.0)
                continue
            others = [s for m, s in enumerate(scores) if m != n]
            feats = _join_features(c, members, fine, scores[n][0], scores[n][1],
                                   scores[n][0] - max(s for s, _ in others) if others else None, len(finer), own,
                                   total, scores[n][1] - max(s for _, s in others) if others else None, keyed[n])
            if k in folded:
                feats.append("folded")
            if log is not None:
                log.append((tuple(_mention_key(g.m) for g in c.members), tuple(_mention_key(g.m) for g in fine.members),
                            fine.value, feats))
                probs.append(0.0)
            else:
                probs.append(join_model.probability(feats))
        if log is not None:
            continue
        best = max(range(len(finer)), key=lambda n: (probs[n], -n))
        least = join_model.FOLDED_THRESHOLD if k in folded else join_model.THRESHOLD
        ok = probs[best] >= least and sum(1 for p in probs if p >= least) == 1
        if key is not None and decided is not None:
            decided.new[key] = best if ok else -1
        if not ok:
            continue
        _join_coarse(clusters, finer[best], c, (k, *gone, *out))
        out.add(k)
    return out


#: The training hook of the same-date join (eval/train_join_model.py --days): when a list, every pair
#: :func:`_model_days` asks is logged (both events' mention keys, the date, the features) and none joined.
DAY_LOG: "list[tuple[tuple[tuple[str, int, int], ...], tuple[tuple[str, int, int], ...], str, list[str]]] | None" = None


#: The features of :func:`_day_features` that show two events of one date share something of their
#: matter (a lower-case word of their sentences, a word of their titles or clauses, a lower-case word
#: of their headlines, the act): a pair with none of them is not asked.
_DAY_MATTER = frozenset({"lw>=1", "tw>=1", "pw>=1", "hl", "act", "dayword"})


#: The key words (:meth:`StoryDocs.key_words`) two events' articles share for :func:`_model_days` to
#: ask about them: the pairs of a large folder's day are few, and mostly of one story.
DAY_KEY_WORDS = 2
#: The partners, sharing the most key words, of each event that :func:`_model_days` asks about.
DAY_PARTNERS = 1


@lru_cache(maxsize=4096)
def _expr_kind(expr: str) -> str:
    """What kind of expression dates a mention, for :func:`_day_features`: a calendar date ("March
    9", "2026"), a weekday, or words counted from the article's date ("last week", "yesterday")."""
    low = expr.lower()
    if any(ch.isdigit() for ch in low) or any(w in _JOIN_MONTHS for w in _JOIN_WORD.findall(low)):
        return "cal"
    if re.search(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", low):
        return "wd"
    return "rel"


def _day_features(a: "list[_Feat]", b: "list[_Feat]", shared: float, lower: float, total: float,
                  lead: "float | None", n: int, words: "Callable[[_Cluster, _Cluster], bool] | None" = None,
                  pair: "tuple[_Cluster, _Cluster] | None" = None) -> list[str]:
    """The features of two events of one date (their first members ``a`` and ``b``) for the
    same-date join (:func:`_model_days`): ``shared`` / ``lower`` the weight of the rare words / of
    those in lower case their sentences share, ``total`` the weight of the lighter side's rare
    words, ``lead`` ``shared`` less the best other partner's of either (None: neither has another),
    ``n`` the most partners either has; ``words`` :func:`_one_day_words` for the two events
    ``pair`` (its answers kept in the trace)."""
    ha, hb = a[0], b[0]
    out = [f"g={ha.m.date.granularity}", "st=" + "/".join(sorted((ha.status, hb.status))),
           "nm=" + "/".join(sorted((str(min(len(a), 3)), str(min(len(b), 3))))),
           "xk=" + "/".join(sorted({_expr_kind(f.m.expr) for f in a + b})), f"n={min(n, 4)}"]
    out += _cut(shared, (1, 2, 3, 4, 6, 8, 12), "rw")
    out += _cut(lower, (1, 2, 3, 4, 6, 8), "lw")
    out += _cut(shared / total if total > 0 else 0.0, (0.1, 0.2, 0.3, 0.45, 0.6), "share")
    if lead is None:
        out.append("solo")
    else:
        out += _cut(lead, (-2, 0, 0.01, 1, 2, 4), "lead")
    pairs = [(f, g) for f in a for g in b]
    if any(_akin(f, g) for f, g in pairs):
        out.append("akin")
    if any(_same_act(f, g) or _same_act(g, f) for f, g in pairs):
        out.append("act")
    if (words(*pair) if words is not None and pair is not None else any(_one_day_pair(f, g, None) for f, g in pairs)):
        out.append("dayword")
    fa = {w for f in a for w in _acts(f, True) if w[0] == "~"}
    fb = {w for g in b for w in _acts(g, True) if w[0] == "~"}
    if fa and fb and fa.isdisjoint(fb):
        out.append("fam_differ")
    elif bool(fa) != bool(fb):
        out.append("fam_one")
    if all((_acts(f, True) & _acts(g, True)) == frozenset() for f, g in pairs):
        out.append("no_act")
    if all(f.docs is not None and f.docs.one_story(f.article, g.article) for f, g in pairs):
        out.append("story_all")
    if any(_names_shared(f.names, g.names) for f, g in pairs):
        out.append("names")
    if any(_conflicting(f, g) for f, g in pairs):
        out.append("conflict")
    if any(_counted_from_event(f.m) for f in a + b):
        out.append("rel")
    # the headlines' words of the matter ("Spectrum auction raises ..." / "Did Taloria's 5G auction
    # pay too much?"; not "Port strike at Velmar" / "Velmar mayor resigns")
    out.append("hl" if not _headline_words(a).isdisjoint(_headline_words(b)) else "hl0")
    mine, theirs = frozenset().union(*map(_counts, a)), frozenset().union(*map(_counts, b))
    if mine and theirs:
        out.append("counts_shared" if not mine.isdisjoint(theirs) else "counts_differ")
    out += _cut(max(len(f.title & g.title) for f, g in pairs), (1, 2, 3), "tw")
    out += _cut(max(similarity(f, g) for f, g in pairs), (0.1, 0.2, 0.3, 0.45, 0.6), "sim")
    out += _cut(max(len(f.plain & g.plain) for f, g in pairs), (1, 2, 3), "pw")
    gap = abs((max(f.published for f in a) - max(g.published for g in b)).days)
    out.append("pub=0" if gap == 0 else "pub<=3" if gap <= 3 else "pub<=14" if gap <= 14 else "pub>14")
    first = min(f.published for f in a + b)
    out.append("ahead" if ha.m.date.start > first else "behind")
    return out


def _headline_words(members: "list[_Feat]") -> set[str]:
    """The stems of the words written in lower case in the headlines of the members' articles."""
    out: set[str] = set()
    for f in members:
        got = _HEADLINE_MEMO.get(f.article)
        if got is None:
            art = f.docs.arts.get(f.article) if f.docs is not None else None
            found: set[str] = set()
            if art is not None:
                rare_words(art.title, found)
            if len(_HEADLINE_MEMO) >= 100_000:
                _HEADLINE_MEMO.clear()
            got = _HEADLINE_MEMO[f.article] = frozenset(found)
        out |= got
    return out


#: Each article's headline words (:func:`_headline_words`), by article id within one merge (cleared
#: by :func:`_model_days` when it starts: an id's headline may change between builds).
_HEADLINE_MEMO: dict[str, frozenset[str]] = {}


def _sentence_words(members: "list[_Feat]", lower: "set[str]") -> dict[str, float]:
    """The rare words (:func:`rare_words`) of the members' sentences, dates and attributions left
    out, each at its greatest weight; ``lower`` gets those written in lower case."""
    mine: dict[str, float] = {}
    for f in members:
        for w, r in rare_words(_ATTRIBUTION.sub(" ", f.m.sentence.replace(f.m.expr, " ")), lower).items():
            if r > mine.get(w, -1.0):
                mine[w] = r
    return mine


def _model_days(clusters: "list[_Cluster]", docs: StoryDocs, gone: set[int],
                fill: "Callable[[_Feat], None] | None" = None, decided: "_Decisions | None" = None,
                days: "_PairAnswers | None" = None, versions: "Mapping[str, str] | None" = None) -> set[int]:
    """Positions of the events the learned same-date join (twenty-third session,
    ``join_model.DAY``) joins into another of the same date, after all the rules: two events
    standing (not in ``gone``) with the same date value, told by no common article, whose
    articles share ``DAY_KEY_WORDS`` key words (as :func:`_one_day` pairs them by one), each with
    the ``DAY_PARTNERS`` partners sharing the most (the features say whether they are one story
    beyond doubt, :func:`_close_story`, and how many more key words they share), and sharing
    something of their matter and no two word families (``_DAY_MATTER``), are one happening when the model's
    probability is at least ``join_model.DAY_THRESHOLD``, no other partner of either reaches it,
    and each is the other's best. The model is trained on the sets' stories built set by set and
    all together (eval/train_join_model.py --days), so pairs of two stories sharing a name and a
    day are among its rows. A rebuild reads the last build's joins of a date (by its events'
    digests) as :func:`_one_day` does."""
    out: set[int] = set()
    log = DAY_LOG
    model = join_model.DAY
    if log is None and not model.available():
        return out
    _HEADLINE_MEMO.clear()
    lazy_fill = fill
    by_value: dict[str, list[int]] = {}
    standing: set[int] = set()  # (by object: a position an earlier join rewrote holds its cluster)
    for k, c in enumerate(clusters):
        if k in gone or id(c) in standing or all(_counted_from_event(g.m) for g in c.members):
            continue
        standing.add(id(c))
        by_value.setdefault(c.value, []).append(k)
    for value, ks in by_value.items():
        if len(ks) < 2:
            continue
        key = None
        if decided is not None and log is None:
            key = decided.key("mday", [decided.cluster(clusters[k]) for k in ks])
            if _replay_pairs(clusters, ks, key, decided, out):
                continue
        members = {k: clusters[k].members[:MAX_MEMBERS] for k in ks}
        arts = {k: sorted({g.article for g in members[k]}) for k in ks}
        keyed: dict[str, list[int]] = {}
        kws: dict[int, frozenset[str]] = {}
        for k in ks:
            kws[k] = frozenset().union(*(docs.key_words(a) for a in arts[k]))
            for w in sorted(kws[k]):
                keyed.setdefault(w, []).append(k)
        notes: dict[tuple[int, int], list[str]] = {}
        in_common: dict[tuple[int, int], int] = {}
        for same in keyed.values():
            if len(same) > ONE_DAY_KEYED:
                continue
            for i, k in enumerate(same):
                for m in same[i + 1:]:
                    if (k, m) in in_common or not set(arts[k]).isdisjoint(arts[m]):
                        # (an article telling two events of one date tells two happenings, as for _one_day)
                        continue
                    in_common[k, m] = len(kws[k] & kws[m])
        # Each event's DAY_PARTNERS partners sharing the most key words (at least DAY_KEY_WORDS; one
        # key word in common: in a large folder mostly two stories sharing a place's name): a day of
        # a large folder holds many events of one story told alike, and each pair asked costs
        # features and the trace's answers
        ranked: dict[int, list[tuple[int, int]]] = {}
        for (k, m), n in in_common.items():
            if n >= DAY_KEY_WORDS:
                ranked.setdefault(k, []).append((-n, m))
                ranked.setdefault(m, []).append((-n, k))
        chosen: set[tuple[int, int]] = set()
        for k, xs in ranked.items():
            for _, m in sorted(xs)[:DAY_PARTNERS]:
                chosen.add((min(k, m), max(k, m)))
        pairs: list[tuple[int, int]] = []
        for k, m in sorted(chosen):
            if lazy_fill is not None:
                for f in members[k] + members[m]:
                    lazy_fill(f)
            pairs.append((k, m))
            close = any(_close_story(f, g) for f in members[k] for g in members[m])
            notes[k, m] = ["close" if close else "far", *_cut(in_common[k, m], (3, 5), "kw")]
        made: list[tuple[int, int]] = []
        if pairs:
            pairs.sort()
            words: dict[int, tuple[dict[str, float], set[str]]] = {}
            for k, m in pairs:
                for x in (k, m):
                    if x not in words:
                        low: set[str] = set()
                        words[x] = (_sentence_words(members[x], low), low)
            score: dict[tuple[int, int], tuple[float, float]] = {}
            for k, m in pairs:
                (wa, la), (wb, lb) = words[k], words[m]
                both = wa.keys() & wb.keys()
                score[k, m] = (fsum(min(wa[w], wb[w]) for w in both), fsum(min(wa[w], wb[w]) for w in both & la & lb))
            partners: dict[int, list[int]] = {}
            for k, m in pairs:
                partners.setdefault(k, []).append(m)
                partners.setdefault(m, []).append(k)
            probs: dict[tuple[int, int], float] = {}
            for k, m in pairs:
                shared, lower = score[k, m]
                others = [score[min(k, x), max(k, x)][0] for x in partners[k] if x != m] + \
                         [score[min(m, x), max(m, x)][0] for x in partners[m] if x != k]
                total = min(fsum(words[k][0].values()), fsum(words[m][0].values()))
                feats = _day_features(members[k], members[m], shared, lower, total,
                                      shared - max(others) if others else None,
                                      max(len(partners[k]), len(partners[m])),
                                      lambda x, y: _one_day_words(x, y, fill, days, versions), (clusters[k], clusters[m]))
                feats += notes.get((k, m), ())
                if _DAY_MATTER.isdisjoint(feats) or "fam_differ" in feats:
                    # (nothing of the matter shared: no word of the sentences, titles or headlines,
                    # no act: "Dock workers walked off the job on Monday" / "The mayor resigned on
                    # Monday" are two happenings of one story's day; nor two acts of different word
                    # families, "closed the docks" / "resigned": never joined, and no row)
                    continue
                if log is not None:
                    log.append((tuple(_mention_key(g.m) for g in clusters[k].members),
                                tuple(_mention_key(g.m) for g in clusters[m].members), value, feats))
                else:
                    probs[k, m] = model.probability(feats)
            least = join_model.DAY_THRESHOLD
            best: dict[int, int] = {}
            for k, xs in partners.items():
                ps = [(probs.get((min(k, x), max(k, x)), 0.0), -x, x) for x in xs]
                top = max(ps)
                if top[0] >= least and sum(1 for p in ps if p[0] >= least) == 1:
                    best[k] = top[2]
            for k in sorted(best):
                m = best[k]
                if k < m and best.get(m) == k:
                    _join_pair(clusters, k, m)
                    out.add(m)
                    made.append((k, m))
        if key is not None and decided is not None:
            _record_pairs(ks, key, decided, made)
    return out


def _join_pair(clusters: "list[_Cluster]", k: int, m: int) -> None:
    """Make the events at positions ``k`` and ``m`` one (a new cluster at both: its event's id is
    made from its members, in a rebuild too)."""
    a, b = clusters[k], clusters[m]
    clusters[k] = clusters[m] = _Cluster.holding(a, a.members + b.members)


def _replay_pairs(clusters: "list[_Cluster]", ks: "list[int]", key: bytes, decided: "_Decisions",
                  joined: set[int]) -> bool:
    """Make again the joins the last build recorded under ``key`` (pairs of places in ``ks``, by
    :func:`_record_pairs`), adding the second of each pair to ``joined``; False when there is no
    such record (the joins are then asked)."""
    got = decided.old.get(key)
    if not (got.__class__ is tuple and all(
            p.__class__ is tuple and len(p) == 2 and 0 <= p[0] < p[1] < len(ks) for p in got)):  # type: ignore[union-attr]
        return False
    decided.new[key] = got
    for i, j in got:  # type: ignore[union-attr]
        _join_pair(clusters, ks[i], ks[j])
        joined.add(ks[j])
    return True


def _record_pairs(ks: "list[int]", key: bytes, decided: "_Decisions", made: "list[tuple[int, int]]") -> None:
    """Keep the joins ``made`` (positions) under ``key`` as places in ``ks``, for the next build."""
    place = {k: n for n, k in enumerate(ks)}
    decided.new[key] = tuple((place[k], place[m]) for k, m in made)


def _ready_members(c: "_Cluster", lazy: "_LazyIndex | None", fill: "Callable[[_Feat], None] | None") -> "list[_Feat]":
    """``c``'s first ``MAX_MEMBERS`` members, posted (a replaying merge's lazy index) and with
    their features filled."""
    members = c.members[:MAX_MEMBERS]
    for f in members:
        if lazy is not None:
            lazy.ready(f)
        if fill is not None:
            fill(f)
    return members


def _join_coarse(clusters: "list[_Cluster]", hit: "_Cluster", c: "_Cluster", positions: "Iterable[int]") -> None:
    """Make the coarse event ``c`` one with the finer ``hit`` (the finer date first) at every
    position of ``positions`` (and ``hit``'s own) that holds either: as :func:`_fold_joins`, only
    the positions that may hold them are rewritten."""
    new = _Cluster.holding(hit, hit.members + c.members)
    for j in (hit.index, *positions):
        if clusters[j] is hit or clusters[j] is c:
            clusters[j] = new


def _coarse_hit(c: "_Cluster", members: "list[_Feat]", index: _Index, clusters: "list[_Cluster]",
                own_days: "Mapping[str, list[dt.date]]", fill: "Callable[[_Feat], None] | None") -> "_Cluster | None":
    """The finer event every one of ``members`` (of the coarse event ``c``) tells, by
    :func:`_fold_hits`; None when one tells none, or another, or a member is a plan told after
    that event's day (:func:`_coarse_joins`)."""
    hit: "_Cluster | None" = None
    for f in members:
        hits = _fold_hits(f, c, index, clusters, own_days, fill)
        if len(hits) != 1 or hit is not None and hits[0] is not hit:
            return None
        hit = hits[0]
    if hit is None or hit is c or any(g.status == "planned" and hit.start < g.published for g in c.members):
        # (a plan told after the finer day had passed is not that day's happening)
        return None
    return hit


def _fold_hits(f: _Feat, c: "_Cluster", index: _Index, clusters: "list[_Cluster]",
               own_days: "Mapping[str, list[dt.date]]", fill: "Callable[[_Feat], None] | None") -> "list[_Cluster]":
    """The finer event (a list of one; else none or several) a folded mention ``f`` tells, by the
    tests of :func:`_fold_joins` in their order."""
    hits = _finer_told(f, c, index, clusters, lambda g: _same_act(f, g) and _akin(f, g), fill)
    if len(hits) != 1:
        hits = _fold_by_rare_words(f, c, index, clusters, fill)
    if len(hits) != 1:
        hits = _fold_sole_finer(f, c, index, clusters, fill)
    if len(hits) != 1:
        hits = _fold_by_lower(f, c, index, clusters, own_days, fill)
    if len(hits) != 1:
        hits = _fold_sole_lower(f, c, index, clusters, fill)
    return hits


def _fold_sole_lower(f: _Feat, c: "_Cluster", index: _Index, clusters: "list[_Cluster]",
                     fill: "Callable[[_Feat], None] | None") -> "list[_Cluster]":
    """The finer event a folded mention ``f`` tells when no other test of :func:`_fold_joins` chose
    one (nineteenth session): the only finer event of its period among merge's candidates for it
    whose day it may tell (:func:`_may_tell`), of an article of its story (:meth:`StoryDocs.one_story`),
    whose members' sentences share with ``f``'s the words it writes in lower case weighing more than
    ``FOLD_SOLE_LOWER_MIN`` (its closing attribution left out): "the drought aid package he promised
    during his visit to the plateau last week" / "Saluk toured farms near Dorrow on Tuesday" (the
    farms' drought). Over the 73 sets: 7 more events merged whole, 1 wrong ("Broken pieces of the
    blade were moved to a laboratory last week" to the inquiry opened into the blade's failure);
    with any such word 16 and 5, at 1.0 12 and 4; without the story test two more events of two
    stories in the 483-story folder. Empty or one cluster."""
    fines = _sole_told(f, c, index, clusters)
    if not fines:
        return []
    lower: set[str] = set()
    mine = rare_words(_ATTRIBUTION.sub(" ", f.m.sentence.replace(f.m.expr, " ")), lower)
    if not lower:
        return []
    if fill is not None:
        for g in fines[0].members[:MAX_MEMBERS]:
            fill(g)
    if fsum(mine[w] for w in _matter_words(fines[0]) & lower) <= FOLD_SOLE_LOWER_MIN:
        return []
    docs = f.docs
    return fines if docs is not None and any(docs.one_story(f.article, g.article) for g in fines[0].members[:MAX_MEMBERS]) else []


#: The weight of the lower-case words a folded mention must share with the only finer event of its
#: period for :func:`_fold_sole_lower` to join it there.
FOLD_SOLE_LOWER_MIN = 1.5


#: A folded mention joins, failing a shared act, the finer event of its story whose sentences share
#: with its sentence rare words weighing at least this much (:func:`_fold_by_rare_words`).
FOLD_RARE_MIN = 9.0

#: Words of a sentence for :func:`_fold_by_rare_words`: dates' words weigh nothing there.
_FOLD_DATE_WORDS = frozenset("""
january february march april may june july august september october november december jan feb mar apr jun
jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today yesterday
tomorrow week weeks month months year years day days weekend last next earlier later this that early late
mid start end beginning spring summer autumn fall winter night morning evening afternoon""".split())
_FOLD_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{2,}")


#: Each lower-case word's stem and rarity for :func:`rare_words` ("" for a date or a stop word).
_RARE_MEMO: dict[str, tuple[str, float]] = {}


def rare_words(text: str, lower: "set[str] | None" = None) -> dict[str, float]:
    """The content stems of ``text`` (not its date words), each with its rarest word's weight
    (:func:`story.rarity`); ``lower`` gets the stems of its words written in lower case (no names)
    that weigh something ("said" weighs nothing)."""
    out: dict[str, float] = {}
    memo = _RARE_MEMO
    for w in _FOLD_WORD.findall(text):
        lw = w.lower()
        got = memo.get(lw)
        if got is None:
            if len(memo) >= 200_000:
                memo.clear()  # (a bound: the words of a very large folder)
            got = memo[lw] = ("", 0.0) if lw in _FOLD_DATE_WORDS or lw in _SKIP else (
                _stem(lw), story_stage.rarity(lw.strip("'’-")))
        st, r = got
        if not st:
            continue  # a date word or a stop word
        if r > out.get(st, -1.0):
            out[st] = r
        if lower is not None and w[0].islower() and r > 0:
            lower.add(st)
    return out


def _fold_by_rare_words(f: _Feat, c: "_Cluster", index: _Index, clusters: "list[_Cluster]",
                        fill: "Callable[[_Feat], None] | None" = None) -> "list[_Cluster]":
    """The finer event a folded mention ``f`` tells, by the rare words of their sentences, when no
    act decides (:func:`_fold_joins`): of the finer candidates of its story by words (:func:`_akin`),
    the one whose members' sentences share with ``f``'s sentence (its date left out) the rare words
    of most weight, at least ``FOLD_RARE_MIN``, more than any other candidate's (words every
    candidate shares tell none apart and count for none). "The B sample analysis was expected later
    this month" / "The B sample, opened ... on April 28"; "six weeks after the January breakout that
    closed Brackwell Zoo" shares only the zoo's name with the inspectors' visit (6: not enough).
    Over the 41 tuned sets (fourteenth session): 12 more events merged whole, no wrong join (offline,
    on every folded mention of a gold event: 18 right, none wrong; at 8.5 one wrong, at 8 two;
    docs/events.md section 7). Empty or one cluster."""
    cands = _finer_told(f, c, index, clusters, lambda g: _akin(f, g), fill)
    if not cands:
        return []
    lower: set[str] = set()
    mine = rare_words(f.m.sentence.replace(f.m.expr, " "), lower)
    shared: list[set[str]] = []
    for fine in cands:
        theirs: set[str] = set()
        for g in fine.members[:MAX_MEMBERS]:
            theirs |= rare_words(g.m.sentence).keys()
        shared.append(theirs & mine.keys())
    common = set.intersection(*shared) if len(shared) > 1 else set()
    scores = sorted(((fsum(mine[w] for w in words - common), k) for k, words in enumerate(shared)), reverse=True)
    best, k = scores[0]
    if best < FOLD_RARE_MIN or (len(scores) > 1 and scores[1][0] >= best) or (shared[k] - common).isdisjoint(lower):
        return []
    return [cands[k]]


def _matter_words(c: "_Cluster") -> set[str]:
    """The content stems (:func:`rare_words`) of the sentences of ``c``'s first ``MAX_MEMBERS``
    members, their dates left out."""
    out: set[str] = set()
    for g in c.members[:MAX_MEMBERS]:
        out |= rare_words(g.m.sentence.replace(g.m.expr, " ")).keys()
    return out


#: A folded mention joins the only finer event of its period among merge's candidates for it when
#: their sentences share rare words weighing this much (:func:`_fold_sole_finer`).
FOLD_SOLE_MIN = 2.5


def _may_tell(f: _Feat, fine: "_Cluster") -> bool:
    """The day of ``fine`` may be the one coarse mention ``f`` tells: on the side of its article's
    date its status says (a plan's after it, a report's before: "earlier this month" is no day after
    the article), and in the part of its month its modifier names ("early May": the 1st to the 10th;
    "mid-May": the 8th to the 22nd; "late May", "the end of May": from the 18th)."""
    if fine.start < f.published if f.status == "planned" else fine.start > f.published:
        return False
    mod = f.m.expression.mod if f.m.expression is not None else None
    if f.m.date.granularity != "month" or mod not in ("START", "MID", "END"):
        return True
    day = fine.start.day
    return day <= 10 if mod == "START" else 8 <= day <= 22 if mod == "MID" else day >= 18


def _sole_told(f: _Feat, c: "_Cluster", index: _Index, clusters: "list[_Cluster]") -> "list[_Cluster]":
    """The finer event of ``c``'s period among merge's candidates for its one mention ``f``
    (:func:`_finer`) whose day ``f`` may tell (:func:`_may_tell`), when there is only one: a list
    of one, else empty."""
    fines: list[_Cluster] = []
    for fine in _finer(f, c, index, clusters):
        if any(h is fine for h in fines) or not _may_tell(f, fine):
            continue
        fines.append(fine)
        if len(fines) > 1:
            return []
    return fines


def _fold_sole_finer(f: _Feat, c: "_Cluster", index: _Index, clusters: "list[_Cluster]",
                     fill: "Callable[[_Feat], None] | None" = None) -> "list[_Cluster]":
    """The finer event a folded mention ``f`` tells when it is the only one: of the events dated to
    the day inside its period that share a word or a name with it (:func:`_finer`) and whose day
    it may tell (:func:`_may_tell`), there is one, and its members' sentences share with ``f``'s
    (dates left out) rare words weighing at least ``FOLD_SOLE_MIN``, a lower-case one among them
    ("Farms across the valley halted their deliveries earlier this month" / "about 600 farms
    stopped deliveries to the Lindmark cooperative's plant on June 2"). Empty or one cluster."""
    fines = _sole_told(f, c, index, clusters)
    if not fines:
        return []
    lower: set[str] = set()
    mine = rare_words(f.m.sentence.replace(f.m.expr, " "), lower)
    if fill is not None:
        for g in fines[0].members[:MAX_MEMBERS]:
            fill(g)
    shared = _matter_words(fines[0]) & mine.keys()
    return fines if fsum(mine[w] for w in shared) >= FOLD_SOLE_MIN and not shared.isdisjoint(lower) else []


#: A sentence's closing attribution (", the cooperative said."): its words are the source's, not the matter's.
_ATTRIBUTION = re.compile(r",\s+(?:[\w'’-]+\s+){0,5}?(?:said|says|told|added)\b[^,.;:!?]*[.;:!?]?\s*\Z")

#: The weight of the words of a folded mention's matter, written in lower case in its sentence, that
#: the finer event :func:`_fold_by_lower` chooses must share with it, and its lead over the next one.
FOLD_LOWER_MIN = 2.0
FOLD_LOWER_LEAD = 1.0


def _fold_by_lower(f: _Feat, c: "_Cluster", index: _Index, clusters: "list[_Cluster]",
                   own_days: "Mapping[str, list[dt.date]]", fill: "Callable[[_Feat], None] | None" = None) -> "list[_Cluster]":
    """The finer event a lone coarse mention ``f`` tells by the words of its matter (eighteenth
    session), when its own article dates nothing inside its period to the day (an article telling a
    month and a day of it mostly tells two happenings): of the events dated to the day inside its
    period among merge's candidates for it (:func:`_finer`), whose day it may tell (:func:`_may_tell`),
    with a member of an article of its story beyond doubt (:func:`_close_story`; merge's weaker story
    test joined two stories of one place in a folder of 483), the one whose members'
    sentences share with ``f``'s the words ``f`` writes in lower case weighing most (:func:`rare_words`),
    at least ``FOLD_LOWER_MIN`` and ``FOLD_LOWER_LEAD`` more than any other's: "At a stormy public
    meeting in September" / "will also hold a public meeting in the town hall on September 11"; "Your
    sponsor dropped you in January" / "Telweg-Sarr's sponsor ... said on Wednesday it had suspended
    her contract". Its closing attribution (", the cooperative said") is left out of its words.
    Offline over the 65 tuned sets' lone coarse events: 29 coarse tellings of a finer gold event
    joined to it, 4 to another event, 2 events of their own taken off (docs/events.md section 7).
    The weights first, the costly story test only for the best and those within its lead. Empty
    or one cluster."""
    if any(c.start <= d <= c.end for d in own_days.get(f.article, ())):
        return []
    lower: set[str] = set()
    mine = rare_words(_ATTRIBUTION.sub(" ", f.m.sentence.replace(f.m.expr, " ")), lower)
    if not lower:
        return []
    fines: list[_Cluster] = []
    scores: list[tuple[float, int]] = []
    for fine in _finer(f, c, index, clusters):
        if any(h is fine for h in fines) or not _may_tell(f, fine):
            continue
        scores.append((fsum(mine[w] for w in _matter_words(fine) & lower), len(fines)))
        fines.append(fine)
    if not scores or max(scores)[0] < FOLD_LOWER_MIN:
        return []
    scores.sort(reverse=True)

    def close(fine: "_Cluster") -> bool:  # (the costly test: asked only of the few the weights leave)
        for g in fine.members[:MAX_MEMBERS]:
            if fill is not None:
                fill(g)
            if _close_story(f, g):
                return True
        return False

    # The best candidate of a story beyond doubt, and no other such within FOLD_LOWER_LEAD of it
    best: "tuple[float, int] | None" = None
    for score, n in scores:
        if best is None:
            if score < FOLD_LOWER_MIN:
                return []
            if close(fines[n]):
                best = (score, n)
        elif score + FOLD_LOWER_LEAD > best[0]:
            if close(fines[n]):
                return []
        else:
            break
    return [fines[best[1]]] if best is not None else []


class _Decisions:
    """Answers of merge's steps after the greedy decisions, kept for a rebuild by a digest of all
    they read: :func:`_one_day`'s joins of a day (its events), :func:`_folded`'s and
    :func:`_fold_joins`' answer for a lone coarse mention (it, its period's finer candidates and
    the days its article dates). A cluster enters a digest by its members, each by its article's
    version (which hashes its file and the code), its place, date and status, and by its dates:
    every test those steps ask is a function of these (of the articles' texts, words and names:
    the story tests, vectors and rare words; of the mentions' sentences and dates). A rebuild
    reads the last build's answer where the digest is the same, and asks again where an article
    it reads changed; this build's answers (those read and those asked) are kept for the next
    (``new``: the trace's ``decided``), so the table holds what the folder holds now."""

    __slots__ = ("versions", "old", "new", "sigs")

    def __init__(self, versions: "Mapping[str, str]", previous: "MergeTrace | None") -> None:
        self.versions = versions
        old = getattr(previous, "decided", None) if previous is not None else None
        self.old: dict[bytes, object] = old if isinstance(old, dict) else {}
        self.new: dict[bytes, object] = {}
        self.sigs: dict[int, tuple[_Cluster, bytes]] = {}  # (a cluster's digest, by object: kept alive with it)

    def cluster(self, c: "_Cluster") -> bytes:
        """The digest of ``c``: its dates and its members'."""
        got = self.sigs.get(id(c))
        if got is not None and got[0] is c:
            return got[1]
        v = self.versions
        text = repr((c.start.toordinal(), c.end.toordinal(), c.value,
                     [(v.get(g.article), g.m.start, g.m.end, g.value, g.status) for g in c.members]))
        d = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        self.sigs[id(c)] = (c, d)
        return d

    def mention(self, f: _Feat) -> tuple[object, ...]:
        """What identifies ``f`` in a digest: its article's version, its place, date and status."""
        return (self.versions.get(f.article), f.m.start, f.m.end, f.value, f.status)

    @staticmethod
    def key(*parts: object) -> bytes:
        """The digest of ``parts`` (tuples of str, int, bytes, None)."""
        return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=16).digest()


class _PairAnswers:
    """A test's answers about two mentions (a function of the two mentions and their articles)
    in a merge (``new``) and in the one before (read in its trace's attribute ``attr``), each by
    the two mentions packed in one int: their articles' numbers in the trace's versions and their
    places (``_fold_key``). :func:`_folds_by_words`'s (``folds``) and :func:`_one_day_words`'s
    (``days``): a rebuild asks again only about pairs with a changed article."""

    __slots__ = ("number", "new", "old", "old_number", "test")

    def __init__(self, versions: "list[str] | None", previous: "MergeTrace | None", attr: str,
                 test: "Callable[[_Feat, _Feat, Callable[[_Feat], None] | None], bool]") -> None:
        self.number = {v: i for i, v in enumerate(versions)} if versions is not None else None
        self.new: dict[int, bool] = {}
        self.old: dict[int, bool] = getattr(previous, attr, None) or {} if previous is not None else {}
        self.old_number = {v: i for i, v in enumerate(previous.versions)} if self.old and previous is not None else {}
        self.test = test

    def answer(self, vf: "str | None", f: _Feat, vg: "str | None", g: _Feat,
               fill: "Callable[[_Feat], None] | None") -> bool:
        found = None
        if vf is not None and vg is not None and self.old:
            a, b = self.old_number.get(vf), self.old_number.get(vg)
            if a is not None and b is not None:
                found = self.old.get(_fold_key(a, f, b, g))
        if found is None:
            found = self.test(f, g, fill)
        if self.number is not None and vf is not None and vg is not None:
            a, b = self.number.get(vf), self.number.get(vg)
            if a is not None and b is not None:
                self.new[_fold_key(a, f, b, g)] = found
        return found


def _fold_key(a: int, f: _Feat, b: int, g: _Feat) -> int:
    """Two mentions in one int: each its article's number and its place (``_PLACE``'s layout)."""
    return (((a << 80) | (f.m.start << 40) | f.m.end) << 120) | (b << 80) | (g.m.start << 40) | g.m.end


#: Act words a lone coarse mention and a finer event of an article of its story by words alone
#: must share (or one word family: "~strike") to fold (see :func:`_folds_by_words`).
FOLD_WORD_ACTS = 2


def _folds_by_words(f: _Feat, g: _Feat, fill: "Callable[[_Feat], None] | None") -> bool:
    """A lone coarse mention ``f`` folds into ``g``'s finer event when their articles tell one
    story by their words (:func:`_akin`), not only by names, if their clauses tell one act:
    ``FOLD_WORD_ACTS`` act words in common, or a word family (names and amounts are no act;
    different actors or amounts are two happenings, :func:`_conflicting`). A story found by words
    alone links articles of one subject, whose months hold several happenings ("a lawsuit was
    filed against Norcorp in January" is not "Norcorp announced laptops on January 10"; "the army
    had killed 14 insurgents in December" is not "rebels attacked an army convoy on Christmas
    Day"): the act must be the finer event's. Over the 25 tuned sets this folds 12 more lone
    coarse mentions, 11 of them a coarse telling of a finer gold event; mean F1 +0.002 (10 sets
    up, 1 down by 0.005); 62 of 16,207 mentions of 1,000 generated articles."""
    if fill is not None:
        fill(f)
        fill(g)
    if not _akin(f, g) or _conflicting(f, g):
        return False
    return _same_act(f, g)


def _same_act(f: _Feat, g: _Feat) -> bool:
    """The clauses of ``f`` (or its sentence, when its clause has one act word at most) and ``g``
    share ``FOLD_WORD_ACTS`` act words or a word family (features filled)."""
    shared = _acts(f, True) & _acts(g)
    return len(shared) >= FOLD_WORD_ACTS or any(w[0] == "~" for w in shared)


_FINE = frozenset({"day", "time"})
_FINER_THAN_YEAR = frozenset({"day", "time", "week", "month", "season", "quarter", "half"})


def _one_day(clusters: "list[_Cluster]", docs: StoryDocs, fill: "Callable[[_Feat], None] | None" = None,
             days: "_PairAnswers | None" = None, versions: "Mapping[str, str] | None" = None,
             decided: "_Decisions | None" = None) -> set[int]:
    """Join two events of one day that one story tells apart, each the other's only partner:
    positions of the events joined into another (each now holds the joined cluster).

    Merge joins a mention to an event by the names and words of its clause, compared with the
    clusters that share a word with it when it is decided (greedy, finest first); two articles of
    one story often tell one happening of a day that way unjoined ("The Water Directorate issued
    its highest, red, warning on Monday" / "11:45 Monday: red warning remains in force"). After all
    decisions, two events of the same day (``_FINE``, same value) are joined when: no article tells
    both (an article telling two events of its day tells two happenings); every article of one
    tells one story with every article of the other (:meth:`StoryDocs.one_story`: story keys, else
    their words within ``story.STORY_DAYS``); neither is told only by dates counted from another
    event ("the previous day", "two days after the opening": they date a relation, often between
    two happenings); their words tell one happening (:func:`_one_day_words`); and each is the
    other's only such partner (a day with three events of one story told alike keeps them apart).
    Over the 31 evaluation sets: 25 more events merged whole, no wrong join (without the words'
    test: 35 more and 4 wrong); over a folder of all 275 stories, no event of two stories (docs/events.md section 7).

    Only events sharing one of their articles' ``story.KEY_WORDS`` weightiest words are compared
    (a story's articles share their rare words: names): a day of a large folder holds many events
    of many stories, and this keeps the pairs compared few (over the evaluation sets it loses no
    join).
    """
    by_day: dict[str, list[int]] = {}
    for k, c in enumerate(clusters):
        h = c.members[0]
        if (h.span == 0 and h.m.date.granularity in _FINE or h.m.date.granularity in ONE_PERIOD) and not all(
                _counted_from_event(g.m) for g in c.members):
            by_day.setdefault(c.value, []).append(k)
    joined: set[int] = set()
    for ks in by_day.values():
        if len(ks) < 2:
            continue
        key = None
        if decided is not None:
            # (a rebuild: the last build's joins of the day, by the events' places in ``ks``, when
            # none of its events changed)
            key = decided.key("day", [decided.cluster(clusters[k]) for k in ks])
            if _replay_pairs(clusters, ks, key, decided, joined):
                continue
        made: list[tuple[int, int]] = []
        # (sorted: the pairs asked, and so a rebuild's answers kept, do not depend on hashing)
        arts = {k: sorted({g.article for g in clusters[k].members[:MAX_MEMBERS]}) for k in ks}
        keyed: dict[str, list[int]] = {}
        for k in ks:
            for w in set().union(*(docs.key_words(a) for a in arts[k])):
                keyed.setdefault(w, []).append(k)
        partners: dict[int, set[int]] = {}
        mates: dict[int, set[int]] = {}  # the events of the day of each one's story (see _plan_then_done)
        tested: set[tuple[int, int]] = set()  # (pairs sharing several key words: asked once)
        for same in keyed.values():
            if len(same) > ONE_DAY_KEYED and clusters[same[0]].members[0].m.date.granularity not in _FINE:
                # a key word shared by many events of one year (a folder of many stories): no story's
                # word; comparing every pair of them would cost their square in time and in the
                # trace's answers (the sets' stories hold a few events of a year each)
                continue
            for i, k in enumerate(same):
                for m in same[i + 1:]:
                    if (k, m) in tested:
                        continue
                    tested.add((k, m))
                    if not set(arts[k]).isdisjoint(arts[m]):
                        mates.setdefault(k, set()).add(m)
                        mates.setdefault(m, set()).add(k)
                        continue
                    if all(docs.one_story(a, b) for a in arts[k] for b in arts[m]):
                        mates.setdefault(k, set()).add(m)
                        mates.setdefault(m, set()).add(k)
                        if _one_day_words(clusters[k], clusters[m], fill, days, versions):
                            partners.setdefault(k, set()).add(m)
                            partners.setdefault(m, set()).add(k)
        for k in ks:
            mine = partners.get(k)
            if mine is None or len(mine) != 1:
                continue
            m = next(iter(mine))
            if k < m and partners[m] == {k}:
                _join_pair(clusters, k, m)
                joined.add(m)
                made.append((k, m))
        for k in ks:
            mine = mates.get(k)
            if mine is None or len(mine) != 1 or k in joined:
                continue
            m = next(iter(mine))
            if k < m and m not in joined and mates[m] == {k} and set(arts[k]).isdisjoint(arts[m]) and (_plan_then_done(
                    clusters[k], clusters[m]) or _sole_mates_akin(clusters[k], clusters[m])):
                _join_pair(clusters, k, m)
                joined.add(m)
                made.append((k, m))
        if key is not None and decided is not None:
            _record_pairs(ks, key, decided, made)
    return joined


#: The weight of the lower-case words two events of one day, each the other's only event of that day
#: in their story, must share for :func:`_one_day` to join them (:func:`_sole_mates_akin`).
ONE_DAY_MATES_MIN = 0.5


def _sole_mates_akin(a: "_Cluster", b: "_Cluster") -> bool:
    """Two events dated to the same day, each the other's only event of that day in their story
    (see :func:`_one_day`), neither dated by counting from another event, whose sentences (their
    dates left out) share words written in lower case weighing more than ``ONE_DAY_MATES_MIN``
    (:func:`rare_words`), the same word and not only its stem, no word of attribution or office:
    "Tuesday's return of online council-tax payments was a relief" / "Online payments, restored on
    17 February"; "The Dunscarrow cull finished on Sunday" / "The last of her 46,000 ducks was taken
    away on November 23" share none and stay apart. (Eighteenth session, offline over the 69 sets:
    such day pairs were one gold event 54 times and two 11 times; sharing such a word, 14 and 0.)"""
    if a.head.date.granularity not in _FINE or b.head.date.granularity not in _FINE:
        return False
    ms = a.members[:MAX_MEMBERS] + b.members[:MAX_MEMBERS]
    if any(_counted_from_event(g.m) for g in ms):
        return False
    lower: list[set[str]] = [set(), set()]
    weight: dict[str, float] = {}
    lemmas: list[set[str]] = [set(), set()]
    for i, c in enumerate((a, b)):
        for g in c.members[:MAX_MEMBERS]:
            text = g.m.sentence.replace(g.m.expr, " ")
            got = rare_words(text, lower[i])
            if i == 0:
                weight.update(got)
            lemmas[i].update(_lemma(w) for w in _FOLD_WORD.findall(text) if w[0].islower())
    # (the same word, not only the same stem: "compulsory" is no "computer")
    # (no word of attribution nor an office's: "according to officials", "the council")
    shared = {w for w in (lower[0] & lower[1]) - _NO_TIE - _NO_ONE_STEMS
              if any(x.startswith(w.lstrip("~")) or _stem(x) == w for x in lemmas[0] & lemmas[1])}
    return fsum(weight[w] for w in shared) > ONE_DAY_MATES_MIN


#: The weight of the lower-case words a plan's and a report's sentences, with the sentences before
#: them, must share when their own sentences share no rare word (:func:`_plan_then_done`).
PLAN_CONTEXT_MIN = 2.0


def _plan_then_done(a: "_Cluster", b: "_Cluster") -> bool:
    """One of two events of one day told only as planned, the other told done by an article
    published no earlier, neither dated by counting from another event (see :func:`_one_day`)."""
    ms = a.members[:MAX_MEMBERS] + b.members[:MAX_MEMBERS]
    if any(_counted_from_event(g.m) for g in ms):
        return False
    words = [set().union(*(rare_words(g.m.sentence.replace(g.m.expr, " ")) for g in c.members[:MAX_MEMBERS]))
             for c in (a, b)]
    if words[0].isdisjoint(words[1] - _SAY_SET):  # (saying is no matter: "their lawyers said" / "the judge ruled")
        # (the sentences before theirs: "A class action was filed ... A first hearing is scheduled
        # for March 15" / "A judge on Monday allowed a class action against Vastmere Mobile")
        docs = ms[0].docs
        if docs is None:
            return False
        # A word of the matter, written in lower case: the story's names are in both.
        lower: list[set[str]] = [set(), set()]
        weight: dict[str, float] = {}
        for i, c in enumerate((a, b)):
            for g in c.members[:MAX_MEMBERS]:
                if g.article in docs.arts:
                    weight.update(rare_words(g.m.sentence.replace(g.m.expr, " ") + " " + _previous(
                        docs.arts[g.article].body, g.m.sentence_start), lower[i]))
        if fsum(weight[w] for w in lower[0] & lower[1]) < PLAN_CONTEXT_MIN:
            return False  # ("Ticket holders will receive refunds on Saturday" / "The players returned on Saturday")
    for plan, done in ((a, b), (b, a)):
        pm, dm = plan.members[:MAX_MEMBERS], done.members[:MAX_MEMBERS]
        if all(g.status == "planned" for g in pm) and any(g.status == "past" for g in dm) and min(
                g.published for g in pm) <= max(g.published for g in dm):
            return True
    return False


def _one_day_words(a: "_Cluster", b: "_Cluster", fill: "Callable[[_Feat], None] | None",
                   days: "_PairAnswers | None" = None, versions: "Mapping[str, str] | None" = None) -> bool:
    """Two events of one day tell one happening by their words: a member of each, by
    :func:`_one_day_pair` (its answers kept by mention pair in ``days``, when given with the
    articles' ``versions``)."""
    for f in a.members[:MAX_MEMBERS]:
        for g in b.members[:MAX_MEMBERS]:
            if days is not None and versions is not None:
                if days.answer(versions.get(f.article), f, versions.get(g.article), g, fill):
                    return True
            elif _one_day_pair(f, g, fill):
                return True
    return False


def _one_day_pair(f: _Feat, g: _Feat, fill: "Callable[[_Feat], None] | None") -> bool:
    """The clause of one of two mentions and the other's sentence share ``ONE_DAY_TIES`` act words
    (names, amounts and words of attribution aside: "The Water Directorate issued its highest,
    red, warning" / "Red warning remains in force"), or one that is not an office's or an
    institution's word when their articles are one story beyond doubt (:meth:`StoryDocs.close`; "The
    city council approved the budget" / "The mayor resigned after a row with the council" share
    only "council": two happenings). Over the 31 evaluation sets the one word adds 12 events merged
    whole and no wrong join; without the closer story test it joined three events of two stories
    sharing a place's name in a folder of all 275 stories (docs/events.md section 7)."""
    if fill is not None:
        fill(f)
        fill(g)
    ties = ((_acts(f) & g.sentence) | (_acts(g) & f.sentence)) - _NO_TIE
    if len(ties) >= ONE_DAY_TIES:
        return True
    # (one act word: in articles of one story beyond doubt, not two stories sharing a place name)
    return not ties <= _NO_ONE_STEMS and f.docs is not None and f.docs.close(f.article, g.article)


#: The cosine of two articles' story vectors that makes them one story beyond doubt (see
#: :meth:`StoryDocs.close`): twice ``story.STORY_COSINE``.
ONE_TIE_COSINE = 0.3

#: Periods whose events :func:`_one_day` joins as it joins a day's (the same week, the same month:
#: "will begin lifting the slates next month" / "work on the slates began last month"): over the 31
#: evaluation sets 11 more events merged whole, one wrong join. Years and seasons since the
#: thirteenth session (a story's background told by two articles: "Bluefinch was founded in 1961" /
#: "Finch founded the company in 1961"): over the 41 sets 12 more merged whole, no wrong join.
ONE_PERIOD = frozenset({"week", "month", "year", "season"})

#: The most events of one period (not a day) sharing one key word that :func:`_one_day` compares
#: pair by pair; beyond it the word names no one story (see there).
ONE_DAY_KEYED = 24

#: Offices' and institutions' words and their stems: one of them alone ties no two happenings.
_NO_ONE_STEMS = frozenset(_content_stem(w) for w in _NO_ONE) | _NO_ONE
#: Act words a clause of one event and the other's sentence share for :func:`_one_day` to join them
#: when each is an office's or an institution's word (one other act word is enough).
ONE_DAY_TIES = 2


def _counted_from_event(m: Mention) -> bool:
    """``m``'s date is counted from another event ("a day after the verdict", "the previous day")."""
    x = m.expression
    return x is not None and x.relation is not None


def _same_story(f: _Feat, g: _Feat, arts: dict[str, Article]) -> bool:
    """The articles of ``f`` and ``g`` (features filled) tell one story (see :func:`_folded`)."""
    a, b = arts.get(f.article), arts.get(g.article)
    if a is not None and b is not None and a.story and b.story:
        return a.story == b.story
    return _story_tests(f, g)


def _story_tests(f: _Feat, g: _Feat) -> bool:
    """Two of merge's three story tests hold for the articles of ``f`` and ``g``: shared headline
    words (:func:`_one_story`), many shared names (:func:`_linked`), shared people (:func:`_kin`);
    any one of them alone links too many articles of a folder of many stories. (Not the words'
    test, :func:`_akin`: it links articles of one subject, "Apple", whose events of one month
    are often two: docs/events.md section 7.)"""
    # Two of the three tests hold only when the headlines share two words or the texts three
    # names (most pairs share neither: tested first, cheaply).
    if len(f.story & g.story) < 2 and len(f.cast & g.cast) < KIN_NAMES:
        return False
    return _one_story(f, g) + _linked(f, g) + _kin(f, g) >= 2


def _fold_note(m: Mention) -> Dropped:
    """The :class:`Dropped` value of a mention :func:`_folded` took off the timeline."""
    assert m.expression is not None  # (every extracted mention has one; see the caller)
    return Dropped(article=m.article, expression=m.expression, sentence=m.sentence,
                   reason=FOLD_REASON.format(gran="weekend" if m.date.start != m.date.end and m.date.granularity == "day"
                                             else m.date.granularity,
                                             finer="more precisely" if m.date.granularity == "year" else "to the day"))


def _unresolved_note(m: Mention) -> Dropped:
    """The :class:`Dropped` value of a pending mention that no dated referent resolved."""
    assert m.expression is not None
    told = f"event-relative to “{m.referent_text}”" if m.referent_text else "event-relative"
    return Dropped(article=m.article, expression=m.expression, sentence=m.sentence,
                   reason=f"{told}, but no article of its story dates it")


def _mention_key(m: Mention) -> tuple[str, int, int]:
    return (m.article, m.start, m.end)


def _better_tie(f: _Feat, c: "_Cluster", told: int, best: "tuple[float, int, int, _Cluster]") -> bool:
    """Between two clusters ``f`` fits equally well, whether ``c`` is the better: the one whose
    clauses share more of ``f``'s act words ("The suspension of the trial, reported last week" is
    the regulator's "ordered a full suspension of the trial" on Friday, not the company's "paused
    dosing in its trial" on Monday), then the one told by more mentions, then the earlier made."""
    acts = _acts(f, True)
    mine, theirs = _acts_told(acts, c), _acts_told(acts, best[3])
    if mine != theirs:
        return mine > theirs
    return (told, -c.index) > (best[1], -best[2])


def _acts_told(acts: frozenset[str], c: "_Cluster") -> int:
    """How many of ``acts`` the clauses of ``c``'s first members tell."""
    if not acts:
        return 0
    told: set[str] = set()
    for g in c.members[:MAX_MEMBERS]:
        told |= acts & g.plain
    return len(told)


def _swapped(clusters: "list[_Cluster]", fill: "Callable[[_Feat], None] | None" = None) -> "list[_Cluster]":
    """Undo a join that greedy order made worse: an event took one mention of an article (made
    first) while a later mention of the same article and day, left alone because its article was
    already there, tells the event's other tellings more closely ("Strand will meet Free Crossing
    leaders next Thursday" took "Strand said on Thursday that residents will pay half price",
    and "Strand met Free Crossing leaders on Thursday morning" of that article stayed alone).
    The two mentions change places when the lone one's best similarity with the event's other
    articles' members beats the member's by ``SWAP_MARGIN`` and it may join (date, status).
    The clusters given are not changed: a changed one is a copy in the list returned (``fill``:
    a replaying merge's, which gives a mention its features before it is compared)."""
    alone: dict[tuple[str, str], list[_Cluster]] = {}
    for c in clusters:
        if len(c.members) == 1:
            f = c.members[0]
            if f.span <= DAY_SCAN_LIMIT:
                alone.setdefault((f.article, f.value), []).append(c)
    if not alone:
        return clusters
    out = list(clusters)
    place = {id(c): k for k, c in enumerate(clusters)}
    for k, c in enumerate(out):
        members = c.members
        if len(members) < 2 or len(members) > MAX_MEMBERS:
            continue
        for i, g in enumerate(members):
            lone = alone.get((g.article, g.value))
            if not lone:
                continue
            others = [h for h in members if h.article != g.article]
            if not others:
                continue
            if fill is not None:
                for h in members:
                    fill(h)
            mine = max(similarity(g, h) for h in others)
            for s in lone:
                f = s.members[0]
                if f.status != g.status:
                    continue  # (the same status as g's, of g's article: it joins wherever g could)
                if fill is not None:
                    fill(f)
                theirs = max(similarity(f, h) for h in others)
                if theirs > mine + SWAP_MARGIN:
                    # Each cluster keeps its place and its head's date (f and g share it).
                    c = out[k] = _Cluster.holding(c, members[:i] + [f] + members[i + 1:])
                    members = c.members
                    moved = _Cluster.holding(s, [g])
                    out[place[id(s)]] = moved
                    place[id(moved)] = place[id(s)]  # (it may move again)
                    lone.remove(s)
                    alone.setdefault((g.article, g.value), []).append(moved)
                    break
    return out


#: How much closer the lone mention must tell the event's other tellings to take a member's place.
SWAP_MARGIN = 0.2


def _readers(feats: list[_Feat]) -> list[tuple[bool, set[int], bool]]:
    """For each mention, in merge order, which posting lists a later mention reads (see
    :func:`_candidates`): whether any reads days, the months read, whether any reads words alone.
    A list no later mention reads is not made (most day lists once the coarse mentions come)."""
    out: list[tuple[bool, set[int], bool]] = []
    days = words = False
    months: set[int] = set()
    for f in reversed(feats):
        out.append((days, months, words))
        span = f.span
        if span <= DAY_SCAN_LIMIT:
            days = True
        elif span <= MONTH_SCAN_LIMIT:
            start, end = f.m.date.start, f.m.date.end
            first, last = start.year * 12 + start.month - 1, end.year * 12 + end.month - 1
            if not months.issuperset(range(first, last + 1)):
                months = months.union(range(first, last + 1))  # a new set: the ones before stay
        else:
            words = True
    out.reverse()
    return out


#: Words that open a clause whose subject is told elsewhere ("It reopened", "My hearing").
_NO_SUBJECT = frozenset("it he she they this that these those we i my our his her its their there".split())


def _title_flaws(m: Mention) -> int:
    """How far a mention's title is from a headline (0: none; ``min`` keeps the first of equals):
    a pronoun for its subject, fewer than three words, an opening that is not a letter (a
    live blog's time stamp)."""
    words = m.title.split()
    flaws = 0
    if len(words) < 3:
        flaws += 2
    if not words or not words[0][:1].isalpha():
        flaws += 2
    elif words[0].lower().strip("'’") in _NO_SUBJECT:
        flaws += 1
    return flaws


def _event(c: _Cluster, dates: "dict[str, str] | None" = None, eid: str | None = None) -> Event:
    """The event of cluster ``c`` (``eid``: its id, when known)."""
    if len(c.members) == 1:  # most events: the same event as below, made with less work
        m = c.members[0].m
        return Event(id=eid or event_id(m.date.value, m.title, (m,), dates), date=m.date,
                     status="past" if m.status == "past" else "planned", title=m.title, mentions=(m,),
                     tags=tuple(sorted(set(m.tags))) if m.tags else ())
    members = [f.m for f in c.members]
    head = c.head  # the finest, earliest-published mention
    date = head.date
    # Same precision, several values (e.g. mod differences): keep the head's.
    status = "past" if any(m.status == "past" for m in members) else "planned"
    # The title of the first mention of the event's status and date that reads as a headline
    # ("Regulators closed Ferrant Savings Bank", not "It reopened" or "Shut"), else the head's.
    told = [f.m for f in c.members if f.m.status == status and f.m.date.value == date.value] or [head]
    title_from = min(told, key=_title_flaws) if len(told) > 1 else told[0]
    mentions = tuple(sorted(members, key=lambda m: (m.article, m.start, m.end)))
    tags = tuple(sorted({t for m in members for t in m.tags}))
    if date.mod is None:
        mods = sorted({m.date.mod for m in members if m.date.value == date.value and m.date.mod})
        if mods and len(mods) == 1 and all(m.date.mod for m in members if m.date.value == date.value):
            date = timex.date_value(date.value, mods[0])
    return Event(
        id=eid or event_id(date.value, title_from.title, mentions, dates),
        date=date,
        status=status,  # type: ignore[arg-type]
        title=title_from.title,
        mentions=mentions,
        tags=tags,
    )
