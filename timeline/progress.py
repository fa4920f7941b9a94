"""Build progress reporting, kept apart from building (like Lektor's reporters).

The build calls ``phase()``, ``advance()`` and ``detail()``; the command line picks the
reporter: a rich progress bar on an interactive terminal, nothing when the output is not a
terminal or when running under CI, and plain ``detail`` lines with ``-v``.
"""

from __future__ import annotations

import os
import time
from typing import Any, TextIO

#: Environment variables set by CI services; any of them turns the progress bar off.
CI_VARS = ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "TF_BUILD", "JENKINS_URL", "TEAMCITY_VERSION")
#: Below this many items a phase shows no bar (it would only flicker).
MIN_BAR = 50


class Progress:
    """The silent reporter; subclasses show something."""

    def phase(self, name: str, total: int | None = None) -> None:
        """Start a phase of ``total`` steps (None: unknown)."""

    def advance(self, n: int = 1) -> None:
        """Mark ``n`` steps of the current phase done."""

    def detail(self, message: str) -> None:
        """A detail line, shown only in verbose mode."""

    def close(self) -> None:
        """End the reporting (remove the bar)."""

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class LineProgress(Progress):
    """Verbose mode without a terminal: one timestamped line per phase and detail."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.started = time.perf_counter()

    def _line(self, text: str) -> None:
        print(f"[{time.perf_counter() - self.started:7.2f}s] {text}", file=self.stream, flush=True)

    def phase(self, name: str, total: int | None = None) -> None:
        self._line(f"{name}" + (f" ({total})" if total is not None else ""))

    def detail(self, message: str) -> None:
        self._line(f"  {message}")


class RichProgress(Progress):
    """A rich progress bar on a terminal (transient: it disappears when the build ends)."""

    def __init__(self, stream: TextIO, verbose: int = 0) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.console = Console(file=stream)
        self.verbose = verbose
        self.bar = Bar(SpinnerColumn(), TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(),
                       TimeElapsedColumn(), console=self.console, transient=True)
        self.task: Any = None
        self.started = False

    def phase(self, name: str, total: int | None = None) -> None:
        if total is not None and total < MIN_BAR and not self.verbose:
            if self.task is not None:
                self.bar.update(self.task, visible=False)
            self.task = None
            return
        if not self.started:
            self.bar.start()
            self.started = True
        if self.task is not None:
            self.bar.update(self.task, visible=False)
        self.task = self.bar.add_task(name, total=total)

    def advance(self, n: int = 1) -> None:
        if self.task is not None:
            self.bar.advance(self.task, n)

    def detail(self, message: str) -> None:
        if self.verbose:
            self.console.print(f"  {message}", highlight=False, markup=False)

    def close(self) -> None:
        if self.started:
            self.bar.stop()
            self.started = False


def in_ci(environ: dict[str, str] | None = None) -> bool:
    """Whether a CI service runs us (a bar would only clutter its log)."""
    env = os.environ if environ is None else environ
    return any(env.get(k) not in (None, "", "0", "false") for k in CI_VARS)


def make_progress(stream: TextIO, verbose: int = 0, quiet: bool = False) -> Progress:
    """The right reporter for ``stream``: a bar on a terminal, lines with ``-v``, else silence."""
    if quiet:
        return Progress()
    tty = bool(getattr(stream, "isatty", lambda: False)()) and os.environ.get("TERM") != "dumb"
    if tty and not in_ci():
        try:
            return RichProgress(stream, verbose)
        except ImportError:  # rich missing: fall back to lines
            pass
    return LineProgress(stream) if verbose else Progress()
