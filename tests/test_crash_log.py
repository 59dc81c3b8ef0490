"""Start-up that leaves a trace: the log file in the data folder, secrets kept out of it, and an
error nobody caught written there and told to the user in a dialog, the app still running."""

import logging
import os
import stat
import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import main
from storage import logfile
from storage.paths import data_dir
from ui.crash import crash_hooks
from ui.dialogs import DialogService

API_HASH = "0123456789abcdef0123456789abcdef"


class RecordingDialogs(DialogService):
    """Records the crash message instead of showing it; ``fail`` makes showing it raise."""

    def __init__(self, fail: bool = False):
        self.crashes: list[tuple[str, str, object]] = []
        self.fail = fail
        self.close_dialog = None

    def crash(self, parent, title, text, log_file, closed):
        self.crashes.append((title, text, log_file))
        self.close_dialog = closed
        if self.fail:
            raise RuntimeError("no screen to show it on")


def log_text() -> str:
    return logfile.log_path().read_text(encoding="utf-8")


def fail_in_a_slot(message: str = "the figure went wrong") -> None:
    """An error in a slot Qt calls, as a bug in a widget would raise it."""

    def slot():
        raise ValueError(message)

    QTimer.singleShot(0, slot)


@pytest.mark.skipif(os.name != "posix", reason="permission bits exist where the system has modes")
def test_the_log_file_is_owner_only_in_the_data_folder(tmp_path):
    with logfile.logging_to_data_folder() as path:
        logging.getLogger("ui.test").warning("a warning")
    assert path == data_dir() / "channelrate.log"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "a warning" in path.read_text(encoding="utf-8")


@pytest.mark.skipif(os.name != "posix", reason="permission bits exist where the system has modes")
def test_a_rolled_over_log_stays_owner_only(tmp_path, monkeypatch):
    monkeypatch.setattr(logfile, "MAX_BYTES", 400)
    with logfile.logging_to_data_folder() as path:
        for line in range(20):
            logging.getLogger("ui.test").warning("line %d of a long session", line)
    older = path.with_name("channelrate.log.1")
    assert older.exists() and path.exists()
    assert not path.with_name("channelrate.log.4").exists()  # three older files are kept
    assert {stat.S_IMODE(p.stat().st_mode) for p in (path, older)} == {0o600}


def test_secrets_passed_to_a_log_call_stay_out_of_the_file(tmp_path):
    logfile.remember_secret("48213")  # a login code the user typed
    with logfile.logging_to_data_folder():
        log = logging.getLogger("tgclient.test")
        log.error("signing in with api_hash=%s failed", API_HASH)
        log.error("phone +7 999 123-45-67 and code 48213 refused")
        try:
            raise RuntimeError(f"hash {API_HASH.upper()} rejected")
        except RuntimeError:
            log.exception("in a traceback too")
    text = log_text()
    assert API_HASH not in text and API_HASH.upper() not in text
    assert "999 123" not in text and "48213" not in text
    assert text.count(logfile.HIDDEN) == 4
    assert "signing in with api_hash=<hidden> failed" in text  # the rest of the line stays


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_qt_slot_is_logged_and_shown_and_the_app_goes_on(qtbot, tmp_path):
    dialogs = RecordingDialogs()
    with logfile.logging_to_data_folder() as path, crash_hooks(path, dialogs):
        fail_in_a_slot()
        qtbot.waitUntil(lambda: bool(dialogs.crashes))
        alive = []
        QTimer.singleShot(0, lambda: alive.append(True))  # the event loop still runs
        qtbot.waitUntil(lambda: bool(alive))
    assert "Traceback" in log_text() and "ValueError: the figure went wrong" in log_text()
    [(title, text, log_file)] = dialogs.crashes
    assert title == "ChannelRate ran into a problem"
    assert log_file == path and str(path) in text
    assert "What you saved is safe" in text and "(ValueError)" in text


@pytest.mark.qt_no_exception_capture
def test_the_same_failure_again_or_during_the_message_is_only_logged(qtbot, tmp_path):
    dialogs = RecordingDialogs()
    with logfile.logging_to_data_folder() as path, crash_hooks(path, dialogs):
        fail_in_a_slot("first")
        qtbot.waitUntil(lambda: bool(dialogs.crashes))
        for _ in range(3):  # a paint that always fails must not stack dialogs
            fail_in_a_slot("again")
        qtbot.wait(50)
        assert len(dialogs.crashes) == 1
        dialogs.close_dialog()
        fail_in_a_slot("once more")  # the same place, after the message was closed
        qtbot.wait(50)
    assert len(dialogs.crashes) == 1
    assert log_text().count("Unexpected error") == 5


@pytest.mark.qt_no_exception_capture
def test_a_failing_dialog_is_logged_without_a_second_dialog(qtbot, tmp_path):
    dialogs = RecordingDialogs(fail=True)
    with logfile.logging_to_data_folder() as path, crash_hooks(path, dialogs):
        fail_in_a_slot()
        qtbot.waitUntil(lambda: bool(dialogs.crashes))
        qtbot.wait(50)
    assert len(dialogs.crashes) == 1
    assert "The error message could not be shown" in log_text()
    assert "RuntimeError: no screen to show it on" in log_text()


def test_an_error_in_a_thread_is_shown_on_the_ui_thread(qtbot, tmp_path):
    dialogs = RecordingDialogs()
    shown_on = []
    original = dialogs.crash
    dialogs.crash = lambda *a: (shown_on.append(threading.current_thread()), original(*a))
    with logfile.logging_to_data_folder() as path, crash_hooks(path, dialogs):
        worker = threading.Thread(target=lambda: 1 / 0, name="figures")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(dialogs.crashes))
    assert shown_on == [threading.main_thread()]
    assert "Unexpected error in thread figures" in log_text()
    assert "ZeroDivisionError" in log_text()


def test_the_message_offers_the_log_folder_and_copies_the_path(qtbot, tmp_path):
    path = tmp_path / "data" / "channelrate.log"
    closed = []
    DialogService().crash(
        None, "ChannelRate ran into a problem", "text", path, lambda: closed.append(1)
    )
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
    assert box.isVisible()  # shown without waiting for an answer
    labels = {button.text(): button for button in box.buttons()}
    assert {"Open log folder", "Copy path"} <= set(labels)
    labels["Copy path"].click()
    assert QApplication.clipboard().text() == str(path)
    qtbot.waitUntil(lambda: bool(closed))


def test_start_up_writes_the_log_and_gives_the_hooks_back(qapp, tmp_path):
    hooks = sys.excepthook, threading.excepthook
    argv = ["--demo", "--screenshot", str(tmp_path / "x.png"), "--lang", "en"]
    assert main.run(argv) == 0
    assert "ChannelRate starting" in log_text()
    assert (sys.excepthook, threading.excepthook) == hooks
    assert not [
        h for h in logging.getLogger().handlers if isinstance(h, logfile.PrivateRotatingFileHandler)
    ]
