"""The *Price book* tab: the area (``area.py``) assembles the filter bar, the import and export
of spreadsheets and the reach fetched from Telegram, each in a module of its own."""
