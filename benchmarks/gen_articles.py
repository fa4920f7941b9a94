"""A small deterministic generator of news-like articles (used when ../shared/tools is absent)."""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

PLACES = ["Port Ellis", "Cape Mirel", "Dravik", "Zarenburg", "Solmark", "Brenmark", "Lowick", "Tarrow"]
ACTORS = ["The transport ministry", "The city council", "Rail workers", "The port authority", "Teachers",
          "The health cooperative", "Employers", "The mining foundation", "Residents", "The regulator"]
VERBS = ["announced a review", "reached a tentative agreement", "called off talks", "opened an inquiry",
         "approved the budget", "rejected the offer", "signed the contract", "postponed the vote"]
FILLER = ["Officials declined to comment.", "The decision drew a cautious response from farmers.",
          "Critics said the process had been chaotic.", "The figures were disputed by unions.",
          "Several hundred people attended the meeting.", "The talks are expected to continue."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def date_phrase(rng: random.Random, published: dt.date) -> str:
    kind = rng.randrange(6)
    d = published - dt.timedelta(days=rng.randrange(1, 900))
    if kind == 0:
        return f"on {d.day} {MONTHS[d.month - 1]} {d.year}"
    if kind == 1:
        return f"in {MONTHS[d.month - 1]} {d.year}"
    if kind == 2:
        return f"last {['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][rng.randrange(5)]}"
    if kind == 3:
        return f"in mid-{d.year}"
    if kind == 4:
        return "last week"
    return f"on {MONTHS[d.month - 1]} {d.day}"


def article(rng: random.Random, i: int, start: dt.date, span: int, words: int) -> str:
    published = start + dt.timedelta(days=rng.randrange(span))
    place = rng.choice(PLACES)
    title = f"{rng.choice(ACTORS)} in {place} {rng.choice(VERBS)}"
    paras = []
    count = 0
    while count < words:
        sents = []
        for _ in range(rng.randrange(3, 6)):
            if rng.random() < 0.5:
                s = f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {date_phrase(rng, published)}."
            else:
                s = rng.choice(FILLER)
            sents.append(s)
            count += len(s.split())
        paras.append(" ".join(sents))
    body = f"{place.upper()} — " + "\n\n".join(paras)
    return f'---\ntitle: "{title}"\ndate: {published.isoformat()}\nsource: "Benchmark Times"\n---\n\n{body}\n'


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--n", type=int, default=200)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--words", type=int, default=450)
    a = p.parse_args()
    rng = random.Random(a.seed)
    a.out.mkdir(parents=True, exist_ok=True)
    for i in range(1, a.n + 1):
        (a.out / f"article-{i:05d}.md").write_text(article(rng, i, dt.date(2023, 1, 1), 1200, a.words), encoding="utf-8")


if __name__ == "__main__":
    main()
