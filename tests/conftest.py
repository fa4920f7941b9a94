"""Shared test options and fixtures (append new fixtures below; keep edits additive)."""

from __future__ import annotations

import datetime as dt

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden/ from the current output instead of comparing with it")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run was asked to rewrite the golden files."""
    return bool(request.config.getoption("--update-golden"))


# --- A fixed, hand-built Timeline for the site's golden and browser tests -------------------------
# Built by hand (not by the tagger and event stages), so the golden pages change only when the
# templates or render.py change.

SAMPLE_BODIES = {
    "call": (
        "NEW DELHI: Foreign minister S Jaishankar and Marco Rubio spoke on Tuesday about trade and defence.\n\n"
        "The call came a day after ambassador-designate Sergio Gor said talks would resume.\n\n"
        "## What comes next\n\n"
        "Relations have been strained for about two decades, after tariffs were imposed in mid-2025. "
        "The two sides will meet next month, Gor said.\n\n"
        "A four-day conflict between India and Pakistan in May 2025 still weighs on ties."
    ),
    "wire": (
        "WASHINGTON: Rubio and Jaishankar held a phone call on 13 January 2026, officials said.\n\n"
        "A trade summit is planned for 1-10 February 2026 in Kuala Lumpur.\n\n"
        "Commerce secretary Howard Lutnick said last week that a pact was not sealed."
    ),
    "hostile": (
        "<script>alert('body')</script> Officials said on 2 March 2026 that <b>nothing</b> & \"everything\" changed.\n\n"
        "A vote is expected in 2027 <img src=x onerror=alert(1)>."
    ),
}


def _span(body: str, words: str) -> tuple[int, int]:
    i = body.index(words)
    return i, i + len(words)


def _sentence(body: str, start: int) -> tuple[str, int]:
    """The line (paragraph) around ``start`` and its offset: the sample's sentences are its lines."""
    s = body.rfind("\n", 0, start) + 1
    t = body.find("\n", start)
    return body[s: t if t >= 0 else len(body)], s


def build_sample_timeline():  # noqa: ANN201 - returns timeline.model.Timeline
    """Return the fixed sample Timeline: 3 articles, 8 events of every precision, hostile text."""
    from timeline import timex
    from timeline.model import Article, Dropped, Event, Mention, TimeExpression, Timeline

    arts = (
        Article(id="call", path="seeds/call.md", title="Jaishankar and Rubio discuss trade in phone call",
                body=SAMPLE_BODIES["call"], published=dt.date(2026, 1, 13), source="Hindustan Times",
                url="https://example.org/news/call?a=1&b=2", tags=("India", "United States", "trade")),
        Article(id="wire", path="seeds/wire.md", title="Rubio, Jaishankar hold call",
                body=SAMPLE_BODIES["wire"], published=dt.date(2026, 1, 14), source="Wire Service",
                url=None, tags=("trade",)),
        Article(id="hostile", path="seeds/hostile.md", title="<script>alert(\"title\")</script> & Co",
                body=SAMPLE_BODIES["hostile"], published=dt.date(2026, 3, 3), source="Evil <b>Press</b>",
                url="javascript:alert(1)", tags=("<img src=x>",)),
    )
    by_id = {a.id: a for a in arts}
    exprs: dict[str, list[TimeExpression]] = {a.id: [] for a in arts}

    def expr(aid: str, words: str, value: str, mod: str | None = None, type_: str = "DATE") -> TimeExpression:
        s, e = _span(by_id[aid].body, words)
        gran = None if type_ == "DURATION" else timex.granularity(value)
        x = TimeExpression(start=s, end=e, text=words, type=type_, value=value, granularity=gran, mod=mod,
                           rule="sample", anchor=by_id[aid].published.isoformat() if aid != "call" or value != "2025" else None)
        exprs[aid].append(x)
        return x

    def mention(aid: str, words: str, value: str, title: str, status: str = "past", mod: str | None = None,
                tags: tuple[str, ...] = ()) -> Mention:
        x = expr(aid, words, value, mod)
        sentence, s0 = _sentence(by_id[aid].body, x.start)
        return Mention(article=aid, sentence=sentence, sentence_start=s0, expr=words, start=x.start, end=x.end,
                       date=timex.date_value(value, mod), status=status, title=title, rule="sample",
                       anchor=x.anchor, reason="a dated happening in the sentence", tags=tags, expression=x)

    def event(eid: str, *mentions: Mention, tags: tuple[str, ...] = ()) -> Event:
        m = mentions[0]
        return Event(id=eid, date=m.date, status=m.status, title=m.title, mentions=mentions, tags=tags)

    events = (
        event("2025-05-01-conflict", mention("call", "May 2025", "2025-05", "Four-day India-Pakistan conflict"),
              tags=("India", "Pakistan")),
        event("2025-01-01-tariffs", mention("call", "mid-2025", "2025", "Tariffs imposed on Indian goods", mod="MID"),
              tags=("trade", "United States")),
        event("2026-01-05-lutnick", mention("wire", "last week", "2026-W02", "Lutnick says pact not sealed")),
        event("2026-01-12-gor", mention("call", "a day after", "2026-01-12", "Gor says talks will resume")),
        event("2026-01-13-call",
              mention("call", "on Tuesday", "2026-01-13", "Jaishankar and Rubio speak by phone"),
              mention("wire", "on 13 January 2026", "2026-01-13", "Rubio and Jaishankar hold a call"),
              tags=("India", "United States")),
        event("2026-02-01-summit", mention("wire", "1-10 February 2026", "2026-02-01/2026-02-10",
                                           "Trade summit in Kuala Lumpur", status="planned"), tags=("trade",)),
        event("2026-02-01-meeting", mention("call", "next month", "2026-02", "The two sides to meet", status="planned")),
        event("2026-03-02-hostile", mention("hostile", "on 2 March 2026", "2026-03-02",
                                            "<b>Officials</b> say \"everything\" & more changed"),
              tags=("<img src=x>",)),
        event("2027-01-01-vote", mention("hostile", "in 2027", "2027", "A vote <script>x</script>", status="planned")),
    )
    events = tuple(sorted(events, key=lambda e: (e.date.start, e.date.end, e.id)))
    dur = expr("call", "about two decades", "P20Y", "APPROX", "DURATION")
    dropped = (Dropped(article="call", expression=dur, reason="a duration, not a date"),)
    return Timeline(title="Sample timeline", events=events, articles=arts, dropped=dropped,
                    expressions={k: tuple(sorted(v, key=lambda x: x.start)) for k, v in exprs.items()})


@pytest.fixture(scope="session")
def sample_timeline():  # noqa: ANN201
    """The fixed sample Timeline (see build_sample_timeline)."""
    return build_sample_timeline()


@pytest.fixture
def rules_only():  # noqa: ANN201
    """Merge's rules alone, without the learned joins (timeline/join_model.py): for the tests of a
    merge rule, which show what the rule does (the model may join what a disabled rule leaves).
    Its own patch, so a test's ``monkeypatch.undo()`` keeps it."""
    from timeline import join_model

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(join_model.JOIN, "loaded", (0.0, {}))
        mp.setattr(join_model.DAY, "loaded", (0.0, {}))
        yield
