"""A generated many-page draft for the export tests: all four heading levels, run-in
items, formatted runs, a two-line title, a subtitle, intro, two 附件 and 署名/日期.

Deterministic (a fixed pseudo-random sequence), so renderings compare run to run.
"""

from __future__ import annotations

from app.core.model import Draft, Meta, Paragraph, Run, Section

_PHRASES = (
    "坚持以习近平新时代中国特色社会主义思想为指导",
    "全面落实党风廉政建设主体责任",
    "扎实推进各项重点工作任务",
    "深入开展调查研究",
    "健全完善工作制度机制",
    "切实加强干部队伍建设",
    "持续优化营商环境",
    "着力提升服务保障水平",
    "统筹推进疫情防控和经济社会发展",
    "认真落实意识形态工作责任制",
    "全年累计开展专题培训12期",
    "组织督导检查36次",
    "推动各项政策措施落地见效",
    "进一步压实工作责任",
    "确保各项任务按期完成",
)


class _Sequence:
    """A tiny linear congruential generator: same numbers on every platform and run."""

    def __init__(self, seed: int) -> None:
        self.state = seed

    def next(self, bound: int) -> int:
        self.state = (self.state * 1103515245 + 12345) % (2**31)
        return self.state % bound


def _sentence(seq: _Sequence) -> str:
    parts = [_PHRASES[seq.next(len(_PHRASES))] for _ in range(2 + seq.next(3))]
    return "，".join(parts) + "。"


def _paragraph(seq: _Sequence, sentences: int) -> Paragraph:
    return Paragraph.plain("".join(_sentence(seq) for _ in range(sentences)))


def generated_draft(level1_count: int = 3) -> Draft:
    """About 6 pages per level-1 section (3 sections: ~18 pages)."""
    seq = _Sequence(20240101)
    sections = []
    for i in range(level1_count):
        level2 = []
        for j in range(2):
            level3 = []
            for k in range(2):
                level4 = [
                    Section(
                        heading=f"第四层标题{i + 1}{j + 1}{k + 1}{m + 1}", body=[_paragraph(seq, 3)]
                    )
                    for m in range(2)
                ]
                level3.append(
                    Section(
                        heading=f"第三层标题{k + 1}",
                        body=[_paragraph(seq, 4), _paragraph(seq, 2)],
                        children=level4,
                    )
                )
            # Run-in items: heading and first paragraph in one printed paragraph.
            level3.append(Section(heading="强化责任落实", body=[_paragraph(seq, 3)], run_in=True))
            level3.append(Section(heading="狠抓督促检查！", body=[_paragraph(seq, 2)], run_in=True))
            level2.append(
                Section(heading=f"第二层标题{j + 1}", body=[_paragraph(seq, 3)], children=level3)
            )
        sections.append(
            Section(heading=f"第一层标题{i + 1}", body=[_paragraph(seq, 2)], children=level2)
        )
    formatted = Paragraph(
        [
            Run("这一段含有"),
            Run("加粗文字", bold=True),
            Run("、"),
            Run("倾斜文字", italic=True),
            Run("和"),
            Run("下划线文字", underline=True),
            Run("，以及特殊字符 A&B <c> “引号”。"),
        ]
    )
    return Draft(
        meta=Meta(
            title="关于2024年度党建工作\n和业务工作情况的总结",
            subtitle="——在全局年度工作会议上的报告",
            author="××市××局",
            date="2024年01月05日",
            attachments=["2024年度重点工作任务完成情况统计表", "2025年度工作计划"],
        ),
        intro=[_paragraph(seq, 4), formatted],
        sections=sections,
    )
