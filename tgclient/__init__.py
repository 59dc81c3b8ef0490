"""Everything that talks to Telegram (through Telethon, imported on first connect); no Qt."""
