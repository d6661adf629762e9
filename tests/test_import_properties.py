"""Property: whatever the text, the import never fails and never loses a character.

Every kept line ends up somewhere in the draft: as the title, a subtitle, a heading (its
marker and a closing 。 are the only things removed), a paragraph, or the closing block.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.draftfile import dumps, loads
from app.core.importer import LineRole, analyse_text, build_draft
from app.core.importer.markers import KEPT_MARKER_KINDS

LINES = [
    "2023年度工作总结",
    "关于进一步加强全市",
    "安全生产工作的意见",
    "国 家 粮 食 局",
    "——在全市工作会议上的讲话",
    "（2024年1月5日）",
    "各位领导、同志们：",
    "今年以来，我局认真贯彻落实上级决策部署，各项工作取得明显成效。",
    "一、主要工作",
    "二、存在问题。",
    "（一）加强组织领导。成立工作专班，统筹推进。",
    "（二）强化督促检查",
    "1.完善制度。制定管理办法3项。",
    "2、健全机制",
    "（1）开展培训；",
    "（2）组织考核。",
    "一是抓学习。全年组织学习24次。",
    "二是抓落实：建立台账，逐项销号。",
    "一是加强学习；二是改进作风；三是狠抓落实。",
    "第一，提高认识。",
    "第二部分　下一步打算",
    "主要做法",
    "附件：1.工作台账",
    "2.责任清单",
    "××市××局",
    "述职人：张三",
    "二〇二四年一月十日",
    "2024年1月10日",
    "来源：市政府网站  发布时间：2024-01-10",
    "【大 中 小】 打印本页 关闭窗口",
    "免费QQ群：123456",
    "目  录",
    "一、主要工作……………3",
    "**一是加强领导。**成立专班。",
    "## 二、工作打算",
    # patterns of realistic documents (tests/test_import_realworld.py)
    "— 3 —",
    "-4-",
    "---",
    "|---|---|",
    "××县人民政府文件",
    "第一章　总体要求",
    "第二节　主要目标",
    "一、指导思想　以习近平新时代中国特色社会主义思想为指导，统筹发展和安全。",
    "一、二季度，全市规上工业增加值同比增长6.2%。",
    "3、4月份，工业用电量保持增长。",
    "的通知",
    "附件",
    "相关链接：",
    "往期推荐",
    "当然可以！下面是一份工作总结：",
    "一、聚焦项目建设，增强发展后劲，全力推动经济高质量发展取",
    "得新突破",
    "2.1 健全安全生产责任体系",
    "1 工作目标",
    "3 家企业完成技术改造。",
    "◆ 强化党建引领",
    "",
    "",
]

line_strategy = st.one_of(
    st.sampled_from(LINES),
    st.text(
        alphabet=st.sampled_from("一二三是、。，；：（）()1.2 年月日总结工作加强\u3000#*-—"),
        max_size=30,
    ),
)


def _squash(text: str) -> str:
    return re.sub(r"[\s。.：:*#\-]", "", text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(line_strategy, max_size=40))
def test_import_keeps_every_character(lines: list[str]) -> None:
    result = analyse_text("\n".join(lines))
    draft = build_draft(result.lines, keep_noise=True)
    parts = [draft, *draft.appendices]  # the body and each attached document (附件1 …)
    paragraphs = [p.text for part in parts for p in part.intro]
    paragraphs += [p.text for part in parts for s in part.walk() for p in s.body]
    headings = [s.heading for part in parts for s in part.walk()]
    for line in result.lines:
        if line.is_blank:
            continue
        role = line.role
        if role in (LineRole.BODY, LineRole.NOISE):
            assert line.text in paragraphs
        elif role == LineRole.HEADING:
            assert line.heading in headings
            marker = "" if line.kind in KEPT_MARKER_KINDS else line.marker
            assert _squash(marker + line.heading + line.run_in_body) == _squash(line.text)
            if line.run_in_body:
                assert line.run_in_body in paragraphs
        elif role == LineRole.TITLE:
            assert _squash(line.text) in _squash(draft.meta.title)
        elif role == LineRole.SUBTITLE:
            assert line.text in draft.meta.subtitle.split("\n")
        elif role == LineRole.AUTHOR:
            assert line.text in draft.meta.author.split("\n")
        elif role == LineRole.DATE:
            assert draft.meta.date == line.heading
        elif role == LineRole.ATTACHMENT:
            assert draft.meta.attachments
        elif role == LineRole.APPENDIX_TITLE:
            assert any(_squash(line.text) in _squash(a.title) for a in draft.appendices)
    # whatever came out can be saved and loaded
    assert loads(dumps(draft), Path("草稿.json")) == draft


ROLE_CHOICES = [
    (LineRole.TITLE, 0),
    (LineRole.SUBTITLE, 0),
    (LineRole.HEADING, 0),
    (LineRole.HEADING, 1),
    (LineRole.HEADING, 3),
    (LineRole.BODY, 0),
    (LineRole.AUTHOR, 0),
    (LineRole.DATE, 0),
    (LineRole.ATTACHMENT, 0),
    (LineRole.NOISE, 0),
]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.sampled_from(ROLE_CHOICES)), max_size=25))
def test_any_role_changes_in_the_preview_build_a_valid_draft(changes: list) -> None:
    from test_import_structure import ANNUAL

    from app.core.importer import change_role

    result = analyse_text(ANNUAL)
    lines = [line for line in result.lines if not line.is_blank]
    for index, (role, level) in changes:
        change_role(lines[index % len(lines)], role, level)
    draft = build_draft(result.lines)
    assert loads(dumps(draft), Path("草稿.json")) == draft
    # one section per kept heading line, in the preview's order
    headings = [line for line in lines if line.role == LineRole.HEADING and line.keep]
    assert [s.heading for s in draft.walk()] == [line.heading or line.text for line in headings]
