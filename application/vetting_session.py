"""A vetting check as the screen runs it, without Qt: input, fetch then evaluate, and Add.

The vetting screen keeps one :class:`VettingSession` and only displays it. The session holds the
rules the screen follows:

* the form's values (:class:`FormInput`) are parsed into a :class:`VettingRequest`; wrong input
  drops the previous result, so Add cannot save a quote the form no longer shows;
* a check runs **fetch → evaluate** (:class:`CheckState`): the Telegram fetch when an account is
  set up and signed in, then the evaluation of what is stored (in a worker thread, the screen's
  job). A Telegram error or a cancelled fetch still evaluates the stored data and the result says
  why nothing fresh was read; any other error fails the check;
* Check works while no check runs, Cancel while the fetch runs;
* Add saves only while the form shows the checked result and the price book does not already hold
  the same quote (:class:`AddState`); "Track this channel" needs Telegram and a known, not-own
  channel (:class:`Tracking`).

Nothing here starts tasks or threads: the screen runs :meth:`VettingSession.fetch` as an asyncio
task and :meth:`VettingSession.evaluation` in a worker, and reports how each ended.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from application.vetting import DuplicateQuoteError, VettingRequest, VettingResult, VettingService
from storage.records import ChannelRecord, QuoteRecord
from tgclient.errors import TelegramError


class CheckState(StrEnum):
    """Where the session's check stands."""

    IDLE = "idle"  # nothing checked yet, or the last input was wrong (no result)
    FETCHING = "fetching"  # reading the channel from Telegram
    EVALUATING = "evaluating"  # computing the result from the stored data
    DONE = "done"  # a result is there to show
    FAILED = "failed"  # the check failed for a reason not Telegram's (``error``)
    CANCELLED = "cancelled"  # stopped for good: the screen is closing, nothing more is shown


class AddState(StrEnum):
    """What "Add to price book" may do for the form as it is now."""

    NOTHING = "nothing"  # no result, or a check is running
    FORM_CHANGED = "form_changed"  # the form no longer shows the checked quote: check again
    SAVED_NOW = "saved_now"  # Add has just saved it
    ALREADY_SAVED = "already_saved"  # the same quote was saved earlier today
    CANNOT_SAVE = "cannot_save"  # the channel is not known well enough to save a quote under
    READY = "ready"  # Add saves the checked quote


class TrackState(StrEnum):
    """Whether "Track this channel" may be changed, and why not."""

    NO_TELEGRAM = "no_telegram"  # the scheduled refresh needs Telegram
    NOTHING_CHECKED = "nothing_checked"  # no known channel checked yet
    OWN = "own"  # the own channel is always refreshed
    AVAILABLE = "available"


@dataclass(frozen=True)
class Tracking:
    state: TrackState
    tracked: bool  # the checked channel is in the scheduled refresh (the own one always is)

    @property
    def can_change(self) -> bool:
        return self.state is TrackState.AVAILABLE


@dataclass(frozen=True)
class FormInput:
    """The vetting form as the user left it (the format in its English spelling)."""

    channel: str
    price: str
    format: str
    niche_id: int | None


@dataclass
class _Check:
    """The check under way: what it asks and how its fetch ended."""

    request: VettingRequest
    form: FormInput
    asked_telegram: bool
    fetched: bool = False
    fetch_error: TelegramError | None = None
    fetch_cancelled: bool = False


