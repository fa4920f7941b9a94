"""English tables of the tagger: words, patterns, and the ordered parser list.

Everything English lives here, written out in order: the vocabulary tables first, then
one function per parser, then ``PARSERS`` (the order is the tie-break between two
parsers finding the same span: the earlier one wins; a longer span always wins).

Conventions (see docs/tagger.md):
- spans exclude leading prepositions ("in May 2025" -> "May 2025") as TimeML does, but
  include modifiers ("mid-2025", "about two decades", "the end of January");
- month and weekday names must be capitalised (news text), so "may" and "march" as
  verbs never match; "May" alone also needs a date context ("in May", "last May");
- numeric dates: slashes are month-first (US/AP style) unless the first number is above
  12; dots and dashes are day-first (European style), ISO ``2026-01-13`` is year-first.
"""

from __future__ import annotations

import re

from ..timex import ordinal_suffix
from .resolve import Cand, valid_day
from .rules import FoldedPattern, LazyPattern, Parser, cached_text, compile_regex

# ---------------------------------------------------------------- vocabulary

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "a dozen": 12, "dozen": 12,
    "a couple of": 2, "couple of": 2, "a couple": 2,
}
VAGUE_NUMBERS = ("a few", "few", "several", "some", "many", "numerous", "a number of", "the")
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4, "last": 4,
}
#: Unit word -> (canonical unit, ISO duration letter(s) and multiplier).
UNITS: dict[str, tuple[str, str, int]] = {
    "second": ("second", "TS", 1), "minute": ("minute", "TM", 1), "hour": ("hour", "TH", 1),
    "day": ("day", "D", 1), "night": ("day", "D", 1), "week": ("week", "W", 1),
    "fortnight": ("week", "W", 2), "month": ("month", "M", 1), "quarter": ("quarter", "Q", 1),
    "year": ("year", "Y", 1), "decade": ("decade", "Y", 10), "century": ("century", "Y", 100),
    "centurie": ("century", "Y", 100), "weekend": ("weekend", "D", 2),
}
#: Unit -> granularity of a date that far from the anchor ("three weeks ago" is a week).
UNIT_GRAN = {"day": "day", "week": "week", "weekend": "week", "month": "month", "quarter": "quarter",
             "year": "year", "decade": "year", "century": "year"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
                "midday": "MI", "noon": "MI"}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
APPROX_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "close to": "LESS_THAN",
    "just under": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN", "upwards of": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "no less than": "EQUAL_OR_MORE", "nearly a": "LESS_THAN",
}
#: Words before a bare number that make it a label, not a year ("Route 2025", "flight 1990",
#: "(Paragraph 1500.)"); plurals too, for lists ("paragraphs 1500 and 1501", "sections 2001-2003").
_LABELS = """route highway interstate road street avenue flight room number model version article section
    subsection chapter paragraph subparagraph para clause subclause page item code resolution bill rule line bus
    platform gate seat row suite apartment unit box regulation form exhibit table figure step level grade class
    type mark series jersey car channel verse law act case decree directive ordinance statute order annex
    appendix footnote schedule lot batch serial incident ticket invoice service train tram ferry ward berth
    pier terminal""".split()
NOT_YEAR_BEFORE = frozenset(
    """st ave no nos num v windows iphone galaxy p pp vol volume issue apt po ext tel phone fax hr h r s b reg fig
    mk boeing airbus a320 paras arts secs annexes appendices lots batches serials""".split() + _LABELS + [w + "s" for w in (
        "article section subsection chapter paragraph subparagraph clause subclause item flight room route model "
        "code number exhibit figure table footnote").split()])
#: Words after "may" that make it the modal verb ("2 May lose", "May be").
MODAL_FOLLOWERS = frozenset("""be have not also still well never soon need want help take get make become seem face lose
    win see go come do say give find keep allow""".split())
#: Words before a year-like number that make a following plural noun its count ("signed by 2070 members").
YEAR_DETERMINERS = frozenset("""the a an this that its their his her our your my in since during until till before after
    from to of between through and or""".split())
#: Nouns after a bare number that make it a count ("2025 people", "1990 votes").
COUNT_NOUNS = frozenset(
    """people persons votes troops soldiers residents workers jobs cases deaths units homes houses
    cars vehicles tons tonnes barrels shares students children employees members dollars euros
    pounds yuan rupees miles km kilometres kilometers feet metres meters acres points runs goals
    seats words pages copies items calories times visitors fans users patients beds doses
    families refugees migrants victims civilians officers police candidates delegates
    participants times""".split())

_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?"
MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_FULL.upper()}|{_MONTH_ABBR})"
_WD_FULL = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
WEEKDAY = rf"(?:{_WD_FULL}|{_WD_FULL.upper()})"
WEEKDAY_ABBR = r"(?:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)\."
YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])"
ORD_SUFFIX = r"(?:st|nd|rd|th)?"
_NUMW_SIMPLE = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
                "eighty|ninety")
NUM = (rf"(?:(?:{_NUMW_SIMPLE})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
       r"|a\s+hundred|one\s+hundred|hundred|a\s+dozen|dozen|a\s+couple\s+of|couple\s+of|a\s+couple"
       r"|a\s+few|few|several|some|many|numerous|a\s+number\s+of"
       r"|(?<![\d,.$€£])\d{1,4}(?:\.\d+)?(?![\d,]\d)|an?)")
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century|centurie|weekend)s?"
POD = r"(?:morning|afternoon|evening|night|overnight)"
ZONE = (r"(?:\s*\(?\s*(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|IST|JST|AEST|AEDT|ET|PT|CT|Z)\b"
        r"(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?(?:\s*\))?)?")
MOD_PREFIX = r"(?:about|around|approximately|roughly|some|nearly|almost|close\s+to|just\s+under|less\s+than|fewer\s+than|under|more\s+than|over|just\s+over|upwards\s+of|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than)"

_I = re.IGNORECASE


def c(pattern: str, flags: int = 0) -> LazyPattern:
    """Make a table pattern, compiled on first use (verbose off: the patterns are written compactly)."""
    return LazyPattern(pattern, flags)


# ---------------------------------------------------------------- small helpers


def month_num(word: str) -> int:
    """Return the month number of a month name or abbreviation (with or without a dot)."""
    return MONTHS[word.rstrip(".").lower()]


def number(word: str) -> int | float | None:
    """Return the value of a number word or digits; None for vague amounts ("several")."""
    w = " ".join(word.lower().split())
    if w in NUMBERS:
        return NUMBERS[w]
    if w in VAGUE_NUMBERS:
        return None
    if "-" in w:
        a, b = w.split("-", 1)
        if a in NUMBERS and b in NUMBERS:
            return NUMBERS[a] + NUMBERS[b]
    try:
        f = float(w)
    except ValueError:
        return None
    return int(f) if f.is_integer() else f


def duration(n: int | float | None, unit_word: str) -> str:
    """Return the ISO 8601 duration of ``n`` units; unknown amounts give an X (``PXY``)."""
    unit = unit_word.lower().rstrip("s") if unit_word.lower() not in ("centuries",) else "centurie"
    if unit.endswith("ie") and unit != "centurie":
        unit = unit[:-2] + "y"
    canon, letter, mult = UNITS.get(unit, UNITS.get(unit.rstrip("s"), ("day", "D", 1)))
    t = "T" if letter.startswith("T") else ""
    letter = letter[-1]
    if n is None:
        return f"P{t}X{letter}"
    total = n * mult
    if isinstance(total, float):
        text = f"{total:g}"
    else:
        text = str(total)
    return f"P{t}{text}{letter}"


def unit_of(word: str) -> str:
    """Return the canonical unit ('day', 'week', ...) of a unit word, plural or not."""
    w = word.lower()
    if w == "centuries":
        return "century"
    if w.endswith("s") and w[:-1] in UNITS:
        w = w[:-1]
    return UNITS[w][0]


def prev_word(text: str, pos: int) -> str:
    """Return the word just before ``pos`` (lower-case), skipping spaces."""
    return prev_word_raw(text, pos).lower()


def prev_word_raw(text: str, pos: int) -> str:
    """Return the word just before ``pos`` as written (case kept)."""
    # match on the reversed slice: one anchored attempt instead of a search ending at ``pos``
    m = _PREV_WORD_REV.match(text[max(0, pos - 30):pos][::-1])
    return m[1][::-1] if m else ""


def next_word_raw(text: str, pos: int) -> str:
    """Return the word just after ``pos`` as written."""
    m = _NEXT_WORD.match(text, pos)
    return m[1] if m else ""


_PREV_WORD_REV = compile_regex(r"[\s,]*([A-Za-z'.]*[A-Za-z]|\d+)(?![\d])")
_NEXT_WORD = compile_regex(r"[\s,]*([A-Za-z][A-Za-z'-]*|\d+)")

DATE_CONTEXT = frozenset(
    """in on since until till by during of from through throughout to between and or before after
    early late mid last next this that every each end beginning start middle around about
    until, including except""".split())


def cand(m: re.Match[str], typ: str, kind: str, group: int | str = 0, **kw: object) -> Cand:
    """Make a candidate spanning ``m``'s group."""
    start, end = m.span(group)
    return Cand(start, end, typ, "", kind, **kw)  # type: ignore[arg-type]


def year_of(text: str | None) -> int | None:
    """Return a four-digit year, or a two-digit one after an apostrophe ('98 -> 1998)."""
    if not text:
        return None
    t = text.strip().lstrip("'’")
    y = int(t)
    if len(t) == 2:
        y += 1900 if y >= 50 else 2000
    return y


# ---------------------------------------------------------------- parsers: absolute dates

_ISO = c(r"(?=[0-9])" r"(?<![\w/.-])(\d{4})-(\d{2})-(\d{2})(?:[T ]([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w/-]|\.\d)")


def p_iso(m: re.Match[str], text: str) -> Cand | None:
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    if not (1000 <= y <= 2999 and valid_day(y, mo, d)):
        return None
    if m[4]:
        return cand(m, "TIME", "abs", value=f"{y:04d}-{mo:02d}-{d:02d}T{m[4]}:{m[5]}", gran="time")
    return cand(m, "DATE", "abs", value=f"{y:04d}-{mo:02d}-{d:02d}", gran="day")


_NUMERIC = c(r"(?=[0-9])" r"(?<![\w/.:,-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/%]|[.,:-]\d)")


def p_numeric(m: re.Match[str], text: str) -> Cand | None:
    a, b, sep, ys = int(m[1]), int(m[3]), m[2], m[4]
    y = int(ys) if len(ys) == 4 else (1900 + int(ys) if int(ys) >= 50 else 2000 + int(ys))
    if sep == "/":
        mo, d = (a, b) if a <= 12 else (b, a)
    else:
        d, mo = (a, b) if b <= 12 else (b, a)
    if sep == "." and len(ys) == 2:
        return None  # 1.5.25 is more likely a version number
    if not (1000 <= y <= 2999 and valid_day(y, mo, d)):
        return None
    return cand(m, "DATE", "abs", value=f"{y:04d}-{mo:02d}-{d:02d}", gran="day")


_YMD_SLASH = c(r"(?=[0-9])" r"(?<![\w/.-])(\d{4})/(\d{1,2})/(\d{1,2})(?![\w/]|\.\d|-\d{3})")


def p_ymd_slash(m: re.Match[str], text: str) -> Cand | None:
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    if not (1000 <= y <= 2999 and valid_day(y, mo, d)):
        return None
    return cand(m, "DATE", "abs", value=f"{y:04d}-{mo:02d}-{d:02d}", gran="day")


_MDY = c(r"(?=[A-Z])" rf"(?:(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?({MONTH})\s+(?:the\s+)?({DAY}){ORD_SUFFIX}(?![\d:.,]\d|\w)"
         rf"(?:(?:\s*,\s*|\s+)('?\d\d(?=\W|$)|{YEAR})(?![\d%]|[.,]\d))?")


#: A number of four or more digits right after a month (and day) that ``YEAR`` does not take:
#: a year outside the tagger's range ("31 December 9999", "December 31, 10000").
_YEAR_OUT_OF_RANGE = c(r"(?:\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?)?(?:\s*,\s*|\s+)([1-9]\d{3,})(?![\w%]|[.,]\d)")


