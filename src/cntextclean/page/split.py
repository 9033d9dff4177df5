"""``split_articles``: a newspaper page's extraction -> :class:`~cntextclean.model.Page`.

The text first goes through the cleaning pipeline's stages that come before the layout stage
(encoding repair, ``to=`` conversion, OCR fixes, typography: all line-preserving), then
:func:`cntextclean.layout.segment.segment` cuts it into blocks (lines rejoined, page furniture
set aside), :mod:`~cntextclean.page.roles` says what each block is, and
:mod:`~cntextclean.page.order` links continuations and assembles the articles in reading order.

The registered cleaners of :mod:`~cntextclean.page.cleaners` (``page_layout``, ``page_text``...)
run the same analysis inside ``clean`` and print the articles as CONTRACT "Output of clean" says.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import chain, pairwise
from typing import Any

from ..charclass import HAN_BMP_CLASS, drop_space, han_count
from ..layout.blocks import Block, Segmented
from ..layout.detect import looks_like_ocr
from ..layout.lines import (
    CLAUSE_MARK,
    HEAD_GAP,
    Line,
    cut_word_rest,
    is_head_colon_part,
    is_letter_spaced,
    is_list_item,
    label_in_text,
    word_cut,
)
from ..layout.ruled import split_ruled_rows
from ..layout.segment import segment
from ..layout.width import display_width, printed_width
from ..model import Article, Page
from ..ocr.dashes import headline_dashes
from ..ocr.debris import is_debris_heading, split_debris_lines
from ..ocr.headquotes import fix_corner_quotes
from ..ocr.headwords import fix_headline
from ..ocr.quotes import close_quoted_terms, close_speech_quotes
from ..outlets import OUTLET_RE
from ..pipeline import Pipeline
from ..typography.radicals import has_radicals
from .article_order import order_by_votes, read_votes
from .continuation import Piece, right_strength
from .fields import clean_body, clean_byline, clean_headline, join_pieces
from .joinscore import word_join_score
from .order import (
    SIM_BYLINE_BODY,
    Draft,
    assemble,
    bigrams,
    headline_text,
    names_source,
    opens_with_dateline,
    read_before,
    read_last_before,
    shared,
    similarity,
)
from .roles import (
    CONTINUATION_TAIL_RE,
    MASTHEAD_RE,
    ROLE_AUTHOR_NOTE,
    ROLE_BODY,
    ROLE_CAPTION,
    ROLE_CONTINUATION,
    ROLE_EDITOR_NOTE,
    ROLE_FURNITURE,
    ROLE_HEADING,
    ROLE_SECTION,
    ROLE_SUBTITLE,
    assign_roles,
    closes_article,
    ends_article,
    ends_sentence,
    is_byline,
    is_caption,
    is_dateline,
    is_furniture,
    is_heading_like,
    is_open_author_note,
    is_whole_headline,
)
from .script_view import back_page, simplified_view
from .signoff import place_signoffs
from .topic import (
    FLOWING_MARGIN,
    TOPIC_MIN,
    TOPIC_RATIO,
    adopt_headless_by_topic,
    core_shares,
    rehome_by_lead_name,
    rehome_by_topic,
    rehome_off_topic_bodies,
)

__all__ = ["analyse", "split_articles"]

_EDITOR_RE = re.compile(r"^(编者按|编者的话|编后)[\s\u3000]*[:：]?[\s\u3000]*")
_SPACES = re.compile(r"[ \t\u3000]+")


def _around_layout(to: str, ocr: bool) -> tuple[list[str], list[str]]:
    """The names of the steps ``clean`` runs for a page before its layout step, and after it."""
    from .. import presets

    names = presets.step_names(to=to, ocr=ocr, page=True)
    at = next((i for i, n in enumerate(names) if n in presets.LAYOUT_STEPS), len(names))
    return names[:at], names[at + 1 :]


@lru_cache(maxsize=64)
def _pre_layout(to: str, ocr: bool) -> Pipeline:
    """The pipeline steps that run before the layout stage for these options (built once)."""
    # (the steps that run again after the layout stage are not pre-layout steps)
    return Pipeline(_around_layout(to, ocr)[0])


@lru_cache(maxsize=1)
def _post_layout_ocr() -> Pipeline:
    """The steps ``clean --ocr`` runs after its layout step, for split's paragraphs (the
    plain-text spacing step aside: a paragraph is joined without spaces by then)."""
    from .. import presets

    return Pipeline([n for n in _around_layout("none", True)[1] if n not in presets.PLAIN_ONLY])


def _redo_ocr_steps(articles: list[Article]) -> None:
    """The OCR steps again on whole paragraphs, as ``clean --ocr`` runs them after its layout
    step: a repair whose context a line break had cut (``1 9 9 7 一`` / ``1 9 9 8 赛季``,
    ``1 3%``, a look-alike in a word cut in two) is seen here. All the page's paragraphs go in
    one run, a blank line between them: one pass of each step, and the page-wide steps
    (``ocr_consistency``) see the page, as in ``clean``; each paragraph on its own should a
    step ever change the blank lines."""
    paras = [p for a in articles for p in a.paragraphs]
    if not paras:
        return
    post = _post_layout_ocr()
    redone = post("\n\n".join(paras)).split("\n\n")
    if len(redone) != len(paras):
        redone = [post(p) for p in paras]
    it = iter(redone)
    for a in articles:
        # (a paragraph the steps emptied, a marker alone, is no paragraph)
        a.paragraphs = [p for p in (clean_body(next(it)) for _ in a.paragraphs) if p]


def _segment(text: str, ocr: bool = False, plain_pdftotext: bool = False) -> Segmented:
    # furniture stays in place (role "furniture"): where it stood tells what follows it
    return segment(text, keep_furniture=True, join_breaks=False, ocr=ocr, plain_pdftotext=plain_pdftotext)


#: the evidence (:func:`~cntextclean.page.continuation.link_score`, rough nats) a continuation
#: link needs in OCR text: more than two open ends (a left end that does not end its sentence,
#: about 2, and a right end that starts mid-sentence, about 1.5) give alone: the blocks' order,
#: the words or the seam must speak for it too, as misread characters blur every cue and the
#: OCR engine's page segmentation merges and cuts blocks. On the dev OCR pages the weaker links
#: were wrong about as often as right, and one wrong link glues two articles' text into a
#: paragraph. With the column-order matching (``find_links(monotone=True)``), measured on dev
#: and the variant OCR pages: 3.0 gives the lowest clean --ocr cer (dev 0.167 / 0.192, variants
#: 0.207 / 0.134; 4.0: 0.178 / 0.191, 0.209 / 0.132), 4.0 a higher pair_f1 on the variants
#: (0.763 / 0.850 against 0.725 / 0.840)
OCR_LINK_FLOOR = 3.0
#: ... and in a PDF extraction that keeps each column's lines together (PyMuPDF, pdftotext
#: -layout): there a link of weak evidence joined paragraphs that the page prints apart more
#: often than it mended a cut. Articles cer (0.0 -> 1.5): held-out other text PyMuPDF 0.0230 ->
#: 0.0118, -layout 0.0835 -> 0.0797; text variants PyMuPDF 0.0188 -> 0.0111, -layout 0.0586 ->
#: 0.0545; dev -layout 0.0062 -> 0.0057 (dev PyMuPDF, seeds unchanged). Not where lines of
#: neighbouring columns interleave (the flavours detected as plain pdftotext or pdfminer: the
#: two extractors' pages are detected as either): applied there too, dev pdftotext 0.2230 ->
#: 0.2183 and pdfminer 0.2780 -> 0.2691, but other layouts' pdfminer 0.3658 -> 0.3780,
#: held-out pdfminer 0.4263 -> 0.4303 and seed 003 (detected as pdfminer) 0.0000 -> 0.0304;
#: with pdftotext alone, held-out pdfminer 0.4448 and other layouts' pdftotext 0.3214
#: (1.0 instead of 1.5: about the same, held-out PyMuPDF 0.0131)
PDF_LINK_FLOOR = 1.5
#: ... and where lines of neighbouring columns interleave (plain pdftotext and pdfminer as
#: detected), with :data:`FLOWING_ORDER_EVIDENCE` beside it: a lower floor. Candidate links of
#: those pages (every pair the matching weighs, 1.68 million on the dev, set A and set B
#: layouts and on other text in the dev layouts, each judged against the gold): a block's
#: continuation is read right after it far more often than its score alone says (a
#: conditional logit per left end, "no link" one of its choices: the next block is worth 0.25
#: to 1.6 nats more, by text and extractor, and "no link" 2 to 3.5 nats), and weak links to
#: an earlier block are mostly wrong (chosen ones under 3 nats: 27 of 140 right). Measured end
#: to end (articles cer / pair_f1 of the flowing inputs, 20 sets and extractors; both 0 ->
#: these, with :data:`~cntextclean.page.continuation.ENUMERATION_SEAM` 1.5 -> 2.0): dev plain
#: pdftotext 0.1373 / 0.883 -> 0.1355 / 0.918, pdfminer 0.2240 / 0.895 -> 0.2247 / 0.893; cer
#: lower on 14 of 20 (0.0046 on average), pair_f1 higher on 13, lower on 4. Stronger (floor
#: 1.0, one nat for the next block): cer lower on 18 of 20 (0.014 on average), but dev plain
#: pdftotext 0.1475, the next block outbidding a word cut by the seam (``最后判`` / ``决。``),
#: the day of a report and its verb of saying, a phrase that recurs on the page and the rest
#: of a list read before its start (the tests of each); a floor as a cut without the shift,
#: or a higher one for links to an earlier block, broke those tests as well
FLOWING_LINK_FLOOR = 0.5
#: see :data:`FLOWING_LINK_FLOOR` (``Piece.order_evidence``)
FLOWING_ORDER_EVIDENCE = 0.25
#: the extractions that print each column whole, in reading order (the link floor's, and no
#: interleaved boxes there: ``Piece.in_columns``)
_COLUMN_WISE = ("pymupdf", "pdftotext-layout")


#: a digit or letter, full-width (``１９９８``, ``ＧＤＰ``: group 1) or half-width
_ALNUM = re.compile("([０-９Ａ-Ｚａ-ｚ])|[0-9A-Za-z]")


def _printed_wide(text: str) -> bool:
    """Does page ``text`` print its digits and letters full-width (``１９９８年``, as People's
    Daily sets them), more of them than half-width ones? Then a line that holds them fills more
    of its column than the same line after the width cleaner (``1998年``).

    >>> _printed_wide("人民日报 1998年1月6日\\n据新华社华盛顿１月５日电，１９９７年增长３．８％"), _printed_wide("2021年度")
    (True, False)
    """
    return sum(1 if m.group(1) else -1 for m in _ALNUM.finditer(text)) > 0


def _fills_last_line(b: Block, wide: bool = False) -> bool:
    """Does the block's last printed line fill its column (within one character)? ``wide``: the
    page printed its digits and letters full-width (:func:`_printed_wide`), which the cleaners
    before the layout step made half-width: each one (an ASCII letter, digit or sign) counts
    full-width again (``卢布，新币5.2卢布；``, printed ``卢布，新币５．２卢布；``, fills a column of
    eleven characters)."""
    lines = [ln for ln in b.lines if ln.strip()]
    if not lines or b.line_width <= 0:
        return False
    w = printed_width(lines[-1])
    if wide:
        # (the characters the width cleaner made half-width: ASCII letters, digits and signs)
        w += sum(1 for c in lines[-1] if "!" <= c <= "~")
    return b.line_width - 1 <= w <= b.line_width + 2  # (wider: not one printed line)


def _fills_column(b: Block, wide: bool = False) -> bool:
    """Is the block one printed line that fills its column (within one character)? Such a
    line says nothing about where its paragraph ends, whatever its last mark: the next line
    of the column (indented or not) decides."""
    return len([ln for ln in b.lines if ln.strip()]) == 1 and _fills_last_line(b, wide)


#: flavours where a block that ends its extraction group with a full line may run on (see
#: :func:`_open_at_break`). Not pdfminer: on the pages read as pdfminer text it lowers
#: articles cer (dev 0.303 -> 0.298, variants 0.422 -> 0.421) but costs pair_f1 (0.809 ->
#: 0.803, 0.745 -> 0.740); pdfminer output read as pdftotext text (19 of the 77 dev and
#: variant pages) takes the rule
_RUN_ON_FLAVOURS = frozenset({"pdftotext", "pdftotext-layout"})


def _open_at_break(blocks: Sequence[Block], i: int, wide: bool = False) -> bool:
    """Does block ``i`` end its extraction group (a blank line, a column or page break follows)
    with a printed line that fills its column? Then nothing tells where its paragraph ends,
    whatever its last mark: a sentence that ends at the foot of a column may be followed by
    more of its paragraph at the head of the next one. Inside a group the next line's start
    (an indent, a first line short of full) said a paragraph begins, and a sentence end there
    does end the paragraph.

    Measured on pdftotext pages, blocks of several lines whose full last line ends a sentence:
    at a group's end 8 went on in the gold and 9 ended their paragraph on dev (variants 8 and
    8); inside a group 1 went on and 18 ended (variants 0 and 8). Articles cer pdftotext dev
    0.2699 -> 0.2681, variants 0.3291 -> 0.3214; -layout 0.0095 -> 0.0068, variants 0.0126
    (same); links (tp/fp/fn) pdftotext dev 416/169/126 -> 420/172/122, -layout 257/12/17 ->
    261/11/13. Every full last line, inside a group too: pdftotext dev 0.2700, variants 0.3276.
    """
    last = i + 1 >= len(blocks) or blocks[i + 1].features.get("group") != blocks[i].features.get("group")
    return last and _fills_last_line(blocks[i], wide)


def _piece(b: Block, pos: int, *, weak_starts: bool = False, ocr: bool = False, at_break: bool = False,
           floor: float = 0.0, new_page: bool = False, exact: bool = False, in_columns: bool = False,
           order_evidence: float = 0.0, wide: bool = False) -> Piece:
    """The continuation scorer's view of body block ``b`` (``pos``: its place among the body
    blocks); ``at_break``: :func:`_open_at_break` holds for it, its paragraph may run on;
    ``floor``: the evidence a link of a PDF extraction must exceed (OCR text has its own);
    ``new_page``: the first body block of a later page (a page-top continuation, where it
    starts mid-sentence); ``exact``: the extractor prints a column's lines together, as set;
    ``order_evidence``: :attr:`Piece.order_evidence`; ``wide``: the page printed its digits
    and letters full-width (:func:`_fills_last_line`)."""
    known = bool(b.features.get("start_known", b.line_width > 0)) and not weak_starts
    ends = b.ends_paragraph and not _fills_column(b, wide) and not at_break
    printed = [ln for ln in b.lines if ln.strip()]
    return Piece(
        # scored as it will be printed: a justified line's letter-spacing (``绩 ， 整 体``)
        # would hide the quotes and marks the seam evidence looks at
        text=clean_body(b.text) or b.text,
        pos=pos,
        starts_paragraph=b.starts_paragraph,
        ends_paragraph=ends,
        line_width=b.line_width,
        start_known=known,
        n_lines=len(printed),
        link_floor=OCR_LINK_FLOOR if ocr else floor,
        ocr=ocr,
        # (or a headline line printed inside another article's paragraph: never a first line)
        wrapped_short=_wrapped_short(printed, b.line_width) or bool(b.features.get("inside_paragraph")),
        new_page=new_page and known and not b.starts_paragraph,
        exact_widths=exact,
        threaded=bool(b.features.get("threaded")),
        in_columns=in_columns,
        order_evidence=order_evidence,
    )


#: a first printed line shorter than its column by more than this (half-width units: an
#: indent of two characters and a ragged margin) is no paragraph's first line among others
_SHORT_FIRST = 8


def _wrapped_short(lines: Sequence[str], line_width: int) -> bool:
    """Are ``lines`` (a block's printed lines) several, the first well short of the column
    (``line_width``): a headline wrapped over lines (``解放思想推动高质量发展大讨论`` /
    ``动员部署会议讲话稿``)? A paragraph's lines fill their column but the last."""
    return len(lines) >= 2 and line_width > 0 and printed_width(lines[0].strip()) < line_width - _SHORT_FIRST


def _explode(blocks: list[Block]) -> list[Block]:
    """A block whose text holds several paragraphs (newlines) becomes one block per line."""
    out: list[Block] = []
    for b in blocks:
        parts = [p for p in b.text.split("\n") if p.strip()]
        if len(parts) <= 1:
            out.append(b)
            continue
        for k, p in enumerate(parts):
            nb = Block(
                text=p,
                lines=[p],
                index=b.index,
                page=b.page,
                column=b.column,
                starts_paragraph=b.starts_paragraph if k == 0 else True,
                ends_paragraph=b.ends_paragraph if k == len(parts) - 1 else True,
                line_width=b.line_width,
                role=b.role,
                features=dict(b.features),
            )
            out.append(nb)
    return out


def _rejoin_ocr_breaks(blocks: list[Block]) -> list[Block]:
    """OCR text: a body block cut from the next inside one blank-line block of the OCR output,
    at a line that ends no sentence, is one paragraph with it.

    The OCR engine sets a blank line after each paragraph it finds; inside its paragraph the
    segmenter's width evidence is weak (digits and quotes read half-width, misread marks), so
    a line a little short of the measured column is no paragraph end unless it ends a sentence.
    """
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if (prev is not None and prev.role == ROLE_BODY and b.role == ROLE_BODY
                and prev.features.get("blank_block") is not None
                and prev.features.get("blank_block") == b.features.get("blank_block")
                and prev.page == b.page and not ends_sentence(prev.text) and not is_dateline(b.text)):
            out[-1] = replace(prev, text=join_pieces([prev.text, b.text]), lines=prev.lines + b.lines,
                              ends_paragraph=b.ends_paragraph, features=dict(prev.features))
            continue
        out.append(b)
    return out


def _part_of(b: Block, lines: Sequence[str], role: str | None, **fields: Any) -> Block:
    """A block of some of ``b``'s printed ``lines`` in ``role``, where ``b`` stood (its index,
    page, column, line width and a copy of its features unless ``fields`` say otherwise)."""
    fields.setdefault("features", dict(b.features))
    return Block(text=join_pieces(ln.strip() for ln in lines), lines=list(lines), index=b.index, page=b.page,
                 column=b.column, line_width=b.line_width, role=role, **fields)


def _split_datelines(blocks: list[Block]) -> list[Block]:
    """A block whose later printed line opens a dateline (``新华社…电``) holds two things: the
    lines before it (a headline the extraction glued on) and the article's first paragraph.
    A dateline cut at a block's last line (``新华社耶路撒冷１月８日`` / ``电（记者…``) goes to
    the block after it, which holds its rest."""
    blocks = _datelines_cut_at_block_end(blocks)
    out: list[Block] = []
    for b in blocks:
        lines = [ln.strip() for ln in b.lines]
        cut = next((k for k in range(1, len(lines)) if is_dateline(lines[k])), None)
        if cut is None or len(b.lines) < 2:
            out.append(b)
            continue
        head = join_pieces(lines[:cut])
        if not drop_space(b.text).startswith(drop_space(head)):
            out.append(b)
            continue
        # lines before the headline that end a sentence: the end of the paragraph above it
        top = next((k + 1 for k in range(cut - 2, -1, -1) if ends_sentence(lines[k])), 0)
        if top:
            out.append(_part_of(b, b.lines[:top], "body", starts_paragraph=b.starts_paragraph))
        # (a headline block keeps its role: a subtitle under its lines is cut off next)
        out.append(_part_of(b, b.lines[top:cut], "headline" if b.role == "headline" else None))
        out.append(_part_of(b, b.lines[cut:], "body", ends_paragraph=b.ends_paragraph))
    return out


def _datelines_cut_at_block_end(blocks: list[Block]) -> list[Block]:
    """Move a block's last printed line to the next block where it is the start of a
    dateline that the next block goes on with (``新华社耶路撒冷１月８日`` + ``电（记者戚德良…``:
    pdfminer's box ends where the printed line does), the line before it no paragraph's text
    (it ends no sentence: a headline). Dev pdfminer cer 0.2847 -> 0.2803, headline_em 0.876 ->
    0.882; tess300 0.1458 -> 0.1454, pair_f1 0.938 -> 0.947 (dev_029); the variant and
    text-variant pages unchanged."""
    out = list(blocks)
    for n in range(len(out) - 1):
        b, nxt = out[n], out[n + 1]
        lines = [ln for ln in b.lines if ln.strip()]
        if len(lines) < 2 or not nxt.lines or not nxt.text.strip():
            continue
        last = lines[-1].strip()
        if is_dateline(last) or not is_dateline(drop_space(last) + drop_space(nxt.text)[:4]):
            continue
        if ends_sentence(lines[-2].strip()):
            continue
        out[n] = _part_of(b, lines[:-1], b.role, starts_paragraph=b.starts_paragraph, ends_paragraph=True)
        out[n + 1] = _part_of(nxt, [lines[-1], *nxt.lines], nxt.role, starts_paragraph=True,
                              ends_paragraph=nxt.ends_paragraph)
    return out


def _heads_over_datelines(blocks: list[Block]) -> list[Block]:
    """A body block whose last printed line is a headline, over a block that opens with a
    dateline: the headline's line was read into the foot of the column before it (OCR dev_027:
    ``…占地1.7平`` / ``政府重视好事办实蓉城今日面貌新`` / ``本报成都1月3日电…``). The line
    is headline-like (no clause mark, six characters or more) and no word reads on into it from
    the line above (``…长距离游`` / ``泳5个大项的角逐``: a paragraph's last line whose full stop
    the engine lost)."""
    # (the next block that is no furniture, for each block: one pass from the end)
    after: list[Block | None] = [None] * len(blocks)
    nxt: Block | None = None
    for k in range(len(blocks) - 1, -1, -1):
        after[k] = nxt
        if blocks[k].role != ROLE_FURNITURE and blocks[k].text.strip():
            nxt = blocks[k]
    out: list[Block] = []
    for b, below in zip(blocks, after, strict=True):
        lines = [ln for ln in b.lines if ln.strip()]
        if (b.role == "body" and len(lines) >= 2 and below is not None and is_dateline(below.text.strip())
                and _heads_dateline(lines[-2].strip(), lines[-1].strip())):
            out.append(_part_of(b, lines[:-1], "body", starts_paragraph=b.starts_paragraph, ends_paragraph=False))
            out.append(_part_of(b, lines[-1:], "headline"))
            continue
        out.append(b)
    return out


def _heads_dateline(above: str, line: str) -> bool:
    """Is ``line`` (under ``above``, over a dateline) a headline read into a body block?"""
    t = drop_space(line)
    return (len(t) >= 6 and not CLAUSE_MARK.search(t) and is_heading_like(t)
            and word_join_score(above, line) < _WORD_INTO_HEAD)


#: word evidence (nats) that a line reads on from the one above it: no headline's first line
_WORD_INTO_HEAD = 2.0


#: the longest headline tail read on the dateline's line (``结束`` of ``…足球赛结束``)
_TAIL_ON_DATELINE = 4
_LEAD_HAN = re.compile(rf"[\u4e00-\u9fff]{{1,{_TAIL_ON_DATELINE}}}")


def _tails_on_datelines(blocks: list[Block]) -> list[Block]:
    """A headline set in a narrow column whose last printed line shares its baseline with the
    body's first line: the extractor prints the two on one line, the headline's last
    characters first, then the dateline (variant dev_010-c2 pdftotext: ``第六届红星御杯 足球赛``
    over ``结束本报北京１月１１日讯…``). Those characters (one to four, where the rest of the
    line opens with a dateline that they are no part of) go back to the headline line above,
    which ends with no punctuation. Only characters move, none is lost."""
    out: list[Block] = []
    for b in blocks:
        if b.role == ROLE_FURNITURE or not b.lines:
            out.append(b)
            continue
        # the headline's lines in the same block (``第六届红星御杯 足球赛`` / ``结束本报北京…``)
        at, cut = next(((k, c) for k in range(1, len(b.lines)) if (c := _tail_cut(b.lines[k]))), (0, 0))
        if at and is_heading_like(join_pieces(ln.strip() for ln in b.lines[:at])):
            line = b.lines[at].strip()
            head = [*b.lines[: at - 1], b.lines[at - 1].rstrip() + line[:cut]]
            out.append(_part_of(b, head, None))
            out.append(_part_of(b, [line[cut:], *b.lines[at + 1 :]], "body", ends_paragraph=b.ends_paragraph))
            continue
        # ... or in the block before it
        prev = next((x for x in reversed(out) if x.role != ROLE_FURNITURE), None)
        first = b.lines[0].strip()
        cut = _tail_cut(first)
        if (prev is not None and cut and prev.lines and is_heading_like(prev.text)
                and prev.text.strip()[-1:] not in "，。！？；：、）》”"):
            out[out.index(prev)] = _part_of(prev, [*prev.lines[:-1], prev.lines[-1].rstrip() + first[:cut]], prev.role)
            out.append(_part_of(b, [first[cut:], *b.lines[1:]], b.role,
                                starts_paragraph=True, ends_paragraph=b.ends_paragraph))
            continue
        out.append(b)
    return out


def _tail_cut(line: str) -> int:
    """Where a dateline starts in ``line`` after one to four Han characters that are no part of
    it (``结束本报北京…`` -> 2), else 0."""
    line = line.strip()
    m = _LEAD_HAN.match(line)
    if not m or is_dateline(line):
        return 0
    return next((k for k in range(1, m.end() + 1) if is_dateline(line[k:])), 0)


def _side_by_side_heads(blocks: list[Block]) -> list[Block]:
    """A block of k (2 to 4) headline-like lines followed by k blocks that each open with a
    dateline holds k headlines set side by side, read one line each (dev_015 pdftotext:
    ``云南全面完成党报党刊发行任务`` / ``海南超额完成人民日报发行任务`` over ``本报昆明…电`` and
    ``本报海口…电``): one block per line, each its own extraction run, so that the page analysis
    reads them as k headlines (the i-th over the i-th dateline)."""
    out: list[Block] = []
    for n, b in enumerate(blocks):
        lines = [ln for ln in b.lines if ln.strip()]
        k = len(lines)
        if (2 <= k <= 4 and b.role != "body"
                and all(is_heading_like(ln) and is_whole_headline(ln) for ln in lines)
                and n + k < len(blocks)
                and all(is_dateline(blocks[n + m].text) for m in range(1, k + 1))):
            run = b.features.get("blank_block")
            for m, ln in enumerate(lines):
                out.append(_part_of(b, [ln], b.role,
                                    features={**b.features, "blank_block": (run, m), "side_by_side": True}))
            continue
        out.append(b)
    return out


def _full_line(b: Block) -> bool:
    """Is the block a single printed line as wide as its column (a cut-off first line)?"""
    lines = [ln for ln in b.lines if ln.strip()]
    if len(lines) != 1 or b.line_width <= 0:
        return False
    # an indent of two characters the extractor dropped, and one or two more that line
    # breaking rules pushed to the next line (``制。`` may not start a line with ``。``)
    return display_width(lines[0].strip()) >= b.line_width - 8


def _column_line(b: Block) -> bool:
    """:func:`_full_line`, and no wider than its column (a wider line is set across columns)."""
    return _full_line(b) and display_width(b.text.strip()) <= b.line_width + 4


#: a subtitle's first line holds at least this many characters, unless the subtitle wraps
#: (dev's: 13 to 30; a two-part headline's second half on a line of its own, as long as its
#: first half and more, ``坚定扛起使命担当`` / ``奋力描绘共同富裕新图景``, is shorter)
SUBTITLE_MIN = 13
#: ... where the extractor prints a two-part headline's halves as two lines (PyMuPDF: two spans
#: on one baseline), a second half may be longer still (``全市解放思想优化环境`` /
#: ``加快高质量发展研讨交流会议讲话稿``, 16): there a subtitle's first line holds this many
#: (dev's subtitles without a dash: 24 and 31). Other-text PyMuPDF headline_em 0.950 ->
#: 0.979 on both sets (dev unchanged); not where a headline line is printed whole (plain
#: pdftotext, ``-layout``): there a 16-character line under a headline is the body's first
#: line or a subtitle, and at 17 it went into the headline
SUBTITLE_MIN_HALVES_APART = 17


#: a heading this short (characters, all its lines) has no subtitle under it: it is a two-part
#: headline's first half (``坚持首善标准`` / ``在服务保障亚运中展现西湖担当``)
HALF_MAX = 6


def _starts_subtitle(prev_line: str, line: str, *, same_block: bool = False, wraps: bool = False,
                     head_len: int | None = None, least: int = SUBTITLE_MIN) -> bool:
    """Is ``line`` (under heading line ``prev_line``) the first line of a subtitle?

    A subtitle is set smaller than its headline, so its first line holds clearly more
    characters than the headline line above it, and it does not read on from it, and it is
    long (:data:`SUBTITLE_MIN`) unless it goes on on the next line (``wraps``); under a
    two-part headline's line in the same block (``same_block``), any line without a gap as long
    as that and as the headline's second half (less two), that reads no word on from it. No
    subtitle stands under a heading of ``head_len`` <= :data:`HALF_MAX` characters (None: not
    known to be the whole heading).
    """
    from ..plausibility import join_score

    a, b = drop_space(prev_line), drop_space(line)
    if b.startswith(("——", "—")):
        return True
    if join_score(a, b) >= 2.0 or len(a) < 3 or (head_len is not None and head_len <= HALF_MAX):
        return False
    # a two-part headline (two halves across a gap) over one line without a gap, in one block:
    # the halves fill the width in large type, the line under them is set smaller (pymupdf
    # dev_019; in another block such a line is as often the next article's headline)
    gaps = list(HEAD_GAP.finditer(prev_line.strip())) if same_block else []
    if len(gaps) == 1 and not HEAD_GAP.search(line):
        left = len(drop_space(prev_line.strip()[: gaps[0].start() + 1]))
        if min(left, len(a) - left) >= 4:
            # (not the second half's wrapped rest: shorter than that half, or a word read on
            # across the line end, ``数智赋能 保定打造服务周到便利`` / ``高效政务环境``,
            # ``数智赋能 保定打造服务周`` / ``到便利高效政务环境``: other-text headline_em plain
            # pdftotext 0.731 -> 0.734, -layout 0.861 -> 0.864, pdfminer 0.716 -> 0.719; nor
            # a third part shorter than any subtitle, ``狠抓产业项目 做强重大平台`` /
            # ``走好智造强区之路``: fresh rounds 5-6 headline_em PyMuPDF 0.976 -> 0.979, -layout
            # 0.828 -> 0.831, plain pdftotext 0.689 -> 0.695, pdfminer 0.704 -> 0.713)
            return len(b) >= max(SUBTITLE_MIN, len(a) - left - 2) and not word_cut(a, b)
    return len(b) >= len(a) + 3 and (len(b) >= least or wraps)


#: the most characters of a headline's last printed line standing alone (``项``, ``灾民``)
_TAIL_MAX = 2
#: the most characters of the line over it: one line of a headline, not a body line
_TAIL_HEAD_MAX = 30
_TAIL_TEXT = re.compile(r"^\w+$")


#: how many blocks after a headline block its last line's rest may come (a byline and the
#: neighbouring column's headline between)
_REST_REACH = 4
#: the longest headline line (characters) that may be another headline's first line
_REST_LINE_MAX = 16


def _headline_rests(blocks: list[Block]) -> list[Block]:
    """A headline block whose last printed line cuts a word that a later one-line headline
    block goes on with holds the first line of a neighbouring column's headline: plain
    pdftotext reads the two columns' headline rows as one block, the second line apart
    (``月球勘探者最后一刻雷达故障延缓一天出使蟾宫`` / ``配套设施“老掉牙”纽约地``, then
    ``论统揽全局``, a byline and ``铁“蜗牛爬”``). The line goes to the block that goes on
    with it: ``配套设施“老掉牙”纽约地铁“蜗牛爬”``.
    """
    out = list(blocks)
    for at, h in enumerate(out):
        lines = [ln.strip() for ln in h.lines if ln.strip()]
        if h.role != "headline" or len(lines) < 2:
            continue
        last = lines[-1]
        if len(drop_space(last)) > _REST_LINE_MAX or ends_sentence(last) or CLAUSE_MARK.search(last):
            continue
        for k in range(at + 1, min(len(out), at + 1 + _REST_REACH)):
            t = out[k]
            if t.role not in ("headline", "byline", "section"):
                break
            if (t.role == "headline" and len(t.lines) == 1 and t.page == h.page
                    and len(drop_space(t.text)) <= _REST_LINE_MAX and not ends_sentence(t.text)
                    and word_cut(last, t.text)):
                out[at] = _part_of(h, lines[:-1], "headline")
                text = last + t.text.strip()
                out[k] = replace(t, text=text, lines=[text])
                break
    return out


def _headline_tails(blocks: list[Block]) -> list[Block]:
    """A headline wrapped so that its last one or two characters stand on a line of their own
    (``昆明：实施 优惠政策１２`` / ``项``; ``巴总理电慰我地震`` / ``灾民``) is one headline.

    The segmenter reads the short line as a headline or a label and the line over it (its
    clause mark, its width) as body; where a column's line follows in the extraction (plain
    pdftotext, pdfminer), the roles never put them together again. Joined: a block of one line
    of one or two letters (no mark), right under a block of one line (in the same extraction
    group) that is short and ends no sentence, the short line read as a headline or a section
    label; or right under that headline's byline where the word the headline's line cut goes on
    in it (``…奋力描绘共同富裕新图`` / ``嘉兴市南湖区委书记 邵潘锋`` / ``景``: ``pdftotext -layout``
    reads the tail's row with the column under it; other text, ``-layout`` headline_em 0.840 ->
    0.843 on rounds 5-6, every other figure unchanged).
    """
    def can_host(h: Block, b: Block) -> bool:
        """Could ``h`` be the headline line that tail ``b`` was wrapped from?"""
        return (len(h.lines) == 1 and len(drop_space(h.text)) <= _TAIL_HEAD_MAX and not ends_sentence(h.text)
                and h.page == b.page)

    out: list[Block] = []
    for b in blocks:
        t = drop_space(b.text)
        if not (out and 1 <= len(t) <= _TAIL_MAX and _TAIL_TEXT.match(t) and len(b.lines) == 1
                and b.role in ("headline", "section")):
            out.append(b)
            continue
        prev = out[-1]
        if (prev.role in ("headline", "body") and can_host(prev, b)
                and prev.features.get("group") == b.features.get("group")
                and not ends_article(prev.text)):
            # (an article's last line, ``（作者系…局长）``, takes no label of the next one)
            text = prev.text.rstrip() + t
            out[-1] = replace(prev, text=text, lines=[text], role="headline", starts_paragraph=True,
                              ends_paragraph=True)
            continue
        head = out[-2] if len(out) >= 2 and prev.role == "byline" else None
        if head is not None and head.role == "headline" and can_host(head, b) and word_cut(head.text, t):
            # the tail read after the headline's byline (``-layout``: ``…奋力描绘共同富裕新图`` /
            # ``景`` / ``嘉兴市南湖区委书记 邵潘锋``, the tail's row read with the column under it):
            # where the word the headline's line cut goes on in it (``图景``)
            text = head.text.rstrip() + t
            out[-2] = replace(head, text=text, lines=[text])
            continue
        out.append(b)
    return out


def _split_headings(blocks: list[Block], *, halves: bool = True, least: int = SUBTITLE_MIN) -> list[Block]:
    """A headline block whose printed lines hold a subtitle too is cut in two; a running
    header on top of a block (a headline's or a body block's first printed line) is cut off;
    so is a section label under a headline's lines that stands on a line of its own elsewhere
    on the page (``格鲁吉亚总统警告说将武力解决阿布哈兹冲突`` / ``国际``: the label of the next
    article, read into the headline's block; a headline's last character alone on its line,
    ``昆明：实施 优惠政策１２`` / ``项``, is no label)."""
    labels = {
        t for b in blocks
        if len(t := drop_space(b.text)) <= _LABEL_MAX and "\n" not in b.text.strip() and t.isalpha()
        and len(t) >= 2
    }
    out: list[Block] = []
    for at, b in enumerate(blocks):
        if b.role == "body" and len(b.lines) >= 2 and is_furniture(b.lines[0].strip()):
            # a running header the extraction read into one block with what stands under it
            # (OCR: the page's first row over a section label)
            out.append(_part_of(b, b.lines[:1], "furniture"))
            rest = b.lines[1:]
            b = replace(b, text=join_pieces(ln.strip() for ln in rest), lines=rest)
        label = None
        lines = [ln.strip() for ln in b.lines if ln.strip()]
        if len(lines) > 1 and drop_space(lines[-1]) in labels:
            label = _part_of(b, lines[-1:], "section")
            lines = lines[:-1]
            b = replace(b, text=join_pieces(lines), lines=[ln for ln in b.lines if ln.strip()][:-1])
        if b.role != "headline" or len(lines) < 2:
            out.extend([b, label] if label else [b])
            continue
        # a sign-off (``（本报东京１月６日电）``), a running header (OCR: the page's first row
        # read into one block with what stands under it) and a section label glued on top of
        # a headline
        while len(lines) > 1:
            role = "furniture" if is_furniture(lines[0]) else "body" if closes_article(lines[0]) else None
            if role is None:
                break
            out.append(_part_of(b, lines[:1], role))
            lines = lines[1:]
        if (len(lines) > 1 and len(drop_space(lines[0])) <= 4 and len(lines[1]) >= len(lines[0]) + 2
                and not (halves and out and out[-1].role == "section")
                and not label_in_text(lines[0], ((x.role, x.text) for x in blocks[at + 1 :]))):
            # (under a section label, a short first line is a two-part headline's first half:
            # ``文化`` / ``数智赋能`` / ``保定打造…``; so is one that the text under it prints)
            out.append(_part_of(b, lines[:1], "section"))
            lines = lines[1:]
        if len(lines) < 2:
            out.append(_part_of(b, lines, "headline"))
            out.extend([label] if label else [])
            continue
        # (a two-part headline's halves printed one line each, PyMuPDF's spans: ``数智赋能`` /
        # ``保定打造`` / ``服务周到便利高效政`` / ``务环境``, are one row where together they are no
        # wider than the line under them; the line under them is then the second half's wrap,
        # no subtitle set smaller)
        if (halves and len(lines) >= 3 and not any(HEAD_GAP.search(x) for x in lines[:2])
                and len(drop_space(lines[0])) + len(drop_space(lines[1])) <= len(drop_space(lines[2])) + 2):
            lines = [lines[0] + " " + lines[1], *lines[2:]]
        # (a subtitle's first line is the block's last where it wraps into the next heading block)
        wraps_on = at + 1 < len(blocks) and blocks[at + 1].role == "headline"
        cut = next((k for k in range(1, len(lines))
                    if _starts_subtitle(lines[k - 1], lines[k], same_block=True,
                                        wraps=k + 1 < len(lines) or wraps_on,
                                        head_len=len(drop_space("".join(lines[:k]))) if halves else None,
                                        least=least)), None)
        if cut is None:
            out.append(_part_of(b, lines, "headline"))
        else:
            out.extend((_part_of(b, lines[:cut], "headline"), _part_of(b, lines[cut:], "subtitle")))
        out.extend([label] if label else [])
    return out


#: the indent (cells of ``pdftotext -layout``'s grid) of a two-part headline's second half set
#: staggered under its first
_STAGGER_MIN = 4


def _staggered_halves(blocks: list[Block]) -> list[Block]:
    """Three headline lines, the third indented under the first two and about as long as the
    first: a two-part headline set staggered (its second half indented) with its subtitle
    printed between the halves. ``pdftotext -layout`` rows a large headline's second line
    under the smaller subtitle set below it (``伊拉克禁止核查小组执行任务`` /
    ``克林顿称萨达姆无权决定人选`` / ``              安南规劝巴格达不要激化矛盾``): the halves go
    together and the middle line under them, as the subtitle. Not where the middle line goes
    on with a word the first cut (the first half wrapped)."""
    out = list(blocks)
    i = 0
    while i + 2 < len(out):
        a, b, c = out[i : i + 3]
        if (all(x.role == "headline" and len([ln for ln in x.lines if ln.strip()]) == 1 for x in (a, b, c))
                and a.features.get("first_indent", 0) <= 1 and b.features.get("first_indent", 0) <= 1
                and c.features.get("first_indent", 0) >= _STAGGER_MIN
                and not any(HEAD_GAP.search(x.text.strip()) for x in (a, b, c))):
            ta, tb, tc = (drop_space(x.text) for x in (a, b, c))
            if len(tc) >= 4 and abs(len(ta) - len(tc)) <= 3 and not word_cut(ta, tb):
                out[i + 1 : i + 3] = [c, replace(b, role="subtitle")]
                i += 3
                continue
        i += 1
    return out


def _set_as_paragraph(b: Block) -> bool:
    """Is block ``b`` set as a paragraph's first lines: the first indented by a paragraph's
    indent (``pdftotext -layout`` keeps it), each other line filling the column to the
    character? A paragraph cut at a column's foot before its first clause mark reads like a
    headline (``  你一直坚持到`` / ``整个越冬队完成了`` / ``在中山站的全部使``); a headline's
    lines, in a larger type, hold fewer characters than the column's body lines."""
    lines = [ln for ln in b.lines if ln.strip()]
    if len(lines) < 3 or not 1 <= b.features.get("first_indent", 0) <= 4 or b.line_width <= 0:
        return False
    return all(display_width(ln.strip()) == b.line_width for ln in lines[1:])


#: a headline's tail read apart: one or two Han characters alone
_LONE_TAIL = re.compile(f"[{HAN_BMP_CLASS}]{{1,2}}")


def _headline_tails_read_apart(drafts: list[Draft], frags: list[list[int]], texts: list[str]) -> None:
    """A block of one or two Han characters alone, a paragraph or a fragment of its own, that
    finishes a word one headline on the page cut at its end (``强化绿色引领 加快特色发`` ...
    ``展``: pdfminer read the headline's last line among another column's boxes) is that
    headline's end. Only where exactly one headline reads on into it; a lone character that
    no headline takes stays where it was."""
    heads = [d for d in drafts if d.headline]
    lone = [(d, g) for d in drafts for g in d.paragraphs
            if len(g) == 1 and _LONE_TAIL.fullmatch(texts[g[0]].strip())]
    lone += [(None, g) for g in frags if len(g) == 1 and _LONE_TAIL.fullmatch(texts[g[0]].strip())]
    for owner, g in lone:
        tail = texts[g[0]].strip()
        hosts = [h for h in heads if word_cut(headline_text(h, texts), tail)]
        if len(hosts) != 1:
            continue
        hosts[0].headline.append(g[0])
        if owner is None:
            frags.remove(g)
        else:
            owner.paragraphs.remove(g)


def _cut_at(grp: list[int], seams: set[tuple[int, int]]) -> list[list[int]]:
    """A paragraph's blocks, cut where two of them meet at one of ``seams``."""
    out = [[grp[0]]] if grp else []
    for a, b in pairwise(grp):
        if (a, b) in seams:
            out.append([b])
        else:
            out[-1].append(b)
    return out


#: the most characters of a section label (``国际``, ``城市看点``)
_LABEL_MAX = 4


def _mark_subtitles(blocks: list[Block], roles: list[str], *, separate_lines: bool = False, halves: bool = True,
                    least: int = SUBTITLE_MIN) -> None:
    """Of two heading blocks in a row, the second is a subtitle when it is set smaller."""
    for i in range(1, len(blocks)):
        if roles[i] == ROLE_HEADING and roles[i - 1] in (ROLE_HEADING, ROLE_SUBTITLE):
            prev = [ln for ln in blocks[i - 1].lines if ln.strip()] or [blocks[i - 1].text]
            cur = [ln for ln in blocks[i].lines if ln.strip()] or [blocks[i].text]
            other_group = blocks[i].features.get("first_group", blocks[i].features.get("group")) != blocks[
                i - 1
            ].features.get("group")
            long_enough = len(drop_space(blocks[i].text)) >= 6  # not a headline's last piece
            # in markdown-like text each heading is a source line of its own: a second one is
            # not the wrap of the first (elsewhere a wrapped headline may straddle a gap)
            apart = separate_lines and other_group and "group" in blocks[i].features and long_enough
            # (a wrapped line goes on in the block, or in the next heading block of its group)
            wraps = len(cur) > 1 or (i + 1 < len(blocks) and roles[i + 1] == ROLE_HEADING
                                     and blocks[i + 1].features.get("group") == blocks[i].features.get("group"))
            head_len = len(drop_space("".join(prev))) if halves else None
            # (a headline's last line read as a block of its own: the heading's lines over it too)
            over = prev
            if len(prev) == 1 and i >= 2 and roles[i - 2] == ROLE_HEADING:
                over = [ln for ln in blocks[i - 2].lines if ln.strip()] + prev
            if (_starts_subtitle(prev[-1], cur[0], wraps=wraps, head_len=head_len, least=least) or apart
                    or _set_smaller(over, cur)):
                roles[i] = ROLE_SUBTITLE


def _measure(lines: Sequence[str]) -> int | None:
    """The characters per line of a heading wrapped over two or more full lines (its lines but
    the last, within one character of each other), else None."""
    w = [len(drop_space(x)) for x in lines[:-1]]
    return max(w) if len(w) >= 2 and max(w) - min(w) <= 1 else None


def _set_smaller(prev: Sequence[str], cur: Sequence[str]) -> bool:
    """Is heading ``cur`` (under heading ``prev``, both wrapped over full lines) set in smaller
    type: more characters to its line, though fewer than half as many more? In a narrow
    column a subtitle's lines hold one or two characters more than its headline's
    (``华盛顿会谈`` / ``前夕美国对`` / … over ``巴解高官对和`` / ``谈看法分歧埃`` / …), short
    of the three more that :func:`_starts_subtitle` asks of one line under another."""
    a, b = _measure(prev), _measure(cur)
    return a is not None and b is not None and a < b < 1.5 * a and not word_cut(
        drop_space(prev[-1]), drop_space(cur[0]))


_GLUED_BYLINE_RE = re.compile(
    rf"^([\u4e00-\u9fff]{{1,4}})([□■]?[ \u3000]*(?:{OUTLET_RE})\S{{0,8}}?(?:记者|评论员|通讯员).*)$"
)


def _split_glued_bylines(blocks: list[Block]) -> list[Block]:
    """``街舞本报记者 刘杰``: the end of a headline and the byline under it, read as one line
    (a headline set across columns, cut by the column split)."""
    out: list[Block] = []
    for b in blocks:
        m = _GLUED_BYLINE_RE.match(b.text.strip()) if len(b.lines) <= 1 else None
        if not m and out and len(b.lines) <= 1:
            tail = _headline_tail_on_byline(out[-1], b)
            if tail:
                # ``打造最小作战单元 释放最大治理效`` / ``能宁波市委常委、北仑区委书记 潘银浩``:
                # the headline's last character, printed on the byline's row
                head = out[-1]
                text = head.text.rstrip() + tail
                lines = [*head.lines[:-1], head.lines[-1].rstrip() + tail] if head.lines else [text]
                out[-1] = replace(head, text=text, lines=lines)
                rest = b.text.strip()[len(tail):]
                out.append(replace(b, text=rest, lines=[rest], role="byline"))
                continue
        if not m or not is_byline(m.group(2)):
            out.append(b)
            continue
        for part, role in ((m.group(1), "headline"), (m.group(2), "byline")):
            out.append(Block(text=part, lines=[part], index=b.index, page=b.page, column=b.column,
                             line_width=b.line_width, role=role, features=dict(b.features)))
    return out


def _headline_tail_on_byline(head: Block, b: Block) -> str:
    """The one or two characters that open line ``b`` and finish a word that headline ``head``
    cut at its end, where the rest of the line is a byline (``能`` of ``…释放最大治理效`` /
    ``能宁波市委常委、北仑区委书记 潘银浩``); ``""`` where there are none."""
    if head.role != "headline" or b.page != head.page or ends_sentence(head.text):
        return ""
    last = head.lines[-1] if head.lines else head.text
    return cut_word_rest(last, b.text, lambda rest: len(rest) > 2 and is_byline(rest.strip()))


def _join_wrapped_bylines(blocks: list[Block]) -> list[Block]:
    """A byline of titles that wraps (``绍兴滨海新区管委会主任、绍兴市越`` / ``城区委书记
    徐军``): its first line, under a headline, reads as body (its ``、``), its last as a byline.
    One line that ends no sentence between a headline and a byline, which with the byline
    reads as a byline, is the byline's first line."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        before = out[-2] if len(out) >= 2 else None
        if (b.role == "byline" and prev is not None and before is not None and before.role == "headline"
                and prev.role == "body" and len(prev.lines) == 1
                and len(drop_space(prev.text)) <= _WRAPPED_BYLINE_MAX and not ends_sentence(prev.text)
                and not is_byline(prev.text) and is_byline(prev.text.strip() + b.text.strip())):
            text = prev.text.strip() + b.text.strip()
            out[-1] = replace(b, text=text, lines=[text])
            continue
        out.append(b)
    return out


#: the most characters of a byline's first line read apart from it (see :func:`_join_wrapped_bylines`)
_WRAPPED_BYLINE_MAX = 24


def _split_continuation_notes(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    notes: list[str] = []
    for b in blocks:
        m = CONTINUATION_TAIL_RE.search(b.text)
        if m and m.start() > 0:
            notes.append(m.group(0).strip())
            b.text = b.text[: m.start()].rstrip()
    return blocks, notes


def analyse(text: str, *, page_id: str | None = None, ocr: bool = False, min_join: float | None = None) -> Page:
    """The page structure of an already cleaned (pre-layout) page extraction.

    A page printed in Traditional characters is read through its Simplified conversion and its
    texts are printed back in its own script (:mod:`.script_view`).

    ``min_join``: a paragraph is printed cut where the continuation link that joined two of its
    blocks scored below this (the pieces stay in reading order, as paragraphs of their own).

    ``ocr``: the text is OCR output, whose page segmentation may cut one wrapped headline
    into blocks (extraction blocks then do not tell two headlines apart).
    """
    return _analyse_in_view(text, simplified_view(text), page_id=page_id, ocr=ocr, min_join=min_join)


def _analyse_in_view(text: str, view: tuple[str, Callable[[str], str]] | None, *, page_id: str | None,
                     ocr: bool, min_join: float | None, plain_pdftotext: bool = False,
                     wide_digits: bool = False) -> Page:
    """:func:`analyse` of ``text``, read through ``view`` (its Simplified view) where it has one."""
    if view is None:
        return _analyse_page(text, page_id=page_id, ocr=ocr, min_join=min_join, plain_pdftotext=plain_pdftotext,
                             wide_digits=wide_digits)
    simp, back = view
    return back_page(_analyse_page(simp, page_id=page_id, ocr=ocr, min_join=min_join,
                                   plain_pdftotext=plain_pdftotext, wide_digits=wide_digits), back)


def _analyse_page(text: str, *, page_id: str | None, ocr: bool, min_join: float | None,
                  plain_pdftotext: bool = False, wide_digits: bool = False) -> Page:
    """:func:`analyse` of a page in the script its rules are written for; ``wide_digits``: the
    page as extracted printed its digits and letters full-width (:func:`_printed_wide`)."""
    debris: list[str] = []
    if ocr:
        # lines the engine read in a picture or a rule: set aside before they cut a headline
        text, debris = split_debris_lines(split_ruled_rows(text))
    seg = _segment(text, ocr, plain_pdftotext)
    blocks = [b for b in seg.blocks if b.text.strip()]
    if ocr:
        blocks = _rejoin_ocr_breaks(blocks)
    blocks = _side_by_side_heads(_tails_on_datelines(_split_datelines(_explode(blocks))))
    if ocr:
        blocks = _heads_over_datelines(blocks)
    # (``halves``: a short heading may be a two-part headline's first half; OCR text's short
    # headings are as often debris or a misread headline's pieces)
    # (PyMuPDF: a column's lines together, as printed, and a two-part headline's halves as two
    # lines; pdftotext and pdfminer interleave columns, whose pieces' widths and page tops say less)
    exact = seg.flavour == "pymupdf" and not ocr
    least = SUBTITLE_MIN_HALVES_APART if exact else SUBTITLE_MIN
    blocks = _split_headings(_join_wrapped_bylines(_split_glued_bylines(_headline_tails(_headline_rests(blocks)))), halves=not ocr,
                             least=least)
    blocks, cont_notes = _split_continuation_notes(_staggered_halves(blocks))
    texts = [b.text.strip() for b in blocks]
    roles = assign_roles(
        texts,
        hints=[b.role for b in blocks],
        starts=[b.starts_paragraph for b in blocks],
        full_line=[_full_line(b) for b in blocks],
        column_line=[_column_line(b) for b in blocks],
        # (markdown-like text prints each paragraph on one source line: no width evidence)
        mid_paragraph=None if seg.flavour in ("markdown", "plain") else [
            not b.starts_paragraph and bool(b.features.get("start_known")) for b in blocks],
        short_labels=not ocr,
        inside=[bool(b.features.get("inside_paragraph")) for b in blocks],
    )
    for i, b in enumerate(blocks):
        if roles[i] == ROLE_HEADING and (b.features.get("row_piece") or _set_as_paragraph(b)):
            # a column's line cut out of a row of columns' lines (layout.segment.RowPiece), or
            # a paragraph's lines cut at a column's foot before any clause mark
            roles[i] = ROLE_BODY
    _colon_heads(texts, roles)
    if ocr:
        _body_font_headings(blocks, roles)
        _junk_headings(texts, roles)
        _open_author_notes(texts, roles)
        _open_quote_heads(texts, roles)
    _mark_subtitles(blocks, roles, separate_lines=seg.flavour == "markdown", halves=not ocr, least=least)
    if not ocr:
        _justified_lines(texts, roles, [b.lines for b in blocks])
    caption_leads = _caption_leads(blocks, texts, roles) if ocr else set()
    footer_tail = _footer_tails(texts, roles)
    body = [i for i, r in enumerate(roles) if r in (ROLE_BODY, ROLE_EDITOR_NOTE, ROLE_HEADING)]
    # markdown-like text has no indents: its paragraph-start evidence is weak
    weak_starts = seg.flavour in ("markdown", "plain")
    run_on = not ocr and seg.flavour in _RUN_ON_FLAVOURS
    # (each column printed whole: a run of fragments is no band read across columns, as
    # pdfminer's boxes are. Two long articles side by side over several pages, new text
    # dev_021-t4 -layout cer 0.4917 -> 0.2129; -layout articles cer other text / held / new
    # 0.0386 / 0.0228 / 0.0373 -> 0.0375 / 0.0212 / 0.0323, dev and set B the same, set A
    # 0.0046 -> 0.0057 on one page whose columns -layout merged; PyMuPDF unchanged)
    in_columns = not ocr and seg.flavour in _COLUMN_WISE
    flowing = seg.flavour in ("pdftotext", "pdfminer") and not ocr
    floor = PDF_LINK_FLOOR if seg.flavour in _COLUMN_WISE else FLOWING_LINK_FLOOR if flowing else 0.0
    pieces = {i: _piece(blocks[i], pos, weak_starts=weak_starts, ocr=ocr,
                        at_break=run_on and _open_at_break(blocks, i, wide_digits), floor=floor, exact=exact,
                        new_page=exact and pos > 0 and blocks[i].page != blocks[body[pos - 1]].page,
                        in_columns=in_columns, order_evidence=FLOWING_ORDER_EVIDENCE if flowing else 0.0,
                        wide=wide_digits)
              for pos, i in enumerate(body)}
    # (extraction groups: blank-line blocks of a flowing extraction; -layout columns differ)
    groups = [b.features.get("group") for b in blocks] if flowing else None
    runs = [b.features.get("blank_block") for b in blocks] if flowing else None
    side = frozenset(i for i, b in enumerate(blocks) if b.features.get("side_by_side"))
    drafts, frags, dbg = assemble(texts, roles, pieces, groups=groups, runs=runs, ocr=ocr, side_by_side=side)
    roles = dbg.pop("roles", roles)
    # the blocks that start mid-sentence: a paragraph opening with one continues something
    mid_sentence = {i for i, p in pieces.items() if right_strength(p) > 0}
    drafts = _adopt_bylined_bodies(drafts, texts, mid_sentence, ocr=ocr)
    if flowing:
        drafts = _join_unopened_groups(drafts, texts)
    _swap_crossed_headlines(drafts, texts)
    _rehome_dateline_bylines(drafts, texts)
    if ocr:
        # (the pronoun rule first: a heading over ``他指出…`` is a cut-off part of the headline
        # read before it, not a subheading)
        drafts = _fold_pronoun_openers(drafts, texts)
    drafts = _fold_subheads(drafts, texts, roles)
    if ocr or flowing:
        # (before the articles are ordered: the moved paragraphs' reading votes for their new
        # article's place, a column's top read after the last band; a flowing extraction's
        # interleaved columns put paragraphs on the article read before them the same way)
        rehome_by_topic(drafts, texts, mid_sentence, margin=0.0 if ocr else FLOWING_MARGIN, groups=groups)
        rehome_by_lead_name(drafts, texts, mid_sentence)
    if flowing:
        # a headline read right before another article's text: that text goes home, and the
        # headline, left without body, is a fragment (dev pdftotext cer 0.1870 -> 0.1722)
        for d in rehome_off_topic_bodies(drafts, texts, mid_sentence):
            if d.headline or d.subtitle or d.byline:
                frags.append([*d.headline, *d.subtitle, *d.byline])
            drafts.remove(d)
    if ocr:
        # (after the topic rules, where an article's paragraphs are known; the text folded in
        # may share no words with the article it joins: the topic rule looks at it again)
        n = len(drafts)
        drafts = _fold_unsourced(drafts, texts)
        if len(drafts) < n:
            rehome_by_topic(drafts, texts, mid_sentence, margin=0.0, groups=groups)
    place_signoffs(drafts, texts)
    if not ocr:
        _headline_tails_read_apart(drafts, frags, texts)
    _author_notes_home(drafts, roles)
    if ocr:
        # (a run of paragraphs without headline is the rest of an article read elsewhere)
        drafts = adopt_headless_by_topic(drafts, texts)
        # (a headless "article" of a few marks and a character or two, ``、\示``, is debris the
        # engine read off a picture or a rule: a fragment, not an article; dev tess300 dev_023
        # ``月Ji`` and variant tess150 dev_005-pt8, cer 0.1395 -> 0.1394 and 0.2283 -> 0.2282,
        # one predicted article fewer each, no other output changes)
        for d in [d for d in drafts if not (d.headline or d.subtitle or d.byline) and _debris_only(d, texts)]:
            frags.append([b for grp in d.paragraphs for b in grp])
            drafts.remove(d)
    drafts = _order_by_reading(drafts)
    if flowing:
        drafts = _masthead_first(drafts, texts, roles, [b.page for b in blocks])

    in_blocks = any(b.role == ROLE_FURNITURE for b in seg.blocks)
    furniture: list[str] = [] if in_blocks else [_SPACES.sub(" ", f).strip() for f in seg.furniture if f.strip()]
    for i, r in enumerate(roles):
        if r in (ROLE_FURNITURE, ROLE_CAPTION, ROLE_CONTINUATION, ROLE_SECTION):
            t = clean_headline(texts[i]) if r == ROLE_SECTION else _furniture_text(texts[i])
            if i in footer_tail and furniture:
                furniture[-1] = f"{furniture[-1]} {t}"  # the rest of a footer line
            elif i - 1 in caption_leads and furniture:
                furniture[-1] += t  # the rest of a caption
            else:
                furniture.append(t)
    furniture.extend(cont_notes)
    furniture.extend(debris)

    if min_join is not None:
        weak = {(lk["from"], lk["to"]) for lk in dbg.get("links", []) if lk["score"] < min_join}
        if weak:
            for d in drafts:
                d.paragraphs = [part for grp in d.paragraphs for part in _cut_at(grp, weak)]
    articles = [_article(d, texts, roles, ocr=ocr) for d in drafts]
    if ocr:
        _redo_ocr_steps(articles)
        _fix_headlines(articles)
    else:
        _two_part_gaps(articles, drafts, blocks)
    fragments = [clean_body(join_pieces(texts[k] for k in grp)) for grp in frags]
    # body blocks that no article took (cannot happen by construction, but never lose text)
    used = {b for d in drafts for grp in d.paragraphs for b in grp}
    used |= {b for d in drafts for b in d.headline + d.subtitle + d.byline}
    used |= {b for grp in frags for b in grp}
    for i, r in enumerate(roles):
        if i not in used and r not in (ROLE_FURNITURE, ROLE_CAPTION, ROLE_CONTINUATION, ROLE_SECTION):
            fragments.append(clean_body(texts[i]))

    page = Page(page_id=page_id, articles=articles, furniture=furniture, fragments=fragments)
    page.debug = {
        "flavour": seg.flavour,
        "blocks": [
            {
                "i": i,
                "role": roles[i],
                "text": texts[i][:60],
                "end": texts[i][-20:],  # (where a continuation link looks)
                "starts_paragraph": blocks[i].starts_paragraph,
                "ends_paragraph": blocks[i].ends_paragraph,
                "line_width": blocks[i].line_width,
            }
            for i in range(len(blocks))
        ],
        **dbg,
    }
    for a, d in zip(articles, drafts, strict=True):
        a.debug = {"blocks": [b for grp in d.paragraphs for b in grp], "notes": d.notes,
                   "headline_blocks": d.headline, "byline_blocks": d.byline}
    return page


def _colon_heads(texts: list[str], roles: list[str]) -> None:
    """A block that is a headline's first part alone, ending with its colon
    (:func:`~cntextclean.layout.lines.is_head_colon_part`), right over a heading, is that
    headline's (``大庆萨尔图：`` over ``“三管齐下”为优化营商环境“护航”``), not a paragraph: the roles
    call a text ending with a colon body text (a salutation, ``同志们：``, a list's lead-in), and
    the linker then took it as the rest of a paragraph the page cut off (``…有效促进公益服务质量``
    + ``大庆萨尔图：``). Blocks of furniture between them are skipped.

    >>> texts, roles = ["大庆萨尔图：", "“三管齐下”为优化营商环境“护航”", "同志们：", "会议讲话稿"], ["body", "heading", "body", "heading"]
    >>> _colon_heads(texts, roles)
    >>> roles
    ['heading', 'heading', 'body', 'heading']
    """
    for i, t in enumerate(texts):
        if roles[i] != ROLE_BODY or not is_head_colon_part(t):
            continue
        j = i + 1
        while j < len(texts) and roles[j] == ROLE_FURNITURE:
            j += 1
        if j < len(texts) and roles[j] == ROLE_HEADING:
            roles[i] = ROLE_HEADING


def _justified_lines(texts: Sequence[str], roles: list[str], lines: Sequence[Sequence[str]] = ()) -> None:
    """A heading-like line with a space between every two of its characters is a justified
    body line (pdfminer prints the letter-spacing that stretched it to its column's width:
    ``电 影 表 演 艺 术 家 孙 道 临 主 持 了 音 乐``): body. So is a block of two or more such
    printed lines (``lines``, each block's), eight characters or more in all: a narrow
    column's lines (``萨 默 斯`` / ``是 受 克 林 顿`` / ``总 统 委 派 来``, five characters to a
    line), which hold no clause mark to tell them from a headline. (Not for OCR text, whose
    engine spaces out any line, headlines too.)

    >>> roles = ["heading", "heading", "heading"]
    >>> _justified_lines(["电 影 表 演 艺 术 家 孙 道 临", "推广特区基本法 香港成立督导委员会", "萨 默 斯是 受 克 林 顿"],
    ...                  roles, [[], [], ["萨 默 斯", "是 受 克 林 顿"]])
    >>> roles
    ['body', 'heading', 'body']
    """
    for i, t in enumerate(texts):
        if roles[i] != ROLE_HEADING:
            continue
        printed = [ln.strip() for ln in lines[i]] if i < len(lines) else []
        # (the block's lines run together letter-spaced make one such line, eight characters
        # or more)
        if is_letter_spaced(t) or (
                len(printed) >= 2 and all(is_letter_spaced(ln, least=2) for ln in printed)
                and is_letter_spaced(" ".join(printed))):
            roles[i] = ROLE_BODY


#: share of an article's headline bigrams recurring in a bylined body that ties them outright
_SIM_ADOPT = 0.25


#: the most a caption's lines differ in width (display columns), and the most blocks a
#: caption's lines are cut into before its credit line
_CAPTION_SLACK = 2
_CAPTION_MAX_LEADS = 3


def _caption_leads(blocks: list[Block], texts: list[str], roles: list[str]) -> set[int]:
    """OCR: blocks that are the first lines of the caption after them (their roles become
    caption). An OCR engine's page segmentation cuts a caption set across columns into
    blocks, and only the last, with the credit (``（新华社记者某某摄）``), reads as a caption.
    A block right before a caption whose text runs on into it (no sentence end) and whose
    printed lines are all wider than its column, as wide as the caption's widest line, is
    part of that caption (a column's own lines are as wide as the column: a body block cut
    by a caption set in one column is not taken). Returns the blocks taken."""
    out: set[int] = set()
    for i, b in enumerate(blocks):
        if roles[i] not in (ROLE_CAPTION, ROLE_FURNITURE) or not is_caption(texts[i]):
            continue
        spans = [Line.make(ln).span for ln in b.lines if ln.strip()]
        if not spans:
            continue
        wide = max(spans)
        j = i - 1
        while j >= 0 and i - j <= _CAPTION_MAX_LEADS and roles[j] in (ROLE_BODY, ROLE_HEADING):
            lead = blocks[j]
            lead_spans = [Line.make(ln).span for ln in lead.lines if ln.strip()]
            if (not lead_spans or ends_sentence(texts[j]) or not lead.line_width
                    or any(w <= lead.line_width + _CAPTION_SLACK or abs(w - wide) > _CAPTION_SLACK
                           for w in lead_spans)):
                break
            roles[j] = ROLE_CAPTION
            out.add(j)
            j -= 1
    return out


def _junk_headings(texts: list[str], roles: list[str]) -> None:
    """OCR: a heading block that is debris the engine read in a picture, a rule or a broken
    character (:func:`~cntextclean.ocr.debris.is_debris_heading`: ``士/木o``, ``一一``, ``器``)
    heads no article: it goes with the furniture (listed there, not lost), and the paragraphs read after it go
    where the reading and their words take them. Measured (dev and 37 variant OCR pages):
    9 such blocks, none a gold headline; dev tess300 cer 0.1548 -> 0.1510, pair 0.912 ->
    0.927; variant tess300 cer 0.1816 -> 0.1776, headline 0.401 -> 0.420."""
    for i, r in enumerate(roles):
        if r == ROLE_HEADING and is_debris_heading(texts[i]):
            roles[i] = ROLE_FURNITURE


def _open_author_notes(texts: list[str], roles: list[str]) -> None:
    """OCR text: a block that opens an author note and ends where its closing bracket was
    lost (``（作者单位系湖州学院``) is the author note, not a headline over the text after it."""
    for i, r in enumerate(roles):
        if r in (ROLE_HEADING, ROLE_BODY) and is_open_author_note(texts[i]):
            roles[i] = ROLE_AUTHOR_NOTE


def _open_quote_heads(texts: list[str], roles: list[str]) -> None:
    """OCR text: a short line over a block that opens with a dateline, headline-like but for one
    opening quote that nothing closes, is the report's headline: the engine read a two-part
    headline's gap as ``“`` (``俄官员会晤车臣领导人“讨论稳定车臣局势问题``) or lost a quoted
    phrase's closing quote at the line's end (``1600名科学家在“国际海洋年``). A body line that
    opens a quote goes on into the lines under it, never into a dateline."""
    for i in range(len(roles) - 1):
        t = texts[i].strip()
        if roles[i] != ROLE_BODY or "\n" in t or t.count("“") != 1 or "”" in t or '"' in t:
            continue
        j = i + 1
        while j < len(roles) and roles[j] in (ROLE_FURNITURE, ROLE_CAPTION):
            j += 1
        if j < len(roles) and is_dateline(texts[j].strip()) and is_heading_like(t.replace("“", "")):
            roles[i] = ROLE_HEADING


def _author_notes_home(drafts: list[Draft], roles: list[str]) -> None:
    """An author note (``（作者单位系湖州学院）``) ends the article whose text was read just
    before it: it goes there, as its last paragraph, where the assembly left it elsewhere."""
    notes = [(d, grp) for d in drafts for grp in d.paragraphs if roles[grp[0]] == ROLE_AUTHOR_NOTE]
    cands = [h for h in drafts if h.has_body]
    for d, grp in notes:
        host = read_before(cands, grp[0])
        if host is not None:
            d.paragraphs.remove(grp)
            host.paragraphs.append(grp)


def _body_font_headings(blocks: list[Block], roles: list[str]) -> None:
    """OCR text: a heading-like block of two or more printed lines whose lines after the first
    each fill the body column (within a character, not wider) is set in the body font: a
    paragraph's lines whose punctuation the OCR engine lost or that hold none, not a headline
    (set larger, a headline's lines hold fewer characters; set across columns, more)."""
    for i, b in enumerate(blocks):
        w = b.line_width
        if roles[i] != ROLE_HEADING or not w:
            continue
        lines = [Line.make(ln) for ln in b.lines if ln.strip()]
        if len(lines) >= 2 and all(w - 2 <= ln.span <= w + 2 for ln in lines[1:]):
            roles[i] = ROLE_BODY


def _host_by_headline(out: list[Draft], d: Draft, texts: list[str], cands: list[int]) -> int | None:
    """Of the articles ``out[k]`` for ``k`` in ``cands``, the one whose headline shares most
    words (Han bigrams) with ``d``'s text, the nearest to ``d`` on a tie; None where none
    shares ``_SIM_ADOPT`` of its bigrams."""
    if not cands:
        return None
    pos = out.index(d)
    body = "".join(texts[k] for grp in d.paragraphs for k in grp)
    sims = {k: similarity("".join(texts[i] for i in out[k].headline), body) for k in cands}
    best = max(cands, key=lambda k: (sims[k], -abs(k - pos)))
    return best if sims[best] >= _SIM_ADOPT else None


#: the word evidence (nats, :func:`~cntextclean.page.joinscore.word_join_score`) that the text
#: after a byline goes on the word before it: dev_024 tess150 ``专|任教师`` 12.3, tess300
#: dev_023 ``进|城”`` 5.0; every other bylined piece of the dev and variant pages scores 0
_WORD_ACROSS_BYLINE = 2.0


def _fold_subheads(drafts: list[Draft], texts: list[str], roles: list[str]) -> list[Draft]:
    """A heading inside an article that made an article of its own goes back into the article
    it was read in, as a paragraph, with the paragraphs under it.

    Candidates: a heading without byline or dateline, read right after another article's
    text (nothing but page furniture between them) where that text did not end its article
    (no author note or sign-off, ``（作者单位系湖州学院）``). It folds where it is numbered
    (``一、要充分认识省委十二届四次全会的重要意义``: a headline is not numbered; seed 001's
    speeches printed in dev's layouts) or one of a parallel series (:func:`_parallel_heads`,
    ``“一链服务”…`` ``“一个平台”…``; such headings, like numbered ones, may follow any of the
    host's text, a flowing extraction reading them out of order; the rest of a series goes
    where its first heading went), or where the article before it is a report (a byline or
    a dateline) that its text talks about clearly more than about any other article
    (:func:`_talks_about`: a body line read as a heading, seed 004's cut-off line
    ``质量发展提供有力的学``). An article without byline or dateline that follows a report on
    another subject (seed 001's speeches, an editorial) stays. A heading of a series is no
    host of another of its series (their text between them is one report's): the second
    heading, become the series' host, had folded into itself and lost the series' text to the
    page's fragments (fresh other text dev_030-t7: 19 blocks; all bench edits 1205681 ->
    1205325, fresh pdfminer pair_f1 0.722 -> 0.731, held-out plain pdftotext 0.760 -> 0.767,
    new text pdfminer 0.796 -> 0.792; dev, variants, seeds and the clean track unchanged).

    On OCR text too, after the pronoun rule (since session 21; cer / pair_f1): the seeds'
    speeches in dev's layouts read by tesseract, tess150 0.0494 / 0.857 -> 0.0395 / 0.931,
    tess300 0.0355 / 0.871 -> 0.0342 / 0.980 (headline_em 0.550 -> 0.650); variant OCR
    tess150 0.1935 / 0.903 -> 0.1926 / 0.906, tess300 0.1683 / 0.925 -> 0.1673 / 0.927; dev
    OCR unchanged but one character.
    """
    gone: set[int] = set()
    # the candidates (headings without byline, subtitle or dateline) and their text
    heads = {id(d): headline_text(d, texts) for d in drafts
             if d.headline and not d.subtitle and not names_source(d, texts)}
    parallel = _parallel_heads(list(heads.values()))
    series_of = {k: parallel.get(t) for k, t in heads.items()}  # each candidate's series, if any
    series_host: dict[tuple[int, int], Draft] = {}  # the article a parallel series went into
    for d in sorted((d for d in drafts if id(d) in heads and d.has_body), key=lambda d: d.headline[0]):
        at = d.headline[0]
        series = series_of[id(d)]
        if series in series_host and id(series_host[series]) not in gone and series_host[series] is not d:
            # the rest of a series goes where its first heading went (one report's subheadings;
            # not into itself: a heading of the series may be the host the first one went into,
            # and folding it into itself lost its text, fresh other text dev_030-t7)
            _fold_into(series_host[series], d, at)
            gone.add(id(d))
            continue
        # (a heading of the series is no host of another: they are one report's subheadings)
        others = [h for h in drafts if h is not d and id(h) not in gone and h.has_body
                  and (series is None or series_of.get(id(h)) != series)]
        host, last = read_last_before(others, at, headlines=True)
        # (a section label, which a flowing extraction may give to any heading read under it,
        # keeps apart no heading of a parallel series: held-out other text, plain pdftotext,
        # headline_em 0.725 -> 0.728, byline_em 0.863 -> 0.867, the other figures the same)
        if host is None or not host.headline or (d.section != host.section and series is None):
            continue
        numbered = is_list_item(heads[id(d)]) or series is not None
        if not numbered and not _talks_about(d, host, others, texts):
            continue
        own = {b for grp in d.paragraphs for b in grp}
        if series is not None:
            # (and the text of its series' other headings: one report's sections)
            own |= {b for h in drafts if h is not d and series_of.get(id(h)) == series for b in h.blocks()}
        # (a numbered heading may follow its own article's headline, or any of its text, with
        # text of its own between: a flowing extraction reads a speech's sections out of order)
        between_ok = all(roles[k] in (ROLE_FURNITURE, ROLE_CAPTION) or (numbered and k in own)
                         for k in range(last + 1, at))
        host_last = max((b for grp in host.paragraphs for b in grp), default=-1)
        if not between_ok or (last != host_last and not numbered):
            continue
        if ends_article(texts[last]):
            continue
        _fold_into(host, d, at)
        gone.add(id(d))
        if series is not None:
            series_host[series] = host
    return [d for d in drafts if id(d) not in gone]


#: a paragraph that opens with a third-person pronoun (``他说``, ``她是在``) goes on from text
#: before it: no article of the dev, variant, text-variant or seed gold (1,029) opens so
_PRONOUN_OPENER = re.compile("^(?:他|她|它)")


def _fold_pronoun_openers(drafts: list[Draft], texts: list[str]) -> list[Draft]:
    """OCR: an "article" whose first paragraph opens with a third-person pronoun (``他指出：…``)
    is the rest of the article read before it, its heading a piece of that article's
    headline that the engine's page segmentation cut off (``我常驻联合国`` /
    ``代表指出７７国集团是重要国际力量``): the heading joins the headline, the paragraphs go
    where they were read. Not where the heading has a byline or the text opens with a
    dateline, nor where no article with a headline was read before it.

    Measured (dev, cer / pair_f1): tess300 0.1483 / 0.928 -> 0.1483 / 0.936; tess150
    0.1355 / 0.924 -> 0.1366 / 0.925 (on dev_019 the article read before the heading is
    itself a body line read as a headline: the paragraphs join the right text in the wrong
    order). No variant, text-variant or seed page has such a heading."""
    return _fold_pieces(drafts, texts, lambda d: bool(_PRONOUN_OPENER.match(texts[d.paragraphs[0][0]].lstrip())),
                        heading=False)


#: a news report names its source: a byline, or a dateline opening its text. Every one of the
#: 169 headed reports of the dev gold does; an OCR "report" that does neither and holds at
#: most this many paragraphs is a piece of the report read before it
UNSOURCED_MAX_PARAGRAPHS = 3
#: ... on a news page: where more than this share of the page's headed articles name a source
#: (speeches and documents set as a page name none; dev pages 0.6 or more as read by OCR; a
#: page of three speeches and a report, one speech's headline tail misread as a byline, is
#: at exactly half)
NEWS_PAGE_SHARE = 0.5


def _fold_unsourced(drafts: list[Draft], texts: list[str]) -> list[Draft]:
    """OCR, news pages (:data:`NEWS_PAGE_SHARE`): an "article" of at most
    :data:`UNSOURCED_MAX_PARAGRAPHS` paragraphs with neither byline nor dateline is text of the
    article read before it that the engine's page segmentation cut off under a line it set
    apart: a body line read as a heading (``约旦代理新闻大臣纳赛尔·劳兹在枪击事件发生`` /
    ``后宣布，约旦政府…``, ``中联部部长戴秉国等参加了`` / ``会见。``) or a headline's second half
    (``日政局纷乱不已`` under ``新进党一分为六``, each half over its own column). The heading
    becomes a paragraph and the paragraphs go where they were read among that article's.

    Measured (cer / pair_f1; PDF pages and text variants unchanged): dev tess150 0.1338 /
    0.930 -> 0.1343 / 0.936, tess300 0.1454 / 0.947 -> 0.1405 / 0.957; 37 variant OCR pages
    tess150 0.1945 / 0.871 -> 0.1935 / 0.903 (byline_em 0.657 -> 0.686), tess300 0.1722 /
    0.914 -> 0.1683 / 0.925. Run before the topic rules, it folded a real report whose byline
    had gone to its neighbour (dev_026 tess300: ``以撤军仍无具体方案``, small before the topic
    rule gave it its paragraphs): tess300 0.1431 / 0.948. Without the news-page test the
    text-variant OCR pages (speeches, no bylines or datelines) lose headlines: tess150 cer
    0.089 -> 0.102, tess300 0.036 -> 0.050."""
    headed = [d for d in drafts if d.headline and d.has_body]
    if not headed or sum(names_source(d, texts) for d in headed) <= NEWS_PAGE_SHARE * len(headed):
        return drafts
    return _fold_pieces(drafts, texts, lambda d: len(d.paragraphs) <= UNSOURCED_MAX_PARAGRAPHS, heading=True)


def _fold_pieces(drafts: list[Draft], texts: list[str], piece: Callable[[Draft], bool], *, heading: bool) -> list[Draft]:
    """Fold each headed article without byline or dateline that ``piece`` picks into the
    article with a headline read last before its heading (``heading``: the heading becomes a
    paragraph there; else it joins that article's headline)."""
    gone: set[int] = set()
    for d in sorted((d for d in drafts if d.headline and d.has_body and not names_source(d, texts)),
                    key=lambda d: d.headline[0]):
        if not piece(d):
            continue
        at = d.headline[0]
        host, _ = read_last_before([h for h in drafts if h is not d and id(h) not in gone and h.has_body], at,
                                   headlines=True)
        if host is None or not host.headline:
            continue
        if not heading:
            host.headline.extend(d.headline)
        _fold_into(host, d, at, heading=heading)
        gone.add(id(d))
    return [d for d in drafts if id(d) not in gone]


def _fold_into(host: Draft, d: Draft, at: int, *, heading: bool = True) -> None:
    """Put heading ``d`` (at block ``at``; ``heading``: its headline as a paragraph) and its
    paragraphs into ``host``, where they were read among the host's paragraphs."""
    where = next((k for k, grp in enumerate(host.paragraphs) if grp[0] > at), len(host.paragraphs))
    host.paragraphs[where:where] = [list(d.headline), *d.paragraphs] if heading else d.paragraphs


#: the opening and closing quotes of a heading that leads with a quoted phrase
_LEAD_QUOTES = "“「『"
_LEAD_CLOSE = "”」』"


def _parallel_heads(heads: Sequence[str]) -> dict[str, tuple[int, int]]:
    """The headings of parallel series (each to its series' key): two or more that lead with
    a quoted phrase of one length and are of one length (``“一链服务”推进项目落地早达产``,
    ``“一个平台”构建四端五全新模式``): a report's subheadings, set as a list is, which no
    page's headlines are."""
    groups: dict[tuple[int, int], list[str]] = {}
    for h in heads:
        t = h.replace(" ", "")
        if len(t) >= 6 and t[0] in _LEAD_QUOTES:
            close = next((k for k, c in enumerate(t) if c in _LEAD_CLOSE), -1)
            if close > 1:
                groups.setdefault((close, len(t)), []).append(h)
    return {h: key for key, grp in groups.items() if len(grp) >= 2 for h in grp}


def _talks_about(d: Draft, host: Draft, others: list[Draft], texts: list[str]) -> bool:
    """Is ``d`` (a heading and its paragraphs) the rest of ``host``, a report (it has a byline or
    opens with a dateline), by what it talks about: it shares with the host's opening at
    least :data:`~.topic.TOPIC_MIN` of weighted words and :data:`~.topic.TOPIC_RATIO` times
    what it shares with any other article's (the subheadings of seed 004's 保定 report; not
    seed 001's speech, printed after a report on another subject)?"""
    if not names_source(host, texts):
        return False
    text = "".join(texts[k] for k in [*d.headline, *chain.from_iterable(d.paragraphs)])
    mine, *rest = core_shares(text, [host, *(h for h in others if h is not host)], texts)
    # (with no other article to compare, it must share as much as it would have to beat
    # one that shares TOPIC_MIN: on a page of two articles a speech after a report shares
    # a few words with it, 10.4, and is no part of it)
    return mine >= TOPIC_MIN and mine >= TOPIC_RATIO * max(rest, default=TOPIC_MIN)


def _adopt_bylined_bodies(drafts: list[Draft], texts: list[str], mid_sentence: set[int], ocr: bool = False) -> list[Draft]:
    """An article that has a byline but no headline, and whose text starts mid-sentence, is the
    rest of an article begun elsewhere: a byline is printed under its headline, over the start
    of a paragraph (an OCR engine's page segmentation, or columns read out of order, set it
    apart with the text that follows it). It joins the article with a headline and no byline
    whose headline its text shares words with, else the article read just before it if that
    has a headline and no byline (else it stays apart). ``mid_sentence``: the blocks that start
    mid-sentence. (Under a byline that opens a paragraph, the article's own headline may be
    lost: it stays apart.) Where that article opens with a dateline, the byline is another
    article's: :func:`_rehome_dateline_bylines` moves it on. Text under such a byline that starts a paragraph stays
    apart, unless a word spans the seam from the article read just before it (a byline read
    inside one of its paragraphs): then it goes on that paragraph, and the byline is that
    article's. On OCR text (``ocr``) it goes to the article read just before it whenever that
    one has a headline, neither a byline nor a dateline, and its last paragraph is finished."""
    out = list(drafts)
    for d in drafts:
        if not d.byline or d.headline or not d.has_body:
            continue
        if d.paragraphs[0][0] not in mid_sentence:
            pos = out.index(d)
            prev = out[pos - 1] if pos else None
            if prev is None or not prev.has_body or not prev.headline or names_source(prev, texts):
                continue
            if word_join_score(texts[prev.paragraphs[-1][-1]], texts[d.paragraphs[0][0]]) >= _WORD_ACROSS_BYLINE:
                # a byline read inside a paragraph (tesseract: a byline printed at a column's
                # top read between two lines of the column before): a word spans the seam
                # around it (``全市中小学专`` / ``任教师的合格率``), the text goes on that paragraph
                prev.paragraphs[-1].extend(d.paragraphs[0])
                prev.paragraphs.extend(d.paragraphs[1:])
            elif ocr and ends_sentence(texts[prev.paragraphs[-1][-1]]):
                # OCR: a byline printed at the top of a column of the article read just before
                # it, read between two of its paragraphs, the one before it finished (where it
                # is cut, the text is another article's, its headline lost). Dev tess150
                # byline_em 0.737 -> 0.763, pair_f1 0.860 -> 0.862; variant tess300 pair_f1
                # 0.832 -> 0.841. Not on PDF text: dev pdftotext pair_f1 0.803 -> 0.799 with it
                prev.paragraphs.extend(d.paragraphs)
            else:
                continue
            prev.byline = d.byline
            out.remove(d)
            continue
        cands = [k for k, c in enumerate(out) if c is not d and c.headline and not c.byline and c.has_body]
        best = _host_by_headline(out, d, texts, cands)
        if best is None:
            # no headline shares its words: only the article read just before it can be its
            # (farther ones moved whole articles to the wrong place: variant OCR page
            # dev_001-c5 cer 0.51 -> 0.68)
            best = out.index(d) - 1
            if best not in cands:
                continue
        host = out[best]
        host.byline = d.byline
        host.paragraphs.extend(d.paragraphs)
        if host.section is None:
            host.section = d.section
        out.remove(d)  # (the article stays where its headline stood: it opens the article)
    return out


def _join_unopened_groups(drafts: list[Draft], texts: list[str]) -> list[Draft]:
    """Flowing extractions (pdftotext, pdfminer): a group of paragraphs with no headline, no
    byline and no dateline opening it is a piece of another article, not an article of its
    own. A newspaper article opens under a headline, a byline or a dateline (``本报讯``,
    ``新华社北京1月5日电``; every one of the 326 articles of the dev and variant gold does); the
    assembly leaves such a group apart where the column it was cut from is read out of order,
    or where a sign-off (``（本报莫斯科1月6日电）``) closed the article the extraction put
    before it. It joins the article whose headline shares its words (as
    :func:`_adopt_bylined_bodies` decides), else the article before it in reading order (the
    first article stays as it is).

    Measured (articles cer / headline_em / byline_em / pair_f1, ``tools/score_articles.py``):
    dev pdftotext 0.2692 / 0.722 / 0.842 / 0.800 -> 0.2685 / 0.746 / 0.842 / 0.802, dev
    pdfminer 0.2980 / 0.822 / 0.816 / 0.807 -> 0.2980 / 0.852 / 0.842 / 0.819; variant pdftotext
    0.3188 / 0.637 / 0.800 / 0.750 -> 0.3194 / 0.669 / 0.914 / 0.773, variant pdfminer 0.4242 /
    0.682 / 0.743 / 0.738 -> 0.4189 / 0.713 / 0.829 / 0.764. Joining into the article before it
    whatever the words gave a third of that and lost pair_f1 on dev pdftotext. Not for OCR
    text, whose article order is less sure: dev tess150 cer 0.1529 -> 0.1548, tess300 pair_f1
    0.851 -> 0.847 with it; joining OCR groups only where the words say so (no article before
    it) gave pair_f1 0.860 -> 0.875 but ``clean --ocr`` cer on dev_trad tess150 0.3525 ->
    0.3877 and dev tess150 0.1617 -> 0.1636. (Markdown-like text is left alone: a modern
    document's commentary has no dateline.)"""
    out = list(drafts)
    for d in drafts:
        if d.headline or not d.has_body or names_source(d, texts):
            continue
        pos = out.index(d)
        if pos == 0:
            continue
        cands = [k for k, c in enumerate(out) if c is not d and c.headline and c.has_body]
        best = _host_by_headline(out, d, texts, cands)
        host = out[pos - 1 if best is None else best]
        host.paragraphs.extend(d.paragraphs)
        host.closed = host.closed or d.closed
        host.notes.append("paragraphs without headline, byline or dateline joined")
        out.remove(d)
    return out


#: an empty pair of quotes inside a headline (OCR)
_EMPTY_QUOTES = re.compile(r" *(?:“ *”|\" *\") *")


def _fix_headlines(articles: list[Article]) -> None:
    """OCR: headline and subtitle characters the page's body shows were misread are set right
    (:func:`~cntextclean.ocr.headwords.fix_headline`; the whole page's body, as an OCR page's
    paragraphs may sit in another article than their headline's)."""
    body = "\n".join(p for a in articles for p in a.paragraphs)
    for a in articles:
        if a.headline:
            # (an empty quote pair between a two-part headline's halves is the gap misread:
            # ``攻坚克难“”善作善成``, dev_027 ``政府重视好事办“”实蓉城今日面貌新``)
            a.headline = headline_dashes(fix_headline(_EMPTY_QUOTES.sub(" ", a.headline).strip(), body))
        if a.subtitle:
            a.subtitle = headline_dashes(fix_headline(a.subtitle, body))


#: the words two crossed headlines gain by trading places (sum of both headlines' shares of
#: bigrams found in the body, :func:`~cntextclean.page.order.similarity`)
_SWAP_GAIN = 0.5


def _swap_crossed_headlines(drafts: list[Draft], texts: list[str]) -> None:
    """Two articles that each open with a dateline, whose headlines each share more words with
    the other's body than with their own, were given each other's headline: the headlines
    (with their subtitles) trade places. Headlines set side by side over two datelines
    (``本报北京１月１３日讯记`` twice) give the assembly nothing but the words to pair them by
    (variant dev_021-zenhei pdftotext: ``消毒知识走进家庭`` over the ``丹参滴丸`` article).

    Only whole headlines (:func:`~cntextclean.page.roles.is_whole_headline`) over dateline
    openings: without the datelines, on the dev and variant pages the same test also traded a
    headline with a body line the assembly had taken for one (four of the eight swaps it made
    then were wrong). Measured: variant pdftotext headline_em 0.669 -> 0.682, nothing else
    changes on the dev and variant pages of any flavour.

    >>> texts = ["消毒知识走进家庭", "本报北京1月13日讯记者贾西平报道：我国研制的“丹参滴丸”日前通过预审。",
    ...          "『丹参滴丸』在美国进入临床试验", "本报北京1月13日讯记者黄振中报道：专家透露，家庭消毒知识"
    ...          "已引起关注。"]
    >>> drafts = [Draft(headline=[0], paragraphs=[[1]]), Draft(headline=[2], paragraphs=[[3]])]
    >>> _swap_crossed_headlines(drafts, texts)
    >>> [d.headline for d in drafts]
    [[2], [0]]
    """

    head = {id(d): headline_text(d, texts) for d in drafts if d.headline}
    live = [d for d in drafts if d.headline and opens_with_dateline(d, texts)
            and is_heading_like(head[id(d)]) and is_whole_headline(head[id(d)])]
    if len(live) < 2:
        return
    # (each headline's and body's bigrams once: the pairs compare them many times)
    hg = {id(d): bigrams(head[id(d)]) for d in live}
    bg = {id(d): bigrams("".join(texts[k] for grp in d.paragraphs for k in grp)[:600]) for d in live}
    done: set[int] = set()
    for n, a in enumerate(live):
        for b in live[n + 1 :]:
            if id(a) in done or id(b) in done:
                continue
            ha, hb, ba, bb = hg[id(a)], hg[id(b)], bg[id(a)], bg[id(b)]
            own_a, own_b = shared(ha, ba), shared(hb, bb)
            cross_a, cross_b = shared(ha, bb), shared(hb, ba)
            if cross_a > own_a and cross_b > own_b and cross_a + cross_b - own_a - own_b >= _SWAP_GAIN:
                a.headline, b.headline = b.headline, a.headline
                a.subtitle, b.subtitle = b.subtitle, a.subtitle
                a.notes.append("headline traded with another article's (their words)")
                b.notes.append("headline traded with another article's (their words)")
                done |= {id(a), id(b)}


def _rehome_dateline_bylines(drafts: list[Draft], texts: list[str]) -> None:
    """An article that opens with a dateline (``本报讯记者王政报道：``, ``新华社开罗1月10日电``)
    has no byline: the dateline names its reporter (none of the 133 such articles of the dev
    and seed gold has one). A byline the assembly set over one (a byline printed beside
    another article's headline, read next to this one's) goes to the article without a
    byline or dateline whose body shares its words (``本报驻日本记者`` and a body about 日本),
    else to the nearest such article read before it; where there is none it stays.

    Measured: byline_em dev pdfminer 0.895 -> 0.921 (dev_004), variant pdfminer 0.800 ->
    0.829 (dev_019-c5); nothing else changes on the dev and variant pages of any flavour.

    >>> texts = ["鱼水真情", "大伙走进连队的临时帐篷。", "吴邦国致信", "本报记者 何伟 余继军",
    ...          "本报讯记者王政报道：会议今天召开。"]
    >>> drafts = [Draft(headline=[0], paragraphs=[[1]]), Draft(headline=[2], byline=[3], paragraphs=[[4]])]
    >>> _rehome_dateline_bylines(drafts, texts)
    >>> [d.byline for d in drafts]
    [[3], []]
    """

    for d in drafts:
        if not d.byline or not opens_with_dateline(d, texts):
            continue
        at = d.byline[0]
        cands = [h for h in drafts if h is not d and h.has_body and not names_source(h, texts)]
        if not cands:
            continue
        by = bigrams(texts[at])
        sims = [shared(by, bigrams("".join(texts[k] for grp in h.paragraphs for k in grp)[:2000])) for h in cands]
        best = max(range(len(cands)), key=sims.__getitem__)
        host = cands[best] if sims[best] >= SIM_BYLINE_BODY else read_before(cands, at)
        if host is not None:
            host.byline, d.byline = d.byline, []


#: the most characters of a headless OCR article that is debris
_DEBRIS_CHARS = 6


def _debris_only(d: Draft, texts: list[str]) -> bool:
    """Is draft ``d``'s whole text a few characters that read as OCR debris
    (:func:`~cntextclean.ocr.debris.is_debris_heading`: letters or a bar among one or two Han
    characters, ``、\\示``, ``月Ji``)?"""
    text = drop_space("".join(texts[b] for grp in d.paragraphs for b in grp))
    return 0 < len(text) <= _DEBRIS_CHARS and is_debris_heading(text)


def _masthead_first(drafts: list[Draft], texts: list[str], roles: list[str], pages: list[int]) -> list[Draft]:
    """The articles read after the first page's masthead (``人民日报``, top left) before those
    read before it: the extraction gave another column first (pdfminer.six grouped the page
    header's right end with the right-hand column and read that first, dev_006: ``梅内姆总统做客
    中国使馆`` before the masthead, then ``国际`` and the article set under them). Articles of
    later pages keep their place.

    Measured on every bench output (pdftotext and pdfminer flowing extractions; the masthead of
    a later page is not looked at: a second page's articles read first cost fresh other text
    pdfminer 0.3851 -> 0.3961): two pages change, dev_006 922 -> 226 edits and new other text
    dev_006-t4 274 -> 0; pdfminer articles cer dev 0.2609 -> 0.2527, new text 0.3124 -> 0.3118.
    Not for ``pdftotext -layout``, whose masthead shares its row with other text (cer 0.0386 ->
    0.1330 on other text when it was read so)."""
    mast = next((i for i, r in enumerate(roles) if r == ROLE_FURNITURE and MASTHEAD_RE.match(texts[i].strip())), None)
    if mast is None or pages[mast] != 0:
        return drafts
    first = [min(d.blocks(), default=len(pages)) for d in drafts]
    before = [d for d, f in zip(drafts, first, strict=True) if f < mast]
    after = [d for d, f in zip(drafts, first, strict=True) if mast < f < len(pages) and pages[f] == 0]
    if not before or not after:
        return drafts
    moved = {id(d) for d in before + after}
    return after + before + [d for d in drafts if id(d) not in moved]


def _order_by_reading(drafts: list[Draft]) -> list[Draft]:
    """The articles in the order that goes against the fewest steps of the reading from one
    article's block to another's (:mod:`~cntextclean.page.article_order`): an OCR engine that
    reads a two-column page's left column whole before the right puts the right column's
    articles after all of the left's, and the articles of one band come back together.

    Measured (dev and variant pages, every flavour): variant tess300 cer 0.1946 -> 0.1416
    (dev_001-c5), dev pdftotext 0.2384 -> 0.2373; no other figure changes.
    """
    owner: dict[int, int] = {}
    for n, d in enumerate(drafts):
        for b in d.blocks():
            owner[b] = n
    order = order_by_votes(len(drafts), read_votes([owner[b] for b in sorted(owner)]))
    return [drafts[n] for n in order]


def _footer_tails(texts: list[str], roles: list[str]) -> set[int]:
    """A short line right after a footer (``本版投稿邮箱：…``) at the end of the page is the
    rest of that footer (``邮件主题请注明“思学”二字。``), not an article. Marks them furniture."""
    out: set[int] = set()
    n = len(texts)
    for i in range(1, n):
        if roles[i] != ROLE_BODY or roles[i - 1] != ROLE_FURNITURE or len(texts[i]) > 40:
            continue
        if not any(r not in (ROLE_FURNITURE, ROLE_CAPTION) for r in roles[: i - 1]):
            continue  # a running header at the top of the page
        if all(r in (ROLE_FURNITURE, ROLE_CAPTION) for r in roles[i + 1 :]):
            roles[i] = ROLE_FURNITURE
            out.add(i)
    return out


def _furniture_text(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


#: a quote mark in a headline with text on both sides (``理事会”声明``, ``基本法“香港``)
_HEAD_QUOTE_RE = re.compile(r"(?<=\w)[“”](?=\w)")


def _unpaired_head_quotes(head: str) -> str:
    """OCR: a quote mark in a headline that pairs with none (a ``”`` that nothing before it
    opened, a ``“`` that nothing after it closes) is the gap of a two-part headline read as a
    quote: one space. (A headline's own quotes pair up: ``发展经济交通先行 鹤山做好“路文章”``.)"""
    if "“" not in head and "”" not in head:
        return head
    out = list(head)
    depth = 0
    opens: list[int] = []
    for k, ch in enumerate(head):
        if ch == "“":
            opens.append(k)
            depth += 1
        elif ch == "”":
            if depth:
                depth -= 1
                opens.pop()
            elif _HEAD_QUOTE_RE.match(head, k):
                out[k] = " "
    for k in opens:  # opened, never closed
        if _HEAD_QUOTE_RE.match(head, k):
            out[k] = " "
    return _SPACES.sub(" ", "".join(out)).strip()


def _two_part_lines(d: Draft, blocks: Sequence[Block]) -> str | None:
    """A headline printed on two lines whose second line is longer than its first is two parts
    with a gap (a headline merely wrapped fills its first line; ``慰问中科院院士`` /
    ``北京举行新春音乐会``): its text with one space at the gap, else None.

    On the dev pages' PyMuPDF, pdftotext and pdfminer text, every two-line headline whose second
    line is the longer has a gap at the break (6 of 6); with lines of equal width 6 of 9 have
    one, with a shorter second line 4 of 47 (left closed). Not where a word spans the break (a
    body line taken for a headline, variant pdftotext dev_032-c6 ``…会见了来`` / ``访的…``).
    """
    lines = [ln.strip() for k in d.headline for ln in (blocks[k].lines or [blocks[k].text])]
    lines = [ln for ln in lines if ln]
    if len(lines) != 2 or any(gap in ln for ln in lines for gap in " \u3000"):
        return None
    first, second = lines
    if display_width(second) <= display_width(first) or min(han_count(first), han_count(second)) < 2:
        return None
    if not HEAD_GAP.fullmatch(f"{first[-1]} {second[0]}"):
        return None
    if word_join_score(first, second) > 0:
        return None  # a word spans the break (``…会见了来`` / ``访的…``): a gap never cuts one
    return f"{first} {second}"


def _two_part_gaps(articles: Sequence[Article], drafts: Sequence[Draft], blocks: Sequence[Block]) -> None:
    """Each article's headline printed on two lines as two parts (:func:`_two_part_lines`)
    gets its gap: the same characters, one space at the break."""
    for a, d in zip(articles, drafts, strict=True):
        if not a.headline or d.subtitle or " " in a.headline:
            continue
        two = _two_part_lines(d, blocks)
        if two is not None:
            fixed = clean_headline(two)
            if fixed.replace(" ", "") == a.headline:
                a.headline = fixed


def _article(d: Draft, texts: list[str], roles: list[str], *, ocr: bool = False) -> Article:
    body: list[str] = []
    notes: list[str] = []  # an author note is the last paragraph of its article
    for grp in d.paragraphs:
        p = clean_body(join_pieces(texts[k] for k in grp))
        if roles[grp[0]] == ROLE_EDITOR_NOTE:
            p = _EDITOR_RE.sub(r"\1：", p, count=1)
        if p:
            (notes if roles[grp[0]] == ROLE_AUTHOR_NOTE else body).append(p)
    paras = body + notes
    if ocr:
        paras = close_speech_quotes([close_quoted_terms(p) for p in paras])
    headline = clean_headline(join_pieces(texts[k] for k in d.headline)) if d.headline else None
    subtitle = clean_headline(join_pieces(texts[k] for k in d.subtitle)) if d.subtitle else None
    if ocr:
        headline = _unpaired_head_quotes(fix_corner_quotes(headline)) if headline else headline
        subtitle = _unpaired_head_quotes(fix_corner_quotes(subtitle)) if subtitle else subtitle
    byline = clean_byline(" ".join(texts[k] for k in d.byline)) if d.byline else None
    section = clean_headline(texts[d.section]) if d.section is not None else None
    return Article(headline=headline, subtitle=subtitle, byline=byline, section=section, paragraphs=paras)


def split_articles(text: str, *, page_id: str | None = None, to: str = "none", ocr: bool = False,
                   detect_ocr: bool = True) -> Page:
    """A newspaper page's extraction -> :class:`Page` of articles in reading order.

    >>> page = split_articles("动态\\n\\n宣汉指数发布\\n\\n本报讯 记者王晓涛报道 近日，指数发布。")
    >>> page.articles[0].headline, page.articles[0].section
    ('宣汉指数发布', '动态')
    >>> page.articles[0].paragraphs
    ['本报讯记者王晓涛报道近日，指数发布。']
    """
    if not isinstance(text, str):
        raise TypeError(f"split_articles() takes a str, not {type(text).__name__}")
    # (an OCR engine's page is read as OCR output without the flag: CONTRACT, "the kind of input
    # is detected")
    ocr = ocr or (detect_ocr and looks_like_ocr(text))
    # (pdfminer prints radical code points for many CJK fonts' glyphs, ``⼈⺠⽇报``; plain
    # pdftotext never does: a page of text boxes without them is plain pdftotext's, see
    # layout.restack._split_box)
    plain = not ocr and not has_radicals(text)
    # (the cleaners make full-width digits half-width before the layout step measures lines)
    wide = not ocr and _printed_wide(text)
    cleaned = _pre_layout(to, ocr)(text)
    # (one script check of the page, on the cleaned text: a conversion asked for, or a repaired
    # encoding, may print it in Traditional characters only after the cleaners)
    view = simplified_view(cleaned)
    if view is not None and to == "none":
        # a page printed in Traditional characters: the cleaners too read its Simplified view
        # (the OCR ones know bylines and datelines by their Simplified words; dev_trad tess150
        # pair_f1 0.77 with the view taken after the cleaners, 0.86 before them), and the
        # page's texts are printed back in its script
        printed = simplified_view(text)
        if printed is not None:
            simp, back = printed
            return back_page(_analyse_page(_pre_layout(to, ocr)(simp), page_id=page_id, ocr=ocr, min_join=None,
                                           plain_pdftotext=plain, wide_digits=wide), back)
    return _analyse_in_view(cleaned, view, page_id=page_id, ocr=ocr, min_join=None, plain_pdftotext=plain,
                            wide_digits=wide)

