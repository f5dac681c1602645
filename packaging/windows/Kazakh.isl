; *** Inno Setup 6: Kazakh messages for the Zholdanym installer ***
;
; Written for this project (issue 15): Inno Setup ships no official Kazakh
; translation, only an unofficial, outdated one.  Used after Default.isl
; (MessagesFile: "compiler:Default.isl,Kazakh.isl"), so a message not given
; here is shown in English rather than missing.  UTF-8 with a byte-order mark.

[LangOptions]
LanguageName=Қазақ тілі
LanguageID=$043F
LanguageCodePage=0

[Messages]

; *** Application titles
SetupAppTitle=Орнату
SetupWindowTitle=Орнату — %1
UninstallAppTitle=Жою
UninstallAppFullTitle=%1 бағдарламасын жою

; *** Misc. common
InformationTitle=Ақпарат
ConfirmTitle=Растау
ErrorTitle=Қате

; *** SetupLdr messages
SetupLdrStartupMessage=%1 орнатылады. Жалғастырасыз ба?
LdrCannotCreateTemp=Уақытша файл жасалмады. Орнату тоқтатылды
LdrCannotExecTemp=Уақытша қалтадағы файл іске қосылмады. Орнату тоқтатылды

; *** Startup error messages
LastErrorMessage=%1.%n%nҚате %2: %3
SetupFileMissing=Орнату қалтасында %1 файлы жоқ. Ақауды түзетіңіз немесе бағдарламаның жаңа данасын алыңыз.
SetupFileCorrupt=Орнату файлдары бүлінген. Бағдарламаның жаңа данасын алыңыз.
SetupFileCorruptOrWrongVer=Орнату файлдары бүлінген немесе орнатушының осы нұсқасына сәйкес емес. Ақауды түзетіңіз немесе бағдарламаның жаңа данасын алыңыз.
InvalidParameter=Командалық жолда жарамсыз параметр берілді:%n%n%1
SetupAlreadyRunning=Орнатушы қазір іске қосылып тұр.
WindowsVersionNotSupported=Бұл бағдарлама компьютердегі Windows нұсқасында жұмыс істемейді (Windows 10 1809 немесе одан жаңасы керек).
NotOnThisPlatform=Бұл бағдарлама %1 жүйесінде жұмыс істемейді.
OnlyOnThisPlatform=Бұл бағдарлама тек %1 жүйесінде жұмыс істейді.
OnlyOnTheseArchitectures=Бұл бағдарламаны тек мына процессорларға арналған Windows нұсқаларына орнатуға болады:%n%n%1
WinVersionTooLowError=Бұл бағдарламаға %1 %2 немесе одан жаңа нұсқасы керек.
WinVersionTooHighError=Бұл бағдарламаны %1 %2 немесе одан жаңа нұсқасына орнатуға болмайды.
AdminPrivilegesRequired=Бұл бағдарламаны орнату үшін әкімші ретінде кіру керек.
PowerUserPrivilegesRequired=Бұл бағдарламаны орнату үшін әкімші немесе «Power Users» тобының мүшесі ретінде кіру керек.
SetupAppRunningError=%1 қазір іске қосылып тұр.%n%nОның барлық терезесін жауып, жалғастыру үшін «OK», шығу үшін «Бас тарту» батырмасын басыңыз.
UninstallAppRunningError=%1 қазір іске қосылып тұр.%n%nОның барлық терезесін жауып, жалғастыру үшін «OK», шығу үшін «Бас тарту» батырмасын басыңыз.

