"""The texts of the shipped templates, per document and language.

Each line is (format, text): format c/r/j/l (centre, right, justify, left)
with "b" for bold.  Texts are Jinja for docxtpl; a paragraph holding only
``{%p ... %}`` is a condition or a loop (docxtpl removes it).  Filters:
``longdate`` before a noun ("2026 жылғы 25 қарашадағы № 5"), ``plaindate`` on its
own ("2026 жылғы 25 қараша"; Russian "25 ноября 2026 года" for both) and
``shortdate`` (25.11.2026).  The variables of each document are listed in
``app/documents/fields.py``, which checks them when a template is loaded.
"""
from __future__ import annotations

HEAD_KK = [
    ("cb", "{{ office_name }}"),
    ("c", "{{ office_address }}"),
    ("l", "{{ date|longdate }} № {{ doc_number }}"),
    ("l", "{%p if supersedes_number %}"),
    ("l", "Осы құжат {{ supersedes_number }} нөмірлі құжаттағы қате жазуларды түзетеді (ӘРПК 82-бабы)."),
    ("l", "{%p endif %}"),
]
HEAD_RU = [
    ("cb", "{{ office_name }}"),
    ("c", "{{ office_address }}"),
    ("l", "{{ date|longdate }} № {{ doc_number }}"),
    ("l", "{%p if supersedes_number %}"),
    ("l", "Настоящий документ исправляет описки в документе № {{ supersedes_number }} (ст. 82 АППК)."),
    ("l", "{%p endif %}"),
]
TO = [("r", "{{ applicant_name }}"), ("r", "{{ applicant_address }}")]
SIGN = [("l", ""), ("l", "{{ official_position }}          ____________          {{ official_name }}")]
DELIVERY_KK = [("l", "Жеткізу тәсілі: {{ delivery_channel }}; жіберілген күні: {{ delivery_date|shortdate }} "
                     "(ӘРПК 66-бабының 2-бөлігі).")]
DELIVERY_RU = [("l", "Способ доставки: {{ delivery_channel }}; дата отправки: {{ delivery_date|shortdate }} "
                     "(ч. 2 ст. 66 АППК).")]
# АППК 80.5 (and 89.2, 70.4): where, within what term and how to complain.
# The route names what it is about: in an act "осы әкімшілік актіні" /
# "настоящий административный акт" (80.5 speaks of the act), in an answer the
# answer, in a decision (termination, petition) the decision.  The term is
# 92.1's ("...белгілі болған күннен бастап үш айдан кешіктірмей"); in court,
# 136.1's ("талап қою ... бір ай ішінде беріледі").
_ROUTE_WORDS = {   # what: (kk accusative, kk verb, kk "туралы", kk dative, kk nominative,
                   #        ru "через орган, ...", ru "стало известно ...", ru subject, ru genitive)
    "act": ("әкімшілік актіні", "қабылдаған", "әкімшілік актіні қабылдау", "әкімшілік актіге",
            "әкімшілік акт", "принявший настоящий административный акт",
            "о принятии административного акта", "настоящий административный акт может быть оспорен",
            "административного акта"),
    "answer": ("жауапты", "берген", "жауап", "жауапқа", "жауап", "давший настоящий ответ", "об ответе",
               "настоящий ответ может быть оспорен", "ответа"),
    "decision": ("шешімді", "қабылдаған", "шешім", "шешімге", "шешім", "принявший настоящее решение",
                 "о решении", "настоящее решение может быть оспорено", "решения"),
}


