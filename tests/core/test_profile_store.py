"""Saved profiles on disk: atomic saves with backups, unreadable files never overwritten."""

from __future__ import annotations

import pytest

from buyer_app.core.costs.choices import VehicleChoice
from buyer_app.core.errors import InputError
from buyer_app.core.household.fields import Household
from buyer_app.core.profiles.schema import SCHEMA_VERSION, Profile
from buyer_app.core.profiles.store import (
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


V1_HOUSEHOLD_FIELDS = {
    "years",
    "annual_miles",
    "city_share",
    "gas_price",
    "midgrade_price",
    "premium_price",
    "diesel_price",
    "electricity_price",
    "fuel_escalation",
    "electricity_escalation",
    "sales_tax_rate",
    "title_fees",
    "registration_annual",
    "bev_surcharge",
    "phev_surcharge",
    "hev_surcharge",
    "insurance_annual",
    "maintenance_bev",
    "maintenance_phev",
    "maintenance_hev",
    "maintenance_ice",
    "maintenance_age_growth",
    "depreciation_bev",
    "depreciation_phev",
    "depreciation_hev",
    "depreciation_ice",
    "home_charger_cost",
    "financing",
    "down_payment_share",
    "loan_apr",
    "loan_term_months",
    "discount_rate",
}


def test_older_schema_is_migrated_with_a_backup_of_the_original():
    import json

    from buyer_app.core.driving.patterns import AnnualPattern

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
    assert json.loads(path.read_text())["schema_version"] == SCHEMA_VERSION == 8


def test_version_4_defaults_give_way_to_version_5_and_typed_figures_stay() -> None:
    """A version-4 file holds every household figure, the defaults of its day among them: insurance $1,771 for every
    car, the four yearly depreciation rates, its state's gasoline of the week of 2026-04-27. Version 5 estimates
    insurance per car, follows published resale curves and takes the state's average price; what the owner typed
    (an insurance quote, rates of their own, a gasoline price) stays."""
    import json

    from buyer_app.core.household.fields import household_to_dict

    old = household_to_dict(Household(state="TX"))
    old.update(
        {
            "insurance_annual": 1771.0,
            "depreciation_bev": 0.139,
            "depreciation_phev": 0.122,
            "depreciation_hev": 0.104,
            "depreciation_ice": 0.104,
            "gas_price": 3.662,
            "midgrade_price": 4.262,
            "premium_price": 4.622,
        }
    )
    for key in ("insurance_reference", "resale_basis", "fuel_price_basis", "phev_plug_nights"):
        old.pop(key)
    path = path_for("version four")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"schema_version": 4, "name": "version four", "household": old, "vehicles": []}))
    h = open_profile(path).household
    assert (h.insurance_annual, h.resale_basis, h.gas_price, h.insurance_reference) == (0.0, "published", 2.763, 2599.0)
    typed = {**old, "insurance_annual": 2100.0, "depreciation_bev": 0.2, "gas_price": 3.10}
    path.write_text(json.dumps({"schema_version": 4, "name": "version four", "household": typed, "vehicles": []}))
    h = open_profile(path).household
    assert (h.insurance_annual, h.resale_basis, h.depreciation_bev, h.gas_price) == (2100.0, "your_rates", 0.2, 3.10)


# --- copies carry everything (issue 12: Rename and Duplicate lost the driving pattern, climate and uncertainty) ---


def _every_field_set() -> Profile:
    """A profile with every part away from its default: household, vehicles with overrides, what-ifs, a weekly
    schedule with trips, a typed climate and uncertainty settings with a seed."""
    from buyer_app.core.costs.choices import Incentive, LeaseTerms
    from buyer_app.core.driving.patterns import Trip, WeeklyPattern
    from buyer_app.core.region.climate import manual_climate
    from buyer_app.core.uncertainty.draws import UncertaintySettings

    vehicles = (
        VehicleChoice(48765, price=41000.0, incentives=(Incentive("Dealer", 500.0),), insurance_annual=2100.0, heat_pump=True),
        VehicleChoice(48032, lease=LeaseTerms(2999.0, 349.0, 36), used=False),
    )
    return Profile(
        "Everything set",
        Household(state="TX", years=8, city_share=0.2, electricity_price=0.11),
        vehicles,
        {"gas_price": 4.25},
        WeeklyPattern((55.0, 55.0, 140.0, 55.0, 55.0, 40.0, 20.0), (Trip(3, 240.0, False),)),
        manual_climate([10, 15, 28, 45, 58, 68, 72, 70, 60, 47, 30, 15]),
        UncertaintySettings(draws=2000, seed=77),
    )


@pytest.mark.parametrize("operation", ["duplicate", "rename"])
def test_a_copy_under_a_new_name_equals_the_original_in_every_field(operation: str) -> None:
    from dataclasses import fields

    original = _every_field_set()
    source = save_profile(original)
    op = duplicate_profile if operation == "duplicate" else rename_profile
    copy = open_profile(op(source, "Renamed plan"))
    for f in fields(Profile):
        if f.name != "name":
            assert getattr(copy, f.name) == getattr(original, f.name), f.name
    assert copy.name == "Renamed plan"
    assert source.exists() == (operation == "duplicate")


def test_every_sample_survives_rename_and_duplicate_unchanged() -> None:
    from dataclasses import replace

    from buyer_app.core.profiles.samples import list_samples, load_sample

    for sample in list_samples():
        original = open_profile(save_profile(load_sample(sample)))
        copy = open_profile(duplicate_profile(path_for(original.name), f"{original.name} copy"))
        assert copy == replace(original, name=f"{original.name} copy")
        moved = open_profile(rename_profile(path_for(copy.name), f"{original.name} moved"))
        assert moved == replace(original, name=f"{original.name} moved")


def test_rename_to_the_same_file_name_saves_in_place() -> None:
    path = save_profile(SAMPLE)
    again = rename_profile(path, "Minnesota  commuters")  # the same file name, another spelling
    assert again == path and open_profile(path).name == "Minnesota  commuters"


def test_a_rename_that_cannot_write_keeps_the_original_and_its_backup(monkeypatch: pytest.MonkeyPatch) -> None:
    import buyer_app.core.profiles.store as store

    path = save_profile(SAMPLE)
    save_profile(SAMPLE)  # a .bak exists
    backup = path.with_name(path.name + ".bak")
    before = (path.read_bytes(), backup.read_bytes())

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "atomic_write_text", full_disk)
    with pytest.raises(OSError):
        rename_profile(path, "Elsewhere")
    assert (path.read_bytes(), backup.read_bytes()) == before
    assert not path_for("Elsewhere").exists()
