"""Reading a register exported from e-Otinish, or any spreadsheet, for
reconciliation (issue 16 item 4): XLSX (openpyxl, read-only, the values the
spreadsheet last saved: no formula is ever evaluated) or CSV (UTF-8 with or
without its mark, UTF-16 with its mark, or Windows-1251; the delimiter
sniffed among ``; , tab |``).

The file is treated as hostile: its size, the size it unpacks to, its rows
and columns are capped before anything is kept; an unreadable file, a
broken encoding or an empty sheet is a coded error the UI says in the
user's language.  Nothing is written anywhere here.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from app.errors import DomainError

MAX_BYTES = 30 * 1024 * 1024          # the file on disk
MAX_UNPACKED = 100 * 1024 * 1024      # an XLSX unpacked (a zip bomb stops here; its strings live in memory)
MAX_ROWS = 200_000
MAX_COLUMNS = 100
MAX_CELL = 1000                       # characters kept of a cell
HEADER_SCAN = 20                      # rows searched for the header row
EXCEL_EPOCH = dt.date(1899, 12, 30)   # Excel's day 0 (its 1900 leap-year bug included)


@dataclass(frozen=True)
class Sheet:
    """A register as read: its header row and its data rows, every cell
    text (a date cell as ISO text), and how the file was read."""
    headers: list[str]
    rows: list[list[str]]
    first_line: int        # the file's line (row) of the first data row
    source: str            # "csv" or "xlsx"
    encoding: str = ""     # of a CSV
    delimiter: str = ""    # of a CSV


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))   # an IIN typed as a number comes as 9.00101300007e11
    return str(value).replace("\x00", "").strip()[:MAX_CELL]


def read_register(path: str | Path) -> Sheet:
    """Read ``path`` (by its extension: .xlsx/.xlsm, else CSV)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DomainError("register_unreadable", detail=str(exc)) from exc
    if size > MAX_BYTES:
        raise DomainError("register_too_big", mb=MAX_BYTES // (1024 * 1024))
    if size == 0:
        raise DomainError("register_empty")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _xlsx(path)
    if path.suffix.lower() == ".xls":
        raise DomainError("register_old_excel")
    return _csv(path.read_bytes())


def _xlsx(path: Path) -> Sheet:
    try:
        with zipfile.ZipFile(path) as archive:
            if sum(i.file_size for i in archive.infolist()) > MAX_UNPACKED:
                raise DomainError("register_too_big", mb=MAX_BYTES // (1024 * 1024))
    except (zipfile.BadZipFile, OSError) as exc:
        raise DomainError("register_unreadable", detail=str(exc)) from exc
    import openpyxl  # only for an XLSX: its import costs a quarter of a second
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:   # noqa: BLE001 - any failure of a hostile file is "unreadable"
        raise DomainError("register_unreadable", detail=str(exc)[:200]) from exc
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise DomainError("register_empty")
        rows: list[list[str]] = []
        try:
            # The sheet's declared size (<dimension>) is the file's word, not a
            # fact: openpyxl would pad every row to it (A1:XFD1048576 makes
            # billions of empty cells).  Forget it, and read 100 columns at most.
            sheet.reset_dimensions()
            for values in sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True):
                if len(rows) > MAX_ROWS + HEADER_SCAN:
                    raise DomainError("register_too_many_rows", max=MAX_ROWS)
                cells = [_cell(v) for v in values[:MAX_COLUMNS]]
                while cells and not cells[-1]:   # the padding to max_col: nothing was there
                    cells.pop()
                rows.append(cells)
        except DomainError:
            raise
        except Exception as exc:   # noqa: BLE001
            raise DomainError("register_unreadable", detail=str(exc)[:200]) from exc
    finally:
        book.close()
    return _table(rows, "xlsx")


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise DomainError("register_encoding") from exc
    if b"\x00" in data[:4096]:
        raise DomainError("register_not_text")   # a binary file renamed .csv
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError as exc:   # 0x98 has no letter in Windows-1251
        raise DomainError("register_encoding") from exc
    foreign = [c for c in text[:50000] if ord(c) > 127 and c.isalpha()]
    cyrillic = sum("\u0400" <= c <= "\u04ff" for c in foreign)
    words = [w for w in re.findall(r"[^\W\d_]+", text[:50000]) if any(ord(c) > 127 for c in w)]
    mixed = sum(1 for w in words if re.search("[A-Za-z]", w))   # "Josй": Latin-1 read as 1251
    if cyrillic < len(foreign) * 0.7 or (words and mixed > len(words) * 0.3):
        # Not UTF-8, and read as 1251 it is not Russian or Kazakh text: another encoding.
        raise DomainError("register_encoding")
    return text, "cp1251"


def _delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t|").delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        return max(";,\t|", key=first.count) if first else ";"


def _csv(data: bytes) -> Sheet:
    text, encoding = _decode(data)
    delimiter = _delimiter(text)
    rows: list[list[str]] = []
    csv.field_size_limit(MAX_CELL * 100)
    try:
        for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            if len(rows) > MAX_ROWS + HEADER_SCAN:
                raise DomainError("register_too_many_rows", max=MAX_ROWS)
            rows.append([c.strip()[:MAX_CELL] for c in record[:MAX_COLUMNS]])
    except csv.Error as exc:
        raise DomainError("register_unreadable", detail=str(exc)[:200]) from exc
    sheet = _table(rows, "csv")
    return Sheet(sheet.headers, sheet.rows, sheet.first_line, "csv", encoding, delimiter)


def _table(rows: list[list[str]], source: str) -> Sheet:
    """The header row: the first of the first rows with most filled cells
    (a title line above the table is skipped); the data rows after it,
    empty rows dropped."""
    head = rows[:HEADER_SCAN]
    if not any(any(c for c in r) for r in head):
        raise DomainError("register_empty")
    widest = max(sum(1 for c in r if c) for r in head)
    index = next(i for i, r in enumerate(head) if sum(1 for c in r if c) == widest)
    headers = rows[index]
    width = len(headers)
    data = [(r + [""] * width)[:width] for r in rows[index + 1:] if any(c for c in r)]
    if len(data) > MAX_ROWS:
        raise DomainError("register_too_many_rows", max=MAX_ROWS)
    if not data:
        raise DomainError("register_empty")
    names = [h or f"#{i + 1}" for i, h in enumerate(headers)]
    return Sheet(names, data, index + 2, source)


_DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%d.%m.%y", "%d-%m-%Y", "%Y.%m.%d", "%Y/%m/%d")


def parse_date(text: str) -> dt.date | None:
    """A date written as text (dd.mm.yyyy, ISO, dd/mm/yyyy, with or without
    a time) or as an Excel serial number; None when it is none of these or
    falls outside 2000–2100."""
    text = (text or "").strip()
    if not text:
        return None
    if re.fullmatch(r"\d{5}(\.\d+)?", text):   # an Excel serial (a date cell without its format)
        day = EXCEL_EPOCH + dt.timedelta(days=int(float(text)))
        return day if 2000 <= day.year <= 2100 else None
    head = re.split(r"[ T]", text, maxsplit=1)[0]
    for fmt in _DATE_FORMATS:
        try:
            day = dt.datetime.strptime(head, fmt).date()
        except ValueError:
            continue
        return day if 2000 <= day.year <= 2100 else None
    return None
