"""The *Vetting* area: an ad buyer checks a channel's quoted price and the realness of its views.

Paste a link, a price and a format, pick the niche, press Check. With Telegram signed in the
channel's recent posts, views and subscribers are fetched first (an asyncio task on the qasync
loop, with progress and Cancel); otherwise, or when Telegram fails, the stored data is used and
the screen says so. The numbers all come from ``application.reach.VettingService``.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import html
import logging
import re
from datetime import date, datetime, time

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from application.reach import CHEAP, METHOD_PRICEBOOK, OVERPRICED, ReachFigure
from application.vetting import (
    DuplicateQuoteError,
    VettingInputError,
    VettingRequest,
    VettingResult,
    VettingService,
)
from pricing import InputError
from pricing.quality import ONE_FETCH_ENOUGH
from pricing.quality import Signal as QualitySignal
from ui import formatting
from ui import settings as opt
from ui.chart_texts import vetting_chart_text
from ui.fields import COMMON_FORMATS, FieldWithError
from ui.input_messages import generic_format_text, generic_price_text, input_error_text
from ui.quote_model import format_text
from ui.services import Services
from ui.texts import reach_method_text
from ui.workers import run_task

log = logging.getLogger(__name__)

VERDICT_COLORS = {CHEAP: "#1a9641", "fair": "#2b83ba", OVERPRICED: "#d7191c"}
RISK_COLORS = {"low": "#1a9641", "medium": "#e08000", "high": "#d7191c"}
NO_JUDGEMENT_COLOR = "#555"
STALE_COLOR = "#e08000"
ALL_NICHES = -1
PERCENT_SIGNALS = {
    "err",
    "err24",
    "first_hour",
    "ad_share",
    "subscriber_jumps",
    "young_share",
    "outside_reach",
}


# lupdate reads calls named ``translate("Context", "text")``: module-level texts use it.
translate = QCoreApplication.translate


def _fill(text: str, *args: str) -> str:
    """Put ``args`` into %1, %2, … in one pass (an argument's own "%" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: args[int(m.group(1)) - 1], text)


def method_text(reach: ReachFigure) -> str:
    """How a reach figure was obtained, in the UI language (as on *My channel*)."""
    own = reach.as_own_reach()
    if own is None:
        return translate("VettingArea", "no posts with views")
    return reach_method_text(own)


def signal_names() -> dict[str, str]:
    return {
        "err": translate("VettingArea", "Views per subscriber (ERR)"),
        "err24": translate("VettingArea", "24-hour reach per subscriber (ERR24)"),
        "views_cv": translate("VettingArea", "Post-to-post variation"),
        "hollow_reach": translate("VettingArea", "Reach without engagement"),
        "young_share": translate("VettingArea", "Views of the youngest posts"),
        "outside_reach": translate("VettingArea", "Readers beyond the subscribers"),
        "engagement_slope": translate("VettingArea", "Engagement per view against views"),
        "first_hour": translate("VettingArea", "Views in the first hour"),
        "early_flat": translate("VettingArea", "Identical early views"),
        "subscriber_jumps": translate("VettingArea", "Subscriber jumps"),
        "ad_share": translate("VettingArea", "Share of ads"),
        "not_enough_data": translate("VettingArea", "Not enough data"),
    }


def risk_names() -> dict[str, str]:
    return {
        "low": translate("VettingArea", "low"),
        "medium": translate("VettingArea", "medium"),
        "high": translate("VettingArea", "high"),
    }


def verdict_names() -> dict[str, str]:
    return {
        CHEAP: translate("VettingArea", "cheap"),
        "fair": translate("VettingArea", "fair"),
        OVERPRICED: translate("VettingArea", "overpriced"),
    }


def _signal_value(signal: QualitySignal, value: float | None) -> str:
    if value is None:
        return "—"
    if signal.key in PERCENT_SIGNALS:
        return formatting.percent(value * 100)
    if signal.key == "not_enough_data":
        return formatting.number(value)
    return formatting.number(value, 2)


def _count(value: float | int | str) -> int:
    return round(float(value))


def _day(iso: str) -> str:
    return formatting.date(datetime.combine(date.fromisoformat(iso), time(12)))


def signal_explanation(signal: QualitySignal) -> str:
    """The signal's sentence in the UI language, built from its numbers and ``params``.

    A signal this screen does not know, or one without the figures its sentence needs, keeps
    the English sentence ``pricing.quality`` wrote.
    """
    try:
        text = _explanation(signal)
    except (KeyError, TypeError, ValueError, IndexError):
        text = None
    return text or signal.explanation


def _explanation(signal: QualitySignal) -> str | None:
    key, p, fired = signal.key, signal.params, signal.fired
    missing = signal.value is None
    value = _signal_value(signal, signal.value)
    threshold = _signal_value(signal, signal.threshold)
    if key == "err":
        if missing:
            return translate(
                "VettingArea", "ERR not computed: no posts older than a day or no subscriber count."
            )
        if fired:
            text = translate(
                "VettingArea",
                "Posts are seen by %1 of subscribers on average (ERR; above %2): more views "
                "than subscribers, usual only for viral content or bought views.",
            )
        else:
            text = translate(
                "VettingArea",
                "Posts are seen by %1 of subscribers on average (ERR; at or below %2).",
            )
        return _fill(text, value, threshold)
    if key == "err24":
        if missing:
            return translate(
                "VettingArea", "ERR24 not computed: no 24-hour reach or no subscriber count."
            )
        if fired:
            text = translate(
                "VettingArea",
                "In the first 24 hours a post reaches %1 of subscribers (ERR24; below %2): the "
                "audience looks inactive or partly bought.",
            )
        else:
            text = translate(
                "VettingArea",
                "In the first 24 hours a post reaches %1 of subscribers (ERR24; at or above %2).",
            )
        return _fill(text, value, threshold)
    if key == "views_cv":
        if missing:
            text = translate(
                "VettingArea",
                "Post-to-post variation not computed: %n posts older than two days (%1 needed).",
                "",
                _count(p["posts"]),
            )
            return _fill(text, formatting.number(p["needed"]))
        if fired:
            text = translate(
                "VettingArea",
                "Views hardly differ from post to post (variation %1, below %2; real audiences "
                "vary %3–%4): typical of bought view packages.",
            )
            return _fill(
                text, value, threshold, formatting.number(0.3, 1), formatting.number(0.8, 1)
            )
        text = translate(
            "VettingArea", "Views vary naturally from post to post (variation %1, at or above %2)."
        )
        return _fill(text, value, threshold)
    if key == "hollow_reach":
        if missing:
            return translate(
                "VettingArea",
                "Reach versus engagement not computed: no posts older than a day with views.",
            )
        engagement = formatting.number(p["engagement"], 1)
        if fired:
            text = translate(
                "VettingArea",
                "Posts collect %1 views per subscriber (unusually many, threshold %2) but only %3 "
                "forwards and reactions per 1000 views (below %4): the views look hollow.",
            )
            return _fill(text, value, threshold, engagement, formatting.number(p["engagement_max"]))
        text = translate(
            "VettingArea",
            "%1 views per subscriber and %2 forwards and reactions per 1000 views: reach and "
            "engagement fit together.",
        )
        return _fill(text, value, engagement)
    if key == "outside_reach":
        if missing:
            text = translate(
                "VettingArea",
                "Readers beyond the subscribers not checked: %n posts older than a day (%1 "
                "needed) or no subscriber count.",
                "",
                _count(p["posts"]),
            )
            return _fill(text, formatting.number(p["needed"]))
        forwards = formatting.percent(float(p["forwards"]) * 100, 1)
        if fired:
            text = translate(
                "VettingArea",
                "The typical post is seen by %1 of the subscribers (at or above %2) although only "
                "%3 of its views come with a forward (below %4): nothing brings the readers who "
                "do not subscribe.",
            )
            limit = formatting.percent(float(p["forwards_max"]) * 100, 1)
            return _fill(text, value, threshold, forwards, limit)
        text = translate(
            "VettingArea",
            "The typical post is seen by %1 of the subscribers, %2 of its views come with a "
            "forward: no unexplained readers.",
        )
        return _fill(text, value, forwards)
    if key == "young_share":
        posts = _count(p["posts"])
        hours = formatting.number(p["hours"])
        if missing:
            text = translate(
                "VettingArea",
                "Young posts not compared: %n posts younger than %1 hours (%2 needed) and too few "
                "of one to seven days.",
                "",
                posts,
            )
            return _fill(text, hours, formatting.number(p["needed"]))
        if fired:
            text = translate(
                "VettingArea",
                "The %n posts younger than %1 hours already have a median %2 of the views the "
                "channel's older posts had after a day (at or above %3): real readers take a day "
                "to arrive, bought views come at once.",
                "",
                posts,
            )
        else:
            text = translate(
                "VettingArea",
                "The %n posts younger than %1 hours have a median %2 of the views the channel's "
                "older posts had after a day (below %3).",
                "",
                posts,
            )
        return _fill(text, hours, value, threshold)
    if key == "engagement_slope":
        if missing:
            text = translate(
                "VettingArea",
                "Engagement against views not compared: %n posts older than two days (%1 needed) "
                "with %2 forwards and reactions (%3 needed).",
                "",
                _count(p["posts"]),
            )
            return _fill(
                text,
                formatting.number(p["needed"]),
                formatting.number(p["engagement"]),
                formatting.number(p["engagement_needed"]),
            )
        if fired:
            text = translate(
                "VettingArea",
                "Posts with more views get more forwards and reactions per view (slope %1, above "
                "%2; real audiences about 0): bought views bring no engagement and dilute the "
                "weaker posts most.",
            )
        else:
            text = translate(
                "VettingArea",
                "Forwards and reactions per view do not rise with a post's views (slope %1, at or "
                "below %2).",
            )
        return _fill(text, value, threshold)
    if key == "first_hour":
        posts = _count(p["posts"])
        if missing:
            text = translate(
                "VettingArea",
                "Views by hour not computed: %n posts with a snapshot in their first two hours "
                "and one after 12 hours (%1 needed).",
                "",
                posts,
            )
            return _fill(text, formatting.number(p["needed"]))
        if fired:
            text = translate(
                "VettingArea",
                "In %n posts, a median %1 of the first day's views arrived in the first hour (at "
                "or above %2): real readers arrive over many hours, view bots at once.",
                "",
                posts,
            )
        else:
            text = translate(
                "VettingArea",
                "In %n posts, a median %1 of the first day's views arrived in the first hour "
                "(below %2).",
                "",
                posts,
            )
        return _fill(text, value, threshold)
    if key == "early_flat":
        if missing:
            text = translate(
                "VettingArea",
                "Early and late views not compared: %n posts with a snapshot before 8 hours and "
                "one after 36 hours (%1 needed).",
                "",
                _count(p["posts"]),
            )
            return _fill(text, formatting.number(p["needed"]))
        early = formatting.number(p["early_cv"], 2)
        late = formatting.number(p["late_cv"], 2)
        if fired:
            text = translate(
                "VettingArea",
                "Views of the first 6 hours are almost the same on every post (variation %1) "
                "while later views vary naturally (%2); a ratio of %3, below %4, is the mark of "
                "a fixed package of bought views.",
            )
        else:
            text = translate(
                "VettingArea",
                "Views of the first 6 hours vary from post to post (variation %1) much like later "
                "views (%2; ratio %3, at or above %4).",
            )
        return _fill(text, early, late, value, threshold)
    if key == "subscriber_jumps":
        if missing:
            return translate("VettingArea", "Subscriber jumps not checked: no subscriber history.")
        if "day" not in p:
            text = translate(
                "VettingArea",
                "No subscriber jump of %1 or more within %n days.",
                "",
                _count(p["days"]),
            )
            return _fill(text, threshold)
        day = _day(str(p["day"]))
        if "reach_growth" not in p:
            text = translate(
                "VettingArea",
                "Subscribers jumped by %1 around %2; too few posts around it to tell whether "
                "reach grew with them.",
            )
            return _fill(text, value, day)
        growth = formatting.percent(float(p["reach_growth"]) * 100)
        if fired:
            text = translate(
                "VettingArea",
                "Subscribers jumped by %1 around %2 but reach changed by %3: the new subscribers "
                "do not read – likely bought.",
            )
        else:
            text = translate(
                "VettingArea",
                "Subscribers jumped by %1 around %2 and reach grew by %3 with them: a real "
                "promotion.",
            )
        return _fill(text, value, day, growth)
    if key == "ad_share":
        if missing:
            return translate("VettingArea", "Share of ads not computed: no recent posts.")
        ads = formatting.number(p["ads"])
        posts = _count(p["posts"])
        if fired:
            text = translate(
                "VettingArea",
                "%1 of %n recent posts are ads (%2; above %3): readers see more ads than "
                "content, which wears the audience out.",
                "",
                posts,
            )
        else:
            text = translate(
                "VettingArea", "%1 of %n recent posts are ads (%2; at or below %3).", "", posts
            )
        return _fill(text, ads, value, threshold)
    if key == "not_enough_data":
        days = _count(p["days"])
        if p.get("no_subscribers"):
            text = translate(
                "VettingArea",
                "Not enough data to judge the channel: %1 non-ad posts in the last %n days (at "
                "least %2 needed) and no subscriber count.",
                "",
                days,
            )
        else:
            text = translate(
                "VettingArea",
                "Not enough data to judge the channel: %1 non-ad posts in the last %n days (at "
                "least %2 needed).",
                "",
                days,
            )
        return _fill(text, formatting.number(p["posts"]), formatting.number(p["needed"]))
    return None


class VettingArea(QWidget):
    """Check a quote. ``checked(result)`` after each check, ``saved(record)`` after Add."""

    checked = Signal(object)
    saved = Signal(object)
    changed = Signal()

    def __init__(self, services: Services, vetting: VettingService, parent=None):
        super().__init__(parent)
        self.setObjectName("vetting")
        self.services = services
        self.vetting = vetting
        self.result: VettingResult | None = None
        # The form as it was when ``result`` was checked: Add saves only while the form shows it.
        self._checked_form: tuple | None = None
        # The price book's copy of ``result`` (saved by Add, or found already there).
        self._saved_quote = None
        self._saved_now = False
        self._task: asyncio.Task | None = None
        self._evaluating = None  # the worker computing the result (ui.workers.Task)
        self._closing = False
        self.charts: dict = {}
        self._charts_stale = True

        # --- the form ---
        self.channel = QLineEdit()
        self.channel.setObjectName("vetChannel")
        self.channel.setPlaceholderText(self.tr("@username or https://t.me/…"))
        self.channel_field = FieldWithError(self.channel)
        self.price = QLineEdit()
        self.price.setObjectName("vetPrice")
        self.price.setPlaceholderText(self.tr("2 500 ₽, 2,5к, $30"))
        self.price_field = FieldWithError(self.price)
        self.format = QComboBox()
        self.format.setObjectName("vetFormat")
        self.format.setEditable(True)
        self.format.addItems([format_text(f) for f in COMMON_FORMATS])
        self.format_field = FieldWithError(self.format)
        self.niche = QComboBox()
        self.niche.setObjectName("vetNiche")
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setObjectName("vetCheck")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("vetCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("vetProgress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        for edit in (self.channel, self.price):
            edit.returnPressed.connect(self.check)
            edit.textEdited.connect(lambda _t: self._clear_errors())
        self.format.editTextChanged.connect(lambda _t: self._clear_errors())
        for edit in (self.channel, self.price):
            edit.textChanged.connect(lambda _t: self._update_add())
        self.format.currentTextChanged.connect(lambda _t: self._update_add())
        self.niche.currentIndexChanged.connect(lambda _i: self._update_add())

        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Channel")), 0, 0)
        form.addWidget(QLabel(self.tr("Quoted price")), 0, 1)
        form.addWidget(QLabel(self.tr("Format")), 0, 2)
        form.addWidget(QLabel(self.tr("Niche")), 0, 3)
        form.addWidget(self.channel_field, 1, 0, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.price_field, 1, 1, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.format_field, 1, 2, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.niche, 1, 3, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.check_button, 1, 4, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.cancel_button, 1, 5, Qt.AlignmentFlag.AlignTop)
        form.setColumnStretch(0, 3)
        form.setColumnStretch(1, 2)
        form.setColumnStretch(2, 1)
        form.setColumnStretch(3, 2)

        self.status = QLabel()
        self.status.setObjectName("vetStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: gray;")

        # --- results: price ---
        self.channel_label = QLabel()
        self.channel_label.setObjectName("vetChannelInfo")
        self.channel_label.setWordWrap(True)  # a long title must not widen the price box
        self.reach_label = QLabel()
        self.reach_label.setObjectName("vetReach")
        self.reach_label.setWordWrap(True)
        self.required_label = QLabel()
        self.required_label.setObjectName("vetRequiredReach")
        self.required_label.setWordWrap(True)
        self.cpm_label = QLabel()
        self.cpm_label.setObjectName("vetCpm")
        self.cpm_label.setWordWrap(True)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("vetVerdict")
        self.verdict_label.setWordWrap(True)
        self.thresholds_label = QLabel()
        self.thresholds_label.setObjectName("vetThresholds")
        self.thresholds_label.setWordWrap(True)
        self.thresholds_label.setStyleSheet("color: gray;")
        self.add_button = QPushButton(self.tr("Add to price book"))
        self.add_button.setObjectName("vetAdd")
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_to_pricebook)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("vetSaved")
        self.saved_label.setWordWrap(True)  # a long note must not widen the price box
        self.saved_label.setStyleSheet("color: gray;")
        price_box = QGroupBox(self.tr("Price"))
        # the figures scroll inside the box: at 1280×720 a long verdict or summary would
        # otherwise be cut off under the charts
        price_figures = QWidget()
        price_form = QFormLayout(price_figures)
        price_form.setContentsMargins(0, 0, 0, 0)
        price_scroll = QScrollArea()
        price_scroll.setObjectName("vetPriceScroll")
        price_scroll.setWidgetResizable(True)
        price_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        price_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        price_scroll.setWidget(price_figures)
        QVBoxLayout(price_box).addWidget(price_scroll)
        price_form.addRow(self.tr("Channel"), self.channel_label)
        price_form.addRow(self.tr("Reach"), self.reach_label)
        price_form.addRow(self.tr("Reach the price needs"), self.required_label)
        price_form.addRow(self.tr("CPM of the quote"), self.cpm_label)
        price_form.addRow(self.tr("Verdict"), self.verdict_label)
        price_form.addRow("", self.thresholds_label)
        self.conclusion_label = QLabel()
        self.conclusion_label.setObjectName("vetConclusion")
        self.conclusion_label.setWordWrap(True)
        price_form.addRow(self.tr("In short"), self.conclusion_label)
        self.track_check = QCheckBox(self.tr("Track this channel"))
        self.track_check.setObjectName("vetTrack")
        self.track_check.clicked.connect(self.set_tracked)
        add_row = QHBoxLayout()
        add_row.addWidget(self.track_check)
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        price_form.addRow(add_row)
        price_form.addRow(self.saved_label)  # its own row, so a wrapped note is not clipped

        # --- results: quality ---
        self.risk_label = QLabel()
        self.risk_label.setObjectName("vetRisk")
        self.risk_label.setWordWrap(True)
        self.signals_label = QLabel()
        self.signals_label.setObjectName("vetSignals")
        self.signals_label.setWordWrap(True)
        self.signals_label.setTextFormat(Qt.TextFormat.RichText)
        self.signals_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        signals_scroll = QScrollArea()
        signals_scroll.setWidgetResizable(True)
        signals_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        signals_scroll.setWidget(self.signals_label)
        quality_box = QGroupBox(self.tr("Are the views real?"))
        quality_layout = QVBoxLayout(quality_box)
        quality_layout.addWidget(self.risk_label)
        quality_layout.addWidget(signals_scroll, 1)

        top = QHBoxLayout()
        top.addWidget(price_box, 2)
        top.addWidget(quality_box, 3)

        self.charts_row = QHBoxLayout()
        self._chart_host = QWidget()
        self._chart_host.setLayout(self.charts_row)
        self._chart_host.setMinimumHeight(260)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.status, 1)
        progress_row.addWidget(self.progress)
        layout.addLayout(progress_row)
        layout.addLayout(top, 2)
        layout.addWidget(self._chart_host, 3)
        self._fill_niches()
        self._show(None)

    # --- window hooks -----------------------------------------------------------------------

    def set_niche(self, niche_id: int | None) -> None:
        index = self.niche.findData(ALL_NICHES if niche_id is None else niche_id)
        if index >= 0:
            self.niche.setCurrentIndex(index)

    def niche_id(self) -> int | None:
        data = self.niche.currentData()
        return None if data in (None, ALL_NICHES) else int(data)

    def reload(self) -> None:
        self._fill_niches()
        self._update_add()  # the checked niche may be gone

    def _fill_niches(self) -> None:
        wanted = self.niche.currentData()
        self.niche.blockSignals(True)
        self.niche.clear()
        self.niche.addItem(self.tr("All niches"), ALL_NICHES)
        for niche in self.services.pricebook.niches():
            self.niche.addItem(niche.name, niche.id)
        index = self.niche.findData(wanted) if wanted is not None else -1
        if index < 0 and self.niche.count() > 1:
            index = 1
        self.niche.setCurrentIndex(max(index, 0))
        self.niche.blockSignals(False)

    def prefill(self, channel: str, price: str, fmt: str) -> None:
        """Fill the form and check (the demo shows a worked example)."""
        self.channel.setText(channel)
        self.price.setText(price)
        self.format.setCurrentText(fmt)
        self.check()

    # --- checking ---------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A fetch or the computation of the result is running."""
        fetching = self._task is not None and not self._task.done()
        return fetching or self._evaluating is not None

    def _clear_errors(self) -> None:
        for field in (self.channel_field, self.price_field, self.format_field):
            field.set_error("")

    def _form_state(self) -> tuple:
        return (self.channel.text(), self.price.text(), self.format.currentText(), self.niche_id())

    def request(self) -> VettingRequest | None:
        """The form as a request, or None with the wrong field marked."""
        self._clear_errors()
        fields = {
            "channel": self.channel_field,
            "price": self.price_field,
            "format": self.format_field,
        }
        # the parser's specific reason, worded as on the quote form; these when it names none
        fallbacks = {
            "channel": self.tr("Not a Telegram channel: use @username or a t.me link"),
            "price": generic_price_text(),
            "format": generic_format_text(),
        }
        text = self.format.currentText().replace(self.tr("native"), "native")
        try:
            request = self.vetting.parse(
                self.channel.text(), self.price.text(), text, self.niche_id()
            )
        except VettingInputError as error:
            fields[error.field].set_error(input_error_text(error, fallbacks[error.field]))
            return None
        except InputError as error:
            self.status.setText(str(error))
            return None
        # the niche's quotes are judged as the price suggestion judges them
        exclude = bool(opt.SUGGESTION_EXCLUDE_OUTLIERS.read(self.services.settings))
        return dataclasses.replace(request, exclude_outliers=exclude)

    def check(self) -> None:
        """Validate, then fetch (when Telegram is available) and show the result.

        Wrong input clears the previous result, so Add cannot save a quote the form no longer
        shows.
        """
        if self.busy:
            return
        self.status.clear()
        form = self._form_state()
        request = self.request()
        if request is None:
            self._show(None)
            return
        if self.vetting.can_fetch() and _loop_running():
            self._start_fetch(request, form)
        else:
            self._evaluate(
                request, form, fetched=False, fetch_error=self._offline_reason(), after_fetch=False
            )

    def _offline_reason(self) -> str:
        return "NotConfigured" if self.vetting.telegram is None else "NotAuthorized"

    def _start_fetch(self, request: VettingRequest, form: tuple) -> None:
        self.check_button.setEnabled(False)
        self.cancel_button.show()
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Connecting…"))
        self.progress.show()
        self.status.setText(self.tr("Fetching %1 from Telegram…").replace("%1", request.channel))
        self._task = asyncio.ensure_future(self.vetting.fetch(request, self._on_progress))
        self._task.add_done_callback(lambda task: self._fetch_done(task, request, form))
        self._update_add()  # nothing to save while the new result is on its way

    def _fetch_done(self, task: asyncio.Task, request: VettingRequest, form: tuple) -> None:
        """Back on the UI: evaluate what is stored (fresh or not) in a worker, then show it.

        A task cancelled before it started never runs its body, so this is a done callback.
        Nothing happens when the area is gone or closing (the window cancelled the fetch).
        """
        if not shiboken6.isValid(self) or self._closing:
            return
        self._task = None
        if task.cancelled():
            self._evaluate(request, form, fetched=False, fetch_error="Cancelled")
            return
        error = task.exception()
        if error is not None:  # not Telegram's (those are a fetch_error): a bug or the database
            self._evaluation_over()
            self.cancel_button.hide()
            self._failed(error)
            self._show(None)
            self.status.setText(self._failure_text(error))
            return
        fetched, fetch_error = task.result()
        self._evaluate(request, form, fetched=fetched, fetch_error=fetch_error)

    def _evaluate(
        self,
        request: VettingRequest,
        form: tuple,
        *,
        fetched: bool,
        fetch_error: str | None,
        after_fetch: bool = True,
    ) -> None:
        """Compute the result in a worker thread (it reads every stored post); "computing…"."""
        self.check_button.setEnabled(False)
        self.cancel_button.hide()
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Computing…"))
        self.progress.show()
        self.status.setText(self.tr("Computing…"))
        vetting = self.vetting

        def work() -> VettingResult:
            return vetting.evaluate(request, fetched=fetched, fetch_error=fetch_error)

        def done(result: VettingResult) -> None:
            self._evaluation_over()
            self._show(result, form)
            if after_fetch:
                self.changed.emit()  # the fetch may have stored posts and subscribers

        def failed(error: Exception) -> None:
            self._evaluation_over()
            self._failed(error)
            self._show(None)
            self.status.setText(self._failure_text(error))

        self._evaluating = run_task(self, work, done, failed)
        self._update_add()  # nothing to save while the new result is on its way

    def _evaluation_over(self) -> None:
        self._evaluating = None
        self.check_button.setEnabled(True)
        self.progress.hide()

    def _failed(self, error: Exception) -> None:
        """A check failed for a reason other than Telegram's: logged with its traceback."""
        log.error("The vetting check failed", exc_info=(type(error), error, error.__traceback__))

    def _failure_text(self, error: Exception) -> str:
        return self.tr("The check failed: %1").replace("%1", str(error) or type(error).__name__)

    def _on_progress(self, progress) -> None:
        phases = {
            "subscribers": self.tr("Subscribers"),
            "posts": self.tr("Posts"),
            "views": self.tr("Views"),
        }
        label = phases.get(str(progress.phase), str(progress.phase))
        if progress.total:
            self.progress.setRange(0, progress.total)
            self.progress.setValue(min(progress.done, progress.total))
            self.progress.setFormat(f"{label}: %v / %m")
        else:
            self.progress.setRange(0, 0)
            self.progress.setFormat(f"{label}: {progress.done}")

    def cancel(self) -> None:
        """Stop the fetch; what was stored so far stays and the stored data is shown."""
        if self._task is not None and not self._task.done():
            self._task.cancel()

    # --- showing ----------------------------------------------------------------------------

    def _source_text(self, result: VettingResult) -> str:
        reasons = {
            "NotConfigured": self.tr("Telegram is not set up"),
            "NotAuthorized": self.tr("not signed in to Telegram"),
            "Cancelled": self.tr("the fetch was cancelled"),
            "ConnectionFailed": self.tr("Telegram could not be reached"),
            "ChannelNotFound": self.tr("Telegram knows no such channel"),
            "ChannelPrivate": self.tr("the channel is private"),
            "NotAChannel": self.tr("the link is not a channel"),
            "UsernameInvalid": self.tr("the username is not valid"),
            "ChannelBanned": self.tr("the channel is blocked for this account"),
            "FloodWait": self.tr("Telegram asked to wait"),
            "CredentialsInvalid": self.tr("Telegram rejected the API id / hash"),
        }
        unknown = self.tr("Telegram error %1")
        if result.fetched:
            text = self.tr("Fresh data from Telegram.")
        elif result.absent:
            text = self.tr("No stored posts for this channel")
            if result.fetch_error:
                reason = reasons.get(result.fetch_error) or _fill(unknown, result.fetch_error)
                text += " (" + reason + ")"
            return text + "."
        else:
            reason = reasons.get(result.fetch_error or "") or (
                _fill(unknown, result.fetch_error) if result.fetch_error else ""
            )
            text = self.tr("Stored data as of %1").replace(
                "%1", formatting.date_time(result.data_as_of)
            )
            if reason:
                text += " (" + reason + ")"
            text += "."
        if result.stale and not result.fetched:
            text += " " + self.tr("The data is more than two days old: refresh before paying.")
        return text

    def _show(self, result: VettingResult | None, form: tuple | None = None) -> None:
        """Show ``result``, checked with the form in state ``form`` (None: clear the panel)."""
        self.result = result
        self._checked_form = form if result is not None else None
        self._saved_now = False
        self._saved_quote = (
            self.vetting.identical_quote(result) if result is not None and result.can_save else None
        )
        if result is None:
            for label in (
                self.channel_label,
                self.reach_label,
                self.required_label,
                self.cpm_label,
                self.verdict_label,
                self.thresholds_label,
                self.risk_label,
                self.conclusion_label,
            ):
                label.setText("—")
            self.thresholds_label.clear()
            self.signals_label.setText(
                self.tr("Paste a channel link, the quoted price and format, then press Check.")
            )
            self._update_add()
            self._charts_changed()
            return
        self.status.setText(self._source_text(result))
        request = result.request
        name = result.display_name  # a pasted t.me link shows as @name
        if result.channel is not None and result.channel.title and result.channel.username:
            name = f"{result.channel.title} ({name})"
        if result.subscribers:
            name += " · " + self.tr("%Ln subscribers", "", result.subscribers)
        self.channel_label.setText(name)
        window = request.format.reach_window_hours
        reach = result.reach
        if reach.views and reach.method == METHOD_PRICEBOOK and result.pricebook_quote:
            quote = result.pricebook_quote
            origin = {
                "typed": self.tr("typed in the price book"),
                "fetched": self.tr("fetched into the price book"),
                "estimated": self.tr("estimated in the price book"),
            }.get(str(quote.reach_origin), str(quote.reach_origin))
            self.reach_label.setText(
                _fill(
                    self.tr(
                        "%Ln views in %1 h (%2 on %3; no stored posts to check it)", "", reach.views
                    ),
                    str(window),
                    origin,
                    formatting.date(quote.quoted_at),
                )
            )
        elif reach.views and reach.method.startswith("mixed"):
            # the method already says "k of n posts estimated from the curve"
            self.reach_label.setText(
                _fill(
                    self.tr("%Ln views in %1 h (%2)", "", reach.views),
                    str(window),
                    method_text(reach),
                )
            )
        elif reach.views:
            self.reach_label.setText(
                _fill(
                    self.tr("%Ln views in %1 h (%2; %3 posts)", "", reach.views),
                    str(window),
                    method_text(reach),
                    formatting.number(reach.n_posts),
                )
            )
        else:
            self.reach_label.setText(self.tr("unknown: no posts with views in the last 30 days"))
        currency = request.currency
        if result.quote_cpm is not None:
            self.cpm_label.setText(
                self.tr("%1 per 1000 views (%2 for %3)")
                .replace("%1", formatting.money(result.quote_cpm, currency))
                .replace("%2", formatting.money(request.price, currency))
                .replace("%3", format_text(request.format.label))
            )
        else:
            self.cpm_label.setText(self.tr("— (needs the reach)"))
        self._show_required_reach(result)
        self._show_standing(result)
        self._show_quality(result)
        self.conclusion_label.setText(f"<b>{html.escape(self._conclusion(result))}</b>")
        self._update_add()
        self._charts_changed()
        self.checked.emit(result)

    def _conclusion(self, result: VettingResult) -> str:
        """One sentence joining the price verdict and the views check."""
        standing, quality = result.standing, result.quality
        price = {
            CHEAP: self.tr("The price is cheap for the niche."),
            "fair": self.tr("The price is fair for the niche."),
            OVERPRICED: self.tr("The price is above the niche."),
        }.get(standing.verdict if standing else "", self.tr("The price cannot be judged yet."))
        if quality.insufficient_data:
            views = self.tr("Too little data to judge the views.")
        elif quality.risk == "high":
            views = self.tr("But the views look bought: the real CPM may be far higher.")
        elif quality.risk == "medium":
            views = self.tr("Some warning signs about the views: read them before paying.")
        else:
            views = self.tr("The views look real.")
        return price + " " + views

    def _show_required_reach(self, result: VettingResult) -> None:
        """The reach the quoted price needs to be at the niche's median CPM: price ÷ CPM × 1000."""
        request = result.request
        if result.required_reach is None or result.niche_cpm is None:
            self.required_label.setText(
                self.tr("— (no quotes with a reach in this niche and currency)")
            )
            return
        text = _fill(
            self.tr("%Ln views (%1 ÷ niche CPM %2 × 1000)", "", result.required_reach),
            formatting.money(request.price, request.currency),
            formatting.money(result.niche_cpm, request.currency),
        )
        if result.reach.views:
            share = result.reach.views / result.required_reach * 100
            text += " · " + self.tr("the reach is %1 of it").replace(
                "%1", formatting.percent(share)
            )
        self.required_label.setText(text)

    def _show_standing(self, result: VettingResult) -> None:
        standing = result.standing
        if standing is None:
            self.verdict_label.setText(
                self.tr("— (no quotes with a reach in this niche and currency)")
                if result.quote_cpm is not None
                else "—"
            )
            self.thresholds_label.clear()
            return
        color = VERDICT_COLORS[standing.verdict]
        self.verdict_label.setText(
            f'<b style="color:{color}">{html.escape(verdict_names()[standing.verdict])}</b> — '
            + html.escape(
                self.tr("dearer than %1 % of %2 niche quotes")
                .replace("%1", str(standing.percentile))
                .replace("%2", str(standing.count))
            )
        )
        money = lambda value: formatting.money(value, standing.currency)  # noqa: E731
        thresholds = (
            self.tr("Cheap below P25 = %1 · fair from P25 to P75 = %2 · overpriced above P75.")
            .replace("%1", money(standing.p25))
            .replace("%2", money(standing.p75))
        )
        thresholds += " " + self.tr("Niche median CPM %1.").replace("%1", money(standing.median))
        if standing.outliers:  # as the price suggestion counts them ("Leave outliers out")
            text = (
                self.tr("Outliers left out: %1.")
                if standing.outliers_left_out
                else self.tr("Outliers included: %1.")
            )
            thresholds += " " + text.replace("%1", str(standing.outliers))
        if standing.fallback:
            thresholds += " " + self.tr(
                "Too few quotes of this format: similar formats are compared."
            )
        self.thresholds_label.setText(thresholds)

    def _show_quality(self, result: VettingResult) -> None:
        report = result.quality
        names_ = signal_names()
        if report.insufficient_data or result.absent:
            # "low" risk here would only mean "nothing was checked": say what is missing instead
            self.risk_label.setText(self._no_judgement_text(result))
        else:
            risk = report.risk
            strong = sum(1 for s in report.fired if s.severity == "strong")
            weak = sum(1 for s in report.fired if s.severity == "weak")
            text = (
                self.tr("Risk of bought views: %1 (%2 strong and %3 weak signs)")
                .replace("%1", risk_names()[risk])
                .replace("%2", str(strong))
                .replace("%3", str(weak))
            )
            rule = self.tr(
                "Rule: high when one strong sign is far past its threshold, or two strong signs "
                "fire, or one strong and two weak; medium when one strong or two weak signs fire."
            )
            lines = [f'<b style="color:{RISK_COLORS[risk]}">{html.escape(text)}</b>']
            decisive = [names_[s.key] for s in report.decisive if s.key in names_]
            if decisive:
                lines.append(
                    html.escape(
                        self.tr("Far past its threshold: %1.").replace("%1", ", ".join(decisive))
                    )
                )
            lines.append(f'<span style="color:#555">{html.escape(rule)}</span>')
            if report.one_fetch:
                lines.append(
                    '<span style="color:#555">'
                    + html.escape(
                        self.tr(
                            "One reading per post (no tracked history): the signs marked "
                            "“needs tracking” were not checked. Track the channel for a few "
                            "days to check them and sharpen the others."
                        )
                    )
                    + "</span>"
                )
            self.risk_label.setText("<br>".join(lines))
        names = names_
        rows = []
        ordered = sorted(report.signals, key=lambda s: (not s.fired, s.severity != "strong"))
        for signal in ordered:
            if signal.value is None and signal.key != "not_enough_data":
                status, color = "○", "gray"
            elif signal.fired:
                status = "●"
                color = "#d7191c" if signal.severity == "strong" else "#e08000"
            else:
                status, color = "✓", "#1a9641"
            value = ""
            if signal.value is not None and signal.key != "not_enough_data":
                if signal.decisive_threshold is not None and signal.fired:
                    value = _fill(
                        self.tr("%1 (threshold %2; far past %3)"),
                        _signal_value(signal, signal.value),
                        _signal_value(signal, signal.threshold),
                        _signal_value(signal, signal.decisive_threshold),
                    )
                else:
                    value = (
                        self.tr("%1 (threshold %2)")
                        .replace("%1", _signal_value(signal, signal.value))
                        .replace("%2", _signal_value(signal, signal.threshold))
                    )
            elif report.one_fetch and not ONE_FETCH_ENOUGH.get(signal.key, True):
                value = self.tr("needs tracking")
            severity = {"strong": self.tr("strong"), "weak": self.tr("weak")}.get(
                signal.severity, ""
            )
            if signal.decisive:
                severity = self.tr("strong, far past")
            rows.append(
                f'<tr><td style="color:{color}; padding-right:6px">{status}</td>'
                f"<td><b>{html.escape(names.get(signal.key, signal.key))}</b>"
                + (f" <i>({html.escape(severity)})</i>" if severity and signal.fired else "")
                + (f" — {html.escape(value)}" if value else "")
                + f'<br><span style="color:#555">{html.escape(signal_explanation(signal))}</span>'
                + "</td></tr>"
            )
        self.signals_label.setText("<table cellspacing=3>" + "".join(rows) + "</table>")

    def _no_judgement_text(self, result: VettingResult) -> str:
        """The views cannot be judged: what data is missing and how to get it (rich text)."""
        report = result.quality
        shortage = report.signal("not_enough_data")
        few_posts = result.absent or (
            shortage is not None
            and shortage.value is not None
            and shortage.value < (shortage.threshold or 0)
        )
        no_subscribers = not result.subscribers
        history = [report.signal(key) for key in ("first_hour", "early_flat", "subscriber_jumps")]
        no_history = any(signal is not None and signal.value is None for signal in history)

        missing = []
        if result.absent:
            missing.append(self.tr("the channel's recent posts"))
        elif few_posts:
            missing.append(
                self.tr("more recent posts (%1 of the %2 needed)")
                .replace("%1", formatting.number(shortage.value))
                .replace("%2", formatting.number(shortage.threshold))
            )
        if no_subscribers:
            missing.append(self.tr("the subscriber count"))
        if no_history:
            missing.append(self.tr("a few days of tracked views and subscribers"))

        todo = []
        if not self.vetting.can_fetch():
            todo.append(
                self.tr(
                    "Sign in to Telegram (Telegram → Sign in…), then press Check to fetch the "
                    "channel's posts and subscribers."
                )
            )
        elif not result.fetched and (few_posts or no_subscribers):
            todo.append(self.tr("Press Check again to fetch the channel's posts and subscribers."))
        elif few_posts:
            todo.append(self.tr("The channel has too few recent posts on Telegram to judge."))
        if no_history:
            todo.append(
                self.tr(
                    "Check the channel again over a few days: each check with Telegram adds a "
                    "reading of its views and subscribers."
                )
            )

        text = (
            f'<b style="color:{NO_JUDGEMENT_COLOR}">'
            + html.escape(self.tr("Not enough data to judge the views"))
            + "</b>"
        )
        if missing:
            text += "<br>" + html.escape(self.tr("Missing: %1.").replace("%1", ", ".join(missing)))
        if todo:
            text += "<br>" + html.escape(" ".join(todo))
        return text

    # --- charts -----------------------------------------------------------------------------

    def _charts_changed(self) -> None:
        """Redraw now if the tab is showing, else when it is next shown.

        matplotlib is loaded on the first draw, so a window that opens on another tab starts
        without it.
        """
        self._charts_stale = True
        if self.isVisible():
            self.draw_charts()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._charts_stale:
            self.draw_charts()

    def _chart(self, key: str):
        view = self.charts.get(key)
        if view is None:
            from charts.canvas import ChartView

            view = ChartView(lambda: self.services.dialogs.save_chart(self), self)
            self.charts_row.addWidget(view, 1)
            self.charts[key] = view
        return view

    def draw_charts(self) -> dict:
        """Draw both charts from the current result; returns what each plotted."""
        from charts.vetting import plot_recent_posts, plot_views_by_age

        by_age, recent = self._chart("by_age"), self._chart("recent")
        result = self.result
        text = vetting_chart_text()
        number = lambda value: formatting.number(value)  # noqa: E731
        posts = result.posts if result else ()
        window = result.request.format.reach_window_hours if result else None
        drawn = {
            "by_age": plot_views_by_age(
                by_age.ax,
                [p.snapshots for p in posts if not p.is_ad],
                result.reach.curve if result else None,
                window=window,
                text=text,
                number=number,
            ),
            "recent": plot_recent_posts(
                recent.ax,
                [(p.posted_at.astimezone(), p.views, p.is_ad) for p in posts],
                reach=result.reach.views if result else None,
                window=window,
                text=text,
                number=number,
            ),
        }
        if drawn["recent"]["posts"] or drawn["recent"]["ads"]:
            # Dates in the UI language ("15 нояб."), not matplotlib's English month names.
            from matplotlib.ticker import FuncFormatter

            recent.ax.xaxis.set_major_formatter(FuncFormatter(_date_tick))
        by_age.redraw()
        recent.redraw()
        self._charts_stale = False
        return drawn

    # --- saving -----------------------------------------------------------------------------

    def _update_add(self) -> None:
        """Enable Add only for a result the form still shows and the price book does not hold."""
        result = self.result
        enabled, note, color = False, "", "gray"
        if result is None or self.busy:
            pass
        elif self._form_state() != self._checked_form:
            note = self.tr(
                "The form has changed: this result is for the previous input. Press Check."
            )
            color = STALE_COLOR
        elif self._saved_quote is not None:
            if self._saved_now:
                note = self.tr("Saved to the price book.")
            else:
                note = self.tr("Already in the price book (saved %1).").replace(
                    "%1", formatting.date_time(self._saved_quote.quoted_at)
                )
        else:
            enabled = result.can_save
        self.add_button.setEnabled(enabled)
        self.saved_label.setStyleSheet(f"color: {color};")
        self.saved_label.setText(note)
        self._update_track()

    def _update_track(self) -> None:
        """ "Track this channel": the checked channel's place in the scheduled refresh."""
        channel = self.result.channel if self.result is not None else None
        if channel is not None:
            channel = self.services.storage.channels.get(channel.id) or channel
        self.track_check.setChecked(bool(channel and (channel.tracked or channel.is_own)))
        if self.vetting.telegram is None:
            enabled, tip = False, self.tr("Needs Telegram, which the demo does not connect.")
        elif channel is None:
            enabled, tip = False, self.tr("Check a channel first: it is tracked once it is known.")
        elif channel.is_own:
            enabled, tip = False, self.tr("Your own channel is always refreshed.")
        else:
            enabled = True
            tip = self.tr("Refresh this channel's views with your own channel on the schedule.")
        self.track_check.setEnabled(enabled)
        self.track_check.setToolTip(tip)

    def set_tracked(self, tracked: bool) -> None:
        """Mark the checked channel as tracked (or not) by the scheduled refresh."""
        channel = self.result.channel if self.result is not None else None
        if channel is None or self.vetting.telegram is None:
            return
        self.services.pricebook.set_tracked([channel.id], tracked)
        self._update_track()

    def add_to_pricebook(self) -> None:
        result = self.result
        if result is None or not self.add_button.isEnabled():
            return
        try:
            record = self.vetting.add_to_pricebook(result)
        except DuplicateQuoteError as error:
            self._saved_quote = error.quote
            self._update_add()
            return
        except (InputError, ValueError) as error:
            self.saved_label.setText(str(error))
            return
        self._saved_quote, self._saved_now = record, True
        self._update_add()
        self.saved.emit(record)
        self.changed.emit()

    def shutdown(self) -> None:
        """Cancel a running fetch and drop a result being computed (the window is closing)."""
        self._closing = True
        if self._task is not None and not self._task.done():
            self._task.cancel()
        if self._evaluating is not None:
            self._evaluating.cancel()
            self._evaluating = None


def _date_tick(value: float, _pos=None) -> str:
    from matplotlib.dates import num2date

    moment = num2date(value).astimezone()
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), "d MMM")


def _loop_running() -> bool:
    with contextlib.suppress(RuntimeError):
        return asyncio.get_event_loop().is_running()
    return False
