"""Documents: every template in both languages, read back and checked for
the mandatory elements of its article; the appeal route is never missing;
broken office templates are refused; issued documents are kept, numbered,
hashed and never overwritten."""
import datetime as dt
import hashlib
import io

import pytest
from docx import Document as Docx

from app.documents import issuing as documents
from app.documents.fields import TEMPLATE_NAMES, sample
from app.errors import DomainError, ValidationErrors
from app.office.profile import get_settings, update_settings
from app.rules.enums import Language
from models.entities import Document

LANGS = ("kk", "ru")


def text_of(content: bytes) -> str:
    return "\n".join(p.text for p in Docx(io.BytesIO(content)).paragraphs)


def rendered(name: str, lang: str, tmp_path, **changes) -> str:
    content = documents.render(documents.find(name, lang), {**sample(name, lang), **changes})
    path = tmp_path / f"{name}-{lang}.docx"
    path.write_bytes(content)
    return text_of(path.read_bytes())


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_every_template_renders_without_leftovers(name, lang, tmp_path):
    text = rendered(name, lang, tmp_path)
    assert "{{" not in text and "{%" not in text and "None" not in text
    s = sample(name, lang)
    assert s["office_name"] in text


@pytest.mark.parametrize("lang, words", [
    ("kk", {"80.1.2": "2026 жылғы 25 қарашадағы", "route": "үш айдан кешіктірмей",
            "how": "арқылы жазбаша", "annex": "ажырамас бөлігі"}),
    ("ru", {"80.1.2": "25 ноября 2026 года", "route": "не позднее трёх месяцев",
            "how": "через административный орган", "annex": "неотъемлемой частью"}),
])
def test_act_has_every_element_of_article_80(lang, words, tmp_path):
    s = sample("act", lang)
    text = rendered("act", lang, tmp_path)
    assert s["office_name"] in text and s["official_full_name"] in text, "АППК 80.1.1"
    assert words["80.1.2"] in text, "АППК 80.1.2: date of adoption"
    assert s["applicant_full"] in text, "АППК 80.1.3: the applicant"
    assert s["matter"] in text and s["reasoning"] in text, "АППК 80.1.4: matter and reasoning"
    assert "____________" in text and s["official_name"] in text, "АППК 80.1.5: signature"
    assert s["attachments"][0] in text and words["annex"] in text, "АППК 80.3–80.4: annexes"
    assert s["appeal_body"] in text, "АППК 80.5: the body a complaint goes to"
    assert words["route"] in text, "АППК 80.5 with 92.1: the term, three months"
    assert words["how"] in text, "АППК 80.5 with 91.4: how, through the body that adopted it"


@pytest.mark.parametrize("lang, word", [("kk", "136-бабының"), ("ru", "ст. 136")])
def test_without_a_superior_body_the_act_names_the_court(lang, word, tmp_path):
    s = sample("act", lang)
    text = rendered("act", lang, tmp_path, appeal_body="")
    assert s["court"] in text and word in text, "АППК 80.5 para 2: the court and its term"


@pytest.mark.parametrize("lang", LANGS)
def test_act_options_of_articles_80_2_73_96(lang, tmp_path):
    text = rendered("act", lang, tmp_path, reasoning="", no_reasoning_item="1",
                    no_hearing_reason="Су тасқыны", no_suspension_reason="Өмірге қауіп")
    assert ("80-бабы 2-бөлігінің 1)" if lang == "kk" else "подп. 1) ч. 2 ст. 80") in text, "АППК 80.2"
    assert "Су тасқыны" in text, "АППК 73.2 last para: why there was no hearing"
    assert "Өмірге қауіп" in text and ("96-бабының" if lang == "kk" else "ст. 96") in text, "АППК 96.2"


@pytest.mark.parametrize("name, article, word", [
    ("answer", "АППК 89.2", "legal_refs"), ("notice-incomplete", "АППК 64.6", "until"),
    ("notice-return", "АППК 64.7", "reasons"), ("notice-forward", "АППК 65", "body"),
    ("notice-extension", "АППК 76.3", "reason"), ("notice-hearing", "АППК 73.3", "preliminary"),
    ("notice-termination", "АППК 70.3", "reasons"), ("notice-recusal", "АППК 67.11", "outcome_text"),
    ("protocol-oral-appeal", "АППК 63.1", "substance"),
    ("protocol-hearing", "АППК 74.2", "statements")])
