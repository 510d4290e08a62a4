"""The curated individuals of ``ontology/entities.ttl`` (and their Wikidata links) as catalogue entries."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..errors import ResourceError
from ..namespaces import ENTITY, KG, OWL, RDF, RDFS, SKOS, WD, WGS84
from ..records import Entity, EntityKind
from .names import Name

CURATED_FILE = "entities.ttl"
WIKIDATA_FILE = "wikidata.ttl"
_KINDS = {KG + kind.value: kind for kind in EntityKind}


@dataclass
class _Description:
    """The statements about one subject, gathered while reading the Turtle."""

    values: dict[str, list[ox.NamedNode | ox.Literal | ox.BlankNode]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def iris(self, predicate: str) -> list[str]:
        return [v.value for v in self.values.get(predicate, []) if isinstance(v, ox.NamedNode)]

    def literals(self, predicate: str) -> list[ox.Literal]:
        return [v for v in self.values.get(predicate, []) if isinstance(v, ox.Literal)]

    def number(self, predicate: str) -> float | None:
        found = self.literals(predicate)
        return float(found[0].value) if found else None


def _read(path: Path) -> dict[str, _Description]:
    subjects: dict[str, _Description] = defaultdict(_Description)
    try:
        for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            if isinstance(triple.subject, ox.NamedNode):
                subjects[triple.subject.value].values[triple.predicate.value].append(triple.object)
    except (OSError, SyntaxError) as exc:
        raise ResourceError(f"cannot read curated entities from {path}: {exc}") from exc
    return subjects


def _kind(desc: _Description) -> EntityKind | None:
    kinds = [_KINDS[c] for c in desc.iris(RDF.type) if c in _KINDS]
    return kinds[0] if kinds else None


def _english(literals: list[ox.Literal]) -> str | None:
    for lit in literals:
        if lit.language == "en":
            return lit.value
    return literals[0].value if literals else None


def _qid(iris: list[str]) -> str | None:
    qids = [iri.removeprefix(WD) for iri in iris if iri.startswith(WD)]
    return qids[0] if qids else None


def _key(iri: str) -> str | None:
    return iri.removeprefix(ENTITY) if iri.startswith(ENTITY) else None


_AREA_WORDS = re.compile(r"\s+(governorate|province)$|^(governatorato|provincia) d[i']\s*", re.IGNORECASE)


def _names(key: str, desc: _Description, kind: EntityKind) -> Iterator[Name]:
    for predicate in (SKOS.prefLabel, RDFS.label, SKOS.altLabel):
        for lit in desc.literals(predicate):
            yield Name(lit.value, key, lit.language or None)
            if kind is EntityKind.GOVERNORATE and _AREA_WORDS.search(lit.value):
                # "Homs" may be the governorate too; the linker decides from context (kg.link).
                yield Name(_AREA_WORDS.sub("", lit.value), key, lit.language or None)
    for lit in desc.literals(KG.demonym):
        yield Name(lit.value, key, lit.language or None, demonym=True)


def read_curated(ontology: Path) -> tuple[list[Entity], list[Name]]:
    """Curated entities and their names, from ``entities.ttl`` and ``wikidata.ttl`` in ``ontology``."""
    described = _read(ontology / CURATED_FILE)
    links = _read(ontology / WIKIDATA_FILE)
    entities: list[Entity] = []
    names: list[Name] = []
    for iri, desc in sorted(described.items()):
        key, kind = _key(iri), _kind(desc)
        if key is None or kind is None:
            continue
        label = _english(desc.literals(SKOS.prefLabel)) or _english(desc.literals(RDFS.label)) or key
        governorate = next(iter(desc.iris(KG.inGovernorate)), None)
        country = next(iter(desc.iris(KG.inCountry)), None)
        entities.append(Entity(
            key=key, label=label, kind=kind, curated=True,
            wikidata=_qid(links[iri].iris(OWL.sameAs)) if iri in links else None,
            governorate=_key(governorate) if governorate else None,
            country=_key(country) if country else None,
            lat=desc.number(WGS84.lat), lon=desc.number(WGS84.long),
            wof_id=next((lit.value for lit in desc.literals(KG.wofId)), None),
        ))
        names.extend(_names(key, desc, kind))
    return entities, names
