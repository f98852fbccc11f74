"""The history filter's fast match key agrees with normalise.fold on every kind of text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.contacts.history_text import match_key, mentions
from app.services.normalise import fold


@pytest.mark.parametrize(
    "text",
    [
        "Zażółć GĘŚLĄ jaźń",
        "Klient  prosi\no kartę",
        "Crème brûlée",
        "Сергей Йодов",
        "ŁÓDŹ",
        "plain ascii",
        "",
    ],
)
def test_match_key_equals_fold(text):
    assert match_key(text) == fold(text)


@given(st.text(alphabet="aąbcćeęlłnńoóśsźżzAĄĆĘŁŃÓŚŹŻ é\n\tß-Йй", max_size=40))
def test_match_key_equals_fold_for_any_mix(text):
    assert match_key(text) == fold(text)


def test_mentions_ignores_case_diacritics_and_empty_texts():
    assert mentions("nowa karte", None, "", "Klient chce NOWĄ  KARTĘ")
    assert not mentions("przelew", "Karta", None, "")
