"""The reports window (issue 16 item 1): a period - a month, a quarter, a year
or any range of days - against the same period a year earlier, one table at
a time; a double click on a figure lists the appeals behind it; the whole
report exported as an XLSX workbook (one sheet per table)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import office, reports
from app.errors import DomainError
from app.rules import Role
from ui import i18n
from ui.common.appeal_list import AppealListDialog
from ui.common.dates import DateField, dates_ok
from ui.common.fit import fit_size
from ui.common.messages import show_error
from ui.common.widgets import in_documents
from ui.reports import printout
from ui.reports.exclusion_dialog import ExclusionDialog
from ui.reports.labels import PARTS, labels

# Who reads the office's reports (АППК 69.4: the heads answer for the work with appeals).
READERS = frozenset({Role.HEAD, Role.DEPUTY, Role.APPARATUS_HEAD, Role.ADMIN})
SPANS = ("month", "quarter", "year", "range")
PARTS_ORDER = ("current", "previous", "difference")
FIGURE_ROLE = Qt.ItemDataRole.UserRole + 2


class ReportTableModel(QAbstractTableModel):
    """One table of the report: a row per code, for each measure this period,
    a year earlier and the difference."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table: reports.Table | None = None

    def set_table(self, table: reports.Table | None) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):   # noqa: N802 (Qt's name)
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent=QModelIndex()):   # noqa: N802 (Qt's name)
        return 0 if parent.isValid() or self.table is None else 3 * len(self.table.columns)

    def figure(self, row: int, column: int) -> tuple[str, str, str]:
        """(row code, measure, part) of a cell."""
        assert self.table is not None
        return self.table.rows[row], self.table.columns[column // 3], PARTS_ORDER[column % 3]

    def row_label(self, row: int) -> str:
        assert self.table is not None
        code = self.table.rows[row]
        if code in self.table.names:
            return self.table.names[code]
        return labels("text", "none") if code == "none" else labels("row", f"{self.table.code}:{code}")

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):   # noqa: N802 (Qt's name)
        if role != Qt.ItemDataRole.DisplayRole or self.table is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.row_label(section)
        measure, part = self.table.columns[section // 3], PARTS_ORDER[section % 3]
        return f"{labels('column', measure)}\n{QCoreApplication.translate('ReportLabels', PARTS[part])}"

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.table is None:
            return None
        row, measure, part = self.figure(index.row(), index.column())
        cell = self.table.cell(row, measure)
        value = {"current": cell.current, "previous": cell.previous, "difference": cell.difference}[part]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:+d}" if part == "difference" and value else str(value)
        if role == FIGURE_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReportsWindow(QDialog):
    """Signals:
        open_case: (appeal id) the user asked for a case from a list of appeals.
    """
    open_case = Signal(int)

    def __init__(self, user, today: dt.date | None = None, runner=None, parent=None):
        super().__init__(parent)
        self.setObjectName("reports")
        self.setWindowTitle(self.tr("Reports"))
        self.user, self.today, self.runner = user, today or dt.date.today(), runner
        self.report: reports.Report | None = None
        self.lists: list[AppealListDialog] = []
        self._build()
        last = self.today.replace(day=1) - dt.timedelta(days=1)   # last month, by default
        self.year.setValue(last.year)
        self.month.setCurrentIndex(last.month - 1)
        self.quarter.setCurrentIndex((last.month - 1) // 3)
        self.date_from.set_value(last.replace(day=1))
        self.date_to.set_value(last)
        self._span_changed()
        fit_size(self, 1280, 660)

    # -- building --------------------------------------------------------
    def _build(self) -> None:
        self.span = QComboBox()
        self.span.setObjectName("span")
        for code, text in zip(SPANS, (self.tr("Month"), self.tr("Quarter"), self.tr("Year"),
                                      self.tr("Dates from – to")), strict=True):
            self.span.addItem(text, code)
        self.span.currentIndexChanged.connect(self._span_changed)
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2000, self.today.year + 1)
        self.year.setMinimumWidth(self.year.fontMetrics().horizontalAdvance("00000") + 40)
        self.month = QComboBox()
        self.month.setObjectName("month")
        for name in (self.tr("January"), self.tr("February"), self.tr("March"), self.tr("April"),
                     self.tr("May"), self.tr("June"), self.tr("July"), self.tr("August"),
                     self.tr("September"), self.tr("October"), self.tr("November"), self.tr("December")):
            self.month.addItem(name)
        self.quarter = QComboBox()
        self.quarter.setObjectName("quarter")
        for n in range(1, 5):
            self.quarter.addItem(self.tr("Quarter {n}").format(n=n), n)
        self.date_from, self.date_to = DateField(), DateField()
        self.date_from.setObjectName("date_from")
        self.date_to.setObjectName("date_to")
        self.dash = QLabel("–")
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("show")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.show_report)
        picker = QHBoxLayout()
        picker.addWidget(QLabel(self.tr("Period:")))
        for w in (self.span, self.year, self.month, self.quarter, self.date_from, self.dash, self.date_to,
                  self.show_button):
            picker.addWidget(w)
        picker.addStretch(1)

        self.tables = QListWidget()
        self.tables.setObjectName("tables")
        for spec in reports.TABLES:
            item = QListWidgetItem(labels("table", spec.code))
            item.setData(Qt.ItemDataRole.UserRole, spec.code)
            self.tables.addItem(item)
        self.tables.currentRowChanged.connect(self._table_changed)
        self.model = ReportTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("figures")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(self.open_figure)
        self.view.setToolTip(self.tr("Double-click a figure to see the appeals behind it."))
        split = QSplitter()
        split.addWidget(self.tables)
        split.addWidget(self.view)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 1000])

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(lambda: self.print_report())
        self.export_button = QPushButton(self.tr("Export XLSX…"))
        self.export_button.setObjectName("export")
        self.export_button.clicked.connect(lambda: self.export_xlsx())
        self.exclusion_button = QPushButton(self.tr("Not counted (art. 69 part 3)…"))
        self.exclusion_button.setObjectName("exclusions")
        self.exclusion_button.clicked.connect(lambda: self.open_exclusions())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.exclusion_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self._set_report(None)

    def _span_changed(self, *_) -> None:
        span = self.span.currentData()
        self.year.setVisible(span != "range")
        self.month.setVisible(span == "month")
        self.quarter.setVisible(span == "quarter")
        for w in (self.date_from, self.dash, self.date_to):
            w.setVisible(span == "range")

    # -- the period and the report ----------------------------------------
    def period(self) -> reports.Period | None:
        """The period chosen; None (and the fields marked) when the dates are wrong."""
        span, year = self.span.currentData(), self.year.value()
        if span == "month":
            return reports.Period.month(year, self.month.currentIndex() + 1)
        if span == "quarter":
            return reports.Period.quarter(year, self.quarter.currentData())
        if span == "year":
            return reports.Period.year(year)
        if not dates_ok(self):
            return None
        first, last = self.date_from.value(), self.date_to.value()
        if first is None or last is None:
            return None
        return reports.Period(first, last)

    def show_report(self) -> None:
        try:
            period = self.period()
        except DomainError as exc:   # the period ends before it starts
            show_error(self, exc)
            return
        if period is None:
            return
        self.show_button.setEnabled(False)
        if self.runner is None:
            try:
                self._set_report(reports.build(period, today=self.today))
            except DomainError as exc:
                self._failed(exc)
            return
        self.runner.run(reports.build, period, today=self.today, on_done=self._set_report, on_error=self._failed)

    def _failed(self, exc) -> None:
        self.show_button.setEnabled(True)
        if isinstance(exc, DomainError):
            show_error(self, exc)
        else:
            raise exc

    def _set_report(self, report: reports.Report | None) -> None:
        self.report = report
        self.show_button.setEnabled(True)
        self.export_button.setEnabled(report is not None)
        self.print_button.setEnabled(report is not None)
        if report is None:
            self.heading.setText(self.tr("Choose a period and press Show."))
            self.note.setText("")
            self.model.set_table(None)
            return
        self.heading.setText(self.tr("{first} – {last} compared with {pfirst} – {plast}").format(
            first=f"{report.period.first:%d.%m.%Y}", last=f"{report.period.last:%d.%m.%Y}",
            pfirst=f"{report.previous.first:%d.%m.%Y}", plast=f"{report.previous.last:%d.%m.%Y}"))
        self.note.setText("\n".join(labels("text", f"note:{n}") for n in report.notes))
        if self.tables.currentRow() < 0:
            self.tables.setCurrentRow(0)
        else:
            self._table_changed(self.tables.currentRow())

    def _table_changed(self, row: int) -> None:
        if self.report is None or row < 0:
            self.model.set_table(None)
            return
        self.model.set_table(self.report.table(reports.TABLES[row].code))

    def select_table(self, code: str) -> None:
        self.tables.setCurrentRow([t.code for t in reports.TABLES].index(code))

    # -- the appeals behind a figure -------------------------------------
    def figure_query(self, row: int, column: int) -> tuple | None:
        """(table, row, measure, period) of a figure; None for a difference or
        a table of receptions, which have no list of appeals."""
        table = self.model.table
        if self.report is None or table is None or table.entity != "appeal":
            return None
        code, measure, part = self.model.figure(row, column)
        if part == "difference":
            return None
        return table.code, code, measure, self.report.period if part == "current" else self.report.previous

    def figure_ids(self, row: int, column: int) -> list[int] | None:
        query = self.figure_query(row, column)
        if query is None or self.report is None:
            return None
        return reports.cell_ids(*query, today=self.report.today)

    def open_figure(self, index: QModelIndex) -> AppealListDialog | None:
        """The list of the appeals behind the figure (read on the task runner
        when there is one: a year's figure at a million appeals takes seconds)."""
        query = self.figure_query(index.row(), index.column())
        if query is None or self.report is None:
            return None
        _, _, measure, _ = query
        part = self.model.figure(index.row(), index.column())[2]
        title = " — ".join((labels("table", query[0]), self.model.row_label(index.row()), labels("column", measure),
                            QCoreApplication.translate("ReportLabels", PARTS[part])))
        if self.runner is not None:
            self.runner.run(reports.cell_ids, *query, today=self.report.today,
                            on_done=lambda ids: self._show_list(title, ids), on_error=self._failed)
            return None
        try:
            ids = reports.cell_ids(*query, today=self.report.today)
        except DomainError as exc:
            show_error(self, exc)
            return None
        return self._show_list(title, ids)

    def _show_list(self, title: str, ids: list[int]) -> AppealListDialog:
        dialog = AppealListDialog(title, ids, office.load_calendar(), self.report.today if self.report
                                  else self.today, self)
        dialog.open_case.connect(self.open_case)
        dialog.finished.connect(lambda _: self.lists.remove(dialog) if dialog in self.lists else None)
        self.lists.append(dialog)
        dialog.show()
        return dialog

    # -- АППК 69.3 para 2 --------------------------------------------------
    def open_exclusions(self, modal: bool = True) -> ExclusionDialog:
        """Leave an appeal out of the statistics or count it again; the
        report shown is counted again after a change."""
        dialog = ExclusionDialog(self.user, self)
        dialog.changed.connect(lambda: self.show_report() if self.report is not None else None)
        if modal:
            dialog.exec()
        else:
            dialog.show()
        return dialog

    # -- the workbook ----------------------------------------------------
    def report_html(self) -> str:
        """The whole report, every table, for paper (ui/reports/printout.py)."""
        assert self.report is not None
        names = ReportTableModel()

        def row_label(table, code):
            names.table = table
            return names.row_label(table.rows.index(code))
        settings = office.get_settings()
        name = settings.name_ru if i18n.current_language() == "ru" else settings.name_kk
        return printout.report_html(self.report, name, row_label)

    def print_report(self):
        """The report in Qt's print preview, printed from there (issue 16 item 3)."""
        if self.report is None:
            return None
        try:
            text = self.report_html()
        except DomainError as exc:
            show_error(self, exc)
            return None
        dialog = printout.preview(text, self)
        dialog.exec()
        dialog.deleteLater()
        return dialog

    def export_xlsx(self, path: str | None = None) -> str | None:
        if self.report is None:
            return None
        if path is None:
            name = f"report-{self.report.period.first:%Y%m%d}-{self.report.period.last:%Y%m%d}.xlsx"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report"), in_documents(name),
                                                  self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return None
        try:
            settings = office.get_settings()
            name = settings.name_ru if i18n.current_language() == "ru" else settings.name_kk
            reports.write_xlsx(self.report, path, labels, name)
        except DomainError as exc:
            show_error(self, exc)
            return None
        except OSError as exc:
            from PySide6.QtWidgets import QMessageBox
            QMessageBox.warning(self, self.windowTitle(), self.tr("The workbook was not saved: {error}").format(
                error=exc.strerror or str(exc)))
            return None
        return path


def may_read(user) -> bool:
    return user.role in READERS


def open_reports(window: QWidget) -> None:
    """From the main window's menu: the reports, a case from their lists."""
    dialog = ReportsWindow(window.user, window.today, getattr(getattr(window, "panel", None), "runner", None),
                           window)
    if hasattr(window, "open_card"):
        dialog.open_case.connect(window.open_card)
    dialog.exec()
    dialog.deleteLater()
