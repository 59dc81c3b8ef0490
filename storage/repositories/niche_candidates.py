"""The niche builder's checklist in the database: channels offered as competitors of a niche.

A candidate is a stored channel plus where it came from (Telegram's similar channels of some
channel, or a pasted list). Ticking one makes the channel a tracked channel of the niche; the
candidate row stays, so the list survives restarts and works offline.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from peewee import Database

from storage.models import Channel, NicheCandidate
from storage.records import ChannelRecord
from storage.repositories.bulk import row_chunks
from storage.repositories.naming import channel_record


class CandidateOrigin(StrEnum):
    RECOMMENDED = "recommended"  # Telegram's similar channels
    PASTED = "pasted"  # a list of links or @names the user pasted


@dataclass(frozen=True)
class CandidateRecord:
    id: int
    niche_id: int
    channel: ChannelRecord
    origin: CandidateOrigin
    found_via_id: int | None
    found_at: datetime

    @property
    def competitor(self) -> bool:
        """Ticked: the channel is tracked as a competitor of this niche."""
        return self.channel.tracked and self.channel.niche_id == self.niche_id


class NicheCandidateRepository:
    def __init__(self, db: Database):
        self.db = db

    def add(
        self,
        niche_id: int,
        channel_ids: Iterable[int],
        origin: CandidateOrigin,
        found_at: datetime,
        found_via_id: int | None = None,
    ) -> int:
        """Offer channels as candidates of a niche; ones already offered stay as they were.

        The own channel and the channel they were found through are never offered. Returns
        how many are new.
        """
        own = Channel.select(Channel.id).where(Channel.is_own).scalar()
        wanted = [i for i in dict.fromkeys(channel_ids) if i not in (own, found_via_id)]
        if not wanted:
            return 0
        with self.db.atomic():
            known = {
                row.channel_id
                for row in NicheCandidate.select(NicheCandidate.channel).where(
                    (NicheCandidate.niche == niche_id) & NicheCandidate.channel.in_(wanted)
                )
            }
            rows = [
                {
                    "niche": niche_id,
                    "channel": channel_id,
                    "origin": CandidateOrigin(origin).value,
                    "found_via": found_via_id,
                    "found_at": found_at,
                }
                for channel_id in wanted
                if channel_id not in known
            ]
            for chunk in row_chunks(self.db, rows, 5):
                NicheCandidate.insert_many(chunk).execute()
        return len(rows)

    def in_niche(self, niche_id: int) -> list[CandidateRecord]:
        """The niche's candidates, in the order they were found (Telegram's order first)."""
        query = (
            NicheCandidate.select(NicheCandidate, Channel)
            .join(Channel, on=(NicheCandidate.channel == Channel.id))
            .where(NicheCandidate.niche == niche_id)
            .order_by(NicheCandidate.found_at, NicheCandidate.id)
        )
        return [
            CandidateRecord(
                id=row.id,
                niche_id=row.niche_id,
                channel=channel_record(row.channel),
                origin=CandidateOrigin(row.origin),
                found_via_id=row.found_via_id,
                found_at=row.found_at,
            )
            for row in query
        ]

    def remove(self, niche_id: int, channel_id: int) -> None:
        with self.db.atomic():
            NicheCandidate.delete().where(
                (NicheCandidate.niche == niche_id) & (NicheCandidate.channel == channel_id)
            ).execute()

    def competitors(self, niche_id: int) -> list[ChannelRecord]:
        """The niche's tracked competitors (ticked here, or tracked from the price book)."""
        query = (
            Channel.select()
            .where((Channel.niche == niche_id) & Channel.tracked & ~Channel.is_own)
            .order_by(Channel.id)
        )
        return [channel_record(row) for row in query]

    def set_competitor(self, niche_id: int, channel_id: int, competitor: bool) -> ChannelRecord:
        """Tick: the channel joins the niche, tracked. Untick: it is no longer tracked (its
        niche stays, with any quotes it has)."""
        with self.db.atomic():
            if competitor:
                Channel.update(niche=niche_id, tracked=True).where(
                    Channel.id == channel_id
                ).execute()
            else:
                Channel.update(tracked=False).where(
                    (Channel.id == channel_id) & ~Channel.is_own
                ).execute()
        return channel_record(Channel.get_by_id(channel_id))
