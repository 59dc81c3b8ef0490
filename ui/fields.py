"""Form pieces several forms share: an input with its error message, the common ad formats."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

COMMON_FORMATS = ("1/24", "1/48", "2/48", "3/72", "1/∞", "1/24 native")


class FieldWithError(QWidget):
    """An input with a red message underneath that appears only while the value is wrong."""

    def __init__(self, editor: QWidget, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.message)

    def set_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.editor.setProperty("invalid", bool(text))
        self.editor.setStyleSheet("border: 1px solid #b00020;" if text else "")