def route_kk(what: str = "decision") -> list:
    acc, verb, about, dat, nom = _ROUTE_WORDS[what][:5]
    return [
        ("l", "{%p if appeal_body %}"),
        # АППК 80.5 "жоғары тұрған әкімшілік орган, лауазымды адам немесе ... өзге де ...
        # орган, лауазымды адам"; 91.3 names it "шағымды қарайтын орган".
        ("j", "Шағым жасау тәртібі (ӘРПК 80-бабының 5-бөлігі). Шағымды қарайтын орган (лауазымды адам): "
              f"{{{{ appeal_body }}}}. Шағым осы {acc} {verb} әкімшілік орган арқылы жазбаша "
              "(қағаз және (немесе) электрондық) нысанда беріледі (ӘРПК 91-бабының 4-бөлігі). Шағым беру "
              f"мерзімі – әкімшілік рәсімге қатысушыға {about} туралы белгілі болған күннен бастап үш айдан "
              "кешіктірмей (ӘРПК 92-бабының 1-бөлігі)."),
        ("l", "{%p else %}"),
        ("j", "Сотқа дау айту тәртібі (ӘРПК 80-бабы 5-бөлігінің екінші абзацы). Жоғары тұрған әкімшілік "
              f"орган болмағандықтан, осы {dat} сотқа талап қою арқылы дау айтылуы мүмкін: {{{{ court }}}}; "
              f"талап қою {nom} табыс етілген күннен бастап немесе әкімшілік рәсімге қатысушының назарына "
              "жеткізілген кезден бастап бір ай ішінде беріледі (ӘРПК 136-бабының 1-бөлігі)."),
        ("l", "{%p endif %}"),
    ]


def route_ru(what: str = "decision") -> list:
    through, known, subject, gen = _ROUTE_WORDS[what][5:]
    return [
        ("l", "{%p if appeal_body %}"),
        ("j", "Порядок обжалования (ч. 5 ст. 80 АППК). Орган (должностное лицо), рассматривающий "
              "жалобу: {{ appeal_body }}. Жалоба подаётся в письменной (бумажной и (или) "
              f"электронной) форме через административный орган, {through} (ч. 4 ст. 91 АППК), не "
              "позднее трёх месяцев со дня, когда участнику административной процедуры стало известно "
              f"{known} (ч. 1 ст. 92 АППК)."),
        ("l", "{%p else %}"),
        ("j", "Порядок оспаривания в суде (абз. 2 ч. 5 ст. 80 АППК). Ввиду отсутствия вышестоящего "
              f"административного органа {subject} в суде путём подачи иска: {{{{ court }}}}; иск подаётся "
              f"в течение одного месяца со дня вручения {gen} или с момента доведения его до сведения "
              "участника административной процедуры (ч. 1 ст. 136 АППК)."),
        ("l", "{%p endif %}"),
    ]


ROUTE_KK = route_kk("decision")
ROUTE_RU = route_ru("decision")

