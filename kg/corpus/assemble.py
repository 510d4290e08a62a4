"""Making an :class:`~kg.records.Article` from a raw article: checking its text and fields, deriving the
missing id and language, and finding its boilerplate."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Article, InputProblem
from .boilerplate import find_boilerplate
from .identity import IdRegister, derive_id
from .jsonvalues import describe_value
from .language import LanguageDetector
from .metadata import Metadata, parse_metadata
from .patterns import BoilerplatePatterns, load_boilerplate_patterns
from .raw import RawArticle


@dataclass
class ReadContext:
    """What one read of a corpus shares across articles: the detector, the patterns and the ids seen."""

    detector: LanguageDetector = field(default_factory=LanguageDetector)
    patterns: BoilerplatePatterns = field(default_factory=load_boilerplate_patterns)
    ids: IdRegister = field(default_factory=IdRegister)


def accept_article(raw: RawArticle, context: ReadContext) -> list[Article | InputProblem]:
    """The article, or the problems that keep it out (bad text or fields, an id already used)."""
    built = build_article(raw, context)
    if isinstance(built, list):
        return list(built)
    duplicate = context.ids.claim(built, raw.line)
    return [duplicate or built]


def build_article(raw: RawArticle, context: ReadContext) -> Article | list[InputProblem]:
    problems = _text_problems(raw)
    metadata = parse_metadata(raw.fields, raw.metadata_file, raw.line)
    if isinstance(metadata, list):
        problems.extend(metadata)
    if problems or isinstance(metadata, list) or not isinstance(raw.text, str):
        return problems
    return _article(raw, raw.text, metadata, context)


def _text_problems(raw: RawArticle) -> list[InputProblem]:
    if raw.text is None:
        message = "the article has no text"
    elif not isinstance(raw.text, str):
        message = f"expected the article text as a string, found {describe_value(raw.text)}"
    elif not raw.text.strip():
        message = "the article text is empty" if not raw.text else "the article text is only white space"
    else:
        return []
    return [InputProblem(raw.path, message, raw.line, "text")]


def _article(raw: RawArticle, text: str, metadata: Metadata, context: ReadContext) -> Article:
    lang = metadata.lang or context.detector.detect(text)
    return Article(
        id=metadata.id or raw.name_id or derive_id(raw.id_prefix, text),
        text=text,
        lang=lang,
        title=metadata.title,
        source=metadata.source,
        url=metadata.url,
        published=metadata.published,
        path=raw.path,
        lang_detected=metadata.lang is None,
        boilerplate=find_boilerplate(text, lang, context.patterns),
    )
