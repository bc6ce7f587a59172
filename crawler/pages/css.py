"""A small CSS selector engine over a per-page index, so that hundreds of selectors cost dictionary look-ups.

XPath over a whole page costs a tree walk per selector (~0.2–0.4 ms each on a blog page); the selector lists in
`selectors.py` hold several hundred. Here one pass over the tree indexes elements by class, id and tag, and each
selector starts from the smallest matching bucket, then checks the rest of its compound and its ancestors.

Supported syntax (enough for theme markup): type, `*`, `.class`, `#id`, `[attr]`, `[attr=v]`, `[attr~=v]`,
`[attr^=v]`, `[attr$=v]`, `[attr*=v]`, `[attr|=v]` (values quoted or not, spaces inside quotes), descendant
(` `) and child (`>`) combinators, and a trailing `::attr(name)` or `::text` to return strings instead of
elements. Anything else (pseudo-classes, `+` and `~`) raises ValueError when the selector is compiled, which
`selectors.py` does at import. tests/test_css_differential.py checks every selector there against lxml.cssselect
on corpus pages.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from crawler.pages.text import raw_text

_ATTR = re.compile(r"""\[\s*([\w:-]+)\s*(?:([~^$*|]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]+))\s*)?\]""")
_SIMPLE = re.compile(r"([.#])([\w-]+)")
_TYPE = re.compile(r"^(\*|[a-zA-Z][\w-]*)")
_PSEUDO = re.compile(r"::(attr)\(\s*([\w:-]+)\s*\)\s*$|::(text)\s*$")


@dataclass(frozen=True)
class _Compound:
    tag: str | None
    id: str | None
    classes: tuple[str, ...]
    attrs: tuple[tuple[str, str | None, str | None], ...]

    def matches(self, el: etree._Element) -> bool:
        if self.tag is not None and el.tag != self.tag:
            return False
        if self.id is not None and el.get("id") != self.id:
            return False
        if self.classes:
            have = (el.get("class") or "").split()
            for c in self.classes:
                if c not in have:
                    return False
        for name, op, value in self.attrs:
            got = el.get(name)
            if got is None:
                return False
            if op is None:
                continue
            if op == "=":
                ok = got == value
            elif op == "~=":
                ok = value in got.split()
            elif op == "^=":
                ok = got.startswith(value)
            elif op == "$=":
                ok = got.endswith(value)
            elif op == "*=":
                ok = value in got
            else:  # |=
                ok = got == value or got.startswith(value + "-")
            if not ok:
                return False
        return True


def _parse_compound(text: str) -> _Compound:
    rest = text
    tag = None
    m = _TYPE.match(rest)
    if m:
        tag = None if m.group(1) == "*" else m.group(1).lower()
        rest = rest[m.end():]
    attrs = []
    for am in _ATTR.finditer(rest):
        value = next((g for g in am.groups()[2:] if g is not None), None)
        attrs.append((am.group(1).lower(), am.group(2), value))
    rest = _ATTR.sub("", rest)
    ident, classes = None, []
    for sm in _SIMPLE.finditer(rest):
        if sm.group(1) == "#":
            ident = sm.group(2)
        else:
            classes.append(sm.group(2))
    leftover = _SIMPLE.sub("", rest).strip()
    if leftover:
        raise ValueError(f"unsupported selector syntax {leftover!r} in {text!r}")
    return _Compound(tag, ident, tuple(classes), tuple(attrs))


def _tokens(text: str) -> list[str]:
    """Compounds and ">" of a complex selector: whitespace splits, except inside [...] and quotes."""
    out: list[str] = []
    buf: list[str] = []
    depth, quote = 0, ""
    for ch in text:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"" and depth:
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif depth == 0 and (ch.isspace() or ch == ">"):
            if buf:
                out.append("".join(buf))
                buf = []
            if ch == ">":
                out.append(">")
            continue
        buf.append(ch)
    if buf:
        out.append("".join(buf))
    if depth or quote:
        raise ValueError(f"unbalanced [ or quote in selector {text!r}")
    return out


class _Chain:
    """One complex selector (compounds joined by combinators), optionally ending in ::attr() / ::text."""

    def __init__(self, source: str):
        self.source = source
        text = source.strip()
        self.pseudo: tuple[str, str | None] | None = None
        pm = _PSEUDO.search(text)
        if pm:
            self.pseudo = ("attr", pm.group(2)) if pm.group(1) else ("text", None)
            text = text[:pm.start()].strip()
        parts: list[_Compound] = []
        combinators: list[str] = []
        pending = " "
        for tok in _tokens(text):
            if not tok:
                continue
            if tok == ">":
                pending = ">"
                continue
            if parts:
                combinators.append(pending)
            parts.append(_parse_compound(tok))
            pending = " "
        if not parts:
            raise ValueError(f"empty selector {source!r}")
        self.parts = tuple(parts)
        self.combinators = tuple(combinators)  # combinators[i] joins parts[i] and parts[i+1]
        # ".name" alone: answered straight from the class index, no matching needed
        only = parts[0]
        single = len(parts) == 1 and not only.attrs
        self.simple_class = only.classes[0] if (single and len(only.classes) == 1 and only.tag is None
                                                 and only.id is None) else None
        self.simple_id = only.id if (single and only.id is not None and not only.classes) else None
        # every class / id the chain needs: when the page lacks one, nothing can match (checked first)
        self.required_classes = tuple({c for p in parts for c in p.classes})
        self.required_ids = tuple({p.id for p in parts if p.id is not None})

    def _ancestors_match(self, el: etree._Element, i: int) -> bool:
        """Do parts[:i] match el's ancestors (parts[i] already matched el)?"""
        if i == 0:
            return True
        comp = self.parts[i - 1]
        parent = el.getparent()
        if self.combinators[i - 1] == ">":
            return parent is not None and comp.matches(parent) and self._ancestors_match(parent, i - 1)
        while parent is not None:
            if comp.matches(parent) and self._ancestors_match(parent, i - 1):
                return True
            parent = parent.getparent()
        return False

    def elements(self, index: "PageIndex", context: etree._Element | None) -> list:
        by_class = index.by_class
        for c in self.required_classes:
            if c not in by_class:
                return []
        for i in self.required_ids:
            if i not in index.by_id:
                return []
        if self.simple_id is not None:
            lo, hi = index.span(context)
            tag = self.parts[0].tag
            return [el for el in index.with_id(self.simple_id)
                    if (tag is None or el.tag == tag) and lo <= index.order.get(el, -1) <= hi]
        if self.simple_class is not None:
            entry = index.by_class.get(self.simple_class)
            if entry is None:
                return []
            if context is None:
                return list(entry[0])
            lo, hi = index.span(context)
            positions = entry[1]
            return entry[0][bisect_left(positions, lo):bisect_right(positions, hi)]
        lo, hi = index.span(context)
        last = self.parts[-1]
        pool = index.bucket(last, lo, hi)
        if not pool:
            return []
        # a selective leftmost compound (".cat-links a"): look only inside its matches
        if len(self.parts) > 1 and len(pool) > 8:
            first = self.parts[0]
            roots = index.bucket(first, 0, len(index.elements)) if (first.id or first.classes) else None
            if roots is not None:
                roots = [r for r in roots if first.matches(r)]
                inside: list = []
                seen: set = set()
                for r in roots:
                    rlo, rhi = index.span(r)
                    rlo, rhi = max(rlo + 1, lo), min(rhi, hi)
                    if rlo > rhi:
                        continue
                    for el in index.bucket(last, rlo, rhi):
                        if el not in seen:
                            seen.add(el)
                            inside.append(el)
                    if len(inside) > len(pool):
                        break
                else:
                    if len(roots) > 1:
                        order = index.order
                        inside.sort(key=order.__getitem__)
                    pool = inside
        n = len(self.parts) - 1
        found = []
        for el in pool:
            if last.matches(el) and (n == 0 or self._ancestors_match(el, n)):
                found.append(el)
        return found


