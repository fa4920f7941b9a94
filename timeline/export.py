"""Machine-readable forms of a timeline: the `timeline extract` JSON schema and CSV."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import os
import re
import uuid
from typing import Any, Callable, Sequence

from .model import Article, Event, Timeline


def source_record(mention_article: Article | None, m: Any) -> dict[str, Any]:
    """One ``sources[]`` record of the extract schema."""
    return {
        "article": m.article,
        "title": mention_article.title if mention_article else m.article,
        "url": mention_article.url if mention_article else None,
        "published": mention_article.published.isoformat() if mention_article and mention_article.published else None,
        "sentence": m.sentence,
        "expr": m.expr,
        "start": m.start,
        "end": m.end,
    }


def event_record(event: Event, articles: dict[str, Article]) -> dict[str, Any]:
    """One ``events[]`` record of the extract schema."""
    return {
        "id": event.id,
        "date": {
            "value": event.date.value,
            "granularity": event.date.granularity,
            "mod": event.date.mod,
            "label": event.date.label,
        },
        "status": event.status,
        "title": event.title,
        "sources": [source_record(articles.get(m.article), m) for m in event.mentions],
        # (a hand-written event's text and link, only when it has them: extracted events' records
        # keep their fields)
        **({"description": event.description} if event.description else {}),
        **({"url": event.url} if event.url else {}),
    }


def events_json(timeline: Timeline) -> dict[str, Any]:
    """Return ``{"events": [...]}`` exactly as `timeline extract --format json` prints it."""
    articles = {a.id: a for a in timeline.articles}
    return {"events": [event_record(e, articles) for e in timeline.events]}


#: ``pieces(kind, events, make)``: for each event, the text ``make(event)`` gives, or the one kept
#: for it (render.Fragments: per-event export text kept across builds by the event's digest).
Pieces = Callable[[str, Sequence[Event], Callable[[Event], Any]], list[Any]]


def _made(kind: str, events: Sequence[Event], make: Callable[[Event], Any]) -> list[Any]:
    return [make(e) for e in events]


def events_json_text(timeline: Timeline, pieces: Pieces | None = None) -> str:
    """``dumps(events_json(timeline))``, joined from one text per event (``pieces`` may keep them)."""
    articles = {a.id: a for a in timeline.articles}
    pieces = pieces or _made
    try:
        recs = pieces("json", timeline.events, functools.partial(_dump_record, event_record, articles=articles))
        return _dumps_with_list({}, "events", recs, "\n  ")
    except _Unknown:
        return dumps(events_json(timeline))


def _dump_record(record: Callable[[Event, dict[str, Article]], dict[str, Any]], e: Event, *,
                 articles: dict[str, Article]) -> str:
    """An event's record as the element of a list at indentation 4 (raises _Unknown)."""
    return _dump(record(e, articles), "\n    ")


def _dumps_with_list(data: dict[str, Any], key: str, items: list[str], nl: str) -> str:
    """``dumps({**data, key: items})``, where each item is already dumped at indentation ``nl``,
    made by one join of all the pieces.

    The export of a large timeline is ~100 MB of text: building the list's text, then the
    document around it, then the final newline would copy it three times; one join copies it
    once (memory at 10,000 articles). ``data`` holds small values only; one that only json
    spells (a float) raises ``_Unknown``, and the caller makes the plain document.
    """
    pre, post = (_dump({**data, key: _Raw("\x00")}, "\n") + "\n").split("\x00")  # a raw NUL cannot come out of _dump
    if not items:
        return pre + "[]" + post
    inner = nl + "  "
    sep = "," + inner
    parts = [pre, "[", inner]
    for i, item in enumerate(items):
        if i:
            parts.append(sep)
        parts.append(item)
    parts += [nl, "]", post]
    return "".join(parts)


