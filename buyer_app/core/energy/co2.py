"""CO2 of driving each vehicle: tailpipe (EPA), electricity (the state's grid, with losses) and upstream fuel.

All three are kg per year, vectorised over vehicles. Electricity is counted at the wall (the energy
model's kWh include charging losses); grid losses between plant and meter are added on top.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from buyer_app.core.vehicles.inputs import FloatArray

KG_PER_LB = 0.45359237
KWH_PER_MWH = 1000.0
GASOLINE_TAILPIPE_KG_PER_GAL = 8.887
DIESEL_TAILPIPE_KG_PER_GAL = 10.180
TAILPIPE_SOURCE = (
    "EPA, Greenhouse Gas Emissions from a Typical Passenger Vehicle (8,887 g CO2 per gallon of gasoline, "
    "10,180 g per gallon of diesel), https://www.epa.gov/greenvehicles/greenhouse-gas-emissions-typical-"
    "passenger-vehicle; per vehicle EPA's co2TailpipeGpm (vehicles.csv)"
)
# GREET (used by the AFDC emissions tool): about 23.7 lb CO2e per gallon of gasoline well to wheels;
# less the 8.887 kg at the tailpipe leaves the well-to-tank part.
GASOLINE_WELL_TO_WHEELS_LB_PER_GAL = 23.7
GASOLINE_WELL_TO_WHEELS_KG_PER_GAL = GASOLINE_WELL_TO_WHEELS_LB_PER_GAL * KG_PER_LB
GASOLINE_UPSTREAM_KG_PER_GAL = GASOLINE_WELL_TO_WHEELS_KG_PER_GAL - GASOLINE_TAILPIPE_KG_PER_GAL
DIESEL_UPSTREAM_KG_PER_GAL = DIESEL_TAILPIPE_KG_PER_GAL * GASOLINE_UPSTREAM_KG_PER_GAL / GASOLINE_TAILPIPE_KG_PER_GAL
UPSTREAM_SOURCE = (
    "Argonne GREET via the US DOE AFDC emissions tool: about 23.7 lb CO2e per gallon of gasoline well to "
    f"wheels, so {GASOLINE_UPSTREAM_KG_PER_GAL:.2f} kg per gallon before the tailpipe; diesel: the same "
    "upstream share of its tailpipe CO2 (app assumption, no diesel figure staged)"
)
ELECTRICITY_SOURCE = (
    "EPA eGRID2023 total-output CO2 rates: the population-weighted mean of the subregions serving "
    "the state (US average 771.5 lb/MWh), divided by (1 - grid loss); power-plant fuel supply "
    "(upstream) not included"
)


@dataclass(frozen=True)
class Co2Year:
    """kg CO2 per year for each vehicle, by where it comes out."""

    tailpipe: FloatArray  # (N,)
    electricity: FloatArray  # (N,)
    upstream: FloatArray  # (N,)

    @property
    def total(self) -> FloatArray:
        return np.asarray(self.tailpipe + self.electricity + self.upstream, dtype=float)


def grid_kg_per_kwh(lb_per_mwh: float, loss: float) -> float:
    """kg CO2 per kWh delivered to the meter: the plants' output rate grossed up for grid losses."""
    return lb_per_mwh * KG_PER_LB / KWH_PER_MWH / (1.0 - loss)


def co2_per_year(
    gallons: FloatArray,
    kwh: FloatArray,
    fuel_grade: np.ndarray,
    powertrain: np.ndarray,
    epa_kg_per_gal: FloatArray,
    lb_per_mwh: float,
    loss: float,
) -> Co2Year:
    """CO2 a year from the gallons and kWh the energy model found.

    A car running on fuel alone keeps EPA's own figure: `epa_kg_per_gal` is its g/mile times the miles per
    gallon of the label method (E85 blends and diesel included), so at the label's driving the result is
    EPA's g/mile times the miles, and driving that burns more fuel (cold months, more city) emits more. A
    plug-in hybrid's EPA figure mixes in electric miles, so its gallons use the fuel's standard factor."""
    diesel = fuel_grade == "diesel"
    standard = np.where(diesel, DIESEL_TAILPIPE_KG_PER_GAL, GASOLINE_TAILPIPE_KG_PER_GAL)
    usable = (powertrain != "phev") & np.isfinite(epa_kg_per_gal) & (epa_kg_per_gal > 0)
    per_gal = np.where(usable, epa_kg_per_gal, standard)
    tailpipe = np.asarray(gallons * per_gal, dtype=float)
    upstream = np.asarray(gallons * np.where(diesel, DIESEL_UPSTREAM_KG_PER_GAL, GASOLINE_UPSTREAM_KG_PER_GAL), dtype=float)
    electricity = np.asarray(kwh * grid_kg_per_kwh(lb_per_mwh, loss), dtype=float)
    return Co2Year(np.nan_to_num(tailpipe), np.nan_to_num(electricity), np.nan_to_num(upstream))
