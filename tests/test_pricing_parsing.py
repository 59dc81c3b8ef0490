"""Parsers of prices, placement formats and channel links: what people type, and nonsense."""

from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pricing import (
    ChannelRef,
    Format,
    InputError,
    Money,
    format_amount,
    parse_channel_ref,
    parse_format,
    parse_price,
)

D = Decimal


# --- parse_price -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("1000", D(1000), None),
        ("1 000", D(1000), None),
        ("1\u00a0000", D(1000), None),  # no-break space, as Telegram and Excel write it
        ("1\u2009000", D(1000), None),  # thin space
        ("1\u202f000 ₽", D(1000), "RUB"),  # narrow no-break space
        ("1 000 ₽", D(1000), "RUB"),
        ("1000₽", D(1000), "RUB"),
        ("1000р", D(1000), "RUB"),
        ("1000 р.", D(1000), "RUB"),
        ("1000 руб.", D(1000), "RUB"),
        ("1000 рублей", D(1000), "RUB"),
        ("1000 RUB", D(1000), "RUB"),
        ("  1500  ", D(1500), None),
        ("1,5к", D(1500), None),  # 1.5 × 1000
        ("1.5k", D(1500), None),
        ("1.5K", D(1500), None),
        ("1к", D(1000), None),
        ("2 тыс", D(2000), None),
        ("2 тыс.", D(2000), None),
        ("2 тыс. руб.", D(2000), "RUB"),
        ("1,2 млн", D(1_200_000), None),  # 1.2 × 1 000 000
        ("1.2m", D(1_200_000), None),
        ("1кк", D(1_000_000), None),
        ("$50", D(50), "USD"),
        ("$ 50", D(50), "USD"),
        ("50$", D(50), "USD"),
        ("50 USD", D(50), "USD"),
        ("$1.5k", D(1500), "USD"),
        ("$50 USD", D(50), "USD"),  # the same currency twice is fine
        ("30 USDT", D(30), "USDT"),
        ("10 TON", D(10), "TON"),
        ("€40", D(40), "EUR"),
        ("40 EUR", D(40), "EUR"),
        ("40 евро", D(40), "EUR"),
        ("500 грн", D(500), "UAH"),
        ("5000 ₸", D(5000), "KZT"),
        ("100000 сум", D(100_000), "UZS"),
        # Separators, see pricing.parsing's docstring:
        ("1,5", D("1.5"), None),  # one mark, not three digits after it → decimal
        ("12.50", D("12.5"), None),
        ("1,500", D(1500), None),  # one mark, three digits after → thousands
        ("1.500", D(1500), None),
        ("0,500 TON", D("0.5"), "TON"),  # whole part 0 → decimal
        ("1,250к", D(1250), None),  # a multiplier follows → decimal: 1.25 × 1000
        ("1 000,50", D("1000.5"), None),  # spaces group thousands → the comma is decimal
        ("1.500,50", D("1500.5"), None),  # both marks: the last one is decimal
        ("1,500.50", D("1500.5"), None),
        ("1,000,000", D(1_000_000), None),  # one mark several times → thousands
        ("1.000.000 ₽", D(1_000_000), "RUB"),
        ("100 000 000", D(100_000_000), None),  # the limit itself is allowed
        ("0.01", D("0.01"), None),
    ],
)
def test_parse_price_accepts(text, amount, currency):
    money = parse_price(text)
    assert money == Money(amount, currency)
    assert isinstance(money.amount, Decimal)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "Price is empty"),
        ("   ", "Price is empty"),
        ("-500", "Price cannot be negative"),
        ("−500 ₽", "Price cannot be negative"),  # Unicode minus
        ("$-5", "Price cannot be negative"),
        ("0", "Price must be above zero"),
        ("0,00 ₽", "Price must be above zero"),
        ("abc", "Price must be a positive number"),
        ("тысяча", "Price must be a positive number"),
        ("1000 попугаев", "Price must be a positive number"),
        ("1e5", "Price must be a positive number"),
        ("NaN", "Price must be a positive number"),
        ("100 000 001", "more than 100 million"),
        ("200 млн", "more than 100 million"),
        ("10 00", "not grouped in threes"),
        ("1,2,3", "not grouped in threes"),
        ("1.000,000,5", "not grouped in threes"),
        ("$50 EUR", r"two currencies \(EUR, USD\)"),
        ("1.2345", "at most two decimal places"),
    ],
)
def test_parse_price_rejects_with_a_readable_message(text, problem):
    with pytest.raises(InputError, match=problem) as caught:
        parse_price(text)
    # Every message also says what is accepted.
    assert "such as 1500, 1 500 ₽, 1,5к" in str(caught.value)


def test_parse_price_rejects_non_text():
    with pytest.raises(InputError, match="Price must be text"):
        parse_price(1500)  # type: ignore[arg-type]


PRICE_ALPHABET = "0123456789 .,-−$€₽кkKmтысрубUSDTONгн\u00a0"


