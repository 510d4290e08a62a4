"""The corpus stage end to end: kg.corpus.read_corpus and iter_corpus."""

from __future__ import annotations

import datetime as dt
import doctest
import importlib
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

import kg.corpus
import kg.corpus.reader
from kg.corpus import Corpus, iter_corpus, read_corpus
from kg.records import Article, InputProblem

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_002_FORM_START = "Leave a Reply"


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def write_json(path: Path, value: object) -> Path:
    return write(path, json.dumps(value))


def jsonl(*lines: object) -> str:
    return "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines)


def problem_keys(corpus: Corpus) -> list[tuple[str, int | None, str | None]]:
    return [(Path(p.path).name, p.line, p.field) for p in corpus.problems]


def marked(article: Article) -> list[str]:
    return [article.text[b0:b1] for b0, b1 in article.boilerplate]


def test_public_names():
    assert sorted(kg.corpus.__all__) == ["Corpus", "DEFAULT_MAX_BYTES", "iter_corpus", "read_corpus"]
    assert kg.corpus.DEFAULT_MAX_BYTES == 10_000_000


# --- the seeds -------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return read_corpus([SEEDS])


def test_seeds_read_without_problems(seeds: Corpus):
    assert seeds.problems == ()
    assert [(a.id, a.lang, a.lang_detected, a.published) for a in seeds.articles] == [
        ("000_43084d2398bc9209", "it", False, None),
        ("001_ebde9c7ef49edc9c", "en", False, dt.date(2017, 6, 15)),
        ("002_a8295b339c5667c5", "en", False, dt.date(2019, 2, 12)),
        ("004_32f2b1f17c8f8335", "en", False, dt.date(2017, 9, 21)),
    ]


def test_seed_metadata_and_text(seeds: Corpus):
    article = seeds.articles[3]
    assert article.title == "Russia Says It Will Target US-Backed SDF Near Deir Ezzor if Fired Upon"
    assert article.source == "The Globe Post"
    assert article.url == "https://theglobepost.com/2017/09/21/russia-target-sdf-deir-ezzor/"
    assert article.path == str(SEEDS / "004_32f2b1f17c8f8335.txt")
    assert article.text == (SEEDS / "004_32f2b1f17c8f8335.txt").read_text(encoding="utf-8")
    assert seeds.articles[0].url is None


def test_seed_002_comment_form_to_the_end_and_screenshot_are_boilerplate(seeds: Corpus):
    article = seeds.articles[2]
    form_start = article.text.index(SEED_002_FORM_START)
    assert article.boilerplate[-1] == (form_start, len(article.text))
    assert marked(article) == ["Screen Shot 2019-02-11 at 1.14.29 PM", article.text[form_start:]]


def test_seed_004_tags_caption_and_related_post_are_boilerplate(seeds: Corpus):
    article = seeds.articles[3]
    lines = article.text.splitlines()
    tags, caption = lines[2], lines[4]
    assert tags.startswith("Russia, Russia Defense Ministry, Russian defense ministryRussia")
    assert caption == "Emblem of the Ministry of Defense of the Russian Federation"
    assert marked(article) == [f"{tags}\n\n{caption}", "Related Post"]
    for line in (tags, caption, "Related Post"):
        start = article.text.index(line)
        assert article.in_boilerplate(start, start + len(line))


def _expected_boilerplate_lines(article: Article) -> set[str]:
    lines = article.text.splitlines()
    if article.id.startswith("002_"):
        return {"Screen Shot 2019-02-11 at 1.14.29 PM", *lines[lines.index(SEED_002_FORM_START):]}
    if article.id.startswith("004_"):
        return {lines[2], lines[4], "Related Post"}
    return set()


def test_no_body_line_of_the_seeds_is_boilerplate(seeds: Corpus):
    body_lines = 0
    for article in seeds.articles:
        expected = _expected_boilerplate_lines(article)
        for match in re.finditer(r"[^\n]+", article.text):
            overlaps = [b for b in article.boilerplate if b[0] < match.end() and match.start() < b[1]]
            if match.group() in expected:
                assert overlaps, match.group()
            elif match.group().strip():
                assert not overlaps, match.group()
                body_lines += 1
    assert body_lines > 50


def test_seeds_without_boilerplate(seeds: Corpus):
    assert seeds.articles[0].boilerplate == ()
    assert seeds.articles[1].boilerplate == ()  # tweet attributions are kept: they say who claimed what


def test_boilerplate_ranges_are_sorted_disjoint_and_stripped(seeds: Corpus):
    for article in seeds.articles:
        ends = [0]
        for b0, b1 in article.boilerplate:
            assert ends[-1] <= b0 < b1 <= len(article.text)
            assert article.text[b0:b1] == article.text[b0:b1].strip()
            ends.append(b1)


def test_reading_is_deterministic(seeds: Corpus):
    assert read_corpus([SEEDS]) == seeds
    assert list(iter_corpus([SEEDS])) == list(seeds.articles)


def test_a_string_path_is_one_input(seeds: Corpus):
    assert read_corpus(str(SEEDS)) == seeds
    assert read_corpus(SEEDS) == seeds


