"""The *Niche* tab: the area (``area.py``) assembles the competitors' checklist and the list of
prices to collect (their table models in ``models.py``) and the one reach pass over the niche
(``reach_pass.py``)."""
