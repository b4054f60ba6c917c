"""The shape of the house: layers point downward, no circles, small modules, no copies.

Walks ``agent/`` with :mod:`ast` (every import, the lazy ones inside functions
too), so the rules hold for the code as written, not as documented.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
from pathlib import Path
from typing import TypeGuard

import pytest

AGENT = Path(__file__).resolve().parents[1] / "agent"

# Top to bottom; a module may import its own layer and the ones below it.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("cli", "console"),
    ("service",),
    ("ingest",),
    ("digest",),
    ("delivery",),
    ("feedback",),
    ("classify",),
    ("mail",),
    ("store", "config", "errors", "logsetup", "files", "calendars", "marks", "text", ""),
)
MAX_LINES = 600  # every module, the store's too: agent/store/ is split by topic
MAX_FUNCTION_LINES = 60


def module_name(path: Path) -> str:
    parts = list(path.relative_to(AGENT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(AGENT.rglob("*.py"))}


def imports(path: Path, known: set[str]) -> set[str]:
    """The agent modules ``path`` imports, anywhere in it."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "agent"}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] != "agent":
                continue
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in known else node.module)
    return found & known


def layer(module: str) -> int:
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else ""
    for index, names in enumerate(LAYERS):
        if top in names:
            return index
    raise AssertionError(f"{module} belongs to no layer; add it to LAYERS")


def graph() -> dict[str, set[str]]:
    mods = modules()
    known = set(mods)
    return {name: imports(path, known) - {name} for name, path in mods.items()}


def test_every_module_has_a_layer() -> None:
    for name in modules():
        layer(name)


def test_dependencies_point_downward() -> None:
    upward = [
        f"{src} (layer {LAYERS[layer(src)]}) imports {dst} (layer {LAYERS[layer(dst)]})"
        for src, deps in graph().items()
        for dst in deps
        if layer(dst) < layer(src)
    ]
    assert not upward, "\n".join(upward)


def test_no_import_cycles() -> None:
    deps = graph()
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    cycles: list[str] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(deps[node]):
            if state.get(nxt) == 1:
                cycles.append(" → ".join([*path[path.index(nxt) :], nxt]))
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for start in sorted(deps):
        if start not in state:
            visit(start, [start])
    assert not cycles, "\n".join(cycles)


def test_the_check_sees_a_cycle_and_an_upward_import(tmp_path: Path) -> None:
    """The walker itself: lazy imports count, ``from pkg import module`` names the module."""
    pkg = tmp_path / "agent"
    (pkg / "mail").mkdir(parents=True)
    (pkg / "mail" / "__init__.py").write_text("")
    (pkg / "mail" / "a.py").write_text("def f():\n    from agent.cli import main\n")
    (pkg / "cli.py").write_text("from agent.mail import a\n")
    known = {"agent.mail", "agent.mail.a", "agent.cli"}
    assert imports(pkg / "mail" / "a.py", known) == {"agent.cli"}
    assert imports(pkg / "cli.py", known) == {"agent.mail.a"}
    assert layer("agent.mail.a") > layer("agent.cli")


def test_modules_are_small() -> None:
    too_long = []
    for name, path in modules().items():
        lines = len(path.read_text("utf-8").splitlines())
        if lines > MAX_LINES:
            too_long.append(f"{name}: {lines} lines")
    assert not too_long, "\n".join(too_long)


def test_every_module_is_named_in_the_architecture_doc() -> None:
    """docs/architecture.md walks a message through the package: a module it never names is
    one a newcomer cannot place (four had slipped out of it by session 18)."""
    doc = (AGENT.parent / "docs" / "architecture.md").read_text("utf-8")
    unnamed = [
        name
        for name, path in modules().items()
        if path.stem != "__init__" and f"`{path.stem}`" not in doc
    ]
    assert not unnamed, f"name these in docs/architecture.md: {unnamed}"


def test_functions_are_small() -> None:
    too_long = []
    for name, path in modules().items():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if node_is_function(node) and not node.name.startswith("_migration_"):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    too_long.append(f"{name}.{node.name}: {length} lines")
    assert not too_long, "\n".join(too_long)


def node_is_function(node: ast.AST) -> TypeGuard[ast.FunctionDef | ast.AsyncFunctionDef]:
    """A function; the store's migrations are schema declarations, not logic, and exempt."""
    return isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)


def in_store(name: str) -> bool:
    """The store package and its topic modules, where the SQL belongs."""
    return name == "agent.store" or name.startswith("agent.store.")


def test_no_sql_outside_the_store() -> None:
    """Every SQL statement lives in the agent/store/ package (the house rule)."""
    verbs = ("SELECT ", "INSERT ", "UPDATE ", "DELETE ", "BEGIN", "ROLLBACK", "PRAGMA ")
    found = []
    for name, path in modules().items():
        if in_store(name) or name.startswith("agent.classify"):
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if node.value.lstrip().startswith(verbs):
                    found.append(f"{name}:{node.lineno}: {node.value[:50]!r}")
            elif (
                isinstance(node, ast.Attribute)
                and node.attr in ("conn", "db", "query")
                and isinstance(node.value, ast.Name)
                and node.value.id == "store"
            ):
                found.append(f"{name}:{node.lineno}: store.{node.attr}")
    assert not found, "\n".join(found)


def test_error_classes_live_in_errors() -> None:
    stray = []
    for name, path in modules().items():
        if name in ("agent.errors",) or name.startswith("agent.classify"):
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                isinstance(b, ast.Name) and b.id.endswith(("Error", "Exception", "Dropped"))
                for b in node.bases
            ):
                stray.append(f"{name}.{node.name}")
    assert not stray, "\n".join(stray)


def test_signal_handlers_only_in_cli() -> None:
    found = [
        name
        for name, path in modules().items()
        if name != "agent.cli" and "signal.signal(" in path.read_text("utf-8")
    ]
    assert not found, found


@pytest.mark.skipif(shutil.which("duplicates") is None, reason="the duplicates tool is not here")
def test_no_copied_code_outside_the_classifier() -> None:
    """``duplicates --repo agent``: no run of identical lines; shape-alike declarations
    (schema migrations, exception classes) are not copies of logic."""
    out = subprocess.run(
        ["duplicates", "--repo", str(AGENT), "--most", "200"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    copies = []
    for line in out.splitlines():
        parts = line.split()
        if not (line[:1] == "D" and line[1:2].isdigit() and len(parts) >= 4):
            continue
        left, right, kind = parts[1], parts[3], parts[4:]
        if left.startswith("classify/") and right.startswith("classify/"):
            continue  # the classifier's split is its own issue
        if "shape" not in kind:
            copies.append(line)
    assert not copies, "\n".join(copies)
