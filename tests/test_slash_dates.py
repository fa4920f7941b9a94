"""Numeric dates with slashes whose two numbers could each be the month (``12/01/2026``):
month first by default (US/AP style), day first when the article's other slash dates or its
language say so (timeline/tag: ``slash_order``; build: ``day_first``; check: ``ambiguous_dates``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.build import analyse_article, day_first
from timeline.check import check
from timeline.read import read_article
from timeline.tag import tag

DCT = dt.date(2026, 1, 13)


@pytest.mark.parametrize(("text", "flag", "values"), [
    ("It will be signed on 12/01/2026.", False, ["2026-12-01"]),  # the default: month first
    ("Signed on 12/01/2026.", False, ["2026-01-12"]),  # ... unless that puts a past clause's date ahead
    ("Signed on 12/01/2026.", True, ["2026-01-12"]),  # the article's language: day first
    ("Signed on 12/01/2026; due on 25/01/2026.", False, ["2026-01-12", "2026-01-25"]),  # the text settles it
    ("Signed on 12/01/2026; due on 01/25/2026.", True, ["2026-12-01", "2026-01-25"]),  # ... either way
    ("Signed on 12/01/2026; 25/01/2026 and 01/25/2026.", True, ["2026-01-12", "2026-01-25", "2026-01-25"]),  # both: the flag
    ("Signed on 05/05/2026.", False, ["2026-05-05"]),  # one reading only
    ("Signed on 12.01.2026.", False, ["2026-01-12"]),  # dots are day first anyway
])
def test_slash_dates(text: str, flag: bool, values: list[str]) -> None:
    assert [e.value for e in tag(text, DCT, day_first=flag)] == values


@pytest.mark.parametrize(("lang", "first"), [("en", False), ("en-US", False), ("en-GB", True), ("en_IN", True),
                                             ("en-au", True), ("es", False)])
def test_day_first_languages(lang: str, first: bool) -> None:
    assert day_first(lang) is first


def _write(tmp_path: Path, name: str, lang: str, body: str) -> Path:
    p = tmp_path / name
    p.write_text(f"---\ntitle: T\ndate: 2026-01-13\n{lang}---\n{body}\n", encoding="utf-8")
    return p


def test_an_article_in_british_english_reads_day_first(tmp_path: Path) -> None:
    art = read_article(_write(tmp_path, "uk.md", "lang: en-GB\n", "The deal was signed on 12/01/2026.")).article
    assert [m.date.value for m in analyse_article(art).mentions] == ["2026-01-12"]


def test_check_warns_of_a_slash_date_read_month_first_by_default(tmp_path: Path) -> None:
    _write(tmp_path, "a.md", "", "The deal will be signed on 12/01/2026.")
    _write(tmp_path, "b.md", "lang: en-GB\n", "The deal will be signed on 12/01/2026.")
    _write(tmp_path, "c.md", "", "The deal will be signed on 12/01/2026; it starts on 25/01/2026.")
    report = check([tmp_path], today=dt.date(2026, 1, 20))
    assert [(Path(d.path).name, d.line, d.message) for d in report.diagnostics] == [
        ("a.md", 5, "'12/01/2026' is read month first (1 December 2026); if it means 12 January 2026, write "
                    "2026-01-12 or set 'lang: en-GB' (day first) in the front matter")]


def test_an_offset_counts_from_the_day_first_reading() -> None:
    import datetime as dt

    from timeline.tag import tag

    text = "The ship left on 04/03/2026. It docked three days later."
    assert [(x.text, x.value) for x in tag(text, dt.date(2026, 5, 1), day_first=True)] == [
        ("04/03/2026", "2026-03-04"), ("three days later", "2026-03-07")]
    assert [(x.text, x.value) for x in tag(text, dt.date(2026, 5, 1))] == [
        ("04/03/2026", "2026-04-03"), ("three days later", "2026-04-06")]


def test_the_sites_language_is_an_articles_without_a_region(tmp_path: Path) -> None:
    """timeline.toml's ``language = "en-GB"``: an article without ``lang`` reads 04/03/2026 day
    first; one with its own region keeps it."""
    from timeline.build import extract

    src = tmp_path / "seeds"
    src.mkdir()
    (src / "a.md").write_text("---\ntitle: A\ndate: 2026-05-01\n---\nPolice were called to the flat on 04/03/2026.\n",
                              encoding="utf-8")
    (src / "b.md").write_text("---\ntitle: B\ndate: 2026-05-01\nlang: en-US\n---\nThe plant closed on 04/03/2026.\n",
                              encoding="utf-8")
    got = {m.article: m.date.value for e in extract([src], lang="en-GB").timeline.events for m in e.mentions}
    assert got == {"a": "2026-03-04", "b": "2026-04-03"}
    got = {m.article: m.date.value for e in extract([src]).timeline.events for m in e.mentions}
    assert got == {"a": "2026-04-03", "b": "2026-04-03"}


def test_a_past_clause_reads_a_default_slash_date_day_first_when_month_first_is_ahead() -> None:
    """No region, no other slash date: "were called ... on 04/03/2026" in a March 20 article is
    4 March (3 April is after publication); a plan keeps month first."""
    import datetime as dt

    from timeline.tag import tag

    past = "Police were called to the flat on 04/03/2026. They returned three days later."
    assert [(x.text, x.value) for x in tag(past, dt.date(2026, 3, 20))] == [
        ("04/03/2026", "2026-03-04"), ("three days later", "2026-03-07")]
    assert [x.value for x in tag("The council will vote on 04/03/2026.", dt.date(2026, 3, 20))] == ["2026-04-03"]
    # the text's own month-first date decides
    assert [x.value for x in tag("Filed 01/25/2026; police were called on 04/03/2026.", dt.date(2026, 3, 20))] == [
        "2026-01-25", "2026-04-03"]


def test_check_says_which_way_a_slash_date_was_read(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text("---\ntitle: A\ndate: 2026-03-20\n---\nPolice were called to the flat on 04/03/2026.\n\n"
                 "The council will vote on 05/06/2026.\n", encoding="utf-8")
    msgs = [d.message for d in check([p]).diagnostics if "slash" in d.message or "first" in d.message]
    assert any(m.startswith("'04/03/2026' is read day first (4 March 2026)") for m in msgs), msgs
    assert any(m.startswith("'05/06/2026' is read month first (6 May 2026)") for m in msgs), msgs
