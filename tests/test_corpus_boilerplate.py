"""kg.corpus.boilerplate, patterns and taglist: finding web boilerplate without hiding real sentences."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.corpus.boilerplate import content_lines, find_boilerplate, merge_ranges
from kg.corpus.patterns import KINDS, PATTERNS_FILE, BoilerplatePatterns, TagListRule
from kg.corpus.patterns import load_boilerplate_patterns as load
from kg.corpus.taglist import is_tag_line
from kg.errors import ResourceError

BODY = "The Syrian Democratic Forces captured the village of al-Bahra on Monday."


@pytest.fixture(scope="module")
def patterns() -> BoilerplatePatterns:
    return load()


def marked(text: str, lang: str, patterns: BoilerplatePatterns) -> list[str]:
    return [text[b0:b1] for b0, b1 in find_boilerplate(text, lang, patterns)]


def test_the_pattern_file_is_data_with_sections_per_language():
    data = json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))
    assert {"common", "en", "it", "fr", "de"} <= set(data["sections"])
    for name, section in data["sections"].items():
        assert set(section) <= set(KINDS), name
        for kind, regexes in section.items():
            for regex in regexes:
                re.compile(regex)  # names the bad pattern when one does not compile
                assert not re.fullmatch(regex, "", re.IGNORECASE), (name, kind, regex)


def test_a_broken_pattern_file_is_a_resource_error(tmp_path: Path):
    path = tmp_path / "p.json"
    path.write_text('{"always": [], "sections": {"en": {"lines": ["("]}}}', encoding="utf-8")
    with pytest.raises(ResourceError, match="cannot be loaded"):
        load(path)
    with pytest.raises(ResourceError):
        load(tmp_path / "missing.json")


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["Share this:", "Click to share on Twitter (Opens in new window)", "Facebook", "Like this:",
            "Like Loading..."]),
    ("en", ["Related Posts"]),
    ("en", ["Leave a Reply Cancel reply",
            "Your email address will not be published. Required fields are marked *",
            "Comment", "Name", "Email", "Website", "Notify me of new comments via email.",
            "Notify me of new posts via email.", "Post Comment"]),
    ("en", ["Connecting to %s"]),
    ("en", ["Tags: Syria, SDF, Raqqa"]),
    ("en", ["Photo: Reuters"]),
    ("en", ["Screenshot 2019-02-11 at 13.14.29.png"]),
    ("en", ["IMG_2041.jpg"]),
    ("en", ["A man walks past destroyed buildings in Aleppo, Syria, Dec. 12, 2016. (AP Photo/Hassan Ammar)"]),
    ("en", ["Syrian army soldiers in Deir Ezzor. REUTERS/Omar Sanadiki"]),
    ("en", ["Emblem of the Ministry of Defense of the Russian Federation"]),
    ("it", ["Lascia un commento", "Condividi:", "Twitter", "Mi piace:", "Mi piace Caricamento..."]),
    ("it", ["Articoli correlati"]),
    ("it", ["Foto: Difesa & Sicurezza"]),
    ("fr", ["Laisser un commentaire", "Partager :", "Twitter", "J’aime :", "Articles similaires"]),
    ("fr", ["Vous commentez à l’aide de votre compte Twitter. Déconnexion / Changer )"]),
    ("it", ["Stai commentando usando il tuo account WordPress.com. Chiudi sessione / Modifica )"]),
    ("de", ["Du kommentierst mit deinem Facebook-Konto. Abmelden / Ändern )"]),
    ("de", ["Schreibe einen Kommentar", "Teilen mit:", "Twitter", "Gefällt mir:", "Ähnliche Beiträge"]),
    ("de", ["Bild: dpa"]),
    ("it", ["Share this:", "Twitter"]),  # untranslated English widgets on a non-English site
])
def test_boilerplate_after_a_body_paragraph_is_one_range(
    patterns: BoilerplatePatterns, lang: str, lines: list[str]
):
    block = "\n".join(lines)
    text = f"{BODY}\n\n{block}\n"
    assert marked(text, lang, patterns) == [block]


def test_comment_form_with_no_break_spaces_and_crlf(patterns: BoilerplatePatterns):
    form = (
        "Leave a Reply\r\n\r\n"
        "You are commenting using your WordPress.com account.\u00a0Log\u00a0Out\u00a0/\u00a0 Change\u00a0)"
    )
    text = f"{BODY}\r\n\r\n{form}\r\n"
    assert marked(text, "en", patterns) == [form]


def test_inline_photo_credit_inside_a_paragraph(patterns: BoilerplatePatterns):
    text = f"{BODY} (AP Photo/Hassan Ammar) The offensive continued on Tuesday."
    assert marked(text, "en", patterns) == ["(AP Photo/Hassan Ammar)"]


@pytest.mark.parametrize(("lang", "line"), [
    ("en", BODY),
    ("en", "Share prices fell sharply after the attack."),
    ("en", "Related fighting was reported in Idlib."),
    ("en", "Photo evidence shows the strike hit a hospital."),
    ("en", "The flag of the SDF was raised over the stadium."),
    ("en", "Russia, Iran and Turkey signed the agreement in Astana."),
    ("en", "Raqqa, Deir Ezzor, Hasakah"),
    ("en", "DAMASCUS, Syria, June 3"),
    ("en", "A Reuters/Ipsos poll found that most respondents opposed the strike."),
    ("en", "Twitter"),
    ("en", "Leave a reply to the ministry, the spokesman said."),
    ("en", "— Fahd Majd ?? (@Syria_Protector) 13 Jun 2017"),
    ("en", "First combat footage of #SAA operations against #ISIS at the edges of Al-Raqqa province."),
    ("it", "Condividi la responsabilità dell'attacco, ha detto il portavoce."),
    ("it", "Isis ha tentato di lanciare un attacco a sorpresa alle SDF ad Al-Bahra."),
    ("fr", "Partager le pouvoir n'est pas une option, a déclaré le ministre."),
    ("de", "Teilen der Stadt droht eine neue Offensive."),
    ("de", "Foto des Tages zeigt die zerstörte Brücke"),
])
def test_real_sentences_are_not_boilerplate(patterns: BoilerplatePatterns, lang: str, line: str):
    assert marked(f"{line}\n", lang, patterns) == []


def test_follow_up_lines_count_only_after_boilerplate(patterns: BoilerplatePatterns):
    text = f"{BODY}\nGoogle photo\nTwitter\n\nShare this:\n\nTwitter\nFacebook\n{BODY}\nFacebook"
    assert marked(text, "en", patterns) == ["Share this:\n\nTwitter\nFacebook"]


def test_ranges_point_into_the_original_text(patterns: BoilerplatePatterns):
    text = f"\ufeffTitle\n\n  \u00a0Share\u00a0this:  \t\n{BODY}"
    ((b0, b1),) = find_boilerplate(text, "en", patterns)
    assert text[b0:b1] == "Share\u00a0this:"


def test_unknown_language_uses_the_common_and_english_patterns(patterns: BoilerplatePatterns):
    assert marked("Share this:\nLascia un commento\n", "und", patterns) == ["Share this:"]


def test_content_lines_collapse_white_space_and_keep_positions():
    (line,) = content_lines("\r\n  a\u00a0 b\tc  \r\n")
    assert line.text == "a b c"
    assert line.whole == (4, 10)
    assert line.span(2, 3) == (7, 8)


def test_merge_ranges():
    text = "aaa  bbb\n\nccc x ddd"
    assert merge_ranges(text, [(10, 13), (0, 3), (5, 8), (16, 19), (17, 18)]) == ((0, 13), (16, 19))


RULE = TagListRule()


@pytest.mark.parametrize("line", [
    "Russia, Russia Defense Ministry, Russian defense ministryRussia, Russia Defense Ministry, "
    "Russian defense ministry",
    "Syria, SDF, YPG, ISIS, Raqqa, Kurds",
    "Aleppo, Syria, Aleppo",
])
def test_tag_lines(line: str):
    assert is_tag_line(line, RULE)


@pytest.mark.parametrize("line", [
    "Raqqa, Deir Ezzor, Hasakah",
    "Russia, Iran, Turkey, Iraq, Jordan and Lebanon all sent delegations to the talks in Astana.",
    "Syria, SDF, YPG, ISIS, Raqqa, Kurds.",
    "The offensive, which began in June, has displaced thousands of people, the UN said, citing sources",
    "Syria, SDF: YPG, ISIS, Raqqa, Kurds",
])
def test_not_tag_lines(line: str):
    assert not is_tag_line(line, RULE)
