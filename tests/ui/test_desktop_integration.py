"""Desktop integration: the launcher files validate, and the app paints in a real X window (Xvfb)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "packaging" / "io.github.vehiclebuyer.BuyerApp.desktop"
METAINFO = ROOT / "packaging" / "io.github.vehiclebuyer.BuyerApp.metainfo.xml"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_desktop_entry_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_appstream_metainfo_validates():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_icon_is_shipped_and_named_in_the_entry():
    assert (ROOT / "resources" / "icons" / "buyer-app.svg").read_text().startswith("<svg")
    assert "Icon=io.github.vehiclebuyer.BuyerApp" in DESKTOP.read_text()


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")
@pytest.mark.slow
def test_real_x_window_paints_and_saves_a_screenshot(tmp_path):
    display = f":{90 + os.getpid() % 100}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        shot = tmp_path / "window.png"
        env.update(DISPLAY=display, BUYER_APP_SMOKE_SCREENSHOT=str(shot), BUYER_APP_DATA_DIR=str(tmp_path / "data"))
        result = subprocess.run(
            [sys.executable, "-m", "buyer_app", "--smoke"], env=env, capture_output=True, text=True, timeout=90
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "xcb" in result.stdout  # a real X window, not the offscreen platform
        assert shot.stat().st_size > 20_000
    finally:
        server.terminate()
        server.wait(timeout=10)
