"""The pure cleaning functions: text, times, language, Swedish sentence splitting, record validation."""

from __future__ import annotations

import json
import unicodedata

import pytest

from flows.cleaning import (
    InvalidRecord,
    clean_comment,
    clean_comment_form,
    clean_post,
    content_hash,
    html_to_text,
    normalise_language,
    normalise_text,
    parse_line,
    split_sentences,
    to_utc,
)

SITE = "https://blog.example/"


def test_normalise_text_nfc_spaces_invisibles_and_paragraphs() -> None:
    decomposed = unicodedata.normalize("NFD", "Hyresgästföreningen")
    assert normalise_text(f"  {decomposed}\u00a0 har\u200b möte\r\n\r\n\r\n\tnu  ") == "Hyresgästföreningen har möte\n\nnu"
    assert normalise_text(" \n \u200b ") is None
    assert normalise_text(None) is None


def test_html_to_text_keeps_blocks_and_drops_scripts() -> None:
    html = "<p>Hej <b>där</b></p><ul><li>ett</li><li>två</li></ul><script>alert(1)</script><p>slut</p>"
    assert html_to_text(html) == "Hej där\n\nett\n\ntvå\n\nslut"
    assert html_to_text("  ") is None


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-01-01T10:00:00+02:00", "2024-01-01T08:00:00+00:00"),
    ("2024-01-01T10:00:00Z", "2024-01-01T10:00:00+00:00"),
    ("2024-01-01 10:00:00", "2024-01-01T10:00:00+00:00"),  # no offset: UTC, as the contract says
    ("2024-03-31T03:30:00+02:00", "2024-03-31T01:30:00+00:00"),
    (None, None),
    ("", None),
])
def test_to_utc(value: str | None, expected: str | None) -> None:
    assert to_utc(value, "published_at") == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-01-15T10:00:00", "2024-01-15T09:00:00+00:00"),  # a page's printed time, Stockholm winter (+01)
    ("2024-07-15T10:00:00", "2024-07-15T08:00:00+00:00"),  # summer (+02)
    ("2024-07-15T10:00:00+00:00", "2024-07-15T10:00:00+00:00"),  # an offset always wins
    ("2024-07-15", "2024-07-15T00:00:00+00:00"),  # a bare date keeps its day
])
def test_to_utc_reads_times_without_offset_in_the_sites_zone(value: str, expected: str) -> None:
    assert to_utc(value, "published_at", "Europe/Stockholm") == expected


def test_to_utc_names_an_unknown_zone() -> None:
    with pytest.raises(InvalidRecord, match="Mars/Olympus"):
        to_utc("2024-07-15T10:00:00", "published_at", "Mars/Olympus")


@pytest.mark.parametrize("value", ["igår", "2024-13-01T00:00:00", 1700000000, "01/02/2024"])
def test_to_utc_rejects_what_it_cannot_read(value: object) -> None:
    with pytest.raises(InvalidRecord, match="published_at"):
        to_utc(value, "published_at")


def test_language_from_text_then_tag_then_default() -> None:
    assert normalise_language("sv-SE", None) == "sv"
    english = "This is the information for our tenants and we will be there for you in the area"
    assert normalise_language("sv-SE", english) == "en"  # WordPress tags every page with the site's language
    assert normalise_language("en_US", None) == "en"
    assert normalise_language(None, "Det här är en text som vi skriver och den är på svenska") == "sv"
    assert normalise_language("", "This is the text and we write it for the test of the guess") == "en"
    assert normalise_language(None, "Hej", default="sv") == "sv"


SWEDISH = (
    "Priset på bostadsrätter har ökat med 1 500 % sedan 1990. Vi har bl.a. fått Arbetsförmedlingens pris för "
    "bästa initiativ! Det var t.ex. Botkyrka som vann. Mötet börjar kl. 14.00 i stora salen. Hyran höjs med "
    "ca 2,5 % nästa år. Vi bygger hus, lägenheter osv. Sedan renoverar vi. K. Andersson talade. Läs mer i kap. 3 "
    "om detta. Den 3. maj hände det. Vad tycker du? Skriv gärna!\nEn rubrik utan punkt\n"
    "Sista stycket. \"Citat här.\" Han sa det, dvs. inget mer."
)