TEXTS = {
    "act": {
        "kk": HEAD_KK + TO + [
            ("cb", "ӘКІМШІЛІК АКТ"),
            ("c", "{{ act_kind_text }}"),
            ("j", "Әкімшілік органның атауы: {{ office_name }}; лауазымды адам: {{ official_full_name }} "
                  "(ӘРПК 80-бабы 1-бөлігінің 1) тармақшасы)."),
            ("j", "Қабылданған күні: {{ date|plaindate }} (ӘРПК 80-бабы 1-бөлігінің 2) тармақшасы)."),
            ("j", "Арыз иесі: {{ applicant_full }} (ӘРПК 80-бабы 1-бөлігінің 3) тармақшасы)."),
            ("j", "{{ appeal_word_cap }}: {{ reg_date|longdate }} № {{ reg_number }}."),
            ("j", "Шешілетін мәселенің сипаттамасы: {{ matter }}"),
            ("l", "{%p if reasoning %}"),
            ("j", "Негіздеме (ӘРПК 80-бабы 1-бөлігінің 4) тармақшасы): {{ reasoning }}"),
            ("l", "{%p else %}"),
            ("j", "Негіздеме ӘРПК 80-бабы 2-бөлігінің {{ no_reasoning_item }}) тармақшасына сәйкес "
                  "келтірілмейді."),
            ("l", "{%p endif %}"),
            ("jb", "ШЕШІМ: {{ decision_text }}"),
            ("l", "{%p if no_hearing_reason %}"),
            ("j", "Тыңдау өткізілмеу себебі (ӘРПК 73-бабы 2-бөлігінің 4) тармақшасы): {{ no_hearing_reason }}"),
            ("l", "{%p endif %}"),
            ("l", "{%p if execution_days %}"),   # АППК 86.3: none for a refusal
            ("j", "Акт {{ execution_days }} жұмыс күні ішінде орындалуға тиіс (ӘРПК 86-бабының 3-бөлігі)."),
            ("l", "{%p endif %}"),
            ("l", "{%p if no_suspension_reason %}"),
            ("j", "Шағым беру осы актінің орындалуын тоқтата тұрмайды: {{ no_suspension_reason }} "
                  "(ӘРПК 96-бабының 2-бөлігі)."),
            ("l", "{%p endif %}"),
            ("l", "{%p if attachments %}"),
            ("j", "Қосымшалар актінің ажырамас бөлігі болып табылады (ӘРПК 80-бабының 3, 4-бөліктері):"),
            ("l", "{%p for a in attachments %}"),
            ("l", "{{ loop.index }}. {{ a }}"),
            ("l", "{%p endfor %}"),
            ("l", "{%p endif %}"),
        ] + route_kk("act") + SIGN,
        "ru": HEAD_RU + TO + [
            ("cb", "АДМИНИСТРАТИВНЫЙ АКТ"),
            ("c", "{{ act_kind_text }}"),
            ("j", "Наименование административного органа: {{ office_name }}; должностное лицо: "
                  "{{ official_full_name }} (подп. 1) ч. 1 ст. 80 АППК)."),
            ("j", "Дата принятия: {{ date|plaindate }} (подп. 2) ч. 1 ст. 80 АППК)."),
            ("j", "Заявитель: {{ applicant_full }} (подп. 3) ч. 1 ст. 80 АППК)."),
            ("j", "{{ appeal_word_cap }}: № {{ reg_number }} от {{ reg_date|longdate }}."),
            ("j", "Описание разрешаемых вопросов: {{ matter }}"),
            ("l", "{%p if reasoning %}"),
            ("j", "Обоснование (подп. 4) ч. 1 ст. 80 АППК): {{ reasoning }}"),
            ("l", "{%p else %}"),
            ("j", "Обоснование не приводится в соответствии с подп. {{ no_reasoning_item }}) ч. 2 ст. 80 АППК."),
            ("l", "{%p endif %}"),
            ("jb", "РЕШЕНИЕ: {{ decision_text }}"),
            ("l", "{%p if no_hearing_reason %}"),
            ("j", "Причина непроведения заслушивания (подп. 4) ч. 2 ст. 73 АППК): {{ no_hearing_reason }}"),
            ("l", "{%p endif %}"),
            ("l", "{%p if execution_days %}"),   # АППК 86.3: none for a refusal
            ("j", "Акт подлежит исполнению в течение {{ execution_days }} рабочих дней (ч. 3 ст. 86 АППК)."),
            ("l", "{%p endif %}"),
            ("l", "{%p if no_suspension_reason %}"),
            ("j", "Подача жалобы не приостанавливает исполнение настоящего акта: {{ no_suspension_reason }} "
                  "(ч. 2 ст. 96 АППК)."),
            ("l", "{%p endif %}"),
            ("l", "{%p if attachments %}"),
            ("j", "Приложения являются неотъемлемой частью акта (ч. 3, 4 ст. 80 АППК):"),
            ("l", "{%p for a in attachments %}"),
            ("l", "{{ loop.index }}. {{ a }}"),
            ("l", "{%p endfor %}"),
            ("l", "{%p endif %}"),
        ] + route_ru("act") + SIGN,
    },
    "answer": {
        "kk": HEAD_KK + TO + [
            ("cb", "ЖАУАП"),
            ("j", "Сіздің {{ reg_date|longdate }} № {{ reg_number }} {{ appeal_your }} оңайлатылған "
                  "әкімшілік рәсім тәртібімен қаралды (ӘРПК 87–89-баптары)."),
            ("j", "{{ answer_text }}"),
            ("j", "Арыз иесінің дәлелдерін жоққа шығаратын немесе растайтын нақты фактілер (ӘРПК 89-бабының "
                  "2-бөлігі): {{ facts }}"),
            ("j", "Заңнамаға сілтемелер: {{ legal_refs }} (ӘРПК 89-бабының 2-бөлігі)."),
        ] + route_kk("answer") + SIGN,
        "ru": HEAD_RU + TO + [
            ("cb", "ОТВЕТ"),
            ("j", "{{ appeal_your }} № {{ reg_number }} от {{ reg_date|longdate }} рассмотрен{{ appeal_end }} в порядке "
                  "упрощённой административной процедуры (ст. 87–89 АППК)."),
            ("j", "{{ answer_text }}"),
            ("j", "Конкретные факты, опровергающие или подтверждающие доводы заявителя (ч. 2 ст. 89 АППК): "
                  "{{ facts }}"),
            ("j", "Ссылки на законодательство: {{ legal_refs }} (ч. 2 ст. 89 АППК)."),
        ] + route_ru("answer") + SIGN,
    },
    "notice-incomplete": {
        "kk": HEAD_KK + TO + [
            ("cb", "{{ appeal_word_acc_cap }} талаптарға сәйкес келтіру туралы ХАБАРЛАМА"),
            ("j", "Сіздің {{ reg_date|longdate }} № {{ reg_number }} {{ appeal_your }} ӘРПК 63-бабының "
                  "талаптарына сай келмейді. Көрсетілмегені:"),
            ("l", "{%p for item in missing_items %}"),
            ("l", "– {{ item }}"),
            ("l", "{%p endfor %}"),
            ("j", "{{ appeal_word_acc_cap }} {{ until|shortdate }} дейін талаптарға сәйкес келтіруіңізді сұраймыз "
                  "(ӘРПК 64-бабының 6-бөлігі). Бұл мерзім өткеннен кейін {{ appeal_word }} үш жұмыс күні ішінде "
                  "қайтарылады (ӘРПК 64-бабы 7-бөлігінің 1) тармақшасы)."),
        ] + DELIVERY_KK + SIGN,
        "ru": HEAD_RU + TO + [
            ("cb", "УВЕДОМЛЕНИЕ о приведении {{ appeal_word_gen }} в соответствие с требованиями"),
            ("j", "{{ appeal_your }} № {{ reg_number }} от {{ reg_date|longdate }} не соответствует "
                  "требованиям ст. 63 АППК. Не указано:"),
            ("l", "{%p for item in missing_items %}"),
            ("l", "– {{ item }}"),
            ("l", "{%p endfor %}"),
            ("j", "Просим привести {{ appeal_word_acc }} в соответствие с требованиями до {{ until|shortdate }} "
                  "(ч. 6 ст. 64 АППК). По истечении этого срока {{ appeal_word }} подлежит возврату в течение "
                  "трёх рабочих дней (подп. 1) ч. 7 ст. 64 АППК)."),
        ] + DELIVERY_RU + SIGN,
    },
    "notice-return": {
        "kk": HEAD_KK + TO + [
            ("cb", "{{ appeal_word_acc_cap }} қайтару туралы ХАБАРЛАМА"),
            ("j", "Сіздің {{ reg_date|longdate }} № {{ reg_number }} {{ appeal_your }} {{ ground_text }} "
                  "негізінде қайтарылады (ӘРПК 64-бабының 7-бөлігі)."),
            ("j", "Қайтару себептері: {{ reasons }}"),
            ("j", "{{ appeal_word_acc_cap }} қайтару қайта жүгінуге кедергі келтірмейді (ӘРПК 64-бабының 8-бөлігі)."),
        ] + DELIVERY_KK + SIGN,
        "ru": HEAD_RU + TO + [
            ("cb", "УВЕДОМЛЕНИЕ о возврате {{ appeal_word_gen }}"),
            ("j", "{{ appeal_your }} № {{ reg_number }} от {{ reg_date|longdate }} возвращается по основанию: "
                  "{{ ground_text }} (ч. 7 ст. 64 АППК)."),
            ("j", "Причины возврата: {{ reasons }}"),
            ("j", "Возврат {{ appeal_word_gen }} не препятствует повторному обращению (ч. 8 ст. 64 АППК)."),
        ] + DELIVERY_RU + SIGN,
    },
    "notice-forward": {
        "kk": HEAD_KK + TO + [
            ("cb", "{{ appeal_word_acc_cap }} әрі қарай жолдау туралы ХАБАРЛАМА"),
            ("j", "Сіздің {{ reg_date|longdate }} № {{ reg_number }} {{ appeal_your }} ({{ forwarded_what }}) "
                  "қарау үшін уәкілетті органға – {{ body }} – {{ forwarded_on|shortdate }} жолданды "
                  "(ӘРПК 65-бабы). Мерзім {{ appeal_word }} уәкілетті органға келіп түскеннен кейінгі күннен "
                  "басталады (ӘРПК 76-бабының 2-бөлігі)."),
        ] + DELIVERY_KK + SIGN,
        "ru": HEAD_RU + TO + [
            ("cb", "УВЕДОМЛЕНИЕ о перенаправлении {{ appeal_word_gen }}"),
            ("j", "{{ appeal_your }} № {{ reg_number }} от {{ reg_date|longdate }} ({{ forwarded_what }}) "
                  "{{ forwarded_on|shortdate }} перенаправлен{{ appeal_end }} для рассмотрения в уполномоченный орган: "
                  "{{ body }} (ст. 65 АППК). Срок исчисляется со дня, следующего за днём поступления "
                  "{{ appeal_word_gen }} в уполномоченный орган (ч. 2 ст. 76 АППК)."),
        ] + DELIVERY_RU + SIGN,
    },
    "notice-extension": {
        "kk": HEAD_KK + TO + [
            ("cb", "Қарау мерзімін ұзарту туралы ХАБАРЛАМА"),
            ("j", "Сіздің {{ reg_date|longdate }} № {{ reg_number }} {{ appeal_your_acc }} қарау мерзімі "
                  "{{ decided_on|shortdate }} әкімшілік орган басшысының (орынбасарының, аппарат "
                  "басшысының) уәжді шешімімен {{ new_due|shortdate }} дейін ұзартылды (ӘРПК 76-бабының "
                  "3-бөлігі). Бұрынғы мерзім: {{ old_due|shortdate }}."),
            ("j", "Ұзарту себебі – іс үшін маңызы бар нақты мән-жайларды анықтау қажеттігі: {{ reason }}"),
        ] + DELIVERY_KK + SIGN,
        "ru": HEAD_RU + TO + [
            ("cb", "УВЕДОМЛЕНИЕ о продлении срока рассмотрения"),
            ("j", "Срок рассмотрения {{ appeal_your_gen }} № {{ reg_number }} от {{ reg_date|longdate }} "
                  "{{ decided_on|shortdate }} мотивированным решением руководителя административного органа "
                  "(его заместителя, руководителя аппарата) продлён до {{ new_due|shortdate }} "
                  "(ч. 3 ст. 76 АППК). Прежний срок: {{ old_due|shortdate }}."),
            ("j", "Причина продления – необходимость установления фактических обстоятельств, имеющих "
                  "значение для дела: {{ reason }}"),
        ] + DELIVERY_RU + SIGN,
    },
    "notice-hearing": {
        "kk": HEAD_KK + TO + [
            ("cb", "Алдын ала шешім және тыңдау туралы ХАБАРЛАМА"),
            ("j", "Сіздің {{ reg_date|longdate }} № {{ reg_number }} {{ appeal_your }} бойынша алдын ала "
                  "шешім: {{ preliminary }}"),
            ("j", "Сіз алдын ала шешімді алған күннен бастап екі жұмыс күнінен кешіктірмей оған "
                  "қарсылық беруге немесе айтуға, сондай-ақ ауызша нысанда тыңдау туралы өтінішхат "
                  "мәлімдеуге құқылысыз (ӘРПК 73-бабының 3-бөлігі). Тыңдау нысаны: {{ hearing_form }}."),
            ("j", "Ауызша тыңдау (өтінішхат бойынша): {{ hearing_when }} (ӘРПК 66-бабының 1-бөлігі, "
                  "73-бабының 3-бөлігі)."),
            ("j", "Әкімшілік акт {{ earliest|shortdate }} бұрын қабылданбайды (ӘРПК 73-бабының 1-бөлігі)."),
        ] + DELIVERY_KK + SIGN,
        "ru": HEAD_RU + TO + [
            ("cb", "УВЕДОМЛЕНИЕ о предварительном решении и заслушивании"),
            ("j", "Предварительное решение по {{ appeal_your_dat }} № {{ reg_number }} от "
                  "{{ reg_date|longdate }}: {{ preliminary }}"),
            ("j", "Вы вправе не позднее двух рабочих дней со дня получения предварительного решения "
                  "представить или высказать возражение, а также заявить ходатайство о заслушивании в "
                  "устной форме (ч. 3 ст. 73 АППК). Форма заслушивания: {{ hearing_form }}."),
            ("j", "Заслушивание в устной форме (по ходатайству): {{ hearing_when }} (ч. 1 ст. 66, "
                  "ч. 3 ст. 73 АППК)."),
            ("j", "Административный акт не будет принят ранее {{ earliest|shortdate }} (ч. 1 ст. 73 АППК)."),
        ] + DELIVERY_RU + SIGN,
    },
    "notice-termination": {
        "kk": HEAD_KK + TO + [
            ("cb", "Әкімшілік рәсімді тоқтату туралы ХАБАРЛАМА"),
            ("j", "Сіздің {{ reg_date|longdate }} № {{ reg_number }} {{ appeal_your }} бойынша әкімшілік "
                  "рәсім {{ decided_on|shortdate }} шешіммен тоқтатылды. Негіз: {{ ground_text }}."),
            ("j", "Себептері: {{ reasons }}"),
            ("j", "Тоқтату туралы шешімге шағым жасалуы мүмкін (ӘРПК 70-бабының 4-бөлігі)."),
        ] + route_kk("decision") + DELIVERY_KK + SIGN,
        "ru": HEAD_RU + TO + [
            ("cb", "УВЕДОМЛЕНИЕ о прекращении административной процедуры"),
            ("j", "Административная процедура по {{ appeal_your_dat }} № {{ reg_number }} от "
                  "{{ reg_date|longdate }} прекращена решением от {{ decided_on|shortdate }}. "
                  "Основание: {{ ground_text }}."),
            ("j", "Причины: {{ reasons }}"),
            ("j", "Решение о прекращении может быть обжаловано (ч. 4 ст. 70 АППК)."),
        ] + route_ru("decision") + DELIVERY_RU + SIGN,
    },
    "notice-recusal": {
        "kk": HEAD_KK + TO + [
            ("cb", "Қарсылық білдіру туралы шешім жөнінде ХАБАРЛАМА"),
            ("j", "Сіздің {{ reg_date|longdate }} № {{ reg_number }} {{ appeal_your }} бойынша {{ official }} "
                  "лауазымды адамға мәлімделген қарсылық білдіру (өздігінен бас тарту) "
                  "{{ decided_on|shortdate }} қаралды (ӘРПК 67-бабы). Шешім: {{ outcome_text }}."),
            ("j", "Себептері: {{ reasons }}"),
            ("j", "Қарсылық білдіру туралы шешімге шағым жасалмайды (ӘРПК 67-бабының 10-бөлігі). Бұл "
                  "хабарлама шешім қабылданған күннен бастап екі жұмыс күні ішінде жіберіледі "
                  "(ӘРПК 67-бабының 11-бөлігі)."),
        ] + DELIVERY_KK + SIGN,
        "ru": HEAD_RU + TO + [
            ("cb", "УВЕДОМЛЕНИЕ о решении по отводу"),
            ("j", "Отвод (самоотвод) должностного лица {{ official }}, заявленный по {{ appeal_your_dat }} "
                  "№ {{ reg_number }} от {{ reg_date|longdate }}, разрешён {{ decided_on|shortdate }} "
                  "(ст. 67 АППК). Решение: {{ outcome_text }}."),
            ("j", "Причины: {{ reasons }}"),
            ("j", "Решение по отводу обжалованию не подлежит (ч. 10 ст. 67 АППК). Настоящее уведомление "
                  "направляется в течение двух рабочих дней со дня принятия решения (ч. 11 ст. 67 АППК)."),
        ] + DELIVERY_RU + SIGN,
    },
    "protocol-oral-appeal": {
        "kk": [
            ("cb", "{{ office_name }}"),
            ("cb", "Ауызша {{ appeal_word_gen }} ХАТТАМАСЫ (ӘРПК 63-бабының 1-бөлігі)"),
            ("l", "{{ date|plaindate }}, {{ time }}, {{ place }}"),
            ("j", "Арыз иесі: {{ applicant_full }}{% if iin %}, ЖСН {{ iin }}{% endif %}"
                  "{% if bin %}, БСН {{ bin }}{% endif %}; пошталық "
                  "мекенжайы: {{ applicant_address }}{% if phone %}; телефоны: {{ phone }}{% endif %}."),
            ("j", "Кімге жолданған: {{ addressee }}."),
            ("j", "{{ appeal_word_gen_cap }} мәні: {{ substance }}"),
            ("j", "Тіркеу нөмірі: {{ reg_number }}."),
            ("l", "Арыз иесі ____________ {{ applicant_full }}"),
            ("l", "Хаттаманы жасаған {{ official_position }} ____________ {{ official_name }}"),
        ],
        "ru": [
            ("cb", "{{ office_name }}"),
            ("cb", "ПРОТОКОЛ устн{{ appeal_adj_gen }} {{ appeal_word_gen }} (ч. 1 ст. 63 АППК)"),
            ("l", "{{ date|plaindate }}, {{ time }}, {{ place }}"),
            ("j", "Заявитель: {{ applicant_full }}{% if iin %}, ИИН {{ iin }}{% endif %}"
                  "{% if bin %}, БИН {{ bin }}{% endif %}; почтовый "
                  "адрес: {{ applicant_address }}{% if phone %}; телефон: {{ phone }}{% endif %}."),
            ("j", "Адресат: {{ addressee }}."),
            ("j", "Суть {{ appeal_word_gen }}: {{ substance }}"),
            ("j", "Регистрационный номер: {{ reg_number }}."),
            ("l", "Заявитель ____________ {{ applicant_full }}"),
            ("l", "Протокол составил {{ official_position }} ____________ {{ official_name }}"),
        ],
    },
    "protocol-hearing": {
        "kk": [
            ("cb", "{{ office_name }}"),
            ("cb", "Ауызша нысанда тыңдау ХАТТАМАСЫ (ӘРПК 74-бабы)"),
            ("l", "Орны: {{ place }}; күні: {{ hearing_date|plaindate }}; басталуы: {{ start_time }}; "
                  "аяқталуы: {{ end_time }} (ӘРПК 74-бабы 2-бөлігінің 1) тармақшасы)."),
            ("j", "Әкімшілік орган: {{ office_name }}; лауазымды адам: {{ official_full_name }}; "
                  "хатшы: {{ secretary }} (ӘРПК 74-бабы 2-бөлігінің 2) тармақшасы)."),
            ("j", "Қатысушылар: {{ participants }} (ӘРПК 74-бабы 2-бөлігінің 3) тармақшасы)."),
            ("j", "Қаралған мәселенің мазмұны: {{ matter }} ({{ appeal_word }} № {{ reg_number }}; ӘРПК 74-бабы "
                  "2-бөлігінің 4) тармақшасы)."),
            ("j", "Түсініктемелер, сұрақтар мен жауаптар, мәлімдемелер: {{ statements }} (ӘРПК 74-бабы "
                  "2-бөлігінің 5) тармақшасы)."),
            ("j", "Қатысушы хаттамамен танысқаннан кейін үш жұмыс күні ішінде оған ескертулер беруге "
                  "құқылы (ӘРПК 74-бабының 6-бөлігі)."),
            ("l", "Төрағалық етуші ____________ {{ official_name }}"),
            ("l", "Хатшы ____________ {{ secretary }}"),
        ],
        "ru": [
            ("cb", "{{ office_name }}"),
            ("cb", "ПРОТОКОЛ заслушивания в устной форме (ст. 74 АППК)"),
            ("l", "Место: {{ place }}; дата: {{ hearing_date|plaindate }}; начало: {{ start_time }}; "
                  "окончание: {{ end_time }} (подп. 1) ч. 2 ст. 74 АППК)."),
            ("j", "Административный орган: {{ office_name }}; должностное лицо: {{ official_full_name }}; "
                  "секретарь: {{ secretary }} (подп. 2) ч. 2 ст. 74 АППК)."),
            ("j", "Участники: {{ participants }} (подп. 3) ч. 2 ст. 74 АППК)."),
            ("j", "Содержание рассматриваемого вопроса: {{ matter }} ({{ appeal_word }} № {{ reg_number }}; "
                  "подп. 4) ч. 2 ст. 74 АППК)."),
            ("j", "Объяснения, вопросы и ответы, заявления: {{ statements }} (подп. 5) ч. 2 ст. 74 АППК)."),
            ("j", "Участник вправе в течение трёх рабочих дней после ознакомления с протоколом "
                  "представить замечания на него (ч. 6 ст. 74 АППК)."),
            ("l", "Председательствующий ____________ {{ official_name }}"),
            ("l", "Секретарь ____________ {{ secretary }}"),
        ],
    },
}

