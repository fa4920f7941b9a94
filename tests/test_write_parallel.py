"""write_plan: pages made and written by forked processes give exactly the site of one process."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

from timeline.config import Config
from timeline.errors import BuildError
from timeline.model import Timeline
from timeline.render import forked_fragments, page_plan, render
from timeline.write import MANIFEST, write_plan, write_site

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork")


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("jobs", [2, 3])
def test_forked_writers_write_the_same_site(sample_timeline: Timeline, tmp_path: Path, jobs: int) -> None:
    cfg = Config(title="Sample timeline", per_page=3)
    write_site(render(sample_timeline, cfg), tmp_path / "one")
    side: dict[str, bytes] = {}
    done = write_plan(page_plan(sample_timeline, cfg, inputs=side), tmp_path / "many", jobs=jobs, side=side)
    assert files(tmp_path / "many") == files(tmp_path / "one")
    assert done.names == sorted(n for n in files(tmp_path / "one") if n != MANIFEST)
    assert done.sizes == {n: len(b) for n, b in files(tmp_path / "one").items() if n != MANIFEST}
    alone: dict[str, bytes] = {}
    for _name, make in page_plan(sample_timeline, cfg, inputs=alone):
        make()
    assert side == alone and any(n.startswith("events/") for n in side)  # digests made in the copies came back


def test_forked_makers_send_back_the_kept_fragments(sample_timeline: Timeline, tmp_path: Path) -> None:
    """A forked cold build keeps the same fragments and export spans as one made in one process
    (the next rebuild joins and splices them)."""
    cfg = Config(title="Sample timeline", per_page=3)
    fragments: dict = {}
    side: dict[str, bytes] = {}
    write_plan(page_plan(sample_timeline, cfg, inputs=side, fragments=fragments), tmp_path / "many", jobs=3,
               side=side, keep=forked_fragments(fragments))
    alone: dict = {}
    for _name, make in page_plan(sample_timeline, cfg, inputs={}, fragments=alone):
        make()
    assert alone["frags"] and set(alone["spans"]) == {"events.json", "timelinejs.json", "events.csv", "events.ics"}
    assert fragments["frags"] == alone["frags"]
    assert fragments["spans"] == alone["spans"]
    assert fragments["fixed"] == alone["fixed"]


def _page(text: str) -> str:
    return text


def _broken() -> str:
    raise BuildError("template error: broken page")


def test_an_error_in_a_forked_writer_stops_the_build(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site({"index.html": "old"}, out)
    plan = [("index.html", functools.partial(_page, "new")), ("events/a.html", _broken),
            ("events/b.html", functools.partial(_page, "b"))]
    with pytest.raises(BuildError, match="broken page"):
        write_plan(plan, out, jobs=2)  # events/a.html is the second process's page
    assert files(out) == {"index.html": b"old", MANIFEST: b"index.html\n"}
    assert [p.name for p in tmp_path.iterdir()] == ["site"]  # no temporary folder left
    with pytest.raises(BuildError, match="unsafe output path"):
        write_plan([("../x.html", functools.partial(_page, "x"))] * 2, out, jobs=2)
    with pytest.raises(BuildError, match="duplicate output path"):
        write_plan([("x.html", functools.partial(_page, "x"))] * 2, out, jobs=2)
    assert files(out) == {"index.html": b"old", MANIFEST: b"index.html\n"}
