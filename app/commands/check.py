"""`python -m app check DRAFT.json`: 规范检查 on the command line.

Prints one line per finding (or JSON with --format json); exit 1 when anything is found.
`--fix -o OUT.json` applies the fixes that are safe without a person looking
(AUTO_FIX_RULES), writes OUT.json atomically and reports what is left. The input is
read first, so nothing is written when it cannot be read.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.commands.base import EXIT_FINDINGS, EXIT_OK, UsageError, output_path
from app.core.place import Place

if TYPE_CHECKING:
    from app.core.checks import Finding

NAME = "check"
HELP = "规范检查：标点、编号、日期、重复字词、占位符等"

_MAX_FIX_PASSES = 3  # overlapping fixes are skipped in one pass and taken in the next


class CheckUsageError(UsageError):
    """The options given to `check` do not fit together."""


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("draft", help="草稿文件（.json）")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="输出格式（默认 text）"
    )
    parser.add_argument("--fix", action="store_true", help="自动修正可以安全修正的问题，需配合 -o")
    parser.add_argument(
        "--include-suggestions",
        action="store_true",
        help="连同需要人工确认的建议修正（重复字词、破折号、“**”加粗符号）一并应用，仅与 --fix 一起使用",
    )
    parser.add_argument("-o", "--output", help="修正后的草稿保存到这个文件（.json）")


def run(args: argparse.Namespace) -> int:
    if args.fix and not args.output:
        raise CheckUsageError("使用 --fix 时请用 -o 指定修正后保存的文件，例如：-o 修正后.json")
    if args.include_suggestions and not args.fix:
        raise CheckUsageError("--include-suggestions 只能与 --fix 一起使用。")
    if args.output and not args.fix:
        raise CheckUsageError("-o 只在 --fix 时使用。只检查不修改时请去掉 -o。")
    from app.core.checks import apply_fixes, auto_fixable, check_draft
    from app.core.draftfile import load_draft, save_draft
    from app.core.fileio import DraftLock

    output = output_path(args.output, "修正后.json") if args.fix else None
    draft = load_draft(Path(args.draft))  # raises (exit 2) before anything is written
    fixed = 0
    if output is not None:
        for _ in range(_MAX_FIX_PASSES):
            found = check_draft(draft)
            chosen = (
                [f for f in found if f.fix] if args.include_suggestions else auto_fixable(found)
            )
            applied = apply_fixes(draft, chosen)
            fixed += applied
            if not applied:
                break
        with DraftLock(output):  # a window editing that draft keeps it (exit 2)
            save_draft(draft, output)
    findings = check_draft(draft)
    if args.format == "json":
        print(
            json.dumps(
                _as_json(findings, fixed if args.fix else None), ensure_ascii=False, indent=1
            )
        )
    else:
        _print_text(findings, fixed if args.fix else None, args.output)
    return EXIT_FINDINGS if findings else EXIT_OK


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    from app.core.checks import RULES

    loc = finding.location
    return {
        "rule": finding.rule,
        "title": RULES[finding.rule].title,
        "severity": finding.severity,
        "message": finding.message,
        "where": finding.where,
        "location": {
            "section_id": loc.section_id,
            "field": loc.field,
            "paragraph": loc.paragraph,
            "offset": loc.offset,
            "length": loc.length,
        },
        "matched": finding.matched,
        "excerpt": finding.excerpt,
        "fix": None
        if finding.fix is None
        else {
            "replacement": finding.fix.replacement,
            "remove_paragraph": finding.fix.remove_paragraph,
        },
    }


def _as_json(findings: list[Finding], fixed: int | None) -> dict[str, Any]:
    from app.core.checks import SEVERITY_LABELS

    counts = {
        severity: sum(1 for f in findings if f.severity == severity) for severity in SEVERITY_LABELS
    }
    data: dict[str, Any] = {"count": len(findings), "by_severity": counts}
    if fixed is not None:
        data["fixed"] = fixed
    data["findings"] = [finding_to_dict(f) for f in findings]
    return data


def _place(finding: Finding) -> str:
    loc = finding.location
    where = finding.where or "全文"
    if loc.field in (Place.BODY, Place.INTRO):
        where += f" 第{loc.paragraph + 1}段"
    elif loc.field == Place.HEADING:
        where += " 标题"
    return f"{where} 第{loc.offset + 1}字"


def _print_text(findings: list[Finding], fixed: int | None, output: str | None) -> None:
    from app.core.checks import AUTO_FIX_RULES, SEVERITY_LABELS

    if fixed is not None:
        print(f"已自动修正 {fixed} 处，保存到“{output}”。")
    if not findings:
        print("未发现问题。")
        return
    for finding in findings:
        label = SEVERITY_LABELS[finding.severity]
        if finding.fix is None:
            hint = ""
        elif finding.rule in AUTO_FIX_RULES:
            hint = "（可用 --fix 自动修正）"
        else:
            hint = "（有建议修正，请确认）"
        print(f"[{label}] {_place(finding)}：{finding.message}{hint}  原文：{finding.excerpt}")
    counts = "，".join(
        f"{SEVERITY_LABELS[s]} {n}"
        for s in SEVERITY_LABELS
        if (n := sum(1 for f in findings if f.severity == s))
    )
    print(f"共 {len(findings)} 处问题（{counts}）。")
