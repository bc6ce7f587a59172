"""Read dates as pages print them (ISO attributes, RFC 2822 metas, "31. Mai 2012", "May 31, 2012", …).

A `PageDate` keeps what the page said: the local wall-clock date and time and, when the page gave one, the UTC
offset. `.utc_iso()` is what items store:

* offset known   -> UTC ISO 8601, "2012-05-31T08:00:00+00:00";
* time, no offset -> the local time without an offset, "2012-05-31T10:00:00" (the zone is unknown: never guessed);
* date only      -> "2012-05-31" (only when nothing on the page gives a time).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone

from crawler.pages.month_names import LETTER, month_names

_MONTHS: dict[str, int] = {}


def _add(month: int, *names: str) -> None:
    for n in names:
        _MONTHS[n] = month


# English, German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Danish/Norwegian, Polish, Finnish, Czech
_add(1, "january", "jan", "januar", "jänner", "jaenner", "janvier", "janv", "enero", "ene", "gennaio", "gen",
     "janeiro", "januari", "stycznia", "styczeń", "styczen", "sty", "tammikuuta", "tammikuu", "ledna", "leden")
_add(2, "february", "feb", "februar", "feber", "février", "fevrier", "févr", "fevr", "febrero", "febbraio",
     "fevereiro", "fev", "februari", "lutego", "luty", "lut", "helmikuuta", "helmikuu", "února", "únor")
_add(3, "march", "mar", "märz", "maerz", "mär", "mrz", "mars", "marzo", "março", "marco", "maart", "marca",
     "marzec", "maaliskuuta", "maaliskuu", "března", "březen", "marts")
_add(4, "april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień", "kwiecien", "kwi",
     "huhtikuuta", "huhtikuu", "dubna", "duben")
_add(5, "may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja", "toukokuuta", "toukokuu",
     "května", "květen")
_add(6, "june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "czerwiec", "cze",
     "kesäkuuta", "kesäkuu", "června", "červen")
_add(7, "july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca", "lipiec", "lip",
     "heinäkuuta", "heinäkuu", "července", "červenec")
_add(8, "august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti", "sierpnia", "sierpień",
     "sierpien", "sie", "elokuuta", "elokuu", "srpna", "srpen")
_add(9, "september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro",
     "września", "wrzesnia", "wrzesień", "wrz", "syyskuuta", "syyskuu", "září")
_add(10, "october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
     "października", "pazdziernika", "październik", "paź", "lokakuuta", "lokakuu", "října", "říjen")
_add(11, "november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad", "lis",
     "marraskuuta", "marraskuu", "listopadu")
_add(12, "december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
     "dezembro", "grudnia", "grudzień", "grudzien", "gru", "joulukuuta", "joulukuu", "prosince", "prosinec")

# A month is any word the month tables know (see _month): one generic word here keeps the patterns small whatever
# the number of languages.
_M = rf"(?P<mon>[^\W\d_]{LETTER}{{2,}})\.?"
# Before the hour: CJK/Korean "下午7:45", "오후 7:45"; after it: "7:45 pm", "7.45 e.m.", Estonian "7:45 p.l.",
# Arabic "7:45 م", Persian "7:45 ب.ظ", Korean "7:45 오후". Hours as "19 h 45 min" (French) too.
_PM = {"pm", "em", "pl", "下午", "午後", "오후", "م", "ب.ظ"}
_AM = {"am", "fm", "el", "上午", "午前", "오전", "ص", "ق.ظ"}
_TIME = (r"(?:[^\d\n]{0,14}?(?P<ampm0>下午|上午|午後|午前|오후|오전)?\s?(?P<hh>\d{1,2})(?:[:.時]|\s?h\s?)(?P<mi>\d{2})"
         r"(?::(?P<ss>\d{2}))?\s*"
         r"(?P<ampm>[ap]\.?\s?m\b\.?|[ef]\.?\s?m\b|[pe]\.\s?l\.|오후|오전|(?:م|ص|ب\.ظ|ق\.ظ)(?![^\W\d_]))?)?")

# all case-insensitive: month names, and the numeric ones for "7:45 PM"
_TEXT_PATTERNS = (
    # 31. Mai 2012 / 31 mai 2012 / 31 de mayo de 2012 / 31st of May 2012 / 31-May-2012
    re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:\.|º|er|st|nd|rd|th)?[\s\-/]*(?:de\s+|of\s+)?{_M}[\s\-/,]*(?:de\s+)?"
               rf"(?P<y>(?:19|20)\d\d)(?!\d){_TIME}", re.I),
    # May 31, 2012 / Mai 31 2012
    re.compile(rf"(?<![^\W\d_]){_M}\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)(?!\d){_TIME}", re.I),
    # 2012-05-31, 2012/05/31, 2012.05.31
    re.compile(rf"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<s>[-/.])(?P<m>\d{{1,2}})(?P=s)(?P<d>\d{{1,2}})(?!\d){_TIME}", re.I),
    # 31.05.2012 / 31.05.12
    re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})\.\s?(?P<m>\d{{1,2}})\.\s?(?P<y>(?:19|20)?\d\d)(?![\d]){_TIME}", re.I),
    # 05/31/2012 or 31/05/2012, 31-05-2012
    re.compile(rf"(?<!\d)(?P<a>\d{{1,2}})(?P<s>[/-])(?P<b>\d{{1,2}})(?P=s)(?P<y>(?:19|20)\d\d)(?!\d){_TIME}", re.I),
    # 2012年5月31日 (Chinese, Japanese), 2012년 5월 31일 (Korean)
    re.compile(rf"(?<!\d)(?P<y>(?:19|20)\d\d)\s?[年년]\s?(?P<m>\d{{1,2}})\s?[月월]\s?(?P<d>\d{{1,2}})\s?[日일]?"
               rf"{_TIME}", re.I),
    # 5월 31, 2012 (WordPress's Korean date format)
    re.compile(rf"(?<!\d)(?P<m>\d{{1,2}})\s?월\s?(?P<d>\d{{1,2}})일?,?\s+(?P<y>(?:19|20)\d\d)(?!\d){_TIME}", re.I),
    # 2019. gada 10. janvāris (Latvian); 2019. január 10. (Hungarian), 2019 ජනවාරි 10 (Sinhala), 2019 Jan 10
    re.compile(rf"(?<!\d)(?P<y>(?:19|20)\d\d)\.\s(?:gada\s)?(?P<d>\d{{1,2}})\.\s?{_M}{_TIME}", re.I),
    re.compile(rf"(?<!\d)(?P<y>(?:19|20)\d\d)\.?\s{_M}\s(?P<d>\d{{1,2}})(?!\d)\.?{_TIME}", re.I),
    # Mai 2012 (month and year only): never used as a full date, see parse_text_date
)

_ISO = re.compile(
    r"^\s*(?P<y>\d{4})-?(?P<m>\d{2})-?(?P<d>\d{2})"
    r"(?:[T\s](?P<hh>\d{2}):?(?P<mi>\d{2})(?::?(?P<ss>\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?\s*$",
    re.I,
)
_RFC2822 = re.compile(
    r"^\s*(?:[A-Za-z]{3},?\s+)?(?P<d>\d{1,2})\s+(?P<mon>[A-Za-z]{3})[a-z]*\s+(?P<y>\d{4})"
    r"(?:\s+(?P<hh>\d{1,2}):(?P<mi>\d{2})(?::(?P<ss>\d{2}))?)?\s*(?P<tz>Z|UT|UTC|GMT|[+-]\d{4})?\s*$",
)


@dataclass(frozen=True)
class PageDate:
    """A date as a page states it: local wall-clock values plus the UTC offset when the page gives one."""

    local: datetime  # naive, as printed
    has_time: bool
    offset_minutes: int | None
    # day and month read from digits that could be either (05/08/2019): the page's language decided the order
    ambiguous: bool = False

    def utc_iso(self) -> str:
        if not self.has_time:
            return self.local.date().isoformat()
        if self.offset_minutes is None:
            return self.local.isoformat(timespec="seconds")
        utc = self.local - timedelta(minutes=self.offset_minutes)
        return utc.replace(tzinfo=timezone.utc).isoformat(timespec="seconds")

    def local_date(self) -> str:
        return self.local.date().isoformat()

    def rank(self) -> int:
        """How precise: 2 = time with offset, 1 = time without offset, 0 = date only."""
        return 2 if self.has_time and self.offset_minutes is not None else 1 if self.has_time else 0


def _offset(tz: str | None) -> int | None:
    if not tz:
        return None
    tz = tz.upper()
    if tz in ("Z", "UTC", "GMT", "UT"):
        return 0
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    hours = int(digits[:2])
    minutes = int(digits[2:4] or 0)
    return sign * (hours * 60 + minutes)


def _build(y: int, m: int, d: int, hh: str | None = None, mi: str | None = None, ss: str | None = None,
           offset: int | None = None) -> PageDate | None:
    if not 1990 <= y <= 2100:
        return None
    try:
        if hh is not None and mi is not None:
            local = datetime(y, m, d, int(hh), int(mi), int(ss or 0))
            return PageDate(local, True, offset)
        return PageDate(datetime(y, m, d), False, None)
    except ValueError:
        return None


def parse_machine_date(value: str | None) -> PageDate | None:
    """ISO 8601 (with or without time and offset) or RFC 2822, as found in datetime= and meta content=."""
    if not value:
        return None
    m = _ISO.match(value)
    if m:
        return _build(int(m["y"]), int(m["m"]), int(m["d"]), m["hh"], m["mi"], m["ss"], _offset(m["tz"]))
    m = _RFC2822.match(value)
    if m and m["mon"].lower() in _MONTHS:
        return _build(int(m["y"]), _MONTHS[m["mon"].lower()], int(m["d"]), m["hh"], m["mi"], m["ss"],
                      _offset(m["tz"]))
    return None


def _hour(m: re.Match) -> tuple[str | None, str | None, str | None]:
    hh, mi = m.group("hh"), m.group("mi")
    if hh is None:
        return None, None, None
    h = int(hh)
    ampm = m.group("ampm0") or m.group("ampm") or ""
    ampm = ampm if "." in ampm and not ampm.isascii() else ampm.replace(".", "").replace(" ", "").lower()
    if ampm in _PM and h < 12:
        h += 12
    elif ampm in _AM and h == 12:
        h = 0
    if h > 23 or int(mi) > 59:
        return None, None, None
    return str(h), mi, m.group("ss")


# languages that put a month name in another case inside a date (Slavic, Baltic, Finnic, Hungarian, Greek, …)
_INFLECTED = frozenset({"be", "bg", "bs", "cs", "el", "et", "fi", "hr", "hu", "hy", "ka", "lt", "lv", "mk", "pl", "ru",
                        "sk", "sl", "sq", "sr", "uk"})


def _month(word: str, lang: str | None) -> int | None:
    """The month a word names: in the page's language first (Croatian "listopad" is October, Polish November),
    then the hand list above (which also knows spellings without accents); on a page of no known language, also any
    language's name of four letters or more that no two languages read differently (shorter ones are words
    elsewhere: "Pro", "Mac")."""
    word = word.lower()
    by_language, unambiguous = month_names()
    language = re.split(r"[-_]", (lang or "").lower(), maxsplit=1)[0]
    own = by_language.get({"no": "nb"}.get(language, language), {})
    found = own.get(word) or _MONTHS.get(word)
    if not own:
        return found or (unambiguous.get(word) if len(word) >= 4 else None)
    if found:
        return found
    # Hebrew prints "in" before the month ("10 בינואר 2019"). Case endings CLDR does not list (Serbian "маја",
    # "новембра" beside "мај", "новембар") are read in languages that decline month names, and only in the page's
    # own: from the name sharing the longest start with the word (all but the name's last two letters, at least
    # three).
    if language == "he" and word.startswith("ב") and word[1:] in own:
        return own[word[1:]]
    if language not in _INFLECTED:
        return None
    best, best_shared = None, 0
    for name, month in own.items():
        if _is_abbreviation(name, month, own):
            continue  # "lip" (lipiec) would read "lipa", "gru" (grudzień) "grupa"
        shared = len(os.path.commonprefix((word, name)))
        if shared >= max(3, len(name) - 2) and abs(len(word) - len(name)) <= 3 and shared > best_shared:
            best, best_shared = month, shared
    return best


def _is_abbreviation(name: str, month: int, names: dict[str, int]) -> bool:
    """A short name that starts a longer name of the same month ("lip" of "lipiec"): an abbreviation."""
    return len(name) <= 4 and any(m == month and other != name and other.startswith(name) for other, m in names.items())


# languages whose own numeric dates use dots (8.5.2019): a slashed date on their pages follows some other convention
_DOTTED_DATES = frozenset({"az", "be", "bg", "bs", "cs", "da", "de", "et", "fi", "hr", "hu", "hy", "is", "ka", "kk",
                           "lv", "mk", "nb", "nn", "no", "pl", "ro", "ru", "sk", "sl", "sq", "sr", "tr", "uk"})


def _numeric_order_settled(lang: str | None) -> bool:
    """Whether the page's language settles day-month order in 05/08/2019: not for English (US and UK differ),
    an unknown language, or a language that writes its own dates with dots."""
    primary = re.split(r"[-_]", (lang or "").lower(), maxsplit=1)[0]
    return bool(primary) and primary != "en" and primary not in _DOTTED_DATES


def parse_text_date(text: str | None, lang: str | None = None) -> PageDate | None:
    """The first full date (day, month, year) in free text, in any of the languages above.

    `lang` decides ambiguous numeric dates (05/06/2012): month first only for English pages.
    """
    if not text:
        return None
    text = text[:400]
    best: tuple[int, PageDate] | None = None
    for i, pat in enumerate(_TEXT_PATTERNS):
        for m in pat.finditer(text):
            gd = m.groupdict()
            if "mon" in gd and gd["mon"] is not None:
                month = _month(gd["mon"], lang)
            elif "a" in gd and gd.get("a") is not None:
                a, b = int(gd["a"]), int(gd["b"])
                month_first = (lang or "").lower().startswith("en") and not (lang or "").lower().endswith("gb")
                if a > 12:
                    month_first = False
                elif b > 12:
                    month_first = True
                month, day = (a, b) if month_first else (b, a)
                gd = {**gd, "d": str(day)}
                ambiguous = a != b and a <= 12 and b <= 12 and not _numeric_order_settled(lang)
            else:
                month = int(gd["m"])
            if not month:
                continue
            year = int(gd["y"])
            if year < 100:
                year += 2000 if year < 70 else 1900
            hh, mi, ss = _hour(m)
            found = _build(year, month, int(gd["d"]), hh, mi, ss)
            if found is None:
                continue
            if "a" in gd and gd.get("a") is not None and ambiguous:
                found = replace(found, ambiguous=True)
            if best is None or m.start() < best[0]:
                best = (m.start(), found)
            break
    return best[1] if best else None


_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?:/|$)")


def date_from_url(url: str | None) -> PageDate | None:
    """WordPress's /YYYY/MM/DD/ permalinks."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    return _build(int(m.group(1)), int(m.group(2)), int(m.group(3)))
