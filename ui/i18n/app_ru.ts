<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../admin/about_dialog.py" line="30"/>
        <source>About Zholdanym</source>
        <translation>О программе Zholdanym</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="48"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="50"/>
        <source>Copy these lines as plain text, for a support request</source>
        <translation>Скопировать эти строки простым текстом для запроса в службу поддержки</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="54"/>
        <source>Open data folder</source>
        <translation>Открыть папку данных</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="67"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="68"/>
        <source>{current} (the newest this version knows: {newest})</source>
        <translation>{current} (новейшая из известных этой версии: {newest})</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="71"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="72"/>
        <source>Database schema</source>
        <translation>Схема базы данных</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="73"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="76"/>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="78"/>
        <source>Log file</source>
        <translation>Файл журнала событий</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="81"/>
        <source>Law</source>
        <translation>Закон</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="82"/>
        <source>Administrative Procedural-Process Code of the Republic of Kazakhstan (АППК), as amended to {date}</source>
        <translation>Административный процедурно-процессуальный кодекс Республики Казахстан (АППК) с изменениями по состоянию на {date}</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="94"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <location filename="../case/action_forms.py" line="64"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="61"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="43"/>
        <source>How it was sent (letter, e-mail, SMS, cabinet)</source>
        <translation>Способ отправки (письмо, электронная почта, SMS, личный кабинет)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="77"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="88"/>
        <source>Number of the earlier appeal</source>
        <translation>Номер ранее поданного обращения</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="52"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="46"/>
        <source>Co-executors</source>
        <translation>Соисполнители</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="73"/>
        <source>Resolution</source>
        <translation>Резолюция</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="57"/>
        <source>Internal due date (not later than the term)</source>
        <translation>Внутренний срок (не позднее срока исполнения)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="59"/>
        <source>What is missing (art. 63 part 2, art. 93 part 2)</source>
        <translation>Что не указано (ч. 2 ст. 63, ч. 2 ст. 93 АППК)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="78"/>
        <source>Correct by (a reasonable period, art. 64 part 6)</source>
        <translation>Исправить до (разумный срок, ч. 6 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="54"/>
        <source>Ground</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="69"/>
        <source>Reasons given to the applicant</source>
        <translation>Причины, сообщённые заявителю</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="48"/>
        <source>Earlier terminated appeal (for a repeat appeal)</source>
        <translation>Ранее прекращённое обращение (для повторного обращения)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="42"/>
        <source>Competent body or official</source>
        <translation>Компетентный орган или должностное лицо</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="49"/>
        <source>A repeat appeal: no new arguments or newly discovered circumstances (art. 64 part 7 2))</source>
        <translation>Повторное обращение: нет новых доводов или вновь открывшихся обстоятельств (подп. 2) ч. 7 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="51"/>
        <source>Working days to execute the act (empty: 5; none for a refusal; art. 86 part 3)</source>
        <translation>Рабочие дни на исполнение акта (пусто – 5; при отказе не указывается; ч. 3 ст. 86 АППК)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="62"/>
        <source>Applicant notified on</source>
        <translation>Дата уведомления заявителя</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="72"/>
        <source>Requests forwarded</source>
        <translation>Перенаправленные вопросы</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="74"/>
        <source>This part reports the crime or the threat (art. 64 part 7-2)</source>
        <translation>Эта часть содержит сведения о преступлении или угрозе (ч. 7-2 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="80"/>
        <source>The applicant&apos;s own written application is attached</source>
        <translation>Приложено письменное заявление самого заявителя</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="60"/>
        <source>New last day</source>
        <translation>Новый последний день срока</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="67"/>
        <source>Reasons: which facts must still be established</source>
        <translation>Обоснование: какие обстоятельства ещё необходимо установить</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="101"/>
        <source>Date of the extension decision</source>
        <translation>Дата решения о продлении срока</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="66"/>
        <source>Preliminary decision</source>
        <translation>Предварительное решение</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="56"/>
        <source>Form of the hearing</source>
        <translation>Форма заслушивания</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="110"/>
        <source>Notice sent on</source>
        <translation>Дата направления уведомления</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="70"/>
        <source>Received by the participant on</source>
        <translation>Дата получения участником</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="58"/>
        <source>Exception</source>
        <translation>Исключение</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="107"/>
        <source>Why (required for item 4)</source>
        <translation>Обоснование (обязательно для подп. 4)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="91"/>
        <location filename="../case/action_forms.py" line="116"/>
        <location filename="../case/action_forms.py" line="122"/>
        <location filename="../complaint/action_forms.py" line="70"/>
        <source>Received on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="119"/>
        <source>Ended on</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="71"/>
        <source>Decision on the remarks</source>
        <translation>Решение по замечаниям</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="47"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="65"/>
        <source>Outcome for statistics</source>
        <translation>Результат (для статистики)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="95"/>
        <source>Applicant told on (when taken into consideration)</source>
        <translation>Дата сообщения заявителю (при принятии к сведению)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="55"/>
        <source>No hearing: exception (art. 73 part 2)</source>
        <translation>Без заслушивания: исключение (ч. 2 ст. 73 АППК)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="50"/>
        <source>Why there was no hearing (item 4)</source>
        <translation>Почему заслушивание не проводилось (подп. 4)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="94"/>
        <location filename="../case/action_forms.py" line="126"/>
        <location filename="../case/action_forms.py" line="136"/>
        <location filename="../complaint/action_forms.py" line="46"/>
        <location filename="../complaint/action_forms.py" line="66"/>
        <location filename="../petition/action_forms.py" line="29"/>
        <source>Date of the decision</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="135"/>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="63"/>
        <source>Official</source>
        <translation>Должностное лицо</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="44"/>
        <source>Circumstances</source>
        <translation>Обстоятельства</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="75"/>
        <source>Self-recusal</source>
        <translation>Самоотвод</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="129"/>
        <source>Declared on</source>
        <translation>Дата заявления отвода</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="53"/>
        <source>Granted</source>
        <translation>Отвод удовлетворён</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="125"/>
        <source>New executor (if granted)</source>
        <translation>Новый исполнитель (при удовлетворении отвода)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="76"/>
        <source>Superior body that decided (recusal of the head)</source>
        <translation>Вышестоящий орган, принявший решение (отвод руководителя)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="45"/>
        <source>Notice of</source>
        <translation>Вид уведомления</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="113"/>
        <location filename="../complaint/action_forms.py" line="54"/>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="104"/>
        <location filename="../complaint/action_forms.py" line="23"/>
        <source>Motion filed on</source>
        <translation>Дата подачи ходатайства</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="79"/>
        <source>Withheld as secret (art. 75 part 3)</source>
        <translation>Не предоставлено как охраняемая тайна (ч. 3 ст. 75 АППК)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="85"/>
        <source>What was corrected</source>
        <translation>Что исправлено</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="98"/>
        <source>Delivered on</source>
        <translation>Дата доведения до сведения</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="132"/>
        <source>Why it is reversed</source>
        <translation>Причина отмены</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="53"/>
        <source>Complaint body</source>
        <translation>Орган, рассматривающий жалобу</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="33"/>
        <source>The whole administrative case file goes with it (art. 91 part 4)</source>
        <translation>Вместе с жалобой направляется всё административное дело (ч. 4 ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="22"/>
        <source>Satisfied by</source>
        <translation>Способ удовлетворения</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="28"/>
        <source>The act adopted or the action taken (number, date, content)</source>
        <translation>Принятый акт или совершённое действие (номер, дата, содержание)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="18"/>
        <source>Every demand of the complaint is satisfied (art. 91 part 4, third paragraph)</source>
        <translation>Все требования жалобы удовлетворены в полном объёме (абзац третий ч. 4 ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="50"/>
        <source>Date of the act or action</source>
        <translation>Дата акта или действия</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="29"/>
        <source>Decision of the complaint body</source>
        <translation>Решение органа, рассматривающего жалобу</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="69"/>
        <source>Its number and date, what we must do</source>
        <translation>Номер и дата решения; что нам необходимо сделать</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="27"/>
        <source>Reason (art. 92 part 2)</source>
        <translation>Причина (ч. 2 ст. 92 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="34"/>
        <source>Body or official challenged (art. 93 part 2 4))</source>
        <translation>Обжалуемый орган или должностное лицо (подп. 4) ч. 2 ст. 93 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="35"/>
        <source>Official who took it, if ours (art. 97 part 2)</source>
        <translation>Наше должностное лицо, принявшее его, если есть (ч. 2 ст. 97 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="36"/>
        <source>Working days the decision gives us (empty: the office&apos;s default; art. 100 part 4)</source>
        <translation>Рабочие дни, которые даёт нам решение (пусто – срок учреждения по умолчанию; ч. 4 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="37"/>
        <source>The court obliges us to (our case reopens)</source>
        <translation>Суд обязывает нас (наше дело открывается вновь)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="38"/>
        <source>The body or official challenged stands below us, not our office or our akim (art. 91 part 3)</source>
        <translation>Обжалуемый орган или должностное лицо подчинены нам (это не наш орган и не наш аким) (ч. 3 ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="47"/>
        <source>Working days for our own case this decision reopens (empty: the office&apos;s default; art. 100 part 4)</source>
        <translation>Рабочие дни для нашего дела, которое вновь открывает это решение (пусто – срок учреждения по умолчанию; ч. 4 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="64"/>
        <source>The facts and the proof</source>
        <translation>Обстоятельства и доказательства</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="65"/>
        <source>The term is restored</source>
        <translation>Срок восстановлен</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="43"/>
        <source>Decision (art. 100 part 1)</source>
        <translation>Решение (ч. 1 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="19"/>
        <source>Grounds found (art. 100 part 3; for decisions 1, 2, 3 and 5)</source>
        <translation>Установленные основания (ч. 3 ст. 100 АППК; для решений 1, 2, 3 и 5)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="12"/>
        <source>The act or action is within our own competence (art. 100 part 2; decisions 1–3)</source>
        <translation>Принятие акта или совершение действия входит в нашу компетенцию (ч. 2 ст. 100 АППК; решения 1–3)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="24"/>
        <source>The new act (decision 2)</source>
        <translation>Новый акт (решение 2)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="25"/>
        <source>The new act does not worsen the complainant&apos;s position (art. 98 part 6)</source>
        <translation>Новый акт не ухудшает положение заявителя (ч. 6 ст. 98 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="32"/>
        <source>Violations found (decision 5)</source>
        <translation>Выявленные нарушения (решение 5)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="26"/>
        <source>Proposals to remove them (decision 5)</source>
        <translation>Предложения по их устранению (решение 5)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="44"/>
        <source>Ground to leave it without consideration (decision 6)</source>
        <translation>Основание оставления без рассмотрения (решение 6)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="11"/>
        <source>The earlier decision, court act or claim (decision 6)</source>
        <translation>Ранее принятое решение, судебный акт или иск (решение 6)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="68"/>
        <source>Reasoning (art. 100 part 4, art. 101 part 1 6))</source>
        <translation>Обоснование (ч. 4 ст. 100, подп. 6) ч. 1 ст. 101 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="21"/>
        <source>Legal norms applied (art. 101 part 1 6))</source>
        <translation>Применённые нормы законодательства (подп. 6) ч. 1 ст. 101 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="45"/>
        <source>No hearing: exception (art. 73 part 2, art. 98 part 3)</source>
        <translation>Без заслушивания: исключение (ч. 2 ст. 73, ч. 3 ст. 98 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="57"/>
        <source>Sent to the participant on</source>
        <translation>Дата направления участнику</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="13"/>
        <source>Copy sent to the challenged body on</source>
        <translation>Дата направления копии обжалуемому органу</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="60"/>
        <source>What the official explained</source>
        <translation>Пояснения должностного лица</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="61"/>
        <source>Heard on</source>
        <translation>Дата заслушивания</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="20"/>
        <source>The complainant learned of it on (art. 92 part 1)</source>
        <translation>Дата, когда заявителю стало известно об акте или действии (ч. 1 ст. 92 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="17"/>
        <source>Filed with the challenged body on (art. 91 part 4)</source>
        <translation>Дата подачи жалобы в обжалуемый орган (ч. 4 ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="31"/>
        <source>The act did not state the appeal route (six months, art. 92 part 1-1)</source>
        <translation>В акте не указан порядок обжалования (шесть месяцев, ч. 1-1 ст. 92 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="30"/>
        <source>Rights and duties explained on (art. 94 part 2)</source>
        <translation>Дата разъяснения прав и обязанностей (ч. 2 ст. 94 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="15"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="14"/>
        <source>Court case number</source>
        <translation>Номер судебного дела</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="16"/>
        <source>Outcome, when known</source>
        <translation>Результат (когда станет известен)</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="46"/>
        <source>What was found on site</source>
        <translation>Что установлено на месте</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="19"/>
        <source>No visit: why the facts need no checking</source>
        <translation>Без выезда: почему проверка фактов не требуется</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="12"/>
        <source>Date of the public discussion</source>
        <translation>Дата публичного обсуждения</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="17"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="14"/>
        <source>Announced on the internet resource</source>
        <translation>Уведомление размещено на интернет-ресурсе</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="11"/>
        <source>Sent to the author and interested persons, electronically or on paper</source>
        <translation>Уведомление направлено заявителю и заинтересованным лицам в электронной или бумажной форме</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="9"/>
        <source>Where and how</source>
        <translation>Где и каким способом</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="36"/>
        <source>Announced on</source>
        <translation>Дата уведомления</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="32"/>
        <source>How it went</source>
        <translation>Ход обсуждения</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="33"/>
        <source>Held on</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="16"/>
        <source>Members, one per line: state bodies, deputies, the author, public associations</source>
        <translation>Состав, по одному в строке: представители государственных органов, депутаты, заявитель, общественные объединения</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="24"/>
        <source>Formed on</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="27"/>
        <source>Decision (art. 90-6 part 1)</source>
        <translation>Решение (ч. 1 ст. 90-6 АППК)</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="13"/>
        <source>Facts confirming or refuting the arguments</source>
        <translation>Факты, подтверждающие или опровергающие доводы</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="15"/>
        <source>References to legislation</source>
        <translation>Ссылки на законодательство</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="28"/>
        <source>Reasoning (art. 90-6 part 2)</source>
        <translation>Обоснование (ч. 2 ст. 90-6 АППК)</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="10"/>
        <source>What is decided: what is satisfied and what is not</source>
        <translation>Решение: что удовлетворяется и что нет</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="18"/>
        <source>Address on the internet resource</source>
        <translation>Адрес на интернет-ресурсе</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="39"/>
        <source>Published on</source>
        <translation>Дата размещения</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="42"/>
        <source>The statement</source>
        <translation>Текст заявления</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="43"/>
        <source>Made on</source>
        <translation>Дата заявления</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="34"/>
        <source>e-Otinish number (as the system gave it)</source>
        <translation>Номер e-Otinish (как присвоила система)</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="35"/>
        <source>Feedback</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="36"/>
        <source>How it was obtained</source>
        <translation>Как получен</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="40"/>
        <source>Correct e-Otinish number</source>
        <translation>Верный номер e-Otinish</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="41"/>
        <source>Why it is corrected</source>
        <translation>Причина исправления</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="44"/>
        <source>Obtained on</source>
        <translation>Дата получения</translation>
    </message>
</context>
<context>
    <name>AppealCardDialog</name>
    <message>
        <location filename="../case/appeal_card.py" line="83"/>
        <source>Appeal {number}</source>
        <translation>Обращение № {number}</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="86"/>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="101"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="59"/>
        <source>Talon…</source>
        <translation>Талон…</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="60"/>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="65"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="89"/>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="92"/>
        <source>Petition</source>
        <translation>Петиция</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="94"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="95"/>
        <source>Term explained</source>
        <translation>Расчёт срока</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="100"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="166"/>
        <source>consider the case again as the binding decision requires (art. 100 part 1 1), 5))</source>
        <translation>рассмотреть дело заново, как требует обязательное решение (подп. 1), 5) ч. 1 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="169"/>
        <source>Reopened on {day} by the decision on complaint {number}: {what}; {days} working days, due {due} (art. 100 part 4).</source>
        <translation>Открыто вновь {day} решением по жалобе № {number}: {what}; {days} рабочих дней, срок {due} (ч. 4 ст. 100 АППК).</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="184"/>
        <source>Registered by</source>
        <translation>Зарегистрировал(а)</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="188"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="190"/>
        <source>Co-executors</source>
        <translation>Соисполнители</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="192"/>
        <source>the whole appeal</source>
        <translation>обращение полностью</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="193"/>
        <source>Forwarded (art. 65)</source>
        <translation>Перенаправлено (ст. 65 АППК)</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="196"/>
        <source>Filed into the case</source>
        <translation>Приобщено к обращению</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="199"/>
        <source>The legal form of the organisation is not stated: an act or a complaint decision gives it with the name (art. 80 part 1 3), art. 101 part 1 3)).</source>
        <translation>Организационно-правовая форма организации не указана: в административном акте или решении по жалобе она указывается вместе с наименованием (подп. 3) ч. 1 ст. 80, подп. 3) ч. 1 ст. 101 АППК).</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="206"/>
        <source>Complaints against it (art. 91)</source>
        <translation>Жалобы на него (ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="168"/>
        <source>carry out the new act or the action the decision obliges (art. 100 part 4)</source>
        <translation>исполнить новый акт или действие, которые предписывает решение (ч. 4 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="208"/>
        <source>Incomplete (art. 64 part 6). Not stated: {items}</source>
        <translation>Неполное (ч. 6 ст. 64 АППК). Не указано: {items}</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="221"/>
        <source>Registered on {reg}; the term of {days} working days ({article}) ends on {due}.</source>
        <translation>Зарегистрировано {reg}; срок (рабочих дней: {days}; {article}) истекает {due}.</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="227"/>
        <source>Reopened (art. 100 part 4): due {due}.</source>
        <translation>Открыто вновь (ч. 4 ст. 100 АППК): срок {due}.</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="229"/>
        <source>Extended to {due} (art. 76 part 3).</source>
        <translation>Срок продлён до {due} (ч. 3 ст. 76 АППК).</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="246"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="246"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="246"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="247"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
</context>
<context>
    <name>AppealListDialog</name>
    <message>
        <location filename="../common/appeal_list.py" line="68"/>
        <source>Appeals: {n}</source>
        <translation>Обращений: {n}</translation>
    </message>
    <message>
        <location filename="../common/appeal_list.py" line="70"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <location filename="../intake/applicant_form.py" line="70"/>
        <source>Individual</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="72"/>
        <source>Legal entity</source>
        <translation>Юридическое лицо</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="86"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="86"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="87"/>
        <source>Patronymic (if in the identity document)</source>
        <translation>Отчество (при наличии в документе, удостоверяющем личность)</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="88"/>
        <source>IIN (if available)</source>
        <translation>ИИН (при наличии)</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="94"/>
        <source>Name of the organisation</source>
        <translation>Наименование организации</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="100"/>
        <source>— not stated —</source>
        <translation>— не указана —</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="104"/>
        <source>Legal form (art. 80 part 1 3))</source>
        <translation>Организационно-правовая форма (подп. 3) ч. 1 ст. 80 АППК)</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="108"/>
        <source>Legal form, if other</source>
        <translation>Организационно-правовая форма, если иная</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="110"/>
        <source>BIN (if available)</source>
        <translation>БИН (при наличии)</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="111"/>
        <source>Outgoing number</source>
        <translation>Исходящий номер</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="115"/>
        <source>Outgoing date</source>
        <translation>Дата исходящего</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="119"/>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="120"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="120"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="123"/>
        <source>Collective appeal</source>
        <translation>Коллективное обращение</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="131"/>
        <source>Number of signatories</source>
        <translation>Количество подписавших</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../admin/backups_dialog.py" line="29"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../admin/backups_dialog.py" line="35"/>
        <source>Copies are checked before they are kept: the newest of each of the last 7 days, 5 weeks and 12 months. A copy chosen here is checked now and put in place when Zholdanym next starts on this computer; close it on every workstation first.</source>
        <translation>Копии проверяются перед сохранением: хранится самая новая за каждый из последних 7 дней, 5 недель и 12 месяцев. Выбранная здесь копия проверяется сразу и ставится на место при следующем запуске Zholdanym на этом компьютере; сначала закройте его на всех рабочих местах.</translation>
    </message>
    <message>
        <location filename="../admin/backups_dialog.py" line="40"/>
        <source>Restore this copy at the next start</source>
        <translation>Восстановить эту копию при следующем запуске</translation>
    </message>
    <message>
        <location filename="../admin/backups_dialog.py" line="58"/>
        <source>A PostgreSQL office is backed up and restored on its server (main.py backup and restore, see the README).</source>
        <translation>Резервные копии базы PostgreSQL делаются и восстанавливаются на её сервере (main.py backup и restore, см. README).</translation>
    </message>
    <message>
        <location filename="../admin/backups_dialog.py" line="65"/>
        <source>Choose a copy in the list first.</source>
        <translation>Сначала выберите копию в списке.</translation>
    </message>
    <message>
        <location filename="../admin/backups_dialog.py" line="74"/>
        <source>The copy passed its check. Close Zholdanym on every workstation; it is put in place when the app next starts here, and the current file is kept aside.</source>
        <translation>Копия прошла проверку. Закройте Zholdanym на всех рабочих местах; она будет поставлена на место при следующем запуске программы здесь, а текущий файл будет сохранён отдельно.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../reception/booking_dialog.py" line="38"/>
        <source>Book a personal reception</source>
        <translation>Запись на личный приём</translation>
    </message>
    <message>
        <location filename="../reception/booking_dialog.py" line="53"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../reception/booking_dialog.py" line="54"/>
        <source>Reception (approved schedule)</source>
        <translation>Приём (по утверждённому графику)</translation>
    </message>
    <message>
        <location filename="../reception/booking_dialog.py" line="55"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../reception/booking_dialog.py" line="56"/>
        <source>Booked</source>
        <translation>Записан</translation>
    </message>
    <message>
        <location filename="../reception/booking_dialog.py" line="57"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../reception/booking_dialog.py" line="65"/>
        <source>Refuse the registration… (art. 73 part 2 9))</source>
        <translation>Отказать в записи… (подп. 9) ч. 2 ст. 73 АППК)</translation>
    </message>
    <message>
        <location filename="../reception/booking_dialog.py" line="75"/>
        <source>Move the booking</source>
        <translation>Перенос записи</translation>
    </message>
    <message>
        <location filename="../reception/booking_dialog.py" line="144"/>
        <source>Refuse the registration</source>
        <translation>Отказ в записи на личный приём</translation>
    </message>
    <message>
        <location filename="../reception/booking_dialog.py" line="144"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>BookingTab</name>
    <message>
        <location filename="../reception/booking_tab.py" line="37"/>
        <source>All officials</source>
        <translation>Все должностные лица</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="41"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="41"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="41"/>
        <source>Official</source>
        <translation>Должностное лицо</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="42"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="42"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="42"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="44"/>
        <source>Book…</source>
        <translation>Записать…</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="44"/>
        <source>Talon…</source>
        <translation>Талон…</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="45"/>
        <source>Received…</source>
        <translation>Принят…</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="46"/>
        <source>Refuse…</source>
        <translation>Отказать…</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="46"/>
        <source>Cancel…</source>
        <translation>Отменить…</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="47"/>
        <source>Move…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="48"/>
        <source>Ask for information…</source>
        <translation>Запросить информацию…</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="49"/>
        <source>Did not come</source>
        <translation>Не явился</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="51"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="114"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="118"/>
        <source>Refuse the booking (art. 73 part 2 9))</source>
        <translation>Отказ в записи на личный приём (подп. 9) ч. 2 ст. 73 АППК)</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="121"/>
        <source>Cancel the booking</source>
        <translation>Отмена записи</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="124"/>
        <source>Information asked before the reception (art. 90 part 2)</source>
        <translation>Дополнительная информация, запрошенная до приёма (ч. 2 ст. 90 АППК)</translation>
    </message>
</context>
<context>
    <name>BookingTalonDialog</name>
    <message>
        <location filename="../reception/booking_talon.py" line="72"/>
        <source>Booking talon</source>
        <translation>Талон записи на личный приём</translation>
    </message>
    <message>
        <location filename="../reception/booking_talon.py" line="79"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../reception/booking_talon.py" line="80"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../reception/booking_talon.py" line="96"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../admin/calendar_dialog.py" line="41"/>
        <source>Working-day calendar</source>
        <translation>Календарь рабочих дней</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="47"/>
        <location filename="../admin/calendar_dialog.py" line="53"/>
        <location filename="../admin/calendar_dialog.py" line="67"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="47"/>
        <source>Working?</source>
        <translation>Рабочий?</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="47"/>
        <source>Why</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="53"/>
        <location filename="../admin/calendar_dialog.py" line="68"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="53"/>
        <location filename="../admin/calendar_dialog.py" line="69"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="54"/>
        <source>Decree</source>
        <translation>Постановление</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="54"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="56"/>
        <source>Revoke selected</source>
        <translation>Отменить выбранный</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="65"/>
        <source>Add an override</source>
        <translation>Добавить перенос</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="70"/>
        <source>Decree (number and date)</source>
        <translation>Постановление (номер и дата)</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="71"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="78"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="86"/>
        <source>Office overrides (a decree moving days off)</source>
        <translation>Переносы, внесённые аппаратом (постановление о переносе выходных дней)</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="106"/>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="106"/>
        <source>revoked</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="121"/>
        <source>(moved day off)</source>
        <translation>(перенесённый выходной день)</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="123"/>
        <source>(estimated date: check the decree)</source>
        <translation>(предполагаемая дата: сверьте с постановлением)</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="125"/>
        <source>working day by the holidays library</source>
        <translation>рабочий день по библиотеке holidays</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="128"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="128"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="158"/>
        <source>Saved. Due dates recomputed for {n} open appeals (art. 76).</source>
        <translation>Сохранено. Открытых обращений с пересчитанным сроком исполнения: {n} (ст. 76 АППК).</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../case/card_text.py" line="40"/>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="41"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="41"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="42"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="43"/>
        <source>Received</source>
        <translation>Дата и время поступления</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="44"/>
        <source>Registration date (art. 64 part 3)</source>
        <translation>Дата регистрации (ч. 3 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="45"/>
        <source>Term, working days</source>
        <translation>Срок, рабочих дней</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="46"/>
        <source>Term set by</source>
        <translation>Основание срока</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="47"/>
        <source>Statutory due date</source>
        <translation>Срок исполнения по закону</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="48"/>
        <source>Due date</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="49"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="50"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="50"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="51"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="51"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="52"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="52"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="53"/>
        <source>Legal form (art. 80 part 1 3))</source>
        <translation>Организационно-правовая форма (подп. 3) ч. 1 ст. 80 АППК)</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="54"/>
        <source>Legal form, if other</source>
        <translation>Организационно-правовая форма, если иная</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="55"/>
        <source>Outgoing number</source>
        <translation>Исходящий номер</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="56"/>
        <source>Outgoing date</source>
        <translation>Дата исходящего</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="57"/>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="58"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="58"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="59"/>
        <source>Collective appeal</source>
        <translation>Коллективное обращение</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="60"/>
        <source>Signatories</source>
        <translation>Количество подписавших</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="61"/>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="62"/>
        <source>Substance</source>
        <translation>Суть обращения</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="63"/>
        <source>Date of the appeal</source>
        <translation>Дата обращения</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="64"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="65"/>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="66"/>
        <source>Attachments</source>
        <translation>Количество приложений</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="67"/>
        <source>Pages of attachments</source>
        <translation>Количество листов приложений</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="68"/>
        <source>e-Otinish number</source>
        <translation>Номер e-Otinish</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="69"/>
        <source>Resolution</source>
        <translation>Резолюция</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="70"/>
        <source>Internal due date</source>
        <translation>Внутренний срок</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="71"/>
        <source>Reports a crime or a threat to security (art. 64 part 7-2)</source>
        <translation>Содержит сведения о преступлении или угрозе безопасности (ч. 7-2 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="72"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="73"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="74"/>
        <source>Ground</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="75"/>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="76"/>
        <source>Term stopped on</source>
        <translation>Дата закрытия срока</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="77"/>
        <source>No hearing: exception (art. 73 part 2)</source>
        <translation>Без заслушивания: исключение (ч. 2 ст. 73 АППК)</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="78"/>
        <source>Why there was no hearing</source>
        <translation>Почему заслушивание не проводилось</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="79"/>
        <location filename="../petition/labels.py" line="50"/>
        <source>From a petition short of its threshold (art. 90-3 part 5)</source>
        <translation>Из петиции, не достигшей порогового значения (ч. 5 ст. 90-3 АППК)</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="101"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="101"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="112"/>
        <source>Delivered on</source>
        <translation>Вручено</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="114"/>
        <source>Our case reopened</source>
        <translation>Наше дело открыто вновь</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="115"/>
        <source>What must be done</source>
        <translation>Что необходимо сделать</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="116"/>
        <source>Working days for it</source>
        <translation>Рабочих дней на это</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="117"/>
        <source>Due on</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="118"/>
        <source>Reopened on</source>
        <translation>Открыто вновь</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="120"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="121"/>
        <source>Working days</source>
        <translation>Рабочие дни</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="122"/>
        <source>The court obliges us to</source>
        <translation>Суд обязывает нас</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="124"/>
        <source>Extension no.</source>
        <translation>Продление №</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="125"/>
        <source>Legal basis recorded by the office</source>
        <translation>Правовое основание, записанное учреждением</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="126"/>
        <source>Official whose act is challenged</source>
        <translation>Должностное лицо, чей акт обжалуется</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="127"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="128"/>
        <source>Not stated</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="129"/>
        <source>Calendar override no.</source>
        <translation>Перенос в календаре №</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="130"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="131"/>
        <source>Co-executors</source>
        <translation>Соисполнители</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="132"/>
        <location filename="../case/card_text.py" line="133"/>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="134"/>
        <source>Correct by</source>
        <translation>Исправить до</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="135"/>
        <source>Sent by</source>
        <translation>Способ отправки</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="136"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="137"/>
        <source>Forwarded to</source>
        <translation>Куда перенаправлено</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="138"/>
        <source>Requests forwarded</source>
        <translation>Перенаправленные вопросы</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="139"/>
        <source>Applicant notified on</source>
        <translation>Дата уведомления заявителя</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="140"/>
        <source>Due to forward by</source>
        <translation>Перенаправить до</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="141"/>
        <source>Late</source>
        <translation>С нарушением срока</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="142"/>
        <source>Latest possible date</source>
        <translation>Предельная дата</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="143"/>
        <source>Date set in the decision</source>
        <translation>Дата, указанная в решении</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="144"/>
        <source>Preliminary decision</source>
        <translation>Предварительное решение</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="145"/>
        <source>Form of the hearing</source>
        <translation>Форма заслушивания</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="146"/>
        <source>Received on</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="147"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="148"/>
        <source>Official</source>
        <translation>Должностное лицо</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="149"/>
        <source>Circumstances</source>
        <translation>Обстоятельства</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="150"/>
        <source>Self-recusal</source>
        <translation>Самоотвод</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="151"/>
        <source>Granted</source>
        <translation>Отвод удовлетворён</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="152"/>
        <source>Decided by the superior body</source>
        <translation>Решение вышестоящего органа</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="153"/>
        <source>The part on the crime or the threat (art. 64 part 7-2)</source>
        <translation>Часть о преступлении или угрозе (ч. 7-2 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="154"/>
        <source>Working days to execute</source>
        <translation>Срок исполнения, рабочих дней</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="155"/>
        <source>Withheld as secret</source>
        <translation>Не предоставлено как охраняемая тайна</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="156"/>
        <source>Earlier appeal</source>
        <translation>Ранее поданное обращение</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="158"/>
        <source>Repeat of the earlier appeal</source>
        <translation>Повторное к ранее поданному обращению</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="159"/>
        <source>Found as a likely duplicate by</source>
        <translation>Признак повтора</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="160"/>
        <source>Proposed for filing into it (art. 64 part 8)</source>
        <translation>Предложено приобщить к нему (ч. 8 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="162"/>
        <source>Not proposed for filing into it</source>
        <translation>Не предложено приобщить к нему</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="163"/>
        <source>Not linked to the earlier appeal</source>
        <translation>Не связано с прежним обращением</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="164"/>
        <source>Procedure terminated</source>
        <translation>Процедура прекращена</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="165"/>
        <source>May be appealed (art. 70 part 4)</source>
        <translation>Может быть обжаловано (ч. 4 ст. 70 АППК)</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="166"/>
        <source>Decision on the remarks</source>
        <translation>Решение по замечаниям</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="167"/>
        <source>Reversed entry no.</source>
        <translation>Отменённая запись №</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="168"/>
        <source>Reversed action</source>
        <translation>Отменённое действие</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="213"/>
        <source>{clock}: due {date}</source>
        <translation>{clock}: срок {date}</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="10"/>
        <location filename="../complaint/text.py" line="11"/>
        <source>Our side of the complaint</source>
        <translation>Наша роль по жалобе</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="12"/>
        <location filename="../complaint/text.py" line="13"/>
        <source>Challenged (art. 91 part 1)</source>
        <translation>Предмет обжалования (ч. 1 ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="14"/>
        <source>Our case challenged</source>
        <translation>Наше обжалуемое дело</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="15"/>
        <source>Body or official challenged (art. 93 part 2 4))</source>
        <translation>Обжалуемый орган или должностное лицо (подп. 4) ч. 2 ст. 93 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="16"/>
        <source>The act or action challenged</source>
        <translation>Обжалуемый акт или действие</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="17"/>
        <source>Date of the act or action</source>
        <translation>Дата акта или действия</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="18"/>
        <source>Actual address (art. 93 part 2 3))</source>
        <translation>Фактический адрес (подп. 3) ч. 2 ст. 93 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="19"/>
        <source>List of attached documents (art. 93 part 2 8))</source>
        <translation>Перечень прилагаемых документов (подп. 8) ч. 2 ст. 93 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="20"/>
        <source>Learned of it on (art. 92 part 1)</source>
        <translation>Дата, когда стало известно об акте или действии (ч. 1 ст. 92 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="21"/>
        <source>The act did not state the appeal route (art. 92 part 1-1)</source>
        <translation>В акте не указан порядок обжалования (ч. 1-1 ст. 92 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="22"/>
        <source>Last day to file (art. 92)</source>
        <translation>Последний день подачи жалобы (ст. 92 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="23"/>
        <source>Filed after the term (art. 92 part 3)</source>
        <translation>Подана с пропуском срока (ч. 3 ст. 92 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="24"/>
        <source>Restoration of the term (art. 92 part 2)</source>
        <translation>Восстановление срока (ч. 2 ст. 92 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="25"/>
        <source>Reason for restoring</source>
        <translation>Причина восстановления срока</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="26"/>
        <source>Kind of reason (art. 92 part 2)</source>
        <translation>Вид уважительной причины (ч. 2 ст. 92 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="27"/>
        <source>Motion filed on</source>
        <translation>Дата подачи ходатайства</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="28"/>
        <source>Execution of the act (art. 96)</source>
        <translation>Исполнение акта (ст. 96 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="29"/>
        <source>Not suspended under (art. 96 part 1)</source>
        <translation>Не приостанавливается по основанию (ч. 1 ст. 96 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="30"/>
        <source>Grounds stated in the act (art. 96 part 2)</source>
        <translation>Основания, указанные в акте (ч. 2 ст. 96 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="31"/>
        <source>Suspension ended on</source>
        <translation>Дата окончания приостановления</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="32"/>
        <source>Rights and duties explained on (art. 94 part 2)</source>
        <translation>Дата разъяснения прав и обязанностей (ч. 2 ст. 94 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="33"/>
        <source>Sent to the complaint body</source>
        <translation>Направлено в орган, рассматривающий жалобу</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="34"/>
        <source>Sent on (art. 91 part 4)</source>
        <translation>Дата направления (ч. 4 ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="35"/>
        <source>Satisfied by (art. 91 part 4)</source>
        <translation>Чем удовлетворена жалоба (ч. 4 ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="36"/>
        <source>Satisfied by</source>
        <translation>Способ удовлетворения</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="37"/>
        <source>Decision of the complaint body</source>
        <translation>Решение органа, рассматривающего жалобу</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="38"/>
        <source>Grounds found (art. 100 part 3)</source>
        <translation>Установленные основания (ч. 3 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="39"/>
        <source>Reasoning</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="40"/>
        <source>Legal norms applied</source>
        <translation>Применённые нормы законодательства</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="41"/>
        <source>Violations found</source>
        <translation>Выявленные нарушения</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="42"/>
        <source>Proposals to remove them</source>
        <translation>Предложения по их устранению</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="43"/>
        <source>New act</source>
        <translation>Новый акт</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="44"/>
        <source>Earlier decision, court act or claim</source>
        <translation>Ранее принятое решение, судебный акт или иск</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="45"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="46"/>
        <source>Court case number</source>
        <translation>Номер судебного дела</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="47"/>
        <source>Court outcome</source>
        <translation>Результат рассмотрения в суде</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="48"/>
        <source>Copy sent to the challenged body on</source>
        <translation>Дата направления копии обжалуемому органу</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="49"/>
        <source>Ground of the return</source>
        <translation>Основание возврата</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="50"/>
        <source>Filed with the challenged body on (art. 91 part 4)</source>
        <translation>Дата подачи жалобы в обжалуемый орган (ч. 4 ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="51"/>
        <source>Challenged official heard on (art. 98 part 3)</source>
        <translation>Дата заслушивания обжалуемого должностного лица (ч. 3 ст. 98 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="52"/>
        <source>Execution of our act</source>
        <translation>Исполнение нашего акта</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="53"/>
        <source>With the whole case file (art. 91 part 4)</source>
        <translation>Вместе со всем административным делом (ч. 4 ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="54"/>
        <source>Every demand satisfied (art. 91 part 4)</source>
        <translation>Все требования удовлетворены в полном объёме (ч. 4 ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="55"/>
        <source>Within our own competence (art. 100 part 2)</source>
        <translation>Входит в нашу компетенцию (ч. 2 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="56"/>
        <source>Not worse for the complainant (art. 98 part 6)</source>
        <translation>Не ухудшает положение заявителя (ч. 6 ст. 98 АППК)</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="119"/>
        <location filename="../complaint/text.py" line="57"/>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="58"/>
        <source>Outcome of the complaint</source>
        <translation>Результат рассмотрения жалобы</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="59"/>
        <source>Official challenged (art. 97 part 2)</source>
        <translation>Обжалуемое должностное лицо (ч. 2 ст. 97 АППК)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="30"/>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="31"/>
        <source>Citizens who joined</source>
        <translation>Количество граждан, присоединившихся к петиции</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="32"/>
        <source>Joined from</source>
        <translation>Период присоединения: с</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="33"/>
        <source>Joined to</source>
        <translation>Период присоединения: по</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="34"/>
        <source>Letter of the petition authority</source>
        <translation>Письмо уполномоченного органа в сфере взаимодействия государства и гражданского общества</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="35"/>
        <source>Site visit</source>
        <translation>Выезд на место</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="36"/>
        <source>No site visit because</source>
        <translation>Причина, по которой выезд на место не проводился</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="37"/>
        <source>Public discussion on</source>
        <translation>Дата публичного обсуждения</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="38"/>
        <source>Place of the discussion</source>
        <translation>Место проведения обсуждения</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="39"/>
        <source>Discussion announced on</source>
        <translation>Дата уведомления об обсуждении</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="40"/>
        <source>Announced through</source>
        <translation>Способы уведомления</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="41"/>
        <source>Discussion held on</source>
        <translation>Дата проведения обсуждения</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="42"/>
        <source>To be announced by</source>
        <translation>Уведомить не позднее</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="43"/>
        <source>Commission members</source>
        <translation>Состав комиссии (рабочей группы)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="44"/>
        <source>Commission formed on</source>
        <translation>Дата создания комиссии (рабочей группы)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="45"/>
        <source>Facts</source>
        <translation>Факты</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="46"/>
        <source>References to legislation</source>
        <translation>Ссылки на законодательство</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="47"/>
        <source>Published on</source>
        <translation>Дата размещения</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="48"/>
        <source>Published at</source>
        <translation>Адрес размещения</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="49"/>
        <source>Official statement on</source>
        <translation>Дата официального заявления</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="51"/>
        <source>Reception record no.</source>
        <translation>Запись журнала личного приёма №</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="27"/>
        <source>Registered while e-Otinish was down: to be entered there</source>
        <translation>Зарегистрировано, когда e-Otinish был недоступен: внести туда</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="28"/>
        <source>Applicant&apos;s feedback</source>
        <translation>Отзыв заявителя</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="29"/>
        <source>Feedback obtained</source>
        <translation>Как получен отзыв</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="30"/>
        <source>Feedback obtained on</source>
        <translation>Дата получения отзыва</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../complaint/registration_part.py" line="64"/>
        <source>Complaint (art. 91–96)</source>
        <translation>Жалоба (ст. 91–96 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="69"/>
        <source>Fill from our case</source>
        <translation>Заполнить по нашему делу</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="87"/>
        <source>The act did not state the appeal route of art. 80 part 5 (six months, art. 92 part 1-1)</source>
        <translation>В акте не указан порядок обжалования по ч. 5 ст. 80 АППК (шесть месяцев, ч. 1-1 ст. 92 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="95"/>
        <source>The complainant&apos;s rights and duties were explained (art. 94 part 2)</source>
        <translation>Заявителю разъяснены его права и обязанности (ч. 2 ст. 94 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="102"/>
        <source>Our side</source>
        <translation>Наша роль</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="103"/>
        <source>What is challenged (art. 91 part 1)</source>
        <translation>Что обжалуется (ч. 1 ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="109"/>
        <source>Our case challenged (registration number)</source>
        <translation>Наше обжалуемое дело (регистрационный номер)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="110"/>
        <source>Body or official challenged (art. 93 part 2 4))</source>
        <translation>Обжалуемый орган или должностное лицо (подп. 4) ч. 2 ст. 93 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="112"/>
        <source>Official who took it, if ours (art. 97 part 2)</source>
        <translation>Должностное лицо, принявшее акт или совершившее действие, если из нашего аппарата (ч. 2 ст. 97 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="114"/>
        <source>The act or action: number, date, content</source>
        <translation>Акт или действие: номер, дата, содержание</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="115"/>
        <source>Date of the act or action</source>
        <translation>Дата акта или действия</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="116"/>
        <source>The complainant learned of it on (art. 92 part 1)</source>
        <translation>Дата, когда заявителю стало известно об акте или действии (ч. 1 ст. 92 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="117"/>
        <source>Filed with the challenged body on (art. 91 part 4)</source>
        <translation>Дата подачи жалобы в обжалуемый орган (ч. 4 ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="120"/>
        <source>The act says a complaint does not suspend it (art. 96 part 2)</source>
        <translation>В акте указано, что подача жалобы не приостанавливает его исполнение (ч. 2 ст. 96 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="122"/>
        <source>Its grounds, as the act states them</source>
        <translation>Основания, как они указаны в акте</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="124"/>
        <source>Actual address or location (art. 93 part 2 3))</source>
        <translation>Фактический адрес или место нахождения (подп. 3) ч. 2 ст. 93 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="126"/>
        <source>List of attached documents (art. 93 part 2 8))</source>
        <translation>Перечень прилагаемых документов (подп. 8) ч. 2 ст. 93 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="211"/>
        <source>Enter the day the complainant learned of the act or action to see the filing term (art. 92).</source>
        <translation>Укажите день, когда заявителю стало известно об акте или действии, чтобы рассчитать срок подачи жалобы (ст. 92 АППК).</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="218"/>
        <source>Last day to file: {due} ({months} months, {article}).</source>
        <translation>Последний день подачи жалобы: {due} (месяцев: {months}; {article}).</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="221"/>
        <source>Filed late: the complaint is still accepted and registered; the reason is examined in consideration, and the complaint body may restore the term on a motion (art. 92 parts 2–3).</source>
        <translation>Подана с пропуском срока: жалоба всё равно принимается и регистрируется; причины пропуска устанавливаются при рассмотрении, и орган, рассматривающий жалобу, может восстановить срок по ходатайству (ч. 2–3 ст. 92 АППК).</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="223"/>
        <source>Filed in time.</source>
        <translation>Подана в срок.</translation>
    </message>
</context>
<context>
    <name>ComplaintRegister</name>
    <message>
        <location filename="../complaint/register.py" line="29"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="30"/>
        <source>Registered</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="31"/>
        <source>Our side</source>
        <translation>Наша роль</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="32"/>
        <source>Complainant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="33"/>
        <source>Challenged</source>
        <translation>Обжалуемый орган и акт</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="34"/>
        <source>Last day to file</source>
        <translation>Последний день подачи жалобы</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="35"/>
        <source>Execution of the act (art. 96)</source>
        <translation>Исполнение акта (ст. 96 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="36"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="37"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="38"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="39"/>
        <source>Court case</source>
        <translation>Судебное дело</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="116"/>
        <source>filed late (art. 92 part 3)</source>
        <translation>подана с пропуском срока (ч. 3 ст. 92 АППК)</translation>
    </message>
</context>
<context>
    <name>ComplaintRegisterDialog</name>
    <message>
        <location filename="../complaint/register.py" line="135"/>
        <source>Complaint register</source>
        <translation>Реестр жалоб</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="147"/>
        <source>Open only</source>
        <translation>Только незавершённые</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="152"/>
        <source>Both sides</source>
        <translation>Все жалобы</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="153"/>
        <source>Complaints we consider</source>
        <translation>Жалобы, рассматриваемые нами</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="154"/>
        <source>Complaints against our acts</source>
        <translation>Жалобы на наши акты</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="183"/>
        <source>Complaints: {n}</source>
        <translation>Жалоб: {n}</translation>
    </message>
</context>
<context>
    <name>ComplaintTab</name>
    <message>
        <location filename="../complaint/tab.py" line="37"/>
        <source>Official challenged (art. 97 part 2)</source>
        <translation>Обжалуемое должностное лицо (ч. 2 ст. 97 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/tab.py" line="49"/>
        <source>Filed after the term. It was accepted and registered all the same; the reason is examined in consideration and may be a ground to leave it unsatisfied (art. 92 part 3). The complaint body may restore the term on the participant&apos;s motion (art. 92 part 2).</source>
        <translation>Подана с пропуском срока. Жалоба тем не менее принята и зарегистрирована; причины пропуска устанавливаются при рассмотрении и могут служить основанием для оставления жалобы без удовлетворения (ч. 3 ст. 92 АППК). Орган, рассматривающий жалобу, может восстановить срок по ходатайству участника (ч. 2 ст. 92 АППК).</translation>
    </message>
    <message>
        <location filename="../complaint/tab.py" line="67"/>
        <source>Term to file the complaint, day by day (art. 92):</source>
        <translation>Срок подачи жалобы по дням (ст. 92 АППК):</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../admin/connection_dialog.py" line="71"/>
        <source>Zholdanym: where the office&apos;s data is kept</source>
        <translation>Zholdanym: где хранятся данные учреждения</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="77"/>
        <source>Choose once where this computer keeps the office&apos;s appeals. The office&apos;s IT person can tell which one.</source>
        <translation>Выберите один раз, где этот компьютер хранит обращения учреждения. Какой вариант выбрать, подскажет ИТ-специалист учреждения.</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="79"/>
        <source>This computer only (SQLite)</source>
        <translation>Только этот компьютер (SQLite)</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="81"/>
        <source>One workstation: the data is a file on this computer, backed up beside it:
{path}</source>
        <translation>Одно рабочее место: данные в файле на этом компьютере, резервные копии рядом с ним:
{path}</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="83"/>
        <source>The office server (PostgreSQL)</source>
        <translation>Сервер учреждения (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="85"/>
        <source>Several workstations share one database on the office&apos;s server. Type what the IT person gives you (the command &quot;setup-server&quot; prints it).</source>
        <translation>Несколько рабочих мест работают с одной базой данных на сервере учреждения. Введите то, что даст ИТ-специалист (это выводит команда &quot;setup-server&quot;).</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="91"/>
        <source>The office server</source>
        <translation>Сервер учреждения</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="99"/>
        <source>Server (name or address)</source>
        <translation>Сервер (имя или адрес)</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="99"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="100"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="100"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="101"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="105"/>
        <source>The password is kept in this computer&apos;s credential store, not in a file.</source>
        <translation>Пароль хранится в хранилище учётных данных этого компьютера, а не в файле.</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="106"/>
        <source>This computer has no credential store: the password is not saved anywhere and is asked at each start.</source>
        <translation>На этом компьютере нет хранилища учётных данных: пароль нигде не сохраняется и запрашивается при каждом запуске.</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="109"/>
        <source>Test the connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="146"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="171"/>
        <source>The connection works: the office&apos;s database is ready (schema {version}).</source>
        <translation>Подключение работает: база данных учреждения готова (схема {version}).</translation>
    </message>
</context>
<context>
    <name>ControlModel</name>
    <message>
        <location filename="../journal/control_model.py" line="17"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../journal/control_model.py" line="18"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../journal/control_model.py" line="19"/>
        <source>What is due</source>
        <translation>Что требуется</translation>
    </message>
    <message>
        <location filename="../journal/control_model.py" line="20"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../journal/control_model.py" line="21"/>
        <source>Left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../journal/control_model.py" line="22"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <location filename="../journal/control_panel.py" line="64"/>
        <source>Whole office</source>
        <translation>Весь аппарат</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="65"/>
        <source>My cases</source>
        <translation>Мои дела</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="78"/>
        <source>within </source>
        <translation>в течение </translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="121"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="122"/>
        <source>By executor</source>
        <translation>По исполнителям</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="123"/>
        <location filename="../journal/control_panel.py" line="233"/>
        <source>Reception</source>
        <translation>Личный приём</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="126"/>
        <source>Print the daily list…</source>
        <translation>Печать списка на день…</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="128"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="142"/>
        <source>Remind at</source>
        <translation>Напоминать в</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="202"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="205"/>
        <source>(not assigned)</source>
        <translation>(не назначен)</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="211"/>
        <source>Not in e-Otinish: {n}</source>
        <translation>Нет в e-Otinish: {n}</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="226"/>
        <source>Booking {number} of {day} {time}: no outcome recorded</source>
        <translation>Запись № {number} на {day} {time}: результат приёма не внесён</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="229"/>
        <source>Reception of {when}, {who}: the written appeal is not registered yet (art. 90 part 4)</source>
        <translation>Приём {when}, {who}: письменное обращение ещё не зарегистрировано (ч. 4 ст. 90 АППК)</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="232"/>
        <source>Reception: {n}</source>
        <translation>Личный приём: {n}</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="267"/>
        <source>Save the control list as PDF</source>
        <translation>Сохранить контрольный список в PDF</translation>
    </message>
</context>
<context>
    <name>ControlPrint</name>
    <message>
        <location filename="../journal/control_print.py" line="21"/>
        <source>Control list for {date}</source>
        <translation>Контрольный список на {date}</translation>
    </message>
    <message>
        <location filename="../journal/control_print.py" line="24"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../journal/control_print.py" line="25"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../journal/control_print.py" line="26"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../journal/control_print.py" line="27"/>
        <source>What is due</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <location filename="../journal/control_print.py" line="28"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../journal/control_print.py" line="29"/>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <location filename="../journal/control_print.py" line="30"/>
        <source>not assigned</source>
        <translation>не назначен</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../dashboard/window.py" line="153"/>
        <source>Dashboard</source>
        <translation>Панель руководителя</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="163"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="169"/>
        <source>Open and overdue at each month&apos;s end; overdue by the due date as it stands now (an extension of art. 76 counts from its new date). Late: closed after the due date. Click a bar or a point to see the appeals behind it.</source>
        <translation>Открытые и просроченные — на конец каждого месяца; просрочка считается по сроку в его нынешнем виде (продлённый по ст. 76 АППК — от новой даты). С опозданием: закрытые после срока. Щёлкните столбец или точку, чтобы увидеть обращения за ними.</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="175"/>
        <source>Received per month</source>
        <translation>Поступило по месяцам</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="176"/>
        <source>Open and overdue at the month&apos;s end</source>
        <translation>Открытые и просроченные на конец месяца</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="177"/>
        <source>How the period&apos;s cases ended</source>
        <translation>Чем завершились дела периода</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="178"/>
        <source>Executors: open now, overdue now</source>
        <translation>Исполнители: открыто сейчас, просрочено сейчас</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="186"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="186"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="186"/>
        <location filename="../dashboard/window.py" line="253"/>
        <source>A year earlier</source>
        <translation>Годом ранее</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="186"/>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="187"/>
        <source>Open at the end</source>
        <translation>Открыто на конец</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="187"/>
        <source>Overdue at the end</source>
        <translation>Просрочено на конец</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="188"/>
        <source>How it ended</source>
        <translation>Чем завершилось</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="188"/>
        <location filename="../dashboard/window.py" line="275"/>
        <source>Appeals</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="190"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="190"/>
        <location filename="../dashboard/window.py" line="260"/>
        <location filename="../dashboard/window.py" line="283"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="190"/>
        <location filename="../dashboard/window.py" line="261"/>
        <location filename="../dashboard/window.py" line="283"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="190"/>
        <source>Ended in the period</source>
        <translation>Завершено за период</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="191"/>
        <source>Of them late</source>
        <translation>Из них с опозданием</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="198"/>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="199"/>
        <source>Figures</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="201"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="226"/>
        <source>12 months to {day}: loading…</source>
        <translation>12 месяцев по {day}: загрузка…</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="230"/>
        <source>The dashboard could not be read.</source>
        <translation>Не удалось прочитать данные панели.</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="236"/>
        <source>{first} – {last}: received {received} (a year earlier {before}), open now {open}, overdue now {overdue}</source>
        <translation>{first} – {last}: поступило {received} (годом ранее {before}), открыто сейчас {open}, просрочено сейчас {overdue}</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="254"/>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="289"/>
        <source>Not assigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="333"/>
        <source>Received in {month}</source>
        <translation>Поступившие в {month}</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="333"/>
        <source>Received a year before {month}</source>
        <translation>Поступившие годом ранее {month}</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="334"/>
        <source>Open at the end of {month}</source>
        <translation>Открытые на конец {month}</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="334"/>
        <source>Overdue at the end of {month}</source>
        <translation>Просроченные на конец {month}</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="335"/>
        <source>Ended in the period: {key}</source>
        <translation>Завершённые за период: {key}</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="335"/>
        <source>{who}: open now</source>
        <translation>{who}: открыто сейчас</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="336"/>
        <source>{who}: overdue now</source>
        <translation>{who}: просрочено сейчас</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="336"/>
        <source>{who}: ended in the period</source>
        <translation>{who}: завершено за период</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="337"/>
        <source>{who}: ended late in the period</source>
        <translation>{who}: завершено с опозданием за период</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../common/dates.py" line="134"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../common/dates.py" line="138"/>
        <source>Calendar (Alt+Down)</source>
        <translation>Календарь (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../common/dates.py" line="171"/>
        <source>Enter the date as dd.mm.yyyy, for example 01.12.2026.</source>
        <translation>Введите дату в виде дд.мм.гггг, например 01.12.2026.</translation>
    </message>
    <message>
        <location filename="../common/dates.py" line="174"/>
        <source>«{text}» is not a date: type it as dd.mm.yyyy, for example 01.12.2026.</source>
        <translation>«{text}» не является датой: введите в виде дд.мм.гггг, например 01.12.2026.</translation>
    </message>
    <message>
        <location filename="../common/dates.py" line="176"/>
        <source>The date must be between {first} and {last}.</source>
        <translation>Дата должна быть в пределах от {first} до {last}.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../common/dates.py" line="306"/>
        <source>hh:mm</source>
        <translation>чч:мм</translation>
    </message>
    <message>
        <location filename="../common/dates.py" line="336"/>
        <source>«{text}» is not a time: type it as hh:mm, for example 09:30.</source>
        <translation>«{text}» не является временем: введите в виде чч:мм, например 09:30.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../case/document_dialog.py" line="98"/>
        <source>New document</source>
        <translation>Новый документ</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="120"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="121"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="122"/>
        <source>Corrects the document (art. 82)</source>
        <translation>Исправляет документ (ст. 82 АППК)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="205"/>
        <source>General (no special law)</source>
        <translation>Общая (без специального закона)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="217"/>
        <source>Category of the act</source>
        <translation>Категория акта</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="218"/>
        <source>Appeal route that will print (art. 80 part 5)</source>
        <translation>Порядок обжалования, который будет напечатан (ч. 5 ст. 80 АППК)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="234"/>
        <source>the head&apos;s acts</source>
        <translation>актов руководителя</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="234"/>
        <source>a deputy&apos;s acts</source>
        <translation>актов заместителя</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="235"/>
        <source>this category of acts</source>
        <translation>этой категории актов</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="237"/>
        <source>Complaint to: {body} (route for {whose})</source>
        <translation>Жалоба: {body} (порядок для {whose})</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="239"/>
        <source>No superior body: to the court, {court} (route for {whose})</source>
        <translation>Вышестоящего органа нет: в суд, {court} (порядок для {whose})</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="242"/>
        <source>No route is set for {whose}: the act cannot be issued.</source>
        <translation>Для {whose} порядок обжалования не задан: акт не может быть оформлен.</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="273"/>
        <source>Preparing the document…</source>
        <translation>Документ готовится…</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <location filename="../case/document_dialog.py" line="37"/>
        <source>Matter decided (art. 80 part 1 4))</source>
        <translation>Разрешённый вопрос (подп. 4) ч. 1 ст. 80 АППК)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="38"/>
        <source>Reasoning (art. 80 part 1 4))</source>
        <translation>Обоснование (подп. 4) ч. 1 ст. 80 АППК)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="39"/>
        <source>No reasoning: item of art. 80 part 2 (1, 2 or 3)</source>
        <translation>Без обоснования: подпункт ч. 2 ст. 80 АППК (1, 2 или 3)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="40"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="41"/>
        <source>Kind of act (favourable or burdening)</source>
        <translation>Вид акта (благоприятный или обременяющий)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="42"/>
        <source>Why there was no hearing (art. 73 part 2 4))</source>
        <translation>Почему заслушивание не проводилось (подп. 4) ч. 2 ст. 73 АППК)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="43"/>
        <source>Why a complaint does not suspend execution (art. 96 part 2)</source>
        <translation>Почему подача жалобы не приостанавливает исполнение (ч. 2 ст. 96 АППК)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="44"/>
        <source>Attachments, one per line (art. 80 parts 3–4)</source>
        <translation>Приложения, по одному в строке (ч. 3–4 ст. 80 АППК)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="45"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="46"/>
        <source>Facts confirming or refuting the arguments (art. 89 part 2)</source>
        <translation>Факты, подтверждающие или опровергающие доводы (ч. 2 ст. 89 АППК)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="47"/>
        <source>References to legislation (art. 89 part 2)</source>
        <translation>Ссылки на законодательство (ч. 2 ст. 89 АППК)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="48"/>
        <source>What is missing, one per line (art. 64 part 6)</source>
        <translation>Что не указано, по одному в строке (ч. 6 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="49"/>
        <source>Correct by</source>
        <translation>Исправить до</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="50"/>
        <source>Ground</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="51"/>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="52"/>
        <source>What was forwarded (the whole appeal or which requests)</source>
        <translation>Что перенаправлено (обращение полностью или какие вопросы)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="53"/>
        <source>Competent body</source>
        <translation>Компетентный орган</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="54"/>
        <source>Forwarded on</source>
        <translation>Дата перенаправления</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="55"/>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="56"/>
        <source>New last day</source>
        <translation>Новый последний день срока</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="57"/>
        <source>Former last day</source>
        <translation>Прежний последний день срока</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="58"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="59"/>
        <source>Preliminary decision</source>
        <translation>Предварительное решение</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="60"/>
        <source>Form of the hearing</source>
        <translation>Форма заслушивания</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="61"/>
        <source>The act not before</source>
        <translation>Принятие акта не ранее</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="62"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="63"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="64"/>
        <source>Started at</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="65"/>
        <source>Ended at</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="66"/>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="67"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="68"/>
        <source>Explanations, questions, answers, statements</source>
        <translation>Пояснения, вопросы, ответы, заявления</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="69"/>
        <source>Official whose recusal was decided</source>
        <translation>Должностное лицо, по отводу которого принято решение</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="70"/>
        <source>Decision (granted or refused)</source>
        <translation>Решение (удовлетворён или отказано)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="71"/>
        <source>Delivered by (art. 66 part 2)</source>
        <translation>Способ направления (ч. 2 ст. 66 АППК)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="72"/>
        <source>Sent on</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="73"/>
        <source>The act or action (inaction) challenged, in brief (art. 101 part 1 4))</source>
        <translation>Краткое изложение обжалуемого акта или действия (бездействия) (подп. 4) ч. 1 ст. 101 АППК)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="74"/>
        <source>Essence of the complaint (art. 101 part 1 5))</source>
        <translation>Суть жалобы (подп. 5) ч. 1 ст. 101 АППК)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="75"/>
        <source>Legal norms applied (art. 101 part 1 6))</source>
        <translation>Применённые нормы законодательства (подп. 6) ч. 1 ст. 101 АППК)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="76"/>
        <source>Kind of decision (art. 100 part 1)</source>
        <translation>Вид решения (ч. 1 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="77"/>
        <source>Copy to the challenged body (art. 100 part 4)</source>
        <translation>Копия обжалуемому органу (ч. 4 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="78"/>
        <source>Case file sent, one document per line (art. 91 part 4)</source>
        <translation>Направляемые материалы дела, по одному документу в строке (ч. 4 ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="79"/>
        <source>Position of the body (optional)</source>
        <translation>Позиция органа (необязательно)</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../common/document_preview.py" line="82"/>
        <source>Preview: {title}</source>
        <translation>Предпросмотр: {title}</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="102"/>
        <source>Page width</source>
        <translation>По ширине страницы</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="107"/>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="140"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="143"/>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="145"/>
        <source>Open in Word or LibreOffice</source>
        <translation>Открыть в Word или LibreOffice</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="147"/>
        <source>A copy opens for editing; the issued document stays as it was issued.</source>
        <translation>Для правки открывается копия; выданный документ остаётся таким, каким был выдан.</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="148"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="191"/>
        <source>Making the pages with {engine}… {s} s</source>
        <translation>{engine} готовит страницы… {s} с</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="193"/>
        <source>Converting…</source>
        <translation>Преобразование…</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="204"/>
        <source>Pages: {n}</source>
        <translation>Страниц: {n}</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="219"/>
        <source>No preview</source>
        <translation>Предпросмотра нет</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="330"/>
        <source>The document was not printed.</source>
        <translation>Документ не напечатан.</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="369"/>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../case/documents_tab.py" line="44"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../case/documents_tab.py" line="44"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../case/documents_tab.py" line="45"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../case/documents_tab.py" line="45"/>
        <source>Issued</source>
        <translation>Оформлен</translation>
    </message>
    <message>
        <location filename="../case/documents_tab.py" line="46"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../case/documents_tab.py" line="51"/>
        <source>New document…</source>
        <translation>Новый документ…</translation>
    </message>
    <message>
        <location filename="../case/documents_tab.py" line="53"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../case/documents_tab.py" line="54"/>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <location filename="../case/documents_tab.py" line="55"/>
        <source>Preview and print…</source>
        <translation>Просмотр и печать…</translation>
    </message>
    <message>
        <location filename="../case/documents_tab.py" line="57"/>
        <source>Inventory of the case (art. 69)</source>
        <translation>Опись дела (ст. 69 АППК)</translation>
    </message>
    <message>
        <location filename="../case/documents_tab.py" line="124"/>
        <source>Save a copy to</source>
        <translation>Папка для сохранения копии</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../intake/duplicates_panel.py" line="29"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="30"/>
        <source>Registered</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="31"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="32"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="33"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="34"/>
        <source>Why</source>
        <translation>Признак совпадения</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="41"/>
        <source>same IIN/BIN {number} and name</source>
        <translation>тот же ИИН/БИН {number} и то же ФИО (наименование)</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="43"/>
        <source>same name and settlement ({place}); substance {percent}% alike: {words}</source>
        <translation>то же ФИО и населённый пункт ({place}); суть совпадает на {percent}%: {words}</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="86"/>
        <source>Open the earlier case</source>
        <translation>Открыть прежнее дело</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="90"/>
        <source>Propose filing into the earlier case (art. 64 part 8)</source>
        <translation>Предложить приобщить к прежнему делу (ч. 8 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="93"/>
        <source>The earlier appeal was returned as a repeat appeal (art. 64 part 7 2)); submitted again, it is filed into the earlier case without an answer (art. 64 part 8). The head decides.</source>
        <translation>Прежнее обращение возвращено как повторное (подп. 2) ч. 7 ст. 64 АППК); поданное вновь, оно приобщается к материалам прежнего дела без ответа (ч. 8 ст. 64 АППК). Решение принимает руководитель.</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="95"/>
        <source>Not a duplicate</source>
        <translation>Не повтор</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="141"/>
        <source>&lt;b&gt;Possible duplicate of № {number}&lt;/b&gt; ({why}). Advice only: the appeal is registered in any case (art. 64 part 1).</source>
        <translation>&lt;b&gt;Возможно, повтор обращения № {number}&lt;/b&gt; ({why}). Это только подсказка: обращение регистрируется в любом случае (ч. 1 ст. 64 АППК).</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="162"/>
        <source>Repeat of № {number}</source>
        <translation>Повторное к № {number}</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="187"/>
        <source>Will be registered and proposed for filing into № {number} (art. 64 part 8).</source>
        <translation>Будет зарегистрировано с предложением приобщить к делу № {number} (ч. 8 ст. 64 АППК).</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="189"/>
        <source>Will be registered as a repeat of № {number}.</source>
        <translation>Будет зарегистрировано как повторное к № {number}.</translation>
    </message>
</context>
<context>
    <name>EmptyNote</name>
    <message>
        <location filename="../journal/empty_note.py" line="60"/>
        <source>No appeals under the filter {filters}.</source>
        <translation>Нет обращений по фильтру {filters}.</translation>
    </message>
    <message>
        <location filename="../journal/empty_note.py" line="61"/>
        <source>No appeals registered yet.</source>
        <translation>Обращения ещё не зарегистрированы.</translation>
    </message>
    <message>
        <location filename="../journal/empty_note.py" line="62"/>
        <source>Nothing found for «{text}».</source>
        <translation>По запросу «{text}» ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../journal/empty_note.py" line="64"/>
        <source>Only appeals under the filter {filters} were searched.</source>
        <translation>Поиск выполнен только среди обращений по фильтру {filters}.</translation>
    </message>
    <message>
        <location filename="../journal/empty_note.py" line="66"/>
        <source>A registration number is found from its beginning or by its sequence number; an IIN, a BIN or an e-Otinish number by all its digits.</source>
        <translation>Регистрационный номер ищется по началу или по порядковому номеру; ИИН, БИН или номер e-Otinish — по всем цифрам.</translation>
    </message>
    <message>
        <location filename="../journal/empty_note.py" line="69"/>
        <source>A name is found in the Kazakh and the Russian spelling alike: Жұмабаева and Жумабаева find each other.</source>
        <translation>Имя находится и в казахском, и в русском написании: Жұмабаева и Жумабаева находят друг друга.</translation>
    </message>
</context>
<context>
    <name>EotinishQueue</name>
    <message>
        <location filename="../eotinish/queue_tab.py" line="35"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../eotinish/queue_tab.py" line="35"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../eotinish/queue_tab.py" line="35"/>
        <source>Waited</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location filename="../eotinish/queue_tab.py" line="36"/>
        <source>Outage</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <location filename="../eotinish/queue_tab.py" line="46"/>
        <source>{n} working d.</source>
        <translation>{n} раб. дн.</translation>
    </message>
    <message>
        <location filename="../eotinish/queue_tab.py" line="47"/>
        <source>{n} h</source>
        <translation>{n} ч</translation>
    </message>
    <message>
        <location filename="../eotinish/queue_tab.py" line="55"/>
        <source>during an outage</source>
        <translation>во время сбоя</translation>
    </message>
    <message>
        <location filename="../eotinish/queue_tab.py" line="64"/>
        <source>Every appeal has its e-Otinish number.</source>
        <translation>У всех обращений есть номер e-Otinish.</translation>
    </message>
    <message>
        <location filename="../eotinish/queue_tab.py" line="66"/>
        <source>Waiting for their e-Otinish number: {n}; the {shown} waiting longest are listed. Open one to enter its number.</source>
        <translation>Ждут номера e-Otinish: {n}; показаны {shown}, ожидающих дольше всех. Откройте обращение, чтобы внести номер.</translation>
    </message>
    <message>
        <location filename="../eotinish/queue_tab.py" line="69"/>
        <source>Waiting for their e-Otinish number: {n}. Open one to enter its number.</source>
        <translation>Ждут номера e-Otinish: {n}. Откройте обращение, чтобы внести номер.</translation>
    </message>
</context>
<context>
    <name>ExclusionDialog</name>
    <message>
        <location filename="../reports/exclusion_dialog.py" line="25"/>
        <source>Counted in the statistics.</source>
        <translation>Учитывается в статистике.</translation>
    </message>
    <message>
        <location filename="../reports/exclusion_dialog.py" line="26"/>
        <source>Not counted: {reason}.</source>
        <translation>Не учитывается: {reason}.</translation>
    </message>
    <message>
        <location filename="../reports/exclusion_dialog.py" line="39"/>
        <source>Not counted under art. 69 part 3</source>
        <translation>Не подлежащие учёту по ч. 3 ст. 69 АППК</translation>
    </message>
    <message>
        <location filename="../reports/exclusion_dialog.py" line="44"/>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <location filename="../reports/exclusion_dialog.py" line="60"/>
        <source>Appeal:</source>
        <translation>Обращение:</translation>
    </message>
    <message>
        <location filename="../reports/exclusion_dialog.py" line="62"/>
        <source>Reason:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <location filename="../reports/exclusion_dialog.py" line="63"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../reports/exclusion_dialog.py" line="64"/>
        <source>Do not count</source>
        <translation>Не учитывать</translation>
    </message>
    <message>
        <location filename="../reports/exclusion_dialog.py" line="67"/>
        <source>Count again</source>
        <translation>Учитывать снова</translation>
    </message>
    <message>
        <location filename="../reports/exclusion_dialog.py" line="70"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../reports/exclusion_dialog.py" line="77"/>
        <source>Appeals not subject to accounting (art. 69 part 3) stay registered and are considered as usual; the reports leave them out.</source>
        <translation>Обращения, не подлежащие учёту (ч. 3 ст. 69 АППК), остаются зарегистрированными и рассматриваются в обычном порядке; в отчётах они не учитываются.</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../common/explain.py" line="12"/>
        <source>the appeal received</source>
        <translation>обращение поступило</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="13"/>
        <source>content on a crime or a threat to security noted</source>
        <translation>отмечены сведения о преступлении или угрозе безопасности</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="14"/>
        <source>the period to correct ended, or the appeal was registered</source>
        <translation>истёк срок для устранения нарушений либо обращение зарегистрировано</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="15"/>
        <source>the extension decided</source>
        <translation>принято решение о продлении срока</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="16"/>
        <source>the termination decided</source>
        <translation>принято решение о прекращении</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="17"/>
        <source>the preliminary decision notified</source>
        <translation>направлено уведомление о предварительном решении</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="18"/>
        <location filename="../common/explain.py" line="19"/>
        <source>the participant received the preliminary decision</source>
        <translation>участник получил предварительное решение</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="20"/>
        <source>the oral hearing ended</source>
        <translation>устное заслушивание завершено</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="21"/>
        <source>the participant read the protocol</source>
        <translation>участник ознакомился с протоколом</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="22"/>
        <source>the recusal declared</source>
        <translation>заявлен отвод</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="23"/>
        <source>the recusal decided</source>
        <translation>принято решение по отводу</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="24"/>
        <source>access to the file requested</source>
        <translation>заявлено ходатайство об ознакомлении с материалами дела</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="25"/>
        <source>the correction requested</source>
        <translation>поступило ходатайство об исправлении</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="26"/>
        <source>the act corrected</source>
        <translation>акт исправлен</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="27"/>
        <source>the decision delivered</source>
        <translation>решение доведено до сведения участника</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="28"/>
        <source>the decision to send the case back issued</source>
        <translation>принято решение о направлении дела в обжалуемый орган</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="29"/>
        <source>the complaint left without consideration</source>
        <translation>жалоба оставлена без рассмотрения</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="30"/>
        <source>the binding decision on the complaint learned</source>
        <translation>стало известно обязательное решение по жалобе</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="31"/>
        <source>the petition decided</source>
        <translation>по петиции принято решение</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="45"/>
        <source>{date}: {event}; the clock counts from the next working day ({article}).</source>
        <translation>{date}: {event}; срок исчисляется со следующего рабочего дня ({article}).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="49"/>
        <source>{date}: to be done at once ({article}).</source>
        <translation>{date}: подлежит немедленному исполнению ({article}).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="50"/>
        <source>{date}: the last day, {days} working days ({article}).</source>
        <translation>{date}: последний день, раб. дн.: {days} ({article}).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="53"/>
        <source>{date}: the extension decided ({article}).</source>
        <translation>{date}: принято решение о продлении срока ({article}).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="55"/>
        <source>{date}: two months after the decision, to the same day number (a convention: the Code does not say how months are counted).</source>
        <translation>{date}: два месяца после решения, до того же числа (условное правило: Кодекс не устанавливает порядок исчисления месяцев).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="57"/>
        <source>{date}: the last day moves to the next working day ({article}).</source>
        <translation>{date}: последний день переносится на следующий рабочий день ({article}).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="60"/>
        <source>{date}: the third working day before the public discussion, the last day to invite the author and the interested persons ({article}).</source>
        <translation>{date}: третий рабочий день до публичного обсуждения – последний день для приглашения заявителя и заинтересованных лиц ({article}).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="63"/>
        <source>{date}: the participant learned of the act or the action (inaction) ({article}).</source>
        <translation>{date}: участнику стало известно об акте или действии (бездействии) ({article}).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="66"/>
        <source>{date}: {months} months later, to the same day number, or the last day of a shorter month (a convention: the Code does not say how months are counted).</source>
        <translation>{date}: через {months} мес., до того же числа либо до последнего дня более короткого месяца (условное правило: Кодекс не устанавливает порядок исчисления месяцев).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="69"/>
        <source>{date}: the last day to file the complaint ({article}). A complaint filed later is still accepted and registered (art. 92 part 3).</source>
        <translation>{date}: последний день подачи жалобы ({article}). Жалоба, поданная позже, всё равно принимается и регистрируется (ч. 3 ст. 92 АППК).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="72"/>
        <source>{date}: the latest date an extension decided that day may set.</source>
        <translation>{date}: самая поздняя дата, которую может установить решение о продлении, принятое в этот день.</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="74"/>
        <source>{date}: the term was extended to this day ({article}).</source>
        <translation>{date}: срок продлён до этого дня ({article}).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="76"/>
        <source>{date}: the office set a period to correct until {until} ({article}).</source>
        <translation>{date}: административный орган установил срок для устранения недостатков до {until} ({article}).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="89"/>
        <source>weekend</source>
        <translation>выходной день</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="93"/>
        <source>day off moved from the holiday &quot;{name}&quot;</source>
        <translation>выходной день, перенесённый в связи с праздником «{name}»</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="95"/>
        <source>holiday &quot;{name}&quot; (date estimated; check the decree)</source>
        <translation>праздник «{name}» (дата предварительная; сверьте с постановлением)</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="96"/>
        <source>public holiday &quot;{name}&quot;</source>
        <translation>праздничный день «{name}»</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="98"/>
        <source>extra day off set by the office: {reason} {decree}</source>
        <translation>дополнительный выходной день, установленный аппаратом: {reason} {decree}</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="100"/>
        <source>non-working day</source>
        <translation>нерабочий день</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="108"/>
        <source>{date} {time}: received.</source>
        <translation>{date} {time}: поступило.</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="110"/>
        <source>{date}: registered the day it was received (art. 64 part 3).</source>
        <translation>{date}: зарегистрировано в день поступления (ч. 3 ст. 64 АППК).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="113"/>
        <source>{date}: registered on the next working day, because it was received after the end of the working day at {end} (art. 64 part 3).</source>
        <translation>{date}: зарегистрировано на следующий рабочий день, так как поступило после окончания рабочего дня в {end} (ч. 3 ст. 64 АППК).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="114"/>
        <source>{date}: registered on the next working day, because it was received on a non-working day (art. 64 part 3).</source>
        <translation>{date}: зарегистрировано на следующий рабочий день, так как поступило в нерабочий день (ч. 3 ст. 64 АППК).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="116"/>
        <source>{date}: registered (art. 64 part 3).</source>
        <translation>{date}: зарегистрировано (ч. 3 ст. 64 АППК).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="118"/>
        <source>The term is counted from the day after the complaint was received, {date} (art. 91 part 4).</source>
        <translation>Срок исчисляется со дня, следующего за днём поступления жалобы, — с {date} (ч. 4 ст. 91 АППК).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="120"/>
        <source>The term is counted from the day after registration, {date} (art. 76 part 2).</source>
        <translation>Срок исчисляется со дня, следующего за днём регистрации, — с {date} (ч. 2 ст. 76 АППК).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="122"/>
        <source>{date}: working day {n}.</source>
        <translation>{date}: {n}-й рабочий день.</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="124"/>
        <source>{date}: not counted: {reason}.</source>
        <translation>{date}: не засчитывается: {reason}.</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="126"/>
        <source>{date}: the last day of the term of {days} working days ({article}).</source>
        <translation>{date}: последний день срока (рабочих дней: {days}; {article}).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="135"/>
        <source>APPC art. {article} part {part} subparagraph {sub})</source>
        <translation>подп. {sub}) ч. {part} ст. {article} АППК</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="138"/>
        <source>APPC art. {article} part {part}</source>
        <translation>ч. {part} ст. {article} АППК</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="140"/>
        <source>APPC art. {article}</source>
        <translation>ст. {article} АППК</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../admin/first_run_dialog.py" line="25"/>
        <source>Zholdanym: set up the office</source>
        <translation>Zholdanym: настройка аппарата</translation>
    </message>
    <message>
        <location filename="../admin/first_run_dialog.py" line="29"/>
        <source>First administrator</source>
        <translation>Первый администратор</translation>
    </message>
    <message>
        <location filename="../admin/first_run_dialog.py" line="32"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../admin/first_run_dialog.py" line="32"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../admin/first_run_dialog.py" line="33"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../admin/first_run_dialog.py" line="34"/>
        <source>Position (printed on talons, art. 64 part 2)</source>
        <translation>Должность (печатается на талонах, ч. 2 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../admin/first_run_dialog.py" line="35"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../admin/first_run_dialog.py" line="35"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>JournalPrintDialog</name>
    <message>
        <location filename="../journal/print_dialog.py" line="38"/>
        <source>Registration journal (art. 69)</source>
        <translation>Журнал регистрации (ст. 69 АППК)</translation>
    </message>
    <message>
        <location filename="../journal/print_dialog.py" line="47"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../journal/print_dialog.py" line="48"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../journal/print_dialog.py" line="49"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../journal/print_dialog.py" line="65"/>
        <source>Save the journal</source>
        <translation>Сохранить журнал</translation>
    </message>
    <message>
        <location filename="../journal/print_dialog.py" line="79"/>
        <source>Preparing the journal…</source>
        <translation>Журнал готовится…</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <location filename="../reception/journal_tab.py" line="47"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../reception/journal_tab.py" line="47"/>
        <source>Official</source>
        <translation>Должностное лицо</translation>
    </message>
    <message>
        <location filename="../reception/journal_tab.py" line="47"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../reception/journal_tab.py" line="48"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../reception/journal_tab.py" line="48"/>
        <source>Subject</source>
        <translation>Тематика</translation>
    </message>
    <message>
        <location filename="../reception/journal_tab.py" line="48"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../reception/journal_tab.py" line="49"/>
        <source>Written appeal</source>
        <translation>Письменное обращение</translation>
    </message>
    <message>
        <location filename="../reception/journal_tab.py" line="53"/>
        <source>Record a reception…</source>
        <translation>Внести запись о приёме…</translation>
    </message>
    <message>
        <location filename="../reception/journal_tab.py" line="56"/>
        <source>signed by the applicant</source>
        <translation>подписано заявителем</translation>
    </message>
    <message>
        <location filename="../reception/journal_tab.py" line="59"/>
        <source>Register the written appeal</source>
        <translation>Зарегистрировать письменное обращение</translation>
    </message>
    <message>
        <location filename="../reception/journal_tab.py" line="63"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../reception/journal_tab.py" line="67"/>
        <source>as</source>
        <translation>как</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <location filename="../journal/journal_model.py" line="27"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../journal/journal_model.py" line="28"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../journal/journal_model.py" line="29"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../journal/journal_model.py" line="30"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../journal/journal_model.py" line="31"/>
        <source>Substance</source>
        <translation>Суть</translation>
    </message>
    <message>
        <location filename="../journal/journal_model.py" line="32"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../journal/journal_model.py" line="33"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../journal/journal_model.py" line="34"/>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../journal/journal_model.py" line="35"/>
        <source>Working days left</source>
        <translation>Осталось рабочих дней</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../common/labels.py" line="9"/>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="10"/>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="11"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="12"/>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="13"/>
        <source>Response</source>
        <translation>Отклик</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="14"/>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="15"/>
        <source>Petition</source>
        <translation>Петиция</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="18"/>
        <source>Paper</source>
        <translation>На бумажном носителе</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="19"/>
        <source>Electronic</source>
        <translation>В электронной форме</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="20"/>
        <source>Oral (protocol, art. 63 part 1)</source>
        <translation>Устно (протокол, ч. 1 ст. 63 АППК)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="21"/>
        <source>Videoconference</source>
        <translation>По видеоконференцсвязи</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="24"/>
        <location filename="../common/labels.py" line="121"/>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="25"/>
        <source>Incomplete, awaiting correction</source>
        <translation>Неполное, ожидает исправления</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="26"/>
        <source>Assigned</source>
        <translation>Назначен исполнитель</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="27"/>
        <source>Under consideration</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="28"/>
        <source>Hearing</source>
        <translation>Заслушивание</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="29"/>
        <source>Decided</source>
        <translation>Решение принято</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="30"/>
        <source>Answered</source>
        <translation>Дан ответ</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="31"/>
        <source>Taken into consideration</source>
        <translation>Принято к сведению</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="32"/>
        <source>Forwarded</source>
        <translation>Перенаправлено</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="33"/>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="34"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="35"/>
        <source>Terminated</source>
        <translation>Прекращено</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="36"/>
        <source>Filed into an earlier case (art. 64 part 8)</source>
        <translation>Приобщено к материалам ранее поданного обращения (ч. 8 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="39"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="40"/>
        <source>Registrar</source>
        <translation>Регистратор</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="41"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="42"/>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="43"/>
        <source>Deputy head</source>
        <translation>Заместитель руководителя</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="44"/>
        <source>Head of the apparatus</source>
        <translation>Руководитель аппарата</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="47"/>
        <source>Individual</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="48"/>
        <source>Legal entity</source>
        <translation>Юридическое лицо</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="52"/>
        <source>LLP (limited liability partnership)</source>
        <translation>ТОО (товарищество с ограниченной ответственностью)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="53"/>
        <source>JSC (joint-stock company)</source>
        <translation>АО (акционерное общество)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="54"/>
        <source>Production cooperative</source>
        <translation>ПК (производственный кооператив)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="55"/>
        <source>Public association</source>
        <translation>ОО (общественное объединение)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="56"/>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="57"/>
        <source>Municipal state enterprise</source>
        <translation>ГКП (государственное коммунальное предприятие)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="58"/>
        <source>Republican state enterprise</source>
        <translation>РГП (республиканское государственное предприятие)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="59"/>
        <source>Non-profit joint-stock company</source>
        <translation>НАО (некоммерческое акционерное общество)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="60"/>
        <source>Other (type it)</source>
        <translation>Иная (введите)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="63"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="64"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="65"/>
        <location filename="../reception/labels.py" line="26"/>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="68"/>
        <source>applicant&apos;s surname and name, or the organisation&apos;s name (art. 63 part 2 1))</source>
        <translation>фамилия и имя заявителя либо наименование организации (подп. 1) ч. 2 ст. 63 АППК)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="69"/>
        <source>postal address (art. 63 part 2 1))</source>
        <translation>почтовый адрес (подп. 1) ч. 2 ст. 63 АППК)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="70"/>
        <source>addressee body or official (art. 63 part 2 2))</source>
        <translation>орган или должностное лицо, которым адресовано обращение (подп. 2) ч. 2 ст. 63 АППК)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="71"/>
        <source>substance of the appeal (art. 63 part 2 3))</source>
        <translation>суть обращения (подп. 3) ч. 2 ст. 63 АППК)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="72"/>
        <source>date of the appeal (art. 63 part 2 4))</source>
        <translation>дата обращения (подп. 4) ч. 2 ст. 63 АППК)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="73"/>
        <source>signature or electronic signature (art. 63 part 2 5))</source>
        <translation>подпись или электронная цифровая подпись (подп. 5) ч. 2 ст. 63 АППК)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="76"/>
        <source>the complaint body (art. 93 part 2 1))</source>
        <translation>орган, рассматривающий жалобу (подп. 1) ч. 2 ст. 93 АППК)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="77"/>
        <source>complainant&apos;s surname and name, or the organisation&apos;s name (art. 93 part 2 2))</source>
        <translation>фамилия и имя заявителя либо наименование организации (подп. 2) ч. 2 ст. 93 АППК)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="78"/>
        <source>postal address (art. 93 part 2 2))</source>
        <translation>почтовый адрес (подп. 2) ч. 2 ст. 93 АППК)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="79"/>
        <source>actual address or location (art. 93 part 2 3))</source>
        <translation>фактический адрес или место нахождения (подп. 3) ч. 2 ст. 93 АППК)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="80"/>
        <source>the body or official whose act or action is challenged (art. 93 part 2 4))</source>
        <translation>орган или должностное лицо, акт или действие которых обжалуются (подп. 4) ч. 2 ст. 93 АППК)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="81"/>
        <source>circumstances and arguments (art. 93 part 2 5))</source>
        <translation>обстоятельства и доводы (подп. 5) ч. 2 ст. 93 АППК)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="82"/>
        <source>date of the complaint (art. 93 part 2 6))</source>
        <translation>дата подачи жалобы (подп. 6) ч. 2 ст. 93 АППК)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="83"/>
        <source>signature (art. 93 part 2 7))</source>
        <translation>подпись (подп. 7) ч. 2 ст. 93 АППК)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="84"/>
        <source>list of the attached documents (art. 93 part 2 8))</source>
        <translation>перечень прилагаемых документов (подп. 8) ч. 2 ст. 93 АППК)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="90"/>
        <source>the author is a citizen of Kazakhstan, not an organisation (art. 90-1 part 2)</source>
        <translation>заявитель — гражданин Республики Казахстан, а не организация (ч. 2 ст. 90-1 АППК)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="91"/>
        <source>the author&apos;s IIN (art. 90-2 part 2 1))</source>
        <translation>ИИН заявителя (подп. 1) ч. 2 ст. 90-2 АППК)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="92"/>
        <source>the author&apos;s e-mail (art. 90-2 part 2 1))</source>
        <translation>адрес электронной почты заявителя (подп. 1) ч. 2 ст. 90-2 АППК)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="93"/>
        <source>the petition authority&apos;s letter sending it (art. 90-4 part 1)</source>
        <translation>письмо уполномоченного органа о направлении петиции (ч. 1 ст. 90-4 АППК)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="94"/>
        <source>how many citizens joined (art. 90-3 part 4)</source>
        <translation>число граждан, присоединившихся к петиции (ч. 4 ст. 90-3 АППК)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="105"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="106"/>
        <source>Final term today</source>
        <translation>Окончательный срок сегодня</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="107"/>
        <source>Past the final term</source>
        <translation>Окончательный срок истёк</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="108"/>
        <source>Final term within 3 working days</source>
        <translation>Окончательный срок в течение 3 рабочих дней</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="111"/>
        <source>Extra day off</source>
        <translation>Дополнительный выходной день</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="112"/>
        <source>Extra working day</source>
        <translation>Дополнительный рабочий день</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="122"/>
        <source>Status changed</source>
        <translation>Статус изменён</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="123"/>
        <source>Due date recomputed after a calendar change</source>
        <translation>Срок исполнения пересчитан после изменения календаря</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="124"/>
        <source>A clock recomputed after a calendar change</source>
        <translation>Срок пересчитан после изменения календаря</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="125"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="126"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="127"/>
        <source>Appeal routes changed</source>
        <translation>Изменён порядок обжалования</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="128"/>
        <source>Revoked</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="133"/>
        <source>same IIN/BIN and name</source>
        <translation>тот же ИИН/БИН и то же ФИО (наименование)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="134"/>
        <source>same name and settlement, similar substance</source>
        <translation>то же ФИО и населённый пункт, схожая суть</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="14"/>
        <source>Assign (resolution)</source>
        <translation>Назначить исполнителя (резолюция)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="15"/>
        <source>Take into work</source>
        <translation>Принять в работу</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="16"/>
        <source>Ask to correct the appeal (art. 64 part 6)</source>
        <translation>Предложить исправить обращение (ч. 6 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="17"/>
        <source>Corrected by the applicant</source>
        <translation>Исправлено заявителем</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="18"/>
        <source>Reports a crime or a threat to security (art. 64 part 7-2)</source>
        <translation>Содержит сведения о преступлении или угрозе безопасности (ч. 7-2 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="19"/>
        <source>Return the appeal (art. 64 part 7)</source>
        <translation>Вернуть обращение (ч. 7 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="20"/>
        <source>File into the earlier case without an answer (art. 64 part 8)</source>
        <translation>Приобщить к материалам ранее поданного обращения без ответа (ч. 8 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="21"/>
        <source>Forward the whole appeal (art. 65 part 1)</source>
        <translation>Перенаправить обращение полностью (ч. 1 ст. 65 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="22"/>
        <source>Forward some requests (art. 65 part 2)</source>
        <translation>Перенаправить часть вопросов (ч. 2 ст. 65 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="23"/>
        <source>Withdrawn by the applicant (art. 64 part 9)</source>
        <translation>Отозвано заявителем (ч. 9 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="24"/>
        <source>Extend the term (art. 76 part 3)</source>
        <translation>Продлить срок (ч. 3 ст. 76 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="25"/>
        <source>Notify the preliminary decision (art. 73)</source>
        <translation>Уведомить о предварительном решении (ст. 73 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="26"/>
        <source>No hearing: exception of art. 73 part 2</source>
        <translation>Без заслушивания: исключение по ч. 2 ст. 73 АППК</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="27"/>
        <source>Objection received (art. 73 part 3)</source>
        <translation>Поступило возражение (ч. 3 ст. 73 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="28"/>
        <source>Motion for an oral hearing (art. 73 part 3)</source>
        <translation>Ходатайство об устном заслушивании (ч. 3 ст. 73 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="29"/>
        <source>Oral hearing held (art. 74)</source>
        <translation>Проведено устное заслушивание (ст. 74 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="30"/>
        <source>Protocol signed (art. 74 part 4)</source>
        <translation>Протокол подписан (ч. 4 ст. 74 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="31"/>
        <source>Protocol read by the participant (art. 74 part 5)</source>
        <translation>Участник ознакомился с протоколом (ч. 5 ст. 74 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="32"/>
        <source>Remarks on the protocol (art. 74 part 6)</source>
        <translation>Замечания на протокол (ч. 6 ст. 74 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="33"/>
        <source>Decision (art. 77, art. 89)</source>
        <translation>Решение (ст. 77, ст. 89 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="34"/>
        <source>Terminate the procedure (art. 70, art. 88)</source>
        <translation>Прекратить административную процедуру (ст. 70, ст. 88 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="35"/>
        <source>Recusal declared (art. 67)</source>
        <translation>Заявлен отвод (ст. 67 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="36"/>
        <source>Decide the recusal (art. 67)</source>
        <translation>Разрешить отвод (ст. 67 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="37"/>
        <source>Notice sent to the participant</source>
        <translation>Участнику направлено уведомление</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="38"/>
        <source>Access to the file requested (art. 75)</source>
        <translation>Заявлено ходатайство об ознакомлении с материалами дела (ст. 75 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="39"/>
        <source>Access to the file given (art. 75)</source>
        <translation>Предоставлено ознакомление с материалами дела (ст. 75 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="40"/>
        <source>Correction of a clerical error requested (art. 82)</source>
        <translation>Поступило ходатайство об исправлении описки или арифметической ошибки (ст. 82 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="41"/>
        <source>Clerical error corrected (art. 82)</source>
        <translation>Описка или арифметическая ошибка исправлена (ст. 82 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="42"/>
        <source>Decision delivered to the participant (art. 81)</source>
        <translation>Решение доведено до сведения участника (ст. 81 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="43"/>
        <source>Act executed (art. 86)</source>
        <translation>Административный акт исполнен (ст. 86 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="44"/>
        <source>Reverse the latest action</source>
        <translation>Отменить последнее действие</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="47"/>
        <source>Term of consideration</source>
        <translation>Срок рассмотрения</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="48"/>
        <source>Internal date of the resolution</source>
        <translation>Внутренний срок по резолюции</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="49"/>
        <source>Assign, or forward if not ours (art. 65 part 1)</source>
        <translation>Назначить исполнителя или перенаправить по компетенции (ч. 1 ст. 65 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="50"/>
        <source>Forward at once: crime or security (art. 64 part 7-2)</source>
        <translation>Незамедлительно перенаправить: преступление или угроза безопасности (ч. 7-2 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="51"/>
        <source>Applicant&apos;s period to correct (art. 64 part 6)</source>
        <translation>Срок для устранения нарушений заявителем (ч. 6 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="52"/>
        <source>Return with reasons (art. 64 part 7)</source>
        <translation>Возврат с указанием причин (ч. 7 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="53"/>
        <source>Notice of the extension (art. 76 part 3)</source>
        <translation>Уведомление о продлении срока (ч. 3 ст. 76 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="54"/>
        <source>Notice of the termination (art. 70 part 3)</source>
        <translation>Уведомление о прекращении (ч. 3 ст. 70 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="55"/>
        <source>Earliest day for the act after the notice (art. 73 part 1)</source>
        <translation>Самый ранний день принятия акта после уведомления (ч. 1 ст. 73 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="56"/>
        <source>Participant&apos;s objection (art. 73 part 3)</source>
        <translation>Возражение участника (ч. 3 ст. 73 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="57"/>
        <source>Participant&apos;s motion for an oral hearing (art. 73 part 3)</source>
        <translation>Ходатайство участника об устном заслушивании (ч. 3 ст. 73 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="58"/>
        <source>Hearing protocol signed (art. 74 part 4)</source>
        <translation>Подписание протокола заслушивания (ч. 4 ст. 74 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="59"/>
        <source>Participant&apos;s remarks on the protocol (art. 74 part 6)</source>
        <translation>Замечания участника на протокол (ч. 6 ст. 74 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="60"/>
        <source>Decision on the recusal (art. 67 part 3)</source>
        <translation>Решение по отводу (ч. 3 ст. 67 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="61"/>
        <location filename="../case/workflow_labels.py" line="147"/>
        <source>Notice of the recusal decision (art. 67 part 11)</source>
        <translation>Уведомление о решении по отводу (ч. 11 ст. 67 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="62"/>
        <source>Access to the case file (art. 75 part 1)</source>
        <translation>Ознакомление с материалами административного дела (ч. 1 ст. 75 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="63"/>
        <source>Correction of a clerical error (art. 82 part 3)</source>
        <translation>Исправление описки или арифметической ошибки (ч. 3 ст. 82 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="64"/>
        <source>Corrected copy sent (art. 82 part 5)</source>
        <translation>Направление исправленной копии (ч. 5 ст. 82 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="65"/>
        <source>Execution of the act (art. 86 part 3)</source>
        <translation>Исполнение административного акта (ч. 3 ст. 86 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="68"/>
        <source>running</source>
        <translation>срок идёт</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="69"/>
        <source>missed, still open</source>
        <translation>срок пропущен, не исполнено</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="70"/>
        <source>done in time</source>
        <translation>исполнено в срок</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="71"/>
        <source>done late</source>
        <translation>исполнено с нарушением срока</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="72"/>
        <source>no longer needed</source>
        <translation>больше не требуется</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="73"/>
        <source>period over</source>
        <translation>срок истёк</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="76"/>
        <source>Administrative act, favourable</source>
        <translation>Административный акт, благоприятный</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="77"/>
        <source>Administrative act, burdening</source>
        <translation>Административный акт, обременяющий</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="78"/>
        <source>Answer (art. 89 part 1 1))</source>
        <translation>Ответ (подп. 1) ч. 1 ст. 89 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="79"/>
        <source>Taken into consideration (art. 89 part 1 2))</source>
        <translation>Принято к сведению (подп. 2) ч. 1 ст. 89 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="80"/>
        <source>Termination of the procedure</source>
        <translation>Прекращение административной процедуры</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="81"/>
        <source>Return of the appeal</source>
        <translation>Возврат обращения</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="82"/>
        <source>Forwarded to the competent body</source>
        <translation>Перенаправлено в уполномоченный орган</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="83"/>
        <source>Withdrawal by the applicant</source>
        <translation>Отзыв обращения заявителем</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="84"/>
        <source>Filed into the earlier case without an answer</source>
        <translation>Приобщено к материалам ранее рассмотренного дела без ответа</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="87"/>
        <source>Clarified</source>
        <translation>Разъяснено</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="88"/>
        <location filename="../eotinish/labels.py" line="18"/>
        <source>Satisfied</source>
        <translation>Удовлетворено</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="89"/>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="90"/>
        <source>Partly satisfied</source>
        <translation>Частично удовлетворено</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="93"/>
        <source>The period to correct expired (art. 64 part 7 1))</source>
        <translation>Истёк срок для устранения нарушений (подп. 1) ч. 7 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="94"/>
        <source>Repeat appeal without new arguments after a terminated procedure (art. 64 part 7 2))</source>
        <translation>Повторное обращение без новых доводов после прекращения процедуры (подп. 2) ч. 7 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="95"/>
        <source>Obscene or abusive language (art. 64 part 7 2))</source>
        <translation>Нецензурные или оскорбительные выражения (подп. 2) ч. 7 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="96"/>
        <source>A decision on the same subject and grounds already exists (art. 70 part 1 1))</source>
        <translation>Уже имеется решение по тому же предмету и по тем же основаниям (подп. 1) ч. 1 ст. 70 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="97"/>
        <source>A court act in force on the same subject (art. 70 part 1 2))</source>
        <translation>Имеется вступивший в законную силу судебный акт по тому же предмету (подп. 2) ч. 1 ст. 70 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="98"/>
        <source>Returned after the period to correct (art. 70 part 1 3))</source>
        <translation>Возвращено по истечении срока для устранения нарушений (подп. 3) ч. 1 ст. 70 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="99"/>
        <source>Withdrawn by the applicant (art. 70 part 1 4))</source>
        <translation>Отозвано заявителем (подп. 4) ч. 1 ст. 70 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="100"/>
        <source>Other grounds provided by law (art. 70 part 1 5))</source>
        <translation>Иные основания, предусмотренные законом (подп. 5) ч. 1 ст. 70 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="101"/>
        <source>Repeat without new arguments, already answered (art. 88 part 1 1))</source>
        <translation>Повторное без новых доводов, ответ уже дан (подп. 1) ч. 1 ст. 88 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="102"/>
        <source>Author unidentifiable, no signature or postal address (art. 88 part 1 2))</source>
        <translation>Невозможно установить автора: нет подписи или почтового адреса (подп. 2) ч. 1 ст. 88 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="103"/>
        <source>The substance is not stated (art. 88 part 1 3))</source>
        <translation>Не изложена суть обращения (подп. 3) ч. 1 ст. 88 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="104"/>
        <source>Withdrawn by the applicant (art. 88 part 1 4))</source>
        <translation>Отозвано заявителем (подп. 4) ч. 1 ст. 88 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="105"/>
        <source>Took part as a participant or representative (art. 67 part 1 1))</source>
        <translation>Участвовал в качестве участника или представителя (подп. 1) ч. 1 ст. 67 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="106"/>
        <source>Relative, spouse or in-law of a participant (art. 67 part 1 2))</source>
        <translation>Родственник, супруг (супруга) или свойственник участника (подп. 2) ч. 1 ст. 67 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="107"/>
        <source>Dependent on a participant (art. 67 part 1 3))</source>
        <translation>Находится в зависимости от участника (подп. 3) ч. 1 ст. 67 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="108"/>
        <source>Interested in the outcome, or doubt of impartiality (art. 67 part 1 4))</source>
        <translation>Заинтересованность в исходе дела или сомнение в беспристрастности (подп. 4) ч. 1 ст. 67 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="111"/>
        <source>1) a favourable act that affects no one else</source>
        <translation>1) благоприятный акт, не затрагивающий иных лиц</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="112"/>
        <source>2) enforcement proceedings</source>
        <translation>2) принудительное исполнение</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="113"/>
        <source>3) the law sets a term under five working days</source>
        <translation>3) законом установлен срок менее пяти рабочих дней</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="114"/>
        <source>4) the act must be adopted at once (the act states why)</source>
        <translation>4) акт необходимо принять незамедлительно (обоснование указывается в акте)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="115"/>
        <source>5) the participant asked for it</source>
        <translation>5) по просьбе участника</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="116"/>
        <source>6) simplified procedure</source>
        <translation>6) упрощённая административная процедура</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="117"/>
        <source>7) an automated decision without administrative choice</source>
        <translation>7) автоматизированное решение без административного усмотрения</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="118"/>
        <source>8) a court act in force bars the activity</source>
        <translation>8) деятельность запрещена вступившим в законную силу судебным актом</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="119"/>
        <source>9) refusal to register for a personal reception</source>
        <translation>9) отказ в записи на личный приём</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="120"/>
        <source>10) termination under art. 88 part 1</source>
        <translation>10) прекращение по ч. 1 ст. 88 АППК</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="123"/>
        <source>In writing</source>
        <translation>Письменно</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="124"/>
        <source>Orally, in person</source>
        <translation>Устно, лично</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="125"/>
        <source>By videoconference</source>
        <translation>По видеоконференцсвязи</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="126"/>
        <source>Through an information system</source>
        <translation>Через информационную систему</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="129"/>
        <source>Accepted</source>
        <translation>Приняты</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="130"/>
        <source>Rejected</source>
        <translation>Отклонены</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="131"/>
        <source>Partly accepted</source>
        <translation>Приняты частично</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="134"/>
        <source>Due today, every clock</source>
        <translation>Сегодня, все сроки</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="135"/>
        <source>Overdue, every clock</source>
        <translation>Просрочено, все сроки</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="136"/>
        <source>Due within {n} working days, every clock</source>
        <translation>В течение {n} рабочих дней, все сроки</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="139"/>
        <source>Administrative act (art. 80)</source>
        <translation>Административный акт (ст. 80 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="140"/>
        <source>Answer (art. 89)</source>
        <translation>Ответ (ст. 89 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="141"/>
        <source>Notice: correct the appeal (art. 64 part 6)</source>
        <translation>Уведомление о необходимости исправить обращение (ч. 6 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="142"/>
        <source>Notice of return (art. 64 part 7)</source>
        <translation>Уведомление о возврате (ч. 7 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="143"/>
        <source>Notice of forwarding (art. 65)</source>
        <translation>Уведомление о перенаправлении (ст. 65 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="144"/>
        <source>Notice of extension (art. 76 part 3)</source>
        <translation>Уведомление о продлении срока (ч. 3 ст. 76 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="145"/>
        <source>Preliminary decision and hearing (art. 73)</source>
        <translation>Предварительное решение и заслушивание (ст. 73 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="146"/>
        <source>Notice of termination (art. 70 part 3)</source>
        <translation>Уведомление о прекращении (ч. 3 ст. 70 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="148"/>
        <source>Protocol of an oral appeal (art. 63 part 1)</source>
        <translation>Протокол устного обращения (ч. 1 ст. 63 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="149"/>
        <source>Protocol of an oral hearing (art. 74)</source>
        <translation>Протокол устного заслушивания (ст. 74 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="158"/>
        <source>Decision on the complaint (art. 100–101)</source>
        <translation>Решение по жалобе (ст. 100–101 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="159"/>
        <source>Letter sending the complaint and the case file (art. 91 part 4)</source>
        <translation>Сопроводительное письмо о направлении жалобы и административного дела (ч. 4 ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="174"/>
        <source>Decision on the petition (art. 90-6)</source>
        <translation>Решение по петиции (ст. 90-6 АППК)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="175"/>
        <source>Reception schedule (art. 90 part 3)</source>
        <translation>График приёма (ч. 3 ст. 90 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="8"/>
        <source>Send the complaint with the case file to the complaint body (art. 91 part 4)</source>
        <translation>Направить жалобу вместе с административным делом в орган, рассматривающий жалобу (ч. 4 ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="9"/>
        <source>Satisfy the complaint fully ourselves (art. 91 part 4)</source>
        <translation>Самостоятельно удовлетворить жалобу в полном объёме (ч. 4 ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="10"/>
        <source>Decision of the complaint body received (art. 100 part 4)</source>
        <translation>Получено решение органа, рассматривающего жалобу (ч. 4 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="11"/>
        <source>Motion to restore the filing term (art. 92 part 2)</source>
        <translation>Ходатайство о восстановлении срока подачи жалобы (ч. 2 ст. 92 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="12"/>
        <source>Decision on the complaint (art. 100)</source>
        <translation>Решение по жалобе (ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="13"/>
        <source>Decision sent to the participant, copy to the challenged body (art. 100 part 4)</source>
        <translation>Решение направлено участнику, копия — обжалуемому органу (ч. 4 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="14"/>
        <source>Court case recorded (art. 100 part 6)</source>
        <translation>Внесены сведения о судебном деле (ч. 6 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="16"/>
        <source>Complaint facts: when learned, when filed, rights explained, whose act (art. 92, 93, art. 94 part 2)</source>
        <translation>Сведения о жалобе: когда стало известно, когда подана, разъяснены права, чей акт (ст. 92, 93, ч. 2 ст. 94 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="29"/>
        <source>Send the complaint on, or satisfy it fully</source>
        <translation>Направить жалобу или удовлетворить её в полном объёме</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="30"/>
        <source>Send the complaint back to the challenged body (art. 100 part 2)</source>
        <translation>Направить жалобу в обжалуемый орган (ч. 2 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="31"/>
        <source>Notice: complaint left without consideration (art. 95 part 2)</source>
        <translation>Уведомление об оставлении жалобы без рассмотрения (ч. 2 ст. 95 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="36"/>
        <source>1) Revoke the act</source>
        <translation>1) Отменить акт</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="37"/>
        <source>2) Revoke the act and adopt a new act</source>
        <translation>2) Отменить акт и принять новый акт</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="38"/>
        <source>3) Take the administrative action</source>
        <translation>3) Совершить административное действие</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="39"/>
        <source>4) Leave the complaint unsatisfied</source>
        <translation>4) Оставить жалобу без удовлетворения</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="40"/>
        <source>5) Send it back to the challenged body with the violations found</source>
        <translation>5) Направить в обжалуемый орган с указанием выявленных нарушений</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="41"/>
        <source>6) Leave the complaint without consideration (art. 95)</source>
        <translation>6) Оставить жалобу без рассмотрения (ст. 95 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="47"/>
        <source>Sent to the complaint body with the case file (art. 91 part 4)</source>
        <translation>Направлена вместе с административным делом в орган, рассматривающий жалобу (ч. 4 ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="43"/>
        <location filename="../complaint/labels.py" line="48"/>
        <source>Satisfied by the challenged body itself (art. 91 part 4)</source>
        <translation>Удовлетворена самим обжалуемым органом (ч. 4 ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="15"/>
        <source>The challenged official heard (art. 98 part 3)</source>
        <translation>Заслушано обжалуемое должностное лицо (ч. 3 ст. 98 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="18"/>
        <source>Execution suspended by a complaint (art. 96 part 1)</source>
        <translation>Исполнение приостановлено в связи с подачей жалобы (ч. 1 ст. 96 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="19"/>
        <source>Execution resumed after the complaint</source>
        <translation>Исполнение возобновлено после рассмотрения жалобы</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="20"/>
        <source>Not executed: the complaint&apos;s outcome (art. 100 part 4)</source>
        <translation>Не исполняется по результатам рассмотрения жалобы (ч. 4 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="21"/>
        <source>Reopened by a binding decision on a complaint (art. 100 part 4)</source>
        <translation>Открыто вновь обязательным решением по жалобе (ч. 4 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="25"/>
        <source>Consider the case again (art. 100 part 1 5))</source>
        <translation>Рассмотреть дело заново (подп. 5) ч. 1 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="26"/>
        <source>Carry out the new act or the action (art. 100 part 4)</source>
        <translation>Исполнить новый акт или действие (ч. 4 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="32"/>
        <source>Reopened case: do what the binding decision obliges (art. 100 part 4)</source>
        <translation>Вновь открытое дело: исполнить то, что предписывает обязательное решение (ч. 4 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="42"/>
        <source>No decision in term: deemed refused (art. 100 part 5)</source>
        <translation>Решение в срок не принято: считается, что в удовлетворении жалобы отказано (ч. 5 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="52"/>
        <source>Execution paused while the complaint runs</source>
        <translation>Исполнение приостановлено на время рассмотрения жалобы</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="53"/>
        <source>Execution resumed</source>
        <translation>Исполнение возобновлено</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="54"/>
        <source>Not executed (revoked, replaced or sent back)</source>
        <translation>Не исполняется (акт отменён, заменён или дело направлено в обжалуемый орган)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="57"/>
        <source>Material circumstances wrongly defined or not established (art. 100 part 3)</source>
        <translation>Неправильно определены или не установлены обстоятельства, имеющие значение для дела (ч. 3 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="58"/>
        <source>The act or action does not match the case materials (art. 100 part 3)</source>
        <translation>Акт или действие не соответствует материалам дела (ч. 3 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="59"/>
        <source>Legislation breached or misapplied (art. 100 part 3)</source>
        <translation>Нарушено или неправильно применено законодательство (ч. 3 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="60"/>
        <source>A decision on a complaint on the same subject and grounds exists (art. 95 part 1 1))</source>
        <translation>Имеется решение по жалобе по тому же предмету и по тем же основаниям (подп. 1) ч. 1 ст. 95 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="61"/>
        <source>A court act in force on the same subject and grounds (art. 95 part 1 2))</source>
        <translation>Имеется вступивший в законную силу судебный акт по тому же предмету и по тем же основаниям (подп. 2) ч. 1 ст. 95 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="62"/>
        <source>The complaint was returned (art. 95 part 1 3))</source>
        <translation>Жалоба возвращена (подп. 3) ч. 1 ст. 95 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="63"/>
        <source>The withdrawal of the complaint accepted (art. 95 part 1 4))</source>
        <translation>Принят отзыв жалобы (подп. 4) ч. 1 ст. 95 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="64"/>
        <source>An administrative claim on the same matter is before a court (art. 95 part 1 5))</source>
        <translation>В производстве суда находится административный иск по тому же вопросу (подп. 5) ч. 1 ст. 95 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="65"/>
        <source>Withdrawn before it was sent on (art. 64 part 9, art. 94 part 1)</source>
        <translation>Отозвана до направления в орган, рассматривающий жалобу (ч. 9 ст. 64, ч. 1 ст. 94 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="68"/>
        <source>Our act or action is challenged: send it on or satisfy it (art. 91 part 4)</source>
        <translation>Обжалуется наш акт или действие: направить жалобу или удовлетворить её (ч. 4 ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="69"/>
        <source>We consider the complaint as the complaint body (art. 91 part 3)</source>
        <translation>Мы — орган, рассматривающий жалобу (ч. 3 ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="72"/>
        <source>Our act challenged</source>
        <translation>Обжалуется наш акт</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="73"/>
        <source>We consider it</source>
        <translation>Рассматриваем мы</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="76"/>
        <source>Administrative act</source>
        <translation>Административный акт</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="77"/>
        <source>Administrative action</source>
        <translation>Административное действие</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="78"/>
        <source>Inaction</source>
        <translation>Бездействие</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="81"/>
        <source>Execution suspended (art. 96 part 1)</source>
        <translation>Исполнение приостановлено (ч. 1 ст. 96 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="82"/>
        <source>Not suspended</source>
        <translation>Не приостановлено</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="83"/>
        <source>Nothing to suspend (inaction)</source>
        <translation>Приостановление не применяется (бездействие)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="84"/>
        <source>Suspension ended</source>
        <translation>Приостановление прекращено</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="87"/>
        <source>1) protection of rights, public or state interests</source>
        <translation>1) защита прав, общественных или государственных интересов</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="88"/>
        <source>2) financial regulator, National Bank or budget audit act</source>
        <translation>2) акт финансового регулятора, Национального Банка или органа государственного аудита и финансового контроля</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="89"/>
        <source>3) another case provided by law</source>
        <translation>3) иной случай, предусмотренный законом</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="92"/>
        <source>Illness</source>
        <translation>Болезнь</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="93"/>
        <source>Force majeure</source>
        <translation>Непреодолимая сила</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="94"/>
        <source>Another reason that made filing impossible</source>
        <translation>Иная причина, лишившая возможности подать жалобу</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="97"/>
        <source>Term restored (art. 92 part 2)</source>
        <translation>Срок восстановлен (ч. 2 ст. 92 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="98"/>
        <source>Restoration refused (art. 92 part 2)</source>
        <translation>В восстановлении срока отказано (ч. 2 ст. 92 АППК)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="101"/>
        <source>A favourable administrative act</source>
        <translation>Благоприятный административный акт</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="102"/>
        <source>An administrative action</source>
        <translation>Административное действие</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="8"/>
        <source>Site visit, or why none is needed (art. 90-5 part 2)</source>
        <translation>Выезд на место либо причина, по которой он не требуется (ч. 2 ст. 90-5 АППК)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="9"/>
        <source>Set the public discussion of the draft decision (art. 90-5 part 2)</source>
        <translation>Назначить публичное обсуждение проекта решения (ч. 2 ст. 90-5 АППК)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="10"/>
        <source>Discussion announced to the author and interested persons</source>
        <translation>Заявитель и заинтересованные лица уведомлены об обсуждении</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="11"/>
        <source>Public discussion held</source>
        <translation>Проведено публичное обсуждение</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="12"/>
        <source>Temporary commission or working group formed (art. 90-5 part 2)</source>
        <translation>Создана временная комиссия или рабочая группа (ч. 2 ст. 90-5 АППК)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="13"/>
        <source>Decision of the first head (art. 90-6)</source>
        <translation>Решение первого руководителя (ст. 90-6 АППК)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="14"/>
        <source>Decision published on the internet resource (art. 90-6 part 3)</source>
        <translation>Решение размещено на интернет-ресурсе (ч. 3 ст. 90-6 АППК)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="15"/>
        <source>Official statement of the first head (art. 90-6 part 3)</source>
        <translation>Официальное заявление первого руководителя (ч. 3 ст. 90-6 АППК)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="16"/>
        <source>Registered from a personal reception (art. 90 part 4)</source>
        <translation>Зарегистрировано по итогам личного приёма (ч. 4 ст. 90 АППК)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="19"/>
        <source>Invite to the public discussion, 3 working days before (art. 90-5 part 2)</source>
        <translation>Пригласить на публичное обсуждение за 3 рабочих дня до его начала (ч. 2 ст. 90-5 АППК)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="20"/>
        <source>Publish the decision by the next working day (art. 90-6 part 3)</source>
        <translation>Разместить решение не позднее следующего рабочего дня (ч. 3 ст. 90-6 АППК)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="23"/>
        <source>Petition satisfied fully (art. 90-6 part 1 1))</source>
        <translation>Петиция удовлетворена полностью (подп. 1) ч. 1 ст. 90-6 АППК)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="24"/>
        <source>Petition satisfied partly (art. 90-6 part 1 1))</source>
        <translation>Петиция удовлетворена частично (подп. 1) ч. 1 ст. 90-6 АППК)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="25"/>
        <source>Petition refused (art. 90-6 part 1 2))</source>
        <translation>В удовлетворении петиции отказано (подп. 2) ч. 1 ст. 90-6 АППК)</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="7"/>
        <source>Booked</source>
        <translation>Записан</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="8"/>
        <source>Refused (art. 73 part 2 9))</source>
        <translation>Отказано в записи (подп. 9) ч. 2 ст. 73 АППК)</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="9"/>
        <source>Cancelled</source>
        <translation>Запись отменена</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="10"/>
        <source>Moved to another time</source>
        <translation>Запись перенесена на другое время</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="11"/>
        <source>Received</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="12"/>
        <source>Did not come</source>
        <translation>Не явился</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="15"/>
        <source>Resolved and explained at the reception</source>
        <translation>Вопрос решён, разъяснения даны на приёме</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="16"/>
        <source>A written appeal is needed (art. 90 part 4)</source>
        <translation>Требуется письменное обращение (ч. 4 ст. 90 АППК)</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="17"/>
        <source>Not our competence: told where to go</source>
        <translation>Не относится к компетенции: разъяснено, куда обратиться</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="20"/>
        <source>Land</source>
        <translation>Земельные вопросы</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="21"/>
        <source>Housing</source>
        <translation>Жилищные вопросы</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="22"/>
        <source>Water, power, heating, waste</source>
        <translation>Водо-, электро-, теплоснабжение, вывоз отходов</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="23"/>
        <source>Roads and transport</source>
        <translation>Дороги и транспорт</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="24"/>
        <source>Social support</source>
        <translation>Социальная поддержка</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="25"/>
        <source>Education and health</source>
        <translation>Образование и здравоохранение</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="10"/>
        <source>Enter the e-Otinish number (art. 69 part 3)</source>
        <translation>Внести номер e-Otinish (ч. 3 ст. 69 АППК)</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="11"/>
        <source>Correct the e-Otinish number (art. 69 part 3)</source>
        <translation>Исправить номер e-Otinish (ч. 3 ст. 69 АППК)</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="12"/>
        <source>Applicant&apos;s feedback on the answer</source>
        <translation>Отзыв заявителя об ответе</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="13"/>
        <source>e-Otinish marked as down</source>
        <translation>e-Otinish отмечен как недоступный</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="14"/>
        <source>e-Otinish marked as working again</source>
        <translation>e-Otinish отмечен как снова работающий</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="15"/>
        <source>Columns of the e-Otinish register saved</source>
        <translation>Столбцы реестра e-Otinish сохранены</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="19"/>
        <source>Neutral</source>
        <translation>Нейтрально</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="20"/>
        <source>Not satisfied</source>
        <translation>Не удовлетворён</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="24"/>
        <location filename="../reception/labels.py" line="29"/>
        <source>At the counter</source>
        <translation>В приёмной</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="23"/>
        <location filename="../reception/labels.py" line="30"/>
        <source>By phone</source>
        <translation>По телефону</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="33"/>
        <source>{official}: no reception in {month} (art. 90 part 3: at least once a month)</source>
        <translation>{official}: в месяце {month} нет приёма (ч. 3 ст. 90 АППК: не реже одного раза в месяц)</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="34"/>
        <source>{official}: the reception on {day} falls on a non-working day</source>
        <translation>{official}: приём {day} приходится на нерабочий день</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="35"/>
        <source>{official}: the reception on {day} is not approved by the head yet</source>
        <translation>{official}: приём {day} ещё не утверждён руководителем</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="178"/>
        <source>it was not returned as a repeat appeal (art. 64 part 8)</source>
        <translation>оно не было возвращено как повторное (ч. 8 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="179"/>
        <source>it was not found when the appeal was saved</source>
        <translation>оно не найдено при сохранении обращения</translation>
    </message>
</context>
<context>
    <name>LadderView</name>
    <message>
        <location filename="../case/ladder_view.py" line="39"/>
        <source>The term ran out without a decision: the complaint is deemed refused (art. 100 part 5); the participant may complain to another complaint body or go to court (art. 100 part 6).</source>
        <translation>Срок истёк без решения: считается, что в удовлетворении жалобы отказано (ч. 5 ст. 100 АППК); участник административной процедуры вправе подать жалобу в другой орган, рассматривающий жалобы, или обратиться в суд (ч. 6 ст. 100 АППК).</translation>
    </message>
    <message>
        <location filename="../case/ladder_view.py" line="41"/>
        <source>The term ran out without a decision: this is deemed a refusal, and the participant may complain (art. 91 part 2).</source>
        <translation>Срок истёк без решения: это считается отказом, участник административной процедуры вправе подать жалобу (ч. 2 ст. 91 АППК).</translation>
    </message>
    <message>
        <location filename="../case/ladder_view.py" line="43"/>
        <source>The term was extended (art. 76 part 3); it is counted to the new date.</source>
        <translation>Срок продлён (ч. 3 ст. 76 АППК); он исчисляется до новой даты.</translation>
    </message>
    <message>
        <location filename="../case/ladder_view.py" line="47"/>
        <source>Clock</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../case/ladder_view.py" line="48"/>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../case/ladder_view.py" line="49"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../case/ladder_view.py" line="50"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../case/ladder_view.py" line="51"/>
        <source>Working days left</source>
        <translation>Осталось рабочих дней</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../admin/login_dialog.py" line="67"/>
        <source>Zholdanym: log in</source>
        <translation>Zholdanym: вход в систему</translation>
    </message>
    <message>
        <location filename="../admin/login_dialog.py" line="68"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../admin/login_dialog.py" line="68"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../admin/login_dialog.py" line="69"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../admin/login_dialog.py" line="71"/>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../admin/login_dialog.py" line="72"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../journal/menus.py" line="38"/>
        <source>Only the registrar or the administrator may register appeals.</source>
        <translation>Регистрировать обращения может только регистратор или администратор.</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="41"/>
        <source>Only the registrar or the administrator marks e-Otinish as down and reconciles with it.</source>
        <translation>Отмечать недоступность e-Otinish и сверяться с ним может только регистратор или администратор.</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="43"/>
        <source>Choose an appeal in the journal first.</source>
        <translation>Сначала выберите обращение в журнале.</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="46"/>
        <source>The reports are for the head, the deputies, the head of the apparatus and the administrator.</source>
        <translation>Отчёты доступны руководителю, его заместителям, руководителю аппарата и администратору.</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="49"/>
        <source>You may view the calendar; only the administrator may change it.</source>
        <translation>Календарь можно просматривать; изменять его может только администратор.</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="51"/>
        <source>You may view the users; only the administrator may add or change them.</source>
        <translation>Пользователей можно просматривать; добавлять и изменять их может только администратор.</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="53"/>
        <source>You may view the backups; only the administrator may restore one.</source>
        <translation>Резервные копии можно просматривать; восстановить копию может только администратор.</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="55"/>
        <source>You may view the settings and choose your language; only the administrator may change the office&apos;s settings.</source>
        <translation>Настройки можно просматривать и выбирать язык интерфейса; изменять настройки аппарата может только администратор.</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="74"/>
        <source>&amp;About Zholdanym…</source>
        <translation>&amp;О программе Zholdanym…</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="79"/>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Панель руководителя…</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="83"/>
        <source>&amp;Reports…</source>
        <translation>&amp;Отчёты…</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="89"/>
        <source>&amp;Session</source>
        <translation>&amp;Сеанс</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="90"/>
        <source>&amp;Appeals</source>
        <translation>&amp;Обращения</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="93"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="94"/>
        <source>Re&amp;ports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="95"/>
        <source>A&amp;dministration</source>
        <translation>&amp;Администрирование</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="96"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../journal/main_window.py" line="73"/>
        <source>Zholdanym: journal of appeals</source>
        <translation>Zholdanym: журнал обращений</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="106"/>
        <source>Search: number, applicant&apos;s name, IIN/BIN</source>
        <translation>Поиск: номер, имя заявителя, ИИН/БИН</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="129"/>
        <source>My cases</source>
        <translation>Мои дела</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="155"/>
        <source>Control of deadlines</source>
        <translation>Контроль сроков</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="233"/>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="237"/>
        <source>Register an appeal</source>
        <translation>Зарегистрировать обращение</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="238"/>
        <source>Open card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="239"/>
        <source>Talon</source>
        <translation>Талон</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="240"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="241"/>
        <source>Journal…</source>
        <translation>Журнал…</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="242"/>
        <source>Complaints…</source>
        <translation>Жалобы…</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="243"/>
        <source>Reception…</source>
        <translation>Личный приём…</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="244"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="245"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="246"/>
        <source>Backups…</source>
        <translation>Резервные копии…</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="247"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="260"/>
        <source>Reconcile with e-Otinish…</source>
        <translation>Сверка с e-Otinish…</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="270"/>
        <source>Log out / switch user…</source>
        <translation>Выйти / сменить пользователя…</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="271"/>
        <source>Exit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="299"/>
        <source>Appeals: {n}</source>
        <translation>Обращений: {n}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../common/messages.py" line="16"/>
        <source>This field is required.</source>
        <translation>Это поле обязательно для заполнения.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="17"/>
        <source>This IIN is not valid: it must have 12 digits, a real birth date and a correct check digit. Correct it or leave it empty (art. 63 part 2 1): &quot;if available&quot;).</source>
        <translation>Этот ИИН недействителен: он должен состоять из 12 цифр, содержать реальную дату рождения и верную контрольную цифру. Исправьте его или оставьте поле пустым (подп. 1) ч. 2 ст. 63 АППК: «при его наличии»).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="18"/>
        <source>This BIN is not valid: it must have 12 digits and a correct check digit. Correct it or leave it empty.</source>
        <translation>Этот БИН недействителен: он должен состоять из 12 цифр и содержать верную контрольную цифру. Исправьте его или оставьте поле пустым.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="19"/>
        <source>This e-mail address is not valid.</source>
        <translation>Неверный адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="20"/>
        <source>This phone number is not valid.</source>
        <translation>Неверный номер телефона.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="21"/>
        <source>The moment of receipt cannot be in the future.</source>
        <translation>Момент поступления не может быть в будущем.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="22"/>
        <source>The date written on the appeal is after the day it was received.</source>
        <translation>Дата, указанная в обращении, позже дня его поступления.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="23"/>
        <source>A collective appeal has at least {min} signatories.</source>
        <translation>Коллективное обращение подписывают не менее {min} человек.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="24"/>
        <source>The number cannot be negative.</source>
        <translation>Число не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="25"/>
        <source>Pages are given but the number of attachments is zero.</source>
        <translation>Указано количество листов, но количество приложений равно нулю.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="26"/>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="27"/>
        <source>Your role does not allow this action.</source>
        <translation>Ваша роль не позволяет выполнить это действие.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="28"/>
        <source>Too many wrong passwords: wait {seconds} s before the next try.</source>
        <translation>Слишком много неверных паролей: подождите {seconds} с до следующей попытки.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="29"/>
        <source>This login is locked after too many wrong passwords until {until}; an administrator can unlock it sooner.</source>
        <translation>Этот логин заблокирован после слишком многих неверных паролей до {until}; администратор может разблокировать его раньше.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="30"/>
        <source>A login is letters, digits and . _ - @, at most {max} characters.</source>
        <translation>Логин состоит из букв, цифр и знаков . _ - @, не длиннее {max} символов.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="31"/>
        <source>A password cannot be only spaces.</source>
        <translation>Пароль не может состоять только из пробелов.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="32"/>
        <source>This password is among the first ones guessed: choose another (a few words with spaces are good).</source>
        <translation>Этот пароль подбирают одним из первых: выберите другой (хорошо подходят несколько слов через пробел).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="33"/>
        <source>The password cannot be the login.</source>
        <translation>Пароль не может совпадать с логином.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="34"/>
        <source>The password has characters that cannot be typed.</source>
        <translation>В пароле есть символы, которые нельзя набрать.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="35"/>
        <source>Choose a password other than the one you were given.</source>
        <translation>Выберите пароль, отличный от выданного вам.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="36"/>
        <source>The two new passwords differ.</source>
        <translation>Два новых пароля не совпадают.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="37"/>
        <source>The office keeps at least one active administrator.</source>
        <translation>В аппарате должен остаться хотя бы один активный администратор.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="38"/>
        <source>Another administrator changes your own account.</source>
        <translation>Вашу собственную учётную запись меняет другой администратор.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="39"/>
        <source>There is no such user.</source>
        <translation>Такого пользователя нет.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="40"/>
        <source>The password must have at least {min} characters.</source>
        <translation>Пароль должен содержать не менее {min} символов.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="41"/>
        <source>This login is already taken.</source>
        <translation>Этот логин уже занят.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="42"/>
        <source>The number format cannot be read. Example: {year}-{seq:06d}</source>
        <translation>Не удаётся разобрать формат номера. Пример: {year}-{seq:06d}</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="43"/>
        <source>The number format must contain {year} and {seq}, and may contain {prefix}.</source>
        <translation>Формат номера должен содержать {year} и {seq} и может содержать {prefix}.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="44"/>
        <source>Numbers in this format look like e-Otinish numbers or IINs. Add a separator.</source>
        <translation>Номера в этом формате похожи на номера e-Otinish или ИИН. Добавьте разделитель.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="45"/>
        <source>The working day must end after it starts.</source>
        <translation>Рабочий день должен заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="46"/>
        <source>Enter the time as HH:MM.</source>
        <translation>Введите время в формате ЧЧ:ММ.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="47"/>
        <source>The term must be from 1 to 366 days.</source>
        <translation>Срок должен составлять от 1 до 366 дней.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="48"/>
        <source>This day already has an override. Revoke it first.</source>
        <translation>Для этого дня уже внесён перенос. Сначала отмените его.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="49"/>
        <source>This override is already revoked.</source>
        <translation>Этот перенос уже отменён.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="50"/>
        <source>The office is already set up.</source>
        <translation>Аппарат уже настроен.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="51"/>
        <source>The office is not set up yet.</source>
        <translation>Аппарат ещё не настроен.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="52"/>
        <source>The appeal was not found.</source>
        <translation>Обращение не найдено.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="53"/>
        <source>The appeal is already left out of the statistics for this reason.</source>
        <translation>Обращение уже исключено из статистики по этому основанию.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="54"/>
        <source>The appeal is counted in the statistics already.</source>
        <translation>Обращение и так учитывается в статистике.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="55"/>
        <source>The database is busy in another program or workstation. Nothing was saved; what you typed is kept. Try again in a moment.</source>
        <translation>База данных занята другой программой или рабочим местом. Ничего не сохранено; введённые данные не потеряны. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="56"/>
        <source>The database cannot be reached. Nothing was saved; what you typed is kept. Check the disk or the network and try again.</source>
        <translation>Нет доступа к базе данных. Ничего не сохранено; введённые данные не потеряны. Проверьте диск или сеть и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="57"/>
        <source>Another workstation saved the same record at the same moment. Nothing was saved; what you typed is kept. Try again.</source>
        <translation>Другое рабочее место в тот же момент сохранило эту запись. Ничего не сохранено; введённые данные остались. Повторите попытку.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="58"/>
        <source>The database rejected a value (for example, a text that is too long). Nothing was saved; what you typed is kept.</source>
        <translation>База данных не приняла значение (например, слишком длинный текст). Ничего не сохранено; введённые данные остались.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="59"/>
        <source>The database reported an error. Nothing was saved; what you typed is kept. If it happens again, tell the administrator.</source>
        <translation>База данных сообщила об ошибке. Ничего не сохранено; введённые данные остались. Если ошибка повторится, сообщите администратору.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="60"/>
        <source>This file is not a database. Check the path: nothing was changed in it.</source>
        <translation>Этот файл не является базой данных. Проверьте путь: в файле ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="61"/>
        <source>This version must upgrade the database, and first makes a checked copy of it; the copy could not be made or failed its check ({detail}). Nothing was changed: the database is as it was. Free some disk space or check the backups folder, then start again.</source>
        <translation>Эта версия должна обновить базу данных и сначала делает её проверенную копию; копию не удалось сделать или она не прошла проверку ({detail}). Ничего не изменено: база данных осталась прежней. Освободите место на диске или проверьте папку резервных копий и запустите программу снова.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="62"/>
        <source>This database was upgraded by a newer version of Zholdanym ({detail}). This older version does not open it, so that nothing in it is misread or damaged: install the newer version on this computer.</source>
        <translation>Эта база данных обновлена более новой версией Zholdanym ({detail}). Эта, более старая, версия её не открывает, чтобы ничего в ней не было прочитано неверно или повреждено: установите на этот компьютер новую версию.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="63"/>
        <source>This database belongs to another program, not to Zholdanym. Check the path: nothing was changed in it.</source>
        <translation>Эта база данных принадлежит другой программе, а не Zholdanym. Проверьте путь: в ней ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="64"/>
        <source>A port is a number from 1 to 65535 (PostgreSQL&apos;s is 5432).</source>
        <translation>Порт — число от 1 до 65535 (у PostgreSQL — 5432).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="65"/>
        <source>The server refused this user and password. Check both, capital letters too.</source>
        <translation>Сервер отклонил этого пользователя и пароль. Проверьте оба, включая заглавные буквы.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="66"/>
        <source>No computer of this name was found on the network. Check the server&apos;s name, or type its address (for example 192.168.1.10).</source>
        <translation>Компьютер с таким именем в сети не найден. Проверьте имя сервера или введите его адрес (например, 192.168.1.10).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="67"/>
        <source>The server does not answer at this address and port {port}. Check that it is switched on, that PostgreSQL runs on it and that its firewall lets port {port} through.</source>
        <translation>Сервер не отвечает по этому адресу и порту {port}. Проверьте, что он включён, на нём работает PostgreSQL и брандмауэр пропускает порт {port}.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="68"/>
        <source>The server does not accept connections from this computer. The IT person adds this computer&apos;s network to the server&apos;s pg_hba.conf file (see the README).</source>
        <translation>Сервер не принимает подключения с этого компьютера. ИТ-специалист добавляет сеть этого компьютера в файл pg_hba.conf на сервере (см. README).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="69"/>
        <source>The server has no database of this name. Check the name the IT person gave.</source>
        <translation>На сервере нет базы данных с таким именем. Проверьте имя, которое дал ИТ-специалист.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="70"/>
        <source>This database is not set up for Zholdanym yet: the IT person runs &quot;zholdanym setup-server&quot; on it first.</source>
        <translation>Эта база данных ещё не подготовлена для Zholdanym: сначала ИТ-специалист запускает для неё &quot;zholdanym setup-server&quot;.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="71"/>
        <source>This database belongs to another program, not to Zholdanym. Check the name the IT person gave: nothing was changed in it.</source>
        <translation>Эта база данных принадлежит другой программе, а не Zholdanym. Проверьте имя, которое дал ИТ-специалист: в ней ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="72"/>
        <source>The office server&apos;s database is of an older version of Zholdanym than this program. The IT person runs &quot;zholdanym setup-server&quot; of this version on the server first: it upgrades the database.</source>
        <translation>База данных на сервере учреждения относится к более старой версии Zholdanym, чем эта программа. Сначала ИТ-специалист запускает на сервере &quot;zholdanym setup-server&quot; этой версии: она обновит базу данных.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="73"/>
        <source>The server could not be used: {detail}</source>
        <translation>Не удалось использовать сервер: {detail}</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="74"/>
        <source>The history of changes was altered after it was written: entry {row} was changed, or an entry before it was removed. The history can no longer be trusted as it stands. Tell the administrator: &quot;main.py check&quot; lists everything found, and the latest backup before the change holds the true history.</source>
        <translation>История изменений была изменена после записи: запись {row} изменена, или удалена запись перед ней. Истории в нынешнем виде доверять нельзя. Сообщите администратору: &quot;main.py check&quot; покажет всё найденное, а последняя резервная копия до изменения хранит подлинную историю.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="75"/>
        <source>Issued document {number} no longer matches its entry in the history: it was changed after it was issued. Tell the administrator: &quot;main.py check&quot; lists everything found, and the latest backup before the change holds the true document.</source>
        <translation>Выданный документ {number} больше не совпадает со своей записью в истории: его изменили после выдачи. Сообщите администратору: &quot;main.py check&quot; покажет всё найденное, а последняя резервная копия до изменения хранит подлинный документ.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="76"/>
        <source>Issued document {number} was removed from the database; entry {row} of the history records its issue. Tell the administrator: &quot;main.py check&quot; lists everything found, and the latest backup holds the document.</source>
        <translation>Выданный документ {number} удалён из базы данных; его выдачу фиксирует запись {row} истории. Сообщите администратору: &quot;main.py check&quot; покажет всё найденное, а последняя резервная копия хранит документ.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="77"/>
        <source>The automatic backup could not be made. Check the free space and the backup folder.</source>
        <translation>Не удалось сделать автоматическую резервную копию. Проверьте свободное место и папку резервных копий.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="78"/>
        <source>The new backup failed its check and was kept apart in backups/rejected; the earlier copies are kept. Run &quot;main.py check&quot; and tell the administrator.</source>
        <translation>Новая резервная копия не прошла проверку и отложена в backups/rejected; прежние копии сохранены. Запустите &quot;main.py check&quot; и сообщите администратору.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="79"/>
        <source>The prefix is not used: add {prefix} to the number format, or leave the prefix empty.</source>
        <translation>Префикс не используется: добавьте {prefix} в формат номера или оставьте префикс пустым.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="80"/>
        <source>Unknown print medium.</source>
        <translation>Неизвестный способ печати.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="81"/>
        <source>The text is too long: at most {max} characters.</source>
        <translation>Слишком длинный текст: не более {max} символов.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="82"/>
        <source>Some fields need correcting; see the messages next to them.</source>
        <translation>Некоторые поля нужно исправить; см. пояснения рядом с ними.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="83"/>
        <source>Unknown talon layout.</source>
        <translation>Неизвестный макет талона.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="85"/>
        <source>&quot;{action}&quot; is not possible while the appeal is &quot;{status}&quot;.</source>
        <translation>Действие «{action}» невозможно при статусе обращения «{status}».</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="86"/>
        <source>&quot;{action}&quot; may be done only by: {roles}.</source>
        <translation>Действие «{action}» может выполнить только: {roles}.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="87"/>
        <source>Unknown action.</source>
        <translation>Неизвестное действие.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="88"/>
        <source>A receipt before {earliest} is a typing mistake: check the year.</source>
        <translation>Поступление ранее {earliest} — ошибка ввода: проверьте год.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="89"/>
        <source>This field takes text.</source>
        <translation>В это поле вводится текст.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="90"/>
        <source>The text has characters that cannot be stored; type it again.</source>
        <translation>В тексте есть символы, которые нельзя сохранить; наберите его заново.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="91"/>
        <source>This field takes a whole number.</source>
        <translation>В это поле вводится целое число.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="92"/>
        <source>At most {max}.</source>
        <translation>Не более {max}.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="93"/>
        <source>A deputy does not reverse what the akim decided; the akim reverses it.</source>
        <translation>Заместитель не отменяет то, что решил аким; это делает сам аким.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="94"/>
        <source>The case changed while the form was open ({action} by {by}, {at}): close it and reload the card, then act again.</source>
        <translation>Дело изменилось, пока форма была открыта ({action}, {by}, {at}): закройте её, откройте карточку заново и повторите действие.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="95"/>
        <source>This form has no such field; nothing was saved.</source>
        <translation>В этой форме нет такого поля; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="96"/>
        <source>The date cannot be in the future.</source>
        <translation>Дата не может быть в будущем.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="97"/>
        <source>The date cannot be before the registration of the appeal.</source>
        <translation>Дата не может быть раньше регистрации обращения.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="98"/>
        <source>Choose an active official who can carry cases.</source>
        <translation>Выберите действующее должностное лицо, которому можно поручать дела.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="99"/>
        <source>The internal date cannot be later than the term, {due}.</source>
        <translation>Внутренний срок не может быть позже срока исполнения — {due}.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="100"/>
        <source>The internal date cannot be before the resolution.</source>
        <translation>Внутренний срок не может быть раньше даты резолюции.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="101"/>
        <source>This case is assigned to another executor.</source>
        <translation>Это дело поручено другому исполнителю.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="102"/>
        <source>The term of a complaint cannot be extended (art. 99 part 2).</source>
        <translation>Срок рассмотрения жалобы не продлевается (ч. 2 ст. 99 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="103"/>
        <source>The term ended on {due}: an expired term cannot be extended (art. 76 part 3).</source>
        <translation>Срок истёк {due}: истёкший срок продлить нельзя (ч. 3 ст. 76 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="104"/>
        <source>At most two months from the decision: not later than {cap} (art. 76 parts 3 and 5).</source>
        <translation>Не более двух месяцев со дня принятия решения: не позднее {cap} (ч. 3 и 5 ст. 76 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="105"/>
        <source>The new last day must be after the current one, {due}.</source>
        <translation>Новый последний день срока должен быть позже текущего — {due}.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="106"/>
        <source>Say why there was no hearing: the act must state it (art. 73 part 2, last paragraph).</source>
        <translation>Укажите, почему заслушивание не проводилось: это должно быть указано в акте (последний абзац ч. 2 ст. 73 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="107"/>
        <source>Notify the preliminary decision first (art. 73 part 1), or choose an exception of art. 73 part 2.</source>
        <translation>Сначала уведомите о предварительном решении (ч. 1 ст. 73 АППК) или выберите исключение по ч. 2 ст. 73 АППК.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="108"/>
        <source>The act may be adopted from {earliest}: 3 working days after the notice of the preliminary decision (art. 73 part 1).</source>
        <translation>Акт может быть принят начиная с {earliest}: через 3 рабочих дня после уведомления о предварительном решении (ч. 1 ст. 73 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="109"/>
        <source>Only the head or a deputy terminates on this ground; another official only for a repeat appeal (art. 88 part 2).</source>
        <translation>По этому основанию прекращает только руководитель или заместитель руководителя; иное должностное лицо — только по повторному обращению (ч. 2 ст. 88 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="110"/>
        <source>It reports a crime or a threat to security: forward it at once instead (art. 88 part 1 2)).</source>
        <translation>Обращение содержит сведения о преступлении или угрозе безопасности: вместо этого незамедлительно перенаправьте его (подп. 2) ч. 1 ст. 88 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="111"/>
        <source>The period to correct must end after the notice.</source>
        <translation>Срок для устранения нарушений должен истекать после уведомления.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="112"/>
        <source>The appeal is already marked.</source>
        <translation>Обращение уже отмечено.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="113"/>
        <source>It reports a crime or a threat to security: it is not returned but forwarded at once (art. 64 part 7-2).</source>
        <translation>Обращение содержит сведения о преступлении или угрозе безопасности: оно не возвращается, а незамедлительно перенаправляется (ч. 7-2 ст. 64 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="114"/>
        <source>No period to correct has run out: return under art. 64 part 7 1) is possible only after it ends.</source>
        <translation>Срок для устранения нарушений не истёк: возврат по подп. 1) ч. 7 ст. 64 АППК возможен только после его истечения.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="115"/>
        <source>No other appeal has this number.</source>
        <translation>Другого обращения с таким номером нет.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="116"/>
        <source>That appeal is from another applicant.</source>
        <translation>Это обращение подано другим заявителем.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="117"/>
        <source>That appeal&apos;s procedure was not terminated (art. 64 part 7 2)).</source>
        <translation>Процедура по этому обращению не прекращалась (подп. 2) ч. 7 ст. 64 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="118"/>
        <source>That appeal was not returned as a repeat appeal (art. 64 part 8).</source>
        <translation>Это обращение не возвращалось как повторное (ч. 8 ст. 64 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="119"/>
        <source>The applicant is notified at the same time as the appeal is forwarded (art. 65 part 1).</source>
        <translation>Заявитель уведомляется одновременно с перенаправлением обращения (ч. 1 ст. 65 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="120"/>
        <source>An appeal is withdrawn only on the applicant&apos;s written application (art. 64 part 9).</source>
        <translation>Обращение отзывается только по письменному заявлению заявителя (ч. 9 ст. 64 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="121"/>
        <source>Nothing is waiting for this: &quot;{clock}&quot; is not running.</source>
        <translation>Это действие ничего не ожидает: срок «{clock}» не идёт.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="122"/>
        <source>It cannot be received before it was sent.</source>
        <translation>Дата получения не может быть раньше даты отправки.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="123"/>
        <source>The protocol is not signed yet.</source>
        <translation>Протокол ещё не подписан.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="124"/>
        <source>A recusal on circumstances already declared is inadmissible (art. 67 part 9).</source>
        <translation>Отвод по уже заявленным обстоятельствам не допускается (ч. 9 ст. 67 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="125"/>
        <source>A recusal is decided by the official&apos;s superior, not by the official (art. 67 parts 4 and 6).</source>
        <translation>Вопрос об отводе разрешает вышестоящее должностное лицо, а не само должностное лицо (ч. 4 и 6 ст. 67 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="126"/>
        <source>A recusal declared earlier is still waiting for its decision (art. 67 part 3).</source>
        <translation>Заявленный ранее отвод ещё не разрешён (ч. 3 ст. 67 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="127"/>
        <source>The recusal of the head of the body is decided by the superior body (art. 67 part 6): name it.</source>
        <translation>Отвод руководителя административного органа разрешает вышестоящий орган (ч. 6 ст. 67 АППК): укажите его.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="128"/>
        <source>It reports a crime or a threat to security: forward it to the competent body first (art. 64 part 7-2).</source>
        <translation>В обращении есть сведения о преступлении или угрозе безопасности: сначала перенаправьте его в уполномоченный орган (ч. 7-2 ст. 64 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="129"/>
        <source>Exception 1) covers only a favourable act that affects no one else (art. 73 part 2 1)).</source>
        <translation>Исключение 1) применяется только к благоприятному акту, не затрагивающему других лиц (подп. 1) ч. 2 ст. 73 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="130"/>
        <source>The participant asked in time for an oral hearing: hold it first (art. 73 part 3).</source>
        <translation>Участник своевременно заявил ходатайство об устном заслушивании: сначала проведите его (ч. 3 ст. 73 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="134"/>
        <source>Choose the legal form from the list.</source>
        <translation>Выберите организационно-правовую форму из списка.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="135"/>
        <source>Type the legal form, or choose it from the list.</source>
        <translation>Введите организационно-правовую форму или выберите её из списка.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="136"/>
        <source>This category of acts is no longer in the settings: choose another.</source>
        <translation>Этой категории актов больше нет в настройках: выберите другую.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="137"/>
        <source>Category {row}: give its name in Kazakh and in Russian.</source>
        <translation>Категория {row}: укажите её название на казахском и русском языках.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="138"/>
        <source>Category {row}: a category with this name is already in the list.</source>
        <translation>Категория {row}: категория с таким названием уже есть в списке.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="139"/>
        <source>Category {row}: give its complaint body, or the court if there is no superior body (art. 80 part 5).</source>
        <translation>Категория {row}: укажите орган, рассматривающий жалобу, или суд, если вышестоящего органа нет (ч. 5 ст. 80 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="140"/>
        <source>Category {row}: give the complaint body and the court in both languages (art. 80 part 5).</source>
        <translation>Категория {row}: укажите орган, рассматривающий жалобу, и суд на обоих языках (ч. 5 ст. 80 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="141"/>
        <source>Category {row}: a text is too long, at most {max} characters.</source>
        <translation>Категория {row}: текст слишком длинный, не более {max} символов.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="142"/>
        <source>Give the reasoning, or the item of art. 80 part 2 that lets it be left out (art. 80 part 1 4)).</source>
        <translation>Укажите обоснование либо подпункт ч. 2 ст. 80 АППК, позволяющий его не приводить (подп. 4) ч. 1 ст. 80 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="143"/>
        <source>The template &quot;{template}&quot; cannot be used: {detail}. Correct it or remove the office&apos;s copy.</source>
        <translation>Шаблон «{template}» не может быть использован: {detail}. Исправьте его или удалите копию шаблона, сохранённую аппаратом.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="144"/>
        <source>Record the decision in the case first (its Actions menu); the document carries it (art. 77, art. 89, art. 90-6).</source>
        <translation>Сначала зарегистрируйте решение по делу (меню «Действия»); документ содержит это решение (ст. 77, 89, 90-6 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="145"/>
        <source>You may not issue this document into this case. It is issued by: {roles}; a decision document by the official who decided or the head, a notice by those who carry the case.</source>
        <translation>Вы не можете выпустить этот документ по данному делу. Его выпускают: {roles}; документ о решении — должностное лицо, принявшее решение, или руководитель, уведомление — исполнители дела.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="146"/>
        <source>This value comes from the case and cannot be typed in.</source>
        <translation>Это значение берётся из дела и не вводится вручную.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="147"/>
        <source>The template &quot;{template}&quot; asks for more than its fields ({detail}); it is refused. Correct it or remove the office&apos;s copy.</source>
        <translation>Шаблон «{template}» обращается не только к своим полям ({detail}); он отклонён. Исправьте его или удалите копию шаблона, сохранённую аппаратом.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="148"/>
        <source>The template &quot;{template}&quot; takes too long or makes too large a document (its {limit} limit); it is refused. Correct it or remove the office&apos;s copy.</source>
        <translation>Шаблон «{template}» обрабатывается слишком долго или создаёт слишком большой документ (предел: {limit}); он отклонён. Исправьте его или удалите копию шаблона, сохранённую аппаратом.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="149"/>
        <source>The template &quot;{template}&quot; uses fields the app does not know: {fields}.</source>
        <translation>В шаблоне «{template}» используются поля, неизвестные программе: {fields}.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="150"/>
        <source>The template &quot;{template}&quot; has lost mandatory parts: {fields}.</source>
        <translation>В шаблоне «{template}» отсутствуют обязательные части: {fields}.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="151"/>
        <source>There is no such template.</source>
        <translation>Такой шаблон отсутствует.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="152"/>
        <source>The document was not found.</source>
        <translation>Документ не найден.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="153"/>
        <source>The stored document {number} does not match its checksum. Tell the administrator.</source>
        <translation>Сохранённый документ {number} не соответствует своей контрольной сумме. Сообщите администратору.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="154"/>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="155"/>
        <source>Too many appeals for one printout (more than {max}): choose a shorter period.</source>
        <translation>Слишком много обращений для одной распечатки (более {max}): выберите более короткий период.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="156"/>
        <source>PDF needs LibreOffice or Microsoft Word, and neither is installed on this computer. Install LibreOffice, or open the document and save it as PDF in your editor.</source>
        <translation>Для PDF нужен LibreOffice или Microsoft Word, но ни один из них не установлен на этом компьютере. Установите LibreOffice или откройте документ и сохраните его как PDF в редакторе.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="157"/>
        <source>The document could not be converted to PDF.</source>
        <translation>Не удалось преобразовать документ в PDF.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="158"/>
        <source>The PDF made from the document cannot be read; open the document in Word or LibreOffice instead.</source>
        <translation>PDF, полученный из документа, не читается; откройте документ в Word или LibreOffice.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="159"/>
        <source>Fill this in the other language too: an act gives the same appeal route in Kazakh and Russian (art. 80 part 5).</source>
        <translation>Заполните это и на другом языке: акт указывает одинаковый порядок обжалования на казахском и русском языках (ч. 5 ст. 80 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="160"/>
        <source>Item 1, 2 or 3 of art. 80 part 2; item 1 only for a favourable act.</source>
        <translation>Подп. 1, 2 или 3 ч. 2 ст. 80 АППК; подп. 1 только для благоприятного акта.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="162"/>
        <source>A correction replaces a document of the same kind in this case (art. 82).</source>
        <translation>Исправленный документ заменяет документ того же вида в этом деле (ст. 82 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="163"/>
        <source>The copy could not be saved there: {detail}</source>
        <translation>Не удалось сохранить копию: {detail}</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="164"/>
        <source>Choose another official (art. 67 part 8).</source>
        <translation>Выберите другое должностное лицо (ч. 8 ст. 67 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="165"/>
        <source>Only the latest action of a case can be reversed, and not every action.</source>
        <translation>Отменить можно только последнее действие по делу, и не любое.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="166"/>
        <source>The earliest day for the act falls after the term. Consider an extension (art. 76 part 3).</source>
        <translation>Самый ранний день принятия акта приходится на дату после истечения срока. Рассмотрите продление срока (ч. 3 ст. 76 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="168"/>
        <source>&quot;{action}&quot; is not an action of this case: a complaint has its own actions, on its own side (art. 91 part 4, art. 100).</source>
        <translation>Действие «{action}» не относится к этому делу: у жалобы свои действия, зависящие от нашей роли по жалобе (ч. 4 ст. 91, ст. 100 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="169"/>
        <source>No case has this registration number.</source>
        <translation>Дела с таким регистрационным номером нет.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="170"/>
        <source>This date is after the complaint was received.</source>
        <translation>Эта дата позже дня поступления жалобы.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="171"/>
        <source>The complainant cannot have learned of the act before its date.</source>
        <translation>Заявителю не могло стать известно об акте раньше даты его принятия.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="172"/>
        <source>The complaint is sent together with the whole administrative case file (art. 91 part 4).</source>
        <translation>Жалоба направляется вместе со всем административным делом (ч. 4 ст. 91 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="173"/>
        <source>The complaint may be kept only when every demand is satisfied; otherwise it is sent to the complaint body (art. 91 part 4).</source>
        <translation>Жалобу можно не направлять, только если удовлетворены все её требования; в противном случае она направляется в орган, рассматривающий жалобу (ч. 4 ст. 91 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="174"/>
        <source>The three working days ran out on {due}: the complaint must now be sent to the complaint body (art. 91 part 4).</source>
        <translation>Три рабочих дня истекли {due}: теперь жалобу необходимо направить в орган, рассматривающий жалобу (ч. 4 ст. 91 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="175"/>
        <source>The complaint was filed in time (last day {due}): there is no term to restore (art. 92 part 2).</source>
        <translation>Жалоба подана в срок (последний день — {due}): восстанавливать срок не требуется (ч. 2 ст. 92 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="176"/>
        <source>The motion to restore the term is already decided.</source>
        <translation>Ходатайство о восстановлении срока уже разрешено.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="177"/>
        <source>Decisions 1–3 are taken only where adopting the act or taking the action is within our own competence; otherwise send the complaint back (art. 100 part 2).</source>
        <translation>Решения 1–3 принимаются, только если принятие акта или совершение действия входит в нашу компетенцию; в противном случае направьте жалобу в обжалуемый орган (ч. 2 ст. 100 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="178"/>
        <source>The new act must not worsen the complainant&apos;s position (art. 98 part 6). Confirm it, or choose another decision.</source>
        <translation>Новый акт не должен ухудшать положение заявителя (ч. 6 ст. 98 АППК). Подтвердите это или выберите другое решение.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="179"/>
        <source>The official whose act or action is challenged takes no part in considering the complaint (art. 97 part 2).</source>
        <translation>Должностное лицо, акт или действие которого обжалуются, не участвует в рассмотрении жалобы (ч. 2 ст. 97 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="180"/>
        <source>The term was already extended once. Article 76 part 3 allows one decision to extend (&quot;мұндай шешім&quot;), and part 4 makes an unfounded extension a matter of liability. A further extension needs the office&apos;s recorded legal basis (Settings, Legal readings).</source>
        <translation>Срок уже продлевался один раз. Часть 3 статьи 76 АППК предусматривает одно решение о продлении («такое решение»), а часть 4 устанавливает ответственность за необоснованное продление. Для повторного продления нужно записанное правовое основание учреждения (Настройки, Правовые толкования).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="181"/>
        <source>Name the legal basis (the law, its article) for this choice: it is recorded with the change.</source>
        <translation>Укажите правовое основание (закон, его статью) для этого выбора: оно записывается вместе с изменением.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="182"/>
        <source>A complaint against our own act or action is sent with the case file to the complaint body within 3 working days (art. 91 part 4), or fully satisfied; returning it or asking to correct it is for the complaint body (art. 95 part 1 3)).</source>
        <translation>Жалоба на наш собственный акт или действие направляется вместе с административным делом в орган, рассматривающий жалобу, в течение трёх рабочих дней (ч. 4 ст. 91 АППК) либо удовлетворяется полностью; возвратить её или предложить привести в соответствие вправе орган, рассматривающий жалобу (подп. 3) ч. 1 ст. 95 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="183"/>
        <source>The 3 working days to return it ended on {due}: the appeal is now considered (art. 64 part 7).</source>
        <translation>Три рабочих дня на возврат истекли {due}: обращение теперь рассматривается (ч. 7 ст. 64 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="184"/>
        <source>This recusal is decided by an official above the one recused (art. 67 part 4): for a deputy or the head of the apparatus, the head of the body.</source>
        <translation>Этот отвод разрешает вышестоящее должностное лицо (ч. 4 ст. 67 АППК): для заместителя или руководителя аппарата – руководитель органа.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="185"/>
        <source>Record whose act or action is challenged (art. 93 part 2 4)) before deciding: the complaint body must stand above it (art. 91 part 3, art. 97 part 2). Use &quot;Complaint facts&quot;.</source>
        <translation>Перед решением укажите, чей акт или действие обжалуется (подп. 4) ч. 2 ст. 93 АППК): рассматривающий жалобу орган должен быть вышестоящим (ч. 3 ст. 91, ч. 2 ст. 97 АППК). Используйте действие «Сведения о жалобе».</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="186"/>
        <source>A complaint against the act of our own head (or our office) is considered by the superior body, not by us (art. 91 part 3): forward it to that body (art. 65 part 1, the Forward action).</source>
        <translation>Жалобу на акт нашего руководителя (или нашего органа) рассматривает вышестоящий орган, а не мы (ч. 3 ст. 91 АППК): перенаправьте её в этот орган (ч. 1 ст. 65 АППК, действие «Перенаправить обращение полностью»).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="189"/>
        <source>The decision is binding (art. 100 part 4), but this complaint names no case of ours: open the case it concerns and record there what the decision obliges.</source>
        <translation>Решение обязательно для исполнения (ч. 4 ст. 100 АППК), но в этой жалобе не указано наше дело: откройте дело, к которому оно относится, и запишите там, что предписывает решение.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="190"/>
        <source>A case reopened by a binding decision (art. 100 part 4) is neither returned nor forwarded: do what the decision obliges.</source>
        <translation>Дело, вновь открытое обязательным решением (ч. 4 ст. 100 АППК), не возвращается и не перенаправляется: исполните то, что предписывает решение.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="193"/>
        <source>No official of ours is named: confirm that the body or official challenged stands below this office (art. 91 part 3). A complaint against our office or our akim is forwarded to the superior body (art. 65 part 1).</source>
        <translation>Наше должностное лицо не указано: подтвердите, что обжалуемый орган или должностное лицо подчинены нашему органу (ч. 3 ст. 91 АППК). Жалоба на наш орган или нашего акима перенаправляется в вышестоящий орган (ч. 1 ст. 65 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="187"/>
        <source>The complaint is decided by an official above the one whose act is challenged (art. 91 part 3): a deputy&apos;s act by the head of the body.</source>
        <translation>Жалобу разрешает должностное лицо, вышестоящее по отношению к тому, чей акт обжалуется (ч. 3 ст. 91 АППК): акт заместителя – руководитель органа.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="131"/>
        <source>The act cannot be issued without its appeal route: the office settings name no superior body (or court) for the head&apos;s acts (art. 80 part 5).</source>
        <translation>Акт не может быть оформлен без указания порядка обжалования: в настройках аппарата не указан вышестоящий орган (или суд) для актов руководителя (ч. 5 ст. 80 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="132"/>
        <source>The act cannot be issued without its appeal route: a deputy signs it, and the settings name no complaint body (or court) for a deputy&apos;s acts (art. 80 part 5, art. 91 part 3).</source>
        <translation>Акт не может быть оформлен без указания порядка обжалования: его подписывает заместитель, а в настройках для актов заместителя не задан орган, рассматривающий жалобу (или суд) (ч. 5 ст. 80, ч. 3 ст. 91 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="133"/>
        <source>The act cannot be issued without its appeal route: the settings name no complaint body (or court) for its category (art. 80 part 5).</source>
        <translation>Акт не может быть оформлен без указания порядка обжалования: в настройках для его категории не задан орган, рассматривающий жалобу (или суд) (ч. 5 ст. 80 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="161"/>
        <source>The document names who signs it, and the office settings name no head of office (art. 80 part 1 1), 5)).</source>
        <translation>В документе указывается, кто его подписывает, а в настройках аппарата не указан руководитель органа (подп. 1), 5) ч. 1 ст. 80 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="188"/>
        <source>The participant&apos;s rights and duties must be explained after registration (art. 94 part 2): record the day with &quot;Complaint facts&quot;.</source>
        <translation>После регистрации участнику должны быть разъяснены его права и обязанности (ч. 2 ст. 94 АППК): запишите дату действием «Сведения о жалобе».</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="191"/>
        <source>A repeat appeal is returned only when it brings no new arguments or newly discovered circumstances (art. 64 part 7 2)): confirm it.</source>
        <translation>Повторное обращение возвращается, только если оно не содержит новых доводов или вновь открывшихся обстоятельств (подп. 2) ч. 7 ст. 64 АППК): подтвердите это.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="192"/>
        <source>This decision reopened our case {number} (art. 100 part 4), which has its own history since; the entry stays. Record what happens in that case.</source>
        <translation>Это решение вновь открыло наше дело {number} (ч. 4 ст. 100 АППК), у которого с тех пор своя история; запись остаётся. Записывайте происходящее в том деле.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="194"/>
        <source>A refusal has nothing to execute: leave the execution term empty (art. 86 part 3).</source>
        <translation>При отказе исполнять нечего: оставьте срок исполнения пустым (ч. 3 ст. 86 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="195"/>
        <source>The act is not executed while complaint {number} runs: filing a complaint suspends its execution (art. 96 part 1).</source>
        <translation>Акт не исполняется, пока рассматривается жалоба № {number}: подача жалобы приостанавливает его исполнение (ч. 1 ст. 96 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="196"/>
        <source>The complaint cannot have been filed before the complainant learned of the act.</source>
        <translation>Жалоба не могла быть подана раньше, чем заявителю стало известно об акте.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="197"/>
        <source>Item 2) covers acts of the financial regulator, the National Bank and state audit, not ours (art. 96 part 1).</source>
        <translation>Подпункт 2) относится к актам финансового регулятора, Национального Банка и органов государственного аудита и финансового контроля, а не к нашим актам (ч. 1 ст. 96 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="198"/>
        <source>The act is not executed: complaint {number} revoked, replaced or sent it back (art. 91 part 4, art. 100 part 4).</source>
        <translation>Акт не исполняется: по жалобе № {number} он отменён, заменён или дело направлено в обжалуемый орган (ч. 4 ст. 91, ч. 4 ст. 100 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="199"/>
        <source>The complaint body&apos;s decision is already recorded. Reverse that entry to correct it.</source>
        <translation>Решение органа, рассматривающего жалобу, уже внесено. Чтобы исправить его, отмените эту запись.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="200"/>
        <source>Hear the official whose act or action is challenged before deciding on the merits (art. 98 part 3).</source>
        <translation>До принятия решения по существу заслушайте должностное лицо, акт или действие которого обжалуются (ч. 3 ст. 98 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="201"/>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="202"/>
        <source>Record the decision on the complaint first; the document takes its kind, grounds and date from it (art. 100, art. 101).</source>
        <translation>Сначала внесите решение по жалобе; вид, основания и дата документа берутся из него (ст. 100, ст. 101 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="204"/>
        <source>Only the head and the deputies hold personal receptions (art. 90 part 1).</source>
        <translation>Личный приём проводят только руководитель и его заместители (ч. 1 ст. 90 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="205"/>
        <source>Give from 5 to 120 minutes per person.</source>
        <translation>Укажите от 5 до 120 минут на одного человека.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="206"/>
        <source>This official already receives from {start} to {end} that day.</source>
        <translation>В этот день данное должностное лицо уже ведёт приём с {start} до {end}.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="207"/>
        <source>People are booked for this reception: move or cancel their bookings first.</source>
        <translation>На этот приём уже есть записавшиеся: сначала перенесите или отмените их записи.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="208"/>
        <source>The schedule is approved by the head of the body (art. 90 part 3).</source>
        <translation>График приёма утверждает руководитель органа (ч. 3 ст. 90 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="209"/>
        <source>Every reception of this month is already approved.</source>
        <translation>Все приёмы этого месяца уже утверждены.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="210"/>
        <source>This reception is not in the approved schedule yet (art. 90 part 3).</source>
        <translation>Этот приём ещё не включён в утверждённый график (ч. 3 ст. 90 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="211"/>
        <source>This reception has already passed.</source>
        <translation>Этот приём уже прошёл.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="212"/>
        <source>Give a phone number or a postal address, to tell the person of any change.</source>
        <translation>Укажите номер телефона или почтовый адрес, чтобы сообщить заявителю об изменениях.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="213"/>
        <source>This time is already booked: choose another one.</source>
        <translation>Это время уже занято: выберите другое.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="214"/>
        <source>This booking is no longer open.</source>
        <translation>Эта запись больше не действует.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="215"/>
        <source>No such booking.</source>
        <translation>Такая запись не найдена.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="216"/>
        <source>Choose a reception whose outcome is &quot;a written appeal is needed&quot; (art. 90 part 4).</source>
        <translation>Выберите приём с результатом «требуется письменное обращение» (ч. 4 ст. 90 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="217"/>
        <source>This reception is already registered as a written appeal.</source>
        <translation>По этому приёму уже зарегистрировано письменное обращение.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="218"/>
        <source>A petition short of its threshold comes as a message, a response or a proposal (art. 90-3 part 5).</source>
        <translation>Петиция, не достигшая порогового значения, поступает как сообщение, отклик или предложение (ч. 5 ст. 90-3 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="219"/>
        <source>The invitation had to go out by {due}, three working days before: choose a later date (art. 90-5 part 2).</source>
        <translation>Приглашение необходимо было направить не позднее {due}, за три рабочих дня до обсуждения: выберите более позднюю дату (ч. 2 ст. 90-5 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="220"/>
        <source>The discussion would fall after the term of the petition ({due}).</source>
        <translation>Обсуждение приходится на дату после истечения срока рассмотрения петиции ({due}).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="221"/>
        <source>Set the date and place of the public discussion first.</source>
        <translation>Сначала назначьте дату и место публичного обсуждения.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="222"/>
        <source>Announce it both on the internet resource and to the persons directly, electronically or on paper (art. 90-5 part 2).</source>
        <translation>Уведомление необходимо как разместить на интернет-ресурсе, так и направить лицам непосредственно, в электронной или бумажной форме (ч. 2 ст. 90-5 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="223"/>
        <source>The discussion was not announced.</source>
        <translation>Уведомление об обсуждении не направлено.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="224"/>
        <source>The discussion was set for {day}.</source>
        <translation>Обсуждение было назначено на {day}.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="225"/>
        <source>Name the members, one per line.</source>
        <translation>Укажите членов, по одному в строке.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="226"/>
        <source>Only the first head (the akim) decides on a petition (art. 90-6 part 1).</source>
        <translation>Решение по петиции принимает только первый руководитель — аким (ч. 1 ст. 90-6 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="227"/>
        <source>Record the site visit, or why it is not needed (art. 90-5 part 2).</source>
        <translation>Внесите сведения о выезде на место либо о причине, по которой он не требуется (ч. 2 ст. 90-5 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="228"/>
        <source>Hold the public discussion of the draft decision first (art. 90-5 part 2).</source>
        <translation>Сначала проведите публичное обсуждение проекта решения (ч. 2 ст. 90-5 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="229"/>
        <source>The discussion was announced less than three working days before it: hold it again (art. 90-5 part 2).</source>
        <translation>Уведомление об обсуждении направлено менее чем за три рабочих дня до его проведения: проведите обсуждение повторно (ч. 2 ст. 90-5 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="230"/>
        <source>Form the temporary commission or working group first (art. 90-5 part 2).</source>
        <translation>Сначала создайте временную комиссию или рабочую группу (ч. 2 ст. 90-5 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="231"/>
        <source>This reception is still to come.</source>
        <translation>Этот приём ещё не наступил.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="232"/>
        <source>The decision on a petition is in the state language or in the petition&apos;s language (art. 90-6 part 2).</source>
        <translation>Решение по петиции выносится на государственном языке или на языке петиции (ч. 2 ст. 90-6 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="233"/>
        <source>An answer or a notice to the participant is given in the state language (Kazakh) or in the language the appeal was made in (art. 89 part 2).</source>
        <translation>Ответ или уведомление участнику даётся на государственном (казахском) языке или на языке, на котором участник обратился (ч. 2 ст. 89 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="234"/>
        <source>The complaint was filed late and the term was not restored. This may be a ground to leave it unsatisfied (art. 92 part 3).</source>
        <translation>Жалоба подана с пропуском срока, и срок не восстановлен. Это может служить основанием для оставления жалобы без удовлетворения (ч. 3 ст. 92 АППК).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="259"/>
        <source>Unexpected error: {code}</source>
        <translation>Непредвиденная ошибка: {code}</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="48"/>
        <source>This does not look like an e-Otinish number: letters and digits in groups joined by &quot;-&quot;, &quot;/&quot; or &quot;.&quot;, with at least five digits (for example ЖТ-2026-01234567).</source>
        <translation>Это не похоже на номер e-Otinish: группы букв и цифр, соединённые знаками &quot;-&quot;, &quot;/&quot; или &quot;.&quot;, не менее пяти цифр (например, ЖТ-2026-01234567).</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="49"/>
        <source>This e-Otinish number is already given to appeal {reg_number}: one number belongs to one appeal (art. 69 part 3).</source>
        <translation>Этот номер e-Otinish уже присвоен обращению {reg_number}: один номер принадлежит одному обращению (ч. 3 ст. 69 АППК).</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="50"/>
        <source>This appeal already has e-Otinish number {number}: to change it, use &quot;Correct the e-Otinish number&quot; and say why.</source>
        <translation>У этого обращения уже есть номер e-Otinish {number}: чтобы изменить его, выберите «Исправить номер e-Otinish» и укажите причину.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="51"/>
        <source>This appeal has no e-Otinish number yet: enter it first.</source>
        <translation>У этого обращения ещё нет номера e-Otinish: сначала внесите его.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="52"/>
        <source>This is the number the appeal already has.</source>
        <translation>Обращение уже имеет этот номер.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="53"/>
        <source>Feedback on the answer comes after the decision of {day}.</source>
        <translation>Отзыв об ответе получают после решения от {day}.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="54"/>
        <source>e-Otinish is already marked as down.</source>
        <translation>e-Otinish уже отмечен как недоступный.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="55"/>
        <source>e-Otinish is not marked as down.</source>
        <translation>e-Otinish не отмечен как недоступный.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="56"/>
        <source>The outage cannot end before it started ({started_at}).</source>
        <translation>Сбой не может закончиться раньше, чем начался ({started_at}).</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="57"/>
        <source>The file cannot be read as a spreadsheet: it may be damaged or of another kind. Save it again as XLSX or CSV. ({detail})</source>
        <translation>Файл не читается как таблица: он повреждён или другого вида. Сохраните его заново как XLSX или CSV. ({detail})</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="58"/>
        <source>The file is too large to import (at most {mb} MB): export a shorter period.</source>
        <translation>Файл слишком велик (не более {mb} МБ): выгрузите более короткий период.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="59"/>
        <source>The file has more than {max} rows: export a shorter period.</source>
        <translation>В файле более {max} строк: выгрузите более короткий период.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="60"/>
        <source>The file has no table: no header row followed by rows of data.</source>
        <translation>В файле нет таблицы: не найдены строка заголовков и строки данных после неё.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="61"/>
        <source>This is not a CSV text file. Choose the XLSX or CSV file exported from e-Otinish.</source>
        <translation>Это не текстовый файл CSV. Выберите файл XLSX или CSV, выгруженный из e-Otinish.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="62"/>
        <source>The text of the file is in an encoding that cannot be read (only UTF-8, UTF-16 and Windows-1251 are): save it again as &quot;CSV UTF-8&quot; or as XLSX.</source>
        <translation>Кодировка текста файла не читается (читаются только UTF-8, UTF-16 и Windows-1251): сохраните его заново как «CSV UTF-8» или XLSX.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="63"/>
        <source>Old Excel files (.xls) are not read: save the file as XLSX first.</source>
        <translation>Старые файлы Excel (.xls) не читаются: сначала сохраните файл как XLSX.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="64"/>
        <source>Choose the column of the e-Otinish number, or the columns of the date and the applicant&apos;s name.</source>
        <translation>Выберите столбец номера e-Otinish или столбцы даты и имени заявителя.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="65"/>
        <source>Nothing was written: the number {number} cannot be given to appeal {reg_number}. Uncheck that line and confirm again.</source>
        <translation>Ничего не записано: номер {number} нельзя присвоить обращению {reg_number}. Снимите отметку с этой строки и подтвердите снова.</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <location filename="../admin/office_form.py" line="22"/>
        <source>Office name (Kazakh)</source>
        <translation>Наименование аппарата (на казахском языке)</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="23"/>
        <source>Office name (Russian)</source>
        <translation>Наименование аппарата (на русском языке)</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="24"/>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="25"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="26"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="27"/>
        <source>Head of office</source>
        <translation>Руководитель органа</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="28"/>
        <source>Head&apos;s position</source>
        <translation>Должность руководителя</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="29"/>
        <source>Working day starts (HH:MM)</source>
        <translation>Начало рабочего дня (ЧЧ:ММ)</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="30"/>
        <source>Working day ends (HH:MM); later appeals are registered the next working day (art. 64 part 3)</source>
        <translation>Окончание рабочего дня (ЧЧ:ММ); обращения, поступившие позже, регистрируются на следующий рабочий день (ч. 3 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="31"/>
        <source>Registration number format ({year}, {seq:06d}, {prefix})</source>
        <translation>Формат регистрационного номера ({year}, {seq:06d}, {prefix})</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="32"/>
        <source>Number prefix (optional)</source>
        <translation>Префикс номера (необязательно)</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="33"/>
        <source>Superior body for complaints about the head&apos;s acts, with its address (Kazakh; art. 80 part 5)</source>
        <translation>Вышестоящий орган для жалоб на акты руководителя, с адресом (на казахском; ч. 5 ст. 80 АППК)</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="34"/>
        <source>Superior body for complaints about the head&apos;s acts, with its address (Russian; art. 80 part 5)</source>
        <translation>Вышестоящий орган для жалоб на акты руководителя, с адресом (на русском; ч. 5 ст. 80 АППК)</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="35"/>
        <source>Court, if there is no superior body (Kazakh)</source>
        <translation>Суд, если нет вышестоящего органа (на казахском)</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="36"/>
        <source>Court, if there is no superior body (Russian)</source>
        <translation>Суд, если нет вышестоящего органа (на русском)</translation>
    </message>
</context>
<context>
    <name>OutageControls</name>
    <message>
        <location filename="../eotinish/outage.py" line="27"/>
        <source>e-Otinish is down</source>
        <translation>e-Otinish недоступен</translation>
    </message>
    <message>
        <location filename="../eotinish/outage.py" line="53"/>
        <source>Outage mode: e-Otinish is marked as down since {at} ({who}). Appeals registered now are flagged and wait in the control panel for their e-Otinish number.</source>
        <translation>Режим сбоя: e-Otinish отмечен как недоступный с {at} ({who}). Обращения, зарегистрированные сейчас, помечаются и ждут номера e-Otinish в панели контроля.</translation>
    </message>
    <message>
        <location filename="../eotinish/outage.py" line="57"/>
        <source>Down for more than an hour: follow the set procedure for an outage of e-Otinish and enter the numbers once it is back.</source>
        <translation>Недоступен более часа: действуйте по установленному порядку на случай сбоя e-Otinish и внесите номера, когда система заработает.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../admin/password_dialog.py" line="17"/>
        <source>Choose a new password</source>
        <translation>Выберите новый пароль</translation>
    </message>
    <message>
        <location filename="../admin/password_dialog.py" line="22"/>
        <source>The password you were given</source>
        <translation>Выданный вам пароль</translation>
    </message>
    <message>
        <location filename="../admin/password_dialog.py" line="23"/>
        <source>New password (10 characters or more)</source>
        <translation>Новый пароль (не менее 10 символов)</translation>
    </message>
    <message>
        <location filename="../admin/password_dialog.py" line="24"/>
        <source>New password again</source>
        <translation>Новый пароль ещё раз</translation>
    </message>
    <message>
        <location filename="../admin/password_dialog.py" line="31"/>
        <source>An administrator reset your password: choose your own before you go on. A few words with spaces make a good one.</source>
        <translation>Администратор сбросил ваш пароль: прежде чем продолжить, выберите свой. Хороший пароль — несколько слов через пробел.</translation>
    </message>
</context>
<context>
    <name>PetitionForm</name>
    <message>
        <location filename="../petition/registration_part.py" line="22"/>
        <source>Petition (art. 90-1 – 90-6)</source>
        <translation>Петиция (ст. 90-1 – 90-6 АППК)</translation>
    </message>
    <message>
        <location filename="../petition/registration_part.py" line="33"/>
        <source>Letter of the petition authority (art. 90-4 part 1)</source>
        <translation>Письмо уполномоченного органа в сфере взаимодействия государства и гражданского общества (ч. 1 ст. 90-4 АППК)</translation>
    </message>
    <message>
        <location filename="../petition/registration_part.py" line="34"/>
        <source>Representative (if any)</source>
        <translation>Представитель (при наличии)</translation>
    </message>
    <message>
        <location filename="../petition/registration_part.py" line="35"/>
        <source>Arguments (art. 90-2 part 2 4))</source>
        <translation>Доводы (подп. 4) ч. 2 ст. 90-2 АППК)</translation>
    </message>
    <message>
        <location filename="../petition/registration_part.py" line="36"/>
        <source>Proposals (art. 90-2 part 2 4))</source>
        <translation>Предложения (подп. 4) ч. 2 ст. 90-2 АППК)</translation>
    </message>
    <message>
        <location filename="../petition/registration_part.py" line="37"/>
        <source>Citizens who joined (art. 90-3)</source>
        <translation>Количество граждан, присоединившихся к петиции (ст. 90-3 АППК)</translation>
    </message>
    <message>
        <location filename="../petition/registration_part.py" line="38"/>
        <source>Joined from</source>
        <translation>Период присоединения: с</translation>
    </message>
    <message>
        <location filename="../petition/registration_part.py" line="39"/>
        <source>Joined to</source>
        <translation>Период присоединения: по</translation>
    </message>
</context>
<context>
    <name>PetitionTab</name>
    <message>
        <location filename="../petition/tab.py" line="19"/>
        <source>not needed: {why}</source>
        <translation>не требуется: {why}</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="21"/>
        <source>Letter of the petition authority</source>
        <translation>Письмо уполномоченного органа</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="22"/>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="23"/>
        <source>Arguments</source>
        <translation>Доводы</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="23"/>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="24"/>
        <source>Citizens who joined</source>
        <translation>Количество присоединившихся граждан</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="25"/>
        <source>1. Site visit (art. 90-5 part 2)</source>
        <translation>1. Выезд на место (ч. 2 ст. 90-5 АППК)</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="26"/>
        <source>2. Public discussion: date and place</source>
        <translation>2. Публичное обсуждение: дата и место</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="28"/>
        <source>   announced (3 working days before)</source>
        <translation>   уведомление (за три рабочих дня)</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="29"/>
        <source>   held</source>
        <translation>   проведено</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="30"/>
        <source>3. Temporary commission or working group</source>
        <translation>3. Временная комиссия или рабочая группа</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="32"/>
        <source>Published (art. 90-6 part 3)</source>
        <translation>Размещено (ч. 3 ст. 90-6 АППК)</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="33"/>
        <source>Official statement</source>
        <translation>Официальное заявление</translation>
    </message>
</context>
<context>
    <name>ReadingsPage</name>
    <message>
        <location filename="../admin/readings_page.py" line="18"/>
        <source>The defaults are the Code&apos;s plain reading. Another choice needs its legal basis, and every change is kept in the history.</source>
        <translation>Значения по умолчанию – прямой смысл Кодекса. Для иного выбора нужно правовое основание, каждое изменение сохраняется в истории.</translation>
    </message>
    <message>
        <location filename="../admin/readings_page.py" line="22"/>
        <source>Allow a further extension of a case&apos;s term</source>
        <translation>Разрешить повторное продление срока дела</translation>
    </message>
    <message>
        <location filename="../admin/readings_page.py" line="25"/>
        <source>Art. 76 part 3 speaks of one decision to extend, at most two months from it; part 4 makes an unfounded extension a matter of liability. Off: one extension per case.</source>
        <translation>Часть 3 ст. 76 АППК говорит об одном решении о продлении, не более чем на два месяца с его принятия; часть 4 устанавливает ответственность за необоснованное продление. Выключено: одно продление на дело.</translation>
    </message>
    <message>
        <location filename="../admin/readings_page.py" line="28"/>
        <source>Extension (art. 76 parts 3, 4)</source>
        <translation>Продление (ч. 3, 4 ст. 76 АППК)</translation>
    </message>
    <message>
        <location filename="../admin/readings_page.py" line="31"/>
        <source>The law and article that allow it</source>
        <translation>Закон и статья, которые это допускают</translation>
    </message>
    <message>
        <location filename="../admin/readings_page.py" line="32"/>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <location filename="../admin/readings_page.py" line="38"/>
        <source>A case reopened by a complaint body&apos;s or a court&apos;s binding decision (art. 100 part 4) runs the term that decision sets; when it sets none, this many working days (default 15, as art. 76 part 1).</source>
        <translation>Дело, вновь открытое обязательным решением органа, рассматривающего жалобу, или суда (ч. 4 ст. 100 АППК), рассматривается в срок, установленный этим решением; если он не установлен – столько рабочих дней (по умолчанию 15, как ч. 1 ст. 76 АППК).</translation>
    </message>
    <message>
        <location filename="../admin/readings_page.py" line="40"/>
        <source>Reopened case, working days (art. 100 part 4)</source>
        <translation>Вновь открытое дело, рабочие дни (ч. 4 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../admin/readings_page.py" line="44"/>
        <source>Legal basis (for a term other than 15)</source>
        <translation>Правовое основание (для срока, отличного от 15)</translation>
    </message>
</context>
<context>
    <name>ReceptionWindow</name>
    <message>
        <location filename="../reception/window.py" line="23"/>
        <source>Personal reception</source>
        <translation>Личный приём</translation>
    </message>
    <message>
        <location filename="../reception/window.py" line="30"/>
        <source>Schedule</source>
        <translation>График приёма</translation>
    </message>
    <message>
        <location filename="../reception/window.py" line="30"/>
        <source>Bookings</source>
        <translation>Запись на приём</translation>
    </message>
    <message>
        <location filename="../reception/window.py" line="31"/>
        <source>Journal</source>
        <translation>Журнал приёма</translation>
    </message>
    <message>
        <location filename="../reception/window.py" line="31"/>
        <source>Figures</source>
        <translation>Статистика</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="37"/>
        <location filename="../eotinish/reconcile_dialog.py" line="48"/>
        <location filename="../eotinish/reconcile_dialog.py" line="131"/>
        <location filename="../eotinish/reconcile_dialog.py" line="133"/>
        <location filename="../eotinish/reconcile_dialog.py" line="134"/>
        <source>e-Otinish number</source>
        <translation>Номер e-Otinish</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="38"/>
        <source>IIN / BIN</source>
        <translation>ИИН / БИН</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="39"/>
        <location filename="../eotinish/reconcile_dialog.py" line="134"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="40"/>
        <location filename="../eotinish/reconcile_dialog.py" line="130"/>
        <location filename="../eotinish/reconcile_dialog.py" line="132"/>
        <location filename="../eotinish/reconcile_dialog.py" line="135"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="41"/>
        <location filename="../eotinish/reconcile_dialog.py" line="133"/>
        <location filename="../eotinish/reconcile_dialog.py" line="135"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="42"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="45"/>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="46"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="47"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="51"/>
        <source>The date cannot be read</source>
        <translation>Дату не прочитать</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="52"/>
        <source>Not an e-Otinish number</source>
        <translation>Не номер e-Otinish</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="97"/>
        <source>Reconciliation with e-Otinish</source>
        <translation>Сверка с e-Otinish</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="99"/>
        <source>Choose the register (XLSX or CSV)…</source>
        <translation>Выбрать реестр (XLSX или CSV)…</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="102"/>
        <source>Export the register of appeals from e-Otinish for a period, or take any spreadsheet with one appeal per row.</source>
        <translation>Выгрузите из e-Otinish реестр обращений за период или возьмите любую таблицу, где в каждой строке одно обращение.</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="118"/>
        <source>Compare with the journal</source>
        <translation>Сравнить с журналом</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="130"/>
        <source>Write</source>
        <translation>Записать</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="130"/>
        <location filename="../eotinish/reconcile_dialog.py" line="132"/>
        <location filename="../eotinish/reconcile_dialog.py" line="136"/>
        <source>Our number</source>
        <translation>Наш номер</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="132"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="134"/>
        <location filename="../eotinish/reconcile_dialog.py" line="136"/>
        <location filename="../eotinish/reconcile_dialog.py" line="138"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="136"/>
        <source>What differs</source>
        <translation>Что отличается</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="137"/>
        <source>Ours</source>
        <translation>У нас</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="137"/>
        <source>Theirs</source>
        <translation>В e-Otinish</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="138"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="138"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="141"/>
        <source>Numbers to write</source>
        <translation>Номера к записи</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="141"/>
        <source>Ours only</source>
        <translation>Только у нас</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="142"/>
        <source>Theirs only</source>
        <translation>Только в e-Otinish</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="142"/>
        <source>Different</source>
        <translation>Расхождения</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="143"/>
        <source>Unread cells</source>
        <translation>Непрочитанные ячейки</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="145"/>
        <source>Write the checked numbers</source>
        <translation>Записать отмеченные номера</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="149"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="173"/>
        <source>The register exported from e-Otinish</source>
        <translation>Реестр, выгруженный из e-Otinish</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="174"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Таблицы (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="204"/>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="217"/>
        <source>{file}: {rows} rows, columns: {columns}</source>
        <translation>{file}: строк: {rows}, столбцов: {columns}</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="220"/>
        <source>encoding {encoding}, delimiter «{delimiter}»</source>
        <translation>кодировка {encoding}, разделитель «{delimiter}»</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="275"/>
        <source>Comparing with the journal…</source>
        <translation>Сравнение с журналом…</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="301"/>
        <source>period {start} – {end}</source>
        <translation>период {start} – {end}</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="302"/>
        <source>no dates in the register</source>
        <translation>в реестре нет дат</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="304"/>
        <source>{period}: matched {matched}; numbers to write {links}; ours only {ours}; theirs only {theirs}; different {different}; unread cells {problems}.</source>
        <translation>{period}: сопоставлено: {matched}; номеров к записи: {links}; только у нас: {ours}; только в e-Otinish: {theirs}; расхождений: {different}; непрочитанных ячеек: {problems}.</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="331"/>
        <source>Numbers written: {n}.</source>
        <translation>Записано номеров: {n}.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../reception/record_dialog.py" line="41"/>
        <source>Personal reception</source>
        <translation>Личный приём</translation>
    </message>
    <message>
        <location filename="../reception/record_dialog.py" line="65"/>
        <source>Received by</source>
        <translation>Принимающее должностное лицо</translation>
    </message>
    <message>
        <location filename="../reception/record_dialog.py" line="66"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../reception/record_dialog.py" line="67"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../reception/record_dialog.py" line="67"/>
        <source>Subject</source>
        <translation>Тематика</translation>
    </message>
    <message>
        <location filename="../reception/record_dialog.py" line="68"/>
        <source>What was said and explained</source>
        <translation>Суть беседы и данные разъяснения</translation>
    </message>
    <message>
        <location filename="../reception/record_dialog.py" line="69"/>
        <source>Outcome (art. 90 part 4)</source>
        <translation>Результат (ч. 4 ст. 90 АППК)</translation>
    </message>
    <message>
        <location filename="../reception/record_dialog.py" line="70"/>
        <source>Where to go (not our competence)</source>
        <translation>Куда обратиться (вопрос не относится к компетенции)</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../intake/registration_dialog.py" line="76"/>
        <source>Register an appeal</source>
        <translation>Зарегистрировать обращение</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="99"/>
        <source>Signed by the applicant or representative (art. 63 part 2 5))</source>
        <translation>Подписано заявителем или представителем (подп. 5) ч. 2 ст. 63 АППК)</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="110"/>
        <source>Came from a petition short of its threshold (art. 90-3 part 5)</source>
        <translation>Поступило из петиции, не достигшей порогового значения (ч. 5 ст. 90-3 АППК)</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="123"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="124"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="125"/>
        <source>Received (date and time)</source>
        <translation>Поступило (дата и время)</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="126"/>
        <source>Language of the appeal</source>
        <translation>Язык обращения</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="127"/>
        <source>e-Otinish number (optional)</source>
        <translation>Номер e-Otinish (необязательно)</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="128"/>
        <source>An oral appeal is entered in a separate protocol by the person who accepts it; the protocol states the same details and is signed by the applicant (art. 63 parts 1 and 2).</source>
        <translation>Устное обращение заносится принявшим его лицом в отдельный протокол; в протоколе указываются те же реквизиты, его подписывает заявитель (ч. 1 и 2 ст. 63 АППК).</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="137"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="139"/>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="142"/>
        <source>Addressed to (body or official)</source>
        <translation>Адресат (орган или должностное лицо)</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="143"/>
        <source>Substance</source>
        <translation>Суть обращения</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="144"/>
        <source>Date written on the appeal</source>
        <translation>Дата, указанная в обращении</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="146"/>
        <source>Attachments</source>
        <translation>Количество приложений</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="147"/>
        <source>Pages of attachments</source>
        <translation>Количество листов приложений</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="166"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="167"/>
        <source>Required details (art. 63 part 2; a complaint: art. 93 part 2)</source>
        <translation>Обязательные реквизиты (ч. 2 ст. 63 АППК; для жалобы — ч. 2 ст. 93 АППК)</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="168"/>
        <source>Earlier appeals of this applicant (art. 64 part 7)</source>
        <translation>Ранее поданные обращения заявителя (ч. 7 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="176"/>
        <source>Register and print talon</source>
        <translation>Зарегистрировать и напечатать талон</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="178"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="213"/>
        <source>Close the form and discard what you typed? Nothing is registered.</source>
        <translation>Закрыть форму и удалить введённое? Ничего не будет зарегистрировано.</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="290"/>
        <source>Not stated:</source>
        <translation>Не указано:</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="291"/>
        <source>The appeal is still accepted and registered (refusing to accept an appeal is prohibited, art. 64 part 1); the applicant is told what to correct and by when (art. 64 part 6).</source>
        <translation>Обращение всё равно принимается и регистрируется (отказ в приёме обращения запрещён, ч. 1 ст. 64 АППК); заявителю сообщается, что и в какой срок исправить (ч. 6 ст. 64 АППК).</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="294"/>
        <source>All required details are stated.</source>
        <translation>Все обязательные реквизиты указаны.</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="314"/>
        <source>Registration date: {reg}. Due date: {due} ({days} working days, {article}).</source>
        <translation>Дата регистрации: {reg}. Срок исполнения: {due} (рабочих дней: {days}; {article}).</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="333"/>
        <source>No earlier appeals.</source>
        <translation>Ранее поданных обращений нет.</translation>
    </message>
</context>
<context>
    <name>RegistrationNotice</name>
    <message>
        <location filename="../journal/notice.py" line="34"/>
        <source>The appeal is registered under No. {number} as incomplete (art. 64 part 6). Due date: {due}.</source>
        <translation>Обращение зарегистрировано под № {number} как неполное (ч. 6 ст. 64 АППК). Срок исполнения: {due}.</translation>
    </message>
    <message>
        <location filename="../journal/notice.py" line="38"/>
        <source>The appeal is registered under No. {number}. Due date: {due}.</source>
        <translation>Обращение зарегистрировано под № {number}. Срок исполнения: {due}.</translation>
    </message>
    <message>
        <location filename="../journal/notice.py" line="47"/>
        <source>Not stated: {items}.</source>
        <translation>Не указано: {items}.</translation>
    </message>
    <message>
        <location filename="../journal/notice.py" line="56"/>
        <source>What follows: the applicant is told which requirements the appeal does not meet and is given a reasonable period to correct it (art. 64 part 6); in the card: «{action}».</source>
        <translation>Далее: заявителю указывается, каким требованиям не соответствует обращение, и устанавливается разумный срок для приведения его в соответствие с требованиями (ч. 6 ст. 64 АППК); в карточке: «{action}».</translation>
    </message>
    <message>
        <location filename="../journal/notice.py" line="62"/>
        <source>A petition is not returned: it is considered (art. 90-4 part 2).</source>
        <translation>Петиция не возвращается: она рассматривается (ч. 2 ст. 90-4 АППК).</translation>
    </message>
    <message>
        <location filename="../journal/notice.py" line="65"/>
        <source>If it is not corrected within that period, the appeal is returned within 3 working days (art. 64 part 7 1)).</source>
        <translation>Если обращение не исправлено в этот срок, оно возвращается не позднее трёх рабочих дней (подп. 1) ч. 7 ст. 64 АППК).</translation>
    </message>
    <message>
        <location filename="../journal/notice.py" line="96"/>
        <location filename="../journal/notice.py" line="109"/>
        <source>Close the notice</source>
        <translation>Закрыть уведомление</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <location filename="../journal/reminder.py" line="81"/>
        <source>Due today: {today}. Overdue: {overdue}. Due within {n} working days: {within}.
The lists are in the control panel.</source>
        <translation>Срок сегодня: {today}. Просрочено: {overdue}. Срок в течение {n} раб. дн.: {within}.
Списки — на панели контроля сроков.</translation>
    </message>
    <message>
        <location filename="../journal/reminder.py" line="87"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <location filename="../reports/labels.py" line="14"/>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="15"/>
        <source>By kind of appeal</source>
        <translation>По видам обращений</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="16"/>
        <source>By form</source>
        <translation>По форме</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="17"/>
        <source>By applicant</source>
        <translation>По заявителям</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="18"/>
        <source>By language</source>
        <translation>По языку</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="19"/>
        <source>By outcome</source>
        <translation>По результатам рассмотрения</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="20"/>
        <source>By executor</source>
        <translation>По исполнителям</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="21"/>
        <source>By author of the resolution</source>
        <translation>По авторам резолюций</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="22"/>
        <source>Complaints by decision (art. 100)</source>
        <translation>Решения по жалобам</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="23"/>
        <source>Complaints by what they challenge</source>
        <translation>Предмет обжалования</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="24"/>
        <source>Petitions</source>
        <translation>Петиции</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="25"/>
        <source>Personal receptions</source>
        <translation>Личные приёмы</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="26"/>
        <source>Not counted (art. 69 part 3)</source>
        <translation>Не подлежат учёту</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="29"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="30"/>
        <source>Considered</source>
        <translation>Рассмотрено</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="31"/>
        <source>In time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="32"/>
        <source>Late</source>
        <translation>С нарушением срока</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="33"/>
        <source>Open past the term</source>
        <translation>На рассмотрении, срок истёк</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="34"/>
        <source>Term extended</source>
        <translation>Срок продлён</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="37"/>
        <source>This period</source>
        <translation>Текущий период</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="38"/>
        <source>A year earlier</source>
        <translation>Тот же период прошлого года</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="39"/>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="42"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="43"/>
        <source>Compared with</source>
        <translation>Период для сравнения</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="44"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="45"/>
        <source>No executor yet</source>
        <translation>Исполнитель ещё не назначен</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="46"/>
        <source>Appeals not subject to accounting under art. 69 part 3 (proposals with advertising, appeals on state services, on currency contracts and foreign accounts) are not counted; their number is given separately.</source>
        <translation>Обращения, не подлежащие учёту согласно ч. 3 ст. 69 АППК (предложения, содержащие рекламу, обращения по вопросам оказания государственных услуг, по валютным договорам и счетам в иностранных банках), не учтены; их число приведено отдельно.</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="52"/>
        <location filename="../reports/labels.py" line="86"/>
        <source>Satisfied</source>
        <translation>Удовлетворено</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="53"/>
        <location filename="../reports/labels.py" line="87"/>
        <source>Partly satisfied</source>
        <translation>Удовлетворено частично</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="54"/>
        <location filename="../reports/labels.py" line="88"/>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="55"/>
        <source>Explained</source>
        <translation>Разъяснено</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="56"/>
        <source>Taken into consideration</source>
        <translation>Принято к сведению</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="57"/>
        <source>Forwarded (art. 65)</source>
        <translation>Перенаправлено (ст. 65 АППК)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="58"/>
        <source>Returned (art. 64 part 7)</source>
        <translation>Возвращено (ч. 7 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="59"/>
        <source>Terminated (art. 70, 88)</source>
        <translation>Прекращено (ст. 70, 88 АППК)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="60"/>
        <source>Left without consideration (art. 95)</source>
        <translation>Оставлено без рассмотрения (ст. 95 АППК)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="61"/>
        <source>Sent back for a new consideration (art. 100)</source>
        <translation>Направлено на новое рассмотрение (ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="62"/>
        <source>Filed into an earlier case (art. 64 part 8)</source>
        <translation>Приобщено к материалам ранее поданного обращения (ч. 8 ст. 64 АППК)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="63"/>
        <location filename="../reports/labels.py" line="77"/>
        <source>Other</source>
        <translation>Прочие</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="66"/>
        <source>of them collective</source>
        <translation>в том числе коллективные</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="69"/>
        <source>Act revoked (art. 100 part 1 1))</source>
        <translation>Акт отменён (подп. 1) ч. 1 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="70"/>
        <source>Act revoked, a new act adopted (art. 100 part 1 2))</source>
        <translation>Акт отменён, принят новый акт (подп. 2) ч. 1 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="71"/>
        <source>Action to be performed (art. 100 part 1 3))</source>
        <translation>Обязано совершить действие (подп. 3) ч. 1 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="72"/>
        <source>Left unsatisfied (art. 100 part 1 4))</source>
        <translation>Оставлена без удовлетворения (подп. 4) ч. 1 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="73"/>
        <source>Case sent back (art. 100 part 1 5))</source>
        <translation>Дело направлено на новое рассмотрение (подп. 5) ч. 1 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="74"/>
        <source>Left without consideration (art. 100 part 1 6))</source>
        <translation>Оставлена без рассмотрения (подп. 6) ч. 1 ст. 100 АППК)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="75"/>
        <source>Satisfied by the challenged body (art. 91 part 4)</source>
        <translation>Удовлетворена обжалуемым органом (ч. 4 ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="76"/>
        <source>Sent to the complaint body (art. 91 part 4)</source>
        <translation>Направлена в орган, рассматривающий жалобу (ч. 4 ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="80"/>
        <source>An administrative act</source>
        <translation>Административный акт</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="81"/>
        <source>An action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="82"/>
        <source>Inaction</source>
        <translation>Бездействие</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="85"/>
        <source>All petitions</source>
        <translation>Все петиции</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="91"/>
        <source>People received</source>
        <translation>Принято граждан</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="92"/>
        <source>Registered as written appeals (art. 90 part 4)</source>
        <translation>Зарегистрировано как письменные обращения (ч. 4 ст. 90 АППК)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="95"/>
        <source>Proposals with advertising</source>
        <translation>Предложения, содержащие рекламу</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="96"/>
        <source>Appeals on state services</source>
        <translation>Обращения по вопросам оказания государственных услуг</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="97"/>
        <source>Currency contracts and foreign accounts</source>
        <translation>Валютные договоры и счета в иностранных банках</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="99"/>
        <source>All appeals</source>
        <translation>Все обращения</translation>
    </message>
</context>
<context>
    <name>ReportPrint</name>
    <message>
        <location filename="../reports/printout.py" line="23"/>
        <location filename="../reports/printout.py" line="84"/>
        <source>Information on the work with appeals</source>
        <translation>Информация о работе с обращениями</translation>
    </message>
    <message>
        <location filename="../reports/printout.py" line="24"/>
        <source>{first} – {last} compared with {pfirst} – {plast}</source>
        <translation>{first} – {last} в сравнении с {pfirst} – {plast}</translation>
    </message>
    <message>
        <location filename="../reports/printout.py" line="28"/>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <location filename="../reports/printout.py" line="28"/>
        <source>year ago</source>
        <translation>год назад</translation>
    </message>
    <message>
        <location filename="../reports/printout.py" line="50"/>
        <source>Head: ____________________   Date: {date}</source>
        <translation>Руководитель: ____________________   Дата: {date}</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../reports/window.py" line="110"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="128"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="128"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="128"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="129"/>
        <source>Dates from – to</source>
        <translation>Даты с – по</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="138"/>
        <source>January</source>
        <translation>Январь</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="138"/>
        <source>February</source>
        <translation>Февраль</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="138"/>
        <source>March</source>
        <translation>Март</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="138"/>
        <source>April</source>
        <translation>Апрель</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="139"/>
        <source>May</source>
        <translation>Май</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="139"/>
        <source>June</source>
        <translation>Июнь</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="139"/>
        <source>July</source>
        <translation>Июль</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="139"/>
        <source>August</source>
        <translation>Август</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="140"/>
        <source>September</source>
        <translation>Сентябрь</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="140"/>
        <source>October</source>
        <translation>Октябрь</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="140"/>
        <source>November</source>
        <translation>Ноябрь</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="140"/>
        <source>December</source>
        <translation>Декабрь</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="145"/>
        <source>Quarter {n}</source>
        <translation>{n}-й квартал</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="150"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="155"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="175"/>
        <source>Double-click a figure to see the appeals behind it.</source>
        <translation>Дважды щёлкните по числу, чтобы увидеть обращения, из которых оно сложилось.</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="187"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="190"/>
        <source>Export XLSX…</source>
        <translation>Экспорт в XLSX…</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="193"/>
        <source>Not counted (art. 69 part 3)…</source>
        <translation>Не подлежащие учёту (ч. 3 ст. 69 АППК)…</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="196"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="267"/>
        <source>Choose a period and press Show.</source>
        <translation>Выберите период и нажмите «Показать».</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="271"/>
        <source>{first} – {last} compared with {pfirst} – {plast}</source>
        <translation>{first} – {last} в сравнении с {pfirst} – {plast}</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="381"/>
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="382"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="394"/>
        <source>The workbook was not saved: {error}</source>
        <translation>Книга не сохранена: {error}</translation>
    </message>
</context>
<context>
    <name>RoutesForm</name>
    <message>
        <location filename="../admin/routes_form.py" line="36"/>
        <source>The head&apos;s acts: the superior body or the court given on the Office page.</source>
        <translation>Акты руководителя: вышестоящий орган или суд, указанные на странице «Аппарат».</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="41"/>
        <source>Acts signed by a deputy (art. 91 part 3: the official superior to the deputy, usually the head of this office)</source>
        <translation>Акты, подписанные заместителем (ч. 3 ст. 91 АППК: вышестоящее в порядке подчинённости должностное лицо, обычно руководитель этого учреждения)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="47"/>
        <source>Complaint body, with its address (Kazakh)</source>
        <translation>Орган, рассматривающий жалобу, с адресом (на казахском)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="48"/>
        <source>Complaint body, with its address (Russian)</source>
        <translation>Орган, рассматривающий жалобу, с адресом (на русском)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="49"/>
        <source>Court, if there is no superior body (Kazakh)</source>
        <translation>Суд, если нет вышестоящего органа (на казахском)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="50"/>
        <source>Court, if there is no superior body (Russian)</source>
        <translation>Суд, если нет вышестоящего органа (на русском)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="58"/>
        <source>Fill from the head of the office</source>
        <translation>Заполнить по руководителю учреждения</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="65"/>
        <source>Acts under special laws with their own complaint body (art. 80 part 5, art. 91 part 3)</source>
        <translation>Акты по специальным законам со своим органом, рассматривающим жалобы (ч. 5 ст. 80, ч. 3 ст. 91 АППК)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="73"/>
        <source>Category (Kazakh)</source>
        <translation>Категория (на казахском)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="73"/>
        <source>Category (Russian)</source>
        <translation>Категория (на русском)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="73"/>
        <source>Special law</source>
        <translation>Специальный закон</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="74"/>
        <source>Complaint body (Kazakh)</source>
        <translation>Орган, рассматривающий жалобу (на казахском)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="74"/>
        <source>Complaint body (Russian)</source>
        <translation>Орган, рассматривающий жалобу (на русском)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="75"/>
        <source>Court (Kazakh)</source>
        <translation>Суд (на казахском)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="75"/>
        <source>Court (Russian)</source>
        <translation>Суд (на русском)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="79"/>
        <source>Add category</source>
        <translation>Добавить категорию</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="82"/>
        <source>Remove category</source>
        <translation>Удалить категорию</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <location filename="../reception/schedule_tab.py" line="40"/>
        <source>Official</source>
        <translation>Должностное лицо</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="40"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="40"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="41"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="41"/>
        <source>Subjects</source>
        <translation>Тематика</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="41"/>
        <source>Approved</source>
        <translation>Утверждён</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="46"/>
        <source>Add a reception…</source>
        <translation>Добавить приём…</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="47"/>
        <source>Withdraw…</source>
        <translation>Исключить…</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="48"/>
        <source>Approve the month (head)</source>
        <translation>Утвердить график на месяц (руководитель)</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="49"/>
        <source>Schedule (DOCX)…</source>
        <translation>График (DOCX)…</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="51"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="58"/>
        <source>To check (art. 90 part 3): this month and the next</source>
        <translation>Для проверки (ч. 3 ст. 90 АППК): текущий и следующий месяцы</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="110"/>
        <source>Withdraw the reception</source>
        <translation>Исключение приёма из графика</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="110"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="118"/>
        <source>Approved: {n} receptions.</source>
        <translation>Утверждено приёмов: {n}.</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <location filename="../admin/connection_dialog.py" line="205"/>
        <source>Zholdanym: the office server</source>
        <translation>Zholdanym: сервер учреждения</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="210"/>
        <source>{user} on {host}, port {port}, database {database}</source>
        <translation>{user} на {host}, порт {port}, база данных {database}</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="215"/>
        <source>The office server&apos;s password is not in this computer&apos;s credential store yet: type it; it will be kept there.</source>
        <translation>Пароля сервера учреждения ещё нет в хранилище учётных данных этого компьютера: введите его, он будет сохранён там.</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="218"/>
        <source>This computer has no credential store, so the office server&apos;s password is not saved: type it at each start.</source>
        <translation>На этом компьютере нет хранилища учётных данных, поэтому пароль сервера учреждения не сохраняется: вводите его при каждом запуске.</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="227"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="231"/>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="232"/>
        <source>Change the connection…</source>
        <translation>Изменить подключение…</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="234"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>SettingRefusal</name>
    <message>
        <location filename="../admin/setting_refusal.py" line="22"/>
        <source>Head of office, who signs the documents</source>
        <translation>Руководитель органа, подписывающий документы</translation>
    </message>
    <message>
        <location filename="../admin/setting_refusal.py" line="23"/>
        <source>Superior body for complaints about the head&apos;s acts, or the court</source>
        <translation>Вышестоящий орган для жалоб на акты руководителя или суд</translation>
    </message>
    <message>
        <location filename="../admin/setting_refusal.py" line="25"/>
        <source>Complaint body for acts signed by a deputy, or the court</source>
        <translation>Орган, рассматривающий жалобы на акты, подписанные заместителем, или суд</translation>
    </message>
    <message>
        <location filename="../admin/setting_refusal.py" line="27"/>
        <source>Complaint body for this category of acts under a special law, or the court</source>
        <translation>Орган, рассматривающий жалобы на акты этой категории по специальному закону, или суд</translation>
    </message>
    <message>
        <location filename="../admin/setting_refusal.py" line="64"/>
        <source>Missing setting: «{setting}» (Settings, page «{page}»).</source>
        <translation>Не заполнена настройка: «{setting}» (Настройки, вкладка «{page}»).</translation>
    </message>
    <message>
        <location filename="../admin/setting_refusal.py" line="66"/>
        <source>Only the administrator can change the office&apos;s settings.</source>
        <translation>Настройки аппарата может изменить только администратор.</translation>
    </message>
    <message>
        <location filename="../admin/setting_refusal.py" line="70"/>
        <source>Open the settings at this field to fill it in.</source>
        <translation>Откройте настройки на этом поле, чтобы заполнить его.</translation>
    </message>
    <message>
        <location filename="../admin/setting_refusal.py" line="71"/>
        <source>Open settings</source>
        <translation>Открыть настройки</translation>
    </message>
    <message>
        <location filename="../admin/setting_refusal.py" line="77"/>
        <source>Ask the administrator to fill it in: {names}.</source>
        <translation>Попросите администратора заполнить её: {names}.</translation>
    </message>
    <message>
        <location filename="../admin/setting_refusal.py" line="78"/>
        <source>Ask the administrator to fill it in.</source>
        <translation>Попросите администратора заполнить её.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../admin/settings_dialog.py" line="36"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../admin/settings_dialog.py" line="50"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../admin/setting_refusal.py" line="31"/>
        <location filename="../admin/settings_dialog.py" line="56"/>
        <source>Office</source>
        <translation>Аппарат</translation>
    </message>
    <message>
        <location filename="../admin/setting_refusal.py" line="32"/>
        <location filename="../admin/settings_dialog.py" line="57"/>
        <source>Appeal routes</source>
        <translation>Порядок обжалования</translation>
    </message>
    <message>
        <location filename="../admin/settings_dialog.py" line="51"/>
        <source>The new language applies at once to every window: the journal opens again in it when these settings are saved.</source>
        <translation>Новый язык применяется сразу ко всем окнам: после сохранения настроек журнал откроется заново на этом языке.</translation>
    </message>
    <message>
        <location filename="../admin/settings_dialog.py" line="58"/>
        <source>Terms</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../admin/settings_dialog.py" line="60"/>
        <source>Legal readings</source>
        <translation>Правовые толкования</translation>
    </message>
    <message>
        <location filename="../admin/settings_dialog.py" line="61"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../admin/settings_dialog.py" line="84"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../admin/settings_dialog.py" line="84"/>
        <source>Working days</source>
        <translation>Рабочих дней</translation>
    </message>
    <message>
        <location filename="../admin/settings_dialog.py" line="85"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../admin/settings_dialog.py" line="85"/>
        <source>Special law</source>
        <translation>Специальный закон</translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <location filename="../reception/slot_dialog.py" line="26"/>
        <source>Reception</source>
        <translation>Личный приём</translation>
    </message>
    <message>
        <location filename="../reception/slot_dialog.py" line="47"/>
        <source>Official (art. 90 part 1)</source>
        <translation>Должностное лицо (ч. 1 ст. 90 АППК)</translation>
    </message>
    <message>
        <location filename="../reception/slot_dialog.py" line="48"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../reception/slot_dialog.py" line="48"/>
        <source>From (HH:MM)</source>
        <translation>С (ЧЧ:ММ)</translation>
    </message>
    <message>
        <location filename="../reception/slot_dialog.py" line="49"/>
        <source>To (HH:MM)</source>
        <translation>До (ЧЧ:ММ)</translation>
    </message>
    <message>
        <location filename="../reception/slot_dialog.py" line="50"/>
        <source>Minutes per person</source>
        <translation>Минут на одного человека</translation>
    </message>
    <message>
        <location filename="../reception/slot_dialog.py" line="51"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../reception/slot_dialog.py" line="51"/>
        <source>Subjects received on</source>
        <translation>Тематика приёма</translation>
    </message>
</context>
<context>
    <name>StartSplash</name>
    <message>
        <location filename="../common/splash.py" line="68"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location filename="../common/splash.py" line="69"/>
        <source>Restoring the chosen backup…</source>
        <translation>Восстановление выбранной резервной копии…</translation>
    </message>
    <message>
        <location filename="../common/splash.py" line="70"/>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <location filename="../common/splash.py" line="71"/>
        <source>Creating the database…</source>
        <translation>Создание базы данных…</translation>
    </message>
    <message>
        <location filename="../common/splash.py" line="72"/>
        <source>Migrating the database to the new version…</source>
        <translation>Перевод базы данных на новую версию…</translation>
    </message>
    <message>
        <location filename="../common/splash.py" line="73"/>
        <source>Checking the database…</source>
        <translation>Проверка базы данных…</translation>
    </message>
    <message>
        <location filename="../common/splash.py" line="74"/>
        <source>Creating the demo office…</source>
        <translation>Создание демонстрационного аппарата…</translation>
    </message>
    <message>
        <location filename="../common/splash.py" line="75"/>
        <source>Creating the demo office: {done} of {total} appeals…</source>
        <translation>Создание демонстрационного аппарата: обращения {done} из {total}…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../start.py" line="56"/>
        <source>The data folder is now:
{folder}

The data folder of the previous version also holds a database; it was not moved and is kept untouched in:
{old}</source>
        <translation>Папка данных теперь здесь:
{folder}

В папке данных прежней версии тоже есть база данных; она не перенесена и сохранена без изменений в:
{old}</translation>
    </message>
    <message>
        <location filename="../start.py" line="71"/>
        <source>The database cannot be opened:
{url}

{error}</source>
        <translation>Не удаётся открыть базу данных:
{url}

{error}</translation>
    </message>
    <message>
        <location filename="../start.py" line="85"/>
        <source>The database integrity check found problems. Work carefully and restore the latest backup if data looks wrong.

{details}</source>
        <translation>Проверка целостности базы данных выявила проблемы. Работайте осторожно и, если данные выглядят неверными, восстановите последнюю резервную копию.

{details}</translation>
    </message>
    <message>
        <location filename="../start.py" line="189"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../start.py" line="190"/>
        <source>The server database&apos;s last recorded backup: {days} (days ago). Run &quot;main.py backup --db … --to …&quot; on the server, or schedule it daily (see the README).</source>
        <translation>Последняя зарегистрированная резервная копия базы на сервере: {days} (дней назад). Запустите на сервере &quot;main.py backup --db … --to …&quot; или настройте её ежедневно (см. README).</translation>
    </message>
    <message>
        <location filename="../start.py" line="358"/>
        <source>The chosen backup was restored. The file it replaced is kept in:
{folder}</source>
        <translation>Выбранная копия восстановлена. Файл, который она заменила, сохранён в:
{folder}</translation>
    </message>
    <message>
        <location filename="../start.py" line="197"/>
        <source>Demo users: admin, registrar, executor, executor2, head, deputy; password {pw}</source>
        <translation>Демонстрационные пользователи: admin, registrar, executor, executor2, head, deputy; пароль {pw}</translation>
    </message>
    <message>
        <location filename="../common/crash.py" line="35"/>
        <source>An unexpected error occurred. Nothing you saved is lost. The details are in {path}; please send that file to the administrator.</source>
        <translation>Произошла непредвиденная ошибка. Сохранённые данные не потеряны. Подробности в файле {path}; отправьте его администратору.</translation>
    </message>
</context>
<context>
    <name>StatsTab</name>
    <message>
        <location filename="../reception/stats_tab.py" line="47"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../reception/stats_tab.py" line="47"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../reception/stats_tab.py" line="71"/>
        <source>People received: {people}; registered as written appeals: {converted}.</source>
        <translation>Принято лиц: {people}; зарегистрировано в качестве письменных обращений: {converted}.</translation>
    </message>
    <message>
        <location filename="../reception/stats_tab.py" line="74"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../reception/stats_tab.py" line="74"/>
        <source>Official</source>
        <translation>Должностное лицо</translation>
    </message>
    <message>
        <location filename="../reception/stats_tab.py" line="74"/>
        <source>Reception days</source>
        <translation>Количество дней приёма</translation>
    </message>
    <message>
        <location filename="../reception/stats_tab.py" line="75"/>
        <location filename="../reception/stats_tab.py" line="79"/>
        <source>People</source>
        <translation>Количество лиц</translation>
    </message>
    <message>
        <location filename="../reception/stats_tab.py" line="77"/>
        <source>Subject</source>
        <translation>Тематика</translation>
    </message>
    <message>
        <location filename="../reception/stats_tab.py" line="77"/>
        <source>Questions</source>
        <translation>Количество вопросов</translation>
    </message>
    <message>
        <location filename="../reception/stats_tab.py" line="79"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>TalonDialog</name>
    <message>
        <location filename="../intake/talon_dialog.py" line="32"/>
        <source>Talon</source>
        <translation>Талон</translation>
    </message>
    <message>
        <location filename="../intake/talon_dialog.py" line="37"/>
        <source>A5 sheet</source>
        <translation>Лист A5</translation>
    </message>
    <message>
        <location filename="../intake/talon_dialog.py" line="38"/>
        <source>80 mm receipt</source>
        <translation>Чековая лента 80 мм</translation>
    </message>
    <message>
        <location filename="../intake/talon_dialog.py" line="42"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../intake/talon_dialog.py" line="43"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../intake/talon_dialog.py" line="45"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../intake/talon_dialog.py" line="48"/>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <location filename="../intake/talon_dialog.py" line="81"/>
        <source>This will be a duplicate (copy {n}).</source>
        <translation>Это будет дубликат (экземпляр № {n}).</translation>
    </message>
    <message>
        <location filename="../intake/talon_dialog.py" line="105"/>
        <source>The talon was not printed.</source>
        <translation>Талон не напечатан.</translation>
    </message>
    <message>
        <location filename="../intake/talon_dialog.py" line="112"/>
        <source>The PDF could not be written to {path}.</source>
        <translation>Не удалось записать PDF в {path}.</translation>
    </message>
    <message>
        <location filename="../intake/talon_dialog.py" line="120"/>
        <source>Save talon as PDF</source>
        <translation>Сохранить талон в PDF</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../admin/users_dialog.py" line="35"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="38"/>
        <location filename="../admin/users_dialog.py" line="53"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="38"/>
        <location filename="../admin/users_dialog.py" line="51"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="39"/>
        <location filename="../admin/users_dialog.py" line="52"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="39"/>
        <location filename="../admin/users_dialog.py" line="61"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="39"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="48"/>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="51"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="52"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="53"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="62"/>
        <source>Add user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="77"/>
        <source>Selected user</source>
        <translation>Выбранный пользователь</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="88"/>
        <source>temporary password</source>
        <translation>временный пароль</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="91"/>
        <source>Change role</source>
        <translation>Изменить роль</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="92"/>
        <source>Reset password</source>
        <translation>Сбросить пароль</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="93"/>
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="94"/>
        <source>Reactivate</source>
        <translation>Включить снова</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="95"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="117"/>
        <source>Select a user in the table first.</source>
        <translation>Сначала выберите пользователя в таблице.</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="119"/>
        <source>Why?</source>
        <translation>Почему?</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="119"/>
        <source>The reason is kept in the history.</source>
        <translation>Причина сохраняется в истории.</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="138"/>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="138"/>
        <source>deactivated</source>
        <translation>отключён</translation>
    </message>
</context>
</TS>
