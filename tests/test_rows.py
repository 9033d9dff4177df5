"""layout.rows: rows of side-by-side columns threaded back into columns."""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import given
from hypothesis import strategies as st

import cntextclean
from cntextclean.layout import segment as segment_module
from cntextclean.layout.lines import text_span
from cntextclean.layout.rows import thread_rows

from .conftest import bench_dir as _bench_dir

_WS = re.compile(r"\s+")


def _norm(s: str) -> str:
    return _WS.sub("", unicodedata.normalize("NFKC", s))


@contextmanager
def _threadings() -> Iterator[list[tuple[list[list[str]], list[list[str]]]]]:
    """Every call of :func:`thread_rows` that ``segment`` makes inside the block: its rows and
    the blocks it returned."""
    seen: list[tuple[list[list[str]], list[list[str]]]] = []
    real = segment_module.thread_rows

    def spy(rows: list[list[str]], full: int) -> list[list[str]]:
        blocks = real(rows, full)
        seen.append((rows, blocks))
        return blocks

    segment_module.thread_rows = spy
    try:
        yield seen
    finally:
        segment_module.thread_rows = real


_piece = st.text(alphabet="天地玄黄宇宙洪荒日月盈昃，。、“”：１２3abc ", min_size=1, max_size=30).map(str.strip).filter(bool)


@given(st.lists(st.lists(_piece, min_size=1, max_size=4), max_size=12), st.integers(min_value=4, max_value=60))
def test_every_piece_in_exactly_one_block_in_row_order(rows: list[list[str]], full: int) -> None:
    blocks = thread_rows(rows, full)
    # every piece ends up in one block (whole, or split at its spaces where it was too wide
    # for every column)
    assert Counter(y for b in blocks for x in b for y in x.split(" ") if y) == Counter(
        y for r in rows for x in r for y in x.split(" ") if y)
    assert all(blocks) and all(x for b in blocks for x in b)
    # a block's lines keep the order of their rows (columns are read top to bottom)
    where: dict[str, int] = {}
    for ri, r in enumerate(rows):
        for x in r:
            for y in {x, *x.split(" ")}:
                where.setdefault(y, ri)
    if all(where[y] == ri for ri, r in enumerate(rows) for x in r for y in {x, *x.split(" ")}):
        # pieces and their parts all distinct: each has one row
        for b in blocks:
            assert [where[x] for x in b] == sorted(where[x] for x in b)
    assert thread_rows(rows, full) == blocks  # deterministic


def test_text_span_counts_half_width_digits_as_full() -> None:
    assert text_span("的２０１．６５亿元上升到１９９７年的") == text_span("的201.65亿元上升到1997年的")


def _threaded_dev_blocks():
    """For every threading ``clean`` does on the dev pdftotext pages: the page's gold body
    (articles apart by ``|``) and the blocks :func:`thread_rows` gave."""
    dev = _bench_dir()
    with _threadings() as seen:
        for f in sorted(dev.glob("*.pdftotext.txt")):
            gold = json.loads((dev / (f.name.split(".")[0] + ".json")).read_text(encoding="utf-8"))
            body = "|".join(_norm("".join(a["paragraphs"])) for a in gold["articles"])
            seen.clear()
            cntextclean.clean(f.read_text(encoding="utf-8"))
            for _, blocks in list(seen):
                yield body, blocks


def test_pdftotext_rows_of_several_columns_are_threaded_into_columns() -> None:
    """Dev pages where pdftotext printed neighbouring columns one space apart on one row: every
    pair of lines that threading puts one under the other in a block reads on in the gold text
    (measured: 912 of 928; a caption, which the gold drops, counts as a miss)."""
    joins = good = 0
    for body, blocks in _threaded_dev_blocks():
        for b in blocks:
            for x, y in itertools.pairwise(b):
                joins += 1
                good += (_norm(x)[-6:] + _norm(y)[:6]) in body
    assert joins >= 400
    assert good >= 0.95 * joins


