"""Which typefaces this machine has installed, and which font profile it can print.

"Installed" means a font file whose own name table names the face: what Word (or WPS) on
the machine looks the .docx's w:eastAsia name up by. A fontconfig alias (仿宋_GB2312 →
FandolFang, as tests/data/fonts.conf maps the stand-ins) is not an installed face: it
prints the text in another face, and no alias exists in Word on Windows.

Read here, in the core, from the font files themselves, so that the command line
(`export --strict`) and the export dialog give the same answer, and so that both the
Chinese and the English family names count whatever the interface language (Qt's
QFontDatabase lists the names of one language only, and needs a GUI).

- Windows: the font files in %WINDIR%\\Fonts and the per-user fonts folder.
- Linux and others: `fc-list` when present (fontconfig's list of files and their names,
  aliases not included); else the font files in ~/.fonts, ~/.local/share/fonts,
  /usr/share/fonts and /usr/local/share/fonts (macOS: its three Fonts folders).

Every file is read only as far as its table directory and `name` table, each bounded;
the scan stops at a file count and a time limit and then says it is incomplete.
"""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from app.core import layout
from app.core.limits import (
    FC_LIST_SECONDS,
    FONT_COLLECTION_MAX_FACES,
    FONT_MAX_TABLES,
    FONT_NAME_TABLE_MAX_BYTES,
    FONT_SCAN_MAX_FILES,
    FONT_SCAN_SECONDS,
)

FONT_SUFFIXES = frozenset({".ttf", ".otf", ".ttc", ".otc"})

# Name IDs of the family (1) and the typographic family (16): what applications list.
_FAMILY_IDS = frozenset({1, 16})


class FontSource(StrEnum):
    FC_LIST = "fc-list"
    FILES = "files"


@dataclass(frozen=True, slots=True)
class InstalledFonts:
    """The family names installed on the machine (case-folded), and whether the scan saw
    everything (False: it stopped at a limit, so a face not seen may still be there)."""

    families: frozenset[str]
    complete: bool = True
    source: FontSource = FontSource.FILES

    @classmethod
    def of(cls, names: Iterable[str], complete: bool = True) -> InstalledFonts:
        return cls(frozenset(n.strip().casefold() for n in names if n.strip()), complete)

    def has(self, face: str) -> bool:
        """The face is installed, by its own name or the English name Word records for it
        (w:altName: layout.FONT_ALT_NAMES)."""
        alt = layout.FONT_ALT_NAMES.get(face, ("", ""))[0]
        return face.casefold() in self.families or bool(alt and alt.casefold() in self.families)


# -- profiles -------------------------------------------------------------------------------


def profile_faces(profile: str, latin: str = "body") -> tuple[str, ...]:
    """The faces a font profile prints with, each once, in the order the document uses
    them (title, subtitle, body, headings, page number; Times New Roman for `latin`
    "times")."""
    p = layout.FONT_PROFILES[profile]
    faces = [p.title, p.subtitle, p.body, *p.levels, p.page_number]
    if latin == "times":
        faces.append(layout.TIMES_NEW_ROMAN)
    return tuple(dict.fromkeys(faces))


def missing_faces(installed: InstalledFonts, profile: str, latin: str = "body") -> tuple[str, ...]:
    """The faces of the profile this machine does not have."""
    return tuple(face for face in profile_faces(profile, latin) if not installed.has(face))


def printable_profile(installed: InstalledFonts, latin: str = "body") -> str | None:
    """The first profile (official first) whose every face is installed, or None."""
    for name in layout.FONT_PROFILES:
        if not missing_faces(installed, name, latin):
            return name
    return None


# -- what is installed ------------------------------------------------------------------------

_cached: InstalledFonts | None = None


def installed_fonts(refresh: bool = False) -> InstalledFonts:
    """The fonts of this machine, scanned once per process (again with `refresh`)."""
    global _cached
    if _cached is None or refresh:
        listed = None if sys.platform == "win32" else fc_list_fonts()
        _cached = listed if listed is not None else scan_font_files(font_dirs())
    return _cached


