"""Reconciliation with a register exported from e-Otinish (issue 16 item 4;
АППК 69.3): choose the file (XLSX or CSV), map its columns (remembered for
the office), see the first rows as mapped, compare, read the three lists,
and confirm the numbers to record.  Nothing is written but the confirmed
numbers, each by the case action ``eotinish_number`` (all or none), and the
column mapping."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import eotinish
from app.errors import DomainError
from ui.common.fit import compact, fit_size
from ui.common.labels import KINDS, STATUSES, label
from ui.common.messages import message
from ui.common.widgets import in_documents

PREVIEW_ROWS = 20
FIELD_NAMES = {
    "number": QT_TRANSLATE_NOOP("ReconcileDialog", "e-Otinish number"),
    "iin_bin": QT_TRANSLATE_NOOP("ReconcileDialog", "IIN / BIN"),
    "date": QT_TRANSLATE_NOOP("ReconcileDialog", "Date"),
    "name": QT_TRANSLATE_NOOP("ReconcileDialog", "Applicant"),
    "kind": QT_TRANSLATE_NOOP("ReconcileDialog", "Kind"),
    "status": QT_TRANSLATE_NOOP("ReconcileDialog", "Status"),
}
DIFFERENCES = {
    "kind": QT_TRANSLATE_NOOP("ReconcileDialog", "kind"),
    "date": QT_TRANSLATE_NOOP("ReconcileDialog", "date"),
    "status": QT_TRANSLATE_NOOP("ReconcileDialog", "status"),
    "number": QT_TRANSLATE_NOOP("ReconcileDialog", "e-Otinish number"),
}
PROBLEMS = {
    "date_unreadable": QT_TRANSLATE_NOOP("ReconcileDialog", "The date cannot be read"),
    "number_format": QT_TRANSLATE_NOOP("ReconcileDialog", "Not an e-Otinish number"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReconcileDialog", text)


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], checkable: bool = False) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if checkable and c == 0:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            table.setItem(r, c, item)


def _day(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


class ReconcileDialog(QDialog):
    """With a task runner the file is read and compared off the UI thread (a
    register of a year can be large); without one (tests), at once."""

    def __init__(self, user, parent=None, today: dt.date | None = None, runner=None):
        super().__init__(parent)
        self.user, self.today, self.runner = user, today, runner
        self.sheet = None
        self.result = None
        self.setWindowTitle(self.tr("Reconciliation with e-Otinish"))
        self.setObjectName("reconcile_dialog")
        self.choose = QPushButton(self.tr("Choose the register (XLSX or CSV)…"))
        self.choose.setObjectName("choose_file")
        self.choose.clicked.connect(self._on_choose)
        self.file_label = QLabel(self.tr("Export the register of appeals from e-Otinish for a period, or "
                                         "take any spreadsheet with one appeal per row."))
        self.file_label.setObjectName("file_info")
        self.file_label.setWordWrap(True)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)   # a file's name is never markup
        self.combos: dict[str, QComboBox] = {}
        mapping = QFormLayout()
        for name in eotinish.FIELDS:
            box = compact(QComboBox(), 20)
            box.setObjectName(f"map_{name}")
            box.currentIndexChanged.connect(lambda _=0: self._preview())
            self.combos[name] = box
            mapping.addRow(_tr(FIELD_NAMES[name]), box)
        mapping_box = QWidget()
        mapping_box.setLayout(mapping)
        self.preview = _table("preview", [_tr(FIELD_NAMES[n]) for n in eotinish.FIELDS])
        self.compare_button = QPushButton(self.tr("Compare with the journal"))
        self.compare_button.setObjectName("compare")
        self.compare_button.clicked.connect(self.compare)
        self.compare_button.setEnabled(False)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)   # details of a hostile file are never markup
        self.error.setStyleSheet("color: #b00020;")
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.links = _table("links", [self.tr("Write"), self.tr("Our number"), self.tr("Applicant"),
                                      self.tr("e-Otinish number")])
        self.ours_only = _table("ours_only", [self.tr("Our number"), self.tr("Received"), self.tr("Applicant"),
                                              self.tr("Kind"), self.tr("e-Otinish number")])
        self.theirs_only = _table("theirs_only", [self.tr("Row"), self.tr("e-Otinish number"), self.tr("Date"),
                                                  self.tr("Applicant"), self.tr("Kind")])
        self.different = _table("different", [self.tr("Our number"), self.tr("Row"), self.tr("What differs"),
                                              self.tr("Ours"), self.tr("Theirs")])
        self.problems = _table("problems", [self.tr("Row"), self.tr("Problem"), self.tr("Value")])
        self.lists = QTabWidget()
        self.lists.setObjectName("lists")
        for table, title in ((self.links, self.tr("Numbers to write")), (self.ours_only, self.tr("Ours only")),
                             (self.theirs_only, self.tr("Theirs only")), (self.different, self.tr("Different")),
                             (self.problems, self.tr("Unread cells"))):
            self.lists.addTab(table, title)
        self.confirm_button = QPushButton(self.tr("Write the checked numbers"))
        self.confirm_button.setObjectName("confirm")
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.confirm)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.choose)
        top.addWidget(self.file_label, 1)
        middle = QHBoxLayout()
        middle.addWidget(mapping_box)
        middle.addWidget(self.preview, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.compare_button)
        bottom.addStretch()
        bottom.addWidget(self.confirm_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 2)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.lists, 3)
        layout.addLayout(bottom)
        fit_size(self, 1180, 680)

    # --- the file and its columns ------------------------------------------
    def _on_choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The register exported from e-Otinish"),
                                              in_documents(""), self.tr("Spreadsheets (*.xlsx *.csv *.txt)"))
        if path:
            self.load(path)

    def _fail(self, exc) -> None:
        self.choose.setEnabled(True)
        self.compare_button.setEnabled(self.sheet is not None)
        self.error.setStyleSheet("color: #b00020;")
        if not isinstance(exc, DomainError):   # from the worker: not a coded refusal
            self.error.setText(message(DomainError("register_unreadable", detail=str(exc)[:200])))
            return
        text = message(exc)
        if exc.code == "register_link_refused" and exc.params.get("reason"):
            text += " " + message(exc.params["reason"], reg_number=exc.params.get("taken_by", ""))
        self.error.setText(text)

    def load(self, path: str) -> bool:
        """Read the file and map its columns (as saved, else guessed)."""
        self.error.clear()
        self._clear_lists()
        self.sheet = None
        self.compare_button.setEnabled(False)
        if self.runner is None:
            try:
                sheet = eotinish.read_register(path)
            except DomainError as exc:
                self._fail(exc)
                return False
            return self._loaded(path, sheet)
        self.choose.setEnabled(False)
        self.file_label.setText(self.tr("Reading the file…"))
        self.runner.run_unconnected(eotinish.read_register, path, on_done=lambda sheet: self._loaded(path, sheet),
                        on_error=self._fail)
        return True

    def _loaded(self, path: str, sheet) -> bool:
        self.choose.setEnabled(True)
        try:
            saved = eotinish.saved_mapping()
        except DomainError as exc:
            self._fail(exc)
            return False
        self.sheet = sheet
        info = self.tr("{file}: {rows} rows, columns: {columns}").format(
            file=path.replace("\\", "/").rsplit("/", 1)[-1], rows=len(sheet.rows), columns=len(sheet.headers))
        if sheet.source == "csv":
            info += " · " + self.tr("encoding {encoding}, delimiter «{delimiter}»").format(
                encoding=sheet.encoding, delimiter="Tab" if sheet.delimiter == "\t" else sheet.delimiter)
        self.file_label.setText(info)
        guessed = eotinish.guess_mapping(sheet.headers, saved)
        for name, box in self.combos.items():
            box.blockSignals(True)
            box.clear()
            box.addItem("—", "")
            for header in sheet.headers:
                box.addItem(header, header)
            box.setCurrentIndex(max(0, box.findData(guessed.get(name, ""))))
            box.blockSignals(False)
        self.compare_button.setEnabled(True)
        self._preview()
        return True

    def mapping(self) -> dict[str, str]:
        return {name: box.currentData() for name, box in self.combos.items() if box.currentData()}

    def _preview(self) -> None:
        """The first rows as they will be read with this mapping."""
        if self.sheet is None:
            return
        mapping = self.mapping()
        index = {n: self.sheet.headers.index(h) for n, h in mapping.items()}
        rows = [[row[index[n]] if n in index else "" for n in eotinish.FIELDS]
                for row in self.sheet.rows[:PREVIEW_ROWS]]
        _fill(self.preview, rows)

    # --- the comparison ----------------------------------------------------
    def _clear_lists(self) -> None:
        self.result = None
        for table in (self.links, self.ours_only, self.theirs_only, self.different, self.problems):
            table.setRowCount(0)
        self.summary.clear()
        self.confirm_button.setEnabled(False)

    def compare(self) -> bool:
        self.error.clear()
        self._clear_lists()
        if self.sheet is None:
            return False
        mapping = self.mapping()
        if "number" not in mapping and not {"name", "date"} <= mapping.keys():   # as rows_of says
            self._fail(DomainError("register_mapping_incomplete"))
            return False
        try:
            eotinish.save_mapping(self.user, mapping)
            if self.runner is None:
                self._compared(eotinish.compare(self.sheet, mapping))
                return True
        except DomainError as exc:
            self._fail(exc)
            return False
        self.compare_button.setEnabled(False)
        self.summary.setText(self.tr("Comparing with the journal…"))
        self.runner.run(eotinish.compare, self.sheet, mapping, on_done=self._compared, on_error=self._fail)
        return True

    def _compared(self, result) -> None:
        self.compare_button.setEnabled(True)
        self.result = result
        self._show(result)

    def _show(self, r) -> None:
        _fill(self.links, [["", m.ours.reg_number, m.ours.name, m.link] for m in r.links], checkable=True)
        _fill(self.ours_only, [[o.reg_number, _day(o.received_on), o.name, label(KINDS, o.kind), o.number]
                               for o in r.ours_only])
        _fill(self.theirs_only, [[str(t.line), t.number, _day(t.day), t.name, t.kind] for t in r.theirs_only])
        rows = []
        for m in r.different:
            for d in m.differences:
                ours, theirs = {
                    "kind": (label(KINDS, m.ours.kind), m.theirs.kind),
                    "date": (f"{_day(m.ours.received_on)} / {_day(m.ours.registered_on)}", _day(m.theirs.day)),
                    "status": (label(STATUSES, m.ours.status), m.theirs.status),
                    "number": (m.ours.number, m.theirs.number),
                }[d]
                rows.append([m.ours.reg_number, str(m.theirs.line), _tr(DIFFERENCES[d]), ours, theirs])
        _fill(self.different, rows)
        _fill(self.problems, [[str(p.line), _tr(PROBLEMS[p.code]), p.value] for p in r.problems])
        period = (self.tr("period {start} – {end}").format(start=_day(r.period[0]), end=_day(r.period[1]))
                  if r.period else self.tr("no dates in the register"))
        self.summary.setText(self.tr(
            "{period}: matched {matched}; numbers to write {links}; ours only {ours}; theirs only {theirs}; "
            "different {different}; unread cells {problems}.").format(
            period=period, matched=len(r.matched), links=len(r.links), ours=len(r.ours_only),
            theirs=len(r.theirs_only), different=len(r.different), problems=len(r.problems)))
        for i, count in enumerate((len(r.links), len(r.ours_only), len(r.theirs_only), len(r.different),
                                   len(r.problems))):
            base = self.lists.tabText(i).split(": ")[0]
            self.lists.setTabText(i, f"{base}: {count}")
        self.confirm_button.setEnabled(bool(r.links))

    def checked_links(self) -> list[tuple[int, str]]:
        if self.result is None:
            return []
        return [(m.ours.appeal_id, m.link) for row, m in enumerate(self.result.links)
                if self.links.item(row, 0).checkState() == Qt.CheckState.Checked]

    def confirm(self) -> bool:
        """Write the checked numbers (all or none), then compare again."""
        links = self.checked_links()
        if not links:
            return False
        try:
            written = eotinish.confirm_links(self.user, links, today=self.today)
        except DomainError as exc:
            self._fail(exc)
            return False
        self.compare()
        self.error.setText(self.tr("Numbers written: {n}.").format(n=written))
        self.error.setStyleSheet("color: #1b5e20;")
        return True
