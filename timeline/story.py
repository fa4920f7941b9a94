"""Which articles tell one story: the likeness of two articles' words, each word weighed by its rarity.

Merge joins two tellings of one happening only when their articles tell one story (a plan "Talks
will resume on Monday" and "the second round of talks, which resumed on June 9" are one event
only within one story). Its older tests read names (shared people, headline words, many shared
capitalised words: :mod:`timeline.merge`); over the evaluation sets they recognised two thirds of the
pairs of articles of one story. Two articles of one story share their rare words: the names, and
the words of their matter ("milk", "cooperative", "litre", "farmers"); two of different stories share
common words. So each article is a vector of its words, each weighed by how rare it is in English
(:mod:`wordfreq`'s frequencies: a fixed table, so an article's vector depends on its own text
alone, and a rebuild asks only pairs with a changed article), and two articles tell one story when
the cosine of their vectors is at least ``STORY_COSINE``. Over the 25 evaluation sets (1,074 pairs of
one story, 9,958 of two stories of one set) the threshold 0.15 holds 99 % of the first and 4 of
the second (docs/events.md section 7).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from .text import zipf_table

#: Two articles whose word vectors have at least this cosine tell one story.
STORY_COSINE = 0.15

#: Two articles published further apart than this many days are not taken for one story by words.
#: (60 until the thirteenth session; 90 merges 12 more events whole over the 41 evaluation sets, one
#: wrong join; 120 joined an event of two stories sharing a name in a folder of all 323 stories.)
STORY_DAYS = 90

#: A word's weight is ``RARE_ZIPF`` less its Zipf frequency (log10 of its count per billion words),
#: at least 0: "the" (7.7), "said" (6.0) weigh nothing; "strike" (4.7) 1.3; "litre" (3.5) 2.5; a word
#: outside wordfreq's small English list (its ~29,000 commonest words: names, "Lindmark", and rare
#: words) the most, 6. (The small list loads in ~15 ms, the full one in ~0.1-0.2 s, and tells the
#: evaluation sets' stories apart as well.)
RARE_ZIPF = 6.0

#: Words of at least three letters (apostrophes and hyphens inside a word kept): runs of letters
#: joined by single apostrophes or hyphens. (Written as runs, one repeat each, the scan is about
#: a third faster than the older letter-by-letter ``[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))+``,
#: which found the same words but no one-letter ones: :func:`vector` drops every word under
#: three characters, and the order of those it keeps is the same.)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

#: An article's vector reads its headline and this many characters of its text: a news article's
#: lead tells its story (over the evaluation sets, 2,000 characters tell the pairs of one story
#: from those of two as well as 20,000 do; the vectors cost less, and a long text's incidental
#: names weigh less: merge given features 0.336 -> 0.297 s on 300 generated articles).
TEXT_LIMIT = 2000


#: Each word of wordfreq's small English list and its Zipf frequency (:func:`text.zipf_table`).
_zipf = zipf_table


def rarity(word: str) -> float:
    """The weight of a lower-case ``word``: ``RARE_ZIPF`` less its Zipf frequency, at least 0."""
    r = _RARITY.get(word)
    if r is None:
        zipf = _zipf().get(word.replace("’", "'"))
        r = RARE_ZIPF if zipf is None else max(0.0, RARE_ZIPF - zipf)
        if len(_RARITY) < RARITY_MEMO:
            _RARITY[word] = r
    return r


#: The weights found so far (words recur across articles), at most ``RARITY_MEMO`` of them.
_RARITY: dict[str, float] = {}
RARITY_MEMO = 200_000


Vector = dict[str, float]


def vector(headline: str, body: str) -> Vector:
    """The article's unit vector: each word of three letters or more (lower case), weighed by
    :func:`rarity` times ``1 + ln(count)``. The headline counts as a line of the text."""
    counts = Counter(_WORD.findall((headline + "\n" + body[:TEXT_LIMIT]).lower()))
    weights = {}
    get = _RARITY.get
    for w, n in counts.items():
        if len(w) > 2:
            r = get(w)
            if r is None:
                r = rarity(w)
            if r > 0.0:
                weights[w] = r * (1.0 + math.log(n)) if n > 1 else r
    norm = math.sqrt(sum(x * x for x in weights.values()))
    if not norm:
        return {}
    return {w: x / norm for w, x in weights.items()}


def cosine(a: Vector, b: Vector) -> float:
    """The cosine of two unit vectors (0 when one is empty)."""
    if len(a) > len(b):
        a, b = b, a
    get = b.get
    return sum(x * get(w, 0.0) for w, x in a.items())


#: How many of an article's weightiest words :func:`key_words` gives.
KEY_WORDS = 8


def key_words(v: Vector) -> frozenset[str]:
    """The ``KEY_WORDS`` words of most weight in ``v`` (ties by the word): two articles of one story
    share one of them (their names, the rare words of their matter)."""
    return frozenset(sorted(v, key=lambda w: (-v[w], w))[:KEY_WORDS])


def one_story(a: Vector, b: Vector) -> bool:
    """Two articles' vectors say that they tell one story."""
    return cosine(a, b) >= STORY_COSINE
