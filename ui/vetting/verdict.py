"""The vetting screen's *Price* box: reach, CPM, the niche verdict, and Add / Track for the quote.

The box only shows: what Add and Track may do comes from
:class:`application.vetting_session.VettingSession` (:class:`AddState`, :class:`Tracking`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from application.reach import CHEAP, METHOD_PRICEBOOK, OVERPRICED
from application.vetting import VettingResult
from application.vetting_session import AddState, Tracking, TrackState
from storage.records import QuoteRecord
from ui import formatting
from ui.quote_model import format_text
from ui.vetting.texts import fill, method_text, verdict_names

translate = QCoreApplication.translate

VERDICT_COLORS = {CHEAP: "#1a9641", "fair": "#2b83ba", OVERPRICED: "#d7191c"}
STALE_COLOR = "#e08000"


def _label(name: str, *, gray: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)  # a long title or note must not widen the box
    if gray:
        label.setStyleSheet("color: gray;")
    return label


class VerdictBox(QGroupBox):
    """The checked quote's price against the niche; ``add_clicked`` and ``track_clicked(bool)``."""

    add_clicked = Signal()
    track_clicked = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(translate("VettingArea", "Price"), parent)
        self.channel_label = _label("vetChannelInfo")
        self.reach_label = _label("vetReach")
        self.required_label = _label("vetRequiredReach")
        self.cpm_label = _label("vetCpm")
        self.verdict_label = _label("vetVerdict")
        self.thresholds_label = _label("vetThresholds", gray=True)
        self.conclusion_label = _label("vetConclusion")
        self.add_button = QPushButton(translate("VettingArea", "Add to price book"))
        self.add_button.setObjectName("vetAdd")
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_clicked)
        self.saved_label = _label("vetSaved", gray=True)
        self.track_check = QCheckBox(translate("VettingArea", "Track this channel"))
        self.track_check.setObjectName("vetTrack")
        self.track_check.clicked.connect(self.track_clicked)
        self._init_layout()

    def _init_layout(self) -> None:
        # the figures scroll inside the box: at 1280×720 a long verdict or summary would
        # otherwise be cut off under the charts
        figures = QWidget()
        rows = QFormLayout(figures)
        rows.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("vetPriceScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(figures)
        QVBoxLayout(self).addWidget(scroll)
        rows.addRow(translate("VettingArea", "Channel"), self.channel_label)
        rows.addRow(translate("VettingArea", "Reach"), self.reach_label)
        rows.addRow(translate("VettingArea", "Reach the price needs"), self.required_label)
        rows.addRow(translate("VettingArea", "CPM of the quote"), self.cpm_label)
        rows.addRow(translate("VettingArea", "Verdict"), self.verdict_label)
        rows.addRow("", self.thresholds_label)
        rows.addRow(translate("VettingArea", "In short"), self.conclusion_label)
        add_row = QHBoxLayout()
        add_row.addWidget(self.track_check)
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        rows.addRow(add_row)
        rows.addRow(self.saved_label)  # its own row, so a wrapped note is not clipped

    def clear(self) -> None:
        for label in (
            self.channel_label,
            self.reach_label,
            self.required_label,
            self.cpm_label,
            self.verdict_label,
            self.conclusion_label,
        ):
            label.setText("—")
        self.thresholds_label.clear()

    def show_result(self, result: VettingResult) -> None:
        self.channel_label.setText(channel_text(result))
        self.reach_label.setText(reach_text(result))
        self.cpm_label.setText(cpm_text(result))
        self.required_label.setText(required_reach_text(result))
        self.verdict_label.setText(verdict_text(result))
        self.thresholds_label.setText(thresholds_text(result))
        self.conclusion_label.setText(f"<b>{html.escape(conclusion_text(result))}</b>")

    def show_add(self, state: AddState, saved_quote: QuoteRecord | None) -> None:
        """Add enabled only when it saves the checked quote; the note says why not."""
        note, color = "", "gray"
        if state is AddState.FORM_CHANGED:
            note = translate(
                "VettingArea",
                "The form has changed: this result is for the previous input. Press Check.",
            )
            color = STALE_COLOR
        elif state is AddState.SAVED_NOW:
            note = translate("VettingArea", "Saved to the price book.")
        elif state is AddState.ALREADY_SAVED and saved_quote is not None:
            note = translate("VettingArea", "Already in the price book (saved %1).").replace(
                "%1", formatting.date_time(saved_quote.quoted_at)
            )
        self.add_button.setEnabled(state is AddState.READY)
        self.saved_label.setStyleSheet(f"color: {color};")
        self.saved_label.setText(note)

    def show_save_error(self, text: str) -> None:
        self.saved_label.setText(text)

    def show_tracking(self, tracking: Tracking) -> None:
        """ "Track this channel": the checked channel's place in the scheduled refresh."""
        tips = {
            TrackState.NO_TELEGRAM: translate(
                "VettingArea", "Needs Telegram, which the demo does not connect."
            ),
            TrackState.NOTHING_CHECKED: translate(
                "VettingArea", "Check a channel first: it is tracked once it is known."
            ),
            TrackState.OWN: translate("VettingArea", "Your own channel is always refreshed."),
            TrackState.AVAILABLE: translate(
                "VettingArea", "Refresh this channel's views with your own channel on the schedule."
            ),
        }
        self.track_check.setChecked(tracking.tracked)
        self.track_check.setEnabled(tracking.can_change)
        self.track_check.setToolTip(tips[tracking.state])


# --- the box's sentences ---------------------------------------------------------------------


def channel_text(result: VettingResult) -> str:
    name = result.display_name  # a pasted t.me link shows as @name
    if result.channel is not None and result.channel.title and result.channel.username:
        name = f"{result.channel.title} ({name})"
    if result.subscribers:
        name += " · " + translate("VettingArea", "%Ln subscribers", "", result.subscribers)
    return name


def reach_text(result: VettingResult) -> str:
    window = result.request.format.reach_window_hours
    reach = result.reach
    if reach.views and reach.method == METHOD_PRICEBOOK and result.pricebook_quote:
        quote = result.pricebook_quote
        origin = {
            "typed": translate("VettingArea", "typed in the price book"),
            "fetched": translate("VettingArea", "fetched into the price book"),
            "estimated": translate("VettingArea", "estimated in the price book"),
        }.get(str(quote.reach_origin), str(quote.reach_origin))
        return fill(
            translate(
                "VettingArea",
                "%Ln views in %1 h (%2 on %3; no stored posts to check it)",
                "",
                reach.views,
            ),
            str(window),
            origin,
            formatting.date(quote.quoted_at),
        )
    if reach.views and reach.method.startswith("mixed"):
        # the method already says "k of n posts estimated from the curve"
        return fill(
            translate("VettingArea", "%Ln views in %1 h (%2)", "", reach.views),
            str(window),
            method_text(reach),
        )
    if reach.views:
        return fill(
            translate("VettingArea", "%Ln views in %1 h (%2; %3 posts)", "", reach.views),
            str(window),
            method_text(reach),
            formatting.number(reach.n_posts),
        )
    return translate("VettingArea", "unknown: no posts with views in the last 30 days")


def cpm_text(result: VettingResult) -> str:
    request = result.request
    if result.quote_cpm is None:
        return translate("VettingArea", "— (needs the reach)")
    return (
        translate("VettingArea", "%1 per 1000 views (%2 for %3)")
        .replace("%1", formatting.money(result.quote_cpm, request.currency))
        .replace("%2", formatting.money(request.price, request.currency))
        .replace("%3", format_text(request.format.label))
    )


def required_reach_text(result: VettingResult) -> str:
    """The reach the quoted price needs to be at the niche's median CPM: price ÷ CPM × 1000."""
    request = result.request
    if result.required_reach is None or result.niche_cpm is None:
        return translate("VettingArea", "— (no quotes with a reach in this niche and currency)")
    text = fill(
        translate("VettingArea", "%Ln views (%1 ÷ niche CPM %2 × 1000)", "", result.required_reach),
        formatting.money(request.price, request.currency),
        formatting.money(result.niche_cpm, request.currency),
    )
    if result.reach.views:
        share = result.reach.views / result.required_reach * 100
        text += " · " + translate("VettingArea", "the reach is %1 of it").replace(
            "%1", formatting.percent(share)
        )
    return text


def verdict_text(result: VettingResult) -> str:
    """Cheap, fair or overpriced and the quote's percentile (rich text)."""
    standing = result.standing
    if standing is None:
        if result.quote_cpm is None:
            return "—"
        return translate("VettingArea", "— (no quotes with a reach in this niche and currency)")
    color = VERDICT_COLORS[standing.verdict]
    return f'<b style="color:{color}">{html.escape(verdict_names()[standing.verdict])}</b> — ' + (
        html.escape(
            translate("VettingArea", "dearer than %1 % of %2 niche quotes")
            .replace("%1", str(standing.percentile))
            .replace("%2", str(standing.count))
        )
    )


def thresholds_text(result: VettingResult) -> str:
    """The quartiles the verdict stands on, and which niche quotes they count."""
    standing = result.standing
    if standing is None:
        return ""
    money = lambda value: formatting.money(value, standing.currency)  # noqa: E731
    text = (
        translate(
            "VettingArea",
            "Cheap below P25 = %1 · fair from P25 to P75 = %2 · overpriced above P75.",
        )
        .replace("%1", money(standing.p25))
        .replace("%2", money(standing.p75))
    )
    text += " " + translate("VettingArea", "Niche median CPM %1.").replace(
        "%1", money(standing.median)
    )
    if standing.outliers:  # as the price suggestion counts them ("Leave outliers out")
        outliers = (
            translate("VettingArea", "Outliers left out: %1.")
            if standing.outliers_left_out
            else translate("VettingArea", "Outliers included: %1.")
        )
        text += " " + outliers.replace("%1", str(standing.outliers))
    if standing.fallback:
        text += " " + translate(
            "VettingArea", "Too few quotes of this format: similar formats are compared."
        )
    return text


def conclusion_text(result: VettingResult) -> str:
    """One sentence joining the price verdict and the views check."""
    standing, quality = result.standing, result.quality
    price = {
        CHEAP: translate("VettingArea", "The price is cheap for the niche."),
        "fair": translate("VettingArea", "The price is fair for the niche."),
        OVERPRICED: translate("VettingArea", "The price is above the niche."),
    }.get(
        standing.verdict if standing else "",
        translate("VettingArea", "The price cannot be judged yet."),
    )
    if quality.insufficient_data:
        views = translate("VettingArea", "Too little data to judge the views.")
    elif quality.risk == "high":
        views = translate(
            "VettingArea", "But the views look bought: the real CPM may be far higher."
        )
    elif quality.risk == "medium":
        views = translate(
            "VettingArea", "Some warning signs about the views: read them before paying."
        )
    else:
        views = translate("VettingArea", "The views look real.")
    return price + " " + views
