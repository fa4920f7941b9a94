"""Stage 7: write the rendered site (the only stage that writes files).

The site is written into a temporary folder beside the output folder, then swapped in,
so a failed build leaves the previous site intact. Only files the tool wrote (listed in
``.timeline-manifest``) are ever removed: anything else in the output folder (``.git``,
``CNAME``, a user's own files) is carried over.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Callable, Collection, Iterable, Iterator, Mapping, Sequence

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
    check_name(name)
    return PurePosixPath(name)


#: Names made only of parts ``[A-Za-z0-9_]`` then ``[A-Za-z0-9_.-]``, none ending in a dot, none
#: a reserved name (before its first dot), at most 255 characters each (ASCII: as many bytes):
#: every page name this tool makes. Such a name has no empty, ``.`` or ``..`` part, no leading
#: ``/``, no backslash, colon, space or control character and is not the manifest's.
_PART = r"(?!(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:[./]|\Z))[A-Za-z0-9_][A-Za-z0-9_.-]{0,254}(?<!\.)"
_PLAIN_NAME = re.compile(f"{_PART}(?:/{_PART})*", re.ASCII | re.IGNORECASE)


def check_name(name: str) -> None:
    """:func:`safe_relpath` without making the path: the same checks, one regular expression
    for the names this tool makes.

    Raises:
        BuildError: as safe_relpath.
    """
    if _PLAIN_NAME.fullmatch(name) is None:
        _check_name_fully(name)


def _check_name_fully(name: str) -> None:
    p = PurePosixPath(name)
    if (not name or p.is_absolute() or "\\" in name or ":" in name or any(ord(c) < 32 or ord(c) == 127 for c in name)
            or name == MANIFEST or name.startswith(MANIFEST + ".")):
        raise BuildError(f"unsafe output path {name!r}")
    for part in name.split("/"):
        if (part in ("", ".", "..") or part.split(".")[0].strip().lower() in _RESERVED or part.endswith((".", " "))
                or len(part.encode("utf-8", "surrogatepass")) > 255):
            raise BuildError(f"unsafe output path {name!r}")


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


@dataclass(slots=True)
class Written:
    """What a write did: every page name (sorted), the hash and size of every page, and counts."""

    names: list[str]
    hashes: dict[str, bytes]
    sizes: dict[str, int]
    written: int = 0
    removed: int = 0

    @property
    def largest(self) -> int:
        return max(self.sizes.values(), default=0)


def page_hash(data: bytes) -> bytes:
    """The 16-byte hash a build keeps of every page it wrote: the first 16 bytes of its SHA-256
    (with the CPU's SHA instructions, 2-3 times as fast as BLAKE2b on pages and exports)."""
    return hashlib.sha256(data).digest()[:16]


def _pairs(pages: "Mapping[str, str | bytes] | Iterable[tuple[str, str | bytes]]") -> Iterable[tuple[str, str | bytes]]:
    return pages.items() if isinstance(pages, Mapping) else pages  # type: ignore[union-attr]


def write_site(pages: "Mapping[str, str | bytes] | Iterable[tuple[str, str | bytes]]", out: Path) -> Written:
    """Write ``pages`` (relative posix path -> content, or a stream of such pairs) as the new
    content of ``out``, atomically.

    The pages go into a temporary folder beside ``out`` as they arrive (a stream is consumed
    one page at a time, each hashed on the way); what the tool did not write (``.git``,
    ``CNAME``, a user's files: anything not in the old manifest) is then moved across and the
    folders are swapped. Any failure before the swap moves everything back and leaves ``out``
    as it was. A file the tool did not write where a new page must go stops the build
    (BuildError) before ``out`` is touched. A symbolic link ``out`` is followed; symbolic
    links inside ``out`` are carried over as links, never followed.

    Raises:
        BuildError: for unsafe or duplicate page names and conflicts with files the tool did not write.
    """
    return _swap_in(out, lambda base: _write_tree(_pairs(pages), base))


def write_plan(plan: "Sequence[tuple[str, Callable[[], str | bytes]]]", out: Path, *, jobs: int = 1,
               side: "dict[str, Any] | None" = None,
               keep: "tuple[Callable[[], Any], Callable[[Any], None]] | None" = None) -> Written:
    """:func:`write_site` for pages given as ``(name, make)``, made and written by ``jobs`` processes.

    Page ``i`` goes to process ``i % jobs``: this one and ``jobs - 1`` forked copies of it
    (which inherit everything ``make`` needs), each writing its own files into the temporary
    folder. Each sends back the hashes and sizes of its pages and the entries of ``side`` (a
    dict that ``make`` fills, such as the render's page digests) for its pages. ``keep``, a pair
    ``(collect, absorb)``, carries back anything else the pages made: each copy sends
    ``collect()`` after its last page and this process calls ``absorb`` with it (the render's
    kept fragments: see build). The files are the same whatever ``jobs`` is. Without
    ``os.fork`` or with one job, everything runs here.

    Raises:
        BuildError: as write_site; an exception in a forked process is raised here.
    """
    if jobs <= 1 or not hasattr(os, "fork"):
        return write_site(((name, make()) for name, make in plan), out)
    return _swap_in(out, lambda base: _write_forked(plan, base, jobs, side, keep))


def _swap_in(out: Path, fill: "Callable[[str], Written]") -> Written:
    """Fill a temporary folder beside ``out`` (``fill(path)``), carry the user's files over, swap."""
    out = _real_out(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with _locked(out.parent):
        exists = out.exists()
        if exists and (out.is_symlink() or not out.is_dir()):
            raise BuildError(f"output {out} exists and is not a folder")
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
        done: list[str] = []
        swapped = False
        try:
            mode = (out.stat().st_mode & 0o7777) if exists else (0o777 & ~_umask())
            os.chmod(tmp, mode)
            result = fill(str(tmp))
            names = result.names
            with open(tmp / MANIFEST, "w", encoding="utf-8") as fh:
                fh.write("".join(f"{n}\n" for n in names))
            result.written = len(names)
            if not exists:
                os.replace(tmp, out)
                return result
            moves: list[tuple[str, bool]] = []
            ours = _old_manifest(out) | {MANIFEST}
            new = set(names) | {MANIFEST}
            _plan_carry(out, "", ours, new, _dirs_of(new), _dirs_of(ours), moves)
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
            return result
        except BaseException:
            if not swapped:
                for rel in reversed(done):  # give the user's files back before removing the temp folder
                    with contextlib.suppress(OSError):
                        os.replace(tmp / rel, out / rel)
                shutil.rmtree(tmp, ignore_errors=True)
            raise


_FLAGS = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
          | getattr(os, "O_BINARY", 0))


def _write_tree(pages: Iterable[tuple[str, str | bytes]], base: str) -> Written:
    """Write every page into the fresh folder ``base`` (which only this build writes into).

    The cheapest safe calls: names are checked by :func:`safe_relpath` (no ``..``, no absolute
    path), each folder is created once by ``mkdir`` (which never follows a link), each file by
    ``os.open`` with ``O_EXCL | O_NOFOLLOW`` (never an existing file, never through a link).
    In this thread: a writer thread is slower (it waits for the GIL after every system call
    while pages are being made).
    """
    hashes: dict[str, bytes] = {}
    sizes: dict[str, int] = {}
    made = {""}
    sha256 = hashlib.sha256
    for name, content in pages:
        if name in sizes:
            raise BuildError(f"duplicate output path {name!r}")
        check_name(name)
        if content is None:
            raise BuildError(f"page {name!r} has no content (a kept page needs the previous site)")
        folder = name.rpartition("/")[0]
        if folder not in made:
            _make_dirs(base, folder, made, name)
        try:
            fd = os.open(f"{base}/{name}", _FLAGS, 0o666)
        except (FileExistsError, IsADirectoryError, NotADirectoryError) as err:
            raise BuildError(f"output path {name!r} collides with another page's folder") from err
        h = sha256()  # page_hash, streamed
        size = 0
        try:
            for data in _encoded(content):
                h.update(data)
                size += len(data)
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
        finally:
            os.close(fd)
        hashes[name] = h.digest()[:16]
        sizes[name] = size
        del content, data, view  # not held while the next page is made (an export is ~100 MB at 10,000 articles)
    return Written(sorted(sizes), hashes, sizes)


def _write_forked(plan: "Sequence[tuple[str, Callable[[], str | bytes]]]", base: str, jobs: int,
                  side: "dict[str, Any] | None",
                  keep: "tuple[Callable[[], Any], Callable[[Any], None]] | None" = None) -> Written:
    """Pages made by ``jobs`` forked copies, written here as they arrive.

    One process writes every file: creating files in one folder does not go faster from
    several processes (the file system serialises it), while making pages does. Each copy
    sends its pages through a pipe (``name length, data length, name, data``), then an empty
    name and either ``K`` + its entries of ``side`` (and ``collect()`` of ``keep``) or ``E`` +
    the exception it met.
    """
    import signal
    import struct

    seen: set[str] = set()
    for name, _make in plan:  # every name checked before any page is made
        if name in seen:
            raise BuildError(f"duplicate output path {name!r}")
        seen.add(name)
        check_name(name)
    head = struct.Struct("!II")
    children: dict[int, int] = {}  # read end -> pid
    try:
        for k in range(jobs):
            r, w = os.pipe()
            pid = os.fork()
            if pid == 0:  # pragma: no cover - the forked copy (coverage does not follow it)
                try:
                    os.close(r)
                    for other in children:
                        os.close(other)
                    _make_share(plan[k::jobs], w, head, side, keep[0] if keep else None)
                finally:
                    os._exit(0)
            os.close(w)
            children[r] = pid
        failure: list[BaseException] = []
        result = _write_tree(_received(children, head, side, failure, keep[1] if keep else None), base)
        if failure:
            raise failure[0]
        if len(result.names) != len(plan):
            raise BuildError("a page writer process stopped before making all its pages")
        return result
    finally:
        for r, pid in children.items():  # stopped early: end the copies this build started
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGTERM)
        for r, pid in children.items():
            with contextlib.suppress(OSError):
                os.waitpid(pid, 0)
            with contextlib.suppress(OSError):
                os.close(r)
        children.clear()


