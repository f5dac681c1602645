"""Zholdanym: the composition root.  Builds things and runs a command.

    python main.py [--db URL] [--demo] [--lang kk|ru]          start the app
    python main.py deadline --kind KIND --received YYYY-MM-DDTHH:MM [--db URL] [--json]
                            [--clock CLOCK] [--event YYYY-MM-DD] [--extension-decided YYYY-MM-DD]
    python main.py deadline --kind complaint --clock filing --learned YYYY-MM-DD
                            [--act-without-route] [--db URL] [--json]
    python main.py deadline --clock CLOCK --event YYYY-MM-DD [--db URL] [--json]
    python main.py deadline --clock list [--json]            every clock, its article and event
    python main.py document-preview --template NAME --lang kk|ru --out FILE.docx [--db URL] [--list]
    python main.py check [--db URL]                             integrity check
    python main.py backup [--db URL] [--to DIR]                 back up now
    python main.py restore --from FILE [--db PATH]              restore a backup (app closed)
    python main.py setup-server --db postgresql://OWNER@HOST/DB [--workstation-role NAME] [--password-env VAR]
    python main.py connect [--forget]                           this workstation's office server
    python main.py selftest                                     a temporary office, end to end
    python main.py report --from YYYY-MM-DD --to YYYY-MM-DD [--db URL] [--json | --xlsx FILE]
                          [--lang kk|ru] [--today YYYY-MM-DD]  reports against a year earlier
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.rules.enums import AppealKind

ENV_DB = "ZHOLDANYM_DB"
APP_NAME = "Zholdanym"


def _app_data(organisation: str) -> Path:
    from PySide6.QtCore import QCoreApplication, QStandardPaths
    # The names stay set for QSettings (their place is unchanged); the data
    # folder leaves the organisation out for the moment it is asked for.
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(organisation)
    try:
        return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    finally:
        QCoreApplication.setOrganizationName(APP_NAME)


def data_dir() -> Path:
    """The user's data folder, the name once (issue 15 item 7):
    ``%APPDATA%\\Zholdanym`` on Windows (where the uninstaller says the data
    is kept), ``~/.local/share/Zholdanym`` on Linux."""
    return _app_data("")


def old_data_dir() -> Path:
    """Where builds before issue 15 item 7 kept the data: the name twice."""
    return _app_data(APP_NAME)


_moved: list = []   # the data folder's move, done once a process (ui.common.data_folder.Outcome)


def default_folder():
    """The data folder for the default database, its old contents moved into
    it the first time (only here: never when --db or $ZHOLDANYM_DB chose the
    database).  Warnings go to stderr; the app logs every line and explains."""
    if not _moved:
        from ui.common.data_folder import migrate
        outcome = migrate(old_data_dir(), data_dir())
        if outcome.warning:
            for line in outcome.lines:
                print(f"warning: {line}", file=sys.stderr)
        _moved.append(outcome)
    return _moved[0]


def templates_dir(db_url: str) -> Path:
    """The office's own templates, which win over the shipped ones:
    ``templates/`` beside the SQLite file, or in the user's data folder when
    the database is PostgreSQL.  The app and the preview use this one place."""
    from models.db import sqlite_path_from_url
    path = sqlite_path_from_url(db_url)
    if path is not None:
        return path.parent / "templates"
    folder = data_dir() / "templates"
    old = old_data_dir() / "templates"   # PostgreSQL's data folder is not moved: read it where it is
    return old if not folder.exists() and old.is_dir() else folder


def resolve_db(arg: str | None) -> str:
    return arg or os.environ.get(ENV_DB) or str(default_folder().folder / "zholdanym.sqlite")


def resolve_start(arg: str | None, demo: bool = False):
    """What the app opens: --db, $ZHOLDANYM_DB, this workstation's office
    server (its password from the credential store), the SQLite file in the
    data folder, or, when none is there yet, the first start's choice."""
    from app.store import resolve_start as resolve
    if arg or os.environ.get(ENV_DB):
        return resolve(arg, os.environ.get(ENV_DB), data_dir(), demo)
    return resolve(None, None, default_folder().folder, demo)


def version_line() -> str:
    from app.store.database import newest_schema
    from app.version import VERSION
    return f"zholdanym {VERSION} (database schema {newest_schema()})"


