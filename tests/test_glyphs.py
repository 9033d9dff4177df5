"""layout.glyphs: characters plain pdftotext printed alone on lines, put back into their gaps."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

import cntextclean
from cntextclean.charclass import drop_space
from cntextclean.layout.glyphs import restore_displaced_glyphs

from .conftest import bench_dir as _bench_dir

_WS = re.compile(r"\s+")


def _norm(s: str) -> str:
    return _WS.sub("", unicodedata.normalize("NFKC", s))


def _trad_page(name: str) -> str:
    return (_bench_dir().parent / "dev_trad" / name).read_text(encoding="utf-8")


def test_fallback_glyphs_go_back_into_the_gaps_they_left():
    """dev_trad_006 (plain pdftotext of a page set in AR PL UMing TW, which lacks ``爲``): the
    eight ``爲`` come out alone on lines, their lines keeping a space (``本西德先生認 ，``). Seven go
    back, each where it makes a word (``認爲`` ``結爲`` ``尤爲`` ``爲此`` ``因爲``, ``爲了`` at a
    line's start); the eighth, whose place no word shows, stays on its line."""
    raw = _trad_page("dev_trad_006.pdftotext.txt")
    out = restore_displaced_glyphs(raw)
    for fixed in ("本西德先生認爲，中國現行的", "略港與廣東省的汕頭市結爲姐妹城", "強。上海浦東的變化尤爲突出。人",
                  "後探討進行合作的項目。爲此，今", "安第斯國家的市場，因爲安第斯共", "平。”他認爲，兩國之間開展經貿",
                  "爲了發展委內瑞拉和中國的關"):
        assert fixed in out.split("\n"), fixed
    assert sum(1 for ln in out.split("\n") if ln.strip() == "爲") == 1
    # nothing lost, nothing added: the characters are only moved
    assert Counter(_WS.sub("", out)) == Counter(_WS.sub("", raw))
    # the gaps of a headline, a byline and the page header stay: no word across them
    assert "擴大合作共同發展——訪 拉丁美洲議會副議長本" in out
    assert "■ 本報駐委內瑞拉記者 管彥忠" in out


def test_the_articles_of_the_page_read_the_restored_words():
    page = cntextclean.split_articles(_trad_page("dev_trad_006.pdftotext.txt"), to="simplified")
    body = "".join(_norm(p) for a in page.articles for p in a.paragraphs)
    gold = json.loads((_bench_dir().parent / "dev_trad" / "dev_trad_006.json").read_text(encoding="utf-8"))
    for a in gold["articles"]:
        for p in a["paragraphs"]:
            for m in re.finditer("为", p):
                word = _norm(p[max(0, m.start() - 3): m.end() + 3])
                if "为提高" in word:
                    continue  # the eighth (``…成倍增加，爲`` / ``提高人民…``), left on its line
                assert word in body, word
    lone = [p for a in page.articles for p in a.paragraphs if p == "为"] + [f for f in page.fragments if f == "为"]
    assert len(lone) <= 1, lone


def test_the_caption_gap_before_a_colon_takes_the_glyph():
    """dev_trad_005: ``圖 ：技術監督…`` -> ``圖爲：`` (no space is set before ``：``; ``图为`` is
    a weak word, enough there)."""
    out = restore_displaced_glyphs(_trad_page("dev_trad_005.pdftotext.txt"))
    assert "圖爲：技術監督執法人員向消費者講解防僞知識。（賀洪志攝）" in out


def test_a_character_alone_once_or_a_gap_without_a_word_is_left_alone():
    # a headline's last character wrapped onto a line of its own, once: no displaced glyph
    once = "梅內姆總統做客中國使\n館\n\n本報布宜諾斯艾利斯電 記者蘭才基報道"
    assert restore_displaced_glyphs(once) == once
    # two lone lines, but the only gap is two columns one space apart: no word across it
    cols = "我們的事業，波澜壮阔；我們的 量，五湖四海，浩浩蕩蕩。\n\n爲\n\n爲\n"
    assert restore_displaced_glyphs(cols) == cols
    # Simplified text reads the same way
    assert restore_displaced_glyphs("他认 ，两国之间\n\n为\n\n为\n") == "他认为，两国之间\n\n为\n"


def test_layout_cells_of_a_lone_glyph_go_back_into_the_gaps():
    """dev_trad_006 (``pdftotext -layout``): the fallback ``爲`` stand alone in cells of their own, in
    a column's gap or on a row above the line they were cut out of (``…中國的關                  爲``
    over ``略港與廣東省的汕頭市結 姐妹城``). They go back where they make a word, each cell left as
    two spaces (the columns after it keep their place); the page's articles then read as in
    Simplified print."""
    raw = _trad_page("dev_trad_006.pdftotext-layout.txt")
    out = restore_displaced_glyphs(raw)
    lines = out.split("\n")
    for fixed in ("略港與廣東省的汕頭市結爲姐妹城", "本西德先生認爲，中國現行的", "平。”他認爲，兩國之間開展經貿",
                  "強。上海浦東的變化尤爲突出。人"):
        assert any(fixed in ln for ln in lines), fixed
    assert lines[6] == "  爲了發展委內瑞拉和中國的關"  # (its cell emptied, the line's end trimmed)
    assert Counter(_WS.sub("", out)) == Counter(_WS.sub("", raw))
    page = cntextclean.split_articles(raw, to="simplified")
    gold = json.loads((_bench_dir().parent / "dev_trad" / "dev_trad_006.json").read_text(encoding="utf-8"))
    assert [drop_space(a.headline or "") for a in page.articles] == [a["headline"] for a in gold["articles"]]
    assert not page.fragments
    body = "".join(_norm(p) for a in page.articles for p in a.paragraphs)
    assert _norm("认为，中国现行的政治制度") in body and _norm("结为姐妹城市") in body


_line = st.one_of(
    st.sampled_from(["爲", "为", "館", "", " ", "認 ，中國", "結 姐妹城", "因 安第斯", "了發展委內瑞拉", "訪 拉丁",
                     "中國的關      爲", "爲    本報訊", "關  爲  了"]),
    st.text(alphabet="爲認結了發展，。 中國的", max_size=12),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_line, max_size=14))
def test_total_idempotent_and_only_moves_characters(lines: list[str]) -> None:
    text = "\n".join(lines)
    once = restore_displaced_glyphs(text)
    assert isinstance(once, str)
    assert restore_displaced_glyphs(once) == once
    assert Counter(_WS.sub("", once)) == Counter(_WS.sub("", text))
