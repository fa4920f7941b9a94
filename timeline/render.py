"""Stage 6: render a Timeline into pages (relative path -> content) through Jinja templates.

Autoescape is on and undefined names fail (StrictUndefined): article text never becomes markup
except through :func:`mark` and :func:`mark_spans`, which escape it. A user's templates folder
overrides the defaults one file at a time (pages, ``style.css`` and ``app.js`` alike).

Every URL inside the site is relative (each page gets ``root``, the way back to the site root),
so the site works at ``/``, under a subpath and from disk; ``base_url`` only makes the feed,
sitemap and canonical links absolute. Output is a pure function of the timeline and the config.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import dataclasses
import datetime as dt
import functools
import hashlib
import operator
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import jinja2
from markupsafe import Markup, escape

from . import __version__, timex
from .config import Config
from .errors import BuildError
from .export import atom_feed, events_csv, events_ics, events_json_text, robots, sitemap, timelinejs_text
from .model import Article, Event, Mention, Timeline
from .read import safe_url

#: Static files copied from the templates folder (a user's folder may override them).
STATIC = ("style.css", "app.js", "favicon.svg")
#: On a paginated index, the events of every page for the search (loaded by app.js on first use).
SEARCH_INDEX = "search-index.js"
#: Bytes of search rows per shard ``search-index-<k>.js`` (about 160 bytes an event: ~2,500 events).
SEARCH_SHARD_BYTES = 400_000
#: Tags listed on one page of tags/index.html (about 110 bytes each: ~220 KB a page).
TAGS_PER_PAGE = 2000
#: The sources an event's page lists (one article telling a date 200,000 times would make a page
#: of 100 MB); the others are counted there, and every one is in events.json.
SOURCES_PER_EVENT_PAGE = 500
#: The sources and the tags an event's item on a list page (the index, a period, a tag) links to;
#: the others are counted and linked to the event's page ("and 66 more"). An event told by 700
#: articles made each page listing it 100 KB longer: a tag page of 200 such events was 2.2 MB
#: (eighteenth session, 10,000 articles of ``benchmarks/gen_articles.py``).
ITEM_SOURCES = 12
ITEM_TAGS = 12
#: Granularities precise enough to sit under a month heading.
_IN_MONTH = ("month", "week", "day", "time")
_SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,120}$")


def default_templates_dir() -> Path:
    """The templates shipped with the package (the repository's ``templates/`` in a checkout)."""
    installed = Path(__file__).parent / "templates"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "templates"


def slugify(text: str, max_len: int = 60) -> str:
    """Return a file-name-safe slug: ``[a-z0-9-]``, never empty, never a reserved name."""
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", norm).strip("-")[:max_len].strip("-")
    if not slug or slug in {"con", "prn", "aux", "nul", "index"} or re.fullmatch(r"(com|lpt)[0-9]", slug):
        slug = "x-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return slug


def _unique_slugs(keys: Iterable[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    used: set[str] = set()
    for key in sorted(set(keys)):
        s = slugify(key)
        if s in used:
            s = f"{s}-{hashlib.sha1(key.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
        used.add(s)
        out[key] = s
    return out


def article_slugs(articles: tuple[Article, ...]) -> dict[str, str]:
    """Map article ids to unique slugs (a colliding slug gets a hash suffix)."""
    return _unique_slugs(a.id for a in articles)


def event_slugs(events: Sequence[Event]) -> dict[str, str]:
    """Map event ids to file names: the id itself when it is already safe, else a slug."""
    out: dict[str, str] = {}
    used: set[str] = set()
    for e in events:
        s = e.id if _SAFE_ID.match(e.id) and e.id != "index" else slugify(e.id)
        if s in used:
            s = f"{s}-{hashlib.sha1(e.id.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
        used.add(s)
        out[e.id] = s
    return out


def mark(text: str, start: int, end: int) -> Markup:
    """Return ``text`` escaped, with ``text[start:end]`` wrapped in ``<mark>``."""
    # Plain concatenation of escaped parts: the same string as Markup.format, without its parser.
    return Markup(f"{escape(text[:start])}<mark>{escape(text[start:end])}</mark>{escape(text[end:])}")


@dataclass(frozen=True, slots=True)
class Span:
    """A marked stretch of an article body, optionally linked (href is relative, built by us)."""

    start: int
    end: int
    href: str = ""
    title: str = ""
    css: str = ""


def mark_spans(text: str, offset: int, spans: Sequence[Span], placed: set[int] | None = None,
               links: Sequence[tuple[int, int, str]] = ()) -> Markup:
    """Return ``text`` (which begins at body offset ``offset``) escaped, each span marked, and
    the text of the article's ``links`` (body offsets and an http(s) URL) outside the spans
    linked to their URL (a marked span keeps its own link: links do not nest).

    Spans outside the text or overlapping an earlier span are left unmarked; the start of
    every span marked (its anchor ``x-<start>``) is added to ``placed``.
    """
    if links:
        end = offset + len(text)
        links = [x for x in links if x[0] < end and x[1] > offset]
    plain = functools.partial(_linked_text, text, offset, links) if links else None
    out: list[str] = []
    pos = 0
    for sp, a, b in _placed_spans(len(text), offset, spans):
        out.append(escape(text[pos:a]) if plain is None else plain(pos, a))
        # Escaped parts concatenated (the same string Markup.format gives, much faster).
        attrs = f' id="x-{int(sp.start)}"'
        if sp.css:
            attrs += f' class="{escape(sp.css)}"'
        if sp.title:
            attrs += f' title="{escape(sp.title)}"'
        inner = f"<mark{attrs}>{escape(text[a:b])}</mark>"
        if sp.href:
            inner = f'<a href="{escape(sp.href)}">{inner}</a>'
        out.append(inner)
        if placed is not None:
            placed.add(sp.start)
        pos = b
    out.append(escape(text[pos:]) if plain is None else plain(pos, len(text)))
    return Markup("".join(out))


def _linked_text(text: str, offset: int, links: Sequence[tuple[int, int, str]], i: int, j: int) -> str:
    """``text[i:j]`` escaped, its stretches inside ``links`` (body offsets; ``text`` starts at
    ``offset``) each an outgoing link."""
    out = []
    pos = i
    for start, end, url in links:
        a, b = max(start - offset, pos), min(end - offset, j)
        if a >= b:
            continue
        out.append(escape(text[pos:a]))
        out.append(f'<a class="out" href="{escape(url)}" rel="nofollow noopener">{escape(text[a:b])}</a>')
        pos = b
    out.append(escape(text[pos:j]))
    return "".join(out)


def _placed_spans(length: int, offset: int, spans: Sequence[Span]) -> Iterator[tuple[Span, int, int]]:
    """The spans :func:`mark_spans` marks in a text of ``length`` characters at body offset
    ``offset``, in order, each with its start and end in the text."""
    pos = 0
    for sp in sorted(spans, key=lambda s: (s.start, -s.end)):
        a, b = sp.start - offset, sp.end - offset
        if a < pos or b > length or b <= a:
            continue
        yield sp, a, b
        pos = b


def evidence(m: Mention) -> Markup:
    """The sentence of a mention with its date words marked (plain escaped text if offsets disagree)."""
    a, b = m.start - m.sentence_start, m.end - m.sentence_start
    if 0 <= a < b <= len(m.sentence) and m.sentence[a:b] == m.expr:
        return mark(m.sentence, a, b)
    i = m.sentence.find(m.expr) if m.expr else -1
    if i >= 0:
        return mark(m.sentence, i, i + len(m.expr))
    return escape(m.sentence)


#: A paragraph: from a character that is not a newline up to a blank line (or the end), or up to
#: a line that opens a list item ("- May 10: ...", "• ...", "1. ..."; a Markdown article's "* "
#: and "+ " marks read as "• "): each item its own paragraph. (One line at a time: ~10x faster
#: than a character at a time.)
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)(?![ \t]*(?:[-–—•*+]|\d{1,3}[.)])[ \t])[^\n]*)*")
_HEADING = re.compile(r"#{1,6}[ \t]+")


