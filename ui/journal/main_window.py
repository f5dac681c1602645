"""The main window: the journal of appeals with quick filters and search."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import office
from app.errors import DomainError
from app.rules import QuickFilter, Role
from ui import i18n
from ui.admin.backups_dialog import BackupsDialog
from ui.admin.calendar_dialog import CalendarDialog
from ui.admin.settings_dialog import SettingsDialog
from ui.admin.users_dialog import UsersDialog
from ui.case.appeal_card import AppealCardDialog
from ui.common.fit import fit_size
from ui.common.labels import FILTERS, ROLES, label
from ui.common.messages import message, show_error
from ui.common.positions import position
from ui.complaint.register import ComplaintRegisterDialog
from ui.eotinish.outage import OutageControls
from ui.eotinish.reconcile_dialog import ReconcileDialog
from ui.intake.registration_dialog import RegistrationDialog
from ui.intake.talon_dialog import TalonDialog
from ui.journal import menus
from ui.journal.control_panel import ControlPanel
from ui.journal.empty_note import EmptyNote
from ui.journal.journal_model import ID_ROLE, JournalTableModel
from ui.journal.notice import RegistrationNotice
from ui.journal.print_dialog import JournalPrintDialog
from ui.journal.reminder import Reminder
from ui.reception.window import ReceptionWindow

SUBSTANCE = 4   # the journal's column of the substance


# The columns' order changed with issue 14 (the substance last, so the essential
# columns fit 1366 px): a header saved before under "main/header" is not restored.
HEADER_KEY = "main/header-v2"

class MainWindow(QMainWindow):
    """The journal of one logged-in user.  ``log_out_requested`` and
    ``exit_requested`` come from the Session menu; ``closed`` once it has
    closed (its layout saved), however it was closed."""

    log_out_requested = Signal()
    exit_requested = Signal()
    language_changed = Signal()   # Settings chose another interface language: every window anew
    closed = Signal()

    def __init__(self, user, today: dt.date | None = None, parent=None, runner=None):
        super().__init__(parent)
        self.user = user
        self.setWindowTitle(self.tr("Zholdanym: journal of appeals"))
        self.model = JournalTableModel(office.load_calendar(), today, self)
        self.model.failed.connect(self._on_query_failed)
        self.view = QTableView()
        self.view.setObjectName("journal")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        vh = self.view.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)   # never measure a million rows
        vh.setDefaultSectionSize(24)
        vh.hide()
        for column, width in enumerate((100, 115, 95, 170, 280, 140, 130, 85, 90)):
            self.view.setColumnWidth(column, width)
        # The substance last, taking what is left: number, applicant, status, due date and
        # days left stay in view on a 1366 px screen beside the deadline panel (issue 14).
        self.view.horizontalHeader().moveSection(SUBSTANCE, self.model.columnCount() - 1)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)   # a long title ends in "…"
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.doubleClicked.connect(self._on_open)
        # Enter opens the selected card, as a double click does (keyboard-first desk, issue 14).
        self.open_action = QAction(self.view)
        self.open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_action.triggered.connect(self._on_open)
        self.view.addAction(self.open_action)
        self.empty_note = EmptyNote(self.view)   # "nothing found for «…»" over an empty journal
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search: number, applicant's name, IIN/BIN"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)   # never crushed by the filter buttons (1366 px, Kazakh)
        self._search_timer = QTimer(self, singleShot=True, interval=300)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            to_results = QAction(self.search)
            to_results.setShortcut(QKeySequence(key))
            to_results.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            to_results.triggered.connect(self._search_to_results)
            self.search.addAction(to_results)
        self.filters = QButtonGroup(self)
        bar = QHBoxLayout()
        for quick in QuickFilter:
            button = QPushButton(label(FILTERS, quick))
            button.setObjectName(f"filter_{quick}")
            button.setCheckable(True)
            button.setChecked(quick == QuickFilter.ALL)
            button.setProperty("quick", str(quick))
            self.filters.addButton(button)
            bar.addWidget(button)
        self.filters.buttonClicked.connect(lambda _: self.apply_filter())
        self.mine = QPushButton(self.tr("My cases"))
        self.mine.setObjectName("filter_mine")
        self.mine.setCheckable(True)
        self.mine.setChecked(user.role == Role.EXECUTOR)
        self.mine.toggled.connect(lambda _: self.apply_filter())
        bar.addWidget(self.mine)
        bar.addStretch()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.search)   # a row of its own: the filters fit 1366 px in Kazakh (issue 14)
        layout.addLayout(bar)
        self.outage = OutageControls(user, self)   # issue 16: e-Otinish is down; everyone sees the banner
        self.outage.failed.connect(self._on_query_failed)
        layout.addWidget(self.outage.banner)
        self.notice = RegistrationNotice()   # after a registration: number, due date, what is missing
        layout.addWidget(self.notice)
        layout.addWidget(self.view)
        self.setCentralWidget(central)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addWidget(QLabel(f"{user.full_name} · {label(ROLES, user.role)}"))
        self.panel = ControlPanel(user, today, self, runner)
        self.panel.open_appeal.connect(self.open_card)
        self.panel.failed.connect(self._on_query_failed)
        self.panel.refreshed.connect(self.outage.reload)   # another workstation's outage shows too
        self.outage.changed.connect(self.panel.refresh)
        dock = QDockWidget(self.tr("Control of deadlines"), self)
        dock.setObjectName("control_dock")
        dock.setWidget(self.panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.dock = dock
        self.reminder = Reminder(self.panel, self)
        self.today = today
        self._build_actions()
        self.apply_filter()
        # The journal paints first; the lists follow on their worker.
        self._lists_soon = QTimer(self, singleShot=True, interval=200 if runner is not None else 0)
        self._lists_soon.timeout.connect(self.panel.refresh)
        self._lists_soon.start()
        self._lists_timer = QTimer(self, interval=5 * 60_000)   # other workstations' changes
        self._lists_timer.timeout.connect(self.panel.refresh)
        self._lists_timer.start()
        fit_size(self, 1280, 680)   # fits 1366×768; the first start opens maximised (show_at_start)
        self._restore_layout()
        self._column_menu()

    # The window's layout is the workstation's: geometry, dock and columns come
    # back as the user left them (issue 14 item 1).
    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        self.first_start = geometry is None
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("main/state")
        if state is not None:
            self.restoreState(state)
        header = settings.value(HEADER_KEY)
        if header is not None:
            self.view.horizontalHeader().restoreState(header)

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.setValue(HEADER_KEY, self.view.horizontalHeader().saveState())

    def show_at_start(self) -> None:
        """Maximised the first time on a workstation; as left after."""
        if self.first_start:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        self.show()

    def closeEvent(self, event) -> None:   # noqa: N802 (Qt's name)
        self.save_layout()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

    def _column_menu(self) -> None:
        """The journal's header: right-click to hide or show a column."""
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)

    def column_actions(self) -> list[QAction]:
        header = self.view.horizontalHeader()
        actions = []
        for column in range(self.model.columnCount()):
            action = QAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)), self)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != 0)   # the number always stays
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
            actions.append(action)
        return actions

    def _on_header_menu(self, point) -> None:
        menu = QMenu(self)
        menu.addActions(self.column_actions())
        menu.exec(self.view.horizontalHeader().mapToGlobal(point))

    def _build_actions(self) -> None:
        tools = QToolBar(self.tr("Actions"))
        tools.setObjectName("actions")
        self.addToolBar(tools)
        specs = (
            ("register", self.tr("Register an appeal"), QKeySequence.StandardKey.New, self.register_appeal),
            ("open", self.tr("Open card"), None, self._on_open),
            ("talon", self.tr("Talon"), QKeySequence.StandardKey.Print, self._on_talon),
            ("refresh", self.tr("Refresh"), QKeySequence.StandardKey.Refresh, self.refresh_all),
            ("journal", self.tr("Journal…"), None, lambda: JournalPrintDialog(self.today, self, self.panel.runner).exec()),
            ("complaints", self.tr("Complaints…"), None, self.open_complaints),
            ("reception", self.tr("Reception…"), None, self.open_reception),
            ("calendar", self.tr("Calendar"), None, self._on_calendar),
            ("users", self.tr("Users"), None, lambda: self._open(UsersDialog)),
            ("backups", self.tr("Backups…"), None, lambda: self._open(BackupsDialog)),
            ("settings", self.tr("Settings"), None, self._on_settings),
        )
        self.actions_by_name = {}
        for name, text, shortcut, slot in specs:
            action = QAction(text, self)
            action.setObjectName(f"action_{name}")
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(lambda _=False, s=slot: s())
            tools.addAction(action)
            self.actions_by_name[name] = action
        # Issue 16, in the Appeals menu (the toolbar is full at 1366 px): outage mode and reconciliation.
        self.actions_by_name["eotinish_outage"] = self.outage.action
        reconcile = QAction(self.tr("Reconcile with e-Otinish…"), self)
        reconcile.setObjectName("action_reconcile")
        reconcile.triggered.connect(lambda _=False: self.open_reconcile())
        self.actions_by_name["reconcile"] = reconcile
        panel = self.dock.toggleViewAction()   # the deadline panel: hidden and back with F9
        panel.setObjectName("action_panel")
        panel.setShortcut(QKeySequence(Qt.Key.Key_F9))
        tools.addAction(panel)
        self.actions_by_name["panel"] = panel
        for name, text, shortcut, signal in (
                ("log_out", self.tr("Log out / switch user…"), "Ctrl+Shift+L", self.log_out_requested),
                ("exit", self.tr("Exit"), "Ctrl+Q", self.exit_requested)):
            action = QAction(text, self)
            action.setObjectName(f"action_{name}")
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, s=signal: s.emit())
            self.addAction(action)   # the shortcut works wherever the focus is in the window
            self.actions_by_name[name] = action
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())
        self.model.modelReset.connect(self.update_actions)
        menus.build(self)
        self.update_actions()

    def update_actions(self) -> None:
        """What this user may do now: the rest greyed, the reason in the
        tooltip and the status bar (issue 14 item 4)."""
        menus.apply(self.actions_by_name, menus.states(self.user, self.selected_id() is not None))

    def quick_filter(self) -> QuickFilter:
        return QuickFilter(self.filters.checkedButton().property("quick"))

    def apply_filter(self) -> None:
        criteria = replace(self.model.criteria, quick=self.quick_filter(), text=self.search.text(),
                           executor_id=self.user.id if self.mine.isChecked() else None)
        try:
            self.model.refresh(criteria)
        except DomainError as exc:
            self.statusBar().showMessage(message(exc), 10000)
            return
        self.count_label.setText(self.tr("Appeals: {n}").format(n=f"{self.model.rowCount():,}".replace(",", " ")))
        self.empty_note.update_for(self.model.rowCount(), self.search.text(),
                                   [b.text() for b in (self.filters.checkedButton(), self.mine)
                                    if b.isChecked() and b.property("quick") != QuickFilter.ALL])

    def refresh_all(self) -> None:
        """The journal and the control lists, after a change to the data."""
        self.apply_filter()
        self.panel.refresh()

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def register_appeal(self) -> None:
        try:
            settings = office.get_settings()
            addressee = settings.head_position and f"{position(settings.head_position)} {settings.head_name}".strip()
        except DomainError:
            addressee = ""
        dialog = RegistrationDialog(self.user, addressee or "", parent=self, runner=self.panel.runner)
        if dialog.exec() and dialog.registered is not None:
            self.refresh_all()
            # Said without a modal box: the talon opens right after (issue 14 item 3).
            self.statusBar().showMessage(self.notice.show_registered(dialog.registered), 60000)
            self.select_appeal(dialog.registered.id)   # Enter opens its card once the talon is printed
            self.open_talon(dialog.registered.id)

    def select_appeal(self, appeal_id: int, near_top: int = 50) -> bool:
        """Select ``appeal_id`` when it is among the first rows (a new appeal
        is at the top of the journal's default order) and give the journal
        the keyboard."""
        for row in range(min(near_top, self.model.rowCount())):
            if self.model.appeal_id(row) == appeal_id:
                self.view.setCurrentIndex(self.model.index(row, 0))
                self.view.setFocus()
                return True
        return False

    def _search_to_results(self) -> None:
        """Down or Enter in the search box: to the results, the first one chosen."""
        self._search_timer.stop()
        self.apply_filter()
        if self.model.rowCount():
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, 0))
            self.view.setFocus()

    def _on_query_failed(self, exc) -> None:
        self.statusBar().showMessage(message(exc), 10000)

    def open_talon(self, appeal_id: int) -> None:
        try:
            dialog = TalonDialog(appeal_id, self.user.id, self)
        except DomainError as exc:
            show_error(self, exc)
            return
        dialog.exec()

    def _on_talon(self) -> None:
        appeal_id = self.selected_id()
        if appeal_id is not None:
            self.open_talon(appeal_id)

    def _on_open(self, *_):
        appeal_id = self.selected_id()
        if appeal_id is not None:
            self.open_card(appeal_id)

    def card_dialog(self, appeal_id: int) -> AppealCardDialog | None:
        try:
            dialog = AppealCardDialog(appeal_id, self.user, self, today=self.today,
                                      runner=self.panel.runner)
        except DomainError as exc:
            show_error(self, exc)
            return None
        dialog.talon_button.clicked.connect(lambda: self.open_talon(appeal_id))
        dialog.changed.connect(self.refresh_all)
        return dialog

    def open_reception(self) -> None:
        """Personal reception (АППК 90); a written appeal registered there
        gets its talon at once and shows in the journal."""
        try:
            window = ReceptionWindow(self.user, self.today, self)
        except DomainError as exc:
            show_error(self, exc)
            return
        window.appeal_registered.connect(lambda appeal_id: (
            self.refresh_all(), self.statusBar().showMessage(self.notice.show_appeal(appeal_id), 60000),
            self.open_talon(appeal_id)))
        window.exec()

    def open_reconcile(self) -> None:
        """Reconciliation with a register exported from e-Otinish (issue 16)."""
        dialog = ReconcileDialog(self.user, self, self.today, self.panel.runner)
        dialog.exec()
        self.refresh_all()

    def open_complaints(self) -> None:
        """The complaint register (АППК 92, 96); a double click opens the case."""
        try:
            dialog = ComplaintRegisterDialog(self)
        except DomainError as exc:
            show_error(self, exc)
            return
        dialog.open_case.connect(self.open_card)
        dialog.open_case.connect(lambda _: dialog.reload())
        dialog.exec()

    def open_card(self, appeal_id: int) -> None:
        dialog = self.card_dialog(appeal_id)
        if dialog is not None:
            dialog.exec()
            self._language_check()

    def _open(self, dialog_class) -> bool:
        """Open an administration dialog; a database failure is explained."""
        try:
            dialog_class(self.user, self).exec()
        except DomainError as exc:
            show_error(self, exc)
            return False
        return True

    def _on_calendar(self) -> None:
        if self._open(CalendarDialog):
            try:
                self.model.set_calendar(office.load_calendar())
                self.panel.refresh()
            except DomainError as exc:
                show_error(self, exc)

    def _on_settings(self) -> None:
        self._open(SettingsDialog)
        self._language_check()

    def _language_check(self) -> None:
        """Settings saved another language (from the menu, or from a refusal
        that opened them inside a card): every window anew in it."""
        if i18n.saved_language() != i18n.current_language():
            self.language_changed.emit()
