"""kg.corpus.language: language codes and detection."""

from __future__ import annotations

import pytest

from kg.corpus.language import LanguageDetector, normalise_language_code, parse_lang


@pytest.mark.parametrize(("value", "expected"), [
    ("en", "en"), ("EN", "en"), ("en-US", "en"), ("en_GB", "en"), (" it ", "it"), ("eng", "en"),
    ("ara", "ar"), ("kmr", "ku"), ("zh-Hant-TW", "zh"), ("und", "und"),
])
def test_normalise_language_code(value: str, expected: str):
    assert normalise_language_code(value) == expected


@pytest.mark.parametrize("value", ["english", "e", "xyz", "12", "en US"])
def test_not_a_language_code(value: str):
    with pytest.raises(ValueError, match="expected an ISO 639-1 language code"):
        parse_lang(value)


@pytest.mark.parametrize("value", [None, "", "  ", "und"])
def test_absent_language_is_none_so_it_is_detected(value: object):
    assert parse_lang(value) is None


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector()


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia warned the United States on Thursday that any attempt to fire on its troops would fail.", "en"),
    ("Isis ha tentato di lanciare un attacco a sorpresa alle SDF, approfittando della nebbia.", "it"),
    ("Die Truppen haben die Stadt am Montag nach schweren Kämpfen eingenommen.", "de"),
    ("Les forces démocratiques syriennes ont repris le contrôle du village après de violents combats.", "fr"),
    ("قصفت الطائرات الحربية مواقع التنظيم في ريف دير الزور الشرقي", "ar"),
    ("Las fuerzas sirias avanzaron hacia la ciudad tras intensos combates con el Estado Islámico.", "es"),
    ("Suriye ordusu Halep yakınlarında ilerliyor ve köyleri geri aldı.", "tr"),
    ("Сирийская армия при поддержке России начала наступление на Ракку.", "ru"),
    ("Hêzên Sûriya Demokratîk li Reqayê şer dikin û gelek çekdarên DAIŞê hatin kuştin.", "ku"),
])
def test_detect(detector: LanguageDetector, text: str, expected: str):
    assert detector.detect(text) == expected


@pytest.mark.parametrize("text", ["12345 !!", "2017-06-15", "— ..."])
def test_text_without_letters_is_undetermined(detector: LanguageDetector, text: str):
    assert detector.detect(text) == "und"


def test_detection_is_restricted_to_the_configured_languages():
    detector = LanguageDetector(languages=("en", "de"))
    assert detector.detect("Isis ha tentato di lanciare un attacco") in ("en", "de")
