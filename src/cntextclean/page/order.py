"""Reading order: blocks with roles -> articles, continuations followed, heads re-attached.

Extraction order is only roughly reading order: a headline lands after its first paragraphs,
two articles interleave, a paragraph cut at a column break continues several blocks later.
:func:`assemble` rebuilds the page in three steps:

1. **Chains** (:mod:`~cntextclean.page.continuation`): the blocks of one paragraph, linked
   globally; a chain stands where its first block stands.
2. **Walk** the blocks in extraction order. A paragraph goes to the article of the body block
   before it (so a continuation that lands in another article's run brings the following
   paragraphs back with it); a headline, a byline, a dateline (``新华社…电``) or a closed
   article (after an author note) opens a new one; a headline that turns up after the body
   of an article that has a byline but no headline, and shares its words, is that article's.
3. **Match** what is left globally: headlines that found no body and articles that have no
   headline are paired by shared words (:func:`similarity`); bylines likewise. A head that
   matches nothing is a fragment of an article that is not on the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain

from ..charclass import drop_space, han_count, is_han
from ..layout.lines import (
    CLAUSE_MARK,
    HEAD_GAP,
    close_letter_spacing,
    closes_bracket_first,
    han_4grams,
    is_list_item,
)
from ..outlets import BYLINE_ROLES
from .assign import best_pairs
from .continuation import Link, Piece, chains, find_links, interleave_strides, seam_recurs
from .joinscore import reads_as_words, word_join_score
from .roles import (
    ROLE_AUTHOR_NOTE,
    ROLE_BODY,
    ROLE_BYLINE,
    ROLE_EDITOR_NOTE,
    ROLE_HEADING,
    ROLE_SECTION,
    ROLE_SUBTITLE,
    closes_article,
    ends_sentence,
    is_byline,
    is_dateline,
    is_heading_like,
    is_name_line,
    is_whole_headline,
)

__all__ = ["Draft", "assemble", "bigrams", "headline_text", "names_source", "opens_with_dateline", "read_before",
           "read_last_before", "shared", "similarity"]

#: share of a headline's character bigrams that must recur in a body to tie them
_SIM_ATTACH = 0.34
_SIM_MATCH = 0.25
#: an article that has its byline but no headline yet takes the next headline more readily
_SIM_BYLINED = 0.1
#: share of a byline's bigrams a body must print to be its article's
SIM_BYLINE_BODY = 0.2


@dataclass
class Draft:
    """An article being assembled (block indices; text is cleaned later)."""

    headline: list[int] = field(default_factory=list)
    subtitle: list[int] = field(default_factory=list)
    byline: list[int] = field(default_factory=list)
    section: int | None = None
    #: paragraphs, each a chain of block indices
    paragraphs: list[list[int]] = field(default_factory=list)
    closed: bool = False
    notes: list[str] = field(default_factory=list)
    #: the article this one was cut from at a dateline (merged back if no headline claims it)
    split_from: Draft | None = None
    #: its byline was read under another article's headline (one whose dateline names its
    #: reporter): unless a headline claims it, it goes on the article read before it
    stray_byline: bool = False
    #: a headline line read inside another article's paragraph (OCR): it heads a body without
    #: headline if one reads like it, but cuts no article in two
    stray: bool = False

    @property
    def has_body(self) -> bool:
        return bool(self.paragraphs)

    def blocks(self) -> Iterator[int]:
        """Every block of the article: headline, subtitle, byline, paragraphs."""
        return chain(self.headline, self.subtitle, self.byline, *self.paragraphs)


def headline_text(d: Draft, texts: Sequence[str]) -> str:
    """The text of ``d``'s headline blocks, joined (empty where it has none)."""
    return "".join(texts[k] for k in d.headline)


def bigrams(text: str) -> frozenset[str]:
    """The Han character bigrams of ``text`` (the words :func:`similarity` compares)."""
    han = [c if is_han(c) else " " for c in text]
    s = "".join(han)
    return frozenset(s[i : i + 2] for i in range(len(s) - 1) if " " not in s[i : i + 2])


def shared(hb: frozenset[str], bb: frozenset[str]) -> float:
    """:func:`similarity` of two texts' :func:`bigrams` (to compare one text with many)."""
    return round(len(hb & bb) / len(hb), 4) if hb else 0.0


def opens_with_dateline(d: Draft, texts: Sequence[str]) -> bool:
    """Does the article's first paragraph open with a dateline (``本报讯记者…报道``)? Such an
    article has no byline: the dateline names its reporter (none of the 133 of the dev and
    seed gold has one)."""
    return d.has_body and is_dateline(texts[d.paragraphs[0][0]])


def names_source(d: Draft, texts: Sequence[str]) -> bool:
    """Does the article name its source, as a news report does: a byline, or a dateline opening
    its text (every headed report of the dev gold does one or the other)?"""
    return bool(d.byline) or opens_with_dateline(d, texts)


def read_before(cands: Sequence[Draft], at: int) -> Draft | None:
    """Of ``cands``, the article whose text was read last before block ``at`` (None where
    none was read before it)."""
    return read_last_before(cands, at)[0]


def read_last_before(cands: Sequence[Draft], at: int, *, headlines: bool = False) -> tuple[Draft | None, int]:
    """Of ``cands``, the article whose text (``headlines``: or headline) was read last before
    block ``at``, and that block (None, -1 where none was read before it)."""
    host, host_at = None, -1
    for h in cands:
        blocks = chain(h.headline, *h.paragraphs) if headlines else chain.from_iterable(h.paragraphs)
        last = max((b for b in blocks if b < at), default=-1)
        if last > host_at:
            host, host_at = h, last
    return host, host_at


def similarity(head: str, body: str) -> float:
    """Share of ``head``'s Han bigrams that occur in ``body`` (0..1).

    >>> similarity("大庆萨尔图：三管齐下为优化营商环境护航", "萨尔图区纪委监委以打造便捷高效政务环境为切入点")
    0.1875
    """
    hb = bigrams(head)
    return shared(hb, bigrams(body)) if hb else 0.0


def _under_label(i: int, roles: Sequence[str], texts: Sequence[str]) -> bool:
    """Is block ``i`` read right after a section label (furniture and captions between) that
    reads as whole words (``社会``; not ``动破解问``, the cut-off end of a paragraph taken for one)?"""
    k = i - 1
    while k >= 0 and roles[k] in ("furniture", "caption"):
        k -= 1
    return k >= 0 and roles[k] == ROLE_SECTION and reads_as_words(texts[k])


