"""Runs the WordPress test bed: a private MariaDB, php-fpm and nginx serving three seeded site variants.

Usage: ``python -m tests.wordpress.testbed up|down|status|reset [variant …]`` from the repository root, or the
``Testbed`` class (the pytest fixture in tests/conftest.py uses it). Everything lives under ``<repo>/.testbed/``;
the only file outside it is Debian's per-host WordPress config ``/etc/wordpress/config-127.0.0.1.php``, a generic
dispatcher (tests/wordpress/php/config-dispatcher.php) shared by every checkout.
"""

from __future__ import annotations

import argparse
import fcntl
import grp
import hashlib
import json
import logging
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger("wparchive.testbed")

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
PHP_DIR = HERE / "php"
DEFAULT_ROOT = REPO / ".testbed"
DEFAULT_CONTENT = HERE / "content.json"
# Posts that broke the archive on sites nobody here wrote (issue 11): seeded into the edge variants.
EDGE_CONTENT = HERE / "content-edge.json"
# Lets a developer try the test bed with another content file (never needed by the tests themselves).
CONTENT_ENV = "WPARCHIVE_TESTBED_CONTENT"

WORDPRESS = Path("/usr/share/wordpress")
DISPATCHER_SOURCE = PHP_DIR / "config-dispatcher.php"
DISPATCHER_TARGET = Path("/etc/wordpress/config-127.0.0.1.php")
DISPATCHER_MARKER = "wparchive test bed"
PERMALINKS = "/%year%/%monthnum%/%day%/%postname%/"
DB_USER = DB_PASSWORD = "wparchive"
START_TIMEOUT = 30.0
STOP_TIMEOUT = 30.0
PHP_TIMEOUT = 300.0  # a seed takes ~3 s; anything near this is a hang
SPAWN_MARKER = "\n---- test bed start "  # written into a daemon's log before each start
# A Unix socket path longer than sun_path (108 bytes) fails to bind; deep checkouts get a short run dir in /tmp.
MAX_SOCKET_PATH = 100

ENABLE_HINT = "enable the test bed with `sudo make testbed-packages` (runs tests/wordpress/install-packages.sh as root)"


@dataclass(frozen=True)
class Variant:
    """One WordPress site of the test bed: its own database, uploads, nginx server block and port."""

    name: str
    theme: str
    rest_blocked: bool = False
    permalinks: str = PERMALINKS  # "" = WordPress's default, plain ?p=123
    content: Path | None = None  # None: the test bed's content file (content.json)
    # "xhtml": the theme's html5 support for comment lists and forms is taken away (a must-use plugin), so WordPress
    # prints comments and the form with its pre-HTML5 walker, as it does for every theme that never declared it
    comment_markup: str = "html5"
    # What the theme's pages tell of dates: "datetime" = a machine-readable time with its offset; for posts "date" =
    # the day only, as text; "text" = the local date and time as text ("10 januari, 2019 kl. 19:45"), no offset
    post_dates: str = "datetime"
    comment_dates: str = "datetime"
    featured_images: bool = True  # the theme shows a post's featured image on its page
    # the comment form's kind as the page reading names it: WordPress.com's "highlander" form has its log-in options
    # and no cookie-consent box
    comment_form: str = "wordpress-core"
    # the form marks the comment text as required (core's textarea does; an old theme's own comment_field may not,
    # and WordPress.com's form leaves it to its script)
    comment_text_marked_required: bool = True
    # the theme prints pingbacks with their WordPress id (comment_class() on li#comment-N); False: Flatsome's callback
    # prints "<li class="post pingback"><p>Pingback: <a>…</a></p>" without one, so no archive can key them (README,
    # Limits): a comments_without_id drop names them
    pings_have_ids: bool = True
    # Sitemaps, feeds and the home page's later pages answer 404 as well (a sitemap plugin turned off, feeds closed,
    # a theme whose "load more" button fetches by script): with REST blocked too, a post older than the home page's
    # first five is reachable only through its category's archive.
    listings_closed: bool = False

    @property
    def database(self) -> str:
        return "wp_" + self.name.replace("-", "_")


