"""Text helpers shared by the event stages: sentences with offsets, quotations, URLs, captions.

No stage logic lives here: these functions only describe the shape of a news text.

Every span is a pair of character offsets ``(start, end)`` into the text given, end
exclusive, so ``text[start:end]`` is the piece described.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

__all__ = [
    "Sentence",
    "sentences",
    "sentence_at",
    "sentences_holding",
    "is_date_line",
    "quote_spans",
    "url_spans",
    "url_spans_in",
    "is_caption",
    "dateline_end",
    "clean",
    "words",
]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a text: ``text[start:end]`` (stripped of surrounding blanks)."""

    start: int
    end: int
    text: str


#: Words that end in a period without ending the sentence (lowercased, without the period).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen col lt sgt capt cmdr adm maj gov sen rep rev fr st jr sr hon pres supt insp
    inc corp ltd co bros plc llc dept univ assn est approx no nos vol fig al vs etc cf ave blvd rd mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    a.m p.m u.s u.k u.n e.u u.s.a u.a.e d.c i.e e.g n.y l.a
    """.split()
)

#: Words that, after an ambiguous abbreviation such as "U.S.", start a new sentence.
_SENTENCE_STARTERS = frozenset(
    """
    the a an it he she they we i but and in on this that these those there his her their its our
    however meanwhile officials separately earlier later also yet still then so while when after
    """.split()
)

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace.
_BOUNDARY = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s)""")
#: The characters of a word carrying a final period ("U.S.", "Jan"): the regex
#: ``([A-Za-z][A-Za-z.]*)\.$``, which _is_boundary applies with ``str.rstrip``.
_LETTERS_DOT = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."
_NEXT_START = re.compile(r"""\s+["'“‘(\[]*([A-Za-z0-9]+)""")
#: Agency credits and photo markers that end or start a caption.
_CAPTION_END = re.compile(
    r"\((?:[A-Z][A-Za-z&./ -]{0,30}|(?:File )?Photo[^)]{0,60}|File|AP Photo[^)]*|Reuters|AFP|PTI|ANI|IANS|"
    r"Getty Images|Bloomberg|AP|HT Photo|Representational (?:image|photo)|[A-Z]+ Photo)\)\s*$"
)
_CAPTION_MARKERS = re.compile(
    r"^\s*[(\[]?\s*(?:(?:archive|handout|library|undated|stock)\s+)?(?:FILE PHOTO|File photo|Photo|PHOTO|Image|IMAGE|Caption|Picture)"
    r"(?:\s+(?:caption|credit)s?)?\b\s*"
    # (a date or a credit before the colon: "(Photo, April 2026: Strand rings the opening bell.)")
    r"(?:,[^:()\n]{1,40})?[:|-]"
    r"|\bfile (?:photo|picture|image)\b|\bphoto credit\b|\((?:file|file photo)\)|\bpictured\b",
    re.IGNORECASE,
)
#: In every _CAPTION_MARKERS match (the file marker without a photo word is "(file)").
_MARKER_WORDS = ("photo", "image", "caption", "pictur", "(file")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\"'“”]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)+/[^\s<>()\"'“”]+", re.IGNORECASE)
#: A dateline: "NEW DELHI:", "WASHINGTON (Reuters) -", "LONDON, March 3 —", "PORT ELLIS, 5 February 2026 —".
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]+){0,3})"
    r"(?:,\s*(?:[A-Z][a-z]{2,9}\.? \d{1,2}(?:,? \d{4})?|\d{1,2} [A-Z][a-z]{2,9}\.?(?: \d{4})?))?"
    r"(?:\s*\([A-Za-z0-9 .&'’-]+\))?\s*(?::|—|–|-{1,2})\s+"
)
#: The characters that a pattern with IGNORECASE matches to an ASCII letter which ``str.lower()``
#: does not give ("ı" and "ſ" match "i" and "s"; "İ" lowercases to two characters): a text
#: without them holds, lowercased, every ASCII word such a pattern matches in it.
_FOLD_TRAPS = ("ı", "İ", "ſ")
#: The second characters a dateline may start with (after a capital: ``[A-Z][A-Z.'-]+``).
_DATELINE_SECOND = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ.'-")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")
_BLOCK_MARKER = re.compile(r"[ \t]*(?:#|[-*+•] |>|\||\d+\. )")


