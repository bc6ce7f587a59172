"""crawler/pages/css.py against lxml.cssselect: every selector in crawler/pages/selectors.py, on real corpus pages,
must select exactly the elements cssselect selects (the `::attr()` / `::text` endings are parsel's, not CSS:
compared on the elements they read from)."""

from __future__ import annotations

import json

import pytest
from lxml.cssselect import CSSSelector

from crawler.pages import selectors
from crawler.pages.css import PageIndex, Selector
from crawler.pages.document import Page, parse_html
from tests.corpora_support import CORPORA, OTHER_CORPORA, WORDPRESS_CORPORA
from tests.shared_data import require_corpora


def _all_selectors() -> list[Selector]:
    found: list[Selector] = []
    for value in vars(selectors).values():
        items = value if isinstance(value, tuple) else (value,)
        found.extend(v for v in items if isinstance(v, Selector))
    return found


def _pages(every: int = 15) -> list[tuple[str, Page]]:
    require_corpora()  # skips saying what the corpora are and where to get them (fails under CI=true)
    pages = []
    for name in WORDPRESS_CORPORA + OTHER_CORPORA:
        manifest = json.loads((CORPORA / name / "manifest.json").read_text(encoding="utf-8"))
        for entry in manifest["pages"][::every]:
            page = Page.parse((CORPORA / name / entry["html_file"]).read_bytes())
            if page is not None:
                pages.append((f"{name}/{entry['id']}", page))
    return pages


def _elements(sel: Selector, index: PageIndex) -> list:
    """The elements a selector reads from (its ::attr / ::text ending dropped)."""
    bare = Selector(", ".join(c.source.split("::")[0] for c in sel.chains))
    return bare(index)


def test_every_selector_in_selectors_py_matches_lxml_cssselect_on_corpus_pages():
    sels = _all_selectors()
    assert len(sels) > 100, len(sels)
    pages = _pages()
    assert len(pages) > 50, len(pages)
    compiled = [(s, CSSSelector(", ".join(c.source.split("::")[0] for c in s.chains), translator="html"))
                for s in sels]
    checked = matched_something = 0
    mismatches = []
    for page_id, page in pages:
        for sel, reference in compiled:
            ours = _elements(sel, page.index)
            theirs = reference(page.root)
            checked += 1
            matched_something += bool(theirs)
            if ours != theirs:
                mismatches.append((page_id, sel.source, len(ours), len(theirs)))
    assert not mismatches, f"{len(mismatches)} of {checked} differ, e.g. {mismatches[:5]}"
    assert matched_something > 500  # the comparison saw real matches, not only empty lists


def test_quoted_values_with_spaces_and_a_repeated_id_select_as_css_does():
    root = parse_html('<html><body><a title="Read more" id="x">1</a><p id="x" class="a b">2</p>'
                      '<div><a title="Read more">3</a><a title="Read">4</a></div></body></html>')
    index = PageIndex(root)
    for source in ("[title='Read more']", 'div > [title="Read more"]', "#x", "p#x", "[id=x].b", "div a[title^='Read ']"):
        ours = Selector(source)(index)
        assert ours == CSSSelector(source, translator="html")(root), source
        assert ours, source


@pytest.mark.parametrize("source", ["a:first-child", "li:not(.x)", "h2 + p", "h2 ~ p", "a[title='x'"])
def test_what_the_engine_cannot_do_is_rejected_when_compiled(source):
    with pytest.raises(ValueError):
        Selector(source)
