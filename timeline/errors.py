"""Errors and diagnostics. Library code raises or collects these; only the CLI prints.

TimelineError
 ├── InputError     a bad input file: path, line (and column) are known
 ├── ConfigError    a bad configuration key or value
 └── BuildError     the build as a whole cannot proceed (output folder refused, templates broken)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One message about one input, printed GCC-style: ``path:line: level: message``."""

    path: str
    line: int | None
    level: Literal["error", "warning", "info"]
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.level}: {self.message}"


class TimelineError(Exception):
    """Base of every error the tool reports to users without a traceback."""


class InputError(TimelineError):
    """An input file cannot be used."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.message = message

    @property
    def diagnostic(self) -> Diagnostic:
        """The error as a printable diagnostic."""
        return Diagnostic(self.path, self.line, "error", self.message)

    def __str__(self) -> str:
        return str(self.diagnostic)


class ConfigError(InputError):
    """A configuration file or option is invalid."""


class BuildError(TimelineError):
    """The build cannot proceed at all (and the previous output is left untouched)."""
