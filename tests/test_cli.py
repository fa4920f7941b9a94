"""The command-line contracts of issue 2: `timeline build`, `extract --format json`, `tag --jsonl`."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from timeline import __version__
from timeline.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "seeds" / "jaishankar-rubio-call.md"


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def seed_body() -> str:
    text = SEED.read_text(encoding="utf-8")
    return text.split("---\n", 2)[2]


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--version"])[0] == 0
    import sys as _sys

    import timeline as _pkg

    where = Path(_pkg.__file__).resolve().parent
    assert capsys.readouterr().out.strip() == f"timeline {__version__} ({where}, Python {_sys.version.split()[0]})"
    for cmd in ("build", "extract", "tag"):
        assert run([cmd, "--help"])[0] == 0
        assert f"usage: timeline {cmd}" in capsys.readouterr().out


def test_no_command_is_usage_error() -> None:
    code, _, err = run([])
    assert code == 2
    assert "usage: timeline" in err


def test_extract_json_contract() -> None:
    code, out, err = run(["extract", str(SEED), "--format", "json"])
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"events"}
    assert data["events"], "the seed has events"
    body = seed_body()
    for ev in data["events"]:
        assert set(ev) == {"id", "date", "status", "title", "sources"}
        assert re.fullmatch(r"[a-z0-9-]+", ev["id"])
        assert set(ev["date"]) == {"value", "granularity", "mod", "label"}
        assert ev["status"] in ("past", "planned")
        for s in ev["sources"]:
            assert set(s) == {"article", "title", "url", "published", "sentence", "expr", "start", "end"}
            assert s["article"] == "jaishankar-rubio-call"
            assert s["published"] == "2026-01-13"
            assert body[s["start"]:s["end"]] == s["expr"]
            assert s["expr"] in s["sentence"]
            assert s["sentence"] in body


def test_extract_json_may_2025() -> None:
    code, out, _ = run(["extract", str(SEED)])
    events = json.loads(out)["events"]
    may = [e for e in events if e["date"]["value"] == "2025-05"]
    assert len(may) == 1
    assert may[0]["date"]["granularity"] == "month"
    assert may[0]["date"]["label"] == "May 2025"
    assert may[0]["sources"][0]["expr"].endswith("May 2025")


def test_tag_jsonl_contract(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    lines = [
        {"id": "a", "dct": "2026-01-13", "text": "The four-day conflict in May 2025 ended."},
        {"id": "b", "dct": "2026-01-13", "text": "Nothing here."},
    ]
    src.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    code, out, err = run(["tag", "--jsonl", str(src)])
    assert code == 0, err
    recs = [json.loads(x) for x in out.splitlines()]
    assert [r["id"] for r in recs] == ["a", "b"]
    assert recs[1]["timexes"] == []
    may = [t for t in recs[0]["timexes"] if t["type"] == "DATE"]
    assert may == [{"start": 25, "end": 33, "text": "May 2025", "type": "DATE", "value": "2025-05", "mod": None}]
    for t in recs[0]["timexes"]:
        assert set(t) == {"start", "end", "text", "type", "value", "mod"}
        assert lines[0]["text"][t["start"]:t["end"]] == t["text"]


def test_tag_jsonl_bad_line_reports_file_and_line(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "dct": "2026-01-13", "text": "x"}\nnot json\n', encoding="utf-8")
    code, out, err = run(["tag", "--jsonl", str(src)])
    assert code == 1
    assert err.startswith(f"{src}:2: error: ")
    assert "Traceback" not in err
    assert len(out.splitlines()) == 1


def test_tag_article_file_uses_front_matter_date() -> None:
    code, out, _ = run(["tag", str(SEED)])
    assert code == 0
    rec = json.loads(out)
    assert rec["id"] == "jaishankar-rubio-call"
    body = seed_body()
    for t in rec["timexes"]:
        assert body[t["start"]:t["end"]] == t["text"]


def test_build_end_to_end(tmp_path: Path) -> None:
    src = tmp_path / "seeds"
    src.mkdir()
    (src / "seed.md").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "site"
    code, _, err = run(["build", "--source", str(src), "--out", str(out)])
    assert code == 0, err
    assert re.search(r"^Built \d+ events from 1 article in [\d.]+ s -> ", err, re.M)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<time datetime="2025-05-01">' in index
    assert 'href="/' not in index and "http://" not in index.replace("http://www.w3.org", "")
    article_links = re.findall(r'href="(articles/[^"#]+)"', index)
    assert article_links
    for link in article_links:
        assert (out / link).is_file()


def test_build_bad_article_reports_and_builds_the_rest(tmp_path: Path) -> None:
    src = tmp_path / "seeds"
    src.mkdir()
    (src / "good.md").write_text("---\ntitle: Good\ndate: 2026-01-13\n---\nTalks were held in May 2025.\n", encoding="utf-8")
    (src / "bad.md").write_text("---\ntitle: Bad\ndate: [unclosed\n---\nText.\n", encoding="utf-8")
    out = tmp_path / "site"
    code, _, err = run(["build", "--source", str(src), "--out", str(out)])
    assert code == 1
    assert re.search(rf"^{re.escape(str(src / 'bad.md'))}:\d+: error: front matter is not valid YAML", err, re.M)
    assert "Traceback" not in err
    assert (out / "index.html").is_file()
    assert "May 2025" in (out / "index.html").read_text(encoding="utf-8")


def test_build_refuses_source_as_out(tmp_path: Path) -> None:
    src = tmp_path / "seeds"
    src.mkdir()
    (src / "a.md").write_text("---\ndate: 2026-01-13\n---\nMay 2025.\n", encoding="utf-8")
    before = sorted(p.name for p in src.iterdir())
    for out in (src, tmp_path):
        code, _, err = run(["build", "--source", str(src), "--out", str(out)])
        assert code == 1
        assert "refusing to write the site" in err
    assert sorted(p.name for p in src.iterdir()) == before


def test_extract_csv_neutralises_formulas(tmp_path: Path) -> None:
    art = tmp_path / "=cmd.md"
    art.write_text("---\ntitle: T\ndate: 2026-01-13\n---\n=HYPERLINK(\"http://x\") Talks were held in May 2025.\n",
                   encoding="utf-8")
    code, out, err = run(["extract", str(art), "--format", "csv"])
    assert code == 0, err
    import csv as csvmod

    rows = list(csvmod.DictReader(io.StringIO(out)))
    assert rows, "one event expected"
    for row in rows:
        for key in ("title", "articles", "sentence"):
            assert not row[key].startswith(("=", "+", "-", "@")), (key, row[key])
    assert any(r["articles"] == "'=cmd" for r in rows)


def test_extract_without_paths_reads_the_config_s_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`timeline extract` in a project reads the folder its timeline.toml names, as build and check do."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "talks.md").write_text(
        "---\ntitle: Talks\ndate: 2026-03-05\n---\nTalks broke down in Lund on Tuesday.\n", encoding="utf-8")
    (tmp_path / "timeline.toml").write_text('source = "articles"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(["extract", "--format", "table"])
    assert code == 0, err
    assert out == "2026-03-03   past     Talks broke down in Lund  [talks]\n"
    (tmp_path / "timeline.toml").unlink()
    code, out, err = run(["extract"])
    assert code == 1 and err == "seeds: error: no such file or folder\n"


def test_build_from_a_missing_source_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A mistyped --source is an error and the site on disk stays as it was."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("the old site", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(["build", "--source", "sedes", "--out", "site"])
    assert code == 1
    assert err == "timeline: error: sedes: no such file or folder; nothing was built or written\n"
    assert [p.name for p in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "the old site"


def test_debug_after_the_command_and_a_port_out_of_range(capsys: pytest.CaptureFixture[str]) -> None:
    from timeline.cli import parser

    assert parser().parse_args(["build", "--debug"]).debug is True
    assert parser().parse_args(["--debug", "build"]).debug is True
    assert parser().parse_args(["build"]).debug is False
    with pytest.raises(SystemExit) as info:
        parser().parse_args(["serve", "--port", "99999"])
    assert info.value.code == 2
    assert "argument --port: '99999' is not a port (0 to 65535; 0 picks a free one)" in capsys.readouterr().err