VARIANTS: dict[str, Variant] = {
    v.name: v
    for v in (
        Variant("tt1", "twentytwentyone"),
        Variant("tt3", "twentytwentythree"),
        Variant("tt2", "twentytwentytwo"),
        Variant("tt2-rest-blocked", "twentytwentytwo", rest_blocked=True),
        Variant("tt1-xhtml-rest-blocked", "twentytwentyone", rest_blocked=True, comment_markup="xhtml",
                comment_dates="text"),
        Variant("tt1-rest-blocked", "twentytwentyone", rest_blocked=True),
        # A classic theme of the kind the theme directory holds, written for the test bed by an author who never saw
        # the page objects (tests/wordpress/themes/harbor): its own comment callback and markup throughout.
        Variant("harbor", "harbor"),
        Variant("harbor-rest-blocked", "harbor", rest_blocked=True),
        # An older, div-based theme (no HTML5 elements, no machine-readable dates, term links without rel), also
        # written blind (tests/wordpress/themes/fjord).
        Variant("fjord", "fjord", post_dates="date", comment_dates="text", featured_images=False),
        Variant("fjord-rest-blocked", "fjord", rest_blocked=True, post_dates="date", comment_dates="text",
                featured_images=False),
        # A theme marked up with schema.org microdata throughout (the Genesis style), also written blind
        # (tests/wordpress/themes/meridian).
        Variant("meridian", "meridian"),
        Variant("meridian-rest-blocked", "meridian", rest_blocked=True),
        # A busy magazine theme (breadcrumbs, "Uppdaterad" before "Publicerad", share bars, boxes injected into the
        # content, related posts, relative comment dates), also written blind (tests/wordpress/themes/gazette).
        Variant("gazette", "gazette", comment_dates="text"),
        Variant("gazette-rest-blocked", "gazette", rest_blocked=True, comment_dates="text"),
        # A discussion-minded theme (numbered comments, a badge inside the author's name, "svar till …", numeric
        # dates, hashtag categories), also written blind (tests/wordpress/themes/mosaic).
        Variant("mosaic-rest-blocked", "mosaic", rest_blocked=True, comment_dates="text"),
        # An old-fashioned personal blog (Kubrick-era XHTML: a Blogger-style date header above the post, the byline as a
        # sentence under it, "Birgitta skrev:" comments with the time as the permalink's text), written blind
        # (tests/wordpress/themes/quill).
        Variant("quill", "quill", comment_dates="text"),
        Variant("quill-rest-blocked", "quill", rest_blocked=True, comment_dates="text"),
        # A block theme of a theme shop's kind (its own templates, patterns and comment template), written blind
        # (tests/wordpress/themes/lumen).
        Variant("lumen", "lumen"),
        Variant("lumen-rest-blocked", "lumen", rest_blocked=True),
        # A housing company's corporate site with the CEO's blog as one section, made by a web agency: the title and
        # date in a hero band outside the article, the agency's own class names, the author as a "Kontaktperson" card
        # after the content, a cookie banner and an alert bar in the markup; written blind (tests/wordpress/themes/ledger).
        Variant("ledger", "ledger"),
        Variant("ledger-rest-blocked", "ledger", rest_blocked=True),
        # A multipurpose theme of the Astra/GeneratePress kind (hook-driven markup, an icon meta row, the updated date
        # beside the published one, a table of contents injected into the content, its own JSON-LD graph, related
        # posts, an author box), written blind (tests/wordpress/themes/atlas).
        Variant("atlas", "atlas"),
        Variant("atlas-rest-blocked", "atlas", rest_blocked=True),
        # A minimalist notes theme with almost no classes (no post_class(), content as the article's own children,
        # the date and author in the article's footer, comments as a <dl> of <dt>/<dd>), written blind
        # (tests/wordpress/themes/tabula).
        Variant("tabula", "tabula"),
        Variant("tabula-rest-blocked", "tabula", rest_blocked=True),
        # A news theme (a ticker, "Senast uppdaterad" first and the publication date in small print at the end, a
        # "Läs också" box inside the content, the next article printed in full below the comments, relative comment
        # times with the exact one in a tooltip), written blind (tests/wordpress/themes/courant).
        Variant("courant", "courant"),
        Variant("courant-rest-blocked", "courant", rest_blocked=True),
        # An IndieWeb theme (microformats2 throughout: h-entry, h-card, h-cite comments; comments shown flat in date
        # order with a "Svar på <parent>" line; pings as "Omnämnanden"), written blind (tests/wordpress/themes/indie).
        Variant("indie", "indie"),
        Variant("indie-rest-blocked", "indie", rest_blocked=True),
        # A Swedish public-sector site built to accessibility guidelines, the CEO's blog one section of it: no
        # post_class() and no id="post-N", an "ingress" first paragraph, the publication day, author and terms in a
        # <dl> under the content, comments with "14 sep 2018 kl. 16.40" dates, pings only as a count and a
        # <details> list; written blind (tests/wordpress/themes/kommun).
        Variant("kommun", "kommun", post_dates="date", comment_dates="text"),
        Variant("kommun-rest-blocked", "kommun", rest_blocked=True, post_dates="date", comment_dates="text"),
        # A Bootstrap starter theme of the Understrap kind (cards, badges, media-object comments with replies inside
        # the parent's body, pings in a list-group above the comments), written blind (tests/wordpress/themes/strapline).
        Variant("strapline", "strapline"),
        Variant("strapline-rest-blocked", "strapline", rest_blocked=True),
        # A page builder's single-post template of the Elementor Pro kind (nested section/column/widget divs, a
        # "post info" icon list with the date and the time in separate items, share, author box, related posts,
        # no <main>), written blind (tests/wordpress/themes/forge).
        Variant("forge", "forge", post_dates="text", comment_dates="text"),
        Variant("forge-rest-blocked", "forge", rest_blocked=True, post_dates="text", comment_dates="text"),
        # A GeneratePress-like theme whose comments imitate the wpDiscuz plugin (div comments id'd wpd-comm-N_P with
        # WordPress's comment-N on an inner div, relative dates with the exact one in a tooltip, the form above the
        # thread, votes), written blind (tests/wordpress/themes/samtal).
        Variant("samtal", "samtal", comment_dates="text"),
        Variant("samtal-rest-blocked", "samtal", rest_blocked=True, comment_dates="text"),
        # A big news-magazine theme of the tagDiv Newspaper kind (mega-menu, ticker, "Läs även" and ads injected into
        # the content, related modules, "Mest lästa" everywhere, comment times as text), written blind
        # (tests/wordpress/themes/tidning).
        Variant("tidning", "tidning", comment_dates="text"),
        Variant("tidning-rest-blocked", "tidning", rest_blocked=True, comment_dates="text"),
        # A multipurpose theme of the Divi kind (one pipe-separated meta line with a text-only date, comment dates as
        # text, pings in the list), written blind (tests/wordpress/themes/diva).
        Variant("diva", "diva", post_dates="date", comment_dates="text"),
        Variant("diva-rest-blocked", "diva", rest_blocked=True, post_dates="date", comment_dates="text"),
        # A blog as WordPress.com serves it (Jetpack's sharing, likes and related posts inside the content, the
        # "highlander" comment form with its log-in options, a follow widget), written blind
        # (tests/wordpress/themes/hosted).
        Variant("hosted", "hosted", comment_form="wpcom-highlander", comment_text_marked_required=False),
        Variant("hosted-rest-blocked", "hosted", rest_blocked=True, comment_form="wpcom-highlander",
                comment_text_marked_required=False),
        # A 2008–2012 magazine theme: a "calendar badge" (day, month and year in separate spans, no machine-readable
        # date), the author and terms in a "postmeta" box after the content, comments as <dl> (author, "säger:" and
        # a text date in the <dt>, the text in the <dd>), pings listed apart above them, XHTML; written blind
        # (tests/wordpress/themes/almanacka).
        Variant("almanacka", "almanacka", post_dates="date", comment_dates="text", comment_text_marked_required=False),
        Variant("almanacka-rest-blocked", "almanacka", rest_blocked=True, post_dates="date", comment_dates="text",
                comment_text_marked_required=False),
        # An agency theme on the Sage starter with Tailwind CSS: utility classes only (no post_class(), no
        # comment_class(), no semantic classes of its own), the author as plain text, <time datetime> in UTC beside the
        # local date, comments as article#div-comment-N; written blind (tests/wordpress/themes/verkstad).
        Variant("verkstad", "verkstad"),
        Variant("verkstad-rest-blocked", "verkstad", rest_blocked=True),
        # A long-form "reading" theme of a think-tank magazine: the post's date, author card, terms and share links in
        # an <aside> left of the title and text, a table of contents and footnotes added to the content, a "Citera
        # artikeln" box with its own dates after it, comments folded in <details> and pings listed apart as
        # mentions; written blind (tests/wordpress/themes/dossier).
        Variant("dossier", "dossier"),
        Variant("dossier-rest-blocked", "dossier", rest_blocked=True),
        # The OceanWP theme as many Swedish sites configure it: the visible meta list shows only the last-modified
        # date ("Uppdaterad 12 mars 2020"), the publish date only in the head's SEO metadata (article:published_time,
        # JSON-LD), comment dates as a day ("12 mar 2020"), pings as bare articles; written blind
        # (tests/wordpress/themes/ocean).
        Variant("ocean", "ocean", comment_dates="date", comment_text_marked_required=False),
        Variant("ocean-rest-blocked", "ocean", rest_blocked=True, comment_dates="date", comment_text_marked_required=False),
        # A news theme with "infinite article scroll" rendered on the server: below the post and its comments, the
        # next older post in full (its own article#post-N with post_class(), title, byline, date, text, no comments)
        # after a "Nästa artikel" divider, so one page holds two articles; written blind (tests/wordpress/themes/flod).
        Variant("flod", "flod"),
        Variant("flod-rest-blocked", "flod", rest_blocked=True),
        # The Astra theme as an agency ships it (ast- classes, CreativeWork microdata, "Publicerad" and "Uppdaterad"
        # printed as day-only text spans with itemprop, no <time> for the post, " / " between meta parts, ast-comment items);
        # written blind (tests/wordpress/themes/stjarna).
        Variant("stjarna", "stjarna", post_dates="date"),
        Variant("stjarna-rest-blocked", "stjarna", rest_blocked=True, post_dates="date"),
        # GeneratePress as a small business configures it (inside-article, CreativeWork microdata, the updated
        # <time> before the published one, terms in a footer.entry-meta, a share block and an author box hooked
        # into the article); written blind (tests/wordpress/themes/gpress).
        Variant("gpress", "gpress"),
        Variant("gpress-rest-blocked", "gpress", rest_blocked=True),
        # Kadence as an agency ships it: the title, category pills and meta in a hero section OUTSIDE the article,
        # "Uppdaterad" showing only the modified date once a post changed, tags with "#" in entry-taxonomies, a
        # related-posts carousel after the comments; written blind (tests/wordpress/themes/kadens).
        Variant("kadens", "kadens"),
        Variant("kadens-rest-blocked", "kadens", rest_blocked=True),
        # A Hello Elementor site built with Elementor Pro's Theme Builder: no <article>, <time>, .entry-title or
        # .entry-content on a single post (the post's classes on the template's wrapper), the date as Elementor's
        # "mars 15, 2021" text with the time as another item, Yoast's head, other posts' cards in the mega menu,
        # sidebar and footer; written blind (tests/wordpress/themes/bygge).
        Variant("bygge", "bygge"),
        Variant("bygge-rest-blocked", "bygge", rest_blocked=True),
        # Avada as a company blog runs it: the title twice (h1 in the title bar, h2.entry-title in the article), a
        # hidden "updated" span holding the modified date, the published day as bare text in a flat meta line, a
        # related-posts carousel inside the article, comment dates as bare text beside the name; written blind
        # (tests/wordpress/themes/avenue).
        Variant("avenue", "avenue", comment_dates="text"),
        Variant("avenue-rest-blocked", "avenue", rest_blocked=True, comment_dates="text"),
        # Enfold as a housing company runs it: the title bar's "main title" names the blog, not the post; the post's
        # date in a <time class="updated">, a hidden structured-data block with raw dates, comment times as text in a
        # <time> without datetime, pings in a list of their own; written blind (tests/wordpress/themes/enfilad).
        Variant("enfilad", "enfilad", comment_dates="text"),
        Variant("enfilad-rest-blocked", "enfilad", rest_blocked=True, comment_dates="text"),
        # BeTheme as a municipal company's news blog runs it: the title in the subheader and again in the post header,
        # the post in div#post-N with neighbouring and related posts (post_class()) inside it, categories only in a
        # hidden list, a builder section of boilerplate after the content; written blind (tests/wordpress/themes/muffin).
        Variant("muffin", "muffin"),
        Variant("muffin-rest-blocked", "muffin", rest_blocked=True),
        # Flatsome as a company with a web shop runs its blog: categories above the title in an h6, both <time>s
        # glued in one link, a date badge on the image, comment dates after the text, pingbacks without an id, a
        # "latest from the blog" block between the post and its comments; written blind (tests/wordpress/themes/flatso).
        # Twenty Twenty as small blogs still run it: the post's day as text without <time>, replies printed as divs
        # inside their parent's div (style => div), Jetpack's sharing and related posts inside the content; written
        # blind (tests/wordpress/themes/tjugo). Only REST-blocked, to keep the suite's time.
        Variant("flatso-rest-blocked", "flatso", rest_blocked=True, pings_have_ids=False),
        Variant("tjugo-rest-blocked", "tjugo", rest_blocked=True, post_dates="date"),
        # Newspaper (tagDiv) as a housing company's news blog runs it: other posts' titles and dates in the same
        # classes as the post's (mega menu, related modules, popular posts), datetime attributes in local time
        # labelled +00:00, an ad inside the content, comments with two elements of one id; written blind
        # (tests/wordpress/themes/tidig). Only REST-blocked, to keep the suite's time.
        Variant("tidig-rest-blocked", "tidig", rest_blocked=True, comment_dates="text"),
        # Jannah (TieLabs): dates as text only ("4 mars 2019") beside "Senast uppdaterad", the post's meta printed
        # twice with one id, tags and page links inside .entry-content, a "check also" box of another post; written
        # blind (tests/wordpress/themes/jannah). Only REST-blocked.
        Variant("jannah-rest-blocked", "jannah", rest_blocked=True),
        # Soledad (PenciDesign): comments as divs nested in their parent's div, every date followed by a hidden
        # "updated" <time> holding the modified date, lazy images in data-src, other posts' titles cut to eight
        # words; written blind (tests/wordpress/themes/solid). Only REST-blocked.
        Variant("solid-rest-blocked", "solid", rest_blocked=True),
        # Blocksy (Creative Themes): the title an h1.page-title in a hero section (none for an empty title), post and
        # comment dates only in datetime attributes, replies in ul.children under an ol, the share box, author box
        # and neighbours inside the article; written blind (tests/wordpress/themes/blocka). Only REST-blocked.
        Variant("blocka-rest-blocked", "blocka", rest_blocked=True),
        Variant("tt1-listings-closed", "twentytwentyone", rest_blocked=True, listings_closed=True),
        # The edge content under every permalink setting, both themes, REST open and blocked.
        Variant("edge-tt1-plain", "twentytwentyone", permalinks="", content=EDGE_CONTENT),
        Variant("edge-tt3-postname", "twentytwentythree", permalinks="/%postname%/", content=EDGE_CONTENT),
        Variant("edge-tt1-archives", "twentytwentyone", permalinks="/archives/%post_id%", content=EDGE_CONTENT),
        Variant("edge-tt3-rest-blocked", "twentytwentythree", rest_blocked=True, permalinks="/%postname%/",
                content=EDGE_CONTENT),
        Variant("edge-tt2-rest-blocked", "twentytwentytwo", rest_blocked=True, content=EDGE_CONTENT),
        Variant("edge-harbor-rest-blocked", "harbor", rest_blocked=True, content=EDGE_CONTENT),
        Variant("edge-fjord-rest-blocked", "fjord", rest_blocked=True, content=EDGE_CONTENT, post_dates="date",
                comment_dates="text", featured_images=False),
        Variant("edge-quill-rest-blocked", "quill", rest_blocked=True, content=EDGE_CONTENT, comment_dates="text"),
        Variant("edge-lumen-rest-blocked", "lumen", rest_blocked=True, content=EDGE_CONTENT),
        Variant("edge-ledger-rest-blocked", "ledger", rest_blocked=True, content=EDGE_CONTENT),
        Variant("edge-atlas-rest-blocked", "atlas", rest_blocked=True, content=EDGE_CONTENT),
        Variant("edge-tabula-rest-blocked", "tabula", rest_blocked=True, content=EDGE_CONTENT),
        Variant("edge-courant-rest-blocked", "courant", rest_blocked=True, content=EDGE_CONTENT),
        Variant("edge-indie-rest-blocked", "indie", rest_blocked=True, content=EDGE_CONTENT),
        Variant("edge-kommun-rest-blocked", "kommun", rest_blocked=True, content=EDGE_CONTENT, post_dates="date",
                comment_dates="text"),
        Variant("edge-strapline-rest-blocked", "strapline", rest_blocked=True, content=EDGE_CONTENT),
        Variant("edge-forge-rest-blocked", "forge", rest_blocked=True, content=EDGE_CONTENT, post_dates="text",
                comment_dates="text"),
        Variant("edge-samtal-rest-blocked", "samtal", rest_blocked=True, content=EDGE_CONTENT, comment_dates="text"),
        Variant("edge-tidning-rest-blocked", "tidning", rest_blocked=True, content=EDGE_CONTENT, comment_dates="text"),
        Variant("edge-diva-rest-blocked", "diva", rest_blocked=True, content=EDGE_CONTENT, post_dates="date",
                comment_dates="text"),
        Variant("edge-hosted-rest-blocked", "hosted", rest_blocked=True, content=EDGE_CONTENT,
                comment_form="wpcom-highlander"),
        Variant("edge-almanacka-rest-blocked", "almanacka", rest_blocked=True, content=EDGE_CONTENT,
                post_dates="date", comment_dates="text", comment_text_marked_required=False),
        Variant("edge-verkstad-rest-blocked", "verkstad", rest_blocked=True, content=EDGE_CONTENT),
        Variant("edge-dossier-rest-blocked", "dossier", rest_blocked=True, content=EDGE_CONTENT),
        Variant("edge-ocean-rest-blocked", "ocean", rest_blocked=True, content=EDGE_CONTENT, comment_dates="date"),
        Variant("edge-flod-rest-blocked", "flod", rest_blocked=True, content=EDGE_CONTENT),
        Variant("edge-stjarna-rest-blocked", "stjarna", rest_blocked=True, content=EDGE_CONTENT, post_dates="date"),
        Variant("edge-gpress-rest-blocked", "gpress", rest_blocked=True, content=EDGE_CONTENT),
        Variant("edge-kadens-rest-blocked", "kadens", rest_blocked=True, content=EDGE_CONTENT),
        Variant("edge-bygge-rest-blocked", "bygge", rest_blocked=True, content=EDGE_CONTENT),
        Variant("edge-avenue-rest-blocked", "avenue", rest_blocked=True, content=EDGE_CONTENT, comment_dates="text"),
        Variant("edge-enfilad-rest-blocked", "enfilad", rest_blocked=True, content=EDGE_CONTENT, comment_dates="text"),
        Variant("edge-muffin-rest-blocked", "muffin", rest_blocked=True, content=EDGE_CONTENT),
        Variant("edge-flatso-rest-blocked", "flatso", rest_blocked=True, content=EDGE_CONTENT, pings_have_ids=False),
        Variant("edge-tjugo-rest-blocked", "tjugo", rest_blocked=True, content=EDGE_CONTENT, post_dates="date"),
        # (the four newest themes, tidig, jannah, solid and blocka, have no edge twin: their first runs' edge misses are
        # unit tests now, and the suite's time is kept under 20 minutes)
    )
}
# WordPress decides the comment markup by the theme's html5 support (wp_list_comments' "format", comment_form's
# "format"); twentytwentyone declares it, so taking it away gives core's XHTML walker: <div class="comment-author
# vcard"><cite class="fn">, <div class="comment-meta commentmetadata"><a>date as text</a>, no <article>, no <time>.
XHTML_COMMENTS_PLUGIN = """<?php
// Test bed (tests/wordpress/testbed.py): comments and the comment form in WordPress's pre-HTML5 markup.
add_action('after_setup_theme', function () {
    remove_theme_support('html5');
    add_theme_support('html5', array('search-form', 'gallery', 'caption', 'style', 'script'));
}, 100);
"""
# Themes not packaged by Debian, kept in this repository (tests/wordpress/themes/): WordPress finds them through a
# second theme directory that a must-use plugin registers on every site.
THEMES = HERE / "themes"
THEMES_PLUGIN = f"""<?php
// Test bed (tests/wordpress/testbed.py): the repository's own themes beside Debian's.
register_theme_directory({str(THEMES)!r});
"""
DAEMONS = ("mariadb", "php-fpm", "nginx")  # start order; stopped in reverse


