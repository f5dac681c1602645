<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../admin/about_dialog.py" line="30"/>
        <source>About Zholdanym</source>
        <translation>Zholdanym туралы</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="48"/>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="50"/>
        <source>Copy these lines as plain text, for a support request</source>
        <translation>Осы жолдарды қолдау қызметіне жіберу үшін қарапайым мәтін ретінде көшіру</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="54"/>
        <source>Open data folder</source>
        <translation>Деректер қалтасын ашу</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="67"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="68"/>
        <source>{current} (the newest this version knows: {newest})</source>
        <translation>{current} (осы нұсқа білетін ең жаңасы: {newest})</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="71"/>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="72"/>
        <source>Database schema</source>
        <translation>Дерекқор схемасы</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="73"/>
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="76"/>
        <source>Data folder</source>
        <translation>Деректер қалтасы</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="78"/>
        <source>Log file</source>
        <translation>Оқиғалар журналының файлы</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="81"/>
        <source>Law</source>
        <translation>Заң</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="82"/>
        <source>Administrative Procedural-Process Code of the Republic of Kazakhstan (АППК), as amended to {date}</source>
        <translation>Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі (ӘРПК), {date} жағдай бойынша өзгерістерімен</translation>
    </message>
    <message>
        <location filename="../admin/about_dialog.py" line="94"/>
        <source>Copied</source>
        <translation>Көшірілді</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <location filename="../case/action_forms.py" line="64"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="61"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="43"/>
        <source>How it was sent (letter, e-mail, SMS, cabinet)</source>
        <translation>Жіберу тәсілі (хат, электрондық пошта, SMS, жеке кабинет)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="77"/>
        <source>Text</source>
        <translation>Мәтіні</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="88"/>
        <source>Number of the earlier appeal</source>
        <translation>Бұрынғы жолданымның нөмірі</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="52"/>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="46"/>
        <source>Co-executors</source>
        <translation>Бірлесіп орындаушылар</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="73"/>
        <source>Resolution</source>
        <translation>Бұрыштама</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="57"/>
        <source>Internal due date (not later than the term)</source>
        <translation>Ішкі орындау мерзімі (мерзімнен кешіктірмей)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="59"/>
        <source>What is missing (art. 63 part 2, art. 93 part 2)</source>
        <translation>Не жетіспейді (ӘРПК 63-бабының 2-бөлігі, 93-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="78"/>
        <source>Correct by (a reasonable period, art. 64 part 6)</source>
        <translation>Түзету мерзімі (ақылға қонымды мерзім, ӘРПК 64-бабының 6-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="54"/>
        <source>Ground</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="69"/>
        <source>Reasons given to the applicant</source>
        <translation>Арыз иесіне көрсетілген себептер</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="48"/>
        <source>Earlier terminated appeal (for a repeat appeal)</source>
        <translation>Бұрын рәсімі тоқтатылған жолданым (қайта берілген жолданым үшін)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="42"/>
        <source>Competent body or official</source>
        <translation>Уәкілетті әкімшілік орган немесе лауазымды адам</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="49"/>
        <source>A repeat appeal: no new arguments or newly discovered circumstances (art. 64 part 7 2))</source>
        <translation>Қайталама жолданым: жаңа дәлелдер немесе жаңадан ашылған мән-жайлар жоқ (ӘРПК 64-бабы 7-бөлігінің 2) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="51"/>
        <source>Working days to execute the act (empty: 5; none for a refusal; art. 86 part 3)</source>
        <translation>Актіні орындаудың жұмыс күндері (бос болса – 5; бас тартуда жоқ; ӘРПК 86-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="62"/>
        <source>Applicant notified on</source>
        <translation>Арыз иесі хабардар етілген күн</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="72"/>
        <source>Requests forwarded</source>
        <translation>Әрі қарай жолданған өтінішхаттар, талаптар</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="74"/>
        <source>This part reports the crime or the threat (art. 64 part 7-2)</source>
        <translation>Бұл бөлікте қылмыстық құқық бұзушылық не қатер туралы мәліметтер бар (ӘРПК 64-бабының 7-2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="80"/>
        <source>The applicant&apos;s own written application is attached</source>
        <translation>Арыз иесінің өз жазбаша арызы қоса берілген</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="60"/>
        <source>New last day</source>
        <translation>Жаңа соңғы күн</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="67"/>
        <source>Reasons: which facts must still be established</source>
        <translation>Себептері: қандай нақты мән-жайларды әлі анықтау қажет</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="101"/>
        <source>Date of the extension decision</source>
        <translation>Мерзімді ұзарту туралы шешімнің күні</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="66"/>
        <source>Preliminary decision</source>
        <translation>Алдын ала шешім</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="56"/>
        <source>Form of the hearing</source>
        <translation>Тыңдау нысаны</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="110"/>
        <source>Notice sent on</source>
        <translation>Хабарлама жіберілген күн</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="70"/>
        <source>Received by the participant on</source>
        <translation>Қатысушы алған күн</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="58"/>
        <source>Exception</source>
        <translation>Ерекшелік</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="107"/>
        <source>Why (required for item 4)</source>
        <translation>Себебі (4-тармақша үшін міндетті)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="91"/>
        <location filename="../case/action_forms.py" line="116"/>
        <location filename="../case/action_forms.py" line="122"/>
        <location filename="../complaint/action_forms.py" line="70"/>
        <source>Received on</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="119"/>
        <source>Ended on</source>
        <translation>Аяқталған күні</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="71"/>
        <source>Decision on the remarks</source>
        <translation>Ескертулер бойынша шешім</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="47"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="65"/>
        <source>Outcome for statistics</source>
        <translation>Статистикаға арналған нәтиже</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="95"/>
        <source>Applicant told on (when taken into consideration)</source>
        <translation>Арыз иесі хабардар етілген күн (назарға алынған кезде)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="55"/>
        <source>No hearing: exception (art. 73 part 2)</source>
        <translation>Тыңдаусыз: ерекшелік (ӘРПК 73-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="50"/>
        <source>Why there was no hearing (item 4)</source>
        <translation>Тыңдаудың жүргізілмеу себебі (4-тармақша)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="94"/>
        <location filename="../case/action_forms.py" line="126"/>
        <location filename="../case/action_forms.py" line="136"/>
        <location filename="../complaint/action_forms.py" line="46"/>
        <location filename="../complaint/action_forms.py" line="66"/>
        <location filename="../petition/action_forms.py" line="29"/>
        <source>Date of the decision</source>
        <translation>Шешімнің күні</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="135"/>
        <source>Reasons</source>
        <translation>Себептері</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="63"/>
        <source>Official</source>
        <translation>Лауазымды адам</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="44"/>
        <source>Circumstances</source>
        <translation>Мән-жайлар</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="75"/>
        <source>Self-recusal</source>
        <translation>Өздігінен бас тарту</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="129"/>
        <source>Declared on</source>
        <translation>Мәлімделген күні</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="53"/>
        <source>Granted</source>
        <translation>Қанағаттандырылды</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="125"/>
        <source>New executor (if granted)</source>
        <translation>Жаңа орындаушы (қанағаттандырылса)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="76"/>
        <source>Superior body that decided (recusal of the head)</source>
        <translation>Шешім қабылдаған жоғары тұрған орган (басшыға қарсылық білдірілгенде)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="45"/>
        <source>Notice of</source>
        <translation>Не туралы хабарлама</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="113"/>
        <location filename="../complaint/action_forms.py" line="54"/>
        <source>Sent on</source>
        <translation>Жіберілген күні</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="104"/>
        <location filename="../complaint/action_forms.py" line="23"/>
        <source>Motion filed on</source>
        <translation>Өтінішхат мәлімделген күн</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="79"/>
        <source>Withheld as secret (art. 75 part 3)</source>
        <translation>Құпия ретінде берілмеген мәліметтер (ӘРПК 75-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="85"/>
        <source>What was corrected</source>
        <translation>Не түзетілді</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="98"/>
        <source>Delivered on</source>
        <translation>Назарына жеткізілген күн</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="132"/>
        <source>Why it is reversed</source>
        <translation>Күшін жою себебі</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="53"/>
        <source>Complaint body</source>
        <translation>Шағымды қарайтын орган</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="33"/>
        <source>The whole administrative case file goes with it (art. 91 part 4)</source>
        <translation>Шағыммен бірге бүкіл әкімшілік іс жіберіледі (ӘРПК 91-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="22"/>
        <source>Satisfied by</source>
        <translation>Қанағаттандыру тәсілі</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="28"/>
        <source>The act adopted or the action taken (number, date, content)</source>
        <translation>Қабылданған акт немесе жасалған әрекет (нөмірі, күні, мазмұны)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="18"/>
        <source>Every demand of the complaint is satisfied (art. 91 part 4, third paragraph)</source>
        <translation>Шағымда көрсетілген талаптар толық қанағаттандырылды (ӘРПК 91-бабы 4-бөлігінің үшінші абзацы)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="50"/>
        <source>Date of the act or action</source>
        <translation>Актінің немесе әрекеттің күні</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="29"/>
        <source>Decision of the complaint body</source>
        <translation>Шағымды қарайтын органның шешімі</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="69"/>
        <source>Its number and date, what we must do</source>
        <translation>Шешімнің нөмірі мен күні, бізге не істеу керек</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="27"/>
        <source>Reason (art. 92 part 2)</source>
        <translation>Себебі (ӘРПК 92-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="34"/>
        <source>Body or official challenged (art. 93 part 2 4))</source>
        <translation>Шағым жасалған орган немесе лауазымды адам (ӘРПК 93-бабы 2-бөлігінің 4) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="35"/>
        <source>Official who took it, if ours (art. 97 part 2)</source>
        <translation>Оны қабылдаған біздің лауазымды адам, бар болса (ӘРПК 97-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="36"/>
        <source>Working days the decision gives us (empty: the office&apos;s default; art. 100 part 4)</source>
        <translation>Шешім бізге берген жұмыс күндері (бос болса – мекеменің әдепкі мерзімі; ӘРПК 100-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="37"/>
        <source>The court obliges us to (our case reopens)</source>
        <translation>Сот бізді міндеттейді (біздің іс қайта ашылады)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="38"/>
        <source>The body or official challenged stands below us, not our office or our akim (art. 91 part 3)</source>
        <translation>Шағым жасалған орган немесе лауазымды адам бізден төмен тұр, біздің орган немесе әкіміміз емес (ӘРПК 91-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="47"/>
        <source>Working days for our own case this decision reopens (empty: the office&apos;s default; art. 100 part 4)</source>
        <translation>Осы шешім қайта ашатын өз ісімізге жұмыс күндері (бос болса – мекеменің әдепкі мерзімі; ӘРПК 100-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="64"/>
        <source>The facts and the proof</source>
        <translation>Мән-жайлар мен дәлелдемелер</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="65"/>
        <source>The term is restored</source>
        <translation>Мерзім қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="43"/>
        <source>Decision (art. 100 part 1)</source>
        <translation>Шешім (ӘРПК 100-бабының 1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="19"/>
        <source>Grounds found (art. 100 part 3; for decisions 1, 2, 3 and 5)</source>
        <translation>Анықталған негіздер (ӘРПК 100-бабының 3-бөлігі; 1, 2, 3 және 5-шешімдер үшін)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="12"/>
        <source>The act or action is within our own competence (art. 100 part 2; decisions 1–3)</source>
        <translation>Актіні қабылдау немесе әрекет жасау біздің құзыретімізге жатады (ӘРПК 100-бабының 2-бөлігі; 1–3-шешімдер)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="24"/>
        <source>The new act (decision 2)</source>
        <translation>Жаңа акт (2-шешім)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="25"/>
        <source>The new act does not worsen the complainant&apos;s position (art. 98 part 6)</source>
        <translation>Жаңа акт шағым берушінің жағдайын нашарлатпайды (ӘРПК 98-бабының 6-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="32"/>
        <source>Violations found (decision 5)</source>
        <translation>Жол берілген бұзушылықтар (5-шешім)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="26"/>
        <source>Proposals to remove them (decision 5)</source>
        <translation>Оларды жою жөніндегі ұсыныстар (5-шешім)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="44"/>
        <source>Ground to leave it without consideration (decision 6)</source>
        <translation>Қараусыз қалдыру негізі (6-шешім)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="11"/>
        <source>The earlier decision, court act or claim (decision 6)</source>
        <translation>Бұрынғы шешім, сот актісі немесе талап қою (6-шешім)</translation>
    </message>
    <message>
        <location filename="../case/action_forms.py" line="68"/>
        <source>Reasoning (art. 100 part 4, art. 101 part 1 6))</source>
        <translation>Негіздеме (ӘРПК 100-бабының 4-бөлігі, 101-бабы 1-бөлігінің 6) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="21"/>
        <source>Legal norms applied (art. 101 part 1 6))</source>
        <translation>Басшылыққа алынған заңнама нормалары (ӘРПК 101-бабы 1-бөлігінің 6) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="45"/>
        <source>No hearing: exception (art. 73 part 2, art. 98 part 3)</source>
        <translation>Тыңдаусыз: ерекшелік (ӘРПК 73-бабының 2-бөлігі, 98-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="57"/>
        <source>Sent to the participant on</source>
        <translation>Қатысушыға жіберілген күн</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="13"/>
        <source>Copy sent to the challenged body on</source>
        <translation>Көшірмесі шағым жасалатын органға жіберілген күн</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="60"/>
        <source>What the official explained</source>
        <translation>Лауазымды адамның берген түсініктемесі</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="61"/>
        <source>Heard on</source>
        <translation>Тыңдалған күн</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="20"/>
        <source>The complainant learned of it on (art. 92 part 1)</source>
        <translation>Шағым берушіге белгілі болған күн (ӘРПК 92-бабының 1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="17"/>
        <source>Filed with the challenged body on (art. 91 part 4)</source>
        <translation>Шағым жасалатын органға берілген күн (ӘРПК 91-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="31"/>
        <source>The act did not state the appeal route (six months, art. 92 part 1-1)</source>
        <translation>Актіде шағым жасау тәртібі көрсетілмеген (алты ай, ӘРПК 92-бабының 1-1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="30"/>
        <source>Rights and duties explained on (art. 94 part 2)</source>
        <translation>Құқықтары мен міндеттері түсіндірілген күн (ӘРПК 94-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="15"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="14"/>
        <source>Court case number</source>
        <translation>Сот ісінің нөмірі</translation>
    </message>
    <message>
        <location filename="../complaint/action_forms.py" line="16"/>
        <source>Outcome, when known</source>
        <translation>Нәтижесі (белгілі болғанда)</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="46"/>
        <source>What was found on site</source>
        <translation>Сол жерде не анықталды</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="19"/>
        <source>No visit: why the facts need no checking</source>
        <translation>Бармау себебі: фактілерді тексеру неге талап етілмейді</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="12"/>
        <source>Date of the public discussion</source>
        <translation>Жария талқылау күні</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="17"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="14"/>
        <source>Announced on the internet resource</source>
        <translation>Интернет-ресурс арқылы хабардар етілді</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="11"/>
        <source>Sent to the author and interested persons, electronically or on paper</source>
        <translation>Арыз иесіне және мүдделі тұлғаларға электрондық немесе қағаз нысанда жіберілді</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="9"/>
        <source>Where and how</source>
        <translation>Қайда және қалай</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="36"/>
        <source>Announced on</source>
        <translation>Хабардар етілген күн</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="32"/>
        <source>How it went</source>
        <translation>Қалай өтті</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="33"/>
        <source>Held on</source>
        <translation>Өткізілген күн</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="16"/>
        <source>Members, one per line: state bodies, deputies, the author, public associations</source>
        <translation>Мүшелері, әр жолға біреуден: мемлекеттік органдар, депутаттар, арыз иесі, қоғамдық бірлестіктер</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="24"/>
        <source>Formed on</source>
        <translation>Құрылған күн</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="27"/>
        <source>Decision (art. 90-6 part 1)</source>
        <translation>Шешім (ӘРПК 90-6-бабының 1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="13"/>
        <source>Facts confirming or refuting the arguments</source>
        <translation>Дәлелдерді растайтын немесе жоққа шығаратын нақты фактілер</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="15"/>
        <source>References to legislation</source>
        <translation>Заңнамаға сілтемелер</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="28"/>
        <source>Reasoning (art. 90-6 part 2)</source>
        <translation>Негіздеме (ӘРПК 90-6-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="10"/>
        <source>What is decided: what is satisfied and what is not</source>
        <translation>Шешім: не қанағаттандырылады және не қанағаттандырылмайды</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="18"/>
        <source>Address on the internet resource</source>
        <translation>Интернет-ресурстағы мекенжайы</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="39"/>
        <source>Published on</source>
        <translation>Орналастырылған күн</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="42"/>
        <source>The statement</source>
        <translation>Хабарлама мәтіні</translation>
    </message>
    <message>
        <location filename="../petition/action_forms.py" line="43"/>
        <source>Made on</source>
        <translation>Жасалған күн</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="34"/>
        <source>e-Otinish number (as the system gave it)</source>
        <translation>e-Otinish нөмірі (жүйе бергендей)</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="35"/>
        <source>Feedback</source>
        <translation>Баға</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="36"/>
        <source>How it was obtained</source>
        <translation>Қалай алынды</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="40"/>
        <source>Correct e-Otinish number</source>
        <translation>e-Otinish-тің дұрыс нөмірі</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="41"/>
        <source>Why it is corrected</source>
        <translation>Неге түзетіледі</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="44"/>
        <source>Obtained on</source>
        <translation>Алынған күні</translation>
    </message>
</context>
<context>
    <name>AppealCardDialog</name>
    <message>
        <location filename="../case/appeal_card.py" line="83"/>
        <source>Appeal {number}</source>
        <translation>Жолданым № {number}</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="86"/>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="101"/>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="59"/>
        <source>Talon…</source>
        <translation>Талон…</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="60"/>
        <source>Actions</source>
        <translation>Әрекеттер</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="65"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="89"/>
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="92"/>
        <source>Petition</source>
        <translation>Петиция</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="94"/>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="95"/>
        <source>Term explained</source>
        <translation>Мерзім есебі</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="100"/>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="166"/>
        <source>consider the case again as the binding decision requires (art. 100 part 1 1), 5))</source>
        <translation>міндетті шешім талап еткендей істі қайта қарау (ӘРПК 100-бабы 1-бөлігінің 1), 5) тармақшалары)</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="169"/>
        <source>Reopened on {day} by the decision on complaint {number}: {what}; {days} working days, due {due} (art. 100 part 4).</source>
        <translation>{day} № {number} шағым бойынша шешіммен қайта ашылды: {what}; {days} жұмыс күні, мерзімі {due} (ӘРПК 100-бабының 4-бөлігі).</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="184"/>
        <source>Registered by</source>
        <translation>Тіркеген</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="188"/>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="190"/>
        <source>Co-executors</source>
        <translation>Бірлесіп орындаушылар</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="192"/>
        <source>the whole appeal</source>
        <translation>жолданым толығымен</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="193"/>
        <source>Forwarded (art. 65)</source>
        <translation>Әрі қарай жолданды (ӘРПК 65-бабы)</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="196"/>
        <source>Filed into the case</source>
        <translation>Іске қоса тігілді</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="199"/>
        <source>The legal form of the organisation is not stated: an act or a complaint decision gives it with the name (art. 80 part 1 3), art. 101 part 1 3)).</source>
        <translation>Ұйымның ұйымдық-құқықтық нысаны көрсетілмеген: әкімшілік актіде немесе шағым бойынша шешімде ол атауымен бірге көрсетіледі (ӘРПК 80-бабы 1-бөлігінің 3) тармақшасы, 101-бабы 1-бөлігінің 3) тармақшасы).</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="206"/>
        <source>Complaints against it (art. 91)</source>
        <translation>Оған шағымдар (ӘРПК 91-бабы)</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="168"/>
        <source>carry out the new act or the action the decision obliges (art. 100 part 4)</source>
        <translation>шешім міндеттеген жаңа актіні немесе әрекетті орындау (ӘРПК 100-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="208"/>
        <source>Incomplete (art. 64 part 6). Not stated: {items}</source>
        <translation>Толық емес (ӘРПК 64-бабының 6-бөлігі). Көрсетілмеген: {items}</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="221"/>
        <source>Registered on {reg}; the term of {days} working days ({article}) ends on {due}.</source>
        <translation>{reg} тіркелді; {days} жұмыс күні мерзімі ({article}) {due} аяқталады.</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="227"/>
        <source>Reopened (art. 100 part 4): due {due}.</source>
        <translation>Қайта ашылды (ӘРПК 100-бабының 4-бөлігі): мерзімі {due}.</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="229"/>
        <source>Extended to {due} (art. 76 part 3).</source>
        <translation>{due} дейін ұзартылды (ӘРПК 76-бабының 3-бөлігі).</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="246"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="246"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="246"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../case/appeal_card.py" line="247"/>
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
</context>
<context>
    <name>AppealListDialog</name>
    <message>
        <location filename="../common/appeal_list.py" line="68"/>
        <source>Appeals: {n}</source>
        <translation>Жолданымдар: {n}</translation>
    </message>
    <message>
        <location filename="../common/appeal_list.py" line="70"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <location filename="../intake/applicant_form.py" line="70"/>
        <source>Individual</source>
        <translation>Жеке тұлға</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="72"/>
        <source>Legal entity</source>
        <translation>Заңды тұлға</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="86"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="86"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="87"/>
        <source>Patronymic (if in the identity document)</source>
        <translation>Әкесінің аты (жеке басын куәландыратын құжатта көрсетілсе)</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="88"/>
        <source>IIN (if available)</source>
        <translation>ЖСН (бар болса)</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="94"/>
        <source>Name of the organisation</source>
        <translation>Ұйымның атауы</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="100"/>
        <source>— not stated —</source>
        <translation>— көрсетілмеген —</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="104"/>
        <source>Legal form (art. 80 part 1 3))</source>
        <translation>Ұйымдық-құқықтық нысаны (ӘРПК 80-бабы 1-бөлігінің 3) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="108"/>
        <source>Legal form, if other</source>
        <translation>Ұйымдық-құқықтық нысаны, басқа болса</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="110"/>
        <source>BIN (if available)</source>
        <translation>БСН (бар болса)</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="111"/>
        <source>Outgoing number</source>
        <translation>Шығыс нөмірі</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="115"/>
        <source>Outgoing date</source>
        <translation>Шығыс күні</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="119"/>
        <source>Postal address</source>
        <translation>Пошталық мекенжай</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="120"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="120"/>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="123"/>
        <source>Collective appeal</source>
        <translation>Ұжымдық жолданым</translation>
    </message>
    <message>
        <location filename="../intake/applicant_form.py" line="131"/>
        <source>Number of signatories</source>
        <translation>Қол қоюшылар саны</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../admin/backups_dialog.py" line="29"/>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <location filename="../admin/backups_dialog.py" line="35"/>
        <source>Copies are checked before they are kept: the newest of each of the last 7 days, 5 weeks and 12 months. A copy chosen here is checked now and put in place when Zholdanym next starts on this computer; close it on every workstation first.</source>
        <translation>Көшірмелер сақталмас бұрын тексеріледі: соңғы 7 күннің, 5 аптаның және 12 айдың әрқайсысының ең жаңасы сақталады. Мұнда таңдалған көшірме дәл қазір тексеріледі және Zholdanym осы компьютерде келесі рет іске қосылғанда орнына қойылады; алдымен оны барлық жұмыс орындарында жабыңыз.</translation>
    </message>
    <message>
        <location filename="../admin/backups_dialog.py" line="40"/>
        <source>Restore this copy at the next start</source>
        <translation>Бұл көшірмені келесі іске қосқанда қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../admin/backups_dialog.py" line="58"/>
        <source>A PostgreSQL office is backed up and restored on its server (main.py backup and restore, see the README).</source>
        <translation>PostgreSQL дерекқоры бар аппараттың көшірмесі өз серверінде жасалып, сонда қалпына келтіріледі (main.py backup және restore, README қараңыз).</translation>
    </message>
    <message>
        <location filename="../admin/backups_dialog.py" line="65"/>
        <source>Choose a copy in the list first.</source>
        <translation>Алдымен тізімнен көшірмені таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../admin/backups_dialog.py" line="74"/>
        <source>The copy passed its check. Close Zholdanym on every workstation; it is put in place when the app next starts here, and the current file is kept aside.</source>
        <translation>Көшірме тексерістен өтті. Zholdanym-ды барлық жұмыс орындарында жабыңыз; ол бағдарлама осы жерде келесі рет іске қосылғанда орнына қойылады, ал қазіргі файл бөлек сақталады.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../reception/booking_dialog.py" line="38"/>
        <source>Book a personal reception</source>
        <translation>Жеке қабылдауға жазу</translation>
    </message>
    <message>
        <location filename="../reception/booking_dialog.py" line="53"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../reception/booking_dialog.py" line="54"/>
        <source>Reception (approved schedule)</source>
        <translation>Қабылдау (бекітілген кесте бойынша)</translation>
    </message>
    <message>
        <location filename="../reception/booking_dialog.py" line="55"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../reception/booking_dialog.py" line="56"/>
        <source>Booked</source>
        <translation>Жазылды</translation>
    </message>
    <message>
        <location filename="../reception/booking_dialog.py" line="57"/>
        <source>Question</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <location filename="../reception/booking_dialog.py" line="65"/>
        <source>Refuse the registration… (art. 73 part 2 9))</source>
        <translation>Жеке қабылдауға тіркеуден бас тарту… (ӘРПК 73-бабы 2-бөлігінің 9) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../reception/booking_dialog.py" line="75"/>
        <source>Move the booking</source>
        <translation>Жазылуды басқа уақытқа ауыстыру</translation>
    </message>
    <message>
        <location filename="../reception/booking_dialog.py" line="144"/>
        <source>Refuse the registration</source>
        <translation>Жеке қабылдауға тіркеуден бас тарту</translation>
    </message>
    <message>
        <location filename="../reception/booking_dialog.py" line="144"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>BookingTab</name>
    <message>
        <location filename="../reception/booking_tab.py" line="37"/>
        <source>All officials</source>
        <translation>Барлық лауазымды адамдар</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="41"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="41"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="41"/>
        <source>Official</source>
        <translation>Лауазымды адам</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="42"/>
        <source>Applicant</source>
        <translation>Арыз иесі</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="42"/>
        <source>Question</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="42"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="44"/>
        <source>Book…</source>
        <translation>Қабылдауға жазу…</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="44"/>
        <source>Talon…</source>
        <translation>Талон…</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="45"/>
        <source>Received…</source>
        <translation>Қабылданды…</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="46"/>
        <source>Refuse…</source>
        <translation>Бас тарту…</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="46"/>
        <source>Cancel…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="47"/>
        <source>Move…</source>
        <translation>Ауыстыру…</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="48"/>
        <source>Ask for information…</source>
        <translation>Ақпарат сұрату…</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="49"/>
        <source>Did not come</source>
        <translation>Келмеді</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="51"/>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="114"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="118"/>
        <source>Refuse the booking (art. 73 part 2 9))</source>
        <translation>Жеке қабылдауға тіркеуден бас тарту (ӘРПК 73-бабы 2-бөлігінің 9) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="121"/>
        <source>Cancel the booking</source>
        <translation>Жазылуды жою</translation>
    </message>
    <message>
        <location filename="../reception/booking_tab.py" line="124"/>
        <source>Information asked before the reception (art. 90 part 2)</source>
        <translation>Қабылдауға дейін сұратылған қосымша ақпарат (ӘРПК 90-бабының 2-бөлігі)</translation>
    </message>
</context>
<context>
    <name>BookingTalonDialog</name>
    <message>
        <location filename="../reception/booking_talon.py" line="72"/>
        <source>Booking talon</source>
        <translation>Жеке қабылдауға жазылу талоны</translation>
    </message>
    <message>
        <location filename="../reception/booking_talon.py" line="79"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../reception/booking_talon.py" line="80"/>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../reception/booking_talon.py" line="96"/>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../admin/calendar_dialog.py" line="41"/>
        <source>Working-day calendar</source>
        <translation>Жұмыс күндерінің күнтізбесі</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="47"/>
        <location filename="../admin/calendar_dialog.py" line="53"/>
        <location filename="../admin/calendar_dialog.py" line="67"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="47"/>
        <source>Working?</source>
        <translation>Жұмыс күні ме?</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="47"/>
        <source>Why</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="53"/>
        <location filename="../admin/calendar_dialog.py" line="68"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="53"/>
        <location filename="../admin/calendar_dialog.py" line="69"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="54"/>
        <source>Decree</source>
        <translation>Қаулы</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="54"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="56"/>
        <source>Revoke selected</source>
        <translation>Таңдалғанның күшін жою</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="65"/>
        <source>Add an override</source>
        <translation>Ауыстыру қосу</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="70"/>
        <source>Decree (number and date)</source>
        <translation>Қаулы (нөмірі мен күні)</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="71"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="78"/>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="86"/>
        <source>Office overrides (a decree moving days off)</source>
        <translation>Аппарат енгізген ауыстырулар (демалыс күндерін ауыстыру туралы қаулы)</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="106"/>
        <source>active</source>
        <translation>қолданыста</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="106"/>
        <source>revoked</source>
        <translation>күші жойылған</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="121"/>
        <source>(moved day off)</source>
        <translation>(ауыстырылған демалыс күні)</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="123"/>
        <source>(estimated date: check the decree)</source>
        <translation>(болжамды күн: қаулыны тексеріңіз)</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="125"/>
        <source>working day by the holidays library</source>
        <translation>holidays кітапханасы бойынша жұмыс күні</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="128"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="128"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../admin/calendar_dialog.py" line="158"/>
        <source>Saved. Due dates recomputed for {n} open appeals (art. 76).</source>
        <translation>Сақталды. {n} ашық жолданымның орындау мерзімі қайта есептелді (ӘРПК 76-бабы).</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../case/card_text.py" line="40"/>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="41"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="41"/>
        <source>Form</source>
        <translation>Нысаны</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="42"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="43"/>
        <source>Received</source>
        <translation>Түскен күні мен уақыты</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="44"/>
        <source>Registration date (art. 64 part 3)</source>
        <translation>Тіркелген күні (ӘРПК 64-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="45"/>
        <source>Term, working days</source>
        <translation>Мерзімі, жұмыс күндері</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="46"/>
        <source>Term set by</source>
        <translation>Мерзімнің негізі</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="47"/>
        <source>Statutory due date</source>
        <translation>Заң бойынша орындау мерзімі</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="48"/>
        <source>Due date</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="49"/>
        <source>Applicant</source>
        <translation>Арыз иесі</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="50"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="50"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="51"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="51"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="52"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="52"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="53"/>
        <source>Legal form (art. 80 part 1 3))</source>
        <translation>Ұйымдық-құқықтық нысаны (ӘРПК 80-бабы 1-бөлігінің 3) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="54"/>
        <source>Legal form, if other</source>
        <translation>Ұйымдық-құқықтық нысаны, басқа болса</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="55"/>
        <source>Outgoing number</source>
        <translation>Шығыс нөмірі</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="56"/>
        <source>Outgoing date</source>
        <translation>Шығыс күні</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="57"/>
        <source>Postal address</source>
        <translation>Пошталық мекенжай</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="58"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="58"/>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="59"/>
        <source>Collective appeal</source>
        <translation>Ұжымдық жолданым</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="60"/>
        <source>Signatories</source>
        <translation>Қол қоюшылар саны</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="61"/>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="62"/>
        <source>Substance</source>
        <translation>Жолданымның мәні</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="63"/>
        <source>Date of the appeal</source>
        <translation>Жолданым күні</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="64"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="65"/>
        <source>Signed</source>
        <translation>Қол қойылған</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="66"/>
        <source>Attachments</source>
        <translation>Қосымшалар саны</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="67"/>
        <source>Pages of attachments</source>
        <translation>Қосымшалардың парақ саны</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="68"/>
        <source>e-Otinish number</source>
        <translation>e-Otinish нөмірі</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="69"/>
        <source>Resolution</source>
        <translation>Бұрыштама</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="70"/>
        <source>Internal due date</source>
        <translation>Ішкі орындау мерзімі</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="71"/>
        <source>Reports a crime or a threat to security (art. 64 part 7-2)</source>
        <translation>Қылмыстық құқық бұзушылық не қауіпсіздікке төнген қатер туралы мәліметтер бар (ӘРПК 64-бабының 7-2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="72"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="73"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="74"/>
        <source>Ground</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="75"/>
        <source>Decided on</source>
        <translation>Шешім қабылданған күн</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="76"/>
        <source>Term stopped on</source>
        <translation>Мерзімнің өтуі тоқтаған күн</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="77"/>
        <source>No hearing: exception (art. 73 part 2)</source>
        <translation>Тыңдаусыз: ерекшелік (ӘРПК 73-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="78"/>
        <source>Why there was no hearing</source>
        <translation>Тыңдаудың жүргізілмеу себебі</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="79"/>
        <location filename="../petition/labels.py" line="50"/>
        <source>From a petition short of its threshold (art. 90-3 part 5)</source>
        <translation>Шекті мәнге жетпеген петициядан (ӘРПК 90-3-бабының 5-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="101"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="101"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="112"/>
        <source>Delivered on</source>
        <translation>Табыс етілген күні</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="114"/>
        <source>Our case reopened</source>
        <translation>Біздің іс қайта ашылды</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="115"/>
        <source>What must be done</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="116"/>
        <source>Working days for it</source>
        <translation>Оған жұмыс күндері</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="117"/>
        <source>Due on</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="118"/>
        <source>Reopened on</source>
        <translation>Қайта ашылған күні</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="120"/>
        <source>Article</source>
        <translation>Бап</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="121"/>
        <source>Working days</source>
        <translation>Жұмыс күндері</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="122"/>
        <source>The court obliges us to</source>
        <translation>Сот бізді міндеттейді</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="124"/>
        <source>Extension no.</source>
        <translation>Ұзарту №</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="125"/>
        <source>Legal basis recorded by the office</source>
        <translation>Мекеме тіркеген құқықтық негіз</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="126"/>
        <source>Official whose act is challenged</source>
        <translation>Актісіне шағым жасалған лауазымды адам</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="127"/>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="128"/>
        <source>Not stated</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="129"/>
        <source>Calendar override no.</source>
        <translation>Күнтізбелік ауыстыру №</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="130"/>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="131"/>
        <source>Co-executors</source>
        <translation>Бірлесіп орындаушылар</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="132"/>
        <location filename="../case/card_text.py" line="133"/>
        <source>Reasons</source>
        <translation>Себептері</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="134"/>
        <source>Correct by</source>
        <translation>Түзету мерзімі</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="135"/>
        <source>Sent by</source>
        <translation>Жіберу тәсілі</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="136"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="137"/>
        <source>Forwarded to</source>
        <translation>Кімге әрі қарай жолданды</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="138"/>
        <source>Requests forwarded</source>
        <translation>Әрі қарай жолданған өтінішхаттар, талаптар</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="139"/>
        <source>Applicant notified on</source>
        <translation>Арыз иесі хабардар етілген күн</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="140"/>
        <source>Due to forward by</source>
        <translation>Әрі қарай жолдау мерзімі</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="141"/>
        <source>Late</source>
        <translation>Кешіктірілді</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="142"/>
        <source>Latest possible date</source>
        <translation>Ең кеш мүмкін күн</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="143"/>
        <source>Date set in the decision</source>
        <translation>Шешімде белгіленген күн</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="144"/>
        <source>Preliminary decision</source>
        <translation>Алдын ала шешім</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="145"/>
        <source>Form of the hearing</source>
        <translation>Тыңдау нысаны</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="146"/>
        <source>Received on</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="147"/>
        <source>Text</source>
        <translation>Мәтіні</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="148"/>
        <source>Official</source>
        <translation>Лауазымды адам</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="149"/>
        <source>Circumstances</source>
        <translation>Мән-жайлар</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="150"/>
        <source>Self-recusal</source>
        <translation>Өздігінен бас тарту</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="151"/>
        <source>Granted</source>
        <translation>Қанағаттандырылды</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="152"/>
        <source>Decided by the superior body</source>
        <translation>Жоғары тұрған орган шешті</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="153"/>
        <source>The part on the crime or the threat (art. 64 part 7-2)</source>
        <translation>Қылмыстық құқық бұзушылық не қатер туралы бөлік (ӘРПК 64-бабының 7-2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="154"/>
        <source>Working days to execute</source>
        <translation>Орындауға арналған жұмыс күндері</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="155"/>
        <source>Withheld as secret</source>
        <translation>Құпия ретінде берілмеген</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="156"/>
        <source>Earlier appeal</source>
        <translation>Бұрынғы жолданым</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="158"/>
        <source>Repeat of the earlier appeal</source>
        <translation>Бұрынғы жолданымның қайталауы</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="159"/>
        <source>Found as a likely duplicate by</source>
        <translation>Қайталау белгісі</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="160"/>
        <source>Proposed for filing into it (art. 64 part 8)</source>
        <translation>Оған қоса тігу ұсынылды (ӘРПК 64-бабының 8-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="162"/>
        <source>Not proposed for filing into it</source>
        <translation>Оған қоса тігуге ұсынылмады</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="163"/>
        <source>Not linked to the earlier appeal</source>
        <translation>Бұрынғы жолданыммен байланыстырылмады</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="164"/>
        <source>Procedure terminated</source>
        <translation>Рәсім тоқтатылды</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="165"/>
        <source>May be appealed (art. 70 part 4)</source>
        <translation>Шағым берілуі мүмкін (ӘРПК 70-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="166"/>
        <source>Decision on the remarks</source>
        <translation>Ескертулер бойынша шешім</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="167"/>
        <source>Reversed entry no.</source>
        <translation>Күші жойылған жазба №</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="168"/>
        <source>Reversed action</source>
        <translation>Күші жойылған әрекет</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="213"/>
        <source>{clock}: due {date}</source>
        <translation>{clock}: мерзімі {date}</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="10"/>
        <location filename="../complaint/text.py" line="11"/>
        <source>Our side of the complaint</source>
        <translation>Шағым бойынша біздің рөліміз</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="12"/>
        <location filename="../complaint/text.py" line="13"/>
        <source>Challenged (art. 91 part 1)</source>
        <translation>Неге шағым жасалды (ӘРПК 91-бабының 1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="14"/>
        <source>Our case challenged</source>
        <translation>Шағым жасалған біздің іс</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="15"/>
        <source>Body or official challenged (art. 93 part 2 4))</source>
        <translation>Шағым жасалатын орган немесе лауазымды адам (ӘРПК 93-бабы 2-бөлігінің 4) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="16"/>
        <source>The act or action challenged</source>
        <translation>Шағым жасалатын акт немесе әрекет</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="17"/>
        <source>Date of the act or action</source>
        <translation>Актінің немесе әрекеттің күні</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="18"/>
        <source>Actual address (art. 93 part 2 3))</source>
        <translation>Нақты мекенжайы (ӘРПК 93-бабы 2-бөлігінің 3) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="19"/>
        <source>List of attached documents (art. 93 part 2 8))</source>
        <translation>Қоса берілетін құжаттардың тізбесі (ӘРПК 93-бабы 2-бөлігінің 8) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="20"/>
        <source>Learned of it on (art. 92 part 1)</source>
        <translation>Белгілі болған күн (ӘРПК 92-бабының 1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="21"/>
        <source>The act did not state the appeal route (art. 92 part 1-1)</source>
        <translation>Актіде шағым жасау тәртібі көрсетілмеген (ӘРПК 92-бабының 1-1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="22"/>
        <source>Last day to file (art. 92)</source>
        <translation>Шағым берудің соңғы күні (ӘРПК 92-бабы)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="23"/>
        <source>Filed after the term (art. 92 part 3)</source>
        <translation>Мерзімі өткізіп алынып берілген (ӘРПК 92-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="24"/>
        <source>Restoration of the term (art. 92 part 2)</source>
        <translation>Мерзімді қалпына келтіру (ӘРПК 92-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="25"/>
        <source>Reason for restoring</source>
        <translation>Қалпына келтіру себебі</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="26"/>
        <source>Kind of reason (art. 92 part 2)</source>
        <translation>Себептің түрі (ӘРПК 92-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="27"/>
        <source>Motion filed on</source>
        <translation>Өтінішхат мәлімделген күн</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="28"/>
        <source>Execution of the act (art. 96)</source>
        <translation>Актінің орындалуы (ӘРПК 96-бабы)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="29"/>
        <source>Not suspended under (art. 96 part 1)</source>
        <translation>Тоқтатыла тұрмау негізі (ӘРПК 96-бабының 1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="30"/>
        <source>Grounds stated in the act (art. 96 part 2)</source>
        <translation>Актіде көрсетілген негіздемелер (ӘРПК 96-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="31"/>
        <source>Suspension ended on</source>
        <translation>Тоқтата тұру аяқталған күн</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="32"/>
        <source>Rights and duties explained on (art. 94 part 2)</source>
        <translation>Құқықтары мен міндеттері түсіндірілген күн (ӘРПК 94-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="33"/>
        <source>Sent to the complaint body</source>
        <translation>Кімге жіберілді (шағымды қарайтын орган)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="34"/>
        <source>Sent on (art. 91 part 4)</source>
        <translation>Жіберілген күні (ӘРПК 91-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="35"/>
        <source>Satisfied by (art. 91 part 4)</source>
        <translation>Шағымды қанағаттандырған акт немесе әрекет (ӘРПК 91-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="36"/>
        <source>Satisfied by</source>
        <translation>Қанағаттандыру тәсілі</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="37"/>
        <source>Decision of the complaint body</source>
        <translation>Шағымды қарайтын органның шешімі</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="38"/>
        <source>Grounds found (art. 100 part 3)</source>
        <translation>Анықталған негіздер (ӘРПК 100-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="39"/>
        <source>Reasoning</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="40"/>
        <source>Legal norms applied</source>
        <translation>Басшылыққа алынған заңнама нормалары</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="41"/>
        <source>Violations found</source>
        <translation>Жол берілген бұзушылықтар</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="42"/>
        <source>Proposals to remove them</source>
        <translation>Оларды жою жөніндегі ұсыныстар</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="43"/>
        <source>New act</source>
        <translation>Жаңа акт</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="44"/>
        <source>Earlier decision, court act or claim</source>
        <translation>Бұрынғы шешім, сот актісі немесе талап қою</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="45"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="46"/>
        <source>Court case number</source>
        <translation>Сот ісінің нөмірі</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="47"/>
        <source>Court outcome</source>
        <translation>Сот ісінің нәтижесі</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="48"/>
        <source>Copy sent to the challenged body on</source>
        <translation>Көшірмесі шағым жасалатын органға жіберілген күн</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="49"/>
        <source>Ground of the return</source>
        <translation>Қайтару негізі</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="50"/>
        <source>Filed with the challenged body on (art. 91 part 4)</source>
        <translation>Шағым жасалатын органға берілген күн (ӘРПК 91-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="51"/>
        <source>Challenged official heard on (art. 98 part 3)</source>
        <translation>Шағым жасалатын лауазымды адам тыңдалған күн (ӘРПК 98-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="52"/>
        <source>Execution of our act</source>
        <translation>Біздің актіміздің орындалуы</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="53"/>
        <source>With the whole case file (art. 91 part 4)</source>
        <translation>Бүкіл әкімшілік іспен бірге (ӘРПК 91-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="54"/>
        <source>Every demand satisfied (art. 91 part 4)</source>
        <translation>Шағымның барлық талаптары қанағаттандырылды (ӘРПК 91-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="55"/>
        <source>Within our own competence (art. 100 part 2)</source>
        <translation>Біздің құзыретімізге жатады (ӘРПК 100-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="56"/>
        <source>Not worse for the complainant (art. 98 part 6)</source>
        <translation>Шағым берушінің жағдайын нашарлатпайды (ӘРПК 98-бабының 6-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="119"/>
        <location filename="../complaint/text.py" line="57"/>
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="58"/>
        <source>Outcome of the complaint</source>
        <translation>Шағымды қарау нәтижесі</translation>
    </message>
    <message>
        <location filename="../complaint/text.py" line="59"/>
        <source>Official challenged (art. 97 part 2)</source>
        <translation>Шағым жасалатын лауазымды адам (ӘРПК 97-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="30"/>
        <source>Representative</source>
        <translation>Өкілі</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="31"/>
        <source>Citizens who joined</source>
        <translation>Петицияға қосылған азаматтар саны</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="32"/>
        <source>Joined from</source>
        <translation>Қосылудың басталған күні</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="33"/>
        <source>Joined to</source>
        <translation>Қосылудың аяқталған күні</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="34"/>
        <source>Letter of the petition authority</source>
        <translation>Петиция жөніндегі уәкілетті органның хаты</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="35"/>
        <source>Site visit</source>
        <translation>Сол жерге бару</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="36"/>
        <source>No site visit because</source>
        <translation>Сол жерге бармау себебі</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="37"/>
        <source>Public discussion on</source>
        <translation>Жария талқылау күні</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="38"/>
        <source>Place of the discussion</source>
        <translation>Талқылау өтетін орын</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="39"/>
        <source>Discussion announced on</source>
        <translation>Талқылау туралы хабардар етілген күн</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="40"/>
        <source>Announced through</source>
        <translation>Хабардар ету тәсілі</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="41"/>
        <source>Discussion held on</source>
        <translation>Талқылау өткізілген күн</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="42"/>
        <source>To be announced by</source>
        <translation>Хабардар етудің соңғы күні</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="43"/>
        <source>Commission members</source>
        <translation>Комиссия мүшелері</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="44"/>
        <source>Commission formed on</source>
        <translation>Комиссия құрылған күн</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="45"/>
        <source>Facts</source>
        <translation>Нақты фактілер</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="46"/>
        <source>References to legislation</source>
        <translation>Заңнамаға сілтемелер</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="47"/>
        <source>Published on</source>
        <translation>Орналастырылған күн</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="48"/>
        <source>Published at</source>
        <translation>Орналастырылған мекенжайы</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="49"/>
        <source>Official statement on</source>
        <translation>Ресми хабарлама жасалған күн</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="51"/>
        <source>Reception record no.</source>
        <translation>Жеке қабылдау жазбасы №</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="27"/>
        <source>Registered while e-Otinish was down: to be entered there</source>
        <translation>e-Otinish жұмыс істемеген кезде тіркелді: онда енгізу керек</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="28"/>
        <source>Applicant&apos;s feedback</source>
        <translation>Арыз иесінің бағасы</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="29"/>
        <source>Feedback obtained</source>
        <translation>Баға қалай алынды</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="30"/>
        <source>Feedback obtained on</source>
        <translation>Баға алынған күн</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../complaint/registration_part.py" line="64"/>
        <source>Complaint (art. 91–96)</source>
        <translation>Шағым (ӘРПК 91–96-баптары)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="69"/>
        <source>Fill from our case</source>
        <translation>Біздің істен толтыру</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="87"/>
        <source>The act did not state the appeal route of art. 80 part 5 (six months, art. 92 part 1-1)</source>
        <translation>Актіде ӘРПК 80-бабының 5-бөлігінде көзделген шағым жасау тәртібі көрсетілмеген (алты ай, ӘРПК 92-бабының 1-1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="95"/>
        <source>The complainant&apos;s rights and duties were explained (art. 94 part 2)</source>
        <translation>Шағым берушіге оның құқықтары мен міндеттері түсіндірілді (ӘРПК 94-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="102"/>
        <source>Our side</source>
        <translation>Біздің рөліміз</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="103"/>
        <source>What is challenged (art. 91 part 1)</source>
        <translation>Неге шағым жасалады (ӘРПК 91-бабының 1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="109"/>
        <source>Our case challenged (registration number)</source>
        <translation>Шағым жасалған біздің іс (тіркеу нөмірі)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="110"/>
        <source>Body or official challenged (art. 93 part 2 4))</source>
        <translation>Шағым жасалатын орган немесе лауазымды адам (ӘРПК 93-бабы 2-бөлігінің 4) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="112"/>
        <source>Official who took it, if ours (art. 97 part 2)</source>
        <translation>Оны қабылдаған (жасаған) лауазымды адам, егер біздің қызметкер болса (ӘРПК 97-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="114"/>
        <source>The act or action: number, date, content</source>
        <translation>Акт немесе әрекет: нөмірі, күні, мазмұны</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="115"/>
        <source>Date of the act or action</source>
        <translation>Актінің немесе әрекеттің күні</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="116"/>
        <source>The complainant learned of it on (art. 92 part 1)</source>
        <translation>Шағым берушіге белгілі болған күн (ӘРПК 92-бабының 1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="117"/>
        <source>Filed with the challenged body on (art. 91 part 4)</source>
        <translation>Шағым жасалатын органға берілген күн (ӘРПК 91-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="120"/>
        <source>The act says a complaint does not suspend it (art. 96 part 2)</source>
        <translation>Актіде шағым беру оның орындалуын тоқтата тұрмайтыны көрсетілген (ӘРПК 96-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="122"/>
        <source>Its grounds, as the act states them</source>
        <translation>Актіде көрсетілген негіздемелері</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="124"/>
        <source>Actual address or location (art. 93 part 2 3))</source>
        <translation>Нақты тұратын немесе орналасқан жерінің мекенжайы (ӘРПК 93-бабы 2-бөлігінің 3) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="126"/>
        <source>List of attached documents (art. 93 part 2 8))</source>
        <translation>Қоса берілетін құжаттардың тізбесі (ӘРПК 93-бабы 2-бөлігінің 8) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="211"/>
        <source>Enter the day the complainant learned of the act or action to see the filing term (art. 92).</source>
        <translation>Шағым беру мерзімін көру үшін шағым берушіге акт немесе әрекет туралы белгілі болған күнді енгізіңіз (ӘРПК 92-бабы).</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="218"/>
        <source>Last day to file: {due} ({months} months, {article}).</source>
        <translation>Шағым берудің соңғы күні: {due} ({months} ай, {article}).</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="221"/>
        <source>Filed late: the complaint is still accepted and registered; the reason is examined in consideration, and the complaint body may restore the term on a motion (art. 92 parts 2–3).</source>
        <translation>Мерзімі өткізіп алынып берілді: шағым бәрібір қабылданады және тіркеледі; мерзімді өткізіп алу себебі шағымды қарау кезінде анықталады, ал шағымды қарайтын орган өтінішхат бойынша мерзімді қалпына келтіруі мүмкін (ӘРПК 92-бабының 2, 3-бөліктері).</translation>
    </message>
    <message>
        <location filename="../complaint/registration_part.py" line="223"/>
        <source>Filed in time.</source>
        <translation>Мерзімінде берілді.</translation>
    </message>
</context>
<context>
    <name>ComplaintRegister</name>
    <message>
        <location filename="../complaint/register.py" line="29"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="30"/>
        <source>Registered</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="31"/>
        <source>Our side</source>
        <translation>Біздің рөліміз</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="32"/>
        <source>Complainant</source>
        <translation>Шағым беруші</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="33"/>
        <source>Challenged</source>
        <translation>Шағым жасалатын орган / лауазымды адам</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="34"/>
        <source>Last day to file</source>
        <translation>Шағым берудің соңғы күні</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="35"/>
        <source>Execution of the act (art. 96)</source>
        <translation>Актінің орындалуы (ӘРПК 96-бабы)</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="36"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="37"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="38"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="39"/>
        <source>Court case</source>
        <translation>Сот ісі</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="116"/>
        <source>filed late (art. 92 part 3)</source>
        <translation>мерзімі өткізіп алынып берілген (ӘРПК 92-бабының 3-бөлігі)</translation>
    </message>
</context>
<context>
    <name>ComplaintRegisterDialog</name>
    <message>
        <location filename="../complaint/register.py" line="135"/>
        <source>Complaint register</source>
        <translation>Шағымдар тізілімі</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="147"/>
        <source>Open only</source>
        <translation>Тек ашық шағымдар</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="152"/>
        <source>Both sides</source>
        <translation>Екі рөл де</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="153"/>
        <source>Complaints we consider</source>
        <translation>Біз қарайтын шағымдар</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="154"/>
        <source>Complaints against our acts</source>
        <translation>Біздің актілерімізге жасалған шағымдар</translation>
    </message>
    <message>
        <location filename="../complaint/register.py" line="183"/>
        <source>Complaints: {n}</source>
        <translation>Шағымдар: {n}</translation>
    </message>
</context>
<context>
    <name>ComplaintTab</name>
    <message>
        <location filename="../complaint/tab.py" line="37"/>
        <source>Official challenged (art. 97 part 2)</source>
        <translation>Шағым жасалатын лауазымды адам (ӘРПК 97-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/tab.py" line="49"/>
        <source>Filed after the term. It was accepted and registered all the same; the reason is examined in consideration and may be a ground to leave it unsatisfied (art. 92 part 3). The complaint body may restore the term on the participant&apos;s motion (art. 92 part 2).</source>
        <translation>Шағым мерзімі өткізіп алынып берілген. Ол бәрібір қабылданды және тіркелді; мерзімді өткізіп алу себебі шағымды қарау кезінде анықталады және шағымды қанағаттандырусыз қалдыруға негіз болуы мүмкін (ӘРПК 92-бабының 3-бөлігі). Шағымды қарайтын орган қатысушының өтінішхаты бойынша мерзімді қалпына келтіруі мүмкін (ӘРПК 92-бабының 2-бөлігі).</translation>
    </message>
    <message>
        <location filename="../complaint/tab.py" line="67"/>
        <source>Term to file the complaint, day by day (art. 92):</source>
        <translation>Шағым беру мерзімі, күн бойынша (ӘРПК 92-бабы):</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../admin/connection_dialog.py" line="71"/>
        <source>Zholdanym: where the office&apos;s data is kept</source>
        <translation>Zholdanym: мекеменің деректері қайда сақталады</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="77"/>
        <source>Choose once where this computer keeps the office&apos;s appeals. The office&apos;s IT person can tell which one.</source>
        <translation>Бұл компьютер мекеменің жолданымдарын қайда сақтайтынын бір рет таңдаңыз. Қайсысын таңдау керектігін мекеменің IT маманы айтып бере алады.</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="79"/>
        <source>This computer only (SQLite)</source>
        <translation>Тек осы компьютер (SQLite)</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="81"/>
        <source>One workstation: the data is a file on this computer, backed up beside it:
{path}</source>
        <translation>Бір жұмыс орны: деректер осы компьютердегі файлда, сақтық көшірмелері оның жанында:
{path}</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="83"/>
        <source>The office server (PostgreSQL)</source>
        <translation>Мекеменің сервері (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="85"/>
        <source>Several workstations share one database on the office&apos;s server. Type what the IT person gives you (the command &quot;setup-server&quot; prints it).</source>
        <translation>Бірнеше жұмыс орны мекеме серверіндегі бір дерекқорды ортақ пайдаланады. IT маманы берген мәліметтерді енгізіңіз (оларды &quot;setup-server&quot; командасы шығарады).</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="91"/>
        <source>The office server</source>
        <translation>Мекеменің сервері</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="99"/>
        <source>Server (name or address)</source>
        <translation>Сервер (атауы немесе мекенжайы)</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="99"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="100"/>
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="100"/>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="101"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="105"/>
        <source>The password is kept in this computer&apos;s credential store, not in a file.</source>
        <translation>Құпиясөз файлда емес, осы компьютердің есептік деректер қоймасында сақталады.</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="106"/>
        <source>This computer has no credential store: the password is not saved anywhere and is asked at each start.</source>
        <translation>Бұл компьютерде есептік деректер қоймасы жоқ: құпиясөз ешқайда сақталмайды және әр іске қосқан сайын сұралады.</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="109"/>
        <source>Test the connection</source>
        <translation>Қосылымды тексеру</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="146"/>
        <source>Connecting…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="171"/>
        <source>The connection works: the office&apos;s database is ready (schema {version}).</source>
        <translation>Қосылым жұмыс істейді: мекеменің дерекқоры дайын (схема {version}).</translation>
    </message>
</context>
<context>
    <name>ControlModel</name>
    <message>
        <location filename="../journal/control_model.py" line="17"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../journal/control_model.py" line="18"/>
        <source>Applicant</source>
        <translation>Арыз иесі</translation>
    </message>
    <message>
        <location filename="../journal/control_model.py" line="19"/>
        <source>What is due</source>
        <translation>Не орындалуы тиіс</translation>
    </message>
    <message>
        <location filename="../journal/control_model.py" line="20"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../journal/control_model.py" line="21"/>
        <source>Left</source>
        <translation>Қалды</translation>
    </message>
    <message>
        <location filename="../journal/control_model.py" line="22"/>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <location filename="../journal/control_panel.py" line="64"/>
        <source>Whole office</source>
        <translation>Бүкіл аппарат</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="65"/>
        <source>My cases</source>
        <translation>Менің істерім</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="78"/>
        <source>within </source>
        <translation>жұмыс күні: </translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="121"/>
        <source>List</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="122"/>
        <source>By executor</source>
        <translation>Орындаушылар бойынша</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="123"/>
        <location filename="../journal/control_panel.py" line="233"/>
        <source>Reception</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="126"/>
        <source>Print the daily list…</source>
        <translation>Күнделікті тізімді басып шығару…</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="128"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="142"/>
        <source>Remind at</source>
        <translation>Еске салу уақыты</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="202"/>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="205"/>
        <source>(not assigned)</source>
        <translation>(тағайындалмаған)</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="211"/>
        <source>Not in e-Otinish: {n}</source>
        <translation>e-Otinish-те жоқ: {n}</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="226"/>
        <source>Booking {number} of {day} {time}: no outcome recorded</source>
        <translation>№ {number} жазылу ({day} {time}): нәтижесі енгізілмеген</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="229"/>
        <source>Reception of {when}, {who}: the written appeal is not registered yet (art. 90 part 4)</source>
        <translation>{when} қабылдау, {who}: жазбаша жолданым әлі тіркелмеген (ӘРПК 90-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="232"/>
        <source>Reception: {n}</source>
        <translation>Қабылдау: {n}</translation>
    </message>
    <message>
        <location filename="../journal/control_panel.py" line="267"/>
        <source>Save the control list as PDF</source>
        <translation>Бақылау тізімін PDF ретінде сақтау</translation>
    </message>
</context>
<context>
    <name>ControlPrint</name>
    <message>
        <location filename="../journal/control_print.py" line="21"/>
        <source>Control list for {date}</source>
        <translation>{date} күнгі бақылау тізімі</translation>
    </message>
    <message>
        <location filename="../journal/control_print.py" line="24"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../journal/control_print.py" line="25"/>
        <source>Applicant</source>
        <translation>Арыз иесі</translation>
    </message>
    <message>
        <location filename="../journal/control_print.py" line="26"/>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../journal/control_print.py" line="27"/>
        <source>What is due</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <location filename="../journal/control_print.py" line="28"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../journal/control_print.py" line="29"/>
        <source>Days left</source>
        <translation>Қалған күн</translation>
    </message>
    <message>
        <location filename="../journal/control_print.py" line="30"/>
        <source>not assigned</source>
        <translation>тағайындалмаған</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../dashboard/window.py" line="153"/>
        <source>Dashboard</source>
        <translation>Басшының тақтасы</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="163"/>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="169"/>
        <source>Open and overdue at each month&apos;s end; overdue by the due date as it stands now (an extension of art. 76 counts from its new date). Late: closed after the due date. Click a bar or a point to see the appeals behind it.</source>
        <translation>Ашық және мерзімі өткен жолданымдар әр айдың соңындағы жағдай бойынша; мерзімі өткені қазіргі мерзім бойынша есептеледі (ӘРПК 76-бабы бойынша ұзартылған мерзім жаңа күнінен). Кешіктірілгені: мерзімінен кейін жабылғандар. Бағанды немесе нүктені бассаңыз, оның артындағы жолданымдар ашылады.</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="175"/>
        <source>Received per month</source>
        <translation>Айына келіп түскендер</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="176"/>
        <source>Open and overdue at the month&apos;s end</source>
        <translation>Ай соңында ашық және мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="177"/>
        <source>How the period&apos;s cases ended</source>
        <translation>Кезеңдегі істердің аяқталуы</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="178"/>
        <source>Executors: open now, overdue now</source>
        <translation>Орындаушылар: қазір ашық, қазір мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="186"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="186"/>
        <source>Received</source>
        <translation>Келіп түсті</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="186"/>
        <location filename="../dashboard/window.py" line="253"/>
        <source>A year earlier</source>
        <translation>Бір жыл бұрын</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="186"/>
        <source>Difference</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="187"/>
        <source>Open at the end</source>
        <translation>Соңында ашық</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="187"/>
        <source>Overdue at the end</source>
        <translation>Соңында мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="188"/>
        <source>How it ended</source>
        <translation>Қалай аяқталды</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="188"/>
        <location filename="../dashboard/window.py" line="275"/>
        <source>Appeals</source>
        <translation>Жолданымдар</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="190"/>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="190"/>
        <location filename="../dashboard/window.py" line="260"/>
        <location filename="../dashboard/window.py" line="283"/>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="190"/>
        <location filename="../dashboard/window.py" line="261"/>
        <location filename="../dashboard/window.py" line="283"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="190"/>
        <source>Ended in the period</source>
        <translation>Кезеңде аяқталды</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="191"/>
        <source>Of them late</source>
        <translation>Оның ішінде кешіктірілген</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="198"/>
        <source>Charts</source>
        <translation>Диаграммалар</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="199"/>
        <source>Figures</source>
        <translation>Сандар</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="201"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="226"/>
        <source>12 months to {day}: loading…</source>
        <translation>{day} дейінгі 12 ай: жүктелуде…</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="230"/>
        <source>The dashboard could not be read.</source>
        <translation>Тақтаны оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="236"/>
        <source>{first} – {last}: received {received} (a year earlier {before}), open now {open}, overdue now {overdue}</source>
        <translation>{first} – {last}: келіп түсті {received} (бір жыл бұрын {before}), қазір ашық {open}, қазір мерзімі өткен {overdue}</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="254"/>
        <source>This period</source>
        <translation>Осы кезең</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="289"/>
        <source>Not assigned</source>
        <translation>Тағайындалмаған</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="333"/>
        <source>Received in {month}</source>
        <translation>{month} келіп түскендер</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="333"/>
        <source>Received a year before {month}</source>
        <translation>{month} бір жыл бұрын келіп түскендер</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="334"/>
        <source>Open at the end of {month}</source>
        <translation>{month} соңында ашық</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="334"/>
        <source>Overdue at the end of {month}</source>
        <translation>{month} соңында мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="335"/>
        <source>Ended in the period: {key}</source>
        <translation>Кезеңде аяқталғандар: {key}</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="335"/>
        <source>{who}: open now</source>
        <translation>{who}: қазір ашық</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="336"/>
        <source>{who}: overdue now</source>
        <translation>{who}: қазір мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="336"/>
        <source>{who}: ended in the period</source>
        <translation>{who}: кезеңде аяқталғандар</translation>
    </message>
    <message>
        <location filename="../dashboard/window.py" line="337"/>
        <source>{who}: ended late in the period</source>
        <translation>{who}: кезеңде кешіктіріліп аяқталғандар</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../common/dates.py" line="134"/>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <location filename="../common/dates.py" line="138"/>
        <source>Calendar (Alt+Down)</source>
        <translation>Күнтізбе (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../common/dates.py" line="171"/>
        <source>Enter the date as dd.mm.yyyy, for example 01.12.2026.</source>
        <translation>Күнді кк.аа.жжжж түрінде енгізіңіз, мысалы 01.12.2026.</translation>
    </message>
    <message>
        <location filename="../common/dates.py" line="174"/>
        <source>«{text}» is not a date: type it as dd.mm.yyyy, for example 01.12.2026.</source>
        <translation>«{text}» күн емес: кк.аа.жжжж түрінде теріңіз, мысалы 01.12.2026.</translation>
    </message>
    <message>
        <location filename="../common/dates.py" line="176"/>
        <source>The date must be between {first} and {last}.</source>
        <translation>Күн {first} мен {last} аралығында болуы керек.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../common/dates.py" line="306"/>
        <source>hh:mm</source>
        <translation>сс:мм</translation>
    </message>
    <message>
        <location filename="../common/dates.py" line="336"/>
        <source>«{text}» is not a time: type it as hh:mm, for example 09:30.</source>
        <translation>«{text}» уақыт емес: сс:мм түрінде теріңіз, мысалы 09:30.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../case/document_dialog.py" line="98"/>
        <source>New document</source>
        <translation>Жаңа құжат</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="120"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="121"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="122"/>
        <source>Corrects the document (art. 82)</source>
        <translation>Түзетілетін құжат (ӘРПК 82-бабы)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="205"/>
        <source>General (no special law)</source>
        <translation>Жалпы (арнаулы заңсыз)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="217"/>
        <source>Category of the act</source>
        <translation>Актінің санаты</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="218"/>
        <source>Appeal route that will print (art. 80 part 5)</source>
        <translation>Актіде басылатын шағым жасау тәртібі (ӘРПК 80-бабының 5-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="234"/>
        <source>the head&apos;s acts</source>
        <translation>басшының актілері</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="234"/>
        <source>a deputy&apos;s acts</source>
        <translation>орынбасардың актілері</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="235"/>
        <source>this category of acts</source>
        <translation>осы санаттағы актілер</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="237"/>
        <source>Complaint to: {body} (route for {whose})</source>
        <translation>Шағым: {body} (тәртіп: {whose})</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="239"/>
        <source>No superior body: to the court, {court} (route for {whose})</source>
        <translation>Жоғары тұрған орган жоқ: сотқа, {court} (тәртіп: {whose})</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="242"/>
        <source>No route is set for {whose}: the act cannot be issued.</source>
        <translation>{whose} үшін шағым жасау тәртібі белгіленбеген: актіні ресімдеуге болмайды.</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="273"/>
        <source>Preparing the document…</source>
        <translation>Құжат дайындалуда…</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <location filename="../case/document_dialog.py" line="37"/>
        <source>Matter decided (art. 80 part 1 4))</source>
        <translation>Шешілетін мәселе (ӘРПК 80-бабы 1-бөлігінің 4) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="38"/>
        <source>Reasoning (art. 80 part 1 4))</source>
        <translation>Негіздеме (ӘРПК 80-бабы 1-бөлігінің 4) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="39"/>
        <source>No reasoning: item of art. 80 part 2 (1, 2 or 3)</source>
        <translation>Негіздемесіз: ӘРПК 80-бабы 2-бөлігінің тармақшасы (1, 2 немесе 3)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="40"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="41"/>
        <source>Kind of act (favourable or burdening)</source>
        <translation>Актінің түрі (қолайлы немесе ауыртпалық түсіретін)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="42"/>
        <source>Why there was no hearing (art. 73 part 2 4))</source>
        <translation>Тыңдаудың жүргізілмеу себебі (ӘРПК 73-бабы 2-бөлігінің 4) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="43"/>
        <source>Why a complaint does not suspend execution (art. 96 part 2)</source>
        <translation>Шағым беру актінің орындалуын тоқтата тұрмау себебі (ӘРПК 96-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="44"/>
        <source>Attachments, one per line (art. 80 parts 3–4)</source>
        <translation>Қосымшалар, әр жолға біреуден (ӘРПК 80-бабының 3, 4-бөліктері)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="45"/>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="46"/>
        <source>Facts confirming or refuting the arguments (art. 89 part 2)</source>
        <translation>Дәлелдерді растайтын немесе жоққа шығаратын нақты мән-жайлар (ӘРПК 89-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="47"/>
        <source>References to legislation (art. 89 part 2)</source>
        <translation>Заңнамаға сілтемелер (ӘРПК 89-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="48"/>
        <source>What is missing, one per line (art. 64 part 6)</source>
        <translation>Не жетіспейді, әр жолға біреуден (ӘРПК 64-бабының 6-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="49"/>
        <source>Correct by</source>
        <translation>Түзету мерзімі</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="50"/>
        <source>Ground</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="51"/>
        <source>Reasons</source>
        <translation>Себептері</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="52"/>
        <source>What was forwarded (the whole appeal or which requests)</source>
        <translation>Не әрі қарай жолданды (жолданым толығымен немесе қандай өтінішхаттар, талаптар)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="53"/>
        <source>Competent body</source>
        <translation>Уәкілетті орган</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="54"/>
        <source>Forwarded on</source>
        <translation>Әрі қарай жолданған күн</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="55"/>
        <source>Decided on</source>
        <translation>Шешім қабылданған күн</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="56"/>
        <source>New last day</source>
        <translation>Жаңа соңғы күн</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="57"/>
        <source>Former last day</source>
        <translation>Бұрынғы соңғы күн</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="58"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="59"/>
        <source>Preliminary decision</source>
        <translation>Алдын ала шешім</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="60"/>
        <source>Form of the hearing</source>
        <translation>Тыңдау нысаны</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="61"/>
        <source>The act not before</source>
        <translation>Актіні қабылдаудың ең ерте күні</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="62"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="63"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="64"/>
        <source>Started at</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="65"/>
        <source>Ended at</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="66"/>
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="67"/>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="68"/>
        <source>Explanations, questions, answers, statements</source>
        <translation>Түсініктемелер, сұрақтар, жауаптар, мәлімдемелер</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="69"/>
        <source>Official whose recusal was decided</source>
        <translation>Қарсылық білдіру туралы шешім қабылданған лауазымды адам</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="70"/>
        <source>Decision (granted or refused)</source>
        <translation>Шешім (қанағаттандырылды немесе бас тартылды)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="71"/>
        <source>Delivered by (art. 66 part 2)</source>
        <translation>Жеткізу тәсілі (ӘРПК 66-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="72"/>
        <source>Sent on</source>
        <translation>Жіберілген күні</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="73"/>
        <source>The act or action (inaction) challenged, in brief (art. 101 part 1 4))</source>
        <translation>Шағым жасалатын актінің, әрекеттің (әрекетсіздіктің) қысқаша мазмұны (ӘРПК 101-бабы 1-бөлігінің 4) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="74"/>
        <source>Essence of the complaint (art. 101 part 1 5))</source>
        <translation>Шағымның мәні (ӘРПК 101-бабы 1-бөлігінің 5) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="75"/>
        <source>Legal norms applied (art. 101 part 1 6))</source>
        <translation>Басшылыққа алынған заңнама нормалары (ӘРПК 101-бабы 1-бөлігінің 6) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="76"/>
        <source>Kind of decision (art. 100 part 1)</source>
        <translation>Шешімнің түрі (ӘРПК 100-бабының 1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="77"/>
        <source>Copy to the challenged body (art. 100 part 4)</source>
        <translation>Көшірмесі шағым жасалатын органға (ӘРПК 100-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="78"/>
        <source>Case file sent, one document per line (art. 91 part 4)</source>
        <translation>Жіберілетін әкімшілік іс материалдары, әр жолға бір құжаттан (ӘРПК 91-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/document_dialog.py" line="79"/>
        <source>Position of the body (optional)</source>
        <translation>Органның ұстанымы (міндетті емес)</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../common/document_preview.py" line="82"/>
        <source>Preview: {title}</source>
        <translation>Алдын ала қарау: {title}</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="102"/>
        <source>Page width</source>
        <translation>Бет енімен</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="107"/>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="140"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="143"/>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="145"/>
        <source>Open in Word or LibreOffice</source>
        <translation>Word немесе LibreOffice-те ашу</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="147"/>
        <source>A copy opens for editing; the issued document stays as it was issued.</source>
        <translation>Түзету үшін көшірмесі ашылады; берілген құжат берілген күйінде қалады.</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="148"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="191"/>
        <source>Making the pages with {engine}… {s} s</source>
        <translation>Беттерді {engine} жасап жатыр… {s} с</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="193"/>
        <source>Converting…</source>
        <translation>Түрлендірілуде…</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="204"/>
        <source>Pages: {n}</source>
        <translation>Беттер: {n}</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="219"/>
        <source>No preview</source>
        <translation>Алдын ала қарау жоқ</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="330"/>
        <source>The document was not printed.</source>
        <translation>Құжат басып шығарылмады.</translation>
    </message>
    <message>
        <location filename="../common/document_preview.py" line="369"/>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../case/documents_tab.py" line="44"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../case/documents_tab.py" line="44"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../case/documents_tab.py" line="45"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../case/documents_tab.py" line="45"/>
        <source>Issued</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location filename="../case/documents_tab.py" line="46"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../case/documents_tab.py" line="51"/>
        <source>New document…</source>
        <translation>Жаңа құжат…</translation>
    </message>
    <message>
        <location filename="../case/documents_tab.py" line="53"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../case/documents_tab.py" line="54"/>
        <source>Save a copy…</source>
        <translation>Көшірмесін сақтау…</translation>
    </message>
    <message>
        <location filename="../case/documents_tab.py" line="55"/>
        <source>Preview and print…</source>
        <translation>Қарау және басып шығару…</translation>
    </message>
    <message>
        <location filename="../case/documents_tab.py" line="57"/>
        <source>Inventory of the case (art. 69)</source>
        <translation>Іс тізімдемесі (ӘРПК 69-бабы)</translation>
    </message>
    <message>
        <location filename="../case/documents_tab.py" line="124"/>
        <source>Save a copy to</source>
        <translation>Көшірмені сақтайтын қалта</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../intake/duplicates_panel.py" line="29"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="30"/>
        <source>Registered</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="31"/>
        <source>Applicant</source>
        <translation>Арыз иесі</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="32"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="33"/>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="34"/>
        <source>Why</source>
        <translation>Сәйкестік белгісі</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="41"/>
        <source>same IIN/BIN {number} and name</source>
        <translation>ЖСН/БСН {number} және аты-жөні (атауы) бірдей</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="43"/>
        <source>same name and settlement ({place}); substance {percent}% alike: {words}</source>
        <translation>аты-жөні мен елді мекені ({place}) бірдей; мәні {percent}% ұқсас: {words}</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="86"/>
        <source>Open the earlier case</source>
        <translation>Бұрынғы істі ашу</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="90"/>
        <source>Propose filing into the earlier case (art. 64 part 8)</source>
        <translation>Бұрынғы іске қоса тігуді ұсыну (ӘРПК 64-бабының 8-бөлігі)</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="93"/>
        <source>The earlier appeal was returned as a repeat appeal (art. 64 part 7 2)); submitted again, it is filed into the earlier case without an answer (art. 64 part 8). The head decides.</source>
        <translation>Бұрынғы жолданым қайталама жолданым ретінде қайтарылған (ӘРПК 64-бабы 7-бөлігінің 2) тармақшасы); қайта берілген жолданым жауап берілмей бұрынғы істің материалдарына қоса тігіледі (ӘРПК 64-бабының 8-бөлігі). Шешімді басшы қабылдайды.</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="95"/>
        <source>Not a duplicate</source>
        <translation>Қайталау емес</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="141"/>
        <source>&lt;b&gt;Possible duplicate of № {number}&lt;/b&gt; ({why}). Advice only: the appeal is registered in any case (art. 64 part 1).</source>
        <translation>&lt;b&gt;№ {number} жолданымның қайталануы болуы мүмкін&lt;/b&gt; ({why}). Бұл тек кеңес: жолданым кез келген жағдайда тіркеледі (ӘРПК 64-бабының 1-бөлігі).</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="162"/>
        <source>Repeat of № {number}</source>
        <translation>№ {number} жолданымның қайталауы</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="187"/>
        <source>Will be registered and proposed for filing into № {number} (art. 64 part 8).</source>
        <translation>Тіркеледі және № {number} іске қоса тігу ұсынылады (ӘРПК 64-бабының 8-бөлігі).</translation>
    </message>
    <message>
        <location filename="../intake/duplicates_panel.py" line="189"/>
        <source>Will be registered as a repeat of № {number}.</source>
        <translation>№ {number} жолданымның қайталауы ретінде тіркеледі.</translation>
    </message>
</context>
<context>
    <name>EmptyNote</name>
    <message>
        <location filename="../journal/empty_note.py" line="60"/>
        <source>No appeals under the filter {filters}.</source>
        <translation>{filters} сүзгісі бойынша жолданымдар жоқ.</translation>
    </message>
    <message>
        <location filename="../journal/empty_note.py" line="61"/>
        <source>No appeals registered yet.</source>
        <translation>Әлі бірде-бір жолданым тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../journal/empty_note.py" line="62"/>
        <source>Nothing found for «{text}».</source>
        <translation>«{text}» бойынша ештеңе табылмады.</translation>
    </message>
    <message>
        <location filename="../journal/empty_note.py" line="64"/>
        <source>Only appeals under the filter {filters} were searched.</source>
        <translation>Тек {filters} сүзгісіндегі жолданымдар арасынан ізделді.</translation>
    </message>
    <message>
        <location filename="../journal/empty_note.py" line="66"/>
        <source>A registration number is found from its beginning or by its sequence number; an IIN, a BIN or an e-Otinish number by all its digits.</source>
        <translation>Тіркеу нөмірі басынан немесе реттік нөмірі бойынша табылады; ЖСН, БСН немесе e-Otinish нөмірі барлық цифрлары бойынша табылады.</translation>
    </message>
    <message>
        <location filename="../journal/empty_note.py" line="69"/>
        <source>A name is found in the Kazakh and the Russian spelling alike: Жұмабаева and Жумабаева find each other.</source>
        <translation>Аты-жөні қазақша да, орысша жазылуы бойынша да табылады: Жұмабаева мен Жумабаева бірін-бірі табады.</translation>
    </message>
</context>
<context>
    <name>EotinishQueue</name>
    <message>
        <location filename="../eotinish/queue_tab.py" line="35"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../eotinish/queue_tab.py" line="35"/>
        <source>Applicant</source>
        <translation>Арыз иесі</translation>
    </message>
    <message>
        <location filename="../eotinish/queue_tab.py" line="35"/>
        <source>Waited</source>
        <translation>Күтті</translation>
    </message>
    <message>
        <location filename="../eotinish/queue_tab.py" line="36"/>
        <source>Outage</source>
        <translation>Іркіліс</translation>
    </message>
    <message>
        <location filename="../eotinish/queue_tab.py" line="46"/>
        <source>{n} working d.</source>
        <translation>{n} жұм. күн</translation>
    </message>
    <message>
        <location filename="../eotinish/queue_tab.py" line="47"/>
        <source>{n} h</source>
        <translation>{n} сағ</translation>
    </message>
    <message>
        <location filename="../eotinish/queue_tab.py" line="55"/>
        <source>during an outage</source>
        <translation>іркіліс кезінде</translation>
    </message>
    <message>
        <location filename="../eotinish/queue_tab.py" line="64"/>
        <source>Every appeal has its e-Otinish number.</source>
        <translation>Барлық жолданымның e-Otinish нөмірі бар.</translation>
    </message>
    <message>
        <location filename="../eotinish/queue_tab.py" line="66"/>
        <source>Waiting for their e-Otinish number: {n}; the {shown} waiting longest are listed. Open one to enter its number.</source>
        <translation>e-Otinish нөмірін күтіп тұрғандар: {n}; ең ұзақ күткен {shown} жолданым көрсетілген. Нөмірін енгізу үшін біреуін ашыңыз.</translation>
    </message>
    <message>
        <location filename="../eotinish/queue_tab.py" line="69"/>
        <source>Waiting for their e-Otinish number: {n}. Open one to enter its number.</source>
        <translation>e-Otinish нөмірін күтіп тұрғандар: {n}. Нөмірін енгізу үшін біреуін ашыңыз.</translation>
    </message>
</context>
<context>
    <name>ExclusionDialog</name>
    <message>
        <location filename="../reports/exclusion_dialog.py" line="25"/>
        <source>Counted in the statistics.</source>
        <translation>Статистикада есептеледі.</translation>
    </message>
    <message>
        <location filename="../reports/exclusion_dialog.py" line="26"/>
        <source>Not counted: {reason}.</source>
        <translation>Есепке алынбайды: {reason}.</translation>
    </message>
    <message>
        <location filename="../reports/exclusion_dialog.py" line="39"/>
        <source>Not counted under art. 69 part 3</source>
        <translation>ӘРПК 69-бабының 3-бөлігі бойынша есепке алынбайтындар</translation>
    </message>
    <message>
        <location filename="../reports/exclusion_dialog.py" line="44"/>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <location filename="../reports/exclusion_dialog.py" line="60"/>
        <source>Appeal:</source>
        <translation>Жолданым:</translation>
    </message>
    <message>
        <location filename="../reports/exclusion_dialog.py" line="62"/>
        <source>Reason:</source>
        <translation>Негізі:</translation>
    </message>
    <message>
        <location filename="../reports/exclusion_dialog.py" line="63"/>
        <source>Note:</source>
        <translation>Ескертпе:</translation>
    </message>
    <message>
        <location filename="../reports/exclusion_dialog.py" line="64"/>
        <source>Do not count</source>
        <translation>Есепке алмау</translation>
    </message>
    <message>
        <location filename="../reports/exclusion_dialog.py" line="67"/>
        <source>Count again</source>
        <translation>Қайта есептеу</translation>
    </message>
    <message>
        <location filename="../reports/exclusion_dialog.py" line="70"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../reports/exclusion_dialog.py" line="77"/>
        <source>Appeals not subject to accounting (art. 69 part 3) stay registered and are considered as usual; the reports leave them out.</source>
        <translation>Есепке алуға жатпайтын жолданымдар (ӘРПК 69-бабының 3-бөлігі) тіркелген күйінде қалады және әдеттегідей қаралады; есептер оларды есептемейді.</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../common/explain.py" line="12"/>
        <source>the appeal received</source>
        <translation>жолданым келіп түсті</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="13"/>
        <source>content on a crime or a threat to security noted</source>
        <translation>қылмыстық құқық бұзушылық не қауіпсіздікке төнген қатер туралы мәліметтер белгіленді</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="14"/>
        <source>the period to correct ended, or the appeal was registered</source>
        <translation>түзету мерзімі өтті немесе жолданым тіркелді</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="15"/>
        <source>the extension decided</source>
        <translation>мерзімді ұзарту туралы шешім қабылданды</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="16"/>
        <source>the termination decided</source>
        <translation>тоқтату туралы шешім қабылданды</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="17"/>
        <source>the preliminary decision notified</source>
        <translation>алдын ала шешім туралы хабардар етілді</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="18"/>
        <location filename="../common/explain.py" line="19"/>
        <source>the participant received the preliminary decision</source>
        <translation>қатысушы алдын ала шешімді алды</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="20"/>
        <source>the oral hearing ended</source>
        <translation>ауызша нысанда тыңдау аяқталды</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="21"/>
        <source>the participant read the protocol</source>
        <translation>қатысушы хаттамамен танысты</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="22"/>
        <source>the recusal declared</source>
        <translation>қарсылық білдіру (өздігінен бас тарту) мәлімделді</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="23"/>
        <source>the recusal decided</source>
        <translation>қарсылық білдіру туралы шешім қабылданды</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="24"/>
        <source>access to the file requested</source>
        <translation>іс материалдарымен танысу туралы өтінішхат мәлімделді</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="25"/>
        <source>the correction requested</source>
        <translation>түзету туралы өтінішхат түсті</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="26"/>
        <source>the act corrected</source>
        <translation>акт түзетілді</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="27"/>
        <source>the decision delivered</source>
        <translation>шешім назарына жеткізілді</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="28"/>
        <source>the decision to send the case back issued</source>
        <translation>істі шағым жасалатын органға жіберу туралы шешім шығарылды</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="29"/>
        <source>the complaint left without consideration</source>
        <translation>шағым қараусыз қалдырылды</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="30"/>
        <source>the binding decision on the complaint learned</source>
        <translation>шағым бойынша міндетті шешім белгілі болды</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="31"/>
        <source>the petition decided</source>
        <translation>петиция бойынша шешім қабылданды</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="45"/>
        <source>{date}: {event}; the clock counts from the next working day ({article}).</source>
        <translation>{date}: {event}; мерзім келесі жұмыс күнінен бастап есептеледі ({article}).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="49"/>
        <source>{date}: to be done at once ({article}).</source>
        <translation>{date}: дереу орындалуға тиіс ({article}).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="50"/>
        <source>{date}: the last day, {days} working days ({article}).</source>
        <translation>{date}: соңғы күн, {days} жұмыс күні ({article}).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="53"/>
        <source>{date}: the extension decided ({article}).</source>
        <translation>{date}: мерзімді ұзарту туралы шешім қабылданды ({article}).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="55"/>
        <source>{date}: two months after the decision, to the same day number (a convention: the Code does not say how months are counted).</source>
        <translation>{date}: шешімнен кейін екі ай, сол күн нөміріне дейін (шартты ереже: Кодекс айларды есептеу тәртібін белгілемейді).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="57"/>
        <source>{date}: the last day moves to the next working day ({article}).</source>
        <translation>{date}: соңғы күн келесі жұмыс күніне ауысады ({article}).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="60"/>
        <source>{date}: the third working day before the public discussion, the last day to invite the author and the interested persons ({article}).</source>
        <translation>{date}: жария талқылауға дейінгі үшінші жұмыс күні – арыз иесін және мүдделі тұлғаларды шақырудың соңғы күні ({article}).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="63"/>
        <source>{date}: the participant learned of the act or the action (inaction) ({article}).</source>
        <translation>{date}: қатысушыға акт немесе әрекет (әрекетсіздік) туралы белгілі болды ({article}).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="66"/>
        <source>{date}: {months} months later, to the same day number, or the last day of a shorter month (a convention: the Code does not say how months are counted).</source>
        <translation>{date}: {months} ай өткен соң, сол күн нөміріне дейін, не қысқарақ айдың соңғы күні (шартты ереже: Кодекс айларды есептеу тәртібін белгілемейді).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="69"/>
        <source>{date}: the last day to file the complaint ({article}). A complaint filed later is still accepted and registered (art. 92 part 3).</source>
        <translation>{date}: шағым берудің соңғы күні ({article}). Кешірек берілген шағым да қабылданады және тіркеледі (ӘРПК 92-бабының 3-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="72"/>
        <source>{date}: the latest date an extension decided that day may set.</source>
        <translation>{date}: сол күні қабылданған ұзарту шешімі белгілей алатын ең соңғы күн.</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="74"/>
        <source>{date}: the term was extended to this day ({article}).</source>
        <translation>{date}: мерзім осы күнге дейін ұзартылды ({article}).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="76"/>
        <source>{date}: the office set a period to correct until {until} ({article}).</source>
        <translation>{date}: әкімшілік орган {until} дейін түзету мерзімін белгіледі ({article}).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="89"/>
        <source>weekend</source>
        <translation>демалыс күні</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="93"/>
        <source>day off moved from the holiday &quot;{name}&quot;</source>
        <translation>«{name}» мерекесіне байланысты ауыстырылған демалыс күні</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="95"/>
        <source>holiday &quot;{name}&quot; (date estimated; check the decree)</source>
        <translation>«{name}» мерекесі (күні болжамды; қаулыны тексеріңіз)</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="96"/>
        <source>public holiday &quot;{name}&quot;</source>
        <translation>«{name}» мереке күні</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="98"/>
        <source>extra day off set by the office: {reason} {decree}</source>
        <translation>аппарат белгілеген қосымша демалыс күні: {reason} {decree}</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="100"/>
        <source>non-working day</source>
        <translation>жұмыс істемейтін күн</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="108"/>
        <source>{date} {time}: received.</source>
        <translation>{date} {time}: келіп түсті.</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="110"/>
        <source>{date}: registered the day it was received (art. 64 part 3).</source>
        <translation>{date}: түскен күні тіркелді (ӘРПК 64-бабының 3-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="113"/>
        <source>{date}: registered on the next working day, because it was received after the end of the working day at {end} (art. 64 part 3).</source>
        <translation>{date}: келесі жұмыс күні тіркелді, себебі жұмыс күні аяқталғаннан кейін (сағат {end}) түсті (ӘРПК 64-бабының 3-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="114"/>
        <source>{date}: registered on the next working day, because it was received on a non-working day (art. 64 part 3).</source>
        <translation>{date}: келесі жұмыс күні тіркелді, себебі жұмыс істемейтін күні түсті (ӘРПК 64-бабының 3-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="116"/>
        <source>{date}: registered (art. 64 part 3).</source>
        <translation>{date}: тіркелді (ӘРПК 64-бабының 3-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="118"/>
        <source>The term is counted from the day after the complaint was received, {date} (art. 91 part 4).</source>
        <translation>Мерзім шағым келіп түскен күннің келесі күнінен, яғни {date} күнінен бастап есептеледі (ӘРПК 91-бабының 4-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="120"/>
        <source>The term is counted from the day after registration, {date} (art. 76 part 2).</source>
        <translation>Мерзім тіркелген күннің келесі күнінен, яғни {date} күнінен бастап есептеледі (ӘРПК 76-бабының 2-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="122"/>
        <source>{date}: working day {n}.</source>
        <translation>{date}: {n}-жұмыс күні.</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="124"/>
        <source>{date}: not counted: {reason}.</source>
        <translation>{date}: есептелмейді: {reason}.</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="126"/>
        <source>{date}: the last day of the term of {days} working days ({article}).</source>
        <translation>{date}: {days} жұмыс күндік мерзімнің соңғы күні ({article}).</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="135"/>
        <source>APPC art. {article} part {part} subparagraph {sub})</source>
        <translation>ӘРПК {article}-бабы {part}-бөлігінің {sub}) тармақшасы</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="138"/>
        <source>APPC art. {article} part {part}</source>
        <translation>ӘРПК {article}-бабының {part}-бөлігі</translation>
    </message>
    <message>
        <location filename="../common/explain.py" line="140"/>
        <source>APPC art. {article}</source>
        <translation>ӘРПК {article}-бабы</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../admin/first_run_dialog.py" line="25"/>
        <source>Zholdanym: set up the office</source>
        <translation>Zholdanym: аппаратты баптау</translation>
    </message>
    <message>
        <location filename="../admin/first_run_dialog.py" line="29"/>
        <source>First administrator</source>
        <translation>Бірінші әкімші</translation>
    </message>
    <message>
        <location filename="../admin/first_run_dialog.py" line="32"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../admin/first_run_dialog.py" line="32"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../admin/first_run_dialog.py" line="33"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../admin/first_run_dialog.py" line="34"/>
        <source>Position (printed on talons, art. 64 part 2)</source>
        <translation>Лауазымы (талондарда басылады, ӘРПК 64-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../admin/first_run_dialog.py" line="35"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../admin/first_run_dialog.py" line="35"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
</context>
<context>
    <name>JournalPrintDialog</name>
    <message>
        <location filename="../journal/print_dialog.py" line="38"/>
        <source>Registration journal (art. 69)</source>
        <translation>Тіркеу журналы (ӘРПК 69-бабы)</translation>
    </message>
    <message>
        <location filename="../journal/print_dialog.py" line="47"/>
        <source>From</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location filename="../journal/print_dialog.py" line="48"/>
        <source>To</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location filename="../journal/print_dialog.py" line="49"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../journal/print_dialog.py" line="65"/>
        <source>Save the journal</source>
        <translation>Журналды сақтау</translation>
    </message>
    <message>
        <location filename="../journal/print_dialog.py" line="79"/>
        <source>Preparing the journal…</source>
        <translation>Журнал дайындалуда…</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <location filename="../reception/journal_tab.py" line="47"/>
        <source>Date and time</source>
        <translation>Күні мен уақыты</translation>
    </message>
    <message>
        <location filename="../reception/journal_tab.py" line="47"/>
        <source>Official</source>
        <translation>Лауазымды адам</translation>
    </message>
    <message>
        <location filename="../reception/journal_tab.py" line="47"/>
        <source>Applicant</source>
        <translation>Арыз иесі</translation>
    </message>
    <message>
        <location filename="../reception/journal_tab.py" line="48"/>
        <source>Question</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <location filename="../reception/journal_tab.py" line="48"/>
        <source>Subject</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <location filename="../reception/journal_tab.py" line="48"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../reception/journal_tab.py" line="49"/>
        <source>Written appeal</source>
        <translation>Жазбаша жолданым</translation>
    </message>
    <message>
        <location filename="../reception/journal_tab.py" line="53"/>
        <source>Record a reception…</source>
        <translation>Қабылдауды енгізу…</translation>
    </message>
    <message>
        <location filename="../reception/journal_tab.py" line="56"/>
        <source>signed by the applicant</source>
        <translation>арыз иесі қол қойды</translation>
    </message>
    <message>
        <location filename="../reception/journal_tab.py" line="59"/>
        <source>Register the written appeal</source>
        <translation>Жазбаша жолданымды тіркеу</translation>
    </message>
    <message>
        <location filename="../reception/journal_tab.py" line="63"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../reception/journal_tab.py" line="67"/>
        <source>as</source>
        <translation>түрі</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <location filename="../journal/journal_model.py" line="27"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../journal/journal_model.py" line="28"/>
        <source>Received</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <location filename="../journal/journal_model.py" line="29"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../journal/journal_model.py" line="30"/>
        <source>Applicant</source>
        <translation>Арыз иесі</translation>
    </message>
    <message>
        <location filename="../journal/journal_model.py" line="31"/>
        <source>Substance</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../journal/journal_model.py" line="32"/>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../journal/journal_model.py" line="33"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../journal/journal_model.py" line="34"/>
        <source>Due date</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../journal/journal_model.py" line="35"/>
        <source>Working days left</source>
        <translation>Қалған жұмыс күндері</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../common/labels.py" line="9"/>
        <source>Application</source>
        <translation>Арыз</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="10"/>
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="11"/>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="12"/>
        <source>Proposal</source>
        <translation>Ұсыныс</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="13"/>
        <source>Response</source>
        <translation>Үн қосу</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="14"/>
        <source>Request</source>
        <translation>Сұрау салу</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="15"/>
        <source>Petition</source>
        <translation>Петиция</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="18"/>
        <source>Paper</source>
        <translation>Қағаз жеткізгіште</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="19"/>
        <source>Electronic</source>
        <translation>Электрондық нысанда</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="20"/>
        <source>Oral (protocol, art. 63 part 1)</source>
        <translation>Ауызша (хаттама, ӘРПК 63-бабының 1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="21"/>
        <source>Videoconference</source>
        <translation>Бейнеконференц-байланыс арқылы</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="24"/>
        <location filename="../common/labels.py" line="121"/>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="25"/>
        <source>Incomplete, awaiting correction</source>
        <translation>Толық емес, түзетуді күтуде</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="26"/>
        <source>Assigned</source>
        <translation>Орындаушы тағайындалды</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="27"/>
        <source>Under consideration</source>
        <translation>Қаралуда</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="28"/>
        <source>Hearing</source>
        <translation>Тыңдау</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="29"/>
        <source>Decided</source>
        <translation>Шешім қабылданды</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="30"/>
        <source>Answered</source>
        <translation>Жауап берілді</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="31"/>
        <source>Taken into consideration</source>
        <translation>Назарға алынды</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="32"/>
        <source>Forwarded</source>
        <translation>Әрі қарай жолданды</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="33"/>
        <source>Returned</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="34"/>
        <source>Withdrawn</source>
        <translation>Кері қайтарып алынды</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="35"/>
        <source>Terminated</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="36"/>
        <source>Filed into an earlier case (art. 64 part 8)</source>
        <translation>Бұрынғы іске қоса тігілді (ӘРПК 64-бабының 8-бөлігі)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="39"/>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="40"/>
        <source>Registrar</source>
        <translation>Тіркеуші</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="41"/>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="42"/>
        <source>Head</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="43"/>
        <source>Deputy head</source>
        <translation>Басшының орынбасары</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="44"/>
        <source>Head of the apparatus</source>
        <translation>Аппарат басшысы</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="47"/>
        <source>Individual</source>
        <translation>Жеке тұлға</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="48"/>
        <source>Legal entity</source>
        <translation>Заңды тұлға</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="52"/>
        <source>LLP (limited liability partnership)</source>
        <translation>ЖШС (жауапкершілігі шектеулі серіктестік)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="53"/>
        <source>JSC (joint-stock company)</source>
        <translation>АҚ (акционерлік қоғам)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="54"/>
        <source>Production cooperative</source>
        <translation>ӨК (өндірістік кооператив)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="55"/>
        <source>Public association</source>
        <translation>ҚБ (қоғамдық бірлестік)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="56"/>
        <source>Institution</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="57"/>
        <source>Municipal state enterprise</source>
        <translation>МКК (мемлекеттік коммуналдық кәсіпорын)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="58"/>
        <source>Republican state enterprise</source>
        <translation>РМК (республикалық мемлекеттік кәсіпорын)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="59"/>
        <source>Non-profit joint-stock company</source>
        <translation>КЕАҚ (коммерциялық емес акционерлік қоғам)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="60"/>
        <source>Other (type it)</source>
        <translation>Басқа (жазыңыз)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="63"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="64"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="65"/>
        <location filename="../reception/labels.py" line="26"/>
        <source>Other</source>
        <translation>Басқа тіл</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="68"/>
        <source>applicant&apos;s surname and name, or the organisation&apos;s name (art. 63 part 2 1))</source>
        <translation>арыз иесінің тегі мен аты не ұйымның атауы (ӘРПК 63-бабы 2-бөлігінің 1) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="69"/>
        <source>postal address (art. 63 part 2 1))</source>
        <translation>пошталық мекенжай (ӘРПК 63-бабы 2-бөлігінің 1) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="70"/>
        <source>addressee body or official (art. 63 part 2 2))</source>
        <translation>жолданым бағытталған орган немесе лауазымды адам (ӘРПК 63-бабы 2-бөлігінің 2) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="71"/>
        <source>substance of the appeal (art. 63 part 2 3))</source>
        <translation>жолданымның мәні (ӘРПК 63-бабы 2-бөлігінің 3) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="72"/>
        <source>date of the appeal (art. 63 part 2 4))</source>
        <translation>жолданым күні (ӘРПК 63-бабы 2-бөлігінің 4) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="73"/>
        <source>signature or electronic signature (art. 63 part 2 5))</source>
        <translation>қолы немесе электрондық цифрлық қолтаңба (ӘРПК 63-бабы 2-бөлігінің 5) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="76"/>
        <source>the complaint body (art. 93 part 2 1))</source>
        <translation>шағымды қарайтын орган (ӘРПК 93-бабы 2-бөлігінің 1) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="77"/>
        <source>complainant&apos;s surname and name, or the organisation&apos;s name (art. 93 part 2 2))</source>
        <translation>шағым берушінің тегі мен аты не ұйымның атауы (ӘРПК 93-бабы 2-бөлігінің 2) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="78"/>
        <source>postal address (art. 93 part 2 2))</source>
        <translation>пошталық мекенжай (ӘРПК 93-бабы 2-бөлігінің 2) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="79"/>
        <source>actual address or location (art. 93 part 2 3))</source>
        <translation>нақты тұратын немесе орналасқан жерінің мекенжайы (ӘРПК 93-бабы 2-бөлігінің 3) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="80"/>
        <source>the body or official whose act or action is challenged (art. 93 part 2 4))</source>
        <translation>актісіне немесе әрекетіне шағым жасалатын орган немесе лауазымды адам (ӘРПК 93-бабы 2-бөлігінің 4) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="81"/>
        <source>circumstances and arguments (art. 93 part 2 5))</source>
        <translation>мән-жайлар мен дәлелдер (ӘРПК 93-бабы 2-бөлігінің 5) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="82"/>
        <source>date of the complaint (art. 93 part 2 6))</source>
        <translation>шағым беру күні (ӘРПК 93-бабы 2-бөлігінің 6) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="83"/>
        <source>signature (art. 93 part 2 7))</source>
        <translation>қолы (ӘРПК 93-бабы 2-бөлігінің 7) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="84"/>
        <source>list of the attached documents (art. 93 part 2 8))</source>
        <translation>қоса берілетін құжаттардың тізбесі (ӘРПК 93-бабы 2-бөлігінің 8) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="90"/>
        <source>the author is a citizen of Kazakhstan, not an organisation (art. 90-1 part 2)</source>
        <translation>арыз иесі ұйым емес, Қазақстан Республикасының азаматы (ӘРПК 90-1-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="91"/>
        <source>the author&apos;s IIN (art. 90-2 part 2 1))</source>
        <translation>арыз иесінің ЖСН-і (ӘРПК 90-2-бабы 2-бөлігінің 1) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="92"/>
        <source>the author&apos;s e-mail (art. 90-2 part 2 1))</source>
        <translation>арыз иесінің электрондық мекенжайы (ӘРПК 90-2-бабы 2-бөлігінің 1) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="93"/>
        <source>the petition authority&apos;s letter sending it (art. 90-4 part 1)</source>
        <translation>петицияны жолдаған уәкілетті органның хаты (ӘРПК 90-4-бабының 1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="94"/>
        <source>how many citizens joined (art. 90-3 part 4)</source>
        <translation>петицияға қосылған азаматтар саны (ӘРПК 90-3-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="105"/>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="106"/>
        <source>Final term today</source>
        <translation>Соңғы мерзімі бүгін</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="107"/>
        <source>Past the final term</source>
        <translation>Соңғы мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="108"/>
        <source>Final term within 3 working days</source>
        <translation>Соңғы мерзімі 3 жұмыс күні ішінде</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="111"/>
        <source>Extra day off</source>
        <translation>Қосымша демалыс күні</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="112"/>
        <source>Extra working day</source>
        <translation>Қосымша жұмыс күні</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="122"/>
        <source>Status changed</source>
        <translation>Мәртебесі өзгертілді</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="123"/>
        <source>Due date recomputed after a calendar change</source>
        <translation>Күнтізбе өзгергеннен кейін орындау мерзімі қайта есептелді</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="124"/>
        <source>A clock recomputed after a calendar change</source>
        <translation>Күнтізбе өзгергеннен кейін мерзім қайта есептелді</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="125"/>
        <source>Created</source>
        <translation>Құрылды</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="126"/>
        <source>Changed</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="127"/>
        <source>Appeal routes changed</source>
        <translation>Шағым жасау тәртібі өзгертілді</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="128"/>
        <source>Revoked</source>
        <translation>Күші жойылды</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="133"/>
        <source>same IIN/BIN and name</source>
        <translation>ЖСН/БСН және аты-жөні (атауы) бірдей</translation>
    </message>
    <message>
        <location filename="../common/labels.py" line="134"/>
        <source>same name and settlement, similar substance</source>
        <translation>аты-жөні мен елді мекені бірдей, мәні ұқсас</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="14"/>
        <source>Assign (resolution)</source>
        <translation>Орындаушы тағайындау (бұрыштама)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="15"/>
        <source>Take into work</source>
        <translation>Жұмысқа алу</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="16"/>
        <source>Ask to correct the appeal (art. 64 part 6)</source>
        <translation>Жолданымды түзетуді сұрау (ӘРПК 64-бабының 6-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="17"/>
        <source>Corrected by the applicant</source>
        <translation>Арыз иесі түзетті</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="18"/>
        <source>Reports a crime or a threat to security (art. 64 part 7-2)</source>
        <translation>Қылмыстық құқық бұзушылық не қауіпсіздікке төнген қатер туралы мәліметтер бар (ӘРПК 64-бабының 7-2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="19"/>
        <source>Return the appeal (art. 64 part 7)</source>
        <translation>Жолданымды қайтару (ӘРПК 64-бабының 7-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="20"/>
        <source>File into the earlier case without an answer (art. 64 part 8)</source>
        <translation>Жауап бермей, бұрынғы іске қоса тігу (ӘРПК 64-бабының 8-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="21"/>
        <source>Forward the whole appeal (art. 65 part 1)</source>
        <translation>Жолданымды толығымен әрі қарай жолдау (ӘРПК 65-бабының 1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="22"/>
        <source>Forward some requests (art. 65 part 2)</source>
        <translation>Жекелеген өтінішхаттарды, талаптарды әрі қарай жолдау (ӘРПК 65-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="23"/>
        <source>Withdrawn by the applicant (art. 64 part 9)</source>
        <translation>Арыз иесі кері қайтарып алды (ӘРПК 64-бабының 9-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="24"/>
        <source>Extend the term (art. 76 part 3)</source>
        <translation>Мерзімді ұзарту (ӘРПК 76-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="25"/>
        <source>Notify the preliminary decision (art. 73)</source>
        <translation>Алдын ала шешім туралы хабардар ету (ӘРПК 73-бабы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="26"/>
        <source>No hearing: exception of art. 73 part 2</source>
        <translation>Тыңдаусыз: ӘРПК 73-бабының 2-бөлігіндегі ерекшелік</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="27"/>
        <source>Objection received (art. 73 part 3)</source>
        <translation>Қарсылық түсті (ӘРПК 73-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="28"/>
        <source>Motion for an oral hearing (art. 73 part 3)</source>
        <translation>Ауызша нысанда тыңдау туралы өтінішхат (ӘРПК 73-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="29"/>
        <source>Oral hearing held (art. 74)</source>
        <translation>Ауызша нысанда тыңдау өткізілді (ӘРПК 74-бабы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="30"/>
        <source>Protocol signed (art. 74 part 4)</source>
        <translation>Хаттамаға қол қойылды (ӘРПК 74-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="31"/>
        <source>Protocol read by the participant (art. 74 part 5)</source>
        <translation>Қатысушы хаттамамен танысты (ӘРПК 74-бабының 5-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="32"/>
        <source>Remarks on the protocol (art. 74 part 6)</source>
        <translation>Хаттамаға ескертулер (ӘРПК 74-бабының 6-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="33"/>
        <source>Decision (art. 77, art. 89)</source>
        <translation>Шешім (ӘРПК 77, 89-баптары)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="34"/>
        <source>Terminate the procedure (art. 70, art. 88)</source>
        <translation>Рәсімді тоқтату (ӘРПК 70, 88-баптары)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="35"/>
        <source>Recusal declared (art. 67)</source>
        <translation>Қарсылық білдіру мәлімделді (ӘРПК 67-бабы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="36"/>
        <source>Decide the recusal (art. 67)</source>
        <translation>Қарсылық білдіру туралы шешім қабылдау (ӘРПК 67-бабы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="37"/>
        <source>Notice sent to the participant</source>
        <translation>Қатысушыға хабарлама жіберілді</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="38"/>
        <source>Access to the file requested (art. 75)</source>
        <translation>Іс материалдарымен танысу туралы өтінішхат түсті (ӘРПК 75-бабы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="39"/>
        <source>Access to the file given (art. 75)</source>
        <translation>Іс материалдарымен танысу мүмкіндігі берілді (ӘРПК 75-бабы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="40"/>
        <source>Correction of a clerical error requested (art. 82)</source>
        <translation>Қате жазуды түзету туралы өтінішхат түсті (ӘРПК 82-бабы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="41"/>
        <source>Clerical error corrected (art. 82)</source>
        <translation>Қате жазу түзетілді (ӘРПК 82-бабы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="42"/>
        <source>Decision delivered to the participant (art. 81)</source>
        <translation>Шешім қатысушының назарына жеткізілді (ӘРПК 81-бабы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="43"/>
        <source>Act executed (art. 86)</source>
        <translation>Акт орындалды (ӘРПК 86-бабы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="44"/>
        <source>Reverse the latest action</source>
        <translation>Соңғы әрекеттің күшін жою</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="47"/>
        <source>Term of consideration</source>
        <translation>Қарау мерзімі</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="48"/>
        <source>Internal date of the resolution</source>
        <translation>Бұрыштаманың ішкі мерзімі</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="49"/>
        <source>Assign, or forward if not ours (art. 65 part 1)</source>
        <translation>Орындаушы тағайындау не өкілеттікке кірмесе, әрі қарай жолдау (ӘРПК 65-бабының 1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="50"/>
        <source>Forward at once: crime or security (art. 64 part 7-2)</source>
        <translation>Дереу әрі қарай жолдау: қылмыс не қауіпсіздікке қатер (ӘРПК 64-бабының 7-2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="51"/>
        <source>Applicant&apos;s period to correct (art. 64 part 6)</source>
        <translation>Арыз иесінің түзету мерзімі (ӘРПК 64-бабының 6-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="52"/>
        <source>Return with reasons (art. 64 part 7)</source>
        <translation>Себептерін көрсетіп қайтару (ӘРПК 64-бабының 7-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="53"/>
        <source>Notice of the extension (art. 76 part 3)</source>
        <translation>Мерзімді ұзарту туралы хабарлама (ӘРПК 76-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="54"/>
        <source>Notice of the termination (art. 70 part 3)</source>
        <translation>Тоқтату туралы хабарлама (ӘРПК 70-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="55"/>
        <source>Earliest day for the act after the notice (art. 73 part 1)</source>
        <translation>Хабарламадан кейін актіні қабылдаудың ең ерте күні (ӘРПК 73-бабының 1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="56"/>
        <source>Participant&apos;s objection (art. 73 part 3)</source>
        <translation>Қатысушының қарсылығы (ӘРПК 73-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="57"/>
        <source>Participant&apos;s motion for an oral hearing (art. 73 part 3)</source>
        <translation>Қатысушының ауызша нысанда тыңдау туралы өтінішхаты (ӘРПК 73-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="58"/>
        <source>Hearing protocol signed (art. 74 part 4)</source>
        <translation>Тыңдау хаттамасына қол қою (ӘРПК 74-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="59"/>
        <source>Participant&apos;s remarks on the protocol (art. 74 part 6)</source>
        <translation>Қатысушының хаттамаға ескертулері (ӘРПК 74-бабының 6-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="60"/>
        <source>Decision on the recusal (art. 67 part 3)</source>
        <translation>Қарсылық білдіру туралы шешім (ӘРПК 67-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="61"/>
        <location filename="../case/workflow_labels.py" line="147"/>
        <source>Notice of the recusal decision (art. 67 part 11)</source>
        <translation>Қарсылық білдіру жөніндегі шешім туралы хабарлама (ӘРПК 67-бабының 11-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="62"/>
        <source>Access to the case file (art. 75 part 1)</source>
        <translation>Әкімшілік іс материалдарымен танысу (ӘРПК 75-бабының 1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="63"/>
        <source>Correction of a clerical error (art. 82 part 3)</source>
        <translation>Қате жазуды түзету (ӘРПК 82-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="64"/>
        <source>Corrected copy sent (art. 82 part 5)</source>
        <translation>Түзетілген көшірмені жіберу (ӘРПК 82-бабының 5-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="65"/>
        <source>Execution of the act (art. 86 part 3)</source>
        <translation>Актіні орындау (ӘРПК 86-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="68"/>
        <source>running</source>
        <translation>жүріп жатыр</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="69"/>
        <source>missed, still open</source>
        <translation>мерзімі өтті, әлі орындалмаған</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="70"/>
        <source>done in time</source>
        <translation>мерзімінде орындалды</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="71"/>
        <source>done late</source>
        <translation>кешіктіріліп орындалды</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="72"/>
        <source>no longer needed</source>
        <translation>қажеттілігі жойылды</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="73"/>
        <source>period over</source>
        <translation>мерзімі аяқталды</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="76"/>
        <source>Administrative act, favourable</source>
        <translation>Әкімшілік акт, қолайлы</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="77"/>
        <source>Administrative act, burdening</source>
        <translation>Әкімшілік акт, ауыртпалық түсіретін</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="78"/>
        <source>Answer (art. 89 part 1 1))</source>
        <translation>Жауап (ӘРПК 89-бабы 1-бөлігінің 1) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="79"/>
        <source>Taken into consideration (art. 89 part 1 2))</source>
        <translation>Назарға алынды (ӘРПК 89-бабы 1-бөлігінің 2) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="80"/>
        <source>Termination of the procedure</source>
        <translation>Әкімшілік рәсімді тоқтату</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="81"/>
        <source>Return of the appeal</source>
        <translation>Жолданымды қайтару</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="82"/>
        <source>Forwarded to the competent body</source>
        <translation>Уәкілетті органға әрі қарай жолданды</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="83"/>
        <source>Withdrawal by the applicant</source>
        <translation>Арыз иесінің кері қайтарып алуы</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="84"/>
        <source>Filed into the earlier case without an answer</source>
        <translation>Жауап берілмей бұрынғы істің материалдарына қоса тігілді</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="87"/>
        <source>Clarified</source>
        <translation>Түсіндірілді</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="88"/>
        <location filename="../eotinish/labels.py" line="18"/>
        <source>Satisfied</source>
        <translation>Қанағаттандырылды</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="89"/>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="90"/>
        <source>Partly satisfied</source>
        <translation>Ішінара қанағаттандырылды</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="93"/>
        <source>The period to correct expired (art. 64 part 7 1))</source>
        <translation>Түзету мерзімі өтті (ӘРПК 64-бабы 7-бөлігінің 1) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="94"/>
        <source>Repeat appeal without new arguments after a terminated procedure (art. 64 part 7 2))</source>
        <translation>Рәсім тоқтатылғаннан кейін жаңа дәлелдерсіз қайта берілген жолданым (ӘРПК 64-бабы 7-бөлігінің 2) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="95"/>
        <source>Obscene or abusive language (art. 64 part 7 2))</source>
        <translation>Былапыт не балағат сөздер (ӘРПК 64-бабы 7-бөлігінің 2) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="96"/>
        <source>A decision on the same subject and grounds already exists (art. 70 part 1 1))</source>
        <translation>Сол нысана туралы және сол негіздер бойынша шешім бар (ӘРПК 70-бабы 1-бөлігінің 1) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="97"/>
        <source>A court act in force on the same subject (art. 70 part 1 2))</source>
        <translation>Сол нысана туралы заңды күшіне енген сот актісі бар (ӘРПК 70-бабы 1-бөлігінің 2) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="98"/>
        <source>Returned after the period to correct (art. 70 part 1 3))</source>
        <translation>Түзету мерзімі өткеннен кейін қайтарылды (ӘРПК 70-бабы 1-бөлігінің 3) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="99"/>
        <source>Withdrawn by the applicant (art. 70 part 1 4))</source>
        <translation>Арыз иесі кері қайтарып алды (ӘРПК 70-бабы 1-бөлігінің 4) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="100"/>
        <source>Other grounds provided by law (art. 70 part 1 5))</source>
        <translation>Заңдарда көзделген өзге де негіздер (ӘРПК 70-бабы 1-бөлігінің 5) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="101"/>
        <source>Repeat without new arguments, already answered (art. 88 part 1 1))</source>
        <translation>Жаңа дәлелдерсіз қайталама жолданым, жауап бұрын берілген (ӘРПК 88-бабы 1-бөлігінің 1) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="102"/>
        <source>Author unidentifiable, no signature or postal address (art. 88 part 1 2))</source>
        <translation>Авторын анықтау мүмкін емес, қолтаңбасы немесе пошталық мекенжайы жоқ (ӘРПК 88-бабы 1-бөлігінің 2) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="103"/>
        <source>The substance is not stated (art. 88 part 1 3))</source>
        <translation>Мәселенің мәні баяндалмаған (ӘРПК 88-бабы 1-бөлігінің 3) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="104"/>
        <source>Withdrawn by the applicant (art. 88 part 1 4))</source>
        <translation>Арыз иесі кері қайтарып алды (ӘРПК 88-бабы 1-бөлігінің 4) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="105"/>
        <source>Took part as a participant or representative (art. 67 part 1 1))</source>
        <translation>Қатысушы немесе өкіл ретінде қатысқан (ӘРПК 67-бабы 1-бөлігінің 1) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="106"/>
        <source>Relative, spouse or in-law of a participant (art. 67 part 1 2))</source>
        <translation>Қатысушының жақын туысы, жұбайы (зайыбы) немесе жекжаты (ӘРПК 67-бабы 1-бөлігінің 2) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="107"/>
        <source>Dependent on a participant (art. 67 part 1 3))</source>
        <translation>Қатысушыға тәуелді (ӘРПК 67-бабы 1-бөлігінің 3) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="108"/>
        <source>Interested in the outcome, or doubt of impartiality (art. 67 part 1 4))</source>
        <translation>Істің нәтижесіне мүдделі не әділдігіне күмән бар (ӘРПК 67-бабы 1-бөлігінің 4) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="111"/>
        <source>1) a favourable act that affects no one else</source>
        <translation>1) басқа адамдардың құқықтарын қозғамайтын қолайлы акт</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="112"/>
        <source>2) enforcement proceedings</source>
        <translation>2) атқарушылық іс жүргізу</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="113"/>
        <source>3) the law sets a term under five working days</source>
        <translation>3) заңнамада бес жұмыс күнінен аз мерзім белгіленген</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="114"/>
        <source>4) the act must be adopted at once (the act states why)</source>
        <translation>4) актіні дереу қабылдау талап етіледі (себебі актіде көрсетіледі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="115"/>
        <source>5) the participant asked for it</source>
        <translation>5) қатысушы бұл туралы өтінішхат берген</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="116"/>
        <source>6) simplified procedure</source>
        <translation>6) оңайлатылған әкімшілік рәсім</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="117"/>
        <source>7) an automated decision without administrative choice</source>
        <translation>7) әкімшілік таңдаусыз автоматтандырылған шешім</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="118"/>
        <source>8) a court act in force bars the activity</source>
        <translation>8) заңды күшіне енген сот актісі қызметке тыйым салады</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="119"/>
        <source>9) refusal to register for a personal reception</source>
        <translation>9) жеке қабылдауға тіркеуден бас тарту</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="120"/>
        <source>10) termination under art. 88 part 1</source>
        <translation>10) ӘРПК 88-бабының 1-бөлігі бойынша тоқтату</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="123"/>
        <source>In writing</source>
        <translation>Жазбаша</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="124"/>
        <source>Orally, in person</source>
        <translation>Ауызша, жеке қатысып</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="125"/>
        <source>By videoconference</source>
        <translation>Бейнеконференц-байланыс арқылы</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="126"/>
        <source>Through an information system</source>
        <translation>Ақпараттық жүйе арқылы</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="129"/>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="130"/>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="131"/>
        <source>Partly accepted</source>
        <translation>Ішінара қабылданды</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="134"/>
        <source>Due today, every clock</source>
        <translation>Бүгін, барлық мерзімдер</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="135"/>
        <source>Overdue, every clock</source>
        <translation>Мерзімі өткен, барлық мерзімдер</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="136"/>
        <source>Due within {n} working days, every clock</source>
        <translation>{n} жұмыс күні ішінде, барлық мерзімдер</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="139"/>
        <source>Administrative act (art. 80)</source>
        <translation>Әкімшілік акт (ӘРПК 80-бабы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="140"/>
        <source>Answer (art. 89)</source>
        <translation>Жауап (ӘРПК 89-бабы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="141"/>
        <source>Notice: correct the appeal (art. 64 part 6)</source>
        <translation>Хабарлама: жолданымды түзету (ӘРПК 64-бабының 6-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="142"/>
        <source>Notice of return (art. 64 part 7)</source>
        <translation>Қайтару туралы хабарлама (ӘРПК 64-бабының 7-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="143"/>
        <source>Notice of forwarding (art. 65)</source>
        <translation>Әрі қарай жолдау туралы хабарлама (ӘРПК 65-бабы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="144"/>
        <source>Notice of extension (art. 76 part 3)</source>
        <translation>Мерзімді ұзарту туралы хабарлама (ӘРПК 76-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="145"/>
        <source>Preliminary decision and hearing (art. 73)</source>
        <translation>Алдын ала шешім және тыңдау (ӘРПК 73-бабы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="146"/>
        <source>Notice of termination (art. 70 part 3)</source>
        <translation>Тоқтату туралы хабарлама (ӘРПК 70-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="148"/>
        <source>Protocol of an oral appeal (art. 63 part 1)</source>
        <translation>Ауызша жолданым хаттамасы (ӘРПК 63-бабының 1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="149"/>
        <source>Protocol of an oral hearing (art. 74)</source>
        <translation>Ауызша нысанда тыңдау хаттамасы (ӘРПК 74-бабы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="158"/>
        <source>Decision on the complaint (art. 100–101)</source>
        <translation>Шағым бойынша шешім (ӘРПК 100, 101-баптары)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="159"/>
        <source>Letter sending the complaint and the case file (art. 91 part 4)</source>
        <translation>Шағымды және әкімшілік істі жіберу туралы ілеспе хат (ӘРПК 91-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="174"/>
        <source>Decision on the petition (art. 90-6)</source>
        <translation>Петицияны қарау нәтижелері бойынша шешім (ӘРПК 90-6-бабы)</translation>
    </message>
    <message>
        <location filename="../case/workflow_labels.py" line="175"/>
        <source>Reception schedule (art. 90 part 3)</source>
        <translation>Қабылдау кестесі (ӘРПК 90-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="8"/>
        <source>Send the complaint with the case file to the complaint body (art. 91 part 4)</source>
        <translation>Шағымды әкімшілік іспен бірге шағымды қарайтын органға жіберу (ӘРПК 91-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="9"/>
        <source>Satisfy the complaint fully ourselves (art. 91 part 4)</source>
        <translation>Шағымды өзіміз толық қанағаттандыру (ӘРПК 91-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="10"/>
        <source>Decision of the complaint body received (art. 100 part 4)</source>
        <translation>Шағымды қарайтын органның шешімі түсті (ӘРПК 100-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="11"/>
        <source>Motion to restore the filing term (art. 92 part 2)</source>
        <translation>Шағым беру мерзімін қалпына келтіру туралы өтінішхат (ӘРПК 92-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="12"/>
        <source>Decision on the complaint (art. 100)</source>
        <translation>Шағым бойынша шешім (ӘРПК 100-бабы)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="13"/>
        <source>Decision sent to the participant, copy to the challenged body (art. 100 part 4)</source>
        <translation>Шешім қатысушыға, көшірмесі шағым жасалатын органға жіберілді (ӘРПК 100-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="14"/>
        <source>Court case recorded (art. 100 part 6)</source>
        <translation>Сот ісі туралы мәлімет енгізілді (ӘРПК 100-бабының 6-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="16"/>
        <source>Complaint facts: when learned, when filed, rights explained, whose act (art. 92, 93, art. 94 part 2)</source>
        <translation>Шағым мән-жайлары: қашан белгілі болды, қашан берілді, құқықтар түсіндірілді, кімнің актісі (ӘРПК 92, 93-баптары, 94-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="29"/>
        <source>Send the complaint on, or satisfy it fully</source>
        <translation>Шағымды жіберу не оны толық қанағаттандыру</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="30"/>
        <source>Send the complaint back to the challenged body (art. 100 part 2)</source>
        <translation>Шағымды шағым жасалатын органға жіберу (ӘРПК 100-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="31"/>
        <source>Notice: complaint left without consideration (art. 95 part 2)</source>
        <translation>Хабарлама: шағым қараусыз қалдырылды (ӘРПК 95-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="36"/>
        <source>1) Revoke the act</source>
        <translation>1) Актінің күшін жою</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="37"/>
        <source>2) Revoke the act and adopt a new act</source>
        <translation>2) Актінің күшін жою және жаңа акт қабылдау</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="38"/>
        <source>3) Take the administrative action</source>
        <translation>3) Әкімшілік әрекетті жасау</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="39"/>
        <source>4) Leave the complaint unsatisfied</source>
        <translation>4) Шағымды қанағаттандырусыз қалдыру</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="40"/>
        <source>5) Send it back to the challenged body with the violations found</source>
        <translation>5) Анықталған бұзушылықтарды көрсетіп, шағым жасалатын органға жіберу</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="41"/>
        <source>6) Leave the complaint without consideration (art. 95)</source>
        <translation>6) Шағымды қараусыз қалдыру (ӘРПК 95-бабы)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="47"/>
        <source>Sent to the complaint body with the case file (art. 91 part 4)</source>
        <translation>Әкімшілік іспен бірге шағымды қарайтын органға жіберілді (ӘРПК 91-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="43"/>
        <location filename="../complaint/labels.py" line="48"/>
        <source>Satisfied by the challenged body itself (art. 91 part 4)</source>
        <translation>Шағым жасалатын органның өзі қанағаттандырды (ӘРПК 91-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="15"/>
        <source>The challenged official heard (art. 98 part 3)</source>
        <translation>Шағым жасалатын лауазымды адам тыңдалды (ӘРПК 98-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="18"/>
        <source>Execution suspended by a complaint (art. 96 part 1)</source>
        <translation>Шағым берілуіне байланысты актінің орындалуы тоқтатыла тұрды (ӘРПК 96-бабының 1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="19"/>
        <source>Execution resumed after the complaint</source>
        <translation>Шағым қаралғаннан кейін актінің орындалуы қайта жалғастырылды</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="20"/>
        <source>Not executed: the complaint&apos;s outcome (art. 100 part 4)</source>
        <translation>Акт орындалмайды: шағымды қарау нәтижесі (ӘРПК 100-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="21"/>
        <source>Reopened by a binding decision on a complaint (art. 100 part 4)</source>
        <translation>Шағым бойынша міндетті шешіммен қайта ашылды (ӘРПК 100-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="25"/>
        <source>Consider the case again (art. 100 part 1 5))</source>
        <translation>Істі қайта қарау (ӘРПК 100-бабы 1-бөлігінің 5) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="26"/>
        <source>Carry out the new act or the action (art. 100 part 4)</source>
        <translation>Жаңа актіні немесе әрекетті орындау (ӘРПК 100-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="32"/>
        <source>Reopened case: do what the binding decision obliges (art. 100 part 4)</source>
        <translation>Қайта ашылған іс: міндетті шешім талап еткенді орындау (ӘРПК 100-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="42"/>
        <source>No decision in term: deemed refused (art. 100 part 5)</source>
        <translation>Мерзімінде шешім қабылданбады: шағымды қанағаттандырудан бас тартылды деп есептеледі (ӘРПК 100-бабының 5-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="52"/>
        <source>Execution paused while the complaint runs</source>
        <translation>Шағым қаралып жатқанда орындалуы тоқтатыла тұрады</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="53"/>
        <source>Execution resumed</source>
        <translation>Орындалуы қайта жалғастырылды</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="54"/>
        <source>Not executed (revoked, replaced or sent back)</source>
        <translation>Орындалмайды (күші жойылды, жаңа актімен ауыстырылды немесе шағым жасалатын органға жіберілді)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="57"/>
        <source>Material circumstances wrongly defined or not established (art. 100 part 3)</source>
        <translation>Маңызы бар мән-жайлардың ауқымы дұрыс айқындалмаған немесе анықталмаған (ӘРПК 100-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="58"/>
        <source>The act or action does not match the case materials (art. 100 part 3)</source>
        <translation>Акт немесе әрекет мазмұны іс материалдарына сәйкес келмейді (ӘРПК 100-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="59"/>
        <source>Legislation breached or misapplied (art. 100 part 3)</source>
        <translation>Заңнама бұзылған немесе дұрыс қолданылмаған (ӘРПК 100-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="60"/>
        <source>A decision on a complaint on the same subject and grounds exists (art. 95 part 1 1))</source>
        <translation>Сол нысана туралы және сол негіздер бойынша шағым бойынша шешім бар (ӘРПК 95-бабы 1-бөлігінің 1) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="61"/>
        <source>A court act in force on the same subject and grounds (art. 95 part 1 2))</source>
        <translation>Сол нысана туралы және сол негіздер бойынша заңды күшіне енген сот актісі бар (ӘРПК 95-бабы 1-бөлігінің 2) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="62"/>
        <source>The complaint was returned (art. 95 part 1 3))</source>
        <translation>Шағым қайтарылды (ӘРПК 95-бабы 1-бөлігінің 3) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="63"/>
        <source>The withdrawal of the complaint accepted (art. 95 part 1 4))</source>
        <translation>Шағымды кері қайтарып алу қабылданды (ӘРПК 95-бабы 1-бөлігінің 4) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="64"/>
        <source>An administrative claim on the same matter is before a court (art. 95 part 1 5))</source>
        <translation>Сол мәселе бойынша соттың қарауында жатқан әкімшілік талап қою бар (ӘРПК 95-бабы 1-бөлігінің 5) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="65"/>
        <source>Withdrawn before it was sent on (art. 64 part 9, art. 94 part 1)</source>
        <translation>Шағымды қарайтын органға жіберілгенге дейін кері қайтарып алынды (ӘРПК 64-бабының 9-бөлігі, 94-бабының 1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="68"/>
        <source>Our act or action is challenged: send it on or satisfy it (art. 91 part 4)</source>
        <translation>Біздің актімізге немесе әрекетімізге шағым жасалды: шағымды жіберу не қанағаттандыру (ӘРПК 91-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="69"/>
        <source>We consider the complaint as the complaint body (art. 91 part 3)</source>
        <translation>Шағымды шағымды қарайтын орган ретінде біз қараймыз (ӘРПК 91-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="72"/>
        <source>Our act challenged</source>
        <translation>Біздің актімізге шағым</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="73"/>
        <source>We consider it</source>
        <translation>Шағымды біз қараймыз</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="76"/>
        <source>Administrative act</source>
        <translation>Әкімшілік акт</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="77"/>
        <source>Administrative action</source>
        <translation>Әкімшілік әрекет</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="78"/>
        <source>Inaction</source>
        <translation>Әрекетсіздік</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="81"/>
        <source>Execution suspended (art. 96 part 1)</source>
        <translation>Орындалуы тоқтатыла тұрды (ӘРПК 96-бабының 1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="82"/>
        <source>Not suspended</source>
        <translation>Тоқтатыла тұрмайды</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="83"/>
        <source>Nothing to suspend (inaction)</source>
        <translation>Тоқтата тұратын ештеңе жоқ (әрекетсіздік)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="84"/>
        <source>Suspension ended</source>
        <translation>Тоқтата тұру аяқталды</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="87"/>
        <source>1) protection of rights, public or state interests</source>
        <translation>1) құқықтарды, қоғамдық немесе мемлекеттік мүдделерді қорғау</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="88"/>
        <source>2) financial regulator, National Bank or budget audit act</source>
        <translation>2) қаржы нарығын реттеу органының, Ұлттық Банктің немесе мемлекеттік аудит органының актісі</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="89"/>
        <source>3) another case provided by law</source>
        <translation>3) заңдарда көзделген өзге де жағдай</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="92"/>
        <source>Illness</source>
        <translation>Ауру</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="93"/>
        <source>Force majeure</source>
        <translation>Еңсерілмейтін күш</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="94"/>
        <source>Another reason that made filing impossible</source>
        <translation>Шағым беру мүмкіндігінен айырған өзге себеп</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="97"/>
        <source>Term restored (art. 92 part 2)</source>
        <translation>Мерзім қалпына келтірілді (ӘРПК 92-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="98"/>
        <source>Restoration refused (art. 92 part 2)</source>
        <translation>Мерзімді қалпына келтіруден бас тартылды (ӘРПК 92-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="101"/>
        <source>A favourable administrative act</source>
        <translation>Қолайлы әкімшілік акт</translation>
    </message>
    <message>
        <location filename="../complaint/labels.py" line="102"/>
        <source>An administrative action</source>
        <translation>Әкімшілік әрекет</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="8"/>
        <source>Site visit, or why none is needed (art. 90-5 part 2)</source>
        <translation>Сол жерге бару немесе оның неге қажет еместігі (ӘРПК 90-5-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="9"/>
        <source>Set the public discussion of the draft decision (art. 90-5 part 2)</source>
        <translation>Шешім жобасын жария талқылауды тағайындау (ӘРПК 90-5-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="10"/>
        <source>Discussion announced to the author and interested persons</source>
        <translation>Арыз иесі мен мүдделі тұлғалар талқылау туралы хабардар етілді</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="11"/>
        <source>Public discussion held</source>
        <translation>Жария талқылау өткізілді</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="12"/>
        <source>Temporary commission or working group formed (art. 90-5 part 2)</source>
        <translation>Уақытша комиссия немесе жұмыс тобы құрылды (ӘРПК 90-5-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="13"/>
        <source>Decision of the first head (art. 90-6)</source>
        <translation>Бірінші басшының шешімі (ӘРПК 90-6-бабы)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="14"/>
        <source>Decision published on the internet resource (art. 90-6 part 3)</source>
        <translation>Шешім интернет-ресурста орналастырылды (ӘРПК 90-6-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="15"/>
        <source>Official statement of the first head (art. 90-6 part 3)</source>
        <translation>Бірінші басшының ресми хабарламасы (ӘРПК 90-6-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="16"/>
        <source>Registered from a personal reception (art. 90 part 4)</source>
        <translation>Жеке қабылдау нәтижесі бойынша тіркелді (ӘРПК 90-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="19"/>
        <source>Invite to the public discussion, 3 working days before (art. 90-5 part 2)</source>
        <translation>Жария талқылау басталғанға дейін 3 жұмыс күні қалғанда шақыру (ӘРПК 90-5-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="20"/>
        <source>Publish the decision by the next working day (art. 90-6 part 3)</source>
        <translation>Шешімді келесі жұмыс күнінен кешіктірмей орналастыру (ӘРПК 90-6-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="23"/>
        <source>Petition satisfied fully (art. 90-6 part 1 1))</source>
        <translation>Петиция толық қанағаттандырылды (ӘРПК 90-6-бабы 1-бөлігінің 1) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="24"/>
        <source>Petition satisfied partly (art. 90-6 part 1 1))</source>
        <translation>Петиция ішінара қанағаттандырылды (ӘРПК 90-6-бабы 1-бөлігінің 1) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../petition/labels.py" line="25"/>
        <source>Petition refused (art. 90-6 part 1 2))</source>
        <translation>Петицияны қанағаттандырудан бас тартылды (ӘРПК 90-6-бабы 1-бөлігінің 2) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="7"/>
        <source>Booked</source>
        <translation>Жазылды</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="8"/>
        <source>Refused (art. 73 part 2 9))</source>
        <translation>Бас тартылды (ӘРПК 73-бабы 2-бөлігінің 9) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="9"/>
        <source>Cancelled</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="10"/>
        <source>Moved to another time</source>
        <translation>Басқа уақытқа ауыстырылды</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="11"/>
        <source>Received</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="12"/>
        <source>Did not come</source>
        <translation>Келмеді</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="15"/>
        <source>Resolved and explained at the reception</source>
        <translation>Қабылдау кезінде шешілді және түсіндірілді</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="16"/>
        <source>A written appeal is needed (art. 90 part 4)</source>
        <translation>Жазбаша жолданым қажет (ӘРПК 90-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="17"/>
        <source>Not our competence: told where to go</source>
        <translation>Біздің құзыретімізге жатпайды: қайда жүгіну керектігі түсіндірілді</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="20"/>
        <source>Land</source>
        <translation>Жер</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="21"/>
        <source>Housing</source>
        <translation>Тұрғын үй</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="22"/>
        <source>Water, power, heating, waste</source>
        <translation>Су, электр энергиясы, жылу, қалдықтар</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="23"/>
        <source>Roads and transport</source>
        <translation>Жолдар және көлік</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="24"/>
        <source>Social support</source>
        <translation>Әлеуметтік қолдау</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="25"/>
        <source>Education and health</source>
        <translation>Білім беру және денсаулық сақтау</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="10"/>
        <source>Enter the e-Otinish number (art. 69 part 3)</source>
        <translation>e-Otinish нөмірін енгізу (ӘРПК 69-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="11"/>
        <source>Correct the e-Otinish number (art. 69 part 3)</source>
        <translation>e-Otinish нөмірін түзету (ӘРПК 69-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="12"/>
        <source>Applicant&apos;s feedback on the answer</source>
        <translation>Арыз иесінің жауапқа берген бағасы</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="13"/>
        <source>e-Otinish marked as down</source>
        <translation>e-Otinish жұмыс істемейді деп белгіленді</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="14"/>
        <source>e-Otinish marked as working again</source>
        <translation>e-Otinish қайта жұмыс істейді деп белгіленді</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="15"/>
        <source>Columns of the e-Otinish register saved</source>
        <translation>e-Otinish тізілімінің бағандары сақталды</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="19"/>
        <source>Neutral</source>
        <translation>Бейтарап</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="20"/>
        <source>Not satisfied</source>
        <translation>Қанағаттанбады</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="24"/>
        <location filename="../reception/labels.py" line="29"/>
        <source>At the counter</source>
        <translation>Жеке келіп</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="23"/>
        <location filename="../reception/labels.py" line="30"/>
        <source>By phone</source>
        <translation>Телефон арқылы</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="33"/>
        <source>{official}: no reception in {month} (art. 90 part 3: at least once a month)</source>
        <translation>{official}: {month} айында қабылдау жоқ (ӘРПК 90-бабының 3-бөлігі: айына бір реттен сиретпей)</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="34"/>
        <source>{official}: the reception on {day} falls on a non-working day</source>
        <translation>{official}: {day} күнгі қабылдау жұмыс істемейтін күнге түседі</translation>
    </message>
    <message>
        <location filename="../reception/labels.py" line="35"/>
        <source>{official}: the reception on {day} is not approved by the head yet</source>
        <translation>{official}: {day} күнгі қабылдауды басшы әлі бекітпеген</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="178"/>
        <source>it was not returned as a repeat appeal (art. 64 part 8)</source>
        <translation>ол қайталама жолданым ретінде қайтарылмаған (ӘРПК 64-бабының 8-бөлігі)</translation>
    </message>
    <message>
        <location filename="../case/card_text.py" line="179"/>
        <source>it was not found when the appeal was saved</source>
        <translation>жолданым сақталған кезде ол табылмады</translation>
    </message>
</context>
<context>
    <name>LadderView</name>
    <message>
        <location filename="../case/ladder_view.py" line="39"/>
        <source>The term ran out without a decision: the complaint is deemed refused (art. 100 part 5); the participant may complain to another complaint body or go to court (art. 100 part 6).</source>
        <translation>Мерзім шешімсіз өтті: шағымды қанағаттандырудан бас тартылды деп есептеледі (ӘРПК 100-бабының 5-бөлігі); қатысушы шағымды қарайтын басқа органға шағым жасай алады немесе сотқа жүгіне алады (ӘРПК 100-бабының 6-бөлігі).</translation>
    </message>
    <message>
        <location filename="../case/ladder_view.py" line="41"/>
        <source>The term ran out without a decision: this is deemed a refusal, and the participant may complain (art. 91 part 2).</source>
        <translation>Мерзім шешімсіз өтті: бұл бас тарту деп есептеледі, әкімшілік рәсімге қатысушы шағым жасай алады (ӘРПК 91-бабының 2-бөлігі).</translation>
    </message>
    <message>
        <location filename="../case/ladder_view.py" line="43"/>
        <source>The term was extended (art. 76 part 3); it is counted to the new date.</source>
        <translation>Мерзім ұзартылды (ӘРПК 76-бабының 3-бөлігі); ол жаңа күнге дейін есептеледі.</translation>
    </message>
    <message>
        <location filename="../case/ladder_view.py" line="47"/>
        <source>Clock</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <location filename="../case/ladder_view.py" line="48"/>
        <source>From</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location filename="../case/ladder_view.py" line="49"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../case/ladder_view.py" line="50"/>
        <source>State</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <location filename="../case/ladder_view.py" line="51"/>
        <source>Working days left</source>
        <translation>Қалған жұмыс күндері</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../admin/login_dialog.py" line="67"/>
        <source>Zholdanym: log in</source>
        <translation>Zholdanym: жүйеге кіру</translation>
    </message>
    <message>
        <location filename="../admin/login_dialog.py" line="68"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../admin/login_dialog.py" line="68"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../admin/login_dialog.py" line="69"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../admin/login_dialog.py" line="71"/>
        <source>Log in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location filename="../admin/login_dialog.py" line="72"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../journal/menus.py" line="38"/>
        <source>Only the registrar or the administrator may register appeals.</source>
        <translation>Жолданымдарды тек тіркеуші немесе әкімші тіркей алады.</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="41"/>
        <source>Only the registrar or the administrator marks e-Otinish as down and reconciles with it.</source>
        <translation>e-Otinish жұмыс істемейді деп тек тіркеуші немесе әкімші белгілейді және онымен салыстырады.</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="43"/>
        <source>Choose an appeal in the journal first.</source>
        <translation>Алдымен журналдан жолданымды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="46"/>
        <source>The reports are for the head, the deputies, the head of the apparatus and the administrator.</source>
        <translation>Есептер басшыға, оның орынбасарларына, аппарат басшысына және әкімшіге арналған.</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="49"/>
        <source>You may view the calendar; only the administrator may change it.</source>
        <translation>Күнтізбені көре аласыз; оны тек әкімші өзгерте алады.</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="51"/>
        <source>You may view the users; only the administrator may add or change them.</source>
        <translation>Пайдаланушыларды көре аласыз; оларды тек әкімші қоса немесе өзгерте алады.</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="53"/>
        <source>You may view the backups; only the administrator may restore one.</source>
        <translation>Сақтық көшірмелерді көре аласыз; көшірмені тек әкімші қалпына келтіре алады.</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="55"/>
        <source>You may view the settings and choose your language; only the administrator may change the office&apos;s settings.</source>
        <translation>Баптауларды көріп, интерфейс тілін таңдай аласыз; аппарат баптауларын тек әкімші өзгерте алады.</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="74"/>
        <source>&amp;About Zholdanym…</source>
        <translation>Zholdanym &amp;туралы…</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="79"/>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Басшының тақтасы…</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="83"/>
        <source>&amp;Reports…</source>
        <translation>&amp;Есептер…</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="89"/>
        <source>&amp;Session</source>
        <translation>Жұмыс &amp;сеансы</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="90"/>
        <source>&amp;Appeals</source>
        <translation>&amp;Жолданымдар</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="93"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="94"/>
        <source>Re&amp;ports</source>
        <translation>&amp;Есептер</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="95"/>
        <source>A&amp;dministration</source>
        <translation>Ә&amp;кімшілік ету</translation>
    </message>
    <message>
        <location filename="../journal/menus.py" line="96"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../journal/main_window.py" line="73"/>
        <source>Zholdanym: journal of appeals</source>
        <translation>Zholdanym: жолданымдар журналы</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="106"/>
        <source>Search: number, applicant&apos;s name, IIN/BIN</source>
        <translation>Іздеу: нөмір, арыз иесінің аты, ЖСН/БСН</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="129"/>
        <source>My cases</source>
        <translation>Менің істерім</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="155"/>
        <source>Control of deadlines</source>
        <translation>Мерзімдерді бақылау</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="233"/>
        <source>Actions</source>
        <translation>Әрекеттер</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="237"/>
        <source>Register an appeal</source>
        <translation>Жолданымды тіркеу</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="238"/>
        <source>Open card</source>
        <translation>Карточканы ашу</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="239"/>
        <source>Talon</source>
        <translation>Талон</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="240"/>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="241"/>
        <source>Journal…</source>
        <translation>Журнал…</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="242"/>
        <source>Complaints…</source>
        <translation>Шағымдар…</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="243"/>
        <source>Reception…</source>
        <translation>Жеке қабылдау…</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="244"/>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="245"/>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="246"/>
        <source>Backups…</source>
        <translation>Сақтық көшірмелер…</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="247"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="260"/>
        <source>Reconcile with e-Otinish…</source>
        <translation>e-Otinish-пен салыстыру…</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="270"/>
        <source>Log out / switch user…</source>
        <translation>Жүйеден шығу / пайдаланушыны ауыстыру…</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="271"/>
        <source>Exit</source>
        <translation>Бағдарламадан шығу</translation>
    </message>
    <message>
        <location filename="../journal/main_window.py" line="299"/>
        <source>Appeals: {n}</source>
        <translation>Жолданымдар: {n}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../common/messages.py" line="16"/>
        <source>This field is required.</source>
        <translation>Бұл өрісті толтыру міндетті.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="17"/>
        <source>This IIN is not valid: it must have 12 digits, a real birth date and a correct check digit. Correct it or leave it empty (art. 63 part 2 1): &quot;if available&quot;).</source>
        <translation>Бұл ЖСН жарамсыз: ол 12 цифрдан тұруы, нақты туған күнді және дұрыс бақылау цифрын қамтуы тиіс. Оны түзетіңіз немесе бос қалдырыңыз (ӘРПК 63-бабы 2-бөлігінің 1) тармақшасы: «ол болған кезде»).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="18"/>
        <source>This BIN is not valid: it must have 12 digits and a correct check digit. Correct it or leave it empty.</source>
        <translation>Бұл БСН жарамсыз: ол 12 цифрдан тұруы және дұрыс бақылау цифрын қамтуы тиіс. Оны түзетіңіз немесе бос қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="19"/>
        <source>This e-mail address is not valid.</source>
        <translation>Бұл электрондық пошта мекенжайы жарамсыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="20"/>
        <source>This phone number is not valid.</source>
        <translation>Бұл телефон нөмірі жарамсыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="21"/>
        <source>The moment of receipt cannot be in the future.</source>
        <translation>Түсу уақыты болашақта бола алмайды.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="22"/>
        <source>The date written on the appeal is after the day it was received.</source>
        <translation>Жолданымда көрсетілген күн оның түскен күнінен кейін болып тұр.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="23"/>
        <source>A collective appeal has at least {min} signatories.</source>
        <translation>Ұжымдық жолданымға кемінде {min} адам қол қояды.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="24"/>
        <source>The number cannot be negative.</source>
        <translation>Сан теріс бола алмайды.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="25"/>
        <source>Pages are given but the number of attachments is zero.</source>
        <translation>Парақ саны көрсетілген, бірақ қосымшалар саны нөлге тең.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="26"/>
        <source>Wrong login or password.</source>
        <translation>Логин немесе құпиясөз қате.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="27"/>
        <source>Your role does not allow this action.</source>
        <translation>Сіздің рөліңіз бұл әрекетті орындауға рұқсат бермейді.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="28"/>
        <source>Too many wrong passwords: wait {seconds} s before the next try.</source>
        <translation>Құпиясөз тым көп рет қате терілді: келесі әрекетке дейін {seconds} секунд күтіңіз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="29"/>
        <source>This login is locked after too many wrong passwords until {until}; an administrator can unlock it sooner.</source>
        <translation>Құпиясөз тым көп рет қате терілгендіктен бұл логин {until} дейін бұғатталды; әкімші оны ертерек аша алады.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="30"/>
        <source>A login is letters, digits and . _ - @, at most {max} characters.</source>
        <translation>Логин әріптерден, цифрлардан және . _ - @ таңбаларынан тұрады, {max} таңбадан аспайды.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="31"/>
        <source>A password cannot be only spaces.</source>
        <translation>Құпиясөз тек бос орындардан тұра алмайды.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="32"/>
        <source>This password is among the first ones guessed: choose another (a few words with spaces are good).</source>
        <translation>Бұл құпиясөз алғашқылардың бірі болып табылады: басқасын таңдаңыз (бос орынмен бөлінген бірнеше сөз жақсы).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="33"/>
        <source>The password cannot be the login.</source>
        <translation>Құпиясөз логинмен бірдей бола алмайды.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="34"/>
        <source>The password has characters that cannot be typed.</source>
        <translation>Құпиясөзде теруге болмайтын таңбалар бар.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="35"/>
        <source>Choose a password other than the one you were given.</source>
        <translation>Сізге берілгеннен басқа құпиясөз таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="36"/>
        <source>The two new passwords differ.</source>
        <translation>Екі жаңа құпиясөз бір-бірінен өзгеше.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="37"/>
        <source>The office keeps at least one active administrator.</source>
        <translation>Аппаратта кемінде бір белсенді әкімші қалуы тиіс.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="38"/>
        <source>Another administrator changes your own account.</source>
        <translation>Өз тіркелгіңізді басқа әкімші өзгертеді.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="39"/>
        <source>There is no such user.</source>
        <translation>Мұндай пайдаланушы жоқ.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="40"/>
        <source>The password must have at least {min} characters.</source>
        <translation>Құпиясөз кемінде {min} таңбадан тұруы тиіс.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="41"/>
        <source>This login is already taken.</source>
        <translation>Бұл логин бос емес.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="42"/>
        <source>The number format cannot be read. Example: {year}-{seq:06d}</source>
        <translation>Нөмір форматын тану мүмкін емес. Мысалы: {year}-{seq:06d}</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="43"/>
        <source>The number format must contain {year} and {seq}, and may contain {prefix}.</source>
        <translation>Нөмір форматында {year} және {seq} болуы тиіс, сондай-ақ {prefix} болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="44"/>
        <source>Numbers in this format look like e-Otinish numbers or IINs. Add a separator.</source>
        <translation>Бұл форматтағы нөмірлер e-Otinish нөмірлеріне немесе ЖСН-ге ұқсайды. Бөлгіш таңба қосыңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="45"/>
        <source>The working day must end after it starts.</source>
        <translation>Жұмыс күні басталғаннан кейін аяқталуы тиіс.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="46"/>
        <source>Enter the time as HH:MM.</source>
        <translation>Уақытты СС:ММ түрінде енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="47"/>
        <source>The term must be from 1 to 366 days.</source>
        <translation>Мерзім 1 күннен 366 күнге дейін болуы тиіс.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="48"/>
        <source>This day already has an override. Revoke it first.</source>
        <translation>Бұл күнге ауыстыру бұрыннан енгізілген. Алдымен оның күшін жойыңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="49"/>
        <source>This override is already revoked.</source>
        <translation>Бұл ауыстырудың күші бұрын жойылған.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="50"/>
        <source>The office is already set up.</source>
        <translation>Аппарат бұрын бапталған.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="51"/>
        <source>The office is not set up yet.</source>
        <translation>Аппарат әлі бапталмаған.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="52"/>
        <source>The appeal was not found.</source>
        <translation>Жолданым табылмады.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="53"/>
        <source>The appeal is already left out of the statistics for this reason.</source>
        <translation>Жолданым осы негіз бойынша статистикадан шығарылған.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="54"/>
        <source>The appeal is counted in the statistics already.</source>
        <translation>Жолданым статистикада есептеліп тұр.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="55"/>
        <source>The database is busy in another program or workstation. Nothing was saved; what you typed is kept. Try again in a moment.</source>
        <translation>Дерекқорды басқа бағдарлама немесе жұмыс орны пайдаланып жатыр. Ештеңе сақталмады, бірақ енгізген деректеріңіз жоғалған жоқ. Сәлден кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="56"/>
        <source>The database cannot be reached. Nothing was saved; what you typed is kept. Check the disk or the network and try again.</source>
        <translation>Дерекқорға қол жеткізу мүмкін емес. Ештеңе сақталмады, бірақ енгізген деректеріңіз жоғалған жоқ. Дискіні немесе желіні тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="57"/>
        <source>Another workstation saved the same record at the same moment. Nothing was saved; what you typed is kept. Try again.</source>
        <translation>Басқа жұмыс орны дәл сол сәтте осы жазбаны сақтады. Ештеңе сақталмады; енгізгеніңіз сақталып тұр. Қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="58"/>
        <source>The database rejected a value (for example, a text that is too long). Nothing was saved; what you typed is kept.</source>
        <translation>Дерекқор мәнді қабылдамады (мысалы, мәтін тым ұзын). Ештеңе сақталмады; енгізгеніңіз сақталып тұр.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="59"/>
        <source>The database reported an error. Nothing was saved; what you typed is kept. If it happens again, tell the administrator.</source>
        <translation>Дерекқор қате туралы хабарлады. Ештеңе сақталмады; енгізгеніңіз сақталып тұр. Қайталанса, әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="60"/>
        <source>This file is not a database. Check the path: nothing was changed in it.</source>
        <translation>Бұл файл дерекқор емес. Жолды тексеріңіз: файлда ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="61"/>
        <source>This version must upgrade the database, and first makes a checked copy of it; the copy could not be made or failed its check ({detail}). Nothing was changed: the database is as it was. Free some disk space or check the backups folder, then start again.</source>
        <translation>Бұл нұсқа дерекқорды жаңартуы керек, әуелі оның тексерілген көшірмесін жасайды; көшірме жасалмады немесе тексеруден өтпеді ({detail}). Ештеңе өзгертілген жоқ: дерекқор бұрынғы күйінде. Дискіде орын босатыңыз немесе сақтық көшірмелер қалтасын тексеріңіз, содан кейін қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="62"/>
        <source>This database was upgraded by a newer version of Zholdanym ({detail}). This older version does not open it, so that nothing in it is misread or damaged: install the newer version on this computer.</source>
        <translation>Бұл дерекқорды Zholdanym-ның жаңа нұсқасы жаңартқан ({detail}). Ондағы ештеңе қате оқылмауы не бүлінбеуі үшін бұл ескі нұсқа оны ашпайды: осы компьютерге жаңа нұсқаны орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="63"/>
        <source>This database belongs to another program, not to Zholdanym. Check the path: nothing was changed in it.</source>
        <translation>Бұл дерекқор Zholdanym-ға емес, басқа бағдарламаға тиесілі. Жолды тексеріңіз: онда ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="64"/>
        <source>A port is a number from 1 to 65535 (PostgreSQL&apos;s is 5432).</source>
        <translation>Порт — 1-ден 65535-ке дейінгі сан (PostgreSQL порты — 5432).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="65"/>
        <source>The server refused this user and password. Check both, capital letters too.</source>
        <translation>Сервер бұл пайдаланушы мен құпиясөзді қабылдамады. Екеуін де, бас әріптерді де тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="66"/>
        <source>No computer of this name was found on the network. Check the server&apos;s name, or type its address (for example 192.168.1.10).</source>
        <translation>Желіде мұндай атаулы компьютер табылмады. Сервердің атауын тексеріңіз немесе оның мекенжайын енгізіңіз (мысалы, 192.168.1.10).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="67"/>
        <source>The server does not answer at this address and port {port}. Check that it is switched on, that PostgreSQL runs on it and that its firewall lets port {port} through.</source>
        <translation>Сервер осы мекенжай мен {port} портта жауап бермейді. Оның қосулы екенін, онда PostgreSQL жұмыс істеп тұрғанын және брандмауэрі {port} портты өткізетінін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="68"/>
        <source>The server does not accept connections from this computer. The IT person adds this computer&apos;s network to the server&apos;s pg_hba.conf file (see the README).</source>
        <translation>Сервер бұл компьютерден қосылуды қабылдамайды. IT маманы осы компьютердің желісін сервердегі pg_hba.conf файлына қосады (README қараңыз).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="69"/>
        <source>The server has no database of this name. Check the name the IT person gave.</source>
        <translation>Серверде мұндай атаулы дерекқор жоқ. IT маманы берген атауды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="70"/>
        <source>This database is not set up for Zholdanym yet: the IT person runs &quot;zholdanym setup-server&quot; on it first.</source>
        <translation>Бұл дерекқор Zholdanym үшін әлі дайындалмаған: алдымен IT маманы онда &quot;zholdanym setup-server&quot; командасын іске қосады.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="71"/>
        <source>This database belongs to another program, not to Zholdanym. Check the name the IT person gave: nothing was changed in it.</source>
        <translation>Бұл дерекқор Zholdanym-ға емес, басқа бағдарламаға тиесілі. IT маманы берген атауды тексеріңіз: онда ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="72"/>
        <source>The office server&apos;s database is of an older version of Zholdanym than this program. The IT person runs &quot;zholdanym setup-server&quot; of this version on the server first: it upgrades the database.</source>
        <translation>Мекеме серверіндегі дерекқор осы бағдарламадан гөрі Zholdanym-ның ескі нұсқасына арналған. Алдымен IT маманы серверде осы нұсқаның &quot;zholdanym setup-server&quot; командасын іске қосады: ол дерекқорды жаңартады.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="73"/>
        <source>The server could not be used: {detail}</source>
        <translation>Серверді пайдалану мүмкін болмады: {detail}</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="74"/>
        <source>The history of changes was altered after it was written: entry {row} was changed, or an entry before it was removed. The history can no longer be trusted as it stands. Tell the administrator: &quot;main.py check&quot; lists everything found, and the latest backup before the change holds the true history.</source>
        <translation>Өзгерістер тарихы жазылғаннан кейін өзгертілген: {row} жазбасы өзгертілген немесе одан бұрынғы жазба жойылған. Тарихқа қазіргі күйінде сенуге болмайды. Әкімшіге хабарлаңыз: &quot;main.py check&quot; табылғанның бәрін көрсетеді, ал өзгеріске дейінгі соңғы сақтық көшірмеде нақты тарих сақталған.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="75"/>
        <source>Issued document {number} no longer matches its entry in the history: it was changed after it was issued. Tell the administrator: &quot;main.py check&quot; lists everything found, and the latest backup before the change holds the true document.</source>
        <translation>Берілген {number} құжаты тарихтағы жазбасына енді сәйкес келмейді: ол берілгеннен кейін өзгертілген. Әкімшіге хабарлаңыз: &quot;main.py check&quot; табылғанның бәрін көрсетеді, ал өзгеріске дейінгі соңғы сақтық көшірмеде нақты құжат сақталған.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="76"/>
        <source>Issued document {number} was removed from the database; entry {row} of the history records its issue. Tell the administrator: &quot;main.py check&quot; lists everything found, and the latest backup holds the document.</source>
        <translation>Берілген {number} құжаты дерекқордан жойылған; оның берілгенін тарихтың {row} жазбасы тіркеген. Әкімшіге хабарлаңыз: &quot;main.py check&quot; табылғанның бәрін көрсетеді, ал соңғы сақтық көшірмеде құжат сақталған.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="77"/>
        <source>The automatic backup could not be made. Check the free space and the backup folder.</source>
        <translation>Автоматты сақтық көшірме жасалмады. Бос орынды және сақтық көшірмелер қалтасын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="78"/>
        <source>The new backup failed its check and was kept apart in backups/rejected; the earlier copies are kept. Run &quot;main.py check&quot; and tell the administrator.</source>
        <translation>Жаңа сақтық көшірме тексерістен өтпей, backups/rejected қалтасына бөлек қойылды; бұрынғы көшірмелер сақталды. &quot;main.py check&quot; іске қосып, әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="79"/>
        <source>The prefix is not used: add {prefix} to the number format, or leave the prefix empty.</source>
        <translation>Префикс пайдаланылмайды: нөмір форматына {prefix} қосыңыз немесе префиксті бос қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="80"/>
        <source>Unknown print medium.</source>
        <translation>Басып шығарудың белгісіз тәсілі.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="81"/>
        <source>The text is too long: at most {max} characters.</source>
        <translation>Мәтін тым ұзын: ең көбі {max} таңба.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="82"/>
        <source>Some fields need correcting; see the messages next to them.</source>
        <translation>Кейбір өрістерді түзету қажет; олардың жанындағы ескертулерді қараңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="83"/>
        <source>Unknown talon layout.</source>
        <translation>Талон макеті белгісіз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="85"/>
        <source>&quot;{action}&quot; is not possible while the appeal is &quot;{status}&quot;.</source>
        <translation>Жолданым &quot;{status}&quot; мәртебесінде тұрғанда &quot;{action}&quot; әрекетін орындау мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="86"/>
        <source>&quot;{action}&quot; may be done only by: {roles}.</source>
        <translation>&quot;{action}&quot; әрекетін тек мыналар орындай алады: {roles}.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="87"/>
        <source>Unknown action.</source>
        <translation>Белгісіз әрекет.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="88"/>
        <source>A receipt before {earliest} is a typing mistake: check the year.</source>
        <translation>{earliest} күнінен бұрын келіп түсу — теру қатесі: жылды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="89"/>
        <source>This field takes text.</source>
        <translation>Бұл өріске мәтін енгізіледі.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="90"/>
        <source>The text has characters that cannot be stored; type it again.</source>
        <translation>Мәтінде сақтауға болмайтын таңбалар бар; оны қайта теріңіз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="91"/>
        <source>This field takes a whole number.</source>
        <translation>Бұл өріске бүтін сан енгізіледі.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="92"/>
        <source>At most {max}.</source>
        <translation>Ең көбі {max}.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="93"/>
        <source>A deputy does not reverse what the akim decided; the akim reverses it.</source>
        <translation>Орынбасар әкімнің шешімін кері қайтармайды; оны әкімнің өзі кері қайтарады.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="94"/>
        <source>The case changed while the form was open ({action} by {by}, {at}): close it and reload the card, then act again.</source>
        <translation>Нысан ашық тұрғанда іс өзгерді ({at}, {by}: {action}): оны жауып, карточканы қайта ашыңыз да, әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="95"/>
        <source>This form has no such field; nothing was saved.</source>
        <translation>Бұл нысанда мұндай өріс жоқ; ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="96"/>
        <source>The date cannot be in the future.</source>
        <translation>Күн болашақта бола алмайды.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="97"/>
        <source>The date cannot be before the registration of the appeal.</source>
        <translation>Күн жолданым тіркелген күннен бұрын бола алмайды.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="98"/>
        <source>Choose an active official who can carry cases.</source>
        <translation>Істерді жүргізе алатын белсенді лауазымды адамды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="99"/>
        <source>The internal date cannot be later than the term, {due}.</source>
        <translation>Ішкі мерзім негізгі мерзімнен ({due}) кеш бола алмайды.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="100"/>
        <source>The internal date cannot be before the resolution.</source>
        <translation>Ішкі мерзім бұрыштама күнінен бұрын бола алмайды.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="101"/>
        <source>This case is assigned to another executor.</source>
        <translation>Бұл іс басқа орындаушыға тапсырылған.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="102"/>
        <source>The term of a complaint cannot be extended (art. 99 part 2).</source>
        <translation>Шағымды қарау мерзімін ұзартуға жол берілмейді (ӘРПК 99-бабының 2-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="103"/>
        <source>The term ended on {due}: an expired term cannot be extended (art. 76 part 3).</source>
        <translation>Мерзім {due} аяқталды: өтіп кеткен мерзімді ұзартуға болмайды (ӘРПК 76-бабының 3-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="104"/>
        <source>At most two months from the decision: not later than {cap} (art. 76 parts 3 and 5).</source>
        <translation>Шешім қабылданған күннен бастап екі айдан аспайды: {cap} күнінен кешіктірмей (ӘРПК 76-бабының 3 және 5-бөліктері).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="105"/>
        <source>The new last day must be after the current one, {due}.</source>
        <translation>Жаңа соңғы күн қазіргі соңғы күннен ({due}) кейін болуы тиіс.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="106"/>
        <source>Say why there was no hearing: the act must state it (art. 73 part 2, last paragraph).</source>
        <translation>Тыңдаудың неге жүргізілмегенін көрсетіңіз: бұл актіде көрсетілуі тиіс (ӘРПК 73-бабы 2-бөлігінің соңғы абзацы).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="107"/>
        <source>Notify the preliminary decision first (art. 73 part 1), or choose an exception of art. 73 part 2.</source>
        <translation>Алдымен алдын ала шешім туралы хабардар етіңіз (ӘРПК 73-бабының 1-бөлігі) немесе ӘРПК 73-бабының 2-бөлігіндегі ерекшелікті таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="108"/>
        <source>The act may be adopted from {earliest}: 3 working days after the notice of the preliminary decision (art. 73 part 1).</source>
        <translation>Актіні {earliest} күнінен бастап қабылдауға болады: алдын ала шешім туралы хабарламадан кейін 3 жұмыс күні өткен соң (ӘРПК 73-бабының 1-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="109"/>
        <source>Only the head or a deputy terminates on this ground; another official only for a repeat appeal (art. 88 part 2).</source>
        <translation>Бұл негіз бойынша рәсімді тек басшы немесе оның орынбасары тоқтатады; өзге лауазымды адам тек қайталама жолданым бойынша тоқтата алады (ӘРПК 88-бабының 2-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="110"/>
        <source>It reports a crime or a threat to security: forward it at once instead (art. 88 part 1 2)).</source>
        <translation>Онда қылмыстық құқық бұзушылық не қауіпсіздікке төнген қатер туралы мәліметтер бар: оның орнына оны дереу әрі қарай жолдаңыз (ӘРПК 88-бабы 1-бөлігінің 2) тармақшасы).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="111"/>
        <source>The period to correct must end after the notice.</source>
        <translation>Түзету мерзімі хабарламадан кейін аяқталуы тиіс.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="112"/>
        <source>The appeal is already marked.</source>
        <translation>Жолданым бұрын белгіленген.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="113"/>
        <source>It reports a crime or a threat to security: it is not returned but forwarded at once (art. 64 part 7-2).</source>
        <translation>Онда қылмыстық құқық бұзушылық не қауіпсіздікке төнген қатер туралы мәліметтер бар: ол қайтарылмайды, дереу әрі қарай жолданады (ӘРПК 64-бабының 7-2-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="114"/>
        <source>No period to correct has run out: return under art. 64 part 7 1) is possible only after it ends.</source>
        <translation>Түзету мерзімі өткен жоқ: ӘРПК 64-бабы 7-бөлігінің 1) тармақшасы бойынша қайтару мерзім аяқталғаннан кейін ғана мүмкін.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="115"/>
        <source>No other appeal has this number.</source>
        <translation>Бұл нөмірі бар басқа жолданым жоқ.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="116"/>
        <source>That appeal is from another applicant.</source>
        <translation>Ол жолданымды басқа арыз иесі берген.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="117"/>
        <source>That appeal&apos;s procedure was not terminated (art. 64 part 7 2)).</source>
        <translation>Ол жолданым бойынша рәсім тоқтатылмаған (ӘРПК 64-бабы 7-бөлігінің 2) тармақшасы).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="118"/>
        <source>That appeal was not returned as a repeat appeal (art. 64 part 8).</source>
        <translation>Ол жолданым қайта берілген жолданым ретінде қайтарылмаған (ӘРПК 64-бабының 8-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="119"/>
        <source>The applicant is notified at the same time as the appeal is forwarded (art. 65 part 1).</source>
        <translation>Арыз иесі жолданымды әрі қарай жолдаумен бір мезгілде хабардар етіледі (ӘРПК 65-бабының 1-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="120"/>
        <source>An appeal is withdrawn only on the applicant&apos;s written application (art. 64 part 9).</source>
        <translation>Жолданым арыз иесінің жазбаша арызы негізінде ғана кері қайтарып алынады (ӘРПК 64-бабының 9-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="121"/>
        <source>Nothing is waiting for this: &quot;{clock}&quot; is not running.</source>
        <translation>Бұл әрекет күтілмейді: &quot;{clock}&quot; мерзімі жүріп жатқан жоқ.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="122"/>
        <source>It cannot be received before it was sent.</source>
        <translation>Ол жіберілгенге дейін алынуы мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="123"/>
        <source>The protocol is not signed yet.</source>
        <translation>Хаттамаға әлі қол қойылмаған.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="124"/>
        <source>A recusal on circumstances already declared is inadmissible (art. 67 part 9).</source>
        <translation>Бұрын мәлімделген мән-жайларға байланысты қарсылық білдіруге жол берілмейді (ӘРПК 67-бабының 9-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="125"/>
        <source>A recusal is decided by the official&apos;s superior, not by the official (art. 67 parts 4 and 6).</source>
        <translation>Қарсылық білдіру туралы мәселені лауазымды адамның өзі емес, оның жоғары тұрған басшысы шешеді (ӘРПК 67-бабының 4 және 6-бөліктері).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="126"/>
        <source>A recusal declared earlier is still waiting for its decision (art. 67 part 3).</source>
        <translation>Бұрын мәлімделген қарсылық білдіру әлі шешілген жоқ (ӘРПК 67-бабының 3-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="127"/>
        <source>The recusal of the head of the body is decided by the superior body (art. 67 part 6): name it.</source>
        <translation>Әкімшілік орган басшысына қарсылық білдіру туралы мәселені жоғары тұрған орган шешеді (ӘРПК 67-бабының 6-бөлігі): оны көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="128"/>
        <source>It reports a crime or a threat to security: forward it to the competent body first (art. 64 part 7-2).</source>
        <translation>Онда қылмыстық құқық бұзушылық не қауіпсіздікке төнген қатер туралы мәліметтер бар: алдымен оны уәкілетті органға жолдаңыз (ӘРПК 64-бабының 7-2-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="129"/>
        <source>Exception 1) covers only a favourable act that affects no one else (art. 73 part 2 1)).</source>
        <translation>1) ерекшелік басқа адамдардың құқықтарын қозғамайтын қолайлы әкімшілік актіге ғана қолданылады (ӘРПК 73-бабы 2-бөлігінің 1) тармақшасы).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="130"/>
        <source>The participant asked in time for an oral hearing: hold it first (art. 73 part 3).</source>
        <translation>Қатысушы ауызша тыңдау туралы уақытылы өтінішхат берді: алдымен оны өткізіңіз (ӘРПК 73-бабының 3-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="134"/>
        <source>Choose the legal form from the list.</source>
        <translation>Ұйымдық-құқықтық нысанды тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="135"/>
        <source>Type the legal form, or choose it from the list.</source>
        <translation>Ұйымдық-құқықтық нысанды жазыңыз немесе тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="136"/>
        <source>This category of acts is no longer in the settings: choose another.</source>
        <translation>Актілердің бұл санаты баптауларда енді жоқ: басқасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="137"/>
        <source>Category {row}: give its name in Kazakh and in Russian.</source>
        <translation>{row}-санат: атауын қазақ және орыс тілдерінде көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="138"/>
        <source>Category {row}: a category with this name is already in the list.</source>
        <translation>{row}-санат: мұндай атаулы санат тізімде бар.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="139"/>
        <source>Category {row}: give its complaint body, or the court if there is no superior body (art. 80 part 5).</source>
        <translation>{row}-санат: шағымды қарайтын органды, ал жоғары тұрған орган болмаса, сотты көрсетіңіз (ӘРПК 80-бабының 5-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="140"/>
        <source>Category {row}: give the complaint body and the court in both languages (art. 80 part 5).</source>
        <translation>{row}-санат: шағымды қарайтын орган мен сотты екі тілде де көрсетіңіз (ӘРПК 80-бабының 5-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="141"/>
        <source>Category {row}: a text is too long, at most {max} characters.</source>
        <translation>{row}-санат: мәтін тым ұзын, ең көбі {max} таңба.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="142"/>
        <source>Give the reasoning, or the item of art. 80 part 2 that lets it be left out (art. 80 part 1 4)).</source>
        <translation>Негіздемені немесе оны келтірмеуге мүмкіндік беретін ӘРПК 80-бабы 2-бөлігінің тармақшасын көрсетіңіз (ӘРПК 80-бабы 1-бөлігінің 4) тармақшасы).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="143"/>
        <source>The template &quot;{template}&quot; cannot be used: {detail}. Correct it or remove the office&apos;s copy.</source>
        <translation>&quot;{template}&quot; үлгісін пайдалану мүмкін емес: {detail}. Оны түзетіңіз немесе аппараттағы көшірмесін жойыңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="144"/>
        <source>Record the decision in the case first (its Actions menu); the document carries it (art. 77, art. 89, art. 90-6).</source>
        <translation>Алдымен істегі шешімді тіркеңіз (Әрекеттер мәзірі); құжат сол шешімді қамтиды (ӘРПК 77, 89, 90-6-баптары).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="145"/>
        <source>You may not issue this document into this case. It is issued by: {roles}; a decision document by the official who decided or the head, a notice by those who carry the case.</source>
        <translation>Бұл құжатты осы іске шығаруға құқығыңыз жоқ. Оны шығаратындар: {roles}; шешім құжатын — шешім қабылдаған лауазымды адам немесе басшы, хабарламаны — істі жүргізушілер.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="146"/>
        <source>This value comes from the case and cannot be typed in.</source>
        <translation>Бұл мән істен алынады, оны қолмен енгізуге болмайды.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="147"/>
        <source>The template &quot;{template}&quot; asks for more than its fields ({detail}); it is refused. Correct it or remove the office&apos;s copy.</source>
        <translation>&quot;{template}&quot; үлгісі өз өрістерінен тыс нәрсені сұрайды ({detail}); ол қабылданбайды. Оны түзетіңіз немесе аппараттағы көшірмесін жойыңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="148"/>
        <source>The template &quot;{template}&quot; takes too long or makes too large a document (its {limit} limit); it is refused. Correct it or remove the office&apos;s copy.</source>
        <translation>&quot;{template}&quot; үлгісі тым ұзақ өңделеді немесе тым үлкен құжат жасайды ({limit} шегі); ол қабылданбайды. Оны түзетіңіз немесе аппараттағы көшірмесін жойыңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="149"/>
        <source>The template &quot;{template}&quot; uses fields the app does not know: {fields}.</source>
        <translation>&quot;{template}&quot; үлгісінде бағдарламаға белгісіз өрістер пайдаланылған: {fields}.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="150"/>
        <source>The template &quot;{template}&quot; has lost mandatory parts: {fields}.</source>
        <translation>&quot;{template}&quot; үлгісінің міндетті бөліктері жоғалған: {fields}.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="151"/>
        <source>There is no such template.</source>
        <translation>Мұндай үлгі жоқ.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="152"/>
        <source>The document was not found.</source>
        <translation>Құжат табылмады.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="153"/>
        <source>The stored document {number} does not match its checksum. Tell the administrator.</source>
        <translation>Сақталған № {number} құжат бақылау сомасына сәйкес келмейді. Әкімшіге хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="154"/>
        <source>The period ends before it starts.</source>
        <translation>Кезең басталмай тұрып аяқталады.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="155"/>
        <source>Too many appeals for one printout (more than {max}): choose a shorter period.</source>
        <translation>Бір басып шығаруға жолданымдар тым көп ({max}-дан артық): қысқарақ кезеңді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="156"/>
        <source>PDF needs LibreOffice or Microsoft Word, and neither is installed on this computer. Install LibreOffice, or open the document and save it as PDF in your editor.</source>
        <translation>PDF үшін LibreOffice немесе Microsoft Word қажет, бірақ бұл компьютерде екеуі де орнатылмаған. LibreOffice орнатыңыз немесе құжатты ашып, оны редакторда PDF ретінде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="157"/>
        <source>The document could not be converted to PDF.</source>
        <translation>Құжатты PDF-ке түрлендіру мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="158"/>
        <source>The PDF made from the document cannot be read; open the document in Word or LibreOffice instead.</source>
        <translation>Құжаттан жасалған PDF оқылмайды; құжатты Word немесе LibreOffice-те ашыңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="159"/>
        <source>Fill this in the other language too: an act gives the same appeal route in Kazakh and Russian (art. 80 part 5).</source>
        <translation>Мұны екінші тілде де толтырыңыз: акт шағым жасау тәртібін қазақ және орыс тілдерінде бірдей көрсетеді (ӘРПК 80-бабының 5-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="160"/>
        <source>Item 1, 2 or 3 of art. 80 part 2; item 1 only for a favourable act.</source>
        <translation>ӘРПК 80-бабы 2-бөлігінің 1, 2 немесе 3-тармақшасы; 1-тармақша тек қолайлы акт үшін.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="162"/>
        <source>A correction replaces a document of the same kind in this case (art. 82).</source>
        <translation>Түзету осы істегі сол түрдегі құжаттың орнына беріледі (ӘРПК 82-бабы).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="163"/>
        <source>The copy could not be saved there: {detail}</source>
        <translation>Көшірмені онда сақтау мүмкін болмады: {detail}</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="164"/>
        <source>Choose another official (art. 67 part 8).</source>
        <translation>Басқа лауазымды адамды таңдаңыз (ӘРПК 67-бабының 8-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="165"/>
        <source>Only the latest action of a case can be reversed, and not every action.</source>
        <translation>Істегі соңғы әрекеттің ғана күшін жоюға болады, онда да кез келген әрекеттің емес.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="166"/>
        <source>The earliest day for the act falls after the term. Consider an extension (art. 76 part 3).</source>
        <translation>Актіні қабылдаудың ең ерте күні мерзім аяқталғаннан кейін келеді. Мерзімді ұзартуды қарастырыңыз (ӘРПК 76-бабының 3-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="168"/>
        <source>&quot;{action}&quot; is not an action of this case: a complaint has its own actions, on its own side (art. 91 part 4, art. 100).</source>
        <translation>&quot;{action}&quot; әрекеті бұл іске қолданылмайды: шағымның біздің рөлімізге сәйкес өз әрекеттері бар (ӘРПК 91-бабының 4-бөлігі, 100-бабы).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="169"/>
        <source>No case has this registration number.</source>
        <translation>Мұндай тіркеу нөмірі бар іс жоқ.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="170"/>
        <source>This date is after the complaint was received.</source>
        <translation>Бұл күн шағым түскен күннен кейін болып тұр.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="171"/>
        <source>The complainant cannot have learned of the act before its date.</source>
        <translation>Шағым берушіге акт туралы актінің күнінен бұрын белгілі болуы мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="172"/>
        <source>The complaint is sent together with the whole administrative case file (art. 91 part 4).</source>
        <translation>Шағым бүкіл әкімшілік іспен бірге жіберіледі (ӘРПК 91-бабының 4-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="173"/>
        <source>The complaint may be kept only when every demand is satisfied; otherwise it is sent to the complaint body (art. 91 part 4).</source>
        <translation>Шағымды оның барлық талаптары қанағаттандырылған жағдайда ғана жібермеуге болады; әйтпесе ол шағымды қарайтын органға жіберіледі (ӘРПК 91-бабының 4-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="174"/>
        <source>The three working days ran out on {due}: the complaint must now be sent to the complaint body (art. 91 part 4).</source>
        <translation>Үш жұмыс күні {due} аяқталды: енді шағымды шағымды қарайтын органға жіберу қажет (ӘРПК 91-бабының 4-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="175"/>
        <source>The complaint was filed in time (last day {due}): there is no term to restore (art. 92 part 2).</source>
        <translation>Шағым мерзімінде берілген (соңғы күні {due}): қалпына келтірілетін мерзім жоқ (ӘРПК 92-бабының 2-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="176"/>
        <source>The motion to restore the term is already decided.</source>
        <translation>Мерзімді қалпына келтіру туралы өтінішхат бойынша шешім бұрын қабылданған.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="177"/>
        <source>Decisions 1–3 are taken only where adopting the act or taking the action is within our own competence; otherwise send the complaint back (art. 100 part 2).</source>
        <translation>1–3-шешімдер актіні қабылдау немесе әрекет жасау біздің құзыретімізге жататын жағдайда ғана шығарылады; әйтпесе шағымды шағым жасалатын органға жіберіңіз (ӘРПК 100-бабының 2-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="178"/>
        <source>The new act must not worsen the complainant&apos;s position (art. 98 part 6). Confirm it, or choose another decision.</source>
        <translation>Жаңа акт шағым берушінің жағдайын нашарлатпауы тиіс (ӘРПК 98-бабының 6-бөлігі). Мұны растаңыз немесе басқа шешімді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="179"/>
        <source>The official whose act or action is challenged takes no part in considering the complaint (art. 97 part 2).</source>
        <translation>Актісіне немесе әрекетіне шағым жасалатын лауазымды адам шағымды қарауға қатыстырылмайды (ӘРПК 97-бабының 2-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="180"/>
        <source>The term was already extended once. Article 76 part 3 allows one decision to extend (&quot;мұндай шешім&quot;), and part 4 makes an unfounded extension a matter of liability. A further extension needs the office&apos;s recorded legal basis (Settings, Legal readings).</source>
        <translation>Мерзім бір рет ұзартылды. ӘРПК 76-бабының 3-бөлігі ұзарту туралы бір шешімді көздейді («мұндай шешім»), ал 4-бөлігі негізсіз ұзарту үшін жауаптылықты белгілейді. Қайта ұзарту үшін кеңсенің тіркелген құқықтық негізі қажет (Баптаулар, Құқықтық түсіндірмелер).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="181"/>
        <source>Name the legal basis (the law, its article) for this choice: it is recorded with the change.</source>
        <translation>Осы таңдаудың құқықтық негізін (заңды, оның бабын) көрсетіңіз: ол өзгеріспен бірге тіркеледі.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="182"/>
        <source>A complaint against our own act or action is sent with the case file to the complaint body within 3 working days (art. 91 part 4), or fully satisfied; returning it or asking to correct it is for the complaint body (art. 95 part 1 3)).</source>
        <translation>Өз актімізге немесе әрекетімізге шағым әкімшілік іспен бірге үш жұмыс күні ішінде шағымды қарайтын органға жіберіледі (ӘРПК 91-бабының 4-бөлігі) немесе толық қанағаттандырылады; оны қайтару немесе талаптарға сәйкес келтіруді сұрау – шағымды қарайтын органның ісі (ӘРПК 95-бабы 1-бөлігінің 3) тармақшасы).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="183"/>
        <source>The 3 working days to return it ended on {due}: the appeal is now considered (art. 64 part 7).</source>
        <translation>Қайтарудың үш жұмыс күні {due} аяқталды: жолданым енді қаралады (ӘРПК 64-бабының 7-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="184"/>
        <source>This recusal is decided by an official above the one recused (art. 67 part 4): for a deputy or the head of the apparatus, the head of the body.</source>
        <translation>Бұл қарсылықты қарсылық білдірілген адамнан жоғары тұрған лауазымды адам шешеді (ӘРПК 67-бабының 4-бөлігі): орынбасарға немесе аппарат басшысына – органның басшысы.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="185"/>
        <source>Record whose act or action is challenged (art. 93 part 2 4)) before deciding: the complaint body must stand above it (art. 91 part 3, art. 97 part 2). Use &quot;Complaint facts&quot;.</source>
        <translation>Шешім қабылдамас бұрын кімнің актісіне немесе әрекетіне шағым жасалғанын жазыңыз (ӘРПК 93-бабы 2-бөлігінің 4) тармақшасы): шағымды қарайтын орган одан жоғары тұруы тиіс (91-баптың 3-бөлігі, 97-баптың 2-бөлігі). «Шағым мән-жайлары» әрекетін пайдаланыңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="186"/>
        <source>A complaint against the act of our own head (or our office) is considered by the superior body, not by us (art. 91 part 3): forward it to that body (art. 65 part 1, the Forward action).</source>
        <translation>Өз басшымыздың (немесе органымыздың) актісіне шағымды біз емес, жоғары тұрған орган қарайды (ӘРПК 91-бабының 3-бөлігі): оны сол органға әрі қарай жолдаңыз (ӘРПК 65-бабының 1-бөлігі, «Жолданымды толығымен әрі қарай жолдау» әрекеті).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="189"/>
        <source>The decision is binding (art. 100 part 4), but this complaint names no case of ours: open the case it concerns and record there what the decision obliges.</source>
        <translation>Шешім орындау үшін міндетті (ӘРПК 100-бабының 4-бөлігі), бірақ бұл шағымда біздің іс көрсетілмеген: шешім қатысты істі ашып, шешім міндеттегенді сонда жазыңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="190"/>
        <source>A case reopened by a binding decision (art. 100 part 4) is neither returned nor forwarded: do what the decision obliges.</source>
        <translation>Міндетті шешіммен қайта ашылған іс қайтарылмайды және әрі қарай жолданбайды (ӘРПК 100-бабының 4-бөлігі): шешім міндеттегенді орындаңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="193"/>
        <source>No official of ours is named: confirm that the body or official challenged stands below this office (art. 91 part 3). A complaint against our office or our akim is forwarded to the superior body (art. 65 part 1).</source>
        <translation>Біздің лауазымды адам көрсетілмеген: шағым жасалған орган немесе лауазымды адам осы органға бағынатынын растаңыз (ӘРПК 91-бабының 3-бөлігі). Біздің органға немесе әкімімізге шағым жоғары тұрған органға жолданады (ӘРПК 65-бабының 1-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="187"/>
        <source>The complaint is decided by an official above the one whose act is challenged (art. 91 part 3): a deputy&apos;s act by the head of the body.</source>
        <translation>Шағымды актісіне шағым жасалған адамнан жоғары тұрған лауазымды адам шешеді (ӘРПК 91-бабының 3-бөлігі): орынбасардың актісін – органның басшысы.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="131"/>
        <source>The act cannot be issued without its appeal route: the office settings name no superior body (or court) for the head&apos;s acts (art. 80 part 5).</source>
        <translation>Шағым жасау тәртібі көрсетілмеген актіні ресімдеуге болмайды: аппарат баптауларында басшының актілері үшін жоғары тұрған орган (немесе сот) көрсетілмеген (ӘРПК 80-бабының 5-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="132"/>
        <source>The act cannot be issued without its appeal route: a deputy signs it, and the settings name no complaint body (or court) for a deputy&apos;s acts (art. 80 part 5, art. 91 part 3).</source>
        <translation>Шағым жасау тәртібі көрсетілмеген актіні ресімдеуге болмайды: оған орынбасар қол қояды, ал баптауларда орынбасардың актілері үшін шағымды қарайтын орган (немесе сот) белгіленбеген (ӘРПК 80-бабының 5-бөлігі, 91-бабының 3-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="133"/>
        <source>The act cannot be issued without its appeal route: the settings name no complaint body (or court) for its category (art. 80 part 5).</source>
        <translation>Шағым жасау тәртібі көрсетілмеген актіні ресімдеуге болмайды: баптауларда оның санаты үшін шағымды қарайтын орган (немесе сот) белгіленбеген (ӘРПК 80-бабының 5-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="161"/>
        <source>The document names who signs it, and the office settings name no head of office (art. 80 part 1 1), 5)).</source>
        <translation>Құжатта оған кім қол қоятыны көрсетіледі, ал аппарат баптауларында орган басшысы көрсетілмеген (ӘРПК 80-бабы 1-бөлігінің 1), 5) тармақшалары).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="188"/>
        <source>The participant&apos;s rights and duties must be explained after registration (art. 94 part 2): record the day with &quot;Complaint facts&quot;.</source>
        <translation>Тіркеуден кейін қатысушыға оның құқықтары мен міндеттері түсіндірілуге тиіс (ӘРПК 94-бабының 2-бөлігі): күнін «Шағым мән-жайлары» әрекетімен жазыңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="191"/>
        <source>A repeat appeal is returned only when it brings no new arguments or newly discovered circumstances (art. 64 part 7 2)): confirm it.</source>
        <translation>Қайталама жолданым жаңа дәлелдерді немесе жаңадан ашылған мән-жайларды қамтымаған жағдайда ғана қайтарылады (ӘРПК 64-бабы 7-бөлігінің 2) тармақшасы): соны растаңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="192"/>
        <source>This decision reopened our case {number} (art. 100 part 4), which has its own history since; the entry stays. Record what happens in that case.</source>
        <translation>Бұл шешім біздің {number} істі қайта ашты (ӘРПК 100-бабының 4-бөлігі), онда содан бергі өз тарихы бар; жазба сақталады. Не болатынын сол іске жазыңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="194"/>
        <source>A refusal has nothing to execute: leave the execution term empty (art. 86 part 3).</source>
        <translation>Бас тартуда орындалатын ештеңе жоқ: орындау мерзімін бос қалдырыңыз (ӘРПК 86-бабының 3-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="195"/>
        <source>The act is not executed while complaint {number} runs: filing a complaint suspends its execution (art. 96 part 1).</source>
        <translation>№ {number} шағым қаралып жатқанда акт орындалмайды: шағым беру актінің орындалуын тоқтата тұрады (ӘРПК 96-бабының 1-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="196"/>
        <source>The complaint cannot have been filed before the complainant learned of the act.</source>
        <translation>Шағым берушіге акт туралы белгілі болғанға дейін шағым берілуі мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="197"/>
        <source>Item 2) covers acts of the financial regulator, the National Bank and state audit, not ours (art. 96 part 1).</source>
        <translation>2) тармақша біздің актілерге емес, қаржы нарығын реттеу органының, Ұлттық Банктің және мемлекеттік аудит органының актілеріне қатысты (ӘРПК 96-бабының 1-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="198"/>
        <source>The act is not executed: complaint {number} revoked, replaced or sent it back (art. 91 part 4, art. 100 part 4).</source>
        <translation>Акт орындалмайды: № {number} шағым бойынша оның күші жойылды, ол жаңа актімен ауыстырылды немесе шағым жасалатын органға жіберілді (ӘРПК 91-бабының 4-бөлігі, 100-бабының 4-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="199"/>
        <source>The complaint body&apos;s decision is already recorded. Reverse that entry to correct it.</source>
        <translation>Шағымды қарайтын органның шешімі бұрын енгізілген. Оны түзету үшін сол жазбаның күшін жойыңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="200"/>
        <source>Hear the official whose act or action is challenged before deciding on the merits (art. 98 part 3).</source>
        <translation>Шағымды мәні бойынша шешпес бұрын актісіне немесе әрекетіне шағым жасалатын лауазымды адамды тыңдаңыз (ӘРПК 98-бабының 3-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="201"/>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="202"/>
        <source>Record the decision on the complaint first; the document takes its kind, grounds and date from it (art. 100, art. 101).</source>
        <translation>Алдымен шағым бойынша шешімді енгізіңіз; құжаттың түрі, негіздері мен күні сол шешімнен алынады (ӘРПК 100, 101-баптары).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="204"/>
        <source>Only the head and the deputies hold personal receptions (art. 90 part 1).</source>
        <translation>Жеке қабылдауды тек басшы және оның орынбасарлары жүргізеді (ӘРПК 90-бабының 1-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="205"/>
        <source>Give from 5 to 120 minutes per person.</source>
        <translation>Бір адамға 5 минуттан 120 минутқа дейін белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="206"/>
        <source>This official already receives from {start} to {end} that day.</source>
        <translation>Бұл лауазымды адамның сол күні қабылдауы бұрыннан белгіленген: {start}–{end}.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="207"/>
        <source>People are booked for this reception: move or cancel their bookings first.</source>
        <translation>Бұл қабылдауға адамдар жазылған: алдымен олардың жазылуын басқа уақытқа ауыстырыңыз немесе жойыңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="208"/>
        <source>The schedule is approved by the head of the body (art. 90 part 3).</source>
        <translation>Кестені органның басшысы бекітеді (ӘРПК 90-бабының 3-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="209"/>
        <source>Every reception of this month is already approved.</source>
        <translation>Осы айдың барлық қабылдауы бұрын бекітілген.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="210"/>
        <source>This reception is not in the approved schedule yet (art. 90 part 3).</source>
        <translation>Бұл қабылдау бекітілген кестеге әлі енгізілмеген (ӘРПК 90-бабының 3-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="211"/>
        <source>This reception has already passed.</source>
        <translation>Бұл қабылдау өтіп кеткен.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="212"/>
        <source>Give a phone number or a postal address, to tell the person of any change.</source>
        <translation>Өзгеріс болған жағдайда адамды хабардар ету үшін телефон нөмірін немесе пошталық мекенжайды көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="213"/>
        <source>This time is already booked: choose another one.</source>
        <translation>Бұл уақытқа бұрын жазылған: басқа уақытты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="214"/>
        <source>This booking is no longer open.</source>
        <translation>Бұл жазылу енді белсенді емес.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="215"/>
        <source>No such booking.</source>
        <translation>Мұндай жазылу жоқ.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="216"/>
        <source>Choose a reception whose outcome is &quot;a written appeal is needed&quot; (art. 90 part 4).</source>
        <translation>Нәтижесі &quot;жазбаша жолданым қажет&quot; болған қабылдауды таңдаңыз (ӘРПК 90-бабының 4-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="217"/>
        <source>This reception is already registered as a written appeal.</source>
        <translation>Бұл қабылдау бұрын жазбаша жолданым ретінде тіркелген.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="218"/>
        <source>A petition short of its threshold comes as a message, a response or a proposal (art. 90-3 part 5).</source>
        <translation>Шекті мәнге жетпеген петиция хабар, үн қосу немесе ұсыныс ретінде қаралады (ӘРПК 90-3-бабының 5-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="219"/>
        <source>The invitation had to go out by {due}, three working days before: choose a later date (art. 90-5 part 2).</source>
        <translation>Шақыру талқылауға үш жұмыс күні қалғанда, {due} күнінен кешіктірілмей жіберілуі тиіс еді: кейінірек күнді таңдаңыз (ӘРПК 90-5-бабының 2-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="220"/>
        <source>The discussion would fall after the term of the petition ({due}).</source>
        <translation>Талқылау петицияны қарау мерзімі ({due}) аяқталғаннан кейін өтетін болады.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="221"/>
        <source>Set the date and place of the public discussion first.</source>
        <translation>Алдымен жария талқылаудың күні мен орнын белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="222"/>
        <source>Announce it both on the internet resource and to the persons directly, electronically or on paper (art. 90-5 part 2).</source>
        <translation>Бұл туралы интернет-ресурс арқылы да, тұлғалардың өздеріне электрондық немесе қағаз нысанда да хабарлаңыз (ӘРПК 90-5-бабының 2-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="223"/>
        <source>The discussion was not announced.</source>
        <translation>Талқылау туралы хабарланбаған.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="224"/>
        <source>The discussion was set for {day}.</source>
        <translation>Талқылау {day} күніне тағайындалған.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="225"/>
        <source>Name the members, one per line.</source>
        <translation>Мүшелерін әр жолға біреуден көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="226"/>
        <source>Only the first head (the akim) decides on a petition (art. 90-6 part 1).</source>
        <translation>Петиция бойынша шешімді тек бірінші басшы (әкім) қабылдайды (ӘРПК 90-6-бабының 1-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="227"/>
        <source>Record the site visit, or why it is not needed (art. 90-5 part 2).</source>
        <translation>Сол жерге баруды немесе оның неге қажет емес екенін енгізіңіз (ӘРПК 90-5-бабының 2-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="228"/>
        <source>Hold the public discussion of the draft decision first (art. 90-5 part 2).</source>
        <translation>Алдымен шешім жобасын жария талқылауды өткізіңіз (ӘРПК 90-5-бабының 2-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="229"/>
        <source>The discussion was announced less than three working days before it: hold it again (art. 90-5 part 2).</source>
        <translation>Талқылау туралы ол басталғанға дейін үш жұмыс күнінен аз уақыт қалғанда хабарланды: оны қайта өткізіңіз (ӘРПК 90-5-бабының 2-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="230"/>
        <source>Form the temporary commission or working group first (art. 90-5 part 2).</source>
        <translation>Алдымен уақытша комиссияны немесе жұмыс тобын құрыңыз (ӘРПК 90-5-бабының 2-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="231"/>
        <source>This reception is still to come.</source>
        <translation>Бұл қабылдау әлі өткен жоқ.</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="232"/>
        <source>The decision on a petition is in the state language or in the petition&apos;s language (art. 90-6 part 2).</source>
        <translation>Петиция бойынша шешім мемлекеттік тілде немесе петиция берілген тілде шығарылады (ӘРПК 90-6-бабының 2-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="233"/>
        <source>An answer or a notice to the participant is given in the state language (Kazakh) or in the language the appeal was made in (art. 89 part 2).</source>
        <translation>Жауап немесе қатысушыға хабарлама мемлекеттік тілде (қазақ тілінде) немесе өтініш берілген тілде беріледі (ӘРПК 89-бабының 2-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="234"/>
        <source>The complaint was filed late and the term was not restored. This may be a ground to leave it unsatisfied (art. 92 part 3).</source>
        <translation>Шағым мерзімі өткізіп алынып берілген және мерзім қалпына келтірілмеген. Бұл шағымды қанағаттандырусыз қалдыруға негіз болуы мүмкін (ӘРПК 92-бабының 3-бөлігі).</translation>
    </message>
    <message>
        <location filename="../common/messages.py" line="259"/>
        <source>Unexpected error: {code}</source>
        <translation>Күтпеген қате: {code}</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="48"/>
        <source>This does not look like an e-Otinish number: letters and digits in groups joined by &quot;-&quot;, &quot;/&quot; or &quot;.&quot;, with at least five digits (for example ЖТ-2026-01234567).</source>
        <translation>Бұл e-Otinish нөміріне ұқсамайды: әріптер мен цифрлар топтары &quot;-&quot;, &quot;/&quot; немесе &quot;.&quot; арқылы жалғанады, кемінде бес цифр болуы керек (мысалы, ЖТ-2026-01234567).</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="49"/>
        <source>This e-Otinish number is already given to appeal {reg_number}: one number belongs to one appeal (art. 69 part 3).</source>
        <translation>Бұл e-Otinish нөмірі {reg_number} жолданымына берілген: бір нөмір бір жолданымға тиесілі (ӘРПК 69-бабының 3-бөлігі).</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="50"/>
        <source>This appeal already has e-Otinish number {number}: to change it, use &quot;Correct the e-Otinish number&quot; and say why.</source>
        <translation>Бұл жолданымның e-Otinish нөмірі бар: {number}. Өзгерту үшін &quot;e-Otinish нөмірін түзету&quot; әрекетін таңдап, себебін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="51"/>
        <source>This appeal has no e-Otinish number yet: enter it first.</source>
        <translation>Бұл жолданымның e-Otinish нөмірі әлі жоқ: алдымен оны енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="52"/>
        <source>This is the number the appeal already has.</source>
        <translation>Жолданымның нөмірі дәл осы.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="53"/>
        <source>Feedback on the answer comes after the decision of {day}.</source>
        <translation>Жауапқа баға {day} шешімінен кейін беріледі.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="54"/>
        <source>e-Otinish is already marked as down.</source>
        <translation>e-Otinish жұмыс істемейді деп бұрын белгіленген.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="55"/>
        <source>e-Otinish is not marked as down.</source>
        <translation>e-Otinish жұмыс істемейді деп белгіленбеген.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="56"/>
        <source>The outage cannot end before it started ({started_at}).</source>
        <translation>Іркіліс басталғанға дейін ({started_at}) аяқтала алмайды.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="57"/>
        <source>The file cannot be read as a spreadsheet: it may be damaged or of another kind. Save it again as XLSX or CSV. ({detail})</source>
        <translation>Файлды кесте ретінде оқу мүмкін емес: ол бүлінген немесе басқа түрдегі болуы мүмкін. Оны XLSX немесе CSV ретінде қайта сақтаңыз. ({detail})</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="58"/>
        <source>The file is too large to import (at most {mb} MB): export a shorter period.</source>
        <translation>Файл тым үлкен (ең көбі {mb} МБ): қысқарақ кезеңді жүктеп алыңыз.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="59"/>
        <source>The file has more than {max} rows: export a shorter period.</source>
        <translation>Файлда {max} жолдан артық: қысқарақ кезеңді жүктеп алыңыз.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="60"/>
        <source>The file has no table: no header row followed by rows of data.</source>
        <translation>Файлда кесте жоқ: тақырып жолы және одан кейінгі деректер жолдары табылмады.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="61"/>
        <source>This is not a CSV text file. Choose the XLSX or CSV file exported from e-Otinish.</source>
        <translation>Бұл CSV мәтіндік файлы емес. e-Otinish-тен жүктелген XLSX немесе CSV файлын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="62"/>
        <source>The text of the file is in an encoding that cannot be read (only UTF-8, UTF-16 and Windows-1251 are): save it again as &quot;CSV UTF-8&quot; or as XLSX.</source>
        <translation>Файл мәтінінің кодтамасын оқу мүмкін емес (тек UTF-8, UTF-16 және Windows-1251 оқылады): оны &quot;CSV UTF-8&quot; немесе XLSX ретінде қайта сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="63"/>
        <source>Old Excel files (.xls) are not read: save the file as XLSX first.</source>
        <translation>Ескі Excel файлдары (.xls) оқылмайды: алдымен файлды XLSX ретінде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="64"/>
        <source>Choose the column of the e-Otinish number, or the columns of the date and the applicant&apos;s name.</source>
        <translation>e-Otinish нөмірінің бағанын немесе күн мен арыз иесі атының бағандарын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../eotinish/labels.py" line="65"/>
        <source>Nothing was written: the number {number} cannot be given to appeal {reg_number}. Uncheck that line and confirm again.</source>
        <translation>Ештеңе жазылмады: {number} нөмірін {reg_number} жолданымына беру мүмкін емес. Бұл жолдан белгіні алып, қайта растаңыз.</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <location filename="../admin/office_form.py" line="22"/>
        <source>Office name (Kazakh)</source>
        <translation>Аппарат атауы (қазақ тілінде)</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="23"/>
        <source>Office name (Russian)</source>
        <translation>Аппарат атауы (орыс тілінде)</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="24"/>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="25"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="26"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="27"/>
        <source>Head of office</source>
        <translation>Орган басшысы</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="28"/>
        <source>Head&apos;s position</source>
        <translation>Басшының лауазымы</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="29"/>
        <source>Working day starts (HH:MM)</source>
        <translation>Жұмыс күнінің басталуы (СС:ММ)</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="30"/>
        <source>Working day ends (HH:MM); later appeals are registered the next working day (art. 64 part 3)</source>
        <translation>Жұмыс күнінің аяқталуы (СС:ММ); одан кейін түскен жолданымдар келесі жұмыс күні тіркеледі (ӘРПК 64-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="31"/>
        <source>Registration number format ({year}, {seq:06d}, {prefix})</source>
        <translation>Тіркеу нөмірінің форматы ({year}, {seq:06d}, {prefix})</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="32"/>
        <source>Number prefix (optional)</source>
        <translation>Нөмір префиксі (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="33"/>
        <source>Superior body for complaints about the head&apos;s acts, with its address (Kazakh; art. 80 part 5)</source>
        <translation>Басшының актілеріне шағымдарды қарайтын жоғары тұрған орган, мекенжайымен (қазақша; ӘРПК 80-бабының 5-бөлігі)</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="34"/>
        <source>Superior body for complaints about the head&apos;s acts, with its address (Russian; art. 80 part 5)</source>
        <translation>Басшының актілеріне шағымдарды қарайтын жоғары тұрған орган, мекенжайымен (орысша; ӘРПК 80-бабының 5-бөлігі)</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="35"/>
        <source>Court, if there is no superior body (Kazakh)</source>
        <translation>Жоғары тұрған орган болмаса, сот (қазақша)</translation>
    </message>
    <message>
        <location filename="../admin/office_form.py" line="36"/>
        <source>Court, if there is no superior body (Russian)</source>
        <translation>Жоғары тұрған орган болмаса, сот (орысша)</translation>
    </message>
</context>
<context>
    <name>OutageControls</name>
    <message>
        <location filename="../eotinish/outage.py" line="27"/>
        <source>e-Otinish is down</source>
        <translation>e-Otinish жұмыс істемейді</translation>
    </message>
    <message>
        <location filename="../eotinish/outage.py" line="53"/>
        <source>Outage mode: e-Otinish is marked as down since {at} ({who}). Appeals registered now are flagged and wait in the control panel for their e-Otinish number.</source>
        <translation>Іркіліс режимі: e-Otinish {at} бастап жұмыс істемейді деп белгіленген ({who}). Қазір тіркелген жолданымдар белгіленеді және бақылау панелінде e-Otinish нөмірін күтеді.</translation>
    </message>
    <message>
        <location filename="../eotinish/outage.py" line="57"/>
        <source>Down for more than an hour: follow the set procedure for an outage of e-Otinish and enter the numbers once it is back.</source>
        <translation>Бір сағаттан астам жұмыс істемейді: e-Otinish іркілісі кезіндегі белгіленген тәртіпті сақтап, жүйе қалпына келгенде нөмірлерді енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../admin/password_dialog.py" line="17"/>
        <source>Choose a new password</source>
        <translation>Жаңа құпиясөз таңдаңыз</translation>
    </message>
    <message>
        <location filename="../admin/password_dialog.py" line="22"/>
        <source>The password you were given</source>
        <translation>Сізге берілген құпиясөз</translation>
    </message>
    <message>
        <location filename="../admin/password_dialog.py" line="23"/>
        <source>New password (10 characters or more)</source>
        <translation>Жаңа құпиясөз (10 таңбадан кем емес)</translation>
    </message>
    <message>
        <location filename="../admin/password_dialog.py" line="24"/>
        <source>New password again</source>
        <translation>Жаңа құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <location filename="../admin/password_dialog.py" line="31"/>
        <source>An administrator reset your password: choose your own before you go on. A few words with spaces make a good one.</source>
        <translation>Әкімші құпиясөзіңізді қалпына келтірді: жұмысты жалғастырмас бұрын өз құпиясөзіңізді таңдаңыз. Бос орынмен бөлінген бірнеше сөз жақсы құпиясөз болады.</translation>
    </message>
</context>
<context>
    <name>PetitionForm</name>
    <message>
        <location filename="../petition/registration_part.py" line="22"/>
        <source>Petition (art. 90-1 – 90-6)</source>
        <translation>Петиция (ӘРПК 90-1 – 90-6-баптары)</translation>
    </message>
    <message>
        <location filename="../petition/registration_part.py" line="33"/>
        <source>Letter of the petition authority (art. 90-4 part 1)</source>
        <translation>Петиция жөніндегі уәкілетті органның хаты (ӘРПК 90-4-бабының 1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../petition/registration_part.py" line="34"/>
        <source>Representative (if any)</source>
        <translation>Өкілі (бар болса)</translation>
    </message>
    <message>
        <location filename="../petition/registration_part.py" line="35"/>
        <source>Arguments (art. 90-2 part 2 4))</source>
        <translation>Дәлелдер (ӘРПК 90-2-бабы 2-бөлігінің 4) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../petition/registration_part.py" line="36"/>
        <source>Proposals (art. 90-2 part 2 4))</source>
        <translation>Ұсыныстар (ӘРПК 90-2-бабы 2-бөлігінің 4) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../petition/registration_part.py" line="37"/>
        <source>Citizens who joined (art. 90-3)</source>
        <translation>Петицияға қосылған азаматтар саны (ӘРПК 90-3-бабы)</translation>
    </message>
    <message>
        <location filename="../petition/registration_part.py" line="38"/>
        <source>Joined from</source>
        <translation>Қосылудың басталған күні</translation>
    </message>
    <message>
        <location filename="../petition/registration_part.py" line="39"/>
        <source>Joined to</source>
        <translation>Қосылудың аяқталған күні</translation>
    </message>
</context>
<context>
    <name>PetitionTab</name>
    <message>
        <location filename="../petition/tab.py" line="19"/>
        <source>not needed: {why}</source>
        <translation>қажет емес: {why}</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="21"/>
        <source>Letter of the petition authority</source>
        <translation>Уәкілетті органның хаты</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="22"/>
        <source>Representative</source>
        <translation>Өкіл</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="23"/>
        <source>Arguments</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="23"/>
        <source>Proposals</source>
        <translation>Ұсыныстар</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="24"/>
        <source>Citizens who joined</source>
        <translation>Қосылған азаматтар саны</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="25"/>
        <source>1. Site visit (art. 90-5 part 2)</source>
        <translation>1. Жергілікті жерге бару (ӘРПК 90-5-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="26"/>
        <source>2. Public discussion: date and place</source>
        <translation>2. Жария талқылау: күні мен орны</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="28"/>
        <source>   announced (3 working days before)</source>
        <translation>   хабарланды (үш жұмыс күні бұрын)</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="29"/>
        <source>   held</source>
        <translation>   өткізілді</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="30"/>
        <source>3. Temporary commission or working group</source>
        <translation>3. Уақытша комиссия немесе жұмыс тобы</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="32"/>
        <source>Published (art. 90-6 part 3)</source>
        <translation>Жарияланды (ӘРПК 90-6-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../petition/tab.py" line="33"/>
        <source>Official statement</source>
        <translation>Ресми хабарлама</translation>
    </message>
</context>
<context>
    <name>ReadingsPage</name>
    <message>
        <location filename="../admin/readings_page.py" line="18"/>
        <source>The defaults are the Code&apos;s plain reading. Another choice needs its legal basis, and every change is kept in the history.</source>
        <translation>Әдепкі мәндер – Кодекстің тікелей мағынасы. Өзге таңдау үшін оның құқықтық негізі қажет, әр өзгеріс тарихта сақталады.</translation>
    </message>
    <message>
        <location filename="../admin/readings_page.py" line="22"/>
        <source>Allow a further extension of a case&apos;s term</source>
        <translation>Іс мерзімін қайта ұзартуға рұқсат беру</translation>
    </message>
    <message>
        <location filename="../admin/readings_page.py" line="25"/>
        <source>Art. 76 part 3 speaks of one decision to extend, at most two months from it; part 4 makes an unfounded extension a matter of liability. Off: one extension per case.</source>
        <translation>ӘРПК 76-бабының 3-бөлігі ұзарту туралы бір шешімді, одан бастап екі айдан аспайтын мерзімді көздейді; 4-бөлігі негізсіз ұзарту үшін жауаптылықты белгілейді. Өшірулі: бір іске бір ұзарту.</translation>
    </message>
    <message>
        <location filename="../admin/readings_page.py" line="28"/>
        <source>Extension (art. 76 parts 3, 4)</source>
        <translation>Ұзарту (ӘРПК 76-бабының 3, 4-бөліктері)</translation>
    </message>
    <message>
        <location filename="../admin/readings_page.py" line="31"/>
        <source>The law and article that allow it</source>
        <translation>Оған рұқсат беретін заң мен бап</translation>
    </message>
    <message>
        <location filename="../admin/readings_page.py" line="32"/>
        <source>Legal basis</source>
        <translation>Құқықтық негіз</translation>
    </message>
    <message>
        <location filename="../admin/readings_page.py" line="38"/>
        <source>A case reopened by a complaint body&apos;s or a court&apos;s binding decision (art. 100 part 4) runs the term that decision sets; when it sets none, this many working days (default 15, as art. 76 part 1).</source>
        <translation>Шағымды қарайтын органның немесе соттың міндетті шешімімен қайта ашылған іс сол шешім белгілеген мерзімде қаралады; ол белгілемесе – осынша жұмыс күні (әдепкі 15, ӘРПК 76-бабының 1-бөлігі сияқты).</translation>
    </message>
    <message>
        <location filename="../admin/readings_page.py" line="40"/>
        <source>Reopened case, working days (art. 100 part 4)</source>
        <translation>Қайта ашылған іс, жұмыс күндері (ӘРПК 100-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../admin/readings_page.py" line="44"/>
        <source>Legal basis (for a term other than 15)</source>
        <translation>Құқықтық негіз (15-тен өзге мерзім үшін)</translation>
    </message>
</context>
<context>
    <name>ReceptionWindow</name>
    <message>
        <location filename="../reception/window.py" line="23"/>
        <source>Personal reception</source>
        <translation>Жеке қабылдау</translation>
    </message>
    <message>
        <location filename="../reception/window.py" line="30"/>
        <source>Schedule</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <location filename="../reception/window.py" line="30"/>
        <source>Bookings</source>
        <translation>Жазылулар</translation>
    </message>
    <message>
        <location filename="../reception/window.py" line="31"/>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../reception/window.py" line="31"/>
        <source>Figures</source>
        <translation>Көрсеткіштер</translation>
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
        <translation>e-Otinish нөмірі</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="38"/>
        <source>IIN / BIN</source>
        <translation>ЖСН / БСН</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="39"/>
        <location filename="../eotinish/reconcile_dialog.py" line="134"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="40"/>
        <location filename="../eotinish/reconcile_dialog.py" line="130"/>
        <location filename="../eotinish/reconcile_dialog.py" line="132"/>
        <location filename="../eotinish/reconcile_dialog.py" line="135"/>
        <source>Applicant</source>
        <translation>Арыз иесі</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="41"/>
        <location filename="../eotinish/reconcile_dialog.py" line="133"/>
        <location filename="../eotinish/reconcile_dialog.py" line="135"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="42"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="45"/>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="46"/>
        <source>date</source>
        <translation>күні</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="47"/>
        <source>status</source>
        <translation>мәртебесі</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="51"/>
        <source>The date cannot be read</source>
        <translation>Күнді оқу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="52"/>
        <source>Not an e-Otinish number</source>
        <translation>e-Otinish нөмірі емес</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="97"/>
        <source>Reconciliation with e-Otinish</source>
        <translation>e-Otinish-пен салыстыру</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="99"/>
        <source>Choose the register (XLSX or CSV)…</source>
        <translation>Тізілімді таңдау (XLSX немесе CSV)…</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="102"/>
        <source>Export the register of appeals from e-Otinish for a period, or take any spreadsheet with one appeal per row.</source>
        <translation>e-Otinish-тен бір кезеңдегі жолданымдар тізілімін жүктеп алыңыз немесе әр жолында бір жолданым бар кез келген кестені алыңыз.</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="118"/>
        <source>Compare with the journal</source>
        <translation>Журналмен салыстыру</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="130"/>
        <source>Write</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="130"/>
        <location filename="../eotinish/reconcile_dialog.py" line="132"/>
        <location filename="../eotinish/reconcile_dialog.py" line="136"/>
        <source>Our number</source>
        <translation>Біздегі нөмір</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="132"/>
        <source>Received</source>
        <translation>Түсті</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="134"/>
        <location filename="../eotinish/reconcile_dialog.py" line="136"/>
        <location filename="../eotinish/reconcile_dialog.py" line="138"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="136"/>
        <source>What differs</source>
        <translation>Не ерекшеленеді</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="137"/>
        <source>Ours</source>
        <translation>Бізде</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="137"/>
        <source>Theirs</source>
        <translation>e-Otinish-те</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="138"/>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="138"/>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="141"/>
        <source>Numbers to write</source>
        <translation>Жазылатын нөмірлер</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="141"/>
        <source>Ours only</source>
        <translation>Тек бізде</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="142"/>
        <source>Theirs only</source>
        <translation>Тек e-Otinish-те</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="142"/>
        <source>Different</source>
        <translation>Айырмашылықтар</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="143"/>
        <source>Unread cells</source>
        <translation>Оқылмаған ұяшықтар</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="145"/>
        <source>Write the checked numbers</source>
        <translation>Белгіленген нөмірлерді жазу</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="149"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="173"/>
        <source>The register exported from e-Otinish</source>
        <translation>e-Otinish-тен жүктелген тізілім</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="174"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Кестелер (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="204"/>
        <source>Reading the file…</source>
        <translation>Файл оқылуда…</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="217"/>
        <source>{file}: {rows} rows, columns: {columns}</source>
        <translation>{file}: жолдар: {rows}, бағандар: {columns}</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="220"/>
        <source>encoding {encoding}, delimiter «{delimiter}»</source>
        <translation>кодтама {encoding}, бөлгіш «{delimiter}»</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="275"/>
        <source>Comparing with the journal…</source>
        <translation>Журналмен салыстырылуда…</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="301"/>
        <source>period {start} – {end}</source>
        <translation>кезең {start} – {end}</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="302"/>
        <source>no dates in the register</source>
        <translation>тізілімде күндер жоқ</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="304"/>
        <source>{period}: matched {matched}; numbers to write {links}; ours only {ours}; theirs only {theirs}; different {different}; unread cells {problems}.</source>
        <translation>{period}: сәйкес келді: {matched}; жазылатын нөмірлер: {links}; тек бізде: {ours}; тек e-Otinish-те: {theirs}; айырмашылықтар: {different}; оқылмаған ұяшықтар: {problems}.</translation>
    </message>
    <message>
        <location filename="../eotinish/reconcile_dialog.py" line="331"/>
        <source>Numbers written: {n}.</source>
        <translation>Жазылған нөмірлер: {n}.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../reception/record_dialog.py" line="41"/>
        <source>Personal reception</source>
        <translation>Жеке қабылдау</translation>
    </message>
    <message>
        <location filename="../reception/record_dialog.py" line="65"/>
        <source>Received by</source>
        <translation>Қабылдаған лауазымды адам</translation>
    </message>
    <message>
        <location filename="../reception/record_dialog.py" line="66"/>
        <source>Date and time</source>
        <translation>Күні мен уақыты</translation>
    </message>
    <message>
        <location filename="../reception/record_dialog.py" line="67"/>
        <source>Question</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <location filename="../reception/record_dialog.py" line="67"/>
        <source>Subject</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <location filename="../reception/record_dialog.py" line="68"/>
        <source>What was said and explained</source>
        <translation>Не айтылды және не түсіндірілді</translation>
    </message>
    <message>
        <location filename="../reception/record_dialog.py" line="69"/>
        <source>Outcome (art. 90 part 4)</source>
        <translation>Нәтижесі (ӘРПК 90-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../reception/record_dialog.py" line="70"/>
        <source>Where to go (not our competence)</source>
        <translation>Қайда жүгіну керек (біздің құзыретімізге жатпаса)</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../intake/registration_dialog.py" line="76"/>
        <source>Register an appeal</source>
        <translation>Жолданымды тіркеу</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="99"/>
        <source>Signed by the applicant or representative (art. 63 part 2 5))</source>
        <translation>Арыз иесі немесе оның өкілі қол қойған (ӘРПК 63-бабы 2-бөлігінің 5) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="110"/>
        <source>Came from a petition short of its threshold (art. 90-3 part 5)</source>
        <translation>Шекті мәнге жетпеген петициядан түсті (ӘРПК 90-3-бабының 5-бөлігі)</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="123"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="124"/>
        <source>Form</source>
        <translation>Нысаны</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="125"/>
        <source>Received (date and time)</source>
        <translation>Түскен күні мен уақыты</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="126"/>
        <source>Language of the appeal</source>
        <translation>Жолданым тілі</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="127"/>
        <source>e-Otinish number (optional)</source>
        <translation>e-Otinish нөмірі (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="128"/>
        <source>An oral appeal is entered in a separate protocol by the person who accepts it; the protocol states the same details and is signed by the applicant (art. 63 parts 1 and 2).</source>
        <translation>Ауызша жолданымды оны қабылдаған адам жекелеген хаттамаға енгізеді; хаттамада сол деректемелер көрсетіледі және оған арыз иесі қол қояды (ӘРПК 63-бабының 1 және 2-бөліктері).</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="137"/>
        <source>Applicant</source>
        <translation>Арыз иесі</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="139"/>
        <source>Appeal</source>
        <translation>Жолданым</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="142"/>
        <source>Addressed to (body or official)</source>
        <translation>Адресат (орган немесе лауазымды адам)</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="143"/>
        <source>Substance</source>
        <translation>Жолданымның мәні</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="144"/>
        <source>Date written on the appeal</source>
        <translation>Жолданымда көрсетілген күн</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="146"/>
        <source>Attachments</source>
        <translation>Қосымшалар саны</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="147"/>
        <source>Pages of attachments</source>
        <translation>Қосымшалардың парақ саны</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="166"/>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="167"/>
        <source>Required details (art. 63 part 2; a complaint: art. 93 part 2)</source>
        <translation>Міндетті деректемелер (ӘРПК 63-бабының 2-бөлігі; шағым үшін: ӘРПК 93-бабының 2-бөлігі)</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="168"/>
        <source>Earlier appeals of this applicant (art. 64 part 7)</source>
        <translation>Осы арыз иесінің бұрынғы жолданымдары (ӘРПК 64-бабының 7-бөлігі)</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="176"/>
        <source>Register and print talon</source>
        <translation>Тіркеу және талонды басып шығару</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="178"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="213"/>
        <source>Close the form and discard what you typed? Nothing is registered.</source>
        <translation>Пішінді жауып, терілгенді өшіру керек пе? Ештеңе тіркелмейді.</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="290"/>
        <source>Not stated:</source>
        <translation>Көрсетілмеген:</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="291"/>
        <source>The appeal is still accepted and registered (refusing to accept an appeal is prohibited, art. 64 part 1); the applicant is told what to correct and by when (art. 64 part 6).</source>
        <translation>Жолданым бәрібір қабылданады және тіркеледі (жолданымды қабылдаудан бас тартуға тыйым салынады, ӘРПК 64-бабының 1-бөлігі); арыз иесіне нені және қандай мерзімде түзету керектігі хабарланады (ӘРПК 64-бабының 6-бөлігі).</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="294"/>
        <source>All required details are stated.</source>
        <translation>Барлық міндетті деректемелер көрсетілген.</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="314"/>
        <source>Registration date: {reg}. Due date: {due} ({days} working days, {article}).</source>
        <translation>Тіркелген күні: {reg}. Орындау мерзімі: {due} ({days} жұмыс күні, {article}).</translation>
    </message>
    <message>
        <location filename="../intake/registration_dialog.py" line="333"/>
        <source>No earlier appeals.</source>
        <translation>Бұрынғы жолданымдар жоқ.</translation>
    </message>
</context>
<context>
    <name>RegistrationNotice</name>
    <message>
        <location filename="../journal/notice.py" line="34"/>
        <source>The appeal is registered under No. {number} as incomplete (art. 64 part 6). Due date: {due}.</source>
        <translation>Жолданым № {number} нөмірімен толық емес ретінде тіркелді (ӘРПК 64-бабының 6-бөлігі). Орындау мерзімі: {due}.</translation>
    </message>
    <message>
        <location filename="../journal/notice.py" line="38"/>
        <source>The appeal is registered under No. {number}. Due date: {due}.</source>
        <translation>Жолданым № {number} нөмірімен тіркелді. Орындау мерзімі: {due}.</translation>
    </message>
    <message>
        <location filename="../journal/notice.py" line="47"/>
        <source>Not stated: {items}.</source>
        <translation>Көрсетілмеген: {items}.</translation>
    </message>
    <message>
        <location filename="../journal/notice.py" line="56"/>
        <source>What follows: the applicant is told which requirements the appeal does not meet and is given a reasonable period to correct it (art. 64 part 6); in the card: «{action}».</source>
        <translation>Бұдан әрі: арыз иесіне жүгіну қандай талаптарға сай келмейтіні көрсетіледі және оны талаптарға сәйкес келтіру үшін ақылға қонымды мерзім белгіленеді (ӘРПК 64-бабының 6-бөлігі); карточкада: «{action}».</translation>
    </message>
    <message>
        <location filename="../journal/notice.py" line="62"/>
        <source>A petition is not returned: it is considered (art. 90-4 part 2).</source>
        <translation>Петиция қайтарылмайды: ол қаралады (ӘРПК 90-4-бабының 2-бөлігі).</translation>
    </message>
    <message>
        <location filename="../journal/notice.py" line="65"/>
        <source>If it is not corrected within that period, the appeal is returned within 3 working days (art. 64 part 7 1)).</source>
        <translation>Осы мерзімде түзетілмесе, жолданым үш жұмыс күнінен кешіктірілмей қайтарылады (ӘРПК 64-бабы 7-бөлігінің 1) тармақшасы).</translation>
    </message>
    <message>
        <location filename="../journal/notice.py" line="96"/>
        <location filename="../journal/notice.py" line="109"/>
        <source>Close the notice</source>
        <translation>Хабарламаны жабу</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <location filename="../journal/reminder.py" line="81"/>
        <source>Due today: {today}. Overdue: {overdue}. Due within {n} working days: {within}.
The lists are in the control panel.</source>
        <translation>Мерзімі бүгін: {today}. Мерзімі өткен: {overdue}. Мерзімі {n} жұмыс күні ішінде: {within}.
Тізімдер бақылау панелінде.</translation>
    </message>
    <message>
        <location filename="../journal/reminder.py" line="87"/>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <location filename="../reports/labels.py" line="14"/>
        <source>Totals</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="15"/>
        <source>By kind of appeal</source>
        <translation>Жолданым түрлері бойынша</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="16"/>
        <source>By form</source>
        <translation>Нысаны бойынша</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="17"/>
        <source>By applicant</source>
        <translation>Арыз иелері бойынша</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="18"/>
        <source>By language</source>
        <translation>Тілі бойынша</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="19"/>
        <source>By outcome</source>
        <translation>Қарау нәтижелері бойынша</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="20"/>
        <source>By executor</source>
        <translation>Орындаушылар бойынша</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="21"/>
        <source>By author of the resolution</source>
        <translation>Бұрыштама авторлары бойынша</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="22"/>
        <source>Complaints by decision (art. 100)</source>
        <translation>Шағымдар бойынша шешімдер</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="23"/>
        <source>Complaints by what they challenge</source>
        <translation>Шағымдану нысанасы</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="24"/>
        <source>Petitions</source>
        <translation>Петициялар</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="25"/>
        <source>Personal receptions</source>
        <translation>Жеке қабылдаулар</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="26"/>
        <source>Not counted (art. 69 part 3)</source>
        <translation>Есепке алынбайтындар</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="29"/>
        <source>Received</source>
        <translation>Түсті</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="30"/>
        <source>Considered</source>
        <translation>Қаралды</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="31"/>
        <source>In time</source>
        <translation>Мерзімінде</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="32"/>
        <source>Late</source>
        <translation>Мерзімі бұзылып</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="33"/>
        <source>Open past the term</source>
        <translation>Мерзімі өтіп, қаралуда</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="34"/>
        <source>Term extended</source>
        <translation>Мерзімі ұзартылды</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="37"/>
        <source>This period</source>
        <translation>Осы кезең</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="38"/>
        <source>A year earlier</source>
        <translation>Өткен жылдың осы кезеңі</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="39"/>
        <source>Difference</source>
        <translation>Айырмасы</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="42"/>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="43"/>
        <source>Compared with</source>
        <translation>Салыстырылатын кезең</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="44"/>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="45"/>
        <source>No executor yet</source>
        <translation>Орындаушы әлі тағайындалмаған</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="46"/>
        <source>Appeals not subject to accounting under art. 69 part 3 (proposals with advertising, appeals on state services, on currency contracts and foreign accounts) are not counted; their number is given separately.</source>
        <translation>ӘРПК 69-бабының 3-бөлігі бойынша есепке алуға жатпайтын жолданымдар (жарнамасы бар ұсыныстар, мемлекеттік қызметтер көрсету мәселелері бойынша, валюталық шарттар мен шетелдік банктердегі шоттар мәселелері бойынша жолданымдар) есептелмеді; олардың саны бөлек көрсетілген.</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="52"/>
        <location filename="../reports/labels.py" line="86"/>
        <source>Satisfied</source>
        <translation>Қанағаттандырылды</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="53"/>
        <location filename="../reports/labels.py" line="87"/>
        <source>Partly satisfied</source>
        <translation>Ішінара қанағаттандырылды</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="54"/>
        <location filename="../reports/labels.py" line="88"/>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="55"/>
        <source>Explained</source>
        <translation>Түсіндірілді</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="56"/>
        <source>Taken into consideration</source>
        <translation>Назарға алынды</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="57"/>
        <source>Forwarded (art. 65)</source>
        <translation>Әрі қарай жолданды (ӘРПК 65-бабы)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="58"/>
        <source>Returned (art. 64 part 7)</source>
        <translation>Қайтарылды (ӘРПК 64-бабының 7-бөлігі)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="59"/>
        <source>Terminated (art. 70, 88)</source>
        <translation>Тоқтатылды (ӘРПК 70, 88-баптары)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="60"/>
        <source>Left without consideration (art. 95)</source>
        <translation>Қараусыз қалдырылды (ӘРПК 95-бабы)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="61"/>
        <source>Sent back for a new consideration (art. 100)</source>
        <translation>Жаңадан қарауға жіберілді (ӘРПК 100-бабы)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="62"/>
        <source>Filed into an earlier case (art. 64 part 8)</source>
        <translation>Бұрынғы іске қоса тігілді (ӘРПК 64-бабының 8-бөлігі)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="63"/>
        <location filename="../reports/labels.py" line="77"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="66"/>
        <source>of them collective</source>
        <translation>оның ішінде ұжымдық</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="69"/>
        <source>Act revoked (art. 100 part 1 1))</source>
        <translation>Акт жойылды (ӘРПК 100-бабы 1-бөлігінің 1) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="70"/>
        <source>Act revoked, a new act adopted (art. 100 part 1 2))</source>
        <translation>Акт жойылып, жаңа акт қабылданды (ӘРПК 100-бабы 1-бөлігінің 2) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="71"/>
        <source>Action to be performed (art. 100 part 1 3))</source>
        <translation>Әрекет жасау міндеттелді (ӘРПК 100-бабы 1-бөлігінің 3) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="72"/>
        <source>Left unsatisfied (art. 100 part 1 4))</source>
        <translation>Қанағаттандырусыз қалдырылды (ӘРПК 100-бабы 1-бөлігінің 4) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="73"/>
        <source>Case sent back (art. 100 part 1 5))</source>
        <translation>Іс жаңадан қарауға жіберілді (ӘРПК 100-бабы 1-бөлігінің 5) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="74"/>
        <source>Left without consideration (art. 100 part 1 6))</source>
        <translation>Қараусыз қалдырылды (ӘРПК 100-бабы 1-бөлігінің 6) тармақшасы)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="75"/>
        <source>Satisfied by the challenged body (art. 91 part 4)</source>
        <translation>Шағымданылған орган қанағаттандырды (ӘРПК 91-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="76"/>
        <source>Sent to the complaint body (art. 91 part 4)</source>
        <translation>Шағымды қарайтын органға жіберілді (ӘРПК 91-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="80"/>
        <source>An administrative act</source>
        <translation>Әкімшілік акт</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="81"/>
        <source>An action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="82"/>
        <source>Inaction</source>
        <translation>Әрекетсіздік</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="85"/>
        <source>All petitions</source>
        <translation>Барлық петициялар</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="91"/>
        <source>People received</source>
        <translation>Қабылданған адамдар</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="92"/>
        <source>Registered as written appeals (art. 90 part 4)</source>
        <translation>Жазбаша жолданым ретінде тіркелді (ӘРПК 90-бабының 4-бөлігі)</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="95"/>
        <source>Proposals with advertising</source>
        <translation>Жарнамасы бар ұсыныстар</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="96"/>
        <source>Appeals on state services</source>
        <translation>Мемлекеттік қызметтер көрсету мәселелері бойынша жолданымдар</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="97"/>
        <source>Currency contracts and foreign accounts</source>
        <translation>Валюталық шарттар және шетелдік банктердегі шоттар</translation>
    </message>
    <message>
        <location filename="../reports/labels.py" line="99"/>
        <source>All appeals</source>
        <translation>Барлық жолданымдар</translation>
    </message>
</context>
<context>
    <name>ReportPrint</name>
    <message>
        <location filename="../reports/printout.py" line="23"/>
        <location filename="../reports/printout.py" line="84"/>
        <source>Information on the work with appeals</source>
        <translation>Жолданымдармен жұмыс туралы ақпарат</translation>
    </message>
    <message>
        <location filename="../reports/printout.py" line="24"/>
        <source>{first} – {last} compared with {pfirst} – {plast}</source>
        <translation>{first} – {last}, салыстыру: {pfirst} – {plast}</translation>
    </message>
    <message>
        <location filename="../reports/printout.py" line="28"/>
        <source>now</source>
        <translation>қазір</translation>
    </message>
    <message>
        <location filename="../reports/printout.py" line="28"/>
        <source>year ago</source>
        <translation>бір жыл бұрын</translation>
    </message>
    <message>
        <location filename="../reports/printout.py" line="50"/>
        <source>Head: ____________________   Date: {date}</source>
        <translation>Басшы: ____________________   Күні: {date}</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../reports/window.py" line="110"/>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="128"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="128"/>
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="128"/>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="129"/>
        <source>Dates from – to</source>
        <translation>Күндер аралығы</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="138"/>
        <source>January</source>
        <translation>Қаңтар</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="138"/>
        <source>February</source>
        <translation>Ақпан</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="138"/>
        <source>March</source>
        <translation>Наурыз</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="138"/>
        <source>April</source>
        <translation>Сәуір</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="139"/>
        <source>May</source>
        <translation>Мамыр</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="139"/>
        <source>June</source>
        <translation>Маусым</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="139"/>
        <source>July</source>
        <translation>Шілде</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="139"/>
        <source>August</source>
        <translation>Тамыз</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="140"/>
        <source>September</source>
        <translation>Қыркүйек</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="140"/>
        <source>October</source>
        <translation>Қазан</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="140"/>
        <source>November</source>
        <translation>Қараша</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="140"/>
        <source>December</source>
        <translation>Желтоқсан</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="145"/>
        <source>Quarter {n}</source>
        <translation>{n}-тоқсан</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="150"/>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="155"/>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="175"/>
        <source>Double-click a figure to see the appeals behind it.</source>
        <translation>Көрсеткіштің артындағы жолданымдарды көру үшін оны екі рет басыңыз.</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="187"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="190"/>
        <source>Export XLSX…</source>
        <translation>XLSX-ке экспорттау…</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="193"/>
        <source>Not counted (art. 69 part 3)…</source>
        <translation>Есепке алынбайтындар (ӘРПК 69-бабының 3-бөлігі)…</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="196"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="267"/>
        <source>Choose a period and press Show.</source>
        <translation>Кезеңді таңдап, «Көрсету» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="271"/>
        <source>{first} – {last} compared with {pfirst} – {plast}</source>
        <translation>{first} – {last}, салыстыру: {pfirst} – {plast}</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="381"/>
        <source>Export the report</source>
        <translation>Есепті экспорттау</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="382"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../reports/window.py" line="394"/>
        <source>The workbook was not saved: {error}</source>
        <translation>Кітап сақталмады: {error}</translation>
    </message>
</context>
<context>
    <name>RoutesForm</name>
    <message>
        <location filename="../admin/routes_form.py" line="36"/>
        <source>The head&apos;s acts: the superior body or the court given on the Office page.</source>
        <translation>Басшының актілері: Аппарат бетінде көрсетілген жоғары тұрған орган немесе сот.</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="41"/>
        <source>Acts signed by a deputy (art. 91 part 3: the official superior to the deputy, usually the head of this office)</source>
        <translation>Орынбасар қол қойған актілер (ӘРПК 91-бабының 3-бөлігі: орынбасар үшін бағыныстылық тәртібімен жоғары тұрған лауазымды адам, әдетте осы мекеменің басшысы)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="47"/>
        <source>Complaint body, with its address (Kazakh)</source>
        <translation>Шағымды қарайтын орган, мекенжайымен (қазақша)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="48"/>
        <source>Complaint body, with its address (Russian)</source>
        <translation>Шағымды қарайтын орган, мекенжайымен (орысша)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="49"/>
        <source>Court, if there is no superior body (Kazakh)</source>
        <translation>Жоғары тұрған орган болмаса, сот (қазақша)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="50"/>
        <source>Court, if there is no superior body (Russian)</source>
        <translation>Жоғары тұрған орган болмаса, сот (орысша)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="58"/>
        <source>Fill from the head of the office</source>
        <translation>Мекеме басшысынан толтыру</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="65"/>
        <source>Acts under special laws with their own complaint body (art. 80 part 5, art. 91 part 3)</source>
        <translation>Шағымды қарайтын өз органы бар арнаулы заңдар бойынша актілер (ӘРПК 80-бабының 5-бөлігі, 91-бабының 3-бөлігі)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="73"/>
        <source>Category (Kazakh)</source>
        <translation>Санаты (қазақша)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="73"/>
        <source>Category (Russian)</source>
        <translation>Санаты (орысша)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="73"/>
        <source>Special law</source>
        <translation>Арнаулы заң</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="74"/>
        <source>Complaint body (Kazakh)</source>
        <translation>Шағымды қарайтын орган (қазақша)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="74"/>
        <source>Complaint body (Russian)</source>
        <translation>Шағымды қарайтын орган (орысша)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="75"/>
        <source>Court (Kazakh)</source>
        <translation>Сот (қазақша)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="75"/>
        <source>Court (Russian)</source>
        <translation>Сот (орысша)</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="79"/>
        <source>Add category</source>
        <translation>Санат қосу</translation>
    </message>
    <message>
        <location filename="../admin/routes_form.py" line="82"/>
        <source>Remove category</source>
        <translation>Санатты алып тастау</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <location filename="../reception/schedule_tab.py" line="40"/>
        <source>Official</source>
        <translation>Лауазымды адам</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="40"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="40"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="41"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="41"/>
        <source>Subjects</source>
        <translation>Тақырыптары</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="41"/>
        <source>Approved</source>
        <translation>Бекітілді</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="46"/>
        <source>Add a reception…</source>
        <translation>Қабылдау қосу…</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="47"/>
        <source>Withdraw…</source>
        <translation>Алып тастау…</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="48"/>
        <source>Approve the month (head)</source>
        <translation>Айды бекіту (басшы)</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="49"/>
        <source>Schedule (DOCX)…</source>
        <translation>Кесте (DOCX)…</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="51"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="58"/>
        <source>To check (art. 90 part 3): this month and the next</source>
        <translation>Тексеру үшін (ӘРПК 90-бабының 3-бөлігі): осы ай және келесі ай</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="110"/>
        <source>Withdraw the reception</source>
        <translation>Қабылдауды кестеден алып тастау</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="110"/>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../reception/schedule_tab.py" line="118"/>
        <source>Approved: {n} receptions.</source>
        <translation>Бекітілген қабылдаулар: {n}.</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <location filename="../admin/connection_dialog.py" line="205"/>
        <source>Zholdanym: the office server</source>
        <translation>Zholdanym: мекеменің сервері</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="210"/>
        <source>{user} on {host}, port {port}, database {database}</source>
        <translation>{user}, сервер {host}, порт {port}, дерекқор {database}</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="215"/>
        <source>The office server&apos;s password is not in this computer&apos;s credential store yet: type it; it will be kept there.</source>
        <translation>Мекеме серверінің құпиясөзі осы компьютердің есептік деректер қоймасында әлі жоқ: оны енгізіңіз, ол сонда сақталады.</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="218"/>
        <source>This computer has no credential store, so the office server&apos;s password is not saved: type it at each start.</source>
        <translation>Бұл компьютерде есептік деректер қоймасы жоқ, сондықтан мекеме серверінің құпиясөзі сақталмайды: оны әр іске қосқан сайын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="227"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="231"/>
        <source>Connect</source>
        <translation>Қосылу</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="232"/>
        <source>Change the connection…</source>
        <translation>Қосылымды өзгерту…</translation>
    </message>
    <message>
        <location filename="../admin/connection_dialog.py" line="234"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
</context>
<context>
    <name>SettingRefusal</name>
    <message>
        <location filename="../admin/setting_refusal.py" line="22"/>
        <source>Head of office, who signs the documents</source>
        <translation>Құжаттарға қол қоятын орган басшысы</translation>
    </message>
    <message>
        <location filename="../admin/setting_refusal.py" line="23"/>
        <source>Superior body for complaints about the head&apos;s acts, or the court</source>
        <translation>Басшының актілеріне шағымдарды қарайтын жоғары тұрған орган немесе сот</translation>
    </message>
    <message>
        <location filename="../admin/setting_refusal.py" line="25"/>
        <source>Complaint body for acts signed by a deputy, or the court</source>
        <translation>Орынбасар қол қойған актілерге шағымды қарайтын орган немесе сот</translation>
    </message>
    <message>
        <location filename="../admin/setting_refusal.py" line="27"/>
        <source>Complaint body for this category of acts under a special law, or the court</source>
        <translation>Арнаулы заң бойынша актілердің осы санатына шағымды қарайтын орган немесе сот</translation>
    </message>
    <message>
        <location filename="../admin/setting_refusal.py" line="64"/>
        <source>Missing setting: «{setting}» (Settings, page «{page}»).</source>
        <translation>Толтырылмаған баптау: «{setting}» (Баптаулар, «{page}» беті).</translation>
    </message>
    <message>
        <location filename="../admin/setting_refusal.py" line="66"/>
        <source>Only the administrator can change the office&apos;s settings.</source>
        <translation>Аппарат баптауларын тек әкімші өзгерте алады.</translation>
    </message>
    <message>
        <location filename="../admin/setting_refusal.py" line="70"/>
        <source>Open the settings at this field to fill it in.</source>
        <translation>Оны толтыру үшін баптауларды осы өрісте ашыңыз.</translation>
    </message>
    <message>
        <location filename="../admin/setting_refusal.py" line="71"/>
        <source>Open settings</source>
        <translation>Баптауларды ашу</translation>
    </message>
    <message>
        <location filename="../admin/setting_refusal.py" line="77"/>
        <source>Ask the administrator to fill it in: {names}.</source>
        <translation>Оны толтыруды әкімшіден сұраңыз: {names}.</translation>
    </message>
    <message>
        <location filename="../admin/setting_refusal.py" line="78"/>
        <source>Ask the administrator to fill it in.</source>
        <translation>Оны толтыруды әкімшіден сұраңыз.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../admin/settings_dialog.py" line="36"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../admin/settings_dialog.py" line="50"/>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
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
        <translation>Шағым жасау тәртібі</translation>
    </message>
    <message>
        <location filename="../admin/settings_dialog.py" line="51"/>
        <source>The new language applies at once to every window: the journal opens again in it when these settings are saved.</source>
        <translation>Жаңа тіл бірден барлық терезеге қолданылады: осы баптаулар сақталғанда журнал сол тілде қайта ашылады.</translation>
    </message>
    <message>
        <location filename="../admin/settings_dialog.py" line="58"/>
        <source>Terms</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <location filename="../admin/settings_dialog.py" line="60"/>
        <source>Legal readings</source>
        <translation>Құқықтық түсіндірмелер</translation>
    </message>
    <message>
        <location filename="../admin/settings_dialog.py" line="61"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../admin/settings_dialog.py" line="84"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../admin/settings_dialog.py" line="84"/>
        <source>Working days</source>
        <translation>Жұмыс күндері</translation>
    </message>
    <message>
        <location filename="../admin/settings_dialog.py" line="85"/>
        <source>Article</source>
        <translation>Бап</translation>
    </message>
    <message>
        <location filename="../admin/settings_dialog.py" line="85"/>
        <source>Special law</source>
        <translation>Арнаулы заң</translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <location filename="../reception/slot_dialog.py" line="26"/>
        <source>Reception</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <location filename="../reception/slot_dialog.py" line="47"/>
        <source>Official (art. 90 part 1)</source>
        <translation>Лауазымды адам (ӘРПК 90-бабының 1-бөлігі)</translation>
    </message>
    <message>
        <location filename="../reception/slot_dialog.py" line="48"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../reception/slot_dialog.py" line="48"/>
        <source>From (HH:MM)</source>
        <translation>Басталуы (СС:ММ)</translation>
    </message>
    <message>
        <location filename="../reception/slot_dialog.py" line="49"/>
        <source>To (HH:MM)</source>
        <translation>Аяқталуы (СС:ММ)</translation>
    </message>
    <message>
        <location filename="../reception/slot_dialog.py" line="50"/>
        <source>Minutes per person</source>
        <translation>Бір адамға бөлінетін минут</translation>
    </message>
    <message>
        <location filename="../reception/slot_dialog.py" line="51"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../reception/slot_dialog.py" line="51"/>
        <source>Subjects received on</source>
        <translation>Қабылдау тақырыптары</translation>
    </message>
</context>
<context>
    <name>StartSplash</name>
    <message>
        <location filename="../common/splash.py" line="68"/>
        <source>Starting…</source>
        <translation>Іске қосылуда…</translation>
    </message>
    <message>
        <location filename="../common/splash.py" line="69"/>
        <source>Restoring the chosen backup…</source>
        <translation>Таңдалған сақтық көшірме қалпына келтірілуде…</translation>
    </message>
    <message>
        <location filename="../common/splash.py" line="70"/>
        <source>Opening the database…</source>
        <translation>Дерекқор ашылуда…</translation>
    </message>
    <message>
        <location filename="../common/splash.py" line="71"/>
        <source>Creating the database…</source>
        <translation>Дерекқор құрылуда…</translation>
    </message>
    <message>
        <location filename="../common/splash.py" line="72"/>
        <source>Migrating the database to the new version…</source>
        <translation>Дерекқор жаңа нұсқаға көшірілуде…</translation>
    </message>
    <message>
        <location filename="../common/splash.py" line="73"/>
        <source>Checking the database…</source>
        <translation>Дерекқор тексерілуде…</translation>
    </message>
    <message>
        <location filename="../common/splash.py" line="74"/>
        <source>Creating the demo office…</source>
        <translation>Демо аппарат құрылуда…</translation>
    </message>
    <message>
        <location filename="../common/splash.py" line="75"/>
        <source>Creating the demo office: {done} of {total} appeals…</source>
        <translation>Демо аппарат құрылуда: жолданымдар {done} / {total}…</translation>
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
        <translation>Деректер қалтасы енді мынада:
{folder}

Алдыңғы нұсқаның деректер қалтасында да дерекқор бар; ол ауыстырылмады және мына жерде өзгеріссіз сақталған:
{old}</translation>
    </message>
    <message>
        <location filename="../start.py" line="71"/>
        <source>The database cannot be opened:
{url}

{error}</source>
        <translation>Дерекқорды ашу мүмкін емес:
{url}

{error}</translation>
    </message>
    <message>
        <location filename="../start.py" line="85"/>
        <source>The database integrity check found problems. Work carefully and restore the latest backup if data looks wrong.

{details}</source>
        <translation>Дерекқордың тұтастығын тексеру кезінде ақаулар анықталды. Абай болып жұмыс істеңіз, ал деректер қате көрінсе, соңғы сақтық көшірмені қалпына келтіріңіз.

{details}</translation>
    </message>
    <message>
        <location filename="../start.py" line="189"/>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <location filename="../start.py" line="190"/>
        <source>The server database&apos;s last recorded backup: {days} (days ago). Run &quot;main.py backup --db … --to …&quot; on the server, or schedule it daily (see the README).</source>
        <translation>Сервердегі дерекқордың соңғы тіркелген сақтық көшірмесі: {days} (күн бұрын). Серверде &quot;main.py backup --db … --to …&quot; іске қосыңыз немесе оны күн сайын жоспарлаңыз (README қараңыз).</translation>
    </message>
    <message>
        <location filename="../start.py" line="358"/>
        <source>The chosen backup was restored. The file it replaced is kept in:
{folder}</source>
        <translation>Таңдалған көшірме қалпына келтірілді. Ол ауыстырған файл мына жерде сақталған:
{folder}</translation>
    </message>
    <message>
        <location filename="../start.py" line="197"/>
        <source>Demo users: admin, registrar, executor, executor2, head, deputy; password {pw}</source>
        <translation>Демо пайдаланушылар: admin, registrar, executor, executor2, head, deputy; құпиясөз {pw}</translation>
    </message>
    <message>
        <location filename="../common/crash.py" line="35"/>
        <source>An unexpected error occurred. Nothing you saved is lost. The details are in {path}; please send that file to the administrator.</source>
        <translation>Күтпеген қате орын алды. Сақталған деректер жоғалған жоқ. Толық мәліметтер {path} файлында; бұл файлды әкімшіге жіберіңіз.</translation>
    </message>
</context>
<context>
    <name>StatsTab</name>
    <message>
        <location filename="../reception/stats_tab.py" line="47"/>
        <source>From</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location filename="../reception/stats_tab.py" line="47"/>
        <source>to</source>
        <translation>аяқталуы</translation>
    </message>
    <message>
        <location filename="../reception/stats_tab.py" line="71"/>
        <source>People received: {people}; registered as written appeals: {converted}.</source>
        <translation>Қабылданған адамдар: {people}; жазбаша жолданым ретінде тіркелгені: {converted}.</translation>
    </message>
    <message>
        <location filename="../reception/stats_tab.py" line="74"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../reception/stats_tab.py" line="74"/>
        <source>Official</source>
        <translation>Лауазымды адам</translation>
    </message>
    <message>
        <location filename="../reception/stats_tab.py" line="74"/>
        <source>Reception days</source>
        <translation>Қабылдау күндері</translation>
    </message>
    <message>
        <location filename="../reception/stats_tab.py" line="75"/>
        <location filename="../reception/stats_tab.py" line="79"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../reception/stats_tab.py" line="77"/>
        <source>Subject</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <location filename="../reception/stats_tab.py" line="77"/>
        <source>Questions</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <location filename="../reception/stats_tab.py" line="79"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
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
        <translation>A5 парағы</translation>
    </message>
    <message>
        <location filename="../intake/talon_dialog.py" line="38"/>
        <source>80 mm receipt</source>
        <translation>80 мм чек таспасы</translation>
    </message>
    <message>
        <location filename="../intake/talon_dialog.py" line="42"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../intake/talon_dialog.py" line="43"/>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../intake/talon_dialog.py" line="45"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../intake/talon_dialog.py" line="48"/>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <location filename="../intake/talon_dialog.py" line="81"/>
        <source>This will be a duplicate (copy {n}).</source>
        <translation>Бұл телнұсқа болады ({n}-данасы).</translation>
    </message>
    <message>
        <location filename="../intake/talon_dialog.py" line="105"/>
        <source>The talon was not printed.</source>
        <translation>Талон басып шығарылмады.</translation>
    </message>
    <message>
        <location filename="../intake/talon_dialog.py" line="112"/>
        <source>The PDF could not be written to {path}.</source>
        <translation>PDF файлын {path} жолына жазу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../intake/talon_dialog.py" line="120"/>
        <source>Save talon as PDF</source>
        <translation>Талонды PDF ретінде сақтау</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../admin/users_dialog.py" line="35"/>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
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
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="39"/>
        <location filename="../admin/users_dialog.py" line="52"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="39"/>
        <location filename="../admin/users_dialog.py" line="61"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="39"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="48"/>
        <source>New user</source>
        <translation>Жаңа пайдаланушы</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="51"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="52"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="53"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="62"/>
        <source>Add user</source>
        <translation>Пайдаланушыны қосу</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="77"/>
        <source>Selected user</source>
        <translation>Таңдалған пайдаланушы</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="88"/>
        <source>temporary password</source>
        <translation>уақытша құпиясөз</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="91"/>
        <source>Change role</source>
        <translation>Рөлін өзгерту</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="92"/>
        <source>Reset password</source>
        <translation>Құпиясөзді қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="93"/>
        <source>Deactivate</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="94"/>
        <source>Reactivate</source>
        <translation>Қайта қосу</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="95"/>
        <source>Unlock</source>
        <translation>Бұғаттан шығару</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="117"/>
        <source>Select a user in the table first.</source>
        <translation>Алдымен кестеден пайдаланушыны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="119"/>
        <source>Why?</source>
        <translation>Неге?</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="119"/>
        <source>The reason is kept in the history.</source>
        <translation>Себебі тарихта сақталады.</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="138"/>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <location filename="../admin/users_dialog.py" line="138"/>
        <source>deactivated</source>
        <translation>өшірілген</translation>
    </message>
</context>
</TS>
