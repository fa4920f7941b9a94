"""Each analysis' cache key, in the order of the analyses (``AnalysisRun.versions``): with a file
that fails before an article, the article's pages and merge decisions must still follow its own
key (the per-file keys are one longer than the analyses from the failed file on)."""

from __future__ import annotations

from pathlib import Path

from timeline.build import analyse_paths
from timeline.cache import AnalysisCache
from timeline.config import Config

from test_render_incremental import article, files, project, same_as_clean  # noqa: F401 - the fixture


def test_versions_follow_the_analyses_past_a_failed_file(project: Config) -> None:  # noqa: F811
    (project.source / "a0-empty.md").write_text("", encoding="utf-8")  # sorts first; fails: "file is empty"
    same_as_clean(project)
    store = AnalysisCache(project.cache_dir, salt=f"lang={project.language};tz={project.timezone}")
    run = analyse_paths([project.source], cache=store, jobs=1, executor="serial")
    assert run.failed == 1 and len(run.keys) == len(run.analyses) + 1
    assert len(run.versions) == len(run.analyses)
    for a, key in zip(run.analyses, run.versions):
        assert key == store.key(str(project.source / Path(a.article.path).name),
                                (project.source / Path(a.article.path).name).read_bytes())
    # An article after the failed file changes: its page must change with it (an incremental
    # build equal to a clean one), which needs its own key in the page digests.
    (project.source / "a2.md").write_text(article(2, title="Port strike, revised"), encoding="utf-8")
    same_as_clean(project)
