"""Undated articles (issue 7): a clear warning, an inferred date where the text allows, never a guess."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.build import analyse_article
from timeline.infer import UNANCHORED, infer_published
from timeline.read import read_article


@pytest.mark.parametrize(("text", "date", "how"), [
    ("WASHINGTON, Jan. 13, 2026 (Reuters) - The talks ended on Monday.", dt.date(2026, 1, 13), "dateline"),
    ("NEW DELHI, 13 January 2026: Ministers met on Tuesday.", dt.date(2026, 1, 13), "dateline"),
    ("January 13, 2026 — The council met.", dt.date(2026, 1, 13), "dateline"),
    ("LONDON (AP) 2026-01-13 - The council met.", dt.date(2026, 1, 13), "dateline"),
    ("In a speech on 3 March 2025, she said the plan of 1 June 2024 had failed.", dt.date(2025, 3, 3), "latest"),
    ("The deal of 5 May 2024 was signed.\n\nTalks resumed on 12 January 2026 and ended on 2 January 2026.",
     dt.date(2026, 1, 12), "latest"),
    ("It was expected on 30 February 2026. It came on 2 March 2026.", dt.date(2026, 3, 2), "latest"),
    ("Talks ended on 2 January 2026. The next round will be held on 20 March 2026.", dt.date(2026, 1, 2), "latest"),
    ("The deal signed by the minister on 3 March 2025 must be ratified by 1 June 2025.", dt.date(2025, 3, 3), "latest"),
])
def test_inference_rules(text: str, date: dt.date, how: str) -> None:
    found = infer_published(text)
    assert found is not None and (found.date, found.how) == (date, how)
    assert text[found.offset:].startswith(found.text)


@pytest.mark.parametrize("text", [
    "The ministers met on Monday and will meet again next month.",
    "Prices rose in May 2025 and again last week.",  # a month is not a day: no inference
    "",
    "Born 31 September 1990 (an impossible date).",
    "The summit is scheduled for 20 March 2026.",  # only a future date: never inferred from it
])
def test_nothing_inferred_without_a_full_date(text: str) -> None:
    assert infer_published(text) is None


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_inferred_date_is_marked_and_warned(tmp_path: Path) -> None:
    p = write(tmp_path, "a.md", "---\ntitle: T\n---\nWASHINGTON, Jan. 13, 2026 (Reuters) - The ministers spoke on Monday.\n")
    res = read_article(p)
    assert res.article.published == dt.date(2026, 1, 13) and res.article.published_inferred
    assert res.article.published_raw is None
    (w,) = [w for w in res.warnings if "inferred" in w.message]
    assert w.level == "warning" and w.line == 4 and "from the dateline" in w.message and "date: YYYY-MM-DD" in w.message


def test_stated_date_is_not_inferred(tmp_path: Path) -> None:
    p = write(tmp_path, "a.md", "---\ndate: 2025-01-01\n---\nWASHINGTON, Jan. 13, 2026 (Reuters) - x\n")
    res = read_article(p)
    assert res.article.published == dt.date(2025, 1, 1) and not res.article.published_inferred
    assert not res.warnings


def test_undated_article_keeps_absolute_dates_and_leaves_out_relative_ones(tmp_path: Path) -> None:
    p = write(tmp_path, "u.md", "---\ntitle: Undated\n---\nThe ceasefire was agreed in May 2025, officials said.\n\n"
                                "The ministers spoke on Monday and will meet again next month.\n")
    res = read_article(p)
    assert res.article.published is None and not res.article.published_inferred
    (w,) = [w for w in res.warnings if "publication date" in w.message]
    assert "none can be inferred" in w.message and "left out" in w.message
    analysis = analyse_article(res.article)
    assert {m.date.value for m in analysis.mentions} <= {"2025-05"}
    assert not any(m.expr.lower() in ("monday", "on monday", "next month") for m in analysis.mentions)
    relative = [d for d in analysis.dropped if d.expression.text.lower().endswith(("monday", "next month"))]
    assert relative  # listed as dropped (`timeline extract --explain`), never guessed
    for d in analysis.dropped:
        if d.reason == UNANCHORED:
            assert d.article == "u"


def test_relative_dates_resolved_against_an_inferred_date(tmp_path: Path) -> None:
    p = write(tmp_path, "r.md", "---\ntitle: R\n---\nNEW DELHI, 13 January 2026: The ministers spoke on Monday about trade.\n")
    article = read_article(p).article
    analysis = analyse_article(article)
    monday = [m for m in analysis.mentions if "Monday" in m.expr]
    if monday:  # depends on the event engine keeping it; when kept it is anchored on the inferred date
        assert monday[0].date.value == "2026-01-12"


def test_inferred_date_is_shown_as_inferred_on_the_site(tmp_path: Path) -> None:
    import io

    from timeline.cli import main

    src = tmp_path / "src"
    src.mkdir()
    write(src, "dl.md", "---\ntitle: Dateline\n---\nNEW DELHI, 13 January 2026: The ministers spoke in May 2025 about trade.\n")
    err = io.StringIO()
    assert main(["build", "--source", str(src), "--out", str(tmp_path / "site"), "--no-cache", "-j", "1", "-q"], err=err) == 0
    page = next((tmp_path / "site" / "articles").glob("dl*.html")).read_text(encoding="utf-8")
    assert "2026-01-13" in page and "inferred" in page
    assert "inferred 2026-01-13 from the dateline" in err.getvalue()


def test_an_undated_article_s_day_first_dateline_is_no_event(tmp_path: Path) -> None:
    """The dateline that gives an undated article its date is not an event of that date."""
    p = tmp_path / "ferry.txt"
    p.write_text("Ferry to Gull Island suspended\nPORT ELLIS, 5 February 2026 — The ferry to Gull Island was suspended "
                 "on Wednesday after a storm damaged the pier.\n", encoding="utf-8")
    art = read_article(p).article
    assert art.published == dt.date(2026, 2, 5) and art.published_inferred
    assert [(m.date.value, m.title) for m in analyse_article(art).mentions] == [
        ("2026-02-04", "The ferry to Gull Island was suspended")]
