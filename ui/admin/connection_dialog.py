"""Where the office's data is (issue 15 item 6): the first start's choice
between this computer only (SQLite) and the office server (PostgreSQL), and
the password asked at a start when the credential store has none or the
server refused it.  Connections are tested off the UI thread; each problem
is shown next to its field, in the user's language, the values kept."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError, ValidationErrors
from app.store import (
    ServerConnection,
    StartTarget,
    check_server,
    forget_connection,
    load_connection,
    save_connection,
    server_connection,
    store_available,
    store_password,
)
from ui.common.fit import fit_size, scrolled, wrap_captions
from ui.common.form_errors import FieldErrors, error_label
from ui.common.messages import message
from ui.common.tasks import TaskRunner

OK_STYLE = "color: #1b5e20;"


def report(errors: FieldErrors, exc: Exception, general: QLabel) -> None:
    """A problem next to its field (once); what belongs to no field of the form below it."""
    if not isinstance(exc, DomainError):
        exc = DomainError("server_error", detail=str(exc))
    if isinstance(exc, ValidationErrors):
        errors.report(exc, general)
    else:
        general.setText("\n".join(errors.show(exc)))


def _wrapped(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class ConnectionDialog(QDialog):
    """The choice; ``target`` (a StartTarget) once accepted.  Choosing the
    server stores the connection (server.json) and the password (the
    credential store); choosing this computer forgets a stored server."""

    def __init__(self, sqlite_path: Path, folder: Path, server: ServerConnection | None = None,
                 parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zholdanym: where the office's data is kept"))
        self.sqlite_path, self.folder = sqlite_path, folder
        self.target: StartTarget | None = None
        self.runner = TaskRunner(self)
        self.errors = FieldErrors()
        self._finish_after_test = False
        intro = _wrapped(self.tr("Choose once where this computer keeps the office's appeals. "
                                 "The office's IT person can tell which one."))
        self.local_choice = QRadioButton(self.tr("This computer only (SQLite)"))
        self.local_choice.setObjectName("local_choice")
        local_note = _wrapped(self.tr("One workstation: the data is a file on this computer, backed up "
                                      "beside it:\n{path}").format(path=sqlite_path))
        self.server_choice = QRadioButton(self.tr("The office server (PostgreSQL)"))
        self.server_choice.setObjectName("server_choice")
        server_note = _wrapped(self.tr("Several workstations share one database on the office's server. "
                                       "Type what the IT person gives you (the command \"setup-server\" "
                                       "prints it)."))
        group = QButtonGroup(self)
        group.addButton(self.local_choice)
        group.addButton(self.server_choice)
        self.server_box = QGroupBox(self.tr("The office server"))
        form = QFormLayout(self.server_box)
        self.host, self.database, self.user, self.password = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for field, caption, widget in (
                ("host", self.tr("Server (name or address)"), self.host), ("port", self.tr("Port"), self.port),
                ("database", self.tr("Database"), self.database), ("user", self.tr("User"), self.user),
                ("password", self.tr("Password"), self.password)):
            widget.setObjectName(f"server_{field}")
            self.errors.add_row(form, field, caption, widget)
        wrap_captions(form)
        store_note = self.tr("The password is kept in this computer's credential store, not in a file.") \
            if store_available() else self.tr("This computer has no credential store: the password is not "
                                              "saved anywhere and is asked at each start.")
        form.addRow(_wrapped(store_note, "store_note"))
        self.test_button = QPushButton(self.tr("Test the connection"))
        self.test_button.setObjectName("test_button")
        self.test_button.clicked.connect(lambda: self._test(finish=False))
        self.test_result = _wrapped(name="test_result")
        form.addRow(self.test_button, self.test_result)
        inner = QWidget()
        column = QVBoxLayout(inner)
        for widget in (intro, self.local_choice, local_note, self.server_choice, server_note, self.server_box):
            column.addWidget(widget)
        column.addStretch(1)
        self.general_error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolled(inner))
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        if server is not None:   # changing the stored connection: its values, the password retyped
            self.host.setText(server.host)
            self.port.setValue(server.port)
            self.database.setText(server.database)
            self.user.setText(server.user)
        (self.server_choice if server is not None else self.local_choice).setChecked(True)
        self.server_choice.toggled.connect(self._on_choice)
        self._on_choice()
        fit_size(self, 640, 660)

    def _on_choice(self) -> None:
        self.server_box.setEnabled(self.server_choice.isChecked())

    def _busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        if busy:
            self.test_result.setStyleSheet("")
            self.test_result.setText(self.tr("Connecting…"))

    def _test(self, finish: bool) -> None:
        self.errors.clear()
        self.general_error.clear()
        self.test_result.clear()
        try:
            conn = server_connection(self.host.text(), self.port.value(), self.database.text(), self.user.text())
        except DomainError as exc:
            self.errors.report(exc, self.general_error)
            return
        password = self.password.text()
        self._busy(True)
        self.runner.run_unconnected(check_server, conn, password,
                                    on_done=lambda version: self._tested(conn, password, version, finish),
                                    on_error=self._failed)

    def _failed(self, exc) -> None:
        self._busy(False)
        self.test_result.clear()
        report(self.errors, exc, self.general_error)

    def _tested(self, conn: ServerConnection, password: str, version: int, finish: bool) -> None:
        self._busy(False)
        self.test_result.setStyleSheet(OK_STYLE)
        self.test_result.setText(self.tr("The connection works: the office's database is ready "
                                         "(schema {version}).").format(version=version))
        if finish:
            forget_connection(self.folder)   # another server's password goes with its connection
            save_connection(self.folder, conn)
            store_password(conn, password)   # no store: asked at each start, written nowhere
            self.target = StartTarget(url=conn.url, password=password, server=conn, folder=self.folder)
            self.accept()

    def _on_accept(self) -> None:
        if self.server_choice.isChecked():
            self._test(finish=True)
            return
        if load_connection(self.folder) is not None:   # this computer only from now on: said by the user
            forget_connection(self.folder)
        self.target = StartTarget(url=str(self.sqlite_path), folder=self.folder)
        self.accept()

    def done(self, result: int) -> None:
        self.runner.shutdown()   # a test under way ends within its time-out
        super().done(result)


CONNECT, CHANGE, QUIT = "connect", "change", "quit"


class ServerPasswordDialog(QDialog):
    """At a start on the office server: the password, when the credential
    store has none (or there is no store), or the server's refusal, with the
    choice to type the password again, change the connection or quit.
    ``choice`` is CONNECT (``password`` works), CHANGE or QUIT."""

    def __init__(self, server: ServerConnection, problem: DomainError | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zholdanym: the office server"))
        self.server = server
        self.choice, self.password_typed = QUIT, ""
        self.runner = TaskRunner(self)
        self.errors = FieldErrors()
        where = _wrapped(self.tr("{user} on {host}, port {port}, database {database}").format(
            user=server.user, host=server.host, port=server.port, database=server.database), "server")
        if problem is not None:
            said = message(problem)
        elif store_available():
            said = self.tr("The office server's password is not in this computer's credential store yet: "
                           "type it; it will be kept there.")
        else:
            said = self.tr("This computer has no credential store, so the office server's password is not "
                           "saved: type it at each start.")
        self.problem = _wrapped(said, "problem")
        if problem is not None:
            self.problem.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setObjectName("server_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(form, "password", self.tr("Password"), self.password)
        wrap_captions(form)
        self.general_error = error_label()
        self.buttons = QDialogButtonBox()
        self.connect_button = self.buttons.addButton(self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.change_button = self.buttons.addButton(self.tr("Change the connection…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.quit_button = self.buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.connect_button.setObjectName("connect_button")
        self.change_button.setObjectName("change_button")
        self.connect_button.clicked.connect(self._connect)
        self.change_button.clicked.connect(self._change)
        self.quit_button.clicked.connect(self.reject)
        self.connect_button.setDefault(True)
        layout = QVBoxLayout(self)
        for widget in (where, self.problem):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        fit_size(self, 560, 300)

    def _connect(self) -> None:
        self.errors.clear()
        self.general_error.clear()
        password = self.password.text()
        self.buttons.setEnabled(False)
        self.runner.run_unconnected(check_server, self.server, password,
                                    on_done=lambda _: self._connected(password), on_error=self._failed)

    def _failed(self, exc) -> None:
        self.buttons.setEnabled(True)
        report(self.errors, exc, self.general_error)

    def _connected(self, password: str) -> None:
        self.buttons.setEnabled(True)
        store_password(self.server, password)   # no store: asked again at the next start
        self.choice, self.password_typed = CONNECT, password
        self.accept()

    def _change(self) -> None:
        self.choice = CHANGE
        self.reject()

    def done(self, result: int) -> None:
        self.runner.shutdown()
        super().done(result)
