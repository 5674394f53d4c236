"""Turn the bytes of a raw dump into text, whatever encoding an archive used.

Archives bring UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK,
CRLF or CR line ends, and now and then a few broken bytes. We decode
strictly first, fall back in a known order, and say what we did in warnings
rather than guessing silently.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from . import bad_bytes, big5, hz, joined_files, mail_bodies, mhtml, mixed_encoding, mojibake, overstrike, rtf, word_breaks
from .errors import ParseError
from .next_found import next_found as _next

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A dump this far from Chinese text is not a newspaper issue.
MIN_HAN_SHARE = 0.05
MAX_BAD_BYTE_SHARE = 0.01
BINARY = "这是二进制文件，不是文本 / This is a binary file, not text."
# An archive of issues given to import says what to do with it (nothing in it is unpacked:
# its names and sizes are untrusted, and a folder import reads the unpacked files).
_ARCHIVES = ((b"PK\x03\x04", "zip"), (b"PK\x05\x06", "zip"), (b"\x1f\x8b", "gzip"), (b"BZh", "bzip2"),
             (b"\xfd7zXZ\x00", "xz"), (b"7z\xbc\xaf\x27\x1c", "7z"), (b"Rar!\x1a\x07", "rar"),
             (b"\x28\xb5\x2f\xfd", "zstd"))  # fmt: skip


def _archive_kind(data: bytes) -> str | None:
    """The kind of archive `data` starts as (zip, gzip, tar…), or None."""
    if data[257:262] == b"ustar":
        return "tar"
    return next((kind for magic, kind in _ARCHIVES if data.startswith(magic)), None)


# Other files an archive's folders hold beside the text: said as what they are, with the step
# that makes text of them (a scan is read by OCR, a PDF by a text extractor, Word saves text).
_PICTURES = ((b"\xff\xd8\xff", "JPEG"), (b"\x89PNG\r\n\x1a\n", "PNG"), (b"GIF8", "GIF"),
             (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"))  # fmt: skip
_OFFICE_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .xls, .ppt, .wps (rich text is read: core/rtf.py)
PDF = ("这是 PDF 文件，不是文本：请先提取其中的文字（例如 pdftotext 文件.pdf），再导入得到的 .txt / "
       "This is a PDF, not text: extract its text first (for example pdftotext FILE.pdf), then import the .txt.")
OFFICE = ("这是 Word/Office 文档，不是文本：请另存为纯文本（.txt）或网页（.html）再导入 / "
          "This is a Word or Office document, not text: save it as plain text (.txt) or a web page (.html), "
          "then import that.")


def _document_kind(data: bytes) -> str | None:
    """What a non-text file an archive's folders hold is: a message saying what to do, or None."""
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(_OFFICE_OLE) or (
        data.startswith(b"PK\x03\x04") and (b"[Content_Types].xml" in data[:200] or b"opendocument" in data[:200])
    ):
        return OFFICE
    picture = next((kind for magic, kind in _PICTURES if data.startswith(magic)), None)
    if picture is None and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        picture = "WebP"
    if picture is not None:
        return (f"这是图片（{picture}），不是文本：zzreader 读的是文字，扫描版请先做文字识别（OCR） / "
                f"This is a picture ({picture}), not text: zzreader reads text; run text recognition (OCR) "
                f"on a scan first.")
    return None


def _refuse_binary(data: bytes) -> ParseError:
    document = _document_kind(data)
    if document is not None:
        return ParseError(document)
    kind = _archive_kind(data)
    if kind is None:
        return ParseError(BINARY)
    return ParseError(f"这是 {kind} 压缩包，不是文本：请先解压，再导入解压出的文件夹 / This is a {kind} "
                      f"archive, not text: unpack it, then import the folder it unpacks to.")


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)
    address: str = ""  # where a saved web page came from, when its container says (core/mhtml.py)


_LINE_SEPARATORS = re.compile("[\u2028\u2029\x85]")


