"""Doubled characters and words that are likely typing slips: 市委委组织部, 系统系统.

Chinese doubles words on purpose all the time (常常, 层层, 认认真真, 研究研究, 一个个),
and two words can meet on the same character (市委|委员, 党支部|部署, 学习|习近平). So a
double is reported only when none of these explain it:
  * a known reduplicated word (AA or ABAB lists below), or the AABB / 一AA / 一A一A patterns;
  * the second character starts a common word with what follows (委员, 部署, 习近平 …);
  * Chinese numerals (二〇二二年).
The fix (drop the second copy) is offered as a suggestion for a person to confirm, never
applied blindly by `check --fix`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.core.checks.base import HAN_CLASS, PROSE_KINDS, Hit, UnitContext, register, text_rule

REPEAT_CHAR = register("repeat.char", "重复的字", "warning")
REPEAT_WORD = register("repeat.word", "重复的词", "warning")


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# AA words that are reduplicated on purpose (adverbs, 每-nouns, kinship terms, ABB tails).
_AA = _word_set(
    "常常 天天 人人 一一 看看 多多 层层 步步 级级 处处 事事 时时 个个 家家 户户 年年 月月 日日 "
    "刚刚 渐渐 往往 仅仅 稍稍 默默 紧紧 牢牢 高高 深深 大大 好好 轻轻 慢慢 悄悄 纷纷 频频 连连 "
    "久久 孜孜 谆谆 切切 堂堂 赫赫 草草 匆匆 隐隐 稳稳 足足 整整 统统 通通 区区 恰恰 偏偏 屡屡 "
    "每每 略略 微微 暗暗 明明 白白 早早 迟迟 远远 短短 满满 重重 种种 累累 茫茫 巍巍 济济 寥寥 "
    "洋洋 依依 芸芸 莘莘 郁郁 葱葱 苍苍 漫漫 滔滔 熠熠 灼灼 烈烈 落落 楚楚 乖乖 偷偷 静静 淡淡 "
    "浅浅 细细 密密 蒙蒙 隆隆 条条 件件 样样 村村 项项 代代 声声 句句 字字 节节 丝丝 滚滚 点点 "
    "滴滴 面面 心心 口口 环环 片片 款款 次次 回回 批批 桩桩 位位 张张 座座 所所 笔笔 道道 "
    "岗岗 段段 场场 轮轮 份份 项项 招招 阵阵 排排 行行 "
    "谢谢 妈妈 爸爸 哥哥 姐姐 弟弟 妹妹 爷爷 奶奶 叔叔 伯伯 姥姥 舅舅 婶婶 娃娃 宝宝 星星 猩猩 "
    "哈哈 呵呵 嘻嘻 嘿嘿 冉冉 熊熊 油油 晶晶 甸甸 腾腾 彤彤 灿灿 眯眯 荡荡 零零 乎乎 吞吞 冲冲 "
    "生生 赳赳 昂昂 睁睁 裸裸 晃晃 邦邦 绵绵 哄哄 糟糟 烘烘 朗朗 闪闪 亮亮 沉沉 洒洒 扬扬 "
    "想想 听听 说说 谈谈 试试 走走 问问 查查 算算 比比 议议 学学 练练 等等 "
    "望望 瞧瞧 摸摸 拍拍 握握 碰碰 聊聊 讲讲 读读 写写 找找 "
    "源源 生生 息息 井井 津津 历历 欣欣 蒸蒸 彬彬 循循 念念 恋恋 侃侃 娓娓 栩栩 姗姗 翩翩 "
    "亭亭 皑皑 袅袅 潺潺 涓涓 汩汩 凛凛 泱泱 浩浩 荡荡 熙熙 攘攘 沸沸 人人 "
    "斤斤 呱呱 喋喋 孜孜 惴惴 耿耿 脉脉 咄咄 振振 岌岌 楚楚 碌碌 庸庸 泛泛 区区 "
    "奄奄 怏怏 悻悻 惶惶 栗栗 "
    "鼎鼎 赫赫 堂堂 蒸蒸 步步 节节 层层 级级 环环 "
    "小小 长长 多多 少少 平平 万万 "
    "快快 乐乐 呼呼 嗡嗡 哗哗 啪啪 叮叮 当当 嘟嘟 "
    "钉钉 殷殷 拳拳 铮铮 眈眈 徐徐 缓缓 飘飘 翼翼 勃勃 忡忡 仆仆 奕奕 旦旦 汹汹 非非 睽睽 "
    "便便 夭夭 琅琅 迢迢 头头 喋喋 忿忿 愤愤 夸夸 皎皎 昭昭 冥冥 绰绰 莽莽 淋淋 涟涟 荦荦 "
    "嗷嗷 嚷嚷 叨叨 虎虎 蠢蠢 跃跃 飒飒 瑟瑟 萧萧 悠悠 渺渺 遥遥 惺惺 喃喃 窃窃 粼粼 茸茸 "
    "濛濛 霏霏 森森 扑扑 巴巴 溜溜 糊糊 墩墩 鼓鼓"
)
# ABAB reduplicated verbs and adjectives (研究研究 = "look into it a bit").
_ABAB = _word_set(
    "研究 讨论 学习 商量 考虑 锻炼 休息 了解 交流 活动 介绍 整理 检查 总结 沟通 表扬 批评 "
    "收拾 比较 琢磨 熟悉 准备 关心 帮助 思考 练习 调查 分析 考察 体验 放松 打扫 打听 "
    "请教 指导 反映 解释 说明 议论 溜达 清理 梳理 研讨 合计 估计 计算 核对 对照 衡量 掂量 "
    "雪白 通红 笔直 冰凉 碧绿 火红 漆黑 金黄 蔚蓝 滚烫 冰冷 干净 暖和 凉快 高兴"
)
# Two-character words that start with the doubled character: "市委委员" is 市委 + 委员.
# Kept to words that turn up in work summaries; keyed by first character.
_WORDS = _word_set(
    "委员 委托 委派 委屈 部署 部门 部长 部分 部队 部位 部委 部属 局长 局面 局势 局部 局限 局属 "
    "会议 会上 会同 会商 会员 会计 会谈 会后 会前 会场 会期 会审 长期 长效 长远 长足 长江 长度 "
    "业务 业绩 业主 业余 业态 务实 务必 作用 作风 作为 作出 作品 作业 员工 员额 工作 工程 工会 "
    "工业 工资 工人 位置 位于 度过 性质 性别 中心 中央 中国 中间 中期 中小 发展 发挥 发现 发生 "
    "发布 发放 理论 理念 理解 理顺 设施 设计 设立 设置 设备 管理 管控 学习 学校 学生 人员 人才 "
    "人民 人口 人生 家庭 家长 心理 生产 生活 生态 产业 产品 产生 产权 动力 动员 动态 年度 年底 "
    "年初 日常 日益 民主 民生 民族 党员 党建 党组 事业 事项 事件 政治 政策 政府 治理 法律 法规 "
    "法治 全面 全体 全市 全省 全局 面对 面向 面积 区域 市场 市民 场所 建设 建立 项目 目标 标准 "
    "准备 准确 量化 化解 制度 制定 查处 查找 明确 明显 确保 确定 确认 保障 保护 保持 保证 障碍 "
    "安全 安排 行动 行政 行业 行为 为民 导向 科长 科室 报告 报送 议题 议程 体系 体制 系统 统一 "
    "统筹 统计 点评 重点 重要 重大 大力 大局 力度 力量 能力 质量 资金 资源 金融 源头 期间 间隔 "
    "时间 时期 实施 实现 实际 实践 实效 施工 效果 效率 效益 果断 单位 同志 同时 同步 组织 组长 "
    "干部 群众 利益 农业 农村 进一 进行 进度 展开 示范 范围 据此 数据 文件 文化 书记 记录 训练 "
    "习近 习惯 平台 台账 求实 任务 合作 手段 上级 上报 下级 内容 外部 新时 问题 检查 督导 导致 "
    "级别 层面 处理 步伐 乡村 村民 户籍 条件 件事 样板 环境 境内 节点 点位 次数 批次 项工 "
    "队伍 伍员 共同 共建 建议 议案 作为 为了 了解 解决 决策 策划 划分 分析 析出 主要 要求 求是 "
    "是否 否则 责任 任职 职工 职责 机关 关系 系列 列入 入党 基层 层级 设立 立足 足额 额度 "
    "区县 县区 街道 道路 路线 线上 上线 方面 面上 案件 件数 报道 道德 德育 育人 社区 区委 "
    "省委 市委 委会 会长 司法 法院 院长 商务 务工 信息 息息 意见 见效 成效 成果 果实 "
    "规范 范例 规划 划定 监督 督促 促进 进步 步步 调研 研究 究竟 讲话 话题 题目 目前 前期 "
    "持续 持久 高质 高效 高度 高标 面临 面貌 方面 市直 市区 市级 市县 省直 省级 省内 县域 "
    "县级 区直 区级 区划 控制 标志 标识 标杆 新型 新兴 新的 新冠 新闻 新一 新局 新征 新任 "
    "新增 新建 新区 情况 情形 情绪 疫情 疫苗 疫区 校园 校长 校区 院校 院内 习题 央企 央视 "
    "央行 线下 线索 化工 常态 态势 势头 头等 等级 国有 国家 国际 国务 国内 国情 法人 法定 "
    "关心 关注 关键 关于 关口 关税 革命 革新 展示 展现 展览 展望 平衡 平安 平等 全部 全国 全员 "
    "全程 全年 全区 全县 分配 分工 分类 分别 分管 分级 查明 查看 查验 定期 定位 定点 定额 开展 "
    "开放 开发 开始 开通 开会 成员 成立 成功 成为 成本 成绩 计划 计算 调整 调查 调度 调解 调动 "
    "代表 代理 大会 体现 体验 体育 体检 决定 实行 实在 实事 实质 实力 实绩 前进 前列 前提 前沿"
)
# Three-character contexts where a doubled character is right: 目的的, 不了了之.
_TRIGRAMS = {"目的的", "不了了", "的的确", "是是非"}
_WORD_STARTS = {w[0] for w in _WORDS}
_NUMERALS = set("〇零一二三四五六七八九十百千万年")

_DOUBLE_CHAR = re.compile(f"([{HAN_CLASS}])\\1+")
_DOUBLE_WORD = re.compile(f"([{HAN_CLASS}]{{2,6}})\\1+")


@text_rule(REPEAT_CHAR, PROSE_KINDS)
def doubled_characters(text: str, ctx: UnitContext) -> Iterator[Hit]:
    for match in _DOUBLE_CHAR.finditer(text):
        start, end = match.span()
        if not _char_slip(text, start, end):
            continue
        ch = text[start]
        yield Hit(
            REPEAT_CHAR,
            start,
            end - start,
            f"“{match.group()}”重复了“{ch}”字，可能是笔误；如确是笔误，删去多余的字。",
            ch,
        )


def _char_slip(text: str, start: int, end: int) -> bool:
    pair = text[start : start + 2]
    ch = pair[0]
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    after2 = text[end + 1] if end + 1 < len(text) else ""
    if end - start > 2:
        return pair not in {"哈哈", "呵呵", "嘻嘻"}  # 委委委 is a slip whatever the word
    if pair in _AA:
        return False
    if after and after2 == after and after != ch:
        return False  # AABB: 认认真真, 兢兢业业
    if before and start >= 2 and text[start - 2] == before and before != ch:
        return False  # second half of AABB
    if before == "一":
        return False  # 一个个, 一步步
    if ch in _NUMERALS and (before in _NUMERALS or after in _NUMERALS):
        return False  # 二〇二二年
    if before + pair in _TRIGRAMS or pair + after in _TRIGRAMS:
        return False
    # 市委委员 = 市委 + 委员: the second 委 starts a word of its own.
    return not (ch in _WORD_STARTS and ch + after in _WORDS)


@text_rule(REPEAT_WORD, PROSE_KINDS)
def doubled_words(text: str, ctx: UnitContext) -> Iterator[Hit]:
    for match in _DOUBLE_WORD.finditer(text):
        word = match.group(1)
        if len(set(word)) == 1 or word in _ABAB or _legit_abab(text, match.start(), word):
            continue
        start, end = match.span()
        extra = end - start - len(word)  # every copy after the first, however many
        yield Hit(
            REPEAT_WORD,
            start + len(word),
            extra,
            f"“{word}”连写了{(end - start) // len(word)}遍，可能是笔误；如确是笔误，删去重复的“{word}”。",
            "",
        )


def _legit_abab(text: str, start: int, word: str) -> bool:
    if word[0] == "一" and len(word) == 2:
        return True  # 一个一个, 一步一步
    # 是不是不, 有没有没: question forms meeting the next word
    return word[-1] in "不没" and len(word) == 2
