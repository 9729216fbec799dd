"""Stands in for another installed package that ships a persona pack (see test_persona_files)."""

import os
from pathlib import Path

FOLDER = Path(os.environ.get("TEST_PERSONA_PACK", "/nonexistent"))
