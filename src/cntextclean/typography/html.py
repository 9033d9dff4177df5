"""HTML debris in scraped text: tags, character entities, and closing tags that lost their ``<``.

Text scraped from web pages keeps pieces of the markup: ``</p><p>`` between paragraphs, ``<br>``
inside them, ``&nbsp;`` and ``&ldquo;`` for characters, and, when bytes were damaged, a closing
tag whose ``<`` went with them (``抓下去。/p>``). ``strip_html`` removes

* tags of the HTML vocabulary (``<p>``, ``</div>``, ``<br/>``, ``<span class="x">``,
  ``<img alt="图">``, case-insensitive, attributes on one line): a run of tags that holds a block
  tag (``p``, ``div``, ``br``, ``li``, ``tr``, headings...) between text on both sides becomes a
  line break, any other run disappears (the spaces around an inline tag stay);
* closing tags that lost their ``<`` (``/p>``), only right after a non-ASCII character;
* character references with their semicolon (``&amp;`` ``&nbsp;`` ``&#8220;`` ``&#x4E2D;``),
  decoded; ``&nbsp;`` becomes a plain space. References to controls, surrogates or nothing
  (``&#0;``) stay as they are, as does a name HTML does not know (``&foo;``).

Double escaping (``&amp;lt;``) is undone to the end. ``<红楼梦>``, ``a < b > c``, ``x<y``, and
``&`` without a semicolon (``?a=1&b=2``) stay.
"""

from __future__ import annotations

import html
import re

from ..pipeline import cleaner

_BLOCK = (
    "address|article|aside|blockquote|body|br|caption|center|dd|div|dl|dt|figcaption|figure|"
    "footer|form|h[1-6]|head|header|hr|html|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|"
    "th|thead|title|tr|ul"
)
_INLINE = (
    "a|abbr|b|big|cite|code|del|em|font|i|img|ins|kbd|label|mark|q|s|small|span|strike|strong|"
    "sub|sup|tt|u|var|wbr"
)
# a tag: name, then (after whitespace) attributes on the same line, at most 500 characters
_TAG_BODY = rf"</?(?:{_BLOCK}|{_INLINE})(?:[ \t][^<>\n]{{0,500}}?)?[ \t]*/?>"
_TAG = re.compile(_TAG_BODY, re.IGNORECASE)
_TAG_RUN = re.compile(rf"[ \t]*(?:{_TAG_BODY}[ \t]*)+", re.IGNORECASE)
_BLOCK_TAG = re.compile(rf"</?(?:{_BLOCK})\b", re.IGNORECASE)
# a closing tag whose "<" was lost, right after a non-ASCII character
_LOST_LT = re.compile(rf"(?<=[^\x00-\x7f])/(?:{_BLOCK}|{_INLINE})>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _entity(m: re.Match[str]) -> str:
    ref = m.group()
    if ref == "&nbsp;":
        return " "
    ch = html.unescape(ref)
    if ch == ref or not ch:
        return ref  # a name HTML does not know
    if len(ch) == 1 and (ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n") or 0x7F <= ord(ch) < 0xA0):
        return ref  # &#0;, a control or a surrogate: not a character worth inventing
    return ch


def _run(m: re.Match[str]) -> str:
    run = m.group()
    text = m.string
    start, end = m.span()
    if _BLOCK_TAG.search(run):
        before = start > 0 and text[start - 1] != "\n"
        after = end < len(text) and text[end] != "\n"
        return "\n" if before and after else ""
    return _TAG.sub("", run)


def _once(text: str) -> str:
    if "&" in text:
        text = _ENTITY.sub(_entity, text)
    if ">" in text:
        if "<" in text:
            text = _TAG_RUN.sub(_run, text)
        if "/" in text:
            text = _LOST_LT.sub("", text)
    return text


@cleaner(
    name="strip_html",
    family="typography",
    summary="Remove HTML tags and decode character references (&nbsp; &ldquo; &#8220;) in scraped text.",
    example=("习近平&ldquo;讲话&rdquo;全文</p><p>第二段<br/>", "习近平“讲话”全文\n第二段"),
    removes=("any",),
)
def strip_html(text: str) -> str:
    """Remove HTML tags and decode character references.

    >>> strip_html("习近平&ldquo;讲话&rdquo;全文</p><p>第二段<br/>")
    '习近平“讲话”全文\\n第二段'
    >>> strip_html("实打实地抓下去。/p>")
    '实打实地抓下去。'
    >>> strip_html("<红楼梦> a < b > c, ?a=1&b=2, &amp;lt;")
    '<红楼梦> a < b > c, ?a=1&b=2, <'
    """
    if "&" not in text and ">" not in text:
        return text
    # every pass shortens the text, so this ends; it ends when a pass finds nothing to do
    while True:
        new = _once(text)
        if new == text:
            return text
        text = new
