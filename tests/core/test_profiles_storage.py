"""Profiles survive a save/load round trip; atomic writes keep a backup and never leave half a file."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from field_strategies import field_strategy
from hypothesis import given, settings
from hypothesis import strategies as st

from buyer_app.core.costs.choices import MAX_VEHICLES, Incentive, LeaseTerms, VehicleChoice
from buyer_app.core.errors import InputError
from buyer_app.core.files import storage
from buyer_app.core.files.storage import atomic_write_text, user_data_dir
from buyer_app.core.household.fields import FIELDS, Household
from buyer_app.core.profiles.schema import Profile, load_profile, profile_from_dict, profile_to_dict


def _field_strategy(spec: Any) -> st.SearchStrategy[Any]:
    return field_strategy(spec)


households = st.fixed_dictionaries({s.name: _field_strategy(s) for s in FIELDS}).map(
    lambda values: Household().with_values(values)
)
money = st.floats(0, 1_000_000, allow_nan=False)
choices = st.builds(
    VehicleChoice,
    id=st.integers(1, 10**9),
    price=st.one_of(st.none(), st.floats(1, 10_000_000)),
    incentives=st.lists(st.builds(Incentive, name=st.text(max_size=40), amount=money), max_size=3).map(tuple),
    insurance_annual=st.one_of(st.none(), st.floats(0, 50_000)),
    lease=st.one_of(
        st.none(), st.builds(LeaseTerms, due_at_signing=money, monthly=st.floats(0, 100_000), term_months=st.integers(1, 120))
    ),
)
what_ifs = st.fixed_dictionaries({}, optional={s.name: _field_strategy(s) for s in FIELDS if not s.choices})
profiles = st.builds(
    Profile,
    name=st.text(max_size=200),
    household=households,
    vehicles=st.lists(choices, max_size=MAX_VEHICLES).map(tuple),
    what_if=what_ifs,
)


@settings(max_examples=80, deadline=None)
@given(profile=profiles)
def test_profile_round_trips_through_json(profile: Profile) -> None:
    text = json.dumps(profile_to_dict(profile))
    again = profile_from_dict(json.loads(text))
    assert again == profile
    assert profile_to_dict(again) == profile_to_dict(profile)


def test_profile_round_trips_through_a_file(tmp_path: Path) -> None:
    profile = Profile(
        name="Camry vs Model 3",
        household=Household(annual_miles=12_000, financing="loan"),
        vehicles=(
            VehicleChoice(48032, price=28_400, incentives=(Incentive("dealer", 500.0),)),
            VehicleChoice(48765, lease=LeaseTerms(2_999.0, 349.0, 36)),
        ),
        what_if={"gas_price": 4.0},
    )
    path = tmp_path / "p.json"
    atomic_write_text(path, json.dumps(profile_to_dict(profile), indent=2))
    assert load_profile(path) == profile


def test_too_many_vehicles_is_refused() -> None:
    data = {"schema_version": 1, "vehicles": [{"id": 1}] * (MAX_VEHICLES + 1)}
    with pytest.raises(InputError, match="at most 8 vehicles"):
        profile_from_dict(data)


def test_every_bad_vehicle_field_is_named() -> None:
    data = {"schema_version": 1, "vehicles": [{"id": "x", "price": -1, "colour": "red"}]}
    with pytest.raises(InputError) as info:
        profile_from_dict(data)
    named = {p.field for p in info.value.problems}
    assert {"vehicles[0].id", "vehicles[0].price", "vehicles[0].colour"} <= named


# --- storage -------------------------------------------------------------------------------------


def test_data_dir_is_the_per_test_override(tmp_path: Path) -> None:
    assert user_data_dir() == tmp_path / "user-data"
    assert os.environ["BUYER_APP_DATA_DIR"] == str(tmp_path / "user-data")


def test_atomic_write_keeps_a_backup_of_the_previous_version(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "profile.json"
    atomic_write_text(path, "one")
    assert path.read_text(encoding="utf-8") == "one"
    assert not path.with_name("profile.json.bak").exists()  # nothing to back up the first time
    atomic_write_text(path, "two")
    assert path.read_text(encoding="utf-8") == "two"
    assert path.with_name("profile.json.bak").read_text(encoding="utf-8") == "one"
    atomic_write_text(path, "three")
    assert path.with_name("profile.json.bak").read_text(encoding="utf-8") == "two"
    assert sorted(p.name for p in path.parent.iterdir()) == ["profile.json", "profile.json.bak"]


def test_atomic_write_without_backup(tmp_path: Path) -> None:
    path = tmp_path / "files" / "a.txt"
    atomic_write_text(path, "one", backup=False)
    atomic_write_text(path, "two", backup=False)
    assert path.read_text(encoding="utf-8") == "two"
    assert sorted(p.name for p in path.parent.iterdir()) == ["a.txt"]


def _refuse(src: object, dst: object) -> None:
    raise OSError(28, "No space left on device")


def test_failing_replace_leaves_the_original_and_its_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "profiles" / "profile.json"
    atomic_write_text(path, "original")
    atomic_write_text(path, "current")  # .bak now holds "original"
    monkeypatch.setattr(storage.os, "replace", _refuse)
    with pytest.raises(OSError, match="No space left"):
        atomic_write_text(path, "new and half-written")
    monkeypatch.undo()
    assert path.read_text(encoding="utf-8") == "current"
    assert path.with_name("profile.json.bak").read_text(encoding="utf-8") == "original"
    assert not any(p.name.endswith(".json.tmp") for p in path.parent.iterdir())  # the new data's temp file is gone


@pytest.mark.parametrize("backup", [False, True])
def test_failing_first_write_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backup: bool) -> None:
    path = tmp_path / "profiles" / "profile.json"
    monkeypatch.setattr(storage.os, "replace", _refuse)
    with pytest.raises(OSError):
        atomic_write_text(path, "new", backup=backup)
    monkeypatch.undo()
    assert list(path.parent.iterdir()) == []


def test_failing_replace_leaves_no_temp_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "profiles" / "profile.json"
    atomic_write_text(path, "current")
    monkeypatch.setattr(storage.os, "replace", _refuse)
    with pytest.raises(OSError):
        atomic_write_text(path, "new")
    monkeypatch.undo()
    leftovers = sorted(p.name for p in path.parent.iterdir())
    assert leftovers == ["profile.json"], f"temp files left behind: {leftovers}"


def test_failing_final_replace_after_backup_leaves_the_original(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The backup's replace succeeds, the file's own fails: the file is untouched and no temp file remains."""
    path = tmp_path / "profiles" / "profile.json"
    atomic_write_text(path, "current")
    real_replace = os.replace

    def replace_only_backups(src: Any, dst: Any) -> None:
        if str(dst).endswith(".bak"):
            real_replace(src, dst)
        else:
            raise OSError(5, "Input/output error")

    monkeypatch.setattr(storage.os, "replace", replace_only_backups)
    with pytest.raises(OSError):
        atomic_write_text(path, "new")
    monkeypatch.undo()
    assert path.read_text(encoding="utf-8") == "current"
    leftovers = sorted(p.name for p in path.parent.iterdir())
    assert leftovers == ["profile.json", "profile.json.bak"], f"temp files left behind: {leftovers}"
