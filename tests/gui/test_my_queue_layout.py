"""A queue item's wrap-up at 1024×700 with every error shown: nothing cut or overlapping."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QDateTime, Qt

from app.services.dto import MAX_NOTES
from tests.gui.conftest import desk_in, rich_customer
from tests.gui.message_geometry import cut_sideways, message_problems, overlapping_fields
from tests.gui.queue_fake import FakeWorkQueue, entry, later
from tests.gui.test_validation_layout import (  # noqa: F401  (desk_style is a fixture)
    LANGUAGES,
    WAIT,
    desk_style,
    shown_errors,
    small_desk,
)


@pytest.mark.usefixtures("desk_style")
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_error_of_a_queue_contact_at_once_overlaps_nothing(
    qtbot, qapp, monkeypatch, services, runner, language
) -> None:
    with desk_in(qapp, monkeypatch, language):
        cid = rich_customer(services.db)
        item = entry(cid, "Małgorzata Kowalczyk", "Karta Platinum — kampania jesienna 2026",
                     kind="campaign", campaign="Karta Platinum — jesień 2026",
                     script="Dzień dobry, dzwonię z banku w sprawie karty. " * 4,
                     window_end=later(48))  # fmt: skip
        queue = FakeWorkQueue(mine=[item])
        window = small_desk(qtbot, replace(services, work_queue=queue), runner, language)
        with qtbot.waitSignal(window.cardPainted, timeout=WAIT):
            window.queue_next()
        form = window.wrapup
        qtbot.waitUntil(lambda: form.codes.count() == 5, timeout=WAIT)
        qtbot.waitUntil(lambda: window.queue_strip.isVisible(), timeout=WAIT)
        assert window.width() == 1024  # the strip's long campaign name wraps
        form.notes.setPlainText("Klient prosi o kontakt. " * (MAX_NOTES // 20))
        form.callback.setChecked(True)
        form.callback_at.setDateTime(QDateTime.currentDateTime().addDays(-1))
        window.activateWindow()
        form.notes.setFocus()
        qtbot.keyClick(form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(100)  # the layouts settle
        errors = shown_errors(form)
        fields = {f for f, label in form.errors.items() if label in errors}
        assert fields == {"reason", "codes", "notes", "outcome", "callback_at", "queue_outcome"}
        problems = message_problems(window, errors) + overlapping_fields(form)
        problems += cut_sideways(form)
        assert problems == [], "\n".join(problems)
