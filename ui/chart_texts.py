"""Chart words in the UI language for each family of charts (charts/ itself knows no Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

translate = QCoreApplication.translate


def desk_chart_text():
    """Chart words in the UI language (charts.figures itself knows no Qt)."""
    from charts.figures import ChartText

    return ChartText(
        cpm_axis=QCoreApplication.translate("Charts", "CPM, {currency}"),
        price_axis=QCoreApplication.translate("Charts", "Price, {currency}"),
        reach_axis=QCoreApplication.translate("Charts", "Reach, views"),
        count_axis=QCoreApplication.translate("Charts", "Quotes"),
        date_axis=QCoreApplication.translate("Charts", "Date"),
        mean=QCoreApplication.translate("Charts", "Niche mean {value}"),
        median=QCoreApplication.translate("Charts", "Niche median {value}"),
        p25_p75=QCoreApplication.translate("Charts", "P25–P75"),
        own=QCoreApplication.translate("Charts", "You: {value}"),
        niche_quotes=QCoreApplication.translate("Charts", "Competitors"),
        outliers=QCoreApplication.translate("Charts", "Outliers"),
        niche_line=QCoreApplication.translate("Charts", "Niche CPM {value}"),
        cpm_vs_niche_title=QCoreApplication.translate("Charts", "Your CPM against the niche"),
        reach_vs_price_title=QCoreApplication.translate("Charts", "Reach and price"),
        distribution_title=QCoreApplication.translate("Charts", "CPM distribution"),
        history_title=QCoreApplication.translate("Charts", "Price and CPM of {channel}"),
        price=QCoreApplication.translate("Charts", "Price"),
        cpm=QCoreApplication.translate("Charts", "CPM"),
        no_data=QCoreApplication.translate("Charts", "No quotes with a reach yet"),
        # a short date on the history chart's axis, as strftime writes it
        date_format=QCoreApplication.translate("Charts", "%m/%d/%y"),
    )


def chart_number(value: float) -> str:
    return QLocale().toString(float(value), "f", 0)


def placement_chart_text():
    """Chart words in the UI language (charts.placements itself knows no Qt)."""
    from charts.placements import PlacementChartText

    return PlacementChartText(
        hours_axis=QCoreApplication.translate("PlacementCharts", "Hours after the ad post"),
        joins_axis=QCoreApplication.translate("PlacementCharts", "Joins"),
        joins_title=QCoreApplication.translate("PlacementCharts", "Joins over time"),
        cost_axis=QCoreApplication.translate("PlacementCharts", "Cost per subscriber, {currency}"),
        cost_title=QCoreApplication.translate("PlacementCharts", "Cost per subscriber by seller"),
        cpm_axis=QCoreApplication.translate("PlacementCharts", "CPM, {currency}"),
        cpm_title=QCoreApplication.translate("PlacementCharts", "Paid CPM against the niche"),
        paid=QCoreApplication.translate("PlacementCharts", "Paid CPM"),
        quoted=QCoreApplication.translate("PlacementCharts", "Seller's quoted CPM"),
        median=QCoreApplication.translate("PlacementCharts", "Niche median {value}"),
        band=QCoreApplication.translate("PlacementCharts", "Niche P25–P75"),
        no_joins=QCoreApplication.translate("PlacementCharts", "No joins counted yet"),
        no_cost=QCoreApplication.translate("PlacementCharts", "No placement with joins yet"),
        no_cpm=QCoreApplication.translate(
            "PlacementCharts", "No placement with measured views yet"
        ),
    )


def vetting_chart_text():
    """Chart words in the UI language (charts.vetting itself knows no Qt)."""
    from charts.vetting import VettingChartText

    return VettingChartText(
        age_axis=translate("VettingArea", "Post age, hours"),
        views_axis=translate("VettingArea", "Views"),
        date_axis=translate("VettingArea", "Published"),
        by_age_title=translate("VettingArea", "Views by post age"),
        recent_title=translate("VettingArea", "Views of recent posts"),
        posts=translate("VettingArea", "Posts ({count})"),
        curve=translate("VettingArea", "Typical post (channel curve)"),
        window=translate("VettingArea", "{hours} h window"),
        ads=translate("VettingArea", "Ads"),
        reach=translate("VettingArea", "Reach at {hours} h: {value}"),
        no_data=translate("VettingArea", "No posts with views yet"),
    )
