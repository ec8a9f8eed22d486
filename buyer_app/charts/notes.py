"""What sits under a chart's x axis: its legend, laid out in as many columns as the chart's width holds (never over
the bars or lines), and a note saying which cars the chart leaves out and why. Both follow the chart's size."""

from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF

from buyer_app.charts.axes import widget_width

LEGEND_ROW, NOTE_ROW = 4, 5  # PlotItem's own layout uses rows 0-3 (title, top axis, view, bottom axis)
VIEW_ROOM = 170  # px for the title, the data and the x axis: the chart asks for this much above its legend and note
NOTE_COLOUR = "#8a1c00"


def legend_below(plot: pg.PlotItem, light: bool = True) -> pg.LegendItem:
    """A fresh legend under the plot (the plot's `legend`, so `plot.plot(name=...)` adds its entry to it)."""
    remove_extras(plot)
    legend = pg.LegendItem(labelTextColor="#222" if light else None, labelTextSize="8pt", verSpacing=-6)
    plot.layout.addItem(legend, LEGEND_ROW, 1)
    plot.legend = legend
    follow_size(plot)
    legend.geometryChanged.connect(lambda: _refit(plot))  # an entry added
    return legend


def follow_size(plot: pg.PlotItem) -> None:
    """Refit the legend and rewrap the note whenever the plot changes size (connected once per plot)."""
    if not getattr(plot, "follows_size", False):
        plot.follows_size = True
        plot.geometryChanged.connect(lambda: _refit(plot))


def _refit(plot: pg.PlotItem) -> None:
    fit_text(plot.titleLabel, _room(plot) + 10)
    if plot.legend is not None:
        for sample, label in plot.legend.items:
            fit_text(label, _room(plot) - sample.width() - 20)
    fit_legend(plot)
    _wrap_note(plot)
    reserve_room(plot)


def fit_text(label: pg.LabelItem, width: float) -> None:
    """Wrap a title or a legend entry that is wider than `width` (a label asks its plot for its whole width, which
    would push the chart past the window's edge)."""
    item = label.item
    document = item.document().clone()
    document.setTextWidth(-1)
    wanted = -1.0 if document.idealWidth() <= width else max(width, 80.0)
    if item.textWidth() != wanted:
        item.setTextWidth(wanted)
        label.updateMin()
        label.resizeEvent(None)
        label.updateGeometry()


def reserve_room(plot: pg.PlotItem) -> None:
    """Ask the window for the height the legend and the note take on top of room for the data, so that a short
    chart grows (the window's splitter and scroll areas make room) rather than squeezing its data to nothing."""
    scene = plot.scene()
    if scene is None:
        return
    extra = sum(item.height() for item in (plot.legend, getattr(plot, "left_out_note", None)) if item is not None)
    extra += max(0.0, plot.getAxis("bottom").height() - 40)  # names on several lines under bars
    needed = int(VIEW_ROOM + extra)
    for view in scene.views():
        if view.minimumHeight() != needed:
            view.setMinimumHeight(needed)
        # the view sizes its plot only when it is resized itself: a plot that grew for a label since wrapped
        # (or a wider axis since narrowed) is put back to the view's size
        central: pg.GraphicsWidget = getattr(view, "centralWidget", None)
        if central is plot and central.geometry() != view.range:
            central.setGeometry(view.range)


def fit_legend(plot: pg.PlotItem) -> None:
    """As many columns as the widest entry allows at the plot's width of the moment."""
    legend = plot.legend
    if legend is None or not legend.items or legend.scene() is None:
        return
    widest = max(sample.width() + label.minimumWidth() + 16 for sample, label in legend.items)  # the text, not the cell
    room = _room(plot)
    columns = max(1, min(len(legend.items), int(room // max(widest, 1.0))))
    if columns != legend.columnCount:
        legend.setColumnCount(columns)


def _room(plot: pg.PlotItem) -> float:
    """The width under the data: the widget's less the left axis (never the plot's, which a wide item inflates)."""
    return max(widget_width(plot) - float(plot.getAxis("left").width()) - 30, 150.0)


def set_note(plot: pg.PlotItem, text: str, colour: str = NOTE_COLOUR) -> None:
    """The note under the chart (who is left out and why, or what the axis measures), wrapped to the chart's
    width; '' takes it away."""
    note: pg.LabelItem | None = getattr(plot, "left_out_note", None)
    if not text:
        if note is not None:
            plot.layout.removeItem(note)
            if note.scene() is not None:
                note.scene().removeItem(note)
            plot.left_out_note = None
        return
    if note is None:
        note = pg.LabelItem("", color=NOTE_COLOUR, justify="left")
        plot.layout.addItem(note, NOTE_ROW, 1)
        plot.left_out_note = note
        follow_size(plot)
    note.note_text, note.colour = text, colour
    _wrap_note(plot)
    reserve_room(plot)


def note_text(plot: pg.PlotItem) -> str:
    """The note on show under the chart ('' when there is none)."""
    note = getattr(plot, "left_out_note", None)
    return "" if note is None else str(note.note_text)


def _wrap_note(plot: pg.PlotItem) -> None:
    note = getattr(plot, "left_out_note", None)
    if note is None:
        return
    metrics = QFontMetricsF(QFont())
    room = _room(plot) - 10
    lines: list[str] = []
    for word in note.note_text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    shown = "<br>".join(html.escape(line, quote=False) for line in lines)
    if shown != getattr(note, "shown", None) or note.colour != getattr(note, "shown_colour", None):
        note.shown, note.shown_colour = shown, note.colour
        note.setText(shown, color=note.colour)


def remove_extras(plot: pg.PlotItem) -> None:
    """Take the legend and the note away (the plot is redrawn). The legend goes as a whole: letting
    PlotItem.clear() take its entries out one by one crashes PySide6 6.12 with pyqtgraph 0.14."""
    legend = plot.legend
    if legend is not None:
        if legend in _layout_items(plot):
            plot.layout.removeItem(legend)
        if legend.scene() is not None:
            legend.scene().removeItem(legend)
        plot.legend = None
    set_note(plot, "")


def _layout_items(plot: pg.PlotItem) -> list[object]:
    layout = plot.layout
    return [layout.itemAt(k) for k in range(layout.count())]
