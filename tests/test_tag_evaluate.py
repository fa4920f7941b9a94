"""The TempEval-3 style scorer of timeline.evaluate (no corpus needed)."""

from __future__ import annotations

import json
from pathlib import Path

from timeline.evaluate import canon_value, main, match_one_to_one, score


def test_canon_value() -> None:
    assert canon_value("2013-03-22t10:00:00Z") == "2013-03-22T10:00"
    assert canon_value(" 2012-XX-XXT20 ") == "2012-XX-XXT20:00"


def test_one_to_one_greedy_by_overlap() -> None:
    gold = [{"start": 0, "end": 10}, {"start": 12, "end": 20}]
    pred = [{"start": 0, "end": 20}]
    assert match_one_to_one(gold, pred) == [(0, 0)]


def test_strict_relaxed_value() -> None:
    gold = {"d": {"text": "on Monday and in May 2025", "timexes": [
        {"start": 3, "end": 9, "type": "DATE", "value": "2025-06-16"},
        {"start": 17, "end": 25, "type": "DATE", "value": "2025-05"},
        {"start": 0, "end": 2, "type": "DURATION", "value": "P1D"}]}}
    pred = {"d": {"timexes": [
        {"start": 3, "end": 9, "type": "DATE", "value": "2025-06-16"},
        {"start": 14, "end": 25, "type": "DATE", "value": "2025"}]}}
    res = score(gold, pred)
    assert res["gold"] == 2 and res["pred"] == 2
    assert res["strict"]["tp"] == 1
    assert res["relaxed"]["tp"] == 2
    assert res["value"]["tp"] == 1
    assert score(gold, pred, ("DATE", "TIME", "DURATION", "SET"))["gold"] == 3


def test_main_tags_a_corpus(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "mini.jsonl"
    text = "The minister resigned on Tuesday, 13 January 2026."
    corpus.write_text(json.dumps({"id": "a", "dct": "2026-01-14", "text": text, "timexes": [
        {"start": 25, "end": 49, "text": text[25:49], "type": "DATE", "value": "2026-01-13"}]}) + "\n")
    assert main([str(corpus), "--errors", "3"]) == 0
    out = capsys.readouterr().out
    assert "value" in out and "100.0" in out


def test_missing_corpus_is_reported(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([str(tmp_path / "nope.jsonl")]) == 2
    assert "no such corpus file" in capsys.readouterr().err
