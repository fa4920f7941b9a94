"""Stage 2: find temporal expressions in text and normalise them against the publication date.

PLACEHOLDER: the real rule tables replace this module (issue 3). The signature is the contract.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import TimeExpression

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_YEAR = re.compile(rf"\b({_MONTHS}) ((?:19|20)\d\d)\b")


def tag(text: str, dct: dt.date | None = None) -> tuple[TimeExpression, ...]:
    """Return the temporal expressions of ``text``, in text order, resolved against ``dct``."""
    out = []
    for m in _MONTH_YEAR.finditer(text):
        month = _MONTHS.split("|").index(m[1]) + 1
        out.append(TimeExpression(start=m.start(), end=m.end(), text=m[0], type="DATE",
                                  value=f"{m[2]}-{month:02d}", granularity="month", rule="month-year"))
    return tuple(out)
