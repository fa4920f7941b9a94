"""Output safety of write.py (issue 7): refused folders, manifest, carry-over, atomic swap, links."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from timeline.errors import BuildError
from timeline.write import MANIFEST, check_out_dir, safe_relpath, write_changed, write_site

PAGES = {"index.html": "<p>one</p>", "articles/a.html": "A", ".nojekyll": ""}


def tree(folder: Path) -> dict[str, bytes | str]:
    """Every entry under ``folder``: file bytes, or ``-> target`` for links."""
    out: dict[str, bytes | str] = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if p.is_symlink():
            out[rel] = "-> " + os.readlink(p)
        elif p.is_file():
            out[rel] = p.read_bytes()
    return out


def test_first_build_and_manifest(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site(PAGES, out)
    assert (out / "index.html").read_text() == "<p>one</p>"
    assert (out / MANIFEST).read_text().splitlines() == sorted(PAGES)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site.")]  # no temp folders left


def test_site_folder_is_world_readable_like_a_normal_folder(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site(PAGES, out)
    mode = stat.S_IMODE(out.stat().st_mode)
    assert mode & 0o055 == 0o055 & ~_umask()  # not mkdtemp's 0700
    write_changed({**PAGES, "index.html": "<p>two</p>"}, out)
    assert stat.S_IMODE((out / "index.html").stat().st_mode) & 0o044 == 0o044 & ~_umask()


def _umask() -> int:
    m = os.umask(0o022)
    os.umask(m)
    return m


def test_git_cname_and_user_files_kept_stale_pages_removed(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site({**PAGES, "old.html": "old", "articles/gone.html": "g"}, out)
    (out / ".git").mkdir()
    (out / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n")
    (out / "CNAME").write_text("timeline.example.org\n")
    (out / "articles" / "mine.txt").write_text("user note")
    (out / "own").mkdir()
    (out / "own" / "x.css").write_text("x")
    write_site(PAGES, out)
    t = tree(out)
    assert t[".git/HEAD"] == b"ref: refs/heads/gh-pages\n" and t["CNAME"] == b"timeline.example.org\n"
    assert t["articles/mine.txt"] == b"user note" and t["own/x.css"] == b"x"
    assert "old.html" not in t and "articles/gone.html" not in t


def test_user_file_where_a_page_goes_stops_the_build_and_changes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("my own page")
    (out / "CNAME").write_text("c")
    before = tree(out)
    with pytest.raises(BuildError, match="not written by timeline"):
        write_site(PAGES, out)
    assert tree(out) == before
    # The same with a file where the site needs a folder, and in the incremental writer.
    write_site({"index.html": "x"}, tmp_path / "s2")
    (tmp_path / "s2" / "articles").write_text("a file, not a folder")
    before = tree(tmp_path / "s2")
    with pytest.raises(BuildError, match="not written by timeline"):
        write_site(PAGES, tmp_path / "s2")
    assert tree(tmp_path / "s2") == before
    write_site({"index.html": "x"}, tmp_path / "s3")
    (tmp_path / "s3" / "about.html").write_text("mine")
    with pytest.raises(BuildError, match="not written by timeline"):
        write_changed({"index.html": "x", "about.html": "ours"}, tmp_path / "s3")
    assert (tmp_path / "s3" / "about.html").read_text() == "mine"


def test_failed_write_leaves_previous_site_and_user_files_intact(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "site"
    write_site(PAGES, out)
    (out / "CNAME").write_text("c")
    (out / "keep").mkdir()
    (out / "keep" / "k.txt").write_text("k")
    before = tree(out)
    real_replace = os.replace
    calls = {"n": 0}

    def failing_replace(a, b):  # fail on the swap, after the user's files were moved across
        calls["n"] += 1
        if Path(a) == out:
            raise OSError("disk on fire")
        return real_replace(a, b)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        write_site({**PAGES, "index.html": "new"}, out)
    monkeypatch.setattr(os, "replace", real_replace)
    assert calls["n"] >= 3
    assert tree(out) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site.tmp")]


def test_unsafe_page_name_fails_before_anything_is_written(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site(PAGES, out)
    before = tree(out)
    for bad in ("../escape.html", "/etc/passwd", "a/../../b", "nul.html", "a\x00b", "x\\y", "c:evil", MANIFEST):
        with pytest.raises(BuildError, match="unsafe output path"):
            write_site({**PAGES, bad: "x"}, out)
        with pytest.raises(BuildError, match="unsafe output path"):
            write_changed({**PAGES, bad: "x"}, out)
    assert tree(out) == before
    assert not (tmp_path / "escape.html").exists() and not (tmp_path / "b").exists()


@pytest.mark.parametrize("name", ["index.html", "articles/x-1.html", ".nojekyll", "tags/india.html", "events/2025-05-01-abc.html"])
def test_safe_names_accepted(name: str) -> None:
    assert safe_relpath(name).as_posix() == name


def test_symlink_inside_out_is_carried_as_a_link_and_never_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "precious.txt").write_text("precious")
    out = tmp_path / "site"
    write_site({**PAGES, "articles/old.html": "o"}, out)
    (out / "link").symlink_to(outside, target_is_directory=True)
    (out / "articles" / "link.html").symlink_to(outside / "precious.txt")
    write_site(PAGES, out)
    assert (out / "link").is_symlink() and (outside / "precious.txt").read_text() == "precious"
    assert (out / "articles" / "link.html").is_symlink()
    # A site folder replaced by a link elsewhere is never written through nor cleaned through.
    write_site({**PAGES, "tags/t.html": "t"}, out)
    import shutil

    shutil.rmtree(out / "tags")
    (outside / "t.html").write_text("not ours")
    (out / "tags").symlink_to(outside, target_is_directory=True)
    with pytest.raises(BuildError):
        write_changed({**PAGES, "tags/t.html": "t2"}, out)
    write_changed(PAGES, out)  # "tags/t.html" is stale, but it lies behind the link
    assert (outside / "t.html").read_text() == "not ours"
    assert tree(outside) == {"precious.txt": b"precious", "t.html": b"not ours"}


def test_out_as_a_symlink_is_followed(tmp_path: Path) -> None:
    real = tmp_path / "real-site"
    real.mkdir()
    (real / "CNAME").write_text("c")
    link = tmp_path / "site"
    link.symlink_to(real, target_is_directory=True)
    write_site(PAGES, link)
    assert link.is_symlink() and (real / "index.html").read_text() == "<p>one</p>"
    assert (real / "CNAME").read_text() == "c"
    dangling = tmp_path / "dangling"
    dangling.symlink_to(tmp_path / "nowhere", target_is_directory=True)
    with pytest.raises(BuildError, match="symbolic link"):
        write_site(PAGES, dangling)
    with pytest.raises(BuildError, match="symbolic link"):
        check_out_dir(dangling, tmp_path / "src", tmp_path / "proj")


def test_concurrent_builds_do_not_lose_files(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site(PAGES, out)
    (out / "CNAME").write_text("c")
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            for _ in range(5):
                write_site({**PAGES, "index.html": f"build {i}"}, out)
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert (out / "CNAME").read_text() == "c"
    assert (out / "index.html").read_text().startswith("build ")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site.")]


@pytest.mark.parametrize("case", ["source", "parent", "root", "home", "inside", "fs-root", "root-parent", "file"])
def test_dangerous_output_folders_refused(tmp_path: Path, monkeypatch, case: str) -> None:
    proj = tmp_path / "proj"
    src = proj / "seeds"
    src.mkdir(parents=True)
    (src / "a.md").write_text("x")
    (proj / "notes.txt").write_text("n")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    out = {"source": src, "parent": proj, "root": proj, "home": tmp_path / "home", "inside": src / "site",
           "fs-root": Path("/"), "root-parent": tmp_path, "file": proj / "notes.txt"}[case]
    with pytest.raises(BuildError, match="refusing|not a folder"):
        check_out_dir(out, src, proj if case != "home" else tmp_path / "other")


def test_sibling_output_folder_allowed(tmp_path: Path) -> None:
    proj = tmp_path / "proj"
    (proj / "seeds").mkdir(parents=True)
    check_out_dir(proj / "site", proj / "seeds", proj)


def test_large_text_is_written_in_pieces_with_the_same_bytes_and_hash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import timeline.write as w

    monkeypatch.setattr(w, "_ENCODE_CHUNK", 7)  # pieces end inside multi-byte characters' runs
    text = "é€😀a" * 50 + "ü"
    done = w.write_site({"big.json": text, "small.txt": "x", "raw.bin": b"\x00\xff"}, tmp_path / "site")
    assert (tmp_path / "site" / "big.json").read_bytes() == text.encode("utf-8")
    assert done.hashes["big.json"] == w.page_hash(text.encode("utf-8"))
    assert done.sizes["big.json"] == len(text.encode("utf-8"))
    assert (tmp_path / "site" / "raw.bin").read_bytes() == b"\x00\xff"


NAMES = ("index.html", "page-2.html", "events/2025-05-01-abc.html", "tags/x-1f3a9c2d.2.html", "a/b/c.txt", ".nojekyll",
         "search-index-3.js", "con.html", "tags/con", "tags/Nul.txt", "lpt1", "com0.x", "console.html", "a.", "a/b.",
         "a..b", "a/./b", "a/../b", "..", ".", "", "/a", "a//b", "a/", "a b", "a /b", "tags/a\x01", "a\x7f", "x\\y", "c:d",
         "é.html", "tags/東京.html", "x" * 255, "x" * 256, "d/" + "y" * 255, "d/" + "é" * 128, MANIFEST, MANIFEST + ".tmp",
         "_x.html", "-x.html", "a\n", "a\nb", "aux.", "prn.a.b", "CON", "com", "conx/a", "a/Aux/b", "\u212aelvin")


@pytest.mark.parametrize("name", NAMES)
def test_cheap_name_check_agrees_with_the_full_one(name: str) -> None:
    from timeline.write import _check_name_fully, check_name

    try:
        _check_name_fully(name)
        full = True
    except BuildError:
        full = False
    try:
        check_name(name)
        cheap = True
    except BuildError:
        cheap = False
    assert cheap == full
    expected = name in {"index.html", "page-2.html", "events/2025-05-01-abc.html", "tags/x-1f3a9c2d.2.html", "a/b/c.txt",
                        ".nojekyll", "search-index-3.js", "console.html", "a..b", "a b", "é.html", "tags/東京.html",
                        "x" * 255, "d/" + "y" * 255, "_x.html", "-x.html", "com", "conx/a", "\u212aelvin"}
    assert full == expected, name


def test_an_unchanged_page_behind_a_link_out_of_the_site_is_refused(tmp_path: Path) -> None:
    """A page whose bytes did not change is still refused when its folder became a link out of
    the site: it is not read through the link, nor kept in the manifest (a later build would
    clean it through the link)."""
    import shutil

    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "site"
    write_site({**PAGES, "tags/t.html": "t"}, out)
    shutil.rmtree(out / "tags")
    (outside / "t.html").write_text("t")  # the very bytes the page would have
    (out / "tags").symlink_to(outside, target_is_directory=True)
    with pytest.raises(BuildError, match="unsafe output path 'tags/t.html'"):
        write_changed({**PAGES, "tags/t.html": "t"}, out)
    assert "tags/t.html" in (out / ".timeline-manifest").read_text().splitlines()  # the old manifest, untouched
    assert tree(outside) == {"t.html": b"t"}