; *** Startup questions
PrivilegesRequiredOverrideTitle=Орнату тәсілін таңдау
PrivilegesRequiredOverrideInstruction=Орнату тәсілін таңдаңыз
PrivilegesRequiredOverrideText1=%1 бағдарламасын компьютердің барлық пайдаланушысына (әкімші құқығы керек) немесе тек өзіңізге орнатуға болады.
PrivilegesRequiredOverrideText2=%1 бағдарламасын тек өзіңізге немесе компьютердің барлық пайдаланушысына (әкімші құқығы керек) орнатуға болады.
PrivilegesRequiredOverrideAllUsers=&Барлық пайдаланушыға орнату
PrivilegesRequiredOverrideAllUsersRecommended=&Барлық пайдаланушыға орнату (ұсынылады)
PrivilegesRequiredOverrideCurrentUser=&Тек өзіме орнату
PrivilegesRequiredOverrideCurrentUserRecommended=&Тек өзіме орнату (ұсынылады)

; *** Misc. errors
ErrorCreatingDir=«%1» қалтасы жасалмады
ErrorTooManyFilesInDir=«%1» қалтасында файл тым көп болғандықтан, онда файл жасалмады

; *** Setup common messages
ExitSetupTitle=Орнатудан шығу
ExitSetupMessage=Орнату аяқталған жоқ. Қазір шықсаңыз, бағдарлама орнатылмайды.%n%nОрнатушыны кейін қайта іске қосып, орнатуды аяқтауға болады.%n%nОрнатудан шығасыз ба?
AboutSetupMenuItem=&Орнатушы туралы...
AboutSetupTitle=Орнатушы туралы
AboutSetupMessage=%1, %2 нұсқасы%n%3%n%n%1 сайты:%n%4
SelectLanguageTitle=Орнату тілін таңдау
SelectLanguageLabel=Орнату кезінде қолданылатын тілді таңдаңыз.

; *** Common wizard text
ClickNext=Жалғастыру үшін «Әрі қарай», орнатудан шығу үшін «Бас тарту» батырмасын басыңыз.
BeveledLabel=
BrowseDialogTitle=Қалтаны таңдау
BrowseDialogLabel=Тізімнен қалтаны таңдап, «OK» батырмасын басыңыз.
NewFolderName=Жаңа қалта

; *** Buttons
ButtonBack=< &Артқа
ButtonNext=Әрі &қарай >
ButtonInstall=&Орнату
ButtonOK=OK
ButtonCancel=Бас тарту
ButtonYes=&Иә
ButtonYesToAll=Барлығына и&ә
ButtonNo=&Жоқ
ButtonNoToAll=Барлығына ж&оқ
ButtonFinish=&Дайын
ButtonBrowse=&Шолу...
ButtonWizardBrowse=Ш&олу...
ButtonNewFolder=&Жаңа қалта жасау

; *** "Welcome" wizard page
WelcomeLabel1=[name] бағдарламасын орнату шебері
WelcomeLabel2=Компьютерге [name/ver] орнатылады.%n%nЖалғастырмас бұрын басқа бағдарламалардың барлығын жабу ұсынылады.