def year_out_of_range(text: str, pos: int) -> bool:
    """A year the tagger cannot date stands at ``pos`` (after a month or a day and month), so the
    date is not read without it; but not a count ("on 5 March 3000 people marched": a noun follows)."""
    m = _YEAR_OUT_OF_RANGE.match(text, pos)
    if m is None or re.fullmatch(YEAR, m[1]):
        return False
    if text[m.end():m.end() + 1] not in ("", " ", "\t", "\n"):
        return True  # punctuation: "... 9999, officials said", "... 9999."
    nw = next_word_raw(text, m.end())
    return not nw or nw.lower() in MDAY_AFTER or nw.lower() in PAST_WORDS


def p_mdy(m: re.Match[str], text: str) -> Cand | None:
    mo, d = month_num(m[2]), int(m[3])
    y = year_of(m[4])
    if y is None and year_out_of_range(text, m.end()):
        return None
    if m[4] and m[4][0] not in "'’" and len(m[4]) == 2:
        # "May 15 25" is not a year; keep the month-day only
        y = None
    if not valid_day(y or 2000, mo, d):
        return None
    c_ = cand(m, "DATE", "date", comp={"m": mo, "d": d, "y": y, "wd": _wd(m["wd"])})
    if not y and m[4]:
        c_.end = m.end(3) + _ord_len(text, m.end(3))
    return c_


def _wd(word: str | None) -> int | None:
    return WEEKDAYS.get(word.rstrip(".").lower()) if word else None


def _ord_len(text: str, pos: int) -> int:
    s = text[pos:pos + 2].lower()
    return 2 if s in ("st", "nd", "rd", "th") else 0


_DMY = c(r"(?=[A-Z0-9t])" rf"(?:(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?(?:the\s+(?={DAY}{ORD_SUFFIX}\s+of\s))?(?<![\d,.$£€/:-])({DAY}){ORD_SUFFIX}(?:\s+of)?\s+({MONTH})(?!\w)"
         rf"(?:(?:\s*,\s*|\s+)({YEAR})(?![\d%]|[.,]\d))?")


def p_dmy(m: re.Match[str], text: str) -> Cand | None:
    mo, d = month_num(m[3]), int(m[2])
    y = year_of(m[4])
    if y is None and year_out_of_range(text, m.end()):
        return None
    if not valid_day(y or 2000, mo, d):
        return None
    if m[3] == "May" and not y and not m[0].lower().startswith(("the", *WEEKDAYS)):
        # "13 May" is a date, but "2 May lose" is a count and the modal verb
        nw = next_word_raw(text, m.end()).lower()
        if nw in MODAL_FOLLOWERS:
            return None
    return cand(m, "DATE", "date", comp={"m": mo, "d": d, "y": y, "wd": _wd(m["wd"])})


# Speed: ``re`` skips ahead to a match's possible first characters only when the pattern starts
# with a character (class) or an alternation of literals, such as ``({MONTH})`` (J, F, M, A, S, O,
# N, D); a lookahead such as ``(?=[tT])`` gives it nothing, and every position is tried. So
# "the ..." patterns consume their first letter, ``[tT](?i:he ...)``, and check the character
# before it with a two-character lookbehind, ``(?<![\w-][tT])`` (the same as ``(?<![\w-])``
# before the "t").
_MD_RANGE = c(rf"({MONTH})\s+({DAY}){ORD_SUFFIX}\s*(?:-|–|to|through|until|till|and)\s*({DAY}){ORD_SUFFIX}(?![\d:,.]\d|\w)"
              rf"(?:\s*,?\s*({YEAR})(?![\d%]))?")


def p_md_range(m: re.Match[str], text: str) -> list[Cand] | None:
    mo, d1, d2 = month_num(m[1]), int(m[2]), int(m[3])
    y = year_of(m[4])
    if not (valid_day(y or 2000, mo, d1) and valid_day(y or 2000, mo, d2)) or d2 <= d1:
        return None
    a = Cand(start=m.start(), end=m.end(2) + _ord_len(text, m.end(2)), type="DATE", rule="", kind="date",
             comp={"m": mo, "d": d1, "y": y})
    b = Cand(start=m.start(3), end=m.end(), type="DATE", rule="", kind="date", comp={"m": mo, "d": d2, "y": y, "range_of": a})
    if not y:
        b.end = m.end(3) + _ord_len(text, m.end(3))
    return [a, b]


_DM_RANGE = c(r"(?=[0-9])" rf"(?<![\d,.$£€/:-])({DAY}){ORD_SUFFIX}\s*(?:-|–|to|and)\s*({DAY}){ORD_SUFFIX}\s+({MONTH})(?!\w)(?:,?\s+({YEAR})(?![\d%]))?")


def p_dm_range(m: re.Match[str], text: str) -> list[Cand] | None:
    mo, d1, d2 = month_num(m[3]), int(m[1]), int(m[2])
    y = year_of(m[4])
    if not (valid_day(y or 2000, mo, d1) and valid_day(y or 2000, mo, d2)) or d2 <= d1:
        return None
    a = Cand(start=m.start(), end=m.end(1) + _ord_len(text, m.end(1)), type="DATE", rule="", kind="date",
             comp={"m": mo, "d": d1, "y": y})
    b = Cand(start=m.start(2), end=m.end(), type="DATE", rule="", kind="date", comp={"m": mo, "d": d2, "y": y, "range_of": a})
    return [a, b]


_MONTH_YEAR = c(rf"({MONTH})\s*,?\s+(?:of\s+)?({YEAR}|'\d\d)(?![\d%]|[.,]\d)")


def p_month_year(m: re.Match[str], text: str) -> Cand | None:
    y = year_of(m[2])
    return cand(m, "DATE", "abs", value=f"{y:04d}-{month_num(m[1]):02d}", gran="month")


_MONTH = c(r"(?=[A-Z])" rf"(?<![\w])({MONTH})(?!\w|-(?!{MONTH}))")


#: (twentieth session) "in September of that year", "in March of the following year": the month of
#: a year counted from the date just told, not the nearest such month.
_MONTH_OF_REF_YEAR = c(r"(?=[A-Z])" rf"(?<![\w])({MONTH})\s+of\s+(?i:(that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding))\s+year(?![\w-])")


def p_month_of_ref_year(m: re.Match[str], text: str) -> Cand | None:
    which = m[2].lower().split()[-1]
    n = {"that": 0, "same": 0, "following": 1, "next": 1, "previous": -1, "preceding": -1}[which]
    return cand(m, "DATE", "refrel", comp={"unit": "year", "n": n, "gran": "year", "month": month_num(m[1])},
                relation=("after" if n > 0 else "before") if n else None, offset=duration(abs(n), "year") if n else None)


def p_month(m: re.Match[str], text: str) -> Cand | None:
    word = m[1]
    if text[max(0, m.start() - 1):m.start()] == "-" and not re.search(r"(?i:\b(?:mid|early|late|pre|post))-$", text[max(0, m.start() - 6):m.start()]):
        return None
    pw = prev_word(text, m.start())
    context = pw in DATE_CONTEXT or pw.endswith("-") or text[max(0, m.start() - 1):m.start()] == "-" or (
        # (seventeenth session) "a tour to the northern festivals is planned for May": a fixture's "for"
        pw == "for" and _SCHEDULED_FOR.search(text, max(0, m.start() - 40), m.start()) is not None)
    if word.rstrip(".").lower() in ("may", "mar", "jan", "jun", "jul", "aug", "sep", "dec", "oct", "nov", "feb", "apr", "sept") \
            and not word.isupper():
        if not context:
            return None
        if word == "May":
            nw = next_word_raw(text, m.end())
            # "in May said" (Theresa May): a verb right after means a name
            if nw.lower() in ("said", "says", "told", "has", "had", "is", "was", "will", "would", "and"):
                if pw not in ("in", "since", "until", "by", "during", "last", "next", "this", "early", "late", "mid"):
                    return None
    else:
        nw = next_word_raw(text, m.end())
        if nw[:1].isupper() and not context and nw.lower() not in WEEKDAYS and not nw.isdigit():
            return None  # "April Ryan", "June Carter": a first name
        if pw and pw[:1].isalpha() and prev_word_raw(text, m.start())[:1].isupper() and not context:
            prev_raw = prev_word_raw(text, m.start())
            if prev_raw not in ("The", "In", "On", "By", "Since", "Until", "From", "During", "Last", "Next", "This"):
                return None  # "Edith August", "Queen June"
    if year_out_of_range(text, m.end()):
        return None  # "December 9999"
    c_ = cand(m, "DATE", "date", 1, comp={"m": month_num(word), "d": None, "y": None})
    w = _MONTH_WHICH.search(text, max(0, m.start() - 20), m.start())
    if w:
        c_.start = w.start()
        c_.comp["which"] = {"last": "last", "this past": "last", "past": "last", "next": "next", "this coming": "next",
                            "coming": "next", "this": "this"}[" ".join(w[1].lower().split())]
    return c_


#: A participle of scheduling, then "for", right before a month ("is planned for May").
_SCHEDULED_FOR = compile_regex(r"\b(?:planned|scheduled|set|due|slated|pencilled in|penciled in|earmarked|booked|timetabled|expected)\s+for\s+$")
_MONTH_WHICH = compile_regex(r"(?<![\w-])(?i:(last|next|this\s+past|this\s+coming|coming|past|this))\s+$")


_YEAR = c(r"(?=[12])" rf"(?<![\w$€£#.,/:'’])({YEAR})(?!\w|%|[.,/:]\d|\s*(?:%|percent|per\s*cent|-year-old))")


_AS_EARLY_AS = compile_regex(r"\bas\s+(?:early|late|recently)\s+as\s+$", re.I)
_OF_THE = compile_regex(r"\s+of\s+(?:the|its|their|his|her|our|all)\s")
_COUNT_AFTER = compile_regex(r"\s+(?:[a-z]+\s+)?([a-z]{3,}s)\b")
_NOT_PLURAL = frozenset("""was has is this as its his pass less press across thus plus bus gas status always
    perhaps news series yes unless elections""".split())


def _count_follows(text: str, end: int) -> bool:
    """True when a plural noun follows a number (maybe after one adjective): "2037 new cases"."""
    m = _COUNT_AFTER.match(text, end, end + 40)
    if not m:
        return False
    first = text[end:m.start(1)].split()
    if first and first[0] in _NOT_PLURAL | {"and", "or", "to", "when", "the", "a", "of", "in", "with", "for", "at", "by", "on"}:
        return False
    return m[1] not in _NOT_PLURAL and not m[1].endswith("ss")


_LIST_JOINS = frozenset(("and", "or", "to", "through", "-", "–", ","))
#: A label and its numbers before a number that continues the list ("sections 12, 14 and ").
_LABEL_LIST = compile_regex(r"\b([A-Za-z]+)\.?\s+\d+[a-z]?(?:\s*(?:,|and|or|to|through|-|–)\s*\d+[a-z]?)*"
                         r"\s*(?:,|and|or|to|through|-|–)\s*$")


#: A year glued to a code: capitals before it ("ORV-2031", "ERA/2025/031"), a serial number after it ("2025-031").
_CODE_BEFORE = compile_regex(r"(?<![\w-])(?!(?:MID|PRE|POST|EARLY|LATE|END|FY|Q[1-4]|H[12])[-/]$)[A-Z][A-Z0-9]+[-/]$")
_CODE_AFTER = compile_regex(r"[-–/](?:\d{3}|0\d{3}|\d{5,})(?!\d)")


#: Gatherings and contests named with their year, which the year dates ("the Worldwide
#: Developers Conference 2010", "the Census 2021 count"): not names without a date.
_YEARLY_EVENTS = frozenset("""conference summit games olympics cup championship championships festival expo
    congress forum election elections budget census assembly convention show fair week marathon tour open
    biennale exhibition world euro""".split())
#: A capitalised word, not opening a sentence, right before a year (one space): "Vision 2032".
_NAMED_YEAR = compile_regex(r"(?:(?<=[a-z,;(] )|(?<=[\"“‘]))[A-Z][a-z]{2,} $")


