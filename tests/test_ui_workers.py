"""Work off the UI thread: results come back on the UI thread, never to a widget that is gone."""

import asyncio
import threading

import pytest
import shiboken6
from fake_telegram import qt_loop  # noqa: F401
from PySide6.QtWidgets import QLabel

from ui.workers import run_task, wait_for_tasks, when_task_ends

pytestmark = [pytest.mark.gui]


def test_the_result_arrives_on_the_ui_thread(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    threads = {}

    def work():
        threads["work"] = threading.current_thread()
        return 42

    def done(value):
        threads["done"] = threading.current_thread()
        label.setText(str(value))

    run_task(label, work, done, lambda error: None)
    qtbot.waitUntil(lambda: label.text() == "42", timeout=3000)
    assert threads["work"] is not threading.main_thread()
    assert threads["done"] is threading.main_thread()


def test_a_failure_arrives_as_the_exception(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    errors = []

    def work():
        raise TypeError("bad figure")

    run_task(label, work, lambda value: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert isinstance(errors[0], TypeError)


def test_nothing_is_delivered_to_a_deleted_widget_or_after_cancel(qtbot):
    gate = threading.Event()
    delivered = []
    gone = QLabel()
    run_task(gone, lambda: gate.wait(5), delivered.append, delivered.append)
    shiboken6.delete(gone)
    kept = QLabel()
    qtbot.addWidget(kept)
    task = run_task(kept, lambda: gate.wait(5), delivered.append, delivered.append)
    task.cancel()
    gate.set()
    wait_for_tasks()
    assert delivered == []


def _settle(loop) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(5):  # done callbacks run on the loop's next turns (Qt's events here)
        QApplication.processEvents()


@pytest.mark.usefixtures("qt_loop")
def test_a_finished_telegram_task_reaches_a_deleted_area_never(tmp_path):
    from ui_helpers import make_services

    from ui.pricebook.area import PriceBookArea

    loop = asyncio.get_event_loop()
    area = PriceBookArea(make_services(tmp_path, demo=False))
    calls = []
    done = loop.create_future()
    when_task_ends(done, area, calls.append, calls.append, lambda: calls.append("cancelled"))
    shiboken6.delete(area)  # the window closed while Telegram was read
    done.set_result([])
    _settle(loop)
    assert calls == []


@pytest.mark.usefixtures("qt_loop")
def test_a_finished_telegram_task_says_how_it_ended(qtbot, caplog):
    from pricing.errors import InputError
    from tgclient.errors import ConnectionFailed

    loop = asyncio.get_event_loop()
    owner = QLabel()
    qtbot.addWidget(owner)
    outcomes = []

    def watch(future, closing=None):
        when_task_ends(
            future,
            owner,
            lambda value: outcomes.append(("done", value)),
            lambda error: outcomes.append(("failed", type(error).__name__)),
            lambda: outcomes.append(("cancelled", None)),
            closing=closing,
        )
        return future

    watch(loop.create_future()).set_result(42)
    watch(loop.create_future()).set_exception(ConnectionFailed("offline"))
    watch(loop.create_future()).set_exception(ZeroDivisionError("a bug"))
    watch(loop.create_future()).set_exception(InputError("not a channel link"))
    watch(loop.create_future()).cancel()
    watch(loop.create_future(), closing=lambda: True).set_result("too late")
    _settle(loop)
    assert outcomes == [
        ("done", 42),
        ("failed", "ConnectionFailed"),
        ("failed", "ZeroDivisionError"),
        ("failed", "InputError"),
        ("cancelled", None),
    ]
    logged = [r for r in caplog.records if r.exc_info]
    assert [r.exc_info[0] for r in logged] == [ZeroDivisionError]  # the others are expected
