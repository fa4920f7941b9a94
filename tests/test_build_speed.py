"""What the build does for speed and must leave as it found it (the collector), and rebuilds that
must equal clean builds after the speed work on render and write (docs/performance.md)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from timeline.build import analyse_paths, build
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
