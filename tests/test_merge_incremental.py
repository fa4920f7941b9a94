"""merge_incremental: a merge that replays an earlier merge's decisions must give exactly the
events of a whole merge (same ids, mentions, order), whatever was added, removed or changed."""

from __future__ import annotations

import datetime as dt
import hashlib
import pickle
import random

import pytest

from timeline.build import ArticleAnalysis, analyse_article
from timeline.merge import MergeTrace, merge, merge_incremental
from timeline.model import Article

PLACES = ["Port Ellis", "Dravik", "Solmark", "Tarrow"]
ACTORS = ["The port authority", "Rail workers", "The city council", "Teachers", "Judge Amara Kell"]
ACTS = ["announced a review of the harbour deal", "walked out over pay", "approved the budget",
        "signed the harbour contract", "opened an inquiry into the fire", "postponed the vote",
        "delivered the verdict in the fraud trial", "began a strike at the depot"]
DAYS = [dt.date(2025, 3, d) for d in (3, 4, 5, 10, 11)]
MONTHS = ["January", "February", "March", "April"]


def _sentence(rng: random.Random, published: dt.date) -> str:
    actor, act = rng.choice(ACTORS), rng.choice(ACTS)
    kind = rng.randrange(7)
    day = rng.choice(DAYS)
    if kind == 0:
        when = f"on {day.day} March 2025"
    elif kind == 1:
        when = f"on {['Monday', 'Tuesday', 'Wednesday'][rng.randrange(3)]}"
    elif kind == 2:
        when = f"in {rng.choice(MONTHS)} 2025"
    elif kind == 3:
        when = "last week"
    elif kind == 4:
        when = "in 2025"
    elif kind == 5:
        # An event-relative date, pending until the referent's mention in another article dates it.
        return f"{actor} {act} two days after the verdict."
    else:
        when = "on 4 March 2025, officials said"
    return f"{actor} {act} {when}."


def _article(rng: random.Random, n: int, version: int = 0) -> Article:
    published = dt.date(2025, 3, 12) + dt.timedelta(days=rng.randrange(4))
    place = rng.choice(PLACES)
    body = " ".join(_sentence(rng, published) for _ in range(rng.randrange(2, 6)))
    body += f" Officials in {place} declined to comment."
    return Article(id=f"a{n:03d}", path=f"a{n:03d}.md", title=f"{place}: {rng.choice(ACTS)} ({version})", body=body,
                   published=published, story=rng.choice([None, None, "harbour"]))


def _version(a: Article) -> str:
    return hashlib.sha256(repr((a.id, a.title, a.body, a.published, a.story)).encode()).hexdigest()


def _incremental(analyses: list[ArticleAnalysis], previous: MergeTrace | None):
    articles = tuple(a.article for a in analyses)
    mentions = tuple(m for a in analyses for m in a.mentions)
    features = tuple(ft for a in analyses for ft in a.features)  # type: ignore[union-attr]
    return merge_incremental(mentions, articles, features, {a.id: _version(a) for a in articles}, previous)


def _merged(analyses: list[ArticleAnalysis], previous: MergeTrace | None):
    whole = merge(tuple(m for a in analyses for m in a.mentions), tuple(a.article for a in analyses))
    return (whole, *_incremental(analyses, previous))


def _one_edited(analyses: list[ArticleAnalysis], k: int) -> tuple:
    """``analyses`` with article ``k`` given one more sentence, and a whole merge of them."""
    a = analyses[k].article
    analyses[k] = analyse_article(Article(id=a.id, path=a.path, title=a.title, published=a.published, story=a.story,
                                          body=a.body + " Officials said nothing more."))
    return a, merge(tuple(m for x in analyses for m in x.mentions), tuple(x.article for x in analyses))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_edits_give_a_whole_merges_events(seed: int) -> None:
    rng = random.Random(seed)
    analyses = [analyse_article(_article(rng, n)) for n in range(40)]
    whole, events, trace = _merged(analyses, None)
    assert events == whole and len(whole) > 20
    assert any(len(e.mentions) > 2 for e in whole)  # the corpus merges
    made = len(analyses)
    for step in range(12):
        kind = step % 4
        if kind == 0:  # a new article
            analyses.insert(rng.randrange(len(analyses) + 1), analyse_article(_article(rng, made)))
            made += 1
        elif kind == 1:  # an article removed
            del analyses[rng.randrange(len(analyses))]
        elif kind == 2:  # an article rewritten (same id)
            k = rng.randrange(len(analyses))
            analyses[k] = analyse_article(_article(rng, int(analyses[k].article.id[1:]), step))
        else:  # a sentence added to an article
            k = rng.randrange(len(analyses))
            a = analyses[k].article
            analyses[k] = analyse_article(Article(id=a.id, path=a.path, title=a.title, published=a.published,
                                                  story=a.story, body=a.body + " " + _sentence(rng, a.published)))
        # Through pickle, as build keeps it between builds.
        previous = pickle.loads(pickle.dumps(trace, protocol=pickle.HIGHEST_PROTOCOL))
        whole, events, trace = _merged(analyses, previous)
        assert events == whole, f"step {step}"
        assert [e.id for e in events] == [e.id for e in whole]


