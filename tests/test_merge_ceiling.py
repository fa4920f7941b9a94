"""eval/merge_ceiling.py agrees with the scorer: its "merged" count is eval/score_stories.py's, and
no set can merge more than it finds ("possible" >= "merged"). Real material: the repository's
own story set."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(script: str, *args: str) -> str:
    return subprocess.run([sys.executable, str(ROOT / "eval" / script), *args], check=True, capture_output=True,
                          text=True, cwd=ROOT).stdout


def test_ceiling_counts_what_the_scorer_counts() -> None:
    stories = str(ROOT / "eval" / "stories")
    scored = re.search(r"merged (\d+)/(\d+)", _run("score_stories.py", stories).splitlines()[-1])
    ceiling = re.search(r"multi-source (\d+), merged (\d+) \(\d+%\), possible with the found mentions (\d+)",
                        _run("merge_ceiling.py", stories))
    assert scored and ceiling
    multi, merged, possible = (int(ceiling.group(i)) for i in (1, 2, 3))
    assert (merged, multi) == (int(scored.group(1)), int(scored.group(2)))
    assert merged <= possible <= multi
