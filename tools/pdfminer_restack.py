"""EXPERIMENT (not wired into the library): read pdfminer pages' text boxes back into column streams.

pdfminer.six (default ``LAParams``) cuts a page into text boxes, each one or a few printed lines
of one column, and prints them in the order of its hierarchical box grouping: boxes of
neighbouring columns that sit at the same height come one after the other, so a page reads
``A1 B1 A2 B2 …`` over stretches, one column alone over others, a headline or a caption between
them. Rejoining such text as it comes gives one paragraph per box, in the wrong order.

:func:`restack` sorts the boxes of each page into *streams* (the boxes of one column, top to
bottom) by a beam search over the extraction order: each box goes on one of the open streams or
opens a new one. The choice is scored by the seam it makes with the stream's last line (a line
that ends no sentence goes on in the box that continues it: the character model's
``join_score``, a word across the seam, a phrase across it that recurs on the page, a box
opening with ``，。、”``; against a box opening as a paragraph's first line (two characters
short of the column), a headline or a dateline; a paragraph's last line is followed by a first
line, a headline or a byline), by the stream reading on at the stride it was last reached at
(k columns interleaved: every k-th box), by the rhythm of the boxes before it, and by what
opening a stream and crossing a headline cost. Headlines and bylines open streams. Each stream
is printed as one block of lines (a column, as pdftotext prints it), streams in the order of
their first box.

Measured on the dev bench (2026-12-03, wired into ``layout.segment.segment`` for pages
``detect_flavour`` calls ``pdfminer``, which includes three pdftotext pages):

* stream links against the gold's (box j directly after box i in gold order, j later):
  P=0.90 R=0.88 (``--links``); an oracle that links boxes from the gold gets articles
  pdfminer cer 0.188, pair_f1 0.919, headline_em 0.882 (forward links only);
* articles ``pdfminer``: cer 0.538 -> 0.378, cer_sorted 0.314 -> 0.217, pair_f1 0.744 -> 0.741,
  headline_em 0.704 -> 0.704, byline_em 0.842 -> 0.789; ``pdftotext``: cer 0.362 -> 0.352,
  cer_sorted 0.153 -> 0.148, pair_f1 0.756 -> 0.744, headline_em 0.645 -> 0.633, byline_em
  0.737 -> 0.711. Not merged: pair/headline/byline regress a little, a single wrong seam glues
  a column onto another article, the variant bench was not measured against a baseline, and
  the beam search was slow on some variant pages.

Usage (from the repository root, ``PYTHONPATH=src``)::

    python tools/pdfminer_restack.py --links [PAGE...]          # stream links vs gold
    python tools/pdfminer_restack.py --articles OUT [--flavour pdfminer] [--bench DIR]
    python ../shared/bench/score.py ../shared/bench/dev OUT --track articles --fold-width

It only rearranges lines: the multiset of characters is unchanged.

>>> a = ["经济发展的新形势要求我们进一步", "加强基础设施建设，推动区域协调", "发展，让更多群众共享改革成果。"]
>>> b = ["这次会议认真研究部署了明年的重", "点工作，要求各地区各部门切实抓", "好落实，确保取得实际效果。"]
>>> print(restack("\\n\\n".join(x for pair in zip(a, b) for x in pair)))
经济发展的新形势要求我们进一步
加强基础设施建设，推动区域协调
发展，让更多群众共享改革成果。
<BLANKLINE>
这次会议认真研究部署了明年的重
点工作，要求各地区各部门切实抓
好落实，确保取得实际效果。
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path

from cntextclean.layout.furniture import is_furniture_line
from cntextclean.layout.lines import NO_LINE_START, ends_sentence, is_byline
from cntextclean.layout.width import display_width, typical_width
from cntextclean.plausibility import join_score

__all__ = ["restack"]

#: marks a CJK font sets a full em wide, though Unicode calls their width ambiguous
_EM_MARKS = frozenset("“”‘’")
_CLAUSE = re.compile(r"[，。！？；：、,;!?]")
_DATELINE = re.compile(r"^(?:本报|新华社|据|中新社)[^，。！？\s]{0,16}?(?:电|讯)")
_WS = re.compile(r"\s+")

#: a page with fewer boxes than this is left as it is
_MIN_BOXES = 6
#: streams open at once (columns read side by side); opening one more retires the oldest
_MAX_STREAMS = 4
#: hypotheses kept at each box
_BEAM = 128
#: what opening a stream costs (nats of seam evidence)
_NEW_STREAM = 0.5
#: a box that keeps to the rhythm (switching stream after a switch, staying after a stay)
_RHYTHM = 1.0
#: a stream goes on within a few boxes (the other columns' boxes of one row between); each box
#: farther costs this much
_NEAR = 4
_FAR = 0.2
#: a stream reading on at the gap it was last reached at (k columns interleaved: every k-th box)
_STRIDE = 1.0
#: a headline followed by what opens an article (its other lines, a byline, a first line)
_AFTER_HEAD = 4.0
_KEEP_BOXES = False
_HEAD_HEAD = 0.0
_HEADS_APART = True
_SPLIT_BOXES = True
#: a headline-like box at most this wide is a section label (four characters)
_LABEL = 8
_ANY_HEAD = True
#: a stream going on past a headline set across columns
_ACROSS = 3.0
#: weight of the character model's seam evidence
_JOIN_WEIGHT = 0.6
#: weight and cap of the word evidence across a seam (a word of the word list spanning it)
_WORD_WEIGHT = 0.3
_WORD_CAP = 8.0
#: a phrase across the seam that occurs elsewhere on the page
_RECUR = 3.0
#: boxes on each side whose lines give a box's column width
_WINDOW = 8
#: display width of a paragraph's indent (two characters)
_INDENT = 4


def _han_4grams(text: str) -> set[str]:
    """Every run of four Han characters in ``text``."""
    return {text[k : k + 4] for k in range(len(text) - 3)
            if all("\u4e00" <= c <= "\u9fff" for c in text[k : k + 4])}


def _width(line: str) -> int:
    t = _WS.sub("", line)
    return display_width(t) + sum(1 for c in t if c in _EM_MARKS)


def _narrow(line: str) -> int:
    """Half-width letters and digits: a width normalisation that ran before may have made
    printed full-width ones half-width (each may have been one more column wide)."""
    return sum(1 for c in line if c.isascii() and (c.isalnum() or c in "%.,:;+-~/"))


@dataclass(frozen=True)
class _Box:
    lines: tuple[str, ...]
    first: str
    last: str
    first_w: int
    last_w: int
    first_n: int
    last_n: int
    furniture: bool
    head: bool
    byline: bool = False
    #: the printed width of a column line around the box (its neighbours' typical width)
    col: int = 0


def _boxes(lines: Sequence[str]) -> list[list[str]]:
    out: list[list[str]] = [[]]
    for raw in lines:
        if raw.strip():
            out[-1].append(raw)
        elif out[-1]:
            out.append([])
    return [b for b in out if b]


def _is_head(text: str) -> bool:
    """A headline-like line: short, no clause punctuation."""
    t = _WS.sub("", text)
    return bool(t) and not _CLAUSE.search(t)


def _make(lines: list[str]) -> _Box:
    first, last = lines[0].strip(), lines[-1].strip()
    furn = all(is_furniture_line(ln) for ln in lines)
    byline = len(lines) <= 2 and is_byline(first)
    return _Box(tuple(lines), first, last, _width(first), _width(last), _narrow(first), _narrow(last), furn,
                head=len(lines) <= 2 and all(_is_head(ln) for ln in lines) and not ends_sentence(last) and not byline,
                byline=byline)


class _Seams:
    """Seam scores between boxes of one page (cached)."""

    def __init__(self, boxes: Sequence[_Box]) -> None:
        self.boxes = boxes
        self.cache: dict[tuple[int, int], float] = {}
        self.grams: set[str] = set()
        for b in boxes:
            for ln in b.lines:
                self.grams |= _han_4grams(_WS.sub("", ln))

    def seam(self, left: str, right: str) -> float:
        """The text evidence that ``right`` goes on from ``left``: the character model, a word
        across the seam, a phrase across it that recurs on the page (``肝胆`` + ``外科``)."""
        from cntextclean.page.joinscore import word_join_score

        js = max(min(join_score(left, right), 5.0), -5.0)
        s = _JOIN_WEIGHT * js + _WORD_WEIGHT * min(word_join_score(left, right), _WORD_CAP)
        a, b = _WS.sub("", left)[-3:], _WS.sub("", right)[:3]
        if len(a) >= 2 and len(b) >= 2 and a[-2:] + b[:2] in self.grams:
            s += _RECUR
        return s

    @staticmethod
    def wide(b: _Box) -> bool:
        """Is the box's first line wider than a column (set across columns)?"""
        return b.first_w > b.col + 4

    @staticmethod
    def full_first(b: _Box) -> bool:
        return b.first_w + b.first_n >= b.col - 2

    @staticmethod
    def full_last(b: _Box) -> bool:
        return b.last_w + b.last_n >= b.col - 2

    @staticmethod
    def first_shape(b: _Box) -> bool:
        """Does the box open with a paragraph's first line (indent dropped)?"""
        w = b.first_w + b.first_n
        return b.col - _INDENT - 3 <= w <= b.col - _INDENT + 1

    def opens(self, b: _Box) -> bool:
        """Does the box open something (a paragraph, an article)?"""
        one_par = len(b.lines) == 1 and ends_sentence(b.first) and not self.full_first(b)
        return (b.head or is_byline(b.first) or bool(_DATELINE.match(b.first)) or self.first_shape(b)
                or b.furniture or one_par)

    def score(self, i: int, j: int) -> float:
        key = (i, j)
        s = self.cache.get(key)
        if s is None:
            s = self.cache[key] = self._score(self.boxes[i], self.boxes[j])
        return s

    def _score(self, a: _Box, b: _Box) -> float:
        if b.furniture or a.furniture:
            return -9.0
        last, first = a.last, b.first
        no_start = first[:1] in NO_LINE_START
        if b.head and not a.head:
            return -9.0  # a headline opens a stream: its article's lines read on from it
        if _HEADS_APART and (a.byline or (b.byline and not a.head)):
            return -9.0
        if a.byline:
            # after a byline: the article's first paragraph (or a second byline)
            return _AFTER_HEAD if self.opens(b) and not no_start else -9.0
        if a.head and len(a.lines) == 1 and a.first_w <= _LABEL:
            # a section label (``国际``) stands over a headline, or alone
            return _HEAD_HEAD if b.head else -9.0
        if a.head:
            # after a headline: its other lines, a subtitle, a byline, the first paragraph
            if no_start or not self.opens(b):
                return -9.0
            # two headline boxes: mostly the headlines of neighbouring columns (a headline's
            # lines sit close: one box)
            if b.byline:
                return _AFTER_HEAD + 1.0  # a headline's byline sits right under it
            return _HEAD_HEAD if b.head else _AFTER_HEAD
        if not ends_sentence(last):
            if self.full_last(a) or len(a.lines) == 1:
                s = 1.0 + self.seam(last, first)
                if no_start:
                    s += 2.0
                elif b.head:
                    return -9.0  # a headline never goes on from a cut line
                elif _DATELINE.match(first) or is_byline(first):
                    s -= 4.0
                elif self.first_shape(b):
                    s -= 3.5
                return s
            # a short line ending no sentence: a heading, a list, a label
            return 0.0 if self.opens(b) else -1.0
        if no_start:
            return 1.5 if first[:1] in "”’」』）)" else -4.0
        if not self.full_last(a):
            # a paragraph's last line
            if self.opens(b):
                return 1.0
            return -1.5 if self.full_first(b) else 0.0
        # a full line that ends a sentence: the paragraph may end or go on
        return 0.5 if self.opens(b) else 0.3


