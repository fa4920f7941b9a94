"""The built site in a real browser: headless Chromium (Playwright), axe-core, the Nu HTML Checker.

Two sites are checked: the real build of seeds/ plus a generated corpus (through the CLI, so it
follows the tagger and event stages as they change), and the fixed sample timeline of the golden
tests (hostile text included). Locally these tests skip when Chromium, Java or the npm packages
are missing; on CI (``CI=true``) they fail instead. Nothing here touches the network: the npm
packages are installed beforehand (``npm install --prefix .cache/npm axe-core vnu-jar``).

``TIMELINE_SCREENSHOT=1`` also writes docs/screenshot.png (the README's picture);
``TIMELINE_TEST_CORPUS=DIR`` adds DIR's Markdown articles to the generated corpus.
"""

from __future__ import annotations

import csv
import functools
import http.server
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import unquote, urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
NPM = Path(os.environ.get("TIMELINE_NPM_DIR", ROOT / ".cache" / "npm")) / "node_modules"
AXE = NPM / "axe-core" / "axe.min.js"
VNU = NPM / "vnu-jar" / "build" / "dist" / "vnu.jar"
CHROMIUM = os.environ.get("TIMELINE_CHROMIUM", "/usr/bin/chromium")
JAVA = shutil.which("java") or "/usr/bin/java"
ON_CI = os.environ.get("CI", "").lower() == "true"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
INDEX_BUDGET = 100 * 1024


def need(ok: bool, reason: str) -> None:
    """Skip locally when a tool is genuinely absent; on CI a missing tool is a failure."""
    if not ok:
        if ON_CI:
            pytest.fail(f"{reason} (required on CI)")
        pytest.skip(reason)


# --- A small news-like corpus (tests never read the shared data folder) ---------------------------------------

_PLACES = ["Port Aldane", "Rivenport", "Westbridge", "Harrowgate", "Kuala Lumpur", "Geneva", "São Paulo"]
_ACTORS = ["The finance ministry", "Opposition lawmakers", "The central bank", "Union leaders",
           "The foreign minister", "Regional governors", "The trade commission", "Aid agencies"]
_VERBS = ["announced new tariffs", "signed a ceasefire", "opened talks", "raised interest rates",
          "published an audit", "closed the border", "approved the budget", "suspended exports"]
_OUTLETS = ["The Morning Sentinel", "Wire Service", "Daily Courier & Post", "Hindustan Times", "Le Monde \"Éco\""]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_TAGS = ["trade", "security", "economy", "energy", "diplomacy"]


