"""kg.corpus.metadata: checking and normalising the metadata fields."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.corpus.metadata import Metadata, parse_metadata, parse_published, parse_string, parse_url


def test_all_fields_absent_or_null():
    assert parse_metadata({}, "a.json") == Metadata()
    nulls = dict.fromkeys(("id", "title", "source", "url", "published", "lang"))
    assert parse_metadata(nulls, "a.json") == Metadata()


def test_fields_are_normalised():
    metadata = parse_metadata(
        {"id": "x-1", "title": "  Raqqa  ", "source": "", "url": "https://a.org/x", "published": "2017-06-15",
         "lang": "EN", "author": "ignored"},
        "a.json",
    )
    assert metadata == Metadata(id="x-1", title="Raqqa", source=None, url="https://a.org/x",
                                published=dt.date(2017, 6, 15), lang="en")


@pytest.mark.parametrize(("value", "expected"), [
    ("2017-06-15", dt.date(2017, 6, 15)),
    ("2017-06-15T10:00:00Z", dt.date(2017, 6, 15)),
    ("2017-06-15T23:30:00-05:00", dt.date(2017, 6, 15)),  # the date as written, not converted to UTC
    ("2017-06-15 10:00", dt.date(2017, 6, 15)),
    (" 2017-06-15 ", dt.date(2017, 6, 15)),
    ("", None),
    (None, None),
])
def test_published(value: object, expected: dt.date | None):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["15/06/2017", "2017-13-01", "2017", "June 15, 2017", "2017-06-15T25:00"])
def test_published_not_iso(value: str):
    with pytest.raises(ValueError, match="is not an ISO date: write it as 2017-06-15"):
        parse_published(value)


@pytest.mark.parametrize("value", ["http://a.org", "HTTPS://a.org/x?y=1#z"])
def test_url(value: str):
    assert parse_url(value) == value


@pytest.mark.parametrize("value", [
    "ftp://a.org/x", "a.org/x", "https://", "http://a.org/a b", "javascript:alert(1)", "http://[::1",
])
def test_url_must_be_http(value: str):
    with pytest.raises(ValueError, match="expected an http:// or https:// URL"):
        parse_url(value)


@pytest.mark.parametrize(("field", "value", "found"), [
    ("published", 2017, "a number (2017)"),
    ("title", ["x"], 'a list (["x"])'),
    ("lang", 5, "a number (5)"),
    ("source", {"name": "x"}, 'an object ({"name": "x"})'),
    ("url", True, "true/false (true)"),
    ("id", 42, "a number (42)"),
])
def test_wrong_types_are_problems_naming_the_field(field: str, value: object, found: str):
    (problem,) = parse_metadata({field: value}, "a.jsonl", 3)  # type: ignore[misc]
    assert (problem.path, problem.line, problem.field) == ("a.jsonl", 3, field)
    assert problem.message.endswith(f"found {found}")


def test_every_bad_field_is_reported():
    problems = parse_metadata({"title": 1, "published": "x", "lang": "english"}, "a.json")
    assert isinstance(problems, list)
    assert [p.field for p in problems] == ["title", "published", "lang"]


def test_long_values_are_shortened_in_messages():
    with pytest.raises(ValueError) as caught:
        parse_string(["x" * 200])
    assert str(caught.value).endswith('...)') and len(str(caught.value)) < 110
