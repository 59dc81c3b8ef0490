"""Parser errors name their reason for a program (``InputError.code``), with the numbers."""

import pickle
from decimal import Decimal

import pytest

from pricing import InputError
from pricing.parsing import parse_channel_ref, parse_format, parse_price


@pytest.mark.parametrize(
    ("text", "code", "details"),
    [
        ("150 000 000", "price_too_large", {"maximum": Decimal(100_000_000)}),
        ("0.001", "price_too_many_decimals", {"decimals": 2}),
        ("1.5.5", "price_bad_grouping", {}),
        ("дорого", "price_not_number", {}),
        ("", "price_empty", {}),
        ("-100", "price_negative", {}),
        ("0", "price_zero", {}),
        ("$50 руб", "price_two_currencies", {"currencies": ("RUB", "USD")}),
    ],
)
def test_price_errors_name_their_reason(text, code, details):
    with pytest.raises(InputError) as caught:
        parse_price(text)
    assert caught.value.code == code
    assert caught.value.details == details


@pytest.mark.parametrize(
    ("text", "code", "details"),
    [
        ("25/24", "format_top_exceeds_feed", {"top": 25, "feed": 24}),
        ("xyz", "format_unknown", {}),
        ("", "format_empty", {}),
        ("0", "format_feed_zero", {}),
        ("1/900", "format_feed_range", {"maximum": 720}),
    ],
)
def test_format_errors_name_their_reason(text, code, details):
    with pytest.raises(InputError) as caught:
        parse_format(text)
    assert (caught.value.code, caught.value.details) == (code, details)


def test_channel_errors_name_their_reason():
    with pytest.raises(InputError) as caught:
        parse_channel_ref("@ab")
    assert caught.value.code == "channel_bad_username"


def test_messages_are_unchanged_and_the_code_survives_pickling():
    with pytest.raises(InputError) as caught:
        parse_price("150 000 000")
    assert "more than 100 million" in str(caught.value)
    again = pickle.loads(pickle.dumps(caught.value))
    assert (str(again), again.code, again.details) == (
        str(caught.value),
        "price_too_large",
        {"maximum": Decimal(100_000_000)},
    )
    assert InputError("plain").code is None
