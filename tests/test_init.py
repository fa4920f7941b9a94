"""`timeline init`: a project that builds at once, from files shipped as package data."""

from __future__ import annotations

import io
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from timeline.cli import main
from timeline.config import known_keys, load_config
from timeline.scaffold import FILES, scaffold_dir


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(argv, out=out, err=err), out.getvalue(), err.getvalue()


def test_scaffold_files_are_package_data() -> None:
    for src in FILES:
        assert (scaffold_dir() / src).is_file(), src
    data = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert '"_scaffold/**/*"' in data


def test_init_then_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(["init", str(tmp_path / "my-news")])
    assert code == 0, err
    proj = tmp_path / "my-news"
    for dst in FILES.values():
        assert (proj / dst).is_file(), dst
    monkeypatch.chdir(proj)
    code, _, err = run(["build", "-q"])
    assert code == 0, err
    assert (proj / "site" / "index.html").is_file()
    assert "Harbour bridge" in (proj / "site" / "index.html").read_text(encoding="utf-8") or \
        any("Harbour bridge" in p.read_text(encoding="utf-8") for p in (proj / "site").rglob("*.html"))
    code, out, err = run(["check"])
    assert code == 0, out + err


def test_toml_documents_every_key(tmp_path: Path) -> None:
    run(["init", str(tmp_path), "--title", 'A "quoted" title'])
    text = (tmp_path / "timeline.toml").read_text(encoding="utf-8")
    for key in known_keys():
        if key == "templates":
            assert "# templates = " in text
        else:
            assert f"\n{key} = " in text, key
        # a comment right above each key
        at = text.index(f"{key} = ")
        before = text[:at].rstrip("# ").splitlines()
        assert before[-1].lstrip().startswith("#"), key
    cfg = load_config(tmp_path / "timeline.toml")
    assert cfg.title == 'A "quoted" title'
    assert tomllib.loads(text)["title"] == 'A "quoted" title'


def test_pages_workflow(tmp_path: Path) -> None:
    run(["init", str(tmp_path)])
    wf = yaml.safe_load((tmp_path / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    steps = [s for job in wf["jobs"].values() for s in job["steps"]]
    uses = [s.get("uses", "") for s in steps]
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    assert any("timeline build" in s.get("run", "") for s in steps)
    assert wf["permissions"]["pages"] == "write" and wf["permissions"]["id-token"] == "write"
    ignore = (tmp_path / ".gitignore").read_text(encoding="utf-8")
    assert "/site/" in ignore and "/.timeline-cache/" in ignore


def test_init_refuses_to_overwrite(tmp_path: Path) -> None:
    (tmp_path / "timeline.toml").write_text("mine\n", encoding="utf-8")
    code, _, err = run(["init", str(tmp_path)])
    assert code == 1 and "refusing to overwrite" in err and "--force" in err
    assert (tmp_path / "timeline.toml").read_text(encoding="utf-8") == "mine\n"
    assert not (tmp_path / "seeds").exists()
    code, _, err = run(["init", str(tmp_path), "--force"])
    assert code == 0 and "mine" not in (tmp_path / "timeline.toml").read_text(encoding="utf-8")
