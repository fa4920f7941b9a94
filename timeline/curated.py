"""Curated input: hand-written events, corrections of extracted events, TimelineJS JSON and CSV.

Layout of the source folder (docs/input.md, "Curated events and corrections"):

* ``events/`` holds hand-written events and is never read as articles:

  - ``*.yaml``/``*.yml``: a list of events, or a mapping with an ``events:`` list;
  - ``*.md``: one event per file, its front matter the fields below (the body, or its first
    line, is the title when the front matter has none);
  - ``*.json``: a TimelineJS file (``{"events": [{"start_date": {...}, "text": {...}}]}``);
  - ``*.csv``: a TimelineJS spreadsheet export (``Year, Month, Day, ..., Headline, Text``)
    or simple columns ``date, end, title, status, tags, id, mod``.

  Event fields: ``date`` (required: ``2025``, ``2025-05``, ``2025-05-12`` or any TIMEX3
  calendar value such as ``2025-Q2``, ``2025-SU``, ``2026-W02``, or a range ``A/B``),
  ``end`` (optional last day/month/year: makes a range), ``title`` (required), ``status``
  (``past``, the default, or ``planned``), ``tags`` (a list or ``a, b``), ``mod``
  (``START``, ``MID``, ``END``, ``APPROX``...), ``id`` (optional, ``[a-z0-9-]``; by default
  derived from the date and title), ``description`` (or ``text``: plain text shown on the
  event's page; HTML markup is dropped; a ``.md`` event's body is its description) and ``url``
  (a source link, http(s) or relative only: any other is left out with a warning).

* ``corrections.yaml`` (or ``.yml``) at the top of the source folder: a list of
  ``{id: EVENT-ID, drop: true, reason: ...}`` or ``{id: EVENT-ID, date: ..., title: ...,
  status: ..., tags: [...], mod: ...}``. Ids are those of ``timeline extract`` (and of the
  event pages); a correction for an id that no longer exists is a warning, not an error.

Hand-written events carry no mentions (they cite no article); they are merged with the
extracted ones and ordered with them. Every error names its file and line; a bad event is
left out and the build exits 1, the other events are kept.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import html
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

import yaml

from . import timex
from .errors import Diagnostic, InputError
from .read import NoAliasLoader
from .model import Event, Timeline

EVENTS_DIR = "events"
CORRECTIONS = ("corrections.yaml", "corrections.yml")
STATUSES = ("past", "planned")
MODS = ("START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER")
#: Keys of a hand-written event ("text" is TimelineJS's name for the description; "source" and
#: "notes" are accepted for the editor's own use and not shown).
EVENT_KEYS = ("date", "end", "title", "status", "tags", "mod", "id", "description", "text", "url", "source", "notes")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")
_MAX_TITLE = 300


@dataclass(frozen=True, slots=True)
class Correction:
    """One entry of the corrections file."""

    id: str
    path: str
    line: int | None
    drop: bool = False
    reason: str = ""
    changes: tuple[tuple[str, Any], ...] = ()
    """(field, new value) pairs: ``date`` (a DateValue), ``title``, ``status``, ``tags``."""


# --------------------------------------------------------------------------- YAML with lines


class _LineLoader(NoAliasLoader):
    """A safe loader without aliases that keeps dates as strings and records the line of every mapping."""


_LineLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _load_yaml(path: str, text: str) -> Any:
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as err:
        mark = err.context_mark or err.problem_mark  # where the broken construct began, e.g. an unclosed '['
        raise InputError(path, mark.line + 1 if mark else None,
                         f"not valid YAML: {err.problem or err.context or 'syntax error'}; fix the line") from err
    except yaml.YAMLError as err:
        raise InputError(path, None, f"not valid YAML: {err}") from err
    except RecursionError:
        raise InputError(path, None, "YAML nested too deeply; write a plain list of events") from None


# --------------------------------------------------------------------------- fields


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return " ".join(str(value).split())


def plain(markup: str) -> str:
    """Return the plain text of an HTML fragment (TimelineJS headlines and texts hold HTML)."""
    import nh3

    return " ".join(html.unescape(nh3.clean(markup, tags=set())).split())


def _clean(text: str) -> str:
    return "".join(ch for ch in " ".join(text.split()) if ch.isprintable())[:_MAX_TITLE]


def parse_date(value: Any, end: Any = None, mod: Any = None) -> timex.DateValue:  # type: ignore[name-defined]
    """Return the DateValue of a curated ``date`` (and optional ``end`` and ``mod``).

    Raises:
        ValueError: naming what is wrong and what is expected.
    """
    raw = _text(value)
    if isinstance(value, bool) or not raw:
        raise ValueError("'date' is missing; write it as YYYY, YYYY-MM or YYYY-MM-DD")
    raw = raw[:10] if re.match(r"^\d{4}-\d{2}-\d{2}[T ]", raw) else raw
    end_raw = _text(end)
    if end_raw:
        end_raw = end_raw[:10] if re.match(r"^\d{4}-\d{2}-\d{2}[T ]", end_raw) else end_raw
        raw = f"{raw}/{end_raw}"
    m = _text(mod).upper() or None
    if m is not None and m not in MODS:
        raise ValueError(f"'mod' {m!r} is not one of {', '.join(MODS)}")
    try:
        value_ = timex.date_value(raw, m)
    except ValueError as err:
        raise ValueError(f"'date' {raw!r} is not a calendar date ({err}); write YYYY, YYYY-MM, YYYY-MM-DD "
                         "or a range START/END") from None
    if value_.end < value_.start:
        raise ValueError(f"'date' {raw!r} ends before it starts")
    return value_


def _tags(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    items = value.split(",") if isinstance(value, str) else value if isinstance(value, (list, tuple)) else [value]
    return tuple(dict.fromkeys(t for t in (_clean(_text(x)) for x in items) if t))


def event_id(date: timex.DateValue, title: str, given: Any = None) -> str:  # type: ignore[name-defined]
    """The id of a curated event: the one given (validated), else derived from its date and title.

    Raises:
        ValueError: for a given id that is not ``[a-z0-9-]``.
    """
    if given not in (None, ""):
        ident = _text(given)
        if not _ID.match(ident):
            raise ValueError(f"'id' {ident[:40]!r} must be lower-case letters, digits and hyphens (at most 100)")
        return ident
    digest = hashlib.sha1(f"{date.value}|{date.mod}|{title}".encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{date.start.isoformat()}-curated-{digest}"


def make_event(fields: dict[str, Any], path: str, line: int | None) -> Event:
    """Build one curated Event from its fields.

    Raises:
        InputError: naming the file, line and field.
    """
    try:
        date = parse_date(fields.get("date"), fields.get("end"), fields.get("mod"))
        title = _clean(_text(fields.get("title")))
        if not title:
            raise ValueError("'title' is missing; give the event a one-line title")
        status = _text(fields.get("status")).lower() or "past"
        if status not in STATUSES:
            raise ValueError(f"'status' {status!r} is not 'past' or 'planned'")
        ident = event_id(date, title, fields.get("id"))
    except ValueError as err:
        raise InputError(path, line, f"event: {err}") from None
    return Event(id=ident, date=date, status=status, title=title, mentions=(), tags=_tags(fields.get("tags")),  # type: ignore[arg-type]
                 description=description_of(fields), url=url_of(fields))


#: The longest description kept (characters); a longer one is cut at a word.
MAX_DESCRIPTION = 5000


def description_of(fields: dict[str, Any]) -> str:
    """The event's text: ``description`` (or ``text``, TimelineJS's name), as plain text (any
    HTML markup is dropped, never rendered), at most ``MAX_DESCRIPTION`` characters."""
    raw = fields.get("description")
    if raw is None or not _text(raw):
        raw = fields.get("text")
    text = plain(str(raw)) if raw is not None and not isinstance(raw, (dict, list)) else ""
    text = "".join(ch for ch in text if ch.isprintable())
    if len(text) > MAX_DESCRIPTION:
        text = text[:MAX_DESCRIPTION].rsplit(" ", 1)[0] + " …"
    return text


def url_of(fields: dict[str, Any]) -> str:
    """The event's source link when it is an http(s) or relative URL, else "" (see :func:`load`)."""
    from .read import safe_url

    raw = fields.get("url")
    if raw is None or isinstance(raw, (dict, list)):
        return ""
    return safe_url(str(raw)) or ""


