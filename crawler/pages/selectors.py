"""Every selector the page objects use, as named, ordered fallback lists: tried in order, first hit wins.

A new theme is one more line in the right list, not a branch in the code. Selectors are CSS (see `css.py` for
the supported subset; `::attr(name)` / `::text` return strings), compiled once at import. Class names here are
the ones WordPress core, its default themes, Jetpack / WordPress.com and widely used plugins print, plus class
names many article templates share; none is specific to one site. Lists whose order does not matter (things to
remove) are single comma-joined selectors.
"""

from __future__ import annotations

import re

from crawler.pages.css import NamePattern, Selector, compile_list

L = compile_list  # an ordered fallback list
U = Selector  # one selector, alternatives comma-joined (order irrelevant)
N = NamePattern  # a pattern over class and id names (keywords for a fast pre-check, then the regex)

# --------------------------------------------------------------------------------------------- page kind
BODY_CLASS = L("body::attr(class)")
# body_class() of single posts and of everything that is not one
SINGLE_BODY_CLASSES = frozenset({"single", "single-post", "page", "page-template-default"})
LISTING_BODY_CLASSES = frozenset({"home", "blog", "archive", "category", "tag", "search", "search-results",
                                  "date", "author", "error404", "attachment", "paged", "post-type-archive"})
BODY_POSTID_CLASS = re.compile(r"^(?:postid|page-id)-(\d+)$")

# ------------------------------------------------------------------------------------------ the post's root
# the element holding one post (post_class() output, schema.org, HTML5); first hit with text wins
POST_ROOT = L(
    "article.type-post", "article.type-page", "div.type-post", "div.type-page", "article[id^='post-']",
    "div.hentry[id^='post-']", "div.post[id^='post-']", ".hentry", "[itemtype$='BlogPosting']",
    "[itemtype$='NewsArticle']", "[itemtype$='/Article']", "article.post", "div.post", "article",
)
# a post root never lies in the comment thread: themes without an <article> for the post (block themes) print
# each comment as one (<article class="comment-body">), which the last, loosest root above would take
COMMENT_THREADS = U(".comment-list, .commentlist, #commentlist, .wp-block-comment-template, .comments-area, "
                    ".comment-body, li.comment")
# several of these on one page without single-post body classes: a listing
LISTING_ENTRIES = U(".hentry, article.type-post, article.post")

# --------------------------------------------------------------------------------------------- post id
POST_ID_VALUES = L(
    "article[id^='post-']::attr(id)",
    ".type-post[id^='post-']::attr(id)",
    "input[name='comment_post_ID']::attr(value)",
    "link[rel='shortlink']::attr(href)",
    ".hentry[id^='post-']::attr(id)",
)
POST_CLASS_ID = re.compile(r"^post-(\d+)$")  # post_class() prints post-N on the post's element
POST_ID_PATTERNS = (re.compile(r"^post-(\d+)$"), re.compile(r"^(\d+)$"), re.compile(r"[?&]p=(\d+)"))

# ------------------------------------------------------------------------------------------ metadata
CANONICAL = L("link[rel='canonical']::attr(href)", "meta[property='og:url']::attr(content)")
HTML_LANG = L("html::attr(lang)", "html::attr(xml:lang)", "meta[http-equiv='content-language']::attr(content)",
              "meta[property='og:locale']::attr(content)")
SITE_NAME = L("meta[property='og:site_name']::attr(content)", "meta[name='application-name']::attr(content)")
# the site-title link themes print (rel="home", the Underscores convention) when no known class names the title
SITE_NAME_ELEMENTS = L(".site-title", "#site-title", ".wp-block-site-title", "#blog-title", ".blog-title",
                       "#header h1", ".site-branding .logo", ".logo", "a[rel~='home']")
# WordPress's feed links (feed_links()) are titled "<site name> » Feed" in every language ("» Flöde",
# "» Kommentarsflöde")
SITE_FEED_TITLES = L("link[rel~='alternate'][type='application/rss+xml']::attr(title)")

# the post's own heading: inside the post root first (strong), then anywhere in the page
TITLE_IN_POST = L(
    ".entry-title", ".wp-block-post-title", ".post-title", ".posttitle", ".single-title", ".article-title",
    "[itemprop='headline']", ".storytitle", ".headline", "h1",
)
TITLE_IN_PAGE = L(
    "h1.entry-title", ".wp-block-post-title", "h1.post-title", "h1.single-title", "h1.article-title",
    "h1[itemprop='headline']", "h1.headline", "h1.title", ".entry-title", ".post-title", ".article-title",
    "[itemprop='headline']", ".headline",
)
TITLE_META = L("meta[property='og:title']::attr(content)", "meta[name='twitter:title']::attr(content)",
               "title::text")
HEADINGS = U("h1, h2")
# headings in these areas are never the post's title (site name, widgets, related posts)
NOT_TITLE_AREAS = U("header.site-header, #masthead, #header, .site-branding, .site-title, #site-title, .logo, #logo, "
                    "nav, aside, .widget, footer, .sidebar, #sidebar, .related-posts, .jp-relatedposts, "
                    "#comments, .comments-area")
# parts of a title heading that are not the title: kickers / rooflines above it, dates and by-lines in it
TITLE_KICKER_CLASS = re.compile(r"kicker|roofline|toptitle|topline|overline|dachzeile|eyebrow|pretitle|"
                                r"supertitle|section|rubric|category|label|date|time|author|byline|meta|small", re.I)
