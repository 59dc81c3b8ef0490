"""A pasted list of channels: links and @names separated by spaces, commas, semicolons or lines.

Pure: each piece is read with :func:`pricing.parsing.parse_channel_ref`; a piece that is not a
channel keeps its :class:`~pricing.errors.InputError` so the user is told which one and why.
The same channel written twice (``@Name`` and ``t.me/name``) is kept once.
"""

from __future__ import annotations

import re

from pricing.errors import InputError
from pricing.parsing import ChannelRef, parse_channel_ref

_SEPARATORS = re.compile(r"[\s,;]+")

#: More than this many pieces in one paste is refused: a resolve each would invite flood waits.
MAX_PASTED = 200


def split_channel_list(text: str) -> list[tuple[str, ChannelRef | InputError]]:
    """``(piece as typed, its reference or the error)`` for each piece, first occurrence only."""
    if not isinstance(text, str):
        raise InputError("A list of channels must be text.", code="channel_list_not_text")
    pieces = [p for p in _SEPARATORS.split(text) if p]
    if len(pieces) > MAX_PASTED:
        raise InputError(
            f"At most {MAX_PASTED} channels at a time; this list has {len(pieces)}.",
            code="channel_list_too_long",
            limit=MAX_PASTED,
            count=len(pieces),
        )
    seen: set[tuple[str, str]] = set()
    found: list[tuple[str, ChannelRef | InputError]] = []
    for piece in pieces:
        try:
            ref = parse_channel_ref(piece)
        except InputError as error:
            found.append((piece, error))
            continue
        key = (ref.kind, ref.value.casefold() if ref.kind == "username" else ref.value)
        if key in seen:
            continue
        seen.add(key)
        found.append((piece, ref))
    return found