# --------------------------------------------------------------------------- readers


def _yaml_events(path: str, text: str) -> Iterable[tuple[dict[str, Any] | Any, int | None]]:
    data = _load_yaml(path, text)
    if isinstance(data, dict) and "events" in data:
        data = data["events"]
    if data is None:
        return []
    if not isinstance(data, list):
        raise InputError(path, 1, "expected a list of events (or a mapping with an 'events:' list)")
    return [(item, item.get("__line__") if isinstance(item, dict) else None) for item in data]


def _md_event(path: str, text: str) -> Iterable[tuple[dict[str, Any], int | None]]:
    from .read import key_lines, split_front_matter

    meta, body, body_line = split_front_matter(path, text)
    fields = dict(meta)
    lines = body.strip().splitlines()
    if not _text(fields.get("title")):
        fields["title"] = next((line for line in lines if line.strip()), "").lstrip("# ")
        lines = lines[1:] if lines else lines  # (the rest of the body is the event's text)
    if "description" not in fields and "text" not in fields and any(ln.strip() for ln in lines):
        fields["description"] = "\n".join(lines)
    if isinstance(fields.get("date"), (dt.date, dt.datetime)):
        fields["date"] = fields["date"].isoformat()
    return [(fields, key_lines(text).get("date", 2 if meta else 1))]


