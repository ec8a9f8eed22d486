"""Saved profiles on disk: atomic saves with backups, unreadable files never overwritten."""

from __future__ import annotations

import pytest

from buyer_app.core.errors import InputError
from buyer_app.core.household import Household
from buyer_app.core.profile import Profile, VehicleChoice
from buyer_app.core.profile_store import (
    delete_profile,
    duplicate_profile,
    list_profiles,
    open_profile,
    path_for,
    profiles_dir,
    rename_profile,
    save_profile,
    set_aside,
    slug,
)

SAMPLE = Profile("Minnesota commuters", Household(years=10, annual_miles=11000.0), (VehicleChoice(48765, price=41000.0),))


def test_save_open_and_backup_of_the_previous_version():
    path = save_profile(SAMPLE)
    assert path.parent == profiles_dir() and path.name == "Minnesota-commuters.json"
    assert open_profile(path) == SAMPLE
    newer = Profile(SAMPLE.name, Household(years=3), SAMPLE.vehicles)
    save_profile(newer)
    assert open_profile(path) == newer
    assert open_profile(path.with_name(path.name + ".bak")) == SAMPLE


def test_unreadable_profile_is_set_aside_and_never_overwritten():
    path = path_for("broken")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"schema_version": 1, "household": ', encoding="utf-8")
    with pytest.raises(InputError, match="JSON"):
        open_profile(path)
    copy = set_aside(path)
    assert copy.read_bytes() == path.read_bytes() == b'{"schema_version": 1, "household": '


def test_duplicate_rename_delete_and_list():
    first = save_profile(SAMPLE)
    copy = duplicate_profile(first, "Cabin plan")
    assert open_profile(copy).vehicles == SAMPLE.vehicles and open_profile(copy).name == "Cabin plan"
    with pytest.raises(InputError, match="name"):
        duplicate_profile(first, "Cabin plan")
    renamed = rename_profile(copy, "Cabin plan B")
    assert not copy.exists() and open_profile(renamed).name == "Cabin plan B"
    assert set(list_profiles()) == {first, renamed}
    delete_profile(renamed)
    assert list_profiles() == [first]


def test_slug_keeps_names_inside_the_folder():
    assert slug("../../etc/passwd") == "etc-passwd"
    assert slug("<img src=x>") == "img-src-x"
    assert slug("   ") == "profile"


def test_older_schema_is_migrated_with_a_backup_of_the_original(monkeypatch):
    import json

    from buyer_app.core import profile as profile_module

    def v1_to_v2(data):
        data = dict(data)
        data["name"] = data.get("name", "Untitled") + " (migrated)"
        return data

    path = save_profile(SAMPLE)
    original = path.read_bytes()
    monkeypatch.setattr(profile_module, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(profile_module.MIGRATIONS, 1, v1_to_v2)
    migrated = open_profile(path)
    assert migrated.name == "Minnesota commuters (migrated)"
    assert path.with_name(path.name + ".v1.bak").read_bytes() == original
    assert json.loads(path.read_text())["schema_version"] == 2