def assemble(
    texts: Sequence[str],
    roles: Sequence[str],
    pieces: dict[int, Piece],
    groups: Sequence[object] | None = None,
    runs: Sequence[object] | None = None,
    *,
    ocr: bool = False,
    side_by_side: frozenset[int] = frozenset(),
) -> tuple[list[Draft], list[list[int]], dict[str, object]]:
    """Articles (as :class:`Draft`) and fragments (block index groups) of a page.

    ``texts``/``roles`` cover every block in extraction order; ``pieces`` gives the layout
    evidence of the body blocks (by block index). Returns drafts, fragments and debug info.
    ``groups``: each block's extraction group (a flowing extraction's blank-line blocks, which
    the layout step may cut finer into column pieces); ``runs``: its blank-line block, where
    known (default: ``groups``). ``side_by_side``: headline blocks set side by side and read
    one after the other, each over its own dateline further on.
    """
    n = len(texts)
    roles = list(roles)
    # two headings in separate blank-line blocks are two headlines (see the heading runs)
    apart = runs if runs is not None else groups
    # a heading-like block followed by a block that starts mid-sentence may be the first
    # printed line of that paragraph: it competes for the continuation like any body block
    ambiguous = {
        i for i in range(n - 1)
        if roles[i] == ROLE_HEADING and roles[i + 1] == ROLE_BODY and i in pieces
        # (one line with the gap of a two-part headline is no paragraph's first line)
        and not (pieces[i].n_lines <= 1 and HEAD_GAP.search(texts[i]))
        # (nor a headline wrapped over lines, the first well short of the column)
        and not pieces[i].wrapped_short
        and i + 1 in pieces and not pieces[i + 1].starts_paragraph
        and not is_dateline(texts[i + 1])  # a dateline opens an article's first paragraph
    }
    body_idx = [
        i for i in range(n)
        if roles[i] == ROLE_BODY or i in ambiguous
        or (roles[i] == ROLE_EDITOR_NOTE and len(texts[i].strip()) > 6)
    ]
    heads_before = 0
    marks: dict[int, tuple[int, bool]] = {}
    after_byline: set[int] = set()
    closed_before: set[int] = set()
    closes = 0
    closes_at: dict[int, int] = {}
    prev_role = None
    prev_i = -1
    for i in range(n):
        if i in pieces:
            closes_at[i] = closes
            marks[i] = (heads_before, prev_role in (ROLE_HEADING, ROLE_BYLINE, ROLE_SUBTITLE))
            # (a byline at the top of a page, right after the page before's running footer,
            # over a line that visibly starts mid-sentence: its article goes on there from the
            # page before, dev_023 pdftotext; not on OCR pages, whose engine reads a running
            # header or a caption anywhere: dev tess150 cer 0.153 -> 0.158 with it)
            top_of_page = (not ocr and prev_i > 0 and roles[prev_i - 1] == "furniture"
                           and not pieces[i].starts_paragraph and pieces[i].start_known)
            if prev_role == ROLE_BYLINE and not top_of_page:
                after_byline.add(i)
            if prev_role == ROLE_AUTHOR_NOTE or (prev_role == ROLE_BODY and closes_article(texts[prev_i])):
                closed_before.add(i)
        if roles[i] in (ROLE_HEADING, ROLE_BYLINE, ROLE_SUBTITLE):
            heads_before += 1
        if roles[i] == ROLE_AUTHOR_NOTE or (roles[i] == ROLE_BODY and closes_article(texts[i])):
            closes += 1
        if roles[i] not in ("furniture", "caption"):
            prev_role = roles[i]
            prev_i = i
    plist = [
        replace(pieces[i], index=i, heads_before=marks.get(i, (0, False))[0],
                after_head=marks.get(i, (0, False))[1], left_only=i in ambiguous,
                after_close=i in closed_before, after_byline=i in after_byline,
                closes_before=closes_at.get(i, 0))
        for i in body_idx
    ]
    # the page's first body block, under at most a headline fragment and before any byline
    first = next((k for k, i in enumerate(body_idx) if i not in ambiguous), None)
    if first is not None:
        i0 = body_idx[first]
        over = [k for k in range(i0) if roles[k] not in ("furniture", "caption", ROLE_SECTION)]
        # (a line that runs on under a whole headline opens that article's first paragraph)
        if (len(over) <= 1 and all(roles[k] == ROLE_HEADING for k in over) and len(texts[i0]) <= 40
                and not (over and is_whole_headline(texts[over[0]]) and not ends_sentence(texts[i0]))):
            plist[first] = replace(plist[first], page_top=True)
    # headlines and other non-body text, where a phrase cut by a column break may recur
    context = "\n".join(texts[i] for i in range(n) if roles[i] not in (ROLE_BODY,))
    links: list[Link] = find_links(plist, context, monotone=ocr)
    linked_left = {body_idx[lk.left] for lk in links}
    for i in ambiguous:
        if i in linked_left:
            roles[i] = ROLE_BODY
    keep = [k for k, i in enumerate(body_idx) if i not in ambiguous or i in linked_left]
    if len(keep) != len(body_idx):
        remap = {k: new for new, k in enumerate(keep)}
        links = [Link(remap[lk.left], remap[lk.right], lk.score) for lk in links]
        body_idx = [body_idx[k] for k in keep]
        plist = [plist[k] for k in keep]
    chain_list = [[body_idx[k] for k in c] for c in chains(len(plist), links)]
    chain_of: dict[int, list[int]] = {}
    for c in chain_list:
        for b in c:
            chain_of[b] = c
    debug_links = [
        {"from": body_idx[lk.left], "to": body_idx[lk.right], "score": round(lk.score, 3)}
        for lk in links
    ]
    col_prev = _column_predecessors(plist, body_idx, pieces)
    page_grams = frozenset() if ocr else han_4grams("\n".join(texts))  # (for the sub-heads' rests)

    drafts: list[Draft] = []
    art_of_chain: dict[int, Draft] = {}  # chain head -> draft
    cur: Draft | None = None
    section: int | None = None
    deferred: dict[int, list[int]] = {}  # block index -> chains to place when it is reached
    waiting: dict[int, Draft] = {}  # chain head -> paragraphs read before that head was reached
    wait_info: dict[int, tuple[object, Draft | None]] = {}  # id(waiting draft) -> (its group, the article before)
    label: int | None = None  # an editor's-note label waiting for its text
    side_queue: list[Draft] = []  # headlines read one after another, waiting for their datelines
    stray_bylines: set[int] = set()  # bylines under a headline that went to a dateline's article
    # a headline whose rest was just read after other articles' text, and the block read next:
    # a dateline there opens that headline's report
    opening: tuple[Draft | None, int] = (None, -1)
    specks: list[list[int]] = []  # a character or two that no article could take

    def body_text(d: Draft, limit: int = 400) -> str:
        out = ""
        for para in d.paragraphs:
            for b in para:
                out += texts[b]
                if len(out) >= limit:
                    return out
        return out

    def new_draft() -> Draft:
        d = Draft(section=section)
        drafts.append(d)
        return d

    def _waits(d: Draft | None) -> bool:
        return d is not None and any(d is w for w in waiting.values())

    def _unwait(d: Draft | None, at: int) -> Draft | None:
        """The article being read at block ``at``: a waiting draft holds only the paragraphs
        of its own extraction block (the rest of that column run)."""
        if _waits(d) and d is not None:
            grp, before = wait_info[id(d)]
            if groups is None or groups[at] != grp or roles[at] not in (ROLE_BODY, ROLE_EDITOR_NOTE):
                return before
        return d

    def place_chain(c: list[int], d: Draft) -> None:
        nonlocal label, cur
        if label is not None:
            c = [label, *c]
            label = None
        t = texts[c[0]].strip()
        if len(c) == 1 and d.paragraphs and t[:1] in "（(" and closes_article(t):
            d.paragraphs[-1] = [*d.paragraphs[-1], *c]  # a sign-off ends the last paragraph
        else:
            d.paragraphs.append(c)
        art_of_chain[c[0]] = d
        if closes_article(texts[c[-1]]):
            d.closed = True
        w = waiting.pop(c[0], None)
        if w is not None and w is not d:
            # the paragraphs read after this chain's continuation, before its head was reached
            d.paragraphs.extend(w.paragraphs)
            for k, owner in list(art_of_chain.items()):
                if owner is w:
                    art_of_chain[k] = d
            for other in drafts:
                if other.split_from is w:
                    other.split_from = d if other is not d else None
            d.closed = d.closed or w.closed
            w.paragraphs = []
            if cur is w:
                cur = d

    i = 0
    while i < n:
        r = roles[i]
        if r == ROLE_SECTION:
            # (the rest of a bracketed text cut off, ``日电）``, is set aside as a label is, but
            # labels no article)
            if not closes_bracket_first(texts[i]):
                section = i
            i += 1
            continue
        if r in (ROLE_HEADING, ROLE_SUBTITLE):
            # a run of heading blocks (furniture/captions may sit in between)
            run = [i]
            j = i + 1
            while j < n and roles[j] in (ROLE_HEADING, ROLE_SUBTITLE):
                if (apart is not None and roles[j] == ROLE_HEADING and roles[j - 1] == ROLE_HEADING
                        and apart[j] is not None and apart[j] != apart[j - 1]
                        and is_whole_headline(texts[j - 1]) and is_whole_headline(texts[j])):
                    break  # two headlines side by side, read one after the other
                run.append(j)
                j += 1
            heads, subs = _split_run(run, texts, roles)
            jn = j  # the next block that is not furniture
            while jn < n and roles[jn] in ("furniture", "caption", "continuation_note"):
                jn += 1
            head_text = "".join(texts[k] for k in heads + subs)
            cur = _unwait(cur, i)
            if ocr and jn < n and _interrupts_paragraph(i, jn, roles, chain_of):
                # (OCR) a heading read inside a paragraph, between a block and its linked
                # rest: a headline line the engine read out of place, not an article's start
                # (the article being read goes on; the line stays a fragment unless a body
                # without headline claims it)
                stray = Draft(section=section, stray=True)
                stray.headline, stray.subtitle = heads, subs
                stray.notes.append("headline line read inside another article's paragraph")
                drafts.append(stray)
                i = j
                continue
            para = None if ocr else (_subhead_read_on(drafts, heads, subs, texts, roles, page_grams)
                                     or _line_read_on(drafts, heads, subs, texts, roles))
            if para is not None:
                # the rest of a numbered sub-head wrapped over two lines, read apart from its
                # first line (pdfminer: ``一、要充分认识省委十二届四次全`` … ``会的重要意义``),
                # or a paragraph's last line, a word cut between them (``…化工产业高质`` …
                # ``量发展提供有力的学``)
                para.append(heads[0])
                i = j
                continue
            # (and in a flowing extraction, plain pdftotext or pdfminer, whose interleaved
            # columns cut a headline wrapped in a narrow column: ``推动生态工业大`` / ``攀登 跑出高质``
            # … ``量发展加速度``)
            first = _headline_read_on(drafts, heads, subs, texts, one_line=not ocr and groups is None)
            if first is not None:
                # the rest of an earlier headline, cut mid-word by the engine's page
                # segmentation and read where that article's text goes on
                first.headline = [*first.headline, *heads]
                first.notes.append("headline's last line read after other articles")
                cur = first
                opening = (first, jn)
                i = j
                continue
            late = (
                cur is not None
                and not cur.headline
                and not cur.closed
                and cur.has_body
                and (jn >= n or roles[jn] != ROLE_BYLINE or opens_with_dateline(cur, texts))
                and similarity(head_text, body_text(cur)) >= (_SIM_BYLINED if cur.byline else _SIM_ATTACH)
            )
            subhead = (
                cur is not None
                and bool(cur.headline)
                and bool(cur.byline)
                and cur.has_body
                and not cur.closed
                and not subs
                and jn < n
                and roles[jn] == ROLE_BODY
                and jn in chain_of
                and chain_of[jn][0] == jn
                and not is_dateline(texts[jn])
                # (nor one under a section label: a label opens a new article, never a part of
                # the one being read)
                and not _under_label(i, roles, texts)
                # (OCR) and it shares a word with the article: the engine reads a headline
                # anywhere, even inside a bylined article (``江泽民会见美国客人`` between an
                # editorial's paragraphs), and a sub-head speaks of its article's matter
                and (not ocr or similarity(head_text, "".join(texts[k] for k in chain(cur.headline, *cur.paragraphs))) > 0.0)
            )
            if subhead and cur is not None:
                # a sub-head inside a bylined article is an ordinary paragraph
                for k in heads:
                    cur.paragraphs.append([k])
                cur.notes.append("sub-head kept as a paragraph")
            elif late and cur is not None:
                cur.headline, cur.subtitle = heads, subs
                cur.notes.append("headline found after its body")
                if jn < n and roles[jn] == ROLE_BYLINE:
                    stray_bylines.add(jn)
            elif cur is not None and not cur.headline and not cur.has_body and cur.byline and not cur.closed:
                cur.headline, cur.subtitle = heads, subs
            elif (groups is None and not ocr and cur is not None and cur.headline and cur.byline
                  and not cur.subtitle and not cur.has_body and not cur.closed and not subs):
                # headline, byline, headline: an article is never a headline and a byline
                # alone, so the second heading is the rest of the first (a headline's second
                # line set lower, its byline printed beside it between the two lines)
                cur.headline = [*cur.headline, *heads]
                cur.notes.append("headline's second line read after its byline")
            elif (ocr and cur is not None and cur.headline and cur.byline and not cur.has_body
                  and not cur.closed and not subs and len(heads) == 1 and jn < n and roles[jn] == ROLE_BODY):
                # (OCR) headline, byline, heading, body: an article is never a headline and a
                # byline alone; the engine read the body's first line without its punctuation
                cur.paragraphs.append(heads)
                cur.notes.append("heading under the byline kept as the body's first line")
            else:
                cur = new_draft()
                cur.headline, cur.subtitle = heads, subs
                # headlines set side by side and read one after the other, each over its own
                # dateline further on: the i-th dateline opens the i-th headline's article
                if i in side_by_side:
                    side_queue.append(cur)
                else:
                    side_queue.clear()
            i = j
            continue
        if r == ROLE_BYLINE:
            cur = _unwait(cur, i)
            if (cur is not None and cur.byline and cur.byline[-1] == i - 1 and not cur.has_body
                    and (is_name_line(texts[i]) or not is_byline(texts[i]))):
                # the names on the next line (a whole byline of its own, ``杭州市西湖区委书记
                # 高国飞``, is another article's)
                cur.byline.append(i)
            elif cur is not None and not cur.byline and not cur.has_body and not cur.closed:
                cur.byline = [i]
            else:
                cur = new_draft()
                cur.byline = [i]
                cur.stray_byline = i in stray_bylines
            i += 1
            continue
        if r == ROLE_EDITOR_NOTE and len(texts[i].strip()) <= 6 and i not in chain_of:
            label = i
            i += 1
            continue
        if r in (ROLE_BODY, ROLE_EDITOR_NOTE):
            c = chain_of[i]
            if ocr and c == [i] and _is_speck(texts[i]) and not ends_sentence(texts[i]):
                # (not a speck that ends a sentence, ``道。``: a paragraph's last characters)
                owner = _headline_read_on(drafts, [i], [], texts)
                if owner is not None:
                    # (OCR) a headline's last character or two, read far from it (``…案件增``
                    # … ``多``): a word across the seam puts them back
                    owner.headline = [*owner.headline, i]
                    owner.notes.append("headline's last characters read apart")
                    i += 1
                    continue
            if c[0] == i and i in art_of_chain:
                i += 1  # (its paragraph was placed where an earlier block of it was read, below)
                continue
            if c[0] != i:
                # a continuation block: the reader is back in its chain's article
                owner = art_of_chain.get(c[0])
                if (groups is not None and owner is None and c[0] > i and cur is not None and not cur.closed
                        and not _waits(cur) and c[0] not in waiting and marks[c[0]][0] == marks[i][0]):
                    # a flowing extraction read a later block of a paragraph before the block
                    # that opens it, no headline or byline between the two: the paragraph
                    # stands where its first-read block is, in the article being read there,
                    # not where its opening block came (dev_013 pdfminer: ``索尼亚在丈夫遇刺
                    # 身亡后…`` read after its own rest, then placed after the paragraphs that
                    # follow it). Articles cer, dev pdftotext / pdfminer 0.1689 / 0.2749 ->
                    # 0.1680 / 0.2649, variants 0.3063 / 0.3431 -> 0.3011 / 0.3412, other text
                    # (four sets) pdftotext 0.2578 / 0.2430 / 0.3082 / 0.2620 -> 0.2463 /
                    # 0.2302 / 0.2959 / 0.2474, pdfminer 0.3168 / 0.3739 / 0.3247 / 0.4220 ->
                    # 0.3058 / 0.3529 / 0.3148 / 0.4079. (Across a headline too: pdfminer cer
                    # lower on five sets of seven, but pair_f1 lower on the variants, 0.803 ->
                    # 0.785, and held-out other text; and pdftotext worse on three sets)
                    place_chain(c, cur)
                    i += 1
                    continue
                if (owner is not None and cur is not None and cur is not owner and cur.byline
                        and not cur.headline and not cur.has_body and not owner.byline):
                    # a byline read between a paragraph and its rest (set beside the
                    # headline, read late): the article it interrupts is its article
                    owner.byline, cur.byline = cur.byline, []
                    owner.notes.append("byline read inside its first paragraph")
                if owner is not None and not owner.closed:
                    if _waits(owner) and groups is not None:
                        wait_info[id(owner)] = (groups[i], wait_info[id(owner)][1])
                    cur = owner
                elif owner is None and c[0] > i and c[0] not in waiting and groups is not None:
                    # its paragraph opens later in extraction order: what follows here in the
                    # same extraction block is read after that paragraph, in its article
                    before = cur
                    cur = waiting[c[0]] = new_draft()
                    wait_info[id(cur)] = (groups[i], before)
                elif (owner is None and c[0] > i and groups is not None and apart is not None
                      and i + 1 < n and roles[i + 1] == ROLE_BODY and i + 1 in chain_of
                      and chain_of[i + 1][0] == i + 1 and apart[i + 1] == apart[i]):
                    # a later block of such a paragraph, and a paragraph opens after it in the
                    # same blank-line block: that one is read after it too
                    cur = waiting[c[0]]
                    wait_info[id(cur)] = (groups[i], wait_info[id(cur)][1])
                for later in deferred.pop(i, []):
                    if cur is not None and not cur.closed:
                        place_chain(later, cur)
                    else:
                        cur = new_draft()
                        place_chain(later, cur)
                i += 1
                continue
            cur = _unwait(cur, i)
            above = col_prev.get(i)
            # (a block printed right under another body block, no blank line between them, is
            # that block's next line in one column: the extraction's own order says so)
            if apart is not None and i > 0 and roles[i - 1] == ROLE_BODY and apart[i - 1] == apart[i]:
                above = None
            if (r == ROLE_BODY and above is not None and not is_dateline(texts[i])
                    and marks.get(above, (0, False))[0] == marks.get(i, (0, False))[0]
                    and above in chain_of and chain_of[above][-1] == above and ends_sentence(texts[above])):
                # (no headline or byline between them in extraction order: one may head the
                # rest of the column; and the line above ends its paragraph, as the line above
                # a paragraph's first line does)
                # columns read row by row: the paragraph belongs with the line above it in
                # its column (an article's last paragraph or its headline), not with the
                # block extraction put before it (another column's line)
                owner = art_of_chain.get(chain_of[above][0])
                if owner is not None and not owner.closed:
                    cur = owner
            if side_queue and r == ROLE_BODY and is_dateline(texts[i]):
                d = side_queue.pop(0)
                if not d.has_body and not d.byline:
                    cur = d
            else:
                side_queue.clear()
            if r == ROLE_BODY and is_dateline(texts[i]) and cur is not None and opening == (cur, i):
                # (the dateline under a headline's rest, read after other articles' text: its
                # report's opening, the paragraphs read before it are its next column's,
                # ``…群众踊`` … ``跃观看普遍赞扬`` over ``本报北京一月八日讯…``)
                place_chain(c, cur)
                at = next(k for k, grp in enumerate(cur.paragraphs) if c[0] in grp)
                cur.paragraphs.insert(0, cur.paragraphs.pop(at))
                i += 1
                continue
            if r == ROLE_BODY and is_dateline(texts[i]) and cur is not None and cur.has_body:
                parent = cur
                cur = new_draft()
                if not parent.closed:
                    cur.split_from = parent
            elif cur is None or cur.closed:
                if len(c) > 1:
                    # a cut paragraph before any open article: it stands where its rest is
                    deferred.setdefault(c[1], []).append(c)
                    i += 1
                    continue
                if _is_speck(texts[i]):
                    # a character or two with no article to go on (OCR: a speck of a picture
                    # or of a cut line) opens no article: a fragment
                    specks.append(c)
                    i += 1
                    continue
                cur = new_draft()
            place_chain(c, cur)
            i += 1
            continue
        if r == ROLE_AUTHOR_NOTE:
            if cur is None:
                cur = new_draft()
            cur.paragraphs.append([i])
            cur.closed = True
            i += 1
            continue
        i += 1
    # chains deferred to a block that never came (should not happen) go last
    for cs in deferred.values():
        for c in cs:
            d = new_draft()
            place_chain(c, d)

    drafts, fragments, matches = _match_orphans(drafts, texts, body_text, ocr=ocr)
    fragments.extend(specks)
    debug = {"links": debug_links, "matches": matches, "roles": roles}
    return drafts, fragments, debug


