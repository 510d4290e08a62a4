"""The server starts without spaCy: importing it loads neither spaCy nor kg.nlp, in the app or a worker."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SERVE = Path(__file__).resolve().parents[2] / "kg" / "serve"

_CHECK = """
import sys
import kg.serve
from kg.serve import create_app, run_server
import kg.serve.worker
loaded = sorted(m for m in sys.modules if m == "spacy" or m.startswith(("spacy.", "kg.nlp", "thinc")))
print(",".join(loaded))
"""


def test_importing_the_server_loads_no_spacy() -> None:
    result = subprocess.run([sys.executable, "-c", _CHECK], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_worker_modules_do_not_import_the_web_framework() -> None:
    check = (
        "import sys, kg.serve.worker; print(any(m.startswith(('fastapi', 'starlette')) for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.add("." * node.level + (node.module or ""))
    return names


def test_no_serve_module_imports_nlp_or_spacy() -> None:
    for path in SERVE.rglob("*.py"):
        for name in _imported_modules(path):
            assert not name.startswith("spacy") and "nlp" not in name.split("."), (
                f"{path.name} imports {name}"
            )


def test_modules_stay_small() -> None:
    for path in SERVE.rglob("*.py"):
        assert len(path.read_text().splitlines()) <= 300, path