def _split_commas(source: str) -> list[str]:
    out, depth, start = [], 0, 0
    for i, ch in enumerate(source):
        if ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        elif ch == "," and depth == 0:
            out.append(source[start:i])
            start = i + 1
    out.append(source[start:])
    return [s.strip() for s in out if s.strip()]


class Selector:
    """One compiled CSS selector (commas allowed); `sel(index, context)` returns matches in document order.

    Elements, or strings when the selector ends in ::attr(name) / ::text.
    """

    def __init__(self, source: str):
        self.source = source
        self.chains = tuple(_Chain(s) for s in _split_commas(source))
        pseudos = {c.pseudo for c in self.chains}
        if len(pseudos) > 1:
            raise ValueError(f"alternatives must end in the same pseudo-element: {source!r}")
        self.pseudo = self.chains[0].pseudo
        # alternatives that are each one class, one tag or one id: a small context is scanned once with set
        # look-ups instead of one index query per alternative
        self._sets: tuple[frozenset, frozenset, frozenset] | None = None
        if len(self.chains) > 3 and all(len(c.parts) == 1 and not c.parts[0].attrs and
                                        (len(c.parts[0].classes) + (c.parts[0].tag is not None) +
                                         (c.parts[0].id is not None)) == 1 for c in self.chains):
            comps = [c.parts[0] for c in self.chains]
            self._sets = (frozenset(c.classes[0] for c in comps if c.classes),
                          frozenset(c.tag for c in comps if c.tag), frozenset(c.id for c in comps if c.id))

    def __repr__(self) -> str:
        return f"Selector({self.source!r})"

    def _scan(self, index: "PageIndex", lo: int, hi: int) -> list:
        classes, tags, ids = self._sets
        found = []
        for el in index.elements[lo:hi + 1]:
            if el.tag in tags:
                found.append(el)
                continue
            if ids and el.get("id") in ids:
                found.append(el)
                continue
            c = el.get("class")
            if c and not classes.isdisjoint(c.split()):
                found.append(el)
        return found

    def __call__(self, index: "PageIndex", context: etree._Element | None = None) -> list:
        if self._sets is not None and context is not None:
            lo, hi = index.span(context)
            if hi - lo < 8 * len(self.chains):
                found = self._scan(index, lo, hi)
                return found if self.pseudo is None else self._strings(found)
        if len(self.chains) == 1:
            found = self.chains[0].elements(index, context)
        else:
            seen: set = set()
            found = []
            for chain in self.chains:
                for el in chain.elements(index, context):
                    if el not in seen:
                        seen.add(el)
                        found.append(el)
            order = index.order
            found.sort(key=lambda e: order.get(e, -1))
        if self.pseudo is None:
            return found
        return self._strings(found)

    def _strings(self, found: list) -> list:
        if self.pseudo[0] == "attr":
            name = self.pseudo[1]
            return [v for v in (el.get(name) for el in found) if v is not None]
        return [raw_text(el) for el in found]


