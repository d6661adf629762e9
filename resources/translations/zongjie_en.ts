<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BodyEdit</name>
    <message>
        <source>表格</source>
        <translation>Table</translation>
    </message>
    <message numerus="yes">
        <source>粘贴时去掉了 %n 张图片：正文只保存文字，图片请在导出的 Word 文件中插入。</source>
        <translation>
            <numerusform>Pasting left out %n image: the body keeps only text; insert images in the exported Word file.</numerusform>
            <numerusform>Pasting left out %n images: the body keeps only text; insert images in the exported Word file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>表格单元格中的 %n 个表格已粘贴为该单元格的文字：正文的表格中不能再套表格。</source>
        <translation>
            <numerusform>%n table inside a table cell was pasted as the cell&apos;s text: a table in the body cannot contain another table.</numerusform>
            <numerusform>%n tables inside table cells were pasted as the cells&apos; text: a table in the body cannot contain another table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 个表格太大，没有粘贴：粘贴的表格最多 %1 个单元格、%2 列。请把它分成几部分，分别粘贴为几个表格。</source>
        <translation>
            <numerusform>%n table was too large and was not pasted: a pasted table can have at most %1 cells and %2 columns. Split it into parts and paste them as separate tables.</numerusform>
            <numerusform>%n tables were too large and were not pasted: a pasted table can have at most %1 cells and %2 columns. Split them into parts and paste them as separate tables.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>此项需要手工修改。</source>
        <translation>This one needs to be corrected by hand.</translation>
    </message>
    <message>
        <source>修正：删除这个空段落。</source>
        <translation>Fix: delete this empty paragraph.</translation>
    </message>
    <message>
        <source>修正：删去“%1”。</source>
        <translation>Fix: delete “%1”.</translation>
    </message>
    <message>
        <source>修正：“%1”改为“%2”。</source>
        <translation>Fix: change “%1” to “%2”.</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>修正</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>修正选中的问题（可撤销）</source>
        <translation>Fix the selected findings (can be undone)</translation>
    </message>
    <message>
        <source>全部修正此类</source>
        <translation>Fix All of This Kind</translation>
    </message>
    <message>
        <source>未发现问题</source>
        <translation>No problems found</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 处问题</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>全文</source>
        <translation>Whole draft</translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation>(no heading)</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>错误 %n</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>警告 %n</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>提示 %n</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>修正全部 %1 处“%2”（一次撤销即可全部恢复）</source>
        <translation>Fix all %1 “%2” (one undo restores them all)</translation>
    </message>
    <message>
        <source>“%1”共 %2 处，其中 %3 处可一键修正。</source>
        <translation>“%1”: %2 found, %3 can be fixed automatically.</translation>
    </message>
    <message>
        <source>修正 %1 处规范问题</source>
        <translation>Fix %1 Style Problems</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>撤回此处修改</source>
        <translation>Revert This Change</translation>
    </message>
    <message>
        <source>撤回整节</source>
        <translation>Revert Whole Section</translation>
    </message>
    <message>
        <source>本节的修改：</source>
        <translation>Changes in this section:</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 节有改动，共 %2 处修改</source>
        <translation>Sections changed: %1; changes in all: %2</translation>
    </message>
    <message>
        <source>没有差别</source>
        <translation>No differences</translation>
    </message>
    <message>
        <source>（开头）</source>
        <translation>(opening)</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>added</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>移动</source>
        <translation>moved</translation>
    </message>
    <message>
        <source>改标题</source>
        <translation>heading changed</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>第 %1 段</source>
        <translation>Paragraph %1</translation>
    </message>
    <message>
        <source>插入“%1”</source>
        <translation>Inserted “%1”</translation>
    </message>
    <message>
        <source>删除“%1”</source>
        <translation>Deleted “%1”</translation>
    </message>
    <message>
        <source>“%1”改为“%2”</source>
        <translation>“%1” changed to “%2”</translation>
    </message>
    <message>
        <source>“%1”格式改变</source>
        <translation>Formatting of “%1” changed</translation>
    </message>
    <message>
        <source>撤回一处修改</source>
        <translation>Revert a Change</translation>
    </message>
    <message>
        <source>撤回整节的修改</source>
        <translation>Revert the Section&apos;s Changes</translation>
    </message>
</context>
<context>
    <name>DocInfoDialog</name>
    <message>
        <source>文档信息</source>
        <translation>Document Info</translation>
    </message>
    <message>
        <source>例如：××局2020年上半年工作总结（可分多行）</source>
        <translation>e.g. Work Summary of the First Half of 2020 (may span lines)</translation>
    </message>
    <message>
        <source>可不填，例如：——在全局工作会议上的讲话</source>
        <translation>Optional, e.g. —Speech at the Bureau Work Conference</translation>
    </message>
    <message>
        <source>可不填，例如：各县（市、区）人民政府，市政府各部门：</source>
        <translation>Optional, e.g. 各县（市、区）人民政府，市政府各部门：</translation>
    </message>
    <message>
        <source>可不填，例如：国办函〔2004〕71号</source>
        <translation>Optional, e.g. 国办函〔2004〕71号</translation>
    </message>
    <message>
        <source>例如：××市××局</source>
        <translation>e.g. ×× Bureau of ×× City</translation>
    </message>
    <message>
        <source>例如：2020年7月1日</source>
        <translation>e.g. 2020年7月1日</translation>
    </message>
    <message>
        <source>选择日期…</source>
        <translation>Pick Date…</translation>
    </message>
    <message>
        <source>添加附件</source>
        <translation>Add Attachment</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <source>标题：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>副标题：</source>
        <translation>Subtitle:</translation>
    </message>
    <message>
        <source>主送机关：</source>
        <translation>Addressee:</translation>
    </message>
    <message>
        <source>发文字号：</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>发文机关署名：</source>
        <translation>Issuing authority:</translation>
    </message>
    <message>
        <source>成文日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>附件：</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>附件名称</source>
        <translation>Attachment name</translation>
    </message>
    <message>
        <source>成文日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>成文日期请写成“2020年7月1日”的样子，或点“选择日期…”。</source>
        <translation>Write the date like “2020年7月1日”, or click “Pick Date…”.</translation>
    </message>
    <message>
        <source>修改文档信息</source>
        <translation>Change Document Information</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>导出 Word</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <source>公文标准字体（方正小标宋简体、仿宋_GB2312、楷体_GB2312、黑体）</source>
        <translation>Official fonts (XiaoBiaoSong, FangSong/KaiTi_GB2312, SimHei)</translation>
    </message>
    <message>
        <source>Windows 自带字体（宋体加粗、仿宋、楷体、黑体）</source>
        <translation>Windows fonts (bold SimSun, FangSong, KaiTi, SimHei)</translation>
    </message>
    <message>
        <source>与所在文字相同的字体</source>
        <translation>Same font as the surrounding text</translation>
    </message>
    <message>
        <source>Times New Roman</source>
        <translation>Times New Roman</translation>
    </message>
    <message>
        <source>与所在层级的标题相同（第二层为楷体）</source>
        <translation>Same as the level&apos;s heading (KaiTi at level 2)</translation>
    </message>
    <message>
        <source>仿宋加粗</source>
        <translation>Bold FangSong</translation>
    </message>
    <message>
        <source>加盖印章（落款按有印章的格式排）</source>
        <translation>Sealed (lay out the signature for an official seal)</translation>
    </message>
    <message>
        <source>第三层标题“1.”加粗</source>
        <translation>Bold third-level headings (“1.”)</translation>
    </message>
    <message>
        <source>包含批注（%1 条未解决的批注，送审用；正式文本不要勾选）</source>
        <translation>Include comments (unresolved: %1; for a copy sent for review, leave unticked for the final text)</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>字体：</source>
        <translation>Fonts:</translation>
    </message>
    <message>
        <source>数字和英文：</source>
        <translation>Digits and Latin:</translation>
    </message>
    <message>
        <source>“一是”引导句：</source>
        <translation>&quot;Yishi&quot; lead sentence:</translation>
    </message>
    <message>
        <source>保存到：</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <source>版式按 GB/T 9704-2012：A4 纸，每页 22 行、每行 28 字，页码在页脚。</source>
        <translation>Layout per GB/T 9704-2012: A4, 22 lines of 28 characters per page, page numbers in the footer.</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>本机没有安装：%1。在本机打印时，这些文字会换成别的字体。</source>
        <translation>Not installed on this computer: %1. Printed from this computer, that text will come out in other fonts.</translation>
    </message>
    <message>
        <source>、</source>
        <comment>between the names of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>公文标准字体</source>
        <translation>Official fonts</translation>
    </message>
    <message>
        <source>Windows 自带字体</source>
        <translation>Windows fonts</translation>
    </message>
    <message>
        <source>改用“%1”</source>
        <translation>Switch to “%1”</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>导出时程序出错，没有生成 Word 文件。草稿未受影响；请保存草稿后重试，或把草稿文件发给技术支持。</source>
        <translation>The program failed while exporting; no Word file was made. The draft is unchanged: save it and try again, or send the draft file to support.</translation>
    </message>
    <message>
        <source>工作总结</source>
        <translation>Work summary</translation>
    </message>
    <message>
        <source>“%1”已经存在。要用新导出的文档替换它吗？</source>
        <translation>“%1” already exists. Replace it with the new export?</translation>
    </message>
    <message>
        <source>无法打开</source>
        <translation>Cannot Open</translation>
    </message>
    <message>
        <source>系统没能打开文件所在的文件夹。文件已经导出，位置是：</source>
        <translation>The system could not open the file&apos;s folder. The file was exported; it is here:</translation>
    </message>
    <message>
        <source>系统没能打开这个文件（可能没有安装 Word、WPS 等能打开 .docx 的程序）。文件已经导出，位置是：</source>
        <translation>The system could not open the file (perhaps no program that opens .docx files, such as Word or WPS, is installed). The file was exported; it is here:</translation>
    </message>
    <message>
        <source>复制路径</source>
        <translation>Copy Path</translation>
    </message>
    <message>
        <source>已复制</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>正在导出 Word……</source>
        <translation>Exporting to Word…</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export Finished</translation>
    </message>
    <message>
        <source>已导出 Word 文档：
%1</source>
        <translation>The Word document was exported:
