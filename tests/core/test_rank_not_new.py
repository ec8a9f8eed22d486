"""A nameplate no longer sold new (the 2023 Bolt, a 2023-only nameplate) is not ranked as new at its old MSRP: it
is listed apart, with the reason, and the JSON keys of `rank` stay as they were (new keys only)."""

from __future__ import annotations

import json

import pytest

from buyer_app.cli.main import main
from buyer_app.core.costs.rank import RankFilters, last_model_years, rank, sold_new_from
from buyer_app.core.household.fields import Household
from buyer_app.core.vehicles.database import VehicleDatabase
from buyer_app.text.ranking import not_sold_new_reason

BOLT_2023 = 45751  # 2023 Chevrolet Bolt EV, priced by the curated table at its 2023 MSRP
OLD_KEYS = {"years", "considered", "priced_count", "ranked", "unpriced_count", "running_cost_only", "uncertainty", "note"}


def test_the_2023_bolt_is_listed_apart_not_ranked_as_new(db: VehicleDatabase) -> None:
    assert sold_new_from(db.frame) == int(db.frame["year"].max()) - 1
    r = rank(db, Household(), RankFilters(text="bolt"))
    assert BOLT_2023 not in set(r.priced["id"]) and BOLT_2023 not in set(r.unpriced["id"])
    bolt = r.not_sold_new.set_index("id").loc[BOLT_2023]
    assert bolt["last_model_year"] == 2023 and not_sold_new_reason(2023) == "no longer sold new: last model year 2023"
    assert bolt["price"] == 27_495 and bolt["running_cost"] > 0
    assert bolt["total_cost"] != bolt["total_cost"]  # not costed as a new car
    assert r.considered == len(r.priced) + len(r.unpriced) + len(r.not_sold_new)


def test_no_ranked_vehicle_belongs_to_a_nameplate_no_longer_sold_new(db: VehicleDatabase) -> None:
    r = rank(db, Household(), RankFilters())
    last = last_model_years(db.frame)
    by_id = dict(zip(db.frame["id"], last, strict=True))
    cutoff = sold_new_from(db.frame)
    assert all(by_id[i] >= cutoff for i in r.priced["id"])
    assert len(r.not_sold_new) and all(by_id[i] < cutoff for i in r.not_sold_new["id"])
    assert (r.not_sold_new["running_cost"].diff().dropna() >= 0).all()


def test_rank_json_keeps_its_keys_and_adds_the_list_apart(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rank", "--search", "bolt", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert OLD_KEYS <= set(d)
    assert {"not_sold_new", "not_sold_new_count", "not_sold_new_note", "sold_new_from_year"} <= set(d)
    ids = {v["id"] for v in d["not_sold_new"]}
    assert BOLT_2023 in ids and BOLT_2023 not in {v["id"] for v in d["ranked"]}
    row = next(v for v in d["not_sold_new"] if v["id"] == BOLT_2023)
    assert row["reason"] == "no longer sold new: last model year 2023" and row["last_model_year"] == 2023
    assert d["priced_count"] == len(d["ranked"]) <= 20


def test_rank_text_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rank", "--search", "bolt"]) == 0
    out = capsys.readouterr().out
    assert "no longer sold new: last model year 2023" in out and "2023 Chevrolet Bolt EV" in out
