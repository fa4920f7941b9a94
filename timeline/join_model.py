"""A learned answer to one merge question: which finer event a coarse one tells (twenty-second session).

After its rules, merge leaves some events dated to a week, a month or a season whose mentions
tell a happening another article dates to the day ("the breach discovered in late February" /
"the breach was discovered on February 23"): over the evaluation sets they were the largest
source of both unmerged events and false events (eval/README.md). The rules that join them
(:func:`timeline.merge._fold_joins`, :func:`timeline.merge._coarse_joins`) each read one or two
signs with a hand-set threshold. This model reads the same signs together: for a coarse event
and each finer event of its period that merge's candidates offer, a logistic regression over
binary features (:func:`timeline.merge._join_features`: the rare words their sentences share and
the lead over the other candidates, the acts, the story tests, names, statuses, the coarse
expression's words, how many candidates there are) gives the probability that the two are one
happening. Merge joins the coarse event to its best candidate when that probability is at least
``THRESHOLD`` (``FOLDED_THRESHOLD`` for a lone coarse mention the rules took off) and no other
candidate's reaches it. Only candidates of its story beyond doubt are asked, and, for a coarse
event the rules left standing, those whose sentences share a word of the matter or the act
(``merge._story_gate``, ``merge._matter_gate``).

The weights are ``join_model.json`` beside this file, made by ``eval/train_join_model.py`` from
the sets in ``eval/`` (deterministic). Without the file, merge's rules decide alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Mapping

from .keep_model import Weights

#: The least probability of a join (chosen by cross-validation over the sets: eval/train_join_model.py --cv;
#: raised from 0.7 / 0.6 in the twenty-fourth session, when pairs sharing key words but not one story
#: beyond doubt were first asked: measured by halves of the sets, eval/README.md): of a coarse
#: event, and of a lone coarse mention merge's rules took off (``FOLDED_THRESHOLD``).
THRESHOLD = 0.8
FOLDED_THRESHOLD = 0.7

#: The coarse join's weights: the file shipped with the package.
WEIGHTS = Path(__file__).with_name("join_model.json")
JOIN = Weights(WEIGHTS)


def _weights() -> "tuple[float, Mapping[str, float]]":
    return JOIN.weights()


def use(model: "tuple[float, Mapping[str, float]] | None") -> None:
    """Use ``model`` (bias, weights) instead of the shipped file (evaluation scripts); None goes
    back to the file; ``(0.0, {})`` turns the model off."""
    JOIN.use(model)


def available() -> bool:
    """Whether weights are loaded (a checkout without them keeps the rules' decisions)."""
    return JOIN.available()


def probability(feats: "list[str]") -> float:
    """The model's probability that a coarse event and a finer one with ``feats`` are one happening."""
    return JOIN.probability(feats)


#: The same-date join (twenty-third session, :func:`timeline.merge._model_days`): two events of one
#: date that one story tells apart are one happening; its weights ``day_model.json`` (made by
#: ``eval/train_join_model.py --days``), and the least probability of a join.
DAY = Weights(Path(__file__).with_name("day_model.json"))
DAY_THRESHOLD = 0.85
