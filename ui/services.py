"""The services a window is given: built once in ``main.py``, replaced by fakes in tests."""

from dataclasses import dataclass

from storage import Storage


@dataclass
class Services:
    storage: Storage
    database_label: str