# --- articles without metadata, JSONL ----------------------------------------------------------------

ENGLISH = "Syrian Democratic Forces captured the village after heavy clashes with Islamic State fighters."
ITALIAN = "Le forze democratiche siriane hanno conquistato il villaggio dopo duri scontri con i miliziani."
GERMAN = "Die Demokratischen Kräfte Syriens haben das Dorf nach schweren Kämpfen mit dem IS eingenommen."


def test_txt_without_sidecar_gets_detected_language_and_stable_derived_id(tmp_path: Path):
    write(tmp_path / "notes" / "report 1.txt", ITALIAN)
    first = read_corpus([tmp_path])
    again = read_corpus([tmp_path / "notes" / "report 1.txt"])
    (article,) = first.articles
    assert article.lang == "it" and article.lang_detected
    assert re.fullmatch(r"report-1-[0-9a-f]{16}", article.id)  # "report 1" is no safe id: derived
    assert again.articles[0].id == article.id
    assert (article.title, article.source, article.url, article.published) == (None, None, None, None)


def test_jsonl_with_several_articles(tmp_path: Path):
    path = write(tmp_path / "batch.jsonl", jsonl(
        {"id": "a1", "text": ENGLISH, "lang": "EN", "published": "2017-06-15T10:00:00Z", "title": "One"},
        "",
        {"text": GERMAN, "url": "https://example.org/de", "source": "Example"},
        {"id": "a3", "text": ITALIAN, "lang": "it-IT", "published": None, "url": None},
    ))
    corpus = read_corpus([path])
    assert corpus.problems == ()
    ids = [a.id for a in corpus.articles]
    assert ids[0] == "a1" and ids[2] == "a3" and re.fullmatch(r"article-[0-9a-f]{16}", ids[1])
    languages = [(a.lang, a.lang_detected) for a in corpus.articles]
    assert languages == [("en", False), ("de", True), ("it", False)]
    assert corpus.articles[0].published == dt.date(2017, 6, 15)
    assert corpus.articles[1].url == "https://example.org/de"
    assert all(a.path == str(path) for a in corpus.articles)


# --- bad input -----------------------------------------------------------------------------------------

def test_each_bad_input_is_one_problem_and_the_good_articles_are_still_read(tmp_path: Path):
    good = {"id": "good-txt", "lang": "en"}
    write(tmp_path / "a_good.txt", ENGLISH)
    write_json(tmp_path / "a_good.json", good)
    write(tmp_path / "b_undecodable.txt", b"Raqqa \xff fell.")
    write(tmp_path / "c_empty.txt", "")
    write(tmp_path / "d_blank.txt", " \n\t\n")
    write(tmp_path / "e_bad_sidecar.txt", ENGLISH)
    write(tmp_path / "e_bad_sidecar.json", '{\n  "id": "e",\n  "lang": "en"\n  "title": "x"\n}')
    write(tmp_path / "f_wrong_types.txt", ENGLISH)
    write_json(tmp_path / "f_wrong_types.json", {"published": 2017})
    write(tmp_path / "g_bad_date.txt", ENGLISH)
    write_json(tmp_path / "g_bad_date.json", {"published": "15/06/2017", "lang": "en"})
    write(tmp_path / "h_duplicate.txt", GERMAN)
    write_json(tmp_path / "h_duplicate.json", good)
    write(tmp_path / "i_unsafe_id.txt", ENGLISH)
    write_json(tmp_path / "i_unsafe_id.json", {"id": "a/b c", "lang": "en"})
    write(tmp_path / "notes.md", "ignored")
    write(tmp_path / "z.jsonl", jsonl(
        {"id": "z1", "text": ENGLISH, "lang": "en"},
        '{"id": "z2", "text": ',
        ["not", "an", "object"],
        {"id": "z4", "text": ENGLISH, "title": ["x"], "lang": 5},
        {"id": "z5", "text": "   "},
        {"id": "good-txt", "text": GERMAN, "lang": "de"},
        {"id": "z7", "text": ITALIAN, "lang": "it"},
    ))
    corpus = read_corpus([tmp_path])
    assert [a.id for a in corpus.articles] == ["good-txt", "z1", "z7"]
    assert problem_keys(corpus) == [
        ("b_undecodable.txt", 1, None),
        ("c_empty.txt", None, "text"),
        ("d_blank.txt", None, "text"),
        ("e_bad_sidecar.json", 4, None),
        ("f_wrong_types.json", None, "published"),
        ("g_bad_date.json", None, "published"),
        ("h_duplicate.txt", None, "id"),
        ("i_unsafe_id.json", None, "id"),
        ("z.jsonl", 2, None),
        ("z.jsonl", 3, None),
        ("z.jsonl", 4, "title"),
        ("z.jsonl", 4, "lang"),
        ("z.jsonl", 5, "text"),
        ("z.jsonl", 6, "id"),
    ]
    messages = [p.message for p in corpus.problems]
    assert "byte 0xff at byte offset 6" in messages[0]
    assert "empty" in messages[1] and "white space" in messages[2]
    assert "not valid JSON" in messages[3] and "e_bad_sidecar.txt" in messages[3]
    assert "a number (2017)" in messages[4]
    assert "15/06/2017" in messages[5]
    assert str(tmp_path / "a_good.txt") in messages[6]
    assert str(tmp_path / "a_good.txt") in messages[13]
    assert "a list" in messages[9]


