"""Describe a post's comment form (what a visitor is asked for, how log-in works); never follow or submit it."""

from __future__ import annotations

import re

from lxml import etree

from crawler.items import CommentFormItem, FormField
from crawler.pages import selectors as S
from crawler.pages.document import Page
from crawler.pages.text import clean_inline, element_text, is_hidden, raw_text

_NOT_FIELDS = frozenset({"hidden", "submit", "button", "reset", "image"})


def _not_trap(nodes: list, traps: set[etree._Element]) -> list:
    if not traps:
        return nodes
    return [n for n in nodes if n not in traps and not any(a in traps for a in n.iterancestors())]


def _first(page: Page, selectors, traps: set[etree._Element],
           context: etree._Element | None = None) -> etree._Element | None:
    for sel in selectors:
        found = _not_trap(sel(page.index, context), traps)
        if found:
            return found[0]
    return None


def _labels_for(page: Page, form: etree._Element, control: etree._Element) -> list[etree._Element]:
    cid = control.get("id")
    if not cid:
        return []
    return [lab for lab in page.first_hit(S.FORM_LABELS, form) if lab.get("for") == cid]


def _label(page: Page, form: etree._Element, control: etree._Element) -> str | None:
    labels = _labels_for(page, form, control)
    node = labels[0] if labels else None
    if node is None:
        node = next((a for a in control.iterancestors("label")), None)
    # a label's text without its required-field marker
    text = clean_inline(element_text(node, skip=set(page.first_hit(S.REQUIRED_MARK, node)))) \
        if node is not None else None
    if not text:
        text = clean_inline(control.get("placeholder") or control.get("aria-label") or control.get("title"))
    if text:
        text = text.rstrip(" *:").strip() or None
    return text


def _is_required(page: Page, form: etree._Element, control: etree._Element) -> bool:
    if control.get("required") is not None or (control.get("aria-required") or "").lower() == "true":
        return True
    for node in _labels_for(page, form, control):
        if "*" in raw_text(node) or page.first_hit(S.REQUIRED_MARK, node):
            return True
    parent = control.getparent()
    return parent is not None and parent.tag != "form" and bool(page.first_hit(S.REQUIRED_MARK, parent))


def _fields(page: Page, form: etree._Element) -> tuple[list[FormField], list[str]]:
    fields: list[FormField] = []
    hidden: list[str] = []
    seen: set[str] = set()
    for control in page.select(S.FORM_CONTROLS, form):
        name = control.get("name")
        if not name:
            continue
        kind = control.tag if control.tag != "input" else (control.get("type") or "text").lower()
        if kind == "hidden" or _honeypot(control, form):
            if name not in hidden:
                hidden.append(name)
            continue
        if kind in _NOT_FIELDS or name in seen:
            continue
        seen.add(name)
        fields.append(FormField(name=name, type=kind, is_required=_is_required(page, form, control),
                                label=_label(page, form, control)))
    return fields, hidden


def _honeypot(control: etree._Element, form: etree._Element) -> bool:
    """A field anti-spam plugins hide from people (Antispam Bee's decoy "comment" textarea, aria-hidden and out of
    the tab order; Akismet's ak_hp_textarea in a display:none paragraph): a visitor never fills it, so it is no
    field of the form. (Fields a form shows only after a click, WordPress.com's guest fields, are hidden too, but
    neither marked so nor named so.)"""
    if (control.get("aria-hidden") or "").lower() == "true" or control.get("tabindex") == "-1":
        return True
    for node in (control, *control.iterancestors()):
        if node is form:
            return False
        if is_hidden(node) and _HONEYPOT_NAME.search(" ".join(filter(None, (
                control.get("name"), node.get("class"), node.get("id"))))):
            return True
    return False


_HONEYPOT_NAME = re.compile(r"akismet|honeypot|hpot|(?:^|[_-])hp(?:[_-]|$)|anti-?spam", re.I)


def _providers(page: Page, scope: etree._Element | None) -> list[str]:
    """Log-in providers the form offers, normalised, in the order the page shows them."""
    out: list[str] = []
    if scope is None:
        return out
    for node in page.select(S.LOGIN_PROVIDER_NODES, scope):
        for attr in S.LOGIN_PROVIDER_ATTRS:
            name = _provider_named(node.get(attr) or "")
            if name:
                if name not in out:
                    out.append(name)
                break
    if not out:
        for node in scope.iter(etree.Element):
            value = " ".join(node.get(attr) or "" for attr in S.LOGIN_HINT_ATTRS)
            if len(value) < 4 or not S.LOGIN_HINT.search(value):
                continue
            name = _provider_named(value)
            if name and name not in out:
                out.append(name)
    return out