def _is_boundary(text: str, end: int) -> bool:
    """Decide whether the punctuation run ending at ``end`` closes a sentence."""
    punct = text[end - 1] if end else ""
    if text[end : end + 1] == " " and "A" <= text[end + 1 : end + 2] <= "Z":
        # The commonest case, where _NEXT_START's match is plain: one blank, then a capital.
        nxt = ""  # the next word, read below only when an abbreviation needs it
    else:
        m = _NEXT_START.match(text, end)
        if not m:
            return True
        nxt = m.group(1)
        opener = text[end : m.start(1)].strip()
        # The next sentence starts with a capital, a digit or an opening quote.
        if not (nxt[0].isupper() or nxt[0].isdigit() or opener):
            return False
    if punct != "." and not text[end - 1] in "\"'”’)]":
        return True
    # Find the word carrying the final period (inside any closing quotes/brackets).
    # Index-based (no copy of the text before ``end``: that was quadratic on long texts).
    k = end
    while k > 0 and text[k - 1] in "\"'”’)]":
        k -= 1
    if not k or text[k - 1] != ".":
        return True
    # _WORD_BEFORE's match without a regex: the run of letters and dots before the final
    # period, from its first letter (a search tried every start of the 25 characters).
    piece = text[max(0, k - 25) : k - 1]
    word = piece[len(piece.rstrip(_LETTERS_DOT)) :].lstrip(".")
    if not word:
        return True
    word = word.lower()
    if len(word) == 1 and word.isalpha() and not text[k - 3 : k - 2].isdigit() and text[k - 3 : k - 2] not in ("/", "'", "’"):
        # an initial: "S. Jaishankar", "John F. Kennedy" (not the s of "the 1990s.", not the h of
        # a unit, "gusts of up to 110 km/h. The office ...", not the t of "what we don't. A full
        # report ...")
        return False
    if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
        # "U.S." or "Jan." may still end a sentence before an obvious sentence start.
        ambiguous = "." in word or word in {"inc", "corp", "ltd", "co", "etc", "jr", "sr", "plc", "llc"}
        if not ambiguous:
            return False
        nxt = nxt or _NEXT_START.match(text, end).group(1)  # type: ignore[union-attr]
        return nxt.lower() in _SENTENCE_STARTERS and nxt[0].isupper()
    if "." in word and _DOTTED.fullmatch(word):
        nxt = nxt or _NEXT_START.match(text, end).group(1)  # type: ignore[union-attr]
        return nxt.lower() in _SENTENCE_STARTERS and nxt[0].isupper()
    return True


def _split_block(text: str, start: int, end: int, out: list[Sentence]) -> None:
    pos = start
    for m in _BOUNDARY.finditer(text, start, end):
        if m.end() >= end:
            break
        if _is_boundary(text, m.end()):
            _emit(text, pos, m.end(), out)
            pos = m.end()
    _emit(text, pos, end, out)


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        start += len(piece) - len(piece.lstrip())
        end = start + len(stripped)
        # A caption glued after a sentence ends at "(AGENCY)" and has no final period; it is
        # already its own piece because the previous sentence ended with a period.
        out.append(Sentence(start, end, stripped))  # == text[start:end]


#: A line that is only a date ("September 18, 2008"): a dateline of its own.
_DATE_LINE = re.compile(
    r"^[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*,?\s+\d{4}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2})[ \t]*\r?$"
)


_DATE_LINE_FIRST = "MTWFSJAOND"  # the first letters of _DATE_LINE's weekdays and months

#: A month name, full or abbreviated ("Sept.", "March"); also used by merge.
MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
#: A line of a chronology ("Key dates:" box): a date, a colon or a spaced dash, what happened then
#: ("2021: Corran Homes proposes 640 flats", "Oct. 6-Nov. 14, 2025: Public consultation", "March 3:
#: Council votes", "Jan. 27 - national rollout begins").
_CHRONO_LINE = re.compile(
    rf"[ \t]*(?:\d{{4}}|(?:{MONTH_WORD}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_WORD})"
    rf"(?:\s*[-–]\s*(?:{MONTH_WORD}\s+\d{{1,2}}|\d{{1,2}}(?:\s+{MONTH_WORD})?))?(?:,?\s+\d{{4}})?)"
    r"(?::|[ \t]+[-–—])[ \t]+\S"
)


