"""Reading from the store the entities that have no Wikidata link yet: their classes, names and languages."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

import pyoxigraph as ox

from ..errors import ResourceError
from ..namespaces import ENTITY, KG, RDFS, SKOS
from ..store.query import Table, run_query
from .candidates import qid_of
from .records import SearchName, Subject
from .templates import read_sparql

DEFAULT_LANGUAGES = ("en",)
_PREFERRED = (RDFS.label, SKOS.prefLabel)

Row = tuple[str | None, ...]


def unlinked_subjects(store: ox.Store) -> tuple[Subject, ...]:
    """Every entity of ``store`` (under kge:) that no graph links to Wikidata, sorted by IRI."""
    languages = article_languages(store)
    rows: dict[str, list[Row]] = defaultdict(list)
    for row in _table(store, "unlinked.rq").rows:
        if row[0] and row[0].startswith(ENTITY):
            rows[row[0]].append(row)
    return tuple(_subject(iri, rows[iri], languages.get(iri, DEFAULT_LANGUAGES)) for iri in sorted(rows))


def article_languages(store: ox.Store) -> dict[str, tuple[str, ...]]:
    """Entity IRI → the languages of the articles that mention it, most frequent first."""
    counts: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for entity, lang, articles in _table(store, "languages.rq").rows:
        if entity and lang:
            counts[entity].append((-int(articles or 0), lang))
    return {entity: tuple(lang for _, lang in sorted(found)) for entity, found in counts.items()}


def _table(store: ox.Store, name: str) -> Table:
    result = run_query(store, read_sparql(name))
    if not isinstance(result, Table):
        raise ResourceError(f"query file {name} of kg.wikilink must be a SELECT query")
    return result


def _subject(iri: str, rows: Sequence[Row], languages: tuple[str, ...]) -> Subject:
    # columns: entity, class, property, name, lang, country
    names = tuple(dict.fromkeys(
        SearchName(name, lang or None, prop in _PREFERRED) for _, _, prop, name, lang, _ in rows if name))
    return Subject(
        iri=iri,
        label=_label(names, languages),
        classes=frozenset(c.removeprefix(KG) for _, c, *_ in rows if c),
        names=names,
        languages=languages,
        countries=frozenset(q for *_, country in rows if country and (q := qid_of(country))),
    )


def _label(names: Iterable[SearchName], languages: tuple[str, ...]) -> str:
    """The preferred name in the entity's first language, else untagged, else English, else any."""
    preferred = [n for n in names if n.preferred] or list(names)
    for lang in (*languages[:1], None, "en"):
        for name in preferred:
            if name.lang == lang:
                return name.text
    return preferred[0].text if preferred else ""