TITLE_KICKER_TAGS = frozenset({"small", "time"})
# separators between a title and the site name in <title> / og:title
TITLE_SEPARATORS = re.compile(r"\s+(?:[|\-–—·•»«:/]|::|//|\\\\)\s+")
# Kubrick's "<site> » Blog Archive » <title>" (WordPress's default theme until 2.9, and themes built on it), as
# its translations print the label
TITLE_ARCHIVE_LABELS = frozenset({"blog archive", "blog archiv", "bloggarkiv", "archives du blog", "archivo del blog",
                                  "blog archief", "archivio blog", "blogarkiv", "archiwum bloga"})

# author: specific by-lines first, then structured data (in code), metas, then loose class names
AUTHOR_STRONG = L(
    ".entry-meta .author .fn", ".entry-meta .author a", ".byline .author .fn", ".byline .author a",
    ".entry-header .author a", ".posted-by a", ".post-author a", ".wp-block-post-author__name",
    ".wp-block-post-author-name", "a[rel='author']", ".author.vcard .fn", ".author.vcard", ".byline a",
    "[itemprop='author'] [itemprop='name']", "[itemprop='author']", ".entry-author-name", ".author-name",
)
AUTHOR_META = L("meta[name='author']::attr(content)", "meta[property='article:author']::attr(content)",
                "meta[name='twitter:data1']::attr(content)")
AUTHOR_WEAK = L(".post-author", ".byline", ".author")
# WordPress's author archive address (pretty and plain permalinks)
AUTHOR_ARCHIVE_URL = re.compile(r"/author/[^/?#]+/?(?:[?#]|$)|[?&]author=\d+(?:&|#|$)")

# machine-readable dates: metas and microdata (page-wide), then <time>/abbr in the post
PUBLISHED_META = L(
    "meta[property='article:published_time']::attr(content)",
    "meta[itemprop='datePublished']::attr(content)",
)
PUBLISHED_MACHINE = PUBLISHED_META + L(
    "[itemprop='datePublished']::attr(datetime)",
    "[itemprop='datePublished']::attr(content)",
)
# the microdata above as elements, to leave out a comment's own datePublished (schema.org Comment, Blocksy)
PUBLISHED_MICRODATA = L("[itemprop='datePublished'][datetime]", "[itemprop='datePublished'][content]")
PUBLISHED_IN_POST = L(
    "time.entry-date.published", "time.published", "time.entry-date", ".entry-date time",
    ".wp-block-post-date time", ".posted-on time", ".entry-meta time", ".byline time", "header time",
    "abbr.published", ".published[title]", ".updated[title]", "time[datetime]",
)
PUBLISHED_META_LATE = L(
    "meta[name='date']::attr(content)", "meta[name='DC.date.issued']::attr(content)",
    "meta[name='dcterms.date']::attr(content)", "meta[property='og:article:published_time']::attr(content)",
    "meta[name='publish-date']::attr(content)", "meta[name='pubdate']::attr(content)",
)
MODIFIED_MACHINE = L(
    "meta[property='article:modified_time']::attr(content)", "meta[property='og:updated_time']::attr(content)",
    "meta[itemprop='dateModified']::attr(content)", "[itemprop='dateModified']::attr(datetime)",
)
MODIFIED_IN_POST = L("time.updated", ".wp-block-post-date.updated time", "abbr.updated")
# elements whose text holds the date when nothing machine-readable exists: class or id names containing these
# (matched against the page's class and id names, elements tried in document order)
DATE_TEXT_NAME = N(("date", "time", "posted", "publish", "datum", "meta", "byline", "stamp", "header", "info", "day"),
                   r"date|time|posted|publish|datum|meta|byline|dateline|stamp|header|info|day")
DATE_TEXT_TAGS = frozenset({"time", "abbr"})
# WordPress comments are addressed as #comment-N, so every theme's comment callback ids its comment element so
# (comment-N, li-comment-N, div-comment-N): an element with such an id, or inside one, is a comment whatever the
# thread around it is called
COMMENT_ELEMENT_ID = re.compile(r"(?:^|-)comment-\d+$")
# the page's main area, where a theme without a post element prints the post
MAIN_AREA = U("main, [role='main']")
# areas whose dates are not the post's (widgets, related posts, comments, footers)
NOT_POST_DATES_IN_POST = U("#comments, .comments-area, .comment-list, .commentlist, .related-posts, "
                           ".jp-relatedposts, .related, .yarpp-related, .widget")
NOT_POST_DATES = U(".widget, aside, nav, .menu, .related-posts, .jp-relatedposts, #sidebar, .sidebar, footer, #footer, "
                   ".site-footer, #colophon, "
                   "#comments, .comments-area, .comment-list, .commentlist, .related, .yarpp-related")

# categories and tags: theme wrappers first (block themes' post-terms blocks print rel="tag" on category links
# too), then WordPress's rel="category tag" / rel="tag"
CATEGORY_LINKS = L(".wp-block-post-terms.taxonomy-category a", ".cat-links a", "a[rel~='category']",
                   ".post-categories a", ".entry-categories a")
TAG_LINKS = L(".wp-block-post-terms.taxonomy-post_tag a", ".tags-links a", "a[rel='tag']", ".post-tags a",
              ".entry-tags a", ".tag-links a")
# last resorts, inside the post only (page-wide, such links are menus): loose wrappers, default term URLs
CATEGORY_URL_LINKS = L(".categories a", ".category a", "a[href*='/category/']")
TAG_URL_LINKS = L(".tags a", "a[href*='/tag/']")
# where term links are not the post's (widgets, menus, tag clouds, related posts)
NOT_POST_TERMS = U(".widget, .tagcloud, .wp-block-tag-cloud, aside, nav, .menu, .related-posts, "
                   ".jp-relatedposts, #sidebar, .sidebar, footer.site-footer, #footer")