def test_the_folds_answers_by_words_are_kept_and_replayed(monkeypatch: pytest.MonkeyPatch) -> None:
    """_folded's answers by words (merge._folds_by_words) are kept in the trace; a rebuild asks
    again only about mentions of a changed article, and takes the same events off."""
    import timeline.merge as merge_module

    rng = random.Random(1)
    analyses = [analyse_article(_article(rng, n)) for n in range(40)]
    whole, events, trace = _merged(analyses, None)
    assert events == whole and trace.folds
    a, whole = _one_edited(analyses, 7)
    asked: list[tuple[str, str]] = []
    real = merge_module._folds_by_words
    monkeypatch.setattr(merge_module, "_folds_by_words",
                        lambda f, g, fill: asked.append((f.article, g.article)) or real(f, g, fill))
    previous = pickle.loads(pickle.dumps(trace, protocol=pickle.HIGHEST_PROTOCOL))
    events, trace2 = _incremental(analyses, previous)
    assert events == whole
    assert all(a.id in pair for pair in asked)  # only pairs with the changed article are asked again
    assert len(asked) < len(trace.folds) and trace2.folds


def test_nothing_changed_replays_every_decision(monkeypatch: pytest.MonkeyPatch) -> None:
    import timeline.merge as merge_module

    rng = random.Random(5)
    analyses = [analyse_article(_article(rng, n)) for n in range(30)]
    whole, events, trace = _merged(analyses, None)
    decided = []
    real = merge_module._decide
    monkeypatch.setattr(merge_module, "_decide", lambda *a: decided.append(1) or real(*a))
    events2, trace2 = _incremental(analyses, trace)
    assert events2 == whole
    assert decided == []  # every mention replayed: nothing compared
    assert trace2.keys == trace.keys and trace2.targets == trace.targets and trace2.cands == trace.cands
    # One article changed: its mentions and the ones whose lists or clusters it touched are decided again.
    a = analyses[7].article
    analyses[7] = analyse_article(Article(id=a.id, path=a.path, title=a.title, published=a.published,
                                          story=a.story, body=a.body + " Teachers approved the budget on 5 March 2025."))
    events3, _ = _incremental(analyses, trace)
    assert 0 < len(decided) < sum(len(x.mentions) for x in analyses)
    assert events3 == merge(tuple(m for a in analyses for m in a.mentions), tuple(a.article for a in analyses))


def test_articles_without_a_version_are_merged_whole() -> None:
    rng = random.Random(9)
    analyses = [analyse_article(_article(rng, n)) for n in range(12)]
    articles = tuple(a.article for a in analyses)
    mentions = tuple(m for a in analyses for m in a.mentions)
    versions = {a.id: _version(a) for a in articles}
    _, trace = merge_incremental(mentions, articles, None, versions)
    del versions[articles[3].id]  # this article's mentions are never replayed, nor anything else
    events, again = merge_incremental(mentions, articles, None, versions, trace)
    assert events == merge(mentions, articles)
    assert len(again.keys) == sum(len(e.mentions) for e in events)  # one key a mention merged


def test_a_damaged_trace_is_not_replayed() -> None:
    rng = random.Random(4)
    analyses = [analyse_article(_article(rng, n)) for n in range(10)]
    whole, events, trace = _merged(analyses, None)
    trace.cands.append(len(trace.keys) + 5)  # a candidate that no mention made
    events2, again = _incremental(analyses, trace)
    assert events2 == whole
    assert list(again.cands) == list(trace.cands)[:-1]  # decided afresh: the trace is this merge's own
    bad = MergeTrace.__new__(MergeTrace)
    bad.__setstate__((trace.versions, trace.keys[:-1], {}, trace.targets, trace.starts, trace.at, trace.cands,
                      trace.tokens, trace.ids))
    assert _incremental(analyses, bad)[0] == whole