def _column_predecessors(plist: Sequence[Piece], body_idx: Sequence[int], pieces: dict[int, Piece]) -> dict[int, int]:
    """Block index -> the block printed above it in its column, where the extraction read
    columns row by row (a stride above 1, :func:`~cntextclean.page.continuation.interleave_strides`):
    the piece whose position plus its stride is this block's position."""
    strides = interleave_strides(plist)
    if all(st == 1 for st in strides):
        return {}
    at_pos = {p.pos: i for i, p in pieces.items()}
    out: dict[int, int] = {}
    for k, st in enumerate(strides):
        if st > 1:
            below = at_pos.get(plist[k].pos + st)
            if below is not None:
                out[below] = body_idx[k]
    return out


def _split_run(run: list[int], texts: Sequence[str], roles: Sequence[str]) -> tuple[list[int], list[int]]:
    """A run of heading blocks -> (headline blocks, subtitle blocks).

    A block marked as subtitle (``——…``, or set smaller than the headline) and everything
    after it is the subtitle; the headings before it are one (wrapped) headline.
    """
    heads = [run[0]]
    subs: list[int] = []
    for k in run[1:]:
        if subs or roles[k] == ROLE_SUBTITLE:
            subs.append(k)
        else:
            heads.append(k)
    return heads, subs


