"""Every window and dialog of the app, opened over a demo database: the
catalogue that tests/ui/test_fits_screen.py checks at 1366×768 and that
docs/screenshots.py photographs (issue 14 item 1).

``SCREENS`` maps a name to an opener; an opener takes a ``Demo`` and yields
(name, top-level widget, prepare) for each state worth looking at, where
``prepare(widget)`` (or None) runs once the widget is shown (switching a tab,
filling a field).  Nothing here calls exec(): the widgets are shown
non-modally by the caller.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from PySide6.QtWidgets import QWidget

from app import demo, engine, office
from app.rules import Role

Shot = tuple[str, QWidget, Callable[[QWidget], None] | None]


@dataclass
class Demo:
    """The demo office's users and one case of each procedure (the one with
    the longest history, so that the card and its tabs are full)."""
    today: dt.date = field(default_factory=dt.date.today)

    def user(self, login: str):
        return office.login(login, demo.DEMO_PASSWORD)

    @cached_property
    def head(self):
        return self.user("head")

    @cached_property
    def registrar(self):
        return self.user("registrar")

    @cached_property
    def admin(self):
        return self.user("admin")

    @cached_property
    def cases(self) -> dict[str, int]:
        """procedure -> appeal id."""
        from peewee import fn

        from models.entities import Appeal, ChangeLog
        counts = dict(ChangeLog.select(ChangeLog.entity_id, fn.COUNT(ChangeLog.id))
                      .where(ChangeLog.entity == "appeal").group_by(ChangeLog.entity_id).tuples())
        best: dict[str, tuple[int, int]] = {}
        for row in Appeal.select(Appeal.id):
            proc = str(engine.procedure(row.id))
            n = counts.get(row.id, 0)
            if proc not in best or n > best[proc][0]:
                best[proc] = (n, row.id)
        return {p: i for p, (_, i) in best.items()}

    def kind(self, appeal_id: int) -> str:
        from models.entities import Appeal
        return str(Appeal.get_by_id(appeal_id).kind)

    @cached_property
    def slot_day(self) -> dt.date:
        """A day with an approved reception from today on (the demo schedules next month)."""
        from app import reception
        first = self.today.replace(day=1)
        later = [s.day for s in reception.slots(first, first + dt.timedelta(days=70)) if s.day >= self.today]
        return min(later) if later else self.today

    @cached_property
    def booking(self) -> int:
        from models.entities_cases import ReceptionBooking
        return ReceptionBooking.select(ReceptionBooking.id).order_by(ReceptionBooking.id.desc()).first().id


def _tabs(widget) -> list:
    from PySide6.QtWidgets import QTabWidget
    return [t for t in widget.findChildren(QTabWidget) if t.window() is widget]


def tab(index: int, of: int = 0) -> Callable[[QWidget], None]:
    def prepare(widget):
        _tabs(widget)[of].setCurrentIndex(index)
    return prepare


def each_tab(name: str, widget: QWidget, of: int = 0) -> Iterator[Shot]:
    """The widget once per tab of its ``of``-th tab widget (built before shown)."""
    count = _tabs(widget)[of].count()
    for i in range(count):
        title = _tabs(widget)[of].tabText(i)
        yield f"{name}-{i}", widget, tab(i, of) if i else None
        del title


# --- the journal ----------------------------------------------------------
def main_window(d: Demo) -> Iterator[Shot]:
    from ui.journal.main_window import MainWindow
    yield "main-window", MainWindow(d.head, d.today), None
    yield "main-window-maximised", MainWindow(d.head, d.today), maximise


def maximise(window: QWidget) -> None:
    """Maximised; with no window manager to do it (Xvfb), the size Windows
    gives a maximised window above its taskbar."""
    from PySide6.QtWidgets import QApplication
    window.showMaximized()
    QApplication.processEvents()
    if window.size() != window.screen().availableGeometry().size():
        window.showNormal()
        window.resize(SCREEN_W, SCREEN_H - TASKBAR - TITLE_BAR)


def journal_print(d: Demo) -> Iterator[Shot]:
    from ui.journal.print_dialog import JournalPrintDialog
    yield "journal-print", JournalPrintDialog(d.today), None


# --- registration ---------------------------------------------------------
def _registration(d: Demo, kind: str | None = None, legal: bool = False):
    from ui.intake.registration_dialog import RegistrationDialog
    dialog = RegistrationDialog(d.registrar, "Ауылдық округ әкімі Жұмабеков Е. Б.")
    a = dialog.applicant.edits
    for name, text in (("surname", "Қасымова"), ("first_name", "Әлия"), ("patronymic", "Серікқызы"),
                       ("iin", "850312400128"), ("phone", "+7 701 555 12 34"),
                       ("postal_address", "Ақсу ауылы, Абай к-сі, 12"), ("org_name", "Береке")):
        a[name].setText(text)
    dialog.substance.setPlainText("Көше жарығын қалпына келтіруді сұраймын.")
    dialog.appeal_date.set_value(d.today)
    if kind is not None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    if legal:
        dialog.applicant.legal.setChecked(True)
    return dialog


def registration(d: Demo) -> Iterator[Shot]:
    yield "registration", _registration(d), None
    yield "registration-legal", _registration(d, legal=True), None
    yield "registration-complaint", _registration(d, "complaint"), None
    yield "registration-petition", _registration(d, "petition"), None
    yield "registration-duplicate", _registration(d), show_duplicates


def show_duplicates(dialog) -> None:
    """The duplicate strip with more matches than it shows rows, the longest
    rule text, and a 64.8 match chosen (its button shown)."""
    import datetime as dt

    from app.appeal import IIN_AND_NAME, NAME_SETTLEMENT_SUBSTANCE, Match
    day = dt.date(2026, 11, 16)
    matches = [Match(1, "2026-000101", day, "Қасымова Әлия Серікқызы", "returned", "", IIN_AND_NAME,
                     identifier="850312400128", attachable=True, substance="Көше жарығы"),
               *(Match(2 + i, f"2026-00020{i}", day, "Қасымова Әлия Серікқызы", "in_progress",
                       "Серікова Жанар", NAME_SETTLEMENT_SUBSTANCE, settlement="аксу", similarity=75,
                       common_words=("коше", "жарыгын", "калпына"), substance="Көше жарығы")
                 for i in range(3))]
    dialog.duplicates.show_matches(matches)


def talon(d: Demo) -> Iterator[Shot]:
    from ui.intake.talon_dialog import TalonDialog
    yield "talon", TalonDialog(d.cases["application"], d.registrar.id), None


# --- the case -------------------------------------------------------------
def card(d: Demo) -> Iterator[Shot]:
    """The card of a case of each procedure, every tab."""
    from ui.case.appeal_card import AppealCardDialog
    for proc, appeal_id in sorted(d.cases.items()):
        yield from each_tab(f"card-{proc}", AppealCardDialog(appeal_id, d.head, today=d.today))


def actions(procedure: str) -> Callable[[Demo], Iterator[Shot]]:
    """The form of every action of a procedure."""
    def opener(d: Demo) -> Iterator[Shot]:
        from app.engine.registry import REGISTRY
        from ui.case.action_dialog import ActionDialog
        appeal_id = d.cases.get(procedure)
        if appeal_id is None:
            return
        for name, action in REGISTRY.items():
            if procedure in action.applies_to:
                yield (f"action-{procedure}-{name}",
                       ActionDialog(appeal_id, str(name), d.head, d.kind(appeal_id), d.today), None)
    return opener


def document(d: Demo) -> Iterator[Shot]:
    """The form of every document template, on a case that issues it."""
    from app.documents import TEMPLATE_NAMES, templates_for
    from ui.case.document_dialog import DocumentDialog
    done = set()
    for proc in ("application", "simplified", "complaint_reviewing", "complaint_challenged", "petition"):
        appeal_id = d.cases.get(proc)
        if appeal_id is None:
            continue
        for template in templates_for(appeal_id, TEMPLATE_NAMES):
            if template not in done:
                done.add(template)
                yield f"document-{template}", DocumentDialog(appeal_id, d.head, "kk", template, d.today), None
    yield "document-preview", _preview(), _pages_drawn


def _preview():
    """The preview of an act as it will print (issue 15), on the shipped template."""
    from app import documents
    from ui.common.document_preview import DocumentPreview
    content = documents.render(documents.find("act", "kk"), documents.sample("act", "kk"))
    return DocumentPreview("Әкімшілік акт № 2026-000123/1", "act", content, "act-kk")


def _pages_drawn(preview) -> None:
    """Wait (a minute at most) for LibreOffice's pages, where it is installed."""
    import time

    from PySide6.QtWidgets import QApplication
    end = time.monotonic() + 60
    while preview.error is None and preview.image(0) is None and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


