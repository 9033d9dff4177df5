"""A dash ``—`` that OCR read as the character ``一`` (they are the same horizontal stroke).

``一`` is one of the most frequent Chinese characters, so it is only read as a dash where the
context cannot be Chinese: a range between digits or Latin tokens (``1 一 2 项``, ``50MC一C型``,
``1961一1992``), a Chinese word followed by a Latin one (``天然气一 LNG``), two transliterated
names (``尼赫鲁一甘地``), a run of three or
more (``养殖一一一沼气``), or a sequence of parallel terms of equal length joined by single
``一`` (``监测一核查一处置一反馈``). Real uses (``一是``, ``统一``, ``一体化``, ``第一``, ``一一``,
``一个``, ``之一``, ``一方面``, ``看一看``) are recognised by the characters that bind to ``一``.
"""

from __future__ import annotations

import re

from ..charclass import HAN_BMP_CLASS as HAN
from ..pipeline import cleaner
from .punctuation import TRANSLIT

#: characters X for which "X一" is a word or a numeral phrase (统一, 第一, 之一, 这一, 看一看 ...)
LEFT_BOUND = frozenset(
    "统唯惟第之万合同单专初十百千归不如逐其划均择整纯周期这那哪每另又再任某头"
    "差大小多少半星礼拜廿卅两零二三四五六七八九亿"
)
#: characters X for which "一X" starts a word or is a numeral + measure word (一个, 一致, 一体 ...)
RIGHT_BOUND = frozenset(
    "个些体致定般样起直方切次项批种位名家条年天道同再向旦度律并带流线行手心贯举番点下边面"
    "时句部段场份对组套只张座所步环级层把股片系揽站号月等半生世如概共齐味连丝阵头辈口身队群"
    "排列轮届期封笔块根门台件篇首幅间周日分元万千百十亿早模以览无事代类枚颗棵艘架辆匹回遍趟"
    "顿觉岁则言应经眼声气己己丝毫再来去些致是则会早晚刻瞬霎席员处本路色片针篓箱盒瓶杯碗桶"
)

_RANGE = re.compile(r"(?<=[\dA-Za-z])[ \t]*一[ \t]*(?=[\dA-Za-z])")
_DATE_RANGE = re.compile(r"(?<=\d[年月日号])[ \t]*一[ \t]*(?=\d)")
_HAN_LATIN = re.compile(rf"(?<=[{HAN}])一[ \t]*(?=[A-Z]{{2,}})|(?<=[A-Z]{{2}})[ \t]*一(?=[{HAN}])")
_RUN3 = re.compile(r"一{3,}")
# two transliterated names joined by a dash: 尼赫鲁一甘地, 扎耶尼一伊拜尔
_NAMES = re.compile(rf"(?<=[{TRANSLIT}]{{2}})一(?=[{TRANSLIT}]{{2}})")


def _names(m: re.Match[str]) -> str:
    s, i = m.string, m.start()
    if s[i - 1] in LEFT_BOUND or s[i + 1] in RIGHT_BOUND:
        return "一"
    return "—"
# a run of Han characters; single spaces inside count as nothing (a PDF/OCR line-wrap gap)
_HAN_RUN = re.compile(rf"[{HAN}](?:[ \t]?[{HAN}])*")


def _han_latin(m: re.Match[str]) -> str:
    s, i, j = m.string, m.start(), m.end()
    if m.group(0).startswith("一"):
        if s[i - 1] in LEFT_BOUND:
            return m.group(0)
    elif j < len(s) and s[j] in RIGHT_BOUND:
        return m.group(0)
    return "—"


def _bound(run: str, k: int) -> bool:
    prev = run[k - 1] if k else ""
    nxt = run[k + 1] if k + 1 < len(run) else ""
    return prev in LEFT_BOUND or nxt in RIGHT_BOUND or (prev != "" and prev == nxt)


