#!/usr/bin/env python3
"""Validate the evaluation set in eval/stories/.

Checks, for every story folder:
  * each article (.md) has YAML front matter with title, date (YYYY-MM-DD) and source;
  * gold.jsonl: required keys, unique ids across the set, story == folder name,
    well-formed TIMEX3-like dates whose form agrees with `granularity`, a valid status
    and mod, at least one mention;
  * every mention / trap: the article exists, `quote` is an exact substring of the article
    BODY (text after the front matter) occurring exactly once, `expr` occurs inside `quote`;
  * a weekday named in a mention's expr agrees with the gold date (single day or range);
  * the gold date lies within what a simple deictic or absolute mention can mean from its
    article's publication date ("last week", "next month", "on Friday" (either direction),
    "on March 5", "in 2019", "three weeks ago"...): catches calendar arithmetic slips;
  * no gold mention's quote covers the expr of a mention of another event (so that a
    prediction matches at most one gold event);
  * no trap expr overlaps a gold mention expr or quote in the same article (so that a
    prediction on a trap can never match a gold event).
Prints a summary (articles, events, multi-mention events, traps by kind) and exits 1 on error.

Usage: python3 eval/check_gold.py [eval/stories]
"""
from __future__ import annotations

import collections
import datetime as dt
import json
import re
import sys
from pathlib import Path

FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
POINT = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|W(?P<w>\d{2})|Q(?P<q>[1-4])|(?P<s>SP|SU|FA|WI)))?$"
)
GRAN = {"y": "year", "m": "month", "d": "day", "w": "week", "q": "quarter", "s": "season"}
STATUSES = {"past", "planned"}
MODS = {"START", "MID", "END", "APPROX"}
KINDS = {
    "duration", "age", "percentage", "money", "count", "year-like-number", "background-state",
    "statistics-period", "tenure", "contract-term", "forecast-state", "fiscal-period", "decade",
    "vague-future", "holiday-context", "file-photo-date", "url-date", "quoted-deixis",
    "may-verb", "ordinal-second", "score", "phone",
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def month_span(y: int, m: int):
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return dt.date(y, m, 1), nxt - dt.timedelta(days=1)


def interval(value: str):
    """The first and last day covered by a TIMEX3 value (point or START/END range)."""
    parts = value.split("/")
    if len(parts) == 2:
        return interval(parts[0])[0], interval(parts[1])[1]
    m = POINT.match(value)
    y = int(m["y"])
    if m["d"]:
        d = dt.date(y, int(m["m"]), int(m["d"]))
        return d, d
    if m["m"]:
        return month_span(y, int(m["m"]))
    if m["w"]:
        start = dt.date.fromisocalendar(y, int(m["w"]), 1)
        return start, start + dt.timedelta(days=6)
    if m["q"]:
        q = int(m["q"])
        return month_span(y, 3 * q - 2)[0], month_span(y, 3 * q)[1]
    if m["s"]:
        a, b = SEASONS[m["s"]]
        return month_span(y, a)[0], month_span(y, b)[1]
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def candidates(expr: str, pub: dt.date):
    """Intervals a simple deictic/absolute expression can denote from `pub`, or None when
    the expression is event-relative or not understood (then nothing is checked)."""
    e = expr.lower()
    if re.search(r"after|before the|previous|following|same day|later that|\bto\b", e):
        return None
    m = re.search(r"(\w+) (day|week)s? ago", e)
    if m:
        words = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
        if m[1] not in words and not m[1].isdigit():
            return None
        n = words.get(m[1]) or int(m[1])
        d = pub - dt.timedelta(days=n * (7 if m[2] == "week" else 1))
        return [(d, d)] if m[2] == "day" else [(d - dt.timedelta(days=3), d + dt.timedelta(days=3))]
    if re.search(r"today|this morning|tonight", e):
        return [(pub, pub)]
    monday = pub - dt.timedelta(days=pub.weekday())

    def week(k: int):
        start = monday + dt.timedelta(weeks=k)
        return start, start + dt.timedelta(days=6)

    rel = {"last week": week(-1), "next week": week(1), "this week": week(0),
           "last month": month_span(pub.year, pub.month - 1), "next month": month_span(pub.year, pub.month + 1),
           "this month": month_span(pub.year, pub.month),
           "last year": interval(str(pub.year - 1)), "next year": interval(str(pub.year + 1)),
           "this year": interval(str(pub.year))}
    for key, span in rel.items():
        if key in e:
            return [span]
    days = [d for d in WEEKDAYS if d in e]
    if len(days) == 1:
        k = WEEKDAYS.index(days[0])
        back = pub - dt.timedelta(days=(pub.weekday() - k) % 7)
        fwd = pub + dt.timedelta(days=(k - pub.weekday()) % 7 or 7)
        return [(back, back), (fwd, fwd)]
    months = [i + 1 for i, name in enumerate(MONTHS) if re.search(rf"\b{name}\b", e)]
    years = [int(x) for x in re.findall(r"\b(1[89]\d\d|20\d\d)\b", e)]
    if len(months) > 1 or len(years) > 1:
        return None
    if months:
        dm = re.search(r"\b(\d{1,2})\b(?!\d)", re.sub(r"\b\d{4}\b", "", e))
        out = []
        for yy in (years or [pub.year - 1, pub.year, pub.year + 1]):
            if dm:
                d = dt.date(yy, months[0], int(dm[1]))
                out.append((d, d))
            else:
                out.append(month_span(yy, months[0]))
        return out
    if years:
        return [interval(str(years[0]))]
    return None


def point(value: str):
    """Return (granularity, date or None) for one TIMEX3 point, or raise ValueError."""
    m = POINT.match(value)
    if not m:
        raise ValueError(f"not a TIMEX3 point: {value!r}")
    y = int(m["y"])
    if m["d"]:
        return "day", dt.date(y, int(m["m"]), int(m["d"]))
    if m["m"]:
        if not 1 <= int(m["m"]) <= 12:
            raise ValueError(f"bad month: {value!r}")
        return "month", None
    if m["w"]:
        if not 1 <= int(m["w"]) <= dt.date(y, 12, 28).isocalendar()[1]:
            raise ValueError(f"bad ISO week: {value!r}")
        return "week", None
    for key in ("q", "s"):
        if m[key]:
            return GRAN[key], None
    return "year", None


def read_article(path: Path, errors: list[str]):
    text = path.read_text(encoding="utf-8")
    m = FRONT.match(text)
    if not m:
        errors.append(f"{path}: no front matter")
        return None, text
    try:
        import yaml  # (installed with the project: its front matter is read with it)
    except ImportError:  # pragma: no cover
        yaml = None
    if yaml is not None:
        try:
            yaml.safe_load(m.group(1) or "")
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f":{mark.line + 2}" if mark is not None else ""
            errors.append(f"{path}{where}: front matter is not valid YAML (the engine skips the article): "
                          f"{getattr(exc, 'problem', exc)}")
    meta = {}
    for line in (m.group(1) or "").splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip().strip('"')
    for key in ("title", "date", "source"):
        if not meta.get(key):
            errors.append(f"{path}: front matter lacks {key}")
    try:
        pub = dt.date.fromisoformat(meta.get("date", ""))
    except ValueError:
        errors.append(f"{path}: date {meta.get('date')!r} is not YYYY-MM-DD")
        pub = None
    return pub, text[m.end():]


def locate(body: str, quote: str, expr: str, where: str, errors: list[str]):
    """Return the (start, end) span of expr in body, or None after recording errors."""
    n = body.count(quote)
    if n == 0:
        errors.append(f"{where}: quote not in article body: {quote!r}")
        return None
    if n > 1:
        errors.append(f"{where}: quote occurs {n} times in body (make it unique): {quote!r}")
    i = quote.find(expr)
    if not expr or i < 0:
        errors.append(f"{where}: expr {expr!r} not inside quote {quote!r}")
        return None
    if quote.find(expr, i + 1) >= 0:
        errors.append(f"{where}: expr {expr!r} occurs twice inside quote {quote!r}")
    start = body.find(quote) + i
    return start, start + len(expr)


def check_weekdays(expr: str, value: str, where: str, errors: list[str]) -> None:
    named = [w for w in re.findall(r"monday|tuesday|wednesday|thursday|friday|saturday|sunday", expr.lower())]
    if not named:
        return
    parts = value.split("/")
    days = []
    for p in parts:
        g, d = point(p)
        if g != "day":
            return
        days.append(d)
    if len(named) == 1 and len(days) == 1:
        pairs = [(named[0], days[0])]
    elif len(named) == 2 and len(days) == 2:
        pairs = list(zip(named, days))
    else:
        return
    for name, day in pairs:
        if day.strftime("%A").lower() != name:
            errors.append(f"{where}: expr {expr!r} names {name} but {day} is a {day.strftime('%A')}")


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent / "stories"
    errors: list[str] = []
    ids: set[str] = set()
    n_articles = n_events = n_multi = n_cross = n_mentions = 0
    status_count: collections.Counter = collections.Counter()
    gran_count: collections.Counter = collections.Counter()
    mod_count: collections.Counter = collections.Counter()
    kinds: collections.Counter = collections.Counter()
    words: list[int] = []
    stories = sorted(p for p in root.iterdir() if p.is_dir())
    for story in stories:
        articles = {}
        for path in sorted(story.glob("*.md")):
            pub, body = read_article(path, errors)
            articles[path.stem] = (pub, body)
            n = len(body.split())
            words.append(n)
            if not 150 <= n <= 450:
                errors.append(f"{path}: body has {n} words (expected 150-450)")
        n_articles += len(articles)
        gold_spans: dict[str, list[tuple[int, int]]] = collections.defaultdict(list)
        gold_quotes: dict[str, list[tuple[int, int]]] = collections.defaultdict(list)
        gold_owner: dict[str, list] = collections.defaultdict(list)
        for name in ("gold.jsonl", "traps.jsonl"):
            if not (story / name).exists():
                errors.append(f"{story}: missing {name}")
        for lineno, line in enumerate((story / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{story.name}/gold.jsonl:{lineno}"
            try:
                ev = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: bad JSON: {exc}")
                continue
            extra = set(ev) - {"id", "story", "date", "granularity", "status", "summary", "mentions", "mod"}
            if extra:
                errors.append(f"{where}: unknown keys {sorted(extra)}")
            for key in ("id", "story", "date", "granularity", "status", "summary", "mentions"):
                if key not in ev:
                    errors.append(f"{where}: missing {key}")
            if ev.get("id") in ids:
                errors.append(f"{where}: duplicate id {ev.get('id')}")
            ids.add(ev.get("id"))
            if ev.get("story") != story.name:
                errors.append(f"{where}: story {ev.get('story')!r} != folder {story.name!r}")
            value = str(ev.get("date", ""))
            try:
                grans = [point(p)[0] for p in value.split("/")]
                if len(grans) > 2:
                    raise ValueError(f"too many '/' in {value!r}")
                if len(grans) == 2:
                    a, b = (dt.date.fromisoformat(p) if g == "day" else None for p, g in zip(value.split("/"), grans))
                    if grans[0] != grans[1]:
                        raise ValueError(f"range ends differ in granularity: {value!r}")
                    if a and b and not a < b:
                        raise ValueError(f"range does not go forward: {value!r}")
                if ev.get("granularity") != grans[0]:
                    errors.append(f"{where}: granularity {ev.get('granularity')!r} but date {value!r} is a {grans[0]}")
                gran_count[ev.get("granularity")] += 1
            except ValueError as exc:
                errors.append(f"{where}: {exc}")
            if ev.get("status") not in STATUSES:
                errors.append(f"{where}: status {ev.get('status')!r}")
            status_count[ev.get("status")] += 1
            if "mod" in ev:
                mod_count[ev["mod"]] += 1
            if "mod" in ev and ev["mod"] not in MODS:
                errors.append(f"{where}: mod {ev['mod']!r}")
            mentions = ev.get("mentions") or []
            if not mentions:
                errors.append(f"{where}: no mentions")
            n_events += 1
            n_mentions += len(mentions)
            if len(mentions) > 1:
                n_multi += 1
            if len({m.get("article") for m in mentions}) > 1:
                n_cross += 1
            for m in mentions:
                art = m.get("article")
                if art not in articles:
                    errors.append(f"{where}: unknown article {art!r}")
                    continue
                span = locate(articles[art][1], m.get("quote", ""), m.get("expr", ""), where, errors)
                if span:
                    qs = articles[art][1].find(m.get("quote", ""))
                    gold_quotes[art].append((qs, qs + len(m.get("quote", ""))))
                    if any(s < span[1] and span[0] < e for s, e in gold_spans[art]):
                        errors.append(f"{where}: expr {m.get('expr')!r} overlaps another gold mention's expr")
                    gold_spans[art].append(span)
                    gold_owner[art].append((ev.get("id"), span, (qs, qs + len(m.get("quote", "")))))
                check_weekdays(m.get("expr", ""), value, where, errors)
                pub = articles[art][0]
                try:
                    lo, hi = interval(value)
                    cands = candidates(m.get("expr", ""), pub) if pub else None
                except (ValueError, TypeError, AttributeError):
                    cands = None
                if cands is not None and not any(a <= lo and hi <= b for a, b in cands):
                    errors.append(f"{where}: gold date {value} is not within what {m.get('expr')!r} "
                                  f"can mean from {pub}: {[(str(a), str(b)) for a, b in cands]}")
        for art, owned in gold_owner.items():
            for eid, (es, ee), _ in owned:
                for other, _, (qs, qe) in owned:
                    if other != eid and qs < ee and es < qe:
                        errors.append(f"{story.name}: a quote of {other} covers an expr of {eid} in {art}")
        for lineno, line in enumerate((story / "traps.jsonl").read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{story.name}/traps.jsonl:{lineno}"
            try:
                tr = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: bad JSON: {exc}")
                continue
            if set(tr) != {"article", "quote", "expr", "kind"}:
                errors.append(f"{where}: keys must be article, quote, expr, kind")
            if tr.get("kind") not in KINDS:
                errors.append(f"{where}: kind {tr.get('kind')!r}")
            kinds[tr.get("kind")] += 1
            art = tr.get("article")
            if art not in articles:
                errors.append(f"{where}: unknown article {art!r}")
                continue
            span = locate(articles[art][1], tr.get("quote", ""), tr.get("expr", ""), where, errors)
            if span and any(s < span[1] and span[0] < e for s, e in gold_spans[art]):
                errors.append(f"{where}: trap expr {tr.get('expr')!r} overlaps a gold mention expr")
            elif span and any(s < span[1] and span[0] < e for s, e in gold_quotes[art]):
                errors.append(f"{where}: trap expr {tr.get('expr')!r} lies inside a gold mention quote")
    print(f"stories: {len(stories)}  articles: {n_articles}  words/article: {min(words)}-{max(words)}")
    print(f"events: {n_events}  mentions: {n_mentions}  multi-mention: {n_multi}  cross-article: {n_cross}")
    print("status: " + ", ".join(f"{k} {v}" for k, v in sorted(status_count.items())))
    print("granularity: " + ", ".join(f"{k} {v}" for k, v in sorted(gran_count.items())))
    print("mod: " + ", ".join(f"{k} {v}" for k, v in sorted(mod_count.items())))
    print(f"traps: {sum(kinds.values())}  " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    missing = KINDS - set(kinds)
    if missing:
        print("trap kinds not used: " + ", ".join(sorted(missing)))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