def test_split_sentences_swedish() -> None:
    assert split_sentences(SWEDISH) == [
        "Priset på bostadsrätter har ökat med 1 500 % sedan 1990.",
        "Vi har bl.a. fått Arbetsförmedlingens pris för bästa initiativ!",
        "Det var t.ex. Botkyrka som vann.",
        "Mötet börjar kl. 14.00 i stora salen.",
        "Hyran höjs med ca 2,5 % nästa år.",
        "Vi bygger hus, lägenheter osv.",
        "Sedan renoverar vi.",
        "K. Andersson talade.",
        "Läs mer i kap. 3 om detta.",
        "Den 3. maj hände det.",
        "Vad tycker du?",
        "Skriv gärna!",
        "En rubrik utan punkt",
        "Sista stycket.",
        "\"Citat här.\"",
        "Han sa det, dvs. inget mer.",
    ]


def test_split_sentences_english_and_empty() -> None:
    assert split_sentences("We won the award, e.g. the big one. Dr. Smith said so. Next!") == [
        "We won the award, e.g. the big one.", "Dr. Smith said so.", "Next!"]
    assert split_sentences(None) == [] and split_sentences("") == []


def test_content_hash_is_stable_and_separates_parts() -> None:
    assert content_hash("a", "b") == content_hash("a", "b")
    assert content_hash("ab", "") != content_hash("a", "b")
    assert content_hash(None, "x") == content_hash("", "x")


def test_parse_line_tells_torn_from_broken() -> None:
    assert parse_line('{"a": 1}\n', is_last=True) == {"a": 1}
    with pytest.raises(InvalidRecord, match="torn last line"):
        parse_line('{"a": 1, "b": "hal', is_last=True)
    with pytest.raises(InvalidRecord, match="not valid JSON"):
        parse_line('{"a": 1, "b": "hal\n', is_last=False)
    with pytest.raises(InvalidRecord, match="not a JSON object"):
        parse_line("null\n", is_last=False)


def _post(**overrides: object) -> dict[str, object]:
    record: dict[str, object] = {"post_url": f"{SITE}hej/", "wp_post_id": 7, "title": " Hej\u00a0världen ",
                                 "body_text": "Första meningen. Andra meningen.", "language": "sv-SE",
                                 "categories": ["Nyheter", "Nyheter", " Bygg "], "tags": [],
                                 "published_at": "2024-05-01T12:00:00+02:00", "fetched_at": "2024-10-01T00:00:00Z"}
    record.update(overrides)
    return record


def test_clean_post() -> None:
    row = clean_post(_post(), site=SITE)
    assert row["title"] == "Hej världen"
    assert row["categories"] == ["Nyheter", "Bygg"]
    assert row["published_at"] == "2024-05-01T10:00:00+00:00"
    assert row["sentences"] == ["Första meningen.", "Andra meningen."]
    assert row["language"] == "sv" and row["site"] == SITE
    assert row["content_hash"] == content_hash("Hej världen", "Första meningen. Andra meningen.")
    json.dumps(row)  # serialisable as the loader reads it


def test_clean_post_derives_text_from_html_and_hides_protected_bodies() -> None:
    assert clean_post(_post(body_text=None, body_html="<p>Från <i>HTML</i>.</p>"), site=SITE)["body_text"] == "Från HTML."
    protected = clean_post(_post(is_protected=True, body_text="Lösenordsformulär"), site=SITE)
    assert protected["body_text"] is None and protected["sentences"] == []


