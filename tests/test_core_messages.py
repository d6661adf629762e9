"""Core messages reach the translation file and the English interface shows them in English.

`test_every_core_template_has_english` passes once the context "core" of
resources/translations/zongjie_en.ts has English for every template (`python -m
app.i18n_extract`, pyside6-lupdate, fill in, pyside6-lrelease).
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.core import paths
from app.core.errors import DamagedJsonError, PermissionDeniedError
from app.core.i18n import N_
from app.core.place import Place, place_label
from app.gui.core_text import tr_core
from app.gui.main import install_translators, remove_translators
from app.i18n_extract import MODULE, core_translations, extract, merge_ts, module_text

TS = paths.resources_dir() / "translations" / "zongjie_en.ts"


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    install_translators(QApplication.instance(), "en")
    yield
    remove_translators(QApplication.instance())


def test_every_core_template_is_a_literal() -> None:
    found = extract()
    assert found.not_literal == [], "N_ needs a literal template (app/core/i18n.py)"
    assert (
        "“{name}”正在被另一个窗口编辑（{owner}）。为避免互相覆盖，请在那个窗口中继续编辑，或先关闭它。"
        in (found.templates)
    ), "adjacent literals are one template"


def test_the_list_lupdate_reads_is_current() -> None:
    assert MODULE.read_text("utf-8") == module_text(extract().templates), (
        "run: python -m app.i18n_extract, then pyside6-lupdate (README, Development)"
    )


def test_every_core_template_has_english() -> None:
    translations = core_translations(TS)
    missing = [t for t in extract().templates if not translations.get(t, ("", False))[1]]
    assert not missing, f"fill in English in the context core of {TS.name}: {missing}"


def test_merging_adds_unfinished_entries_and_leaves_other_contexts_alone(tmp_path: Path) -> None:
    ts = tmp_path / "zongjie_en.ts"
    shutil.copy(TS, ts)
    templates = extract().templates
    merge_ts(templates, ts)  # up to date first (new templates of the day come in unfinished)
    core_before, others_before = core_translations(ts), _other_contexts(ts)
    assert (
        core_before.items()
        >= {k: v for k, v in core_translations(TS).items() if k in templates}.items()
    )
    added, dropped = merge_ts([*templates, "新的消息{x}"], ts)
    assert (added, dropped) == (1, 0)
    assert core_translations(ts)["新的消息{x}"] == ("", False)
    assert _other_contexts(ts) == others_before
    added, dropped = merge_ts(templates, ts)
    assert (added, dropped) == (0, 1)
    assert core_translations(ts) == core_before


def _other_contexts(ts: Path) -> list[bytes]:
    root = ET.parse(ts).getroot()
    return [ET.tostring(c) for c in root.iter("context") if c.findtext("name") != "core"]


def test_a_damaged_draft_message_reads_in_english(english: None, tmp_path: Path) -> None:
    error = DamagedJsonError(tmp_path / "总结.json", 3, 7, backup=tmp_path / "总结.json.bak")
    assert error.message.startswith("“总结.json”已损坏：第 3 行第 7 列")  # the CLI's Chinese
    shown = tr_core(error.message)
    assert shown.startswith("“总结.json” is damaged: the content near line 3, column 7")
    assert "You can open the backup “总结.json.bak”" in shown  # the nested advice too
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in shown.replace("总结", ""))


def test_nested_reasons_and_labels_read_in_english(english: None, tmp_path: Path) -> None:
    (tmp_path / "a.docx").write_bytes(b"")
    denied = PermissionDeniedError(tmp_path / "a.docx", writing=True)
    assert tr_core(denied.message).startswith(f"No permission to save to “{tmp_path / 'a.docx'}”")
    assert "close it there and try again; otherwise choose another folder" in tr_core(
        denied.message
    )
    assert tr_core(place_label(Place.META_AUTHOR)) == "Issuing authority"
    assert tr_core(place_label(Place.META_ATTACHMENTS, 1)) == "Attachment 2"


def test_without_the_english_translator_the_chinese_stays(tmp_path: Path) -> None:
    error = DamagedJsonError(tmp_path / "总结.json", 3, 7)
    assert tr_core(error.message) == error.message
    assert tr_core("文件名.json") == "文件名.json"  # a plain string is shown as it is
    assert tr_core(N_("未翻译的{x}", x="消息")) == "未翻译的消息"


def test_the_tool_names_a_template_made_at_run_time(tmp_path: Path) -> None:
    package = tmp_path / "app" / "core"
    package.mkdir(parents=True)
    (package / "x.py").write_text(
        "from app.core.i18n import N_\n"
        "A = N_('第一' '部分{n}', n=1)\n"
        "B = N_(f'{A}')\n"
        "C = N_('第一部分{n}', n=2)\n",
        "utf-8",
    )
    found = extract(tmp_path / "app")
    assert found.templates == ["第一部分{n}"]
    assert found.not_literal == ["app/core/x.py:3"]
