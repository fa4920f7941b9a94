"""Stage 1: read article files into Article values (the only stage that reads input files).

Readers are chosen by file suffix from ``READERS``. Every reader returns the article and the
warnings it met; a file that cannot be used raises ``InputError`` with its path and line.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Mapping
from urllib.parse import urljoin

import yaml

from .errors import Diagnostic, InputError
from .model import Article

#: Front-matter keys the reader understands; any other key is kept in ``Article.extra``.
KNOWN_KEYS = ("title", "date", "source", "url", "author", "tags", "lang", "story")
#: Other names of the publication date in other tools' front matter (Hugo's ``publishDate``,
#: Astro's ``pubDate``, schema.org's ``datePublished``): read when ``date`` is absent.
DATE_KEYS = ("date", "published", "publishDate", "pubDate", "datePublished", "date_published", "published_at")

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_MAX_TITLE = 200
#: Larger files are refused (reading is linear, but later stages take seconds per MB).
MAX_ARTICLE_BYTES = 20_000_000


class NoAliasLoader(yaml.SafeLoader):
    """PyYAML's safe loader without aliases (``*name``): a "billion laughs" front matter of a few
    hundred bytes would otherwise expand to gigabytes when its values are turned into text."""

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed; write the value out",
                                              event.start_mark)
        return super().compose_node(parent, index)


@dataclass(frozen=True, slots=True)
class ReadResult:
    """An article and the warnings met while reading it."""

    article: Article
    warnings: tuple[Diagnostic, ...] = ()


_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
              (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode(path: str, data: bytes) -> tuple[str, list[Diagnostic]]:
    """Decode file bytes as UTF-8 (BOM allowed); fall back to Windows-1252 with a warning.

    UTF-16 and UTF-32 files with a byte-order mark are decoded too.

    Newlines are normalised to ``\\n`` (as Python's text mode does), so offsets are the same
    as in ``open(path).read()``.

    Raises:
        InputError: for empty or binary files.
    """
    warnings: list[Diagnostic] = []
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(path, None, f"file is {len(data) / 1e6:.0f} MB; articles over {MAX_ARTICLE_BYTES // 1_000_000} MB "
                                     "are not read (split it into several articles)")
    for bom, codec in _WIDE_BOMS:  # Notepad's "Unicode": UTF-16 (or UTF-32) with a byte-order mark
        if data.startswith(bom):
            try:
                data = data[len(bom):].decode(codec).encode("utf-8")
            except UnicodeDecodeError as err:
                raise InputError(path, None, f"file starts as {codec.upper()} but is not valid {codec.upper()} ({err.reason}); "
                                             "save it as UTF-8") from None
            break
    if not data.strip() or not data.removeprefix(b"\xef\xbb\xbf").strip():
        raise InputError(path, 1, "file is empty; add an article or remove the file")
    if b"\x00" in data[:8192]:
        raise InputError(path, 1, "file looks binary (it contains NUL bytes); only text, Markdown and HTML articles are read")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif path.lower().endswith((".html", ".htm")):
        from .html_reader import decode_declared

        declared = decode_declared(path, data)
        if declared is not None:
            return declared, warnings
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        warnings.append(Diagnostic(path, line, "warning", "invalid UTF-8; decoded as Windows-1252 (save the file as UTF-8 to silence this)"))
        text = data.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, warnings


def parse_published(value: object) -> tuple[dt.date, str]:
    """Return the local calendar date of a front-matter date and its written form.

    Accepts a date, a datetime (aware or naive: its own calendar date counts), or a string
    in ISO 8601 (``2026-01-13``, ``2026-01-13T09:30:00+05:30``).

    Raises:
        ValueError: when the value is not a date, or not one of years 1000 to 8999.
    """
    day, written = _parse_published(value)
    if not PUBLISHED_MIN <= day <= PUBLISHED_MAX:
        raise ValueError(f"{written!r} is outside the dates an article can carry "
                         f"({PUBLISHED_MIN.isoformat()} to {PUBLISHED_MAX.isoformat()})")
    return day, written


#: The publication dates an article can carry: dates are resolved against it by adding and
#: subtracting days, weeks and years, which must stay within Python's years 1 to 9999.
PUBLISHED_MIN, PUBLISHED_MAX = dt.date(1000, 1, 1), dt.date(8999, 12, 31)


def _parse_published(value: object) -> tuple[dt.date, str]:
    if isinstance(value, dt.datetime):
        return value.date(), value.isoformat()
    if isinstance(value, dt.date):
        return value, value.isoformat()
    if isinstance(value, str):
        s = value.strip()
        try:
            return dt.date.fromisoformat(s), s
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date(), s
        except ValueError:
            pass
        from dateutil import parser as dateutil_parser

        try:
            parsed = dateutil_parser.isoparse(s)
        except (ValueError, OverflowError) as err:
            raise ValueError(f"{s!r} is not a date (use YYYY-MM-DD)") from err
        return parsed.date(), s
    if isinstance(value, (list, tuple, dict)):
        raise ValueError(f"a {'mapping' if isinstance(value, dict) else 'list'} is not a date (write one date: YYYY-MM-DD)")
    raise ValueError(f"{value!r} is not a date (use YYYY-MM-DD)")


def _key_line(front: str, key: str, first_line: int) -> int:
    m = re.search(rf"^{re.escape(key)}\s*:", front, re.M)
    return first_line + (front.count("\n", 0, m.start()) if m else 0)


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def _clean_title(text: str) -> str:
    text = " ".join(text.split())
    return "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")


def safe_url(value: str) -> str | None:
    """Return ``value`` when it is an http(s) or relative URL, else None (no ``javascript:``)."""
    value = value.strip()
    if not value or any(ord(c) < 32 or c in "<>\"'` \\" for c in value):
        return None
    scheme = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):", value)
    if scheme and scheme[1].lower() not in ("http", "https"):
        return None
    if value.startswith("//"):
        return None
    return value


def key_lines(text: str) -> dict[str, int]:
    """Map each top-level front-matter key of ``text`` to its (first) 1-based file line."""
    lines: dict[str, int] = {}
    for key, line in _front_keys(text):
        lines.setdefault(key, line)
    return lines


def _front_keys(text: str) -> list[tuple[str, int]]:
    """Each top-level front-matter key of ``text`` and its 1-based file line, in order."""
    m = _FRONT_MATTER.match(text)
    if not m or not m[1]:
        return []
    return [(k[1], 2 + m[1].count("\n", 0, k.start())) for k in re.finditer(r"^([A-Za-z_][\w-]*)\s*:", m[1], re.M)]


#: A front-matter line whose value opens with a quote that closes before the line ends.
_QUOTED_THEN_MORE = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*:\s*([\"'])(.*?)\2\s*[^\s#].*$")


def _quote_hint(front: str, index: int) -> tuple[int, str]:
    """A hint for the commonest broken front matter: a value opening with a quote that also
    holds quotes (``title: "Voters say "no" again"``): YAML ends the value at the second quote.
    Returns the index of that line in ``front`` and the hint, or ``(-1, "")``."""
    lines = front.split("\n")
    for i in (index, index - 1):
        if 0 <= i < len(lines):
            m = _QUOTED_THEN_MORE.match(lines[i])
            if m:
                key = m[1]
                return i, (f"the value of '{key}' starts with a quote, so YAML ends it at the next one; to keep "
                           f"quotes inside it, wrap the whole value in the other kind of quote ({key}: '\"Yes,\" "
                           f"she said' or {key}: \"It's over\") or write an inner quote of the same kind twice "
                           f"({key}: 'It''s over')")
    return -1, ""


def split_front_matter(path: str, text: str) -> tuple[dict[str, Any], str, int]:
    """Split ``text`` into (front matter mapping, body, 1-based line where the body starts).

    Raises:
        InputError: for broken YAML (with its line) or front matter that is not a mapping.
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        if text.startswith("---\n"):
            raise InputError(path, 1, "front matter is not closed: add a line '---' after it")
        return {}, text, 1
    front = m[1] or ""
    try:
        data = yaml.load(front, Loader=NoAliasLoader) if front.strip() else {}  # noqa: S506 - a SafeLoader
    except yaml.MarkedYAMLError as err:
        mark = err.context_mark or err.problem_mark  # where the broken construct began, e.g. an unclosed '['
        line = 2 + mark.line if mark else 1
        problem = err.problem or err.context or "invalid YAML"
        if err.context_mark and err.problem_mark and err.problem_mark.line != err.context_mark.line:
            problem += f" on line {2 + err.problem_mark.line} ({err.context} on line {line})"
        hinted, hint = _quote_hint(front, err.problem_mark.line if err.problem_mark else -1)
        if hint:  # the line of the value that ended early, and what to do
            raise InputError(path, 2 + hinted, f"front matter is not valid YAML: {hint}") from err
        raise InputError(path, line, f"front matter is not valid YAML: {problem}; fix it and build again") from err
    except yaml.YAMLError as err:
        raise InputError(path, 2, f"front matter is not valid YAML: {err}") from err
    except RecursionError:
        raise InputError(path, 2, "front matter is nested too deeply; write plain keys and values") from None
    except ValueError as err:  # PyYAML's timestamp constructor: "2026-02-30"
        line = next((_key_line(front, k, 2) for k in DATE_KEYS if re.search(rf"^{k}\s*:", front, re.M)), 2)
        raise InputError(path, line, f"front matter holds an impossible date: {err} (use a real YYYY-MM-DD)") from err
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(path, 2, f"front matter must be a mapping of keys to values, not {type(data).__name__}")
    body_line = 1 + text.count("\n", 0, m.end())
    return {str(k): v for k, v in data.items()}, text[m.end():], body_line


def article_from(path: str, stem: str, meta: Mapping[str, Any], body: str, body_line: int,
                 lines: Mapping[str, int] | None = None, default_title: str = "",
                 date_key: str | None = None) -> ReadResult:
    """Build an Article from front-matter metadata and a body, validating each field.

    ``lines`` maps front-matter keys to their file lines, for messages. ``date_key`` names a
    date that did not come from front matter (an HTML page's metadata): when it is not a date
    it is reported as a warning and the article is treated as undated.

    An undated article gets a publication date inferred from its text where the text allows
    (``timeline.infer``: a dateline, else the latest full date), marked ``published_inferred``;
    a warning always says so.
    """
    warnings: list[Diagnostic] = []
    lines = lines or {}
    meta = _plain_values(path, meta, lines, warnings, date_key is None)
    published = published_raw = None
    inferred = False
    key = next((k for k in DATE_KEYS if meta.get(k) not in (None, "")), "date")
    if meta.get(key) not in (None, ""):
        try:
            published, published_raw = parse_published(meta[key])
        except ValueError as err:
            if date_key is None:
                raise InputError(path, lines.get(key, 2), f"front matter '{key}': {err}") from err
            warnings.append(Diagnostic(path, None, "warning", f"{date_key}: {err}; ignored"))
    if published is None:
        published, inferred, note = _infer(body, body_line, page=date_key is not None)
        warnings.append(Diagnostic(path, note[0], "warning", note[1]))
    title = _clean_title(_as_text(meta.get("title"))) or default_title or stem
    url = None
    if meta.get("url"):
        url = safe_url(_as_text(meta["url"]))
        if url is None:
            where = "front matter 'url'" if date_key is None else "the page's URL"
            warnings.append(Diagnostic(path, lines.get("url", 2) if date_key is None else None, "warning",
                                       f"{where}: {_as_text(meta['url'])[:80]!r} is not an http(s) or relative URL; ignored"))
    raw_tags = meta.get("tags") or ()
    if isinstance(raw_tags, str):
        raw_tags = [t for t in raw_tags.split(",")]
    if not isinstance(raw_tags, (list, tuple)):
        raw_tags = [raw_tags]
    tags = tuple(dict.fromkeys(t for t in (_clean_title(_as_text(x)) for x in raw_tags
                                          if not isinstance(x, (list, tuple, dict))) if t))
    lang = _clean_title(_as_text(meta.get("lang"))) or "en"
    if not _ENGLISH.match(lang):
        warnings.append(Diagnostic(path, lines.get("lang") if date_key is None else None, "warning",
                                   f"language {lang[:20]!r}: timeline reads dates written in English; this article's "
                                   "dates in other words ('15 de mayo', 'letzte Woche') are not found, its numeric "
                                   "and ISO dates (15/05/2026, 2026-05-15) are"))
    extra = {k: v for k, v in meta.items() if k not in KNOWN_KEYS and k != key}
    article = Article(
        id=stem,
        path=path,
        title=title[:_MAX_TITLE * 2],
        body=body,
        body_line=body_line,
        published=published,
        published_raw=published_raw,
        published_inferred=inferred,
        source=_clean_title(_as_text(meta.get("source"))) or None,
        url=url,
        author=_clean_title(_as_text(meta.get("author"))) or None,
        tags=tags,
        lang=lang,
        story=_clean_title(_as_text(meta.get("story"))) or None,
        extra=extra,
    )
    return ReadResult(article, tuple(warnings))


#: A language tag timeline reads: English ("en", "en-GB", "EN_us", "english").
_ENGLISH = re.compile(r"en(?:[-_][A-Za-z0-9]+)*$|english$", re.I)
#: Keys whose value is one text (a list or a mapping there is a mistake).
_TEXT_KEYS = ("title", "source", "url", "author", "lang", "story")


def _plain_values(path: str, meta: Mapping[str, Any], lines: Mapping[str, int], warnings: list[Diagnostic],
                  front_matter: bool) -> Mapping[str, Any]:
    """``meta`` without the values of a wrong kind (a list or a mapping for a text key, a
    mapping or nested lists for ``tags``), each named in a warning and left out: their Python
    form ("['a', 'b']") is no title."""
    wrong = {}
    for k in _TEXT_KEYS:
        v = meta.get(k)
        if isinstance(v, (list, tuple, dict)):
            wrong[k] = f"should be one text, not a {'mapping' if isinstance(v, dict) else 'list'}"
    tags = meta.get("tags")
    if isinstance(tags, dict):
        wrong["tags"] = "should be a list of words (tags: [India, trade]), not a mapping"
    elif isinstance(tags, (list, tuple)) and any(isinstance(t, (list, tuple, dict)) for t in tags):
        warnings.append(Diagnostic(path, lines.get("tags") if front_matter else None, "warning",
                                   "front matter 'tags': a nested list or mapping among the tags is ignored"))
    if not wrong:
        return meta
    for k, why in wrong.items():
        warnings.append(Diagnostic(path, lines.get(k) if front_matter else None, "warning",
                                   f"front matter '{k}' {why}; ignored"))
    return {k: v for k, v in meta.items() if k not in wrong}


def repeated_keys(path: str, text: str) -> list[Diagnostic]:
    """A warning for each top-level front-matter key written twice (YAML keeps the last)."""
    seen: dict[str, list[int]] = {}
    for key, line in _front_keys(text):
        seen.setdefault(key, []).append(line)
    return [Diagnostic(path, at[-1], "warning",
                       f"front matter key '{k}' is given {len(at)} times (lines {', '.join(map(str, at))}); "
                       "the last one is used")
            for k, at in seen.items() if len(at) > 1]


def _infer(body: str, body_line: int, page: bool = False) -> tuple[dt.date | None, bool, tuple[int | None, str]]:
    """Infer an undated article's publication date (``timeline.infer``) and say so in a warning
    (``page``: a saved web page, which has no front matter to add a date to)."""
    from .infer import infer_published

    fix = ("a saved page has no front matter: to give it a date, save its text as a .md file with "
           "'date: YYYY-MM-DD'" if page else "add 'date: YYYY-MM-DD' to the front matter")

    found = infer_published(body)
    if found is not None and not PUBLISHED_MIN <= found.date <= PUBLISHED_MAX:
        found = None  # (a date no article can carry: see parse_published)
    if found is None:
        return None, False, (None, "no publication date, and none can be inferred from the text: absolute dates "
                                   f"still make events, relative ones ('on Monday', 'last week') are left out; {fix}")
    line = None if page else body_line + body.count("\n", 0, found.offset)
    how = "the dateline" if found.how == "dateline" else "the latest full date in the text"
    return found.date, True, (line, f"no publication date; inferred {found.date.isoformat()} from {how} "
                                    f"({found.text!r}), shown as inferred; to confirm or correct it, {fix}")


def read_markdown(path: str, stem: str, text: str) -> ReadResult:
    """Read a Markdown article: YAML front matter, then the body, its Markdown syntax read out
    (:func:`markdown_text`)."""
    meta, body, body_line = split_front_matter(path, text)
    plain, links = markdown_read(body)
    result = article_from(path, stem, meta, plain, body_line, key_lines(text))
    if links and result.article is not None:
        resolved = _resolved_links(links, result.article.url)
        if resolved:
            result = ReadResult(replace(result.article, links=resolved), result.warnings)
    return _with(result, repeated_keys(path, text))


def _resolved_links(links: "list[tuple[int, int, str]]", base: str | None) -> tuple[tuple[int, int, str], ...]:
    """The links whose target is an http(s) URL, a relative one resolved against the article's
    own http(s) ``url`` (without one a relative target leads nowhere: the link stays text)."""
    out = []
    web_base = base if base and re.match(r"(?i)https?://", base) else None
    for start, end, target in links:
        url = safe_url(target)
        if url is None:
            continue
        if not re.match(r"(?i)https?://[^/\s]", url):
            if web_base is None:
                continue
            url = urljoin(web_base, url)
            if safe_url(url) is None or not re.match(r"(?i)https?://", url):
                continue
        out.append((start, end, url))
    return tuple(out)


def _with(result: ReadResult, warnings: list[Diagnostic]) -> ReadResult:
    return ReadResult(result.article, tuple(warnings) + result.warnings) if warnings else result


def _blanked(m: re.Match[str]) -> str:
    return _BLANK.sub(" ", m.group())


def _blank_groups(m: re.Match[str]) -> str:
    """The match with its named groups ``a``, ``b`` (the markup around a text) blanked."""
    out = list(m.group())
    for name in ("a", "b"):
        if m.group(name) is not None:
            i, j = m.start(name) - m.start(), m.end(name) - m.start()
            out[i:j] = _BLANK.sub(" ", m.group(name))
    return "".join(out)


_BLANK = re.compile(r"[^\n]")
#: Markdown syntax to read out of a body, each with what it keeps: the text of links, emphasis,
#: code and headings stays; markers, link targets, images, comments and table rules go. (HTML
#: tags stay, as text: the article's page shows them escaped, as it shows a .txt's.)
_MD_WHOLE = re.compile(
    r"<!--(?:(?!<!--|-->).)*-->"  # comments (an unclosed one's search stops at the next "<!--")
    r"|!\[[^\[\]\n]*\]\([^()\n]*\)"  # images
    r"|^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$"  # a reference link's definition
    r"|^ {0,3}(?:([-*_])[ \t]*){3,}$",  # a horizontal rule
    re.M | re.S)
#: A link: ``[text](url)`` (the target may hold one level of brackets: ``.../Treaty_(2007)``),
#: ``[text][ref]``; and an autolink ``<https://...>``. Read out before emphasis, so that a link
#: inside it (``**[words](url)**``) or emphasis inside a link's words is read out too.
_MD_LINKS = re.compile(
    r"(?P<a>\[)[^\[\]\n]+(?P<b>\](?:\((?:[^()\n]|\([^()\n]*\))*\)|\[[^\]\n]*\]))"
    r"|(?P<c><)(?=https?://[^\s<>]+>)(?P<u>[^\s<>]+)(?P<d>>)")
_EMPHASIS = (
    r"(?P<c>\*\*|__)(?=\S)(?:(?!(?P=c)).)+?(?<=\S)(?P=c)"  # **strong**
    r"|(?<![\w*\\])\*(?=[^\s*])[^*\n]+?(?<=[^\s*\\])\*(?![\w*])"  # *em*
    r"|(?<![\w\\])_(?=[^\s_])[^_\n]+?(?<=[^\s_])_(?!\w)"  # _em_
    r"|(?<!`)`(?!`)[^`\n]+(?<!`)`(?!`)"  # `code` (not a ``quote'' of typeset text)
)
_MD_AROUND = re.compile(
    r"(?P<a>\[)[^\[\]\n]+(?P<b>\](?:\((?:[^()\n]|\([^()\n]*\))*\)|\[[^\]\n]*\]))"  # [text](url), [text][ref]
    r"|" + _EMPHASIS, re.M)
#: ``_MD_AROUND``'s emphasis and code alone (read out again inside a link's words; its first
#: alternative never matches: it names the groups ``_markup_blanked`` reads).
_MD_EMPHASIS = re.compile(r"(?P<a>(?!x)x)(?P<b>)|" + _EMPHASIS, re.M)
_MD_LINE = re.compile(
    r"^(?: {0,3}>[ \t]?)+"  # quotation marks of a block quote
    r"|^ {0,3}#{1,6}(?=[ \t]|$)"  # a heading's mark (its closing marks: _HEADING_CLOSE)
    r"|^[ \t]*[*+](?=[ \t])"  # a bullet (read as "•"; "- " and "1. " stay: they read as a dash and a number)
    r"|^[ \t]*(?:```|~~~).*$"  # a code fence
    r"|\\(?=[\\`*_{}\[\]()#+\-.!|>])",  # an escape's backslash
    re.M)


def markdown_text(body: str) -> str:
    """``body`` with its Markdown syntax read out (see :func:`markdown_read`)."""
    return markdown_read(body)[0]


#: An inline link's target: its URL (in angle brackets or up to a space), then maybe a title.
_LINK_TARGET = re.compile(r"\(\s*(?:<([^<>\n]*)>|((?:[^\s()]|\([^\s()]*\))+))(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)$")


def markdown_read(body: str) -> tuple[str, list[tuple[int, int, str]]]:
    """``body`` with its Markdown syntax read out, and its inline links ``[text](url)``: the start
    and end of each link's text and its target as written (:func:`read_markdown` keeps the safe ones).

    Every offset and line is kept: markup becomes
    spaces ("The **bridge** was [closed](https://…) on *3 March*." reads "The   bridge   was
     closed                   on  3 March ."), so the tagger, the sentences and the article's page
    see the text, and a message's line is still the file's. Kept as text: link and emphasis
    text, headings, code, a "- " list mark and a numbered item's number, HTML tags; a "* " or
    "+ " bullet reads as "• ". Gone: images, link targets, comments, table rules and the pipes of
    a table's rows, horizontal rules, block-quote marks."""
    if not _MD_HINT.search(body):
        return body, []  # (plain text: most news articles)
    body = _table_rows(body)
    body = _MD_WHOLE.sub(_blanked, body)
    links: list[tuple[int, int, str]] = []
    if "[" in body:
        _collect_links(body, _MD_AROUND, links)
    # Links and emphasis at one position are read out in one pass (a link's target may hold "_"
    # or "*"); then the links that emphasis held ("**[words](url)**") and autolinks, then the
    # emphasis that link words held ("[*some* words](url)"). Every pass keeps every offset.
    body = _MD_AROUND.sub(_markup_blanked, body)
    if links or "[" in body or "<" in body:
        _collect_links(body, _MD_LINKS, links)
        body = _MD_LINKS.sub(_link_blanked, body)
        body = _MD_EMPHASIS.sub(_markup_blanked, body)
    links.sort()
    body = _HEADING_CLOSE.sub(lambda m: m[1] + " " * len(m[2]), body)
    return _MD_LINE.sub(_line_blanked, body), links


#: The closing marks of a heading ("## Background ##"), on a heading's line only.
_HEADING_CLOSE = re.compile(r"^( {0,3}#{1,6}[ \t][^\n]*?\S)([ \t]+#+[ \t]*)$", re.M)


def _collect_links(body: str, pattern: re.Pattern[str], links: list[tuple[int, int, str]]) -> None:
    """Add the links ``pattern`` finds in ``body`` to ``links`` (their words' span and target)."""
    for m in pattern.finditer(body):
        if m.group("a") is not None:
            if (t := _LINK_TARGET.match(m.group("b"), 1)) is not None and body[m.end("a"):m.start("b")].strip():
                # (not a link whose words are all gone: an image's, "[![logo](logo.png)](https://...)")
                target = t[1] if t[1] is not None else t[2]
                if target:
                    links.append((m.end("a"), m.start("b"), target))
        elif pattern is _MD_LINKS and m.group("u") is not None:
            links.append((m.start("u"), m.end("u"), m.group("u")))


def _line_blanked(m: re.Match[str]) -> str:
    """A line's mark blanked; a bullet ("* ", "+ ") reads as "• " (a list item stays one)."""
    text = m.group()
    if text.endswith(("*", "+")) and not text.strip(" \t*+"):
        return " " * (len(text) - 1) + "•"
    return _BLANK.sub(" ", text)


def _link_blanked(m: re.Match[str]) -> str:
    """A link with its brackets and target (or an autolink's angle brackets) blanked."""
    if m.group("u") is not None:
        return " " + m.group("u") + " "
    return _blank_groups(m)


def _markup_blanked(m: re.Match[str]) -> str:
    if m.group("a") is not None:
        return _blank_groups(m)
    text = m.group()
    k = 2 if text[:2] in ("**", "__") else 1
    return " " * k + text[k:-k] + " " * k


#: A character some Markdown syntax needs (a body without any is returned as it is).
_MD_HINT = re.compile(r"[*_`#>\[\]<|\\~+]|^[ \t]*\d{1,2}[.)][ \t]|^ {0,3}-[ \t]*-[ \t]*-", re.M)


def _table_rows(body: str) -> str:
    """A table (a line with pipes, then a rule row ``| --- | :-: |``, then rows with pipes, up
    to a blank line): its rule row blanked, the pipes of its rows spaces."""
    if "|" not in body or "-" not in body:
        return body
    lines = body.split("\n")
    i = 0
    while i < len(lines) - 1:
        if "|" in lines[i] and _TABLE_RULE.match(lines[i + 1]):
            lines[i] = lines[i].replace("|", " ")
            lines[i + 1] = " " * len(lines[i + 1])
            j = i + 2
            while j < len(lines) and "|" in lines[j] and lines[j].strip():
                lines[j] = lines[j].replace("|", " ")
                j += 1
            i = j
        else:
            i += 1
    return "\n".join(lines)


_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$")


#: The longest title made of a .txt article's first words (when its first line is a paragraph).
_TITLE_WORDS_MAX = 100


def read_text(path: str, stem: str, text: str) -> ReadResult:
    """Read a plain-text article: optional front matter; otherwise the first line is the title.

    Without front matter, a first line of at most 200 characters is the title and the body
    starts after it; a longer first line is a paragraph, so the body is the whole text and
    the title is its first words.
    """
    meta, body, body_line = split_front_matter(path, text)
    default_title = ""
    if not meta and body_line == 1:
        first, _, rest = body.partition("\n")
        if first.strip() and len(first) <= _MAX_TITLE and rest.strip():
            default_title = first.strip()
            body, body_line = rest, 2
        else:
            words = first.split()
            default_title = " ".join(words[:12])
            if len(default_title) > _TITLE_WORDS_MAX:  # (a first "word" of hundreds of letters)
                default_title = default_title[:_TITLE_WORDS_MAX]
            if default_title != " ".join(words):
                default_title += "…"
    return _with(article_from(path, stem, meta, body, body_line, key_lines(text), default_title=default_title),
                 repeated_keys(path, text))


def _read_html(path: str, stem: str, text: str) -> ReadResult:
    from .html_reader import read_html

    return read_html(path, stem, text)


def _read_mhtml(path: str, stem: str, text: str) -> ReadResult:
    from .html_reader import read_mhtml

    return read_mhtml(path, stem, text)


Reader = Callable[[str, str, str], ReadResult]

#: Folders and files of the source folder that hold curated input, not articles (``timeline.curated``).
CURATED_DIR = "events"

#: Readers by file suffix (lower case).
READERS: dict[str, Reader] = {
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".txt": read_text,
    ".html": _read_html,
    ".htm": _read_html,
    ".mhtml": _read_mhtml,
    ".mht": _read_mhtml,
}


def read_article(path: Path | str, display: str | None = None) -> ReadResult:
    """Read one article file.

    Args:
        path: the file.
        display: how to name the file in messages (defaults to ``str(path)``).

    Raises:
        InputError: when the file cannot be read or used.
    """
    p = Path(path)
    shown = display or str(path)
    reader = READERS.get(p.suffix.lower())
    if reader is None:
        raise InputError(shown, None, f"unsupported file type {p.suffix!r}; use one of {', '.join(sorted(READERS))}")
    try:
        data = p.read_bytes()
    except OSError as err:
        raise InputError(shown, None, f"cannot read file: {err.strerror or err}") from err
    text, warnings = decode(shown, data)
    result = reader(shown, p.stem, text)
    return ReadResult(result.article, tuple(warnings) + result.warnings)


def inside(path: Path, source: Path, resolved: Path | None = None) -> bool:
    """True when ``path``, links followed, lies inside the folder ``source`` (links within it are
    fine; ``resolved``: ``source.resolve()``, when the caller asks for many paths)."""
    try:
        return path.resolve().is_relative_to(resolved or source.resolve())
    except (OSError, RuntimeError):  # a link loop
        return False


def article_files(source: Path, outside: "list[Path] | None" = None) -> list[Path]:
    """Return the article files under ``source`` in a stable order.

    Hidden files and folders (``.``, ``_``) are skipped, and so is the ``events/`` folder of
    hand-written events (read by ``timeline.curated``), symbolic links that lead out of the
    source folder (building a shared folder must not publish ``/etc/passwd``; given
    ``outside``, those with an article's suffix are added to it, in order, for a warning), and
    the resources folder a browser saves beside a page (``Story_files/`` next to ``Story.html``).
    """
    if source.is_file():
        return [source]
    files = []
    resources: dict[Path, bool] = {}
    try:
        root = source.resolve()  # once, not once a file (1 s of a 10,000-article rebuild)
    except (OSError, RuntimeError):
        root = None
    for p in source.rglob("*"):
        rel = p.relative_to(source)
        if any(part.startswith((".", "_")) for part in rel.parts):
            continue
        if len(rel.parts) > 1 and rel.parts[0] == CURATED_DIR:
            continue
        if not inside(p, source, root):
            # A link out of the source folder (to /etc/passwd, say) is never read.
            if outside is not None and (p.suffix.lower() in READERS or p.is_dir()):
                outside.append(p)
            continue
        if p.is_file() and p.suffix.lower() in READERS and not _in_page_resources(p, source, resources):
            files.append(p)
        elif outside is not None and p.suffix.lower() in READERS and p.is_symlink() and not p.exists():
            outside.append(p)  # a link to a file that is not there: named in the same warning
    if outside:
        outside.sort(key=lambda q: q.relative_to(source).as_posix())
    return sorted(files, key=lambda q: q.relative_to(source).as_posix())


def article_ids(source: Path, files: "list[Path]") -> dict[Path, str]:
    """The id of each article file of ``article_files(source)``: its name without its suffix, or,
    when several files under ``source`` share that name (``index.html`` saved in two story
    folders), its path below ``source`` without the suffix, folders joined by "-"
    (``story-a-index``). The same files always get the same ids."""
    stems = Counter(f.stem for f in files)
    ids = {}
    for f in files:
        if stems[f.stem] > 1 and f != source:
            ids[f] = "-".join(f.relative_to(source).with_suffix("").parts)
        else:
            ids[f] = f.stem
    return ids


def outside_warning(path: Path) -> Diagnostic:
    """The warning for a symbolic link that leads out of the source folder, or nowhere (a loop,
    a missing target): not read."""
    try:
        path.resolve(strict=True)
    except (OSError, RuntimeError):
        return Diagnostic(str(path), None, "warning", "a symbolic link that loops or leads nowhere is not read")
    return Diagnostic(str(path), None, "warning", "a symbolic link out of the source folder is not read")


def _in_page_resources(path: Path, source: Path, cache: dict[Path, bool]) -> bool:
    """True inside the resources folder a browser saves beside a page ("Story_files/" next to
    "Story.html"): its frames are adverts and widgets, never articles."""
    for folder in path.relative_to(source).parents:
        if folder == Path("."):
            continue
        d = source / folder
        if d not in cache:
            cache[d] = any(sep in d.name and any((d.parent / (d.name.rsplit(sep, 1)[0] + sfx)).is_file()
                                                 for sfx in (".html", ".htm", ".HTML", ".HTM"))
                           for sep in "_-.")
        if cache[d]:
            return True
    return False


def read_articles(paths: list[Path]) -> tuple[tuple[Article, ...], tuple[Diagnostic, ...], int]:
    """Read every article under the given files or folders.

    Returns:
        (articles, diagnostics, number of files that failed). Articles come in path order;
        their ids are :func:`article_ids`'s; a file whose id repeats an earlier one (in another
        folder given, or a folder's path equal to another name) is reported and skipped.
    """
    articles: list[Article] = []
    diagnostics: list[Diagnostic] = []
    failed = 0
    seen: dict[str, str] = {}
    for root in paths:
        if not root.exists():
            diagnostics.append(Diagnostic(str(root), None, "error", "no such file or folder"))
            failed += 1
            continue
        outside: list[Path] = []
        files = article_files(root, outside)
        diagnostics.extend(outside_warning(p) for p in outside)
        ids = article_ids(root, files)
        for f in files:
            shown = str(f)
            try:
                result = read_article(f, shown)
            except InputError as err:
                diagnostics.append(err.diagnostic)
                failed += 1
                continue
            diagnostics.extend(result.warnings)
            art = result.article
            if art.id != ids[f]:
                art = replace(art, id=ids[f])
            if art.id in seen:
                diagnostics.append(Diagnostic(shown, None, "error",
                                              f"duplicate article id {art.id!r} (also {seen[art.id]}); rename one of the files"))
                failed += 1
                continue
            seen[art.id] = shown
            articles.append(art)
    return tuple(articles), tuple(diagnostics), failed