def test_threaded_columns_read_on_in_gold_order() -> None:
    """Dev pages whose pdftotext rows hold several columns: the threaded blocks, read in the
    order :func:`thread_rows` gives them (column by column), read on from line to line as the
    gold text does. A paragraph's first line, printed without its indent (short of a full line
    by two characters), follows a line that ends a sentence, not a full line left open: with
    that evidence 702 of 914 neighbouring lines read on (669 without; dev_008, five columns of
    full lines where columns end paragraphs in turn: 129 of 171, 93 without). The rows as
    pdftotext makes them, on a grid of baselines (see :mod:`cntextclean.layout.rows`): 1,574 of
    1,836 on every threading ``clean`` does (1,436 with the model before it)."""
    pairs = good = 0
    for body, blocks in _threaded_dev_blocks():
        for x, y in itertools.pairwise([line for b in blocks for line in b]):
            pairs += 1
            good += (_norm(x)[-6:] + _norm(y)[:6]) in body
    assert pairs >= 1800
    assert good >= 0.84 * pairs


def test_a_row_too_wide_for_every_column_is_split_at_its_spaces() -> None:
    """dev_008 (pdftotext, four columns): the row ``东、本报记者毛磊报道：记者从今天在北 定。``
    is only a few characters wider than one line, so it is not taken apart as a row of
    columns; kept whole it fits no column and stood alone. Split at its space, each piece
    reads on in its own column: ``…在北`` / ``京召开的…`` and ``…边境稳`` / ``定。``."""
    text = (_bench_dir() / "dev_008.pdftotext.txt").read_text(encoding="utf-8")
    blocks = [_norm(b.text) for b in segment_module.segment(text).blocks]
    assert any("记者从今天在北京召开的全国公安边防工作会议上获悉" in b for b in blocks)
    assert any(b.endswith("维护了国家领土完整和边境稳定。") for b in blocks)
    assert not any("在北定。" in b for b in blocks)


def test_a_dateline_first_line_is_threaded_not_set_apart_as_a_headline() -> None:
    """dev_020 (pdftotext, two wide columns): the first line ``新华社北京1月15日电（记者张荣典）
    国家副主席荣毅仁今天上午`` is short of a full line only by its dropped indent and a few
    half-width digits; taken for a headline fragment, it was set apart and its column read
    on elsewhere. As a body line it is followed by its continuation in its column."""
    text = (_bench_dir() / "dev_020.pdftotext.txt").read_text(encoding="utf-8")
    with _threadings() as seen:
        cntextclean.split_articles(text, page_id="dev_020")  # (digits folded to half width)
    lines = [_norm(x) for _, blocks in seen for b in blocks for x in b]
    at = next(i for i, x in enumerate(lines) if x.startswith("新华社北京1月15日电(记者张荣典)"))
    assert lines[at + 1].startswith("在人民大会堂会见了塔吉克斯坦国防部长")


def test_a_row_goes_on_the_baseline_of_the_row_before_it_or_opens_the_next():
    """dev_036 (pdftotext, four columns on one grid of baselines). After ``次，少则几百美元，多则
    几千`` (the first column) comes ``记者的住地情况有所不 是独门独户，而且越是有钱的`` on the same
    baseline: a paragraph's first line (the second column, its indent dropped, so pdftotext did
    not join it to the row before) and the third column's line, which reads on from ``…住的房子
    都``. The model before put the pair in the third and fourth columns (which had last shared a
    row), and the rest of the stretch one column off; and the row under ``美元，每月服务费一般
    20— / 同，因为… / 人家，…白天，`` starts in the first column again: a column whose line ends no
    sentence is not left empty on a baseline."""
    with _threadings() as seen:
        cntextclean.clean((_bench_dir() / "dev_036.pdftotext.txt").read_text(encoding="utf-8"))
    rows, blocks = next((r, b) for r, b in seen if r[0][0].startswith("漫步华盛顿街头"))
    assert rows[15][-1] == "人们上班的上班，外出的外"
    # the blocks column by column, the lines of a column one after the other
    read = _norm("".join(line for b in blocks for line in b))
    for seam in ("多则几千美元，每月服务费一般20—30美元。公司", "情况有所不同，因为总有人在家，但大门上也贴有",
                 "住的房子都是独门独户，而且越是有钱的人家，住地越是偏僻。白天，人们上班的上班"):
        assert _norm(seam) in read, seam


