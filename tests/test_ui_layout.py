"""No text is cut at 1280×720 in either language, on any area, with the demo or an empty
database."""

import pytest

from tests.layout_check import clipped_texts
from tests.ui_helpers import make_services, make_window
from ui.help_menu import install_help
from ui.i18n import install_translators
from ui.welcome_view import mount_welcome
from ui.workers import wait_for_tasks

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("demo", [True, False], ids=["demo", "empty"])
@pytest.mark.parametrize("language", ["en", "ru"])
def test_no_text_is_clipped_at_1280x720(qtbot, qapp, tmp_path, language, demo):
    install_translators(qapp, language)
    window = make_window(qtbot, make_services(tmp_path, demo=demo))
    mount_welcome(window, demo=demo)
    install_help(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() <= 1280 and window.height() <= 720  # fits the screen it is made for
    problems = []
    for key in window.area_keys():
        window.show_area(key)
        wait_for_tasks()
        for _ in range(3):
            qapp.processEvents()
        problems += [f"{key}: {line}" for line in clipped_texts(window)]
    assert problems == []


@pytest.mark.parametrize("language", ["en", "ru"])
def test_suggestion_pane_dragged_narrow_still_shows_every_label(qtbot, qapp, tmp_path, language):
    install_translators(qapp, language)
    window = make_window(qtbot, make_services(tmp_path))
    window.resize(1280, 720)
    window.show()
    window.show_area("suggestion")
    wait_for_tasks()
    window.suggestion.splitter.setSizes([10, 2000])  # as far left as the handle goes
    qapp.processEvents()
    assert window.suggestion.splitter.sizes()[0] > 10
    assert clipped_texts(window) == []


def test_splitter_position_is_kept_across_restarts(qtbot, tmp_path):
    services = make_services(tmp_path)
    window = make_window(qtbot, services)
    window.resize(1280, 720)
    window.show()
    window.show_area("suggestion")
    splitter = window.suggestion.splitter
    splitter.setSizes([700, 500])
    moved = splitter.sizes()
    window.close()  # saves the settings

    again = make_window(qtbot, services)
    again.resize(1280, 720)
    again.show()
    again.show_area("suggestion")
    assert again.suggestion.splitter.sizes() == moved


@pytest.mark.parametrize("language", ["en", "ru"])
def test_suggestion_with_few_quotes_and_a_warning_is_not_cut(qtbot, qapp, tmp_path, language):
    """A new user's first niche: too few quotes of the format, the fallback warning, outliers."""
    from datetime import UTC, datetime
    from decimal import Decimal

    from storage import QuoteDraft

    install_translators(qapp, language)
    services = make_services(tmp_path, demo=False)
    book = services.pricebook
    day = datetime(2026, 3, 1, 12, tzinfo=UTC)
    for i, (price, feed) in enumerate(
        [(2100, 24), (1500, 24), (1000, 48), (3200, 48), (5500, None)]
    ):
        book.add(
            QuoteDraft(f"@peer_{i}xx", Decimal(price), day, reach=3000 + 997 * i,
                       niche="Крипто и финансы", feed_hours=feed)
        )  # fmt: skip
    book.add(QuoteDraft("@dollar_x", Decimal(50), day, reach=4100, currency="USD",
                        niche="Крипто и финансы"))  # fmt: skip
    own = book.save_own_channel("@my_channel", book.niches()[0].id, 20000)
    book.set_typed_reach(own.id, 24, 3000)
    window = make_window(qtbot, services)
    window.resize(1280, 720)
    window.show()
    window.show_area("suggestion")
    wait_for_tasks()
    qapp.processEvents()
    assert window.suggestion.fallback_label.isVisible()
    assert clipped_texts(window) == []
