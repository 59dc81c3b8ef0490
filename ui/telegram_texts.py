"""What to tell the user about Telegram: waits and failures, in the UI language (one table)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tgclient import credentials, errors


def format_wait(seconds: int) -> str:
    """ "45 s", "5 min 20 s", "2 h 5 min": how long a flood wait lasts."""
    seconds = max(int(seconds), 0)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return (
            QCoreApplication.translate("Telegram", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", str(minutes))
        )
    if minutes and not secs:
        return QCoreApplication.translate("Telegram", "%1 min").replace("%1", str(minutes))
    if minutes:
        return (
            QCoreApplication.translate("Telegram", "%1 min %2 s")
            .replace("%1", str(minutes))
            .replace("%2", str(secs))
        )
    return QCoreApplication.translate("Telegram", "%1 s").replace("%1", str(secs))


def telegram_error_text(error: BaseException) -> str:
    """What to tell the user about a Telegram failure, in their language: the text of its class,
    else of its category (``tgclient.errors``), else a generic one naming it."""
    if isinstance(error, errors.FloodWait):
        return QCoreApplication.translate(
            "Telegram", "Telegram asks to wait %1 before trying again."
        ).replace("%1", format_wait(error.seconds))
    if isinstance(error, credentials.EnvironmentIncomplete):
        return (
            QCoreApplication.translate("Telegram", "Set both %1 and %2, or neither.")
            .replace("%1", credentials.ENV_API_ID)
            .replace("%2", credentials.ENV_API_HASH)
        )
    for kind, text in _messages().items():  # most specific first, then the categories
        if isinstance(error, kind):
            return text
    return QCoreApplication.translate("Telegram", "Telegram reported an error: %1").replace(
        "%1", type(error).__name__
    )


def _messages() -> dict[type[BaseException], str]:
    """The one table: a failure's class (or category, at the end) → its text."""
    return {
        errors.NotConfigured: QCoreApplication.translate(
            "Telegram", "Enter your Telegram API id and hash first."
        ),
        errors.CredentialsInvalid: QCoreApplication.translate(
            "Telegram",
            "Telegram rejected this API id / hash. Check them on my.telegram.org "
            "(API development tools) and enter them again.",
        ),
        credentials.ApiIdEmpty: QCoreApplication.translate(
            "SignInDialog", "API id is empty. Copy it from my.telegram.org → API development tools."
        ),
        credentials.ApiIdNotNumber: QCoreApplication.translate(
            "SignInDialog", "API id must be a whole number, such as 1234567."
        ),
        credentials.ApiHashEmpty: QCoreApplication.translate(
            "SignInDialog",
            "API hash is empty. Copy it from my.telegram.org → API development tools.",
        ),
        credentials.SavedCredentialsUnreadable: QCoreApplication.translate(
            "Telegram", "The saved Telegram API id / hash could not be read; enter them again."
        ),
        # any other pair that cannot be right: the hash is what is usually mistyped
        credentials.CredentialsError: QCoreApplication.translate(
            "SignInDialog",
            "API hash must be 32 characters of digits and letters a–f, "
            "as shown on my.telegram.org.",
        ),
        errors.ConnectionFailed: QCoreApplication.translate(
            "Telegram",
            "Telegram could not be reached. Check the internet connection; stored data "
            "still works offline.",
        ),
        errors.NotAuthorized: QCoreApplication.translate(
            "Telegram", "The Telegram session has ended. Sign in again; your data is kept."
        ),
        errors.PhoneInvalid: QCoreApplication.translate(
            "Telegram",
            "This phone number is not valid. Enter it in international format, "
            "for example +7 999 123-45-67.",
        ),
        errors.PhoneBanned: QCoreApplication.translate(
            "Telegram", "Telegram has banned this phone number; it cannot be used to sign in."
        ),
        errors.PhoneUnoccupied: QCoreApplication.translate(
            "Telegram", "There is no Telegram account with this phone number."
        ),
        errors.TooManyAttempts: QCoreApplication.translate(
            "Telegram", "Too many sign-in attempts with this number. Try again later."
        ),
        errors.CodeUnavailable: QCoreApplication.translate(
            "Telegram",
            "Telegram cannot send a new code now. Wait for the code already sent, "
            "or try again later.",
        ),
        errors.ServerProblem: QCoreApplication.translate(
            "Telegram", "Telegram had a problem answering. Try again in a moment."
        ),
        errors.UnexpectedError: QCoreApplication.translate(
            "Telegram", "Something went wrong talking to Telegram. Try again."
        ),
        errors.CodeInvalid: QCoreApplication.translate(
            "Telegram", "The code is wrong. Check it and try again."
        ),
        errors.CodeExpired: QCoreApplication.translate(
            "Telegram", "The code has expired. Press “Send a new code” and enter the new one."
        ),
        errors.PasswordInvalid: QCoreApplication.translate(
            "Telegram", "The password is wrong. Try again."
        ),
        errors.QrExpired: QCoreApplication.translate(
            "Telegram", "The QR code expired; a new one is shown."
        ),
        errors.ChannelNotFound: QCoreApplication.translate(
            "Telegram", "No channel has this username."
        ),
        errors.UsernameInvalid: QCoreApplication.translate(
            "Telegram", "This is not a valid channel username or link."
        ),
        errors.ChannelPrivate: QCoreApplication.translate(
            "Telegram",
            "This channel is private: join it in Telegram first (or the invite link expired).",
        ),
        errors.ChannelBanned: QCoreApplication.translate(
            "Telegram", "This channel is not available: it is blocked or you were banned from it."
        ),
        errors.NotAChannel: QCoreApplication.translate(
            "Telegram", "This is a user or a group, not a channel."
        ),
        errors.NotAdmin: QCoreApplication.translate(
            "Telegram", "You are not an administrator of this channel."
        ),
        errors.NeedsReopen: QCoreApplication.translate(
            "Telegram",
            "This channel has to be opened again: paste its link, or choose it as your "
            "channel again.",
        ),
        errors.ChannelAccessInvalid: QCoreApplication.translate(
            "Telegram", "Telegram refuses the saved access to this channel. Open it again."
        ),
        # the categories: a failure without a text of its own
        errors.SignInError: QCoreApplication.translate(
            "Telegram", "Signing in to Telegram failed. Try again."
        ),
        errors.ChannelError: QCoreApplication.translate(
            "Telegram", "This channel cannot be read from Telegram."
        ),
        errors.TransientError: QCoreApplication.translate(
            "Telegram", "Telegram cannot answer now. Try again in a moment."
        ),
    }


