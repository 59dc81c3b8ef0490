"""Work off the UI thread: results come back on the UI thread, never to a widget that is gone."""

import asyncio
import threading

import pytest
import shiboken6
from fake_telegram import qt_loop  # noqa: F401
from PySide6.QtWidgets import QLabel

from ui.workers import run_task, wait_for_tasks

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


@pytest.mark.usefixtures("qt_loop")
def test_the_price_book_fetch_callback_ignores_a_deleted_area(tmp_path):
    from ui_helpers import make_services

    from ui.pricebook_view import PriceBookArea

    area = PriceBookArea(make_services(tmp_path, demo=False))
    done = asyncio.get_event_loop().create_future()
    done.set_result([])
    shiboken6.delete(area)
    area._fetch_done(done)  # raised RuntimeError (C++ object deleted) before the guard
