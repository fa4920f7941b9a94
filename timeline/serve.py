"""`timeline serve`: build, serve the site locally, rebuild on change and reload the browser.

A watcher thread polls the articles, the templates folder and the config file (mtime and
size, every ``interval`` seconds). A change triggers an incremental build (cached extraction,
only changed pages rewritten). Served HTML pages get a tiny script, injected on the way out
and never written to disk, that polls ``/__timeline__/status`` and reloads the page when the
build version changes, or shows the build error over the page. A failed build is reported in
the terminal and in the page; the server keeps running and serves the last good site.
"""

from __future__ import annotations

import html
import json
import os
import threading
import time
import traceback
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable
from urllib.parse import unquote, urlsplit

from .config import Config, find_config
from .errors import BuildError, TimelineError

STATUS_PATH = "/__timeline__/status"

RELOAD_SCRIPT = """<script>/* timeline serve: live reload (not in the built files) */
(function(){var v=%(version)d,box=null;
function show(msg){if(!box){box=document.createElement('pre');box.id='timeline-serve-error';
box.setAttribute('style','position:fixed;z-index:2147483647;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;margin:0;'+
'padding:1em;background:#fff0f0;color:#900;border-top:3px solid #c00;font:13px/1.4 monospace;white-space:pre-wrap');
document.body.appendChild(box);}box.textContent=msg;}
function hide(){if(box){box.remove();box=null;}}
function poll(){fetch('%(path)s',{cache:'no-store'}).then(function(r){return r.json();}).then(function(s){
if(s.version!==v){if(!s.error){location.reload();return;}v=s.version;}
if(s.error){show('timeline build failed:\\n'+s.error);}else if(s.problems&&s.problems.length){show(s.problems.join('\\n'));}else{hide();}
}).catch(function(){}).then(function(){setTimeout(poll,%(every)d);});}
setTimeout(poll,%(every)d);})();</script>
"""


@dataclass
class BuildState:
    """What the server knows about the last build (guarded by ``lock``)."""

    version: int = 0
    error: str | None = None
    problems: list[str] = field(default_factory=list)
    out: Path | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def snapshot(self) -> dict[str, Any]:
        with self.lock:
            return {"version": self.version, "error": self.error, "problems": list(self.problems)}


def inject(page: bytes, version: int, every_ms: int = 700) -> bytes:
    """Return ``page`` with the reload script before ``</body>`` (or at the end)."""
    script = (RELOAD_SCRIPT % {"version": version, "path": STATUS_PATH, "every": every_ms}).encode("utf-8")
    low = page.lower()
    at = low.rfind(b"</body>")
    if at < 0:
        return page + script
    return page[:at] + script + page[at:]


def watched_files(config: Config, config_path: Path | None = None) -> dict[str, tuple[int, int]]:
    """(mtime_ns, size) of every file whose change should trigger a rebuild."""
    seen: dict[str, tuple[int, int]] = {}

    def add(p: Path) -> None:
        try:
            st = p.stat()
        except OSError:
            return
        seen[str(p)] = (st.st_mtime_ns, st.st_size)

    def walk(folder: Path) -> None:
        if folder.is_file():
            add(folder)
            return
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames[:] = [d for d in dirnames if not d.startswith(".") and d != "__pycache__"]
            seen[dirpath] = (0, len(filenames))  # a file added or removed
            for name in filenames:
                if not name.startswith(".") and not name.endswith("~"):
                    add(Path(dirpath) / name)

    walk(config.source)
    if config.templates is not None:
        walk(config.templates)
    cfg = config_path or find_config(config.root)
    if cfg is not None:
        add(cfg)
    return seen


