"""rule-engine, imported on its first use rather than with `app.rules`.

rule-engine generates its parser's tables when imported (0.3-0.8 s on the 2-core reference
machine, depending on its load). The desk wires its services without it, so a search typed
at start-up does not wait for it; the first compilation or evaluation imports it (the desk
warms it up on a worker once its services are in).
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class OnFirstUse:
    """Stands for a module: the first attribute read imports it."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attribute: str) -> Any:
        # Only for names not yet read: each is kept on the instance, so the tree walks that
        # test node classes thousands of times per compilation read a plain attribute.
        module = self._module
        if module is None:
            module = self._module = importlib.import_module(self._name)
        value = getattr(module, attribute)
        setattr(self, attribute, value)
        return value


rule_engine: Any = OnFirstUse("rule_engine")
rule_ast: Any = OnFirstUse("rule_engine.ast")