@given(st.one_of(st.text(), st.text(alphabet=PRICE_ALPHABET)))
@example("9" * 5000)
@example("1" + ",000" * 2000)
@example("0." + "0" * 100 + "1")
def test_parse_price_raises_only_input_error(text):
    try:
        money = parse_price(text)
    except InputError as error:
        assert str(error)
    else:
        assert D(0) < money.amount <= D(100_000_000)


amounts = st.decimals(min_value=D("0.01"), max_value=D(100_000_000), places=2)


@given(amounts, st.sampled_from(["{} ₽", "{}", "${}", "{} USDT", "{}\u00a0руб.", "€{}"]))
def test_formatted_amount_round_trips(amount, template):
    text = template.format(format_amount(amount))
    assert parse_price(text).amount == amount


@pytest.mark.parametrize(
    ("amount", "decimals", "text"),
    [
        (D(1500), None, "1 500"),
        (D("1234567.5"), None, "1 234 567.5"),
        (D("512.3"), 2, "512.30"),
        (D("999.995"), 2, "1 000.00"),
        (D(100), None, "100"),
    ],
)
def test_format_amount(amount, decimals, text):
    assert format_amount(amount, decimals) == text


# --- parse_format ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1/24", Format(1, 24)),
        ("1/48", Format(1, 48)),
        ("2/48", Format(2, 48)),
        ("3/72", Format(3, 72)),
        ("0/24", Format(0, 24)),  # no pinning at the top at all
        ("1 / 48", Format(1, 48)),
        ("24", Format(1, 24)),  # a single number is the feed time with 1 hour at the top
        ("24ч", Format(1, 24)),
        ("48 часов", Format(1, 48)),
        ("1ч/24ч", Format(1, 24)),
        ("2h/48h", Format(2, 48)),
        ("без удаления", Format(1, None)),
        ("Навсегда", Format(1, None)),
        ("forever", Format(1, None)),
        ("1/0", Format(1, None)),  # "0 hours until deletion" = never deleted
        ("1/∞", Format(1, None)),
        ("2/forever", Format(2, None)),
        ("натив", Format(1, 24, native=True)),
        ("native", Format(1, 24, native=True)),
        ("1/24 натив", Format(1, 24, native=True)),
        ("натив 1/48", Format(1, 48, native=True)),
        ("нативка без удаления", Format(1, None, native=True)),
    ],
)
def test_parse_format_accepts(text, expected):
    assert parse_format(text) == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "Format is empty"),
        ("weekly", "is not a placement format"),
        ("1/24/48", "is not a placement format"),
        ("1/24 навсегда", "is not a placement format"),  # deleted after 24 h or never?
        ("-1/24", "is not a placement format"),
        ("0", "Hours in the feed must be above 0"),
        ("3/2", r"Hours at the top \(3\) cannot exceed hours in the feed \(2\)"),
        ("1/721", "from 1 to 720"),
        ("99999/1", "is not a placement format"),
    ],
)
def test_parse_format_rejects_with_a_readable_message(text, problem):
    with pytest.raises(InputError, match=problem):
        parse_format(text)


@pytest.mark.parametrize(
    ("fmt", "label", "window"),
    [
        (Format(1, 24), "1/24", 24),
        (Format(2, 48), "2/48", 48),
        (Format(3, 72), "3/72", 72),
        (Format(1, 168), "1/168", 72),  # capped: reach is compared over at most 72 hours
        (Format(1, None), "1/∞", 72),  # forever is compared by 72-hour reach
        (Format(1, 24, native=True), "1/24 native", 24),
    ],
)
def test_format_label_and_reach_window(fmt, label, window):
    assert fmt.label == label
    assert str(fmt) == label
    assert fmt.reach_window_hours == window


@pytest.mark.parametrize(
    "kwargs",
    [
        {"top_hours": -1},
        {"top_hours": 1.5},
        {"feed_hours": 0},
        {"feed_hours": 721},
        {"top_hours": 25, "feed_hours": 24},
        {"top_hours": True},
        {"native": "yes"},
    ],
)
def test_format_validates(kwargs):
    with pytest.raises(InputError):
        Format(**kwargs)


formats = st.integers(min_value=0, max_value=720).flatmap(
    lambda top: st.builds(
        Format,
        top_hours=st.just(top),
        feed_hours=st.one_of(st.none(), st.integers(min_value=max(top, 1), max_value=720)),
        native=st.booleans(),
    )
)


@given(formats)
def test_format_label_round_trips(fmt):
    assert parse_format(fmt.label) == fmt


FORMAT_ALPHABET = "0123456789 /чhнативeforv∞безудалня"


@given(st.one_of(st.text(), st.text(alphabet=FORMAT_ALPHABET)))
@example("9" * 5000)
@example("1/" + "9" * 5000)
def test_parse_format_raises_only_input_error(text):
    try:
        fmt = parse_format(text)
    except InputError as error:
        assert str(error)
    else:
        assert isinstance(fmt, Format)


