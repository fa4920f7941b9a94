"""`timeline check`: lint articles without building the site.

Every problem is a ``path:line: level: message`` diagnostic (line 1 when the problem is the
file as a whole), so editors and pre-commit can jump to it. Errors: unreadable, empty,
binary or undecodable files, broken front matter, impossible dates, duplicate ids.
Warnings: no publication date, an odd one (in the future, or before 1900), an article
that yields no events. For a source folder, the hand-written events (``events/``) and
``corrections.yaml`` are checked as the build reads them (bad dates, missing titles,
duplicate ids, unknown keys), and with the extraction on, corrections naming no event.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from .config import Config
from .errors import Diagnostic
from .model import Article, TimeExpression

#: How far in the future a publication date may lie before it looks odd (time zones).
FUTURE_SLACK = dt.timedelta(days=2)
EARLIEST = dt.date(1900, 1, 1)


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The diagnostics of a check, in file order, and their counts."""

    diagnostics: tuple[Diagnostic, ...]
    files: int

    @property
    def errors(self) -> int:
        return sum(1 for d in self.diagnostics if d.level == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for d in self.diagnostics if d.level == "warning")


def _date_line(article: Article) -> int:
    """The line of the ``date:`` key in the front matter (1 when it cannot be found)."""
    try:
        with open(article.path, encoding="utf-8", errors="replace") as fh:
            for n, line in enumerate(fh, 1):
                if n >= article.body_line:
                    break
                if line.lstrip().startswith("date:"):
                    return n
    except OSError:
        pass
    return 1


def ambiguous_dates(article: Article, expressions: Sequence[TimeExpression]) -> list[Diagnostic]:
    """A warning for each slash date read month first only by default (``12/01/2026``: neither
    the article's other slash dates nor its language say which number is the month)."""
    from .build import lang_region
    from .tag import ambiguous_slash, slash_order

    ambiguous = [e for e in expressions if ambiguous_slash(e)]
    if not ambiguous or lang_region(article.lang):
        return []  # (none, or the language's region says the order)
    if slash_order(tuple(expressions), False) == slash_order(tuple(expressions), True):
        return []  # the article's other slash dates settle it
    out = []
    for e in ambiguous:
        y, mo, d = e.value[:10].split("-")
        read, other = dt.date(int(y), int(mo), int(d)), dt.date(int(y), int(d), int(mo))
        line = article.body_line + article.body.count("\n", 0, e.start)
        if int(e.text.split("/")[0]) == read.month:
            out.append(Diagnostic(article.path, line, "warning",
                                  f"{e.text!r} is read month first ({read.day} {read:%B %Y}); if it means "
                                  f"{other.day} {other:%B %Y}, write {other.isoformat()} or set 'lang: en-GB' "
                                  "(day first) in the front matter"))
        else:  # (tag: month first would put a past clause's date after publication)
            out.append(Diagnostic(article.path, line, "warning",
                                  f"{e.text!r} is read day first ({read.day} {read:%B %Y}): its clause is past and "
                                  f"{other.day} {other:%B %Y} is after publication; to be sure, write "
                                  f"{read.isoformat()} or set 'lang' in the front matter"))
    return out


def article_problems(article: Article, today: dt.date | None = None) -> list[Diagnostic]:
    """Date problems of one article that reading alone does not report."""
    today = today or dt.date.today()
    out: list[Diagnostic] = []
    p = article.published
    if p is None:
        return out
    if p > today + FUTURE_SLACK:
        out.append(Diagnostic(article.path, _date_line(article), "warning",
                              f"publication date {p.isoformat()} is in the future; relative dates will be resolved against it"))
    elif p < EARLIEST:
        out.append(Diagnostic(article.path, _date_line(article), "warning",
                              f"publication date {p.isoformat()} is before {EARLIEST.year}; is the year right?"))
    return out


def _normalise(d: Diagnostic) -> Diagnostic:
    level = d.level
    message = d.message
    if "invalid UTF-8" in message:
        level = "error"
        message = message.replace("invalid UTF-8; decoded as Windows-1252", "undecodable as UTF-8 (the build would guess Windows-1252)")
    return Diagnostic(d.path, d.line or 1, level, message)


def check(paths: Sequence[Path], *, events: bool = True, config: Config | None = None,
          today: dt.date | None = None) -> CheckReport:
    """Lint the articles under ``paths``.

    With ``events`` the articles are analysed (through the extraction cache of ``config``
    when given) to warn about articles that yield no events.
    """
    from .read import article_files

    listed = [str(f) for p in paths if p.exists() for f in article_files(p)]
    files = len(listed)
    diagnostics: list[Diagnostic] = []
    if events:
        from .build import analyse_paths, open_cache

        run = analyse_paths(list(paths), cache=open_cache(config) if config else None,
                            jobs=config.jobs if config else 0, executor=config.executor if config else "auto",
                            scheduler=config.scheduler if config else "", lang=config.language if config else "")
        diagnostics.extend(run.diagnostics)
        for a in run.analyses:
            diagnostics.extend(article_problems(a.article, today))
            diagnostics.extend(ambiguous_dates(a.article, a.expressions))
            if not a.mentions:
                why = "it has no publication date and no absolute date" if a.article.published is None else "no dated sentence was found"
                diagnostics.append(Diagnostic(a.article.path, a.article.body_line, "warning",
                                              f"article yields no events ({why}); it will appear on no timeline"))
    else:
        from .read import read_articles

        articles, diags, _ = read_articles(list(paths))
        diagnostics.extend(diags)
        for art in articles:
            diagnostics.extend(article_problems(art, today))
    folders = [p for p in paths if p.is_dir()]
    if folders:
        diagnostics.extend(_curated_problems(folders, run.analyses if events else None))
        listed += [str(f) for p in folders for f in _curated_files(p)]
        files = len(dict.fromkeys(listed))
    order = {name: i for i, name in enumerate(dict.fromkeys(listed))}
    for d in diagnostics:
        order.setdefault(d.path, len(order))
    ranked = sorted((_normalise(d) for d in diagnostics), key=lambda d: (order.get(d.path, -1), d.line or 0))
    seen: set[str] = set()
    unique = []
    for d in ranked:
        if str(d) not in seen:
            seen.add(str(d))
            unique.append(d)
    return CheckReport(tuple(unique), files)


def _curated_files(source: Path) -> list[Path]:
    from . import curated

    return curated.event_files(source) + [source / n for n in curated.CORRECTIONS if (source / n).is_file()]


def _curated_problems(folders: Sequence[Path], analyses: "Sequence[object] | None") -> list[Diagnostic]:
    """What the build would report about the curated events and corrections of ``folders``.

    With ``analyses`` (the articles' analyses), the extracted timeline is assembled so that a
    correction naming no event, or a curated id that clashes with an extracted one, is found.
    """
    from . import curated

    if analyses is None:
        out: list[Diagnostic] = []
        for p in folders:
            out.extend(curated.load(p)[1])
            out.extend(curated.load_corrections(p)[1])
        return out
    from .build import assemble

    _, diags, _ = curated.include(assemble(analyses), list(folders))  # type: ignore[arg-type]
    return list(diags)
