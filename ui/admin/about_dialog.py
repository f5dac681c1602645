"""About Zholdanym (issue 15 item 5): the version, the database schema in
use and the newest this build knows, the data folder, the log file, the
database in use (a PostgreSQL URL without its password), the Qt and Python
versions and the edition of the Code; each line selectable, and "Copy" puts
them all on the clipboard as plain text for a support request."""
from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from app import store
from ui.common import crash


class AboutDialog(QDialog):
    def __init__(self, parent=None, log_path: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Zholdanym"))
        self.facts = store.about()
        self.log_path = log_path if log_path is not None else crash.LOG_PATH
        self.lines = self._lines()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.values: dict[str, QLabel] = {}
        for key, caption, value in self.lines:
            label = QLabel(value)
            label.setObjectName(f"about_{key}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            label.setWordWrap(True)
            label.setMinimumWidth(480)
            self.values[key] = label
            form.addRow(caption + ":", label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("about_copy")
        self.copy_button.setToolTip(self.tr("Copy these lines as plain text, for a support request"))
        self.copy_button.clicked.connect(self.copy)
        self.folder_button = None
        if self.facts.data_folder is not None:   # a PostgreSQL office keeps its data on the server
            self.folder_button = buttons.addButton(self.tr("Open data folder"), QDialogButtonBox.ButtonRole.ActionRole)
            self.folder_button.setObjectName("about_open_folder")
            self.folder_button.clicked.connect(self.open_folder)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>Zholdanym {self.facts.version}</b>")
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _lines(self) -> list[tuple[str, str, str]]:
        """(key, caption, value) for each line shown and copied."""
        f = self.facts
        none = self.tr("none")
        schema = self.tr("{current} (the newest this version knows: {newest})").format(
            current=f.schema if f.schema is not None else none, newest=f.newest_schema)
        lines = [
            ("version", self.tr("Version"), f.version),
            ("schema", self.tr("Database schema"), schema),
            ("database", self.tr("Database"), f.database or none),
        ]
        if f.data_folder is not None:
            lines.append(("folder", self.tr("Data folder"), str(f.data_folder)))
        lines += [
            ("log", self.tr("Log file"), str(self.log_path) if self.log_path is not None else none),
            ("qt", "Qt", f"{qVersion()} (PySide6 {pyside_version})"),
            ("python", "Python", f"{platform.python_version()} ({platform.platform()})"),
            ("law", self.tr("Law"), self.tr(
                "Administrative Procedural-Process Code of the Republic of Kazakhstan (АППК), "
                "as amended to {date}").format(date=f.law_edition.strftime("%d.%m.%Y"))),
        ]
        return lines

    def text(self) -> str:
        """All the lines, as plain text."""
        return "\n".join([f"Zholdanym {self.facts.version}"]
                         + [f"{caption}: {value}" for _, caption, value in self.lines])

    def copy(self) -> None:
        QApplication.clipboard().setText(self.text())
        self.copy_button.setText(self.tr("Copied"))

    def open_folder(self) -> None:
        if self.facts.data_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.facts.data_folder)))