def _parallel(m: re.Match[str]) -> str:
    text = m.group(0)
    if text.count("一") < 2:
        return text
    idx = [k for k, c in enumerate(text) if c not in " \t"]  # run position -> text position
    run = "".join(text[k] for k in idx)
    # positions of single 一 (not part of 一一)
    pos = [k for k, c in enumerate(run) if c == "一" and run[k - 1 : k] != "一" and run[k + 1 : k + 2] != "一"]
    if len(pos) < 2:
        return text
    out = list(text)
    a = 0
    while a < len(pos) - 1:
        # longest chain pos[a..b] whose inner terms all have the same length 2..4
        length = pos[a + 1] - pos[a] - 1
        b = a + 1
        while b + 1 < len(pos) and pos[b + 1] - pos[b] - 1 == length:
            b += 1
        if 2 <= length <= 4 and pos[a] >= length and len(run) - pos[b] - 1 >= length:
            chain = pos[a : b + 1]
            bound = sum(_bound(run, k) for k in chain)
            if bound * 3 <= len(chain):
                for k in chain:
                    out[idx[k]] = "—"
        a = b
    return "".join(out)


@cleaner(
    name="ocr_dash_yi",
    family="ocr",
    summary="一 read for a dash in ranges and parallel terms: '监测一核查一处置一反馈' -> '监测—核查—处置—反馈'.",
    example=("天然气一 LNG、监测一核查一处置一反馈", "天然气—LNG、监测—核查—处置—反馈"),
    removes=("han", "whitespace"),
)
def ocr_dash_yi(text: str) -> str:
    """Read ``一`` as ``—`` only in contexts where the character cannot be meant.

    >>> ocr_dash_yi("实现“监测一核查一处置一反馈”的闭环，形成天然气一 LNG产业链，掌握 1 一 2 项技术")
    '实现“监测—核查—处置—反馈”的闭环，形成天然气—LNG产业链，掌握 1—2 项技术'
    >>> ocr_dash_yi("由于尼赫鲁一甘地家族，意大利一家公司，巴西一位官员")
    '由于尼赫鲁—甘地家族，意大利一家公司，巴西一位官员'
    >>> ocr_dash_yi("一是统一思想，第一，一体化，一一对应，之一，一方面，看一看，这一时期一些地区")
    '一是统一思想，第一，一体化，一一对应，之一，一方面，看一看，这一时期一些地区'
    """
    if "一" not in text:
        return text
    text = _RUN3.sub(lambda m: "—" * len(m.group(0)), text)
    text = _RANGE.sub("—", text)
    text = _DATE_RANGE.sub("—", text)
    text = _HAN_LATIN.sub(_han_latin, text)
    text = _NAMES.sub(_names, text)
    return _HAN_RUN.sub(_parallel, text)


#: a headline's dash (``——``) read as ``一一``, or as one ``一`` before ``访`` (an interview's
#: subtitle, ``——访…``): after two characters or at the line's start, before four (a second
#: part, not ``问题一一解决``); not inside a run of ``一`` nor after a character that binds to it
_HEAD_DASH = re.compile(rf"(?:^|(?<=[{HAN}”》]{{2}}))(?<!一)(?:一一|一(?=访))(?!一)(?=[{HAN}“《]{{4}})")


def headline_dashes(head: str) -> str:
    """A headline or subtitle line of an OCR page with the dash ``——`` that OCR read as ``一一``
    (or as one ``一`` before ``访``) set right. A headline never prints ``一一`` (one by one: the
    dev and seed gold's 202 headlines and subtitles have none), while its dash joins a headline
    to its second part (``投入——播种希望``) or opens a subtitle (``——访…``, ``——致…``).
    Used by the page analysis, which knows the headline lines (not a registered cleaner: in body
    text ``一一`` is the word, ``一一对应``).

    >>> headline_dashes("难忘南极风雪夜一一致中国科学院武汉分院副院长吕纯操")
    '难忘南极风雪夜——致中国科学院武汉分院副院长吕纯操'
    >>> headline_dashes("扩大合作共同发展一访拉丁美洲议会副议长本西德")
    '扩大合作共同发展——访拉丁美洲议会副议长本西德'
    >>> headline_dashes("统一思想第一访问"), headline_dashes("问题一一解决")
    ('统一思想第一访问', '问题一一解决')
    """
    if not isinstance(head, str) or "一" not in head:
        return head
    return _HEAD_DASH.sub(lambda m: m.group(0) if m.start() and head[m.start() - 1] in LEFT_BOUND else "——", head)