def channel_failure_text(error: BaseException) -> str:
    """Why one channel of a refresh was not read, as a short clause after its name ("@name:
    the channel is private now"); what has no clause of its own gets the full text above."""
    clauses = {
        errors.ChannelPrivate: QCoreApplication.translate(
            "TelegramPanel", "the channel is private now"
        ),
        errors.ChannelBanned: QCoreApplication.translate(
            "TelegramPanel", "the channel is blocked or you were banned from it"
        ),
        errors.ChannelNotFound: QCoreApplication.translate(
            "TelegramPanel", "no channel has this username any more"
        ),
        errors.UsernameInvalid: QCoreApplication.translate(
            "TelegramPanel", "no channel has this username any more"
        ),
        errors.NotAChannel: QCoreApplication.translate(
            "TelegramPanel", "this is no longer a channel"
        ),
        errors.NeedsReopen: QCoreApplication.translate(
            "TelegramPanel",
            "needs to be opened again (paste its link, or choose it as your channel again)",
        ),
        errors.ChannelAccessInvalid: QCoreApplication.translate(
            "TelegramPanel", "Telegram refuses the saved access to it"
        ),
    }
    if isinstance(error, errors.UnexpectedError) and str(error):
        return QCoreApplication.translate("TelegramPanel", "Telegram answered %1").replace(
            "%1", str(error)
        )
    for kind, text in clauses.items():
        if isinstance(error, kind):
            return text
    return telegram_error_text(error)