def p_year(m: re.Match[str], text: str) -> Cand | None:
    y = int(m[1])
    if not 1000 <= y <= 2100:
        return None
    if _BC_AFTER.match(text, m.end()):
        return None  # "dated to about 1900 BC"
    pr = prev_word_raw(text, m.start())
    pw = pr.lower()
    if pw.rstrip(".") in NOT_YEAR_BEFORE:
        return None
    if pw in _LIST_JOINS or text[max(0, m.start() - 3):m.start()].rstrip()[-1:] in ("-", "–", ","):
        lab = _LABEL_LIST.search(text, max(0, m.start() - 60), m.start())
        if lab and lab[1].lower() in NOT_YEAR_BEFORE:
            return None  # "paragraphs 1500 and 1501", "Clauses 1920 to 1925": the rest of a list of labels
    before = text[max(0, m.start() - 2):m.start()]
    if before.endswith(("-", "–")) and m.start() >= 2 and text[m.start() - 2].isdigit():
        return None
    if _CODE_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _CODE_AFTER.match(text, m.end()):
        return None  # a reference code ("registered as ORV-2031", "case 2025-0417"): no year
    nw = next_word_raw(text, m.end())
    if nw.lower() in COUNT_NOUNS and pw not in DATE_CONTEXT:
        return None
    if pw not in YEAR_DETERMINERS and text[m.start() - 1:m.start()] != "-" and not _AS_EARLY_AS.search(
            text, max(0, m.start() - 16), m.start()) and (_count_follows(text, m.end()) or _OF_THE.match(text, m.end())):
        return None  # "confirmed 2037 new cases", "2031 protesters were affected": a count
    if pr[:1].isupper() and nw[:1].isupper() and pw not in DATE_CONTEXT and pw not in YEAR_DETERMINERS \
            and pr.lower() not in MONTHS and "\n" not in text[max(0, m.start() - 3):m.start()] \
            and nw.lower().rstrip(".") not in MONTHS and nw.lower() not in WEEKDAYS \
            and text[max(0, m.start() - 2):m.start()].strip() not in (".", ",", ":"):
        return None  # "the Russell 2000 Index", "Windows 2000 Server": a name
    if _NAMED_YEAR.search(text, max(0, m.start() - 40), m.start()) and pw not in DATE_CONTEXT \
            and pw not in YEAR_DETERMINERS and pw not in MONTHS and pw not in WEEKDAYS and pw not in SEASONS \
            and pw not in HOLIDAYS and pw not in _YEARLY_EVENTS and not nw[:1].isdigit():
        return None  # "his programme, Vision 2032,", "Agenda 2030": a name (not "Conference 2010")
    if y < 1500 and pw not in DATE_CONTEXT and pw not in ("year", "around", "circa", "c."):
        return None  # "1200 pages": small numbers that look like years need a context
    return cand(m, "DATE", "abs", 1, value=f"{y:04d}", gran="year")


_APOS_YEAR = c(r"(?<![\w'’])['’](\d\d)(?![\w'’]|s\b)")


def p_apos_year(m: re.Match[str], text: str) -> Cand | None:
    if prev_word(text, m.start()) not in ("in", "since", "of", "from", "until", "by", "and", "to", "summer", "spring",
                                          "winter", "fall", "autumn", "class", "early", "late", "mid"):
        return None
    y = int(m[1])
    return cand(m, "DATE", "abs", value=f"{(1900 if y >= 30 else 2000) + y}", gran="year")


_YEAR_RANGE = c(r"(?=[12])" rf"(?<![\w$€£#.,/:-])({YEAR})\s*[-–/]\s*({YEAR}|\d\d)(?![\w%]|[.,]\d|\s*(?:%|percent))")


def p_year_range(m: re.Match[str], text: str) -> list[Cand] | None:
    y1 = int(m[1])
    y2 = int(m[2]) if len(m[2]) == 4 else y1 // 100 * 100 + int(m[2])
    if not (y1 < y2 <= y1 + 100 and 1000 <= y1 <= 2100):
        return None
    if prev_word(text, m.start()).rstrip(".") in NOT_YEAR_BEFORE:
        return None
    return [Cand(start=m.start(1), end=m.end(1), type="DATE", rule="", kind="abs", value=f"{y1:04d}", gran="year"),
            Cand(start=m.start(2), end=m.end(2), type="DATE", rule="", kind="abs", value=f"{y2:04d}", gran="year")]


_DECADE = c(r"(?=[0-9'’])" r"(?<![\w$€£#.,-])(?:(1[0-9]|20)([0-9])0|['’]([0-9])0|([1-9])0)['’]?s(?!\w)")


def p_decade(m: re.Match[str], text: str) -> Cand | None:
    if m[4]:
        # "the 70s": only after "the" or beside another decade ("the 70s and 80s"), never "their 70s"
        pw = prev_word(text, m.start())
        if pw not in ("the", "and", "or", "mid", "early", "late") or re.search(r"\b(?:in|into)\s+the\s*$", text[max(0, m.start() - 12):m.start()]) and "temperat" in text[max(0, m.start() - 80):m.start()]:
            return None
        return cand(m, "DATE", "decade2", comp={"d": int(m[4])})
    if m[1]:
        v = f"{m[1]}{m[2]}"
        return cand(m, "DATE", "abs", value=v, gran="decade")
    return cand(m, "DATE", "decade2", comp={"d": int(m[3])})


_DECADE_WORD = c(r"(?i:the\s+)((?i:nineteen[\s-]+)?(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?!\w)")
_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def p_decade_word(m: re.Match[str], text: str) -> Cand:
    d = _DECADE_WORDS[m[1].lower().split()[-1].split("-")[-1]]
    if m[1].lower().startswith("nineteen"):
        return cand(m, "DATE", "abs", 1, value=f"19{d}", gran="decade")
    return cand(m, "DATE", "decade2", 1, comp={"d": d})


_CENTURY = c(r"(?i:(\d{1,2})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-]first))[\s-]+(?i:century)(?!\w)")


def p_century(m: re.Match[str], text: str) -> Cand | None:
    n = int(m[1]) if m[1] else ORDINALS[m[2].lower().replace(" ", "-")]
    if not 1 <= n <= 22:
        return None
    return cand(m, "DATE", "abs", value=f"{n - 1:02d}", gran="century")


_ISO_WEEK = c(rf"(?<![\w-])({YEAR})-?W([0-5]\d)(?!\w)|(?i:\bweek\s+)([1-9]|[1-4]\d|5[0-3])(?:\s+of\s+({YEAR}))?(?!\w)")


def p_iso_week(m: re.Match[str], text: str) -> Cand | None:
    if m[1]:
        w = int(m[2])
        if not 1 <= w <= 53:
            return None
        return cand(m, "DATE", "abs", value=f"{m[1]}-W{w:02d}", gran="week")
    w = int(m[3])
    if m[4]:
        return cand(m, "DATE", "abs", value=f"{m[4]}-W{w:02d}", gran="week")
    return cand(m, "DATE", "week", comp={"w": w})


_QUARTER = c(r"(?=[tTfFcCsSlL0-9qQ])"
    r"(?i:(?:the\s+)?(?:(?:fiscal|calendar)[\s-]+)?"
    r"(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:fiscal[\s-]+|calendar[\s-]+)?quarter"
    rf"(?:\s+(?:of|in)\s+(?:({YEAR})|(this|last|next|the\s+current|the\s+previous|the\s+same)\s+(?:fiscal\s+)?year|fiscal\s+({YEAR})))?)(?!\w)"
    rf"|(?<![\w-])(?:Q([1-4])|([1-4])Q)(?:\s*(?:of\s+)?({YEAR}|'\d\d)|(?:\s*|-)(FY|'|)(\d\d)(?!\d))?(?!\w)"
)


def p_quarter(m: re.Match[str], text: str) -> Cand | None:
    if m[1]:
        word = m[1].lower()
        if word in ("final", "last") and not (m[2] or m[3] or m[4]):
            return None  # "the last quarter" is relative: handled by the deictic parser
        q = ORDINALS[word]
        if m[2] or m[4]:
            y = int(m[2] or m[4])
            if m[4]:
                return cand(m, "DATE", "abs", value=f"FY{y}-Q{q}", gran="quarter")
            return cand(m, "DATE", "abs", value=f"{y}-Q{q}", gran="quarter")
        shift = {"this": 0, "last": -1, "next": 1, "the current": 0, "the previous": -1, "the same": 0}.get(
            " ".join((m[3] or "").lower().split()))
        return cand(m, "DATE", "quarter", comp={"q": q, "yshift": shift})
    q = int(m[5] or m[6])
    if m[7]:
        y = year_of(m[7])
        return cand(m, "DATE", "abs", value=f"{y}-Q{q}", gran="quarter")
    if m[9]:
        y = 2000 + int(m[9]) if int(m[9]) < 50 else 1900 + int(m[9])
        if m[8] == "FY":
            return cand(m, "DATE", "abs", value=f"FY{y}-Q{q}", gran="quarter")
        return cand(m, "DATE", "abs", value=f"{y}-Q{q}", gran="quarter")
    return cand(m, "DATE", "quarter", comp={"q": q, "yshift": None})


_YEAR_QUARTER = c(r"(?=[tT12])" rf"(?:(?i:the)\s+)?({YEAR})(?:['’]s)?\s+(?i:(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(quarter|half))(?!\w)")


def p_year_quarter(m: re.Match[str], text: str) -> Cand:
    n = ORDINALS[m[2].lower()]
    if m[3].lower() == "half":
        return cand(m, "DATE", "abs", value=f"{m[1]}-H{min(n, 2)}", gran="half")
    return cand(m, "DATE", "abs", value=f"{m[1]}-Q{n}", gran="quarter")


_THE_QUARTER = c(r"(?i:the\s+(?:(latest|most\s+recent|recent|comparable|same)\s+)?(?:(year-ago|year-earlier|year\s+ago|year\s+earlier)\s+)?(?:fiscal\s+)?(quarter|period))(?![\w-])")


def p_the_quarter(m: re.Match[str], text: str) -> Cand | None:
    """"the quarter", "the latest quarter", "the year-ago quarter": earnings-report quarters."""
    if m[3].lower() == "period" and not (m[1] or m[2]):
        return None  # "the period" alone is too vague
    nw = next_word_raw(text, m.end()).lower()
    if nw in ("of", "to", "before", "after", "when", "that", "which") and not m[2]:
        return None  # "the quarter of a century", "the period when ..."
    return cand(m, "DATE", "the_quarter", comp={"year_ago": bool(m[2])})


_HALF = c(r"(?=[tTfFsS12lLH])"
    r"(?i:(?:the\s+)?(first|second|1st|2nd|latter|last)[\s-]+half"
    rf"(?:\s+of\s+(?:({YEAR})|(this|last|next|the)\s+year))?)(?!\w)(?!\s+(?:of\s+)?(?:the\s+)?(?:game|match|season|century|decade|month|an?\b|[A-Z]))"
    rf"|(?<![\w-])H([12])\s*(?:of\s+)?({YEAR})(?!\w)"
)


#: Words of a match or a race near a bare "the second half": the half of a game, not of a year.
_GAME_WORDS = c(r"(?i:\b(?:goals?|scored|scoring|equali[sz]er|header|penalty|penalties|kick-?off|"
                r"half-?time|striker|goalkeeper|referee|final whistle|innings|wickets|"
                r"substitute[sd]?|free[ -]kick|corner kick|levell?ed)\b|\b\d+(?:st|nd|rd|th) minute\b)")


#: The prepositions before a bare "the first/second half" that make it a period ("for the first
#: half", "in the second half"); otherwise a half of something else ("The second half alone ...").
_HALF_PREPS = frozenset("in for during over through throughout by until till since from to into at of before after".split())
_WORD_BEFORE = c(r"(\w+)\W*\Z")


def p_half(m: re.Match[str], text: str) -> Cand | None:
    if m[5]:
        return cand(m, "DATE", "abs", value=f"{m[5]}-H{m[4]}", gran="half")
    h = 1 if m[1].lower() in ("first", "1st") else 2
    if m[2]:
        return cand(m, "DATE", "abs", value=f"{m[2]}-H{h}", gran="half")
    if not m[3] and _GAME_WORDS.search(text, max(0, m.start() - 200), min(len(text), m.end() + 200)):
        return None  # "levelled early in the second half": a half of the match
    if not m[3] and m[0][:3].lower() == "the" and (
            (w := _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())) is None or w[1].lower() not in _HALF_PREPS):
        return None  # "The second half alone justified the merger": a half of something told, no period of time
    shift = {"this": 0, "last": -1, "next": 1, "the": 0}.get((m[3] or "").lower())
    return cand(m, "DATE", "half", comp={"h": h, "yshift": shift})


