"""Russian UI beyond the pricing desk: the vetting screen, the Telegram panel and sign-in dialog,
and a catalogue with every string translated (a new untranslated string fails here)."""

import re
import xml.etree.ElementTree as ET

import pytest
from fake_telegram import FakeTelegramClient, fake_service, qt_loop  # noqa: F401
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QMainWindow
from ui_helpers import DEMO_NOW, services_for

from pricing.quality import INFO, STRONG, WEAK, Signal
from storage import Storage, open_database
from storage.demo import seed_demo
from ui.i18n import TRANSLATIONS, install_translators

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("qt_loop")]

TS = TRANSLATIONS / "channelrate_ru.ts"
PLACEHOLDER = re.compile(r"%L?n|%\d|\{\w*\}")
TAG = re.compile(r"</?\w+[^>]*>")
LATIN_SENTENCE = re.compile(r"\b[A-Za-z]{3,} [a-z]{3,} [a-z]{3,}\b")


@pytest.fixture
def russian(qapp):
    assert install_translators(qapp, "ru") == "ru"
    yield
    install_translators(qapp, "en")


@pytest.fixture
def storage(tmp_path):
    db = open_database(tmp_path / "ru.sqlite3")
    storage = Storage(db)
    yield storage
    db.close()


# --- the catalogue ----------------------------------------------------------------------------


def _messages():
    root = ET.parse(TS).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def _texts(message) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_every_string_is_translated():
    problems = []
    for context, message in _messages():
        source = message.findtext("source")
        translation = message.find("translation")
        kind = translation.get("type")
        if kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{context}: {source!r} is {kind}")
        texts = _texts(message)
        if message.get("numerus") == "yes" and len(texts) != 3:
            problems.append(f"{context}: {source!r} needs 3 Russian plural forms")
        if any(not text.strip() for text in texts):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)


def test_translations_keep_placeholders_and_tags():
    problems = []
    for context, message in _messages():
        source = message.findtext("source")
        for text in _texts(message):
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} → {text!r} (placeholders)")
            if sorted(TAG.findall(text)) != sorted(TAG.findall(source)):
                problems.append(f"{context}: {source!r} → {text!r} (HTML tags)")
    assert not problems, "\n".join(problems)


# --- the vetting screen -----------------------------------------------------------------------


def _vetting_area(qtbot, storage, tmp_path):
    from ui.vetting.area import VettingArea

    seed_demo(storage, now=DEMO_NOW)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    services = services_for(storage, settings=settings, clock=lambda: DEMO_NOW)
    area = VettingArea(services, services.use_cases.vetting)
    qtbot.addWidget(area)
    area.resize(1280, 800)
    return area


def test_vetting_screen_is_russian(qtbot, storage, tmp_path, russian):
    area = _vetting_area(qtbot, storage, tmp_path)
    assert area.check_button.text() == "Проверить"
    assert area.add_button.text() == "Добавить в прайс"
    assert "«Проверить»" in area.signals_label.text()
    with qtbot.waitSignal(area.checked, timeout=5000):
        area.prefill("@crypto_rocket_vip", "3000", "1/24")  # the demo's botted channel
    result = area.result
    assert result.quality.risk == "high"
    assert "подписчик" in area.channel_label.text()
    assert "просмотр" in area.reach_label.text() and "ч" in area.reach_label.text()
    assert "за 1000 просмотров" in area.cpm_label.text()
    assert "Сохранённые данные" in area.status.text() and "Telegram не настроен" in (
        area.status.text()
    )
    assert "Риск накрутки: высокий" in area.risk_label.text()
    assert "накрутку" in area.conclusion_label.text()
    signals = area.signals_label.text()
    assert "Разброс просмотров между постами" in signals and "(сильный)" in signals
    assert "купленные пакеты просмотров" in signals
    assert "Views" not in signals and "subscribers" not in signals
    assert "P25" in area.thresholds_label.text() and "дорого" in area.thresholds_label.text()
    drawn = area.draw_charts()
    assert drawn["recent"]["posts"]
    ticks = area.charts["recent"].ax.xaxis.get_major_formatter()
    assert not re.search(r"[A-Za-z]", ticks(area.charts["recent"].ax.get_xticks()[1]))


def test_vetting_without_data_and_saving_are_russian(qtbot, storage, tmp_path, russian):
    area = _vetting_area(qtbot, storage, tmp_path)
    with qtbot.waitSignal(area.checked, timeout=5000):
        area.prefill("@nobody_here", "1000", "1/24")
    risk = area.risk_label.text()
    assert "Мало данных, чтобы оценить просмотры" in risk and "низкий" not in risk
    assert "Не хватает: недавних постов канала, числа подписчиков" in risk
    assert "Войдите в Telegram" in risk and not LATIN_SENTENCE.search(risk)
    area.add_button.click()
    assert area.saved_label.text() == "Сохранено в прайс."
    with qtbot.waitSignal(area.checked, timeout=5000):
        area.check()
    assert area.saved_label.text().startswith("Уже есть в прайсе")
    area.price.setText("1100")
    assert "Форма изменилась" in area.saved_label.text()


