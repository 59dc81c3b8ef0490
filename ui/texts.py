"""Words several areas share, in the UI language (how a reach was obtained, …)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from application.pricebook import OwnReach


def reach_method_text(reach: OwnReach) -> str:
    """How a measured reach was obtained, in the UI language."""
    methods = {
        "measured": QCoreApplication.translate("MyChannelArea", "measured at the window"),
        "interpolated": QCoreApplication.translate("MyChannelArea", "from view snapshots"),
        "curve": QCoreApplication.translate("MyChannelArea", "estimated from the channel's curve"),
        "default_curve": QCoreApplication.translate(
            "MyChannelArea", "estimated from a typical curve"
        ),
        "telegram_stats": QCoreApplication.translate("MyChannelArea", "Telegram statistics"),
    }
    confidence = {
        "high": QCoreApplication.translate("MyChannelArea", "high confidence"),
        "medium": QCoreApplication.translate("MyChannelArea", "medium confidence"),
        "low": QCoreApplication.translate("MyChannelArea", "low confidence"),
    }
    if reach.method == "mixed":
        text = (
            QCoreApplication.translate("MyChannelArea", "%1 of %2 posts estimated from the curve")
            .replace("%1", str(reach.n_from_curve))
            .replace("%2", str(reach.n_posts))
        )
    else:
        text = methods.get(reach.method, reach.method)
    if reach.confidence in confidence:
        text += ", " + confidence[reach.confidence]
    return text