_FISCAL = c(rf"(?i:(?:the\s+)?(?:(?:fiscal|financial)(?:\s+year)?|FY)\s*({YEAR}|'?\d\d)(?:\s*[/-]\s*(?:\d{{2}}|{YEAR}))?)(?!\w)"
            r"|(?i:(?:the\s+)?(this|current|last|next|previous|coming|same|latest)\s+(?:fiscal|financial)\s+year)(?!\w)")


def p_fiscal(m: re.Match[str], text: str) -> Cand | None:
    if m[1]:
        raw = m[1].lstrip("'")
        y = int(raw) if len(raw) == 4 else (2000 + int(raw) if int(raw) < 50 else 1900 + int(raw))
        return cand(m, "DATE", "abs", value=f"FY{y}", gran="year")
    shift = {"this": 0, "current": 0, "last": -1, "next": 1, "previous": -1, "coming": 1, "same": 0,
             "latest": 0}[m[2].lower()]
    return cand(m, "DATE", "fiscal", comp={"yshift": shift})


_SEASON = c(r"(?=[tTlLnNpPcCsSfFaAwW12])"
    rf"(?:(?i:(this|last|next|past|coming|the\s+past|this\s+past|the\s+coming|the\s+next|the\s+following|the\s+previous|the)\s+))?(?<!-)"
    rf"(?i:(spring|summer|fall|autumn|winter))(?:(?:\s+of)?\s+({YEAR}))?(?![\w-])"
    rf"|({YEAR})\s+(?i:(spring|summer|fall|autumn|winter))(?!\w)"
)


#: The word after "the fall" that makes it a decline, not the season ("the fall began before the deal").
_FALL_NOUN_NEXT = frozenset("""of in was is has had came to from began begins continues reflects reflected means meant
    will would could may might left wiped followed came comes took takes hit""".split())


def p_season(m: re.Match[str], text: str) -> Cand | None:
    if m[4]:
        return cand(m, "DATE", "abs", value=f"{m[4]}-{SEASONS[m[5].lower()]}", gran="season")
    word = m[2]
    det = " ".join((m[1] or "").lower().split())
    s = SEASONS[word.lower()]
    if m[3]:
        return cand(m, "DATE", "abs", value=f"{m[3]}-{s}", gran="season")
    if word[0].isupper() and m.start(2) > 0:
        pw = prev_word_raw(text, m.start(2) if not m[1] else m.start())
        if pw[:1].isupper() and pw.lower() not in DATE_CONTEXT and pw not in ("The",):
            return None  # "Arab Spring", "Prague Spring"
    nw = next_word_raw(text, m.end())
    if det == "the" or not det:
        pw = prev_word(text, m.start())
        if word.lower() == "fall" and det != "the" and pw not in ("in", "this", "last", "next", "since", "until", "by",
                                                                    "early", "late", "during", "mid"):
            return None
        if not det and pw not in DATE_CONTEXT:
            return None
        if nw.lower() in ("of", "season", "olympics", "games", "collection", "break", "camp", "school", "storm",
                          "storms", "wheat", "crops", "session", "festival", "palace", "solstice", "league", "time"):
            return None
        if det == "the" and word.lower() == "fall" and (nw.lower() in _FALL_NOUN_NEXT or nw[-2:] == "ed" and nw.islower()):
            return None  # a decline: "the fall in visitor numbers", "the fall began before the deal", "the fall wiped"
    which = {"this": "this", "last": "last", "next": "next", "past": "last", "coming": "next",
             "the past": "last", "this past": "last", "the coming": "next", "the next": "next",
             # (seventeenth session: "relegated the following spring", after "in 2019")
             "the following": "following", "the previous": "previous",
             "the": None, "": None}[det]
    return cand(m, "DATE", "season", comp={"s": s, "which": which})


HOLIDAYS: dict[str, tuple[int, int] | str] = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25), "boxing day": (12, 26),
    "new year's day": (1, 1), "new year’s day": (1, 1), "new year's eve": (12, 31), "new year’s eve": (12, 31),
    "new year's": (1, 1), "new year’s": (1, 1), "independence day": (7, 4), "halloween": (10, 31),
    "valentine's day": (2, 14), "valentine’s day": (2, 14), "thanksgiving day": "thanksgiving",
    "thanksgiving": "thanksgiving", "easter sunday": "easter", "easter monday": "easter+1", "easter": "easter",
    "good friday": "easter-2", "labor day": "labor", "memorial day": "memorial", "veterans day": (11, 11),
    "st. patrick's day": (3, 17), "bastille day": (7, 14), "guy fawkes night": (11, 5),
}
_HOLIDAY = c(r"(?=[A-Z])" r"(?<!\w)(Christmas Day|Christmas Eve|Christmas|Boxing Day|New Year['’]s (?:Day|Eve)|New Year['’]s(?= holiday)"
             r"|Independence Day|Halloween|Valentine['’]s Day|Thanksgiving Day|Thanksgiving|Easter Sunday|Easter Monday|Easter"
             r"|Good Friday|Labor Day|Memorial Day|Veterans Day|St\. Patrick['’]s Day|Bastille Day)"
             rf"(?:,?\s+({YEAR})(?![\d%]))?(?!\w)")


def p_holiday(m: re.Match[str], text: str) -> Cand | None:
    name = m[1].lower()
    nw = next_word_raw(text, m.end()).lower()
    if m[1] == "Easter" and nw in ("island", "rising", "egg", "eggs", "bunny"):
        return None
    if name in ("christmas", "thanksgiving", "easter") and nw in ("tree", "trees", "shopping", "sales", "party",
                                                                 "card", "cards", "market", "markets", "lights",
                                                                 "dinner", "season", "holiday", "holidays", "gift",
                                                                 "gifts", "carol", "carols", "message", "address"):
        return None
    return cand(m, "DATE", "holiday", comp={"h": HOLIDAYS[name], "y": int(m[2]) if m[2] else None})


# ---------------------------------------------------------------- parsers: times of day

_TIME12 = c(r"(?=[0-9aArRsSjJnNmM])" r"(?<![\w.:,$£€-])(?:(?i:around|about|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
            r"(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*(?i:(a\.m\.?|am\b|p\.m\.?|pm\b)|(o['’]clock))" + ZONE
            + r"|(?<![\w-])(?i:(noon|midday|midnight))(?!\w)")


def p_time12(m: re.Match[str], text: str) -> Cand | None:
    if m[5]:
        word = m[5].lower()
        if next_word_raw(text, m.end()) in ("Mass", "mass", "Oil", "oil", "sun", "blue", "feast") or m[5] == "Midnight" and next_word_raw(text, m.end())[:1].isupper():
            return None  # (twentieth session) a name's word: "Midnight Mass", "Midnight Express", "midnight oil"
        if word == "midnight":
            return cand(m, "TIME", "time", comp={"t": "24:00"})
        return cand(m, "TIME", "time", comp={"t": "12:00"})
    h, mi = int(m[1]), int(m[2] or 0)
    ap = (m[3] or "").lower()
    if ap.startswith("p") and h != 12:
        h += 12
    elif ap.startswith("a") and h == 12:
        h = 0
    if m[4] and not m[3]:
        pass
    mod = "APPROX" if m[0][:1].isalpha() and not m[0][:1].isdigit() and m[0].lower().startswith(("around", "about", "approx", "roughly")) else None
    c_ = cand(m, "TIME", "time", comp={"t": f"{h:02d}:{mi:02d}"}, mod=mod)
    # "a.m." at the end of a sentence: the final dot is both; keep it in the span
    return c_


_MILITARY = c(r"(?=[0-9])" r"(?<![\w.:,$£€/-])([01]\d|2[0-3])([0-5]\d)\s*(?:(?:GMT|UTC|Z)\b|hrs\b)")


def p_military(m: re.Match[str], text: str) -> Cand:
    return cand(m, "TIME", "time", comp={"t": f"{m[1]}:{m[2]}"})


_TIME24 = c(r"(?=[0-9])" r"(?<![\w.:,$£€/-])([01]?\d|2[0-3]):([0-5]\d)(?!:\d|\d|[.,]\d|\s*(?i:am|pm|a\.m|p\.m))(?:\s*(?:hrs|hours|hr|h)(?!\w))?" + ZONE)


def p_time24(m: re.Match[str], text: str) -> Cand | None:
    h, mi = int(m[1]), int(m[2])
    # a lone "1:30" with no zone, hrs or am/pm is ambiguous (ratio, score); needs a 2-digit hour
    if len(m[1]) == 1 and m.end() - m.start() <= 4:
        return None
    nw = next_word_raw(text, m.end()).lower()
    if nw in ("minutes", "mins", "min", "hours", "lead", "win", "victory", "defeat", "loss", "ratio"):
        return None
    return cand(m, "TIME", "time", comp={"t": f"{h:02d}:{mi:02d}"})


# ---------------------------------------------------------------- parsers: deictic and relative

_DEICTIC = c(r"(?=[tylo])" r"(?<![\w-])(?i:(the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|overnight|last\s+night))"
             rf"(?:\s+(?i:({POD})))?(?![\w-])")
_DEICTIC_SHIFT = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1, "overnight": 0,
                  "the day before yesterday": -2, "the day after tomorrow": 2}


def p_deictic(m: re.Match[str], text: str) -> Cand | None:
    w = " ".join(m[1].lower().split())
    if w == "overnight":
        return None
    if w == "today" and m.start() > 0 and text[m.start() - 1] in "'’":
        return None
    if w in ("today", "tomorrow") and next_word_raw(text, m.end()) in ("Show", "Programme"):
        return None
    pod = PARTS_OF_DAY[m[2].lower()] if m[2] else ("NI" if w in ("tonight", "last night") else None)
    typ = "TIME" if pod else "DATE"
    return cand(m, typ, "deictic", comp={"days": _DEICTIC_SHIFT[w], "pod": pod})


_REF_WORDS = c(r"(?<![\w-])(?i:(right\s+now|now|currently|at\s+present|presently|nowadays|at\s+the\s+moment|the\s+present|"
               r"recently|lately|in\s+recent\s+(?:days|weeks|months|years)|recent|the\s+past|previously|formerly|"
               r"the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|in\s+future|soon|shortly|"
               r"these\s+days|at\s+this\s+time|at\s+the\s+time|once))(?![\w-])")
_REF_VALUE = {"right now": "PRESENT_REF", "now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
              "presently": "PRESENT_REF", "nowadays": "PRESENT_REF", "at the moment": "PRESENT_REF",
              "the present": "PRESENT_REF", "these days": "PRESENT_REF", "at this time": "PRESENT_REF",
              "recently": "PAST_REF", "lately": "PAST_REF", "recent": "PAST_REF", "the past": "PAST_REF",
              "previously": "PAST_REF", "formerly": "PAST_REF", "the future": "FUTURE_REF",
              "the near future": "FUTURE_REF", "the distant future": "FUTURE_REF",
              "the foreseeable future": "FUTURE_REF", "in future": "FUTURE_REF", "at the time": "PAST_REF"}


def p_ref_words(m: re.Match[str], text: str) -> Cand | None:
    w = " ".join(m[1].lower().split())
    if w in ("soon", "shortly", "once", "previously", "formerly", "at the moment", "the foreseeable future"):
        return None  # rarely annotated as timexes in the TimeML development corpora (precision < 0.3)
    if w.startswith("in recent"):
        unit = w.split()[-1]
        c_ = cand(m, "DURATION", "abs", value=duration(None, unit))
        c_.start = m.start() + m[0].lower().index("recent")  # TimeML: the preposition stays outside
        return c_
    if w == "now":
        pw = prev_word(text, m.start())
        nw = next_word_raw(text, m.end()).lower()
        if pw in ("by", "until", "till", "from", "since") or nw in ("that", "defunct", "closed", "retired", "former",
                                                                  "deceased", "dead", "famous", "infamous"):
            pass
        if pw == "right":
            return None
    if w == "recent":
        nw = next_word_raw(text, m.end()).lower()
        if nw in ("years", "months", "weeks", "days", "decades", "history"):
            return None
    if w == "the present":
        nw = next_word_raw(text, m.end()).lower()
        if nw and nw not in ("day", "time", "and", "to", "."):
            return None  # "the present report"
    if w == "the past":
        nw = next_word_raw(text, m.end())
        if nw.lower() in UNITS or nw.rstrip("s").lower() in UNITS or nw.lower() in (
                "few", "several", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "decade", "year",
                "month", "week", "couple", "many", "twenty", "thirty", "fifty", "hundred", "century", "days", "years") \
                or nw[:1].isdigit():
            return None  # "the past two years" is a duration, another parser
    return cand(m, "DATE", "abs", 1, value=_REF_VALUE[w], gran=None)


