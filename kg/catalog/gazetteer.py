"""Places of Syria and Iraq from the bundled Who's On First gazetteer (see kg/data/gazetteer/README.md).

A gazetteer row that is a curated entity (the curated entity's kg:wofId, the same Wikidata ID and a
compatible kind, or the same name in the same governorate) lends it its names; every other row becomes
a place of its own, keyed ``wof/<id>``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import ResourceError
from ..records import Entity, EntityKind
from .folding import fold
from .names import Name

GAZETTEER_FILES = {"syria": "syria_places.tsv", "iraq": "iraq_places.tsv"}
_PLACETYPES = {
    "country": EntityKind.STATE,
    "region": EntityKind.GOVERNORATE,
    "county": EntityKind.DISTRICT,
    "locality": EntityKind.SETTLEMENT,
    "neighbourhood": EntityKind.SETTLEMENT,
    "campus": EntityKind.AIR_BASE,
}
_COMPATIBLE = {
    EntityKind.STATE: {EntityKind.STATE},
    EntityKind.GOVERNORATE: {EntityKind.GOVERNORATE},
    EntityKind.DISTRICT: {EntityKind.DISTRICT},
    EntityKind.SETTLEMENT: {EntityKind.SETTLEMENT},
    EntityKind.AIR_BASE: {EntityKind.AIR_BASE, EntityKind.FACILITY},
}
_NAME_COLUMNS = (("name_en", None), ("name_ar", "ar"), ("name_it", "it"), ("name_fr", "fr"), ("name_de", "de"))


@dataclass(frozen=True)
class GazetteerRow:
    wof_id: str
    kind: EntityKind
    label: str
    labels: tuple[tuple[str, str], ...]  # (language, name) from the name_* columns
    names: tuple[tuple[str, str | None], ...]
    lat: float | None
    lon: float | None
    wikidata: str | None
    governorate: str
    governorate_wikidata: str | None
    country: str
    population: int


def _float(value: str) -> float | None:
    return float(value) if value else None


def _row_names(row: dict[str, str]) -> tuple[tuple[str, str | None], ...]:
    names = [(row[col], lang) for col, lang in _NAME_COLUMNS if row.get(col)]
    for variant in filter(None, (row.get("variants") or "").split(";")):
        names.append((variant, "ar" if any("\u0600" <= c <= "\u06ff" for c in variant) else None))
    return tuple(dict.fromkeys(names))


def read_rows(path: Path, country: str) -> Iterator[GazetteerRow]:
    try:
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                kind = _PLACETYPES.get(row["placetype"])
                if kind is None:
                    continue
                yield GazetteerRow(
                    wof_id=row["wof_id"], kind=kind, label=row["name_en"], names=_row_names(row),
                    labels=tuple((lang or "en", row[col]) for col, lang in _NAME_COLUMNS if row.get(col)),
                    lat=_float(row["lat"]), lon=_float(row["lon"]), wikidata=row["wikidata"] or None,
                    governorate=row["governorate"], governorate_wikidata=row["governorate_wikidata"] or None,
                    country=country, population=int(row["population"] or 0),
                )
    except (OSError, KeyError, ValueError) as exc:
        raise ResourceError(f"cannot read the gazetteer {path}: {exc}") from exc


class _CuratedIndex:
    """Finds the curated entity a gazetteer row stands for."""

    def __init__(self, entities: list[Entity], names: list[Name]):
        self.by_key = {e.key: e for e in entities}
        self.by_qid = {e.wikidata: e for e in entities if e.wikidata}
        self.by_wof = {e.wof_id: e for e in entities if e.wof_id}
        self.by_name: dict[str, list[Entity]] = {}
        for name in names:
            if not name.demonym and name.entity in self.by_key:
                self.by_name.setdefault(name.key, []).append(self.by_key[name.entity])

    def governorate_key(self, row: GazetteerRow) -> str | None:
        by_qid = self.by_qid.get(row.governorate_wikidata or "")
        if by_qid and by_qid.kind is EntityKind.GOVERNORATE:
            return by_qid.key
        for candidate in (fold(row.governorate), fold(row.governorate + " Governorate")):
            for entity in self.by_name.get(candidate, []):
                if entity.kind is EntityKind.GOVERNORATE:
                    return entity.key
        return None

    def same_as(self, row: GazetteerRow, governorate: str | None) -> Entity | None:
        if row.wof_id in self.by_wof:  # the curated entity names the very record
            return self.by_wof[row.wof_id]
        by_qid = self.by_qid.get(row.wikidata or "")
        if by_qid:
            return by_qid if by_qid.kind in _COMPATIBLE[row.kind] else None
        for name, _ in row.names:
            for entity in self.by_name.get(fold(name), []):
                if entity.kind in _COMPATIBLE[row.kind] and entity.governorate == governorate and governorate:
                    return entity
        return None


def read_gazetteer(
    folder: Path, curated: list[Entity], curated_names: list[Name]
) -> tuple[list[Entity], list[Name]]:
    """Places of the gazetteer that are not curated, and the names of all rows (curated ones included)."""
    index = _CuratedIndex(curated, curated_names)
    places: list[Entity] = []
    names: list[Name] = []
    for country, filename in GAZETTEER_FILES.items():
        for row in read_rows(folder / filename, country):
            governorate = index.governorate_key(row)
            twin = index.same_as(row, governorate)
            key = twin.key if twin else f"wof/{row.wof_id}"
            if twin is None:
                places.append(_place(row, key, governorate, index))
            names.extend(Name(text, key, lang, curated=False) for text, lang in row.names)
    return places, names


def _place(row: GazetteerRow, key: str, governorate: str | None, index: _CuratedIndex) -> Entity:
    # A Wikidata ID that a curated entity already carries is a WOF error (the curated table wins).
    qid = row.wikidata if row.wikidata not in index.by_qid else None
    return Entity(
        key=key, label=row.label, kind=row.kind, wikidata=qid, from_gazetteer=True,
        governorate=governorate if row.kind is not EntityKind.GOVERNORATE else None,
        country=row.country if row.country in index.by_key else None,
        lat=row.lat, lon=row.lon,
        labels=row.labels, wof_id=row.wof_id, population=row.population,
    )