def _provider_named(value: str) -> str | None:
    """The log-in provider an attribute's value names ("theChampFacebookLogin" → facebook), if any."""
    value = value.lower()
    return next((name for needle, name in S.LOGIN_PROVIDER_NAMES if needle in value), None)


def _closed_notice(page: Page, traps: set[etree._Element]) -> str | None:
    node = _first(page, S.CLOSED_NOTICE, traps)
    if node is not None:
        text = clean_inline(element_text(node))
        if text and S.CLOSED_PHRASES.search(text):
            return text
    area = _first(page, S.COMMENT_AREA, traps)
    if area is not None:
        for el in area.iter("p", "div", "span", "h3", "h4", "li"):
            own = clean_inline(raw_text(el))
            if own and len(own) < 120 and S.CLOSED_PHRASES.search(own):
                return own
    return None


def extract_comment_form(page: Page) -> CommentFormItem:
    """What the page offers for commenting. Traps (Jetpack's image-carousel form, …) are ignored."""
    traps = set(page.select(S.NOT_THE_COMMENT_FORM))
    form = _first(page, S.COMMENT_FORM, traps)
    respond = _first(page, S.COMMENT_RESPOND, traps)
    iframe = _first(page, S.JETPACK_IFRAME, traps)
    scope = respond if respond is not None else form
    if scope is not None and form is not None and form not in scope.iter("form"):
        scope = form
    highlander = scope is not None and bool(page.first_hit(S.WPCOM_HIGHLANDER, scope))
    verbum = _first(page, S.WPCOM_VERBUM, traps) is not None
    disqus = bool(page.first_hit(S.DISQUS))

    item = CommentFormItem()
    if highlander:
        item.form_kind = "wpcom-highlander"
    elif verbum and (form is not None or respond is not None):
        item.form_kind = "wpcom-js"
    elif iframe is not None:
        item.form_kind = "jetpack-iframe"
    elif form is not None:
        action = form.get("action") or ""
        item.form_kind = ("wordpress-core" if "wp-comments-post.php" in action
                          else "wpdiscuz" if form in page.first_hit(S.WPDISCUZ_FORM) else "other")
    elif disqus:
        item.form_kind = "disqus"
    elif respond is not None and not is_hidden(respond) and clean_inline(raw_text(respond)) and \
            not S.CLOSED_PHRASES.search(raw_text(respond)):
        # a respond block without a form we know: a log-in prompt or a script's form (not the block that says
        # comments are closed: wpDiscuz keeps its form's wrapper for that notice)
        item.form_kind = "other"

    login_text = ""
    if respond is not None:
        login_text = " ".join(respond.itertext())
    elif form is not None:
        login_text = " ".join(form.itertext())
    must_log_in = _first(page, S.MUST_LOG_IN, traps)
    item.requires_login = must_log_in is not None or bool(S.LOGIN_PHRASES.search(login_text))
    if iframe is not None and "comment_registration=1" in (iframe.get("src") or ""):
        item.requires_login = True  # Jetpack's form is in the iframe; its address carries the blog's setting

    item.is_present = item.form_kind is not None
    # a page with a form is open; only a page without one says (or not) that comments are closed
    item.closed_notice = None if (form is not None or iframe is not None) else _closed_notice(page, traps)
    item.is_open = item.is_present and (form is not None or iframe is not None or disqus or verbum
                                        or item.requires_login)
    if form is not None:
        item.action_url = page.absolute(form.get("action"))
        item.method = (form.get("method") or "get").lower()
        item.fields, item.hidden_fields = _fields(page, form)
    elif iframe is not None:
        item.action_url = page.absolute(iframe.get("src"))
    # log-in buttons may sit beside the form, not in it (wpDiscuz prints them in its form's head, and an empty
    # div#respond elsewhere): the comment area holding the form is searched
    area = _first(page, S.COMMENT_AREA, traps) if scope is not None else None
    item.login_providers = _providers(page, area if area is not None and area in scope.iterancestors() else scope)
    item.has_cookie_consent = scope is not None and bool(page.first_hit(S.COOKIE_CONSENT, scope))
    item.has_subscription_options = scope is not None and bool(page.first_hit(S.SUBSCRIPTION_OPTIONS, scope))
    if not item.is_present and item.closed_notice is None:
        item.is_open = False
    return item
