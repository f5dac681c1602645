"""Storage: opening and checking the database, transactions, coded storage
errors, the history and its hash chain, connections for worker threads.

This is the package's face: what ``ui`` may import."""
from app.store.about import About, about, shown_database
from app.store.chain import ChainBreak, ChainReport, verify_chain
from app.store.connection import (
    ServerConnection,
    StartTarget,
    check_server,
    resolve_start,
    server_connection,
    store_available,
    store_name,
    store_password,
    stored_password,
)
from app.store.connection import forget as forget_connection
from app.store.connection import load as load_connection
from app.store.connection import save as save_connection
from app.store.database import (
    close_database,
    integrity_problems,
    open_database,
    open_path,
    schema_version,
    sqlite_path,
)
from app.store.pg_roles import masked, setup_workstation_role
from app.store.session import in_connection

__all__ = [
    "About",
    "about",
    "shown_database",
    "ServerConnection",
    "StartTarget",
    "check_server",
    "forget_connection",
    "load_connection",
    "resolve_start",
    "save_connection",
    "server_connection",
    "store_available",
    "store_name",
    "store_password",
    "stored_password",
    "ChainBreak",
    "ChainReport",
    "close_database",
    "in_connection",
    "integrity_problems",
    "masked",
    "open_database",
    "open_path",
    "schema_version",
    "setup_workstation_role",
    "sqlite_path",
    "verify_chain",
]
