"""Makes the check PySide6 runs on every import cheap, answering the same question.

Once PySide6 is loaded, its ``__feature__`` support looks at every module imported after it
(PYSIDE-2029) and asks whether the module's source mentions "PySide6", through
``inspect.getsource``: linecache reads, decodes and keeps the whole source of each module, and
``inspect`` searches ``sys.modules`` for it. For the ~550 modules the window imports after Qt
(matplotlib, numpy, peewee, our own) that was ~0.4 s of a one-to-two-second start here, and every
source stayed in memory; Telethon, imported at the first sign-in, paid it again. Reading the
file's bytes answers the same question in a few milliseconds. The app uses no ``__feature__``
(snake_case, true_property), so the answer only decides how PySide6 files the module.

PySide6's helper is private: if a release renames or drops it, nothing is changed and the start
is merely slower (``tests/test_import_check.py`` says so loudly).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
CHECK_NAME = "_mod_uses_pyside"


def install() -> bool:
    """Put the quick check in place of PySide6's; whether it is now in place.

    Call it after PySide6 is imported and before the rest of the app is.
    """
    feature = sys.modules.get(FEATURE_MODULE)
    slow = getattr(feature, CHECK_NAME, None)
    if feature is None or not callable(slow):
        return False
    if getattr(slow, "reads_bytes", False):
        return True
    setattr(feature, CHECK_NAME, quick_check(slow))
    return True


def quick_check(slow: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """A check that reads a module's source file as bytes, leaving the rare rest to ``slow``."""

    def mentions_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return slow(module)  # built-in, compiled or source-less: PySide6's answer is quick
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:  # e.g. a module loaded from a zip archive: its loader has the source
            return slow(module)

    mentions_pyside.reads_bytes = True  # type: ignore[attr-defined]
    mentions_pyside.__wrapped__ = slow  # type: ignore[attr-defined]
    return mentions_pyside