def paragraphs(body: str) -> list[tuple[int, int, str]]:
    """Split a body into ``(start, end, kind)`` paragraphs; kind is ``p`` or ``h`` (a Markdown heading)."""
    out = []
    for m in _PARAGRAPH.finditer(body):
        start, end = m.start(), m.end()
        text = body[start:end]
        lead = len(text) - len(text.lstrip())
        start += lead
        end = start + len(text.strip())
        h = _HEADING.match(body, start, end)
        if h and "\n" not in body[start:end]:
            out.append((h.end(), end, "h"))  # match(body, start, end): positions in body
        elif end > start:
            out.append((start, end, "p"))
    return out


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 source``, ``3 sources``."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


#: Entity tags carry their kind ("person:Marco Rubio"); the site shows the name, and the kind
#: where a tag stands alone (tag list, tag page, filter). Tags from front matter show as written.
_TAG_KINDS = {"person": "person", "place": "place", "org": "organisation"}


def _entity_tag(tag: str) -> tuple[str, str] | None:
    """``person:Marco Rubio`` -> ``("person", "Marco Rubio")``; None for any other tag."""
    kind, sep, name = tag.partition(":")
    return (_TAG_KINDS[kind], name) if sep and kind in _TAG_KINDS and name else None


def tag_name(tag: str) -> str:
    """``person:Marco Rubio`` -> ``Marco Rubio``; other tags unchanged."""
    entity = _entity_tag(tag)
    return entity[1] if entity else tag


def tag_label(tag: str) -> str:
    """``person:Marco Rubio`` -> ``Marco Rubio (person)``; other tags unchanged."""
    entity = _entity_tag(tag)
    return f"{entity[1]} ({entity[0]})" if entity else tag


@dataclass
class Group:
    """A run of events under one heading of the index (a month, or a year for coarser dates)."""

    year: int
    month: int
    """1-12, or 0 for events known only to the year, season, quarter or half."""
    events: list[Event] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"m-{self.year:04d}-{self.month:02d}" if self.month else f"y-{self.year:04d}-all"

    @property
    def heading(self) -> str:
        return f"{timex.MONTHS[self.month - 1]} {self.year}" if self.month else f"{self.year}: not within one month"


@dataclass
class YearBlock:
    year: int
    groups: list[Group] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(g.events) for g in self.groups)


def group_key(e: Event) -> tuple[int, int]:
    """(year, month) of the index heading an event sits under; month 0 when it is not within one month."""
    d = e.date
    if "/" in d.value:
        fine = (d.start.year, d.start.month) == (d.end.year, d.end.month)
    else:
        fine = d.granularity in _IN_MONTH
    return (d.start.year, d.start.month if fine else 0)


def year_blocks(events: Sequence[Event]) -> list[YearBlock]:
    """Group events (already in index order) by year, then month."""
    blocks: list[YearBlock] = []
    for e in events:
        y, mth = group_key(e)
        if not blocks or blocks[-1].year != y:
            blocks.append(YearBlock(y))
        groups = blocks[-1].groups
        if not groups or groups[-1].month != mth:
            groups.append(Group(y, mth))
        groups[-1].events.append(e)
    return blocks


@dataclass
class Bar:
    label: str
    count: int
    href: str
    x: float
    height: float
    tick: str = ""


