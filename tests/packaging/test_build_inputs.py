"""What packaging/build.py generates before PyInstaller runs: icons and the Windows version file."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from tests.packaging import packaging_module
from zzreader.gui.qt import QByteArray, QImage

ROOT = Path(__file__).resolve().parents[2]
build = packaging_module("build")
icons = packaging_module("icons")


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory, qapp) -> Path:
    out = tmp_path_factory.mktemp("icons")
    icons.write_icons(ROOT / "resources" / "icon.svg", out)
    return out


def png_size(data: bytes) -> tuple[int, int]:
    image = QImage.fromData(QByteArray(data), "PNG")
    assert not image.isNull()
    return image.width(), image.height()


def test_ico_holds_one_png_per_size(written: Path) -> None:
    data = (written / "zzreader.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for i, size in enumerate(icons.ICO_SIZES):
        w, h, _c, _r, planes, bpp, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert (w or 256, h or 256, planes, bpp) == (size, size, 1, 32)
        assert png_size(data[offset : offset + length]) == (size, size)


def test_icns_elements_have_the_sizes_their_types_promise(written: Path) -> None:
    data = (written / "zzreader.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    pos, seen = 8, []
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack_from(">I", data, pos + 4)[0]
        seen.append(kind)
        size = dict(icons.ICNS_TYPES)[kind]
        assert png_size(data[pos + 8 : pos + length]) == (size, size)
        pos += length
    assert seen == [kind for kind, _size in icons.ICNS_TYPES]


def test_png_and_icon_theme_sizes(written: Path) -> None:
    assert png_size((written / "zzreader.png").read_bytes()) == (256, 256)
    for size in icons.HICOLOR_SIZES:
        path = written / "hicolor" / f"{size}x{size}" / "apps" / "zzreader.png"
        assert png_size(path.read_bytes()) == (size, size)


def test_windows_version_file_carries_the_package_version() -> None:
    """PyInstaller eval()s this text with its versioninfo classes; record the calls instead."""
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct")
    namespace = {n: (lambda n: lambda *a, **k: (n, a, k))(n) for n in names}
    info = eval(build.windows_version_file("1.2.3.dev4"), namespace)  # noqa: S307 (our own text)
    _name, _args, kwargs = info
    ffi = kwargs["ffi"][2]
    assert ffi["filevers"] == ffi["prodvers"] == (1, 2, 3, 4)
    strings_table = kwargs["kids"][0][1][0][0]
    assert strings_table[1][0] == "080404B0"  # zh-CN, Unicode
    strings = dict(s[1] for s in strings_table[1][1])
    assert strings["FileVersion"] == strings["ProductVersion"] == "1.2.3.dev4"
    assert strings["OriginalFilename"] == "zzreader.exe"


def test_version_tuple_pads_and_ignores_local_parts() -> None:
    assert build.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert build.version_tuple("2.0") == (2, 0, 0, 0)
    assert build.version_tuple("1.2.3+git.abc") == (1, 2, 3, 0)
