"""The one error type of the pricing room: bad user input, with a message a user can read."""

from __future__ import annotations

from collections.abc import Callable


class InputError(ValueError):
    """Raised for input a user typed or imported that cannot be used.

    The message says what is wrong and what is accepted, so the UI can show it as is. ``code``
    names the reason for a program (such as ``"price_too_large"``) and ``details`` holds the
    numbers the message quotes, so a user interface can say the same in the user's language;
    both are optional and ``code`` is None where the reason has no name.
    """

    def __init__(self, message: str = "", *, code: str | None = None, **details: object):
        super().__init__(message)
        self.code = code
        self.details = details

    def __reduce__(
        self,
    ) -> tuple[Callable[[str, str | None, dict[str, object]], InputError], tuple[object, ...]]:
        # keep code and details when sent to a worker process and back
        return _rebuild, (str(self), self.code, self.details)


def _rebuild(message: str, code: str | None, details: dict[str, object]) -> InputError:
    return InputError(message, code=code, **details)
