"""`timeline check`: lint articles as path:line: level: message, exit 1 on errors."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
import yaml

from timeline.check import check
from timeline.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(argv, out=out, err=err), out.getvalue(), err.getvalue()


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    s = tmp_path / "seeds"
    (s / "sub").mkdir(parents=True)
    (s / "good.md").write_text("---\ntitle: Good\ndate: 2025-06-01\n---\nThe bridge opened on 12 May 2025.\n", encoding="utf-8")
    (s / "future.md").write_text("---\ntitle: F\ndate: 2099-01-01\n---\nThe bridge opened on 12 May 2025.\n", encoding="utf-8")
    (s / "broken.md").write_text("---\ntitle: B\ndate: [oops\n---\nx\n", encoding="utf-8")
    (s / "latin1.md").write_bytes(b"---\ntitle: L\ndate: 2025-01-01\n---\ncaf\xe9 opened on 12 May 2025\n")
    (s / "nodate.txt").write_text("Headline\nNothing dated happens here.\n", encoding="utf-8")
    (s / "sub" / "good.md").write_text("---\ntitle: Dup\ndate: 2025-06-01\n---\nOpened on 12 May 2025.\n", encoding="utf-8")
    # sub/good.md repeats good.md's name, so its id is its path, "sub-good": this file's id too
    (s / "sub-good.md").write_text("---\ntitle: Sub good\ndate: 2025-06-01\n---\nIt closed on 13 May 2025.\n", encoding="utf-8")
    return s


def test_lint_messages(corpus: Path) -> None:
    report = check([corpus], today=dt.date(2026, 1, 1))
    lines = [str(d) for d in report.diagnostics]
    s = str(corpus)
    # The line of the unclosed '[' (issue 7), the line where the parser noticed in the message.
    assert any(ln.startswith(f"{s}/broken.md:3: error: front matter is not valid YAML: expected ',' or ']', but got '<stream end>'")
               for ln in lines)
    assert any(x.startswith(f"{s}/future.md:3: warning: publication date 2099-01-01 is in the future") for x in lines)
    assert any(x.startswith(f"{s}/latin1.md:5: error: undecodable as UTF-8") for x in lines)
    assert any(x.startswith(f"{s}/nodate.txt:1: warning: no publication date") for x in lines)
    assert any(x.startswith(f"{s}/nodate.txt:2: warning: article yields no events") for x in lines)
    assert f"{s}/sub/good.md:1: error: duplicate article id 'sub-good' (also {s}/sub-good.md); rename one of the files" in lines
    assert not any(x.startswith(f"{s}/good.md") for x in lines)
    # every line is path:line: level: message
    assert all(__import__("re").match(r"^[^:]+:\d+: (error|warning|info): .+", x) for x in lines)
    assert report.errors == 3 and report.files == 7


def test_cli_exit_status(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(corpus.parent)
    code, out, err = run(["check", str(corpus)])
    assert code == 1 and "broken.md:3: error:" in out and "3 errors" in err
    code, out, _ = run(["check", str(corpus / "good.md")])
    assert code == 0 and out == ""
    code, out, _ = run(["check", "--strict", str(corpus / "nodate.txt")])
    assert code == 1 and "warning" in out
    code, out, _ = run(["check", "--no-events", str(corpus / "nodate.txt")])
    assert code == 0 and "yields no events" not in out


def test_pre_commit_hook_definition() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "timeline-check")
    assert hook["entry"] == "timeline check" and hook["pass_filenames"] is True and hook["language"] == "python"


def test_curated_events_and_corrections_are_linted(tmp_path: Path) -> None:
    s = tmp_path / "seeds"
    (s / "events").mkdir(parents=True)
    (s / "a.md").write_text("---\ntitle: A\ndate: 2025-06-01\n---\nThe bridge opened on 12 May 2025.\n", encoding="utf-8")
    (s / "events" / "hand.yaml").write_text(
        "- date: 2025-03-01\n  title: Treaty signed\n"
        "- date: 2025-13-40\n  title: Impossible\n"
        "- date: 2025-04-02\n  title: Odd\n  colour: red\n", encoding="utf-8")
    (s / "corrections.yaml").write_text("- id: no-such-event\n  drop: true\n- drop: true\n", encoding="utf-8")
    report = check([s], today=dt.date(2026, 1, 1))
    lines = [str(d) for d in report.diagnostics]
    ev, fixes = f"{s}/events/hand.yaml", f"{s}/corrections.yaml"
    assert any(x.startswith(f"{ev}:3: error: ") and "2025-13-40" in x for x in lines), lines
    assert any(x.startswith(f"{ev}:5: warning: ") and "unknown key(s) colour ignored" in x for x in lines), lines
    assert any(x.startswith(f"{fixes}:3: error: a correction needs the 'id'") for x in lines), lines
    assert any(x.startswith(f"{fixes}:1: warning: correction for unknown event id 'no-such-event'") for x in lines), lines
    assert report.files == 3 and report.errors == 2
    # Without the extraction the files are still parsed; only the unknown-id check needs the events.
    quick = [str(d) for d in check([s], events=False, today=dt.date(2026, 1, 1)).diagnostics]
    assert any(x.startswith(f"{ev}:3: error: ") for x in quick)
    assert not any("unknown event id" in x for x in quick)
    # A clean folder stays clean.
    (s / "events" / "hand.yaml").write_text("- date: 2025-03-01\n  title: Treaty signed\n", encoding="utf-8")
    (s / "corrections.yaml").unlink()
    assert [str(d) for d in check([s], today=dt.date(2026, 1, 1)).diagnostics] == []
