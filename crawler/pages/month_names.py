"""Month names of many languages, for reading dates as pages print them ("10 gener 2019", "3 Kasım 2021").

The names come from the Unicode CLDR (through Babel) and are kept in `month_names.json` beside this module, so
reading a page never imports Babel: a crawl loads the JSON (~40 KB) once. The languages are those WordPress
ships translations for, and a few more; per language both the form used inside a date (often a genitive:
"stycznia", "января") and the stand-alone one ("styczeń", "январь"), wide and abbreviated.

Regenerate after changing LANGUAGES (needs Babel, a development dependency):

    python -m crawler.pages.month_names
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("month_names.json")

# WordPress's translations (Debian's wordpress-l10n: the locales whose dates WordPress prints) and more
LANGUAGES = (
    "af", "ar", "az", "be", "bg", "bn", "bs", "ca", "ckb", "cs", "cy", "da", "de", "el", "en", "eo", "es", "et",
    "eu", "fa", "fi", "fo", "fr", "ga", "gd", "gl", "he", "hi", "hr", "hu", "hy", "id", "is", "it", "jv", "ka",
    "kk", "lb", "lt", "lv", "mk", "ms", "mt", "nb", "nl", "nn", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sr",
    "su", "sv", "sw", "tr", "uk", "ur", "uz", "vi", "th", "si", "my", "ne", "mr", "km",
)
# A letter of a month name: the vowel signs of Indic and South-East Asian scripts (Bengali "জানুয়ারি", Burmese
# "ဇန်နဝါရီ") are marks, not letters, to the regex engine; so are decomposed accents.
# One class, so that no character matches two ways: an alternation of overlapping classes under {2,} backtracks
# exponentially on a long unspaced Thai or Devanagari run.
LETTER = r"(?:(?![\d_])[\w\u0300-\u036f\u0900-\u0eff\u1000-\u109f])"
_WORD = re.compile(rf"{LETTER}+")


def _names(value: str) -> list[str]:
    """The spellings a page may print for one CLDR month name: lower case, without a trailing dot; of a name in
    several words ("de gener", "Am Faoilleach") its last word; none for names with digits (Japanese "1月": the
    CJK date patterns read those)."""
    words = _WORD.findall(value.lower())
    if not words or any(ch.isdigit() for ch in value) or len(words[-1]) < 3:
        return []
    return [words[-1]]


def generate() -> dict[str, dict[str, int]]:
    """{language: {name: month}} from the CLDR data Babel ships (Serbian in both its scripts)."""
    from babel import Locale

    table: dict[str, dict[str, int]] = {}
    for language in LANGUAGES:
        names: dict[str, int] = {}
        for identifier in ((language, "sr_Latn") if language == "sr" else (language,)):
            months = Locale.parse(identifier).months
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for month, value in months[context][width].items():
                        for name in _names(value):
                            names.setdefault(name, month)
        table[language] = dict(sorted(names.items()))
    return table


@lru_cache(maxsize=1)
def month_names() -> tuple[dict[str, dict[str, int]], dict[str, int]]:
    """(per language {name: month}, {name: month} for the names every language that has them reads alike)."""
    by_language: dict[str, dict[str, int]] = json.loads(DATA.read_text(encoding="utf-8"))
    months_of: dict[str, set[int]] = {}
    for names in by_language.values():
        for name, month in names.items():
            months_of.setdefault(name, set()).add(month)
    unambiguous = {name: next(iter(months)) for name, months in months_of.items() if len(months) == 1}
    return by_language, unambiguous


def main() -> None:
    table = generate()
    DATA.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{DATA}: {len(table)} languages, {sum(len(v) for v in table.values())} names")


if __name__ == "__main__":
    main()