def test_a_line_that_closes_the_bracket_left_open_above_it_goes_on_in_that_column():
    """dev_032 (pdftotext): the sign-off ``（本报波恩１月１３日电）`` is cut at a line's end, ``…外部
    边界。（本报波恩`` / ``１月１３日电）``. The short second line, which closes the bracket the first
    left open, is no headline fragment: it goes on in its column, and the sign-off ends the
    article (before, ``1月13日电）`` stood alone and was read into the next article's headline,
    ``1月13日电）马耳他总理会见钱其琛``)."""
    page = cntextclean.split_articles((_bench_dir() / "dev_032.pdftotext.txt").read_text(encoding="utf-8"))
    heads = [a.headline for a in page.articles]
    assert "马耳他总理会见钱其琛" in heads
    assert any(_norm(a.paragraphs[-1]).endswith("(本报波恩1月13日电)") for a in page.articles if a.paragraphs)


def test_a_line_that_completes_the_dateline_above_it_goes_on_in_that_column():
    """dev_036 (pdftotext): ``新华社耶路撒冷１月８日`` ends its line, ``电（记者戚德良、支林飞）以``
    opens the next. The second line completes the dateline the first opens: it goes on in that
    column, and the article opens with its whole dateline under its headline (before, the two
    lines stood apart, read as headline lines, and the article's headline became
    ``新华社耶路撒冷1月8日电（记者戚德良、支林飞）以色列总理内塔尼亚胡8日宣``)."""
    page = cntextclean.split_articles((_bench_dir() / "dev_036.pdftotext.txt").read_text(encoding="utf-8"))
    art = next(a for a in page.articles if a.paragraphs and a.paragraphs[0].startswith("新华社耶路撒冷"))
    assert art.headline == "以总理称将分步骤从西岸撤军黎游击队和以军激战"
    assert _norm(art.paragraphs[0]).startswith("新华社耶路撒冷1月8日电(记者戚德良、支林飞)以色列总理")


def test_a_full_line_left_open_does_not_go_on_with_a_dateline():
    """A dateline opens an article: it is not the next line of a column whose full last line
    leaves a sentence open (dev_040 of the variant bench, plain pdftotext: the right column's
    ``…破坏性的`` goes on in ``捕鱼方法，…`` beside the left column's first line
    ``新华社华盛顿1月6日电…``; before, the dateline was put under ``…破坏性的``)."""
    rows = [
        ["海洋作为人类生命的摇篮，拥有世界3000万种物种中的99%，而陆地和淡水里拥有"],
        ["的物种还不到1%。科学家指出，目前海洋生物多样性受到来自5个方面的威胁：对海洋物种"],
        ["的过度开发；对海洋生态系统的人为改变；污染；引进外来物种破坏本地的食物链和全球气候"],
        ["变暖。此外，他们还表示，过度捕捞使鱼类大大减少，导致世界上许多渔场的消亡；破坏性的"],
        ["新华社华盛顿1月6日电（记者谷利源）今年是联合国确定的“国际海洋年”。来自65个",
         "捕鱼方法，如使用海底拖网，使栖息在海底的鱼类遭到灭顶之灾；海水受到化学物质、海洋开"],
        ["国家的1600多名海洋科学家今天在这里发出呼吁，要求各国政府和全人类采取紧急行动保",
         "发和各种废物特别是核废料等的污染；珊瑚和海洋哺乳动物成了多种疾病的牺牲品；海水温度"],
        ["升高大大降低了海洋的生产能力。"],
        ["护遭到人类活动严重威胁的海洋。"],
        ["科学家们在联名信中呼吁各国政府和科学家必须共同努力，采取一切必要的行动，包括开"],
        ["美国保护海洋生物研究所所长、著名生物学家埃利奥特·莫尔斯在国会举行的记者招待会",
         "展教育活动，使每一个人都认识到海洋与人类生存密切相关，海洋物种减少人类的生存就会受"],
        ["上向人们展示了这些科学家的联名信。莫尔斯说，海洋遭到了真正的破坏，破坏的程度远比人", "到威胁。"],
        ["们过去想象的要严重得多，要防止海洋环境进一步恶化，我们必须立即采取行动。"],
    ]
    blocks = thread_rows(rows, 78)
    assert next(b for b in blocks if b[0].startswith("新华社华盛顿"))[-1] == "护遭到人类活动严重威胁的海洋。"
    read = "".join(line for b in blocks for line in b)
    assert "导致世界上许多渔场的消亡；破坏性的捕鱼方法，如使用海底拖网" in read


