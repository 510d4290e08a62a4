"""Linking entities to Wikidata (``kg link``): propose ranked candidates from a Wikidata SPARQL endpoint
for the entities without a link, and record people's decisions on them so that they survive rebuilds.

    unlinked entities (store) → labels and aliases at the endpoint (candidates.rq) → type check and score
    (types.json) → proposed candidates in the links graph → accept / reject → owl:sameAs in that graph

Modules: ``subjects`` reads the unlinked entities, ``endpoint`` speaks the SPARQL protocol, ``candidates``
builds and reads the Wikidata query, ``scoring`` ranks, ``graph`` is the RDF of candidates and decisions,
``decisions`` and ``decision_file`` record decisions, ``propose`` runs it all.
"""

from .decisions import accept_link, apply_decision_file, reject_link
from .endpoint import DEFAULT_ENDPOINT, Endpoint
from .propose import DEFAULT_LIMIT, Proposals, candidate_table, propose_links
from .records import Candidate, Decision, LinkStatus

__all__ = [
    "DEFAULT_ENDPOINT",
    "DEFAULT_LIMIT",
    "Candidate",
    "Decision",
    "Endpoint",
    "LinkStatus",
    "Proposals",
    "accept_link",
    "apply_decision_file",
    "candidate_table",
    "propose_links",
    "reject_link",
]
