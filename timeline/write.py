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
from typing import Collection, Iterator, Mapping

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
    for place, what in ((root.resolve(), "the project root"), (Path.home().resolve(), "the home folder")):
        if place.is_relative_to(o):
            raise BuildError(f"refusing to write the site into {out}: it contains {what} {place}; choose a folder such as 'site'")
    if o.exists() and not o.is_dir():
        raise BuildError(f"output {out} exists and is not a folder")
    if out.is_symlink() and not o.exists():
        raise BuildError(f"output {out} is a symbolic link to {o}, which does not exist; remove the link or create the folder")


def safe_relpath(name: str) -> PurePosixPath:
    """Return ``name`` as a relative path that cannot leave the output folder.

    Raises:
        BuildError: for absolute paths, ``..``, ``.``, empty parts, backslashes and colons, NUL and
            other control characters, Windows reserved names (``con``, ``nul.txt``), parts ending in
            a dot or space, parts over 255 bytes, and the manifest's own name.
    """
    p = PurePosixPath(name)
    if (not name or p.is_absolute() or "\\" in name or ":" in name or any(ord(c) < 32 or ord(c) == 127 for c in name)
            or name == MANIFEST or name.startswith(MANIFEST + ".")):
        raise BuildError(f"unsafe output path {name!r}")
    for part in name.split("/"):
        if (part in ("", ".", "..") or part.split(".")[0].strip().lower() in _RESERVED or part.endswith((".", " "))
                or len(part.encode("utf-8", "surrogatepass")) > 255):
            raise BuildError(f"unsafe output path {name!r}")
    return p


