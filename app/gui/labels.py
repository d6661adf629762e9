"""Labels app/core defines in Chinese, translated here at the GUI layer.

app/core has no Qt, so its numbering-style labels (numbering.STYLE_LABELS), check rule
titles (checks.RULES) and severity names (checks.SEVERITY_LABELS) are plain Chinese
strings. The literal lists below exist for lupdate (QT_TRANSLATE_NOOP marks them for
the .ts file); at run time the core's own text is looked up in the same context, so
the English interface shows English. A label the core adds later and that is missing
here shows in Chinese until it is added (tests/test_main_window.py warns about rule
titles and fails on numbering styles and severities). Titles no longer used may stay.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.numbering import STYLE_LABELS, NumberStyle

STYLE_CONTEXT = "NumberStyle"
RULE_CONTEXT = "CheckRule"
SEVERITY_CONTEXT = "Severity"

STYLE_SOURCES = (
    QT_TRANSLATE_NOOP("NumberStyle", "一、二、三、"),
    QT_TRANSLATE_NOOP("NumberStyle", "（一）（二）（三）"),
    QT_TRANSLATE_NOOP("NumberStyle", "1. 2. 3."),
    QT_TRANSLATE_NOOP("NumberStyle", "（1）（2）（3）"),
    QT_TRANSLATE_NOOP("NumberStyle", "一是 二是 三是"),
    QT_TRANSLATE_NOOP("NumberStyle", "第一，第二，"),
    QT_TRANSLATE_NOOP("NumberStyle", "不编号"),
)

RULE_SOURCES = (
    QT_TRANSLATE_NOOP("CheckRule", "成文日期格式"),
    QT_TRANSLATE_NOOP("CheckRule", "日期中多余的“0”"),
    QT_TRANSLATE_NOOP("CheckRule", "标题中手工输入的编号"),
    QT_TRANSLATE_NOOP("CheckRule", "序号格式不规范"),
    QT_TRANSLATE_NOOP("CheckRule", "“一是、二是”序号不连续"),
    QT_TRANSLATE_NOOP("CheckRule", "未填写的占位符"),
    QT_TRANSLATE_NOOP("CheckRule", "半角标点"),
    QT_TRANSLATE_NOOP("CheckRule", "引号括号不成对"),
    QT_TRANSLATE_NOOP("CheckRule", "标点重复"),
    QT_TRANSLATE_NOOP("CheckRule", "省略号不规范"),
    QT_TRANSLATE_NOOP("CheckRule", "破折号不规范"),
    QT_TRANSLATE_NOOP("CheckRule", "破折号、连接号不规范"),
    QT_TRANSLATE_NOOP("CheckRule", "全角数字"),
    QT_TRANSLATE_NOOP("CheckRule", "多余的“**”加粗符号"),
    QT_TRANSLATE_NOOP("CheckRule", "重复的字"),
    QT_TRANSLATE_NOOP("CheckRule", "重复的词"),
    QT_TRANSLATE_NOOP("CheckRule", "多余空格"),
    QT_TRANSLATE_NOOP("CheckRule", "首尾空格"),
    QT_TRANSLATE_NOOP("CheckRule", "空段落"),
    QT_TRANSLATE_NOOP("CheckRule", "超出字数上限"),
    QT_TRANSLATE_NOOP("CheckRule", "空标题"),
    QT_TRANSLATE_NOOP("CheckRule", "标题末尾的标点"),
)

SEVERITY_SOURCES = (
    QT_TRANSLATE_NOOP("Severity", "错误"),
    QT_TRANSLATE_NOOP("Severity", "警告"),
    QT_TRANSLATE_NOOP("Severity", "提示"),
)


def style_label(style: NumberStyle | str) -> str:
    """ "一是 二是 三是" in the interface language."""
    return QCoreApplication.translate(STYLE_CONTEXT, STYLE_LABELS[NumberStyle(style)])


def rule_title(title: str) -> str:
    """A check rule's title (checks.RULES[rule].title) in the interface language."""
    return QCoreApplication.translate(RULE_CONTEXT, title)


def severity_label(label: str) -> str:
    """错误 / 警告 / 提示 (checks.SEVERITY_LABELS values) in the interface language."""
    return QCoreApplication.translate(SEVERITY_CONTEXT, label)
