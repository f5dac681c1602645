<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AppealCardDialog</name>
    <message>
        <location filename="../appeal_card.py" line="115"/>
        <source>Appeal {number}</source>
        <translation>Обращение № {number}</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="117"/>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="118"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="119"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="120"/>
        <source>Talon…</source>
        <translation>Талон…</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="121"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="140"/>
        <source>Registered by</source>
        <translation>Зарегистрировал(а)</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="142"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="144"/>
        <source>Incomplete (art. 64 part 6). Not stated: {items}</source>
        <translation>Неполное (ст. 64 ч. 6 АППК). Не указано: {items}</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="153"/>
        <source>Registered on {reg}; the term of {days} working days ({article}) ends on {due}.</source>
        <translation>Зарегистрировано {reg}; срок (рабочих дней: {days}; {article}) истекает {due}.</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="171"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="171"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="171"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="172"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <location filename="../applicant_form.py" line="34"/>
        <source>Individual</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="36"/>
        <source>Legal entity</source>
        <translation>Юридическое лицо</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="50"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="50"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="51"/>
        <source>Patronymic (if in the identity document)</source>
        <translation>Отчество (при наличии в документе, удостоверяющем личность)</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="52"/>
        <source>IIN (if available)</source>
        <translation>ИИН (при наличии)</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="57"/>
        <source>Name and legal form</source>
        <translation>Наименование и организационно-правовая форма</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="58"/>
        <source>BIN (if available)</source>
        <translation>БИН (при наличии)</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="59"/>
        <source>Outgoing number</source>
        <translation>Исходящий номер</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="63"/>
        <source>Outgoing date</source>
        <translation>Дата исходящего</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="67"/>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="68"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="68"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="71"/>
        <source>Collective appeal</source>
        <translation>Коллективное обращение</translation>
    </message>
    <message>
        <location filename="../applicant_form.py" line="79"/>
        <source>Number of signatories</source>
        <translation>Количество подписавших</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../calendar_dialog.py" line="39"/>
        <source>Working-day calendar</source>
        <translation>Календарь рабочих дней</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="45"/>
        <location filename="../calendar_dialog.py" line="49"/>
        <location filename="../calendar_dialog.py" line="63"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="45"/>
        <source>Working?</source>
        <translation>Рабочий?</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="45"/>
        <source>Why</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="49"/>
        <location filename="../calendar_dialog.py" line="64"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="49"/>
        <location filename="../calendar_dialog.py" line="65"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="50"/>
        <source>Decree</source>
        <translation>Постановление</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="50"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="52"/>
        <source>Revoke selected</source>
        <translation>Отменить выбранный</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="61"/>
        <source>Add an override</source>
        <translation>Добавить перенос</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="66"/>
        <source>Decree (number and date)</source>
        <translation>Постановление (номер и дата)</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="67"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="72"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="78"/>
        <source>Office overrides (a decree moving days off)</source>
        <translation>Переносы, внесённые аппаратом (постановление о переносе выходных дней)</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="93"/>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="93"/>
        <source>revoked</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="108"/>
        <source>(moved day off)</source>
        <translation>(перенесённый выходной день)</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="110"/>
        <source>(estimated date: check the decree)</source>
        <translation>(предполагаемая дата: сверьте с постановлением)</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="112"/>
        <source>working day by the holidays library</source>
        <translation>рабочий день по библиотеке holidays</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="115"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="115"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../calendar_dialog.py" line="144"/>
        <source>Saved. Due dates recomputed for {n} open appeals (art. 76).</source>
        <translation>Сохранено. Открытых обращений с пересчитанным сроком исполнения: {n} (ст. 76 АППК).</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../appeal_card.py" line="27"/>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="28"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="28"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="29"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="30"/>
        <source>Received</source>
        <translation>Дата и время поступления</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="31"/>
        <source>Registration date (art. 64 part 3)</source>
        <translation>Дата регистрации (ст. 64 ч. 3 АППК)</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="32"/>
        <source>Term, working days</source>
        <translation>Срок, рабочих дней</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="33"/>
        <source>Term set by</source>
        <translation>Основание срока</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="34"/>
        <source>Statutory due date</source>
        <translation>Срок исполнения по закону</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="35"/>
        <source>Due date</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="36"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="37"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="37"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="38"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="38"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="39"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="39"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="40"/>
        <source>Outgoing number</source>
        <translation>Исходящий номер</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="41"/>
        <source>Outgoing date</source>
        <translation>Дата исходящего</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="42"/>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="43"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="43"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="44"/>
        <source>Collective appeal</source>
        <translation>Коллективное обращение</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="45"/>
        <source>Signatories</source>
        <translation>Количество подписавших</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="46"/>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="47"/>
        <source>Substance</source>
        <translation>Суть обращения</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="48"/>
        <source>Date of the appeal</source>
        <translation>Дата обращения</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="49"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="50"/>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="51"/>
        <source>Attachments</source>
        <translation>Количество приложений</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="52"/>
        <source>Pages of attachments</source>
        <translation>Количество листов приложений</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="53"/>
        <source>e-Otinish number</source>
        <translation>Номер e-Otinish</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="69"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="69"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="79"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="80"/>
        <source>Not stated</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="81"/>
        <source>Calendar override no.</source>
        <translation>Перенос в календаре №</translation>
    </message>
    <message>
        <location filename="../appeal_card.py" line="82"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../explain.py" line="21"/>
        <source>weekend</source>
        <translation>выходной день</translation>
    </message>
    <message>
        <location filename="../explain.py" line="25"/>
        <source>day off moved from the holiday &quot;{name}&quot;</source>
        <translation>выходной день, перенесённый в связи с праздником «{name}»</translation>
    </message>
    <message>
        <location filename="../explain.py" line="27"/>
        <source>holiday &quot;{name}&quot; (date estimated; check the decree)</source>
        <translation>праздник «{name}» (дата предварительная; сверьте с постановлением)</translation>
    </message>
    <message>
        <location filename="../explain.py" line="28"/>
        <source>public holiday &quot;{name}&quot;</source>
        <translation>праздничный день «{name}»</translation>
    </message>
    <message>
        <location filename="../explain.py" line="30"/>
        <source>extra day off set by the office: {reason} {decree}</source>
        <translation>дополнительный выходной день, установленный аппаратом: {reason} {decree}</translation>
    </message>
    <message>
        <location filename="../explain.py" line="32"/>
        <source>non-working day</source>
        <translation>нерабочий день</translation>
    </message>
    <message>
        <location filename="../explain.py" line="40"/>
        <source>{date} {time}: received.</source>
        <translation>{date} {time}: поступило.</translation>
    </message>
    <message>
        <location filename="../explain.py" line="42"/>
        <source>{date}: registered the day it was received (art. 64 part 3).</source>
        <translation>{date}: зарегистрировано в день поступления (ст. 64 ч. 3 АППК).</translation>
    </message>
    <message>
        <location filename="../explain.py" line="45"/>
        <source>{date}: registered on the next working day, because it was received after the end of the working day at {end} (art. 64 part 3).</source>
        <translation>{date}: зарегистрировано на следующий рабочий день, так как поступило после окончания рабочего дня в {end} (ст. 64 ч. 3 АППК).</translation>
    </message>
    <message>
        <location filename="../explain.py" line="46"/>
        <source>{date}: registered on the next working day, because it was received on a non-working day (art. 64 part 3).</source>
        <translation>{date}: зарегистрировано на следующий рабочий день, так как поступило в нерабочий день (ст. 64 ч. 3 АППК).</translation>
    </message>
    <message>
        <location filename="../explain.py" line="48"/>
        <source>{date}: registered (art. 64 part 3).</source>
        <translation>{date}: зарегистрировано (ст. 64 ч. 3 АППК).</translation>
    </message>
    <message>
        <location filename="../explain.py" line="50"/>
        <source>The term is counted from the day after registration, {date} (art. 76 part 2).</source>
        <translation>Срок исчисляется со дня, следующего за днём регистрации, — с {date} (ст. 76 ч. 2 АППК).</translation>
    </message>
    <message>
        <location filename="../explain.py" line="52"/>
        <source>{date}: working day {n}.</source>
        <translation>{date}: {n}-й рабочий день.</translation>
    </message>
    <message>
        <location filename="../explain.py" line="54"/>
        <source>{date}: not counted: {reason}.</source>
        <translation>{date}: не засчитывается: {reason}.</translation>
    </message>
    <message>
        <location filename="../explain.py" line="56"/>
        <source>{date}: the last day of the term of {days} working days ({article}).</source>
        <translation>{date}: последний день срока (рабочих дней: {days}; {article}).</translation>
    </message>
    <message>
        <location filename="../explain.py" line="65"/>
        <source>APPC art. {article} part {part} subparagraph {sub})</source>
        <translation>АППК, ст. {article} ч. {part} подп. {sub})</translation>
    </message>
    <message>
        <location filename="../explain.py" line="68"/>
        <source>APPC art. {article} part {part}</source>
        <translation>АППК, ст. {article} ч. {part}</translation>
    </message>
    <message>
        <location filename="../explain.py" line="70"/>
        <source>APPC art. {article}</source>
        <translation>АППК, ст. {article}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../first_run_dialog.py" line="24"/>
        <source>Zholdanym: set up the office</source>
        <translation>Zholdanym: настройка аппарата</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="28"/>
        <source>First administrator</source>
        <translation>Первый администратор</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="31"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="31"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="32"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="33"/>
        <source>Position (printed on talons, art. 64 part 2)</source>
        <translation>Должность (печатается на талонах, ст. 64 ч. 2 АППК)</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="34"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../first_run_dialog.py" line="34"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <location filename="../journal_model.py" line="27"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="28"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="29"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="30"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="31"/>
        <source>Substance</source>
        <translation>Суть</translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="32"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="33"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="34"/>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../journal_model.py" line="35"/>
        <source>Working days left</source>
        <translation>Осталось рабочих дней</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="9"/>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location filename="../labels.py" line="10"/>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../labels.py" line="11"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../labels.py" line="12"/>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../labels.py" line="13"/>
        <source>Response</source>
        <translation>Отклик</translation>
    </message>
    <message>
        <location filename="../labels.py" line="14"/>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <location filename="../labels.py" line="15"/>
        <source>Petition</source>
        <translation>Петиция</translation>
    </message>
    <message>
        <location filename="../labels.py" line="18"/>
        <source>Paper</source>
        <translation>На бумажном носителе</translation>
    </message>
    <message>
        <location filename="../labels.py" line="19"/>
        <source>Electronic</source>
        <translation>В электронной форме</translation>
    </message>
    <message>
        <location filename="../labels.py" line="20"/>
        <source>Oral (protocol, art. 63 part 1)</source>
        <translation>Устно (протокол, ст. 63 ч. 1 АППК)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="21"/>
        <source>Videoconference</source>
        <translation>По видеоконференцсвязи</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <location filename="../labels.py" line="77"/>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25"/>
        <source>Incomplete, awaiting correction</source>
        <translation>Неполное, ожидает исправления</translation>
    </message>
    <message>
        <location filename="../labels.py" line="26"/>
        <source>Assigned</source>
        <translation>Назначен исполнитель</translation>
    </message>
    <message>
        <location filename="../labels.py" line="27"/>
        <source>Under consideration</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28"/>
        <source>Hearing</source>
        <translation>Заслушивание</translation>
    </message>
    <message>
        <location filename="../labels.py" line="29"/>
        <source>Decided</source>
        <translation>Решение принято</translation>
    </message>
    <message>
        <location filename="../labels.py" line="30"/>
        <source>Answered</source>
        <translation>Дан ответ</translation>
    </message>
    <message>
        <location filename="../labels.py" line="31"/>
        <source>Taken into consideration</source>
        <translation>Принято к сведению</translation>
    </message>
    <message>
        <location filename="../labels.py" line="32"/>
        <source>Forwarded</source>
        <translation>Перенаправлено</translation>
    </message>
    <message>
        <location filename="../labels.py" line="33"/>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location filename="../labels.py" line="34"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35"/>
        <source>Terminated</source>
        <translation>Прекращено</translation>
    </message>
    <message>
        <location filename="../labels.py" line="38"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../labels.py" line="39"/>
        <source>Registrar</source>
        <translation>Регистратор</translation>
    </message>
    <message>
        <location filename="../labels.py" line="40"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../labels.py" line="41"/>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../labels.py" line="44"/>
        <source>Individual</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <location filename="../labels.py" line="45"/>
        <source>Legal entity</source>
        <translation>Юридическое лицо</translation>
    </message>
    <message>
        <location filename="../labels.py" line="48"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location filename="../labels.py" line="49"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../labels.py" line="50"/>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <location filename="../labels.py" line="53"/>
        <source>applicant&apos;s surname and name, or the organisation&apos;s name (art. 63 part 2 1))</source>
        <translation>фамилия и имя заявителя либо наименование организации (подп. 1) ч. 2 ст. 63 АППК)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="54"/>
        <source>postal address (art. 63 part 2 1))</source>
        <translation>почтовый адрес (подп. 1) ч. 2 ст. 63 АППК)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="55"/>
        <source>addressee body or official (art. 63 part 2 2))</source>
        <translation>орган или должностное лицо, которым адресовано обращение (подп. 2) ч. 2 ст. 63 АППК)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="56"/>
        <source>substance of the appeal (art. 63 part 2 3))</source>
        <translation>суть обращения (подп. 3) ч. 2 ст. 63 АППК)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="57"/>
        <source>date of the appeal (art. 63 part 2 4))</source>
        <translation>дата обращения (подп. 4) ч. 2 ст. 63 АППК)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="58"/>
        <source>signature or electronic signature (art. 63 part 2 5))</source>
        <translation>подпись или электронная цифровая подпись (подп. 5) ч. 2 ст. 63 АППК)</translation>
    </message>
    <message>
        <location filename="../labels.py" line="61"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../labels.py" line="62"/>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <location filename="../labels.py" line="63"/>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location filename="../labels.py" line="64"/>
        <source>Due within 3 working days</source>
        <translation>Срок в течение 3 рабочих дней</translation>
    </message>
    <message>
        <location filename="../labels.py" line="67"/>
        <source>Extra day off</source>
        <translation>Дополнительный выходной день</translation>
    </message>
    <message>
        <location filename="../labels.py" line="68"/>
        <source>Extra working day</source>
        <translation>Дополнительный рабочий день</translation>
    </message>
    <message>
        <location filename="../labels.py" line="78"/>
        <source>Status changed</source>
        <translation>Статус изменён</translation>
    </message>
    <message>
        <location filename="../labels.py" line="79"/>
        <source>Due date recomputed after a calendar change</source>
        <translation>Срок исполнения пересчитан после изменения календаря</translation>
    </message>
    <message>
        <location filename="../labels.py" line="80"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../labels.py" line="81"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../labels.py" line="82"/>
        <source>Revoked</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../login_dialog.py" line="53"/>
        <source>Zholdanym: log in</source>
        <translation>Zholdanym: вход в систему</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="54"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="54"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="55"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="57"/>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="58"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="41"/>
        <source>Zholdanym: journal of appeals</source>
        <translation>Zholdanym: журнал обращений</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="63"/>
        <source>Search: number, applicant&apos;s name, IIN/BIN</source>
        <translation>Поиск: номер, имя заявителя, ИИН/БИН</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="93"/>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="97"/>
        <source>Register an appeal</source>
        <translation>Зарегистрировать обращение</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="98"/>
        <source>Open card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="99"/>
        <source>Talon</source>
        <translation>Талон</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="100"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="101"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="102"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="103"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129"/>
        <source>Appeals: {n}</source>
        <translation>Обращений: {n}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages.py" line="10"/>
        <source>This field is required.</source>
        <translation>Это поле обязательно для заполнения.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="11"/>
        <source>This IIN is not valid: it must have 12 digits, a real birth date and a correct check digit. Correct it or leave it empty (art. 63 part 2 1): &quot;if available&quot;).</source>
        <translation>Этот ИИН недействителен: он должен состоять из 12 цифр, содержать реальную дату рождения и верную контрольную цифру. Исправьте его или оставьте поле пустым (подп. 1) ч. 2 ст. 63 АППК: «при его наличии»).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="12"/>
        <source>This BIN is not valid: it must have 12 digits and a correct check digit. Correct it or leave it empty.</source>
        <translation>Этот БИН недействителен: он должен состоять из 12 цифр и содержать верную контрольную цифру. Исправьте его или оставьте поле пустым.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="13"/>
        <source>This e-mail address is not valid.</source>
        <translation>Неверный адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="14"/>
        <source>This phone number is not valid.</source>
        <translation>Неверный номер телефона.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="15"/>
        <source>The moment of receipt cannot be in the future.</source>
        <translation>Момент поступления не может быть в будущем.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="16"/>
        <source>The date written on the appeal is after the day it was received.</source>
        <translation>Дата, указанная в обращении, позже дня его поступления.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="17"/>
        <source>A collective appeal has at least {min} signatories.</source>
        <translation>Коллективное обращение подписывают не менее {min} человек.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="18"/>
        <source>The number cannot be negative.</source>
        <translation>Число не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="19"/>
        <source>Pages are given but the number of attachments is zero.</source>
        <translation>Указано количество листов, но количество приложений равно нулю.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="20"/>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="21"/>
        <source>Your role does not allow this action.</source>
        <translation>Ваша роль не позволяет выполнить это действие.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="22"/>
        <source>The password must have at least {min} characters.</source>
        <translation>Пароль должен содержать не менее {min} символов.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="23"/>
        <source>This login is already taken.</source>
        <translation>Этот логин уже занят.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="24"/>
        <source>The number format cannot be read. Example: {year}-{seq:06d}</source>
        <translation>Не удаётся разобрать формат номера. Пример: {year}-{seq:06d}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="25"/>
        <source>The number format must contain {year} and {seq}, and may contain {prefix}.</source>
        <translation>Формат номера должен содержать {year} и {seq} и может содержать {prefix}.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="26"/>
        <source>Numbers in this format look like e-Otinish numbers or IINs. Add a separator.</source>
        <translation>Номера в этом формате похожи на номера e-Otinish или ИИН. Добавьте разделитель.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="27"/>
        <source>The working day must end after it starts.</source>
        <translation>Рабочий день должен заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="28"/>
        <source>Enter the time as HH:MM.</source>
        <translation>Введите время в формате ЧЧ:ММ.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="29"/>
        <source>The term must be from 1 to 366 days.</source>
        <translation>Срок должен составлять от 1 до 366 дней.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="30"/>
        <source>This day already has an override. Revoke it first.</source>
        <translation>Для этого дня уже внесён перенос. Сначала отмените его.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="31"/>
        <source>This override is already revoked.</source>
        <translation>Этот перенос уже отменён.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="32"/>
        <source>The office is already set up.</source>
        <translation>Аппарат уже настроен.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="33"/>
        <source>The office is not set up yet.</source>
        <translation>Аппарат ещё не настроен.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="34"/>
        <source>The appeal was not found.</source>
        <translation>Обращение не найдено.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="35"/>
        <source>The database is busy in another program or workstation. Nothing was saved; what you typed is kept. Try again in a moment.</source>
        <translation>База данных занята другой программой или рабочим местом. Ничего не сохранено; введённые данные не потеряны. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="36"/>
        <source>The database cannot be reached. Nothing was saved; what you typed is kept. Check the disk or the network and try again.</source>
        <translation>Нет доступа к базе данных. Ничего не сохранено; введённые данные не потеряны. Проверьте диск или сеть и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="37"/>
        <source>Another workstation saved the same record at the same moment. Nothing was saved; what you typed is kept. Try again.</source>
        <translation>Другое рабочее место в тот же момент сохранило эту запись. Ничего не сохранено; введённые данные остались. Повторите попытку.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="38"/>
        <source>The database rejected a value (for example, a text that is too long). Nothing was saved; what you typed is kept.</source>
        <translation>База данных не приняла значение (например, слишком длинный текст). Ничего не сохранено; введённые данные остались.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="39"/>
        <source>The database reported an error. Nothing was saved; what you typed is kept. If it happens again, tell the administrator.</source>
        <translation>База данных сообщила об ошибке. Ничего не сохранено; введённые данные остались. Если ошибка повторится, сообщите администратору.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="40"/>
        <source>The automatic backup could not be made. Check the free space and the backup folder.</source>
        <translation>Не удалось сделать автоматическую резервную копию. Проверьте свободное место и папку резервных копий.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="41"/>
        <source>The prefix is not used: add {prefix} to the number format, or leave the prefix empty.</source>
        <translation>Префикс не используется: добавьте {prefix} в формат номера или оставьте префикс пустым.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="42"/>
        <source>Unknown print medium.</source>
        <translation>Неизвестный способ печати.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="43"/>
        <source>The text is too long: at most {max} characters.</source>
        <translation>Слишком длинный текст: не более {max} символов.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="44"/>
        <source>Some fields need correcting; see the messages next to them.</source>
        <translation>Некоторые поля нужно исправить; см. пояснения рядом с ними.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="45"/>
        <source>Unknown talon layout.</source>
        <translation>Неизвестный макет талона.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="55"/>
        <source>Unexpected error: {code}</source>
        <translation>Непредвиденная ошибка: {code}</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <location filename="../office_form.py" line="19"/>
        <source>Office name (Kazakh)</source>
        <translation>Наименование аппарата (на казахском языке)</translation>
    </message>
    <message>
        <location filename="../office_form.py" line="20"/>
        <source>Office name (Russian)</source>
        <translation>Наименование аппарата (на русском языке)</translation>
    </message>
    <message>
        <location filename="../office_form.py" line="21"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../office_form.py" line="22"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../office_form.py" line="23"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../office_form.py" line="24"/>
        <source>Head of office</source>
        <translation>Руководитель аппарата</translation>
    </message>
    <message>
        <location filename="../office_form.py" line="25"/>
        <source>Head&apos;s position</source>
        <translation>Должность руководителя</translation>
    </message>
    <message>
        <location filename="../office_form.py" line="26"/>
        <source>Working day starts (HH:MM)</source>
        <translation>Начало рабочего дня (ЧЧ:ММ)</translation>
    </message>
    <message>
        <location filename="../office_form.py" line="27"/>
        <source>Working day ends (HH:MM); later appeals are registered the next working day (art. 64 part 3)</source>
        <translation>Окончание рабочего дня (ЧЧ:ММ); обращения, поступившие позже, регистрируются на следующий рабочий день (ст. 64 ч. 3 АППК)</translation>
    </message>
    <message>
        <location filename="../office_form.py" line="28"/>
        <source>Registration number format ({year}, {seq:06d}, {prefix})</source>
        <translation>Формат регистрационного номера ({year}, {seq:06d}, {prefix})</translation>
    </message>
    <message>
        <location filename="../office_form.py" line="29"/>
        <source>Number prefix (optional)</source>
        <translation>Префикс номера (необязательно)</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../registration_dialog.py" line="59"/>
        <source>Register an appeal</source>
        <translation>Зарегистрировать обращение</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="85"/>
        <source>Signed by the applicant or representative (art. 63 part 2 5))</source>
        <translation>Подписано заявителем или представителем (подп. 5) ч. 2 ст. 63 АППК)</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="103"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="104"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="105"/>
        <source>Received (date and time)</source>
        <translation>Поступило (дата и время)</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="106"/>
        <source>Language of the appeal</source>
        <translation>Язык обращения</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="107"/>
        <source>e-Otinish number (optional)</source>
        <translation>Номер e-Otinish (необязательно)</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="108"/>
        <source>An oral appeal is entered in a separate protocol by the person who accepts it; the protocol states the same details and is signed by the applicant (art. 63 parts 1 and 2).</source>
        <translation>Устное обращение заносится принявшим его лицом в отдельный протокол; в протоколе указываются те же реквизиты, его подписывает заявитель (ч. 1 и 2 ст. 63 АППК).</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="115"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="117"/>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="120"/>
        <source>Addressed to (body or official)</source>
        <translation>Адресат (орган или должностное лицо)</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="121"/>
        <source>Substance</source>
        <translation>Суть обращения</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="122"/>
        <source>Date written on the appeal</source>
        <translation>Дата, указанная в обращении</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="124"/>
        <source>Attachments</source>
        <translation>Количество приложений</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="125"/>
        <source>Pages of attachments</source>
        <translation>Количество листов приложений</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="143"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="144"/>
        <source>Required details (art. 63 part 2)</source>
        <translation>Обязательные реквизиты (ст. 63 ч. 2 АППК)</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="145"/>
        <source>Earlier appeals of this applicant (art. 64 part 7)</source>
        <translation>Ранее поданные обращения заявителя (ст. 64 ч. 7 АППК)</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="155"/>
        <source>Register and print talon</source>
        <translation>Зарегистрировать и напечатать талон</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="157"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="199"/>
        <source>Not stated:</source>
        <translation>Не указано:</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="200"/>
        <source>The appeal is still accepted and registered (refusing to accept an appeal is prohibited, art. 64 part 1); the applicant is told what to correct and by when (art. 64 part 6).</source>
        <translation>Обращение всё равно принимается и регистрируется (отказ в приёме обращения запрещён, ст. 64 ч. 1 АППК); заявителю сообщается, что и в какой срок исправить (ст. 64 ч. 6 АППК).</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="203"/>
        <source>All required details are stated.</source>
        <translation>Все обязательные реквизиты указаны.</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="216"/>
        <source>Registration date: {reg}. Due date: {due} ({days} working days, {article}).</source>
        <translation>Дата регистрации: {reg}. Срок исполнения: {due} (рабочих дней: {days}; {article}).</translation>
    </message>
    <message>
        <location filename="../registration_dialog.py" line="235"/>
        <source>No earlier appeals.</source>
        <translation>Ранее поданных обращений нет.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="32"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="42"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="43"/>
        <source>The new language applies when the program is restarted.</source>
        <translation>Новый язык будет применён после перезапуска программы.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="45"/>
        <source>Office</source>
        <translation>Аппарат</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="46"/>
        <source>Terms</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="47"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="62"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="62"/>
        <source>Working days</source>
        <translation>Рабочих дней</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="63"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="63"/>
        <source>Special law</source>
        <translation>Специальный закон</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../app_main.py" line="30"/>
        <source>The database cannot be opened:
{url}