def test_a_headlines_rest_on_a_row_of_its_own_goes_on_its_first_line():
    # plain pdftotext (dev_039): a headline's first line shares a row with the next column's
    # body line; its second line comes alone on the next row, and goes on the first, not after
    # the other column's lines
    rows = [["导演潘西平说，一切历史经验表明，真正经得起"],
            ["《虎踞钟山》剧组人员座谈表示弘扬", "岁月的磨砺并保留下来的优秀作品，都是和时代精神"],
            ["主旋律再创新精品"],
            ["紧密相连的，都曾激发人民昂扬向上的精神，为社会"],
            ["本报北京１月１３日讯记者李舫报道：今天，《虎", "的进步起到过积极作用。"]]
    blocks = thread_rows(rows, 46)
    assert ["《虎踞钟山》剧组人员座谈表示弘扬", "主旋律再创新精品"] in blocks, blocks


def test_a_headline_alone_on_the_first_row_over_narrow_columns_stays_first():
    # plain pdftotext (dev_032 with six columns): a headline over three narrow columns, in a
    # larger type, holds about as many characters as their lines; alone on the first row of
    # its block, over rows of the three columns, it stays first and alone (it went after the
    # first column's lines, a body line there: its article lost its headline)
    rows = [["朝代总理表示深切同情"],
            ["新华社北京１月１４", "１２日致电中华人民共和", "并造成人员和财产损失表"],
            ["日电朝鲜民主主义人民共", "国国务院总理李鹏，对河", "示深切的同情和慰问。"],
            ["和国政务院代总理洪成南", "北省张家口地区发生地震"]]
    blocks = thread_rows(rows, 22)
    assert blocks[0] == ["朝代总理表示深切同情"], blocks
    assert ["新华社北京１月１４", "日电朝鲜民主主义人民共", "和国政务院代总理洪成南"] in blocks, blocks


def test_one_row_holding_every_column_gives_no_column_its_width():
    # plain pdftotext (dev_008 in a broader page): the left column's first line is set a
    # little higher, alone on the first row; the other three columns' first lines share the
    # next row. The only row that holds all four columns ends the fourth on a paragraph's
    # short last line (``控能力。``): no width of that column, which would take no full line
    # (the three went on the three leftmost columns, the left column's first line read on
    # with the second column's)
    rows = [["本报福州１月６日电新华社记者梅永存、本报记者"],
            ["福建省财政收支平衡得益于这个省国民经济快速、", "年的１０．９１亿美元上升到１９９７年的１１５亿美",
             "统收统支的财政管理体制，逐步增强了省级财政宏观调"],
            ["潘帝都报道：福建财政工作再创佳绩，１９９７年全省", "健康发展。改革开放以来，福建省抓住机遇，大力发展",
             "元。产业结构从以农业为主逐步向工业和第三产业转", "控能力。"],
            ["财政总收入达２５０．８亿元，比上年增长了１６．", "外向型经济，积极推进财税、金融、物价、流通及农村",
             "变，为福建省财政增收开辟了财源。同时，福建省深化"]]
    blocks = thread_rows(rows, 50)
    # the blocks column by column, each column's lines top to bottom (where a seam reads on
    # too weakly to join two lines into a block, the page analysis may still link them)
    lines = [line for b in blocks for line in b]
    assert lines[:3] == [rows[0][0], rows[2][0], rows[3][0]], blocks
    assert lines[3:6] == [rows[1][0], rows[2][1], rows[3][1]], blocks
    assert lines[-2:] == [rows[1][2], rows[2][3]], blocks


