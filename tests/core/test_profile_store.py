"""Saved profiles on disk: atomic saves with backups, unreadable files never overwritten."""

from __future__ import annotations

import pytest

from buyer_app.core.errors import InputError
from buyer_app.core.household import Household
from buyer_app.core.profile import SCHEMA_VERSION, Profile, VehicleChoice
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


V1_HOUSEHOLD_FIELDS = {"years", "annual_miles", "city_share", "gas_price", "midgrade_price", "premium_price",
                       "diesel_price", "electricity_price", "fuel_escalation", "electricity_escalation",
                       "sales_tax_rate", "title_fees", "registration_annual", "bev_surcharge", "phev_surcharge",
                       "hev_surcharge", "insurance_annual", "maintenance_bev", "maintenance_phev", "maintenance_hev",
                       "maintenance_ice", "maintenance_age_growth", "depreciation_bev", "depreciation_phev",
                       "depreciation_hev", "depreciation_ice", "home_charger_cost", "financing", "down_payment_share",
                       "loan_apr", "loan_term_months", "discount_rate"}


def test_older_schema_is_migrated_with_a_backup_of_the_original():
    import json

    from buyer_app.core.driving import AnnualPattern

    path = save_profile(SAMPLE)
    v1 = json.loads(path.read_text())
    v1["schema_version"] = 1
    del v1["driving"], v1["climate"]
    for key in [k for k in v1["household"] if k not in V1_HOUSEHOLD_FIELDS]:
        del v1["household"][key]
    path.write_text(json.dumps(v1))
    original = path.read_bytes()
    migrated = open_profile(path)
    assert migrated.name == SAMPLE.name and migrated.driving == AnnualPattern() and migrated.climate is None
    assert migrated.household == SAMPLE.household  # fields a version-1 file lacks take their defaults
    assert path.with_name(path.name + ".v1.bak").read_bytes() == original
    assert json.loads(path.read_text())["schema_version"] == SCHEMA_VERSION == 4