_REL_UNIT = c(
    r"(?=[tlnpcfsTLNPCFS])(?<![\w-])(?i:(?:the\s+)?(this\s+past|this\s+coming|this|last|next|past|coming|previous|current|following|latest|same|that)\s+)"
    r"(?i:(day|week|month|year|quarter|weekend|decade|century|morning|afternoon|evening|night|season))(?![\w-])"
)


#: " of the school holidays" after "the last week": the part of a named span (not "of the year",
#: "of March", "of 2025", which other rules read).
_PART_OF = c(r"\s+of\s+(?:the|its|their|his|her|our)\s+(?!(?:year|month|week|season|quarter|decade|century|campaign|war)\b)[a-z]")
#: A year written before "BC": no year of the calendar here ("about 1900 BC").
_BC_AFTER = c(r"\s*(?:BC|BCE|B\.C\.|B\.C\.E\.)(?!\w)")


def p_rel_unit(m: re.Match[str], text: str) -> Cand | None:
    which = " ".join(m[1].lower().split())
    which = {"this past": "last", "this coming": "next"}.get(which, which)
    unit = m[2].lower()
    has_the = m[0].lower().startswith("the")
    if unit == "season":
        return None
    if unit == "day" and not (which in ("previous", "following", "same") or which == "next" and has_the):
        return None  # "this day", "last day": not a deictic day
    pw = prev_word(text, m.start())
    if has_the and which in ("past", "last", "next", "coming", "following", "previous") and (
            unit in ("decade", "century") or pw in ("over", "throughout", "within")) \
            and unit not in ("morning", "afternoon", "evening", "night", "weekend"):
        return cand(m, "DURATION", "abs", value=duration(1, unit))
    if which in ("following", "previous", "same", "that") or (which == "next" and has_the):
        if unit in ("morning", "afternoon", "evening", "night"):
            n = {"following": 1, "next": 1, "previous": -1, "same": 0, "that": 0}[which]
            return cand(m, "TIME", "refrel", comp={"unit": "day", "n": n, "pod": PARTS_OF_DAY[unit]},
                        relation=("after" if n > 0 else "before") if n else None, offset=("P1D" if n else None))
        n = {"following": 1, "next": 1, "previous": -1, "same": 0, "that": 0}[which]
        if which == "previous" and not has_the:
            n = -1
        if unit == "weekend":
            return None
        off = duration(abs(n), unit) if n else None
        return cand(m, "DATE", "refrel", comp={"unit": unit, "n": n, "gran": UNIT_GRAN.get(unit, "year")},
                    relation=("after" if n > 0 else "before") if n else None, offset=off)
    if unit in ("morning", "afternoon", "evening", "night"):
        if which == "this":
            return cand(m, "TIME", "deictic", comp={"days": 0, "pod": PARTS_OF_DAY[unit]})
        if which in ("last",) and unit == "night":
            return cand(m, "TIME", "deictic", comp={"days": -1, "pod": "NI"})
        return None
    if which == "latest" and unit != "quarter":
        return None
    if has_the and which in ("last", "first") and _PART_OF.match(text, m.end()):
        return None  # "the last week of the school holidays": a part of something named, no deictic period
    if which in ("past", "last") and has_the and unit in ("decade", "century"):
        return cand(m, "DURATION", "abs", value=duration(1, unit))
    n = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "latest": -1}[which]
    if which == "coming" and unit not in ("week", "weekend", "month", "year"):
        return None
    if unit == "year" and which == "past" and has_the:
        return cand(m, "DURATION", "abs", value="P1Y")
    return cand(m, "DATE", "relunit", comp={"unit": unit, "n": n})


NAMED_DAY_PREFIX = frozenset("Black Cyber Super Bloody Ash Holy Palm Maundy Shrove Giving Blue Fat Clean Easter Whit".split())
_THE_WEEKEND = c(r"[tT](?<![\w-][tT])(?i:he\s+weekend)(?![\w-])")
_WEEKEND_BEFORE = frozenset("over during at on for by until through throughout of in".split())


def p_the_weekend(m: re.Match[str], text: str) -> Cand | None:
    if prev_word(text, m.start()) not in _WEEKEND_BEFORE:
        return None
    return cand(m, "DATE", "weekend", comp={})


_WEEKDAY = c(rf"(?<![\w-])(?:(?i:(last|next|this|this\s+past|this\s+coming|coming|past|the\s+following|the\s+previous|the\s+next)\s+))?({WEEKDAY})(s?)"
             rf"(?:(?:,?\s+|\s*-\s*)(?i:({POD})))?(?:\s+(?i:(?:of\s+)?(next|last|this)\s+week))?(?![\w-])")


def p_weekday(m: re.Match[str], text: str) -> Cand | None:
    wd = WEEKDAYS[m[2].lower()]
    which_raw = " ".join((m[1] or "").lower().split())
    pod = PARTS_OF_DAY[m[4].lower()] if m[4] else None
    if m[3]:  # "Tuesdays": a set
        if which_raw:
            return None
        return cand(m, "SET", "abs", value=f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""))
    if which_raw in ("the following", "the next", "the previous"):
        n = -1 if which_raw == "the previous" else 1
        return cand(m, "TIME" if pod else "DATE", "refwd", comp={"wd": wd, "n": n, "pod": pod},
                    relation="before" if n < 0 else "after")
    if not which_raw and prev_word_raw(text, m.start()) in NAMED_DAY_PREFIX:
        # "Black Monday", "Super Tuesday": a named day, not the nearest weekday
        c_ = cand(m, "DATE", "abs", value="XXXX-XX-XX", gran="day")
        c_.start = text.rfind(prev_word_raw(text, m.start()), 0, m.start())
        return c_
    which = {"last": "last", "past": "last", "this past": "last", "next": "next", "this coming": "future",
             "coming": "future", "this": "this", "": None}[which_raw]
    week = m[5].lower() if m[5] else None
    return cand(m, "TIME" if pod else "DATE", "weekday", comp={"wd": wd, "which": which, "pod": pod, "week": week})


# ---------------------------------------------------------------- parsers: durations, offsets, sets

_AGO = c(rf"(?<![\w-])(?:(?i:{MOD_PREFIX})\s+)?(?i:({NUM})\s+(?:more\s+)?({UNIT})\s+(?:or\s+so\s+)?(ago|earlier|before|later|after|afterwards?|hence|from\s+now|on))(?![\w-])")


def p_ago(m: re.Match[str], text: str) -> Cand | None:
    n = number(m[1])
    unit = unit_of(m[2])
    word = m[3].lower()
    if unit in ("second", "minute", "hour") and word in ("ago", "later", "earlier"):
        if n is None:
            return None
    mod = None
    head = m[0][: m.start(1) - m.start()].strip().lower()
    if head:
        mod = APPROX_MODS.get(" ".join(head.split()))
    off = duration(n, m[2])
    if word in ("ago", "hence") or word == "from now":
        sign = -1 if word == "ago" else 1
        # ("a fortnight ago": two weeks, the unit word's multiplier)
        mult = UNITS.get(m[2].lower().rstrip("s"), ("", "", 1))[2] if unit == "week" else 1
        return cand(m, "DATE", "ago", comp={"unit": unit, "n": None if n is None else sign * n * mult}, mod=mod)
    nw = next_word_raw(text, m.end())
    if word in ("earlier", "later") and nw.lower() == "than":
        # "a month earlier than usual": a comparison, not a date; keep the amount
        c_ = cand(m, "DURATION", "abs", value=off, mod=mod)
        c_.end = m.end(2)
        return c_
    if word in ("before", "after"):
        # "a day after X announced": the referent is the event that follows; the value is unknown
        if nw.lower() in ("that", "this"):
            end = m.end() + len(text[m.end():]) - len(text[m.end():].lstrip()) + len(nw)
            c_ = cand(m, "DATE", "refrel", comp={"unit": unit, "n": (n if n is not None else None) if word == "after" else (-(n) if n is not None else None), "gran": UNIT_GRAN.get(unit, "day")},
                      relation=word, offset=off, mod=mod)
            c_.end = end
            return c_
        return cand(m, "DURATION", "abs", value=off, relation=word, offset=off, mod=mod)
    if word == "on":
        after = text[m.end():m.end() + 2]
        if after[:1] not in ("", ",", ".", ";", ")", "'", '"', "”"):
            c_ = cand(m, "DURATION", "abs", value=off, mod=mod)
            c_.end = m.end(2)
            return c_
        word = "later"
    sign = 1 if word in ("later", "afterward", "afterwards") else -1
    rel = "after" if sign > 0 else "before"
    return cand(m, "DATE", "refrel",
                comp={"unit": unit, "n": None if n is None else sign * n, "gran": UNIT_GRAN.get(unit, "day")},
                relation=rel, offset=off, mod=mod)


_IN_N = c(r"(?=[iw])" rf"(?<![\w-])(?i:(in|within)\s+({NUM})\s+({UNIT})(?:['’]?\s+time)?)(?![\w-])")


def p_in_n(m: re.Match[str], text: str) -> Cand | None:
    n = number(m[2])
    if m[1].lower() == "within" or n is None:
        return None
    unit = unit_of(m[3])
    if unit in ("second", "minute", "hour"):
        return None
    # TimeML annotates the amount ("five years") as a DURATION; in a future clause it also
    # places the event: relation "after", offset the amount, anchor the DCT (set when resolving)
    c_ = cand(m, "DURATION", "in_n", comp={"unit": unit, "n": n, "dur": duration(n, m[3])})
    c_.start = m.start(2)
    c_.value = duration(n, m[3])
    return c_


_DURATION = c(
    rf"(?<![\w-])(?:(?i:{MOD_PREFIX})\s+)?(?i:(?:the\s+(?:past|last|next|first|final|previous|coming|following|remaining|same|entire|full|whole)\s+)?)"
    rf"(?i:({NUM})\s+(?:(?:more|additional|further|consecutive|straight|long|full|whole|successive|extra|short|bloody|hard|difficult)\s+)?({UNIT})(?:['’])?)"
    rf"(?!\w|-old|\s+old\b|\s+of\s+age)"
)


def p_duration(m: re.Match[str], text: str) -> Cand | None:
    n = number(m[1])
    unit_word = m[2]
    if m[1].lower() in ("a", "an", "the") and unit_word.lower() in ("second", "quarter", "minute"):
        return None  # "a second time", "a quarter of the" are not durations
    if m[1].lower() == "some" and unit_word.lower().endswith("s") is False:
        return None  # "some day"
    if unit_word.lower() in ("night", "nights") and n is None:
        return None
    if unit_word.lower().rstrip("s") == "weekend":
        return None
    if m[1].lower() in ("a", "an") and unit_word.lower() in ("year", "month", "week", "day"):
        # "$5 million a year", "twice a week": a rate, i.e. a set
        before = text[max(0, m.start() - 25):m.start()]
        if re.search(r"(\d|%|million|billion|trillion|percent|cents?|dollars?|times|once|twice|thrice|tons?|barrels?|hours|meals)\W*$", before, _I):
            return cand(m, "SET", "abs", value=duration(1, unit_word))
    if m[1].lower() in ("some",) and unit_word.lower().endswith("s"):
        n = None
    head = m[0][: m.start(1) - m.start()].strip().lower()
    mod = None
    start = m.start()
    if re.match(r"(?:over|under)\s+the\b", head):
        # "over the past two years": "over" is a preposition here, not "more than"
        cut = m[0].lower().index("the")
        start, head = m.start() + cut, head[head.index("the"):]
    if head and not head.startswith("the"):
        mod = APPROX_MODS.get(" ".join(head.split()))
        if mod is None:
            # "about the past two years": mod word plus "the ..."
            first = head.split(" the ")[0]
            mod = APPROX_MODS.get(" ".join(first.split()))
    if m[1].lower() in ("a couple of", "couple of", "a couple"):
        mod = mod or "APPROX"
    c_ = cand(m, "DURATION", "abs", value=duration(n, unit_word), mod=mod)
    c_.start = start
    return c_


