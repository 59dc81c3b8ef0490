"""What the main window may call on every tab (the ``Area`` protocol), and the status-bar word.

Each tab of :class:`ui.main_window.MainWindow` is a widget that also answers the three calls
below; an area with nothing to do for one of them implements it as a no-op, so the window never
has to ask whether a tab understands a call. Most areas are built when their tab is first shown
(``MainWindow.add_lazy_area``): until then nothing calls them, and once built they are told the
niche chosen meanwhile and read their data as any area does when shown.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QMainWindow, QWidget


@runtime_checkable
class Area(Protocol):
    """A tab of the main window."""

    def set_niche(self, niche_id: int | None) -> None:
        """The niche chosen in the toolbar (None: all niches); shown at the next ``reload``."""

    def reload(self) -> None:
        """Re-read what the area shows from storage (the data changed, or it is shown again)."""

    def shutdown(self) -> None:
        """The window is closing: stop fetches and computations started by the area."""


def show_status(widget: QWidget, text: str, timeout_ms: int = 15000) -> bool:
    """Show ``text`` in the status bar of the window holding ``widget``; False when the widget
    is not inside a main window (a bare area in a test, a closed window)."""
    window = widget.window()
    if not isinstance(window, QMainWindow):
        return False
    window.statusBar().showMessage(text, timeout_ms)
    return True
