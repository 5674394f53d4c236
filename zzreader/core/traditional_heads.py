"""Headline words in traditional characters, read as the simplified ones core/broken_titles.py knows.

A reprint in traditional characters (renditions/traditional.py maps only the
paper's furniture and byline words) sets its headlines so too: '醴陵瓷谷舉辦' /
'國際陶瓷藝術周' is one headline a narrow column broke, as '醴陵瓷谷举办' / '国际陶瓷艺术周'
is. Only the characters of the verbs, counts and nouns that core/broken_titles.py
reads are folded, one for one, and only for that reading: the title keeps the
characters it was printed in.
"""

from __future__ import annotations

_PAIRS = (
    "舉举 辦办 開开 設设 啟启 動动 發发 佈布 實实 獲获 評评 線线 進进 兩两 條条 個个 項项 戶户 處处 區区 園园 場场 館馆 員员 學学 醫医 樞枢 紐纽 達达 現现 長长 為为 "
    "將将 與与 讓让 籤签 約约 陸陆 駐驻 紮扎 躋跻 圍围 攜携 劃划 號号 務务 業业 團团 鄉乡 鎮镇 縣县 廣广 橋桥 幣币 萬万 億亿 輪轮 檔档 體体 歲岁 齡龄 屆届"
)
_FOLD = str.maketrans({pair[0]: pair[1] for pair in _PAIRS.split()})


def fold(text: str) -> str:
    """The text with the traditional characters of headline verbs and nouns as simplified ones."""
    return text.translate(_FOLD)
