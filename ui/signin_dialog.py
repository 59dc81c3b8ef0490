"""Signing in to Telegram: API id and hash, then phone → code → 2FA password, or a QR code.

The dialog never blocks: each step runs as an asyncio task on the qasync loop and the dialog is
shown with ``open()`` (``exec()`` inside a coroutine breaks qasync). Nothing typed here (phone,
code, password, API hash) is logged or kept after the dialog closes.
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tgclient import errors
from tgclient.credentials import CredentialsError, parse_credentials
from ui.telegram_texts import telegram_error_text

API_HELP_URL = "https://my.telegram.org/apps"

log = logging.getLogger(__name__)


def qr_pixmap(url: str, scale: int = 6) -> QPixmap:
    """The login URL as a QR image (segno draws it, Qt shows it)."""
    import segno

    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class SignInDialog(QDialog):
    """Credentials → phone → code → password (or QR). Emits ``signed_in`` with the name."""

    signed_in = Signal(str)

    def __init__(self, service, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self._tasks: set[asyncio.Task] = set()
        self.setWindowTitle(self.tr("Sign in to Telegram"))
        self.setMinimumWidth(460)

        self.pages = QStackedWidget()
        self.credentials_page = self._build_credentials_page()
        self.phone_page = self._build_phone_page()
        self.code_page = self._build_code_page()
        self.password_page = self._build_password_page()
        self.qr_page = self._build_qr_page()
        self.done_page = self._build_done_page()
        for page in (
            self.credentials_page,
            self.phone_page,
            self.code_page,
            self.password_page,
            self.qr_page,
            self.done_page,
        ):
            self.pages.addWidget(page)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setObjectName("signin_message")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.message_label)
        # Enter submits the page shown: its main button is the dialog's default button
        self._default_buttons = {
            self.credentials_page: self.credentials_button,
            self.phone_page: self.send_code_button,
            self.code_page: self.sign_in_button,
            self.password_page: self.password_button,
        }
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.pages.currentChanged.connect(self._update_default_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        credentials = service.credentials()
        if credentials is None:
            self.pages.setCurrentWidget(self.credentials_page)
            if service.credentials_problem:
                self._error(service.credentials_problem)
        else:
            self.pages.setCurrentWidget(self.phone_page)
        self._update_default_button()

    # --- pages -------------------------------------------------------------------------------

    def _build_credentials_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "ChannelRate reads Telegram through your own API id and hash. Open "
                '<a href="https://my.telegram.org/apps">my.telegram.org</a>, sign in with your '
                "phone, choose “API development tools”, create an application (any name) and "
                "paste its api_id and api_hash here. They stay on this computer."
            )
        )
        intro.setWordWrap(True)
        intro.setOpenExternalLinks(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.api_id_edit = QLineEdit()
        self.api_id_edit.setPlaceholderText("1234567")
        self.api_hash_edit = QLineEdit()
        self.api_hash_edit.setPlaceholderText("0123456789abcdef0123456789abcdef")
        self.api_hash_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.credentials_button = QPushButton(self.tr("Continue"))
        self.credentials_button.setDefault(True)
        self.credentials_button.clicked.connect(self._submit_credentials)
        form = QFormLayout()
        form.addRow(self.tr("API id"), self.api_id_edit)
        form.addRow(self.tr("API hash"), self.api_hash_edit)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.credentials_button, alignment=Qt.AlignmentFlag.AlignRight)
        return page

    def _build_phone_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr("Enter the phone number of your Telegram account."))
        intro.setWordWrap(True)
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText("+7 999 123-45-67")
        self.send_code_button = QPushButton(self.tr("Send code"))
        self.send_code_button.clicked.connect(self._submit_phone)
        self.qr_button = QPushButton(self.tr("Log in with a QR code instead"))
        self.qr_button.clicked.connect(self._start_qr)
        self.change_credentials_button = QPushButton(self.tr("Change API id / hash"))
        self.change_credentials_button.setFlat(True)
        self.change_credentials_button.clicked.connect(lambda: self._show(self.credentials_page))
        form = QFormLayout()
        form.addRow(self.tr("Phone"), self.phone_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_credentials_button)
        buttons.addStretch(1)
        buttons.addWidget(self.qr_button)
        buttons.addWidget(self.send_code_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return page

    def _build_code_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr("Telegram sent a login code to your Telegram app (or by SMS). Enter it here.")
        )
        intro.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("12345")
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.clicked.connect(self._submit_code)
        self.resend_button = QPushButton(self.tr("Send a new code"))
        self.resend_button.clicked.connect(self._resend_code)
        self.change_phone_button = QPushButton(self.tr("Change number"))
        self.change_phone_button.setFlat(True)
        self.change_phone_button.clicked.connect(self._change_phone)
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_phone_button)
        buttons.addWidget(self.resend_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return page

    def _build_password_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Your account has two-step verification. Enter your cloud password "
                "(not the login code)."
            )
        )
        intro.setWordWrap(True)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_button = QPushButton(self.tr("Sign in"))
        self.password_button.clicked.connect(self._submit_password)
        form = QFormLayout()
        form.addRow(self.tr("Password"), self.password_edit)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.password_button, alignment=Qt.AlignmentFlag.AlignRight)
        return page

    def _build_qr_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "On your phone open Telegram → Settings → Devices → Link Desktop Device, "
                "and scan this code."
            )
        )
        intro.setWordWrap(True)
        self.qr_label = QLabel()
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setMinimumSize(240, 240)
        self.qr_back_button = QPushButton(self.tr("Use the phone number instead"))
        self.qr_back_button.clicked.connect(self._leave_qr)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.qr_label)
        layout.addWidget(self.qr_back_button, alignment=Qt.AlignmentFlag.AlignLeft)
        return page

    def _build_done_page(self) -> QWidget:
        page = QWidget()
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_label)
        return page

    def _update_default_button(self, *_args) -> None:
        for button in self._default_buttons.values():
            button.setDefault(False)
        button = self._default_buttons.get(self.pages.currentWidget())
        if button is not None:
            button.setDefault(True)

    # --- steps -------------------------------------------------------------------------------

    def _show(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self._info("")

    def _submit_credentials(self) -> None:
        try:
            credentials = parse_credentials(self.api_id_edit.text(), self.api_hash_edit.text())
        except CredentialsError as error:
            self._error(self._credentials_error_text(error))
            return
        self.service.set_credentials(credentials, remember=True)
        self.api_hash_edit.clear()
        self._show(self.phone_page)

    def _credentials_error_text(self, error: CredentialsError) -> str:
        text = str(error)
        if "API id is empty" in text:
            return self.tr("API id is empty. Copy it from my.telegram.org → API development tools.")
        if "whole number" in text:
            return self.tr("API id must be a whole number, such as 1234567.")
        if "API hash is empty" in text:
            return self.tr(
                "API hash is empty. Copy it from my.telegram.org → API development tools."
            )
        return self.tr(
            "API hash must be 32 characters of digits and letters a–f, as shown on my.telegram.org."
        )

    def _submit_phone(self) -> None:
        async def step():
            await self.service.send_code(self.phone_edit.text())
            self._show(self.code_page)
            self.code_edit.setFocus()

        self._run(step, busy=self.phone_page)

    def _resend_code(self) -> None:
        async def step():
            await self.service.resend_code()
            self.code_edit.clear()
            self._info(self.tr("A new code was sent."))

        self._run(step, busy=self.code_page)

    def _change_phone(self) -> None:
        self.code_edit.clear()
        self._show(self.phone_page)
        self.phone_edit.setFocus()
        self.phone_edit.selectAll()

    def _submit_code(self) -> None:
        if not self.code_edit.text().strip():
            self._error(self.tr("Enter the code Telegram sent you."))
            self.code_edit.setFocus()
            return

        async def step():
            try:
                account = await self.service.sign_in_code(self.code_edit.text())
            except errors.PasswordNeeded:
                self._show(self.password_page)
                self.password_edit.setFocus()
                return
            self._finish(account)

        self._run(step, busy=self.code_page)

    def _submit_password(self) -> None:
        if not self.password_edit.text():
            self._error(self.tr("Enter your cloud password."))
            self.password_edit.setFocus()
            return

        async def step():
            password = self.password_edit.text()
            try:
                account = await self.service.sign_in_password(password)
            finally:
                self.password_edit.clear()
            self._finish(account)

        self._run(step, busy=self.password_page)

    def _start_qr(self) -> None:
        self._show(self.qr_page)
        self.qr_label.setText(self.tr("Preparing the QR code…"))
        self._run(self._qr_flow, busy=None)

    async def _qr_flow(self) -> None:
        qr = await self.service.qr_login()
        while True:
            self.qr_label.setPixmap(qr_pixmap(qr.url))
            self.qr_url = qr.url
            left = (qr.expires - datetime.now(UTC)).total_seconds()
            try:
                account = await qr.wait(timeout=max(left, 1.0))
            except errors.QrExpired:
                await qr.recreate()
                continue
            except errors.PasswordNeeded:
                self._show(self.password_page)
                return
            self._finish(account)
            return

    def _leave_qr(self) -> None:
        self._cancel_tasks()
        self._show(self.phone_page)

    def _finish(self, account) -> None:
        self.done_label.setText(self.tr("Signed in as %1.").replace("%1", account.name))
        self.pages.setCurrentWidget(self.done_page)
        self._info("")
        self.close_button.setText(self.tr("Done"))
        self.signed_in.emit(account.name)

    # --- running steps -------------------------------------------------------------------------

    def _run(self, step: Callable[[], Awaitable[None]], busy: QWidget | None) -> None:
        async def guarded():
            if busy is not None:
                busy.setEnabled(False)
            self._info(self.tr("Talking to Telegram…") if busy is not None else "")
            try:
                await step()
            except errors.TelegramError as error:
                self._error(telegram_error_text(error))
                if isinstance(error, errors.CredentialsInvalid | errors.NotConfigured):
                    self.pages.setCurrentWidget(self.credentials_page)
                if self.pages.currentWidget() is self.qr_page:
                    self.qr_label.clear()
            except Exception as error:
                # never leave the dialog on "Talking to Telegram…"
                log.error("Sign-in step failed", exc_info=error)
                self._error(telegram_error_text(errors.UnexpectedError(type(error).__name__)))
            else:
                if self.message_label.text() == self.tr("Talking to Telegram…"):
                    self._info("")
            finally:
                if busy is not None:
                    busy.setEnabled(True)

        task = asyncio.ensure_future(guarded())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _cancel_tasks(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def done(self, result: int) -> None:
        self._cancel_tasks()
        self.password_edit.clear()
        self.code_edit.clear()
        super().done(result)

    def _error(self, text: str) -> None:
        self.message_label.setProperty("kind", "error")
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.setText(text)

    def _info(self, text: str) -> None:
        self.message_label.setProperty("kind", "info")
        self.message_label.setStyleSheet("")
        self.message_label.setText(text)

    @property
    def busy(self) -> bool:
        return any(not task.done() for task in self._tasks)
