"""Search as you type: a debounced query box above a keyboard-navigable list of customers."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from app.services.dto import CustomerHit
from app.services.normalise import format_phone
from app.views.common.keyboard import keyboard_list
from app.views.common.labels import segment_name
from app.views.common.workers import Operation, Runner

DEBOUNCE_MS = 120


class HitListModel(QAbstractListModel):
    """Search results: the name, then what tells namesakes apart (customer number, birth year,
    city) before phone or e-mail and segment; the list elides, the tooltip has it all."""

    HitRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[CustomerHit] = []

    def set_hits(self, hits: Sequence[CustomerHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> CustomerHit:
        return self._hits[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.full_name}\n" + _joined(self._who(hit) + _reach(hit))
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join((hit.full_name, _joined(self._who(hit)), _joined(_reach(hit))))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join([hit.full_name, *self._who(hit)])
        if role == self.HitRole:
            return hit
        return None

    def _who(self, hit: CustomerHit) -> list[str]:
        """Customer number, birth year and city: what two "Alicja Kowalczyk" differ in."""
        who = [self.tr("no. %1").replace("%1", hit.external_id)]
        if hit.birth_date is not None:
            # A year is not a quantity: no group separator ("1 985"), whatever the locale.
            who.append(self.tr("born %1").replace("%1", str(hit.birth_date.year)))
        return [*who, hit.city]


def _reach(hit: CustomerHit) -> list[str]:
    return [format_phone(hit.phone) if hit.phone else hit.email, segment_name(hit.segment)]


def _joined(parts: list[str]) -> str:
    return "  ·  ".join(part for part in parts if part)


class SearchPanel(QWidget):
    """Emits `chosen(CustomerHit)` on Enter or double-click; Down moves from box to list."""

    chosen = Signal(object)

    def __init__(
        self, runner: Runner, search: Callable[[str], list[CustomerHit]], parent=None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._search = search
        self._in_flight = False
        self._open_when_ready = False
        self.box = QLineEdit(self)
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(self.tr("Search: name, phone, e-mail, customer no.  (Ctrl+F)"))
        self.box.setAccessibleName(self.tr("Customer search"))
        self.box.setClearButtonEnabled(True)
        self.model = HitListModel(self)
        self.results = keyboard_list(QListView(self))
        self.results.setObjectName("results")
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setUniformItemSizes(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A narrow list cuts the details line at its end; the row's tooltip has it whole.
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setWordWrap(False)
        self.status = QLabel(self.tr("Type to search"), self)
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)  # "Начните вводить для поиска" must not widen the column
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._run_query)
        self.box.textEdited.connect(lambda _text: self._timer.start())
        self.box.returnPressed.connect(self._open_current)
        self.results.activated.connect(self._open_index)
        self.box.installEventFilter(self)
        self.results.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        hint = QLabel(self.tr("↓ into the list · Enter opens · Esc back to search"), self)
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        layout.addWidget(hint)

    def focus_box(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def show_caller(self, number: str, hit: CustomerHit) -> None:
        """A screen pop identified the caller: the list shows them, not the last search."""
        self._timer.stop()
        self._runner.cancel("search")
        self._in_flight = self._open_when_ready = False
        self.box.setText(number)
        self.model.set_hits([hit])
        self.results.setCurrentIndex(self.model.index(0))
        self.status.setText(self.tr("Incoming call"))  # the name is in the list, never clipped

    def _run_query(self) -> None:
        query = self.box.text().strip()
        if not query:
            self._runner.cancel("search")
            self.model.set_hits([])
            self.status.setText(self.tr("Type to search"))
            return
        op = Operation(
            work=lambda: self._search(query),
            on_success=self._show_hits,
            on_failure=self._show_failure,
            key="search",
        )
        self._in_flight = True
        self._runner.submit(op)

    def _show_hits(self, hits: list[CustomerHit]) -> None:
        self._in_flight = False
        self.model.set_hits(hits)
        self.status.setText(self.tr("%n customer(s) found", "", len(hits)))
        if hits:
            self.results.setCurrentIndex(self.model.index(0))
        if self._open_when_ready:
            self._open_when_ready = False
            self._open_index(self.results.currentIndex())

    def _show_failure(self, error: BaseException) -> None:
        self._in_flight = False
        self._open_when_ready = False
        self.status.setText(self.tr("Search failed: %1").replace("%1", str(error)))

    def _open_current(self) -> None:
        if self._timer.isActive():  # Enter before the debounce fired: search now, open after
            self._timer.stop()
            self._run_query()
        if self._in_flight:
            self._open_when_ready = True
            return
        index = self.results.currentIndex()
        if index.isValid():
            self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen.emit(self.model.hit(index.row()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key() if isinstance(event, QKeyEvent) else None
        if watched is self.box and key == Qt.Key.Key_Down and self.model.rowCount():
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.model.index(0))
            return True
        if watched is self.results and key == Qt.Key.Key_Escape:
            self.focus_box()
            return True
        if watched is self.results and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_index(self.results.currentIndex())
            return True
        return False
