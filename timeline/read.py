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
        raise InputError(path, None, "file is empty; add an article or remove the file")
    if b"\x00" in data[:8192]:
        raise InputError(path, None, "file looks binary (it contains NUL bytes); only text, Markdown and HTML articles are read")
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
    """Map each top-level front-matter key of ``text`` to its 1-based file line."""
    m = _FRONT_MATTER.match(text)
    if not m or not m[1]:
        return {}
    lines: dict[str, int] = {}
    for k in re.finditer(r"^([A-Za-z_][\w-]*)\s*:", m[1], re.M):
        lines.setdefault(k[1], 2 + m[1].count("\n", 0, k.start()))
    return lines


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
        published, inferred, note = _infer(body, body_line)
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
    tags = tuple(dict.fromkeys(t for t in (_clean_title(_as_text(x)) for x in raw_tags) if t))
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
        lang=_clean_title(_as_text(meta.get("lang"))) or "en",
        story=_clean_title(_as_text(meta.get("story"))) or None,
        extra=extra,
    )
    return ReadResult(article, tuple(warnings))


def _infer(body: str, body_line: int) -> tuple[dt.date | None, bool, tuple[int | None, str]]:
    """Infer an undated article's publication date (``timeline.infer``) and say so in a warning."""
    from .infer import infer_published

    found = infer_published(body)
    if found is not None and not PUBLISHED_MIN <= found.date <= PUBLISHED_MAX:
        found = None  # (a date no article can carry: see parse_published)
    if found is None:
        return None, False, (None, "no publication date, and none can be inferred from the text: absolute dates "
                                   "still make events, relative ones ('on Monday', 'last week') are left out; "
                                   "add 'date: YYYY-MM-DD' to the front matter")
    line = body_line + body.count("\n", 0, found.offset)
    how = "the dateline" if found.how == "dateline" else "the latest full date in the text"
    return found.date, True, (line, f"no publication date; inferred {found.date.isoformat()} from {how} "
                                    f"({found.text!r}), shown as inferred; add 'date: YYYY-MM-DD' to the front matter "
                                    "to confirm or correct it")


def read_markdown(path: str, stem: str, text: str) -> ReadResult:
    """Read a Markdown article: YAML front matter, then the body."""
    meta, body, body_line = split_front_matter(path, text)
    return article_from(path, stem, meta, body, body_line, key_lines(text))


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
            default_title = " ".join(words[:12]) + ("…" if len(words) > 12 else "")
    return article_from(path, stem, meta, body, body_line, key_lines(text), default_title=default_title)


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
    """The warning for a symbolic link that leads out of the source folder (not read)."""
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
