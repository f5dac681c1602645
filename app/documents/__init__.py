"""Documents from DOCX templates: checked, rendered and issued, their fields,
the reports (journal, inventory, schedule) and PDF conversion.

This is the package's face: what ``ui`` may import."""
from app.documents.complaint import templates_for
from app.documents.context import route_preview, suggested
from app.documents.fields import DATE_FIELDS, LIST_FIELDS, MUST_GIVE, PREVIEWS, ROUTED, TEMPLATE_NAMES, sample
from app.documents.issuing import (
    allowed_languages,
    content,
    find,
    issue,
    list_for,
    render,
    use_office_templates,
)
from app.documents.pdf import converter, to_pdf
from app.documents.reports import inventory, journal, schedule

__all__ = [
    "DATE_FIELDS",
    "LIST_FIELDS",
    "MUST_GIVE",
    "PREVIEWS",
    "ROUTED",
    "TEMPLATE_NAMES",
    "allowed_languages",
    "content",
    "converter",
    "find",
    "inventory",
    "issue",
    "journal",
    "list_for",
    "render",
    "route_preview",
    "sample",
    "schedule",
    "suggested",
    "templates_for",
    "to_pdf",
    "use_office_templates",
]
