"""What the build does for speed and must leave as it found it (the collector), and rebuilds that
must equal clean builds after the speed work on render and write (docs/performance.md)."""

from __future__ import annotations

import gc

import pytest

from timeline.build import analyse_paths, assemble, build
from timeline.cache import AnalysisCache
from timeline.config import Config

from test_render_incremental import EDITS, project, same_as_clean  # noqa: F401 - the fixture


def test_a_build_leaves_the_collector_as_it_found_it(project: Config) -> None:  # noqa: F811
    assert gc.isenabled() and gc.get_freeze_count() == 0
    EDITS["new event"](project)
    same_as_clean(project)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.disable()
    try:
        EDITS["title"](project)
        same_as_clean(project)
        assert not gc.isenabled() and gc.get_freeze_count() == 0
    finally:
        gc.enable()


def test_analyse_paths_freezes_only_when_asked(project: Config) -> None:  # noqa: F811
    store = AnalysisCache(project.cache_dir, salt=f"lang={project.language};tz={project.timezone}")
    run = analyse_paths([project.source], cache=store, jobs=1, executor="serial")
    assert run.cached == 6 and gc.get_freeze_count() == 0
    try:
        again = analyse_paths([project.source], cache=store, jobs=1, executor="serial", freeze=True)
        assert again.cached == 6 and gc.get_freeze_count() > 0
        assert [a.article for a in again.analyses] == [a.article for a in run.analyses]
    finally:
        gc.unfreeze()


def test_an_events_date_and_articles_enter_digests_by_reference(sample_timeline) -> None:  # noqa: ANN001
    """An event whose date is the very object of one of its mentions', and an article that is a cached
    analysis's own, enter digests by their references: a change the references do not see (which the
    build cannot make: a reference names one object) leaves the digests alone; without references
    the same change shows."""
    import dataclasses

    from timeline.config import Config as Cfg
    from timeline.render import render_pages

    cfg = Cfg(title="Sample timeline", per_page=3)
    e = next(ev for ev in sample_timeline.events if ev.date is ev.mentions[0].date)
    m = e.mentions[0]
    a = next(x for x in sample_timeline.articles if x.id == m.article)
    other_date = dataclasses.replace(e.date, mod="APPROX" if e.date.mod is None else None)
    other_m = dataclasses.replace(m, date=other_date)
    other_e = dataclasses.replace(e, date=other_date, mentions=(other_m, *e.mentions[1:]))
    other_a = dataclasses.replace(a, published=None)
    other = dataclasses.replace(sample_timeline, events=tuple(other_e if x is e else x for x in sample_timeline.events),
                                articles=tuple(other_a if x is a else x for x in sample_timeline.articles))

    def digests(timeline, refs):  # noqa: ANN001, ANN202
        inputs: dict[str, bytes] = {}
        for _ in render_pages(timeline, cfg, inputs=inputs, refs=refs):
            pass
        return inputs

    same = digests(sample_timeline, {id(m): "k/m0", id(a): "k/a"})
    assert digests(other, {id(other_m): "k/m0", id(other_a): "k/a"}) == same
    plain, changed = digests(sample_timeline, {}), digests(other, {})
    moved = {n for n, d in changed.items() if plain.get(n) != d}
    assert moved and any(n.startswith("events/") for n in moved) and any(n.startswith("articles/") for n in moved)


def _searched(text: str, used: list) -> dict:  # noqa: ANN001
    """The spans as Fragments.spliced finds them by searching (the layout-free way)."""
    spans, pos = {}, 0
    for d, got in used:
        at = []
        for part in (got,) if isinstance(got, str) else got:
            i = text.find(part, pos)
            pos = i + len(part)
            at += (i, pos)
        spans[d] = tuple(at)
    return spans


@pytest.mark.parametrize("texts, gap, inner", [
    (["{\n  a\n}", "{\n  bb\n}", "{}"], ",\n    ", None),  # JSON records
    (["1,a\n", "2,b\n", "", "3,c\n"], "", None),  # CSV rows, one empty
    ([("BEGIN\r\n", "X\r\nEND\r\n"), ("BEGIN\r\n", "YY\r\nEND\r\n")], "", "STAMP\r\n"),  # VEVENTs around DTSTAMP
])
def test_regular_exports_are_placed_by_arithmetic(texts: list, gap: str, inner: str | None) -> None:
    from timeline.render import _laid_out

    used = [(i.to_bytes(2, "big"), t) for i, t in enumerate(texts * 700)]  # past one share of the check (1,024)
    body = gap.join(t if inner is None else inner.join(t) for _, t in used)
    text = "HEAD[" + body + "]TAIL"
    got = _laid_out(text, used)
    assert got == _searched(text, used)
    for d, t in used[:5]:
        parts = (t,) if isinstance(t, str) else t
        assert tuple(text[got[d][i]:got[d][i + 1]] for i in range(0, len(got[d]), 2)) == parts


def test_an_irregular_export_is_searched() -> None:
    from timeline.render import _laid_out

    used = [(b"a", "one"), (b"b", "two"), (b"c", "three")]
    assert _laid_out("[one, two,three]", used) is None  # the gaps differ
    assert _laid_out("[one, two, thre]", used) is None  # a text is not there
    assert _laid_out("[one]", used[:1]) is None  # one event: nothing to learn the gap from


def test_paragraphs_are_kept_by_the_articles_reference(sample_timeline) -> None:  # noqa: ANN001
    """An article's paragraphs are kept by the article's reference; a second render uses them and
    equals a plain one."""
    from timeline.config import Config as Cfg
    from timeline.render import paragraphs, render, render_pages

    cfg = Cfg(title="Sample timeline", per_page=3)
    plain = render(sample_timeline, cfg)
    a = sample_timeline.articles[0]
    refs = {id(a): "k/a"}
    fragments: dict = {}
    assert dict(render_pages(sample_timeline, cfg, inputs={}, fragments=fragments, refs=refs)) == plain
    assert fragments["frags"][("paragraphs", "k/a")] == paragraphs(a.body)
    assert dict(render_pages(sample_timeline, cfg, inputs={}, fragments=fragments, refs=refs)) == plain
    whole = [(0, len(a.body), "p")]  # a kept value is used: one paragraph instead of several
    assert paragraphs(a.body) != whole
    fragments["frags"][("paragraphs", "k/a")] = whole
    pages = dict(render_pages(sample_timeline, cfg, inputs={}, fragments=fragments, refs=refs, known={}))
    slug = next(n for n in pages if n.startswith("articles/") and n != "articles/index.html"
                and str(plain[n]).count("<p") != str(pages[n]).count("<p"))
    assert slug


def test_the_site_state_refers_to_events_dates_by_position(project: Config) -> None:  # noqa: F811
    """An event's date that is its mention's own object is saved as a reference to it: loaded
    back, it is that object of this build's analyses, and the timeline equals the built one."""
    from timeline.build import _input_digest, _unchanged_site, open_cache

    built = build(project)  # the fixture's build saved the state; this one skips
    assert built.written == 0 and dict(built.phases).keys() == {"analyse", "skip"}
    run = analyse_paths([project.source], cache=open_cache(project), jobs=1, executor="serial")
    saved = _unchanged_site(project, _input_digest(run, project), run.analyses)
    assert saved is not None and saved[0] == built.timeline
    dates = {id(m.date) for a in run.analyses for m in a.mentions}
    shared = [e for e in saved[0].events if id(e.date) in dates]
    fresh = assemble(run.analyses, project.title)  # (no curated events here)
    assert shared and len(shared) == sum(1 for e in fresh.events if id(e.date) in dates)
