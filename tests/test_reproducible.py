"""The same input gives the same bytes in processes with different string hashes.

Python salts the hash of strings per process (``PYTHONHASHSEED``), so the iteration order of a
set of words changes from one run to the next; nothing the build writes may depend on it (a
weighted sum over a set of words once did: ``evidence`` and ``merge`` now sum with
``math.fsum``, exactly rounded whatever the order). Every fixture story is built as one folder,
twice, in two processes with different hash seeds, and every file of the two sites compared.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

STORIES = Path(__file__).parent / "stories"


def _build(seeds: Path, out: Path, seed: str) -> dict[str, bytes]:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    subprocess.run([sys.executable, "-m", "timeline", "build", "--source", str(seeds), "--out", str(out), "--no-cache",
                    "-q", "-j", "1"], check=True, env=env, cwd=out.parent, timeout=600)
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_a_build_does_not_depend_on_the_string_hash_seed(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for story in sorted(p for p in STORIES.iterdir() if p.is_dir()):
        for article in sorted(story.glob("*.md")):
            shutil.copy(article, seeds / f"{story.name}--{article.name}")
    a = _build(seeds, tmp_path / "site-a", "1")
    b = _build(seeds, tmp_path / "site-b", "2024")
    assert a.keys() == b.keys()
    assert "events.json" in a and len(a) > 50
    assert [k for k in a if a[k] != b[k]] == []
