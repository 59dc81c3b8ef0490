"""Text helpers every parser shares: spaces normalised, the user's text quoted in messages.

Regular expressions that try a list of words longest first are built here too.
"""

from __future__ import annotations

import re

# Spaces people (and spreadsheets, and Telegram clients) put between digit groups.
_SPACES = re.compile(r"[\s\u00a0\u2007\u2009\u202f]+")


def normalise_spaces(text: str) -> str:
    """Every run of spaces (no-break, thin and narrow no-break ones too) as one plain space."""
    return _SPACES.sub(" ", text).strip()


def quote_text(text: str, limit: int = 40) -> str:
    """The user's text for an error message, shortened so a pasted essay stays readable."""
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return f"“{shown}”"


def alternation(words: list[str]) -> str:
    # Longest first, so "рублей" wins over "р" and "кк" over "к".
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
