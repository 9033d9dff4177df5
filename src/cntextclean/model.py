"""The page model: :class:`Article` and :class:`Page`.

``Page.to_dict()`` gives the JSON of CONTRACT.md (the shape of ``shared/gold/*.json``)::

    {"page_id": "dev_001",
     "articles": [{"headline": ..., "subtitle": ..., "byline": ..., "section": ...,
                   "paragraphs": [...]}],
     "furniture": [...], "fragments": [...]}
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Article:
    """One article of a page, its parts cleaned, its paragraphs in reading order."""

    headline: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    section: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    #: the 引题 (kicker) line above the headline, if any
    kicker: str | None = None
    #: extra information for debugging (block roles, continuation links and their scores)
    debug: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, *, debug: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "headline": self.headline,
            "subtitle": self.subtitle,
            "byline": self.byline,
            "section": self.section,
            "paragraphs": list(self.paragraphs),
        }
        if self.kicker is not None:
            d["kicker"] = self.kicker
        if debug and self.debug:
            d["debug"] = self.debug
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        return cls(
            headline=d.get("headline"),
            subtitle=d.get("subtitle"),
            byline=d.get("byline"),
            section=d.get("section"),
            paragraphs=list(d.get("paragraphs") or []),
            kicker=d.get("kicker"),
        )

    def lines(self) -> list[str]:
        """The article as ``clean`` prints it: headline, subtitle, byline, then paragraphs."""
        head = [x for x in (self.kicker, self.headline, self.subtitle, self.byline) if x]
        return head + [p for p in self.paragraphs if p]


@dataclass
class Page:
    """A page: its articles in reading order, the furniture set aside, and fragments."""

    page_id: str | None = None
    articles: list[Article] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    fragments: list[str] = field(default_factory=list)
    debug: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, *, debug: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "page_id": self.page_id,
            "articles": [a.to_dict(debug=debug) for a in self.articles],
            "furniture": list(self.furniture),
            "fragments": list(self.fragments),
        }
        if debug and self.debug:
            d["debug"] = self.debug
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Page:
        return cls(
            page_id=d.get("page_id"),
            articles=[Article.from_dict(a) for a in d.get("articles", [])],
            furniture=list(d.get("furniture") or []),
            fragments=list(d.get("fragments") or []),
        )

    def to_text(self, *, keep_furniture: bool = False) -> str:
        """Plain text as ``clean`` prints a page: one paragraph per line, a blank line between
        articles; furniture and fragments only with ``keep_furniture``."""
        blocks = ["\n".join(a.lines()) for a in self.articles]
        if keep_furniture:
            extra = [*self.furniture, *self.fragments]
            if extra:
                blocks.insert(0, "\n".join(extra))
        return "\n\n".join(b for b in blocks if b)

    def to_markdown(self) -> str:
        """The page as Markdown: ``## headline``, subtitle and byline in emphasis, paragraphs."""
        out: list[str] = []
        for a in self.articles:
            if a.section:
                out.append(f"<!-- section: {a.section} -->")
            if a.kicker:
                out.append(f"*{a.kicker}*")
            out.append(f"## {a.headline}" if a.headline else "## (untitled)")
            if a.subtitle:
                out.append(f"*{a.subtitle}*")
            if a.byline:
                out.append(f"**{a.byline}**")
            out.append("")
            for p in a.paragraphs:
                out.extend([p, ""])
        if self.fragments:
            out.append("---")
            out.extend(f"> {f}" for f in self.fragments)
        return "\n".join(out).rstrip() + "\n"
