"""Curated input (issue 7): hand-written events, corrections, TimelineJS JSON and CSV."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest

from timeline import curated
from timeline.build import extract
from timeline.cli import main

SEED = Path(__file__).parent / "fixtures" / "seeds" / "jaishankar-rubio-call.md"


def source(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    (src / "events").mkdir(parents=True)
    shutil.copy(SEED, src / "seed.md")
    return src


def test_yaml_markdown_json_and_csv_events_merge_with_extracted(tmp_path: Path) -> None:
    src = source(tmp_path)
    (src / "events" / "hand.yaml").write_text(
        "- date: 2025-05-10\n  title: Ceasefire announced\n  tags: [India, Pakistan]\n"
        "- date: 2026-02\n  title: Pax Silica invitation\n  status: planned\n  id: pax-silica\n"
        "- {date: 2025-Q3, title: Quarter event, mod: END}\n", encoding="utf-8")
    (src / "events" / "one.md").write_text("---\ndate: 2024-06-04\ntags: India\n---\nElection results declared\n\nMore text.\n",
                                           encoding="utf-8")
    (src / "events" / "tl.json").write_text(json.dumps({
        "title": {"text": {"headline": "Ignored title slide"}},
        "events": [{"start_date": {"year": "2019", "month": "8", "day": "5"},
                    "text": {"headline": "<b>Article 370</b> revoked <script>alert(1)</script>", "text": "<p>x</p>"},
                    "group": "Kashmir", "unique_id": "art-370"},
                   {"start_date": {"year": 2020}, "end_date": {"year": 2021, "month": 3},
                    "text": {"headline": "Pandemic years"}}]}), encoding="utf-8")
    (src / "events" / "sheet.csv").write_text(
        "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Type,Group\n"
        ",,,,,,,,,Sheet title,,,title,\n"
        "2017,6,26,,,,,,,Modi meets Trump,<i>first</i> meeting,,,US\n", encoding="utf-8")
    (src / "events" / "simple.csv").write_text("date,title,status,tags\n2026-03-01,Trade deal signing,planned,\"trade, US\"\n",
                                               encoding="utf-8")
    result = extract([src])
    assert result.failed == 0, result.diagnostics
    by_title = {e.title: e for e in result.timeline.events}
    assert by_title["Ceasefire announced"].date.value == "2025-05-10"
    assert by_title["Ceasefire announced"].tags == ("India", "Pakistan")
    assert by_title["Pax Silica invitation"].id == "pax-silica" and by_title["Pax Silica invitation"].status == "planned"
    assert by_title["Quarter event"].date.mod == "END"
    assert by_title["Election results declared"].date.start == dt.date(2024, 6, 4)
    revoked = by_title["Article 370 revoked"]
    assert revoked.id == "art-370" and revoked.tags == ("Kashmir",) and revoked.date.value == "2019-08-05"
    assert by_title["Pandemic years"].date.value == "2020/2021-03"
    assert by_title["Modi meets Trump"].date.value == "2017-06-26" and by_title["Modi meets Trump"].tags == ("US",)
    assert by_title["Trade deal signing"].tags == ("trade", "US")
    assert "Sheet title" not in by_title and "Ignored title slide" not in by_title
    # Extracted events are still there, and all are in order.
    assert any(e.mentions for e in result.timeline.events)
    starts = [e.date.start for e in result.timeline.events]
    assert starts[0] == dt.date(2017, 6, 26)
    # The events/ folder is not read as articles.
    assert [a.id for a in result.timeline.articles] == ["seed"]


def test_corrections_drop_and_fix_by_id(tmp_path: Path) -> None:
    src = source(tmp_path)
    shutil.rmtree(src / "events")
    before = extract([src]).timeline.events
    assert len(before) >= 2
    drop, fix = before[0], before[1]
    (src / "corrections.yaml").write_text(
        f"- id: {drop.id}\n  drop: true\n  reason: not an event\n"
        f"- id: {fix.id}\n  title: Fixed title\n  date: 2025-06\n  status: planned\n"
        "- id: no-such-event\n  drop: true\n", encoding="utf-8")
    result = extract([src])
    ids = {e.id: e for e in result.timeline.events}
    assert drop.id not in ids
    assert ids[fix.id].title == "Fixed title" and ids[fix.id].date.value == "2025-06" and ids[fix.id].status == "planned"
    assert ids[fix.id].mentions == fix.mentions
    assert len(result.timeline.events) == len(before) - 1
    warn = [d for d in result.diagnostics if "no-such-event" in d.message]
    assert warn and warn[0].level == "warning" and warn[0].line == 8
    assert result.failed == 0


@pytest.mark.parametrize(("name", "content", "line", "needle"), [
    ("bad.yaml", "- date: 2025-01-01\n  title: ok\n- date: [oops\n", 3, "not valid YAML"),
    ("bad.yaml", "- date: 2025-02-30\n  title: Impossible\n", 1, "not a calendar date"),
    ("bad.yaml", "- title: No date\n", 1, "'date' is missing"),
    ("bad.yaml", "- date: 2025\n", 1, "'title' is missing"),
    ("bad.yaml", "- date: 2025\n  title: x\n  status: maybe\n", 1, "'status'"),
    ("bad.yaml", "- date: 2025\n  title: x\n  id: ../../etc/passwd\n", 1, "'id'"),
    ("bad.yaml", "just a string\n", 1, "expected a list"),
    ("bad.yaml", "- &a {date: 2025, title: x}\n- *a\n", 2, "aliases"),
    ("bad.json", '{"events": [\n {"start_date": {"month": 3}, "text": {"headline": "x"}}]}', 2, "year"),
    ("bad.json", '{"events": [\n', 2, "not valid JSON"),
    ("bad.csv", "date,title\n2025-13-01,Bad month\n", 2, "not a calendar date"),
    ("bad.csv", "when,what\n2025,x\n", 1, "'date' and 'title'"),
    ("bad.md", "---\ndate: 2025-02-30\n---\nX\n", 2, "impossible date"),
])
def test_bad_curated_input_is_reported_with_file_and_line(tmp_path: Path, name: str, content: str, line: int,
                                                         needle: str) -> None:
    src = source(tmp_path)
    bad = src / "events" / name
    bad.write_text(content, encoding="utf-8")
    result = extract([src])
    errors = [d for d in result.diagnostics if d.level == "error"]
    assert result.failed >= 1
    assert errors and errors[0].path == str(bad) and errors[0].line == line, errors
    assert needle in errors[0].message
    assert any(e.mentions for e in result.timeline.events)  # the articles still build


def test_bad_corrections_reported(tmp_path: Path) -> None:
    src = source(tmp_path)
    (src / "corrections.yaml").write_text("- id: x\n  colour: red\n- drop: true\n- id: y\n", encoding="utf-8")
    result = extract([src])
    msgs = [(d.line, d.message) for d in result.diagnostics if d.level == "error"]
    assert [m[0] for m in msgs] == [1, 3, 4]
    assert "unknown key" in msgs[0][1] and "needs the 'id'" in msgs[1][1] and "changes nothing" in msgs[2][1]


def test_curated_markup_never_escapes_in_the_site(tmp_path: Path) -> None:
    src = source(tmp_path)
    (src / "events" / "x.yaml").write_text(
        "- date: 2025-01-01\n  title: \"<script>alert(1)</script><img src=x onerror=alert(2)>\"\n"
        "  tags: [\"<b onmouseover=alert(3)>t</b>\", \"javascript:alert(4)\"]\n", encoding="utf-8")
    err = io.StringIO()
    out = tmp_path / "site"
    assert main(["build", "--source", str(src), "--out", str(out)], err=err) == 0, err.getvalue()
    for f in out.rglob("*"):
        if f.is_file() and f.suffix in (".html", ".xml", ".js", ".css"):  # JSON, CSV and iCalendar are plain data
            text = f.read_text(encoding="utf-8")
            assert "<script>alert" not in text and "<img src=x" not in text and "<b onmouseover" not in text, f
            if f.suffix == ".html":
                assert 'href="javascript:' not in text.lower(), f


def test_plain_strips_markup() -> None:
    assert curated.plain("<p>A &amp; B <script>x()</script><a href='javascript:y'>link</a></p>") == "A & B link"


def test_unknown_event_keys_are_warned_about(tmp_path: Path) -> None:
    src = source(tmp_path)
    (src / "events" / "typo.yaml").write_text("- date: 2025-01-01\n  title: Typo\n  stauts: planned\n  description: ok\n",
                                              encoding="utf-8")
    result = extract([src])
    (w,) = [d for d in result.diagnostics if "stauts" in d.message]
    assert w.level == "warning" and w.line == 1 and result.failed == 0
    assert "description" not in w.message.split("ignored")[0]


def test_descriptions_and_links_of_hand_written_events(tmp_path: Path) -> None:
    """A hand-written event keeps its text and source link (YAML, Markdown body, TimelineJS
    'text'), shows them escaped on its page and in events.json; a link that is not http(s) or
    relative is left out with a warning."""
    src = source(tmp_path)
    (src / "events" / "hand.yaml").write_text(
        "- date: 2025-05-10\n  title: Ceasefire announced\n"
        "  description: \"Both sides agreed <b>at 17:00</b>; prices 2 < 3 & more.\"\n"
        "  url: https://example.org/ceasefire?a=1&b=2\n"
        "- date: 2025-05-11\n  title: Bad link\n  url: \"javascript:alert(1)\"\n", encoding="utf-8")
    (src / "events" / "one.md").write_text("---\ndate: 2024-06-04\ntitle: Election results declared\n---\n"
                                           "Counting ended\nlate at night.\n", encoding="utf-8")
    (src / "events" / "tl.json").write_text(json.dumps({"events": [
        {"start_date": {"year": "2019", "month": "8", "day": "5"},
         "text": {"headline": "Article 370 revoked", "text": "<p>The <i>special status</i> ended.<script>x()</script></p>"}}]}),
        encoding="utf-8")
    result = extract([src])
    assert result.failed == 0
    by_title = {e.title: e for e in result.timeline.events}
    cease = by_title["Ceasefire announced"]
    assert cease.description == "Both sides agreed at 17:00; prices 2 < 3 & more."
    assert cease.url == "https://example.org/ceasefire?a=1&b=2"
    assert by_title["Bad link"].url == ""
    (w,) = [d for d in result.diagnostics if "url" in d.message]
    assert w.level == "warning" and w.line == 5 and "left out" in w.message  # (the event's first line)
    assert by_title["Election results declared"].description == "Counting ended late at night."
    assert by_title["Article 370 revoked"].description == "The special status ended."
    assert all(not e.description and not e.url for e in result.timeline.events if e.mentions)

    out = tmp_path / "site"
    err = io.StringIO()
    assert main(["build", "--source", str(src), "--out", str(out)], err=err) == 0, err.getvalue()
    page = next(p for p in (out / "events").glob("*.html") if "<h1>Ceasefire announced</h1>" in p.read_text(encoding="utf-8"))
    html_text = page.read_text(encoding="utf-8")
    assert '<p class="description">Both sides agreed at 17:00; prices 2 &lt; 3 &amp; more.</p>' in html_text
    assert ('<a href="https://example.org/ceasefire?a=1&amp;b=2" rel="nofollow noopener noreferrer">'
            'https://example.org/ceasefire?a=1&amp;b=2</a>') in html_text
    bad = next(p for p in (out / "events").glob("*.html") if "<h1>Bad link</h1>" in p.read_text(encoding="utf-8"))
    assert "javascript:" not in bad.read_text(encoding="utf-8") and "<dt>Source</dt>" not in bad.read_text(encoding="utf-8")
    records = {r["title"]: r for r in json.loads((out / "events.json").read_text(encoding="utf-8"))["events"]}
    assert records["Ceasefire announced"]["description"].endswith("2 < 3 & more.")
    assert records["Ceasefire announced"]["url"] == "https://example.org/ceasefire?a=1&b=2"
    assert all("description" not in r and "url" not in r for r in records.values() if r["sources"])


def test_a_timelinejs_text_goes_round_trip(tmp_path: Path) -> None:
    """A TimelineJS import's text body comes back, escaped, in the site's TimelineJS export."""
    src = source(tmp_path)
    (src / "events" / "tl.json").write_text(json.dumps({"events": [
        {"start_date": {"year": "2019", "month": "8", "day": "5"}, "unique_id": "art-370",
         "text": {"headline": "Article 370 revoked", "text": "<p>Status &amp; rights <i>ended</i> & more</p>"}}]}),
        encoding="utf-8")
    out = tmp_path / "site"
    err = io.StringIO()
    assert main(["build", "--source", str(src), "--out", str(out)], err=err) == 0, err.getvalue()
    (tl,) = [p for p in out.glob("*.json") if "timeline" in p.name.lower()]
    (rec,) = [r for r in json.loads(tl.read_text(encoding="utf-8"))["events"] if r["unique_id"] == "art-370"]
    assert rec["text"] == {"headline": "Article 370 revoked", "text": "<p>Status &amp; rights ended &amp; more</p>"}