def _old_manifest(out: Path) -> set[str]:
    try:
        return set((out / MANIFEST).read_text(encoding="utf-8").splitlines())
    except OSError:
        return set()


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` (the output's parent): one build writes at a time."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no advisory locks; builds are not concurrent there
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _real_out(out: Path) -> Path:
    """``out`` as an absolute path; a symlink is followed to the folder it names (which must exist)."""
    out = out.absolute()
    if out.is_symlink():
        target = out.resolve()
        if not target.is_dir():
            raise BuildError(f"output {out} is a symbolic link to {target}, which is not a folder; "
                             "remove the link or point it at a folder")
        return target
    return out


def _dirs_of(names: set[str]) -> set[str]:
    dirs: set[str] = set()
    for n in names:
        parts = n.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            dirs.add("/".join(parts[:i]))
    return dirs


def _only_ours(folder: Path, prefix: str, ours: set[str]) -> bool:
    for entry in folder.iterdir():
        rel = prefix + entry.name
        if entry.is_dir() and not entry.is_symlink():
            if not _only_ours(entry, rel + "/", ours):
                return False
        elif rel not in ours:
            return False
    return True


def _plan_carry(folder: Path, prefix: str, ours: set[str], new: set[str], new_dirs: set[str],
                ours_dirs: set[str], moves: list[tuple[str, bool]]) -> None:
    """List what the tool did not write (``rel``, is it a whole folder) to carry into the new site.

    Raises:
        BuildError: when a file the tool did not write stands where the new site needs to write.
    """
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        rel = prefix + entry.name
        if entry.is_dir() and not entry.is_symlink():
            if rel in new:
                if not _only_ours(entry, rel + "/", ours):
                    raise BuildError(_conflict(folder / entry.name))
                continue
            if rel not in new_dirs and rel not in ours_dirs:
                moves.append((rel, True))
                continue
            _plan_carry(entry, rel + "/", ours, new, new_dirs, ours_dirs, moves)
        elif rel in ours:
            continue  # ours: replaced by the new site
        elif rel in new or rel in new_dirs:
            raise BuildError(_conflict(folder / entry.name))
        else:
            moves.append((rel, False))


def _conflict(path: Path) -> str:
    return (f"{path} was not written by timeline (it is not listed in {MANIFEST}) and the new site needs that path; "
            "move it away (or delete it) and build again")


def write_site(pages: Mapping[str, str | bytes], out: Path) -> None:
    """Write ``pages`` (relative posix path -> content) as the new content of ``out``, atomically.

    The pages go into a temporary folder beside ``out``; what the tool did not write (``.git``,
    ``CNAME``, a user's files: anything not in the old manifest) is moved across, then the
    folders are swapped. Any failure before the swap moves everything back and leaves ``out``
    as it was. A file the tool did not write where a new page must go stops the build
    (BuildError) before anything is touched. A symbolic link ``out`` is followed; symbolic
    links inside ``out`` are carried over as links, never followed.

    Raises:
        BuildError: for unsafe page names and conflicts with files the tool did not write.
    """
    names = sorted(pages)
    rels = {name: safe_relpath(name) for name in names}
    out = _real_out(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with _locked(out.parent):
        exists = out.exists()
        if exists and (out.is_symlink() or not out.is_dir()):
            raise BuildError(f"output {out} exists and is not a folder")
        moves: list[tuple[str, bool]] = []
        if exists:
            ours = _old_manifest(out) | {MANIFEST}
            new = set(names) | {MANIFEST}
            _plan_carry(out, "", ours, new, _dirs_of(new), _dirs_of(ours), moves)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
        done: list[str] = []
        swapped = False
        try:
            mode = (out.stat().st_mode & 0o7777) if exists else (0o777 & ~_umask())
            os.chmod(tmp, mode)
            real_tmp = tmp.resolve()
            for name in names:
                target = tmp.joinpath(*rels[name].parts)
                if not target.resolve().is_relative_to(real_tmp):
                    raise BuildError(f"unsafe output path {name!r}")
                target.parent.mkdir(parents=True, exist_ok=True)
                content = pages[name]
                target.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
            (tmp / MANIFEST).write_text("".join(f"{n}\n" for n in names), encoding="utf-8")
            if not exists:
                os.replace(tmp, out)
                return
            for rel, _is_dir in moves:
                dst = tmp / rel
                dst.parent.mkdir(parents=True, exist_ok=True)
                os.replace(out / rel, dst)
                done.append(rel)
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            os.replace(out, old / "site")
            try:
                os.replace(tmp, out)
            except BaseException:
                os.replace(old / "site", out)
                raise
            swapped = True
            shutil.rmtree(old, ignore_errors=True)
        except BaseException:
            if not swapped:
                for rel in reversed(done):  # give the user's files back before removing the temp folder
                    with contextlib.suppress(OSError):
                        os.replace(tmp / rel, out / rel)
                shutil.rmtree(tmp, ignore_errors=True)
            raise


def write_changed(pages: Mapping[str, str | bytes], out: Path, same: "Collection[str]" = ()) -> tuple[int, int]:
    """Update an existing site in place: write only pages whose bytes changed, remove stale ones.

    For rebuilds (``timeline serve``, a one-article edit): each changed file is replaced
    atomically (temporary file + ``os.replace``), pages listed in the old manifest but no
    longer produced are removed, and files the tool never wrote are left alone. Falls back
    to ``write_site`` when ``out`` has no manifest yet.

    ``same`` names pages the caller knows are byte-identical to what the previous build wrote
    (by a hash it kept): those are not read back, only checked to exist with the same size.

    Returns:
        (files written, stale files removed).
    """
    out = out.absolute()
    same = frozenset(same)
    if not (out / MANIFEST).is_file():
        write_site(pages, out)
        return len(pages), 0
    real = _real_out(out)
    with _locked(real.parent):
        return _write_changed(pages, real, same)


def _write_changed(pages: Mapping[str, str | bytes], out: Path, same: frozenset[str] = frozenset()) -> tuple[int, int]:
    root = out.resolve()
    ours = _old_manifest(out)
    targets: list[tuple[str, Path]] = []
    clear: list[Path] = []
    for name in sorted(pages):
        rel = safe_relpath(name)
        target = out.joinpath(*rel.parts)
        if not target.parent.resolve().is_relative_to(root):
            raise BuildError(f"unsafe output path {name!r}")
        # A file where the new site needs a folder: an old page of ours goes, anything else stops the build.
        for parent in list(rel.parents)[-2::-1]:
            there = out.joinpath(*parent.parts)
            if there.is_symlink() or not there.exists() or there.is_dir():
                continue
            if parent.as_posix() not in ours:
                raise BuildError(_conflict(there))
            clear.append(there)
        if target.is_dir() and not target.is_symlink():
            # A folder where the new site writes a page: only a folder of our old pages may go.
            if not _only_ours(target, name + "/", ours):
                raise BuildError(_conflict(target))
            clear.append(target)
        elif name not in ours and (target.exists() or target.is_symlink()):
            raise BuildError(_conflict(target))  # never overwrite a file the tool did not write
        targets.append((name, target))  # encoded one at a time below: memory stays one page, not a site
    # Claim the new pages in the manifest first, so that a build stopped half-way still owns them.
    _write_manifest(out, sorted(ours | set(pages) | {MANIFEST}) if set(pages) - ours else None)
    for there in dict.fromkeys(clear):  # old pages of ours standing where the new site needs room
        if there.is_dir() and not there.is_symlink():
            shutil.rmtree(there)
        elif there.exists():
            there.unlink()
    file_mode = 0o666 & ~_umask()
    written = 0
    for name, target in targets:
        content = pages[name]
        data = content.encode("utf-8") if isinstance(content, str) else content
        try:
            if target.is_file() and not target.is_symlink() and target.stat().st_size == len(data) and (
                    name in same or target.read_bytes() == data):
                continue
        except OSError:
            pass
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, file_mode)  # mkstemp makes 0600 files; pages must be readable by the web server
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
        if not stale.parent.resolve().is_relative_to(root):
            continue  # a folder of the site was replaced by a link elsewhere: never delete there
        if stale.is_file() or stale.is_symlink():
            with contextlib.suppress(OSError):
                stale.unlink()
                removed += 1
                parent = stale.parent
                while parent != out and parent.is_relative_to(out) and not any(parent.iterdir()):
                    parent.rmdir()
                    parent = parent.parent
    _write_manifest(out, sorted(pages))
    return written, removed


def _write_manifest(out: Path, names: list[str] | None) -> None:
    if names is None:
        return
    manifest = "".join(f"{n}\n" for n in names if n != MANIFEST)
    try:
        if (out / MANIFEST).read_text(encoding="utf-8") == manifest:
            return
    except OSError:
        pass
    (out / (MANIFEST + ".tmp")).write_text(manifest, encoding="utf-8")
    os.replace(out / (MANIFEST + ".tmp"), out / MANIFEST)