def decode(data: bytes) -> Decoded:
    """Decode `data`, normalise line ends, and refuse what is not text."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe\x0c"):
        raise ParseError("文件为空 / The file is empty.")
    if data.startswith(b"%PDF-"):  # a PDF may be all ASCII: said as a PDF, not as text in no language
        raise ParseError(PDF)
    if rtf.looks_like(data):  # Word's and WordPad's rich text, its Chinese escaped as \'d6\'ea or \\u26666?
        return _finish(Decoded(rtf.to_text(data), "rtf", [rtf.WARNING]), data)
    if mhtml.looks_like(data):  # a page a browser saved as one file: the page inside it
        return _decode_archived_page(*mhtml.page(data))
    if mail_bodies.looks_like(data) and (mail := mail_bodies.text(data)) is not None:  # '=E6=A0=AA…': a mail's encoded text
        return _finish(Decoded(mail, "mail", [mail_bodies.WARNING]), data)
    data, padding = _without_nul_padding(data)
    data, struck = overstrike.strip(data)  # 'man' saved to a file: '株\b株' bold, '_\b株' underlined
    decoded = _finish(_joined(data) or _decode_bytes(data), data)
    if struck:
        decoded.warnings.append(overstrike.WARNING)
    if padding:
        decoded.warnings.append(f"已忽略文件末尾的 {padding} 个空字节 / Ignored {padding} NUL byte(s) padding the end of the file.")
    return decoded


def _joined(data: bytes) -> Decoded | None:
    """Files of different encodings joined into one, each part read in its own (core/joined_files.py); None if it is not that."""
    parts = joined_files.split(data)
    if parts is None:
        return None
    try:
        decoded = [_decode_bytes(part) for part in parts]
    except ParseError:
        return None
    names = [d.encoding.replace("-sig", "") for d in decoded]
    if len(set(names)) == 1:
        return None  # one encoding throughout: a second mark is only a stray character
    shown = "、".join(names)
    note = (f"文件由 {len(parts)} 段不同编码的文本拼接而成，已分段读取（{shown}） / The file joins {len(parts)} texts in "
            f"different encodings; read each in its own ({', '.join(names)}).")
    return Decoded("".join(d.text for d in decoded), "+".join(names), [note, *(w for d in decoded for w in d.warnings)])


def _without_nul_padding(data: bytes) -> tuple[bytes, int]:
    """Text followed by a run of NUL bytes (a copy cut to a block size, a crash while saving): the text, and the run's length.

    Only when the text holds no NUL itself and no UTF-16 or UTF-32 mark: such text has NULs throughout and may end
    in one, and a binary file is no text padded.
    """
    if not data.endswith(b"\x00\x00") or data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data, 0
    text = data.rstrip(b"\x00")
    return (text, len(data) - len(text)) if text.strip() and b"\x00" not in text else (data, 0)


def _finish(decoded: Decoded, data: bytes) -> Decoded:
    """Line ends normalised, and what is no text or no Chinese refused."""
    text = _line_ends(decoded.text)
    if "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = _LINE_SEPARATORS.sub("\n", text)  # a web editor's line and paragraph separators, a mainframe's NEL
        decoded.warnings.append("已将 Unicode 行分隔符读作换行 / Read Unicode line separators as line ends.")
    text = word_breaks.line_ends(text, decoded.warnings)  # Shift+Enter in a Word document's text
    if "\x00" in text:
        raise _refuse_binary(data)
    text = _ascii_safe_html(text, decoded.warnings)
    if (fixed := mojibake.repair(text)) is not None:  # 'æ ªæ´²æ—¥æŠ¥': Chinese text a Western tool saved again
        text = fixed[0]
        decoded.warnings.append(mojibake.WARNING.format(codec=fixed[1]))
    elif (lines := mojibake.repair_lines(text)) is not None:  # only a head line or two read as Western text
        text = lines[0]
        decoded.warnings.append(mojibake.LINES_WARNING.format(count=lines[1]))
    _check_chinese(text)
    decoded.text = text
    return decoded


def _decode_archived_page(data: bytes, charset: str | None, address: str) -> Decoded:
    """The page out of an MHTML archive, in the charset its part names when that reads it, else as any file."""
    if mhtml.looks_like(data) or not data.strip(b" \t\r\n"):
        raise ParseError(mhtml.NO_PAGE)  # an archive inside an archive is not unpacked further
    decoded = _finish(_named_charset(data, charset) or _decode_bytes(data), data)
    decoded.warnings.insert(0, mhtml.WARNING)
    decoded.address = address
    return decoded


def _named_charset(data: bytes, charset: str | None) -> Decoded | None:
    """`data` in the charset a MIME part names (GB2312 and GBK read as their superset GB18030), if it reads."""
    if not charset:
        return None
    try:
        codec = codecs.lookup(charset).name
        codec = "gb18030" if codec in ("gb2312", "gbk") else codec
        return Decoded(data.decode(codec), codec)
    except (LookupError, UnicodeDecodeError):
        return None


def _line_ends(text: str) -> str:
    """Every line end as '\\n', and no DOS end-of-file mark or second byte-order mark.

    '\\r\\r\\n' is one line end: a CRLF file written once more by a program that
    turns each LF into CRLF, not a blank line after every line. A DOS editor
    ended a file with Ctrl-Z (0x1A), which is no text.
    """
    text = text.lstrip("\ufeff")  # a byte-order mark written twice, by a tool that adds one to any file
    text = text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n")
    if text.rstrip().endswith("\x1a"):
        text = text.rstrip().rstrip("\x1a").rstrip() + "\n"
    return text


def _decode_bytes(data: bytes) -> Decoded:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(codec), label)
            except UnicodeDecodeError as exc:
                if codec == "utf-8" and (rest := _after_wrong_mark(data[len(bom):])) is not None:
                    return rest
                at = exc.start + len(bom)  # in the file, not after its mark
                # the codec's own words ("illegal UTF-16 surrogate") are Python's, not the user's
                cut = "truncated" in exc.reason or "end of data" in exc.reason
                why = ("数据不完整", "the data is cut short") if cut else ("字节不合编码", "the bytes break the encoding")
                raise ParseError(
                    f"文件以 {label} 标记开头，但第 {at} 字节处无法解码（{why[0]}） / The file starts with a {label} "
                    f"byte-order mark but does not decode at byte {at} ({why[1]})."
                ) from exc
    utf16 = _bomless_utf16(data)
    if utf16:
        return utf16
    if _looks_binary(data):
        raise _refuse_binary(data)
    if (seven_bit := hz.decode(data)) is not None:
        return Decoded(seven_bit, "hz", [hz.WARNING])  # '~{VjV^HU1(~}': GB2312 in ASCII, which UTF-8 reads as Latin
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if (mixed := mixed_encoding.decode_mixed(data)) is not None:
        text, utf8, gbk, codec = mixed
        name = "Big5" if codec == "big5" else "GB18030"
        note = (f"文件混用两种编码：{utf8} 行按 UTF-8、{gbk} 行按 {name} 读取 / "
                f"The file mixes encodings: read {utf8} line(s) as UTF-8 and {gbk} as {name}.")
        return Decoded(text, f"utf-8+{codec}", [note])
    # A few bad bytes in UTF-8 text would also "decode" as GB18030 mojibake,
    # so mostly-valid UTF-8 wins over GB18030; real GBK text fails UTF-8 everywhere.
    repaired = _decode_utf8_with_repairs(data)
    if repaired:
        return repaired
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if big5_text := big5.reads_better(data, text):
        return Decoded(big5_text, "big5")  # traditional text from Big5: its GBK reading is rare characters
    if text is not None:
        return Decoded(text, "gb18030")
    if gbk_repaired := _decode_gb18030_with_repairs(data):
        return gbk_repaired
    _check_chinese(data.decode("latin-1"))  # a Western text says so plainly
    raise ParseError(
        "无法识别文件编码（不是 UTF-8、UTF-16、GB18030 或 Big5）/ Cannot decode the file: "
        "it is not UTF-8, UTF-16, GB18030 or Big5."
    )


def _after_wrong_mark(data: bytes) -> Decoded | None:
    """What follows a UTF-8 mark that its bytes break: a GBK file a tool marked as UTF-8, or a marked UTF-8 file with a
    GBK one joined after it, read as the bytes are (mixed lines, GB18030), with a warning; None if that fails too."""
    try:
        decoded = _decode_bytes(data)
    except ParseError:
        return None
    if decoded.encoding == "utf-8":
        return None  # UTF-8 after all, but for a few broken bytes: a marked file is held to its mark and refused
    decoded.warnings.insert(0, "文件开头的 UTF-8 标记与其后的字节不符，已按字节实际的编码读取 / The file's UTF-8 byte-order "
                               "mark does not fit the bytes after it; read them in the encoding they are in.")
    return decoded


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first KiB mean binary, not a dump."""
    head = data[:4096]
    if b"\x00" in head and not _bomless_utf16(head):
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05


