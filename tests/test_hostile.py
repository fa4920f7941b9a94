"""Hostile input, end to end through `timeline.cli.main` (issue 7).

A folder of hostile files next to good articles: the good ones build; every bad file is
reported by path (and line) with exit 1 and no traceback; no markup escapes into any page;
nothing is written outside the output folder; two builds are byte-identical; building into
the source folder or its parent is refused and changes nothing.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from timeline.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
HOSTILE = FIXTURES / "hostile"
sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))

#: Size of the big article (MB); TIMELINE_BIG_MB=0.5 makes a quick local run.
BIG_MB = float(os.environ.get("TIMELINE_BIG_MB", "5"))

#: (file, line or None, words of the message) for every file that must be reported as an error.
EXPECTED_ERRORS = [
    ("broken-yaml.md", 2, "not valid YAML"),
    ("yaml-bomb.md", 3, "aliases"),  # "billion laughs": refused at once, never expanded
    ("impossible-date.md", 3, "impossible date"),
    ("impossible-date-string.md", 3, "is not a date"),
    ("far-date.md", 3, "outside the dates an article can carry"),  # (relative dates would overflow)
    ("unclosed-front-matter.md", 1, "not closed"),
    ("front-matter-list.md", 2, "mapping"),
    ("binary.md", 1, "binary"),
    ("empty.txt", 1, "empty"),
    ("blank.md", 1, "empty"),
    ("events/hand.yaml", 4, "not a calendar date"),
]
#: Articles that must build (by id).
GOOD = {"good-council", "good-plain", "seed", "xss-everywhere", "data-url", "latin1", "hostile-page", "big",
        "CON", "nul", "dots.", "ümlaut 日本 & <x>"}

SCRIPT_OK = re.compile(r"^(\.\./)*[a-z0-9_-]+\.js$")
DANGEROUS_SCHEME = re.compile(r"^\s*(javascript|vbscript|data|file):", re.I)
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "poster", "background", "srcset", "data", "cite"}


class _Scan(HTMLParser):
    """Collect every way a page could run script: tags, event handlers, dangerous URLs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "script":
            self.in_script = True
            if not SCRIPT_OK.match(a.get("src", "")) and a.get("type") != "application/ld+json":
                self.problems.append(f"<script {a}>")
        if tag in ("iframe", "object", "embed", "base", "frame", "frameset", "applet"):  # <svg>, <form>: our templates use them
            self.problems.append(f"<{tag}>")
        if tag == "meta" and a.get("http-equiv", "").lower() == "refresh":
            self.problems.append("<meta refresh>")
        for k, v in a.items():
            if k.startswith("on"):
                self.problems.append(f"<{tag} {k}=...>")
            if k in URL_ATTRS and DANGEROUS_SCHEME.match(v):
                self.problems.append(f"<{tag} {k}={v[:40]}>")
            if k == "style" and ("expression(" in v or "url(" in v):
                self.problems.append(f"<{tag} style={v[:40]}>")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_script = False

    def handle_data(self, data: str) -> None:
        if self.in_script and data.strip() and "alert(" in data:
            self.problems.append(f"script content {data[:40]!r}")


def scan_site(out: Path) -> list[str]:
    """Every markup problem in every page of the site (HTML, XML, SVG, JS and CSS files)."""
    problems = []
    for f in sorted(out.rglob("*")):
        if not f.is_file():
            continue
        text = f.read_bytes().decode("utf-8", "replace")
        rel = f.relative_to(out).as_posix()
        if f.suffix in (".html", ".htm", ".svg", ".xml"):
            s = _Scan()
            s.feed(text)
            s.close()
            problems += [f"{rel}: {p}" for p in s.problems]
            if f.suffix == ".xml":
                # Feeds: entry text is escaped, so no raw tag of the input can appear.
                problems += [f"{rel}: raw {m[0]}" for m in re.finditer(r"<(script|img|svg|iframe)\b", text, re.I)]
        elif f.suffix in (".js", ".css"):
            data = re.fullmatch(r"window\.[A-Za-z_]\w*\s*=\s*(.*);\s*", text, re.S)
            if data:  # a data script (search index): input text only inside one JSON value
                try:
                    json.loads(data[1])
                except ValueError:
                    problems.append(f"{rel}: data script is not one JSON value")
            elif "alert(" in text or "javascript:" in text.lower():
                problems.append(f"{rel}: input text in code")
    return problems


