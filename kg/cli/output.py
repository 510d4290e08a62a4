"""Writing query results for people (an aligned table) and for scripts (CSV, TSV, JSON)."""

from __future__ import annotations

import csv
import json
import shutil
from typing import TextIO

from ..store.query import Table

FORMATS = ("table", "csv", "tsv", "json")
_MAX_CELL = 60


def write_table(table: Table, fmt: str, out: TextIO) -> None:
    if fmt == "csv":
        _write_delimited(table, out, ",")
    elif fmt == "tsv":
        _write_delimited(table, out, "\t")
    elif fmt == "json":
        rows = [dict(zip(table.columns, row, strict=True)) for row in table.rows]
        json.dump(rows, out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        _write_aligned(table, out)


def _write_delimited(table: Table, out: TextIO, delimiter: str) -> None:
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(table.columns)
    writer.writerows([["" if v is None else v for v in row] for row in table.rows])


def _short(value: str | None) -> str:
    value = "" if value is None else " ".join(value.split())
    return value if len(value) <= _MAX_CELL else value[: _MAX_CELL - 1] + "…"


def _write_aligned(table: Table, out: TextIO) -> None:
    cells = [list(table.columns), *([_short(v) for v in row] for row in table.rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(table.columns))]
    budget = shutil.get_terminal_size((160, 20)).columns
    for n, row in enumerate(cells):
        line = "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip()
        out.write(line[:budget] + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths)[:budget] + "\n")
    out.write(f"({len(table.rows)} rows)\n")