def _make_share(share: "Sequence[tuple[str, Callable[[], str | bytes]]]", w: int, head: Any,
                side: "dict[str, Any] | None",
                collect: "Callable[[], Any] | None" = None) -> None:  # pragma: no cover - runs in a forked copy
    import pickle

    def send(data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(w, view):]

    try:
        for name, make in share:
            content = make()
            data = content.encode("utf-8") if isinstance(content, str) else content
            if data is None:
                raise BuildError(f"page {name!r} has no content (a kept page needs the previous site)")
            key = name.encode("utf-8", "surrogatepass")
            send(head.pack(len(key), len(data)) + key)
            send(data)
        mine = {n: side[n] for n, _ in share if n in side} if side is not None else {}
        end = b"K" + pickle.dumps((mine, collect() if collect is not None else None), protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException as err:  # noqa: BLE001 - sent to the parent, raised there
        try:
            end = b"E" + pickle.dumps(err)
        except Exception:  # noqa: BLE001
            end = b"E" + pickle.dumps(BuildError(f"making pages failed: {err!r}"))
    send(head.pack(0, len(end)) + end)
    os.close(w)


def _received(children: dict[int, int], head: Any, side: "dict[str, Any] | None",
              failure: list[BaseException], absorb: "Callable[[Any], None] | None" = None
              ) -> Iterator[tuple[str, bytes]]:
    """The pages the forked copies send, as they arrive; their side entries go into ``side``,
    what each collected to ``absorb``."""
    import pickle
    import selectors

    sel = selectors.DefaultSelector()
    buffers: dict[int, bytearray] = {}
    for r in children:
        sel.register(r, selectors.EVENT_READ)
        buffers[r] = bytearray()
    done: set[int] = set()
    size = head.size
    while len(done) < len(children):
        for key, _ in sel.select():
            r = key.fd
            chunk = os.read(r, 1 << 20)
            buf = buffers[r]
            if not chunk:
                sel.unregister(r)
                if r not in done:
                    done.add(r)
                    failure.append(BuildError("a page writer process died"))
                continue
            buf += chunk
            pos = 0
            while len(buf) - pos >= size:
                n_name, n_data = head.unpack_from(buf, pos)
                end = pos + size + n_name + n_data
                if len(buf) < end:
                    break
                with memoryview(buf) as view:  # one copy of the page, not two
                    name = bytes(view[pos + size:pos + size + n_name]).decode("utf-8", "surrogatepass")
                    data = bytes(view[pos + size + n_name:end])
                pos = end
                if n_name:
                    yield name, data
                elif data[:1] == b"K":
                    done.add(r)
                    mine, collected = pickle.loads(data[1:])
                    if side is not None:
                        side.update(mine)
                    if absorb is not None and collected is not None:
                        absorb(collected)
                else:
                    done.add(r)
                    failure.append(pickle.loads(data[1:]))
            del buf[:pos]
        if failure:
            return
    sel.close()


#: Characters encoded at a time when writing a large text (an export of a large timeline is
#: ~100 MB: encoded whole, its bytes would sit beside the text).
_ENCODE_CHUNK = 1 << 20


def _encoded(content: str | bytes) -> Iterator[bytes]:
    """``content`` as UTF-8 bytes, in pieces of at most ``_ENCODE_CHUNK`` characters for a large text."""
    if not isinstance(content, str):
        yield content
        return
    if len(content) <= _ENCODE_CHUNK:
        yield content.encode("utf-8")
        return
    for i in range(0, len(content), _ENCODE_CHUNK):
        yield content[i:i + _ENCODE_CHUNK].encode("utf-8")


def _make_dirs(base: str, folder: str, made: set[str], name: str) -> None:
    parts = folder.split("/")
    for i in range(1, len(parts) + 1):
        sub = "/".join(parts[:i])
        if sub in made:
            continue
        try:
            os.mkdir(f"{base}/{sub}")
        except FileExistsError as err:
            raise BuildError(f"output path {name!r} needs a folder where another page is a file") from err
        made.add(sub)


def write_changed(pages: "Mapping[str, str | bytes] | Iterable[tuple[str, str | bytes]]", out: Path,
                  same: "Collection[str]" = (), *, previous: "Mapping[str, tuple[bytes, int]] | None" = None
                  ) -> tuple[int, int]:
    """Update an existing site in place: write only pages whose bytes changed, remove stale ones.

    For rebuilds (``timeline serve``, a one-article edit): each changed file is replaced
    atomically (temporary file + ``os.replace``), pages listed in the old manifest but no
    longer produced are removed, and files the tool never wrote are left alone. Falls back
    to ``write_site`` when ``out`` has no manifest yet. See :func:`update_site`.

    Returns:
        (files written, stale files removed).
    """
    done = update_site(pages, out, same, previous=previous)
    return done.written, done.removed


def update_site(pages: "Mapping[str, str | bytes] | Iterable[tuple[str, str | bytes]]", out: Path,
                same: "Collection[str]" = (), *, previous: "Mapping[str, tuple[bytes, int]] | None" = None) -> Written:
    """:func:`write_changed`, returning what was written (names, hashes, sizes, counts).

    ``pages`` may be a stream of ``(name, content)``: a page whose bytes equal the file on disk
    is dropped as it arrives, so memory holds only the changed pages. ``same`` names pages the
    caller knows are byte-identical to what the previous build wrote; ``previous`` maps names
    to the (hash, size) of the previous build's pages: a page whose hash matches is not read
    back, only checked to exist with the same size. A page whose content is None is kept as
    the previous build wrote it (the renderer knew its inputs had not changed): the caller
    sends None only for pages of ``previous`` that :func:`intact` found on disk.
    """
    out = out.absolute()
    if not (out / MANIFEST).is_file():
        return write_site(pages, out)
    real = _real_out(out)
    with _locked(real.parent):
        return _write_changed(_pairs(pages), real, frozenset(same), previous or {})


def intact(out: Path, previous: "Mapping[str, tuple[bytes, int]]") -> set[str]:
    """The pages of ``previous`` (name -> hash, size) still in ``out`` as regular files of that size."""
    out = _real_out(out.absolute())
    base = str(out)
    names = set(_old_manifest(out))
    found: set[str] = set()
    for name, (_h, size) in previous.items():
        if name not in names:
            continue
        try:
            st = os.lstat(f"{base}/{name}")
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode) and st.st_size == size:
            found.add(name)
    return found


