"""The packaging files, checked without building anything (the build itself: packaging/check_frozen.sh).

The spec parses and ships resources/, the Qt filters keep the plugins the app needs, the .desktop and
AppStream files validate, the Makefile has the shipping targets, the launcher installs and uninstalls
cleanly, and the resource lookup finds a frozen build's resources under sys._MEIPASS.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from buyer_app.core.files import resources

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "buyer-app.spec"
APP_ID = "io.github.vehiclebuyer.BuyerApp"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"


def _spec_assignment(name: str) -> ast.expr:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return node.value
    raise AssertionError(f"{name} is not assigned at the top of {SPEC.name}")


def test_spec_parses_and_ships_the_resources_folder() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    datas = _spec_assignment("DATAS")
    assert isinstance(datas, ast.List)
    pairs = [e for e in datas.elts if isinstance(e, ast.Tuple) and len(e.elts) == 2]
    assert any(
        "resources" in ast.unparse(src) and isinstance(dest, ast.Constant) and dest.value == "resources"
        for src, dest in (p.elts for p in pairs)
    ), "resources/ must land in the bundle as resources/ (sys._MEIPASS/resources)"
    calls = {ast.unparse(n.func): n for n in ast.walk(tree) if isinstance(n, ast.Call)}
    analysis = calls["Analysis"]
    assert "__main__.py" in ast.unparse(analysis.args[0])
    assert {k.arg: ast.unparse(k.value) for k in analysis.keywords}["datas"] == "DATAS"
    assert "COLLECT" in calls, "a one-folder build (COLLECT), not one-file"


def test_spec_qt_filters_keep_what_the_app_needs() -> None:
    drop = re.compile("|".join(ast.literal_eval(_spec_assignment("QT_DROP"))))
    needed = [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",  # the window icon is an SVG
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
    ]
    assert [p for p in needed if drop.search(p)] == []
    dropped = [
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    ]
    assert all(drop.search(p) for p in dropped)
    excluded = ast.literal_eval(_spec_assignment("EXCLUDED_MODULES"))
    for used in (
        "PySide6.QtCore",
        "PySide6.QtGui",
        "PySide6.QtWidgets",
        "PySide6.QtPrintSupport",
        "PySide6.QtOpenGL",
        "PySide6.QtOpenGLWidgets",
        "openpyxl",
        "et_xmlfile",
    ):  # pyqtgraph imports the OpenGL ones; openpyxl and its XML writer make Export XLSX
        assert used not in excluded


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_makefile_has_the_shipping_targets() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("package", "check-package", "install-desktop", "uninstall-desktop"):
        assert re.search(rf"^{re.escape(target)}:", makefile, re.MULTILINE), f"no `{target}` target"


def test_shell_scripts_parse() -> None:
    for script in ("build.sh", "check_frozen.sh", "install-desktop.sh"):
        subprocess.run(["bash", "-n", str(PACKAGING / script)], check=True)


def test_install_desktop_installs_and_removes_exactly_its_files(tmp_path: Path) -> None:
    program = tmp_path / "a folder with spaces" / "buyer-app"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    data_home = tmp_path / "share"
    (data_home / "applications").mkdir(parents=True)
    other = data_home / "applications" / "other.desktop"
    other.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(data_home)}
    script = str(PACKAGING / "install-desktop.sh")

    subprocess.run(["bash", script, "--exec", str(program)], check=True, env=env, capture_output=True)
    launcher = data_home / "applications" / f"{APP_ID}.desktop"
    icon = data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert f'Exec="{program}"' in launcher.read_text().splitlines()
    assert icon.read_bytes() == (ROOT / "resources" / "icons" / "buyer-app.svg").read_bytes()
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(launcher)], check=True)

    subprocess.run(["bash", script, "--uninstall"], check=True, env=env, capture_output=True)
    assert not launcher.exists() and not icon.exists()
    assert other.exists(), "someone else's launcher is left alone"

    refused = subprocess.run(["bash", script, "--exec", str(tmp_path / "missing")], env=env, capture_output=True, text=True)
    assert refused.returncode != 0 and "not an executable file" in refused.stderr
    assert not launcher.exists()


def test_resources_found_under_a_frozen_builds_meipass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # PyInstaller's one-folder layout: sys._MEIPASS is the _internal folder, the data is in _internal/resources
    internal = tmp_path / "buyer-app" / "_internal"
    (internal / "resources" / "vehicles").mkdir(parents=True)
    monkeypatch.delenv("BUYER_APP_RESOURCES", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    assert resources.resources_dir() == internal / "resources"
    assert resources.resource_path("vehicles", "vehicles.csv") == internal / "resources" / "vehicles" / "vehicles.csv"


def test_meipass_without_resources_falls_back_to_the_source_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BUYER_APP_RESOURCES", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    found = resources.resources_dir()
    assert found != tmp_path / "resources"
    assert (found / "vehicles").is_dir()
