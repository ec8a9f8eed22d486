"""The first page as Qt lays it out on the paper: four of the longest names in the vehicle data each take at most two
lines (shortened ones carry a key), and the summary stays within two pages on Letter and A4."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtGui import QPageSize, QPdfWriter, QTextTable  # noqa: E402

from buyer_app.core.costs.choices import VehicleChoice  # noqa: E402
from buyer_app.core.costs.compare import compare  # noqa: E402
from buyer_app.core.household.fields import Household  # noqa: E402
from buyer_app.core.vehicles.database import load_database  # noqa: E402
from buyer_app.report.answers import NAME_CHARS, printed_names  # noqa: E402
from buyer_app.report.paginate import fit_pages, keep_tables_whole, lay_out  # noqa: E402
from buyer_app.report.pdf import build_document  # noqa: E402
from buyer_app.report.summary import ReportContext  # noqa: E402

LONG = [49643, 49640, 49641, 48450]  # 2026 Silverado EV trims (64 characters) and a Volvo EX30 (63)


def test_names_are_cut_at_a_word_with_a_key() -> None:
    short = "2025 Toyota Camry HEV FF LE"
    names, key = printed_names([short, "2026 Chevrolet Silverado EV 14-mod battery, 11kW 15-mode charger"])
    assert names[0] == short and len(key) == 1
    mark, full = key[0]
    assert names[1].endswith(f"… {mark}") and full.endswith("15-mode charger") and len(names[1]) <= NAME_CHARS
    assert names[1].startswith("2026 Chevrolet Silverado EV 14-mod battery, 11kW")


@pytest.mark.parametrize("paper", [QPageSize.PageSizeId.Letter, QPageSize.PageSizeId.A4])
def test_long_names_take_two_lines_at_most_and_the_summary_two_pages(qapp, tmp_path: Path, paper) -> None:
    db = load_database()
    c = compare(db, Household(), [VehicleChoice(i) for i in LONG])
    assert max(len(v.label) for v in c.vehicles) > NAME_CHARS  # the test shortens some
    document = build_document(c, ReportContext("Long names", db.metadata, db.prices_as_of, date(2026, 12, 6)))
    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    writer.setPageSize(QPageSize(paper))
    page = lay_out(document, writer)
    keep_tables_whole(document)
    fit_pages(document, 2)
    assert document.pageCount() <= 2
    table = next(f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable))
    layout = document.documentLayout()
    names = []
    for row in range(table.rows()):
        cell = table.cellAt(row, 0)
        if cell.columnSpan() > 1 or row == 0:  # a range and charging line, or the header
            continue
        block = document.findBlock(cell.firstPosition())
        names.append(block.text())
        assert block.layout().lineCount() <= 2, block.text()
        assert layout.blockBoundingRect(block).bottom() < page.height()  # on page 1
    assert len(names) == len(LONG)
    text = document.toPlainText()
    for v in c.vehicles:
        assert v.label in text  # in full: in the name column or in the key under the table
