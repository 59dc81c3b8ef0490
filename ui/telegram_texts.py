"""What to tell the user about Telegram: waits and failures, in the UI language (one table)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tgclient import errors


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
    """What to tell the user about a Telegram failure, in their language."""
    if isinstance(error, errors.FloodWait):
        return QCoreApplication.translate(
            "Telegram", "Telegram asks to wait %1 before trying again."
        ).replace("%1", format_wait(error.seconds))
    messages = {
        errors.NotConfigured: QCoreApplication.translate(
            "Telegram", "Enter your Telegram API id and hash first."
        ),
        errors.CredentialsInvalid: QCoreApplication.translate(
            "Telegram",
            "Telegram rejected this API id / hash. Check them on my.telegram.org "
            "(API development tools) and enter them again.",
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
    }
    for kind, text in messages.items():
        if isinstance(error, kind):
            return text
    return QCoreApplication.translate("Telegram", "Telegram reported an error: %1").replace(
        "%1", type(error).__name__
    )