def _write_changed(pages: Iterable[tuple[str, str | bytes]], out: Path, same: frozenset[str] = frozenset(),
                   previous: "Mapping[str, tuple[bytes, int]]" = {}) -> Written:  # noqa: B006 - read only
    root = out.resolve()
    ours = _old_manifest(out)
    hashes: dict[str, bytes] = {}
    sizes: dict[str, int] = {}
    changed: dict[str, bytes] = {}
    base = str(out)
    inside: dict[str, bool] = {}  # folder -> whether it still resolves inside ``out`` (one resolve a folder)
    file_mode = 0o666 & ~_umask()
    # A large changed page at the top of the site (an export) waits in a temporary file beside its
    # target instead of in memory (name -> temp file), renamed over it once the checks below pass.
    spilled: dict[str, str] = {}

    def take(name: str, content: str | bytes | None) -> None:
        """Hash one page; keep it (in ``changed`` or ``spilled``) when its bytes differ from the file's."""
        if name in sizes:
            raise BuildError(f"duplicate output path {name!r}")
        check_name(name)
        folder = name.rpartition("/")[0]
        if folder not in inside:
            inside[folder] = not folder or (out / folder).resolve().is_relative_to(root)
        if not inside[folder]:
            # Checked before any page is read back or kept: a folder of the site that became a
            # link out of it must not be read through, listed in the manifest or written.
            raise BuildError(f"unsafe output path {name!r}")
        if content is None:
            hashes[name], sizes[name] = previous[name]
            return
        if isinstance(content, str) and len(content) > _ENCODE_CHUNK:
            # A large text is hashed (and compared, and kept) a share at a time: its bytes are
            # never held whole beside it (memory of a rebuild of 10,000 articles).
            data = None
            sha = hashlib.sha256()
            size = 0
            for part in _encoded(content):
                sha.update(part)
                size += len(part)
            h = sha.digest()[:16]
        else:
            data = content.encode("utf-8") if isinstance(content, str) else content
            h, size = page_hash(data), len(data)
        hashes[name], sizes[name] = h, size
        if name in ours:
            try:
                st = os.lstat(f"{base}/{name}")
                if stat.S_ISREG(st.st_mode) and st.st_size == size:
                    if name in same or previous.get(name, (b"",))[0] == h:
                        return
                    if _same_file(f"{base}/{name}", content if data is None else data):
                        return
            except OSError:
                pass
        if data is None and not folder:
            spilled[name] = _spill(content, base, file_mode)  # type: ignore[arg-type]
        else:
            # only the changed pages are held until the checks below pass
            changed[name] = content.encode("utf-8") if data is None else data  # type: ignore[union-attr]

    try:
        for name, content in pages:
            take(name, content)
            del content  # not held while the next page is made
        return _write_kept(out, root, ours, hashes, sizes, changed, spilled, file_mode)
    finally:
        for tmp in spilled.values():  # a build stopped before the renames leaves no temporary file
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _same_file(path: str, content: str | bytes) -> bool:
    """Whether the file at ``path`` (of the same size) holds ``content``'s UTF-8 bytes."""
    with open(path, "rb") as fh:
        for data in _encoded(content):
            if fh.read(len(data)) != data:
                return False
    return True