@dataclass
class _Hyp:
    score: float
    #: the last box of each open stream, and the gap (in boxes) at which it was reached (0: it
    #: opened the stream)
    last: tuple[int, ...]
    gaps: tuple[int, ...]
    prev_switch: bool
    #: back-pointer: the previous hypothesis, the slot of its ``last`` taken (-1: a new stream)
    back: _Hyp | None
    slot: int


def _decode(boxes: Sequence[_Box], seams: _Seams) -> list[int]:
    """The stream of each box (ids in order of the streams' first boxes)."""
    beam = [_Hyp(0.0, (0,), (0,), False, None, -1)]
    # the last headline set across columns before each box: the boxes after it are printed
    # under it, so a column above it reads on under it only where the seams insist
    across = -1
    for j in range(1, len(boxes)):
        if boxes[j - 1].head and (_ANY_HEAD or seams.wide(boxes[j - 1])):
            across = j - 1
        cand: list[_Hyp] = []
        for h in beam:
            prev = h.last.index(j - 1)
            for slot, i in enumerate(h.last):
                switch = slot != prev
                s = h.score + seams.score(i, j) + (_RHYTHM if switch == h.prev_switch else 0.0)
                s -= _FAR * max(j - i - _NEAR, 0)
                if h.gaps[slot] == j - i:
                    s += _STRIDE  # the stream reads on at its stride
                if i < across and not boxes[i].head:
                    s -= _ACROSS
                # (the rows of a column start under its headline and byline)
                gap = 0 if boxes[i].head or boxes[i].byline else j - i
                cand.append(_Hyp(s, (*h.last[:slot], j, *h.last[slot + 1 :]),
                                 (*h.gaps[:slot], gap, *h.gaps[slot + 1 :]), switch, h, slot))
            # a new stream (the oldest retires when too many are open)
            last, gaps = h.last, h.gaps
            if len(last) >= _MAX_STREAMS:
                oldest = min(range(len(last)), key=lambda k: last[k])
                last, gaps = last[:oldest] + last[oldest + 1 :], gaps[:oldest] + gaps[oldest + 1 :]
            cost = _NEW_STREAM if not (boxes[j].furniture or boxes[j - 1].furniture) else 0.0
            cand.append(_Hyp(h.score - cost, (*last, j), (*gaps, 0), True, h, -1))
        # one hypothesis per state (the open streams' last boxes and gaps, and the rhythm)
        best: dict[tuple[object, ...], _Hyp] = {}
        for c in cand:
            key = (tuple(sorted(zip(c.last, c.gaps, strict=True))), c.prev_switch)
            if key not in best or c.score > best[key].score:
                best[key] = c
        beam = sorted(best.values(), key=lambda x: -x.score)[:_BEAM]
    # walk back: each box's predecessor in its stream (None: it opens a stream)
    h: _Hyp | None = beam[0]
    pred: list[int | None] = [None] * len(boxes)
    j = len(boxes) - 1
    while h is not None and h.back is not None:
        if h.slot >= 0:
            pred[j] = h.back.last[h.slot]
        h = h.back
        j -= 1
    stream = [0] * len(boxes)
    n = 0
    for k, p in enumerate(pred):
        if p is None:
            stream[k] = n
            n += 1
        else:
            stream[k] = stream[p]
    return stream