def _split_for_orphans(drafts: list[Draft], texts: Sequence[str], body_text, matches: list[dict]) -> None:
    """A headline that found no article may head the tail of one: the extraction put two
    articles' bodies in one run (and their headlines elsewhere). Cut the run where the text
    reads like the headline (shared words) more than like the run's own headline.

    A headline with a byline is surely an article's (no article is a headline and a byline
    alone): it needs fewer shared words, ``_SIM_MATCH`` instead of ``_SIM_ATTACH`` (dev
    pdftotext articles cer 0.2685 -> 0.2578, headline_em 0.746 -> 0.763, byline_em 0.842 ->
    0.868: dev_013, where ``索尼亚`` recurs in its body 0.33 of the headline's bigrams; dev
    pdfminer pair_f1 0.819 -> 0.817, one page; variants the same). A run that opens with the
    place the headline's byline names (:func:`opens_with_byline_place`) is cut for it whatever
    its words."""
    orphans = [d for d in drafts if d.headline and not d.has_body and not d.stray]
    if not orphans:
        return
    for o in orphans:
        head = "".join(texts[k] for k in o.headline + o.subtitle)
        head_grams = bigrams(head)
        floor = _SIM_MATCH if o.byline else _SIM_ATTACH
        best: tuple[float, int, int] | None = None
        for di, d in enumerate(drafts):
            if not d.has_body or d is o:
                continue
            own = "".join(texts[k] for k in d.headline + d.subtitle)
            if own and head_grams <= bigrams(own):
                # (the run's own headline names all the orphan names, ``…实施『六个一百』工程``
                # over OCR debris ``六个一百`` read at the page's foot: its words in the run are
                # the run's topic, no evidence for the orphan)
                continue
            for k in range(1, len(d.paragraphs)):
                window = ""
                for para in d.paragraphs[k : k + 3]:
                    window += "".join(texts[b] for b in para)
                window = window[:300]
                sim = similarity(head, window)
                # (a signed report opens with the place its byline names: a run cut there heads
                # for the byline's article even where its words are few, ``武义县委书记 帅朝晖``
                # / ``武义县深入实施…``; other-text plain pdftotext byline_em 0.831 -> 0.841,
                # held out 0.858 -> 0.863, pdfminer 0.792 -> 0.787 and 0.758 -> 0.763)
                named = bool(o.byline) and opens_with_byline_place(texts[d.paragraphs[k][0]], texts[o.byline[0]])
                if sim < floor and not named:
                    continue
                score = sim - (similarity(own, window) if own else 0.0) + (0.3 if named else 0.0)
                if is_dateline(texts[d.paragraphs[k][0]]):
                    score += 0.2
                if score > 0.1 and (best is None or score > best[0]):
                    best = (score, di, k)
        if best is None:
            continue
        _, di, k = best
        d = drafts[di]
        o.paragraphs = d.paragraphs[k:]
        d.paragraphs = d.paragraphs[:k]
        o.closed, d.closed = d.closed, True
        o.notes.append("cut from the body of another article's run")
        matches.append({"headline": o.headline, "score": round(best[0], 3), "split": True})