@pytest.mark.parametrize(("overrides", "reason"), [
    ({"post_url": None}, "missing post_url"),
    ({"post_url": "  "}, "missing post_url"),
    ({"post_url": "/relative/"}, "post_url is not an http(s) URL"),
    ({"wp_post_id": "7"}, "wp_post_id should be int"),
    ({"wp_post_id": True}, "wp_post_id should be int"),
    ({"categories": "Nyheter"}, "categories should be list"),
    ({"tags": [1]}, "tags should be a list of strings"),
    ({"is_protected": "no"}, "is_protected should be bool"),
    ({"modified_at": "sometime"}, "modified_at is not an ISO 8601 timestamp"),
    ({"fetched_at": None}, "missing fetched_at"),
])
def test_clean_post_rejects(overrides: dict[str, object], reason: str) -> None:
    with pytest.raises(InvalidRecord, match=reason.replace("(", r"\(").replace(")", r"\)")):
        clean_post(_post(**overrides), site=SITE)


def test_clean_comment() -> None:
    base = {"post_url": f"{SITE}hej/", "wp_comment_id": 5, "parent_wp_comment_id": 0, "author_name": "Eva",
            "author_url": "", "body_text": "Bra!", "depth": 1, "comment_type": "Pingback",
            "fetched_at": "2024-10-01T00:00:00Z"}
    row = clean_comment(base, site=SITE)
    assert row["parent_wp_comment_id"] is None and row["author_url"] is None and row["comment_type"] == "pingback"
    with pytest.raises(InvalidRecord, match="missing wp_comment_id"):
        clean_comment({**base, "wp_comment_id": None}, site=SITE)
    with pytest.raises(InvalidRecord, match="its own parent"):
        clean_comment({**base, "parent_wp_comment_id": 5}, site=SITE)
    with pytest.raises(InvalidRecord, match="comment_type"):
        clean_comment({**base, "comment_type": "spam"}, site=SITE)


def test_an_e_mail_address_a_commenter_gave_as_her_name_is_taken_out() -> None:
    """Privacy, and one record never stops a night: the check personal_data_in_author_fields failed every site's
    publishing for a commenter named "anna.svensson@exempel.se" (a black-box tester's REST server)."""
    base = {"post_url": f"{SITE}hej/", "wp_comment_id": 5, "author_name": "anna.svensson@exempel.se",
            "author_url": "mailto:bertil@exempel.se", "body_text": "Bra!", "depth": 1,
            "fetched_at": "2024-10-01T00:00:00Z"}
    row = clean_comment(base, site=SITE)
    assert row["author_name"] is None and row["author_url"] is None and row["body_text"] == "Bra!"
    row = clean_comment({**base, "author_name": "Anna Svensson <anna@exempel.se>", "author_url": "https://a.se/"},
                        site=SITE)
    assert row["author_name"] == "Anna Svensson" and row["author_url"] == "https://a.se/"
    assert clean_comment({**base, "author_name": "@anna_s"}, site=SITE)["author_name"] == "@anna_s"


def test_an_e_mail_address_in_any_spelling_is_taken_out_of_author_fields() -> None:
    """A black-box tester's round 4: an address typed into the form's Website field (WordPress makes it
    "http://anna@example.se"), one in a URL's query or percent-escaped, and names spelled with "&#64;" or a
    fullwidth "＠" all reached the archive, and the check passed them."""
    base = {"post_url": f"{SITE}hej/", "wp_comment_id": 5, "author_name": "Anna", "body_text": "Bra!", "depth": 1,
            "fetched_at": "2024-10-01T00:00:00Z"}
    for url in ("http://anna.svensson@example.se", "https://example.se/?contact=lisa@example.se",
                "http://per%40example.se", "https://example.se/kontakt/anna&#64;example.se"):
        assert clean_comment({**base, "author_url": url}, site=SITE)["author_url"] is None, url
    for name in ("anna&#64;example.se", "ＰＥＲ＠example.se", "per%40example.se"):
        assert clean_comment({**base, "author_name": name}, site=SITE)["author_name"] is None, name
    # what is no address stays: a profile handle in a path, an ampersand in a name
    kept = clean_comment({**base, "author_name": "Anna & Bo", "author_url": "https://medium.com/@anna"}, site=SITE)
    assert (kept["author_name"], kept["author_url"]) == ("Anna & Bo", "https://medium.com/@anna")