def write_corpus(folder: Path, n: int = 30, seed: int = 5) -> None:
    """Write ``n`` deterministic Markdown articles with a mix of date expressions."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        year = rng.choice([2023, 2024, 2025])
        month = rng.randrange(1, 13)
        day = rng.randrange(1, 28)
        place = rng.choice(_PLACES)
        past_day = rng.randrange(1, 28)
        past_month = _MONTHS[rng.randrange(12)]
        sentences = [
            f"{place.upper()}: {rng.choice(_ACTORS)} {rng.choice(_VERBS)} on {past_day} {past_month} {year - 1}, officials said.",
            f"{rng.choice(_ACTORS)} {rng.choice(_VERBS)} last week after months of pressure.",
            f"The decision follows a crisis that began in mid-{year - 2} & deepened in {_MONTHS[month - 1]} {year - 1}.",
            f"{rng.choice(_ACTORS)} will meet in {place} next month to discuss <the> \"plan\".",
            f"Growth slowed to {rng.randrange(2, 9)}% over the past {rng.randrange(2, 12)} years.",
            f"{rng.choice(_ACTORS)} {rng.choice(_VERBS)} on Tuesday, according to a statement.",
        ]
        rng.shuffle(sentences)
        body = " ".join(sentences[:3]) + "\n\n" + " ".join(sentences[3:]) + "\n"
        tags = rng.sample(_TAGS, 2)
        url = f"https://news.example.org/{year}/{i}" if i % 3 else "javascript:alert(1)"
        title = f"{rng.choice(_ACTORS)} {rng.choice(_VERBS)} in {place}"
        (folder / f"gen-{i:03d}.md").write_text(
            "---\n"
            f"title: {json.dumps(title, ensure_ascii=False)}\n"
            f"date: {year}-{month:02d}-{day:02d}\n"
            f"source: {json.dumps(rng.choice(_OUTLETS), ensure_ascii=False)}\n"
            f"url: {json.dumps(url)}\n"
            f"tags: {json.dumps(tags)}\n"
            "---\n" + body, encoding="utf-8")


def _build(source: Path, out: Path, cwd: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "timeline", "build", "--source", str(source), "--out", str(out)],
                            cwd=cwd, capture_output=True, text=True, timeout=300,
                            env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])})
    assert result.returncode == 0, result.stderr
    assert (out / "index.html").is_file(), result.stderr


# --- Module fixtures: two sites, one server, one browser ------------------------------------------

@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory, sample_timeline: Any) -> dict[str, Path]:
    from timeline.config import Config
    from timeline.render import render
    from timeline.write import write_site

    base = tmp_path_factory.mktemp("sites")
    corpus = base / "corpus"
    corpus.mkdir()
    for p in sorted((ROOT / "seeds").glob("*")):
        if p.is_file():
            shutil.copy(p, corpus / p.name)
    seeds_only = base / "seeds-only"
    shutil.copytree(corpus, seeds_only)
    write_corpus(corpus, n=30)
    extra = os.environ.get("TIMELINE_TEST_CORPUS")  # optionally check a bigger, real-looking corpus too
    if extra:
        for p in sorted(Path(extra).glob("*.md")):
            shutil.copy(p, corpus / f"extra-{p.name}")
    out = {"corpus": base / "www" / "corpus", "seed": base / "www" / "seed", "sample": base / "www" / "sample"}
    _build(corpus, out["corpus"], base)
    _build(seeds_only, out["seed"], base)
    write_site(render(sample_timeline, Config(title="Sample timeline", description="A fixed timeline.")), out["sample"])
    out["paged"] = base / "www" / "paged"
    import timeline.render as render_mod

    shard_bytes = render_mod.SEARCH_SHARD_BYTES
    render_mod.SEARCH_SHARD_BYTES = 300  # several search shards, all loaded by app.js
    try:
        write_site(render(sample_timeline, Config(title="Sample timeline", per_page=3)), out["paged"])
    finally:
        render_mod.SEARCH_SHARD_BYTES = shard_bytes
    return out


@pytest.fixture(scope="module")
def server(sites: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Serve the corpus site under /repo/, the seed site under /seed/, the sample under /sample/."""
    docroot = tmp_path_factory.mktemp("docroot")
    shutil.copytree(sites["corpus"], docroot / "repo")
    shutil.copytree(sites["sample"], docroot / "sample")
    shutil.copytree(sites["seed"], docroot / "seed")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(docroot)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    need(Path(CHROMIUM).exists(), f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need(False, "playwright is not installed (pip install playwright)")
        raise
    with sync_playwright() as p:
        # launch() gives the browser a fresh temporary user-data-dir of its own, removed on close.
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


class Watch:
    """A page with its console errors, failed requests and every URL it asked for."""

    def __init__(self, context: Any) -> None:
        self.page = context.new_page()
        self.errors: list[str] = []
        self.failed: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        # ERR_ABORTED is a load cut short by our own next navigation (the favicon, typically);
        # a missing file is ERR_FILE_NOT_FOUND or an HTTP status >= 400, both caught.
        self.page.on("requestfailed", lambda r: "ERR_ABORTED" not in str(r.failure)
                     and self.failed.append(f"{r.url} {r.failure}"))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("response", lambda r: r.status >= 400 and self.failed.append(f"{r.url} HTTP {r.status}"))

    def clean(self, allowed: tuple[str, ...]) -> None:
        assert not self.failed, self.failed
        assert not self.errors, self.errors
        offsite = [u for u in self.requests if not u.startswith(allowed)]
        assert not offsite, offsite


def _events(site: Path) -> list[dict[str, Any]]:
    return json.loads((site / "events.json").read_text(encoding="utf-8"))["events"]


def _html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def _pages_to_visit(site: Path) -> list[str]:
    """A few pages of each kind (relative paths)."""
    picks = ["index.html", "about.html", "404.html", "tags/index.html", "articles/index.html"]
    for folder in ("events", "articles", "tags"):
        files = sorted(p.name for p in (site / folder).glob("*.html") if p.name != "index.html")
        picks += [f"{folder}/{n}" for n in files[:2]]
    return [p for p in picks if (site / p).is_file()]


# --- Static checks: HTML validity, links, size, exports --------------------------------------------

def test_nu_html_checker_reports_no_errors(sites: dict[str, Path]) -> None:
    need(Path(JAVA).exists(), "java not found (apt-get install default-jre-headless)")
    need(VNU.is_file(), f"{VNU} missing (npm install --prefix .cache/npm vnu-jar)")
    dirs = [str(sites[k]) for k in ("corpus", "seed", "sample", "paged")]
    result = subprocess.run([JAVA, "-jar", str(VNU), "--errors-only", "--format", "json", "--skip-non-html",
                             "--also-check-css", "--also-check-svg", *dirs, *(str(sites["sample"] / "style.css"),)],
                            capture_output=True, text=True, timeout=300)
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    errors = [f"{m.get('url', '')}:{m.get('lastLine', '')}: {m.get('message', '')}" for m in messages
              if m.get("type") == "error" or m.get("subType") == "fatal"]
    assert not errors, "\n".join(errors[:40])


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str, str]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(str(a["id"]))
        for key in ("href", "src", "xlink:href", "action", "poster", "srcset"):
            if a.get(key) is not None:
                self.links.append((tag, key, str(a[key])))


