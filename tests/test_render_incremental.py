"""Incremental render (issue 6): a rebuild skips pages whose inputs did not change, and the
site it leaves is byte for byte the site a clean build writes, whatever the edit."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Callable

import pytest
from markupsafe import Markup

from timeline.build import build
from timeline.config import Config, load_config
from timeline.model import Timeline
from timeline.render import render, render_pages

SOURCES = ("Harbor Times", "Cape Post", "Harbor Times", "Daily Ledger", "Cape Post", "Daily Ledger")
TAGS = ("[trade, ports]", "[trade]", "[energy]", "[ports, energy]", "[]", "[trade]")
SENTENCES = (
    "The port authority signed the lease on 12 May 2025. Talks resumed on 3 June 2025.",
    "The ministry announced the tariff on 12 May 2025, and it takes effect on 1 July 2025.",
    "The plant closed on 20 March 2024 after the strike. A review is due in September 2025.",
    "Dock workers walked out on 3 June 2025. The union met again on 14 August 2025.",
    "The council approved the budget on 2 February 2025. Elections follow on 9 November 2025.",
    "Officials said the tariff of 1 July 2025 would be reviewed on 1 October 2025.",
)


def article(i: int, title: str | None = None, extra: str = "", source: str | None = None) -> str:
    return (f"---\ntitle: \"{title or f'Report {i}'}\"\ndate: 2025-0{1 + i % 6}-1{i}\n"
            f"source: \"{source or SOURCES[i]}\"\ntags: {TAGS[i]}\n---\n\n{SENTENCES[i]}{extra}\n")


@pytest.fixture()
def project(tmp_path: Path) -> Config:
    src = tmp_path / "seeds"
    src.mkdir()
    for i in range(len(SENTENCES)):
        (src / f"a{i}.md").write_text(article(i), encoding="utf-8")
    (tmp_path / "timeline.toml").write_text('title = "T"\nexecutor = "serial"\nper_page = 3\n', encoding="utf-8")
    cfg = load_config(tmp_path / "timeline.toml")
    build(cfg)
    return cfg


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def same_as_clean(cfg: Config) -> int:
    """Build ``cfg`` incrementally, then clean into another folder; the sites must be identical."""
    one = build(cfg)
    clean = dataclasses.replace(cfg, out=cfg.out.parent / "clean", cache=False)
    build(clean, incremental=False)
    assert files(cfg.out) == files(clean.out)
    return one.written


def edit_title(cfg: Config) -> None:
    (cfg.source / "a1.md").write_text(article(1, title="Tariff report, revised"), encoding="utf-8")


def new_event(cfg: Config) -> None:
    (cfg.source / "a2.md").write_text(article(2, extra=" The plant reopens on 5 January 2026."), encoding="utf-8")


def removed_article(cfg: Config) -> None:
    (cfg.source / "a3.md").unlink()


def other_source(cfg: Config) -> None:
    (cfg.source / "a0.md").write_text(article(0, source="Coast Weekly"), encoding="utf-8")


def other_date_words(cfg: Config) -> None:  # the article's anchors move: event pages link elsewhere
    (cfg.source / "a5.md").write_text(article(5).replace("1 July 2025", "July 1, 2025"), encoding="utf-8")


def other_published(cfg: Config) -> None:  # events.json's "published", the feed's dates, the DTSTAMP
    (cfg.source / "a4.md").write_text(article(4).replace("date: 2025-05-14", "date: 2026-02-01"), encoding="utf-8")


def other_tags(cfg: Config) -> None:  # items' tag links, VEVENT CATEGORIES, tag pages
    (cfg.source / "a1.md").write_text(article(1).replace("tags: [trade]", "tags: [trade, customs]"), encoding="utf-8")


def hostile_text(cfg: Config) -> None:  # CSV formula cells, iCalendar escapes and folding, HTML and JSON escapes
    extra = (' "=SUM(A1)", she said; <script>x</script> & co., naïve café façade — résumé, déjà vu, 東京 '
             "on 7 October 2025.")
    (cfg.source / "a2.md").write_text(article(2, title="=HYPERLINK(\\\"x\\\")", extra=extra), encoding="utf-8")


EDITS: dict[str, Callable[[Config], None]] = {
    "title": edit_title, "new event": new_event, "removed article": removed_article,
    "source": other_source, "date words": other_date_words, "published": other_published,
    "tags": other_tags, "hostile text": hostile_text,
}


@pytest.mark.parametrize("edit", EDITS)
def test_incremental_build_equals_clean_build(project: Config, edit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import timeline.render as render_mod

    kept: list[str] = []
    real = render_mod.render_pages

    def counting(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        for name, content in real(*args, **kwargs):
            if content is None:
                kept.append(name)
            yield name, content

    monkeypatch.setattr(render_mod, "render_pages", counting)
    EDITS[edit](project)
    assert same_as_clean(project) > 0
    assert any(n.startswith("events/") for n in kept)  # the events the edit did not touch were not rendered


def test_several_edits_in_a_row(project: Config) -> None:
    for edit in EDITS.values():
        edit(project)
        same_as_clean(project)


def test_config_change(project: Config) -> None:
    for change in ({"title": "Another title"}, {"per_page": 2}, {"base_url": "https://example.org/t/"},
                   {"description": "Now with a description."}, {"language": "fr"}):
        cfg = dataclasses.replace(project, **change)
        same_as_clean(cfg)
        project = cfg


def test_damaged_template_cache_is_compiled_again(project: Config) -> None:
    """A damaged compiled-template cache is a miss: the site is the same as without a cache."""
    cached = sorted((project.cache_dir / "jinja").glob("__jinja2_*.cache"))
    assert cached
    for i, p in enumerate(cached):
        p.write_bytes(b"garbage" if i % 2 else b"")
    again = dataclasses.replace(project, out=project.out.parent / "again")
    build(again, incremental=False)
    plain = dataclasses.replace(project, out=project.out.parent / "plain", cache=False)
    build(plain, incremental=False)
    assert files(again.out) == files(plain.out)


def test_template_cache_that_cannot_be_written(project: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk or a read-only cache folder never stops a build: the templates are compiled."""
    import jinja2

    def refuse(self: object, bucket: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(jinja2.FileSystemBytecodeCache, "dump_bytecode", refuse)
    for p in (project.cache_dir / "jinja").glob("__jinja2_*.cache"):
        p.unlink()
    again = dataclasses.replace(project, out=project.out.parent / "again")
    build(again, incremental=False)
    assert files(again.out) == files(project.out)


def test_template_change(project: Config, tmp_path: Path) -> None:
    # the compiled templates are cached (by source checksum): an edited template is compiled again
    assert list((project.cache_dir / "jinja").glob("__jinja2_*.cache"))
    templates = tmp_path / "templates"
    templates.mkdir()
    cfg = dataclasses.replace(project, templates=templates)
    (templates / "style.css").write_text("body { color: red; }\n", encoding="utf-8")
    same_as_clean(cfg)
    base = (Path(__file__).resolve().parent.parent / "templates" / "event.html").read_text(encoding="utf-8")
    (templates / "event.html").write_text(base.replace("<h1>", "<h1 class=\"x\">"), encoding="utf-8")
    assert same_as_clean(cfg) > 0
    (templates / "event.html").unlink()  # back to the default event page
    same_as_clean(cfg)


def test_unchanged_pages_are_not_rendered_again(sample_timeline: Timeline) -> None:
    cfg = Config(title="Sample timeline", per_page=3)
    plain = render(sample_timeline, cfg)
    inputs: dict[str, bytes] = {}
    assert dict(render_pages(sample_timeline, cfg, inputs=inputs)) == plain
    digested = ({n for n in plain if n.startswith(("events/", "tags/", "articles/", "page-"))}
                - {"tags/index.html", "articles/index.html"})
    assert {n for n in digested if n.startswith("page-")} == {"page-2026-01.html", "page-2026-02.html",
                                                              "page-2026-03.html", "page-2027.html"}
    assert set(inputs) == digested
    again = dict(render_pages(sample_timeline, cfg, inputs={}, known=inputs))
    assert {n for n, c in again.items() if c is None} == digested
    assert {n: c for n, c in again.items() if c is not None} == {n: c for n, c in plain.items() if n not in digested}
    # Another title changes every page: nothing is kept.
    other = dataclasses.replace(cfg, title="Other")
    assert all(c is not None for c in dict(render_pages(sample_timeline, other, inputs={}, known=inputs)).values())


def test_a_users_page_template_turns_digests_off(sample_timeline: Timeline, tmp_path: Path) -> None:
    (tmp_path / "base.html").write_text("{{ event_count }} {% block main %}{% endblock %}", encoding="utf-8")
    inputs: dict[str, bytes] = {}
    cfg = Config(title="T", templates=tmp_path)
    assert dict(render_pages(sample_timeline, cfg, inputs=inputs)) == render(sample_timeline, cfg)
    assert inputs == {}


def test_after_a_clean_build_and_a_lost_page(project: Config) -> None:
    build(project, incremental=False)  # --clean: a new folder, new digests
    edit_title(project)
    same_as_clean(project)
    (project.out / "events").iterdir().__next__().unlink()  # a page the digests say is there
    new_event(project)
    same_as_clean(project)
    page = next((project.out / "events").iterdir())
    page.write_text("x" * len(page.read_bytes()), encoding="utf-8")  # same size, other bytes: the user's edit
    build(project, incremental=False)
    same_as_clean(project)


def test_fragments_are_kept_and_joined(sample_timeline: Timeline) -> None:
    """Per-event fragments: a second render joins the first render's text (byte-identical), a
    changed fixed part (here the title) drops them all."""
    cfg = Config(title="Sample timeline", per_page=3)
    plain = render(sample_timeline, cfg)
    fragments: dict = {}
    assert dict(render_pages(sample_timeline, cfg, inputs={}, fragments=fragments)) == plain
    kinds = {key[0] for key in fragments["frags"]}
    assert kinds == {"item"}
    assert {key[2:] for key in fragments["frags"] if key[0] == "item"} == {("",), ("../", "h3")}
    assert dict(render_pages(sample_timeline, cfg, inputs={}, fragments=fragments)) == plain
    # The kept item is used: a kept item shows on the index.
    key = next(k for k in fragments["frags"] if k[2:] == ("",))
    fragments["frags"][key] = Markup("<li>KEPT</li>")
    pages = dict(render_pages(sample_timeline, cfg, inputs={}, fragments=fragments))
    assert sum(text.count("<li>KEPT</li>") for name, text in pages.items() if name.endswith(".html")) == 1
    # Another title: another fixed part, nothing kept is used.
    other = dataclasses.replace(cfg, title="Other")
    assert dict(render_pages(sample_timeline, other, inputs={}, fragments=fragments)) == render(sample_timeline, other)
    assert "<li>KEPT</li>" not in fragments["frags"].values()


def test_digests_name_cached_objects_by_their_reference(sample_timeline: Timeline) -> None:
    """With ``refs`` (the build's cache key and position of each analysed object), a digest holds
    the reference instead of the object's repr; an object without one is digested by its repr."""
    cfg = Config(title="Sample timeline", per_page=3)
    e = sample_timeline.events[0]
    m = e.mentions[0]
    other_m = dataclasses.replace(m, sentence=m.sentence + " Changed.")
    other_e = dataclasses.replace(e, mentions=(other_m, *e.mentions[1:]))
    other = dataclasses.replace(sample_timeline, events=(other_e, *sample_timeline.events[1:]))

    def digests(timeline: Timeline, refs: dict[int, str] | None) -> dict[str, bytes]:
        inputs: dict[str, bytes] = {}
        for _ in render_pages(timeline, cfg, inputs=inputs, refs=refs):
            pass
        return inputs

    plain = digests(sample_timeline, None)
    assert digests(sample_timeline, {id(m): "k/m0"}) != plain  # the reference, not the repr, is digested
    # The same reference for the changed mention: the same digests (the build gives one
    # reference to one analysed object only, so this cannot happen there).
    assert digests(other, {id(other_m): "k/m0"}) == digests(sample_timeline, {id(m): "k/m0"})
    # Without a reference the changed mention is digested by its repr: its event's page changes.
    changed = {n for n, d in digests(other, {}).items() if plain.get(n) != d}
    assert changed and all(n.startswith(("events/", "page-", "tags/")) for n in changed)
    assert digests(sample_timeline, {}) == plain


EXPORTS = ("events.json", "timelinejs.json", "events.csv", "events.ics")


def test_exports_are_spliced_from_the_previous_files(sample_timeline: Timeline) -> None:
    """An export keeps where each event's text lies in it; the next render takes the text of
    the unchanged events from the previous file (given by ``previous``) and makes the others."""
    cfg = Config(title="Sample timeline", per_page=3)
    plain = render(sample_timeline, cfg)
    fragments: dict = {}
    dict(render_pages(sample_timeline, cfg, inputs={}, fragments=fragments))
    n = len(sample_timeline.events)
    assert sorted(fragments["spans"]) == sorted(EXPORTS)
    for name in EXPORTS:
        spans = fragments["spans"][name]
        assert len(spans) == n
        assert all(len(at) == (4 if name == "events.ics" else 2) for at in spans.values())
    first = sample_timeline.events[0]
    row = plain["events.csv"].splitlines(keepends=True)[1]
    assert row.startswith(first.id + ",")
    (start, end), = [at for at in fragments["spans"]["events.csv"].values() if plain["events.csv"][at[0]:at[1]] == row]
    asked: list[str] = []

    def previous(name: str) -> str:
        asked.append(name)
        text = plain[name]
        assert isinstance(text, str)
        return text[:start] + "KEPT," + text[start + 5:] if name == "events.csv" else text

    again = dict(render_pages(sample_timeline, cfg, inputs={}, fragments=fragments, previous=previous))
    assert sorted(asked) == sorted(EXPORTS)
    assert again["events.csv"].splitlines()[1] == "KEPT," + row[5:-1]  # the row was sliced from the "previous" file
    assert {name: again[name] for name in EXPORTS if name != "events.csv"} == {
        name: plain[name] for name in EXPORTS if name != "events.csv"}
    # Without a previous file (or with None: unknown or changed), everything is made again.
    assert dict(render_pages(sample_timeline, cfg, inputs={}, fragments=fragments, previous=lambda name: None)) == plain
    assert dict(render_pages(sample_timeline, cfg, inputs={}, fragments=fragments)) == plain


def test_no_fragments_without_digests(sample_timeline: Timeline, tmp_path: Path) -> None:
    (tmp_path / "_macros.html").write_text(
        (Path(__file__).resolve().parent.parent / "templates" / "_macros.html").read_text(encoding="utf-8"), encoding="utf-8")
    cfg = Config(title="T", templates=tmp_path)
    fragments: dict = {"fixed": "x", "frags": {("csv", b"y"): "z"}}
    assert dict(render_pages(sample_timeline, cfg, inputs={}, fragments=fragments)) == render(sample_timeline, cfg)
    assert fragments == {"fixed": "x", "frags": {("csv", b"y"): "z"}}


def test_rebuild_keeps_fragments_on_disk(project: Config) -> None:
    from timeline.build import _load_page_hashes

    _, _, fragments = _load_page_hashes(project)
    assert {key[0] for key in fragments["frags"]} == {"item", "paragraphs"}
    assert sorted(fragments["spans"]) == sorted(EXPORTS)
    edit_title(project)
    same_as_clean(project)
    _, _, again = _load_page_hashes(project)
    assert again["fixed"] == fragments["fixed"]
    assert {n: len(s) for n, s in again["spans"].items()} == {n: len(s) for n, s in fragments["spans"].items()}


def test_kept_fragments_are_bounded(sample_timeline: Timeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past FRAGMENT_BUDGET characters, fragments are used but not kept: memory and the state
    file stop growing with the site, and the pages are the same bytes."""
    import timeline.render as render_mod

    cfg = load_config(None)
    plain = render(sample_timeline, cfg)
    everything: dict = {}
    assert dict(render_pages(sample_timeline, cfg, inputs={}, fragments=everything)) == plain
    total = sum(len(v) if isinstance(v, str) else sum(map(len, v)) for v in everything["frags"].values())
    budget = total // 3
    monkeypatch.setattr(render_mod, "FRAGMENT_BUDGET", budget)
    some: dict = {}
    assert dict(render_pages(sample_timeline, cfg, inputs={}, fragments=some)) == plain
    kept = sum(len(v) if isinstance(v, str) else sum(map(len, v)) for v in some["frags"].values())
    assert 0 < kept <= budget and len(some["frags"]) < len(everything["frags"])
    # a second render with what was kept is still byte-identical
    assert dict(render_pages(sample_timeline, cfg, inputs={}, fragments=some)) == plain


def test_unchanged_inputs_skip_the_build_with_the_same_timeline(project: Config) -> None:
    """Same inputs: the saved timeline is returned (its analysed objects are the ones this
    build read from the cache, referred to by position in the state); an edit builds again."""
    import pickle

    first = build(project)  # the fixture's build saved the state; this one skips
    assert [name for name, _ in first.phases] == ["analyse", "skip"] and first.written == 0
    clean = build(dataclasses.replace(project, out=project.out.parent / "clean", cache=False), incremental=False)
    assert first.timeline == clean.timeline and first.diagnostics == clean.diagnostics
    mention = first.timeline.events[0].mentions[0]
    assert pickle.dumps(mention) not in (project.cache_dir / "site-state.pickle").read_bytes()  # a reference
    again = build(project)
    assert [name for name, _ in again.phases] == ["analyse", "skip"] and again.timeline == clean.timeline
    edit_title(project)
    edited = build(project)
    assert [name for name, _ in edited.phases] == ["analyse", "assemble", "render", "write"]
    assert build(project).timeline == edited.timeline


def test_site_state_of_other_analyses_is_not_used(project: Config) -> None:
    from timeline import build as build_mod

    run = build_mod.analyse_paths([project.source], cache=build_mod.open_cache(project))
    digest = build_mod._input_digest(run, project)
    assert build_mod._unchanged_site(project, digest, run.analyses) is not None
    assert build_mod._unchanged_site(project, digest, run.analyses[:-1]) is None  # fewer objects than saved
    assert build_mod._unchanged_site(project, digest) is None


def test_one_new_event_changes_its_period_page_and_the_first(project: Config) -> None:
    """Index pages by period (render.index_pages): a new event changes the page of its period
    and index.html (counts, chart), not the other index pages."""
    def index_pages() -> dict[str, bytes]:
        return {n: b for n, b in files(project.out).items() if n == "index.html" or n.startswith("page-")}

    before = index_pages()
    assert len(before) > 3
    (project.source / "a3.md").write_text(article(3, extra=" The dock reopened on 20 June 2025."), encoding="utf-8")
    same_as_clean(project)
    after = index_pages()
    assert set(after) == set(before)
    holding = [n for n, b in after.items() if b"The dock reopened" in b]
    assert len(holding) == 1 and holding[0] != "index.html"
    assert {n for n in after if after[n] != before[n]} == {"index.html", holding[0]}