#: what ends the place in a byline's title (``武义县委书记``, ``绍兴市越城区委书记``, ``绍兴滨海新区管委会主任``)
_ORGAN = re.compile("|".join(["[省市县区]委", "党委", "党组", "管委会", "政府", "人大", "政协", *BYLINE_ROLES]))
#: what separates the titles of a byline (``绍兴滨海新区管委会主任、绍兴市越城区委书记``)
_TITLE_SEP = re.compile("[、，,]")


def opens_with_byline_place(para: str, byline: str) -> bool:
    """Does ``para`` open with the place its byline's titles name (a signed report's first
    words: ``武义县深入实施…`` under ``武义县委书记 帅朝晖``, ``越城狠抓…`` under ``绍兴滨海新区管委会
    主任、绍兴市越城区委书记 徐军``)? The place is what a title prints before its organ or role
    word; the paragraph's first two characters must occur in it.

    >>> opens_with_byline_place("武义县深入实施生态工业攀登行动", "武义县委书记 帅朝晖")
    True
    >>> opens_with_byline_place("越城狠抓产业项目", "绍兴滨海新区管委会主任、绍兴市越城区委书记 徐军")
    True
    >>> opens_with_byline_place("县委书记们认为", "武义县委书记 帅朝晖")
    False
    """
    lead = drop_space(para)[:2]
    t = byline.strip()
    if len(lead) < 2 or not all(is_han(c) for c in lead) or " " not in t:
        return False
    for title in _TITLE_SEP.split(t.rsplit(" ", 1)[0]):
        m = _ORGAN.search(title)
        if m and lead in title[: m.start()]:
            return True
    return False


#: the most characters of a headline line printed as a block of its own
_HALF_MAX = 20
_PUNCT_RE = re.compile(r"[，。、；：！？,.;:!?（）()\d]")


def _headline_piece(text: str) -> bool:
    """Does ``text`` read as (part of) a short headline: at most :data:`_HALF_MAX` characters,
    no punctuation or digits (a line of body text taken for a heading has its commas)?"""
    return len(text) <= _HALF_MAX and not _PUNCT_RE.search(text)


#: how much more of a headline's bigrams an article's opening without headline (a dateline, a
#: byline) must print than the body the headline holds, for the headline to take it
_SIM_CLAIM = 0.1


def _whole_heading(text: str) -> bool:
    return is_heading_like(text) and is_whole_headline(text)


def _claim_article_openings(drafts: list[Draft], texts: Sequence[str], body_text, matches: list[dict], *,
                            bylined: bool) -> None:
    """A headline read before the text it names (``话剧《虎踞钟山》引起轰动…``) takes the body
    read after it instead (``据英国报纸报道…``, another column's paragraph), and its own
    text, which opens with a dateline (``本报北京一月八日讯…``), goes on the article read before
    it as a second dateline item. Such a headline, whose body opens with no dateline and prints
    none of its words (similarity below the match floor), takes the text without headline that
    opens an article (a dateline; with ``bylined``, a byline too: ``美伊关系出现松动`` over the
    other column's paragraphs, its byline and text read after them) and prints its words best
    (by :data:`_SIM_CLAIM` more than its body), if it reads as a whole headline (a heading-like
    line of seven or more Han characters: not a body line or a dateline taken for one, nor a
    piece of a headline whose few bigrams match by chance, pdftotext dev_002 ``最后机会``); the
    body it held stays without headline, for the rules that home such text.

    Measured (dev and variant pages): pdftotext headline_em 0.781 -> 0.822, byline_em 0.921 ->
    0.947, pair_f1 0.807 -> 0.826 (dev_017, dev_018, dev_019); variant pdftotext headline 0.701
    -> 0.707, pair 0.777 -> 0.788; variant pdfminer headline 0.720 -> 0.726, cer 0.4141 ->
    0.4146, pair 0.769 -> 0.770; dev pdfminer pair 0.833 -> 0.832 (dev_036: a body line taken
    for a heading); the -layout and PyMuPDF figures unchanged. OCR text (``bylined`` off: the text a headline held
    stays an article of its own there, variant tess150 pair 0.791 -> 0.785 with it) unchanged.
    """
    splits = [d for d in drafts if not d.headline and d.has_body and (d.split_from is not None or (bylined and d.byline))]
    heads = [d for d in drafts if d.headline and d.has_body and not opens_with_dateline(d, texts)
             and _whole_heading(headline_text(d, texts))]
    if not splits or not heads:
        return
    score: list[list[float]] = []
    for h in heads:
        head = "".join(texts[k] for k in h.headline + h.subtitle)
        own = similarity(head, body_text(h))
        sims = [similarity(head, body_text(sp)) for sp in splits]
        score.append([x - own if own < _SIM_MATCH <= x else 0.0 for x in sims])
    for a, b in best_pairs(score, floor=_SIM_CLAIM):
        h, sp = heads[a], splits[b]
        sp.headline, sp.subtitle, h.headline, h.subtitle = h.headline, h.subtitle, [], []
        if h.byline and not sp.byline:
            sp.byline, h.byline = h.byline, []
        if h.section is not None and sp.section is None:
            sp.section, h.section = h.section, None
        sp.split_from = None
        matches.append({"headline": sp.headline, "score": score[a][b], "claimed": True})


def _block_grams(texts: Sequence[str]) -> frozenset[str]:
    """The phrases (:func:`~cntextclean.layout.lines.han_4grams`) of each block: the blocks'
    text run together would make phrases across their seams, the very ones
    :func:`_reads_after` looks for among them."""
    return frozenset().union(*(han_4grams(t) for t in texts))