@pytest.mark.parametrize("lang", LANGS)
def test_each_document_carries_its_article_and_content(name, article, word, lang, tmp_path):
    s = sample(name, lang)
    text = rendered(name, lang, tmp_path)
    value = s[word]
    shown = value.strftime("%d.%m.%Y") if isinstance(value, dt.date) else value
    assert shown in text, f"{article}: {word}"
    number = article.split()[1].split(".")[0]
    assert number in text, f"{article}: the article is cited"
    if name.startswith("notice-"):
        assert s["delivery_channel"] in text, "АППК 66.2: how it was delivered"
    if name == "protocol-hearing":
        for field in ("place", "start_time", "end_time", "secretary", "participants", "matter"):
            assert s[field] in text, f"АППК 74.2: {field}"
    if name == "protocol-oral-appeal":   # АППК 63.1 with the items of 63.2
        for field in ("applicant_full", "applicant_address", "addressee", "substance", "iin"):
            assert s[field] in text, f"АППК 63.2: {field}"
        assert text.count("____________") >= 2, "АППК 63.2 5): the applicant's signature"
    if name in ("answer", "notice-termination"):   # АППК 89.2, 70.4: the right to appeal
        assert s["appeal_body"] in text and ("92-бабының" in text or "ст. 92" in text)
    if name == "answer":
        assert s["facts"] in text and s["answer_text"] in text, "АППК 89.2: facts, reasoned"


def test_typed_markup_stays_text(tmp_path):
    """A "<" or "&" typed by a clerk cannot cut the act short (АППК 80.5 stays)."""
    text = rendered("act", "kk", tmp_path, matter="Ақсу <ауылы> & Абай к-сі")
    assert "Ақсу <ауылы> & Абай к-сі" in text and "92-бабының" in text and "____________" in text


def test_long_dates():
    assert documents.long_date(dt.date(2026, 11, 25), "kk") == "2026 жылғы 25 қарашадағы"
    assert documents.long_date(dt.date(2026, 4, 1), "kk") == "2026 жылғы 1 сәуірдегі"
    assert documents.long_date(dt.date(2026, 11, 25), "ru") == "25 ноября 2026 года"
    assert documents.long_date(dt.date(2026, 11, 25), "kk", before_noun=False) == "2026 жылғы 25 қараша"


def _custom(tmp_path, lang, name, edit) -> None:
    from docx import Document as New
    src = documents.SHIPPED / lang / f"{name}.docx"
    doc = New(str(src))
    edit(doc)
    (tmp_path / lang).mkdir(parents=True, exist_ok=True)
    doc.save(str(tmp_path / lang / f"{name}.docx"))


def test_office_template_wins_and_is_checked(tmp_path):
    def add_line(doc):
        doc.add_paragraph("Біздің мөр")
    _custom(tmp_path, "kk", "act", add_line)
    t = documents.find("act", "kk", tmp_path)
    assert t.custom and "Біздің мөр" in text_of(documents.render(t, sample("act", "kk")))

    def break_jinja(doc):
        doc.add_paragraph("{{ office_name ")
    _custom(tmp_path, "kk", "answer", break_jinja)
    with pytest.raises(DomainError) as err:
        documents.render(documents.find("answer", "kk", tmp_path), sample("answer", "kk"))
    assert err.value.code == "template_broken"

    def drop_route(doc):   # an office "simplifies" its act: the appeal route is gone
        for p in doc.paragraphs:
            if "{{ appeal_body }}" in p.text or "{{ court }}" in p.text:
                p.text = ""
            elif "if appeal_body" in p.text:
                p.text = "{%p if 1 %}"
    _custom(tmp_path, "ru", "act", drop_route)
    with pytest.raises(DomainError) as err:
        documents.check(documents.find("act", "ru", tmp_path))
    assert err.value.code == "template_missing_fields"
    assert err.value.params["fields"] == "appeal_body, appeal_term, court"

    def hide_route(doc):   # the fields stay, but no branch of the route is ever shown
        for p in doc.paragraphs:
            if "if appeal_body" in p.text:
                p.text = "{%p if false %}"
            elif p.text.strip() == "{%p else %}":
                p.text = "{%p elif false %}"
    _custom(tmp_path, "kk", "notice-termination", hide_route)
    with pytest.raises(DomainError) as err:
        documents.check(documents.find("notice-termination", "kk", tmp_path))
    assert "appeal_body" in err.value.params["fields"] and "court" in err.value.params["fields"]

    def drop_parts(doc):   # the annexes and the no-hearing reason quietly gone
        for p in doc.paragraphs:
            if "no_hearing_reason }}" in p.text or "{{ a }}" in p.text:
                p.text = ""
    _custom(tmp_path, "ru", "answer", lambda doc: None)
    _custom(tmp_path, "kk", "act", drop_parts)
    with pytest.raises(DomainError) as err:
        documents.check(documents.find("act", "kk", tmp_path))
    assert err.value.params["fields"] == "attachments, no_hearing_reason"

    def bad_value(doc):
        doc.add_paragraph("{{ office_name + 1 }}")
    _custom(tmp_path, "ru", "notice-forward", bad_value)
    with pytest.raises(DomainError, match="template_broken"):
        documents.check(documents.find("notice-forward", "ru", tmp_path))

    def unknown(doc):
        doc.add_paragraph("{{ secret_field }}")
    _custom(tmp_path, "ru", "notice-return", unknown)
    with pytest.raises(DomainError) as err:
        documents.check(documents.find("notice-return", "ru", tmp_path))
    assert err.value.code == "template_unknown_fields" and err.value.params["fields"] == "secret_field"

    (tmp_path / "kk" / "notice-forward.docx").write_bytes(b"not a docx")
    with pytest.raises(DomainError, match="template_broken"):
        documents.check(documents.find("notice-forward", "kk", tmp_path))


