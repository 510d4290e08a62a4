"""Federation policy: SERVICE only to allowlisted endpoints, checked before a query runs.

A refused endpoint is named in the error and never contacted. An allowlist entry ``IRI=MIRROR`` sends
``SERVICE <IRI>`` to ``MIRROR`` (a local stand-in for tests, or a mirror); the query is rewritten and
checked again, so the original endpoint is contacted only if it is allowed as itself.

>>> from kg.serve.settings import parse_service_rule
>>> rules = (parse_service_rule("https://query.wikidata.org/sparql"),)
>>> check_services(("https://query.wikidata.org/sparql",), rules)
>>> check_services(("http://evil.example/sparql",), rules)
Traceback (most recent call last):
...
kg.serve.federation.ServiceNotAllowed: SERVICE <http://evil.example/sparql> is not allowed: ...
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .query_inspection import QueryFacts
from .settings import ServiceRule


class ServiceNotAllowed(ValueError):
    """A SERVICE endpoint is not on the allowlist (or cannot be checked)."""


def _allowed_list(rules: Iterable[ServiceRule]) -> str:
    return ", ".join(f"<{rule.iri}>" for rule in rules) or "none"


def check_services(services: Iterable[str], rules: tuple[ServiceRule, ...]) -> None:
    """Raise :class:`ServiceNotAllowed` for the first endpoint that no rule allows."""
    allowed = {rule.iri for rule in rules} | {rule.target for rule in rules}
    for service in services:
        if service.startswith("?"):
            raise ServiceNotAllowed(f"SERVICE {service} is not allowed: the endpoint must be a fixed IRI "
                                    f"from the allowlist ({_allowed_list(rules)})")
        if service not in allowed:
            raise ServiceNotAllowed(f"SERVICE <{service}> is not allowed: this server only federates to "
                                    f"{_allowed_list(rules)}; it did not contact <{service}>")


def apply_service_policy(text: str, rules: tuple[ServiceRule, ...],
                         inspect: Callable[[str], QueryFacts]) -> tuple[str, QueryFacts]:
    """Check ``text``'s SERVICE endpoints and rewrite mirrored ones; returns the text to run."""
    facts = inspect(text)
    if not facts.services:
        return text, facts
    check_services(facts.services, rules)
    mirrored = [rule for rule in rules if rule.rewrites and rule.iri in facts.services]
    if not mirrored:
        return text, facts
    for rule in mirrored:
        text = text.replace(f"<{rule.iri}>", f"<{rule.target}>")
    facts = inspect(text)
    still_original = [rule.iri for rule in mirrored if rule.iri in facts.services]
    if still_original:
        raise ServiceNotAllowed(f"write SERVICE <{still_original[0]}> as a full IRI: this server sends it to "
                                f"a mirror and could not rewrite a prefixed name")
    return text, facts
