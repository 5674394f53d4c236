"""The paper's own QR prompts are page chrome, however they word the scan."""

from __future__ import annotations

import pytest

from zzreader.core.renditions import furniture


@pytest.mark.parametrize(
    "line",
    ["扫描二维码 关注株洲日报", "扫描下方二维码下载株洲日报客户端", "用手机扫描右侧二维码阅读全文", "扫一扫关注株洲日报社新媒体"],
)
def test_a_scan_prompt_is_chrome(line):
    assert furniture.is_chrome(line)


@pytest.mark.parametrize(
    "line",
    ["扫描二维码是老年人最常遇到的难题，社区志愿者手把手教他们使用健康码、乘车码和线上挂号。", "二维码门牌上墙"],
)
def test_text_about_scanning_is_not_chrome(line):
    assert not furniture.is_chrome(line)
