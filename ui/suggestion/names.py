"""The suggestion's names shown to the user: the niche CPM bases and the price adjustments."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def basis_names() -> dict[str, str]:
    return {
        "mean": QCoreApplication.translate("SuggestionArea", "mean"),
        "median": QCoreApplication.translate("SuggestionArea", "median"),
        "trimmed": QCoreApplication.translate("SuggestionArea", "trimmed mean (10 %)"),
        "weighted": QCoreApplication.translate("SuggestionArea", "weighted by reach"),
    }


def adjustment_names() -> dict[str, str]:
    return {
        "caught_cheating": QCoreApplication.translate(
            "SuggestionArea", "Caught buying views or subscribers"
        ),
        "mega_compilations": QCoreApplication.translate(
            "SuggestionArea", "Often in mega-compilations"
        ),
        "better_terms": QCoreApplication.translate("SuggestionArea", "Better placement terms"),
        "growing": QCoreApplication.translate("SuggestionArea", "Growing through bought ads"),
        "narrow_niche": QCoreApplication.translate(
            "SuggestionArea", "Narrow niche, few competitors"
        ),
    }