def font_dirs(env: Mapping[str, str] | None = None, platform: str | None = None) -> list[Path]:
    """The folders fonts are installed in on this kind of system."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    home = Path(env.get("HOME") or env.get("USERPROFILE") or Path.home())
    if platform == "win32":
        windir = env.get("WINDIR") or env.get("SystemRoot") or r"C:\Windows"
        local = env.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return [Path(windir) / "Fonts", Path(local) / "Microsoft" / "Windows" / "Fonts"]
    if platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library" / "Fonts"]
    data = Path(env.get("XDG_DATA_HOME") or home / ".local" / "share")
    return [
        home / ".fonts",
        data / "fonts",
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
    ]


def fc_list_fonts() -> InstalledFonts | None:
    """The families fontconfig lists (its files, not its aliases); None without fc-list."""
    try:
        done = subprocess.run(
            ["fc-list", "--format", "%{family}\n"],
            capture_output=True,
            timeout=FC_LIST_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    names: list[str] = []
    for line in done.stdout.decode("utf-8", "replace").splitlines():
        names.extend(n.replace("\\,", ",") for n in re.split(r"(?<!\\),", line))
    found = InstalledFonts.of(names)
    return InstalledFonts(found.families, True, FontSource.FC_LIST)


def scan_font_files(
    dirs: Iterable[Path],
    *,
    seconds: float = FONT_SCAN_SECONDS,
    max_files: int = FONT_SCAN_MAX_FILES,
) -> InstalledFonts:
    """The families named by the font files under `dirs`, within the limits."""
    deadline = time.monotonic() + seconds
    names: set[str] = set()
    complete = True
    for count, path in enumerate(_font_files(dirs)):
        if count >= max_files or time.monotonic() > deadline:
            complete = False
            break
        names |= family_names(path)
    return InstalledFonts.of(names, complete)


def _font_files(dirs: Iterable[Path]) -> Iterator[Path]:
    for folder in dirs:
        try:
            for root, _subdirs, files in os.walk(folder):
                for name in files:
                    if Path(name).suffix.lower() in FONT_SUFFIXES:
                        yield Path(root) / name
        except OSError:
            continue


def family_names(path: Path) -> set[str]:
    """The family names (every language) in a font file; empty when it is not a font or
    is damaged or over a limit (a font the app cannot read is one Word cannot use)."""
    try:
        with path.open("rb") as file:
            tag = file.read(4)
            if tag in (b"ttcf",):
                _version, count = struct.unpack(">II", _read(file, 8))
                if count > FONT_COLLECTION_MAX_FACES:
                    return set()
                offsets = struct.unpack(f">{count}I", _read(file, 4 * count))
            else:
                offsets = (0,)
            names: set[str] = set()
            for offset in offsets:
                names |= _face_names(file, offset)
            return names
    except (OSError, ValueError, struct.error):
        return set()


def _read(file: BinaryIO, size: int) -> bytes:
    data = file.read(size)
    if len(data) != size:
        raise ValueError("truncated font file")
    return data


def _face_names(file: BinaryIO, offset: int) -> set[str]:
    file.seek(offset)
    tag, tables = struct.unpack(">4sH", _read(file, 6))
    if tag not in (b"\x00\x01\x00\x00", b"OTTO", b"true") or tables > FONT_MAX_TABLES:
        return set()
    file.seek(offset + 12)
    directory = _read(file, 16 * tables)
    for i in range(tables):
        name, _checksum, start, length = struct.unpack_from(">4sIII", directory, 16 * i)
        if name == b"name":
            if length > FONT_NAME_TABLE_MAX_BYTES:
                return set()
            file.seek(start)
            return parse_name_table(_read(file, length))
    return set()


def parse_name_table(data: bytes) -> set[str]:
    """The family names in an OpenType `name` table (Windows, Unicode and Mac records)."""
    _format, count, strings = struct.unpack_from(">HHH", data, 0)
    names = set()
    for i in range(count):
        platform, encoding, _language, name_id, length, offset = struct.unpack_from(
            ">HHHHHH", data, 6 + 12 * i
        )
        if name_id not in _FAMILY_IDS:
            continue
        raw = data[strings + offset : strings + offset + length]
        text = _decode(raw, platform, encoding)
        if text:
            names.add(text.strip("\x00 "))
    return names


# Old Chinese fonts store GBK or Big5 bytes in 16-bit units on the Windows platform.
_WINDOWS_LEGACY = {3: "gbk", 4: "big5"}
_MAC = {0: "mac_roman", 25: "gb2312", 2: "big5"}


def _decode(raw: bytes, platform: int, encoding: int) -> str:
    try:
        if platform == 0 or (platform == 3 and encoding in (0, 1, 10)):
            return raw.decode("utf-16-be")
        if platform == 3 and encoding in _WINDOWS_LEGACY:
            units = struct.unpack(f">{len(raw) // 2}H", raw[: len(raw) // 2 * 2])
            packed = b"".join(bytes([u]) if u < 0x100 else u.to_bytes(2, "big") for u in units if u)
            return packed.decode(_WINDOWS_LEGACY[encoding])
        if platform == 1 and encoding in _MAC:
            return raw.decode(_MAC[encoding])
    except (UnicodeDecodeError, struct.error):
        return ""
    return ""
