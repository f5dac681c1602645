"""The appeal routes page of the settings (АППК 80.5, 91.3): the deputy's
route and the categories of acts under special laws with their own
complaint body or court.  The head's route is the office's (Office page)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.office import Category, Route, Routes
from ui.common.fit import wrap_captions
from ui.common.form_errors import FieldErrors, error_label

ROUTE_FIELDS = ("body_kk", "body_ru", "court_kk", "court_ru")
COLUMNS = ("name_kk", "name_ru", "legal_ref", "body_kk", "body_ru", "court_kk", "court_ru")


class RoutesForm(QWidget):
    """``routes()`` gives what is typed; ``set_routes`` fills the page.
    ``default_deputy`` is what "Fill from the head" puts in."""

    def __init__(self, errors: FieldErrors, parent=None):
        super().__init__(parent)
        self.default_deputy = Route()
        head = QLabel(self.tr("The head's acts: the superior body or the court given on the Office page."))
        head.setWordWrap(True)
        deputy_box = QGroupBox()   # a title does not wrap: the words go in a wrapping label
        df = QFormLayout(deputy_box)
        df.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)   # long captions: the field below
        deputy_title = QLabel(self.tr("Acts signed by a deputy (art. 91 part 3: the official superior "
                                      "to the deputy, usually the head of this office)"))
        deputy_title.setWordWrap(True)
        deputy_title.setStyleSheet("font-weight: bold;")
        df.addRow(deputy_title)
        captions = {
            "body_kk": self.tr("Complaint body, with its address (Kazakh)"),
            "body_ru": self.tr("Complaint body, with its address (Russian)"),
            "court_kk": self.tr("Court, if there is no superior body (Kazakh)"),
            "court_ru": self.tr("Court, if there is no superior body (Russian)"),
        }
        self.deputy: dict[str, QLineEdit] = {}
        for name in ROUTE_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"deputy_{name}")
            self.deputy[name] = edit
            errors.add_row(df, f"deputy_{name}", captions[name], edit)
        self.fill_head = QPushButton(self.tr("Fill from the head of the office"))
        self.fill_head.setObjectName("deputy_fill_head")
        self.fill_head.clicked.connect(lambda: self._set_deputy(self.default_deputy))
        df.addRow("", self.fill_head)
        wrap_captions(df)
        cat_box = QGroupBox()
        cl = QVBoxLayout(cat_box)
        cat_title = QLabel(self.tr("Acts under special laws with their own complaint body (art. 80 part 5, "
                                   "art. 91 part 3)"))
        cat_title.setWordWrap(True)
        cat_title.setStyleSheet("font-weight: bold;")
        cl.addWidget(cat_title)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("route_categories")
        self.table.setHorizontalHeaderLabels([
            self.tr("Category (Kazakh)"), self.tr("Category (Russian)"), self.tr("Special law"),
            self.tr("Complaint body (Kazakh)"), self.tr("Complaint body (Russian)"),
            self.tr("Court (Kazakh)"), self.tr("Court (Russian)")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setDefaultSectionSize(150)
        self.table.setMinimumHeight(140)
        self.add_button = QPushButton(self.tr("Add category"))
        self.add_button.setObjectName("route_add")
        self.add_button.clicked.connect(lambda: self.add_category(Category()))
        self.remove_button = QPushButton(self.tr("Remove category"))
        self.remove_button.setObjectName("route_remove")
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        cl.addWidget(self.table)
        cl.addLayout(buttons)
        self.categories_error = error_label("error_categories")
        errors.add_label("categories", self.categories_error, self.table)
        cl.addWidget(self.categories_error)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(deputy_box)
        layout.addWidget(cat_box, 1)

    def _set_deputy(self, r: Route) -> None:
        for name in ROUTE_FIELDS:
            self.deputy[name].setText(getattr(r, name))

    def add_category(self, c: Category) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = {"name_kk": c.name_kk, "name_ru": c.name_ru, "legal_ref": c.legal_ref,
                  **{n: getattr(c.route, n) for n in ROUTE_FIELDS}}
        for col, name in enumerate(COLUMNS):
            item = QTableWidgetItem(values[name])
            if col == 0:
                item.setData(Qt.ItemDataRole.UserRole, c.code)
            self.table.setItem(row, col, item)

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)

    def _cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def routes(self) -> Routes:
        cats = []
        for row in range(self.table.rowCount()):
            v = {name: self._cell(row, col) for col, name in enumerate(COLUMNS)}
            first = self.table.item(row, 0)
            code = (first.data(Qt.ItemDataRole.UserRole) or "") if first is not None else ""
            cats.append(Category(code, v["name_kk"], v["name_ru"], v["legal_ref"],
                                 Route(**{n: v[n] for n in ROUTE_FIELDS})))
        deputy = Route(**{n: self.deputy[n].text().strip() for n in ROUTE_FIELDS})
        return Routes(deputy, cats, True)

    def set_routes(self, routes: Routes, default_deputy: Route) -> None:
        self.default_deputy = default_deputy
        self._set_deputy(routes.deputy)
        self.table.setRowCount(0)
        for c in routes.categories:
            self.add_category(c)
