"""Reader defences against hostile files (issue 7): bombs, depth, size, links out of the source."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from timeline import read
from timeline.build import extract
from timeline.cache import AnalysisCache
from timeline.curated import load
from timeline.errors import InputError
from timeline.read import article_files, read_article, read_articles

BOMB = "---\n" + "".join(
    f"{k}: &{k} [" + ",".join([f"*{p}"] * 9 if p else ['"lol"'] * 9) + "]\n"
    for k, p in zip("abcdefghi", [None, *"abcdefgh"])) + "title: *i\ntags: *i\n---\nBody.\n"


def test_billion_laughs_is_refused_at_once(tmp_path: Path) -> None:
    p = tmp_path / "bomb.md"
    p.write_text(BOMB, encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(InputError, match="aliases") as info:
        read_article(p)
    assert time.perf_counter() - started < 5
    assert info.value.line == 3  # the first alias


@pytest.mark.parametrize("front", ["title: " + "[" * 5000 + "]" * 5000, "title: " + "{a: " * 3000 + "1" + "}" * 3000])
def test_deeply_nested_front_matter_is_an_input_error(tmp_path: Path, front: str) -> None:
    p = tmp_path / "deep.md"
    p.write_text(f"---\n{front}\n---\nBody\n", encoding="utf-8")
    with pytest.raises(InputError, match="nested too deeply|not valid YAML"):
        read_article(p)


def test_deeply_nested_curated_files_are_input_errors(tmp_path: Path) -> None:
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "x.yaml").write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    (tmp_path / "events" / "y.json").write_text('{"events": ' + "[" * 5000 + "]" * 5000 + "}", encoding="utf-8")
    events, diags, failed = load(tmp_path)
    assert not events and failed == 2 and all("deeply" in d.message for d in diags)


def test_oversized_file_is_refused(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(read, "MAX_ARTICLE_BYTES", 1000)
    p = tmp_path / "huge.txt"
    p.write_text("Title\n" + "x" * 2000, encoding="utf-8")
    with pytest.raises(InputError, match="are not read"):
        read_article(p)


def test_links_out_of_the_source_folder_are_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret\nThe password is hunter2, set on 1 May 2025.\n", encoding="utf-8")
    src = tmp_path / "src"
    (src / "events").mkdir(parents=True)
    (src / "good.md").write_text("---\ntitle: Good\ndate: 2025-01-01\n---\nOn 2 January 2025 it rained.\n", encoding="utf-8")
    (src / "leak.txt").symlink_to(secret)
    (src / "alias.md").symlink_to(src / "good.md")  # a link inside the folder is fine
    (src / "events" / "leak.yaml").symlink_to(secret)
    (src / "corrections.yaml").symlink_to(secret)
    assert [p.name for p in article_files(src)] == ["alias.md", "good.md"]
    result = extract([src])
    assert "hunter2" not in repr(result.timeline)
    assert not load(src)[0]
    # The user is told which link was not read (a warning naming it), not left to wonder.
    expected = [(str(src / "leak.txt"), "warning", "a symbolic link out of the source folder is not read")]
    assert [(d.path, d.level, d.message) for d in read_articles([src])[1]] == expected
    assert [(d.path, d.level, d.message) for d in result.diagnostics if "symbolic" in d.message] == expected


def test_links_that_loop_or_lead_nowhere_are_named(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.md").write_text("---\ntitle: Good\ndate: 2025-01-01\n---\nOn 2 January 2025 it rained.\n", encoding="utf-8")
    (src / "self.md").symlink_to(src / "self.md")
    (src / "gone.md").symlink_to(src / "missing.md")
    articles, diagnostics, failed = read_articles([src])
    assert [a.id for a in articles] == ["good"] and failed == 0
    assert [(d.path, d.level, d.message) for d in diagnostics] == [
        (str(src / "gone.md"), "warning", "a symbolic link that loops or leads nowhere is not read"),
        (str(src / "self.md"), "warning", "a symbolic link that loops or leads nowhere is not read")]



@pytest.mark.parametrize(("data", "title"), [
    ("Café news\nOpened on 5 May 2025.\n".encode("utf-16"), "Café news"),
    (b"\xfe\xff" + "Café news\nOpened on 5 May 2025.\n".encode("utf-16-be"), "Café news"),
    ("Café news\nOpened on 5 May 2025.\n".encode("utf-32"), "Café news"),
])
def test_utf16_and_utf32_with_a_bom_are_read(tmp_path: Path, data: bytes, title: str) -> None:
    p = tmp_path / "wide.txt"
    p.write_bytes(data)
    res = read_article(p)
    assert res.article.title == title and "5 May 2025" in res.article.body
    assert not [w for w in res.warnings if "UTF" in w.message]


@pytest.mark.parametrize("data", [b"\xef\xbb\xbf", b"\xef\xbb\xbf \n\n", b"\xff\xfe", b"\xff\xfe\x00\xd8"])
def test_bom_only_or_broken_wide_files_are_input_errors(tmp_path: Path, data: bytes) -> None:
    p = tmp_path / "w.md"
    p.write_bytes(data)
    with pytest.raises(InputError, match="empty|not valid UTF-16"):
        read_article(p)


def test_resources_folder_of_a_saved_page_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "Story.html").write_text("<html><body><article><p>x</p></article></body></html>", encoding="utf-8")
    res = tmp_path / "Story_files"
    res.mkdir()
    (res / "ad-frame.html").write_text("<html><body><p>Sale until 31 March 2026!</p></body></html>", encoding="utf-8")
    (tmp_path / "Other-Dateien").mkdir()  # no Other.html beside it: an ordinary folder
    (tmp_path / "Other-Dateien" / "note.md").write_text("---\ndate: 2025-01-01\n---\nx\n", encoding="utf-8")
    (tmp_path / "Story2.htm").write_text("<html></html>", encoding="utf-8")
    (tmp_path / "Story2-Dateien").mkdir()
    (tmp_path / "Story2-Dateien" / "frame.htm").write_text("<html></html>", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in article_files(tmp_path)] == ["Other-Dateien/note.md", "Story.html",
                                                                                     "Story2.htm"]


def test_files_sharing_a_name_in_two_folders_are_told_apart_by_their_folders(tmp_path: Path) -> None:
    """Saved pages are often all "index.html": each keeps its article, under an id made of its
    path (the build's cached analyses get the same ids); a name used once keeps its stem."""
    src = tmp_path / "seeds"
    for folder, text in (("ferry", "The ferry sank on 1 March 2025."), ("bridge", "The bridge closed on 1 April 2025.")):
        (src / folder).mkdir(parents=True)
        (src / folder / "index.md").write_text(f"---\ntitle: {folder}\ndate: 2025-04-02\n---\n{text}\n", encoding="utf-8")
    (src / "ferry" / "follow-up.md").write_text("---\ntitle: f\ndate: 2025-04-03\n---\nDivers went down on 2 March 2025.\n",
                                                encoding="utf-8")
    articles, diagnostics, failed = read_articles([src])
    assert [a.id for a in articles] == ["bridge-index", "follow-up", "ferry-index"]
    assert not diagnostics and failed == 0
    for cache in (None, AnalysisCache(tmp_path / "cache"), AnalysisCache(tmp_path / "cache")):  # cold, then cached
        result = extract([src], cache=cache)
        assert sorted({m.article for e in result.timeline.events for m in e.mentions}) == ["bridge-index", "ferry-index", "follow-up"]
        assert not result.diagnostics