def test_fired_signal_explanations_are_russian(qtbot, storage, tmp_path, russian):
    from ui.vetting.texts import signal_explanation

    area = _vetting_area(qtbot, storage, tmp_path)
    with qtbot.waitSignal(area.checked, timeout=5000):
        area.prefill("@crypto_rocket_vip", "3000", "1/24")
    fired = {s.key: s for s in area.result.quality.fired}
    assert {"views_cv", "first_hour", "early_flat"} <= set(fired)
    assert "Просмотры почти одинаковы" in signal_explanation(fired["views_cv"])
    assert "боты — сразу" in signal_explanation(fired["first_hour"])
    assert "В 30 постах" in signal_explanation(fired["first_hour"]) or (
        "постах" in signal_explanation(fired["first_hour"])
    )
    jump = fired.get("subscriber_jumps")
    if jump is not None:
        assert "подписчиков стало больше" in signal_explanation(jump)
        assert "2026-" not in signal_explanation(jump)  # the date in the Russian form
    for signal in area.result.quality.signals:
        text = signal_explanation(signal)
        assert text != signal.explanation, signal.key
        assert not LATIN_SENTENCE.search(text), text
        assert "%" not in text.replace(" %", ""), text  # every %1/%n filled


# Every sentence the screen can build: (key, value, threshold, fired, severity, params).
ALL_CASES = [
    ("err", None, 1.0, False, WEAK, {}),
    ("err", 1.5, 1.0, True, WEAK, {}),
    ("err", 0.3, 1.0, False, WEAK, {}),
    ("err24", None, 0.03, False, WEAK, {}),
    ("err24", 0.01, 0.03, True, WEAK, {}),
    ("err24", 0.2, 0.03, False, WEAK, {}),
    ("views_cv", None, 0.2, False, STRONG, {"posts": 3, "needed": 8}),
    ("views_cv", 0.1, 0.2, True, STRONG, {"posts": 20}),
    ("views_cv", 0.5, 0.2, False, STRONG, {"posts": 20}),
    ("views_cv", 0.18, 0.2, True, WEAK, {"posts": 20, "clear": 0.17, "barely": 1}),
    ("hollow_reach", None, 0.5, False, STRONG, {}),
    ("hollow_reach", 0.9, 0.5, True, STRONG, {"engagement": 1.2, "engagement_max": 5.0}),
    ("hollow_reach", 0.3, 0.5, False, STRONG, {"engagement": 14.0, "engagement_max": 5.0}),
    ("young_share", None, 1.0, False, WEAK, {"posts": 1, "needed": 3, "hours": 6}),
    ("young_share", 1.2, 1.0, True, WEAK, {"posts": 4, "hours": 6}),
    ("young_share", 0.6, 1.0, False, WEAK, {"posts": 3, "hours": 6}),
    (
        "engagement_slope",
        None,
        0.3,
        False,
        STRONG,
        {"posts": 4, "needed": 8, "engagement": 3, "engagement_needed": 30},
    ),
    ("engagement_slope", 1.2, 0.4, True, STRONG, {"posts": 40, "error": 0.13}),
    ("engagement_slope", 0.05, 0.3, False, STRONG, {"posts": 40, "error": 0.08}),
    (
        "engagement_slope",
        1.8,
        1.7,
        True,
        WEAK,
        {"posts": 20, "error": 0.13, "clear": 1.9, "barely": 1},
    ),
    ("day_jumps", None, 0.5, False, STRONG, {"days": 5, "needed": 8}),
    (
        "day_jumps",
        None,
        0.5,
        False,
        STRONG,
        {"days": 20, "high_days": 8, "jump": 2.4, "engagement": 12, "engagement_needed": 30},
    ),
    ("day_jumps", 0.3, 0.5, True, STRONG, {"days": 24, "high_days": 11, "jump": 3.2, "jumped": 1}),
    ("day_jumps", 0.9, 0.5, False, STRONG, {"days": 24, "high_days": 6, "jump": 2.5, "jumped": 1}),
    ("day_jumps", 0.8, 0.5, False, STRONG, {"days": 21, "high_days": 9, "jump": 1.3, "jumped": 0}),
    ("first_hour", None, 0.7, False, STRONG, {"posts": 1, "needed": 3}),
    ("first_hour", 0.9, 0.7, True, STRONG, {"posts": 21}),
    ("first_hour", 0.2, 0.7, False, STRONG, {"posts": 2}),
    ("early_flat", None, 0.5, False, STRONG, {"posts": 4, "needed": 8}),
    ("early_flat", 0.1, 0.5, True, STRONG, {"posts": 9, "early_cv": 0.05, "late_cv": 0.5}),
    ("early_flat", 0.9, 0.5, False, STRONG, {"posts": 9, "early_cv": 0.45, "late_cv": 0.5}),
    ("subscriber_jumps", None, 0.15, False, STRONG, {}),
    ("subscriber_jumps", 0.0, 0.15, False, STRONG, {"days": 2.0}),
    ("subscriber_jumps", 0.4, 0.15, True, WEAK, {"day": "2026-02-21"}),
    ("subscriber_jumps", 0.4, 0.15, True, STRONG, {"day": "2026-02-21", "reach_growth": 0.02}),
    ("subscriber_jumps", 0.4, 0.15, False, STRONG, {"day": "2026-02-21", "reach_growth": 0.3}),
    ("ad_share", None, 0.4, False, WEAK, {}),
    ("ad_share", 0.5, 0.4, True, WEAK, {"ads": 10, "posts": 20}),
    ("ad_share", 0.1, 0.4, False, WEAK, {"ads": 2, "posts": 21}),
    ("not_enough_data", 2.0, 5.0, True, INFO, {"posts": 2, "days": 30, "needed": 5}),
    (
        "not_enough_data",
        0.0,
        5.0,
        True,
        INFO,
        {"posts": 0, "days": 30, "needed": 5, "no_subscribers": 1},
    ),
]


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: f"{c[0]}-{c[1]}-{c[3]}")
def test_every_signal_sentence_has_a_russian_form(case, russian):
    from ui.vetting.texts import signal_explanation

    key, value, threshold, fired, severity, params = case
    signal = Signal(key, value, threshold, fired, severity, "ENGLISH", params)
    text = signal_explanation(signal)
    assert text != "ENGLISH"
    assert re.search("[а-яё]", text) and not LATIN_SENTENCE.search(text), text
    assert not re.search(r"%\d|%L?n", text), text


