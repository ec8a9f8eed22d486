"""Words for `rank`: why a vehicle is listed apart instead of ranked."""

from __future__ import annotations

from buyer_app.text.translate import tr, tr_noop

NOT_NEW_NOTE = tr_noop(
    "not ranked as new: their nameplate's newest EPA model year is older than {year}, so they are no "
    "longer sold new and their old MSRP is not a price you can pay; listed apart on running costs "
    "(energy, maintenance, insurance, fees)"
)


def not_sold_new_reason(last_model_year: int) -> str:
    """Why a vehicle of a nameplate no longer sold new is listed apart."""
    return tr("no longer sold new: last model year {}").format(last_model_year)


def not_sold_new_note(new_from_year: int) -> str:
    return tr(NOT_NEW_NOTE).format(year=new_from_year)
