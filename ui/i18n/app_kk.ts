<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AppealCardDialog</name>
    <message>
        <location filename="../appeal_card.py" line="115"/>
        <source>Appeal {number}</source>
        <translation>Жолданым № {number}</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="117"/>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="118"/>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="119"/>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="120"/>
        <source>Talon…</source>
        <translation>Талон…</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="121"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="140"/>
        <source>Registered by</source>
        <translation>Тіркеген</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="142"/>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="144"/>
        <source>Incomplete (art. 64 part 6). Not stated: {items}</source>
        <translation>Толық емес (ӘРПК 64-бабының 6-бөлігі). Көрсетілмеген: {items}</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="153"/>
        <source>Registered on {reg}; the term of {days} working days ({article}) ends on {due}.</source>
        <translation>{reg} тіркелді; {days} жұмыс күні мерзімі ({article}) {due} аяқталады.</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="171"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="171"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="171"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="172"/>
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <location filename="../applicant_form.py" line="34"/>
        <source>Individual</source>
        <translation>Жеке тұлға</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="36"/>
        <source>Legal entity</source>
        <translation>Заңды тұлға</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="50"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="50"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="51"/>
        <source>Patronymic (if in the identity document)</source>
        <translation>Әкесінің аты (жеке басын куәландыратын құжатта көрсетілсе)</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="52"/>
        <source>IIN (if available)</source>
        <translation>ЖСН (бар болса)</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="57"/>
        <source>Name and legal form</source>
        <translation>Атауы және ұйымдық-құқықтық нысаны</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="58"/>
        <source>BIN (if available)</source>
        <translation>БСН (бар болса)</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="59"/>
        <source>Outgoing number</source>
        <translation>Шығыс нөмірі</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="63"/>
        <source>Outgoing date</source>
        <translation>Шығыс күні</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="67"/>
        <source>Postal address</source>
        <translation>Пошталық мекенжай</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="68"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="68"/>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="71"/>
        <source>Collective appeal</source>
        <translation>Ұжымдық жолданым</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="79"/>
        <source>Number of signatories</source>
        <translation>Қол қоюшылар саны</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../calendar_dialog.py" line="39"/>
        <source>Working-day calendar</source>
        <translation>Жұмыс күндерінің күнтізбесі</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="45"/>
        <location filename="../calendar_dialog.py" line="49"/>
        <location filename="../calendar_dialog.py" line="63"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="45"/>
        <source>Working?</source>
        <translation>Жұмыс күні ме?</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="45"/>
        <source>Why</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="49"/>
        <location filename="../calendar_dialog.py" line="64"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="49"/>
        <location filename="../calendar_dialog.py" line="65"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="50"/>
        <source>Decree</source>
        <translation>Қаулы</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="50"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="52"/>
        <source>Revoke selected</source>
        <translation>Таңдалғанның күшін жою</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="61"/>
        <source>Add an override</source>
        <translation>Ауыстыру қосу</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="66"/>
        <source>Decree (number and date)</source>
        <translation>Қаулы (нөмірі мен күні)</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="67"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="72"/>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="78"/>
        <source>Office overrides (a decree moving days off)</source>
        <translation>Аппарат енгізген ауыстырулар (демалыс күндерін ауыстыру туралы қаулы)</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="93"/>
        <source>active</source>
        <translation>қолданыста</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="93"/>
        <source>revoked</source>
        <translation>күші жойылған</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="108"/>
        <source>(moved day off)</source>
        <translation>(ауыстырылған демалыс күні)</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="110"/>
        <source>(estimated date: check the decree)</source>
        <translation>(болжамды күн: қаулыны тексеріңіз)</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="112"/>
        <source>working day by the holidays library</source>
        <translation>holidays кітапханасы бойынша жұмыс күні</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="115"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="115"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="144"/>
        <source>Saved. Due dates recomputed for {n} open appeals (art. 76).</source>
        <translation>Сақталды. {n} ашық жолданымның орындау мерзімі қайта есептелді (ӘРПК 76-бабы).</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../appeal_card.py" line="27"/>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="28"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="28"/>
        <source>Form</source>
        <translation>Нысаны</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="29"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="30"/>
        <source>Received</source>
        <translation>Түскен күні мен уақыты</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="31"/>
        <source>Registration date (art. 64 part 3)</source>
        <translation>Тіркелген күні (ӘРПК 64-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="32"/>
        <source>Term, working days</source>
        <translation>Мерзімі, жұмыс күндері</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="33"/>
        <source>Term set by</source>
        <translation>Мерзімнің негізі</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="34"/>
        <source>Statutory due date</source>
        <translation>Заң бойынша орындау мерзімі</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="35"/>
        <source>Due date</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="36"/>
        <source>Applicant</source>
        <translation>Арыз иесі</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="37"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="37"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="38"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="38"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="39"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="39"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="40"/>
        <source>Outgoing number</source>
        <translation>Шығыс нөмірі</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="41"/>
        <source>Outgoing date</source>
        <translation>Шығыс күні</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="42"/>
        <source>Postal address</source>
        <translation>Пошталық мекенжай</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="43"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="43"/>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="44"/>
        <source>Collective appeal</source>
        <translation>Ұжымдық жолданым</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="45"/>
        <source>Signatories</source>
        <translation>Қол қоюшылар саны</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="46"/>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="47"/>
        <source>Substance</source>
        <translation>Жолданымның мәні</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="48"/>
        <source>Date of the appeal</source>
        <translation>Жолданым күні</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="49"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="50"/>
        <source>Signed</source>
        <translation>Қол қойылған</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="51"/>
        <source>Attachments</source>
        <translation>Қосымшалар саны</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="52"/>
        <source>Pages of attachments</source>
        <translation>Қосымшалардың парақ саны</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="53"/>
        <source>e-Otinish number</source>
        <translation>e-Otinish нөмірі</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="69"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="69"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="79"/>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="80"/>
        <source>Not stated</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="81"/>
        <source>Calendar override no.</source>
        <translation>Күнтізбелік ауыстыру №</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="82"/>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../explain.py" line="21"/>
        <source>weekend</source>
        <translation>демалыс күні</translation>
    </message>
    <message>
        <location filename="../explain.py" line="25"/>
        <source>day off moved from the holiday &quot;{name}&quot;</source>
        <translation>«{name}» мерекесіне байланысты ауыстырылған демалыс күні</translation>
    </message>
    <message>
        <location filename="../explain.py" line="27"/>
        <source>holiday &quot;{name}&quot; (date estimated; check the decree)</source>
        <translation>«{name}» мерекесі (күні болжамды; қаулыны тексеріңіз)</translation>
    </message>
    <message>
        <location filename="../explain.py" line="28"/>
        <source>public holiday &quot;{name}&quot;</source>
        <translation>«{name}» мереке күні</translation>
    </message>
    <message>
        <location filename="../explain.py" line="30"/>
        <source>extra day off set by the office: {reason} {decree}</source>
        <translation>аппарат белгілеген қосымша демалыс күні: {reason} {decree}</translation>
    </message>
    <message>
        <location filename="../explain.py" line="32"/>
        <source>non-working day</source>
        <translation>жұмыс істемейтін күн</translation>
    </message>
    <message>
        <location filename="../explain.py" line="40"/>
        <source>{date} {time}: received.</source>
        <translation>{date} {time}: келіп түсті.</translation>
    </message>
    <message>
        <location filename="../explain.py" line="42"/>
        <source>{date}: registered the day it was received (art. 64 part 3).</source>
        <translation>{date}: түскен күні тіркелді (ӘРПК 64-бабының 3-бөлігі).</translation>
    </message>
    <message>
        <location filename="../explain.py" line="45"/>
        <source>{date}: registered on the next working day, because it was received after the end of the working day at {end} (art. 64 part 3).</source>
        <translation>{date}: келесі жұмыс күні тіркелді, себебі жұмыс күні аяқталғаннан кейін (сағат {end}) түсті (ӘРПК 64-бабының 3-бөлігі).</translation>
    </message>
    <message>
        <location filename="../explain.py" line="46"/>
        <source>{date}: registered on the next working day, because it was received on a non-working day (art. 64 part 3).</source>
        <translation>{date}: келесі жұмыс күні тіркелді, себебі жұмыс істемейтін күні түсті (ӘРПК 64-бабының 3-бөлігі).</translation>
    </message>
    <message>
        <location filename="../explain.py" line="48"/>
        <source>{date}: registered (art. 64 part 3).</source>
        <translation>{date}: тіркелді (ӘРПК 64-бабының 3-бөлігі).</translation>
    </message>
    <message>
        <location filename="../explain.py" line="50"/>
        <source>The term is counted from the day after registration, {date} (art. 76 part 2).</source>
        <translation>Мерзім тіркелген күннің келесі күнінен, яғни {date} күнінен бастап есептеледі (ӘРПК 76-бабының 2-бөлігі).</translation>
    </message>
    <message>
        <location filename="../explain.py" line="52"/>
        <source>{date}: working day {n}.</source>
        <translation>{date}: {n}-жұмыс күні.</translation>
    </message>
    <message>
        <location filename="../explain.py" line="54"/>
        <source>{date}: not counted: {reason}.</source>
        <translation>{date}: есептелмейді: {reason}.</translation>
    </message>
    <message>
        <location filename="../explain.py" line="56"/>
        <source>{date}: the last day of the term of {days} working days ({article}).</source>
        <translation>{date}: {days} жұмыс күндік мерзімнің соңғы күні ({article}).</translation>
    </message>
    <message>
        <location filename="../explain.py" line="65"/>
        <source>APPC art. {article} part {part} subparagraph {sub})</source>
        <translation>ӘРПК {article}-бабы {part}-бөлігінің {sub}) тармақшасы</translation>
    </message>
    <message>
        <location filename="../explain.py" line="68"/>
        <source>APPC art. {article} part {part}</source>
        <translation>ӘРПК {article}-бабының {part}-бөлігі</translation>
    </message>
    <message>
        <location filename="../explain.py" line="70"/>
        <source>APPC art. {article}</source>
        <translation>ӘРПК {article}-бабы</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../first_run_dialog.py" line="24"/>
        <source>Zholdanym: set up the office</source>
        <translation>Zholdanym: аппаратты баптау</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="28"/>
        <source>First administrator</source>
        <translation>Бірінші әкімші</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="31"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="31"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="32"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="33"/>
        <source>Position (printed on talons, art. 64 part 2)</source>
        <translation>Лауазымы (талондарда басылады, ӘРПК 64-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="34"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="34"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <location filename="../journal_model.py" line="27"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="28"/>
        <source>Received</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="29"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="30"/>
        <source>Applicant</source>
        <translation>Арыз иесі</translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="31"/>
        <source>Substance</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="32"/>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="33"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="34"/>
        <source>Due date</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="35"/>
        <source>Working days left</source>
        <translation>Қалған жұмыс күндері</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="9"/>
        <source>Application</source>
        <translation>Арыз</translation>
    </message>
    <message>
        <location filename="../labels.py" line="10"/>
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <location filename="../labels.py" line="11"/>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <location filename="../labels.py" line="12"/>
        <source>Proposal</source>
        <translation>Ұсыныс</translation>
    </message>
    <message>
        <location filename="../labels.py" line="13"/>
        <source>Response</source>
        <translation>Үн қосу</translation>
    </message>
    <message>
        <location filename="../labels.py" line="14"/>
        <source>Request</source>
        <translation>Сұрау салу</translation>
    </message>
    <message>
        <location filename="../labels.py" line="15"/>
        <source>Petition</source>
        <translation>Петиция</translation>
    </message>
    <message>
        <location filename="../labels.py" line="18"/>
        <source>Paper</source>
        <translation>Қағаз жеткізгіште</translation>
    </message>
    <message>
        <location filename="../labels.py" line="19"/>
        <source>Electronic</source>
        <translation>Электрондық нысанда</translation>
    </message>
    <message>
        <location filename="../labels.py" line="20"/>
        <source>Oral (protocol, art. 63 part 1)</source>
        <translation>Ауызша (хаттама, ӘРПК 63-бабының 1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="21"/>
        <source>Videoconference</source>
        <translation>Бейнеконференц-байланыс арқылы</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <location filename="../labels.py" line="77"/>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25"/>
        <source>Incomplete, awaiting correction</source>
        <translation>Толық емес, түзетуді күтуде</translation>
    </message>
    <message>
        <location filename="../labels.py" line="26"/>
        <source>Assigned</source>
        <translation>Орындаушы тағайындалды</translation>
    </message>
    <message>
        <location filename="../labels.py" line="27"/>
        <source>Under consideration</source>
        <translation>Қаралуда</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28"/>
        <source>Hearing</source>
        <translation>Тыңдау</translation>
    </message>
    <message>
        <location filename="../labels.py" line="29"/>
        <source>Decided</source>
        <translation>Шешім қабылданды</translation>
    </message>
    <message>
        <location filename="../labels.py" line="30"/>
        <source>Answered</source>
        <translation>Жауап берілді</translation>
    </message>
    <message>
        <location filename="../labels.py" line="31"/>
        <source>Taken into consideration</source>
        <translation>Назарға алынды</translation>
    </message>
    <message>
        <location filename="../labels.py" line="32"/>
        <source>Forwarded</source>
        <translation>Әрі қарай жолданды</translation>
    </message>
    <message>
        <location filename="../labels.py" line="33"/>
        <source>Returned</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <location filename="../labels.py" line="34"/>
        <source>Withdrawn</source>
        <translation>Кері қайтарып алынды</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35"/>
        <source>Terminated</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <location filename="../labels.py" line="38"/>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <location filename="../labels.py" line="39"/>
        <source>Registrar</source>
        <translation>Тіркеуші</translation>
    </message>
    <message>
        <location filename="../labels.py" line="40"/>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../labels.py" line="41"/>
        <source>Head</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <location filename="../labels.py" line="44"/>
        <source>Individual</source>
        <translation>Жеке тұлға</translation>
    </message>
    <message>
        <location filename="../labels.py" line="45"/>
        <source>Legal entity</source>
        <translation>Заңды тұлға</translation>
    </message>
    <message>
        <location filename="../labels.py" line="48"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location filename="../labels.py" line="49"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location filename="../labels.py" line="50"/>
        <source>Other</source>
        <translation>Басқа тіл</translation>
    </message>
    <message>
        <location filename="../labels.py" line="53"/>
        <source>applicant&apos;s surname and name, or the organisation&apos;s name (art. 63 part 2 1))</source>
        <translation>арыз иесінің тегі мен аты не ұйымның атауы (ӘРПК 63-бабы 2-бөлігінің 1) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="54"/>
        <source>postal address (art. 63 part 2 1))</source>
        <translation>пошталық мекенжай (ӘРПК 63-бабы 2-бөлігінің 1) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="55"/>
        <source>addressee body or official (art. 63 part 2 2))</source>
        <translation>жолданым бағытталған орган немесе лауазымды адам (ӘРПК 63-бабы 2-бөлігінің 2) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="56"/>
        <source>substance of the appeal (art. 63 part 2 3))</source>
        <translation>жолданымның мәні (ӘРПК 63-бабы 2-бөлігінің 3) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="57"/>
        <source>date of the appeal (art. 63 part 2 4))</source>
        <translation>жолданым күні (ӘРПК 63-бабы 2-бөлігінің 4) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="58"/>
        <source>signature or electronic signature (art. 63 part 2 5))</source>
        <translation>қолы немесе электрондық цифрлық қолтаңба (ӘРПК 63-бабы 2-бөлігінің 5) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="61"/>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../labels.py" line="62"/>
        <source>Due today</source>
        <translation>Мерзімі бүгін</translation>
    </message>
    <message>
        <location filename="../labels.py" line="63"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../labels.py" line="64"/>
        <source>Due within 3 working days</source>
        <translation>Мерзімі 3 жұмыс күні ішінде</translation>
    </message>
    <message>
        <location filename="../labels.py" line="67"/>
        <source>Extra day off</source>
        <translation>Қосымша демалыс күні</translation>
    </message>
    <message>
        <location filename="../labels.py" line="68"/>
        <source>Extra working day</source>
        <translation>Қосымша жұмыс күні</translation>
    </message>
    <message>
        <location filename="../labels.py" line="78"/>
        <source>Status changed</source>
        <translation>Мәртебесі өзгертілді</translation>
    </message>
    <message>
        <location filename="../labels.py" line="79"/>
        <source>Due date recomputed after a calendar change</source>
        <translation>Күнтізбе өзгергеннен кейін орындау мерзімі қайта есептелді</translation>
    </message>
    <message>
        <location filename="../labels.py" line="80"/>
        <source>Created</source>
        <translation>Құрылды</translation>
    </message>
    <message>
        <location filename="../labels.py" line="81"/>
        <source>Changed</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <location filename="../labels.py" line="82"/>
        <source>Revoked</source>
        <translation>Күші жойылды</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../login_dialog.py" line="53"/>
        <source>Zholdanym: log in</source>
        <translation>Zholdanym: жүйеге кіру</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="54"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="54"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="55"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="57"/>
        <source>Log in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="58"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="41"/>
        <source>Zholdanym: journal of appeals</source>
        <translation>Zholdanym: жолданымдар журналы</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="63"/>
        <source>Search: number, applicant&apos;s name, IIN/BIN</source>
        <translation>Іздеу: нөмір, арыз иесінің аты, ЖСН/БСН</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="93"/>
        <source>Actions</source>
        <translation>Әрекеттер</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="97"/>
        <source>Register an appeal</source>
        <translation>Жолданымды тіркеу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="98"/>
        <source>Open card</source>
        <translation>Карточканы ашу</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="99"/>
        <source>Talon</source>
        <translation>Талон</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="100"/>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="101"/>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="102"/>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="103"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129"/>
        <source>Appeals: {n}</source>
        <translation>Жолданымдар: {n}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages.py" line="10"/>
        <source>This field is required.</source>
        <translation>Бұл өрісті толтыру міндетті.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="11"/>
        <source>This IIN is not valid: it must have 12 digits, a real birth date and a correct check digit. Correct it or leave it empty (art. 63 part 2 1): &quot;if available&quot;).</source>
        <translation>Бұл ЖСН жарамсыз: ол 12 цифрдан тұруы, нақты туған күнді және дұрыс бақылау цифрын қамтуы тиіс. Оны түзетіңіз немесе бос қалдырыңыз (ӘРПК 63-бабы 2-бөлігінің 1) тармақшасы: «ол болған кезде»).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="12"/>
        <source>This BIN is not valid: it must have 12 digits and a correct check digit. Correct it or leave it empty.</source>
        <translation>Бұл БСН жарамсыз: ол 12 цифрдан тұруы және дұрыс бақылау цифрын қамтуы тиіс. Оны түзетіңіз немесе бос қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="13"/>
        <source>This e-mail address is not valid.</source>
        <translation>Бұл электрондық пошта мекенжайы жарамсыз.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="14"/>
        <source>This phone number is not valid.</source>
        <translation>Бұл телефон нөмірі жарамсыз.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="15"/>
        <source>The moment of receipt cannot be in the future.</source>
        <translation>Түсу уақыты болашақта бола алмайды.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="16"/>
        <source>The date written on the appeal is after the day it was received.</source>
        <translation>Жолданымда көрсетілген күн оның түскен күнінен кейін болып тұр.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="17"/>
        <source>A collective appeal has at least {min} signatories.</source>
        <translation>Ұжымдық жолданымға кемінде {min} адам қол қояды.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="18"/>
        <source>The number cannot be negative.</source>
        <translation>Сан теріс бола алмайды.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="19"/>
        <source>Pages are given but the number of attachments is zero.</source>
        <translation>Парақ саны көрсетілген, бірақ қосымшалар саны нөлге тең.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="20"/>
        <source>Wrong login or password.</source>
        <translation>Логин немесе құпиясөз қате.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="21"/>
        <source>Your role does not allow this action.</source>
        <translation>Сіздің рөліңіз бұл әрекетті орындауға рұқсат бермейді.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="22"/>
        <source>The password must have at least {min} characters.</source>
        <translation>Құпиясөз кемінде {min} таңбадан тұруы тиіс.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="23"/>
        <source>This login is already taken.</source>
        <translation>Бұл логин бос емес.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="24"/>
        <source>The number format cannot be read. Example: {year}-{seq:06d}</source>
        <translation>Нөмір форматын тану мүмкін емес. Мысалы: {year}-{seq:06d}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="25"/>
        <source>The number format must contain {year} and {seq}, and may contain {prefix}.</source>
        <translation>Нөмір форматында {year} және {seq} болуы тиіс, сондай-ақ {prefix} болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="26"/>
        <source>Numbers in this format look like e-Otinish numbers or IINs. Add a separator.</source>
        <translation>Бұл форматтағы нөмірлер e-Otinish нөмірлеріне немесе ЖСН-ге ұқсайды. Бөлгіш таңба қосыңыз.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="27"/>
        <source>The working day must end after it starts.</source>
        <translation>Жұмыс күні басталғаннан кейін аяқталуы тиіс.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="28"/>
        <source>Enter the time as HH:MM.</source>
        <translation>Уақытты СС:ММ түрінде енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="29"/>
        <source>The term must be from 1 to 366 days.</source>
        <translation>Мерзім 1 күннен 366 күнге дейін болуы тиіс.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="30"/>
        <source>This day already has an override. Revoke it first.</source>
        <translation>Бұл күнге ауыстыру бұрыннан енгізілген. Алдымен оның күшін жойыңыз.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="31"/>
        <source>This override is already revoked.</source>
        <translation>Бұл ауыстырудың күші бұрын жойылған.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="32"/>
        <source>The office is already set up.</source>
        <translation>Аппарат бұрын бапталған.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="33"/>
        <source>The office is not set up yet.</source>
        <translation>Аппарат әлі бапталмаған.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="34"/>
        <source>The appeal was not found.</source>
        <translation>Жолданым табылмады.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="35"/>
        <source>The database is busy in another program or workstation. Nothing was saved; what you typed is kept. Try again in a moment.</source>
        <translation>Дерекқорды басқа бағдарлама немесе жұмыс орны пайдаланып жатыр. Ештеңе сақталмады, бірақ енгізген деректеріңіз жоғалған жоқ. Сәлден кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="36"/>
        <source>The database cannot be reached. Nothing was saved; what you typed is kept. Check the disk or the network and try again.</source>
        <translation>Дерекқорға қол жеткізу мүмкін емес. Ештеңе сақталмады, бірақ енгізген деректеріңіз жоғалған жоқ. Дискіні немесе желіні тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="37"/>
        <source>Another workstation saved the same record at the same moment. Nothing was saved; what you typed is kept. Try again.</source>
        <translation>Басқа жұмыс орны дәл сол сәтте осы жазбаны сақтады. Ештеңе сақталмады; енгізгеніңіз сақталып тұр. Қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="38"/>
        <source>The database rejected a value (for example, a text that is too long). Nothing was saved; what you typed is kept.</source>
        <translation>Дерекқор мәнді қабылдамады (мысалы, мәтін тым ұзын). Ештеңе сақталмады; енгізгеніңіз сақталып тұр.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="39"/>
        <source>The database reported an error. Nothing was saved; what you typed is kept. If it happens again, tell the administrator.</source>
        <translation>Дерекқор қате туралы хабарлады. Ештеңе сақталмады; енгізгеніңіз сақталып тұр. Қайталанса, әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="40"/>
        <source>The automatic backup could not be made. Check the free space and the backup folder.</source>
        <translation>Автоматты сақтық көшірме жасалмады. Бос орынды және сақтық көшірмелер қалтасын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="41"/>
        <source>The prefix is not used: add {prefix} to the number format, or leave the prefix empty.</source>
        <translation>Префикс пайдаланылмайды: нөмір форматына {prefix} қосыңыз немесе префиксті бос қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="42"/>
        <source>Unknown print medium.</source>
        <translation>Басып шығарудың белгісіз тәсілі.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="43"/>
        <source>The text is too long: at most {max} characters.</source>
        <translation>Мәтін тым ұзын: ең көбі {max} таңба.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="44"/>
        <source>Some fields need correcting; see the messages next to them.</source>
        <translation>Кейбір өрістерді түзету қажет; олардың жанындағы ескертулерді қараңыз.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="45"/>
        <source>Unknown talon layout.</source>
        <translation>Талон макеті белгісіз.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="55"/>
        <source>Unexpected error: {code}</source>
        <translation>Күтпеген қате: {code}</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <location filename="../office_form.py" line="19"/>
        <source>Office name (Kazakh)</source>
        <translation>Аппарат атауы (қазақ тілінде)</translation>
    </message>
    <message>
        <location filename="../office_form.py" line="20"/>
        <source>Office name (Russian)</source>
        <translation>Аппарат атауы (орыс тілінде)</translation>
    </message>
    <message>
        <location filename="../office_form.py" line="21"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../office_form.py" line="22"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../office_form.py" line="23"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../office_form.py" line="24"/>
        <source>Head of office</source>
        <translation>Аппарат басшысы</translation>
    </message>
    <message>
        <location filename="../office_form.py" line="25"/>
        <source>Head&apos;s position</source>
        <translation>Басшының лауазымы</translation>
    </message>
    <message>
        <location filename="../office_form.py" line="26"/>
        <source>Working day starts (HH:MM)</source>
        <translation>Жұмыс күнінің басталуы (СС:ММ)</translation>
    </message>
    <message>
        <location filename="../office_form.py" line="27"/>
        <source>Working day ends (HH:MM); later appeals are registered the next working day (art. 64 part 3)</source>
        <translation>Жұмыс күнінің аяқталуы (СС:ММ); одан кейін түскен жолданымдар келесі жұмыс күні тіркеледі (ӘРПК 64-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../office_form.py" line="28"/>
        <source>Registration number format ({year}, {seq:06d}, {prefix})</source>
        <translation>Тіркеу нөмірінің форматы ({year}, {seq:06d}, {prefix})</translation>
    </message>
    <message>
        <location filename="../office_form.py" line="29"/>
        <source>Number prefix (optional)</source>
        <translation>Нөмір префиксі (міндетті емес)</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../registration_dialog.py" line="59"/>
        <source>Register an appeal</source>
        <translation>Жолданымды тіркеу</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="85"/>
        <source>Signed by the applicant or representative (art. 63 part 2 5))</source>
        <translation>Арыз иесі немесе оның өкілі қол қойған (ӘРПК 63-бабы 2-бөлігінің 5) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="103"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="104"/>
        <source>Form</source>
        <translation>Нысаны</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="105"/>
        <source>Received (date and time)</source>
        <translation>Түскен күні мен уақыты</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="106"/>
        <source>Language of the appeal</source>
        <translation>Жолданым тілі</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="107"/>
        <source>e-Otinish number (optional)</source>
        <translation>e-Otinish нөмірі (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="108"/>
        <source>An oral appeal is entered in a separate protocol by the person who accepts it; the protocol states the same details and is signed by the applicant (art. 63 parts 1 and 2).</source>
        <translation>Ауызша жолданымды оны қабылдаған адам жекелеген хаттамаға енгізеді; хаттамада сол деректемелер көрсетіледі және оған арыз иесі қол қояды (ӘРПК 63-бабының 1 және 2-бөліктері).</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="115"/>
        <source>Applicant</source>
        <translation>Арыз иесі</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="117"/>
        <source>Appeal</source>
        <translation>Жолданым</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="120"/>
        <source>Addressed to (body or official)</source>
        <translation>Адресат (орган немесе лауазымды адам)</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="121"/>
        <source>Substance</source>
        <translation>Жолданымның мәні</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="122"/>
        <source>Date written on the appeal</source>
        <translation>Жолданымда көрсетілген күн</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="124"/>
        <source>Attachments</source>
        <translation>Қосымшалар саны</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="125"/>
        <source>Pages of attachments</source>
        <translation>Қосымшалардың парақ саны</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="143"/>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="144"/>
        <source>Required details (art. 63 part 2)</source>
        <translation>Міндетті деректемелер (ӘРПК 63-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="145"/>
        <source>Earlier appeals of this applicant (art. 64 part 7)</source>
        <translation>Осы арыз иесінің бұрынғы жолданымдары (ӘРПК 64-бабының 7-бөлігі)</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="155"/>
        <source>Register and print talon</source>
        <translation>Тіркеу және талонды басып шығару</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="157"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="199"/>
        <source>Not stated:</source>
        <translation>Көрсетілмеген:</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="200"/>
        <source>The appeal is still accepted and registered (refusing to accept an appeal is prohibited, art. 64 part 1); the applicant is told what to correct and by when (art. 64 part 6).</source>
        <translation>Жолданым бәрібір қабылданады және тіркеледі (жолданымды қабылдаудан бас тартуға тыйым салынады, ӘРПК 64-бабының 1-бөлігі); арыз иесіне нені және қандай мерзімде түзету керектігі хабарланады (ӘРПК 64-бабының 6-бөлігі).</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="203"/>
        <source>All required details are stated.</source>
        <translation>Барлық міндетті деректемелер көрсетілген.</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="216"/>
        <source>Registration date: {reg}. Due date: {due} ({days} working days, {article}).</source>
        <translation>Тіркелген күні: {reg}. Орындау мерзімі: {due} ({days} жұмыс күні, {article}).</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="235"/>
        <source>No earlier appeals.</source>
        <translation>Бұрынғы жолданымдар жоқ.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="32"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="42"/>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="43"/>
        <source>The new language applies when the program is restarted.</source>
        <translation>Жаңа тіл бағдарлама қайта іске қосылғанда қолданылады.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="45"/>
        <source>Office</source>
        <translation>Аппарат</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="46"/>
        <source>Terms</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="47"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="62"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="62"/>
        <source>Working days</source>
        <translation>Жұмыс күндері</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="63"/>
        <source>Article</source>
        <translation>Бап</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="63"/>
        <source>Special law</source>
        <translation>Арнаулы заң</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../app_main.py" line="30"/>
        <source>The database cannot be opened:
{url}

{error}</source>
        <translation>Дерекқорды ашу мүмкін емес:
{url}

{error}</translation>
    </message>
    <message>
        <location filename="../app_main.py" line="43"/>
        <source>The database integrity check found problems. Work carefully and restore the latest backup if data looks wrong.

{details}</source>
        <translation>Дерекқордың тұтастығын тексеру кезінде ақаулар анықталды. Абай болып жұмыс істеңіз, ал деректер қате көрінсе, соңғы сақтық көшірмені қалпына келтіріңіз.

{details}</translation>
    </message>
    <message>
        <location filename="../app_main.py" line="113"/>
        <source>Demo users: admin, registrar, executor, head; password {pw}</source>
        <translation>Демо пайдаланушылар: admin, registrar, executor, head; құпиясөз {pw}</translation>
    </message>
    <message>
        <location filename="../crash.py" line="32"/>
        <source>An unexpected error occurred. Nothing you saved is lost. The details are in {path}; please send that file to the administrator.</source>
        <translation>Күтпеген қате орын алды. Сақталған деректер жоғалған жоқ. Толық мәліметтер {path} файлында; бұл файлды әкімшіге жіберіңіз.</translation>
    </message>
</context>
<context>
    <name>TalonDialog</name>
    <message>
        <location filename="../talon_dialog.py" line="27"/>
        <source>Talon</source>
        <translation>Талон</translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="32"/>
        <source>A5 sheet</source>
        <translation>A5 парағы</translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="33"/>
        <source>80 mm receipt</source>
        <translation>80 мм чек таспасы</translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="37"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="38"/>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="40"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="43"/>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="70"/>
        <source>This will be a duplicate (copy {n}).</source>
        <translation>Бұл телнұсқа болады ({n}-данасы).</translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="89"/>
        <source>The talon was not printed.</source>
        <translation>Талон басып шығарылмады.</translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="96"/>
        <source>The PDF could not be written to {path}.</source>
        <translation>PDF файлын {path} жолына жазу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="104"/>
        <source>Save talon as PDF</source>
        <translation>Талонды PDF ретінде сақтау</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../users_dialog.py" line="27"/>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="30"/>
        <location filename="../users_dialog.py" line="39"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="30"/>
        <location filename="../users_dialog.py" line="37"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="31"/>
        <location filename="../users_dialog.py" line="38"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="31"/>
        <location filename="../users_dialog.py" line="47"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="34"/>
        <source>New user</source>
        <translation>Жаңа пайдаланушы</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="37"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="38"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="39"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="48"/>
        <source>Add user</source>
        <translation>Пайдаланушыны қосу</translation>
    </message>
</context>
</TS>
