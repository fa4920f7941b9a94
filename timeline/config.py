"""Configuration: timeline.toml (or [tool.timeline] in pyproject.toml), validated key by key.

Validation collects every problem before it fails (like MkDocs): each message names the key,
the bad value and what is expected; an unknown key is an error with a "did you mean" hint.
"""

from __future__ import annotations

import difflib
import os
import sys
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Callable

from .errors import ConfigError, Diagnostic

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    """Every option of a build. Paths are relative to the folder of the config file."""

    title: str = "Timeline"
    """The site's title (the h1 of the index page)."""
    description: str = ""
    """One paragraph shown under the title and used in the feed."""
    source: Path = Path("seeds")
    """The folder (or file) of articles."""
    out: Path = Path("site")
    """The output folder. Never the source folder, a parent of it, the project root or home."""
    base_url: str = ""
    """Absolute URL where the site is published; used only in the feed, sitemap and canonical links."""
    templates: Path | None = None
    """A folder of templates overriding the defaults one file at a time."""
    language: str = "en"
    """The language of the articles and of the site (``lang`` attribute)."""
    timezone: str = "UTC"
    """IANA time zone (``Europe/Paris``) used to read publication times that carry no offset."""
    per_page: int = 200
    """Events per index page before the index paginates."""
    cache: bool = True
    """Cache each article's extraction by content hash (in ``cache_dir``)."""
    cache_dir: Path = Path(".timeline-cache")
    """Where the extraction cache lives (relative to the project root)."""
    jobs: int = 0
    """Worker processes for extraction; 0 means one per CPU core, 1 means no pool."""
    executor: str = "auto"
    """``auto`` (a process pool when there is enough work), ``serial``, ``process`` or ``dask``."""
    scheduler: str = ""
    """Address of a Dask scheduler (``tcp://host:8786``) when ``executor = "dask"``."""
    root: Path = Path(".")
    """The project root (the folder holding the config file)."""


EXECUTORS = ("auto", "serial", "process", "dask")


