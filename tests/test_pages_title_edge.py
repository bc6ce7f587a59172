"""Title reading on sites nobody tuned on (issue 13): small hand-written pages, one per rule, in the markup
shapes news and company sites print (the corpora tests cover the real pages)."""

from __future__ import annotations

from crawler.pages import extract_page

URL = "https://nyheter.example/artikel/analysdagar-12345"


def page(heading: str, *, title: str = "Analysdagar i Botkyrka | Nyheter", og_title: str = "",
         more: str = "") -> str:
    og = f'<meta property="og:title" content="{og_title}">' if og_title else ""
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{title}</title>{og}</head>
<body><header><a class="logo" href="/">Nyheter</a></header>
<main><article>{heading}<p>Brödtext om analysdagarna i Botkyrka, som samlade många deltagare.</p>{more}</article></main>
</body></html>"""


def title_of(html: str) -> str | None:
    return extract_page(html.encode("utf-8"), URL)["title"]


def test_a_kicker_before_a_hidden_separator_leaves_the_title():
    heading = ('<h1 class="article-heading"><span class="article-heading__topic">Kommunen</span>'
               '<span class="visually-hidden">: </span><span>Analysdagar i Botkyrka</span></h1>')
    assert title_of(page(heading, og_title="Kommunen: Analysdagar i Botkyrka")) == "Analysdagar i Botkyrka"
    dash = ('<h1><span class="head-topic">Kommunen</span><span aria-hidden="true"> – </span>'
            '<span class="head-text">Analysdagar i Botkyrka</span></h1>')
    assert title_of(page(dash, og_title="Kommunen – Analysdagar i Botkyrka")) == "Analysdagar i Botkyrka"


def test_a_separator_left_by_a_kicker_class_goes():
    heading = ('<h1 itemprop="headline"><span class="overline">Kommunen</span><span class="colon">: </span>'
               '<span class="headline-text">Analysdagar i Botkyrka</span></h1>')
    assert title_of(page(heading, og_title="Kommunen: Analysdagar i Botkyrka")) == "Analysdagar i Botkyrka"


def test_a_separator_followed_only_by_a_topline_keeps_the_title_before_it():
    heading = ('<h1><span>Analysdagar i Botkyrka</span><span class="aural">: </span>'
               '<small class="topline">Tema: Forskning</small></h1>')
    assert title_of(page(heading, title="Analysdagar - Nyheter")) == "Analysdagar i Botkyrka"


def test_a_kicker_class_holding_the_whole_heading_is_the_title():
    # Drupal prints every field, the title too, with the class "field--label-hidden"
    heading = ('<h1><span class="field field--name-title field--label-hidden">Analysdagar i Botkyrka – '
               'så gick det till</span></h1>')
    assert title_of(page(heading, og_title="Analysdagar i Botkyrka – så gick det till")) == \
        "Analysdagar i Botkyrka – så gick det till"


def test_text_for_screen_readers_only_is_not_part_of_the_title():
    heading = ('<h1 class="document-title"><div><span class="sr-only">Rubrik:</span> Analysdagar i Botkyrka'
               '</div></h1>')
    assert title_of(page(heading, title="Nyheter om kommunen")) == "Analysdagar i Botkyrka"


def test_the_pages_one_h1_beats_a_search_title_that_names_no_heading():
    heading = "<h1>Så blev analysdagarna i Botkyrka</h1><h2>Dagens schema</h2><h2>Så anmäler du dig</h2>"
    assert title_of(page(heading, title="Analysdagar 2019 – program, talare och anmälan",
                         og_title="Dela analysdagarna med dina vänner!")) == "Så blev analysdagarna i Botkyrka"


def test_a_heading_the_metadata_names_beats_a_section_h1():
    # the one-h1 rule comes after this one: a section name as the page's h1 is not the title
    heading = "<h1>Nyheter</h1><h2>Analysdagar i Botkyrka</h2><h2>Fler nyheter</h2>"
    assert title_of(page(heading, title="Kommunen - Nyheter - Analysdagar i Botkyrka")) == \
        "Analysdagar i Botkyrka"


def kubrick_page(*, close_widget: bool, meta_title: str = "Botkyrkabloggen  &raquo; Bloggarkiv   &raquo; Analysdagar i Botkyrka") -> str:
    # Kubrick's markup (WordPress's old default theme): the site name in an h1, the post's title in an h2, and a
    # sidebar widget whose </li> a plugin left out, so that the parser puts the post inside the widget
    widget = '<li id="text-6" class="widget widget_text"><h2 class="widgettitle">Om bloggen</h2>'
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">
<title>{meta_title}</title></head>
<body><div id="page"><div id="header"><h1><a href="/">Botkyrkabloggen</a></h1></div>
<ul class="top-widgets">{widget}{'</li></ul>' if close_widget else ''}
<div id="content"><div class="post" id="post-2037"><h2><a href="/2013/08/07/analysdagar/" rel="bookmark">Analysdagar
i Botkyrka</a></h2><div class="entry"><p>Brödtext om analysdagarna i Botkyrka, som samlade många deltagare från
kommunen, bostadsbolagen och föreningarna i tre dagar av samtal om hur vi bygger och förvaltar tillsammans.</p>
</div></div></div>{'' if close_widget else '</li></ul>'}</div></body></html>"""


def test_kubricks_blog_archive_label_and_a_widget_left_open_around_the_post():
    assert title_of(kubrick_page(close_widget=True)) == "Analysdagar i Botkyrka"
    # a search title longer than the heading: the heading, even inside the widget left open
    seo = "Analysdagar i Botkyrka 2013: program och anmälan"
    assert title_of(kubrick_page(close_widget=False, meta_title=seo)) == "Analysdagar i Botkyrka"
    # the title when no heading names it: the meta title without the site's name and the label
    no_heading = kubrick_page(close_widget=True).replace("<h2><a", "<p><a").replace("</a></h2>", "</a></p>")
    assert title_of(no_heading) == "Analysdagar i Botkyrka"
