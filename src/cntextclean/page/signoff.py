"""A dispatch sign-off goes home to the bylined report it closes.

A report filed by a correspondent prints a byline over its text (``本报驻俄罗斯记者 刘刚``) and
closes with a dispatch sign-off (``（本报莫斯科１月６日电）``); a report that opens with a
dateline (``新华社北京１月８日电``) names its place there and prints no sign-off. On the dev and
variant gold pages the 35 sign-offs all end a bylined report's last paragraph, and none stands
in a report that opens with a dateline.

Where the reading order puts the paragraph that carries a sign-off on a report that opens with
a dateline (an OCR engine or a flowing extraction reading another column's last paragraph
after it), :func:`place_signoffs` moves it to the end of the bylined report that has no
sign-off yet: the only one, or the one whose opening (headline, subtitle, first paragraph) the
paragraph shares clearly the most words with (:func:`~cntextclean.page.topic.core_shares`).

Measured (``tools/score_articles.py``, cer / pair_f1): dev pdftotext 0.2292 / 0.854 ->
0.2217 / 0.855, pdfminer 0.2833 / 0.824 -> 0.2796 / 0.826, tess150 0.1366 / 0.925 ->
0.1338 / 0.930, tess300 0.1483 / 0.936 -> 0.1458 / 0.938; variant bench pdftotext 0.3114 ->
0.3108, pdfminer 0.3745 -> 0.3706, OCR 0.1952 -> 0.1950 and 0.1746 -> 0.1722; PyMuPDF,
``-layout``, the text variants and the seeds unchanged. One page loses cer (tess150 dev_026:
the sign-off goes to the right report, whose other paragraphs the reading mixed up).

A report prints nothing after its sign-off, so the paragraph that carries it then goes after
the report's other paragraphs: dev pdftotext 0.2217 / 0.855 -> 0.2248 / 0.857 (dev_036: a
sign-off printed on a line of its own was joined to a paragraph that does not end the report,
and that paragraph now goes last), pdfminer 0.2796 / 0.826 -> 0.2761 / 0.827; variant bench
pdftotext 0.3108 / 0.821 -> 0.3080 / 0.830, pdfminer 0.3706 -> 0.3691; PyMuPDF, ``-layout``
and OCR unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..charclass import drop_space
from ..outlets import OUTLET_RE
from .order import Draft, opens_with_dateline
from .topic import TOPIC_RATIO, core_shares

__all__ = ["is_dispatch_signoff", "place_signoffs"]

_DISPATCH = re.compile(rf"[（(](?:{OUTLET_RE})[^（）()]{{1,16}}?[0-9０-９]{{1,2}}月[0-9０-９]{{1,2}}日电[）)]$")


def is_dispatch_signoff(text: str) -> bool:
    """Does the paragraph end with a dispatch sign-off?

    >>> is_dispatch_signoff("…有充分的思想准备。（本报莫斯科１月６日电）"), is_dispatch_signoff("（邢燕翔）")
    (True, False)
    """
    return bool(_DISPATCH.search(drop_space(text)))


def place_signoffs(drafts: Sequence[Draft], texts: Sequence[str]) -> int:
    """Send each paragraph that carries a dispatch sign-off home (see the module's docstring)
    and put it after its report's other paragraphs; returns how many paragraphs moved. The
    paragraphs' sign-offs are looked for once.

    A report that opens with a dateline prints no sign-off: its paragraph goes to the end of
    the bylined report that has none.

    >>> texts = ["俄货币改革有条不紊", "本报驻俄罗斯记者 刘刚", "俄罗斯货币改革已数日了。",
    ...          "税收增长", "本报北京１月８日讯 记者李建兴报道：去年工商税收增长。",
    ...          "俄罗斯实施货币改革受到欢迎。（本报莫斯科１月６日电）"]
    >>> ru = Draft(headline=[0], byline=[1], paragraphs=[[2]])
    >>> tax = Draft(headline=[3], paragraphs=[[4], [5]])
    >>> place_signoffs([ru, tax], texts), ru.paragraphs, tax.paragraphs
    (1, [[2], [5]], [[4]])

    A report prints nothing after its sign-off: the paragraphs the reading put after it were
    printed before it.

    >>> texts = ["俄货币改革有条不紊", "俄罗斯货币改革已数日了。", "受到欢迎。（本报莫斯科１月６日电）", "１月１日记者到街上转了一圈。"]
    >>> d = Draft(headline=[0], paragraphs=[[1], [2], [3]])
    >>> place_signoffs([d], texts), d.paragraphs
    (1, [[1], [3], [2]])
    """
    # the paragraphs that carry one, by their first block (a paragraph keeps it when it moves)
    signed = {grp[0] for d in drafts for grp in d.paragraphs if is_dispatch_signoff("".join(texts[k] for k in grp))}
    if not signed:
        return 0
    return _rehome(drafts, texts, signed) + _last(drafts, signed)


def _rehome(drafts: Sequence[Draft], texts: Sequence[str], signed: set[int]) -> int:
    """Move each signed paragraph out of a report that opens with a dateline, to the end of the
    bylined report without a sign-off that it belongs to (the only one, or the one whose
    opening shares clearly the most of its words)."""
    arts = [d for d in drafts if d.has_body]
    has = [any(grp[0] in signed for grp in d.paragraphs) for d in arts]
    moves = 0
    for x, d in enumerate(arts):
        if not has[x] or not opens_with_dateline(d, texts):
            continue
        for j in range(len(d.paragraphs) - 1, 0, -1):
            if d.paragraphs[j][0] not in signed:
                continue
            homes = [y for y, h in enumerate(arts)
                     if y != x and h.byline and not has[y] and not opens_with_dateline(h, texts)]
            if len(homes) > 1:
                text = "".join(texts[k] for k in d.paragraphs[j])
                shares = core_shares(text, [arts[y] for y in homes], texts)
                order = sorted(range(len(homes)), key=lambda k: -shares[k])
                best, second = shares[order[0]], shares[order[1]]
                homes = [homes[order[0]]] if best > 0 and best >= TOPIC_RATIO * second else []
            if len(homes) != 1:
                continue
            y = homes[0]
            arts[y].paragraphs.append(d.paragraphs.pop(j))
            has[y] = True
            moves += 1
    return moves


def _last(drafts: Sequence[Draft], signed: set[int]) -> int:
    """Put each report's one signed paragraph (never its first) after its other paragraphs."""
    moves = 0
    for d in drafts:
        at = [j for j, grp in enumerate(d.paragraphs[:-1]) if grp[0] in signed]
        if len(at) == 1 and at[0] > 0:
            d.paragraphs.append(d.paragraphs.pop(at[0]))
            moves += 1
    return moves
