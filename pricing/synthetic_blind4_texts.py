"""Channel kinds of the fourth blind generator: their ranges, post styles and Russian texts."""

from __future__ import annotations

import numpy as np

# Channel kind → its ranges (log-uniform for size, uniform otherwise).
PROFILES: dict[str, dict] = {
    "news": dict(
        size=(5e3, 1e6),
        ppd=(6, 20),
        burst=(1.5, 3),
        reach=(0.06, 0.3),
        notify=(0.05, 0.2),
        backlog=(3, 8),
        discovery=(0.05, 0.15),
        rr=(0.003, 0.02),
        fr=(0.003, 0.015),
        ads=(0.02, 0.15),
        viral=0.01,
        web=0.2,
        local=False,
        weight=0.2,
    ),
    "author_blog": dict(
        size=(1e3, 1.5e5),
        ppd=(0.7, 3),
        burst=(1, 1.5),
        reach=(0.15, 0.6),
        notify=(0.2, 0.45),
        backlog=(6, 20),
        discovery=(0.05, 0.2),
        rr=(0.02, 0.07),
        fr=(0.002, 0.01),
        ads=(0.05, 0.3),
        viral=0.01,
        web=0.1,
        local=False,
        weight=0.18,
    ),
    "niche_expert": dict(
        size=(1e3, 8e4),
        ppd=(0.3, 1.5),
        burst=(1, 1.3),
        reach=(0.2, 0.6),
        notify=(0.15, 0.4),
        backlog=(8, 25),
        discovery=(0.1, 0.3),
        rr=(0.01, 0.03),
        fr=(0.01, 0.04),
        ads=(0.0, 0.2),
        viral=0.02,
        web=0.4,
        local=False,
        weight=0.17,
    ),
    "memes": dict(
        size=(1e4, 1e6),
        ppd=(5, 15),
        burst=(1.5, 4),
        reach=(0.05, 0.25),
        notify=(0.03, 0.12),
        backlog=(3, 10),
        discovery=(0.05, 0.2),
        rr=(0.02, 0.08),
        fr=(0.005, 0.03),
        ads=(0.05, 0.3),
        viral=0.03,
        web=0.05,
        local=False,
        weight=0.15,
    ),
    "city_local": dict(
        size=(3e3, 2e5),
        ppd=(3, 10),
        burst=(1.2, 2),
        reach=(0.1, 0.4),
        notify=(0.08, 0.25),
        backlog=(4, 12),
        discovery=(0.03, 0.1),
        rr=(0.005, 0.02),
        fr=(0.005, 0.02),
        ads=(0.05, 0.25),
        viral=0.02,
        web=0.2,
        local=True,
        weight=0.12,
    ),
    "deals": dict(
        size=(5e3, 5e5),
        ppd=(10, 30),
        burst=(2, 5),
        reach=(0.03, 0.15),
        notify=(0.02, 0.1),
        backlog=(2, 6),
        discovery=(0.02, 0.08),
        rr=(0.002, 0.01),
        fr=(0.005, 0.02),
        ads=(0.2, 0.45),
        viral=0.005,
        web=0.05,
        local=False,
        weight=0.1,
    ),
    "brand": dict(
        size=(1e3, 5e4),
        ppd=(0.3, 1),
        burst=(1, 1.2),
        reach=(0.1, 0.35),
        notify=(0.1, 0.3),
        backlog=(8, 20),
        discovery=(0.03, 0.1),
        rr=(0.005, 0.02),
        fr=(0.001, 0.006),
        ads=(0.0, 0.02),
        viral=0.005,
        web=0.5,
        local=False,
        weight=0.08,
    ),
}

STYLE_VIEWS = {"plain": 1.0, "photo": 1.05, "long": 0.95, "poll": 1.0, "repost": 0.9}
STYLE_REACTIONS = {"plain": 1.0, "photo": 1.3, "long": 0.9, "poll": 0.5, "repost": 0.7, "ad": 0.25}
STYLE_FORWARDS = {"plain": 1.0, "photo": 1.0, "long": 2.0, "poll": 0.3, "repost": 0.5, "ad": 0.15}


