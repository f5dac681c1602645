"""Qt widgets, table models and dialogs.  Reaches storage only through app/."""
