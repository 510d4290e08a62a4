"""Reading the entity and Wikidata item a person names on the command line or in the decisions file."""

from __future__ import annotations

import re

from ..errors import LinkError
from ..namespaces import ENTITY, WD

_QID = re.compile(r"Q[1-9][0-9]*")
_KEY = re.compile(r"[^\s<>\"{}|\\^`]+")


def entity_iri_of(entity: str) -> str:
    """The IRI of an entity given as its IRI, as ``kge:KEY`` or as the KEY after ``.../id/entity/``.

    >>> entity_iri_of("person/fahd-majd")
    'https://w3id.org/kg-syria/id/entity/person/fahd-majd'
    """
    key = entity.strip().removeprefix(ENTITY).removeprefix("kge:")
    if key.startswith(("http://", "https://")) or not _KEY.fullmatch(key):
        raise LinkError(f"'{entity}' is not an entity of kg: give its IRI ({ENTITY}KEY) or its KEY, "
                        "such as person/fahd-majd")
    return ENTITY + key


def normalise_qid(qid: str) -> str:
    """A Wikidata item id given as Q123, wd:Q123 or its IRI, as Q123.

    >>> normalise_qid("http://www.wikidata.org/entity/Q3766"), normalise_qid("wd:q3766")
    ('Q3766', 'Q3766')
    """
    local = qid.strip().removeprefix(WD).removeprefix("wd:").upper()
    if not _QID.fullmatch(local):
        raise LinkError(f"'{qid}' is not a Wikidata item id: give it as Q123, wd:Q123 or {WD}Q123")
    return local
