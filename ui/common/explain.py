"""Deadline explanations (app.rules.deadlines.Step) as sentences, day by day."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.rules import Step
from ui.admin.holiday_names import holiday_name
from ui.i18n import current_language

# What starts each clock (the event of its ``clock_event`` step).
CLOCK_EVENTS = {
    "forward": QT_TRANSLATE_NOOP("Explain", "the appeal received"),
    "forward_now": QT_TRANSLATE_NOOP("Explain", "content on a crime or a threat to security noted"),
    "return": QT_TRANSLATE_NOOP("Explain", "the period to correct ended, or the appeal was registered"),
    "extension_notice": QT_TRANSLATE_NOOP("Explain", "the extension decided"),
    "termination_notice": QT_TRANSLATE_NOOP("Explain", "the termination decided"),
    "act_earliest": QT_TRANSLATE_NOOP("Explain", "the preliminary decision notified"),
    "objection": QT_TRANSLATE_NOOP("Explain", "the participant received the preliminary decision"),
    "oral_motion": QT_TRANSLATE_NOOP("Explain", "the participant received the preliminary decision"),
    "protocol": QT_TRANSLATE_NOOP("Explain", "the oral hearing ended"),
    "remarks": QT_TRANSLATE_NOOP("Explain", "the participant read the protocol"),
    "recusal_decision": QT_TRANSLATE_NOOP("Explain", "the recusal declared"),
    "recusal_notice": QT_TRANSLATE_NOOP("Explain", "the recusal decided"),
    "file_access": QT_TRANSLATE_NOOP("Explain", "access to the file requested"),
    "correction": QT_TRANSLATE_NOOP("Explain", "the correction requested"),
    "correction_copy": QT_TRANSLATE_NOOP("Explain", "the act corrected"),
    "execution": QT_TRANSLATE_NOOP("Explain", "the decision delivered"),
    "remand": QT_TRANSLATE_NOOP("Explain", "the decision to send the case back issued"),
    "unconsidered_notice": QT_TRANSLATE_NOOP("Explain", "the complaint left without consideration"),
    "reopened": QT_TRANSLATE_NOOP("Explain", "the binding decision on the complaint learned"),
    "publication": QT_TRANSLATE_NOOP("Explain", "the petition decided"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Explain", text)


def _clock_sentence(step: Step, d: str) -> str:
    p = step.params
    article = article_text(p.get("article", ""))
    code = step.code
    if code == "clock_event":
        event = _tr(CLOCK_EVENTS.get(p.get("clock"), "")) or p.get("clock", "")
        return QCoreApplication.translate("Explain", "{date}: {event}; the clock counts from the next working day ({article}).").format(
            date=d, event=event, article=article)
    if code == "clock_due":
        if not p.get("days"):
            return QCoreApplication.translate("Explain", "{date}: to be done at once ({article}).").format(date=d, article=article)
        return QCoreApplication.translate("Explain", "{date}: the last day, {days} working days ({article}).").format(
            date=d, days=p.get("days"), article=article)
    if code == "extension_decided":
        return QCoreApplication.translate("Explain", "{date}: the extension decided ({article}).").format(date=d, article=article)
    if code == "two_months":
        return QCoreApplication.translate("Explain", "{date}: two months after the decision, to the same day number (a convention: the Code does not say how months are counted).").format(date=d)
    if code == "moved_to_working_day":
        return QCoreApplication.translate("Explain", "{date}: the last day moves to the next working day ({article}).").format(
            date=d, article=article)
    if code == "discussion_notice":
        return QCoreApplication.translate("Explain", "{date}: the third working day before the public discussion, the last day to invite the author and the interested persons ({article}).").format(
            date=d, article=article)
    if code == "learned":
        return QCoreApplication.translate("Explain", "{date}: the participant learned of the act or the action (inaction) ({article}).").format(
            date=d, article=article)
    if code == "months_later":
        return QCoreApplication.translate("Explain", "{date}: {months} months later, to the same day number, or the last day of a shorter month (a convention: the Code does not say how months are counted).").format(
            date=d, months=p.get("months"))
    if code == "filing_due":
        return QCoreApplication.translate("Explain", "{date}: the last day to file the complaint ({article}). A complaint filed later is still accepted and registered (art. 92 part 3).").format(
            date=d, article=article)
    if code == "extension_cap":
        return QCoreApplication.translate("Explain", "{date}: the latest date an extension decided that day may set.").format(date=d)
    if code == "extended_to":
        return QCoreApplication.translate("Explain", "{date}: the term was extended to this day ({article}).").format(date=d, article=article)
    if code == "cure_set":
        return QCoreApplication.translate("Explain", "{date}: the office set a period to correct until {until} ({article}).").format(
            date=d, until=_date(p.get("until")), article=article)
    return f"{d}: {code}"


def _date(day) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def _reason(step: Step, lang: str) -> str:
    p = step.params
    reason = p.get("reason")
    if reason == "weekend":
        return QCoreApplication.translate("Explain", "weekend")
    if reason == "holiday":
        name = holiday_name(p.get("name_kk", ""), lang)
        if p.get("observed"):
            return QCoreApplication.translate("Explain", "day off moved from the holiday \"{name}\"").format(name=name)
        if p.get("estimated"):
            return QCoreApplication.translate("Explain", "holiday \"{name}\" (date estimated; check the decree)").format(name=name)
        return QCoreApplication.translate("Explain", "public holiday \"{name}\"").format(name=name)
    if reason == "override_day_off":
        return QCoreApplication.translate("Explain", "extra day off set by the office: {reason} {decree}").format(
            reason=p.get("override_reason", ""), decree=p.get("decree", "")).strip()
    return QCoreApplication.translate("Explain", "non-working day")


def sentence(step: Step, lang: str | None = None) -> str:
    lang = lang or current_language()
    p, d = step.params, _date(step.day)
    code = step.code
    if code == "received":
        return QCoreApplication.translate("Explain", "{date} {time}: received.").format(date=d, time=p.get("time", ""))
    if code == "registered_same_day":
        return QCoreApplication.translate("Explain", "{date}: registered the day it was received (art. 64 part 3).").format(date=d)
    if code == "registered_next_day":
        if p.get("why") == "after_hours":
            return QCoreApplication.translate("Explain", "{date}: registered on the next working day, because it was received after the end of the working day at {end} (art. 64 part 3).").format(date=d, end=p.get("end", ""))
        return QCoreApplication.translate("Explain", "{date}: registered on the next working day, because it was received on a non-working day (art. 64 part 3).").format(date=d)
    if code == "registered_on":
        return QCoreApplication.translate("Explain", "{date}: registered (art. 64 part 3).").format(date=d)
    if code == "count_starts" and p.get("article") == "91.4":
        return QCoreApplication.translate("Explain", "The term is counted from the day after the complaint was received, {date} (art. 91 part 4).").format(date=d)
    if code == "count_starts":
        return QCoreApplication.translate("Explain", "The term is counted from the day after registration, {date} (art. 76 part 2).").format(date=d)
    if code == "counted":
        return QCoreApplication.translate("Explain", "{date}: working day {n}.").format(date=d, n=p.get("n"))
    if code == "skipped":
        return QCoreApplication.translate("Explain", "{date}: not counted: {reason}.").format(date=d, reason=_reason(step, lang))
    if code == "due":
        return QCoreApplication.translate("Explain", "{date}: the last day of the term of {days} working days ({article}).").format(
            date=d, days=p.get("term_days"), article=article_text(p.get("article", "")))
    return _clock_sentence(step, d)


def article_text(article: str) -> str:
    """'76.1' → 'APPC art. 76 part 1'; '90-5.1.2' → '... part 1 subparagraph 2)'."""
    parts = article.split(".")
    if len(parts) == 3:
        return QCoreApplication.translate("Explain", "APPC art. {article} part {part} subparagraph {sub})").format(
            article=parts[0], part=parts[1], sub=parts[2])
    if len(parts) == 2:
        return QCoreApplication.translate("Explain", "APPC art. {article} part {part}").format(
            article=parts[0], part=parts[1])
    return QCoreApplication.translate("Explain", "APPC art. {article}").format(article=article)


def explanation(steps, lang: str | None = None) -> list[str]:
    return [sentence(s, lang) for s in steps]