# a tag cloud's class: a widget's, or inside the post's own element its own tags' list (Jannah), vouched by post_class()
TAG_CLOUDS = U(".tagcloud")
# WordPress core's post-terms block names its taxonomy in a class (taxonomy-category, taxonomy-post_tag): links in
# another taxonomy's block are never this one's
POST_TERMS_BLOCKS = U(".wp-block-post-terms")
POST_TERMS_TAXONOMY_PREFIX = "taxonomy-"
# the classes post_class() gives the post's element for each of its terms
POST_CLASS_TERM_PREFIX = {"category": "category-", "post_tag": "tag-"}
CATEGORY_META = L("meta[property='article:section']::attr(content)")
TAG_META = L("meta[property='article:tag']::attr(content)")

PASSWORD_FORM = U("form.post-password-form, form[action*='action=postpass'], input[name='post_password']")

# ------------------------------------------------------------------------------------------ body
# the content element of WordPress core's block themes and of classic themes (first, inside the post's element)
# (and the page builders' "post content" widgets, which print the_content() and nothing else: Elementor Pro, Divi)
BODY_CORE = L(".entry-content", ".wp-block-post-content", ".elementor-widget-theme-post-content",
              ".et_pb_post_content")
# the element holding the post's content, searched in the post root first, then in the page
BODY = L(
    ".entry-content", ".wp-block-post-content", ".post-content", ".entry-inner", ".post-entry", ".postentry",
    "[itemprop='articleBody']", ".entry-body", ".post-body", ".postbody", ".single-content", ".article-content",
    ".article-body", ".article__content", ".article__body", ".articleBody", ".story-content", ".story-body",
    ".post_content", ".post-text", ".posttext", ".entry_content", ".storycontent", ".td-post-content",
    ".et_pb_post_content", ".elementor-widget-theme-post-content", ".content-body", ".body-text",
    ".text-content", ".blog-content", ".entrytext", ".entry-text", ".post__content", ".entry__content",
    ".c-entry-content", ".article-text", ".single-post-content", ".the-content", ".content-inner",
    ".post-inner", ".entry",
)
# schema.org's CreativeWork.text (microdata themes: <div itemprop="text"> in the BlogPosting), looked for only inside
# the post's own element: comments print it too
TEXT_ITEMS = U("[itemprop='text']")
BODY_IN_POST = (TEXT_ITEMS,)
COMMENT_ITEMS_BY_MICRODATA = U("#comments, [itemprop~='comment'], [itemtype$='/Comment']")
# class names that look like a content container (BEM and builder variants of the names above)
BODY_CLASS_PATTERN = N(("content", "body", "text"),
                       r"^(?:post|entry|article|story|single|blog|the)(?:[-_]{1,2}|)(?:content|body|text)$")
# the page's description (SEO plugins fill it with the post's excerpt): a standfirst printed outside the content
DESCRIPTION_META = L("meta[property='og:description']::attr(content)", "meta[name='description']::attr(content)",
                     "meta[name='twitter:description']::attr(content)")
# a lead / standfirst printed above the content element (class tokens; matched on the page's class names)
# and an editor's note above the article ("This post originally appeared on …", "Editor's note: …")
LEAD_CLASS = N(("excerpt", "lead", "intro", "chapo", "standfirst", "summary", "subtitle", "subheadline", "deck", "dek",
                "teaser", "note"),
               r"(?:^|[-_])(?:excerpt|lead|intro|chapo|standfirst|summary|subtitle|subheadline|deck|dek|teaser|"
               r"editors?[-_]?note)(?:[-_]|$)")
# an event post's details (date, venue, address) printed beside its content, inside the post's element:
# schema.org/Event microdata, The Events Calendar's meta block
POST_DETAILS = L("#tribe-events-event-meta", ".tribe-events-event-meta", "[itemtype$='schema.org/Event']")
# areas a post body never lies in
NOT_BODY_AREAS = U("#comments, .comments-area, .wp-block-comments, .wp-block-post-comments, .comment-list, "
                   ".commentlist, #respond, .comment-respond, .wp-block-post-comments-form, "
                   ".widget, aside, #sidebar, .sidebar, .jp-relatedposts, .related-posts")