def test_clean_comment_form_derives_required_fields() -> None:
    record = {"post_url": f"{SITE}hej/", "is_present": True, "is_open": True, "form_kind": "wordpress-core",
              "method": "POST", "login_providers": ["Google", "google"],
              "fields": [{"name": "comment", "type": "textarea", "is_required": True, "label": None},
                         {"name": "url", "type": "url", "is_required": False, "label": "Webbplats"}],
              "fetched_at": "2024-10-01T00:00:00Z"}
    row = clean_comment_form(record, site=SITE)
    assert row["required_fields"] == ["comment"] and row["method"] == "post" and row["login_providers"] == ["google"]
    with pytest.raises(InvalidRecord, match="fields\\[0\\]"):
        clean_comment_form({**record, "fields": ["comment"]}, site=SITE)


def test_a_run_reads_times_without_offset_in_the_sites_configured_zone(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from flows.rundir import clean_run_dir
    from tests.test_warehouse_load import comment, make_run_dir, post

    run_dir = make_run_dir(tmp_path, posts=[post(1, published_at="2024-01-15T10:00:00", modified_at="2024-01-16")],
                           comments=[comment(10, 1, published_at="2024-07-15T10:00:00")])
    clean_dir, manifest = clean_run_dir(run_dir)  # run.json names no zone: the default, Europe/Stockholm
    assert manifest.timezone == "Europe/Stockholm"
    (posted,) = [json.loads(line) for line in (clean_dir / "posts.jsonl").read_text().splitlines()]
    assert (posted["published_at"], posted["modified_at"]) == ("2024-01-15T09:00:00+00:00",
                                                               "2024-01-16T00:00:00+00:00")
    (commented,) = [json.loads(line) for line in (clean_dir / "comments.jsonl").read_text().splitlines()]
    assert commented["published_at"] == "2024-07-15T08:00:00+00:00"
    _other, manifest = clean_run_dir(run_dir, timezone="UTC", clean_dir=tmp_path / "utc")
    (posted,) = [json.loads(line) for line in (tmp_path / "utc" / "posts.jsonl").read_text().splitlines()]
    assert posted["published_at"] == "2024-01-15T10:00:00+00:00"


def test_zero_width_joiners_are_kept_where_words_and_emoji_need_them() -> None:
    """Black-box round 8: titles and names lost U+200D and U+200C, which changed emoji ("👷🏽‍♀️" became a worker and
    a ♀ sign) and Persian words. Zero-width spaces, BOMs and soft hyphens still go."""
    from crawler.pages.text import clean_inline
    from flows.cleaning import normalise_text

    for text in ("Renovering klar 👷🏽\u200d♀️ och 🏳️\u200d🌈", "می\u200cخواهم"):
        assert clean_inline(text) == text
        assert normalise_text(text) == text
    assert clean_inline("Bo\u200b\ufeffstad\u00ad") == "Bostad" == normalise_text("Bo\u200b\ufeffstad\u00ad")


def test_footnote_marks_stand_apart_and_their_back_links_go() -> None:
    """Black-box round 8: WordPress's footnotes block (6.3) glued the mark to the word ("procent1") and kept the
    note's "↩︎" back-link. A <sup> holding only a link to a note on the page reads "[1]"; the back-link is left out;
    a superscript that is no mark (m², a link elsewhere) stays as it was."""
    from flows.cleaning import html_to_text

    html = ('<p>Hyran höjs med fyra procent<sup data-fn="a1" class="fn"><a href="#a1" id="a1-link">1</a></sup> nästa '
            'år, 80 m<sup>2</sup>.</p><ol class="wp-block-footnotes"><li id="a1">Enligt förhandlingen. '
            '<a href="#a1-link" aria-label="Hoppa till fotnotsreferens 1">↩︎</a></li></ol>')
    assert html_to_text(html) == "Hyran höjs med fyra procent[1] nästa år, 80 m2.\n\nEnligt förhandlingen."
