"""A small CSS selector engine over a per-page index, so that hundreds of selectors cost dictionary look-ups.

XPath over a whole page costs a tree walk per selector (~0.2–0.4 ms each on a blog page); the selector lists in
`selectors.py` hold several hundred. Here one pass over the tree indexes elements by class, id and tag, and each
selector starts from the smallest matching bucket, then checks the rest of its compound and its ancestors.

Supported syntax (enough for theme markup): type, `*`, `.class`, `#id`, `[attr]`, `[attr=v]`, `[attr~=v]`,
`[attr^=v]`, `[attr$=v]`, `[attr*=v]`, `[attr|=v]`, descendant (` `) and child (`>`) combinators, and a
trailing `::attr(name)` or `::text` to return strings instead of elements. No pseudo-classes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from lxml import etree

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

    def matches(self, el: etree._Element, classes_of: dict) -> bool:
        if self.tag is not None and el.tag != self.tag:
            return False
        if self.id is not None and el.get("id") != self.id:
            return False
        if self.classes:
            have = classes_of.get(el)
            if have is None:
                c = el.get("class")
                have = frozenset(c.split()) if c else frozenset()
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
        for tok in re.split(r"\s*(>)\s*|\s+", text):
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

    def _ancestors_match(self, el: etree._Element, i: int, classes_of: dict, stop: etree._Element | None) -> bool:
        """Do parts[:i] match el's ancestors (parts[i] already matched el)?"""
        if i == 0:
            return True
        comp = self.parts[i - 1]
        parent = el.getparent()
        if self.combinators[i - 1] == ">":
            return parent is not None and comp.matches(parent, classes_of) and \
                self._ancestors_match(parent, i - 1, classes_of, stop)
        while parent is not None:
            if comp.matches(parent, classes_of) and self._ancestors_match(parent, i - 1, classes_of, stop):
                return True
            parent = parent.getparent()
        return False

    def elements(self, index: "PageIndex", context: etree._Element | None) -> list:
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
                roots = [r for r in roots if first.matches(r, index.classes_of)]
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
        classes_of = index.classes_of
        n = len(self.parts) - 1
        found = []
        for el in pool:
            if last.matches(el, classes_of) and (n == 0 or self._ancestors_match(el, n, classes_of, context)):
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

    def __repr__(self) -> str:
        return f"Selector({self.source!r})"

    def __call__(self, index: "PageIndex", context: etree._Element | None = None) -> list:
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
        if self.pseudo[0] == "attr":
            name = self.pseudo[1]
            return [v for v in (el.get(name) for el in found) if v is not None]
        return ["".join(el.itertext()) for el in found]


class PageIndex:
    """Elements of one parsed page by class, id and tag, with document positions (built in one pass).

    Build it after parsing and before modifying the tree; nodes removed later stay in the index, so query
    before cleaning (the page objects read everything first and clean the body last).
    """

    def __init__(self, root: etree._Element):
        order: dict[etree._Element, int] = {}
        by_class: dict[str, tuple[list, list]] = {}
        by_id: dict[str, etree._Element] = {}
        by_tag: dict[str, tuple[list, list]] = {}
        classes_of: dict[etree._Element, frozenset] = {}
        elements: list[etree._Element] = []
        for i, el in enumerate(root.iter(etree.Element)):
            order[el] = i
            elements.append(el)
            tag = el.tag
            bucket = by_tag.get(tag)
            if bucket is None:
                by_tag[tag] = ([el], [i])
            else:
                bucket[0].append(el)
                bucket[1].append(i)
            c = el.get("class")
            if c:
                cs = frozenset(c.split())
                classes_of[el] = cs
                for k in cs:
                    b = by_class.get(k)
                    if b is None:
                        by_class[k] = ([el], [i])
                    else:
                        b[0].append(el)
                        b[1].append(i)
            ident = el.get("id")
            if ident and ident not in by_id:
                by_id[ident] = el
        self.root = root
        self.order = order
        self.by_class = by_class
        self.by_id = by_id
        self.by_tag = by_tag
        self.classes_of = classes_of
        self.elements = elements
        self._spans: dict[etree._Element, tuple[int, int]] = {}

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
            el = self.by_id.get(comp.id)
            if el is None:
                return []
            pos = self.order[el]
            return [el] if lo <= pos <= hi else []
        if comp.classes:
            entry = min((self.by_class.get(c, ((), ())) for c in comp.classes), key=lambda b: len(b[0]))
        elif comp.tag is not None:
            entry = self.by_tag.get(comp.tag, ((), ()))
        else:
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
