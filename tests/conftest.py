"""Shared test configuration: hypothesis profiles and the optional ../shared data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("fast", max_examples=60, deadline=None)
settings.register_profile(
    "deep", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fast"))

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("OPINIONPIECE_SHARED", ROOT.parent / "shared"))
REFERENCE = SHARED / "seeds" / "000_c51e7cb932fc80fd.txt"


@pytest.fixture
def reference_text() -> str:
    """The reference CGTN dump from ../shared, or skip when it is absent."""
    if not REFERENCE.is_file():
        pytest.skip(f"reference dump not found at {REFERENCE}")
    return REFERENCE.read_text(encoding="utf-8")
