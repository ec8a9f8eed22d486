"""Copy the licences of everything the frozen build bundles into one folder (run by packaging/build.sh).

Usage: python collect_licences.py OUT_DIR COLLECT_TOC

- Python itself (its LICENSE.txt);
- every Python distribution the app needs at run time (the requirement closure of buyer-app, as installed
  in the packaging venv), with the licence files its wheel carries;
- Qt and PySide6 (their wheels carry no licence file): a notice and the LGPL-3.0 / GPL-3.0 texts;
- the system libraries (and the CJK font) PyInstaller copied from the build machine (from PyInstaller's COLLECT
  table), each with its Debian package's copyright file.
Writes OUT_DIR/INDEX.txt listing what came from where. Must run with the packaging venv's Python.
"""

from __future__ import annotations

import ast
import importlib.metadata as md
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from packaging.requirements import Requirement

LICENCE_FILE = re.compile(r"(?i)(^|/)(licen[cs]e|copying|notice|authors)[^/]*$|(^|/)licenses/")
QT_NOTICE = """\
Qt {qt} and PySide6 / Shiboken6 {pyside} (The Qt Company Ltd and other contributors)
Licence: LGPL-3.0-only (also offered under GPL-2.0-only or GPL-3.0-only); the texts are in this folder
where the build machine had them (LGPL-3, GPL-3).
Source code: https://download.qt.io/official_releases/ (Qt) and
https://download.qt.io/official_releases/QtForPython/ (PySide6, Shiboken6).
This one-folder build keeps the Qt and PySide6 libraries as separate shared libraries in
_internal/PySide6/Qt/lib/ and _internal/PySide6/, unmodified, so they can be replaced with other builds of
the same version.
"""


def runtime_distributions(root: str = "buyer-app") -> list[md.Distribution]:
    seen: dict[str, md.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        seen[key] = dist
        for text in dist.requires or []:
            req = Requirement(text)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return [d for k, d in sorted(seen.items()) if k != "buyer-app"]


def copy_distribution_licences(dist: md.Distribution, out: Path) -> list[str]:
    target = out / f"{dist.metadata['Name']}-{dist.version}"
    copied = []
    for file in dist.files or []:
        rel = str(file)
        if not LICENCE_FILE.search(rel) or rel.endswith((".py", ".pyc")):
            continue
        # keep the path below the .dist-info/licenses folder (numpy's vendored licences share base names)
        short = rel.split("/licenses/", 1)[1] if "/licenses/" in rel else Path(rel).name
        dest = target / short
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(dist.locate_file(file), dest)
        copied.append(short)
    return copied


def system_libraries(toc_path: Path) -> dict[str, str]:
    """Bundled file -> source path, for the binaries (and the fonts/) PyInstaller took from outside Python's own
    folders."""
    entries = ast.literal_eval(toc_path.read_text())[0]
    inside = [Path(p).resolve() for p in {sys.prefix, sys.base_prefix, sysconfig.get_paths()["purelib"]}]
    found = {}
    for dest, src, kind in entries:
        if (kind not in ("BINARY", "EXTENSION") and not dest.startswith("fonts/")) or not src:
            continue
        source = Path(src).resolve()
        if not any(source.is_relative_to(p) for p in inside):
            found[dest] = str(source)
    return found


def debian_packages(paths: list[str]) -> dict[str, str]:
    """Source path -> Debian package, where dpkg knows it."""
    if not paths or not shutil.which("dpkg"):
        return {}
    candidates = {}
    for path in paths:  # merged /usr: dpkg may have recorded /lib/... or /usr/lib/...
        candidates[path] = [path, path.removeprefix("/usr")] if path.startswith("/usr/lib") else [path, "/usr" + path]
    query = sorted({c for cs in candidates.values() for c in cs})
    result = subprocess.run(["dpkg", "-S", *query], capture_output=True, text=True, check=False)
    owner = {}
    for line in result.stdout.splitlines():
        package, _, path = line.partition(": ")
        owner[path.strip()] = package.split(":")[0].strip()
    return {p: next((owner[c] for c in cs if c in owner), "") for p, cs in candidates.items()}


def main() -> int:
    out, toc = Path(sys.argv[1]), Path(sys.argv[2])
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    index = ["Licences of what this build bundles (the data's own licences are one folder up).", ""]

    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_licence.exists():
        shutil.copyfile(python_licence, out / "Python-LICENSE.txt")
        index.append(f"Python {sys.version.split()[0]}: Python-LICENSE.txt")

    versions = {}
    for dist in runtime_distributions():
        name = dist.metadata["Name"]
        versions[re.sub(r"[-_.]+", "-", name).lower()] = dist.version
        files = copy_distribution_licences(dist, out)
        licence = dist.metadata.get("License-Expression") or dist.metadata.get("License") or "see its files"
        index.append(f"{name} {dist.version} ({licence.splitlines()[0][:80]}): "
                     + (f"{name}-{dist.version}/" if files else "no licence file in its wheel"))

    (out / "Qt-PySide6-NOTICE.txt").write_text(QT_NOTICE.format(
        qt=versions.get("pyside6-essentials", "?"), pyside=versions.get("pyside6-essentials", "?")))
    index.append("Qt and PySide6: Qt-PySide6-NOTICE.txt")
    for text in ("LGPL-3", "GPL-3"):
        common = Path("/usr/share/common-licenses") / text
        if common.exists():
            shutil.copyfile(common, out / f"{text}.txt")

    libraries = system_libraries(toc)
    owners = debian_packages(sorted(set(libraries.values())))
    system_dir = out / "system-libraries"
    system_dir.mkdir()
    index += ["", "System libraries and fonts copied from the build machine (bundled file: Debian package):"]
    for dest, src in sorted(libraries.items()):
        package = owners.get(src, "")
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if package and copyright_file.exists():
            shutil.copyfile(copyright_file, system_dir / f"{package}.copyright")
        index.append(f"  {dest}: {package or 'unknown package'}")
    (out / "INDEX.txt").write_text("\n".join(index) + "\n")
    print(f"collect_licences: {len(versions)} Python distributions, {len(libraries)} system libraries "
          f"from {len(set(filter(None, owners.values())))} Debian packages -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
