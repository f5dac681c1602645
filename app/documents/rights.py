"""Who may issue which document into which case (issue 12 item 2).

A decision document (an administrative act, an answer, a complaint or a
petition decision) is issued only once its decision is recorded, and only by
the official who took it or the head or a deputy (АППК 80.1 5), 89.2, 101.1,
90-6): it carries the decision, and the one who decides signs.  Notices,
protocols and letters are issued by the office's case roles on the cases
they carry; the registrar issues the intake ones (64.6, 64.7, 65, 63.1,
91.4).  The administrator configures the office and issues nothing.

The refusal names who may: ``document_forbidden`` with the roles.
"""
from __future__ import annotations

from app.appeal.carriers import carries
from app.errors import DomainError, ValidationErrors
from app.office.auth import UserInfo
from app.rules.codes import ActionName, ComplaintDecision, Decision
from app.rules.enums import CASE_ROLES, HEAD_ROLES, PetitionDecision, Role
from app.rules.transitions import superior
from models.entities import Appeal, ChangeLog, User
from models.entities_cases import Complaint

# What must be recorded before a decision document, and by which action.
DECISIONS: dict[str, tuple[set[str], ActionName]] = {
    "act": ({str(Decision.ACT_FAVOURABLE), str(Decision.ACT_BURDENING)}, ActionName.DECIDE),           # АППК 77.1, 80
    "answer": ({str(Decision.ANSWER), str(Decision.NOTED)}, ActionName.DECIDE),                        # АППК 89.1–89.3
    "complaint-decision": ({f"complaint_{d}" for d in ComplaintDecision}, ActionName.COMPLAINT_DECIDE),  # 100, 101
    "petition-decision": ({str(d) for d in PetitionDecision}, ActionName.PETITION_DECIDE),               # АППК 90-6
}
# The intake documents the registrar (the chancellery) issues.
INTAKE = frozenset({"notice-incomplete", "notice-return", "notice-forward", "protocol-oral-appeal",
                    "complaint-forward"})
OVERSEERS = HEAD_ROLES   # any case of the office; the others on the cases they carry


def decider(appeal_id: int, action: ActionName) -> int | None:
    """Who recorded the case's decision (its latest entry)."""
    entry = (ChangeLog.select(ChangeLog.user).where(
        (ChangeLog.entity == "appeal") & (ChangeLog.entity_id == appeal_id) & (ChangeLog.action == str(action)))
        .order_by(ChangeLog.id.desc()).first())
    return entry.user_id if entry is not None else None


def check(row: Appeal, name: str, user: UserInfo) -> None:
    """Raise ``document_forbidden`` (or ``decision_not_recorded``) unless
    ``user``, as stored now, may issue ``name`` into the case ``row``."""
    if name == "complaint-decision":   # АППК 97.2: the official challenged takes no part
        c = Complaint.get_or_none(Complaint.appeal == row.id)
        if c is not None and c.challenged_user_id == user.id:
            raise DomainError("challenged_official")
        official = User.get_or_none(User.id == c.challenged_user_id) if c is not None and c.challenged_user_id else None
        if official is not None and not superior(user.role, official.role):   # АППК 91.3
            raise DomainError("complaint_not_superior")
    if name in DECISIONS:
        decisions, action = DECISIONS[name]
        if row.decision not in decisions:
            code = "decision_not_recorded" if name == "complaint-decision" else "document_needs_decision"
            raise ValidationErrors([DomainError(code, "decision_text", document=name)])
        if user.role not in HEAD_ROLES and decider(row.id, action) != user.id:
            raise DomainError("document_forbidden", document=name,
                              roles=sorted(str(r) for r in HEAD_ROLES), who="decider")
        return
    allowed = CASE_ROLES | ({Role.REGISTRAR} if name in INTAKE else set())
    if user.role not in allowed:
        raise DomainError("document_forbidden", document=name, roles=sorted(str(r) for r in allowed),
                          who="")
    if user.role not in OVERSEERS and user.role != Role.REGISTRAR and not carries(user.id, row):
        raise DomainError("document_forbidden", document=name, roles=sorted(str(r) for r in allowed),
                          who="carrier")
