"""Page object for what a post page shows and needs beyond its text: images, the featured image, page requisites.

`extract_media(html, url, body_html)` is a pure function: the post page's bytes and URL, plus the post body the
page reading kept (so "an image in the post" means exactly the body the archive stores). `stylesheet_refs`
reads a stylesheet's own requisites (fonts, images, imports) and `image_size` the pixel size an image file
declares in its header. No Scrapy, no I/O.
"""

from __future__ import annotations

import re
import struct
from urllib.parse import urldefrag

from lxml import etree, html as lxml_html

from crawler.items import MediaItem
from crawler.pages import selectors as S
from crawler.pages.document import Page, absolute
from crawler.pages.text import element_text, lxml_safe

_SRCSET_ENTRY = re.compile(r"\s*(\S+)(?:\s+(\d+(?:\.\d+)?)([wx]))?\s*(?:,|$)")
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3""", re.I)


def _absolute(value: str | None, base: str | None) -> str | None:
    """An absolute http(s) URL without its fragment, or None (empty, data:, javascript:, …)."""
    absolute_url = absolute(value, base)
    if not absolute_url or not absolute_url.startswith(("http://", "https://")):
        return None
    return urldefrag(absolute_url)[0]


def largest_srcset_candidate(srcset: str | None) -> str | None:
    """The srcset entry with the largest width (``800w``) or density (``2x``) descriptor."""
    best: tuple[float, str] | None = None
    for m in _SRCSET_ENTRY.finditer(srcset or ""):
        url, size = m.group(1), float(m.group(2) or 1)
        if url and (best is None or size > best[0]):
            best = (size, url)
    return best[1] if best else None


def _int(value: str | None) -> int | None:
    return int(value) if value and value.strip().isdigit() else None


def _caption(img: etree._Element) -> str | None:
    for ancestor in img.iterancestors():
        if ancestor.tag == "figure":
            for caption in ancestor.iter("figcaption"):
                text = element_text(caption).strip()
                return text or None
            return None
    return None


def _image_urls(img: etree._Element, base: str | None) -> list[str]:
    """The address the page shows and, when srcset offers a larger one, that one too."""
    src = img.get("src")
    if not src or src.startswith("data:"):
        src = next((img.get(a) for a in S.LAZY_IMAGE_ATTRS if img.get(a)), src)
    urls = [_absolute(src, base), _absolute(largest_srcset_candidate(img.get("srcset") or img.get("data-srcset")), base)]
    return list(dict.fromkeys(u for u in urls if u))


def _image_items(imgs: list[etree._Element], base: str | None, kind: str) -> list[MediaItem]:
    items: list[MediaItem] = []
    for img in imgs:
        alt = img.get("alt")
        for url in _image_urls(img, base):
            items.append(MediaItem(url=url, kind=kind, position=len(items),
                                   alt_text=alt.strip() if alt is not None else None, caption=_caption(img),
                                   declared_width=_int(img.get("width")), declared_height=_int(img.get("height"))))
    return items


def _body_images(body_html: str | None) -> list[etree._Element]:
    if not body_html or "<img" not in body_html:
        return []
    root = lxml_html.fragment_fromstring(lxml_safe(body_html), create_parent="div")
    return list(root.iter("img"))


def extract_media(html: bytes | str, url: str | None, body_html: str | None,
                  content_type: str | None = None) -> list[MediaItem]:
    """Every image in the post body, the featured image, and the page's stylesheets, scripts, icons and fonts."""
    page = Page.parse(html, url, content_type)
    if page is None:
        return []
    items = _image_items(_body_images(body_html), url, "image")
    featured = page.first_hit(S.FEATURED_IMAGE)
    items += _image_items(featured[:1], url, "featured_image")
    for kind, selector in (("stylesheet", S.REQUISITE_STYLESHEETS), ("script", S.REQUISITE_SCRIPTS),
                           ("icon", S.REQUISITE_ICONS), ("font", S.REQUISITE_FONTS)):
        urls = dict.fromkeys(u for u in (_absolute(v, url) for v in page.select(selector)) if u)
        items += [MediaItem(url=u, kind=kind, position=i) for i, u in enumerate(urls)]
    return items


def stylesheet_refs(css: bytes, url: str) -> list[str]:
    """What a stylesheet pulls in (fonts, background images, ``@import``s), as absolute URLs, in order."""
    text = css.decode("utf-8", "replace")
    found = (_absolute(m.group(2) or m.group(4), url) for m in _CSS_URL.finditer(text))
    return list(dict.fromkeys(u for u in found if u))


def image_size(payload: bytes) -> tuple[int, int] | None:
    """(width, height) in pixels from a PNG, GIF, JPEG or WebP header; None for anything else."""
    head = payload[:32]
    if head.startswith(b"\x89PNG\r\n\x1a\n") and len(payload) >= 24:
        return struct.unpack(">II", payload[16:24])
    if head[:6] in (b"GIF87a", b"GIF89a") and len(payload) >= 10:
        return struct.unpack("<HH", payload[6:10])
    if head.startswith(b"RIFF") and payload[8:12] == b"WEBP":
        chunk = payload[12:16]
        if chunk == b"VP8X" and len(payload) >= 30:
            return (int.from_bytes(payload[24:27], "little") + 1, int.from_bytes(payload[27:30], "little") + 1)
        if chunk == b"VP8 " and len(payload) >= 30:
            w, h = struct.unpack("<HH", payload[26:30])
            return w & 0x3FFF, h & 0x3FFF
        if chunk == b"VP8L" and len(payload) >= 25:
            bits = int.from_bytes(payload[21:25], "little")
            return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
        return None
    if head.startswith(b"\xff\xd8"):
        return _jpeg_size(payload)
    return None


def _jpeg_size(payload: bytes) -> tuple[int, int] | None:
    at = 2
    while at + 9 < len(payload):
        if payload[at] != 0xFF:
            return None
        marker = payload[at + 1]
        length = struct.unpack(">H", payload[at + 2:at + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", payload[at + 5:at + 9])
            return width, height
        at += 2 + length
    return None


def is_image_payload(payload: bytes, content_type: str | None) -> bool:
    """Is this what an <img> can show? By its bytes (a 404 page served as image/png is not an image)."""
    if image_size(payload) is not None:
        return True
    return bool(content_type and content_type.startswith("image/svg") and b"<svg" in payload[:2048])