def _bomless_utf16(data: bytes) -> Decoded | None:
    """UTF-16 without BOM shows NULs at every other position for ASCII text.

    Chinese text in UTF-16 has NULs only in its digits, spaces and line ends,
    so a head with a few NULs that reads as Chinese text in one byte order is
    taken too (UTF-8 and GB18030 text never holds a NUL).
    """
    head = data[:2048]
    if len(head) < 4 or b"\x00" not in head:
        return None
    if (codec := _utf16_order(head)) and len(data) % 2 == 0:
        return _strict(data, codec)  # first: U+3000's low byte is a NUL too, in the byte order NULs do not tell
    if head.count(0) >= len(head) // 4:
        for codec, offset in (("utf-16-le", 1), ("utf-16-be", 0)):
            if head[offset::2].count(0) >= len(head[offset::2]) * 0.3:
                return _strict(data, codec)
    codec = next((c for c in ("utf-16-le", "utf-16-be") if _reads_as_chinese(head[: len(head) // 2 * 2].decode(c, "replace"))), None)
    return _strict(data, codec) if codec and len(data) % 2 == 0 else None


def _utf16_order(head: bytes) -> str | None:
    """The UTF-16 byte order in which a head with NULs reads as Chinese text among rules and symbols.

    Rules, box lines and symbols ('━━━━', '★') are no Han and no ASCII, so a page under a ruled
    banner falls short of `_reads_as_chinese`; read in the wrong byte order its Han characters
    become other scripts and its line ends control characters, and a binary file reads as neither.
    """
    for codec in ("utf-16-le", "utf-16-be"):
        text = head[: len(head) // 2 * 2].decode(codec, "replace")[:-1]  # the cut may fall inside a pair
        readable = len(_PAGE_CHAR.findall(text))
        if readable == len(text) and len(_HAN.findall(text)) >= len(text) * 0.2:
            return codec
    return None


# What a page of the paper is set in: Han, ASCII, line ends, CJK and full-width punctuation, and the
# punctuation, arrows, numbers in circles, box lines, shapes and symbols of its rules and banners,
# the radicals a PDF font sets for some Han characters (renditions/radicals.py), and rare Han beyond the BMP.
_PAGE_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\x20-\x7e\r\n\t\f\u00a0-\u00ff\u2000-\u27bf\u2e80-\u2fdf\u3000-\u303f\uff00-\uffef\U00020000-\U0003134f]")


def _strict(data: bytes, codec: str) -> Decoded | None:
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError:
        return None


def _reads_as_chinese(text: str) -> bool:
    """Mostly Han characters, CJK punctuation and printable ASCII, with line ends: text, not bytes read two by two."""
    if not text:
        return False
    plain = sum(1 for ch in text if _HAN.match(ch) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"
                or " " <= ch <= "~" or ch in "\r\n\t“”‘’—…·")
    return plain >= len(text) * 0.95 and len(_HAN.findall(text)) >= len(text) * 0.2


def _decode_utf8_with_repairs(data: bytes) -> Decoded | None:
    """Mostly UTF-8 with a few bad bytes: keep it, mark them, name the places.

    Mostly UTF-8 in what is not ASCII: a GBK page under 4 KB of ASCII style and
    script has few bad bytes for its size, but hardly a character that reads as UTF-8
    (when it reads as GB18030 throughout, it is read so).
    """
    repaired = _decode_with_repairs(data, "utf-8", "UTF-8")
    if repaired is None:
        return None
    bad = repaired.text.count("\ufffd")
    wide = sum(1 for ch in repaired.text if ch > "\x7f") - bad
    return repaired if wide >= 4 * bad or _strict(data, "gb18030") is None else None


def _decode_gb18030_with_repairs(data: bytes) -> Decoded | None:
    """GBK text with a few bad bytes (a byte lost in a copy, a stray 0xFF): keep it, mark them.

    Only when the reading is Chinese text: UTF-8 bytes read two by two as GB18030
    also fail rarely, but come out as rare characters.
    """
    repaired = _decode_with_repairs(data, "gb18030", "GB18030")
    if repaired is None or big5.common_share(repaired.text[:20000]) < 0.2:
        return None
    return repaired


def _decode_with_repairs(data: bytes, codec: str, label: str) -> Decoded | None:
    """Text in `codec` but for a few bad bytes: replaced with U+FFFD, their lines named in a warning."""
    found = bad_bytes.replaced(data, codec, max(8, len(data) * MAX_BAD_BYTE_SHARE))
    if found is None:
        return None
    text, bad = found
    lines = bad_bytes.line_numbers(data, bad)
    places = ", ".join(str(n) for n in sorted(set(lines))[:10])
    warning = (
        f"第 {places} 行有 {len(bad)} 处无效字节，已替换为 � / "
        f"{len(bad)} invalid {label} byte sequence(s) replaced with � on line(s) {places}."
    )
    return Decoded(text, codec, [warning])


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> tuple[str, int]:
    """`text` with each lone surrogate replaced with U+FFFD, as a bad byte is, and how many there were.

    No file decodes to one, but text handed to the parser may hold one (a JSON '\\ud800' escape): no UTF-8
    holds it, so the issue could be neither hashed nor stored.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.subn("\ufffd", text)
    return text, 0


_NUMERIC_ENTITY = re.compile(r"&#(?:(\d{3,7})|[xX]([0-9a-fA-F]{2,6}));")


def _ascii_safe_html(text: str, warnings: list[str]) -> str:
    """An ASCII-safe HTML export ('&#26666;&#27954;'): its characters beyond ASCII, written out.

    Only references to characters beyond ASCII are replaced, so no '<' or '&' appears that was
    not markup already; a page that holds its Han characters as such is left as it is.
    """
    if "&#" not in text or _HAN.search(text[:4096]):
        return text
    codes = [int(m.group(1)) if m.group(1) else int(m.group(2), 16) for m in _NUMERIC_ENTITY.finditer(text)]
    if sum(1 for code in codes if 0x3400 <= code <= 0x9FFF) < 2:
        return text

    def char(m: re.Match) -> str:
        code = int(m.group(1)) if m.group(1) else int(m.group(2), 16)
        return chr(code) if 0x80 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else m.group(0)

    warnings.append("已将 HTML 字符引用读作汉字 / Read the HTML character references (&#…;) as the characters they name.")
    return _NUMERIC_ENTITY.sub(char, text)


# What a browser never shows of a page: its style sheets, scripts, comments and tags. A saved page's
# head can hold kilobytes of them, which outweigh the Han characters of one short article.
# Read as the pattern '<(style|script)\b[^>]*>.*?</\1\s*>|<!--.*?-->|<[A-Za-z/!][^<>]{0,2000}>' would,
# but each look for a '>', a '-->' or a closing tag goes on from the last one found: the pattern read the
# rest of the file from every unclosed '<script>' (10,000 of them took 8 s, 50,000 minutes).
_UNSEEN_AT = re.compile(r"<(?:(style|script)\b|[A-Za-z/!])", re.IGNORECASE)
_SHORT_TAG = re.compile(r"<[A-Za-z/!][^<>]{0,2000}>", re.IGNORECASE)
_CLOSE_END = re.compile(r"\s*>")


def _without_unseen(text: str) -> str:
    """The text with every style sheet, script, comment and tag a space."""
    out: list[str] = []
    done = at = 0
    found: dict[str, int] = {}
    while m := _UNSEEN_AT.search(text, at):
        start, end = m.start(), -1
        if m.group(1) and (close_tag := _next(text, ">", m.end(), found)) >= 0:
            name = m.group(1).lower()
            close = _next(text, f"</{name}", close_tag + 1, found)
            while close >= 0 and not (after := _CLOSE_END.match(text, close + len(name) + 2)):
                close = _next(text, f"</{name}", close + 1, found)  # '</script' not closed by '>': the next one
            end = after.end() if close >= 0 else -1
        if end < 0 and text.startswith("<!--", start) and (dashes := _next(text, "-->", start + 4, found)) >= 0:
            end = dashes + 3
        if end < 0 and (tag := _SHORT_TAG.match(text, start)):
            end = tag.end()
        if end < 0:
            at = start + 1
            continue
        out += (text[done:start], " ")
        done = at = end
    out.append(text[done:])
    return "".join(out)


# A web address is no language: a scraper's list of a page's addresses over its text is no Western text.
_ADDRESS = re.compile(r"(?:https?|ftp)://[^\s<>\"']+|www\.[^\s<>\"']+", re.IGNORECASE)


# An OCR layer in ALTO XML holds its words in attributes ('<String CONTENT="株洲"/>'): those are its text.
_ALTO_ROOT = re.compile(r"<alto\b", re.IGNORECASE)
_ALTO_CONTENT = re.compile(r"\bCONTENT\s*=\s*[\"']([^\"']*)")


def _check_chinese(text: str) -> None:
    if _ALTO_ROOT.search(text[:4096]):
        text = " ".join(_ALTO_CONTENT.findall(text))
    elif "</" in text:
        text = _without_unseen(text)
    if "://" in text or "www." in text:
        text = _ADDRESS.sub(" ", text)
    # Counted without a list of every match: 17 million one-character strings took 1.5 GB.
    letters = sum(map(str.isalpha, text))
    han = len(text) - len(_HAN.sub("", text))
    if letters and han / letters < MIN_HAN_SHARE:
        raise ParseError(
            "文件中几乎没有中文，不像是株洲日报的版面 / The file holds almost no Chinese text: "
            "it does not look like an issue of the paper."
        )
    if not letters:
        raise ParseError("文件中没有文字 / The file contains no text.")