def _reads_after(whole: str, half: str, grams: frozenset[str]) -> bool:
    """Does headline piece ``half`` read on after ``whole`` rather than before it? A phrase
    across the seam ``whole`` + ``half`` that the page's text prints (``grams``: its blocks'
    :func:`~cntextclean.layout.lines.han_4grams`; ``…关心地震灾区`` + ``人民江泽民…``:
    ``灾区人民``) and none across ``half`` + ``whole``.

    >>> grams = han_4grams("灾区人民的生命财产")
    >>> _reads_after("党中央国务院十分关心地震灾区", "人民江泽民李鹏打电话亲切慰问", grams)
    True
    >>> _reads_after("人民江泽民李鹏打电话亲切慰问", "党中央国务院十分关心地震灾区", grams)
    False
    """
    return seam_recurs(whole, half, grams) and not seam_recurs(half, whole, grams)


def _heads_the_dateline(half: str, whole: str, opening: str) -> bool:
    """Is ``half``, a headline read as a block of its own right before headline ``whole``, the
    headline of the dateline paragraph ``opening`` under ``whole`` rather than ``whole``'s first
    line? It is where it is a whole headline (:func:`~cntextclean.page.roles.is_whole_headline`)
    whose words the opening prints (:data:`_SIM_ATTACH` of them) and ``whole`` shares none with
    the opening: two headlines set side by side and read one after the other, the second
    article's text set apart (``亚太议会论坛第六届年会闭幕`` / ``埃及挪威对中东和平前景悲观`` /
    ``本报汉城１月１０日电…亚太议会论坛第六届年会…``).

    >>> _heads_the_dateline("亚太议会论坛第六届年会闭幕", "埃及挪威对中东和平前景悲观",
    ...                     "本报汉城1月10日电记者王林昌报道：应韩国国会邀请，亚太议会论坛第六届年会于7日至10日在汉城召开")
    True
    >>> _heads_the_dateline("党中央国务院十分关心地震灾区", "人民江泽民李鹏打电话亲切慰问",
    ...                     "新华社北京1月11日电党中央、国务院十分关心河北张北地震灾区人民，江泽民、李鹏打电话慰问")
    False
    """
    return (is_whole_headline(half) and similarity(whole, opening) == 0.0
            and similarity(half, opening) >= _SIM_ATTACH)


def _join_headline_halves(drafts: list[Draft], texts: Sequence[str]) -> None:
    """A headline left without body or byline whose block comes right before another article's
    headline, over that article's dateline, is that headline's first line, extracted as a block
    of its own (pdftotext: ``党中央国务院十分关心地震灾区`` / ``人民江泽民李鹏打电话亲切慰问`` /
    ``新华社北京…电``). Only a line that reads as part of a headline (at most
    :data:`_HALF_MAX` characters, no punctuation: a line of body text taken for a heading has
    its commas). It goes after that headline where it reads on from it and not into it
    (:func:`_reads_after`: pdfminer read the second line first). Not where it is the
    dateline's own headline (:func:`_heads_the_dateline`): it then heads that report, and the
    other headline waits for its text."""
    heads = {d.headline[0]: d for d in drafts if d.headline and d.has_body}
    grams: frozenset[str] | None = None  # the page's phrases, read once where a half is found
    for d in drafts:
        if d.headline and not d.has_body and not d.byline and not d.subtitle:
            nxt = heads.get(d.headline[-1] + 1)
            half = "".join(texts[k].strip() for k in d.headline)
            opening = texts[nxt.paragraphs[0][0]] if nxt is not None else ""
            if nxt is not None and nxt is not d and _headline_piece(half) and is_dateline(opening):
                whole = "".join(texts[k].strip() for k in nxt.headline)
                if _heads_the_dateline(half, whole, opening):
                    # two headlines set side by side, the dateline under the first one's
                    d.headline, nxt.headline = nxt.headline, d.headline
                    nxt.notes.append("headline read before another article's headline")
                    continue
                # (the headline's second line may be the block read first, its larger type
                # on a box of its own: dev_025 pdfminer, headline_em 0.888 -> 0.893)
                if grams is None:
                    grams = _block_grams(texts)
                if _reads_after(whole, half, grams):
                    nxt.headline = [*nxt.headline, *d.headline]
                else:
                    nxt.headline = [*d.headline, *nxt.headline]
                nxt.notes.append("headline's first line read as a block of its own")
                d.headline = []


def _best_match(scored: Iterable[tuple[Draft, float]], floor: float) -> Draft | None:
    """The draft of the highest similarity at or above ``floor`` (the later one of a tie)."""
    best, best_sim = None, floor
    for d, sim in scored:
        if sim >= best_sim:
            best, best_sim = d, sim
    return best


def _join_split_headline(drafts: list[Draft], texts: Sequence[str], body_text) -> None:
    """A headline wrapped over four lines in a narrow column may come as two boxes read apart
    (pdfminer: ``广东大力整顿`` / ``出版物市场`` among another article's lines, ``清扫精神垃圾`` /
    ``打击违法经营`` over the dateline ``本报广州…``); the half read apart takes the text read
    after it, another article's, as its body. Where that body prints none of the half's words,
    and the first paragraph of an article opening with a dateline prints at least
    :data:`_SIM_ATTACH` of them (``广东``, ``出版物``, ``市场``) while its headline, a short one
    too, shares words with that paragraph, the half is that headline's other half (after it,
    unless a phrase across the seam reads it first: :func:`_reads_after`), and the body it
    took goes on the article read before it. A headline takes one such half.

    Measured: dev pdfminer headline_em 0.893 -> 0.905 (dev_016); no other page of the dev,
    variant and other-text benches or the seeds, in any PDF flavour, changes. Not on OCR text,
    whose misread headlines and section labels (``国际``) match by chance.
    """
    grams: frozenset[str] | None = None
    # the short headlines over a dateline paragraph that prints some of their words, with that
    # paragraph (built where a half is found; a headline that took a half takes no other)
    hosts: dict[int, tuple[Draft, str]] | None = None
    for d in drafts:
        if not d.headline or not d.has_body or d.byline or d.subtitle or opens_with_dateline(d, texts):
            continue
        half = headline_text(d, texts)
        if not _headline_piece(half) or similarity(half, body_text(d)) > 0.0:
            continue
        if hosts is None:
            hosts = {}
            for h in drafts:
                if h.headline and not h.subtitle and opens_with_dateline(h, texts):
                    whole = headline_text(h, texts)
                    first = "".join(texts[b] for b in h.paragraphs[0])
                    if _headline_piece(whole) and similarity(whole, first) > 0.0:
                        hosts[id(h)] = (h, first)
        best = _best_match(((h, similarity(half, first)) for h, first in hosts.values()), _SIM_ATTACH)
        if best is None:
            continue
        del hosts[id(best)]
        if grams is None:
            grams = _block_grams(texts)
        whole = headline_text(best, texts)
        best.headline = [*d.headline, *best.headline] if _reads_after(half, whole, grams) else [*best.headline, *d.headline]
        best.notes.append("headline's other half read apart")
        host = read_before([x for x in drafts if x is not d and x.has_body], d.paragraphs[0][0])
        if host is not None:
            host.paragraphs.extend(d.paragraphs)
            d.paragraphs = []
        d.headline = []


