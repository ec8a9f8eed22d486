"""The saved answer's file (`core.profiles.answer_cache`) and the cards' plain JSON (`text.card`): written and read
back, shown only while the profile, the app version and the vehicle data are as they were, and any damaged or
foreign file read as no answer."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import replace

import pytest

from buyer_app.core.files.resources import resource_path
from buyer_app.core.files.safe_read import Unreadable
from buyer_app.core.profiles import answer_cache
from buyer_app.core.profiles.answer_cache import (
    MAX_ANSWER_BYTES,
    SavedAnswer,
    answer_for,
    answer_path,
    data_stamps,
    file_stamp,
    read_answer,
    vehicle_data_files,
    write_answer,
)
from buyer_app.text.card import Card, Place, Standing, card_from_dict, card_to_dict

CARD = Card(
    name="Toyota RAV4 Hybrid AWD",
    headline="$569 a month",
    total="$68,287 over 10 years",
    standing="Cheapest over 10 years, and cheaper from day one.",
    place=Place(Standing.FROM_DAY_ONE, True),
    price="base MSRP $31,900",
    price_source="Base MSRP of the LE trim",
    sure="Very likely: cheapest in 9 of 10 futures",
    level=9,
    range="Range 580 mi on a tank",
    charging="",
    worry="",
    priced=True,
)
PAYS_BACK = replace(CARD, place=Place(Standing.PAYS_BACK, False, 3.5, 1200.0, "Toyota"), level=None, sure="")


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("BUYER_APP_DATA_DIR", str(tmp_path))
    return tmp_path


@pytest.fixture
def profile(folder):
    path = folder / "profiles" / "minnesota.json"
    path.parent.mkdir()
    path.write_text('{"name": "Minnesota"}', encoding="utf-8")
    return path


def _answer(profile, version="1.2.3"):
    stamp = file_stamp(profile)
    assert stamp is not None
    return SavedAnswer(
        profile,
        stamp,
        version,
        tuple(data_stamps()),
        "Minnesota — Vehicle Buyer",
        "Over 10 years the RAV4 costs less.",
        (card_to_dict(CARD), card_to_dict(PAYS_BACK)),
        "AdnQywADAAA=",
        (526, 48, 752, 352, 1278),
        ("&File", "&Edit"),
    )


def test_cards_go_to_plain_json_and_back():
    for card in (CARD, PAYS_BACK):
        data = json.loads(json.dumps(card_to_dict(card)))
        assert card_from_dict(data) == card
    assert card_to_dict(CARD)["place"]["standing"] == "cheaper from day one"


@pytest.mark.parametrize(
    "change, field",
    [
        ({"level": 11}, "level"),
        ({"level": True}, "level"),
        ({"headline": 5}, "headline"),
        ({"priced": "yes"}, "priced"),
        ({"worry": "x" * 5000}, "worry"),
        ({"place": {"standing": "best", "cheapest": True, "years": None, "more": 0, "against": ""}}, "place.standing"),
        ({"place": {"standing": "pays back", "cheapest": False, "years": "3", "more": 0, "against": ""}}, "years"),
        ({"extra": 1}, "card"),
    ],
)
def test_a_card_that_cannot_be_used_is_refused_naming_the_field(change, field):
    data = {**card_to_dict(CARD), **change}
    with pytest.raises(ValueError, match=field):
        card_from_dict(data)


def test_written_and_read_back(profile):
    answer = _answer(profile)
    write_answer(answer)
    assert read_answer() == answer
    assert answer_for(profile, "1.2.3") == answer
    assert answer_path().parent == profile.parent.parent  # in the data folder, not among the profiles
    assert '"headline"' not in profile.read_text(encoding="utf-8")


def test_stale_when_the_profile_the_version_the_vehicle_data_or_the_code_changed(profile, folder, monkeypatch):
    write_answer(_answer(profile))
    assert answer_for(profile, "9.9.9") is None  # another version of the app
    assert answer_for(profile.with_name("other.json"), "1.2.3") is None  # another profile opens
    prices = folder / "prices" / "your_prices.csv"
    prices.parent.mkdir()
    prices.write_text("year,make\n", encoding="utf-8")  # the user's own prices: other figures
    assert answer_for(profile, "1.2.3") is None
    prices.unlink()
    assert answer_for(profile, "1.2.3") is not None
    with monkeypatch.context() as patch:
        patch.setattr(answer_cache, "code_stamp", lambda: (1, 2))  # the app's code edited or reinstalled
        assert answer_for(profile, "1.2.3") is None
    assert answer_for(profile, "1.2.3") is not None
    profile.write_text('{"name": "Minnesota!"}', encoding="utf-8")  # edited (size and mtime change)
    assert answer_for(profile, "1.2.3") is None
    write_answer(_answer(profile))
    stat = profile.stat()
    os.utime(profile, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # same size, saved again
    assert answer_for(profile, "1.2.3") is None
    profile.unlink()
    assert answer_for(profile, "1.2.3") is None


def test_the_vehicle_data_files_are_the_ones_the_database_reads(folder):
    from buyer_app.core.files.datasets import pointer_path
    from buyer_app.core.vehicles.database import ACTIVE_POINTER, imported_databases_dir, shipped_database_dir
    from buyer_app.core.vehicles.user_prices import user_prices_path

    assert vehicle_data_files() == [
        imported_databases_dir() / ACTIVE_POINTER,
        user_prices_path(),
        shipped_database_dir() / "vehicles.csv",
        resource_path("prices", "us_msrp.csv"),
        pointer_path("prices"),
        pointer_path("incentives"),
        pointer_path("state-figures"),
    ]
    assert all(p.exists() for p in vehicle_data_files()[2:4])
    newest, count = answer_cache.code_stamp()
    assert count > 100 and newest >= os.stat(answer_cache.__file__).st_mtime_ns


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[1, 2]",
        '{"format": 2}',
        "\xff\xfe",
        '{"format": 1, "version": "1.2.3"}',
        "1" * 5000,
    ],
)
def test_a_damaged_file_is_no_answer(profile, text):
    answer_path().write_text(text, encoding="utf-8", errors="surrogateescape")
    with pytest.raises(Unreadable):
        read_answer()
    assert answer_for(profile, "1.2.3") is None


@pytest.mark.parametrize(
    "key, value",
    [
        ("cards", []),
        ("cards", [{}] * 9),
        ("cards_at", [1, 2, 3]),
        ("cards_at", [1000, 0, 500, 10, 1200]),  # sticks out of the window
        ("mtime_ns", -1),
        ("size", "12"),
        ("data", [None]),
        ("data", [[1, 2, 3], None, None, None, None]),
        ("menus", "File"),
        ("geometry", None),
        ("title", "x" * 10_000),
    ],
)
def test_a_field_of_the_wrong_kind_is_no_answer(profile, key, value):
    write_answer(_answer(profile))
    data = json.loads(answer_path().read_text(encoding="utf-8"))
    data[key] = value
    answer_path().write_text(json.dumps(data), encoding="utf-8")
    assert answer_for(profile, "1.2.3") is None


def test_too_large_or_not_a_file_is_no_answer(profile):
    answer_path().write_text(" " * (MAX_ANSWER_BYTES + 1), encoding="utf-8")
    with pytest.raises(Unreadable, match="allowed"):
        read_answer()
    answer_path().unlink()
    answer_path().mkdir()
    assert answer_for(profile, "1.2.3") is None
    if sys.platform != "win32":
        answer_path().rmdir()
        os.mkfifo(answer_path())  # a named pipe is never opened for reading (it would block)
        assert answer_for(profile, "1.2.3") is None


def test_an_answer_too_large_to_keep_is_refused_and_the_old_one_stays(profile):
    write_answer(_answer(profile))
    before = answer_path().read_bytes()
    huge = replace(_answer(profile), verdict="x" * (MAX_ANSWER_BYTES + 1))
    with pytest.raises(OSError):
        write_answer(huge)
    assert answer_path().read_bytes() == before