_DURATION_ADJ = c(rf"(?<![\w-])(?i:({NUM}|\d+)[\s-]*-\s*(second|minute|hour|day|night|week|month|year|decade|century)(?:s)?)(?![\w-]|-old|\s+old\b)"
                  r"|(?<![\w-])(?i:(year|decade|month|week|day|decades|years|centuries)-long)(?!\w)")


def p_duration_adj(m: re.Match[str], text: str) -> Cand | None:
    if m[3]:
        n = 1 if not m[3].lower().endswith("s") else None
        return cand(m, "DURATION", "abs", value=duration(n, m[3]))
    n = number(m[1])
    if n is None or m[1].lower() in ("a", "an"):
        return None
    return cand(m, "DURATION", "abs", value=duration(n, m[2]))


_BARE_UNITS = c(r"(?<![\w-])(?i:(?:for|over|in|within|take|takes|took|lasted|last|spent|spend|after)\s+(?:the\s+)?(?:past\s+|last\s+|coming\s+|next\s+)?)"
                r"(?i:(years|months|weeks|decades|days|hours|minutes|centuries))(?![\w-])")


def p_bare_units(m: re.Match[str], text: str) -> Cand | None:
    nw = next_word_raw(text, m.end()).lower()
    if nw in ("of", "old", "ago", "later", "earlier"):
        return None
    head = m[0][: m.start(1) - m.start()].lower().split()
    start = m.start(1)
    if len(head) >= 2 and head[-1] in ("past", "last", "coming", "next"):
        idx = m[0].lower().rfind("the ", 0, m.start(1) - m.start())
        start = m.start() + idx if idx >= 0 else m.start(1) - len(head[-1]) - 1
    c_ = cand(m, "DURATION", "abs", 1, value=duration(None, m[1]))
    c_.start = start
    return c_


_SET = c(r"(?<![\w-])(?i:(?:(every|each)\s+((?:other|second|third|fourth)\s+)?(day|week|month|year|morning|afternoon|evening|night|weekend|quarter|summer|winter|spring|autumn|fall|"
         rf"(?:{_WD_FULL})(?:\s+(?=[maen])(?:morning|afternoon|evening|night)s?(?![\w-]))?|{_MONTH_FULL}|hour|decade))"
         r"|(daily|weekly|monthly|annually|yearly|nightly|hourly|quarterly|biweekly|fortnightly)"
         r"|(?:once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|per|every|each)\s+(day|week|month|year))(?![\w-])")


def p_set(m: re.Match[str], text: str) -> Cand | None:
    if m[4]:
        adv = m[4].lower()
        if adv == "quarterly" and next_word_raw(text, m.end())[:1].islower():
            return None  # "quarterly revenue": an adjective, rarely annotated (1 in 11 on the dev corpora)
        val = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
               "nightly": "P1D", "hourly": "PT1H", "quarterly": "P3M", "biweekly": "P2W", "fortnightly": "P2W"}[adv]
        return cand(m, "SET", "abs", value=val)
    unit = (m[3] or m[5]).lower()
    every = {"other": 2, "second": 2, "third": 3, "fourth": 4}[m[2].split()[0].lower()] if m[2] else 1
    if unit.split()[0] in WEEKDAYS:
        # "every Tuesday evening": the weekday's set, at that part of the day
        wd, *pod = unit.split()
        part = f"T{PARTS_OF_DAY[pod[0].rstrip('s')]}" if pod else ""
        return cand(m, "SET", "abs", value=f"XXXX-WXX-{WEEKDAYS[wd] + 1}{part}")
    if unit in MONTHS:
        return cand(m, "SET", "abs", value=f"XXXX-{MONTHS[unit]:02d}")
    if unit in SEASONS:
        return cand(m, "SET", "abs", value=f"XXXX-{SEASONS[unit]}")
    if unit in PARTS_OF_DAY:
        return cand(m, "SET", "abs", value=f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}")
    if unit == "weekend":
        return cand(m, "SET", "abs", value="XXXX-WXX-WE")
    return cand(m, "SET", "abs", value=duration(every, unit))


_EDGE = c(r"(?=[tvebsmcyqTVEBSMCYQ])" r"(?<![\w-])(?i:(?:the\s+)?(?:very\s+)?(end|beginning|start|middle|close|turn)\s+of\s+(?:the\s+)?(?:(this|last|next|that|the|current|previous)\s+)?"
          r"(week|month|year|decade|century|quarter))(?![\w-])|(?<![\w-])(?i:(year|month|quarter)(?:-|\s+|['’]s\s+)end)(?!\w)")


def p_edge(m: re.Match[str], text: str) -> Cand | None:
    if m[4]:
        unit = m[4].lower()
        return cand(m, "DATE", "relunit", comp={"unit": unit, "n": 0}, mod="END")
    mod = {"end": "END", "beginning": "START", "start": "START", "middle": "MID", "close": "END", "turn": "START"}[m[1].lower()]
    which = (m[2] or "the").lower()
    unit = m[3].lower()
    if which in ("that", "the"):
        if which == "the" and unit in ("year", "month", "week"):
            return cand(m, "DATE", "relunit", comp={"unit": unit, "n": 0, "the": True}, mod=mod)
        return cand(m, "DATE", "refrel", comp={"unit": unit, "n": 0, "gran": UNIT_GRAN.get(unit, "year")}, mod=mod)
    n = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1}[which]
    return cand(m, "DATE", "relunit", comp={"unit": unit, "n": n}, mod=mod)


_THE_DAY_BEFORE = frozenset("""on during for end ended ending ends finish finished finishing close closed closing
    start started starting begin began opened open""".split())
_REF_SAME = c(r"(?=[eltELT])" r"(?<![\w-])(?i:(?:(earlier|later)\s+(?:in\s+)?)?(that|the\s+same|the\s+entire|the\s+whole|the\s+full|the)\s+(day|week|month|year|morning|afternoon|evening|night))(?![\w-])")


def p_ref_same(m: re.Match[str], text: str) -> Cand | None:
    det = " ".join(m[2].lower().split())
    unit = m[3].lower()
    ea = (m[1] or "").lower()
    if det in ("the entire", "the whole", "the full"):
        if unit != "year":
            return None
        return cand(m, "DATE", "refrel", comp={"unit": "year", "n": 0, "gran": "year", "near": True})
    if det == "the":
        if not ea:
            pw = prev_word(text, m.start())
            if unit != "day" or pw not in _THE_DAY_BEFORE or next_word_raw(text, m.end()).lower() in (
                    "before", "after", "of", "when", "that", "which", "we", "i", "he", "she", "they", "they're", "in",
                    "to", "off", "job", "will", "is", "was"):
                return None
    rel = {"earlier": "before", "later": "after"}.get(ea)
    if unit in ("morning", "afternoon", "evening", "night"):
        return cand(m, "TIME", "refrel", comp={"unit": "day", "n": 0, "pod": PARTS_OF_DAY[unit]}, relation=rel)
    return cand(m, "DATE", "refrel", comp={"unit": unit, "n": 0, "gran": UNIT_GRAN.get(unit, "year"),
                                           "near": det == "the"},
                relation=rel)


_WEEK_OF_MONTH = c(r"[tT]" rf"(?i:he\s+(first|second|third|fourth|last|final)\s+week\s+of\s+)({MONTH})(?:,?\s+({YEAR}))?(?!\w)")


#: "the second Sunday of September", "the first Monday in March 2026", "the last Friday of the month".
_NTH_WEEKDAY = c(r"(?<![\w-])[tT]he\s+(?i:(first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th))\s+"
                 rf"({WEEKDAY})\s+(?:of|in)\s+(?:({MONTH})(?:,?\s+({YEAR}))?"
                 r"|(?i:(this|last|next|that|the|the same|the following|the previous)\s+month))(?![\w-])")
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}


def p_nth_weekday(m: re.Match[str], text: str) -> Cand:
    """A weekday's place in a month: a day (resolved in ``_resolve``, kind ``nth_weekday``)."""
    return cand(m, "DATE", "nth_weekday", comp={
        "n": _NTH.get(m[1].lower(), -1), "wd": _wd(m[2]), "m": month_num(m[3]) if m[3] else None,
        "y": int(m[4]) if m[4] else None, "rel": m[5].lower() if m[5] else None})


def p_week_of_month(m: re.Match[str], text: str) -> Cand:
    n = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m[1].lower(), -1)
    return cand(m, "DATE", "week_of_month", comp={"m": month_num(m[2]), "n": n, "y": int(m[3]) if m[3] else None})


_SAME_PERIOD = c(r"[tT](?<![\w-][tT])" r"(?i:he\s+same\s+(day|week|month|quarter|period|time|season)\s+(?:of\s+|in\s+)?"
                 r"(?:(?:the\s+)?(?:last|previous|prior)\s+year|(?:a|one)\s+year\s+(?:ago|earlier|before|previously)))(?![\w-])")


def p_same_period(m: re.Match[str], text: str) -> Cand:
    unit = m[1].lower()
    gran = {"day": "day", "week": "week", "month": "month", "quarter": "quarter"}.get(unit, "ref")
    return cand(m, "DATE", "refrel", comp={"unit": "year", "n": -1, "gran": gran}, relation="before", offset="P1Y")


_DAY_BEFORE_AFTER = c(r"[tT](?<![\w-][tT])" r"(?i:he\s+(day|night|week|month|year)\s+(before|after|prior|earlier|later|previous))(?![\w-])")


def p_day_before_after(m: re.Match[str], text: str) -> Cand | None:
    unit = m[1].lower()
    nw = next_word_raw(text, m.end()).lower()
    word = m[2].lower()
    n = 1 if word in ("after", "later") else -1
    if word in ("before", "after") and nw in ("yesterday", "tomorrow"):
        return None
    after = text[m.end():m.end() + 2].strip()[:1]
    if word in ("before", "after") and after and after not in ",.;:)'\"”":
        # "the day before Roth was pulled over": the referent is the clause that follows;
        # TimeML marks "the day" and its value is unknown until the events stage resolves it
        c_ = cand(m, "DATE", "refyear", comp={"pod": "NI" if unit == "night" else None}, relation=word,
                  offset=duration(1, unit))
        c_.end = m.start(2) - 1
        if unit == "night":
            c_.type = "TIME"
        return c_
    return cand(m, "TIME" if unit == "night" else "DATE", "refrel",
                comp={"unit": "day" if unit == "night" else unit, "n": n, "gran": UNIT_GRAN.get(unit, "day"),
                      "pod": "NI" if unit == "night" else None},
                relation="after" if n > 0 else "before", offset=duration(1, unit))



# ---------------------------------------------------------------- parsers: a day of the month alone

#: "on the 22nd", "by the 14th", "Friday the 13th", "the 28th of that month": an ordinal day whose
#: month comes from the context (resolved by ``_resolve_mday`` in the engine). Digits with their
#: suffix only ("the twenty-second", "the first" are mostly other things: not tagged).
_MDAY = c(rf"(?:(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?(?:(?P<the>[tT]he)\s+)?(?<![\w.,/$£€-])(?P<d>{DAY})(?P<suf>st|nd|rd|th)(?!\w)"
          r"(?:\s+of\s+(?P<rel>this|that|last|next|the\s+same|the|the\s+previous|the\s+following)\s+month(?!\w))?")
#: Words right before "the Nth" that make it date something ("on the 22nd", "by the 14th").
MDAY_BEFORE = frozenset("""on by until till from since before after through starting beginning ending between for
    around""".split())
#: Words that may follow a day of the month (closed-class words and a few verbs): anything else
#: is most likely the noun the ordinal counts ("the 22nd amendment", "the 5th floor").
MDAY_AFTER = frozenset("""and or but nor to through thru until till at in on near when while as with for from after
    before by during around about was were is are will would could should might may must had has have did does do
    the a an his her their its our my your this that these those he she it they we you there i so then again
    already also only just saw said says began begins started starts ended ends came went took met comes""".split())
