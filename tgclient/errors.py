"""What can go wrong when talking to Telegram, in the project's own words, grouped by category.

The gateway turns Telethon's errors into these, so the service and the UI never import Telethon
and each failure can be shown with its own message (the UI translates them). As Telethon's
``errors/rpcbaseerrors.py`` groups its errors, each class sits in a category that says what the
caller can do about it:

- :class:`SignInError`: the account, its session or the sign-in step (sign in, or type again);
- :class:`ChannelError`: the one channel asked for (skip it, open it again, pick another);
- :class:`TransientError`: Telegram or the network for now (wait, reconnect, try again later).

Across the categories, :class:`AccountWideError` marks the failures that hit every request of the
account alike (not set up, not signed in, no connection): a round over many channels stops on
one of these instead of trying the next channel.
"""


class TelegramError(Exception):
    """Base of every Telegram failure the app reports to the user."""


# --- categories ---


class SignInError(TelegramError):
    """The API pair, the session or a sign-in step failed: the user has to act to sign in."""


class ChannelError(TelegramError):
    """The channel asked for cannot be read (unknown, private, banned, not a channel …)."""


class TransientError(TelegramError):
    """Telegram or the network cannot serve now; waiting or reconnecting may help."""


class AccountWideError(TelegramError):
    """Fails every request of the account, not only this channel's: a round stops on it."""


# --- sign-in ---


class NotConfigured(SignInError, AccountWideError):
    """No API id / hash yet: the user has to enter them before signing in."""


class CredentialsInvalid(SignInError, AccountWideError):
    """Telegram rejected the API id / hash (unknown, or blocked because it was published)."""


class NotAuthorized(SignInError, AccountWideError):
    """Not signed in, or the session was revoked / the account deactivated: sign in again."""


class PhoneInvalid(SignInError):
    """The phone number is not a valid Telegram number."""


class PhoneBanned(SignInError):
    """Telegram has banned this phone number."""


class PhoneUnoccupied(SignInError):
    """No Telegram account uses this phone number."""


class TooManyAttempts(SignInError):
    """Too many sign-in attempts with this number; Telegram refuses more for a while."""


class CodeUnavailable(SignInError):
    """Telegram cannot send another login code now (the one already sent is still valid)."""


class CodeInvalid(SignInError):
    """The login code is wrong."""


class CodeExpired(SignInError):
    """The login code has expired; a new one must be requested."""


class PasswordNeeded(SignInError):
    """The account has two-step verification: the cloud password is needed."""


class PasswordInvalid(SignInError):
    """The two-step verification password is wrong."""


class QrExpired(SignInError):
    """The QR login token expired before it was scanned; a new one must be shown."""


# --- channels ---


class ChannelNotFound(ChannelError):
    """No channel by that username or link."""


class UsernameInvalid(ChannelError):
    """The username does not follow Telegram's rules."""


class ChannelPrivate(ChannelError):
    """A private channel the account has not joined (or an invite link that expired)."""


class ChannelBanned(ChannelError):
    """The account was banned from the channel, or the channel is blocked."""


class NotAChannel(ChannelError):
    """The reference points to a user, a bot or a group, not a broadcast channel."""


class ChannelAccessInvalid(ChannelError):
    """Telegram refused the stored access hash: it belongs to another account (signed in with
    another one, or the database moved). Resolving the channel again gives a fresh one."""


class NeedsReopen(ChannelError):
    """The channel's access hash is refused and it has no username or invite link to resolve it
    by: it has to be opened again (its link pasted, or chosen again as the own channel)."""


class NotAdmin(ChannelError):
    """The account does not administer the channel."""


# --- transient ---


class FloodWait(TransientError):
    """Telegram asks to wait ``seconds`` before the same kind of request."""

    def __init__(self, seconds: int):
        super().__init__(f"Telegram asks to wait {seconds} s")
        self.seconds = int(seconds)


class ConnectionFailed(TransientError, AccountWideError):
    """Telegram could not be reached (no network, a proxy in the way, a timeout)."""


class ServerProblem(TransientError):
    """Telegram answered with an internal error or timed out on its side; trying again helps."""


# --- outside the categories ---


class UnexpectedError(TelegramError):
    """Something failed that the app does not know how to explain (details are in the log)."""


class SyncFailed(TelegramError):
    """Some channels of a refresh could not be read; ``failures`` says which and why."""

    def __init__(self, failures: list[tuple[str, TelegramError]]):
        super().__init__("; ".join(f"{name}: {type(e).__name__}" for name, e in failures))
        self.failures = list(failures)
