"""Realistic sample data for ``--demo`` (through the real services).

This is the package's face: what ``ui`` may import."""
from app.demo.sample import DEMO_PASSWORD, DEMO_USERS, NAMES_F, NAMES_M, SUBJECTS, SURNAMES, fill

__all__ = ["DEMO_PASSWORD", "DEMO_USERS", "NAMES_F", "NAMES_M", "SUBJECTS", "SURNAMES", "fill"]
