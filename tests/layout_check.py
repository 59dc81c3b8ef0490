"""Finds text a user cannot read in full: labels, check boxes and buttons cut by their own width
or by the edge of what shows them (the window, a splitter pane, a scroll area's viewport).

Inside a scroll area only the horizontal edge counts: what is below the fold is one scroll away.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QWidget,
)


def _clipping_rect(widget: QWidget) -> tuple[QRect, bool]:
    """The rectangle (in window coordinates) that shows ``widget``, and whether it scrolls."""
    window = widget.window()
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            top_left = parent.mapTo(window, QPoint(0, 0))
            return QRect(top_left, parent.size()), True
        parent = grand
    return window.rect(), False


def clipped_texts(window: QWidget) -> list[str]:
    """One line per visible text that is elided or cut; empty when every text reads in full."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not isinstance(widget, QLabel | QAbstractButton):
            continue
        text = widget.text().strip()
        if not text or widget.width() <= 0:
            continue
        name = f"{type(widget).__name__} {text[:40]!r}"
        hint = widget.sizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed_height = widget.heightForWidth(widget.width())
            if needed_height > widget.height() + 1:
                problems.append(f"{name}: needs {needed_height} px high, has {widget.height()}")
        elif isinstance(widget, QLabel) and widget.pixmap() is not None and not text:
            continue
        else:
            if hint.width() > widget.width() + 1:
                problems.append(f"{name}: needs {hint.width()} px wide, has {widget.width()}")
            if hint.height() > widget.height() + 1:
                problems.append(f"{name}: needs {hint.height()} px high, has {widget.height()}")
        area, scrolls = _clipping_rect(widget)
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if rect.left() < area.left() - 1 or rect.right() > area.right() + 1:
            problems.append(f"{name}: cut at the side ({rect} outside {area})")
        elif not scrolls and rect.bottom() > area.bottom() + 1:
            problems.append(f"{name}: cut at the bottom ({rect} outside {area})")
    return problems
