"""The default store directory: ``$KG_STORE`` if set, else ``./kg-store`` in the working directory."""

from __future__ import annotations

import os
from pathlib import Path

STORE_ENV = "KG_STORE"
DEFAULT_STORE_NAME = "kg-store"


def default_store_dir() -> Path:
    return Path(os.environ.get(STORE_ENV) or DEFAULT_STORE_NAME)