def opens_chronology_line(text: str, pos: int) -> bool:
    """True when ``pos`` opens a chronology line of ``text`` ("March 3: Council votes ...")."""
    # (only the last characters are read: a date far into one long line opens no line, and a
    # text of one endless line is not scanned back from every date)
    start = max(0, pos - _CHRONO_INDENT)
    line = text.rfind("\n", start, pos) + 1
    if line == 0 and start > 0:
        return False
    return text[line:pos].strip() in _ITEM_MARKS and bool(_CHRONO_LINE.match(text, pos))


#: What may stand before a chronology line's date: nothing, or a list item's mark ("- May 10: ...").
_ITEM_MARKS = frozenset({"", "-", "–", "—", "•", "*", "+"})


#: The most blank characters before a chronology line's date.
_CHRONO_INDENT = 64


def is_date_line(sentence: str) -> bool:
    """True when a sentence is only a date (a dateline on its own line)."""
    return bool(_DATE_LINE.match(sentence))


#: The label of a release's or a newsletter's header line ("PRESS RELEASE - for immediate release,
#: 10 March 2026", "Issue 214 | Friday 12 June 2026", "Posted: 3 May 2026", "Updated 14:05, 2 June").
_HEADER_LABEL = re.compile(
    r"[\W_]*(?:(?:press|news|media)\s+(?:release|statement|notice)|for\s+(?:immediate\s+)?(?:release|publication|use)|"
    r"embargo(?:ed)?|issue\s+(?:no\.?\s*)?\d+|no\.\s*\d+|vol(?:ume)?\.?\s*\d+|(?:first\s+|last\s+)?(?:posted|published|updated)|"
    r"edition)\b", re.IGNORECASE)


def is_header_line(sentence: str) -> bool:
    """True when a short sentence is a release's or a newsletter's header line: its date is the
    issue's own (the publication date), not an event's. A header line has no sentence's end
    ("Published on Monday, the report was damning." is prose)."""
    line = sentence.strip()
    return (len(line.split()) <= 14 and "\n" not in line and not line.endswith((".", "!", "?", '"', "”", "’", "'"))
            and bool(_HEADER_LABEL.match(line)))


#: Characters after which a paragraph ends at its next line break (news paragraphs are shorter).
MAX_BLOCK = 3000


def _blocks(text: str) -> list[tuple[int, int]]:
    """Return paragraph-like blocks: blank lines, headings, list items and quotes end a block."""
    return list(_iter_blocks(text))


def _iter_blocks(text: str) -> Iterator[tuple[int, int]]:
    """The blocks of :func:`_blocks`, one at a time (a caller may stop early)."""
    block_start: int | None = None
    pos = 0
    prev_heading = False
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        line_start, pos = pos, pos + len(line)
        if not stripped:
            if block_start is not None:
                yield block_start, line_start
                block_start = None
            continue
        first = line.lstrip(" \t")[:1]  # a date line starts with a weekday, a month or a digit
        date_line = (first in _DATE_LINE_FIRST or first.isdecimal()) and bool(_DATE_LINE.match(line))
        marker = (first in "#-*+•>|" or first.isdecimal()) and bool(_BLOCK_MARKER.match(line)) or date_line or (
            (first in _DATE_LINE_FIRST or first.isdecimal()) and (":" in line or " -" in line or " –" in line or " —" in line)
            and bool(_CHRONO_LINE.match(line))
        )
        if block_start is not None and (marker or prev_heading or line_start - block_start > MAX_BLOCK):
            # (a paragraph already longer than MAX_BLOCK ends at its next line break: a text of
            # thousands of unpunctuated lines is no one sentence, whose every date would scan it)
            yield block_start, line_start
            block_start = None
        if block_start is None:
            block_start = line_start
        prev_heading = stripped.startswith("#") or date_line
    if block_start is not None:
        yield block_start, len(text)


def sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences with offsets.

    Paragraph breaks (blank lines), headings and list items always end a sentence, and so does
    a line break after ``MAX_BLOCK`` characters of one paragraph. Inside a
    paragraph a sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes) followed by
    a capital, a digit or an opening quote, except after abbreviations ("Mr.", "Jan."), initials
    ("S. Jaishankar") and "U.S."-style acronyms (unless the next word plainly starts a sentence).

    >>> [s.text for s in sentences("Mr. Smith met U.S. officials on Jan. 5. They agreed.")]
    ['Mr. Smith met U.S. officials on Jan. 5.', 'They agreed.']
    """
    out: list[Sentence] = []
    for b0, b1 in _blocks(text):
        _split_block(text, b0, b1, out)
    return tuple(out)


def sentences_holding(text: str, offsets: "list[int] | tuple[int, ...]") -> tuple[Sentence, ...]:
    """Return the sentences that hold one of ``offsets``, in text order, without repeats.

    The same sentences :func:`sentences` gives (those of them that hold an offset), but only
    the boundaries around the offsets are decided: whether a stop ends a sentence depends on
    the text next to it alone (:func:`_is_boundary`), so a sentence is found by deciding the
    candidate stops before an offset, nearest first, until one ends a sentence, and those after
    it likewise. The offsets are taken in order and no candidate is decided twice, so the work
    is linear in the text however the offsets lie (a paragraph with one date is not split
    whole).
    """
    wanted = sorted(set(offsets))
    out: list[Sentence] = []
    k = 0
    n_wanted = len(wanted)
    for b0, b1 in _iter_blocks(text):  # (stops after the last offset's block)
        while k < n_wanted and wanted[k] < b0:
            k += 1
        if k == n_wanted:
            break
        if wanted[k] >= b1:
            continue
        # The candidate stops of the block, as _split_block scans them (those ending at its end
        # never split it). Each is decided at most once: a walk back covers the stops after the
        # last piece's end stop ``j`` up to the offset, a walk on those after the offset.
        ends = [m.end() for m in _BOUNDARY.finditer(text, b0, b1)]
        while ends and ends[-1] >= b1:
            ends.pop()
        piece_end = -1  # the end of the last piece emitted (its last stop's index is ``j``)
        j = -1
        while k < n_wanted and wanted[k] < b1:
            x = wanted[k]
            k += 1
            if x < piece_end:
                continue  # in the piece already emitted
            i = bisect_right(ends, x) - 1  # the stops at or before x, nearest first
            while i > j and not _is_boundary(text, ends[i]):
                i -= 1
            start = ends[i] if i >= 0 else b0
            j = i + 1  # the stops after x, nearest first
            while j < len(ends) and not _is_boundary(text, ends[j]):
                j += 1
            piece_end = ends[j] if j < len(ends) else b1
            # _emit, kept only when an offset lies in the sentence (not in the blanks around it)
            piece = text[start:piece_end]
            stripped = piece.strip()
            if not stripped:
                continue
            s0 = start + len(piece) - len(piece.lstrip())
            s1 = s0 + len(stripped)
            kk = k - 1
            while kk < n_wanted and wanted[kk] < s0:
                kk += 1
            if kk < n_wanted and wanted[kk] < s1:
                out.append(Sentence(s0, s1, stripped))
    return tuple(out)


def sentence_at(sents: tuple[Sentence, ...], offset: int) -> Sentence | None:
    """Return the sentence containing ``offset`` (binary search), or None."""
    lo, hi = 0, len(sents)
    while lo < hi:
        mid = (lo + hi) // 2
        if sents[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(sents) and sents[lo].start <= offset < sents[lo].end:
        return sents[lo]
    return None


_PARA = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*")
_QUOTE = re.compile(r"“([^”]*)(?:”|$)|\"([^\"]*)\"")


def quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Return the spans of quotations (inside the marks), curly or straight, paragraph-bounded.

    An unclosed curly quotation runs to the end of its paragraph (news style for multi-paragraph
    quotes); an unpaired straight quote is ignored. The spans are in text order and never
    overlap (the event stage finds the one holding a date by binary search).
    """
    if "“" not in text and '"' not in text:
        return ()
    spans: list[tuple[int, int]] = []
    for para in _PARA.finditer(text):
        seg = para.group(0)
        if "“" not in seg and '"' not in seg:
            continue
        p0 = para.start()
        for m in _QUOTE.finditer(seg):
            g = 1 if m.group(1) is not None else 2
            spans.append((p0 + m.start(g), p0 + m.end(g)))
    return tuple(spans)


