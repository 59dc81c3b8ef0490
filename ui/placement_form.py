"""The form for adding or editing a placement, and the one-field dialogs of the area (an invite
link made elsewhere, joins typed by hand).

Fields are read by the pricing parsers as the user types; a rejected value shows a message under
the field and Save stays disabled, so a bad placement is never saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from pricing import InputError
from pricing.parsing import Format, parse_channel_ref, parse_price
from storage.import_values import parse_reach
from storage.placement_records import PlacementDraft, PlacementRecord
from storage.records import ChannelRecord
from ui import formatting
from ui.fields import COMMON_FORMATS, FieldWithError
from ui.quote_form import CURRENCIES, CurrencyFollowsPrice, read_offer
from ui.quote_model import format_text

_FIELDS = ("seller", "link", "format", "price", "currency", "views", "joins", "value")


def _buttons(dialog: QDialog) -> tuple[QDialogButtonBox, object]:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setText(QCoreApplication.translate("PlacementForm", "Save"))
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("PlacementForm", "Cancel"))
    buttons.rejected.connect(dialog.reject)
    return buttons, save


class PlacementForm(QDialog):
    """Add / edit a placement. ``draft()`` is the validated result."""

    validity_changed = Signal(bool)

    def __init__(
        self,
        sellers: list[str],
        promoted: list[ChannelRecord],
        parent=None,
        *,
        record: PlacementRecord | None = None,
        title: str | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("New placement"))
        self.setMinimumWidth(480)
        self._draft: PlacementDraft | None = None
        self._seller_id = record.seller_id if record else None

        self.seller = QComboBox()
        self.seller.setEditable(True)
        self.seller.addItems(sellers)
        self.seller.setCurrentText("")
        self.seller.lineEdit().setPlaceholderText(self.tr("@username of the channel you paid"))
        self.link = QLineEdit()
        self.link.setPlaceholderText(self.tr("t.me/channel/123 — the ad post"))
        self.promoted = QComboBox()
        for channel in promoted:
            self.promoted.addItem(channel.display_name, channel.id)
        self.promoted.addItem(self.tr("— none —"), None)
        self.format = QComboBox()
        self.format.setEditable(True)
        self.format.addItems([format_text(f) for f in COMMON_FORMATS])
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("3000, 3 000 ₽, $40"))
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.posted_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.posted_at.setCalendarPopup(True)
        self.posted_at.setDisplayFormat(formatting.date_format() + " HH:mm")
        self.posted_at.setMaximumDateTime(QDateTime.currentDateTime().addDays(60))
        self.views = QLineEdit()
        self.views.setPlaceholderText(self.tr("only if Telegram cannot read the ad post"))
        self.joins = QLineEdit()
        self.joins.setPlaceholderText(self.tr("only if Telegram cannot count the link's joins"))
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("optional: for the return on the spend"))
        self.note = QLineEdit()
        self.preview = QLabel()
        self.preview.setObjectName("paidCpmPreview")

        self.fields = {
            "seller": FieldWithError(self.seller),
            "link": FieldWithError(self.link),
            "format": FieldWithError(self.format),
            "price": FieldWithError(self.price),
            "currency": FieldWithError(self.currency),
            "views": FieldWithError(self.views),
            "joins": FieldWithError(self.joins),
            "value": FieldWithError(self.value),
        }
        form = QFormLayout()
        form.addRow(self.tr("Seller channel"), self.fields["seller"])
        form.addRow(self.tr("Ad post link"), self.fields["link"])
        form.addRow(self.tr("Promoted channel"), self.promoted)
        form.addRow(self.tr("Format"), self.fields["format"])
        form.addRow(self.tr("Price"), self.fields["price"])
        form.addRow(self.tr("Currency"), self.fields["currency"])
        form.addRow(self.tr("Posted at"), self.posted_at)
        form.addRow(self.tr("Ad post views (typed)"), self.fields["views"])
        form.addRow(self.tr("Joins (typed)"), self.fields["joins"])
        form.addRow(self.tr("A subscriber is worth"), self.fields["value"])
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Paid CPM"), self.preview)

        self.buttons, self.save_button = _buttons(self)
        self.buttons.accepted.connect(self._accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self._touched: set[str] = set()
        self._seller_from_link = False
        self._filling_seller = False
        if record is not None:
            self._fill(record)
        self._currency_follows = CurrencyFollowsPrice(self.currency)
        for editor, name in (
            (self.link, "link"),
            (self.price, "price"),
            (self.views, "views"),
            (self.joins, "joins"),
            (self.value, "value"),
        ):
            editor.textChanged.connect(lambda _t, n=name: self._edited(n))
        self.seller.editTextChanged.connect(lambda _t: self._edited("seller"))
        self.format.editTextChanged.connect(lambda _t: self._edited("format"))
        self.currency.editTextChanged.connect(lambda _t: self._edited("currency"))
        self.validate()

    def _fill(self, record: PlacementRecord) -> None:
        self.seller.setCurrentText(record.seller_name)
        self.link.setText(record.ad_post_link)
        index = self.promoted.findData(record.promoted_id)
        self.promoted.setCurrentIndex(index if index >= 0 else self.promoted.count() - 1)
        fmt = Format(record.top_hours, record.feed_hours, record.native)
        self.format.setCurrentText(format_text(fmt.label))
        self.price.setText(formatting.number(record.price, 2 if record.price % 1 else 0))
        self.currency.setCurrentText(record.currency)
        stamp = QDateTime.fromSecsSinceEpoch(int(record.posted_at.timestamp()))
        self.posted_at.setMaximumDateTime(max(stamp, self.posted_at.maximumDateTime()))
        self.posted_at.setDateTime(stamp)
        self.views.setText(str(record.typed_views) if record.typed_views else "")
        self.joins.setText("" if record.typed_joins is None else str(record.typed_joins))
        if record.subscriber_value is not None:
            self.value.setText(formatting.number(record.subscriber_value, 2))
        self.note.setText(record.note)
        self._touched = set(_FIELDS)

    def _edited(self, name: str) -> None:
        if name == "seller" and self._filling_seller:
            return
        self._touched.add(name)
        if name == "seller":
            self._seller_from_link = False  # the user's own choice is never overwritten
        if name == "link" and (self._seller_from_link or not self.seller.currentText().strip()):
            self._seller_from_link = True
            try:
                ref = parse_channel_ref(self.link.text())
            except InputError:
                ref = None
            seller = f"@{ref.value}" if ref and ref.kind == "username" and ref.post_id else ""
            self._filling_seller = True
            self.seller.setCurrentText(seller)  # a post link names its channel
            self._filling_seller = False
        self.validate()

    # --- validation -----------------------------------------------------------------------

    def validate(self) -> bool:
        errors: dict[str, str] = {}
        seller = " ".join(self.seller.currentText().split())
        if not seller:
            errors["seller"] = self.tr("Enter the @username, link or name of the channel you paid")
        link = self.link.text().strip()
        if link:
            try:
                ref = parse_channel_ref(link)
            except InputError:
                ref = None
            if ref is None or ref.post_id is None:
                errors["link"] = self.tr(
                    "The ad post link must point to a post, such as t.me/channel/123"
                )
        fmt, money, currency = read_offer(
            self.format.currentText(), self.price.text(), self._currency_follows, errors
        )
        views = _optional(self.views.text(), parse_reach)
        if views is _BAD:
            errors["views"] = self.tr("Views must be a whole number above 0")
        joins = _optional(self.joins.text(), _whole_or_zero)
        if joins is _BAD:
            errors["joins"] = self.tr("Joins must be a whole number, 0 or more")
        value = _optional(self.value.text(), lambda t: parse_price(t).amount)
        if value is _BAD:
            errors["value"] = self.tr("Enter an amount, such as 40")

        for name, field in self.fields.items():
            field.set_error(errors.get(name, "") if name in self._touched else "")
        if money is not None and isinstance(views, int):
            paid = Decimal(money.amount) * 1000 / views
            self.preview.setText(formatting.money(paid, currency or "RUB"))
        else:
            self.preview.setText(self.tr("from the ad post's measured views"))

        ok = not errors
        self._draft = None
        if ok:
            stamp = self.posted_at.dateTime().toSecsSinceEpoch()
            self._draft = PlacementDraft(
                seller=seller,
                price=Decimal(money.amount),
                posted_at=datetime.fromtimestamp(stamp, UTC),
                currency=currency,
                top_hours=fmt.top_hours,
                feed_hours=fmt.feed_hours,
                native=fmt.native,
                ad_post_link=link,
                promoted_id=self.promoted.currentData(),
                typed_views=views,
                typed_joins=joins,
                subscriber_value=Decimal(value) if value is not None else None,
                note=self.note.text().strip(),
                seller_id=self._seller_id,
            )
        self.save_button.setEnabled(ok)
        self.validity_changed.emit(ok)
        return ok

    def draft(self) -> PlacementDraft | None:
        return self._draft

    def _accept(self) -> None:
        self._touched = set(_FIELDS)
        if self.validate():
            self.accept()

    def keyPressEvent(self, event) -> None:  # Enter with a bad value must not close the form
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.validate():
            return
        super().keyPressEvent(event)


_BAD = object()


def _optional(text: str, parse: Callable[[str], object]):
    """None for an empty field, the parsed value, or ``_BAD``."""
    if not text.strip():
        return None
    try:
        return parse(text)
    except (InputError, ValueError):
        return _BAD


def _whole_or_zero(text: str) -> int:
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if not cleaned.isdigit():
        raise ValueError(text)
    return int(cleaned)


class ValueDialog(QDialog):
    """One field with a check: ``value()`` is what ``parse`` made of it (it raises on bad text,
    ``message`` says why under the field)."""

    def __init__(
        self,
        title: str,
        label: str,
        parse: Callable[[str], object],
        message: Callable[[Exception], str],
        parent=None,
        *,
        text: str = "",
        placeholder: str = "",
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self._parse, self._message = parse, message
        self._value: object = None
        self.editor = QLineEdit(text)
        self.editor.setPlaceholderText(placeholder)
        self.field = FieldWithError(self.editor)
        form = QFormLayout()
        form.addRow(label, self.field)
        self.buttons, self.save_button = _buttons(self)
        self.buttons.accepted.connect(self._accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.editor.textChanged.connect(lambda _t: self.validate(show=True))
        self.editor.selectAll()  # typing replaces what was there
        self.validate(show=False)

    def validate(self, show: bool = True) -> bool:
        try:
            self._value = self._parse(self.editor.text())
        except (InputError, ValueError) as error:
            self._value = None
            self.field.set_error(self._message(error) if show else "")
            self.save_button.setEnabled(False)
            return False
        self.field.set_error("")
        self.save_button.setEnabled(True)
        return True

    def value(self) -> object:
        return self._value

    def _accept(self) -> None:
        if self.validate():
            self.accept()
