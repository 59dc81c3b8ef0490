"""The one error type of the pricing room: bad user input, with a message a user can read."""


class InputError(ValueError):
    """Raised for input a user typed or imported that cannot be used.

    The message says what is wrong and what is accepted, so the UI can show it as is.
    """
