"""What the use cases need of Telegram: a protocol that tgclient's TelegramService meets.

The services here take any object with these members, so tests and the offline demo can pass
their own; ``None`` means Telegram is not set up and the app works from stored data.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from storage.records import ChannelRecord
    from tgclient.credentials import ApiCredentials
    from tgclient.service import Progress, SyncReport, SyncSettings

T = TypeVar("T")


class TelegramAccess(Protocol):
    """The signed-in account's reading of channels, with the sync's flood and reconnect handling."""

    @property
    def signed_in(self) -> bool: ...

    def credentials(self) -> ApiCredentials | None: ...

    def has_session(self) -> bool: ...

    def gateway(self) -> Any: ...

    async def call(self, make: Callable[[], Awaitable[T]]) -> T: ...

    async def request(self, make: Callable[[], Awaitable[T]]) -> T: ...

    async def resolve(self, text: str) -> ChannelRecord: ...

    async def fetch_public(
        self, text: str, progress: Callable[[Progress], None] | None = None
    ) -> SyncReport: ...

    async def sync_channel(
        self,
        channel_id: int,
        progress: Callable[[Progress], None] | None = None,
        *,
        limits: SyncSettings | None = None,
    ) -> SyncReport: ...