def _spill(content: str, folder: str, mode: int) -> str:
    """Write ``content`` (UTF-8, a share at a time) into a new temporary file in ``folder``; its path."""
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)  # mkstemp makes 0600 files; pages must be readable by the web server
        with os.fdopen(fd, "wb") as fh:
            for data in _encoded(content):
                fh.write(data)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


def _write_kept(out: Path, root: Path, ours: "set[str] | frozenset[str]", hashes: dict[str, bytes],
                sizes: dict[str, int], changed: dict[str, bytes], spilled: dict[str, str], file_mode: int) -> Written:
    """The checks and writes of :func:`_write_changed` once every page is known: ``changed`` pages
    (their bytes) and ``spilled`` ones (temporary files beside their targets) replace the files."""
    targets: list[tuple[str, Path]] = []
    clear: list[Path] = []
    for name in sorted(changed.keys() | spilled.keys()):
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
        targets.append((name, target))
    names = sorted(sizes)
    # Claim the new pages in the manifest first, so that a build stopped half-way still owns them.
    _write_manifest(out, sorted(ours | set(names) | {MANIFEST}) if set(names) - ours else None)
    for there in dict.fromkeys(clear):  # old pages of ours standing where the new site needs room
        if there.is_dir() and not there.is_symlink():
            shutil.rmtree(there)
        elif there.exists():
            there.unlink()
    written = 0
    for name, target in targets:
        if name in spilled:
            os.replace(spilled[name], target)
            del spilled[name]
            written += 1
            continue
        data = changed.pop(name)
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
    for name in sorted(_old_manifest(out) - set(sizes) - {MANIFEST}):
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
    _write_manifest(out, names)
    return Written(names, hashes, sizes, written, removed)


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
