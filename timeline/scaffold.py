"""`timeline init`: create a project that builds at once.

The files come from the package data folder ``_scaffold`` (so they ship with ``pip install``);
names that cannot be package data as-is are renamed on the way out (``gitignore`` ->
``.gitignore``, ``github/`` -> ``.github/``).
"""

from __future__ import annotations

from pathlib import Path

from . import __version__
from .errors import BuildError

#: scaffold file (posix, inside _scaffold) -> where it goes in the project.
FILES: dict[str, str] = {
    "timeline.toml": "timeline.toml",
    "seeds/example-article.md": "seeds/example-article.md",
    "gitignore": ".gitignore",
    "github/workflows/pages.yml": ".github/workflows/pages.yml",
}


def scaffold_dir() -> Path:
    """The folder of scaffold files shipped with the package."""
    return Path(__file__).resolve().parent / "_scaffold"


def _toml_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def init(directory: Path, title: str | None = None, force: bool = False) -> list[Path]:
    """Create a new project in ``directory`` (created if needed); return the files written.

    Raises:
        BuildError: when a file to create already exists (nothing is written then), unless
            ``force``; or when a scaffold file is missing from the installation.
    """
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise BuildError(f"{directory} exists and is not a folder")
    name = title or directory.resolve().name.replace("-", " ").replace("_", " ").strip().title() or "Timeline"
    plan: list[tuple[Path, str]] = []
    for src, dst in FILES.items():
        source = scaffold_dir() / src
        try:
            text = source.read_text(encoding="utf-8")
        except OSError as err:
            raise BuildError(f"the scaffold file {src} is missing from the installation: {err}") from err
        text = text.replace("@TITLE@", _toml_string(name)).replace("@VERSION@", __version__)
        plan.append((directory / dst, text))
    existing = [str(p) for p, _ in plan if p.exists()]
    if existing and not force:
        raise BuildError(f"refusing to overwrite {', '.join(existing)}; use --force, or choose an empty folder")
    written = []
    for path, text in plan:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
