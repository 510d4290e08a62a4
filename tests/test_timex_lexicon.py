"""Time lexicons: the bundled ones load, bad ones are refused, and a new language is just a new file."""

from __future__ import annotations

import ast
import datetime as dt
import json
from pathlib import Path

import pytest

import kg.resources
import kg.timex
from kg.errors import ResourceError
from kg.timex import find_time_expressions, resolve
from kg.timex import grammar as grammar_module
from kg.timex import lexicon as lexicon_module
from kg.timex.lexicon import load_lexicon, read_lexicon

BUNDLED = ["en", "it", "de", "fr", "ar"]


def test_public_api():
    assert set(kg.timex.__all__) == {"TimeExpression", "TimeUnit", "TimexKind", "find_time_expressions",
                                     "resolve"}


def test_timex_uses_plain_python_only():
    """No spaCy (nor any other third-party package) inside kg.timex: it must stay fast and standalone."""
    for path in Path(kg.timex.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                assert all(a.name.split(".")[0] not in {"spacy", "kg"} for a in node.names), path
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                assert node.module and node.module.split(".")[0] != "spacy", path


@pytest.mark.parametrize("lang", BUNDLED)
def test_bundled_lexicon_loads(lang):
    lexicon = load_lexicon(lang)
    assert lexicon is not None
    assert sorted(set(lexicon.months.values())) == list(range(1, 13))
    assert sorted(set(lexicon.weekdays.values())) == list(range(7))
    assert {1, 12} <= set(lexicon.numbers.values())


def test_arabic_has_both_month_names():
    lexicon = load_lexicon("ar")
    assert lexicon is not None
    assert lexicon.lookup("month", "شباط") == lexicon.lookup("month", "فبراير") == 2
    assert lexicon.lookup("month", "كانون الثاني") == lexicon.lookup("month", "يناير") == 1


@pytest.mark.parametrize("lang", ["xx", "../en", "", "english"])
def test_unknown_language_has_no_lexicon(lang):
    assert load_lexicon(lang) is None


@pytest.mark.parametrize(("data", "message"), [
    ([], "JSON object"),
    ({"mounths": {}}, "unknown keys"),
    ({"months": {"smarch": 13}}, "months"),
    ({"weekdays": {"funday": 7}}, "weekdays"),
    ({"prepositions": "on"}, "prepositions"),
    ({"units": {"fortnight": ["fortnight"]}}, "units"),
    ({"relative": [{"unit": "decade", "offset": -1, "phrases": ["last decade"]}]}, "relative"),
    ({"relative": [{"unit": "day", "offset": -1}]}, "relative"),
    ({"ago": ["{n} ago"]}, "template"),
    ({"date_orders": ["ymd"]}, "orders"),
    ({"clitics": ["وب"]}, "clitics"),
])
def test_malformed_lexicon_is_refused(data, message):
    with pytest.raises(ResourceError, match=message):
        read_lexicon("xx", data)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A data folder of our own, with the caches emptied before and after."""
    monkeypatch.setattr(kg.resources, "DATA_DIR", tmp_path)
    monkeypatch.setattr(lexicon_module, "DATA_DIR", tmp_path)
    load_lexicon.cache_clear()
    grammar_module.grammar_for.cache_clear()
    yield tmp_path
    load_lexicon.cache_clear()
    grammar_module.grammar_for.cache_clear()


def test_adding_a_language_is_adding_a_file(data_dir):
    spanish = {
        "months": {"febrero": 2, "abril": 4},
        "weekdays": {"martes": 1},
        "prepositions": ["el", "en"],
        "day_month_joiners": ["de"],
        "relative": [{"unit": "day", "offset": -1, "phrases": ["ayer"]}],
    }
    (data_dir / "lexicons" / "es").mkdir(parents=True)
    (data_dir / "lexicons" / "es" / "time.json").write_text(json.dumps(spanish), encoding="utf-8")
    found = find_time_expressions("Ayer y el martes y el 9 de febrero de 2019 y en abril", "es")
    assert [e.text for e in found] == ["Ayer", "el martes", "el 9 de febrero", "en abril"]
    dates = [resolve(e, dt.date(2019, 2, 14)) for e in found]
    assert [d.value.isoformat() for d in dates if d] == ["2019-02-13", "2019-02-12", "2019-02-09",
                                                         "2018-04-01"]


def test_unreadable_lexicon_says_which_file(data_dir):
    (data_dir / "lexicons" / "es").mkdir(parents=True)
    (data_dir / "lexicons" / "es" / "time.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"es/time\.json"):
        find_time_expressions("ayer", "es")


@pytest.mark.parametrize("module", ["spelling", "finder", "resolver", "__init__"])
def test_docstring_examples(module):
    import doctest
    import importlib

    name = "kg.timex" if module == "__init__" else f"kg.timex.{module}"
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0 and result.attempted > 0
