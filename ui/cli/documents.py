"""``python main.py document-preview``: render a template with sample data,
so whoever edits a template can check it without a real case."""
from __future__ import annotations

import sys
from pathlib import Path

from app import documents
from app.documents import PREVIEWS, sample
from app.errors import DomainError
from ui.cli.common import cannot_open


def _explain(exc: DomainError) -> str:
    p = exc.params
    if exc.code == "template_broken":
        return f"template {p.get('template')} cannot be read: {p.get('detail')}"
    if exc.code == "template_unknown_fields":
        return f"template {p.get('template')} uses unknown fields: {p.get('fields')}"
    if exc.code == "template_missing_fields":
        return f"template {p.get('template')} lost mandatory fields: {p.get('fields')}"
    if exc.code == "template_unknown":
        return f"no template {p.get('template')!r} in {p.get('lang')!r}; see --list"
    return p.get("detail") or exc.code


def preview_command(name: str | None, lang: str, out: str | None, db_url: str | None,
                    custom_dir: Path | None, list_only: bool) -> int:
    if list_only:
        print("\n".join(PREVIEWS))
        return 0
    if not name or not out:
        print("error: --template NAME and --out FILE.docx are needed (or --list)", file=sys.stderr)
        return 2
    values = sample(name, lang) if name in PREVIEWS else {}
    try:
        if db_url:   # the office's own name, address and appeal route
            from app import office
            from app.store import open_database
            try:
                open_database(db_url, migrate=False, create=False)
            except DomainError as exc:
                return cannot_open(db_url, exc)
            s = office.get_settings()
            ru = lang == "ru"
            values.update(office_name=s.name_ru if ru else s.name_kk, office_address=s.address,
                          official_position=s.head_position or values["official_position"],
                          appeal_body=s.appeal_body_ru if ru else s.appeal_body_kk,
                          court=s.court_ru if ru else s.court_kk)
        template = documents.find(name, lang, custom_dir)
        content = documents.render(template, values)
    except DomainError as exc:
        print(f"error: {_explain(exc)}", file=sys.stderr)
        return 2
    Path(out).write_bytes(content)
    where = "office's own" if template.custom else "shipped"
    print(f"{out}: {name} ({lang}), {where} template {template.path}")
    return 0
