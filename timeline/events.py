"""Stage 3: decide which temporal expressions anchor events, and describe those events.

``extract(article, expressions)`` turns the tagger's expressions of ONE article into
:class:`Mention` values (a dated happening: date, status, short title, tags, evidence) and
:class:`Dropped` values (an expression that dates no event, with a short human reason). It
is a pure function of its two arguments, so it can be cached and run in parallel.

Decisions are rules by linguistic category, not by example (see docs/events.md):

1. *What kind of expression*: durations, sets, decades, open intervals, ranges and values
   with no calendar date never date an event.
2. *Where it stands*: inside a URL, a photo caption, or a quotation spoken at another time.
3. *What its preposition says*: "since" (tenure), "until/through" (term), "by" (deadline or
   forecast), "before/after" (open interval), "fiscal" (accounting period).
4. *What its clause says*: negation (did not happen), a statistic or survey period, a
   background state (copula, "remained"), a postponed original date, a holiday named as
   context, a vague future ("in the coming months").
5. *Event-relative anchors* ("a day after", "three days later", "the previous day") are
   resolved from the event they point to in the same article; when that event is not dated
   here, the mention is left ``pending`` with the words naming its referent, and
   :func:`timeline.merge.merge` resolves it from another article of the story.

Status is ``planned`` when the date lies after publication, or when the clause is
forward-looking ("will", "is due to", "scheduled", "plans to") and the date is not wholly
past; otherwise ``past``.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Iterable

from . import keep_model, timex
from .entities import COUNTRIES, ORGANISATIONS, ORG_SUFFIXES, STOPWORDS, TITLES, tags as entity_tags

_NOT_NAME_START = STOPWORDS | TITLES
_NOT_NAME_WORD = frozenset(w for n in COUNTRIES | ORGANISATIONS for w in n.split()) | ORG_SUFFIXES | STOPWORDS
from .model import Article, DateValue, Dropped, Mention, TimeExpression, collector_paused
from .tag import _FIXTURE_AND, _UNTIL_AWAITED, _WEEKDAY_AND  # (the tagger's patterns: one definition)
from .tag.en import item_break
from .text import (
    Sentence, dateline_end, is_caption, is_date_line, is_header_line, opens_chronology_line, quote_spans, sentences_holding, url_spans_in,
)

__all__ = ["extract", "RelativeSpec", "parse_relative", "shift", "make_title", "clause_bounds"]

# --------------------------------------------------------------------------------------------
# Word tables

_rx = lru_cache(maxsize=None)(re.compile)


class _re:  # stands in for the module in hot code
    """``re.search`` & co. through ``_rx``: its compiled-pattern cache costs less per call than re's."""

    @staticmethod
    def search(pattern: str, string: str) -> re.Match[str] | None:
        return _rx(pattern).search(string)

    @staticmethod
    def match(pattern: str, string: str) -> re.Match[str] | None:
        return _rx(pattern).match(string)

    @staticmethod
    def split(pattern: str, string: str) -> list[str]:
        return _rx(pattern).split(string)

    @staticmethod
    def finditer(pattern: str, string: str) -> Iterable[re.Match[str]]:
        return _rx(pattern).finditer(string)

class _Gate:
    """A compiled pattern behind an exact, cheap pre-check: ``search`` returns None at once
    when the text (``string[pos:endpos]``) holds none of ``needles`` (literal pieces at least one
    of which every match of the pattern contains, outside its lookarounds), else the pattern's
    own result. For the rule patterns searched
    on every date (most never match): an ``in`` test costs a fraction of a failed search."""

    __slots__ = ("pattern", "needles")

    def __init__(self, pattern: re.Pattern[str], *needles: str) -> None:
        self.pattern = pattern
        self.needles = needles

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if pos or endpos is not None:
            end = len(string) if endpos is None else endpos
            for n in self.needles:
                if string.find(n, pos, end) >= 0:
                    return self.pattern.search(string, pos, end)
            return None
        for n in self.needles:
            if n in string:
                return self.pattern.search(string)
        return None


#: timex.date_value once per value and modifier: an article repeats its dates, and a DateValue
#: (frozen) can be shared; its label is most of the cost of a mention's date.
_date_value = lru_cache(maxsize=4096)(timex.date_value)
#: timex's tests of a value, once per value (one C-level look-up where timex takes three calls).
_is_calendar = lru_cache(maxsize=4096)(timex.is_calendar)
_interval = lru_cache(maxsize=4096)(timex.interval)
_granularity = lru_cache(maxsize=4096)(timex.granularity)

#: The number words the rules read, written once: "two" to "twelve" (a count of several: "only
#: three of them"), "one" to "twelve" (any small count), "one" to "six" (a few hours or weeks).
_TWO_TO_TWELVE = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_ONE_TO_TWELVE = "one|" + _TWO_TO_TWELVE
_ONE_TO_SIX = "|".join(_ONE_TO_TWELVE.split("|")[:6])
_NUMBERS = {"a": 1, "an": 1} | {word: n for n, word in enumerate(_ONE_TO_TWELVE.split("|"), 1)}
_FORWARD = {"after", "later", "following", "next", "afterwards", "afterward", "subsequent"}
_BACKWARD = {"before", "earlier", "previous", "preceding", "prior"}

_REL_PATTERNS = (
    # "a day after", "two weeks before", "three days later", "a month earlier"
    re.compile(
        r"\b(?P<n>a|an|" + _ONE_TO_TWELVE + r"|\d{1,2})\s+"
        r"(?P<unit>day|week|month|year)s?\s+(?P<dir>after|before|later|earlier|afterwards|afterward|prior to)\b",
        re.IGNORECASE,
    ),
    # "the previous day", "the following week", "the next morning"
    re.compile(
        r"\bthe\s+(?P<dir>previous|following|next|preceding|prior|subsequent)\s+"
        r"(?P<unit>day|week|month|year|morning|afternoon|evening|night)\b",
        re.IGNORECASE,
    ),
    # "later that year", "earlier the same day"
    re.compile(
        r"\b(?P<dir>later|earlier)\s+(?:that|the same|in the|that same)\s+"
        r"(?P<unit>day|week|month|year|morning|afternoon|evening|night)\b",
        re.IGNORECASE,
    ),
    # "the day before", "the day after" (not "the day after tomorrow"), "the morning after"
    re.compile(
        r"\bthe\s+(?P<unit>day|night|week|month|year|morning|afternoon|evening)\s+(?P<dir>before|after)\b(?!\s+(?:tomorrow|yesterday))",
        re.IGNORECASE,
    ),
    # "that same day", "the same week"
    re.compile(r"\b(?:that|the)\s+(?P<dir>same)\s+(?P<unit>day|week|month|year|morning|evening|night)\b", re.IGNORECASE),
    # "on the day of the eruption", "the night of the attack": the same day as the event named after it
    re.compile(r"\bthe\s+(?P<unit>day|night|morning|afternoon|evening)\s+(?P<dir>of)$", re.IGNORECASE),
)
#: "a few hours later", "hours after the ruling": the same day as the event counted from.
_HOURS_REL = re.compile(
    r"\b(?:(?:a few|a couple of|several|some|an|" + _ONE_TO_SIX + r"|\d{1,2})\s+)?hours?\s+"
    r"(?P<dir>after|before|later|earlier|afterwards|afterward)\b"
)

def _by_first_letter(words: Iterable[str]) -> str:
    """An alternation of ``words`` grouped by first letter ("s(?:aid|ays)|t(?:old)"): the same
    words, but a search tries one branch per letter at each word instead of one per word."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items())


_SPEECH = (
    r"said|says|say|told|tells|announced|announces|added|stated|noted|claimed|argued|warned|wrote|"
    r"tweeted|posted|confirmed|reported|insisted|acknowledged|revealed|disclosed|declared|explained|vowed|pledged|"
    r"promised|urged|stressed|warned|argued|announced"
)
_SPEECH_WORDS = _by_first_letter(dict.fromkeys(_SPEECH.split("|")))  # the same words, faster to search
_SPEECH_RE = re.compile(rf"\b(?:{_SPEECH_WORDS})\b")
_SUBORDINATORS = (
    "that|because|although|though|while|whereas|which|who|whom|whose|when|after|before|as|amid|"
    "despite|until|unless|if|so|where|including|besides"
)
#: A colon that ends a clause: not one between digits, a time of day's ("21:14", "16:05").
_CLAUSE_COLON = r"(?<!\d):|:(?!\d)"
_CLAUSE_BREAK = re.compile(
    # A blank before a subordinator or before "and" + a verb is tried as one alternative (a
    # speech verb never starts at a blank, so trying it before the "and" case changes nothing).
    rf"[;—–()\[\]]|{_CLAUSE_COLON}|,\s|\s(?=(?:{_by_first_letter(_SUBORDINATORS.split('|'))})\b"
    rf"|and\s+(?:that|then|will|would|was|were|has|had|said|[a-z]{{3,}}ed)\b)|(?P<speech>\b(?:{_SPEECH_WORDS})\b)(?=\s)",
    re.IGNORECASE,
)

#: _CLAUSE_BREAK on lowercase text, in two scans that start with what their matches start with
#: (so a search skips ahead in C): the punctuation and blank breaks, each led by its one
#: character and told apart by a lookbehind (``:(?<!\d:)`` is ``(?<!\d):``), and the speech
#: verbs. Their matches never overlap (letters against the rest), so together, in text order,
#: they are _CLAUSE_BREAK's (the speech ones its ``speech`` group's).
_CLAUSE_PUNCT_LOW = re.compile(
    rf"[;—–()\[\]:,\s](?:(?<=[;—–()\[\]])|(?<=:)(?:(?<!\d:)|(?!\d))|(?<=,)\s"
    rf"|(?<=\s)(?=(?:{_by_first_letter(_SUBORDINATORS.split('|'))})\b"
    rf"|and\s+(?:that|then|will|would|was|were|has|had|said|[a-z]{{3,}}ed)\b))"
)
_CLAUSE_SPEECH_LOW = re.compile(rf"\b(?:{_SPEECH_WORDS})\b(?=\s)")

#: Verbs (and auxiliaries) that make a clause: a regular past tense or one of these words.
_VERB_WORDS = (
    "said", "says", "told", "met", "meets", "took", "made", "won", "lost", "held", "began", "begun", "left",
    "came", "went", "gave", "got", "saw", "spoke", "sent", "put", "set", "hit", "cut", "led", "struck", "fell",
    "rose", "grew", "paid", "sold", "bought", "brought", "broke", "chose", "drew", "flew", "fought", "found",
    "kept", "knew", "laid", "ran", "sat", "shot", "shut", "stood", "thought", "threw", "wrote", "became",
    "was", "were", "is", "are", "has", "have", "had", "will", "would", "shall", "can", "could", "may", "might",
    "must", "should", "did", "does", "signed", "agreed", "visits?", "meet", "discussed", "occur", "occurs",
    "begins", "ends", "opens", "takes", "leaves", "arrives", "launches", "votes",
)
_VERB = re.compile(  # the "after/before + -ing" cases start at a word too: tried only there, behind its \b
    r"\b(?:(?<!a )(?<!an )(?<!the )(?<!its )(?<!his )(?<!her )(?<!their )[a-z]{3,}ed|" + _by_first_letter(_VERB_WORDS) + r")\b"
    r"|\b(?<=after )[a-z]{3,}ing\b|\b(?<=before )[a-z]{3,}ing\b",
)
_PLANNED = re.compile(
    r"\b(?:will|would|shall|(?:is|are|was|were) (?:due|set(?!\s+(?:up|out|off|aside|alight|fire|free|down|back|apart)\b)|scheduled|slated|expected|poised|likely|to)|"
    r"due to(?!\s+(?:the|a|an|what|his|her|its|their|this|that|these|those|heavy|poor|bad|high|low|concerns?|fears?)\b)|"
    r"scheduled|slated|set to|plans? to|planned|"
    # (not a noun's modifier: "the planning committee granted planning permission")
    r"planning(?!\s+(?:permission|committee|application|applications|officers?|department|inspectors?|inspectorate|"
    r"authority|authorities|consent|board|rules|system|laws?|policy|appeal|meeting|process|approval|grounds)\b)|intends? to|aims? to|expected to|upcoming|"
    r"to be held|to take place|next|proposed|possible|likely to|prepares? to|preparing to|is to|are to)\b"
    r"|['’]ll\b",
)
_NEGATION = re.compile(
    r"\b(?:not|never|no longer|cannot|unable to)\b|n['’]t\b|\bno \w+ (?:could|can|would|will) be\b"
    # "next year there will be no fleet", "there was no vote in 2024": nothing of the kind then
    r"|\bthere\s+(?:will be|would be|is|are|was|were|has been|have been|had been)\s+no\b(?!\s+(?:doubt|question)\b)"
)
_STAT_VERB = re.compile(  # (alternatives grouped by first letter: the same matches, faster to search)
    r"\b(?:" + _by_first_letter((
        "rose", "rise[sn]?", "fell", "fall(?:s|en)?", "grew", "grow(?:s|n)?", "jump(?:ed|s)", "drop(?:ped|s)",
        "decline[ds]?", "slump(?:ed|s)", "surge[ds]?", "climb(?:ed|s)", "contract(?:ed|s)", "expand(?:ed|s)",
        "average[ds]?", "total(?:l?ed|s)", "stood at", "was (?:up|down)", "were (?:up|down)", "up from",
        "down from", "increased", "decreased", "dipped", "eased", "soared", "plunged", "plummeted", "rebounded",
        "recorded", "accounted for", "reached", "topped", "exceeded", "amounted to", "hit a record", "produced",
        "generated", "earned", "posted", "mined", "was worth", "were worth",
    )) + r")\b",
)
_STAT_NOUN = re.compile(
    r"\b(?:survey|poll|census|data|figures|statistics|study|report(?:ed)? period|year-on-year|year-over-year|"
    r"compared with|compared to|from a year earlier|a year earlier|than in|per cent|percent|%|inflation|gdp|"
    r"unemployment|growth rate|exports?|imports?|sales|revenue|profits?|output|deficit|surplus|turnover|"
    r"earnings|index|prices?|rainfall|temperatures?|arrivals|enrolment|turnout)\b|%",
)
#: A change as a fraction in words: "have since fallen by a third", "cut by half".
_FRACTION = re.compile(r"\bby (?:a|one|two) (?:third|quarter|fifth|tenth)s?\b|\bby (?:half|a half)\b")
_NUMBER = re.compile(r"\d[\d,.]*\s*(?:%|per ?cent|percent|billion|million|crore|lakh|tonnes|points|bn|mn)?|\d")
_MEASURE = re.compile(r"\d[\d,.]*\s*(?:%|per ?cent\b|percent\b|billion\b|million\b|crore\b|lakh\b|tonnes\b|points\b|bn\b|mn\b|mm\b|degrees\b)")
_FORECAST = re.compile(
    r"\b(?:projected|forecast|forecasts|predicted|estimated|expected|seen|set|likely|poised|on track)\s+to\s+"
    r"(?:reach|grow|rise|fall|drop|decline|hit|exceed|top|double|triple|halve|increase|decrease|climb|be|remain|stay|average)\b"
    r"|\bwill\s+(?:reach|grow|rise|fall|drop|decline|double|triple|halve|increase|decrease|climb|average|exceed|top)\b"
)
#: "Ferry accidents killed more than 300 people in 2024": a plural category and an approximate toll.
_AGGREGATE = re.compile(
    r"^\W*(?:the\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+s\s+(?:have\s+|had\s+)?(?:[a-z-]+\s+)?"
    r"(?:killed|injured|caused|claimed|left|displaced|affected|cost)\s+"
    r"(?:more than|over|nearly|about|at least|some|almost|around|roughly|up to)\s+\$?\d"
)
_VOLUME = re.compile(
    r"\b(?:sold|shipped|delivered|exported|imported|carried|served|attracted|registered|welcomed|handled|produced|"
    r"built|employed|recorded|reported|processed|treated|received|spent|invested|raised)\s+"
    r"(?:about |around |nearly |almost |more than |over |some |roughly |just |only )?\$?"
    r"\d{1,3}(?:,\d{3})+|\b(?:sold|shipped|delivered|exported|imported|carried|served|attracted|produced|built|employed)\s+"
    r"(?:about |around |nearly |almost |more than |over |some |roughly )?\d[\d.]*\s*(?:million|billion|thousand|m|bn)\b"
    # a quantity harvested, lost or used over a period ("harvested 31 million tonnes in 2025", "lost
    # roughly 31% of the water it treated")
    r"|\b(?:harvested|lost|consumed|used|wasted|leaked|caught|burned|burnt|recycled)\s+"
    r"(?:about |around |nearly |almost |more than |over |some |roughly |just over |just under )?"
    r"\d[\d.,]*\s*(?:%|per ?cent\b|percent\b|million\b|billion\b|thousand\b|tonnes\b|litres\b|liters\b|barrels\b|bn\b|mn\b)"
)
#: "Carrow handled 1.2 million containers in 2025", "the fleet landed 86,000 tonnes", "was paid 180
#: million crowns in bonuses", "it may land about 70,000 tonnes this year": a large quantity (thousands,
#: millions, or a unit of weight, volume or money) as the object of any verb over a year, half, quarter
#: or season is a period's total (a statistic), not one happening. (Not with a happening as subject:
#: "an earthquake killed 15,000 people in 2011" dates the earthquake; see ``_QUANTITY_HAPPENING``.)
#: Currencies named in words after a sum ("9 million krona"): a sum of money is one payment.
_CURRENCY_WORDS = (r"(?:crowns|kronor|krona|kroner|krone|euros|dollars|pounds|francs|yen|rupees|pesos|rand|zlotys?|forints?|lei|"
                   r"lira|liras|dinars|dirhams|reais|rubles|roubles|yuan|shekels|ringgit|rupiah|baht|pence|cents|"
                   # (twentieth session) more currencies, old and invented news uses: "410 million marks"
                   r"marks|thalers?|guilders|florins|shillings|ducats|escudos|pesetas|drachmas)")
_QUANTITY_OBJECT = re.compile(
    r"\b(?!(?:of|in|on|at|by|to|from|for|with|than|and|or|the|a|an|is|was|were|are|be|been|up|down|by|"
    r"about|around|over|under|some|nearly|almost|just|only|roughly|least|more|per|cent|fewer|less|"
    # (announcing or asking for a quantity is one act: "announced 1,311 job cuts in 2020")
    r"announced|announces|unveiled|proposed|pledged|promised|approved|ordered|offered|sought|requested|demanded|"
    # (twentieth session: a one-off act's count, "In 2023 it recalled 40,000 delivery vans")
    r"recalled|evacuated)\s)[a-z]{3,}\s+"
    r"(?:about |around |nearly |almost |more than |over |some |roughly |just |only |at least |up to |a total of |an estimated )?"
    r"(?:([$€£])\s?)?(?:\d{1,3}(?:,\d{3})+|\d[\d.]*\s*(?:million|billion|thousand|bn|mn)\b|\d[\d,.]*(?=\s*(?:tonnes|tons|"
    r"kilos|kilograms|kg|litres|liters|barrels|cubic metres|" + _CURRENCY_WORDS + r")\b))"
    r"(?:\s+(?:tonnes|tons|kilos|kilograms|kg|litres|liters|barrels|cubic metres|(" + _CURRENCY_WORDS + r"))\b)?(?!\s+of\s+(?:the|its|their|all)\b)"  # (not a share: "won 4,404 of the 7,000 seats")
)
#: A tally's count that is a sum of money ("approved 330 million crowns", "approved 4 billion euros").
_SUM_COUNTED = re.compile(r"\d\s*(?:million|billion|bn|m)\b|\d\s+" + _CURRENCY_WORDS + r"\b|[$€£]\s?\d")
_QUANTITY_APART = re.compile(r",|\band\b|\bbut\b")
_PARTICIPLE_DATED = re.compile(r"\b(?:[a-z]{3,}ed|held|run|built|taken|made|begun|done|set|founded|won|lost|sold|given)\s+(?:in|on|during|at)?\s*\Z")
#: "In 2024 the agency carried out 212 inspections": a tally of many acts over a period (a
#: statistic), not one happening; the count is any number, in digits or words.
_TALLY = re.compile(
    r"\b(?:carried out|conducted|performed|received|recorded|registered|logged|handled|processed|issued|opened|"
    r"filed|investigated|inspected|treated|confirmed|sanctioned|penali[sz]ed|disciplined|filled|dispensed|prescribed|"
    r"approved|granted|rejected|completed|hired|scanned|screened|checked|tested|searched|vaccinated|rescued|"
    r"delivered|admitted|welcomed|attracted|attended|published|reported|hosted|staged|brought|answered|fielded|"
    r"flew|examined|visited|supplied|served|drew|landed|downloaded|ordered|imposed|"
    # ("which made 212 arrests on foreign warrants last year")
    r"made(?=\s+(?:just |only |about |around |nearly |almost |more than |over |some |fewer than )?[\d,]+\s+"
    r"(?:arrests|seizures|raids|inspections|visits|trips|flights|loans|payments|deliveries|appearances|stops|referrals)\b)|"
    # ("Our drought helpline took 1,310 calls last month")
    r"took(?=\s+(?:just |only |about |around |nearly |almost |more than |over |some |fewer than |less than )?[\d,]+\s+"
    r"(?:calls|bookings|orders|applications|enquiries|complaints|reservations|referrals)\b))\s+"
    r"(?:just |only |about |around |nearly |almost |more than |over |fewer than |less than |"
    r"some |roughly |a total of |at least )?(?:\d[\d,]*|" + _TWO_TO_TWELVE + r"|"
    r"dozens of|hundreds of|thousands of)(?:\s+of\s+(?:the\s+)?\d[\d,]*)?"  # ("approved 4 of 61 claims")
    r"(?:\s+(?:(?:[a-z-]+\s+){0,2}?[a-z-]+s|of (?:them|those|these))\b|\s*(?:[.;](?!\d)|\Z))"
    # or the count, its noun and the tally's participle ("citing 140 noise complaints logged last summer")
    r"|(?<!of the )(?<!of )\b\d[\d,]*\s+(?:(?!(?:was|were|has|is)\b)[a-z-]+\s+){0,2}?(?!(?:was|has|is)\b)[a-z-]+s\s+(?:logged|recorded|received|filed|registered|reported|issued|"
    r"carried out|conducted|processed|handled)(?=\s+(?:in|during|over|last|this|since)\b)"
    # (the counted noun told before: "Armed robbery is rare: in 2023, police recorded 14.")
    # a count as the subject ("In 2025, 4,100 teachers left the profession"): thousands of people
    # each doing the thing over the period, a statistic
    r"|(?:^\W*|^\W*(?:in|during|by|over) [^,]{1,30},\s+)(?:just |only |about |around |nearly |almost |more than |over |some |roughly |at least )?"
    r"\d{1,3}(?:,\d{3})+\s+(?:[a-z-]+\s+)?[a-z-]+s\s+(?:[a-z]+ed|left|quit|fled|went|took|made|gave|lost|won|got)\b"
    # or a counted group suffering in many happenings ("In 2025, 31 riders were injured in crashes"):
    # a period's toll, unlike one happening ("12 people were killed in a fire")
    r"|(?:^\W*|^\W*(?:in|during|by|over) [^,]{1,30},\s+)(?:just |only |about |around |nearly |almost |more than |over |some |roughly |at least )?"
    r"\d[\d,]*\s+(?:[a-z-]+\s+)?[a-z-]+s\s+(?:were|have been|had been)\s+(?:[a-z]+(?:ed|en|wn)|hurt|hit|struck|shot|caught)\s+(?:in|during|at|on|by)\s+"
    r"(?:[a-z-]+\s+)?[a-z-]+(?<!ss)s\b"
    # a share of a counted group ("only four of the 19 councils did so this year"): how many acted over the period
    r"|^\W*(?:only |just |all but )?(?:\d+|" + _ONE_TO_TWELVE + r"|none|half|most) "
    r"of (?:the|its|their) \d+\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\s+(?:did|had|have|met|made|took|kept|got|won|lost|left|[a-z]+ed)\b"
)
#: A figure's value as the clause's statement ("Housing completions were 31,000 last year", "In
#: 2019, the figure was 91%"): a statistic of the period.
_FIGURE_VALUE = re.compile(
    r"\b(?:completions|figure|rate|total|count|level|output|turnover|sales|revenue|exports|imports|arrivals|"
    r"admissions|enrolment|attendance|turnout|unemployment|inflation|share|occupancy|"
    # (seventeenth session: "reliability on the rest of the network was 97% last month")
    r"reliability|punctuality|availability|satisfaction|ridership|usage|capacity)s?"
    r"(?:\s+(?:on|of|in|at|for|across)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?\s+(?:was|were|stood at|reached|rose to|fell to)\s+"
    r"(?:about |around |nearly |almost |more than |over |just |only |below |above )?\d[\d,.]*\s*(?:%|per ?cent|percent|million|billion)?")
#: Nothing but a preposition before a fronted period ("Last year, ...", "In the last year, ...").
_FRONT_ONLY = re.compile(r"^\W*(?:(?:in|during|over|throughout)\s+)?\Z")
#: A count right after a fronted period's comma ("Last winter, 14 people died in avalanches", "Last
#: year, four were put on alert"): a tally over the period (deictic periods only: "In 1998, two
#: animals died on the sandbar" is one happening of a history).
_COUNT_AFTER_COMMA = re.compile(
    r"\s*,\s*(?:[a-z]+\s+){0,2}(?:about |around |nearly |almost |more than |over |some |only |just |all but )?(?:\d[\d,.]*|"
    + _TWO_TO_TWELVE + r"|none|half|most)\b")
#: A large or approximate count right after a fronted year's comma, for stated years too (sixteenth
#: session: "In 2023, more than 2,100 people drowned or went missing"; not "In 1998, two animals
#: died on the sandbar", one happening).
_BIG_COUNT_AFTER_COMMA = re.compile(
    r"\s*,\s*(?:(?:more than|over|about|around|nearly|almost|some|at least|fewer than|less than)\s+\d[\d,.]*|\d{1,3}(?:,\d{3})+)"
    r"\s+[a-z]{3,}\b")
#: The counts _TALLY reads without a digit (every other count it reads has one).
_TALLY_WORDS = re.compile(_TWO_TO_TWELVE + "|dozens of|hundreds of|thousands of")
_RATE = re.compile(r"\d[\d,.]*\s+(?:[a-z-]+\s+){0,2}(?:a|per|each|every)\s+(?:day|week|month|year|hour|minute)\b")
_COMPARISON = re.compile(
    r"year-on-year|year-over-year|a year earlier|a year ago|compared (?:with|to)|(?:above|below) (?:normal|average)|"
    r"\b(?:up|down) from\b|\bhigher than\b|\blower than\b|\bthe highest\b|\bthe lowest\b|\brecord high\b|\brecord low\b",
)
_STAT_NOUN_STRICT = re.compile(  # (grouped by first letter, as _STAT_VERB)
    r"\b(?:" + _by_first_letter((
        "inflation", "gdp", "unemployment", "jobless", "exports?", "imports?", "sales", "revenue", "profits?",
        "output", "deficit", "surplus", "turnover", "earnings", "index", "rainfall", "temperatures?", "turnout",
        "growth", "prices", "production", "traffic", "arrivals", "enrolment", "population", "complaints", "cases",
        "deaths", "births", "emissions", "shares? (?:rose|fell)", "market share", "losses", "costs", "spending",
        "investment", "debt", "income", "wages", "salaries", "funding", "donations", "claims", "visitors",
        "tourists", "passengers", "attendance", "enrolment",
    )) + r")\b",
)
#: (a survey's "sample": "a sample of 2,000 adults", "a representative sample"; not an athlete's B
#: sample or a water sample, "as her B sample confirmed in early February")
_SURVEY = re.compile(r"\b(?:survey|poll|census|conducted|fieldwork|sample(?=\s+(?:of|size)\b)|(?<=representative )sample|"
                     r"(?<=random )sample|respondents|polled|surveyed)\b")
_STATE = re.compile(
    r"\b(?:remain(?:s|ed)?\b|stood at|served as|serves as|lived\b|(?:looked|seemed)\s+(?!(?:at|into|for|after|over|through|to|on|set|like)\b)[a-z-]+\b|(?<!saving )(?<!saved )(?<!claimed )(?<!cost )(?<!lost )(?<!their )(?<!many )(?<!\d )lives\b|belong(?:s|ed)?\b|existed|owned|"
    r"was home to|is home to|(?:has|have|had) been (?!(?:\w+ed|set|held|put|made|given|taken|chosen|sent|brought|begun|cut)\b)|"
    r"(?:was|were|is|are) (?:a|an|the|still(?! (?:due|expected|scheduled|set|planned|slated)\b)|very|more|less|largely|mostly|part|home|among|one|in|at|under|"
    r"relatively|about|around|roughly|nearly|almost|\w+ly (?!\w+ed\b))\b|"
    # "ferries were running normally on Friday": how things stood, not an event
    r"(?:was|were|is|are) (?:running|operating|working|trading|flowing|back) (?:normally|as (?:usual|normal)|to normal)\b"
    # (eighteenth session) "Lambing is running late this spring", "was already thin and yellow in June"
    r"|(?:was|were|is|are) (?:running (?:late|behind|early)|already (?!\w+ed\b)(?:[a-z]+\b)(?! to\b))"
    # "boats and a water taxi were running on Friday": a service running, a state (not "was running a campaign")
    r"|(?:was|were|is|are) (?:still |only )?(?:running|operating)(?=\s+(?:on|in|at|from|between|during|through)\b|\s*[,.;]|\s*\Z)"
    # "Five weeks ago, Ystravia looked like a country on the edge of a crisis": how it seemed
    r"|\b(?:looked|seemed|looks|seems) (?:like|as if|to be)\b"
    # "Today it's worth nothing", "the company was worth 2 billion in March": a value, how things stand
    r"|(?:\b(?:is|are|was|were)|['’]s) (?:now |still |only )?worth\b)",
)
_POSTPONED = re.compile(
    r"\b(?:postponed|delayed|deferred|cancell?ed|called off|scrapped|put off|pushed back|suspended|moved|rescheduled)\b",
)
_ORIGINAL = re.compile(
    r"\b(?:originally|initially|previously|first|had been|was|were)\s+(?:\w+\s+)?(?:scheduled|planned|set|slated|due|expected)\b"
    r"|\boriginal(?:ly)?\b"
    # (twentieth session) an appositive plan: "An upgrade to its alarm system, due to be completed last
    # year, had been postponed"
    r"|,\s*(?:due|scheduled|planned|slated)\s+(?:to|for)\b",
)
_HOLIDAY = re.compile(
    r"\b(?:christmas(?: eve| day)?|easter|diwali|deepavali|eid(?:[- ]\w+)*|ramadan|ramzan|holi|thanksgiving|"
    r"new year(?:['’]s)?(?: eve| day)?|hanukkah|passover|lunar new year|independence day|republic day|"
    r"labou?r day|memorial day|halloween|valentine['’]s day|good friday|navratri|durga puja|onam|pongal|"
    r"chinese new year|spring festival|black friday|boxing day|yom kippur|rosh hashanah|vesak|dussehra)\b",
)
#: "in the second half" of a match or a concert (no year), and the words that say one is told.
_MATCH_HALF = re.compile(r"(?:the )?(?:first|second) half$")
_SPORT = re.compile(r"\b(?:goals?|scored|headers?|half-time|halftime|penalty|penalties|kick-off|match|matches|strikers?|"
                    r"keepers?|equalis\w*|equaliz\w*|whistle|minute|"
                    # or of a performance ("the brass in the second half was superb")
                    r"concerts?|symphon\w*|orchestra|brass|soloists?|conductor|encore|interval|recital)\b")
#: "according to the ministry's figures for 2024", "data for March": the period of the figures, not an event.
_FIGURES_FOR = re.compile(r"\b(?:figures|data|statistics|estimates|tallies|numbers|totals|counts)\s+for\s*\Z", re.IGNORECASE)
#: "will take until mid-2026 to reschedule": the time a task takes.
_TAKE_UNTIL = re.compile(r"\b(?:take|takes|took|taken|taking)\s+(?:[a-z]+\s+)?(?:until|till)\Z", re.IGNORECASE)
#: "this morning alone", "in 2024 alone": a period as the scope of a count.
_ALONE_AFTER = re.compile(r"\s*,?\s*alone(?:\s*(?:[,.;:!?)—–]|\Z)|\s+(?:the|a|an|some|more|about|nearly|over|\d)\b)")
#: "overstated economic growth for the second quarter", "the inflation rate for March": a figure's period.
_FIGURE_NOUN_FOR = re.compile(
    r"\b(?:growth|inflation|unemployment|gdp|output|sales|revenues?|profits?|earnings|exports|imports|deficit|surplus|"
    r"turnover|rainfall|turnout|(?:inflation|growth|jobless|unemployment|interest|birth|death|crime) rate"
    # a sum worked out for a period ("the amount calculated for last year", "the loss reported for 2025")
    r"|(?:amount|sum|total|figure|loss|charge|bill|tally)(?:\s+(?:[a-z]+ed|given|shown|set aside|put aside))?)\s+for\s+\Z",
    re.IGNORECASE,
)
#: A holiday's name before a common noun it qualifies ("fresh Christmas turkeys", "this year's
#: Christmas pantomime", "as a Christmas present"): a kind of thing, not a day. (Not a part of the day:
#: "on Christmas morning", "Christmas night".)
_HOLIDAY_ATTRIBUTE = re.compile(
    r" (?!(?:day|eve|morning|afternoon|evening|night|time|week|weekend|period|and|but|nor|the|with|for|from|was|were|are|has|"
    r"had|have|will|would|could|when|while|after|before|last|this|that|which|who|than|then|its|their|his|her|our|they|she|"
    r"there|here|until|since|into|onto|over|under|both|each|every|next|year|month|also|again|too|itself|saw|brought|said|says)\b)[a-z]{3,}\b")

#: "A long holiday this summer", "a vacation next month": a holiday taken then, not a news event.
_HOLIDAY_BEFORE = re.compile(r"\b(?:holidays?|vacations?|sabbatical)\s+\Z", re.IGNORECASE)
#: Its words: the last word before the date is one (lowercased; a non-ASCII word may be a case
#: variant the pattern matches, "ſabbatical": it decides).
_HOLIDAY_WORDS = frozenset(("holiday", "holidays", "vacation", "vacations", "sabbatical"))
#: "then be laid up for the winter", "closed for the summer": the season a state lasts.
_LAID_UP_FOR = re.compile(r"\b(?:laid up|closed|shut|stored|mothballed|moored|docked|housed|away|off)\s+for\s+\Z", re.IGNORECASE)
#: "farms sold fish worth 13 billion euros in 2025": goods worth a large sum sold over a period (a total).
_SOLD_WORTH = re.compile(
    r"\b(?:sold|exported|imported|shipped|bought|produced|delivered)\s+(?:[a-z-]+\s+){1,3}worth\s+"
    r"(?:about |around |nearly |almost |more than |over |some |roughly |an estimated )?[$€£]?\s?"
    r"(?:\d{1,3}(?:,\d{3})+|\d[\d.]*\s*(?:million|billion|thousand|bn|mn|m)\b)"
)
#: "More than 3,000 people rode it over the weekend": a crowd of thousands as the subject, "over" a period.
_CROWD_OVER = re.compile(
    r"^\W*(?:more than |over |about |around |nearly |almost |some |roughly |at least |an estimated )?"
    r"(?:\d{1,3}(?:,\d{3})+|\d[\d.]*\s*(?:million|thousand)|thousands of|tens of thousands of)\s+(?:[a-z-]+\s+)?(?:people|[a-z-]+s)\b"
    r"(?!\s+(?:were|was|are|have been|had been)\b)"  # (not a toll suffered: "12,000 people were evacuated over the weekend")
)
#: "the second half of the channel": a half of a thing, not of a period (a year, a month or a season is
#: tagged with the half, so only a half of a time noun the tagger left out is kept).
_HALF_OF_THING = re.compile(r"\s+of\s+(?:the|a|an|its|their|his|her|our|this|that)\s+([a-z-]+)(?:\s+([a-z-]+))?")
_HALF_OF_TIME = frozenset(
    "year years decade century month week season quarter term period day night game match race final show concert "
    "programme program performance set innings session tournament campaign fiscal financial league contest".split()
)


def _half_of_thing(after_text: str) -> bool:
    """True for "(the second half) of the channel": a thing after "of", no time noun among its words."""
    m = _HALF_OF_THING.match(after_text)
    return bool(m) and not any(w in _HALF_OF_TIME for w in m.groups() if w)


#: "at Wednesday's close of 31.40": a price at a date.
_PRICE_AT = re.compile(
    r" ?['’]s\s+(?:close|closing|opening|open|session|trading|session high|session low|high|low)\b(?!\s+(?:halt|suspension|ban))")
_APOSTROPHE_S_LEAD = ("'", "’", " '", " ’")  # what a _PRICE_AT match starts with
#: "fell 11% in Wednesday trading": a market move in a day's trading, as "in Thursday's trading" (not "rose 5% in
#: early trading on Monday": the day a deal's news moved the shares, an event in the tuned set's gold).
_TRADING_DAY = re.compile(r"^\s+(?:morning\s+|afternoon\s+|early\s+|late\s+)?trading\b(?!\s+(?:halt|suspension|ban))")
#: A price's move with its size (sixteenth session): "Wholesale prices at the Pellmark hub jumped 23%",
#: "The main index fell 1.7%", "The crown slid 2.1 points". (Not a company's shares: "Pellimore
#: shares plunge 41%" on the day of its news is an event of its story as often as not.)
#: The verbs of a figure's move ("rose", "slumped", "edged higher").
_MOVE_VERBS = (r"rose|fell|jumped|slumped|dropped|climbed|gained|lost|surged|slid|tumbled|plunged|soared|rallied|eased|sank|"
               r"edged\s+(?:up|down|higher|lower)")
_MARKET_MOVE = re.compile(
    r"\b(?:prices?|index|yields?|futures|bonds?|benchmark|the\s+(?:[a-z]+\s+)?(?:crown|krona|pound|dollar|euro|mark|currency))\b"
    r"[^.;]{0,60}?\b(?:" + _MOVE_VERBS + r")\s+(?:by\s+|as much as\s+|another\s+)?\d[\d.,]*\s*(?:%|per ?cent|percent|points?)", re.IGNORECASE)
_G_MARKET_MOVE = _Gate(_MARKET_MOVE, "%", "cent", "point")
#: The move's size right before its day ("jumped 23% on", "fell 14% in early trading on").
_MOVE_TO_DATE = re.compile(r"(?:%|per ?cent|percent|points?)\s+(?:(?:in|during)\s+(?:early|late|morning|afternoon)?\s*trading\s+)?(?:on\s+)?\Z")
#: A state held for a period, right before it ("are frozen for", "will stay closed for").
_STATE_FOR = re.compile(
    r"\b(?:is|are|was|were|be|been|remains?|remained|stays?|stayed|will\s+(?:be|remain|stay))\s+(?:\w+ly\s+)?"
    r"(?:frozen|capped|closed|shut|suspended|banned|unchanged|free|open|on hold)\s+for\s+(?:the\s+)?\Z", re.IGNORECASE)
#: A move and its size right before a week ("recovered 6% this week", "fell 12% over the past week").
_WEEK_MOVE = re.compile(
    r"\b(?:" + _MOVE_VERBS + r"|recovered|rebounded|added|shed|fallen|risen|sunk|slumped)\s+(?:by\s+|another\s+|a further\s+)?\d[\d.,]*\s*(?:%|per ?cent|percent|points?)"
    r"\s+(?:(?:over|during|in)\s+)?(?:the\s+)?\Z", re.IGNORECASE)
#: "a rise in the water level is forecast for Wednesday", "Wednesday's forecast rise": a forecast
#: state (of weather, of a river), not a happening; not "forecast to peak on Wednesday".
_FORECAST_FOR = re.compile(r"\b(?:is|are|was|were|been)\s+(?:now\s+|also\s+)?(?:forecast|predicted|projected)\s+(?:for|on)\s+\Z")
#: A correction's retracted claim: "An earlier version of this story said the review would report in June".
_CORRECTION = re.compile(
    r"^\W*(?:correction\s*:\s*)?(?:an|the)\s+(?:earlier|previous|original)\s+version\s+of\s+this\s+[a-z]+\s+"
    r"(?:said|stated|reported|wrongly|incorrectly|misstated|gave)\b", re.IGNORECASE)
#: "Should have been replaced in March": a duty not done, no happening on its date.
_SHOULD_HAVE = re.compile(r"\b(?:should|ought to)\s+have\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ne|t)\b[^.;,]{0,40}$")
#: "three years after the line was first supposed to open": an offset from a plan, not from a happening.
_AFTER_A_PLAN = re.compile(
    r"\s+(?:[^.;,]{0,50}?\s)?(?:was|were|had been)\s+(?:first\s+|originally\s+|initially\s+)?"
    r"(?:supposed|due|scheduled|meant|planned|expected|set|slated)\s+to\b", re.IGNORECASE)
#: "They had closed at 212 crowns on Friday": a price at a date.
_CLOSED_AT = re.compile(
    r"\b(?:closed|opened|ended|finished|traded|settled|stood)\s+(?:the\s+(?:day|week|session)\s+)?(?:at|near|around)\s+"
    # (twentieth session: any currency, "closed at 14.20 marks on Friday of last week")
    r"[$€£]?\d[\d,.]*\s*(?:" + _CURRENCY_WORDS + r"|pence|cents|points|%|per ?cent)\b[^,;.]{0,20}?\s+(?:on|in|at)?\s*\Z")
#: A place in title case and a comma opening a line, before a dateline's date ("Pellagen, ").
_TITLE_DATELINE = re.compile(r"[ \t]*(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b)"
                             r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,3},[ \t]*")
#: A measure's rise or fall told right before its period: "costs rose sharply last year", "reports climbed sharply in".
_RISE_OVER = re.compile(r"\b(?:costs|prices|rents|bills|fares|sales|revenues?|profits?|wages|inflation|reports|complaints|claims|"
                        r"numbers|figures|arrivals|bookings|takings|footfall|exports|imports|output)\s+(?:have\s+|had\s+)?"
                        r"(?:rose|risen|fell|fallen|climbed|jumped|increased|dropped|soared|surged|slumped|plunged)\s+"
                        r"(?:sharply\s+|steeply\s+|slightly\s+|again\s+|by\s+(?:about\s+)?\d[\d.,]*\s*(?:%|per ?cent|percent)\s+)?(?:in\s+|during\s+|over\s+)?\Z", re.I)
#: A piece of every verb of :data:`_RISE_OVER` (its cheap pre-check, in the lowercased window).
_RISE_VERBS = ("rose", "risen", "fell", "fallen", "climbed", "jumped", "increased", "dropped", "soared", "surged", "slumped", "plunged")
#: A balance told at a day: "held cash of 410 million marks at", "net debt of $2bn as of".
_BALANCE_AT = re.compile(r"\b(?:cash|debts?|reserves|assets|liabilities|deficit|balance|borrowings?|savings|funds)\s+of\s+(?:about\s+|around\s+|some\s+)?"
                         r"(?:[$€£]\s?\d[\d.,]*\s*(?:million|billion|bn|m)?|\d[\d.,]*\s*(?:million|billion|bn|m)?\s*" + _CURRENCY_WORDS + r")\s+(?:at|on|as of|as at)\s+\Z", re.I)
#: A change over a period told with a copula: "takings were down 20%", "sales are up 12 percent".
_CHANGE_OVER = re.compile(r"\b(?:was|were|is|are)\s+(?:up|down)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+)?\d[\d.,]*\s*(?:%|per ?cent\b|percent\b)\s*(?:on\s+the\s+year\s+)?\Z", re.I)
#: A date moved: "moved the registration deadline from" (and, with "to", the new date after it).
_MOVED_FROM = re.compile(r"\b(?:postponed|moved|delayed|deferred|pushed back|brought forward|rescheduled|advanced|shifted|put back)\b"
                         r"(?:\s+(?!(?:which|that|who)\b)[\w'’-]+){0,6}\s+from\s+(?:[^.;,]{1,30}?\s+to\s*)?\Z")
#: Reasons a period gets as a figure's (see the coordinated periods in :func:`extract`).
_PERIOD_REASONS = ("a statistics period", "a statistics or survey period", "a fiscal period", "a year naming a period figure")
#: Between two coordinated dates: "2022 and 2023", "July or August", "2022, 2023".
_COORDINATED = re.compile(r"\s*(?:,\s*)?(?:and|or|&)\s+|\s*,\s*")
#: (twentieth session) A share's close as a change before its day: "Nordfell shares closed 4.2% higher on".
_CLOSED_CHANGE = re.compile(r"\b(?:closed|ended|finished)\s+(?:the\s+day\s+)?(?:up\s+|down\s+)?\d[\d.,]*\s*(?:%|per ?cent\b|percent\b|points?\b)\s*(?:higher|lower|up|down)?\s+(?:on|in|at)?\s*\Z")
#: (twentieth session) A price told after its day: "ended Thursday at 7.85 marks".
_DAY_THEN_PRICE = re.compile(r"\s+(?:at|near|around)\s+[$€£]?\d[\d,.]*\s*(?:" + _CURRENCY_WORDS + r"|pence|cents|points|%|per ?cent)\b")
#: "The Dow was down 2.62% at 16:08 UTC", "shares were 3% higher at noon": a price at a moment.
_SNAPSHOT_BEFORE = re.compile(
    r"\d[\d,.]*\s*(?:%|per ?cent|percent|points?)\s+(?:higher|lower|up|down)\s+(?:at|by)\s*\Z"
    r"|\b(?:up|down|higher|lower)\s+\d[\d,.]*\s*(?:%|per ?cent|percent|points?)\s+(?:at|by)\s*\Z")
#: "No title match was played in 2021": nothing of the kind happened then.
_NONE_HAPPENED = re.compile(
    r"\bno\s+(?!one\b)(?:[a-z-]+\s+){0,2}(?:was|were|has been|have been|had been)\s+[a-z]+(?:ed|en|wn|ld|ng|ht)\s+(?:in|on|during|at)?\s*\Z")
#: "the federation sanctioned 14 players", "complained ... at least four times this year",
#: "There were 12 reported thefts ... in 2025": many acts over a period (a statistic).
_FREQUENCY = re.compile(
    r"\b(?:\d+|" + _TWO_TO_TWELVE + r"|several|many|multiple|numerous|dozens of)\s+times\b|\btwice\b")
_G_FREQUENCY = _Gate(_FREQUENCY, "times", "twice")
#: "the number of stores that closed" (not "a number of": several).
_THE_NUMBER_OF = re.compile(r"\b[Tt]he\s+(?:total\s+|annual\s+|overall\s+)?number\s+of\b")
_THERE_WERE = re.compile(
    r"\bthere\s+(?:were|have been|had been|are)\s+(?:only\s+|just\s+|about\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+|"
    r"some\s+|at least\s+|a total of\s+|a record\s+)?(?:\d[\d,]*|" + _TWO_TO_TWELVE + r"|"
    # (or the counted noun told before: "Escapes are rare: there were 3 in 2025")
    r"dozens of|hundreds of|thousands of)(?:\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\b|(?=\s+(?:in|during|last|this)\b)"
    # (twentieth session: a participle before the counted noun, which a clause cut after "reported"
    # may leave out: "In 2024 there were 37 reported collisions")
    r"|\s+(?:reported|recorded|confirmed|known|registered)\b)")
#: The words of happenings: one vocabulary (the patterns built from it add their own few words).
_HAPPENING_WORDS = (
    "attack", "raid", "bombing", "shooting", "election", "vote", "referendum", "crash", "collapse", "earthquake", "quake",
    "flood", "fire", "storm", "explosion", "blast", "riot", "coup", "invasion", "eruption", "evacuation", "sinking",
    "derailment", "accident", "outbreak", "spill", "ruling", "verdict", "arrest", "resignation", "rescue", "launch", "summit",
    "hack", "breach", "leak", "robbery", "heist", "theft", "killing", "murder", "massacre", "strike", "protest",
    "walkout", "incident", "closure", "shutdown", "announcement", "landing", "collision", "fall", "blaze", "storming", "takeover",
    "merger", "visit", "meeting", "hearing", "debate", "signing", "opening", "inauguration", "funeral", "death", "suspension", "warning",
)
_HAPPENING_NOUNS = "(?:" + "|".join(_HAPPENING_WORDS) + ")"
#: A happening's noun right after a date that "since" governs through a determiner or a possessive
#: ("since Sunday's flood", "since the September injunction", "since the 1998 works"): the
#: happenings' vocabulary ("fall" aside: a season) and a few acts of its kind.
_SINCE_HAPPENING = re.compile(
    r"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:" + "|".join(w for w in _HAPPENING_WORDS if w != "fall") +
    r"|injunction|sale|penalty|peak|recall|decision|frost|works|directive)\b")
#: A happening's noun, the subject, right before its date ("The public ballot last month drew ...").
_NOUN_DATED = re.compile(r"^\W*(?:the|a|an|its|their|this)\s+(?:[a-z-]+\s+)?(?:" + "|".join(_HAPPENING_WORDS) +
                         r"|ballot|consultation|auction|appeal|sale|campaign|drive|open day|festival)\s+\Z")
#: A year naming a thing ("its 2027 theme", "his 2007 presidential campaign", "the 2008 model
#: year"), unless the noun is a happening that the year dates ("a 2010 commando raid").
_YEAR_ATTRIBUTE_BEFORE = re.compile(r"(?:\b(?:its|his|her|their|our|my|your|the|a|an|this|that)|['’]s)\s*\Z")
_YEAR_EVENT_NOUN = re.compile(
    r"\s+(?:[a-z-]+\s+|[A-Z][\w-]*\s+){0,2}(?:" + "|".join(w + "s?" for w in _HAPPENING_WORDS) + r"|"
    r"tsunami|hurricane|cyclone|typhoon|war|crisis|acquisition|bankruptcy|disaster|uprising|"
    r"revolution|deal|treaty|accord|agreement|settlement|ceasefire|truce|recall|ipo|sale|purchase|"
    r"loss|defeat|victory|win|crackdown|purge|lockdown|decision|bailout|default|devaluation|hike|"
    r"cuts?|ban|order|move|appointment|dismissal|split|break-up|bid|offer|drought|frost|hailstorms?|"
    r"grounding|occupation|failure|freeze|pause|auction|audit|judg(?:e)?ment|consultation|interview|"
    r"triumph|final)\b")
#: A date hanging on a noun of a happening ("files stolen during the attack on February 6", "the
#: evacuation of Brekka on Friday means ..."): the noun phrase tells an event of that date, even in
#: a clause that describes a state. (Not nouns that name a standing thing: "the ban on Sunday trading".)
_QUANTITY_HAPPENING = re.compile(r"\b(?:a|an|the|that|this)\s+(?:[a-z-]+\s+)?" + _HAPPENING_NOUNS + r"\b")
#: A stated year opening its sentence ("In 2025 ...", "In 2023, ...").
_FRONT_IN = re.compile(r"^\W*(?:[Ii]n|[Dd]uring)\s+\Z")
#: A figure after a fronted year, in its clause: a count of ten or more, a share, an amount, a
#: comparison ("flagged 412 papers", "spent 31% of its budget", "visited fewer than half", "all but
#: one were upheld"; not a few: "In 1998, two animals died on the sandbar" is one happening).
_FRONT_YEAR_FIGURE = re.compile(
    r"(?<!by )(?<![-\w,.])(?:\d{2,}[\d,.]*\s+(?:[a-z-]+\s+)?[a-z]+s\b(?!\s+to\s+\d)|\d[\d,.]*\s*(?:%|per ?cent|percent)\s+of\b|"
    r"\b(?:dozens|hundreds|thousands) of\b|\bhalf of\b|\ball but\b|\b(?:fewer|more|less) than\b)")
#: ... nor a sum paid or won once ("In 2021 Halvern was fined 300,000 crowns").
#: A digit of a figure, not of a year or a decade ("the 1970s", "in 1987").
_FIGURE_DIGIT = re.compile(r"(?<!\d)(?!(?:1[5-9]|20)\d\d(?:s|['’]s)?\b)\d")
_PAID_BEFORE = re.compile(r"\b(?:fined|paid|raised|won|awarded|worth|cost|costing|for|with|of|"
                          # (twentieth session) a one-off act's count: "In 2023 it recalled 40,000 delivery vans"
                          r"recalled|evacuated)\s+(?:[a-z]+\s+){0,2}\Z")
#: ... not a happening told with its count ("In 2019, a fire destroyed 14 homes").
_FRONT_HAPPENING = re.compile(r"\s*,?\s*(?:an?|the)\s+(?:[a-z-]+\s+)?" + _HAPPENING_NOUNS + r"\b", re.IGNORECASE)
_EVENT_NOUN_BEFORE = re.compile(
    r"\b(?:(?i:the|its|their|his|her|this|that|last)|[A-Z][\w-]*['’]s)\s+(?:[a-z-]+\s+)?" + _HAPPENING_NOUNS +
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}[\w'’-]+)?\s+(?:on|in)\s+\Z"
    # (twenty-fourth session) a possessive or a plural before the noun, more nouns of happenings, a
    # longer "of" phrase, a preposition or none: "the ministers' meeting early next month", "the
    # suspension of three deputies in February", "the budget fight in January", "a vigil in August"
    r"|\b(?i:the|its|their|his|her|this|that|a|an)\s+(?:[a-z'’-]+\s+){0,2}(?:" + "|".join(_HAPPENING_WORDS) +
    r"|fight|clash|clashes|consultation|vigil|upgrade|stoppage|defeat|near-miss|directive|inspection|hustings|"
    r"ramming|appearance|sale|award|ceremony|parade|rally|march)"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+)?\s+(?:(?:on|in|of|at|during)\s+)?\Z"
)
#: "The last serious collision in the strait was in March 2017", "The last such visit was in 1987": a
#: happening as the subject, "was in" a date tells when it happened (an event, not a state).
_HAPPENING_WAS = re.compile(
    r"\b(?i:the|its|their|his|her|this|that)\s+(?:[a-z-]+\s+){0,2}" + _HAPPENING_NOUNS +
    r"(?:\s+(?:in|at|of|on|near|by|between|against|over|to)\s+[^,;.]{1,50}?)?\s+(?:was|were)\s+(?:in|on)\s+\Z"
)
#: A date set off by commas after a happening: "The last snap election, in 2014, produced ...".
_HAPPENING_ASIDE = re.compile(r"\b" + _HAPPENING_NOUNS + r"s?\s*,\s+(?:in|on|during)\s+\Z", re.IGNORECASE)
#: A complement naming a happening: "the collapse", "the fire at the plant".
_HAPPENING_COMPLEMENT = re.compile(r"\s*(?:the|its|their|his|her|this|that)\s+(?:[a-z-]+\s+)?" + _HAPPENING_NOUNS + r"s?\b", re.IGNORECASE)
#: A month or season named as a holiday: "after the August holidays", "the summer break".


def _comma_then_in(s_text: str, rs: int) -> bool:
    """Whether the text before ``rs`` may end as a _HAPPENING_ASIDE match does, ", in ": its last
    comma (of the 60 characters) followed by one word, "in", "on" or "during" (any case; a
    non-ASCII word may be a case variant, "ın": the pattern decides)."""
    k = s_text.rfind(",", max(0, rs - 60), rs)
    if k < 0:
        return False
    word = s_text[k + 1 : rs].strip()
    return word.lower() in ("in", "on", "during") or not word.isascii()


_HOLIDAY_AFTER = re.compile(r"\s*(?:(?:bank|public|school|summer|winter)\s+)?(?:holidays?|vacations?|recess|break|half-term|half term)(?![-\w])")
_VAGUE = re.compile(
    r"\b(?:coming|upcoming) (?:days|weeks|months|years|decades)\b|\bnext (?:few|several|couple)\b|"
    r"\bnear future\b|\bin the future\b|\byears to come\b|\bsoon\b|\bin due course\b|\bdays ahead\b|"
    r"\bmonths ahead\b|\bweeks ahead\b|\byears ahead\b|\bpast (?:few|several) (?:days|weeks|months|years)\b|"
    r"\brecent (?:days|weeks|months|years)\b|\bthese days\b|\bnowadays\b|\bat the moment\b|\bcurrently\b|"
    r"\bnear term\b|\blong term\b|\bmedium term\b|\bthis decade\b|\bnext few\b|\bmonths? ahead\b|\bin time\b",
)
_FISCAL = re.compile(r"\b(?:fiscal|financial year|fy\s?\d|fy\b|budget year|assessment year|accounting year)")
_DEICTIC = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|this|next|last|coming|past|ago|now|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|weekend)\b",
)
#: "that evening": the time of a day spoken of (in an interview's answer: a day the article does not give).
_THAT_TIME = re.compile(r"^that (?:morning|afternoon|evening|night|day)$")
#: After "today": a general present ("Today, any punter with a phone can bet", "today most people pay by card").
_NOWADAYS = re.compile(
    r",?\s+(?:(?:almost\s+|nearly\s+)?(?:any|anyone|anybody|everyone|everybody|every|most|many|few|no one|nobody|people|you)\b"
    r"[^,;.]{0,60}?\b(?:can|could|is|are|has|have|do|does|must|needs?|wants?|[a-z]{3,}s)\b"
    # a state of now: "Today there are nets on the walls", "Today I think of him as a hero"
    r"|there\s+(?:is|are|remains?)\b|(?:I|we)\s+(?:think|believe|feel|know|see|regard|consider|wonder)\b)", re.IGNORECASE)
_SPEECH_TIME_WORDS = re.compile(r"^(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening|week))$")
_HAS_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|['’]\d\d\b")
_MONTH_NAME = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?",
)

_STOP = frozenset(
    """
    a an the of to in on at by for from with and or but as is are was were be been being has have had do does
    did will would shall can could may might must should that this these those it its he she they them their his
    her we our you your i me my who whom whose which what when where why how than then there here also not no
    so if into over under about after before during since until while said says say told also just amid
    against between among through per via up down out off only very more most less least much many some any
    each every other such own same both all two one three new last next first second week month year day
    monday tuesday wednesday thursday friday saturday sunday january february march april june july
    august september october november december
    """.split()
)


# --------------------------------------------------------------------------------------------
# Event-relative expressions


@dataclass(frozen=True, slots=True)
class RelativeSpec:
    """An event-relative expression: ``n`` ``unit``s ``sign`` (+1 after, -1 before, 0 same)."""

    n: int
    unit: str
    """day, week, month or year."""
    sign: int
    out: str
    """Granularity of the resolved value: day, week, month or year."""
    prepositional: bool
    """True for "N units after/before <complement>"; False for "N units later", "the next day"."""


def parse_relative(text: str, relation: str | None = None, offset: str | None = None) -> RelativeSpec | None:
    """Parse an event-relative expression from its words (and the tagger's relation/offset).

    >>> parse_relative("a day after")
    RelativeSpec(n=1, unit='day', sign=1, out='day', prepositional=True)
    >>> parse_relative("the following week")
    RelativeSpec(n=1, unit='week', sign=1, out='week', prepositional=False)
    """
    low = " ".join(text.lower().split())
    if "hour" in low and (h := _HOURS_REL.search(low)):
        return RelativeSpec(0, "day", 0, "day", h.group("dir") in ("after", "before"))
    for pat in _REL_PATTERNS:
        m = pat.search(low)
        if not m:
            continue
        unit = m.group("unit")
        if unit in ("morning", "afternoon", "evening", "night"):
            unit = "day"
        d = m.group("dir")
        sign = 0 if d == "same" else (1 if d in _FORWARD else -1)
        groups = m.groupdict()
        if groups.get("n"):
            n_word = groups["n"]
            n = int(n_word) if n_word.isdigit() else _NUMBERS[n_word]
            prep = d in ("after", "before", "prior to")
            out = unit if unit != "week" else "day"
            return RelativeSpec(n, unit, sign, out, prep)
        if pat is _REL_PATTERNS[2]:
            # "later that year": the same unit as the referent, after it.
            return RelativeSpec(0, unit, 0, unit, False)
        if pat is _REL_PATTERNS[5]:
            return RelativeSpec(0, "day", 0, "day", True)  # "on the day of the eruption"
        if pat is _REL_PATTERNS[3]:
            # "the day before the son reported him missing": a complement follows.
            return RelativeSpec(1, unit, sign, unit, low.endswith(("before", "after")) and m.end() == len(low))
        return RelativeSpec(0 if sign == 0 else 1, unit, sign, unit, False)
    if relation and offset:
        om = _rx(r"P(\d+)([DWMY])").fullmatch(offset)
        if om:
            unit = {"D": "day", "W": "week", "M": "month", "Y": "year"}[om.group(2)]
            sign = 1 if relation == "after" else -1
            return RelativeSpec(int(om.group(1)), unit, sign, unit, low.endswith(("after", "before")))
    return None


#: parse_relative once per wording (a RelativeSpec is frozen: one value may serve every expression).
_parse_relative = lru_cache(maxsize=4096)(parse_relative)


def _add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    return dt.date(d.year + y, m + 1, 1)


def _value_of(day: dt.date, gran: str) -> str:
    if gran == "day":
        return day.isoformat()
    if gran == "week":
        y, w, _ = day.isocalendar()
        return f"{y}-W{w:02d}"
    if gran == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


_RANK = {g: i for i, g in enumerate(("century", "decade", "year", "half", "season", "quarter", "month", "week", "day", "time"))}


def shift(anchor: DateValue, spec: RelativeSpec, sign: int | None = None) -> DateValue | None:
    """Return the date ``spec`` points to from ``anchor`` (None when the anchor is too coarse).

    ``sign`` overrides the direction (used when the expression dates the complement: "X came
    a day after Y" dates Y one day *before* X).
    """
    s = spec.sign if sign is None else sign
    need = spec.unit if spec.n else spec.out
    if anchor.granularity not in _RANK or "/" in anchor.value:
        return None
    if _RANK[anchor.granularity] < _RANK["week" if need == "week" else need]:
        return None
    base = anchor.start
    try:
        if spec.unit == "day":
            day = base + dt.timedelta(days=s * spec.n)
        elif spec.unit == "week":
            day = base + dt.timedelta(days=7 * s * spec.n)
        elif spec.unit == "month":
            day = _add_months(base, s * spec.n)
            if spec.out == "day":
                return None
        else:
            day = dt.date(base.year + s * spec.n, 1, 1)
    except (OverflowError, ValueError):
        return None
    out = spec.out
    if out == "day" and anchor.granularity == "week" and spec.unit == "week":
        out = "week"
    if out == "day" and anchor.granularity not in ("day", "time"):
        return None
    try:
        return _date_value(_value_of(day, out))
    except timex.BadValue:
        return None


# --------------------------------------------------------------------------------------------
# Clauses and titles


_T_SPEECH_ADJ = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+(?:(?:recently|newly|previously|widely|much|long|officially|just)[\s-]+)?$", re.IGNORECASE
)


#: _VERB, less two misreadings: an "-ed" word after a word ending in "a" ("Asia resumed" is a
#: verb; "a renewed push" is not) and the month "May" ("in May", "May 3") read as the verb "may".
_T_MONTH_MAY = "".join(rf"(?<!\b{w} may)" for w in "in of on by since until till from last next this early late mid".split())
_T_VERB = re.compile(
    r"\b(?:(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\btheir )[a-z]{3,}ed|"
    + _by_first_letter(w for w in _VERB_WORDS if w != "may")
    + rf"|may(?![\s-]+\d)(?<!-may){_T_MONTH_MAY})\b"
    r"|\b(?<=after )[a-z]{3,}ing\b|\b(?<=before )[a-z]{3,}ing\b",
)


@lru_cache(maxsize=4096)
def _cut_table(sentence: str) -> tuple[list[int], list[int], list[int]]:
    """The candidate clause cuts of a sentence as three sorted lists: cut offsets, and the
    starts and ends of the breaks that make them."""
    cs: list[int] = []
    m0s: list[int] = []
    m1s: list[int] = []
    low = sentence.lower()
    text = low if len(low) == len(sentence) else sentence
    breaks: list[tuple[int, int, bool]]  # (start, end, a speech verb's)
    if text is low:
        spans = [m.span() for m in _CLAUSE_PUNCT_LOW.finditer(low)]
        speech = [m.span() for m in _CLAUSE_SPEECH_LOW.finditer(low)]
        if not speech:  # (most sentences) the cuts of punctuation and blanks alone, as the loop below makes them
            return [m1 if low[m0].isspace() else m0 for m0, m1 in spans], [m0 for m0, _ in spans], [m1 for _, m1 in spans]
        breaks = sorted([(m0, m1, False) for m0, m1 in spans] + [(m0, m1, True) for m0, m1 in speech])
    else:
        breaks = [(m.start(), m.end(), m.lastgroup == "speech") for m in _CLAUSE_BREAK.finditer(text)]
    for m0, m1, speech_verb in breaks:
        if speech_verb and m0 > 3 and _T_SPEECH_ADJ.search(text, max(0, m0 - 24), m0):
            continue  # "the recently announced Vela tablet": an adjective, no clause
        # After a speech verb or a blank, the cut is the break's end; at punctuation, its start.
        cs.append(m1 if speech_verb or not text[m0:m1].strip() else m0)
        m0s.append(m0)
        m1s.append(m1)
    return cs, m0s, m1s


def _cuts_around(sentence: str, start: int, end: int) -> tuple[list[int], int]:
    """Part of ``sorted({0, len(sentence)} | {c for (c, m0, m1) in zip(*_cut_table(sentence)) if not
    (start < m1 and m0 < end)})`` around ``start``: up to four cuts at or before it, up to three
    after, and the index in that list of the last cut at or before ``start``.

    The breaks are in text order and do not overlap, so their cuts are sorted and those to skip
    (the matches overlapping the expression) are one run, found by binary search: the cuts of
    the breaks ending by ``start`` are at or before it, those of the breaks starting at or
    after ``end`` after it.
    """
    cs, m0s, m1s = _cut_table(sentence)
    ex_lo = bisect_right(m1s, start)  # first break ending after start
    ex_hi = max(ex_lo, bisect_left(m0s, end))  # first break starting at or after end
    below: list[int] = []  # nearest first, without repeats
    v = ex_lo - 1
    while v >= 0 and len(below) < 4:
        x = cs[v]
        if not below or x != below[-1]:
            below.append(x)
        v -= 1
    if len(below) < 4 and (not below or below[-1] != 0):
        below.append(0)
    above: list[int] = []
    v = ex_hi
    n_cs = len(cs)
    while v < n_cs and len(above) < 3:
        x = cs[v]
        if not above or x != above[-1]:
            above.append(x)
        v += 1
    n = len(sentence)
    if len(above) < 3 and (not above or above[-1] != n):
        above.append(n)
    below.reverse()
    return below + above, len(below) - 1


#: The words _without_lone_time_word takes out.
_LONE_TIME_WORDS = frozenset(("on", "in", "at", "during", "last", "this", "earlier", "late", "early"))


def _without_lone_time_word(head: str) -> str:
    """``re.sub(r"^(?:on|in|at|during|last|this|earlier|late|early)$", "", head)``: the word
    alone goes, and so does a word before a final line break, ``$``'s other place (the break stays)."""
    if head in _LONE_TIME_WORDS:
        return ""
    if head.endswith("\n") and head[:-1] in _LONE_TIME_WORDS:
        return "\n"
    return head


@lru_cache(maxsize=8192)
def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Return the bounds of the clause around ``sentence[start:end]`` (offsets in the sentence).

    Clauses break at semicolons, colons, dashes, brackets, ", ", before subordinators
    ("that", "after", "because", ...) and after speech verbs ("said"). A date that directly
    follows a speech verb ("said last week that ...") belongs to the speech clause. A clause
    with no verb (a fronted "In his speech on Monday,") takes in its neighbour.
    """
    # The cuts are 0, the breaks' cuts (never inside the expression) and the end, without
    # repeats, in order; only the few around ``start`` are used (up to 3 before it, 2 after),
    # so only those are built, by binary search (a long sentence is not scanned per date).
    cuts, i = _cuts_around(sentence, start, end)
    c0, c1 = cuts[i], cuts[min(i + 1, len(cuts) - 1)]
    if c1 <= start:
        c1 = end
    head = _without_lone_time_word(sentence[c0:start].strip(" ,;:").lower())
    j = c0  # a speech verb ending the text before c0 ends where its trailing blanks start
    while j > 0 and sentence[j - 1].isspace():
        j -= 1
    if not head and i > 0 and _rx(rf"\b(?:{_SPEECH})\s*$").search(sentence, max(0, j - 13), c0):
        # "Lutnick said | last week that ...": the date modifies the speech verb, and what
        # follows is what was said.
        return cuts[i - 1], end
    # (the verb test reads a clause opening with its date without it: "May 10: Two ships collide"
    # has no verb "may"; inside a clause, "the conflict between India and Pakistan in May 2025",
    # the month still stands for a verb: such a noun phrase then is a clause of its own)
    read = sentence if not (sentence.find("May", start, end) >= 0 and _MAY_DATE.search(sentence, start, end)
                            and not sentence[c0:start].strip(" -–—•*+")) else (
        sentence[:start] + " " * (end - start) + sentence[end:])
    if not _VERB.search(read[c0:c1].lower()):
        if i + 2 < len(cuts) and (c0 == 0 or i == 0 or sentence.startswith(",", c1) and (
            not head and sentence[c0 : c0 + 1] in ":;—–" or _rx(r"that\s+(?:on|in|during|last|this)$").fullmatch(head))):
            # (a fronted date after a colon, a dash or "that" opens the clause after its comma: "Robbery
            # is rare: in 2023, police recorded 14 raids", "Figures show that in March, 41% of patients waited")
            c1 = cuts[i + 2]
        else:
            # Take in the clauses before it until one has a verb ("Nimbus unveiled its truck,
            # the Volt One, at a packed event on Monday"). ``verb``: whether sentence[c0:c1] has one.
            k = i
            verb = False
            while k > 0 and not verb and i - k < 3:
                k -= 1
                c0 = cuts[k]
                verb = _VERB.search(read[c0:c1].lower()) is not None
            if not verb and i + 2 < len(cuts):
                c1 = cuts[i + 2]
    return c0, max(c1, end)


#: The month May in a date ("May 10", "10 May 2026"; its name is also a verb).
_MAY_DATE = re.compile(r"\bMay\b")


_LEAD = re.compile(
    rf"^(?:(?:{_SUBORDINATORS}|and|but|also|then|so|with|besides|meanwhile|however|in addition)\b[\s,]*)+",
    re.IGNORECASE,
)
_LEAD_WORDS = tuple(_SUBORDINATORS.split("|")) + ("and", "but", "also", "then", "so", "with", "besides", "meanwhile", "however", "in addition")
_TITLE_WORDS = (
    r"minister|secretary|counterpart|ambassador-designate|ambassador|president|chief|spokesperson|spokesman|"
    r"spokeswoman|leader|envoy|governor|chairman|chairwoman|chair|ceo|director|head|official|senator|general|"
    r"marshal|judge|justice|mayor|premier|chancellor|commissioner|adviser|advisor|founder|candidate|lawmaker|"
    r"legislator|mp|king|queen|prince|emir|sheikh|pope|captain|coach|striker|actor|singer|activist|lawyer"
)
_NP_OPENERS = re.compile(r"\b(?:to \w+|of|that|for|over|about|regarding|and|including|with|amid|in|on)\s+", re.IGNORECASE)


_TITLE_SET = frozenset(_TITLE_WORDS.split("|"))
_DESCRIPTOR_WORDS = frozenset(
    """the his her their its former new top senior deputy vice prime external foreign home finance trade
    commerce defence defense interior affairs state union federal army chief field transport health education
    justice energy environment labour labor agriculture culture sport sports tourism industry economy information
    communications science technology railway railways power water housing development petroleum oil law women
    welfare social security national police navy air treasury executive managing general opposition party
    cabinet junior acting interim regional provincial district city local farm""".split()
)


def _descriptor_start(head: str) -> int:
    """Where a descriptor ("US commerce secretary") ending ``head`` starts, or ``len(head)``."""
    tokens = list(_rx(r"\S+").finditer(head))
    i = len(tokens) - 1
    if i < 0 or tokens[i].group(0).lower() not in _TITLE_SET:
        if i >= 2 and tokens[i - 1].group(0).lower() == "of" and tokens[i - 2].group(0).lower() in _TITLE_SET:
            i -= 2  # "Secretary of State"
        else:
            return len(head)
    start = tokens[i].start()
    i -= 1
    while i >= 0:
        w = tokens[i].group(0)
        if w.lower() in _DESCRIPTOR_WORDS or (w[:1].isupper() and w.isalpha() or w in ("US", "U.S.", "UK", "EU", "UN")):
            start = tokens[i].start()
            i -= 1
            continue
        break
    return start


def _word_edge(text: str, i: int) -> bool:
    """``\\b`` at ``i``: a word character on one side only (str.isalnum is re's Unicode \\w, less '_')."""
    a = i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")
    b = i < len(text) and (text[i].isalnum() or text[i] == "_")
    return a != b


def _word_occurrences(text: str, name: str) -> Iterable[tuple[int, int]]:
    """The spans ``re.finditer(rf"\\b{re.escape(name)}\\b", text)`` finds, without compiling a
    pattern per name (a compilation costs more than a title)."""
    n = len(name)
    i = text.find(name)
    while i >= 0:
        if _word_edge(text, i) and _word_edge(text, i + n):
            yield i, i + n
            i = text.find(name, i + n)
        else:
            i = text.find(name, i + 1)


def _shorten_names(text: str, people: frozenset[str]) -> str:
    """"External affairs minister S Jaishankar" -> "Jaishankar" (headline style)."""
    named = [p for p in people if p in text]
    if not named:
        return text
    for name in sorted(named, key=lambda p: (-len(p), p)):
        surname = name.split()[-1]
        out, pos = [], 0
        for m_start, m_end in _word_occurrences(text, name):  # as re.finditer(rf"\b{name}\b")
            head = text[pos:m_start]
            cut = _descriptor_start(head) if head.endswith(" ") else len(head)
            if cut == len(head):
                # No title before it: maybe not a person at all ("Sibanye Gold"); keep the name.
                out.append(head + name)
            else:
                out.append(head[:cut])
                out.append(surname)
            pos = m_end
        out.append(text[pos:])
        text = "".join(out)
    return text


_T_PREP_WORDS = ("on", "in", "at", "during", "from", "of", "by", "until", "till", "since", "before", "after", "through")
#: (None of them ends another: a text ends with one of them at most.)
_T_PREP_SET = frozenset(_T_PREP_WORDS)
_T_PREP_LENGTHS = tuple(sorted({len(w) for w in _T_PREP_WORDS}))
_T_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_T_QUOTES = re.compile(r"[“”\"‘]")
_T_APOS = re.compile(r"(?<!\w)’|’(?!\w)")
_T_DANGLING = re.compile(r"\b(?:on|in|at|during)\s+(?=,|\s*$)")
_T_SPACE_COMMA = re.compile(r"\s+,")
_T_PREP_GAP = re.compile(r"\b(?:on|in|at|during|since|from|by)\s+(?=(?:to|and|,|the two)\b)")
_T_TAIL_WORDS = "on|in|at|of|the|a|an|and|or|to|for|with|by|from|that|as|his|her|their|its|our|is|was|were|are|would|will|could|should|be|been"
_T_TAIL = re.compile(rf"(?:\s+(?:{_T_TAIL_WORDS}))+$")
_T_TAIL_ENDS = tuple(w + nl for w in _T_TAIL_WORDS.split("|") for nl in ("", "\n"))


_PAST_VERB = re.compile(
    r"^(?:[a-z-]{3,}ed|said|told|met|took|made|won|lost|held|began|left|came|went|gave|got|saw|spoke|sent|struck|"
    r"fell|rose|became|led|ran|wrote|broke|chose|drew|flew|fought|found|kept|paid|sold|bought|brought|hit|cut|set|put)\b"
)
_NP_END = re.compile(r"((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)\s*$")
#: speech verbs that may end a clause whose object, what was said, follows ("GM admitted | that ...")
_T_SAID = frozenset(_SPEECH.split("|")) | frozenset(
    "admitted admits denied denies conceded concedes indicated suggested predicted hinted".split()
)
_T_AND_VERB = re.compile(r"\band\s+(?=" + _PAST_VERB.pattern[1:] + ")")
_T_AUX = re.compile(r"(?:was|were|is|are|has|have|had|will|would|shall|can|could|may|might|must|should|did|does)$")
_T_REL_HEAD = re.compile(r"(?:who|which|that)\s", re.IGNORECASE)
_T_FINITE = re.compile(r"(?:has|have|had|was|were|is|are|will|would)\b|" + _PAST_VERB.pattern[1:])
_T_ASIDE = re.compile(r"\([^()]{0,80}\)|\[[^\[\]]{0,80}\]|(?:--|[—–])(?=[^—–]{0,100}\s)[^—–]{1,100}?(?:--|[—–])")
_T_PRONOUN = re.compile(r"it\s+(?=\S)", re.IGNORECASE)
#: a named subject: capitalised words (a number may follow: "Orion 7") just before a finite verb
_T_NAMED_SUBJECT = re.compile(
    r"\b((?:[A-Z][\w.'’&-]*\s+)*?[A-Z][\w.'’&-]*(?:\s+\d[\w-]*)?)\s+(?=(?:has|have|had|was|were|is|are|will|would|can|could|"
    r"[a-z]{3,}ed|[a-z]{3,}s|said|told|took|made|won|lost|held|began|left|came|went|gave|got|saw|met)\b)"
)
_T_CUT_PREP = re.compile(
    r" (?=(?:to|in|on|at|for|with|from|by|of|into|after|before|until|due to|against|about|over|during|between|under|through) )"
)
_T_PHRASE_START = frozenset(
    "to in on at for with from by of into and or but as that which who after before when while because since until between "
    "over about against during under amid through across within without outside near than if where despite including".split()
)
#: a descriptor before a name: "the [US automobile manufacturing] firm | General Motors announced"
_T_DESCRIPTOR_NOUNS = (
    "firm|company|group|carrier|airline|automaker|carmaker|maker|manufacturer|bank|retailer|giant|operator|agency|"
    "broadcaster|insurer|lender|chain|club|regulator|startup|conglomerate|producer|supplier"
)
_T_DESCRIPTOR_SET = frozenset(_T_DESCRIPTOR_NOUNS.split("|"))
_T_DESCRIBED = re.compile(
    rf"(?i:the|a|an)\s+(?:[\w'’.-]+\s+){{0,5}}?(?i:{_T_DESCRIPTOR_NOUNS})\s+(?=[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*\s+[a-z])"
)
_T_TIME_NP = re.compile(r"(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:year|day|month|week|season|anniversary|date)\b", re.IGNORECASE)
_T_LEAD_PREP = frozenset("of at in for from on with to into by over about against after before since during under through".split())
_T_OWN_SUBJECT = frozenset("it he she they we i you the a an his her its their".split())
_T_NOT_NAMED = frozenset("It He She They We I You The A An This That These Those There Here His Her Its Their But And So".split())


#: a sentence opening with a quote and its attribution after it ('"...," Davis told CNN')
_T_QUOTE_FIRST = re.compile(r"[“\"]([^“”\"]{10,400}?)[,.!?]?[”\"]\s+(?=[A-Za-z])")
#: a year inside a noun phrase, after a preposition ("for a 2010 commando raid that killed ...")
_T_YEAR_NP_BEFORE = re.compile(r"\b(?:for|over|after|since|about|of|from|on|to|against)\s+(?:a|an|the)\s+$")
#: the noun phrase after the year, and a verb after it: "that/which" and a past tense, or a participle
_T_YEAR_NP = re.compile(
    r"\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:(?:that|which)\s+)?"
    r"(?=([a-z-]{3,}ed|killed|sank|fell|hit|struck|began|broke|left|led|took|made|cost|shook)\s+[a-z])"
)
_T_TIME_NOUNS = frozenset("year season model month week day quarter half time".split())
_T_COUNTS = "zero one two three four five six seven eight nine ten eleven twelve".split()
_T_PLACE_PREP = frozenset("in at from to near into of the a an".split())
_T_STAMP = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[-–—]\s+(?=\S)", re.IGNORECASE)
_T_HE_SHE = re.compile(r"(?:he|she)\s", re.IGNORECASE)


def _one_person_before(body: str, at: int, people: frozenset[str]) -> str | None:
    """The surname of the one person of ``people`` named in ``body`` before ``at`` (in the
    paragraph, else, when the paragraph names none, in the article), or None when none or
    several are: a pronoun is resolved only when no other reading is possible."""
    par = body.rfind("\n\n", 0, at) + 1
    for lo in (par, 0):
        text = body[lo:at]
        names = {
            p.split()[-1] for p in people
            # a name after "in", "at", "the" ... is a place or a thing ("the court in Serra Alta")
            if any(text[max(0, i - 6) : i].rpartition(" ")[0].rpartition(" ")[2].lower() not in _T_PLACE_PREP
                   for i, _ in _word_occurrences(text, p))
        }
        if names:
            return names.pop() if len(names) == 1 else None
        if lo == 0:
            break
    return None


@lru_cache(maxsize=1024)
def _blank_asides(sentence: str) -> str:
    """The sentence with bracketed and dashed asides ("( HPC )", "-- that is, ... --") blanked
    (same length, so offsets stay)."""
    return _T_ASIDE.sub(lambda m: " " * len(m.group(0)), sentence)


def _over_brackets(sentence: str, c0: int, c1: int, s0: int, s1: int) -> tuple[int, int]:
    """Widen a clause over a bracket that ends it or ends just before it ("Halden Power Corporation (HPC)
    announced ..."): a bracket is an aside, not a clause break."""
    cs = _cut_table(sentence)[0]
    j = c1
    while j < len(sentence) and sentence[j] == " ":
        j += 1
    if j < len(sentence) and sentence[j] in "([" and j >= s1:
        close = sentence.find(")" if sentence[j] == "(" else "]", j)
        if 0 < close - j <= 80:
            k = bisect_right(cs, close)
            c1 = cs[k] if k < len(cs) else len(sentence)
    if c0 < len(sentence) and sentence[c0] in ")]" and c0 <= s0:
        opening = sentence.rfind("(" if sentence[c0] == ")" else "[", 0, c0)
        if 0 <= opening and c0 - opening <= 80 and opening >= dateline_end(sentence):
            k = bisect_left(cs, opening) - 1
            c0 = cs[k] if k >= 0 else 0
    return c0, c1


def _predicate_after(sentence: str, pos: int) -> tuple[int, str]:
    """Where the verb phrase after ``pos`` (asides skipped) starts, and the phrase, up to the
    next clause break (``pos`` and "" when there is none)."""
    blank = _blank_asides(sentence)
    v = _T_VERB.search(blank.lower(), pos, pos + 240)
    if v is None:
        return pos, ""
    start = v.start()
    adverb = _rx(r"[a-z]+ly\s+$").search(blank, max(0, start - 20), start)  # "jointly announced"
    if adverb:
        start = adverb.start()
    stop = _rx(r"[;:]|,\s|\s(?=(?:because|although|though|while|whereas|which|who|but)\b)").search(blank, v.end())
    return start, blank[start : stop.start() if stop else len(blank)]


def _named_subject(before: str) -> str | None:
    """The last named subject in ``before``: capitalised words just before a finite verb."""
    for m in reversed(list(_T_NAMED_SUBJECT.finditer(before))):
        words = m.group(1).split()
        while words and words[0] in _T_NOT_NAMED:
            words.pop(0)
        if words and not (len(words) == 1 and m.start(1) == 0 and words[0].lower() in _STOP):
            return " ".join(words)
    return None


def _with_subject(sentence: str, c0: int, text: str) -> str:
    """Give a subject-less clause its subject ("..., founded in 2012" -> "Stratos was founded")."""
    body = text.strip().lstrip(",;: ")
    while c0 < len(sentence) and sentence[c0] in " ,;:":
        c0 += 1
    if c0 == 0 or not body:
        return text
    anded = body[:4].lower() == "and " and (
        _PAST_VERB.match(body[4:].lower()) is not None or _rx(r"would\s").match(body[4:].lower()) is not None)
    if anded:
        body = body[4:]  # "Police arrested the man | and charged him on Monday": the same subject
    before = sentence[:c0].rstrip()
    first = body.split()[0].lower()
    rel = first in ("who", "which") or (
        first == "that" and bool(before) and not _T_VERB.search(before.split()[-1].lower()) and not before.endswith(",")
        and before.split()[-1].lower() not in _STOP
    )
    second = body.split()[1].lower() if len(body.split()) > 1 else ""
    participle = (
        before.endswith(",") and bool(_rx(r"^[a-z-]{3,}(?:ed|en)$").match(first)) and first not in ("when", "then")
        and second in ("in", "on", "at", "by", "as", "from", "for", "to", "with", "during", "after", "last", "this", "", ",")
        and " that " not in body  # "Mira Holt, the director, announced in May that ...": a verb
        # (after a closed apposition, no verb before it: "The statistician, Edda Varkonyi, resigned": the verb)
        and not (_rx(r",[^,]{2,60},$").search(before) and not _T_VERB.search(before.lower()))
    )
    if not (rel or participle or _PAST_VERB.match(first) or first in ("was", "were", "had", "has", "have", "is", "are", "will", "would")):
        return text
    aside = before.endswith(",")
    before = before.rstrip(",").rstrip()
    if rel and second in _T_OWN_SUBJECT:
        return body.split(None, 1)[1]  # "which it will begin to fly": the clause has its own subject
    if rel or participle:
        m = _NP_END.search(before)
        segs = _re.split(rf"[,;—–()]|{_CLAUSE_COLON}", before)
        last = segs[-1].strip()
        if first == "who" and aside and len(segs) > 1 and _rx(r"(?:the|a|an|his|her|its|their)\s").match(last) and (
            _rx(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}").fullmatch(segs[-2].strip())
        ):
            subject = segs[-2].strip()  # "Mira Holt, the former director at ..., who first met"
        elif first == "who" and (p := _rx(r"\s(?:of|at|in|for|from|on|with|to)\s").search(last)) and (
            len(last[: p.start()].split()) <= 5 and not _T_VERB.search(last[: p.start()].lower())
        ):
            subject = last[: p.start()]  # "the former director at the Kessel Museum of Art, who": the person
        elif m and not (first == "that"):
            subject = m.group(1)
        else:
            tail_words = last.split()[-4:]
            while len(tail_words) > 1 and (tail_words[0].lower() in _T_LEAD_PREP or tail_words[0].endswith(("ing", "ed"))):
                # "trying to recover from the flood that ...": not "to recover from"
                infinitive = tail_words[0] == "to" and len(tail_words) > 2 and tail_words[1] not in ("the", "a", "an")
                del tail_words[: 2 if infinitive else 1]
            if not 1 <= len(tail_words) <= 5:
                return text
            subject = " ".join(tail_words)
        rest = body.split(None, 1)[1] if rel and " " in body else body
        if participle and second == ",":
            rest = first  # "The plan, announced in May, was dropped": the main clause is another event
        return f"{subject} {'was ' if participle else ''}{rest}"
    # A verb with no subject ("..., which has ruled since 2021, expelled ..."): the sentence's subject.
    start = dateline_end(sentence)
    lead = _blank_asides(sentence)[start:c0]
    m = _rx(r"^\s*([^,;:—–()]{2,60}?)\s*(?:,|\b(?:who|which)\b)").match(lead)
    if m and len(m.group(1).split()) <= 6 and not _T_VERB.search(m.group(1).lower()):
        named = _rx(r"\s*,\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*,?\s*$").match(lead, m.end(1))
        if named and _rx(r"\b[a-z]").search(m.group(1)):
            return f"{named.group(1)} {body}"  # "the club's coach, Anna Berg, said": the name
        return f"{m.group(1)} {body}"
    v = _T_VERB.search(lead.lower())
    if v and 0 < len(lead[: v.start()].split()) <= 5:
        if anded and v.group(0) in ("was", "were") and _rx(r"[a-z-]{3,}(?:ed|en)(?:\s+(?:in|on|at|by|as|from|for|to|with|during|after|last|this)\b|\W*$)").match(body):
            return f"{lead[: v.end()].strip()} {body}"  # "The club was founded in 1921 and renamed in 1950"
        return f"{lead[: v.start()].strip()} {body}"
    return text


def make_title(
    sentence: str,
    clause: tuple[int, int],
    expr: tuple[int, int],
    max_words: int = 14,
    people: frozenset[str] = frozenset(),
    skip: tuple[int, int] | None = None,
    source: tuple[str, int] | None = None,
) -> str:
    """Make a short headline from a sentence: its event clause, without the date words
    (:func:`_clause_title`), then say who did what: a fragment ("Adjourned", "In writing")
    gives way to the main clause with its subject, and a pronoun subject takes its antecedent
    when the article makes it clear (:func:`_resolve_pronoun`).

    >>> make_title("NEW DELHI: Gor also said the US will invite India next month to join Pax Silica, the flagship initiative.", (24, 79), (50, 60))
    'US will invite India to join Pax Silica'
    """
    s0, s1 = expr
    own = _own_conjunct(sentence, clause, expr) if skip is None and s0 < s1 and _coordinated(sentence) else None
    if own is not None:
        # "X did A in January and Y did B in March": each date's title is its own conjunct's
        clause, cut = own
        if cut is not None:  # "was arrested in May and | charged in June": the shared subject before it
            a, b, aux = cut
            shift = len(aux) - (b - a)
            sentence, clause, expr = sentence[:a] + aux + sentence[b:], (clause[0], clause[1] + shift), (s0 + shift, s1 + shift)
    text = _clause_title(sentence, clause, expr, max_words, people, skip, source)
    s0, s1 = expr
    if own is None and s0 < s1 and skip is None and _fragment(text) and not _T_QA.match(sentence):
        # The clauses before it, one at a time, up to the sentence's start: the first that says
        # who did what (not a speech verb before a noun phrase, "The union said the first strike
        # day", nor a list's last item and a participle, "Ulvik and Halvard-Øst, issued").
        cuts, i = _cuts_around(sentence, s0, s1)
        start = dateline_end(sentence)
        wider = [c for c in cuts[: i + 1] if start < c < clause[0]]
        for c in reversed([start] + wider):
            longer = _clause_title(sentence, (c, max(clause[1], s1)), expr, max_words, people, skip, source)
            low = longer.lower()
            extra = low[: len(low) - len(text)] if low.endswith(text.lower()) else ""
            if len(longer.split()) <= len(text.split()) or _fragment(longer) or text.lower() not in low or extra and (
                # (a wider clause that lost the fragment's act: "Foreign ministry confirms Jonas Ekdal
                # and Mara Fenn" for "were freed" tells another act)
                _T_SAID_BEFORE.search(extra) or extra.split()[0] in _T_PHRASE_START | {"following"} and not _T_VERB.search(extra)
            ):
                # (nor a preposition before the happening a fronted phrase names: "Following | a blaze at the depot")
                continue
            if low.endswith(" and " + text.lower()) and (v := _T_VERB.search(low)) and 1 <= len(longer[: v.start()].split()) <= 8:
                # "Construction of the section began in 2021 and was completed": the subject and the
                # date's own verb, not the first verb's event
                aux = v.group(0) + " " if v.group(0) in _T_BE_HAVE and text.split()[0].lower() not in _T_BE_HAVE else ""
                longer = longer[: v.start()] + aux + text[:1].lower() + text[1:]  # "... claim was adjourned"
            elif _T_OTHER_DATE.search(longer):
                continue  # another event's date ("came into force on July 11")
            lone = _T_LONE_PARTICIPLE.search(longer)
            if lone and c != start:
                continue
            if lone:
                longer = longer[: lone.start()] + longer[lone.start() + 1 :]  # "..., issued" -> "... issued"
            text = _T_ARTICLE.sub("", longer)
            text = text[:1].upper() + text[1:]
            break
    if source is not None and text[:1] in _T_PRONOUN_FIRST and (p := _T_SUBJECT_PRONOUN.match(text)):
        name = _resolve_pronoun(sentence, text, p, people, source)
        if name and p.group(1) in ("We", "I"):
            # the attribution the clause kept ('"We notified ...," said Ferraz') now opens it
            text = _T_ATTRIBUTION_END.sub("", text)
        if name and p.group(1) == "I" and _rx(r"\b(?:I|my|me)\b").search(text, p.end(1)):
            text = f"{name}: {text}"  # "Aalbers: I was told that I had the board's full support"
        elif name:
            text = name[:1].upper() + name[1:] + text[p.end(1) :]
    return text


#: Coordinators that join two clauses, each of which may have its own date (:func:`_own_conjunct`).
#: (Also a comma before a subordinator: "will start in early 2027, | after the review finishes in December 2026".)
_T_COORD_SUB = "after|before|when|until|once|because|although|though|whereas"
_T_COORD = re.compile(rf",?\s+(?:and|but|while)\s+|;\s+|,\s+(?P<sub>(?=(?:{_T_COORD_SUB})\s))")
_T_COORD_HINT_SUB = re.compile(rf", (?:{_T_COORD_SUB}) ")


def _coordinated(sentence: str) -> bool:
    """Whether ``sentence`` holds " and ", " but ", " while ", "; " or ", " and a subordinator (the
    literal ones by ``in``, a scan each in C, the last by its pattern)."""
    return (" and " in sentence or " but " in sentence or " while " in sentence or "; " in sentence
            or ", " in sentence and _T_COORD_HINT_SUB.search(sentence) is not None)
#: Date words a conjunct may hold (the other conjunct's date, kept out of a title).
_T_DATE_WORDS = re.compile(
    r"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b(?:\.?\s+\d)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:1[89]|20)\d\d\b(?![\d,.]*\s*(?:%|per|people|jobs|staff|homes|units|tonnes|km|miles|metres|euros|dollars|pounds))|"
    r"(?i:yesterday|tomorrow|tonight|(?:last|next|this|earlier this|later this|the following|the next|the same)\s+"
    r"(?:year|month|week|weekend|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|day)|"
    r"the\s+(?:start|end|beginning|middle|turn)\s+of\s+(?:the|this|last|next)\s+(?:month|year|week|decade)|"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few)\s+(?:days?|weeks?|months?|years?)\s+"
    r"(?:later|earlier)))"
)
#: Before date words, a determiner makes them a noun's attribute ("over the November 2024 raid"), no date of a clause.
_T_DATE_ATTRIBUTE = re.compile(r"(?:\b(?:its|his|her|their|our|the|a|an|this|that)|['’]s)\s+\Z", re.IGNORECASE)
#: Adverbs between a shared subject's auxiliary or a coordinator and the verb.
_T_ADVERBS = r"(?:(?:also|then|later|last|first|finally|subsequently|eventually|quickly|again)\s+)*"
#: A conjunct that opens with its verb shares the subject before it ("arrested in May and | charged").
_T_SHARED_VERB = re.compile(_T_ADVERBS + r"(?:(?:was|were|has|have|had|is|are|will|would|being)\s+)?" + _T_ADVERBS + "(?:"
                            + _PAST_VERB.pattern[1:] + r"|(?:was|were|has|have|had|is|are|will|would)\b)")
#: A present or bare verb opening a conjunct, before a preposition, an article or a date ("and closes on
#: October 3", "and plans a second batch", "will hold ... and report early next year"): the word and the next.
_T_BARE_VERB = re.compile(
    _T_ADVERBS + r"(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|on|in|at|by|for|from|to|with|of|"
    r"again|early|late|mid|last|next|every|each|some|all|both|other|another|more|most|no|not|he|she|it|they|we|you|"
    r"there|who|which|what|when|where|so|still|now|after|before|since|until|during|as|than|or|and|but|yet|only|even|"
    r"just|around|about|nearly|almost|over|under|[a-z]+ly|[a-z]+ing)\b)([a-z]{3,})\s+(?:on|in|at|by|from|until|through|to|"
    r"the|a|an|its|their|his|her|early|late|next|this|last|[a-z]+ly|\d)\b"
)
_T_MODAL = frozenset("will would could should can might must shall".split())


def _bare_verb_first(low: str, at: int, modal: bool) -> bool:
    """Whether ``low`` (lower case) at ``at`` opens with a present verb ("closes", not "class"), or
    any verb when a modal before it governs it ("will hold ... and | report")."""
    m = _T_BARE_VERB.match(low, at)
    return m is not None and (modal or m.group(1).endswith("s") and not m.group(1).endswith(("ss", "us", "is")))


#: A verb in a conjunct (not one after "of": "guilty of armed robbery").
_T_CONJUNCT_VERB = re.compile(r"(?<!\bof )(?:" + _T_VERB.pattern + ")")
#: A second conjunct with its own auxiliary, or an active verb with its object ("but lost her seat").
_T_OWN_AUX_OR_OBJECT = re.compile(_T_ADVERBS + r"(?:(?:was|were|has|have|had|is|are|will|would)\b|[a-z-]+\s+"
                                  r"(?:the|a|an|her|his|its|their|them|him|it|our|my|two|three)\b)")
#: The shared auxiliary a passive second conjunct takes ("was arrested in May and | charged in June").
_T_AUX_FIRST = re.compile(
    r"(?:(?:will|would|could|should|must|can|shall)\s+(?:have\s+)?be(?:en)?|(?:was|were|is|are|has|have|had)(?:\s+been)?)\s+"
    + _T_ADVERBS + r"(?=[a-z]+(?:ed|en|wn|ne|t)\b)")


def _dated(text: str) -> bool:
    """Whether ``text`` holds date words of its own (not a noun's attribute, "the 2024 raid")."""
    return any(not _T_DATE_ATTRIBUTE.search(text, 0, m.start()) for m in _T_DATE_WORDS.finditer(text))


def _own_conjunct(
    sentence: str, clause: tuple[int, int], expr: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int, str] | None] | None:
    """The date's own conjunct, when its clause holds another date joined by "and", "but",
    "while" or "; " ("Engineers closed the bridge in January 2024 | and the council approved a
    repair plan in March 2024"): its bounds, and, when it has no subject of its own ("The suspect
    was arrested in May and | charged in June"), the cut that puts the shared subject before it:
    the span from the other conjunct's verb to the date's conjunct, and the auxiliary that takes
    its place ("was "). None when the clause holds no such other conjunct.

    Both conjuncts must be clauses (a verb each: "between January and March 2024" is one date,
    "sales rose in 2023 and 2024" one event; "on Monday and Tuesday" two dates of one), and the
    other must hold date words of its own.
    """
    c0, c1 = clause
    s0, s1 = expr
    lo, hi = c0, c1
    low = sentence.lower()
    for m in _T_COORD.finditer(sentence, s1, c1):  # the nearest after the date first
        if _T_DATE_WORDS.match(sentence, m.end()):
            continue  # "on Monday and Tuesday": one clause's dates
        v = _T_CONJUNCT_VERB.search(low, m.end(), c1)
        first = _T_VERB.search(low, lo, m.start())
        if v and _dated(sentence[v.start() : c1]) and len(low[m.end() : v.start()].split()) <= 6 and first or (
            first and _dated(sentence[m.end() : c1]) and _bare_verb_first(low, m.end(), first.group(0) in _T_MODAL)
        ):
            hi = m.start()
            break
    for m in reversed(list(_T_COORD.finditer(sentence, lo, s0))):  # the nearest before the date first
        own = low[m.end() : hi]
        if _T_DATE_WORDS.match(sentence, m.end()) or not _dated(sentence[lo : m.start()]):
            continue
        v = _T_VERB.search(low, lo, m.start())
        if v is None:
            continue
        modal = v.group(0) in _T_MODAL
        if (_T_SHARED_VERB.match(own) or _bare_verb_first(own, 0, modal) and not _T_VERB.search(own, 0, 40)) and (
            not _T_VERB.search(low, lo, v.start())
        ):
            # the verb opens the conjunct: the subject is the other's, the words before its verb
            if len(sentence[lo : v.start()].split()) > 8 or _T_DATE_WORDS.search(sentence, lo, v.start()):
                return None
            aux = _T_AUX_FIRST.match(low, v.start())
            shared = aux.group(0) if aux and not _T_OWN_AUX_OR_OBJECT.match(own) else ""
            if modal and not _T_SHARED_VERB.match(own):
                shared = v.group(0) + " "  # "The inquiry will hold ... and | report": "will report"
            return (lo, hi), (v.start(), m.end(), sentence[v.start() : v.start() + len(shared)])
        if len(low[m.end() : hi].split()) > 1 and (m.group("sub") is not None or _T_VERB.search(low, m.end(), hi)):
            # (a subordinate clause's verb may be one the rules do not know: "after the review finishes")
            return (m.end(), hi), None
    if hi != c1:
        return (lo, hi), None
    return None


#: a title's pronoun subject and the word after it (lower case: a verb or an auxiliary)
_T_SUBJECT_PRONOUN = re.compile(r"(He|She|It|They|We|I)\s+([a-z][\w'’-]*)")
#: The same in a lowercased sentence, a pronoun and the word after it, anywhere (:func:`_resolve_pronoun`).
_T_PRONOUN_WORD = re.compile(r"\b(he|she|it|they|we|i)\s+([a-z][\w'’-]*)")
_T_PRONOUN_FIRST = frozenset("HSITW")
_T_QA = re.compile(r"\s*[QA]:")  # an interview's question or answer: no clause to fall back to
_T_LONE_PARTICIPLE = re.compile(r",(?=\s+[a-z]+ed$)")
_T_SAID_BEFORE = re.compile(rf"\b(?:{_SPEECH})\s+(?:that\s+)?(?:(?:the|a|an)\s+)?$")
_T_OTHER_DATE = re.compile(
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|(?:19|20)\d\d)\b|:"
)
_T_BE_HAVE = frozenset("was were is are has have had".split())
_T_ATTRIBUTION_END = re.compile(
    r",?\s+(?:(?:said|says|added)\s+[^,]{1,40}|(?:he|she|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}|the\s+[a-z]+)\s+"
    r"(?:said|says|added|told\s+[^,]{1,30}))$"
)
_T_ARTICLE = re.compile(r"^(?:The|A|An)\s+(?=\S+\s+\S)")
#: "It was the second offer": "it" before a bare copula is no actor
_T_IT_COPULA = re.compile(r"(?:was|is|'s|would be|will be)\s+(?!due\b|[a-z]{3,}ed\b|[a-z]+en\b)")
_T_SPEECH_ATTR = re.compile(
    r"(?:(?:has|have|had)\s+)?(?:said|says|told|tells|added|announced|confirmed|warned|insisted|stated|admitted|argued|"
    r"promised|pledged|explained|wrote|writes)\b"
)
_T_PLURAL_NOUNS = frozenset("police people staff crew crews men women children".split())
_T_PRONOUNS = frozenset("it he she they we i you his her its their our my".split())
_T_NP_STOP = frozenset("of from at in for with on to by".split())


def _fragment(text: str) -> bool:
    """A title that says not who did what: one word, a verb alone ("Was completed", "Arrived"),
    or no verb ("In writing", "Corran Link")."""
    ws = text.split()
    if len(ws) <= 1:
        return True
    low = text.lower()
    if len(ws) == 2 and (ws[0][:1].islower() or ws[0].lower() in _T_LEAD_PREP or _T_VERB.match(low) or (
            ws[0].lower() in ("was", "were", "is", "are", "has", "have", "had", "will", "would"))):
        return True
    # (a longer title without a verb _T_VERB knows is mostly a clause with an irregular verb:
    # "Senator Anna Berg read them into the record")
    return len(ws) <= 4 and not _T_VERB.search(low) and not _rx(r"\b[a-z]{3,}(?:ed|s)\b").search(low)


def _opening_subject(text: str) -> str | None:
    """The noun phrase opening ``text`` before its first verb ("The pilots' association said"
    -> "pilots' association"), asides and "which"/"whose" clauses skipped, or None when there is
    no short one."""
    if (stamp := _T_STAMP.match(text.lstrip())) is not None:
        text = text.lstrip()[stamp.end() :]  # "09:40 — The trial began"
    text = _rx(r",\s*(?:whose|which|who)\b[^,]{0,80},").sub(" ", _blank_asides(text))
    v = _T_VERB.search(text.lower())
    if v is None:
        return None
    np = " ".join(text[: v.start()].split())
    rel = _rx(r"\s(?:that|which|who|whose)\b").search(np)
    if rel:
        np = np[: rel.start()]  # "The ballot that opened in May closed": "The ballot"
    if "," in np and 1 <= len(np.split(",", 1)[0].split()) <= 4:
        np = np.split(",", 1)[0]  # "The bogies, the wheeled frames on which the car rides, were sent"
    ws = np.split()
    if not 1 <= len(ws) <= 6 or "," in np or not np.replace("'", "").replace("’", "").replace("-", "").replace(" ", "").isalnum() or (ws[0] in _T_NOT_NAMED and ws[0] != "The") or (
        ws[0].lower() in _T_LEAD_PREP or not (ws[0][:1].isupper() or ws[0][:1].isdigit())
    ):
        return None
    if any(w[:1].isupper() and w not in _T_NOT_NAMED and _rx(r"[a-z]{3,}s").fullmatch(x) for w, x in zip(ws, ws[1:])):
        return None  # "Reik announces an independent review": a clause, its verb unknown to _T_VERB
    if ws[0] == "The":
        ws = ws[1:]
    if not ws or any(w.lower() in _T_PRONOUNS for w in ws):
        return None
    return " ".join(ws)


def _plural(np: str) -> bool:
    """Whether a noun phrase reads as plural (its head: the last word before "of", "from", ...)."""
    ws = np.split()
    head = next((ws[k - 1] for k in range(1, len(ws)) if ws[k].lower() in _T_NP_STOP), ws[-1]).lower().strip("'’")
    return head in _T_PLURAL_NOUNS or (head.endswith("s") and not head.endswith(("ss", "us", "is")) and not head[:1].isdigit())


def _quote_speaker(body: str, at: int, people: frozenset[str]) -> str | None:
    """Who says the quotation holding ``body[at]``: the name or body in its attribution
    ('"We notified ...," said Ferraz' / '..., the company said' / 'Ferraz said: "We ...'), or None."""
    par0 = body.rfind("\n", 0, at) + 1
    par1 = body.find("\n", at)
    par1 = len(body) if par1 < 0 else par1
    curly = body.rfind("“", par0, at)
    if curly >= 0 and body.rfind("”", par0, at) < curly:
        opening = curly
    elif body.count('"', par0, at) % 2 == 1:
        opening = body.rfind('"', par0, at)
    else:
        return None
    close = min((i for i in (body.find("”", at, par1), body.find('"', at, par1)) if i >= 0), default=-1)
    name = r"((?:the\s+)?(?:[A-Z][\w.'’-]*|[a-z]+)(?:\s+[A-Z][\w.'’-]*){0,3}|he|she)"
    m = None
    if close >= 0:
        m = _rx(rf"\s*(?:said|says|told|added)\s+{name}\b|\s*{name}\s+(?:said|says|told|added)\b").match(body, close + 1, par1)
    if m is None:
        m = _rx(rf"{name}\s+(?:said|says|told \w+|added)\s*[:,]\s*$").search(body, par0, opening)
    if m is None:
        return None
    who = next(g for g in m.groups() if g).strip()
    if who.lower() in ("he", "she"):
        return _last_person_before(body, opening, people)
    if who.lower().startswith("the "):
        who = who[4:]
    elif not who[:1].isupper() or who.lower() in _STOP:
        return None
    return who.split()[-1] if who in people else who


def _last_person_before(body: str, at: int, people: frozenset[str]) -> str | None:
    """The surname of the person named last before ``at``, when the sentence naming them names
    no other (else None: two candidates)."""
    one = _one_person_before(body, at, people)
    if one or not people:
        return one
    last: dict[str, int] = {}
    text = body[:at]
    for p in people:
        surname = p.split()[-1]
        # a person's surname stands alone somewhere ("Ilves, 44, replaces"), a firm's last word
        # seldom does, and never after "the" ("the Standard")
        alone = [i for i, _ in _word_occurrences(body, surname) if body[max(0, i - len(p) + len(surname)) : i + len(surname)] != p
                 and body[max(0, i - 4) : i].lower() != "the "]
        if not alone:
            continue
        for i, _ in _word_occurrences(text, surname):
            if text[max(0, i - 6) : i].rpartition(" ")[0].rpartition(" ")[2].lower() not in _T_PLACE_PREP:
                last[surname] = max(last.get(surname, -1), i)
    if not last:
        return None
    best = max(last, key=last.__getitem__)
    sent0 = max(text.rfind(". ", 0, last[best]), text.rfind("\n", 0, last[best]))
    if any(v > sent0 and k != best for k, v in last.items()):
        return None
    return best


def _resolve_pronoun(sentence: str, text: str, p: re.Match[str], people: frozenset[str], source: tuple[str, int]) -> str | None:
    """The antecedent of a title's pronoun subject, or None when the article does not make it clear."""
    pron, nxt = p.group(1), p.group(2)
    body, start = source
    if body[start : start + len(sentence)] != sentence:
        return None
    low = sentence.lower()
    # (one constant pattern: a pattern made of the article's word would be compiled, and kept by
    # ``_rx``'s cache, for every new word of a build)
    at = next((m.start() for m in _T_PRONOUN_WORD.finditer(low) if m.group(1) == pron.lower() and m.group(2) == nxt), -1)
    if at < 0:
        return None
    if pron in ("We", "I"):
        return _quote_speaker(body, start + at, people)
    if pron in ("He", "She"):
        return _last_person_before(body, start + at, people) if people else None
    if pron == "It" and _T_IT_COPULA.match(text, p.start(2)) or _T_SPEECH_ATTR.match(nxt):
        return None  # "It said on Monday it was monitoring": merge keeps a statement apart by its pronoun
    before = sentence[dateline_end(sentence) : at]
    if (stamp := _T_STAMP.match(before)) is not None:
        before = before[stamp.end() :]  # "10:45 — The association says it will decide"
    if not _T_VERB.search(before.lower()):
        # "In 2010 it halted shipments": its antecedent is in another sentence (docs/events.md section 5)
        return None
    np = _opening_subject(before)
    if np is not None and not _T_SPEECH_ATTR.search(before.lower()) and not _rx(
            r"\b(?:while|when|which|because|after|and|but|until)\s*$").search(before.lower()):
        return None
    if np is None or _plural(np) != (pron == "They"):
        return None
    return np


def _clause_title(
    sentence: str,
    clause: tuple[int, int],
    expr: tuple[int, int],
    max_words: int = 14,
    people: frozenset[str] = frozenset(),
    skip: tuple[int, int] | None = None,
    source: tuple[str, int] | None = None,
) -> str:
    """Make a short headline from a sentence: its event clause, without the date words.

    ``source``: the article's text and where the sentence starts in it; a "he"/"she" subject
    then takes the surname of the one person (of ``people``) named before it, if only one is.
    """
    c0, c1 = clause
    s0, s1 = expr
    quoted = skip is None and sentence[:1] in "“\"" and _T_QUOTE_FIRST.match(sentence)
    if quoted and quoted.end() <= s0:
        # '"We had issues ...," Davis told CNN on Thursday': the speaker's clause, then what was said
        rest = sentence[quoted.end() :]
        k = quoted.end()
        speaker = _clause_title(rest, clause_bounds(rest, s0 - k, s1 - k), (s0 - k, s1 - k), max_words, people, source=(
            None if source is None else (source[0], source[1] + k)))
        if len(speaker.split()) <= 6 and _SPEECH_RE.search(speaker.lower()):
            words = _rx(r"[(\[]([A-Z][\w.'’ -]{0,30})[)\]]").sub(r"\1", quoted.group(1))  # "whether (Roth) had": an editor's word
            said = _clause_title(words, (0, len(words)), (0, 0), max(1, max_words - len(speaker.split())))
            return f"{speaker}: {said}"
    in_np = skip is None and s1 - s0 == 4 and sentence[s0:s1].isdigit() and _T_YEAR_NP_BEFORE.search(sentence, max(0, s0 - 16), s0)
    if in_np and (np := _T_YEAR_NP.match(sentence, s1)) and np.group(1).rsplit(" ", 1)[-1] not in _T_TIME_NOUNS:
        # "apologized to Turkey for a 2010 commando raid that killed nine activists": the year's
        # event is the noun phrase's, told by the verb after it ("Commando raid killed nine activists").
        stop = _rx(r"[;:(—–]|,\s|\s(?=(?:because|although|while|when|after|before|but|as)\s)").search(sentence, np.end())
        event = np.group(1) + " " + sentence[np.end() : stop.start() if stop else len(sentence)]
        return _clause_title(event, (0, len(event)), (0, 0), max_words, people)
    if skip is not None:
        # Drop a complement ("two days after | the verdict |, police said") with its words.
        sentence = sentence[: skip[0]] + sentence[skip[1] :]
        cut = skip[1] - skip[0]
        c1 = c1 - cut if c1 >= skip[1] else min(c1, skip[0])
    if c0 < s0 and sentence[:1].isdigit() and (stamp := _T_STAMP.match(sentence)) and c0 < stamp.end() <= s0:
        # "20:05 - Voss promises a full report": a live blog's entry stamp is no part of the title
        c0 = stamp.end()
    if "(" in sentence or "[" in sentence:
        c0, c1 = _over_brackets(sentence, c0, c1, s0, s1)
    if 0 < c0 <= s0 and not sentence[s1:c1].strip(" .,;:!?") and len(sentence[c0:s0].split()) <= 1:
        # The date and a word ("| until May 2027."): the clause before tells what happened.
        cuts, i = _cuts_around(sentence, s0, s1)
        if i > 0:
            c0 = cuts[i - 1]
    elif 0 < c0 <= s0 and sentence[:c0].rstrip().endswith(" told") and 1 <= len(sentence[c0:s0].split()) <= 3:
        # "Evana Roth told | CNN in August she thought ...": the one told is no subject; the teller is.
        cuts, i = _cuts_around(sentence, s0, s1)
        if i > 0:
            c0 = cuts[i - 1]
    elif c1 < len(sentence) and not sentence[s1:c1].strip() and sentence[c1:].startswith(",") and (
        len(sentence[c0:s0].split()) <= 1 and _T_VERB.search(sentence[c0:c1].lower()) is None
    ):
        # A fronted date alone ("In May 2024, | prosecutors issued ..."; the month read as a
        # verb kept it a clause of its own): the clause after it tells what happened.
        cuts, i = _cuts_around(sentence, s0, s1)
        c1 = next((c for c in cuts[i + 1 :] if c > c1 + 1), c1)
    head = sentence[c0:s0]
    bare = head.rstrip()
    if bare.endswith(_T_PREP_WORDS) or bare[-6:].lower().endswith(_T_PREP_WORDS):
        # (as re.sub(r"\b(?:on|in|at|during|from|of|by)\s*$", "", head)): the word (none is the end of another) and the blanks
        # after it (str.rstrip's blanks are \s), when a word edge comes before it; capitalised
        # too, opening the clause ("In 2021 the council cut ...": no "In" left in the title)
        low = bare.lower()
        cut = len(bare) - next(n for n in _T_PREP_LENGTHS if low[-n:] in _T_PREP_SET)  # (the one word it ends with)
        if _word_edge(bare, cut):
            head = head[:cut]
    both = _T_AND_VERB.search(head) if " and " in head else None
    if both:
        # "The singer toured Asia in 2015 and took a long break | in late 2018": the second verb's
        # clause, with the subject of the first.
        v = _T_VERB.search(head[: both.start()].lower())
        subject = head[: v.start()].strip() if v else ""
        if v and 1 <= len(subject.split()) <= 6 and "," not in subject and not _T_AUX.match(v.group(0)) and (
            head[v.end() : both.start()].strip()
        ):
            head = subject + " " + head[both.end() :]
    # A fronted phrase ("In his arrival speech on Monday,") gives way to the main clause.
    own = sentence[c0:c1]
    fronted = "," in own and _rx(
        r"^\s*(?:In|At|During|On|After|Before|Speaking|Addressing|Earlier|Later)\b(?:[^,]|(?<=\d),(?=\d))*,(?!\d)\s*").match(own)
    tail = sentence[s1:c1]
    if tail[:1].isspace() and _T_REL_HEAD.match(head) and _T_FINITE.match(tail, 1) and _T_VERB.search(head[4:].lower()):
        # "a man who was arrested for arson in June | pleaded guilty": the
        # relative clause ends where the main clause's verb starts.
        tail = ""
    if fronted and c0 + fronted.end() > s0:
        text = sentence[c0 + fronted.end() : c1]
    else:
        text = head + " " + tail
    # A trailing attribution ("..., the company said on Monday") takes in what was said.
    speechy = bool(_SPEECH_RE.search(text.lower())) and len(_rx(r"\w+").findall(text)) <= 7  # once for both
    said_end = not speechy and text.rstrip(" ,;:\t\n\r\f\v").rpartition(" ")[2].lower() in _T_SAID  # "... announced" ends it
    if (
        speechy and c0 > 0
        and _rx("[^ .!?\"”’]").search(sentence, c1) is None  # no copy of the rest of a long sentence
        # a bare speech verb ("the company said"), not one with its own object ("has promised
        # an independent audit by the end of June")
        and len(text[[m.end() for m in _SPEECH_RE.finditer(text.lower())][-1] :].split()) <= 1
    ):
        said = sentence[dateline_end(sentence) : c0].strip(" ,;:—–")
        if said.split(" ", 1)[0] in ("The", "A", "An"):
            said = said[:1].lower() + said[1:]
        text = text.strip(" ,;:.!?") + " " + said
    # A speech clause "X said last week" takes in what was said.
    elif (speechy or said_end and _rx(r"\s*(?:that\b|[a-z])").match(sentence, c1)) and c1 < len(sentence):
        rest = _blank_asides(sentence)[c1:]
        # The first stop with five words before it (was: the words before every stop counted):
        # past the first character of the fifth word (``\\S`` runs are str.split's words).
        fifth = next((w.start() for k, w in enumerate(_rx(r"\S+").finditer(rest)) if k == 4), None)
        stop = None if fifth is None else next((m.start() for m in _rx(
            r"[;:—–(]|,\s(?!(?:and|but)\b)|\s(?=(?:because|although|though|while|whereas|as|after|before|amid|despite|but)\b)"
        ).finditer(rest) if m.start() > fifth), None)
        text = text + " " + (rest[:stop] if stop is not None else rest)
    elif not tail.strip(" ,.;:”’\"'") and len(head.split()) > 3 and not _T_VERB.search(text.lower()):
        # A trailing noun phrase ("critical minerals and a possible meeting next month"): keep its head.
        opens = list(_NP_OPENERS.finditer(head))
        for o in reversed(opens):
            if len(head[o.end() :].split()) >= 2:
                text = head[o.end() :]
                break
    if (
        fronted and c0 + fronted.end() > s0 and c1 < len(sentence) and not _T_VERB.search(text.lower())
        and len(sentence[c0:s0].split()) <= 1 and not sentence[s1 : c0 + fronted.end()].strip(" ,")  # "On Sunday, ..."
        and not _rx(r"\b[a-z]{3,}ed\b").search(text)  # ("Lisca resumed": _VERB skips an -ed after "a ")
    ):
        # "At 09:00 GMT, the Bank of Tavria, the Bank of Lisca, ... jointly announced a cut":
        # the subject takes the verb that comes after its list or aside.
        pred_start, pred = _predicate_after(sentence, c1)
        subject = text.strip(" ,;:-—–")
        if _T_TIME_NP.match(subject) or subject.split(" ", 1)[0].lower() in _T_LEAD_PREP:
            # "In 2019, the first full year of the scheme, the agency approved ...", "In 2019,
            # during talks, the council, which ..., approved": the noun phrase is the date's
            # apposition or a phrase of its own; the subject is the one before the verb.
            segs = [x.strip() for x in _blank_asides(sentence)[c1:pred_start].split(",")]
            segs = [x for x in segs if x and not _rx(r"(?:which|who|that)\b", re.IGNORECASE).match(x)]
            subject = segs[-1] if segs else subject
        else:
            # "the Bank of Canada, the Bank of England, ... and the Swiss National Bank jointly
            # announced": the first of the list and how many more (all of them are who did it)
            items = [x for x in _rx(r",\s*(?:and\s+)?|\s+and\s+|^\s*and\s+").split(_blank_asides(sentence)[c1:pred_start]) if x.strip()]
            if 1 <= len(items) <= 12 and all(_rx(r"\s*(?:the\s+)?[A-Z]").match(x) for x in items):
                other = _rx(r"^\s*(?:the\s+)?").sub("", items[0]).strip()
                subject = f"{subject} and {_T_COUNTS[len(items)]} others" if len(items) > 1 else f"{subject} and {other}"
        text = subject + " " + pred
    text = _with_subject(sentence, c0, text)
    dl = dateline_end(text.strip())
    text = text.strip()[dl:]
    if "'" in text or "’" in text:
        text = _rx(r"^\W*['’]s\b|(?<=\s)['’]s\b").sub("", text)  # "Sunday's election" without "Sunday"
    if text.count(",") > 1:
        text = _rx(r",\s*,").sub(",", text)  # ", in 2017," without "in 2017"
    # "a inspection" -> "an inspection" (``(a)(?<!\w.)`` is ``\b(a)``, and faster to search)
    # (every blank but " " is unprintable; a sub with a template costs a Python call even when
    # nothing matches: the search first)
    if ("a " in text or ("a" in text and not text.isprintable())) and _T_A_BEFORE_VOWEL.search(text):
        text = _T_A_BEFORE_VOWEL.sub(r"\1n\2", text)
    if "(" in text or "[" in text:
        text = _T_PAREN.sub(" ", text)
    if "“" in text or "”" in text or '"' in text or "‘" in text:
        text = _T_QUOTES.sub("", text)
    if "’" in text:
        text = _T_APOS.sub("", text)
    if "," in text or text[-1:].isspace():  # what _T_DANGLING's lookahead needs
        text = _T_DANGLING.sub("", text)
    # (as re.sub(r"\s+", " ", text)), whose blanks at the ends the strip removes (str.split's
    # blanks are \s); from here on the only blank is " ", which the pre-checks rely on.
    text = " ".join(text.split()).strip(" ,;:.-—–")
    if " ," in text:
        text = _T_SPACE_COMMA.sub(",", text)
    if " to" in text or " and" in text or " the two" in text:
        text = _T_PREP_GAP.sub("", text)
    opening = text[:11].lower()  # _LEAD's words open it, any case (beyond ASCII, ask the pattern)
    lead = (opening.startswith(_LEAD_WORDS) or not opening.isascii()) and _LEAD.match(text)  # as _LEAD.sub("", text)
    if lead:
        text = text[lead.end() :]
    pronoun = c0 > 0 and text[:2].lower() == "it" and _T_PRONOUN.match(text)
    if pronoun:
        # "Orion 7 will reach its orbit when it arrives on March 3": the nearest named subject
        named = _named_subject(_blank_asides(sentence)[:c0])
        if named:
            text = named + " " + text[pronoun.end() :]
    elif source is not None and people and text[:1] in "HhSs" and _T_HE_SHE.match(text):
        name = _one_person_before(source[0], source[1] + c0, people)
        if name:
            text = name + text[_T_HE_SHE.match(text).end() - 1 :]  # "He took six months off" -> "Jobs took ..."
    described = (
        text[:1] in "TtAa" and not _T_DESCRIPTOR_SET.isdisjoint(text.lower().split(" ", 7)[1:7]) and _T_DESCRIBED.match(text)
    )
    if described:
        text = text[described.end() :]  # "The Lisca-based dairy firm Brightline Foods" -> "Brightline Foods"
    text = _shorten_names(text, people)
    if text.startswith(("the", "a")) and _rx(r"^(?:the|a|an)\s+\w+\s*$").match(text) is None:
        article = _rx(r"^(?:the|a|an)\s+(?=[A-Za-z])").match(text)
        if article:
            text = text[article.end() :]
    ws = text.split()
    if len(ws) > max_words:
        if not tail.strip(" ,.;:”’\"'") and not fronted and not _T_VERB.search(text.lower()):
            # The date ends the clause: the words nearest to it say what happened.
            opens = [o for o in _NP_OPENERS.finditer(text) if 4 <= len(text[o.end() :].split()) <= max_words]
            if opens and len(text[: opens[0].start()].split()) > 6:
                text = text[opens[0].end() :]
                ws = text.split()
        if len(ws) == max_words + 1 and not _rx(r",(?!\d)| and | but | while | as | which | who ").search(" ".join(ws[6:])):
            said_that = next((k for k in range(1, min(len(ws) - 1, 8)) if ws[k] == "that" and ws[k - 1] in _T_SAID), None)
            if said_that is not None:
                # "GM announced that most of ...": headline style drops the "that", and the rest
                # fits (unless the cut has a clause boundary to stop at)
                del ws[said_that]
                text = " ".join(ws)
        if len(ws) > max_words:
            cut = " ".join(ws[:max_words])
            cands = [m.start() for m in _rx(r",(?!\d)| and | but | while | as | which | who ").finditer(cut) if len(cut[: m.start()].split()) >= 6]
            if not cands:
                # else before a preposition whose phrase the cut breaks ("because of heavy | rain", "to become the No. | 1")
                preps = [m.start() for m in _T_CUT_PREP.finditer(cut + " ") if len(cut[: m.start()].split()) >= 6]
                nxt = ws[max_words].lower()
                broken = not (cut.endswith((",", ";", ":")) or nxt in _T_PHRASE_START)  # the next word goes on
                if preps and (broken and len(cut[preps[-1] :].split()) <= 3 or cut.endswith(".")):
                    cands = preps
            text = cut[: cands[-1]] if cands else cut
    if text.endswith(_T_TAIL_ENDS):  # the words _T_TAIL removes: a cheap pre-check
        text = _T_TAIL.sub("", text)
    text = text.strip(" ,;:.-—–)")
    if text[:1].isdigit() and (stamp := _T_LEAD_STAMP.match(text)):
        text = text[stamp.end() :]  # "16:05 A reminder that ...": a live blog's entry stamp
    if not text:
        return sentence[:80].strip()
    return text[0].upper() + text[1:]


#: "a" before a vowel, made "an" in titles.
_T_A_BEFORE_VOWEL = re.compile(r"(a)(?<!\w.)(\s+)(?=[aeiouAEIOU])")
#: A live blog's entry stamp opening a title ("16:05 A reminder", "12:40 - Tributes").
_T_LEAD_STAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*(?:[-–—]\s*)?(?=[A-Z])")


# --------------------------------------------------------------------------------------------
# Extraction


@dataclass(slots=True)
class _Ctx:
    article: Article
    body: str
    sents: tuple[Sentence, ...]
    quotes: tuple[tuple[int, int], ...]
    urls: tuple[tuple[int, int], ...]
    people: frozenset[str]
    dct: dt.date | None
    memo: dict = field(default_factory=dict)  # per-sentence results (see _years_outside_quotes)


_FULL_NAME = re.compile(r"(?=[A-Z])\b(?:[A-Z]\.?\s)?[A-Z][a-z'’-]+(?:\s[A-Z]\.?)?(?:\s[A-Z][a-z'’-]+){0,2}\b")
#: The matches of _FULL_NAME's ``finditer`` that hold more than one word, and only those: the
#: same paths in the same order, less the last (one word). The one-word match it skips holds
#: no place where _FULL_NAME could start, so the scan goes on as _FULL_NAME's would. Its
#: first capital is taken first (``(?<!\w.)`` after it is ``\b`` before it), so the search
#: skips to the next capital in C instead of trying the pattern at every character.
_FULL_NAMES = re.compile(
    r"[A-Z](?<!\w.)(?:\.?\s[A-Z][a-z'’-]+(?:\s[A-Z]\.?)?(?:\s[A-Z][a-z'’-]+){0,2}"
    r"|[a-z'’-]+(?:\s[A-Z]\.?(?:\s[A-Z][a-z'’-]+){0,2}|(?:\s[A-Z][a-z'’-]+){1,2}))\b"
)


def _people(body: str) -> frozenset[str]:
    """Full names ("Sergio Gor") that a surname alone may stand for (a cheap, linear scan)."""
    out = set()
    for name in dict.fromkeys(_FULL_NAMES.findall(body)):  # one word is never a full name ("The", "Monday"); each once
        words = name.split()
        for i, w in enumerate(words):
            if w.endswith(("'s", "’s")):
                words = words[:i] + [w[:-2]]  # "Lars Nyberg's Social Democrats" -> "Lars Nyberg"
                break
        while words and (words[0] in _NOT_NAME_START):
            words = words[1:]
        if len(words) >= 2 and not any(w in _NOT_NAME_WORD for w in words):
            out.add(" ".join(words).rstrip("’'"))
    return frozenset(out)


@lru_cache(maxsize=4096)
def _sentence_tags(sentence: str, people: frozenset[str]) -> tuple[str, ...]:
    """Entity tags of a sentence (cached: several dates often share one sentence)."""
    return entity_tags(sentence, people=people)


@lru_cache(maxsize=8)
def _FIRST_TEXT(body: str) -> int:
    """Offset of the first non-blank character of the body (where a dateline can stand)."""
    return len(body) - len(body.lstrip())


def _inside(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


_NO_END = float("inf")


def _inside_sorted(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """:func:`_inside` for spans in text order that do not overlap (quotations, URLs), by
    binary search: only the last span starting at or before ``start`` can hold the piece."""
    i = bisect_right(spans, (start, _NO_END)) - 1
    return i >= 0 and end <= spans[i][1]


def _blank_quotes(spans: tuple[tuple[int, int], ...], text: str, at: int) -> str:
    """``text`` (found at offset ``at`` of the body) with the characters inside the quotations
    ``spans`` (body offsets, in text order) made spaces: the same length, its offsets kept."""
    end = at + len(text)
    i = max(0, bisect_right(spans, (at, _NO_END)) - 1)
    out = None
    while i < len(spans) and spans[i][0] < end:
        qs, qe = spans[i]
        lo, hi = max(qs, at) - at, min(qe, end) - at
        if lo < hi:
            out = (out or text)
            out = out[:lo] + " " * (hi - lo) + out[hi:]
        i += 1
    return out if out is not None else text


def _drop(ctx: _Ctx, e: TimeExpression, reason: str, sent: Sentence | None) -> Dropped:
    return Dropped(article=ctx.article.id, expression=e, reason=reason, sentence=sent.text if sent else "",
                   sentence_start=sent.start if sent else -1)


_WORDS_RE = re.compile(r"[\w'’-]+")


def _may_hold(low: str, needle: str) -> bool:
    """Whether a lowercased text may hold ``needle`` (ASCII) for a pattern with IGNORECASE: it
    does, or it is not ASCII (where a character such as "ſ" or "ı" may match a letter of it)."""
    return needle in low or not low.isascii()


def _words_before(sentence: str, pos: int, n: int = 3) -> str:
    """The last ``n`` words of the 80 characters before ``pos``, lowercased."""
    lo = max(0, pos - 80)
    if pos - lo > 32:
        # Most often the last 32 characters hold more than n words: those after the first
        # (which may be cut) are the last words of the 80 too. ASCII: lowercased alike.
        near = sentence[pos - 32 : pos]
        if near.isascii():
            words = _WORDS_RE.findall(near.lower())
            if len(words) > n:
                return " ".join(words[-n:])
    return " ".join(_WORDS_RE.findall(sentence[lo:pos].lower())[-n:])


@lru_cache(maxsize=4096)
def _one_line(sentence: str) -> str:
    """The sentence with its blanks collapsed (once per sentence, not per date in it)."""
    return " ".join(sentence.split())


@lru_cache(maxsize=16384)
def _sent_has(pattern: re.Pattern[str], sentence: str, lower: bool = True) -> bool:
    """Whether ``pattern`` occurs in the (lowercased) sentence: once per sentence, not per date."""
    return pattern.search(sentence.lower() if lower else sentence) is not None


def _years_outside_quotes(ctx: _Ctx, sent: Sentence) -> list[int]:
    """The years written in ``sent`` outside quotation marks (once per sentence)."""
    key = ("years", sent.start, sent.end)
    got = ctx.memo.get(key)
    if got is None:
        s_text = sent.text
        outside = "".join(
            ch if not _inside_sorted(ctx.quotes, sent.start + i, sent.start + i + 1) else " " for i, ch in enumerate(s_text)
        )
        got = ctx.memo[key] = [int(y) for y in _rx(r"\b((?:19|20)\d\d)\b").findall(outside)]
    return got


def _expr_start(e: TimeExpression) -> int:
    return e.start


@lru_cache(maxsize=4096)
def _expr_traits(text: str) -> tuple[str, str, bool, bool, bool, bool, bool]:
    """What :func:`_filter` asks of an expression's own words (once per distinct wording:
    "Monday", "last year" recur): its lowercase, first word, and whether it names a fiscal
    period, a vague time, an unanchored "the day/the year", a holiday, or is deictic."""
    low = text.lower()
    words = low.split()
    return (
        low,
        words[0] if words else "",
        bool(_FISCAL.search(low) or _rx(r"\bfy\s?\d").search(low)),
        bool(_VAGUE.search(low)),
        bool(_rx(r"^(?:for |during |of )?the (?:day|week|month|year|season)$").match(low)),
        bool(_HOLIDAY.search(low)),
        bool(_DEICTIC.search(low)) or not (_HAS_YEAR.search(text) or _MONTH_NAME.search(low)),
    )


# Gated rule patterns (see _Gate; each needle list is checked against the pattern's alternatives).
_G_FISCAL = _Gate(_FISCAL, "fiscal", "fy", " year")
_G_NEGATION = _Gate(_NEGATION, "no", "never", "unable", "n't", "n’t")
#: A finite past verb of the date's own stretch of the clause ("who quit in January", "rain began
#: falling on Saturday"), for a negation outside it (", could not be reached", "and did not stop").
_SEGMENT_VERB = re.compile(
    r"\b(?:(?<!\bof )(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )[a-z]{3,}ed|began|met|took|won|held|signed|came|went|said|told|left|became|quit|fell|rose|broke|struck|"
    r"ran|led|sold|bought|paid|gave|made|lost|spoke|wrote|flew|drove|died|shut|hit|"
    # (eighteenth session: "froze its grants in September and has not yet restored them")
    r"froze|chose|drew|grew|threw|stole|sank|shook|fought|caught|brought|sought|built|sent|spent|kept|stood|found|"
    r"heard|fled|shot|withdrew|swore|tore|knew|saw)\b"
)
_SEGMENT_CUT = re.compile(r",\s+|;\s+|\s+(?:and|but)\s+")


def _own_stretch(clause_low: str, start: int, end: int) -> tuple[int, re.Match[str] | None, str]:
    """The date's own stretch of the clause, between the cuts (commas, semicolons, 'and', 'but')
    around ``start:end``: where it starts, the cut after it (None: the clause's end) and its words
    without the date's."""
    a = 0
    for m in _SEGMENT_CUT.finditer(clause_low, 0, start):
        a = m.end()
    m = _SEGMENT_CUT.search(clause_low, end)
    return a, m, clause_low[a:start] + " " + clause_low[end : m.start() if m else len(clause_low)]


_PLAN_PARTICIPLE = re.compile(r"\b(?:scheduled|planned|slated|set|due|expected|meant|supposed|billed|timetabled|earmarked|"
                              r"pencilled|penciled|intended|proposed|called|announced|booked|arranged|fixed|promised|"
                              r"rescheduled|postponed|delayed|cancelled|canceled|held|put)\b")


#: An aside relative clause's own act (after a comma): "who steps down", "which opened", "who
#: resigned"; not a state or a plan ("which is due", "who was", "which will be").
_ASIDE_ACT = re.compile(
    r"^\W*(?:who|which)\s+(?!(?:is|are|was|were|has|have|had|will|would|be|been|remains?|remained|could|may|might|should|must)\b)"
    r"(?:[a-z]+ly\s+)?[a-z]{3,}(?:s|ed)\b")


def _negation_elsewhere(clause_low: str, start: int, end: int) -> bool:
    """True when the date's own stretch of the clause (between commas, semicolons, 'and' or
    'but') tells a past act with no negation of its own, and the clause's negation lies in
    another stretch: "Pell, who quit in January, could not be reached"; "rain began falling on
    Saturday and did not stop"; an act's participle ("a second audit, ordered in 2023 and never
    finished"). Not a planned stretch or a plan's participle ("the match, scheduled for Saturday,
    was not played"): that one did not happen."""
    a, m, own = _own_stretch(clause_low, start, end)
    if _G_NEGATION.search(own):
        return False
    if (part := _rx(r"^\W*(?:[a-z]+ed|set|due|held|made|put|expected|meant|built|sold|bought|won|begun|given|taken)\b").match(own)):
        # a participle stretch: a plan's ("scheduled for Saturday, was not played") did not happen;
        # an act's ("a second audit, ordered in 2023 and never finished", "The MV Corran, built in
        # 1991, ... cannot return") did
        return not _PLAN_PARTICIPLE.search(part.group())
    if _SEGMENT_VERB.search(own) and not _PLANNED.search(own):
        return True
    if m is not None and m.group().startswith(",") and clause_low[:a].rstrip().endswith(",") and _ASIDE_ACT.match(own):
        # (eighteenth session) an aside relative clause telling an act of its own, in any tense
        # ("Varnagaard, who steps down as rector at the end of the year, will not be around to see
        # it"): the negation outside it is the main clause's; not a plan's aside ("The vote, which
        # is due on Tuesday, will not be held")
        return True
    # "passengers will be rebooked on Sunday and should not come to the airport": a plan with its
    # own finite verb, and the negation in a predicate coordinated after it, with its own auxiliary
    return bool(
        m and m.group().strip() in ("and", "but")
        and _NEGATED_PREDICATE.match(clause_low, m.end())
        and (_rx(r"\b(?:will|shall|would)\s+(?:be\s+)?[a-z]{3,}\b").search(own)
             # (twenty-fourth session) a plan in the present: "He expects to publish preliminary
             # findings in late October but will not be drawn on a cause"
             or _rx(r"^\W*(?:he|she|it|they|we|the\s+[a-z]+)\s+(?:expects?|plans?|intends?|aims?|hopes?)\s+to\s+[a-z]+").search(own))
    )


def _plan_of_own(clause_low: str, start: int, end: int) -> bool:
    """True when the date's own stretch of the clause (between commas, 'and', 'but') is a plan or
    a finite statement of its own, without the habit word of the clause: "the agency usually
    follows the panel's advice and is due to make its decision next month"."""
    a, _, own = _own_stretch(clause_low, start, end)
    return a > 0 and not _G_HABITUAL.search(own) and not _STAT_VERB.search(own) and bool(
        _rx(r"^\W*(?:is|are|was|were|will|would|has|have|had)\b").match(own) and _PLANNED.search(own)
    )


def _relative_date_main_negation(clause_low: str, start: int, end: int) -> bool:
    """(twenty-fourth session) The date inside a relative clause of a past act that opens before it,
    the clause's only negations after it with the main clause's auxiliary: "The reporters who voted
    no confidence in the deal last week are not sentimental", "The 12 sites that closed in November
    are not part of the deal"."""
    rel = None
    for rel in _RELATIVE_PAST.finditer(clause_low, 0, start):
        pass
    if rel is None or _G_NEGATION.search(clause_low, 0, start):
        return False
    neg = _NEGATION.search(clause_low, end)
    return neg is not None and _rx(r"\b(?:are|is|was|were|have|has|had|do|does|did|will|would|could|can)\s+\Z").search(
        clause_low, max(end, neg.start() - 12), neg.start()) is not None and _rx(r"[,;]").search(clause_low, rel.end(), start) is None


#: A relative pronoun and its past verb ("who voted", "that closed", "which sank").
_RELATIVE_PAST = re.compile(r"\b(?:who|that|which)\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|came|went|took|began|broke|fell|hit|struck|met|won|lost|"
                            r"ran|sank|died|left|shut|sold|bought|paid|made|gave|held|led|sent|wrote|spoke|flew|quit)\b")


def _negation_in_other_clause(clause_low: str, start: int, end: int) -> bool:
    """True when every negation of the clause belongs to another clause than the date's (round 17):
    a relative clause before the date's own past verb ("a database patch that was never tested
    caused the collapse in January"); a clause coordinated after the date's, which has a verb in
    the present ("presents his budget next week, and the signals are not encouraging"); or the date
    right after an affirmed past verb of a clause of its own ("the boats the government ordered
    last week", "the paper most students sat on June 9 never counted"). Not "did not meet on
    Tuesday", "never met on Tuesday", "had not reopened in May"."""
    negs = list(_NEGATION.finditer(clause_low))
    if not negs:
        return False
    before = [m for m in negs if m.end() <= start]
    after = [m for m in negs if m.start() >= end]
    # the date right after an affirmed past verb ("ordered last week", "sat on June 9")
    verb = _VERB_BEFORE_DATE.search(clause_low, max(0, start - 40), start)
    if verb is not None and _rx(r"\b(?:a|an|the|its|their|his|her|this|that)\s+\Z").search(clause_low, max(0, verb.start() - 8), verb.start()) and not (
            # (twenty-fourth session) "that" and a verb with its preposition is a relative clause: "The
            # 12 sites that shut on November 2 are not part of the deal"
            _rx(r"\s(?:on|in|at|during)\s+(?:the\s+)?\Z").search(verb.group()) and _rx(r"\bthat\s+\Z").search(clause_low, max(0, verb.start() - 8), verb.start())):
        verb = None  # a participle describing a noun, no verb ("A planned 1995 referendum ... never took place")
    if verb is not None and not _G_NEGATION.search(clause_low, max(0, verb.start() - 14), verb.start()) and not (
            before and before[-1].end() > verb.start() - 14):
        if not before or _RELATIVE_OR_SUBJECT.search(clause_low, before[-1].end(), verb.start()):
            return True
    # (a relative clause's negated verb, then the main clause's own past verb before the date:
    # "that was never tested caused ... in January"; not "which were not upgraded in 2020")
    negated_verb = _SEGMENT_VERB.search(clause_low, before[-1].end(), start) if before else None
    ok_before = all(_RELATIVE_NEGATION.search(clause_low, max(0, m.start() - 40), m.end()) for m in before) and (
        not before or negated_verb is not None and _SEGMENT_VERB.search(clause_low, negated_verb.end(), start) is not None)
    ok_after = not after or (
        (cut := _COORDINATED_CLAUSE.search(clause_low, end, after[0].start())) is not None
        and (_SEGMENT_VERB.search(clause_low[:start] + " " + clause_low[end:cut.start()]) or _PRESENT_ACT.search(clause_low, 0, start)))
    return ok_before and ok_after and (bool(before) or bool(after))


#: A past verb right before a date (through its preposition): "ordered last week", "sat on June 9".
_VERB_BEFORE_DATE = re.compile(
    r"\b(?:[a-z]{3,}ed|sat|met|took|won|held|signed|began|sold|bought|paid|made|lost|broke|struck|ran|led|built|sent|"
    r"gave|chose|drew|wrote|spoke|flew|shut|hit)\s+(?:(?:on|in|at|during|last|this)\s+)?(?:the\s+)?\Z")
#: Between a relative clause's negation and a later verb: a new subject or a main verb ("... that was
#: never tested caused", "... I will not pretend ... the boats the government ordered").
_RELATIVE_OR_SUBJECT = re.compile(r"\b(?:the|a|an|its|their|his|her|most|many|some|[a-z]+s)\s+[a-z]+")
#: A clause coordinated after the date's, with a subject of its own.
_COORDINATED_CLAUSE = re.compile(r"(?:,\s+|;\s+)(?:and|but|while|whereas)?\s*(?:the|a|an|its|their|his|her|he|she|they|it|we|i|"
                                 r"(?!(?:was|is|has|does|as|thus|this)\b)[a-z]+s)\b"
                                 # (seventeenth session) or a predicate of its own, negated, coordinated after the
                                 # date's: "take effect on October 1 and do not apply to this case"
                                 # (the negation itself lies past the search's end: the auxiliary only)
                                 r"|\s+(?:and|but)\s+(?=(?:do|does|did|will|would|can|could|should|is|are|was|were|has|have|had)\b)")
#: A verb in the present tense telling a scheduled act ("presents his budget next week").
_PRESENT_ACT = re.compile(
    r"\b(?:presents|meets|opens|starts|begins|holds|hosts|visits|travels|plays|faces|publishes|releases|announces|"
    r"launches|unveils|delivers|takes place|returns|resumes|reopens|closes|sits|votes|decides|rules|hears|"
    # (a rule's start: "New penalty rules take effect on October 1")
    r"takes? effect|comes? into (?:force|effect)|enters? into force)\b")


def _negation_of_embedded_subject(clause_low: str, start: int, end: int) -> bool:
    """True when the clause's only negation follows the date in a clause of its own, with a new
    pronoun subject ("the election due in the spring of 2027 looks like a date she might not
    reach"): it negates that clause, not the date's. Not "the vote in 2027 will not take place"."""
    if _G_NEGATION.search(clause_low[:start]):
        return False
    tail = clause_low[end:]
    m = _G_NEGATION.search(tail)
    return bool(m) and _EMBEDDED_SUBJECT.search(tail, 0, m.start()) is not None and not _G_NEGATION.search(tail[m.end() :])


#: A pronoun subject with an optional auxiliary, just before a negation ("a date she might not reach").
_EMBEDDED_SUBJECT = re.compile(r"\s[a-z]+\s+(?:that\s+|which\s+)?(?:he|she|they|we|i|you)\s+(?:[a-z]+\s+)?(?:[a-z]+n['’]t|\Z)")


#: A negated predicate with its own auxiliary, coordinated after the date's ("... and should not come").
_NEGATED_PREDICATE = re.compile(
    r"(?:should|must|will|would|shall|can|could|may|did|do|does)\s*(?:not\b|n['’]t\b)|(?:won|can|didn|don|doesn|shouldn|mustn)['’]t\b"
)
#: A subordinator that opens a clause of its own ("has not lifted since the border shut on Sunday").
_SUBCLAUSE_OPENER = re.compile(r"\b(?:since|after|when|because|once|before|until)\b")


def _negation_outside_subclause(sentence: str, clause_low: str, c0: int, start: int, end: int) -> bool:
    """True when the clause's negation lies before a subordinator (since, after, when, because,
    once, before, until) and the date is in the clause that subordinator opens, with a past verb
    of its own and no negation: "a barrier that has not lifted since the border shut on Sunday"
    (the border did shut on Sunday). After "since", an event noun with the date is enough: "the
    road has not reopened since the landslide on Sunday" (there was a landslide on Sunday).
    ``start``/``end``: the date's offsets in the clause; ``c0``: the clause's offset in ``sentence``."""
    m = None
    for m in _SUBCLAUSE_OPENER.finditer(clause_low, 0, start):
        pass
    if m is None or not _G_NEGATION.search(clause_low[: m.start()]) or _G_NEGATION.search(clause_low[m.end() :]):
        return False
    cut = _SEGMENT_CUT.search(clause_low, end)
    sub = clause_low[m.end() : start] + " " + clause_low[end : cut.start() if cut else len(clause_low)]
    if _SEGMENT_VERB.search(sub):
        return True
    if m.group() != "since":
        return False
    noun = _EVENT_NOUN_BEFORE.search(sentence, c0 + m.end(), c0 + start)
    return noun is not None and not sentence[c0 + m.end() : noun.start()].strip()
_G_COMPARISON = _Gate(_COMPARISON, "year", "compared", "normal", "average", "from", "than", "highest", "lowest", "record")
#: A verdict's or a plea's "not" ("found not guilty", "pleaded not guilty"): no negation of the act.
_VERDICT_NOT = re.compile(r"\bnot\s+(?:guilty|proven|liable|responsible)\b"
                          # (twenty-fourth session) a vote of no confidence is a vote; an instruction
                          # not to do something is given ("phoned to tell him not to come back")
                          r"|\bno[ -]confidence\b"
                          r"|\b(?:tell|told|telling|asked|asking|asks|urged|urging|urges|warned|warning|advised|advising|ordered|instructed|reminded)"
                          r"\s+(?:[a-z]+\s+){0,2}?not\s+to\b")
#: A negation inside a relative clause of a person ("fans who cannot attend", "Residents who are not
#: yet on the roll must register by February 27"): the relative's, not the clause's.
_WHO_NOT = re.compile(r"\bwho\s+(?:(?:are|is|was|were|do|does|did|have|has|had|can|could|will|would)\s+)?(?:not|never|cannot|can['’]t|don['’]t|doesn['’]t|didn['’]t|won['’]t)\b")
_MAIN_AFTER_WHO = re.compile(r"\b(?:must|will|should|can|may|need|needs|have to|has to|are|is)\b")
#: A figure a survey reports, in words ("half of the residents", "a third said", "most voters").
_SURVEY_FIGURE = re.compile(r"\b(?:half|a third|two thirds|a quarter|three quarters|most|majority|minority|per cent|percent)\b", re.I)
#: An opinion poll told carried out right before its dates ("Our poll of 1,012 adults, carried out from"),
#: its share after them ("found 67% support"): not a survey of a building.
_SURVEY_DONE_BEFORE = re.compile(r"\b(?:poll|polling|fieldwork|survey of [\d,]+)\b[^.;]{0,60}?\b(?:carried out|conducted|taken|done|run)\s+"
                                 r"(?:from|between|on|over|in)?\s*\Z", re.I)
_G_SURVEY = _Gate(_SURVEY, "survey", "poll", "census", "conducted", "fieldwork", "sample", "respondents")
_G_STATE = _Gate(_STATE, "is ", "was ", "were ", "are ", "been ", "remain", "stood at", "serve", "live", "belong", "existed", "owned",
                 "looked ", "seemed ", "looks ", "seems ", " worth")
_G_ORIGINAL = _Gate(_ORIGINAL, "original", "scheduled", "planned", "set", "slated", "due", "expected")
_G_ORIGINALLY = _Gate(
    # ("The report had first been promised for the summer": first planned, then later)
    re.compile(r"\b(?:originally|initially|previously|earlier|first)\s+(?:\w+\s+)?(?:scheduled|planned|set|slated|due|expected|promised)\b"),
    "scheduled", "planned", "set", "slated", "due", "expected", "promised",
)
#: A past plan's words: "was to", "were supposed to", "had been scheduled to" (after was/were/had been).
_PLAN_TO = r"(?:originally\s+|initially\s+)?(?:to|supposed to|meant to|due to|set to|scheduled to|expected to)"
_G_MEANT_TO = _Gate(
    # (seventeenth session: "had intended to re-tender the routes in 2021 but extended the contract instead")
    re.compile(r"\b(?:was|were|had been)\s+" + _PLAN_TO + r"\b|\bhad\s+(?:intended|planned|hoped|meant|wanted|aimed)\s+to\b"),
    "was", "were", "had been", "had",
)
#: A past plan's words that tell the plan, not the act ("were due to move in", "was meant to come
#: off", "were supposed to open"): see :func:`_filter`.
_PAST_PLAN_WORDS = re.compile(r"\b(?:was|were|had been)\s+(?:originally\s+|initially\s+)?(supposed|meant|due)\s+to\s+(?!have\b)")
#: "It was to have reopened on November 1", "were supposed to have finished by May": a perfect
#: infinitive after a past plan tells the plan did not come about (no event on its date).
_UNREALISED_PLAN = re.compile(r"\b(?:was|were)\s+" + _PLAN_TO + r"\s+have\s+(?:been\s+)?[a-z]+\b[^.;]{0,40}$")
#: A plan's participle right before its date ("planned for", "scheduled for", "pencilled in for").
_PLAN_FOR = re.compile(r"\b(?:planned|scheduled|pencill?ed in|set|slated|earmarked|due)\s+(?:for|on)\s+(?:the\s+)?$"
                       # (twentieth session) an appositive plan's infinitive: "A speed camera, due to be installed in"
                       r"|,\s*(?:due|scheduled|planned|set|slated)\s+to\s+be\s+[a-z]+\s+(?:in|on|by)\s+(?:the\s+)?$")
#: A main clause right after a plan's aside telling the plan did not come about (", was not played",
#: ", never took place", ", did not go ahead"); not ", will not be open to the public".
_PLAN_NOT_DONE_AFTER = re.compile(
    r",\s+(?:but\s+)?(?:(?:was|were|has|have|had|is|are|will|would|did|does|do)\s+(?:not|never)|never|(?:was|were|is|are)n['’]t|"
    r"(?:did|has|have|had|does|do|would)n['’]t|won['’]t)\s+(?:be(?:en)?\s+|yet\s+)?(?:played|held|staged|completed|finished|opened|"
    r"started|begun|happen(?:ed)?|take place|took place|go ahead|went ahead|run|built|carried out|released|published|"
    r"launched|start|begin|open(?!\s+to\b)|come|came|arrive[sd]?|materiali[sz]ed?|installed|sent|submitted|delivered|"
    # (twentieth session: "was never formally submitted")
    r"(?:formally|actually|ever)\s+[a-z]+ed)\b")
#: The plan given up, right after its date ("... has been cancelled", "... but was pushed back", "...
#: but was never carried out").
_CALLED_OFF_AFTER = re.compile(
    r"[^.;:]{0,40}?\b(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:now\s+)?(?:cancell?ed|called off|scrapped|postponed|"
    r"pushed back|put off|delayed|moved|brought forward|dropped|abandoned|never\s+[a-z]{3,})\b")
_G_CALLED_OFF = _Gate(
    re.compile(
        r"\b(?:called off|cancell?ed|scrapped|postponed|delayed|put off|abandoned)\s+(?:the|its|his|her|their|a|this|next|"
        r"planned|scheduled|[a-z]+['’]s)?\s*(?:planned\s+|scheduled\s+)?$"
        # (twenty-fourth session) "suspended" with its object only: "was suspended last week" tells
        # the suspending (a reporter, a share, a player), no happening called off
        r"|\bsuspended\s+(?:the|its|his|her|their|a|this|next|planned|scheduled|[a-z]+['’]s)\s*(?:planned\s+|scheduled\s+)?$"
    ),
    "called off", "cancel", "scrapped", "postponed", "delayed", "suspended", "put off", "abandoned",
)
_G_COUNT = _Gate(
    re.compile(r"\b(?:had|has|have|employed|counted|numbered|held)\s+(?:just\s+|only\s+)?(?:over|under|about|around|nearly|almost|more than|fewer than|less than|some|roughly)?\s*\$?\d"),
    "ha", "employed", "counted", "numbered", "held",
)
_DIGIT = re.compile(r"\d")
_APOSTROPHES = ("'", "’")
#: A deliverable promised or ordered for a deadline ("has promised an independent audit by the end
#: of June", "ordered a review by March"): a planned event. A goal with a verb ("promised to cut
#: emissions by 2030", "pledged to settle claims by") is not: no "to" before "by"; nor is a figure
#: ("promised a 50% cut by 2030"): no digit either.
_G_DELIVERABLE = _Gate(
    re.compile(r"\b(?:promised|pledged|ordered|commissioned|scheduled|promises|pledges|orders|promise|pledge)\s+"
               r"(?:an?|the|its|their|his|her)\s+(?:[a-z-]+\s+){0,4}by\s*$"),
    "promise", "pledge", "order", "commissioned", "scheduled",
)
#: A planned act of an office with a deadline ("said it would report by the end of the year",
#: "intends to publish an interim report by the end of July", "a decision is expected by the end
#: of March"): the act (report, publish, decide, rule) is a planned event of that period. A
#: forecast of a state ("emissions will fall by 2030", "to be completed by 2030") is no such act.
_PLANNED_ACT_BY = re.compile(
    r"\b(?:will|would|shall|to|must)\s+(?:report|publish|decide|rule|deliver (?:its|an?|the|their)(?: interim| final| full| first| initial)? (?:report|findings|verdict|ruling|decision)"
    # an inquiry's own end ("expected to complete its review by the end of June")
    r"|(?:complete|finish|conclude) (?:its|the|their|his|her) (?:review|inquiry|investigation|assessment|audit|study))"
    r"(?:\s+(?:on|its|their|his|her|the|an?|full|final|interim|initial|first|findings|report|decision|ruling|verdict|"
    r"recommendations|conclusions|incident|it|them|[a-z]+['’]s|proposals|plans?|to\s+(?:the\s+)?[a-z]+)){0,5}\s+by\s*$"
    # (nineteenth session) a name given, a check finished: "will name a mediator by Wednesday",
    # "finish checking the corrected signatures by Thursday"
    r"|\b(?:will|would|shall|to|must)\s+(?:name|appoint|choose|select)\s+(?:an?|the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}by\s*$"
    # (twenty-first session) a one-off act of an office, its object any words of its clause: "will
    # vote on it by March 26", "will publish a full resource estimate by September", "would rule on
    # all of them by Friday", "is due to publish final results by Thursday"
    r"|\b(?:will|would|shall|to|must)\s+(?:vote|publish|rule|release|issue|sign|submit|announce|close|respond|file|conclude|lodge)\s+(?:[\w'’-]+\s+){0,6}?by\s*$"
    r"|\b(?:complete|finish|conclude)\s+[a-z]+ing\s+(?:[a-z-]+\s+){0,4}by\s*$"

    r"|\b(?:an?|the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}(?:decision|ruling|verdict|report|findings)"
    r"(?:\s+(?:on|about|into|in)(?:\s+[\w'’-]+){1,3})?\s+(?:is|are|was|were|will be)\s+(?:expected|due)\s+by\s*$"
    # (eighteenth session) "Results from the laboratory are expected by Friday"
    r"|\b(?:test |laboratory |lab )?results(?:\s+(?:of|from)(?:\s+[\w'’-]+){1,3})?\s+(?:is|are|will be)\s+(?:expected|due)\s+by\s*$"
    # "its interim report will be published by the end of February"
    r"|\b(?:an?|the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}(?:decision|ruling|verdict|report|findings)\s+"
    r"(?:will|would|is to|are to)\s+be\s+(?:published|released|issued|delivered|presented|announced|handed down)\s+by\s*$"
    # a review commissioned with its deadline ("an independent structural review ..., to be completed by 31 January")
    r"|\b(?:review|inquiry|investigation|assessment|audit|study)\b[^.;:]{0,80}?\bto be (?:completed|finished|delivered|published)\s+by\s*$"
    # a payment promised by a date ("compensation payments of 60 euros will be made by the end of September")
    r"|\b(?:payments?|refunds?|compensation)\b[^.;:]{0,60}?\b(?:will|would|is to|are to)\s+be\s+(?:made|paid|issued|sent)\s+by\s*$"
)
#: A one-off act told in the future passive before "by" ("a radar-based detection system will be
#: installed by September", "cameras will be removed by the end of March"): kept by a month or a
#: day, not by a year ("the empty elephant house will be demolished by the end of the year": a goal).
_PASSIVE_ACT_BY = re.compile(
    r"\b(?:will|would|is to|are to)\s+be\s+(?:retired|installed|removed|named|appointed|demolished|decommissioned|unveiled|"
    r"launched|switched off|taken down|dismantled)\s+by\s*$")
#: A deal's completion expected by a day ("it expects completion by April 1", "expects the sale to
#: close by March 31"): the completion is a planned event of that day.
_COMPLETION_BY = re.compile(
    r"\b(?:expects?|expected|expecting)\s+(?:(?:the\s+)?(?:deal|sale|takeover|merger|acquisition|transaction|purchase)\s+)?"
    r"(?:completion|closing|to (?:close|complete|be completed))\s+by\s*$"
)
#: A date named, in apposition, as the deadline itself: "by August 14, the last day allowed".
_DEADLINE_APPOSITION = re.compile(r",\s+(?:the|its|their|his|her)\s+(?:(?:last|final|closing)\s+(?:day|date)|(?:[a-z-]+\s+)?deadline)\b")
#: An apposition naming an opening date again: "In 2021, the last full year before the collapse, ".
_OPENING_APPOSITION = re.compile(r",\s+(?:the|a|an|its|their)\s+[^,;:.\"“”]{3,60},\s+(?=\w)")
#: "take effect in September", "comes into force in May": when a change starts.
_G_TAKES_EFFECT = _Gate(
    re.compile(r"\b(?:takes?|took|taking) effect(?: in| on| from)?$|\b(?:comes?|came|coming) into (?:force|effect)(?: in| on| from)?$"),
    "effect", "force",
)
#: A figure's report ("reported a 3% fall in first-quarter revenue earlier this month").
_G_REPORTED = _Gate(re.compile(r"\b(?:reported|announced|published|posted|released)\b"), "reported", "announced", "published", "posted", "released")
#: The period of a figure itself: "first-quarter revenue", "a 3% fall in (2025)".
_FIGURE_NEXT = re.compile(r"^[\s-]*(?:[a-z-]+\s+)?(?:revenues?|sales|profits?|earnings|output|growth|results|turnover|figures|data|income|loss(?:es)?)\b")
_FIGURE_BEFORE = re.compile(r"\d[\d,.]*\s*(?:%|per ?cent|percent)?\s+(?:[a-z-]+\s+){0,3}(?:in|for|during)\s+\Z")
#: A figure's source: "28% of children were overweight, according to the national health survey".
_G_ACCORDING = _Gate(
    re.compile(r"\baccording to\b[^.;]{0,60}\b(?:survey|data|figures|statistics|census|poll|estimates)\b"), "according to"
)
#: A yes/no question ("Q: Will you vote for another cut in March?") reports nothing.
_YES_NO_QUESTION = re.compile(
    r"^\W*(?:q\s*[:.-]\s*)?(?:will|would|shall|should|could|can|do|does|did|is|are|was|were|has|have|had|"
    r"won['’]t|isn['’]t|aren['’]t|didn['’]t|doesn['’]t|don['’]t)\s", re.I,
)
#: A live blog's sign-off, after an optional entry stamp: "13:10 That's all from us today".
_SIGN_OFF = re.compile(
    r"^\W*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{3}\b)?\W*)?(?:that['’]s (?:all|it)|that is (?:all|it)|"
    r"thanks? (?:you )?for (?:following|reading|joining|watching|listening)|we['’]ll be back|we will be back|"
    r"we['’]re (?:closing|pausing|ending|wrapping)|we are (?:closing|pausing|ending|wrapping))\b", re.I,
)
#: A newsletter's or round-up's own furniture: its welcome line ("Welcome to Mountain Week, our
#: Friday letter on ..."), its self-description ("Our round-up of the stories that mattered this
#: week"); and a day naming an issue ("our Friday letter", "the Sunday edition").
_FURNITURE_LINE = re.compile(
    # a newsletter's own words for itself ("In this newsletter", "Our round-up of ...")
    r"^\W*(?:welcome to\b[^.;:]{0,60}?,\s+)?(?:this is\s+|in\s+)?(?:our|this)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:newsletter|round-?up|digest|recap|review of the week)\b"
    # a letter, briefing or bulletin only as a periodical ("our Friday letter", "Welcome to ..., our
    # letter on ..."), not "In this letter, the school said" or "Our letter to the council"
    r"|^\W*(?:this is\s+|in\s+)?(?:our|this)\s+(?:[\w-]+\s+){0,2}?(?:weekly|daily|monthly|morning|evening|weekend|week['’]s|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:letter|briefing|bulletin)\b"
    r"|^\W*welcome to\b[^.;:]{0,60}?,\s+(?:our|this)\s+(?:[\w-]+\s+){0,3}?(?:letter|briefing|bulletin)\b"
    # a greeting to the issue itself ("Good morning, and welcome to this week's Harbour Notes") and a
    # briefing's opening promise ("Here is what you need to know this week")
    r"|^\W*(?:good (?:morning|afternoon|evening)[.,!]?\s+(?:and\s+)?)?welcome (?:back\s+)?to\s+(?:this week|this month|today)['’]s\s"
    r"|^\W*(?:here is|here's|here are)\s+(?:what you need to know|what (?:happened|mattered)|the (?:news|stories|headlines))\b", re.I,
)
_FURNITURE_PERIOD = re.compile(r"^(?:this|the past|the last)\s+(?:week|month|fortnight)$|^today$")
_OUR_ISSUE = re.compile(r"\b(?:our|this)\s+\Z", re.I)
_ISSUE_NOUN = re.compile(
    r"\s+(?:morning\s+|evening\s+)?(?:letter|newsletter|round-?up|digest|briefing|bulletin|edition|column|podcast|email|e-mail|"
    r"dispatch|recap|wrap)\b", re.I,
)
#: A heading line that is only a deictic time ("THIS WEEK", "Next week:"): a section of a newsletter.
_HEADING_TIME = re.compile(r"^[\s#*_>|-]*(?:this|next|last|the)\s+(?:week|month|weekend)|^[\s#*_>|-]*(?:today|tonight|tomorrow)", re.I)
#: A habit, not one happening: "the storm season, which normally peaks in late October".
_G_HABITUAL = _Gate(
    re.compile(r"\b(?:normally|usually|typically|traditionally|customarily|routinely|ordinarily|tends? to|tended to)\b"),
    "normally", "usually", "typically", "traditionally", "customarily", "routinely", "ordinarily", "tend",
)
#: "the board still talks as if it were 2023": a comparison with another time.
_G_AS_IF = _Gate(re.compile(r"\bas (?:if|though)\b[^,;.]{0,30}$"), "as if", "as though")
#: "A picture ... was described as showing the 1968 occupation": what a picture shows.
_G_PICTURE = _Gate(
    re.compile(r"\b(?:described as|captioned|identified as|labell?ed as|shown as)\b[^.;,]{0,60}$"),
    "described as", "captioned", "identified as", "labelled as", "labeled as", "shown as",
)
#: When a picture was taken: "(photo, 2019", "(file picture from", "a photograph of the glacier snout from"
#: (and "beside one from" after it; a year only: "an image from last Friday" may be the story's own act).
_PHOTO_DATE = re.compile(r"\((?:file\s+)?(?:photo|picture|image)s?\b[^()]{0,40}\Z"
                         r"|\b(?:photo(?:graph)?s?|pictures?)\s+(?:of|showing)\b[^.;()]{0,70}\bfrom\s+\Z", re.I)
#: A reading or a figure of a day, told with the day's possessive: "Tuesday's temperature", "Monday's rainfall".
_MEASURE_OF_DAY = re.compile(r"['’]s\s+(?:(?:high|low|peak|maximum|minimum|average|official|closing|record)\s+)?"
                             r"(?:temperatures?|readings?|rainfall|snowfall|turnout|high|low|close|closing price|figures?)\b")
#: Markets' or forecasters' expectations ("Markets now expect only one more cut this year", "Bond
#: traders are betting on two further cuts in the first quarter of 2027"): a forecast.
_G_MARKET = _Gate(
    re.compile(r"\b(?:markets?|traders|investors|economists|analysts|forecasters|futures)\s+(?:\w+\s+){0,2}"
               r"(?:expect|expected|anticipate|predict|forecast|see|are betting|were betting|bet|are pricing|price|priced|pricing)\b"),
    "market", "traders", "investors", "economists", "analysts", "forecasters", "futures",
)
#: A report's or forecast's trend ("shows the economy shrinking in the current quarter").
_G_TREND = _Gate(
    re.compile(r"\b(?:shows?|showed|sees?|saw|projects?|projected|forecasts?|predicts?|predicted|expects?|expected)\s+"
               r"(?:[\w-]+\s+){0,3}(?:shrinking|growing|contracting|expanding|rising|falling|slowing|declining|"
               r"increasing|decreasing|recovering|accelerating|stagnating)\b"),
    "show", "see", "saw", "project", "forecast", "predict", "expect",
)
#: "the first launch since a rocket failure in March 2024": the date dates the event noun
#: phrase after "since" (a few words, no verb), whatever state the main clause describes.
#: What a season names when it qualifies a recurring round ("the autumn budget round").
_SEASON_PREPS = frozenset("in during by until till since over through throughout from for before after until of on at".split())
#: A noun right after a bare season: "the autumn harvest", "the summer season" (not a verb, a preposition, a clause).
_SEASON_NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|in|on|at|to|for|and|or|but|when|while|as|with|after|before|is|was|were|are|will|would|has|had|have|"
    r"the|a|an|this|that|it|he|she|they|we|its|their|his|her|last|next|also|saw|brought|came|began)\b)[a-z-]{3,}\b(?![\w'’])")
_SEASON_ROUND = re.compile(
    r"\s*(?:budget|spending|session|sitting|term|semester|statement|round|window|conference|collection|timetable|schedule)\b"
)
#: A total over a place or all records ("38 aid workers were abducted worldwide last year").
_SCOPE_TOTAL = re.compile(r"\b(?:worldwide|globally|nationwide|across the (?:country|world|region|continent)|in total|altogether|on record)\b")
_G_SCOPE_TOTAL = _Gate(_SCOPE_TOTAL, "worldwide", "globally", "nationwide", "across the ", "in total", "altogether", "on record")
#: A concession before a date ("Whatever happens in October, ...", "no matter what is decided on Friday").
_WHATEVER = re.compile(
    r"\b(?:whatever|whichever|no matter what)\s+(?:happens|is decided|they decide|(?:the|its|their)\s+[a-z]+\s+decides?)\s+(?:in|on|at)?\s*\Z",
    re.IGNORECASE,
)
#: A decision not to act ("decided not to appeal", "voted not to strike").
_DECIDED_NOT = re.compile(r"\b(?:decide[sd]?|deciding|decision|chose|choose|chooses|choice|voted?|votes|agreed?|agrees|opted|opts|resolved?|vowed|pledged|promised)(?:\s+[\w,]+){0,3}?\s+not to\b")
#: A past perfect done by a date ("most services had returned by Tuesday evening").
_PAST_BY = re.compile(
    r"\bhad\s+(?:been\s+|all\s+|largely\s+|mostly\s+)?(?:[a-z]{3,}ed|come|gone|begun|risen|fallen)\s+by\s*\Z"
    # a passive past done by then ("Supply was restored to most customers by early Tuesday"; not a plan's participle)
    r"|\b(?:was|were)\s+(?:largely\s+|mostly\s+|fully\s+)?(?!(?:expected|scheduled|planned|supposed|due|set|slated|promised|forecast|"
    r"predicted|required|asked|told|ordered|urged|advised|needed)\b)[a-z]{3,}ed\s+"
    r"(?:(?!be\b|to\s+(?!(?:most|all|the|a|an|its|their|his|her|some|many|about|around|nearly|\d)\b))[\w'’-]+\s+){0,4}?by\s*\Z")
_SINCE_EVENT = re.compile(r"\bsince\s+(?:(?:an?|the|its|their|his|her)\s+|[a-z]{3,}ing\s+)(?:[\w-]+\s+){0,3}(?:in|on|of)\s+\Z"
                          # "since the University of Velden was founded in 1891": a since-clause whose
                          # own verb, just before the date, tells the happening the date dates
                          r"|\bsince\s+(?:[\w'’-]+\s+){1,6}(?:was|were)\s+[a-z]{3,}(?:ed|en|wn|ilt|un)\s+(?:in|on)\s+\Z")


#: A bare clock time ("13:30", "9.05am", "10:15 GMT"), and what may precede one that opens a
#: line (blanks and list, heading or emphasis markup): a live blog's entry stamp.
#: "When the ferry sank on March 9, it was the oldest in the fleet": a 'when'-clause with an
#: event verb just before the date tells the event, whatever state the main clause describes.
_WHEN_VERB = (  # the past verb of a when-clause's event
    r"\bwhen\s+(?:[\w'’-]+\s+){1,6}?(?:(?!(?:was|were|had|has|have|been|being|is|are)\b)[a-z]{3,}ed|sank|sunk|struck|fell|"
    r"broke|began|hit|died|won|lost|left|came|went|shot|stole|burned|burnt|blew|drove|flew|ran|rode|froze|shook|tore|"
    r"caught|fought|took|gave|met|sold|bought|built|led|quit|spoke|wrote|swept|threw|brought)"
)
_WHEN_EVENT = re.compile(_WHEN_VERB + r"\s+(?:on|in|at|during)?\s*\Z", re.IGNORECASE)
#: "since 2021, when a cooling failure took a site offline": the when-clause after the date tells its event.
_SINCE_WHEN = re.compile(r",\s+" + _WHEN_VERB + r"\b")
#: A past participle right before an expression, after a noun ("the men rescued | the morning after").
_PARTICIPLE_BEFORE = re.compile(r"\b(?!(?:be|been|being|was|were|is|are|will|would|to)\s)[a-z]+s?\s+([a-z]{3,}ed)\s+\Z")
#: A deadline to act: "customers have until the end of the month to claim refunds".
#: "its lowest level since records began in 1911": the year records start, a ranking's baseline.
_RECORDS_BEGAN = re.compile(
    r"\bsince\s+(?:the\s+)?(?:(?:official|reliable|modern|national|regular|systematic)\s+)?(?:records?|record-keeping|record keeping|"
    r"measurements?|observations|readings|monitoring|data collection|counts?|statistics)\s+(?:were\s+first\s+[a-z]+|(?:first\s+)?"
    r"(?:began|begun|started|begin|start))\s+(?:in|on)?\s*\Z", re.IGNORECASE)
#: "The gauge read 78 centimetres on Monday morning": a measurement read off an instrument, a state.
_READING = re.compile(
    r"\b(?:read|reads|reading|registered|registering|measured|measuring|showed|shows)\s+(?:just\s+|only\s+|about\s+|around\s+|"
    r"nearly\s+|almost\s+|barely\s+|some\s+|more than\s+|less than\s+|under\s+|over\s+|a (?:record|low|high) of\s+)?[-−]?\d[\d,.]*\s*"
    r"(?:(?:centi|milli|kilo)?met(?:re|er)s?\b|cm\b|mm\b|km\b|m\b|feet\b|foot\b|ft\b|inches\b|degrees\b|°|knots\b|hectopascals\b|hpa\b|"
    r"millibars?\b|bars?\b|psi\b|ppm\b|decibels\b|db\b|microsieverts\b|sieverts\b|volts\b|kph\b|mph\b|km/h)")
_G_READING = _Gate(_READING, "read", "register", "measur", "show")
#: "decide whether to call further strikes in", "asked whether the plant would close in": a question still open.
_WHETHER = re.compile(
    r"\bwhether\s+(?:or not\s+)?(?:to\s+[a-z]+|(?:[\w'’-]+\s+){1,4}?(?:will|would|should|can|could|might|may|is to|are to)\s+[a-z]+)"
    r"\b[^,;:.!?\"“”]{0,70}\Z")
_HAVE_UNTIL = re.compile(r"\b(?:has|have|had|given|get|gets)\s+until\s+\Z")
_BETWEEN_CLOCKS = re.compile(r"\bbetween\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s+and\s+\Z", re.IGNORECASE)
#: A number that names a thing ("In study 2031, a smaller trial", "flight 2046", "Article 2010").
#: Digit groups just before a four-digit "year" make it the end of a phone or account number
#: ("call 0800 412 2026", "+44 20 7946 2019"): a leading 0 or +, or two groups of three or more.
_NUMBER_GROUPS_BEFORE = re.compile(r"(?:(?:\+\d{1,3}|\b0\d{1,4}|\(0\)\s?\d{1,4})[ -](?:\d{2,4}[ -])*|\b\d{3,4}[ -]\d{3,4}[ -])\Z")
#: A serial number or a code told by how it begins ("serial numbers beginning 2024 or 2025").
_SERIAL_BEFORE = re.compile(r"\b(?:serial|batch|lot|model|part|product|registration|reference)\s+(?:numbers?|codes?|nos?\.?)\s+"
                            r"(?:that\s+)?(?:begin(?:s|ning)?|start(?:s|ing)?|end(?:s|ing)?)\s+(?:with\s+)?(?:\d{4}\s+or\s+)?\Z", re.I)
#: (twenty-third session) The last digits of an account, a card or a number: "an account ending 2044",
#: "a card ending in 2019", "the phone number ending with 2025".
_ENDING_DIGITS = re.compile(r"\b(?:accounts?|cards?|numbers?|phones?|mobiles?|IBANs?|policy|policies)\s+(?:numbers?\s+)?"
                            r"(?:that\s+)?(?:end(?:s|ed|ing)?)\s+(?:in\s+|with\s+)?\Z", re.I)
#: (twenty-third session) A count joined to its noun: "1850-bed towers", "a 2000-seat hall", "the 1200-strong workforce".
_COUNT_COMPOUND = re.compile(r"-(?:beds?|seats?|seater|homes?|rooms?|pages?|members?|acres?|hectares?|miles?|kilometres?|km|"
                             r"tonnes?|tons?|strong|units?|houses?|flats?|places?|pupils?|students?|workers?|jobs?|"
                             r"vehicles?|cars?|berths?|cells?|screens?|storey|metres?|feet|foot|capacity|person|pound|word)\b", re.I)
#: "a stopgap budget for 2026", "spending plans for 2027": the period a figure covers.
_BUDGET_FOR = re.compile(r"\b(?:budgets?|accounts|forecasts?|targets?|spending plans?|allocations?|quotas?|estimates|"
                         # (twentieth session) "Its cyber self-assessment for 2023 rated backups amber"
                         r"(?:self-)?assessments?|annual reports?|audits?|returns?|"
                         # (twenty-third session) "Its advice for 2027 is due in the autumn": the catch a quota covers
                         r"(?:scientific\s+)?advice|guidance|(?:catch\s+)?limits?|allowances?)\s+for\s+\Z", re.I)
#: A year right after a capitalised name and before a lowercase noun: "the Velsund 2028 culture bid".
_NAME_BEFORE_YEAR = re.compile(r"(?<![.!?:;]\s)\b([A-Z][a-z]+)\s\Z")
_WORD_AFTER_NAME_YEAR = re.compile(
    r"\s+(?!(?:and|or|but|when|as|in|on|at|to|for|with|by|of|the|was|were|is|are|has|had|have|will|would|said|after|"
    r"before|until|since|that|which|who|from|than|then|while|because|if)\b)[a-z]{3,}\b")
_NUMBER_LABEL = re.compile(
    r"\b(?:study|trial|flight|route|model|article|section|room|bus|line|exhibit|item|code|case|form|resolution|bill|"
    r"motion|platform|gate|ward|unit|number|no\.|grade|batch|lot|chapter|clause|regulation|directive|highway|road|"
    r"paragraph|protocol|patient|test|cohort|train|vessel|car|bib|shirt|jersey)\s+\Z", re.IGNORECASE
)
#: "marking the second-biggest loss of 2007", "the hottest day of the year": a rank in a period.
_SUPERLATIVE = (
    r"(?:(?:second|third|fourth|fifth)-)?(?:biggest|largest|smallest|worst|best|highest|lowest|deadliest|hottest|coldest|"
    r"wettest|driest|strongest|weakest|busiest|fastest|slowest|longest|shortest|greatest|heaviest|sharpest|steepest|"
    r"warmest|coolest|sunniest|snowiest|windiest|stormiest|mildest|quietest|"
    r"most|least)"
)
#: The period itself ranked ("July was the hottest month since records began", "2025 became the
#: busiest year on record"): a statement about the period, not an event in it.
_RANKED_PERIOD = re.compile(
    r"\s*(?:was|is|has been|had been|became|will be|could be|is set to be|looks set to be)\s+(?:the\s+|its\s+|their\s+)?"
    + _SUPERLATIVE + r"\s+(?:[\w-]+\s+){0,2}(?:day|week|month|year|season|summer|winter|spring|autumn|quarter|period)\b",
    re.IGNORECASE,
)
#: "had its warmest June on record", "the busiest August ever": a period ranked among its kind, not a date.
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|a)\s+" + _SUPERLATIVE + r"\s+\Z", re.IGNORECASE)
_RECORD_AFTER = re.compile(r"\s*(?:on record|ever\b|since records began|in (?:a |\d+ |[a-z]+ )?(?:years|decades)\b)")
#: "Last year, the islands recorded their heaviest rainfall on record": a record set over a period.
_RECORD_IN_PERIOD = re.compile(
    r"\b(?:recorded|saw|had|posted|reported|suffered|logged|experienced|registered)\s+(?:the|its|their|a)\s+" + _SUPERLATIVE
    + r"\s+(?:[\w-]+\s+){0,2}(?:on record|since records began|in (?:a |\d+ |[a-z]+ )?(?:years|decades|century))")
_RANKING = re.compile(
    r"\b" + _SUPERLATIVE + r"\s+(?:[\w-]+\s+){0,3}of\s+(?:the\s+)?\Z"
    # "passes Best Buy for the No. 2 U.S. music retailer in 2007"
    r"|\bno\.\s*\d+\s+(?:[\w.-]+\s+){0,4}(?:in|of|for)\s+\Z", re.IGNORECASE
)
#: The words _RANKING ends with, before its blanks: the last word before the date is one of them
#: (lowercased; a non-ASCII one may be a case variant, "İn": the pattern decides).
_RANKING_LAST = ("of", "the", "in", "for")


def _may_rank(low_window: str) -> bool:
    """Whether the lowercased 90 characters before a date may hold a _RANKING match (its last 60):
    every superlative holds "est" but "most" and "worst", and "no." is the other alternative's
    (a non-ASCII window may hold a case variant, "biggeſt": the pattern decides)."""
    return "est" in low_window or "most" in low_window or "worst" in low_window or "no." in low_window or not low_window.isascii()
#: "an increase of 54 points from March 12": the baseline of a change, not an event.
#: "rose ... to their highest level in years", "fell to a record low", "climbed to a five-year high": a level a figure reached.
_LEVEL_REACHED = re.compile(
    r"\b(?:to|at)\s+(?:its|their|the|a|an)\s+(?:[a-z\d-]+\s+){0,2}?(?:highest|lowest|strongest|weakest|record)\b"
    r"|\bto\s+(?:a|an|its|their)\s+(?:record|all-time|[\w-]+-(?:year|month|week|decade))\s+(?:high|low)\b")
#: "expects 21,000 runners this year": a count foreseen over a period.
_EXPECTS_COUNT = re.compile(
    r"\b(?:expects?|expected|anticipates?|anticipated|forecasts?|projects?)\s+(?:about |around |some |more than |over |up to |nearly )?"
    r"\d{1,3}(?:,\d{3})+\s+[a-z]")
_G_EXPECTS_COUNT = _Gate(_EXPECTS_COUNT, "expect", "anticipat", "forecast", "project")
#: A count to take on over a period, in any tense: "HCT will hire 60 drivers this year", "plans to
#: plant 5,000 trees next year", "will build 300 homes this year", "created 40 new jobs this year": a
#: target or a tally of many acts over the period, not one event (see _count_taken_on).
_COUNT_TAKEN_ON = re.compile(
    r"\b(?:hire[sd]?|hiring|recruit(?:s|ed|ing)?|employ(?:s|ed|ing)?|train(?:s|ed|ing)?|plant(?:s|ed|ing)?|install(?:s|ed|ing)?|"
    r"add(?:s|ed|ing)?|build(?:s|ing)?|built|creat(?:e|es|ed|ing)|(?:take|takes|taking|took|taken) on)\s+"
    r"(?:up to |about |around |some |more than |over |nearly |at least |another |a further |an extra |an additional )?"
    r"\d[\d,]*\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\b")
#: Deciding on such a count is one event: "approved plans to build 200 homes in 2024".
_COUNT_DECIDED = re.compile(
    r"\b(?:approved|announced|unveiled|proposed|pledged|promised|agreed|ordered|voted|signed|launched|won|secured)\b")


def _count_taken_on(clause_low: str) -> bool:
    """Whether a clause tells a count to take on over its period ("will hire 60 drivers this year",
    "created 40 new jobs this year"), not the decision to ("approved plans to build 200 homes")."""
    taken = _COUNT_TAKEN_ON.search(clause_low) if _rx(r"\d").search(clause_low) else None
    return taken is not None and not _COUNT_DECIDED.search(clause_low, 0, taken.start())


#: "It will be the second strike at the hospital this year": the year an ordinal counts in.
_ORDINAL_IN_PERIOD = re.compile(
    r"\bthe\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,4}"
    r"(?:(?:in|of|during|so far)\s+)?\Z", re.IGNORECASE)
#: "his fourth victory of the winter", "the third strike this month": a noun phrase ranked in a
#: season, half, quarter or month (no verb between the ordinal and the date, unlike "the second
#: round will be held in March", an event).
_ORDINAL_NP_IN_PERIOD = re.compile(
    r"\b(?:the|his|her|its|their|our)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:(?!(?:is|was|were|are|will|would|be|been|has|had|have|could|to|of|in)\s)[a-z-]+\s+){1,2}"
    r"(?:(?:of|in|during|so far)\s+(?:the\s+)?)?\Z", re.IGNORECASE)
#: "compared with nine in the whole of 2015", "against 38,000 in November", "up from 12 in 2024": a
#: count or figure named as the baseline of a comparison, the figure of a period, not an event.
_BASELINE_COUNT = re.compile(
    r"\b(?:compared (?:with|to)|against|versus|vs\.?|up from|down from)\s+(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}of\s+)?"
    r"(?:about |around |nearly |almost |just |only |some |roughly |more than |fewer than |less than |over |under )?"
    r"(?:[$€£]?\d[\d,.]*\s*(?:%|per ?cent|percent|million|billion)?|" + _ONE_TO_TWELVE + r")\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:in|during|for|over|throughout)\s+(?:the whole of\s+|all of\s+)?\Z")
#: The words _BASELINE_COUNT ends with: the last word before the date (in an ASCII sentence, whose
#: lowercasing keeps the offsets) is one of them.
_BASELINE_LAST = frozenset(("in", "during", "for", "over", "throughout", "of"))
#: "a record 118,000 containers", "a record high of 4.2 million": a period's record figure.
_RECORD_FIGURE = re.compile(
    r"\ba (?:new |all-time )?record(?:-high|-breaking)?\s+(?:(?:high|low|total) of\s+)?"
    r"(?:about |around |nearly |almost |some |more than |over )?[$€£]?\d")
#: A share or a bare count as the subject of a period's statement: "In 2025, 41% of the tickets were
#: bought online", "In 2025, only 14 filed a full report": how many did it over the period.
_SHARE_SUBJECT = re.compile(
    r"(?:^\W*|,\s+)(?:only |just |about |around |nearly |almost |some |roughly |more than |over |under |fewer than |less than )?"
    r"(?:\d[\d.]*\s*(?:%|per ?cent|percent)|(?:a|one) (?:third|quarter|fifth|tenth)|half|two-thirds|three-quarters)\s+of\s+"
    r"[^,;]{1,60}?\b(?:were|was|had|have|has|are|is|did|[a-z]{3,}ed|cast|took|made|gave|got|went|came|bought|sold|paid|"
    r"spent|lost|won|left|chose|ran|saw)\b"
    r"|(?:^\W*|,\s+)(?:only|just)\s+(?:\d[\d,]*|" + _TWO_TO_TWELVE + r")\s+"
    r"(?:of (?:them|those|these)\s+)?(?:[a-z]{3,}ed|did|made|took|met|kept|won|lost|left)\b"
    # so many of its targets met or missed ("it missed three of its twelve water-quality targets")
    r"|\b(?:met|missed|hit|achieved|reached|passed|failed)\s+(?:only\s+|just\s+|all\s+but\s+)?"
    r"(?:\d+|" + _ONE_TO_TWELVE + r")\s+of\s+(?:its|their|the|his|her)\s+"
    r"(?:\d+|" + _TWO_TO_TWELVE + r"|[a-z-]+)\s")
_G_SHARE_SUBJECT = _Gate(
    _SHARE_SUBJECT, "%", "cent", "third", "quarter", "fifth", "tenth", "half", "only", "just",
    "met", "missed", "hit", "achieved", "reached", "passed", "failed")
#: A possibility, not a plan: "the union could call new strikes in early December", "prices might
#: fall in the spring" (not "might have": a past possibility; not negated: dropped as such).
_POSSIBILITY = re.compile(r"\b(?:could|might)\s+(?:well\s+|also\s+|even\s+|still\s+)?(?!not\b|have\b|n['’]t)[a-z]{2,}\b")
#: The modal "may" (lower case: not the month) before a verb: "the pool may reopen in the autumn",
#: "publishers may struggle again next year", "may review its grant in the spring".
_MAY_VERB = re.compile(r"\bmay\s+(?:well\s+|also\s+|even\s+|still\s+)?(?!not\b|have\b|be\s+(?:held|closed|opened)\s+on\b)(?:be\s+)?[a-z]{3,}\b")
_BASELINE_FROM = re.compile(
    r"\b(?:increase|decrease|rise|fall|drop|gain|loss|jump|decline|up|down|higher|lower)\b[^.;]{0,40}\bfrom\s+\Z"
)
#: "the US economy shed 663,000 jobs in March": a labour-market figure for a period.
_JOBS_REPORT = re.compile(
    r"\b(?:economy|economies|employers|payrolls|private sector|public sector)\s+(?:[a-z]+\s+)?(?:shed|lost|added|created|cut|gained)\s+"
    r"(?:about |around |nearly |some |more than |over |an estimated )?[\d,.]+(?:\s*(?:million|thousand))?\s+(?:[a-z-]+\s+)?jobs\b"
)
#: A line of an interview transcript ("Q: ...", "A: ..."): speech.
_QA_ANSWER = re.compile(
    r"[\s*_>]*(?:(?:Q|A)\s*[:.]"
    # or a transcript's speaker by surname ("Ndiaye: Yesterday was always the worst day")
    r"|(?!(?:Update|Note|Correction|Clarification|Breaking|Analysis|Opinion|Background|Context|Watch|Read|Listen|Editor|"
    r"Photo|Video|Source|Sources|Timeline|Today|Yesterday|Tomorrow|Tonight|Now|Live|Latest|Summary|Recap|"
    # a round-up's section label, an adverb ("Elsewhere:", "Meanwhile:", "Separately:", "Also:")
    r"Also|Plus|Next|Then|Earlier|Later|Briefly|[A-Z][a-z]*(?:where|while|ly))\b)[A-Z][a-z]+:)[*_]*\s")
_CLOCK_ONLY = re.compile(r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|noon|midday|midnight)(?:\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|local time))?\Z", re.I)
#: "on a typical Wednesday", "an average August": a kind of day, no date.
_GENERIC_DAY = frozenset("typical normal usual average ordinary regular".split())
_GENERIC_DAY_LEAD = re.compile(r"^an?\s+(?:" + "|".join(sorted(_GENERIC_DAY)) + r")\s")
_LINE_LEAD = re.compile(r"[\s*_#>|-]*")
_LINE_TAIL = re.compile(r"[\s*_:.#]*")


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end

_CLOCK_LEAD = re.compile(r"^(?:(?:at|around|about|shortly|just|after|before|by|from|until)\s+)+", re.I)


#: Between two items of a list of times: a comma, "or", ", or".
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:or\s+)?|or\s+)")
_DEICTIC_ITEM = re.compile(r"(?:today|tonight|tomorrow|yesterday|(?:next|last|this)\s+(?:week|month|year|spring|summer|autumn|winter))", re.I)


def _deictic_alternatives(body: str, exprs: tuple[TimeExpression, ...], e: TimeExpression) -> bool:
    """True when ``e`` is one of a list of deictic times joined by commas or "or", three of them
    or with an "or" ("Tomorrow, next week, next month, we stay here"; "Tomorrow, next month or
    next year, the answer is the same"): any time at all, rhetoric. ("today and tomorrow" is two days.)"""
    if not _DEICTIC_ITEM.fullmatch(e.text):
        return False
    i = bisect_left(exprs, e.start, key=_expr_start)
    chain, gaps = 1, ""
    for step in (-1, 1):
        j, cur = i, e
        while 0 <= j + step < len(exprs):
            o = exprs[j + step]
            gap = body[o.end : cur.start] if step < 0 else body[cur.end : o.start]
            if not _DEICTIC_ITEM.fullmatch(o.text) or not _LIST_GAP.fullmatch(gap):
                break
            chain, gaps, j, cur = chain + 1, gaps + gap, j + step, o
    return chain >= 3 or chain == 2 and "or" in gaps


def _other_period_in(exprs: tuple[TimeExpression, ...], e: TimeExpression, start: int, end: int) -> bool:
    """Whether another expression between ``start`` and ``end`` is a calendar period (a month
    or coarser, not a day): the period of a figure."""
    lo = bisect_left(exprs, start, key=_expr_start)
    for o in exprs[lo:]:
        if o.start >= end:
            return False
        if o is not e and _is_calendar(o.value) and _granularity(o.value) in ("year", "half", "season", "quarter", "month"):
            return True
    return False


#: What a period after "for" is the coverage of: a payment ("wages for February", "the rent for
#: May") or a pass or ticket ("passes bought for this week"), not when anything happens.
_COVERED_FOR = re.compile(
    r"\b(?:wages|pay|salary|salaries|rent|rents|bills?|benefits?|pensions?|premiums?|invoices?|allowances?|payments?|"
    r"passes|tickets|subscriptions?|renewals?|fees?|bonus(?:es)?|dividends?|bought|sold|issued|valid)\s+(?:[a-z]+\s+)?for\s+(?:the\s+months?\s+of\s+)?(?:[a-z]+\s+and\s+)?\Z", re.I)
#: A counted plural subject of a passive past: "4,891 families were affected by", a tally at a date.
#: A count of things in a state ("900 lorries were parked", "40 ships were waiting at anchor"): a snapshot.
_COUNT_IN_STATE = re.compile(
    r"\b\d[\d,]*\s+(?:[a-z-]+\s+)?[a-z]+s\s+(?:were|had been)\s+(?:still\s+)?"
    r"(?:parked|queued|queuing|waiting|lined up|backed up|moored|anchored|idle|sitting|standing|stuck in|at anchor)\b")
_COUNTED_SUBJECT = re.compile(r"\d[\d,]*\s+(?:[a-z-]+\s+)?(?:[a-z]+s|people|children|men|women)\s+(?:were|had been)\s"
                               # (twenty-third session) a share: "31% of members had voted by Wednesday night"
                               r"|\d[\d,.]*\s*(?:%|per\s?cent)\s+of\s+(?:(?:the|all|its|their)\s+)?(?:[a-z-]+\s+)?[a-z]+\s+(?:had|were)\s")
#: The verb of a life's event right before its date ("who died in 2016", "was born on").
_LIFE_EVENT_BEFORE = re.compile(r"\b(?:died|was born|were born|married|retired|was killed|was murdered|was buried)\s+(?:in|on)\s+\Z")
#: A small tally: "in 2022 the courts heard only two", "won just three matches in 2023".
_ONLY_COUNT = re.compile(
    r"\b[a-z]{3,}\s+(?:only|just)\s+(?:\d[\d,]*|" + _TWO_TO_TWELVE + r"|a handful)\b"
    r"(?!\s*(?:%|per\b|percent|days?|weeks?|months?|years?|hours?|minutes?|seconds?)\b)")
#: A sentence opening on a share of a counted group: "Of the 31 inquiries opened in 2024, 19 ...".
_PARTITIVE_COUNT = re.compile(r"\W*(?:of|out of)\s+(?:the|those|these|all)?\s*\d[\d,]*\s+[^,;:]{3,80},\s*(?:\d|"
                              r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|none|most|half)\b|"
                              r"[a-z]+\s+(?:of|were|was|had))", re.I)
#: What ends "on a Sunday" (no noun after the weekday: "a Wednesday media event" is one event's day).
#: "on a wet Tuesday": a day of a kind, an adjective after "a" ("A: On Thursday" answers a question).
#: (Adjectives of weather and of busyness only: "filed a lawsuit Monday" names a noun, a dated day.)
_KIND_OF_DAY = (r"(?:wet|rainy|dry|sunny|cold|hot|warm|snowy|windy|grey|gray|foggy|stormy|freezing|chilly|frosty|humid|"
                r"dull|miserable|quiet|busy|slow|lazy|crowded|random|given|particular|certain|single|typical|normal|usual|average|ordinary)")
_A_KIND_OF = re.compile(r"(?<![\w-])a\s+" + _KIND_OF_DAY + r"\s+\Z")
#: "on a wet Tuesday in", "a cold night in": a day of a kind, placed only in a month ("will spend a day in March" is a plan).
_GENERIC_DAY_IN = re.compile(
    r"\b[Aa]n?\s+" + _KIND_OF_DAY + r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|day|morning|afternoon|evening|night|weekend)"
    r"\s+in\s+\Z")
_INDEFINITE_DAY_END = re.compile(r"\s*(?:$|[,.;:!?)\"”’]|(?:in|at|of|and|or|when|while|after|before|during|with|for|but|so)\b)")


def _finer_date_of(body: str, exprs: tuple[TimeExpression, ...], e: TimeExpression, start: int, end: int) -> bool:
    """Whether an expression between ``start`` and ``end``, in the same clause as ``e`` (no verb
    or clause word between), names a finer date inside ``e``'s period."""
    lo = bisect_left(exprs, start, key=_expr_start)
    for o in exprs[lo:]:
        if o.start >= end or _CLAUSE_GAP.search(body, e.end, o.start):
            return False
        if o.type == "DATE" and len(o.value) > len(e.value) and o.value.startswith(e.value + "-") and _is_calendar(o.value):
            return True
    return False


_CLAUSE_GAP = re.compile(
    r"\b(?:and|but|or|while|when|after|before|because|which|who|that|is|are|was|were|has|have|had|will|would|could|"
    r"should|may|might|can|said|says|[a-z]{3,}ed)\b|[;:.!?]", re.I)


def _alone_in_sentence(e: TimeExpression, sent: Sentence, exprs: tuple[TimeExpression, ...]) -> bool:
    """Whether ``e`` is the only expression of its sentence (``exprs`` is in text order)."""
    lo = bisect_left(exprs, sent.start, key=_expr_start)
    hi = bisect_left(exprs, sent.end, lo, key=_expr_start)
    return all(o is e for o in exprs[lo:hi])


_DAY_IN_WORDS = re.compile(r"\bon\s+(?:the\s+)?(?:[a-z-]+\s+)?day\b")


def _only_clocks_in(exprs: tuple[TimeExpression, ...], start: int, end: int) -> bool:
    """Whether every expression between ``start`` and ``end`` is a bare clock time (no day named)."""
    lo = bisect_left(exprs, start, key=_expr_start)
    hi = bisect_left(exprs, end, lo, key=_expr_start)
    return all(_CLOCK_ONLY.match(o.text) for o in exprs[lo:hi])


def _same_day_in_sentence(e: TimeExpression, sent: Sentence, exprs: tuple[TimeExpression, ...]) -> bool:
    """Whether another expression of ``e``'s sentence names the day of the time ``e``."""
    day = e.value.split("T", 1)[0]
    lo = bisect_left(exprs, sent.start, key=_expr_start)
    hi = bisect_left(exprs, sent.end, lo, key=_expr_start)
    return any(o is not e and o.value.split("T", 1)[0] == day and not _CLOCK_ONLY.match(_CLOCK_LEAD.sub("", o.text)) for o in exprs[lo:hi])


def _ends_by(value: str, published: dt.date | None) -> bool:
    """The calendar value ends no later than the publication day."""
    try:
        return published is not None and _interval(value)[1] <= published
    except ValueError:
        return False


def possessive_forecast(after_text: str) -> bool:
    """Whether a date's possessive names a forecast: "Wednesday's forecast rise"."""
    return after_text[:1] in _APOSTROPHES and _rx(r"^['’]s\s+(?:forecast|predicted|expected)\s+[a-z]").match(after_text) is not None


#: Round 13, recall. "will not start until July", "won't reopen until September": it happens then.
_NOT_UNTIL = re.compile(r"(?:\bnot|n['’]t|\bnever)\s+(?:[a-z]+\s+){1,4}?(?:(?:until|till)\s+)?\Z", re.IGNORECASE)
_NOT_UNTIL_STATE = re.compile(r"\b(?:may|might|could|due|expected|likely|unlikely|able)\b", re.IGNORECASE)
#: irregular past participles of a reduced relative ("a memo sent in December", "a fence built in May")
_IRREGULAR_DONE = (r"sent|made|built|paid|sold|bought|brought|caught|found|given|taken|written|shown|drawn|cut|put|shut|"
                   r"struck|lent|chosen|frozen|stolen|broken|spoken|driven|thrown|dealt|sought|taught|won|lost|hit|bid")
#: a happening told inside a figure's sentence: "have fallen by 15% since the road was closed last autumn"
_SUBCLAUSE_PASSIVE = re.compile(
    r"\b(?:since|after|when|once|before)\s+(?:the|a|an|its|their|his|her|this|that)\s+[\w'’ -]{1,40}?\s(?:was|were)\s+"
    r"(?:[a-z]+(?:ed|en|wn)|" + _IRREGULAR_DONE + r")\s+\Z", re.IGNORECASE)
#: a charge set by someone raised in a month: "In April, parking charges at the hospital rose by 30%"
_ADMINISTERED_RISE = re.compile(
    r"\b(?:charges|fees|fares|tolls|tariffs|levies|duties|rents)\b(?:\s+[\w'’-]+){0,4}?\s+(?:rose|went up|increased|doubled|"
    r"tripled|were raised|were increased|climbed|jumped|fell|were cut|were lowered)\b")


_DATED_HAPPENING = re.compile(r"\s+" + _HAPPENING_NOUNS + r"\b")


def _dated_happening_noun(s_text: str, rs: int, re_: int) -> bool:
    """True for a date before a happening noun in a prepositional phrase ("the questions raised by
    the May 12 leak have not gone away"): the noun phrase tells its event; the negation is another's."""
    # (inside a prepositional phrase: "raised by the May 12 leak", "hurt in the May 12 fire"; not the
    # subject the negation is about: "The June 3 vote was not held")
    return s_text[max(0, rs - 4) : rs].lower() == "the " and bool(_DATED_HAPPENING.match(s_text, re_)) and bool(
        _rx(r"\b(?:by|in|of|after|since|over|from|about|before|during|at|on|into|for)\s+the\s+\Z").search(s_text, max(0, rs - 12), rs)
    ) or bool(_HAPPENING_ON_DATE.search(s_text, max(0, rs - 50), rs)) and bool(_RELATIVE_NEGATION.search(s_text, 0, rs))
    # ("customers who could not reach help during the outage on Monday": the negation is the
    # relative clause's; "He did not speak after the meeting on Sunday" stays negated)


#: A relative clause set off by commas (", who have not lost at home in six games,").
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|which|whose)\b[^,;:]*,")
#: A negation inside a relative clause ("who could not reach", "that did not open").
_RELATIVE_NEGATION = re.compile(r"\b(?:who|which|that)\s+(?:[a-z]+\s+){0,2}(?:not|never)\b|\b(?:who|which|that)\s+(?:[a-z]+\s+){0,2}[a-z]+n['’]t\b", re.IGNORECASE)
#: A happening noun in a prepositional phrase, then its date ("during the disruption on Monday 8 June").
_HAPPENING_ON_DATE = re.compile(
    r"\b(?:by|in|of|after|since|over|from|about|before|during|at|into|for)\s+the\s+(?:[a-z-]+\s+)?"
    r"(?:" + "|".join(_HAPPENING_WORDS) + r"|disruption|outage|blackout|failure|crisis)\s+(?:on|of)\s+\Z", re.IGNORECASE)


#: Nouns of happenings a date modifies inside a noun phrase, for :func:`_dated_noun_stands` (the
#: happening nouns and a few acts of inquiry and record: "its own March 2022 audit", "the June
#: software update", "the recall a week ago"; no standing texts: "the 2009 treaty").
_DATED_NOUNS = "(?:" + "|".join(_HAPPENING_WORDS) + r"|truce|audit|update|upgrade|inspection|recall|trials?|demand|flight|race|ceremony|crossing|seizure|decision|handover)"
#: A date as a premodifier: a determiner or a possessive before it ("the court's April ruling").
_DATE_PREMOD_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our)\s+(?:own\s+)?|\b[A-Za-z]+['’]s\s+)\Z", re.IGNORECASE)
_DATE_PREMOD_AFTER = re.compile(r"\s+(?:[a-z][a-z-]*\s+){0,2}?" + _DATED_NOUNS + r"\b")
#: A date after its noun, through a place ("The theft at Carrow earlier this month", "Hallbeck's
#: collapse in September", "the hearing two weeks ago", "The vote of June 6").
#: (Not a ranked one: "the second smuggling trial at the court this year" counts trials.)
_DATE_POSTMOD_BEFORE = re.compile(
    r"\b(?:(?i:the|its|their|his|her)|[A-Za-z]+['’]s)\s+(?!(?:[\w.-]+\s+){0,2}?(?:first|second|third|fourth|fifth|latest|"
    r"biggest|largest|worst)\b)(?:[\w.-]+\s+){0,2}?" + _DATED_NOUNS +
    r"(?:\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+(?:(?:in|of)\s+)?\Z")
#: A negated verb that tells its subject did not come about ("the 2020 edition was not held").
_NOT_REALISED = re.compile(
    r"\s*(?:(?:yet|been|be|have|has|formally|actually|even|ever)\s+)*(?:held|staged|played|run|carried|completed|"
    r"happen\w*|take|took|taken|go|gone|went|launched|built|opened|introduced|signed|made|start\w*|begun|began|"
    r"finish\w*|done|delivered|installed|fitted|proceed\w*|occur\w*|materiali[sz]\w*|come|came|reached|agreed|"
    r"approved|passed|published|released|issued|sent|paid|called)\b")


def _happening_phrase(s_text: str, rs: int, re_: int) -> "tuple[bool, re.Match[str] | None]":
    """Whether the date premodifies a happening noun after a determiner or a possessive ("the court's
    April ruling"), else the match of its noun before it, through a place ("The theft at Carrow
    earlier this month"), or None."""
    if _DATE_PREMOD_BEFORE.search(s_text, max(0, rs - 30), rs) is not None and _DATE_PREMOD_AFTER.match(s_text, re_) is not None:
        return True, None
    return False, _DATE_POSTMOD_BEFORE.search(s_text, max(0, rs - 70), rs)


def _dated_noun_stands(s_text: str, rs: int, re_: int, neg_low: str, c0: int) -> bool:
    """True when the date modifies a happening noun inside a noun phrase and the clause's negation
    is about something else (sixteenth session): "would not seek a review of the court's April
    ruling", "Hallbeck's collapse in September was not a surprise", "the majority did not accept
    the defence put forward at the hearing two weeks ago": the ruling, the collapse and the hearing
    happened. Not when the noun phrase is the subject of a verb telling it did not come about ("the
    June 3 vote was not held"), nor a time preposition's phrase after the negation, where the date
    may be the verb's ("He did not speak after the meeting on Sunday")."""
    pre, post = _happening_phrase(s_text, rs, re_)
    if not pre and post is None:
        return False
    ds, de = rs - c0, re_ - c0
    negs = list(_NEGATION.finditer(neg_low))
    if any(m.start() >= de for m in negs):
        first = next(m for m in negs if m.start() >= de)
        if _NOT_REALISED.match(neg_low, first.end()):
            return False
    before = [m for m in negs if m.end() <= ds]
    if before and (post is not None and _rx(r"\b(?:after|before|during|for)\s+\Z").search(s_text, max(0, post.start() - 10), post.start())
                   or _rx(r"\b(?:would|should|will|shall|could|must|may|might)\s+\Z").search(neg_low, max(0, before[-1].start() - 8), before[-1].start())):
        # (a modal's negation before it: "would not seek a review of the court's April ruling",
        # "should not wait for the annual meeting in the spring" tell a stance, not when)
        return False
    return True


def _not_until(s_text: str, rs: int, first_word: str, last_word: str, gran: str) -> bool:
    """True for "will not start until July": not before the date, then it happens. (Not a year, a
    horizon: "will not reach full output until 2028"; not a possibility or a state: "may not be
    reconnected until Sunday evening", "was not due for release until".)"""
    return (first_word in ("until", "till") or last_word in ("until", "till")) and gran in ("day", "week", "month") and bool(
        (m := _NOT_UNTIL.search(s_text, max(0, rs - 45), rs)) and not _NOT_UNTIL_STATE.search(s_text, max(0, m.start() - 12), rs))


def _happening_in_figure(s_text: str, rs: int, gran: str, clause_low: str) -> bool:
    """True when the period dates a happening told beside a figure, not the figure's period."""
    return bool(_SUBCLAUSE_PASSIVE.search(s_text, max(0, rs - 70), rs)) or (
        gran in ("month", "week", "day") and ("rose" in clause_low or "went up" in clause_low or "increased" in clause_low
                                              or "doubled" in clause_low or "raised" in clause_low or "fell" in clause_low
                                              or "climbed" in clause_low or "jumped" in clause_low or "cut" in clause_low
                                              or "tripled" in clause_low or "lowered" in clause_low)
        and bool(_ADMINISTERED_RISE.search(clause_low)))


#: Round 13 (eval/holdout17's kinds; docs/events.md "Names, conditions and a match's periods").
#: A legal instrument named by its year ("under the 2009 treaty", "The treaty of 2009 splits costs"):
#: the standing text, not its signing (kept: "signed a treaty in 2009", "the 2009 treaty was signed").
_INSTRUMENT = r"(?:treaty|accord|pact|convention|charter|constitution|act|law|protocol|statute|directive|agreement)"
#: (the noun right after the year: "the 2019 whistleblower law protects" describes the law passed that year)
_INSTRUMENT_AFTER_YEAR = re.compile(r"\s+" + _INSTRUMENT + r"\b", re.IGNORECASE)
_INSTRUMENT_OF_YEAR = re.compile(r"\bthe\s+(?:[a-z-]+\s+)?" + _INSTRUMENT + r"\s+of\s+\Z", re.IGNORECASE)
_INSTRUMENT_GOVERNS = re.compile(
    r"\b(?:under|terms of|breach(?:es|ed)? of|breaching|violat\w+|amend\w*|renegotiat\w*|revis\w+|replac\w+|compl(?:y|ies|ied) with|"
    r"in line with|according to|rules of|provisions? of|scrap\w*|withdr[ae]w\w* from|quit|leave|left|tear up|tore up|"
    r"breaks?|broke|breaking|honou?r\w*|respect\w*|uphold\w*|upheld|invok\w+|cit(?:e|es|ed|ing))\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}\Z",
    re.IGNORECASE)
#: a present-tense verb after the instrument's name: its standing terms ("splits costs", "requires")
_INSTRUMENT_STANDING_VERB = re.compile(r"\s+(?!was\b|has\b|had\b)(?:is|are|(?:still\s+)?[a-z]{3,}(?<!ss)(?<!ous)(?<!ics)s)\b(?!['’])")
#: "the lesson of the last month", "the events of the past week": a span up to now, the noun's scope
_SPAN_TO_NOW = re.compile(r"^the (?:last|past) (?:few |two |three |several )?(?:days?|weeks?|months?|years?|fortnight)$")
#: "will open in mid-2029 instead of late 2027": the date replaced, no event on it
_INSTEAD_OF = re.compile(r"\b(?:instead of|rather than|in place of)\s+(?:the\s+)?\Z", re.IGNORECASE)
#: "If the road is dug up in December, ...": a condition, nothing is reported or planned to happen
_CONDITION_OPENER = re.compile(r"(?:^|[,;:]\s*|\s)(?:if|unless|in case|provided(?: that)?|assuming(?: that)?)\s+(?![^,;]*\bthen\b)[^,;]*\Z")
#: "a third protest was possible in November": a possibility stated as a state, not a plan
_POSSIBLE_STATE = re.compile(
    r"\b(?:is|was|are|were|seems?|seemed|looks?|looked|remains?|remained|be|being|been)\s+(?:still\s+|also\s+|quite\s+|now\s+|thought\s+|considered\s+)?"
    r"(?:possible|likely|unlikely|conceivable|probable|an? (?:option|possibility))\b(?!\s+to\b)")  # (not "is likely to be held in March": a hedged plan)
#: a match's quarter ("ejected with four minutes left in the third quarter"): basketball, American football
_MATCH_QUARTER = re.compile(r"^(?:the\s+)?(?:first|second|third|fourth|final|last|opening)\s+quarter$")
_COURT_SPORT = re.compile(
    r"\b(?:referees?|fouls?|court|baskets?|basketball|rebounds?|touchdowns?|quarterback|free throws?|three-pointers?|"
    r"buzzer|tip-off|overtime|field goals?|points? (?:lead|deficit)|(?:game|match)'s|ejected|timeout|shot clock)\b")
_FISCAL_WORDS = re.compile(r"\b(?:revenues?|profits?|earnings|sales|results|turnover|gdp|economy|growth|fiscal|financial|quarterly)\b")
#: "Growers in three neighbouring countries have protested this autumn": many subjects, the period so far
_PLURAL_PERFECT = re.compile(r"\bhave\s+(?:already\s+|also\s+|repeatedly\s+|all\s+)?(?!been\b|had\b)[a-z]+(?:ed|en|wn|t)\s+(?:[a-z-]+\s+){0,4}\Z")
#: "carried total prize money of 700,000 crowns this year": a period's total
_PERIOD_TOTAL = re.compile(r"\b(?:total|combined|overall)\s+(?:[a-z-]+\s+){0,2}(?:of|at|reached|came to)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?[$€£]?\d")
#: a team's win-loss record over a period ("finished with a 22-8 record", "this year it sits at 17-9")
_WIN_LOSS = re.compile(
    r"\b\d{1,3}[-–]\d{1,3}\s+(?:record|mark|season|start|run)\b"
    r"|\b(?:sits?|sat|sitting|stands?|stood|standing|is|are|was|were)\s+(?:at\s+)?\d{1,3}[-–]\d{1,3}\b(?!\s*(?:%|per|million|billion|[a-z]+\s+(?:years?|months?)))")
#: a period's figure set against a baseline just after it ("counted in September, up from 2,100 a year earlier")
_FIGURE_AGAINST_AFTER = re.compile(
    r"\s*,\s*(?:up|down)\s+(?:(?:by\s+)?[\d,.]+\s*(?:%|per ?cent|percent|points?)\s+)?(?:from|on)\s+"
    r"(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|just\s+|only\s+)?[$€£]?\d")
_AGAINST_AVERAGE_AFTER = re.compile(
    r"\s*,\s*(?:against|compared with|compared to|versus)\s+(?:a\s+|an\s+|the\s+)?(?:[a-z-]+\s+)?(?:average|norm|usual|typical)\b", re.IGNORECASE)
#: a share of a whole over a period ("the routes accounted for a fifth of them last year")
_ACCOUNTED_SHARE = re.compile(
    r"\b(?:account(?:s|ed|ing)? for|made up|makes? up|making up|represent(?:s|ed|ing)?)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|just\s+|only\s+|more than\s+|less than\s+|over\s+|under\s+)?"
    r"(?:(?:a|one|two|three|four)\s+(?:half|third|quarter|fifth|sixth|tenth)s?|half|\d[\d,.]*\s*(?:%|per ?cent|percent)|"
    r"(?:a|the)\s+(?:[a-z-]+\s+)?(?:share|majority|minority|proportion|fraction))\b")


_ANSWER_LEAD = re.compile(r"(?:in|on|by|during|at)?\s*\Z", re.IGNORECASE)
_ANSWER_END = re.compile(r"\s*[.!]")
_ASKS_WHEN = re.compile(r"\b(?:when|what (?:date|day|time|month|year)|how (?:soon|long)|which (?:date|day|month|year))\b", re.IGNORECASE)


def _bare_answer(body: str, e: TimeExpression) -> bool:
    """True when an interview's answer opens with the date alone as a fragment ("A: The winter. The
    Christmas market is half our year.") and the question before it does not ask when."""
    line = body.rfind("\n", 0, e.start) + 1
    if not ((label := _QA_ANSWER.match(body, line)) and _ANSWER_LEAD.fullmatch(body, label.end(), e.start) and _ANSWER_END.match(body, e.end)):
        return False
    q_end = line - 1  # (the newline ending the line before; blank lines between question and answer skipped)
    while q_end > 0 and not body[body.rfind("\n", 0, q_end) + 1 : q_end].strip():
        q_end = body.rfind("\n", 0, q_end)
    question = body[body.rfind("\n", 0, max(q_end, 0)) + 1 : max(q_end, 0)]
    return "?" in question and not _ASKS_WHEN.search(question)


#: a quotation told to the outlet itself ('"I was told on Friday ...," he told Meridia Press by telephone'):
#: spoken for this article, at about its publication, so its deixis counts from the publication date
_TOLD_WHOM = re.compile(
    r"[\s,.!?”\"’']{0,4}(?:he|she|they|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:told|said to|wrote to)\s+(?:the\s+)?"
    r"([A-Za-z][\w .&'’-]{0,40}?)(?=\s+(?:by|on|in|over|from|during|at|after|before|when)\b|\s*[,.;:])")
_OWN_OUTLET = ("this newspaper", "this paper", "us", "this website", "this reporter", "this magazine")


def _told_this_outlet(ctx: _Ctx, e: TimeExpression) -> bool:
    """True when the quotation holding ``e`` is attributed to a telling to this article's outlet."""
    i = bisect_right(ctx.quotes, (e.start, 1 << 62)) - 1
    if i < 0 or not ctx.quotes[i][0] <= e.start < ctx.quotes[i][1]:
        return False
    m = _TOLD_WHOM.match(ctx.body, ctx.quotes[i][1], ctx.quotes[i][1] + 90)
    if m is None:
        return False
    whom = m.group(1).strip().lower()
    return whom in _OWN_OUTLET or bool(ctx.article.source) and whom == (ctx.article.source or "").strip().lower()


def _round13_reason(s_text: str, rs: int, re_: int, gran: str, low_expr: str, last_word: str, clause_low: str, c0: int) -> str | None:
    """Why a date of round 13's kinds dates no event (a name, a condition, a match's quarter, a figure), or None."""
    if gran == "year" and s_text[re_ : re_ + 1] != "-" and (
        (_INSTRUMENT_AFTER_YEAR.match(s_text, re_) and s_text[max(0, rs - 4) : rs].lower() == "the ")
        or (last_word == "of" and _INSTRUMENT_OF_YEAR.search(s_text, max(0, rs - 40), rs))
    ):
        np_start = rs - 4 if s_text[max(0, rs - 4) : rs].lower() == "the " else s_text.lower().rfind("the ", max(0, rs - 40), rs)
        np_end = (m.end() if (m := _INSTRUMENT_AFTER_YEAR.match(s_text, re_)) and s_text[max(0, rs - 4) : rs].lower() == "the " else re_)
        if _INSTRUMENT_GOVERNS.search(s_text, max(0, np_start - 50), np_start) or _INSTRUMENT_STANDING_VERB.match(s_text, np_end):
            return "a law or treaty named by its year ('under the 2009 treaty'): a standing text, not an event"
    if last_word == "of" and _SPAN_TO_NOW.match(low_expr) and _rx(r"\b(?:the|a|an|its|their|his|her|our)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+of\s+\Z").search(
            s_text.lower(), max(0, rs - 50), rs):
        return "a span up to now named by a noun ('the lesson of the last month'), not an event date"
    if last_word in ("of", "than") and _INSTEAD_OF.search(s_text, max(0, rs - 20), rs):
        return "the date replaced ('will open in mid-2029 instead of late 2027'), not an event"
    if gran not in ("day", "time") and ("if " in clause_low or "unless" in clause_low or "in case" in clause_low
                                       or "provided" in clause_low or "assuming" in clause_low) and _CONDITION_OPENER.search(clause_low, 0, rs - c0):
        return "a condition ('if the road is dug up in December'): nothing is reported to happen"
    if gran != "time" and ("possib" in clause_low or "likely" in clause_low or "conceivable" in clause_low or "probable" in clause_low or "option" in clause_low) and (
        _POSSIBLE_STATE.search(clause_low, 0, rs - c0)
    ):
        return "a possibility ('a third protest was possible in November'), not a planned event"
    if ("maybe" in clause_low or "perhaps" in clause_low) and _rx(r"^\W*(?:maybe|perhaps)\b(?:\W+\w+){0,2}\W*\Z").match(clause_low, 0, rs - c0):
        # (eighteenth session) "When do you think you will be home? Honestly? Maybe next year.": a guess
        return "a possibility ('Maybe next year'), not a planned event"
    if gran == "quarter" and _MATCH_QUARTER.match(low_expr) and _COURT_SPORT.search(s_text.lower()) and not _FISCAL_WORDS.search(s_text.lower()):
        return "a quarter of a match ('four minutes left in the third quarter'), not a date"
    if gran in ("year", "season") and low_expr.startswith("this ") and "have" in clause_low and _PLURAL_PERFECT.search(clause_low, 0, rs - c0):
        return "a plural present perfect over the current period ('growers in three countries have protested this autumn'): repeated or background, not one event"
    if gran in ("year", "season") and "total" in clause_low and _PERIOD_TOTAL.search(clause_low):
        return "a statistics period (a period's total: 'carried total prize money of 700,000 crowns this year')"
    if gran in ("year", "season", "month", "half") and ("-" in clause_low or "–" in clause_low) and _WIN_LOSS.search(clause_low):
        return "a statistics period (a team's win-loss record: 'this year it sits at 17-9')"
    if (gran in ("year", "season", "month", "quarter", "half", "week") or gran == "day" and _rx(r"\d[\d,.]*\s*(?:%|per ?cent\s|[a-z-]+\s)").search(clause_low, 0, rs - c0)) and (
            _FIGURE_AGAINST_AFTER.match(s_text, re_) or _AGAINST_AVERAGE_AFTER.match(s_text, re_)):
        return "a statistics period (a figure against a baseline: 'counted in September, up from 2,100')"
    if gran in ("year", "season", "month", "quarter", "half") and ("account" in clause_low or "made up" in clause_low or "make" in clause_low
                                                                  or "represent" in clause_low) and _ACCOUNTED_SHARE.search(clause_low):
        return "a statistics period (a share of a whole: 'accounted for a fifth of them last year')"
    return None


#: Round 14: what a company's or an office's figures show over a period ("its accounts show
#: maintenance spending fell sharply in 2025", "its figures show 41,000 cases pending at the end of
#: the first quarter"): the period of a figure, not an event.
_FIGURES_SHOW = re.compile(
    r"\b(?:figures|data|accounts|statistics|numbers|books|filings|records)\s+(?:[a-z]+\s+)?(?:show|shows|showed|suggest|suggests|"
    r"suggested|indicate|indicates|indicated|reveal|reveals|revealed)\b")
#: A share of a plural as the subject ("only about 2% of such motions were granted last year").
_SHARE_OF_PLURAL = re.compile(
    r"(?:^|[,:;]\s)\W*(?:(?:only|just|about|around|nearly|almost|some|roughly|barely|more than|over|under|fewer than|less than)\s+){0,2}"
    r"\d[\d.]*\s*(?:%|per ?cent\b|percent\b)\s+of\s+(?:[\w'’-]+\s+){0,4}?[a-z-]+s\s+(?:were|was|had|have|are|got|[a-z]{3,}ed)\b")
#: A sum of money coming in or going out over a period ("Tourism brought the town 48 million crowns in
#: 2024", "the charity raised 6.4 million pounds in 2024"): a period's total.
_MONEY_OVER_PERIOD = re.compile(
    r"\b(?:brought(?:\s+in)?|raised|earned|generated|collected|took in|spent|made|paid|paying|cost)\s+(?:(?:the|its|their|his|her)\s+[a-z-]+\s+)?"
    r"(?:about |around |nearly |almost |more than |over |some |roughly |just |only |an estimated |a total of )?"
    r"(?:[$€£]\s?\d|\d[\d.,]*\s*(?:million|billion|thousand|bn|m)?\s*" + _CURRENCY_WORDS + r"\b)")
#: A price at a period ("a loaf that cost 3.40 crowns in February now sells for 1.90"): a figure.
_PRICE_IN = re.compile(
    r"\b(?:cost|costs|sold for|sells for|was priced at|were priced at|traded at)\s+(?:about |around |only |just |nearly )?"
    r"(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s*" + _CURRENCY_WORDS + r")\s+(?:a|per|each)?\s*(?:[a-z]+\s+)?in\s+\Z")


#: A masthead or section line of a live blog or a newsletter ("Harbour Courier live blog, Tuesday",
#: "Weekly newsletter | Monday briefing"): one short line, no sentence punctuation, a periodical's noun,
#: a separator (comma, bar, dash) and no verb.
_MASTHEAD_NOUN = re.compile(
    r"\b(?:live blog|live updates?|newsletter|briefing|bulletin|digest|round-?up|edition|dispatch|podcast)\b", re.I)


def _masthead_line(s_text: str, rs: int, re_: int) -> bool:
    """True when the sentence is a live blog's or a newsletter's masthead or section line, the date
    beside its periodical's noun ("live blog, Tuesday", "Monday briefing")."""
    if len(s_text) > 90:
        return False
    line = s_text.strip()
    return (len(line) <= 80 and "\n" not in line and line[-1:] not in ".!?:;\"'”’)" and len(line.split()) <= 10
            and _rx(r"[,|–—]|\s-\s").search(line) is not None and any(
                m.end() <= rs and _rx(r"[\s,|–—-]*").fullmatch(s_text, m.end(), rs) or m.start() >= re_ and s_text[re_ : m.start()] == " "
                for m in _MASTHEAD_NOUN.finditer(s_text))
            and not _rx(r"\b(?:is|are|was|were|will|has|have|had|said|says|to)\b|\b[a-z]{3,}ed\b").search(line))


#: Round 14: a past act told right before its date, the figure only in the next conjunct ("the railway
#: opened in 1898 and climbs 1,400 metres", "NRV Two was launched in 1996 and at its peak reached 11%").
_ACT_BEFORE_DATE = re.compile(r"(?:^|\s)(?:(?:was|were)\s+)?([a-z]{3,}(?:ed|en|wn|ilt|un|ght)|began|won|lost|sold|held)\s+(?:in|on)\s+\Z")


def _act_then_figure(s_text: str, rs: int, re_: int, clause_low: str, c0: int) -> bool:
    """True when the date dates a past act told right before it and the clause's figure comes only
    after it, in the next conjunct ("opened in 1898 and climbs 1,400 metres")."""
    if _rx(r"\s*(?:,\s*)?and\s").match(s_text, re_) is None:
        return False
    head = clause_low[: max(0, rs - c0)]
    act = _ACT_BEFORE_DATE.search(head)
    return (act is not None and not _STAT_VERB.search(act.group(1))
            and not _DIGIT.search(head) and not _SURVEY.search(head) and not _STAT_NOUN_STRICT.search(head))


#: Round 14: a survey, inspection or study that found something, dated in its own noun phrase ("A survey
#: in 2023 found ...", "A 2019 survey by the roads agency identified ..."), or one passed or failed ("had
#: passed its annual safety survey in November"): one act, an event (not a figure's period).
_SURVEY_NOUN = r"(?:survey|inspection|study|audit|assessment|poll)"
_SURVEY_FOUND = (r"(?:by\s+[^,;.]{1,50}?\s+)?(?:found|identified|concluded|flagged|recommended|rated|classed|judged|warned|showed|put|gave|"
                 r"revealed|listed|named)\b")
_SURVEY_BEFORE = re.compile(
    r"(?:^|[.;:]\s+|,\s+|\band\s+)\W*(?:a|an|the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}" + _SURVEY_NOUN + r"\s+(?:carried out\s+|done\s+)?(?:in|of)\s+\Z"
    r"|\b(?:passed|failed)\s+(?:its|their|his|her|the|a|an)\s+(?:[a-z-]+\s+){0,2}" + _SURVEY_NOUN + r"\s+(?:in|on)\s+\Z", re.I)
_SURVEY_YEAR_BEFORE = re.compile(r"(?:^|[.;:]\s+|,\s+|\band\s+)\W*(?:a|an|the|its|their)\s+\Z", re.I)


def _survey_act(s_text: str, rs: int, re_: int) -> bool:
    """True when the date dates a survey's (an inspection's, a study's) finding or its passing, one act."""
    near = s_text[max(0, rs - 70) : re_ + 30].lower()
    if not ("survey" in near or "inspection" in near or "study" in near or "audit" in near or "assessment" in near or "poll" in near):
        return False
    before = _SURVEY_BEFORE.search(s_text, max(0, rs - 70), rs)
    if before is not None:
        return before.group().lstrip(" .;:,").lower().startswith(("passed", "failed")) or _rx(r"\s+" + _SURVEY_FOUND, re.I).match(s_text, re_) is not None
    return _SURVEY_YEAR_BEFORE.search(s_text, max(0, rs - 10), rs) is not None and _rx(
        r"\s+(?:[a-z-]+\s+)?" + _SURVEY_NOUN + r"\s+" + _SURVEY_FOUND, re.I).match(s_text, re_) is not None


#: Round 14: the release of results at a date ("whose second-quarter results are due next month", "will
#: publish its annual results next month"): the publication is one act, not the results' period.
_RESULTS_RELEASE = re.compile(
    r"\b(?:results|earnings|accounts)\s+(?:are|is|were|was)\s+(?:now\s+|still\s+)?(?:due|expected|scheduled)\s+(?:out\s+)?(?:in|on|by)?\s*\Z"
    r"|\b(?:publish|release|report|announce|present|unveil)(?:es|s|ed|ing)?\s+(?:its|their|the|his|her)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:results|earnings|accounts|census|survey)\s+(?:in|on|at)?\s*\Z"
    # (eighteenth session) "the trust's census published in July, which recorded 12 breeding pairs"
    r"|\b(?:census|survey)\s+(?:was\s+|were\s+)?(?:published|released|presented|unveiled)\s+(?:in|on|at)?\s*\Z")


def _results_release(s_text: str, rs: int) -> bool:
    """True when the date is when results come out ("results are due next month"), one act."""
    near = s_text[max(0, rs - 70) : rs].lower()
    return ("results" in near or "earnings" in near or "accounts" in near or "census" in near or "survey" in near) and _RESULTS_RELEASE.search(near) is not None


def _round14_reason(s_text: str, rs: int, re_: int, gran: str, clause_low: str, c0: int) -> str | None:
    """Why a date of round 14's kinds dates no event (what figures show, a share, money over a period, a price), or None."""
    if gran not in ("year", "half", "season", "quarter", "month"):
        return None
    head = clause_low[: max(0, rs - c0)]
    if ("show" in head or "sugg" in head or "indic" in head or "reveal" in head) and (m := _FIGURES_SHOW.search(head)) and (
            _STAT_VERB.search(head, m.end()) or _DIGIT.search(head, m.end())):
        return "a statistics period (what figures show: 'its accounts show spending fell sharply in 2025')"
    if ("%" in head or "cent" in head) and _SHARE_OF_PLURAL.search(head):
        return "a statistics period (a share as the subject: 'only about 2% of such motions were granted last year')"
    if gran != "month" and _DIGIT.search(head) and (m := _MONEY_OVER_PERIOD.search(head)) and _rx(
            # (twentieth session: or the kind of payment between, "paying its owners 41 million crowns in dividends in 2023")
            r"[a-z]*(?:\s+in\s+(?:dividends|profits?|fees|bonuses|wages|salaries|royalties|fines|interest|rent|revenue|sales))?\s*(?:in|during|over|throughout)?\s*\Z").fullmatch(head, m.end()) and not (
            # one raise or purchase: its source or object told after the date ("raised 40 million euros in
            # mid-2023 from investors", "spent 9 million krona in 2019 on snow cannons")
            _rx(r"\s*(?:on|from|to|for|through|via|by)\s").match(s_text.lower(), re_) or _rx(r"(?:mid|early|late)\b").match(s_text.lower(), rs)):
        return "a statistics period (money over a period: 'tourism brought the town 48 million crowns in 2024')"
    if "cost" in head or "sold" in head or "sells" in head or "price" in head or "traded" in head:
        if _PRICE_IN.search(s_text[max(0, rs - 70) : rs].lower()):
            return "a price at a period ('a loaf that cost 3.40 crowns in February'), a figure, not an event"
    return None


def _filter(ctx: _Ctx, e: TimeExpression, sent: Sentence, exprs: tuple[TimeExpression, ...]) -> str | None:
    """Return why ``e`` dates no event, or None when it may."""
    if e.type == "SET":
        return "a recurring set, not one date"
    if e.type == "DURATION":
        return "a duration, not a date"
    if _inside_sorted(ctx.urls, e.start, e.end):
        return "inside a URL"
    if "T" in e.value and _CLOCK_ONLY.match(e.text) and _LINE_LEAD.fullmatch(ctx.body, ctx.body.rfind("\n", 0, e.start) + 1, e.start):
        return "the time stamp of a live-blog entry, not an event"
    if "T" in e.value and _CLOCK_ONLY.match(_CLOCK_LEAD.sub("", e.text)) and not _same_day_in_sentence(e, sent, exprs):
        # "lifted off at 11:05", "trading resumed at 14:05 local time": the day is only assumed (the
        # publication day); a time of day is no date of its own (eval/README.md: times of day are not
        # labelled). (Kept beside a date of its day in the sentence: "Saturday's game ... from 10am"
        # is one more mention of that day's event.)
        return "a time of day alone: no day named, not an event date"
    if is_caption(sent.text):
        return "in a photo caption or file-photo credit"
    if (sent.start <= _FIRST_TEXT(ctx.body) and e.start - sent.start < dateline_end(sent.text)) or (
        sent.start < 400 and (is_date_line(sent.text) or is_header_line(sent.text))
    ):
        return "in the dateline: the publication date, not an event"
    if len(e.value) == 10 and e.start - sent.start < 60 and ctx.body[e.end : e.end + 3].lstrip()[:1] in ("—", "–", "-") and _TITLE_DATELINE.fullmatch(
            ctx.body, ctx.body.rfind("\n", 0, e.start) + 1, e.start):
        # (twentieth session) a press release's dateline in title case, at a line's start: "Pellagen, 25
        # February 2026 — The Federation of Mine and Power Workers welcomes ..."
        return "in the dateline: the publication date, not an event"
    if not _is_calendar(e.value):
        return f"no calendar date ({e.value})"
    gran = _granularity(e.value)
    if gran in ("decade", "century"):
        return f"a {gran}: background period, not an event date"
    if e.mod in ("BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"):
        return f"an open interval ({e.mod.lower()} a date), not an event date"
    s_text = sent.text
    rs, re_ = e.start - sent.start, e.end - sent.start
    low_expr, first_word, fiscal, vague, the_period, holiday, deictic = _expr_traits(e.text)
    if "/" in e.value:
        first, last = _interval(e.value)
        if (last - first).days > 14 and not (gran == "day" and opens_chronology_line(ctx.body, e.start)) and not e.rule.endswith("+activity-range"):
            # (a chronology's entry is an event however long: "Oct. 6-Nov. 14, 2025: Public consultation")
            return "a period (range): tenure, term or season, not an event date"
    before = _words_before(s_text, rs, 3)
    last_word = before.split()[-1] if before else ""
    after_text = s_text[re_ : re_ + 40].lower()
    if (
        fiscal or _G_FISCAL.search(before) and not _rx(  # "the budget for fiscal 2026 in early December": another date's
            r"(?:fiscal|fy)\s*(?:year\s+)?\d{2,4}(?:[-–/]\d{2,4})?\s+(?:in|on|at|during|by)$").search(before)
        or e.value.startswith("FY")
        # (nineteenth session) "Our accounts for the year ending in June": a financial year's end
        or gran == "month" and _rx(r"\b(?:the\s+)?(?:financial\s+|fiscal\s+)?year\s+(?:ending|ended|to)\s+(?:in\s+)?\Z", re.I).search(s_text, max(0, rs - 40), rs)
        or ("fiscal" in after_text or "financial year" in after_text)
        and _rx(r"^(?:[-–/]\d{2,4})?\W*(?:fiscal|financial year)\b").match(after_text)
    ):
        return "a fiscal period"
    if last_word == "from" and _MOVED_FROM.search(s_text, max(0, rs - 90), rs):
        # (twentieth session) "moved the registration deadline from December 4 to December 18": the date given up
        return "the original date of something moved ('moved the deadline from December 4 to December 18')"
    # (twentieth session: or a comma before "to": "runs from January 1, 2027, to December 31, 2034")
    if (first_word == "from" or last_word == "from") and "/" not in e.value and _rx(r"^\s*,?\s*(?:to|until|till|through|[-–])\s*\w").match(after_text):
        # (not a range already joined: "Claims can be made from May 10 to July 30 through the portal")
        return "'from ... to ...': a period (tenure or term), not an event"
    if gran == "year" and (_rx(r"^\s*(?:to|until|through)\s+(?:1[89]|20)\d\d\b").match(after_text) or last_word in ("to", "until", "through")
                           and _rx(r"\b(?:1[89]|20)\d\d\s+(?:to|until|through)\s*\Z").search(s_text, max(0, rs - 16), rs)):
        return "a span of years ('records covering 2015 to 2025'): a period, not an event"
    if last_word in ("any", "each") and not e.text[:1].isdigit():
        return "a quantified period ('faster than in any previous year'), not a date"
    if last_word in _GENERIC_DAY or first_word in ("a", "an") and _GENERIC_DAY_LEAD.match(low_expr) or (
        # "said the escape happened on a Sunday": which one, untold (not "in a Wednesday media event": that one)
        last_word == "a" and _WEEKDAY_EXPR.match(low_expr) and _INDEFINITE_DAY_END.match(after_text)
        # "what happens on a wet Tuesday in February": a day of a kind, its adjective between
        or before[-len(last_word) - 3 : -len(last_word)] in ("a ", " a ") and _WEEKDAY_EXPR.match(low_expr)
        and low_expr[:1] in "mtwfs" and _INDEFINITE_DAY_END.match(after_text) and _A_KIND_OF.search(s_text, max(0, rs - 30), rs)
    ):
        return "a generic day ('on a typical Wednesday', 'an average August', 'on a Sunday'), not a date"
    if last_word == "than" and gran in ("quarter", "half", "year", "month", "week") and _rx(r"\b(?:more|less|rather|better|worse|bigger|greater)\s+than\s+\Z").search(
            s_text, max(0, rs - 20), rs):
        # (twenty-fourth session) "Tomorrow matters more than the next quarter": a period compared, no date
        return "a period compared ('matters more than the next quarter'), not a date"
    if low_expr in ("tomorrow", "today") and not before.strip(" \"'“‘") and _rx(r"^\s+(?:also\s+|still\s+|only\s+)?(?:belongs|matters|counts)\b").match(after_text):
        # (twenty-fourth session) "Tomorrow also belongs to those who were never asked", "Tomorrow
        # matters more than the next quarter": the future (or the present) as a subject, no day
        return "a generic day ('Tomorrow matters more than the next quarter': the future, no date)"
    if gran == "day" and _WEEKDAY_EXPR.match(low_expr) and (before.endswith(("'s", "’s")) or last_word in ("the", "its", "their", "our", "his", "her", "weekly")) \
            and _rx(r"^\s+(?:morning\s+|evening\s+|night\s+)?(?:markets?|market\s+traders|services?|opening|openings|shifts?|classes|club|league|"
                    r"prayers|mass|lunch(?:es)?|surgery|surgeries|clinics?|matinees?|collections?|rounds?)\b").match(after_text):
        # (twenty-fourth session) a weekday naming what happens every such day: "Traders fighting the
        # relocation of Vantry's Saturday market", "the Sunday service", "its Friday clinic"
        return "a generic day (a weekday naming what recurs: 'Vantry's Saturday market', 'the Sunday service'), not a date"
    if gran == "month" and last_word == "in" and _GENERIC_DAY_IN.search(s_text, max(0, rs - 40), rs) and not _HAS_YEAR.search(
        e.text) and _rx(r"\b(?:happens|happen|is|are|does|do|would|will|can|could|might|may)\b").search(s_text[max(0, rs - 90) : rs].lower()):
        return "the month of a day of a kind ('what happens on a wet Tuesday in February'), not a date"
    if (first_word == "between" or last_word == "between") and _rx(r"^\s*and\s").match(after_text):
        return "'between ... and ...': a period, not an event"
    if last_word == "and" and _rx(r"\bbetween\b").search(s_text[max(0, rs - 40) : rs].lower()) and not (
        # "between 02:10 and 02:40 on Sunday 15 February": a time range inside one day dates that day
        gran == "time" and _BETWEEN_CLOCKS.search(s_text, max(0, rs - 40), rs) and not _CLOCK_ONLY.match(e.text)
    ):
        return "'between ... and ...': a period, not an event"
    if (gran == "year" and _rx(r"^[-–/]\d{2}(?:\d{2})?\b").match(after_text)) or (
        s_text[rs - 1 : rs] in "-–/\n" and _rx(r"\d{4}[-–/]$").search(s_text[max(0, rs - 5) : rs])
    ):
        return "a split year (2024-25): a fiscal or season period"
    if (first_word == "since" or last_word == "since" or "since" in before and _rx(
        r"\bsince (?:the|its|his|her|their|a|an|last|early|late|mid)$"
    ).search(before)) and not _SINCE_WHEN.match(s_text, re_) and not (
        # (twenty-fourth session) the date of a happening named after it: "since Sunday's flood",
        # "since the October 5 vote", "since its 2022 decision to block", "since last month's ruling":
        # the happening is the event (19 gold mentions over the sets, none of 1,134 traps)
        _SINCE_HAPPENING.match(after_text)):
        # ("no major outage since 2021, when a cooling failure took a site offline": the
        # when-clause tells what happened then, an event of that date)
        return "'since': the start of a state or tenure, not an event"
    if last_word in ("in", "on", "began", "started") and _may_hold(s_text[max(0, rs - 70) : rs].lower(), "since") and _RECORDS_BEGAN.search(
            s_text, max(0, rs - 70), rs):
        return "the start of records ('the lowest since records began in 1911'): a ranking's baseline, not an event"
    if (first_word in ("until", "till", "through", "thru") or last_word in ("until", "till", "through", "thru") or before.endswith(("up to", "until at least", "till at least", "through at least"))) and not (
        # "customers have until the end of the month to claim refunds": a deadline to act, an event
        # (not a season or a year: "has until the summer to show it has changed" is a vague future)
        last_word == "until" and gran not in ("time", "season", "year", "half") and _HAVE_UNTIL.search(s_text, max(0, rs - 20), rs)
        and _rx(r"^\s+to\s+[a-z]{3,}\b").match(after_text)
    ) and not (
        # (not "the hearings it postponed, which will take until mid-2026 to reschedule": how long a task takes)
        last_word in ("until", "till") and not _TAKE_UNTIL.search(before) and _rx(
            r"\b(?:postponed|delayed|deferred|adjourned|pushed back|put off|moved|rescheduled|extended)\b[^.;]{0,60}$"
        ).search(s_text[max(0, rs - 80) : rs].lower())
    ) and not (
        # (nineteenth session) "it took until September 28 to correct it": the act done that day
        last_word == "until" and _rx(r"\b(?:took|had taken)\s+(?:[a-z]+\s+){0,2}until\s*\Z").search(s_text, max(0, rs - 40), rs)
        and _rx(r"^\s+to\s+[a-z]{3,}\b").match(after_text)
    ) and not _not_until(s_text, rs, first_word, last_word, gran):
        return "'until': the end of a term or contract, not an event"
    if last_word == "into" and gran in ("year", "half", "quarter", "season", "month") and s_text[re_ : re_ + 2] not in (
            "'s", "’s") and not _rx(  # (not "the report into last month's collapse": a happening named)
            r"\b(?:push(?:ed|es)?|slip(?:s|ped)?|mov(?:ed|es)|delay(?:ed|s)?|postpone[ds]?|pushed back|put off|deferred|"
            r"drag(?:s|ged)?|spill(?:s|ed)?|run|runs|ran|go(?:es)?|went)\s+(?:[a-z]+\s+){0,3}into\s*$").search(before):
        # "will fund the programme into 2029", "the freeze lasts into next year": how far a state
        # reaches, not when something happens (not "the trial was pushed into 2027": a moved date)
        return "'into': how far a state reaches, not an event"
    if (first_word == "to" or last_word == "to") and not _re.search(
        r"(?:postponed|moved|delayed|deferred|pushed back|brought forward|rescheduled|advanced|shifted|adjourned) to$", before
    ) and not _MOVED_FROM.search(s_text, max(0, rs - 110), rs):  # (twentieth session: "moved the deadline from December 4 to")
        if _rx(r"\bfrom\b").search(s_text[max(0, rs - 60) : rs].lower()) or _rx(r"\b(?:extend|run|last|valid|expire)").search(before):
            return "'to': the end of a period, not an event"
    if last_word == "to" and _rx(r"\b(?:backdated|back-dated|retroactive(?:ly)?|retrospective(?:ly)?)\b").search(before):
        return "'backdated to': the start of the period a measure covers, not an event"
    if last_word in ("on", "in", "at") and _rx(r"\b(?:expires?|expiring|lapses?|runs out|will run out)\s+(?:on|in|at)$").search(before) and not _rx(
        r"\b(?:deadline|ultimatum)").search(s_text, max(0, rs - 60), rs):
        return "'expires on': the end of a term (a ban, a licence, a contract), not an event"
    if "ever" in before or "matter" in before:
        if _WHATEVER.search(s_text, max(0, rs - 40), rs):
            return "a concession ('whatever happens in October'): nothing is reported to happen"
    if before.endswith("as of") or before.endswith("as at"):
        return "'as of': a snapshot date for a figure, not an event"
    if gran != "day" and gran != "time" and (before.endswith(("so far", "thus far", "so far in", "thus far in")) or after_text.startswith(
        (" so far", " thus far", " to date"))
    ):
        return "a running total ('so far this year', 'in 2026 to date'): a period's statistic, not an event"
    if before.endswith(("ended", "ending", "to", "through")) and _rx(
        r"\b(?:quarter|year|half|period|months?|weeks?|season)\s+(?:ended|ending|to|through)\s*\Z", re.IGNORECASE
    ).search(s_text, max(0, rs - 40), rs):  # (not "extended its deadline by a week, to August 17")
        return "the end of a reporting period (\"the quarter ended June 30\")"
    if last_word in ("ended", "ends", "closed") and _rx(
        r"\b(?:quarter|year|half|period|months?|weeks?|season)\s*,?\s+(?:which|that)\s+(?:ended|ends|closed)\s*\Z", re.IGNORECASE
    ).search(s_text, max(0, rs - 50), rs):
        return "the end of a reporting period (\"the last quarter, which ended December 30\")"
    if (first_word == "by" or last_word == "by") and not (
        # "most services had returned by Tuesday evening": a past perfect reports it done by then
        last_word == "by" and (past_by := _PAST_BY.search(s_text[max(0, rs - 45) : rs].lower()))
        # (a passive's "by" before a coarser date already past: "A delay was agreed by the end of
        # May"; before a later one it is a deadline or an agent: "were affected by the end of August")
        and (gran in ("day", "time") or past_by.group(0).startswith("had") or _ends_by(e.value, ctx.article.published))
        and not _COUNTED_SUBJECT.search(s_text, 0, rs)  # ("4,891 families were affected by the end of August": a tally)
        and not _rx(r"\b(?:no|not|never|none|nothing)\b|n['’]t\b").search(s_text[:rs].lower())  # ("no illnesses had been confirmed by")
        or
        gran in ("day", "time") and _rx(
            # (an order to act by a day: "ordered both sides to exchange expert reports by January 9")
            r"\b(?:must|has to|have to|required to|obliged to)\b|\b(?:ordered|directed|instructed)\s+(?:[\w'’-]+\s+){0,3}?to\s+[a-z]+"
        ).search(s_text[:rs].lower())
        or _rx(r"\b(?:is|are)\s+(?:still\s+|now\s+|also\s+)?due\s+(?:to\s+(?:be\s+)?[a-z]+\s+)?(?:by\s+)?$").search(s_text[:rs].lower()) and not (
            # a state due by a year ("are due to be replaced by 2028"): a forecast, not one happening
            gran in ("year", "half") and _rx(r"\bdue\s+to\s+be\s+[a-z]+\s+by\s+$").search(s_text, max(0, rs - 40), rs))
        or _G_DELIVERABLE.search(s_text[max(0, rs - 80) : rs].lower())
        # a decision promised by a date ("the agency will decide by the end of the year")
        or _rx(r"\bwill\s+(?:decide|rule|give (?:its|a) (?:ruling|decision|verdict)|announce (?:its|a) decision)\s+by\s*\Z").search(
            s_text[max(0, rs - 60) : rs].lower())
        or last_word == "by" and gran in ("month", "week", "day") and _PASSIVE_ACT_BY.search(s_text[max(0, rs - 80) : rs].lower())
        or last_word == "by" and (low_expr.startswith("the end of") or gran in ("month", "week", "day")) and _PLANNED_ACT_BY.search(
            s_text[max(0, rs - 80) : rs].lower())
        # the date named as the deadline ("will file an appeal by August 14, the last day allowed")
        or _DEADLINE_APPOSITION.match(after_text)
        or gran == "day" and last_word == "by" and _COMPLETION_BY.search(s_text[max(0, rs - 60) : rs].lower())
    ):
        # A set deadline day ("responses must be submitted by May 28") is itself an event; a goal
        # or forecast ("hope to contain the blaze by Friday", "will be settled by") is not.
        return "'by': a deadline or forecast, not when something happened"
    if (first_word in ("before", "after") or before.endswith(("prior to", "ahead of", "no later than", "earlier than", "later than")) or last_word in ("before", "after", "beyond")) and not (
        # A possessive date names its own event: "after last month's leak" dates the leak.
        after_text.startswith(("'s ", "’s "))
    ) and not (
        # A commitment with a deadline ("agreed to exchange prisoners before the end of the month")
        # is a planned event of that month, like "is due by the end of September".
        last_word == "before" and gran == "month" and low_expr.startswith("the end of")
        and _rx(r"\b(?:must|has to|have to|required to|obliged to|agreed to|pledged to|promised to|committed to)\b").search(s_text[:rs].lower())
    ):
        return "an open interval (before/after a date), not an event date"
    if "earliest" in after_text and _rx(r"^\s*,?\s*at the (?:very )?earliest\b").match(after_text):
        return "'at the earliest': an open interval (not before a date), not an event date"
    if last_word == "from" and _rx(r"^\s+(?:onwards?\b|on\s*(?:[,.;)]|$))").match(after_text):
        # (nineteenth session) "keeping bank statements from 2022 onwards": an open period's start
        return "'from ... onwards': an open interval (from a date on), not an event date"
    if _rx(r"\bat\s+some\s+(?:point|stage|time)\s+(?:in|during)\s+(?:the\s+)?\Z", re.I).search(s_text, max(0, rs - 30), rs):
        # (nineteenth session) "had cut back on food at some point in 2025": some time within it
        return "a vague time ('at some point in 2025'), not a date"
    if vague:
        return "a vague time, not a date"
    if the_period and not before.endswith(("on", "that")):
        return "an unanchored 'the day/the year': the period being described, not a date"
    if low_expr == "the day" and last_word == "on" and _rx(r"^\s*(?:[.;!?]|,\s|$)").match(after_text):
        # "a claim organisers firmly denied on the day": the day in question (the story's), told before
        return "'on the day' alone: the day in question, no date of its own"
    if "half" in low_expr and _MATCH_HALF.search(low_expr) and _SPORT.search(s_text.lower()):
        return "a half of a match ('won it in the second half'), not a date"
    if "half" in low_expr and _MATCH_HALF.search(low_expr) and _half_of_thing(after_text):
        # "the second half of the channel was the hardest": the tagger read no period after "of"
        return "a half of a thing ('the second half of the channel'), not a date"
    if " at " in s_text[max(0, rs - 60) : rs] and _CLOSED_AT.search(s_text, max(0, rs - 60), rs) or last_word in (
            "closed", "ended", "opened", "finished", "traded", "stood") and _DAY_THEN_PRICE.match(s_text, re_) or (
            "closed" in s_text or "ended" in s_text or "finished" in s_text) and _CLOSED_CHANGE.search(s_text, max(0, rs - 50), rs):
        return "a market price at a date ('had closed at 212 crowns on Friday'), a figure, not an event"
    if last_word == "on" and "price" in s_text and _rx(r"\b(?:closing|opening|share|undisturbed)\s+(?:share\s+)?price\s+(?:of\s+(?:[^.;]|\.\d){0,40}?)?on\s+\Z").search(
            s_text, max(0, rs - 80), rs):
        # (twenty-fourth session) "a premium of 44% to the closing price of 10.83 dollars per share on
        # 21 February 2025": the price an offer is measured against, a figure
        return "a market price at a date ('the closing price of 10.83 dollars on 21 February'), a figure, not an event"
    if last_word in ("in", "during") and _TRADING_DAY.match(after_text):
        return "a market move in a day's trading ('fell 11% in Wednesday trading'), a figure, not an event"
    if gran in ("day", "time") and _G_MARKET_MOVE.search(s_text, max(0, rs - 120), rs) and _MOVE_TO_DATE.search(s_text, max(0, rs - 45), rs):
        # (sixteenth session) "Wholesale prices at the hub jumped 23% on Thursday", "fell 14% in
        # early trading on Monday": a price's move over a day, a figure
        return "a market move on a day ('prices jumped 23% on Thursday'), a figure, not an event"
    if gran == "week" and _WEEK_MOVE.search(s_text, max(0, rs - 60), rs):
        # (seventeenth session) "The shares recovered 6% this week", "fell 12% over the past week": a
        # move over a week, a figure (a share's move on its day of news stays: an event of its story)
        return "a market move over a week ('the shares recovered 6% this week'), a figure, not an event"
    if gran == "month" and _rx(r"^\s+(?:contract|futures|delivery)\b").match(after_text) and before.endswith("the"):
        return "a delivery month naming a traded contract ('the April contract'), not a date"
    if last_word == "in" and _rx(r"\b(?:matur(?:e|es|ing)|expir(?:e|es|ing)|fall(?:s|ing)? due)\s+in\s+\Z").search(s_text, max(0, rs - 25), rs):
        return "a maturity or expiry date (a bond maturing, a licence expiring): the end of a term, not an event"
    if _rx(r"\b(?:going|goes|go|dating|dates|date|stretching|reaching)\s+back\s+(?:to|as far as)\s+\Z|\bdating\s+from\s+\Z").search(
            s_text, max(0, rs - 30), rs):
        # (sixteenth session) "unpaid fees going back to 2025", "contracts dating from 2022": the start of
        # what still stands, not an event
        return "an open interval's start ('fees going back to 2025', 'contracts dating from 2022'), not an event"
    if gran in ("month", "season") and not e.mod and _rx(r"(?:^|[^\w'’])(?:[Aa]n?)\s+(?:cold|warm|wet|dry|mild|hot|bad|good|late|early|busy|quiet|harsh|long)\s+\Z").search(
            s_text, max(0, rs - 20), rs) and not _rx(r"^\s+(?:of\s+)?\d").match(after_text):
        return "a kind of period ('a cold February would help'), not a date"
    if gran in ("month", "season") and not e.mod and _rx(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:[a-z]{3,}i?est)|worst|best)\s+\Z").search(
            s_text, max(0, rs - 24), rs) and not _rx(r"^\s+(?:of\s+)?\d").match(after_text):
        # (eighteenth session) "after the driest July in the region for 40 years": a record period
        return "a ranking over a period ('the driest July in 40 years'), not an event date"
    if last_word in ("for", "on") and _FORECAST_FOR.search(s_text, max(0, rs - 40), rs) or possessive_forecast(after_text):
        return "a forecast state ('a rise is forecast for Wednesday', \"Wednesday's forecast rise\"), not an event"
    if "version" in s_text and _CORRECTION.match(s_text):
        return "a correction's retracted claim ('An earlier version of this story said ...'), not an event"
    if after_text.startswith(_APOSTROPHE_S_LEAD) and last_word in ("below", "above", "than", "over", "from", "with") and _rx(
            r"\b(?:price|prices|close|closing|shares?|index|trading|stock)\b", re.I).search(s_text, 0, rs):
        # (eighteenth session) "Tuesday's closing price was 11% below last Friday's": the price compared
        return "a market price at a date ('at Wednesday's close', 'in Thursday's trading'), a figure, not an event"
    if after_text.startswith(_APOSTROPHE_S_LEAD) and _PRICE_AT.match(after_text):
        return "a market price at a date ('at Wednesday's close', 'in Thursday's trading'), a figure, not an event"
    if gran == "time" and _SNAPSHOT_BEFORE.search(s_text, max(0, rs - 40), rs):
        return "a market snapshot ('down 2.6% at 16:08'), a figure, not an event"
    if last_word in ("spent", "spend", "spends", "spending"):
        return "time spent ('spent the past week'): a duration, not a date"
    if _HOLIDAY_AFTER.match(after_text):
        return "a holiday named as context ('the summer holidays', 'the August break')"
    if holiday:
        after = s_text[re_ : re_ + 25].lower()
        if _rx(r"(?:ahead of|before|during|over|around|for|after|since|until|by|this|through|the|its|their|his|her|our)$").search(before) or _re.search(
            r"^\s*(?:season|holidays?|rush|shopping|break|weekend|period|festivities|travel|concerts?|markets?|services|lights|"
            r"parties|menus?|specials|shows|decorations|trees?|cards|sales|bonus(?:es)?)\b", after
        ) or _HOLIDAY_ATTRIBUTE.match(s_text, re_):
            return "a holiday named as context"
    if s_text[-3:].rstrip().endswith("?") and _YES_NO_QUESTION.match(s_text) and not _rx(
        r"\b(?:the|this|last|next)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+(?:in|on|of)\s+\Z"  # presupposed: "worried about the vote in June?"
    ).search(s_text, 0, rs) and not (
        # (twenty-fourth session) a date naming a happening asked about is presupposed too: "Can I
        # still claim compensation for the June 27 walkout?", "Has the November hearing changed how
        # you run tenders?", "Is this like the 2018 recalls?"
        _rx(r"\b(?:the|its|their|this)\s+\Z").search(s_text, max(0, rs - 8), rs) and _rx(r"^\s+(?:[a-z-]+\s+)?[a-z-]{3,}\b").match(after_text)):
        return "a yes/no question: it asks whether, nothing is reported to happen"
    if deictic and (so := _SIGN_OFF.match(s_text)) and not _rx(r"[:;—–]").search(s_text, so.end(), rs):
        return "a live blog's sign-off ('That's all from us today'), not an event"
    if deictic and not _HAS_YEAR.search(e.text) and not _MONTH_NAME.search(low_expr) and (
        _ISSUE_NOUN.match(s_text, re_) and _WEEKDAY_EXPR.match(low_expr) and _OUR_ISSUE.search(s_text, max(0, rs - 6), rs)
        or _FURNITURE_PERIOD.match(low_expr) and _FURNITURE_LINE.match(s_text) and not _rx(r"[:;—–]").search(s_text, 0, rs)
        or _HEADING_TIME.match(s_text) and _LINE_TAIL.fullmatch(ctx.body, e.end, _line_end(ctx.body, e.end))
        and _LINE_LEAD.fullmatch(ctx.body, ctx.body.rfind("\n", 0, e.start) + 1, e.start)
    ):
        return "a newsletter's furniture ('our Friday letter', 'the stories that mattered this week', a 'THIS WEEK' heading), not an event"
    c0, c1 = clause_bounds(s_text, rs, re_)
    if c1 < len(s_text) and (appos := _OPENING_APPOSITION.match(s_text, re_)) and c0 == 0 and appos.end() > c1:
        # "In 2021, the last full year before the collapse, the authority carried out just 19
        # inspections": the date opens the sentence, named again in an apposition; its clause is
        # the main clause after it (a subordinator inside the apposition cuts nothing)
        c1 = clause_bounds(s_text, appos.end(), appos.end() + 1)[1]
    clause = s_text[c0:c1]
    clause_low = clause.lower()
    low_window = s_text[max(0, rs - 90) : rs].lower()  # (its last 45 characters: ``window`` below)
    if "whether" in low_window and _WHETHER.search(low_window) and not after_text.startswith(("'s ", "’s ")):
        return "an open question ('will decide whether to call further strikes in November'): nothing is planned for the date"
    if gran == "year" and deictic and _finer_date_of(ctx.body, exprs, e, e.end, min(sent.end, e.end + 60)):
        # "will go ahead next year on its usual weekend, from July 16 to 18": the year only places
        # the day named after it in its clause, the event's one date
        return "a year placing a finer date of its clause ('next year ... from July 16 to 18'), not an event of its own"
    if gran in ("day", "time") and _WEEKDAY_EXPR.match(low_expr) and _rx(r"^\s+(?:evenings|mornings|afternoons|nights)\b").match(after_text):
        # (nineteenth session) "Bell-ringers practise on Tuesday evenings": every such evening
        return "a habitual pattern ('practise on Tuesday evenings'), not one event"
    if gran != "day" and gran != "time":  # (a day is almost always one event)
        if _G_HABITUAL.search(clause_low) and not _HAS_YEAR.search(e.text) and not _plan_of_own(clause_low, rs - c0, re_ - c0):
            return "a habitual pattern ('normally peaks in late October'), not one event"
        if _G_MARKET.search(clause_low):
            return "a market or forecasters' expectation, not a planned event"
        if _G_TREND.search(clause_low):
            return "a forecast of a trend ('shows the economy shrinking in the current quarter'), not an event"
        if _G_AS_IF.search(low_window[-40:]):
            return "a counterfactual comparison ('as if it were 2023'), not an event"
        if "could" in clause_low or "might" in clause_low:
            if (maybe := _POSSIBILITY.search(clause_low, 0, rs - c0)) and not _G_NEGATION.search(clause_low) and not _rx(r"[“”\"]").search(clause_low, maybe.end(), rs - c0):
                # (not a quotation's modal before its speech verb: "'This could reshape it,' he told reporters in 2019")
                return "a possibility ('could call new strikes in early December'), not a planned event"
    if _inside_sorted(ctx.quotes, e.start, e.end) and _SIGN_READING.search(s_text, max(0, rs - 80), rs):
        # (nineteenth session) "held up a banner reading “PELLICANE OUT — 1889 TO 2024?”": a slogan's words
        return "the words of a banner or a sign ('a banner reading “... 1889 TO 2024”'), not an event"
    if _G_PICTURE.search(low_window) and _rx(r"\b(?:picture|photo|photograph|image|caption)").search(s_text.lower()):
        return "the description of a picture (a correction or a caption), not a report of the event"
    if ("photo" in low_window or "picture" in low_window or "image" in low_window) and (photo := _PHOTO_DATE.search(s_text, max(0, rs - 90), rs)) and (
            photo.group(0).startswith("(") or gran in ("year", "decade")):
        # (twentieth session) "(photo, 2019: Hennick Street from the cathedral tower)", "showed a
        # photograph of the glacier snout from 1950 beside one from 2022": when a picture was taken
        return "in a photo caption or file-photo credit"
    if _MEASURE_OF_DAY.match(s_text, re_):
        # (twentieth session) "Tuesday's temperature at the team's temporary sensor, 19.4C": a reading
        return "a statistics period (a reading or a figure of that day: \"Tuesday's temperature\"), not an event"
    if "T" in e.value and _CLOCK_ONLY.match(e.text) and _PLANNED.search(clause_low) and (
        # its day named in words in its clause ("polling stations will open at 8 a.m. and close at
        # 9 p.m. on election day; ... by November 25"), no other date there (a clock time with no
        # date of its day at all in its sentence was dropped above)
        _DAY_IN_WORDS.search(clause_low) and _only_clocks_in(exprs, sent.start + c0, sent.start + c1)
    ):
        return "a time of day alone in a plan: its day is named elsewhere, not the publication day"
    if deictic and _deictic_alternatives(ctx.body, exprs, e):
        return "a list of alternative times ('Tomorrow, next month or next year, the answer is the same'): any time, not an event"
    if deictic and low_expr.strip() == "today" and _rx(r"\b(?:a third|a quarter|half|two thirds|three quarters|a fraction|\d+\s*(?:%|per ?cent|percent))\s+of\s+\Z", re.I).search(
            s_text, max(0, rs - 30), rs) and _rx(r"['’]s\b").match(s_text, re_):
        # (nineteenth session) "carried a third of today's loads": a comparison with the present
        return "a comparison with the present ('a third of today's loads'), not an event"
    if deictic and low_expr.strip() in ("today", "now") and _rx(r"\bthan\s+(?:[\w'’-]+\s+){0,4}\Z").search(s_text, max(0, rs - 40), rs):
        return "a comparison with the present ('faster than can be done today'), not an event"
    if deictic and low_expr == "today" and not _PAST_CUE.search(_rx(r"\b(?:is|are|am|be|been|being)\s+[a-z]+ed\b").sub(
            " ", seg := s_text[max(c0, s_text.rfind(";", 0, rs) + 1) : c1].lower())) and _rx(
            r"\b(?:a|per|each|every)\s+(?:day|week|month|year)\b").search(seg) and not _PLANNED.search(seg):
        # (nineteenth session) "today we sell fewer than 9,000 copies a day", "Today a rider is tested
        # more than 30 times a year": a rate of now, no happening
        return "'today' as 'nowadays' with a rate ('today we sell fewer than 9,000 copies a day'): a general present, not an event"
    if deictic and low_expr == "today" and _NOWADAYS.match(s_text, re_) and not _PAST_CUE.search(clause_low):
        return "'today' as 'nowadays' ('Today, any punter with a phone can bet'): a general present, not an event"
    if deictic and _rx(r"\s+(?:marks|marked|is|was)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}(?:anniversary|day in history)\b").match(s_text, re_):
        return "an anniversary ('Today marks the tenth anniversary'): the day recalls a past event, nothing happens"
    if deictic and (_SPEECH_TIME_WORDS.match(low_expr.strip()) or _THAT_TIME.match(low_expr.strip())) and _QA_ANSWER.match(
        ctx.body, ctx.body.rfind("\n", 0, e.start) + 1, e.start
    ):
        return "deixis in an interview's answer: the speech time is not the publication date"
    if _inside_sorted(ctx.quotes, e.start, e.end) and deictic:
        if _SPEECH_TIME_WORDS.match(low_expr.strip()):
            return "deixis inside a quotation: the speech time is not the publication date"
        if (_rx("[^ “\"'‘]").search(s_text, 0, max(0, rs - 1)) is None or _inside_sorted(ctx.quotes, sent.start + 1, e.end)) and not _told_this_outlet(ctx, e):
            return "deixis inside a direct quotation: the speech time is unknown"
        dct = ctx.dct
        years = _years_outside_quotes(ctx, sent)
        if dct and any(y < dct.year for y in years) and not any(y >= dct.year for y in years):
            return "deixis inside a quotation spoken at another time"
        # ``exprs`` is in text order: only those of this sentence (no scan of the whole text).
        lo = bisect_left(exprs, sent.start, key=_expr_start)
        hi = bisect_left(exprs, sent.end, lo, key=_expr_start)
        for o in exprs[lo:hi]:
            if o is e or not (sent.start <= o.start < sent.end) or _inside_sorted(ctx.quotes, o.start, o.end):
                continue
            if _is_calendar(o.value) and (_HAS_YEAR.search(o.text) or _MONTH_NAME.search(o.text.lower())) and dct:
                if _interval(o.value)[1] < dct - dt.timedelta(days=7):
                    return "deixis inside a quotation spoken at another time"
    # "Thursday's attack": the attack happened
    possessive = after_text[:1] in _APOSTROPHES and bool(_rx(r"^['’]s\b").match(after_text))
    neg_low = clause_low
    if ctx.quotes and not _inside_sorted(ctx.quotes, e.start, e.end):
        # a negation inside a quotation is the speaker's, not the reporting clause's ("“... is not for
        # sale,” the councillor said outside the courthouse on Thursday")
        neg_low = _blank_quotes(ctx.quotes, clause_low, sent.start + c0)
    if ", wh" in neg_low:
        # a negation inside an aside relative clause is its own ("Athletic, who have not lost at
        # home in six games, ... travel to Dunmere on Tuesday"): blanked, offsets kept
        neg_low = _RELATIVE_ASIDE.sub(lambda m: m[0] if m.start() <= rs - c0 < m.end() else " " * len(m[0]), neg_low)
    if "who " in neg_low:
        for w in _WHO_NOT.finditer(neg_low):
            # (twenty-fourth session) the date before the relative clause, or after its end (a main
            # verb of the clause between): the relative's negation is not the date's
            if w.start() >= re_ - c0 or _MAIN_AFTER_WHO.search(neg_low, w.end(), rs - c0):
                neg_low = neg_low[: w.start()] + " " * (w.end() - w.start()) + neg_low[w.end():]
    rest = neg_low.replace(low_expr, " ")  # the clause without the date's words
    if "not " in rest:
        rest = _VERDICT_NOT.sub(" ", rest)  # ("found Tice not guilty on Thursday", "pleaded not guilty": a verdict, a plea)
    if not possessive and _G_NEGATION.search(rest) and not (
        # "Council decides not to appeal": a decision not to act is itself an event
        _DECIDED_NOT.search(rest) and not _G_NEGATION.search(_DECIDED_NOT.sub(" ", rest))
        or _negation_elsewhere(neg_low, rs - c0, re_ - c0)
        # (twenty-fourth session) a clause cut at a role's "as" holds no verb of its own: the
        # sentence's stretch decides ("He joined the island ferry as a deckhand in 1986 and never
        # worked anywhere else")
        or neg_low.lstrip().startswith("as ") and c0 > 0 and _negation_elsewhere(s_text.lower(), rs, re_)
        # (twenty-fourth session) the date in a relative clause of a past act, the negation the main
        # clause's: "The reporters who voted no confidence in the deal last week are not sentimental"
        or _relative_date_main_negation(neg_low, rs - c0, re_ - c0)
        # (twenty-fourth session) a when-clause after "since" and its date tells what happened that
        # day: "The trawler has not been home since September 21, when a coastguard cutter came
        # alongside" (not "had not appointed an officer in 2021, when its customer base passed")
        or last_word == "since" and _SINCE_WHEN.match(s_text, re_) is not None
        or _negation_outside_subclause(s_text, neg_low, c0, rs - c0, re_ - c0)
        or _negation_of_embedded_subject(neg_low, rs - c0, re_ - c0)
        or _negation_in_other_clause(neg_low, rs - c0, re_ - c0)
        or _not_until(s_text, rs, first_word, last_word, gran)
        or _dated_happening_noun(s_text, rs, re_)
        or _dated_noun_stands(s_text, rs, re_, neg_low, c0)
    ):
        return "negated: it did not happen then"
    if not possessive and "no " in low_window and _NONE_HAPPENED.search(low_window):
        return "negated: nothing of the kind happened then ('No match was played in 2021')"
    window = low_window[-45:]
    if _G_MEANT_TO.search(window) and _sent_has(_rx(
        r"\bbut\b|\binstead\b|\bdelay|\bpostpon|\bpushed back|\bnow\b"
    ), s_text):
        return "the original date of a plan that changed"
    if ("meant" in window or "supposed" in window or "due" in window) and (plan := _PAST_PLAN_WORDS.search(window)) and (
            plan[1] != "due" or ctx.dct and _is_calendar(e.value) and _interval(e.value)[1] < ctx.dct):
        # (eighteenth session) "They were due to move in last August, then at Christmas", "The
        # panels were meant to come off in 2022", "were meant to get the keys at Christmas": a plan
        # told in the past (for a past date, if "due": "said the minister was due to arrive on
        # Tuesday" reports a plan that holds); told so, it did not come about
        return "the date of a past plan ('were due to move in last August'): not told to have happened"
    if "have" in window and _SHOULD_HAVE.search(window):
        return "a duty not done ('should have been replaced in March'): no happening on its date"
    if "have" in window and _UNREALISED_PLAN.search(window):
        return "the date of a plan that did not happen ('It was to have reopened on November 1')"
    if _G_CALLED_OFF.search(window) or (possessive and _rx(r"\b(?:called off|cancell?ed|scrapped|postponed|put off|suspended)\s*$").search(window)):
        return "the date of something called off or postponed"
    if (_G_ORIGINAL.search(window) and _sent_has(_POSTPONED, s_text)) or _G_ORIGINALLY.search(window):
        return "the original date of something postponed or cancelled"
    if _PLAN_FOR.search(window) and ("not" in s_text or "never" in s_text or "n't" in s_text or "n’t" in s_text) and _PLAN_NOT_DONE_AFTER.match(s_text, c1):
        # (eighteenth session) "The match, scheduled for Saturday, was not played": a plan's aside,
        # then the main clause telling it did not come about
        return "the date of a plan that did not happen ('The match, scheduled for Saturday, was not played')"
    if _rx(r",?\s+(?:that|which|but)\s+never\s+(?:happened|came|took place|materiali[sz]ed|arrived|went ahead)\b(?!\s+(?:back|home|out|close|to)\b)").match(after_text):
        # (twentieth session: "A smaller eruption had been expected in 2011 but never came")
        # (nineteenth session) "were due for an overhaul in 2019 that never happened"
        return "the date of a plan that did not happen ('an overhaul in 2019 that never happened')"
    if _PLAN_FOR.search(window) and _CALLED_OFF_AFTER.match(s_text, re_):
        # "a second one planned for December has been cancelled", "first pencilled in for November 14
        # but was pushed back a fortnight": the plan's date, given up
        return "the date of something called off or postponed"
    if gran in ("year", "quarter", "half") and _re.match(  # ("the airport's first-quarter figures")
        r"^\s*(?:(?:annual|full-year|quarterly|half-yearly|interim|financial|first-half|second-half)\s+)?(?:sales|revenue|revenues|budget|profits?|earnings|figures|results|forecast|target|outlook|deficit|"
        r"growth|output|exports|imports|guidance|accounts|season|census|data|estimates?|levels|numbers|rankings?|"
        r"report|survey|average|total|turnover|production|emissions|spending|allocation|quota|throughput|traffic|volumes?|"
        r"bookings|orders|shipments|deliveries|(?:trading\s+)?statement|update|numbers)\b"
        # a year naming a plan or goal ("the Velmar 2030 climate plan", "its 2030 targets")
        r"|^\s*(?:[a-z-]+\s+)?(?:plan|strategy|agenda|vision|goals?|targets|roadmap|programme|program)\b",
        after_text,
    ) and not _survey_act(s_text, rs, re_):
        return "a year naming a period figure (\"its 2025 sales\", \"the 2026 budget\")"
    if gran == "month" and _MONTH_FIGURES.match(after_text):
        return "a month naming a period's figures (\"March retail sales figures\"), not an event"
    if gran == "month" and _BARE_MONTH.match(low_expr) and _MONTH_THING.match(after_text) and _rx(
            r"\b(?i:the|its|their|his|her|and)\s+\Z").search(s_text, max(0, rs - 8), rs):
        # (nineteenth session) "the August and September wages had been paid", "before the January
        # transfer window opens": the month names what is paid for, or a recurring window
        return "a month naming a thing ('the August wages', 'the January transfer window'), not an event date"
    if gran == "year" and _BUDGET_FOR.search(s_text, max(0, rs - 40), rs):
        return "a year naming a period figure (\"a stopgap budget for 2026\")"
    if gran == "year" and _rx(r"\b(?:bonds?|notes|debt|loans?|securities|gilts|treasuries|paper)\s+(?:due|maturing)(?:\s+in)?\s+\Z").search(
            s_text, max(0, rs - 40), rs):
        # (twentieth session) "the company's bonds due 2031 now trade at about 87 cents": a maturity
        return "a maturity ('bonds due 2031'), the end of a term, not an event"
    if gran == "year" and e.text.isdigit() and (name := _NAME_BEFORE_YEAR.search(s_text, max(0, rs - 30), rs)) and name.start() > 0 and (
        name.group(1) not in _NOT_NAME_START and _WORD_AFTER_NAME_YEAR.match(s_text, re_)
    ):
        return "a year in a name (\"the Velsund 2028 bid\", \"Expo 2030 site\"), not an event date"
    if gran == "season" and _SEASON_NAME.search(e.text) and rs > 0 and _rx(r" [A-Z][a-z]+").match(s_text, re_):
        # "during the Autumn Fair weekend", "the Spring Festival": a capitalised season in a name
        return "a season in a name ('the Autumn Fair'), not an event date"
    if gran == "season" and _rx(r"^\s+months\b").match(after_text):
        return "the season's months ('work for the company in the winter months'): a recurring period, not a date"
    if gran == "season" and low_expr.startswith("the ") and last_word not in _SEASON_PREPS and _SEASON_NOUN_AFTER.match(after_text):
        # "exporters shipping the autumn harvest", "ahead of the summer season": a season naming a
        # thing, not when something happened (not "in the autumn", a date)
        return "a season naming a thing ('the autumn harvest'), not an event date"
    if gran == "season" and _SEASON_ROUND.match(after_text):
        return "a season naming a recurring round ('the autumn budget round', 'the spring session'), not an event date"
    if gran != "day" and gran != "time" and "may " in clause_low and (maybe := _MAY_VERB.search(s_text, c0, rs)) and "," not in s_text[
            maybe.end() : rs] and not _G_NEGATION.search(clause_low) and not _rx(r"[“”\"]").search(s_text, maybe.end(), rs):
        # (the modal, lower case: not the month "May"; as "could" and "might" above)
        return "a possibility ('the pool may reopen in the autumn'), not a planned event"
    if gran == "year" and e.text.isdigit() and _COUNT_COMPOUND.match(s_text, re_):
        return "a count in a compound (\"1850-bed towers\", \"a 2000-seat hall\"), not a year"
    if gran == "year" and e.text.isdigit() and _NUMBER_LABEL.search(s_text, max(0, rs - 14), rs):
        return "a number naming a thing (\"study 2031\", \"flight 2046\"), not a year"
    if gran == "year" and e.text.isdigit() and (s_text[rs - 1 : rs] == "[" and _rx(r"\]\s+[A-Z][A-Za-z]{1,7}\s+\d").match(s_text, re_)
                                                or _rx(r"\b(?i:standards?|norms?|specifications?|codes?)\s+[A-Z]{1,5}[ -]?\Z").search(s_text, max(0, rs - 30), rs)):
        # (nineteenth session) a law report's citation ("Save Hollowmere v Ashwold Health Trust [2025]
        # HCA 2417"), a standard's number ("the national test standard FS 1987")
        return "a number naming a thing (a law report's citation, a standard: \"[2025] HCA 2417\", \"standard FS 1987\"), not a year"
    if gran == "year" and e.text.isdigit() and (_SERIAL_BEFORE.search(s_text, max(0, rs - 60), rs) or _rx(r"-[A-Z]\b").match(s_text, re_)):
        # (nineteenth session) "Units with serial numbers beginning 2024 or 2025", "2026-B"
        return "a number naming a thing (a serial number or a code: \"serial numbers beginning 2024\", \"2026-B\"), not a year"
    if gran == "year" and e.text.isdigit() and _ENDING_DIGITS.search(s_text, max(0, rs - 50), rs):
        return "the end of an account or card number (\"an account ending 2044\"), not a year"
    if gran == "year" and e.text.isdigit() and _NUMBER_GROUPS_BEFORE.search(s_text, max(0, rs - 20), rs):
        return "the end of a phone or account number (\"call 0800 412 2026\"), not a year"
    if gran == "year" and e.text.isdigit() and _YEAR_ATTRIBUTE_BEFORE.search(s_text, max(0, rs - 8), rs) and _rx(
        r"\s+[A-Za-z]").match(s_text, re_) and not _YEAR_EVENT_NOUN.match(s_text, re_):
        return "a year naming a thing (\"its 2027 theme\", \"his 2007 campaign\"), not an event date"
    if last_word == "for" and _MEASURE.search(rest):
        return "a statistics period (a figure 'for' a period)"
    if last_word == "for" and gran != "time" and not possessive and _FIGURES_FOR.search(s_text, max(0, rs - 30), rs):
        return "a statistics period (the period of figures: 'according to the ministry's figures for 2024')"
    if last_word == "for" and gran in ("year", "half", "quarter", "month") and not possessive and _FIGURE_NOUN_FOR.search(
        s_text, max(0, rs - 40), rs
    ):
        return "a statistics period (a figure 'for' a period: 'overstated economic growth for the second quarter')"
    if gran not in ("day", "time") and (last_word in _HOLIDAY_WORDS or not last_word.isascii()) and _HOLIDAY_BEFORE.search(
            s_text, max(0, rs - 20), rs):
        return "a holiday taken in a period ('a long holiday this summer'), not an event date"
    if last_word == "for" and gran == "season" and low_expr.startswith("the ") and _LAID_UP_FOR.search(s_text, max(0, rs - 30), rs):
        return "the season a thing is laid up or closed ('laid up for the winter'): a span, not an event date"
    if last_word == "for" and gran in ("year", "season", "month", "quarter") and _STATE_FOR.search(s_text, max(0, rs - 50), rs):
        # (seventeenth session) "Fares are frozen for 2027", "The road will stay closed for the
        # summer": a state held over the period, not a happening
        return "a state held for a period ('fares are frozen for 2027'), not an event"
    if last_word in ("for", "of", "and") and gran not in ("day", "time") and _COVERED_FOR.search(s_text, max(0, rs - 50), rs):
        return "the period a payment or a pass covers ('wages for February', 'passes bought for this week'), not an event"
    period = gran in ("year", "half", "season", "quarter", "month")
    if gran not in ("day", "time") and _rx(r"\b(?:term|contract|mandate|lease|tenure)\s+(?:ends|expires|runs out|will end|will expire)\s+(?:in\s+)?\Z").search(
            s_text, max(0, rs - 40), rs):
        # (nineteenth session) "intends to stay until her term ends in 2027": a term's end
        return "'until': the end of a term or contract ('until her term ends in 2027'), not an event"
    if gran in ("year", "half", "quarter", "season") and _rx(r"\b(?:aim(?:s|ing)?|target(?:s|ing)?)\s+(?:for|at)\s+[^.;]{1,40}?\s+(?:in|by)\s+\Z").search(
            s_text, max(0, rs - 60), rs):
        # (nineteenth session) "it is aiming for six in 2027": a target over a period
        return "a target count over a period ('aiming for six in 2027'), not an event"
    if gran == "year" and e.text.isdigit() and _rx(r"^\s+(?:annual|half-year|half-yearly|interim|quarterly|full-year)\s+(?:report|results|accounts)\b").match(after_text):
        # (nineteenth session) "Its 2024 half-year report is available at": the period reported on
        return "a year naming a period figure (\"its 2024 half-year report\")"
    if gran in ("year", "half", "quarter", "season", "month") and last_word == "throughout":
        # (nineteenth session) "had known the alarm was faulty throughout 2024": a state over the period
        return "a state over a period ('faulty throughout 2024'), not an event"
    if gran in ("year", "half", "quarter", "season", "month") and last_word in ("in", "during") and _rx(
            r"\b(?:just\s+|only\s+|fewer than\s+|more than\s+|at least\s+|nearly\s+|almost\s+)?(?:\d[\d,]*|half|a third|a quarter|two thirds|most|all)\s+of\s+them\s+(?:in|during)\s+\Z").search(
            s_text, max(0, rs - 50), rs):
        # (nineteenth session) "carried out asbestos surveys at just 11 of them in 2025", "visited fewer
        # than half of them in 2025": a tally over the period
        return "a statistics period (a tally over the period: 'at just 11 of them in 2025')"
    if gran == "year" and last_word in ("in", "of", "during") and (_SHARE_IN_YEAR.search(s_text[max(c0, rs - 110) : rs]) or _rx(
            r"\b(?:the\s+)?(?:most|least)[- ](?:watched|read|visited|popular|used|viewed|played|streamed)\b[^.;]{0,50}\s+(?:of|in)\s+\Z").search(
            s_text, max(0, rs - 80), rs) or _rx(r"\bspent\s+(?:an?\s+)?(?:estimated\s+|about\s+|some\s+|around\s+)?[\d.,]+\s*(?:million|billion|bn)\b[^.;]{0,40}\bon\s+[^.;]{1,40}\s+in\s+\Z").search(
            s_text, max(0, rs - 110), rs)):
        # (nineteenth session) "supplied about 9 percent of the country's electricity in 2022", "Uptake
        # ... was 81 percent in 2024", "the most-watched news programme of 2025", "Councils spent an
        # estimated 40 million pounds on AI tools in 2025": a year's share, rank or total
        return "a statistics period (a year's share, rank or total: 'was 81 percent in 2024')"
    if gran not in ("day", "time") and _WHAT_BASELINE.search(s_text, max(0, rs - 60), rs):
        # (nineteenth session) "more than three times what he received the year before": the baseline
        return "a comparison baseline ('three times what he received the year before'), not an event"
    if gran == "year" and _YEAR_FIGURE_AFTER.match(s_text, re_) and _rx(r"(?:^|[:;,]\s*)\W*(?:in|during)\s+\Z", re.I).search(s_text, max(0, rs - 12), rs):
        # (twentieth session) "in 2025 the authority spent 3.1 million crowns on embankment
        # maintenance": a year told first, then what was spent or earned over it
        return "a statistics period (a year's figure: 'in 2025 the authority spent 3.1 million crowns')"
    if gran in ("month", "season") and (s_text.find("cost", max(0, rs - 120), rs) >= 0 or s_text.find("lost", max(0, rs - 120), rs) >= 0) and _rx(r"\b(?:cost|lost)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:an estimated\s+|about\s+|around\s+|some\s+|nearly\s+)?"
                                         r"(?:[$€£]\s?\d[\d.,]*\s*(?:million|billion|bn|m)\b|\d[\d.,]*\s*(?:million|billion|bn|m)\s*" + _CURRENCY_WORDS + r"\b)[^.;,]{0,40}?\bin\s+(?:[A-Za-z]+\s+and\s+)?\Z").search(
            s_text, max(0, rs - 120), rs):
        # (twentieth session) "the eruption cost the island 38 million crowns in lost bookings in
        # February and March": a cost over the period
        return "a statistics period (a cost over a period: 'cost the island 38 million crowns in February')"
    if gran in ("month", "season") and _rx(
            r"\b(?:driest|wettest|coldest|warmest|hottest|sunniest|windiest|snowiest|stormiest|mildest)\s+(?:[a-z]+\s+and\s+)?\Z").search(
            s_text, max(0, rs - 30), rs):
        # (twentieth session) "after the driest winter and spring in the region for half a century": a record
        return "a statistics period (a record of the weather: 'the driest winter and spring'), not an event"
    if "of" in low_window and _BALANCE_AT.search(s_text, max(0, rs - 90), rs):
        # (twentieth session) "held cash of 410 million marks at 31 December": a balance on a day
        return "a statistics period (a balance on a day: 'held cash of 410 million marks at 31 December'), not an event"
    if gran in ("week", "month", "year", "quarter", "season") and ("%" in low_window or "cent" in low_window) and _CHANGE_OVER.search(s_text, max(0, rs - 50), rs):
        # (twentieth session) "Some shopkeepers say takings were down 20% last week": a period's change
        return "a statistics period (a change over a period: 'takings were down 20% last week'), not an event"
    if "ready" in clause_low and _rx(r"\b(?:stand|stands|stood|are|is|were|was)\s+ready\s+to\b").search(clause_low, 0, rs - c0):
        # (twentieth session) "Our members stand ready to go back to the wards tomorrow, if someone will let them"
        return "a readiness or an offer ('stand ready to go back tomorrow'), not a planned event"
    if low_expr in ("tomorrow", "today") and after_text.startswith(("'s ", "’s ")) and _rx(
            r"['’]s\s+(?:[A-Z]|(?:world|generation|leaders|city|children|town|workforce|economy|society|Britain|country)\b)"
            # (today's: people of now, "Today's bakers are fighting over survival"; not "Today's vote")
            r"|['’]s\s+(?:young\s+)?(?:[a-z]+(?:ers|ists)|people|children|families|consumers|households|students|workers|youth|parents|teenagers)\s+(?:are|have|face|can|must|need|want|do)\b"
            ).match(s_text, re_) and (low_expr == "tomorrow" or s_text[re_ + 3 : re_ + 4].islower()):
        # (twentieth session) "Tomorrow's Corvessa can have both homes and history": the future, figuratively
        return "a figure of speech ('tomorrow's city', 'today's bakers'), not a date"
    if holiday and (_rx(r"\bspent\s+(?:(?:one|their|a|his|her|our|my)\s+)?(?:last|first|final|quiet|lonely|another)?\s*\Z").search(s_text, max(0, rs - 30), rs)
                    # "the port will have a thin Christmas": a season's character
                    or _rx(r"\b(?:a|an)\s+(?:thin|quiet|lean|bleak|hard|busy|white|wet|green|lonely|difficult|tough|record)\s+\Z").search(s_text, max(0, rs - 14), rs)):
        # (twentieth session) "Several families spent one last Christmas in the tower": a holiday as context
        return "a holiday named as context ('spent one last Christmas in the tower'), not an event"
    if gran == "month" and _rx(r"\b(?:our|the|this|its|your)\s+\Z").search(s_text, max(0, rs - 8), rs) and _rx(
            r"\s+(?:bulletin|newsletter|issue|edition|update|digest|round-?up|magazine)\b").match(s_text, re_):
        # (twentieth session) "Welcome to our October bulletin": the name of an issue
        return "the name of an issue ('our October bulletin'), not an event"
    if last_word in ("in", "after", "before", "since", "between") and "born" in low_window and _rx(
            r"\b(?:everyone|anyone|those|people|men|women|children|pupils|students|all|citizens|residents)\s+born\s+(?:in|after|before|since|between)\s+\Z",
            re.I).search(s_text, max(0, rs - 40), rs):
        # (twentieth session) "Registration is compulsory for everyone born in 2008": a cohort
        return "a birth cohort ('everyone born in 2008'), not an event"
    if "of the month" in low_expr and _rx(r"\b(?:are|is)\s+(?:usually\s+|normally\s+|typically\s+)?[a-z]+(?:ed|id|ld)\s+on\s+\Z").search(s_text, max(0, rs - 40), rs):
        # (twentieth session) "most public-sector workers are paid on the fourth Friday of the month": a recurring day
        return "a recurring day ('are paid on the fourth Friday of the month'), not one date"
    if gran in ("month", "quarter", "season", "year") and any(v in low_window for v in _RISE_VERBS) and _RISE_OVER.search(s_text, max(0, rs - 70), rs) and not _rx(
            r"\s+to\s+(?:a|an|its|their|the)\b").match(s_text, re_):  # (a level reached, told below: "rose in May to a five-year high")
        # (twentieth session) "Fuel and hotel costs rose sharply last year", "Reports climbed sharply in August"
        return "a statistics period (a change over a period: 'costs rose sharply last year'), not an event"
    if last_word == "by" and _rx(r"\b\d[\d,]*\s+(?:[a-z-]+\s+)?[a-z]+s\s+(?:had|have|has)\s+(?:been\s+)?(?:[a-z]+ed|arrived|come in|come)\s+(?:in\s+)?by\s+\Z").search(
            s_text, max(0, rs - 70), rs):
        # (twentieth session) "officials said 312 applications had arrived by Thursday evening": a tally at a day
        return "a count at a date ('312 applications had arrived by Thursday evening'), not an event"
    if gran == "year" and deictic and _rx(r"\s+(?:it|that|the (?:figure|number|toll|total|count))\s+(?:was|were|stood at)\s+(?:about\s+|around\s+|nearly\s+)?\d").match(s_text, re_):
        # (twentieth session) "Thirty-one deaths is thirty-one too many, but last year it was 212": a year's figure
        return "a statistics period (a year's figure: 'last year it was 212'), not an event"
    if "emperature" in s_text and _rx(r"\btemperatures?\s+(?:are|is|were|was)\s+(?:forecast|expected|predicted|set|likely)\s+to\s+(?:peak|reach|hit|climb|rise|top|fall|drop)\b",
                                       re.I).search(s_text, 0, rs):
        # (twentieth session) "Temperatures are forecast to peak at 43C on Thursday, with a slow easing
        # over the weekend": a forecast of the weather
        return "a forecast state ('temperatures are forecast to peak at 43C on Thursday'), not an event"
    if gran in ("week", "month", "year", "quarter", "season") and _rx(
            r"\b(?:has|have|had)\s+(?:more than\s+|nearly\s+|almost\s+)?(?:doubled|tripled|trebled|halved|quadrupled)\s+\Z").search(s_text, max(0, rs - 40), rs):
        # (twentieth session) "Footfall has tripled this week": a period's change
        return "a statistics period (a change over a period: 'footfall has tripled this week'), not an event"
    if gran in ("month", "quarter", "season", "year") and last_word == "in" and _rx(
            r"\b(?:peaked|bottomed out|stood|averaged|topped out)\s+at\s+(?:about\s+|around\s+)?\d[\d.,]*\s*(?:%|per ?cent\b|percent\b)\s+in\s+\Z").search(
            s_text, max(0, rs - 50), rs):
        # (twentieth session) "Inflation ... peaked at 3.1% in March": a figure of the period
        return "a statistics period (a figure of the period: 'inflation peaked at 3.1% in March'), not an event"
    if gran in ("month", "quarter", "season", "year") and last_word == "in" and _rx(
            r"\b(?:was|were|is|are)\s+(?:about\s+|around\s+|some\s+)?\d[\d.,]*\s*(?:%|per ?cent\b|percent\b)\s+(?:lower|higher|down|up|less|more)\s+in\s+\Z").search(
            s_text, max(0, rs - 50), rs) and _rx(r"\s+than\b").match(s_text, re_):
        # (twentieth session) "nitrogen dioxide on Kessel Street was 17% lower in June than in the same
        # month last year": the period of a compared figure
        return "a statistics period (a compared figure: 'was 17% lower in June than ...'), not an event"
    if "emperature" in clause_low and _rx(r"\btemperatures?\s+(?:reached|hit|rose to|climbed to|fell to|dropped to|peaked at|topped|of)\s+[-−]?\d[\d.]*\s*(?:°\s*)?[CF]\b",
                                         re.I).search(s_text, max(0, c0), rs):
        # (twentieth session) "Temperatures reached 36C last week": a weather reading
        return "a statistics period (a weather reading: 'temperatures reached 36C last week'), not an event"
    if gran == "year" and deictic and _rx(r"\b(?:holds?|chairs?|has|have)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:chair|chairmanship|presidency)\s+\Z").search(
            s_text, max(0, rs - 50), rs):
        # (twentieth session) "who holds the forum's rotating chair this year": a tenure
        return "a tenure ('holds the forum's rotating chair this year'), not an event"
    if gran == "year" and _rx(r"\b(?:at|by)\s+(?:this|the same|that)\s+(?:point|time|stage)\s+\Z").search(s_text, max(0, rs - 30), rs):
        # (twentieth session) "is at 41% of capacity, against 78% at this point last year": a baseline
        return "a comparison baseline ('against 78% at this point last year'), not an event"
    if last_word == "until" and _rx(r"\b(?:extended|extends|prolonged|renewed)\b[^.;]{0,90}\buntil\s+\Z").search(s_text, max(0, rs - 100), rs):
        # (twentieth session) "has also extended the tax holiday for businesses in the quake zone until
        # December 31": the end of a term
        return "the end of a term ('extended the tax holiday until December 31'), not an event"
    if (gran not in ("day", "time") or low_expr.startswith("the same ")) and _FIGURE_ON_BASELINE.search(s_text, max(0, rs - 50), rs):
        # (nineteenth session) "Yields are down 55 percent on last year": the comparison's baseline
        return "a comparison baseline ('down 55 percent on last year'), not an event"
    if gran == "month" and last_word == "in" and _rx(r"\bran\s+(?:at\s+)?\d[\d.,]*\s*(?:%|percent\b|per cent\b)").search(s_text, max(c0, rs - 90), rs):
        # (nineteenth session) "trams ran 96% of scheduled services in January": a month's figure
        return "a statistics period (a month's figure: 'trams ran 96% of scheduled services in January')"
    if gran == "year" and low_expr in ("last year", "this year", "the past year", "the previous year") and (
            _YEAR_FIGURE_VERB.search(s_text[max(c0, rs - 90) : rs])
                           or _rx(r"\s*:\s*[\d.,]+\s*(?:%|percent|per cent|million|billion|bn)?").match(s_text, re_)):
        # (nineteenth session) "It spent 210 million euros on research last year", "ran at 35 percent
        # of capacity last year", "Foldables made up about 6% of smartphones sold ... last year",
        # "Fuel duty receipts last year: 41.7 billion": a year's figure
        return "a statistics period (a year's figure: 'spent 210 million euros on research last year')"
    if _SURVEY_DONE_BEFORE.search(s_text, max(0, rs - 80), rs) and _rx(r"%|\bper ?cent\b").search(s_text, re_):
        # (nineteenth session) "Our poll of 1,012 adults, carried out from February 26 to March 1,
        # found 67% support": the fieldwork's days, the figure's period
        return "a statistics or survey period, not an event"
    if last_word == "from" and _MEASURE.search(s_text.lower()) and _BASELINE_FROM.search(low_window):
        return "a comparison baseline ('an increase of 54 points from March 12'), not an event"
    if possessive and gran in ("year", "season") and deictic and (not _YEAR_EVENT_NOUN.match(s_text, re_ + 2) or _rx(
        # "This year's drought is not yet over": the period's state, told in the present
        r"^['’]s\s+(?:[a-z-]+\s+){0,2}[a-z]+\s+(?:is|are|has been|have been|remains?)\b").match(after_text) or _rx(
        # "to limit this year's cut to 18 percent", "last year's rise of 4%": the period's figure
        r"^['’]s\s+(?:[a-z-]+\s+){0,2}(?:to|of|from)\s+(?:about |around |nearly |some )?\d").match(after_text)
    ):
        # "This year's vaccine was considered effective", "last year's budget": a year naming a thing
        return "a year naming a thing (\"this year's vaccine\"), not an event date"
    if period and ((last_word in _RANKING_LAST or not last_word.isascii()) and _may_rank(low_window)
                   and _RANKING.search(s_text, max(0, rs - 60), rs)
                   or _RANKED_PERIOD.match(after_text) or (
        # (every superlative ends in "st": "biggest", "most", "best")
        (last_word.endswith("st") or not last_word.isascii()) and _SUPERLATIVE_BEFORE.search(s_text, max(0, rs - 30), rs)
        and _RECORD_AFTER.match(after_text)
    ) or (
        ("record" in clause_low or "in " in clause_low) and (record := _RECORD_IN_PERIOD.search(clause_low))
        and _STAT_NOUN_STRICT.search(record.group())  # (a figure's, not "the worst flooding")
    )):
        return "a ranking over a period ('the second-biggest loss of 2007'), not an event date"
    if (period or gran == "week") and "jobs" in clause_low and _JOBS_REPORT.search(clause_low):
        return "a statistics period (an economy's jobs figure: 'shed 663,000 jobs in March')"
    if gran == "week" and _STAT_VERB.search(clause_low) and _rx(r"\d[\d,.]*").search(rest) and _rx(r"\bweekly\b").search(clause_low):
        return "a statistics period (a weekly figure: 'weekly claims rose 15,000 last week')"
    measured = period and _MEASURE.search(rest)
    if period and gran != "month" and _count_taken_on(clause_low):
        return "a target count over a period (\"will hire 60 drivers this year\"), not one event"
    if period and _G_EXPECTS_COUNT.search(clause_low, 0, rs - c0):  # (the count before the date: "first run in 1987, expects ..." is not)
        return "a forecast of a figure (\"expects 21,000 runners this year\"), not an event"
    # (twenty-fourth session) a bill's "second reading" is a stage of its passage, no count: "The
    # bill cleared its second reading in September"
    reading = _rx(r"\b(?:first|second|third)\s+reading\b").search(s_text, max(0, rs - 60), rs) is not None
    if gran == "year" and not reading and _ORDINAL_IN_PERIOD.search(s_text, max(0, rs - 60), rs):
        return "the period an ordinal counts in ('the second strike at the hospital this year'), not an event date"
    if period and not reading and _ORDINAL_NP_IN_PERIOD.search(s_text, max(0, rs - 60), rs):
        return "the period an ordinal counts in ('his fourth victory of the winter'), not an event date"
    if period and before.endswith(("whole of", "entirety of")):
        return "a whole period ('in the whole of 2015'): the span of a figure, not an event date"
    if period and (last_word in _BASELINE_LAST or not s_text.isascii()) and _BASELINE_COUNT.search(s_text.lower(), max(0, rs - 90), rs):
        return "a comparison baseline ('compared with nine in 2015'): a period's figure, not an event"
    if period and ("est" in clause_low or "record" in clause_low or " high" in clause_low or " low" in clause_low) and _LEVEL_REACHED.search(
        clause_low) and _STAT_VERB.search(clause_low):
        return "a statistics period (a level reached: 'late payments rose in the fourth quarter to their highest level in years')"
    if period and "record" in clause_low and _RECORD_FIGURE.search(clause_low):
        return "a statistics period (a record figure: 'cleared a record 118,000 containers in September')"
    if period and (measured or _STAT_NOUN_STRICT.search(clause_low)) and _FORECAST.search(clause_low):
        return "a forecast of a figure, not an event"
    digits = _DIGIT.search(clause_low) is not None  # the count, aggregate, volume and rate patterns need one
    if digits and "were" in clause_low and _COUNT_IN_STATE.search(clause_low):
        return "a count in a state ('About 900 lorries were parked on the coast road this morning'), not an event"
    if digits and _G_COUNT.search(clause_low):
        return "a count at a date (a state), not an event"
    if digits and _G_READING.search(clause_low):
        return "a measurement read at a date ('the gauge read 78 centimetres on Monday morning'): a state, not an event"
    if digits and gran in ("year", "half", "quarter") and _AGGREGATE.search(clause_low):
        return "an aggregate figure over a period (statistics), not an event"
    if digits and period and _VOLUME.search(clause_low):
        return "a statistics period (a volume: so many sold, carried, produced)"
    if digits and _ALONE_AFTER.match(after_text):
        return "a statistics period (the scope of a count: 'about 140 hearings postponed this morning alone')"
    if digits and period and "worth" in clause_low and _SOLD_WORTH.search(clause_low):
        return "a statistics period (a value sold over a period: 'farms sold fish worth 13 billion euros in 2025')"
    if gran == "week" and _STAT_VERB.search(clause_low) and _MEASURE.search(clause_low) and _COMPARISON.search(clause_low):
        return "a statistics period (a week's figure against another: 'numbers fell 14% last week compared with')"
    if last_word == "over" and gran != "time" and _CROWD_OVER.match(clause_low):
        return "a statistics period (a crowd counted over a period: 'more than 3,000 people rode it over the weekend')"
    if period and gran != "day" and _FIGURE_VALUE.search(clause_low):
        return "a statistics period (a figure's value: 'Housing completions were 31,000 last year')"
    if gran in ("year", "half", "quarter", "month", "week", "season") and (digits or _TALLY_WORDS.search(clause_low)) and (
            tally := _TALLY.search(clause_low)) and not (
        # "the film the festival rejected three years ago": the "count" is the date itself
        rs - c0 < tally.end() <= re_ - c0
        # "A public consultation held this summer drew 2,600 responses": the date is the participle's
        or tally.start() >= re_ - c0 and _PARTICIPLE_DATED.search(clause_low, 0, rs - c0)
        # (seventeenth session) "The public ballot last month drew more than 40,000 applications":
        # the date hangs on its subject, a happening's noun, and dates it
        or tally.start() >= re_ - c0 and _NOUN_DATED.search(clause_low, 0, rs - c0)
        # (twenty-fourth session) a sum of money is one payment or grant, not a count of acts: "Last
        # month the council approved 330 million crowns to replace the Northfield works"
        or tally.group().startswith(("approved", "granted", "ordered", "imposed")) and _SUM_COUNTED.search(tally.group())
        and not _rx(r"^\s+of\b").match(clause_low, tally.end())
    ) and (
        gran not in ("month", "week") or _rx(r"\d{3}|\d,\d{3}|hundreds of|thousands of").search(tally.group())  # (a few in a month: one report)
    ):
        return "a statistics period (a tally: so many inspections carried out, reports received)"
    if digits and period and gran != "month" and not e.mod and (quantity := _QUANTITY_OBJECT.search(clause_low)) and not (
        # (not "in late 2020", "by the end of 2020": a narrower time, of one happening)
        rs - c0 <= quantity.start() < re_ - c0 or _QUANTITY_HAPPENING.search(clause_low, 0, quantity.start())
        # the date and the quantity in two predicates ("taken over in 1962 and supplies about 48,000
        # households", "first run in 1987, expects 21,000 runners", "held this summer drew 2,600")
        or _QUANTITY_APART.search(clause_low, min(quantity.end(), re_ - c0), max(quantity.start(), rs - c0))
        and not (quantity.start() > re_ - c0 and _rx(r"^\W*(?:in|during|over|by)?\s*$").match(clause_low, 0, rs - c0))
        or quantity.start() > re_ - c0 and _PARTICIPLE_DATED.search(clause_low, 0, rs - c0)
        # a sum of money is one payment ("was fined 40,000 euros in 2019", "issued $37 million in
        # bonds in 2021") unless spread over the period ("was paid 180 million crowns in bonuses during 2024")
        or (quantity.group(1) or quantity.group(2)) and last_word not in ("during", "throughout", "over")
    ):
        return "a statistics period (a quantity over a period: 'handled 1.2 million containers in 2025')"
    if gran in ("year", "half", "quarter") and ("only" in clause_low or "just" in clause_low) and _ONLY_COUNT.search(clause_low):
        return "a statistics period (a small tally over a period: 'in 2022 the courts heard only two')"
    if period and (part := _PARTITIVE_COUNT.match(s_text)) and part.end() > re_:
        return "a statistics period (a share of a counted group: 'Of the 31 inquiries opened in 2024, 19 found a breach')"
    if period and _G_FREQUENCY.search(rest):
        return "a statistics period (an act repeated so many times over a period)"
    if period and "number of" in s_text and _THE_NUMBER_OF.search(s_text, max(0, rs - 120), rs):
        # (seventeenth session) "1,140: the number of retail stores that closed for good across the
        # country last year": a count's period
        return "a statistics period (a count: 'the number of stores that closed last year')"
    if period and "than any other" in clause_low:
        # (eighteenth session) "The district lost more jobs than any other in the province in 2023"
        return "a statistics period (a comparison: 'lost more jobs than any other in 2023')"
    if period and "there" in clause_low and _THERE_WERE.search(clause_low):
        return "a statistics period (a count: 'there were 12 thefts in 2025')"
    if period and digits and _G_SCOPE_TOTAL.search(clause_low) and _NUMBER.search(rest):
        return "a statistics period (a total over a place: 'so many abducted worldwide last year')"
    if gran in ("year", "season", "half", "quarter") and not e.mod and _FRONT_ONLY.match(s_text[:rs].lower()) and (
            deictic and _COUNT_AFTER_COMMA.match(s_text[re_:].lower()) or _BIG_COUNT_AFTER_COMMA.match(s_text, re_)):
        return "a statistics period (a period fronted before a count: 'Last year, 210,000 people walked the ridge')"
    # A planned change from a date ("fees will go up from 4,200 to 5,670 crowns a year from next
    # September", "the new tariff takes effect in May") is an event: the date is when it takes
    # effect, not the period of a figure. (A forecast of a figure was dropped above.)
    takes_effect = period and (last_word == "from" and _PLANNED.search(clause_low) or _G_TAKES_EFFECT.search(before))
    if digits and period and (rate := _RATE.search(clause_low)) and not takes_effect and not (
        # "the contract, signed in 2024 and worth 800,000 euros a year": a participle dated, the rate another predicate's
        rate.start() > re_ - c0 and _PARTICIPLE_DATED.search(clause_low, 0, rs - c0)
        and _QUANTITY_APART.search(clause_low, re_ - c0, rate.start())
    ):
        return "a statistics period (a rate: so many a day/a year)"
    if period and not takes_effect and not (
        # "Brightwave, which reported a 3% fall in first-quarter revenue earlier this month": the
        # figure has its own period; this date is when it was reported, an event
        # "The last snap election, in 2014, produced a turnout of 71%": the aside dates the happening
        after_text[:1] == "," and _comma_then_in(s_text, rs) and _HAPPENING_ASIDE.search(s_text, max(0, rs - 60), rs)
        # "Verity, who died in 2016 at the age of 71, recorded ...": a life's event has its own verb
        or _LIFE_EVENT_BEFORE.search(s_text, max(0, rs - 24), rs)
        or _happening_in_figure(s_text, rs, gran, clause_low)
        or _act_then_figure(s_text, rs, re_, clause_low, c0)
        or _survey_act(s_text, rs, re_)
        # (nineteenth session) "the voluntary register created in 2014, according to ...": a thing's making
        or _MADE_IN.search(s_text, max(0, rs - 40), rs)
        # (twenty-fourth session) a when-clause after the date tells a happening of it: "the last round
        # of cuts in 2016, when weekly opening hours fell from 52 to 36"
        or _rx(r"\s*,\s+when\s+[a-z]").match(s_text, re_) is not None
        or gran not in ("quarter", "half") and _results_release(s_text, rs)  # ("report its results in the third quarter": their period)
        or _G_REPORTED.search(clause_low) and not _alone_in_sentence(e, sent, exprs)
        and not _FIGURE_NEXT.match(after_text) and not _FIGURE_BEFORE.search(s_text, max(0, rs - 40), rs)
        and _other_period_in(exprs, e, sent.start + c0, sent.start + c1)
    ):
        stat_clause = clause_low
        stat_verb = _STAT_VERB.search(stat_clause)
        # (twentieth session: a figure outside the date itself, "in 1987 he organised the first survey")
        if _G_SURVEY.search(stat_clause) and (_FIGURE_DIGIT.search(s_text, 0, rs) or _FIGURE_DIGIT.search(s_text, re_) or _SURVEY_FIGURE.search(s_text)) or (
            measured and (stat_verb or _G_COMPARISON.search(stat_clause) or _STAT_NOUN_STRICT.search(stat_clause))
        ) or (stat_verb and (_NUMBER.search(rest) or _FRACTION.search(rest))):
            return "a statistics or survey period, not an event"
        if measured and _G_ACCORDING.search(s_text.lower()):
            return "a statistics or survey period (a figure 'according to' a survey or data), not an event"
        if _rx(r"\b(?:quarter|half|season|year|month)\b").search(low_expr) and not (
            # "before resigning last month": the date dates the act told just before it
            _rx(r"^[a-z]{3,}(?:ing|ed)$").match(last_word) and not _STAT_VERB.search(last_word)
            and last_word not in ("ended", "ending", "reported", "reporting", "posted", "posting", "recorded")
        ) and _sent_has(_rx(
            r"\b(?:results?|earnings|profits?|loss|losses|revenues?|sales|turnover|margin|dividend)\b"),
            # a clause coordinated after another ("fines of 4% of turnover, and a decision is
            # expected early next year") is its own statement: only it counts
            clause if _rx(r"^\W*(?:and|but|while|whereas)\b").match(clause_low) else s_text,
        ):
            return "a reporting period, not an event"
    if (why := _round13_reason(s_text, rs, re_, gran, low_expr, last_word, clause_low, c0)) is not None:
        return why
    if (why := _round14_reason(s_text, rs, re_, gran, clause_low, c0)) is not None:
        return why
    if sent.start < 400 and not ctx.body[: sent.start].strip() and ctx.article.title and s_text.strip().lstrip("#").strip() == ctx.article.title.strip():
        return "the headline repeated as the body's first line: its event is told in the text"
    if deictic and _masthead_line(s_text, rs, re_):
        return "a live blog's or a newsletter's masthead line ('Harbour Courier live blog, Tuesday'), not an event"
    if ":" in s_text[:rs] and _bare_answer(ctx.body, e):
        return "a verbless answer naming a time, to a question not about when ('Q: What do you fear most? A: The winter.'), not an event"
    if period and _G_SHARE_SUBJECT.search(clause_low):
        return "a statistics period (a share or a count as the subject: 'In 2025, 41% of the tickets were bought online')"
    if gran == "year" and not e.mod and e.text.isdigit() and _FRONT_IN.match(s_text[:rs]) and (
            fig := _FRONT_YEAR_FIGURE.search(clause_low, re_ - c0)) and not _PAID_BEFORE.search(clause_low, max(0, fig.start() - 30), fig.start(
            )) and not _FRONT_HAPPENING.match(s_text, re_) and _alone_in_sentence(e, sent, exprs):
        # (sixteenth session) "In 2025 the unit closed four cases", "In 2024 our volunteers flagged 412
        # papers", "In 2023, Drummelin's network suffered 14 minor faults": a year fronted before a
        # figure of its own is the figure's period (not "In 2019, a fire destroyed 14 homes": a happening)
        return "a statistics period (a year fronted before a figure: 'In 2025 the unit closed four cases')"
    if not possessive and _G_STATE.search(rest) and not _SINCE_EVENT.search(s_text, 0, rs) and not _EVENT_NOUN_BEFORE.search(
        s_text, max(0, rs - 70), rs
    ) and not _HAPPENING_WAS.search(s_text, max(0, rs - 100), rs) and not _WHEN_EVENT.search(
        s_text, max(0, rs - 80), rs
    ) and not _re.search(
        r"\b(?:[a-z]{3,}ed|began|began|met|took|won|held|signed|came|went|said|told|left|became|died|fled|" + _IRREGULAR_DONE + r")\b",
        # (a passive past act stays: "Halden Park was founded in 1894 and is the oldest school")
        _rx(r"\bsince records began\b|\b(?:looked|seemed)\s+(?:like|as if|to be|(?!(?:at|into|for|after|over|through|to|on|set)\b)[a-z-]+)\b|\b(?:is|are|been|has|have|had)\s+\w+|\b(?:was|were)\s+(?!(?:[a-z]{3,}ed)\b(?<!\blocated)(?<!\bbased)(?<!\bowned)"
            r"(?<!\bconsidered)(?<!\bemployed)(?<!\binvolved)(?<!\bexpected)(?<!\bscheduled)(?<!\bplanned)(?<!\bsupposed)"
            r"(?<!\bconcerned)(?<!\bpleased)(?<!\bworried)(?<!\binterested)(?<!\bclosed)(?<!\bopened))\w+").sub(" ", rest),
    ) and not _state_not_the_dates(s_text, rs, re_, clause_low, c0) and not (
        # a fixture told in the present for a day ahead ("They are at home to Brackenfold on Saturday",
        # "Their final match of the season is at Dunlow Town next Saturday", "Esk presents his budget on
        # March 24"): a schedule, not a state
        ctx.dct and _is_calendar(e.value) and _interval(e.value)[0] > ctx.dct and _FIXTURE_STATE.search(clause_low)
    ):
        return "a background state, not an event"
    return None


def _date_in_happening_phrase(s_text: str, rs: int, re_: int) -> bool:
    """The date modifies a happening noun inside a noun phrase: as a premodifier after a determiner
    or a possessive ("the February 13 recall", "a 2019 recall"), or after its noun through a place
    ("The seizure a week ago", "the death of a newborn at the unit last October" is not: "death")."""
    pre, post = _happening_phrase(s_text, rs, re_)
    return pre or post is not None


#: A first, last or worst happening told by a copula before its date ("The last blackout on this
#: scale was in December 2009", "Her last public appearance was in May", "The first time was in 1987").
_ORDINAL_WAS = re.compile(
    r"\b(?:first|last|previous|latest|worst|biggest|largest|deadliest)\s+(?:[\w'’-]+\s+){0,7}?(?:was|were)\s+(?:in|on)\s+\Z",
    re.IGNORECASE)
#: A plan's cue right before its date ("remains set for April 14", ", due to report in the autumn",
#: "is due to start in October"); not a past plan ("had been due to open in December").
_PLAN_CUE_BEFORE = re.compile(
    r"(?<!been )(?<!was )(?<!were )\b(?:due|set|scheduled|slated|on track)\s+(?:to\s+[a-z]+\s+(?:[a-z]+\s+){0,2}?)?"
    r"(?:for|in|on|at)\s+(?:the\s+)?\Z")
#: A subordinate clause opening after the date, before the state words ("will fly over the slide on
#: Wednesday to decide whether the slope is still moving").
_SUBORDINATE_AFTER = re.compile(r"\b(?:whether|that|which|who|if|because|although|while)\b|,\s+and\b|\s+and\s+(?:we|they|he|she|it|i)\b")


def _state_not_the_dates(s_text: str, rs: int, re_: int, clause_low: str, c0: int) -> bool:
    """True when the clause holds a state's words but the date dates a happening of its own
    (sixteenth session): a happening's noun phrase ("The seizure a week ago of 9 million cigarettes
    was the port's biggest"), a when-clause after it ("remembers January 2019, when the helicopter
    was grounded"), a first or last happening ("The last blackout on this scale was in December
    2009"), a plan's cue before it ("the transfer remains set for April 14"), or state words only
    in another stretch or a subordinate clause after it ("Her staff, who had been laid off for five
    weeks, return to work next Monday"; "on Wednesday to decide whether the slope is still moving")."""
    if _date_in_happening_phrase(s_text, rs, re_) or _SINCE_WHEN.match(s_text, re_):
        return True
    if _ORDINAL_WAS.search(s_text, max(0, rs - 90), rs) or _PLAN_CUE_BEFORE.search(s_text.lower(), max(0, rs - 45), rs):
        return True
    start, end = rs - c0, re_ - c0
    _, _, own = _own_stretch(clause_low, start, end)
    if len(_rx(r"[a-z]{3,}").findall(own)) >= 2 and not _G_STATE.search(own):
        # (a stretch of its own with words: not a date fronted before a comma, "Four weeks on, ...")
        return True
    states = list(_STATE.finditer(clause_low))
    return bool(states) and all(m.start() >= end and _SUBORDINATE_AFTER.search(clause_low, end, m.start()) for m in states)


#: The words of a fixture in a present clause whose day lies ahead (see :func:`_filter`'s
#: background state).
_FIXTURE_STATE = re.compile(
    r"\b(?:at home to|away (?:to|at)|match|game|fixture|trip to|tie|final|semi-final|derby|race|budget|hearing|"
    r"vote|ballot|festival|concert|premiere|gala|ceremony|summit|conference|debate|launch|opening)\b")


_WEEKDAY_EXPR = re.compile(
    # (twentieth session: or a time of day before it, "noon on Sunday", "midnight on Friday")
    r"^(?:(?:noon|midday|midnight|dawn|dusk)\s+on\s+|on\s+|last\s+|this\s+|next\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?"
    r"(?:\s+(?:morning|afternoon|evening|night))?$"
)
#: A month without a year ("December", "in late June"), and the words of a plan still ahead.
#: "was last inspected in", "last met in": the most recent time before publication.
_LAST_DONE = re.compile(r"\blast\s+(?:[a-z]+ed|seen|met|held|heard|won|spoke|visited)\s+(?:in\s+)?\Z")
_BARE_SEASON = re.compile(r"^(?:in |by |during )?(?:the |this |early |late )?(?:spring|summer|autumn|fall|winter)$")
_BARE_MONTH = re.compile(
    r"^(?:in |on |by |during )?(?:early |late |mid-|mid |the end of |the start of |the beginning of |the middle of )?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)$"
)
_FUTURE_WORDS = re.compile(
    r"\b(?:will|shall|(?:is|are) (?:due|to|expected|scheduled|set to|slated|planned)|plans? to|intends? to|aims? to)\b|['’]ll\b"
    # (twentieth session) a hope told in the past, still ahead of its telling: "said it hoped to begin
    # construction in the autumn" (not "had hoped to")
    r"|(?<!\bhad\s)\b(?:hoped|intended|aimed)\s+to\b"
    # a plan in the present with its object ("plans a second batch in the autumn", "is planning a sale in May")
    r"|(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)(?<!['’]s\s)\b(?:plans|(?:is|are) planning)\s+(?:a|an|another|new|further|more)\b"
    # a schedule in the present tense: "higher fees take effect in September", "the window opens in May"
    r"|\b(?:takes? effect|comes? into (?:force|effect)|begins|starts|opens|closes|expires|resumes)\b"
)
#: A future in the past ("said a new enclosure would open this spring"): reported, still ahead.
_WOULD = re.compile(r"\bwould\s+(?!have\b)[a-z]+")
#: "dropped plans to", "had shelved its plans to": a plan given up, no plan for the month after it.
_DROPPED_PLAN = re.compile(
    r"\b(?:dropped|abandoned|scrapped|shelved|ditched|cancell?ed|withdrew|gave up|put on hold|called off|axed)\s+"
    r"(?:(?:its|their|his|her|the|any|all)\s+)?\Z"
)
_PARTICIPLES = frozenset(("planned", "scheduled", "slated", "proposed"))
_PLAN_MODIFIERS = frozenset(("next", "upcoming", "proposed", "possible", "planned"))
#: What a bare month before a noun names: a payment for it, a recurring window ("the August wages").
_MONTH_THING = re.compile(r"(?:\s+and\s+[A-Za-z]+)?\s+(?:wages|pay|salary|salaries|rent|bills?|pay ?cheques?|"
                          r"paychecks?|transfer window|window)\b")
#: The figures a month names ("March retail sales figures are published on Wednesday", "the March
#: inflation figures", "March's jobs data"): a statistics period.
_MONTH_FIGURES = re.compile(
    r"(?:['’]s)?\s+(?:(?:retail|consumer|jobs?|trade|inflation|unemployment|sales|house-price|price|industrial|"
    r"manufacturing|export|import|passenger|visitor|traffic|labour|employment|factory|housing)\s+){1,2}"
    r"(?:figures|data|statistics|numbers|payrolls|readings?|index|survey)\b")
#: "as planned", "as scheduled": done as it was meant to be, no plan ahead.
_AS_PLANNED = re.compile(r"\bas (?:planned|scheduled)\b")
#: A plan named as the clause's subject ("Plans to build 640 homes ... were approved on Tuesday"):
#: the past verb after it governs the day.
_PLANS_SUBJECT = re.compile(r"plans to\b")
#: A figure's change and its baseline right before a date: "down 55 percent on", "4% higher than".
_FIGURE_ON_BASELINE = re.compile(r"(?:%|\bper ?cent|\bpercent|\bpoints?)\s+(?:higher\s+|lower\s+|up\s+|down\s+)?(?:in real terms\s+)?(?:in\s+[A-Za-z]+\s+)?(?:on|than|than in|compared with|against)\s+"
                                 # (twentieth session: "up 12% on the same weeks of 2026")
                                 r"(?:the same (?:weeks?|months?|days?|period|quarter|time) (?:of|in|last)\s+)?\Z", re.I)
#: A year's figure told by its verb and its amount before the year: "spent 210 million euros on
#: research", "ran at 35 percent of capacity", "made up about 6% of smartphones sold".
_YEAR_FIGURE_VERB = re.compile(
    r"\b(?:spent|ran at|made up|earned|collected|paid out|generated|accounted for|handled|lost)\b[^.;]{0,60}?"
    r"(?:%|\bper ?cent\b|\bpercent\b|\d[\d,.]*\s*(?:million|billion|bn)\b)", re.I)
#: A year told first, then a body's figure over it: "in 2025 the authority spent 3.1 million crowns on".
_YEAR_FIGURE_AFTER = re.compile(r",?\s+(?!(?:and|but|then|he|she|it|they)\b)(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:spent|earned|lost|collected|generated|paid out|took in)\s+"
                                r"(?:an?\s+)?(?:estimated\s+|about\s+|around\s+|some\s+|nearly\s+|more than\s+|only\s+|just\s+)?"
                                r"(?:[$€£]\s?\d|\d[\d.,]*\s*(?:million|billion|bn|m)?\s*" + _CURRENCY_WORDS + r"\b)")
#: A thing's making told by a participle right before its date: "the voluntary register created in".
_MADE_IN = re.compile(r"\b(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,2}(?:created|founded|set up|established|built|launched|introduced)\s+in\s+\Z")
#: A comparison's baseline right before a date: "more than three times what he received (in)"; an
#: income of a period, not a one-off payment ("about half what the fund paid five years ago" dates
#: the purchase).
_WHAT_BASELINE = re.compile(r"\b(?:times|than|as much as|twice|double|half)\s+what\s+(?:[a-z]+\s+){1,2}"
                            r"(?:received|earned|got|took home|was paid|were paid)\s+(?:in\s+)?\Z")
#: A share told by its verb before a year: "supplied about 9 percent of", "was 81 percent", "made up 6%".
_SHARE_IN_YEAR = re.compile(r"\b(?:was|were|is|are|stood at|reached|supplied|provided|accounted for|made up)\s+"
                            r"(?:about|around|just|only|nearly|almost|some|roughly)?\s*\d[\d.,]*\s*(?:%|percent\b|per cent\b)")
#: A negated or failed act right before "in" and a span ("could not shift it in five weeks", "failed to agree in").
_INABILITY_BEFORE = re.compile(r"\b(?:could|can|would|did|does|do)\s*(?:not|n['’]t)\s+[a-z]+(?:\s+[a-z]+){0,3}\s+\Z|\bcannot\s+[a-z]+\s+(?:[a-z]+\s+){0,3}\Z|"
                               r"\bfailed\s+to\s+[a-z]+\s+(?:[a-z]+\s+){0,3}\Z")
#: A banner, a placard or a sign, and the words it bears in quotation marks after it.
_SIGN_READING = re.compile(r"\b(?:banners?|placards?|signs?|posters?|slogans?|t-shirts?|shirts?|graffiti|scarves|scarf)\b[^.;“\"]{0,30}?"
                           r"\b(?:reading|read|reads|saying|said|bearing|with the words)\s*[:,]?\s*[“\"‘'][^”\"]*\Z", re.I)
#: Before a weekday, a clause that looks ahead (see :func:`_day_value`): an obligation ("must be
#: housed from"), a plan of a thing ("plans a protest"), a forecast's participle ("a storm front
#: expected on"), a fixture in the present ("The taskforce reports to councillors on").
_WEEKDAY_AHEAD = re.compile(
    r"\b(?:must|should|has to|have to|needs? to)\s+(?:not\s+)?(?:be\s+)?[a-z]+\b(?![^,;]*\b(?:was|were|had)\b)"
    r"|\bplans\s+(?:a|an)\s+"
    r"|\b(?:is|are)\s+(?:booked|invited|asked|summoned|required|told|urged)\s+to\b"
    # a plural present start from a day ("Garden waste collections ... restart from Monday")
    r"|\b(?:restart|resume|reopen|start|begin|return)s?\s+from\s*\Z"
    r"|\b(?:expected|forecast)\s+(?:on|for|at)?\s*\Z"
    # (twentieth session) "the plenary vote is pencilled in for Friday"
    r"|\b(?:pencill?ed|inked)\s+in\s+for\s*\Z"
    # (twentieth session) "The Taskers' flight home is booked for Sunday"
    r"|\b(?:is|are)\s+(?:booked|scheduled|fixed|timetabled|due|set)\s+for\s*\Z"
    r"|^\W*(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,2}[a-z]+\s+(?:reports to|votes on|rules on|decides on|debates)\b")
#: A determiner, and perhaps one word, right before a participle: "its last scheduled flight", "the planned".
_DETERMINED = re.compile(r"\b(?:a|an|the|its|their|his|her|our|this|that)\s+(?:[a-z]+\s+)?\Z")
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+\Z")
_SCHEDULE_NOW = re.compile(
    r"\b(?:starts|begins|opens|kicks off|gets under way|resumes|takes place"
    # the plural after a plural noun ("where rehearsals begin on Monday"; not "did not begin", "to begin")
    r"|(?<!\bto\s)(?<!\bnot\s)(?<!\bdid\s)(?<!\bcould\s)(?<!\bwould\s)(?<=[a-z]s\s)(?:start|begin|open|resume|take place|get under way))"
    r"\s+(?:on\s+)?\Z"
    # a body's scheduled act in the present simple, with its object ("The health committee publishes its
    # report on waiting-list data on Thursday", "the board meets again on Monday")
    r"|\b(?:committee|board|council|court|panel|parliament|inquiry|cabinet|commission|regulator|tribunal|jury|senate|assembly)\s+"
    r"(?:publishes|releases|meets|hears|holds|hosts|debates|votes|rules|sits|delivers|decides|presents)\b[^,;.]{0,60}?(?:on\s+)?\Z"
    # a release in the present passive ("March retail sales figures are published on Wednesday")
    r"|\b(?:is|are)\s+(?:published|released|issued|unveiled)\s+(?:on\s+)?\Z")
_G_SCHEDULE_NOW = _Gate(
    _SCHEDULE_NOW, "start", "begin", "open", "kick", "under way", "resume", "place", "committee", "board", "council",
    "published", "released", "issued", "unveiled",
    "court", "panel", "parliament", "inquiry", "cabinet", "commission", "regulator", "tribunal", "jury", "senate", "assembly")
#: "The union has called a march through the city centre on Saturday", "Campaigners plan a march on
#: Wednesday": a present perfect or a present plan takes
#: no past day of its own; the day is the called (announced, planned) happening's, ahead.
_FROM_DAY_NOW = re.compile(r"\b(?:can|may|is|are)\s+(?!(?:not|no longer)\b)[^,;.]{0,80}?\bfrom\s*\Z")
_CALLED_FOR_DAY = re.compile(
    r"(?:\b(?:has|have)\s+(?:called|announced|scheduled|planned|organi[sz]ed|proposed|set|fixed|booked|"
    # (twentieth session) "the town council has asked for a minute's silence at noon on Sunday", "The
    # minister has promised a statement on Wednesday"
    r"asked for|called for|requested|promised|pledged)"
    # the present of a plan ("Campaigners plan a march on city hall on Wednesday evening")
    r"|(?<!\bthe\s)(?<!\ba\s)\b(?:plan|(?:are|is)\s+planning|intend|propose))\s+"
    r"(?:a|an|the|its|their|his|her|another|fresh|new)\s+[^,;]{0,60}?(?:on\s+)?\Z"
    # an invitation to a gathering on a day ("He has invited us to talks on Tuesday"): the gathering lies ahead
    r"|\b(?:has|have|had)\s+(?:invited|summoned|called)\s+(?:[\w'’-]+\s+){1,6}?to\s+(?:(?:a|an|the|fresh|new|further)\s+)?"
    r"(?:[a-z-]+\s+)?(?:talks|meeting|hearing|summit|session|ceremony|dinner|briefing|consultation)\s+"
    r"(?:(?:at|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)?(?:on\s+)?\Z"
    # (twenty-first session) a gathering called or set for a day, in the past: "called a special
    # session of the regional assembly for Thursday", "called a rally outside parliament for Thursday"
    r"|\b(?:called|convened|summoned|scheduled|fixed|booked)\s+(?:a|an|the|its|their|his|her)\s+[^,;.]{0,60}?\bfor\s+\Z"
    # (twenty-second session) a thing arranged for a day, in the present perfect passive: "an extra
    # screening has been added for Monday", "a second hearing has been scheduled for Friday"
    r"|\b(?:has|have)\s+been\s+(?:added|scheduled|arranged|booked|called|fixed|organi[sz]ed|planned|pencilled\s+in|set)\s+for\s+\Z")
_G_CALLED_FOR_DAY = _Gate(
    _CALLED_FOR_DAY, "plan", "propose", "call", "announced", "scheduled", "organi", "set", "fixed", "booked", "intend",
    "invited", "summoned", "asked for", "requested", "promised", "pledged", "convened", "been")
#: A headline's or a list item's infinitive, its subject a name: "- Defence Minister Harriet Quellane to address".
_HEADLINE_TO = re.compile(r"[-–•*\s]*(?:[A-Z][\w'’-]*\s+){1,6}to\s+[a-z]+\b")
#: An act named with its agent right before a weekday: "the call by Mayor Odile Brankovic-Swain on".
_ACT_BY_ON = re.compile(r"\b(?:the|a|an|this|that)\s+(?:[a-z-]+\s+)?(?:call|decision|announcement|ruling|statement|resignation|"
                        r"offer|request|appeal|speech|letter|intervention|warning|remarks|comments|move)\s+by\s+"
                        r"(?:[A-Za-z][\w'’.-]*\s+){1,5}on\s*\Z")
#: A fixture's verb in the present ("ends in Marrow on Sunday", "returns to court on Friday").
_PRESENT_FIXTURE = re.compile(r"\b(?:ends|finishes|concludes|resumes|returns|reopens|closes|arrives|departs|travels|"
                              r"meets|reconvenes|convenes|begins|starts|opens|kicks off|goes to the polls|follows|goes live|"
                              # (twentieth session) a body's act in the present: "Kestrum Foods reports its
                              # full-year results on Thursday"
                              r"reports its|publishes its|unveils its|announces its|holds its|hosts)\b"
                              # (a plural subject's: "The candidates meet at a televised hustings on Monday",
                              # "Voters go to the polls on Thursday")
                              r"|(?<=[a-z]s )(?P<plural>meet|face|travel|host|resume|reconvene|convene|go to the polls)\b")
#: A participle after a determiner ("a televised hustings", "the proposed merger"): an adjective.
_ATTRIBUTIVE_ED = re.compile(r"\b(a|an|the|its|their|his|her|our)\s+(?:[a-z]+\s+)?[a-z]{3,}ed\b")
#: A copula right before the day: "The only televised debate is on Tuesday" (a fixture, ahead).
_IS_ON_DAY = re.compile(r"\b(?:is|are)\s+on\s*\Z")
_WHEN_AFTER_DAY = re.compile(
    r"\s*,\s+when\s+(?:[\w'’-]+\s+){1,4}?(?:(will|shall|is to|are to|is due to|are due to|is set to|are set to)|"
    r"(was|were|had|[a-z]{3,}ed))\b", re.I)
_PROPOSED_VERB = re.compile(r"proposed\s+(?:a|an|the|its|their|his|her|that|new|further|[a-z]{3,}ing)\b")
_WEEKS_AGO = re.compile(r"^(a|" + _ONE_TO_SIX + r"|\d)\s+(weeks?|fortnights?)\s+ago$")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: "Forecasters expect Marisol to make landfall on Thursday": a present expectation looks ahead.
_EXPECT_TO = re.compile(r"\b(?:expects?|forecasts?|predicts?|want|wants|hopes?)\s+(?:[\w'’-]+\s+){0,3}?to\s+[a-z]+")
_PAST_CUE = re.compile(
    r"\b(?:[a-z]{3,}ed|said|told|met|took|made|won|lost|held|began|left|came|went|gave|got|saw|spoke|sent|struck|"
    r"fell|rose|became|led|ran|wrote|broke|flew|fought|found|kept|paid|sold|bought|brought|was|were|had|did|"
    # (irregular pasts: "the court heard the appeal on Tuesday")
    r"heard|sought|spent|built|meant|felt|dealt|chose|drove|rode|threw|grew|drew|knew|shot|fled|froze|stole|"
    r"withdrew|upheld|underwent|oversaw|taught|caught|thought|stood|sat|swore|sank|overturned|quit|died)\b"
    r"|\bafter\s+[a-z]+ing\b"
)


#: (twentieth session) A capitalised word ending in "-ed" inside a clause is a name's ("Skelmarsh
#: host Brennock United on Tuesday", "Harbour Limited"), and a present progressive passive is a
#: present ("a public meeting is being held ... on Wednesday evening", "the chemistry paper, due on
#: Monday, are being reprinted"): neither is a past verb governing the day.
_NAME_ED = re.compile(r"(?<=[\w,'’] )[A-Z][a-z]+ed\b")
_BEING_DONE = re.compile(r"\b(?:is|are|am)\s+being\s+(?:[a-z]+ed|held|made|run|built|shown|taken|given|kept|sold|paid|brought|"
                         r"heard|sought|spent|seen|done|met|sent|told|won|set|put|read|fought|drawn|thrown)\b", re.I)


#: A past participle and its agent right before the day: "proposals published by Quorraby Borough
#: Council on" (not "will be published by the council on").
_AGENT_PARTICIPLE = re.compile(r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )\b[a-z]{3,}ed\s+by\s+(?:[\w'’.-]+\s+){1,5}(?:on\s+)?\Z")


def _tense_text(text: str, i: int, j: int) -> str:
    """``text[i:j]`` lowercased for the tense cues of :func:`_day_value`, with the words of
    :data:`_NAME_ED` and :data:`_BEING_DONE` blanked (the same length, so offsets hold)."""
    part = text[i:j]
    if "ed" in part or "being" in part:
        blank = lambda m: " " * len(m.group(0))  # noqa: E731
        part = _BEING_DONE.sub(blank, _NAME_ED.sub(blank, part))
    return part.lower()


def _day_value(ctx: _Ctx, e: TimeExpression, sent: Sentence) -> tuple[str, str]:
    """The value of a kept expression: a time of day becomes its day; a bare weekday follows
    the tense of its own clause ("will face Lyon ... after beating Barcelona on Sunday night").

    Returns the value and the reason text for the mention.
    """
    value = e.value
    why = "dated event"
    if "T" in value and len(value) > 10:
        value = value[:10]  # a timeline dates events by day: "Tuesday evening" is Tuesday
    words = e.text.lower().strip()
    m = _WEEKDAY_EXPR.match(words) if "day" in words else None  # (every weekday ends in "day")
    dct = ctx.dct
    if dct and len(value) == 7 and value[4] == "-" and value < dct.isoformat()[:7] and _BARE_MONTH.match(e.text.lower()):
        # "That review is due to report in December": a month named in a plan, without a year,
        # is the next such month, not the last one.
        rs = e.start - sent.start
        head = sent.text[clause_bounds(sent.text, rs, e.end - sent.start)[0] : rs].lower()
        fut = _FUTURE_WORDS.search(head) or _WOULD.search(head)
        if fut and fut.group().startswith("plan") and _DROPPED_PLAN.search(head, 0, fut.start()):
            fut = None  # "dropped plans to appeal in early April": the plan is gone; the month is the dropping's
        if fut and _rx(r"\bhad\s+(?:been\s+)?\Z").search(head, max(0, fut.start() - 12), fut.start()):
            fut = None  # "had planned to open the bridge in March": a plan of the past, its month the last
        if fut and _rx(r"\b(?:was|were)\s+(?:[a-z]+\s+)?[a-z]{3,}(?:ed|en|wn)\s+in\s+\Z"
                       # "would trim the record fine imposed in January": a noun's participle
                       r"|\b(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,3}(?!(?:planned|scheduled|expected|proposed|intended)\b)[a-z]{3,}(?:ed|en)\s+in\s+\Z").search(head, fut.end()):
            # (twentieth session) "The 300 posts the university plans to cut were announced in
            # November": the plan is the subject's; a past passive governs the month
            fut = None
        if fut and _rx(r"\b(?:it|they|he|she|we|which|that|who)\s+[a-z]{3,}ed\s+(?:(?:with|to|at|against|before|from)\s+(?:[\w'’-]+\s+){1,6}?)?in\s+\Z").search(head, fut.end()):
            # (nineteenth session) "will withdraw the Serious Shortage Protocol it issued in September":
            # a relative clause's own past verb dates the month, the last one
            fut = None
        if fut and not _rx(r"\b(?:after|since|following|like|unlike)\s+(?:a|an|the|its|their|his|her|last)\b").search(head, fut.end()):
            # (not a month of another happening named after the plan: "It will be the second strike
            # this year, after a one-day stoppage in February": the stoppage's February, gone)
            ahead = f"{dct.year + (int(value[5:]) < dct.month)}-{value[5:]}"
            why = f"dated event (a month named in a plan, without a year: the next one, {ahead})"
            value = ahead
    if dct and len(value) == 7 and value[5:] in timex.SEASONS and _BARE_SEASON.match(e.text.lower()) and _interval(value)[1] < dct:
        # "will review the stock assessment this spring", "expects to put the site on the market in
        # the spring": a season named in a plan, without a year, is the next such season
        rs = e.start - sent.start
        head = sent.text[clause_bounds(sent.text, rs, e.end - sent.start)[0] : rs].lower()
        if _FUTURE_WORDS.search(head) or _EXPECT_TO.search(head) or _WOULD.search(head) or _rx(
                # (nineteenth session) "Organisers have pencilled in a return fixture for the spring"
                r"\b(?:pencill?ed in|scheduled|slated|earmarked)\b[^.;]{0,60}\bfor\s+(?:the\s+)?\Z").search(head):
            year = int(value[:4])
            while _interval(f"{year}-{value[5:]}")[1] < dct:
                year += 1
            why = f"dated event (a season named in a plan, without a year: the next one, {year}-{value[5:]})"
            value = f"{year}-{value[5:]}"
    if dct and len(value) == 7 and value[4] == "-" and value[5:].isdigit() and _BARE_MONTH.match(e.text.lower()) and (
        value[:4] != str(dct.year - (int(value[5:]) > dct.month))
    ) and _LAST_DONE.search(sent.text, max(0, e.start - sent.start - 30), e.start - sent.start):
        # "The pipeline was built in 1987 and was last inspected in November": "last" counts back
        # from publication (the most recent November), not from the year named before it
        last = f"{dct.year - (int(value[5:]) > dct.month)}-{value[5:]}"
        why = f"dated event (a month after 'last <done>', without a year: the most recent one, {last})"
        value = last
    if dct and "W" in value and (ago := _WEEKS_AGO.match(e.text.lower().strip())):
        # "which began a week ago", "set up three weeks ago": so many weeks back from publication,
        # to the day (as "three days ago"), not the calendar week around it
        n = ago.group(1)
        value = (dct - dt.timedelta(weeks=(int(n) if n.isdigit() else _NUMBERS[n]) * (2 if ago.group(2)[0] == "f" else 1))).isoformat()
        why = f"dated event (\"{e.text}\": counted back from publication to the day, {value})"
    if dct and "/" in value and e.text.lower().strip() == "this weekend" and value[:10] > dct.isoformat():
        # "only became public this weekend" in a Monday article: a past clause means the weekend
        # just gone, not the next one
        rs, re_ = e.start - sent.start, e.end - sent.start
        c0, c1 = clause_bounds(sent.text, rs, re_)
        own = (sent.text[c0:rs] + " " + sent.text[re_:c1]).lower()
        if _PAST_CUE.search(own) and not _PLANNED.search(own):
            first, last = (dt.date.fromisoformat(v) - dt.timedelta(days=7) for v in value.split("/"))
            value = f"{first.isoformat()}/{last.isoformat()}"
            why = f"dated event (\"this weekend\" in a past clause: the weekend just gone, {value})"
    possessive = ctx.body[e.end : e.end + 1] in _APOSTROPHES and bool(_rx(r"^['’]s\b").match(ctx.body[e.end : e.end + 3]))
    if m and dct and not possessive and not e.text.lower().startswith(("last", "next", "this")) and not (
            _WEEKDAY_AND.search(ctx.body, max(0, e.start - 20), e.start)):
        # (not a weekday coordinated after another, "next Tuesday and Wednesday": the tagger read
        # it as the day after that one, in its week)
        wd = _WEEKDAYS.index(m.group(1))
        past = dct - dt.timedelta(days=(dct.weekday() - wd) % 7)
        future = dct + dt.timedelta(days=(wd - dct.weekday()) % 7)
        rs, re_ = e.start - sent.start, e.end - sent.start
        c0, c1 = clause_bounds(sent.text, rs, re_)
        head = _tense_text(sent.text, c0, rs)
        tail = _tense_text(sent.text, re_, c1)
        if "as " in head:
            # "ended as planned on Wednesday morning", "will end as planned": the idiom tells no tense
            head = _AS_PLANNED.sub("as", head)
        if c0 > 0 and not _PLANNED.search(head) and not _PAST_CUE.search(head) and _rx(r"\s*before\s+[A-Z]").match(sent.text, c0):
            # (twenty-fourth session) a clause cut at "before" a named body, a preposition read as a
            # subordinator ("He is due to appear | before Ardlow magistrates on Monday charged with
            # ..."): a plan just before the cut, nothing past or no comma between, governs the day
            # (not "will run again | after the city council on Monday approved": a clause of its own)
            back = _tense_text(sent.text, 0, c0)
            plan_back = None
            for plan_back in _PLANNED.finditer(back):
                pass
            if plan_back is not None and not _PAST_CUE.search(back, plan_back.end()) and "," not in back[plan_back.end():]:
                head = "will " + head
        if _rx(r"(?:^|,)\s*to\s+be\s+[a-z]+(?:ed|en|wn|held|heard|put|set)\s+(?:on|at|in)?\s*\Z").search(head):
            # (twenty-fourth session) an infinitive's passive after a comma: "has tabled a motion of
            # no confidence, to be debated on Tuesday": ahead
            head = "will " + head
        if head.rstrip().endswith(("for", "to", "until", "till")) and _rx(  # the pattern's end: a cheap pre-check
            r"\b(?:rescheduled|postponed|delayed|moved|pushed back|put off|deferred|adjourned|brought forward|reset|rearranged|rebooked)\b[^.;]{0,25}\b(?:for|to|until|till)\s*$"
        ).search(head):
            head = "will " + head  # the new date of something moved lies ahead
        # The verb governing the date usually comes before it; else look after it, where "that X
        # would" is a future in the past ("The announcement on Sunday that N would buy B was
        # greeted warmly": reported, so past).
        tail = _rx(r"^\W*that\b[^,;]*?\bwould\b").sub("that", tail)
        if (when := _WHEN_AFTER_DAY.match(sent.text, re_)) is not None:
            # "granted an urgent question on Monday, when the minister will be required to answer":
            # the when-clause tells what happens that day; its tense, not the main clause's, decides
            head, tail = ("will " if when.group(1) else "was ") + head, ""
        if _HEADLINE_TO.match(sent.text, c0, rs) and not _PAST_CUE.search(head):
            # (twentieth session) a headline's infinitive, "- Defence Minister Harriet Quellane to
            # address parliament on Thursday": a plan, ahead
            head = "will " + head
        started = None
        if head.endswith("from ") and _rx(r"\b(?:declared|imposed|ordered|introduced|proclaimed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,5}from\s+\Z").search(head) \
                and not _rx(r"\bhad\s+(?:[a-z]+\s+)?(?:declared|imposed|ordered|introduced|proclaimed)\b").search(head):
            # (twentieth session) "The government declared three days of national mourning from
            # Tuesday", "imposed a ban on fireworks from Tuesday": the start of what the act set up
            started = "what a past act set up"
        elif head.endswith("from ") and _rx(r"\b(?:named|appointed|installed)\s+(?:[\w'’.-]+\s+){0,8}?as\s+(?:[\w'’-]+\s+){0,6}from\s+\Z").search(head) \
                and not _rx(r"\bhad\s+(?:been\s+)?(?:named|appointed|installed)\b").search(head):
            # (twenty-fourth session) "The trustees named finance director Oskar Lind as interim chief
            # executive from Monday": the start of the post the act gave
            started = "a post a past act gave"
        if started is not None:
            # the nearest such weekday, either side of publication
            near = future if (future - dct) <= (dct - past) else past
            if value != near.isoformat():
                why = f"dated event (the start of {started}: the nearest such weekday, {near.isoformat()})"
            return near.isoformat(), why
        if (head.strip() == "from" or sent.text[max(0, rs - 5):rs] == "From ") and not _rx(r"^\s*(?:morning|afternoon|evening|night)?\s*(?:,\s*\w+\s+\d+\s*,?\s*)?(?:to|until|till|through|and|-|–)\b").match(
                sent.text[re_:].lower()):
            # (twenty-fourth session) a sentence opening on "From <weekday>" tells a start ahead unless
            # what follows is in the past ("From Wednesday, customers ... can request an interim
            # payment"; an answer, "When do lessons start? From Monday."; not "From Tuesday, trams ran again")
            rest = _tense_text(sent.text, re_, len(sent.text))
            if not _PAST_CUE.search(rest) or _PLANNED.search(rest) or _rx(r"\b(?:can|may|must|will|is|are)\b").search(rest):
                head = "will " + head
        if _rx(r"\b(?:declared|named|designated|proclaimed|made)\s+\Z").search(head) and _rx(
                r"\s+(?:as\s+)?an?\s+(?:(?:national|public|bank|official)\s+)?(?:day\s+of\b|holiday\b)").match(sent.text, re_):
            # (nineteenth session) "declared Saturday a national day of mourning": the day set aside
            # lies ahead of the declaring
            head, tail = "will ", ""
        for part in (head, tail):
            # (a schedule in the present tense just before the day looks ahead: "the race, which starts on Saturday")
            plan = _PLANNED.search(part) or part is head and (
                _IS_ON_DAY.search(part) or _G_SCHEDULE_NOW.search(part) or _G_CALLED_FOR_DAY.search(part) or _EXPECT_TO.search(part) or _FIXTURE_AND.search(part)
                # (twenty-first session) the awaited happening a state lasts until: "adjourned until a ruling on"
                or _UNTIL_AWAITED.search(part)
                # a decision or a request to do something that day ("agreed to meet union leaders on
                # Thursday", "invited both sides to meet on Thursday", "is booked to ride at Kellerby on")
                or "to " in part and _INTENT_TO.search(part)
                # a present start "from" a weekday ("Parents can book at any pharmacy from Monday")
                or _FROM_DAY_NOW.search(part)
                # a possibility's earliest day ("said streets could be evacuated as early as Monday")
                or part.endswith(("as early as ", "as soon as ")) and _rx(r"\b(?:could|would|might|may|will|can)\b").search(part)
                # (nineteenth session) an obligation, a plan of a thing, a forecast's participle:
                # "must be housed from Monday", "plans a tractor protest on Monday", "a storm front
                # expected on Saturday", "The taskforce reports to councillors on Thursday"
                or _WEEKDAY_AHEAD.search(part))
            if plan and part is head and plan.start() > 0 and len(head) == rs - c0 and sent.text[c0 + plan.start()].isupper():
                # (nineteenth session) a capitalised word is a name's: "knocked out in the quarter-finals
                # of the World Robotics Open on Sunday" ("Robotics Open" read as a plural's "open")
                plan = None
            while plan and plan.group(0) == "next" and _rx(r"next\s+[a-z]+['’]s\b").match(part, plan.start()):
                # (eighteenth session) "When the Assembly passed next year's budget on Tuesday": a
                # possessive's "next" names another thing's period, no plan of this clause
                plan = _PLANNED.search(part, plan.end())
            while plan and plan.group(0) == "next" and _rx(r"\bthe\s+\Z").search(part, max(0, plan.start() - 4), plan.start()) and _rx(
                    r"next\s+(?:day|morning|afternoon|evening|night)\b").match(part, plan.start()):
                # (nineteenth session) "talks on Wednesday and a second session the next day": a day
                # counted from the one told, no plan
                plan = _PLANNED.search(part, plan.end())
            while plan and plan.group(0).startswith("plan") and _rx(r"\b[a-z]{3,}ed\s+(?:[a-z]+\s+)?\Z").search(
                    part, max(0, plan.start() - 25), plan.start()):
                # (nineteenth session) "Voters rejected plans to complete the tram in a referendum on
                # Sunday": plans as the object of a past act, no plan of this clause
                plan = _PLANNED.search(part, plan.end())
            while plan and part is tail and plan.group(0) in _PARTICIPLES and _NOUN_BEFORE.search(part, 0, plan.start()):
                # "the union's decision on Thursday to suspend the strike planned for next Tuesday":
                # a participle describing another noun's event, not this clause's plan
                plan = _PLANNED.search(part, plan.end())
            while plan and part is head and plan.group(0) in _PARTICIPLES and _DETERMINED.search(part, max(0, plan.start() - 30), plan.start()) \
                    and _rx(r" [a-z]").match(part, plan.end()) and (_PAST_CUE.search(part, plan.end()) or _rx(
                        r" [a-z]+ [a-z]{3,}ing\b").match(part, plan.end())):
                # (nineteenth session) a plan's participle before its noun names the thing when a past
                # verb, or a participle of the noun, governs the day: "its last scheduled flight touched
                # (touching) down at Ardmere late on Thursday" (not "The proposed strike on Friday will",
                # "The scheduled hearing is on Monday"); the clause's other forward cues are still read
                plan = _PLANNED.search(part, plan.end()) or (part is head and (
                    _IS_ON_DAY.search(part) or _G_SCHEDULE_NOW.search(part) or _EXPECT_TO.search(part) or _WEEKDAY_AHEAD.search(part))) or None
            if plan and part is head and (plan.group(0) in _PLAN_MODIFIERS or _PLANS_SUBJECT.match(part, plan.start()) and not part[:plan.start()].strip()) and _PAST_CUE.search(part, plan.end()) and not (
                _PLANNED.search(part, plan.end()) or _G_SCHEDULE_NOW.search(part, plan.end())
            ):
                # "Ticket sales for next season's event opened on Wednesday": a noun phrase's "next"
                # names another thing; the past verb nearer the date governs it
                plan = None
            if plan and plan.group(0) == "proposed" and _PROPOSED_VERB.match(part, plan.start()) and not _rx(
                r"\b(?:the|a|an|its|their|his|her|our|this|that|is|are|was|were|be|been|being|has|have|had)\s+\Z"
            ).search(part, max(0, plan.start() - 8), plan.start()):
                # "The board on Tuesday proposed raising the fare", "proposed a rise on Tuesday": the
                # proposing is the clause's past act (not "the proposed merger", "has proposed")
                plan = _PLANNED.search(part, plan.end()) if part is head else None
            if plan and part is head and _AGENT_PARTICIPLE.search(part, plan.end()):
                # (twentieth session) "libraries would close under budget proposals published by the
                # council on Wednesday": a participle with its agent, nearest the day, governs it
                plan = None
            if plan and part is tail and _PAST_CUE.search(part, 0, plan.start()):
                # after the date, the verb nearest it governs it ("on Tuesday published findings
                # in its investigation of the proposed acquisition": published)
                plan = None
            if not plan and part is head and (pres := _PRESENT_FIXTURE.search(part)) is not None and not _PAST_CUE.search(
                    # (after a plural subject's fixture, a participle after a determiner describes a
                    # noun: "The candidates meet at a televised hustings on Monday")
                    part if pres.group("plural") is None else _ATTRIBUTIVE_ED.sub(
                        lambda a: a.group(1) + " " * (len(a.group(0)) - len(a.group(1))), part),
                    pres.end()) and not _rx(r"\b(?:which|that|who)\s+\Z").search(part, 0, pres.start()) and not (
                    # (twenty-first session) "follows" with an object comes after it: "His arrest follows
                    # raids on Tuesday" (the raids, done), not "Chemistry follows on Monday"
                    pres.group(0) == "follows" and not _rx(r"\s*(?:on|at|in)?\s*\Z").match(part, pres.end())):
                # "The race began on Saturday and ends in Marrow on Sunday": the present fixture told
                # after the past one governs the day
                plan = pres
            if plan:
                if future == dct and part is head and plan.group(0) in ("will", "shall", "'ll", "’ll") and not _rx(
                        r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b").search(sent.text.lower()):
                    # (nineteenth session) the plain future of the article itself, told on that very
                    # weekday: "organisers will hand it to the health minister on Monday" in a Monday
                    # article is next Monday (today would be "today"; a reported "would" keeps the day)
                    future = dct + dt.timedelta(days=7)
                if value != future.isoformat():
                    why = f"dated event (weekday read forward: its clause looks ahead, {future.isoformat()})"
                value = future.isoformat()
                break
            if _PAST_CUE.search(part) or part is head and _ACT_BY_ON.search(part):
                # (twentieth session: or an act named with its agent right before the day, "welcomes
                # the call by Mayor Odile Brankovic-Swain on Monday": an act told as done)
                if value != past.isoformat():
                    why = f"dated event (weekday read back: its clause is past, {past.isoformat()})"
                value = past.isoformat()
                break
        else:
            line0 = ctx.body.rfind("\n", 0, e.start) + 1
            if (_rx(r":[ \t]*\Z").search(ctx.body, max(line0, e.start - 3), e.start) and _rx(r"\.?[ \t]*(?:\n|\Z)").match(ctx.body, e.end)
                    and not _PAST_CUE.search(ctx.body[line0:e.start].lower())) or (
                        # (twentieth session) or the day first: "Tuesday: webinar on the appeals process, 4pm."
                        _rx(r"[ \t]*(?:[-*•–][ \t]*)?\Z").fullmatch(ctx.body, line0, e.start) and _rx(r"[ \t]*:").match(ctx.body, e.end)
                        and not _PAST_CUE.search(ctx.body[e.end : ctx.body.find("\n", e.end) if "\n" in ctx.body[e.end:] else len(ctx.body)].lower())):
                # (nineteenth session) a diary line, "- Social care funding debate in parliament:
                # Thursday.": a label and its day, no verb, a fixture ahead
                if value != future.isoformat():
                    why = f"dated event (a diary line's weekday: ahead, {future.isoformat()})"
                value = future.isoformat()
    return value, why


def _plan_marker(clause: str) -> re.Match[str] | None:
    """The first plan word of ``clause``, skipping a plan named as a noun ("After a plan to bail
    out the carmakers failed to pass the Senate this week", "the planned merger was completed"):
    the plan is the subject, what happened to it is told."""
    for marker in _PLANNED.finditer(clause):
        if marker.group(0).startswith("plan") and _rx(r"\b(?:a|the|its|their|his|her|this|that|our)\s+\Z").search(
            clause, max(0, marker.start() - 8), marker.start()
        ):
            continue
        return marker
    return None


def _status(ctx: _Ctx, date: DateValue, clause: str, direction: str | None) -> tuple[str, str]:
    dct = ctx.dct
    if dct is None:
        marker = _PLANNED.search(clause.lower())
        return ("planned", f"planned: {marker.group(0)!r}") if marker else ("past", "past: no publication date, no plan words")
    if date.start > dct:
        return "planned", "planned: the date is after publication"
    if date.end < dct:
        return "past", "past: the date is before publication"
    marker = _plan_marker(clause.lower())  # only a date around publication asks the words
    if marker and direction == "past":
        # ("opened earlier this month": the words look back, whatever the main clause plans: "The
        # inquiry Marr opened earlier this month will decide ...")
        return "past", "past: a backward-looking expression"
    if marker:
        return "planned", f"planned: {marker.group(0)!r} and the date is not over"
    if direction == "future":
        return "planned", "planned: forward-looking expression"
    return "past", "past: reported as done"


def _content_words(text: str) -> list[str]:
    return [w for w in _rx(r"[a-z][a-z'-]{2,}").findall(text.lower()) if w not in _STOP]


def _stem(word: str) -> str:
    return word[:5]


_REFERENT_TRIM = re.compile(r"^(?:the|a|an|this|that|his|her|their|its|our|last|first|second)\s+", re.IGNORECASE)


_AUX_WORDS = r"(?:is|are|was|were|has|have|had|will|would|shall|could|should|can|may|must|did|does)\b"


_APPOSED_SUBJECT = re.compile(
    r",\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:,\s+(?:who|which)\s+[^,;.]{3,60})?,\s+(?:had\s+|was\s+|were\s+)?[a-z]{3,}ed\b")


#: A past perfect verb ("had been installed", "had left"): a clause told back from the story's time.
_PLUPERFECT = re.compile(
    r"\bhad\s+(?:(?:not|already|just|never|also|earlier|been)\s+)*(?:[a-z]{3,}(?:ed|en|wn)|left|met|sent|made|held|"
    r"told|said|won|lost|paid|sold|built|begun|run|gone|come|done|seen|put|set|hit|cut|kept|brought|bought|caught|"
    r"fought|found|felt|fled|led|spent|stood|struck)\b")


def _told_back(text: str) -> bool:
    """Whether ``text`` holds a past perfect verb ("had been installed", "had left"): the one test
    of the past perfect (a mention's clause, a flashback's words before its date)."""
    return _PLUPERFECT.search(text.lower()) is not None


def _past_perfect(m: Mention) -> bool:
    """``m``'s clause is in the past perfect: an event told back from the story's own time."""
    rs, re_ = m.start - m.sentence_start, m.end - m.sentence_start
    if not (0 <= rs <= re_ <= len(m.sentence)):
        return False
    c0, c1 = clause_bounds(m.sentence, rs, re_)
    return _told_back(m.sentence[c0:c1])


#: A relative expression whose referent is a pronoun for the event just told ("a day before that").
#: A season written with a capital ("the Autumn Fair"): inside a sentence, a name's word.
_SEASON_NAME = re.compile(r"\b(?:Spring|Summer|Autumn|Fall|Winter)$")
_ANAPHORIC_TAIL = re.compile(r"\s(?:that|this)\Z", re.I)
#: What follows "the day before", "two days after" that names no referent: punctuation, the end.
_NO_COMPLEMENT = re.compile(r"[ \t]*(?:[.,;:!?)\]”’\"—–]|\Z)")
#: What follows such a pronoun: the sentence's end or a new clause ("a day before that the guards
#: left"), not a noun it determines ("five days after that ruling").
_ANAPHOR_END = re.compile(
    r"\s*(?:[.,;:!?)\]”’\"'—–-]|\Z|(?:the|a|an|he|she|it|they|we|i|you|his|her|its|their|our|when|and|but)\b)", re.I)


def _complement(sentence: str, pos: int) -> tuple[str, int, int]:
    """Return the complement after a relative preposition: text and its bounds in the sentence."""
    rest = sentence[pos:]
    # (a predicate coordinated after it, with its own auxiliary, is the main clause's: "opened in
    # the week after the fire and is due to report next month")
    m = _rx(r"[.;:—–()]|,\s|\s(?:and|but)\s+(?=" + _AUX_WORDS + r"|that\s)\b").search(rest)
    if m and m.group() == ", " and (appos := _APPOSED_SUBJECT.match(rest, m.start())):
        # "two days before Ostavia's interior minister, Roza Petrich, who ordered the closure,
        # resigned": a subject with a name and a relative clause set off by commas, then its verb
        return rest[: appos.end()], pos, pos + appos.end()
    end = pos + (m.start() if m else len(rest))
    coord = _COORD_PAST.search(sentence, pos, end)
    if coord is not None and not _is_clausal(sentence[pos : coord.start()]):
        # "met skippers the day before the blockade and promised compensation": after a noun
        # phrase, a past predicate coordinated with "and" is the main clause's, not the complement's
        end = coord.start()
    return sentence[pos:end], pos, end


#: " and promised", " but then dropped": a coordinated past predicate (see :func:`_complement`).
_COORD_PAST = re.compile(r"\s(?:and|but)\s+(?:then\s+|later\s+|also\s+)?(?:[a-z]{3,}ed|made|gave|took|met|said|told|"
                         r"left|went|came|sent|paid|held|kept|won|lost|spoke|flew|ran|saw)\b")


def _is_clausal(text: str) -> bool:
    """True when a complement is a clause ("Gor announced ...") or a gerund ("announcing ...")."""
    words = text.strip().split()
    if not words:
        return False
    if words[0].lower().endswith("ing") and words[0].lower() not in ("meeting", "hearing", "ruling", "sitting", "briefing", "bombing", "shooting", "landing", "opening", "signing", "swearing-in"):
        return True
    low = " ".join(words[:12]).lower()
    return bool(
        _re.search(
            r"\b(?:[a-z]{3,}ed|said|told|met|took|made|won|lost|held|began|left|came|went|gave|got|saw|spoke|sent|"
            r"struck|fell|rose|was|were|had|has|have|did|became|announced|signed|agreed|would|could|will|"
            r"brought|found|kept|paid|sold|bought|caught|fought|ran|led|broke|drew|flew|stood|sought|threw|wrote|chose)\b",
            low,
        )
    )


@dataclass(slots=True)
class _Rel:
    e: TimeExpression
    sent: Sentence
    spec: RelativeSpec
    span: tuple[int, int]


_REL_DETECT = re.compile(  # (?=...): the first letters of the alternatives, a fast pre-check
    r"\b(?=[aoftsenlh0-9])(?:(?:(?:a few|a couple of|several|some|an|" + _ONE_TO_SIX + r"|\d{1,2})\s+)?hours?\s+"
    r"(?:after|before|later|earlier|afterwards|afterward)|(?:a|an|" + _ONE_TO_TWELVE + r"|\d{1,2})\s+(?:day|week|month|year)s?"
    r"\s+(?:after|before|later|earlier|afterwards|afterward|prior to)"
    r"|the\s+(?:previous|following|next|preceding|prior|subsequent)\s+(?:day|week|month|year|morning|afternoon|evening|night)"
    r"|(?:later|earlier)\s+(?:that|the same|in the|that same)\s+(?:day|week|month|year|morning|afternoon|evening|night)"
    r"|the\s+(?:day|night|week|month|year|morning|afternoon|evening)\s+(?:before|after)(?!\s+(?:tomorrow|yesterday))"
    r"|(?:that|the)\s+same\s+(?:day|week|month|year|morning|evening|night)"
    # "on the day of the eruption" (an event after it: not "the day of the week", "the day of reckoning")
    r"|the\s+(?:day|night|morning|afternoon|evening)\s+of"
    r"(?=\s+(?:the|its|his|her|their)\s+(?!(?:week|month|year|day)\b)[a-z]))\b"
)
#: Where a match of _REL_DETECT can start, found by scans that skip ahead in C (a literal or a few
#: letters first) instead of trying _REL_DETECT at every word: "the"/"that same"/"later"/"earlier"
#: and the next word, and a unit before a direction ("days after", "hours later": the match starts
#: at the unit or at one of the three words before it, "a couple of hours later").
_REL_STARTS = (
    re.compile(r"the(?<!\wthe)\s+(?:previous|following|next|preceding|prior|subsequent|same|day|night|week|month|year|"
               r"morning|afternoon|evening)"),
    re.compile(r"that(?<!\wthat)\s+same"),
    re.compile(r"later(?<!\wlater)\s+(?:that|the|in)"),
    re.compile(r"earlier(?<!\wearlier)\s+(?:that|the|in)"),
)
#: The directions after a unit in _REL_DETECT ("afterward(s)" begins with "after"), and its units.
_REL_DIRECTIONS = ("after", "before", "later", "earlier", "prior to")
_REL_UNITS = ("hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year")


def _rel_detect(low: str) -> list[re.Match[str]]:
    """The matches of ``_REL_DETECT.finditer(low)``: the pattern tried only where a match can start
    (_REL_STARTS, and a unit before a direction and the words before it: each direction found
    by ``str.find``, the unit before its blanks read back), in text order, each after the last
    match's end, as finditer goes on."""
    starts: set[int] = set()
    for p in _REL_STARTS:
        starts.update(m.start() for m in p.finditer(low))
    for word in _REL_DIRECTIONS:
        q = low.find(word)
        while q >= 0:
            j = q  # back over the blanks (\s is str.isspace), then the unit
            while j > 0 and low[j - 1].isspace():
                j -= 1
            unit = next((u for u in _REL_UNITS if low.endswith(u, 0, j)), None) if j < q else None
            q = low.find(word, q + 1)
            if unit is None:
                continue
            i = j - len(unit)
            starts.add(i)
            for _ in range(3):  # the starts of up to three words before it, blanks between
                j = i
                while j > 0 and low[j - 1].isspace():
                    j -= 1
                k = j
                while k > 0 and (low[k - 1].isalnum() or low[k - 1] == "_"):  # \w
                    k -= 1
                if j == i or k == j:
                    break
                starts.add(k)
                i = k
    found: list[re.Match[str]] = []
    end = 0
    for i in sorted(starts):
        if i >= end and (m := _REL_DETECT.match(low, i)):
            found.append(m)
            end = m.end()
    return found


#: Words without which no expression is event-relative (a cheap gate before parse_relative).
_REL_WORD = re.compile(r"\b(?:after|before|later|earlier|afterwards?|previous|following|next|preceding|prior|subsequent|same)\b")


@lru_cache(maxsize=4096)
def _rel_word_in(text: str) -> bool:
    """Whether an expression's words hold one of _REL_WORD's (once per wording)."""
    return _REL_WORD.search(text.lower()) is not None


def _rescue_relative(ctx: _Ctx, exprs: tuple[TimeExpression, ...]) -> list[TimeExpression]:
    """Find event-relative expressions the tagger did not mark ("three days later")."""
    body = ctx.body
    low = body.lower()
    if len(low) != len(body):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in body)
    taken = sorted((e.start, e.end) for e in exprs if e.relation or e.type in ("DATE", "TIME"))
    # Overlap test by binary search: the spans starting before a match's end overlap it when
    # the furthest of their ends lies after its start (was a scan of every span per match).
    taken_starts = [a for a, _ in taken]
    reach: list[int] = []
    far = -1
    for _, b in taken:
        far = max(far, b)
        reach.append(far)
    found: list[TimeExpression] = []
    for m in _rel_detect(low):
        i = bisect_left(taken_starts, m.end())
        if i and reach[i - 1] > m.start():
            continue
        found.append(
            TimeExpression(
                start=m.start(), end=m.end(), text=body[m.start() : m.end()], type="DATE", value="XXXX-XX-XX",
                rule="events-relative", relation=None, offset=None,
            )
        )
    return found


def _widen_duration(ctx: _Ctx, e: TimeExpression) -> TimeExpression | None:
    """"a day" / "the day" followed by "after"/"before"/"later" is one event-relative expression."""
    # (a part of a day, "the night" + "before the outage", comes as a TIME with its relation)
    if e.type not in ("DURATION", "DATE", "TIME") or (
        e.type != "DURATION" and not e.relation and e.text.lower() not in _BARE_PERIODS  # ("in the week after the fire")
    ):
        return None
    m = _rx(r"\s+(after|before|later|earlier|afterwards|prior to)\b", re.IGNORECASE).match(ctx.body[e.end : e.end + 14])
    if not m:
        return None
    pre = ctx.body[max(0, e.start - 10) : e.start].lower()
    if _rx(r"\b(?:for|over|within|in|about|nearly|some|than)\s*$").search(pre) and not (
        pre.rstrip().endswith(" in") and e.text.lower() in _BARE_PERIODS  # "opened in the week after the fire"
    ):
        return None
    text = ctx.body[e.start : e.end + m.end()]
    if _parse_relative(text) is None:
        return None
    return replace(e, end=e.end + m.end(), text=text, type="DATE", value="XXXX-XX-XX", rule=(e.rule or "duration") + "+relative")


_BARE_PERIODS = frozenset(("the day", "the night", "the week", "the month", "the year"))
_RANGE_JOIN = re.compile(r"^,?\s*(?:-|–|—|to|until|till|through|and)\s*$")  # (", to": "from Monday, March 9, to Friday, March 20")


#: (round 13) a bounded activity run between two days ("ran a public consultation from June 1 to July 10",
#: "The exhibition runs from May 3 to June 20"): its run is one event, however long (up to 120 days)
_ACTIVITY_FROM = re.compile(
    r"\b(?:consultations?|exhibitions?|festival|trial|strike|walkout|inquiry|hearings?|campaign|survey|roadworks|closure|"
    r"sale|tour|ballot|voting|pilot|fair|census|amnesty|shutdown|blockade|sit-in|occupation|"
    r"applications|window|registration|enrolment|repairs|works|bids|claims|submissions|nominations|tenders|"
    # (twenty-fourth session) "The rescue operation ran from August 15 to September 1", "A second
    # round will run from September 1 to October 30"
    r"operations?|programme|program|round|airlift|evacuation|recount|exercises?|mission)\b"
    # (its matter: "a consultation on the cleanup will run from")
    r"(?:\s+(?:on|of|into|for|about)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
    r"(?:,?\s+(?:that|which))?"
    r"(?:\s+(?:runs?|ran|will run|is open|was open|lasts?|lasted|will last|takes place|took place|is held|was held|"
    r"(?:will be|are|were|can be) (?:accepted|taken|open|held|made|submitted|lodged|filed)|"
    # ("A provisional trial window has been set from", "the hearing had been listed from")
    r"(?:has|have|had) been (?:set|listed|scheduled|fixed|booked)|(?:is|was) (?:set|listed|scheduled|fixed|booked)|"
    # (twentieth session: a participle, "in a ballot held from June 1 to 19")
    r"held|run|staged))?\s+from\s+\Z"
    # (twentieth session) "Residents will vote from June 1 to June 19"
    r"|\b(?:will|to|can|may|could)\s+(?:vote|cast (?:their|a) (?:votes?|ballots?))\s+from\s+\Z"
    # (seventeenth session: "All three works will be shown from Saturday 3 July to Sunday 29 August")
    r"|\b(?:will be|are|were|is|was|go|goes|went) (?:shown|displayed|exhibited|on show|on display|on view|staged)\s+from\s+\Z",
    re.IGNORECASE)


#: "next Tuesday and Wednesday", "last Friday and Saturday": two weekdays of one week, one range.
_NEXT_WEEKDAY_PAIR = re.compile(r"(?i:next|last|this)\s+[A-Z][a-z]+day\s+and\s+[A-Z][a-z]+day")


def _join_day_ranges(body: str, exprs: tuple[TimeExpression, ...]) -> list[TimeExpression]:
    """Join "from March 3 to 5" / "March 3-5" (two days, at most 14 apart) into one range.

    A short range of days is one event (a summit, a visit); year or month ranges stay apart and
    are dropped as periods (tenures, terms).
    """
    out: list[TimeExpression] = []
    i = 0
    while i < len(exprs):
        e = exprs[i]
        if i + 1 < len(exprs):
            f = exprs[i + 1]
            gap = body[e.end : f.start]
            if (
                e.type == f.type == "DATE" and len(e.value) == 10 and len(f.value) == 10
                and _is_calendar(e.value) and _is_calendar(f.value) and _RANGE_JOIN.match(gap)
                and not _MOVED_FROM.search(body, max(0, e.start - 90), e.start)  # (a moved date: two dates, not a range)
                and not item_break(body, e.end, f.start)  # (two list items' days: "level 4\n- 9 February")
            ):
                a, b = _interval(e.value)[0], _interval(f.value)[0]
                lead = body[max(0, e.start - 9) : e.start].lower().strip()
                # "between May 3 and 5"; "held on Monday and Tuesday": two days in a row, one event
                paired = "and" not in gap or lead.endswith("between") or (b - a).days == 1 and (
                    lead.endswith(" on") or _NEXT_WEEKDAY_PAIR.fullmatch(body, e.start, f.end) is not None)
                if paired and (0 < (b - a).days <= 14 or 0 < (b - a).days <= 366 and "and" not in gap and opens_chronology_line(body, e.start)):
                    out.append(replace(e, end=f.end, text=body[e.start : f.end], value=f"{e.value}/{f.value}",
                                       rule=(e.rule or "date") + "+range"))
                    i += 2
                    continue
                if 14 < (b - a).days <= 120 and "and" not in gap and _ACTIVITY_FROM.search(body, max(0, e.start - 60), e.start):
                    # (round 13) "ran a public consultation from June 1 to July 10": a bounded activity's run, one event
                    out.append(replace(e, end=f.end, text=body[e.start : f.end], value=f"{e.value}/{f.value}",
                                       rule=(e.rule or "date") + "+activity-range"))
                    i += 2
                    continue
        out.append(e)
        i += 1
    return out


def _chronology_year(e: TimeExpression, last: dt.date | None,
                     published: dt.date | None = None) -> tuple[TimeExpression, dt.date]:
    """A chronology's entries are in order: a day without its year ("March 3: Council votes",
    after "Oct. 6-Nov. 14, 2025: ...") takes the first year that keeps the order, not the year
    the tagger guessed from the publication date; but not a year that puts a day the tagger read
    as past after publication (a list latest first: "May 16: Deal agreed / May 10: Second
    walkout / May 2: Ballot papers sent out"). Returns the entry and the last date so far."""
    first, end = _interval(e.value)
    if last is not None and not _HAS_YEAR.search(e.text) and len(e.value) == 10:
        day = first.replace(year=last.year) if (first.month, first.day) != (2, 29) else first
        if day < last:
            day = day.replace(year=last.year + 1) if (day.month, day.day) != (2, 29) else day
        if published is not None and day > published >= first:
            day = first
        if day != first:
            e = replace(e, value=day.isoformat())
            first = end = day
    return e, max(end, last) if last else end


#: Round 13: offsets that count no date. "slip by at least 18 months after": a bound or the size of a
#: delay, not an offset; "up from 2,100 a year earlier": a figure's baseline; "seven weeks after the
#: carrier announced the plan in early March": the happening is dated in its own words.
_OFFSET_BOUND = re.compile(r"(?:at least|at most|no more than|no fewer than|no less than|up to)\b", re.IGNORECASE)
_BASELINE_NUMBER_BEFORE = re.compile(
    r"\b(?:up|down|rising|falling|rose|fell|climbed|dropped|increased|decreased|compared|against|versus|than)\s+(?:(?:from|with|to|on)\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|just\s+|only\s+)?[$€£]?\d[\d,.]*\s*(?:[a-z%-]+\s+)?\Z", re.IGNORECASE)
#: "twice as many as the year before", "more than the previous month": a figure's baseline period
_COMPARED_AS_BEFORE = re.compile(r"\b(?:as|than)\s+(?:in\s+|during\s+|over\s+)?\Z", re.IGNORECASE)
_DELAY_BY = re.compile(
    r"\b(?:slip|slips|slipped|slipping|delay\w*|postpone\w*|push\w* back|set back|overrun\w*|late|behind|extend\w*)\s+(?:by\s+)?\Z", re.IGNORECASE)
_COMPLEMENT_END = re.compile(r"[;.!?]|,\s|\s(?:and|but|while)\s")


#: a date in a participle set off by commas ("The agency's report, published on Monday, confirms ..."): it
#: dates the noun before it, not the clause the sentence goes on with
#: between a dated clause and an offset after it, the start of another clause ("..., and X had
#: agreed", "and then, a day before ...", "; ...")
_OWN_CLAUSE_ENDS = re.compile(r",\s*(?:and|but)\s|\band\s+then\b|;")
#: A clause with a subject of its own (not a pronoun telling the same happening again) after ", and".
_NEW_SUBJECT_CLAUSE = re.compile(r",\s*(?:and|but)\s+(?!(?:it|he|she|they|we|this|that|then)\b)[A-Za-z]|;\s")
_PARTICIPLE_ASIDE_BEFORE = re.compile(
    r",\s+(?:[a-z]{3,}ed|" + _IRREGULAR_DONE + r"|issued|released|published)\s+(?:(?:on|in|at|during|last|early|late)\s+)?\Z", re.IGNORECASE)
#: the main clause of an offset, a present state or a present perfect ("Four weeks after the morning
#: the sirens went off, the questions have not gone away"): it counts up to now, no event is dated
_PRESENT_MAIN = re.compile(
    r"\b(?:has|have)(?:\s+not|n['’]t|\s+still\s+not|\s+yet\s+to|\s+never)\s+(?:been\s+)?[a-z]+\b"
    r"|\b(?:is|are)\s+(?:still|now|no longer)\b|\b(?:remains?|remain)\b")
_PAST_MAIN = re.compile(r"\b(?:was|were|had|did|will|would)\b")


#: Lower-case words of five letters or more: a sentence's matter, roughly ("review", "report").
_MATTER_WORD = re.compile(r"(?<![\w'’-])(?!(?:about|after|before|their|there|which|where|would|could|should|these|those|other|"
                          r"while|since|until|under|still|being|first|three|seven|eight)\b)[a-z]{5,}\b")


def _participle_aside(s_text: str, a0: int, a1: int) -> bool:
    """True when the date at ``a0:a1`` stands in a participle set off by commas (", published on Monday,")."""
    return bool(_PARTICIPLE_ASIDE_BEFORE.search(s_text, max(0, a0 - 30), a0)) and s_text[a1 : a1 + 1] == ","


def _present_main(s_text: str, rs: int, re_: int) -> bool:
    """True when the main clause around an offset is a present state (its words before the offset,
    or after the complement's comma when the offset opens the sentence)."""
    head = s_text[:rs].strip(" \t\n\"'“‘(").lower()
    if _rx(r"^(?:but|and|yet|so|now|even)?$").match(head):
        comma = s_text.find(", ", re_)
        if comma < 0:
            return False
        main = s_text[comma + 2 :].lower()
    else:
        main = head
    main = _rx(r"\b[a-z]{3,}ed\s+by\b").sub(" ", main)  # (a participle's agent: "the questions raised by the leak")
    return bool(_PRESENT_MAIN.search(main)) and not _PAST_MAIN.search(main) and not _PAST_CUE.search(_PRESENT_MAIN.sub(" ", main))


#: An amount of money right before "a year/month/week ..." makes it a rate ("earn 41,000 crowns a
#: year before overtime").
_MONEY_BEFORE_RATE = re.compile(
    r"(?:\d[\d,.]*(?:\s*(?:million|billion|m|bn|k))?\s*(?:crowns?|euros?|dollars?|pounds?|francs?|marks?|kronor|krona|kroner|"
    r"krone|yen|rupees?|pesos?|rand|zloty|lira|shekels?)|[$£€¥]\s?\d[\d,.]*(?:\s*(?:million|billion|m|bn|k))?)\s*$", re.I)
#: A period's figure named right before its offset ("nearly double the figure five years earlier").
_FIGURE_NAMED_BEFORE = re.compile(r"\b(?:the|its|their|that)\s+(?:figure|level|total|rate|number|count|tally|average)s?$")


def _offset_round13_reason(body: str, work: tuple[TimeExpression, ...], e: TimeExpression, sent: Sentence,
                           spec: RelativeSpec, pre: str) -> str | None:
    """Why an event-relative offset of round 13's kinds counts no date, or None."""
    if not spec.n:
        return None
    if _OFFSET_BOUND.match(e.text) or pre.endswith(("at least", "at most", "up to")):
        return "an offset's bound ('at least 18 months after'): no exact date to count"
    if e.text[:2].lower() == "a " and _MONEY_BEFORE_RATE.search(body, max(sent.start, e.start - 40), e.start):
        return "a rate ('41,000 crowns a year before overtime'), not an offset"
    if _FIGURE_NAMED_BEFORE.search(pre):
        return "a comparison baseline ('double the figure five years earlier'), not an event"
    if spec.prepositional and (pre == "by" or pre.endswith(" by")) and _DELAY_BY.search(body, max(sent.start, e.start - 40), e.start):
        return "the size of a delay ('will slip by 18 months after the flood'), not an offset"
    if spec.prepositional and _present_main(sent.text, e.start - sent.start, e.end - sent.start):
        return "an offset of a present state ('four weeks after the sirens went off, the questions have not gone away'): no event dated"
    if _BASELINE_NUMBER_BEFORE.search(body, max(sent.start, e.start - 60), e.start) or (
            (not spec.prepositional or _NO_COMPLEMENT.match(body, e.end)) and _COMPARED_AS_BEFORE.search(body, max(sent.start, e.start - 30), e.start)):
        return "a comparison baseline ('up from 2,100 a year earlier'), not an event"
    if spec.prepositional and _dated_in_own_words(body, work, e, sent):
        return "an offset to a happening dated in its own words ('seven weeks after it announced the plan in early March')"
    return None


def _dated_in_own_words(body: str, work: tuple[TimeExpression, ...], e: TimeExpression, sent: Sentence, day: bool = False) -> bool:
    """Whether the complement of an offset holds a date of its own ("seven weeks after it announced
    the plan in early March", "hours after results came back late on Monday"; ``day``: a date to the day)."""
    stop = _COMPLEMENT_END.search(body, e.end, sent.end)
    end = stop.start() if stop else sent.end
    for o in work[bisect_left(work, e.end, key=_expr_start):]:
        if o.start >= end:
            break
        if o.type == "DATE" and not o.relation and _is_calendar(o.value) and not _rel_word_in(o.text) and (
                not day or len(o.value) >= 10):
            return True
    return False


#: round 14: "tested for only two days before it was installed": how long, a duration with its hedge
_FOR_ONLY_BEFORE = re.compile(r"\bfor\s+(?:only|just|merely|a mere|barely|all of)\s*\Z", re.IGNORECASE)
#: "in the six months before the explosion", "during the two weeks after the flood": a span, no day
_IN_THE_SPAN = re.compile(r"\b(?:in|during|over|within|throughout)\s+the\s+(?:(?:first|last|final|next|past)\s+)?\Z", re.IGNORECASE)
#: "early in the morning before the wind picks up": a part of the day, "before" a conjunction
_IN_PART_OF_DAY = re.compile(r"^the\s+(?:morning|afternoon|evening)\s+(?:before|after)$", re.IGNORECASE)
#: a present state's main clause ("the terminal is busier than ..."): is/are, not a plan's or a passive's
_IS_STATE = re.compile(r"\b(?:is|are)\s+(?!(?:to|due|set|expected|scheduled|about|going|being)\b|[a-z]{3,}ed\b|[a-z]+ing\b)[a-z]")
#: where a main clause's own words end: a comparison or a clause inside it ("than even its operator expected")
_OWN_WORDS_END = re.compile(r"\s(?:than|that|which|who|because|since|as|when|after|before)\s|[,;:]")


def _offset_round14_reason(body: str, work: tuple[TimeExpression, ...], e: TimeExpression, sent: Sentence,
                           spec: RelativeSpec) -> str | None:
    """Why an event-relative offset of round 14's kinds counts no date, or None."""
    if spec.prepositional and not spec.n and "hour" in e.text.lower() and _dated_in_own_words(body, work, e, sent, day=True):
        return "hours after a happening dated in its own words ('hours after results came back late on Monday'): no date of its own"
    if spec.n and _FOR_ONLY_BEFORE.search(body, max(sent.start, e.start - 30), e.start):
        return "a duration ('tested for only two days before it was installed'), not an offset"
    if spec.n and spec.prepositional and _IN_THE_SPAN.search(body, max(sent.start, e.start - 30), e.start):
        return "a span ('logged 37 times in the six months before the explosion'), not a date"
    if spec.prepositional and _IN_PART_OF_DAY.match(e.text) and _rx(r"\bin\s+\Z").search(body, max(sent.start, e.start - 6), e.start):
        return "a part of the day ('early in the morning before the wind picks up'): 'before' a conjunction, no offset"
    if spec.prepositional and spec.n:
        s_text, rs = sent.text, e.start - sent.start
        head = s_text[:rs].strip(" \t\n\"'“‘(")
        if head:
            return None
        comma = s_text.find(", ", e.end - sent.start)
        main = s_text[comma + 2 :].lower() if comma >= 0 else ""
        own = main[: m.start()] if (m := _OWN_WORDS_END.search(main)) else main
        if _IS_STATE.search(own) and not _PAST_MAIN.search(own) and not _PAST_CUE.search(own) and not _rx(r"\b(?:has|have)\b").search(own):
            # "Seven weeks after its first ship, the terminal is busier than its operator expected"
            return "an offset of a present state ('seven weeks after its first ship, the terminal is busier'): no event dated"
    return None


#: The reason of a date the rules keep and the learned second opinion drops (timeline/keep_model.py).
MODEL_REASON = "unlike the dated events of the evaluation sets (the learned second opinion)"


def extract(article: Article, expressions: tuple[TimeExpression, ...]) -> tuple[tuple[Mention, ...], tuple[Dropped, ...]]:
    """Return the event mentions of one article and the expressions dropped, with reasons.

    Args:
        article: the article whose ``body`` the expressions' offsets point into.
        expressions: the tagger's output for ``article.body``.

    Returns:
        ``(mentions, dropped)``, each in text order. Every expression ends up in exactly one of
        the two (event-relative expressions the tagger missed may add mentions).
    """
    with collector_paused():  # (many small containers, no reference cycles: the collector's passes find nothing)
        return _extract(article, expressions)


def _extract(article: Article, expressions: tuple[TimeExpression, ...]) -> tuple[tuple[Mention, ...], tuple[Dropped, ...]]:
    body = article.body
    ctx = _Ctx(
        article=article, body=body, sents=(), quotes=quote_spans(body), urls=(),
        people=_people(body), dct=article.published,
    )
    exprs = tuple(sorted(expressions, key=lambda x: (x.start, x.end)))
    mentions: list[Mention] = []
    dropped: list[Dropped] = []
    rels: list[_Rel] = []
    reread: "tuple[int, str, str] | None" = None  # (the sentence, the tagger's day, the day re-read) of a weekday
    work: list[TimeExpression] = []
    for e in _join_day_ranges(body, exprs):
        widened = _widen_duration(ctx, e)
        work.append(widened or e)
    work.extend(_rescue_relative(ctx, tuple(work)))
    work.sort(key=lambda x: (x.start, x.end))
    ctx.sents = sentences_holding(body, [e.start for e in work])
    ctx.urls = url_spans_in(body, ctx.sents)  # only where a date stands
    work_t = tuple(work)  # in text order (sorted by start, end)
    sents = ctx.sents
    n_sents = len(sents)
    k = 0  # the first sentence not ending at or before the expression (as sentence_at, walked)
    chrono_last: dt.date | None = None  # the last date of a chronology's entries so far
    prev_end = -1  # where the expression before ended
    model = keep_model.available()
    for e in work:
        prev_end, told_end = e.end, prev_end
        if e.type == "DATE" and len(e.value) >= 10 and _is_calendar(e.value) and opens_chronology_line(body, e.start):
            e, chrono_last = _chronology_year(e, chrono_last, ctx.dct)
        while k < n_sents and sents[k].end <= e.start:
            k += 1
        sent = sents[k] if k < n_sents and sents[k].start <= e.start else None
        if sent is None:
            dropped.append(_drop(ctx, e, "outside any sentence (markup)", None))
            continue
        spec = None
        if e.type != "SET" and (e.relation or _rel_word_in(e.text) or not _is_calendar(e.value)):
            # The words decide; the tagger's relation/offset only help when it found no date
            # ("in nine days" comes resolved from the publication date: a plain date).
            spec = _parse_relative(e.text)
            if spec is None and e.relation and not _is_calendar(e.value):
                spec = _parse_relative(e.text, e.relation, e.offset)
        if spec is None and e.text[:4].lower() == "the " and body[e.start - 3 : e.start].lower() == "on " and _THE_DAY_CLAUSE.match(body, e.start, e.start + 80) and e.end - e.start < 12:
            # "left the company on the day it filed": the day of the event its clause tells, as
            # "on the day of the filing" (not the publication day)
            spec = RelativeSpec(0, "day", 0, "day", True)
        if spec is not None:
            pre = _words_before(sent.text, e.start - sent.start, 2)
            if _rx(r"\b(?:just over|just under|about|around|nearly|almost|roughly|some|more than|less than|over|under|within)\b").search(
                e.text.lower().split(" a ")[0] if spec.n else e.text.lower().split("hour")[0]
                # ("less than an hour earlier", "just hours before the draw": approximate as "about two days after")
            ) or _rx(r"(?:just over|just under|about|around|nearly|almost|roughly|more than|less than|within)$").search(pre) or (
                not spec.n and "hour" in e.text.lower() and _rx(r"(?:just|only|barely|mere)$").search(pre)
            ):
                dropped.append(_drop(ctx, e, "an approximate offset: no exact date to count", sent))
                continue
            if (why := _offset_round13_reason(body, work_t, e, sent, spec, pre)) is not None:
                dropped.append(_drop(ctx, e, why, sent))
                continue
            if (why := _offset_round14_reason(body, work_t, e, sent, spec)) is not None:
                dropped.append(_drop(ctx, e, why, sent))
                continue
            if spec.n and _rx(r"(?:^|\s)(?:until|till|up to)$").search(pre):
                # "had until 21 days after the result to lodge a petition": the end of a window, no happening
                dropped.append(_drop(ctx, e, "'until' an offset: the end of a window, not an event", sent))
                continue
            if (spec.n or "hour" in e.text.lower()) and _rx(r"(?:^|\s)for$").search(pre):
                # "held for 40 days before being freed": how long, not an offset
                dropped.append(_drop(ctx, e, "a duration ('held for 40 days before being freed'), not an offset", sent))
                continue
            if spec.prepositional and not spec.n and "hour" in e.text.lower() and told_end >= 0 and _rx(r"[\s,]*").fullmatch(body, told_end, e.start):
                # "resigned on Wednesday evening, hours after the report was published": the day is
                # told just before; hours add no date of their own
                dropped.append(_drop(ctx, e, "hours after an event dated just before: no date of its own", sent))
                continue
            if _rx(r"(?:^|\s)in$").search(pre) and _rx(
                r"\b(?:largest|biggest|worst|best|highest|lowest|strongest|weakest|deadliest|longest|fastest|hottest|coldest|wettest|driest|first|most|only)\b[^.;:]*$"
            ).search(sent.text[: e.start - sent.start].lower()) or _rx(r"(?:^|\s)in$").search(pre) and _ORDINAL_SPAN.search(
                sent.text, max(0, e.start - sent.start - 70), e.start - sent.start
            ):
                # ("the second fare rise in four years": the span an ordinal counts in)
                dropped.append(_drop(ctx, e, "a span of comparison (\"its largest recall in a decade\"), not a date", sent))
                continue
            if (_rx(r"(?:^|\s)(?:from|than|with|over|versus|vs|to)$").search(pre)
                    # ("took over the same day", "handed over on Monday": a phrasal verb, no comparison)
                    and not _rx(r"\b(?:take|takes|took|taken|taking|hand|hands|handed|handing)\s+over$").search(pre)) or (
                # "twice the share of five years earlier"
                spec.n and pre.endswith("of") and _sent_has(_MEASURE, sent.text, False)
                and _rx(r"\b(?:twice|double|triple|half|share|level|rate|figure|total)\s+(?:[a-z]+\s+){0,2}of\s*$").search(
                    sent.text, max(0, e.start - sent.start - 40), e.start - sent.start)
            ) or (
                # "up 4% on the previous year"
                pre.endswith("on") and _rx(r"\d\s*(?:%|per ?cent|percent|points?)\s+on\s*$").search(sent.text, 0, e.start - sent.start)
            ) or (
                spec.n and not spec.prepositional and _sent_has(_MEASURE, sent.text, False) and _sent_has(_COMPARISON, sent.text)
            ):
                dropped.append(_drop(ctx, e, "a comparison baseline (statistics), not an event", sent))
                continue
            if is_caption(sent.text):
                dropped.append(_drop(ctx, e, "in a photo caption or file-photo credit", sent))
                continue
            if told_end >= 0 and e.text[:4].lower() == "the " and _rx(r"\s*,\s*").fullmatch(body, told_end, e.start) and _rx(
                r"(?:before|after)$").search(e.text.lower()):
                # "a march on Wednesday evening, the night before the vote": an apposition tells the
                # date just named again, by the event it comes before or after (no event of its own)
                dropped.append(_drop(ctx, e, "an apposition naming the date just before it again ('on Wednesday, the night before the vote')", sent))
                continue
            if _rx(r"\s+than\b").match(body, e.end):
                # "arrives on November 11, three days later than originally planned", "a month
                # earlier than usual", "hours earlier than forecast": a comparison with a plan or a
                # habit, not a date
                dropped.append(_drop(ctx, e, "a comparison with a plan or the usual time ('later than planned'), not a date", sent))
                continue
            if _AFTER_A_PLAN.match(body, e.end, min(len(body), e.end + 90)):
                # "opened three years after the line was first supposed to open": a delay measured
                # from a plan that did not happen, no date
                dropped.append(_drop(ctx, e, "an offset from a plan that did not happen ('three years after it was due to open'), not a date", sent))
                continue
            if _rx(r"\b(?:late|early|later|earlier)\s+in\s+the\s+(?:day|week|month|year)\s+(?:after|before)").search(
                sent.text[max(0, e.start - sent.start - 20) : e.end - sent.start].lower()
            ):
                # "rebounded late in the day after falling 250 points": a part of the day, no offset
                dropped.append(_drop(ctx, e, "a part of the day ('late in the day'), not an offset from an event", sent))
                continue
            if e.text.lower().endswith("in the day") and _INTRADAY_MOVE.search(sent.text, max(0, e.start - sent.start - 40), e.start - sent.start) \
                    and _MARKET_NOUN.search(sent.text.lower()):
                # "the stock rose to a five-year high in morning trading, before declining later in the day"
                dropped.append(_drop(ctx, e, "a market move within a day's trading ('before declining later in the day'), not an event", sent))
                continue
            if _inside_sorted(ctx.quotes, e.start, e.end) and (
                _rx("[^ “\"'‘]").search(sent.text, 0, max(0, e.start - sent.start - 1)) is None
                or _inside_sorted(ctx.quotes, sent.start + 1, e.end)
            ):
                # “We will be here tomorrow, and the day after,” said a docker: counted from when?
                dropped.append(_drop(ctx, e, "event-relative inside a direct quotation: the speech time is unknown", sent))
                continue
            if _inside_sorted(ctx.urls, e.start, e.end):
                dropped.append(_drop(ctx, e, "inside a URL", sent))
                continue
            rels.append(_Rel(e, sent, spec, (e.start, e.end)))
            continue
        reason = _filter(ctx, e, sent, work_t)
        if not reason and dropped and (prev := dropped[-1]).expression.end < e.start and prev.reason.startswith(_PERIOD_REASONS) \
                and prev.expression.granularity == e.granularity and _COORDINATED.fullmatch(body, prev.expression.end, e.start):
            # (twentieth session) the second of two coordinated periods reads as the first: "cutting its
            # reported operating profit for 2022 and 2023" (the figure's periods, both)
            reason = prev.reason
        if not reason and model:
            # (twenty-first session) the learned second opinion (timeline/keep_model.py): a kept date
            # very unlike the evaluation sets' dated events is dropped
            p = keep_model.judge(body, e, sent.start, sent.end, _inside_sorted(ctx.quotes, e.start, e.start + 1))
            if p is not None and p < keep_model.THRESHOLD:
                reason = f"{MODEL_REASON} (p = {p:.3f})"
        if reason:
            dropped.append(_drop(ctx, e, reason, sent))
            continue
        value, why = _day_value(ctx, e, sent)
        if reread is not None and reread[0] == sent.start and "T" in e.value and e.value[:10] == reread[1] and value != reread[2] \
                and _CLOCK_ONLY.match(e.text):
            # (twentieth session) a clock time after a weekday of its sentence, read on that day by the
            # tagger: the day as re-read ("Tuesday: webinar on the appeals process, 4pm")
            value, why = reread[2], f"dated event (a time of the day told before it in its sentence, {reread[2]})"
        if e.value[:10] != value and _WEEKDAY_EXPR.match(e.text.lower().strip()):
            reread = (sent.start, e.value[:10], value)
        if mentions and e.text[:3].lower() == "the" and (seq := _SEQUENCE_WEEKDAY.match(e.text.lower())) and mentions[-1].sentence_start >= sent.start - 400 \
                and mentions[-1].date.start > dt.date.min and mentions[-1].date.granularity in ("day", "week", "time"):
            # "who quit last week ..., appointed the following Monday": the weekday after the event
            # told just before (the Monday after last week), not after the publication day
            value, why = _weekday_from(mentions[-1], seq, e.text)
        date = _date_value(value, e.mod)
        mentions.append(_mention(ctx, e, sent, date, e.rule, e.anchor, why))
    mentions = _Mentions(mentions)  # indexed: anchor look-ups by binary search, not scans
    for r in rels:
        m_or_d = _resolve_relative(ctx, r, mentions)
        if isinstance(m_or_d, Dropped):
            dropped.append(m_or_d)
        else:
            mentions.append(m_or_d)
    mentions.sort(key=lambda m: (m.start, m.end))
    mentions = _coarse_beside_finer(ctx.article.id, mentions, dropped)
    mentions = _weekdays_restating(ctx.article.id, mentions, dropped)
    dropped.sort(key=lambda d: (d.expression.start, d.expression.end))
    return tuple(mentions), tuple(dropped)


#: A weekday, or a range of weekdays, as a mention's whole expression ("from Tuesday to Thursday").
_WEEKDAY_SPAN = re.compile(
    r"(?:from\s+|on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s*(?:to|until|through|till|and|-|–)\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday))?", re.IGNORECASE)
#: Between a date and its weekdays restated: ", running from", " (", ", that is".
_RESTATING = re.compile(r"\s*(?:[(–—]|-\s|,)\s*(?:(?:running|lasting|held|taking place|that is|i\.e\.)\s+)?(?:from\s+|on\s+|the\s+)?")
RESTATED = ("the weekdays of a date its sentence gives just before ('from March 24 to 26, running from Tuesday "
            "to Thursday'): one event, dated by the date")


def _weekdays_restating(article: str, mentions: "list[Mention]", dropped: "list[Dropped]") -> "list[Mention]":
    """``mentions`` without each weekday, or range of weekdays, that names the days of a calendar
    date given right before it in its sentence (after a comma, a bracket or a dash, perhaps
    "running", "held", "from", "the": ``_RESTATING``; its first day that weekday and as many days long): "a 72-hour strike from March 24 to 26, running from Tuesday to
    Thursday" tells one strike, not one in this week too. Each one taken out is added to ``dropped``."""
    out: list[Mention] = []
    for i, w in enumerate(mentions):
        got = _WEEKDAY_SPAN.fullmatch(w.expr.strip()) if w.expression is not None else None
        if got is not None:
            first = _WEEKDAYS.index(got.group(1).lower())
            days = ((_WEEKDAYS.index(got.group(2).lower()) - first) % 7) if got.group(2) else 0
            if any(d.sentence_start == w.sentence_start and d.end <= w.start and _RESTATING.fullmatch(w.sentence, d.end - d.sentence_start,
                                                                                                 w.start - w.sentence_start)
                   and d.date.granularity in ("day", "time") and not _WEEKDAY_SPAN.search(d.expr)
                   and d.date.start.weekday() == first and (d.date.end - d.date.start).days == days
                   for d in mentions[max(0, i - 3):i]):
                dropped.append(Dropped(article=article, expression=w.expression, reason=RESTATED, sentence=w.sentence))
                continue
        out.append(w)
    return out


#: A happening a year names right after it ("the 2028 festival", "the 2027 championships").
_YEAR_OF_HAPPENING = re.compile(r"\s+(?:festival|games|championships?|tournament|summit|conference|congress|fair|marathon|"
                                r"expo|exhibition|biennale|olympics|world cup|cup final|census|carnival|regatta)\b", re.I)
#: Dates that may frame a finer date of their own clause ("Last year the pier was repaired in
#: August 2025"; "last month, on January 14"; "In 2024, ... on March 3").
_FRAMING = frozenset({"year", "half", "season", "quarter", "month", "week"})
FRAMED = ("a coarser date of the clause a finer one dates ('last year ... in August 2025'): one event, "
          "dated by the finer")


def _coarse_beside_finer(article: str, mentions: "list[Mention]", dropped: "list[Dropped]") -> "list[Mention]":
    """``mentions`` without each coarse one (a year, a month, a week ...; not "the end of March")
    whose clause (its own conjunct: "will stop admitting from March 2 | and close at the end of
    March" are two) holds a finer mention of the same status inside its interval: the two tell
    one event, the finer dates it ("Last year the pier was repaired in August 2025" is August's,
    not also 2025's). Each one taken out is added to ``dropped``. (In text order, as given.)"""
    out: list[Mention] = []
    for i, c in enumerate(mentions):
        if (c.date.granularity in _FRAMING and c.date.mod is None and c.expression is not None and not c.pending
                and (not _naming_word_before(c.sentence, c.start - c.sentence_start)
                     # (nineteenth session) "The 2028 festival will run from June 8 to 17": the year names
                     # the happening its clause dates
                     or c.date.granularity == "year" and _YEAR_OF_HAPPENING.match(c.sentence, c.end - c.sentence_start))
                and not _rx(r"['’]s\b").match(c.sentence, c.end - c.sentence_start)):
            # (not a date naming another happening: "The 2025 accord expired on 3 July", "this year's fair")
            ss = c.sentence_start
            for j in range(max(0, i - 4), min(len(mentions), i + 5)):
                f = mentions[j]
                if (j == i or f.sentence_start != ss or f.status != c.status
                        or _RANK_FINE.get(f.date.granularity, 0) <= _RANK_FINE.get(c.date.granularity, 0)
                        or not (c.date.start <= f.date.start and f.date.end <= c.date.end)):
                    continue
                c0, c1 = clause_bounds(c.sentence, f.start - ss, f.end - ss)
                own = _own_conjunct(c.sentence, (c0, c1), (f.start - ss, f.end - ss))  # "... and closes in March"
                if own is not None:
                    c0, c1 = own[0]
                if c0 <= c.start - ss and c.end - ss <= c1 or c.end - ss <= c0 and _FRONTED.fullmatch(
                        c.sentence, 0, c.start - ss) and not c.sentence[c.end - ss:c0].strip(" ,"):
                    # (or it fronts the sentence, right before the clause: "In 2024, the council
                    # closed the bridge on March 3")
                    dropped.append(Dropped(article=article, expression=c.expression, reason=FRAMED, sentence=c.sentence))
                    break
            else:
                out.append(c)
            continue
        out.append(c)
    return out


_NAMING_DATE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|whose)\s+$", re.IGNORECASE)
_NAMING_WORDS = ("the", "a", "an", "its", "their", "his", "her", "our", "whose")


def _naming_word_before(sentence: str, pos: int) -> bool:
    """``_NAMING_DATE.search(sentence, 0, pos)``, which scans all the text before ``pos``, after a
    cheap exact test: a match leaves that text ending with one of its words and blanks (a
    non-ASCII word may be a case variant, "ıts": the pattern decides)."""
    head = sentence[:pos]
    if not head[-1:].isspace():
        return False
    word = head.rstrip()[-5:]
    if not (word.lower().endswith(_NAMING_WORDS) or not word.isascii()):
        return False
    return _NAMING_DATE.search(sentence, 0, pos) is not None


#: A decision or a request, then the infinitive of the act the weekday after it dates, to the
#: clause's end ("agreed to meet union leaders on", "invited both sides to meet on"; not a passive,
#: "were ordered to leave their homes on Wednesday": the order is that day's).
_INTENT_TO = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bhad )"
                        r"\b(?:agreed|decided|invited|asked|booked|arranged|ordered|summoned|told|urged|threatened|vowed|pledged|promised|hoped|wanted|aimed|intended)\s+"
                        r"(?:[a-z'’]+\s+){0,3}?to\s+(?!(?:the|a|an|his|her|its|their|this|that)\b)[a-z]+\b[^,;:]*\Z")
#: A list item's mark opening a line ("- ", "• ").
_ITEM_MARK = re.compile(r"[ \t]*[-–—•*+][ \t]+")
#: What may stand before a date that fronts its sentence ("In", "Back in", "Earlier in").
_FRONTED = re.compile(r"\s*[\"'“‘(]?\s*(?:(?:Back|Earlier|Later|Then|But|And|So|Also)\s+)?[Ii]n\s+")
_RANK_FINE = {g: i for i, g in enumerate(("year", "half", "season", "quarter", "month", "week", "day", "time"))}


#: "before declining later in the day", "pared its gains later in the day": a price moving within a day's trading.
_INTRADAY_MOVE = re.compile(
    r"\b(?:declin|fall|fell|ris|rose|climb|slid|slipp|slip|par|recover|rall|gain|dropp|drop|plung|surg|jump|edg|tumbl|sank|sink|rebound|"
    r"bounc|trim|reversed|revers|turn)[a-z]*\s+(?:[\w'’-]+\s+){0,2}?\Z", re.IGNORECASE)
_MARKET_NOUN = re.compile(r"\b(?:stocks?|shares?|index|indices|dow|nasdaq|ftse|dax|nikkei|trading|futures|bonds?|yields?|markets?)\b")
#: "the second fare rise in", "its third such strike of the year in": an ordinal counting within a span.
_ORDINAL_SPAN = re.compile(
    r"\b(?i:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))\s+"
    # (the words of a noun phrase, not a verb's: "the second phase will open in two years" is an offset)
    r"(?:(?!(?i:will|would|shall|is|are|was|were|be|been|has|have|had|could|should|can|may|might|must|to|opens?|starts?|begins?)\s)"
    r"[\w'’-]+\s+){0,3}?"
    r"(?:(?:of|at|on|in|by|for)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,2}?)?in\s+\Z")


#: A weekday's name in an expression.
_WEEKDAY_NAME = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_SEQUENCE_WEEKDAY = re.compile(r"^the\s+(following|next|previous|preceding)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$")


def _weekday_from(anchor: Mention, seq: re.Match[str], text: str) -> tuple[str, str]:
    """The first such weekday after the end of ``anchor``'s date ("the following Monday"), or the
    last one before its start ("the previous Friday"), with the reason text."""
    wd = _WEEKDAYS.index(seq.group(2))
    if seq.group(1) in ("following", "next"):
        base = anchor.date.end
        day = base + dt.timedelta(days=(wd - base.weekday()) % 7 or 7)
    else:
        base = anchor.date.start
        day = base - dt.timedelta(days=(base.weekday() - wd) % 7 or 7)
    return day.isoformat(), f"dated event (\"{text}\" counted from \"{anchor.expr}\", {day.isoformat()})"


_BY = ("by ", "By ", "BY ")


#: A since-clause's own finite verb before its date ("since the University was founded in", "since
#: workers walked out in"), no clause break between: the since-clause tells its own event (its
#: subject no bare pronoun: "since it was damaged in 2019" keeps the main clause for context).
_SINCE_OWN_VERB = re.compile(r"(?!(?:it|he|she|they|we|i|you|this|that|then)\s|\d|(?:January|February|March|April|May|June|July"
                             r"|August|September|October|November|December|[A-Z][a-z]{2}\.|last|early|late|mid)\b)[^,;:()]*?\b(?:was|were|had|has|have|[a-z]{3,}ed|began|took|won|left|came|went|made|fell|rose|met|held|struck|broke|quit)\b[^,;:()]*\Z")


def _mention(
    ctx: _Ctx,
    e: TimeExpression,
    sent: Sentence,
    date: DateValue,
    rule: str,
    anchor: str | None,
    why: str,
    title_clause: tuple[int, int] | None = None,
    title_skip: tuple[int, int] | None = None,
    status_from: int | None = None,
    **extra: object,
) -> Mention:
    rs, re_ = e.start - sent.start, e.end - sent.start
    clause = title_clause or clause_bounds(sent.text, rs, re_)
    if title_clause is None and (since := sent.text.lower().rfind("since ", clause[0], rs)) >= 0 and (
        _SINCE_OWN_VERB.match(sent.text, since + 6, rs)
    ):
        # "the first dismissal of a rector since the University of Velden was founded in 1891": the
        # since-clause's own event is the one its date dates, and titles it
        clause = (since + 6, clause[1])
    if title_clause is None and sent.text[re_ : re_ + 1] == "," and (fronted := _FRONTED_HAPPENING.match(sent.text, 0, rs)):
        # "After a similar collision in 2017, the ministry promised ...": the date dates the
        # happening named before it, which titles the event (the main clause came after it, undated)
        clause = (fronted.start(1), re_)
    clause_text = sent.text[clause[0] if status_from is None else status_from : clause[1]]
    direction = e.direction
    if direction is None and e.text[:8].lower() == "earlier ":
        direction = "past"  # "earlier this month / today": looks back
    if sent.text[max(0, rs - 3) : rs] in _BY and _PAST_BY.search(sent.text[max(0, rs - 60) : rs].lower()):
        direction = "past"  # done by then ("Supply was restored to most customers by early Tuesday")
        published = ctx.article.published
        if published is not None and date.granularity in ("day", "time") and date.start > published \
                and _WEEKDAY_NAME.search(e.text):
            # the tagger read "by early Tuesday" ahead (a deadline); done by then, it is the last one
            date = _date_value((date.start - dt.timedelta(days=7)).isoformat(), e.mod)
    elif direction != "future" and (
        sent.text[max(0, rs - 3) : rs] in _BY or e.text[:3] in _BY
        or sent.text[max(0, rs - 6) : rs] == "until " and _HAVE_UNTIL.search(sent.text, max(0, rs - 20), rs)
        or e.text[:6].lower() == "later " and _rx(r"^later (?:this|in the) ").match(e.text.lower())
    ):
        # a deadline kept as an event ("promised an audit by the end of June") and "later this
        # year" ("the strategy, promised for later this year, ...") look ahead
        direction = "future"
    status, why_status = _status(ctx, date, clause_text, direction)
    if clause[0] < rs and sent.text[:1].isupper() and (dl := dateline_end(sent.text)) and clause[0] < dl <= rs:
        # "ASTRAVEN, Feb. 16 (Norvane Press) - Part of the roof collapsed on Sunday": the clause
        # cut at the agency's bracket; the title starts after the dateline
        clause = (dl, clause[1])
    title_text, k = sent.text, 0
    if (mark := _ITEM_MARK.match(title_text)) is not None and mark.end() <= rs and opens_chronology_line(ctx.body, e.start):
        # a chronology's entry in a list ("- May 10: Two ships collide in fog"): its title is
        # made as the unmarked entry's ("May 10: ...")
        k = mark.end()
        title_text, clause, rs, re_ = title_text[k:], (max(0, clause[0] - k), clause[1] - k), rs - k, re_ - k
    title = make_title(title_text, clause, (rs, re_) if clause[0] <= rs else (clause[0], clause[0]), people=ctx.people,
                       skip=title_skip, source=(ctx.body, sent.start + k))
    if k:
        clause, rs, re_ = (clause[0] + k, clause[1] + k), rs + k, re_ + k
    return Mention(
        article=ctx.article.id,
        sentence=_one_line(sent.text),
        sentence_start=sent.start,
        expr=e.text,
        start=e.start,
        end=e.end,
        date=date,
        status=status,  # type: ignore[arg-type]
        title=title,
        rule=rule,
        anchor=anchor,
        reason=f"{why}; {why_status}",
        tags=_sentence_tags(sent.text, ctx.people),
        expression=e,
        **extra,  # type: ignore[arg-type]
    )


#: "After a similar collision in 2017, ...", "Following the fire at the depot in March, ...": a
#: happening opening the sentence, dated by the date after it.
_FRONTED_HAPPENING = re.compile(
    r"\W*(?:After|Following|Before|Since)\s+((?i:a|an|the|its|their|his|her|this|that)\s+(?:[a-z-]+\s+){0,2}" + _HAPPENING_NOUNS +
    r"(?:\s+(?:in|at|of|on|near|by|between|against|over|to)\s+[^,;.]{1,50}?)?)\s+(?:in|on|during)\s+\Z"
)
_GENERIC_NEWS_NOUN = re.compile(r"(?:the|this|that)\s+(?:announcement|decision|move|news|development|step)")


#: round 14: "The decision came", "This announcement came": a generic news noun as a light verb's subject
_GENERIC_NEWS_CAME = re.compile(_GENERIC_NEWS_NOUN.pattern + r"\s+came")


def _lead_mention(mentions: list[Mention], pos: int) -> Mention | None:
    """The article's first dated past mention before ``pos`` (its lead event), if any."""
    for m in sorted((m for m in mentions if m.start < pos and _usable(m) and m.status == "past"), key=lambda m: m.start)[:1]:
        return m
    return None


_GENERIC_VERBS = frozenset("came went took got made began started ended finished".split())


def _named_only(comp: str) -> frozenset[str]:
    """The stems (with family) of a complement's words other than its names ("Kibra's filing": filing)."""
    plain = _rx(r"\b[A-Z][\w'’-]*").sub(" ", comp)
    return frozenset(_referent(plain)) if _content_words(plain) else frozenset()


#: round 14: a clause whose subject is a name and whose verb an irregular past that is also a
#: present or a noun ("two days after Rovers beat Castlemere", "after Harlow quit the board")
_NAMED_PAST = re.compile(
    r"\s*(?:[A-Z][\w'’-]+\s+){1,3}(?:beat|hit|shut|quit|sank|swept|overcame|overtook|upset|set|cut|put|bid|let|forecast|cast)\b")
#: a speech verb and a past perfect after a date: the reported clause is told back from it
_REPORTED_BACK = re.compile(
    r"\b(?:" + _SPEECH + r"|admitted|confirmed|conceded|revealed)\b[^.;]{0,40}?\b(?:that\s+)?(?:he|she|they|it|we|i|the\s+[a-z]+)\s+had\s+(?!to\b)")

_SAID_ON = re.compile(r"\b(?:" + _SPEECH + r"|admitted|conceded)\s+(?:[a-z]+\s+){0,4}?(?:on|in|at|last|this|early|late)?\s*\Z")


def _named_past_clause(comp: str) -> bool:
    """True when a complement is a clause with a named subject and an irregular past ("Rovers beat Castlemere")."""
    return _NAMED_PAST.match(comp) is not None and comp.strip()[:4].lower() not in ("the ", "a ")


def _reported_flashback(body: str, date: Mention, e: TimeExpression) -> bool:
    """True when a date before an offset is a speech act's and the offset stands in what was said,
    told back in the past perfect ("admitted on Wednesday ..., and said he had sold two a day after
    the break-in"): the date is not the main clause's."""
    if date.end > e.start:
        return False
    if _REPORTED_BACK.search(body, date.end, e.start) is not None:
        return True
    # ("told the court on Tuesday that the ferries had been put up for sale a week after the filing")
    return _SAID_ON.search(body, max(0, date.start - 30), date.start) is not None and _rx(
        r"\s*(?:that\s+)?[^.;]{0,60}?\bhad\s+(?!to\b)").match(body, date.end, e.start) is not None


#: a main clause in the present perfect, not negated ("she has frozen a deal", "it has carried a million cars")
_HAS_DONE = re.compile(
    r"\s*(?:[\w'’-]+\s+){1,6}?(?:has|have)\s+(?:already\s+|also\s+)?(?!not\b|never\b|yet\b|been\b|had\b|to\b)"
    r"(?:[a-z]{3,}(?:ed|en|wn)|" + _IRREGULAR_DONE + r")\b")


def _up_to_now_main(s_text: str, rs: int, c1: int) -> bool:
    """Whether an offset opens its sentence ("Ten days after her election, ...") and its main clause,
    after the complement's comma, is in the present perfect: it tells what has happened up to now."""
    if s_text[:rs].strip(" \t\n\"'“‘("):
        return False
    if not s_text.startswith(", ", c1):
        return False
    return _HAS_DONE.match(s_text, c1 + 2) is not None


def _in_complement_relative(s_text: str, c1: int, at: int) -> bool:
    """Whether a date at ``at`` stands in a relative clause set off after a complement ending at
    ``c1`` (", which had been shut since a leak on March 18"), no other clause between."""
    return c1 <= at and _rx(r",\s+(?:which|who|whose|where)\b[^;:.]*\Z").match(s_text, c1, at) is not None and not _re.search(
        r",\s+(?:and|but|while|whereas)\s", s_text[c1:at])


def _light_subject_anchor(mentions: list[Mention], s_text: str, rs: int, pos: int) -> Mention | None:
    """"The vote came six days after the death ...": the dated mention of the subject of a light
    verb just before the expression (as :func:`_subject_anchor`), or None."""
    head = s_text[:rs]
    if not _LIGHT_VERBS.search(head[-12:]):
        return None
    return _subject_anchor(mentions, head, pos)


def _resolve_relative(ctx: _Ctx, r: _Rel, mentions: list[Mention]) -> Mention | Dropped:
    e, sent, spec = r.e, r.sent, r.spec
    low_text = e.text.lower()
    s_text = sent.text
    rs, re_ = e.start - sent.start, e.end - sent.start
    if low_text.startswith(("a day ", "one day ", "a week ", "a minute ")) and _rx(r"\bnot\s+\Z").search(s_text, max(0, rs - 5), rs):
        # (sixteenth session) "will reopen when it is safe, and not a day before": an idiom, no date
        return _drop(ctx, e, "an idiom ('not a day before'): no date", sent)
    if _WHAT_BASELINE.search(s_text, max(0, rs - 60), rs) or _FIGURE_ON_BASELINE.search(s_text, max(0, rs - 60), rs):
        # (nineteenth session) "more than three times what he received the year before"; (twentieth)
        # "averaged 655,000 viewers, up 7% on the same period last year"
        return _drop(ctx, e, "a comparison baseline ('three times what he received the year before'), not an event", sent)
    if (low_text.startswith(("at least ", "no later than ", "no earlier than ", "up to ", "at most ")) or _rx(
            r"\b(?:at least|no later than|no earlier than|up to|at most|must\s+[a-z]+\s+(?:[a-z]+\s+){0,4})\s*\Z").search(s_text, max(0, rs - 50), rs)) \
            and _rx(r"\s+[a-z]+ing\b").match(s_text, re_):
        # (twentieth session) "must apply for a permit at least 48 hours before moving soil": a rule's
        # notice period before any such act, no happening
        return _drop(ctx, e, "a notice period ('at least 48 hours before moving soil'), not an event", sent)
    if low_text.endswith((" later", " on")) and not s_text[:rs].strip(" \"'“‘(") and _rx(
            r"\s*,\s*(?:(?!(?:was|were|had|did)\b)[\w'’-]+\s+){0,5}?(?:looks?|is|are|seems?|remains?|feels?|stands?)\b").match(s_text, re_):
        # (twentieth session) "Eight months later, it looks more like the start of a very long wait": an
        # opinion's present, the time of writing
        return _drop(ctx, e, "the time of writing ('Eight months later, it looks ...'), not an event", sent)
    at_in = rs if low_text.startswith("in ") else rs - 3 if s_text[max(0, rs - 3) : rs].lower() == "in " else -1
    if at_in >= 0 and ("may" in s_text or "might" in s_text or "could" in s_text):
        c0, c1 = clause_bounds(s_text, rs, re_)
        if _rx(r"\b(?:may|might|could)\s+(?:not\s+)?(?:be|look|have|seem|well)\b").search(s_text[c0:c1].lower()):
            # (twentieth session) "In a year I may be in uniform", "may look very different in a year's time": a possibility
            return _drop(ctx, e, "a possibility ('in a year I may be in uniform'), not a planned event", sent)
    if at_in >= 0 and _INABILITY_BEFORE.search(s_text, max(0, at_in - 50), at_in):
        # (nineteenth session) "a national mood we could not shift in five weeks": how long, not when
        return _drop(ctx, e, "a duration ('could not shift it in five weeks'), not a date", sent)
    if "ly " in s_text or "tend" in s_text:
        c0, c1 = clause_bounds(s_text, rs, re_)
        if _G_HABITUAL.search(s_text[c0:c1].lower()):
            # (seventeenth session) "Sales of the winning novel typically rise by more than 400% in
            # the week after the announcement": a habit's time, counted from no one happening
            return _drop(ctx, e, "a habitual pattern ('typically rise in the week after the announcement'), not one event", sent)
    if spec.prepositional and _NO_COMPLEMENT.match(ctx.body, e.end):
        # "had sent a warning the day before.", "Two days before, the crew ...": no complement
        # names the referent; it reads as "the previous day", "two days earlier"
        spec = replace(spec, prepositional=False)
    if spec.prepositional and _ANAPHORIC_TAIL.search(e.text) and _ANAPHOR_END.match(ctx.body, e.end):
        # "a day before that", "two weeks after this": the pronoun names the event just told,
        # the last dated one before (not a referent to find, nor an event it introduces)
        how = f"{spec.n} {spec.unit}(s) {'after' if spec.sign > 0 else 'before'}"
        return _counted_from(ctx, e, sent, spec, _previous(mentions, e.start, finest=spec.unit),
                             f"event-relative: {how} the event just told, dated by")
    if spec.prepositional:
        comp, c0, c1 = _complement(s_text, re_)
        clausal = from_clause = _is_clausal(comp) or _named_past_clause(comp)
        anchor = None
        titled: dict[str, tuple[int, int]] = {"title_skip": (c0, c1)}  # the title leaves the complement out
        if _rx(r"\s(?:and|but)\s+" + _AUX_WORDS).match(s_text, c1):
            # "which opened in the week after the fire and is due to report next month": the
            # predicate coordinated after the complement is another event, not this one's clause
            titled["title_clause"] = (clause_bounds(s_text, rs, re_)[0], c1)
        if clausal:
            head = s_text[clause_bounds(s_text, rs, re_)[0] : rs]
            # "reopened on Thursday, three days after it closed, and the minister, who visited on
            # Tuesday, ...": the date told just before the expression is its main clause's
            anchor = _anchor_in_sentence(mentions, sent, exclude=(e.start, sent.end))
            if anchor is not None and not _rx(r"[\s,]*").fullmatch(ctx.body, anchor.end, e.start):
                anchor = None
            adjacent = anchor is not None
            anchor = anchor or _anchor_in_sentence(mentions, sent, exclude=(e.start + 0, sent.start + c1)) or _subject_anchor(
                mentions, s_text[:rs], e.start)
            if anchor is not None and not adjacent and _in_complement_relative(s_text, c1, anchor.start - sent.start):
                # round 14: "came two days after the museum reopened its east wing, which had been shut
                # since a leak on March 18": the relative clause's date is the complement's, not the main clause's
                anchor = _subject_anchor(mentions, s_text[:rs], e.start)
            if anchor is not None and not adjacent and anchor.end <= e.start and _NEW_SUBJECT_CLAUSE.search(ctx.body, anchor.end, e.start):
                # "The quarantine imposed last week has stopped all seed, and Morvania suspended
                # imports a day after the order was signed": the date is another clause's
                anchor = None
            if anchor is not None and not adjacent and anchor.start >= sent.start + c1 and _NEW_SUBJECT_CLAUSE.search(
                    ctx.body, sent.start + c1, anchor.start):
                # "The order was lifted two days after the leak began, and the Directorate served a
                # notice on May 19": a date after the complement, in a clause of its own subject
                anchor = None
            if not head.strip(" \t\n\"'“‘("):  # "Two days after the levy was announced, the group launched ..."
                head = s_text[c1 : c1 + 120]
                titled = {"title_clause": (c1, len(s_text))}
            if anchor is None and _names_own_event(head):
                # "..., which had inspected the plant three days before production was halted": an
                # undated main clause with its own event verb is dated from the complement's event,
                # as for a noun phrase (below), not from whatever event came before.
                clausal = False
        if clausal and anchor is not None and _reported_flashback(ctx.body, anchor, e):
            anchor, clausal = None, False  # (round 14: "admitted on Wednesday ..., and said he had sold them a day after he broke in")
        if clausal and anchor is not None and _speech_date(ctx.body, anchor):
            # "X resigned hours after parliament voted, the office said on Friday": Friday is when it
            # was said, not when X resigned; the clause's event is looked up by its verb (here or,
            # pending, across the story), rather unresolved than wrong
            anchor, clausal = None, False
        if clausal:
            # "X came a day after Y announced ...": the expression dates Y, one unit before X.
            if anchor is None and _GENERIC_NEWS_CAME.fullmatch(s_text[:rs].strip().lower()):
                # round 14: "The decision came a day after the runner's family wrote to the mayor": a
                # generic news noun named by no dated mention is the story's lead, as for a referent
                anchor = _lead_mention(mentions, e.start)
            anchor = anchor or _previous(mentions, e.start)
            if anchor is None:
                return _drop(ctx, e, "event-relative, but no earlier dated event to count from", sent)
            if shift(anchor.date, spec, sign=-spec.sign) is None and not adjacent:
                # A coarse date elsewhere in the sentence ("as early as 2018") is not the main clause's
                # (round 14: one told just before is: "at the weekend, a week after it ran").
                # (round 14: first the subject's mention fine enough, "The protest came ..." told on
                # Monday, then in 1989 "during protests": Monday)
                anchor = _subject_anchor(mentions, s_text[:rs], e.start, finest=spec.unit) or _previous(
                    mentions, e.start, finest=spec.unit) or anchor
            date = shift(anchor.date, spec, sign=-spec.sign)
            if date is None:
                return _drop(ctx, e, f"event-relative, but its anchor ({anchor.date.label}) is too coarse", sent)
            if ctx.dct and date.start > ctx.dct and _TOLD_DONE_AFTER.match(ctx.body[e.end:e.end + 80].lower()):
                # (eighteenth session) "corrosion that inspectors had identified 30 months before it
                # fell, the inquiry said in findings published on Thursday": counted from a date the
                # clause does not hold, the happening it names would come after publication, yet it
                # is told done
                return _drop(ctx, e, "event-relative, but no earlier dated event to count from", sent)
            return _dates_named(ctx, e, sent, spec, date, "introduces",
                                f"the event dated by “{anchor.expr}” ({anchor.date.label})", f"{anchor.date.value} ({anchor.expr})", (c0, c1))
        own = _anchor_in_sentence(mentions, sent, exclude=(sent.start + c0, sent.start + c1))
        if own is not None and own.start >= e.end and (near := _last_in(
                mentions, sent.start, e.start, lambda m: not (sent.start + c0 <= m.start < sent.start + c1) and _usable(m))) is not None \
                and near.date.granularity in ("day", "time") and _rx(r"[\s,]*").fullmatch(ctx.body, near.end, e.start):
            own = near  # "began on September 29, nine days after the vote, and the deal was signed on Monday"
        if own is not None and _speech_date(ctx.body, own):
            own = None  # ("..., three days after their release, police said on Monday": the day it was said)
        if own is not None and _reported_flashback(ctx.body, own, e):
            own = None  # (round 14: "admitted on Wednesday ..., and said he had sold two a day after the break-in")
        if own is not None and own.end <= e.start and _participle_aside(s_text, own.start - sent.start, own.end - sent.start):
            own = None  # (round 13: "The report, published on Monday, confirms what the fire service found the day after the leak")
        if own is not None and own.start >= sent.start + c1 and _re.search(
            r"(?:,\s*(?:and|but|while|whereas)|;)\s|^\s(?:and|but)\s+" + _AUX_WORDS, s_text[c1 : own.start - sent.start]
        ):
            own = None  # "filed ... a week after the verdict, and the court has scheduled ... on May 4"
        if own is not None and own.end <= e.start and _OWN_CLAUSE_ENDS.search(s_text, own.end - sent.start, rs):
            # "named us preferred bidder on August 29, and Harrowgate Mutual had agreed a loan the
            # day before"; "walked out on November 30 and then, a day before the vote, agreed to
            # abstain": a clause of its own after the dated one, counted from its own referent
            own = None
        if own is not None and own.start >= e.end and _PARTICIPLE_ASIDE_BEFORE.search(
                s_text, max(0, rs - 30), rs) and "," in s_text[re_ : own.start - sent.start]:
            own = None  # "The fleet, grounded a day after the crash, will return to service from Monday"
        if own is not None and _anchor_in_span(mentions, sent.start + c0, sent.start + c1) is None:
            # "met them on Friday, three days after their release": the main clause is dated,
            # so the expression dates the referent, counted back from it (as for a clause).
            date = shift(own.date, spec, sign=-spec.sign)
            if date is not None:
                return _dates_named(ctx, e, sent, spec, date, "names",
                                    f"the event dated by “{own.expr}” ({own.date.label})", f"{own.date.value} ({own.expr})", (c0, c1))
            # (seventeenth session) too coarse to count back from ("Calloway Marr's downgrade, a
            # week before the collapse, came after an internal audit, completed in October"): the
            # referent's own date, here or in another article of the story, is asked below; not a
            # kind of happening ("ban changes in the 48 hours before a draw", "notify the other six
            # months before any change")
            if _rx(r"\s*(?:a|an|any|each|every|all)\s").match(comp):
                return _drop(ctx, e, f"event-relative, but its anchor ({own.date.label}) is too coarse", sent)
        main = (s_text[:rs] + " " + s_text[c1:]).lower()
        if _rx(r"\b(?:still|remains?|continues? to|is|are)\b").search(main) and not _re.search(
            r"\b(?:[a-z]{3,}ed|began|met|took|won|held|came|went|said|told|left|became|struck|fell|rose|will|would)\b", main
        ):
            return _drop(ctx, e, "event-relative, but its clause states a lasting situation, not an event", sent)
        # "two days after the verdict, ...": dates the main clause from the referent's date.
        anchor = _anchor_in_span(mentions, sent.start + c0, sent.start + c1)
        referent = _referent(comp)
        if from_clause:
            # a clause names its event by its verb ("before production was halted": halted, not
            # any other mention of production)
            verbs = _PAST_CUE.findall(_rx(r"\b(?:had|did|has|have)\b").sub(" ", _LIGHT_VERBS.sub(" ", comp.lower())))
            if not set(verbs) <= _GENERIC_VERBS:
                referent = _referent(" ".join(verbs)) or referent
            # (a generic verb names nothing: "hours after the report came out" is the report's)
        if anchor is None and referent:
            anchor = _nearest_to_referent(mentions, _find_referent(mentions, referent, sent), referent)
            if anchor is not None and not from_clause and (named := _named_only(comp)) and _sentence_stems(anchor.sentence).isdisjoint(named):
                # "two weeks after Kibra's filing": a sentence naming Kibra but no filing is not its date
                anchor = None
        if anchor is None and not from_clause and _GENERIC_NEWS_NOUN.fullmatch(comp.strip().lower()):
            # "Hours after the announcement, the opposition tabled a motion": a bare generic noun
            # named nowhere else tells again the story's lead, its first dated (past) event
            anchor = _lead_mention(mentions, e.start)
        if anchor is None and from_clause and not low_text.startswith("the ") and _rx(r"^\s*it\s+[a-z]{3,}ed\b").match(comp):
            # "came back a day after it failed": "it" (a thing, not a person) tells again the event just
            # told, the last dated one before
            anchor = _previous(mentions, e.start, past_only=True)
        if anchor is not None and referent and not from_clause and _HAPPENING_COMPLEMENT.match(comp) and shift(
            anchor.date, spec) is None and not _rx(
            r"\b(?:for|within|over|during|first|next|last|initial|final)\s+\Z"  # ("for the first two weeks after the return": a span)
        ).search(s_text, max(0, rs - 12), rs):
            # "the morning after the collapse", the article dating it only "the collapse last
            # month": another outlet of the story may date the collapse to the day
            anchor = None
        if anchor is None and not from_clause and (subj := _light_subject_anchor(mentions, s_text, rs, e.start)) is not None:
            # round 14: "The vote came six days after the death of a swimmer": as "X came a day after
            # Y announced", the expression dates the complement's event, counted back from X's date
            date = shift(subj.date, spec, sign=-spec.sign)
            if date is not None:
                return _dates_named(ctx, e, sent, spec, date, "names",
                                    f"the event dated by “{subj.expr}” ({subj.date.label})", f"{subj.date.value} ({subj.expr})", (c0, c1))
        if anchor is None and not from_clause and ctx.dct and spec.n and _up_to_now_main(s_text, rs, c1):
            # round 14: "Ten days after her election, she has frozen a deal and ordered an audit": the
            # present perfect counts up to now, so the expression dates the referent, back from publication
            date = shift(_date_value(ctx.dct.isoformat()), spec, sign=-spec.sign)
            if date is not None:
                return _dates_named(ctx, e, sent, spec, date, "names",
                                    "publication (its main clause, in the present perfect, tells what holds now)", ctx.dct.isoformat(), (c0, c1))
        if anchor is None:
            if not referent:
                return _drop(ctx, e, "event-relative, but its referent is not named", sent)
            dct = ctx.dct or dt.date(1970, 1, 1)
            placeholder = _date_value(dct.isoformat())
            # "It will hear the 19 men rescued the morning after the collapse": the participle just
            # before the expression is its act, told as done, whatever the main clause plans
            part = _PARTICIPLE_BEFORE.search(s_text, max(0, rs - 30), rs)
            return _mention(
                ctx, e, sent, placeholder, e.rule or "event-relative", None,
                f"event-relative to “{comp.strip()}”, not dated in this article: resolved across the story",
                pending=True, referent=referent, referent_text=comp.strip(), relation_spec=_spec_str(spec), **titled,
                status_from=part.start(1) if part else None,
            )
        how = f"{spec.n} {spec.unit}(s) {'after' if spec.sign > 0 else 'before'}" if spec.sign else "the same day as"
        return _counted_from(ctx, e, sent, spec, anchor, f"event-relative: {how} “{comp.strip()}”, dated by", **titled)
    if not spec.n and (same_as := _SAME_AS.match(ctx.body, e.end)) is not None and (referent := _referent(same_as.group(1))):
        # "On the same day as her appointment, the club confirmed the sale": the day of the event named
        found = _nearest_to_referent(mentions, _find_referent(mentions, referent, sent), referent)
        if found is not None:
            return _counted_from(ctx, e, sent, spec, found, f"event-relative: the same {spec.unit} as “{same_as.group(1)}”, dated by",
                                 title_skip=(rs, same_as.end() - sent.start))
        if not any(sent.start <= m.start < e.start for m in _same_sentence(mentions, sent.start)):
            # (sixteenth session) the event it names is dated nowhere in the article: not the previous
            # dated event's day ("On the same day as the hearing" after a paragraph on March 3; but
            # "The record, on July 16, came on the same day as the worst of the blackouts" is July 16)
            return _drop(ctx, e, f"event-relative to “{same_as.group(1)}”, but no dated event of the article names it", sent)
    c0, c1 = clause_bounds(s_text, rs, re_)
    own = (s_text[c0:rs] + " " + s_text[re_:c1]).lower()
    past_clause = bool(_PAST_CUE.search(own)) and not _PLANNED.search(own)
    if not past_clause and _rx(r"\b(?:is|are|remains?|still)\b|\b(?:has|have)\s+(?:a|an|the|no|new|its|their|his|her)\b").search(
            own) and not _PLANNED.search(own) and not _re.search(
        r"\b(?:[a-z]{3,}ed|began|met|took|won|held|came|went|said|told|left|became|struck|fell|rose)\b", own
    ):
        # "Six days later, the mood on the island is less forgiving": a present state, as in the
        # prepositional case ("a week after the collapse, commuters still face detours")
        return _drop(ctx, e, "event-relative, but its clause states a present situation, not an event", sent)
    finest = spec.unit if spec.n else spec.out
    anchor = None
    if not past_clause and _PLAN_AHEAD.search(own):
        # "The bypass will open on 18 April. Repairs were completed on Friday. An official ceremony
        # will be held the previous day": a planned clause counts from the plan told before
        anchor = _previous(mentions, e.start, finest=finest, planned_only=True)
    anchor = anchor or _previous(mentions, e.start, past_only=past_clause, finest=finest)
    if anchor is not None and not spec.n and (also := _rx(r"\b(?:the|its|their)\s+([a-z]{3,})\s+(?:had\s+)?also\b").search(own)):
        # (nineteenth session) "The same day, the board also approved a rise in meal prices": the
        # board's act told before ("The Education Board voted on Thursday"), not the nearest date (a
        # survey published on March 18)
        noun = _rx(r"\b" + re.escape(also.group(1)) + r"s?\b")
        back = anchor
        for _ in range(6):
            if back is None or noun.search(back.sentence.lower()):
                break
            back = _previous(mentions, back.start, past_only=past_clause, finest=finest)
        if back is not None:
            anchor = back
    if anchor is not None and not spec.n and _participle_aside(
            anchor.sentence, anchor.start - anchor.sentence_start, anchor.end - anchor.sentence_start):
        # "The review, launched on May 11, said ... Roake stepped down on the same day": an aside's
        # date is background; the same day is the main line's (the report published on Tuesday) --
        # when the main line tells the aside's matter (the review): after another matter ("The
        # sentencing took place on Thursday. ... The review, published on June 17, described ...
        # Its chair resigned the same day") the aside's date is the one at hand
        main = _previous(mentions, anchor.start, past_only=past_clause, finest=finest)
        if main is not None and not set(_MATTER_WORD.findall(main.sentence.lower())).isdisjoint(
                _MATTER_WORD.findall(anchor.sentence.lower())):
            anchor = main
    if anchor is not None and spec.n and "\n" in ctx.body[anchor.end : e.start] and (
            near := _previous(mentions, e.start, past_only=past_clause)) is not None and near.start > anchor.start and (
            "\n" not in ctx.body[near.end : e.start]):
        # "Sir, the offer made last week was fair. The union rejected it two days later": the event
        # just told is dated too coarsely to count from; a finer date of an earlier paragraph (another
        # letter, another happening) is not its date
        return _drop(ctx, e, f"event-relative, but its anchor ({near.date.label}) is too coarse", sent)
    if anchor is not None and spec.sign > 0 and not _rx(r"\bhad\b").search(own) and _flashback(anchor):
        # "The update had been installed the previous evening. It stopped sales the next day": a
        # step back in the past perfect is background; the story goes on from the day it stepped
        # back from (the draw), not from the flashback's day
        anchor = _previous(mentions, anchor.start, past_only=past_clause, finest=spec.unit if spec.n else spec.out) or anchor
    elif anchor is not None and spec.sign > 0 and past_clause and not _told_back(own) and _past_perfect(anchor):
        # any clause in the past perfect steps back too ("Engineers had inspected it on 18 May.
        # Traffic returned to normal two days later": two days after the reopening told before)
        before = _previous(mentions, anchor.start, past_only=True, finest=finest)
        for _ in range(2):
            # (back past the flashback's own sentence's earlier steps: "lifted off on September 12,
            # three days after a scrubbed attempt, once managers had cleared it on September 10")
            if before is None or before.sentence_start != anchor.sentence_start or (
                    not _past_perfect(before) and before.date.start >= anchor.date.start):
                break
            before = _previous(mentions, before.start, past_only=True, finest=finest)
        if before is not None and not _past_perfect(before) and before.date.start >= anchor.date.start:
            anchor = before
    return _counted_from(ctx, e, sent, spec, anchor, "event-relative: from the previous dated event")


def _counted_from(ctx: _Ctx, e: TimeExpression, sent: Sentence, spec: RelativeSpec, anchor: Mention | None,
                  why: str, **titled: tuple[int, int]) -> Mention | Dropped:
    """The mention dated ``spec`` from ``anchor`` (``why``, then the anchor's words and date), or
    why it cannot be (``titled``: the title's clause or skip, as :func:`_mention` takes them)."""
    if anchor is None:
        return _drop(ctx, e, "event-relative, but no earlier dated event to count from", sent)
    date = shift(anchor.date, spec)
    if date is None:
        return _drop(ctx, e, f"event-relative, but its anchor ({anchor.date.label}) is too coarse", sent)
    return _mention(ctx, e, sent, date, e.rule or "event-relative", f"{anchor.date.value} ({anchor.expr})",
                    f"{why} “{anchor.expr}” ({anchor.date.label})", **titled)


#: An attribution after a comma ending just before a date: ", the statistics office said on".
#: "on the day it filed", "on the night the dam burst", "on the day that he resigned": a day named by
#: the clause after it (a pronoun or a short noun phrase, then a past verb).
_THE_DAY_CLAUSE = re.compile(
    r"(?i:the)\s+(?:day|night|morning|evening)\s+(?:that\s+|when\s+)?"
    r"(?:it|he|she|they|we|(?:the|its|their|his|her)\s+[a-z-]+|[A-Z][a-z]+)\s+(?:had\s+|was\s+|were\s+)?"
    r"(?:[a-z]{3,}ed|quit|left|won|lost|fell|broke|went|came|died|began|struck|sank|burst|made|held|took)\b")
_BACKWARD_WORDS = re.compile(r"\b(?:previous|earlier|before|preceding|prior)\b", re.IGNORECASE)


_ASIDE_PARTICIPLE = re.compile(r"\s*(?:having\s+)?[a-z]{3,}ing\b")


def _flashback(m: Mention) -> bool:
    """Whether a mention steps back in the past perfect from the event before it: "had been
    installed the previous evening", "had met two days earlier"."""
    if not m.anchor or _BACKWARD_WORDS.search(m.expr) is None:
        return False
    at = m.start - m.sentence_start
    words = m.sentence[max(0, at - 80) : at]  # (the words after the last comma or stop before the date)
    cut = max(map(words.rfind, ",;."))
    # (or a participle's aside: "went ahead on March 20 after the executive, meeting the evening
    # before, refused to suspend it. Four days later, ...": four days after the 20th)
    return _told_back(words[cut + 1 :]) or cut >= 0 and words[cut] == "," and _ASIDE_PARTICIPLE.match(words, cut + 1) is not None


_SPEECH_BEFORE_DATE = re.compile(
    r",\s+(?:[^,;.]{0,60}\s)?(?:said|says|told reporters|added|stated|noted|wrote|explained|insisted|stressed)\s+"
    r"(?:(?:on|late|early|in|at|last|this)\s+)?\Z")


def _speech_date(body: str, m: Mention) -> bool:
    """Whether a mention's date is an attribution's ("the office said on Friday"): when it was said."""
    return _SPEECH_BEFORE_DATE.search(body, max(0, m.start - 100), m.start) is not None


#: The verbs of a main clause that only points back at an event told before ("The call came a
#: day after ...", "It happened two days before ...").
_LIGHT_VERBS = re.compile(r"\b(?:came(?! back| out| down| off| under)|comes(?! back| out| down| off| under)|happened|occurred|followed|took place|was|were|is|are|had been)\b")


def _names_own_event(head: str) -> bool:
    """Whether the main clause before a relative expression tells an event of its own (a past
    verb other than a light one: "which had inspected the plant")."""
    low = _LIGHT_VERBS.sub(" ", head.lower())
    # (or an irregular participle: "The original decision, taken a day after the chain collapsed")
    return bool(_PAST_CUE.search(low)) or _IRREGULAR_PARTICIPLE.search(low) is not None


_IRREGULAR_PARTICIPLE = re.compile(r"\b(?:taken|given|begun|written|chosen|drawn|shown|driven|broken|spoken|stolen|"
                                   r"frozen|won|sent|brought|bought|sold|built|caught|paid|laid|lost)\s*\Z")


def _subject_anchor(mentions: list[Mention], main: str, pos: int, finest: str | None = None) -> Mention | None:
    """"The deal came a week after ...": the nearest earlier mention whose title names the subject."""
    # (also a name's: "Solberg's resignation came a week after ...")
    subject = _rx(r"^\W*(?:the|this|that|its|his|her|their|[a-z][\w-]*['’]s)\s+([a-z]+)\s+(?:came|was|happened|followed)\s*$").match(main.lower())
    if not subject:
        return None
    stems = set(_referent(subject.group(1)))

    def names_it(m: Mention) -> bool:
        return _usable(m) and not stems.isdisjoint(_sentence_stems(m.title)) and (
            finest is None or _RANK.get(m.date.granularity, -1) >= _RANK[finest])  # (round 14: fine enough to count from)

    # (indexed: nearest first, so only the titles up to the one that names it are read)
    best = _last_in(mentions, -1, pos, names_it)
    # (of its sentence's dates, the one told after the event word: "resigned on Friday, ... the outage on October 7")
    return _nearest_to_referent(mentions, best, tuple(stems))


def _spec_str(spec: RelativeSpec) -> str:
    letter = {"day": "D", "week": "W", "month": "M", "year": "Y"}[spec.unit]
    rel = "after" if spec.sign > 0 else "before" if spec.sign < 0 else "same"
    return f"{rel}:P{spec.n}{letter}:{spec.out}"


def _usable(m: Mention) -> bool:
    return not getattr(m, "pending", False)


class _Mentions(list):
    """The mentions of one article while its relative expressions are resolved.

    A list (the plain mentions in text order, then the resolved relatives, appended in text
    order) that keeps the offsets of both runs, so that the anchor look-ups below are binary
    searches over the article instead of a scan of every mention per relative expression
    (quadratic on date-dense articles). They return exactly what the scans return; any change
    other than an append in text order turns the index off (``fast`` False: the scans run).
    """

    def __init__(self, items: Iterable[Mention]) -> None:
        super().__init__(items)
        self.n = len(self)
        self.starts = [m.start for m in self]
        self.b_starts: list[int] = []
        self.fast = all(a <= b for a, b in zip(self.starts, self.starts[1:]))
        self.by_stem: dict[str, list[tuple[int, int]]] = {}
        self.indexed = 0

    def append(self, m: Mention) -> None:  # type: ignore[override]
        if self.b_starts and m.start < self.b_starts[-1]:
            self.fast = False
        super().append(m)
        self.b_starts.append(m.start)

    def runs(self, lo: int, hi: int) -> tuple[tuple[int, int], tuple[int, int]]:
        """Index ranges of the mentions with ``lo <= start < hi``: in the plain run, in the relatives."""
        n = self.n
        return ((bisect_left(self.starts, lo), bisect_left(self.starts, hi)),
                (n + bisect_left(self.b_starts, lo), n + bisect_left(self.b_starts, hi)))

    def last_ok(self, lo: int, hi: int, ok) -> Mention | None:  # type: ignore[no-untyped-def]
        """Of ``self[lo:hi]`` (sorted by start), the first in list order of those with the
        largest start that pass ``ok``: what a forward scan keeping ``m.start > best.start`` finds."""
        i = hi - 1
        while i >= lo:
            m = self[i]
            if ok(m):
                best, s, j = m, m.start, i - 1
                while j >= lo and self[j].start == s:
                    if ok(self[j]):
                        best = self[j]
                    j -= 1
                return best
            i -= 1
        return None

    def last_of_both(self, lo: int, hi: int, ok) -> Mention | None:  # type: ignore[no-untyped-def]
        (a0, a1), (b0, b1) = self.runs(lo, hi)
        a = self.last_ok(a0, a1, ok)
        b = self.last_ok(b0, b1, ok)
        if b is not None and (a is None or b.start > a.start):
            return b
        return a

    def stem_index(self) -> dict[str, list[tuple[int, int]]]:
        """stem -> sorted (start, list index) of the usable mentions whose sentence has the stem."""
        for k in range(self.indexed, len(self)):
            m = self[k]
            if _usable(m):
                for st in _sentence_stems(m.sentence):
                    insort(self.by_stem.setdefault(st, []), (m.start, k))
        self.indexed = len(self)
        return self.by_stem


def _turns_index_off(name: str):  # type: ignore[no-untyped-def]
    """A list method of ``_Mentions`` that changes the list other than by an append in text
    order: it turns the offset index off (the scans run instead)."""
    method = getattr(list, name)

    def changed(self, *a, **k):  # type: ignore[no-untyped-def]
        self.fast = False
        return method(self, *a, **k)

    changed.__name__ = name
    return changed


for _name in ("__setitem__", "__delitem__", "__iadd__", "__imul__", "insert", "extend", "pop", "remove", "sort",
              "reverse", "clear"):
    setattr(_Mentions, _name, _turns_index_off(_name))
del _name


@lru_cache(maxsize=8192)
def _sentence_stems(sentence: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in _content_words(sentence))


#: A clause telling a plan ahead (its verb's auxiliary).
_PLAN_AHEAD = re.compile(r"\b(?:will|shall|(?:is|are) (?:to|due to|set to|scheduled to))\b|['’]ll\b")


def _previous(mentions: list[Mention], pos: int, past_only: bool = False, finest: str | None = None,
              planned_only: bool = False) -> Mention | None:
    """The nearest dated mention before ``pos`` (the discourse anchor); a past-tense clause
    counts from a past event ("shipped doses a day earlier" skips "a campaign starting April 14"),
    and an anchor must be as precise as the offset ("the previous week" skips "in May 2022")."""
    need = _RANK.get("week" if finest == "week" else (finest or "century"), 0)

    def ok(m: Mention) -> bool:
        return _usable(m) and not (past_only and m.status == "planned") and not (planned_only and m.status != "planned") and not (
            _RANK.get(m.date.granularity, 0) < need or "/" in m.date.value)
    return _last_in(mentions, -1, pos, ok)


def _last_in(mentions: list[Mention], lo: int, hi: int, ok: Callable[[Mention], bool]) -> Mention | None:
    """Of the mentions with ``lo <= start < hi`` that pass ``ok``, the one with the largest start
    (the first in list order of those): by binary search when ``mentions`` is indexed, else a scan."""
    if isinstance(mentions, _Mentions) and mentions.fast:
        return mentions.last_of_both(lo, hi, ok)
    best = None
    for m in mentions:
        if lo <= m.start < hi and (best is None or m.start > best.start) and ok(m):
            best = m
    return best


def _anchor_in_sentence(mentions: list[Mention], sent: Sentence, exclude: tuple[int, int]) -> Mention | None:
    return _last_in(mentions, sent.start, sent.end, lambda m: not (exclude[0] <= m.start < exclude[1]) and _usable(m))


def _anchor_in_span(mentions: list[Mention], start: int, end: int) -> Mention | None:
    if isinstance(mentions, _Mentions) and mentions.fast:
        for lo, hi in mentions.runs(start, end):
            for k in range(lo, hi):
                if _usable(mentions[k]):
                    return mentions[k]
        return None
    for m in mentions:
        if start <= m.start < end and _usable(m):
            return m
    return None


#: Event nouns and the verbs that report the same happening ("the verdict" <- "convicted").
_REFERENT_FAMILIES = (
    ("verdi", "convi", "acqui", "rulin", "ruled", "judgm", "sente", "guilt", "uphel", "overt", "quash", "annul"),
    ("elect", "vote", "voted", "votes", "polls", "ballo", "won", "victo"),
    ("attac", "strik", "struc", "blast", "bomb", "explo", "assau", "raid", "raide", "robbe", "heist"),
    ("deal", "agree", "pact", "accor", "treat", "signe", "concl"),
    ("landf", "struc", "storm", "cyclo", "hurri", "typho", "hit"),
    ("arres", "detai", "custo"),
    ("resig", "quit", "stepp"),
    ("launc", "unvei", "relea", "debut"),
    ("relea", "freed", "freei", "rescu", "liber"),  # a hostage's release
    ("annou", "decla"),
    ("meeti", "met", "talks", "summi", "visit"),
    ("death", "died", "kille", "passe"),
    ("quake", "earth", "tremo"),
    ("prote", "march", "rally", "demon"),
    ("sinki", "sank", "sunk"),  # a ship's sinking
    ("groun", "agrou", "stran"),  # a ship's grounding ("the day before the grounding" / "ran aground on July 11")
    ("breac", "burst", "colla"),  # a dam's or a tunnel's failure
)


#: "the same day as her appointment": the event named after "as" (a noun phrase, to a comma or the end).
_SAME_AS = re.compile(r"\s+as\s+((?:the|a|an|his|her|its|their|this|that|[A-Z][\w'’-]*['’]s)\s+[^,;.:]{2,60}?)(?=[,;.:]|\s+(?:and|but|when|after|before)\b|\Z)")


def _referent(comp: str) -> tuple[str, ...]:
    """The content-word stems naming the event a relative expression points to (with family)."""
    words = _content_words(_REFERENT_TRIM.sub("", comp.strip()))
    stems = {_stem(w) for w in words[:4]}
    for fam in _REFERENT_FAMILIES:
        if stems & set(fam):
            stems |= set(fam)
    return tuple(sorted(stems))


#: (sixteenth session) An offset of years dates no happening it names to the day or the year
#: reliably ("52 years after it opened", "a gap of 41 years after the monastery was suppressed",
#: "two years after the merger"): over the 61 eval sets none dated a gold event, four were traps.
YEARS_NAMED_REASON = "event-relative over years: no date of the happening it names to count (\"52 years after it opened\")"


#: The happening an offset names told done, right after it ("30 months before it fell", "a day after
#: the council voted"): a past verb within a few words, no "will" or "would" before it.
_TOLD_DONE_AFTER = re.compile(
    r"\s+(?:(?!will\b|would\b|shall\b|is\b|are\b)[a-z'’-]+\s+){0,3}?(?:was|were|had|did|fell|began|went|came|broke|took|made|rose|"
    r"sank|won|lost|left|held|met|ran|sold|shut|hit|struck|died|[a-z]{2,}ed)\b")


#: The words of a kept offset's reason when it dates the happening it names or introduces, counted
#: back from its sentence's own date ("Soldiers arrived on Tuesday, a day after the dam burst": the
#: burst's day). The merge stage reads it (:func:`names_its_event`).
NAMES_ITS_EVENT = " dates the event it "


def names_its_event(m: Mention) -> bool:
    """True for a mention whose offset dates the happening it names ("a day after the dam burst")."""
    return m.reason.startswith("event-relative: “") and NAMES_ITS_EVENT in m.reason

def _dates_named(ctx: "_Ctx", e: TimeExpression, sent: Sentence, spec: RelativeSpec, date: DateValue, verb: str,
                 source: str, anchor_value: str, clause: tuple[int, int]) -> "Mention | Dropped":
    """The mention of an offset that dates the happening it names ("met them on Friday, three days
    after their release": the release), ``date`` counted from ``source``; its reason holds
    ``NAMES_ITS_EVENT`` (merge reads it: :func:`names_its_event`). An offset of years dates no
    such happening ("52 years after it opened": the opening's own date is not counted):
    dropped with ``YEARS_NAMED_REASON``."""
    if spec.unit == "year" and spec.n >= 2:
        return _drop(ctx, e, YEARS_NAMED_REASON, sent)
    why = (f"event-relative: “{e.text}”{NAMES_ITS_EVENT}{verb}, {spec.n} {spec.unit}(s) "
           f"{'before' if spec.sign > 0 else 'after'} {source}")
    return _mention(ctx, e, sent, date, e.rule or "event-relative", anchor_value, why, title_clause=clause)



def only_as_topic(sentence: str, referent: tuple[str, ...]) -> bool:
    """Whether ``sentence`` names the referent only as the topic of another act ("the inquiry
    into the sinking opened on April 14" dates the inquiry, not the sinking) or as a count of
    many ("ordered to play four home matches behind closed doors" names no one match: not "the
    night of the match")."""
    low = sentence.lower()
    seen = False
    for w in _rx(r"[a-z][a-z'-]{2,}").finditer(low):
        if _stem(w.group()) in referent and w.group() not in _STOP:
            if not _rx(r"\b(?:into|about|over|of|on|for|since|after|following|before)\s+(?:the\s+|its\s+|their\s+|this\s+)?\Z").search(low, 0, w.start()) and not (
                # (nineteenth session) with a name between: "the preliminary report on the Brennick
                # Sound collision, published on Wednesday" dates the report
                len(low) == len(sentence) and _TOPIC_NAMED.search(sentence, 0, w.start())
            ) and not (
                # ("by 61 votes to 48" counts the ballots of one vote, not votes)
                w.group().endswith("s") and w.group() != "votes" and _COUNTED_BEFORE.search(low, max(0, w.start() - 40), w.start())
            ) and not (
                # (sixteenth session) a participle describing a noun ("The certified figures differ
                # ... from the results released on September 28" names no certifying that day)
                w.group().endswith("ed") and _rx(r"\b(?:the|a|an|its|their|these|those)\s+\Z").search(low, max(0, w.start() - 8), w.start())
                and _rx(r"\s+[a-z]{3,}").match(low, w.end())
            ):
                return False
            seen = True
    return seen


#: A topic's preposition, a determiner and a name right before a word: "report on the Brennick Sound (collision)".
_TOPIC_NAMED = re.compile(r"\b(?i:into|about|over|of|on|for)\s+(?i:the|its|their|this)\s+(?:[A-Z][\w'’-]*\s+){1,3}\Z")
#: A count or quantity just before a plural noun ("four home matches", "all 12 hearings").
_COUNTED_BEFORE = re.compile(
    r"\b(?:\d[\d,]*|" + _TWO_TO_TWELVE + r"|several|many|all|some|dozens of|"
    r"hundreds of)\s+(?:[a-z-]+\s+)?\Z")


_EVENT_STEMS = frozenset(st for fam in _REFERENT_FAMILIES for st in fam)  # (an event's word, not a name's)


def _nearest_to_referent(mentions: list[Mention], found: Mention | None, referent: tuple[str, ...]) -> Mention | None:
    """Of the dated mentions in the sentence of ``found``, the one told nearest after the referent's
    event word ("his ship ran aground on July 11, the office said in a report published on Thursday":
    July 11 dates the grounding, not the report), else ``found``."""
    if found is None:
        return None
    words = [(w.start(), w.group()) for w in _rx(r"[a-z][a-z'-]{2,}").finditer(found.sentence.lower())]
    named = [i for i, w in words if w not in _STOP and _stem(w) in referent]
    for m in _same_sentence(mentions, found.sentence_start):
        # the date naming it, just before its word: "the October 12 flood", "Monday's vote"
        if m.sentence_start == found.sentence_start and _usable(m) and any(
                0 < i - (m.end - m.sentence_start) <= 3 and found.sentence[m.end - m.sentence_start : i].strip() in ("", "'s", "’s")
                for i in named):
            return m
    at = next((i for i, w in words if w not in _STOP and _stem(w) in referent and _stem(w) in _EVENT_STEMS), None)
    if at is None:
        return found
    best, best_d = found, None
    for m in _same_sentence(mentions, found.sentence_start):
        if m.sentence_start != found.sentence_start or not _usable(m):
            continue
        d = m.start - m.sentence_start - at  # (offsets in the sentence; blanks collapsed in ``sentence``: near enough)
        key = (d < 0, abs(d))  # the nearest after the word first, else the nearest before it
        if best_d is None or key < best_d:
            best, best_d = m, key
    return best


def _same_sentence(mentions: list[Mention], sentence_start: int) -> Iterable[Mention]:
    """The mentions that may belong to the sentence starting at ``sentence_start``, in list order:
    with the index, only the contiguous block of each run starting there (a sentence's mentions
    lie inside it, so sorted by start they are one block); else all of them."""
    if not (isinstance(mentions, _Mentions) and mentions.fast):
        return mentions
    out: list[Mention] = []
    for lo, hi in ((0, mentions.n), (mentions.n, len(mentions))):
        starts = mentions.starts if lo == 0 else mentions.b_starts
        i = lo + bisect_left(starts, sentence_start)
        while i < hi and mentions[i].sentence_start == sentence_start:
            out.append(mentions[i])
            i += 1
    return out


def _find_referent(mentions: list[Mention], referent: tuple[str, ...], sent: Sentence) -> Mention | None:
    """The mention (outside ``sent``) whose sentence names the referent, nearest before first."""
    if isinstance(mentions, _Mentions) and mentions.fast:
        index = mentions.stem_index()
        found: list[tuple[int, int, int]] = []  # (key as below, list index, start)
        for st in set(referent):
            lst = index.get(st)
            if not lst:
                continue
            i = bisect_left(lst, (sent.start, -1))
            while i:  # the nearest before the sentence; of equal starts, the first in the list
                s0 = lst[i - 1][0]
                i = bisect_left(lst, (s0, -1))
                k = lst[i][1]
                if not only_as_topic(mentions[k].sentence, referent):
                    # (past one naming it only as a topic, as the scan below does: "The certified
                    # figures differ ..." before "certified the results on Tuesday")
                    found.append((sent.start - s0, k, s0))
                    break
            j = bisect_left(lst, (sent.end, -1))
            while j < len(lst):
                s0, k = lst[j]
                if not only_as_topic(mentions[k].sentence, referent):
                    found.append((10**9 + s0 - sent.start, k, s0))
                    break
                j = bisect_left(lst, (s0 + 1, -1))
        for _, k, _ in sorted(found):
            return mentions[k]
        return None
    best: tuple[int, Mention] | None = None
    for m in mentions:
        if sent.start <= m.start < sent.end or not _usable(m):
            continue
        stems = {_stem(w) for w in _content_words(m.sentence)}
        if not set(referent) & stems or only_as_topic(m.sentence, referent):
            continue
        dist = (0 if m.start < sent.start else 1, abs(sent.start - m.start))
        key = dist[0] * 10**9 + dist[1]
        if best is None or key < best[0]:
            best = (key, m)
    return best[1] if best else None
