"""Event extraction rules on short news sentences (not the seed texts): type, roles, place, date,
modality, sources, quantities, and one event per happening."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from kg.records import Event, Extraction, Modality

Extract = Callable[..., Extraction]


def _only(extraction: Extraction) -> Event:
    assert len(extraction.events) == 1, [(e.event_type, e.sub_event_type) for e in extraction.events]
    return extraction.events[0]


def _keys(entities: tuple) -> set[str]:
    return {e.key for e in entities}


def test_airstrike_with_roles_place_and_weekday(extract: Extract) -> None:
    event = _only(extract("Coalition warplanes struck ISIS positions in Hajin on Sunday.", published="2018-11-20"))
    assert (event.event_type, event.sub_event_type) == ("explosions-remote-violence", "air-drone-strike")
    assert _keys(event.actor1) == {"coalition"} and _keys(event.actor2) == {"isis"}
    assert _keys(event.places) == {"hajin"}
    assert event.date and event.date.value == dt.date(2018, 11, 18)


def test_passive_voice_makes_the_subject_the_target(extract: Extract) -> None:
    event = _only(extract("SDF fighters were hit by Turkish artillery near Manbij yesterday."))
    assert "sdf" in _keys(event.actor2) and "turkey" in _keys(event.actor1)
    assert event.sub_event_type == "shelling-artillery-missile-attack"
    assert event.date and event.date.value == dt.date(2019, 2, 11)


def test_territory_sub_event_depends_on_who_takes_it(extract: Extract) -> None:
    government = _only(extract("The Syrian Arab Army captured Mayadin from ISIS."))
    rebels = _only(extract("The SDF captured Hajin from ISIS."))
    assert government.sub_event_type == "government-regains-territory"
    assert rebels.sub_event_type == "non-state-actor-overtakes-territory"


def test_attribution_makes_a_claim_with_its_source(extract: Extract) -> None:
    event = _only(extract("According to the SDF, ISIS militants attacked Baghuz on Friday."))
    assert event.modality is Modality.CLAIMED and _keys(event.sources) == {"sdf"}
    assert "isis" in _keys(event.actor1)


def test_unverified_negated_and_hypothetical(extract: Extract) -> None:
    assert _only(extract("There were unverified reports of clashes near Tabqa.")).modality is Modality.UNVERIFIED
    assert not extract("Russian reconnaissance recorded no clashes near Deir Ezzor.").events
    assert not extract("The aim is to send reinforcements to the SDF in Hajin.").events


def test_a_warning_keeps_its_content_out(extract: Extract) -> None:
    event = _only(extract("Russia warned the United States that any attack on its troops near Deir Ezzor "
                          "would result in retaliation."))
    assert event.event_type == "statements" and "russia" in _keys(event.actor1)


def test_an_accusation_makes_its_content_a_claim(extract: Extract) -> None:
    events = extract("Turkey accused the YPG of a car bomb attack in Afrin.").events
    kinds = {e.event_type: e for e in events}
    assert set(kinds) == {"statements", "explosions-remote-violence"}
    bomb = kinds["explosions-remote-violence"]
    assert bomb.sub_event_type == "suicide-bomb" and bomb.modality is Modality.CLAIMED
    assert _keys(bomb.sources) == {"turkey"}


def test_quantities(extract: Extract) -> None:
    event = _only(extract("SDF special forces freed three women and nine children in Al Khasham village."))
    assert [(q.kind, q.value) for q in event.quantities] == [("freed", 12)]
    event = _only(extract("Five of its fighters were killed in clashes with ISIS near Hajin."))
    assert ("killed", 5) in [(q.kind, q.value) for q in event.quantities]


def test_restatements_become_one_event(extract: Extract) -> None:
    text = ("ISIS attacks SDF near Hajin\n"
            "ISIS launched a surprise attack on the SDF in al-Bahra on Monday. "
            "The SDF repelled the attack on al-Bahra after hours of fighting.")
    events = extract(text, published="2018-11-21").events
    assert len(events) == 1 and {"isis", "sdf"} <= _keys(events[0].actor1) | _keys(events[0].actor2)


def test_italian(extract: Extract) -> None:
    event = _only(extract("Ieri i caccia russi hanno bombardato le postazioni dell'Isis ad Abu Kamal.", "it",
                          published="2018-11-20"))
    assert event.sub_event_type == "air-drone-strike" and "russia" in _keys(event.actor1)
    assert _keys(event.places) == {"abu-kamal"} and event.date and event.date.value == dt.date(2018, 11, 19)
    expected = _only(extract("Secondo fonti locali, l'imminente offensiva dell'esercito siriano contro l'Isis "
                             "partirà da Palmira.", "it"))
    assert expected.modality in (Modality.EXPECTED, Modality.CLAIMED)


def test_no_date_without_a_publication_date(extract: Extract) -> None:
    event = _only(extract("The SDF captured Hajin from ISIS on Tuesday.", published=None))
    assert event.date is None


def test_a_quoted_date_anchors_the_quote(extract: Extract) -> None:
    event = _only(extract("According to Bali on Feb 10: \u201cSDF advanced into Baghuz since yesterday evening.\u201d"))
    assert event.date and event.date.value == dt.date(2019, 2, 9)


def test_backers_and_so_called(extract: Extract) -> None:
    event = _only(extract("US-backed fighters of the SDF captured the town of Tabqa from the so-called Islamic State."))
    assert event.sub_event_type == "non-state-actor-overtakes-territory"
    assert "usa" in _keys(event.associated) and "isis" in _keys(event.actor2)