@functools.lru_cache(maxsize=None)
def _parse_links(path: Path) -> _Links:
    p = _Links()
    p.feed(path.read_text(encoding="utf-8"))
    return p


@pytest.mark.parametrize("name", ["corpus", "seed", "sample", "paged"])
def test_every_internal_link_resolves(sites: dict[str, Path], name: str) -> None:
    site = sites[name]
    broken: list[str] = []
    for page in _html_pages(site):
        rel = page.relative_to(site).as_posix()
        for tag, key, url in _parse_links(page).links:
            parts = urlsplit(url)
            if parts.scheme in ("http", "https"):
                # Off-site URLs only as plain links to the original articles, never loaded.
                if tag != "a":
                    broken.append(f"{rel}: off-site {key} on <{tag}>: {url}")
                continue
            if parts.scheme or url.startswith("/") or parts.netloc:
                broken.append(f"{rel}: not a relative URL: {url}")
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if not target.is_relative_to(site.resolve()) or not target.is_file():
                broken.append(f"{rel}: {url} -> missing file")
                continue
            if parts.fragment and target.suffix == ".html" and parts.fragment not in _parse_links(target).ids:
                broken.append(f"{rel}: {url} -> missing #{parts.fragment}")
    assert not broken, "\n".join(broken[:40])
    css = (site / "style.css").read_text(encoding="utf-8")
    assert "url(" not in css and "@import" not in css


def test_seed_index_with_css_and_js_fits_budget(sites: dict[str, Path]) -> None:
    site = sites["seed"]
    size = sum((site / n).stat().st_size for n in ("index.html", "style.css", "app.js"))
    assert size <= INDEX_BUDGET, f"seed index + CSS + JS is {size} bytes (budget {INDEX_BUDGET})"
    for page in _html_pages(sites["corpus"]):
        assert page.stat().st_size < 1_000_000, page