# АППК 69: the registration journal of a period and the inventory of a case.
# A4 across (257 mm of text): each column fits its longest word at 10 pt, e.g.
# "Зарегистрировано", "тағайындалмаған", "31.10.2026 16:52" on one line.
JOURNAL_WIDTHS = [24, 29, 25, 38, 56, 32, 21, 32]
TEXTS["journal"] = {
    "kk": [("page", "landscape"),
           ("cb", "{{ office_name }}"),
           # АППК 4.16: "жолданым" is an application or a complaint; the journal lists every kind.
           ("cb", "Жолданымдарды, хабарларды, ұсыныстарды, үн қосуларды, сұрау салуларды және "
                  "петицияларды тіркеу журналы (ӘРПК 69-бабы)"),
           ("c", "{{ date_from|shortdate }} – {{ date_to|shortdate }}; барлығы: {{ rows|length }}"),
           ("table", {"loop": "r in rows",
                      "headers": ["Тіркеу нөмірі", "Түскен күні", "Түрі", "Арыз иесі", "Мәні",
                                  "Орындаушы", "Мерзімі", "Жай-күйі"],
                      "cells": ["{{ r.number }}", "{{ r.received }}", "{{ r.kind }}", "{{ r.applicant }}",
                                "{{ r.substance }}", "{{ r.executor }}", "{{ r.due }}", "{{ r.status }}"],
                      "widths": JOURNAL_WIDTHS}),
           ("l", "Құрастырылған күні: {{ date|plaindate }}")],
    "ru": [("page", "landscape"),
           ("cb", "{{ office_name }}"),
           ("cb", "Журнал регистрации обращений, сообщений, предложений, откликов, запросов и "
                  "петиций (ст. 69 АППК)"),
           ("c", "{{ date_from|shortdate }} – {{ date_to|shortdate }}; всего: {{ rows|length }}"),
           ("table", {"loop": "r in rows",
                      "headers": ["Рег. номер", "Поступило", "Вид", "Заявитель", "Суть", "Исполнитель",
                                  "Срок", "Состояние"],
                      "cells": ["{{ r.number }}", "{{ r.received }}", "{{ r.kind }}", "{{ r.applicant }}",
                                "{{ r.substance }}", "{{ r.executor }}", "{{ r.due }}", "{{ r.status }}"],
                      "widths": JOURNAL_WIDTHS}),
           ("l", "Дата составления: {{ date|plaindate }}")],
}
TEXTS["inventory"] = {
    "kk": [("cb", "{{ office_name }}"),
           ("cb", "Әкімшілік іс материалдарының тізімдемесі (ӘРПК 69-бабының 1-бөлігі)"),
           ("c", "{{ appeal_word_cap }} № {{ reg_number }}, {{ reg_date|plaindate }}; арыз иесі: {{ applicant_full }}"),
           ("table", {"loop": "d in items",
                      "headers": ["№", "Құжат", "Нөмірі", "Күні"],
                      "cells": ["{{ loop.index }}", "{{ d.title }}", "{{ d.number }}", "{{ d.date }}"],
                      "widths": [12, 88, 40, 30]}),
           ("l", "Құрастырылған күні: {{ date|plaindate }}")],
    "ru": [("cb", "{{ office_name }}"),
           ("cb", "Опись материалов административного дела (ч. 1 ст. 69 АППК)"),
           ("c", "{{ appeal_word_cap }} № {{ reg_number }} от {{ reg_date|longdate }}; заявитель: {{ applicant_full }}"),
           ("table", {"loop": "d in items",
                      "headers": ["№", "Документ", "Номер", "Дата"],
                      "cells": ["{{ loop.index }}", "{{ d.title }}", "{{ d.number }}", "{{ d.date }}"],
                      "widths": [12, 88, 40, 30]}),
           ("l", "Дата составления: {{ date|plaindate }}")],
}