#: Words of ``PAST_WORDS`` and -ed words that are no verb after a day ("the 2nd last day", "the 3rd ranked team").
_MDAY_NOT_VERB = frozenset(("last", "earlier", "ago", "previously", "been", "ranked", "seeded", "placed", "rated",
                            "listed", "numbered", "floored"))
_MDAY_NEXT_WORD = compile_regex(r"[ \t]*(?:$|[,.;:!?()\"'”’—\n]|([A-Za-z]+))")
#: The next piece of a range after a day ("the 3rd to the 5th", "the 13th to the 19th of October").
_MDAY_RANGE_NEXT = compile_regex(rf"\s*(?:,\s*(?:and\s+|or\s+)?|-|–|and|or|to|through|thru|until|till)\s*(?:the\s+)?({DAY})(st|nd|rd|th)?(?!\w)"
                                 rf"(?:(?:\s+of)?\s+({MONTH})(?!\w))?")
#: The first piece of a range before a day ("the 3rd to ", "the 22nd and ", "June 1st to ").
_MDAY_RANGE_PREV = compile_regex(rf"(?<![\w-])(?:(?:[tT]he\s+)?{DAY}(?:st|nd|rd|th)|{MONTH}\s+{DAY}(?:st|nd|rd|th)?)\s*(?:,\s*(?:and\s+|or\s+)?|-|–|and|or|to|through|thru|until|till)\s*(?:the\s+)?$")
_MDAY_SENTENCE_START = compile_regex(r"(?:^|[.!?\n][\"'”’)]*\s+|\n\s*|[\"“‘]\s*)$")


def _mday_tail(text: str, end: int, depth: int = 0) -> tuple[bool, int | None]:
    """Whether what follows a day of the month leaves it a date (no noun after it), and the month
    a range's other end names ("the 13th to the 19th of October" -> 10)."""
    r = _MDAY_RANGE_NEXT.match(text, end)
    if r and item_break(text, end, r.end()):
        r = None  # the next list item's day, no range's other end
    if r and depth < 3:
        if r[3]:
            return True, month_num(r[3])
        if r[2]:
            return _mday_tail(text, r.end(), depth + 1)  # "the 5th and 6th floors": the noun decides
    w = _MDAY_NEXT_WORD.match(text, end)
    if w is None:
        return False, None  # a digit, a hyphen ("the 22nd-largest")...
    if w[1] is None:
        return True, None  # punctuation or the end
    word = w[1]
    if word == "I":
        return True, None
    if not word[0].islower():
        return False, None  # "the 1st Battalion", "the 22nd Amendment"
    # a closed-class word, or a verb in the past ("the ceremony on the 28th drew crowds")
    return (word in MDAY_AFTER or word in PAST_WORDS and word not in _MDAY_NOT_VERB
            or len(word) > 4 and word.endswith("ed") and word not in NOT_PAST_ED and word not in _MDAY_NOT_VERB), None


def p_mday(m: re.Match[str], text: str) -> Cand | None:
    d = int(m["d"])
    if m["suf"].lower() != ordinal_suffix(d):
        return None  # "the 2th": a typo or not an ordinal
    rel = " ".join(m["rel"].split()) if m["rel"] else None
    ok, month = _mday_tail(text, m.end())
    if not ok:
        return None  # "the 22nd amendment", "the 14th century", "the 1st Battalion"
    start = m.start("the") if m["the"] else m.start("d")
    prev = _MDAY_RANGE_PREV.search(text, max(0, start - 30), start)
    in_range = prev is not None and not item_break(text, prev.start(), start)
    if not m["wd"] and not in_range:
        if not m["the"]:
            return None  # "finished 2nd", "his 3rd goal"
        pr = prev_word_raw(text, start)
        pw = pr.lower()
        if pw in MDAY_BEFORE:
            pass
        elif pw == "of" and prev_word(text, text.rfind(pr, 0, start)) in ("morning", "afternoon", "evening", "night", "as"):
            pass  # "the night of the 5th", "as of the 1st"
        elif m["the"] == "The" and _MDAY_SENTENCE_START.search(text, max(0, start - 4), start) \
                and text[m.end():m.end() + 1] in (",", "."):
            pass  # "The 22nd, I believe."
        else:
            return None
    comp = {"d": d, "wd": _wd(m["wd"]), "rel": rel, "range": in_range}
    if month is not None and not rel:
        # the first piece of a range whose other end names the month: a plain date
        return cand(m, "DATE", "date", comp={"m": month, "d": d, "y": None, "wd": comp["wd"]})
    return cand(m, "DATE", "mday", comp=comp)


# ---------------------------------------------------------------- trigger words (the prefilter)

#: Cheap words a parser's matches must contain. One scan of the text finds them all; each
#: parser then runs only on windows around its own triggers (speed: most of an article
#: has no month, unit or deictic word nearby).
def _cases(words: str) -> str:
    """Alternate lower, Capitalised and UPPER forms of "|"-separated words.

    Explicit case variants keep a literal alternation, which ``re`` scans an order of
    magnitude faster than the same words under ``(?i:...)``.
    """
    out = []
    for w in words.split("|"):
        out.extend(dict.fromkeys((w, w[:1].upper() + w[1:], w.upper())))
    return "|".join(out)


TRIGGERS: dict[str, str] = {
    "month": rf"{_MONTH_FULL}|{_MONTH_FULL.upper()}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec",
    "weekday": _cases("monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays"
                      "|fridays|saturdays|sundays") + "|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun",
    "unit": _cases("minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|seconds"
                   "|minutes|hours|days|nights|weeks|weekends|fortnights|months|quarters|years|decades|centuries"),
    "pod": _cases("morning|afternoon|evening|night|tonight|mornings|evenings|nights"),
    "deictic": _cases("yesterday|today|tomorrow|tonight|last night"),
    "ref": _cases("now|current|currently|present|presently|moment|recent|recently|lately|past|previous|previously|formerly"
                  "|future|soon|shortly|these days|at the time|nowadays"),
    "season": _cases("spring|summer|fall|autumn|winter"),
    "holiday": "Christmas|Boxing|New Year|Independence|Halloween|Valentine|Thanksgiving|Easter|Good Friday|Labor|Memorial|Veterans|St. Patrick|Bastille",
    "fiscal": _cases("fiscal|financial") + "|FY",
    "quarter": _cases("quarter|quarters|period") + "|Q1|Q2|Q3|Q4|1Q|2Q|3Q|4Q",
    "half": _cases("half") + "|H1|H2",
    "decade": "0s|0's|0’s",
    "decade_word": _cases("twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"),
    "century": _cases("century|centuries"),
    "set": _cases("every|each|daily|weekly|monthly|annually|yearly|nightly|hourly|quarterly|biweekly|fortnightly|once|twice|times"),
    "ampm": _cases("a.m|p.m|am|pm|o'clock|o’clock|noon|midday|midnight"),
    "colon": ":",
    "numdate": "/|-|.",
    "isoweek": "W",
    "isodate": "-",
    "same": _cases("same"),
    "edge": _cases("end|beginning of|start of|middle of|close of|turn of"),
    "year4": "1|2",
    "military": "UTC|GMT|hrs|Z",
    "hyphen-unit": "-",
    "offset_word": _cases("ago|earlier|later|before|after|afterwards|afterward|hence|from now|prior|previous"),
    "unit_plural": _cases("seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries"),
    "apos": "'|’",
    # the days of the month as ordinals ("22nd"): words of the trie (a digit class searched on its
    # own, a shape, cost three times as much: ~5 ns a character)
    "ordday": "|".join(f"{d}{ordinal_suffix(d)}" for d in range(1, 32)),
}
#: Trigger classes found by their own small pattern (digits and punctuation shapes).
SHAPE_TRIGGERS: dict[str, tuple[re.Pattern[str], ...]] = {
    # each pattern starts with a literal character: ``re`` then skips ahead with a fast search
    "numdate": (compile_regex(r"/[0-9]"), compile_regex(r"\.[0-9][0-9]?\.[0-9]"), compile_regex(r"-[0-9][0-9]?-[0-9]")),
    "isodate": (compile_regex(r"-[0-9][0-9]-"),),
    "year4": (compile_regex(r"1[0-9]{3}"), compile_regex(r"2[0-9]{3}")),
    "colon": (compile_regex(r":[0-5][0-9]"),),
    "isoweek": (compile_regex(r"W[0-5][0-9]"), compile_regex(r"eek [0-9]"), compile_regex(r"EEK [0-9]")),
    "decade": (compile_regex(r"0s\b|0['’]s\b"),),
    "apos": (compile_regex(r"'[0-9]"), compile_regex(r"’[0-9]")),
    "military": (compile_regex(r"UTC"), compile_regex(r"GMT"), compile_regex(r"hrs")),
    "hyphen-unit": (compile_regex(r"-(?:[Ss]econd|[Mm]inute|[Hh]our|[Dd]ay|[Nn]ight|[Ww]eek|[Mm]onth|[Yy]ear|[Dd]ecade|[Cc]entur"
                               r"|SECOND|MINUTE|HOUR|DAY|NIGHT|WEEK|MONTH|YEAR|DECADE|CENTUR)|-long"),),
}

#: The literal character each shape pattern starts with: a pattern whose first character is
#: not in the text cannot match, and ``ch in text`` is far cheaper than a ``finditer`` call.
#: (Only the first: ``"UTC" in text`` costs as much as the pattern's own scan, which finds its
#: first character as fast as ``in`` does, while ``"U" in text`` is several times faster.)
SHAPE_LEADS: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {}
for _cls, _rxs in SHAPE_TRIGGERS.items():
    _leads = []
    for _rx in _rxs:
        _src = _rx.pattern
        _lead = _src[1] if _src[0] == "\\" else _src[0]
        if _lead in "[(.?*+{|^$\\" and _src[0] != "\\":
            raise ValueError(f"shape pattern {_src!r} must start with a literal character")
        _leads.append((_lead, _rx))
    SHAPE_LEADS[_cls] = tuple(_leads)


#: English words' first letters, most frequent first (news text): the order of the trie's first branch.
_FIRST_LETTERS = "tasoicwbfmphrdenlgujkvyqzx"


def _trie(words: list[str]) -> str:
    """Compile words into one regex shaped as a trie (one scan; far faster than a flat alternation).

    ``re`` tries a branch's alternatives in turn; the branches of a trie start with different
    characters, so their order changes nothing but the time: the first branch (tried at every
    word of the text) lists the common first letters first (~5% of the scan).
    """
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def first(item: tuple[str, dict]) -> tuple[int, str]:
        return (_FIRST_LETTERS.find(item[0]) % 64, item[0])  # (letters by frequency, then the rest)

    def build(node: dict[str, dict], top: bool = False) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items(), key=first if top else None) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + "|".join(alts) + ")?" if len(alts) > 1 or alts[0] else ""
        return body

    return build(root, top=True)


#: Word triggers: every word of every word class, as one trie scan; a hit's classes by its word.
WORD_CLASSES: dict[str, frozenset[str]] = {}
for _cls, _alts in TRIGGERS.items():
    if _cls in SHAPE_TRIGGERS:
        continue
    for _w in _alts.split("|"):
        WORD_CLASSES[_w] = WORD_CLASSES.get(_w, frozenset()) | {_cls}
#: The same words lower-cased, scanned on the lower-cased text: a third of the trie, a faster scan.
#: (Month triggers then also fire on "may" and "march"; the month patterns themselves
#: still need the capital, so this only costs a few extra windows.)
WORD_CLASSES_LOWER: dict[str, frozenset[str]] = {}
for _w, _cl in WORD_CLASSES.items():
    WORD_CLASSES_LOWER[_w.lower()] = WORD_CLASSES_LOWER.get(_w.lower(), frozenset()) | _cl
