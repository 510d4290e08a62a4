"""Temporal expressions: what is found in news sentences and the date each resolves to.

Each table row is (sentence, anchor, expected expression text, expected date, expected precision); the
anchor is the publication date (None: no anchor). Many rows are real sentences from the corpus.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from kg.records import DatePrecision
from kg.timex import TimeExpression, TimexKind, find_time_expressions, resolve

DAY, WEEK, MONTH, YEAR = DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH, DatePrecision.YEAR

EN = [
    ("On Tuesday, the Syrian army and its allies conducted a lightning offensive", "2017-06-15",
     "On Tuesday", "2017-06-13", DAY),
    ("after yesterday’s seizure of large oil deposits", "2017-06-15", "yesterday", "2017-06-14", DAY),
    ("Due to artillery fire on Monday, the road was closed", "2017-06-15", "on Monday", "2017-06-12", DAY),
    ("Posted 13 Jun 2017 by the press office", "2017-06-15", "13 Jun 2017", "2017-06-13", DAY),
    ("In April, the United States accused the government", "2017-06-15", "In April", "2017-04-01", MONTH),
    ("the memorandum signed last month by Russia, Iran and Turkey", "2017-06-15", "last month", "2017-05-01",
     MONTH),
    ("Russia warned the United States on Thursday", "2017-09-21", "on Thursday", "2017-09-21", DAY),
    ("On Wednesday, the Coalition confirmed the strike", "2017-09-21", "On Wednesday", "2017-09-20", DAY),
    ("a hospital hit by an airstrike over the weekend", "2017-09-21", "over the weekend", "2017-09-16", DAY),
    ("the SDF advanced 10 km in the past week", "2017-09-21", "in the past week", "2017-09-14", WEEK),
    ("before the operation began on February 9", "2019-02-12", "on February 9", "2019-02-09", DAY),
    ("According to Bali on Feb 10: the SDF repelled", "2019-02-12", "on Feb 10", "2019-02-10", DAY),
    ("According to Bali on Feb. 10 the SDF repelled", "2019-02-12", "on Feb. 10", "2019-02-10", DAY),
    ("Since January 28 the SDF has evacuated civilians", "2019-02-12", "January 28", "2019-01-28", DAY),
    ("Heavy clashes this evening at Baghouz", "2019-02-12", "this evening", "2019-02-12", DAY),
    ("shelling since 19:00 yesterday evening", "2019-02-10", "yesterday evening", "2019-02-09", DAY),
    ("a counterattack at 4 am this morning", "2019-02-10", "this morning", "2019-02-10", DAY),
    ("Screen Shot 2019-02-11 at 1.14.29 PM", None, "2019-02-11", "2019-02-11", DAY),
    ("the offensive launched on June 13, 2017 ended", None, "on June 13, 2017", "2017-06-13", DAY),
    ("On Sunday, 14 May 2017, rebels shelled", None, "On Sunday, 14 May 2017", "2017-05-14", DAY),
    ("ISIS took the town in 2014", None, "in 2014", "2014-01-01", YEAR),
    ("protests that began in early March 2011", None, "in early March 2011", "2011-03-01", MONTH),
    ("the siege lifted on the 9th of February", "2019-02-12", "on the 9th of February", "2019-02-09", DAY),
    ("the report of 13/06/2017", None, "13/06/2017", "2017-06-13", DAY),
    ("an offensive in November", "2017-06-15", "in November", "2016-11-01", MONTH),
    ("fighting since December 30", "2019-01-05", "December 30", "2018-12-30", DAY),
    ("talks scheduled for January 28", "2019-01-10", "January 28", "2019-01-28", DAY),
    ("the raid two days ago", "2017-06-15", "two days ago", "2017-06-13", DAY),
    ("a similar attack 3 weeks ago", "2017-06-15", "3 weeks ago", "2017-05-25", WEEK),
    ("the day before yesterday, the army", "2017-06-15", "the day before yesterday", "2017-06-13", DAY),
    ("talks are due to resume tomorrow", "2017-06-15", "tomorrow", "2017-06-16", DAY),
    ("bombed last Tuesday", "2017-06-13", "last Tuesday", "2017-06-06", DAY),
    ("a ceasefire from next Friday", "2017-06-15", "next Friday", "2017-06-16", DAY),
    ("killed on Saturday night", "2017-06-15", "on Saturday night", "2017-06-10", DAY),
    ("more than this year", "2017-06-15", "this year", "2017-01-01", YEAR),
    ("compared with last year", "2017-06-15", "last year", "2016-01-01", YEAR),
    ("strikes this week", "2017-06-15", "this week", "2017-06-15", WEEK),
]

IT = [
    ("Nelle scorse ore, infatti, Daesh ha lanciato diversi razzi", "2018-11-20", "Nelle scorse ore",
     "2018-11-20", DAY),
    ("domenica i miliziani hanno attaccato", "2018-11-20", "domenica", "2018-11-18", DAY),
    ("gli scontri di ieri a Hajin", "2018-11-20", "ieri", "2018-11-19", DAY),
    ("l'offensiva lanciata il 9 febbraio", "2018-11-20", "il 9 febbraio", "2018-02-09", DAY),
    ("l’altro ieri a Hajin", "2018-11-20", "l’altro ieri", "2018-11-18", DAY),
    ("stamattina un attacco", "2018-11-20", "stamattina", "2018-11-20", DAY),
    ("stasera è previsto un vertice", "2018-11-20", "stasera", "2018-11-20", DAY),
    ("oggi la coalizione ha colpito", "2018-11-20", "oggi", "2018-11-20", DAY),
    ("ieri sera i curdi hanno respinto", "2018-11-20", "ieri sera", "2018-11-19", DAY),
    ("domani riprendono i colloqui", "2018-11-20", "domani", "2018-11-21", DAY),
    ("la settimana scorsa", "2018-11-20", "la settimana scorsa", "2018-11-13", WEEK),
    ("firmato il mese scorso", "2018-11-20", "il mese scorso", "2018-10-01", MONTH),
    ("quest’anno le vittime", "2018-11-20", "quest’anno", "2018-01-01", YEAR),
    ("l'anno scorso la città", "2018-11-20", "l'anno scorso", "2017-01-01", YEAR),
    ("tre giorni fa un raid", "2018-11-20", "tre giorni fa", "2018-11-17", DAY),
    ("nel fine settimana i jihadisti", "2018-11-20", "nel fine settimana", "2018-11-17", DAY),
    ("ad aprile il regime", "2018-11-20", "ad aprile", "2018-04-01", MONTH),
    ("nel 2016 Daesh controllava", None, "nel 2016", "2016-01-01", YEAR),
    ("l'8 marzo 2018 le forze", None, "l'8 marzo 2018", "2018-03-08", DAY),
    ("martedì mattina un'autobomba", "2018-11-20", "martedì mattina", "2018-11-20", DAY),
    ("venerdì scorso", "2018-11-20", "venerdì scorso", "2018-11-16", DAY),
    ("lunedì prossimo", "2018-11-20", "lunedì prossimo", "2018-11-26", DAY),
    ("il comunicato del 20/11/2018", None, "20/11/2018", "2018-11-20", DAY),
    ("a fine ottobre", "2018-11-20", "a fine ottobre", "2018-10-01", MONTH),
]

DE = [
    ("Am Dienstag griff die Armee an", "2019-02-14", "Am Dienstag", "2019-02-12", DAY),
    ("gestern Abend meldeten Aktivisten", "2019-02-14", "gestern Abend", "2019-02-13", DAY),
    ("am 9. Februar 2019 begann", None, "am 9. Februar 2019", "2019-02-09", DAY),
    ("im April hatte die Regierung", "2019-02-14", "im April", "2018-04-01", MONTH),
    ("letzte Woche wurden", "2019-02-14", "letzte Woche", "2019-02-07", WEEK),
    ("Angriffe am Wochenende", "2019-02-14", "am Wochenende", "2019-02-09", DAY),
    ("vor zwei Tagen", "2019-02-14", "vor zwei Tagen", "2019-02-12", DAY),
    ("heute Morgen", "2019-02-14", "heute Morgen", "2019-02-14", DAY),
    ("am Donnerstagabend", "2019-02-14", "am Donnerstagabend", "2019-02-14", DAY),
    ("im vergangenen Monat", "2019-02-14", "im vergangenen Monat", "2019-01-01", MONTH),
    ("vorgestern", "2019-02-14", "vorgestern", "2019-02-12", DAY),
]

FR = [
    ("Mardi dernier, les forces ont attaqué", "2019-02-14", "Mardi dernier", "2019-02-12", DAY),
    ("hier soir, des frappes", "2019-02-14", "hier soir", "2019-02-13", DAY),
    ("depuis le 9 février", "2019-02-14", "le 9 février", "2019-02-09", DAY),
    ("le 1er mars 2018", None, "le 1er mars 2018", "2018-03-01", DAY),
    ("en avril, le régime", "2019-02-14", "en avril", "2018-04-01", MONTH),
    ("la semaine dernière", "2019-02-14", "la semaine dernière", "2019-02-07", WEEK),
    ("ce week-end", "2019-02-14", "ce week-end", "2019-02-09", DAY),
    ("il y a trois jours", "2019-02-14", "il y a trois jours", "2019-02-11", DAY),
    ("aujourd’hui", "2019-02-14", "aujourd’hui", "2019-02-14", DAY),
    ("avant-hier", "2019-02-14", "avant-hier", "2019-02-12", DAY),
    ("le mois dernier", "2019-02-14", "le mois dernier", "2019-01-01", MONTH),
]

AR = [
    ("قالت المصادر يوم الثلاثاء إن القوات تقدمت", "2019-02-14", "يوم الثلاثاء", "2019-02-12", DAY),
    ("وأمس سيطرت القوات على البلدة", "2019-02-14", "أمس", "2019-02-13", DAY),
    ("بدأت العملية في 9 شباط 2019", None, "في 9 شباط 2019", "2019-02-09", DAY),
    ("و9 فبراير", "2019-02-14", "9 فبراير", "2019-02-09", DAY),
    ("في 28 كانون الثاني", "2019-02-14", "في 28 كانون الثاني", "2019-01-28", DAY),
    ("٩ شباط/فبراير ٢٠١٩", None, "٩ شباط/فبراير ٢٠١٩", "2019-02-09", DAY),
    ("في نيسان", "2019-02-14", "في نيسان", "2018-04-01", MONTH),
    ("الأسبوع الماضي", "2019-02-14", "الأسبوع الماضي", "2019-02-07", WEEK),
    ("قبل ثلاثة أيام", "2019-02-14", "قبل ثلاثة أيام", "2019-02-11", DAY),
    ("صباح اليوم", "2019-02-14", "صباح اليوم", "2019-02-14", DAY),
    ("مساء أمس", "2019-02-14", "مساء أمس", "2019-02-13", DAY),
    ("الاربعاء", "2019-02-14", "الاربعاء", "2019-02-13", DAY),
    ("منذ عام 2011", None, "عام 2011", "2011-01-01", YEAR),
]

CASES = [pytest.param(lang, *row, id=f"{lang}-{row[2]}")
         for lang, rows in (("en", EN), ("it", IT), ("de", DE), ("fr", FR), ("ar", AR)) for row in rows]


def _anchor(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso) if iso else None


def _found(sentence: str, lang: str, text: str) -> TimeExpression:
    found = find_time_expressions(sentence, lang)
    matching = [e for e in found if e.text == text]
    assert matching, f"{text!r} not found in {sentence!r}; found {[e.text for e in found]}"
    return matching[0]


@pytest.mark.parametrize(("lang", "sentence", "anchor", "text", "date", "precision"), CASES)
def test_expression_resolves_to_date(lang, sentence, anchor, text, date, precision):
    expr = _found(sentence, lang, text)
    resolved = resolve(expr, _anchor(anchor))
    assert resolved is not None
    assert (resolved.value.isoformat(), resolved.precision) == (date, precision)
    assert (resolved.start, resolved.end) == (expr.start, expr.end)
    assert sentence[expr.start:expr.end] == expr.text


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "ISIS may attack the base"),
    ("en", "at least 2 may have died"),
    ("en", "capturing 41 positions"),
    ("en", "an area of 6 km2"),
    ("en", "100 kilometers from the border"),
    ("en", "20,000 civilians fled"),
    ("en", "a march on Damascus"),
    ("en", "in the second round, at 4 am, since 19:00"),
    ("en", "the monastery of Mar Elias"),
    ("it", "alle 16 sono arrivati 41 miliziani"),
    ("de", "um 16 Uhr am Morgen"),
    ("fr", "à 16 heures, 300 combattants"),
    ("ar", "مارس الضغط على الفصائل"),
])
def test_no_expression(lang, sentence):
    assert find_time_expressions(sentence, lang) == []


def test_time_of_day_is_not_a_date():
    found = find_time_expressions("Screen Shot 2019-02-11 at 1.14.29 PM", "en")
    assert [e.text for e in found] == ["2019-02-11"]


@pytest.mark.parametrize(("lang", "sentence", "text"), [
    ("it", "Come peraltro già accaduto recentemente a Mayadeen", "recentemente"),
    ("en", "a few days later the town fell", "a few days later"),
    ("en", "recently, the army", "recently"),
    ("en", "in recent months", "in recent months"),
    ("en", "two days later", "two days later"),
    ("de", "kürzlich", "kürzlich"),
    ("fr", "récemment", "récemment"),
    ("ar", "مؤخراً", "مؤخراً"),
])
def test_vague_expression_never_resolves(lang, sentence, text):
    expr = _found(sentence, lang, text)
    assert expr.vague
    assert resolve(expr, dt.date(2019, 2, 12)) is None


@pytest.mark.parametrize(("lang", "sentence", "text"), [
    ("en", "yesterday’s seizure", "yesterday"),
    ("en", "On Tuesday, the army", "On Tuesday"),
    ("en", "signed last month", "last month"),
    ("en", "over the weekend", "over the weekend"),
    ("en", "In April, the United States", "In April"),
    ("en", "on February 9", "on February 9"),
    ("it", "ieri", "ieri"),
    ("ar", "أمس", "أمس"),
])
def test_no_anchor_no_date_for_what_needs_one(lang, sentence, text):
    assert resolve(_found(sentence, lang, text), None) is None


@pytest.mark.parametrize("anchor_day", range(7))
@pytest.mark.parametrize("weekday", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                     "Sunday"])
def test_weekday_is_latest_on_or_before_anchor(anchor_day, weekday):
    anchor = dt.date(2017, 6, 12) + dt.timedelta(days=anchor_day)  # a Monday, plus anchor_day
    resolved = resolve(_found(f"on {weekday}", "en", f"on {weekday}"), anchor)
    assert resolved is not None
    assert resolved.value.strftime("%A") == weekday
    assert 0 <= (anchor - resolved.value).days <= 6


@pytest.mark.parametrize("anchor_day", range(7))
def test_weekend_is_latest_saturday_before_anchor(anchor_day):
    anchor = dt.date(2017, 6, 12) + dt.timedelta(days=anchor_day)
    resolved = resolve(_found("over the weekend", "en", "over the weekend"), anchor)
    assert resolved is not None
    assert resolved.value.weekday() == 5
    assert 1 <= (anchor - resolved.value).days <= 7


def test_expressions_are_sorted_and_do_not_overlap():
    text = ("On Tuesday, 13 Jun 2017, two days after the offensive began in April, yesterday evening "
            "and last week, 2017-06-01.")
    found = find_time_expressions(text, "en")
    assert [e.text for e in found] == ["On Tuesday, 13 Jun 2017", "two days after", "in April",
                                       "yesterday evening", "last week", "2017-06-01"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert all(text[e.start:e.end] == e.text for e in found)


def test_kinds():
    kinds = {e.text: e.kind for e in find_time_expressions("in 2016, February 9 and on Monday", "en")}
    assert kinds == {"in 2016": TimexKind.ABSOLUTE, "February 9": TimexKind.ABSOLUTE,
                     "on Monday": TimexKind.RELATIVE}
    assert kinds["in 2016"] == "absolute"


def test_yearless_date_without_anchor_is_none():
    assert resolve(_found("on February 9", "en", "on February 9"), None) is None
    assert resolve(_found("29 February", "en", "29 February"), dt.date(2019, 3, 1)) is None


def test_language_without_lexicon_gets_neutral_formats():
    found = find_time_expressions("El 13/06/2017 y ayer, el 2017-06-14", "es")
    assert [e.text for e in found] == ["13/06/2017", "2017-06-14"]


def test_language_tag_with_region():
    assert [e.text for e in find_time_expressions("yesterday", "en-GB")] == ["yesterday"]


@pytest.mark.parametrize(("lang", "sentence", "texts"), [
    ("en", "The Sunday Times reported on Sunday", ["on Sunday"]),
    ("en", "the March 14 Alliance met on March 14, 2017", ["on March 14, 2017"]),
    ("de", "sagte er der Welt am Sonntag am Montag", ["am Montag"]),
    ("en", "Sun and Sat phones, Mon-Khmer", []),
])
def test_names_that_look_like_dates(lang, sentence, texts):
    assert [e.text for e in find_time_expressions(sentence, lang)] == texts
