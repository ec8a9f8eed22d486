"""Settings shared by every tier of the suite."""

from __future__ import annotations

import os

from hypothesis import settings

# Under CI the property tests draw the same examples on every run (a red build is then reproducible and never
# depends on the day); on a developer's machine they explore new ones each run.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("dev")
settings.load_profile("ci" if os.environ.get("CI") == "true" else "dev")