def _join_roundup_items(drafts: list[Draft], texts: Sequence[str], body_text) -> None:
    """A dateline item left without headline (``本报波恩１月１０日电…德国研究与技术部长…``)
    next to an article whose headline names it (``阿位居拉美经济增长之首德跻身高新技术国家行列``:
    a roundup's two items under one two-part headline) is that article's: the item read before
    the article goes before its paragraphs, one read after goes after them. The neighbour is the
    article read right before or right after it whose headline the item's opening prints
    :data:`_SIM_ATTACH` of (the better of the two)."""
    withbody = [d for d in drafts if d.has_body]
    for at, d in enumerate(withbody):
        if d.headline or d.byline or not opens_with_dateline(d, texts):
            continue
        own = body_text(d)
        near = (withbody[at - 1] if at > 0 else None, withbody[at + 1] if at + 1 < len(withbody) else None)
        best = _best_match(((n, similarity(headline_text(n, texts), own)) for n in near
                            if n is not None and n.headline and n.has_body), _SIM_ATTACH)
        if best is None:
            continue
        first = min(chain.from_iterable(d.paragraphs))
        if first < min(chain.from_iterable(best.paragraphs)):
            best.paragraphs[:0] = d.paragraphs
        else:
            best.paragraphs.extend(d.paragraphs)
        best.notes.append("dateline item its headline names")
        d.paragraphs = []


#: how much of a subtitle's bigrams the body under it must print, none of its headline's, for
#: the subtitle to be the body's own headline (see :func:`_subtitle_heads_its_body`)
_SIM_SUB_OWN = 0.3


def _subtitle_heads_its_body(drafts: list[Draft], texts: Sequence[str], body_text) -> None:
    """Two articles' headlines read one after the other, the second taken for the first's
    subtitle (plain pdftotext dev_015: ``一九九七年全球企业兼并创纪录 美一国占兼并总额半数以上``,
    its report read before it, then ``意大利新年桌边添餐椅有家人请无家人`` over the report
    ``新华社罗马…意大利罗马和米兰的１２０个家庭…``). Where the body prints none of the
    headline's bigrams, :data:`_SIM_SUB_OWN` of the subtitle's, and headline and subtitle share
    none, while another article's text prints :data:`_SIM_ATTACH` of the headline's, the
    subtitle is the body's headline and the headline an article's whose body is elsewhere
    (matched as any headline without body)."""
    for d in list(drafts):
        if not d.subtitle or not d.headline or not d.has_body:
            continue
        head = headline_text(d, texts)
        sub = "".join(texts[k] for k in d.subtitle)
        if not all(is_heading_like(texts[k]) for k in d.subtitle) or similarity(sub, head) > 0.0:
            continue
        own = body_text(d)
        if similarity(head, own) > 0.0 or similarity(sub, own) < _SIM_SUB_OWN:
            continue
        # (and another article's text prints the headline's words: its report, read elsewhere;
        # a headline whose words no text prints, ``1997：竞技场上佳音频传`` over
        # ``我选手共夺得92个世界冠军…``, is the article's own over its subtitle)
        if not any(similarity(head, "".join(texts[k] for para in e.paragraphs for k in para)) >= _SIM_ATTACH
                   for e in drafts if e is not d):
            continue
        orphan = Draft(headline=d.headline, section=d.section)
        orphan.notes.append("headline read over another article's headline")
        d.headline, d.subtitle = d.subtitle, []
        drafts.append(orphan)


#: how much of a heading block's bigrams an article without headline must print for the block,
#: read into another article's heading run, to go to it (``论统揽全局``: 0.75)
_SIM_OWN_HEAD = 0.5


def _headline_for_headless(drafts: list[Draft], texts: Sequence[str], body_text) -> None:
    """A heading run of two blocks may hold two articles' headlines read one after the other
    (plain pdftotext: ``月球勘探者最后一刻雷达故障延缓一天出使蟾宫`` / ``论统揽全局``, the
    editorial's headline, its body elsewhere under its byline ``本报评论员``). Where an article
    without headline prints :data:`_SIM_OWN_HEAD` of the first or last block's bigrams, and
    the body under the run prints none of them but prints the run's other blocks' words, the
    block is that article's headline."""
    # (not a dateline item split from an article: a roundup's second item, which its
    # two-part headline names, ``伊朗大雪崩死亡数十`` / ``秘鲁泥石流失踪百余``)
    headless = {id(d): (d, body_text(d, 2000)) for d in drafts
                if not d.headline and d.has_body and d.split_from is None and not opens_with_dateline(d, texts)}
    if not headless:
        return
    for d in drafts:
        if len(d.headline) < 2 or d.subtitle or not d.has_body:
            continue
        own = body_text(d)
        for end in (-1, 0):
            k = d.headline[end]
            t = texts[k].strip()
            rest = "".join(texts[x] for x in d.headline if x != k)
            if not is_heading_like(t) or han_count(t) < 4 or similarity(t, own) > 0.0 or similarity(rest, own) <= 0.0:
                continue
            best = _best_match(((h, similarity(t, text)) for h, text in headless.values()), _SIM_OWN_HEAD)
            if best is None:
                continue
            best.headline = [k]
            best.notes.append("headline read into another article's heading run")
            d.headline = [x for x in d.headline if x != k]
            del headless[id(best)]
            break


def _interrupts_paragraph(i: int, jn: int, roles: Sequence[str], chain_of: dict[int, list[int]]) -> bool:
    """Does the heading run starting at block ``i`` stand between a body block and the block
    ``jn`` (the next one after the run) that continues it?"""
    c = chain_of.get(jn)
    if c is None or c[0] == jn:
        return False
    before = c[c.index(jn) - 1]
    return before < i and all(roles[k] not in (ROLE_BODY, ROLE_EDITOR_NOTE) for k in range(before + 1, i))


#: body text of at most this many characters opens no article of its own
_SPECK = 2


def _is_speck(text: str) -> bool:
    """A character or two (whitespace aside): OCR's speck of a picture or of a cut line."""
    return len(drop_space(text)) <= _SPECK


#: word evidence (nats, :func:`~cntextclean.page.joinscore.word_join_score`) that a heading
#: reads on from an earlier headline's last line: on no pair of the dev and seed gold's
#: headlines of one page does a word span the seam (0 of 808 pairs above 0)
_HEADLINE_READS_ON = 4.0
#: ... and in a column-wise extraction, where a headline's rest is read apart only when a
#: blank row of a large type cuts it (``群众踊`` + ``跃观看``: 14.0), stronger evidence: a word
#: the cut leaves no half of (``…泳联不是田联`` + ``调坚决反对…``, a body line taken for a
#: heading: 4.5, ``联调``)
_HEADLINE_READS_ON_APART = 8.0
#: ... looked for among this many headlines read last (OCR dev_040 reads the rest four
#: headlines on; a bound keeps a page of many specks linear)
_READ_ON_WINDOW = 8


def _headline_read_on(drafts: Sequence[Draft], heads: Sequence[int], subs: Sequence[int],
                      texts: Sequence[str], *, one_line: bool = False) -> Draft | None:
    """The article whose headline the heading line ``heads`` finishes, a word spanning the
    seam (OCR: ``李铁映在全国政策咨询工作会`` … ``议上说政策咨询研究应贴近政府决策``), or None.
    ``one_line`` (a column-wise extraction, ``pdftotext -layout`` or PyMuPDF, whose blank
    row between a large type's lines set the rest apart, with the next column's text read in
    between): only a headline of one block, its line no shorter than the rest
    (``话剧《虎踞钟山》引起轰动各界群众踊`` … ``跃观看普遍赞扬``), with the stronger evidence of
    :data:`_HEADLINE_READS_ON_APART`; a headline run of several blocks there may hold body
    lines taken for headings, whose words run on anywhere."""
    if len(heads) != 1 or subs:
        return None
    line = texts[heads[0]].strip()
    seen = 0
    for d in reversed(drafts):
        if d.headline and d.headline[-1] < heads[0]:
            last = texts[d.headline[-1]].strip()
            if (not d.subtitle and (not one_line or (len(d.headline) == 1 and len(line) <= len(last)))
                    and word_join_score(last, line) >= (_HEADLINE_READS_ON_APART if one_line else _HEADLINE_READS_ON)):
                return d
            seen += 1
            if seen >= _READ_ON_WINDOW:
                break
    return None


