"""An office's template is data, not code (issue 12 item 1): it renders in a
sandbox with no access to dunder attributes and no globals but a bounded
``range``, under a time and size budget; the check lists unknown
expressions and refuses them before any render."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from docx import Document as Docx

from app.documents import issuing as documents
from app.documents.fields import sample
from app.documents.sandbox import BudgetExceeded, DocumentSandbox
from app.errors import DomainError

# The payload that ran a shell command through document-preview before.
ESCAPE = "{{ ''.__class__.__mro__[1].__subclasses__() }}"


def office_template(folder: Path, name: str, lang: str, line: str) -> Path:
    """The shipped template with one more paragraph, as an office edits it."""
    doc = Docx(str(documents.find(name, lang, None).path))
    doc.add_paragraph(line)
    (folder / lang).mkdir(parents=True, exist_ok=True)
    path = folder / lang / f"{name}.docx"
    doc.save(str(path))
    return path


def refusal(folder: Path, name: str = "answer", lang: str = "kk") -> DomainError:
    with pytest.raises(DomainError) as err:
        documents.render(documents.find(name, lang, folder), sample(name, lang))
    return err.value


def test_the_escape_to_python_is_refused_before_rendering(tmp_path, monkeypatch):
    ran = []
    monkeypatch.setattr("os.system", lambda *a: ran.append(a))
    office_template(tmp_path, "answer", "kk", ESCAPE)
    err = refusal(tmp_path)
    assert err.code == "template_unsafe" and "__class__" in err.params["detail"]
    assert ran == []


def test_the_sandbox_itself_refuses_dunders_whatever_the_check_misses():
    env = DocumentSandbox()
    with pytest.raises(Exception) as err:
        env.from_string(ESCAPE).render()
    assert "unsafe" in str(err.value) or "__class__" in str(err.value)
    assert env.from_string("{{ x }}").render(x="<b>&") == "&lt;b&gt;&amp;"   # escaped XML


@pytest.mark.parametrize("line, limit", [
    ("{% for x in range(10**9) %}{{ x }}{% endfor %}", "value"),
    ("{% for x in range(50000) %}{{ x }}{% endfor %}", "range"),
    ("{% for a in range(9999) %}{% for b in range(9999) %}{% endfor %}{% endfor %}", "time"),
    ("{% for a in range(9999) %}{{ applicant_name * 9999 }}{% endfor %}", "size"),
    ("{{ 'x' * 900000000 }}", "size"),
    ("{{ 9 ** 99999 }}", "value"),
])
def test_a_template_that_loops_or_explodes_is_refused_in_bounded_time(tmp_path, line, limit):
    office_template(tmp_path, "answer", "kk", line)
    started = time.monotonic()
    err = refusal(tmp_path)
    assert err.code == "template_over_budget" and err.params["limit"] == limit
    assert err.params["template"] == "answer"
    assert time.monotonic() - started < 30   # the budget is 5 s a part; the app stays responsive


@pytest.mark.parametrize("line, expression", [
    ("{{ office_name.upper() }}", "upper()"),
    ("{{ reg_number._private }}", "._private"),
    ("{% include 'other.docx' %}", "include"),
    ("{{ lipsum() }}", "lipsum()"),
])
def test_the_check_lists_unknown_expressions_not_only_fields(tmp_path, line, expression):
    office_template(tmp_path, "answer", "ru", line)
    with pytest.raises(DomainError) as err:
        documents.check(documents.find("answer", "ru", tmp_path))
    assert err.value.code in ("template_unsafe", "template_unknown_fields")
    assert expression.strip("()._") in str(err.value.params)


def test_a_normal_office_template_still_renders(tmp_path):
    office_template(tmp_path, "answer", "kk", "{% for x in range(3) %}{{ x }}{% endfor %} {{ reg_number }}")
    t = documents.find("answer", "kk", tmp_path)
    assert t.custom
    assert documents.render(t, sample("answer", "kk"))


def test_budget_exceeded_is_a_security_error_with_its_kind():
    env = DocumentSandbox(seconds=0.01)
    with pytest.raises(BudgetExceeded) as err:
        env.from_string("{% for a in range(9000) %}{% for b in range(9000) %}{% endfor %}{% endfor %}").render()
    assert err.value.kind == "time"
