"""The embedded Oxigraph store: where it lives, how graphs are replaced, how it is queried."""

from .location import default_store_dir
from .oxigraph import graph_triple_count, open_store, replace_graph

__all__ = ["default_store_dir", "graph_triple_count", "open_store", "replace_graph"]
