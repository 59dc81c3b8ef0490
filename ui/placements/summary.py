"""The selected placement in sentences: paid CPM against the seller's quote and the niche,
joins at 24 h / 48 h / 7 days and how they were counted, cost per subscriber and return."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from application.placements import VIEWS_TYPED, PlacementResult
from pricing.placements import JOINS_EXACT, JOINS_SNAPSHOTS, JOINS_TYPED
from ui import formatting
from ui.texts import reach_method_text

translate = QCoreApplication.translate  # the texts belong to the placements area's catalogue


def summary_text(result: PlacementResult) -> str:
    """One placement in sentences: paid CPM against quote and niche, joins, costs."""
    r, f = result.record, result.figures

    def money(value) -> str:
        return formatting.money(value, r.currency)

    parts = []
    if f.paid_cpm is not None:
        text = translate("PlacementsArea", "<b>Paid CPM %1</b> (%2 views, %3)").replace(
            "%1", money(f.paid_cpm)
        )
        text = text.replace("%2", formatting.number(result.views)).replace(
            "%3", views_method_text(result)
        )
        if result.quoted_cpm is not None:
            text += " · " + translate("PlacementsArea", "seller's quote %1").replace(
                "%1", money(result.quoted_cpm)
            )
        if result.niche is not None:
            niche = translate("PlacementsArea", "niche median %1 (P25–P75 %2–%3)")
            niche = niche.replace("%1", money(result.niche.median))
            niche = niche.replace("%2", money(result.niche.p25))
            niche = niche.replace("%3", money(result.niche.p75))
            text += " · " + niche
        parts.append(text)
    else:
        parts.append(
            translate(
                "PlacementsArea",
                "No views of the ad post yet: add its link and refresh, or type them.",
            )
        )
    joins = result.joins
    if joins.total is None:
        parts.append(
            translate(
                "PlacementsArea", "No joins counted: create or paste an invite link, or type them."
            )
        )
    else:
        text = translate("PlacementsArea", "Joins: %1 in 24 h, %2 in 48 h, %3 in 7 days (%4)")
        for key, value in (("%1", joins.joins_24h), ("%2", joins.joins_48h)):
            text = text.replace(key, formatting.number(value) if value is not None else "—")
        week = (
            formatting.number(joins.joins_7d)
            if joins.joins_7d is not None
            else translate("PlacementsArea", "%1 so far").replace(
                "%1", formatting.number(joins.total)
            )
        )
        parts.append(text.replace("%3", week).replace("%4", joins_method_text(joins.method)))
    if f.cost_per_subscriber is not None:
        text = translate("PlacementsArea", "<b>%1 per subscriber</b>").replace(
            "%1", money(f.cost_per_subscriber)
        )
        if f.joins_per_1000_views is not None:
            text += " · " + translate("PlacementsArea", "%1 joins per 1000 views").replace(
                "%1", formatting.number(f.joins_per_1000_views, 1)
            )
        if f.return_on_spend is not None:
            text += " · " + translate("PlacementsArea", "return %1 at %2 a subscriber").replace(
                "%1", formatting.percent(f.return_on_spend * 100)
            ).replace("%2", money(r.subscriber_value))
        parts.append(text)
    return "<br>".join(parts)


def views_method_text(result: PlacementResult) -> str:
    if result.views_method == VIEWS_TYPED:
        return translate("PlacementsArea", "typed")
    from application.pricebook import OwnReach

    return reach_method_text(OwnReach(result.views or 0, result.views_method))


def joins_method_text(method: str) -> str:
    return {
        JOINS_EXACT: translate("PlacementsArea", "from the link's join dates"),
        JOINS_SNAPSHOTS: translate("PlacementsArea", "from the link's counter readings"),
        JOINS_TYPED: translate("PlacementsArea", "typed"),
    }.get(method, method)