@pytest.mark.parametrize("name", ["corpus", "seed"])
def test_exports_present_and_parseable(sites: dict[str, Path], name: str) -> None:
    site = sites[name]
    events = _events(site)
    assert len(json.loads((site / "timelinejs.json").read_text(encoding="utf-8"))["events"]) == len(events)
    rows = list(csv.reader(io.StringIO((site / "events.csv").read_text(encoding="utf-8"))))
    assert len(rows) == len(events) + 1
    ics = (site / "events.ics").read_bytes()
    assert ics.startswith(b"BEGIN:VCALENDAR\r\n") and ics.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in ics.split(b"\r\n"))
    assert ics.count(b"BEGIN:VEVENT") == len(events)
    feed = ET.fromstring((site / "feed.xml").read_bytes())
    assert feed.tag == "{http://www.w3.org/2005/Atom}feed"
    assert (site / ".nojekyll").is_file()
    assert not (site / "sitemap.xml").exists() and not (site / "robots.txt").exists()
    assert len(list((site / "events").glob("*.html"))) == len(events)


# --- In the browser ----------------------------------------------------------------------------------

def _index_pages(site: Path) -> list[Path]:
    """index.html and its continuation pages (page-<period>.html), in order: by their rel="next" links."""
    pages = [site / "index.html"]
    while True:
        found = re.search(r'<link rel="next" href="([^"]+)">', pages[-1].read_text(encoding="utf-8"))
        if not found:
            break
        pages.append(site / found.group(1))
    assert sorted(pages[1:]) == sorted(site.glob("page-*.html"))  # every page is reached
    return pages


def _listed(path: Path) -> int:
    """How many events a page's HTML lists."""
    return len(re.findall(r'<li class="event[ "]', path.read_text(encoding="utf-8")))


def _visible_events(page: Any) -> int:
    return int(page.evaluate("() => [...document.querySelectorAll('li.event')].filter(li => li.offsetParent !== null).length"))


@pytest.mark.parametrize("name", ["corpus", "seed", "sample", "paged"])
def test_all_events_shown_without_javascript(browser: Any, sites: dict[str, Path], name: str) -> None:
    site = sites[name]
    ctx = browser.new_context(java_script_enabled=False)
    try:
        w = Watch(ctx)
        total = 0
        for page in _index_pages(site):
            w.page.goto(page.as_uri())
            total += _visible_events(w.page)
            assert not w.page.locator("#filters").is_visible()
        assert total == len(_events(site))
        w.clean(("file://",))
    finally:
        ctx.close()


@pytest.mark.parametrize("name", ["corpus", "seed", "sample", "paged"])
def test_from_disk_with_javascript(browser: Any, sites: dict[str, Path], name: str) -> None:
    site = sites[name]
    ctx = browser.new_context()
    try:
        w = Watch(ctx)
        total = 0
        for page in _index_pages(site):
            w.page.goto(page.as_uri())
            assert w.page.locator("#filters").is_visible()
            total += _visible_events(w.page)
        assert total == len(_events(site))
        for rel in _pages_to_visit(site):
            w.page.goto((site / rel).as_uri())
            assert w.page.locator("h1").count() == 1, rel
        w.clean(("file://",))
    finally:
        ctx.close()


def test_served_at_a_subpath(browser: Any, sites: dict[str, Path], server: str) -> None:
    ctx = browser.new_context()
    try:
        w = Watch(ctx)
        for prefix, site in (("/repo/", sites["corpus"]), ("/seed/", sites["seed"]), ("/sample/", sites["sample"])):
            for rel in _pages_to_visit(site):
                w.page.goto(server + prefix + rel)
                assert w.page.locator("h1").count() == 1, rel
                # The stylesheet applied: the skip link is moved off-screen.
                assert w.page.evaluate("() => document.querySelector('.skip').getBoundingClientRect().bottom <= 0"), rel
            w.page.goto(server + prefix + "index.html")
            assert _visible_events(w.page) == _listed(site / "index.html")
        w.clean((server + "/",))
    finally:
        ctx.close()


