"""The *Price suggestion* tab: the area (``area.py``) assembles the inputs and adjustments, the
results in words (``results.py``) and the charts (``charts.py``)."""
