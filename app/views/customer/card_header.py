"""The header strip of an open customer: name, age and birthday, segment, contact points."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.services.dto import Identity
from app.services.normalise import format_phone
from app.views.common import formatting
from app.views.common.labels import segment_name
from app.views.common.widgets import badge, set_badge
from app.views.common.wrapping_row import WrappingRow


class CardHeader(QFrame):
    """Always visible above card and history: the consultant never loses who is on the line."""

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardHeader")
        self._locale = locale
        self.name = QLabel(self.tr("No customer open"), self)
        self.name.setObjectName("customerName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel(self.tr("Search by name, phone, e-mail or customer number (Ctrl+F)"))
        self.facts.setObjectName("muted")
        self.facts.setWordWrap(True)  # age, birth date, city, number: wraps on a narrow card
        self.birthday = badge("", "info", self)
        self.segment = badge("", "neutral", self)
        self.reach = QLabel(self)
        self.reach.setObjectName("reach")
        self.reach.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reach.setWordWrap(True)  # many phone numbers wrap instead of widening the window
        self.name.setMinimumWidth(80)
        self._build()
        self.show_identity(None)

    def _build(self) -> None:
        left = QVBoxLayout()
        left.setSpacing(2)
        # Name and badges on one line when they fit; a narrow card puts the badges below.
        title = WrappingRow(self, spacing=8, narrow_columns=1)
        for widget in (self.name, self.segment, self.birthday):
            title.add(widget)
        left.addWidget(title)
        left.addWidget(self.facts)
        left.addWidget(self.reach)
        left.setContentsMargins(14, 8, 14, 8)
        self.setLayout(left)

    def show_identity(self, identity: Identity | None) -> None:
        if identity is None:
            self.show_message(self.tr("No customer open"), "")
            return
        self.name.setText(identity.full_name or self.tr("(no name)"))
        self.name.setAccessibleName(self.tr("Customer name: %1").replace("%1", identity.full_name))
        self.facts.setText(self._facts(identity))
        segment = segment_name(identity.segment) if identity.segment else self.tr("no segment")
        set_badge(self.segment, self.tr("Segment: %1").replace("%1", segment), "neutral")
        self.segment.show()
        self._show_birthday(identity)
        self.reach.setText(self._reach(identity))

    def show_message(self, title: str, detail: str) -> None:
        """No customer on screen (e.g. a caller not yet identified): say what is going on."""
        self.name.setText(title)
        self.name.setAccessibleName(title)
        self.facts.setText(detail)
        self.segment.hide()
        self.birthday.hide()
        self.reach.clear()

    def _facts(self, identity: Identity) -> str:
        parts = []
        if identity.age is not None:
            parts.append(self.tr("%n years", "", identity.age))
        if identity.birth_date is not None:
            born = formatting.day(identity.birth_date, self._locale)
            parts.append(self.tr("born %1").replace("%1", born))
        if identity.city:
            parts.append(identity.city)
        parts.append(self.tr("Customer no. %1").replace("%1", identity.external_id))
        return "  ·  ".join(parts)

    def _show_birthday(self, identity: Identity) -> None:
        if identity.is_birthday:
            set_badge(self.birthday, _cake() + self.tr("Birthday today"), "ok")
        elif identity.days_to_birthday is not None and identity.days_to_birthday <= 7:
            days = self.tr("Birthday in %n day(s)", "", identity.days_to_birthday)
            set_badge(self.birthday, _cake() + days, "info")
        else:
            self.birthday.hide()
            return
        self.birthday.show()

    def _reach(self, identity: Identity) -> str:
        phones = [format_phone(p) for p in identity.phones] or [self.tr("no phone")]
        emails = list(identity.emails) or [self.tr("no e-mail")]
        # A no-break space: a narrow card wraps before the envelope, never between it and
        # the address.
        return "☎ " + ",  ".join(phones[:3]) + "      ✉\u00a0" + ",  ".join(emails[:2])


@cache
def _cake() -> str:
    """The 🎂 marker where an emoji font exists; a blank box next to the text helps nobody."""
    families = (name.lower() for name in QFontDatabase.families())
    has_emoji = any("emoji" in name or "symbola" in name for name in families)
    return "🎂 " if has_emoji else ""