class TestbedError(RuntimeError):
    """The test bed should work here but doesn't (a daemon failed, a script failed, a port clash …)."""

    __test__ = False  # not a pytest test class despite the name


class TestbedUnavailable(TestbedError):
    """This machine can't run the test bed as it is (packages missing, not root for a one-time set-up)."""


@dataclass
class Site:
    """A running, seeded site variant as tests see it."""

    variant: str
    theme: str
    rest_blocked: bool
    base_url: str  # "http://127.0.0.1:PORT", no trailing slash
    # ids.json: {"posts": {key: {"id", "url", "path", "shortlink", "type", "status"}}, "comments": {key: id},
    # "attachments": {post key: [{"id", "file", "url", "path"}]}, "authors", "categories", "tags", "base_url"}
    ids: dict[str, Any] = field(repr=False)
    testbed: Testbed = field(repr=False)

    def url(self, path: str = "/") -> str:
        """An absolute URL on this site for a path such as "/wp-json/" or "/?p=3"."""
        return self.base_url + path

    def post_id(self, key: str) -> int:
        return int(self.ids["posts"][key]["id"])

    def post_url(self, key: str) -> str:
        """The post's permalink (for drafts and private posts: the permalink it would have once published)."""
        return str(self.ids["posts"][key]["url"])

    def comment_id(self, key: str) -> int:
        return int(self.ids["comments"][key])

    def mutate(self, action: str, **params: Any) -> dict[str, Any]:
        """Changes the site like an editor would; see ``Testbed.mutate``."""
        return self.testbed.mutate(self.variant, action, **params)

    def reset(self) -> None:
        """Puts the seeded state back (undoes every mutation and every comment posted over HTTP)."""
        self.testbed.reset(self.variant)


MUTATIONS = {
    # action: parameters (post/comment/parent accept a content-file key or a WordPress id)
    "edit_post": "post, title=None, content=None",
    "trash_post": "post",
    "restore_post": "post",
    "close_comments": "post",
    "open_comments": "post",
    "add_comment": "post, content, parent=None, author=…, author_email=…, author_url='', status='approved', date=now",
    "approve_comment": "comment",
    "unapprove_comment": "comment",
    "spam_comment": "comment",
    "delete_comment": "comment",
}


