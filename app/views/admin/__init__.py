"""The administrator's console (Ctrl+Shift+A): people, rules, wrap-up codes, desks, audit log."""
