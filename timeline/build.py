"""The pipeline: the only module that knows the order of the stages.

read -> tag -> events -> merge -> order -> render -> write

Reading and the per-article stages (tag, events) form one pure function of a file's bytes
(``analyse_source``), so they are cached per content hash (``cache.py``) and run in parallel
or on a cluster (``executor.py``); merge, order, render and write then run once, here.
"""

from __future__ import annotations

import contextlib
import gc
import pickle
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable, Iterator, Sequence, TypeVar

import dataclasses
import functools

from . import curated
from . import events as events_stage
from . import evidence as evidence_stage
from . import merge as merge_stage
from . import order as order_stage
from . import story as story_stage
from .config import Config
from .errors import BuildError, Diagnostic, InputError
from .model import Article, Dropped, Event, Mention, TimeExpression, Timeline, collector_paused
from .progress import Progress
from .read import READERS, article_files, article_ids, decode, outside_warning, read_articles
from .infer import drop_unanchored
from .tag import tag

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """What the per-article stages produce: a pure function of the article."""

    article: Article
    expressions: tuple[TimeExpression, ...]
    mentions: tuple[Mention, ...]
    dropped: tuple[Dropped, ...]
    features: "tuple[merge_stage.MentionFeatures, ...] | None" = None
    """Each mention's ``merge.features`` (word sets), in the order of ``mentions``; None: merge computes them."""
    vector: "dict[str, float] | None" = None
    """The article's story vector (``story.vector`` of its headline and lead: merge's story test by
    words, made in the workers and cached with the rest); None: merge makes it when it needs it."""
    key_words: "frozenset[str] | None" = None
    """``story.key_words`` of ``vector`` (merge compares a day's events sharing one)."""


#: Regions whose English writes numeric dates day first (``lang: en-GB``): 12/01/2026 is 12 January.
DAY_FIRST_REGIONS = frozenset("GB UK IE IN AU NZ ZA PK BD LK NG KE GH UG TZ ZW SG MY HK MT CY JM TT".split())


def lang_region(lang: str) -> str:
    """The region of a language tag (``en-GB``, ``en_in``: ``GB``, ``IN``), or ""."""
    parts = lang.replace("_", "-").split("-")
    return parts[1].upper() if len(parts) > 1 else ""


def day_first(lang: str) -> bool:
    """Whether an article's language tag (``en-GB``, ``en_IN``) writes numeric dates day first."""
    return lang_region(lang) in DAY_FIRST_REGIONS


def analyse_article(article: Article) -> ArticleAnalysis:
    """Tag one article, pick its event mentions and their merge features (pure: same article, same result)."""
    expressions = tag(article.body, article.published, day_first=day_first(article.lang))
    mentions, dropped = events_stage.extract(article, expressions)
    mentions, dropped = drop_unanchored(article, mentions, dropped)  # undated: never guess (issue 7)
    vector = story_stage.vector(article.title or "", article.body)
    return ArticleAnalysis(article, expressions, mentions, dropped, merge_stage.features(article, mentions),
                           vector, story_stage.key_words(vector))


def assemble(analyses: Sequence[ArticleAnalysis], title: str = "Timeline", *, keys: Sequence[str] = (),
             trace: Path | None = None) -> Timeline:
    """Merge and order the mentions of every article into a Timeline.

    With ``keys`` (each analysis' cache key, which hashes its file and the code) and ``trace``
    (a file), the merge reuses the decisions of the previous build's merge saved there
    (``merge.merge_incremental``: the same events as a whole merge) and saves its own.
    """
    articles = tuple(a.article for a in analyses)
    mentions = tuple(m for a in analyses for m in a.mentions)
    # The features computed by the per-article analysis (in the workers, cached), when all have them.
    features = None
    if all(a.features is not None for a in analyses):
        features = tuple(ft for a in analyses for ft in a.features)  # type: ignore[union-attr]
    vectors = {a.article.id: a.vector for a in analyses if a.vector is not None}
    key_words = {a.article.id: a.key_words for a in analyses if a.key_words is not None}
    folded: list[Dropped] = []  # mentions merge takes off the timeline
    if trace is not None and len(keys) == len(analyses) and all(keys):
        versions = {a.article.id: k for a, k in zip(analyses, keys)}
        try:
            merged, made = merge_stage.merge_incremental(mentions, articles, features, versions, _load_trace(trace),
                                                         folded, vectors, key_words)
        except Exception:  # noqa: BLE001 - a damaged trace: merge whole (a trace only saves time)
            folded.clear()
            merged, made = merge_stage.merge_incremental(mentions, articles, features, versions, dropped=folded,
                                                         vectors=vectors, key_words=key_words)
        _save_trace(trace, made)
        del made
    else:
        merged = merge_stage.merge(mentions, articles, features, folded, vectors, key_words)
    # Dropped dates that tell an event of their story join it as sources (timeline/evidence.py).
    merged, dropped = evidence_stage.attach(merged, tuple(d for a in analyses for d in a.dropped) + tuple(folded),
                                            articles, vectors)
    ordered = order_stage.order(merged)
    return Timeline(
        title=title,
        events=ordered,
        articles=articles,
        dropped=dropped,
        expressions={a.article.id: a.expressions for a in analyses},
    )


