"""The *Placements* tab: the area (``area.py``) assembles the table, the summary of the selected
placement (``summary.py``), the charts (``charts.py``), the undoable edits (``edits.py``) and the
Telegram work on invite links and joins (``telegram.py``)."""
