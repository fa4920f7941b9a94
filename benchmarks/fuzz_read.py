"""Coverage-guided fuzzing of the readers with atheris (docs/security.md).

    pip install atheris
    python benchmarks/fuzz_read.py -atheris_runs=20000            # a bounded run
    python benchmarks/fuzz_read.py -max_total_time=600 corpus/     # ten minutes, keep a corpus

The first input byte picks the reader (.md, .txt, .html, or a curated events file); the rest
is the file. Any exception other than InputError is a finding: atheris prints the input
and writes it to crash-*; replay it with ``python benchmarks/fuzz_read.py crash-...``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["timeline"]):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from timeline import curated, html_reader, infer, tag  # noqa: F401 - instrument the lazily imported stages too
    from timeline.errors import InputError
    from timeline.read import read_article

SUFFIXES = (".md", ".txt", ".html", ".htm", ".mhtml")
CURATED = tuple(sorted(curated.READERS))
TMP = Path(tempfile.mkdtemp(prefix="timeline-atheris-"))
(TMP / "src" / "events").mkdir(parents=True)


def test_one_input(data: bytes) -> None:
    if not data:
        return
    pick, body = data[0], data[1:]
    if pick & 1:
        suffix = SUFFIXES[(pick >> 1) % len(SUFFIXES)]
        p = TMP / f"a{suffix}"
        p.write_bytes(body)
        try:
            read_article(p)
        except InputError:
            pass
    else:
        suffix = CURATED[(pick >> 1) % len(CURATED)]
        folder = TMP / "src" / "events"
        for old in folder.iterdir():
            old.unlink()
        (folder / f"e{suffix}").write_bytes(body)
        curated.load(TMP / "src")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
