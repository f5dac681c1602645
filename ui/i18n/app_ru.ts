<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AppealCardDialog</name>
    <message>
        <location filename="../appeal_card.py" line="82"/>
        <source>Appeal {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="84"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="85"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="86"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="87"/>
        <source>Talon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="88"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="107"/>
        <source>Registered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="109"/>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="111"/>
        <source>Incomplete (art. 64 part 6). Not stated: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="127"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="127"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="127"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="128"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <location filename="../applicant_form.py" line="33"/>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="35"/>
        <source>Legal entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="49"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="49"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="50"/>
        <source>Patronymic (if in the identity document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="51"/>
        <source>IIN (if available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="56"/>
        <source>Name and legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="57"/>
        <source>BIN (if available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="58"/>
        <source>Outgoing number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="62"/>
        <source>Outgoing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="66"/>
        <source>Postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="67"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="67"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="70"/>
        <source>Collective appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="78"/>
        <source>Number of signatories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../calendar_dialog.py" line="39"/>
        <source>Working-day calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="45"/>
        <location filename="../calendar_dialog.py" line="49"/>
        <location filename="../calendar_dialog.py" line="63"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="45"/>
        <source>Working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="45"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="49"/>
        <location filename="../calendar_dialog.py" line="64"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="49"/>
        <location filename="../calendar_dialog.py" line="65"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="50"/>
        <source>Decree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="50"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="52"/>
        <source>Revoke selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="61"/>
        <source>Add an override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="66"/>
        <source>Decree (number and date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="67"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="72"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="78"/>
        <source>Office overrides (a decree moving days off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="93"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="93"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="108"/>
        <source>(moved day off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="110"/>
        <source>(estimated date: check the decree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="112"/>
        <source>working day by the holidays library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="114"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="114"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="143"/>
        <source>Saved. Due dates recomputed for {n} open appeals (art. 76).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../appeal_card.py" line="26"/>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="27"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="27"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="28"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="29"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="30"/>
        <source>Registration date (art. 64 part 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="31"/>
        <source>Term, working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="32"/>
        <source>Term set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="33"/>
        <source>Statutory due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="34"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="35"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="36"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="36"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="37"/>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="37"/>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="38"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="38"/>
        <source>BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="39"/>
        <source>Outgoing number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="40"/>
        <source>Outgoing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="41"/>
        <source>Postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="42"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="42"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="43"/>
        <source>Collective appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="44"/>
        <source>Signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="45"/>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="46"/>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="47"/>
        <source>Date of the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="48"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="49"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="50"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="51"/>
        <source>Pages of attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="52"/>
        <source>e-Otinish number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="68"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="68"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../explain.py" line="21"/>
        <source>weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explain.py" line="25"/>
        <source>day off moved from the holiday &quot;{name}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explain.py" line="27"/>
        <source>holiday &quot;{name}&quot; (date estimated; check the decree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explain.py" line="28"/>
        <source>public holiday &quot;{name}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explain.py" line="30"/>
        <source>extra day off set by the office: {reason} {decree}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explain.py" line="32"/>
        <source>non-working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explain.py" line="40"/>
        <source>{date} {time}: received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explain.py" line="42"/>
        <source>{date}: registered the day it was received (art. 64 part 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explain.py" line="45"/>
        <source>{date}: registered on the next working day, because it was received after the end of the working day at {end} (art. 64 part 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explain.py" line="46"/>
        <source>{date}: registered on the next working day, because it was received on a non-working day (art. 64 part 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explain.py" line="48"/>
        <source>The term is counted from the day after registration, {date} (art. 76 part 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explain.py" line="50"/>
        <source>{date}: working day {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explain.py" line="52"/>
        <source>{date}: not counted: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explain.py" line="54"/>
        <source>{date}: the last day of the term of {days} working days ({article}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explain.py" line="63"/>
        <source>APPC art. {article} part {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../explain.py" line="64"/>
        <source>APPC art. {article}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../first_run_dialog.py" line="26"/>
        <source>Zholdanym: set up the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="30"/>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="33"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="33"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="34"/>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="35"/>
        <source>Position (printed on talons, art. 64 part 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="36"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="36"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <location filename="../journal_model.py" line="18"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="19"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="20"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="21"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="22"/>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="23"/>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="24"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="25"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="26"/>
        <source>Working days left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="9"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="10"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="11"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="12"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="13"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="14"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="15"/>
        <source>Petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="18"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="19"/>
        <source>Electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="20"/>
        <source>Oral (protocol, art. 63 part 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="21"/>
        <source>Videoconference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <location filename="../labels.py" line="77"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="25"/>
        <source>Incomplete, awaiting correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="26"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="27"/>
        <source>Under consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="28"/>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="29"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="30"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="31"/>
        <source>Taken into consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="32"/>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="33"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="34"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="35"/>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="38"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="39"/>
        <source>Registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="40"/>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="41"/>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="44"/>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="45"/>
        <source>Legal entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="48"/>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="49"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="50"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="53"/>
        <source>applicant&apos;s surname and name, or the organisation&apos;s name (art. 63 part 2 1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="54"/>
        <source>postal address (art. 63 part 2 1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="55"/>
        <source>addressee body or official (art. 63 part 2 2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="56"/>
        <source>substance of the appeal (art. 63 part 2 3))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="57"/>
        <source>date of the appeal (art. 63 part 2 4))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="58"/>
        <source>signature or electronic signature (art. 63 part 2 5))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="61"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="62"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="63"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="64"/>
        <source>Due within 3 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="67"/>
        <source>Extra day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="68"/>
        <source>Extra working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="78"/>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="79"/>
        <source>Due date recomputed after a calendar change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="80"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="81"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="82"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../login_dialog.py" line="57"/>
        <source>Zholdanym: log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="58"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="58"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="59"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="61"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="62"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="42"/>
        <source>Zholdanym: journal of appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="62"/>
        <source>Search: number, applicant&apos;s name, IIN/BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="92"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="96"/>
        <source>Register an appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="97"/>
        <source>Open card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="98"/>
        <source>Talon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="99"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="100"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="101"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="102"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128"/>
        <source>Appeals: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages.py" line="10"/>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="11"/>
        <source>This IIN is not valid: it must have 12 digits, a real birth date and a correct check digit. Correct it or leave it empty (art. 63 part 2 1): &quot;if available&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="12"/>
        <source>This BIN is not valid: it must have 12 digits and a correct check digit. Correct it or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="13"/>
        <source>This e-mail address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="14"/>
        <source>This phone number is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="15"/>
        <source>The moment of receipt cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="16"/>
        <source>The date written on the appeal is after the day it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="17"/>
        <source>A collective appeal has at least {min} signatories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="18"/>
        <source>The number cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="19"/>
        <source>Pages are given but the number of attachments is zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="20"/>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="21"/>
        <source>Your role does not allow this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="22"/>
        <source>The password must have at least {min} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="23"/>
        <source>This login is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="24"/>
        <source>The number format cannot be read. Example: {year}-{seq:06d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="25"/>
        <source>The number format must contain {year} and {seq}, and may contain {prefix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="26"/>
        <source>Numbers in this format look like e-Otinish numbers or IINs. Add a separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="27"/>
        <source>The working day must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="28"/>
        <source>Enter the time as HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="29"/>
        <source>The term must be from 1 to 366 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="30"/>
        <source>This day already has an override. Revoke it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="31"/>
        <source>This override is already revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="32"/>
        <source>The office is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="33"/>
        <source>The office is not set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="34"/>
        <source>The appeal was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="35"/>
        <source>The database is busy in another program or workstation. Nothing was saved; what you typed is kept. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="36"/>
        <source>The database cannot be reached. Nothing was saved; what you typed is kept. Check the disk or the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="37"/>
        <source>Some fields need correcting; see the messages next to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../messages.py" line="38"/>
        <source>Unknown talon layout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <location filename="../office_form.py" line="19"/>
        <source>Office name (Kazakh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../office_form.py" line="20"/>
        <source>Office name (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../office_form.py" line="21"/>
        <source>BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../office_form.py" line="22"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../office_form.py" line="23"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../office_form.py" line="24"/>
        <source>Head of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../office_form.py" line="25"/>
        <source>Head&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../office_form.py" line="26"/>
        <source>Working day starts (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../office_form.py" line="27"/>
        <source>Working day ends (HH:MM); later appeals are registered the next working day (art. 64 part 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../office_form.py" line="28"/>
        <source>Registration number format ({year}, {seq:06d}, {prefix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../office_form.py" line="29"/>
        <source>Number prefix (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../registration_dialog.py" line="59"/>
        <source>Register an appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="83"/>
        <source>Signed by the applicant or representative (art. 63 part 2 5))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="99"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="100"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="101"/>
        <source>Received (date and time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="102"/>
        <source>Language of the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="103"/>
        <source>e-Otinish number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="104"/>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="106"/>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="108"/>
        <source>Addressed to (body or official)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="109"/>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="110"/>
        <source>Date written on the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="112"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="113"/>
        <source>Pages of attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="131"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="132"/>
        <source>Required details (art. 63 part 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="133"/>
        <source>Earlier appeals of this applicant (art. 64 part 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="146"/>
        <source>Register and print talon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="148"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="185"/>
        <source>Not stated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="186"/>
        <source>The appeal is still registered (refusal is prohibited, art. 64 part 1); the applicant is told what to correct and by when (art. 64 part 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="189"/>
        <source>All required details are stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="195"/>
        <source>Registration date: {reg}. Due date: {due} ({days} working days, {article}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="214"/>
        <source>No earlier appeals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="32"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="46"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="47"/>
        <source>The new language applies when the program is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="49"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="50"/>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="51"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="68"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="68"/>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="69"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="69"/>
        <source>Special law</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../app_main.py" line="26"/>
        <source>The database cannot be opened:
{url}

{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app_main.py" line="31"/>
        <source>The database integrity check found problems. Work carefully and restore the latest backup if data looks wrong.

{details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app_main.py" line="68"/>
        <source>Demo users: admin, registrar, executor, head; password {pw}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalonDialog</name>
    <message>
        <location filename="../talon_dialog.py" line="27"/>
        <source>Talon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="32"/>
        <source>A5 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="33"/>
        <source>80 mm receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="37"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="38"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="40"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="43"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="70"/>
        <source>This will be a duplicate (copy {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="97"/>
        <source>Save talon as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../users_dialog.py" line="28"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="31"/>
        <location filename="../users_dialog.py" line="40"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="31"/>
        <location filename="../users_dialog.py" line="38"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="32"/>
        <location filename="../users_dialog.py" line="39"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="32"/>
        <location filename="../users_dialog.py" line="48"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="35"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="38"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="39"/>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="40"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="49"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
