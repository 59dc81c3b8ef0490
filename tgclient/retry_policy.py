"""When a failed Telegram request is waited for, reconnected, repeated or given up: pure rules.

No asyncio, no Telethon, no clock: the service hands in the error and what happened so far to
this request (:class:`Attempts`), and carries out the :class:`Decision` it gets back (the sleep
is the service's, passed in, as Picard's ``webservice/ratecontrol.py`` keeps its rate rules apart
from the network code). The rules:

- a flood wait is counted down for the seconds Telegram asks (at least 1), then the request is
  repeated, unless it is longer than ``max_flood_wait`` or this request already waited
  ``max_flood_waits`` times (both off by default: Telegram's word is followed);
- a lost connection is reconnected after the pauses of ``reconnect_delays``, one per failed
  attempt in a row; once they are used up, or when the request lost the connection again right
  after ``max_reconnects`` reconnects that worked, it gives up (offline);
- Telegram's own trouble (:class:`ServerProblem`) is repeated after each pause of
  ``server_retry_delays`` (none by default: the round names the channel and the next round
  reads it);
- anything else (sign-in, the channel itself, an unknown error) is given up at once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from tgclient.errors import ConnectionFailed, FloodWait, ServerProblem

DEFAULT_RECONNECT_DELAYS: tuple[float, ...] = (1, 2, 4, 8, 16, 32)


@dataclass(frozen=True)
class Wait:
    """Count down ``seconds`` (the user sees it), then repeat the request."""

    seconds: int


@dataclass(frozen=True)
class Reconnect:
    """Pause ``delay`` seconds, reconnect, then repeat the request."""

    delay: float


@dataclass(frozen=True)
class Retry:
    """Pause ``delay`` seconds quietly, then repeat the request."""

    delay: float


@dataclass(frozen=True)
class GiveUp:
    """Stop: the error goes to the caller; ``reason`` says which rule (for the log and tests)."""

    reason: str


Decision = Wait | Reconnect | Retry | GiveUp


@dataclass(frozen=True)
class Attempts:
    """What happened to one request so far (plain counters, replaced after each step)."""

    flood_waits: int = 0
    waited_seconds: int = 0
    failed_connects: int = 0  # in a row: the request's lost connection, then failed reconnects
    reconnects: int = 0  # reconnects that worked
    server_retries: int = 0

    def after(self, decision: Decision) -> Attempts:
        """The history once ``decision`` has been carried out (a reconnect not yet known)."""
        if isinstance(decision, Wait):
            return replace(
                self,
                flood_waits=self.flood_waits + 1,
                waited_seconds=self.waited_seconds + decision.seconds,
            )
        if isinstance(decision, Reconnect):
            return replace(self, failed_connects=self.failed_connects + 1)
        if isinstance(decision, Retry):
            return replace(self, server_retries=self.server_retries + 1)
        return self

    def connected(self) -> Attempts:
        """The history after a reconnect that worked."""
        return replace(self, failed_connects=0, reconnects=self.reconnects + 1)


@dataclass(frozen=True)
class RetryPolicy:
    """The limits of the rules in the module docstring."""

    reconnect_delays: tuple[float, ...] = DEFAULT_RECONNECT_DELAYS
    max_reconnects: int = 5  # per request; a resumable catch-up counts as one
    max_flood_wait: int | None = None
    max_flood_waits: int | None = None
    server_retry_delays: tuple[float, ...] = ()

    def decide(self, error: BaseException, attempts: Attempts) -> Decision:
        """What to do about ``error``, given what this request went through already."""
        if isinstance(error, FloodWait):
            return self._flood(error.seconds, attempts)
        if isinstance(error, ConnectionFailed):
            return self._connection(attempts)
        if isinstance(error, ServerProblem):
            if attempts.server_retries < len(self.server_retry_delays):
                return Retry(self.server_retry_delays[attempts.server_retries])
            return GiveUp("server problem")
        return GiveUp("not repeatable")

    def _flood(self, seconds: int, attempts: Attempts) -> Decision:
        if self.max_flood_wait is not None and seconds > self.max_flood_wait:
            return GiveUp("flood wait too long")
        if self.max_flood_waits is not None and attempts.flood_waits >= self.max_flood_waits:
            return GiveUp("too many flood waits")
        return Wait(max(int(seconds), 1))

    def _connection(self, attempts: Attempts) -> Decision:
        if attempts.failed_connects >= len(self.reconnect_delays):
            return GiveUp("unreachable")
        if attempts.failed_connects == 0 and attempts.reconnects >= self.max_reconnects:
            return GiveUp("connection keeps dropping")
        return Reconnect(self.reconnect_delays[attempts.failed_connects])
