"""Published DC fast-charging times of the best-selling EVs, reproduced by the shipped database within 25%.

Which cars. The 2024 US top ten by Kelley Blue Book / Cox Automotive (release of 2025-01-13, read through
https://chhattisgarhprimetime.com/ev-surge-u-s-electric-vehicle-sales-hit-record-high-in-2024/): Model Y,
Model 3, Mustang Mach-E, Ioniq 5, Cybertruck, F-150 Lightning, Prologue, Equinox EV, Lyriq, R1S; then the
2023 top ten not already listed (Kelley Blue Book via https://electrek.co/2024/01/10/best-selling-evs-2023/):
Bolt EV/EUV, ID.4, Model X, i4. No sourced ranking past those was found, so the list goes on with EVs that
Kelley Blue Book's 2024 quarterly reports name as volume sellers or that share a best-seller's platform, in
no ranked order: Blazer EV, EV6, Ioniq 6, R1T, Model S, Ariya, Silverado EV, Polestar 2, Kona Electric,
Ioniq 9.

Best-sellers left out, because no published DC time was found (research in /work/research/charging_range
plus 21 look-ups in the stored `pages` corpus on 2026-12-06): Tesla Model Y (No. 1; only "miles in 15
minutes" claims), Honda Prologue (No. 7; only its 150 kW peak), Rivian R1S (No. 10; the R1T, same packs and
charging hardware, is listed instead), Tesla Model X (2023 No. 9), Kia EV9 (only "miles in 15 minutes", and
OpenEV Data 1.24.0 has no Kia at all), Toyota bZ4X (only a figure for the 2026 bZ, which has no spec here).

Windows. A published window other than 10-80% is computed as published: 15-80 (F-150 Lightning), 5-80 (ID.4),
4-80 (Bolt EV, Blazer EV), 20-80 (Model 3, Cybertruck, R1T), 10-90 (Model S), 10-45 (Silverado EV). The
Equinox EV and Kona Electric figures give no start; they are compared from 10%. Cold-weather tests are not used (the Ioniq 5's
30 min at 23-32 F is not its figure; Hyundai's warm 18 min is).

Grades as in the research README: A maker or test body, B reputable press on its own site, C mirror or
aggregator (re-check on the original). Several rows are C: treat a pass there as "not contradicted".

Calibration. The generic taper's C-rate ceilings (dc_charging.GENERIC_C_RATE) were set with these figures,
so for the cars that use the generic taper this is a calibration check, not an independent one; for the cars
with a measured Chargeprice curve (Model 3, Mach-E, Ioniq 5, Bolt EV, ID.4, Polestar 2) it is independent.

Known disagreements, kept visible as strict xfails: the Mach-E Extended Range's measured curve (2020, 148 kW
held to 35%) is far faster than Ford's own 45 min; the Cybertruck charges much slower than its 250 kW and
800 V suggest. The 2021 Kia EV6 spec (Chargeprice) has no voltage class and got the 400 V taper (37 min instead of
18) until its 800 V was taken from Kia's own statement (resources/vehicles/voltage_classes.csv).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from buyer_app.core.vehicles.database import VehicleDatabase
from buyer_app.core.vehicles.dc_charging import dc_session_minutes, generic_curve, parse_curve

TOLERANCE = 0.25


@dataclass(frozen=True)
class Published:
    name: str
    epa_id: int  # the vehicle of the shipped database compared
    start: float
    end: float
    minutes: float
    kind: str  # maker claim or test
    source: str
    date: str  # as the page shows it, else "undated" (with what the text says)
    grade: str
    note: str = ""
    known_gap: str = ""  # why the app does not reproduce it (strict xfail)


PUBLISHED = [
    Published(
        "Tesla Model 3 RWD 2024",
        47909,
        20,
        80,
        20,
        "test",
        "https://inverse.com/tech/how-fast-cybertruck-charging-tesla",
        "undated (early 2024)",
        "B",
        "'the entry-level Model 3 gets from 20 to 80 percent in about 20 minutes'",
    ),
    Published(
        "Ford Mustang Mach-E RWD Extended Range 2021",
        43605,
        10,
        80,
        45,
        "maker",
        "https://www.autoblog.com/2020/05/15/ford-mustang-mach-e-charging-range/",
        "2020-05-15",
        "B",
        known_gap="the 2020 Chargeprice curve (148 kW held to 35%) gives 30 min; Ford says 45",
    ),
    Published(
        "Hyundai Ioniq 5 AWD Long Range 2022",
        44922,
        10,
        80,
        18,
        "maker",
        "https://insideevs.com/news/578869/hyundai-ioniq-5-charging-analysis/",
        "undated",
        "B",
        "warm figure; the same article's cold test (23-32 F) took 30 min",
    ),
    Published(
        "Tesla Cybertruck AWD 2025",
        49123,
        20,
        80,
        40,
        "test",
        "https://inverse.com/tech/how-fast-cybertruck-charging-tesla",
        "undated (early 2024)",
        "B",
        "2024 truck on a V3 Supercharger (Our Cyber Life video)",
        known_gap="generic 800 V taper at 250 kW gives 22 min; the truck falls to ~150 kW by 40%",
    ),
    Published(
        "Ford F-150 Lightning Extended Range 2022",
        45317,
        15,
        80,
        41,
        "maker",
        "https://mygadgetbay.com/2021/05/20/ford-unveils-its-electric-f-150-with-300-miles-of-range-and-563hp",
        "2021-05-20",
        "C",
        "mirror of Engadget's reveal story; 150 kW charger",
    ),
    Published(
        "Ford F-150 Lightning Standard Range 2022",
        45318,
        15,
        80,
        45,
        "maker",
        "https://hillagric.org/web-stories/exclusive-how-fast-does-the-ford-f-150-lightning-charge/",
        "undated",
        "C",
        "Ford launch figure via a rewritten InsideEVs copy; a dealer blog says 36 min",
    ),
    Published(
        "Chevrolet Equinox EV FWD 2024",
        47814,
        10,
        80,
        45,
        "test",
        "https://www.archyde.com/chevrolet-equinox-ev-affordable-electric-suv",
        "undated",
        "C",
        "'45 minutes to reach 80%': start not stated, compared from 10%",
    ),
    Published(
        "Cadillac Lyriq RWD 2023",
        45749,
        10,
        80,
        48,
        "test",
        "https://d33gy59ovltp76.cloudfront.net/news/can-the-cadillac-lyriq-fast-charge-quickly-enough-for-road-trips",
        "undated",
        "C",
        "InsideEVs test (CDN copy), 350 kW EVgo",
    ),
    Published(
        "Chevrolet Bolt EV 2022",
        43955,
        4,
        80,
        69,
        "test",
        "https://insideevs.com/news/421995/2020-chevy-bolt-dc-fast-charge-video/",
        "undated",
        "B",
        "measured on a 2020 Bolt EV, the same 66 kWh pack and 55 kW limit as the 2022",
    ),
    Published(
        "Volkswagen ID.4 1st Edition 2021",
        43557,
        5,
        80,
        38,
        "maker",
        "https://insideevs.de/news/494229/vw-id4-dc-ladetest-schnellladen-dauer/",
        "undated",
        "B",
        "VW's claim; InsideEVs' own test at 5 C went 2-80% in 38 min",
    ),
    Published(
        "BMW i4 eDrive40 2022",
        45133,
        10,
        80,
        31,
        "maker",
        "https://insideevs.com/news/556828/bmw-i4-epa-range-301miles/",
        "2021-12-27",
        "B",
    ),
    Published(
        "Chevrolet Blazer EV AWD 2024",
        47445,
        4,
        80,
        45,
        "test",
        "https://www.edmunds.com/car-news/2024-chevy-blazer-ev-charging-problem-long-term-update.html",
        "2024-10-19",
        "B",
        "Edmunds long-term car: 73.9 kWh added from 4% in 45 min (March, Los Angeles)",
    ),
    Published(
        "Kia EV6 Long Range AWD 2022",
        44925,
        10,
        80,
        18,
        "maker",
        "https://techzle.com/?p=59897",
        "undated",
        "C",
        "EU article; 800 V from resources/vehicles/voltage_classes.csv (Kia, 2021)",
    ),
    Published(
        "Hyundai Ioniq 6 Long Range RWD 2023",
        46622,
        10,
        80,
        18,
        "maker",
        "https://vnnow.net/en/automobiles/hyundai-aims-for-three-minute-electric-vehicle-charging-as-fast-as-refueling-148277.html",
        "undated",
        "C",
        "via Auto Express: 'Ioniq 5 and Ioniq 6 can charge from 10% to 80% in just 18 minutes'",
    ),
    Published(
        "Rivian R1T 2022",
        44462,
        20,
        80,
        41,
        "test",
        "https://insideevs.com/news/562364/rivian-r1t-fast-charging-test/",
        "undated",
        "B",
        "TFLEV test of an early truck (peak 151 kW), 350 kW Electrify America",
    ),
    Published(
        "Tesla Model S Plaid 2025",
        48766,
        10,
        90,
        38,
        "test",
        "https://teslanorth.com/2021/12/08/tesla-model-s-plaid-wins-quickest-charging-ev-by-car-and-driver",
        "2021-12-08",
        "C",
        "Car and Driver test of a 2021 Plaid (same 250 kW pack), restated",
    ),
    Published(
        "Nissan Ariya 87 kWh 2023",
        46989,
        10,
        80,
        33,
        "test",
        "https://gettotext.com/did-nissan-lie-about-the-charging-speed-of-its-ariya-electric-car/",
        "undated",
        "C",
        "copy of a Challenges (FR) story on a journalists' test; 20-80% took 29 min",
    ),
    Published(
        "Chevrolet Silverado EV 2024",
        46946,
        10,
        45,
        15,
        "test",
        "https://www.thecooldown.com/green-business/chevrolet-silverado-ev-charging-speed-efficiency-improvements/",
        "2025-02-16",
        "C",
        "Out of Spec test, 4WT, 15-minute session, peak 361 kW",
    ),
    Published(
        "Polestar 2 Long Range Single Motor 2024",
        46978,
        10,
        80,
        28,
        "maker",
        "https://offroadingblog.com/2024-polestar-2-ev-is-a-late-bloomer-price-one-other-look",
        "undated",
        "C",
        "mirror of Green Car Reports' first drive",
    ),
    Published(
        "Hyundai Kona Electric 2019",
        40585,
        10,
        80,
        54,
        "maker",
        "https://electricrevs.com/2018/07/30/watch-a-2019-hyundai-kona-ev-charge-at-up-to-70-kw/",
        "2018-07-30",
        "C",
        "'to 80 percent full in 54 minutes' on a 100 kW charger: start not stated, compared from 10%",
    ),
    Published(
        "Hyundai Ioniq 9 AWD 2026",
        49662,
        10,
        80,
        24,
        "maker",
        "https://briefly.co/anchor/Alternative_transportation/story/hyundai-ioniq-9-on-a-tesla-charger-heres-why-voltage-matters",
        "undated",
        "C",
        "aggregator summary of the press launch",
    ),
]


def app_minutes(db: VehicleDatabase, case: Published) -> float:
    row = db.get([case.epa_id]).iloc[0]
    battery, dc_max = float(row["battery_kwh"]), float(row["dc_max_kw"])
    curve = parse_curve(str(row["dc_curve"])) or generic_curve(battery, dc_max, str(row["dc_voltage_class"]))
    return dc_session_minutes(battery, dc_max, curve, case.start, case.end)


def test_the_list_is_twenty_cars_with_sources() -> None:
    assert len(PUBLISHED) == 21  # 20 models; the F-150 Lightning with both packs (issue 14 names the SR)
    assert len({c.name.rsplit(" ", 1)[0].replace(" Standard Range", "").replace(" Extended Range", "") for c in PUBLISHED}) == 20
    for case in PUBLISHED:
        assert case.source.startswith("https://") and case.grade in {"A", "B", "C"} and case.date


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, id=c.name, marks=[pytest.mark.xfail(strict=True, reason=c.known_gap)] if c.known_gap else [])
        for c in PUBLISHED
    ],
)
def test_published_time_is_reproduced_within_25_percent(db: VehicleDatabase, case: Published) -> None:
    minutes = app_minutes(db, case)
    assert minutes == pytest.approx(case.minutes, rel=TOLERANCE), (
        f"{case.name}: {case.start:.0f}-{case.end:.0f}% takes {minutes:.1f} min in the app, "
        f"{case.minutes} min published ({case.source})"
    )


def test_a_spec_without_a_voltage_class_takes_the_makers_statement(db: VehicleDatabase) -> None:
    """The 2022 EV6 (Chargeprice spec, no voltage class) is 800 V as Kia states; the source says where that came from."""
    row = db.get([44925]).iloc[0]
    assert row["dc_voltage_class"] == "800v"
    assert "voltage class: Kia EV6 launch" in str(row["dc_curve_source"]) and "800 V" in str(row["dc_curve_source"])
