"""Property: a draft printed as text (its derived numbers in front of the headings, as the
export prints them) imports back to the same tree with the same printed numbers, and with
no warning: nothing was renumbered."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.importer import analyse_text
from app.core.model import Draft, Meta, Paragraph, Section
from app.core.numbering import NumberStyle

HEADINGS = [
    "强化理论武装",
    "压实工作责任",
    "推进项目建设",
    "优化营商环境",
    "保障改善民生",
    "加强队伍建设",
    "深化改革创新",
    "守牢安全底线",
    "提升服务质效",
    "完善制度机制",
    "抓好招商引资",
    "推动乡村振兴",
    "加快数字转型",
    "做好统筹协调",
    "严格督查考核",
    "健全监管体系",
]
SENTENCES = [
    "全年组织集中学习24次，开展专题研讨6次。",
    "新开工项目56个，完成投资87亿元，同比增长9.2%。",
    "城镇新增就业3200人，新建改扩建学校6所。",
    "排查整改各类隐患1200余处，全年未发生较大以上事故。",
    "制定完善制度12项，形成用制度管权管事管人的长效机制。",
]
NUMBERINGS = [
    [NumberStyle.CN_DUN, NumberStyle.CN_PAREN, NumberStyle.NUM_DOT, NumberStyle.NUM_PAREN],
    [NumberStyle.CN_DUN, NumberStyle.CN_SHI, NumberStyle.NUM_DOT, NumberStyle.NUM_PAREN],
    [NumberStyle.CN_DUN, NumberStyle.CN_PAREN, NumberStyle.CN_SHI, NumberStyle.NUM_PAREN],
]


@st.composite
def drafts(draw: st.DrawFn) -> Draft:
    names = iter(draw(st.permutations(HEADINGS)))
    numbering = draw(st.sampled_from(NUMBERINGS))

    def sections(level: int, budget: int) -> list[Section]:
        count = draw(st.integers(1 if level == 0 else 2, 3 if level < 2 else 4))
        result = []
        for _ in range(min(count, budget)):
            name = next(names, None)
            if name is None:
                break
            body = [Paragraph.plain(draw(st.sampled_from(SENTENCES)))]
            deeper = level < 2 and draw(st.booleans())
            children = sections(level + 1, 3) if deeper else []
            run_in = not children and level > 0 and draw(st.booleans())
            result.append(Section(name, body, children, run_in=run_in))
        return result

    meta = Meta(title="2024年工作总结", author="××县××局", date="2025年1月10日")
    intro = [Paragraph.plain("2024年，我局认真贯彻落实上级决策部署，各项工作取得明显成效。")]
    return Draft(meta=meta, numbering=list(numbering), intro=intro, sections=sections(0, 4))


def as_text(draft: Draft) -> str:
    """The draft as its export prints it, a paragraph a line."""
    lines = [draft.meta.title, *(p.text for p in draft.intro)]
    for section, _, number in draft.walk_with_level():
        body = [p.text for p in section.body]
        if section.run_in and body:
            lines.append(f"{number}{section.heading}。{body[0]}")
            body = body[1:]
        else:
            lines.append(f"{number}{section.heading}")
        lines += body
    return "\n".join([*lines, draft.meta.author, draft.meta.date])


def printed(draft: Draft) -> list[tuple[int, str, str, bool]]:
    return [(level, number, s.heading, s.run_in) for s, level, number in draft.walk_with_level()]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts())
def test_a_printed_draft_imports_to_the_same_tree_and_numbers(draft: Draft) -> None:
    result = analyse_text(as_text(draft))
    assert printed(result.draft) == printed(draft)
    assert result.draft.meta.title == draft.meta.title
    assert (result.draft.meta.author, result.draft.meta.date) == (
        draft.meta.author,
        draft.meta.date,
    )
    assert result.warnings == []