class DevServer:
    """The server, the watcher and the builder of `timeline serve` (usable from tests)."""

    def __init__(self, loader: Callable[[], Config], host: str = "127.0.0.1", port: int = 8000,
                 interval: float = 0.5, log: Callable[[str], None] | None = None, verbose: int = 0,
                 config_path: Path | None = None) -> None:
        self.loader = loader
        self.interval = interval
        self.log = log or (lambda message: None)
        self.verbose = verbose
        self.config_path = config_path
        self.state = BuildState()
        self.stop_event = threading.Event()
        self.config: Config | None = None
        self._watch: dict[str, tuple[int, int]] = {}
        try:
            self.httpd = ThreadingHTTPServer((host, port), self._handler_class())
        except OSError as err:
            raise BuildError(f"cannot listen on {host}:{port}: {err.strerror or err}; try another --port") from err
        self.httpd.daemon_threads = True
        self._threads: list[threading.Thread] = []

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/"

    # -- building -------------------------------------------------------------------------

    def rebuild(self, reason: str = "") -> bool:
        """Load the config and build; record the outcome. Never raises."""
        from .build import build

        started = time.perf_counter()
        # Snapshot before building: a file saved during the build differs from it at the next
        # poll and triggers another build (a snapshot taken after would swallow that edit).
        before = self._snapshot()
        try:
            config = self.loader()
            self.config = config
            result = build(config)
        except TimelineError as err:
            self._failed(str(err), reason)
            return False
        except Exception as err:  # noqa: BLE001 - a broken build must not stop the server
            detail = "".join(traceback.format_exception_only(type(err), err)).strip()
            self._failed(f"internal error: {detail}", reason)
            return False
        finally:
            after = self._snapshot()  # the config may now watch other folders
            self._watch = {k: before.get(k, v) for k, v in after.items()}
        problems = [str(d) for d in result.diagnostics if d.level == "error"]
        with self.state.lock:
            self.state.version += 1
            self.state.error = None
            self.state.problems = problems
            self.state.out = config.out
        for d in result.diagnostics:
            self.log(str(d))
        self.log(f"{reason + ': ' if reason else ''}built {len(result.timeline.events)} events from "
                 f"{len(result.timeline.articles)} article(s), {result.written} page(s) written in "
                 f"{time.perf_counter() - started:.2f} s")
        return True

    def _failed(self, message: str, reason: str) -> None:
        with self.state.lock:
            self.state.version += 1
            self.state.error = message
        self.log(f"{reason + ': ' if reason else ''}build failed (still serving the last good site):\n{message}")

    def _snapshot(self) -> dict[str, tuple[int, int]]:
        if self.config is not None:
            return watched_files(self.config, self.config_path)
        # No valid config yet: watch the config file alone.
        cfg = self.config_path or find_config()
        if cfg is None:
            return {}
        try:
            st = cfg.stat()
        except OSError:
            return {}
        return {str(cfg): (st.st_mtime_ns, st.st_size)}

    def _changed(self) -> list[str]:
        now = self._snapshot()
        if now == self._watch:
            return []
        changed = [k for k in now.keys() | self._watch.keys() if now.get(k) != self._watch.get(k)]
        return sorted(changed)

    def _watch_loop(self) -> None:
        while not self.stop_event.wait(self.interval):
            try:
                changed = self._changed()
            except Exception as err:  # noqa: BLE001 - keep watching
                self.log(f"watch error: {err}")
                continue
            if changed:
                shown = ", ".join(Path(c).name for c in changed[:3]) + (" ..." if len(changed) > 3 else "")
                self.rebuild(f"changed {shown}")

    # -- serving --------------------------------------------------------------------------

    def _handler_class(self) -> type[SimpleHTTPRequestHandler]:
        server = self

        class Handler(SimpleHTTPRequestHandler):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                out = server.state.out or (server.config.out if server.config else Path("."))
                super().__init__(*args, directory=str(out), **kwargs)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib name
                if server.verbose:
                    server.log(f"{self.address_string()} {format % args}")

            def end_headers(self) -> None:
                self.send_header("Cache-Control", "no-store")
                super().end_headers()

            def do_GET(self) -> None:  # noqa: N802 - stdlib name
                path = urlsplit(self.path).path
                if path == STATUS_PATH:
                    return self._send(HTTPStatus.OK, "application/json",
                                      json.dumps(server.state.snapshot()).encode("utf-8"))
                target = Path(self.translate_path(self.path))
                if target.is_dir():
                    if not path.endswith("/"):
                        return super().do_GET()  # the stdlib redirects to the slash form
                    target = target / "index.html"
                if target.suffix.lower() in (".html", ".htm"):
                    snap = server.state.snapshot()
                    try:
                        page = target.read_bytes()
                    except OSError:
                        if snap["error"]:
                            page = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Build failed</title></head>"
                                    f"<body><h1>Build failed</h1><pre>{html.escape(snap['error'])}</pre></body></html>").encode()
                            return self._send(HTTPStatus.INTERNAL_SERVER_ERROR, "text/html; charset=utf-8",
                                              inject(page, snap["version"]))
                        return self.send_error(HTTPStatus.NOT_FOUND, f"no page {unquote(path)} in the site")
                    return self._send(HTTPStatus.OK, "text/html; charset=utf-8", inject(page, snap["version"]))
                return super().do_GET()

            def do_HEAD(self) -> None:  # noqa: N802 - stdlib name
                return super().do_HEAD()

            def _send(self, status: HTTPStatus, ctype: str, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return Handler

    # -- life cycle -----------------------------------------------------------------------

    def start(self) -> None:
        """Build once, then serve and watch in background threads."""
        self.rebuild("initial build")
        for target in (self.httpd.serve_forever, self._watch_loop):
            t = threading.Thread(target=target, daemon=True, name=f"timeline-serve-{target.__name__}")
            t.start()
            self._threads.append(t)

    def stop(self) -> None:
        """Stop watching and serving (waits for the threads)."""
        self.stop_event.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        for t in self._threads:
            t.join(timeout=5)


def serve(loader: Callable[[], Config], host: str = "127.0.0.1", port: int = 8000, interval: float = 0.5,
          log: Callable[[str], None] | None = None, verbose: int = 0, config_path: Path | None = None,
          stop: threading.Event | None = None) -> None:
    """Run the development server until interrupted (or until ``stop`` is set)."""
    server = DevServer(loader, host, port, interval, log, verbose, config_path)
    server.start()
    (log or print)(f"Serving {server.url} (Ctrl+C to stop); watching for changes")
    try:
        while not (stop or server.stop_event).wait(0.5):
            pass
    except KeyboardInterrupt:
        (log or print)("stopping")
    finally:
        server.stop()
