"""Characters that OCR reads for digits inside numbers and dates, and misread decimal points.

tesseract chi_sim reads a full-width ``１`` as ``]``, ``|``, ``l``, ``I`` or even ``工``/``二``,
``７`` as ``了`` and ``０`` as ``O``/``o``; a full-width ``．`` comes out as ``，`` or ``.，``
between spaces (``0 ，4 %``), a full-width ``％`` as ``2%6``, ``9%6``, ``%6``, ``26`` or
``96``. A character is only read as a digit where it sits in a digit's slot: between two
digits, or in a date between ``年``/``月``/``日`` fields.
"""

from __future__ import annotations

import re

from ..charclass import HAN_BMP_CLASS as HAN
from ..pipeline import cleaner

_ONE = "]|lI["
_ZERO = "Oo"
_TO_DIGIT = {**dict.fromkeys(_ONE, "1"), **dict.fromkeys(_ZERO, "0"), "工": "1", "了": "7"}

# between two digits (spaces allowed): 1]4 -> 114, 1O0 -> 100, 1工7 -> 117, 9 9了 7 -> 9977
_BETWEEN = re.compile(r"(?<=\d)([ \t]?)([\]|lIOo工了])(?=[ \t]?\d)")
# digit slots of dates: 年]月, 月]日, 月工日, 年工月, 第]版, 月 1]4日
_DATE_ONE = re.compile(r"(?<=[年月第])([ \t]?)([\]|I\[工]{1,2})(?=[ \t]?(?:[月日版号]|\d))")
# a ``1`` read as a confusable at a field start after a non-Chinese character: ``: 工月 6日``
_LEAD_ONE = re.compile(
    rf"(?:(?<=[^{HAN}\d])|^)(?:[\]|I\[](?=[ \t]?\d?[ \t]?[月日])|工(?=[ \t]?\d?[ \t]?月))", re.M
)
# ``二`` next to ASCII digits in a date: ``1月二3日`` (a Chinese numeral never mixes with them)
_MIXED_TWO = re.compile(r"(?<=[月年])二(?=[ \t]?\d[ \t]?[日月号])")
# a bracket or bar after a digit before a date/page unit: ``第1]版`` -> ``第11版``
_AFTER_DIGIT = re.compile(r"(?<=\d)[\]|\[](?=[ \t]?[月日版号])")
#: currencies, whose amounts a digit read as a character or a decimal point read as a comma
#: may stand before
_CURRENCY = "美元|新卢布|卢布|日元|英镑|马克|法郎|港元|港币|欧元|加元|澳元"
# ``工`` (or ``荆``) read for ``1`` where a date or a number unit follows: ``莫斯科工月2日电``,
# ``1月1工日``, ``10.9工亿``, ``1工户``, ``工工号台风``, ``7.1工%``, ``2工世纪``, ``工工天后``,
# ``低于工0%``, ``、工.65万``; never ``加工月饼`` or ``员工10人``
_HAN_ONE = re.compile(
    r"[工荆I\]|l\[]{1,2}(?=[ \t]?月[ \t]?\d)"
    r"|(?:(?<=[\d.])|(?<=\.[，,])|(?<=\. ))[ \t]?[工荆]{1,2}(?=[\d%月日号亿万户家件个年世时天次米倍岁名吨])"
    r"|[工荆]{2}(?=[号月日天])"
    r"|(?<=[达约近超逾过为有共计仅只增减降升涨跌至第上和及于])[工荆]{1,2}(?=\d)"
    # after a mark, before a number: ``、工.65万立方米``, ``（工0%）``
    r"|(?<=[，、：；（(])[工荆](?=\.?\d)"
    # ``达工美元``, ``兑工美元``: a currency after it (never after a word that ends in 工: 员工, 职工)
    r"|(?<![员职加施竣开完人手化分民务用童女技矿电木劳罢复停动监义打社美军工荆])[工荆]"
    rf"(?=[ \t]?(?:{_CURRENCY}))"
)
# ``%`` read as ``%6`` after a number, before a mark or Chinese: ``9.58%6。`` -> ``9.58%``
_PERCENT_SIX = re.compile(rf"(?<=\d%)6(?=[，。；、）！？{HAN}]|$)", re.M)
# a full-width ``％`` read as a digit glued to ``%6`` (``2%6``, ``9%6``) after a spaced digit
# (tesseract spaces full-width digits apart, not the glyph it misreads): ``6 9 .5 8 9%6。``
_PERCENT_GLUED = re.compile(rf"(?<=\d[ \t])[29]%6(?=[，。；、）！？{HAN}]|$)", re.M)
# ... or as ``26`` / ``96`` glued (with the number's last digit at most) after a spaced digit,
# before a mark, 左右 or 的: ``成套率为7 5 26。`` (75%), ``达到9 796、9 4 26、7 0 96，``
_PERCENT_READ = re.compile(r"(?<=\d[ \t])(\d?)[29]6(?=[，。；、）]|左右|的)")
# (a year is never such a number: ``1 996，``, ``19 96，``: the spaced digits just before it)
_NUMBER_TAIL = re.compile(r"(?:\d[ \t]?)+$")
# ``了`` after digits before 年 / %: ``1 9 9了年`` -> ``1997年``
_SEVEN = re.compile(r"(?<=\d)([ \t]?)了(?=[ \t]?[年%])")


def _map_between(m: re.Match[str]) -> str:
    return _TO_DIGIT[m.group(2)]


