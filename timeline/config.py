"""Configuration: timeline.toml (or [tool.timeline] in pyproject.toml), validated key by key."""

from __future__ import annotations

import sys
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

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
    per_page: int = 200
    """Events per index page before the index paginates."""
    root: Path = Path(".")
    """The project root (the folder holding the config file)."""


_TYPES: dict[str, type] = {"title": str, "description": str, "source": str, "out": str, "base_url": str,
                           "templates": str, "language": str, "per_page": int}


def load_config(path: Path | None = None, **overrides: Any) -> Config:
    """Load ``path`` (default: ./timeline.toml when present) and apply command-line overrides.

    Raises:
        ConfigError: naming the key, the bad value and what is expected.
    """
    data: dict[str, Any] = {}
    root = Path(".")
    shown = str(path) if path else "timeline.toml"
    if path is None and Path("timeline.toml").is_file():
        path = Path("timeline.toml")
    if path is not None:
        if not path.is_file():
            raise ConfigError(shown, None, "config file not found")
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as err:
            line = getattr(err, "lineno", None)
            raise ConfigError(shown, line, f"invalid TOML: {err}") from err
        except (OSError, UnicodeDecodeError) as err:
            raise ConfigError(shown, None, f"cannot read config: {err}") from err
        if path.name == "pyproject.toml":
            raw = raw.get("tool", {}).get("timeline", {})
        root = path.parent
        for key, value in raw.items():
            if key not in _TYPES:
                raise ConfigError(shown, None, f"unknown key {key!r}; expected one of: {', '.join(sorted(_TYPES))}")
            expected = _TYPES[key]
            if not isinstance(value, expected) or isinstance(value, bool):
                raise ConfigError(shown, None, f"key {key!r}: expected {expected.__name__}, got {value!r}")
            data[key] = value
    for key, value in overrides.items():
        if value is not None:
            data[key] = value
    if "per_page" in data and data["per_page"] < 1:
        raise ConfigError(shown, None, f"key 'per_page': expected a whole number >= 1, got {data['per_page']!r}")
    cfg = Config(root=root)
    changes: dict[str, Any] = {}
    names = {f.name for f in fields(Config)}
    for key, value in data.items():
        if key in ("source", "out", "templates"):
            p = Path(value)
            changes[key] = p if p.is_absolute() else root / p
        elif key in names:
            changes[key] = value
    return replace(cfg, **changes)