def test_a_page_whose_threaded_rows_hold_every_column_once_reads_its_reports_whole():
    """dev_008 (plain pdftotext): the ``艮秋艮新立交桥`` report comes out whole, its two
    paragraphs as printed (before, its first line went on another column's lines)."""
    page = cntextclean.split_articles((_bench_dir() / "dev_008.pdftotext.txt").read_text(encoding="utf-8"))
    art = next(a for a in page.articles if "东大门" in (a.headline or ""))
    assert len(art.paragraphs) == 2, art.paragraphs
    assert _norm(art.paragraphs[0]).startswith(_norm("本报讯被专家称为“华东第一交叉口”的杭州东大门终于敞开了"))
    assert _norm(art.paragraphs[1]).startswith(_norm("杭州东大门是一个重要的交通枢纽"))
    assert _norm(art.paragraphs[0]).endswith(_norm("不会在这里遇上“肠梗阻”了。"))


def test_a_column_set_a_little_higher_keeps_coming_first_row_after_row():
    """dev_040 (plain pdftotext): beside the left column's ``…重要组成部分。经过`` the right column
    opens a report under its headline ``李鹏会见日本建设大臣``; its lines sit a little higher than
    the left column's, so pdftotext prints them on rows of their own, each before the left
    column's line of the same baseline (``新华社北京…会见`` / ``十多年的探索和实践，…新``).
    Threaded left-to-right, the dateline went under ``…经过`` and the report's lines into the
    other article; with the drift the report comes out whole, in print order."""
    page = cntextclean.split_articles((_bench_dir() / "dev_040.pdftotext.txt").read_text(encoding="utf-8"))
    art = next(a for a in page.articles if a.headline == "李鹏会见日本建设大臣")
    body = [_norm(p) for p in art.paragraphs]
    assert body[0].startswith(_norm("新华社北京１月８日电（记者于海生）国务院总理李鹏今天下午在人民大会堂会见日本建设大臣瓦力时说"))
    assert body[1] == _norm("李鹏愉快地回顾了他去年１１月对日本的正式访问。他说：“访问中我受到了日本政府和各界人士的热情接待，"
                            "我愿在此对日方再次表示感谢。”")
    assert len(body) == 7 and body[-1] == _norm("建设部部长侯捷、国务院外办副主任吕聪敏等参加了会见。")
    other = next(a for a in page.articles if a.paragraphs and a.paragraphs[0].startswith("新华社北京1月8日电（中央"))
    assert not any("李鹏" in p and "日本" in p for p in other.paragraphs)


def test_lines_threaded_on_firm_evidence_are_read_as_their_column():
    """dev_040 (plain pdftotext): the left column's ``…重要组成部分。经过`` goes on in
    ``十多年的探索和实践，…`` three rows below it, the right column's lines between (the drift
    of :func:`test_a_column_set_a_little_higher_keeps_coming_first_row_after_row`). The threading
    puts the lines back in their column; the page analysis then looked for lines of two columns
    read in turn among them (a stride of 4) and linked ``经过`` elsewhere. Lines threaded on
    firm evidence (rows holding every column) are read as their column: the paragraph comes out
    whole, as the gold prints it."""
    page = cntextclean.split_articles((_bench_dir() / "dev_040.pdftotext.txt").read_text(encoding="utf-8"))
    gold = json.loads((_bench_dir() / "dev_040.json").read_text(encoding="utf-8"))
    want = next(p for a in gold["articles"] for p in a["paragraphs"] if p.startswith("会议认为，我国科技体制改革"))
    got = next(p for a in page.articles for p in a.paragraphs if p.startswith("会议认为，我国科技体制改革"))
    assert _norm(got) == _norm(want)
