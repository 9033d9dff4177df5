"""``segment(text) -> Segmented``: a page extraction -> blocks of rejoined text, furniture aside.

The entry point of the layout family, called by the ``rejoin_lines`` cleaners and by the page
family (:mod:`cntextclean.page`), which gives blocks roles, links continuations across column
and page breaks and assembles articles.

What it does, in order:

1. detect the extraction flavour (:func:`.detect.detect_flavour`);
2. cut the text into column streams of printed lines: pages at form feeds, ``-layout`` rows
   into columns (:mod:`.columns`), markdown-like paragraph lines at their line-end spaces,
   pdftotext/pdfminer rows holding neighbouring columns one space apart (a row must be
   wider than a line of one column: a stray space inside a line is no column gap), and a
   row merging the first lines of several columns (its first piece goes on in the lines
   under it, the others head the next column blocks); a blank line, a page break or a
   column change opens a new extraction group;
3. set page furniture aside (:mod:`.furniture`): running headers/footers, page numbers, the
   paper's name, mailbox/editor footers, lines repeated on every page;
4. estimate each stream's printed line width (display width, a window of neighbouring lines)
   and decide paragraph boundaries from evidence (:func:`.lines.breaks_between`);
5. group headline lines (short, no sentence punctuation, after a paragraph end; or wider
   than their column, set across columns; or as wide as the column, over a dateline or a
   byline) into one headline, with a short label line above a longer headline taken as a
   section label; bylines (``□本报记者 某某``, or names alone under a headline: ``孙俨``,
   :func:`.lines.names_only`) stay lines of their own; lines across columns
   that end a sentence are a caption (or a paragraph set wide);
6. join a paragraph cut by a column or page break when its continuation follows directly in
   extraction order (the text before the break does not end a sentence and the text after it
   does not start a paragraph); otherwise ``Block.ends_paragraph`` / ``starts_paragraph``
   tell the page family where to re-link;
7. photo captions (``…（新华社记者某某摄）``) become furniture.

Each :class:`~.blocks.Block` is one paragraph (or paragraph piece, headline, byline, section
label) in extraction order; ``Block.features["group"]`` numbers the extraction group it came
from (the renderer puts a blank line between groups); ``features["start_known"]`` says
whether ``starts_paragraph`` rests on evidence (an indent, the first line's width against
the column, a break decided inside a run of lines) or is a default.

>>> seg = segment("人民日报　1998年1月6日　星期二　第3版\\n岁末年初，日本政局最引人注目的动\\n"
...               "向是第二大党新进党的解体和诸小新党纷\\n纷成立，造成日本政界中在野党力量弱\\n"
...               "化。\\n３年前，新进党在热烈的气氛和贝多\\n芬第九交响曲的乐曲声中宣告成立的情景\\n"
...               "人们记忆犹新。")
>>> [b.text for b in seg.blocks]
['岁末年初，日本政局最引人注目的动向是第二大党新进党的解体和诸小新党纷纷成立，造成日本政界中在野党力量弱化。', '３年前，新进党在热烈的气氛和贝多芬第九交响曲的乐曲声中宣告成立的情景人们记忆犹新。']
>>> seg.furniture
['人民日报　1998年1月6日　星期二　第3版']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from ..charclass import HAN_BMP_CLASS, drop_space, han_count
from ..outlets import BYLINE_MARKERS
from .blocks import Block, Segmented
from .columns import split_columns
from .detect import detect_flavour
from .furniture import (
    CAPTION_NUMBER,
    ends_with_credit,
    is_caption,
    is_furniture_line,
    is_page_number,
    looks_like_section_label,
    norm_key,
    repeated_lines,
)
from .lines import (
    BRACKETED,
    CLAUSE_MARK,
    DATELINE_START,
    DIGITS,
    HEAD_GAP,
    NUMBER_UNITS,
    Line,
    blank_blocks,
    breaks_between,
    clause_free,
    closes_bracket_first,
    ends_sentence,
    ends_strongly,
    is_byline,
    is_cut_dateline,
    is_letter_spaced,
    is_list_item,
    is_salutation,
    join_lines,
    label_in_text,
    names_only,
    narrow_printed_wide,
    opens_subtitle,
    text_span,
    titles_then_name,
    word_cut,
)
from .restack import restack
from .rows import Threaded, thread_rows
from .width import display_width, typical_width

__all__ = ["segment"]

_CLAUSE_END = re.compile(r"[。！？][”’」』）)]?(?=.)")
_MD_SPLIT = re.compile(r" +")
_WINDOW = 12
#: extractions that keep each column's lines together in reading order
_ORDERED = ("pymupdf", "pdftotext-layout", "markdown")

# Widths are display widths (a Han character is 2). The slacks below are typographic, in
# characters, and do not scale with the column: a paragraph's first line is indented by two
# characters whatever the measure, and line-breaking rules push at most a character or two
# to the next line. What depends on the column's measure is expressed relative to it.
#: one character: a line this much short of its column still fills it (justification,
#: a closing mark hanging in the margin)
_CHAR = 2
#: a line more than this short of its column ends its paragraph (more than a hanging mark)
_SHORT = 3
#: a paragraph's first line: the two-character indent (which an extractor may drop) and up
#: to two characters that line-breaking rules pushed to the next line
_FIRST_LINE = 8
#: at most this share of the column: the short line that ends a sentence begun on a full
#: first line (``会。``); never less than six characters
_TAIL_SHARE = 1 / 3
_TAIL_MIN = 12
#: a row holding several columns is wider than one column's line by more than this
_ROW_EXTRA = 6
#: a piece of such a row is at least this wide (four characters)
_MIN_PIECE = 8


def _pages(text: str) -> list[list[str]]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [p.split("\n") for p in text.split("\f")]


def _stream(pages: list[list[str]], flavour: str) -> list[Line]:
    """All printed lines in extraction order, with page, column, group and gap marks."""
    out: list[Line] = []
    group = 0
    gap = True
    blank = 0  # the blank-line delimited block of the extraction (groups may cut one finer)

    def add(raw: str, page: int, column: int | None) -> None:
        nonlocal gap
        ln = Line.make(raw, page=page, column=column, group=group, gap_before=gap)
        ln.features["blank_block"] = blank
        if ln.text:
            out.append(ln)
            gap = False

    def add_alone(raw: str, page: int) -> None:
        """A column's first line read apart from its column (a merged first row): a
        blank-line block of its own."""
        nonlocal blank
        keep, blank = blank, -len(out) - 1
        add(raw, page, None)
        blank = keep

    def new_group() -> None:
        nonlocal group, gap
        if not gap:
            group += 1
        gap = True

    for p, lines in enumerate(pages):
        new_group()
        if flavour == "pdftotext-layout":
            for band in split_columns(lines):
                for c, col in enumerate(band):
                    new_group()
                    for raw in col:
                        if raw == "":
                            new_group()
                        else:
                            add(raw, p, c)
            continue
        if flavour == "markdown":
            for raw in lines:
                if not raw.strip():
                    new_group()
                    continue
                pieces = _markdown_pieces(raw)
                for piece in pieces:
                    add(piece, p, None)
                if len(pieces) > 1 or display_width(raw.strip()) >= 40:
                    new_group()
            continue
        pending: list[str] = []  # first lines of the next columns, merged into one row
        # the width of a line holding one column (rows holding several are wider)
        line_w = typical_width(display_width(raw.strip()) for raw in lines if not _SIDE_GAP.search(raw.strip()))
        if not line_w and flavour in ("pdftotext", "pdfminer"):
            # (every line holds several columns: plain pdftotext other text, four long speeches
            # set in four narrow columns, articles cer 0.2743 / 0.2503 / 0.3104 / 0.2722 ->
            # 0.2578 / 0.2430 / 0.3082 / 0.2620; dev and variants hold no such page)
            line_w = _piece_width(lines)
        for block in blank_blocks(lines):
            blank += 1
            at, heads = _merged_first_row(block, line_w) if flavour in ("pdftotext", "pdfminer") else (-1, [])
            if heads:
                for x in pending:  # columns never found: they stand alone
                    new_group()
                    add_alone(x, p)
                pending = []
                subs = [block[:at], [heads[0], *block[at + 1 :]]] if at else [[heads[0], *block[1:]]]
            elif flavour in ("pdftotext", "pdfminer"):
                subs = _side_by_side(block, line_w)
            else:
                subs = [block]
            for sub in subs:
                new_group()
                if pending:
                    if _takes_head(sub, pending[0]):
                        sub = [pending.pop(0), *sub]
                    else:
                        for x in pending:
                            add_alone(x, p)
                            new_group()
                        pending = []
                n0 = len(out)
                for raw in sub:
                    add(raw, p, None)
                if isinstance(sub, Threaded):
                    for ln in out[n0:]:
                        ln.features["threaded"] = True
                if isinstance(sub, RowPiece):
                    for ln in out[n0:]:
                        ln.features["row_piece"] = True
            new_group()
            if heads:
                pending = heads[1:]
        for x in pending:
            new_group()
            add_alone(x, p)
    return out


def _piece_width(lines: Sequence[str]) -> int:
    """The width of a column's line on a page whose every line holds several columns one
    space apart (no line of one column alone gives it): the width most of the rows' pieces
    share, a row's last piece left out (it may end a paragraph short)."""
    return typical_width(display_width(x) for raw in lines for x in _side_pieces(raw)[:-1])


