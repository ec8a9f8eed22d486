"""Codes the EPA's model names carry ("Camry HEV FF LE", "Explorer FFV AWD", "GV80 MHEV"), found in a name.

Only codes whose meaning the EPA file itself states are listed: in fueleconomy.gov's vehicles.csv (2025-10-28,
model years 2015-2026) every record whose model name carries the code has the same `drive`, `atvType` or
`eng_dscr` value (tests/core/test_vehicle_search.py checks this against the file when it is present):
FF -> drive "Front-Wheel Drive" (4 of 4; Toyota Camry hybrids), FWD -> "Front-Wheel Drive" (903 of 903),
RWD -> "Rear-Wheel Drive" (221 of 221), 2WD -> front or rear (1,064 of 1,064), AWD -> all- or four-wheel drive
(2,288 of 2,288), 4WD -> all- or four-wheel drive (1,670 of 1,670), 4matic/xDrive/quattro/All4/4motion -> all- or
four-wheel drive (1,338 of 1,338), HEV -> atvType "Hybrid" (51 of 51), MHEV -> eng_dscr "Mild Hybrid" (113 of
113), PHEV -> atvType "Plug-in Hybrid" (62 of 62), e-Hybrid -> "Plug-in Hybrid" (47 of 47), FFV -> atvType "FFV"
(154 of 154), EV -> atvType "EV" (65 of 65). Trim levels (LE, XLE, SE...) are the maker's names and mean
nothing the file states; they are not explained."""

from __future__ import annotations

import re
from enum import StrEnum

from buyer_app.core.vehicles.facets import trim_name


class TrimCode(StrEnum):
    FF = "FF"
    FWD = "FWD"
    RWD = "RWD"
    TWO_WD = "2WD"
    AWD = "AWD"
    FOUR_WD = "4WD"
    MAKER_AWD = "maker_awd"  # 4matic (Mercedes-Benz), xDrive (BMW), quattro (Audi), All4 (MINI), 4motion (VW)
    HEV = "HEV"
    MHEV = "MHEV"
    PHEV = "PHEV"
    E_HYBRID = "e-Hybrid"
    FFV = "FFV"
    EV = "EV"


_SPELLINGS: dict[str, TrimCode] = {
    "ff": TrimCode.FF,
    "fwd": TrimCode.FWD,
    "rwd": TrimCode.RWD,
    "2wd": TrimCode.TWO_WD,
    "awd": TrimCode.AWD,
    "4wd": TrimCode.FOUR_WD,
    "4matic": TrimCode.MAKER_AWD,
    "xdrive": TrimCode.MAKER_AWD,
    "quattro": TrimCode.MAKER_AWD,
    "all4": TrimCode.MAKER_AWD,
    "4motion": TrimCode.MAKER_AWD,
    "hev": TrimCode.HEV,
    "mhev": TrimCode.MHEV,
    "phev": TrimCode.PHEV,
    "e-hybrid": TrimCode.E_HYBRID,
    "ffv": TrimCode.FFV,
    "ev": TrimCode.EV,
}


def trim_codes(model: str, base_model: str) -> list[tuple[str, TrimCode]]:
    """(the code as the name writes it, its meaning) for each known code in the trim part of an EPA model name,
    in the name's order, each once; the base model is left alone (Ferrari's model "FF" is a name, not a code)."""
    found: list[tuple[str, TrimCode]] = []
    for word in re.split(r"[\s/()]+", trim_name(model, base_model)):
        code = _SPELLINGS.get(word.lower())
        if code is not None and code not in {c for _w, c in found}:
            found.append((word, code))
    return found
