"""The import graph of buyer_app: edges between layers and sub-packages, and the cycles among modules.

    .venv/bin/python tools/import_graph.py [--modules]

Every `import` and `from ... import` of a buyer_app module counts, function-level ones too (they are
dependencies all the same); `if TYPE_CHECKING:` blocks do not.
"""

from __future__ import annotations

import ast
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "buyer_app"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def imports_of(path: Path, modules: set[str]) -> set[str]:
    """The buyer_app modules `path` imports (a `from package import name` of a module counts as that module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_lines(tree)
    me = module_name(path)
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skip:
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("buyer_app"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            if not base.startswith("buyer_app"):
                continue
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.add(candidate if candidate in modules else base)
    return {m for m in found if m in modules and m != me}


def graph() -> dict[str, set[str]]:
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {module_name(p) for p in paths}
    return {module_name(p): imports_of(p, modules) for p in paths}


def layer(module: str, depth: int) -> str:
    """The module's layer (depth 1: buyer_app.core, buyer_app.ui...) or sub-package (depth 2: buyer_app.core.energy,
    buyer_app.ui; a module directly in a package counts as its own part)."""
    parts = module.split(".")
    if depth == 2 and parts[:2] == ["buyer_app", "core"]:
        return ".".join(parts[:3])
    return ".".join(parts[:2])


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]
    sys.setrecursionlimit(10_000)

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = []
            while True:
                w = stack.pop()
                on.discard(w)
                part.append(w)
                if w == v:
                    break
            if len(part) > 1:
                out.append(sorted(part))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def collapsed(edges: dict[str, set[str]], depth: int) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a, targets in edges.items():
        for b in targets:
            la, lb = layer(a, depth), layer(b, depth)
            if la != lb:
                out.setdefault(la, set()).add(lb)
            out.setdefault(lb, set())
    return out


def main() -> int:
    edges = graph()
    print(f"{len(edges)} modules, {sum(len(t) for t in edges.values())} import edges")
    for depth, title in ((1, "layers"), (2, "sub-packages")):
        counts = Counter(
            (layer(a, depth), layer(b, depth)) for a, t in edges.items() for b in t if layer(a, depth) != layer(b, depth)
        )
        print(f"\nedges between {title} (module-level import edges):")
        for (a, b), n in sorted(counts.items()):
            print(f"  {a} -> {b}: {n}")
        found = cycles(collapsed(edges, depth))
        print(f"cycles among {title}: {len(found)}" + "".join(f"\n  {' <-> '.join(c)}" for c in found))
    module_cycles = cycles(edges)
    print(f"\ncycles among modules: {len(module_cycles)}" + "".join(f"\n  {' <-> '.join(c)}" for c in module_cycles))
    if "--modules" in sys.argv:
        for a in sorted(edges):
            print(a, "->", ", ".join(sorted(edges[a])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
