"""One router per concern: SPARQL protocol, Graph Store, dumps, descriptions, pages, UI."""
