"""Property tests of the readers and the writer (issue 7): hostile bytes never crash them.

Every reader, given any bytes, returns an Article or raises InputError (with the path);
page names either are refused or stay inside the output folder. A longer, coverage-guided
run uses atheris: see docs/security.md and benchmarks/fuzz_read.py.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.curated import READERS as CURATED_READERS
from timeline.errors import BuildError, InputError
from timeline.model import Article
from timeline.read import read_article

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_TMP = Path(tempfile.mkdtemp(prefix="timeline-fuzz-"))

# Bytes that look like the inputs: front matter, YAML, HTML, dates, odd encodings.
_PIECES = [b"---\n", b"...\n", b"title: ", b"date: ", b"2026-01-13", b"2026-02-30", b"tags: [", b"]", b"url: ",
           b"javascript:", b"<script>", b"</script>", b"<html>", b"<article><p>", b"</p>", b"<meta charset='latin-1'>",
           b"<meta property='article:published_time' content='", b"'>", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00",
           b"\r\n", b"\n\n", b"\xe9", b"on Monday", b"last week", b" 13 January 2026 ", b"WASHINGTON, Jan. 13, 2026 (Reuters) - ",
           b"{", b"}", b"&", b"*a", b"&a [", b"!!python/object:os.system", b"- ", b": ", b"'", b'"', b"\t"]
_bytes = st.one_of(
    st.binary(max_size=2000),
    st.lists(st.sampled_from(_PIECES) | st.binary(max_size=20), max_size=60).map(b"".join),
)


def _check(suffix: str, data: bytes) -> None:
    p = _TMP / f"fuzz{suffix}"
    p.write_bytes(data)
    try:
        res = read_article(p)
    except InputError as err:
        assert err.path == str(p) and err.message
        assert err.line is None or err.line >= 1
        return
    a = res.article
    assert isinstance(a, Article) and isinstance(a.body, str) and isinstance(a.title, str)
    assert a.url is None or not a.url.lower().lstrip().startswith(("javascript:", "data:", "vbscript:"))
    assert all(w.path == str(p) for w in res.warnings)
    assert "\r" not in a.body


@pytest.mark.parametrize("suffix", [".md", ".txt", ".html", ".mhtml"])
@SETTINGS
@given(data=_bytes)
def test_readers_never_crash(suffix: str, data: bytes) -> None:
    _check(suffix, data)


@pytest.mark.parametrize("suffix", sorted(CURATED_READERS))
@SETTINGS
@given(data=_bytes)
def test_curated_readers_never_crash(suffix: str, data: bytes) -> None:
    from timeline.curated import load

    src = _TMP / f"src{suffix.replace('.', '-')}"
    (src / "events").mkdir(parents=True, exist_ok=True)
    for old in (src / "events").iterdir():
        old.unlink()
    (src / "events" / f"e{suffix}").write_bytes(data)
    events, diags, failed = load(src)
    assert failed == sum(1 for d in diags if d.level == "error")
    for e in events:
        assert e.id and all(c.isalnum() or c == "-" for c in e.id)


@SETTINGS
@given(name=st.text(max_size=40))
def test_page_names_never_leave_the_output_folder(name: str) -> None:
    from timeline.write import safe_relpath

    try:
        rel = safe_relpath(name)
    except BuildError:
        return
    root = _TMP / "out"
    target = (root / Path(*rel.parts)).resolve()
    assert target.is_relative_to(root.resolve()) and target != root.resolve()


@SETTINGS
@given(text=st.text(max_size=80))
def test_slugs_are_safe_file_names(text: str) -> None:
    from timeline.render import slugify
    from timeline.write import safe_relpath

    slug = slugify(text)
    assert slug and all(c.isascii() and (c.isalnum() or c == "-") for c in slug)
    safe_relpath(f"articles/{slug}.html")


_name = st.sampled_from(["index.html", "a.html", "articles", "articles/a.html", "articles/b.html", "tags", "tags/t.html",
                         "CNAME", ".git", "x", "x/y.txt", "events/e.html", "events"])


@settings(max_examples=int(__import__("os").environ.get("WRITER_EXAMPLES", "120")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(first=st.sets(_name, max_size=6), user=st.sets(_name, max_size=4), second=st.sets(_name, max_size=6),
       incremental=st.booleans())
def test_writer_keeps_user_files_and_writes_exactly_the_pages(first: set[str], user: set[str], second: set[str],
                                                               incremental: bool) -> None:
    """Whatever the old site, the user's files and the new pages: the user's files survive byte for byte
    (or the build stops before touching anything), and the site holds exactly the new pages."""
    import shutil

    from timeline.write import MANIFEST, write_changed, write_site

    def valid(pages: set[str]) -> set[str]:  # a set of files in which no file is another's folder
        return {p for p in pages if not any(q.startswith(p + "/") for q in pages)}

    out = Path(tempfile.mkdtemp(prefix="w-", dir=_TMP)) / "site"
    try:
        first, second = valid(first), valid(second)
        write_site({n: f"old {n}" for n in first}, out)
        mine: dict[str, bytes] = {}
        for n in sorted(user):
            target = out / n
            if target.exists() or any((out / q).is_file() for q in _parents(n)):
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(f"user {n}".encode())
            mine[n] = f"user {n}".encode()
        before = _files(out)
        pages = {n: f"new {n}" for n in second}
        try:
            (write_changed if incremental else write_site)(pages, out)
        except BuildError:
            assert _files(out) == before  # refused: nothing changed
            return
        after = _files(out)
        for n, data in mine.items():
            assert after.get(n) == data, n
        for n in second:
            assert after[n] == f"new {n}".encode()
        assert set(after) - set(mine) - {MANIFEST} == set(second)
    finally:
        shutil.rmtree(out.parent, ignore_errors=True)


def _parents(name: str) -> list[str]:
    parts = name.split("/")
    return ["/".join(parts[:i]) for i in range(1, len(parts))]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
