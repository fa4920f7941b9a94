"""The extraction cache: one pickle per article, keyed by content hash and engine version.

An entry's key is the SHA-256 of (engine fingerprint, settings salt, the file's path as shown,
the file's bytes). The engine fingerprint is the package version plus a hash of the source of
every module that can change what an article's analysis is (the tagger, the event stage, the
reader, the model...), so editing the tagger invalidates every entry without a version bump.

Entries live in ``<cache_dir>/<fingerprint>/<2 hex>/<key>.pickle``; folders of older
fingerprints are removed when a cache is opened, so the cache never grows without bound.
A corrupt or unreadable entry is a miss, never an error.
"""

from __future__ import annotations

import copyreg
import functools
import hashlib
import importlib.metadata
import os
import pickle
import shutil
import tempfile
from pathlib import Path
from types import MappingProxyType
from typing import Any

from . import __version__

#: Modules (relative to the package) that cannot change a per-article analysis.
NOT_ENGINE = frozenset({
    "__init__.py", "__main__.py", "cli.py", "config.py", "cache.py", "executor.py", "progress.py",
    "scaffold.py", "serve.py", "check.py", "deploy.py", "render.py", "write.py", "export.py",
    "order.py", "errors.py",
})
_SKIP_DIRS = frozenset({"templates", "_scaffold", "__pycache__"})
FORMAT = "1"


def _make_mappingproxy(d: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(d)


def _reduce_mappingproxy(mp: MappingProxyType[Any, Any]) -> tuple[Any, ...]:
    return _make_mappingproxy, (dict(mp),)


# The model freezes mappings in MappingProxyType, which pickle refuses; teach it (this also
# serves the process pool and Dask, which pickle analyses to send them between processes).
copyreg.pickle(MappingProxyType, _reduce_mappingproxy)


#: Libraries whose version is part of the engine fingerprint.
ENGINE_LIBRARIES = ("dateparser", "wordfreq")


@functools.lru_cache(maxsize=1)
def engine_fingerprint() -> str:
    """The package version, the versions of the libraries whose answers shape the results
    (dateparser's parses, wordfreq's table: :mod:`timeline.story`) and a hash of every source
    file that shapes an article's analysis."""
    pkg = Path(__file__).resolve().parent
    h = hashlib.sha256(f"timeline {__version__} format {FORMAT}\n".encode())
    for dist in ENGINE_LIBRARIES:
        try:
            h.update(f"{dist} {importlib.metadata.version(dist)}\n".encode())
        except importlib.metadata.PackageNotFoundError:
            h.update(f"{dist} -\n".encode())
    for p in sorted(pkg.rglob("*")):
        rel = p.relative_to(pkg)
        if not p.is_file() or any(part in _SKIP_DIRS for part in rel.parts):
            continue
        if len(rel.parts) == 1 and rel.name in NOT_ENGINE:
            continue
        if p.suffix in (".pyc", ".pyo"):
            continue
        h.update(rel.as_posix().encode() + b"\0")
        try:
            h.update(hashlib.sha256(p.read_bytes()).digest())
        except OSError:
            h.update(b"?")
    return h.hexdigest()[:20]


class AnalysisCache:
    """A folder of pickled per-article results."""

    def __init__(self, folder: Path, salt: str = "") -> None:
        self.root = Path(folder)
        self.fingerprint = engine_fingerprint()
        self.folder = self.root / self.fingerprint
        self.salt = salt
        self.hits = 0
        self.misses = 0
        self._prefix = hashlib.sha256(f"{self.fingerprint}\0{salt}\0".encode()).digest()
        self._pruned = False

    def key(self, display: str, data: bytes) -> str:
        """The cache key of a file's bytes read from ``display``."""
        h = hashlib.sha256(self._prefix)
        h.update(display.encode("utf-8", "surrogatepass") + b"\0")
        h.update(data)
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Any | None:
        """The stored value, or None on a miss (a corrupt entry is a miss)."""
        try:
            with open(self._path(key), "rb") as fh:
                value = pickle.load(fh)
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception:  # noqa: BLE001 - a damaged entry is just a miss
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value: Any) -> None:
        """Store ``value`` (atomically; failures to write are ignored: the cache is optional)."""
        self._prune_old()
        target = self._path(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
            try:
                with os.fdopen(fd, "wb") as fh:
                    pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, target)
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
        except (OSError, pickle.PicklingError, TypeError, AttributeError):
            pass

    def _prune_old(self) -> None:
        """Remove the folders of other engine fingerprints (once per cache object)."""
        if self._pruned:
            return
        self._pruned = True
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            tag = self.root / "CACHEDIR.TAG"
            if not tag.exists():
                tag.write_text("Signature: 8a477f597d28d172789f06886806bc55\n"
                               "# This folder is the timeline extraction cache; it can be deleted.\n", encoding="utf-8")
            for entry in self.root.iterdir():
                if entry.is_dir() and entry.name != self.fingerprint and len(entry.name) == len(self.fingerprint):
                    shutil.rmtree(entry, ignore_errors=True)
        except OSError:
            pass

    def clear(self) -> None:
        """Remove every entry."""
        shutil.rmtree(self.root, ignore_errors=True)
