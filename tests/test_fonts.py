"""Which faces of a font profile this machine has (app/core/fonts.py): a face is installed
when a font file names it; a fontconfig alias (tests/data/fonts.conf maps the official
names to free stand-ins) is not."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest
from conftest import REPO
from font_files import base_font, renamed_font

from app.core import fonts
from app.core.fonts import InstalledFonts

STANDINS = REPO / "tests" / "data" / "fonts.conf"
needs_fc_list = pytest.mark.skipif(shutil.which("fc-list") is None, reason="no fc-list")
BASE = base_font()
needs_base_font = pytest.mark.skipif(BASE is None, reason="no font file to rename")


def _conf(tmp_path: Path, font_dir: Path, include: Path | None = None) -> Path:
    conf = tmp_path / "fonts.conf"
    included = f'<include ignore_missing="yes">{include}</include>' if include else ""
    conf.write_text(
        '<?xml version="1.0"?><fontconfig>'
        f"{included}<dir>{font_dir}</dir><cachedir>{tmp_path / 'cache'}</cachedir>"
        "</fontconfig>",
        encoding="utf-8",
    )
    return conf


@needs_fc_list
def test_with_the_stand_in_aliases_the_official_faces_are_missing(monkeypatch) -> None:
    monkeypatch.setenv("FONTCONFIG_FILE", str(STANDINS))
    installed = fonts.fc_list_fonts()
    assert installed is not None
    if not installed.has("FandolFang"):
        pytest.skip("the Fandol stand-ins are not installed (.ci/run installs them)")
    # fontconfig would render 仿宋_GB2312 in FandolFang, but Word needs the face itself.
    assert not installed.has("仿宋_GB2312")
    assert fonts.missing_faces(installed, "official") == (
        "方正小标宋简体",
        "楷体_GB2312",
        "仿宋_GB2312",
        "黑体",
        "宋体",
    )
    assert fonts.printable_profile(installed) is None


@needs_fc_list
@needs_base_font
def test_a_face_installed_as_a_file_is_present_beside_the_aliases(tmp_path, monkeypatch) -> None:
    assert BASE is not None
    folder = tmp_path / "fonts"
    folder.mkdir()
    renamed_font(BASE, folder / "simhei.ttf", "黑体", "SimHei")
    monkeypatch.setenv("FONTCONFIG_FILE", str(_conf(tmp_path, folder, include=STANDINS)))
    installed = fonts.fc_list_fonts()
    assert installed is not None and installed.source == fonts.FontSource.FC_LIST
    assert installed.has("黑体") and installed.has("SimHei")
    missing = fonts.missing_faces(installed, "official")
    assert "黑体" not in missing and "仿宋_GB2312" in missing


@needs_base_font
def test_the_files_scan_reads_chinese_and_english_family_names(tmp_path) -> None:
    assert BASE is not None
    renamed_font(BASE, tmp_path / "fs.ttf", "仿宋_GB2312", "FangSong_GB2312")
    (tmp_path / "sub").mkdir()
    renamed_font(BASE, tmp_path / "sub" / "kt.TTF", "楷体_GB2312", "KaiTi_GB2312")
    installed = fonts.scan_font_files([tmp_path])
    assert installed.complete
    assert installed.has("仿宋_GB2312") and installed.has("fangsong_gb2312")
    assert installed.has("楷体_GB2312")
    assert not installed.has("黑体")


@needs_base_font
def test_an_english_name_alone_counts_for_the_face(tmp_path) -> None:
    # Word records the English name as w:altName and finds the face by it too.
    assert BASE is not None
    renamed_font(BASE, tmp_path / "f.ttf", "FangSong", "FangSong")
    assert fonts.scan_font_files([tmp_path]).has("仿宋")


@needs_base_font
def test_a_font_collection_lists_every_face(tmp_path) -> None:
    assert BASE is not None
    one = renamed_font(BASE, tmp_path / "a.ttf", "仿宋", "FangSong").read_bytes()
    two = renamed_font(BASE, tmp_path / "b.ttf", "楷体", "KaiTi").read_bytes()
    (tmp_path / "a.ttf").unlink()
    (tmp_path / "b.ttf").unlink()
    header = 12 + 8
    collection = struct.pack(">4sIIII", b"ttcf", 0x00010000, 2, header, header + len(one))
    # Table offsets in a collection count from the file's start: shift each font's.
    data = collection + _shifted(one, header) + _shifted(two, header + len(one))
    (tmp_path / "both.ttc").write_bytes(data)
    assert fonts.family_names(tmp_path / "both.ttc") >= {"仿宋", "楷体", "FangSong", "KaiTi"}


def _shifted(font: bytes, by: int) -> bytes:
    count = struct.unpack_from(">H", font, 4)[0]
    out = bytearray(font)
    for i in range(count):
        at = 12 + 16 * i + 8
        struct.pack_into(">I", out, at, struct.unpack_from(">I", font, at)[0] + by)
    return bytes(out)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not a font at all",
        b"\x00\x01\x00\x00\x00\x05",  # truncated directory
        b"ttcf\x00\x01\x00\x00\xff\xff\xff\xff",  # a collection claiming 4 billion fonts
        b"\x00\x01\x00\x00\xff\xff" + b"\x00" * 6,  # 65535 tables
        # a name table claiming 4 GB
        b"\x00\x01\x00\x00\x00\x01"
        + b"\x00" * 6
        + b"name"
        + b"\x00" * 4
        + struct.pack(">II", 28, 0xFFFFFFFF),
    ],
)
def test_damaged_or_hostile_files_name_nothing(tmp_path, content: bytes) -> None:
    path = tmp_path / "bad.ttf"
    path.write_bytes(content)
    assert fonts.family_names(path) == set()


def test_the_scan_stops_at_its_limits_and_says_so(tmp_path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.ttf").write_bytes(b"x")
    assert not fonts.scan_font_files([tmp_path], max_files=2).complete
    assert not fonts.scan_font_files([tmp_path], seconds=-1).complete
    assert fonts.scan_font_files([tmp_path]).complete
    assert fonts.scan_font_files([tmp_path / "missing"]).complete


def test_windows_font_folders_include_the_per_user_folder() -> None:
    env = {"WINDIR": r"C:\Windows", "LOCALAPPDATA": r"C:\Users\王\AppData\Local"}
    dirs = [str(d) for d in fonts.font_dirs(env, "win32")]
    assert dirs[0].endswith("Fonts") and dirs[0].startswith("C:")
    assert "Microsoft" in dirs[1] and dirs[1].endswith("Fonts")


def test_linux_font_folders() -> None:
    dirs = fonts.font_dirs({"HOME": "/home/wang"}, "linux")
    assert Path("/home/wang/.fonts") in dirs and Path("/usr/share/fonts") in dirs
    assert Path("/usr/local/share/fonts") in dirs


def test_profiles_their_faces_and_the_one_the_machine_can_print() -> None:
    assert fonts.profile_faces("windows") == ("宋体", "楷体", "仿宋", "黑体")
    assert fonts.profile_faces("windows", "times")[-1] == "Times New Roman"
    windows_pc = InstalledFonts.of(["SimSun", "KaiTi", "FangSong", "SimHei", "Arial"])
    assert fonts.missing_faces(windows_pc, "official") == (
        "方正小标宋简体",
        "楷体_GB2312",
        "仿宋_GB2312",
    )
    assert fonts.printable_profile(windows_pc) == "windows"
    assert fonts.printable_profile(windows_pc, "times") is None
    office_pc = InstalledFonts.of(
        ["方正小标宋简体", "楷体_GB2312", "仿宋_GB2312", "黑体", "宋体", "楷体", "仿宋"]
    )
    assert fonts.printable_profile(office_pc) == "official"
