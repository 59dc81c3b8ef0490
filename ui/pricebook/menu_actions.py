"""The price book's File and Edit menu actions while its area is not built yet.

A start onto another tab does not build the price book area; its menu entries are then stand-ins
with the same text, state and shortcut that build the area when their menu opens (so the menu shows
the area's own actions) or when one of them is used, and hand over to the area's action.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from ui.pricebook.area import PriceBookArea


def _stand_in_texts() -> dict[str, str]:
    """The area's action texts, from the area's own translation context."""

    def area_text(text: str) -> str:  # not named tr: the texts are catalogued with the area's
        return QCoreApplication.translate("PriceBookArea", text)

    return {
        "import_action": area_text("Import CSV/XLSX…"),
        "export_action": area_text("Export…"),
        "add_action": area_text("Add quote…"),
        "edit_action": area_text("Edit…"),
        "duplicate_action": area_text("Duplicate…"),
        "delete_action": area_text("Delete"),
        "paste_action": area_text("Paste quotes…"),
    }


# with nothing selected in a new area these start disabled, as the area's own do
_NEED_A_SELECTION = {"edit_action", "duplicate_action", "delete_action"}


def _shortcuts() -> dict[str, QKeySequence]:
    """The keys the area gives its actions (the platform's, so asked once Qt runs)."""
    return {
        "add_action": QKeySequence(QKeySequence.StandardKey.New),
        "duplicate_action": QKeySequence("Ctrl+D"),
        "delete_action": QKeySequence(QKeySequence.StandardKey.Delete),
        "paste_action": QKeySequence(QKeySequence.StandardKey.Paste),
    }


class PriceBookMenuActions:
    """The price book area's menu actions by name: the area's own once it is built, stand-ins
    (that build it) before."""

    def __init__(self, window: QWidget, area: Callable[[], PriceBookArea]):
        """``area()`` returns the area, building it if it is not built yet."""
        self._window = window
        self._area = area
        self._built: PriceBookArea | None = None
        self._stand_ins: dict[str, QAction] = {}

    def action(self, name: str) -> QAction:
        """The action ``name`` (an attribute of the area, e.g. ``import_action``) for a menu."""
        if self._built is not None:
            return getattr(self._built, name)
        stand_in = QAction(_stand_in_texts()[name], self._window)
        stand_in.setObjectName(f"{name}StandIn")
        stand_in.setEnabled(name not in _NEED_A_SELECTION)
        keys = _shortcuts().get(name)
        if keys is not None:  # listed as the area's (Help → Keyboard shortcuts)
            stand_in.setShortcut(keys)
            if name == "add_action":  # the area's one window-wide shortcut works before it is
                self._window.addAction(stand_in)
            else:  # the others act in the area's table only: none before the area exists
                stand_in.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        stand_in.triggered.connect(lambda _checked=False, n=name: self._use(n))
        self._stand_ins[name] = stand_in
        return stand_in

    def build_when_shown(self, menu: QMenu) -> None:
        """Opening ``menu`` builds the area first, so the menu lists the area's own actions."""
        menu.aboutToShow.connect(self._area)

    def area_built(self, area: PriceBookArea) -> None:
        """Put the area's own actions where the stand-ins are, and drop the stand-ins."""
        self._built = area
        for name, stand_in in self._stand_ins.items():
            for holder in stand_in.associatedObjects():
                if isinstance(holder, QWidget):
                    if holder is not self._window:
                        holder.insertAction(stand_in, getattr(area, name))
                    holder.removeAction(stand_in)
            stand_in.deleteLater()
        self._stand_ins.clear()

    def _use(self, name: str) -> None:
        getattr(self._area(), name).trigger()
