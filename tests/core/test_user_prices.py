"""Your own prices: `buyer-app prices import FILE.csv` validates, merges and stores them; they take precedence over
the curated table everywhere the database is loaded; a bad file is refused with line, field, value and what is
allowed, and changes nothing. Run through main(), the entry point of `buyer-app`, as a user runs it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from buyer_app.cli.main import main
from buyer_app.core.errors import InputError
from buyer_app.core.vehicles.database import load_database
from buyer_app.core.vehicles.user_prices import (
    COLUMNS,
    catalogue_from_frame,
    parse_user_prices,
    read_user_prices,
    user_prices_path,
)

CAMRY_LE_2026 = "Camry HEV FF LE"
GOOD = """year,make,model,trim,powertrain,epa_model_regex,msrp_usd,as_of,source
2026,Toyota,Camry,LE (dealer quote),hev,FF LE,"$27,950",2026-11-30,Main Street Toyota quote
2025,tesla,model 3,Long Range RWD,,,41000,,
"""


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's own refusals
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code, out, err = _run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def _write(tmp_path: Path, text: str, name: str = "mine.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _camry_2026(**kw: Any) -> Any:
    f = load_database().frame
    return f[(f["year"] == 2026) & (f["model"] == CAMRY_LE_2026)].iloc[0]


def test_a_good_file_is_imported_and_takes_precedence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _camry_2026()["msrp_usd"] == 29_600  # the curated price (Toyota, 2026-07-29)
    code, out, err = _run(capsys, "prices", "import", str(_write(tmp_path, GOOD)))
    assert code == 0, err
    assert "2 added" in out and "Traceback" not in out + err
    stored = read_user_prices()
    assert [(r.year, r.make, r.model, r.powertrain, r.msrp_usd) for r in stored] == [
        (2025, "Tesla", "Model 3", "bev", 41_000),
        (2026, "Toyota", "Camry", "hev", 27_950),
    ]  # spelled as the db
    assert stored[0].as_of == date.today().isoformat()  # dated as theirs
    camry = _camry_2026()
    assert camry["msrp_usd"] == 27_950
    assert camry["msrp_source"] == "your price, 2026-11-30 (Main Street Toyota quote)"
    db = load_database()
    assert db.user_prices == 2 and db.user_prices_problem == ""
    model_3 = db.frame[(db.frame["year"] == 2025) & (db.frame["base_model"] == "Model 3")]
    assert (model_3["msrp_usd"] == 41_000).all()  # no regex: every 2025 Model 3 variant


def test_a_second_import_updates_the_same_price_and_keeps_the_others(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "prices", "import", str(_write(tmp_path, GOOD)))[0] == 0
    update = "year,make,model,trim,powertrain,epa_model_regex,msrp_usd\n2026,Toyota,Camry,LE (dealer quote),hev,FF LE,27500\n"
    d = _json(capsys, "prices", "import", str(_write(tmp_path, update, "update.csv")))
    assert (d["added"], d["replaced"], d["kept"], d["rows"]) == (0, 1, 1, 2)
    assert _camry_2026()["msrp_usd"] == 27_500
    d = _json(capsys, "prices", "import", "--replace", str(_write(tmp_path, update, "update.csv")))
    assert d["rows"] == 1
    assert user_prices_path().with_name("your_prices.csv.bak").is_file()  # the previous version kept


MALFORMED = [
    ("bad price", "year,make,model,msrp_usd\n2026,Toyota,Camry,cheap\n", ["line 2, msrp_usd", "'cheap'", "US dollars"]),
    ("unknown model", "year,make,model,msrp_usd\n2026,Toyota,Camri,30000\n", ["line 2, model", "'Camri'", "Camry"]),
    ("unknown column", "year,make,model,msrp_usd,colour\n2026,Toyota,Camry,30000,red\n", ["header", "'colour'"]),
    ("missing column", "year,make,model\n2026,Toyota,Camry\n", ["msrp_usd"]),
    ("future date", "year,make,model,msrp_usd,as_of\n2026,Toyota,Camry,30000,2999-01-01\n", ["as_of", "2999-01-01"]),
    ("ambiguous powertrain", "year,make,model,msrp_usd\n2025,Toyota,RAV4,30000\n", ["powertrain", "hev, ice, phev"]),
    (
        "regex matching nothing",
        "year,make,model,powertrain,epa_model_regex,msrp_usd\n2026,Toyota,Camry,hev,Turbo,30000\n",
        ["epa_model_regex", "'Turbo'", "Camry HEV FF LE"],
    ),
    ("short row", "year,make,model,msrp_usd\n2026,Toyota,Camry\n", ["line 2", "4 fields"]),
    ("year not listed", "year,make,model,msrp_usd\n2019,Tesla,Cybertruck,60000\n", ["line 2, year", "2019"]),
    ("same price twice", "year,make,model,msrp_usd\n2026,Toyota,Camry,30000\n2026,Toyota,Camry,31000\n", ["line 3", "line 2"]),
]


@pytest.mark.parametrize(("name", "text", "words"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_a_malformed_file_is_refused_and_nothing_changes(
    name: str, text: str, words: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(capsys, "prices", "import", str(_write(tmp_path, GOOD)))[0] == 0
    before = user_prices_path().read_bytes()
    code, out, err = _run(capsys, "prices", "import", str(_write(tmp_path, text, "bad.csv")))
    assert code == 2 and out == "", (out, err)
    assert "Traceback" not in err
    for word in words:
        assert word in err, (word, err)
    assert user_prices_path().read_bytes() == before


def test_every_bad_cell_is_named_at_once() -> None:
    catalogue = catalogue_from_frame(load_database(with_prices=False).frame)
    text = "year,make,model,msrp_usd,includes_destination\n1890,Toyota,Camry,30000,maybe\n2026,Nope,X,1,\n"
    with pytest.raises(InputError) as caught:
        parse_user_prices(text, catalogue, date(2026, 12, 6))
    fields = [p.field for p in caught.value.problems]
    assert fields == ["line 2, year", "line 2, includes_destination", "line 3, make", "line 3, msrp_usd"]


def test_files_that_are_not_price_files_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "x.csv"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    for path in (binary, tmp_path / "missing.csv", tmp_path):
        code, out, err = _run(capsys, "prices", "import", str(path))
        assert code == 2 and "Traceback" not in err and str(path) in err
    assert not user_prices_path().exists()


def test_a_damaged_price_file_is_left_alone_and_the_curated_prices_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = user_prices_path()
    path.parent.mkdir(parents=True)
    path.write_text("not,a,price,file\n1,2,3,4\n", encoding="utf-8")
    db = load_database()
    assert db.user_prices == 0 and str(path) in db.user_prices_problem
    assert _camry_2026()["msrp_usd"] == 29_600
    code, out, err = _run(capsys, "prices", "import", str(_write(tmp_path, GOOD)))
    assert code == 2 and "--replace" in err
    assert path.read_text(encoding="utf-8") == "not,a,price,file\n1,2,3,4\n"
    assert _run(capsys, "prices", "import", "--replace", str(_write(tmp_path, GOOD)))[0] == 0
    assert any(p.name.startswith("your_prices.csv.unreadable-") for p in path.parent.iterdir())  # a copy kept


def test_prices_json_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = _json(capsys, "prices")
    assert {"vehicles", "vehicles_priced", "recent_model_years", "recent_vehicles", "recent_priced", "curated", "yours"} <= set(d)
    assert {"rows", "priced_rows", "as_of"} <= set(d["curated"])
    assert {"file", "rows", "vehicles_priced", "problem"} <= set(d["yours"])
    assert d["yours"]["rows"] == 0 and d["yours"]["problem"] is None
    assert _run(capsys, "prices", "import", str(_write(tmp_path, GOOD)))[0] == 0
    d2 = _json(capsys, "prices")
    assert d2["yours"]["rows"] == 2 and d2["yours"]["vehicles_priced"] > 0
    shown = _json(capsys, "prices", "show")
    assert [set(r) for r in shown["rows"]] == [set(COLUMNS)] * 2


def test_export_round_trips(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "prices", "import", str(_write(tmp_path, GOOD)))[0] == 0
    out_file = tmp_path / "exported.csv"
    assert _run(capsys, "prices", "export", str(out_file))[0] == 0
    first = user_prices_path().read_bytes()
    assert _run(capsys, "prices", "import", "--replace", str(out_file))[0] == 0
    assert user_prices_path().read_bytes() == first
    code, out, _ = _run(capsys, "prices", "export")
    assert code == 0 and out.splitlines()[0] == ",".join(COLUMNS)


def test_an_imported_price_is_labelled_yours_not_a_base_msrp(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Review of issue 16: `compare` labelled a price from the user's own file "base MSRP"; it is theirs (a quote
    they typed in a file), so it reads as theirs in the text, the JSON notes and the answer card."""
    from buyer_app.core.costs.choices import VehicleChoice
    from buyer_app.core.costs.compare import compare
    from buyer_app.core.household.fields import Household
    from buyer_app.text.answer import cards

    assert _run(capsys, "prices", "import", str(_write(tmp_path, GOOD)))[0] == 0
    camry = int(_camry_2026()["id"])
    code, out, err = _run(capsys, "compare", "--vehicle", str(camry), "--vehicle", "48765")
    assert code == 0, err
    line = next(x for x in out.splitlines() if x.startswith("2026 Toyota Camry"))
    assert "price: $27,950 (your imported price for the LE (dealer quote) trim, as of 2026-11-30)" in line
    assert "base MSRP" not in line
    data = _json(capsys, "compare", "--vehicle", str(camry))
    vehicle = data["vehicles"][0]
    assert vehicle["price_basis"]["kind"] == "msrp"  # the JSON contract keeps its codes
    assert not any("base MSRP of the" in n for n in vehicle["notes"])
    assert any("your own, from your price file (2026-11-30 (Main Street Toyota quote))" in n for n in vehicle["notes"])
    card = cards(compare(load_database(), Household(), [VehicleChoice(camry)]))[0]
    assert card.price == "your price $27,950" and "your price file" in card.price_source


def test_rank_says_when_imported_prices_were_used(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Left from issue 16: `rank`'s heading said every car was costed at its base MSRP even with the user's own
    prices imported; it now says so, and reads as before without them."""
    argv = ("rank", "--search", "2026 toyota camry hev", "--purchase-date", "2026-12-01", "--top", "3")
    code, before, err = _run(capsys, *argv)
    assert code == 0, err
    assert "bought new at its base MSRP):" in before
    assert _run(capsys, "prices", "import", str(_write(tmp_path, GOOD)))[0] == 0
    code, after, err = _run(capsys, *argv)
    assert code == 0, err
    assert "bought new at its base MSRP, or your own imported price where you gave one):" in after
    assert "$27,950" in after  # the imported LE quote is the price ranked