def _digits_were_wide(boxes: Sequence[_Box]) -> bool:
    """Were the half-width letters and digits printed full-width? Lines that go on (no
    sentence end) and hold some are as wide as the column when each counts double."""
    wide = narrow = 0
    for b in boxes:
        for ln in b.lines:
            n = _narrow(ln)
            if not n or ends_sentence(ln):
                continue
            w = _width(ln)
            if w <= b.col + 1:  # (a wider line is no column line either way)
                wide += abs(w + n - b.col) < abs(w - b.col)
                narrow += abs(w - b.col) < abs(w + n - b.col)
    return wide > narrow


def _opens_article(line: str) -> bool:
    """A byline or a dateline: what a headline stands over."""
    return is_byline(line) or bool(_DATELINE.match(line))


def _split_box(lines: list[str], col: int) -> list[list[str]]:
    """A box's lines, cut where one line does not read on into the next as lines of one
    column do (an extractor that groups lines of several columns or sizes into one block):
    a headline-like line over a column line, a full line that ends no sentence over a
    paragraph's first line."""
    out = [[lines[0]]]
    for a, b in pairwise(lines):
        wa, wb = _width(a) + _narrow(a), _width(b) + _narrow(b)
        full_a = wa >= col - 2
        cut = (_is_head(a) and not full_a and wb >= col - 8) or (
            full_a and not ends_sentence(a) and col - _INDENT - 3 <= wb <= col - _INDENT + 1)
        if cut:
            out.append([b])
        else:
            out[-1].append(b)
    return out