_TRIE_WORDS = sorted(WORD_CLASSES_LOWER)
_TRIE = cached_text("\0trigger-trie-2\0" + _FIRST_LETTERS + "\n".join(_TRIE_WORDS), lambda: _trie(_TRIE_WORDS))
WORD_TRIGGER_RE = compile_regex(r"(?<![a-z])" + _TRIE + r"(?![a-z])")
#: The same scan, faster: the character before the word is matched (a character-class prefix
#: lets the engine skip ahead) instead of looked behind at every position. It cannot see a word
#: at the very start of the text, nor one right after a word that ends in a digit ("q1"):
#: the engine handles the first with ``WORD_TRIGGER_RE.match`` and falls back to
#: ``WORD_TRIGGER_RE`` for the second.
WORD_TRIGGER_AFTER_RE = compile_regex(r"[^a-z](" + _TRIE + r")(?![a-z])")
WORD_TRIGGER_NOT_LETTER_END = frozenset(w for w in WORD_CLASSES_LOWER if not ("a" <= w[-1] <= "z"))

# ---------------------------------------------------------------- the ordered parser table

PARSERS: tuple[Parser, ...] = (
    Parser("iso-date", _ISO, p_iso, triggers=('isodate',), reach=(8, 16)),
    Parser("numeric-date", _NUMERIC, p_numeric, triggers=('numdate',), reach=(6, 12)),
    Parser("ymd-slash", _YMD_SLASH, p_ymd_slash, triggers=('numdate',), reach=(8, 8)),
    Parser("month-day-range", _MD_RANGE, p_md_range, triggers=('month',), digits=True, reach=(30, 30),
           needs=("-", "–", "to", "and", "through", "until", "till")),
    Parser("day-month-range", _DM_RANGE, p_dm_range, triggers=('month',), digits=True, reach=(30, 30), needs=("-", "–", "to", "and")),
    Parser("month-day-year", _MDY, p_mdy, triggers=('month',), digits=True, reach=(30, 30)),
    Parser("day-month-year", _DMY, p_dmy, triggers=('month',), digits=True, reach=(30, 30)),
    Parser("month-year", _MONTH_YEAR, p_month_year, triggers=('month',), digits=True, reach=(4, 16)),
    Parser("month-of-that-year", _MONTH_OF_REF_YEAR, p_month_of_ref_year, triggers=('month',), reach=(4, 40), needs=("year",)),
    Parser("fiscal-year", _FISCAL, p_fiscal, triggers=('fiscal',), lower=True, reach=(24, 24)),
    Parser("quarter", _QUARTER, p_quarter, triggers=('quarter',), lower=True, reach=(36, 36)),
    Parser("the-quarter", _THE_QUARTER, p_the_quarter, triggers=('quarter',), reach=(48, 8), lower=True),
    Parser("year-quarter", _YEAR_QUARTER, p_year_quarter, triggers=('quarter', 'half'), reach=(30, 8)),
    Parser("half-year", _HALF, p_half, triggers=('half',), reach=(16, 24)),
    Parser("iso-week", _ISO_WEEK, p_iso_week, triggers=('isoweek',), reach=(8, 16)),
    Parser("century", _CENTURY, p_century, triggers=('century',), reach=(40, 4), lower=True),
    Parser("year-range", _YEAR_RANGE, p_year_range, triggers=('year4',), reach=(4, 12), needs=("-", "–", "/")),
    Parser("apostrophe-year", _APOS_YEAR, p_apos_year, triggers=('apos',), reach=(2, 4), skip_covered=True),
    Parser("decade", _DECADE, p_decade, triggers=('decade',), reach=(8, 4)),
    Parser("decade-word", _DECADE_WORD, p_decade_word, triggers=('decade_word',), lower=True, reach=(24, 4)),
    Parser("season", _SEASON, p_season, triggers=('season',), reach=(24, 16)),
    Parser("holiday", _HOLIDAY, p_holiday, triggers=('holiday',), reach=(4, 12)),
    Parser("time-12h", _TIME12, p_time12, triggers=('ampm',), lower=True, reach=(28, 24)),
    Parser("time-24h", _TIME24, p_time24, triggers=('colon',), reach=(4, 24)),
    Parser("time-military", _MILITARY, p_military, triggers=('military',), reach=(8, 2)),
    Parser("deictic-day", _DEICTIC, p_deictic, triggers=('deictic',), reach=(40, 24), lower=True),
    Parser("unit-edge", _EDGE, p_edge, triggers=('edge',), reach=(24, 50), lower=True),
    Parser("relative-unit", _REL_UNIT, p_rel_unit, triggers=('unit', 'pod'), reach=(30, 8), lower=True,
           needs=("this", "last", "next", "past", "coming", "previous", "current", "following", "latest", "same", "that")),
    Parser("the-weekend", _THE_WEEKEND, p_the_weekend, triggers=('unit',), reach=(4, 16), needs=("weekend",)),
    Parser("weekday", _WEEKDAY, p_weekday, triggers=('weekday',), reach=(40, 40)),
    Parser("day-of-month", _MDAY, p_mday, triggers=('ordday',), reach=(20, 26)),
    Parser("amount-offset", _AGO, p_ago, triggers=('offset_word',), reach=(64, 8), lower=True,
           needs=("second", "minute", "hour", "day", "night", "week", "month", "quarter", "year", "decade", "centur")),
    Parser("nth-weekday-of-month", _NTH_WEEKDAY, p_nth_weekday, triggers=('weekday',), reach=(24, 34), needs=("month", "of", "in")),
    Parser("week-of-month", _WEEK_OF_MONTH, p_week_of_month, triggers=('month',), reach=(40, 16), needs=("week",)),
    Parser("same-period-year-ago", _SAME_PERIOD, p_same_period, triggers=('same',), reach=(8, 60), lower=True),
    Parser("day-before-after", _DAY_BEFORE_AFTER, p_day_before_after, triggers=('offset_word',), reach=(24, 4), lower=True,
           needs=("the",)),
    Parser("same-unit", _REF_SAME, p_ref_same, triggers=('unit', 'pod'), reach=(40, 12), lower=True, needs=("that", "the")),
    Parser("in-n-units", _IN_N, p_in_n, triggers=('unit',), reach=(40, 8), lower=True, needs=("in",)),
    Parser("set", _SET, p_set, triggers=('set',), reach=(30, 40), lower=True),
    Parser("duration", _DURATION, p_duration, triggers=('unit',), reach=(56, 6), lower=True),
    Parser("duration-adjective", _DURATION_ADJ, p_duration_adj, triggers=('hyphen-unit',), reach=(24, 12), lower=True),
    Parser("duration-bare-unit", _BARE_UNITS, p_bare_units, triggers=('unit_plural',), reach=(48, 4), lower=True, skip_covered=True),
    Parser("month", _MONTH, p_month, triggers=('month',), reach=(2, 4), skip_covered=True),
    Parser("year", _YEAR, p_year, triggers=('year4',), reach=(4, 12), skip_covered=True),
    Parser("ref-word", _REF_WORDS, p_ref_words, triggers=('ref',), reach=(16, 24), lower=True, skip_covered=True),
)

# ---------------------------------------------------------------- words for the refiners

#: "the week of March 6": the ISO week of the date.
WEEK_OF = compile_regex(r"(?i:\bthe\s+week\s+of\s+)$")
#: A part of day written before its date: "the night of June 5".
POD_OF = compile_regex(r"(?i:\b(?:the\s+|that\s+)?(?:early\s+|late\s+)?(morning|afternoon|evening|night)\s+of\s+(the\s+)?)$")

#: Modifier right before a date: "mid-2025", "early last year", "the end of January".
MOD_BEFORE = FoldedPattern(
    r"(?i:(?:\b(?:the\s+)?(?:very\s+)?(beginning|start|end|middle|close|turn)\s+of\s+(?:the\s+)?)"
    r"|(?:\b(early|late|mid|middle|earlier|later)(?:\s*-\s*|\s+)(?:in\s+(?:the\s+)?)?)"
    r"|(?:\b(?:the\s+)?(first|last|final)\s+(?:few\s+)?(?:days|weeks|months)\s+of\s+(?:the\s+)?))$"
)
MOD_WORDS = {"beginning": "START", "start": "START", "end": "END", "middle": "MID", "close": "END", "turn": "START",
             "early": "START", "late": "END", "mid": "MID", "earlier": "START", "later": "END",
             "first": "START", "last": "END", "final": "END"}
APPROX_BEFORE = FoldedPattern(r"\b(?i:(about|around|approximately|roughly|circa|c\.|some|nearly|almost|close\s+to|"
                           r"just\s+under|less\s+than|under|more\s+than|just\s+over|upwards\s+of|at\s+least|at\s+most|"
                           r"up\s+to|no\s+later\s+than|no\s+earlier\s+than|as\s+early\s+as|as\s+late\s+as))\s+$")
APPROX_DATE = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "circa": "APPROX",
               "c.": "APPROX", "no later than": "ON_OR_BEFORE", "no earlier than": "ON_OR_AFTER"}
#: Future markers: modal verbs, plans and schedules (tense decides which Tuesday).
FUTURE_WORDS = frozenset(
    """will wo 'll shall would gonna plans plan planned planning scheduled schedule schedules expected expects
    expect expecting upcoming intends intend intended aims aim hopes hope should could might may must
    likely due wants want promised promises pledged pledges vowed vows next tomorrow forthcoming planning
    slated poised ready going set supposed
    takes begins starts opens reopens meets ends expires resumes returns arrives closes launches kicks goes
    leaves visits hosts faces travels convenes runs""".split())
FUTURE_NEEDS_TO = frozenset("""going set due ready poised slated supposed plan plans planning aim aims hope hopes want
    wants intend intends intended expect expects expecting promised promises pledged pledges vowed vows likely
    planned""".split())
#: Words before a participle that make it not a past tense ("will be held", "the reduced rate").
PARTICIPLE_AUX = frozenset("""be been being is are am the a an get gets getting 's""".split())
PRESENT_WORDS = frozenset("""is are am says say""".split())
PAST_WORDS = frozenset(
    """was were had did said told ago last earlier previously been came went took made met gave got
    began won lost saw held left ran sent fell rose spoke broke struck hit put set led paid sold bought
    brought thought found kept felt became knew wrote stood sank fled flew caught drove threw fought
    shot""".split())
#: The PAST_WORDS that are also past participles ("will be held", "is being paid"): after a
#: participle's auxiliary (PARTICIPLE_AUX) they are no past tense.
PAST_PARTICIPLES = frozenset(
    """held made paid sold found kept set put hit led sent brought thought caught fought shot won lost left
    told met struck""".split())
NOT_PAST_ED = frozenset("""need indeed speed red bed seed feed proceed succeed exceed united hundred sacred
    naked wicked ahead instead bred shed wed deed weed greed breed embed""".split())
RANGE_JOIN = compile_regex(r"^\s*(?:-|–|—|to|through|thru|until|till|and|or)\s*$", re.I)
#: A line break that starts a list item or a new paragraph: no expression spans one ("raised to level 4
#: / - 9 February: avalanche" is no range "4 - 9 February"; "2024 / - 2025" no span of years).
ITEM_BREAK = compile_regex(r"\n[ \t\r]*(?:\n|[-*+•–—]\s|\d{1,3}[.)]\s|#|>"
                           # or a line of a chronology: a date, then a dash or a colon ("Jan. 27 - rollout begins")
                           r"|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?|\d{4})(?:,\s*\d{4})?\s*[-–—:]\s)")


def item_break(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a line break that opens a list item or a paragraph."""
    i = text.find("\n", start, end)
    while i >= 0:
        # (the line after the break is read whole: a chronology line's date may be the span's end)
        if ITEM_BREAK.match(text, i, min(len(text), end + 40)):
            return True
        i = text.find("\n", i + 1, end)
    return False
RANGE_OPEN = compile_regex(r"(?i:\b(?:from|between|since)\s+)$")
DATE_TIME_GLUE = compile_regex(r"^(?:\s*,\s*|\s+(?:on|at|of)\s+|\s+|\s*-\s*)$")
URLISH = compile_regex(r"(?:https?://|www\.)\S+|\b[\w.-]+@[\w.-]+\.\w+|(?<![\w])(?:/[\w.-]+){2,}/?|\b[\w-]+\.(?:pdf|html?|php|aspx?|jpg|png|csv|xlsx?|docx?|txt|zip|json|md)\b"
                    r"|\+\d[\d\s().-]{6,}\d|\(\d{3}\)\s*\d{3}-\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b"
                    # a phone number in groups of digits ("1800 314 770", "0800 414 2626")
                    r"|\b\d{4} \d{3} \d{3,4}\b(?![ ,.]?\d)")
#: A word after "a day after" that starts an event clause rather than a date.
