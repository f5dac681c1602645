"""The head's dashboard (issue 16 item 2): the package's face."""
from __future__ import annotations


def open_dashboard(window) -> None:
    """From the main window's menu; Qt Charts is loaded only now."""
    from ui.dashboard.window import DashboardWindow
    dialog = DashboardWindow(window.user, window.today, window, runner=window.panel.runner)
    dialog.exec()
    dialog.deleteLater()


__all__ = ["open_dashboard"]
