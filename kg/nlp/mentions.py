"""Mentions in a processed doc: catalogue names first, then the statistical NER for what the catalogue
does not know. spaCy objects stop here; typed ``Mention`` records go on to linking."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..catalog import CaseRule, Catalog, NameEntry, fold, squash
from ..catalog.names import is_common_word
from ..records import Article, EntityKind, Mention, Sentence
from .components import NAMES_KEY, text_of
from .cues import after_locative, place_hint

NER_KINDS = {
    "PERSON": EntityKind.PERSON,
    "ORG": EntityKind.ORGANIZATION,
    "GPE": EntityKind.PLACE,
    "LOC": EntityKind.PLACE,
    "FAC": EntityKind.FACILITY,
}


@dataclass(frozen=True)
class _Candidate:
    span: Span
    mention: Mention
    rank: int  # see _without_overlaps


# Ranks of mention candidates, best first (see _without_overlaps).
_CURATED, _PLACE_PHRASE, _NER_PERSON, _VILLAGE, _NER_OTHER = range(5)


def sentences_of(doc: Doc) -> tuple[Sentence, ...]:
    """Sentence boundaries, trimmed of surrounding white space. A "sentence" that starts in lowercase on
    the line of the previous one continues it ("... in tutto il quadrante. da Hajin a Sha'Fah."), and no
    boundary falls inside a name ("Maj. Gen. Igor Konashenkov")."""
    inside_names = {i for span in doc.spans.get(NAMES_KEY, []) for i in range(span.start_char + 1, span.end_char)}
    whole = text_of(doc)
    found: list[Sentence] = []
    for sent in doc.sents:
        text = sent.text
        start = sent.start_char + (len(text) - len(text.lstrip()))
        end = sent.end_char - (len(text) - len(text.rstrip()))
        if end <= start:
            continue
        continues = whole[start].islower() or sent.start_char in inside_names
        if found and continues and "\n" not in whole[found[-1].end:start]:
            found[-1] = Sentence(found[-1].start, end)
        else:
            found.append(Sentence(start, end))
    return tuple(found)


def find_mentions(doc: Doc, article: Article, catalog: Catalog,
                  sentences: tuple[Sentence, ...] | None = None) -> list[Mention]:
    """Non-overlapping mentions outside boilerplate, in text order (``sentences``: the doc's, if known)."""
    sentences = sentences or sentences_of(doc)
    candidates = [*_catalog_candidates(doc, article.lang, catalog, sentences),
                  *_ner_candidates(doc, article.lang, sentences)]
    chosen = _without_overlaps(candidates)
    kept = [c.mention for c in chosen if not article.in_boilerplate(c.mention.start, c.mention.end)]
    return sorted(kept, key=lambda m: m.start)


def _sentence_of(sentences: tuple[Sentence, ...], start: int) -> Sentence:
    for sentence in sentences:
        if sentence.start <= start < sentence.end:
            return sentence
    return Sentence(start, start)


def case_agrees(text: str, entry: NameEntry) -> bool:
    """Whether the text's capitalisation allows it to be ``entry``'s name (always, in a script without
    case, such as Arabic)."""
    if not any(c.isupper() or c.islower() for c in text):
        return True
    if entry.case is CaseRule.EXACT:
        return squash(text) == squash(entry.form) and _letters(text) == _letters(entry.form)
    if entry.case is CaseRule.NOT_LOWER:
        return not text.islower()
    if entry.case is CaseRule.CAPITALISED:
        return any(word[:1].isupper() for word in text.replace("-", " ").split())
    return True


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalpha())


