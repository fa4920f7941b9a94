"""update_site with large texts: hashed, compared and kept a share at a time (write._ENCODE_CHUNK)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def _tmp_files(site: Path) -> list[str]:
    return sorted(p.name for p in site.rglob(".tmp-*"))


def test_a_large_changed_page_is_replaced_with_its_bytes_and_hash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import timeline.write as w

    monkeypatch.setattr(w, "_ENCODE_CHUNK", 7)  # pieces end inside multi-byte characters' runs
    site = tmp_path / "site"
    old = "é€😀a" * 50 + "ü"
    first = w.write_site({"big.json": old, "sub/big.txt": old, "small.txt": "x"}, site)
    new = "é€😀b" * 50 + "ü"  # same size, other bytes
    done = w.update_site({"big.json": new, "sub/big.txt": new, "small.txt": "x"}, site,
                         previous={n: (first.hashes[n], first.sizes[n]) for n in first.names})
    assert (site / "big.json").read_bytes() == new.encode("utf-8")
    assert (site / "sub" / "big.txt").read_bytes() == new.encode("utf-8")
    assert done.hashes["big.json"] == w.page_hash(new.encode("utf-8"))
    assert done.sizes["big.json"] == len(new.encode("utf-8"))
    assert (done.written, done.removed) == (2, 0)
    assert _tmp_files(site) == []
    assert (site / "big.json").stat().st_mode & 0o777 == (site / "small.txt").stat().st_mode & 0o777


def test_a_large_page_equal_to_the_file_is_not_rewritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import timeline.write as w

    monkeypatch.setattr(w, "_ENCODE_CHUNK", 7)
    site = tmp_path / "site"
    text = "é€😀a" * 50
    w.write_site({"big.json": text}, site)
    before = (site / "big.json").stat().st_ino
    done = w.update_site({"big.json": text}, site)  # no previous hashes: compared with the file, a share at a time
    assert (done.written, (site / "big.json").stat().st_ino) == (0, before)
    other = "é€😀a" * 49 + "é€😀b"
    done = w.update_site({"big.json": other}, site)
    assert done.written == 1 and (site / "big.json").read_text(encoding="utf-8") == other


def test_a_build_stopped_after_a_large_page_leaves_the_site_and_no_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import timeline.write as w

    monkeypatch.setattr(w, "_ENCODE_CHUNK", 7)
    site = tmp_path / "site"
    w.write_site({"big.json": "a" * 100, "index.html": "i"}, site)

    def pages():
        yield "big.json", "b" * 100
        raise RuntimeError("render failed")

    with pytest.raises(RuntimeError):
        w.update_site(pages(), site)
    assert (site / "big.json").read_text(encoding="utf-8") == "a" * 100
    assert _tmp_files(site) == []
    assert sorted(os.listdir(site)) == sorted(["big.json", "index.html", w.MANIFEST])