def url_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Return the spans of URLs and bare ``host/path`` links (in text order, never overlapping)."""
    if "/" not in text and "www." not in text:
        return ()
    return tuple(m.span() for m in _URL.finditer(text))


def url_spans_in(text: str, pieces: "tuple[Sentence, ...]") -> tuple[tuple[int, int], ...]:
    """The spans of :func:`url_spans` that lie in ``pieces`` (sentences of ``text``, in order).

    A URL holds no blank and a sentence of :func:`sentences` is bounded by blanks (or the
    text's ends), so no URL crosses a sentence's edge: scanning only the sentences finds the
    same spans in them as scanning the whole text.
    """
    if "/" not in text and "www." not in text:
        return ()
    return tuple(
        m.span() for s in pieces if "/" in s.text or "w." in s.text or "W." in s.text  # what a match needs
        for m in _URL.finditer(text, s.start, s.end)
    )


@lru_cache(maxsize=4096)
def is_caption(sentence: str) -> bool:
    """True when a sentence is a photo caption or credit, not running text.

    Captions end with an agency credit in brackets and no final period ("... in Kuala Lumpur
    (PTI)"), or carry a photo marker ("FILE PHOTO:", "file picture", "Photo credit").
    """
    s = sentence.strip()
    # Cheap exact gates: every marker holds one of _MARKER_WORDS (any case: in the lowercased
    # text, unless it holds a character IGNORECASE reads otherwise, _FOLD_TRAPS), and an agency
    # credit ends with ")".
    low = s.lower()
    if any(w in low for w in _MARKER_WORDS) or not s.isascii() and any(c in s for c in _FOLD_TRAPS):
        if _CAPTION_MARKERS.search(s):
            return True
    return s.endswith(")") and bool(_CAPTION_END.search(s))


def dateline_end(sentence: str) -> int:
    """Return the length of a leading dateline ("NEW DELHI:", "WASHINGTON (Reuters) -"), or 0."""
    first = sentence[:1]
    if not first.isspace() and not ("A" <= first <= "Z" and sentence[1:2] in _DATELINE_SECOND):
        return 0  # (what _DATELINE needs there, a cheap test: most sentences have no dateline)
    m = _DATELINE.match(sentence)
    if not m:
        return 0
    head = m.group(0)
    letters = [c for c in head if c.isalpha()]
    # A dateline is written in capitals ("NEW DELHI"), possibly followed by a date.
    first_word = re.match(r"\s*([A-Za-z.'-]+)", head)
    if first_word and first_word.group(1).isupper() and len(letters) >= 2:
        return m.end()
    return 0


def clean(text: str) -> str:
    """Collapse whitespace and strip Markdown emphasis and link syntax into plain text."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__|\*|`)", "", text)
    return re.sub(r"\s+", " ", text).strip()


def words(text: str) -> list[tuple[int, int, str]]:
    """Return ``(start, end, word)`` for each word of ``text`` (letters, inner apostrophes/hyphens)."""
    return [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]


@lru_cache(maxsize=1)
def zipf_table() -> dict[str, float]:
    """Each word of wordfreq's small English list and its Zipf frequency.

    Read from the list's file (``data/small_en.msgpack.gz``: a header, then the words of each
    centibel of frequency, the n-th list holding the words of frequency 10^(-n/100), Zipf 9 - n/100)
    without importing wordfreq itself, whose import (ftfy, langcodes) costs ~0.16 s: a rebuild
    that asks one story question would pay it. Through wordfreq's API when the file is not where
    this version keeps it."""
    import gzip
    import math
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("wordfreq")
    locations = list(spec.submodule_search_locations or ()) if spec is not None else []
    for folder in locations:
        path = Path(folder) / "data" / "small_en.msgpack.gz"
        if path.is_file():
            import msgpack

            with gzip.open(path, "rb") as fh:
                pack = msgpack.load(fh, raw=False)
            if isinstance(pack, list) and pack and isinstance(pack[0], dict) and pack[0].get("format") == "cB":
                return {w: 9.0 - n / 100 for n, words in enumerate(pack[1:]) for w in words}
    from wordfreq import get_frequency_dict

    return {w: math.log10(f) + 9.0 for w, f in get_frequency_dict("en", wordlist="small").items() if f > 0}
