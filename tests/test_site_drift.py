"""The committed site/ is exactly what `timeline build` makes of the shipped seeds/.

Builds are reproducible, so a fresh build of seeds/ with the repository's timeline.toml must
leave site/ byte for byte unchanged: the result shown in the repository never drifts from
the code. After an intended change, rebuild with `timeline build` and commit site/.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from timeline.cli import main

ROOT = Path(__file__).resolve().parent.parent


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_committed_site_matches_a_fresh_build(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    shutil.copytree(ROOT / "seeds", project / "seeds")
    shutil.copy(ROOT / "timeline.toml", project / "timeline.toml")
    config = project / "timeline.toml"
    code = main(["build", "--config", str(config), "--no-cache"])
    assert code == 0
    fresh = files(project / "site")
    committed = files(ROOT / "site")
    assert sorted(fresh) == sorted(committed), "site/ holds different files: rebuild with `timeline build` and commit site/"
    changed = [name for name in fresh if fresh[name] != committed[name]]
    assert not changed, f"site/ differs from a fresh build in {changed}: rebuild with `timeline build` and commit site/"