def test_issue_keeps_numbered_hashed_documents(staff, new_appeal, act, office_admin):
    a = new_appeal("2026-11-02 10:00")
    head = staff["akim"]
    act(a, "assign", executor_id=staff["exec"].id, resolution="r", today="2026-11-03")
    act(a, "decide", decision="act_favourable", outcome="satisfied", hearing_exception="73.2.1",
        today="2026-11-09")   # an act only once it is decided (issue 12)
    values = {k: v for k, v in sample("act", "kk").items()
              if k in ("matter", "reasoning", "decision_text", "act_kind_text")}
    with pytest.raises(ValidationErrors) as err:   # АППК 80.5: no route, no act
        documents.issue(a, "act", "kk", head.id, values, today=dt.date(2026, 11, 10))
    assert [(e.code, e.field) for e in err.value.errors] == [("appeal_route_missing", "appeal_body")]
    assert err.value.errors[0].params == {"setting": "appeal_body_kk"}   # which office setting is missing
    settings = get_settings()
    settings.appeal_body_kk, settings.appeal_body_ru = "Ақсу ауданының әкімдігі", "Акимат района"
    update_settings(settings, office_admin.id)
    first = documents.issue(a, "act", "kk", head.id, values, today=dt.date(2026, 11, 10))
    second = documents.issue(a, "act", "kk", head.id, {**values, "decision_text": "Түзетілді."},
                             supersedes=first.id, today=dt.date(2026, 11, 11))
    rows = list(Document.select().order_by(Document.id))
    assert [r.number for r in rows] == [first.number, second.number]
    assert first.number.endswith("/1") and second.number.endswith("/2")
    assert rows[0].sha256 == hashlib.sha256(bytes(rows[0].content)).hexdigest()
    assert rows[1].supersedes == rows[0].id and "Түзетілді." in text_of(bytes(rows[1].content))
    assert "Ақсу ауданының әкімдігі" in text_of(bytes(rows[0].content))
    with pytest.raises(ValidationErrors) as err:
        documents.issue(a, "act", "kk", head.id, {"matter": "x"}, today=dt.date(2026, 11, 10))
    # The act's kind (АППК 77) now comes from the recorded decision, not from the caller.
    assert {e.field for e in err.value.errors} == {"decision_text", "reasoning"}


def test_shipped_folder_is_intact():
    for lang in LANGS:
        for name in TEMPLATE_NAMES:
            documents.check(documents.find(name, lang))


@pytest.mark.skipif(__import__("app.documents.pdf", fromlist=["x"]).converter() is None,
                    reason="LibreOffice is not installed here (.ci/run installs it)")
