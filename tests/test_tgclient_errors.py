"""Telegram failures sit in categories, so callers catch what they can act on."""

import inspect

import pytest

from tgclient import credentials, errors

CATEGORIES = (errors.SignInError, errors.ChannelError, errors.TransientError)
OUTSIDE = (errors.TelegramError, errors.AccountWideError, errors.UnexpectedError, errors.SyncFailed)


def failures():
    return [
        kind
        for _name, kind in inspect.getmembers(errors, inspect.isclass)
        if issubclass(kind, errors.TelegramError) and kind not in CATEGORIES + OUTSIDE
    ]


@pytest.mark.parametrize("kind", failures(), ids=lambda kind: kind.__name__)
def test_every_failure_sits_in_exactly_one_category(kind):
    assert sum(issubclass(kind, category) for category in CATEGORIES) == 1


def test_the_categories_hold_what_their_callers_act_on():
    assert issubclass(errors.CodeExpired, errors.SignInError)
    assert issubclass(errors.NeedsReopen, errors.ChannelError)
    assert issubclass(errors.FloodWait, errors.TransientError)
    # a round over many channels stops on these, and only these
    account_wide = {kind for kind in failures() if issubclass(kind, errors.AccountWideError)}
    assert account_wide == {
        errors.NotConfigured,
        errors.CredentialsInvalid,
        errors.NotAuthorized,
        errors.ConnectionFailed,
    }


def test_a_wrong_api_pair_is_a_sign_in_failure_and_still_a_value_error():
    with pytest.raises(credentials.ApiIdNotNumber) as caught:
        credentials.parse_credentials("12ab", "0" * 32)
    assert isinstance(caught.value, errors.SignInError)
    assert isinstance(caught.value, credentials.CredentialsError)
    assert isinstance(caught.value, ValueError)
