"""Data flows one way: a module imports only modules of its own layer or of layers before it.

The layers follow the pipeline (docs/architecture.md). A new module must be placed here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "timeline"

LAYERS: list[set[str]] = [
    {"__init__", "model", "errors", "timex", "text", "entities", "sanitize", "progress"},  # foundations, no stage logic
    {"config"},
    {"tag"},  # the tagger is a pure function of (text, date)
    {"read", "html_reader", "infer"},  # infer uses the tagger to date undated articles
    {"keep_model", "join_model"},  # learned second opinions of the events stage and of merge (weights trained on eval/)
    {"events"},
    {"story", "merge"},
    {"evidence"},  # dropped dates that tell a merged event join it as sources
    {"order"},
    {"curated"},  # hand-written events join the ordered ones
    {"export", "render"},
    {"write"},
    {"cache", "executor", "build"},  # the pipeline
    {"check", "serve", "deploy", "scaffold", "evaluate", "evaluate_events", "cli", "__main__"},  # front ends
]
RANK = {name: i for i, layer in enumerate(LAYERS) for name in layer}


def module_name(path: Path) -> str:
    rel = path.relative_to(PKG)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module and node.module.startswith("timeline."):
                names.add(node.module.split(".")[1])
            elif node.level == 1 and path.parent == PKG:
                if node.module:
                    names.add(node.module.split(".")[0])
                else:
                    names.update(a.name for a in node.names)
            elif node.level == 2 and node.module:
                names.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            names.update(a.name.split(".")[1] for a in node.names if a.name.startswith("timeline."))
    return names


SOURCES = sorted(p for p in PKG.rglob("*.py") if "_scaffold" not in p.parts)


def test_every_module_has_a_layer() -> None:
    missing = sorted({module_name(p) for p in SOURCES} - set(RANK))
    assert not missing, f"place these modules in tests/test_layers.py LAYERS (and docs/architecture.md): {missing}"


@pytest.mark.parametrize("path", SOURCES, ids=[str(p.relative_to(PKG)) for p in SOURCES])
def test_imports_point_backwards(path: Path) -> None:
    me = module_name(path)
    if me not in RANK:
        pytest.skip("not placed yet (see test_every_module_has_a_layer)")
    later = sorted(n for n in imported(path) if n in RANK and RANK[n] > RANK[me])
    assert not later, f"{me} (layer {RANK[me]}) imports later stages {later}"
