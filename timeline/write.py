"""Stage 7: write the rendered site (the only stage that writes files).

The site is written into a temporary folder beside the output folder, then swapped in,
so a failed build leaves the previous site intact. Only files the tool wrote (listed in
``.timeline-manifest``) are ever removed: anything else in the output folder (``.git``,
``CNAME``, a user's own files) is carried over.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path, PurePosixPath
from typing import Mapping

from .errors import BuildError

MANIFEST = ".timeline-manifest"
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def check_out_dir(out: Path, source: Path, root: Path) -> None:
    """Refuse an output folder that would overwrite or delete the user's work.

    Raises:
        BuildError: when ``out`` is the source folder, a parent of it, inside it, the project
            root, the home folder or the file-system root.
    """
    o = out.resolve()
    s = source.resolve()
    danger = {root.resolve(): "the project root", Path.home().resolve(): "the home folder", Path(o.anchor): "the file-system root"}
    if o in danger:
        raise BuildError(f"refusing to write the site into {out} ({danger[o]}); choose a folder such as 'site'")
    if o == s or s.is_relative_to(o):
        raise BuildError(f"refusing to write the site into {out}: it holds the articles in {source}; choose another --out")
    if o.is_relative_to(s) and s.is_dir():
        raise BuildError(f"refusing to write the site into {out}: it lies inside the source folder {source}")
    if o.exists() and not o.is_dir():
        raise BuildError(f"output {out} exists and is not a folder")


def safe_relpath(name: str) -> PurePosixPath:
    """Return ``name`` as a relative path that cannot leave the output folder.

    Raises:
        BuildError: for absolute paths, ``..``, NUL and other control characters, reserved names.
    """
    p = PurePosixPath(name)
    if not name or p.is_absolute() or "\\" in name or any(ord(c) < 32 for c in name):
        raise BuildError(f"unsafe output path {name!r}")
    for part in p.parts:
        if part in ("", ".", "..") or part.split(".")[0].lower() in _RESERVED:
            raise BuildError(f"unsafe output path {name!r}")
    return p


def _old_manifest(out: Path) -> set[str]:
    try:
        return set((out / MANIFEST).read_text(encoding="utf-8").splitlines())
    except OSError:
        return set()


def write_site(pages: Mapping[str, str | bytes], out: Path) -> None:
    """Write ``pages`` (relative posix path -> content) as the new content of ``out``, atomically."""
    out = out.absolute()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        for name in sorted(pages):
            rel = safe_relpath(name)
            target = tmp.joinpath(*rel.parts)
            if not target.resolve().is_relative_to(tmp.resolve()):
                raise BuildError(f"unsafe output path {name!r}")
            target.parent.mkdir(parents=True, exist_ok=True)
            content = pages[name]
            data = content.encode("utf-8") if isinstance(content, str) else content
            target.write_bytes(data)
        written = sorted(pages)
        (tmp / MANIFEST).write_text("".join(f"{n}\n" for n in written), encoding="utf-8")
        if out.exists():
            ours = _old_manifest(out) | {MANIFEST}
            new = set(pages) | {MANIFEST}
            # Carry over everything we did not write (.git, CNAME, user files), unless a new page replaces it.
            for entry in sorted(out.iterdir()):
                name = entry.name
                if entry.is_dir() and not entry.is_symlink():
                    _carry_dir(entry, tmp / name, ours, new, prefix=name + "/")
                elif name not in ours and name not in new:
                    os.replace(entry, tmp / name)
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            os.replace(out, old / "site")
            os.replace(tmp, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _carry_dir(src: Path, dst: Path, ours: set[str], new: set[str], prefix: str) -> None:
    """Move what the tool did not write from ``src`` into ``dst`` (recursively)."""
    if not any(n.startswith(prefix) for n in ours | new):
        if not dst.exists():
            os.replace(src, dst)
        return
    for entry in sorted(src.iterdir()):
        name = prefix + entry.name
        if entry.is_dir() and not entry.is_symlink():
            _carry_dir(entry, dst / entry.name, ours, new, name + "/")
        elif name not in ours and name not in new:
            dst.mkdir(parents=True, exist_ok=True)
            os.replace(entry, dst / entry.name)


def write_changed(pages: Mapping[str, str | bytes], out: Path) -> tuple[int, int]:
    """Update an existing site in place: write only pages whose bytes changed, remove stale ones.

    For rebuilds (``timeline serve``, a one-article edit): each changed file is replaced
    atomically (temporary file + ``os.replace``), pages listed in the old manifest but no
    longer produced are removed, and files the tool never wrote are left alone. Falls back
    to ``write_site`` when ``out`` has no manifest yet.

    Returns:
        (files written, stale files removed).
    """
    out = out.absolute()
    if not (out / MANIFEST).is_file():
        write_site(pages, out)
        return len(pages), 0
    root = out.resolve()
    targets: list[tuple[str, Path, bytes]] = []
    for name in sorted(pages):
        rel = safe_relpath(name)
        target = out.joinpath(*rel.parts)
        if not target.parent.resolve().is_relative_to(root):
            raise BuildError(f"unsafe output path {name!r}")
        content = pages[name]
        targets.append((name, target, content.encode("utf-8") if isinstance(content, str) else content))
    written = 0
    for name, target, data in targets:
        try:
            if target.is_file() and not target.is_symlink() and target.stat().st_size == len(data) and target.read_bytes() == data:
                continue
        except OSError:
            pass
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        written += 1
    removed = 0
    for name in sorted(_old_manifest(out) - set(pages) - {MANIFEST}):
        try:
            rel = safe_relpath(name)
        except BuildError:
            continue
        stale = out.joinpath(*rel.parts)
        if stale.is_file() or stale.is_symlink():
            with contextlib.suppress(OSError):
                stale.unlink()
                removed += 1
                parent = stale.parent
                while parent != out and parent.is_relative_to(out) and not any(parent.iterdir()):
                    parent.rmdir()
                    parent = parent.parent
    manifest = "".join(f"{n}\n" for n in sorted(pages))
    if (out / MANIFEST).read_text(encoding="utf-8") != manifest:
        (out / (MANIFEST + ".tmp")).write_text(manifest, encoding="utf-8")
        os.replace(out / (MANIFEST + ".tmp"), out / MANIFEST)
    return written, removed
