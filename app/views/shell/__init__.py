"""The desk's shell: start-up, the main window, single instance, status and tools."""