def snapshot(folder: Path, skip: tuple[Path, ...] = ()) -> dict[str, str]:
    out = {}
    for p in sorted(folder.rglob("*")):
        if any(p == s or p.is_relative_to(s) for s in skip):
            continue
        rel = p.relative_to(folder).as_posix()
        if p.is_symlink():
            out[rel] = "link:" + os.readlink(p)
        elif p.is_file():
            out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
        else:
            out[rel] = "dir"
    return out


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """A project folder: src/ holds the hostile files, the seed and a big article."""
    from big_article import big_article

    proj = tmp_path_factory.mktemp("proj")
    src = proj / "src"
    shutil.copytree(HOSTILE, src)
    shutil.copy(FIXTURES / "seeds" / "jaishankar-rubio-call.md", src / "seed.md")
    # Names that cannot be checked out everywhere are made here.
    (src / "CON.md").write_text("---\ntitle: Reserved file name\ndate: 2025-07-01\n---\nDated 1 July 2025.\n", encoding="utf-8")
    (src / "nul.txt").write_text("Reserved name too\nWritten on 2 July 2025.\n", encoding="utf-8")
    (src / "dots..md").write_text("---\ntitle: Dots\ndate: 2025-07-03\n---\nDated 3 July 2025.\n", encoding="utf-8")
    (src / "ümlaut 日本 & <x>.md").write_text("---\ntitle: Unicode name\ndate: 2025-07-04\n---\nDated 4 July 2025.\n",
                                           encoding="utf-8")
    (src / "big.md").write_text(big_article(int(BIG_MB * 1_000_000), every=1000), encoding="utf-8")
    return proj


def run(argv: list[str], cwd: Path) -> tuple[int, str]:
    err = io.StringIO()
    old = os.getcwd()
    os.chdir(cwd)
    try:
        code = main(argv, out=io.StringIO(), err=err)
    finally:
        os.chdir(old)
    return code, err.getvalue()


@pytest.fixture(scope="module")
def builds(project: Path) -> dict[str, object]:
    """Build twice, into two folders, without the cache; record what was outside before."""
    before = snapshot(project.parent, skip=(project / "site-a", project / "site-b"))
    code_a, err_a = run(["build", "--source", "src", "--out", "site-a", "--no-cache", "-j", "1", "-q"], project)
    code_b, err_b = run(["build", "--source", "src", "--out", "site-b", "--no-cache", "-j", "1", "-q", "--clean"], project)
    after = snapshot(project.parent, skip=(project / "site-a", project / "site-b"))
    return {"a": (code_a, err_a), "b": (code_b, err_b), "before": before, "after": after}


def test_bad_files_reported_by_path_and_line_exit_1_no_traceback(project: Path, builds) -> None:
    code, err = builds["a"]
    assert code == 1, err
    assert "Traceback" not in err and "internal error" not in err, err
    for name, line, words in EXPECTED_ERRORS:
        where = f"src/{name}:{line}: error: " if line else f"src/{name}: error: "
        hits = [ln for ln in err.splitlines() if ln.startswith(where)]
        assert hits, f"{where!r} not in:\n{err}"
        assert words in hits[0], hits[0]
    # Every error line has the path:line: error: form.
    for ln in err.splitlines():
        if ": error: " in ln:
            assert re.match(r"^\S.*?(:\d+)?: error: \S", ln), ln
    # Latin-1 is a warning, not an error.
    assert any(ln.startswith("src/latin1.txt:") and "warning" in ln and "UTF-8" in ln for ln in err.splitlines()), err


def test_good_articles_build(project: Path, builds) -> None:
    import json

    data = json.loads((project / "site-a" / "events.json").read_text(encoding="utf-8"))
    assert data["events"], "no events at all"
    pages = {p.name for p in (project / "site-a" / "articles").glob("*.html")}
    assert len(pages) >= len(GOOD)  # one page per good article (and an index)
    latin = [p for p in (project / "site-a" / "articles").glob("latin1*.html")]
    assert latin and "Zoë Müller" in latin[0].read_text(encoding="utf-8")
    assert (project / "site-a" / "index.html").is_file()
    # The hostile page's furniture (footer archive date, a script writing a date) makes no event.
    values = {e["date"]["value"] for e in data["events"]}
    assert "1999-01" not in values and "2025-09-09" not in values