_TRACE = "merge-trace.pickle"


def _load_trace(path: Path) -> "merge_stage.MergeTrace | None":
    """The merge trace the previous build saved (None when there is none or it cannot be read)."""
    import pickle

    try:
        with collector_paused(), open(path, "rb") as fh:  # unpickling makes no cycles
            trace = pickle.load(fh)
    except Exception:  # noqa: BLE001 - no trace: the merge decides everything
        return None
    return trace if isinstance(trace, merge_stage.MergeTrace) else None


def _save_trace(path: Path, trace: "merge_stage.MergeTrace") -> None:
    import pickle

    tmp = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            pickle.dump(trace, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        # A trace only speeds up the next merge: a stale one goes, and so does a partial write
        # (in a read-only cache folder neither can: the build goes on without it).
        for stale in (path, tmp):
            try:
                stale.unlink(missing_ok=True)
            except OSError:
                pass


@dataclass(frozen=True, slots=True)
class SourceOutcome:
    """The result of reading and analysing one file: an analysis, or None when it failed."""

    display: str
    analysis: ArticleAnalysis | None
    diagnostics: tuple[Diagnostic, ...]
    cacheable: bool = True
    """False when the analysis crashed: such outcomes are never cached."""


def _with_id(analysis: ArticleAnalysis, new_id: str) -> ArticleAnalysis:
    """``analysis`` of an article whose id is ``new_id`` (its mentions' and drops' too)."""
    return dataclasses.replace(
        analysis, article=dataclasses.replace(analysis.article, id=new_id),
        mentions=tuple(dataclasses.replace(m, article=new_id) for m in analysis.mentions),
        dropped=tuple(dataclasses.replace(d, article=new_id) for d in analysis.dropped))


def analyse_source(display: str, data: bytes, lang: str = "") -> SourceOutcome:
    """Read one article from its bytes and analyse it (pure; runs in workers and on Dask).

    ``display`` is the path as shown in messages; its stem is the article id and its suffix
    picks the reader. Input errors become diagnostics, never exceptions. ``lang``: the site's
    language (``timeline.toml``'s ``language``), an article's own when its ``lang`` names English
    without a region (``en``, the default) and ``lang`` names one (``en-GB``: slash dates day first).
    """
    path = Path(display)
    reader = READERS.get(path.suffix.lower())
    try:
        if reader is None:
            raise InputError(display, None, f"unsupported file type {path.suffix!r}; use one of {', '.join(sorted(READERS))}")
        text, warnings = decode(display, data)
        result = reader(display, path.stem, text)
    except InputError as err:
        return SourceOutcome(display, None, (err.diagnostic,))
    article = result.article
    if lang and article.lang.lower() == "en" and lang_region(lang) and lang.lower().startswith("en"):
        article = dataclasses.replace(article, lang=lang)
    try:
        analysis = analyse_article(article)
    except Exception as err:  # noqa: BLE001 - one article's crash must not stop the build
        import traceback

        frame = traceback.extract_tb(err.__traceback__)[-1]
        where = f"{Path(frame.filename).name}:{frame.lineno}"
        return SourceOutcome(display, None, (Diagnostic(
            display, None, "error", f"internal error while analysing this article: {type(err).__name__}: {err} "
            f"(at {where}; please report it)"),), cacheable=False)
    return SourceOutcome(display, analysis, tuple(warnings) + tuple(result.warnings))


@dataclass(frozen=True, slots=True)
class AnalysisRun:
    """Every article's analysis, in path order, with the diagnostics met."""

    analyses: tuple[ArticleAnalysis, ...]
    diagnostics: tuple[Diagnostic, ...]
    failed: int
    files: int
    cached: int
    keys: tuple[str, ...] = ()
    """Cache keys of the files, in order (empty without a cache)."""
    versions: tuple[str, ...] = ()
    """The cache key of each analysis' file, in the order of ``analyses`` (empty without a cache)."""


def analyse_paths(paths: Sequence[Path], *, cache: "object | None" = None, jobs: int | None = None,
                  executor: str = "auto", scheduler: str = "", progress: Progress | None = None,
                  freeze: bool = False, lang: str = "") -> AnalysisRun:
    """Read and analyse every article under ``paths``, using the cache and the executor.

    Articles come in path order; a file whose id repeats an earlier one is reported and
    skipped (as ``read.read_articles`` does). With ``freeze``, the analyses loaded from the
    cache are moved out of the cyclic collector's reach (``gc.freeze``) once loaded: for a
    caller that keeps them to the end and then calls ``gc.unfreeze`` (build does).
    """
    from .cache import AnalysisCache
    from .executor import choose, resolve_jobs, run_tasks

    progress = progress or Progress()
    store = cache if isinstance(cache, AnalysisCache) else None
    diagnostics: list[Diagnostic] = []
    failed = 0
    files: list[str] = []
    renamed: dict[str, str] = {}  # display -> id, for files whose id is not their stem (article_ids)
    for root in paths:
        if not root.exists():
            diagnostics.append(Diagnostic(str(root), None, "error", "no such file or folder"))
            failed += 1
            continue
        outside: list[Path] = []
        found = article_files(root, outside)
        diagnostics.extend(outside_warning(p) for p in outside)
        renamed.update((str(f), i) for f, i in article_ids(root, found).items() if i != f.stem)
        files.extend(str(f) for f in found)
    progress.phase("read", len(files))
    outcomes: list[SourceOutcome | None] = [None] * len(files)
    keys: list[str] = []
    todo: list[tuple[int, str]] = []
    # Reading the files and loading cached analyses makes many objects and no reference cycles:
    # the cyclic collector would only walk the growing heap again and again.
    with collector_paused():
        for i, shown in enumerate(files):
            try:
                data = Path(shown).read_bytes()
            except OSError as err:
                outcomes[i] = SourceOutcome(shown, None, (Diagnostic(shown, None, "error", f"cannot read file: {err.strerror or err}"),))
                keys.append("")
                progress.advance()
                continue
            if store is not None:
                key = store.key(shown, data)
                keys.append(key)
                hit = store.get(key)
                if isinstance(hit, SourceOutcome):
                    outcomes[i] = hit
                    progress.advance()
                    continue
            todo.append((i, shown))
            del data
            progress.advance()
        if freeze:
            gc.freeze()  # before the collector resumes: its first pass would walk every analysis
    cached = len(files) - len(todo)
    n_jobs = resolve_jobs(jobs)
    kind = choose(executor, n_jobs, len(todo))
    progress.detail(f"{len(files)} files, {cached} from the cache, {len(todo)} to analyse"
                    + (f" ({kind}, {n_jobs} jobs)" if todo else ""))
    progress.phase("extract", len(todo))

    moved: set[int] = set()

    def tasks() -> Iterator[tuple[str, bytes]]:
        # Read again, lazily: only the batches in flight hold article bytes (the OS caches them).
        for i, shown in todo:
            try:
                data = Path(shown).read_bytes()
            except OSError:
                data = b""  # reported as an empty file
            if store is not None and store.key(shown, data) != keys[i]:
                moved.add(i)  # edited meanwhile: do not file the result under the old key
            yield shown, data

    for j, outcome in run_tasks(functools.partial(analyse_source, lang=lang) if lang else analyse_source, tasks(),
                                executor=executor, jobs=n_jobs,
                                scheduler=scheduler, n_items=len(todo)):
        i = todo[j][0]
        outcomes[i] = outcome
        if store is not None and outcome.cacheable and i not in moved:
            store.put(keys[i], outcome)
        progress.advance()
    analyses: list[ArticleAnalysis] = []
    versions: list[str] = []
    seen: dict[str, str] = {}
    for i, outcome in enumerate(outcomes):
        assert outcome is not None
        diagnostics.extend(outcome.diagnostics)
        if outcome.analysis is None:
            failed += 1
            continue
        if outcome.display in renamed:
            # (the analysis, cached by the file's bytes, carries the stem: the id is given here)
            outcome = dataclasses.replace(outcome, analysis=_with_id(outcome.analysis, renamed[outcome.display]))
        art = outcome.analysis.article
        if art.id in seen:
            diagnostics.append(Diagnostic(outcome.display, None, "error",
                                          f"duplicate article id {art.id!r} (also {seen[art.id]}); rename one of the files"))
            failed += 1
            continue
        seen[art.id] = outcome.display
        analyses.append(outcome.analysis)
        if store is not None:
            versions.append(keys[i])
    return AnalysisRun(tuple(analyses), tuple(diagnostics), failed, len(files), cached, tuple(keys) if store else (),
                       tuple(versions))


@dataclass(frozen=True, slots=True)
class ExtractResult:
    """A timeline and the diagnostics met while reading and analysing its articles."""

    timeline: Timeline
    diagnostics: tuple[Diagnostic, ...]
    failed: int


def extract(paths: Sequence[Path], title: str = "Timeline", *, jobs: int | None = 1, executor: str = "serial",
            scheduler: str = "", cache: "object | None" = None, progress: Progress | None = None,
            lang: str = "") -> ExtractResult:
    """Read the articles under ``paths`` and return their timeline (no site is written).

    By default everything runs in this process; pass ``executor``/``jobs``/``scheduler`` to
    analyse on a process pool or a Dask cluster, and an ``AnalysisCache`` to reuse results.
    """
    if executor == "serial" and cache is None and progress is None and not lang:
        articles, diagnostics, failed = read_articles(list(paths))
        analyses = [analyse_article(a) for a in articles]
        return ExtractResult(*curated.included(assemble(analyses, title), diagnostics, failed, paths))
    run = analyse_paths(paths, cache=cache, jobs=jobs, executor=executor, scheduler=scheduler, progress=progress,
                        lang=lang)
    return ExtractResult(*curated.included(assemble(run.analyses, title), run.diagnostics, run.failed, paths))


@dataclass(frozen=True, slots=True)
class BuildResult:
    """The outcome of `timeline build`."""

    timeline: Timeline
    diagnostics: tuple[Diagnostic, ...]
    failed: int
    pages: int
    seconds: float
    out: Path
    written: int = 0
    """Pages whose bytes changed and were (re)written."""
    removed: int = 0
    """Stale pages of an earlier build that were removed."""
    cached: int = 0
    """Articles whose analysis came from the cache."""
    largest_page: int = 0
    """Size in bytes of the largest page."""
    phases: tuple[tuple[str, float], ...] = ()
    """Seconds spent in each phase: analyse, assemble, render, write."""

    @property
    def warnings(self) -> int:
        """How many warnings the build met."""
        return sum(1 for d in self.diagnostics if d.level == "warning")

    @property
    def errors(self) -> int:
        """How many errors the build met."""
        return sum(1 for d in self.diagnostics if d.level == "error")


def open_cache(config: Config) -> "object | None":
    """The extraction cache of ``config`` (None when caching is off)."""
    if not config.cache:
        return None
    from .cache import AnalysisCache

    salt = f"lang={config.language};tz={config.timezone}"
    return AnalysisCache(config.cache_dir, salt=salt)


def build(config: Config, *, progress: Progress | None = None, incremental: bool = True) -> BuildResult:
    """Build the site described by ``config``: read, analyse, render, then write.

    Articles are analysed in parallel (``config.jobs``, ``config.executor``) and their
    results cached by content hash. With ``incremental`` (the default) an existing site is
    updated in place, writing only pages whose bytes changed and removing stale ones; a
    first build (or ``incremental=False``) writes a whole new folder and swaps it in.

    Raises:
        BuildError: when the source does not exist, the output folder is refused or the
            templates are broken; the previous site is then left untouched.
    """
    from .executor import cpu_count, resolve_jobs
    from .render import forked_fragments, render_pages
    from .write import MANIFEST, check_out_dir, intact, update_site, write_plan, write_site

    progress = progress or Progress()
    started = time.perf_counter()
    check_out_dir(config.out, config.source, config.root)
    if not config.source.exists():
        # (a mistyped --source must not replace a site with an empty one)
        raise BuildError(f"{config.source}: no such file or folder; nothing was built or written")
    # Everything analysed lives until the end of the build: the collector need not scan it again
    # and again while assemble and render allocate (a full collection walks the whole heap).
    with _frozen_heap():
        run = analyse_paths([config.source], cache=open_cache(config), jobs=config.jobs, executor=config.executor,
                            scheduler=config.scheduler, progress=progress, freeze=True, lang=config.language)
        t_analysed = time.perf_counter()
        gc.freeze()
        digest = _input_digest(run, config) if incremental and config.cache and run.keys else ""
        saved = _unchanged_site(config, digest, run.analyses) if digest else None
        if saved is not None:
            # Same articles, curated files, config, templates and code as the site on disk.
            timeline, diagnostics, failed, n_pages, largest = saved
            ended = time.perf_counter()
            progress.detail(f"analyse {t_analysed - started:.2f} s; inputs unchanged, nothing assembled, rendered or written")
            progress.close()
            return BuildResult(timeline, diagnostics, failed, n_pages, ended - started, config.out,
                               written=0, removed=0, cached=run.cached, largest_page=largest,
                               phases=(("analyse", t_analysed - started), ("skip", ended - t_analysed)))
        progress.phase("assemble")
        timeline = assemble(run.analyses, config.title, keys=run.versions,
                            trace=config.cache_dir / _TRACE if config.cache else None)
        timeline, diags, failed = curated.included(timeline, run.diagnostics, run.failed, [config.source])
        run = dataclasses.replace(run, diagnostics=diags, failed=failed)  # hand-written events, corrections
        t_assembled = time.perf_counter()
        gc.freeze()  # the timeline too (and forked copies then share its pages untouched)
        progress.phase("render")
        # Render and write stream together: each page is written (and hashed) before the next is
        # rendered, so the build never holds the whole site. render is the time spent producing
        # pages, write the rest.
        # Pages whose inputs did not change since the previous build (a digest of what each shows,
        # kept beside the page hashes) and that are still on disk are not rendered again.
        clock = _Clock()
        inputs: dict[str, bytes] | None = {} if config.cache else None
        update = incremental and (config.out / MANIFEST).is_file()
        # Per-event fragments (index items, export text) kept by the events' digests; see page_plan.
        with collector_paused():  # unpickling makes no cycles
            before, known, fragments = _load_page_hashes(config) if config.cache and update else ({}, {}, {})
            gc.freeze()  # before the collector resumes: no young generation of them to walk once
        if config.cache:
            (config.cache_dir / _PAGES).unlink(missing_ok=True)  # a write stopped half-way must not be trusted
        refs = _analysis_refs(run.analyses, run.versions) if inputs is not None else None
        if update:
            ok = intact(config.out, before) if before else set()
            known = {n: d for n, d in known.items() if n in ok}
            t0 = time.perf_counter()
            plan = _planned(timeline, config, inputs=inputs, known=known, fragments=fragments,
                            previous=_previous_text(config.out, before, ok), refs=refs)
            clock.seconds = time.perf_counter() - t0
            done = update_site(clock.timed(render_pages(timeline, config, plan=plan)), config.out, previous=before)
            del plan
        else:
            # A cold build renders in parallel where cores allow: forked copies of this process
            # (which inherit the timeline) each make a share of the pages, which this process
            # writes as they arrive. One core is left to the writer: with two cores, one process
            # making and writing the pages was as fast (and the copies cost ~25 % more CPU).
            makers = min(resolve_jobs(config.jobs), cpu_count()) - 1
            t0 = time.perf_counter()
            plan = _planned(timeline, config, inputs=inputs, fragments=fragments, refs=refs)
            # Forked only from a single-threaded process (``timeline serve`` and Dask run threads).
            if (makers >= 2 and len(plan) >= PARALLEL_PAGES and config.executor != "dask"
                    and threading.active_count() == 1):
                done = write_plan(plan, config.out, jobs=makers, side=inputs, keep=forked_fragments(fragments))
                clock.seconds = time.perf_counter() - t0  # render and write overlap: both counted as render
            else:
                clock.seconds = time.perf_counter() - t0
                done = write_site(clock.timed(render_pages(timeline, config, inputs=inputs, plan=plan)), config.out)
            del plan
        written, removed = done.written, done.removed
        if inputs is not None:
            _save_page_hashes(config, {n: (done.hashes[n], done.sizes[n]) for n in done.names}, inputs, fragments)
        largest = done.largest
        n_pages = len(done.names)
        t_rendered = t_assembled + clock.seconds
        if digest:
            with collector_paused():  # pickling makes no cycles
                _save_site_state(config, digest, timeline, run.diagnostics, run.failed, n_pages, largest, run.analyses)
        elif config.cache:
            (config.cache_dir / _STATE).unlink(missing_ok=True)
        ended = time.perf_counter()
        progress.detail(f"analyse {t_analysed - started:.2f} s, assemble {t_assembled - t_analysed:.2f} s, "
                        f"render {t_rendered - t_assembled:.2f} s, write {ended - t_rendered:.2f} s")
        progress.detail(f"{written} pages written, {removed} stale removed; largest page {largest:,} bytes")
        progress.close()
        return BuildResult(timeline, run.diagnostics, run.failed, n_pages, ended - started, config.out,
                           written=written, removed=removed, cached=run.cached, largest_page=largest,
                           phases=(("analyse", t_analysed - started), ("assemble", t_assembled - t_analysed),
                                   ("render", t_rendered - t_assembled), ("write", ended - t_rendered)))


def _planned(timeline: Timeline, config: Config, **kwargs: Any) -> list[tuple[str, Callable[[], Any]]]:
    """``render.page_plan(timeline, config, **kwargs)``, made with the cyclic collector paused, then
    kept out of its reach (with everything else alive now) until the build ends: the plan, the
    previous build's page digests and fragments are some hundred thousand long-lived objects that
    every full collection during render would walk again (~0.5 s at 3,000 articles)."""
    from .render import page_plan

    with collector_paused():
        plan = page_plan(timeline, config, **kwargs)
        gc.freeze()  # before the collector resumes: no young generation of them to walk once
    return plan


@contextlib.contextmanager
def _frozen_heap() -> Iterator[None]:
    """Keep the objects that exist now out of garbage collection until the block ends."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class _Clock:
    """Seconds spent inside an iterator's ``next`` (the render share of a streamed render + write)."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def timed(self, items: Iterator[T]) -> Iterator[T]:
        clock = time.perf_counter
        it = iter(items)
        while True:
            t = clock()
            try:
                item = next(it)
            except StopIteration:
                self.seconds += clock() - t
                return
            self.seconds += clock() - t
            yield item
            del item  # not held while the next page is made (an export is ~100 MB at 10,000 articles)


#: A cold build renders and writes with several processes from this many pages on (forking
#: a copy costs a few milliseconds; below, one process is as fast).
PARALLEL_PAGES = 400

_STATE = "site-state.json"
_STATE_DATA = "site-state.pickle"


def _input_digest(run: AnalysisRun, config: Config) -> str:
    """A hash of every input of assemble, render and write: the article keys (content and
    engine), the other files of the source folder (curated events, corrections), the config,
    the templates and the package's code."""
    import hashlib
    import os

    from .render import default_templates_dir

    h = hashlib.sha256()
    h.update("\0".join(run.keys).encode())
    h.update(repr(run.diagnostics).encode("utf-8", "surrogatepass"))
    h.update(repr(sorted((k, str(v)) for k, v in _config_items(config))).encode("utf-8", "surrogatepass"))
    h.update(str(config.out.resolve()).encode("utf-8", "surrogatepass"))

    def files(folder: Path, skip: set[str] = set()) -> None:  # noqa: B006 - read only
        if folder.is_file():
            if str(folder) not in skip:
                h.update(str(folder).encode("utf-8", "surrogatepass") + b"\0" + folder.read_bytes())
            return
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                if path in skip or name.endswith((".pyc", ".pyo")):
                    continue
                h.update(path.encode("utf-8", "surrogatepass") + b"\0")
                try:
                    with open(path, "rb") as fh:
                        h.update(fh.read())
                except OSError:
                    h.update(b"?")

    articles = {a.article.path for a in run.analyses}
    files(config.source, articles)
    files(Path(__file__).resolve().parent)
    files(default_templates_dir())
    if config.templates is not None and config.templates.exists():
        files(config.templates)
    return h.hexdigest()


_PAGES = "site-pages.pickle"


def _load_page_hashes(config: Config) -> tuple[dict[str, tuple[bytes, int]], dict[str, bytes], dict[str, Any]]:
    """(hash, size) of the pages the previous build wrote into this output folder, the
    digests of their inputs and the per-event fragments (render.Fragments; all empty when unknown)."""
    import pickle

    try:
        with open(config.cache_dir / _PAGES, "rb") as fh:
            saved = pickle.load(fh)
        if saved.get("out") == str(config.out.resolve()):
            return saved["pages"], saved["inputs"], saved.get("fragments") or {}
    except Exception:  # noqa: BLE001 - unknown means "compare the bytes" and "render"
        pass
    return {}, {}, {}


def _save_page_hashes(config: Config, hashes: dict[str, tuple[bytes, int]], inputs: dict[str, bytes],
                      fragments: dict[str, Any] | None = None) -> None:
    import pickle

    try:
        config.cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = config.cache_dir / (_PAGES + ".tmp")
        with open(tmp, "wb") as fh:
            pickle.dump({"out": str(config.out.resolve()), "pages": hashes, "inputs": inputs, "fragments": fragments or {}},
                        fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(config.cache_dir / _PAGES)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        pass  # the page hashes only speed up the next build; it renders everything without them


def _previous_text(out: Path, before: dict[str, tuple[bytes, int]], ok: set[str]) -> "Callable[[str], str | None]":
    """``previous(name)`` for render.page_plan: the text of a file the previous build wrote, when
    it is still on disk with the bytes it wrote (its hash is checked), else None."""
    from .write import page_hash

    def previous(name: str) -> str | None:
        if name not in ok:
            return None
        try:
            data = (out / name).read_bytes()
            if (page_hash(data), len(data)) != tuple(before[name]):
                return None
            return data.decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    return previous


def _config_items(config: Config) -> list[tuple[str, object]]:
    from dataclasses import fields

    skip = {"jobs", "executor", "scheduler", "cache", "cache_dir"}
    return [(f.name, getattr(config, f.name)) for f in fields(config) if f.name not in skip]


def _analysed_objects(analyses: Sequence[ArticleAnalysis]) -> list[Any]:
    """The articles, mentions, dropped expressions and the mentions' dates of ``analyses``, in
    order: what the site state refers to by position instead of holding a copy (see
    _packed_timeline; most events' date is their first mention's own object)."""
    out: list[Any] = []
    for a in analyses:
        out.append(a.article)
        out += a.mentions
        out += a.dropped
        out += [m.date for m in a.mentions]
    return out


def _analysis_refs(analyses: Sequence[ArticleAnalysis], keys: Sequence[str]) -> dict[int, str]:
    """``id(obj)`` -> ``"<cache key>/<kind><position>"`` for the article, mentions and dropped
    expressions of each cached analysis: a text that determines the object (the analysis is a
    pure function of what its cache key hashes), for render's page digests (``page_plan(refs=)``).
    The objects live as long as ``analyses``; the map must not outlive them."""
    refs: dict[int, str] = {}
    for a, key in zip(analyses, keys):
        if not key:
            continue
        refs[id(a.article)] = key + "/a"
        for j, m in enumerate(a.mentions):
            refs[id(m)] = f"{key}/m{j}"
        for j, d in enumerate(a.dropped):
            refs[id(d)] = f"{key}/d{j}"
    return refs


_EVENT_SLOTS = Event.__slots__
_AT_DATE, _AT_MENTIONS = _EVENT_SLOTS.index("date"), _EVENT_SLOTS.index("mentions")
_TIMELINE_SLOTS = Timeline.__slots__
_AT_EVENTS, _AT_ARTICLES, _AT_DROPPED, _AT_EXPRESSIONS = (_TIMELINE_SLOTS.index(n) for n in (
    "events", "articles", "dropped", "expressions"))


def _packed_timeline(timeline: Timeline, analyses: Sequence[ArticleAnalysis], objects: list[Any]) -> tuple[Any, ...]:
    """``timeline`` as plain values for the site state: each of its events, articles, dropped
    expressions, mentions and event dates that is an object of ``objects`` (the analyses, which
    the analysis cache already keeps and the next build has before it reads the state) as its
    position there, and each article's expressions that are its analysis' own tuple as the
    analysis' position. The rest is kept as it is. Pickled by the C pickler alone: no call per
    object (a ``reducer_override`` per event, mention and expression made saving the state cost
    ~2 s of a one-changed rebuild at 10,000 articles). :func:`_unpacked_timeline` undoes it."""
    where = dict(zip(map(id, objects), range(len(objects))))
    get = where.get
    events = []
    for e in timeline.events:
        state = list(e.__getstate__())  # type: ignore[attr-defined]
        date = e.date
        state[_AT_DATE] = get(id(date), date)
        ms = e.mentions
        state[_AT_MENTIONS] = tuple(map(get, map(id, ms), ms))  # a position, or the mention itself
        events.append(tuple(state))
    state = list(timeline.__getstate__())  # type: ignore[attr-defined]
    state[_AT_EVENTS] = events
    state[_AT_ARTICLES] = tuple(map(get, map(id, timeline.articles), timeline.articles))
    state[_AT_DROPPED] = tuple(map(get, map(id, timeline.dropped), timeline.dropped))
    expressions = timeline.expressions
    kind = type(expressions)
    if kind is dict or kind is MappingProxyType:
        own = {id(a.expressions): k for k, a in enumerate(analyses)}
        state[_AT_EXPRESSIONS] = (kind is MappingProxyType, {aid: own.get(id(xs), xs) for aid, xs in expressions.items()})
    return tuple(state)


def _unpacked_timeline(state: tuple[Any, ...], analyses: Sequence[ArticleAnalysis], objects: list[Any]) -> Timeline:
    """The timeline :func:`_packed_timeline` packed (``objects`` and ``analyses`` are this build's)."""
    events = []
    for packed in state[_AT_EVENTS]:
        values = list(packed)
        if type(values[_AT_DATE]) is int:
            values[_AT_DATE] = objects[values[_AT_DATE]]
        values[_AT_MENTIONS] = tuple([objects[m] if type(m) is int else m for m in values[_AT_MENTIONS]])
        e = Event.__new__(Event)
        e.__setstate__(tuple(values))  # type: ignore[attr-defined]
        events.append(e)
    values = list(state)
    values[_AT_EVENTS] = tuple(events)
    values[_AT_ARTICLES] = tuple([objects[a] if type(a) is int else a for a in state[_AT_ARTICLES]])
    values[_AT_DROPPED] = tuple([objects[d] if type(d) is int else d for d in state[_AT_DROPPED]])
    if type(state[_AT_EXPRESSIONS]) is tuple:
        proxy, expressions = state[_AT_EXPRESSIONS]
        expressions = {aid: analyses[xs].expressions if type(xs) is int else xs for aid, xs in expressions.items()}
        values[_AT_EXPRESSIONS] = MappingProxyType(expressions) if proxy else expressions
    timeline = Timeline.__new__(Timeline)
    timeline.__setstate__(tuple(values))  # type: ignore[attr-defined]
    return timeline


def _unchanged_site(config: Config, digest: str, analyses: Sequence[ArticleAnalysis] = ()
                    ) -> tuple[Timeline, tuple[Diagnostic, ...], int, int, int] | None:
    """The saved build when the site on disk was built from inputs hashing to ``digest`` and
    is intact (every page of its manifest present), else None. ``analyses`` are this build's
    (the same articles as the saved build's: the digest covers their cache keys)."""
    import json

    from . import cache as _cache  # noqa: F401 - unpickling of frozen mappings
    from .write import MANIFEST

    try:
        state = json.loads((config.cache_dir / _STATE).read_text(encoding="utf-8"))
        if state.get("digest") != digest:
            return None
        names = (config.out / MANIFEST).read_text(encoding="utf-8").splitlines()
        if len(names) != state.get("pages") or not all((config.out / n).is_file() for n in names):
            return None
        objects = _analysed_objects(analyses)
        with open(config.cache_dir / _STATE_DATA, "rb") as fh:
            saved = pickle.load(fh)
        if saved.get("digest") != digest or saved.get("objects") != (len(analyses), len(objects)):
            return None
        timeline = _unpacked_timeline(saved["timeline"], analyses, objects)
        return timeline, saved["diagnostics"], saved["failed"], len(names), int(state.get("largest", 0))
    except Exception:  # noqa: BLE001 - any doubt means "build"
        return None


def _save_site_state(config: Config, digest: str, timeline: Timeline, diagnostics: tuple[Diagnostic, ...],
                     failed: int, pages: int, largest: int, analyses: Sequence[ArticleAnalysis] = ()) -> None:
    import json

    from . import cache as _cache  # noqa: F401 - pickling of frozen mappings

    try:
        config.cache_dir.mkdir(parents=True, exist_ok=True)
        data = config.cache_dir / (_STATE_DATA + ".tmp")
        objects = _analysed_objects(analyses)
        packed = _packed_timeline(timeline, analyses, objects)
        with open(data, "wb") as fh:
            pickle.dump({"digest": digest, "objects": (len(analyses), len(objects)), "timeline": packed,
                         "diagnostics": diagnostics, "failed": failed}, fh, protocol=pickle.HIGHEST_PROTOCOL)
        data.replace(config.cache_dir / _STATE_DATA)
        tmp = config.cache_dir / (_STATE + ".tmp")
        tmp.write_text(json.dumps({"digest": digest, "out": str(config.out.resolve()), "pages": pages,
                                   "largest": largest}), encoding="utf-8")
        tmp.replace(config.cache_dir / _STATE)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        (config.cache_dir / _STATE).unlink(missing_ok=True)