def test_a_build_merges_whole_when_its_trace_is_damaged(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from timeline.build import _TRACE, assemble

    rng = random.Random(6)
    analyses = [analyse_article(_article(rng, n)) for n in range(10)]
    keys = [_version(a.article) for a in analyses]
    whole = assemble(analyses)
    first = assemble(analyses, keys=keys, trace=tmp_path / _TRACE)
    assert first == whole and (tmp_path / _TRACE).is_file()
    (tmp_path / _TRACE).write_bytes(b"not a pickle")
    assert assemble(analyses, keys=keys, trace=tmp_path / _TRACE) == whole
    trace = pickle.loads(pickle.dumps(_incremental(analyses, None)[1]))
    trace.targets[0] = len(trace.keys) - 1  # in range, but the first mention's cluster is then unknown
    (tmp_path / _TRACE).write_bytes(pickle.dumps(trace))
    assert assemble(analyses, keys=keys, trace=tmp_path / _TRACE) == whole
    assert assemble(analyses, keys=keys, trace=tmp_path / _TRACE) == whole  # from the trace saved just now


def test_a_swap_that_comes_and_goes_gives_a_whole_merges_events() -> None:
    """merge's last step can change the members of a cluster no decision touched (a later lone
    mention takes a member's place, merge._swapped): an edit that makes or unmakes such a swap
    elsewhere must still give a whole merge's events and ids."""
    plan = Article(id="p", path="p.md", title="Toll: minister to meet protesters", published=dt.date(2027, 1, 8),
                   body="Transport Minister Helena Strand will meet Free Crossing leaders next Thursday, her office said.")
    said = ("Strand said on Thursday that residents of Harwick will pay half price, a demand of the Free Crossing "
            "leaders.")
    met = " Strand met Free Crossing leaders on Thursday morning at the ministry."

    def report(body: str) -> Article:
        return Article(id="r", path="r.md", title="Harwick residents get toll discount", published=dt.date(2027, 1, 15),
                       body=body)

    rng = random.Random(11)
    others = [analyse_article(_article(rng, n)) for n in range(8)]
    trace = None
    for body in (said + met, said, said + met, said + met + " Strand met the mayor on Friday."):
        analyses = [analyse_article(plan), analyse_article(report(body)), *others]
        previous = None if trace is None else pickle.loads(pickle.dumps(trace))
        whole, events, trace = _merged(analyses, previous)
        assert events == whole and [e.id for e in events] == [e.id for e in whole]
        swapped = [sorted((m.article, m.expr) for m in e.mentions) for e in whole if any(m.article == "p" for m in e.mentions)]
        assert swapped == ([[("p", "next Thursday"), ("r", "Thursday morning")]] if met in body
                           else [[("p", "next Thursday"), ("r", "Thursday")]])


REFERENTS = ["two days after the verdict", "a day after the fire", "three days after the vote", "a week after the strike"]
DATED = ["delivered the verdict in the fraud trial", "opened an inquiry into the fire", "postponed the vote",
         "began a strike at the depot"]


def _story_article(rng: random.Random, n: int, version: int = 0) -> Article:
    """An article of one story whose sentences date referents ("the fire" on 4 March) or are
    dated by them ("a day after the fire"), each referent its own stems."""
    published = dt.date(2025, 3, 12) + dt.timedelta(days=rng.randrange(4))
    parts = []
    for _ in range(rng.randrange(2, 5)):
        actor = rng.choice(ACTORS)
        if rng.random() < 0.4:
            parts.append(f"{actor} {rng.choice(ACTS)} {rng.choice(REFERENTS)}.")
        else:
            parts.append(f"{actor} {rng.choice(DATED)} on {rng.choice(DAYS).day} March 2025.")
    return Article(id=f"s{n:03d}", path=f"s{n:03d}.md", title=f"Harbour story ({version})", body=" ".join(parts),
                   published=published, story="harbour" if rng.random() < 0.7 else None)


@pytest.mark.parametrize("scan", [None, 2, 4])
@pytest.mark.parametrize("seed", [11, 12, 13, 14])
def test_pending_mentions_resolved_again_only_when_their_referents_lists_changed(
        seed: int, scan: int | None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pending mentions' results are replayed from the trace unless the mentions a lookup of
    their referent's stems reads came, went or changed (or they did): the events are a whole
    merge's at every step, and both paths are taken. With a small ``REFERENT_SCAN`` the lookups'
    windows are full, and mentions after a window's end do not count."""
    import timeline.merge as merge_module

    if scan is not None:
        monkeypatch.setattr(merge_module, "REFERENT_SCAN", scan)
    rng = random.Random(seed)
    analyses = [analyse_article(_story_article(rng, n)) for n in range(30)]
    whole, events, trace = _merged(analyses, None)
    assert events == whole
    assert sum(m.pending for a in analyses for m in a.mentions) > 5
    real = merge_module._resolve_pending
    again: list[int] = []
    monkeypatch.setattr(merge_module, "_resolve_pending",
                        lambda ms, *rest: again.append(sum(m.pending for m in ms)) or real(ms, *rest))
    replayed = resolved = 0
    made = len(analyses)
    for step in range(16):
        kind = step % 4
        if kind == 0:
            analyses.insert(rng.randrange(len(analyses) + 1), analyse_article(_story_article(rng, made)))
            made += 1
        elif kind == 1:
            del analyses[rng.randrange(len(analyses))]
        elif kind == 2:
            k = rng.randrange(len(analyses))
            analyses[k] = analyse_article(_story_article(rng, int(analyses[k].article.id[1:]), step))
        else:  # a sentence added: plain, or dating one referent
            k = rng.randrange(len(analyses))
            a = analyses[k].article
            more = rng.choice([f"Officials in {rng.choice(PLACES)} declined to comment on 5 March 2025.",
                               f"{rng.choice(ACTORS)} {rng.choice(DATED)} on {rng.choice(DAYS).day} March 2025."])
            analyses[k] = analyse_article(Article(id=a.id, path=a.path, title=a.title, published=a.published,
                                                  story=a.story, body=a.body + " " + more))
        previous = pickle.loads(pickle.dumps(trace, protocol=pickle.HIGHEST_PROTOCOL))
        again.clear()
        events = _merged(analyses, previous)
        whole, got, trace = events
        assert got == whole, f"step {step}"
        pending = sum(m.pending for a in analyses for m in a.mentions)
        resolved += sum(again[1:])  # (the first call is the whole merge's own)
        replayed += pending - sum(again[1:])
    assert replayed > 0 and resolved > 0
    # Nothing changed: every result is replayed, none resolved again.
    again.clear()
    assert _incremental(analyses, trace)[0] == whole and again == []


def test_the_story_answers_by_words_are_kept_and_asked_again_only_for_a_changed_article(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """merge.StoryDocs' answers ("do these two articles tell one story by their words?") are kept in
    the trace by the articles' versions (``akin``), as are merge._one_day's by mention pair
    (``days``); a rebuild computes again only pairs with the changed article, and the events are
    a whole merge's."""
    import timeline.merge as merge_module

    rng = random.Random(2)
    analyses = [analyse_article(_article(rng, n)) for n in range(40)]
    whole, events, trace = _merged(analyses, None)
    assert events == whole and trace.akin and trace.days
    a, whole = _one_edited(analyses, 11)
    asked: list[tuple[str, str]] = []
    real = merge_module.StoryDocs._answer
    monkeypatch.setattr(merge_module.StoryDocs, "_answer", lambda self, x, y: asked.append((x, y)) or real(self, x, y))
    days: list[tuple[str, str]] = []
    real_day = merge_module._one_day_pair
    monkeypatch.setattr(merge_module, "_one_day_pair",
                        lambda f, g, fill: days.append((f.article, g.article)) or real_day(f, g, fill))
    previous = pickle.loads(pickle.dumps(trace, protocol=pickle.HIGHEST_PROTOCOL))
    events, trace2 = _incremental(analyses, previous)
    assert events == whole
    assert all(a.id in pair for pair in asked + days)  # only pairs with the changed article are asked again
    assert asked and days  # (the changed article's pairs are asked: the test sees the asking)
    assert len(trace2.akin) >= len(trace.akin) - 40


def test_the_later_steps_decisions_are_kept_by_digest_and_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """merge._one_day's joins of a day, merge._folded's and merge._fold_joins' answers for a lone
    coarse mention are kept in the trace (``decided``) by a digest of everything they read: with
    nothing changed a rebuild asks none of their tests and reads them all; with one article
    edited it asks again only the decisions whose digest changed; the events are a whole merge's."""
    import timeline.merge as merge_module

    rng = random.Random(3)
    analyses = [analyse_article(_article(rng, n)) for n in range(40)]
    whole, events, trace = _merged(analyses, None)
    kinds = {type(v) for v in trace.decided.values()}
    assert events == whole and bool in kinds and tuple in kinds  # (day joins and fold answers)
    asked: list[str] = []
    for name in ("_one_day_words", "_fold_hits", "_fold_sole_finer", "_fold_by_lower", "_close_story", "_coarse_hit",
                 "_join_features"):
        real = getattr(merge_module, name)
        monkeypatch.setattr(merge_module, name, lambda *a, _real=real, _name=name: asked.append(_name) or _real(*a))
    again, trace2 = _incremental(analyses, pickle.loads(pickle.dumps(trace, protocol=pickle.HIGHEST_PROTOCOL)))
    assert again == whole and asked == [] and trace2.decided == trace.decided
    a, whole = _one_edited(analyses, 9)
    events, trace3 = _incremental(analyses, trace2)
    assert events == whole
    fresh = set(trace3.decided) - set(trace2.decided)
    assert 0 < len(fresh) < len(trace2.decided) // 2

    # The answers read are the trace's: a damaged one is followed (so a trace must come from this code).
    flipped = pickle.loads(pickle.dumps(trace3, protocol=pickle.HIGHEST_PROTOCOL))
    flipped.decided = {k: (not v if isinstance(v, bool) else v) for k, v in flipped.decided.items()}
    assert _incremental(analyses, flipped)[0] != whole
