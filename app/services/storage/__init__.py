"""Storage plumbing: engines and the unit of work, migrations, private files, secrets."""