class VettingSession:
    """The vetting screen's state and rules; the widgets call it and show what it holds."""

    def __init__(self, vetting: VettingService):
        self.vetting = vetting
        self.state = CheckState.IDLE
        self.result: VettingResult | None = None
        self.error: BaseException | None = None  # why the last check failed (state FAILED)
        # the price book's copy of ``result``: saved by Add now, or found already there
        self.saved_quote: QuoteRecord | None = None
        self.saved_now = False
        self._checked_form: FormInput | None = None  # the form ``result`` was checked with
        self._check: _Check | None = None

    # --- what the buttons may do ---

    @property
    def busy(self) -> bool:
        """A fetch or the evaluation of the result is running."""
        return self.state in (CheckState.FETCHING, CheckState.EVALUATING)

    @property
    def can_check(self) -> bool:
        return not self.busy and self.state is not CheckState.CANCELLED

    @property
    def can_cancel(self) -> bool:
        return self.state is CheckState.FETCHING

    @property
    def closed(self) -> bool:
        """The screen is closing: late answers of a fetch or an evaluation are dropped."""
        return self.state is CheckState.CANCELLED

    @property
    def request(self) -> VettingRequest | None:
        """What the running check asks (None when no check runs)."""
        return self._check.request if self._check is not None else None

    # --- the check ---

    def start(
        self, form: FormInput, *, exclude_outliers: bool = True, can_wait: bool = True
    ) -> CheckState:
        """Begin a check of ``form``: FETCHING when Telegram can be asked, else EVALUATING.

        ``exclude_outliers`` is the user's "Leave outliers out" (the niche is judged as the price
        suggestion judges it); ``can_wait`` says whether the screen can run a fetch (an event
        loop is running). Wrong input raises :class:`application.vetting.VettingInputError` (the
        field named) or :class:`pricing.InputError` and drops the previous result.
        """
        if not self.can_check:
            raise RuntimeError(f"a check cannot start now ({self.state})")
        try:
            request = self.vetting.parse(form.channel, form.price, form.format, form.niche_id)
        except Exception:
            self.clear()
            raise
        request = dataclasses.replace(request, exclude_outliers=exclude_outliers)
        if self.vetting.can_fetch() and can_wait:
            self._check = _Check(request, form, asked_telegram=True)
            self.state = CheckState.FETCHING
        else:
            error = self.vetting.offline_error()
            self._check = _Check(request, form, asked_telegram=False, fetch_error=error)
            self.state = CheckState.EVALUATING
        return self.state

    async def fetch(self, progress=None) -> None:
        """The Telegram half of the running check (the screen runs it as an asyncio task)."""
        if self._check is None:
            raise RuntimeError("no check is running")
        await self.vetting.fetch(self._check.request, progress)

    def fetch_done(self) -> None:
        """The fetch stored fresh data: evaluate it."""
        self._after_fetch(fetched=True)

    def fetch_failed(self, error: BaseException) -> bool:
        """The fetch raised ``error``; True when the stored data is still to be evaluated.

        A Telegram error only keeps fresh data out (the result says which); anything else (the
        database, a bug) fails the check.
        """
        if isinstance(error, TelegramError):
            self._after_fetch(fetch_error=error)
            return True
        self.fail(error)
        return False

    def fetch_cancelled(self) -> None:
        """The user stopped the fetch: what it stored stays, and the stored data is evaluated."""
        self._after_fetch(fetch_cancelled=True)

    def _after_fetch(self, **how_it_ended) -> None:
        if self.state is not CheckState.FETCHING or self._check is None:
            return
        self._check = dataclasses.replace(self._check, **how_it_ended)
        self.state = CheckState.EVALUATING

    def evaluation(self) -> Callable[[], VettingResult]:
        """The evaluation of the running check, for a worker thread (it holds its own inputs)."""
        check, vetting = self._check, self.vetting
        if check is None or self.state is not CheckState.EVALUATING:
            raise RuntimeError(f"nothing to evaluate ({self.state})")
        return lambda: vetting.evaluate(
            check.request,
            fetched=check.fetched,
            fetch_error=check.fetch_error,
            fetch_cancelled=check.fetch_cancelled,
        )

    def evaluated(self, result: VettingResult) -> bool:
        """The result is in (state DONE); True when the check asked Telegram, which may have
        stored posts and subscribers (the other screens then reload)."""
        check = self._check
        if self.state is not CheckState.EVALUATING or check is None:
            return False
        self._check = None
        self.state = CheckState.DONE
        self.error = None
        self.result = result
        self._checked_form = check.form
        self.saved_now = False
        self.saved_quote = self.vetting.identical_quote(result) if result.can_save else None
        return check.asked_telegram

    def fail(self, error: BaseException) -> None:
        """The check failed for a reason not Telegram's: no result (state FAILED)."""
        if self.closed:
            return
        self._drop_result()
        self._check = None
        self.state = CheckState.FAILED
        self.error = error

    def clear(self) -> None:
        """No result (the input was wrong): Add has nothing to save."""
        self._drop_result()
        if not self.busy and not self.closed:
            self.state = CheckState.IDLE
            self.error = None

    def shutdown(self) -> None:
        """The screen is closing: the running check is abandoned and nothing more is shown."""
        self._check = None
        self.state = CheckState.CANCELLED

    def _drop_result(self) -> None:
        self.result = None
        self._checked_form = None
        self.saved_quote = None
        self.saved_now = False

    # --- saving ---

    def add_state(self, form: FormInput) -> AddState:
        """What Add may do while the form shows ``form``."""
        if self.result is None or self.busy:
            return AddState.NOTHING
        if form != self._checked_form:
            return AddState.FORM_CHANGED
        if self.saved_quote is not None:
            return AddState.SAVED_NOW if self.saved_now else AddState.ALREADY_SAVED
        return AddState.READY if self.result.can_save else AddState.CANNOT_SAVE

    def add(self, form: FormInput) -> QuoteRecord | None:
        """Save the checked quote when :meth:`add_state` is READY; the saved record, else None.

        A quote found in the price book meanwhile is not saved twice (the state becomes
        ALREADY_SAVED). :class:`pricing.InputError` or ``ValueError`` from saving propagate.
        """
        if self.add_state(form) is not AddState.READY:
            return None
        try:
            record = self.vetting.add_to_pricebook(self.result)
        except DuplicateQuoteError as error:
            self.saved_quote = error.quote
            return None
        self.saved_quote, self.saved_now = record, True
        return record

    # --- tracking ---

    def checked_channel(self) -> ChannelRecord | None:
        """The checked channel as stored now (its tracked flag may have changed since)."""
        channel = self.result.channel if self.result is not None else None
        if channel is None:
            return None
        return self.vetting.storage.channels.get(channel.id) or channel

    def tracking(self) -> Tracking:
        channel = self.checked_channel()
        tracked = bool(channel and (channel.tracked or channel.is_own))
        if self.vetting.telegram is None:
            return Tracking(TrackState.NO_TELEGRAM, tracked)
        if channel is None:
            return Tracking(TrackState.NOTHING_CHECKED, tracked)
        if channel.is_own:
            return Tracking(TrackState.OWN, tracked)
        return Tracking(TrackState.AVAILABLE, tracked)

    def set_tracked(self, tracked: bool) -> bool:
        """Put the checked channel in the scheduled refresh (or take it out); False when it
        cannot be (no Telegram, nothing checked)."""
        channel = self.result.channel if self.result is not None else None
        if channel is None or self.vetting.telegram is None:
            return False
        self.vetting.pricebook.set_tracked([channel.id], tracked)
        return True