# links of share bars (their hosts are other sites, like a list of sources): share end points and schemes
SHARE_URL = re.compile(r"share|sharer|intent/|/pin/create|mailto:|whatsapp:|tg:|sms:", re.I)
# a link text that is an address ("https://…", "www.example.org", "example.org/page")
URL_LIKE = re.compile(r"^(?:https?://|www\.|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?$)", re.I)
# a link to a document rather than a page
FILE_URL = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|zip|epub|mp3|mp4)(?:[?#]|$)", re.I)
# an archived copy's link to the page it archives (web.archive.org/web/<timestamp><flags>/<url>)
ARCHIVED_URL = re.compile(r"^(?:https?:)?//web\.archive\.org/web/\d+[a-z_]*/(.+)$")
# removed from the body before it becomes text (order irrelevant)
BODY_NOISE = U(", ".join((
    # Jetpack / WordPress.com
    ".sharedaddy", ".sd-sharing-enabled", ".sd-block", ".sd-like", "#jp-post-flair", ".jp-relatedposts",
    "#jp-relatedposts", ".wpl-likebox", ".jetpack-likes-widget-wrapper", ".wpcnt", ".wordads-ad-wrapper",
    ".jetpack-subscribe", ".jetpack_subscription_widget", ".wp-block-jetpack-subscriptions",
    ".wp-block-jetpack-sharing-buttons", ".wp-block-jetpack-related-posts", ".wp-block-jetpack-likes",
    # sharing plugins
    ".addtoany_share_save_container", ".a2a_kit", ".addtoany_list", ".shariff", ".shareaholic-canvas", ".ssba",
    ".ssba-wrap", ".sharethis-inline-share-buttons", ".social-share", ".social-sharing", ".share-buttons",
    ".post-share", ".entry-share", ".share-post", ".sharebar", ".dpsp-share-text", ".dpsp-networks-btns-wrapper",
    ".heateor_sss_sharing_container", ".essb_links", ".mashsb-container", ".swp_social_panel", ".social-icons",
    ".social-links", ".share-links", ".shareit", ".wp-social-login-widget",
    # related posts, author boxes, post navigation, ratings
    ".yarpp-related", ".yarpp", ".crp_related", ".related-posts", ".related_posts", ".relatedposts",
    ".related_post", ".rp4wp-related-posts", ".author-bio", ".author-box", ".about-author", ".author-info",
    ".saboxplugin-wrap", ".entry-author", ".post-author-box", ".post-navigation", ".nav-links", ".page-links",
    ".post-nav", ".wp-block-post-navigation-link", ".post-ratings", ".kk-star-ratings",
    # meta lines and taxonomy blocks printed inside content wrappers
    ".entry-meta", ".entry-footer", ".entry-utility", ".postmetadata", ".post-footer", ".cat-links",
    ".tags-links", ".tag-links", ".post-tags", ".wp-block-post-terms", ".wp-block-post-author",
    ".wp-block-post-date", ".wp-block-post-title", ".entry-title",
    # comments and forms
    "#comments", ".comments-area", ".comment-respond", "#respond", ".comment-list", ".commentlist",
    ".wp-block-comments", ".wp-block-post-comments", ".wp-block-post-comments-form", "#disqus_thread",
    "#commentform", ".mc4wp-form", ".jp-carousel-wrap",
    # accessibility-only text, print tools, embeds, scripts
    ".screen-reader-text", ".sr-only", ".visually-hidden", ".skip-link", ".printfriendly", ".print-link",
    ".wp-embedded-content", "script", "style", "noscript", "template", "button", "select", "textarea", "iframe",
    "svg", "nav",
)))
# removed too, unless the node holds most of the body's text (then it is a wrapper, e.g. a shop's <form> or a
# theme's <div class="entry share">)
BODY_NOISE_IF_MINOR = U(", ".join((
    "form", ".newsletter", ".subscribe", ".subscription", ".adsbygoogle", ".advertisement", ".advert", ".ad",
    ".ads", ".ad-container", ".widget", ".hidden", "[hidden]", "[aria-hidden='true']", "aside", "footer",
    ".share", ".sharing", ".social", ".related", ".navigation", ".pagination", ".post-meta", ".entry-header",
)))
# class or id names of boilerplate blocks inside a content element (matched as substrings of each name; a
# block holding most of the body's text is never removed)
BODY_NOISE_NAME = N(
    ("newsletter", "author", "cookie", "consent", "gdpr", "blocker", "brlbs", "disclos", "disclaim", "cta", "ad",
     "sponsor", "promo", "related", "sharing", "social", "subscri", "donat", "recommend", "read", "also", "more",
     "outbrain", "taboola", "popular", "trending", "signup", "sign-up", "optin", "opt-in", "mailchimp", "rating",
     "breadcrumb", "pagination", "nav", "banner", "widget", "sidebar"),
    r"newsletter|author-?box|authorbox|about-?(?:the-)?author|author-?bio|author-?info|cookie|consent|gdpr|"
    r"content-?blocker|brlbs|disclosure|disclaimer|(?:^|[-_])cta(?:\d|[-_]|$)|(?:^|[-_])ads?(?:[-_]|$)|advert|"
    r"sponsor|promo|related|sharing|social|subscri|donat|recommend|read-?more|further-?reading|"
    r"also-?read|more-?from|outbrain|taboola|popular|trending|most-?read|signup|sign-up|optin|opt-in|mailchimp|"
    r"rating|breadcrumb|pagination|post-?nav|banner|^widget(?:[-_]|$)|sidebar",
)
# short paragraphs and headings inside a body that are site boilerplate, by how they begin: "read also" and
# "related" lead-ins, share / like / support calls, newsletter sign-ups, copyright lines, photo credits,
# "suggested citation" boxes of academic blogs (several languages); both patterns are written in lower case and
# matched against lowercased text
BOILERPLATE_LEAD_IN = re.compile(
    r"^\W*(?:schon gelesen|lesen sie (?:auch|hier|mehr)|mehr zum thema|mehr dazu|weitere informationen|"
    r"weiterlesen|auch interessant|passend dazu|gefällt (?:dir|ihnen)|verwandte (?:artikel|beiträge|themen)|"
    r"ähnliche (?:artikel|beiträge)|"
    r"(?:möchten|willst) (?:sie|du) (?:den artikel|diesen artikel|den beitrag)? ?teilen|jetzt teilen|"
    r"teile diesen|unterstütze|unterstützen sie|folge uns|folgen sie uns|zum newsletter|newsletter abonnieren|"
    r"read (?:more|also|next)|related(?: posts| articles| stories)?:|you (?:may|might) also like|see also|"
    r"also read|more from|recommended for you|share this|like this:|support (?:us|our)|follow us|"
    r"sign up for|subscribe to|join our newsletter|get the .{0,40} newsletter|submit your letter|"
    r"lire aussi|à lire aussi|voir aussi|partager|abonnez-vous|lee también|te puede interesar|le puede interesar|"
    r"leggi anche|potrebbe interessarti|läs även|läs också|dela (?:på|artikeln)|prenumerera|"
    r"czytaj (?:też|także|również)|zobacz (?:też|także)|©|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved|"
    r"alle rechte vorbehalten|"
    r"(?:photo|image|picture|bild|foto|crédit|crédito|illustration|titelbild|beitragsbild|headerbild|"
    r"featured image|header image|cover image)s?(?:\s*[–-]\s*|\s+)?(?:credits?|d'illustration|illustrative|"
    r"de couverture|oben|unten|above|top|below)?\s*:|credits?\s*:|"
    r"(?:photo|image|bild|foto|titelbild|beitragsbild) (?:by|von|via|par) |"
    r"suggested citation|cite (?:this|as)\b|how to cite|zitiervorschlag|zitierweise|citer cet article|"
    r"if you (?:enjoyed|like|liked) (?:reading )?this)",
)  # matched against lowercased text (case-sensitive matching is several times faster than re.I)
# a line that is only an advertisement's label ("- Annons -", "Anzeige", "Advertisement"): the block it opens is an ad
AD_LABEL_LINE = re.compile(r"^\W*(?:annons|anzeige|werbung|advertisement|advertising|sponsored|sponsrad|reklam|"
                           r"publicité|publicidad|pubblicità|advertentie|mainos)\W*$")
BOILERPLATE_ANYWHERE = re.compile(
    r"könnte (?:dich|sie|euch) auch interessieren|(?:might|may) also (?:like|enjoy)|also be interested in|"
    r"all rights reserved|alle rechte vorbehalten|copyrighted property|written permission must be obtained|"
    r"is not responsible for the (?:opinions|content)|tous droits réservés|todos los derechos reservados|"
    # a site's licence notice ("Unless otherwise noted, content on this site is licensed under CC BY")
    r"(?:unless otherwise|sofern nicht anders|soweit nicht anders|sauf mention contraire)[^.]{0,120}"
    r"(?:licen[cs]|lizen[sz]|creative commons|cc[- ]by)|"
    # cookie notices printed into a page's text ("We use cookies", "Informujemy, że korzystamy z cookies")
    r"(?:we|wir) (?:use|verwenden|nutzen|setzen) (?:\w+ )?cookies|this (?:site|website) uses cookies|"
    r"diese (?:website|webseite|seite) (?:verwendet|nutzt) cookies|nous utilisons des cookies|"
    r"utilizamos cookies|usiamo (?:i )?cookie|vi använder (?:oss av )?(?:cookies|kakor)|"
    r"(?:korzystamy z|używamy) (?:plików )?cookies",
)  # lowercased text
# a heading that opens the comment section ("Comments", "Leave a Reply", "3 Kommentare"): where a theme prints
# it inside the content element, the article ends there (lowercased text)
COMMENTS_HEADING = re.compile(
    r"^\W*(?:\d+\s+)?(?:comments?|leave a (?:reply|comment)|kommentare?|kommentar (?:schreiben|hinterlassen)|"
    r"schreibe einen kommentar|commentaires?|laisser un commentaire|comentarios?|deja un comentario|commenti|"
    r"lascia un commento|kommentarer?|reacties|komentarze?)\W*(?:\(?\d+\)?)?\W*$",
)
# the last line of a body pointing elsewhere ("Mehr zu dem Umbau lesen Sie hier: …", "Alles über X findest Du
# hier."): a cross-link the site appends, like "read also" (lowercased text)
TRAILING_POINTER = re.compile(
    r"(?:lesen sie|liest du|findest du|finden sie|gibt es) (?:\w+ )?hier\b|(?:läs|läser du|hittar du) (?:\w+ )?här\b|"
    r"read (?:more|it|the full (?:story|article|post)) here|(?:find|learn) (?:out )?more here|"
    r"lire la suite ici|plus d'informations ici|más información aquí|lee más aquí",
)
# PHP's error messages printed into the page by a misconfigured server (display_errors: "<b>Warning</b>:  … in
# <b>/path/file.php</b> on line <b>82</b><br />", each on its own line): never the author's text
PHP_MESSAGE_LINE = re.compile(
    r"^(?:PHP )?(?:Warning|Notice|Deprecated|Strict Standards|(?:Catchable |Recoverable )?[Ff]atal error|"
    r"Parse error|User (?:Warning|Notice|Deprecated)): .*\.php(?:\(\d+\))? on line \d+$\n?",
    re.M,
)
# left out of the body's text (kept in body_html): image captions and photo credits, by class and by tag
BODY_TEXT_SKIP_CLASSES = frozenset({
    "wp-caption-text", "wp-element-caption", "gallery-caption", "blocks-gallery-caption", "wp-caption-dd",
    "image-caption", "photo-caption", "caption-text", "photo-credit", "image-credit", "credit",
})
BODY_TEXT_SKIP_TAGS = frozenset({"figcaption"})
# WordPress's block editor's layout blocks that hold the author's words: Readability's "tiny text" rule dropped a
# column's one short line, a cover's heading and a file's name. (Not buttons and groups: on the tuning pages those
# were a "Mehr erfahren" call to action and a donation appeal.)
CORE_TEXT_BLOCKS = frozenset({
    "wp-block-column", "wp-block-cover", "wp-block-cover__inner-container", "wp-block-media-text",
    "wp-block-media-text__content", "wp-block-file",
    "wp-block-details",
})

# -------------------------------------------------------------------------------------- generic content
# used only when no BODY selector hits: regexes over class + id, as readability does
UNLIKELY_CANDIDATE = re.compile(
    r"-ad-|ai2html|banner|breadcrumbs?|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|"
    r"legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|"
    r"ad-break|agegate|pagination|pager|popup|yom-remote|share|sharing|newsletter|cookie|navbar|modal",
    re.I,
)
MAYBE_CANDIDATE = re.compile(r"and|article|body|column|content|main|shadow|entry|post|story|text|single", re.I)
POSITIVE_NAME = re.compile(
    r"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|single", re.I)
NEGATIVE_NAME = re.compile(
    r"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|"
    r"masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|"
    r"shopping|tags|tool|widget|nav|menu|social|subscribe|newsletter|author|byline|teaser|breadcrumb",
    re.I,
)

# ------------------------------------------------------------------------------------------ comments
# one element per comment; the first selector that finds any wins
COMMENT_ITEMS = L(
    # WordPress core (Walker_Comment, html5 and legacy markup), block themes, themes that id the <li> li-comment-N
    "li.comment[id^='comment-'], li.pingback[id^='comment-'], li.trackback[id^='comment-'], "
    "div.comment[id^='comment-'], div.pingback[id^='comment-'], div.trackback[id^='comment-'], "
    "article.comment[id^='comment-'], li[id^='li-comment-'], li[id^='comment-'], div.depth-1[id^='comment-'], "
    "article[id^='comment-'], "  # (OceanWP prints a ping as a bare article#comment-N among the list's items)
    "dt[id^='comment-'], "  # a definition list's <dt>, its <dd> moved inside it (document._join_definition_comments)
    # Twenty Eleven's and Twenty Twelve's callbacks (and Flatsome's) print a ping as <li class="post pingback"><p>
    # Pingback: <a>…</a></p> without its id: found, so that a comments_without_id drop names it
    "li.pingback, li.trackback",
    "div[id^='div-comment-'], article[id^='div-comment-']",
    ".wp-block-comment-template > li",
    # comment_class()'s depth-N on divs: replies nest inside their parent's
    "li.comment, dd.comment, div.comment[class*='depth-'], div.pingback[class*='depth-'], "
    "div.trackback[class*='depth-']",
    ".comment-list > li, .commentlist > li",
    "[itemtype$='/Comment']",
)
# what every printed comment carries besides its text: a date, a permalink or reply link, an author
# (comments.py finds comment lists by these when no class above names the items: repeated sibling blocks)
COMMENT_MARKERS = U(
    "time, [datetime], [itemprop='datePublished'], [itemprop='dateCreated'], [itemprop='author'], "
    "a[href*='#comment'], a[href*='replytocom='], .p-author, .dt-published, .h-card, "
    "[class*='uthor'], [class*='date'], [class*='Date']"
)
# last resort: the items of any list whose class names say "comment" (e.g. a theme's "myCommentList")
COMMENT_LIST_NAME = N(("omment",), r"comment")
COMMENT_SCHEMA = L("[itemtype$='/Comment']")
# lists of comments that are not this post's thread: "recent comments" widgets and blocks
NOT_THE_COMMENT_LIST = U(".wp-block-latest-comments, #recentcomments, .recentcomments, .widget_recent_comments, "
                         ".widget-area, #sidebar, .sidebar, footer.site-footer, #footer")
COMMENT_ID_ATTRS = ("id", "data-comment-id", "data-id")
COMMENT_ID_PREFIXES = ("comment-", "li-comment-", "div-comment-")
COMMENT_ID_PATTERNS = (re.compile(r"^(?:div-|li-)?comment-(\d+)$"), re.compile(r"^(\d+)$"))
COMMENT_AUTHOR = L(
    ".comment-author .fn", ".comment-author cite", ".wp-block-comment-author-name", ".comment-author-name",
    ".comment_author", ".fn", ".comment-author", "cite", "[itemprop='author'] [itemprop='name']",
    "[itemprop='author']", ".commenter", ".comment-meta strong", "a.url",
    # comment_author_link()'s rel, whatever classes a theme strips: links in a comment's text get "nofollow ugc"
    "a[rel~='external'][rel~='ugc']",
)
# a theme's own name for the author element, by its class ("harbor-comment__author", "comment-author-name",
# "commentAuthor", "c-commenter", "ms-c__who", "comment-username"): a word for the writer that ends the class
# ("author-avatar", "bypostauthor", "comment-author-admin" do not)
# (with "author" in the languages agencies name their classes in: författare, forfatter, verfasser, auteur, autor…)
COMMENT_AUTHOR_CLASS = re.compile(r"(?:^|[-_])(?:comment[-_]?)?(?:author|commenter|who|user(?:name)?|nick(?:name)?|"
                                  r"f(?:o|ö)rfatt(?:are|er)|verfasser|auteur|autor[ea]?|kirjoittaja)"
                                  r"(?:[-_]?name)?$|(?:^|[-_])name$", re.I)
# inside an author's name: a badge or label the theme adds ("Skribent", "Author", "Admin")
AUTHOR_BADGE_CLASS = re.compile(r"badge|label|role|pill|(?:^|[-_])tag(?:$|[-_])", re.I)
COMMENT_AUTHOR_LINK = L(".comment-author a.url", ".fn a", "a.url", ".wp-block-comment-author-name a",
                        ".comment-author a[href^='http']", "a[rel~='external'][rel~='ugc']")
# elements carrying a machine-readable date in datetime= (or content=)
COMMENT_DATETIME = L(
    ".comment-metadata time[datetime]", ".comment-meta time[datetime]", ".wp-block-comment-date time[datetime]",
    "time[datetime]", "[itemprop='datePublished'][datetime]", "[itemprop='dateCreated'][datetime]",
    "[itemprop='commentTime'][datetime]", "[class*='date'][datetime]",
    "[itemprop='datePublished'][content]", "[itemprop='commentTime'][content]",
)
COMMENT_DATE_TEXT = L(".comment-metadata a", ".comment-metadata", ".comment-meta a", ".comment-meta",
                      ".wp-block-comment-date", ".commentmetadata a", ".commentmetadata", ".comment-date",
                      ".comment-time", ".date", "time", "small")
COMMENT_BODY = L(
    ".comment-content", ".wp-block-comment-content", ".comment-text", ".comment-entry", ".comment_text",
    ".commenttext", ".comment-body-text", "[itemprop='text']", "[itemprop='commentText']", ".text",
    ".comment-body", ".comment-inner",
    ".wpd-comment-text",  # wpDiscuz, the most installed comments plugin that prints comments server-side
)
# left out of a comment's text
COMMENT_NOISE = U(
    ".reply, .comment-reply-link, .comment-meta, .comment-metadata, .commentmetadata, .comment-author, .vcard, "
    ".comment-likes, .jetpack-comment-likes-widget-wrapper, .comment-like-feedback, .likes-widget-placeholder, "
    ".comment-awaiting-moderation, .comment-edit-link, .wp-block-comment-author-name, .wp-block-comment-date, "
    ".wp-block-comment-reply-link, .wp-block-comment-edit-link, .says, script, style, noscript, form, button, "
    "svg, .children"
)
COMMENT_AWAITING_MODERATION = U(".comment-awaiting-moderation")
PINGBACK_CLASSES = frozenset({"pingback"})
TRACKBACK_CLASSES = frozenset({"trackback"})
# a theme's own modifier for both ("lg-comments__item--ping"), a word of a class name
# (not "mention": a comment's "has-mention" modifier marks an @-mention, not a ping)
PING_CLASS_WORDS = frozenset({"ping", "pings", "pingback", "trackback", "webmention", "omnamnande", "omnamnanden"})
COMMENT_AREA = L("#comments", ".comments-area", ".wp-block-comments", ".comment-list", ".commentlist",
                 "#commentlist", ".comments", ".comments-wrapper")
# "h3#comments": WordPress's own fallback comments template (wp-includes/theme-compat/comments.php), which the
# legacy Post Comments block of block themes (twentytwentytwo) and many older themes print
COMMENTS_TITLE = L(".comments-title", ".wp-block-comments-title", "#comments-title", "#comments h2",
                   "#comments h3", "h2#comments, h3#comments")
COMMENT_PAGE_LINKS = L(
    ".comment-navigation a, .comments-pagination a, .comment-nav a, .wp-block-comments-pagination a, "
    ".comment-navigation-links a",
    "a[href*='/comment-page-'], a[href*='cpage=']",
)

# ------------------------------------------------------------------------------------------ comment form
COMMENT_FORM = L(
    "form#commentform", "form.comment-form", "#respond form", "form[action*='wp-comments-post.php']",
    ".wp-block-post-comments-form form", "form.wpd_comm_form",
)
COMMENT_RESPOND = L("#respond", ".comment-respond", ".wp-block-post-comments-form", "#comment-form",
                    ".wpd-form-wrap")
# wpDiscuz (the most installed comment plugin) posts through admin-ajax.php with its own form
WPDISCUZ_FORM = L("form.wpd_comm_form")
JETPACK_IFRAME = L("iframe.jetpack_remote_comment", "iframe#jetpack_remote_comment",
                   "iframe[src*='jetpack.wordpress.com/jetpack-comment']", "iframe[src*='jetpack-comment']")
WPCOM_HIGHLANDER = L("input[name='highlander_comment_nonce']", "input[name='hc_post_as']", "#comment-form-nascar",
                     ".nascar-signin-link")
# Verbum (WordPress.com's JavaScript form, Automattic/jetpack jetpack-mu-wpcom verbum-comments) renders into
# div#comment-form__verbum inside form#commentform
WPCOM_VERBUM = L("#comment-form__verbum", "script[src*='verbum-comments']", "script[id^='verbum']",
                 "link[href*='verbum']")
DISQUS = L("#disqus_thread", "script[src*='disqus.com']", "iframe[src*='disqus.com']")
# forms and comment-like blocks that are not the post's comment form (Jetpack's image carousel, …)
NOT_THE_COMMENT_FORM = U("#jp-carousel-comment-form, .jp-carousel-wrap, .jp-carousel-comment-form, "
                         "#jp-carousel-comments-loading, .jp-carousel-overlay")
CLOSED_NOTICE = L(".comments-closed", "p.no-comments", ".no-comments", "p.nocomments", ".nocomments",
                  ".comments-off", ".comment-closed", "#comments-closed")
MUST_LOG_IN = L(".must-log-in", ".respond-must-login", ".must-login", ".login-required")
FORM_LABELS = L("label")
REQUIRED_MARK = L(".required")
# log-in choices a form offers: WordPress.com's "nascar" icons, social-login plugins; their attributes are
# matched against LOGIN_PROVIDER_NAMES
LOGIN_PROVIDER_NODES = U("a.nascar-signin-link, .comment-form-service, iframe[id*='sign-in'], [data-provider], "
                         "a.wp-social-login-provider, a[href*='loginSocial=']")
LOGIN_PROVIDER_ATTRS = ("data-provider", "href", "title", "id")
# a social log-in plugin's button of its own markup (Super Socializer's <i class="theChampFacebookLogin"
# onclick="theChampInitiateLogin(this, 'facebook')">, wpDiscuz's "wpdsn-fb"): an element inside the form's block
# whose class, id or handler says log-in beside a provider's name
LOGIN_HINT = re.compile(r"login|log-in|signin|sign-in|sign_in|social|oauth|connect|wpdsn", re.I)
LOGIN_HINT_ATTRS = ("class", "id", "onclick", "data-action", "aria-label", "title", "wpd-tooltip", "data-tooltip")
LOGIN_PROVIDER_NAMES = (
    ("wordpress", "wordpress.com"), ("googleplus", "google"), ("google", "google"), ("twitter", "twitter"),
    ("facebook", "facebook"), ("github", "github"), ("linkedin", "linkedin"), ("apple", "apple"),
    ("yahoo", "yahoo"), ("amazon", "amazon"), ("openid", "openid"), ("disqus", "disqus"),
    ("microsoft", "microsoft"), ("instagram", "instagram"), ("tumblr", "tumblr"), ("mastodon", "mastodon"),
)
COOKIE_CONSENT = L("input[name='wp-comment-cookies-consent']", ".comment-form-cookies-consent")
SUBSCRIPTION_OPTIONS = L("input[name='subscribe_comments']", "input[name='subscribe_blog']",
                         "input[name='subscribe']", "input[name='subscribe-reloaded']",
                         ".comment-subscription-form", "#subscribe-blog", "#subscribe-reloaded")
FORM_CONTROLS = U("input, textarea, select")

# notices printed instead of a comment form; matched in the comment area's text
CLOSED_PHRASES = re.compile(
    r"comments are closed|commenting is closed|comments closed|kommentarer är stängda|kommentarer inaktiverade|"
    r"kommentering är avstängd|kommentarer er lukket|kommentarer er stengt|kommentare sind geschlossen|"
    r"kommentarfunktion ist (?:geschlossen|deaktiviert)|kommentare geschlossen|les commentaires sont fermés|"
    r"commentaires fermés|los comentarios están cerrados|comentarios cerrados|i commenti sono chiusi|"
    r"commenti chiusi|reacties zijn gesloten|reageren is (?:gesloten|niet mogelijk)|komentarze są wyłączone|"
    r"os comentários estão encerrados|comentários encerrados|kommentointi on suljettu",
    re.I,
)
LOGIN_PHRASES = re.compile(
    r"must be logged in|must log in|måste vara inloggad|måste logga in|müssen (?:angemeldet|eingeloggt)|"
    r"musst (?:du )?(?:angemeldet|eingeloggt)|"
    r"vous devez être connecté|debes (?:estar registrado|iniciar sesión|acceder)|debe estar registrado|"
    r"devi (?:essere connesso|effettuare il login)|moet ingelogd zijn|musisz być zalogowany|"
    r"må være logget inn|skal være logget ind|precisa estar logado",
    re.I,
)

# ------------------------------------------------------------------------------------------ listings
LISTING_POST_LINKS = L(
    "article .entry-title a::attr(href)",
    ".wp-block-post-title a::attr(href)",
    ".hentry h1 a::attr(href), .hentry h2 a::attr(href), .hentry h3 a::attr(href)",
    ".entry-title a::attr(href)",
    ".post-title a::attr(href)",
    "a[rel='bookmark']::attr(href)",
    "article h1 a::attr(href), article h2 a::attr(href), article h3 a::attr(href)",
)
# where a list of dated links is a widget or the page's chrome, not the listing
LISTING_CHROME = U("aside, nav, footer, header, .widget, #sidebar, .sidebar")
LISTING_NEXT = L(
    "link[rel='next']::attr(href)",
    ".nav-links a.next::attr(href)",
    "a.wp-block-query-pagination-next::attr(href)",
    "a.next.page-numbers::attr(href)",
    # older themes: "Older posts" sits in .nav-previous on listings
    ".nav-previous a::attr(href)",
    "a[rel='next']::attr(href)",
)

# links to the blog's category archives, anywhere on a page: the_category()'s rel, wp_list_categories()'s items, the
# categories block, then the default category base and plain permalinks' ?cat=N (a localised base, /kategori/,
# is found by the marks)
CATEGORY_ARCHIVE_LINKS = L(
    "a[rel~='category']::attr(href)",
    "li.cat-item > a::attr(href)",
    ".wp-block-categories a::attr(href)",
    "a[href*='/category/']::attr(href)",
    "a[href*='cat=']::attr(href)",
)

# ------------------------------------------------------------------------------------------ media (page requisites)
# the post's featured image, as post_thumbnail() / the post-featured-image block print it; first hit wins
FEATURED_IMAGE = L("img.wp-post-image", ".wp-block-post-featured-image img", ".post-thumbnail img",
                   ".featured-image img", ".entry-thumbnail img")
# what the page needs to look as it did: the theme's styles, scripts, icons and preloaded fonts
REQUISITE_STYLESHEETS = U("link[rel~='stylesheet']::attr(href)")
REQUISITE_SCRIPTS = U("script[src]::attr(src)")
REQUISITE_ICONS = U("link[rel~='icon']::attr(href), link[rel='apple-touch-icon']::attr(href)")
REQUISITE_FONTS = U("link[rel='preload'][as='font']::attr(href)")
# lazy-loading plugins keep the real address in one of these while src holds a placeholder
LAZY_IMAGE_ATTRS = ("data-src", "data-lazy-src", "data-orig-file", "data-large-file")
# --------------------------------------------------------------------------------------------- erasure
# Entries of "recent comments" widgets and blocks, which name commenters on every page (crawler/erasure.py takes
# an erased commenter out of them); an lxml XPath, since the erasure edits the tree it searches.
RECENT_COMMENT_ITEMS_XPATH = (
    "//li[contains(concat(' ', normalize-space(@class), ' '), ' recentcomments ') or "
    "contains(concat(' ', normalize-space(@class), ' '), ' wp-block-latest-comments__comment ')]")

# --------------------------------------------------------------------------------- comments on other platforms
# a class naming one comment (not the list, its parts or its counters): "comment", "kommentar-item", "MtnComment",
# "c-comment-card"; comments.named_comment_items groups repeated siblings carrying one (a last fallback)
COMMENT_ITEM_NAME = N(("comment", "kommentar"),
                      r"^(?:[a-z]+[-_]{0,2})?(?:comment|kommentar)(?:[-_]{1,2}(?:item|card|entry|box|published))?$")

# ------------------------------------------------------------------------------------------ title and date (issue 13)
# Text inside a title heading that only screen readers get ("Headline:", a hidden ": " after a kicker): not the title.
TITLE_SCREEN_READER_CLASSES = frozenset({"screen-reader-text", "sr-only", "visually-hidden", "visuallyhidden",
                                         "show-for-sr", "element-invisible", "assistive-text"})
