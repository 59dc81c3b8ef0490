"""The third blind generator's world: readers' hours, posting, audience, texts and syncs.

Everything here is described, with its parameters, in the docstring of
:mod:`pricing.synthetic_blind3`; this module only keeps the channel assembly there short.
"""

from __future__ import annotations

import math
import random
import string
from dataclasses import dataclass, field

# Readers' activity by local hour (00..23), before per-channel jitter; mean about 0.95.
_HOUR_PROFILE = (
    0.45, 0.25, 0.14, 0.10, 0.09, 0.12, 0.35, 0.80, 1.15, 1.20, 1.10, 1.10,
    1.25, 1.20, 1.10, 1.05, 1.10, 1.20, 1.35, 1.55, 1.65, 1.55, 1.25, 0.85,
)  # fmt: skip
# Readers' UTC offsets (Russia-centred audiences) and their weights.
UTC_OFFSETS = ((2, 0.08), (3, 0.62), (4, 0.04), (5, 0.14), (6, 0.05), (7, 0.07))


def weighted_choice(rng: random.Random, pairs) -> object:
    """One value of ``((value, weight), ...)``."""
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights)[0]


def poisson(rng: random.Random, lam: float) -> int:
    """A Poisson draw (Knuth below 30, a rounded normal above)."""
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def log_uniform(rng: random.Random, low: float, high: float) -> float:
    return math.exp(rng.uniform(math.log(low), math.log(high)))