class VersionAction(argparse.Action):
    """``--version``, worked out only when asked (the start-up imports nothing for it)."""

    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        print(version_line())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(   # the frozen build's program is "zholdanym"
        prog="zholdanym" if getattr(sys, "frozen", False) else "main.py",
        description="Zholdanym: appeals and statutory deadlines (АППК).")
    parser.add_argument("--db", help=f"SQLite path or postgresql:// URL (default: ${ENV_DB} "
                                     "or the user's data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="fill a fresh database with realistic sample data")
    parser.add_argument("--lang", choices=("kk", "ru"), help="interface language")
    parser.add_argument("--version", action=VersionAction,
                        help="the program's version and the newest database schema it knows")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("run", help="start the desktop app (the default)")
    d = sub.add_parser("deadline", help="registration date, due date and explanation")
    d.add_argument("--kind", choices=[str(k) for k in AppealKind],
                   help="kind of appeal (needed for --clock final)")
    d.add_argument("--received", help="YYYY-MM-DDTHH:MM: the moment of receipt (--clock final; "
                                      "forward and the other terms take it or --event)")
    d.add_argument("--clock", default="final", metavar="CLOCK",
                   help="final term (default), or any clock of the Code: forward (65.1), return (64.7), "
                        "extension-notice (76.3), complaint-consideration (99), petition-invitation "
                        "(90-5.2), filing (92.1) ... 'list' prints every name with its article")
    d.add_argument("--learned", help="YYYY-MM-DD: the day the participant learned of the act or "
                                     "action (needed for --clock filing)")
    d.add_argument("--act-without-route", dest="act_without_route", action="store_true",
                   help="the act did not state the appeal route of art. 80 part 5: six months (92.1-1)")
    d.add_argument("--event", help="YYYY-MM-DD: the event the clock runs from (return: the end "
                                   "of the period to correct; notices: the decision; petition-invitation: "
                                   "the discussion, counted back; --clock list says which for each)")
    d.add_argument("--extension-decided", dest="extension_decided",
                   help="YYYY-MM-DD: also give the latest date an extension decided that day "
                        "may set (76.3, 76.5)")
    d.add_argument("--days", type=int, default=None,
                   help="working days the act or decision itself sets (execution 86.3, reopened 100.4)")
    d.add_argument("--db", dest="sub_db", help="use this database's calendar overrides and terms")
    d.add_argument("--json", action="store_true", help="print one JSON object")
    d.add_argument("--lang", dest="sub_lang", choices=("kk", "ru", "en"), default=None)
    p = sub.add_parser("document-preview", help="render a document template with sample data")
    p.add_argument("--template", help="template name (see --list)")
    p.add_argument("--lang", dest="sub_lang", choices=("kk", "ru"), default="kk")
    p.add_argument("--out", help="the .docx file to write")
    p.add_argument("--db", dest="sub_db", help="take the office's name and appeal route from it")
    p.add_argument("--list", action="store_true", help="print the template names")
    c = sub.add_parser("check", help="check the database's integrity and schema version")
    c.add_argument("--db", dest="sub_db")
    b = sub.add_parser("backup", help="back up the SQLite database now")
    b.add_argument("--db", dest="sub_db")
    b.add_argument("--to", help="folder for the copy (default: backups/ beside the data)")
    for name, role_option in (("setup-server", "--workstation-role"), ("setup-roles", "--role")):
        s = sub.add_parser(name, help="PostgreSQL, run as the database's owner: create or upgrade the schema, "
                                      "the workstations' role, and print what each workstation needs"
                           if name == "setup-server" else "the older name of setup-server")
        s.add_argument("--db", dest="sub_db", required=True, help="postgresql://OWNER@HOST/DB (the owner's "
                                                                  "password in PGPASSWORD or a pgpass file)")
        s.add_argument(role_option, dest="role", default="zholdanym_ws",
                       help="the workstations' login role (default zholdanym_ws)")
        s.add_argument("--password-env", help="the environment variable that holds the role's password")
    k = sub.add_parser("connect", help="this workstation's office server: show it, or --forget it "
                                       "(the next start asks again)")
    k.add_argument("--forget", action="store_true",
                   help="remove the stored connection and its password from the credential store")
    r = sub.add_parser("restore", help="put a backup in place of the SQLite database (the app closed)")
    r.add_argument("--from", dest="source", required=True, help="the backup file to restore")
    r.add_argument("--db", dest="sub_db")
    rep = sub.add_parser("report", help="the reports of a period against the same period a year earlier "
                                        "(АППК 20.2): totals, kinds, outcomes, lateness, executors ...")
    rep.add_argument("--from", dest="date_from", help="YYYY-MM-DD: the period's first day")
    rep.add_argument("--to", dest="date_to", help="YYYY-MM-DD: the period's last day")
    rep.add_argument("--db", dest="sub_db")
    out = rep.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print one JSON object")
    out.add_argument("--xlsx", metavar="FILE", help="write the workbook (one sheet per table)")
    rep.add_argument("--lang", dest="sub_lang", choices=("kk", "ru"), default=None,
                     help="the workbook's language (default kk)")
    rep.add_argument("--today", help="YYYY-MM-DD: count 'open past the term' as of this day (default today)")
    sub.add_parser("selftest", help="check this installation: a temporary office registers an appeal, "
                                    "prints its talon, issues an act and checks the history")
    return parser


def main(argv: list[str] | None = None) -> int:
    if os.name == "posix":
        os.umask(0o077)   # every file a command makes (database, backup, copy) is the user's only
    args = build_parser().parse_args(argv)
    if args.command in (None, "run"):
        return command(args)
    try:   # a command's bad input is one line and exit code 2, never a traceback (issue 12)
        return command(args)
    except (ValueError, OverflowError) as exc:   # a date out of range, a bad port in a URL
        print(f"error: {exc}", file=sys.stderr)
    except OSError as exc:   # a missing folder, a directory, a full disk, no permission
        print(f"error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
    return 2


def command(args) -> int:
    db_arg = getattr(args, "sub_db", None) or args.db
    if args.command == "deadline":
        from ui.cli.commands import deadline_command
        return deadline_command(args.kind, args.received, db_arg, args.json,
                                getattr(args, "sub_lang", None) or args.lang or "en",
                                clock=args.clock, event=args.event,
                                extension_decided=args.extension_decided,
                                learned=args.learned, without_route=args.act_without_route,
                                days_given=args.days)
    if args.command == "document-preview":
        from ui.cli.documents import preview_command
        return preview_command(args.template, args.sub_lang, args.out, db_arg,
                               templates_dir(resolve_db(db_arg)), args.list)
    if args.command == "check":
        from ui.cli.commands import check_command
        return check_command(resolve_db(db_arg))
    if args.command == "backup":
        from ui.cli.commands import backup_command
        return backup_command(resolve_db(db_arg), args.to)
    if args.command in ("setup-server", "setup-roles"):
        from ui.cli.roles import server_command
        return server_command(db_arg, args.role, args.password_env)
    if args.command == "connect":
        from ui.cli.connect import connect_command
        return connect_command(default_folder().folder, args.forget)
    if args.command == "report":
        from ui.cli.report import report_command
        return report_command(args.date_from, args.date_to, resolve_db(db_arg), args.json, args.xlsx,
                              getattr(args, "sub_lang", None) or args.lang, args.today)
    if args.command == "selftest":
        from ui.cli.selftest import selftest_command
        return selftest_command()
    if args.command == "restore":
        from ui.cli.restore import restore_command
        return restore_command(resolve_db(db_arg), args.source)
    # The start-up window first (issue 14 item 6): it is up before the rest of
    # the app is loaded, which takes a second or two.
    from ui.common.splash import early
    splash = early(args.lang)
    target = resolve_start(db_arg, args.demo)
    db_url = target.url
    if not db_url.startswith(("postgres://", "postgresql://")) and not target.choose:
        # An office on SQLite never needs the PostgreSQL driver, which peewee
        # imports with itself (0.15–0.25 s of the start): peewee then simply
        # has no psycopg. Commands and PostgreSQL offices load it as before.
        sys.modules.setdefault("psycopg", None)  # type: ignore[assignment]
    from ui.start import run_app
    return run_app(target, demo_data=args.demo, lang=args.lang, templates=templates_dir(db_url),
                   splash=splash, data_folder=_moved[0] if _moved else None)


if __name__ == "__main__":
    sys.exit(main())