def _tljs_date(d: Any) -> str:
    if not isinstance(d, dict) or _text(d.get("year")) == "":
        raise ValueError("a TimelineJS date needs at least a 'year'")
    parts = [int(_text(d["year"]))]
    for key in ("month", "day"):
        if _text(d.get(key)) == "":
            break
        parts.append(int(_text(d[key])))
    if not 1 <= parts[0] <= 9999:
        raise ValueError(f"year {parts[0]} is out of range")
    return "-".join([f"{parts[0]:04d}", *(f"{p:02d}" for p in parts[1:])])


def _json_events(path: str, text: str) -> Iterable[tuple[dict[str, Any], int | None]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(path, err.lineno, f"not valid JSON: {err.msg}; fix the line") from None
    except RecursionError:
        raise InputError(path, None, "JSON nested too deeply") from None
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise InputError(path, 1, 'expected a TimelineJS file: {"events": [{"start_date": {"year": ...}, "text": {...}}]}')
    out = []
    # JSON has no line numbers after parsing: point at each event's "start_date" in the file.
    starts = [m.start() for m in re.finditer(r'"start_date"\s*:', text)]
    for i, item in enumerate(data["events"]):
        line = text.count("\n", 0, starts[i]) + 1 if i < len(starts) else None
        if not isinstance(item, dict):
            out.append((item, line))
            continue
        txt = item.get("text") if isinstance(item.get("text"), dict) else {}
        fields: dict[str, Any] = {"title": plain(_text(txt.get("headline"))) or plain(_text(txt.get("text")))[:120],
                                  "id": item.get("unique_id") if _ID.match(_text(item.get("unique_id"))) else None,
                                  "tags": [item["group"]] if _text(item.get("group")) else ()}
        if _text(txt.get("headline")) and _text(txt.get("text")):
            fields["description"] = _text(txt.get("text"))  # (without a headline, the text is the title)
        try:
            fields["date"] = _tljs_date(item.get("start_date"))
            if item.get("end_date"):
                fields["end"] = _tljs_date(item["end_date"])
        except (ValueError, TypeError) as err:
            fields["date"] = None
            fields["__error__"] = str(err)
        out.append((fields, line))
    return out


_TLJS_COLUMNS = {"year", "month", "day", "headline"}


def _csv_events(path: str, text: str) -> Iterable[tuple[dict[str, Any], int | None]]:
    reader = csv.reader(io.StringIO(text))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        return []
    except csv.Error as err:
        raise InputError(path, 1, f"not valid CSV: {err}") from None
    tljs = _TLJS_COLUMNS <= set(header)
    if not tljs and not {"date", "title"} <= set(header):
        raise InputError(path, 1, "CSV header needs 'date' and 'title' columns (or TimelineJS's Year, Month, Day, Headline)")
    out = []
    try:
        for row in reader:
            line = reader.line_num
            if not any(c.strip() for c in row):
                continue
            rec = {h: (row[i].strip() if i < len(row) else "") for i, h in enumerate(header)}
            if tljs:
                if rec.get("type", "").lower() in ("title", "era"):
                    continue
                fields: dict[str, Any] = {"title": plain(rec.get("headline", "")) or plain(rec.get("text", ""))[:120],
                                          "tags": [rec["group"]] if rec.get("group") else ()}
                if rec.get("headline") and rec.get("text"):
                    fields["description"] = rec["text"]
                try:
                    fields["date"] = _tljs_date({"year": rec.get("year"), "month": rec.get("month"), "day": rec.get("day")})
                    if rec.get("end year"):
                        fields["end"] = _tljs_date({"year": rec.get("end year"), "month": rec.get("end month"),
                                                    "day": rec.get("end day")})
                except (ValueError, TypeError) as err:
                    fields["date"] = None
                    fields["__error__"] = str(err)
            else:
                fields = {k: v for k, v in rec.items()
                          if k in ("date", "end", "title", "status", "tags", "id", "mod", "description", "url") and v}
            out.append((fields, line))
    except csv.Error as err:
        raise InputError(path, reader.line_num, f"not valid CSV: {err}") from None
    return out


READERS = {".yaml": _yaml_events, ".yml": _yaml_events, ".md": _md_event, ".markdown": _md_event,
           ".json": _json_events, ".csv": _csv_events}


def _read_text(path: Path, shown: str) -> str:
    from .read import decode

    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(shown, None, f"cannot read file: {err.strerror or err}") from err
    text, _warnings = decode(shown, data)
    return text


def event_files(source: Path) -> list[Path]:
    """The files of ``source/events/`` that hold curated events, in a stable order."""
    folder = source / EVENTS_DIR
    if not source.is_dir() or not folder.is_dir():
        return []
    from .read import inside

    files = [p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in READERS and inside(p, source)
             and not any(part.startswith((".", "_")) for part in p.relative_to(folder).parts)]
    return sorted(files, key=lambda p: p.relative_to(folder).as_posix())


def load(source: Path) -> tuple[tuple[Event, ...], tuple[Diagnostic, ...], int]:
    """Read the hand-written events under ``source/events/``.

    Returns:
        (events, diagnostics, number of events or files that failed).
    """
    events: list[Event] = []
    diags: list[Diagnostic] = []
    failed = 0
    seen: dict[str, str] = {}
    for f in event_files(source):
        shown = str(f)
        try:
            items = list(READERS[f.suffix.lower()](shown, _read_text(f, shown)))
        except InputError as err:
            diags.append(err.diagnostic)
            failed += 1
            continue
        for fields, line in items:
            try:
                if not isinstance(fields, dict):
                    raise InputError(shown, line, "each event must be a mapping of fields (date, title, ...)")
                if fields.get("__error__"):
                    raise InputError(shown, line, f"event: {fields['__error__']}")
                event = make_event(fields, shown, line)
                if _text(fields.get("url")) and not event.url:
                    diags.append(Diagnostic(shown, line, "warning", f"event {event.title[:40]!r}: 'url' is not an "
                                            "http(s) or relative URL; left out"))
                unknown = sorted(str(k) for k in fields if k not in EVENT_KEYS and not str(k).startswith("__"))
                if unknown:
                    diags.append(Diagnostic(shown, line, "warning", f"event {event.title[:40]!r}: unknown key(s) "
                                            f"{', '.join(unknown)} ignored; the keys are {', '.join(EVENT_KEYS[:7])}"))
            except InputError as err:
                diags.append(err.diagnostic)
                failed += 1
                continue
            where = f"{shown}:{line}" if line else shown
            if event.id in seen:
                diags.append(Diagnostic(shown, line, "error", f"duplicate event id {event.id!r} (also {seen[event.id]}); "
                                                              "give one of them another 'id'"))
                failed += 1
                continue
            seen[event.id] = where
            events.append(event)
    return tuple(events), tuple(diags), failed


def load_corrections(source: Path) -> tuple[tuple[Correction, ...], tuple[Diagnostic, ...], int]:
    """Read ``source/corrections.yaml`` (or ``.yml``) when there is one."""
    if not source.is_dir():
        return (), (), 0
    from .read import inside

    files = [source / n for n in CORRECTIONS if (source / n).is_file() and inside(source / n, source)]
    out: list[Correction] = []
    diags: list[Diagnostic] = []
    failed = 0
    for f in files:
        shown = str(f)
        try:
            data = _load_yaml(shown, _read_text(f, shown))
        except InputError as err:
            diags.append(err.diagnostic)
            failed += 1
            continue
        if isinstance(data, dict) and "corrections" in data:
            data = data["corrections"]
        if data is None:
            continue
        if not isinstance(data, list):
            diags.append(Diagnostic(shown, 1, "error", "expected a list of corrections: '- id: EVENT-ID' then 'drop: true' "
                                                       "or the fields to change"))
            failed += 1
            continue
        for item in data:
            line = item.get("__line__") if isinstance(item, dict) else None
            try:
                out.append(_correction(item, shown, line))
            except InputError as err:
                diags.append(err.diagnostic)
                failed += 1
    return tuple(out), tuple(diags), failed


def _correction(item: Any, path: str, line: int | None) -> Correction:
    if not isinstance(item, dict) or not _text(item.get("id")):
        raise InputError(path, line, "a correction needs the 'id' of the event it corrects")
    ident = _text(item["id"])
    unknown = sorted(k for k in item if k not in ("id", "drop", "reason", "date", "end", "mod", "title", "status", "tags", "__line__"))
    if unknown:
        raise InputError(path, line, f"correction of {ident!r}: unknown key(s) {', '.join(unknown)}; "
                                     "use drop, reason, date, end, mod, title, status or tags")
    if item.get("drop"):
        return Correction(ident, path, line, drop=True, reason=_text(item.get("reason")))
    changes: list[tuple[str, Any]] = []
    try:
        if item.get("date") not in (None, ""):
            changes.append(("date", parse_date(item["date"], item.get("end"), item.get("mod"))))
        if _text(item.get("title")):
            changes.append(("title", _clean(_text(item["title"]))))
        if _text(item.get("status")):
            status = _text(item["status"]).lower()
            if status not in STATUSES:
                raise ValueError(f"'status' {status!r} is not 'past' or 'planned'")
            changes.append(("status", status))
        if "tags" in item:
            changes.append(("tags", _tags(item["tags"])))
    except ValueError as err:
        raise InputError(path, line, f"correction of {ident!r}: {err}") from None
    if not changes:
        raise InputError(path, line, f"correction of {ident!r} changes nothing: add 'drop: true' or a field to change")
    return Correction(ident, path, line, changes=tuple(changes))


def apply(events: Sequence[Event], corrections: Sequence[Correction]) -> tuple[tuple[Event, ...], tuple[Diagnostic, ...]]:
    """Drop or fix events by id. A correction naming no event is a warning."""
    by_id = {c.id: c for c in corrections}
    used: set[str] = set()
    out: list[Event] = []
    for e in events:
        c = by_id.get(e.id)
        if c is None:
            out.append(e)
            continue
        used.add(c.id)
        if c.drop:
            continue
        out.append(dataclasses.replace(e, **dict(c.changes)))
    diags = tuple(Diagnostic(c.path, c.line, "warning", f"correction for unknown event id {c.id!r} ignored; "
                                                       "`timeline extract` lists the current ids")
                  for c in corrections if c.id not in used)
    return tuple(out), diags


def include(timeline: Timeline, sources: Sequence[Path]) -> tuple[Timeline, tuple[Diagnostic, ...], int]:
    """Add the curated events of ``sources`` to ``timeline``, apply the corrections, re-order.

    Returns:
        (timeline, diagnostics, number of failed curated events or files).
    """
    from . import order as order_stage

    events: list[Event] = []
    corrections: list[Correction] = []
    diags: list[Diagnostic] = []
    failed = 0
    for source in sources:
        found, d1, f1 = load(source)
        fixes, d2, f2 = load_corrections(source)
        events.extend(found)
        corrections.extend(fixes)
        diags.extend(d1 + d2)
        failed += f1 + f2
    if not events and not corrections:
        return timeline, tuple(diags), failed
    extracted_ids = {e.id for e in timeline.events}
    for e in events:
        if e.id in extracted_ids:
            diags.append(Diagnostic(str(sources[0]), None, "error", f"curated event id {e.id!r} is also an extracted event's id; "
                                                                    "choose another 'id'"))
            failed += 1
    merged = [e for e in timeline.events] + [e for e in events if e.id not in extracted_ids]
    fixed, d3 = apply(merged, corrections)
    diags.extend(d3)
    return dataclasses.replace(timeline, events=order_stage.order(fixed)), tuple(diags), failed


def included(timeline: Timeline, diagnostics: Sequence[Diagnostic], failed: int,
             sources: Sequence[Path]) -> tuple[Timeline, tuple[Diagnostic, ...], int]:
    """``include`` for the build: returns (timeline, all diagnostics, all failures)."""
    tl, extra, bad = include(timeline, [Path(s) for s in sources])
    return tl, tuple(diagnostics) + extra, failed + bad