def overview(events: Sequence[Event], page_of: dict[str, str]) -> dict[str, Any]:
    """The bar chart of events per month (per year for long spans) with links to the periods."""
    if not events:
        return {"bars": [], "unit": "month", "width": 0, "height": 0, "first": "", "last": "", "left_out": 0}
    starts = [e.date.start for e in events]
    lo, hi = min(starts), max(starts)
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    counts: dict[tuple[int, int], int] = {}
    target: dict[tuple[int, int], str] = {}
    # By month when the span is short and some dates are precise to a month; a date known only
    # to its year, season or quarter is then left out of the month bars (and said so).
    by_month = months <= 48 and any(group_key(e)[1] for e in events)
    left_out = 0
    for e in events:  # events arrive in index order: the first one of a period is where the bar links
        if by_month and not group_key(e)[1]:
            left_out += 1
            continue
        key = (e.date.start.year, e.date.start.month if by_month else 0)
        counts[key] = counts.get(key, 0) + 1
        if key not in target:
            target[key] = f"{page_of[e.id]}#{Group(*group_key(e)).anchor}"
    if by_month:
        fine = [e.date.start for e in events if group_key(e)[1]]
        lo, hi = min(fine), max(fine)
        months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
        keys = []
        y, mth = lo.year, lo.month
        for _ in range(months):
            keys.append((y, mth))
            y, mth = (y + 1, 1) if mth == 12 else (y, mth + 1)
    elif hi.year - lo.year < 200:
        keys = [(y, 0) for y in range(lo.year, hi.year + 1)]
    else:
        keys = sorted(counts)
    width, height, top = 720, 120, 10
    slot = width / max(len(keys), 1)
    peak = max(counts.values())
    bars = []
    every = max(1, len(keys) // 12)
    for i, key in enumerate(keys):
        n = counts.get(key, 0)
        label = f"{timex.MONTHS[key[1] - 1]} {key[0]}" if key[1] else str(key[0])
        tick = ""
        if by_month and (key[1] == 1 or i == 0) or not by_month and i % every == 0:
            tick = str(key[0])
        bars.append(Bar(label=label, count=n, href=target.get(key, ""), x=round(i * slot, 2),
                        height=round(max(2.0, (height - top) * n / peak) if n else 0.0, 2), tick=tick))
    return {"bars": bars, "unit": "month" if by_month else "year", "width": width, "height": height,
            "slot": round(max(slot - (1 if slot > 3 else 0), 0.5), 2), "first": bars[0].label, "last": bars[-1].label,
            "peak": peak, "left_out": left_out}


def _norm_base(base_url: str) -> str:
    base = (base_url or "").strip()
    if base and not base.endswith("/"):
        base += "/"
    if base and not re.match(r"^https?://[^\s<>\"'`]+$", base):
        raise BuildError(f"base_url {base_url!r} is not an http(s) URL")
    return base


class _Context(jinja2.runtime.Context):
    """Jinja's context with a shorter path for the calls a page makes most.

    A built-in method (``date.isoformat``, ``dict.get``) or a plain function without Jinja's
    ``pass_context``/``pass_environment`` marks is called directly; anything else (macros,
    marked functions, callable objects) goes through :meth:`jinja2.runtime.Context.call`.
    """

    def call(__self, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        kind = type(__obj)
        if kind is _BUILTIN_METHOD or kind is _FUNCTION and "jinja_pass_arg" not in __obj.__dict__:
            kwargs.pop("_block_vars", None)
            kwargs.pop("_loop_vars", None)
            try:
                return __obj(*args, **kwargs)
            except StopIteration:
                return __self.environment.undefined(
                    "value was undefined because a callable raised a StopIteration exception")
        return super().call(__obj, *args, **kwargs)


_BUILTIN_METHOD = type(dt.date.min.isoformat)
_FUNCTION = type(plural)


class _Environment(jinja2.Environment):
    """Templates get a plain-dict snapshot of the globals (Jinja's ChainMap is slow to copy and
    search, and every page copies it); render() sets every global before loading a template."""

    def make_globals(self, d: Any = None) -> Any:
        return {**self.globals, **(d or {})}


class _TemplateCache(jinja2.FileSystemBytecodeCache):
    """Jinja's compiled-template cache, optional like the analysis cache: a template it cannot
    store or read back is compiled (a full disk or a read-only folder never stops a build)."""

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, ValueError, EOFError, TypeError):
            bucket.reset()


def environment(config: Config) -> jinja2.Environment:
    """The Jinja environment: user templates first, then the defaults."""
    loaders: list[jinja2.BaseLoader] = []
    if config.templates is not None:
        loaders.append(jinja2.FileSystemLoader(str(config.templates)))
    loaders.append(jinja2.FileSystemLoader(str(default_templates_dir())))
    # Compiled templates are kept beside the analysis cache (Jinja keys them by name and source
    # checksum, with its own format header): a build loads them instead of compiling ~10 templates.
    cache = _TemplateCache(str(config.cache_dir / "jinja")) if config.cache else None
    if cache is not None:
        try:
            (config.cache_dir / "jinja").mkdir(parents=True, exist_ok=True)
        except OSError:
            cache = None  # an unwritable cache folder: compile, as without a cache
    env = _Environment(
        loader=jinja2.ChoiceLoader(loaders),
        bytecode_cache=cache,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        auto_reload=False,  # one render compiles each template once; no stat() per page
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.context_class = _Context
    env.filters["start_iso"] = timex.start_iso
    env.filters["safe_url"] = lambda u: safe_url(u) if u else None
    env.globals.update(mark=mark, evidence=evidence, plural=plural, mark_spans=mark_spans, tag_name=tag_name,
                       tag_label=tag_label)
    return env


def _static(env: jinja2.Environment, name: str) -> str:
    assert env.loader is not None
    try:
        return env.loader.get_source(env, name)[0]
    except jinja2.TemplateError as err:
        raise _template_error(err) from err


def render(timeline: Timeline, config: Config) -> dict[str, str | bytes]:
    """Render every page and export of the site: :func:`render_pages` gathered into a dict.

    Raises:
        BuildError: when a template is missing or broken, or base_url is not http(s).
    """
    return dict(render_pages(timeline, config))


def render_pages(timeline: Timeline, config: Config, *, inputs: dict[str, bytes] | None = None,
                 known: "Mapping[str, bytes] | None" = None,
                 plan: "Sequence[tuple[str, Callable[[], str | bytes | None]]] | None" = None,
                 fragments: dict[str, Any] | None = None, previous: "Callable[[str], str | None] | None" = None,
                 refs: "Mapping[int, str] | None" = None) -> Iterator[tuple[str, str | bytes | None]]:
    """Yield ``(name, content)`` for every page and export of the site, one at a time.

    A consumer that writes each page before asking for the next holds one page at a time;
    the pages and their bytes are exactly those of :func:`render`. See :func:`page_plan` for
    ``inputs``, ``known``, ``fragments``, ``previous`` and ``refs``; ``plan`` is one page_plan already made (with the same arguments).

    Raises:
        BuildError: when a template is missing or broken, or base_url is not http(s).
    """
    if plan is None:
        plan = page_plan(timeline, config, inputs=inputs, known=known, fragments=fragments, previous=previous, refs=refs)
    for name, make in plan:
        yield name, make()


def page_plan(timeline: Timeline, config: Config, *, inputs: dict[str, bytes] | None = None,
              known: "Mapping[str, bytes] | None" = None, fragments: dict[str, Any] | None = None,
              previous: "Callable[[str], str | None] | None" = None, refs: "Mapping[int, str] | None" = None
              ) -> list[tuple[str, Callable[[], str | bytes | None]]]:
    """Every page of the site, in order, as ``(name, make)``: ``make()`` renders the page.

    The work shared by every page (slugs, pagination, the marked article texts) is done here,
    once; each ``make`` renders one page and may run in any order, in this process or in a
    forked one (a template error raises BuildError from ``make``).

    Incremental render: with ``inputs`` (a dict), the event, article and tag pages get a digest
    of everything they show (see :func:`page_inputs_fixed`), stored in ``inputs`` by name when
    the page is made. A page whose digest equals ``known[name]`` (the previous build's digest
    of a page still on disk) is not rendered: its ``make()`` returns None ("keep the file").
    With a templates folder overriding a page template, no digest is made (a user's template
    may show anything) and every page is rendered.

    Fragments: with ``inputs``, an event's item on the index and tag pages is kept by the
    event's digest in ``fragments`` (the previous build's ``fragments``, or ``{}``, replaced
    in place by this build's: save it after the pages are made), so a rebuild joins them. Of
    its text in ``events.json``, ``events.csv``, ``events.ics`` and ``timelinejs.json`` only
    the place in the file is kept: ``previous(name)`` gives the previous build's text of a
    file (None when unknown or changed since), from which a rebuild takes the unchanged events'.

    Raises:
        BuildError: when base_url is not http(s).
    """
    env = environment(config)
    base_url = _norm_base(config.base_url)
    per_page = max(1, int(config.per_page))
    slugs = article_slugs(timeline.articles)
    articles = {a.id: a for a in timeline.articles}
    ev_slug = event_slugs(timeline.events)
    ev_path = {eid: f"events/{s}.html" for eid, s in ev_slug.items()}

    # Index order: grouped by year and month (coarse dates first in their year), stable otherwise.
    ordered = sorted(timeline.events, key=group_key)
    paged = index_pages(ordered, per_page)
    chunks = [evs for _, _, evs in paged]
    page_names = ["index.html"] + [f"page-{key}.html" for key, _, _ in paged[1:]]
    page_of = {e.id: page_names[i] for i, chunk in enumerate(chunks) for e in chunk}

    # Tags: events' and articles' tags share one page per tag. An event carries its own (entity)
    # tags and the front-matter tags of the articles that tell it ("transport" on an article:
    # its events are on the transport page and in the filter's transport choice).
    # A front-matter tag that names an entity some event is tagged with ("Nordline" and
    # "org:Nordline") is that entity's tag: one page, not two (the first entity tag of that name,
    # in sorted order, when several kinds carry it).
    entity_of: dict[str, str] = {}
    for t in sorted({t for e in timeline.events for t in e.tags if _entity_tag(t)}):
        entity_of.setdefault(tag_name(t).casefold(), t)
    canon: dict[str, str] = {t: entity_of.get(t.casefold(), t) for a in timeline.articles for t in a.tags
                             if not _entity_tag(t)}
    art_tags = {a.id: tuple(canon.get(t, t) for t in a.tags) for a in timeline.articles if a.tags}
    ev_tags: dict[str, tuple[str, ...]] = {}
    for e in timeline.events:
        extra = [t for m in e.mentions for t in art_tags.get(m.article, ())] if art_tags else ()
        if extra:
            # (not a second "India" beside the entity tag "place:India")
            names = {tag_name(t).casefold() for t in e.tags}
            extra = [t for t in extra if t in e.tags or t.casefold() not in names]
        ev_tags[e.id] = tuple(dict.fromkeys((*e.tags, *extra))) if extra else e.tags

    def event_tags(e: Event) -> tuple[str, ...]:
        return ev_tags.get(e.id, e.tags)

    all_tags = {t for e in timeline.events for t in event_tags(e)} | {t for ts in art_tags.values() for t in ts}
    tag_slug = _unique_slugs(all_tags)
    # (an article page names its own tags: a front-matter tag links to its entity's page)
    tag_slug.update((t, tag_slug[c]) for t, c in canon.items() if c != t)
    tag_events: dict[str, list[Event]] = {t: [] for t in all_tags}
    for e in ordered:
        for t in event_tags(e):
            tag_events[t].append(e)
    tag_articles: dict[str, list[Article]] = {t: [] for t in all_tags}
    for a in sorted(timeline.articles, key=lambda a: a.id):
        for t in dict.fromkeys(art_tags.get(a.id, ())):
            tag_articles[t].append(a)
    tags_sorted = sorted(all_tags, key=lambda t: (t.casefold(), t))

    # Helpers called many times a page are computed once per timeline (memoised per render).
    outlets: dict[str, str] = {a.id: a.source or a.title for a in timeline.articles}
    # The Source filter lists outlets: an article's own, else its URL's site; an article with
    # neither is shown by its title where it is cited, but names no outlet to filter by.
    named = {a.id: a.source or _url_site(a.url) for a in timeline.articles}

    def outlet(article_id: str) -> str:
        return outlets.get(article_id, article_id)

    sources_memo: dict[str, list[str]] = {}

    def sources_of(e: Event) -> list[str]:
        got = sources_memo.get(e.id)
        if got is None:
            got = sources_memo[e.id] = sorted({o for m in e.mentions if (o := named.get(m.article))})
        return got

    mentions_memo: dict[str, list[Mention]] = {}

    def source_mentions(e: Event) -> list[Mention]:
        """The first mention of each source article (as ``mentions|unique(attribute="article")``)."""
        got = mentions_memo.get(e.id)
        if got is None:
            seen: set[str] = set()
            got = mentions_memo[e.id] = []
            for m in e.mentions:
                key = m.article.lower()  # unique() compares strings case-insensitively
                if key not in seen:
                    seen.add(key)
                    got.append(m)
        return got

    evidence_memo: dict[int, tuple[Mention, Markup]] = {}

    def evidence_once(m: Mention) -> Markup:
        got = evidence_memo.get(id(m))
        if got is None or got[0] is not m:
            got = evidence_memo[id(m)] = (m, evidence(m))
        return got[1]

    chart = overview(ordered, page_of)
    years = [e.date.start.year for e in ordered]
    first_year, last_year = (min(years), max(years)) if years else (0, 0)
    pages_meta = [{"href": page_names[i], "number": i + 1, "span": label} for i, (_, label, _) in enumerate(paged)]

    common: dict[str, Any] = {
        "site_title": config.title, "description": config.description, "lang": config.language,
        "version": __version__, "slugs": slugs, "ev_slug": ev_slug, "articles": articles, "ev_path": ev_path, "page_of": page_of,
        "tag_slug": tag_slug, "base_url": base_url, "outlet": outlet, "sources_of": sources_of, "event_tags": event_tags,
        "has_events": bool(timeline.events), "event_count": len(timeline.events),
        "article_count": len(timeline.articles), "evidence": evidence_once,
        "source_mentions": source_mentions,
        "sources_per_page": SOURCES_PER_EVENT_PAGE, "item_sources": ITEM_SOURCES, "item_tags": ITEM_TAGS,
    }
    templates: dict[str, jinja2.Template] = {}

    def page(name: str, template: str, root: str, **ctx: Any) -> str:
        canonical = base_url + ("" if name == "index.html" else name) if base_url else ""
        try:
            tpl = templates.get(template)
            if tpl is None:
                tpl = templates[template] = env.get_template(template)
            return tpl.render(root=root, path=name, canonical=canonical, **ctx)
        except jinja2.TemplateError as err:
            raise _template_error(err) from err

    fixed = page_inputs_fixed(env, config) if inputs is not None else None
    known = known if fixed is not None and known is not None else {}
    kept = Fragments(fragments, fixed)

    def page_if_changed(name: str, shown: Callable[[], Any], template: str, root: str,
                        more: Callable[[], dict[str, Any]] | None = None, **ctx: Any) -> str | None:
        """``page()``, unless the digest of ``shown()`` (what the page shows) is the one of the page on
        disk; ``more()`` gives the rest of the page's values, made only when the page is rendered."""
        if fixed is not None:
            d = inputs[name] = _digest(fixed, name, repr(shown()))  # type: ignore[index]
            if known.get(name) == d:
                return None
        if more is not None:
            ctx.update(more())
        return page(name, template, root, **ctx)

    def page_always(name: str, _shown: Callable[[], Any], template: str, root: str,
                    more: Callable[[], dict[str, Any]], **ctx: Any) -> str:
        """``page()`` with ``more()``'s values (a page rendered on every build)."""
        return page(name, template, root, **ctx, **more())

    plan: list[tuple[str, Callable[[], str | bytes | None]]] = []

    def add(name: str, fn: Callable[..., str | bytes | None], *args: Any, **kwargs: Any) -> None:
        plan.append((name, functools.partial(fn, *args, **kwargs)))

    item_memo: dict[str, bytes] = {}
    known_refs = refs or {}

    def ref(obj: Any) -> Any:
        """What a digest holds of ``obj``: its text in ``refs``, else the object (digested by repr)."""
        return known_refs.get(id(obj), obj)

    article_memo: dict[str, Any] = {}

    def article_inputs(aid: str) -> Any:
        """What an event shows of an article: its reference when it is a cached analysis's own
        article (which determines it), else its title, date, URL, language and outlet."""
        got = article_memo.get(aid)
        if got is None:
            a = articles.get(aid)
            got = known_refs.get(id(a)) if a is not None else None
            if got is None:
                got = (outlet(aid), (a.title, a.published, a.url, a.lang) if a else None)
            article_memo[aid] = got
        return got

    event_memo: dict[str, tuple[Any, ...]] = {}

    def event_inputs(e: Event) -> tuple[Any, ...]:
        """Every field of ``e`` but its mentions; a date that is the very object of one of its
        mentions (most events' date is their first mention's) enters as that mention's reference,
        which determines it (see ``refs``), instead of its repr. Memoised per render (an event's
        page and its articles' pages ask)."""
        got = event_memo.get(e.id)
        if got is not None:
            return got
        got = fields = _event_fields(e)
        date = e.date
        for m in e.mentions:
            if m.date is date:
                r = known_refs.get(id(m))
                if r is not None:
                    got = (*fields[:_EVENT_DATE_AT], ("=date", r), *fields[_EVENT_DATE_AT + 1:])
                break
        event_memo[e.id] = got
        return got

    def item_inputs(e: Event) -> bytes:
        """A digest of what the event's page and its item in lists show of it (memoised per render)."""
        got = item_memo.get(e.id)
        if got is None:
            ms = e.mentions
            get = known_refs.get
            shown: list[Any] = [event_inputs(e), [get(id(m), m) for m in ms], ev_slug[e.id], page_of[e.id],
                                [tag_slug[t] for t in event_tags(e)]]
            shown += [(m.article, source_href(m), article_inputs(m.article)) for m in ms]
            got = item_memo[e.id] = _digest("", "", repr(shown))
        return got

    def neighbour(e: Event | None) -> Any:
        return (ev_slug[e.id], e.date.label, e.title) if e is not None else None

    def event_shown(e: Event, prev_event: Event | None, next_event: Event | None) -> Any:
        return item_inputs(e), neighbour(prev_event), neighbour(next_event)

    def tag_shown(t: str, pager: dict[str, Any], evs: list[Event], arts: list[Article]) -> Any:
        return (t, pager, len(tag_events[t]), len(tag_articles[t]), [item_inputs(e) for e in evs],
                [(a.id, slugs[a.id], article_inputs(a.id)) for a in arts])

    dropped_by_article: dict[str, list[Any]] = {}
    for d in timeline.dropped:
        dropped_by_article.setdefault(d.article, []).append(d)
    events_by_article: dict[str, list[Event]] = {}
    for e in timeline.events:
        for aid in dict.fromkeys(m.article for m in e.mentions):
            events_by_article.setdefault(aid, []).append(e)
    article_view: dict[str, tuple[list[Event], list[tuple[str, Markup]], list[Any]]] = {}
    article_shown: dict[str, Any] = {}
    anchors: dict[str, set[int]] = {}
    for a in timeline.articles:
        evs = events_by_article.get(a.id, [])
        spans: dict[tuple[int, int], Span] = {}
        for e in evs:
            for m in e.mentions:
                if m.article == a.id and (m.start, m.end) not in spans:
                    spans[(m.start, m.end)] = Span(m.start, m.end, "../" + ev_path[e.id],
                                                   f"{e.date.label}: event", "used")
        unused: list[Any] = []
        seen: set[tuple[int, int]] = set(spans)
        for d in dropped_by_article.get(a.id, ()):
            key = (d.expression.start, d.expression.end)
            if key not in seen:
                seen.add(key)
                unused.append(d)
                spans[key] = Span(*key, "", f"not used: {d.reason}", "unused")
        for x in timeline.expressions.get(a.id, ()):  # an _Unused made only for an expression not seen
            key = (x.start, x.end)
            if key not in seen:
                seen.add(key)
                unused.append(_Unused(expression=x, reason=_NOT_USED))
                spans[key] = Span(*key, "", f"not used: {_NOT_USED}", "unused")
        unused.sort(key=lambda d: (d.expression.start, d.expression.end))
        span_list = sorted(spans.values(), key=lambda s: (s.start, s.end))
        # The anchors other pages link to are known here; the marked text is made only when
        # the article's page is rendered (a rebuild skips most article pages).
        # An article's paragraphs are a function of its text: kept by its reference (see refs).
        a_ref = known_refs.get(id(a)) if kept.on else None
        paras = _para_spans(a.body, span_list, None if a_ref is None else
                            kept.get(("paragraphs", a_ref), functools.partial(paragraphs, a.body)))
        placed = {sp.start for s, t, _, own in paras for sp, _, _ in _placed_spans(t - s, s, own)}
        article_view[a.id] = (evs, paras, unused)
        anchors[a.id] = placed
        if fixed is not None:
            article_shown[a.id] = (ref(a), [_span_fields(sp) for sp in span_list], [ref(d) for d in unused],
                                   sorted(placed), [(ev_path[e.id], event_inputs(e)) for e in evs],
                                   [tag_slug[t] for t in a.tags], outlet(a.id), a.links)

    def source_href(m: Mention) -> str:
        """The article page of a mention, at its date words when they are marked there."""
        href = f"articles/{slugs[m.article]}.html" if m.article in slugs else "articles/index.html"
        if href and m.start in anchors.get(m.article, ()):
            href += f"#x-{m.start}"
        return href

    common["source_href"] = source_href
    # The per-render values are the environment's globals: every page sees them without
    # copying them into its own variables, and _macros.html, imported without context,
    # is evaluated once per render instead of once per page.
    env.globals.update(common)
    # Every global is set before _macros.html is loaded: a template importing it whose globals
    # have a name that _macros.html's lack gets a fresh (unmemoised) module on every import.
    env.globals["event_items"] = _event_items(env)
    _memoise_macros(env, ("when", "event_item"), kept, item_inputs)

    def export(name: str, fn: Callable[..., str], *args: Any) -> str:
        """``fn(*args, pieces)``: an export made of one text per event, the unchanged events'
        taken from the previous build's file (see Fragments.spliced)."""
        if not kept.on:
            return fn(*args, None)
        return kept.spliced(name, lambda pieces: fn(*args, pieces), item_inputs, previous)

    for template in ("index.html", "event.html", "article.html", "sources.html", "tag.html", "tags.html", "about.html"):
        try:  # compiled once here, before the pages are shared out (forked processes inherit them)
            templates[template] = env.get_template(template)
        except jinja2.TemplateError:
            pass  # reported by the page that needs it
    nav_memo: list[bytes] = []

    def index_shown(i: int, chunk: list[Event]) -> Any:
        """What index page ``i`` (not the first: it shows the counts and the chart) shows. The
        list of index pages every one of them shows enters as one digest, made once (its repr
        on every page made the index pages' digests grow with the square of their number)."""
        if not nav_memo:
            nav_memo.append(_digest("", "", repr((page_names, pages_meta))))
        return i, nav_memo[0], [item_inputs(e) for e in chunk]

    def index_values(chunk: list[Event]) -> dict[str, Any]:
        """An index page's values that take work (made only when the page is rendered)."""
        return {"blocks": year_blocks(chunk),
                "filter_tags": sorted({t for e in chunk for t in event_tags(e)}, key=lambda t: (t.casefold(), t)),
                "filter_sources": sorted({s for e in chunk for s in sources_of(e)}, key=lambda s: (s.casefold(), s))}

    for i, chunk in enumerate(chunks):
        name = page_names[i]
        # The first page is always rendered; the others (a period each) only when what they show changed.
        shown = (lambda: None) if i == 0 else functools.partial(index_shown, i, chunk)
        add(name, page_if_changed if i else page_always, name, shown, "index.html", "",
            functools.partial(index_values, chunk), events=chunk, chart=chart,
            page_number=i + 1, pages=pages_meta, search_index=SEARCH_INDEX if len(chunks) > 1 else "",
            prev=page_names[i - 1] if i > 0 else "", next=page_names[i + 1] if i + 1 < len(chunks) else "",
            first_year=first_year, last_year=last_year)
    for i, e in enumerate(timeline.events):
        prev_event = timeline.events[i - 1] if i > 0 else None
        next_event = timeline.events[i + 1] if i + 1 < len(timeline.events) else None
        name = ev_path[e.id]
        add(name, page_if_changed, name, functools.partial(event_shown, e, prev_event, next_event),
            "event.html", "../", event=e, prev_event=prev_event, next_event=next_event)
    for a in timeline.articles:
        evs, paras, unused = article_view[a.id]
        name = f"articles/{slugs[a.id]}.html"
        add(name, page_if_changed, name, functools.partial(article_shown.get, a.id), "article.html", "../",
            article=a, events=evs, paragraphs=_LazyParagraphs(a.body, paras, a.links), unused=unused, anchors=anchors[a.id],
            url=safe_url(a.url) if a.url else None)
    by_date = sorted(timeline.articles, key=lambda a: (a.published or dt.date.min, a.title, a.id), reverse=True)
    counts = {a.id: len(events_by_article.get(a.id, [])) for a in timeline.articles}
    chunk_size = per_page * 5  # one line per article
    parts = _chunks(by_date, chunk_size)
    for k, part in enumerate(parts, 1):
        name = f"articles/{_paged('index', k)}"
        add(name, page, name, "sources.html", "../", sources=part, event_count_of=counts,
            source_total=len(by_date), first_number=(k - 1) * chunk_size + 1, pager=_pager("index", k, len(parts)))
    for t in tags_sorted:
        ev_parts = _chunks(tag_events[t], per_page)
        art_parts = _chunks(tag_articles[t], per_page * 5)
        n = max(len(ev_parts), len(art_parts))
        for k in range(1, n + 1):
            evs = ev_parts[k - 1] if k <= len(ev_parts) else []
            arts = art_parts[k - 1] if k <= len(art_parts) else []
            pager = _pager(tag_slug[t], k, n)
            name = f"tags/{_paged(tag_slug[t], k)}"
            add(name, page_if_changed, name, functools.partial(tag_shown, t, pager, evs, arts), "tag.html", "../",
                tag=t, events=evs, tag_articles=arts, event_total=len(tag_events[t]),
                article_total=len(tag_articles[t]), pager=pager)
    # The tag list paginates too (its length grows with the corpus): TAGS_PER_PAGE a page.
    tag_parts = _chunks(tags_sorted, TAGS_PER_PAGE)
    for k, part in enumerate(tag_parts, 1):
        name = f"tags/{_paged('index', k)}"
        add(name, page, name, "tags.html", "../", tags=part, tag_events=tag_events,
            tag_articles=tag_articles, pager=_pager("index", k, len(tag_parts)))
    add("about.html", page, "about.html", "about.html", "", dropped_count=len(timeline.dropped),
        expression_count=sum(len(v) for v in timeline.expressions.values()))
    html_pages = sorted(name for name, _ in plan)

    def not_found() -> str:  # absolute links (base_url): it is served at any depth
        try:
            return env.get_template("404.html").render(
                root=base_url, path="404.html", canonical="", inline_css=Markup(_static(env, "style.css").strip()),
                **common)
        except jinja2.TemplateError as err:
            raise _template_error(err) from err

    add("404.html", not_found)
    for name in STATIC:
        add(name, _static, env, name)
    add("events.json", export, "events.json", events_json_text, timeline)
    add("timelinejs.json", export, "timelinejs.json", timelinejs_text, timeline, config.description)
    add("events.csv", export, "events.csv", events_csv, timeline)
    add("events.ics", export, "events.ics", events_ics, timeline, base_url, ev_path)
    add("feed.xml", atom_feed, timeline, config.description, base_url, ev_path)
    if base_url:
        add("sitemap.xml", sitemap, base_url, html_pages)
        add("robots.txt", robots, base_url)
    if len(chunks) > 1:
        for name, content in search_index(ordered, page_names, page_of, ev_slug, sources_of, event_tags):
            add(name, _given, content)
    add(".nojekyll", _given, "")
    return plan


#: The periods an index page may cover, widest first: for an event's ``group_key`` (year,
#: month; month 0 for "not within one month"), the period it falls in and the period's
#: ``(key, label)``.
_PERIODS: tuple[tuple[Callable[[tuple[int, int]], Any], Callable[[tuple[int, int]], tuple[str, str]]], ...] = (
    (lambda k: k[0] // 100, lambda k: _years(k[0] // 100 * 100, 100)),
    (lambda k: k[0] // 10, lambda k: _years(k[0] // 10 * 10, 10)),
    (lambda k: k[0], lambda k: (f"{k[0]:04d}", str(k[0]))),
    (lambda k: k, lambda k: ((f"{k[0]:04d}-{k[1]:02d}", f"{timex.MONTHS[k[1] - 1][:3]} {k[0]}") if k[1]
                             else (f"{k[0]:04d}-x", f"{k[0]}, not within one month"))),
)


def _years(first: int, n: int) -> tuple[str, str]:
    return f"{first:04d}-{first + n - 1:04d}", f"{first}–{first + n - 1}"


def index_pages(events: Sequence[Event], per_page: int) -> list[tuple[str, str, list[Event]]]:
    """The pages of the index: ``(key, label, events)``, in index order (``events`` are).

    Boundaries follow the calendar, so that a new event changes the page of its period and no
    other: all events on one page when they fit (``per_page``); else a century, a decade, a year
    or a month is one page when its events fit, and is split into the next, narrower periods
    when they do not; a month with more than ``per_page`` events is split into runs of
    ``per_page`` (keys ``<month>``, ``<month>-2``, ...). The key names the page's file
    (``page-<key>.html``; the first page is ``index.html``), the label is its span in the
    page list.
    """
    if len(events) <= per_page:
        return [("", "", list(events))]
    keys = {id(e): group_key(e) for e in events}
    out: list[tuple[str, str, list[Event]]] = []

    def split(items: list[Event], level: int, key: str, label: str) -> None:
        if len(items) <= per_page:
            out.append((key, label, items))
        elif level == len(_PERIODS):
            for k, i in enumerate(range(0, len(items), per_page), 1):
                out.append((key if k == 1 else f"{key}-{k}", label if k == 1 else f"{label} ({k})",
                            items[i:i + per_page]))
        else:
            period, named = _PERIODS[level]
            start = 0
            for i in range(1, len(items) + 1):
                if i == len(items) or period(keys[id(items[i])]) != period(keys[id(items[start])]):
                    split(items[start:i], level + 1, *named(keys[id(items[start])]))
                    start = i

    split(list(events), 0, "", "")
    return out


def _para_spans(body: str, span_list: list[Span], paras: "list[tuple[int, int, str]] | None" = None
                ) -> list[tuple[int, int, str, list[Span]]]:
    """The paragraphs of ``body`` as ``(start, end, kind, spans)``: each with only its own spans
    (``span_list`` sorted by start; bisect keeps long articles linear). ``paras`` is
    ``paragraphs(body)`` when already known."""
    starts = [sp.start for sp in span_list]
    return [(s, t, kind, span_list[bisect_left(starts, s):bisect_left(starts, t)])
            for s, t, kind in (paragraphs(body) if paras is None else paras)]


class _LazyParagraphs:
    """An article page's ``(kind, marked text)`` paragraphs, marked up when the page iterates them."""

    __slots__ = ("body", "paras", "links")

    def __init__(self, body: str, paras: list[tuple[int, int, str, list[Span]]],
                 links: Sequence[tuple[int, int, str]] = ()) -> None:
        self.body, self.paras, self.links = body, paras, links

    def __iter__(self) -> Iterator[tuple[str, Markup]]:
        body, links = self.body, self.links
        if not links:
            return iter([(kind, mark_spans(body[s:t], s, own)) for s, t, kind, own in self.paras])
        # Each paragraph gets its own links (they are in text order and do not overlap: their
        # ends are in order too), found by bisection: an article of many paragraphs and many
        # links is not scanned once per paragraph.
        starts, ends = [x[0] for x in links], [x[1] for x in links]
        return iter([(kind, mark_spans(body[s:t], s, own, links=links[bisect_right(ends, s):bisect_left(starts, t)]))
                     for s, t, kind, own in self.paras])

    def __len__(self) -> int:
        return len(self.paras)


def _given(content: str) -> str:
    return content


def _template_error(err: jinja2.TemplateError) -> BuildError:
    where = f"{err.filename}:{err.lineno}: " if isinstance(err, jinja2.TemplateSyntaxError) else ""
    return BuildError(f"{where}template error: {err}")


#: Templates a page may include: a user's copy of one of them turns incremental render off.
_PAGE_TEMPLATES = ("base.html", "_macros.html", "event.html", "article.html", "tag.html", "index.html")


def page_inputs_fixed(env: jinja2.Environment, config: Config) -> str | None:
    """What every page digest shares: the package version, the code that renders, the templates
    and the settings that reach pages. None when a user's templates folder overrides a page
    template: a user's template may show any value, so no digest can list what a page shows.

    The digests of :func:`render_pages` list what the default templates show of each page
    (event.html, article.html, tag.html and the macros they import): a change to those
    templates that shows something more must add it to ``item_inputs`` / ``article_shown`` /
    the tag page's ``shown`` in render_pages (tests/test_render_incremental.py compares an
    incremental build with a clean one for several kinds of edits).
    """
    if config.templates is not None and any((config.templates / n).exists() for n in _PAGE_TEMPLATES):
        return None
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{__version__}\0{jinja2.__version__}\0{sys.version}\0".encode())
    # export.py too: the per-event fragments (render.Fragments) keep its text across builds.
    for module in (__file__, timex.__file__, sys.modules[safe_url.__module__].__file__ or "",
                   sys.modules[events_csv.__module__].__file__ or ""):
        h.update(Path(module).read_bytes())
    assert env.loader is not None
    for name in sorted(env.list_templates()):
        h.update(name.encode("utf-8", "surrogatepass") + b"\0" + env.loader.get_source(env, name)[0].encode("utf-8", "surrogatepass"))
    skip = {"jobs", "executor", "scheduler", "cache", "cache_dir", "source", "out", "root"}
    h.update(repr(sorted((f, repr(getattr(config, f))) for f in Config.__dataclass_fields__ if f not in skip)).encode())
    return h.hexdigest()


_EVENT_OTHER_FIELDS = operator.attrgetter(*(f.name for f in dataclasses.fields(Event) if f.name != "mentions"))
_EVENT_DATE_AT = [f.name for f in dataclasses.fields(Event) if f.name != "mentions"].index("date")


def _event_fields(e: Event) -> tuple[Any, ...]:
    """Every field of ``e`` but its mentions (a digest holds those through ``refs``)."""
    return _EVENT_OTHER_FIELDS(e)


_span_fields = operator.attrgetter(*(f.name for f in dataclasses.fields(Span)))


def _digest(fixed: str, name: str, shown: str) -> bytes:
    return hashlib.sha256(f"{fixed}\0{name}\0{shown}".encode("utf-8", "surrogatepass")).digest()[:16]


def _url_site(url: str | None) -> str:
    """The site of an article's URL ("example.org" of "https://www.example.org/news/1"), or ""."""
    if not url:
        return ""
    from urllib.parse import urlsplit

    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def search_index(events: Sequence[Event], page_names: list[str], page_of: dict[str, str],
                 ev_slug: dict[str, str], sources_of: Any, event_tags: Any = None) -> list[tuple[str, str]]:
    """The cross-page search data: ``search-index.js`` and its shards ``search-index-<k>.js``.

    Scripts (not JSON to fetch) so that they load from ``file://`` too. ``search-index.js``
    defines ``window.timelineIndex = {"pages": [...], "shards": [...]}``; shard ``k`` sets
    ``window.timelineIndexParts[k]`` to its rows, in index order, each
    ``[page, file, label, title, status, start, end, "|tags|", "|sources|"]``. A shard holds
    rows up to :data:`SEARCH_SHARD_BYTES` (more only for a single huge row), so no file grows
    with the corpus; app.js loads them all on first use.
    """
    import json

    number = {name: i for i, name in enumerate(page_names)}
    limit = SEARCH_SHARD_BYTES
    shards: list[list[str]] = [[]]
    size = 0
    text = json.encoder.encode_basestring  # json.dumps(..., ensure_ascii=False) of a string, without its set-up
    tags = event_tags or (lambda e: e.tags)
    for e in events:
        row = (f"[{number[page_of[e.id]]},{text(ev_slug[e.id])},{text(e.date.label)},{text(e.title)},{text(e.status)},"
               f"{text(e.date.start.isoformat())},{text(e.date.end.isoformat())},{text('|' + '|'.join(tags(e)) + '|')},"
               f"{text('|' + '|'.join(sources_of(e)) + '|')}]")
        row = row.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
        n = len(row.encode("utf-8")) + 1
        if shards[-1] and size + n > limit:
            shards.append([])
            size = 0
        shards[-1].append(row)
        size += n
    names = [f"search-index-{k}.js" for k in range(1, len(shards) + 1)]
    head = json.dumps({"pages": page_names, "shards": names}, ensure_ascii=False, separators=(",", ":"))
    out = [(SEARCH_INDEX, f"window.timelineIndex = {head};\n")]
    for k, (name, rows) in enumerate(zip(names, shards)):
        out.append((name, f"(window.timelineIndexParts = window.timelineIndexParts || {{}})[{k}] = [\n"
                          + ",\n".join(rows) + "];\n"))
    return out


#: Characters of per-event fragments kept across builds (see Fragments).
FRAGMENT_BUDGET = 64_000_000


class Fragments:
    """Per-event text kept across builds: ``get((kind, event digest), make)`` gives the text the
    previous build kept under that key, else ``make()``; what this build used replaces
    ``saved["frags"]`` (so the state does not grow with old events). Off (always ``make()``)
    without a ``fixed`` digest; everything kept is dropped when ``fixed`` (code, templates,
    settings) changed.

    What is kept is bounded by ``budget`` characters (``FRAGMENT_BUDGET``): past it, fragments
    are made and used but not kept, so memory and the state file stop growing with the site
    (an index item is about 0.8 KB: the budget covers some 80,000 events). The exports keep
    no text, only where each event's text lies in the file (:meth:`spliced`, ``saved["spans"]``)."""

    def __init__(self, saved: dict[str, Any] | None, fixed: str | None, budget: int | None = None) -> None:
        self.on = saved is not None and fixed is not None
        self.old: dict[Any, Any] = {}
        self.new: dict[Any, Any] = {}
        self.old_spans: dict[str, Any] = {}
        self.spans: dict[str, Any] = {}
        self.room = FRAGMENT_BUDGET if budget is None else budget
        if saved is not None and fixed is not None:
            if saved.get("fixed") == fixed:
                self.old = saved.get("frags") or {}
                self.old_spans = saved.get("spans") or {}
            saved.clear()
            saved.update(fixed=fixed, frags=self.new, spans=self.spans)

    def spliced(self, name: str, make: Callable[[Callable[..., list[Any]]], str],
                digest: Callable[[Event], bytes], previous: "Callable[[str], str | None] | None") -> str:
        """``make(pieces)``: a file made of one text (or tuple of texts) per event, asked of
        ``pieces(kind, events, make_one)``; an event whose digest the previous build placed in
        this file gets the same text, sliced from the previous build's file (``previous(name)``,
        None when it is not known or changed since), the others ``make_one(event)``.

        Only where each event's text lies in the file is kept (``spans[name]``: digest ->
        start and end of each text), found after the file is made by searching each text from
        the end of the one before: whatever is found equals the text, so a slice of an
        unchanged file is the text. Memory and the state file hold a few numbers an event."""
        old_spans = self.old_spans.get(name)
        old = previous(name) if old_spans and previous is not None else None
        used: list[tuple[bytes, Any]] = []

        def pieces(kind: str, events: Sequence[Event], make_one: Callable[[Event], Any]) -> list[Any]:
            ds = list(map(digest, events))  # (memoised per event by the caller)
            if old is None:
                texts = list(map(make_one, events))
            else:
                texts = []
                add = texts.append
                for e, at in zip(events, map(old_spans.get, ds)):  # type: ignore[union-attr]
                    if at is None:
                        add(make_one(e))
                    elif len(at) == 2:
                        add(old[at[0]:at[1]])
                    else:
                        add(tuple(old[at[i]:at[i + 1]] for i in range(0, len(at), 2)))
            used.extend(zip(ds, texts))
            return texts

        text = make(pieces)
        del old
        spans = _laid_out(text, used)
        if spans is not None:
            self.spans[name] = spans
            return text
        spans = {}
        pos = 0
        find = text.find
        for d, got in used:
            at: list[int] = []
            for part in ((got,) if type(got) is str else got):
                i = find(part, pos)
                if i < 0:
                    break
                pos = i + len(part)
                at += (i, pos)
            else:
                spans[d] = tuple(at)
        self.spans[name] = spans
        return text

    def get(self, key: Any, make: Callable[[], Any]) -> Any:
        got = self.new.get(key)
        if got is None:
            got = self.old.get(key)
            if got is None:
                got = make()
            size = len(got) if isinstance(got, str) else sum(map(len, got))
            if size > self.room:
                return got
            self.room -= size
            self.new[key] = got
        return got


def _laid_out(text: str, used: list[tuple[bytes, Any]]) -> dict[bytes, tuple[int, ...]] | None:
    """Where each text of ``used`` (digest, text or tuple of texts) lies in ``text``, when the
    file is laid out regularly: the same gap between the texts of an event (at most one text
    and gap: iCalendar's DTSTAMP line) and the same gap between events, all in one run (JSON
    lists, CSV rows, VEVENTs). Checked by one comparison of the run rebuilt from the texts and
    gaps with the file, then placed by arithmetic instead of one search an event. None when the
    layout is another (the caller searches)."""
    from itertools import accumulate

    if len(used) < 2:
        return None
    first, second = used[0][1], used[1][1]
    width = 1 if type(first) is str else len(first)
    if width > 2 or (width == 2 and not all(type(g) is tuple and len(g) == 2 for _, g in used)) or (
            width == 1 and not all(type(g) is str for _, g in used)):
        return None
    parts = (first,) if width == 1 else first
    start = text.find(parts[0])
    if start < 0:
        return None
    pos = start + len(parts[0])
    inner = ""
    if width == 2:
        at = text.find(parts[1], pos)
        if at < 0:
            return None
        inner, pos = text[pos:at], at + len(parts[1])
    nxt = text.find(second if width == 1 else second[0], pos)
    if nxt < 0:
        return None
    gap = text[pos:nxt]
    texts = [g for _, g in used]
    at = start
    for i in range(0, len(texts), 1024):  # the run rebuilt a share at a time (an export may be ~100 MB)
        run = gap.join(texts[i:i + 1024] if width == 1 else map(inner.join, texts[i:i + 1024]))
        if i:
            run = gap + run
        if not text.startswith(run, at):
            return None
        at += len(run)
    digests = [d for d, _ in used]
    if width == 1:
        lengths = list(map(len, texts))
        step = len(gap)
        starts = [start + c + i * step for i, c in enumerate(accumulate(lengths, initial=0))]
        return dict(zip(digests, zip(starts, map(operator.add, starts, lengths))))
    a_len = [len(a) for a, _ in texts]
    b_len = [len(b) for _, b in texts]
    step, mid = len(inner) + len(gap), len(inner)
    starts = [start + c + i * step for i, c in enumerate(accumulate(map(operator.add, a_len, b_len), initial=0))]
    a_end = list(map(operator.add, starts, a_len))
    b_start = [x + mid for x in a_end]
    return dict(zip(digests, zip(starts, a_end, b_start, map(operator.add, b_start, b_len))))


def forked_fragments(fragments: dict[str, Any]) -> tuple[Callable[[], Any], Callable[[Any], None]]:
    """``(collect, absorb)`` for ``write.write_plan(keep=)``: the fragments and export spans a
    forked page maker kept (its share of the pages) come back into this process's ``fragments``
    (the dict page_plan filled), so that the state saved after a forked cold build has them.
    Each maker keeps up to its own budget, so the total is at most one budget per maker."""

    def collect() -> Any:
        return fragments.get("frags"), fragments.get("spans")

    def absorb(got: Any) -> None:
        frags, spans = got
        if frags:
            fragments.setdefault("frags", {}).update(frags)
        if spans:
            fragments.setdefault("spans", {}).update(spans)

    return collect, absorb


def _memoise_macros(env: jinja2.Environment, names: Sequence[str], kept: Fragments | None = None,
                    digest: Callable[[Event], bytes] | None = None) -> None:
    """Memoise macros of ``_macros.html`` for pages that import them without context.

    Such a macro sees only its arguments and the environment's globals, which are fixed for
    one render, so the same arguments give the same markup (an event's item is shown on the
    index and on the page of each of its tags; its date on every page that lists it). The
    memo keys on the arguments' identity and keeps them alive. Imports *with* context build a
    fresh module on every page and are not affected.
    """
    try:
        module = env.get_template("_macros.html").module
    except jinja2.TemplateError:
        return  # reported where a page imports it
    for name in names:
        macro = getattr(module, name, None)
        if macro is None or not callable(macro):
            continue
        if kept is not None and kept.on and digest is not None and name == "event_item":
            setattr(module, name, _kept_item(macro, kept, digest))
        else:
            setattr(module, name, _memo(macro))


def _event_items(env: jinja2.Environment) -> Callable[..., Markup]:
    """``event_items(events, root[, heading])``: each event's ``event_item`` (of _macros.html)
    followed by a newline, as a ``{% for %}`` loop over them writes it, in one call (a page
    lists up to ``per_page`` events: the loop's per-item work in the template was most of an
    index page's render)."""

    def event_items(events: Sequence[Event], root: str, *heading: str) -> Markup:
        try:
            item = env.get_template("_macros.html").module.event_item  # type: ignore[attr-defined]
        except AttributeError:
            raise jinja2.UndefinedError("the template '_macros.html' does not export 'event_item'") from None
        return Markup("".join([f"{item(e, root, *heading)}\n" for e in events]))

    return event_items


def _kept_item(fn: Any, kept: Fragments, digest: Callable[[Event], bytes]) -> Any:
    """``event_item(e, root[, heading])`` kept by the event's digest (which covers everything
    the item shows; the rest is the render's fixed part: templates, code, settings)."""

    def call(*args: Any, **kwargs: Any) -> Any:
        if kwargs or not args or type(args[0]) is not Event or any(type(a) is not str for a in args[1:]):
            return fn(*args, **kwargs)
        return kept.get(("item", digest(args[0]), *args[1:]), functools.partial(fn, *args))

    return call


def _memo(fn: Any) -> Any:
    memo: dict[tuple[Any, ...], tuple[tuple[Any, ...], Any]] = {}

    def call(*args: Any, **kwargs: Any) -> Any:
        if kwargs:
            return fn(*args, **kwargs)
        key = tuple(a if type(a) is str else id(a) for a in args)
        got = memo.get(key)
        if got is None or any(x is not y for x, y in zip(got[0], args)):
            got = memo[key] = (args, fn(*args))
        return got[1]

    return call


def _chunks(items: Sequence[Any], size: int) -> list[list[Any]]:
    """``items`` in runs of ``size`` (one empty run for no items)."""
    return [list(items[i:i + size]) for i in range(0, len(items), size)] or [[]]


def _paged(stem: str, number: int) -> str:
    """The file name of page ``number`` of a list: ``stem.html``, ``stem.2.html``, ...

    Slugs never contain dots, so these names cannot collide with another slug's page.
    """
    return f"{stem}.html" if number == 1 else f"{stem}.{number}.html"


def _pager(stem: str, number: int, total: int) -> dict[str, Any]:
    return {"number": number, "total": total,
            "prev": _paged(stem, number - 1) if number > 1 else "",
            "next": _paged(stem, number + 1) if number < total else ""}


_NOT_USED = "not used for an event"


@dataclass(frozen=True, slots=True)
class _Unused:
    expression: Any
    reason: str
