"""The suggestion in words: the niche's statistics, the suggested price with its band, the
reasoning step by step and the verdict on the own price."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from application.pricebook import MIN_QUOTES_FOR_OUTLIERS
from pricing.parsing import Format
from pricing.suggestion import (
    FALLBACK_ALL_FORMATS,
    Suggestion,
)
from ui import formatting
from ui.quote_model import format_text, outlier_rule_text
from ui.suggestion.names import adjustment_names, basis_names

translate = QCoreApplication.translate  # the texts belong to the suggestion area's catalogue


class SuggestionResultsMixin:
    """Part of :class:`ui.suggestion.area.SuggestionArea` (its result labels)."""

    def _show_results(self, fmt: Format | None, reach: int | None) -> None:
        view = self.view
        if view is None:
            if fmt is None:
                self.fallback_label.setText(
                    translate("SuggestionArea", "No statistics for this format: %1").replace(
                        "%1", self._format_error
                    )
                )
            else:
                self.fallback_label.setText(
                    translate(
                        "SuggestionArea",
                        "No quotes with a reach in this niche yet: add some on “Price book”.",
                    )
                )
            self.fallback_label.show()
            self.stats_label.clear()
            self.price_label.setText("—")
            self.band_label.clear()
            self.steps_label.clear()
            self.verdict_label.clear()
            return
        s, cur = view.summary, view.currency
        fn = view.format_niche
        label = format_text(fmt.label) if fmt else ""
        if view.too_few:
            if fn.fallback == FALLBACK_ALL_FORMATS:
                text = translate(
                    "SuggestionArea",
                    "Too few quotes to trust: only %1 of format %2 (at least %3 needed). "
                    "Compared with all %4 quotes of the niche instead.",
                )
            else:
                text = translate(
                    "SuggestionArea",
                    "Too few quotes to trust: only %1 of format %2 (at least %3 needed). "
                    "Compared with the %4 quotes counted over the same %5 h window instead.",
                )
            text = (
                text.replace("%1", str(fn.same_format_count))
                .replace("%2", label)
                .replace("%3", str(fn.min_same_format))
                .replace("%4", str(len(fn.used_quotes)))
                .replace("%5", str(view.format.reach_window_hours))
            )
            self.fallback_label.setText(text)
            self.fallback_label.show()
        else:
            self.fallback_label.hide()

        def m(value) -> str:
            return formatting.money(value, cur)

        outliers = sum(view.outlier_flags)
        full = view.full_summary
        fences = (
            translate("SuggestionArea", "outside %1 – %2")
            .replace("%1", m(full.lower_fence))
            .replace("%2", m(full.upper_fence))
        )
        judged = full.count >= MIN_QUOTES_FOR_OUTLIERS
        self.exclude_outliers.setToolTip(
            outlier_rule_text()
            + (
                "\n" + translate("SuggestionArea", "Here: a CPM %1.").replace("%1", fences)
                if judged
                else ""
            )
        )
        rows = [
            (translate("SuggestionArea", "Quotes compared"), str(s.count)),
            (translate("SuggestionArea", "Mean CPM"), m(s.mean_cpm)),
            (translate("SuggestionArea", "Median CPM"), m(s.median_cpm)),
            (translate("SuggestionArea", "P25–P75"), f"{m(s.p25_cpm)} – {m(s.p75_cpm)}"),
            (
                translate("SuggestionArea", "Trimmed mean / weighted"),
                f"{m(s.trimmed_mean_cpm)} / {m(s.weighted_cpm)}",
            ),
            (
                translate("SuggestionArea", "Outliers"),
                (
                    translate("SuggestionArea", "%1, left out")
                    if view.excluded_outliers
                    else translate("SuggestionArea", "%1, included")
                ).replace("%1", str(outliers)),
            ),
        ]
        if judged:
            rows.append(
                (
                    translate("SuggestionArea", "Outlier limits"),
                    f"{m(full.lower_fence)} – {m(full.upper_fence)}",
                )
            )
        for source, count in sorted(view.converted_currencies.items()):
            rate = self.rates.rate(source) if self.rates else None
            rows.append(
                (
                    translate("SuggestionArea", "Converted from %1").replace("%1", source),
                    translate("SuggestionArea", "%1 at %2 (%3)")
                    .replace("%1", str(count))
                    .replace("%2", m(self.rates.convert(Decimal(1), source, cur)))
                    .replace("%3", formatting.date_of_day(rate.set_on) if rate else ""),
                )
            )
        if view.skipped_no_reach or view.skipped_other_currency:
            rows.append(
                (
                    translate("SuggestionArea", "Not used"),
                    translate("SuggestionArea", "%1 without reach, %2 in other currencies")
                    .replace("%1", str(view.skipped_no_reach))
                    .replace("%2", str(view.skipped_other_currency)),
                )
            )
        self.stats_label.setText(
            "<table cellspacing=2>"
            + "".join(f"<tr><td>{k}</td><td align=right><b>{v}</b></td></tr>" for k, v in rows)
            + "</table>"
        )
        suggestion = self.suggestion
        if suggestion is None:
            self.price_label.setText("—")
            self.band_label.setText(translate("SuggestionArea", "Enter your reach to get a price."))
            self.steps_label.clear()
            self.verdict_label.clear()
            return
        self.price_label.setText(m(suggestion.price))
        self.band_label.setText(
            translate("SuggestionArea", "Fair range %1 – %2 (niche P25–P75 CPM)")
            .replace("%1", m(suggestion.low))
            .replace("%2", m(suggestion.high))
        )
        self.steps_label.setText(self._steps_html(suggestion, cur))
        if self.verdict is not None:
            v = self.verdict
            self.verdict_label.setText(
                translate(
                    "SuggestionArea", "Your price %1 gives CPM %2: cheaper than %3 % of the niche."
                )
                .replace("%1", m(self.own_price))
                .replace("%2", m(v.own_cpm))
                .replace("%3", str(v.cheaper_than_pct))
            )
        elif self.own_price_other_currency is not None:
            price = self.own_price_other_currency
            self.verdict_label.setText(
                translate(
                    "SuggestionArea",
                    "Your price for %1 (%2) is in %3, the niche's quotes are in %4: "
                    "CPMs in different currencies are not compared.",
                )
                .replace("%1", label)
                .replace("%2", formatting.money(price.price, price.currency))
                .replace("%3", price.currency)
                .replace("%4", cur)
            )
        else:
            self.verdict_label.setText(
                translate(
                    "SuggestionArea", "No own price for %1 yet: set one on “My channel”."
                ).replace("%1", label)
            )

    def _steps_html(self, suggestion: Suggestion, currency: str) -> str:
        names = adjustment_names()
        basis = basis_names()[suggestion.basis]
        lines = []
        for step in suggestion.steps:
            amount = formatting.money(step.amount, currency)
            if step.kind == "base":
                line = (
                    translate("SuggestionArea", "Niche %1 CPM %2 × your reach %3 / 1000 = %4")
                    .replace("%1", basis)
                    # two decimals, so that CPM × reach / 1000 checks by hand
                    .replace("%2", formatting.money(suggestion.basis_cpm, currency, 2))
                    .replace("%3", formatting.number(suggestion.own_reach))
                    .replace("%4", f"<b>{amount}</b>")
                )
            else:
                percent = step.percent or Decimal(0)
                sign = "+" if percent >= 0 else "−"
                name = names.get(step.kind, step.label)
                shown = formatting.percent(abs(percent))
                line = f"{name}: {sign}{shown} → <b>{amount}</b>"
            lines.append(f"<li>{line}</li>")
        title = translate("SuggestionArea", "Why this price")
        return f"<b>{title}</b><ol style='margin-left:-20px'>{''.join(lines)}</ol>"
