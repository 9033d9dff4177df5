"""layout.restack: pdfminer text boxes read back into column streams."""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cntextclean import split_articles
from cntextclean.layout import restack as restack_module
from cntextclean.layout import segment as segment_module
from cntextclean.layout.detect import detect_flavour
from cntextclean.layout.restack import restack
from cntextclean.page.split import _pre_layout

from . import conftest

_WS = re.compile(r"\s+")


def _norm(s: str) -> str:
    return _WS.sub("", unicodedata.normalize("NFKC", s))


def _lines(text: str) -> Counter[str]:
    return Counter(ln for ln in text.split("\n") if ln.strip())


_line = st.text(alphabet="天地玄黄宇宙洪荒日月盈昃，。、“”：《》（）１２3ab 新华社北京电□本报记者", min_size=1, max_size=30)
_box = st.lists(_line, min_size=1, max_size=4).map("\n".join)


@given(st.lists(_box, max_size=40), st.sampled_from(["\n\n", "\n\n\n", "\n\n\f"]))
@settings(max_examples=200, deadline=None)
def test_only_rearranges_lines(boxes: list[str], sep: str) -> None:
    text = sep.join(boxes)
    out = restack(text)
    assert _lines(out) == _lines(text)  # every printed line once, unchanged
    assert out.count("\f") == text.count("\f")  # pages stay pages
    assert restack(text) == out  # deterministic


@given(st.text(max_size=300))
def test_total(text: str) -> None:
    out = restack(text)
    assert isinstance(out, str)
    assert _lines(out) == _lines(text)


def test_two_interleaved_columns_come_apart() -> None:
    """Boxes of two columns given turn about (A1 B1 A2 B2 ...) are read column by column: the
    lines left open go on in the boxes that continue them."""
    a = ["经济发展的新形势要求我们进一步", "加强基础设施建设，推动区域协调", "发展，让更多群众共享改革成果。"]
    b = ["这次会议认真研究部署了明年的重", "点工作，要求各地区各部门切实抓", "好落实，确保取得实际效果。"]
    out = restack("\n\n".join(x for pair in zip(a, b, strict=True) for x in pair))
    assert out == "\n".join(a) + "\n\n" + "\n".join(b)


#: two short articles of one page, each set in two columns under its headline, as pdfminer
#: printed their boxes (a variant of dev_020 in a 13-point font): headline, column A's first line
#: (the dateline), column B's first line, A2, B2, ...
_TWO_ARTICLES = [
    "朱镕基会见美国客人",
    "新华社北京1月15日电国务院副总理朱镕基今天在中",
    "萨默斯是受克林顿总统委派来亚洲访问的。他已于近期",
    "南海紫光阁会见了美国财政部副部长劳伦斯·萨默斯一行，",
    "和新加坡、印尼、泰国、马来西亚等国的领导人就东南亚地",
    "双方就亚洲一些地区金融动荡问题交换了意见。",
    "区金融危机问题交换了看法。",
    "中国人民银行行长戴相龙、财政部副部长刘积斌等会见",
    "时在座。",
    "荣毅仁会见塔吉克斯坦客人",
    "新华社北京1月15日电（记者张荣典）国家副主席荣",
    "荣毅仁还向客人介绍了中国的经济发展等方面的情况。",
    "毅仁今天上午在人民大会堂会见了塔吉克斯坦国防部长舍拉",
    "海鲁拉耶夫说，在访华期间，他同中国国防部长迟浩田",
    "利·海鲁拉耶夫中将一行。",
    "进行了很好的会谈，并亲眼看到了中国的发展情况，访问是",
    "荣毅仁说，中塔建交以来在政治、经济、科技、文化、",
    "非常成功的。他说，塔吉克斯坦非常重视同中国的友好合作",
    "军事等领域的友好合作关系发展顺利。两国高层领导人的频",
    "关系，并相信两国关系会在现有的基础上不断得到巩固和加",
    "繁互访为增进相互了解和信任，推动两国关系的发展作出了",
    "强。",
    "重要贡献。他说，中国和塔吉克斯坦是好邻居、好朋友、好",
    "中央军委副主席、国务委员兼国防部长迟浩田上将，中",
    "伙伴，中国政府非常重视在和平共处五项原则基础上进一步",
    "国人民解放军副总参谋长吴铨叙中将等参加了会见。",
    "加强和深化两国的友好合作，并愿与塔吉克斯坦一道为建立",
    "塔吉克斯坦客人应迟浩田邀请，于1月9日抵京对中国",
    "面向21世纪的两国友好合作关系而共同努力。",
]


