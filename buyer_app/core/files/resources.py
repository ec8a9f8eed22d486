"""Find the shipped resources in a source checkout, an installed wheel or a frozen build."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_ENV = "BUYER_APP_RESOURCES"


def resources_dir() -> Path:
    """The folder holding the shipped database, curated tables and licences."""
    override = os.environ.get(_ENV)
    if override:
        return Path(override)
    candidates: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package_dir = Path(__file__).resolve().parents[2]  # buyer_app/ (this file: buyer_app/core/files/)
    candidates.append(package_dir / "resources")  # installed wheel: mapped into the package
    candidates.append(package_dir.parent / "resources")  # source checkout or editable install
    for candidate in candidates:
        if (candidate / "vehicles").is_dir():
            return candidate
    raise FileNotFoundError(
        "the shipped resources folder was not found (looked in: "
        + ", ".join(str(c) for c in candidates)
        + f"); set {_ENV} to its location"
    )


def resource_path(*parts: str) -> Path:
    """Path of one shipped resource file."""
    return resources_dir().joinpath(*parts)