# --- parse_channel_ref -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@durov_news", ChannelRef("username", "durov_news")),
        ("durov_news", ChannelRef("username", "durov_news")),
        ("@DurovNews", ChannelRef("username", "DurovNews")),  # case kept as typed
        ("t.me/durov", ChannelRef("username", "durov")),
        ("https://t.me/durov", ChannelRef("username", "durov")),
        ("https://t.me/durov/", ChannelRef("username", "durov")),
        ("http://telegram.me/durov", ChannelRef("username", "durov")),
        ("https://telegram.dog/durov", ChannelRef("username", "durov")),
        ("HTTPS://T.ME/durov", ChannelRef("username", "durov")),
        ("www.t.me/durov", ChannelRef("username", "durov")),
        ("https://t.me/s/durov", ChannelRef("username", "durov")),
        ("https://t.me/s/durov/42", ChannelRef("username", "durov", 42)),
        ("t.me/durov/123", ChannelRef("username", "durov", 123)),
        ("https://t.me/durov/123?single", ChannelRef("username", "durov", 123)),
        ("  <https://t.me/durov>  ", ChannelRef("username", "durov")),
        ("tg://resolve?domain=durov&post=5", ChannelRef("username", "durov", 5)),
        ("t.me/+AbCdEf12_-xy", ChannelRef("invite", "AbCdEf12_-xy")),
        (
            "https://t.me/joinchat/AAAAAEHbEkejzxUjAUCzYA",
            ChannelRef("invite", "AAAAAEHbEkejzxUjAUCzYA"),
        ),
        ("tg://join?invite=AbCdEf12", ChannelRef("invite", "AbCdEf12")),
        ("t.me/c/123456/7", ChannelRef("channel_id", "123456", 7)),
        ("https://t.me/c/1234567890", ChannelRef("channel_id", "1234567890")),
    ],
)
def test_parse_channel_ref_accepts(text, expected):
    assert parse_channel_ref(text) == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "Channel is empty"),
        ("abcd", "not a valid Telegram username"),  # 4 characters
        ("a" * 33, "not a valid Telegram username"),  # 33 characters
        ("1channel", "not a valid Telegram username"),  # starts with a digit
        ("_channel", "not a valid Telegram username"),
        ("channel_", "not a valid Telegram username"),  # ends with an underscore
        ("chan__nel", "not a valid Telegram username"),  # double underscore
        ("канал_новостей", "not a valid Telegram username"),  # Latin letters only
        ("@", "not a valid Telegram username"),
        ("t.me/durov/abc", "invalid post number"),
        ("t.me/durov/0", "invalid post number"),
        ("https://example.com/durov", "not a Telegram channel link"),
        ("t.me/", "not a Telegram channel link"),
        ("t.me/+", "not a Telegram channel link"),
        ("t.me/joinchat", "not a Telegram channel link"),
        ("t.me/c/abc/1", "not a Telegram channel link"),
        ("t.me/c/0", "not a Telegram channel link"),
        ("t.me/durov/1/2", "not a Telegram channel link"),
        ("durov news", "not a Telegram channel link"),
    ],
)
def test_parse_channel_ref_rejects_with_a_readable_message(text, problem):
    with pytest.raises(InputError, match=problem):
        parse_channel_ref(text)


def test_username_length_limits():
    assert parse_channel_ref("a" * 5).value == "aaaaa"
    assert parse_channel_ref("a" * 32).value == "a" * 32


def test_rejection_says_what_is_accepted():
    with pytest.raises(InputError) as caught:
        parse_channel_ref("https://example.com/durov")
    assert "@username, t.me/username" in str(caught.value)
    with pytest.raises(InputError) as caught:
        parse_channel_ref("abc")
    assert "5–32 Latin letters, digits and underscores" in str(caught.value)


usernames = st.from_regex(
    r"[A-Za-z](?:[A-Za-z0-9]|_(?!_)){3,30}[A-Za-z0-9]", fullmatch=True
).filter(lambda name: "__" not in name)


@given(usernames, st.one_of(st.none(), st.integers(min_value=1, max_value=10**9)))
def test_username_links_round_trip(name, post):
    ref = ChannelRef("username", name, post)
    assert parse_channel_ref(ref.link) == ref
    if post is None:
        assert parse_channel_ref(f"@{name}") == ref
        assert parse_channel_ref(ref.display) == ref


@given(st.integers(min_value=1, max_value=10**13), st.integers(min_value=1, max_value=10**6))
def test_channel_id_links_round_trip(channel_id, post):
    ref = ChannelRef("channel_id", str(channel_id), post)
    assert parse_channel_ref(ref.link) == ref


CHANNEL_ALPHABET = "abcdefghAZ0123_-+@/:.?=&tmejoinchatsg "


@given(st.one_of(st.text(), st.text(alphabet=CHANNEL_ALPHABET)))
@example("t.me/c/" + "9" * 5000)
@example("t.me/durov/" + "9" * 5000)
@example("tg://resolve?domain=durov&post=" + "9" * 5000)
def test_parse_channel_ref_raises_only_input_error(text):
    try:
        ref = parse_channel_ref(text)
    except InputError as error:
        assert str(error)
    else:
        assert ref.kind in {"username", "invite", "channel_id"}