def test_a_headline_reads_on_with_its_dateline_not_the_next_column() -> None:
    """Column B's first line comes right after column A's, and opens a paragraph as the dateline
    does: the headline's stream takes the dateline (the experiment's search took column B's
    first line, and the dateline went on from the previous article's column)."""
    lines = [ln for ln in restack("\n\n".join(_TWO_ARTICLES)).split("\n") if ln.strip()]
    for head, dateline in (("朱镕基会见美国客人", "新华社北京1月15日电国务院"), ("荣毅仁会见塔吉克斯坦客人", "新华社北京1月15日电（记者张荣典）")):
        assert lines[lines.index(head) + 1].startswith(dateline)
    # and each column reads on: the dateline's line goes on in column A's second line
    at = lines.index("新华社北京1月15日电（记者张荣典）国家副主席荣")
    assert lines[at + 1].startswith("毅仁今天上午")


def test_adversarial_pages_stay_fast() -> None:
    """Thousands of boxes on one page (no newspaper page has more than a few hundred) narrow the
    beam: time stays linear and small."""
    for unit in ("中国人民日报的记者报道了\n\n", "国际\n\n新华社北京1月1日电记者\n\n，。的记者报道了是在\n\n"):
        text = unit * (200_000 // len(unit))
        t0 = time.perf_counter()
        out = restack(text)
        assert time.perf_counter() - t0 < 30
        assert _lines(out) == _lines(text)


@lru_cache(maxsize=1)
def _dev_pdfminer_pages() -> list[tuple[str, dict]]:
    dev = conftest.bench_dir()
    pre = _pre_layout("none", False)
    out = []
    for f in sorted(dev.glob("*.pdfminer.txt")):
        text = pre(f.read_text(encoding="utf-8"))
        if detect_flavour(text) == "pdfminer":
            out.append((text, json.loads((dev / f"{f.name.split('.')[0]}.json").read_text(encoding="utf-8"))))
    return out


def test_dev_headlines_stand_over_their_first_paragraph() -> None:
    """On the dev pdfminer pages, a headline (with neither byline nor subtitle) is followed by
    its article's first paragraph: in the extraction's order for 88 of 104 such headlines,
    once restacked for 96 (a headline took a neighbouring column's first line where the
    dateline under it came a few boxes later, or a label's stream took a later headline)."""
    total = before = after = 0
    for text, gold in _dev_pdfminer_pages():
        for version, t in (("before", text), ("after", restack(text))):
            lines = [_norm(x) for x in t.split("\n") if x.strip()]
            for art in gold["articles"]:
                head = _norm(art["headline"] or "")
                first = _norm(art["paragraphs"][0])[:6] if art["paragraphs"] else ""
                if not head or not first or art.get("byline") or art.get("subtitle"):
                    continue
                at = next((k for k, x in enumerate(lines) if len(x) >= 2 and head.endswith(x)), None)
                if at is None:
                    continue
                good = at + 1 < len(lines) and lines[at + 1].startswith(first)
                if version == "before":
                    total += 1
                    before += good
                else:
                    after += good
    assert total >= 100
    assert after > before
    assert after >= 0.9 * total


def test_dev_stream_links_read_on_in_the_gold() -> None:
    """Two boxes the search puts one after the other in a stream follow each other in the gold
    text (boxes whose text occurs once in the gold): 3011 of 3280 links on the dev pdfminer
    pages (P 0.918, R 0.891; tools/pdfminer_restack.py)."""
    good = links = 0
    for text, gold in _dev_pdfminer_pages():
        body = "".join(
            _norm(x) for a in gold["articles"]
            for x in [a.get("headline") or "", a.get("subtitle") or "", a.get("byline") or "", *a["paragraphs"]]
        )
        for page in text.split("\f"):
            found = restack_module._streams(page)
            if found is None:
                continue
            boxes, stream, _ = found
            where = []
            for b in boxes:
                t = _norm("".join(b.lines))
                where.append((body.index(t), body.index(t) + len(t)) if t and body.count(t) == 1 else None)
            last: dict[int, int] = {}
            for j, s in enumerate(stream):
                i = last.get(s)
                last[s] = j
                if i is None or where[i] is None or where[j] is None:
                    continue
                links += 1
                good += where[j][0] == where[i][1]
    assert links >= 3000
    assert good >= 0.9 * links


def test_segment_restacks_pdfminer_pages_only() -> None:
    """``segment`` reads pdfminer pages' boxes back into columns for the page analysis
    (``join_breaks=False``), and leaves other flavours' text to their own handling."""
    calls: list[str] = []
    real = segment_module.restack

    def spy(text: str, **kw: bool) -> str:
        calls.append(text)
        return real(text, **kw)

    segment_module.restack = spy  # type: ignore[assignment]
    try:
        text, _ = _dev_pdfminer_pages()[0]
        segment_module.segment(text, join_breaks=False)
        assert calls == [text]
        segment_module.segment(text)  # (rejoin_lines: its output would be restacked anew)
        segment_module.segment("岁末年初，日本政局最引人注目的动\n向是第二大党新进党的解体。\n", join_breaks=False)
        assert calls == [text]
    finally:
        segment_module.restack = real  # type: ignore[assignment]


def _columns_read_line_by_line(k: int, rows: int = 10, width: int = 11) -> tuple[str, list[list[str]]]:
    """A page of one article set in ``k`` columns that pdfminer printed one line per box, row by
    row (column 1 line 1, column 2 line 1, ...), from real text (the dev gold of dev_001)."""
    gold = json.loads((conftest.bench_dir() / "dev_001.json").read_text(encoding="utf-8"))
    body = "".join(p for a in gold["articles"] for p in a["paragraphs"])
    lines = [body[i : i + width] for i in range(0, k * rows * width, width)]
    cols = [lines[c * rows : (c + 1) * rows] for c in range(k)]
    boxes = [cols[c][r] for r in range(rows) for c in range(k)]
    return "\n\n".join(boxes), cols


def test_any_column_count_read_line_by_line_comes_apart() -> None:
    """Three, five or six columns read line by line (the dev pages hold at most four) are found
    by their rhythm (every k-th box reads on) and read back column by column: nearly every box
    follows the box a stride before it in its stream (a seam where another box reads as well,
    ``最引`` + ``进党`` against ``最引`` + ``人注目``, may still go astray)."""
    for k in (3, 5, 6):
        page, cols = _columns_read_line_by_line(k)
        boxes, stream, seams = restack_module._streams(page)
        assert Counter(restack_module._local_periods(boxes, seams)).most_common(1)[0][0] == k
        last: dict[int, int] = {}
        right = 0
        for j, s in enumerate(stream):
            right += last.get(s, j - k) == j - k
            last[s] = j
        assert right >= 0.9 * len(boxes), (k, right, len(boxes))
    page, cols = _columns_read_line_by_line(5)
    assert restack(page).split("\n\n") == ["\n".join(c) for c in cols]


#: two columns of one page as pdfminer printed their boxes (dev_010 of the variant bench, two
#: columns): above the headline the boxes alternate line by line (left column's article, the
#: right column's continuation of the 合肥 article); under the headline (in the left column)
#: pdfminer gives five of its lines, then nine of the right column's, then alternates again
_RHYTHM_OVER_HEADLINE = [
    "本报讯1月12日，数十位首都记者兴致勃勃",
    "会城市，元旦、春节更要营造些热烈祥和的节日气",
    "地参加了由中国大饭店∕国贸饭店组织的以体育锻",
    "氛。所以，我们出资10万元，让十里长江路挂上",
    "炼为特色的“’98新闻界新年联谊会”。",
    "鲜艳夺目的大红灯笼。”",
    "在欢快的气氛中，记者们到中国大饭店健身中",
    "号称“安徽第一路”的十里长江路，早已是灯",
    "心参与了网球、游泳、高尔夫球、壁球、乒乓球、",
    "的海洋、广告的世界，如今再添上数千盏大红灯",
    "台球、保龄球及健身等多种锻炼活动，身心得到充",
    "笼，无疑是锦上添花。但也有人对这么多的红灯笼",
    "分的放松。",
    "挂在外边表示担心，几天来，更多的人在关注着合",
    "联谊会上，饭店总经理高克先生和副总经理傅",
    "肥的大红灯笼到底能挂几天？",
    "天祝先生还将饭店2000多名员工为“希望工程”",
    "元 月 6 日 下 午 ， 记 者 约 请 合 肥 晚 报 总 编 仇 旭",
    "捐助的4万多元人民币转交给中国青少年发展基金",
    "东，一起坐车从长江路东头的九狮苑到大西门，沿",
    "会的工作人员。",
    "合肥大红灯笼当街舞",
    "□ 本报记者 刘杰",
    "元旦的前两天，合肥市民一觉醒来，发现长江",
    "中路两侧，一下子挂满了喜迎新春的大红灯笼。",
    "“嗨，神了！一街两巷咋一夜间冒出了那么多的大",
    "红灯笼？前不见头，后不见尾的，远远望去，像两",
    "条红龙似的，多喜人呀！”64岁的陈玉英老太",
    "途徐行，细细查看，只见3300盏大红灯笼无一",
    "损失，一个个迎风舞动，分外鲜艳，与道路两侧各",
    "式各样的灯饰广告交相辉映，令人留连忘返。仇旭",
    "东又与记者漫步街头，访问了许多人，共同的感受",
    "是：人的素质的提高是文明城市的根本，大红灯笼",
    "作了最好的明证。陈玉英老人说：“咋会丢呢？人的",
    "觉悟都高了，大伙同乐才是真乐呀！”市交警三大",
    "队二中队队长蔡涛说：“用不着管呢，大红灯笼高高",
    "挂，是合肥人的脸面。共同的荣誉感，凝聚了更多",
    "太，在长江路纺织品商店门前看车3年了，尽管看",
    "人的心。”",
    "着合肥一年一个大变样，但看到如此新景观，仍然",
    "是惊奇得大呼小叫的。",
    "“千盏灯笼凌空舞，十里长街分外红。我们有",
    "信心让灯笼红到正月十五元宵节！”仇旭东如是",
    "为合肥人送来这份惊喜的是合肥晚报的全体同",
    "说。",
    "仁们。总编辑仇旭东说：“合肥是全国闻名的文明省",
]


def test_a_headline_ends_the_rhythm_of_the_columns_above_it() -> None:
    """The local rhythm is read between headlines: the stride 2 of the boxes above the headline
    does not carry on under it, where the boxes come a column at a time, and the right column's
    line cut above the headline (``……到大西门，沿``) goes on in its next line (``途徐行……``),
    nine boxes later, not after the left column's line under the headline (with the window
    across the headline, the stride 2 read on and put ``途徐行`` after ``陈玉英老太``)."""
    page = "\n\n".join(_RHYTHM_OVER_HEADLINE)
    boxes, stream, seams = restack_module._streams(page)
    head = _RHYTHM_OVER_HEADLINE.index("合肥大红灯笼当街舞")
    periods = restack_module._local_periods(boxes, seams)
    # (the stride of the boxes above it: every box whose window holds enough seams)
    assert set(periods[:head]) <= {1, 2} and periods[:head].count(2) >= head - 4
    assert set(periods[head + 2 : head + 16]) == {1}
    cut = _RHYTHM_OVER_HEADLINE.index("东，一起坐车从长江路东头的九狮苑到大西门，沿")
    on = _RHYTHM_OVER_HEADLINE.index("途徐行，细细查看，只见3300盏大红灯笼无一")
    assert stream[cut] == stream[on]
    assert stream[on - 1] != stream[on]  # (the left column's 陈玉英老太)
    lines = restack(page).split("\n")
    assert lines[lines.index(_RHYTHM_OVER_HEADLINE[cut]) + 1] == _RHYTHM_OVER_HEADLINE[on]


def test_two_columns_read_line_by_line_keep_their_stride_over_a_columns_run() -> None:
    """dev_038, pdfminer: under ``永恒的思念`` and its byline the two columns' first lines come
    one box each, in turn (``在天津，…矗立`` / ``的大型壁毯，…`` / ``起一座庄重而素洁…`` / …);
    then one column's boxes come a dozen at a time. Read over a window that reaches into the
    one-column run, stride 1 wins and the lines are taken in turn as one column
    (``矗立`` + ``的大型壁毯``); over the boxes near it, stride 2 does: the first paragraph
    reads ``矗立起一座庄重而素洁的建筑群落``, as printed."""
    dev = conftest.bench_dir()
    gold = json.loads((dev / "dev_038.json").read_text(encoding="utf-8"))
    page = split_articles((dev / "dev_038.pdfminer.txt").read_text(encoding="utf-8"), page_id="dev_038")
    first = page.articles[0]
    assert first.headline == gold["articles"][0]["headline"]
    assert _norm(first.paragraphs[0]) == _norm(gold["articles"][0]["paragraphs"][0])
    boxes, stream, seams = restack_module._streams(_pre_layout("none", False)(
        (dev / "dev_038.pdfminer.txt").read_text(encoding="utf-8")).split("\f")[0])
    at = next(k for k, b in enumerate(boxes) if b.first.startswith("在天津"))
    assert restack_module._local_periods(boxes, seams)[at : at + 8] == [2] * 8
    assert stream[at] == stream[at + 2] == stream[at + 4] != stream[at + 1] == stream[at + 3]


def test_a_headline_with_a_colon_opens_its_own_stream():
    # pdfminer (other-text page dev_002-t5): ``大庆萨尔图：…`` is a headline (the colon after a
    # place is a headline's, not a clause mark): it opens a stream with its byline under it,
    # not the line under ``…锚定`` in the neighbouring column's stream
    lines = [
    '策“组合拳”，持续巩固区域经济高质量',
    '',
    '业园区建设、老旧小区改造、停车场建',
    '',
    '建立工作台账，实行分级负责，做到',
    '',
    '发展好势头。',
    '',
    '设等重点领域；累计兑现乡村旅游、农',
    '',
    '“一盯到底”。',
    '',
    '政策加码，助企纾困的“精准性”',
    '',
    '业、会展等领域奖补资金4000余万元，',
    '',
    '建立融资支持机制，为每一家重点',
    '',
    '更高。崂山区在全面落实国家和省市',
    '',
    '切实以“真金白银”助力产业腾飞、护',
    '',
    '拟上市企业组建一个上市服务小组，对',
    '',
    '“一揽子”稳增长政策的基础上，锚定',
    '',
    '航企业发展。',
    '',
    '发展所向、企业所需，在区级层面率先',
    '',
    '大庆萨尔图：“三管齐下”为优化营商环境“护航”',
    '',
    '孙贻国 胡天生',
    '',
    '黑龙江省大庆市萨尔图区纪委监委',
    '',
    '能部门转变工作作风，提升履职能力。',
    '',
    '调度会、月总结、周汇报等机制，对营',
    '',
    '营商环境持续向好，群众的满意度和幸',
    '',
    '按照深化能力作风建设“工作落实年”',
    '',
    '紧盯重点抓监督，采取“四不两直”检',
    '',
    ]
    blocks = [b.split("\n") for b in restack("\n".join(lines)).split("\n\n")]
    home = next(b for b in blocks if any("大庆萨尔图" in x for x in b))
    assert home[:2] == ["大庆萨尔图：“三管齐下”为优化营商环境“护航”", "孙贻国 胡天生"], home


def test_a_line_that_goes_on_is_not_read_on_in_a_column_of_another_width() -> None:
    """Other text in dev_009's layout (pdfminer.six): a report set over a wide column
    (``…与国`` / ``内空间遥感大数据服务商——南宁世…``) beside a narrow column's report, one box per
    line in turn. The wide line that goes on is not read on in the narrow column's next line
    (``监委按照深化能力作风建设“工作``, half as wide), whose seam reads about as well: it goes on
    in the next line of its own width."""
    pre = _pre_layout("none", False)
    text = pre((Path(__file__).parent / "data" / "text_variants" / "dev_009-t4.pdfminer.txt").read_text(encoding="utf-8"))
    boxes, stream, _ = restack_module._streams(text.split("\f")[0])
    wide = next(k for k, b in enumerate(boxes) if b.first.startswith("内空间遥感大数据服务商"))
    narrow = next(k for k, b in enumerate(boxes) if b.first.startswith("监委按照深化能力作风建设"))
    assert stream[wide] != stream[narrow]
    after = next(k for k in range(wide + 1, len(boxes)) if stream[k] == stream[wide])
    assert boxes[after].first.startswith("利用卫星遥感技术")


def test_a_phrase_the_page_prints_elsewhere_joins_a_seam_at_any_split() -> None:
    """dev_009 (plain pdftotext, read as boxes): four columns printed line by line, where the
    seams read about as well at any stride. ``…成为全国第一个完成省`` goes on in ``柴节煤灶推广普
    及省区。`` four boxes later: ``省柴节煤`` is split one character to three across the seam,
    and the page prints ``省柴节煤灶`` in another column (before, only a split of two and two
    counted)."""
    pre = _pre_layout("none", False)
    text = pre((conftest.bench_dir() / "dev_009.pdftotext.txt").read_text(encoding="utf-8"))
    assert detect_flavour(text) == "pdfminer"
    boxes, stream, seams = restack_module._streams(text.split("\f")[0])
    cut = next(k for k, b in enumerate(boxes) if b.last.endswith("成为全国第一个完成省"))
    rest = next(k for k, b in enumerate(boxes) if b.first.startswith("柴节煤灶推广普及省区"))
    assert stream[cut] == stream[rest]
    assert not any(stream[k] == stream[cut] for k in range(cut + 1, rest))
    assert seams.seam("全国第一个完成省", "柴节煤灶推广普及") > seams.seam("全国第一个完成省", "田”、农村人口占")


def test_a_short_line_that_goes_on_with_a_word_cut_shortly_before_it_is_no_headline() -> None:
    """dev_002 (pdfminer.six, three columns read line by line): ``强阿拉伯团结和两国合作与协调的重要``
    is a paragraph's line, short and without clause punctuation, so it looked like a headline
    (and a headline stops the columns' rhythm). Two boxes before it a column's line was cut inside
    a word that goes on in it (``…在当前严峻形势下加`` / ``强…``: ``加强``): it is that
    paragraph's line, no headline box. The page's headlines stay headlines."""
    pre = _pre_layout("none", False)
    text = pre((conftest.bench_dir() / "dev_002.pdfminer.txt").read_text(encoding="utf-8"))
    page = next(p for p in text.split("\f") if "穆巴拉克" in p)
    boxes, _, _ = restack_module._streams(page)
    line = next(b for b in boxes if b.first.startswith("强阿拉伯团结和两国合作与协调的重要"))
    assert not line.head
    heads = [b.first for b in boxes if b.head]
    assert "伊朗大雪崩死亡数十 秘鲁泥石流失踪百余" in heads and "捷治安状况恶化匈犯罪案件增多" in heads


#: the foot of a page of six narrow columns (dev_032 set in six columns, pdfminer.six): a
#: label, two headlines wider than a column, each over a dateline the column cut before its
#: ``电`` (``新华社华盛顿1月1`` / ``3日电…``), the columns' boxes interleaved
_NARROW_FOOT = [
    '要闻',
    '朝代总理表示深切同情',
    '新华社北京1月14',
    '12日致电中华人民共和',
    '并造成人员和财产损失表',
    '洪成南在慰问电中',
    '下，灾区人民一定能尽快',
    '日电朝鲜民主主义人民共',
    '国国务院总理李鹏，对河',
    '示深切的同情和慰问。',
    '说，相信在以江泽民同志',
    '战胜灾害，重建家园。',
    '和国政务院代总理洪成南',
    '北省张家口地区发生地震',
    '为首的中国共产党的领导',
    '美声称不排除单独对伊采取行动',
    '新华社华盛顿1月1',
    '动，但决不排除单独行动',
    '但如有必要，我们也会果',
    '负责武器核查的联合国特',
    '国将对伊拉克保持高度关',
    '3日电（记者符泉生）白',
    '的可能性。',
    '断地单独行动。”',
    '别委员会必须不受任何阻',
    '注，决不排除采取军事行',
    '宫13日表示，在同伊拉',
    '白宫发言人麦柯里',
    '与此同时，国务卿奥',
    '拦地在伊拉克随处进行核',
    '动的可能。',
    '克的对峙中，美国将寻求',
    '说：“只要可行，总是与',
    '尔布赖特在华盛顿国家政',
    '查，再不能从这一“底',
    '与其盟国协调一致的行',
    '别国协调一致行动为好。',
    '策论坛发表讲话时声称，',
    '线”后退一步。她说，美',
]


def test_a_headline_wider_than_its_column_over_a_cut_dateline_opens_its_stream():
    # ``美声称不排除单独对伊采取行动`` is wider than the column's lines and stands over a dateline
    # cut at the line's end: a headline over its article, though the character model reads a
    # word (``南美``) across it and the line before (``…代总理洪成南``); before, it went on that
    # line's stream, and ``朝代总理表示深切同情`` over ``新华社北京1月14`` lost its headline role
    streams = [s.split("\n") for s in restack("\n\n".join(_NARROW_FOOT)).split("\n\n")]
    us = next(s for s in streams if "美声称不排除单独对伊采取行动" in s)
    assert us[:3] == ["美声称不排除单独对伊采取行动", "新华社华盛顿1月1", "3日电（记者符泉生）白"], us
    korea = next(s for s in streams if "朝代总理表示深切同情" in s)
    assert korea[korea.index("朝代总理表示深切同情") + 1] == "新华社北京1月14", korea


def test_a_photo_caption_box_holds_no_column_open() -> None:
    """A photo caption printed between two columns' boxes (its credit closing it, ``（新华社记者
    黄文摄）``) is no column's text: it comes out whole, a block of its own, not read into a
    column's lines (before, its lines were cut apart by their width and went on two columns,
    and the paragraph that took them went as a caption)."""
    a = ["经济发展的新形势要求我们进一步", "加强基础设施建设，推动区域协调", "发展，让更多群众共享改革成果。",
         "各地要把思想统一到中央的决策", "部署上来，集中精力办好自己的事", "情，确保各项任务落到实处。"]
    b = ["这次会议认真研究部署了明年的重", "点工作，要求各地区各部门切实抓", "好落实，确保取得实际效果。",
         "会议指出，要坚持稳中求进的工作", "总基调，保持经济持续健康发展和", "社会大局稳定。"]
    caption = ["１、今年新年夜，德国波恩市礼花争艳。德国共", "花１·６亿马克购买的迎新烟花绝大部分从中国",
               "进口。（新华社记者黄文摄）"]
    boxes = [x for k in range(6) for x in ([a[k], b[k], "\n".join(caption)] if k == 2 else [a[k], b[k]])]
    blocks = [blk.split("\n") for blk in restack("\n\n".join(boxes)).split("\n\n")]
    assert caption in blocks, blocks
    assert a[:3] in [blk[:3] for blk in blocks], blocks


def test_a_line_wider_than_its_column_with_a_comma_is_a_headline_across_the_columns():
    """dev_008 (pdfminer): the two-part headline ``港岛一商住大厦发生大火已证实一人死亡，三十多人
    受伤`` is a box of one line, half again as wide as the column and a comma inside. No other
    line of the page is that wide: a headline set across the columns, not a column's line. Before,
    the stream of ``…开始演唱艺术生涯，以`` read on into it (``以港岛…``) and the report under it
    went into the concert article. (Since session 38's stronger rhythm, the dateline's first
    line reads on into another column's line, ``…香港岛北角`` + ``消防处表示…``: the report is still
    under its headline, its first paragraph cut wrong; dev pdfminer cer 0.2511 -> 0.2283 overall.)"""
    page = split_articles((conftest.bench_dir() / "dev_008.pdfminer.txt").read_text(encoding="utf-8"))
    art = next(a for a in page.articles if a.headline and "港岛" in a.headline)
    assert art.headline.replace(" ", "") == "港岛一商住大厦发生大火已证实一人死亡，三十多人受伤"
    assert art.paragraphs[0].startswith("据新华社香港一月六日电香港岛北角")
    assert not any("港岛一商住" in p for a in page.articles for p in a.paragraphs)


def test_a_number_cut_at_a_line_end_goes_on_with_its_unit() -> None:
    """Plain pdftotext, set B of the variant bench (dev_014 in four columns on a letter page):
    the columns come line by line, and ``１月１０日１５时４０`` went on with the next column's
    ``墙体碎块…`` (a seam the character model, Han pairs only, says nothing about), not with its
    own ``分，意大利南方…``. A number cut at the line end goes on with a digit or a measure word
    (:func:`~cntextclean.page.continuation.typographic_seam`); stream links, set B plain
    pdftotext 2006 -> 2018 of 2443, pdfminer dev 3119 -> 3125, variants 2961 -> 2995."""
    text = (
        '人民日报\n'
        '\n'
        '英战机乱丢炸弹意农民有惊无险\n'
        '\n'
        '1998年1月11日 星期日\n'
        '\n'
        '第9版\n'
        '\n'
        '本报驻意大利记者 罗晋标\n'
        '１月１０日１５时４０\n'
        '\n'
        '往波黑上空执行巡逻任务之\n'
        '\n'
        '墙体碎块飞过一条乡村道\n'
        '\n'
        '分，意大利南方塔兰托市附\n'
        '\n'
        '后返航，准备降落在塔兰托\n'
        '\n'
        '路，落在一家有人居住的农\n'
        '\n'
        '军飞行安全监察局立即开始\n'
        '\n'
        '近莫托拉镇郊区农村。正在\n'
        '\n'
        '空军基地乔亚德科列军用机\n'
        '\n'
        '庄旁边。\n'
        '\n'
        '了刑事和军事两个方面的调\n'
        '\n'
        '地里干活的农民汤马索·姜尼\n'
        '\n'
        '场。其中一架飞机不知是由\n'
        '\n'
        '查。意大利空军第三军区司\n'
        '\n'
        '拉突然看见从头顶上飞过的\n'
        '\n'
        '于技术故障，还是由于人为\n'
        '\n'
        '令部当晚发表一份公报强\n'
        '\n'
        '两架飞机扔下两颗大炸弹，\n'
        '\n'
        '错误，扔下了那两颗炸弹，\n'
        '\n'
        '调：“在意大利国土上空武\n'
        '\n'
        '他惊恐万分，随即打电话给\n'
        '\n'
        '幸好炸弹都没有装上引信，\n'
        '\n'
        '装飞行的意大利飞机和盟国\n'
        '\n'
        '塔兰托市消防队：“你们快\n'
        '\n'
        '因此没有爆炸。这两颗灰色\n'
        '\n'
        '飞机，必须在不飞经居民区\n'
        '\n'
        '来吧，有一架飞机扔下了两\n'
        '\n'
        '的炸弹使人望而生畏，每颗\n'
        '\n'
        '上空的航线上飞行。”然\n'
        '\n'
        '颗炸弹。”消防队接电话的\n'
        '\n'
        '长１．５米，直径４５厘\n'
        '\n'
        '而，此次事故发生在离塔兰\n'
        '\n'
        '人听后觉得可笑，姜尼拉在\n'
        '\n'
        '米，重５００千克。两颗炸\n'
        '\n'
        '电话里高声喊道：“你们快\n'
        '\n'
        '弹落到地上砸出两个大坑，'
    )
    assert "１５时４０\n分，意大利南方" in restack(text)


def test_a_headline_line_wider_than_its_column_is_cut_off_the_column_lines_under_it() -> None:
    """Plain pdftotext, held-out other text dev_027-t3 (read as boxes): a headline set across
    columns came in one block with the column's first lines under it (``全市解放思想优化环境
    加快高质量发展研讨交流会议讲话稿`` / ``为贯彻落实省、市工作落实年部署要求，3月8``); being as wide
    as a full line or wider, it was taken for one. A headline-like line wider than the column
    is cut off the lines under it (articles cer there 0.2250 -> 0.2215; set B 0.4879 -> 0.4865)."""
    from cntextclean.layout.restack import _split_box

    box = ["全市解放思想优化环境 加快高质量发展研讨交流会议讲话稿", "为贯彻落实省、市工作落实年部署要求，3月8",
           "日至13日，我们组织有关市级领导、各县市区"]
    assert _split_box(box, 44) == [box[:1], box[1:]]
    # a column's full lines stay together
    assert _split_box(box[1:], 44) == [box[1:]]


def test_the_rhythm_of_columns_read_line_by_line_weighs_over_thin_seams():
    """pdfminer (dev_009): four columns read a line each in turn under ``省长的问候`` and the
    广西 report. With the rhythm weighing less than a few characters' seam evidence
    (``_PERIOD_BONUS`` 1.5, margin 0.25) four of the page's paragraphs were cut and mixed with
    other columns' lines; since session 38 (2.0, 0.1) they come whole (dev pdfminer articles cer
    0.2511 -> 0.2283)."""
    page = split_articles((conftest.bench_dir() / "dev_009.pdfminer.txt").read_text(encoding="utf-8"))
    paras = {unicodedata.normalize("NFKC", p).replace(" ", "") for a in page.articles for p in a.paragraphs}
    gold = json.loads((conftest.bench_dir() / "dev_009.json").read_text(encoding="utf-8"))
    whole = {unicodedata.normalize("NFKC", p) for a in gold["articles"] for p in a["paragraphs"]} & paras
    for opening in ("最近,广西又把各地", "1997年的最后一个下午", "在公司办公室,孙文盛", "孙文盛一行要去的第五建筑公司"):
        assert any(p.startswith(opening) for p in whole), opening


def test_a_two_part_headline_no_wider_than_a_column_is_no_column_line() -> None:
    """dev_019 (pdfminer): ``伊拉克禁止核查小组执行任务 安南规劝巴格达不要激化矛盾`` is a box of
    one line about as wide as the column's lines (26 characters over 24). Read as a column's
    line, it went on from ``…因为美伊之间`` into another report's paragraph. A line of two
    headline parts a gap apart is a headline: no column line holds such a gap."""
    page = split_articles((conftest.bench_dir() / "dev_019.pdfminer.txt").read_text(encoding="utf-8"))
    head = "伊拉克禁止核查小组执行任务安南规劝巴格达不要激化矛盾"
    assert any((a.headline or "").replace(" ", "") == head for a in page.articles), [a.headline for a in page.articles]
    assert not any("安南规劝巴格达" in p for a in page.articles for p in a.paragraphs)


def test_a_masthead_line_over_the_section_label_is_cut_off_the_label() -> None:
    """dev_030, plain pdftotext: the page opens with ``人民日报`` / ``国际`` in one block, the
    running head over the section label. Read as one box, the two lines stood for a headline
    and took the dateline of the page's first article (``本报罗马１月１３日电…``), which then
    stood before its own headline; the real headline took the next article's dateline. The
    running head is a box of its own: the label stands over the headline, each headline over
    its own dateline."""
    dev = conftest.bench_dir()
    text = _pre_layout("none", False)((dev / "dev_030.pdftotext.txt").read_text(encoding="utf-8"))
    lines = [_norm(x) for x in restack(text).split("\n") if x.strip()]
    for head, dateline in (("本报珍藏版在意首发", "本报罗马1月13日电"), ("美国经济增速将放缓", "新华社华盛顿1月12日电")):
        at = lines.index(head)
        assert lines[at + 1].startswith(dateline), (head, lines[at + 1])
    assert lines.index("国际") + 1 == lines.index("本报珍藏版在意首发")


def test_a_number_line_of_a_narrow_headline_stays_in_its_box() -> None:
    """The cut of a running head off its box leaves a line of digits alone where it is: a
    headline wrapped in a column of four characters holds one (set A's dev_007-c6, pdfminer:
    ``去年工商`` / ``税收７５`` / ``４８亿元`` / ``全年增收`` / ``１１１４`` / ``亿元``), which
    read as a folio had cut the headline's end off."""
    head = ["去年工商", "税收７５", "４８亿元", "全年增收", "１１１４", "亿元"]
    assert restack_module._split_box(head, 22) == [head]
    assert restack_module._split_box(["人民日报", "国际"], 22) == [["人民日报"], ["国际"]]
