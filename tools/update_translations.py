"""Bring the translation sources up to date with the code (our own `lupdate`), and compile them (Qt's `lrelease`).

    .venv/bin/python tools/update_translations.py          # update resources/translations/*.ts, compile the .qm
    .venv/bin/python tools/update_translations.py --check  # change nothing; exit 1 if a .ts is behind the code

Every literal template passed to `tr(...)`, `tr_noop(...)` (a string kept in a table, translated where it is shown)
and `trn(singular, plural, n)` in buyer_app/ is found with the `ast` module, implicit concatenation `tr("a" "b")`
included, as is `tr(NAME)` of a module-level `NAME = "..."`. Any other `tr(expression)` is listed as a note: what
it translates must be marked with `tr_noop()` (tests/core/test_translations.py runs the faces in Chinese and fails
on any template the catalogue lacks). Each `buyer_app_<lang>.ts` keeps its existing
translations; a new template comes in unfinished (untranslated), and a template gone from the code is kept with its
translation and marked obsolete. Then `pyside6-lrelease` compiles each .ts to its .qm beside it.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from buyer_app.text.catalogue import Message, read_ts, write_ts  # noqa: E402

TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)


def _literal(node: ast.expr) -> str | None:
    """The string of a literal argument (adjacent literals are one Constant in the ast), else None."""
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _constants(tree: ast.Module) -> dict[str, str]:
    """The module's top-level `NAME = "literal"` assignments (so that `tr(NAME)` is found without a mark)."""
    out = {}
    for st in tree.body:
        if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name):
            text = _literal(st.value)
            if text is not None:
                out[st.targets[0].id] = text
    return out


def extract(package: Path = ROOT / "buyer_app") -> tuple[dict[str, Message], list[str]]:
    """The templates of every `tr()`, `trn()` and `tr_noop()` call under `package` (in order of first use), and the
    `tr()` calls whose argument is not a literal nor a module constant ('file:line: code'): what they translate
    must be marked with `tr_noop()` where it is written."""
    found: dict[str, Message] = {}
    dynamic: list[str] = []
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package.parent).as_posix()
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source, rel)
        constants = _constants(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("tr", "trn", "tr_noop")):
                continue
            want = 3 if node.func.id == "trn" else 1
            args = node.args[:2] if node.func.id == "trn" else node.args[:1]
            texts = [
                _literal(a) if _literal(a) is not None else constants.get(a.id) if isinstance(a, ast.Name) else None for a in args
            ]
            if len(node.args) != want or node.keywords or any(t is None for t in texts):
                dynamic.append(f"{rel}:{node.lineno}: {ast.get_source_segment(source, node)}")
                continue
            singular = texts[0] or ""
            plural = texts[1] if node.func.id == "trn" else None
            msg = found.setdefault(singular, Message(singular, plural))
            if msg.plural != plural:
                raise SystemExit(f"{rel}:{node.lineno}: {singular!r} is used both with and without a plural (or two)")
            msg.locations.append((rel, node.lineno))
    return found, dynamic


def merged(code: dict[str, Message], existing: dict[str, Message]) -> list[Message]:
    """The code's messages with the existing translations, then the vanished translated ones marked obsolete."""
    out = []
    for source, msg in sorted(code.items(), key=lambda kv: kv[1].locations[0]):
        old = existing.get(source)
        if old is not None and old.plural == msg.plural:
            msg.translations, msg.unfinished = old.translations, old.unfinished
        out.append(msg)
    for source in sorted(set(existing) - set(code)):
        old = existing[source]
        if not any(old.translations):  # nothing to keep
            continue
        out.append(Message(source, old.plural, old.translations, obsolete=True, unfinished=old.unfinished))
    return out


def lrelease() -> str:
    """The path of pyside6-lrelease: next to this Python (the venv), or on PATH."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease was not found (it ships with PySide6: install the project's venv)")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a .ts file is behind the code")
    args = parser.parse_args(argv)
    code, dynamic = extract()
    for line in dynamic:
        print(f"note: not a literal (its text must be marked tr_noop() where it is written): {line}")
    behind = False
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"buyer_app_{language}.ts"
        existing = read_ts(ts)[1] if ts.exists() else {}
        messages = merged({k: Message(v.source, v.plural, locations=list(v.locations)) for k, v in code.items()}, existing)
        todo = [m.source for m in messages if not m.obsolete and not m.translated]
        gone = [m.source for m in messages if m.obsolete]
        print(f"{ts.relative_to(ROOT)}: {len(messages) - len(gone)} templates, {len(todo)} untranslated, {len(gone)} obsolete")
        if args.check:
            behind |= bool(todo) or set(code) - set(existing) != set()
            continue
        TRANSLATIONS.mkdir(parents=True, exist_ok=True)
        write_ts(ts, language, messages)
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return 1 if behind else 0


if __name__ == "__main__":
    raise SystemExit(main())