def test_kazakh_act_converts_to_pdf_with_its_letters(tmp_path):
    from pypdf import PdfReader

    from app.documents.pdf import to_pdf
    docx = tmp_path / "act-kk.docx"
    docx.write_bytes(documents.render(documents.find("act", "kk"), sample("act", "kk")))
    [pdf] = to_pdf([docx], tmp_path / "pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(pdf)).pages).split())
    assert "ӘКІМШІЛІК АКТ" in text and "қарашадағы" in text   # ә, і, қ, ғ survive the font
    assert "Ақсу ауданының әкімдігі" in text, "АППК 80.5 in the PDF"


def test_without_libreoffice_pdf_is_refused_clearly(tmp_path, monkeypatch):
    from app.documents import pdf
    monkeypatch.setattr(pdf, "converter", lambda: None)
    with pytest.raises(DomainError, match="pdf_unavailable"):
        pdf.to_pdf([tmp_path / "x.docx"], tmp_path)


def test_a_notice_closes_its_clock_on_the_delivery_date(staff, new_appeal, act, office_admin):
    """АППК 76.3: the extension notice sent is the workflow's notice."""
    from models.entities import CaseClock
    a = new_appeal("2026-11-02 10:00")
    act(a, "extend", new_due_on=dt.date(2026, 12, 18), reason="r", today="2026-11-16")
    values = {"decided_on": dt.date(2026, 11, 16), "new_due": dt.date(2026, 12, 18),
              "old_due": dt.date(2026, 11, 23), "reason": "тексеру", "delivery_channel": "SMS",
              "delivery_date": dt.date(2026, 11, 18)}
    documents.issue(a, "notice-extension", "kk", staff["akim"].id, values,
                    today=dt.date(2026, 11, 18))
    clock = CaseClock.get((CaseClock.appeal == a) & (CaseClock.kind == "extension_notice"))
    assert (clock.state, clock.closed_on) == ("met", dt.date(2026, 11, 18))


def _table_text(content: bytes) -> list[list[str]]:
    doc = Docx(io.BytesIO(content))
    return [[c.text for c in row.cells] for row in doc.tables[0].rows]


@pytest.mark.parametrize("lang, kind, header", [("kk", "Арыз", "Тіркеу нөмірі"), ("ru", "Заявление", "Рег. номер")])
def test_registration_journal_of_a_period(new_appeal, staff, lang, kind, header):
    """АППК 69.2: the journal of the appeals registered in a period."""
    from app.documents.reports import journal
    new_appeal("2026-11-02 10:00")
    new_appeal("2026-11-05 10:00", surname="Бекова")
    new_appeal("2026-11-20 10:00")
    rows = _table_text(journal(dt.date(2026, 11, 1), dt.date(2026, 11, 10), lang))
    assert rows[0][0] == header and len(rows) == 3   # the header and two appeals
    assert rows[1][2] == kind and rows[2][3].startswith("Бекова")
    with pytest.raises(DomainError, match="period_reversed"):
        journal(dt.date(2026, 11, 10), dt.date(2026, 11, 1), lang)


def test_inventory_of_a_case(new_appeal, staff, office_admin):
    """АППК 69.1: the case file, the appeal and every document issued in it."""
    from app.documents.reports import inventory
    a = new_appeal("2026-11-02 10:00", language=Language.RU)   # a Russian notice to a Russian appeal (АППК 89.2)
    values = {"decided_on": dt.date(2026, 11, 16), "official": "Н. С. Омаров", "outcome_text": "ok",
              "reasons": "r", "delivery_channel": "SMS", "delivery_date": dt.date(2026, 11, 16)}
    issued = documents.issue(a, "notice-recusal", "ru", staff["akim"].id, values,
                             today=dt.date(2026, 11, 16))
    rows = _table_text(inventory(a, "ru"))
    # АППК 4.16: the appeal is named by its kind (an application), not "обращение".
    assert [r[1] for r in rows[1:]] == ["Заявление", "Уведомление о решении по отводу"]
    assert rows[2][2] == issued.number


def test_act_takes_its_kind_and_no_hearing_reason_from_the_case(staff, new_appeal, act, office_admin):
    """АППК 77 (favourable or burdening) and 73.2 4) (why no hearing) come from the decision."""
    a = new_appeal("2026-11-02 10:00")
    act(a, "assign", executor_id=staff["exec"].id, resolution="r", today="2026-11-03")
    act(a, "decide", decision="act_burdening", outcome="refused", hearing_exception="73.2.4",
        exception_reason="Су тасқыны қаупі", today="2026-11-04")
    settings = get_settings()
    settings.court_kk, settings.court_ru = "Аудандық сот", "Районный суд"
    update_settings(settings, office_admin.id)
    issued = documents.issue(a, "act", "kk", staff["akim"].id,
                             {"matter": "m", "reasoning": "r", "decision_text": "Бас тартылсын."},
                             today=dt.date(2026, 11, 4))
    text = text_of(issued.content)
    assert "Ауыртпалық түсіретін әкімшілік акт" in text and "Су тасқыны қаупі" in text
    assert "Аудандық сот" in text and "136-бабының" in text, "АППК 80.5 para 2: no superior body"


def test_the_case_suggests_dates_and_bodies(staff, new_appeal, act):
    from app.documents.context import suggested
    a = new_appeal("2026-11-02 10:00")
    act(a, "extend", new_due_on=dt.date(2026, 12, 18), reason="r", today="2026-11-16")
    assert suggested(a, "notice-extension") == {"decided_on": dt.date(2026, 11, 16),
                                                "new_due": dt.date(2026, 12, 18),
                                                "old_due": dt.date(2026, 11, 23)}
    b = new_appeal("2026-11-05 10:00")
    act(b, "forward_part", who="registrar", body="Білім бөлімі", requests="2-тармақ", today="2026-11-06")
    assert suggested(b, "notice-forward") == {"forwarded_on": dt.date(2026, 11, 6),
                                              "body": "Білім бөлімі", "forwarded_what": "2-тармақ"}


def test_signer_and_protocol_facts(staff, new_appeal, office_admin):
    """АППК 63.1: the employee who took the oral appeal signs, dated when it was given."""
    a = new_appeal("2026-11-02 10:15", form="oral")
    issued = documents.issue(a, "protocol-oral-appeal", "kk", staff["registrar"].id,
                             {"place": "Ақсу"}, today=dt.date(2026, 11, 6))
    text = text_of(issued.content)
    assert "2026 жылғы 2 қараша, 10:15" in text and "Е. Жұмабаев" in text
    assert "БСН" not in text


def test_word_route_script_saves_each_file_as_pdf(tmp_path):
    """Windows without LibreOffice: Word, through PowerShell (format 17 = PDF)."""
    from app.documents.pdf import word_script
    script = word_script([tmp_path / "act 1.docx", tmp_path / "o'clock.docx"], tmp_path / "pdf")
    assert script.count("SaveAs(") == 2 and "[ref]17" in script and "$w.Quit()" in script
    assert "o''clock.docx" in script   # quotes doubled for PowerShell


def test_no_head_in_the_settings_names_the_setting(staff, new_appeal, office_admin):
    """АППК 80.1 1), 5): a document names who signs it; with no head in the
    office settings the refusal carries which setting an administrator fills in."""
    settings = get_settings()
    settings.head_name = ""
    update_settings(settings, office_admin.id)
    a = new_appeal("2026-11-02 10:00")
    values = {"missing_items": ["пошталық мекенжай"], "until": dt.date(2026, 11, 20), "delivery_channel": "SMS",
              "delivery_date": dt.date(2026, 11, 4)}
    with pytest.raises(ValidationErrors) as err:
        documents.issue(a, "notice-incomplete", "kk", staff["registrar"].id, values, today=dt.date(2026, 11, 4))
    assert [(e.code, e.field, e.params) for e in err.value.errors] == [
        ("official_missing", "official_full_name", {"setting": "head_name"})]


@pytest.mark.parametrize("lang, line", [("kk", "Әкім          ____________          Әкімов Ә."),
                                         ("ru", "Аким          ____________          Әкімов Ә.")])
def test_the_signers_position_is_in_the_documents_language(staff, new_appeal, lang, line):
    """The head's position is typed once, in Kazakh ("Әкім"): a Russian notice
    names it in Russian (issue 14), the signature line otherwise unchanged."""
    a = new_appeal("2026-11-02 10:00", language=Language.RU)   # a Russian notice to a Russian appeal (АППК 89.2)
    values = {"missing_items": ["почтовый адрес"], "until": dt.date(2026, 11, 20), "delivery_channel": "SMS",
              "delivery_date": dt.date(2026, 11, 4)}
    issued = documents.issue(a, "notice-incomplete", lang, staff["registrar"].id, values, today=dt.date(2026, 11, 4))
    assert line in text_of(issued.content)