class _Raw:
    """Text already dumped (by _dump at the right indentation)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


def dumps(data: Any) -> str:
    """Serialise JSON reproducibly (sorted keys, UTF-8 kept, newline at the end).

    The same text as ``json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2)``, built
    by a specialised encoder (the standard one falls back to pure Python with ``indent``); any
    value it does not know (non-string keys, special floats, other types) falls back to json.
    """
    try:
        return _dump(data, "\n") + "\n"
    except _Unknown:
        return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


class _Unknown(Exception):
    pass


_json_str = json.encoder.encode_basestring  # the C version when available, ensure_ascii=False


def _dump(o: Any, nl: str) -> str:
    """``o`` as indented JSON; ``nl`` is the newline plus the indentation of ``o``'s own line."""
    if isinstance(o, str):
        return _json_str(o)
    if o is None:
        return "null"
    if o is True:
        return "true"
    if o is False:
        return "false"
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, (list, tuple)):
        if not o:
            return "[]"
        inner = nl + "  "
        return "[" + inner + ("," + inner).join([_dump(v, inner) for v in o]) + nl + "]"
    if isinstance(o, dict):
        if not o:
            return "{}"
        inner = nl + "  "
        parts = []
        for k, v in sorted(o.items()):
            if not isinstance(k, str):
                raise _Unknown
            parts.append(_json_str(k) + ": " + _dump(v, inner))
        return "{" + inner + ("," + inner).join(parts) + nl + "}"
    if type(o) is _Raw:
        return o.text
    raise _Unknown  # floats (nan/inf spelling), other types: json decides


CSV_FIELDS = ("id", "date", "granularity", "mod", "label", "status", "title", "sources", "articles", "sentence")


