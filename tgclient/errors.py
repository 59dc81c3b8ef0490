"""What can go wrong when talking to Telegram, in the project's own words.

The gateway turns Telethon's errors into these, so the service and the UI never import Telethon
and each failure can be shown with its own message (the UI translates them).
"""


class TelegramError(Exception):
    """Base of every Telegram failure the app reports to the user."""


class NotConfigured(TelegramError):
    """No API id / hash yet: the user has to enter them before signing in."""


class CredentialsInvalid(TelegramError):
    """Telegram rejected the API id / hash (unknown, or blocked because it was published)."""


class ConnectionFailed(TelegramError):
    """Telegram could not be reached (no network, a proxy in the way, a timeout)."""


class NotAuthorized(TelegramError):
    """Not signed in, or the session was revoked / the account deactivated: sign in again."""


class ServerProblem(TelegramError):
    """Telegram answered with an internal error or timed out on its side; trying again helps."""


class UnexpectedError(TelegramError):
    """Something failed that the app does not know how to explain (details are in the log)."""


class FloodWait(TelegramError):
    """Telegram asks to wait ``seconds`` before the same kind of request."""

    def __init__(self, seconds: int):
        super().__init__(f"Telegram asks to wait {seconds} s")
        self.seconds = int(seconds)


# --- sign-in ---


class PhoneInvalid(TelegramError):
    """The phone number is not a valid Telegram number."""


class PhoneBanned(TelegramError):
    """Telegram has banned this phone number."""


class PhoneUnoccupied(TelegramError):
    """No Telegram account uses this phone number."""


class TooManyAttempts(TelegramError):
    """Too many sign-in attempts with this number; Telegram refuses more for a while."""


class CodeUnavailable(TelegramError):
    """Telegram cannot send another login code now (the one already sent is still valid)."""


class CodeInvalid(TelegramError):
    """The login code is wrong."""


class CodeExpired(TelegramError):
    """The login code has expired; a new one must be requested."""


class PasswordNeeded(TelegramError):
    """The account has two-step verification: the cloud password is needed."""


class PasswordInvalid(TelegramError):
    """The two-step verification password is wrong."""


# --- channels ---


class ChannelNotFound(TelegramError):
    """No channel by that username or link."""


class UsernameInvalid(TelegramError):
    """The username does not follow Telegram's rules."""


class ChannelPrivate(TelegramError):
    """A private channel the account has not joined (or an invite link that expired)."""


class ChannelBanned(TelegramError):
    """The account was banned from the channel, or the channel is blocked."""


class NotAChannel(TelegramError):
    """The reference points to a user, a bot or a group, not a broadcast channel."""


class ChannelAccessInvalid(TelegramError):
    """Telegram refused the stored access hash: it belongs to another account (signed in with
    another one, or the database moved). Resolving the channel again gives a fresh one."""


class NeedsReopen(TelegramError):
    """The channel's access hash is refused and it has no username or invite link to resolve it
    by: it has to be opened again (its link pasted, or chosen again as the own channel)."""


class NotAdmin(TelegramError):
    """The account does not administer the channel."""


class QrExpired(TelegramError):
    """The QR login token expired before it was scanned; a new one must be shown."""


class SyncFailed(TelegramError):
    """Some channels of a refresh could not be read; ``failures`` says which and why."""

    def __init__(self, failures: list[tuple[str, TelegramError]]):
        super().__init__("; ".join(f"{name}: {type(e).__name__}" for name, e in failures))
        self.failures = list(failures)
