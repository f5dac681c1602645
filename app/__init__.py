"""Domain services (no Qt).  No user-visible text is built here: services
return data and raise :class:`app.errors.DomainError` with a code."""
