"""configure_jieba(): the prepared prefix dictionary, its fallbacks, and where nothing is written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import jieba
import pytest

from zzreader import resources


@pytest.fixture
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Point the bundled and per-user dictionary paths into a temporary folder."""
    bundled = tmp_path / "bundle" / "cache" / resources.jieba_cache_name()
    user = tmp_path / "user-cache" / resources.jieba_cache_name()
    monkeypatch.setattr(resources, "bundled_jieba_cache", lambda: bundled)
    monkeypatch.setattr(resources, "user_jieba_cache", lambda: user)
    return {"bundled": bundled, "user": user, "root": tmp_path}


@pytest.fixture(scope="module")
def prefix() -> tuple[dict[str, int], int]:
    return resources.build_jieba_prefix()


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def test_a_prepared_dictionary_is_loaded_as_is(places, prefix) -> None:
    resources.write_jieba_cache(places["bundled"], prefix)
    before = files_under(places["root"])
    tokenizer = resources.configure_jieba(jieba.Tokenizer())
    assert tokenizer.initialized
    assert tokenizer.FREQ == prefix[0] and tokenizer.total == prefix[1]
    assert tokenizer.lcut("株洲市人民政府", HMM=False) == ["株洲市", "人民政府"]
    assert files_under(places["root"]) == before  # nothing built, nothing written


def test_the_prepared_dictionary_matches_what_jieba_builds_itself(tmp_path: Path, prefix) -> None:
    own = jieba.Tokenizer()
    own.tmp_dir = str(tmp_path)
    own.initialize()
    assert own.FREQ == prefix[0] and own.total == prefix[1]


def test_an_unreadable_bundled_file_falls_back_to_the_user_cache(places, prefix) -> None:
    places["bundled"].parent.mkdir(parents=True)
    places["bundled"].write_bytes(b"not a pickle")
    bundle_files = files_under(places["bundled"].parent)
    tokenizer = resources.configure_jieba(jieba.Tokenizer())
    assert tokenizer.FREQ == prefix[0]
    assert places["user"].is_file()  # built once, saved for the next start
    assert files_under(places["bundled"].parent) == bundle_files  # the bundle stays untouched
    assert resources._read_jieba_cache(places["user"]) == prefix


def test_a_file_from_another_jieba_version_is_not_used(places, prefix, monkeypatch) -> None:
    resources.write_jieba_cache(places["bundled"], ({"假": 1}, 1))
    monkeypatch.setattr(jieba, "__version__", "0.0.1")
    assert resources._read_jieba_cache(places["bundled"]) is None


def test_configure_is_idempotent_and_keeps_an_initialised_tokenizer(places) -> None:
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = {"株洲": 5}, 5, True
    assert resources.configure_jieba(tokenizer) is tokenizer
    assert tokenizer.FREQ == {"株洲": 5}
    assert not files_under(places["root"])


def test_a_custom_dictionary_gets_its_cache_in_the_user_folder(places, tmp_path: Path) -> None:
    words = tmp_path / "words.txt"
    words.write_text("株洲日报 100 n\n阅读器 50 n\n", encoding="utf-8")
    tokenizer = resources.configure_jieba(jieba.Tokenizer(str(words)))
    assert tokenizer.initialized and "株洲日报" in tokenizer.FREQ
    written = files_under(places["root"]) - {words}
    assert [p.parent for p in written] == [places["user"].parent]  # jieba's own cache file


def test_an_uncompressed_file_of_the_older_format_is_rebuilt(places, prefix) -> None:
    import pickle

    places["user"].parent.mkdir(parents=True)
    places["user"].write_bytes(pickle.dumps((1, jieba.__version__, {"旧": 1}, 1)))
    tokenizer = resources.configure_jieba(jieba.Tokenizer())
    assert tokenizer.FREQ == prefix[0]  # not the old file's single word
    assert resources._read_jieba_cache(places["user"]) == prefix  # saved again, compressed
    assert places["user"].stat().st_size < 3 * 2**20


def test_a_planted_pickle_that_would_run_code_is_refused_and_rebuilt(places, prefix, tmp_path) -> None:
    """The per-user cache folder is writable by other programs: its file is data, never code."""
    import pickle
    import zlib

    marker = tmp_path / "ran"

    class Planted:
        def __reduce__(self):
            return (open, (str(marker), "w"))  # what unpickling would call

    places["user"].parent.mkdir(parents=True)
    places["user"].write_bytes(zlib.compress(pickle.dumps((2, jieba.__version__, {"株洲": Planted()}, 1))))
    tokenizer = resources.configure_jieba(jieba.Tokenizer())
    assert not marker.exists()  # nothing ran
    assert tokenizer.FREQ == prefix[0]  # built again from jieba's own dictionary
    assert resources._read_jieba_cache(places["user"]) == prefix  # and saved over the planted file


def test_jieba_is_imported_without_pkg_resources():
    """jieba falls back to open() for its data files; setuptools' pkg_resources
    (most of jieba's import time) is neither imported nor left blocked."""
    code = (
        "import sys\n"
        "from zzreader.resources import import_jieba\n"
        "jieba = import_jieba()\n"
        "assert 'pkg_resources' not in sys.modules, 'pkg_resources imported or left blocked'\n"
        "with jieba.get_dict_file() as f:\n"
        "    assert f.readline().split()[0]\n"
        "print('/'.join(jieba.Tokenizer().cut('株洲日报社记者走进炎陵县', HMM=False)))\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8",
                         cwd=root, check=True).stdout.strip()
    words = out.split("/")
    assert "".join(words) == "株洲日报社记者走进炎陵县" and len(words) > 2, out
