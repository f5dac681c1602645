"""Domain error codes turned into sentences in the user's language."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.errors import DomainError
from ui.case.workflow_labels import CASE_ACTIONS, CLOCKS
from ui.common.labels import ROLES, STATUSES, label
from ui.eotinish.labels import MESSAGES as EOTINISH_MESSAGES

CTX = "Messages"
MESSAGES = {
    "required": QT_TRANSLATE_NOOP("Messages", "This field is required."),
    "iin_invalid": QT_TRANSLATE_NOOP("Messages", "This IIN is not valid: it must have 12 digits, a real birth date and a correct check digit. Correct it or leave it empty (art. 63 part 2 1): \"if available\")."),
    "bin_invalid": QT_TRANSLATE_NOOP("Messages", "This BIN is not valid: it must have 12 digits and a correct check digit. Correct it or leave it empty."),
    "email_invalid": QT_TRANSLATE_NOOP("Messages", "This e-mail address is not valid."),
    "phone_invalid": QT_TRANSLATE_NOOP("Messages", "This phone number is not valid."),
    "received_in_future": QT_TRANSLATE_NOOP("Messages", "The moment of receipt cannot be in the future."),
    "appeal_date_after_receipt": QT_TRANSLATE_NOOP("Messages", "The date written on the appeal is after the day it was received."),
    "signatories_min": QT_TRANSLATE_NOOP("Messages", "A collective appeal has at least {min} signatories."),
    "negative": QT_TRANSLATE_NOOP("Messages", "The number cannot be negative."),
    "pages_without_attachments": QT_TRANSLATE_NOOP("Messages", "Pages are given but the number of attachments is zero."),
    "bad_credentials": QT_TRANSLATE_NOOP("Messages", "Wrong login or password."),
    "forbidden_role": QT_TRANSLATE_NOOP("Messages", "Your role does not allow this action."),
    "login_wait": QT_TRANSLATE_NOOP("Messages", "Too many wrong passwords: wait {seconds} s before the next try."),
    "login_locked": QT_TRANSLATE_NOOP("Messages", "This login is locked after too many wrong passwords until {until}; an administrator can unlock it sooner."),
    "login_form": QT_TRANSLATE_NOOP("Messages", "A login is letters, digits and . _ - @, at most {max} characters."),
    "password_blank": QT_TRANSLATE_NOOP("Messages", "A password cannot be only spaces."),
    "password_common": QT_TRANSLATE_NOOP("Messages", "This password is among the first ones guessed: choose another (a few words with spaces are good)."),
    "password_is_login": QT_TRANSLATE_NOOP("Messages", "The password cannot be the login."),
    "password_characters": QT_TRANSLATE_NOOP("Messages", "The password has characters that cannot be typed."),
    "password_unchanged": QT_TRANSLATE_NOOP("Messages", "Choose a password other than the one you were given."),
    "passwords_differ": QT_TRANSLATE_NOOP("Messages", "The two new passwords differ."),
    "last_admin": QT_TRANSLATE_NOOP("Messages", "The office keeps at least one active administrator."),
    "own_account": QT_TRANSLATE_NOOP("Messages", "Another administrator changes your own account."),
    "user_not_found": QT_TRANSLATE_NOOP("Messages", "There is no such user."),
    "password_too_short": QT_TRANSLATE_NOOP("Messages", "The password must have at least {min} characters."),
    "login_taken": QT_TRANSLATE_NOOP("Messages", "This login is already taken."),
    "number_format_invalid": QT_TRANSLATE_NOOP("Messages", "The number format cannot be read. Example: {year}-{seq:06d}"),
    "number_format_fields": QT_TRANSLATE_NOOP("Messages", "The number format must contain {year} and {seq}, and may contain {prefix}."),
    "number_format_ambiguous": QT_TRANSLATE_NOOP("Messages", "Numbers in this format look like e-Otinish numbers or IINs. Add a separator."),
    "hours_order": QT_TRANSLATE_NOOP("Messages", "The working day must end after it starts."),
    "time_invalid": QT_TRANSLATE_NOOP("Messages", "Enter the time as HH:MM."),
    "term_days_range": QT_TRANSLATE_NOOP("Messages", "The term must be from 1 to 366 days."),
    "override_exists": QT_TRANSLATE_NOOP("Messages", "This day already has an override. Revoke it first."),
    "override_revoked": QT_TRANSLATE_NOOP("Messages", "This override is already revoked."),
    "office_exists": QT_TRANSLATE_NOOP("Messages", "The office is already set up."),
    "no_office": QT_TRANSLATE_NOOP("Messages", "The office is not set up yet."),
    "appeal_not_found": QT_TRANSLATE_NOOP("Messages", "The appeal was not found."),
    "already_excluded": QT_TRANSLATE_NOOP("Messages", "The appeal is already left out of the statistics for this reason."),
    "not_excluded": QT_TRANSLATE_NOOP("Messages", "The appeal is counted in the statistics already."),
    "database_locked": QT_TRANSLATE_NOOP("Messages", "The database is busy in another program or workstation. Nothing was saved; what you typed is kept. Try again in a moment."),
    "database_unavailable": QT_TRANSLATE_NOOP("Messages", "The database cannot be reached. Nothing was saved; what you typed is kept. Check the disk or the network and try again."),
    "database_conflict": QT_TRANSLATE_NOOP("Messages", "Another workstation saved the same record at the same moment. Nothing was saved; what you typed is kept. Try again."),
    "database_value_rejected": QT_TRANSLATE_NOOP("Messages", "The database rejected a value (for example, a text that is too long). Nothing was saved; what you typed is kept."),
    "database_error": QT_TRANSLATE_NOOP("Messages", "The database reported an error. Nothing was saved; what you typed is kept. If it happens again, tell the administrator."),
    "database_not_sqlite": QT_TRANSLATE_NOOP("Messages", "This file is not a database. Check the path: nothing was changed in it."),
    "backup_before_upgrade_failed": QT_TRANSLATE_NOOP("Messages", "This version must upgrade the database, and first makes a checked copy of it; the copy could not be made or failed its check ({detail}). Nothing was changed: the database is as it was. Free some disk space or check the backups folder, then start again."),
    "database_newer": QT_TRANSLATE_NOOP("Messages", "This database was upgraded by a newer version of Zholdanym ({detail}). This older version does not open it, so that nothing in it is misread or damaged: install the newer version on this computer."),
    "database_foreign": QT_TRANSLATE_NOOP("Messages", "This database belongs to another program, not to Zholdanym. Check the path: nothing was changed in it."),
    "server_port": QT_TRANSLATE_NOOP("Messages", "A port is a number from 1 to 65535 (PostgreSQL's is 5432)."),
    "server_password": QT_TRANSLATE_NOOP("Messages", "The server refused this user and password. Check both, capital letters too."),
    "server_host_unknown": QT_TRANSLATE_NOOP("Messages", "No computer of this name was found on the network. Check the server's name, or type its address (for example 192.168.1.10)."),
    "server_unreachable": QT_TRANSLATE_NOOP("Messages", "The server does not answer at this address and port {port}. Check that it is switched on, that PostgreSQL runs on it and that its firewall lets port {port} through."),
    "server_not_allowed": QT_TRANSLATE_NOOP("Messages", "The server does not accept connections from this computer. The IT person adds this computer's network to the server's pg_hba.conf file (see the README)."),
    "server_database_missing": QT_TRANSLATE_NOOP("Messages", "The server has no database of this name. Check the name the IT person gave."),
    "server_not_set_up": QT_TRANSLATE_NOOP("Messages", "This database is not set up for Zholdanym yet: the IT person runs \"zholdanym setup-server\" on it first."),
    "server_foreign": QT_TRANSLATE_NOOP("Messages", "This database belongs to another program, not to Zholdanym. Check the name the IT person gave: nothing was changed in it."),
    "server_schema_older": QT_TRANSLATE_NOOP("Messages", "The office server's database is of an older version of Zholdanym than this program. The IT person runs \"zholdanym setup-server\" of this version on the server first: it upgrades the database."),
    "server_error": QT_TRANSLATE_NOOP("Messages", "The server could not be used: {detail}"),
    "history_chain_broken": QT_TRANSLATE_NOOP("Messages", "The history of changes was altered after it was written: entry {row} was changed, or an entry before it was removed. The history can no longer be trusted as it stands. Tell the administrator: \"main.py check\" lists everything found, and the latest backup before the change holds the true history."),
    "history_document_altered": QT_TRANSLATE_NOOP("Messages", "Issued document {number} no longer matches its entry in the history: it was changed after it was issued. Tell the administrator: \"main.py check\" lists everything found, and the latest backup before the change holds the true document."),
    "history_document_removed": QT_TRANSLATE_NOOP("Messages", "Issued document {number} was removed from the database; entry {row} of the history records its issue. Tell the administrator: \"main.py check\" lists everything found, and the latest backup holds the document."),
    "backup_failed": QT_TRANSLATE_NOOP("Messages", "The automatic backup could not be made. Check the free space and the backup folder."),
    "backup_unverified": QT_TRANSLATE_NOOP("Messages", "The new backup failed its check and was kept apart in backups/rejected; the earlier copies are kept. Run \"main.py check\" and tell the administrator."),
    "number_prefix_unused": QT_TRANSLATE_NOOP("Messages", "The prefix is not used: add {prefix} to the number format, or leave the prefix empty."),
    "medium_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown print medium."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "The text is too long: at most {max} characters."),
    "invalid_input": QT_TRANSLATE_NOOP("Messages", "Some fields need correcting; see the messages next to them."),
    "layout_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown talon layout."),
    # The case workflow.
    "transition_forbidden": QT_TRANSLATE_NOOP("Messages", "\"{action}\" is not possible while the appeal is \"{status}\"."),
    "action_forbidden_role": QT_TRANSLATE_NOOP("Messages", "\"{action}\" may be done only by: {roles}."),
    "unknown_action": QT_TRANSLATE_NOOP("Messages", "Unknown action."),
    "received_too_early": QT_TRANSLATE_NOOP("Messages", "A receipt before {earliest} is a typing mistake: check the year."),
    "not_text": QT_TRANSLATE_NOOP("Messages", "This field takes text."),
    "text_characters": QT_TRANSLATE_NOOP("Messages", "The text has characters that cannot be stored; type it again."),
    "not_a_number": QT_TRANSLATE_NOOP("Messages", "This field takes a whole number."),
    "number_too_large": QT_TRANSLATE_NOOP("Messages", "At most {max}."),
    "reverse_senior": QT_TRANSLATE_NOOP("Messages", "A deputy does not reverse what the akim decided; the akim reverses it."),
    "case_changed": QT_TRANSLATE_NOOP("Messages", "The case changed while the form was open ({action} by {by}, {at}): close it and reload the card, then act again."),
    "unknown_input": QT_TRANSLATE_NOOP("Messages", "This form has no such field; nothing was saved."),
    "date_in_future": QT_TRANSLATE_NOOP("Messages", "The date cannot be in the future."),
    "date_before_registration": QT_TRANSLATE_NOOP("Messages", "The date cannot be before the registration of the appeal."),
    "not_an_executor": QT_TRANSLATE_NOOP("Messages", "Choose an active official who can carry cases."),
    "internal_after_due": QT_TRANSLATE_NOOP("Messages", "The internal date cannot be later than the term, {due}."),
    "internal_before_assignment": QT_TRANSLATE_NOOP("Messages", "The internal date cannot be before the resolution."),
    "not_your_case": QT_TRANSLATE_NOOP("Messages", "This case is assigned to another executor."),
    "extension_forbidden_complaint": QT_TRANSLATE_NOOP("Messages", "The term of a complaint cannot be extended (art. 99 part 2)."),
    "extension_after_term": QT_TRANSLATE_NOOP("Messages", "The term ended on {due}: an expired term cannot be extended (art. 76 part 3)."),
    "extension_over_cap": QT_TRANSLATE_NOOP("Messages", "At most two months from the decision: not later than {cap} (art. 76 parts 3 and 5)."),
    "extension_not_later": QT_TRANSLATE_NOOP("Messages", "The new last day must be after the current one, {due}."),
    "exception_reason_required": QT_TRANSLATE_NOOP("Messages", "Say why there was no hearing: the act must state it (art. 73 part 2, last paragraph)."),
    "hearing_required": QT_TRANSLATE_NOOP("Messages", "Notify the preliminary decision first (art. 73 part 1), or choose an exception of art. 73 part 2."),
    "act_before_hearing": QT_TRANSLATE_NOOP("Messages", "The act may be adopted from {earliest}: 3 working days after the notice of the preliminary decision (art. 73 part 1)."),
    "termination_by_head": QT_TRANSLATE_NOOP("Messages", "Only the head or a deputy terminates on this ground; another official only for a repeat appeal (art. 88 part 2)."),
    "security_forward_instead": QT_TRANSLATE_NOOP("Messages", "It reports a crime or a threat to security: forward it at once instead (art. 88 part 1 2))."),
    "cure_period_too_short": QT_TRANSLATE_NOOP("Messages", "The period to correct must end after the notice."),
    "already_marked": QT_TRANSLATE_NOOP("Messages", "The appeal is already marked."),
    "return_security": QT_TRANSLATE_NOOP("Messages", "It reports a crime or a threat to security: it is not returned but forwarded at once (art. 64 part 7-2)."),
    "cure_not_expired": QT_TRANSLATE_NOOP("Messages", "No period to correct has run out: return under art. 64 part 7 1) is possible only after it ends."),
    "earlier_not_found": QT_TRANSLATE_NOOP("Messages", "No other appeal has this number."),
    "earlier_other_applicant": QT_TRANSLATE_NOOP("Messages", "That appeal is from another applicant."),
    "earlier_not_terminated": QT_TRANSLATE_NOOP("Messages", "That appeal's procedure was not terminated (art. 64 part 7 2))."),
    "earlier_not_returned": QT_TRANSLATE_NOOP("Messages", "That appeal was not returned as a repeat appeal (art. 64 part 8)."),
    "notice_same_day": QT_TRANSLATE_NOOP("Messages", "The applicant is notified at the same time as the appeal is forwarded (art. 65 part 1)."),
    "withdrawal_written": QT_TRANSLATE_NOOP("Messages", "An appeal is withdrawn only on the applicant's written application (art. 64 part 9)."),
    "no_open_clock": QT_TRANSLATE_NOOP("Messages", "Nothing is waiting for this: \"{clock}\" is not running."),
    "received_before_sent": QT_TRANSLATE_NOOP("Messages", "It cannot be received before it was sent."),
    "protocol_not_signed": QT_TRANSLATE_NOOP("Messages", "The protocol is not signed yet."),
    "recusal_repeat": QT_TRANSLATE_NOOP("Messages", "A recusal on circumstances already declared is inadmissible (art. 67 part 9)."),
    "recusal_own": QT_TRANSLATE_NOOP("Messages", "A recusal is decided by the official's superior, not by the official (art. 67 parts 4 and 6)."),
    "recusal_pending": QT_TRANSLATE_NOOP("Messages", "A recusal declared earlier is still waiting for its decision (art. 67 part 3)."),
    "recusal_of_head": QT_TRANSLATE_NOOP("Messages", "The recusal of the head of the body is decided by the superior body (art. 67 part 6): name it."),
    "security_forward_first": QT_TRANSLATE_NOOP("Messages", "It reports a crime or a threat to security: forward it to the competent body first (art. 64 part 7-2)."),
    "exception_favourable_only": QT_TRANSLATE_NOOP("Messages", "Exception 1) covers only a favourable act that affects no one else (art. 73 part 2 1))."),
    "oral_hearing_required": QT_TRANSLATE_NOOP("Messages", "The participant asked in time for an oral hearing: hold it first (art. 73 part 3)."),
    "appeal_route_missing": QT_TRANSLATE_NOOP("Messages", "The act cannot be issued without its appeal route: the office settings name no superior body (or court) for the head's acts (art. 80 part 5)."),
    "appeal_route_missing_deputy": QT_TRANSLATE_NOOP("Messages", "The act cannot be issued without its appeal route: a deputy signs it, and the settings name no complaint body (or court) for a deputy's acts (art. 80 part 5, art. 91 part 3)."),
    "appeal_route_missing_category": QT_TRANSLATE_NOOP("Messages", "The act cannot be issued without its appeal route: the settings name no complaint body (or court) for its category (art. 80 part 5)."),
    "org_form_invalid": QT_TRANSLATE_NOOP("Messages", "Choose the legal form from the list."),
    "org_form_other_required": QT_TRANSLATE_NOOP("Messages", "Type the legal form, or choose it from the list."),
    "route_category_unknown": QT_TRANSLATE_NOOP("Messages", "This category of acts is no longer in the settings: choose another."),
    "route_category_name": QT_TRANSLATE_NOOP("Messages", "Category {row}: give its name in Kazakh and in Russian."),
    "route_category_twice": QT_TRANSLATE_NOOP("Messages", "Category {row}: a category with this name is already in the list."),
    "route_category_empty": QT_TRANSLATE_NOOP("Messages", "Category {row}: give its complaint body, or the court if there is no superior body (art. 80 part 5)."),
    "route_category_languages": QT_TRANSLATE_NOOP("Messages", "Category {row}: give the complaint body and the court in both languages (art. 80 part 5)."),
    "route_category_too_long": QT_TRANSLATE_NOOP("Messages", "Category {row}: a text is too long, at most {max} characters."),
    "reasoning_required": QT_TRANSLATE_NOOP("Messages", "Give the reasoning, or the item of art. 80 part 2 that lets it be left out (art. 80 part 1 4))."),
    "template_broken": QT_TRANSLATE_NOOP("Messages", "The template \"{template}\" cannot be used: {detail}. Correct it or remove the office's copy."),
    "document_needs_decision": QT_TRANSLATE_NOOP("Messages", "Record the decision in the case first (its Actions menu); the document carries it (art. 77, art. 89, art. 90-6)."),
    "document_forbidden": QT_TRANSLATE_NOOP("Messages", "You may not issue this document into this case. It is issued by: {roles}; a decision document by the official who decided or the head, a notice by those who carry the case."),
    "not_a_free_field": QT_TRANSLATE_NOOP("Messages", "This value comes from the case and cannot be typed in."),
    "template_unsafe": QT_TRANSLATE_NOOP("Messages", "The template \"{template}\" asks for more than its fields ({detail}); it is refused. Correct it or remove the office's copy."),
    "template_over_budget": QT_TRANSLATE_NOOP("Messages", "The template \"{template}\" takes too long or makes too large a document (its {limit} limit); it is refused. Correct it or remove the office's copy."),
    "template_unknown_fields": QT_TRANSLATE_NOOP("Messages", "The template \"{template}\" uses fields the app does not know: {fields}."),
    "template_missing_fields": QT_TRANSLATE_NOOP("Messages", "The template \"{template}\" has lost mandatory parts: {fields}."),
    "template_unknown": QT_TRANSLATE_NOOP("Messages", "There is no such template."),
    "document_not_found": QT_TRANSLATE_NOOP("Messages", "The document was not found."),
    "document_damaged": QT_TRANSLATE_NOOP("Messages", "The stored document {number} does not match its checksum. Tell the administrator."),
    "period_reversed": QT_TRANSLATE_NOOP("Messages", "The period ends before it starts."),
    "period_too_long": QT_TRANSLATE_NOOP("Messages", "Too many appeals for one printout (more than {max}): choose a shorter period."),
    "pdf_unavailable": QT_TRANSLATE_NOOP("Messages", "PDF needs LibreOffice or Microsoft Word, and neither is installed on this computer. Install LibreOffice, or open the document and save it as PDF in your editor."),
    "pdf_failed": QT_TRANSLATE_NOOP("Messages", "The document could not be converted to PDF."),
    "pdf_unreadable": QT_TRANSLATE_NOOP("Messages", "The PDF made from the document cannot be read; open the document in Word or LibreOffice instead."),
    "route_both_languages": QT_TRANSLATE_NOOP("Messages", "Fill this in the other language too: an act gives the same appeal route in Kazakh and Russian (art. 80 part 5)."),
    "reasoning_item_invalid": QT_TRANSLATE_NOOP("Messages", "Item 1, 2 or 3 of art. 80 part 2; item 1 only for a favourable act."),
    "official_missing": QT_TRANSLATE_NOOP("Messages", "The document names who signs it, and the office settings name no head of office (art. 80 part 1 1), 5))."),
    "supersedes_other": QT_TRANSLATE_NOOP("Messages", "A correction replaces a document of the same kind in this case (art. 82)."),
    "copy_failed": QT_TRANSLATE_NOOP("Messages", "The copy could not be saved there: {detail}"),
    "same_official": QT_TRANSLATE_NOOP("Messages", "Choose another official (art. 67 part 8)."),
    "not_reversible": QT_TRANSLATE_NOOP("Messages", "Only the latest action of a case can be reversed, and not every action."),
    "hearing_after_due": QT_TRANSLATE_NOOP("Messages", "The earliest day for the act falls after the term. Consider an extension (art. 76 part 3)."),
    # Complaints (АППК 91–101).
    "action_not_for_case": QT_TRANSLATE_NOOP("Messages", "\"{action}\" is not an action of this case: a complaint has its own actions, on its own side (art. 91 part 4, art. 100)."),
    "case_not_found": QT_TRANSLATE_NOOP("Messages", "No case has this registration number."),
    "date_after_receipt": QT_TRANSLATE_NOOP("Messages", "This date is after the complaint was received."),
    "learned_before_act": QT_TRANSLATE_NOOP("Messages", "The complainant cannot have learned of the act before its date."),
    "case_file_required": QT_TRANSLATE_NOOP("Messages", "The complaint is sent together with the whole administrative case file (art. 91 part 4)."),
    "satisfy_fully_only": QT_TRANSLATE_NOOP("Messages", "The complaint may be kept only when every demand is satisfied; otherwise it is sent to the complaint body (art. 91 part 4)."),
    "satisfy_after_term": QT_TRANSLATE_NOOP("Messages", "The three working days ran out on {due}: the complaint must now be sent to the complaint body (art. 91 part 4)."),
    "term_not_missed": QT_TRANSLATE_NOOP("Messages", "The complaint was filed in time (last day {due}): there is no term to restore (art. 92 part 2)."),
    "restore_decided": QT_TRANSLATE_NOOP("Messages", "The motion to restore the term is already decided."),
    "not_competent": QT_TRANSLATE_NOOP("Messages", "Decisions 1–3 are taken only where adopting the act or taking the action is within our own competence; otherwise send the complaint back (art. 100 part 2)."),
    "no_worsening": QT_TRANSLATE_NOOP("Messages", "The new act must not worsen the complainant's position (art. 98 part 6). Confirm it, or choose another decision."),
    "challenged_official": QT_TRANSLATE_NOOP("Messages", "The official whose act or action is challenged takes no part in considering the complaint (art. 97 part 2)."),
    "extension_once": QT_TRANSLATE_NOOP("Messages", "The term was already extended once. Article 76 part 3 allows one decision to extend (\"мұндай шешім\"), and part 4 makes an unfounded extension a matter of liability. A further extension needs the office's recorded legal basis (Settings, Legal readings)."),
    "legal_basis_required": QT_TRANSLATE_NOOP("Messages", "Name the legal basis (the law, its article) for this choice: it is recorded with the change."),
    "challenged_sends_on": QT_TRANSLATE_NOOP("Messages", "A complaint against our own act or action is sent with the case file to the complaint body within 3 working days (art. 91 part 4), or fully satisfied; returning it or asking to correct it is for the complaint body (art. 95 part 1 3))."),
    "return_after_term": QT_TRANSLATE_NOOP("Messages", "The 3 working days to return it ended on {due}: the appeal is now considered (art. 64 part 7)."),
    "recusal_not_superior": QT_TRANSLATE_NOOP("Messages", "This recusal is decided by an official above the one recused (art. 67 part 4): for a deputy or the head of the apparatus, the head of the body."),
    "challenged_unknown": QT_TRANSLATE_NOOP("Messages", "Record whose act or action is challenged (art. 93 part 2 4)) before deciding: the complaint body must stand above it (art. 91 part 3, art. 97 part 2). Use \"Complaint facts\"."),
    "not_complaint_body": QT_TRANSLATE_NOOP("Messages", "A complaint against the act of our own head (or our office) is considered by the superior body, not by us (art. 91 part 3): forward it to that body (art. 65 part 1, the Forward action)."),
    "complaint_not_superior": QT_TRANSLATE_NOOP("Messages", "The complaint is decided by an official above the one whose act is challenged (art. 91 part 3): a deputy's act by the head of the body."),
    "rights_not_explained": QT_TRANSLATE_NOOP("Messages", "The participant's rights and duties must be explained after registration (art. 94 part 2): record the day with \"Complaint facts\"."),
    "binding_no_case": QT_TRANSLATE_NOOP("Messages", "The decision is binding (art. 100 part 4), but this complaint names no case of ours: open the case it concerns and record there what the decision obliges."),
    "reopened_no_intake": QT_TRANSLATE_NOOP("Messages", "A case reopened by a binding decision (art. 100 part 4) is neither returned nor forwarded: do what the decision obliges."),
    "repeat_new_arguments": QT_TRANSLATE_NOOP("Messages", "A repeat appeal is returned only when it brings no new arguments or newly discovered circumstances (art. 64 part 7 2)): confirm it."),
    "reverse_reopened": QT_TRANSLATE_NOOP("Messages", "This decision reopened our case {number} (art. 100 part 4), which has its own history since; the entry stays. Record what happens in that case."),
    "subordinate_unconfirmed": QT_TRANSLATE_NOOP("Messages", "No official of ours is named: confirm that the body or official challenged stands below this office (art. 91 part 3). A complaint against our office or our akim is forwarded to the superior body (art. 65 part 1)."),
    "no_execution_for_refusal": QT_TRANSLATE_NOOP("Messages", "A refusal has nothing to execute: leave the execution term empty (art. 86 part 3)."),
    "execution_suspended": QT_TRANSLATE_NOOP("Messages", "The act is not executed while complaint {number} runs: filing a complaint suspends its execution (art. 96 part 1)."),
    "filed_before_learned": QT_TRANSLATE_NOOP("Messages", "The complaint cannot have been filed before the complainant learned of the act."),
    "ground_not_ours": QT_TRANSLATE_NOOP("Messages", "Item 2) covers acts of the financial regulator, the National Bank and state audit, not ours (art. 96 part 1)."),
    "act_revoked": QT_TRANSLATE_NOOP("Messages", "The act is not executed: complaint {number} revoked, replaced or sent it back (art. 91 part 4, art. 100 part 4)."),
    "review_result_recorded": QT_TRANSLATE_NOOP("Messages", "The complaint body's decision is already recorded. Reverse that entry to correct it."),
    "official_not_heard": QT_TRANSLATE_NOOP("Messages", "Hear the official whose act or action is challenged before deciding on the merits (art. 98 part 3)."),
    "nothing_changed": QT_TRANSLATE_NOOP("Messages", "Nothing was changed."),
    "decision_not_recorded": QT_TRANSLATE_NOOP("Messages", "Record the decision on the complaint first; the document takes its kind, grounds and date from it (art. 100, art. 101)."),
    # Personal reception and petitions (АППК 90, 90-1–90-6).
    "not_a_receiving_official": QT_TRANSLATE_NOOP("Messages", "Only the head and the deputies hold personal receptions (art. 90 part 1)."),
    "interval_range": QT_TRANSLATE_NOOP("Messages", "Give from 5 to 120 minutes per person."),
    "official_double_booked": QT_TRANSLATE_NOOP("Messages", "This official already receives from {start} to {end} that day."),
    "slot_has_bookings": QT_TRANSLATE_NOOP("Messages", "People are booked for this reception: move or cancel their bookings first."),
    "approval_by_head": QT_TRANSLATE_NOOP("Messages", "The schedule is approved by the head of the body (art. 90 part 3)."),
    "nothing_to_approve": QT_TRANSLATE_NOOP("Messages", "Every reception of this month is already approved."),
    "schedule_not_approved": QT_TRANSLATE_NOOP("Messages", "This reception is not in the approved schedule yet (art. 90 part 3)."),
    "slot_in_past": QT_TRANSLATE_NOOP("Messages", "This reception has already passed."),
    "contact_required": QT_TRANSLATE_NOOP("Messages", "Give a phone number or a postal address, to tell the person of any change."),
    "slot_taken": QT_TRANSLATE_NOOP("Messages", "This time is already booked: choose another one."),
    "booking_not_open": QT_TRANSLATE_NOOP("Messages", "This booking is no longer open."),
    "booking_not_found": QT_TRANSLATE_NOOP("Messages", "No such booking."),
    "record_not_for_appeal": QT_TRANSLATE_NOOP("Messages", "Choose a reception whose outcome is \"a written appeal is needed\" (art. 90 part 4)."),
    "record_converted": QT_TRANSLATE_NOOP("Messages", "This reception is already registered as a written appeal."),
    "from_petition_kind": QT_TRANSLATE_NOOP("Messages", "A petition short of its threshold comes as a message, a response or a proposal (art. 90-3 part 5)."),
    "discussion_too_soon": QT_TRANSLATE_NOOP("Messages", "The invitation had to go out by {due}, three working days before: choose a later date (art. 90-5 part 2)."),
    "discussion_after_term": QT_TRANSLATE_NOOP("Messages", "The discussion would fall after the term of the petition ({due})."),
    "discussion_not_set": QT_TRANSLATE_NOOP("Messages", "Set the date and place of the public discussion first."),
    "both_channels": QT_TRANSLATE_NOOP("Messages", "Announce it both on the internet resource and to the persons directly, electronically or on paper (art. 90-5 part 2)."),
    "discussion_not_notified": QT_TRANSLATE_NOOP("Messages", "The discussion was not announced."),
    "discussion_before_date": QT_TRANSLATE_NOOP("Messages", "The discussion was set for {day}."),
    "commission_members": QT_TRANSLATE_NOOP("Messages", "Name the members, one per line."),
    "first_head_only": QT_TRANSLATE_NOOP("Messages", "Only the first head (the akim) decides on a petition (art. 90-6 part 1)."),
    "site_visit_missing": QT_TRANSLATE_NOOP("Messages", "Record the site visit, or why it is not needed (art. 90-5 part 2)."),
    "discussion_missing": QT_TRANSLATE_NOOP("Messages", "Hold the public discussion of the draft decision first (art. 90-5 part 2)."),
    "discussion_notice_late": QT_TRANSLATE_NOOP("Messages", "The discussion was announced less than three working days before it: hold it again (art. 90-5 part 2)."),
    "commission_missing": QT_TRANSLATE_NOOP("Messages", "Form the temporary commission or working group first (art. 90-5 part 2)."),
    "booking_in_future": QT_TRANSLATE_NOOP("Messages", "This reception is still to come."),
    "decision_language": QT_TRANSLATE_NOOP("Messages", "The decision on a petition is in the state language or in the petition's language (art. 90-6 part 2)."),
    "answer_language": QT_TRANSLATE_NOOP("Messages", "An answer or a notice to the participant is given in the state language (Kazakh) or in the language the appeal was made in (art. 89 part 2)."),
    "filed_late": QT_TRANSLATE_NOOP("Messages", "The complaint was filed late and the term was not restored. This may be a ground to leave it unsatisfied (art. 92 part 3)."),
}

MESSAGES.update(EOTINISH_MESSAGES)   # issue 16: the e-Otinish link


def _readable(name: str, value):
    """Codes and dates in a message's parameters, in the user's language."""
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if hasattr(value, "strftime"):
        return value.strftime("%d.%m.%Y")
    if name == "roles":
        return ", ".join(label(ROLES, r) for r in value)
    table = {"action": CASE_ACTIONS, "status": STATUSES, "clock": CLOCKS}.get(name)
    return label(table, value) if table else value


def message(error: DomainError | str, **params) -> str:
    code = error if isinstance(error, str) else error.code
    if not isinstance(error, str):
        params = {**error.params, **params}
    params = {k: _readable(k, v) for k, v in params.items()}
    source = MESSAGES.get(code)
    if source is None:
        return QCoreApplication.translate("Messages", "Unexpected error: {code}").format(code=code)
    text = QCoreApplication.translate(CTX, source)
    try:
        return text.format(**params) if params and "{" in text and code not in (
            "number_format_invalid", "number_format_fields", "number_prefix_unused") else text
    except (KeyError, IndexError, ValueError):
        return text


def show_error(parent, exc: DomainError) -> None:
    """A message box with the translated explanation of ``exc``."""
    QMessageBox.warning(parent, "Zholdanym", message(exc))
