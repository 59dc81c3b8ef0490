"""The vetting screen's *Are the views real?* box: the risk of bought views and its signs."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout

from application.vetting import VettingResult
from pricing.quality import ONE_FETCH_ENOUGH, QualityReport
from ui import formatting
from ui.vetting.texts import fill, risk_names, signal_explanation, signal_names, signal_value

translate = QCoreApplication.translate

RISK_COLORS = {"low": "#1a9641", "medium": "#e08000", "high": "#d7191c"}
NO_JUDGEMENT_COLOR = "#555"


class QualityBox(QGroupBox):
    """The risk line on top, the signs (fired first) in a scrolling table under it."""

    def __init__(self, parent=None):
        super().__init__(translate("VettingArea", "Are the views real?"), parent)
        self.risk_label = QLabel()
        self.risk_label.setObjectName("vetRisk")
        self.risk_label.setWordWrap(True)
        self.signals_label = QLabel()
        self.signals_label.setObjectName("vetSignals")
        self.signals_label.setWordWrap(True)
        self.signals_label.setTextFormat(Qt.TextFormat.RichText)
        self.signals_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.signals_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.risk_label)
        layout.addWidget(scroll, 1)

    def clear(self) -> None:
        self.risk_label.setText("—")
        self.signals_label.setText(
            translate(
                "VettingArea",
                "Paste a channel link, the quoted price and format, then press Check.",
            )
        )

    def show_result(self, result: VettingResult, can_fetch: bool) -> None:
        """``can_fetch``: Telegram is set up, so a missing figure can be fetched by checking."""
        self.risk_label.setText(risk_text(result, can_fetch))
        self.signals_label.setText(signals_table(result.quality))


def risk_text(result: VettingResult, can_fetch: bool) -> str:
    """The risk of bought views and the rule behind it, or what is missing to judge (rich text)."""
    report = result.quality
    if report.insufficient_data or result.absent:
        # "low" risk here would only mean "nothing was checked": say what is missing instead
        return no_judgement_text(result, can_fetch)
    names = signal_names()
    risk = report.risk
    strong = sum(1 for s in report.fired if s.severity == "strong")
    weak = sum(1 for s in report.fired if s.severity == "weak")
    text = (
        translate("VettingArea", "Risk of bought views: %1 (%2 strong and %3 weak signs)")
        .replace("%1", risk_names()[risk])
        .replace("%2", str(strong))
        .replace("%3", str(weak))
    )
    rule = translate(
        "VettingArea",
        "Rule: high when one strong sign is far past its threshold, or two strong signs "
        "fire, or one strong and two weak; medium when one strong or two weak signs fire.",
    )
    lines = [f'<b style="color:{RISK_COLORS[risk]}">{html.escape(text)}</b>']
    decisive = [names[s.key] for s in report.decisive if s.key in names]
    if decisive:
        lines.append(
            html.escape(
                translate("VettingArea", "Far past its threshold: %1.").replace(
                    "%1", ", ".join(decisive)
                )
            )
        )
    lines.append(f'<span style="color:#555">{html.escape(rule)}</span>')
    if risk == "low":
        # measured: views bought slowly and in proportion to real readers leave none of these
        # signs (README, "How the vetting was checked"): "low" is no proof
        caveat = translate(
            "VettingArea",
            "Low means none of these signs was found, not that every view is real: views "
            "bought slowly and in step with the real readers leave none of them. Before a large "
            "purchase, ask the seller for the channel's statistics (where its views come from).",
        )
        lines.append(f'<span style="color:#555">{html.escape(caveat)}</span>')
    if report.one_fetch:
        one_fetch = translate(
            "VettingArea",
            "One reading per post (no tracked history): the signs marked "
            "“needs tracking” were not checked. Track the channel for a few "
            "days to check them and sharpen the others.",
        )
        lines.append(f'<span style="color:#555">{html.escape(one_fetch)}</span>')
    return "<br>".join(lines)


def signals_table(report: QualityReport) -> str:
    """Every sign with its figure, threshold and sentence, fired and strong ones first."""
    names = signal_names()
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
                value = fill(
                    translate("VettingArea", "%1 (threshold %2; far past %3)"),
                    signal_value(signal, signal.value),
                    signal_value(signal, signal.threshold),
                    signal_value(signal, signal.decisive_threshold),
                )
            else:
                value = (
                    translate("VettingArea", "%1 (threshold %2)")
                    .replace("%1", signal_value(signal, signal.value))
                    .replace("%2", signal_value(signal, signal.threshold))
                )
        elif report.one_fetch and not ONE_FETCH_ENOUGH.get(signal.key, True):
            value = translate("VettingArea", "needs tracking")
        severity = {
            "strong": translate("VettingArea", "strong"),
            "weak": translate("VettingArea", "weak"),
        }.get(signal.severity, "")
        if signal.decisive:
            severity = translate("VettingArea", "strong, far past")
        rows.append(
            f'<tr><td style="color:{color}; padding-right:6px">{status}</td>'
            f"<td><b>{html.escape(names.get(signal.key, signal.key))}</b>"
            + (f" <i>({html.escape(severity)})</i>" if severity and signal.fired else "")
            + (f" — {html.escape(value)}" if value else "")
            + f'<br><span style="color:#555">{html.escape(signal_explanation(signal))}</span>'
            + "</td></tr>"
        )
    return "<table cellspacing=3>" + "".join(rows) + "</table>"


def no_judgement_text(result: VettingResult, can_fetch: bool) -> str:
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
        missing.append(translate("VettingArea", "the channel's recent posts"))
    elif few_posts:
        missing.append(
            translate("VettingArea", "more recent posts (%1 of the %2 needed)")
            .replace("%1", formatting.number(shortage.value))
            .replace("%2", formatting.number(shortage.threshold))
        )
    if no_subscribers:
        missing.append(translate("VettingArea", "the subscriber count"))
    if no_history:
        missing.append(translate("VettingArea", "a few days of tracked views and subscribers"))

    todo = []
    if not can_fetch:
        todo.append(
            translate(
                "VettingArea",
                "Sign in to Telegram (Telegram → Sign in…), then press Check to fetch the "
                "channel's posts and subscribers.",
            )
        )
    elif not result.fetched and (few_posts or no_subscribers):
        todo.append(
            translate(
                "VettingArea", "Press Check again to fetch the channel's posts and subscribers."
            )
        )
    elif few_posts:
        todo.append(
            translate("VettingArea", "The channel has too few recent posts on Telegram to judge.")
        )
    if no_history:
        todo.append(
            translate(
                "VettingArea",
                "Check the channel again over a few days: each check with Telegram adds a "
                "reading of its views and subscribers.",
            )
        )

    text = (
        f'<b style="color:{NO_JUDGEMENT_COLOR}">'
        + html.escape(translate("VettingArea", "Not enough data to judge the views"))
        + "</b>"
    )
    if missing:
        text += "<br>" + html.escape(
            translate("VettingArea", "Missing: %1.").replace("%1", ", ".join(missing))
        )
    if todo:
        text += "<br>" + html.escape(" ".join(todo))
    return text