def _merged_first_row(block: list[str], line_w: int = 0) -> tuple[int, list[str]]:
    """The first lines of neighbouring columns, merged into one row one space apart (they
    share a baseline; the extractor then gives each column's other lines as a block of its
    own, in column order): ``(row index, pieces)``, or ``(-1, [])``.

    Only for the one row of the block with several pieces, followed by rows of one piece,
    with body text in it (clause punctuation, or a first piece about as wide as the lines
    under it, not wider, bylines aside, and a last piece no wider than a column's line): a
    two-part headline is no merged row, its second part wrapped (dev_006:
    ``扩大合作共同发展——访 拉丁美洲议会副议长本`` over ``西德``) or not, nor is a row without
    clause punctuation over a dateline's first line (a headline over its report).
    """
    multi = [i for i, r in enumerate(block)
             if len(_side_pieces(r)) >= 2 and display_width(r.strip()) >= line_w + _ROW_EXTRA]
    if len(multi) != 1 or multi[0] + 1 >= len(block):
        return -1, []
    i = multi[0]
    pieces = _side_pieces(block[i])
    if any(display_width(x) < _MIN_PIECE for x in pieces[:-1]):
        return -1, []
    # (the lines of a column under it: a byline under a two-part headline is none, names only
    # too: ``数智赋能 保定打造服务周到便利高效政务环境`` / ``宋红敏``)
    under = [display_width(r.strip()) for r in block[i + 1 : i + 3] if not (is_byline(r) or names_only(r))]
    if not under:
        return -1, []
    below = max(under)
    if CLAUSE_MARK.search("".join(pieces)):
        return i, pieces
    # (without clause punctuation, over a dateline's first line: a two-part headline over its
    # report, ``美警方没收借展名画 奥政要希望澄清历史`` / ``新华社维也纳１月９日``; a column's first
    # line does not end over another column's dateline)
    if DATELINE_START.match(block[i + 1].strip()) or is_cut_dateline(block[i + 1].strip()):
        return -1, []
    # (a piece wider than a column's lines, those under it and the page's, is no column's
    # first line: the row is a headline across columns, ``全市解放思想优化环境
    # 加快高质量发展研讨交流会议讲话稿`` over a column of 13 characters)
    if line_w and display_width(pieces[-1]) > max(below, line_w) + 2:
        return -1, []
    # (without clause punctuation, as wide as a column's body lines under it: a two-part
    # headline over a name, ``数智赋能 保定打造服务周到便利高效政务环境`` / ``宋红敏``, is no
    # merged row)
    if 0.7 * below <= display_width(pieces[0]) <= below + 2 and not (line_w and 2 * below < line_w):
        return i, pieces
    return -1, []


def _side_pieces(row: str) -> list[str]:
    """The pieces of a row one space apart, a byline's own gaps kept: ``…293个项目应 本报记者
    邢成敏`` is a column's line and a byline (``本报记者 邢成敏``), not three pieces; so is
    ``… 孙贻国 胡天生`` (names side by side are one byline)."""
    out: list[str] = []
    for x in _SIDE_GAP.split(row.strip()):
        if not x:
            continue
        if out and _byline_gap(out[-1], x):
            out[-1] = out[-1] + " " + x
        else:
            out.append(x)
    return out


def _byline_gap(left: str, name: str) -> bool:
    """Is the space between ``left`` and the name after it a byline's own gap (role words or
    another name before it)?"""
    if not (2 <= len(name) <= 4 and han_count(name) == len(name)):
        return False
    if len(left) <= 4 and names_only(left) and names_only(name):
        return True
    # (a name after role words or titles: any surname, ``武义县委书记 帅朝晖``)
    return titles_then_name(left.rsplit(" ", 1)[-1], name)


def _takes_head(sub: list[str], head: str) -> bool:
    """Can a column's block take a pending first line (a block of body lines, not a headline)?"""
    if not sub:
        return False
    first = display_width(sub[0].strip())
    return len(sub) >= 2 or first >= 0.6 * display_width(head)


_SIDE_GAP = re.compile(
    r"(?<=[\u3001-\u303f\u3400-\u9fff\uff01-\uff60“”‘’…—]) (?=[\u3001-\u303f\u3400-\u9fff\uff01-\uff60“”‘’…—0-9])"
    r"|(?<=[0-9%]) (?=[\u3001-\u303f\u3400-\u9fff\uff01-\uff60“”‘’…—])"
)


def _line_and_name(pieces: list[str], line_w: int) -> bool:
    """Is a row a column's line and, one space after it, a name alone: the byline of the
    next column, beside a line that its quotes or digits left narrower than the page's
    (``…提升京津企业迁入便 孙俨``)? A name does not follow a space inside a line of text."""
    return len(pieces) == 2 and names_only(pieces[1]) and display_width(pieces[0]) >= 0.8 * line_w


class RowPiece(list):  # type: ignore[type-arg]
    """One column's line cut out of a row that holds lines of neighbouring columns (see
    :func:`_side_by_side`): a line in the body font whatever punctuation it lacks, never a
    headline."""


def _line_tolerance(line_w: int) -> float:
    """How far a piece's width may be from a column's line width (``line_w``) and still be
    such a line (two characters, or a tenth of a wide column)."""
    return max(4, 0.1 * line_w)


def _column_lines(pieces: list[str], line_w: int) -> bool:
    """Are a row's pieces lines of neighbouring columns: body text (clause punctuation), every
    piece but the last as wide as a column's line, the last no wider (it may end a paragraph)?"""
    if len(pieces) < 2 or not CLAUSE_MARK.search("".join(pieces)):
        return False
    tol = _line_tolerance(line_w)
    return (all(abs(text_span(x) - line_w) <= tol for x in pieces[:-1])
            and text_span(pieces[-1]) <= line_w + tol)


def _side_by_side(block: list[str], line_w: int = 0) -> list[list[str]]:
    """Split rows that hold neighbouring columns separated by one space (pdftotext does this
    when columns sit close) into column streams; other rows stay as they are.

    A run of rows with the same number (two or more) of wide pieces is read column by column;
    a row with a different number of pieces between such runs stands alone (its column is
    unknown). With ``line_w`` (the page's typical width of a line holding one column) a row
    must be wider than that by three characters to hold several (or be a line and a name,
    :func:`_line_and_name`): a stray space inside one column's line (OCR puts them anywhere)
    is no column gap.
    """
    pieces = [_side_pieces(raw) or [raw.strip()] for raw in block]
    if line_w:
        pieces = [ps if display_width(raw.strip()) >= line_w + _ROW_EXTRA or _line_and_name(ps, line_w) else [raw.strip()]
                  for ps, raw in zip(pieces, block, strict=True)]
    multi = [len(ps) >= 2 and all(display_width(x) >= _MIN_PIECE for x in ps[:-1]) for ps in pieces]
    if sum(multi) == 1 and multi[-1] and line_w and _column_lines(pieces[-1], line_w):
        # the block's last row holds lines of neighbouring columns (each as wide as a column's
        # line) and nothing follows it: the columns' other lines come elsewhere, each piece
        # stands alone for the continuation links (dev_007: ``本报济南１月７日电记者王霞光报`` /
        # ``赛艇、…等项目要着`` / ``抓赛风与…的位`` under a headline had been one paragraph's line,
        # its last piece read as the next headline's first line). Plain pdftotext articles edits,
        # all seven sets: 476179 -> 475342; cer dev 0.1447 -> 0.1428 (headline 0.870 -> 0.882),
        # variants 0.2978 -> 0.2968, other text 0.2402 / 0.2254 / 0.2943 / 0.2432 -> 0.2394 /
        # 0.2251 / 0.2938 / 0.2436. Forbidding the links between one row's pieces as well
        # (side by side, none goes on in another) read dev_032's ``…（记者`` on in its own
        # column's line, but cascaded on the speech pages: 484391 edits, other text 0.2542
        return [*([block[:-1]] if len(block) > 1 else []), *(RowPiece([x]) for x in pieces[-1])]
    if sum(multi) < 2:
        return [block]
    counts = {len(ps) for ps, m in zip(pieces, multi, strict=True) if m}
    if sum(multi) < 0.7 * len(block) or len(counts) > 1:
        # rows of neighbouring columns interleaved irregularly: no row can be trusted to
        # continue the one before it; every piece stands alone
        # ... unless the pieces are lines of columns (as wide as a column's line: not a stray
        # space inside one line, which OCR puts anywhere): then they are threaded back into
        # their columns, read column by column (layout.rows)
        inner = [text_span(x) for ps, m in zip(pieces, multi, strict=True) if m for x in ps[:-1]]
        near = sum(1 for w in inner if abs(w - line_w) <= _line_tolerance(line_w))
        if line_w and near >= 0.6 * len(inner):
            return thread_rows(pieces, line_w)
        return [[x] for ps in pieces for x in ps]
    out: list[list[str]] = []
    plain: list[str] = []
    i = 0
    while i < len(block):
        if not multi[i]:
            # a single row between side-by-side rows: its column is unknown
            if (i > 0 and multi[i - 1]) or (i + 1 < len(block) and multi[i + 1]):
                if plain:
                    out.append(plain)
                    plain = []
                out.append([block[i]])
            else:
                plain.append(block[i])
            i += 1
            continue
        if plain:
            out.append(plain)
            plain = []
        k = len(pieces[i])
        j = i
        while j < len(block) and multi[j] and len(pieces[j]) == k:
            j += 1
        cols: list[list[str]] = [[] for _ in range(k)]
        for r in range(i, j):
            for c in range(k):
                cols[c].append(pieces[r][c])
        out.extend(cols)
        i = j
    if plain:
        out.append(plain)
    return out