#: the evidence (nats: a word spanning the seam, :func:`~cntextclean.page.joinscore.word_join_score`,
#: and :data:`_SUBHEAD_RECURS` where the four characters across it recur on the page) that a
#: heading line finishes a numbered sub-head cut at its line's end (``…四次全`` + ``会的重要意义``:
#: 2.75 + 3.0)
_SUBHEAD_READS_ON = 4.0
_SUBHEAD_RECURS = 3.0
#: the word evidence (nats) that a heading-like line is the last line of a paragraph left open,
#: a word cut between them (``…化工产业高质`` + ``量发展提供有力的学``: 11.75); no headline of the
#: dev and seed gold reads on a word from the line before it (see :data:`_HEADLINE_READS_ON`)
_LINE_READS_ON = 6.0


def _subhead_read_on(drafts: Sequence[Draft], heads: Sequence[int], subs: Sequence[int], texts: Sequence[str],
                     roles: Sequence[str], grams: frozenset[str]) -> list[int] | None:
    """The paragraph or headline (a numbered sub-head, its line cut mid-word) that the heading
    line ``heads`` finishes, or None. Of several, the first read (the extraction reads the
    sub-heads' rests in the order of their first lines: ``一、…四次全``, ``二、…四次全``, then
    ``会的重要意义``, ``会的部署安排``)."""
    if len(heads) != 1 or subs:
        return None
    line = texts[heads[0]].strip()
    if not line or is_list_item(line) or ends_sentence(line):
        return None
    for d in drafts:
        # (kept as a paragraph, or still a headline: the sub-heads are folded in later)
        for para in [d.headline, *d.paragraphs]:
            if len(para) != 1:
                continue
            k = para[0]
            if k >= heads[0] or roles[k] not in (ROLE_HEADING, ROLE_BODY):
                continue
            first = texts[k].strip()
            if not is_list_item(first) or ends_sentence(first):
                continue
            evidence = word_join_score(first, line) + (_SUBHEAD_RECURS if seam_recurs(first, line, grams) else 0.0)
            if evidence >= _SUBHEAD_READS_ON:
                return para
    return None


def _line_read_on(drafts: Sequence[Draft], heads: Sequence[int], subs: Sequence[int], texts: Sequence[str],
                  roles: Sequence[str]) -> list[int] | None:
    """The paragraph left open (its last block ends no sentence) whose cut word the heading
    line ``heads`` finishes (:data:`_LINE_READS_ON`): the paragraph's last line, short and
    without punctuation, taken for a headline. Of several, the one with the most evidence."""
    if len(heads) != 1 or subs:
        return None
    line = texts[heads[0]].strip()
    if not line or is_list_item(line):
        return None
    best, found = _LINE_READS_ON, None
    for d in drafts:
        if not d.paragraphs:
            continue
        para = d.paragraphs[-1]
        k = para[-1]
        last = texts[k].strip()
        if k >= heads[0] or roles[k] != ROLE_BODY or ends_sentence(last) or not CLAUSE_MARK.search(last):
            continue  # (a block without clause punctuation may be a headline's line itself)
        evidence = word_join_score(last, line)
        if evidence >= best:
            best, found = evidence, para
    return found


def _match_orphans(drafts: list[Draft], texts: Sequence[str], body_text, *, ocr: bool = False) -> tuple[list[Draft], list[list[int]], list[dict]]:
    """Pair headlines without body with bodies without headline (and headlines with the
    openings that print their words: :func:`_claim_article_openings`); leftovers become
    fragments."""
    if not ocr:
        _subtitle_heads_its_body(drafts, texts, body_text)
    orphans = [d for d in drafts if d.headline and not d.has_body]
    headless = [d for d in drafts if not d.headline and d.has_body]
    matches: list[dict] = []
    if orphans and headless:
        # (a body's letter-spacing looked past: pdfminer spaces a narrow column's justified
        # lines, ``在 京 的 3 00 余 位 台 湾同 胞``, which cut the words a headline prints)
        bodies = [close_letter_spacing(body_text(h)) for h in headless]
        heads = ["".join(texts[k] for k in o.headline + o.subtitle) for o in orphans]
        score = [[similarity(head, b) for b in bodies] for head in heads]
        for a, b in best_pairs(score, floor=_SIM_MATCH):
            o, h = orphans[a], headless[b]
            h.headline, h.subtitle = o.headline, o.subtitle
            if o.byline and not h.byline:
                h.byline = o.byline
                o.byline = []
            if o.section is not None and h.section is None:
                h.section = o.section
            o.headline, o.subtitle = [], []
            matches.append({"headline": h.headline, "score": score[a][b]})
    _split_for_orphans(drafts, texts, body_text, matches)
    _join_headline_halves(drafts, texts)
    _claim_article_openings(drafts, texts, body_text, matches, bylined=not ocr)
    if not ocr:
        _join_split_headline(drafts, texts, body_text)
        _headline_for_headless(drafts, texts, body_text)
    # a dateline that no headline claimed opens a second item of the same article (roundups)
    merged: set[int] = set()
    for d in drafts:
        root = d.split_from
        if d.headline or root is None or not d.has_body:
            continue
        seen = {id(d)}
        while id(root) in merged and root.split_from is not None and id(root.split_from) not in seen:
            seen.add(id(root))
            root = root.split_from
        if root is d:
            continue  # (a draft split from itself: nothing to merge into)
        root.paragraphs.extend(d.paragraphs)
        d.paragraphs = []
        merged.add(id(d))
        if d.byline and not root.byline:
            root.byline, d.byline = d.byline, []
    _join_roundup_items(drafts, texts, body_text)
    # bylines alone (no headline, no body) go to the best article without a byline, never to
    # one that opens with a dateline (:func:`opens_with_dateline`)
    without = [d for d in drafts if d.has_body and not names_source(d, texts)]
    # a stray byline (see Draft.stray_byline) that took paragraphs after it that no headline
    # claimed: byline and paragraphs go on the article without a byline read before it
    # (dev pdftotext dev_004: ``鱼水真情``'s byline, read under the next article's headline)
    for d in drafts:
        if d.stray_byline and not d.headline and d.has_body and not opens_with_dateline(d, texts):
            host = read_before([h for h in without if h is not d], d.byline[0])
            if host is not None:
                host.byline, d.byline = d.byline, []
                host.paragraphs.extend(d.paragraphs)
                d.paragraphs = []
                without.remove(host)
    lone = [d for d in drafts if d.byline and not d.headline and not d.has_body]
    if lone and without:
        score = [
            [similarity(texts[o.byline[0]], body_text(h, 2000)) + 0.01 for h in without]
            for o in lone
        ]
        for a, b in best_pairs(score, floor=SIM_BYLINE_BODY):
            without[b].byline = lone[a].byline
            lone[a].byline = []
        # where no body shares its words (the role and a name seldom recur), the article read
        # just before it: a byline read last was printed beside its headline and read after
        # the body (dev pdfminer dev_009, dev_028: byline_em 0.842 -> 0.895)
        for o in lone:
            host = read_before([h for h in without if not h.byline], o.byline[0]) if o.byline else None
            if host is not None:
                host.byline, o.byline = o.byline, []
    fragments: list[list[int]] = []
    keep: list[Draft] = []
    for d in drafts:
        if d.has_body:
            keep.append(d)
        else:
            parts = d.headline + d.subtitle + d.byline
            if parts:
                fragments.append(sorted(parts))
    return keep, fragments, matches
