#!/usr/bin/env python3
"""Train the events stage's learned second opinion (timeline/keep_model.py) on the evaluation sets.

Usage:
    python eval/train_keep_model.py [SET_DIR ...] [--out timeline/keep_model.json]
    python eval/train_keep_model.py --cv 5 [SET_DIR ...] [--thresholds 0.05,0.1,0.2]

Rows: every expression the tagger finds in an article of a set, labelled 1 when it overlaps the
date words of a gold mention, 0 when it overlaps a trap's; the others (datelines, unlabelled
times) are left out. The model: logistic regression with an L2 penalty, trained by AdaGrad in
plain Python over features seen at least twice, in a fixed order (the same sets give the same
weights, byte for byte). Without SET_DIR: eval/stories and every eval/holdout*.

``--cv K``: the sets are split into K folds (set i in fold i mod K); for each fold a model is
trained on the other folds and the pipeline scored on the fold's sets, each story alone, without
the model and with it at each threshold: the per-set figures and their means are printed, so the
threshold is chosen on sets the model did not see.

``--kept-weight W`` (an experiment, docs/events.md round 24: not better) weighs W times the rows
whose expression the rules keep.
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from timeline import keep_model  # noqa: E402
from timeline.evaluate_events import _expr_spans, load_gold  # noqa: E402
from timeline.read import read_articles  # noqa: E402
from timeline.tag import tag  # noqa: E402
from timeline.text import quote_spans, sentences_holding  # noqa: E402
from timeline.build import day_first  # noqa: E402
from timeline.events import extract  # noqa: E402

EPOCHS = 12
RATE = 0.2
L2 = 1e-4
MIN_COUNT = 2


def _load(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


KEPT_WEIGHT = 1.0


def rows(root: Path) -> list[tuple[list[str], int, float]]:
    """The labelled rows of one set (in a fixed order): features, label, weight."""
    out: list[tuple[list[str], int, float]] = []
    for story in sorted(p for p in root.iterdir() if p.is_dir()):
        articles, _, _ = read_articles([story])
        bodies = {a.id: a.body for a in articles}
        pos: dict[str, list[tuple[int, int]]] = {}
        neg: dict[str, list[tuple[int, int]]] = {}
        for g in _load(story / "gold.jsonl"):
            for m in g.get("mentions", ()):
                pos.setdefault(m["article"], []).extend(_expr_spans(bodies.get(m["article"], ""), m["quote"], m["expr"]))
        for t in _load(story / "traps.jsonl"):
            neg.setdefault(t["article"], []).extend(_expr_spans(bodies.get(t["article"], ""), t["quote"], t["expr"]))
        for a in sorted(articles, key=lambda a: a.id):
            body = a.body
            exprs = tag(body, a.published, day_first=day_first(a.lang))
            if not exprs:
                continue
            sents = sentences_holding(body, [x.start for x in exprs])
            kept: set[tuple[int, int]] = set()
            if KEPT_WEIGHT != 1.0:
                saved = keep_model.KEEP.loaded
                keep_model.use((0.0, {}))
                try:
                    mentions, _ = extract(a, exprs)
                finally:
                    keep_model.use(saved)
                kept = {(m.expression.start, m.expression.end) for m in mentions if m.expression is not None}
            quotes = quote_spans(body)
            for x in exprs:
                label = None
                if any(s < x.end and x.start < e for s, e in pos.get(a.id, ())):
                    label = 1
                elif any(s < x.end and x.start < e for s, e in neg.get(a.id, ())):
                    label = 0
                if label is None:
                    continue
                sent = next((s for s in sents if s.start <= x.start < s.end), None)
                s0, s1 = (sent.start, sent.end) if sent is not None else (x.start, x.end)
                quoted = any(q0 <= x.start < q1 for q0, q1 in quotes)
                weight = KEPT_WEIGHT if any(k0 < x.end and x.start < k1 for k0, k1 in kept) else 1.0
                out.append((keep_model.expression_features(body, x, s0, s1, quoted), label, weight))
    return out


def train(data: list[tuple[list[str], int, float]]) -> tuple[float, dict[str, float]]:
    counts = Counter(f for feats, _, _ in data for f in set(feats))
    keep = {f for f, n in counts.items() if n >= MIN_COUNT}
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    bias, bg2 = 0.0, 1e-8
    order = list(range(len(data)))
    rnd = random.Random(0)
    for _ in range(EPOCHS):
        rnd.shuffle(order)
        for i in order:
            feats, y, weight = data[i]
            fs = [f for f in set(feats) if f in keep]
            fs.sort()
            z = bias + sum(w.get(f, 0.0) for f in fs)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            grad = (p - y) * weight
            bg2 += grad * grad
            bias -= RATE * grad / math.sqrt(bg2)
            for f in fs:
                gf = grad + L2 * w.get(f, 0.0)
                g2[f] = g2.get(f, 1e-8) + gf * gf
                w[f] = w.get(f, 0.0) - RATE * gf / math.sqrt(g2[f])
    return round(bias, 4), {f: round(v, 4) for f, v in sorted(w.items()) if abs(v) >= 0.005}


def _sets(args: list[str]) -> list[Path]:
    if args:
        return [Path(a) for a in args]
    return [HERE / "stories"] + sorted((p for p in HERE.glob("holdout*") if p.is_dir()),
                                       key=lambda p: int(p.name[7:] or 1))


def score_folds(sets: list[Path], k: int, rows_of: "Callable[[Path], list[tuple[list[str], int, float]]]",
                runs: "list[tuple[str, Callable[[tuple[float, dict[str, float]]], None]]]", mixed: bool) -> int:
    """K-fold cross-validation by set (set i in fold i mod K): for each fold a model is trained on
    the rows (``rows_of``) of the other folds, and each of the fold's sets is scored once per run,
    after ``runs``' setter for it is given the fold's model (``mixed``: its stories built together);
    the per-set figures and the pooled ones are printed."""
    sys.path.insert(0, str(HERE))
    import contextlib
    import io

    import score_stories  # noqa: E402

    data = {s: rows_of(s) for s in sets}
    pooled: dict[str, dict[str, int]] = {}
    f1s: dict[str, list[float]] = {}
    for fold in range(k):
        test = [s for i, s in enumerate(sets) if i % k == fold]
        model = train([r for i, s in enumerate(sets) if i % k != fold for r in data[s]])
        for s in test:
            lines = []
            for name, setup in runs:
                setup(model)
                with contextlib.redirect_stdout(io.StringIO()):
                    tot = score_stories.score_set(s, False, mixed)
                lines.append(f"  {name:<8} {score_stories._summary(tot)}")
                p = tot["matched_predicted"] / max(1, tot["predicted"])
                r = tot["matched_gold"] / max(1, tot["gold"])
                f1s.setdefault(name, []).append(2 * p * r / (p + r) if p + r else 0.0)
                acc = pooled.setdefault(name, score_stories._totals())
                for key, v in tot.items():
                    acc[key] += v
            print(s.name)
            print("\n".join(lines), flush=True)
    print()
    for name, acc in pooled.items():
        print(f"{name:<8} mean F1 {sum(f1s[name]) / len(f1s[name]):.4f}  {score_stories._summary(acc)}")
    return 0


def cross_validate(sets: list[Path], k: int, thresholds: list[float]) -> int:
    def threshold(t: float) -> "Callable[[tuple[float, dict[str, float]]], None]":
        def setup(model: tuple[float, dict[str, float]]) -> None:
            keep_model.use(model)
            keep_model.THRESHOLD = t
        return setup

    runs = [("rules", lambda model: keep_model.use((0.0, {})))] + [(f"p<{t}", threshold(t)) for t in thresholds]
    try:
        return score_folds(sets, k, rows, runs, False)
    finally:
        keep_model.use(None)


def main(argv: list[str]) -> int:
    out = HERE.parent / "timeline" / "keep_model.json"
    cv = 0
    thresholds = [0.05, 0.1, 0.2]
    args: list[str] = []
    it = iter(argv)
    for a in it:
        if a == "--out":
            out = Path(next(it))
        elif a == "--cv":
            cv = int(next(it))
        elif a == "--kept-weight":
            global KEPT_WEIGHT
            KEPT_WEIGHT = float(next(it))
        elif a == "--thresholds":
            thresholds = [float(x) for x in next(it).split(",")]
        else:
            args.append(a)
    sets = _sets(args)
    if cv:
        return cross_validate(sets, cv, thresholds)
    return write_model(out, "timeline/keep_model.py; made by eval/train_keep_model.py", sets,
                       [r for s in sets for r in rows(s)], "dated events")


def write_model(out: Path, about: str, sets: list[Path], data: list[tuple[list[str], int, float]], positives: str) -> int:
    """Train on ``data`` and write the weights file ``out`` (sorted keys: the same rows, the same bytes)."""
    bias, weights = train(data)
    out.write_text(json.dumps({"about": about, "sets": [s.name for s in sets], "rows": len(data),
                               "bias": bias, "weights": weights}, sort_keys=True, indent=0) + "\n",
                   encoding="utf-8")
    print(f"{len(data)} rows ({sum(y for _, y, _ in data)} {positives}) from {len(sets)} sets; "
          f"{len(weights)} weights -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
