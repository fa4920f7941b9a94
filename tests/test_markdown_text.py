"""A Markdown article's syntax is read out of its body, every offset and line kept
(timeline/read.py: ``markdown_text``). Table of inputs and the exact text they read as."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.build import analyse_article
from timeline.read import markdown_text, read_article

CASES = [
    ("The **bridge** was closed.", "The   bridge   was closed."),
    ("It was __very__ late.", "It was   very   late."),
    ("It was *3 March 2025* then.", "It was  3 March 2025  then."),
    ("An _emphasised_ word, a snake_case name.", "An  emphasised  word, a snake_case name."),
    ("It was [closed](https://example.org/a) today.", "It was  closed" + " " * 25 + "today."),
    ("See [the report][1] now.\n\n[1]: https://example.org/r", "See  the report     now.\n\n" + " " * 26),
    ("![photo taken 5 May 2025](img.jpg)\nText.", "                                  \nText."),
    ("## Background\n\nText.", "   Background\n\nText."),
    ("# Title #\nText.", "  Title  \nText."),
    ("Call us, quote reference #\nText.", "Call us, quote reference #\nText."),  # not a heading: its # stays
    ("> \"We will reopen in July,\" she said.", "  \"We will reopen in July,\" she said."),
    ("* one item\n+ another\n- a dash stays", "• one item\n• another\n- a dash stays"),  # bullets read as "•"
    ("1. The tender opened in 2024.", "1. The tender opened in 2024."),  # a number stays (each item its own line)
    ("Use `git log` here.", "Use  git log  here."),
    ("`` The GM that let you down '' he said.", "`` The GM that let you down '' he said."),  # typeset quotes
    ("| year | event |\n| --- | --- |\n| 2019 | built |\n\nAfter.", "  year   event  \n" + " " * 13 + "\n  2019   built  \n\nAfter."),
    ("Orven Weekly | briefing, Monday", "Orven Weekly | briefing, Monday"),  # a pipe in plain text
    ("Text.\n\n---\n\nMore.", "Text.\n\n   \n\nMore."),
    ("A <!-- note: 1 May 2025 --> comment.", "A                           comment."),
    ("Escaped \\*stars\\* stay.", "Escaped  *stars * stay."),
    ("<b>Bold</b> and <script>x</script> stay text.", "<b>Bold</b> and <script>x</script> stay text."),
    ("Plain news text, no syntax at all: on 3 May 2025, 5 > 3.", "Plain news text, no syntax at all: on 3 May 2025, 5 > 3."),
]


@pytest.mark.parametrize(("body", "text"), CASES, ids=[c[0][:30] for c in CASES])
def test_markdown_is_read_out_with_offsets_kept(body: str, text: str) -> None:
    out = markdown_text(body)
    assert out == text
    assert len(out) == len(body) and out.count("\n") == body.count("\n")


def test_a_markdown_article_s_events_read_its_text(tmp_path: Path) -> None:
    p = tmp_path / "bridge.md"
    p.write_text("---\ntitle: Bridge\ndate: 2026-01-13\n---\n## Background\n\nThe **bridge** was "
                 "[closed](https://example.org/closure) on *3 March 2025*.\n\n![photo taken 5 May 2025](img.jpg)\n",
                 encoding="utf-8")
    art = read_article(p).article
    assert art.published == dt.date(2026, 1, 13)
    mentions = analyse_article(art).mentions
    assert [(m.date.value, m.title, art.body[m.start:m.end]) for m in mentions] == [
        ("2025-03-03", "The bridge was closed", "3 March 2025")]
    # offsets and lines are the file's: the date's line in the file
    (m,) = mentions
    assert p.read_text(encoding="utf-8").splitlines()[art.body_line - 1 + art.body.count("\n", 0, m.start)].find("3 March 2025") > 0


def test_a_txt_article_is_not_read_as_markdown(tmp_path: Path) -> None:
    p = tmp_path / "plain.txt"
    p.write_text("A headline\n\nThe **bridge** was closed on 3 March 2025.\n", encoding="utf-8")
    assert "**bridge**" in read_article(p).article.body



LINK_BODY = ("The council [closed the bridge](https://e.example/a?b=1&c=2 \"title\") after [an inspection](/rel/page),\n"
             "see [this](javascript:alert(1)), [that](//other.example/x), [mail](mailto:a@b.example) and ![p](https://i.example/p.png).\n")


def _linked(tmp_path: Path, url: str | None):
    p = tmp_path / "l.md"
    p.write_text("---\ntitle: Bridge\ndate: 2026-03-05\n" + (f"url: {url}\n" if url else "") + "---\n" + LINK_BODY,
                 encoding="utf-8")
    return read_article(p).article


def test_a_markdown_article_keeps_its_web_links(tmp_path: Path) -> None:
    a = _linked(tmp_path, "https://news.example/x/story")
    assert [(a.body[s:e], url) for s, e, url in a.links] == [
        ("closed the bridge", "https://e.example/a?b=1&c=2"),
        ("an inspection", "https://news.example/rel/page"),  # relative: against the article's url
    ]  # (no javascript:, protocol-relative or mailto: target; an image is no link)


def test_a_relative_link_of_an_article_without_url_stays_text(tmp_path: Path) -> None:
    a = _linked(tmp_path, None)
    assert [url for _s, _e, url in a.links] == ["https://e.example/a?b=1&c=2"]


def test_an_article_page_links_the_text_of_its_links_around_its_marks(tmp_path: Path) -> None:
    from timeline.render import mark_spans, Span

    body = "See [the closure on 3 March](https://e.example/?a=1&b=<2>) now."
    from timeline.read import markdown_read

    text, links = markdown_read(body)
    s = text.index("3 March")
    html = str(mark_spans(text, 0, [Span(s, s + 7, "../e.html", "event", "used")], links=links))
    assert html == ('See  <a class="out" href="https://e.example/?a=1&amp;b=&lt;2&gt;" rel="nofollow noopener">the closure on </a>'
                    '<a href="../e.html"><mark id="x-' + str(s) + '" class="used" title="event">3 March</mark></a>'
                    + text[s + 7:])
    assert text[s + 7:].strip() == "now."


@pytest.mark.parametrize("body,words,target", [
    ("See [Treaty of Lisbon](https://en.wikipedia.org/wiki/Treaty_of_Lisbon_(2007)) now.", "Treaty of Lisbon",
     "https://en.wikipedia.org/wiki/Treaty_of_Lisbon_(2007)"),  # brackets inside the target
    ("A **[bold link](https://b.example/x)** here.", "bold link", "https://b.example/x"),
    ("A [*emph* words](https://e.example) here.", " emph  words", "https://e.example"),
    ("Go <https://auto.example/p?q=1> now.", "https://auto.example/p?q=1", "https://auto.example/p?q=1"),
])
def test_links_inside_emphasis_emphasis_inside_links_and_autolinks(body: str, words: str, target: str) -> None:
    from timeline.read import markdown_read

    text, links = markdown_read(body)
    assert [(text[s:e], url) for s, e, url in links] == [(words, target)]
    assert "[" not in text and "]" not in text and "(" not in text.replace("(2007)", "") and "*" not in text
    assert len(text) == len(body)


def test_a_link_around_an_image_alone_is_no_link() -> None:
    from timeline.read import markdown_read

    text, links = markdown_read("Logo [![logo](logo.png)](https://x.example) end.")
    assert links == [] and text.split() == ["Logo", "end."]


@pytest.mark.parametrize("unit", ["[a", "![", "<!--", "**a", "<https://a", "[a](", "[a]((", "_a", "*a"])
def test_markdown_floods_read_in_linear_time(unit: str) -> None:
    """A hostile body of one mark repeated: reading it out must not take quadratic time (the
    link and comment patterns once scanned to the end of the line from every bracket)."""
    import time

    from timeline.read import markdown_read

    def cost(n: int) -> float:
        t = time.process_time()
        text, _ = markdown_read(unit * n)
        assert len(text) == len(unit) * n
        return time.process_time() - t

    small, large = cost(5_000), cost(80_000)
    assert large < 0.5 + 40 * small  # 16x the input: linear is ~16x; quadratic would be ~256x
