"""All benchmarks, one command: ``make bench`` (or ``.venv/bin/python benchmarks/run.py``).

Each prints its numbers and its ratio against the peer measured in the same run:
- build_bench.py: ``kg build`` against the spaCy pipeline alone on the same texts;
- serve_bench.py: ``kg serve`` against ``oxigraph serve`` on the same data.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    for script, args in (("build_bench.py", ["--copies", "25"]), ("serve_bench.py", ["--articles", "300"])):
        print(f"== {script}", flush=True)
        code = subprocess.run([sys.executable, str(HERE / script), *args], cwd=HERE).returncode
        if code:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main())
