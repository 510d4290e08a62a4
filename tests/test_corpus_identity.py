"""kg.corpus.identity: article ids."""

from __future__ import annotations

import hashlib

import pytest

from kg.corpus.identity import IdRegister, derive_id, is_safe_id, parse_id
from kg.records import Article


def test_derived_id_is_stable_and_depends_on_the_text():
    assert derive_id("report", "Raqqa fell.") == derive_id("report", "Raqqa fell.")
    assert derive_id("report", "Raqqa fell.") != derive_id("report", "Raqqa fell!")
    assert derive_id("report", "Raqqa fell.") == "report-" + hashlib.sha256(b"Raqqa fell.").hexdigest()[:16]


@pytest.mark.parametrize(("prefix", "start"), [
    ("report 1", "report-1-"), ("città/ä", "citt-"), ("...", "article-"), ("", "article-"),
    ("a.b_c-d", "a.b_c-d-"),
])
def test_derived_id_prefix_is_made_safe(prefix: str, start: str):
    derived = derive_id(prefix, "text")
    assert derived.startswith(start) and is_safe_id(derived)
    assert len(derived) == len(start) + 16


@pytest.mark.parametrize("value", ["a", "000_43084d2398bc9209", "A.b-c_d", "x" * 200])
def test_safe_ids(value: str):
    assert parse_id(value) == value


@pytest.mark.parametrize("value", ["a b", "a/b", "a#b", "città", ".", "..", "", "x" * 201, "a\nb"])
def test_unsafe_ids(value: str):
    with pytest.raises(ValueError, match="cannot be part of an IRI"):
        parse_id(value)


def test_register_names_the_first_article():
    register = IdRegister()
    first = Article(id="a", text="x", lang="en", path="one.jsonl")
    assert register.claim(first, 3) is None
    problem = register.claim(Article(id="a", text="y", lang="en", path="two.txt"), None)
    assert problem is not None
    assert (problem.path, problem.line, problem.field) == ("two.txt", None, "id")
    assert "already used by the article in one.jsonl:3" in problem.message
