"""The household: every input of the cost model, with its unit, allowed range, default and source.

- `fields`: `Household`, `FIELDS`, `FIELD_BY_NAME`, `FieldSpec`, `validate_value`, `household_to_dict`
  (what `buyer-app fields` lists).
- `choices`: the coded choices as `StrEnum`s (`HomeCharging`, `Financing`, `Tenure`, `UnitSystem`, `Currency`, ...);
  their display names are in `buyer_app.text.choices`.
- `state_fill`: `with_state`, `field_origin`, `household_climate`, `grid_basis` (picking a state fills its
  figures, and each figure says whether it is the state's, the default or the user's).
"""