@dataclass(frozen=True)
class _Paths:
    """Where the test bed keeps its state (all under one root, except maybe the sockets)."""

    root: Path

    @property
    def conf(self) -> Path:
        return self.root / "conf"

    @property
    def datadir(self) -> Path:
        return self.root / "mysql"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def tmp(self) -> Path:
        return self.root / "tmp"

    @property
    def state(self) -> Path:
        return self.root / "state.json"

    @property
    def run(self) -> Path:
        run = self.root / "run"
        if len(str(run / "php-fpm.sock")) <= MAX_SOCKET_PATH:
            return run
        digest = hashlib.sha256(str(self.root).encode()).hexdigest()[:10]
        return Path(tempfile.gettempdir()) / f"wparchive-testbed-{digest}"

    @property
    def mysql_socket(self) -> Path:
        return self.run / "mysqld.sock"

    @property
    def fpm_socket(self) -> Path:
        return self.run / "php-fpm.sock"

    def site(self, variant: str) -> Path:
        return self.root / "sites" / variant

    def log(self, daemon: str) -> Path:
        return self.logs / f"{daemon}.log"


def _tail(path: Path, lines: int = 25) -> str:
    """The end of a log file since the daemon's last start (see _spawn), for error messages."""
    try:
        text = path.read_text(errors="replace")
    except FileNotFoundError:
        return f"({path} does not exist)"
    return "\n".join(text.rsplit(SPAWN_MARKER, 1)[-1].splitlines()[-lines:])


def _port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # As nginx binds: connections of the last run lingering in TIME_WAIT don't make the port busy.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pid_alive(pid: int) -> bool:
    """True while the process exists and isn't a zombie (reaping it if it is our own child)."""
    try:
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    except ChildProcessError:
        pass  # not our child: /proc tells
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except (FileNotFoundError, ProcessLookupError):
        return ""


