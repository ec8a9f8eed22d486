"""The documents name real files: every repository path and `buyer_app.` module in README.md and CONTRIBUTING.md
exists, and the README's Layout section has ten lines that name existing folders and leave none of buyer_app's
out. A renamed or moved module fails here until the documents follow it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "buyer_app"
DOCUMENTS = ("README.md", "CONTRIBUTING.md")
TOP_FOLDERS = ("buyer_app", "tests", "tools", "resources", "benchmarks", "packaging", "requirements")
# a path inside the repository: a known top-level folder, then names of letters, digits, _ . - and /
PATH = re.compile(r"(?<![\w./-])((?:" + "|".join(TOP_FOLDERS) + r")/[\w./-]*)")
MODULE = re.compile(r"(?<![\w./-])(buyer_app(?:\.\w+)+)")


def _path_problems(text: str, root: Path = ROOT) -> list[str]:
    """Each path of `text` under one of TOP_FOLDERS that does not exist below `root`."""
    problems = []
    for found in sorted(set(PATH.findall(text))):
        path = found.rstrip(".")  # a path that ends a sentence
        if not (root / path).exists():
            problems.append(path)
    return problems


def _defines(module_file: Path, name: str) -> bool:
    """Whether the module at `module_file` defines or imports `name` at its top level."""
    for node in ast.parse(module_file.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.name == name:
            return True
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                return True
        if isinstance(node, ast.ImportFrom | ast.Import) and any((a.asname or a.name) == name for a in node.names):
            return True
    return False


def _module_problems(text: str, root: Path = ROOT) -> list[str]:
    """Each dotted `buyer_app.` name of `text` that is neither a module or package, nor a name defined at the top of
    one (read from the source, so no module is imported: tests/core runs without Qt)."""
    problems = []
    for dotted in sorted(set(MODULE.findall(text))):
        parts = dotted.split(".")
        base = root.joinpath(*parts)
        if (base / "__init__.py").is_file() or base.with_suffix(".py").is_file():
            continue
        owner = root.joinpath(*parts[:-1])
        module_file = owner / "__init__.py" if (owner / "__init__.py").is_file() else owner.with_suffix(".py")
        if not (module_file.is_file() and _defines(module_file, parts[-1])):
            problems.append(dotted)
    return problems


def _layout_lines(readme: str) -> list[str]:
    """The list items of the README's Layout section (up to the next section)."""
    match = re.search(r"^## Layout\n(.*?)(?=^## |\Z)", readme, re.MULTILINE | re.DOTALL)
    assert match, "README.md has no '## Layout' section"
    return [line for line in match.group(1).splitlines() if line.startswith("- ")]


def _folders_to_name() -> set[str]:
    """The folders the Layout must cover: buyer_app's packages and the core's sub-packages (paths relative to the
    repository, with a trailing slash). Deeper ones (importers/) are covered by their parent."""
    top = [p for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()]
    core = [p for p in (PACKAGE / "core").iterdir() if (p / "__init__.py").is_file()]
    return {p.relative_to(ROOT).as_posix() + "/" for p in top + core}


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_path_named_exists(document: str) -> None:
    text = (ROOT / document).read_text(encoding="utf-8")
    assert _path_problems(text) == [], f"{document} names paths that do not exist"


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_module_named_exists(document: str) -> None:
    text = (ROOT / document).read_text(encoding="utf-8")
    assert _module_problems(text) == [], f"{document} names buyer_app modules or names that do not exist"


def test_layout_has_ten_lines_naming_every_folder_of_the_package() -> None:
    lines = _layout_lines((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(lines) == 10, lines
    named = set(PATH.findall("\n".join(lines)))
    folders = {n for n in named if n.endswith("/")}
    assert folders, "the Layout lines name no folder"
    assert [f for f in sorted(folders) if not (ROOT / f).is_dir()] == []
    top = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    assert top == {"charts", "cli", "core", "report", "text", "ui"}  # the layers; a new one needs its Layout line
    # a folder is covered when the Layout names it or a folder inside it (`buyer_app/core/energy/` covers core)
    missing = sorted(f for f in _folders_to_name() if not any(n.startswith(f) for n in folders))
    assert missing == [], f"the Layout section leaves out {missing}"


def test_the_checks_catch_a_wrong_path_a_wrong_module_and_a_missing_folder(tmp_path: Path) -> None:
    (tmp_path / "buyer_app" / "core" / "energy").mkdir(parents=True)
    (tmp_path / "buyer_app" / "core" / "energy" / "__init__.py").write_text('"""Energy."""\n', encoding="utf-8")
    (tmp_path / "buyer_app" / "core" / "energy" / "co2.py").write_text("def grid() -> None: ...\n", encoding="utf-8")
    text = (
        "See `buyer_app/core/energy/co2.py`, `buyer_app/core/charging_days.py` and buyer_app/core/curves/. "
        "Call `buyer_app.core.energy.co2.grid`, not buyer_app.core.energy.co2.gone or buyer_app.core.household_region."
    )
    assert _path_problems(text, tmp_path) == ["buyer_app/core/charging_days.py", "buyer_app/core/curves/"]
    assert _module_problems(text, tmp_path) == ["buyer_app.core.energy.co2.gone", "buyer_app.core.household_region"]
    readme = "## Layout\n\n- `buyer_app/cli/`: verbs\n- `buyer_app/ui/`: window\n\n## Next\n- not layout\n"
    assert _layout_lines(readme) == ["- `buyer_app/cli/`: verbs", "- `buyer_app/ui/`: window"]
