"""Hypothesis strategies for text that mixes everything cleaners meet in the wild."""

from __future__ import annotations

from hypothesis import strategies as st

#: characters that matter to Chinese cleaners: Hanzi (Simplified and Traditional), punctuation of
#: every class in both widths, spaces of every kind, controls, format characters, radicals,
#: mojibake-typical Latin-1 letters, replacement characters, kana, digits and Latin letters
INTERESTING = (
    "中国人民日报的了是在不有和这为发展高质量經濟發東條們國學習一二三〇"
    "，。、；：？！“”‘’（）《》【】「」…—·～"
    ",.;:?!\"'()[]<>-_/\\|@#%&*+=~`^"
    "０１２３ＡＢａｂ％＋－／＝～．　"
    " \t\n\r\u3000\u00a0\u200b\ufeff\u2028\x0b\x0c"
    "\x00\x01\x1b\x7f\x85"
    "⼈⺠⽇⻓"
    "ÃÂâ€™Ã¤åäºº"
    "\ufffd锟斤拷烫屯"
    "あアガ"
    "0123456789abcxyzABCXYZ"
    "□■●◆※"
    "😀👍🏻\u0301e\u0301"
    "\ud800\udfff"
)

interesting_char = st.sampled_from(INTERESTING)
any_char = st.characters(codec=None, exclude_categories=())

#: mostly interesting characters, some arbitrary code points (lone surrogates included)
text = st.text(st.one_of(interesting_char, interesting_char, interesting_char, any_char), max_size=300)

#: several lines of text
lines = st.lists(text, max_size=8).map("\n".join)

#: realistic-ish Chinese: runs of Hanzi and punctuation with spaces and line breaks
chinese = st.text(st.sampled_from("中国人民日报的了是在不有和这为发展，。：“”（） \n1２a"), max_size=400)
