"""The sign-in dialog driven like a user would, on the fake Telegram."""

import stat
from datetime import timedelta

import pytest
from fake_telegram import FakeTelegramClient, fake_service, flood_wait, no_network, qt_loop  # noqa: F401
from PySide6.QtCore import Qt
from telethon import errors

from storage import Storage, open_database
from storage.fileperms import has_unix_modes
from tgclient.service import State, TelegramService
from ui.signin_dialog import SignInDialog
from ui.telegram_texts import format_wait

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("qt_loop")]


@pytest.fixture
def storage(tmp_path):
    db = open_database(tmp_path / "db.sqlite3")
    yield Storage(db)
    db.close()


def open_dialog(qtbot, service):
    dialog = SignInDialog(service)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_for_page(qtbot, dialog, page):
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is page and not dialog.busy, timeout=3000)


def test_code_then_password_signs_in(qtbot, storage):
    client = FakeTelegramClient(password="cloud pass")
    service = fake_service(storage, client)
    dialog = open_dialog(qtbot, service)
    assert dialog.pages.currentWidget() is dialog.phone_page

    qtbot.keyClicks(dialog.phone_edit, "+7 999 123-45-67")
    click(qtbot, dialog.send_code_button)
    wait_for_page(qtbot, dialog, dialog.code_page)

    qtbot.keyClicks(dialog.code_edit, "12345")
    click(qtbot, dialog.sign_in_button)
    wait_for_page(qtbot, dialog, dialog.password_page)

    qtbot.keyClicks(dialog.password_edit, "cloud pass")
    with qtbot.waitSignal(dialog.signed_in, timeout=3000) as signal:
        click(qtbot, dialog.password_button)
    assert signal.args == ["Ada Admin"]
    assert dialog.pages.currentWidget() is dialog.done_page
    assert "Ada Admin" in dialog.done_label.text()
    assert service.state == State.READY
    assert dialog.password_edit.text() == ""


def test_wrong_code_shows_a_message_and_the_user_retries(qtbot, storage):
    client = FakeTelegramClient()
    service = fake_service(storage, client)
    dialog = open_dialog(qtbot, service)
    qtbot.keyClicks(dialog.phone_edit, "+79991234567")
    click(qtbot, dialog.send_code_button)
    wait_for_page(qtbot, dialog, dialog.code_page)

    qtbot.keyClicks(dialog.code_edit, "99999")
    click(qtbot, dialog.sign_in_button)
    qtbot.waitUntil(lambda: "code is wrong" in dialog.message_label.text(), timeout=3000)
    assert dialog.pages.currentWidget() is dialog.code_page
    assert dialog.code_page.isEnabled()

    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, "12345")
    with qtbot.waitSignal(dialog.signed_in, timeout=3000):
        click(qtbot, dialog.sign_in_button)
    assert service.signed_in


def test_expired_code_explains_and_resend_gets_a_new_one(qtbot, storage):
    client = FakeTelegramClient()
    service = fake_service(storage, client)
    dialog = open_dialog(qtbot, service)
    qtbot.keyClicks(dialog.phone_edit, "+79991234567")
    click(qtbot, dialog.send_code_button)
    wait_for_page(qtbot, dialog, dialog.code_page)
    client.expired_codes.add("12345")
    qtbot.keyClicks(dialog.code_edit, "12345")
    click(qtbot, dialog.sign_in_button)
    qtbot.waitUntil(lambda: "expired" in dialog.message_label.text(), timeout=3000)

    client.expired_codes.clear()
    click(qtbot, dialog.resend_button)
    qtbot.waitUntil(lambda: "new code was sent" in dialog.message_label.text(), timeout=3000)
    assert client.codes_sent == 2
    qtbot.keyClicks(dialog.code_edit, "12345")
    with qtbot.waitSignal(dialog.signed_in, timeout=3000):
        click(qtbot, dialog.sign_in_button)


def test_invalid_phone_and_flood_wait_have_their_own_messages(qtbot, storage):
    client = FakeTelegramClient()
    client.invalid_phones.add("+10000000000")
    client.fail("SendCodeRequest", flood_wait(330), at_call=2)
    service = fake_service(storage, client)
    dialog = open_dialog(qtbot, service)

    qtbot.keyClicks(dialog.phone_edit, "+1 000 000 0000")
    click(qtbot, dialog.send_code_button)
    qtbot.waitUntil(lambda: "not valid" in dialog.message_label.text(), timeout=3000)

    dialog.phone_edit.clear()
    qtbot.keyClicks(dialog.phone_edit, "+79991234567")
    click(qtbot, dialog.send_code_button)
    qtbot.waitUntil(lambda: "5 min 30 s" in dialog.message_label.text(), timeout=3000)
    assert dialog.pages.currentWidget() is dialog.phone_page


def test_credentials_are_asked_validated_and_saved_owner_only(qtbot, storage, tmp_path):
    service = TelegramService(storage, lambda *a: None, data_folder=tmp_path)
    dialog = open_dialog(qtbot, service)
    assert dialog.pages.currentWidget() is dialog.credentials_page
    assert (
        "my.telegram.org" in dialog.credentials_page.findChildren(type(dialog.done_label))[0].text()
    )

    qtbot.keyClicks(dialog.api_id_edit, "12ab")
    qtbot.keyClicks(dialog.api_hash_edit, "0123456789abcdef0123456789abcdef")
    click(qtbot, dialog.credentials_button)
    assert "whole number" in dialog.message_label.text()
    assert dialog.pages.currentWidget() is dialog.credentials_page

    dialog.api_id_edit.clear()
    qtbot.keyClicks(dialog.api_id_edit, "1234567")
    click(qtbot, dialog.credentials_button)
    assert dialog.pages.currentWidget() is dialog.phone_page
    saved = tmp_path / "telegram_api.json"
    if has_unix_modes():  # on Windows the profile folder's access list protects it
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert service.credentials().api_id == 1234567


