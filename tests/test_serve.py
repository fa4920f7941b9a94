"""`timeline serve` on 127.0.0.1 with an ephemeral port: serves, reloads, survives build errors."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Callable, Iterator

import pytest

from timeline.config import load_config
from timeline.serve import STATUS_PATH, DevServer, inject

ARTICLE = "---\ntitle: Bridge\ndate: 2025-06-01\n---\nThe bridge reopened on 12 May 2025 after repairs began in March 2024.\n"


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:  # noqa: S310 - 127.0.0.1 only
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8")


def wait_for(pred: Callable[[], bool], seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if pred():
            return True
        time.sleep(0.05)
    return False


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "bridge.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "timeline.toml").write_text('title = "Served"\nexecutor = "serial"\n', encoding="utf-8")
    return tmp_path


@pytest.fixture()
def server(project: Path) -> Iterator[DevServer]:
    logs: list[str] = []
    srv = DevServer(lambda: load_config(project / "timeline.toml"), host="127.0.0.1", port=0, interval=0.1,
                    log=logs.append, config_path=project / "timeline.toml")
    srv.logs = logs  # type: ignore[attr-defined]
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()


def status(srv: DevServer) -> dict:
    return json.loads(get(srv.url.rstrip("/") + STATUS_PATH)[1])


def site_text(srv: DevServer) -> str:
    out = srv.state.out
    assert out is not None
    return "\n".join(get(srv.url + p.relative_to(out).as_posix())[1] for p in sorted(out.rglob("*.html")))


def test_serves_on_loopback_with_the_reload_script(server: DevServer, project: Path) -> None:
    assert server.url.startswith("http://127.0.0.1:")
    code, page = get(server.url)
    assert code == 200 and STATUS_PATH in page and "Served" in page
    on_disk = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert STATUS_PATH not in on_disk  # injected on the way out only
    code, css = get(server.url + "style.css")
    assert code == 200 and STATUS_PATH not in css
    assert status(server) == {"version": 1, "error": None, "problems": []}
    assert get(server.url + "nope.html")[0] == 404


def test_an_edited_article_shows_within_seconds(server: DevServer, project: Path) -> None:
    assert "14 May 2025" not in site_text(server)
    started = time.monotonic()
    (project / "seeds" / "bridge.md").write_text(ARTICLE.replace("12 May 2025", "14 May 2025"), encoding="utf-8")
    assert wait_for(lambda: status(server)["version"] >= 2)
    assert wait_for(lambda: "14 May 2025" in site_text(server))
    assert time.monotonic() - started < 5


def test_a_new_article_and_a_config_change_rebuild(server: DevServer, project: Path) -> None:
    (project / "seeds" / "ferry.md").write_text(ARTICLE.replace("Bridge", "Ferry").replace("bridge", "ferry"), encoding="utf-8")
    assert wait_for(lambda: "ferry" in site_text(server).lower())
    v = status(server)["version"]
    (project / "timeline.toml").write_text('title = "Renamed"\nexecutor = "serial"\n', encoding="utf-8")
    assert wait_for(lambda: status(server)["version"] > v and "Renamed" in get(server.url)[1])


def test_build_error_shows_in_page_and_log_and_server_survives(server: DevServer, project: Path) -> None:
    (project / "timeline.toml").write_text('title = "x"\nper_page = 0\n', encoding="utf-8")
    assert wait_for(lambda: status(server)["error"] is not None)
    st = status(server)
    assert "per_page" in st["error"]
    assert any("build failed" in line and "per_page" in line for line in server.logs)  # type: ignore[attr-defined]
    code, page = get(server.url)
    assert code == 200 and "Served" in page  # the last good site is still served
    (project / "timeline.toml").write_text('title = "Fixed"\nexecutor = "serial"\n', encoding="utf-8")
    assert wait_for(lambda: status(server)["error"] is None and "Fixed" in get(server.url)[1])


def test_article_errors_are_listed_as_problems(server: DevServer, project: Path) -> None:
    (project / "seeds" / "bad.md").write_text("---\ntitle: [oops\n---\nx\n", encoding="utf-8")
    assert wait_for(lambda: any("bad.md" in p for p in status(server)["problems"]))


def test_inject_places_script_before_body_end() -> None:
    page = inject(b"<html><body><p>x</p></body></html>", 3)
    assert page.index(b"<script>") < page.index(b"</body>") and b"var v=3" in page
    assert inject(b"plain", 1).startswith(b"plain<script>")
