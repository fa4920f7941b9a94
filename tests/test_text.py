"""Sentence segmentation and text helpers (timeline/text.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from timeline.text import dateline_end, is_caption, quote_spans, sentence_at, sentences, sentences_holding, url_spans, url_spans_in

SPLITS = [  # text, expected sentences, why
    ("Mr. Smith met U.S. officials on Jan. 5. They agreed.",
     ["Mr. Smith met U.S. officials on Jan. 5.", "They agreed."], "abbreviations and U.S."),
    ("Minister S. Jaishankar spoke. Rubio listened.",
     ["Minister S. Jaishankar spoke.", "Rubio listened."], "an initial is not an end"),
    ("Sanctions hit the U.S. The move angered Beijing.",
     ["Sanctions hit the U.S.", "The move angered Beijing."], "U.S. before an obvious sentence start"),
    ('"We will win," he said. "Then we rest."',
     ['"We will win," he said.', '"Then we rest."'], "quotes open a sentence"),
    ("He left at 5 p.m. on Monday. She stayed.",
     ["He left at 5 p.m. on Monday.", "She stayed."], "p.m. inside a sentence"),
    ("Prices rose 2.5 percent. Wages fell.", ["Prices rose 2.5 percent.", "Wages fell."], "decimal point"),
    ("First paragraph without a stop\n\nSecond one.", ["First paragraph without a stop", "Second one."],
     "paragraphs always split"),
    ("## A heading\nBody text here.", ["## A heading", "Body text here."], "a heading is its own sentence"),
    ("Talks ended. Minister X with Y in Kuala Lumpur (PTI)\n\nNext.",
     ["Talks ended.", "Minister X with Y in Kuala Lumpur (PTI)", "Next."], "a caption glued to a paragraph"),
    ("Gen. Rao and Dr. Iyer met Inc. staff. Then they left.",
     ["Gen. Rao and Dr. Iyer met Inc. staff.", "Then they left."], "titles"),
    ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."], "question and exclamation marks"),
    ("The rules date from the 1970s. In 2024 they changed.",
     ["The rules date from the 1970s.", "In 2024 they changed."], "a decade's s is not an initial"),
    ("Gusts reached 110 km/h. The office issued a warning on Thursday.",
     ["Gusts reached 110 km/h.", "The office issued a warning on Thursday."], "a unit's h after a slash is not an initial"),
    ("I will tell them what we know and what we don't. A full report is due by the end of March.",
     ["I will tell them what we know and what we don't.", "A full report is due by the end of March."],
     "the t of a contraction is not an initial"),
    ("We can’t. A ruling is due.", ["We can’t.", "A ruling is due."], "nor with a curly apostrophe"),
    ("Fares doubled in the '80s. Then came the strike.",
     ["Fares doubled in the '80s.", "Then came the strike."], "a short decade ends a sentence too"),
]


@pytest.mark.parametrize(("text", "expected", "why"), SPLITS, ids=[c[2] for c in SPLITS])
def test_sentences(text: str, expected: list[str], why: str) -> None:
    got = sentences(text)
    assert [s.text for s in got] == expected
    for s in got:
        assert text[s.start : s.end] == s.text


@given(st.text(alphabet=st.sampled_from(list("ab. ,\n\"“”?!MrU.S")), max_size=120))
def test_sentences_offsets_hold_for_any_text(text: str) -> None:
    got = sentences(text)
    last = 0
    for s in got:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.start >= last
        last = s.end


def _holding(text: str, offsets: list[int]) -> tuple:
    """The sentences of ``sentences(text)`` that hold one of ``offsets``."""
    return tuple(s for s in sentences(text) if any(s.start <= o < s.end for o in offsets))


def test_sentences_holding_decides_only_the_stops_around_the_offsets() -> None:
    text = "Mr. Smith met U.S. officials on Jan. 5. They agreed. Gen. Rao left.\n\nNext one. And last."
    assert [s.text for s in sentences_holding(text, [text.index("officials"), text.index("Rao")])] == [
        "Mr. Smith met U.S. officials on Jan. 5.", "Gen. Rao left."]
    assert [s.text for s in sentences_holding(text, [text.index("last"), 0, 3])] == [
        "Mr. Smith met U.S. officials on Jan. 5.", "And last."]
    assert sentences_holding(text, [text.index(" They")]) == ()  # the blank between two sentences
    assert sentences_holding(text, []) == ()


@given(st.lists(st.sampled_from(list("ab. ,\n\"“”?!MrU.S)") + ["\n\n", "U.S. ", "Mr. ", "# ", "- "]), max_size=60),
       st.lists(st.integers(min_value=0, max_value=130), max_size=12))
def test_sentences_holding_is_sentences_filtered(pieces: list[str], offsets: list[int]) -> None:
    text = "".join(pieces)
    assert sentences_holding(text, offsets) == _holding(text, offsets)


def test_sentence_at() -> None:
    text = "One here. Two there."
    sents = sentences(text)
    assert sentence_at(sents, 0) == sents[0]
    assert sentence_at(sents, text.index("Two")) == sents[1]
    assert sentence_at(sents, 9) is None  # the blank between sentences


CAPTIONS = [
    ("External affairs minister S Jaishankar with Marco Rubio in Kuala Lumpur (PTI)", True),
    ("FILE PHOTO: The prototype during testing in Arizona, March 2024.", True),
    ("A file photo shows the logo at its headquarters on January 9, 2024.", True),
    ("The minister spoke to reporters (in Hindi) on Monday.", False),
    ("Rubio had a positive call with Jaishankar.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), CAPTIONS)
def test_is_caption(sentence: str, expected: bool) -> None:
    assert is_caption(sentence) is expected


def test_quote_spans_curly_and_straight() -> None:
    text = 'He said “we will go next month” and "soon".'
    spans = quote_spans(text)
    assert [text[a:b] for a, b in spans] == ["we will go next month", "soon"]


def test_url_spans() -> None:
    text = "See https://example.com/news/2025/09/30/story and nimbus.example.com/2024/01 today."
    found = [text[a:b] for a, b in url_spans(text)]
    assert found == ["https://example.com/news/2025/09/30/story", "nimbus.example.com/2024/01"]


@pytest.mark.parametrize(
    ("sentence", "dateline"),
    [("NEW DELHI: Talks began.", "NEW DELHI: "), ("SAN FRANCISCO (Reuters) - Stratos agreed.", "SAN FRANCISCO (Reuters) - "),
     ("LISBON — A bridge fell.", "LISBON — "), ("India said: no.", ""),
     # an agency whose name has a hyphen, a digit or an apostrophe; abbreviated months
     ("VELDEN, Oct 28 (Rhine-Nord Agency) - Moor sued.", "VELDEN, Oct 28 (Rhine-Nord Agency) - "),
     ("OSLO, Oct. 3 (Channel 4 News) - It fell.", "OSLO, Oct. 3 (Channel 4 News) - "),
     ("PARIS (L'Agence) — Talks ended.", "PARIS (L'Agence) — "),
     # day-first dates (British, Indian, European outlets)
     ("PORT ELLIS, 5 February 2026 — The ferry stopped.", "PORT ELLIS, 5 February 2026 — "),
     ("NEW DELHI, 12 Jan. 2026 - It rained.", "NEW DELHI, 12 Jan. 2026 - ")],
)
def test_dateline_end(sentence: str, dateline: str) -> None:
    assert sentence[: dateline_end(sentence)] == dateline


def test_each_line_of_a_chronology_is_its_own_sentence() -> None:
    text = ("The club was sold.\nTimeline:\n2019: Owners list the club for sale\nJan. 4-Feb. 20, 2025: Bidding round\n"
            "12 March: Sale agreed\nJune 3: Fans protest\nat 10:30: not a chronology line")
    assert [s.text for s in sentences(text)] == [
        "The club was sold.", "Timeline:", "2019: Owners list the club for sale", "Jan. 4-Feb. 20, 2025: Bidding round",
        "12 March: Sale agreed", "June 3: Fans protest\nat 10:30: not a chronology line"]
    # a spaced dash serves as the colon ("Jan. 27 - national rollout begins"); a hyphenated word does not
    text = "Key dates:\nDec. 18 - Agency approves the vaccine\nJan. 27 – national rollout begins\n2024-style rules apply"
    assert [s.text for s in sentences(text)] == [
        "Key dates:", "Dec. 18 - Agency approves the vaccine", "Jan. 27 – national rollout begins\n2024-style rules apply"]


def test_a_date_line_is_its_own_sentence() -> None:
    text = "Markets rally as banks add cash\nSeptember 18, 2008\nStock indexes rose on Thursday."
    assert [s.text for s in sentences(text)] == ["Markets rally as banks add cash", "September 18, 2008",
                                                 "Stock indexes rose on Thursday."]


def test_url_spans_in_sentences_are_those_of_the_whole_text() -> None:
    text = ("See https://example.com/a.html. Read www.news.org/x today.\n\n- item example.net/p/q\n\n"
            "No link here. WWW.Caps.org/y and more.")
    sents = sentences(text)
    assert url_spans_in(text, sents) == url_spans(text)
    assert [text[a:b] for a, b in url_spans_in(text, sents[1:3])] == ["www.news.org/x", "example.net/p/q"]
    assert url_spans_in(text, sents[3:4]) == ()
    assert url_spans_in("No links. None.", sentences("No links. None.")) == ()


@given(st.lists(st.sampled_from(["a", " ", ".", "/", "www.", "x.org/", "\n", "\n\n", "(", ")", "http://", "- "]), max_size=40))
def test_url_spans_in_every_sentence_is_url_spans(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert url_spans_in(text, sentences(text)) == tuple(
        (a, b) for a, b in url_spans(text) if any(s.start <= a and b <= s.end for s in sentences(text)))


def test_quote_and_url_spans_are_in_order_and_disjoint() -> None:
    # events._inside_sorted finds the span holding a date by binary search: it relies on this.
    text = ('He said "soon" and “later, on Monday” and “an unclosed one\n\nNext "a" "" “b” '
            "see https://a.example/x/1 and b.example/y/2 “www.c.example/z”.")
    for spans in (quote_spans(text), url_spans(text)):
        assert list(spans) == sorted(spans)
        assert all(a <= b <= c for (a, b), (c, _) in zip(spans, spans[1:]))


def test_a_very_long_paragraph_ends_at_a_line_break() -> None:
    """Thousands of unpunctuated lines are no one sentence (each of its dates would scan it):
    past MAX_BLOCK characters a paragraph ends at its next line break, in both splitters."""
    from timeline.text import MAX_BLOCK

    text = "In March\n" * 1000
    found = sentences(text)
    assert len(found) > 1 and max(len(s.text) for s in found) <= MAX_BLOCK + len("In March\n")
    assert all(text[s.start:s.end] == s.text for s in found)
    offsets = [i for i in range(0, len(text), 9)]
    assert sentences_holding(text, offsets) == found
    # a paragraph of ordinary length keeps its soft line breaks inside one sentence
    assert [s.text for s in sentences("The minister said on\nMonday that talks would resume.")] == [
        "The minister said on\nMonday that talks would resume."]


def test_a_bullet_line_is_a_sentence_of_its_own() -> None:
    from timeline.text import sentences

    text = "Key dates:\n• May 10: A ship sank\n• May 12: Divers went down\n"
    assert [s.text for s in sentences(text)] == ["Key dates:", "• May 10: A ship sank", "• May 12: Divers went down"]
