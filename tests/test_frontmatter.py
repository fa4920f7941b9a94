"""Front-matter variants of Markdown and text articles (issue 2)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.errors import InputError
from timeline.read import read_article


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode("utf-8"))
    return p


CASES = [
    # file name, content, (id, title, published, body, body_line)
    ("a.md", "---\ntitle: T\ndate: 2026-01-13\n---\nBody.\n", ("a", "T", dt.date(2026, 1, 13), "Body.\n", 5)),
    ("b.markdown", "---\ntitle: 'Quoted: title'\ndate: '2026-01-13'\n---\nBody.", ("b", "Quoted: title", dt.date(2026, 1, 13), "Body.", 5)),
    ("c.md", "---\ndate: 2026-01-13T23:30:00-05:00\n---\nX", ("c", "c", dt.date(2026, 1, 13), "X", 4)),
    ("d.md", "---\ndate: 2026-01-13T02:00:00+05:30\ntitle: Late\n---\n\nX", ("d", "Late", dt.date(2026, 1, 13), "\nX", 5)),
    ("e.md", "No front matter at all.\n", ("e", "e", None, "No front matter at all.\n", 1)),
    ("f.txt", "A headline\n\nThe body on 13 May 2025.\n", ("f", "A headline", dt.date(2025, 5, 13), "\nThe body on 13 May 2025.\n", 2)),  # inferred (issue 7)
    ("g.txt", "---\ntitle: FM title\ndate: 2025-07-09\n---\nText.\n", ("g", "FM title", dt.date(2025, 7, 9), "Text.\n", 5)),
    ("h.md", "\ufeff---\r\ntitle: CRLF\r\ndate: 2026-01-13\r\n---\r\nLine one.\r\nLine two.\r\n", ("h", "CRLF", dt.date(2026, 1, 13), "Line one.\nLine two.\n", 5)),
    ("i.md", "---\n---\nEmpty front matter.", ("i", "i", None, "Empty front matter.", 3)),
    ("j.md", "---\ntitle: J\ndate: \"2026-01-13 09:00\"\n...\nDots close it.", ("j", "J", dt.date(2026, 1, 13), "Dots close it.", 5)),
    # other tools' names for the publication date, read when there is no 'date'
    ("k.md", "---\ntitle: K\npublished: 2026-01-13\n---\nX", ("k", "K", dt.date(2026, 1, 13), "X", 5)),
    ("l.md", "---\npublishDate: 2026-01-14T08:00:00Z\n---\nX", ("l", "l", dt.date(2026, 1, 14), "X", 4)),
    ("m.md", "---\npubDate: '2026-01-15'\n---\nX", ("m", "m", dt.date(2026, 1, 15), "X", 4)),
    ("n.md", "---\ndatePublished: 2026-01-16\n---\nX", ("n", "n", dt.date(2026, 1, 16), "X", 4)),
    ("o.md", "---\npublished: 2026-01-01\ndate: 2026-01-17\n---\nX", ("o", "o", dt.date(2026, 1, 17), "X", 5)),  # 'date' first
]


@pytest.mark.parametrize(("name", "content", "expected"), CASES, ids=[c[0] for c in CASES])
def test_front_matter_variants(tmp_path: Path, name: str, content: str, expected: tuple) -> None:
    art = read_article(write(tmp_path, name, content)).article
    assert (art.id, art.title, art.published, art.body, art.body_line) == expected


def test_unknown_keys_kept_and_known_keys_read(tmp_path: Path) -> None:
    p = write(tmp_path, "k.md", "---\ntitle: K\ndate: 2026-01-13\nsource: Outlet\nurl: https://example.org/k\nauthor: A. Writer\n"
              "tags: [India, trade]\nlang: en\nweird_key: 5\n---\nBody")
    art = read_article(p).article
    assert art.source == "Outlet" and art.url == "https://example.org/k" and art.author == "A. Writer"
    assert art.tags == ("India", "trade")
    assert dict(art.extra) == {"weird_key": 5}
    # a second name of the date, beside 'date', is kept like any other key
    art = read_article(write(tmp_path, "k2.md", "---\ndate: 2026-01-13\npubDate: 2026-01-12\n---\nBody")).article
    assert art.published == dt.date(2026, 1, 13) and dict(art.extra) == {"pubDate": dt.date(2026, 1, 12)}


def test_javascript_url_dropped_with_warning(tmp_path: Path) -> None:
    p = write(tmp_path, "u.md", "---\ndate: 2026-01-13\nurl: javascript:alert(1)\n---\nBody")
    res = read_article(p)
    assert res.article.url is None
    assert any("not an http(s) or relative URL" in w.message for w in res.warnings)


@pytest.mark.parametrize(("content", "line", "needle"), [
    ("---\ntitle: [oops\n---\nBody", 2, "not valid YAML"),  # the line of the unclosed [ (issue 7)
    ("---\ntitle: ok\ndate: 2026-02-30\n---\nBody", 3, "impossible date"),
    ("---\ntitle: ok\ndate: next tuesdayish\n---\nBody", 3, "is not a date"),
    ("---\ntitle: ok\npubDate: next tuesdayish\n---\nBody", 3, "front matter 'pubDate': "),
    ("---\ntitle: ok\npublished: 2026-02-30\n---\nBody", 3, "impossible date"),
    ("---\n- a list\n---\nBody", 2, "must be a mapping"),
    ("---\ntitle: never closed\nBody", 1, "not closed"),
    # a title with inner quotes of its own kind: the message says how to quote it
    ('---\ndate: 2025-10-20\ntitle: ""We will build it again": a city mourns"\n---\nBody', 3,
     "the value of 'title' starts with a quote, so YAML ends it at the next one"),
    ("---\ntitle: 'It's over'\n---\nBody", 2, "write an inner quote of the same kind twice (title: 'It''s over')"),
])
def test_bad_front_matter_reports_line(tmp_path: Path, content: str, line: int, needle: str) -> None:
    p = write(tmp_path, "bad.md", content)
    with pytest.raises(InputError) as info:
        read_article(p)
    assert info.value.line == line
    assert needle in info.value.message
    assert str(info.value).startswith(f"{p}:{line}: error: ")


def test_no_quote_hint_for_other_yaml_errors(tmp_path: Path) -> None:
    p = write(tmp_path, "bad.md", "---\ntitle: [oops\n---\nBody")
    with pytest.raises(InputError) as info:
        read_article(p)
    assert "starts with a quote" not in info.value.message and info.value.message.endswith("fix it and build again")


def test_offsets_map_to_file_lines(tmp_path: Path) -> None:
    p = write(tmp_path, "o.md", "---\ntitle: O\n---\nfirst\nsecond May 2025\n")
    art = read_article(p).article
    assert art.line_of(art.body.index("May")) == 5


@pytest.mark.parametrize(("front", "line", "message"), [
    ("title: [a, b]", 2, "front matter 'title' should be one text, not a list; ignored"),
    ("source: {name: X}", 2, "front matter 'source' should be one text, not a mapping; ignored"),
    ("author: [1, 2]", 2, "front matter 'author' should be one text, not a list; ignored"),
    ("tags: {a: 1}", 2, "front matter 'tags' should be a list of words (tags: [India, trade]), not a mapping; ignored"),
    ("tags: [a, [b, c]]", 2, "front matter 'tags': a nested list or mapping among the tags is ignored"),
])
def test_a_value_of_the_wrong_kind_is_a_warning_and_ignored(tmp_path: Path, front: str, line: int, message: str) -> None:
    res = read_article(write(tmp_path, "w.md", f"---\n{front}\ndate: 2026-01-13\n---\nBody"))
    assert [(w.line, w.message) for w in res.warnings] == [(line, message)]
    art = res.article
    assert art.title == "w" and art.source is None and art.author is None
    assert art.tags in ((), ("a",))
    assert "[" not in art.title and "{" not in art.title


def test_a_key_given_twice_is_a_warning(tmp_path: Path) -> None:
    res = read_article(write(tmp_path, "d.md", "---\ntitle: T\ndate: 2026-01-13\ndate: 2026-01-14\n---\nBody"))
    assert res.article.published == dt.date(2026, 1, 14)
    assert [(w.line, w.message) for w in res.warnings] == [
        (4, "front matter key 'date' is given 2 times (lines 3, 4); the last one is used")]


@pytest.mark.parametrize(("lang", "warned"), [("en", False), ("en-GB", False), ("EN_us", False), ("English", False),
                                              ("es", True), ("de-DE", True), ("fr", True)])
def test_a_language_other_than_english_is_a_warning(tmp_path: Path, lang: str, warned: bool) -> None:
    res = read_article(write(tmp_path, "l.md", f"---\ntitle: T\ndate: 2026-01-13\nlang: {lang}\n---\nBody"))
    assert res.article.lang == lang
    msgs = [(w.line, w.message) for w in res.warnings]
    assert msgs == ([(4, f"language {lang!r}: timeline reads dates written in English; this article's dates in other "
                         "words ('15 de mayo', 'letzte Woche') are not found, its numeric and ISO dates (15/05/2026, "
                         "2026-05-15) are")] if warned else [])


def test_a_list_for_the_date_says_so(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_article(write(tmp_path, "x.md", "---\ntitle: T\ndate: [2026-01-10]\n---\nBody"))
    assert (info.value.line, str(info.value.message)) == (3, "front matter 'date': a list is not a date (write one date: YYYY-MM-DD)")


def test_a_txt_first_line_too_long_for_a_title_gives_its_first_words(tmp_path: Path) -> None:
    art = read_article(write(tmp_path, "long.txt", "A" * 300 + " opened on 2 June 2025.\n")).article
    assert art.title == "A" * 100 + "…"
    assert art.body.startswith("A" * 300)  # the line is the first paragraph
    art = read_article(write(tmp_path, "words.txt", "The bridge " + "and the road " * 60 + "\n")).article
    assert art.title == "The bridge and the road and the road and the road and…"
