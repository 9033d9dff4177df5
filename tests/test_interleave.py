"""Line-interleaved columns (pdftotext reading neighbouring columns line by line)."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from cntextclean import clean
from cntextclean.layout.interleave import deinterleave
from cntextclean.layout.rejoin import rejoin_lines

COL_A = ("近年来，我市坚持把发展经济的着力点放在实体经济上，大力推进制造业转型升级，培育壮大"
         "新兴产业，推动传统产业向高端化、智能化、绿色化方向发展。")
COL_B = ("与此同时，各区县积极改善营商环境，简化审批流程，为中小企业提供贷款贴息和技术咨询服"
         "务，帮助企业解决用工难、融资难等实际问题，取得了明显成效。")
COL_C = ("专家认为，城市更新不仅要改造老旧小区的基础设施，还要注重保护历史文化街区，让居民在"
         "改善居住条件的同时留住城市记忆，实现发展与保护的统一。")

COL_D = ("据了解，今年全市计划新建和改扩建中小学校二十所，新增学位两万余个，同时加快推进幼儿园"
         "建设，着力解决群众关心的入学难问题，让孩子们就近上好学。")
#: a page's other text: two paragraphs whose printed lines follow each other (a pdftotext page
#: reads most columns in order; only some runs interleave)
LEAD = "城市发展新观察\n\n{c}\n\n{d}\n\n"


def _lines(text: str, width: int = 13) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


def _interleave(*cols: str) -> str:
    streams = [_lines(c) for c in cols]
    out = []
    for row in range(max(len(s) for s in streams)):
        out.extend(s[row] for s in streams if row < len(s))
    return "\n\n".join(out) + "\n"


def _page(*cols: str) -> str:
    lead = LEAD.format(c="\n".join(_lines(COL_C)), d="\n".join(_lines(COL_D)))
    return lead + _interleave(*cols)


LEAD_CLEAN = "城市发展新观察\n\n" + COL_C + "\n\n" + COL_D + "\n\n"


def test_two_interleaved_columns_are_read_one_after_the_other() -> None:
    page = _page(COL_A, COL_B)
    want = LEAD_CLEAN + COL_A + "\n\n" + COL_B + "\n"
    assert rejoin_lines(page) == want
    assert clean(page) == want
    assert clean(want) == want


def test_three_interleaved_columns() -> None:
    page = _interleave(COL_A, COL_B, COL_D)
    want = "\n\n".join("\n".join(_lines(c)) for c in (COL_A, COL_B, COL_D)) + "\n"
    assert deinterleave(page) == want


def test_columns_in_reading_order_are_not_touched() -> None:
    # one column after the other, each printed line a block of its own: stride 1
    page = "\n\n".join(_lines(COL_A) + _lines(COL_B)) + "\n"
    assert deinterleave(page) == page


def test_independent_one_line_blocks_are_not_touched() -> None:
    page = "\n\n".join(["今天天气晴朗，气温回升。", "市场供应充足，价格平稳。", "新建学校将于九月开学。",
                        "图书馆延长开放时间。", "公交线路调整方案公布。", "全市完成植树十万株。",
                        "春季运动会圆满闭幕。"]) + "\n"
    assert deinterleave(page) == page


def test_deinterleave_is_idempotent() -> None:
    once = deinterleave(_interleave(COL_A, COL_B, COL_C))
    assert deinterleave(once) == once


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_lines(COL_A) + _lines(COL_B) + _lines(COL_C) + ["", "第5版", "要闻"]),
                max_size=40))
def test_deinterleave_only_rearranges_lines(lines: list[str]) -> None:
    text = "\n\n".join(lines)
    out = deinterleave(text)
    assert Counter(ln for ln in out.split("\n") if ln) == Counter(ln for ln in text.split("\n") if ln)
