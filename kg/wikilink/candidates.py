"""Asking a Wikidata SPARQL endpoint which items carry an entity's names as labels or aliases.

Names are searched in the languages of the articles that mention the entity and in English, each also
without diacritics and with Wikidata's language-neutral ``mul`` tag. Entities go to the endpoint in
batches, one query (``candidates.rq``) per batch.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

import pyoxigraph as ox

from ..namespaces import WD
from .endpoint import Endpoint, Row, select
from .records import NameMatch, SearchName, Subject, WikidataItem
from .templates import fill_sparql

QUERY_FILE = "candidates.rq"
BATCH_SIZE = 25  # entities per query
MAX_NAMES = 10  # names per entity, preferred labels first
MIN_NAME_LENGTH = 3  # "IS" or "US" would match thousands of items
ROW_LIMIT = 10_000
NEUTRAL_LANGUAGE = "mul"
_QID = re.compile(r"Q[1-9][0-9]*")
_APOSTROPHES = str.maketrans({c: "'" for c in "’‘`´ʼʻ′"})

Term = tuple[str, str]  # (text, language) of a searched literal


def find_items(endpoint: Endpoint, subjects: Sequence[Subject]) -> dict[str, tuple[WikidataItem, ...]]:
    """For each subject (by IRI), the Wikidata items that carry one of its names."""
    found: dict[str, tuple[WikidataItem, ...]] = {}
    for start in range(0, len(subjects), BATCH_SIZE):
        batch = subjects[start:start + BATCH_SIZE]
        if any(search_terms(s) for s in batch):
            found |= items_per_subject(batch, select(endpoint, candidate_query(batch)))
    return found


def candidate_query(subjects: Sequence[Subject]) -> str:
    terms = sorted({t for s in subjects for t in search_terms(s)})
    names = " ".join(str(ox.Literal(text, language=lang)) for text, lang in terms)
    return fill_sparql(QUERY_FILE, names=names, limit=str(ROW_LIMIT))


def search_terms(subject: Subject) -> tuple[Term, ...]:
    """The literals searched for ``subject``: its names in its articles' languages and English."""
    languages = tuple(dict.fromkeys((*subject.languages, "en")))
    terms: list[Term] = []
    for name in _searchable(subject.names, languages)[:MAX_NAMES]:
        for text in spellings(name.text):
            tags = (name.lang,) if name.lang else languages
            terms += [(text, tag) for tag in (*tags, NEUTRAL_LANGUAGE)]
    return tuple(dict.fromkeys(terms))


def _searchable(names: Sequence[SearchName], languages: tuple[str, ...]) -> list[SearchName]:
    kept = [n for n in names
            if len(n.text.strip()) >= MIN_NAME_LENGTH and (n.lang is None or n.lang in languages)]
    return sorted(kept, key=lambda n: not n.preferred)


def spellings(text: str) -> tuple[str, ...]:
    """``text`` as written, and without diacritics or curly apostrophes when that differs."""
    text = " ".join(text.split())
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    plain = unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))
    return tuple(dict.fromkeys((text, plain)))


@dataclass(frozen=True)
class _Hit:
    term: Term
    qid: str
    alias: bool
    row: Row


def items_per_subject(subjects: Sequence[Subject],
                      rows: Sequence[Row]) -> dict[str, tuple[WikidataItem, ...]]:
    """Group result rows into items, and give each subject the items its own names matched."""
    hits = [h for h in map(_hit, rows) if h is not None]
    rows_of: dict[str, list[Row]] = defaultdict(list)
    for hit in hits:
        rows_of[hit.qid].append(hit.row)
    items = {qid: describe_item(qid, item_rows) for qid, item_rows in rows_of.items()}
    found: dict[str, tuple[WikidataItem, ...]] = {}
    for subject in subjects:
        terms = set(search_terms(subject))
        matches: dict[str, set[NameMatch]] = defaultdict(set)
        for hit in (h for h in hits if h.term in terms):
            matches[hit.qid].add(NameMatch(hit.term[0], hit.term[1], hit.alias))
        found[subject.iri] = tuple(
            replace(items[q], matches=frozenset(m)) for q, m in sorted(matches.items()))
    return found


def _hit(row: Row) -> _Hit | None:
    name, qid = row.get("name"), qid_of(row["item"].text) if "item" in row else None
    if name is None or name.lang is None or qid is None:
        return None
    alias = "alias" in row and row["alias"].text in ("true", "1")
    return _Hit((name.text, name.lang), qid, alias, row)


def describe_item(qid: str, rows: Sequence[Row]) -> WikidataItem:
    """What the rows of one item say about it (labels, classes, countries, sitelinks)."""
    labels = {(r["label"].lang, r["label"].text) for r in rows if "label" in r and r["label"].lang}
    return WikidataItem(
        qid=qid, matches=frozenset(), labels=tuple(sorted(labels)),
        classes=_qids(rows, "class"), superclasses=_qids(rows, "superclass"),
        countries=_qids(rows, "country"),
        sitelinks=max((_integer(r["sitelinks"].text) for r in rows if "sitelinks" in r), default=0))


def _qids(rows: Sequence[Row], variable: str) -> frozenset[str]:
    return frozenset(q for r in rows if variable in r and (q := qid_of(r[variable].text)))


def qid_of(iri: str) -> str | None:
    """The QID of a Wikidata item IRI, or None for anything else."""
    local = iri.removeprefix(WD)
    return local if local != iri and _QID.fullmatch(local) else None


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        return 0