def _markdown_pieces(raw: str) -> list[str]:
    """A markdown-like paragraph line -> its printed lines (split at the line-end spaces).

    A space after a short run of Latin letters or digits inside the paragraph is the space
    set around such a run (``12345 热线``), not a line end: a printed line is about as wide
    as the others (seed 004: the line ``12345 热线“接诉即办”工作机制，…`` is one paragraph).
    A byline behind its marker is one printed line whose spaces part role and names
    (``□ 本报记者 邢成敏``, ``□ 孙贻国 胡天生``).

    >>> _markdown_pieces("□ 孙贻国 胡天生")
    ['□ 孙贻国 胡天生']
    """
    s = raw.strip()
    if s[:1] in BYLINE_MARKERS:
        return [raw]
    pieces = [x for x in _MD_SPLIT.split(s) if x]
    if len(pieces) >= 3 or (len(pieces) == 2 and CLAUSE_MARK.search(s) and display_width(s) >= 30):
        widths = sorted(display_width(x) for x in pieces[:-1])
        typical = widths[len(widths) // 2]
        k = 0
        while k < len(pieces) - 1:
            if _LATIN_RUN.fullmatch(pieces[k]) and 2 * display_width(pieces[k]) < typical:
                pieces[k : k + 2] = [f"{pieces[k]} {pieces[k + 1]}"]
            else:
                k += 1
        lead = raw[: len(raw) - len(raw.lstrip())]
        return [lead + pieces[0], *pieces[1:]]
    return [raw]


_LATIN_RUN = re.compile(r"[0-9A-Za-z.%+\-]+")


def _mark_furniture(stream: list[Line], pages: list[list[str]]) -> None:
    repeated = repeated_lines(pages)
    for i, ln in enumerate(stream):
        if is_furniture_line(ln.text) or (repeated and norm_key(ln.text) in repeated):
            if is_page_number(ln.text) and _inside_text(stream, i):
                # (variant dev_007-c6: pdfminer and PyMuPDF headline_em 0.841 -> 0.847 and
                # 0.994 -> 1.000; the number no longer goes to the furniture on two plain
                # pdftotext pages whose rows are read out of order either way: 11 and 25 edits)
                continue
            ln.features["furniture"] = True


def _inside_text(stream: list[Line], i: int) -> bool:
    """Is line ``i`` printed between two lines of text of its own block, the one above left
    open and the one below going on with the number's unit (a number that a narrow headline box
    or column wrapped onto a line of its own: ``全年增收`` / ``１１１４`` / ``亿元``)? A page
    number stands apart from the text."""
    if not 0 < i < len(stream) - 1:
        return False
    prev, nxt, here = stream[i - 1], stream[i + 1], stream[i]
    same = prev.features.get("blank_block") == here.features.get("blank_block") == nxt.features.get("blank_block")
    # (or with the number's next digits: a year cut by a column of five characters,
    # ``１９９`` / ``７年的最后``)
    first = nxt.text.lstrip()[:1]
    return (same and prev.page == here.page == nxt.page and not ends_sentence(prev.text)
            and (first in NUMBER_UNITS or first in DIGITS)
            and not is_furniture_line(prev.text) and not is_furniture_line(nxt.text))


def _widths(stream: list[Line]) -> list[int]:
    """The typical printed width around each line (same page and column), 0 if unknown."""
    body = [i for i, ln in enumerate(stream) if not ln.features.get("furniture")]
    by_key: dict[tuple[int, int | None], list[int]] = {}
    for i in body:
        by_key.setdefault((stream[i].page, stream[i].column), []).append(i)
    res = [0] * len(stream)
    for idx in by_key.values():
        # lines without half-width characters give the column width; the others may have
        # been printed wider than they now measure
        # (nor do a caption's lines, set in a smaller type: :func:`_mark_captions`)
        ws = [stream[i].width if stream[i].narrow == 0 and not stream[i].features.get("caption") else 0 for i in idx]
        overall = typical_width(ws)
        for j, i in enumerate(idx):
            lo, hi = max(0, j - _WINDOW), min(len(idx), j + _WINDOW + 1)
            local = typical_width(ws[lo:hi], min_support=4)
            res[i] = local or overall
        _own_width_for_wide_runs(stream, idx, res)
    return res


def _mark_captions(stream: list[Line]) -> None:
    """Mark the lines of photo captions inside the text (feature ``caption``): a line ending with
    a credit (``…打年糕。（新华社记者蔡志培摄）``) and the lines over it back to the sentence end
    before them, at most :data:`_CAPTION_LINES` more, in one page and column (the credit's line
    is marked ``caption_end`` too: no paragraph goes on across it). A caption is set
    in a smaller type than the body, its lines hold more characters: in the width window they
    made a column look wider, and a paragraph's first line under them, short by its indent,
    look like a headline (``国家旅游局推出的’９８华夏城`` / … / ``海南省是一个天然的大`` /
    ``公园。碧海环绕…``)."""
    for i, ln in enumerate(stream):
        if ln.features.get("furniture") or not ends_with_credit(ln.text):
            continue
        j = i
        # (a numbered caption opens with its number: nothing over it is the caption's, a
        # paragraph's line cut mid-sentence there least of all, ``…义务劳动，人`` / ``３、民航…``)
        while (j > 0 and i - j < _CAPTION_LINES and not _CAPTION_NUMBER.match(stream[j].text)
               and not ends_sentence(stream[j - 1].text)
               and stream[j - 1].page == ln.page and stream[j - 1].column == ln.column
               and not stream[j - 1].features.get("furniture")):
            j -= 1
        # (a numbered caption on one line under a line cut mid-sentence is left to the
        # line-level caption tests, :func:`_caption_start`: the cut line may be wider than
        # the column too, pdfminer's box of two lines)
        if (j == 0 or (_CAPTION_NUMBER.match(stream[j].text) and j < i) or ends_sentence(stream[j - 1].text)
                or stream[j - 1].features.get("furniture")):
            if is_caption(_unit_text(stream[j : i + 1])):
                for k in range(j, i + 1):
                    stream[k].features["caption"] = True
                ln.features["caption_end"] = True


#: this many lines in a row wider than the window's width are a wider column's text (fewer
#: are lines set across columns, :func:`_wide_runs`; 5 changes fewer pages, a little less well)
_WIDE_RUN = 4


def _own_width_for_wide_runs(stream: list[Line], idx: list[int], res: list[int]) -> None:
    """A run of lines wider than the width the window found (an editor's note set across two
    columns, a wide article over narrow ones): the run's own width, for its lines, the short
    line that ends its paragraph and a headline-like line right under that.

    The window's width there is the narrow columns' (more of its lines are theirs), so the
    run's short last line did not end its paragraph and the headline under it was read into
    the paragraph (fresh other text, PyMuPDF dev_009-t7: an editor's note set across two
    columns, ``…的主要经验和做法，以飨读者。`` / ``数智赋能`` / ``保定打造服务…``). Over all bench outputs
    (dev, variants, variant OCR, four other-text sets, every flavour) edits 1208736 -> 1205681:
    fresh PyMuPDF cer 0.0020 -> 0.0013, headline_em 0.985 -> 0.991; fresh pdfminer 0.3851 ->
    0.3820, fresh plain pdftotext 0.2394 -> 0.2385; other-text pdfminer headline_em 0.781 ->
    0.778; dev, variants and the clean track unchanged."""
    n = len(idx)
    j = 0
    while j < n:
        i = idx[j]
        if not (res[i] and stream[i].width > res[i] + _CHAR and stream[i].narrow == 0):
            j += 1
            continue
        k = j
        while k < n and stream[idx[k]].group == stream[i].group:
            if res[idx[k]] and stream[idx[k]].width > res[idx[k]] + _CHAR:
                k += 1
            elif (k + 1 < n and ends_sentence(stream[idx[k]].text) and stream[idx[k + 1]].group == stream[i].group
                  and res[idx[k + 1]] and stream[idx[k + 1]].width > res[idx[k + 1]] + _CHAR):
                k += 2  # (a paragraph's short last line between two of the run's lines)
            else:
                break
        if k - j < _WIDE_RUN or is_caption("".join(stream[idx[t]].text for t in range(j, k))):
            j = k
            continue
        w = typical_width([stream[idx[t]].width for t in range(j, k)], min_support=3)
        if not w:
            j = k
            continue
        for t in range(j, k):
            res[idx[t]] = w
        if k < n and stream[idx[k]].group == stream[i].group and stream[idx[k]].width < w - _SHORT:
            res[idx[k]] = w
            if k + 1 < n and _is_head(stream[idx[k + 1]], 0) and stream[idx[k + 1]].width < w:
                res[idx[k + 1]] = w
        j = k


def _is_head(ln: Line, width: int) -> bool:
    """A headline-like line: shortish, no clause punctuation, not a list item, no dateline,
    not wholly in brackets."""
    if not clause_free(ln.text) or ends_strongly(ln.text) or is_list_item(ln.text):
        # (a headline may end with a closing quote or bracket, 做好“路文章”, and print a colon
        # after a place or a topic, 大庆萨尔图：“三管齐下”为优化)
        return False
    if DATELINE_START.match(ln.text) or BRACKETED.match(ln.text) or closes_bracket_first(ln.text):
        return False
    if is_cut_dateline(ln.text):
        return False  # (a dateline cut before its 电: ``据新华社耶路撒冷1月8`` / ``日电（记者…``)
    if width and ln.span >= width - _SHORT:
        return False
    return ln.width <= 80


#: punctuation a headline line does not print: :data:`~.lines.CLAUSE_MARK` but the colon (a
#: headline may print one: ``昆明：实施…``)
_PROSE_MARK = re.compile(CLAUSE_MARK.pattern.replace("：:", ""))


def _sentence_goes_on(prev: Line | None, ln: Line) -> bool:
    """OCR: ``ln``, read right under ``prev`` in one block of the engine's, goes on with the
    sentence that ``prev`` leaves open, however short ``prev`` is (a line cut at a picture or
    a wrongly found column edge). ``prev`` prints prose punctuation (a headline line does
    not) and ends no sentence; the line under it is then no headline, however little
    punctuation it prints (``…一次会谈的成败并`` / ``不意味着是对中东和平进程的最后判``)."""
    if prev is None or ln.gap_before:
        return False
    # (a closing quote the engine read as an opening one still closes: ``第一天！“``)
    return not ends_sentence(prev.text.rstrip().rstrip("“‘")) and _PROSE_MARK.search(prev.text) is not None


def _word_goes_on(prev: Line | None, ln: Line) -> bool:
    """Does ``ln`` go on with a word that ``prev`` (a paragraph's line: it prints prose
    punctuation and ends no sentence, right above it) cut at its end? A heading-like line is
    then the paragraph's last line (a heading set in a larger font wraps early:
    ``四、要强化责任担当，为新时代龙江全面振兴全方`` / ``位振兴作出人大新贡献``)."""
    if prev is None or ln.gap_before or ends_sentence(prev.text) or _PROSE_MARK.search(prev.text) is None:
        return False  # (a line without prose punctuation may be a headline's first line: ``…会议讲`` / ``话稿``)
    return _word_cut(prev, ln)


def _word_cut(prev: Line | None, ln: Line) -> bool:
    """Does ``ln`` go on with a word that ``prev`` cut at its end (:func:`~.lines.word_cut`)?"""
    return prev is not None and word_cut(prev.text, ln.text)


#: brackets: a short line holding one is a credit or a dateline's end (``（新华社记者某某摄）``)
_BRACKETS = re.compile(r"[（）()〔〕]")


def _label_over_head(prev: Line, ln: Line, nxt: Line | None, nxt2: Line | None, width: int) -> bool:
    """Where the extractor keeps a column's lines together: a section label (two to four Han
    characters, nothing else) under a paragraph's full line that ends no sentence, over a
    headline line and more text, is the next article's label, not the paragraph's last line (a
    column cut at the page's foot, the next column's article read after it: ``…优势充分释放
    的发展`` / ``国际`` / ``全市推动高质量发展大学习大讨论``). A paragraph's last line ends its
    sentence."""
    if not width or nxt is None or nxt2 is None or nxt.gap_before or nxt2.gap_before:
        return False
    if not (looks_like_section_label(ln.text) and len(ln.text) <= 4) or ends_sentence(prev.text):
        return False
    if prev.span < width - _SHORT or not _is_head(nxt, width) or is_byline(nxt.text):
        return False
    if _start_evidence(nxt, width, nxt2 if nxt2.group == nxt.group else None) == (True, True):
        return False  # (over a paragraph's first line: ``…作出人`` / ``大新贡献`` / ``面对…``)
    # an article's headline: its second line, a subtitle, a byline or a dateline under it (a
    # sub-head over its paragraph is no article's: ``…推动`` / ``破解问`` / ``“一个平台”构建…``)
    t2 = nxt2.text
    if not (_is_head(nxt2, width) or is_byline(t2) or opens_subtitle(t2) or DATELINE_START.match(t2)):
        return False
    # (no word read on across the line end: a wrapped sub-head's rest, ``…作出人`` / ``大新贡献``,
    # a paragraph's last characters, ``…推动破`` / ``解问``)
    return not _word_cut(prev, ln)


def _wide_caption(u: dict[str, object]) -> bool:
    """Is unit ``u`` lines set wider than their column that make a whole caption, its credit
    at the end (``福建选手林菱正在发球。（张如亮摄）``)? Nothing under it goes on it."""
    return bool(u.get("wide")) and is_caption(_unit_text(u["lines"]))  # type: ignore[arg-type]


def _head_in_body(prev: Line, ln: Line, nxt: Line | None, width: int, *, ordered: bool = False) -> bool:
    """A headline line that the extraction printed inside another article's paragraph: a full
    line that ends no sentence, then a line of Han text (at most four narrow characters) well
    short of the column (at most three quarters) without clause punctuation or brackets, then
    more text. A paragraph's short last line ends a sentence; this one ends none, and the line
    above it goes on elsewhere (plain pdftotext, dev_026: ``…埃及外长穆萨１０日`` /
    ``以撤军仍无具体方案`` / ``美国中东和谈特别协调员罗斯１``).

    Not for OCR text, whose misread lines (debris, a line cut at a picture) look the same.
    With ``ordered`` (the extractor keeps a column's lines together), not over a line that
    opens a paragraph (indented, a list mark, short by the dropped indent): the short line is
    then the paragraph's last, a wrapped subhead's rest (``四、要强化责任担当，为新`` /
    ``时代龙江全面振兴全方位振兴作`` / ``出人大新贡献`` / ``面对全面振兴全方位振兴中``); and only
    over what goes on under a headline (its wrapped rest, a dateline, a byline): over a
    paragraph's line or an author's note (``围绕主题出谋划策`` / ``（作者单位系湖州学院）``,
    ``项目开工建设可提前2~3`` / ``稳步推进…``) the short line ends its paragraph, however it
    ends. (PyMuPDF headline_em / byline_em, other text rounds 0-1 / 2-3 / 4-5 / 6-7: 0.988 /
    0.994 / 0.982 / 0.970 -> 0.997 / 0.997 / 0.985 / 0.976 and 0.981 / 0.995 / 0.995 / 0.986
    -> 0.995 / 1.000 / 1.000 / 0.995; dev and variants unchanged. The other-text pages print
    the seeds' text, some of whose paragraphs were cut off in the source.)
    """
    if not width or nxt is None or nxt.gap_before or not _is_head(ln, width):
        return False
    han = han_count(ln.text)
    if han < 4 or 2 * han < ln.width - 4 or 4 * ln.span > 3 * width or _BRACKETS.search(ln.text):
        return False
    # (a dateline or a byline under it opens a paragraph, and is what goes on under a headline)
    under_head = bool(DATELINE_START.match(nxt.text)) or is_byline(nxt.text)
    if ordered and not under_head and (_start_evidence(nxt, width, None) == (True, True)
                                       or width - _FIRST_LINE + 1 <= nxt.span <= width - _SHORT
                                       or not _is_head(nxt, width)):
        # (plain pdftotext and pdfminer interleave lines of neighbouring columns, whose
        # widths say nothing of each other)
        return False
    return prev.span >= width - _SHORT and not ends_sentence(prev.text)


#: plain pdftotext pages whose lines stand this much in blank-line blocks of at most three
#: lines are read as text boxes too (see :func:`segment`)
_BOXY = 0.9


def _boxy(text: str) -> float:
    """The share of a page's lines that stand in blank-line blocks of three lines or fewer
    (:func:`~.restack.restack`'s boxes: plain pdftotext prints narrow columns that way)."""
    blocks = blank_blocks(text.replace("\f", "\n").split("\n"))
    n = sum(len(b) for b in blocks)
    return sum(len(b) for b in blocks if len(b) <= 3) / n if n else 0.0


def segment(text: str, *, keep_furniture: bool = False, join_breaks: bool = True, ocr: bool = False,
            plain_pdftotext: bool = False) -> Segmented:
    """Segment a page extraction into blocks (see the module docstring).

    With ``keep_furniture=True`` the furniture blocks stay in ``blocks`` (``role="furniture"``)
    at their place; ``furniture`` lists them either way. With ``join_breaks=False`` a paragraph
    cut at a blank line, column or page break is never joined to the text that follows the
    break (each extraction group's pieces stay blocks of their own, ``ends_paragraph`` /
    ``starts_paragraph`` telling where they were cut), for a caller that links continuations
    itself. ``ocr=True``: the text is OCR output (a short line inside a paragraph is no
    headline evidence there, see :func:`_head_in_body`; a line under an open sentence of
    the same block is no headline, see :func:`_sentence_goes_on`). ``plain_pdftotext=True``:
    the caller knows the page is no pdfminer extraction (its raw text printed none of
    pdfminer's radical code points), which tells a plain pdftotext page of text boxes apart
    from pdfminer's (:func:`~.restack.restack`).
    """
    if not isinstance(text, str):
        raise TypeError("segment() takes a str")
    flavour = detect_flavour(text)
    if not join_breaks and (flavour == "pdfminer" or (flavour == "pdftotext" and _boxy(text) >= _BOXY)):
        # text boxes of neighbouring columns interleaved: read them back into column streams,
        # for a caller that links continuations (split_articles: dev pdfminer articles cer
        # 0.538 -> 0.330). Not when joining paragraphs here (rejoin_lines): its output, one
        # paragraph per line with blank lines between, reads as pdfminer boxes again, and a
        # second run would sort them anew (54 of 154 dev and variant pdfminer/pdftotext pages
        # came out different: the cleaner would not be idempotent). Plain pdftotext prints
        # narrow columns the same way on some pages, a box of one to three lines per column
        # across the page: those are restacked too (a letter in six narrow columns, dev_031
        # and its variants; articles cer dev 0.1428 -> 0.1416, set A 0.2945 -> 0.2921, held-out
        # / new / fresh other text 0.2224 / 0.2920 / 0.2405 -> 0.2206 / 0.2895 / 0.2377, other
        # text the same, set B 0.4852 -> 0.4878: its dev_031-b worse. pdfminer pages of
        # boxes this detection calls pdftotext are restacked now as well: other text / held /
        # new / fresh 0.3075 / 0.3328 / 0.2934 / 0.3851 -> 0.2964 / 0.3243 / 0.2922 / 0.3686,
        # set A OCR subset 0.2589 -> 0.2469, dev 0.2229 -> 0.2240 (headline_em 0.911 -> 0.923,
        # pair 0.889 -> 0.895; dev_034 447 edits -> 0, dev_023 538 -> 845), set A 0.2970 ->
        # 0.3021, set B 0.2949 -> 0.2977. Restacking every plain pdftotext page costs dev cer
        # 0.187 -> 0.302, see docs/howto/newspaper-page.md)
        # (``plain_pdftotext``: the caller saw no pdfminer code points in the raw extraction,
        # see :func:`~.restack._split_box`)
        text = restack(text, plain_pdftotext=plain_pdftotext and flavour == "pdftotext")
    pages = _pages(text)
    stream = _stream(pages, flavour)
    _mark_furniture(stream, pages)
    # (photo captions inside the text: their lines are no measure of the column, and no
    # paragraph goes on across their credit)
    _mark_captions(stream)
    widths = _widths(stream)
    # (OCR line widths are the engine's guess: a short line there is weak evidence either way)
    wide_narrow = None if ocr else narrow_printed_wide(stream, widths)
    # a paragraph cut at a blank line / column / page break continues in the next extraction
    # group only where groups follow in reading order: page breaks of PyMuPDF and markdown-like
    # text; pdftotext and pdfminer interleave blocks of neighbouring columns
    join_groups = join_breaks and flavour in ("pymupdf", "markdown")
    # (a column's lines together and widths that are the page's, not an OCR engine's guess)
    ordered = not ocr and flavour in _ORDERED

    wide = _wide_runs(stream, widths) if flavour != "markdown" else [False] * len(stream)
    group_text: dict[int, str] = {}  # each extraction group's text (a caption is never joined to)
    if join_groups:
        for ln in stream:
            group_text[ln.group] = group_text.get(ln.group, "") + ln.text
    units: list[dict[str, object]] = []  # each: lines, role, group, width
    prev: Line | None = None
    prev_w = 0
    cur: dict[str, object] | None = None

    def open_unit(ln: Line, role: str, w: int) -> dict[str, object]:
        u: dict[str, object] = {"lines": [ln], "role": role, "group": ln.group, "width": w, "joined_gap": False}
        units.append(u)
        return u

    for i, ln in enumerate(stream):
        w = widths[i]
        if ln.features.get("furniture"):
            open_unit(ln, "furniture", w)
            continue
        nxt_at = next((j for j in range(i + 1, min(len(stream), i + 3)) if not stream[j].features.get("furniture")), None)
        nxt = stream[nxt_at] if nxt_at is not None else None
        nxt2 = stream[nxt_at + 1] if nxt_at is not None and nxt_at + 1 < len(stream) else None
        if nxt is not None and nxt.group != ln.group:
            nxt_same = None
        else:
            nxt_same = nxt
        cur = units[-1] if units and units[-1]["role"] != "furniture" else _last_text_unit(units)
        prev_role = cur["role"] if cur else None
        prev_line = cur["lines"][-1] if cur else None  # type: ignore[index]
        after_end = cur is None or prev_role != "body" or _unit_ended(cur, first_goes_on=ordered)
        # (plain pdftotext gives neighbouring columns' blocks one after the other: a paragraph
        # that another column's block left open says nothing of this block, whose first two
        # lines are headline-like, ``优化营商环境`` / ``厚植发展沃`` / ``土``: held-out other text
        # headline_em 0.710 -> 0.716, other text 0.722 -> 0.731, dev the same; pdfminer's
        # restacked streams lose by it, variants 0.796 -> 0.777)
        if (not after_end and flavour == "pdftotext" and not ocr and cur is not None and cur["group"] != ln.group
                and nxt_same is not None and not nxt_same.gap_before and _is_head(ln, w) and _is_head(nxt_same, w)):
            after_end = True
        # (pdfminer's boxes read back into column streams, ``join_breaks=False``: a stream that
        # opens with a line wider than the column, without clause punctuation and no dateline,
        # opens with a headline whatever the stream before it left open,
        # ``2023中国先进化工产业“宣汉指数”发布``. Not when joining paragraphs here (no restack:
        # a pdftotext page read as boxes, dev_009, would lose a join). Other-text
        # pdfminer headline_em 0.751 / 0.713 / 0.746 / 0.740 -> 0.775 / 0.737 / 0.769 / 0.743
        # (rounds 1-2, 3-4, 5-6, 7-8), variants 0.809 -> 0.815, pair_f1 up but on rounds 7-8
        # (0.669 -> 0.668); cer 0.3776 -> 0.3841 on rounds 3-4 and 0.4250 -> 0.4329 on 7-8 (the
        # paragraphs of long speeches in another order), 0.3513 -> 0.3488 on 5-6; dev unchanged)
        if (not after_end and flavour == "pdfminer" and not join_breaks and not ocr and wide[i] and cur is not None
                and cur["group"] != ln.group and clause_free(ln.text) and not ends_sentence(ln.text)
                and not DATELINE_START.match(ln.text)):
            after_end = True
        if flavour == "markdown" and cur is not None and cur["group"] == ln.group and not ln.gap_before:
            # the printed lines of one markdown paragraph line: the extractor marked the
            # paragraph; the pieces only give width evidence
            cur["lines"].append(ln)  # type: ignore[union-attr]
            continue
        if cur is not None and cur.get("wide") and cur["group"] == ln.group and is_caption(ln.text):
            # the credit line closing a caption set across columns
            cur["lines"].append(ln)  # type: ignore[union-attr]
            continue
        # (the marker first: the byline test runs only on the lines that open with one)
        marked_byline = _marked(ln.text) and is_byline(ln.text)
        # (PyMuPDF keeps a column's lines together: a wide line without clause punctuation
        # under a paragraph left open is a headline across columns, the column cut above it:
        # ``…原原本本学、认认真真`` / ``全市推动高质量发展大学习大讨论动员部署会讲话``)
        across = flavour == "pymupdf" and not CLAUSE_MARK.search(ln.text) and not ends_sentence(ln.text)
        # (a byline right under a headline set across narrow columns is as wide as they are:
        # still the byline, ``新华社记者 刘云峰`` under ``维也纳新年音乐会`` / ``为何经久不衰``)
        under_head = prev_role in ("headline", "subtitle") and is_byline(ln.text)
        if wide[i] and (after_end or cur.get("wide") or across) and not marked_byline and not under_head:  # type: ignore[union-attr]
            # wider than its column: a line across columns (a headline, a caption)
            if (cur is not None and cur.get("wide") and cur["group"] == ln.group and not ln.gap_before
                    and not _wide_caption(cur)):
                # (a caption ends at its credit: the wide lines under it are a headline,
                # ``福建选手林菱正在发球。（张如亮摄）`` / ``数智赋能``)
                cur["lines"].append(ln)  # type: ignore[union-attr]
            else:
                u = open_unit(ln, "headline", w)
                u["wide"] = True
            continue
        if prev_role == "byline" and cur is not None and cur.get("name_line") is ln:
            cur["lines"].append(ln)  # type: ignore[union-attr]
            cur["sep"] = " "  # (titles, then the whole name: one space)
            continue
        if (prev_role == "byline" and cur is not None and len(cur["lines"]) == 1  # type: ignore[arg-type]
                and (_wrapped_name(prev_line, ln, w, loose=flavour == "pdfminer") or _titles_rest(prev_line, ln))):
            cur["lines"].append(ln)  # type: ignore[union-attr]
            continue
        if (prev_role == "headline" and nxt_same is not None and not nxt_same.gap_before
                and _titles_over_name(ln, nxt_same)):
            # a byline's titles under the headline, the name wrapped whole onto the next line
            # (``宁波市委常委、北仑区委书记`` / ``潘银浩``)
            open_unit(ln, "byline", w)["name_line"] = nxt_same
            continue
        heads = cur is not None and (_heading_body(cur, colon=True) or _gap_head_over_names(cur, ln, nxt, ordered=ordered))
        # (a headline line cut inside a word goes on with its rest, however much that reads as
        # names: ``湘潭：优化营`` / ``商环境 培育`` / ``“百强”民企``)
        head_rest = (prev_role == "headline" and cur is not None and cur["group"] == ln.group and not ln.gap_before
                     and not marked_byline and _word_cut(prev_line, ln))
        if is_byline(ln.text) and not head_rest and (ln.width < max(w, 24) or marked_byline or prev_role in ("headline", "subtitle")
                                   or heads):
            # (a marked byline, ``□本报记者 某某``, may be set across narrow columns: wider than
            # one; so may one right under its headline, ``宁波市委常委、北仑区委书记 潘银浩``)
            if heads and cur is not None:
                cur["role"] = "headline"  # a line as wide as its column, over a byline
            elif cur is not None and _last_line_heads(cur):
                # ... read as the last line of the paragraph above it, which had ended
                open_unit(cur["lines"].pop(), "headline", w)  # type: ignore[union-attr]
            open_unit(ln, "byline", w)
            continue
        if heads and cur is not None and _name_byline(ln, cur, nxt, w, nxt2):
            cur["role"] = "headline"  # ... over a byline of names only (``孙俨``)
            open_unit(ln, "byline", w)
            continue
        # (the text's first line, as wide as its column, too: ``全市推动高质量发展大学习大讨论动员部署会
        # 讲话稿`` / ``同志们：`` at a page's top had been one paragraph; all bench outputs, edits
        # 1216882 -> 1210011: pdfminer fresh other text cer 0.4095 -> 0.3851, PyMuPDF fresh
        # headline 0.976 -> 0.982, plain pdftotext fresh 0.2436 -> 0.2402; other text rounds
        # 0-1 0.2394 -> 0.2456 (dev_024-t1, a speech's long paragraphs in another order once
        # its headline is read), new text pdfminer 0.3093 -> 0.3124)
        if cur is not None and (_heading_body(cur) or _comma_headline(cur, flavour)
                                or (cur.get("fresh") and _heading_body(cur, colon=True))) and (
            DATELINE_START.match(ln.text) or is_salutation(ln.text)
            or (nxt_same is not None and not ends_sentence(ln.text) and DATELINE_START.match(ln.text + nxt_same.text))
        ):
            # a headline as wide as its column, over the dateline that opens the body (in
            # a narrow column the dateline may wrap before its 电/讯) or a speech's salutation
            cur["role"] = "headline"
            u = open_unit(ln, "body", w)
            u["starts"], u["known"] = True, True
            continue
        if (opens_subtitle(ln.text) and not ends_sentence(ln.text)
                and (prev_role in ("headline", "section") or (after_end and nxt_same is None))):
            open_unit(ln, "subtitle", w)
            continue
        if (prev_role == "headline" and cur is not None and cur["group"] == ln.group and not ln.gap_before
                and _full_head_line(ln, w, nxt_same, nxt2)):
            cur["lines"].append(ln)  # type: ignore[union-attr]
            continue
        if (after_end and ordered and _full_head_line(ln, w, nxt_same, nxt2) and (cur is None or (
                prev_role == "body" and cur["group"] == ln.group and not ln.gap_before and prev_line is not None
                and prev_line.span < w - _SHORT))):
            # (after a paragraph's end, or as the text's first line, a line filling the column
            # cannot open a paragraph on a page whose paragraphs open short by their indent: a
            # headline as wide as the column, ``“亲清直通车·政企恳谈会”的理论逻辑与湖州实践``,
            # ``解放思想推动高质量发展大讨论动员部署会议讲话稿``)
            open_unit(ln, "headline", w)
            continue
        if (after_end and prev_role == "body" and w and ln.span > w + _CHAR and nxt_same is not None
                and not nxt_same.gap_before
                and _is_head(ln, 0) and is_byline(nxt_same.text) and not is_byline(ln.text)):
            # a headline-like line over a byline, after a paragraph's end, is a headline,
            # though wider than the column the width window found: at the end of a wide
            # article set over narrow columns, the window holds more of the narrow lines
            # under it (fresh other text, PyMuPDF dev_009-t6: ``狠抓产业项目 做强重大平台 走好智造
            # 强区之路`` / ``绍兴滨海新区管委会主任、绍兴市越城区委书记 徐军`` under the wide
            # article's last paragraph had been read into it, headline and byline; headline_em
            # 0.967 -> 0.970, byline 0.977 -> 0.982, the one output of 1716 that changes)
            open_unit(ln, "headline", w)
            continue
        if (after_end and _is_head(ln, w) and not ln.features.get("row_piece")
                and (nxt is None or not _continues_head(ln, nxt, w, ordered=ordered)
                     # (no paragraph's first two lines stand over a byline: in a narrow column
                     # a label or a headline's first line is as short as an indented first line,
                     # ``综合`` / ``手足情深`` / ``□本报记者 冯霄``)
                     or (nxt2 is not None and nxt is nxt_same and clause_free(nxt.text) and not ends_sentence(nxt.text)
                         and nxt2.group == ln.group and is_byline(nxt2.text)))
                and not (ocr and prev_role == "body" and cur is not None and cur["group"] == ln.group
                         and _sentence_goes_on(prev_line, ln))
                and not (prev_role == "body" and cur is not None and cur["group"] == ln.group
                         and _word_goes_on(prev_line, ln))):
            if prev_role == "headline" and cur is not None and _name_byline(ln, cur, nxt, w, nxt2):
                open_unit(ln, "byline", w)  # (the names under a headline, over its body)
            elif (prev_role == "headline" and cur is not None
                    and (cur["group"] == ln.group or not ln.gap_before or _word_cut(prev_line, ln)
                         or _rest_over_names(cur, ln, nxt))
                    and not _wide_caption(cur) and not _label_over_name(cur, ln)):
                # (a line set wide that is a whole caption is no headline's first line; a line that
                # finishes a word the headline's line cut goes on it across any gap the column
                # split left between them, ``…便利高效政`` / ``务环境``: other-text -layout
                # headline_em 0.864 -> 0.867 and 0.896 -> 0.905, rounds 5-6 0.820 -> 0.825)
                cur["lines"].append(ln)  # type: ignore[union-attr]
            elif (prev_role == "body" and cur is not None and cur["group"] == ln.group and not ln.gap_before
                    and _heading_body(cur, colon=True) and _word_cut(prev_line, ln)):
                # the rest of a headline whose first line holds a colon, a word cut between
                # them (``大庆萨尔图：“三管齐下”为优化营商环`` / ``境“护航”``)
                cur["lines"].append(ln)  # type: ignore[union-attr]
                cur["role"] = "headline"
            else:
                open_unit(ln, "headline", w)
            continue
        # body line
        if cur is None or prev_role != "body" or prev_line is None:
            u = open_unit(ln, "body", w)
            u["starts"], u["known"] = _start_evidence(ln, w, nxt_same)
            u["after_head"] = prev_role in ("headline", "section", "subtitle", "byline")
            u["fresh"] = cur is None  # (the text's first line opens something)
            continue
        same_group = cur["group"] == ln.group and not ln.gap_before
        if same_group and ordered and _label_over_head(prev_line, ln, nxt_same, nxt2, w):
            open_unit(ln, "section", w)
            continue
        if same_group and not ocr and _head_in_body(prev_line, ln, nxt_same, w, ordered=ordered):
            # (pdfminer: its boxes, read back into columns, put such a line between two
            # lines of a paragraph it does not belong to; elsewhere the line stays a plain
            # headline candidate)
            open_unit(ln, "headline", w)["inside"] = flavour == "pdfminer"
            continue
        if same_group:
            a_first = len(cur["lines"]) == 1  # type: ignore[arg-type]
            if (breaks_between(prev_line, ln, w, next_b=nxt_same, a_first=a_first, wide_narrow=wide_narrow)
                    or prev_line.features.get("caption_end")):
                # (a caption's credit ends its lines: the text under it is the body's again)
                u = open_unit(ln, "body", w)
                u["starts"], u["known"] = True, True
            else:
                cur["lines"].append(ln)  # type: ignore[union-attr]
            continue
        # a new extraction group: join across the break when the paragraph continues
        starts, known = _start_evidence(ln, w, nxt_same)
        if (join_groups and not _unit_ended(cur, first_goes_on=ordered) and not starts and not is_caption(group_text.get(ln.group, ""))
                and not _gapped_head(cur)):
            cur["lines"].append(ln)  # type: ignore[union-attr]
            cur["joined_gap"] = True
            cur["group"] = ln.group
        else:
            u = open_unit(ln, "body", w)
            u["starts"], u["known"] = starts, known
            # (after a gap, under a paragraph that ended: whatever its width, it opens something)
            u["fresh"] = _unit_ended(cur, first_goes_on=ordered)
        prev, prev_w = ln, w
    del prev, prev_w

    _split_labels(units)
    units = _split_trailing_captions(units)
    blocks: list[Block] = []
    furniture: list[str] = []
    for u in units:
        lines: list[Line] = u["lines"]  # type: ignore[assignment]
        role = str(u["role"])
        w = int(u["width"])  # type: ignore[call-overload]
        txt = _unit_text(lines, str(u.get("sep", "")))
        if u.get("wide"):
            # lines across columns: a caption, a paragraph set wide, or a headline
            role = "body" if ends_strongly(txt) or _CLAUSE_END.search(txt) else "headline"
        if role in ("body", "headline") and is_caption(txt):
            role = "caption"
        if role in ("furniture", "caption"):
            furniture.append(txt if role == "caption" else lines[0].raw.strip())
            if not keep_furniture:
                continue
            role = "furniture"
        last = lines[-1]
        blk = Block(
            text=txt,
            lines=[ln.raw for ln in lines],
            index=len(blocks),
            page=lines[0].page,
            column=lines[0].column,
            starts_paragraph=bool(u.get("starts", True)) if role == "body" else True,
            ends_paragraph=(_unit_ended(u, first_goes_on=ordered) if role == "body" else True),
            line_width=w,
            role=role,
            features={
                "group": int(u["group"]),  # type: ignore[call-overload]
                "first_group": lines[0].group,
                "blank_block": lines[0].features.get("blank_block"),
                "joined_break": bool(u.get("joined_gap")),
                "last_width": last.width,
                "first_indent": lines[0].indent,
                # is there evidence for starts_paragraph (an indent, the first line's width
                # against the column, a break decided inside a run of lines)?
                "start_known": bool(u.get("known", False)) if role == "body" else True,
                # a headline line printed inside another article's paragraph (:func:`_head_in_body`)
                "inside_paragraph": bool(u.get("inside")) and role == "headline",
                "threaded": any(ln.features.get("threaded") for ln in lines),
                # a column's line read out of a row of several columns' lines (:class:`RowPiece`)
                "row_piece": any(ln.features.get("row_piece") for ln in lines),
            },
        )
        blocks.append(blk)
    labels: list[Block] = []
    if not keep_furniture:
        # section labels are page furniture (CONTRACT, "Output of clean"); the page family
        # (keep_furniture=True) gives labels their role itself, in context
        at = {i for i in range(len(blocks)) if _is_section_label(blocks, i)}
        if at:
            labels = [blocks[i] for i in sorted(at)]
            furniture += [b.text for b in labels]
            blocks = [b for i, b in enumerate(blocks) if i not in at]
    return Segmented(blocks=blocks, furniture=furniture, flavour=flavour, labels=labels)


def _wide_runs(stream: list[Line], widths: list[int], *, most: int = 4) -> list[bool]:
    """Lines wider than their column (by more than one character) in short runs (at most
    ``most`` lines of one extraction group): lines set across columns, a headline or a
    caption. A longer run is a column of another width, and so is a run of lines of one
    width with clause punctuation (a short paragraph of a wider column)."""
    out = [False] * len(stream)
    i = 0
    n = len(stream)
    while i < n:
        w = widths[i]
        if not (w and stream[i].width > w + _CHAR) or _spaced_in_paragraph(stream, i, w):
            i += 1
            continue
        j = i + 1
        while (j < n and widths[j] and stream[j].width > widths[j] + _CHAR and stream[j].group == stream[i].group
               and not _spaced_in_paragraph(stream, j, widths[j])):
            j += 1
        run = stream[i:j]
        even = len(run) >= 2 and max(x.width for x in run) - min(x.width for x in run) <= _CHAR
        if j - i <= most and not (even and any(CLAUSE_MARK.search(x.text) for x in run)):
            for k in range(i, j):
                out[k] = True
        i = j
    return out


def _spaced_in_paragraph(stream: list[Line], i: int, w: int) -> bool:
    """Is line ``i`` a justified body line whose letter-spacing pdfminer printed
    (``部 反 对 撤 军 的 人 数 占 绝 对 多``), inside a paragraph: a space between every two of its
    characters (:func:`~cntextclean.layout.lines.is_letter_spaced`), no wider than its column
    without them, ending no sentence under a line of its extraction group that ends none either
    (``利库德集团和联合政府内``), a line of that group under it? Such a line is no line set across
    columns (:func:`_wide_runs`). Measured (cer / headline_em / pair_f1): dev pdfminer 0.2761 /
    0.876 / 0.827 -> 0.2847 / 0.876 / 0.840 (dev_007, dev_036: the paragraphs that the false
    headline held go to their article, in an order the reading votes for less well), variant
    pdfminer 0.3691 / 0.790 / 0.816 -> 0.3658 / 0.796 / 0.817, text variants 0.3567 / 0.678 /
    0.697 -> 0.3564 / 0.672 / 0.701; every other flavour unchanged."""
    ln = stream[i]
    if not is_letter_spaced(ln.text):
        return False
    if display_width(ln.text.replace(" ", "")) > w + _CHAR or i == 0 or i + 1 >= len(stream):
        return False
    above, below = stream[i - 1], stream[i + 1]
    return (above.group == ln.group == below.group and not ends_sentence(above.text)
            and not ends_sentence(ln.text))


_NAME_TAIL = re.compile(r"^[\u4e00-\u9fff]{1,3}$")


def _wrapped_name(by: Line | None, ln: Line, w: int, *, loose: bool = False) -> bool:
    """Is ``ln`` the end of a name wrapped off a byline line that fills its (narrow) column
    (``□本报驻罗马尼亚记者 梁`` / ``晓华``)? One to three Han characters alone on a line.
    ``loose``: the extraction sets every line apart (pdfminer), so a blank line before it and
    another group say nothing."""
    together = loose or (not ln.gap_before and by is not None and by.group == ln.group)
    if not (by is not None and together and bool(w) and by.span >= w - _SHORT and _NAME_TAIL.match(ln.text.strip())):
        return False
    # (a name printed after its titles' space makes at most a four-character name with the
    # rest: ``…记者 梁`` / ``晓华``, ``…书记 潘银`` / ``浩``; a whole name there is no name's head,
    # and the short line under it is the text's indented first line, ``新华社记者 刘云峰`` /
    # ``富丽堂`` under a headline set across narrow columns)
    parts = by.text.split()
    return len(parts) < 2 or len(parts[-1]) + len(ln.text.strip()) <= 4


def _marked(text: str) -> bool:
    """Does the line open with a byline marker (``□`` ``■``)?"""
    return text.lstrip(" \u3000")[:1] in BYLINE_MARKERS


def _titles_rest(by: Line | None, ln: Line) -> bool:
    """Is ``ln`` the rest of a marked byline's titles and its name, the titles cut by a narrow
    column (``■ 本报驻加拿大记`` / ``者 邹德浩``)? The marked line holds no name (no space after
    its titles); ``ln`` holds a few characters, a space and the name, and the two make a byline."""
    if by is None or ln.gap_before or by.group != ln.group:
        return False
    t, r = by.text.strip(), ln.text.strip()
    if not _marked(t) or len(t[1:].split()) != 1:
        return False
    parts = r.split()
    return len(parts) == 2 and len(parts[0]) <= 3 and is_byline(join_lines([t, r]))


def _titles_over_name(ln: Line, nxt: Line) -> bool:
    """Is ``ln`` a byline's titles whose name the line under it holds whole (``宁波市委常委、
    北仑区委书记`` / ``潘银浩``)? The titles line ends with a title (a headline's wrapped rest,
    ``效能`` / ``欧如章 陈新``, does not), the two make a byline, the titles alone do not, and
    the line under is names only."""
    t = ln.text.strip()
    return not is_byline(t) and names_only(nxt.text) and titles_then_name(t, nxt.text)


def _name_byline(ln: Line, head: dict[str, object], nxt: Line | None, width: int, nxt2: Line | None) -> bool:
    """Is ``ln``, under the headline unit ``head`` and over ``nxt``, a byline of names only
    (``宋红敏``) rather than the headline's last line? Every name opens with a common surname
    (:func:`.lines.names_only`), the line under it is no headline line (or a body's first
    line short by the indent an extractor dropped, over a full line: ``nxt2``; or in another
    extraction group: a headline at a column's foot), the line is shorter than the headline's
    longest line, and the headline's lines make a headline of their own (five or more Han
    characters)."""
    if not names_only(ln.text):
        return False
    # (a gap or page furniture after the names: the headline and its byline stand at a
    # column's foot, their body in the next column, whatever the extraction reads next)
    if nxt is not None and nxt.group == ln.group and _is_head(nxt, width) and not _indented_first(nxt, nxt2, width):
        return False
    # (nor over a marked byline: an article has one byline, and the names are the headline's
    # wrapped end, ``街头沙箱防`` / ``路滑`` / ``■ 本报驻加拿大记``, a blank row between them or not)
    if nxt is not None and nxt.group in (ln.group, ln.group + 1) and _marked(nxt.text):
        return False
    lines: list[Line] = head["lines"]  # type: ignore[assignment]
    return han_count("".join(x.text for x in lines)) >= 5 and ln.width < max(x.width for x in lines)


def _indented_first(ln: Line, nxt: Line | None, width: int) -> bool:
    """Is ``ln`` a paragraph's first line whose indent (two characters) the extractor dropped:
    short of its column by about the indent, over a full line of the same group that goes on
    (PyMuPDF: ``河北省保定市聚焦解决企业群众所`` / ``需所盼，坚持创新引领、数智赋能、机``)?"""
    if not width or nxt is None or nxt.group != ln.group or nxt.gap_before:
        return False
    return (width - 2 * _CHAR - _SHORT <= ln.span < width - _SHORT and nxt.span >= width - _SHORT
            and not ends_sentence(ln.text))


def _last_line_heads(u: dict[str, object]) -> bool:
    """Is the last line of body unit ``u`` (over a byline) a headline as wide as its column,
    which the paragraph above it took as its last line: the line before it ends a sentence,
    and it holds no clause punctuation but a colon (``…护航企业发展。`` /
    ``大庆萨尔图：“三管齐下”为优化营商环境“护航”``)?"""
    lines: list[Line] = u["lines"]  # type: ignore[assignment]
    return u["role"] == "body" and len(lines) >= 2 and ends_sentence(lines[-2].text) and _heading_text(lines[-1], colon=True)


def _heading_body(u: dict[str, object], *, colon: bool = False) -> bool:
    """A one-line body unit that may be a headline: no clause punctuation, no sentence end,
    and it started a paragraph (``colon``: a colon and a closing quote at the end allowed,
    ``青岛崂山：以政策之“优”扬发展之“势”``, and a line as wide as its column will do after a
    gap under a paragraph that ended)."""
    lines: list[Line] = u["lines"]  # type: ignore[assignment]
    if u["role"] != "body" or len(lines) != 1 or not (
            u.get("starts", True) or u.get("after_head") or (colon and u.get("fresh"))):
        return False
    return _heading_text(lines[0], colon=colon)


def _label_over_name(u: dict[str, object], ln: Line) -> bool:
    """A name alone (``孙俨``) under a label-short headline unit (one line of at most four
    characters, ``国际``): no headline's second line, but a byline read there (pdfminer's
    boxes of a page's label, first headline and byline restacked as ``国际`` / ``孙俨`` / the
    headline)."""
    lines: list[Line] = u["lines"]  # type: ignore[assignment]
    return (len(lines) == 1 and len(lines[0].text.strip()) <= 4 and len(ln.text.strip()) <= 4
            and names_only(ln.text) and not names_only(lines[0].text))


def _rest_over_names(u: dict[str, object], ln: Line, nxt: Line | None) -> bool:
    """Is ``ln``, a short headline-like line under headline unit ``u`` over a byline of names
    alone, the headline's wrapped rest (``数智赋能 保定打造服务周到便利高效`` / ``政务环境`` /
    ``宋红敏``)? A section label stands over a headline, not between a headline and its byline.
    Other-text ``-layout`` headline/byline 0.870 / 0.952 -> 0.873 / 0.957, fresh rounds 0.825 /
    0.935 -> 0.828 / 0.940."""
    lines: list[Line] = u["lines"]  # type: ignore[assignment]
    return (nxt is not None and names_only(nxt.text) and not names_only(ln.text) and len(ln.text.strip()) <= 6
            and han_count(" ".join(x.text for x in lines)) >= 8)


def _gap_head_over_names(u: dict[str, object], ln: Line, nxt: Line | None, *, ordered: bool = False) -> bool:
    """A one-line body unit after a gap, a headline by its text, over ``ln``, a byline (or
    names alone) on the next line with a gap (or another group) under it: a headline and its
    byline, though the paragraph above ended mid-sentence (its rest elsewhere: plain
    pdftotext, ``…全区`` / ``青岛崂山：以政策之“优”扬发展之“势”`` / ``孙俨``; ``…并“`` /
    ``狠抓产业项目 做强重大平台 走好智造强区之路`` / ``…越城区委书记 徐军``). With
    ``ordered`` (the extractor keeps a column's lines together) the body may go on right under
    the byline, without a gap."""
    lines: list[Line] = u["lines"]  # type: ignore[assignment]
    if u["role"] != "body" or len(lines) != 1 or not lines[0].gap_before or ln.gap_before:
        return False
    if ln.group != lines[0].group or not (names_only(ln.text) or is_byline(ln.text)):
        return False
    if nxt is not None and not nxt.gap_before and nxt.group == ln.group and not ordered:
        # (where the extractor keeps a column's lines together, the body goes on right under
        # the byline: other-text -layout headline/byline 0.867 / 0.947 -> 0.870 / 0.952)
        return False
    return _heading_text(lines[0], colon=True) and han_count(lines[0].text) >= 5


def _heading_text(ln: Line, *, colon: bool) -> bool:
    """Could line ``ln`` be a headline line by its text: no clause punctuation, no sentence
    end, no list mark (``colon``: as :func:`_is_head` reads a headline, a colon and a closing
    quote at the end allowed, ``…之“势”``)?"""
    t = ln.text
    marks, ends = (_PROSE_MARK, ends_strongly) if colon else (CLAUSE_MARK, ends_sentence)
    return not marks.search(t) and not ends(t) and not is_list_item(t) and ln.width <= 80


def _comma_headline(u: dict[str, object], flavour: str) -> bool:
    """A one-line body unit with a comma inside but none at its end, ending no sentence, that
    is no paragraph's first line (``-layout``: set at its column's start, where a first line
    is indented; PyMuPDF, which prints no indent: as wide as its column, which an indented
    first line is not): over a dateline (which opens a paragraph, so the line before it ends
    one or is no paragraph's), a headline as wide as its column (``…已证实一人死亡，三十多人受伤``)."""
    lines: list[Line] = u["lines"]  # type: ignore[assignment]
    if u["role"] != "body" or len(lines) != 1:
        return False
    if flavour == "pdftotext-layout":
        if lines[0].indent:
            return False
    elif flavour != "pymupdf" or not (int(u["width"]) and lines[0].width >= int(u["width"]) - _CHAR):  # type: ignore[call-overload]
        return False
    t = lines[0].text
    return (not ends_sentence(t) and not CLAUSE_MARK.search(t[-1:]) and len(CLAUSE_MARK.findall(t)) <= 2
            and not is_list_item(t) and not DATELINE_START.match(t) and lines[0].width <= 80)


def _last_text_unit(units: list[dict[str, object]]) -> dict[str, object] | None:
    for u in reversed(units):
        if u["role"] != "furniture":
            return u
    return None


def _gapped_head(u: dict[str, object]) -> bool:
    """A unit of one short line without clause punctuation and with a two-part gap: a
    (sub-)headline, which does not run on into the next extraction group (seed 004)."""
    lines: list[Line] = u["lines"]  # type: ignore[assignment]
    t = lines[0].text.strip()
    return len(lines) == 1 and len(t) <= 30 and not CLAUSE_MARK.search(t) and bool(HEAD_GAP.search(t))


#: lines of a caption set under a picture wider than the column (and its credit, wrapped
#: alone on a short line)
_CAPTION_LINES = 3
#: lines of a paragraph over a caption narrower than the column, the last two of them full
#: (fewer: they may be the caption's own first lines, set as wide as the column)
_CAPTION_UNDER = 3
#: a line opening with a caption's number (``3、``, ``２．``)
_CAPTION_NUMBER = re.compile(rf"^[\s\u3000]*{CAPTION_NUMBER}")
#: a caption's text (four Han characters at least) and its credit, on one line
_CAPTION_TEXT = re.compile(r"[\u4e00-\u9fff]{4}[^（(]*[（(][^（()）]*[）)]\s*$")


def _split_trailing_captions(units: list[dict[str, object]]) -> list[dict[str, object]]:
    """A body unit that ends in a caption ends before it: the caption is furniture, the lines
    above it stay body. A line cut mid-sentence reads on into the caption under it (``…以上降至``
    / ``2、青海玉树藏族自治州天然草原牧场（吴明摄）``: ``降至2``). Either the caption's lines (at
    most :data:`_CAPTION_LINES`, the last one, its credit, may be short) are wider than the
    column's and together read as a caption, or one line narrower than the column holds a whole
    caption, its text and its credit, under full lines of a paragraph (``…能见度几乎降`` /
    ``陈金水出名后，几乎挤不出时间照看自家的菜园子了。（曲渊摄）``, pdftotext dev_015), or a
    numbered caption whole on one line under a line its paragraph goes on from (``…义务劳动，人`` /
    ``3、民航飞行动态监控系统投入运行。（王呈选摄）``, pdfminer dev_038: cer dev pdfminer 0.2731 ->
    0.2727, variants 0.3424 -> 0.3421, other text a little lower on two sets, nothing higher)."""
    out: list[dict[str, object]] = []
    for u in units:
        lines: list[Line] = u["lines"]  # type: ignore[assignment]
        w = int(u["width"])  # type: ignore[call-overload]
        k = _caption_start(lines, w) if u["role"] == "body" and w and len(lines) >= 2 else None
        if k is None:
            out.append(u)
            continue
        out.append({**u, "lines": lines[:k]})
        out.append({"lines": lines[k:], "role": "body", "group": lines[k].group, "width": w, "joined_gap": False})
    return out


def _caption_start(lines: Sequence[Line], w: int) -> int | None:
    """Where the caption that ends the unit starts among its ``lines`` (``w``: the column's
    width; see :func:`_split_trailing_captions`), or None."""
    cw = [display_width(drop_space(ln.text)) for ln in lines]
    wide = [c > w for c in cw]
    k = len(lines) - 1
    if (w - cw[k] > _SHORT and len(lines) > _CAPTION_UNDER and _CAPTION_TEXT.search(lines[k].text)
            and all(cw[j] + lines[j].narrow >= w - _SHORT and cw[j] <= w + _SHORT for j in range(k - _CAPTION_UNDER + 1, k))
            and is_caption(lines[k].text)):
        return k  # a narrower caption, whole on one line, under a paragraph's full lines
    if (not ends_sentence(lines[k - 1].text) and _CAPTION_NUMBER.match(lines[k].text)
            and _CAPTION_TEXT.search(lines[k].text) and is_caption(lines[k].text)):
        # a numbered caption whole on one line under a line its paragraph goes on from
        # (``…来此参加义务劳动，人`` / ``3、民航飞行动态监控系统投入运行。（王呈选摄）``, pdfminer
        # dev_038): a caption never goes on from a cut sentence
        return k
    if not wide[k]:
        k -= 1  # the credit wrapped alone
    if k < 1 or not wide[k]:
        return None
    last = k
    while k > 1 and wide[k - 1] and last - k + 1 < _CAPTION_LINES:
        k -= 1
    if wide[k - 1]:
        return None  # a longer run of wide lines: a paragraph or a caption of its own
    caption = _unit_text(lines[k:])
    if is_caption(caption) and not is_caption(_unit_text(lines[:k])):
        return k
    return None


def _unit_ended(u: dict[str, object], *, first_goes_on: bool = False) -> bool:
    """Does the unit's last line end its paragraph (sentence end, or short for its column)?

    With ``first_goes_on``, a paragraph's known first line (a list mark, or short by the
    indent the extractor dropped over a full line) short by no more than that indent goes on
    (not for OCR text, whose line widths are the engine's guess, nor where the extractor
    interleaves lines of neighbouring columns)."""
    last: Line = u["lines"][-1]  # type: ignore[index]
    w = int(u["width"])  # type: ignore[call-overload]
    if ends_sentence(last.text):
        return True
    if w and last.span < w - _SHORT:
        # (a paragraph's first line is short by the indent the extractor dropped: a numbered
        # subhead set over two lines, ``三、要解放思想，激发推动振兴`` / ``发展内生动力``)
        return not (first_goes_on and len(u["lines"]) == 1 and u.get("starts") and u.get("known")  # type: ignore[arg-type]
                    and last.span >= w - _FIRST_LINE + 1)
    return not w and len(u["lines"]) == 1 and last.width < 20  # type: ignore[arg-type]


def _start_evidence(ln: Line, w: int, nxt: Line | None) -> tuple[bool, bool]:
    """``(starts, known)``: is ``ln`` the first line of a paragraph, and is there evidence?

    An indent or a list mark says it starts one; a line filling its column says it does not
    (a first line is indented, or short by the indent the extractor dropped); a line short by
    about that indent followed by a full line starts one. Otherwise (a short line, no column
    width) it is taken to start one, without evidence.
    """
    if ln.indent >= 2 or ln.raw.lstrip(" ").startswith("\u3000"):
        return True, True
    if is_list_item(ln.text):
        return True, True
    if not w:
        return True, False
    if ln.span >= w - _CHAR:
        return False, True
    if (w - _FIRST_LINE + 1 <= ln.width and ln.span <= w - _SHORT and nxt is not None
            and nxt.span >= w - _CHAR and not ends_sentence(ln.text)):
        return True, True
    return True, False


def _full_head_line(ln: Line, w: int, nxt: Line | None, nxt2: Line | None) -> bool:
    """Under a headline line, a line as wide as the column that is the headline's rest, not
    the body's first line: it prints no clause punctuation, and the line under it opens the
    body (a first line short by the dropped indent, an indent, a list mark), which a line
    filling the column cannot (``全市解放思想优化环境`` / ``加快高质量发展研讨交流会议讲话稿`` /
    ``为贯彻落实省、市工作落实年部``)."""
    if not w or nxt is None or nxt.gap_before or nxt.group != ln.group or ln.span < w - _SHORT:
        return False
    if CLAUSE_MARK.search(ln.text) or ends_strongly(ln.text) or is_list_item(ln.text) or DATELINE_START.match(ln.text):
        return False
    if is_byline(nxt.text) or names_only(nxt.text):
        # (over a byline, of names only too: ``创新构建城乡互动的治理共同体`` / ``殷荣林``)
        return True
    return _start_evidence(nxt, w, nxt2 if nxt2 is not None and nxt2.group == nxt.group else None) == (True, True)


def _continues_head(ln: Line, nxt: Line, w: int, *, ordered: bool = False) -> bool:
    """Is a headline-looking line really the (indented) first line of a paragraph?

    It is when it is nearly as wide as its column and the next line fills the column, ends
    the sentence in a few characters, or is prose that goes on with a word the line cut at its
    end; with ``ordered`` (the extractor keeps a column's lines
    together), also over a short line of prose that ends the paragraph.
    """
    if not w or nxt.gap_before or nxt.group != ln.group:
        return False
    if is_byline(nxt.text):
        return False  # over a byline: a headline (in a narrow column as wide as a first line)
    if nxt.span > w + _SHORT and clause_free(nxt.text) and not ends_sentence(nxt.text):
        # over a line wider than the column, without clause punctuation: a headline's second
        # line set across columns (``全市解放思想优化环境`` / ``加快高质量发展研讨交流会议讲话稿``)
        return False
    first = ln.span >= w - _FIRST_LINE
    if first and _PROSE_MARK.search(nxt.text) and _word_cut(ln, nxt):
        # a word cut at the line end goes on in a line of prose, however short: the
        # paragraph's first line (pdfminer, ``…的邀请于１月１１日抵`` / ``京访华的。…``;
        # articles cer set A pdfminer 0.3017 -> 0.3011, other-text pdfminer 0.2964 -> 0.2963,
        # new 0.2922 -> 0.2917, plain pdftotext 0.2894 -> 0.2887; five pages change, all fewer edits)
        return True
    tail = max(_TAIL_MIN, int(w * _TAIL_SHARE))
    if first and nxt.width <= tail and ends_sentence(nxt.text) and not CLAUSE_MARK.search(nxt.text[:-1]):
        return True  # a first line and the few characters that end its sentence ("会。")
    if ordered and first and ends_sentence(nxt.text) and _PROSE_MARK.search(nxt.text[:-1]):
        # a first line short by the dropped indent over a short line of prose that ends the
        # paragraph (``“亲清直通车·政企恳谈会”实际上要解决的是为什么在这个时候启`` /
        # ``动？构建新型亲清政商关系实践路径和创新何在？``)
        return True
    return first and nxt.span >= w - _SHORT


def _printed_below(label: Line, units: list[dict[str, object]], k: int) -> bool:
    """Does the text under unit ``k`` print ``label`` (a two-part headline's first half, not a
    section label: :func:`~.lines.label_in_text`)? PyMuPDF other-text headline_em 0.979 ->
    0.985, rounds 3-4 0.985 -> 0.988, fresh rounds 0.979 -> 0.982; dev the same."""
    return label_in_text(label.text, ((str(u["role"]), "".join(ln.text for ln in u["lines"]))  # type: ignore[union-attr]
                                      for u in units[k + 1 :]))


def _split_labels(units: list[dict[str, object]]) -> None:
    """In a headline group, a short first line above a longer headline is a section label."""
    out: list[dict[str, object]] = []
    for k, u in enumerate(units):
        lines: list[Line] = u["lines"]  # type: ignore[assignment]
        if u["role"] == "headline" and len(lines) >= 2:
            first, second = lines[0], lines[1]
            if (looks_like_section_label(first.text) and len(norm_key(first.text)) <= 4 and second.width > first.width
                    and not _printed_below(first, units, k)):
                out.append({**u, "lines": [first], "role": "section"})
                out.append({**u, "lines": lines[1:]})
                continue
        if u["role"] == "headline" and len(lines) == 1 and looks_like_section_label(lines[0].text):
            if len(norm_key(lines[0].text)) <= 4:
                u = {**u, "maybe_section": True}
        out.append(u)
    # a lone short label directly followed by a headline or byline is a section label; a
    # name alone over a headline is its byline, read before it (pdfminer: ``殷荣林`` /
    # ``创新构建城乡互动的治理共同体``)
    for i, u in enumerate(out):
        if (u.get("maybe_section") and i + 1 < len(out) and out[i + 1]["role"] in ("headline", "byline")
                and not _printed_below(u["lines"][0], out, i)):  # type: ignore[index]
            lines = u["lines"]  # type: ignore[assignment]
            names = out[i + 1]["role"] == "headline" and names_only(lines[0].text)
            u["role"] = "byline" if names else "section"
    units[:] = out


#: a section label (``国际`` ``要闻`` ``动态``: the page's or a box's heading word) as the
#: rejoin may drop it: two Han characters and nothing else. Longer ones are too often a
#: headline's piece (``鱼水真情`` ``手足情深``; OCR: ``美人鱼又`` / ``大人头``) to be dropped on
#: their shape
_LABEL_TEXT = re.compile(f"^[{HAN_BMP_CLASS}]{{2}}$")
#: what a block read as a label may have been called by the segmenter (a lone short line over
#: a headline is often taken for a headline's first line, or for a one-line paragraph)
_LABEL_ROLES = frozenset({"section", "headline", "body"})
#: a "headline" ending so is no headline (a sign-off ``（本报华盛顿１月１日电）`` read as one)
_CLOSERS = frozenset("。！？）)”")


def _is_section_label(blocks: list[Block], i: int) -> bool:
    """Is ``blocks[i]`` a section label that CONTRACT's ``clean`` output leaves out?

    Two Han characters and nothing else, standing alone (the segmenter may have
    called it a section label, a headline or a one-line paragraph) right over a headline;
    the block before it is no headline (the label would be a wrapped headline's tail: ``当``
    / ``街舞``; a sign-off read as a headline does not count) and does not end in a digit (a
    number cut by a line end: ``１１１４`` / ``亿元``). On the dev and variant PDF inputs
    (4 extractions of 77 pages) this drops 287 blocks, every one a label or furniture line of
    the gold, and no headline piece (``tests/test_layout.py::test_rejoin_drops_section_labels``);
    on the OCR inputs (tess150/tess300 of dev, dev_trad and the variants) 58, all labels (some
    misread: ``要间`` ``固司``) but one two-character scrap of a misread line (``台上``).
    """
    b = blocks[i]
    if b.role not in _LABEL_ROLES or not _LABEL_TEXT.match(norm_key(b.text)):
        return False
    if i + 1 >= len(blocks) or blocks[i + 1].role != "headline":
        return False
    if i > 0:
        prev = blocks[i - 1].text.rstrip()
        if blocks[i - 1].role == "headline" and not (prev and prev[-1] in _CLOSERS):
            return False
        if prev and unicodedata.numeric(prev[-1], -1) != -1:
            return False
    return True


def _unit_text(lines: Sequence[Line], sep: str = "") -> str:
    """A unit's text: its printed lines rejoined (a wrapped headline without a space, its own
    inner gaps kept), or joined by ``sep`` (a byline's titles and the name under them)."""
    if sep:
        return sep.join(ln.text.strip() for ln in lines)
    return join_lines([ln.text for ln in lines])