def _prepare(raw: list[list[str]]) -> tuple[list[_Box], _Seams | None]:
    """The page's boxes and their seam scorer (None: no column width to go by)."""
    boxes = [_make(b) for b in raw]
    widths = [[_width(ln) for ln in b.lines] if not b.furniture else [] for b in boxes]
    col = typical_width(w for ws in widths for w in ws)
    if not col:
        return boxes, None
    if _SPLIT_BOXES:
        raw = [part for b in raw for part in _split_box(b, col)]
        boxes = [_make(b) for b in raw]
        widths = [[_width(ln) for ln in b.lines] if not b.furniture else [] for b in boxes]
    # each box's column width: the typical width of the lines of its neighbours (a page may
    # hold columns of several widths)
    local = []
    for k in range(len(boxes)):
        near = [w for ws in widths[max(0, k - _WINDOW) : k + _WINDOW + 1] for w in ws]
        local.append(typical_width(near, min_support=4) or col)
    boxes = [replace(b, col=c) for b, c in zip(boxes, local, strict=True)]
    # a line of about the column's width is body text, punctuation or not (a wider one is
    # set across columns: a headline)
    # (unless a byline or a dateline follows it); a box of several lines is a headline only
    # where none of them fills the column
    nxt = [next((c.first for c in boxes[k + 1 :] if not c.furniture), "") for k in range(len(boxes))]
    boxes = [replace(b, head=False)
             if b.head and ((len(b.lines) == 1 and b.col - 8 <= b.first_w + b.first_n <= b.col + 4
                             and not _opens_article(nxt[k]))
                            or (len(b.lines) > 1 and any(b.col - 3 <= _width(ln) <= b.col + 2 for ln in b.lines)))
             else b
             for k, b in enumerate(boxes)]
    if not _digits_were_wide(boxes):
        boxes = [replace(b, first_n=0, last_n=0) for b in boxes]
    return boxes, _Seams(boxes)


