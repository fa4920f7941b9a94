"""A learned second opinion on the dates the events stage keeps (twenty-first session).

The events stage decides with rules which dates anchor an event (docs/events.md). Rules written for
the sentences of one evaluation set seldom fire on the next writer's (eval/README.md, "What the
unseen first runs say"), so a date the rules keep is also read by a small logistic regression over
the words around it, trained on the evaluation sets' labelled expressions: every tagged expression
overlapping a gold mention's date words (label 1) or a trap's (label 0). When the model finds a
kept date very unlike the sets' dated events (probability below ``THRESHOLD``), the events stage
drops it, with the probability in the reason. The rules stay first: the model never keeps what a
rule dropped, and it is not asked about event-relative dates ("a day after the vote").

Features (:func:`features`): the three words before the date by position, the eight before and the
five after it as bags, the two words just before as a pair, the first two after by position, the
date's own words, its granularity and type, and whether it opens its sentence or sits in a
quotation. Words are lower-cased; digits become ``0`` (a shape: "$4.5bn" and "$7.2bn" are one
word); a capitalised word that is no common English word (a name: "Okafor", "Kestria") is
``<name>``, so the model learns no story's names. No tagger rule name: the model reads the text, as
an editor does.

The weights are ``keep_model.json`` beside this file, made by ``eval/train_keep_model.py`` from
the sets in ``eval/`` (deterministic: the same sets give the same file). Inference is a sum of
the weights of the present features and a logistic; it costs a few microseconds a date.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Mapping

from . import timex
from .text import zipf_table

if TYPE_CHECKING:
    from .model import TimeExpression

#: A kept date whose probability of being a dated event is below this is dropped.
THRESHOLD = 0.05

#: Granularities the model is not asked about: quarters and halves are mostly fiscal periods in
#: the sets (traps the rules drop by their words), so the model knows them only as traps, while a
#: plan "to reopen in the second half of the year" is an event.
RULES_ONLY = frozenset({"quarter", "half"})

#: Words before a date (or opening it) that the rules read explicitly, each with its exceptions
#: ("since 2019, when a storm surge swept over the quay", "did not fall until March", "postponed
#: until May"): where one governs the kept date, the rules have weighed it and the model is not asked.
RULES_WORDS = frozenset({"since", "until", "till", "through", "thru"})

#: The file of weights shipped with the package.
WEIGHTS = Path(__file__).with_name("keep_model.json")

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*|\d+(?:[.,]\d+)*|[^\sA-Za-z\d]")
_DIGIT = re.compile(r"\d")
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*\Z")
#: Words before / after the date read as bags, and by position.
BEFORE, AFTER, BEFORE_POS, AFTER_POS = 8, 5, 3, 2


def _common(word: str) -> bool:
    z = zipf_table().get(word)
    return z is not None and z >= 3.0


@lru_cache(maxsize=65536)
def _norm(tok: str) -> str:
    if tok[0].isdigit():
        return _DIGIT.sub("0", tok)
    low = tok.lower()
    if tok[0].isupper() and not _common(low.replace("’", "'")):
        return "<name>"
    return low.replace("’", "'")


def features(text: str, start: int, end: int, sent_start: int, sent_end: int, granularity: "str | None",
             type_: str, quoted: bool) -> list[str]:
    """The features of the date ``text[start:end]`` in its sentence ``text[sent_start:sent_end]``."""
    before = [_norm(t) for t in _TOKEN.findall(text, max(sent_start, start - 160), start)][-BEFORE:]
    after = [_norm(t) for t in _TOKEN.findall(text, end, min(sent_end, end + 120))][:AFTER]
    own = [_norm(t) for t in _TOKEN.findall(text, start, end)]
    out = [f"G={granularity}", f"T={type_}"]
    if quoted:
        out.append("Q")
    if not before:
        out.append("BOS")
    for i, w in enumerate(reversed(before[-BEFORE_POS:])):
        out.append(f"b{i + 1}={w}")
    for w in set(before):
        out.append(f"B={w}")
    if len(before) >= 2:
        out.append(f"bb={before[-2]}_{before[-1]}")
    for i, w in enumerate(after[:AFTER_POS]):
        out.append(f"a{i + 1}={w}")
    for w in set(after):
        out.append(f"A={w}")
    for w in set(own):
        out.append(f"E={w}")
    return out


def _granularity(x: "TimeExpression") -> "str | None":
    """``x``'s granularity, read from its value when it has none (a hand-built expression)."""
    if x.granularity is None and x.type in ("DATE", "TIME") and timex.is_calendar(x.value):
        return timex.granularity(x.value)
    return x.granularity