# --- complaints and reception --------------------------------------------
def complaints(d: Demo) -> Iterator[Shot]:
    from ui.complaint.register import ComplaintRegisterDialog
    dialog = ComplaintRegisterDialog()
    dialog.open_only.setChecked(False)
    yield "complaints", dialog, None


def reception(d: Demo) -> Iterator[Shot]:
    from ui.reception.window import ReceptionWindow
    yield from each_tab("reception", ReceptionWindow(d.head, d.today))


def reception_dialogs(d: Demo) -> Iterator[Shot]:
    from app.reception import journal as rj
    from ui.reception.booking_dialog import BookingDialog
    from ui.reception.booking_talon import BookingTalonDialog
    from ui.reception.record_dialog import RecordDialog
    from ui.reception.slot_dialog import SlotDialog
    yield "booking", BookingDialog(d.registrar, d.slot_day, d.today), None
    yield "booking-talon", BookingTalonDialog(d.booking), None
    yield "reception-record", RecordDialog(d.head, rj.from_booking(d.booking)), None
    yield "slot", SlotDialog(d.registrar, d.slot_day), None


# --- reports ---------------------------------------------------------------
def reports(d: Demo) -> Iterator[Shot]:
    """The head's dashboard (issue 16 item 2): its charts and its figures."""
    from ui.dashboard.window import DashboardWindow
    window = DashboardWindow(d.head, d.today)
    yield "dashboard", window, _dashboard_read
    second = DashboardWindow(d.head, d.today)
    yield "dashboard-figures", second, lambda w: (_dashboard_read(w), w.tabs.setCurrentIndex(1))


