"""The world of the fifth blind generator: channel kinds, view sellers' strategies and post texts.

Tables only (plus the text writer); :mod:`pricing.synthetic_blind5` draws from them. The
numbers are the author's own picture of Russian-language Telegram in 2025–2026.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class ChannelKind:
    """How one sort of channel posts, is read and is answered (ranges are uniform draws)."""

    log10_subscribers: tuple[float, float]
    posts_per_day: tuple[float, float]
    reach_ratio: tuple[
        float, float
    ]  # organic views at 7 days per subscriber, 10k-subscriber channel
    appeal_sigma: float  # lognormal spread of a post's appeal
    profiles: tuple[str, ...]  # readers' clocks it may have
    forward_rate: tuple[float, float]  # forwards per organic view
    reaction_rate: tuple[float, float]  # reactions per organic view
    reactions_off: float  # probability the channel has reactions switched off
    album_share: float
    burst: float  # probability a post drags follow-up posts minutes later
    weekend_posting: float  # posting rate on Sat/Sun relative to weekdays
    weekend_reading: float  # reach of weekend posts relative to weekdays
    ad_share: tuple[float, float]  # share of posts that are paid ads
    first_wave_hours: tuple[float, float]  # median of the subscriber wave, active hours


KINDS: dict[str, ChannelKind] = {
    "crypto_signals": ChannelKind(
        (3.0, 5.6),
        (3, 12),
        (0.08, 0.3),
        0.45,
        ("night", "evening", "flat"),
        (0.001, 0.004),
        (0.005, 0.03),
        0.3,
        0.05,
        0.25,
        0.9,
        1.0,
        (0.05, 0.2),
        (0.7, 2.5),
    ),
    "regional_news": ChannelKind(
        (3.3, 5.8),
        (8, 30),
        (0.2, 0.55),
        0.4,
        ("commute", "office"),
        (0.003, 0.012),
        (0.005, 0.02),
        0.25,
        0.15,
        0.3,
        0.7,
        0.9,
        (0.02, 0.1),
        (0.5, 2.0),
    ),
    "education": ChannelKind(
        (2.5, 5.3),
        (0.5, 2.5),
        (0.2, 0.5),
        0.3,
        ("evening", "office"),
        (0.005, 0.02),
        (0.01, 0.04),
        0.1,
        0.1,
        0.05,
        0.4,
        0.85,
        (0.0, 0.15),
        (2.0, 6.0),
    ),
    "humour": ChannelKind(
        (3.5, 6.3),
        (4, 15),
        (0.1, 0.35),
        0.6,
        ("evening", "night"),
        (0.006, 0.03),
        (0.02, 0.07),
        0.05,
        0.3,
        0.15,
        1.1,
        1.1,
        (0.05, 0.2),
        (1.0, 3.0),
    ),
    "shop": ChannelKind(
        (2.5, 4.8),
        (0.7, 3),
        (0.08, 0.25),
        0.3,
        ("office", "evening"),
        (0.0005, 0.003),
        (0.003, 0.015),
        0.4,
        0.4,
        0.1,
        0.5,
        0.95,
        (0.0, 0.05),
        (2.0, 6.0),
    ),
    "personal_blog": ChannelKind(
        (2.5, 5.5),
        (0.3, 3),
        (0.3, 0.8),
        0.35,
        ("evening", "commute", "night"),
        (0.002, 0.01),
        (0.02, 0.08),
        0.1,
        0.2,
        0.2,
        0.9,
        1.0,
        (0.0, 0.12),
        (1.5, 5.0),
    ),
    "official_org": ChannelKind(
        (3.0, 5.8),
        (0.5, 4),
        (0.05, 0.25),
        0.35,
        ("office", "flat"),
        (0.001, 0.005),
        (0.002, 0.01),
        0.5,
        0.25,
        0.1,
        0.3,
        0.8,
        (0.0, 0.0),
        (3.0, 8.0),
    ),
    "tech_digest": ChannelKind(
        (3.0, 5.5),
        (2, 6),
        (0.15, 0.4),
        0.4,
        ("commute", "office"),
        (0.003, 0.015),
        (0.008, 0.03),
        0.15,
        0.1,
        0.1,
        0.5,
        0.85,
        (0.05, 0.2),
        (1.5, 4.0),
    ),
}


@dataclass(frozen=True)
class Strategy:
    """How one sort of buyer gets views: how much, on which posts, delivered how."""

    share: tuple[float, float]  # bought share of a bought post's 7-day views
    coverage: tuple[float, float]  # share of posts that get a package
    delivery: str  # instant | spread | drip | waves
    packaged: bool  # rounded price-list packages (flat) rather than a share of the audience
    bought_reactions: float  # probability the buyer also buys reactions
    bought_subscribers: float  # probability of bought-subscriber jumps while tracked


STRATEGIES: dict[str, Strategy] = {
    "auto_instant": Strategy((0.55, 0.95), (1.0, 1.0), "instant", True, 0.4, 0.3),
    "auto_spread": Strategy((0.35, 0.85), (0.95, 1.0), "spread", True, 0.3, 0.3),
    "drip_natural": Strategy((0.3, 0.7), (1.0, 1.0), "drip", False, 0.5, 0.2),
    "light_drip": Strategy((0.15, 0.3), (1.0, 1.0), "drip", False, 0.2, 0.1),
    "partial_30_50": Strategy((0.3, 0.5), (0.9, 1.0), "spread", False, 0.2, 0.2),
    "top_up_target": Strategy((0.2, 0.6), (1.0, 1.0), "spread", True, 0.2, 0.1),
    "selective": Strategy((0.35, 0.8), (0.6, 0.85), "spread", True, 0.2, 0.1),
    "farm_waves": Strategy((0.4, 0.9), (1.0, 1.0), "waves", True, 0.5, 0.4),
    "hollow_subscribers": Strategy((0.5, 0.9), (1.0, 1.0), "spread", True, 0.4, 1.0),
}

# A view seller's price list (views per package).
PACKAGES = (
    100,
    200,
    300,
    500,
    700,
    1000,
    1500,
    2000,
    3000,
    5000,
    7000,
    10000,
    15000,
    20000,
    30000,
    50000,
    70000,
    100000,
    150000,
    200000,
    300000,
    500000,
)


def package_for(views: float) -> int:
    """The smallest price-list package of at least 85 % of the wanted views."""
    for size in PACKAGES:
        if size >= 0.85 * views:
            return size
    return PACKAGES[-1] * max(1, round(views / PACKAGES[-1]))


TOPICS = {
    "crypto_signals": (
        "BTC пробил сопротивление",
        "Сигнал: LONG TON/USDT, вход 5.42",
        "Разбор рынка на неделю",
        "Альтсезон близко?",
        "Закрыли сделку +38%",
        "Листинг на Bybit: что ждать",
    ),
    "regional_news": (
        "В Казани перекроют улицу Баумана",
        "ДТП на трассе М-7, пробка 5 км",
        "Горячую воду отключат с 12 по 25 июня",
        "Мэрия объявила конкурс",
        "Прогноз погоды на завтра",
        "Новый маршрут автобуса №47",
    ),
    "education": (
        "Разбор задания 19 из ЕГЭ",
        "5 ошибок в английских временах",
        "Конспект лекции по SQL",
        "Как запомнить формулы приведения",
        "Бесплатный вебинар в четверг",
        "Тест: проверь себя",
    ),
    "humour": (
        "Когда понедельник начался в пятницу",
        "Мем дня",
        "Кот опять победил",
        "Подборка лучших за неделю",
        "Жиза",
        "Офис в 9:00 vs офис в 17:59",
    ),
    "shop": (
        "Новое поступление: худи оверсайз",
        "Скидка 20% до воскресенья",
        "Отзыв покупательницы",
        "Доставка по всей России",
        "Размерная сетка",
        "Осталось 3 штуки",
    ),
    "personal_blog": (
        "Итоги месяца и немного личного",
        "Переехала в Тбилиси: первые впечатления",
        "Что я читаю сейчас",
        "Про выгорание честно",
        "Ответы на вопросы",
        "Утро в горах",
    ),
    "official_org": (
        "Информационное сообщение",
        "Приём граждан переносится",
        "Итоги заседания комиссии",
        "Памятка для жителей",
        "Официально: график работы в праздники",
        "Объявлен набор",
    ),
    "tech_digest": (
        "Вышел Python 3.14: что нового",
        "Обзор нового Pixel",
        "Утечка: характеристики iPhone",
        "Гайд по Docker за 10 минут",
        "Дайджест новостей ИИ",
        "Linux 6.15 уже доступен",
    ),
}

AD_TOPICS = (
    "Курс по трейдингу со скидкой 50%",
    "Лучший VPN для России",
    "Онлайн-школа английского: первый урок бесплатно",
    "Маркетплейс дарит 500 ₽ на первый заказ",
    "Канал про инвестиции, который читают 100к",
    "Ипотека от 6% — успейте оформить",
    "Подпишись на канал о путешествиях",
)


def post_text(rng: np.random.Generator, kind: str, is_ad: bool, post_type: str) -> str:
    """A Russian-looking post text; ads often, not always, carry the legal marks."""
    if is_ad:
        parts = [str(rng.choice(AD_TOPICS))]
        if rng.random() < 0.6:
            parts.append(f"https://t.me/+{_code(rng, 16)}")
        elif rng.random() < 0.5:
            parts.append(f"@{_code(rng, 8).lower()}_channel")
        if rng.random() < 0.65:
            parts.append(
                f"Реклама. ООО «{_code(rng, 5)}», ИНН {rng.integers(10**9, 10**10)}. "
                f"erid: {_code(rng, 11)}"
            )
        elif rng.random() < 0.5:
            parts.append("#реклама")
        return "\n\n".join(parts)
    head = str(rng.choice(TOPICS[kind]))
    if post_type == "giveaway":
        return f"🎁 РОЗЫГРЫШ! {head}\nУсловия: подписка + реакция. Итоги через 3 дня"
    if post_type == "poll":
        return f"Опрос: {head.lower()}?"
    tail = rng.choice(
        ("", "\n\nПодробнее в комментариях 👇", "\n\n#новости", " 🔥", "\n\nИсточник: читатели")
    )
    return head + str(tail)


def _code(rng: np.random.Generator, n: int) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"
    return "".join(alphabet[i] for i in rng.integers(0, len(alphabet), n))
