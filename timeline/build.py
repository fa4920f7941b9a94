"""The pipeline: the only module that knows the order of the stages.

read -> tag -> events -> merge -> order -> render -> write
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from . import events as events_stage
from . import merge as merge_stage
from . import order as order_stage
from .config import Config
from .errors import Diagnostic
from .model import Article, Dropped, Mention, TimeExpression, Timeline
from .read import read_articles
from .tag import tag


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """What the per-article stages produce: a pure function of the article."""

    article: Article
    expressions: tuple[TimeExpression, ...]
    mentions: tuple[Mention, ...]
    dropped: tuple[Dropped, ...]


def analyse_article(article: Article) -> ArticleAnalysis:
    """Tag one article and pick its event mentions (pure: same article, same result)."""
    expressions = tag(article.body, article.published)
    mentions, dropped = events_stage.extract(article, expressions)
    return ArticleAnalysis(article, expressions, mentions, dropped)


def assemble(analyses: Sequence[ArticleAnalysis], title: str = "Timeline") -> Timeline:
    """Merge and order the mentions of every article into a Timeline."""
    articles = tuple(a.article for a in analyses)
    mentions = tuple(m for a in analyses for m in a.mentions)
    merged = merge_stage.merge(mentions, articles)
    ordered = order_stage.order(merged)
    return Timeline(
        title=title,
        events=ordered,
        articles=articles,
        dropped=tuple(d for a in analyses for d in a.dropped),
        expressions={a.article.id: a.expressions for a in analyses},
    )


@dataclass(frozen=True, slots=True)
class ExtractResult:
    """A timeline and the diagnostics met while reading and analysing its articles."""

    timeline: Timeline
    diagnostics: tuple[Diagnostic, ...]
    failed: int


def extract(paths: Sequence[Path], title: str = "Timeline") -> ExtractResult:
    """Read the articles under ``paths`` and return their timeline (no site is written)."""
    articles, diagnostics, failed = read_articles(list(paths))
    analyses = [analyse_article(a) for a in articles]
    return ExtractResult(assemble(analyses, title), diagnostics, failed)


@dataclass(frozen=True, slots=True)
class BuildResult:
    """The outcome of `timeline build`."""

    timeline: Timeline
    diagnostics: tuple[Diagnostic, ...]
    failed: int
    pages: int
    seconds: float
    out: Path


def build(config: Config) -> BuildResult:
    """Build the site described by ``config``: read, analyse, render, then write atomically.

    Raises:
        BuildError: when the output folder is refused or the templates are broken; the
            previous site is then left untouched.
    """
    from .render import render
    from .write import check_out_dir, write_site

    started = time.perf_counter()
    check_out_dir(config.out, config.source, config.root)
    result = extract([config.source], config.title)
    pages = render(result.timeline, config)
    write_site(pages, config.out)
    return BuildResult(result.timeline, result.diagnostics, result.failed, len(pages),
                       time.perf_counter() - started, config.out)
