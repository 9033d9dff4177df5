"""ocr_row_columns: an OCR page read row by row across narrow columns, put back into columns."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cntextclean import split_articles
from cntextclean.layout.rowread import ocr_row_columns

from .conftest import SEED_IDS, seed_text
from .conftest import bench_dir as _bench_dir

DATA = Path(__file__).parent / "data" / "text_variants"
GOLD = Path(__file__).parent / "data" / "gold"
#: common characters, no marks: every cell of a column's line is exactly as wide as the column
_HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研"


@st.composite
def _columns(draw):
    k = draw(st.integers(3, 7))
    width = draw(st.integers(5, 10))
    rows = draw(st.integers(4, 10))
    cells = [[draw(st.text(alphabet=_HAN, min_size=width, max_size=width)) for _ in range(rows)] for _ in range(k)]
    gaps = [[" " * draw(st.integers(1, 5)) for _ in range(k - 1)] for _ in range(rows)]
    return cells, gaps


def _rows(cells, gaps) -> str:
    lines = []
    for r, gap in enumerate(gaps):
        line = cells[0][r]
        for c in range(1, len(cells)):
            line += gap[c - 1] + cells[c][r]
        lines.append(line)
    return "\n".join(lines)


@settings(max_examples=60)
@given(_columns())
def test_rows_of_full_lines_read_column_by_column(case):
    cells, gaps = case
    out = ocr_row_columns(_rows(cells, gaps))
    assert out == "\n\n".join("\n".join(col) for col in cells)
    assert ocr_row_columns(out) == out


def test_a_blank_cell_keeps_the_columns_after_it_in_place():
    # the second row has no line in the middle column: a run of spaces as wide as one stands
    # there, and the right column's line stays in the right column
    a = ["经济发展的新形势", "要求我们进一步加", "强基础设施建设。", "推动区域协调发展", "让更多群众共享改"]
    b = ["这次会议认真研究", "", "部署了明年的重点", "工作，要求各地区", "各部门切实抓好落"]
    c = ["各部门切实抓好落", "实，确保取得实际", "效果。群众共享改", "革成果，社会稳定", "经济持续向好发展"]
    lines = [f"{x} {y} {z}" if y else f"{x}{' ' * 18}{z}" for x, y, z in zip(a, b, c, strict=True)]
    out = ocr_row_columns("\n".join(lines))
    assert out.split("\n\n") == ["\n".join(a), "\n".join(y for y in b if y), "\n".join(c)]


def test_spaced_digits_and_stray_marks_stay_in_their_cell():
    rows = ["海水环绕的海。。 全市按人口平均教 。。 口市教育局的同志",
            "南岛，建省十年教 育经费高达4 0 0 告诉记者，建省以",
            "育面貌发生了喜人 元，居全国省会城 来，海口市新建教",
            "的变化。海南作为 市前列，“八五” 职工住房面积达1 7"]
    cols = ocr_row_columns("\n".join(rows)).split("\n\n")
    assert cols[1].split("\n") == ["全市按人口平均教 。。", "育经费高达4 0 0", "元，居全国省会城", "市前列，“八五”"]
    assert cols[2].split("\n")[-1] == "职工住房面积达1 7"


def test_other_text_is_left_alone():
    # one column per line (digits spaced out by the OCR engine), a table of short cells, prose
    ocr = "新华社华盛顿1月1 2日电 (记者翟景升) 美国经济\n增长了 3 . 8 %，而通货膨胀率\n只有 1 . 7 %。"
    table = "姓名 年龄 籍贯 职务\n张三 四十 北京 局长\n李四 五十 上海 处长\n王五 三十 天津 科长\n赵六 六十 重庆 主任"
    for text in (ocr, table, "一行字", "", "甲 乙\n丙 丁"):
        assert ocr_row_columns(text) == text


@pytest.mark.parametrize("stem", SEED_IDS)
def test_seeds_unchanged(stem):
    text = seed_text(stem)
    assert ocr_row_columns(text) == text


def test_dev_ocr_pages_unchanged():
    """tesseract read every dev page column by column: nothing to put back."""
    pages = sorted(_bench_dir().glob("*.tess*.txt"))
    assert pages
    changed = [p.name for p in pages if ocr_row_columns(t := p.read_text(encoding="utf-8")) != t]
    assert changed == []


def test_split_reads_a_row_read_page_column_by_column():
    """A real tesseract page (the first of four: seven columns, 300 dpi, the seeds' articles in
    a variant bench layout) read row by row where a report runs across all seven columns: that
    report's paragraphs come out whole and in order. Read row by row, its first paragraph went
    on with the lines of the next column (``本报讯吴安琪责人``) and the rest were scattered."""
    from rapidfuzz.distance import Levenshtein

    text = (DATA / "dev_024-b-t1-p1.tess300.txt").read_text(encoding="utf-8")
    assert ocr_row_columns(text) != text
    assert ocr_row_columns(ocr_row_columns(text)) == ocr_row_columns(text)
    gold = json.loads((GOLD / "004_2a0d0da5d2c1eea9.json").read_text(encoding="utf-8"))
    want = next(a for a in gold["articles"] if a["headline"].startswith("深创赛第七届国际赛"))
    page = split_articles(text)
    got = next(a for a in page.articles if (a.headline or "").startswith("深创赛第七届国际赛"))
    assert len(got.paragraphs) == len(want["paragraphs"])
    for g, w in zip(got.paragraphs, want["paragraphs"], strict=True):
        # (what the engine misread aside, ``聚焦海外`` read ``育焦海外MSIEAY``; the last
        # paragraph's line ``区域创新创业生态``, alone at a column's foot, is still read as the
        # next article's headline)
        assert Levenshtein.normalized_distance(g, w) < 0.1, (g, w)


@st.composite
def _columns_with_blanks(draw):
    cells, gaps = draw(_columns())
    k, rows = len(cells), len(cells[0])
    width = len(cells[0][0])
    # blank cells: at most two a row and two cells left (a line of one cell ends the band: it
    # may as well be a headline's or a caption's line), never in the first four rows (rows that
    # show every column make the band)
    blank = set()
    for r in range(4, rows):
        for c in draw(st.lists(st.integers(0, k - 1), max_size=min(2, k - 2), unique=True)):
            blank.add((r, c))
    return cells, gaps, blank, width


@settings(max_examples=60)
@given(_columns_with_blanks())
def test_blank_cells_leave_the_full_rows_in_their_columns(case):
    """A column's line missing from a row (a blank where the page has none) leaves a run of
    spaces as wide as the line. The rows that hold every column go in their columns whatever
    the others do (a row with a blank is placed by position and by the seams with the lines
    above, which may win over the position: ``…自`` + ``动…``), each column keeps the rows'
    order, and no character is lost."""
    cells, gaps, blank, width = case
    k, n = len(cells), len(cells[0])
    lines = []
    for r, gap in enumerate(gaps):
        parts = [(" " * (2 * width) if (r, c) in blank else cells[c][r]) for c in range(k)]
        line = parts[0]
        for c in range(1, k):
            line += gap[c - 1] + parts[c]
        lines.append(line.rstrip())
    text = "\n".join(lines)
    out = ocr_row_columns(text)
    assert ocr_row_columns(out) == out
    assert sorted(out.replace("\n", "").replace(" ", "")) == sorted(text.replace("\n", "").replace(" ", ""))
    blocks = [b.split("\n") for b in out.split("\n\n")]
    assert len(blocks) == k
    full = [r for r in range(n) if not any((r, c) in blank for c in range(k))]
    for c, block in enumerate(blocks):
        # the full rows' lines of column c, in order, among the block's lines
        it = iter(block)
        assert all(any(x == cells[c][r] for x in it) for r in full)
