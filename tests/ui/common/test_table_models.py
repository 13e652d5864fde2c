"""The shared RowsModel/Column: what each column may say about its cells, rows replaced
in place, the totals row, editing and check boxes handed to the page, sorting."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QIcon

from pharmacy_app.ui.common.table_models import (
    RIGHT,
    RIGHT_INT,
    ROW_ROLE,
    Column,
    RowsModel,
    is_checked,
    styled_font,
)

D = Qt.ItemDataRole


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    doses: int
    held: bool = False


ROWS = [Row(1, "b", 20), Row(2, "a", 5, held=True), Row(3, "c", 10)]


def _model(**extra):
    return RowsModel(
        [
            Column("Name", lambda r: r.name, header_tip="The site", tip=lambda r: f"#{r.id}"),
            Column(
                "Doses",
                lambda r: r.doses,
                text=lambda r: f"{r.doses} doses",
                align=RIGHT,
                foreground=lambda r: QColor("red") if r.held else None,
                background=lambda r: QColor("yellow") if r.held else None,
                font=lambda r: styled_font(italic=True) if r.held else None,
                decoration=lambda r: QIcon() if r.held else None,
                roles={D.UserRole + 20: lambda r: r.doses * 2},
            ),
            Column("Note", header_tip=lambda: "now"),
        ],
        **extra,
    )


def test_columns_say_how_each_cell_looks(qapp):
    m = _model()
    m.set_rows(ROWS)
    assert (m.rowCount(), m.columnCount()) == (3, 3)
    assert m.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert m.headerData(0, Qt.Orientation.Horizontal, D.ToolTipRole) == "The site"
    assert m.headerData(2, Qt.Orientation.Horizontal, D.ToolTipRole) == "now"  # a callable header tip
    assert m.headerData(1, Qt.Orientation.Horizontal, D.TextAlignmentRole) == RIGHT_INT
    assert m.index(1, 1).data() == "5 doses"
    assert m.index(1, 2).data() == ""  # neither key nor text
    assert m.index(1, 1).data(D.TextAlignmentRole) == RIGHT_INT
    assert m.index(1, 0).data(D.ToolTipRole) == "#2"
    assert m.index(1, 1).data(D.ForegroundRole) == QColor("red")
    assert m.index(0, 1).data(D.ForegroundRole) is None
    assert m.index(1, 1).data(D.BackgroundRole) == QColor("yellow")
    assert m.index(1, 1).data(D.FontRole).italic()
    assert m.index(0, 1).data(D.FontRole) is None
    assert isinstance(m.index(1, 1).data(D.DecorationRole), QIcon)
    assert m.index(1, 1).data(D.UserRole + 20) == 10  # any other role a column names
    assert m.index(1, 0).data(ROW_ROLE) == ROWS[1]
    assert m.row_of(3) == 2 and m.row_of(9) == -1


def test_same_rows_coming_back_are_replaced_in_place_and_keep_the_selection(qapp):
    m = _model()
    m.set_rows(ROWS, key=lambda r: r.id)
    selection = QItemSelectionModel(m)
    selection.select(m.index(2, 0), QItemSelectionModel.SelectionFlag.Select)
    resets: list[bool] = []
    repainted: list[tuple[int, int]] = []
    m.modelReset.connect(lambda: resets.append(True))
    m.dataChanged.connect(lambda a, b, _roles=(): repainted.append((a.row(), b.row())))

    m.set_rows([Row(1, "b", 21), Row(2, "a", 5), Row(3, "c", 9)], key=lambda r: r.id)
    assert not resets and repainted == [(0, 2)]
    assert selection.isSelected(m.index(2, 0))
    assert m.index(2, 1).data() == "9 doses"

    m.set_rows([Row(3, "c", 9), Row(1, "b", 21)], key=lambda r: r.id)  # other rows: a reset
    assert resets == [True]
    assert not selection.hasSelection()


class _Totals(RowsModel):
    def totals_row(self):
        return Row(0, "Total", sum(r.doses for r in self._rows))


def test_a_totals_row_comes_last_in_bold_through_the_columns_and_is_not_a_row_of_data(qapp):
    shade = QColor("#eef2f7")
    m = _Totals(
        [
            Column("Name", lambda r: r.name),
            Column("Doses", lambda r: r.doses, align=RIGHT, background=lambda r: shade if r.id == 0 else None),
        ]
    )
    assert m.rowCount() == 0  # no rows, no totals
    m.set_rows(ROWS)
    assert m.rowCount() == 4
    assert [m.index(3, c).data() for c in range(2)] == ["Total", "35"]
    assert m.index(3, 1).data(D.FontRole).bold() and m.index(3, 0).data(D.FontRole).bold()
    assert m.index(3, 1).data(D.TextAlignmentRole) == RIGHT_INT
    assert m.index(3, 1).data(D.BackgroundRole) == shade  # through the same columns as any row
    assert m.index(2, 1).data(D.BackgroundRole) is None
    assert m.index(3, 0).data(ROW_ROLE) is None
    assert m.row_at(3).doses == 35 and m.row_at(4) is None
    assert m.is_total_row(3) and not m.is_total_row(2)
    assert m.rows() == ROWS


def test_editing_and_check_boxes_are_handed_to_the_page_not_stored(qapp):
    asked: list[tuple[str, int, object]] = []
    open_rows = {1, 3}

    def put(r, value):
        asked.append(("doses", r.id, value))
        return True

    def hold(r, on):
        asked.append(("held", r.id, on))
        return True

    m = RowsModel(
        [
            Column("Doses", lambda r: r.doses, edit=lambda r: r.doses, editable=lambda r: r.id in open_rows,
                   set_value=put),
            Column("Held", check=lambda r: r.held, editable=lambda r: r.id in open_rows, set_check=hold),
            Column("Name", lambda r: r.name),
        ]
    )
    m.set_rows(ROWS)
    flags = m.flags(m.index(0, 0))
    assert flags & Qt.ItemFlag.ItemIsEditable
    assert not m.flags(m.index(1, 0)) & Qt.ItemFlag.ItemIsEditable
    assert m.flags(m.index(0, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not m.flags(m.index(1, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not m.flags(m.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
    assert m.index(0, 0).data(D.EditRole) == 20
    assert m.index(1, 1).data(D.CheckStateRole) == Qt.CheckState.Checked  # shown even when read only
    assert m.index(0, 2).data(D.CheckStateRole) is None

    assert m.setData(m.index(0, 0), 30)
    assert not m.setData(m.index(1, 0), 30)  # not editable there
    assert not m.setData(m.index(0, 2), "x")  # no setter
    assert m.setData(m.index(2, 1), Qt.CheckState.Checked.value, D.CheckStateRole)
    assert asked == [("doses", 1, 30), ("held", 3, True)]
    assert m.index(0, 0).data() == "20"  # the model shows what it is given, not what was typed


def test_check_values_in_every_form_qt_gives_them():
    assert is_checked(Qt.CheckState.Checked) and not is_checked(Qt.CheckState.Unchecked)
    assert is_checked(2) and not is_checked(0) and is_checked(True) and not is_checked(False)


def test_sorting_by_key_keeps_ticks_with_their_rows_and_a_column_without_key_does_not_sort(qapp):
    m = _model(checkable=True)
    m.set_rows(ROWS)
    m.set_checked(0, False)  # "b"
    m.sort(0)
    assert [r.name for r in m.rows()] == ["a", "b", "c"]
    assert [r.name for r in m.checked_rows()] == ["a", "c"]
    m.sort(1, Qt.SortOrder.DescendingOrder)
    assert [r.doses for r in m.rows()] == [20, 10, 5]
    m.sort(2)  # no key: the order stays
    assert [r.doses for r in m.rows()] == [20, 10, 5]


def test_row_object_and_replace_row(qapp):
    class Pairs(RowsModel):
        def row_object(self, row):
            return row[1]

        def row_id(self, row):
            return row[1].id

    m = Pairs([Column("Name", text=lambda p: p[1].name)])
    m.set_rows([("x", ROWS[0]), ("y", ROWS[1])])
    assert m.index(1, 0).data(ROW_ROLE) == ROWS[1]
    changed: list[int] = []
    m.dataChanged.connect(lambda a, _b, _roles=(): changed.append(a.row()))
    m.replace_row(m.row_of(2), ("y", Row(2, "z", 1)))
    assert changed == [1] and m.index(1, 0).data() == "z"
