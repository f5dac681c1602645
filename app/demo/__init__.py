"""Realistic sample data for ``--demo`` (through the real services)."""
from app.demo.sample import DEMO_PASSWORD, DEMO_USERS, NAMES_F, NAMES_M, SUBJECTS, SURNAMES, fill

__all__ = ["DEMO_PASSWORD", "DEMO_USERS", "NAMES_F", "NAMES_M", "SUBJECTS", "SURNAMES", "fill"]