; *** "Select Destination Location" wizard page
WizardSelectDir=Орнату қалтасын таңдау
SelectDirDesc=[name] қайда орнатылсын?
SelectDirLabel3=[name] мына қалтаға орнатылады.
SelectDirBrowseLabel=Жалғастыру үшін «Әрі қарай» батырмасын басыңыз. Басқа қалта таңдау үшін «Шолу» батырмасын басыңыз.
DiskSpaceGBLabel=Дискіде кемінде [gb] ГБ бос орын керек.
DiskSpaceMBLabel=Дискіде кемінде [mb] МБ бос орын керек.
CannotInstallToNetworkDrive=Желілік дискіге орнатуға болмайды.
CannotInstallToUNCPath=UNC жолына орнатуға болмайды.
InvalidPath=Диск әрпі бар толық жолды енгізіңіз, мысалы:%n%nC:\APP%n%nнемесе мына түрдегі UNC жолын:%n%n\\server\share
InvalidDrive=Таңдалған диск немесе UNC ортақ қалтасы жоқ не қолжетімсіз. Басқасын таңдаңыз.
DiskSpaceWarningTitle=Дискіде орын жеткіліксіз
DiskSpaceWarning=Орнатуға кемінде %1 КБ бос орын керек, ал таңдалған дискіде тек %2 КБ бар.%n%nБәрібір жалғастырасыз ба?
DirNameTooLong=Қалта атауы немесе жолы тым ұзын.
InvalidDirName=Қалта атауы жарамсыз.
BadDirName32=Қалта атауында мына таңбалар болмауы керек:%n%n%1
DirExistsTitle=Қалта бар
DirExists=Мына қалта бұрыннан бар:%n%n%1%n%nСоған орнатасыз ба?
DirDoesntExistTitle=Қалта жоқ
DirDoesntExist=Мына қалта жоқ:%n%n%1%n%nОны жасау керек пе?

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Қосымша әрекеттерді таңдау
SelectTasksDesc=Қандай қосымша әрекеттер орындалсын?
SelectTasksLabel2=[name] орнату кезінде орындалатын қосымша әрекеттерді таңдап, «Әрі қарай» батырмасын басыңыз.

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=«Бастау» мәзіріндегі қалтаны таңдау
SelectStartMenuFolderDesc=Бағдарламаның белгішелері қайда орналассын?
SelectStartMenuFolderLabel3=Бағдарламаның белгішелері «Бастау» мәзірінің мына қалтасында жасалады.
SelectStartMenuFolderBrowseLabel=Жалғастыру үшін «Әрі қарай» батырмасын басыңыз. Басқа қалта таңдау үшін «Шолу» батырмасын басыңыз.
NoProgramGroupCheck2=«Бастау» мәзірінде қалта &жасамау

; *** "Ready to Install" wizard page
WizardReady=Орнатуға дайын
ReadyLabel1=[name] компьютерге орнатуға дайын.
ReadyLabel2a=Орнату үшін «Орнату» батырмасын, баптауларды қарау не өзгерту үшін «Артқа» батырмасын басыңыз.
ReadyLabel2b=Орнату үшін «Орнату» батырмасын басыңыз.
ReadyMemoDir=Орнату қалтасы:
ReadyMemoGroup=«Бастау» мәзіріндегі қалта:
ReadyMemoTasks=Қосымша әрекеттер:

; *** "Preparing to Install" wizard page
WizardPreparing=Орнатуға дайындық
PreparingDesc=[name] компьютерге орнатуға дайындалуда.
PreviousInstallNotCompleted=Алдыңғы бағдарламаны орнату не жою аяқталмаған. Оны аяқтау үшін компьютерді қайта іске қосу керек.%n%nКомпьютерді қайта іске қосқан соң, [name] орнатуды аяқтау үшін орнатушыны қайта іске қосыңыз.
CannotContinue=Орнатуды жалғастыру мүмкін емес. Шығу үшін «Бас тарту» батырмасын басыңыз.
ApplicationsFound=Мына бағдарламалар орнатушы жаңартуы тиіс файлдарды пайдаланып тұр. Оларды орнатушыға автоматты түрде жабуға рұқсат беру ұсынылады.
ApplicationsFound2=Мына бағдарламалар орнатушы жаңартуы тиіс файлдарды пайдаланып тұр. Оларды орнатушыға автоматты түрде жабуға рұқсат беру ұсынылады. Орнату аяқталған соң, орнатушы оларды қайта іске қосуға тырысады.
CloseApplications=Бағдарламаларды &автоматты түрде жабу
DontCloseApplications=Бағдарламаларды &жаппау
ErrorCloseApplications=Орнатушы барлық бағдарламаны автоматты түрде жаба алмады. Жалғастырмас бұрын орнатушы жаңартуы тиіс файлдарды пайдаланатын бағдарламалардың барлығын жабу ұсынылады.