def test_russian_plural_forms_in_signal_sentences(russian):
    from ui.vetting.texts import signal_explanation

    def ads(posts):
        signal = Signal("ad_share", 0.1, 0.4, False, WEAK, "", {"ads": 1, "posts": posts})
        return signal_explanation(signal)

    assert "из 21 последнего поста" in ads(21)
    assert "из 22 последних постов" in ads(22)
    jump = Signal("subscriber_jumps", 0.0, 0.15, False, STRONG, "", {"days": 2.0})
    assert "за 2 дня" in signal_explanation(jump)


def test_a_sign_only_just_past_says_why_it_counts_as_weak(russian):
    from ui.vetting.texts import signal_explanation

    params = {"posts": 20, "clear": 0.17, "barely": 1}
    text = signal_explanation(Signal("views_cv", 0.18, 0.2, True, WEAK, "", params))
    assert "Просмотры почти одинаковы" in text
    assert "считается слабым признаком" in text and "0,17" in text
    clear = Signal("views_cv", 0.1, 0.2, True, STRONG, "", {"posts": 20, "clear": 0.17})
    assert "слабым" not in signal_explanation(clear)


def test_unknown_signal_keeps_the_english_sentence(russian):
    from ui.vetting.texts import signal_explanation

    signal = Signal("something_new", 1.0, 2.0, True, WEAK, "A new check fired.")
    assert signal_explanation(signal) == "A new check fired."
    broken = Signal("ad_share", 0.5, 0.4, True, WEAK, "Ads: 10 of 20.")  # no params
    assert signal_explanation(broken) == "Ads: 10 of 20."


# --- Telegram ---------------------------------------------------------------------------------


def test_telegram_panel_status_is_russian(qtbot, storage, russian):
    from ui.telegram_panel import TelegramPanel

    window = QMainWindow()
    qtbot.addWidget(window)
    demo = TelegramPanel(services_for(storage), window)
    assert demo.status_label.text() == "Демо: Telegram не подключён"
    assert [a.text() for a in demo.menu.actions() if not a.isSeparator()] == [
        "Войти…",
        "Выбрать свой канал…",
        "Обновить сейчас",
        "Обновлять каждые",
        "Выйти",
        "Забыть API id и hash…",
    ]
    other = QMainWindow()
    qtbot.addWidget(other)
    service = fake_service(storage, FakeTelegramClient())
    panel = TelegramPanel(services_for(storage, telegram=service), other)
    assert panel.status_label.text() == "Telegram: вход не выполнен"


def test_sign_in_dialog_is_russian(qtbot, storage, russian):
    from ui.signin_dialog import SignInDialog

    dialog = SignInDialog(fake_service(storage, FakeTelegramClient()))
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.windowTitle() == "Вход в Telegram"
    assert dialog.send_code_button.text() == "Получить код"
    assert dialog.qr_button.text() == "Войти по QR-коду"
    assert dialog.close_button.text() == "Закрыть"
    qtbot.keyClicks(dialog.phone_edit, "+79991234567")
    qtbot.mouseClick(dialog.send_code_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.pages.currentWidget() is dialog.code_page and not dialog.busy, timeout=3000
    )
    page_text = " ".join(label.text() for label in dialog.code_page.findChildren(QLabel))
    assert "код подтверждения" in page_text
    qtbot.keyClicks(dialog.code_edit, "99999")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Неверный код" in dialog.message_label.text(), timeout=3000)
    password_text = " ".join(label.text() for label in dialog.password_page.findChildren(QLabel))
    assert "облачный пароль" in password_text
