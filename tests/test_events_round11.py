"""Round 11 of 'which dates are events' (issue 4): captions, halves of things and period statistics.

Each row is a sentence of our own, not one of the eval sets'. The events table: why, published,
sentence, expression (text, value, extra), expected value (None = dropped), status or part of
the reason.
"""

from __future__ import annotations

import pytest

from tests import test_events as base
from timeline.text import is_caption

KEEP_OR_DROP = [
    # a caption opened by "Photo caption:" / "Picture caption:" / "Image credit:"
    ("'Photo caption:' opens a caption", "2026-03-02", "Photo caption: The old mill at Brandt Lane, in a picture taken in 1972.",
     ("1972", "1972", {}), None, "caption"),
    ("'Picture caption:' opens a caption", "2026-03-02", "Picture caption: Dockers at the north quay in 1958, the year the cranes arrived.",
     ("1958", "1958", {}), None, "caption"),
    # a half of a thing ("the second half of the tunnel"), not of a period; a half of a year or a season stays
    ("'the second half of the tunnel'", "2026-03-02", "The engineer said the second half of the tunnel was the slowest to dig.",
     ("the second half", "2025-H2", {}), None, "half of a thing"),
    ("'the first half of the bridge'", "2026-03-02", "Crews finished the first half of the new bridge deck ahead of time.",
     ("the first half", "2026-H1", {}), None, "half of a thing"),
    ("'the second half of the year' stays", "2026-03-02", "The plant will reopen in the second half of the year.",
     ("the second half", "2026-H2", {}), "2026-H2", "planned"),
]


@pytest.mark.parametrize(("why", "published", "sentence", "expr", "value", "expect"), KEEP_OR_DROP, ids=[c[0] for c in KEEP_OR_DROP])
def test_keep_or_drop(why: str, published: str, sentence: str, expr: tuple, value: str | None, expect: str) -> None:
    base.test_keep_or_drop(why, published, sentence, expr, value, expect)  # (the same check as the main table's)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Photo caption: The mayor at the opening in 2019.", True),
        ("Image credit: Harbour Trust", True),
        ("PHOTO CAPTION - Workers at the dock.", True),
        ("The photo caption in Monday's paper was wrong.", False),
        ("Captions were added in 2019.", False),
    ],
)
def test_caption_prefix(sentence: str, expected: bool) -> None:
    assert is_caption(sentence) is expected
