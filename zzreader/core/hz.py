"""HZ-GB-2312 (RFC 1843): GB2312 text in seven-bit ASCII, Chinese runs between '~{' and '~}'.

Old mail and Usenet archives kept Chinese this way. Its bytes are all ASCII, so it decoded as
UTF-8 into '~{VjV^HU1(~}…' and was refused as a file with almost no Chinese. A file of ASCII bytes
with several '~{' shifts is read as HZ when that reading is Chinese text (core/decode.py says so).
"""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u3400-\u9fff]")
MIN_SHIFTS = 2  # a lone '~{' is a typo or a code sample, not an encoding
WARNING = "已按 HZ 编码（HZ-GB-2312）读取 / Read as HZ-GB-2312 (seven-bit GB2312)."


def decode(data: bytes) -> str | None:
    """The text of `data` when it is HZ-encoded Chinese, else None."""
    if data.count(b"~{") < MIN_SHIFTS or not data.isascii():
        return None
    try:
        text = data.decode("hz")
    except UnicodeDecodeError:
        return None
    letters = sum(map(str.isalpha, text))
    return text if letters and len(_HAN.findall(text)) >= letters * 0.5 else None