%1</translation>
    </message>
    <message>
        <source>打开文件</source>
        <translation>Open File</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open Folder</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ExportGateDialog</name>
    <message>
        <source>导出前检查</source>
        <translation>Check Before Exporting</translation>
    </message>
    <message numerus="yes">
        <source>导出的 Word 文件里会出现下面 %n 个问题。可以先转到各处改好，也可以照样导出。</source>
        <translation>
            <numerusform>The exported Word file will have the %n problem below. You can go to it and fix it first, or export anyway.</numerusform>
            <numerusform>The exported Word file will have the %n problems below. You can go to each one and fix it first, or export anyway.</numerusform>
        </translation>
    </message>
    <message>
        <source>转到</source>
        <translation>Go To</translation>
    </message>
    <message>
        <source>仍然导出</source>
        <translation>Export Anyway</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>未填写的占位符</source>
        <translation>Unfilled placeholders</translation>
    </message>
    <message>
        <source>模板的填写说明</source>
        <translation>Template instructions</translation>
    </message>
    <message>
        <source>没有填写的落款</source>
        <translation>Closing not filled in</translation>
    </message>
    <message>
        <source>本机缺少的字体</source>
        <translation>Fonts missing on this computer</translation>
    </message>
    <message>
        <source>分页问题</source>
        <translation>Page break problems</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>查找和替换</source>
        <translation>Find and Replace</translation>
    </message>
    <message>
        <source>区分英文大小写</source>
        <translation>Match case (Latin letters)</translation>
    </message>
    <message>
        <source>查找内容：</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>替换为：</source>
        <translation>Replace with:</translation>
    </message>
    <message>
        <source>范围：</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>查找下一个</source>
        <translation>Find Next</translation>
    </message>
    <message>
        <source>查找上一个</source>
        <translation>Find Previous</translation>
    </message>
    <message>
        <source>替换</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>全部替换</source>
        <translation>Replace All</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>查找结果（单击跳到该处）：</source>
        <translation>Results (click one to go there):</translation>
    </message>
    <message>
        <source>全文</source>
        <translation>Whole draft</translation>
    </message>
    <message>
        <source>本节</source>
        <translation>This section</translation>
    </message>
    <message>
        <source>当前小节及其下级小节</source>
        <translation>The current section and its subsections</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>开头段落</source>
        <translation>Opening Paragraphs</translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation>(no heading)</translation>
    </message>
    <message>
        <source>“%1”及其下级小节</source>
        <translation>“%1” and its subsections</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>本节找不到“%1”。</source>
        <translation>“%1” not found in this section.</translation>
    </message>
    <message>
        <source>查找结果：共 %1 处（单击跳到该处）</source>
        <translation>Results: %1 (click one to go there)</translation>
    </message>
    <message>
        <source>内容已改动，结果已重新列出。</source>
        <translation>The text changed; the results were listed again.</translation>
    </message>
    <message>
        <source>请输入要查找的内容。</source>
        <translation>Type the text to find.</translation>
    </message>
    <message>
        <source>全文找不到“%1”。</source>
        <translation>“%1” was not found in the draft.</translation>
    </message>
    <message>
        <source>第 %1 处，共 %2 处</source>
        <translation>Match %1 of %2</translation>
    </message>
    <message>
        <source>全部替换“%1”</source>
        <translation>Replace All “%1”</translation>
    </message>
    <message>
        <source>已替换 %1 处。“编辑 → 撤销”可一次全部撤销。</source>
        <translation>Replaced %1 times. Edit → Undo undoes them all at once.</translation>
    </message>
</context>
<context>
    <name>FocusUndo</name>
    <message>
        <source>撤销输入</source>
        <translation>Undo Typing</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>%1（按键仅在“%2”中有效）</source>
        <translation>%1 (keys work only in “%2”)</translation>
    </message>
    <message>
        <source>仅在“%1”中有效</source>
        <translation>Only in “%1”</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>快捷键</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>新建或导入</source>
        <translation>New or import</translation>
    </message>
    <message>
        <source>“文件 → 新建”选一个模板（年度工作总结、述职报告等）开始；已有的文字用“文件 → 导入 Word 或文本文件”，或先复制再用“粘贴导入”，程序会认出一、（一）1. 这样的标题，导入前可以预览和调整层级。</source>
        <translation>Start from a template with File → New (annual summary, work report and others). For text you already have, use File → Import Word or text file, or copy it and use Import from Clipboard: headings such as 一、（一）1. are recognised, and you can preview and adjust the levels before importing.</translation>
    </message>
    <message>
        <source>写提纲</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>左边的提纲是文章的小节。在“小节”菜单或右键菜单里新建同级或下级小节、重命名、上移下移、升级降级，也可以用鼠标拖动。序号（一、（一）1.）按位置自动生成，不要自己输入；需要时可改“本级编号样式”或设“字数上限”。</source>
        <translation>The outline on the left lists the document&apos;s sections. In the Section menu or the context menu you can add sections at the same level or below, rename, move up and down, promote and demote them, or drag them with the mouse. Numbers (一、（一）1.) follow from the position: don&apos;t type them. Where needed, change the level&apos;s numbering style or set a character limit.</translation>
    </message>
    <message>
        <source>写正文</source>
        <translation>Write the text</translation>
    </message>
    <message>
        <source>在提纲里选中一个小节，在右边写它的标题和正文，每段一行，按回车另起一段。文章标题、署名和成文日期写在正文上方；开头的导语点“开头段落”。“一是……。”这样标题和正文排在一段的，用“标题与正文连排”。输入的内容会自动保存恢复副本，但仍请随时“保存”。</source>
        <translation>Select a section in the outline and write its heading and text on the right, one paragraph a line (Enter starts a new one). The document title, issuing authority and date go above the text; the opening paragraphs are under Opening Paragraphs. For a heading printed in one paragraph with its text (“一是……。”), use Run Heading into Text. A recovery copy is kept automatically, but still save often.</translation>
    </message>
    <message>
        <source>规范检查</source>
        <translation>Style Check</translation>
    </message>
    <message>
        <source>“检查 → 规范检查”列出标点、编号、日期、重复字词和占位符（如××）等问题，单击一条跳到该处；能自动修正的可以逐条或按类一次修正，都能撤销。</source>
        <translation>Check → Format Check lists problems with punctuation, numbering, dates, repeated words and placeholders (such as ××); click one to go there. What can be fixed automatically can be fixed one by one or a whole kind at once, and every fix can be undone.</translation>
    </message>
    <message>
        <source>导出 Word</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <source>“文件 → 导出 Word”生成符合 GB/T 9704-2012《党政机关公文格式》的 .docx：A4 纸、仿宋正文、黑体和楷体标题、页码，可选电脑上有的字体。导出不改动草稿。</source>
        <translation>File → Export Word makes a .docx laid out to GB/T 9704-2012: A4 paper, FangSong body text, HeiTi and KaiTi headings, page numbers, with a choice of the fonts your computer has. Exporting does not change the draft.</translation>
    </message>
    <message>
        <source>撤销和重做对所有操作都有效。查找和替换可以只在本节进行，并列出全部结果。</source>
        <translation>Undo and redo work for every step. Find and replace can stay within this section and lists all results.</translation>
    </message>
    <message>
        <source>使用说明</source>
        <translation>User Guide</translation>
    </message>
    <message>
        <source>各项操作的快捷键见&lt;a href=&quot;#shortcuts&quot;&gt;快捷键一览&lt;/a&gt;。</source>
        <translation>See the &lt;a href=&quot;#shortcuts&quot;&gt;list of shortcuts&lt;/a&gt; for every action&apos;s keys.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>副标题</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <source>一级标题</source>
        <translation>Heading level 1</translation>
    </message>
    <message>
        <source>二级标题</source>
        <translation>Heading level 2</translation>
    </message>
    <message>
        <source>三级标题</source>
        <translation>Heading level 3</translation>
    </message>
    <message>
        <source>四级标题</source>
        <translation>Heading level 4</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Body text</translation>
    </message>
    <message>
        <source>表格</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>主送机关</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>发文字号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>署名</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>附件开始</source>
        <translation>Attachment start</translation>
    </message>
    <message>
        <source>附件标题</source>
        <translation>Attachment title</translation>
    </message>
    <message>
        <source>噪声（删除）</source>
        <translation>Noise (remove)</translation>
    </message>
    <message>
        <source>%1级标题</source>
        <translation>Heading level %2</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保留</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>来源：%1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>粘贴的文字</source>
        <translation>Pasted text</translation>
    </message>
    <message>
        <source>编码：%1</source>
        <translation>Encoding: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n 行像杂项（网页、页码、目录等），已去掉勾选</source>
        <translation>
            <numerusform>%n line looks like clutter (web page, page number, contents) and was unticked</numerusform>
            <numerusform>%n lines look like clutter (web pages, page numbers, contents) and were unticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>开头：%n 段</source>
        <translation>
            <numerusform>Opening: %n paragraph</numerusform>
            <numerusform>Opening: %n paragraphs</numerusform>
        </translation>
    </message>
    <message>
        <source>；</source>
        <comment>between attachment names</comment>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>……另有 %n 条提示（鼠标停在这里可看全部）</source>
        <translation>
            <numerusform>…and %n more note (hover the mouse here to see them all)</numerusform>
            <numerusform>…and %n more notes (hover the mouse here to see them all)</numerusform>
        </translation>
    </message>
    <message>
        <source>附件%1&#x3000;%2</source>
        <translation>Attachment %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>（%n 段）</source>
        <translation>
            <numerusform> (%n paragraph)</numerusform>
            <numerusform> (%n paragraphs)</numerusform>
        </translation>
    </message>
    <message>
        <source>标题：%1</source>
        <translation>Title: %1</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>副标题：%1</source>
        <translation>Subtitle: %1</translation>
    </message>
    <message>
        <source>署名：%1&#x3000;日期：%2</source>
        <translation>Signed: %1  Date: %2</translation>
    </message>
    <message>
        <source>附件：%1</source>
        <translation>Attachments: %1</translation>
    </message>
    <message>
        <source>导入预览</source>
        <translation>Import Preview</translation>
    </message>
    <message>
        <source>来源：</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>左侧是原文的每一行：去掉勾选的行不会导入（网页上的杂项已预先去掉勾选）；双击“作用”一栏可改为标题、各级小标题、正文或噪声。右侧是将要生成的提纲，随修改即时更新。</source>
        <translation>On the left, every line of the source: unticked lines are not imported (web page clutter is unticked already); double-click the “Role” column to make a line the title, a heading of some level, body text or noise. On the right, the outline the import will create, updated as you change it.</translation>
    </message>
    <message>
        <source>提纲</source>
        <translation>Outline</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>读取文件</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <source>识别文字编码</source>
        <translation>Detecting the text encoding</translation>
    </message>
    <message>
        <source>分行、合并断行</source>
        <translation>Splitting lines, joining broken lines</translation>
    </message>
    <message>
        <source>读取 Word 文档的段落和样式</source>
        <translation>Reading the Word document&apos;s paragraphs and styles</translation>
    </message>
    <message>
        <source>识别标题、层级和落款</source>
        <translation>Recognising the title, heading levels and closing</translation>
    </message>
    <message>
        <source>生成提纲</source>
        <translation>Building the outline</translation>
    </message>
    <message>
        <source>打开预览</source>
        <translation>Opening the preview</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在分析“%1”……</source>
        <translation>Analysing “%1”…</translation>
    </message>
    <message>
        <source>正在分析粘贴的文字……</source>
        <translation>Analysing the pasted text…</translation>
    </message>
