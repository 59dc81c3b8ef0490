"""The retry and flood rules as plain data: an error and a history in, a decision out."""

import pytest

from tgclient.errors import (
    ChannelPrivate,
    CodeInvalid,
    ConnectionFailed,
    FloodWait,
    NotAuthorized,
    ServerProblem,
    UnexpectedError,
)
from tgclient.retry_policy import Attempts, GiveUp, Reconnect, Retry, RetryPolicy, Wait

POLICY = RetryPolicy(reconnect_delays=(1, 2, 4), max_reconnects=2)


def run(policy, errors):
    """The decisions for a request that meets ``errors`` one after another; ``"ok"`` in the
    list stands for a reconnect that worked."""
    attempts, decisions = Attempts(), []
    for error in errors:
        if error == "ok":
            attempts = attempts.connected()
            continue
        decision = policy.decide(error, attempts)
        decisions.append(decision)
        attempts = attempts.after(decision)
    return decisions, attempts


def test_a_flood_wait_is_counted_down_for_the_seconds_telegram_asks():
    assert POLICY.decide(FloodWait(42), Attempts()) == Wait(42)
    assert POLICY.decide(FloodWait(0), Attempts()) == Wait(1)  # never a busy loop


def test_by_default_every_flood_wait_is_waited_however_long_and_often():
    decisions, attempts = run(RetryPolicy(), [FloodWait(86_400)] * 50)
    assert decisions == [Wait(86_400)] * 50
    assert attempts.flood_waits == 50 and attempts.waited_seconds == 50 * 86_400


def test_flood_waits_beyond_the_limits_give_up():
    policy = RetryPolicy(max_flood_wait=600, max_flood_waits=2)
    assert isinstance(policy.decide(FloodWait(601), Attempts()), GiveUp)
    assert policy.decide(FloodWait(600), Attempts()) == Wait(600)
    decisions, _ = run(policy, [FloodWait(10)] * 3)
    assert decisions[:2] == [Wait(10), Wait(10)]
    assert decisions[2] == GiveUp("too many flood waits")


def test_a_lost_connection_reconnects_with_growing_pauses_then_gives_up():
    decisions, _ = run(POLICY, [ConnectionFailed()] * 4)
    assert decisions == [Reconnect(1), Reconnect(2), Reconnect(4), GiveUp("unreachable")]


def test_a_reconnect_that_works_starts_the_pauses_again():
    decisions, attempts = run(POLICY, [ConnectionFailed(), ConnectionFailed(), "ok"])
    assert decisions == [Reconnect(1), Reconnect(2)]
    assert POLICY.decide(ConnectionFailed(), attempts) == Reconnect(1)


def test_a_connection_that_keeps_dropping_after_reconnecting_gives_up():
    errors = [ConnectionFailed(), "ok", ConnectionFailed(), "ok", ConnectionFailed()]
    decisions, _ = run(POLICY, errors)
    assert decisions == [Reconnect(1), Reconnect(1), GiveUp("connection keeps dropping")]


def test_telegrams_own_trouble_is_given_up_by_default_and_retried_when_asked():
    assert isinstance(RetryPolicy().decide(ServerProblem(), Attempts()), GiveUp)
    policy = RetryPolicy(server_retry_delays=(2, 5))
    decisions, _ = run(policy, [ServerProblem()] * 3)
    assert decisions == [Retry(2), Retry(5), GiveUp("server problem")]


@pytest.mark.parametrize(
    "error",
    [NotAuthorized(), ChannelPrivate(), CodeInvalid(), UnexpectedError(), ValueError("bug")],
)
def test_what_waiting_cannot_mend_is_given_up_at_once(error):
    assert POLICY.decide(error, Attempts()) == GiveUp("not repeatable")


def test_the_histories_of_different_errors_do_not_mix():
    decisions, attempts = run(
        POLICY, [FloodWait(5), ConnectionFailed(), "ok", FloodWait(3), ConnectionFailed()]
    )
    assert decisions == [Wait(5), Reconnect(1), Wait(3), Reconnect(1)]
    assert (attempts.flood_waits, attempts.waited_seconds, attempts.reconnects) == (2, 8, 1)


def test_the_policy_imports_neither_asyncio_nor_telethon():
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['asyncio'] = None; import tgclient.retry_policy; "
        "bad = [m for m in ('telethon', 'PySide6') if m in sys.modules]; sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
