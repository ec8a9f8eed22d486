"""The household's own vehicles in the window: enter one (it joins the comparison), change one, remove one. Each is one
undoable edit of the profile (its `custom_vehicles`, and its `vehicles` when one joins or goes), so Save keeps it and
Undo takes it back; the window lists the cars of the profile on show."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QWidget

from buyer_app.core.costs.choices import MAX_VEHICLES, VehicleChoice
from buyer_app.core.household.choices import UnitSystem
from buyer_app.core.profiles.schema import Profile
from buyer_app.core.vehicles.custom import CUSTOM_ID_BASE, MAX_CUSTOM, CustomVehicle
from buyer_app.text.translate import tr
from buyer_app.ui.custom_vehicle_dialog import CustomVehicleDialog


def is_custom(vehicle_id: int) -> bool:
    """Whether an id is one of the household's own vehicles."""
    return vehicle_id > CUSTOM_ID_BASE


class CustomVehicleActions:
    """`profile()`: the profile on show; `change(after, text)`: an undoable edit; `status(text)`: a short message.
    The dialog open (window-modal, not blocking) is `dialog`."""

    def __init__(
        self,
        parent: QWidget,
        profile: Callable[[], Profile],
        change: Callable[[Profile, str], None],
        status: Callable[[str], None],
    ) -> None:
        self.parent, self._profile, self._change, self._status = parent, profile, change, status
        self.dialog: CustomVehicleDialog | None = None

    def _open(self, vehicle_id: int, existing: CustomVehicle | None) -> CustomVehicleDialog:
        p = self._profile()
        dialog = CustomVehicleDialog(self.parent, vehicle_id, p.units == UnitSystem.METRIC, p.currency.value, existing)
        dialog.accepted.connect(lambda: self._entered(dialog, existing))
        self.dialog = dialog
        dialog.open()
        return dialog

    def new(self) -> CustomVehicleDialog | None:
        """Open the dialog for a new car (None when the profile already holds as many as it may)."""
        customs = self._profile().custom_vehicles
        if len(customs) >= MAX_CUSTOM:
            self._status(tr("A profile holds at most {n} of your own vehicles: change or remove one.").format(n=MAX_CUSTOM))
            return None
        return self._open(max([c.id for c in customs], default=CUSTOM_ID_BASE) + 1, None)

    def edit(self, vehicle_id: int) -> CustomVehicleDialog | None:
        """Open the dialog on one of the profile's own cars."""
        existing = next((c for c in self._profile().custom_vehicles if c.id == vehicle_id), None)
        return None if existing is None else self._open(vehicle_id, existing)

    def _entered(self, dialog: CustomVehicleDialog, existing: CustomVehicle | None) -> None:
        vehicle = dialog.vehicle()
        if vehicle is None:
            return
        p = self._profile()
        name = f"{vehicle.year} {vehicle.make} {vehicle.model}"
        if existing is not None:
            customs = tuple(vehicle if c.id == vehicle.id else c for c in p.custom_vehicles)
            self._change(replace(p, custom_vehicles=customs), tr("Change your own vehicle"))
            self._status(tr("Changed your vehicle: {name}").format(name=name))
            return
        vehicles = p.vehicles
        if len(vehicles) < MAX_VEHICLES:
            vehicles = (*vehicles, VehicleChoice(vehicle.id))
            said = tr("Added to the comparison: {names}").format(names=name)
        else:
            said = tr("Kept in the list; a comparison holds at most {n} vehicles.").format(n=MAX_VEHICLES)
        self._change(replace(p, custom_vehicles=(*p.custom_vehicles, vehicle), vehicles=vehicles), tr("Add your own vehicle"))
        self._status(said)

    def remove(self, vehicle_id: int) -> None:
        """Take one of the profile's own cars out of the profile (and out of the comparison); Undo brings it back."""
        p = self._profile()
        gone = next((c for c in p.custom_vehicles if c.id == vehicle_id), None)
        if gone is None:
            return
        self._change(
            replace(
                p,
                custom_vehicles=tuple(c for c in p.custom_vehicles if c.id != vehicle_id),
                vehicles=tuple(v for v in p.vehicles if v.id != vehicle_id),
            ),
            tr("Remove your own vehicle"),
        )
        self._status(tr("Removed your vehicle: {name} (Edit > Undo brings it back)").format(name=f"{gone.make} {gone.model}"))
