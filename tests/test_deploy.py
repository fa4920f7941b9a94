"""`timeline deploy` against a local bare repository (no network)."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from timeline.cli import main

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(argv, out=out, err=err), out.getvalue(), err.getvalue()


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    bare = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", str(bare))
    proj = tmp_path / "proj"
    assert run(["init", str(proj)])[0] == 0
    for k, v in {"GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "T",
                 "GIT_COMMITTER_EMAIL": "t@example.org"}.items():
        monkeypatch.setenv(k, v)
    git(proj, "init", "-q")
    git(proj, "add", "-A")
    git(proj, "commit", "-q", "-m", "init")
    git(proj, "remote", "add", "origin", str(bare))
    monkeypatch.chdir(proj)
    return proj, bare


def files(bare: Path) -> set[str]:
    return set(git(bare, "ls-tree", "-r", "--name-only", "gh-pages").split())


def test_deploy_pushes_site_with_nojekyll_and_keeps_cname(repo: tuple[Path, Path]) -> None:
    proj, bare = repo
    code, _, err = run(["deploy"])
    assert code == 1 and "run `timeline build` first" in err
    code, _, err = run(["deploy", "--build"])
    assert code == 0, err
    first = files(bare)
    assert "index.html" in first and ".nojekyll" in first and "CNAME" not in first
    # a CNAME in the site is published
    (proj / "site" / "CNAME").write_text("news.example.org\n", encoding="utf-8")
    assert run(["deploy"])[0] == 0
    assert git(bare, "show", "gh-pages:CNAME").strip() == "news.example.org"
    # a rebuild that drops it from the site keeps the branch's CNAME
    (proj / "site" / "CNAME").unlink()
    code, _, err = run(["deploy", "-m", "Second deploy"])
    assert code == 0 and "CNAME news.example.org" in err
    assert git(bare, "show", "gh-pages:CNAME").strip() == "news.example.org"
    assert git(bare, "log", "-1", "--format=%s", "gh-pages").strip() == "Second deploy"
    assert len(git(bare, "log", "--format=%H", "gh-pages").split()) == 3  # history kept


def test_no_push_and_missing_remote(repo: tuple[Path, Path]) -> None:
    proj, bare = repo
    assert run(["build", "-q"])[0] == 0
    code, _, err = run(["deploy", "--no-push", "--cname", "x.example.org"])
    assert code == 0 and "not pushed" in err
    assert git(proj, "show", "gh-pages:CNAME").strip() == "x.example.org"
    assert subprocess.run(["git", "rev-parse", "--verify", "gh-pages"], cwd=bare, capture_output=True).returncode != 0
    code, _, err = run(["deploy", "--remote", "nowhere"])
    assert code == 1 and "no git remote 'nowhere'" in err


def test_not_a_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    proj = tmp_path / "p"
    run(["init", str(proj)])
    monkeypatch.chdir(proj)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    assert run(["build", "-q"])[0] == 0
    code, _, err = run(["deploy"])
    assert code == 1 and "not in a git repository" in err
