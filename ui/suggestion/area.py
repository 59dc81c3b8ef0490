"""The *Price suggestion* area: niche statistics for a format, the suggested price with its band,
the reasoning step by step, the verdict on the own price, and the charts that show it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from application.pricebook import NicheView, Verdict
from pricing import InputError
from pricing.parsing import Format, parse_format
from pricing.suggestion import (
    MAX_DISCOUNT_PCT,
    MAX_PREMIUM_PCT,
    Adjustments,
    Suggestion,
)
from storage.import_values import parse_reach
from storage.records import TYPED_REACH_WINDOWS
from ui import settings as opt
from ui.fields import COMMON_FORMATS, FieldWithError
from ui.input_messages import generic_format_text, input_error_text
from ui.quote_model import format_text
from ui.services import Services
from ui.suggestion.charts import SuggestionChartsMixin
from ui.suggestion.names import adjustment_names, basis_names
from ui.suggestion.results import SuggestionResultsMixin


class SuggestionArea(SuggestionChartsMixin, SuggestionResultsMixin, QWidget):
    """Recomputes as soon as any input changes; the charts redraw only while visible."""

    recomputed = Signal()

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.service = services.pricebook
        self.niche_id: int | None = None
        self.view: NicheView | None = None
        self.suggestion: Suggestion | None = None
        self.verdict: Verdict | None = None
        self.own_price: Decimal | None = None
        self._rows = None
        self._view_key = None
        self._format_error = ""
        self.rates = None  # the user's exchange rates (ui.exchange_rates), read on recompute
        # what the own channel looked like when its flags and reach were last copied in: a reload
        # copies them again only when they changed, so the user's own edits here survive
        self._own_flags_key = None
        self._own_reach_key = None
        self._reach_edited = False
        self._computing = None  # (channel, window) whose reach a worker is computing
        self._charts_dirty: set[str] = {"cpm_vs_niche", "reach_vs_price", "distribution"}
        self.charts: dict = {}
        self._chart_timer = QTimer(self, singleShot=True, interval=0)
        self._chart_timer.timeout.connect(self._draw_charts)

        settings = services.settings
        # inputs
        self.format = QComboBox()
        self.format.setEditable(True)
        self.format.addItems([format_text(f) for f in COMMON_FORMATS])
        self.format.setCurrentText(format_text(opt.SUGGESTION_FORMAT.read(settings)))
        self.format_field = FieldWithError(self.format)
        self.basis = QComboBox()
        for key, name in basis_names().items():
            self.basis.addItem(name, key)
        self.basis.setCurrentIndex(max(0, self.basis.findData(opt.SUGGESTION_BASIS.read(settings))))
        self.exclude_outliers = QCheckBox(self.tr("Leave outliers out of the statistics"))
        self.exclude_outliers.setChecked(opt.SUGGESTION_EXCLUDE_OUTLIERS.read(settings))
        self.reach = QLineEdit()
        self.reach.setPlaceholderText(self.tr("views of your post over the format's window"))
        self.reach_field = FieldWithError(self.reach)
        self.reach_hint = QLabel()
        self.reach_hint.setObjectName("reachHint")
        self.reach_hint.setStyleSheet("color: gray;")
        self.reach_hint.setWordWrap(True)

        inputs = QGroupBox(self.tr("What to price"))
        form = QFormLayout(inputs)
        form.addRow(self.tr("Format"), self.format_field)
        form.addRow(self.tr("Niche CPM"), self.basis)
        form.addRow("", self.exclude_outliers)
        form.addRow(self.tr("Your reach"), self.reach_field)
        form.addRow("", self.reach_hint)

        # adjustments: a switch and an editable percentage each
        defaults = Adjustments()
        self.adjust_checks: dict[str, QCheckBox] = {}
        self.adjust_pcts: dict[str, QDoubleSpinBox] = {}
        self.adjust_limits: dict[str, Decimal] = {}
        adjust_box = QGroupBox(self.tr("Adjustments"))
        grid = QGridLayout(adjust_box)
        spec = (
            ("caught_cheating", defaults.cheating_pct, MAX_DISCOUNT_PCT, "−"),
            ("mega_compilations", defaults.mega_compilations_pct, MAX_DISCOUNT_PCT, "−"),
            ("better_terms", Decimal(20), MAX_PREMIUM_PCT, "+"),
            ("growing", defaults.growing_pct, MAX_PREMIUM_PCT, "+"),
            ("narrow_niche", defaults.narrow_niche_pct, MAX_PREMIUM_PCT, "+"),
        )
        for row, (kind, default, limit, sign) in enumerate(spec):
            check = QCheckBox(adjustment_names()[kind])
            spin = QDoubleSpinBox()
            # wider than the accepted range, so a keystroke past the limit is not silently
            # dropped: the value is shown, counted as the limit and the message says so
            spin.setRange(0, 9999)
            spin.setDecimals(0)
            spin.setSuffix(" %")
            spin.setPrefix(sign)
            spin.setValue(float(default))
            spin.setToolTip(self.tr("From 0 to %1 %").replace("%1", str(limit)))
            check.toggled.connect(self.recompute)
            spin.valueChanged.connect(self.recompute)
            grid.addWidget(check, row, 0)
            grid.addWidget(spin, row, 1)
            self.adjust_checks[kind], self.adjust_pcts[kind] = check, spin
            self.adjust_limits[kind] = limit
        self.adjust_message = QLabel()
        self.adjust_message.setObjectName("adjustMessage")
        self.adjust_message.setStyleSheet("color: #b00020;")
        self.adjust_message.setWordWrap(True)
        self.adjust_message.hide()
        grid.addWidget(self.adjust_message, len(spec), 0, 1, 2)

        # results
        self.fallback_label = QLabel()
        self.fallback_label.setObjectName("fallbackLabel")
        self.fallback_label.setWordWrap(True)
        self.fallback_label.setStyleSheet(
            "background: #fff4e5; color: #8a4b00; padding: 6px; border-radius: 4px;"
        )
        self.stats_label = QLabel()
        self.stats_label.setObjectName("statsLabel")
        self.stats_label.setTextFormat(Qt.TextFormat.RichText)
        niche_box = QGroupBox(self.tr("Niche"))
        niche_layout = QVBoxLayout(niche_box)
        niche_layout.addWidget(self.fallback_label)
        niche_layout.addWidget(self.stats_label)

        self.price_label = QLabel()
        self.price_label.setObjectName("priceLabel")
        self.price_label.setStyleSheet("font-size: 22pt; font-weight: bold;")
        self.band_label = QLabel()
        self.band_label.setObjectName("bandLabel")
        self.steps_label = QLabel()
        self.steps_label.setObjectName("stepsLabel")
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.steps_label.setWordWrap(True)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verdictLabel")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setStyleSheet("font-weight: bold;")
        result_box = QGroupBox(self.tr("Suggested price"))
        result_layout = QVBoxLayout(result_box)
        result_layout.addWidget(self.price_label)
        result_layout.addWidget(self.band_label)
        result_layout.addWidget(self.steps_label)
        result_layout.addWidget(self.verdict_label)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        # the answer right under the question: the price is in view at 1280×720 without scrolling
        for box in (inputs, result_box, adjust_box, niche_box):
            left_layout.addWidget(box)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("suggestionInputs")
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        # The pane never gets narrower than its widest line (Russian is the longest): dragging
        # the splitter cannot cut a label. Figures that grow later get a scroll bar, not a cut.
        self._inputs_scroll, self._inputs = scroll, left
        self._fit_inputs_pane()
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

        self.chart_tabs = QTabWidget()
        self._chart_pages: dict[str, QWidget] = {}
        for key, title in (
            ("cpm_vs_niche", self.tr("Your CPM vs niche")),
            ("reach_vs_price", self.tr("Reach vs price")),
            ("distribution", self.tr("CPM distribution")),
        ):
            page = QWidget()
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._chart_pages[key] = page
            self.chart_tabs.addTab(page, title)
        self.chart_tabs.currentChanged.connect(lambda _i: self._draw_charts())
        self.splitter = splitter = QSplitter()
        splitter.setObjectName("suggestionSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(scroll)
        splitter.addWidget(self.chart_tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([scroll.minimumWidth() + 20, 800])
        saved = opt.SUGGESTION_SPLITTER.read(settings)
        if isinstance(saved, QByteArray | bytes) and len(saved):
            splitter.restoreState(QByteArray(saved))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.format.editTextChanged.connect(lambda _t: self.recompute())
        self.basis.currentIndexChanged.connect(lambda _i: self.recompute())
        self.exclude_outliers.toggled.connect(lambda _c: self.recompute())
        # saved at once: Vetting judges the niche with the same choice
        self.exclude_outliers.toggled.connect(
            lambda checked: opt.SUGGESTION_EXCLUDE_OUTLIERS.write(self.services.settings, checked)
        )
        self.reach.textEdited.connect(self._reach_typed)
        self._set_formula_tooltips()

    def _set_formula_tooltips(self) -> None:
        """Every figure says how it is computed when the pointer rests on it."""
        from ui.help_menu import metric_tooltips

        tips = metric_tooltips()
        self.stats_label.setToolTip(
            "\n".join(tips[k] for k in ("cpm", "averages", "p25_p75", "outlier"))
        )
        self.reach.setToolTip(tips["reach"])
        self.format.setToolTip(tips["format"])
        self.basis.setToolTip(tips["averages"])
        for label in (self.price_label, self.steps_label):
            label.setToolTip(tips["price"])
        self.band_label.setToolTip(tips["p25_p75"])

    # --- inputs ----------------------------------------------------------------------------

    def set_niche(self, niche_id: int | None) -> None:
        self.niche_id = niche_id

    def shutdown(self) -> None:
        """Nothing runs past the window's life here (the figures drop with their widget)."""

    def reload(self) -> None:
        """Re-read quotes and the own channel, then recompute.

        The own channel's flags and reach are copied into the inputs only when they changed
        since the last copy (or were never copied): a switch the user flipped or a reach typed
        here stays as it is when a quote is added, edited or imported.
        """
        self._rows = self.service.rows(self.niche_id)
        self._view_key = None
        own = self.service.own_channel()
        flags = (
            (own.id, own.caught_cheating, own.mega_compilations, own.under_promotion,
             own.narrow_niche)
            if own is not None
            else None
        )  # fmt: skip
        if own is not None and flags != self._own_flags_key:
            self.adjust_checks["caught_cheating"].setChecked(own.caught_cheating)
            self.adjust_checks["mega_compilations"].setChecked(own.mega_compilations)
            self.adjust_checks["growing"].setChecked(own.under_promotion)
            self.adjust_checks["narrow_niche"].setChecked(own.narrow_niche)
        self._own_flags_key = flags
        reach_key = (own.id, *(own.typed_reach(w) for w in TYPED_REACH_WINDOWS)) if own else None
        if reach_key != self._own_reach_key:
            self._reach_edited = False
        self._own_reach_key = reach_key
        self._fill_reach(force=not self._reach_edited)
        self.recompute()

    def _reach_typed(self, text: str) -> None:
        self._reach_edited = bool(text.strip())
        self.recompute()

    def current_format(self) -> Format | None:
        text = self.format.currentText().replace(self.tr("native"), "native")
        try:
            fmt = parse_format(text)
        except InputError as error:
            self._format_error = input_error_text(error, generic_format_text())
            return None
        self._format_error = ""
        return fmt

    def _fill_reach(self, force: bool = False) -> None:
        """Put the own channel's reach for the format's window in the reach field."""
        fmt = self.current_format()
        own = self.service.own_channel()
        if fmt is None or own is None:
            self.reach_hint.setText(self.tr("Set up your channel on “My channel” first."))
            return
        window = fmt.reach_window_hours
        # the figure My channel shows, kept until the data changes; computed in a worker if new
        from ui.mychannel_view import compute_reach, kept_figures
        from ui.texts import reach_method_text

        figures, missing = kept_figures(self.service.reach, own.id, [window])
        if missing:
            self._reach_window = window
            self.reach_hint.setText(self.tr("Computing your reach…"))
            if self._computing != (own.id, window):
                self._computing = (own.id, window)
                compute_reach(
                    self, self.service.reach, own.id, missing, lambda: self._reach_computed(force)
                )
            return
        measured = figures[window]
        if measured is not None:
            value = measured.views
            hint = (
                self.tr("From %1 posts, %2 h window: %3")
                .replace("%1", str(measured.n_posts))
                .replace("%2", str(window))
                .replace("%3", reach_method_text(measured))
            )
        else:
            # a window with nothing typed takes a shorter window's figure: say which one
            value, typed_window = self.service.typed_reach_and_window(own.id, window) or (None, 0)
            if typed_window == window:
                hint = self.tr("Typed on “My channel” (%1 h window)").replace("%1", str(window))
            else:
                hint = (
                    self.tr("Typed on “My channel” for %1 h; no %2 h figure")
                    .replace("%1", str(typed_window))
                    .replace("%2", str(window))
                )
        if force or not self.reach.text().strip():
            self.reach.setText(str(value) if value else "")
        self.reach_hint.setText(
            hint if value else self.tr("Type your reach or fill in “My channel”.")
        )
        self._reach_window = window

    def _reach_computed(self, force: bool) -> None:
        self._computing = None
        self._fill_reach(force=force and not self._reach_edited)
        self.recompute()

    def adjustment_pct(self, kind: str) -> Decimal:
        """The percentage used for an adjustment: as typed, or its limit when typed above it."""
        return min(Decimal(int(self.adjust_pcts[kind].value())), self.adjust_limits[kind])

    def adjustments(self) -> Adjustments:
        checks, pct = self.adjust_checks, self.adjustment_pct
        return Adjustments(
            caught_cheating=checks["caught_cheating"].isChecked(),
            cheating_pct=pct("caught_cheating"),
            mega_compilations=checks["mega_compilations"].isChecked(),
            mega_compilations_pct=pct("mega_compilations"),
            better_terms_pct=(
                pct("better_terms") if checks["better_terms"].isChecked() else Decimal(0)
            ),
            growing=checks["growing"].isChecked(),
            growing_pct=pct("growing"),
            narrow_niche=checks["narrow_niche"].isChecked(),
            narrow_niche_pct=pct("narrow_niche"),
        )

    def _check_adjustments(self) -> None:
        """Say under the adjustments which percentage is above its limit and what is used."""
        names = adjustment_names()
        messages = []
        for kind, spin in self.adjust_pcts.items():
            limit = self.adjust_limits[kind]
            over = Decimal(int(spin.value())) > limit
            spin.setStyleSheet("color: #b00020;" if over else "")  # a border hides the arrows
            if over:
                messages.append(
                    self.tr("“%1” accepts 0 to %2 %: %3 % is counted as %2 %.")
                    .replace("%1", names[kind])
                    .replace("%2", str(limit))
                    .replace("%3", str(int(spin.value())))
                )
        self.adjust_message.setText("\n".join(messages))
        self.adjust_message.setVisible(bool(messages))

    # --- computing --------------------------------------------------------------------------

    def recompute(self) -> None:
        if self._rows is None:
            return
        fmt = self.current_format()
        self.format_field.set_error(self._format_error)
        self._check_adjustments()
        if fmt is not None and getattr(self, "_reach_window", None) != fmt.reach_window_hours:
            self._reach_edited = False  # a figure typed for another window does not fit this one
            self._fill_reach(force=True)
        reach = None
        if self.reach.text().strip():
            try:
                reach = parse_reach(self.reach.text())
                self.reach_field.set_error("")
            except InputError:
                self.reach_field.set_error(self.tr("Views must be a whole number above 0"))
        else:
            self.reach_field.set_error("")
        exclude = self.exclude_outliers.isChecked()
        key = (fmt, exclude)
        if fmt is not None and key != self._view_key:
            from ui.exchange_rates import read_rates

            self.rates = read_rates(self.services.settings)
            self.view = self.service.niche_view(
                self.niche_id, fmt, exclude_outliers=exclude, rows=self._rows, rates=self.rates
            )
            self._view_key = key
        elif fmt is None:
            self.view, self._view_key = None, None
        self.suggestion = None
        self.verdict = None
        self.own_price = None
        self.own_price_other_currency = None
        if self.view is not None and reach:
            self.suggestion = self.service.suggest(
                self.view, reach, self.adjustments(), self.basis.currentData()
            )
            own = self.service.own_channel()
            price = self.service.own_price_for(own.id, fmt) if own else None
            if price is not None and price.currency != self.view.currency:
                self.own_price_other_currency = price  # CPMs in two currencies do not compare
            elif price is not None:
                self.own_price = price.price
                own_cpm = self.service.own_cpm(price.price, reach)
                self.verdict = self.service.verdict(own_cpm, self.view.summary)
        self._show_results(fmt, reach)
        self._fit_inputs_pane()
        # and once more when Qt has laid the new texts out (a hidden area measures them late)
        QTimer.singleShot(0, self, self._fit_inputs_pane)
        self._charts_dirty = {"cpm_vs_niche", "reach_vs_price", "distribution"}
        if self.isVisible():
            self._draw_charts_soon()
        self.recomputed.emit()

    def _fit_inputs_pane(self) -> None:
        """Keep the input pane at least as wide as its widest line now shown (figures and
        warnings change with the data), so no text is cut at its right edge."""
        scroll = self._inputs_scroll
        self._inputs.layout().activate()  # the labels just changed: measure them as they are now
        needed = (
            self._inputs.minimumSizeHint().width()
            + scroll.verticalScrollBar().sizeHint().width()
            + 2 * scroll.frameWidth()
        )
        if needed != scroll.minimumWidth():
            scroll.setMinimumWidth(needed)

    # --- charts -----------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_inputs_pane()
        if self.charts:
            self._draw_charts()
        else:
            self._draw_charts_soon()

    def _draw_charts_soon(self) -> None:
        """Numbers first: the chart follows on the next loop turn; the first one (matplotlib
        behind it, a good part of a second on a slow PC) once the area has painted them."""
        if self.charts:
            self._chart_timer.start()
            return
        from charts.canvas import after_first_paint

        after_first_paint(self, self._draw_charts, paint_first=True)

    def save_state(self) -> None:
        settings = self.services.settings
        fmt = self.current_format()
        if fmt is not None:
            opt.SUGGESTION_FORMAT.write(settings, fmt.label)
        opt.SUGGESTION_BASIS.write(settings, self.basis.currentData())
        opt.SUGGESTION_EXCLUDE_OUTLIERS.write(settings, self.exclude_outliers.isChecked())
        opt.SUGGESTION_SPLITTER.write(settings, self.splitter.saveState())
