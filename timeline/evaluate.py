"""Score the tagger against TimeML corpora (JSONL), TempEval-3 style.

    python -m timeline.evaluate CORPUS.jsonl [CORPUS2.jsonl ...] [--all-types] [--errors N]

With no corpus, every ``*.jsonl`` of ``../shared/corpora`` (beside the repository) is
scored. Corpus lines are ``{"id", "dct", "text", "timexes": [{"start", "end", "type",
"value", ...}]}``.

Metrics (the logic of the project's ``timex_score.py``, ported here):
  strict  - predicted span identical to a gold span
  relaxed - one-to-one greedy pairing by largest overlap (ties: earlier span first)
  value   - relaxed match and equal value after canonicalisation (upper case, no
            trailing "Z", zero seconds dropped, hour-only times given minutes)
  type    - relaxed match and equal type
Only DATE and TIME count by default, on both sides; ``--all-types`` adds DURATION and SET.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .tag import tag

DEFAULT_TYPES = ("DATE", "TIME")
ALL_TYPES = ("DATE", "TIME", "DURATION", "SET")
DEFAULT_CORPUS_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"

Doc = Mapping[str, Any]
Span = Mapping[str, Any]


def canon_value(v: str | None) -> str:
    """Canonicalise the representation of a value (not its meaning)."""
    v = (v or "").strip().upper()
    v = re.sub(r"(T\d{2}(:\d{2})?(:\d{2})?)Z$", r"\1", v)
    v = re.sub(r"(T\d{2}:\d{2}):00(\.0+)?$", r"\1", v)
    v = re.sub(r"(T\d{2})$", r"\1:00", v)
    return v


def canon_type(t: str | None) -> str:
    t = (t or "").strip().upper()
    return t or "DATE"


def overlap(a: Span, b: Span) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def match_one_to_one(gold: Sequence[Span], pred: Sequence[Span]) -> list[tuple[int, int]]:
    """Pair gold and predicted spans greedily by largest overlap; each used at most once."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = overlap(g, p)
            if ov > 0:
                cands.append((-ov, g["start"], p["start"], gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


def _prf(tp_p: int, n_pred: int, tp_r: int, n_gold: int) -> dict[str, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": p, "R": r, "F1": f, "tp": tp_r}


def score(gold_docs: Mapping[str, Doc], pred_docs: Mapping[str, Doc], types: Iterable[str] = DEFAULT_TYPES,
          n_errors: int = 0) -> dict[str, Any]:
    """Score predictions against gold; both map doc id -> {"text"?, "timexes": [...]}."""
    tset = set(types)
    c: Counter[str] = Counter()
    errors: dict[str, list[tuple[Any, ...]]] = {"missed": [], "spurious": [], "wrong_value": [], "wrong_type": []}
    for doc_id, gd in gold_docs.items():
        text = gd.get("text", "")
        gold = [g for g in gd.get("timexes", []) if canon_type(g.get("type")) in tset]
        pred = [p for p in pred_docs.get(doc_id, {}).get("timexes", [])
                if canon_type(p.get("type")) in tset and p["end"] > p["start"]]
        c["gold"] += len(gold)
        c["pred"] += len(pred)
        gold_spans = {(g["start"], g["end"]) for g in gold}
        pred_spans = {(p["start"], p["end"]) for p in pred}
        c["strict_p"] += sum(1 for p in pred if (p["start"], p["end"]) in gold_spans)
        c["strict_r"] += sum(1 for g in gold if (g["start"], g["end"]) in pred_spans)
        pairs = match_one_to_one(gold, pred)
        c["relaxed"] += len(pairs)
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            if canon_value(g.get("value")) == canon_value(p.get("value")):
                c["value"] += 1
            elif len(errors["wrong_value"]) < n_errors:
                errors["wrong_value"].append((doc_id, gd.get("dct"), g.get("text"), g.get("value"),
                                              text[p["start"]:p["end"]], p.get("value"), p.get("rule", ""),
                                              _context(text, g["start"], g["end"])))
            if canon_type(g.get("type")) == canon_type(p.get("type")):
                c["type"] += 1
            elif len(errors["wrong_type"]) < n_errors:
                errors["wrong_type"].append((doc_id, g.get("text"), g.get("type"), p.get("type")))
        mg = {gi for gi, _ in pairs}
        mp = {pi for _, pi in pairs}
        for gi, g in enumerate(gold):
            if gi not in mg and len(errors["missed"]) < n_errors:
                errors["missed"].append((doc_id, g.get("text"), g.get("type"), g.get("value"),
                                         _context(text, g["start"], g["end"])))
        for pi, p in enumerate(pred):
            if pi not in mp and len(errors["spurious"]) < n_errors:
                errors["spurious"].append((doc_id, text[p["start"]:p["end"]], p.get("type"), p.get("value"),
                                           p.get("rule", ""), _context(text, p["start"], p["end"])))
    res: dict[str, Any] = {"types": sorted(tset), "docs": len(gold_docs), "gold": c["gold"], "pred": c["pred"]}
    res["strict"] = _prf(c["strict_p"], c["pred"], c["strict_r"], c["gold"])
    res["relaxed"] = _prf(c["relaxed"], c["pred"], c["relaxed"], c["gold"])
    res["value"] = _prf(c["value"], c["pred"], c["value"], c["gold"])
    res["type"] = _prf(c["type"], c["pred"], c["type"], c["gold"])
    res["value"]["acc"] = c["value"] / c["relaxed"] if c["relaxed"] else 0.0
    if n_errors:
        res["errors"] = errors
    return res


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    s = text[max(0, start - width):start].replace("\n", " ")
    e = text[end:end + width].replace("\n", " ")
    return f"...{s}[{text[start:end]}]{e}..."


def load_jsonl(path: Path) -> dict[str, dict[str, Any]]:
    docs: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                docs[d["id"]] = d
    return docs


def predict(gold: Mapping[str, Doc]) -> tuple[dict[str, dict[str, Any]], float, int]:
    """Tag every gold document; return predictions, seconds spent and characters tagged."""
    pred: dict[str, dict[str, Any]] = {}
    t0 = time.process_time()  # CPU time: robust when other processes load the machine
    chars = 0
    for doc_id, d in gold.items():
        dct = dt.date.fromisoformat(d["dct"][:10]) if d.get("dct") else None
        text = d.get("text", "")
        chars += len(text)
        pred[doc_id] = {"id": doc_id, "timexes": [
            {"start": e.start, "end": e.end, "text": e.text, "type": e.type, "value": e.value, "mod": e.mod,
             "rule": e.rule} for e in tag(text, dct)]}
    return pred, time.process_time() - t0, chars


def format_table(res: Mapping[str, Any], title: str = "") -> str:
    lines = [title] if title else []
    lines.append(f"types={','.join(res['types'])} docs={res['docs']} gold={res['gold']} pred={res['pred']}")
    lines.append(f"{'metric':<10} {'P':>6} {'R':>6} {'F1':>6}")
    for name in ("strict", "relaxed", "value", "type"):
        m = res[name]
        lines.append(f"{name:<10} {100 * m['P']:6.1f} {100 * m['R']:6.1f} {100 * m['F1']:6.1f}")
    lines.append(f"value accuracy on relaxed matches: {100 * res['value']['acc']:.1f}")
    for kind, items in res.get("errors", {}).items():
        if items:
            lines.append(f"-- {kind} (first {len(items)})")
            lines.extend("   " + " | ".join(str(x) for x in it) for it in items)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m timeline.evaluate", description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="*", type=Path, help=f"JSONL corpora (default: {DEFAULT_CORPUS_DIR}/*.jsonl)")
    ap.add_argument("--all-types", action="store_true", help="score DURATION and SET too")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="list up to N errors of each kind")
    ap.add_argument("--split", help="only documents whose 'split' field equals this")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--pred-out", type=Path, help="write the predictions as JSONL (one corpus only)")
    a = ap.parse_args(argv)
    paths = list(a.corpus)
    if not paths:
        if not DEFAULT_CORPUS_DIR.is_dir():
            print(f"evaluate: no corpus given and the default corpus folder {DEFAULT_CORPUS_DIR} is missing "
                  "(it sits beside the checkout as ../shared/corpora); pass CORPUS.jsonl", file=sys.stderr)
            return 2
        paths = sorted(DEFAULT_CORPUS_DIR.glob("*.jsonl"))
    types = ALL_TYPES if a.all_types else DEFAULT_TYPES
    out = {}
    for p in paths:
        if not p.is_file():
            print(f"evaluate: {p}: no such corpus file", file=sys.stderr)
            return 2
        gold = load_jsonl(p)
        if a.split:
            gold = {k: v for k, v in gold.items() if v.get("split") == a.split}
        pred, secs, chars = predict(gold)
        if a.pred_out:
            with a.pred_out.open("w", encoding="utf-8") as f:
                for d in pred.values():
                    f.write(json.dumps(d) + "\n")
        res = score(gold, pred, types, a.errors)
        res["seconds"] = secs
        res["chars_per_s"] = chars / secs if secs else 0.0
        out[p.stem] = res
        if not a.json:
            print(format_table(res, f"== {p.stem} ({chars / 1e3:.0f} KB in {secs:.2f} s CPU, "
                                    f"{chars / secs / 1e6 if secs else 0:.2f} MB/s)"))
            print()
    if a.json:
        print(json.dumps(out, indent=1, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
