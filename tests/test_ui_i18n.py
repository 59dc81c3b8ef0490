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


def test_lang_option_marks_its_language_in_the_menu(qtbot, tmp_path, qapp):
    install_translators(qapp, "ru")  # as `--lang ru` does; the saved setting says "auto"
    window = make_window(qtbot, make_services(tmp_path))
    assert window.language_actions["ru"].isChecked()
    assert not window.language_actions["auto"].isChecked()


def test_qt_own_dialog_words_are_russian(qapp, russian):
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QFileDialog", "File &name:") == "&Имя файла:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"


def test_choosing_a_language_saves_it_and_offers_a_restart(qtbot, tmp_path, qapp):
    from ui import settings

    install_translators(qapp, "en")
    services = make_services(tmp_path)
    window = make_window(qtbot, services)
    with qtbot.waitSignal(window.restart_requested) as restart:
        window.language_actions["ru"].trigger()  # the fake dialogs answer "yes"
    assert restart.args == ["ru"]
    assert settings.LANGUAGE.read(services.settings) == "ru"


def test_restart_command_keeps_the_options_and_swaps_the_language():
    from ui.restart import restart_command

    argv = ["main.py", "--demo", "--lang", "en", "--tab", "suggestion", "--screenshot", "x.png"]
    assert restart_command(argv, "ru", "/usr/bin/python3", frozen=False) == (
        "/usr/bin/python3",
        ["main.py", "--demo", "--tab", "suggestion", "--lang", "ru"],
    )
    assert restart_command(["ChannelRate.exe", "--lang=en"], "auto", "C:/CR.exe", True) == (
        "C:/CR.exe",
        ["--lang", "auto"],
    )