def csv_cell(text: str) -> str:
    """Neutralise a text cell a spreadsheet would run as a formula (OWASP: prefix with ')."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def events_csv(timeline: Timeline, pieces: Pieces | None = None) -> str:
    """Return one CSV row per event (the first mention's sentence as evidence).

    Article text (titles, sentences, article ids) never starts a cell with a formula character.
    ``pieces`` may keep each event's row (see :data:`Pieces`).
    """
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")

    def row(fields: Sequence[Any]) -> str:
        buf.seek(0)
        buf.truncate()
        w.writerow(fields)
        return buf.getvalue()

    def event_row(e: Event) -> str:
        return row([e.id, e.date.value, e.date.granularity, e.date.mod or "", e.date.label, e.status, csv_cell(e.title),
                    len(e.mentions), csv_cell(" ".join(sorted({m.article for m in e.mentions}))),
                    csv_cell(e.mentions[0].sentence if e.mentions else "")])

    pieces = pieces or _made
    return row(CSV_FIELDS) + "".join(pieces("csv", timeline.events, event_row))


# --- TimelineJS3 -------------------------------------------------------------------------------

_TL_PARTS = {"year": ("year",), "month": ("year", "month"), "day": ("year", "month", "day"),
             "time": ("year", "month", "day")}


def _tl_date(d: dt.date, parts: tuple[str, ...], label: str) -> dict[str, Any]:
    out: dict[str, Any] = {p: getattr(d, p) for p in parts}
    out["display_date"] = label
    return out


def timelinejs(timeline: Timeline, description: str = "") -> dict[str, Any]:
    """Return the timeline in TimelineJS3 JSON form (``text`` fields are escaped HTML).

    A year, month or day is given at its own precision; any other span (week, quarter,
    season, half, decade, range) as its first and last day.
    """
    articles = {a.id: a for a in timeline.articles}
    return {"title": _tl_title(timeline, description), "events": [_tl_record(e, articles) for e in timeline.events]}


def timelinejs_text(timeline: Timeline, description: str = "", pieces: Pieces | None = None) -> str:
    """``dumps(timelinejs(timeline, description))``, joined from one text per event (``pieces`` may keep them)."""
    articles = {a.id: a for a in timeline.articles}
    pieces = pieces or _made
    try:
        recs = pieces("timelinejs", timeline.events, functools.partial(_dump_record, _tl_record, articles=articles))
        return _dumps_with_list({"title": _tl_title(timeline, description)}, "events", recs, "\n  ")
    except _Unknown:
        return dumps(timelinejs(timeline, description))


def _tl_title(timeline: Timeline, description: str) -> dict[str, Any]:
    from html import escape

    return {"text": {"headline": escape(timeline.title), "text": escape(description)}}


def _tl_record(e: Event, articles: dict[str, Article]) -> dict[str, Any]:
    from html import escape

    d = e.date
    parts = None if "/" in d.value else _TL_PARTS.get(d.granularity)
    record: dict[str, Any] = {"unique_id": e.id}
    if parts:
        record["start_date"] = _tl_date(d.start, parts, d.label)
    else:
        full = ("year", "month", "day")
        record["start_date"] = _tl_date(d.start, full, d.label)
        record["end_date"] = _tl_date(d.end, full, d.label)
    sentences = [f"<p>{escape(e.description)}</p>"] if e.description else []  # (a hand-written event's text)
    for m in e.mentions:
        a = articles.get(m.article)
        who = (a.source or a.title) if a else m.article
        sentences.append(f"<p>{escape(m.sentence)} <cite>{escape(who)}</cite></p>")
    record["text"] = {"headline": escape(e.title), "text": "".join(sentences)}
    record["group"] = "Planned" if e.status == "planned" else str(d.start.year)
    return record


# --- iCalendar (RFC 5545) ----------------------------------------------------------------------

#: Control characters a TEXT value drops (all below 32 but tab and newline, and DEL).
_ICS_CTL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def ics_escape(text: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma and newlines (RFC 5545 3.3.11)."""
    if _ICS_CTL.search(text):
        text = _ICS_CTL.sub("", text)
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def ics_fold(line: str) -> str:
    """Fold a content line at 75 octets (UTF-8), never inside a character; CRLF-terminated."""
    if line.isascii():  # one octet a character: plain slices
        if len(line) <= 75:
            return line + "\r\n"
        return "\r\n ".join([line[:75], *(line[i:i + 74] for i in range(75, len(line), 74))]) + "\r\n"
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + "\r\n"
    parts: list[str] = []
    current = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            parts.append(current)
            current, size, limit = "", 0, 74  # continuation lines start with one space
        current += ch
        size += n
    parts.append(current)
    return "\r\n ".join(parts) + "\r\n"


def build_epoch(timeline: Timeline) -> dt.datetime:
    """The build's reference time: SOURCE_DATE_EPOCH when set, else the latest publication date."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if raw.isdigit():
        return dt.datetime.fromtimestamp(int(raw), tz=dt.timezone.utc)
    dates = [a.published for a in timeline.articles if a.published]
    day = max(dates) if dates else dt.date(1970, 1, 1)
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


def _event_url(base_url: str, event_path: str) -> str:
    return base_url + event_path if base_url else ""


def events_ics(timeline: Timeline, base_url: str = "", paths: dict[str, str] | None = None,
               pieces: Pieces | None = None) -> str:
    """Return an iCalendar file: one all-day (or multi-day) VEVENT per event.

    ``paths`` maps event ids to site paths (``events/<id>.html``) for the URL property when
    ``base_url`` is set. UIDs derive from the event ids, so they stay stable across builds.
    """
    articles = {a.id: a for a in timeline.articles}
    stamp = build_epoch(timeline).strftime("%Y%m%dT%H%M%SZ")
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline//timeline static site//EN",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{ics_escape(timeline.title)}"]
    stamp_line = ics_fold(f"DTSTAMP:{stamp}")
    pieces = pieces or _made
    vevents = pieces("ics", timeline.events, functools.partial(_vevent, articles=articles, base_url=base_url, paths=paths))
    return "".join(ics_fold(line) for line in head) + "".join(map(stamp_line.join, vevents)) + ics_fold("END:VCALENDAR")


def _vevent(e: Event, *, articles: dict[str, Article], base_url: str, paths: dict[str, str] | None) -> tuple[str, str]:
    """An event's VEVENT, folded, before and after its DTSTAMP line (the build's time)."""
    d = e.date
    end = d.end + dt.timedelta(days=1)
    desc = [f"{d.label}."]
    for m in e.mentions:
        a = articles.get(m.article)
        who = (a.source or a.title) if a else m.article
        desc.append(f"{m.sentence} ({who})")
    lines = [
        f"DTSTART;VALUE=DATE:{d.start.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{end.strftime('%Y%m%d')}",
        f"SUMMARY:{ics_escape(e.title)}",
        f"DESCRIPTION:{ics_escape(chr(10).join(desc))}",
        f"STATUS:{'TENTATIVE' if e.status == 'planned' else 'CONFIRMED'}",
        "TRANSP:TRANSPARENT",
    ]
    if e.tags:
        lines.append("CATEGORIES:" + ",".join(ics_escape(t) for t in e.tags))
    if base_url and paths and e.id in paths:
        lines.append(f"URL:{base_url}{paths[e.id]}")
    lines.append("END:VEVENT")
    return ics_fold("BEGIN:VEVENT") + ics_fold(f"UID:{e.id}@timeline"), "".join(ics_fold(line) for line in lines)


# --- Atom, sitemap, robots ---------------------------------------------------------------------

_XML_BAD = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """Escape text for XML content or a double-quoted attribute, dropping characters XML forbids."""
    text = _XML_BAD.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _urn(kind: str, key: str) -> str:
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"timeline:{kind}:{key}"))


def _iso(d: dt.date) -> str:
    return f"{d.isoformat()}T00:00:00Z"


FEED_ENTRIES = 100


def atom_feed(timeline: Timeline, description: str = "", base_url: str = "",
              paths: dict[str, str] | None = None, limit: int = FEED_ENTRIES) -> str:
    """Return an Atom 1.0 feed of the most recently reported events (newest first).

    Links are absolute under ``base_url`` when set, else relative to the feed (site root).
    """
    published = {a.id: a.published for a in timeline.articles if a.published}
    paths = paths or {}
    memo: dict[int, tuple[Event, dt.date]] = {}

    def reported(e: Event) -> dt.date:
        got = memo.get(id(e))
        if got is None or got[0] is not e:
            days = [published[m.article] for m in e.mentions if m.article in published]
            got = memo[id(e)] = (e, max(days) if days else e.date.start)
        return got[1]

    ranked = sorted(timeline.events, key=lambda e: (reported(e), e.date.start, e.id), reverse=True)[:limit]
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        updated = build_epoch(timeline).strftime("%Y-%m-%dT%H:%M:%SZ")
    else:
        updated = _iso(max((reported(e) for e in ranked), default=build_epoch(timeline).date()))
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom">',
           f"<title>{xml_text(timeline.title)}</title>"]
    if description:
        out.append(f"<subtitle>{xml_text(description)}</subtitle>")
    out.append(f"<id>{xml_text(base_url) if base_url else _urn('feed', timeline.title)}</id>")
    out.append(f"<updated>{updated}</updated>")
    out.append('<author><name>timeline</name></author>')
    out.append(f'<link rel="alternate" type="text/html" href="{xml_text(base_url + "index.html")}"/>')
    if base_url:
        out.append(f'<link rel="self" type="application/atom+xml" href="{xml_text(base_url + "feed.xml")}"/>')
    for e in ranked:
        href = base_url + paths.get(e.id, f"events/{e.id}.html")
        summary = " ".join(m.sentence for m in e.mentions[:3])
        out += ["<entry>",
                f"<title>{xml_text(e.date.label + ': ' + e.title)}</title>",
                f"<id>{_urn('event', e.id)}</id>",
                f"<updated>{_iso(reported(e))}</updated>",
                f'<link rel="alternate" type="text/html" href="{xml_text(href)}"/>',
                f"<summary>{xml_text(summary)}</summary>"]
        for t in e.tags:
            out.append(f'<category term="{xml_text(t)}"/>')
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n"


def sitemap(base_url: str, paths: list[str]) -> str:
    """Return a sitemap.xml of the given site paths under ``base_url`` (sorted)."""
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for p in sorted(paths):
        loc = base_url + ("" if p == "index.html" else p)
        out.append(f"<url><loc>{xml_text(loc)}</loc></url>")
    out.append("</urlset>")
    return "\n".join(out) + "\n"


def robots(base_url: str) -> str:
    """Return robots.txt pointing at the sitemap."""
    return f"User-agent: *\nAllow: /\n\nSitemap: {base_url}sitemap.xml\n"
