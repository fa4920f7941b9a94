"""The site's pages: golden files of a fixed timeline, escaping, overrides, pagination, scale.

Regenerate the golden files after an intended change with ``pytest tests/test_render.py --update-golden``.
"""

from __future__ import annotations

import dataclasses
import json
import datetime as dt
import difflib
import re
import shutil
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import timex
from timeline.config import Config
from timeline.errors import BuildError
from timeline.model import Article, Event, Mention, Timeline
from timeline.render import Span, group_key, index_pages, mark, mark_spans, paragraphs, render

GOLDEN = Path(__file__).parent / "golden" / "sample"
SAMPLE_CONFIG = Config(title="Sample timeline", description="A fixed timeline for the golden tests.")


@pytest.fixture(autouse=True)
def _no_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def _bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def test_golden_sample_site(sample_timeline: Timeline, update_golden: bool) -> None:
    pages = render(sample_timeline, SAMPLE_CONFIG)
    if update_golden:
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for name, content in pages.items():
            target = GOLDEN / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(_bytes(content))
        pytest.skip(f"golden files rewritten in {GOLDEN}")
    assert GOLDEN.is_dir(), "no golden files: run pytest tests/test_render.py --update-golden"
    on_disk = sorted(p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*") if p.is_file())
    assert on_disk == sorted(pages), "the set of pages changed; rerun with --update-golden if intended"
    problems = []
    for name in sorted(pages):
        want = (GOLDEN / name).read_bytes()
        got = _bytes(pages[name])
        if want != got:
            diff = difflib.unified_diff(want.decode("utf-8", "replace").splitlines(),
                                        got.decode("utf-8", "replace").splitlines(),
                                        f"golden/{name}", f"rendered/{name}", lineterm="", n=2)
            problems.append("\n".join(list(diff)[:80]))
    assert not problems, "pages differ from tests/golden (rerun with --update-golden if intended):\n" + "\n\n".join(problems)


def test_render_is_reproducible(sample_timeline: Timeline) -> None:
    a = render(sample_timeline, SAMPLE_CONFIG)
    b = render(dataclasses.replace(sample_timeline, articles=tuple(reversed(sample_timeline.articles))), SAMPLE_CONFIG)
    assert a == b


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Collector:
    c = _Collector()
    c.feed(html)
    return c


def test_untrusted_text_never_becomes_markup(sample_timeline: Timeline) -> None:
    pages = render(sample_timeline, SAMPLE_CONFIG)
    for name, content in pages.items():
        if not name.endswith(".html"):
            continue
        assert isinstance(content, str)
        parsed = _parse(content)
        names = [t for t, _ in parsed.tags]
        assert "img" not in names and "b" not in names, name
        assert names.count("script") <= 1, name
        for tag, attrs in parsed.tags:
            if tag == "script":
                assert attrs.get("src", "").endswith("app.js") and "onerror" not in attrs
            for key in ("href", "src"):
                value = attrs.get(key)
                if value is not None:
                    assert not value.lower().startswith(("javascript:", "data:", "//")), (name, value)
                    assert not value.startswith("/"), (name, value)  # relative URLs only
    hostile = pages["articles/hostile.html"]
    assert "&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;" in hostile
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt; &amp; Co" in hostile
    assert "javascript:" not in hostile


def test_one_h1_and_heading_order(sample_timeline: Timeline) -> None:
    for name, content in render(sample_timeline, SAMPLE_CONFIG).items():
        if name.endswith(".html"):
            levels = [int(t[1]) for t, _ in _parse(str(content)).tags if re.fullmatch(r"h[1-6]", t)]
            assert levels.count(1) == 1, name
            assert levels[0] == 1, name
            for a, b in zip(levels, levels[1:]):
                assert b <= a + 1, (name, levels)


def test_every_event_article_and_tag_has_a_page(sample_timeline: Timeline) -> None:
    pages = render(sample_timeline, SAMPLE_CONFIG)
    for e in sample_timeline.events:
        assert f"events/{e.id}.html" in pages
        assert f'id="{e.id}"' in pages["index.html"]
    for a in sample_timeline.articles:
        assert f"articles/{a.id}.html" in pages
    assert "tags/india.html" in pages and "tags/trade.html" in pages
    assert {"404.html", "about.html", "tags/index.html", "articles/index.html", ".nojekyll", "style.css", "app.js",
            "events.json", "events.csv", "events.ics", "timelinejs.json", "feed.xml"} <= set(pages)
    assert "sitemap.xml" not in pages and "robots.txt" not in pages


def test_index_shows_precision_and_planned_and_marks(sample_timeline: Timeline) -> None:
    index = str(render(sample_timeline, SAMPLE_CONFIG)["index.html"])
    assert '<time datetime="2025-01-01">mid-2025</time>' in index
    assert '<time datetime="2025-05-01">May 2025</time>' in index
    assert '<time datetime="2026-01-05">week of 5 January 2026</time>' in index
    assert "Sunday 1 February 2026 – Tuesday 10 February 2026" in index
    assert index.count('<span class="badge">planned</span>') == 3
    assert "<mark>May 2025</mark>" in index
    assert "Reported by 2 sources" in index and "Reported by 1 source:" in index
    assert 'id="m-2026-01"' in index and 'id="y-2025-all"' in index


def test_article_page_marks_every_expression_and_lists_unused(sample_timeline: Timeline) -> None:
    page = str(render(sample_timeline, SAMPLE_CONFIG)["articles/call.html"])
    for x in sample_timeline.expressions["call"]:
        assert f'id="x-{x.start}"' in page
    assert '<a href="../events/2025-05-01-conflict.html"><mark id="x-' in page
    assert "a duration, not a date" in page
    assert '<p class="subhead"><strong>What comes next</strong></p>' in page


def test_base_url_adds_canonical_sitemap_robots(sample_timeline: Timeline) -> None:
    pages = render(sample_timeline, dataclasses.replace(SAMPLE_CONFIG, base_url="https://example.org/repo"))
    assert '<link rel="canonical" href="https://example.org/repo/events/2026-01-13-call.html">' in str(
        pages["events/2026-01-13-call.html"])
    assert "https://example.org/repo/events/2026-01-13-call.html" in str(pages["sitemap.xml"])
    assert str(pages["robots.txt"]).endswith("Sitemap: https://example.org/repo/sitemap.xml\n")
    # Pages still link relatively.
    assert 'href="style.css"' in str(pages["index.html"])
    with pytest.raises(BuildError):
        render(sample_timeline, dataclasses.replace(SAMPLE_CONFIG, base_url="javascript:alert(1)"))


def test_user_templates_override_one_file(sample_timeline: Timeline, tmp_path: Path) -> None:
    (tmp_path / "about.html").write_text('{% extends "base.html" %}{% block main %}<h1>Ours</h1>{% endblock %}\n')
    (tmp_path / "style.css").write_text("body { color: red; }\n")
    pages = render(sample_timeline, dataclasses.replace(SAMPLE_CONFIG, templates=tmp_path))
    assert "<h1>Ours</h1>" in str(pages["about.html"])
    assert pages["style.css"] == "body { color: red; }\n"
    assert pages["index.html"] == render(sample_timeline, SAMPLE_CONFIG)["index.html"]
    (tmp_path / "tag.html").write_text("{% block main %}{{ missing_name }}{% endblock %}")
    with pytest.raises(BuildError, match="template error"):
        render(sample_timeline, dataclasses.replace(SAMPLE_CONFIG, templates=tmp_path))


def test_pagination_links_and_chart_targets(sample_timeline: Timeline) -> None:
    pages = render(sample_timeline, dataclasses.replace(SAMPLE_CONFIG, per_page=3))
    # Pages by period (see index_pages): 2025 fits on one page, 2026 does not and goes by month.
    names = ["index.html", "page-2026-01.html", "page-2026-02.html", "page-2026-03.html", "page-2027.html"]
    assert sorted(n for n in pages if n.startswith(("index", "page-"))) == sorted(names)
    index = str(pages["search-index.js"])
    assert index == ('window.timelineIndex = {"pages":["index.html","page-2026-01.html","page-2026-02.html",'
                     '"page-2026-03.html","page-2027.html"],"shards":["search-index-1.js"]};\n')
    for n in names:  # the counts and the chart only on the first page; the page list on every page
        assert ('<p class="summary">' in str(pages[n])) == (n == "index.html")
        assert ('<svg class="chart"' in str(pages[n])) == (n == "index.html")
        assert str(pages[n]).count('<span class="span"> (Jan 2026)</span>') == 1
        assert ('<span class="page-no">(page 2 of 5)</span>' in str(pages[n])) == (n == "page-2026-01.html")
    assert '<link rel="next" href="page-2026-02.html">' in str(pages["page-2026-01.html"])
    assert '<link rel="prev" href="page-2026-03.html">' in str(pages["page-2027.html"])
    assert "rel=\"next\"" not in str(pages["page-2027.html"])
    shard = str(pages["search-index-1.js"])
    assert shard.startswith("(window.timelineIndexParts = window.timelineIndexParts || {})[0] = [\n[0,")
    assert shard.count("\n") == len(sample_timeline.events) + 1 and shard.endswith("]];\n")
    assert "search-index.js" not in render(sample_timeline, SAMPLE_CONFIG)
    assert '<link rel="next" href="page-2026-01.html">' in str(pages["index.html"])
    assert '<link rel="prev" href="index.html">' in str(pages["page-2026-01.html"])
    seen = []
    for n in names:
        seen += re.findall(r'<li class="event[^"]*" id="([^"]+)"', str(pages[n]))
    assert sorted(seen) == sorted(e.id for e in sample_timeline.events)
    for href in re.findall(r'<a href="([^"#]+\.html)#([^"]+)" aria-label', str(pages["index.html"])):
        assert f'id="{href[1]}"' in str(pages[href[0]]), href


def test_tag_list_paginates(sample_timeline: Timeline, monkeypatch: pytest.MonkeyPatch) -> None:
    import timeline.render as render_module

    monkeypatch.setattr(render_module, "TAGS_PER_PAGE", 2)
    pages = render(sample_timeline, SAMPLE_CONFIG)
    lists = sorted(n for n in pages if re.fullmatch(r"tags/index(\.\d+)?\.html", n))
    assert len(lists) > 1 and "tags/index.html" in lists
    listed = []
    for n in lists:
        cloud = re.search(r'<ul class="tag-cloud">(.*?)</ul>', str(pages[n]), re.S)
        assert cloud, n
        listed += re.findall(r'<li><a href="([^"]+)\.html">', cloud.group(1))
    assert len(listed) == len(set(listed)) and all(f"tags/{slug}.html" in pages for slug in listed)
    assert '<a rel="next" href="index.2.html">' in str(pages["tags/index.html"])
    assert "(page 2 of" in str(pages["tags/index.2.html"])


def test_mark_helpers_escape() -> None:
    assert mark("<a> & b", 4, 5) == "&lt;a&gt; <mark>&amp;</mark> b"
    text = "x <b>May</b> y"
    out = mark_spans(text, 10, [Span(12, 22, "../e.html", 'say "hi"', "used"), Span(13, 14)])
    assert out == 'x <a href="../e.html"><mark id="x-12" class="used" title="say &#34;hi&#34;">&lt;b&gt;May&lt;/b&gt;</mark></a> y'
    assert paragraphs("a\nb\n\n## H\n\n  c  ") == [(0, 3, "p"), (8, 9, "h"), (13, 14, "p")]


def _synthetic(n: int) -> Timeline:
    """``n`` events over ~30 years from 50 articles (for the scale test)."""
    arts = []
    for i in range(50):
        body = " ".join(f"Sentence {j} of article {i} happened on 3 May 2001." for j in range(n // 50 + 1))
        arts.append(Article(id=f"a{i:03d}", path=f"a{i}.md", title=f"Article {i}", body=body,
                            published=dt.date(2020, 1, 1) + dt.timedelta(days=i), source=f"Outlet {i % 7}",
                            tags=(f"topic {i % 5}",)))
    events = []
    day0 = dt.date(1995, 1, 1)
    for k in range(n):
        a = arts[k % 50]
        j = k // 50
        sentence = f"Sentence {j} of article {int(a.id[1:])} happened on 3 May 2001."
        s0 = a.body.index(sentence)
        start = s0 + sentence.index("3 May 2001")
        d = day0 + dt.timedelta(days=k)
        value = d.isoformat() if k % 3 else d.isoformat()[:7]
        date = timex.date_value(value)
        m = Mention(article=a.id, sentence=sentence, sentence_start=s0, expr="3 May 2001", start=start,
                    end=start + 10, date=date, status="planned" if k % 11 == 0 else "past", title=f"Event {k}")
        events.append(Event(id=f"{d.isoformat()}-{k:05d}", date=date, status=m.status, title=m.title,
                            mentions=(m,), tags=(f"tag {k % 40}", "everywhere")))
    events.sort(key=lambda e: (e.date.start, e.date.end, e.id))
    return Timeline(title="Big", events=tuple(events), articles=tuple(arts))


def test_ten_thousand_events_stay_small_and_fast() -> None:
    tl = _synthetic(10_000)
    started = time.perf_counter()
    pages = render(tl, Config(title="Big"))
    seconds = time.perf_counter() - started
    html = {n: c for n, c in pages.items() if n.endswith(".html")}
    assert sum(1 for n in html if n.startswith("events/")) == 10_000
    biggest = max(html, key=lambda n: len(_bytes(html[n])))
    assert len(_bytes(html[biggest])) < 1_000_000, biggest
    assert len(_bytes(pages["index.html"])) < 400_000
    # 365 events a year (more than per_page, 200): a page a month, ~30 events; 2022 (to 19 May) fits on one page.
    months = sorted({group_key(e) for e in tl.events if e.date.start.year < 2022})
    assert len(months) == 324 and all(m for _, m in months)
    assert sorted(n for n in pages if n.startswith("page-")) == [
        *(f"page-{y:04d}-{m:02d}.html" for y, m in months[1:]), "page-2022.html"]
    assert "tags/everywhere.50.html" in pages and "tags/everywhere.51.html" not in pages
    assert seconds < 120, f"rendering 10,000 events took {seconds:.1f} s"


_ALLOWED_TAGS = {"html", "head", "meta", "title", "link", "body", "a", "header", "p", "nav", "ul", "li", "main",
                 "h1", "h2", "h3", "h4", "section", "figure", "svg", "line", "rect", "text", "figcaption", "form",
                 "div", "label", "input", "select", "option", "button", "ol", "time", "span", "blockquote", "mark",
                 "footer", "script", "article", "dl", "dt", "dd", "code", "table", "thead", "tbody", "tr", "th",
                 "td", "strong", "em", "style"}

_nasty = st.lists(st.sampled_from(list("<>&\"'`=/ \n\tabcxyz;:()") + ["<script>", "javascript:", "</p>", "onerror=",
                                                                       "{{", "{%", "\u2028", "<img src=x>"]),
                  max_size=12).map("".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=_nasty, body=_nasty, tag=_nasty, source=_nasty, url=_nasty)
def test_hostile_input_never_becomes_markup(title: str, body: str, tag: str, source: str, url: str) -> None:
    body = "On 2 March 2026 " + body
    art = Article(id="x", path="x.md", title=title, body=body, published=dt.date(2026, 3, 3), source=source or None,
                  url=url or None, tags=(tag,) if tag else ())
    date = timex.date_value("2026-03-02")
    m = Mention(article="x", sentence=body, sentence_start=0, expr="2 March 2026", start=3, end=15, date=date,
                status="past", title=title or "t", tags=(tag,) if tag else ())
    ev = Event(id="2026-03-02-x", date=date, status="past", title=title or "t", mentions=(m,), tags=(tag,) if tag else ())
    pages = render(Timeline(title="T", events=(ev,), articles=(art,)), Config(title="T"))
    for name, content in pages.items():
        if name.endswith(".html"):
            parsed = _parse(str(content))
            for t, attrs in parsed.tags:
                assert t in _ALLOWED_TAGS, (name, t)
                assert not any(k.startswith("on") for k in attrs), (name, attrs)
                if t == "script":
                    assert attrs == {"src": "app.js"}
                href = attrs.get("href") or ""
                assert not re.match(r"\s*(javascript|data|vbscript):", href, re.I), (name, href)


def test_search_index_shards_split_by_size(sample_timeline: Timeline, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    import timeline.render as render_mod

    cfg = dataclasses.replace(SAMPLE_CONFIG, per_page=3)
    whole = render(sample_timeline, cfg)
    rows = json.loads(str(whole["search-index-1.js"]).split(")[0] = ", 1)[1].rstrip(";\n"))
    monkeypatch.setattr(render_mod, "SEARCH_SHARD_BYTES", 250)
    pages = render(sample_timeline, cfg)
    head = json.loads(str(pages["search-index.js"]).split(" = ", 1)[1].rstrip(";\n"))
    assert head["pages"] == ["index.html", "page-2026-01.html", "page-2026-02.html", "page-2026-03.html",
                             "page-2027.html"] and len(head["shards"]) > 1
    assert head["shards"] == [f"search-index-{k}.js" for k in range(1, len(head["shards"]) + 1)]
    got = []
    for k, name in enumerate(head["shards"]):
        text = str(pages[name])
        prefix = f"(window.timelineIndexParts = window.timelineIndexParts || {{}})[{k}] = "
        assert text.startswith(prefix)
        part = json.loads(text[len(prefix):].rstrip(";\n"))
        assert len(text.encode()) - len(prefix) <= 250 + 10 or len(part) == 1
        got += part
    assert got == rows and len(rows) == len(sample_timeline.events)
    assert {n for n in pages if n.startswith("search-index")} == {"search-index.js", *head["shards"]}


def test_paragraphs_split_at_blank_lines() -> None:
    from timeline.render import paragraphs

    body = "  ## Head\nline one\n  \n\t\n# Title \n\nlast\n  line\n\n\n#nospace\n"
    assert paragraphs(body) == [(2, 18, "p"), (26, 31, "h"), (34, 45, "p"), (48, 56, "p")]
    assert [body[s:t] for s, t, _ in paragraphs(body)] == ["## Head\nline one", "Title", "last\n  line", "#nospace"]
    assert paragraphs("## Heading\n\nText") == [(3, 10, "h"), (12, 16, "p")]
    assert paragraphs("") == [] and paragraphs("\n \n\t") == []


def test_index_pages_follow_the_calendar(sample_timeline: Timeline) -> None:
    """Index pages are periods (century, decade, year, month, runs of a month): one more event
    changes the pages of its period only; every page holds at most per_page events."""
    ordered = sorted(sample_timeline.events, key=group_key)
    assert index_pages(ordered, 200) == [("", "", ordered)]
    assert index_pages([], 3) == [("", "", [])]
    got = index_pages(ordered, 3)
    assert [(key, label, [e.id for e in evs]) for key, label, evs in got] == [
        ("2025", "2025", ["2025-01-01-tariffs", "2025-05-01-conflict"]),
        ("2026-01", "Jan 2026", ["2026-01-05-lutnick", "2026-01-12-gor", "2026-01-13-call"]),
        ("2026-02", "Feb 2026", ["2026-02-01-summit", "2026-02-01-meeting"]),
        ("2026-03", "Mar 2026", ["2026-03-02-hostile"]),
        ("2027", "2027", ["2027-01-01-vote"])]
    assert [key for key, _, _ in index_pages(ordered, 1)] == [
        "2025-x", "2025-05", "2026-01", "2026-01-2", "2026-01-3", "2026-02", "2026-02-2", "2026-03", "2027"]
    assert [label for _, label, _ in index_pages(ordered, 1)][:4] == [
        "2025, not within one month", "May 2025", "Jan 2026", "Jan 2026 (2)"]
    tl = _synthetic(3000)  # 1995-2003: decades and centuries split, then years and months
    big = sorted(tl.events, key=group_key)
    pages = index_pages(big, 300)
    assert [e for _, _, evs in pages for e in evs] == big and all(0 < len(evs) <= 300 for _, _, evs in pages)
    assert [key for key, _, _ in pages][:3] == ["1995-01", "1995-02", "1995-03"]
    one_more = sorted([*big, dataclasses.replace(big[1000], id="new")], key=group_key)
    changed = [a for a, b in zip(pages, index_pages(one_more, 300)) if a != b]
    assert len(index_pages(one_more, 300)) == len(pages) and len(changed) == 1
    sparse = sorted([*big[:5], dataclasses.replace(big[0], id="old", date=timex.date_value("1890"))], key=group_key)
    assert [key for key, _, _ in index_pages(sparse, 3)] == ["1800-1899", "1995-01", "1995-01-2"]


def test_macros_module_is_made_once_per_render(sample_timeline: Timeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages import _macros.html without context: they share one (memoised) module, which Jinja
    makes again on every import if a page template's globals have a name _macros.html's lack."""
    import jinja2

    made: list[str] = []
    real = jinja2.Template.make_module

    def counting(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        made.append(self.name)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Template, "make_module", counting)
    pages = render(sample_timeline, dataclasses.replace(SAMPLE_CONFIG, per_page=3))
    assert sum(1 for n in pages if n.startswith("events/")) == len(sample_timeline.events) > 5
    assert made.count("_macros.html") == 1


def test_entity_tags_show_their_name_and_kind() -> None:
    from timeline.render import tag_label, tag_name

    assert tag_name("person:Marco Rubio") == "Marco Rubio" and tag_label("person:Marco Rubio") == "Marco Rubio (person)"
    assert tag_label("org:Pax Silica") == "Pax Silica (organisation)" and tag_label("place:New Delhi") == "New Delhi (place)"
    for plain in ("trade", "topic:trade", "person:", "<img src=x>"):  # front-matter tags show as written
        assert tag_name(plain) == tag_label(plain) == plain


def test_an_event_told_thousands_of_times_lists_a_bounded_number_of_sources() -> None:
    """One article repeating a date 1,200 times makes one event of 1,200 mentions: its page lists
    SOURCES_PER_EVENT_PAGE of them and counts the rest (all stay in events.json)."""
    from timeline.render import SOURCES_PER_EVENT_PAGE

    sentence = "On Monday the council voted."
    body = " ".join([sentence] * 1200)
    a = Article(id="loop", path="seeds/loop.md", title="Loop", body=body, published=dt.date(2026, 1, 7))
    date = timex.date_value("2026-01-05")
    ms = tuple(Mention(article="loop", sentence=sentence, sentence_start=k * 29, expr="Monday", start=k * 29 + 3,
                       end=k * 29 + 9, date=date, status="past", title="The council voted") for k in range(1200))
    assert body[ms[-1].start:ms[-1].end] == "Monday"
    ev = Event(id="2026-01-05-the-council-voted", date=date, status="past", title="The council voted", mentions=ms)
    pages = render(Timeline(title="Loop", events=(ev,), articles=(a,)), Config(title="Loop"))
    page = _bytes(pages["events/2026-01-05-the-council-voted.html"]).decode()
    assert page.count('<blockquote class="evidence"') == SOURCES_PER_EVENT_PAGE == 500
    assert "<h2>Sources (1200)</h2>" in page
    assert "700 more sources are not listed here; all 1200 are in" in page
    assert len(json.loads(_bytes(pages["events.json"]))["events"][0]["sources"]) == 1200


def test_an_event_told_by_hundreds_of_articles_lists_a_few_sources_and_tags_on_list_pages() -> None:
    """An event told by 700 articles made every list page holding it ~100 KB longer (a tag page of
    200 such events: 2.2 MB, over the 1 MB budget): a list item links ITEM_SOURCES sources and
    ITEM_TAGS tags, then "and N more" to the event's page, which lists them (up to its own bound)."""
    from timeline.render import ITEM_SOURCES, ITEM_TAGS

    date = timex.date_value("2026-01-05")
    arts, ms = [], []
    for k in range(40):
        body = f"On Monday the council of Town{k:02d} voted."
        arts.append(Article(id=f"a{k:02d}", path=f"seeds/a{k:02d}.md", title=f"Vote {k}", body=body,
                            published=dt.date(2026, 1, 7), source=f"Outlet {k:02d}"))
        ms.append(Mention(article=f"a{k:02d}", sentence=body, sentence_start=0, expr="Monday", start=3, end=9, date=date,
                          status="past", title="The council voted"))
    tags = tuple(f"place:Town{k:02d}" for k in range(30))
    ev = Event(id="2026-01-05-the-council-voted", date=date, status="past", title="The council voted", mentions=tuple(ms), tags=tags)
    pages = render(Timeline(title="Votes", events=(ev,), articles=tuple(arts)), Config(title="Votes"))
    index = _bytes(pages["index.html"]).decode()
    item = index[index.index('<li class="event'):]
    item = item[:item.index("</li>")]
    assert item.count('href="articles/') == ITEM_SOURCES == 12
    assert f'and <a href="events/2026-01-05-the-council-voted.html">{40 - ITEM_SOURCES} more</a>' in item
    assert item.count('href="tags/') == ITEM_TAGS == 12
    assert f'and <a href="events/2026-01-05-the-council-voted.html">{30 - ITEM_TAGS} more</a></span>' in item
    assert "Reported by 40 sources" in item
    # every source and tag is still on the event's page, and every tag is in the item's filter data
    page = _bytes(pages["events/2026-01-05-the-council-voted.html"]).decode()
    assert page.count('<blockquote class="evidence"') == 40
    assert len(re.findall(r'href="\.\./tags/(?!index)[^"]+"', page)) == 30
    assert all(f"|place:Town{k:02d}|" in item or f"place:Town{k:02d}|" in item for k in range(30))


def test_an_article_s_tags_are_its_events_tags_and_outlets_alone_fill_the_source_filter(tmp_path: Path) -> None:
    """Front-matter tags put the article's events on the tag's page and in the tag filter; the
    Source filter lists outlets (an article's source, else its URL's site), never a title."""
    from timeline.build import analyse_article, assemble

    arts = [
        Article(id="ferry", path="ferry.md", title="Ferry to Gull Island suspended", published=dt.date(2026, 2, 5),
                body="The ferry to Gull Island was suspended on Wednesday after a storm.", tags=("transport",)),
        Article(id="pier", path="pier.md", title="Pier repairs begin", published=dt.date(2026, 2, 20),
                url="https://www.harbour-news.example/pier", body="Repairs to the pier began on Monday."),
    ]
    tl = assemble([analyse_article(a) for a in arts])
    pages = render(tl, SAMPLE_CONFIG)
    page = _bytes(pages["tags/transport.html"]).decode()
    assert "<h2>Events (1)</h2>" in page and "The ferry to Gull Island was suspended" in page
    index = _bytes(pages["index.html"]).decode()
    assert '<option value="transport">transport</option>' in index
    assert re.search(r'data-tags="[^"]*\|transport\|"', index)
    sources = re.search(r'<select id="f-source".*?</select>', index).group(0)
    assert sources == ('<select id="f-source" name="source"><option value="">All sources</option>'
                       '<option>harbour-news.example</option></select>')


def test_a_front_matter_tag_naming_an_entity_is_that_entitys_page(tmp_path: Path) -> None:
    """tags: [india] and the entity place:India: one tag page, linked from the article and events."""
    from timeline.build import build
    from timeline.config import load_config

    src = tmp_path / "seeds"
    src.mkdir()
    (src / "a.md").write_text("---\ntitle: Talks\ndate: 2026-03-20\ntags: [india, trade]\n---\n"
                              "Officials from India met in Geneva on Monday.\n", encoding="utf-8")
    out = tmp_path / "site"
    build(load_config(None, source=src, out=out, cache=False))
    tags = sorted(p.name for p in (out / "tags").iterdir())
    assert "place-india.html" in tags and "india.html" not in tags and "trade.html" in tags
    page = (out / "articles" / "a.html").read_text(encoding="utf-8")
    assert '<a href="../tags/place-india.html">india</a>' in page
