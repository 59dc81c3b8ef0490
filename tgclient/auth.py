"""Signing the Telegram service in and out: the API pair, the session file, code, password, QR."""

from __future__ import annotations

import logging
import re
from datetime import datetime
from pathlib import Path

from storage.fileperms import tighten_file
from storage.logfile import remember_secret
from tgclient import session as sessions
from tgclient.credentials import (
    ApiCredentials,
    CredentialsError,
    delete_credentials,
    load_credentials,
    save_credentials,
)
from tgclient.errors import PhoneInvalid, TelegramError
from tgclient.records import Account
from tgclient.state import State

log = logging.getLogger(__name__)

_PHONE_NOISE = re.compile(r"[\s\-().]")


def normalise_phone(text: str) -> str:
    """ "+7 (999) 123-45-67" → "+79991234567"; raises :class:`PhoneInvalid` if it cannot be one."""
    phone = _PHONE_NOISE.sub("", text or "")
    if phone.startswith("00"):
        phone = "+" + phone[2:]
    digits = phone.removeprefix("+")
    if not digits.isdigit() or not 7 <= len(digits) <= 15:
        raise PhoneInvalid(text)
    return "+" + digits


class AuthMethods:
    """Credentials, session and sign-in of :class:`tgclient.service.TelegramService`."""

    # --- configuration ---------------------------------------------------------------------

    @property
    def session_file(self) -> Path:
        return sessions.session_path(self._data_folder)

    def credentials(self) -> ApiCredentials | None:
        """The API id / hash in use (typed this run, environment, or saved), or None; a saved
        or environment pair that cannot be right leaves its error in ``credentials_error``."""
        if self._credentials is None:
            try:
                self._credentials = load_credentials(self._data_folder)
                self.credentials_error = None
            except CredentialsError as error:
                self.credentials_error = error
        return self._credentials

    @property
    def credentials_problem(self) -> str | None:
        """Why the saved or environment pair cannot be used (English, for the log), or None."""
        return str(self.credentials_error) if self.credentials_error is not None else None

    def set_credentials(self, credentials: ApiCredentials, remember: bool = True) -> None:
        """Use this API pair from now on; ``remember`` saves it (0600) for the next start."""
        if remember and credentials.source != "environment":
            save_credentials(credentials, self._data_folder)
        self._credentials = credentials
        self.credentials_error = None
        self._drop_gateway()
        self._refresh_state_offline()

    def forget_credentials(self) -> None:
        delete_credentials(self._data_folder)
        self._credentials = None
        self._drop_gateway()
        self._refresh_state_offline()

    def has_session(self) -> bool:
        return sessions.has_session(self.session_file)

    # --- sign-in ---------------------------------------------------------------------------

    async def send_code(self, phone: str) -> None:
        """Ask Telegram to send a login code to ``phone`` (in the app, or by SMS)."""
        phone = normalise_phone(phone)
        remember_secret(phone)  # never in the log, however an error quotes it
        await self.connect()
        self._phone_code_hash = await self._get_gateway().send_code(phone)
        self._phone = phone

    async def resend_code(self) -> None:
        if self._phone is None:
            raise PhoneInvalid("no phone number yet")
        self._phone_code_hash = await self._get_gateway().send_code(self._phone)

    async def sign_in_code(self, code: str) -> Account:
        """Sign in with the code; raises :class:`PasswordNeeded` when 2FA is on."""
        if self._phone is None or self._phone_code_hash is None:
            raise PhoneInvalid("request a code first")
        code = re.sub(r"\D", "", code or "")
        remember_secret(code)
        account = await self._get_gateway().sign_in_code(self._phone, code, self._phone_code_hash)
        return self._on_signed_in(account)

    async def sign_in_password(self, password: str) -> Account:
        remember_secret(password)
        account = await self._get_gateway().sign_in_password(password)
        return self._on_signed_in(account)

    async def qr_login(self) -> ServiceQrLogin:
        await self.connect()
        return ServiceQrLogin(self, await self._get_gateway().qr_login())

    def _on_signed_in(self, account: Account) -> Account:
        self.account = account
        self._phone = self._phone_code_hash = None
        tighten_file(self.session_file)
        self._set_state(State.READY)
        self.start_schedule()
        return account

    async def log_out(self) -> None:
        """End the session on Telegram (if reachable) and delete the session file. Data stays."""
        self.stop_schedule()
        await self.cancel()
        gateway = self._gateway
        if gateway is not None:
            try:
                if self._connected:
                    await gateway.log_out()
            except TelegramError as error:
                log.info("Log out on Telegram failed: %s", type(error).__name__)
            await gateway.disconnect()
        self._gateway = None
        self._connected = False
        self.account = None
        sessions.delete_session(self.session_file)
        self._refresh_state_offline()


class ServiceQrLogin:
    """A QR login whose success signs the service in, like a code login does."""

    def __init__(self, service: AuthMethods, qr) -> None:
        self._service = service
        self._qr = qr

    @property
    def url(self) -> str:
        return self._qr.url

    @property
    def expires(self) -> datetime:
        return self._qr.expires

    async def wait(self, timeout: float | None = None) -> Account:
        """Until scanned; raises QrExpired on time-out and PasswordNeeded when 2FA is on."""
        account = await self._qr.wait(timeout)
        return self._service._on_signed_in(account)

    async def recreate(self) -> None:
        await self._qr.recreate()