def _process_identity(pid: int) -> str | None:
    """pid:start-time, so that a PID the kernel has reused for another process doesn't pass for a lease holder."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    fields = stat.rsplit(")", 1)[1].split()
    return None if fields[0] == "Z" else f"{pid}:{fields[19]}"


def _user_and_group() -> tuple[str, str]:
    """The effective user and group (not $USER, which sudo may leave pointing at someone else)."""
    return pwd.getpwuid(os.geteuid()).pw_name, grp.getgrgid(os.getegid()).gr_name


def _php_fpm_binary() -> Path | None:
    candidates = sorted(Path("/usr/sbin").glob("php-fpm*"), reverse=True)
    return candidates[0] if candidates else None


def missing_packages() -> list[str]:
    """The Debian packages (by the file that proves each) this machine lacks for the test bed."""
    wanted = {
        "wordpress": WORDPRESS / "wp-load.php",
        "wordpress-l10n": WORDPRESS / "wp-content/languages/sv_SE.mo",
        "wordpress-theme-twentytwentyone": WORDPRESS / "wp-content/themes/twentytwentyone/style.css",
        "wordpress-theme-twentytwentytwo": WORDPRESS / "wp-content/themes/twentytwentytwo/style.css",
        "wordpress-theme-twentytwentythree": WORDPRESS / "wp-content/themes/twentytwentythree/style.css",
        "mariadb-server": Path("/usr/sbin/mariadbd"),
        "mariadb-server (mariadb-install-db)": Path("/usr/bin/mariadb-install-db"),
        "mariadb-client": Path("/usr/bin/mariadb"),
        "mariadb-client (mariadb-dump)": Path("/usr/bin/mariadb-dump"),
        "nginx": Path("/usr/sbin/nginx"),
        "php-cli": Path("/usr/bin/php"),
    }
    missing = [package for package, path in wanted.items() if not path.exists()]
    if _php_fpm_binary() is None:
        missing.append("php-fpm")
    if Path("/usr/bin/php").exists():
        probe = subprocess.run(
            ["/usr/bin/php", "-r", 'foreach (["mysqli" => "php-mysql", "gd" => "php-gd"] as $e => $p)'
             ' if (!extension_loaded($e)) echo "$p\\n";'],
            capture_output=True, text=True, check=False,
        )
        missing += probe.stdout.split()
    return missing


class Testbed:
    """Starts, seeds, mutates, resets and stops the test bed kept in one state directory."""

    __test__ = False  # not a pytest test class despite the name

    def __init__(self, root: Path = DEFAULT_ROOT, content_path: Path | None = None) -> None:
        self.paths = _Paths(Path(root).resolve())
        env_content = os.environ.get(CONTENT_ENV)
        self.content_path = Path(content_path or env_content or DEFAULT_CONTENT).resolve()
        self.timings: dict[str, float] = {}
        self._children: dict[str, subprocess.Popen[bytes]] = {}

    # ---------------------------------------------------------------- public API

    def check_available(self) -> None:
        """Raises TestbedUnavailable when this machine lacks what the test bed needs (and can't fix it itself)."""
        missing = missing_packages()
        if missing:
            raise TestbedUnavailable(
                f"WordPress test bed: missing Debian packages {', '.join(missing)}; {ENABLE_HINT}."
            )
        if self._dispatcher_state() == "missing" and os.geteuid() != 0:
            raise TestbedUnavailable(
                f"WordPress test bed: {DISPATCHER_TARGET} is missing and only root can write it; {ENABLE_HINT}."
            )

    def up(self, *, reseed: bool = False) -> bool:
        """Starts whatever isn't running and seeds what isn't seeded, for a person (`make testbed-up`).

        Returns True if it started the daemons. The test bed is then *pinned*: it runs until ``down()``, whoever
        else comes and goes. A seeded database is reused while content.json and the seeder are unchanged; one
        changed by ``mutate`` is restored first.
        """
        with self._lock():
            started = self._up(reseed)
            state = self._read_state()
            state["pinned"] = True
            self._write_state(state)
        return started

    def acquire(self, *, reseed: bool = False) -> bool:
        """``up()`` for a process that needs the test bed for a while (a pytest session); returns True if it
        started the daemons.

        The test bed then runs as long as one such process holds a lease: ``release()`` by the last one, or its
        death (a watchdog process notices within a second), stops it, unless someone pinned it with ``up()``.
        Two pytest sessions can so share one test bed without the first to finish pulling it from under the other.
        """
        me = _process_identity(os.getpid())
        with self._lock():
            started = self._up(reseed)
            state = self._read_state()
            state["leases"] = sorted({*self._live_leases(state), me})
            self._write_state(state)
            if not state.get("pinned"):
                self._ensure_watchdog(state)
        return started

    def release(self) -> None:
        """Gives back this process's lease; the last lease holder out stops an unpinned test bed."""
        me = _process_identity(os.getpid())
        with self._lock():
            state = self._read_state()
            state["leases"] = [lease for lease in self._live_leases(state) if lease != me]
            if not state["leases"] and not state.get("pinned"):
                self._stop_daemons(state)
                state["pids"] = {}
            self._write_state(state)

    def down(self) -> None:
        """Stops every daemon the state file names (started by this or any other process), leases or not."""
        with self._lock():
            state = self._read_state()
            self._stop_daemons(state)
            state.update(pids={}, leases=[], pinned=False)
            self._write_state(state)

    def watch(self, interval: float = 1.0) -> None:
        """The watchdog's loop: stops an unpinned test bed once no lease holder lives (e.g. a SIGKILLed pytest)."""
        while True:
            time.sleep(interval)
            with self._lock():
                state = self._read_state()
                if state.get("pinned") or len(self._running_daemons(state)) < len(DAEMONS):
                    return  # a person owns it now, or it was stopped
                if state.get("watchdog") != _process_identity(os.getpid()):
                    return  # superseded by a newer watchdog
                live = self._live_leases(state)
                if not live:
                    log.info("no lease holder left: stopping the test bed")
                    self._stop_daemons(state)
                    state.update(pids={}, leases=[])
                    self._write_state(state)
                    return
                if live != state.get("leases"):
                    state["leases"] = live
                    self._write_state(state)

    def is_running(self) -> bool:
        return len(self._running_daemons(self._read_state())) == len(DAEMONS)

    def status(self) -> dict[str, Any]:
        """What runs: {"root", "running", "pinned", "leases", "daemons": {name: pid | None}, "sites": {name: URL}}."""
        state = self._read_state()
        running = self._running_daemons(state)
        complete = len(running) == len(DAEMONS)
        return {
            "root": str(self.paths.root),
            "running": complete,
            "pinned": bool(state.get("pinned")),
            "leases": self._live_leases(state),
            "daemons": {name: state["pids"][name] if name in running else None for name in DAEMONS},
            "sites": {name: self._base_url(state, name) for name in VARIANTS} if complete else {},
        }

    def site(self, variant: str) -> Site:
        """The running site of a variant (after ``up``)."""
        spec = self._variant(variant)
        state = self._read_state()
        self._require_running()
        ids_path = self.paths.site(variant) / "ids.json"
        return Site(
            variant=variant,
            theme=spec.theme,
            rest_blocked=spec.rest_blocked,
            base_url=self._base_url(state, variant),
            ids=json.loads(ids_path.read_text()),
            testbed=self,
        )

    def reset(self, variant: str) -> None:
        """Restores the seeded database of a variant from its dump (well under a second)."""
        self._variant(variant)
        self._require_running()
        started_at = time.monotonic()
        state = self._read_state()
        self._restore(variant)
        self._rebase(state, [variant])
        self.timings[f"reset {variant}"] = time.monotonic() - started_at

    def mutate(self, variant: str, action: str, **params: Any) -> dict[str, Any]:
        """Runs one change through WordPress's own PHP functions and returns what changed.

        Actions and their parameters are listed in MUTATIONS. ``post``, ``comment`` and ``parent`` take a
        content-file key or a WordPress id. Examples::

            testbed.mutate("tt1", "edit_post", post="analysdagar", title="Ny rubrik")
            testbed.mutate("tt1", "add_comment", post="analysdagar", parent=reply_to_id, content="Håller med!")
            testbed.mutate("tt1", "approve_comment", comment="sommarjobb-pending")
        """
        self._variant(variant)
        self._require_running()
        if action not in MUTATIONS:
            raise TestbedError(f"unknown mutation {action!r}; known: {', '.join(MUTATIONS)}")
        ids = json.loads((self.paths.site(variant) / "ids.json").read_text())
        resolved = dict(params)
        for name, table in (("post", "posts"), ("comment", "comments"), ("parent", "comments")):
            value = resolved.get(name)
            if isinstance(value, str):
                if value not in ids[table]:
                    raise TestbedError(f"{action}: no {name} with key {value!r} in {variant}'s ids.json")
                entry = ids[table][value]
                resolved[name] = entry["id"] if isinstance(entry, dict) else entry
        # Marked before running: even a half-done change must be undone by the next up().
        (self.paths.site(variant) / "dirty").touch()
        return self._php(variant, "mutate.php", {"action": action, "params": resolved})

    def dates_as_printed(self, locales: list[str], times: list[str], variant: str = "tt1") -> dict[str, Any]:
        """How WordPress prints ``times`` (local "YYYY-MM-DD HH:MM:SS") in each locale (``[]``: en_US and every
        installed translation) with that locale's default formats: {locale: {"date_format", "time_format", "rows": [{"local", "date", "comment"}]}}, None for a
        locale without an installed translation (php/dates.php; changes nothing)."""
        return self._php(variant, "dates.php", {"params": {"locales": locales, "times": times}})

    # ---------------------------------------------------------------- state, leases and locking

    def _up(self, reseed: bool) -> bool:
        """up()'s work, with the lock held; on failure it stops what nobody else uses (the logs stay)."""
        try:
            return self._start_and_seed(reseed)
        except BaseException:
            state = self._read_state()
            if not state.get("pinned") and not self._live_leases(state):
                self._stop_daemons(state)
                state["pids"] = {}
                self._write_state(state)
            raise

    def _start_and_seed(self, reseed: bool) -> bool:
        started_at = time.monotonic()
        self.check_available()
        self._install_dispatcher()
        for directory in (self.paths.conf, self.paths.logs, self.paths.tmp, self.paths.run):
            directory.mkdir(parents=True, exist_ok=True)
        state = self._read_state()
        running = self._running_daemons(state)
        # a variant added since the daemons started has no port and no nginx server block yet: restart them
        started = len(running) < len(DAEMONS) or set(state.get("ports", {})) != set(VARIANTS)
        if started:
            if running:
                log.warning("test bed running (%s) with other variants or partly: restarting it", ", ".join(running))
                self._stop_daemons(state)
            state = self._start_daemons(state)
        self._write_site_configs()
        self._seed_all(state, reseed)
        self._publish_ids(state)
        self._check_sites(state)
        self.timings["up"] = time.monotonic() - started_at
        return started

    @staticmethod
    def _live_leases(state: dict[str, Any]) -> list[str]:
        return sorted(lease for lease in state.get("leases", [])
                      if _process_identity(int(lease.split(":")[0])) == lease)

    def _ensure_watchdog(self, state: dict[str, Any]) -> None:
        """Starts the watchdog unless one runs (it lives as long as the unpinned test bed)."""
        watchdog = state.get("watchdog")
        if watchdog and _process_identity(int(watchdog.split(":")[0])) == watchdog:
            return
        with open(self.paths.log("watchdog"), "ab") as log_file:
            process = subprocess.Popen(
                [sys.executable, "-m", "tests.wordpress.testbed", "--root", str(self.paths.root), "watchdog"],
                cwd=REPO, stdin=subprocess.DEVNULL, stdout=log_file, stderr=subprocess.STDOUT,
                start_new_session=True,  # outlives this process: noticing its death is its job
            )
        identity = None
        deadline = time.monotonic() + 5
        while identity is None and time.monotonic() < deadline:
            identity = _process_identity(process.pid)
            if identity is None and process.poll() is not None:
                break
            time.sleep(0.01)
        if identity is None:
            raise TestbedError(f"the test-bed watchdog died at once; see {self.paths.log('watchdog')}")
        state["watchdog"] = identity
        self._write_state(state)


    @contextmanager
    def _lock(self) -> Iterator[None]:
        """One process at a time starts, seeds or stops the test bed of a state directory."""
        self.paths.root.mkdir(parents=True, exist_ok=True)
        with open(self.paths.root / "lock", "w") as lock_file:
            fcntl.flock(lock_file, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock_file, fcntl.LOCK_UN)

    def _read_state(self) -> dict[str, Any]:
        try:
            return json.loads(self.paths.state.read_text())
        except FileNotFoundError:
            return {"pids": {}, "ports": {}, "leases": [], "pinned": False}

    def _write_state(self, state: dict[str, Any]) -> None:
        partial = self.paths.state.with_suffix(".tmp")
        partial.write_text(json.dumps(state, indent=2) + "\n")
        partial.replace(self.paths.state)

    def _require_running(self) -> None:
        if not self.is_running():
            raise TestbedError(
                f"the test bed of {self.paths.root} isn't running; start it with up()"
                " (or `python -m tests.wordpress.testbed up`)"
            )

    def _variant(self, name: str) -> Variant:
        if name not in VARIANTS:
            raise TestbedError(f"unknown test-bed variant {name!r}; known: {', '.join(VARIANTS)}")
        return VARIANTS[name]

    @staticmethod
    def _base_url(state: dict[str, Any], variant: str) -> str:
        return f"http://127.0.0.1:{state['ports'][variant]}"

    # ---------------------------------------------------------------- /etc/wordpress dispatcher

    def _dispatcher_state(self) -> str:
        """"ok", "outdated" (an older copy of ours), "foreign" (someone else's file) or "missing"."""
        try:
            current = DISPATCHER_TARGET.read_text()
        except FileNotFoundError:
            return "missing"
        if current == DISPATCHER_SOURCE.read_text():
            return "ok"
        return "outdated" if DISPATCHER_MARKER in current else "foreign"

    def _install_dispatcher(self) -> None:
        state = self._dispatcher_state()
        if state == "ok":
            return
        if state == "foreign":
            raise TestbedError(
                f"{DISPATCHER_TARGET} exists and isn't the test bed's: WordPress picks that file for every site on"
                f" 127.0.0.1, so the test bed can't run beside it. Move it away, then retry."
            )
        if os.geteuid() != 0:
            raise TestbedUnavailable(f"{DISPATCHER_TARGET} is {state} and only root can write it; {ENABLE_HINT}.")
        partial = DISPATCHER_TARGET.with_name(DISPATCHER_TARGET.name + ".wparchive-tmp")
        shutil.copyfile(DISPATCHER_SOURCE, partial)
        partial.chmod(0o644)
        partial.replace(DISPATCHER_TARGET)  # atomic: another checkout's running test bed never sees half a file

    # ---------------------------------------------------------------- daemons

    def _running_daemons(self, state: dict[str, Any]) -> list[str]:
        """The daemons of the state file that are alive and really ours (a PID may have been reused)."""
        running = []
        for name in DAEMONS:
            pid = state.get("pids", {}).get(name)
            if pid and _pid_alive(pid) and str(self.paths.conf) in _cmdline(pid):
                running.append(name)
        return running

    def _start_daemons(self, state: dict[str, Any]) -> dict[str, Any]:
        started_at = time.monotonic()
        state = {**state, "pids": {}, "ports": self._choose_ports(state.get("ports", {}))}
        try:
            self._start_mariadb(state)
            self._start_php_fpm(state)
            for attempt in range(1, 4):
                try:
                    self._start_nginx(state)
                    break
                except _PortClash as clash:
                    if attempt == 3:
                        raise TestbedError(f"{clash}, three times in a row") from clash
                    # Another program took a port between our check and nginx's bind: pick others and retry.
                    log.warning("%s; retrying with other ports", clash)
                    state["ports"] = self._choose_ports(state["ports"])
        except BaseException:
            self._stop_daemons(state)
            raise
        self._write_state(state)
        self.timings["start daemons"] = time.monotonic() - started_at
        return state

    def _choose_ports(self, previous: dict[str, int]) -> dict[str, int]:
        """The ports of the last run when still free (stable URLs for people and caches), else fresh ones."""
        ports: dict[str, int] = {}
        for name in VARIANTS:
            port = previous.get(name)
            if not port or port in ports.values() or not _port_is_free(port):
                port = _free_port()
                while port in ports.values():
                    port = _free_port()
            ports[name] = port
        return ports

    def _spawn(self, name: str, command: list[str], state: dict[str, Any]) -> subprocess.Popen[bytes]:
        log_path = self.paths.log(name)
        with open(log_path, "ab") as log_file:
            log_file.write(f"{SPAWN_MARKER}{time.strftime('%Y-%m-%d %H:%M:%S')} {' '.join(command)}\n".encode())
            log_file.flush()
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # a Ctrl-C in the terminal must not kill the daemons half-way
            )
        self._children[name] = process
        state["pids"][name] = process.pid
        self._write_state(state)  # recorded at once, so that `down` finds even a daemon that hangs in start-up
        return process

    def _wait(self, name: str, process: subprocess.Popen[bytes], ready: Callable[[], bool], logs: list[Path]) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while not ready():
            if process.poll() is not None:
                raise TestbedError(
                    f"{name} exited with status {process.returncode} while starting; log tail:\n"
                    + "\n".join(_tail(path) for path in logs)
                )
            if time.monotonic() > deadline:
                raise TestbedError(
                    f"{name} not ready after {START_TIMEOUT:.0f} s; log tail:\n"
                    + "\n".join(_tail(path) for path in logs)
                )
            time.sleep(0.05)

    @staticmethod
    def _unix_socket_answers(path: Path, greeting: bool = False) -> bool:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(2)
            try:
                sock.connect(str(path))
                # MariaDB accepts on its socket before it has run its init file; its greeting means it's ready.
                return not greeting or bool(sock.recv(4))
            except OSError:
                return False

    def _start_mariadb(self, state: dict[str, Any]) -> None:
        paths = self.paths
        as_root = os.geteuid() == 0
        # Socket only (no TCP): nothing else on the machine can reach it, and no port to clash.
        (paths.conf / "my.cnf").write_text(
            "# Written by tests/wordpress/testbed.py at every start.\n"
            "[mysqld]\n"
            f"datadir = {paths.datadir}\n"
            f"socket = {paths.mysql_socket}\n"
            f"pid-file = {paths.run / 'mysqld.pid'}\n"
            f"log-error = {paths.log('mariadb')}\n"
            f"init-file = {paths.conf / 'init.sql'}\n"
            "skip-networking\n"
            "skip-name-resolve\n"
            "skip-log-bin\n"
            "performance_schema = OFF\n"
            "character-set-server = utf8mb4\n"
            "collation-server = utf8mb4_unicode_ci\n"
            "innodb_buffer_pool_size = 64M\n"
            "# The default 96 MB redo log is written out in full by mariadb-install-db: 16 MB makes it 2 s faster.\n"
            "innodb_log_file_size = 16M\n"
            "# Test data: losing the last second on a crash is fine, and seeding and resets get faster.\n"
            "innodb_flush_log_at_trx_commit = 0\n"
            "innodb_doublewrite = 0\n"
            "[client]\n"
            "default-character-set = utf8mb4\n"
            f"socket = {paths.mysql_socket}\n"
            f"user = {DB_USER}\n"
            f"password = {DB_PASSWORD}\n"
        )
        # Runs at every start (idempotent): the account WordPress and our dump/restore use, whatever OS user we are.
        (paths.conf / "init.sql").write_text(
            f"CREATE USER IF NOT EXISTS '{DB_USER}'@'localhost' IDENTIFIED BY '{DB_PASSWORD}';\n"
            f"GRANT ALL PRIVILEGES ON *.* TO '{DB_USER}'@'localhost';\n"
        )
        # Every daemon runs as the user who owns the checkout's state: as root, MariaDB would otherwise switch
        # to `mysql`, which needs the whole path to .testbed traversable (not so under /root) and leaves files
        # a non-root `make clean` can't delete.
        user = ["--user=root"] if as_root else []
        if not (paths.datadir / "mysql").is_dir():
            started_at = time.monotonic()
            paths.datadir.mkdir(parents=True, exist_ok=True)
            install = subprocess.run(
                ["mariadb-install-db", f"--defaults-file={paths.conf / 'my.cnf'}", *user,
                 "--skip-test-db", "--auth-root-authentication-method=socket"],
                capture_output=True, text=True, check=False,
            )
            if install.returncode != 0:
                shutil.rmtree(paths.datadir)  # half a datadir would make the next start fail differently
                raise TestbedError(
                    f"mariadb-install-db failed ({install.returncode}):\n"
                    f"{install.stdout[-2000:]}{install.stderr[-2000:]}\n{_tail(paths.log('mariadb'))}"
                )
            self.timings["mariadb-install-db"] = time.monotonic() - started_at
        paths.mysql_socket.unlink(missing_ok=True)
        process = self._spawn(
            "mariadb", ["/usr/sbin/mariadbd", f"--defaults-file={paths.conf / 'my.cnf'}", *user], state
        )
        self._wait("MariaDB", process, lambda: self._unix_socket_answers(paths.mysql_socket, greeting=True),
                   [paths.log("mariadb")])

    def _start_php_fpm(self, state: dict[str, Any]) -> None:
        paths = self.paths
        as_root = os.geteuid() == 0
        user, group = _user_and_group()
        (paths.conf / "php-fpm.conf").write_text(
            "; Written by tests/wordpress/testbed.py at every start.\n"
            "[global]\n"
            f"pid = {paths.run / 'php-fpm.pid'}\n"
            f"error_log = {paths.log('php-fpm')}\n"
            "daemonize = no\n"
            "[wparchive]\n"
            + (f"user = {user}\ngroup = {group}\n" if as_root else "")
            + f"listen = {paths.fpm_socket}\n"
            "listen.mode = 0600\n"
            "; Four workers: enough for a crawler with 4 concurrent requests on this 2-core machine.\n"
            "pm = static\n"
            "pm.max_children = 4\n"
            "catch_workers_output = yes\n"
            f"php_admin_value[error_log] = {paths.log('php-errors')}\n"
            "php_admin_flag[log_errors] = on\n"
            "php_admin_value[error_reporting] = E_ALL & ~E_DEPRECATED & ~E_STRICT\n"
            "php_admin_value[memory_limit] = 256M\n"
        )
        paths.fpm_socket.unlink(missing_ok=True)
        command = [str(_php_fpm_binary()), "--fpm-config", str(paths.conf / "php-fpm.conf"), "--nodaemonize"]
        if as_root:
            command.append("--allow-to-run-as-root")
        process = self._spawn("php-fpm", command, state)
        self._wait("php-fpm", process, lambda: self._unix_socket_answers(paths.fpm_socket), [paths.log("php-fpm")])

    def _start_nginx(self, state: dict[str, Any]) -> None:
        paths = self.paths
        self._write_nginx_conf(state["ports"])
        (paths.tmp / "nginx").mkdir(parents=True, exist_ok=True)
        pid_file = paths.run / "nginx.pid"
        pid_file.unlink(missing_ok=True)
        process = self._spawn(
            "nginx",
            ["/usr/sbin/nginx", "-p", str(paths.root), "-c", str(paths.conf / "nginx.conf"),
             "-e", str(paths.log("nginx-error"))],
            state,
        )

        def bound() -> bool:
            # nginx writes its pid file only once every listen socket is bound. (A connect test would be fooled
            # by whoever else holds a port: nginx retries a busy port for 2.5 s before it gives up.)
            try:
                return pid_file.read_text().strip() == str(process.pid)
            except FileNotFoundError:
                return False

        try:
            self._wait("nginx", process, bound, [paths.log("nginx-error"), paths.log("nginx")])
        except TestbedError as error:
            if "Address already in use" in str(error):
                raise _PortClash(f"nginx could not bind one of {sorted(state['ports'].values())}") from error
            raise

    def _write_nginx_conf(self, ports: dict[str, int]) -> None:
        paths = self.paths
        user, group = _user_and_group()
        (paths.conf / "fastcgi_params").write_text(
            "# Our own list instead of /etc/nginx/fastcgi_params: Debian's current one passes HTTP_HOST $host without\n"
            "# the port, and WordPress then redirects every page to itself (a 301 loop) on a port other than 80.\n"
            + "".join(
                f"fastcgi_param {name} {value};\n"
                for name, value in (
                    ("QUERY_STRING", "$query_string"), ("REQUEST_METHOD", "$request_method"),
                    ("CONTENT_TYPE", "$content_type"), ("CONTENT_LENGTH", "$content_length"),
                    ("SCRIPT_NAME", "$fastcgi_script_name"), ("SCRIPT_FILENAME", "$document_root$fastcgi_script_name"),
                    ("REQUEST_URI", "$request_uri"), ("DOCUMENT_URI", "$document_uri"),
                    ("DOCUMENT_ROOT", "$document_root"), ("SERVER_PROTOCOL", "$server_protocol"),
                    ("REQUEST_SCHEME", "$scheme"), ("GATEWAY_INTERFACE", "CGI/1.1"),
                    ("SERVER_SOFTWARE", "nginx/$nginx_version"), ("REMOTE_ADDR", "$remote_addr"),
                    ("REMOTE_PORT", "$remote_port"), ("SERVER_ADDR", "$server_addr"),
                    ("SERVER_PORT", "$server_port"), ("SERVER_NAME", "$server_name"),
                    ("REDIRECT_STATUS", "200"), ("HTTP_HOST", "$host:$server_port"),
                )
            )
        )
        servers = []
        for name, variant in VARIANTS.items():
            site = paths.site(name)
            blocked = ""
            if variant.rest_blocked:
                # Like a security plugin that closes the REST API: the /wp-json prefix (also behind index.php,
                # which WordPress routes the same way) and any rest_route query arg. PHP turns "." and " " in a
                # query-arg name into "_", so rest.route= would reach WordPress as rest_route too.
                blocked = (
                    "        location ~* ^/(index\\.php/?)?wp-json { return 403; }\n"
                    '        if ($args ~* "(^|&)rest(_|\\.|%5f|%2e|%20|\\+)route(=|&|$)") { return 403; }\n'
                )
            if variant.listings_closed:
                blocked += (
                    "        location ~* ^/[^/]*sitemap[^/]*\\.xml { return 404; }\n"
                    "        location ~* /feed/?$ { return 404; }\n"
                    "        location ~ ^/page/[0-9]+/?$ { return 404; }\n"
                    '        if ($args ~* "(^|&)(feed|paged)=") { return 404; }\n'
                )
            servers.append(
                f"    server {{  # {name}: theme {variant.theme}\n"
                f"        listen 127.0.0.1:{ports[name]};\n"
                "        server_name 127.0.0.1;\n"
                f"        root {WORDPRESS};\n"
                "        index index.php;\n"
                f"{blocked}"
                f"        location ^~ /wp-content/uploads/ {{ alias {site / 'wp-content/uploads'}/; }}\n"
                "        location / { try_files $uri $uri/ /index.php?$args; }\n"
                "        location ~ \\.php$ {\n"
                "            try_files $uri =404;\n"
                f"            include {paths.conf / 'fastcgi_params'};\n"
                f"            fastcgi_param WPARCHIVE_CONFIG {site / 'wp-config.php'};\n"
                f"            fastcgi_pass unix:{paths.fpm_socket};\n"
                "        }\n"
                "    }\n"
            )
        temp = paths.tmp / "nginx"
        (paths.conf / "nginx.conf").write_text(
            "# Written by tests/wordpress/testbed.py at every start.\n"
            "daemon off;  # the PID we record is the master's\n"
            + (f"user {user} {group};\n" if os.geteuid() == 0 else "")
            + "worker_processes 2;\n"
            f"pid {paths.run / 'nginx.pid'};\n"
            f"error_log {paths.log('nginx-error')} warn;\n"
            "events { worker_connections 256; }\n"
            "http {\n"
            "    include /etc/nginx/mime.types;\n"
            "    default_type application/octet-stream;\n"
            f"    access_log {paths.log('nginx-access')};\n"
            "    sendfile on;\n"
            # As Debian's default nginx.conf: gzip for text/html (its gzip_types line is commented out), so
            # crawls of the test bed receive what a stock Debian WordPress sends.
            "    gzip on;\n"
            f"    client_body_temp_path {temp}/body;\n"
            f"    fastcgi_temp_path {temp}/fastcgi;\n"
            f"    proxy_temp_path {temp}/proxy;\n"
            f"    uwsgi_temp_path {temp}/uwsgi;\n"
            f"    scgi_temp_path {temp}/scgi;\n"
            + "".join(servers)
            + "}\n"
        )

    def _stop_daemons(self, state: dict[str, Any]) -> None:
        """SIGTERM to each recorded daemon that is still ours, newest first, then wait for it to exit."""
        for name in reversed(DAEMONS):
            pid = state.get("pids", {}).get(name)
            if not pid or not _pid_alive(pid) or str(self.paths.conf) not in _cmdline(pid):
                continue
            os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + STOP_TIMEOUT
            while _pid_alive(pid):
                if time.monotonic() > deadline:
                    log.warning("%s (pid %d) ignored SIGTERM for %.0f s: killing it", name, pid, STOP_TIMEOUT)
                    os.kill(pid, signal.SIGKILL)
                    deadline = time.monotonic() + 5
                time.sleep(0.05)
            self._children.pop(name, None)

    # ---------------------------------------------------------------- sites

    def _write_site_configs(self) -> None:
        for name, variant in VARIANTS.items():
            site = self.paths.site(name)
            content_dir = site / "wp-content"
            (content_dir / "uploads").mkdir(parents=True, exist_ok=True)
            # Themes, plugins and translations from the Debian packages; only uploads are per site.
            for part in ("themes", "plugins", "languages"):
                link = content_dir / part
                if not link.is_symlink():
                    link.symlink_to(WORDPRESS / "wp-content" / part)

            (content_dir / "mu-plugins").mkdir(exist_ok=True)
            (content_dir / "mu-plugins" / "themes.php").write_text(THEMES_PLUGIN)
            mu_plugin = content_dir / "mu-plugins" / "xhtml-comments.php"
            if variant.comment_markup == "xhtml":
                mu_plugin.parent.mkdir(exist_ok=True)
                mu_plugin.write_text(XHTML_COMMENTS_PLUGIN)
            elif mu_plugin.exists():
                mu_plugin.unlink()

            def salt(key: str, variant_name: str = name) -> str:
                # Stable per checkout and site, so comment cookies survive a restart.
                return hashlib.sha256(f"{self.paths.root}:{variant_name}:{key}".encode()).hexdigest()

            salts = "".join(
                f"define('{key}', '{salt(key)}');\n"
                for key in ("AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY",
                            "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT")
            )
            (site / "wp-config.php").write_text(
                "<?php\n"
                f"/* Test-bed site {name}: written by tests/wordpress/testbed.py at every start, loaded by\n"
                f" * {DISPATCHER_TARGET} when nginx or a test-bed script sets WPARCHIVE_CONFIG to this file. */\n"
                f"define('DB_NAME', '{variant.database}');\n"
                f"define('DB_USER', '{DB_USER}');\n"
                f"define('DB_PASSWORD', '{DB_PASSWORD}');\n"
                f"define('DB_HOST', 'localhost:{self.paths.mysql_socket}');\n"
                "define('DB_CHARSET', 'utf8mb4');\n"
                "define('DB_COLLATE', '');\n"
                "// The port is chosen at start: the site's address is whatever nginx was asked for (it passes\n"
                "// HTTP_HOST as $host:$server_port).\n"
                "define('WP_HOME', 'http://' . $_SERVER['HTTP_HOST']);\n"
                "define('WP_SITEURL', WP_HOME);\n"
                "// Else derived from the siteurl option, which doesn't exist yet while seed.php installs: uploads\n"
                "// would get relative URLs, unlike any real site.\n"
                "define('WP_CONTENT_URL', WP_HOME . '/wp-content');\n"
                f"define('WP_CONTENT_DIR', '{site / 'wp-content'}');\n"
                f"{salts}"
                "// No cron (it would fire loopback requests mid-test), no updates, no outgoing HTTP (no network).\n"
                "define('DISABLE_WP_CRON', true);\n"
                "define('AUTOMATIC_UPDATER_DISABLED', true);\n"
                "define('WP_HTTP_BLOCK_EXTERNAL', true);\n"
                "define('WP_DEBUG', false);\n"
                "$table_prefix = 'wp_';\n"
            )

    def _seed_hash(self, variant: Variant) -> str:
        """What a seeded database depends on; a change means seeding again."""
        digest = hashlib.sha256()
        for path in (self._content_of(variant), PHP_DIR / "seed.php", PHP_DIR / "bootstrap.php",
                     self.paths.site(variant.name) / "wp-config.php", WORDPRESS / "wp-includes/version.php"):
            digest.update(path.read_bytes())
        digest.update(f"{variant.theme}\n{variant.permalinks}\n".encode())
        return digest.hexdigest()

    def _content_of(self, variant: Variant) -> Path:
        return variant.content or self.content_path

    def _seed_all(self, state: dict[str, Any], reseed: bool) -> None:
        if not self.content_path.exists():
            raise TestbedError(f"content file {self.content_path} not found (see tests/wordpress/CONTENT.md)")
        existing = set(self._sql("SHOW DATABASES").split())
        to_seed, to_restore = [], []
        for name, variant in VARIANTS.items():
            site = self.paths.site(name)
            hash_file = site / "seed.sha256"
            seeded = (
                not reseed
                and (site / "seed.sql").exists()
                and (site / "seed-reset.sql").exists()
                and hash_file.exists()
                and hash_file.read_text().strip() == self._seed_hash(variant)
            )
            if not seeded:
                to_seed.append(name)
            elif variant.database not in existing or (site / "dirty").exists():
                to_restore.append(name)
        started_at = time.monotonic()
        # All at once: each seed is one PHP process that often waits on MariaDB (measured on 2 cores: 3.7–5.2 s
        # for the three, against ~6 s two at a time).
        with ThreadPoolExecutor(max_workers=len(VARIANTS)) as pool:
            for future in [pool.submit(self._seed, state, name) for name in to_seed]:
                future.result()
        if to_seed:
            self.timings["seed " + ", ".join(to_seed)] = time.monotonic() - started_at
        for name in to_restore:
            self._restore(name)
        self._rebase(state, [name for name in VARIANTS if name not in to_seed])

    def _seed(self, state: dict[str, Any], name: str) -> None:
        variant = VARIANTS[name]
        site = self.paths.site(name)
        log.info("seeding %s from %s", name, self._content_of(variant))
        (site / "seed.sha256").unlink(missing_ok=True)
        # Database names come from VARIANTS, never from input; identifiers can't be bound as parameters.
        self._sql(f"DROP DATABASE IF EXISTS `{variant.database}`; "
                  f"CREATE DATABASE `{variant.database}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
        uploads = site / "wp-content" / "uploads"
        shutil.rmtree(uploads, ignore_errors=True)
        uploads.mkdir()
        ids = self._php(name, "seed.php", {
            "content": str(self._content_of(variant)),
            "theme": variant.theme,
            "permalinks": variant.permalinks,
        }, state=state)
        (site / "ids-seed.json").write_text(json.dumps(ids, indent=2, ensure_ascii=False) + "\n")
        with open(site / "seed.sql.tmp", "wb") as dump:
            result = subprocess.run(
                ["mariadb-dump", f"--defaults-file={self.paths.conf / 'my.cnf'}", "--single-transaction",
                 "--skip-dump-date", variant.database],
                stdout=dump, stderr=subprocess.PIPE, check=False,
            )
        if result.returncode != 0:
            raise TestbedError(f"mariadb-dump of {variant.database} failed: {result.stderr.decode(errors='replace')}")
        (site / "seed.sql.tmp").replace(site / "seed.sql")
        self._write_reset_script(name)
        (site / "dirty").unlink(missing_ok=True)
        (site / "seed.sha256").write_text(self._seed_hash(variant) + "\n")

    def _write_reset_script(self, name: str) -> None:
        """seed-reset.sql: empty every table and refill it in one transaction.

        Dropping and re-creating the 12 tables (the full dump) takes ~1.2 s, mostly InnoDB creating and deleting
        a file per table; this takes ~0.02 s. Auto-increment counters are not rewound (ALTER TABLE would cost
        ~0.05 s a table): rows added after a reset get fresh ids, never one seen before.
        """
        variant = VARIANTS[name]
        site = self.paths.site(name)
        tables = self._sql(f"SHOW TABLES FROM `{variant.database}`").split()
        data = subprocess.run(
            ["mariadb-dump", f"--defaults-file={self.paths.conf / 'my.cnf'}", "--no-create-info", "--skip-add-locks",
             "--skip-disable-keys", "--skip-dump-date", variant.database],
            capture_output=True, check=False,
        )
        if data.returncode != 0:
            raise TestbedError(f"mariadb-dump of {variant.database} failed: {data.stderr.decode(errors='replace')}")
        # Table names come from the server itself (SHOW TABLES), not from input.
        script = b"SET autocommit = 0;\n" + "".join(f"DELETE FROM `{table}`;\n" for table in tables).encode()
        (site / "seed-reset.sql").write_bytes(script + data.stdout + b"COMMIT;\n")

    def _restore(self, name: str) -> None:
        """Puts back the seeded data: fast when the tables exist, else from the full dump."""
        variant = VARIANTS[name]
        site = self.paths.site(name)
        if not (site / "seed.sql").exists():
            raise TestbedError(f"{name} has no seed dump; run `python -m tests.wordpress.testbed up` first")
        client = ["mariadb", f"--defaults-file={self.paths.conf / 'my.cnf'}", variant.database]
        if (site / "seed-reset.sql").exists():
            with open(site / "seed-reset.sql", "rb") as script:
                fast = subprocess.run(client, stdin=script, capture_output=True, check=False)
            if fast.returncode == 0:
                (site / "dirty").unlink(missing_ok=True)
                return
            log.info("%s: fast reset failed (%s); restoring the full dump", name, fast.stderr.decode(errors="replace"))
        self._sql(f"CREATE DATABASE IF NOT EXISTS `{variant.database}`"
                  " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
        with open(site / "seed.sql", "rb") as dump:
            result = subprocess.run(client, stdin=dump, capture_output=True, check=False)
        if result.returncode != 0:
            raise TestbedError(f"restoring {variant.database} failed: {result.stderr.decode(errors='replace')}")
        (site / "dirty").unlink(missing_ok=True)

    def _rebase(self, state: dict[str, Any], names: list[str]) -> None:
        """Rewrites stored absolute URLs of sites whose database was made on another port."""
        if not names:
            return
        query = " UNION ALL ".join(
            f"SELECT '{name}', option_value FROM `{VARIANTS[name].database}`.wp_options"
            " WHERE option_name = 'wparchive_base_url'"
            for name in names
        )
        stored = dict(line.split("\t", 1) for line in self._sql(query).splitlines() if "\t" in line)
        for name in names:
            if stored.get(name) != self._base_url(state, name):
                log.info("%s: rebasing URLs from %s to %s", name, stored.get(name), self._base_url(state, name))
                self._php(name, "mutate.php", {"action": "rebase_urls"}, state=state)

    def _publish_ids(self, state: dict[str, Any]) -> None:
        """ids.json = the seeder's ids with absolute URLs for the current port."""
        for name in VARIANTS:
            site = self.paths.site(name)
            ids = json.loads((site / "ids-seed.json").read_text())
            base = self._base_url(state, name)
            for post in ids["posts"].values():
                post["url"] = base + post["path"]
                post["shortlink"] = f"{base}/?p={post['id']}"
            for attachments in ids["attachments"].values():
                for attachment in attachments:
                    attachment["url"] = base + attachment["path"]
            ids["base_url"] = base
            (site / "ids.json").write_text(json.dumps(ids, indent=2, ensure_ascii=False) + "\n")

    def _check_sites(self, state: dict[str, Any]) -> None:
        """Each site's home page answers 200 (else: the error logs say why)."""
        for name in VARIANTS:
            url = self._base_url(state, name) + "/"
            try:
                with urllib.request.urlopen(url, timeout=20) as response:
                    response.read()  # the whole page: PHP errors can strike after the headers
                    status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            except OSError as error:
                status = f"no answer ({error})"
            if status != 200:
                raise TestbedError(
                    f"{name}: GET {url} gave {status}; logs:\n{_tail(self.paths.log('nginx-error'))}\n"
                    f"{_tail(self.paths.log('php-errors'))}\n{_tail(self.paths.log('php-fpm'))}"
                )

    # ---------------------------------------------------------------- helpers

    def _sql(self, sql: str) -> str:
        """Runs constant SQL (no outside values) through the mariadb client and returns its tab-separated output."""
        result = subprocess.run(
            ["mariadb", f"--defaults-file={self.paths.conf / 'my.cnf'}", "--batch", "--skip-column-names",
             "--execute", sql],
            capture_output=True, text=True, check=False,
        )
        if result.returncode != 0:
            raise TestbedError(f"SQL failed ({sql[:80]}…): {result.stderr.strip()}\n{_tail(self.paths.log('mariadb'))}")
        return result.stdout

    def _php(self, variant: str, script: str, request: dict[str, Any],
             state: dict[str, Any] | None = None) -> dict[str, Any]:
        """Runs a test-bed PHP script for one site; the script answers in a JSON file."""
        state = state or self._read_state()
        self.paths.tmp.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=self.paths.tmp, prefix=f"{variant}-", suffix=".json") as result_file:
            payload = {
                "config": str(self.paths.site(variant) / "wp-config.php"),
                "host": f"127.0.0.1:{state['ports'][variant]}",
                "result_path": result_file.name,
                **request,
            }
            try:
                result = subprocess.run(
                    ["/usr/bin/php", "-d", "display_errors=stderr", "-d", "log_errors=0",
                     "-d", "error_reporting=E_ALL & ~E_DEPRECATED & ~E_STRICT", "-d", "memory_limit=512M",
                     str(PHP_DIR / script)],
                    input=json.dumps(payload), capture_output=True, text=True, check=False, timeout=PHP_TIMEOUT,
                )
            except subprocess.TimeoutExpired as timeout:
                raise TestbedError(f"{script} for {variant} still running after {PHP_TIMEOUT:.0f} s") from timeout
            if result.returncode != 0:
                raise TestbedError(
                    f"{script} failed for {variant} (exit {result.returncode}):\n"
                    f"{result.stderr[-3000:]}{result.stdout[-1000:]}"
                )
            answer = Path(result_file.name).read_text()
        if not answer.strip():
            raise TestbedError(
                f"{script} for {variant} gave no answer:\n{result.stderr[-3000:]}{result.stdout[-1000:]}"
            )
        return json.loads(answer)


class _PortClash(TestbedError):
    """nginx could not bind a port we had found free."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.wordpress.testbed", description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="state directory (default: <repo>/.testbed)")
    commands = parser.add_subparsers(dest="command", required=True)
    up = commands.add_parser("up", help="start (and seed when needed) until `down`; prints the sites' URLs")
    up.add_argument("--reseed", action="store_true", help="seed every site again from content.json")
    commands.add_parser("down", help="stop every daemon of this checkout's test bed")
    commands.add_parser("status", help="print what runs (JSON)")
    reset = commands.add_parser("reset", help="restore the seeded state of sites (default: all)")
    reset.add_argument("variants", nargs="*", metavar="VARIANT", help=", ".join(VARIANTS))
    commands.add_parser("watchdog", help=argparse.SUPPRESS)  # started by acquire(); see Testbed.watch
    args = parser.parse_args(argv)
    log_format = "%(asctime)s %(message)s" if args.command == "watchdog" else "%(message)s"
    logging.basicConfig(level=logging.INFO, format=log_format)

    testbed = Testbed(args.root)
    try:
        if args.command == "up":
            testbed.up(reseed=args.reseed)
            for name in VARIANTS:
                site = testbed.site(name)
                blocked = ", REST blocked" if site.rest_blocked else ""
                print(f"{name:18} {site.base_url}/   (theme {site.theme}{blocked})")
        elif args.command == "down":
            testbed.down()
        elif args.command == "status":
            print(json.dumps(testbed.status(), indent=2))
        elif args.command == "reset":
            for name in args.variants or VARIANTS:
                testbed.reset(name)
        elif args.command == "watchdog":
            testbed.watch()
    except TestbedUnavailable as error:
        print(error, file=sys.stderr)
        return 2
    except TestbedError as error:
        print(f"test bed error: {error}", file=sys.stderr)
        return 1
    for phase, seconds in testbed.timings.items():
        print(f"  {phase}: {seconds:.2f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
