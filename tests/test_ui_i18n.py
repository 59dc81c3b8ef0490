"""Russian UI: the shipped translation is loaded and labels and numbers are Russian."""

import pytest
from PySide6.QtCore import QLocale, Qt

from tests.ui_helpers import make_services, make_window
from ui.i18n import TRANSLATIONS, install_translators

pytestmark = pytest.mark.gui


@pytest.fixture
def russian(qapp):
    assert install_translators(qapp, "ru") == "ru"
    yield
    install_translators(qapp, "en")


def test_compiled_translation_is_shipped():
    assert (TRANSLATIONS / "channelrate_ru.qm").stat().st_size > 1000


def test_switching_to_russian_shows_russian_labels(qtbot, tmp_path, russian):
    window = make_window(qtbot, make_services(tmp_path))
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Прайс конкурентов", "Мой канал", "Расчёт цены", "История"]
    assert window.pricebook.model.headerData(0, Qt.Orientation.Horizontal) == "Канал"
    window.show()
    window.show_area("suggestion")
    assert "Почему такая цена" in window.suggestion.steps_label.text() or (
        window.suggestion.suggestion is None
    )
    assert window.suggestion.basis.itemText(0) == "среднее"
    assert QLocale().toString(1500.5, "f", 1) == "1\u00a0500,5"
    form = window.pricebook.add_quote()
    form.price.setText("дорого")
    assert form.price_field.message.text().startswith("Цена — положительное число")
    form.reject()


def test_language_setting_is_read_from_settings(qapp, tmp_path):
    from ui import settings

    store = settings.open_settings()
    settings.LANGUAGE.write(store, "ru")
    assert settings.LANGUAGE.read(store) == "ru"
    assert str(tmp_path) in settings.settings_path()
