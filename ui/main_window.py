"""The main window: a niche selector, the areas as tabs, menus and the status bar.

Other rooms extend it through three public calls: :meth:`MainWindow.add_area` adds a tab (a
widget implementing :class:`ui.area.Area`; :meth:`MainWindow.add_lazy_area` adds one that is built
when first shown, so a start constructs only the area it opens on),
:meth:`MainWindow.reload` re-reads everything from storage (connect data-changing signals to it),
and ``statusBar().addPermanentWidget`` adds a status widget on the right.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QTabWidget,
    QToolBar,
    QWidget,
)

from ui import formatting
from ui import settings as opt
from ui.area import Area
from ui.pricebook.menu_actions import PriceBookMenuActions
from ui.services import Services

if TYPE_CHECKING:
    from ui.pricebook.area import PriceBookArea

ALL_NICHES = -1


class MainWindow(QMainWindow):
    """The pricing desk. ``niche_changed(niche_id or None)`` fires when the user picks a niche."""

    niche_changed = Signal(object)
    # the user asked to restart in another language ("auto", "en", "ru"); main.py restarts
    restart_requested = Signal(str)

    def __init__(self, services: Services, start_area: str | None = None):
        """``start_area`` is the area to open on (a key or a title, as ``--tab`` gives it);
        None opens the one the user left on."""
        super().__init__()
        self.services = services
        self.settings = services.settings
        self.setWindowTitle(self.tr("ChannelRate — ad pricing desk"))
        self.undo_stack = QUndoStack(self)
        # every tab by key, in tab order: the area, or the empty page standing in for an area
        # not built yet (its builder waits in _builders)
        self._tabs: dict[str, QWidget] = {}
        self._builders: dict[str, Callable[[], Area]] = {}
        self._when_built: dict[str, list[Callable[[Area], None]]] = {}
        self._dirty: set[str] = set()
        self._start_area = (
            start_area or opt.CURRENT_AREA.read(self.settings) or "pricebook"
        ).casefold()

        # niche selector
        self.niche_combo = QComboBox()
        self.niche_combo.setObjectName("nicheSelector")
        self.niche_combo.setMinimumContentsLength(22)
        toolbar = QToolBar(self.tr("Niche"))
        toolbar.setObjectName("nicheToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Niche:") + " "))
        toolbar.addWidget(self.niche_combo)
        self.addToolBar(toolbar)

        # areas
        self.tabs = QTabWidget()
        self.tabs.setObjectName("areas")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        # the price book too is built when first shown or used: until then its File and Edit
        # menu entries are stand-ins that build it (opening the menu is enough)
        self._book_actions = PriceBookMenuActions(self, lambda: self.pricebook)
        self.when_area_built("pricebook", self._book_actions.area_built)
        self.add_lazy_area(self._build_pricebook, self.tr("Price book"), "pricebook")
        self.add_lazy_area(self._build_my_channel, self.tr("My channel"), "mychannel")
        self.add_lazy_area(self._build_suggestion, self.tr("Price suggestion"), "suggestion")
        self.add_lazy_area(self._build_history, self.tr("History"), "history")

        # status bar: database and last refresh on the left; others add permanent widgets
        self.database_label = QLabel()
        self.database_label.setObjectName("databaseLabel")
        self.refresh_label = QLabel()
        self.refresh_label.setObjectName("refreshLabel")
        self.statusBar().addWidget(self.database_label)
        self.statusBar().addWidget(self.refresh_label)

        self._build_menus()
        self._restore_settings()
        self.tabs.currentChanged.connect(self._area_shown)
        self.niche_combo.currentIndexChanged.connect(self._niche_picked)
        self.reload()

    # --- the areas built when first shown ---------------------------------------------------

    def _build_pricebook(self) -> Area:
        from ui.pricebook.area import PriceBookArea

        area = PriceBookArea(self.services, self.undo_stack)
        area.changed.connect(self.reload)
        area.restore_state()
        return area

    @property
    def pricebook(self) -> PriceBookArea:
        """The price book area, built now if it was not yet."""
        return self.area("pricebook")  # type: ignore[return-value]

    def _build_my_channel(self) -> Area:
        from ui.mychannel_view import MyChannelArea

        area = MyChannelArea(self.services)
        area.changed.connect(self.reload)
        return area

    def _build_suggestion(self) -> Area:
        from ui.suggestion.area import SuggestionArea

        return SuggestionArea(self.services)

    def _build_history(self) -> Area:
        from ui.history_view import HistoryArea

        return HistoryArea(self.services)

    @property
    def my_channel(self):
        return self.area("mychannel")

    @property
    def suggestion(self):
        return self.area("suggestion")

    @property
    def history(self):
        return self.area("history")

    # --- public API -------------------------------------------------------------------------

    def add_area(self, widget: Area, title: str, key: str | None = None) -> int:
        """Add an area as a tab. ``key`` names it for ``--tab`` and the saved last area.

        The area is told the chosen niche, ``reload()`` is called when the data changes (right
        away if shown, else when it is next shown) and ``shutdown()`` when the window closes.
        """
        _check_area(widget)
        key = key or widget.objectName() or title
        index = self._add_tab(key, widget, title)
        self._area_added(key, widget)
        return index

    def add_lazy_area(self, build: Callable[[], Area], title: str, key: str) -> int:
        """Add an area that is built by ``build()`` when it is first shown or asked for
        (:meth:`area`), and until then is an empty page: a start builds only the area it opens
        on. Built, it is treated as :meth:`add_area` treats its areas."""
        placeholder = QWidget()
        placeholder.setObjectName(f"{key}NotBuilt")
        self._builders[key] = build
        index = self._add_tab(key, placeholder, title)
        if key.casefold() == self._start_area:
            self.show_area(key)
        return index

    def when_area_built(self, key: str, callback: Callable[[Area], None]) -> None:
        """Call ``callback(area)`` once the area ``key`` exists: now, or when it is built."""
        if key in self._builders or key not in self._tabs:
            self._when_built.setdefault(key, []).append(callback)
        elif key in self._tabs:
            callback(self._tabs[key])

    def area(self, key: str) -> Area | None:
        """The area ``key``, built now if it was not yet; None for no such area."""
        if key in self._builders:
            return self._build(key)
        return self._tabs.get(key)

    def built_areas(self) -> dict[str, Area]:
        """The areas built so far by key (the others are told everything when they are built)."""
        return {k: w for k, w in self._tabs.items() if k not in self._builders}

    def area_keys(self) -> list[str]:
        return list(self._tabs)

    def show_area(self, key: str) -> bool:
        """Bring an area to the front by key (or by its tab title, case-insensitive)."""
        for index, name in enumerate(self._tabs):
            if key.casefold() in (name.casefold(), self.tabs.tabText(index).casefold()):
                self.tabs.setCurrentWidget(self.area(name))
                return True
        return False

    def current_niche_id(self) -> int | None:
        data = self.niche_combo.currentData()
        return None if data in (None, ALL_NICHES) else int(data)

    def set_niche(self, niche_id: int | None) -> None:
        index = self.niche_combo.findData(ALL_NICHES if niche_id is None else niche_id)
        if index >= 0:
            self.niche_combo.setCurrentIndex(index)

    def reload(self) -> None:
        """Re-read everything from storage: niches, the shown area now, the others when shown."""
        self._fill_niches()
        niche_id = self.current_niche_id()
        for widget in self.built_areas().values():
            widget.set_niche(niche_id)
        self._dirty = set(self._tabs)
        self._reload_area(self.tabs.currentWidget())
        self._update_status()

    # --- internals --------------------------------------------------------------------------

    def _fill_niches(self) -> None:
        """Refill the niche selector, keeping the niche shown (a reload never moves it)."""
        wanted = self.niche_combo.currentData()
        if wanted is None:
            wanted = opt.NICHE.read(self.settings)
        had_niches = self.niche_combo.count() > 1
        self.niche_combo.blockSignals(True)
        self.niche_combo.clear()
        self.niche_combo.addItem(self.tr("All niches"), ALL_NICHES)
        for niche in self.services.pricebook.niches():
            self.niche_combo.addItem(niche.name, niche.id)
        index = self.niche_combo.findData(wanted)
        if not had_niches and not self.settings.contains(opt.NICHE.key) and index <= 0:
            # the first niches ever shown, and the user never chose: the first niche rather
            # than everything mixed; later reloads keep whatever is shown
            index = min(1, self.niche_combo.count() - 1)
        self.niche_combo.setCurrentIndex(max(0, index))
        self.niche_combo.blockSignals(False)

    def _niche_picked(self) -> None:
        niche_id = self.current_niche_id()
        opt.NICHE.write(self.settings, ALL_NICHES if niche_id is None else niche_id)
        self.niche_changed.emit(niche_id)
        self.reload()

    def _add_tab(self, key: str, widget: QWidget, title: str) -> int:
        if key in self._tabs:
            raise ValueError(f"an area {key!r} is already in the window")
        self._tabs[key] = widget
        self._dirty.add(key)
        return self.tabs.addTab(widget, title)

    def _area_added(self, key: str, widget: Area) -> None:
        widget.set_niche(self.current_niche_id())
        # Areas added after start-up (such as Vetting) reopen too if the user left on them.
        if key.casefold() == self._start_area:
            self.tabs.setCurrentWidget(widget)

    def _build(self, key: str) -> Area:
        """Build a lazily added area and put it in its tab in place of the empty page."""
        widget = self._builders[key]()
        _check_area(widget)
        del self._builders[key]
        placeholder = self._tabs[key]
        self._tabs[key] = widget
        index = self.tabs.indexOf(placeholder)
        was_current = self.tabs.currentWidget() is placeholder
        blocked = self.tabs.blockSignals(True)  # the same tab stays shown: nothing to announce
        try:
            self.tabs.insertTab(index, widget, self.tabs.tabText(index))
            if was_current:
                self.tabs.setCurrentIndex(index)
            self.tabs.removeTab(index + 1)
        finally:
            self.tabs.blockSignals(blocked)
        placeholder.deleteLater()
        self._area_added(key, widget)
        for callback in self._when_built.pop(key, []):
            callback(widget)
        return widget

    def _reload_area(self, widget: QWidget | None) -> None:
        for key, area in self._tabs.items():
            if area is widget and key in self._dirty and key not in self._builders:
                self._dirty.discard(key)
                area.reload()

    def _area_shown(self, index: int) -> None:
        shown = self.tabs.widget(index)
        key = next((k for k, w in self._tabs.items() if w is shown), None)
        if key in self._builders:  # first shown: built now, in place of its empty page
            self._build(key)
        self._reload_area(self.tabs.currentWidget())

    def _update_status(self) -> None:
        self.database_label.setText(
            self.tr("Database: %1").replace("%1", self.services.database_label)
        )
        last = self.services.pricebook.last_refresh()
        self.refresh_label.setText(
            self.tr("Last data refresh: %1").replace("%1", formatting.date_time(last))
            if last
            else self.tr("Last data refresh: never")
        )

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        book = self._book_actions
        book.build_when_shown(file_menu)
        file_menu.addAction(book.action("import_action"))
        file_menu.addAction(book.action("export_action"))
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        book.build_when_shown(edit_menu)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        for name in ("add_action", "edit_action", "duplicate_action", "delete_action"):
            edit_menu.addAction(book.action(name))
        edit_menu.addSeparator()
        edit_menu.addAction(book.action("paste_action"))

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        language_menu = view_menu.addMenu(self.tr("Language"))
        group = QActionGroup(self)
        from ui.i18n import chosen_language

        # the language this run shows (``--lang ru`` marks Russian even if the setting says auto)
        current = chosen_language() or opt.LANGUAGE.read(self.settings)
        self.language_actions = {}
        for code, name in (
            ("auto", self.tr("System language")),
            ("en", "English"),
            ("ru", "Русский"),
        ):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _c=False, c=code: self._choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

    def _choose_language(self, code: str) -> None:
        opt.LANGUAGE.write(self.settings, code)
        self.settings.sync()
        restart = self.services.dialogs.confirm(
            self,
            self.tr("Language"),
            self.tr(
                "The new language is used from the next start of ChannelRate. "
                "Restart now? Your data is saved."
            ),
        )
        if restart:
            self.restart_requested.emit(code)

    def _restore_settings(self) -> None:
        geometry = opt.GEOMETRY.read(self.settings)
        if isinstance(geometry, QByteArray | bytes) and len(geometry):
            self.restoreGeometry(QByteArray(geometry))
        else:  # first start: 1280×820, or the screen's free area when that is smaller
            screen = self.screen().availableGeometry() if self.screen() else None
            self.resize(
                # less the window frame and title bar the window manager adds
                min(1280, screen.width() - 16) if screen else 1280,
                min(820, screen.height() - 48) if screen else 820,
            )
        state = opt.WINDOW_STATE.read(self.settings)
        if isinstance(state, QByteArray | bytes) and len(state):
            self.restoreState(QByteArray(state))
        if self._start_area:
            self.show_area(self._start_area)

    def save_settings(self) -> None:
        opt.GEOMETRY.write(self.settings, self.saveGeometry())
        opt.WINDOW_STATE.write(self.settings, self.saveState())
        shown = self.tabs.currentWidget()
        key = next((k for k, w in self._tabs.items() if w is shown), "pricebook")
        opt.CURRENT_AREA.write(self.settings, key)
        niche_id = self.current_niche_id()
        opt.NICHE.write(self.settings, ALL_NICHES if niche_id is None else niche_id)
        if "pricebook" not in self._builders:  # one never built has nothing new to keep
            self.pricebook.save_state()
        if "suggestion" not in self._builders:  # one never built has nothing new to keep
            self.suggestion.save_state()
        self.settings.sync()

    def showEvent(self, event) -> None:
        # the tab shown is one not built yet (the price book when the start area is unknown, or
        # was not added): built before the window is first painted, never an empty page
        shown = self.tabs.currentWidget()
        key = next((k for k, w in self._tabs.items() if w is shown), None)
        if key in self._builders:
            self._build(key)
            self._reload_area(self.tabs.currentWidget())
        super().showEvent(event)

    def closeEvent(self, event) -> None:
        self.save_settings()
        for (
            area
        ) in self.built_areas().values():  # stop fetches and computations for the closed window
            area.shutdown()
        super().closeEvent(event)


def _check_area(widget: object) -> None:
    if not isinstance(widget, QWidget) or not isinstance(widget, Area):
        raise TypeError(f"{type(widget).__name__} is not a QWidget implementing ui.area.Area")