def _dashboard_read(window) -> None:
    import time

    from PySide6.QtWidgets import QApplication
    end = time.monotonic() + 30
    while window.data is None and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def reports_window(d: Demo) -> Iterator[Shot]:
    """The reports of the last twelve months (the demo's), each table and a list of appeals."""
    from ui.reports.window import ReportsWindow

    def show_span(span: str, table: str):
        def prepare(window):
            window.span.setCurrentIndex(window.span.findData(span))
            if span == "range":
                window.date_from.set_value(d.today - dt.timedelta(days=365))
                window.date_to.set_value(d.today)
            window.show_report()
            window.select_table(table)
        return prepare
    yield "reports", ReportsWindow(d.head, d.today), show_span("range", "by_kind")
    yield "reports-outcomes", ReportsWindow(d.head, d.today), show_span("year", "by_outcome")
    yield "reports-executors", ReportsWindow(d.head, d.today), show_span("quarter", "by_executor")
    from ui.reports.exclusion_dialog import ExclusionDialog
    yield "reports-exclusion", ExclusionDialog(d.head), None


# --- administration -------------------------------------------------------
def settings(d: Demo) -> Iterator[Shot]:
    from ui.admin.settings_dialog import SettingsDialog
    yield from each_tab("settings", SettingsDialog(d.admin))


def admin(d: Demo) -> Iterator[Shot]:
    from pathlib import Path

    from ui.admin.about_dialog import AboutDialog
    from ui.admin.backups_dialog import BackupsDialog
    from ui.admin.calendar_dialog import CalendarDialog
    from ui.admin.users_dialog import UsersDialog
    yield "users", UsersDialog(d.admin), None
    yield "backups", BackupsDialog(d.admin), None
    yield "calendar", CalendarDialog(d.admin), None
    log = Path("C:/Users/registrar.akimat/AppData/Local/Zholdanym/logs/zholdanym.log")   # a long one, as on Windows
    yield "about", AboutDialog(log_path=log), None


def start(d: Demo) -> Iterator[Shot]:
    from PySide6.QtWidgets import QApplication

    from ui.admin.first_run_dialog import FirstRunDialog
    from ui.admin.login_dialog import LoginDialog
    from ui.admin.password_dialog import PasswordDialog
    hint = QApplication.translate("Startup", "Demo users: admin, registrar, executor, executor2, head, deputy; "
                                  "password {pw}").format(pw=demo.DEMO_PASSWORD)   # as ui.start gives it
    yield "login", LoginDialog(hint), None
    yield "first-run", FirstRunDialog(), None
    yield "password", PasswordDialog(d.registrar), None
    yield from connection()


def connection() -> Iterator[Shot]:
    """The first start's choice (the server's fields filled, a problem shown)
    and the office server's password asked at a start (issue 15 item 6)."""
    import tempfile
    from pathlib import Path

    from app.errors import DomainError
    from app.store import ServerConnection
    from ui.admin.connection_dialog import ConnectionDialog, ServerPasswordDialog
    folder = Path(tempfile.gettempdir()) / "Zholdanym"

    def server_chosen(dialog) -> None:
        dialog.server_choice.setChecked(True)
        for edit, text in ((dialog.host, "akimat-server.local"), (dialog.database, "zholdanym"),
                           (dialog.user, "zholdanym_ws"), (dialog.password, "secret")):
            edit.setText(text)
        dialog.errors.report(DomainError("server_unreachable", "host", port=5432), dialog.general_error)
    yield "connection", ConnectionDialog(folder / "zholdanym.sqlite", folder), None
    yield "connection-server", ConnectionDialog(folder / "zholdanym.sqlite", folder), server_chosen
    server = ServerConnection("akimat-server.local", 5432, "zholdanym", "zholdanym_ws")
    yield "server-password", ServerPasswordDialog(server, DomainError("server_password", "password")), None


