"""The one exception hierarchy of kg. Library code raises these; only the CLI and the server turn them
into messages, exit codes and HTTP responses.

    KgError
    ├── InputError          an article or input file cannot be read (names the file, line and field)
    ├── ResourceError       a bundled data file (ontology, lexicon, gazetteer) is missing or malformed
    ├── StoreError          the store cannot be opened or written
    ├── QueryError          a SPARQL query or update is malformed or fails
    │   └── EndpointError   a remote SPARQL endpoint cannot be reached, times out or answers badly (names it)
    └── LinkError           a Wikidata link decision cannot be recorded (unknown entity, bad QID, conflict)

A store that breaks the SHACL shapes is not an error: ``kg.validation`` reports it.
"""

from __future__ import annotations


class KgError(Exception):
    """Base class of every error kg raises on purpose."""


class InputError(KgError):
    def __init__(self, path: str, message: str, line: int | None = None, field: str | None = None):
        self.path, self.line, self.field, self.message = path, line, field, message
        where = path + (f":{line}" if line else "")
        what = f" (field '{field}')" if field else ""
        super().__init__(f"{where}: {message}{what}")


class ResourceError(KgError):
    pass


class StoreError(KgError):
    pass


class QueryError(KgError):
    pass



class EndpointError(QueryError):
    pass


class LinkError(KgError):
    pass

