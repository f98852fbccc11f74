"""First run and sign out: check a server login, remember it, first sync, forget it again."""