def _catalog_candidates(
    doc: Doc, lang: str, catalog: Catalog, sentences: tuple[Sentence, ...]
) -> Iterator[_Candidate]:
    lexicon = catalog.lexicon(lang)
    for span in doc.spans[NAMES_KEY]:
        key = span.kb_id_ or squash(span.text)  # a typo span carries the name it stands for
        entries = [e for e in lexicon.get(key, []) if span.kb_id_ or case_agrees(span.text, e)]
        if _part_of_longer_name(span):
            entries = [e for e in entries if e.curated]
        if not entries:
            continue
        keys = tuple(dict.fromkeys(e.entity for e in entries))
        first = catalog.entity(keys[0])
        mention = Mention(
            start=span.start_char, end=span.end_char, text=span.text, kind=first.kind,
            sentence=_sentence_of(sentences, span.start_char), candidates=keys, source="ruler",
            demonym=all(e.demonym for e in entries),
            context_hint=place_hint(span, lang) if first.kind.is_place else None,
        )
        # "Khan Sheikhoun", "near Susah": a place even when the NER calls it a person
        place_like = len([t for t in span if t.is_alpha]) >= 2 or after_locative(doc, span.start, lang)
        rank = _CURATED if entries[0].curated else _PLACE_PHRASE if place_like else _VILLAGE
        yield _Candidate(span, mention, rank=rank)


def _part_of_longer_name(span: Span) -> bool:
    """"Maarat" in "Maarat al-Numan": the next word goes on with the name, so a gazetteer village called
    "Maarat" is not what the text names."""
    if span.end >= len(span.doc):
        return False
    following = span.doc[span.end]
    if following.text == "-":  # "Britain-based": a compound word, not the name of a village
        return True
    return following.text[:1].isupper() or fold(following.text).split("-")[0] in _ARTICLES


_ARTICLES = frozenset({"al", "el", "an", "ar", "as", "ash", "at", "ad", "az", "ath", "ed", "es", "ez", "en"})


def _usable_ner(span: Span, lang: str) -> bool:
    text = span.text
    return (
        span.label_ in NER_KINDS
        and not (len(span) == 1 and is_common_word(text, lang))  # "South", "Battles", "Local"
        and len(text) >= 2
        and any(c.isupper() for c in text)
        and "\n" not in text
        and not any(c in text for c in "#@+:|/")  # tweets: "Tabqah:#SAA", "Daesh v @watanisy"
        and not any(c.isdigit() for c in text)
    )


def _ner_candidates(doc: Doc, lang: str, sentences: tuple[Sentence, ...]) -> Iterator[_Candidate]:
    for ent in doc.ents:
        span = _trimmed(ent)
        if span is None or not _usable_ner(span, lang):
            continue
        mention = Mention(
            start=span.start_char, end=span.end_char, text=span.text, kind=NER_KINDS[span.label_],
            sentence=_sentence_of(sentences, span.start_char), source="ner",
        )
        # A person the NER found beats a gazetteer village of the same name, not a curated entity.
        yield _Candidate(span, mention, rank=_NER_PERSON if span.label_ == "PERSON" else _NER_OTHER)


def _trimmed(ent: Span) -> Span | None:
    start, end = ent.start, ent.end
    while start < end and (ent.doc[start].lower_ in ("the", "a", "an") or ent.doc[start].is_punct):
        start += 1
    while end > start and (ent.doc[end - 1].is_punct or ent.doc[end - 1].text in ("'s", "’s")):
        end -= 1
    return Span(ent.doc, start, end, label=ent.label_) if end > start else None


def _without_overlaps(candidates: Iterable[_Candidate]) -> list[_Candidate]:
    """Curated names, gazetteer names of several words and persons the NER found compete by length, then by
    that order ("Khan Sheikhoun" is a town even when the NER calls it a person); one-word gazetteer names and
    other NER entities only fill the gaps ("Habun Osman" the person, not a village "Osman")."""
    taken: set[int] = set()
    chosen = []
    ordered = sorted(candidates, key=lambda c: (c.rank > _NER_PERSON, -(c.span.end - c.span.start), c.rank,
                                                c.span.start))
    for candidate in ordered:
        tokens = set(range(candidate.span.start, candidate.span.end))
        if tokens & taken:
            continue
        taken |= tokens
        chosen.append(candidate)
    return chosen