</context>
<context>
    <name>InsertTableDialog</name>
    <message>
        <source>插入表格</source>
        <translation>Insert Table</translation>
    </message>
    <message>
        <source>行数（含表头行）：</source>
        <translation>Rows (including the header row):</translation>
    </message>
    <message>
        <source>列数：</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <source>插入</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>工作总结编辑器</source>
        <translation>Work Summary Editor</translation>
    </message>
    <message>
        <source>设置已恢复为默认</source>
        <translation>Settings Reset to Defaults</translation>
    </message>
    <message>
        <source>程序内部错误</source>
        <translation>Internal Error</translation>
    </message>
    <message>
        <source>程序遇到了一个内部错误（%1）。未保存的内容已写入恢复文件；请尽快保存草稿，必要时重新启动程序，启动时可以恢复。</source>
        <translation>The program ran into an internal error (%1). Unsaved work was written to a recovery file; save your draft soon, and restart the program if needed: it offers to restore the work at start.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>未命名草稿</source>
        <translation>Untitled draft</translation>
    </message>
    <message>
        <source>工作总结编辑器</source>
        <translation>Work Summary Editor</translation>
    </message>
    <message>
        <source>草稿正被编辑</source>
        <translation>Draft In Use</translation>
    </message>
    <message>
        <source>打开草稿</source>
        <translation>Open Draft</translation>
    </message>
    <message>
        <source>无法打开草稿</source>
        <translation>Cannot Open Draft</translation>
    </message>
    <message>
        <source>无法新建</source>
        <translation>Cannot Create Draft</translation>
    </message>
    <message>
        <source>另存为</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>工作总结草稿 (*.json)</source>
        <translation>Work summary drafts (*.json)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>15 秒</source>
        <translation>15 seconds</translation>
    </message>
    <message>
        <source>30 秒</source>
        <translation>30 seconds</translation>
    </message>
    <message>
        <source>1 分钟</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>5 分钟</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save Changes</translation>
    </message>
    <message>
        <source>“%1”有未保存的修改。要在关闭前保存吗？</source>
        <translation>“%1” has unsaved changes. Save them before closing?</translation>
    </message>
    <message>
        <source>选择“不保存”将丢弃上次保存以来的修改。</source>
        <translation>“Don’t Save” discards the changes made since the last save.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>不保存</source>
        <translation>Don’t Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>另一个窗口（或另一台电脑）已接管这份草稿。为免覆盖对方的修改，请用“另存为”保存。</source>
        <translation>Another window (or another computer) has taken over this draft. Use Save As, so that its changes are not overwritten.</translation>
    </message>
    <message>
        <source>规范检查</source>
        <translation>Style Check</translation>
    </message>
    <message>
        <source>关于工作总结编辑器</source>
        <translation>About Work Summary Editor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;工作总结编辑器 %1&lt;/h3&gt;&lt;p&gt;按提纲写工作总结，自动编排序号，按 GB/T 9704-2012《党政机关公文格式》导出 Word 文档。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Work Summary Editor %1&lt;/h3&gt;&lt;p&gt;Write a work summary along its outline, with numbers kept in order automatically, and export it to Word in the GB/T 9704-2012 layout for official documents.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>提纲</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>开头段落</source>
        <translation>Opening Paragraphs</translation>
    </message>
    <message>
        <source>编辑标题之下、第一个小节之前的段落</source>
        <translation>Edit the paragraphs below the title, before the first section</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>新建(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>自动保存恢复副本的间隔</source>
        <translation>Save a Recovery Copy Every</translation>
    </message>
    <message>
        <source>最近打开(&amp;R)</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>小节(&amp;S)</source>
        <translation>&amp;Sections</translation>
    </message>
    <message>
        <source>检查(&amp;C)</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>界面语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>常用工具</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <source>新建空白草稿</source>
        <translation>New Blank Draft</translation>
    </message>
    <message>
        <source>新建空白草稿（点旁边的箭头从模板新建）</source>
        <translation>New blank draft (the arrow beside it starts from a template)</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>另存为(&amp;A)…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>导入 Word 或文本文件，按提纲生成新草稿</source>
        <translation>Import a Word or text file as a new draft, its outline recognised</translation>
    </message>
    <message>
        <source>导入 Word 或文本文件(&amp;I)…</source>
        <translation>&amp;Import Word or Text File…</translation>
    </message>
    <message>
        <source>粘贴导入(&amp;V)…</source>
        <translation>Import from Clip&amp;board…</translation>
    </message>
    <message>
        <source>把剪贴板里复制的文字（网页、聊天、Word）按提纲导入为新草稿</source>
        <translation>Import text copied from a web page, a chat or Word into a new draft, with its outline</translation>
    </message>
    <message>
        <source>导出 Word</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <source>导出 Word(&amp;E)…</source>
        <translation>&amp;Export to Word…</translation>
    </message>
    <message>
        <source>关闭窗口(&amp;W)</source>
        <translation>&amp;Close Window</translation>
    </message>
    <message>
        <source>关闭这个草稿的窗口（有未保存的修改时会先询问）</source>
        <translation>Close this draft’s window (asks first when there are unsaved changes)</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>关闭所有窗口并退出（有未保存的修改时会先询问）</source>
        <translation>Close every window and quit (asks first when there are unsaved changes)</translation>
    </message>
    <message>
        <source>启动时打开上次的草稿</source>
        <translation>Open the Last Draft at Start</translation>
    </message>
    <message>
        <source>撤销(&amp;U)</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>重做(&amp;R)</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>剪切(&amp;T)</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>复制(&amp;C)</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>粘贴(&amp;P)</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>查找(&amp;F)…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>替换(&amp;H)…</source>
        <translation>Re&amp;place…</translation>
    </message>
    <message>
        <source>文档信息</source>
        <translation>Document Info</translation>
    </message>
    <message>
        <source>文档信息(&amp;D)…</source>
        <translation>&amp;Document Information…</translation>
    </message>
    <message>
        <source>编辑开头段落</source>
        <translation>Edit Opening Paragraphs</translation>
    </message>
    <message>
        <source>规范检查(&amp;C)</source>
        <translation>Style &amp;Check</translation>
    </message>
    <message>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>中文</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>工作总结草稿 (*.json);;草稿备份 (*.json.bak);;所有文件 (*)</source>
        <translation>Work summary drafts (*.json);;Draft backups (*.json.bak);;All files (*)</translation>
    </message>
    <message>
        <source>这是备份文件“%1”（“%2”上一次保存前的版本），已作为未保存的草稿打开。请用“另存为”保存；备份文件本身不会被改写。</source>
        <translation>This is the backup file “%1” (the version of “%2” before its last save), opened as an unsaved draft. Save it with Save As; the backup file itself is not written.</translation>
    </message>
</context>
<context>
    <name>MetaBar</name>
    <message>
        <source>文档标题，例如：××局2020年上半年工作总结</source>
        <translation>Document title, e.g. ××局2020年上半年工作总结</translation>
    </message>
    <message>
        <source>导出时居中排在正文之上；按回车可分成两行</source>
        <translation>Printed centred above the text; press Enter to break it into two lines</translation>
    </message>
    <message>
        <source>例如：各县（市、区）人民政府，市政府各部门：</source>
        <translation>e.g. 各县（市、区）人民政府，市政府各部门：</translation>
    </message>
    <message>
        <source>主送机关，顶格排在标题下空一行；没有时留空</source>
        <translation>The addressee, printed flush left one line below the title; leave empty if there is none</translation>
    </message>
    <message>
        <source>例如：国办函〔2004〕71号</source>
        <translation>e.g. 国办函〔2004〕71号</translation>
    </message>
    <message>
        <source>发文字号，随草稿保存；没有版头的文档不打印</source>
        <translation>The document number, saved with the draft; not printed in a document without a letterhead</translation>
    </message>
    <message>
        <source>例如：××市××局</source>
        <translation>e.g. ×× Bureau of ×× City</translation>
    </message>
    <message>
        <source>发文机关署名，排在正文之后</source>
        <translation>The issuing authority, printed after the text</translation>
    </message>
    <message>
        <source>例如：2020年7月1日</source>
        <translation>e.g. 2020年7月1日</translation>
    </message>
    <message>
        <source>成文日期，也可写成 2020-7-1 或 二〇二〇年七月一日</source>
        <translation>Date of the document; 2020-7-1 or 二〇二〇年七月一日 work too</translation>
    </message>
    <message>
        <source>更多…</source>
        <translation>More…</translation>
    </message>
    <message>
        <source>副标题、附件等：文档信息</source>
        <translation>Subtitle, attachments and more: Document Info</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>主送</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>发文字号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>署名</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <source>成文日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>“%1”不是一个日期。成文日期请写成“2020年7月1日”的样子。</source>
        <translation>“%1” is not a date. Write the date like “2020年7月1日”.</translation>
    </message>
    <message>
        <source>成文日期要写到哪一天，例如“%1”。</source>
        <translation>The date needs a day, e.g. “%1”.</translation>
    </message>
    <message>
        <source>修改标题</source>
        <translation>Change Title</translation>
    </message>
    <message>
        <source>修改主送机关</source>
        <translation>Change Addressee</translation>
    </message>
    <message>
        <source>修改发文字号</source>
        <translation>Change Document Number</translation>
    </message>
    <message>
        <source>修改署名</source>
        <translation>Change Issuing Authority</translation>
    </message>
    <message>
        <source>修改成文日期</source>
        <translation>Change Date</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>小节目录</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>新建同级小节</source>
        <translation>New Sibling Section</translation>
    </message>
    <message>
        <source>在当前小节之后新建一个同级小节</source>
        <translation>Add a section after the current one, at the same level</translation>
    </message>
    <message>
        <source>新建下级小节</source>
        <translation>New Subsection</translation>
    </message>
    <message>
        <source>在当前小节之下新建一个下级小节</source>
        <translation>Add a subsection under the current section</translation>
    </message>
    <message>
        <source>重命名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>修改当前小节的标题</source>
        <translation>Change the heading of the current section</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除当前小节及其下级小节（可撤销）</source>
        <translation>Delete the current section and its subsections (can be undone)</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <source>与上一个同级小节交换位置</source>
        <translation>Swap with the previous section at the same level</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <source>与下一个同级小节交换位置</source>
        <translation>Swap with the next section at the same level</translation>
    </message>
    <message>
        <source>升级</source>
        <translation>Promote</translation>
    </message>
    <message>
        <source>提升一级，成为上级小节之后的同级小节</source>
        <translation>Move one level up, after its parent section</translation>
    </message>
    <message>
        <source>降级</source>
        <translation>Demote</translation>
    </message>
    <message>
        <source>降低一级，成为上一个小节的下级小节</source>
        <translation>Move one level down, under the previous section</translation>
    </message>
    <message>
        <source>标题与正文连排</source>
        <translation>Run Heading into Text</translation>
    </message>
    <message>
        <source>标题与第一段正文排在同一段（如“一是……。正文”），导出时同样连排</source>
        <translation>Print the heading and the first paragraph as one paragraph (as in “一是……。正文”), in the Word file too</translation>
    </message>
    <message>
        <source>字数上限…</source>
        <translation>Character Limit…</translation>
    </message>
    <message>
        <source>为当前小节设定字数上限（不含下级小节），超出时提纲标红、规范检查提示</source>
        <translation>Set a character limit for this section&apos;s own text; past it the outline shows red and the check warns</translation>
    </message>
    <message>
        <source>本级编号样式</source>
        <translation>Numbering of This Level</translation>
    </message>
    <message>
        <source>更改当前小节所在这一级的编号样式</source>
        <translation>Change the numbering style of the current section’s level</translation>
    </message>
    <message>
        <source>已删除“%1”及其 %2 个下级小节。按 %3 可撤销。</source>
        <translation>Deleted “%1” and its %2 subsections. Press %3 to undo.</translation>
    </message>
    <message>
        <source>已删除“%1”。按 %3 可撤销。</source>
        <translation>Deleted “%1”. Press %3 to undo.</translation>
    </message>
    <message>
        <source>本节（不含下级小节）</source>
        <translation>this section (without subsections)</translation>
    </message>
    <message>
        <source>本节</source>
        <translation>This section</translation>
    </message>
    <message>
        <source>“%1”%2现有 %3 字。
字数上限（0 表示不设上限）：</source>
        <translation>“%1”, %2, has %3 characters.
Character limit (0 for none):</translation>
    </message>
    <message>
        <source>字数上限</source>
        <translation>Character Limit</translation>
    </message>
    <message>
        <source>已设字数上限 %1 字。</source>
        <translation>Character limit set to %1.</translation>
    </message>
    <message>
        <source>已取消字数上限。</source>
        <translation>Character limit removed.</translation>
    </message>
    <message>
        <source>本级编号样式（第%1级）</source>
        <translation>Numbering of This Level (level %1)</translation>
    </message>
</context>
<context>
    <name>PageOutput</name>
    <message>
        <source>工作总结</source>
        <translation>Work summary</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>无法导出 PDF</source>
        <translation>Cannot Export PDF</translation>
    </message>
    <message>
        <source>已导出 PDF（%1 页）：%2</source>
        <translation>Exported the PDF (pages: %1): %2</translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation>Cannot Print</translation>
    </message>
    <message>
        <source>已发送打印：%1 页</source>
        <translation>Sent to the printer (pages: %1)</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>页面预览</source>
        <translation>Page Preview</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>设置(&amp;G)…</source>
        <translation>Settin&amp;gs…</translation>
    </message>
    <message>
        <source>界面语言、自动保存、导出默认选项和作者姓名</source>
        <translation>Interface language, autosave, export defaults and author name</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface Language</translation>
    </message>
    <message>
        <source>界面语言已更改。窗口中个别部分的文字在下次启动程序后才会切换。</source>
        <translation>The interface language was changed. A few parts of the window switch only the next time the program starts.</translation>
    </message>
    <message>
        <source>设置没有保存</source>
        <translation>Settings Not Saved</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>适合宽度</source>
        <translation>Fit Width</translation>
    </message>
    <message>
        <source>单页</source>
        <translation>One Page</translation>
    </message>
    <message>
        <source>双页</source>
        <translation>Two Pages</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>第 %1 页，共 %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Word 文档、文本文件或网页 (*.docx *.txt *.html *.htm);;所有文件 (*)</source>
        <translation>Word documents, text files or web pages (*.docx *.txt *.html *.htm);;All files (*)</translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation>Cannot Import</translation>
    </message>
    <message>
        <source>粘贴导入</source>
        <translation>Import Pasted Text</translation>
    </message>
    <message>
        <source>剪贴板里没有文字。请先复制要导入的内容。</source>
        <translation>The clipboard holds no text. Copy what you want to import first.</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>（只读）</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>只读打开：文件夹“%1”不能写入，“%2”不能保存在原处。请用“另存为”保存到其他文件夹。</source>
        <translation>Opened read-only: the folder “%1” cannot be written, so “%2” cannot be saved where it is. Use Save As to save it in another folder.</translation>
    </message>
    <message>
        <source>只读打开：“%1”是只读文件，不能保存在原处。请用“另存为”保存为新文件。</source>
        <translation>Opened read-only: “%1” is a read-only file and cannot be saved where it is. Use Save As to save it as a new file.</translation>
    </message>
    <message>
        <source>草稿正被编辑</source>
        <translation>Draft In Use</translation>
    </message>
    <message>
        <source>文件夹不能写入</source>
        <translation>Folder Cannot Be Written</translation>
    </message>
    <message>
        <source>草稿是只读文件</source>
        <translation>Draft Is Read-Only</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Save Failed</translation>
    </message>
    <message>
        <source>无法建立编辑锁</source>
        <translation>Cannot Lock the Draft</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBadge</name>
    <message>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>恢复文件已损坏</source>
        <translation>Damaged recovery file</translation>
    </message>
    <message>
        <source>未命名草稿</source>
        <translation>Untitled draft</translation>
    </message>
    <message>
        <source>恢复未保存的内容</source>
        <translation>Restore Unsaved Work</translation>
    </message>
    <message>
        <source>“%1”在这份恢复内容写下之后又保存过。恢复的内容将作为未命名草稿打开，请用“另存为”保存，以免覆盖较新的草稿。</source>
        <translation>“%1” was saved again after this recovered text was written. The recovered text opens as an untitled draft: use Save As, so that the newer draft is not overwritten.</translation>
    </message>
    <message>
        <source>上次程序意外结束，留下了未保存的内容：
%1

要恢复吗？</source>
        <translation>The program ended unexpectedly last time and left unsaved work:
%1

Restore it?</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>丢弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation>Cannot Restore</translation>
    </message>
</context>
<context>
    <name>ResultList</name>
    <message>
        <source>查找结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>单击一处结果跳到该处</source>
        <translation>Click a result to go there</translation>
    </message>
    <message>
        <source>仅列出前 %1 处，共 %2 处。</source>
        <translation>Showing the first %1 of %2.</translation>
    </message>
    <message>
        <source>开头</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation>(no heading)</translation>
    </message>
    <message>
        <source>（标题）</source>
        <translation>(heading)</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>审阅(&amp;R)</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>保存版本…</source>
        <translation>Save Version…</translation>
    </message>
    <message>
        <source>版本历史…</source>
        <translation>Version History…</translation>
    </message>
    <message>
        <source>导出修订稿…</source>
        <translation>Export with Tracked Changes…</translation>
    </message>
    <message>
        <source>带回审阅意见…</source>
        <translation>Bring In Review from Word…</translation>
    </message>
    <message>
        <source>审阅面板</source>
        <translation>Review Panel</translation>
    </message>
    <message>
        <source>已保存版本 %1</source>
        <translation>Saved version %1</translation>
    </message>
    <message>
        <source>导出修订稿</source>
        <translation>Export with Tracked Changes</translation>
    </message>
    <message>
        <source>还没有可以比较的版本。请先“保存版本…”或导出一次，修改后再导出修订稿。</source>
        <translation>There is no version to compare with yet. Use “Save Version…” or export once first; after your changes, export with tracked changes.</translation>
    </message>
    <message>
        <source>标出自哪个版本以来的修改：</source>
        <translation>Mark the changes made since this version:</translation>
    </message>
    <message>
        <source>（修订稿）</source>
        <translation> (tracked changes)</translation>
    </message>
    <message>
        <source>Word 文件 (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <source>导出修订稿失败</source>
        <translation>Export with Tracked Changes Failed</translation>
    </message>
    <message>
        <source>已导出修订稿：%1</source>
        <translation>Exported with tracked changes: %1</translation>
    </message>
    <message>
        <source>审阅</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>带回审阅意见</source>
        <translation>Bring In Review from Word</translation>
    </message>
    <message>
        <source>无法带回审阅意见</source>
        <translation>Cannot Bring In the Review</translation>
    </message>
    <message>
        <source>不是这份草稿的导出文件</source>
        <translation>Not Exported from This Draft</translation>
    </message>
    <message>
        <source>作为新草稿导入…</source>
        <translation>Import as a New Draft…</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>尚未带回审阅意见。</source>
        <translation>No review brought in yet.</translation>
    </message>
    <message>
        <source>修订建议</source>
        <translation>Suggested changes</translation>
    </message>
    <message>
        <source>批注</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>未能定位</source>
        <translation>Not placed</translation>
    </message>
    <message>
        <source>接受</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>全部接受</source>
        <translation>Accept All</translation>
    </message>
    <message>
        <source>全部拒绝</source>
        <translation>Reject All</translation>
    </message>
    <message>
        <source>回复…</source>
        <translation>Reply…</translation>
    </message>
    <message>
        <source>标为已解决</source>
        <translation>Mark Resolved</translation>
    </message>
    <message>
        <source>带回批注</source>
        <translation>Bring In Comments</translation>
    </message>
    <message>
        <source>“%1”：%2 条修订建议，%3 条批注，%4 处未能定位。</source>
        <translation>“%1”: suggested changes: %2; comments: %3; not placed: %4.</translation>
    </message>
    <message>
        <source>%1（%2）：%3。上下文：…%4…</source>
        <translation>%1 (%2): %3. Context: …%4…</translation>
    </message>
    <message>
        <source>未署名</source>
        <translation>no name</translation>
    </message>
    <message>
        <source>批注（%1）：%2</source>
        <translation>Comment (%1): %2</translation>
    </message>
    <message>
        <source>“%1”改为“%2”</source>
        <translation>Change “%1” to “%2”</translation>
    </message>
    <message>
        <source>插入“%1”</source>
        <translation>Insert “%1”</translation>
    </message>
    <message>
        <source>删除“%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <source>（开头）</source>
        <translation>(opening)</translation>
    </message>
    <message>
        <source>（已删除的一节）</source>
        <translation>(a deleted section)</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>第 %1 段</source>
        <translation>Paragraph %1</translation>
    </message>
    <message>
        <source>“%1”格式改变</source>
        <translation>Formatting of “%1” changed</translation>
    </message>
    <message>
        <source>这条修订所在的文字已经改动，无法自动接受；请对照修改后点“拒绝”。</source>
        <translation>The text this change was made on has changed since, so it cannot be accepted automatically. Make the change by hand, then click “Reject”.</translation>
    </message>
    <message>
        <source>接受修订</source>
        <translation>Accept Change</translation>
    </message>
    <message>
        <source>接受全部修订</source>
        <translation>Accept All Changes</translation>
    </message>
    <message>
        <source>%1 条修订所在的文字已经改动，未接受。</source>
        <translation>Not accepted, because the text they were made on has changed since: %1 changes.</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>待处理</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>回复批注</source>
        <translation>Reply to Comment</translation>
    </message>
    <message>
        <source>回复：</source>
        <translation>Reply:</translation>
    </message>
    <message>
        <source>起草人</source>
        <translation>Drafter</translation>
    </message>
    <message>
        <source>标记批注</source>
        <translation>Mark Comment</translation>
    </message>
</context>
<context>
    <name>SaveActions</name>
    <message>
        <source>工作总结</source>
        <translation>Work summary</translation>
    </message>
    <message>
        <source>%1（副本）</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>未命名草稿</source>
        <translation>Untitled draft</translation>
    </message>
    <message>
        <source>已保存，但未能保留上一版本</source>
        <translation>Saved, but the Previous Version Was Not Kept</translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <source>已保存到 %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>小节标题（不含序号）</source>
        <translation>Section heading (without its number)</translation>
    </message>
    <message>
        <source>在此输入正文。每段一行，按回车另起一段。</source>
        <translation>Type the text here. Press Enter to start a new paragraph.</translation>
    </message>
    <message>
        <source>另起一项</source>
        <translation>Next Item</translation>
    </message>
    <message>
        <source>标题与正文连排</source>
        <translation>Run Heading into Text</translation>
    </message>
    <message>
        <source>加粗</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>倾斜</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>下划线</source>
        <translation>Underline</translation>
    </message>
    <message>
        <source>开头段落（标题之下、第一个小节之前）</source>
        <translation>Opening paragraphs (below the title, before the first section)</translation>
    </message>
    <message>
        <source>请在左侧选择一个小节</source>
        <translation>Choose a section on the left</translation>
    </message>
</context>
<context>
    <name>SectionTree</name>
    <message>
        <source>新小节</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>新建小节</source>
        <translation>New Section</translation>
    </message>
    <message>
        <source>删除“%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <source>重命名为“%1”</source>
        <translation>Rename to “%1”</translation>
    </message>
    <message>
        <source>设为连排</source>
        <translation>Run Heading into Text</translation>
    </message>
    <message>
        <source>取消连排</source>
        <translation>Heading on Its Own Line</translation>
    </message>
    <message>
        <source>取消字数上限</source>
        <translation>Remove Character Limit</translation>
    </message>
    <message>
        <source>设字数上限为 %1 字</source>
        <translation>Set Character Limit to %1</translation>
    </message>
    <message>
        <source>移动</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>更改编号样式：第%1级为“%2”</source>
        <translation>Numbering of level %1: “%2”</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <source>降级</source>
        <translation>Demote</translation>
    </message>
    <message>
        <source>升级</source>
        <translation>Promote</translation>
    </message>
</context>
<context>
    <name>SectionTreeModel</name>
    <message>
        <source>（无标题）</source>
        <translation>(no heading)</translation>
    </message>
    <message>
        <source>共%1字</source>
        <translation>%1 chars in all</translation>
    </message>
    <message>
        <source>%1/%2字</source>
        <translation>%1/%2 chars</translation>
    </message>
    <message>
        <source>%1字</source>
        <translation>%1 chars</translation>
    </message>
    <message>
        <source>（含表格）</source>
        <translation> (tables included)</translation>
    </message>
    <message>
        <source>本节 %1 字，连同下级小节共 %2 字</source>
        <translation>%1 characters in this section, %2 with its subsections</translation>
    </message>
    <message>
        <source>本节 %1 字</source>
        <translation>Section: %1 characters</translation>
    </message>
    <message>
        <source>（其中表格 %1 字）</source>
        <translation> (%1 of them in tables)</translation>
    </message>
    <message>
        <source>本节（不含下级小节）字数上限 %1 字</source>
        <translation>Limit for this section&apos;s own text: %1 chars</translation>
    </message>
    <message>
        <source>字数上限 %1 字</source>
        <translation>Limit: %1 chars</translation>
    </message>
    <message>
        <source>，已超出 %1 字</source>
        <translation>, %1 over</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <source>不编号</source>
        <translation>unnumbered</translation>
    </message>
    <message>
        <source>第 %1 级小节 · 序号 %2</source>
        <translation>Level %1 section · number %2</translation>
    </message>
    <message>
        <source> · 标题与正文连排（导出时同一段）</source>
        <translation> · run-in heading (printed in one paragraph with the text)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>%1 秒</source>
        <translation>%1 seconds</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>界面</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>修订和版本</source>
        <translation>Tracked Changes and Versions</translation>
    </message>
    <message>
        <source>导出 Word 的默认选项</source>
        <translation>Word Export Defaults</translation>
    </message>
    <message>
        <source>界面语言：</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source>自动保存恢复副本：</source>
        <translation>Save a recovery copy every:</translation>
    </message>
    <message>
        <source>作者姓名：</source>
        <translation>Author name:</translation>
    </message>
    <message>
        <source>启动时打开上次的草稿</source>
        <translation>Open the last draft at start</translation>
    </message>
    <message>
        <source>例如：张三</source>
        <translation>e.g. Zhang San</translation>
    </message>
    <message>
        <source>写入导出的修订记录和保存的版本，审阅时可以看出是谁改的。</source>
        <translation>Written into exported tracked changes and saved versions, so that reviewers can see who changed what.</translation>
    </message>
</context>
<context>
    <name>SourceLinesModel</name>
    <message>
        <source>保留</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>作用</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>开始写一份工作总结</source>
        <translation>Start a Work Summary</translation>
    </message>
    <message>
        <source>选一个模板新建，或把已有的文字导入进来。这些操作以后也都在“文件”菜单里。</source>
        <translation>Start from a template, or bring in text you already have. All of these are also in the File menu.</translation>
    </message>
    <message>
        <source>从模板新建</source>
        <translation>New from a template</translation>
    </message>
    <message>
        <source>从已有的文字开始</source>
        <translation>Start from existing text</translation>
    </message>
    <message>
        <source>粘贴导入</source>
        <translation>Import Pasted Text</translation>
    </message>
    <message>
        <source>先在网页、聊天或 Word 里复制文字，再点这里按提纲导入</source>
        <translation>Copy text from a web page, a chat or Word first, then click here to import it by its outline</translation>
    </message>
    <message>
        <source>导入文件</source>
        <translation>Import a File</translation>
    </message>
    <message>
        <source>Word 文档（.docx）、文本文件（.txt）或保存的网页（.html），导入前可预览和调整层级</source>
        <translation>A Word document (.docx), a text file (.txt) or a saved web page (.html); preview and adjust the levels before importing</translation>
    </message>
    <message>
        <source>打开草稿</source>
        <translation>Open Draft</translation>
    </message>
    <message>
        <source>打开以前保存的草稿（.json）</source>
        <translation>Open a draft saved earlier (.json)</translation>
    </message>
    <message>
        <source>最近的草稿</source>
        <translation>Recent drafts</translation>
    </message>
    <message>
        <source>还没有打开过草稿。</source>
        <translation>No drafts opened yet.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message numerus="yes">
        <source>%n 个小节</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message>
        <source>本节 —</source>
        <translation>Section —</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 页</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>开头 %1 字</source>
        <translation>Opening: %1 characters</translation>
    </message>
    <message>
        <source>（含表格）</source>
        <translation> (tables included)</translation>
    </message>
    <message>
        <source>本节（不含下级）%1/%2 字</source>
        <translation>This section (own text) %1/%2 chars</translation>
    </message>
    <message>
        <source>本节 %1/%2 字</source>
        <translation>This section %1/%2 chars</translation>
    </message>
    <message>
        <source>本节 %1 字</source>
        <translation>Section: %1 characters</translation>
    </message>
    <message>
        <source>本节（不含下级）%1 字</source>
        <translation>This section (own text) %1 chars</translation>
    </message>
    <message>
        <source>全文 %1 字</source>
        <translation>Draft: %1 characters</translation>
    </message>
    <message numerus="yes">
        <source>约 %n 页</source>
        <translation>
            <numerusform>About %n page</numerusform>
            <numerusform>About %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>有未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>新草稿，尚未保存</source>
        <translation>New draft, not saved yet</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>插入表格…</source>
        <translation>Insert Table…</translation>
    </message>
    <message>
        <source>在上方插入行</source>
        <translation>Insert Row Above</translation>
    </message>
    <message>
        <source>在下方插入行</source>
        <translation>Insert Row Below</translation>
    </message>
    <message>
        <source>删除行</source>
        <translation>Delete Row</translation>
    </message>
    <message>
        <source>在左侧插入列</source>
        <translation>Insert Column Left</translation>
    </message>
    <message>
        <source>在右侧插入列</source>
        <translation>Insert Column Right</translation>
    </message>
    <message>
        <source>删除列</source>
        <translation>Delete Column</translation>
    </message>
    <message>
        <source>合并单元格</source>
        <translation>Merge Cells</translation>
    </message>
    <message>
        <source>拆分单元格</source>
        <translation>Split Cell</translation>
    </message>
    <message>
        <source>表头行（每页重复）</source>
        <translation>Header Row (Repeated on Each Page)</translation>
    </message>
    <message>
        <source>表题…</source>
        <translation>Table Caption…</translation>
    </message>
    <message>
        <source>删除表格</source>
        <translation>Delete Table</translation>
    </message>
    <message>
        <source>表格(&amp;A)</source>
        <translation>T&amp;able</translation>
    </message>
    <message>
        <source>表题</source>
        <translation>Table Caption</translation>
    </message>
    <message>
        <source>表题（印在表格上方，如“表1 重点工作完成情况表”；留空则不印）：</source>
        <translation>Caption (printed above the table, such as “表1 重点工作完成情况表”; leave empty for none):</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>年度工作总结</source>
        <translation>Annual Work Summary</translation>
    </message>
    <message>
        <source>上半年工作总结和下半年工作安排</source>
        <translation>First-Half Summary and Second-Half Plan</translation>
    </message>
    <message>
        <source>季度工作总结</source>
        <translation>Quarterly Work Summary</translation>
    </message>
    <message>
        <source>述职报告</source>
        <translation>Performance Report</translation>
    </message>
    <message>
        <source>空白</source>
        <translation>Blank</translation>
    </message>
</context>
<context>
    <name>VersionViewer</name>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>只读：这是保存过的版本，不能在这里修改。</source>
        <translation>Read-only: this is a saved version and cannot be changed here.</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>未能保存导出时的版本：%1</source>
        <translation>The version for this export could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>手动保存</source>
        <translation>Saved by hand</translation>
    </message>
    <message>
        <source>导出时</source>
        <translation>On export</translation>
    </message>
    <message>
        <source>当天首次保存</source>
        <translation>First save of the day</translation>
    </message>
    <message>
        <source>保存版本</source>
        <translation>Save Version</translation>
    </message>
    <message>
        <source>版本保存在草稿文件旁边。请先保存草稿，再保存版本。</source>
        <translation>Versions are kept beside the draft file. Save the draft first, then save a version.</translation>
    </message>
    <message>
        <source>版本说明（例如“报科长审阅前”）：</source>
        <translation>Description of the version (e.g. “before the section chief’s review”):</translation>
    </message>
    <message>
        <source>未能保存版本</source>
        <translation>Version Not Saved</translation>
    </message>
    <message>
        <source>版本历史</source>
        <translation>Version History</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>保存版本…</source>
        <translation>Save Version…</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <source>与当前比较</source>
        <translation>Compare with Current</translation>
    </message>
    <message>
        <source>比较所选两版</source>
        <translation>Compare the Two Selected</translation>
    </message>
    <message>
        <source>恢复此版本</source>
        <translation>Restore This Version</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>版本无法读取</source>
        <translation>Version Cannot Be Read</translation>
    </message>
    <message>
        <source>草稿还没有保存：版本保存在草稿文件旁边，请先保存草稿。</source>
        <translation>The draft has not been saved yet: versions are kept beside the draft file, so save the draft first.</translation>
    </message>
    <message>
        <source>还没有版本。导出时、每天第一次保存时会自动保存版本，也可以点“保存版本…”。</source>
        <translation>No versions yet. A version is saved automatically at each export and at the first save of each day; you can also click “Save Version…”.</translation>
    </message>
    <message>
        <source>共 %1 个版本，最早的在上面。</source>
        <translation>Versions: %1, the oldest at the top.</translation>
    </message>
    <message>
        <source>版本 %1（%2）</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>%1（只读）</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>比较：%1 → 当前草稿</source>
        <translation>Compare: %1 → current draft</translation>
    </message>
    <message>
        <source>比较：%1 → %2</source>
        <translation>Compare: %1 → %2</translation>
    </message>
    <message>
        <source>恢复版本</source>
        <translation>Restore Version</translation>
    </message>
    <message>
        <source>把草稿恢复为%1？现在的内容可以用“撤销”找回。</source>
        <translation>Restore the draft to %1? Undo brings back what it holds now.</translation>
    </message>
    <message>
        <source>恢复%1</source>
        <translation>Restore %1</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>成文日期格式</source>
        <translation>Date format</translation>
    </message>
    <message>
        <source>日期中多余的“0”</source>
        <translation>Extra “0” in a date</translation>
    </message>
    <message>
        <source>成文日期“{date}”缺少日，请写全年月日，如“2020年7月1日”。</source>
        <translation>The date “{date}” has no day: write year, month and day in full, such as “2020年7月1日”.</translation>
    </message>
    <message>
        <source>成文日期应使用阿拉伯数字、不编虚位，写作“{right}”。</source>
        <translation>The date should use Arabic numerals without leading zeros: “{right}”.</translation>
    </message>
    <message>
        <source>成文日期的年份应写全四位，例如“2020年7月1日”。</source>
        <translation>Write the year of the date with all four digits, such as “2020年7月1日”.</translation>
    </message>
    <message>
        <source>成文日期“{date}”无法识别或日期不存在，请写成“2020年7月1日”的形式。</source>
        <translation>The date “{date}” cannot be read or does not exist; write it like “2020年7月1日”.</translation>
    </message>
    <message>
        <source>日期中的月、日不编虚位，请删去前面的“0”（如“7月1日”）。</source>
        <translation>Months and days in dates take no leading zero: delete the “0” (as in “7月1日”).</translation>
    </message>
    <message>
        <source>全角数字</source>
        <translation>Full-width digits</translation>
    </message>
    <message>
        <source>“{found}”是全角数字，应使用半角数字“{right}”。</source>
        <translation>“{found}” is in full-width digits; use the half-width “{right}”.</translation>
    </message>
    <message>
        <source>标题中手工输入的编号</source>
        <translation>Number typed into a heading</translation>
    </message>
    <message>
        <source>序号格式不规范</source>
        <translation>Irregular number marker</translation>
    </message>
    <message>
        <source>“一是、二是”序号不连续</source>
        <translation>“一是, 二是” series out of order</translation>
    </message>
    <message>
        <source>标题开头手工输入了编号“{marker}”。编号由程序按位置自动生成，打印时会重复，请删除。</source>
        <translation>The heading starts with the typed number “{marker}”. Numbers are made from the position, so it would print twice: delete it.</translation>
    </message>
    <message>
        <source>如果这一节的层级不对，请在提纲中调整层级（升级/降级）。</source>
        <translation> If the section is at the wrong level, move it up or down a level in the outline.</translation>
    </message>
    <message>
        <source>序号“{marker}”格式不规范，应写作“{right}”。</source>
        <translation>The number marker “{marker}” is irregular; write “{right}”.</translation>
    </message>
    <message>
        <source>“{marker}”与前面的序号重复或倒序（前一个是“{before}”），应为“{expected}”。</source>
        <translation>“{marker}” repeats or goes back from the number before it (“{before}”); it should be “{expected}”.</translation>
    </message>
    <message>
        <source>序号从“{before}”跳到了“{marker}”，缺少“{expected}”。请补上或改正序号。</source>
        <translation>The numbers jump from “{before}” to “{marker}”, leaving out “{expected}”. Add it or correct the numbers.</translation>
    </message>
    <message>
        <source>标题落在页末</source>
        <translation>Heading at the foot of a page</translation>
    </message>
    <message>
        <source>落款单独成页</source>
        <translation>Closing alone on a page</translation>
    </message>
    <message>
        <source>落款跨页</source>
        <translation>Closing split across pages</translation>
    </message>
    <message>
        <source>段末单字成行</source>
        <translation>Single character on the last line</translation>
    </message>
    <message>
        <source>附件说明所在页没有正文</source>
        <translation>No body text on the attachment note&apos;s page</translation>
    </message>
    <message>
        <source>第 {page} 页的最后一行是标题“{heading}”，它的正文印在下一页。请给前面只有标题的小节补上正文，或删减本页的内容，让标题和正文在同一页。</source>
        <translation>The last line of page {page} is the heading “{heading}”, and its text prints on the next page. Add text to the sections before it that have only a heading, or shorten this page, so that the heading and its text are on the same page.</translation>
    </message>
    <message>
        <source>第 {page} 页只有落款（附件说明、署名或成文日期），没有正文。请精简附件说明，或调整正文的长短，让落款和正文的最后几行在同一页。</source>
        <translation>Page {page} has only the closing (attachment note, issuing authority or date) and no body text. Shorten the attachment note, or make the text longer or shorter, so that the closing is on the same page as the last lines of the text.</translation>
    </message>
    <message>
        <source>落款（附件说明、署名和成文日期）被分在第 {first} 页到第 {last} 页。请精简附件说明（例如把附件合并），让落款印在同一页。</source>
        <translation>The closing (attachment note, issuing authority and date) is split over pages {first} to {last}. Shorten the attachment note (for example by combining attachments) so that the closing prints on one page.</translation>
    </message>
    <message>
        <source>第 {page} 页上的附件说明前面没有正文，只有标题。附件说明应紧接正文：请给最后的小节补上正文，或删去没有正文的标题。</source>
        <translation>On page {page}, the attachment note comes after headings only, with no body text. The attachment note should follow the text directly: add text to the last sections, or delete the headings that have no text.</translation>
    </message>
    <message>
        <source>这一段在第 {page} 页的最后一行只有“{tail}”，单字成行。请删减或补充几个字，让最后一行至少有两个字。</source>
        <translation>The last line of this paragraph, on page {page}, is only “{tail}”: a single character on its own line. Cut or add a few characters so that the last line has at least two.</translation>
    </message>
    <message>
        <source>未填写的占位符</source>
        <translation>Unfilled placeholder</translation>
    </message>
    <message>
        <source>多余的“**”加粗符号</source>
        <translation>Stray “**” bold markers</translation>
    </message>
    <message>
        <source>“{found}”中的“**”是网页或聊天工具里的加粗写法，打印时会原样出现。请删去“**”；需要加粗时用工具栏的加粗按钮。</source>
        <translation>The “**” in “{found}” is how web pages and chat tools write bold; it would print as it is. Delete the “**” and use the Bold button on the toolbar instead.</translation>
    </message>
    <message>
        <source>“{found}”像是没有填写的占位内容，请填上实际内容。</source>
        <translation>“{found}” looks like a placeholder left unfilled; fill in the real content.</translation>
    </message>
    <message>
        <source>半角标点</source>
        <translation>Half-width punctuation</translation>
    </message>
    <message>
        <source>引号括号不成对</source>
        <translation>Unpaired quotes or brackets</translation>
    </message>
    <message>
        <source>标点重复</source>
        <translation>Repeated punctuation</translation>
    </message>
    <message>
        <source>省略号不规范</source>
        <translation>Irregular ellipsis</translation>
    </message>
    <message>
        <source>破折号、连接号不规范</source>
        <translation>Irregular dash or hyphen</translation>
    </message>
    <message>
        <source>数字之间的半角“,”：并列的数字之间应使用顿号“、”（如“1、2月份”）。</source>
        <translation>Half-width “,” between numbers: listed numbers are separated by the enumeration comma “、” (as in “1、2月份”).</translation>
    </message>
    <message>
        <source>中文里用了半角“{mark}”，应为全角“{full}”。</source>
        <translation>Half-width “{mark}” in Chinese text; use the full-width “{full}”.</translation>
    </message>
    <message>
        <source>中文里用了半角括号，应为“{full}”。</source>
        <translation>Half-width bracket in Chinese text; use “{full}”.</translation>
    </message>
    <message>
        <source>中文里用了半角括号“(”，应为全角“（”。</source>
        <translation>Half-width bracket “(” in Chinese text; use the full-width “（”.</translation>
    </message>
    <message>
        <source>中文里用了半角括号“)”，应为全角“）”。</source>
        <translation>Half-width bracket “)” in Chinese text; use the full-width “）”.</translation>
    </message>
    <message>
        <source>中文里用了半角引号，应为全角“{quotes}”。</source>
        <translation>Half-width quotation marks in Chinese text; use the full-width “{quotes}”.</translation>
    </message>
    <message>
        <source>中文里用了半角引号，且缺少另一半；请改为全角“{quotes}”并补全。</source>
        <translation>A half-width quotation mark in Chinese text without its other half; use the full-width “{quotes}” and complete the pair.</translation>
    </message>
    <message>
        <source>“{mark}”没有对应的“{other}”，请补上或删去。</source>
        <translation>“{mark}” has no matching “{other}”; add one or delete it.</translation>
    </message>
    <message>
        <source>“{mark}”前面缺少对应的“{other}”，请补上或删去。</source>
        <translation>“{mark}” has no matching “{other}” before it; add one or delete it.</translation>
    </message>
    <message>
        <source>标点“{run}”重复，保留一个即可。</source>
        <translation>The punctuation “{run}” is repeated; keep one.</translation>
    </message>
    <message>
        <source>段末标点“{run}”重复，应只用“{keep}”。</source>
        <translation>The end mark “{run}” is doubled; use only “{keep}”.</translation>
    </message>
    <message>
        <source>标点“{run}”连用，请保留合适的一个。</source>
        <translation>The punctuation marks “{run}” are used together; keep the right one.</translation>
    </message>
    <message>
        <source>省略号“{found}”不规范，应为“……”。</source>
        <translation>The ellipsis “{found}” is irregular; use “……”.</translation>
    </message>
    <message>
        <source>“{found}”应为破折号“——”。</source>
        <translation>“{found}” should be the dash “——”.</translation>
    </message>
    <message>
        <source>中文之间的“{found}”不规范：作破折号应为“——”，表示起止或相连（如“北京—上海”）应为“—”。请确认后修改。</source>
        <translation>“{found}” between Chinese characters is irregular: a dash is “——”, a range or link (as in “北京—上海”) is “—”. Check which is meant and correct it.</translation>
    </message>
    <message>
        <source>重复的字</source>
        <translation>Repeated character</translation>
    </message>
    <message>
        <source>重复的词</source>
        <translation>Repeated word</translation>
    </message>
    <message>
        <source>“{found}”重复了“{char}”字，可能是笔误；如确是笔误，删去多余的字。</source>
        <translation>“{found}” repeats the character “{char}”, maybe a typing slip; if so, delete the extra one.</translation>
    </message>
    <message>
        <source>“{word}”连写了{times}遍，可能是笔误；如确是笔误，删去重复的“{word}”。</source>
        <translation>“{word}” is written {times} times in a row, maybe a typing slip; if so, delete the repeated “{word}”.</translation>
    </message>
    <message>
        <source>多余空格</source>
        <translation>Extra spaces</translation>
    </message>
    <message>
        <source>首尾空格</source>
        <translation>Leading or trailing spaces</translation>
    </message>
    <message>
        <source>空段落</source>
        <translation>Empty paragraph</translation>
    </message>
    <message>
        <source>中文中间有多余的全角空格，请删除。</source>
        <translation>An extra full-width space inside Chinese text; delete it.</translation>
    </message>
    <message>
        <source>中文中间有多余的空格，请删除。</source>
        <translation>An extra space inside Chinese text; delete it.</translation>
    </message>
    <message>
        <source>开头有空格。段落缩进由程序自动排版，请删除这些空格。</source>
        <translation>Spaces at the start. The indent is laid out by the program; delete these spaces.</translation>
    </message>
    <message>
        <source>末尾有多余空格，请删除。</source>
        <translation>Extra spaces at the end; delete them.</translation>
    </message>
    <message>
        <source>空段落：段与段之间不需要空行，排版时会自动处理。可删除此段。</source>
        <translation>Empty paragraph: no blank lines are needed between paragraphs, the layout spaces them. This paragraph can be deleted.</translation>
    </message>
    <message>
        <source>超出字数上限</source>
        <translation>Over the length limit</translation>
    </message>
    <message>
        <source>空标题</source>
        <translation>Empty heading</translation>
    </message>
    <message>
        <source>标题末尾的标点</source>
        <translation>Punctuation at the end of a heading</translation>
    </message>
    <message>
        <source>主送机关末尾的冒号</source>
        <translation>Colon after the addressee</translation>
    </message>
    <message>
        <source>发文字号的写法</source>
        <translation>Document number format</translation>
    </message>
    <message>
        <source>标题末尾不加标点“{mark}”，请删除。</source>
        <translation>A title takes no “{mark}” at its end; delete it.</translation>
    </message>
    <message>
        <source>附件名称末尾不加标点“{mark}”，请删除。</source>
        <translation>An attachment name takes no “{mark}” at its end; delete it.</translation>
    </message>
    <message>
        <source>单独成行的标题末尾不加标点“{mark}”，请删除。</source>
        <translation>A heading on a line of its own takes no “{mark}” at its end; delete it.</translation>
    </message>
    <message>
        <source>本节共 {count} 字，超出字数上限 {budget} 字 {over} 字，请精简。</source>
        <translation>This section has {count} characters, {over} over its limit of {budget}; shorten it.</translation>
    </message>
    <message>
        <source>这一节没有标题。请填写标题，或删除这一节。</source>
        <translation>This section has no heading. Write one, or delete the section.</translation>
    </message>
    <message>
        <source>主送机关最后一个机关名称后用全角冒号“：”。</source>
        <translation>Put a full-width colon “：” after the last organisation&apos;s name in the addressee.</translation>
    </message>
    <message>
        <source>发文字号“{written}”应写作“{right}”：年份用六角括号〔〕括入，顺序号不加“第”字、不编虚位。</source>
        <translation>Write the document number “{written}” as “{right}”: the year goes in the hexagonal brackets 〔〕, and the serial number takes no “第” and no leading zeros.</translation>
    </message>
    <message>
        <source>表格有空单元格</source>
        <translation>Empty table cell</translation>
    </message>
    <message>
        <source>表格编号不连续</source>
        <translation>Table numbers out of sequence</translation>
    </message>
    <message>
        <source>合计与各项之和不符</source>
        <translation>Total does not match the items</translation>
    </message>
    <message>
        <source>表格中有半角标点</source>
        <translation>Half-width punctuation in a table</translation>
    </message>
    <message>
        <source>“{caption}”的编号应为表{expected}：表格按出现的顺序从表1起连续编号。请改正编号，或补上缺少的表格。</source>
        <translation>“{caption}” should be numbered 表{expected}: tables are numbered in the order they appear, from 表1 on without gaps. Correct the number, or add the missing table.</translation>
    </message>
    <message>
        <source>“{caption}”第 {row} 行第 {col} 列是空的。请填上内容；没有数据的格写“—”或“无”，不要留空。</source>
        <translation>Row {row}, column {col} of “{caption}” is empty. Fill it in; for a cell with no data write “—” or “无” instead of leaving it blank.</translation>
    </message>
    <message>
        <source>“{caption}”的“{label}”行第 {col} 列是 {total}，上面各行之和是 {sum}。请核对各项数字或合计数。</source>
        <translation>In “{caption}”, column {col} of the “{label}” row is {total}, but the rows above it add up to {sum}. Check the figures or the total.</translation>
    </message>
    <message>
        <source>表格中的“{mark}”是半角标点，中文里应使用全角的“{full}”。</source>
        <translation>The “{mark}” in the table is half-width punctuation; Chinese text uses the full-width “{full}”.</translation>
    </message>
    <message>
        <source>模板的填写说明</source>
        <translation>Template instructions</translation>
    </message>
    <message>
        <source>“{hint}”是模板里的填写说明，会原样打印出来。请换成实际内容，或删去这段说明。</source>
        <translation>“{hint}” is an instruction from the template and would print as it is. Replace it with the real content, or delete it.</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>计算机 {host}，用户 {user}，自 {when} 起</source>
        <translation>computer {host}, user {user}, since {when}</translation>
    </message>
    <message>
        <source>计算机 {host}，自 {when} 起</source>
        <translation>computer {host}, since {when}</translation>
    </message>
    <message>
        <source>时间不详</source>
        <translation>time unknown</translation>
    </message>
    <message>
        <source>（{detail}）</source>
        <translation> ({detail})</translation>
    </message>
    <message>
        <source>“{name}”不是工作总结草稿文件{extra}。请选择以 .json 保存的草稿，或用“导入”打开 Word 和文本文件。</source>
        <translation>“{name}” is not a work summary draft{extra}. Choose a draft saved as .json, or open Word and text files with Import.</translation>
    </message>
    <message>
        <source>可以打开同一文件夹中的备份“{backup}”（上一次保存前的版本）：在“打开”对话框的文件类型中选择“草稿备份”。</source>
        <translation>You can open the backup “{backup}” in the same folder (the version before the last save): choose “Draft backups” as the file type in the Open dialog.</translation>
    </message>
    <message>
        <source>同一文件夹中没有它的备份；如有其他副本（如 U 盘或邮件中的），请打开那一份。</source>
        <translation>There is no backup of it in the same folder; if you have another copy (on a USB stick or in an email), open that one.</translation>
    </message>
    <message>
        <source>“{name}”是空文件，里面没有草稿内容。{advice}也可以新建草稿。</source>
        <translation>“{name}” is empty: it holds no draft. {advice} Or start a new draft.</translation>
    </message>
    <message>
        <source>“{name}”已损坏：第 {line} 行第 {column} 列附近内容不完整或有误。文件未作任何改动。{advice}</source>
        <translation>“{name}” is damaged: the content near line {line}, column {column} is incomplete or wrong. The file was not changed. {advice}</translation>
    </message>
    <message>
        <source>“{name}”由更新版本的工作总结编辑器保存（格式版本 {version}，本程序支持到 {supported}）。请升级程序后再打开。</source>
        <translation>“{name}” was saved by a newer version of the editor (format version {version}; this program reads up to {supported}). Update the program, then open it.</translation>
    </message>
    <message>
        <source>“{name}”的内容不符合草稿格式：{where} {problem}。文件未作任何改动。</source>
        <translation>The content of “{name}” does not fit the draft format: {where} {problem}. The file was not changed.</translation>
    </message>
    <message>
        <source>“{name}”超出了草稿的限制：{place}{problem}，不像是工作总结草稿。文件未作任何改动；请确认选择的文件。</source>
        <translation>“{name}” is over the limits of a draft: {place}{problem}; it does not look like a work summary draft. The file was not changed; check that you chose the right file.</translation>
    </message>
    <message>
        <source>“{name}”太大（{size} MB，上限 {limit} MB），不像是工作总结草稿。请确认选择的文件。</source>
        <translation>“{name}” is too large ({size} MB, the limit is {limit} MB) to be a work summary draft. Check that you chose the right file.</translation>
    </message>
    <message>
        <source>如果这个文件正在 Word、WPS 或其他程序中打开，请先关闭它再试；否则</source>
        <translation>If the file is open in Word, WPS or another program, close it there and try again; otherwise </translation>
    </message>
    <message>
        <source>没有权限保存到“{path}”。{busy}请换一个文件夹，或请管理员开放权限。</source>
        <translation>No permission to save to “{path}”. {busy}choose another folder, or ask the administrator for permission.</translation>
    </message>
    <message>
        <source>没有权限读取“{path}”。{busy}请换一个文件夹，或请管理员开放权限。</source>
        <translation>No permission to read “{path}”. {busy}choose another folder, or ask the administrator for permission.</translation>
    </message>
    <message>
        <source>文件夹“{folder}”不能写入（没有写入权限，或是只读的磁盘、光盘或共享文件夹），所以“{name}”没有保存，修改仍在窗口中。请用“另存为”把草稿保存到可以写入的文件夹（例如“文档”）。</source>
        <translation>The folder “{folder}” cannot be written (no write permission, or a read-only disk, disc or shared folder), so “{name}” was not saved; the changes are still in the window. Use Save As to save the draft to a folder you can write to (such as Documents).</translation>
    </message>
    <message>
        <source>磁盘空间不足，无法保存“{name}”。原文件保持不变；请清理磁盘或保存到其他位置。</source>
        <translation>Not enough disk space to save “{name}”. The file is unchanged; free some space or save somewhere else.</translation>
    </message>
    <message>
        <source>找不到文件“{path}”。它可能已被移动或删除。</source>
        <translation>The file “{path}” cannot be found. It may have been moved or deleted.</translation>
    </message>
    <message>
        <source>无法保存“{name}”：{reason}。原文件保持不变。</source>
        <translation>“{name}” could not be saved: {reason}. The file is unchanged.</translation>
    </message>
    <message>
        <source>“{name}”正在被另一个窗口编辑（{owner}）。为避免互相覆盖，请在那个窗口中继续编辑，或先关闭它。</source>
        <translation>“{name}” is being edited in another window ({owner}). So that neither overwrites the other, go on editing there, or close it first.</translation>
    </message>
    <message>
        <source>公文标准字体</source>
        <translation>Official fonts</translation>
    </message>
    <message>
        <source>Windows 自带字体</source>
        <translation>Windows fonts</translation>
    </message>
    <message>
        <source>没有填写署名（发文机关），导出的文件末尾不会有署名。请在“文档信息”里填写署名。</source>
        <translation>The issuing authority is not filled in, so the exported file will end without one. Fill it in under Document Info.</translation>
    </message>
    <message>
        <source>没有填写成文日期，导出的文件末尾不会有日期。请在“文档信息”里填写成文日期。</source>
        <translation>The date is not filled in, so the exported file will end without a date. Fill it in under Document Info.</translation>
    </message>
    <message>
        <source>本机没有安装字体：{faces}，打印时这些文字会换成别的字体。请安装这些字体，或在导出时改选“{profile}”字体方案。</source>
        <translation>These fonts are not installed on this computer: {faces}. Printed from here, that text will come out in other fonts. Install the fonts, or choose “{profile}” as the fonts when exporting.</translation>
    </message>
    <message>
        <source>本机没有安装字体：{faces}，打印时这些文字会换成别的字体。请安装这些字体后再打印。</source>
        <translation>These fonts are not installed on this computer: {faces}. Printed from here, that text will come out in other fonts. Install the fonts before printing.</translation>
    </message>
    <message>
        <source>字体</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <source>无法读取“{name}”：{reason}。文件未作任何改动。</source>
        <translation>“{name}” could not be read: {reason}. The file was not changed.</translation>
    </message>
    <message>
        <source>“{name}”是只读文件，没有保存。请在文件属性中取消“只读”后再保存，或用“另存为”保存到新文件。原文件保持不变。</source>
        <translation>“{name}” is a read-only file and was not saved. Clear “Read-only” in the file’s properties and save again, or use Save As to save a new file. The file is unchanged.</translation>
    </message>
    <message>
        <source>无法为“{name}”建立编辑锁（{reason}）。草稿没有任何改动；请清理磁盘或检查文件夹权限后再打开，或把草稿另存到其他位置。</source>
        <translation>The edit lock for “{name}” could not be made ({reason}). The draft was not changed; free some disk space or check the folder’s permissions and open it again, or save the draft somewhere else.</translation>
    </message>
    <message>
        <source>这是一个文件夹，不是文件</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <source>路径中有一部分不是文件夹</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <source>读写磁盘时出错（磁盘、U 盘或网络连接可能有问题）</source>
        <translation>the disk could not be read or written (the disk, USB stick or network may have a problem)</translation>
    </message>
    <message>
        <source>文件名或路径太长</source>
        <translation>the file name or path is too long</translation>
    </message>
    <message>
        <source>路径中的快捷方式（符号链接）互相指向，形成了循环</source>
        <translation>shortcuts (symbolic links) in the path point at each other in a loop</translation>
    </message>
    <message>
        <source>同时打开的文件太多</source>
        <translation>too many files are open at once</translation>
    </message>
    <message>
        <source>系统同时打开的文件太多</source>
        <translation>the system has too many files open at once</translation>
    </message>
    <message>
        <source>文件正被其他程序占用</source>
        <translation>the file is in use by another program</translation>
    </message>
    <message>
        <source>同名文件已存在</source>
        <translation>a file of that name already exists</translation>
    </message>
    <message>
        <source>不能跨磁盘移动文件</source>
        <translation>files cannot be moved between disks</translation>
    </message>
    <message>
        <source>文件名或路径不合法（可能含有 \ / : * ? &quot; &lt; &gt; | 等字符）</source>
        <translation>the file name or path is not allowed (it may contain characters such as \ / : * ? &quot; &lt; &gt; |)</translation>
    </message>
    <message>
        <source>文件超过了磁盘允许的大小</source>
        <translation>the file is larger than the disk allows</translation>
    </message>
    <message>
        <source>设备不可用</source>
        <translation>the device is not available</translation>
    </message>
    <message>
        <source>文件夹不是空的</source>
        <translation>the folder is not empty</translation>
    </message>
    <message>
        <source>网络连接超时</source>
        <translation>the network connection timed out</translation>
    </message>
    <message>
        <source>内存不足</source>
        <translation>not enough memory</translation>
    </message>
    <message>
        <source>网络共享上的文件已失效，请重新连接共享文件夹</source>
        <translation>the file on the network share is no longer valid; connect to the shared folder again</translation>
    </message>
    <message>
        <source>网络上的计算机没有响应</source>
        <translation>the computer on the network does not answer</translation>
    </message>
    <message>
        <source>这个磁盘或共享文件夹不支持所需的操作</source>
        <translation>this disk or shared folder does not support what is needed</translation>
    </message>
    <message>
        <source>磁盘不支持文件锁</source>
        <translation>the disk does not support file locks</translation>
    </message>
    <message>
        <source>系统错误（错误号 {number}）</source>
        <translation>system error (number {number})</translation>
    </message>
    <message>
        <source>系统错误</source>
        <translation>system error</translation>
    </message>
    <message>
        <source>同名的文件夹已存在，这是一个文件夹，不是文件</source>
        <translation>a folder of that name exists; it is a folder, not a file</translation>
    </message>
    <message>
        <source>“{backup}”是一个文件夹</source>
        <translation>“{backup}” is a folder</translation>
    </message>
    <message>
        <source>原因不明</source>
        <translation>reason unknown</translation>
    </message>
    <message>
        <source>“{name}”已保存，但没能保留上一版本的备份（{reason}）。如需备份，请移走或改名“{backup}”。</source>
        <translation>“{name}” was saved, but the backup of the previous version could not be kept ({reason}). To keep backups, move or rename “{backup}”.</translation>
    </message>
    <message>
        <source>这不是普通文件（可能是设备或管道）</source>
        <translation>this is not an ordinary file (it may be a device or a pipe)</translation>
    </message>
    <message>
        <source>磁盘空间不足</source>
        <translation>not enough disk space</translation>
    </message>
    <message>
        <source>没有在这个文件夹中写文件的权限</source>
        <translation>no permission to write files in this folder</translation>
    </message>
    <message>
        <source>第{line}行：发文字号“{number}”已放入文档信息的“发文字号”</source>
        <translation>Line {line}: the document number “{number}” was put in “Document number” in Document Info</translation>
    </message>
    <message>
        <source>第{line}行：主送机关“{recipient}”已放入文档信息的“主送机关”（顶格排在标题下）</source>
        <translation>Line {line}: the addressee “{recipient}” was put in “Addressee” in Document Info (printed flush left below the title)</translation>
    </message>
    <message>
        <source>第 {line} 行“{heading}”跳过了一级标题，已按下一级处理。</source>
        <translation>Line {line}: “{heading}” skips a heading level; it was taken as the next level down.</translation>
    </message>
    <message>
        <source>另有{count}处编号与原文不同，未逐一列出</source>
        <translation>Numbers that differ from the source, not listed one by one: {count} more</translation>
    </message>
    <message>
        <source>第{line}行：“{heading}”原文没有编号，导入后与同级一样显示为“{derived}”</source>
        <translation>Line {line}: “{heading}” has no number in the source; after the import it is numbered “{derived}”, like the others at its level</translation>
    </message>
    <message>
        <source>第{line}行：原文编号“{source}”导入后不显示（这一级不编号）</source>
        <translation>Line {line}: the source number “{source}” is not shown after the import (this level is not numbered)</translation>
    </message>
    <message>
        <source>第{line}行：原文编号“{source}”与上一项重复，已按顺序改为“{derived}”</source>
        <translation>Line {line}: the source number “{source}” repeats the one before it and was changed to “{derived}”, in sequence</translation>
    </message>
    <message>
        <source>第{line}行：原文编号“{source}”与自动编号“{derived}”不同</source>
        <translation>Line {line}: the source number “{source}” differs from the automatic number “{derived}”</translation>
    </message>
    <message>
        <source>第{line}行起{count}处编号写法不标准（如“{written}”），已按标准写法改为“{standard}”</source>
        <translation>From line {line} on, numbers written in a non-standard way (such as “{written}”) were changed to the standard “{standard}”: {count} in all</translation>
    </message>
    <message>
        <source>第{line}行起{rows}行识别为表格（{cols}列）；如果不是表格，可在左侧把它设为“正文”。</source>
        <translation>From line {line} on, {rows} lines were recognised as a table ({cols} columns); if it is not a table, set these lines to “Body text” on the left.</translation>
    </message>
    <message>
        <source>“{name}”是网页文件，但里面没有可见的文字（可能由脚本生成）。请在浏览器中打开它，复制正文后用“粘贴导入”。</source>
        <translation>“{name}” is a web page file, but it has no visible text (the page may be built by scripts). Open it in a browser, copy the text, then use “Import from Clipboard”.</translation>
    </message>
    <message>
        <source>一、二、三、</source>
        <translation>一、二、三、 (Chinese numerals)</translation>
    </message>
    <message>
        <source>（一）（二）（三）</source>
        <translation>（一）（二）（三） (in brackets)</translation>
    </message>
    <message>
        <source>1. 2. 3.</source>
        <translation>1. 2. 3.</translation>
    </message>
    <message>
        <source>（1）（2）（3）</source>
        <translation>（1）（2）（3）</translation>
    </message>
    <message>
        <source>一是 二是 三是</source>
        <translation>一是 二是 三是 (first, second…)</translation>
    </message>
    <message>
        <source>第一，第二，</source>
        <translation>第一，第二， (firstly, secondly…)</translation>
    </message>
    <message>
        <source>1&#x3000;1.1&#x3000;1.1.1</source>
        <translation>1  1.1  1.1.1 (decimal)</translation>
    </message>
    <message>
        <source>不编号</source>
        <translation>No numbering</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>副标题</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <source>署名</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <source>成文日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>主送机关</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>发文字号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>开头</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>小节标题</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>附件{number}</source>
        <translation>Attachment {number}</translation>
    </message>
    <message>
        <source>未命名草稿</source>
        <translation>Untitled draft</translation>
    </message>
    <message>
        <source>《{title}》{name}（{when}）</source>
        <translation>“{title}” {name} ({when})</translation>
    </message>
    <message>
        <source>{name}（{when}）</source>
        <translation>{name} ({when})</translation>
    </message>
    <message>
        <source>不是恢复文件</source>
        <translation>not a recovery file</translation>
    </message>
    <message>
        <source>文件是空的</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>文件不完整</source>
        <translation>the file is incomplete</translation>
    </message>
    <message>
        <source>由更新版本的程序写入</source>
        <translation>written by a newer version of the program</translation>
    </message>
    <message>
        <source>文件头有误</source>
        <translation>its header is wrong</translation>
    </message>
    <message>
        <source>草稿内容有误</source>
        <translation>the draft in it is wrong</translation>
    </message>
    <message>
        <source>恢复文件“{name}”已损坏，无法恢复：{reason}它已移到恢复文件夹中的“{folder}”子文件夹，不会再提示。</source>
        <translation>The recovery file “{name}” is damaged and cannot be restored: {reason} It was moved to the “{folder}” folder inside the recovery folder and will not be offered again.</translation>
    </message>
    <message>
        <source>恢复文件“{name}”已损坏，无法恢复（{reason}）。它已移到恢复文件夹中的“{folder}”子文件夹，不会再提示。</source>
        <translation>The recovery file “{name}” is damaged and cannot be restored ({reason}). It was moved to the “{folder}” folder inside the recovery folder and will not be offered again.</translation>
    </message>
    <message>
        <source>意外错误 {kind}</source>
        <translation>unexpected error {kind}</translation>
    </message>
    <message>
        <source>只有说明文件，没有恢复的内容</source>
        <translation>there is only the description, no recovered content</translation>
    </message>
    <message>
        <source>“{name}”不是从当前草稿“{title}”导出的 Word 文件（其中找不到本草稿的任何一节），所以没有合并任何修改。请打开导出这份文件的草稿再带回修订，或者把它作为新草稿导入。</source>
        <translation>“{name}” is not a Word file exported from the current draft “{title}” (none of this draft&apos;s sections are in it), so no changes were merged. Open the draft it was exported from and bring the changes in there, or import it as a new draft.</translation>
    </message>
    <message>
        <source>这段文字在导出后已被修改</source>
        <translation>this text was changed after the export</translation>
    </message>
    <message>
        <source>修订跨越了标题和正文，或涉及自动生成的编号</source>
        <translation>the change spans a heading and its text, or touches an automatic number</translation>
    </message>
    <message>
        <source>修订在文档标题处：请在“文档信息”中修改标题</source>
        <translation>the change is in the document title: change the title in Document Info</translation>
    </message>
    <message>
        <source>修订在表格中：请在编辑器中对照修改表格</source>
        <translation>the change is in a table: make it in the table in the editor</translation>
    </message>
    <message>
        <source>修订在正文之后（附件说明、署名、成文日期或附件）：请在“文档信息”或附件中修改</source>
        <translation>the change is after the body text (attachment note, issuing authority, date or an attachment): make it in Document Info or in the attachment</translation>
    </message>
    <message>
        <source>修改了段落格式（如改成标题、改对齐或缩进）：版式按国家标准排，未带回；如需改层级，请在编辑器中调整</source>
        <translation>the paragraph formatting was changed (made a heading, realigned or indented, say): the layout follows the national standard, so it was not brought in; to change a level, do it in the editor</translation>
    </message>
    <message>
        <source>“{path}”是一个文件夹。请在文件名处写上要保存的 Word 文件名（.docx）。</source>
        <translation>“{path}” is a folder. Type the name of the Word file to save (.docx) as the file name.</translation>
    </message>
    <message>
        <source>文件夹“{folder}”不存在。请先建立它，或换一个保存位置。</source>
        <translation>The folder “{folder}” does not exist. Create it first, or save somewhere else.</translation>
    </message>
    <message>
        <source>“{name}”没有编号为“{id}”的版本。请用 versions 命令或“版本”窗口查看已有的版本。</source>
        <translation>“{name}” has no version numbered “{id}”. See which versions there are with the versions command or in the Version History window.</translation>
    </message>
    <message>
        <source>版本目录“{folder}”中的索引无法读取（{problem}）。草稿本身没有改动；请把该目录移走或改名后再试，版本文件仍在其中。</source>
        <translation>The index in the versions folder “{folder}” cannot be read ({problem}). The draft itself is unchanged. Move or rename that folder and try again; the version files are still in it.</translation>
    </message>
    <message>
        <source>内容不是版本索引</source>
        <translation>its content is not a version index</translation>
    </message>
    <message>
        <source>“{path}”已经存在，为免覆盖没有写入。请换一个文件名，或加 --force 覆盖它。</source>
        <translation>“{path}” already exists, so nothing was written over it. Choose another file name, or add --force to overwrite it.</translation>
    </message>
    <message>
        <source>这份草稿排出来有 {pages} 页，超过了一次生成 PDF 或打印的上限 {limit} 页，没有生成。请把它分成几份草稿，分别生成。</source>
        <translation>This draft lays out to {pages} pages, more than the {limit} pages a single PDF or print job can have, so nothing was made. Split it into several drafts and make each one separately.</translation>
    </message>
    <message>
        <source>无法开始打印或生成 PDF。请检查打印机是否可用，然后重试。</source>
        <translation>Printing or making the PDF could not start. Check that the printer is available, then try again.</translation>
    </message>
    <message>
        <source>设置文件“{path}”已损坏，本次使用默认设置（最近打开的文件等已清空）。损坏的文件没能另存，请检查文件夹权限。</source>
        <translation>The settings file “{path}” is damaged; the default settings are used this time (the recent files and the like are cleared). The damaged file could not be kept aside: check the folder’s permissions.</translation>
    </message>
    <message>
        <source>设置文件已损坏，本次使用默认设置（最近打开的文件等已清空）。原来的设置文件已另存为“{aside}”，可以把它发给技术支持。</source>
        <translation>The settings file is damaged; the default settings are used this time (the recent files and the like are cleared). The old settings file was kept as “{aside}”; you can send it to support.</translation>
    </message>
</context>
</TS>