def small(d: Demo) -> Iterator[Shot]:
    from PySide6.QtWidgets import QApplication

    from ui.common.reason_dialog import ReasonDialog
    title, caption = (QApplication.translate("ScheduleTab", t) for t in ("Withdraw the reception", "Why"))
    yield "reason", ReasonDialog(title, caption, lambda text: None), None   # as the schedule opens it


# --- the e-Otinish link (issue 16) ---------------------------------------
def sample_register(folder) -> str:
    """A register as e-Otinish exports it, over the demo office's appeals:
    most rows match, one has another kind, one is not ours, one of ours is
    missing, one date cannot be read."""
    from pathlib import Path

    from models.entities import Appeal
    rows = ["№ e-Otinish;Дата регистрации;ФИО / наименование заявителя;ИИН/БИН;Вид обращения;Статус"]
    appeals = list(Appeal.select().order_by(Appeal.id.desc()).limit(12))
    for i, a in enumerate(appeals[1:]):
        kind = "Жалоба" if i == 0 else "Заявление"
        number = a.eotinish_number or f"ЖТ-{a.received_at.year}-{90000000 + a.id}"
        rows.append(f"{number};{a.received_at:%d.%m.%Y};{a.applicant_display};{a.iin or a.bin};{kind};"
                    "На рассмотрении")
    rows.append("ЖТ-2026-99999999;01.12.2026;Белгісіз Адам Адамұлы;;Заявление;Исполнено")
    rows.append(";31.13.2026;Күні қате;;;")
    path = Path(folder) / "register.csv"
    path.write_text("\r\n".join(rows), encoding="utf-8-sig")
    return str(path)


def eotinish(d: Demo) -> Iterator[Shot]:
    import tempfile

    from app import eotinish as link
    from ui.eotinish.reconcile_dialog import ReconcileDialog
    from ui.journal.main_window import MainWindow
    yield "reconcile", ReconcileDialog(d.registrar, today=d.today), None
    compared = ReconcileDialog(d.registrar, today=d.today)
    compared.load(sample_register(tempfile.mkdtemp()))
    compared.compare()
    yield from each_tab("reconcile-compared", compared)
    link.start_outage(d.registrar)
    yield "main-window-outage-maximised", MainWindow(d.registrar, d.today), maximise   # as it is used all day


SCREENS: dict[str, Callable[[Demo], Iterator[Shot]]] = {
    "main_window": main_window, "journal_print": journal_print, "registration": registration,
    "talon": talon, "card": card,
    **{f"actions_{p}": actions(p) for p in ("application", "simplified", "complaint_reviewing",
                                           "complaint_challenged", "petition")},
    "document": document, "complaints": complaints, "reception": reception, "reports": reports,
    "reports_window": reports_window,
    "reception_dialogs": reception_dialogs, "settings": settings, "admin": admin, "start": start,
    "small": small, "eotinish": eotinish,
}
ROLES_USED = (Role.HEAD, Role.REGISTRAR, Role.ADMIN)


# --- what "fits 1366×768" means -------------------------------------------
SCREEN_W, SCREEN_H = 1366, 768
TASKBAR = 40                    # Windows' taskbar: 728 px are left for windows
FRAME_W, FRAME_H = 16, 40       # a window's borders and title bar around its client area
TITLE_BAR = 31                  # a maximised window keeps only its title bar
FIT_W, FIT_H = SCREEN_W - FRAME_W, SCREEN_H - TASKBAR - FRAME_H   # 1350 × 688
MIN_INPUT = 60                  # narrower, an input shows a few characters at most


