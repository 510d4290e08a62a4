"""kg: news articles about the war in Syria in, a provenance-rich RDF knowledge graph out."""

from __future__ import annotations

__version__ = "0.1.0"
