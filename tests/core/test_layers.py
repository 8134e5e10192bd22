"""Data flows one way: inputs → pipeline → engine → grounding → result → render / eval / batch output.

Every module of the package is assigned a layer; no module imports a module of a higher layer,
neither at module level nor inside a function (a lazy import is still a dependency). The few
exceptions are listed with their reason. Read statically (ast), so nothing heavy is imported.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "extractor"

#: Lowest first. A module belongs to the layer of its longest matching prefix.
LAYERS: list[tuple[str, list[str]]] = [
    ("data types", ["extractor._version", "extractor.errors", "extractor.document", "extractor.schemas", "extractor.prompts"]),
    (
        "shared helpers",
        ["extractor.config", "extractor.language", "extractor.wordlists", "extractor.cuetypes", "extractor.cache", "extractor.fetch", "extractor.evaluation.matching"],
    ),
    ("input and grounding", ["extractor.inputs", "extractor.grounding"]),
    ("engines", ["extractor.engines"]),
    ("scheduler", ["extractor.scheduler"]),
    ("pipeline", ["extractor.pipeline"]),
    (
        "outputs",
        ["extractor.resumable", "extractor.render", "extractor.evaluation", "extractor.corpus", "extractor.scaleout", "extractor.testing"],
    ),
    ("command line", ["extractor.cli", "extractor.cli_run", "extractor.evaluation.cli", "extractor.evaluation.gate"]),
    ("package root", ["extractor"]),
]

#: (importer, imported): allowed upward edges, each for a stated reason.
EXCEPTIONS: dict[tuple[str, str], str] = {
    ("extractor.schemas.contract", "extractor.render"): "Result._repr_html_ renders itself in a notebook; imported inside the method only",
    ("extractor.engines.llm.crosscheck", "extractor.engines.offline"): "the cross-check runs the offline engine beside the LLM",
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> int:
    best, best_length = None, -1
    for index, (_name, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best_length:
                best, best_length = index, len(prefix)
    assert best is not None, f"{module} has no layer: add it to LAYERS"
    return best


def _is_module(name: str) -> bool:
    location = PACKAGE.parent.joinpath(*name.split("."))
    return location.with_suffix(".py").exists() or (location / "__init__.py").exists()


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            # ``from extractor import cache`` imports a module; ``from extractor import X`` a name of the root
            submodules = {f"{node.module}.{alias.name}" for alias in node.names if _is_module(f"{node.module}.{alias.name}")}
            found |= submodules
            if len(submodules) < len(node.names):
                found.add(node.module)
    return {name for name in found if name == "extractor" or name.startswith("extractor.")}


def _modules() -> list[tuple[str, Path]]:
    return sorted((_module_name(path), path) for path in PACKAGE.rglob("*.py"))


def test_every_module_has_a_layer():
    for module, _path in _modules():
        _layer(module)


def _type_checking_only(path: Path) -> set[str]:
    """Imports under ``if TYPE_CHECKING:``: annotations, not dependencies at run time."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for inner in ast.walk(node):
                if isinstance(inner, ast.ImportFrom) and inner.module:
                    names.add(inner.module)
    return names


@pytest.mark.parametrize(("module", "path"), _modules(), ids=[m for m, _ in _modules()])
def test_no_module_imports_a_higher_layer(module, path):
    mine = _layer(module)
    upward = []
    for imported in _imports(path) - _type_checking_only(path):
        if imported == "extractor" and module != "extractor":
            upward.append(f"{imported} (the package root: import the defining module instead)")
            continue
        if _layer(imported) > mine and not any(module.startswith(a) and imported.startswith(b) for a, b in EXCEPTIONS):
            upward.append(f"{imported} ({LAYERS[_layer(imported)][0]})")
    assert not upward, f"{module} ({LAYERS[mine][0]}) imports upward: {', '.join(sorted(upward))}"


def test_the_contract_does_not_import_the_renderer_at_module_level():
    tree = ast.parse((PACKAGE / "schemas" / "contract.py").read_text(encoding="utf-8"))
    top = [node.module for node in tree.body if isinstance(node, ast.ImportFrom) and node.module]
    assert not [name for name in top if name.startswith("extractor.render")]


def test_no_import_cycle_between_batch_scheduling_and_the_pipeline():
    assert not {"extractor.pipeline", "extractor.cli_run", "extractor.resumable"} & _imports(PACKAGE / "scheduler.py")



def test_every_module_imports_and_the_layer_entry_points_import_first():
    """Each module imports; and each module of the restructured flow imports first, alone, in a
    fresh interpreter, where a module-level cycle would fail with a partially initialised module."""
    import subprocess
    import sys

    modules = [m for m, _ in _modules() if not m.endswith("__main__")]
    firsts = ["extractor.document", "extractor.schemas.contract", "extractor.grounding.gate", "extractor.engines.base",
              "extractor.scheduler", "extractor.pipeline", "extractor.resumable", "extractor.cli_run"]  # fmt: skip
    script = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name)\n"
    for command in [[first] for first in firsts] + [modules]:
        completed = subprocess.run([sys.executable, "-c", script, *command], capture_output=True, text=True, cwd=PACKAGE.parent)
        assert completed.returncode == 0, f"{command[0]}: {completed.stderr[-2000:]}"