class ConfigProblems(ConfigError):
    """Several configuration problems, reported together."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        first = diagnostics[0]
        super().__init__(first.path, first.line, first.message)
        self.diagnostics = tuple(diagnostics)

    def __str__(self) -> str:
        lines = [str(d) for d in self.diagnostics]
        if len(lines) > 1:
            lines.append(f"{self.path}: error: {len(lines)} configuration problems; fix them and run again")
        return "\n".join(lines)


def _is_str(v: Any) -> bool:
    return isinstance(v, str)


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_bool(v: Any) -> bool:
    return isinstance(v, bool)


#: key -> (type check, what is expected, extra check returning an error text or None)
_Check = Callable[[Any], "str | None"]


def _check_url(v: str) -> str | None:
    if v and not (v.startswith("https://") or v.startswith("http://")):
        return "an absolute http(s) URL such as 'https://example.org/timeline/', or empty"
    return None


def _check_timezone(v: str) -> str | None:
    try:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
    except ImportError:  # pragma: no cover
        return None
    try:
        ZoneInfo(v)
    except (ZoneInfoNotFoundError, ValueError):
        return "an IANA time zone name such as 'UTC' or 'Europe/Paris'"
    return None


def _check_language(v: str) -> str | None:
    import re

    if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", v):
        return "a language tag such as 'en' or 'en-GB'"
    return None


def _check_nonempty(v: str) -> str | None:
    return None if v.strip() else "a non-empty path"


_KEYS: dict[str, tuple[Callable[[Any], bool], str, _Check | None]] = {
    "title": (_is_str, "a string", None),
    "description": (_is_str, "a string", None),
    "source": (_is_str, "a path (string)", _check_nonempty),
    "out": (_is_str, "a path (string)", _check_nonempty),
    "base_url": (_is_str, "a string URL", _check_url),
    "templates": (_is_str, "a path (string)", _check_nonempty),
    "language": (_is_str, "a string", _check_language),
    "timezone": (_is_str, "a string", _check_timezone),
    "per_page": (_is_int, "a whole number", lambda v: None if v >= 1 else "a whole number >= 1"),
    "cache": (_is_bool, "true or false", None),
    "cache_dir": (_is_str, "a path (string)", _check_nonempty),
    "jobs": (_is_int, "a whole number", lambda v: None if v >= 0 else "a whole number >= 0 (0 = one per CPU core)"),
    "executor": (_is_str, "a string", lambda v: None if v in EXECUTORS else f"one of {', '.join(EXECUTORS)}"),
    "scheduler": (_is_str, "a string", None),
}

#: Kept for code that listed the keys and their types.
_TYPES: dict[str, type] = {k: (int if k in ("per_page", "jobs") else bool if k == "cache" else str) for k in _KEYS}
_PATH_KEYS = ("source", "out", "templates", "cache_dir")


def known_keys() -> tuple[str, ...]:
    """The configuration keys, in documentation order."""
    return tuple(_KEYS)


def _suggest(key: str) -> str:
    close = difflib.get_close_matches(key, list(_KEYS), n=1, cutoff=0.6)
    if not close:
        low = key.lower().replace("-", "_")
        close = [k for k in _KEYS if k == low]
    return f"; did you mean {close[0]!r}?" if close else f"; expected one of: {', '.join(sorted(_KEYS))}"


def _key_line(text: str, key: str) -> int | None:
    import re

    m = re.search(rf"^\s*{re.escape(key)}\s*=", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else None


def validate(raw: dict[str, Any], shown: str, text: str = "") -> tuple[dict[str, Any], list[Diagnostic]]:
    """Check a mapping of raw settings; return the good values and one diagnostic per problem."""
    good: dict[str, Any] = {}
    problems: list[Diagnostic] = []
    for key, value in raw.items():
        line = _key_line(text, key) if text else None
        if key not in _KEYS:
            problems.append(Diagnostic(shown, line, "error", f"unknown key {key!r}{_suggest(key)}"))
            continue
        is_type, expected, extra = _KEYS[key]
        if not is_type(value):
            problems.append(Diagnostic(shown, line, "error", f"key {key!r}: expected {expected}, got {value!r}"))
            continue
        if extra is not None:
            why = extra(value)
            if why:
                problems.append(Diagnostic(shown, line, "error", f"key {key!r}: expected {why}, got {value!r}"))
                continue
        good[key] = value
    return good, problems


def find_config(start: Path | None = None) -> Path | None:
    """Return ./timeline.toml, else ./pyproject.toml when it has a [tool.timeline] table, else None."""
    here = start or Path(".")
    toml = here / "timeline.toml"
    if toml.is_file():
        return toml
    py = here / "pyproject.toml"
    if py.is_file():
        try:
            if "timeline" in tomllib.loads(py.read_text(encoding="utf-8")).get("tool", {}):
                return py
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            return None
    return None


def load_config(path: Path | None = None, **overrides: Any) -> Config:
    """Load ``path`` (default: ./timeline.toml, else [tool.timeline] of ./pyproject.toml) and apply overrides.

    Command-line overrides whose value is None are ignored. Every problem is collected
    before failing.

    Raises:
        ConfigError: (a ConfigProblems) naming each bad key, its value and what is expected.
    """
    data: dict[str, Any] = {}
    root = Path(".")
    shown = str(path) if path else "timeline.toml"
    if path is None:
        path = find_config()
        if path is not None:
            shown = str(path)
    problems: list[Diagnostic] = []
    if path is not None:
        if not path.is_file():
            raise ConfigProblems([Diagnostic(shown, None, "error", "config file not found")])
        try:
            text = path.read_text(encoding="utf-8")
            raw = tomllib.loads(text)
        except tomllib.TOMLDecodeError as err:
            import re

            line = getattr(err, "lineno", None)
            at = re.search(r"\(at line (\d+), column \d+\)$", str(err))
            if line is None and at:
                line = int(at[1])
            message = str(err)[: at.start()].rstrip() if at else str(err)
            if message.startswith(("Cannot overwrite a value", "Cannot declare")) and line:
                # tomllib's words for a key or table given twice: name it ("source" given twice)
                lines = text.splitlines()
                key = re.match(r"\s*(\[*[^=\]]*\]*)", lines[line - 1]) if line <= len(lines) else None
                named = key[1].strip() if key else ""
                message = f"{named or 'a key'} is given twice (a key or table may appear once)"
            raise ConfigProblems([Diagnostic(shown, line, "error", f"invalid TOML: {message}")]) from err
        except (OSError, UnicodeDecodeError) as err:
            raise ConfigProblems([Diagnostic(shown, None, "error", f"cannot read config: {err}")]) from err
        if path.name == "pyproject.toml":
            raw = raw.get("tool", {}).get("timeline", {})
            if not isinstance(raw, dict):
                raw = {}
        root = path.parent
        data, problems = validate(raw, shown, text)
    given = {k: v for k, v in overrides.items() if v is not None}
    given = {k: (str(v) if isinstance(v, os.PathLike) else v) for k, v in given.items()}
    more, over_problems = validate(given, "command line")
    problems.extend(over_problems)
    if problems:
        raise ConfigProblems(problems)
    data.update(more)
    cfg = Config(root=root)
    changes: dict[str, Any] = {}
    names = {f.name for f in fields(Config)}
    for key, value in data.items():
        if key in _PATH_KEYS:
            p = Path(value).expanduser()
            # Command-line paths are relative to the current folder, file paths to the file.
            base = Path(".") if key in more else root
            changes[key] = p if p.is_absolute() else base / p
        elif key in names:
            changes[key] = value
    for key in ("source", "out", "cache_dir"):  # defaults are relative to the project root too
        if key not in changes:
            changes[key] = root / getattr(cfg, key)
    return replace(cfg, **changes)
