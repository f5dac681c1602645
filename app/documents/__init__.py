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
from app.documents.pages import POINTS_PER_INCH, Page
from app.documents.pages import count as page_count
from app.documents.pages import render as render_pages
from app.documents.pages import sizes as page_sizes
from app.documents.pages import text as page_text
from app.documents.pdf import converter, keep_profile_in, to_pdf
from app.documents.pdf import shutdown as stop_converter
from app.documents.reports import inventory, journal, schedule

__all__ = [
    "DATE_FIELDS",
    "LIST_FIELDS",
    "MUST_GIVE",
    "POINTS_PER_INCH",
    "Page",
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
    "keep_profile_in",
    "list_for",
    "page_count",
    "page_sizes",
    "page_text",
    "render",
    "render_pages",
    "route_preview",
    "sample",
    "schedule",
    "stop_converter",
    "suggested",
    "templates_for",
    "to_pdf",
    "use_office_templates",
]
