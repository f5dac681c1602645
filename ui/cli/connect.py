"""``python main.py connect [--forget]``: this workstation's office server
(issue 15 item 6).  Shows the stored connection (never the password), or
forgets it and its password in the credential store: the next start asks
again (this computer or the office server)."""
from __future__ import annotations

from pathlib import Path

from app.store import forget_connection, load_connection, store_available, stored_password


def connect_command(folder: Path, forget: bool) -> int:
    conn = load_connection(folder)
    if conn is None:
        print(f"No office server is stored for this user ({folder}): the app uses the SQLite file there, "
              "or asks at its first start.")
        return 0
    if forget:
        forget_connection(folder)
        print(f"Forgotten: {conn.url} and its password. The next start asks where the office's data is.")
        return 0
    print(f"Office server: {conn.url}")
    if not store_available():
        print("Password: asked at each start (this computer has no credential store).")
    else:
        kept = stored_password(conn) is not None
        print("Password: " + ("kept in the credential store" if kept else "not stored yet: asked at the next start"))
    print("To change it: python main.py connect --forget, then start the app.")
    return 0