def _path(widget: QWidget, top: QWidget) -> str:
    """A readable name of a widget: its object name, class and text."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel
    text = ""
    if isinstance(widget, QAbstractButton | QLabel):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    name = widget.objectName() or type(widget).__name__
    return f"{name} {text[:40]!r}" if text else name


def problems(window: QWidget, maximised: bool = False) -> list[str]:
    """What does not fit: the window itself on a 1366×768 screen (unless
    ``maximised``: the screen is its size), a button outside the window or
    cut by a parent, an input crushed below 60 px, a text cut short, a form
    that needs horizontal scrolling."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractScrollArea,
        QAbstractSpinBox,
        QCheckBox,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QPushButton,
        QRadioButton,
        QScrollArea,
        QTabBar,
        QToolBar,
    )
    out = []
    if not maximised and (window.width() > FIT_W or window.height() > FIT_H):
        out.append(f"window is {window.width()}×{window.height()}: more than {FIT_W}×{FIT_H}")
    if window.minimumSizeHint().height() > FIT_H or window.minimumSizeHint().width() > FIT_W:
        hint = window.minimumSizeHint()
        out.append(f"window cannot shrink below {hint.width()}×{hint.height()}")

    def shown(w: QWidget) -> bool:
        return w.isVisible() and w.width() > 0 and w.height() > 0

    def scrolled(w: QWidget) -> bool:
        """Inside the viewport of a scroll area or a view: reached by scrolling."""
        p = w.parentWidget()
        while p is not None and p is not window:
            if isinstance(p.parentWidget(), QAbstractScrollArea) and p is p.parentWidget().viewport():
                return True
            p = p.parentWidget()
        return False

    def clipped(w: QWidget) -> str:
        """The first ancestor (up to the window, or to a scroll area's
        viewport) that cuts ``w`` off."""
        rect = QRect(0, 0, w.width(), w.height())
        p = w.parentWidget()
        child = w
        while p is not None:
            r = QRect(child.mapTo(p, rect.topLeft()), rect.size())
            area = p.parentWidget()
            if isinstance(area, QAbstractScrollArea) and p is area.viewport():
                # Scrolled content: cut off only if a form's page is wider than its view.
                sideways = r.left() < 0 or r.right() >= p.width()
                return _path(p, window) if sideways and not isinstance(area, QAbstractItemView) else ""
            if not p.rect().contains(r):
                return _path(p, window)
            if p is window:
                return ""
            rect, child, p = r, p, p.parentWidget()
        return ""

    for w in window.findChildren(QWidget):
        if not shown(w) or w.window() is not window:
            continue
        what = _path(w, window)
        if isinstance(w, QPushButton):
            cut = clipped(w)
            if cut:
                out.append(f"button {what} cut off by {cut}")
            elif w.width() + 1 < w.sizeHint().width() and w.text():
                out.append(f"button {what} {w.width()} px < its text {w.sizeHint().width()} px")
        elif isinstance(w, QLineEdit | QComboBox | QAbstractSpinBox):
            parent = w.parentWidget()
            if isinstance(parent, QComboBox | QAbstractSpinBox):
                continue   # the editor inside a combo or a spin box
            if w.width() < MIN_INPUT:
                out.append(f"input {what} {w.width()} px wide")
            if not scrolled(w) and clipped(w):
                out.append(f"input {what} cut off by {clipped(w)}")
        elif isinstance(w, QCheckBox | QRadioButton):
            if w.width() + 1 < w.sizeHint().width():
                out.append(f"check {what} {w.width()} px < its text {w.sizeHint().width()} px")
        elif isinstance(w, QLabel) and w.text() and not isinstance(w.parentWidget(), QAbstractButton):
            if w.wordWrap():
                if w.height() + 1 < w.heightForWidth(w.width()):
                    out.append(f"label {what} {w.height()} px high < {w.heightForWidth(w.width())} px")
            elif w.width() + 1 < w.sizeHint().width():
                out.append(f"label {what} {w.width()} px < its text {w.sizeHint().width()} px")
        elif isinstance(w, QGroupBox) and w.title():
            need = w.fontMetrics().horizontalAdvance(w.title()) + 16
            if w.width() < need:
                out.append(f"group {what} {w.width()} px < its title {need} px")
        elif isinstance(w, QScrollArea) and not isinstance(w, QAbstractItemView):
            if w.horizontalScrollBar().isVisible():
                out.append(f"scroll area {what} scrolls sideways")
        elif isinstance(w, QTabBar):
            if w.width() + 1 < w.sizeHint().width():
                out.append(f"tabs {w.width()} px < {w.sizeHint().width()} px: some tab titles hidden")
        elif isinstance(w, QToolBar):
            hidden = [a.text() for a in w.actions() if a.isVisible() and not w.widgetForAction(a).isVisible()] \
                if all(w.widgetForAction(a) is not None for a in w.actions() if not a.isSeparator()) else []
            if hidden:
                out.append(f"toolbar hides {hidden}")
    return out
