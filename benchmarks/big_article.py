"""Time the whole build on one large article at several sizes and check it scales linearly.

    python benchmarks/big_article.py            # 0.5, 1, 2.5 and 5 MB
    python benchmarks/big_article.py 1 5 10     # sizes in MB
    python benchmarks/big_article.py --every=50 1 5   # one dated paragraph in 50
    python benchmarks/big_article.py --check=2 1 5     # exit 1 when s/MB grows more than 2x

Prints seconds per size and the ratio time/size relative to the smallest size; a ratio that
grows with the size (well above ~1.5) means something in the pipeline is super-linear.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PARAGRAPHS = (
    "The finance ministry said on Tuesday that the new rules would take effect in April 2026, "
    "after months of consultations with state governments and industry groups.",
    "Officials, who asked not to be named, said the talks had stalled over the question of tariffs "
    "and that no date had been set for the next round.",
    "Opposition leaders criticised the decision, saying it had been taken without a debate in parliament; "
    "the government rejected the charge.",
    "Analysts expect the economy to grow by about 6% this year, although exports fell sharply in the last quarter.",
    "The committee met on 3 March 2025 and again last week to review the draft, according to minutes seen by reporters.",
)


FILLER = (
    "Officials, who asked not to be named, said the talks had stalled over the question of tariffs "
    "and that the two sides were still far apart on several points.",
    "Opposition leaders criticised the decision, saying it had been taken without a debate in parliament; "
    "the government rejected the charge.",
)


def big_article(size: int, every: int = 1) -> str:
    """A Markdown article of about ``size`` bytes of realistic paragraphs.

    ``every=1`` (dense): most paragraphs carry a date; ``every=k``: one dated paragraph in k.
    """
    head = "---\ntitle: A very long article\ndate: 2026-01-13\nsource: Test\n---\n"
    parts = [head]
    n = len(head)
    i = 0
    while n < size:
        text = PARAGRAPHS[i % len(PARAGRAPHS)] if i % every == 0 else FILLER[i % len(FILLER)]
        para = text + f" (Ref. x{i:x}.)\n\n"  # not a number: "(Paragraph 1500.)" reads as the year 1500
        parts.append(para)
        n += len(para.encode("utf-8"))
        i += 1
    return "".join(parts)


def build_once(mb: float, every: int = 1) -> float:
    from timeline.cli import main

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        src.mkdir()
        (src / "big.md").write_text(big_article(int(mb * 1_000_000), every), encoding="utf-8")
        err = io.StringIO()
        started = time.perf_counter()
        code = main(["build", "--source", str(src), "--out", str(Path(tmp) / "site"), "--no-cache", "-j", "1", "-q"], err=err)
        took = time.perf_counter() - started
        if code != 0:
            raise SystemExit(f"build failed: {err.getvalue()[-2000:]}")
        return took


def main(argv: list[str]) -> None:
    every = 1
    limit = 0.0
    while argv and argv[0].startswith("--"):
        opt, _, value = argv.pop(0).partition("=")
        if opt == "--every":
            every = int(value)
        elif opt == "--check":
            limit = float(value or 2.0)
    worst = 1.0
    sizes = [float(a) for a in argv] or [0.5, 1.0, 2.5, 5.0]
    base = None
    for mb in sizes:
        t = build_once(mb, every)
        per = t / mb
        base = base or per
        print(f"{mb:6.2f} MB  {t:8.2f} s  {per:6.2f} s/MB  ratio {per / base:4.2f}", flush=True)
        worst = max(worst, per / base)
    if limit and worst > limit:
        raise SystemExit(f"super-linear: time per MB grew {worst:.2f}x (limit {limit:.2f}x)")


if __name__ == "__main__":
    main(sys.argv[1:])
