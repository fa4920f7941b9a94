"""Configuration: timeline.toml or [tool.timeline], every problem reported with key, value and expectation."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.config import Config, ConfigProblems, known_keys, load_config
from timeline.errors import ConfigError


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_defaults_without_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    cfg = load_config()
    assert cfg.title == "Timeline" and cfg.source == Path("seeds") and cfg.out == Path("site")
    assert cfg.cache and cfg.cache_dir == Path(".timeline-cache") and cfg.jobs == 0 and cfg.executor == "auto"


def test_timeline_toml_paths_relative_to_the_file(tmp_path: Path) -> None:
    p = write(tmp_path, "timeline.toml", 'title = "T"\nsource = "articles"\nout = "public"\nper_page = 50\n'
                                         'timezone = "Europe/Paris"\njobs = 2\ncache = false\n')
    cfg = load_config(p)
    assert cfg.title == "T" and cfg.per_page == 50 and cfg.timezone == "Europe/Paris" and cfg.jobs == 2
    assert cfg.source == tmp_path / "articles" and cfg.out == tmp_path / "public" and cfg.cache is False
    assert cfg.cache_dir == tmp_path / ".timeline-cache" and cfg.root == tmp_path


def test_pyproject_tool_table_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "pyproject.toml", '[project]\nname = "x"\n\n[tool.timeline]\ntitle = "From pyproject"\n')
    monkeypatch.chdir(tmp_path)
    assert load_config().title == "From pyproject"


def test_timeline_toml_wins_over_pyproject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "pyproject.toml", '[tool.timeline]\ntitle = "P"\n')
    write(tmp_path, "timeline.toml", 'title = "T"\n')
    monkeypatch.chdir(tmp_path)
    assert load_config().title == "T"


def test_every_problem_is_collected(tmp_path: Path) -> None:
    p = write(tmp_path, "timeline.toml", 'titel = "x"\nper_page = 0\nbase_url = "example.org"\n'
                                         'timezone = "Mars/Olympus"\njobs = "many"\nexecutor = "cloud"\n')
    with pytest.raises(ConfigProblems) as info:
        load_config(p)
    text = str(info.value)
    lines = text.splitlines()
    assert f"{p}:1: error: unknown key 'titel'; did you mean 'title'?" in lines
    assert f"{p}:2: error: key 'per_page': expected a whole number >= 1, got 0" in lines
    assert any("key 'base_url': expected an absolute http(s) URL" in line and "'example.org'" in line for line in lines)
    assert any("key 'timezone': expected an IANA time zone name" in line and "'Mars/Olympus'" in line for line in lines)
    assert f"{p}:5: error: key 'jobs': expected a whole number, got 'many'" in lines
    assert any("key 'executor': expected one of auto, serial, process, dask, got 'cloud'" in line for line in lines)
    assert lines[-1].endswith("6 configuration problems; fix them and run again")
    assert isinstance(info.value, ConfigError)  # the CLI prints it like any input error


def test_wrong_types_and_bools(tmp_path: Path) -> None:
    p = write(tmp_path, "timeline.toml", 'per_page = true\ncache = "yes"\ntitle = 3\n')
    with pytest.raises(ConfigProblems) as info:
        load_config(p)
    msgs = [d.message for d in info.value.diagnostics]
    assert "key 'per_page': expected a whole number, got True" in msgs
    assert "key 'cache': expected true or false, got 'yes'" in msgs
    assert "key 'title': expected a string, got 3" in msgs


def test_unknown_key_far_from_any(tmp_path: Path) -> None:
    p = write(tmp_path, "timeline.toml", 'zzz = 1\n')
    with pytest.raises(ConfigProblems, match="unknown key 'zzz'; expected one of: base_url, cache"):
        load_config(p)


def test_invalid_toml_names_the_line(tmp_path: Path) -> None:
    p = write(tmp_path, "timeline.toml", 'title = "x"\nout = \n')
    with pytest.raises(ConfigError, match=r"timeline.toml:2: error: invalid TOML"):
        load_config(p)


@pytest.mark.parametrize("text,message", [
    ('source = "a"\ntitle = "x"\nsource = "b"\n', "timeline.toml:3: error: invalid TOML: source is given twice"),
    ('[build]\nout = "a"\n[build]\n', r"timeline.toml:3: error: invalid TOML: \[build\] is given twice"),
])
def test_a_key_or_table_given_twice_is_named(tmp_path: Path, text: str, message: str) -> None:
    p = write(tmp_path, "timeline.toml", text)
    with pytest.raises(ConfigError, match=message):
        load_config(p)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.toml")


def test_command_line_overrides_and_their_validation(tmp_path: Path) -> None:
    p = write(tmp_path, "timeline.toml", 'out = "public"\njobs = 2\n')
    cfg = load_config(p, out=Path("elsewhere"), jobs=None, base_url="https://x.org/")
    assert cfg.out == Path("elsewhere") and cfg.jobs == 2 and cfg.base_url == "https://x.org/"
    with pytest.raises(ConfigProblems, match=r"command line: error: key 'jobs': expected a whole number >= 0"):
        load_config(p, jobs=-1)


def test_every_config_field_is_a_key() -> None:
    fields = set(Config.__dataclass_fields__) - {"root"}
    assert fields == set(known_keys())


def test_docs_document_every_key() -> None:
    docs = (Path(__file__).resolve().parent.parent / "docs" / "config.md").read_text(encoding="utf-8")
    for key in known_keys():
        assert f"| `{key}` |" in docs, key