_TOPICS = {
    "news": (
        "Срочно: {x}",
        "Главное к этому часу: {x}",
        "{x} — подробности уточняются",
        "Официально: {x}",
    ),
    "author_blog": (
        "Мысли вслух про {x}",
        "Сегодня расскажу, как {x}",
        "Честно о {x}",
        "Личный опыт: {x}",
    ),
    "niche_expert": (
        "Разбор: {x}",
        "Чек-лист по теме «{x}»",
        "Частая ошибка — {x}",
        "Конспект лекции: {x}",
    ),
    "memes": ("Когда {x} 😂", "Ну и {x}", "Жиза: {x}", "{x}, а ты?"),
    "city_local": ("В городе {x}", "Пробки: {x}", "Жители жалуются: {x}", "Афиша выходных: {x}"),
    "deals": ("Скидка −40 %: {x}", "Промокод на {x}", "Нашли дешевле: {x}", "Распродажа: {x}"),
    "brand": (
        "Новости компании: {x}",
        "Мы запустили {x}",
        "Отвечаем на вопросы про {x}",
        "Команда о {x}",
    ),
}
_FILL = (
    "курс доллара",
    "ставки ЦБ",
    "новый закон о маркетплейсах",
    "ремонт моста",
    "погоду на выходные",
    "нейросети в работе",
    "переезд в другой город",
    "налоговый вычет",
    "концерт в субботу",
    "выгорание",
    "кофе по утрам",
    "отпуск в Турции",
)
_AD_MARKED = (
    "Реклама. ООО «{b}», ИНН 77{n}. erid: 2Vtz{c}\n{o}",
    "#реклама {o} Подробнее: t.me/+{c}",
    "Реклама. ИП Иванов А. А. erid {c}\n{o} t.me/{b_l}_bot",
    "{o}\n\nРеклама. {b}. Erid: Kra{c}",
)
_AD_LINK_ONLY = ("{o} Подписывайтесь: t.me/+{c}", "Советуем: {o} → t.me/+{c}")
_AD_HIDDEN = (
    "Друзья запустили {o} — загляните, там интересно.",
    "Нашла для вас {o}, очень рекомендую!",
)
_OFFERS = (
    "курсы английского со скидкой",
    "канал про инвестиции",
    "сервис доставки продуктов",
    "бот для поиска квартир",
    "марафон по похудению",
    "онлайн-школа программирования",
)
_BRANDS = ("Ромашка", "Вектор", "Смарт Лаб", "Северный ветер", "Альфа Проект")


def _code(rng: np.random.Generator, n: int) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"
    return "".join(letters[i] for i in rng.integers(0, len(letters), size=n))


def post_text(rng: np.random.Generator, channel_kind: str, style: str, marked: float) -> str:
    """One post's text; an ad carries a legal marker with probability ``marked``."""
    if style == "ad":
        offer = str(rng.choice(_OFFERS))
        brand = str(rng.choice(_BRANDS))
        u = rng.random()
        if u < marked:
            pattern = str(rng.choice(_AD_MARKED))
        elif u < marked + (1 - marked) * 0.6:
            pattern = str(rng.choice(_AD_LINK_ONLY))
        else:
            pattern = str(rng.choice(_AD_HIDDEN))
        return pattern.format(
            b=brand,
            n=rng.integers(10**7, 10**8),
            c=_code(rng, 9),
            o=offer,
            b_l=_code(rng, 6).lower(),
        )
    text = str(rng.choice(_TOPICS[channel_kind])).format(x=rng.choice(_FILL))
    if style == "long":
        text += "\n\n" + " ".join(str(rng.choice(_FILL)) for _ in range(int(rng.integers(8, 30))))
    elif style == "poll":
        text = "Опрос: " + text
    elif style == "repost":
        text += f" (via t.me/{_code(rng, 8).lower()}/{rng.integers(100, 9999)})"
    return text
