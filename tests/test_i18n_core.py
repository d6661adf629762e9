"""Core messages marked with N_: Chinese as before, translatable by the GUI."""

from __future__ import annotations

import pickle

from app.core.i18n import N_, Text, plain

ENGLISH = {
    "“{name}”已损坏：第 {line} 行。": "“{name}” is damaged: line {line}.",
    "请打开备份“{backup}”。": "Open the backup “{backup}”.",
    "备份": "backup",
    "找不到{what}。": "{what} not found.",
}


def english(template: str) -> str:
    return ENGLISH.get(template, "")


def test_reads_as_the_chinese_it_always_was() -> None:
    text = N_("“{name}”已损坏：第 {line} 行。", name="a.json", line=3)
    assert text == "“a.json”已损坏：第 3 行。"
    assert isinstance(text, str) and isinstance(text, Text)
    assert f"{text}" == "“a.json”已损坏：第 3 行。"


def test_translates_each_piece_of_a_joined_message() -> None:
    text = N_("“{name}”已损坏：第 {line} 行。", name="a.json", line=3) + N_(
        "请打开备份“{backup}”。", backup="a.json.bak"
    )
    assert text == "“a.json”已损坏：第 3 行。请打开备份“a.json.bak”。"
    assert text.translated(english) == "“a.json” is damaged: line 3.Open the backup “a.json.bak”."


def test_plain_strings_and_nested_fields() -> None:
    text = "前缀：" + N_("找不到{what}。", what=N_("备份"))
    assert text == "前缀：找不到备份。"
    assert isinstance(text, Text)
    assert text.translated(english) == "前缀：backup not found."
    assert (N_("备份") + plain("!")).translated(english) == "backup!"


def test_missing_or_broken_translation_falls_back_to_the_source() -> None:
    assert N_("未翻译的消息").translated(english) == "未翻译的消息"
    broken = {"找不到{what}。": "{nothing} missing"}
    text = N_("找不到{what}。", what="x")
    assert text.translated(lambda t: broken.get(t, "")) == "找不到x。"


def test_survives_pickling_for_worker_processes() -> None:
    text = N_("找不到{what}。", what=N_("备份"))
    back = pickle.loads(pickle.dumps(text))
    assert back == text and back.translated(english) == "backup not found."
