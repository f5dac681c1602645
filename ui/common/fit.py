"""Fitting windows and forms to a 1366×768 laptop (issue 14 item 1): a size
that leaves room for the taskbar and the title bar, forms that scroll inside
while their buttons stay in view, captions and long check boxes that wrap,
combo boxes whose long options do not widen the form.  Kazakh words are
longer than Russian ones: nothing here depends on the length of a text."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

FRAME_W, FRAME_H = 16, 40   # borders and title bar around a window's client area
CAPTION_WIDTH = 240          # a caption beside its field wraps at this width
CAPTION_ABOVE_WIDTH = 440    # and one above its field at this one


def fit_size(window: QWidget, width: int, height: int) -> None:
    """Resize to ``width``×``height``, or less where the screen is smaller."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - FRAME_W)
        height = min(height, room.height() - FRAME_H)
    window.resize(width, height)


def scrolled(page: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area: the page is as wide as the view
    and a long page scrolls down (it scrolls sideways only if its fields
    cannot shrink to the view, which tests/ui/test_fits_screen.py forbids)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


def wrap_captions(form: QFormLayout, width: int = CAPTION_WIDTH) -> None:
    """Every caption of ``form`` wraps and the fields take the rest of the
    row.  A short caption stays on one line; a long one wraps at ``width``
    beside its field, or at ``CAPTION_ABOVE_WIDTH`` above it (WrapAllRows).

    The caption's width is pinned (minimum = its text up to the limit,
    maximum = the limit) because QFormLayout measures a wrapping label's
    height at its size hint's width: a caption laid out narrower than that
    would be cut at the bottom."""
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    if form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows:
        width = CAPTION_ABOVE_WIDTH
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel) and label.text():
            label.setWordWrap(True)
            label.setMinimumWidth(min(label.fontMetrics().horizontalAdvance(label.text()) + 4, width))
            label.setMaximumWidth(width)
        span = form.itemAt(row, QFormLayout.ItemRole.SpanningRole)
        whole = span.widget() if span is not None else None
        if isinstance(whole, QLabel):
            whole.setWordWrap(True)


def compact(box: QComboBox, chars: int = 16) -> QComboBox:
    """A combo box whose long options do not widen the form; its list still
    shows them whole."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(chars)
    return box


class _ClickLabel(QLabel):
    """The text of a check box: a click on it ticks the box; the row follows
    the box when it is hidden, shown, enabled or disabled."""

    def __init__(self, check: QCheckBox, row: QWidget):
        super().__init__(check.text())
        self.check, self.row = check, row
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        policy = self.sizePolicy()   # keeps the height-for-width of a wrapping label
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        self.setSizePolicy(policy)
        self.setEnabled(check.isEnabled())
        check.installEventFilter(self)

    def mouseReleaseEvent(self, event) -> None:   # noqa: N802 (Qt's name)
        if self.check.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            self.check.click()
            self.check.setFocus()
        super().mouseReleaseEvent(event)

    def eventFilter(self, obj, event) -> bool:   # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent) and self.row.parentWidget() is not None:
            self.row.setVisible(kind == QEvent.Type.ShowToParent)   # never a window of its own
        elif kind == QEvent.Type.EnabledChange:
            self.setEnabled(self.check.isEnabled())
        return False


def wrapped_check(check: QCheckBox) -> QWidget:
    """A check box whose long text wraps: the box, and its text in a label
    beside it.  A click on the text ticks the box; hiding, showing, enabling
    the box does the same to its row."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    label = _ClickLabel(check, row)
    if check.objectName():
        label.setObjectName(f"{check.objectName()}_text")
    check.setAccessibleName(check.text())
    check.setText("")
    layout.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    if check.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide) and check.isHidden():
        row.hide()
    return row


def wrapping(view: QListWidget) -> QListWidget:
    """A list whose long lines wrap rather than scroll sideways."""
    view.setWordWrap(True)
    view.setResizeMode(QListWidget.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view


def titled(title: str, widget: QWidget | None = None) -> tuple[QGroupBox, QVBoxLayout]:
    """A group box whose title wraps (a QGroupBox title never does): the
    title in a bold label at the top of the box."""
    box = QGroupBox()
    layout = QVBoxLayout(box)
    caption = QLabel(title)
    caption.setWordWrap(True)
    caption.setStyleSheet("font-weight: bold;")
    layout.addWidget(caption)
    if widget is not None:
        layout.addWidget(widget)
    return box, layout
