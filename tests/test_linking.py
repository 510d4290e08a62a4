"""Mentions and links: context decides between a city and its governorate; demonyms name actors;
minted entities get stable IRIs; boilerplate and case are respected."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.link import minted_key
from kg.records import EntityKind, Extraction

Extract = Callable[..., Extraction]


def _links(extraction: Extraction) -> dict[str, str]:
    return {m.mention.text: m.entity.key for m in extraction.mentions}


@pytest.mark.parametrize(("text", "lang", "surface", "key"), [
    ("Clashes erupted in Raqqa on Monday.", "en", "Raqqa", "raqqa"),
    ("Clashes erupted in the Raqqa countryside.", "en", "Raqqa", "raqqa-governorate"),
    ("SDF reinforcements were sent to the province of Raqqa.", "en", "Raqqa", "raqqa-governorate"),
    ("L'offensiva dal versante di Homs è imminente.", "it", "Homs", "homs-governorate"),
    ("Rinforzi in arrivo nella città di Deir Ezzor.", "it", "Deir Ezzor", "deir-ez-zor"),
])
def test_context_decides_city_or_governorate(extract: Extract, text: str, lang: str, surface: str, key: str) -> None:
    assert _links(extract(text, lang))[surface] == key


def test_demonyms_and_acronyms(extract: Extract) -> None:
    links = _links(extract("Baghuz è presa di mira dai caccia iracheni e dalle SDF.", "it"))
    assert links["iracheni"] == "iraq" and links["SDF"] == "sdf"
    links = _links(extract("It is unclear whether US troops and the IS group met us there.", "en"))
    assert links["US troops"] == "us-armed-forces" and "us" not in links


def test_typo_in_a_curated_name(extract: Extract) -> None:
    assert _links(extract("He was transferred to Bagdhad by coalition airplane."))["Bagdhad"] == "baghdad"


def test_gazetteer_village_with_governorate(extract: Extract) -> None:
    extraction = extract("Fighting was reported in Ash Sha`fah and Susah.")
    villages = [m.entity for m in extraction.mentions if m.entity.from_gazetteer]
    assert villages and all(v.governorate == "deir-ez-zor-governorate" for v in villages)


def test_minted_entities_have_stable_keys(extract: Extract) -> None:
    extraction = extract("Commander Rami Haddad told ARA News that fighting continued.")
    persons = [m.entity for m in extraction.mentions if m.entity.kind is EntityKind.PERSON and not m.entity.curated]
    assert persons and persons[0].key == minted_key(EntityKind.PERSON, "Rami Haddad") == "person/rami-haddad"


def test_rules_only_without_a_trained_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.catalog import load_catalog
    from kg.nlp import load_pipeline

    monkeypatch.setenv("KG_NO_MODEL", "1")
    nlp = load_pipeline("en", load_catalog())
    assert "ner" not in nlp.pipe_names and "sentencizer" in nlp.pipe_names
    doc = nlp("The SDF took Hajin. ISIS fled.")
    assert [s.text for s in doc.spans["kg_names"]] == ["SDF", "Hajin", "ISIS"]


def test_other_transliterations_of_villages(extract: Extract) -> None:
    extraction = extract("Airstrikes hit Khan Sheikhoun and the town of Maarat al-Numan on Monday.")
    places = {m.mention.text: m.entity for m in extraction.mentions if m.entity.kind.is_place}
    assert set(places) == {"Khan Sheikhoun", "Maarat al-Numan"}
    assert all(p.governorate == "idlib-governorate" for p in places.values())


@pytest.mark.parametrize("lang", ["zh", "ku", "und", "pt"])
def test_any_language_runs(extract: Extract, lang: str) -> None:
    """Languages without a pipeline, lexicons or word lists still get their catalogue names."""
    keys = {m.entity.key for m in extract("SDF 2019 Raqqa. 叙利亚 Kobani", lang).mentions}
    assert {"sdf", "raqqa", "kobani"} <= keys


def test_place_after_a_locative_beats_a_person_reading(extract: Extract) -> None:
    links = _links(extract("Heavy clashes erupted near Susah on Monday."))
    assert links["Susah"].startswith("wof/")
