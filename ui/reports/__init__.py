"""The reports: their labels (shared with the CLI) and the window."""
