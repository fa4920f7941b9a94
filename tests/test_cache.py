"""The extraction cache: keyed by content and engine, invalidated by either; rebuilds reuse it."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from timeline import build as build_mod
from timeline import cache as cache_mod
from timeline.build import SourceOutcome, analyse_paths, analyse_source, build
from timeline.cache import AnalysisCache, engine_fingerprint
from timeline.config import load_config

ARTICLE = "---\ntitle: A{n}\ndate: 2025-06-0{n}\n---\nThe bridge reopened on 12 May 2025 after repairs began in March 2024.\n"


def corpus(folder: Path, n: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(1, n + 1):
        (folder / f"a{i}.md").write_text(ARTICLE.format(n=i), encoding="utf-8")
    return folder


def test_outcome_round_trips_through_pickle() -> None:
    outcome = analyse_source("seeds/x.md", ARTICLE.format(n=1).encode())
    assert outcome.analysis is not None and outcome.analysis.mentions
    again = pickle.loads(pickle.dumps(outcome))
    assert again == outcome  # MappingProxyType (Article.extra) pickles thanks to cache.py


def test_model_state_is_the_tuple_of_fields_in_order() -> None:
    """The fast pickled state (model._fast_pickle) is every field's value, in field order,
    and sets every field back, frozen or not; the dataclasses format (a list in the same
    order) still loads."""
    from dataclasses import fields

    from timeline import model

    outcome = analyse_source("seeds/x.md", ARTICLE.format(n=1).encode())
    analysis = outcome.analysis
    samples = [analysis.article, analysis.expressions[0], analysis.mentions[0], analysis.mentions[0].date]
    samples += [model.Dropped(article="x", expression=analysis.expressions[0], reason="a duration")]
    for obj in samples:
        state = obj.__getstate__()
        assert state == tuple(getattr(obj, f.name) for f in fields(obj))
        blank = object.__new__(type(obj))
        blank.__setstate__(list(state))  # the list dataclasses used to write
        assert blank == obj
        assert pickle.loads(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)) == obj
        # the faster __repr__ writes what the dataclass one wrote (render digests pages by it)
        assert repr(obj) == f"{type(obj).__qualname__}(" + ", ".join(
            f"{f.name}={getattr(obj, f.name)!r}" for f in fields(obj) if f.repr) + ")"
    assert repr(samples[2]).startswith("Mention(article='x', sentence=")
    with pytest.raises(ValueError):
        object.__new__(model.DateValue).__setstate__(("2025",))


def test_key_depends_on_bytes_path_and_salt(tmp_path: Path) -> None:
    c = AnalysisCache(tmp_path / "c")
    k = c.key("a.md", b"x")
    assert k == c.key("a.md", b"x")
    assert k != c.key("a.md", b"y") and k != c.key("b.md", b"x")
    assert k != AnalysisCache(tmp_path / "c", salt="lang=fr").key("a.md", b"x")


def test_engine_fingerprint_follows_the_engine_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    fp = engine_fingerprint()
    assert len(fp) == 20 and fp == engine_fingerprint()
    # the tagger and event stages are in it; the CLI and the site are not
    assert "tag/__init__.py" not in cache_mod.NOT_ENGINE and "cli.py" in cache_mod.NOT_ENGINE and "render.py" in cache_mod.NOT_ENGINE


def test_engine_fingerprint_follows_the_versions_of_the_libraries_that_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    fp = engine_fingerprint()
    real = cache_mod.importlib.metadata.version
    monkeypatch.setattr(cache_mod.importlib.metadata, "version",
                        lambda dist: "0.0-other" if dist == "wordfreq" else real(dist))
    engine_fingerprint.cache_clear()
    try:
        assert engine_fingerprint() != fp
    finally:
        monkeypatch.undo()
        engine_fingerprint.cache_clear()
    assert engine_fingerprint() == fp


def test_other_engine_versions_are_pruned(tmp_path: Path) -> None:
    old = tmp_path / "c" / ("0" * 20)
    old.mkdir(parents=True)
    c = AnalysisCache(tmp_path / "c")
    c.put("ab" * 32, 1)
    assert not old.exists() and c.get("ab" * 32) == 1 and (tmp_path / "c" / "CACHEDIR.TAG").is_file()


def test_corrupt_entry_is_a_miss(tmp_path: Path) -> None:
    c = AnalysisCache(tmp_path / "c")
    key = "cd" * 32
    c.put(key, "value")
    (c.folder / key[:2] / f"{key}.pickle").write_bytes(b"garbage")
    assert c.get(key) is None


def test_second_run_hits_and_an_edit_misses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = corpus(tmp_path / "seeds")
    cache = AnalysisCache(tmp_path / "cache")
    calls: list[str] = []
    real = build_mod.analyse_article
    monkeypatch.setattr(build_mod, "analyse_article", lambda a: calls.append(a.id) or real(a))
    first = analyse_paths([src], cache=cache, executor="serial")
    assert sorted(calls) == ["a1", "a2", "a3"] and first.cached == 0
    calls.clear()
    second = analyse_paths([src], cache=cache, executor="serial")
    assert calls == [] and second.cached == 3 and second.analyses == first.analyses
    (src / "a2.md").write_text(ARTICLE.format(n=2).replace("12 May", "13 May"), encoding="utf-8")
    third = analyse_paths([src], cache=cache, executor="serial")
    assert calls == ["a2"] and third.cached == 2


def test_crashes_are_reported_and_not_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = corpus(tmp_path / "seeds", 2)
    cache = AnalysisCache(tmp_path / "cache")

    def boom(article):  # noqa: ANN001, ANN202
        if article.id == "a2":
            raise IndexError("no such group")
        return real(article)

    real = build_mod.analyse_article
    monkeypatch.setattr(build_mod, "analyse_article", boom)
    run = analyse_paths([src], cache=cache, executor="serial")
    assert run.failed == 1 and len(run.analyses) == 1
    assert any("internal error while analysing this article: IndexError: no such group" in str(d) for d in run.diagnostics)
    monkeypatch.setattr(build_mod, "analyse_article", real)
    run = analyse_paths([src], cache=cache, executor="serial")
    assert run.failed == 0 and run.cached == 1


def test_incremental_build_writes_only_changed_pages(tmp_path: Path) -> None:
    src = corpus(tmp_path / "seeds", 4)
    (tmp_path / "timeline.toml").write_text('executor = "serial"\n', encoding="utf-8")
    cfg = load_config(tmp_path / "timeline.toml")
    cold = build(cfg)
    assert cold.written == cold.pages and cold.cached == 0
    (cfg.out / "CNAME").write_text("example.org\n", encoding="utf-8")
    mtimes = {p: p.stat().st_mtime_ns for p in cfg.out.rglob("*") if p.is_file()}
    same = build(cfg)
    assert same.written == 0 and same.cached == 4 and same.pages == cold.pages
    assert {p: p.stat().st_mtime_ns for p in cfg.out.rglob("*") if p.is_file()} == mtimes
    (src / "a3.md").write_text(ARTICLE.format(n=3).replace("12 May 2025", "14 May 2025"), encoding="utf-8")
    one = build(cfg)
    assert 0 < one.written < one.pages and one.cached == 3
    assert any("14 May 2025" in p.read_text(encoding="utf-8") for p in cfg.out.rglob("*.html"))
    (src / "a4.md").unlink()
    gone = build(cfg)
    assert gone.removed >= 1
    assert (cfg.out / "CNAME").read_text(encoding="utf-8") == "example.org\n"  # never ours, never touched
    manifest = set((cfg.out / ".timeline-manifest").read_text(encoding="utf-8").splitlines())
    on_disk = {p.relative_to(cfg.out).as_posix() for p in cfg.out.rglob("*") if p.is_file()}
    assert manifest == on_disk - {".timeline-manifest", "CNAME"}


def test_clean_and_no_cache_builds_match(tmp_path: Path) -> None:
    corpus(tmp_path / "seeds", 3)
    (tmp_path / "timeline.toml").write_text('executor = "serial"\n', encoding="utf-8")
    cfg = load_config(tmp_path / "timeline.toml")
    build(cfg)
    cached = {p.relative_to(cfg.out): p.read_bytes() for p in cfg.out.rglob("*") if p.is_file()}
    from dataclasses import replace

    build(replace(cfg, cache=False), incremental=False)
    fresh = {p.relative_to(cfg.out): p.read_bytes() for p in cfg.out.rglob("*") if p.is_file()}
    assert cached == fresh
    assert not isinstance(SourceOutcome, type(None))