@dataclass(frozen=True)
class Timeline:
    """A channel's window: hour 0 is ``days`` before the fetch; ``utc_offset`` is the readers'."""

    days: int
    origin_utc_hour: float  # hour of day (UTC, fractional) at hour 0
    origin_weekday: int
    utc_offset: int

    @property
    def end(self) -> float:
        return self.days * 24.0

    def local_hour(self, hour: float) -> float:
        return (self.origin_utc_hour + self.utc_offset + hour) % 24.0

    def local_day(self, hour: float) -> int:
        return int((self.origin_utc_hour + self.utc_offset + hour) // 24.0)

    def local_weekday(self, hour: float) -> int:
        return (self.origin_weekday + self.local_day(hour)) % 7

    def hour_of(self, local_day: int, local_hour: float) -> float:
        return local_day * 24.0 + local_hour - self.origin_utc_hour - self.utc_offset


def reader_activity(rng: random.Random, timeline: Timeline, hours: int) -> list[float]:
    """Hourly reader activity over ``hours`` (mean 1): jittered day profile × weekday factor."""
    shift = rng.choice((-1, 0, 0, 0, 1, 2))  # early birds … night owls
    profile = [_HOUR_PROFILE[(h - shift) % 24] * rng.lognormvariate(0, 0.12) for h in range(24)]
    weekend = rng.uniform(0.75, 1.15)
    weekday_factor = [1.0, 1.02, 1.0, 1.0, 0.93, weekend, weekend * rng.uniform(0.95, 1.1)]
    raw = []
    for h in range(hours):
        local = timeline.local_hour(h + 0.5)
        raw.append(profile[int(local)] * weekday_factor[timeline.local_weekday(h + 0.5)])
    mean = sum(raw) / len(raw)
    return [value / mean for value in raw]


@dataclass
class PostingHabit:
    """How a channel posts: rate, weekend factor, style and its favourite local hours."""

    per_day: float
    weekend: float
    style: str  # "stream" (news flow), "sessions" (bursts at favourite hours), "scheduled"
    favourite_hours: list[float] = field(default_factory=list)
    album_share: float = 0.0


def posting_hours(rng: random.Random, habit: PostingHabit, timeline: Timeline) -> list[float]:
    """Publication moments (hours from the window start), bursty and with a weekday rhythm."""
    moments: list[float] = []
    first_day = timeline.local_day(0.0)
    last_day = timeline.local_day(timeline.end)
    for day in range(first_day, last_day + 1):
        weekday = (timeline.origin_weekday + day) % 7
        rate = habit.per_day * (habit.weekend if weekday >= 5 else 1.0)
        count = poisson(rng, rate * rng.gammavariate(3.0, 1 / 3))  # overdispersed days
        cluster_at = None
        for _ in range(count):
            if habit.style == "stream":
                if cluster_at is not None and rng.random() < 0.35:  # breaking news: a burst
                    cluster_at += rng.expovariate(1 / 0.12)
                    local = cluster_at
                else:
                    local = rng.uniform(6.5, 24.0) if rng.random() < 0.8 else rng.uniform(0, 24)
                    cluster_at = local
            elif habit.style == "scheduled":
                local = rng.choice(habit.favourite_hours) + rng.uniform(0, 0.03)
            else:
                if cluster_at is None or rng.random() < 0.45:
                    cluster_at = rng.choice(habit.favourite_hours) + rng.gauss(0, 0.7)
                else:
                    cluster_at += rng.expovariate(1 / 0.2)
                local = cluster_at
            hour = timeline.hour_of(day, min(23.99, max(0.0, local)))
            if 0.0 <= hour < timeline.end - 0.02:
                moments.append(hour)
    moments.sort()
    return moments


@dataclass(frozen=True)
class Cohort:
    """Subscribers arriving over ``[start, start + hours]``; a share leaves over ``churn_days``."""

    start: float
    hours: float
    size: float
    views_per_sub: float
    churn_share: float = 0.0
    churn_days: float = 7.0


@dataclass
class Audience:
    """Per hour: the subscriber count Telegram shows and the views a post can expect from it."""

    subscribers: list[int]
    reading: list[float]


def build_audience(
    rng: random.Random,
    hours: int,
    base: float,
    views_per_sub: float,
    growth_per_day: float,
    cohorts: list[Cohort],
) -> Audience:
    """Base subscribers growing with a daily random walk, plus arriving/leaving cohorts."""
    subscribers, reading = [], []
    level = base
    daily_noise = 0.0
    for h in range(hours):
        if h % 24 == 0:
            daily_noise = rng.gauss(0, 0.002)
        level *= 1 + (growth_per_day + daily_noise) / 24
        count, views = level, level * views_per_sub
        for cohort in cohorts:
            into = h - cohort.start
            if into <= 0:
                continue
            arrived = cohort.size * min(1.0, into / cohort.hours)
            past = into - cohort.hours
            if past > 0 and cohort.churn_share:
                arrived *= 1 - cohort.churn_share * (1 - math.exp(-past / (cohort.churn_days * 24)))
            count += arrived
            views += arrived * cohort.views_per_sub
        subscribers.append(max(1, round(count)))
        reading.append(views)
    return Audience(subscribers, reading)


# --- Texts -----------------------------------------------------------------------------------

_OPENERS = (
    "Коротко о главном:", "Важно.", "Друзья,", "Итак,", "Внимание!", "Новости дня:",
    "Сегодня разбираем:", "Честно говоря,", "Пока вы спали:", "Продолжаем тему:", "",
)  # fmt: skip
_SUBJECTS = {
    "news": ("власти объявили", "в регионе ввели", "Минфин предложил", "ЦБ сохранил ставку",
             "в Москве перекрыли", "на границе задержали", "депутаты одобрили"),
    "finance": ("рубль укрепился", "индекс Мосбиржи вырос", "дивиденды Сбера", "ОФЗ подешевели",
                "ключевая ставка", "облигации застройщиков", "портфель на месяц"),
    "tech": ("вышло обновление iOS", "нейросеть научилась", "утечка данных", "новый смартфон",
             "Python 3.14", "сервис заблокировали", "гайд по настройке VPN"),
    "life": ("рецепт на выходные", "куда сходить в субботу", "как мы переехали",
             "подборка книг", "мой утренний ритуал", "психолог отвечает", "маршрут по Алтаю"),
    "crypto": ("биткоин пробил", "листинг на Bybit", "airdrop от TON", "кит перевёл",
               "альтсезон близко", "разбор токена", "стейкинг под 12 %"),
}  # fmt: skip
_ENDINGS = (
    "Подробности ниже.", "Что думаете?", "Пишите в комментариях.", "Источник: t.me/{src}/{n}",
    "Сохраняйте, чтобы не потерять.", "👇", "🔥", "Продолжение вечером.", "", "",
)  # fmt: skip
_OFFERS = (
    "Курсы по аналитике данных со скидкой 40 %", "Канал о том, как зарабатывать на маркетплейсах",
    "Бот для подбора квартиры за 5 минут", "Онлайн-школа английского: первый урок бесплатно",
    "Закрытый клуб трейдеров", "Доставка продуктов за 15 минут", "VPN без ограничений",
    "Психолог онлайн — первая сессия в подарок", "Канал с вакансиями в IT",
)  # fmt: skip
_COMPANIES = ("ООО «Вектор»", "ИП Смирнова А. В.", "ООО «Скиллбокс»", "АО «Тинькофф Банк»",
              "ООО «Альфа Медиа»", "ИП Ковалёв Д. С.")  # fmt: skip
_ALNUM = string.ascii_letters + string.digits


def _token(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(_ALNUM) for _ in range(length))


def organic_text(rng: random.Random, theme: str, post_type: str) -> str:
    """A Russian-looking post text of the channel's theme."""
    subject = rng.choice(_SUBJECTS[theme])
    if post_type == "poll":
        return f"Опрос: {subject} — как вам?"
    ending = rng.choice(_ENDINGS).format(src=_token(rng, 7).lower(), n=rng.randint(100, 9999))
    opener = rng.choice(_OPENERS)
    if not opener or opener[-1] in ".!":
        subject = subject[0].upper() + subject[1:]
    text = f"{opener} {subject}. {ending}".strip()
    if post_type in ("photo", "video") and rng.random() < 0.3:
        return text.split(".")[0]
    return text


def ad_text(rng: random.Random) -> str:
    """An ad: mostly with the legal marker and erid, sometimes a hashtag, sometimes hidden."""
    offer = rng.choice(_OFFERS)
    link = rng.choice(
        (
            f"t.me/+{_token(rng, 16)}",
            f"t.me/{_token(rng, 8).lower()}_bot?start=ad{rng.randint(1, 999)}",
            f"https://{_token(rng, 6).lower()}.ru/?utm_source=tg&utm_medium={_token(rng, 5)}",
        )
    )
    style = rng.random()
    if style < 0.5:
        inn = "".join(rng.choice(string.digits) for _ in range(10))
        marker = f"Реклама. {rng.choice(_COMPANIES)}, ИНН {inn}. erid: {_token(rng, 11)}"
        return f"{offer}\n👉 {link}\n\n{marker}"
    if style < 0.65:
        return f"{offer} — {link} #реклама"
    if style < 0.75:
        return f"#промо {offer}. Подробнее: {link}"
    return f"Друзья, давно пользуюсь и советую: {offer.lower()}. {link}"


# --- The buyer's tracking --------------------------------------------------------------------


def sync_hours(rng: random.Random, timeline: Timeline) -> list[float]:
    """When the app synced while the buyer kept the channel tracked; the fetch is the last one.

    The buyer starts tracking 1.5 days to the whole window before the fetch, opens the app in
    1–3 daily sessions at habitual local hours (each held on a day with the buyer's own
    probability), and a session syncs once, or twice (30 %) 15–90 minutes apart.
    """
    if rng.random() < 0.15:
        start = 0.5
    else:
        start = timeline.end - 24.0 * rng.uniform(1.5, max(1.6, timeline.days - 1.0))
    sessions = rng.sample((8.5, 10.0, 13.0, 18.5, 21.0, 23.0), rng.randint(1, 3))
    keep = rng.uniform(0.5, 0.9)
    syncs = [start]
    for day in range(timeline.local_day(start), timeline.local_day(timeline.end) + 1):
        for session in sessions:
            if rng.random() > keep:
                continue
            hour = timeline.hour_of(day, session + rng.gauss(0, 0.6))
            syncs.append(hour)
            if rng.random() < 0.3:
                syncs.append(hour + rng.uniform(0.25, 1.5))
    syncs = sorted(h for h in syncs if start <= h < timeline.end - 0.1)
    syncs.append(timeline.end)
    return syncs
