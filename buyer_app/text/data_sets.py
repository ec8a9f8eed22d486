"""The data sets in words: one line per data set ("Vehicle data: EPA fueleconomy.gov, 2025-10-29") and the stale
warning (which data set, how old, how to refresh it), for the About dialog, the welcome, the PDF and `db info`."""

from __future__ import annotations

from datetime import date

from buyer_app.core.data_sets.summary import DataSet, stale_sets
from buyer_app.text.translate import tr, tr_noop, trn

NAMES = {
    "vehicles": tr_noop("Vehicle data"),
    "prices": tr_noop("Base prices"),
    "incentives": tr_noop("Incentives"),
    "state-figures": tr_noop("State figures"),
    "cn-vehicles": tr_noop("China vehicles and prices"),
    "cn-regions": tr_noop("China city figures"),
    "cn-incentives": tr_noop("China incentives"),
}
SOURCES = {
    "EPA fueleconomy.gov": tr_noop("EPA fueleconomy.gov"),
    "curated MSRP table": tr_noop("curated MSRP table"),
    "Rewiring America incentives data": tr_noop("Rewiring America incentives data"),
    "EIA, EPA eGRID and state sources": tr_noop("EIA, EPA eGRID and state sources"),
    "China (mainland)": tr_noop("China (mainland)"),  # a market pack's name (market.json)
}


def data_set_name(data_set: DataSet) -> str:
    return tr(NAMES[data_set.key]) if data_set.key in NAMES else data_set.key


def source_words(data_set: DataSet) -> str:
    """Who publishes the data set, in the user's language; an import says so, with the file it came from."""
    if data_set.origin == "imported":
        return tr("your import ({source})").format(source=data_set.source)
    if data_set.market != "us":
        return tr("the app's {market} market pack, built {built}").format(
            market=tr(SOURCES.get(data_set.source, data_set.source)), built=data_set.built
        )
    return tr(SOURCES[data_set.source]) if data_set.source in SOURCES else data_set.source


def data_set_line(data_set: DataSet) -> str:
    """'Vehicle data: EPA fueleconomy.gov, 2025-10-29' (and when an import was made)."""
    line = tr("{name}: {source}, {date}").format(
        name=data_set_name(data_set), source=source_words(data_set), date=data_set.as_of or tr("undated")
    )
    if data_set.imported_at:
        line += " " + tr("(imported {when})").format(when=data_set.imported_at[:10])
    return line


def data_set_lines(sets: list[DataSet]) -> list[str]:
    return [data_set_line(s) for s in sets]


def stale_line(data_set: DataSet, months: int) -> str:
    """Which data set is old, how old, and how to refresh it."""
    age = trn("{n} month old", "{n} months old", months).format(n=months)
    if data_set.refresh:
        return tr("{name}: {age} ({date}); refresh it with `{command}`.").format(
            name=data_set_name(data_set), age=age, date=data_set.as_of, command=data_set.refresh
        )
    return tr("{name}: {age} ({date}); a new release of the app refreshes it.").format(
        name=data_set_name(data_set), age=age, date=data_set.as_of
    )


def stale_lines(sets: list[DataSet], today: date) -> list[str]:
    """A warning per data set more than 12 months old on `today`."""
    return [stale_line(s, months) for s, months in stale_sets(sets, today)]