# attributes most elements of their kind carry: an index of them would not narrow anything down
_COMMON_ATTRS = frozenset({"href", "src", "class", "id", "title", "alt", "style", "name", "type", "content",
                           "value"})


_GENERATED = re.compile(r"\d{3}|[0-9a-f]{6,}$")


@lru_cache(maxsize=1 << 16)
def _name_matches(pattern: "NamePattern", name: str) -> bool:
    """Cached across pages: a site's pages share their class names."""
    if pattern.quick.search(name.lower()) is None:  # case-sensitive on lowercased text: ~6x faster than re.I
        return False
    return pattern.regex.search(name) is not None and _GENERATED.search(name) is None


class NamePattern:
    """A regex over class / id names with literal keywords one of which every match contains (a fast
    pre-check: most names on a page contain none of them)."""

    def __init__(self, keywords: tuple[str, ...], regex: str):
        self.keywords = tuple(k.lower() for k in keywords)
        self.quick = re.compile("|".join(re.escape(k) for k in self.keywords))
        self.regex = re.compile(regex, re.I)

    def search(self, name: str) -> bool:
        return _name_matches(self, name)


class PageIndex:
    """Elements of one parsed page by class and id (built once), by tag and attribute (built on first use),
    with document positions.

    Build it after parsing and before modifying the tree; nodes removed later stay in the index, so query
    before cleaning (the page objects read everything first and clean the body last).
    """

    def __init__(self, root: etree._Element):
        elements = list(root.iter(etree.Element))
        order = dict(zip(elements, range(len(elements))))
        by_class: dict[str, tuple[list, list]] = {}
        by_id: dict[str, etree._Element] = {}
        repeated: dict[str, list[etree._Element]] = {}
        for pos, el in enumerate(elements):
            c = el.get("class")
            if c:
                for k in c.split():
                    b = by_class.get(k)
                    if b is None:
                        by_class[k] = ([el], [pos])
                    elif b[0][-1] is not el:
                        b[0].append(el)
                        b[1].append(pos)
            ident = el.get("id")
            if ident:
                if ident not in by_id:
                    by_id[ident] = el
                else:  # invalid HTML, but pages repeat ids (widgets printed twice): CSS matches them all
                    repeated.setdefault(ident, [by_id[ident]]).append(el)
        self.root = root
        self.order = order
        self.by_class = by_class
        self.by_id = by_id  # the first element with each id (what getElementById answers)
        self.repeated_ids = repeated
        self.elements = elements
        self._by_tag: dict[str, tuple[list, list]] = {}
        self._by_attr: dict[str, tuple[list, list]] = {}
        self._spans: dict[etree._Element, tuple[int, int]] = {}
        self._names: dict[object, list[tuple[int, etree._Element]]] = {}

    def with_id(self, ident: str) -> list[etree._Element]:
        """Every element with this id, in document order."""
        repeated = self.repeated_ids.get(ident)
        if repeated is not None:
            return repeated
        el = self.by_id.get(ident)
        return [el] if el is not None else []

    def tag_bucket(self, tag: str) -> tuple[list, list]:
        if not self._by_tag:
            # every tag at once, on the first query: one pass over the indexed elements costs less than a
            # tree walk per tag (a page asks for 10–20 tags)
            by_tag = self._by_tag
            for pos, el in enumerate(self.elements):
                entry = by_tag.get(el.tag)
                if entry is None:
                    by_tag[el.tag] = ([el], [pos])
                else:
                    entry[0].append(el)
                    entry[1].append(pos)
        return self._by_tag.get(tag, ([], []))

    def attr_bucket(self, name: str) -> tuple[list, list] | None:
        entry = self._by_attr.get(name)
        if entry is None:
            if ":" in name:
                return None
            # a scan of the indexed elements (their positions come free) beats an XPath plus a position look-up
            els, positions = [], []
            for pos, el in enumerate(self.elements):
                if el.get(name) is not None:
                    els.append(el)
                    positions.append(pos)
            entry = self._by_attr[name] = (els, positions)
        return entry

    def names_matching(self, pattern: NamePattern) -> list[tuple[int, etree._Element]]:
        """(position, element) for elements whose class tokens or id match pattern, in document order."""
        found = self._names.get(pattern)
        if found is None:
            hits: dict[int, etree._Element] = {}
            for name, (els, positions) in self.by_class.items():
                if _name_matches(pattern, name):
                    for el, pos in zip(els, positions):
                        hits[pos] = el
            for ident, el in self.by_id.items():
                if _name_matches(pattern, ident):
                    hits[self.order[el]] = el
            found = self._names[pattern] = sorted(hits.items())
        return found

    def span(self, context: etree._Element | None) -> tuple[int, int]:
        """Document positions [first, last] of context and its descendants (the whole page for None)."""
        if context is None or context is self.root:
            return 0, len(self.elements) - 1
        cached = self._spans.get(context)
        if cached is not None:
            return cached
        lo = self.order.get(context)
        if lo is None:
            return 1, 0
        last = context
        while True:
            child = None
            for c in reversed(last):
                if isinstance(c.tag, str):
                    child = c
                    break
            if child is None:
                break
            last = child
        result = (lo, self.order.get(last, lo))
        self._spans[context] = result
        return result

    def bucket(self, comp: _Compound, lo: int, hi: int) -> list:
        """Candidate elements for a compound within positions [lo, hi], in document order."""
        if comp.id is not None:
            return [el for el in self.with_id(comp.id) if lo <= self.order[el] <= hi]
        entry = None
        if comp.classes:
            entry = min((self.by_class.get(c, ((), ())) for c in comp.classes), key=lambda b: len(b[0]))
        else:
            if comp.tag is not None:
                entry = self.tag_bucket(comp.tag)
            if comp.attrs and comp.attrs[0][0] not in _COMMON_ATTRS and (entry is None or len(entry[0]) > 60):
                if entry is None and 3 * (hi - lo) < len(self.elements):
                    return self.elements[lo:hi + 1]  # a small context: scanning it beats a page-wide index
                by_attr = self.attr_bucket(comp.attrs[0][0])
                if by_attr is not None and (entry is None or len(by_attr[0]) < len(entry[0])):
                    entry = by_attr
            if entry is None:
                return self.elements[lo:hi + 1]
        els, positions = entry
        if not els:
            return []
        if lo <= 0 and hi >= len(self.elements) - 1:
            return els
        a = bisect_left(positions, lo)
        b = bisect_right(positions, hi)
        return els[a:b]


def compile_list(*sources: str) -> tuple[Selector, ...]:
    return tuple(Selector(s) for s in sources)
