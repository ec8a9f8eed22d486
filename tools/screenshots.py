"""Render the window for each sample household at the sizes shoppers have, into docs/screenshots/ (PNG).

    .venv/bin/python tools/screenshots.py [OUT_DIR] [--only SAMPLE] [--lang zh_CN]

Sizes: 1280x720, 1920x1080 and 2560x1440 at 2x scale (QT_SCALE_FACTOR=2: a 1280x720 window in logical pixels,
saved at 2560x1440). Each size runs in its own offscreen Qt process whose one virtual screen has that size, with a
fresh data folder (no saved layout or prices), and waits for the uncertainty run so the cards show how sure they are.
With `--lang` the window speaks that language (1280x720 and 2x only), and a second picture shows the Household tab:
SAMPLE-LANG-SIZE.png and SAMPLE-LANG-household-SIZE.png. The PNGs are written with a palette of the image's most
frequent colours (every vehicle colour kept, no dithering: flat UI colours compress well) so that each stays under
300 KB.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
SIZES = (("1280x720", 1280, 720, 1), ("1920x1080", 1920, 1080, 1), ("2560x1440-2x", 2560, 1440, 2))


PALETTE_SIZE = 160  # colours in the written PNG: every vehicle colour and the text's grey levels survive


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def write_png(image: QImage, path: Path, keep: tuple[str, ...]) -> None:
    """`image` as an 8-bit palette PNG: the most frequent colours plus `keep` (#rrggbb), each pixel mapped to the
    nearest of them (a screenshot has few colours; anti-aliased edges move to a neighbouring shade)."""
    from PySide6.QtGui import QImage

    rgb32 = image.convertToFormat(QImage.Format.Format_RGB32)
    w, h = rgb32.width(), rgb32.height()
    pixels = np.frombuffer(rgb32.constBits(), dtype=np.uint8).reshape(h, rgb32.bytesPerLine())[:, : w * 4]
    values = pixels.reshape(h, w, 4).view("<u4")[:, :, 0] & 0xFFFFFF  # 0xRRGGBB
    colours, inverse, counts = np.unique(values.ravel(), return_inverse=True, return_counts=True)
    wanted = [int(c[1:], 16) for c in keep]
    order = [c for c in colours[np.argsort(-counts)] if int(c) not in wanted]
    palette = np.array((wanted + [int(c) for c in order])[:PALETTE_SIZE], dtype=np.int64)

    def split(v: np.ndarray) -> np.ndarray:
        return np.stack([(v >> 16) & 255, (v >> 8) & 255, v & 255], axis=1).astype(np.int64)

    source, target = split(colours.astype(np.int64)), split(palette)
    nearest = np.empty(len(colours), dtype=np.uint8)
    for start in range(0, len(colours), 4096):
        block = source[start : start + 4096]
        nearest[start : start + 4096] = np.argmin(((block[:, None, :] - target[None, :, :]) ** 2).sum(axis=2), axis=1)
    index = nearest[inverse].reshape(h, w)
    rows = np.concatenate([np.zeros((h, 1), dtype=np.uint8), index], axis=1)  # filter 0 on every row
    plte = b"".join(struct.pack("BBB", *(int(x) for x in rgb)) for rgb in target)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 3, 0, 0, 0))
        + _chunk(b"PLTE", plte)
        + _chunk(b"IDAT", zlib.compress(rows.tobytes(), 9))
        + _chunk(b"IEND", b"")
    )


def render(out: Path, label: str, width: int, height: int, scale: int, only: str | None, lang: str = "") -> None:
    """In this process (started by `main` with the screen set up): one PNG per sample at `width` x `height` pixels."""
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    if lang:
        from buyer_app.text.translate import use_language
        from buyer_app.ui.language import apply_language

        use_language(lang, given=True)
        apply_language(app)
    from buyer_app.charts.colours import VEHICLE_COLOURS
    from buyer_app.core.profiles.samples import list_samples, load_sample
    from buyer_app.core.vehicles.database import load_database
    from buyer_app.ui.main_window import MainWindow

    db = load_database()
    for sample in list_samples():
        if only and sample.key != only:
            continue
        window = MainWindow(db, load_sample(sample))
        window.resize(width // scale, height // scale)
        window.show()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (window.runner.state in ("pending", "running") or window.runner.latest is None):
            app.processEvents()
            time.sleep(0.02)
        for _ in range(10):
            app.processEvents()
        shots = [(f"{sample.key}-{lang}-{label}.png" if lang else f"{sample.key}-{label}.png", 0)]
        if lang:
            shots.append((f"{sample.key}-{lang}-household-{label}.png", 1))
        for name, tab in shots:
            window.left_tabs.setCurrentIndex(tab)
            for _ in range(10):
                app.processEvents()
            path = out / name
            write_png(window.grab().toImage(), path, tuple(VEHICLE_COLOURS))
            print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {path.stat().st_size // 1024} KB")
        window.files.session.close = lambda: True  # type: ignore[method-assign] # nothing to save in a screenshot
        window.close()
        window.deleteLater()
        app.processEvents()


def main(argv: list[str]) -> int:
    if argv[:1] == ["--render"]:
        _, out, label, width, height, scale, only, lang = argv
        render(Path(out), label, int(width), int(height), int(scale), only or None, lang)
        return 0
    only = argv[argv.index("--only") + 1] if "--only" in argv else ""
    lang = argv[argv.index("--lang") + 1] if "--lang" in argv else ""
    rest = [a for a in argv if a not in (only, lang, "--only", "--lang")]
    out = Path(rest[0]) if rest else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    for label, width, height, scale in SIZES:
        if lang and label == "1920x1080":
            continue
        with tempfile.TemporaryDirectory() as tmp:
            screen = Path(tmp) / "screen.json"
            screen.write_text(
                json.dumps({"screens": [{"name": "shot", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}]})
            )
            data = Path(tmp) / "data"
            data.mkdir()
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
                "QT_SCALE_FACTOR": str(scale),
                "BUYER_APP_DATA_DIR": str(data),
                "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
            }
            args = [
                sys.executable,
                __file__,
                "--render",
                str(out.resolve()),
                label,
                str(width),
                str(height),
                str(scale),
                only,
                lang,
            ]
            done = subprocess.run(args, env=env, check=False)
            if done.returncode:
                return done.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