def test_missing_unsupported_and_lone_sidecar_inputs(tmp_path: Path):
    good = write(tmp_path / "good.txt", ENGLISH)
    sidecar = write_json(tmp_path / "good.json", {"lang": "en"})
    other = write(tmp_path / "article.pdf", b"%PDF")
    corpus = read_corpus([tmp_path / "missing", other, sidecar, good])
    assert [a.path for a in corpus.articles] == [str(good)]
    assert [(p.path, p.message.split(":")[0]) for p in corpus.problems] == [
        (str(tmp_path / "missing"), "no such file or folder"),
        (str(other), "is not an article file"),
        (str(sidecar), "a .json file is read only as the sidecar of the .txt file of the same name"),
    ]


def test_a_file_over_the_limit_is_rejected_without_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(50_000_000)  # sparse: 50 MB without writing them
    write(tmp_path / "small.txt", ENGLISH)
    write_json(tmp_path / "small.json", {"lang": "en"})
    opened: list[Path] = []
    original_open = Path.open

    def spy_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        opened.append(self)
        return original_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy_open)
    corpus = read_corpus([tmp_path])
    assert big not in opened
    assert [a.path for a in corpus.articles] == [str(tmp_path / "small.txt")]
    (problem,) = corpus.problems
    assert (problem.path, problem.line, problem.field) == (str(big), None, None)
    assert "50.0 MB, larger than the limit of 10.0 MB" in problem.message


def test_the_size_limit_is_a_keyword(tmp_path: Path):
    write(tmp_path / "a.txt", ENGLISH)
    assert read_corpus([tmp_path], max_bytes=10).articles == ()
    assert len(read_corpus([tmp_path], max_bytes=len(ENGLISH)).articles) == 1


def test_a_broken_symlink_is_an_unreadable_file(tmp_path: Path):
    write(tmp_path / "a.txt", ENGLISH)
    (tmp_path / "b.txt").symlink_to(tmp_path / "nowhere.txt")
    corpus = read_corpus([tmp_path])
    assert len(corpus.articles) == 1
    assert [(p.path, p.message) for p in corpus.problems] == [
        (str(tmp_path / "b.txt"), "cannot be read: no such file or directory"),
    ]


def test_problems_read_as_sentences(tmp_path: Path):
    write(tmp_path / "x.jsonl", jsonl({"text": ENGLISH, "published": 2017}))
    (problem,) = read_corpus([tmp_path]).problems
    assert str(problem) == (
        f"{tmp_path / 'x.jsonl'}:1: expected a date such as \"2017-06-15\" or null, found a number (2017) "
        "(field 'published')"
    )


def test_iter_corpus_streams_articles_and_problems_in_order(tmp_path: Path):
    write(tmp_path / "a.jsonl", jsonl({"id": "a", "text": ENGLISH, "lang": "en"}, "{", {"text": ""}))
    items = list(iter_corpus([tmp_path]))
    assert [type(item) for item in items] == [Article, InputProblem, InputProblem]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_file_is_a_problem(tmp_path: Path):
    locked = write(tmp_path / "a.txt", ENGLISH)
    locked.chmod(0)
    write(tmp_path / "b.txt", ENGLISH + " More.")
    corpus = read_corpus([tmp_path])
    assert len(corpus.articles) == 1
    problems = [(p.path, p.message) for p in corpus.problems]
    assert problems == [(str(locked), "cannot be read: permission denied")]


def test_a_broken_sidecar_link_is_a_problem(tmp_path: Path):
    write(tmp_path / "a.txt", ENGLISH)
    (tmp_path / "a.json").symlink_to(tmp_path / "gone.json")
    (problem,) = read_corpus([tmp_path]).problems
    assert problem.path == str(tmp_path / "a.json")
    assert problem.message.startswith("cannot be read")


def test_an_internal_error_is_a_problem_not_a_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    write(tmp_path / "a.txt", ENGLISH)
    write(tmp_path / "b.jsonl", jsonl({"text": ENGLISH, "lang": "en"}))

    def broken(path: Path, *, max_bytes: int) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(kg.corpus.reader, "read_text_article", broken)
    corpus = read_corpus([tmp_path])
    assert [a.path for a in corpus.articles] == [str(tmp_path / "b.jsonl")]
    (problem,) = corpus.problems
    assert "internal error of kg (RuntimeError: boom); please report it" in problem.message


@pytest.mark.parametrize("module", [
    "kg.corpus", "kg.corpus.reader", "kg.corpus.boilerplate", "kg.corpus.language",
])
def test_docstring_examples(module: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(SEEDS.parent)
    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0


def test_txt_without_sidecar_id_takes_its_file_name(tmp_path: Path):
    write(tmp_path / "000_43084d2398bc9209.txt", ENGLISH)
    (article,) = read_corpus([tmp_path]).articles
    assert article.id == "000_43084d2398bc9209"