def test_qr_login_shows_a_code_refreshes_it_and_signs_in(qtbot, storage):
    client = FakeTelegramClient()
    service = fake_service(storage, client)
    dialog = open_dialog(qtbot, service)
    click(qtbot, dialog.qr_button)
    qtbot.waitUntil(
        lambda: dialog.qr_label.pixmap() is not None and not dialog.qr_label.pixmap().isNull(),
        timeout=3000,
    )
    first = dialog.qr_url
    assert first.startswith("tg://login?token=")
    # codes now expire at once: the dialog asks for a new one and draws it
    client.qr_lifetime = timedelta(0)
    click(qtbot, dialog.qr_back_button)
    click(qtbot, dialog.qr_button)
    qtbot.waitUntil(lambda: dialog.qr_url != first, timeout=3000)
    second = dialog.qr_url
    qtbot.waitUntil(lambda: dialog.qr_url != second, timeout=5000)
    with qtbot.waitSignal(dialog.signed_in, timeout=3000):
        client.qr_scanned.set()
    assert service.state == State.READY


def settle(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.busy, timeout=3000)


def at_code_page(qtbot, storage, client):
    dialog = open_dialog(qtbot, fake_service(storage, client))
    qtbot.keyClicks(dialog.phone_edit, "+79991234567")
    click(qtbot, dialog.send_code_button)
    wait_for_page(qtbot, dialog, dialog.code_page)
    return dialog


@pytest.mark.parametrize(
    ("step", "error", "expected"),
    [
        ("send", errors.PhoneNumberFloodError(request=None), "Too many sign-in attempts"),
        ("send", errors.PhoneNumberBannedError(request=None), "banned this phone number"),
        ("resend", errors.SendCodeUnavailableError(request=None), "cannot send a new code"),
        ("sign_in", errors.PhoneNumberUnoccupiedError(request=None), "no Telegram account"),
        (
            "sign_in",
            errors.ServerError(request=None, message="INTERNAL", code=500),
            "Telegram had a problem",
        ),
        (
            "sign_in",
            errors.TimedOutError(request=None, message="Timeout", code=-503),
            "Telegram had a problem",
        ),
        ("sign_in", RuntimeError("a bug"), "Something went wrong"),
    ],
)
def test_every_failure_ends_talking_to_telegram_with_its_message(
    qtbot, storage, step, error, expected
):
    client = FakeTelegramClient()
    request = "SignInRequest" if step == "sign_in" else "SendCodeRequest"
    client.fail(request, error, at_call=2 if step == "resend" else 1)
    dialog = open_dialog(qtbot, fake_service(storage, client))
    qtbot.keyClicks(dialog.phone_edit, "+79991234567")
    click(qtbot, dialog.send_code_button)
    settle(qtbot, dialog)
    if step == "resend":
        click(qtbot, dialog.resend_button)
        settle(qtbot, dialog)
    elif step == "sign_in":
        qtbot.keyClicks(dialog.code_edit, "12345")
        click(qtbot, dialog.sign_in_button)
        settle(qtbot, dialog)
    assert expected in dialog.message_label.text()
    assert dialog.pages.currentWidget().isEnabled()


def test_enter_submits_each_page(qtbot, storage):
    client = FakeTelegramClient(password="pw")
    dialog = open_dialog(qtbot, fake_service(storage, client))
    qtbot.keyClicks(dialog.phone_edit, "+79991234567")
    qtbot.keyClick(dialog.phone_edit, Qt.Key.Key_Return)
    wait_for_page(qtbot, dialog, dialog.code_page)
    qtbot.keyClicks(dialog.code_edit, "12345")
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    wait_for_page(qtbot, dialog, dialog.password_page)
    qtbot.keyClicks(dialog.password_edit, "pw")
    with qtbot.waitSignal(dialog.signed_in, timeout=3000):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert client.codes_sent == 1 and client.requests["SignInRequest"] == 2


def test_an_empty_code_or_password_is_refused_before_asking_telegram(qtbot, storage):
    client = FakeTelegramClient(password="pw")
    dialog = at_code_page(qtbot, storage, client)
    click(qtbot, dialog.sign_in_button)
    assert dialog.message_label.text() == "Enter the code Telegram sent you."
    assert client.requests["SignInRequest"] == 0
    qtbot.keyClicks(dialog.code_edit, "12345")
    click(qtbot, dialog.sign_in_button)
    wait_for_page(qtbot, dialog, dialog.password_page)
    click(qtbot, dialog.password_button)
    assert dialog.message_label.text() == "Enter your cloud password."
    assert client.requests["SignInRequest"] == 1


def test_change_number_goes_back_to_the_phone_page(qtbot, storage):
    client = FakeTelegramClient()
    dialog = at_code_page(qtbot, storage, client)
    click(qtbot, dialog.change_phone_button)
    assert dialog.pages.currentWidget() is dialog.phone_page
    dialog.phone_edit.setText("+79990000000")
    click(qtbot, dialog.send_code_button)
    wait_for_page(qtbot, dialog, dialog.code_page)
    assert client.codes_sent == 2


@pytest.mark.parametrize(
    ("seconds", "text"), [(45, "45 s"), (60, "1 min"), (320, "5 min 20 s"), (7500, "2 h 5 min")]
)
def test_waits_read_naturally(seconds, text):
    assert format_wait(seconds) == text