def expression_features(text: str, x: "TimeExpression", sent_start: int, sent_end: int, quoted: bool) -> list[str]:
    """:func:`features` of the tagged expression ``x`` in ``text``."""
    return features(text, x.start, x.end, sent_start, sent_end, _granularity(x), x.type, quoted)


def judge(text: str, x: "TimeExpression", sent_start: int, sent_end: int, quoted: bool) -> "float | None":
    """The model's probability that the kept date ``x`` dates an event; None when the model is not
    asked (no weights shipped, a granularity of ``RULES_ONLY``, or a word of ``RULES_WORDS`` opening
    the date or just before it)."""
    if not available() or _granularity(x) in RULES_ONLY:
        return None
    first = _TOKEN.match(x.text)
    last = _LAST_WORD.search(text, max(sent_start, x.start - 30), x.start)
    if (first and first.group(0).lower() in RULES_WORDS) or (last and last.group(1).lower() in RULES_WORDS):
        return None
    return probability(expression_features(text, x, sent_start, sent_end, quoted))


def load_weights(path: Path) -> "tuple[float, Mapping[str, float]]":
    """(bias, weights) of a weights file; no weights when it is missing or unreadable (the rules
    then decide alone)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return float(data.get("bias", 0.0)), dict(data.get("weights", {}))
    except (OSError, ValueError, AttributeError, TypeError):
        return 0.0, {}


class Weights:
    """A learned model's weights (this module's; merge's joins', timeline/join_model.py): loaded
    once from ``path``; ``use`` replaces them (evaluation scripts, tests: None goes back to the
    file, ``(0.0, {})`` turns the model off); without the file the rules decide alone."""

    __slots__ = ("path", "loaded")

    def __init__(self, path: Path) -> None:
        self.path = path
        self.loaded: "tuple[float, Mapping[str, float]] | None" = None

    def weights(self) -> "tuple[float, Mapping[str, float]]":
        if self.loaded is None:
            self.loaded = load_weights(self.path)
        return self.loaded

    def use(self, model: "tuple[float, Mapping[str, float]] | None") -> None:
        self.loaded = model

    def available(self) -> bool:
        return bool(self.weights()[1])

    def probability(self, feats: "list[str]") -> float:
        return probability(feats, self.weights())


#: This model's weights (the file shipped with the package).
KEEP = Weights(WEIGHTS)


def _weights() -> "tuple[float, Mapping[str, float]]":
    return KEEP.weights()


def use(model: "tuple[float, Mapping[str, float]] | None") -> None:
    """Use ``model`` (bias, weights) instead of the shipped file (evaluation scripts: a model
    trained without the sets it is scored on); None goes back to the file."""
    KEEP.use(model)


def probability(feats: "list[str]", weights: "tuple[float, Mapping[str, float]] | None" = None) -> float:
    """The model's probability that a date with ``feats`` dates an event."""
    bias, w = weights if weights is not None else _weights()
    z = bias + math.fsum(w.get(f, 0.0) for f in feats)
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def available() -> bool:
    """Whether the package holds the weights (a checkout without them keeps the rules' decisions)."""
    return KEEP.available()