def _restack_page(page: str) -> str:
    raw = _boxes(page.split("\n"))
    if len(raw) < _MIN_BOXES:
        return page
    boxes, seams = _prepare(raw)
    if seams is None:
        return page
    stream = _decode(boxes, seams)
    out: list[list[str]] = [[] for _ in range(max(stream) + 1)]
    for b, s in zip(boxes, stream, strict=True):
        if _KEEP_BOXES and out[s]:
            out[s].append("")
        out[s].extend(b.lines)
    lead = page[: len(page) - len(page.lstrip("\n"))]
    tail = page[len(page.rstrip("\n")) :]
    return lead + "\n\n".join("\n".join(s) for s in out if s) + tail


def restack(text: str) -> str:
    """The pdfminer page text with its boxes sorted into column streams (see the module
    docstring). Total: any str in, the same characters out."""
    if not isinstance(text, str) or not text.strip():
        return text
    return "\f".join(_restack_page(p) for p in text.split("\f"))


DEV = Path(__file__).resolve().parents[2] / "shared" / "bench" / "dev"


def _norm(s: str) -> str:
    return _WS.sub("", unicodedata.normalize("NFKC", s))


def _gold_body(page_json: Path) -> str:
    gold = json.loads(page_json.read_text(encoding="utf-8"))
    out = []
    for a in gold["articles"]:
        out += [_norm(a[k]) for k in ("headline", "subtitle", "byline") if a.get(k)]
        out += [_norm(p) for p in a["paragraphs"]]
    return "".join(out)


