"""Exports beside the pages: events.json, timelinejs.json, events.csv, events.ics, feed.xml, sitemap."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.config import Config
from timeline.export import atom_feed, events_ics, events_json, ics_escape, ics_fold, sitemap, timelinejs, xml_text
from timeline.model import Timeline
from timeline.render import render

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(autouse=True)
def _no_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def _unfold(ics: str) -> list[str]:
    assert "\n" not in ics.replace("\r\n", ""), "bare LF in iCalendar output"
    assert ics.endswith("\r\n")
    return ics.replace("\r\n ", "").split("\r\n")[:-1]


def _vevents(ics: str) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for line in _unfold(ics):
        if line == "BEGIN:VEVENT":
            out.append({})
        elif out and line != "END:VEVENT" and ":" in line:
            key, value = line.split(":", 1)
            out[-1].setdefault(key, value)
    return out


def test_ics_structure(sample_timeline: Timeline) -> None:
    ics = events_ics(sample_timeline)
    lines = ics.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and "VERSION:2.0" in lines and lines[-2] == "END:VCALENDAR"
    for physical in lines:
        assert len(physical.encode("utf-8")) <= 75, physical
    events = _vevents(ics)
    assert len(events) == len(sample_timeline.events)
    by_uid = {e["UID"]: e for e in events}
    assert len(by_uid) == len(events)
    summit = by_uid["2026-02-01-summit@timeline"]
    assert summit["DTSTART;VALUE=DATE"] == "20260201"
    assert summit["DTEND;VALUE=DATE"] == "20260211"  # exclusive end
    assert summit["STATUS"] == "TENTATIVE"
    month = by_uid["2025-05-01-conflict@timeline"]
    assert (month["DTSTART;VALUE=DATE"], month["DTEND;VALUE=DATE"]) == ("20250501", "20250601")
    assert month["STATUS"] == "CONFIRMED"
    day = by_uid["2026-01-13-call@timeline"]
    assert day["DTEND;VALUE=DATE"] == "20260114"
    for e in events:
        assert e["DTSTAMP"] == "20260303T000000Z"  # latest publication date, not the clock
    assert events_ics(sample_timeline) == ics


def test_ics_uses_source_date_epoch_and_urls(sample_timeline: Timeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    ics = events_ics(sample_timeline, "https://example.org/t/", {e.id: f"events/{e.id}.html" for e in sample_timeline.events})
    ev = _vevents(ics)[0]
    assert ev["DTSTAMP"] == "20231114T221320Z"
    assert ev["URL"].startswith("https://example.org/t/events/")


def test_ics_escape() -> None:
    assert ics_escape('a;b,c\\d\ne\r\nf\x00') == "a\\;b\\,c\\\\d\\ne\\nf"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_ics_fold_roundtrips_and_limits_octets(text: str) -> None:
    line = "SUMMARY:" + ics_escape(text)
    folded = ics_fold(line)
    assert folded.endswith("\r\n")
    physical = folded[:-2].split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in physical)
    assert all(p.startswith(" ") for p in physical[1:])
    assert folded[:-2].replace("\r\n ", "") == line


def test_timelinejs(sample_timeline: Timeline) -> None:
    data = timelinejs(sample_timeline, "desc <b>")
    assert data["title"]["text"] == {"headline": "Sample timeline", "text": "desc &lt;b&gt;"}
    events = {e["unique_id"]: e for e in data["events"]}
    assert len(events) == len(sample_timeline.events)
    assert events["2025-01-01-tariffs"]["start_date"] == {"year": 2025, "display_date": "mid-2025"}
    assert "end_date" not in events["2025-01-01-tariffs"]
    assert events["2025-05-01-conflict"]["start_date"] == {"year": 2025, "month": 5, "display_date": "May 2025"}
    assert events["2026-01-13-call"]["start_date"]["day"] == 13
    summit = events["2026-02-01-summit"]
    assert summit["end_date"] == {"year": 2026, "month": 2, "day": 10, "display_date": summit["start_date"]["display_date"]}
    assert summit["group"] == "Planned"
    week = events["2026-01-05-lutnick"]
    assert (week["start_date"]["day"], week["end_date"]["day"]) == (5, 11)
    hostile = events["2026-03-02-hostile"]["text"]
    assert "<b>" not in hostile["headline"] and "&lt;b&gt;" in hostile["headline"]
    assert "<script>" not in hostile["text"] and "<img" not in hostile["text"]
    for e in data["events"]:
        assert set(e) >= {"start_date", "text", "group", "unique_id"}
        assert set(e["text"]) == {"headline", "text"}


def test_feed_is_valid_atom(sample_timeline: Timeline) -> None:
    xml = atom_feed(sample_timeline, "about <this>", "", {e.id: f"events/{e.id}.html" for e in sample_timeline.events})
    root = ET.fromstring(xml.encode("utf-8"))
    assert root.tag == f"{ATOM}feed"
    for child in ("title", "id", "updated", "author"):
        assert root.find(f"{ATOM}{child}") is not None
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == len(sample_timeline.events)
    titles = [e.findtext(f"{ATOM}title") for e in entries]
    assert 'Monday 2 March 2026: <b>Officials</b> say "everything" & more changed' in titles
    for e in entries:
        assert e.findtext(f"{ATOM}id").startswith("urn:uuid:")
        dt.datetime.strptime(e.findtext(f"{ATOM}updated"), "%Y-%m-%dT%H:%M:%SZ")
        assert e.find(f"{ATOM}link").get("href").startswith("events/")
    assert len({e.findtext(f"{ATOM}id") for e in entries}) == len(entries)
    absolute = atom_feed(sample_timeline, "", "https://example.org/")
    root = ET.fromstring(absolute.encode("utf-8"))
    assert root.findtext(f"{ATOM}id") == "https://example.org/"
    assert all(link.get("href").startswith("https://example.org/") for link in root.iter(f"{ATOM}link"))
    assert len(ET.fromstring(atom_feed(sample_timeline, limit=2)).findall(f"{ATOM}entry")) == 2


def test_xml_text_drops_forbidden_characters() -> None:
    assert xml_text('a\x00\x1b<&>"\ufffe') == "a&lt;&amp;&gt;&quot;"
    ET.fromstring(f"<x>{xml_text(chr(1) + 'ok' + chr(0xFFFF))}</x>")


def test_sitemap_and_robots_only_with_base_url(sample_timeline: Timeline) -> None:
    pages = render(sample_timeline, Config(title="Sample timeline"))
    assert "sitemap.xml" not in pages and "robots.txt" not in pages
    pages = render(sample_timeline, Config(title="Sample timeline", base_url="https://example.org/repo/"))
    root = ET.fromstring(str(pages["sitemap.xml"]).encode())
    locs = [u.findtext("{http://www.sitemaps.org/schemas/sitemap/0.9}loc") for u in root]
    assert "https://example.org/repo/" in locs and "https://example.org/repo/about.html" in locs
    assert not any(loc.endswith("404.html") for loc in locs)
    assert all(loc.startswith("https://example.org/repo/") for loc in locs)
    assert sitemap("https://x.org/", ["b.html", "a&b.html"]).count("a&amp;b.html") == 1


def test_site_exports_parse(sample_timeline: Timeline) -> None:
    pages = render(sample_timeline, Config(title="Sample timeline"))
    assert json.loads(str(pages["events.json"])) == json.loads(json.dumps(events_json(sample_timeline)))
    assert len(json.loads(str(pages["timelinejs.json"]))["events"]) == len(sample_timeline.events)
    rows = list(csv.reader(io.StringIO(str(pages["events.csv"]))))
    assert len(rows) == len(sample_timeline.events) + 1
    assert len(_vevents(str(pages["events.ics"]))) == len(sample_timeline.events)
    ET.fromstring(str(pages["feed.xml"]).encode())
    assert pages[".nojekyll"] == ""


def test_empty_timeline_renders(sample_timeline: Timeline) -> None:
    empty = dataclasses.replace(sample_timeline, events=(), dropped=(), expressions={})
    pages = render(empty, Config(title="Empty"))
    assert "No dated events" in str(pages["index.html"])
    assert _vevents(str(pages["events.ics"])) == []
    ET.fromstring(str(pages["feed.xml"]).encode())


@pytest.mark.parametrize("empty", [False, True])
def test_json_exports_are_the_standard_encoders_text(sample_timeline: Timeline, empty: bool) -> None:
    """events.json and timelinejs.json, joined from per-event texts in one piece, are exactly
    what json.dumps(indent=2, sort_keys=True) writes for the same data."""
    from timeline.export import events_json_text, timelinejs_text

    tl = dataclasses.replace(sample_timeline, events=()) if empty else sample_timeline
    std = {"ensure_ascii": False, "sort_keys": True, "indent": 2}
    assert events_json_text(tl) == json.dumps(events_json(tl), **std) + "\n"
    assert timelinejs_text(tl, "A <b>description</b> \x01 with \"quotes\"") == \
        json.dumps(timelinejs(tl, "A <b>description</b> \x01 with \"quotes\""), **std) + "\n"


def test_a_list_document_with_a_float_beside_its_list_is_the_json_one(
        sample_timeline: Timeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """The one-join list document falls back to json for a value only json spells (a float)
    beside its list, instead of failing on its own placeholder."""
    from timeline import export
    from timeline.export import _dump, _dumps_with_list, _Unknown, dumps, timelinejs, timelinejs_text

    items = [_dump({"id": "a", "n": 1}, "\n    "), _dump({"id": "b"}, "\n    ")]
    with pytest.raises(_Unknown):
        _dumps_with_list({"title": "T", "scale": 1.5}, "events", items, "\n  ")
    # Without the float: the one-join text, the same as the plain one.
    assert _dumps_with_list({"title": "T"}, "events", items, "\n  ") == \
        dumps({"title": "T", "events": [{"id": "a", "n": 1}, {"id": "b"}]})
    # A caller makes the plain document.
    monkeypatch.setattr(export, "_tl_title", lambda timeline, description: {"text": {"headline": "T"}, "scale": 1.5})
    text = timelinejs_text(sample_timeline)
    assert text == dumps(timelinejs(sample_timeline))
    assert json.loads(text)["title"]["scale"] == 1.5
