"""The vehicles' colours, one per place in a comparison, shared by every chart, the results table and the answer
cards; a module of its own (no pyqtgraph) so that the cards can be painted before the charts' libraries load."""

from __future__ import annotations

# Colour-blind-safe (Okabe-Ito), distinct in greyscale by line style too.
VEHICLE_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]
