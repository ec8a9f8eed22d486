"""Each household default is declared once, in its FieldSpec (household/fields.py FIELDS): the Household dataclass
reads it from there, and so do the uncertainty settings from SPREADS."""

from __future__ import annotations

import ast
import inspect
from collections import Counter
from dataclasses import fields
from types import ModuleType

import pytest

from buyer_app.core.household import fields as household_fields
from buyer_app.core.household.fields import FIELD_BY_NAME, FIELDS, Household
from buyer_app.core.uncertainty import draws
from buyer_app.core.uncertainty.draws import SPREAD_BY_NAME, SPREADS, UncertaintySettings

READERS = {"_number": float, "_whole": int, "_text": str}  # how Household reads a default from FIELDS, by type


def _class_defaults(module: ModuleType, class_name: str) -> dict[str, ast.expr | None]:
    """Each annotated field of a class, as written in its module: its default expression (None if none)."""
    tree = ast.parse(inspect.getsource(module))
    (node,) = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == class_name]
    return {
        item.target.id: item.value for item in node.body if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
    }


def test_every_field_has_one_spec() -> None:
    counts = Counter(spec.name for spec in FIELDS)
    assert [name for name, n in counts.items() if n != 1] == []
    assert set(counts) == {f.name for f in fields(Household)} - {
        "charging_calendar",
        "home_tariff",
    }  # parts of their own (calendar.py, core/tariffs)


@pytest.mark.parametrize("name", [f.name for f in fields(Household) if f.name not in ("charging_calendar", "home_tariff")])
def test_the_dataclass_reads_its_default_from_the_spec(name: str) -> None:
    """No literal in the dataclass: its default is a reader of FIELDS called with the field's own name."""
    written = _class_defaults(household_fields, "Household")[name]
    assert isinstance(written, ast.Call) and isinstance(written.func, ast.Name), ast.dump(written) if written else name
    assert written.func.id in READERS
    assert [ast.literal_eval(a) for a in written.args] == [name] and not written.keywords


@pytest.mark.parametrize("spec", FIELDS, ids=[s.name for s in FIELDS])
def test_the_default_equals_the_spec(spec: household_fields.FieldSpec) -> None:
    value = getattr(Household(), spec.name)
    assert value == spec.default
    annotation = next(f.type for f in fields(Household) if f.name == spec.name)
    assert type(value).__name__ == annotation  # a float field holds a float even where the spec writes 15000
    assert (annotation == "int") == spec.integer
    assert (annotation == "str") == (spec.kind != "number")


def test_spread_defaults_are_declared_once() -> None:
    written = _class_defaults(draws, "UncertaintySettings")
    for spec in SPREADS:
        call = written[spec.name]
        assert isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "_spread"
        assert [ast.literal_eval(a) for a in call.args] == [spec.name]
        assert getattr(UncertaintySettings(), spec.name) == SPREAD_BY_NAME[spec.name].default


def test_the_command_line_help_shows_the_declared_defaults() -> None:
    import argparse

    from buyer_app.cli.household_args import add_household_arguments

    parser = argparse.ArgumentParser()
    add_household_arguments(parser)
    helps = {a.dest: a.help or "" for a in parser._actions}
    for name in ("years", "annual_miles", "city_share", "gas_price", "premium_price", "diesel_price", "electricity_price"):
        assert f"(default {FIELD_BY_NAME[name].default})" in helps[name]
