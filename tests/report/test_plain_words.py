"""Sources and values as the PDF prints them: no file paths, test names, issue numbers or codes; values in words."""

from __future__ import annotations

from buyer_app.core.household.fields import Household
from buyer_app.core.household.state_fill import with_state
from buyer_app.report.plain import plain, short_source, value_text


def test_developer_words_become_plain_ones() -> None:
    assert plain("app default: arrive with at least 10% left (issue 4)") == "app default: arrive with at least 10% left"
    assert (
        plain(
            "national prices used for fuelCost08 in vehicles.csv of 2025-10-28, inferred from that column and checked by "
            "tests/core/test_fuel_cost_reproduction.py"
        )
        == "national prices used for the fuel costs in the EPA vehicle file of 2025-10-28, inferred from that column"
    )
    assert plain("Changed by this app's importer (tools/import_incentives.py): read as IMPORT_REPORT.md describes.") == (
        "Changed by this app's importer: read as the app's import notes describe."
    )
    assert plain("its installation is counted under home_charger_cost") == (
        "its installation is counted under “Home Level 2 charger installation (plug-ins, one time)”"
    )
    assert plain("'your_rates' uses the yearly rates below") == "“your yearly rates below” uses the yearly rates below"
    assert plain("Charging at home level2") == "Charging at home Level 2"
    url = "https://www.eia.gov/dnav/pet/pet_pri_gnd_a_epmr_pte_dpgal_m.htm"
    assert plain(f"EIA, {url}") == f"EIA, {url}"  # a web address is kept as it is


def test_values_in_words() -> None:
    h = Household().with_values({"charge_reserve": 0.1, "home_rate": "time_of_use", "public_dc_pricing": "per_kwh"})
    assert value_text(h, "charge_reserve") == "10%"
    assert value_text(h, "home_rate") == "Time of use (off-peak price)"
    assert value_text(h, "public_dc_pricing") == "per kWh"
    assert value_text(h, "home_charging") == "Level 2 (240 V) at home"
    assert value_text(h, "electricity_price").endswith(" per kWh") and value_text(h, "electricity_price").startswith("$")
    assert value_text(h, "annual_miles") == "15,000 miles a year"


def test_short_sources_name_the_state_or_the_default() -> None:
    h = with_state(Household(), "CO")
    assert short_source(h, "electricity_price") == "Colorado figures: EIA Electric Power Annual 2023, 2023"
    assert short_source(h.with_values({"years": 9}), "years") == "your figure"
    assert short_source(h, "public_dc_price").startswith("app default: Stable Auto")


def test_a_metric_profile_s_assumptions_read_in_km_litres_and_its_city() -> None:
    """Issue 17: the PDF appendix's inputs of the Shanghai family say km and litres beside km and litre figures (the
    household keeps miles and gallons inside), and name its city; a US household's read as before."""
    from buyer_app.core.profiles.samples import load_sample
    from buyer_app.report.appendix import assumptions_table
    from buyer_app.text.units import KM_PER_MI, L_PER_GAL, display_of

    profile = load_sample("shanghai-family")
    h = profile.household
    table = assumptions_table(h, display_of(profile))
    assert "Kilometres driven a year" in table and "Miles driven a year" not in table
    assert f"{h.annual_miles * KM_PER_MI:,.0f} km a year" in table and "miles a year" not in table
    assert f"{h.gas_price / L_PER_GAL:.3f} per litre" in table and "per gallon" not in table
    assert "<td align='left'>City</td><td align='left'>Shanghai</td>" in table
    us = load_sample("minnesota-commuters").household
    assert assumptions_table(us) == assumptions_table(us, display_of(load_sample("minnesota-commuters")))
    assert "Miles driven a year" in assumptions_table(us) and "miles a year" in assumptions_table(us)