def test_search_and_filters(browser: Any, sites: dict[str, Path], server: str) -> None:
    site = sites["corpus"]
    events = _events(site)
    ctx = browser.new_context()
    try:
        w = Watch(ctx)
        page = w.page
        page.goto(server + "/repo/index.html")
        total = _visible_events(page)
        assert total == _listed(site / "index.html") and total <= len(events)

        def dom(expr: str, arg: Any = None) -> int:
            """Count the page's events matching a JS predicate on li (the expectation, from the DOM)."""
            return int(page.evaluate(f"a => [...document.querySelectorAll('li.event')].filter(li => {expr}).length", arg))

        count = page.locator("#count")

        # Search: a distinctive word of one title narrows the list to the events containing it.
        titles = page.evaluate("() => [...document.querySelectorAll('li.event .title')].map(h => h.textContent)")
        words = sorted({wd for t in titles for wd in re.findall(r"[A-Za-z]{6,}", t)})
        assert words, "no searchable words in the titles"
        word = words[len(words) // 2]
        page.fill("#q", word)
        shown = _visible_events(page)
        assert 1 <= shown <= total
        texts = page.evaluate("() => [...document.querySelectorAll('li.event')].filter(li => li.offsetParent)"
                              ".map(li => li.textContent.toLowerCase())")
        assert all(word.lower() in t for t in texts)
        assert re.search(rf"\b{shown} of {total}\b", count.inner_text()) or shown == total
        page.fill("#q", "zzzz-no-such-word")
        assert _visible_events(page) == 0
        assert page.locator("#no-match").is_visible()
        page.fill("#q", "")
        assert _visible_events(page) == total

        # Status.
        planned = dom("li.dataset.status === 'planned'")
        page.select_option("#f-status", "planned")
        assert _visible_events(page) == planned
        page.select_option("#f-status", "")

        # Tag.
        if page.locator("#f-tag").count():
            tag = page.locator("#f-tag option").nth(1).get_attribute("value")
            label = page.locator("#f-tag option").nth(1).inner_text()
            assert tag and label and ":" not in label  # "Donald Trump (person)" for the tag person:Donald Trump
            page.select_option("#f-tag", value=tag)
            shown = _visible_events(page)
            assert 1 <= shown <= total
            tags_ok = page.evaluate("t => [...document.querySelectorAll('li.event')].filter(li => li.offsetParent)"
                                    ".every(li => li.dataset.tags.includes('|' + t + '|'))", tag)
            assert tags_ok
            page.select_option("#f-tag", "")

        # Source.
        source = page.locator("#f-source option").nth(1).inner_text()
        page.select_option("#f-source", label=source)
        shown = _visible_events(page)
        assert 1 <= shown <= total
        page.select_option("#f-source", "")

        # Date range: events overlapping 2025.
        page.fill("#f-from", "2025-01-01")
        page.fill("#f-to", "2025-12-31")
        expected = dom("li.dataset.start <= '2025-12-31' && li.dataset.end >= '2025-01-01'")
        assert _visible_events(page) == expected

        # Reset brings everything back.
        page.click("button[type=reset]")
        page.wait_for_function(f"() => document.querySelectorAll('li.event:not([hidden])').length === {total}")
        assert _visible_events(page) == total
        w.clean((server + "/",))
    finally:
        ctx.close()


def test_reflow_at_320_px_dark_and_print(browser: Any, sites: dict[str, Path]) -> None:
    """No horizontal scrolling at 320 CSS px (WCAG 1.4.10); dark scheme applies; print hides the controls."""
    site = sites["corpus"]
    ctx = browser.new_context(viewport={"width": 320, "height": 640}, color_scheme="dark")
    try:
        w = Watch(ctx)
        for rel in _pages_to_visit(site):
            w.page.goto((site / rel).as_uri())
            width = w.page.evaluate("() => document.documentElement.scrollWidth")
            assert width <= 320, f"{rel} is {width} px wide at a 320 px viewport"
            bg = w.page.evaluate("() => getComputedStyle(document.body).backgroundColor")
            assert bg == "rgb(18, 20, 23)", (rel, bg)
        w.page.goto((site / "index.html").as_uri())
        assert w.page.locator("#filters").is_visible()
        w.page.emulate_media(media="print")
        assert not w.page.locator("#filters").is_visible()
        assert not w.page.locator(".site-header nav").is_visible()
        assert w.page.locator("li.event").first.is_visible()
        w.clean(("file://",))
    finally:
        ctx.close()


def test_search_finds_events_on_other_pages(browser: Any, sites: dict[str, Path]) -> None:
    """On a paginated index, search also lists matches on the other pages (search-index.js, from file://)."""
    site = sites["paged"]
    assert (site / "page-2027.html").is_file() and (site / "search-index.js").is_file()
    assert (site / "search-index-3.js").is_file()  # the rows come in several shards
    ctx = browser.new_context()
    try:
        w = Watch(ctx)
        page = w.page
        page.goto((site / "index.html").as_uri())
        assert not page.locator("#elsewhere").is_visible()
        page.fill("#q", "vote")  # "A vote <script>x</script>", the last event, on page 5 (page-2027.html)
        page.wait_for_selector("#elsewhere:not([hidden])")
        assert _visible_events(page) == 0
        links = page.locator("#elsewhere li a")
        assert links.count() == 1
        assert links.first.inner_text() == "2027: A vote <script>x</script>"
        assert "(page 5)" in page.locator("#elsewhere li").first.inner_text()
        links.first.click()
        page.wait_for_url("**/events/2027-01-01-vote.html")
        assert page.locator("h1").inner_text() == "A vote <script>x</script>"
        page.goto((site / "index.html").as_uri())
        page.select_option("#f-status", "planned")
        page.wait_for_selector("#elsewhere:not([hidden])")
        assert page.locator("#elsewhere li").count() == 3 - _visible_events(page)
        page.select_option("#f-status", "")
        assert not page.locator("#elsewhere").is_visible()
        w.clean(("file://",))
        if AXE.is_file():  # last: axe re-reads stylesheets, which file:// refuses (a failed request)
            page.fill("#q", "vote")
            page.wait_for_selector("#elsewhere:not([hidden])")
            found = _axe(page)
            assert not found, found
    finally:
        ctx.close()


def _axe(page: Any) -> list[dict[str, Any]]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", AXE_TAGS)
    return [{"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"][:5]]} for v in result["violations"]]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_reports_no_violations(browser: Any, sites: dict[str, Path], server: str, scheme: str) -> None:
    need(AXE.is_file(), f"{AXE} missing (npm install --prefix .cache/npm axe-core)")
    ctx = browser.new_context(color_scheme=scheme)
    try:
        w = Watch(ctx)
        problems = {}
        for prefix, site in (("/repo/", sites["corpus"]), ("/sample/", sites["sample"])):
            for rel in _pages_to_visit(site):
                w.page.goto(server + prefix + rel)
                found = _axe(w.page)
                if found:
                    problems[prefix + rel] = found
        assert not problems, json.dumps(problems, indent=1)[:4000]
        w.clean((server + "/",))
    finally:
        ctx.close()


def test_readme_screenshot(browser: Any, sites: dict[str, Path], tmp_path: Path) -> None:
    """Screenshot the seed site's index; with TIMELINE_SCREENSHOT=1 it becomes docs/screenshot.png."""
    ctx = browser.new_context(viewport={"width": 1100, "height": 1300}, device_scale_factor=1)
    try:
        page = ctx.new_page()
        page.goto((sites["seed"] / "index.html").as_uri())
        shot = tmp_path / "screenshot.png"
        page.screenshot(path=str(shot))
        assert shot.read_bytes().startswith(b"\x89PNG")
        if os.environ.get("TIMELINE_SCREENSHOT") == "1":
            (ROOT / "docs").mkdir(exist_ok=True)
            shutil.copy(shot, ROOT / "docs" / "screenshot.png")
    finally:
        ctx.close()
