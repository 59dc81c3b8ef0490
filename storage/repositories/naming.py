"""How a typed channel name (@username, link or title) is read and matched to a stored row."""

from __future__ import annotations

from pricing.errors import InputError
from pricing.parsing import parse_channel_ref
from storage.models import Channel
from storage.records import ChannelRecord


def split_channel_name(text: str) -> tuple[str | None, str]:
    """(username, "") when :func:`pricing.parse_channel_ref` reads ``text`` as a public username
    (``@name``, ``name``, any t.me / telegram.me / telegram.dog link, ``tg://resolve``), else
    (None, the text with its spaces tidied): a title. One parser for every layer, so a channel
    typed as a link is the same channel that vetting, history and the duplicate check look up.
    """
    text = " ".join(text.split())
    try:
        ref = parse_channel_ref(text)
    except InputError:
        return None, text
    return (ref.value, "") if ref.kind == "username" else (None, text)


def names_channel(row: Channel, text: str) -> bool:
    """Whether ``text`` (as typed or as shown) still names the stored channel ``row``."""
    text = " ".join(text.split())
    if not text:
        return True
    if row.username:
        username, _title = split_channel_name(text)
        return (username or "").lower() == row.username.lower()
    return text.casefold() == row.title.casefold()


def find_by_casefold(query, field_name: str, text: str):
    """Case-insensitive match done in Python: SQLite's LOWER() leaves Cyrillic as is."""
    field = getattr(query.model, field_name)
    exact = query.where(field == text).first()
    if exact is not None:
        return exact
    wanted = text.casefold()
    return next((row for row in query if getattr(row, field_name).casefold() == wanted), None)


def channel_record(row: Channel) -> ChannelRecord:
    """The dataclass handed out for a channel row."""
    return ChannelRecord(
        id=row.id,
        username=row.username,
        title=row.title,
        niche_id=row.niche_id,
        is_own=row.is_own,
        subscribers=row.subscribers,
        telegram_id=row.telegram_id,
        access_hash=row.access_hash,
        caught_cheating=row.caught_cheating,
        mega_compilations=row.mega_compilations,
        under_promotion=row.under_promotion,
        narrow_niche=row.narrow_niche,
        tracked=row.tracked,
        notes=row.notes,
        typed_reach_24h=row.typed_reach_24h,
        typed_reach_48h=row.typed_reach_48h,
        invite_hash=row.invite_hash,
        needs_reopen=row.needs_reopen,
    )