def _map_ones(m: re.Match[str]) -> str:
    return "1" * len(m.group(2))


@cleaner(
    name="ocr_digit_confusions",
    family="ocr",
    summary="Confusables read for digits in numbers and dates, a misread %: 1998年]月6日 -> 1998年1月6日, 7 5 26。 -> 7 5 %。",
    example=("1998年]月6日，1月工日以前", "1998年1月6日，1月1日以前"),
    removes=("punctuation", "latin", "han", "whitespace"),
)
def ocr_digit_confusions(text: str) -> str:
    """Read ``] | l I [ 工 二 了 O o`` as digits where they sit in a digit's slot.

    >>> ocr_digit_confusions("1998年]月6日，由于1月工日以前，1 9 9了年，第1]版")
    '1998年1月6日，由于1月1日以前，1 9 97年，第11版'
    >>> ocr_digit_confusions("本报北京I月1 3日电，莫斯科工月2日电，1月1工日讯，10.9工亿美元，重达工00吨，浙江工工号台风")
    '本报北京1月1 3日电，莫斯科1月2日电，1月11日讯，10.91亿美元，重达100吨，浙江11号台风'
    >>> ocr_digit_confusions("面向2工世纪，上午1工时50分，工工天后，低于工0%，化学品船、工.65万立方米")
    '面向21世纪，上午11时50分，11天后，低于10%，化学品船、1.65万立方米'
    >>> ocr_digit_confusions("加工月饼，工人，了解，员工1000人，职工10.5万，5工作日，I love")
    '加工月饼，工人，了解，员工1000人，职工10.5万，5工作日，I love'
    >>> ocr_digit_confusions("达工美元兑换110日元，微升1.62%6。员工美元收入，5%60岁")
    '达1美元兑换110日元，微升1.62%。员工美元收入，5%60岁'
    >>> ocr_digit_confusions("成套率为7 5 26。达到9 796、9 4 26，面积的6 9 .5 8 9%6。1 996和19 96，")
    '成套率为7 5 %。达到9 7%、9 4 %，面积的6 9 .5 8 %。1 996和19 96，'
    """
    if not any(c in text for c in "]|lI[工荆二了Oo") and "%6" not in text and "26" not in text and "96" not in text:
        return text
    # a repaired digit can put its neighbour in a digit's slot (``]|月``): repeat until nothing
    # changes; every round only turns confusables into digits, so it ends
    for _ in range(6):
        fixed = _digits_once(text)
        if fixed == text:
            break
        text = fixed
    return text


def _percent(m: re.Match[str]) -> str:
    """``7 5 26。`` -> ``7 5 %。``, not where the digits before it make a year (``1 996，``)."""
    start = m.string.rfind("\n", 0, m.start()) + 1
    run = _NUMBER_TAIL.search(m.string, max(start, m.start() - 8), m.start())
    lead = run.group(0).replace(" ", "").replace("\t", "") if run else ""
    number = lead + m.group(0)
    if len(number) == 4 and number[:2] in ("19", "20"):
        return m.group(0)
    return f"{m.group(1)}%"


def _digits_once(text: str) -> str:
    text = _DATE_ONE.sub(_map_ones, text)
    text = _HAN_ONE.sub(lambda m: "1" * len(m.group(0).strip(" \t")), text)
    text = _LEAD_ONE.sub("1", text)
    text = _MIXED_TWO.sub("1", text)
    text = _SEVEN.sub("7", text)
    text = _AFTER_DIGIT.sub("1", text)
    if "%6" in text:
        text = _PERCENT_SIX.sub("", _PERCENT_GLUED.sub("%", text))
    if "26" in text or "96" in text:
        text = _PERCENT_READ.sub(_percent, text)
    return _BETWEEN.sub(_map_between, text)


# decimal point read as a comma (or ``.，``) between digits before % / 万 / 亿: ``0 ，4 %``
_DECIMAL = re.compile(
    r"(?<=\d)[ \t]*(?:\.[ \t]*[，,]?|[，,][ \t]*\.?)[ \t]*(?=\d{1,2}[ \t]*(?:%|万|亿|倍|个百分点"
    # a measure that takes decimals (never a date's 月 / 日): ``新币5，2卢布``, ``6，29平方米``
    rf"|平方米|立方米|米|公里|公斤|千克|吨|{_CURRENCY}|兰特|元|级|秒|摄氏度))"
)


@cleaner(
    name="ocr_decimal_point",
    family="ocr",
    summary="A decimal point read as '，' between digits before %/万/亿 or a measure: '0 ，4 %' -> '0.4%'.",
    example=("国内生产总值增长了0 ，4%", "国内生产总值增长了0.4%"),
    removes=("punctuation", "whitespace"),
)
def ocr_decimal_point(text: str) -> str:
    """``0 ，4 %`` / ``1 8.， 9 万`` -> ``0.4 %`` / ``18.9 万`` (spaces go with the spacing step).

    >>> ocr_decimal_point("增长了0 ，4 %，高达1.， 4亿")
    '增长了0.4 %，高达1.4亿'
    >>> ocr_decimal_point("新币5，2卢布，人均6，29平方米，里氏6，2级；1月，2月，3，4日")
    '新币5.2卢布，人均6.29平方米，里氏6.2级；1月，2月，3，4日'
    """
    if "，" not in text and "," not in text and "." not in text:
        return text
    return _DECIMAL.sub(".", text)
