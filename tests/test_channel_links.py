"""One reading of a channel link everywhere: whatever ``pricing.parse_channel_ref`` reads as a
username is the channel the price book stores, finds, de-duplicates and vets under that username,
whichever of its many spellings the user pasted."""

import asyncio
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from fake_telegram import FakeTelegramClient, fake_service
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from application.pricebook import PriceBookService
from application.reach import ReachService
from application.vetting import VettingService
from pricing.errors import InputError
from pricing.parsing import parse_channel_ref
from storage import QuoteDraft, Storage
from storage.db import open_database
from storage.importexport import same_quote_key
from storage.repositories import split_channel_name

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)

# How people paste a channel: every form Telegram itself hands out, in any letter case.
LINK_FORMS = [
    "@{}",
    "{}",
    "t.me/{}",
    "https://t.me/{}",
    "http://t.me/{}/",
    "HTTPS://T.ME/{}",
    "www.t.me/{}",
    "https://www.t.me/{}",
    "telegram.me/{}",
    "https://telegram.me/s/{}",
    "https://telegram.dog/{}",
    "telegram.dog/{}/123",
    "https://t.me/{}/4521?single",
    "https://t.me/s/{}/17#top",
    "tg://resolve?domain={}",
    "tg://resolve?domain={}&post=9",
    "<https://t.me/{}>",
    "  @{}  ",
]

usernames = st.from_regex(r"[A-Za-z][A-Za-z0-9_]{3,30}[A-Za-z0-9]", fullmatch=True).filter(
    lambda name: "__" not in name
)
letter_cases = st.sampled_from([str, str.upper, str.lower, str.swapcase])


@st.composite
def pasted_links(draw) -> tuple[str, str]:
    """(the username, the text the user pasted for it)."""
    username = draw(usernames)
    form = draw(st.sampled_from(LINK_FORMS))
    return username, form.format(draw(letter_cases)(username))


@pytest.fixture
def services(tmp_path):
    storage = Storage(open_database(tmp_path / "links.sqlite3"))
    reach = ReachService(storage, lambda: NOW)
    vetting = VettingService(
        storage, PriceBookService(storage, reach=reach), reach, None, lambda: NOW
    )
    yield storage, vetting
    storage.db.close()


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(pasted=pasted_links())
def test_every_spelling_of_a_link_is_stored_found_deduplicated_and_vetted_as_its_username(
    services, pasted
):
    storage, vetting = services
    username, text = pasted
    ref = parse_channel_ref(text)
    assert (ref.kind, ref.value.casefold()) == ("username", username.casefold())

    # stored: one channel under the username, with no title made of the link
    quote = storage.quotes.add(QuoteDraft(text, Decimal(1200), NOW, top_hours=1, feed_hours=24))
    channel = storage.channels.get(quote.channel_id)
    assert channel.username.casefold() == username.casefold()
    assert channel.title == ""
    assert quote.channel_name.casefold() == f"@{username}".casefold()

    # found: by the username, by its canonical link, by the spelling typed
    assert storage.channels.find_by_username(username.upper()).id == channel.id
    assert storage.channels.get_or_create(f"https://t.me/{username.lower()}").id == channel.id
    assert storage.channels.get_or_create(text).id == channel.id

    # de-duplicated: the same quote typed with @username is the same quote
    key_args = (NOW, Decimal("1200.00"), "rub", 1, 24, False, None)
    assert same_quote_key(text, *key_args) == same_quote_key(f"@{username.upper()}", *key_args)

    # vetted: the check finds the stored channel and today's identical quote
    result = vetting.evaluate(vetting.parse(text, "1 200", "1/24", None))
    assert result.channel is not None and result.channel.id == channel.id
    assert vetting.identical_quote(result).channel_id == channel.id


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(st.text(max_size=60), pasted_links().map(lambda p: p[1])))
def test_storage_reads_any_text_as_the_parser_does(text):
    """What the parser reads as a username is that username to storage; anything else (an invite,
    a numeric link, a title in any script) is kept as the title the user typed."""
    username, title = split_channel_name(text)
    try:
        ref = parse_channel_ref(" ".join(text.split()))
    except InputError:
        ref = None
    if ref is not None and ref.kind == "username":
        assert (username, title) == (ref.value, "")
    else:
        assert (username, title) == (None, " ".join(text.split()))


@pytest.mark.parametrize(
    "title",
    [
        "Крипто Дайджест",
        "Coin Daily",
        "t.me/+AbCdEf123",
        "https://t.me/c/1234567/8",
        "abc",
        "x.com",
    ],
)
def test_titles_invites_and_numeric_links_stay_titles(services, title):
    storage, _vetting = services
    channel = storage.channels.get_or_create(title)
    assert (channel.username, channel.title) == (None, title)


@pytest.mark.parametrize(
    "typed", ["www.t.me/Fresh_News", "https://telegram.dog/fresh_news", "T.ME/FRESH_NEWS"]
)
def test_telegram_fills_in_the_channel_a_quote_was_typed_with_as_a_link(services, typed):
    """A quote typed with any link, then the channel checked with another spelling: one channel,
    which Telegram's reading gives its id and posts, and whose quote vetting then shows."""
    storage, vetting = services
    client = FakeTelegramClient(authorized=True)
    client.add_channel("fresh_news", "Fresh News", subscribers=4000).add_posts(12)
    telegram = fake_service(storage, client)
    quote = storage.quotes.add(QuoteDraft(typed, Decimal(800), NOW))

    report = asyncio.run(telegram.fetch_public("tg://resolve?domain=Fresh_News"))
    assert report.channel_id == quote.channel_id and report.new_posts == 12
    assert [c.id for c in storage.channels.list()] == [quote.channel_id]
    result = vetting.evaluate(vetting.parse("@fresh_news", "800", "1/24", None))
    assert result.channel.telegram_id is not None
    assert vetting.identical_quote(result).id == quote.id
