"""The server password prompt shows its wrapped texts whole, in every language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from app.services.config import ServerSettings
from app.views.shell.password_prompt import PasswordPrompt
from tests.gui.conftest import desk_in


@pytest.mark.parametrize("language", ["pl_PL", "ru_RU", "en"])
def test_wrapped_texts_are_not_cut(qapp, monkeypatch, language: str) -> None:
    server = ServerSettings(url="postgresql://db.bank.local/acrm", login="anna.nowak")
    with desk_in(qapp, monkeypatch, language):
        prompt = PasswordPrompt(server, "no keyring backend")
        prompt.show()
        qapp.processEvents()
        try:
            for label in prompt.findChildren(QLabel):
                if label.isVisible() and label.wordWrap():
                    wanted = label.heightForWidth(label.width())
                    assert label.height() >= wanted, (language, label.text())
        finally:
            prompt.close()
            prompt.deleteLater()
