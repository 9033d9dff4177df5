"""Radical code points that PDF extractors emit for ordinary characters.

Many CJK fonts map the glyph of an ordinary character such as 人, 民 or 长 to the Kangxi
radical (U+2F00-U+2FDF) or CJK radicals-supplement (U+2E80-U+2EFF) code point with the same
shape, and pdfminer reads ``⼈⺠⽇报`` for 人民日报. ``normalize_radicals`` maps every such code
point to its ordinary (unified) ideograph.

The Kangxi table comes from Unicode itself (each Kangxi radical's NFKC form), with one
exception: U+2F3E ⼾ becomes 户 (the form of GB 2312, mainland and Hong Kong usage) rather than
NFKC's 戶 (U+6236, Taiwan); the conversion step turns it into 戶 for ``to="tw"``. The supplement
block has no decomposition in Unicode; :data:`SUPPLEMENT` writes out its equivalent unified
ideographs (Unicode's EquivalentUnifiedIdeograph.txt gives the same pairs). Checked against the
pdfminer extractions of the development benchmark: every radical there maps to the character of
the gold text.
"""

from __future__ import annotations

import re
import unicodedata

from ..charclass import RADICAL_CLASS
from ..pipeline import cleaner

#: CJK radicals supplement -> unified ideograph (the forms that stand for a whole character or
#: a component that has its own unified code point).
SUPPLEMENT: dict[str, str] = {
    "⺅": "亻", "⺆": "冂", "⺉": "刂", "⺊": "卜", "⺒": "巳", "⺓": "幺", "⺔": "彑", "⺖": "忄",
    "⺘": "扌", "⺙": "攵", "⺛": "旡", "⺜": "日", "⺝": "月", "⺞": "歺", "⺟": "母", "⺠": "民",
    "⺡": "氵", "⺢": "氺", "⺣": "灬", "⺤": "爫", "⺥": "爫", "⺦": "丬", "⺧": "牛", "⺨": "犭",
    "⺩": "王", "⺬": "示", "⺭": "礻", "⺮": "竹", "⺯": "糹", "⺰": "纟", "⺲": "罒", "⺳": "罓",
    "⺶": "羊", "⺷": "羊", "⺹": "耂", "⺺": "肀", "⺽": "臼", "⺾": "艹", "⺿": "艹", "⻀": "艹",
    "⻁": "虎", "⻂": "衤", "⻃": "覀", "⻄": "西", "⻅": "见", "⻆": "角", "⻈": "讠", "⻉": "贝",
    "⻋": "车", "⻌": "辶", "⻍": "辶", "⻎": "辶", "⻏": "阝", "⻐": "钅", "⻑": "長", "⻒": "镸",
    "⻓": "长", "⻔": "门", "⻖": "阝", "⻗": "雨", "⻘": "青", "⻙": "韦", "⻚": "页", "⻛": "风",
    "⻜": "飞", "⻝": "食", "⻟": "飠", "⻠": "饣", "⻢": "马", "⻣": "骨", "⻤": "鬼", "⻥": "鱼",
    "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻪": "黾", "⻫": "斉", "⻬": "齐", "⻭": "歯",
    "⻮": "齿", "⻯": "竜", "⻰": "龙", "⻱": "龜", "⻲": "亀", "⻳": "龟",
}  # fmt: skip

#: NFKC exceptions (see the module docstring)
OVERRIDES: dict[str, str] = {"⼾": "户"}


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x2F00, 0x2FE0):
        ch = chr(cp)
        nf = unicodedata.normalize("NFKC", ch)
        if nf != ch and len(nf) == 1:
            table[cp] = nf
    for src, dst in {**SUPPLEMENT, **OVERRIDES}.items():
        table[ord(src)] = dst
    return table


TABLE: dict[int, str] = _build_table()
_RADICAL = re.compile(f"[{RADICAL_CLASS}]")


def has_radicals(text: str) -> bool:
    """Does ``text`` print a radical code point? pdfminer does for many CJK fonts' glyphs;
    plain pdftotext (poppler) never does, which tells their extractions apart.

    >>> has_radicals("⼈⺠⽇报"), has_radicals("人民日报")
    (True, False)
    """
    return _RADICAL.search(text) is not None


@cleaner(
    name="normalize_radicals",
    family="typography",
    summary="Map Kangxi/supplement radical code points from PDF fonts to the ordinary ideograph.",
    example=("⼈⺠⽇报⻓期", "人民日报长期"),
    removes=("radical",),
)
def normalize_radicals(text: str) -> str:
    """Replace radical code points with the ideograph they stand for.

    >>> normalize_radicals("⼈⺠⽇报⻓期⼾籍")
    '人民日报长期户籍'
    """
    if not has_radicals(text):
        return text
    return text.translate(TABLE)
