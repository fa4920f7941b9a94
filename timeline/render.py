"""Stage 6: render a Timeline into pages (relative path -> content) through Jinja templates.

Autoescape is on and undefined names fail (StrictUndefined): article text never becomes markup.
A user's templates folder overrides the defaults one file at a time.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path
from typing import Any

import jinja2

from . import __version__, timex
from .config import Config
from .errors import BuildError
from .export import dumps, events_json
from .model import Article, Timeline


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
    if not slug or slug in {"con", "prn", "aux", "nul", "index"}:
        slug = "x-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return slug


def article_slugs(articles: tuple[Article, ...]) -> dict[str, str]:
    """Map article ids to unique slugs (a colliding slug gets a hash suffix)."""
    out: dict[str, str] = {}
    used: set[str] = set()
    for a in sorted(articles, key=lambda a: a.id):
        s = slugify(a.id)
        if s in used:
            s = f"{s}-{hashlib.sha1(a.id.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
        used.add(s)
        out[a.id] = s
    return out


def environment(config: Config) -> jinja2.Environment:
    """The Jinja environment: user templates first, then the defaults."""
    loaders: list[jinja2.BaseLoader] = []
    if config.templates is not None:
        loaders.append(jinja2.FileSystemLoader(str(config.templates)))
    loaders.append(jinja2.FileSystemLoader(str(default_templates_dir())))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["start_iso"] = timex.start_iso
    return env


def mark(text: str, start: int, end: int) -> Any:
    """Return ``text`` escaped, with ``text[start:end]`` wrapped in ``<mark>``."""
    from markupsafe import Markup, escape

    return Markup("{}<mark>{}</mark>{}").format(escape(text[:start]), escape(text[start:end]), escape(text[end:]))


def render(timeline: Timeline, config: Config) -> dict[str, str | bytes]:
    """Render every page and export of the site.

    Raises:
        BuildError: when a template is missing or broken.
    """
    env = environment(config)
    slugs = article_slugs(timeline.articles)
    articles = {a.id: a for a in timeline.articles}
    common = {"site_title": config.title, "description": config.description, "lang": config.language,
              "version": __version__, "slugs": slugs, "articles": articles, "mark": mark}
    pages: dict[str, str | bytes] = {}
    try:
        pages["index.html"] = env.get_template("index.html").render(
            root="", timeline=timeline, **common)
        for a in timeline.articles:
            ev = [e for e in timeline.events if any(m.article == a.id for m in e.mentions)]
            pages[f"articles/{slugs[a.id]}.html"] = env.get_template("article.html").render(
                root="../", article=a, events=ev, **common)
        pages["style.css"] = env.get_template("style.css").render()
    except jinja2.TemplateError as err:
        where = f"{err.filename}:{err.lineno}: " if isinstance(err, jinja2.TemplateSyntaxError) else ""
        raise BuildError(f"{where}template error: {err}") from err
    pages["events.json"] = dumps(events_json(timeline))
    pages[".nojekyll"] = ""
    return pages