{error}</source>
        <translation>Не удаётся открыть базу данных:
{url}

{error}</translation>
    </message>
    <message>
        <location filename="../app_main.py" line="43"/>
        <source>The database integrity check found problems. Work carefully and restore the latest backup if data looks wrong.

{details}</source>
        <translation>Проверка целостности базы данных выявила проблемы. Работайте осторожно и, если данные выглядят неверными, восстановите последнюю резервную копию.

{details}</translation>
    </message>
    <message>
        <location filename="../app_main.py" line="113"/>
        <source>Demo users: admin, registrar, executor, head; password {pw}</source>
        <translation>Демо-пользователи: admin, registrar, executor, head; пароль {pw}</translation>
    </message>
    <message>
        <location filename="../crash.py" line="32"/>
        <source>An unexpected error occurred. Nothing you saved is lost. The details are in {path}; please send that file to the administrator.</source>
        <translation>Произошла непредвиденная ошибка. Сохранённые данные не потеряны. Подробности в файле {path}; отправьте его администратору.</translation>
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
        <translation>Лист A5</translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="33"/>
        <source>80 mm receipt</source>
        <translation>Чековая лента 80 мм</translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="37"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="38"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="40"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="43"/>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="70"/>
        <source>This will be a duplicate (copy {n}).</source>
        <translation>Это будет дубликат (экземпляр № {n}).</translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="89"/>
        <source>The talon was not printed.</source>
        <translation>Талон не напечатан.</translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="96"/>
        <source>The PDF could not be written to {path}.</source>
        <translation>Не удалось записать PDF в {path}.</translation>
    </message>
    <message>
        <location filename="../talon_dialog.py" line="104"/>
        <source>Save talon as PDF</source>
        <translation>Сохранить талон в PDF</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../users_dialog.py" line="27"/>
        <source>Users</source>
        <translation>Пользователи</translation>
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
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="31"/>
        <location filename="../users_dialog.py" line="38"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="31"/>
        <location filename="../users_dialog.py" line="47"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="34"/>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="37"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="38"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="39"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../users_dialog.py" line="48"/>
        <source>Add user</source>
        <translation>Добавить пользователя</translation>
    </message>
</context>
</TS>