def test_no_markup_escapes_into_any_page(project: Path, builds) -> None:
    for site in ("site-a", "site-b"):
        problems = scan_site(project / site)
        assert not problems, "\n".join(problems[:20])
    # The hostile text is there, as text.
    page = next((project / "site-a" / "articles").glob("xss-everywhere*.html")).read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;" in page or "&lt;script&gt;alert(&#x27;body" in page
    assert "{{ 7*7 }}" in page  # no template evaluation of input text


def test_nothing_written_outside_the_output_folder(project: Path, builds) -> None:
    before, after = builds["before"], builds["after"]
    assert after == before, sorted(set(after.items()) ^ set(before.items()))[:10]
    site = project / "site-a"
    for p in site.rglob("*"):
        assert p.resolve().is_relative_to(site.resolve())
        assert not p.is_symlink()


def test_two_builds_are_byte_identical(project: Path, builds) -> None:
    assert builds["a"][0] == builds["b"][0]
    a = snapshot(project / "site-a")
    b = snapshot(project / "site-b")
    assert a.keys() == b.keys()
    differ = [k for k in a if a[k] != b[k]]
    assert not differ, differ[:10]


@pytest.mark.parametrize("out", ["src", ".", "src/site", "src/..", "..", "/"])
def test_building_into_source_or_its_parents_is_refused_and_changes_nothing(project: Path, builds, out: str) -> None:
    before = snapshot(project.parent)
    code, err = run(["build", "--source", "src", "--out", out, "--no-cache", "-j", "1", "-q"], project)
    assert code == 1
    assert "refusing" in err and "Traceback" not in err, err
    assert err.startswith("timeline: error: ") or ": error: " in err
    assert snapshot(project.parent) == before


def test_the_scanner_finds_what_it_looks_for(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(
        '<p onclick="x()">a</p><a href=" javascript:alert(1)">b</a><script>alert(1)</script>'
        '<iframe src="https://e.org"></iframe><img src="data:image/svg+xml,x"><script src="https://evil/x.js"></script>',
        encoding="utf-8")
    (tmp_path / "ok.html").write_text('<script src="../app.js"></script><a href="../index.html">i</a><p>&lt;script&gt;</p>',
                                      encoding="utf-8")
    problems = scan_site(tmp_path)
    assert len([p for p in problems if p.startswith("a.html")]) == 7  # the inline script counts twice: tag and content
    assert not [p for p in problems if p.startswith("ok.html")]


@pytest.mark.parametrize("text", [
    "[x](javascript:alert(1))", "[x]( JaVaScRiPt:alert(1))", "<a href='vbscript:x'>v</a>", "<a href='data:text/html,x'>d</a>",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<p style='x:expression(alert(1))'>s</p>",
    "<iframe src='https://e.org'></iframe>", "<a href='https://e.org' onclick='alert(1)'>e</a>", "[x](file:///etc/passwd)",
])
def test_markdown_goes_through_the_sanitizer(tmp_path: Path, text: str) -> None:
    from timeline.sanitize import markdown_html

    (tmp_path / "p.html").write_text(str(markdown_html(text)), encoding="utf-8")
    assert not scan_site(tmp_path), markdown_html(text)
    assert "<script" not in markdown_html(text) and "<iframe" not in markdown_html(text)


def test_sanitizer_keeps_http_and_relative_links() -> None:
    from timeline.sanitize import markdown_html

    html = str(markdown_html("[a](https://e.org/x) [b](../index.html) **bold**"))
    assert 'href="https://e.org/x"' in html and 'href="../index.html"' in html and "<strong>bold</strong>" in html


def test_a_failed_build_leaves_the_previous_site_intact(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(FIXTURES / "seeds" / "jaishankar-rubio-call.md", src / "seed.md")
    code, err = run(["build", "--source", "src", "--out", "site", "--no-cache", "-j", "1", "-q"], tmp_path)
    assert code == 0, err
    (tmp_path / "site" / "CNAME").write_text("example.org")
    before = snapshot(tmp_path / "site")
    broken = tmp_path / "tpl"
    broken.mkdir()
    (broken / "index.html").write_text("{% for x in %}broken", encoding="utf-8")
    (tmp_path / "timeline.toml").write_text('templates = "tpl"\n', encoding="utf-8")
    (src / "new.md").write_text("---\ntitle: New\ndate: 2025-01-01\n---\nOn 2 January 2025 it snowed.\n", encoding="utf-8")
    for extra in ([], ["--clean"]):
        code, err = run(["build", "--source", "src", "--out", "site", "--no-cache", "-j", "1", "-q", *extra], tmp_path)
        assert code == 1 and "template" in err and "Traceback" not in err, err
        assert snapshot(tmp_path / "site") == before
