"""What kg knows before reading any article: curated entities and the places of the gazetteer."""

from .catalog import CaseRule, Catalog, NameEntry, load_catalog
from .folding import fold, squash

__all__ = ["CaseRule", "Catalog", "NameEntry", "fold", "load_catalog", "squash"]