; *** "Installing" wizard page
WizardInstalling=Орнату
InstallingLabel=[name] компьютерге орнатылуда, күте тұрыңыз.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=[name] орнату шеберінің жұмысы аяқталды
FinishedLabelNoIcons=[name] компьютерге орнатылды.
FinishedLabel=[name] компьютерге орнатылды. Бағдарламаны орнатылған белгішелер арқылы іске қосуға болады.
ClickFinish=Орнатушыдан шығу үшін «Дайын» батырмасын басыңыз.
FinishedRestartLabel=[name] орнатуды аяқтау үшін компьютерді қайта іске қосу керек. Қазір қайта іске қосасыз ба?
FinishedRestartMessage=[name] орнатуды аяқтау үшін компьютерді қайта іске қосу керек.%n%nҚазір қайта іске қосасыз ба?
YesRadio=&Иә, компьютерді қазір қайта іске қосу
NoRadio=&Жоқ, компьютерді кейін қайта іске қосамын

; *** Uninstallation messages
UninstallNotFound=«%1» файлы жоқ. Жою мүмкін емес.
UninstallOpenError=«%1» файлы ашылмады. Жою мүмкін емес
ConfirmUninstall=%1 бағдарламасын және оның барлық құрамдас бөлігін жоясыз ба?
OnlyAdminCanUninstall=Бұл бағдарламаны тек әкімші құқығы бар пайдаланушы жоя алады.
UninstallStatusLabel=%1 компьютерден жойылуда, күте тұрыңыз.
UninstalledAll=%1 компьютерден жойылды.
UninstalledMost=%1 жою аяқталды.%n%nКейбір элементтер жойылмады. Оларды қолмен жоюға болады.
UninstalledAndNeedsRestart=%1 жоюды аяқтау үшін компьютерді қайта іске қосу керек.%n%nҚазір қайта іске қосасыз ба?
WizardUninstalling=Жою күйі
StatusUninstalling=%1 жойылуда...
StatusClosingApplications=Бағдарламалар жабылуда...
StatusCreateDirs=Қалталар жасалуда...
StatusExtractFiles=Файлдар шығарылуда...
StatusCreateIcons=Белгішелер жасалуда...
StatusCreateRegistryEntries=Тізілім жазбалары жасалуда...
StatusSavingUninstall=Жою туралы мәлімет сақталуда...
StatusRunProgram=Орнату аяқталуда...
StatusRestartingApplications=Бағдарламалар қайта іске қосылуда...
StatusRollback=Өзгерістер кері қайтарылуда...

; *** Misc. errors
ErrorInternal2=Ішкі қате: %1
ErrorFunctionFailedNoCode=%1 орындалмады
ErrorFunctionFailed=%1 орындалмады; коды %2
ErrorFunctionFailedWithMessage=%1 орындалмады; коды %2.%n%3
ErrorExecutingProgram=Файл іске қосылмады:%n%1
ErrorOpeningReadingFile=Файл ашылмады не оқылмады:
ErrorReplacingExistingFile=Бар файл ауыстырылмады:
ErrorCopying=Файл көшірілмеді:

[CustomMessages]
; Default.isl's own custom messages, then the project's (zholdanym.iss).
NameAndVersion=%1, %2 нұсқасы
AdditionalIcons=Қосымша белгішелер:
CreateDesktopIcon=&Жұмыс үстелінде белгіше жасау
ProgramOnTheWeb=%1 интернетте
UninstallProgram=%1 бағдарламасын жою
LaunchProgram=%1 бағдарламасын &іске қосу
AutoStartProgramGroupDescription=Автоматты іске қосу:
AutoStartProgram=%1 автоматты түрде іске қосу
DataKept=Жолданымдар дерекқоры, сақтық көшірмелер мен баптаулар жойылмады. Олар мына қалтада қалды:%n%n%1%n%nБағдарламаны қайта орнатсаңыз, сол деректермен жұмыс жалғасады. Деректер енді керек болмаса, ол қалтаны қолмен жоюға болады (алдымен сақтық көшірмесін алыңыз).
RunAfterInstall=Zholdanym бағдарламасын іске қосу
