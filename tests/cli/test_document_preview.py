"""``python main.py document-preview``: the template names, a rendered
preview, the office's appeal route from --db, and a broken template reported."""
from __future__ import annotations

import io

from docx import Document

from tests.cli.test_deadline_command import run


def test_list_names_every_template():
    out = run("document-preview", "--list").stdout.split()
    for name in ("act", "answer", "notice-return", "notice-forward", "notice-extension",
                 "notice-hearing", "notice-termination", "protocol-oral-appeal", "protocol-hearing"):
        assert name in out


def test_preview_with_the_office_of_a_database(tmp_path):
    from app.office.profile import OfficeSettings, first_run
    from models.db import close_database, open_database
    db = tmp_path / "z.sqlite"
    open_database(str(db))
    first_run(OfficeSettings(name_kk="Көктөбе ауылдық округі", name_ru="Кoктобе", address="Көктөбе",
                             appeal_body_kk="Аудан әкімдігі", appeal_body_ru="Акимат района",
                             court_kk="Аудандық сот", court_ru="Районный суд"),
              login_name="a", password="secret1-long", surname="А", first_name="Б", patronymic="",
              position="Әкімші")
    close_database()
    out = tmp_path / "act.docx"
    result = run("document-preview", "--template", "act", "--lang", "kk", "--out", str(out),
                 "--db", str(db))
    assert result.returncode == 0, result.stderr
    text = "\n".join(p.text for p in Document(io.BytesIO(out.read_bytes())).paragraphs)
    assert "Көктөбе ауылдық округі" in text and "Аудан әкімдігі" in text
    (tmp_path / "templates" / "kk").mkdir(parents=True)
    (tmp_path / "templates" / "kk" / "act.docx").write_bytes(b"broken")
    bad = run("document-preview", "--template", "act", "--lang", "kk", "--out", str(out),
              "--db", str(db))
    assert bad.returncode == 2 and "cannot be read" in bad.stderr and "Traceback" not in bad.stderr


def test_unknown_template_and_missing_arguments(tmp_path):
    result = run("document-preview", "--template", "nope", "--out", str(tmp_path / "x.docx"))
    assert result.returncode == 2 and "see --list" in result.stderr
    assert run("document-preview").returncode == 2