def _eval_links(bench: Path, flavour: str, pages: list[str]) -> None:
    from cntextclean.layout.detect import detect_flavour
    from cntextclean.page.split import _pre_layout

    pre = _pre_layout("none", False)
    tot = [0, 0, 0]
    for f in sorted(bench.glob(f"*.{flavour}.txt")):
        pid = f.name.split(".")[0]
        if pages and pid not in pages:
            continue
        body = _gold_body(bench / f"{pid}.json")
        text = pre(f.read_text(encoding="utf-8"))
        if detect_flavour(text) != "pdfminer":
            continue
        tp = fp = fn = 0
        for page in text.split("\f"):
            raw = _boxes(page.split("\n"))
            if len(raw) < _MIN_BOXES:
                continue
            boxes, seams = _prepare(raw)
            if seams is None:
                continue
            stream = _decode(boxes, seams)
            pred, last = set(), {}
            for j, s in enumerate(stream):
                if s in last:
                    pred.add((last[s], j))
                last[s] = j
            locs = []
            for b in boxes:
                t = _norm("".join(b.lines))
                locs.append((body.index(t), body.index(t) + len(t)) if t and body.count(t) == 1 else None)
            gold = set()
            for i, a in enumerate(locs):
                nxt = next((j for j in range(i + 1, len(locs)) if a and locs[j] and locs[j][0] == a[1]), None)
                if nxt is not None:
                    gold.add((i, nxt))
            known = {i for i, loc in enumerate(locs) if loc}
            pred = {p for p in pred if p[0] in known and p[1] in known}
            tp, fp, fn = tp + len(pred & gold), fp + len(pred - gold), fn + len(gold - pred)
            if pages:
                for i, j in sorted(pred - gold):
                    print(f"  FP {i}->{j} {seams.score(i, j):+.1f} | {boxes[i].last[-12:]} || {boxes[j].first[:12]}")
                for i, j in sorted(gold - pred):
                    print(f"  FN {i}->{j} {seams.score(i, j):+.1f} | {boxes[i].last[-12:]} || {boxes[j].first[:12]}")
        print(pid, tp, fp, fn)
        tot = [tot[0] + tp, tot[1] + fp, tot[2] + fn]
    tp, fp, fn = tot
    print(f"total tp={tp} fp={fp} fn={fn} P={tp / max(1, tp + fp):.3f} R={tp / max(1, tp + fn):.3f}")


def _write_articles(bench: Path, flavour: str, out: Path) -> None:
    """Article predictions with :func:`restack` run on pdfminer-flavour pages before segmenting."""
    import cntextclean.layout.segment as seg
    from cntextclean import split_articles

    real, real_segment = seg.detect_flavour, seg.segment

    def segment(text: str, **kw: object) -> object:
        if real(text) == "pdfminer":
            text = restack(text)
        return real_segment(text, **kw)  # type: ignore[arg-type]

    import cntextclean.page.split as split

    split.segment = segment  # type: ignore[assignment]
    out.mkdir(parents=True, exist_ok=True)
    for f in sorted(bench.glob(f"*.{flavour}.txt")):
        pid = f.name.split(".")[0]
        page = split_articles(f.read_text(encoding="utf-8"), page_id=pid, ocr=flavour.startswith("tess"))
        (out / f"{pid}.json").write_text(json.dumps(page.to_dict(), ensure_ascii=False), encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", nargs="*")
    ap.add_argument("--links", action="store_true", help="stream links against the gold order")
    ap.add_argument("--articles", type=Path, help="write split_articles predictions here")
    ap.add_argument("--flavour", default="pdfminer")
    ap.add_argument("--bench", type=Path, default=DEV)
    args = ap.parse_args()
    if args.links:
        _eval_links(args.bench, args.flavour, args.pages)
    if args.articles:
        _write_articles(args.bench, args.flavour, args.articles)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
