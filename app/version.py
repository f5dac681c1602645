"""The program's version, one place for the app, the CLI and the frozen
build (``pyproject.toml`` holds the same; ``tests/unit/test_version.py``
keeps them equal)."""
VERSION = "0.1.0"
