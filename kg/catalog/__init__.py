"""What kg knows before reading any article: curated entities and the places of the gazetteer."""

from .catalog import Catalog, CaseRule, NameEntry, load_catalog
from .folding import fold, squash

__all__ = ["Catalog", "CaseRule", "NameEntry", "fold", "load_catalog", "squash"]
