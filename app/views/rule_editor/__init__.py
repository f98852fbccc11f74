"""The rule editor for business users: list, edit, test, simulate, compare and publish rules."""

from app.views.rule_editor.window import RuleEditorWindow

__all__ = ["RuleEditorWindow"]
