"""First run: the connect wizard and signing out, in the desk."""
