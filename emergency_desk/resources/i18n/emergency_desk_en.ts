<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
    <context>
        <name>CheckPage</name>
        <message>
            <source>第 4 步：检查</source>
            <translation>Step 4: Check</translation>
        </message>
        <message>
            <source>逐行检查，不写入数据库。有错误时请改正表格后点“上一步”回到第 1 步重新选择文件。</source>
            <translation>Every row is checked; nothing is written to the database. If there are errors, correct the spreadsheet, then click "Back" to return to step 1 and choose the file again.</translation>
        </message>
        <message>
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>点击“导入”写入数据库。</source>
            <translation>Click "Import" to write to the database.</translation>
        </message>
    </context>
    <context>
        <name>CommitPage</name>
        <message>
            <source>第 5 步：导入</source>
            <translation>Step 5: Import</translation>
        </message>
        <message>
            <source>所有行一次写入：要么全部导入，要么一条也不写。</source>
            <translation>All rows are written at once: either everything is imported or nothing is.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>程序出错</source>
            <translation>Program error</translation>
        </message>
        <message>
            <source>程序遇到了意外错误，刚才的操作没有完成。已保存的数据不受影响。
请点击“复制”，把下面的详细信息连同日志文件发给维护人员。</source>
            <translation>The program hit an unexpected error and the last action was not completed. Data already saved is not affected.
Click "Copy" and send the details below, together with the log file, to your maintainer.</translation>
        </message>
        <message>
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>复制</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>日志文件：{0}</source>
            <translation>Log file: {0}</translation>
        </message>
        <message>
            <source>已复制</source>
            <translation>Copied</translation>
        </message>
    </context>
    <context>
        <name>ExcelActions</name>
        <message>
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>导出</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>导出为 Excel（可再导入）</source>
            <translation>Export to Excel (can be imported again)</translation>
        </message>
        <message>
            <source>模板</source>
            <translation>Template</translation>
        </message>
        <message>
            <source>保存空白导入模板</source>
            <translation>Save a blank import template</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>第 1 步：选择文件</source>
            <translation>Step 1: Choose a file</translation>
        </message>
        <message>
            <source>选择要导入的 Excel 文件（.xlsx 或旧版 .xls）和工作表。</source>
            <translation>Choose the Excel file (.xlsx or legacy .xls) and the sheet to import.</translation>
        </message>
        <message>
            <source>点击“浏览…”选择文件</source>
            <translation>Click "Browse…" to choose a file</translation>
        </message>
        <message>
            <source>浏览…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>保存空白模板…</source>
            <translation>Save blank template…</translation>
        </message>
        <message>
            <source>文件</source>
            <translation>File</translation>
        </message>
        <message>
            <source>工作表</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>还没有表格？可先保存空白模板，填好后再导入。</source>
            <translation>No spreadsheet yet? Save a blank template, fill it in, then import it.</translation>
        </message>
        <message>
            <source>选择要导入的文件</source>
            <translation>Choose the file to import</translation>
        </message>
        <message>
            <source>保存导入模板</source>
            <translation>Save import template</translation>
        </message>
        <message>
            <source>正在生成模板…</source>
            <translation>Creating the template…</translation>
        </message>
        <message>
            <source>模板已保存</source>
            <translation>Template saved</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>确定</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>带 * 的为必填项</source>
            <translation>Fields marked * are required</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>&lt; 上一步</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <source>下一步 &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>完成</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>第 3 步：列对应</source>
            <translation>Step 3: Match columns</translation>
        </message>
        <message>
            <source>为每一列选择表格中对应的列。已自动识别的列无需改动；带 * 的列必须有。</source>
            <translation>For each field, choose the matching column of the spreadsheet. Columns recognised automatically need no change; fields marked * must be matched.</translation>
        </message>
        <message>
            <source>（不导入）</source>
            <translation>(do not import)</translation>
        </message>
        <message>
            <source>例：</source>
            <translation>e.g. </translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>第 2 步：预览</source>
            <translation>Step 2: Preview</translation>
        </message>
        <message>
            <source>这是文件开头几行的原样内容，请确认选对了文件和工作表。</source>
            <translation>These are the first rows of the file as they are. Please check that you chose the right file and sheet.</translation>
        </message>
    </context>
    <context>
        <name>RegionsPage</name>
        <message>
            <source>全部区划</source>
            <translation>All regions</translation>
        </message>
        <message>
            <source>全部乡镇</source>
            <translation>All townships</translation>
        </message>
        <message>
            <source>选中的 {0} 个区划</source>
            <translation>the {0} selected regions</translation>
        </message>
        <message>
            <source>删除行政区划</source>
            <translation>Delete region</translation>
        </message>
        <message>
            <source>确定删除{0}吗？
删除后可在“回收站”中恢复。</source>
            <translation>Delete {0}?
You can restore it from the Recycle Bin.</translation>
        </message>
        <message>
            <source>请只选择同一层级的乡镇或村（社区）再移动；县不能移动。</source>
            <translation>Select only townships, or only villages/communities, to move them; a county cannot be moved.</translation>
        </message>
        <message>
            <source>移动到…</source>
            <translation>Move to…</translation>
        </message>
        <message>
            <source>新的上级：</source>
            <translation>New parent:</translation>
        </message>
        <message>
            <source>导出行政区划</source>
            <translation>Export regions</translation>
        </message>
        <message>
            <source>正在导出…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>导出完成</source>
            <translation>Export finished</translation>
        </message>
        <message>
            <source>保存导入模板</source>
            <translation>Save import template</translation>
        </message>
        <message>
            <source>正在生成模板…</source>
            <translation>Creating the template…</translation>
        </message>
        <message>
            <source>模板已保存</source>
            <translation>Template saved</translation>
        </message>
        <message>
            <source>正在生成报表…</source>
            <translation>Creating the report…</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <source>搜索：名称、代码、拼音或首字母（Ctrl+F）</source>
            <translation>Search: name, code, pinyin or initials (Ctrl+F)</translation>
        </message>
        <message>
            <source>共 {0} 条</source>
            <translation>{0} records</translation>
        </message>
        <message>
            <source>，已选 {0} 条</source>
            <translation>, {0} selected</translation>
        </message>
    </context>
    <context>
        <name>StockTab</name>
        <message>
            <source>全部乡镇</source>
            <translation>All townships</translation>
        </message>
        <message>
            <source>全部仓库</source>
            <translation>All warehouses</translation>
        </message>
        <message>
            <source>打印单据</source>
            <translation>Print slip</translation>
        </message>
        <message>
            <source>请先在“仓库”筛选中选择要盘点的仓库。</source>
            <translation>First choose the warehouse to count in the "Warehouse" filter.</translation>
        </message>
        <message>
            <source>删除批次</source>
            <translation>Delete batch</translation>
        </message>
        <message>
            <source>确定删除选中的批次吗？
删除后可在“回收站”中恢复。</source>
            <translation>Delete the selected batches?
You can restore them from the Recycle Bin.</translation>
        </message>
    </context>
    <context>
        <name>SuppliesPage</name>
        <message>
            <source>库存台账</source>
            <translation>Stock ledger</translation>
        </message>
        <message>
            <source>仓库</source>
            <translation>Warehouse</translation>
        </message>
        <message>
            <source>物资品目</source>
            <translation>Supply item</translation>
        </message>
        <message>
            <source>储备定额</source>
            <translation>reserve quotas</translation>
        </message>
        <message>
            <source>协议储备</source>
            <translation>Agreement reserve</translation>
        </message>
    </context>
    <context>
        <name>_RunPage</name>
        <message>
            <source>正在读取并检查……</source>
            <translation>Reading and checking…</translation>
        </message>
        <message>
            <source>正在检查…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>正在导入…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>检查时程序出错。</source>
            <translation>The program failed while checking.</translation>
        </message>
        <message>
            <source>数据库未改动。</source>
            <translation>The database was not changed.</translation>
        </message>
    </context>
    <context>
        <name>crash</name>
        <message>
            <source>无法完成</source>
            <translation>Could not finish</translation>
        </message>
    </context>
    <context>
        <name>emergency_desk</name>
        <message>
            <source>应急资源台账：应急物资、救援队伍、灾害信息员、应急预案。不带命令时打开主窗口。</source>
            <translation>EmergencyDesk: emergency supplies, rescue teams, disaster-information officers, emergency plans. Without a command it opens the main window.</translation>
        </message>
        <message>
            <source>数据库文件（默认取环境变量 EMERGENCY_DESK_DB，否则为用户数据文件夹）</source>
            <translation>database file (default: the EMERGENCY_DESK_DB environment variable, else the user data folder)</translation>
        </message>
        <message>
            <source>界面语言</source>
            <translation>interface language</translation>
        </message>
        <message>
            <source>打开主窗口</source>
            <translation>open the main window</translation>
        </message>
        <message>
            <source>用演示县的数据填充数据库</source>
            <translation>fill the database with a demo county</translation>
        </message>
        <message>
            <source>替换已有数据（先自动备份）</source>
            <translation>replace existing data (a backup is made first)</translation>
        </message>
        <message>
            <source>从 Excel 导入台账（全部成功才写入）</source>
            <translation>import a register from Excel (written only if every row is valid)</translation>
        </message>
        <message>
            <source>只检查，不写入</source>
            <translation>check only, write nothing</translation>
        </message>
        <message>
            <source>把台账导出为 Excel</source>
            <translation>export a register to Excel</translation>
        </message>
        <message>
            <source>生成空白导入模板（.xlsx）</source>
            <translation>write a blank import template (.xlsx)</translation>
        </message>
        <message>
            <source>生成 PDF 报表</source>
            <translation>write a PDF report</translation>
        </message>
        <message>
            <source>保存到的 PDF 文件</source>
            <translation>PDF file to write</translation>
        </message>
        <message>
            <source>只包含该区划（名称或区划代码）</source>
            <translation>only this region (name or region code)</translation>
        </message>
        <message>
            <source>列出全部预警事项</source>
            <translation>list every alert</translation>
        </message>
        <message>
            <source>以 JSON 列表输出</source>
            <translation>print a JSON list</translation>
        </message>
        <message>
            <source>把数据库备份到文件</source>
            <translation>back the database up to a file</translation>
        </message>
        <message>
            <source>从备份文件恢复数据库</source>
            <translation>restore the database from a backup file</translation>
        </message>
        <message>
            <source>列出台账（REGISTER）和报表（REPORT）名称及其列</source>
            <translation>list REGISTER and REPORT names with their columns</translation>
        </message>
        <message>
            <source>已中断。</source>
            <translation>Interrupted.</translation>
        </message>
        <message>
            <source>程序内部出错（这是程序的缺陷，不是您的操作问题）。详细信息已写入日志：{path}</source>
            <translation>Internal error (a bug in the program, not something you did). Details were written to the log: {path}</translation>
        </message>
        <message>
            <source>找不到文件 {path}。请检查文件名和所在文件夹。</source>
            <translation>File not found: {path}. Please check the file name and folder.</translation>
        </message>
        <message>
            <source>无法加载图形界面（{err}）。命令行功能仍可使用；请重新安装本程序，或在 Linux 上安装 Qt 所需的系统库（libegl1、libxkbcommon0 等）。</source>
            <translation>Cannot load the window ({err}). The command line still works; reinstall the program, or on Linux install the system libraries Qt needs (libegl1, libxkbcommon0, …).</translation>
        </message>
        <message>
            <source>原有数据已备份到 {path}。</source>
            <translation>The previous data was backed up to {path}.</translation>
        </message>
        <message>
            <source>数据库：{path}</source>
            <translation>Database: {path}</translation>
        </message>
        <message>
            <source>已导出 {n} 条到 {path}。</source>
            <translation>Exported {n} records to {path}.</translation>
        </message>
        <message>
            <source>导入模板已保存：{path}</source>
            <translation>Import template saved: {path}</translation>
        </message>
        <message>
            <source>报表已保存：{path}</source>
            <translation>Report saved: {path}</translation>
        </message>
        <message>
            <source>没有发现问题。</source>
            <translation>No problems found.</translation>
        </message>
        <message>
            <source>【{label}】{n} 条</source>
            <translation>[{label}] {n}</translation>
        </message>
        <message>
            <source>共 {n} 条预警。</source>
            <translation>{n} alerts in total.</translation>
        </message>
        <message>
            <source>已备份到 {path}。</source>
            <translation>Backed up to {path}.</translation>
        </message>
        <message>
            <source>已从 {path} 恢复数据。</source>
            <translation>Data restored from {path}.</translation>
        </message>
        <message>
            <source>恢复前的数据已另存为 {path}。</source>
            <translation>The data from before the restore was saved as {path}.</translation>
        </message>
        <message>
            <source>台账（REGISTER），* 为必填列：</source>
            <translation>Registers (REGISTER); * marks required columns:</translation>
        </message>
        <message>
            <source>报表（REPORT）：</source>
            <translation>Reports (REPORT):</translation>
        </message>
        <message>
            <source>备份没有完成，原数据库未受影响：{err}。请检查目标磁盘是否已插好、是否有足够空间。</source>
            <translation>The backup was not completed; the database itself is unaffected: {err}. Check that the target drive is connected and has enough free space.</translation>
        </message>
        <message>
            <source>找不到备份文件 {path}。</source>
            <translation>Backup file not found: {path}.</translation>
        </message>
        <message>
            <source>{path} 不是应急资源台账的备份文件。</source>
            <translation>{path} is not an EmergencyDesk backup file.</translation>
        </message>
        <message>
            <source>备份 {path} 来自更新版本的程序，不能恢复。请安装最新版本。</source>
            <translation>The backup {path} was made by a newer version of the program and cannot be restored. Please install the latest version.</translation>
        </message>
        <message>
            <source>恢复没有完成，数据库保持原样：{err}</source>
            <translation>The restore was not completed; the database is unchanged: {err}</translation>
        </message>
        <message>
            <source>无法打开数据库文件 {path}：{err}</source>
            <translation>Cannot open the database file {path}: {err}</translation>
        </message>
        <message>
            <source>数据库文件已损坏（{detail}）。请用“恢复”选择最近的备份。</source>
            <translation>The database file is damaged ({detail}). Use "Restore" to choose the most recent backup.</translation>
        </message>
        <message>
            <source>{path} 不是应急资源台账的数据库，程序没有打开它。</source>
            <translation>{path} is not an EmergencyDesk database; the program did not open it.</translation>
        </message>
        <message>
            <source>{path} 不是有效的数据库文件或已损坏（{err}）。请用“恢复”选择最近的备份。</source>
            <translation>{path} is not a valid database file or is damaged ({err}). Use "Restore" to choose the most recent backup.</translation>
        </message>
        <message>
            <source>无法创建文件夹 {path}：{err}</source>
            <translation>Cannot create the folder {path}: {err}</translation>
        </message>
        <message>
            <source>数据库 {path} 由更新版本的程序创建（版本 {rev}），本程序不能打开它。请安装最新版本。</source>
            <translation>The database {path} was created by a newer version of the program (revision {rev}); this version cannot open it. Please install the latest version.</translation>
        </message>
        <message>
            <source>无法写入数据库 {path}：{err}</source>
            <translation>Cannot write to the database {path}: {err}</translation>
        </message>
        <message>
            <source>第 {row} 行 [{column}]: {reason}</source>
            <translation>row {row} [{column}]: {reason}</translation>
        </message>
        <message>
            <source>无法写入 {path}：文件正被其他程序使用（可能在 Excel 或 WPS 中打开着）或没有权限。请关闭该文件或换一个位置后重试。</source>
            <translation>Cannot write {path}: the file is in use by another program (perhaps open in Excel or WPS) or you lack permission. Close the file or choose another location, then try again.</translation>
        </message>
        <message>
            <source>无法写入 {path}：{err}。请检查磁盘空间或换一个位置。</source>
            <translation>Cannot write {path}: {err}. Check the free disk space or choose another location.</translation>
        </message>
        <message>
            <source>导入被拒绝：{rows} 行有错误（共 {n} 处），数据库未改动。</source>
            <translation>Import rejected: {rows} rows have errors ({n} in all); the database was not changed.</translation>
        </message>
        <message>
            <source>检查通过（未写入）：共 {total} 行，将新增 {i} 条，更新 {u} 条，未变 {n} 条。</source>
            <translation>Check passed (nothing written): {total} rows; would add {i}, update {u}, leave {n} unchanged.</translation>
        </message>
        <message>
            <source>导入完成：新增 {i} 条，更新 {u} 条，未变 {n} 条。</source>
            <translation>Import finished: {i} added, {u} updated, {n} unchanged.</translation>
        </message>
        <message>
            <source>列对应关系有误：没有名为“{name}”的列</source>
            <translation>Invalid column mapping: there is no column named "{name}"</translation>
        </message>
        <message>
            <source>工作表“{sheet}”缺少必填列：{cols}。请按模板填写表头。</source>
            <translation>Sheet "{sheet}" lacks required columns: {cols}. Please use the template's header.</translation>
        </message>
        <message>
            <source>在{where}的前 {n} 行中没有找到表头行。表头应包含这些列：{cols}。可先导出模板对照填写。</source>
            <translation>No header row found in the first {n} rows of {where}. The header should contain these columns: {cols}. You can save a template and compare.</translation>
        </message>
        <message>
            <source>工作表“{sheet}”</source>
            <translation>sheet "{sheet}"</translation>
        </message>
        <message>
            <source>文件</source>
            <translation>File</translation>
        </message>
        <message>
            <source>不能为空</source>
            <translation>must not be empty</translation>
        </message>
        <message>
            <source>导入{title}：{file}</source>
            <translation>Import {title}: {file}</translation>
        </message>
        <message>
            <source>含有不可见的控制字符，请删除后重新输入</source>
            <translation>contains invisible control characters; delete them and type it again</translation>
        </message>
        <message>
            <source>内容过长（{n} 字），最多 {max} 字</source>
            <translation>too long ({n} characters); at most {max}</translation>
        </message>
        <message>
            <source>应为数字，现为“{v}”</source>
            <translation>should be a number, found "{v}"</translation>
        </message>
        <message>
            <source>数字过大：“{v}”</source>
            <translation>number too large: "{v}"</translation>
        </message>
        <message>
            <source>应为整数，现为“{v}”</source>
            <translation>should be a whole number, found "{v}"</translation>
        </message>
        <message>
            <source>不能为负数，现为“{v}”</source>
            <translation>must not be negative, found "{v}"</translation>
        </message>
        <message>
            <source>日期年份不合理：“{v}”</source>
            <translation>implausible year in date: "{v}"</translation>
        </message>
        <message>
            <source>日期不存在：“{v}”</source>
            <translation>no such date: "{v}"</translation>
        </message>
        <message>
            <source>不是有效的日期：“{v}”</source>
            <translation>not a valid date: "{v}"</translation>
        </message>
        <message>
            <source>不是有效的日期：“{v}”，请写成 2024-05-01</source>
            <translation>not a valid date: "{v}"; write it as 2024-05-01</translation>
        </message>
        <message>
            <source>应为号码，现为“{v}”</source>
            <translation>should be a number such as a phone number, found "{v}"</translation>
        </message>
        <message>
            <source>号码不正确：“{v}”</source>
            <translation>incorrect number: "{v}"</translation>
        </message>
        <message>
            <source>手机号码应为 11 位（1 开头），现为“{v}”</source>
            <translation>a mobile number has 11 digits starting with 1, found "{v}"</translation>
        </message>
        <message>
            <source>电话号码不正确：“{v}”（手机 11 位，座机如 0559-1234567）</source>
            <translation>incorrect phone number: "{v}" (mobile: 11 digits; landline e.g. 0559-1234567)</translation>
        </message>
        <message>
            <source>身份证号被 Excel 存成了数字，后几位已丢失；请把该列设为“文本”后重新填写</source>
            <translation>Excel stored the ID number as a number and lost its last digits; format the column as Text and enter it again</translation>
        </message>
        <message>
            <source>15 位旧身份证号已停用，请填写 18 位身份证号</source>
            <translation>15-digit ID numbers are no longer valid; enter the 18-digit ID number</translation>
        </message>
        <message>
            <source>身份证号应为 18 位，现为“{v}”</source>
            <translation>an ID number has 18 characters, found "{v}"</translation>
        </message>
        <message>
            <source>身份证号中的出生日期不存在：“{v}”</source>
            <translation>the birth date inside the ID number does not exist: "{v}"</translation>
        </message>
        <message>
            <source>身份证号校验位不对，请核对：“{v}”</source>
            <translation>the ID number's check digit is wrong, please verify: "{v}"</translation>
        </message>
        <message>
            <source>应填“是”或“否”，现为“{v}”</source>
            <translation>should be 是 (yes) or 否 (no), found "{v}"</translation>
        </message>
        <message>
            <source>应为 {choices} 之一，现为“{v}”</source>
            <translation>should be one of {choices}, found "{v}"</translation>
        </message>
        <message>
            <source>区划代码应为 12 位数字，现为“{v}”</source>
            <translation>a region code has 12 digits, found "{v}"</translation>
        </message>
        <message>
            <source>区划代码应为 12 位数字，现为“{v}”（{n} 位）</source>
            <translation>a region code has 12 digits, found "{v}" ({n} digits)</translation>
        </message>
        <message>
            <source>“{name}”不是有效的 Excel 文件或已损坏{detail}。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。</source>
            <translation>"{name}" is not a valid Excel file or is damaged{detail}. Open it in Excel or WPS, save it as .xlsx and import that.</translation>
        </message>
        <message>
            <source>找不到文件 {path}。</source>
            <translation>File not found: {path}.</translation>
        </message>
        <message>
            <source>{path} 是文件夹，不是 Excel 文件。</source>
            <translation>{path} is a folder, not an Excel file.</translation>
        </message>
        <message>
            <source>无法读取 {path}：文件正被其他程序使用（可能在 Excel 或 WPS 中打开着）或没有权限。请关闭该文件后重试。</source>
            <translation>Cannot read {path}: the file is in use by another program (perhaps open in Excel or WPS) or you lack permission. Close the file and try again.</translation>
        </message>
        <message>
            <source>无法读取 {path}：{err}</source>
            <translation>Cannot read {path}: {err}</translation>
        </message>
        <message>
            <source>“{name}”是空文件。</source>
            <translation>"{name}" is an empty file.</translation>
        </message>
        <message>
            <source>“{name}”不是 Excel 文件（支持 .xlsx 和 .xls）。如果是 CSV 或 WPS 表格，请先另存为 .xlsx。</source>
            <translation>"{name}" is not an Excel file (.xlsx and .xls are supported). If it is a CSV or WPS spreadsheet, save it as .xlsx first.</translation>
        </message>
        <message>
            <source>工作簿中没有名为“{sheet}”的工作表。</source>
            <translation>The workbook has no sheet named "{sheet}".</translation>
        </message>
        <message>
            <source>找不到区划代码为 {code} 的区划</source>
            <translation>no region has the code {code}</translation>
        </message>
        <message>
            <source>与第 {row} 行重复（同一区划出现两次）</source>
            <translation>duplicates row {row} (the same region appears twice)</translation>
        </message>
        <message>
            <source>没有名为“{name}”的台账。可用的有：{names}</source>
            <translation>There is no register named "{name}". Available: {names}</translation>
        </message>
        <message>
            <source>可选：{choices}</source>
            <translation>Choices: {choices}</translation>
        </message>
        <message>
            <source>应急资源台账</source>
            <translation>EmergencyDesk</translation>
        </message>
        <message>
            <source>请从下拉列表中选择：{choices}</source>
            <translation>Choose from the drop-down list: {choices}</translation>
        </message>
        <message>
            <source>请选择{name}</source>
            <translation>Choose {name}</translation>
        </message>
        <message>
            <source>{title}导入模板填写说明</source>
            <translation>How to fill in the {title} import template</translation>
        </message>
        <message>
            <source>1. 在第一个工作表的表头下面逐行填写，一行一条；表头可放在前 {n} 行内，上方可有标题行。</source>
            <translation>1. Fill in the first sheet below the header, one record per row; the header may be anywhere in the first {n} rows, with title rows above it.</translation>
        </message>
        <message>
            <source>2. 红色表头为必填列；其余可空。列的顺序可以调换，也可以增加其他列（导入时忽略）。</source>
            <translation>2. Columns with red headers are required; the others may be left empty. Columns may be reordered, and extra columns are ignored on import.</translation>
        </message>
        <message>
            <source>3. 重复导入同一文件不会重复添加：按“{key}”对应已有记录并更新。</source>
            <translation>3. Importing the same file again adds nothing twice: rows are matched to existing records by "{key}" and updated.</translation>
        </message>
        <message>
            <source>4. 只要有一行出错，整个文件都不会导入，程序会逐行列出“第 n 行 [列名]: 原因”，改正后再导入。</source>
            <translation>4. If any row has an error, nothing from the file is imported; the program lists each problem as "row n [column]: reason". Correct them and import again.</translation>
        </message>
        <message>
            <source>列名</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>是否必填</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>格式说明</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>可选值</source>
            <translation>Choices</translation>
        </message>
        <message>
            <source>必填</source>
            <translation>required</translation>
        </message>
        <message>
            <source>选填</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>共 {n} 项：</source>
            <translation>{n} in all:</translation>
        </message>
        <message>
            <source>{label} {n} 项</source>
            <translation>{label}: {n}</translation>
        </message>
        <message>
            <source>未发现预警事项。</source>
            <translation>No alerts found.</translation>
        </message>
        <message>
            <source>预警事项（按级别）</source>
            <translation>Alerts by severity</translation>
        </message>
        <message>
            <source>暂无预警事项</source>
            <translation>No alerts</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>村（社区）数</source>
            <translation>Villages (communities)</translation>
        </message>
        <message>
            <source>各乡镇村（社区）数</source>
            <translation>Villages (communities) per township</translation>
        </message>
        <message>
            <source>尚未录入乡镇</source>
            <translation>No townships entered yet</translation>
        </message>
        <message>
            <source>找不到或无法读取程序自带的字体 {path}：{err}。请重新安装本程序。</source>
            <translation>Cannot find or read the program's bundled font {path}: {err}. Please reinstall the program.</translation>
        </message>
        <message>
            <source>第 {n} 页 / 共 {total} 页</source>
            <translation>Page {n} of {total}</translation>
        </message>
        <message>
            <source>打印日期：{d}</source>
            <translation>Printed: {d}</translation>
        </message>
        <message>
            <source>填报单位（盖章）：{v}</source>
            <translation>Reporting unit (seal): {v}</translation>
        </message>
        <message>
            <source>统计截止日期：{v}</source>
            <translation>Figures as of: {v}</translation>
        </message>
        <message>
            <source>打印日期：{v}</source>
            <translation>Printed: {v}</translation>
        </message>
        <message>
            <source>填报人：{v}</source>
            <translation>Filled in by: {v}</translation>
        </message>
        <message>
            <source>联系电话：{v}</source>
            <translation>Phone: {v}</translation>
        </message>
        <message>
            <source>统计范围：{v}</source>
            <translation>Scope: {v}</translation>
        </message>
        <message>
            <source>制表人：{v}</source>
            <translation>Prepared by: {v}</translation>
        </message>
        <message>
            <source>审核人：{v}</source>
            <translation>Reviewed by: {v}</translation>
        </message>
        <message>
            <source>日期：{v}</source>
            <translation>Date: {v}</translation>
        </message>
        <message>
            <source>人口 {n} 人</source>
            <translation>population {n}</translation>
        </message>
        <message>
            <source>（{n} 个村（社区）未填人口）</source>
            <translation>({n} villages/communities without population)</translation>
        </message>
        <message>
            <source>{name} 小计：村（社区）{n} 个，其中灾害多发频发 {p} 个；{pop}</source>
            <translation>{name} subtotal: {n} villages/communities, {p} of them disaster-prone; {pop}</translation>
        </message>
        <message>
            <source>合计：乡镇 {towns} 个（灾害多发频发 {tp} 个）；村 {v} 个、社区 {c} 个（灾害多发频发 {p} 个）；{pop}</source>
            <translation>Total: {towns} townships ({tp} disaster-prone); {v} villages and {c} communities ({p} disaster-prone); {pop}</translation>
        </message>
        <message>
            <source>尚未录入行政区划。</source>
            <translation>No regions entered yet.</translation>
        </message>
        <message>
            <source>磁盘空间不足，报表 {path} 没有保存。请清理磁盘或换一个保存位置。</source>
            <translation>Not enough disk space; the report {path} was not saved. Free some space or choose another location.</translation>
        </message>
        <message>
            <source>没有权限写入 {path}。如果这个文件正在 PDF 阅读器中打开，请先关闭再试；否则请换一个保存位置。</source>
            <translation>No permission to write {path}. If the file is open in a PDF reader, close it and try again; otherwise choose another location.</translation>
        </message>
        <message>
            <source>无法写入报表 {path}：{err}</source>
            <translation>Cannot write the report {path}: {err}</translation>
        </message>
        <message>
            <source>没有名为“{name}”的报表。可用的报表：{names}</source>
            <translation>There is no report named "{name}". Available reports: {names}</translation>
        </message>
        <message>
            <source>{path} 是一个文件夹，请给出报表文件名（如 报表.pdf）。</source>
            <translation>{path} is a folder; give a file name for the report (e.g. report.pdf).</translation>
        </message>
        <message>
            <source>文件夹 {path} 不存在，报表没有保存。</source>
            <translation>The folder {path} does not exist; the report was not saved.</translation>
        </message>
        <message>
            <source>标为灾害多发频发，但未填写主要灾种</source>
            <translation>marked disaster-prone, but no main hazards are entered</translation>
        </message>
        <message>
            <source>未填写 12 位区划代码</source>
            <translation>no 12-digit region code entered</translation>
        </message>
        <message>
            <source>区划代码 {code} 的前 {n} 位与上级代码 {pcode} 不一致</source>
            <translation>the first {n} digits of region code {code} do not match the parent's code {pcode}</translation>
        </message>
        <message>
            <source>尚未录入下属村（社区）</source>
            <translation>no villages or communities entered yet</translation>
        </message>
        <message>
            <source>严重</source>
            <translation>Critical</translation>
        </message>
        <message>
            <source>警告</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>提示</source>
            <translation>Notice</translation>
        </message>
        <message>
            <source>{title} {n} 条</source>
            <translation>{title}: {n}</translation>
        </message>
        <message>
            <source>演示数据已生成：{parts}。</source>
            <translation>Demo data created: {parts}.</translation>
        </message>
        <message>
            <source>数据库 {path} 中已有数据，没有生成演示数据。如确要用演示数据替换现有数据，请加 --force（替换前会自动备份）。</source>
            <translation>The database {path} already holds data, so no demo data was created. To replace the existing data with the demo data, add --force (a backup is made first).</translation>
        </message>
        <message>
            <source>未知的记录类型 {table}</source>
            <translation>Unknown record type {table}</translation>
        </message>
        <message>
            <source>回收站中没有这条记录</source>
            <translation>This record is not in the Recycle Bin</translation>
        </message>
        <message>
            <source>仍被使用，不能彻底删除：{refs}</source>
            <translation>Still in use, cannot be deleted permanently: {refs}</translation>
        </message>
        <message>
            <source>请先恢复上级区划“{name}”</source>
            <translation>Restore the parent region "{name}" first</translation>
        </message>
        <message>
            <source>同一上级下已有“{name}”，不能恢复</source>
            <translation>"{name}" already exists under the same parent; cannot restore</translation>
        </message>
        <message>
            <source>{n} {measure}{noun}</source>
            <translation>{n} {noun}</translation>
        </message>
        <message>
            <source>名称不能为空</source>
            <translation>The name must not be empty</translation>
        </message>
        <message>
            <source>名称不能超过 100 个字</source>
            <translation>The name must not exceed 100 characters</translation>
        </message>
        <message>
            <source>区划代码应为 12 位数字（如 341023100201），现为“{v}”</source>
            <translation>A region code has 12 digits (e.g. 341023100201), found "{v}"</translation>
        </message>
        <message>
            <source>区划代码 {code} 已被“{name}”使用</source>
            <translation>Region code {code} is already used by "{name}"</translation>
        </message>
        <message>
            <source>上级区划不存在或已删除</source>
            <translation>The parent region does not exist or has been deleted</translation>
        </message>
        <message>
            <source>上级不能是它自己</source>
            <translation>A region cannot be its own parent</translation>
        </message>
        <message>
            <source>县是最上级，不应有上级区划</source>
            <translation>A county is the top level and has no parent region</translation>
        </message>
        <message>
            <source>{level}的上级应为{want}，而“{p}”是{plevel}</source>
            <translation>The parent of a {level} should be a {want}, but "{p}" is a {plevel}</translation>
        </message>
        <message>
            <source>县</source>
            <translation>County</translation>
        </message>
        <message>
            <source>村、社区必须有上级乡镇</source>
            <translation>Villages and communities must belong to a township</translation>
        </message>
        <message>
            <source>同一上级下已有“{name}”</source>
            <translation>"{name}" already exists under the same parent</translation>
        </message>
        <message>
            <source>人口不能为负数</source>
            <translation>Population must not be negative</translation>
        </message>
        <message>
            <source>该区划下还有下级区划，不能改变层级</source>
            <translation>This region still has subordinate regions; its level cannot change</translation>
        </message>
        <message>
            <source>区划为空</source>
            <translation>The region is empty</translation>
        </message>
        <message>
            <source>有多个“{name}”（{paths}），请填写区划代码或上级</source>
            <translation>There are several "{name}" ({paths}); give the region code or the parent</translation>
        </message>
        <message>
            <source>（在“{p}”下）</source>
            <translation> (under "{p}")</translation>
        </message>
        <message>
            <source>找不到区划“{name}”{where}</source>
            <translation>Region "{name}" not found{where}</translation>
        </message>
        <message>
            <source>，是否为：{s}</source>
            <translation>; did you mean: {s}</translation>
        </message>
        <message>
            <source>该区划不存在或已删除</source>
            <translation>This region does not exist or has been deleted</translation>
        </message>
        <message>
            <source>“{name}”仍被使用，不能删除：{refs}。请先删除或改动这些记录。</source>
            <translation>"{name}" is still in use and cannot be deleted: {refs}. Delete or change those records first.</translation>
        </message>
        <message>
            <source>该区划不存在</source>
            <translation>This region does not exist</translation>
        </message>
        <message>
            <source>请输入数字</source>
            <translation>Please enter a number</translation>
        </message>
        <message>
            <source>不能小于 {n}</source>
            <translation>Must not be less than {n}</translation>
        </message>
        <message>
            <source>不能大于 {n}</source>
            <translation>Must not be greater than {n}</translation>
        </message>
        <message>
            <source>{title}导入模板.xlsx</source>
            <translation>{title} import template.xlsx</translation>
        </message>
        <message>
            <source>在前 10 行中没有找到表头行。表头应包含这些列：{cols}。请检查工作表，或先保存空白模板照着填写。</source>
            <translation>No header row found in the first 10 rows. The header should contain these columns: {cols}. Check the sheet, or save a blank template and follow it.</translation>
        </message>
        <message>
            <source>工作表“{sheet}”：表头在第 {row} 行，下面是开头 {n} 行。</source>
            <translation>Sheet "{sheet}": the header is on row {row}; below are the first {n} rows.</translation>
        </message>
        <message>
            <source>必填列“{c}”还没有对应的列</source>
            <translation>The required field "{c}" is not matched to a column yet</translation>
        </message>
        <message>
            <source>表格的“{h}”同时对应了“{a}”和“{b}”</source>
            <translation>The spreadsheet column "{h}" is matched to both "{a}" and "{b}"</translation>
        </message>
        <message>
            <source>导入完成：新增 {i} 条、更新 {u} 条、未变 {n} 条。</source>
            <translation>Import finished: {i} added, {u} updated, {n} unchanged.</translation>
        </message>
        <message>
            <source>导入{title}</source>
            <translation>Import {title}</translation>
        </message>
        <message>
            <source>区划代码</source>
            <translation>Region code</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>上级</source>
            <translation>Parent</translation>
        </message>
        <message>
            <source>人口</source>
            <translation>Population</translation>
        </message>
        <message>
            <source>主要灾种</source>
            <translation>Main hazards</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>更新时间</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>新增</source>
            <translation>New</translation>
        </message>
        <message>
            <source>编辑</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>编辑选中的区划（回车或双击）</source>
            <translation>Edit the selected region (Enter or double-click)</translation>
        </message>
        <message>
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>删除选中的区划（可在回收站恢复）</source>
            <translation>Delete the selected regions (restorable from the Recycle Bin)</translation>
        </message>
        <message>
            <source>标为灾害多发频发</source>
            <translation>Mark as disaster-prone</translation>
        </message>
        <message>
            <source>取消灾害多发频发</source>
            <translation>Unmark disaster-prone</translation>
        </message>
        <message>
            <source>移动到…</source>
            <translation>Move to…</translation>
        </message>
        <message>
            <source>把选中的区划移到另一个上级下</source>
            <translation>Move the selected regions under another parent</translation>
        </message>
        <message>
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>从 Excel 导入行政区划</source>
            <translation>Import regions from Excel</translation>
        </message>
        <message>
            <source>导出</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>导出为 Excel（可再导入）</source>
            <translation>Export to Excel (can be imported again)</translation>
        </message>
        <message>
            <source>模板</source>
            <translation>Template</translation>
        </message>
        <message>
            <source>保存空白导入模板</source>
            <translation>Save a blank import template</translation>
        </message>
        <message>
            <source>打印</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>生成行政区划一览表 PDF（按左侧所选范围）</source>
            <translation>Create the region list PDF (for the scope chosen on the left)</translation>
        </message>
        <message>
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>重新读取（F5）</source>
            <translation>Reload (F5)</translation>
        </message>
        <message>
            <source>仅灾害多发频发</source>
            <translation>Disaster-prone only</translation>
        </message>
        <message>
            <source>层级</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>乡镇</source>
            <translation>Township</translation>
        </message>
        <message>
            <source>灾害多发频发</source>
            <translation>Disaster-prone</translation>
        </message>
        <message>
            <source>加载中…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>行政区划_{d}.xlsx</source>
            <translation>regions_{d}.xlsx</translation>
        </message>
        <message>
            <source>已导出 {n} 条到 {path}</source>
            <translation>Exported {n} records to {path}</translation>
        </message>
        <message>
            <source>行政区划导入模板.xlsx</source>
            <translation>regions import template.xlsx</translation>
        </message>
        <message>
            <source>行政区划一览表_{s}.pdf</source>
            <translation>region list_{s}.pdf</translation>
        </message>
        <message>
            <source>确定</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <source>点击按此列排序</source>
            <translation>Click to sort by this column</translation>
        </message>
        <message>
            <source>操作已取消，未做任何改动。</source>
            <translation>Cancelled; nothing was changed.</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>台账名称，如 regions（用 registers 命令查看全部）</source>
            <translation>register name, e.g. regions (the registers command lists them all)</translation>
        </message>
        <message>
            <source>报表名称，如 alerts（用 registers 命令查看全部）</source>
            <translation>report name, e.g. alerts (the registers command lists them all)</translation>
        </message>
        <message>
            <source>身份证号应为 18 位（最后一位可为 X），现为“{v}”</source>
            <translation>An ID number has 18 characters (the last may be X), found "{v}"</translation>
        </message>
        <message>
            <source>身份证号中的出生日期不合理：“{v}”</source>
            <translation>Implausible birth date in the ID number: "{v}"</translation>
        </message>
        <message>
            <source>手机号码应为 11 位、以 13–19 开头，现为“{v}”</source>
            <translation>A mobile number has 11 digits starting with 13–19, found "{v}"</translation>
        </message>
        <message>
            <source>姓名不能为空</source>
            <translation>The name must not be empty</translation>
        </message>
        <message>
            <source>姓名不能超过 50 个字</source>
            <translation>The name must not exceed 50 characters</translation>
        </message>
        <message>
            <source>出生日期 {d} 与身份证号中的 {b} 不一致</source>
            <translation>The birth date {d} does not match {b} in the ID number</translation>
        </message>
        <message>
            <source>性别“{g}”与身份证号不一致（身份证号显示为{w}）</source>
            <translation>Sex "{g}" does not match the ID number (which says {w})</translation>
        </message>
        <message>
            <source>出生日期不能晚于今天</source>
            <translation>The birth date cannot be later than today</translation>
        </message>
        <message>
            <source>身份证号 {id} 已登记为“{name}”</source>
            <translation>ID number {id} is already registered for "{name}"</translation>
        </message>
        <message>
            <source>已有身份证号相同的人员，不能恢复“{name}”</source>
            <translation>A person with the same ID number exists; cannot restore "{name}"</translation>
        </message>
        <message>
            <source>该人员不存在</source>
            <translation>This person does not exist</translation>
        </message>
        <message>
            <source>“{name}”仍被使用，不能删除：{refs}</source>
            <translation>"{name}" is still in use and cannot be deleted: {refs}</translation>
        </message>
        <message>
            <source>培训名称不能为空</source>
            <translation>The training name must not be empty</translation>
        </message>
        <message>
            <source>培训名称不能超过 200 个字</source>
            <translation>The training name must not exceed 200 characters</translation>
        </message>
        <message>
            <source>培训日期不能为空</source>
            <translation>The training date must not be empty</translation>
        </message>
        <message>
            <source>学时应在 0 到 1000 之间</source>
            <translation>Class hours must be between 0 and 1000</translation>
        </message>
        <message>
            <source>该人员不存在或已删除</source>
            <translation>This person does not exist or has been deleted</translation>
        </message>
        <message>
            <source>导入的培训记录 {d}</source>
            <translation>Imported training record {d}</translation>
        </message>
        <message>
            <source>由导入的“最近培训日期”生成</source>
            <translation>Created from the imported "latest training date"</translation>
        </message>
        <message>
            <source>该培训不存在或已删除</source>
            <translation>This training does not exist or has been deleted</translation>
        </message>
        <message>
            <source>该培训不存在</source>
            <translation>This training does not exist</translation>
        </message>
        <message>
            <source>有 {n} 名在岗A岗（{names}），只应有一名</source>
            <translation>{n} active A posts ({names}); there should be only one</translation>
        </message>
        <message>
            <source>同一人在同一层级的多个区划任职：{where}</source>
            <translation>The same person serves several regions of the same level: {where}</translation>
        </message>
        <message>
            <source>未填写手机号码</source>
            <translation>no mobile number entered</translation>
        </message>
        <message>
            <source>手机号码“{m}”不是 11 位手机号</source>
            <translation>"{m}" is not an 11-digit mobile number</translation>
        </message>
        <message>
            <source>已于 {d} 离任，状态仍为在岗，请改为离岗</source>
            <translation>left on {d} but is still marked on duty; change the status to left</translation>
        </message>
        <message>
            <source>没有培训记录</source>
            <translation>no training record</translation>
        </message>
        <message>
            <source>最近培训 {d}，已超过 {n} 个月</source>
            <translation>last trained on {d}, more than {n} months ago</translation>
        </message>
        <message>
            <source>{year} 年已培训 {k}/{n} 人（{rate:.0f}%），低于目标 {target:.0f}%</source>
            <translation>{k}/{n} trained in {year} ({rate:.0f}%), below the target of {target:.0f}%</translation>
        </message>
        <message>
            <source>尚未录入国家灾害信息员管理系统</source>
            <translation>not yet entered in the national disaster-information officer system</translation>
        </message>
        <message>
            <source>没有在岗灾害信息员</source>
            <translation>no active disaster-information officer</translation>
        </message>
        <message>
            <source>在岗灾害信息员 {n} 名，少于要求的 {m} 名</source>
            <translation>{n} active disaster-information officers, fewer than the required {m}</translation>
        </message>
        <message>
            <source>A岗</source>
            <translation>A post</translation>
        </message>
        <message>
            <source>B岗</source>
            <translation>B post</translation>
        </message>
        <message>
            <source>灾害多发频发，缺{posts}</source>
            <translation>disaster-prone, missing {posts}</translation>
        </message>
        <message>
            <source>和</source>
            <translation> and </translation>
        </message>
        <message>
            <source>A岗与B岗为同一人，A岗不在岗时无人接替，缺另一名B岗</source>
            <translation>The A post and the B post are the same person, so nobody stands in when the A post is away; a separate B post is missing</translation>
        </message>
        <message>
            <source>“{region}”已有在岗的A岗灾害信息员“{name}”，一个区划只能有一名A岗。请先将其改为B岗或办理离岗。</source>
            <translation>"{region}" already has an active A-post officer, "{name}"; a region can have only one A post. Change that officer to a B post or record their departure first.</translation>
        </message>
        <message>
            <source>“{name}”已登记为“{region}”的{post}，不能重复登记</source>
            <translation>"{name}" is already registered as {post} of "{region}" and cannot be registered twice</translation>
        </message>
        <message>
            <source>“{name}”已是“{other}”的在岗灾害信息员，同一人不能在同一层级的两个区划任职</source>
            <translation>"{name}" is already an active disaster-information officer of "{other}"; one person cannot serve two regions of the same level</translation>
        </message>
        <message>
            <source>所属区划不存在或已删除</source>
            <translation>The region does not exist or has been deleted</translation>
        </message>
        <message>
            <source>层级为“{level}”，但“{region}”是{rlevel}；{level}级灾害信息员应在{want}任职</source>
            <translation>The level is "{level}", but "{region}" is a {rlevel}; a {level}-level officer should serve in a {want}</translation>
        </message>
        <message>
            <source>村（社区）</source>
            <translation>Village (community)</translation>
        </message>
        <message>
            <source>离任日期 {l} 早于任职日期 {a}</source>
            <translation>The departure date {l} is earlier than the appointment date {a}</translation>
        </message>
        <message>
            <source>接任人应为同一区划的在岗灾害信息员</source>
            <translation>The successor must be an active disaster-information officer of the same region</translation>
        </message>
        <message>
            <source>请先恢复人员“{name}”</source>
            <translation>Restore the person "{name}" first</translation>
        </message>
        <message>
            <source>请先恢复区划“{name}”</source>
            <translation>Restore the region "{name}" first</translation>
        </message>
        <message>
            <source>不能恢复：{why}</source>
            <translation>Cannot restore: {why}</translation>
        </message>
        <message>
            <source>该灾害信息员不存在</source>
            <translation>This disaster-information officer does not exist</translation>
        </message>
        <message>
            <source>该灾害信息员不存在或已删除</source>
            <translation>This disaster-information officer does not exist or has been deleted</translation>
        </message>
        <message>
            <source>批号 {no} 已于 {d} 过期，仍有 {q}，请报损或轮换</source>
            <translation>Batch {no} expired on {d} and {q} is still in stock; write it off or rotate it</translation>
        </message>
        <message>
            <source>批号 {no} 将于 {d} 到期（还有 {n} 天），数量 {q}，请安排轮换或调剂使用</source>
            <translation>Batch {no} expires on {d} ({n} days left), quantity {q}; arrange rotation or reallocation</translation>
        </message>
        <message>
            <source>可用 {a}，低于最低储备 {m}，缺 {g}</source>
            <translation>Available {a}, below the minimum reserve {m}; short by {g}</translation>
        </message>
        <message>
            <source>{d} 发放后尚未补充（常用物资应及用及补，{n} 天内补齐）</source>
            <translation>Issued on {d} and not yet replenished (frequently used supplies are replenished within {n} days)</translation>
        </message>
        <message>
            <source>从未盘点（{d} 起有库存）</source>
            <translation>Never counted (holding stock since {d})</translation>
        </message>
        <message>
            <source>最近盘点 {d}，已超过 {n} 个月</source>
            <translation>Last stocktake {d}, more than {n} months ago</translation>
        </message>
        <message>
            <source>{d} 盘点有 {n} 处差异未写明原因</source>
            <translation>The stocktake of {d} has {n} differences without a reason</translation>
        </message>
        <message>
            <source>批号 {no} 结存为负数（{q}）</source>
            <translation>Batch {no} has a negative balance ({q})</translation>
        </message>
        <message>
            <source>批号 {no} 台账结存 {q} 与出入库单合计 {n} 不符</source>
            <translation>Batch {no}: ledger balance {q} differs from the documents' total {n}</translation>
        </message>
        <message>
            <source>调拨单 {no} 的调出与调入不对应</source>
            <translation>Transfer {no}: the outgoing and incoming sides do not match</translation>
        </message>
        <message>
            <source>经办人</source>
            <translation>Handled by</translation>
        </message>
        <message>
            <source>审批人</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <source>接收人</source>
            <translation>Received by</translation>
        </message>
        <message>
            <source>{no} 缺少{who}（发放凭证不全）</source>
            <translation>{no} lacks: {who} (incomplete issue record)</translation>
        </message>
        <message>
            <source>分类编码</source>
            <translation>Category code</translation>
        </message>
        <message>
            <source>计量单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>保质期</source>
            <translation>Shelf life</translation>
        </message>
        <message>
            <source>物资品目缺少{what}</source>
            <translation>Item lacks: {what}</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>Expiry date</translation>
        </message>
        <message>
            <source>生产日期</source>
            <translation>Production date</translation>
        </message>
        <message>
            <source>批号 {no} 未填写{what}（该物资有保质期）</source>
            <translation>Batch {no} has no {what} (the item has a shelf life)</translation>
        </message>
        <message>
            <source>协议 {no} 已于 {d} 到期，请续签或另签</source>
            <translation>Agreement {no} expired on {d}; renew it or sign another</translation>
        </message>
        <message>
            <source>协议 {no} 将于 {d} 到期（还有 {n} 天），请及时续签</source>
            <translation>Agreement {no} ends on {d} ({n} days left); renew it in time</translation>
        </message>
        <message>
            <source>定额依靠协议储备，但没有有效的协议储备该物资</source>
            <translation>The quota relies on an agreement reserve, but no valid agreement covers this item</translation>
        </message>
        <message>
            <source>没有在用的乡镇物资储备库（点）</source>
            <translation>No township supplies warehouse (storage point) in use</translation>
        </message>
        <message>
            <source>灾害多发频发，尚未建立村（社区）物资储备点</source>
            <translation>Disaster-prone, but no village (community) storage point yet</translation>
        </message>
        <message>
            <source>已 {n} 天没有出入库、盘点或资料更新（最近 {d}）</source>
            <translation>No movement, stocktake or update for {n} days (last {d})</translation>
        </message>
        <message>
            <source>仓库名称不能为空</source>
            <translation>Warehouse name is required</translation>
        </message>
        <message>
            <source>仓库名称不能超过 100 个字</source>
            <translation>Warehouse name cannot exceed 100 characters</translation>
        </message>
        <message>
            <source>“{region}”下已有名为“{name}”的仓库</source>
            <translation>"{region}" already has a warehouse named "{name}"</translation>
        </message>
        <message>
            <source>面积不能为负数</source>
            <translation>Area cannot be negative</translation>
        </message>
        <message>
            <source>有多个名为“{name}”的仓库（{where}），请写成“区划/仓库名称”</source>
            <translation>Several warehouses are named "{name}" ({where}); write "region/warehouse name"</translation>
        </message>
        <message>
            <source>仓库</source>
            <translation>Warehouse</translation>
        </message>
        <message>
            <source>找不到{noun}“{name}”</source>
            <translation>{noun} "{name}" not found</translation>
        </message>
        <message>
            <source>分类编码 {code} 已用于“{name}”</source>
            <translation>Category code {code} is already used by "{name}"</translation>
        </message>
        <message>
            <source>上级分类 {code} 不存在，请先建立上级分类</source>
            <translation>Parent category {code} does not exist; create it first</translation>
        </message>
        <message>
            <source>该分类不存在</source>
            <translation>This category does not exist</translation>
        </message>
        <message>
            <source>物资名称不能为空</source>
            <translation>Item name is required</translation>
        </message>
        <message>
            <source>已有物资“{name} {spec}”</source>
            <translation>Item "{name} {spec}" already exists</translation>
        </message>
        <message>
            <source>分类编码应为 GB/T 38565 的 1、3、5 或 7 位数字，首位为 1、2 或 3，现为“{v}”</source>
            <translation>The category code must have 1, 3, 5 or 7 digits per GB/T 38565, starting with 1, 2 or 3; found "{v}"</translation>
        </message>
        <message>
            <source>保质期应为正整数（月），没有保质期请留空</source>
            <translation>Shelf life must be a positive whole number of months; leave it blank if none</translation>
        </message>
        <message>
            <source>轮换提前期不能为负数</source>
            <translation>Rotation lead time cannot be negative</translation>
        </message>
        <message>
            <source>物资“{name}”没有规格型号为“{spec}”的品目，已有：{specs}</source>
            <translation>Item "{name}" has no specification "{spec}"; known: {specs}</translation>
        </message>
        <message>
            <source>（无规格）</source>
            <translation>(no specification)</translation>
        </message>
        <message>
            <source>物资</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>“{region}”下已有名为“{name}”的仓库，不能恢复</source>
            <translation>"{region}" already has a warehouse named "{name}"; cannot restore</translation>
        </message>
        <message>
            <source>已有物资“{name} {spec}”，不能恢复</source>
            <translation>Item "{name} {spec}" already exists; cannot restore</translation>
        </message>
        <message>
            <source>该仓库不存在</source>
            <translation>This warehouse does not exist</translation>
        </message>
        <message>
            <source>该仓库不存在或已删除</source>
            <translation>This warehouse does not exist or has been deleted</translation>
        </message>
        <message>
            <source>该物资品目不存在</source>
            <translation>This item does not exist</translation>
        </message>
        <message>
            <source>该物资品目不存在或已删除</source>
            <translation>This item does not exist or has been deleted</translation>
        </message>
        <message>
            <source>该分类不存在或已删除</source>
            <translation>This category does not exist or has been deleted</translation>
        </message>
        <message>
            <source>分类“{name}”下还有 {k} 个下级分类、{n} 个物资品目，不能删除</source>
            <translation>Category "{name}" still has {k} subcategories and {n} items; cannot delete</translation>
        </message>
        <message>
            <source>仓库所在区划未填写人口，不能按人均计算定额</source>
            <translation>The warehouse's region has no population; cannot compute a per-capita quota</translation>
        </message>
        <message>
            <source>最低储备应为不小于 0 的数</source>
            <translation>The minimum reserve must be a number not below 0</translation>
        </message>
        <message>
            <source>标准储备不能小于最低储备</source>
            <translation>The standard reserve cannot be below the minimum reserve</translation>
        </message>
        <message>
            <source>该仓库已有这种物资的定额，请直接修改</source>
            <translation>This warehouse already has a quota for this item; edit it instead</translation>
        </message>
        <message>
            <source>协议单位不能为空</source>
            <translation>Supplier is required</translation>
        </message>
        <message>
            <source>截止日期早于起始日期</source>
            <translation>The end date is before the start date</translation>
        </message>
        <message>
            <source>响应时限应大于 0 小时</source>
            <translation>Response time must be more than 0 hours</translation>
        </message>
        <message>
            <source>“{item}”的协议数量应大于 0</source>
            <translation>The agreed quantity of "{item}" must be more than 0</translation>
        </message>
        <message>
            <source>该定额不存在或已删除</source>
            <translation>This quota does not exist or has been deleted</translation>
        </message>
        <message>
            <source>该协议不存在或已删除</source>
            <translation>This agreement does not exist or has been deleted</translation>
        </message>
        <message>
            <source>仓库不存在或已删除</source>
            <translation>Warehouse does not exist or has been deleted</translation>
        </message>
        <message>
            <source>仓库“{name}”已停用，不能办理出入库</source>
            <translation>Warehouse "{name}" is out of use; no movements allowed</translation>
        </message>
        <message>
            <source>“{item}”批号 {no} 只有 {have}，不能出 {want}</source>
            <translation>"{item}" batch {no} holds only {have}; cannot take {want}</translation>
        </message>
        <message>
            <source>物资品目不存在或已删除</source>
            <translation>Item does not exist or has been deleted</translation>
        </message>
        <message>
            <source>数量应大于 0</source>
            <translation>Quantity must be more than 0</translation>
        </message>
        <message>
            <source>单价不能为负数</source>
            <translation>Unit price cannot be negative</translation>
        </message>
        <message>
            <source>仓库中已有“{item}”批号 {no}，有效期至 {e}；同一批号不能有两个有效期，请核对批号</source>
            <translation>The warehouse already holds "{item}" batch {no} expiring {e}; one batch cannot have two expiry dates, check the batch number</translation>
        </message>
        <message>
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>库存批次不存在或已删除</source>
            <translation>Stock batch does not exist or has been deleted</translation>
        </message>
        <message>
            <source>该批次不在仓库“{name}”中</source>
            <translation>This batch is not in warehouse "{name}"</translation>
        </message>
        <message>
            <source>报损报废须写明原因</source>
            <translation>A write-off needs a reason</translation>
        </message>
        <message>
            <source>调入仓库不能与调出仓库相同</source>
            <translation>The receiving warehouse cannot be the sending warehouse</translation>
        </message>
        <message>
            <source>调入</source>
            <translation>Transferred in</translation>
        </message>
        <message>
            <source>请至少填写一行物资</source>
            <translation>Enter at least one item line</translation>
        </message>
        <message>
            <source>数量不能为负数</source>
            <translation>Quantity cannot be negative</translation>
        </message>
        <message>
            <source>“{item}”可用库存只有 {have}（不含过期、冻结），不足 {want}</source>
            <translation>"{item}" has only {have} usable (excluding expired and frozen), less than {want}</translation>
        </message>
        <message>
            <source>盘点表中没有这个批次</source>
            <translation>This batch is not on the count sheet</translation>
        </message>
        <message>
            <source>实存数不能为负数</source>
            <translation>Counted quantity cannot be negative</translation>
        </message>
        <message>
            <source>盘点记录不存在</source>
            <translation>Stocktake does not exist</translation>
        </message>
        <message>
            <source>该盘点已经入账</source>
            <translation>This stocktake has already been booked</translation>
        </message>
        <message>
            <source>有 {n} 个批次账实不符但未填写原因</source>
            <translation>{n} batches differ from the books without a reason</translation>
        </message>
        <message>
            <source>该批次还有库存 {q}，请先出库、调拨或报损后再删除</source>
            <translation>This batch still holds {q}; issue, transfer or write it off before deleting</translation>
        </message>
        <message>
            <source>仓库中已有同一物资同一批号的批次，不能恢复</source>
            <translation>The warehouse already has a batch of this item with this number; cannot restore</translation>
        </message>
        <message>
            <source>该库存批次不存在或已删除</source>
            <translation>This stock batch does not exist or has been deleted</translation>
        </message>
        <message>
            <source>有效期至 {e} 早于生产日期 {p}</source>
            <translation>Expiry date {e} is before production date {p}</translation>
        </message>
        <message>
            <source>仓库中已有该物资批号 {no}</source>
            <translation>The warehouse already has batch {no} of this item</translation>
        </message>
        <message>
            <source>与第 {row} 行重复</source>
            <translation>Duplicates row {row}</translation>
        </message>
        <message>
            <source>Excel 导入期初库存</source>
            <translation>Opening stock imported from Excel</translation>
        </message>
        <message>
            <source>已过期</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>30天内到期</source>
            <translation>Due within 30 days</translation>
        </message>
        <message>
            <source>临期</source>
            <translation>Near expiry</translation>
        </message>
        <message>
            <source>没有在库物资。</source>
            <translation>No supplies in stock.</translation>
        </message>
        <message>
            <source>{name} 小计：{n} 个批次，{k} 种物资</source>
            <translation>{name} subtotal: {n} batches, {k} kinds of item</translation>
        </message>
        <message>
            <source>共 {w} 个仓库（储备点），{n} 个在库批次。</source>
            <translation>{w} warehouses (storage points), {n} batches in stock.</translation>
        </message>
        <message>
            <source>合计：{n} 个批次，{k} 种物资</source>
            <translation>Total: {n} batches, {k} kinds of item</translation>
        </message>
        <message>
            <source>仓库汇总表</source>
            <translation>Warehouse summary</translation>
        </message>
        <message>
            <source>{n} 种</source>
            <translation>{n} kinds</translation>
        </message>
        <message>
            <source>已过期 </source>
            <translation>Expired: </translation>
        </message>
        <message>
            <source>，{d} 天内到期 </source>
            <translation>; due within {d} days: </translation>
        </message>
        <message>
            <source>{n} 批</source>
            <translation>{n} batches</translation>
        </message>
        <message>
            <source>。过期物资不计入可用库存。</source>
            <translation>. Expired supplies do not count as available stock.</translation>
        </message>
        <message>
            <source>报损报废，补充新货</source>
            <translation>Write off and replace</translation>
        </message>
        <message>
            <source>轮换或调剂使用</source>
            <translation>Rotate or reallocate</translation>
        </message>
        <message>
            <source>没有临期或过期物资。</source>
            <translation>No supplies near or past expiry.</translation>
        </message>
        <message>
            <source>储备补充计划</source>
            <translation>Replenishment plan</translation>
        </message>
        <message>
            <source>建议补充量 = 标准储备（未定标准时按最低储备）− 可用数量 + 临期数量。</source>
            <translation>Suggested = standard reserve (or minimum if no standard) − available + near-expiry quantity.</translation>
        </message>
        <message>
            <source>各仓库储备均达到定额，暂不需要补充。</source>
            <translation>Every warehouse meets its quotas; nothing to replenish.</translation>
        </message>
        <message>
            <source>尚未设置储备定额，无法编制补充计划。</source>
            <translation>No reserve quotas set; cannot draw up a replenishment plan.</translation>
        </message>
        <message>
            <source>单据不存在</source>
            <translation>Document does not exist</translation>
        </message>
        <message>
            <source>调入单位：{v}</source>
            <translation>Receiving unit: {v}</translation>
        </message>
        <message>
            <source>调入/领用单位：{v}</source>
            <translation>Receiving unit: {v}</translation>
        </message>
        <message>
            <source>单号：{no}　日期：{d}　仓库：{w}</source>
            <translation>No.: {no}  Date: {d}  Warehouse: {w}</translation>
        </message>
        <message>
            <source>　用途：{v}</source>
            <translation>  Purpose: {v}</translation>
        </message>
        <message>
            <source>　事由：{v}</source>
            <translation>  Event: {v}</translation>
        </message>
        <message>
            <source>收</source>
            <translation>In</translation>
        </message>
        <message>
            <source>发</source>
            <translation>Out</translation>
        </message>
        <message>
            <source>合计金额：{v} 元</source>
            <translation>Total amount: {v} yuan</translation>
        </message>
        <message>
            <source>备注：{v}</source>
            <translation>Remarks: {v}</translation>
        </message>
        <message>
            <source>经办人（签字）：{a}　　审批人（签字）：{b}　　接收人（签字）：{c}</source>
            <translation type="vanished">Handled by (signature): {a}    Approved by (signature): {b}    Received by (signature): {c}</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>数量</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>批号</source>
            <translation>Batch no.</translation>
        </message>
        <message>
            <source>剩余天数</source>
            <translation>Days left</translation>
        </message>
        <message>
            <source>资金来源</source>
            <translation>Funding</translation>
        </message>
        <message>
            <source>区划</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>正在生成报表…</source>
            <translation>Creating the report…</translation>
        </message>
        <message>
            <source>入库</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>登记入库（新批次或补充已有批次）</source>
            <translation>Record a receipt (new batch or more of an existing one)</translation>
        </message>
        <message>
            <source>出库发放</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>发放物资，默认先到期先出</source>
            <translation>Issue supplies, earliest expiry first by default</translation>
        </message>
        <message>
            <source>调拨</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <source>从一个仓库调到另一个仓库（两边同时入账）</source>
            <translation>Move stock between warehouses (both sides booked together)</translation>
        </message>
        <message>
            <source>报损</source>
            <translation>Write off</translation>
        </message>
        <message>
            <source>报损报废选中的批次</source>
            <translation>Write off the selected batch</translation>
        </message>
        <message>
            <source>盘点</source>
            <translation>Stocktake</translation>
        </message>
        <message>
            <source>按所选仓库盘点，录入实存数并入账差异</source>
            <translation>Count the chosen warehouse, enter the counts and book the differences</translation>
        </message>
        <message>
            <source>删除已无库存的批次（可在回收站恢复）</source>
            <translation>Delete batches without stock (restorable from the Recycle Bin)</translation>
        </message>
        <message>
            <source>打印台账</source>
            <translation>Print ledger</translation>
        </message>
        <message>
            <source>应急物资储备台账（明细表）PDF</source>
            <translation>Emergency supplies ledger (detail) PDF</translation>
        </message>
        <message>
            <source>临期清单</source>
            <translation>Expiry list</translation>
        </message>
        <message>
            <source>临期/过期物资清单和储备补充计划 PDF</source>
            <translation>Near-expiry/expired list and replenishment plan PDF</translation>
        </message>
        <message>
            <source>打印单据</source>
            <translation>Print slip</translation>
        </message>
        <message>
            <source>打印刚办理的入库单/出库单/调拨单</source>
            <translation>Print the receipt/issue/transfer slip just recorded</translation>
        </message>
        <message>
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <source>全部分类</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>有效期</source>
            <translation>Expiry</translation>
        </message>
        <message>
            <source>分类</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>已登记 {no}。现在打印单据供签字吗？</source>
            <translation>{no} recorded. Print the slip for signing now?</translation>
        </message>
        <message>
            <source>应急物资储备台账</source>
            <translation>Emergency supplies ledger</translation>
        </message>
        <message>
            <source>临期过期物资清单</source>
            <translation>Supplies near or past expiry</translation>
        </message>
        <message>
            <source>导出{title}</source>
            <translation>Export {title}</translation>
        </message>
        <message>
            <source>正在导出…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>导出完成</source>
            <translation>Export finished</translation>
        </message>
        <message>
            <source>保存导入模板</source>
            <translation>Save import template</translation>
        </message>
        <message>
            <source>正在生成模板…</source>
            <translation>Creating the template…</translation>
        </message>
        <message>
            <source>模板已保存</source>
            <translation>Template saved</translation>
        </message>
        <message>
            <source>从 Excel 导入{title}</source>
            <translation>Import {title} from Excel</translation>
        </message>
        <message>
            <source>删除选中的仓库（可在回收站恢复）</source>
            <translation>Delete the selected warehouses (restorable from the Recycle Bin)</translation>
        </message>
        <message>
            <source>仓库名称</source>
            <translation>Warehouse name</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>所属区划</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>保管员</source>
            <translation>Keeper</translation>
        </message>
        <message>
            <source>联系电话</source>
            <translation>Contact phone</translation>
        </message>
        <message>
            <source>面积(平方米)</source>
            <translation>Area (m²)</translation>
        </message>
        <message>
            <source>在库批次</source>
            <translation>Batches in stock</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>删除选中的物资品目（可在回收站恢复）</source>
            <translation>Delete the selected items (restorable from the Recycle Bin)</translation>
        </message>
        <message>
            <source>物资名称</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>规格型号</source>
            <translation>Specification</translation>
        </message>
        <message>
            <source>保质期(月)</source>
            <translation>Shelf life (months)</translation>
        </message>
        <message>
            <source>常用物资</source>
            <translation>Frequently used</translation>
        </message>
        <message>
            <source>库存合计</source>
            <translation>Total stock</translation>
        </message>
        <message>
            <source>确定删除“{name}”等 {n} 条记录吗？
删除后可在“回收站”中恢复。</source>
            <translation>Delete "{name}" and the other selected records ({n} in all)?
You can restore them from the Recycle Bin.</translation>
        </message>
        <message>
            <source>请填写数字</source>
            <translation>Enter a number</translation>
        </message>
        <message>
            <source>不能为负数</source>
            <translation>Cannot be negative</translation>
        </message>
        <message>
            <source>如 碧阳镇应急物资储备点</source>
            <translation>e.g. 碧阳镇应急物资储备点</translation>
        </message>
        <message>
            <source>输入名称查找</source>
            <translation>Type a name to search</translation>
        </message>
        <message>
            <source>备岗保管员</source>
            <translation>Backup keeper</translation>
        </message>
        <message>
            <source>新增仓库</source>
            <translation>New warehouse</translation>
        </message>
        <message>
            <source>编辑仓库</source>
            <translation>Edit warehouse</translation>
        </message>
        <message>
            <source>如 救灾帐篷</source>
            <translation>e.g. 救灾帐篷 (relief tent)</translation>
        </message>
        <message>
            <source>如 顶、条、箱</source>
            <translation>e.g. 顶, 条, 箱</translation>
        </message>
        <message>
            <source>GB/T 38565，如 1010101</source>
            <translation>GB/T 38565, e.g. 1010101</translation>
        </message>
        <message>
            <source>1 位大类 + 2 位中类 + 2 位小类 + 2 位细类</source>
            <translation>1-digit class + 2-digit division + 2-digit group + 2-digit subgroup</translation>
        </message>
        <message>
            <source>轮换提前期(天)</source>
            <translation>Rotation lead time (days)</translation>
        </message>
        <message>
            <source>空白时按设置中的物资临期提醒天数</source>
            <translation>Blank: use the expiry warning days from Settings</translation>
        </message>
        <message>
            <source>存储方式</source>
            <translation>Storage</translation>
        </message>
        <message>
            <source>常用物资（及用及补）</source>
            <translation>Frequently used (replenish after use)</translation>
        </message>
        <message>
            <source>新增物资品目</source>
            <translation>New item</translation>
        </message>
        <message>
            <source>编辑物资品目</source>
            <translation>Edit item</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>空白时按生产日期 + 保质期计算</source>
            <translation>Blank: production date + shelf life</translation>
        </message>
        <message>
            <source>单价（元）</source>
            <translation>Unit price (yuan)</translation>
        </message>
        <message>
            <source>供货/调出单位</source>
            <translation>Supplier / sending unit</translation>
        </message>
        <message>
            <source>采购</source>
            <translation>Purchase</translation>
        </message>
        <message>
            <source>先到期先出（自动分配批次）</source>
            <translation>Earliest expiry first (batches chosen automatically)</translation>
        </message>
        <message>
            <source>无有效期</source>
            <translation>no expiry</translation>
        </message>
        <message>
            <source>（已过期）</source>
            <translation> (expired)</translation>
        </message>
        <message>
            <source>结存</source>
            <translation>balance</translation>
        </message>
        <message>
            <source>调出仓库</source>
            <translation>Sending warehouse</translation>
        </message>
        <message>
            <source>输入名称或拼音查找</source>
            <translation>Type a name or pinyin to search</translation>
        </message>
        <message>
            <source>批次</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>调入仓库</source>
            <translation>Receiving warehouse</translation>
        </message>
        <message>
            <source>报损原因</source>
            <translation>Reason for write-off</translation>
        </message>
        <message>
            <source>用途</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>抢险 / 救助 / 演练 / 轮换</source>
            <translation>rescue / relief / drill / rotation</translation>
        </message>
        <message>
            <source>事由（灾害或事件）</source>
            <translation>Event (disaster or incident)</translation>
        </message>
        <message>
            <source>报损报废</source>
            <translation>Write-off</translation>
        </message>
        <message>
            <source>盘点人</source>
            <translation>Counted by</translation>
        </message>
        <message>
            <source>监盘人</source>
            <translation>Supervised by</translation>
        </message>
        <message>
            <source>账面数</source>
            <translation>Book quantity</translation>
        </message>
        <message>
            <source>差异原因</source>
            <translation>Reason for difference</translation>
        </message>
        <message>
            <source>确认并入账</source>
            <translation>Confirm and book</translation>
        </message>
        <message>
            <source>在“实存数”列填写清点结果；与账面不符的批次须写明原因。</source>
            <translation>Enter the counted quantities in the "Counted" column; give a reason for every batch that differs from the books.</translation>
        </message>
        <message>
            <source>实存数</source>
            <translation>Counted</translation>
        </message>
        <message>
            <source>第 {0} 行的实存数不是数字</source>
            <translation>The counted quantity on row {0} is not a number</translation>
        </message>
        <message>
            <source>批次信息</source>
            <translation>Batch details</translation>
        </message>
        <message>
            <source>修改选中批次的批号、日期、状态等（回车或双击）</source>
            <translation>Change the selected batch's number, dates, status… (Enter or double-click)</translation>
        </message>
        <message>
            <source>保管账</source>
            <translation>Stock card</translation>
        </message>
        <message>
            <source>该物资在该仓库的收、发、结存明细</source>
            <translation>Receipts, issues and balance of this item in this warehouse</translation>
        </message>
        <message>
            <source>产地</source>
            <translation>Origin</translation>
        </message>
        <message>
            <source>货位</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>冻结、待报损的批次不计入可用库存，也不参与先到期先出</source>
            <translation>Frozen and pending write-off batches are not available and are skipped by earliest-expiry-first</translation>
        </message>
        <message>
            <source>批次信息：{0} {1}</source>
            <translation>Batch details: {0} {1}</translation>
        </message>
        <message>
            <source>物资保管账：{0}</source>
            <translation>Stock card: {0}</translation>
        </message>
        <message>
            <source>单号</source>
            <translation>Document no.</translation>
        </message>
        <message>
            <source>收入</source>
            <translation>In</translation>
        </message>
        <message>
            <source>发出</source>
            <translation>Out</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>低于此数时提醒（规则 S3）；填了人均定额可留空</source>
            <translation>Warn below this quantity (rule S3); may be blank when a per-capita quota is given</translation>
        </message>
        <message>
            <source>人均定额</source>
            <translation>Per-capita quota</translation>
        </message>
        <message>
            <source>每人储备量 × 仓库所在区划人口 = 最低储备</source>
            <translation>Quantity per person × population of the warehouse's region = minimum reserve</translation>
        </message>
        <message>
            <source>依据</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>如 乡镇储备点配备标准</source>
            <translation>e.g. township storage point standard</translation>
        </message>
        <message>
            <source>部分依靠协议储备</source>
            <translation>Partly met by an agreement reserve</translation>
        </message>
        <message>
            <source>新增储备定额</source>
            <translation>New reserve quota</translation>
        </message>
        <message>
            <source>编辑储备定额</source>
            <translation>Edit reserve quota</translation>
        </message>
        <message>
            <source>删除选中的定额（可在回收站恢复）</source>
            <translation>Delete the selected quotas (restorable from the Recycle Bin)</translation>
        </message>
        <message>
            <source>最低储备</source>
            <translation>Minimum reserve</translation>
        </message>
        <message>
            <source>标准储备</source>
            <translation>Standard reserve</translation>
        </message>
        <message>
            <source>可用数量</source>
            <translation>Available</translation>
        </message>
        <message>
            <source>缺口</source>
            <translation>Shortfall</translation>
        </message>
        <message>
            <source>建议补充量</source>
            <translation>Suggested replenishment</translation>
        </message>
        <message>
            <source>依靠协议储备</source>
            <translation>Relies on agreement</translation>
        </message>
        <message>
            <source>可用 {a}，低于最低储备 {m}</source>
            <translation>Available {a}, below the minimum reserve {m}</translation>
        </message>
        <message>
            <source>仓库：{w}　　盘点日期：______年____月____日</source>
            <translation>Warehouse: {w}    Count date: ____-____-____</translation>
        </message>
        <message>
            <source>共 {n} 个批次。账实不符的须写明原因。</source>
            <translation>{n} batches. Give a reason for every difference from the books.</translation>
        </message>
        <message>
            <source>盘点人（签字）：__________　　监盘人（签字）：__________</source>
            <translation>Counted by (signature): __________    Supervised by (signature): __________</translation>
        </message>
        <message>
            <source>尚未登记协议储备单位。</source>
            <translation>No agreement reserve suppliers recorded yet.</translation>
        </message>
        <message>
            <source>（已到期）</source>
            <translation> (expired)</translation>
        </message>
        <message>
            <source>（即将到期）</source>
            <translation> (ending soon)</translation>
        </message>
        <message>
            <source>{h} 小时</source>
            <translation>{h} hours</translation>
        </message>
        <message>
            <source>打印盘点表</source>
            <translation>Print count sheet</translation>
        </message>
        <message>
            <source>打印带账面数的空白盘点表，清点时手工填写</source>
            <translation>Print a blank count sheet with book quantities to fill in by hand</translation>
        </message>
        <message>
            <source>盘点表</source>
            <translation>Count sheet</translation>
        </message>
        <message>
            <source>摘要</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>临期批次换出，新批次换入（同一张轮换单）</source>
            <translation>Swap a near-expiry batch for a fresh one (one rotation slip)</translation>
        </message>
        <message>
            <source>发放后未用完的物资退回原批次</source>
            <translation>Return unused issued supplies to their batch</translation>
        </message>
        <message>
            <source>退回数量</source>
            <translation>Quantity returned</translation>
        </message>
        <message>
            <source>换入批号</source>
            <translation>Incoming batch no.</translation>
        </message>
        <message>
            <source>换入生产日期</source>
            <translation>Incoming production date</translation>
        </message>
        <message>
            <source>换入有效期至</source>
            <translation>Incoming expiry date</translation>
        </message>
        <message>
            <source>换入数量</source>
            <translation>Incoming quantity</translation>
        </message>
        <message>
            <source>换出去向</source>
            <translation>Outgoing stock goes to</translation>
        </message>
        <message>
            <source>如 学校食堂、超市</source>
            <translation>e.g. school canteen, supermarket</translation>
        </message>
        <message>
            <source>轮换</source>
            <translation>Rotation</translation>
        </message>
        <message>
            <source>退库</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>未分类</source>
            <translation>Unclassified</translation>
        </message>
        <message>
            <source>在库批次数</source>
            <translation>Batches in stock</translation>
        </message>
        <message>
            <source>各类物资在库批次（按有效期）</source>
            <translation>Batches in stock by category (by expiry)</translation>
        </message>
        <message>
            <source>批次数</source>
            <translation>Batches</translation>
        </message>
        <message>
            <source>物资到期时间分布（未来 {n} 个月）</source>
            <translation>Batches expiring per month (next {n} months)</translation>
        </message>
        <message>
            <source>物资分类</source>
            <translation>Supply category</translation>
        </message>
        <message>
            <source>1 位大类（GB/T 38565）+ 2 位中类 + 2 位小类 + 2 位细类；下级分类由本单位按需建立。</source>
            <translation>1-digit class (GB/T 38565) + 2-digit division + 2-digit group + 2-digit subgroup; the office creates the lower levels it needs.</translation>
        </message>
        <message>
            <source>请先选择一个上级分类（细类下不能再分）</source>
            <translation>First choose a parent category (a subgroup cannot be divided further)</translation>
        </message>
        <message>
            <source>新增下级分类</source>
            <translation>New subcategory</translation>
        </message>
        <message>
            <source>改名</source>
            <translation>Rename</translation>
        </message>
        <message>
            <source>分类…</source>
            <translation>Categories…</translation>
        </message>
        <message>
            <source>编辑物资分类树（GB/T 38565 三大类及本单位下级分类）</source>
            <translation>Edit the category tree (GB/T 38565 top classes and the office's subcategories)</translation>
        </message>
        <message>
            <source>第 {n} 行“{line}”末尾应为协议数量</source>
            <translation>Line {n} "{line}" should end with the agreed quantity</translation>
        </message>
        <message>
            <source>第 {n} 行：{why}</source>
            <translation>Line {n}: {why}</translation>
        </message>
        <message>
            <source>协议单位</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <source>如 黟县百货超市有限公司</source>
            <translation>e.g. 黟县百货超市有限公司</translation>
        </message>
        <message>
            <source>响应时限（小时）</source>
            <translation>Response time (hours)</translation>
        </message>
        <message>
            <source>每行一种：物资名称 规格型号 数量，如“瓶装饮用水 550ml×24瓶 2000”</source>
            <translation>One item per line: name, specification, quantity, e.g. "瓶装饮用水 550ml×24瓶 2000"</translation>
        </message>
        <message>
            <source>新增协议储备</source>
            <translation>New agreement reserve</translation>
        </message>
        <message>
            <source>编辑协议储备</source>
            <translation>Edit agreement reserve</translation>
        </message>
        <message>
            <source>删除选中的协议（可在回收站恢复）</source>
            <translation>Delete the selected agreements (restorable from the Recycle Bin)</translation>
        </message>
        <message>
            <source>打印名录</source>
            <translation>Print directory</translation>
        </message>
        <message>
            <source>协议储备单位名录 PDF</source>
            <translation>Agreement reserve suppliers PDF</translation>
        </message>
        <message>
            <source>协议编号</source>
            <translation>Agreement no.</translation>
        </message>
        <message>
            <source>起始日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>截止日期</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>协议物资</source>
            <translation>Agreed supplies</translation>
        </message>
        <message>
            <source>响应时限</source>
            <translation>Response time</translation>
        </message>
        <message>
            <source>联系人</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>协议已到期</source>
            <translation>Agreement expired</translation>
        </message>
        <message>
            <source>协议即将到期</source>
            <translation>Agreement ending soon</translation>
        </message>
        <message>
            <source>协议储备单位名录</source>
            <translation>Agreement reserve suppliers</translation>
        </message>
        <message>
            <source>物资品目</source>
            <translation>Supply item</translation>
        </message>
        <message>
            <source>请先恢复{noun}“{name}”</source>
            <translation>Restore the {noun} "{name}" first</translation>
        </message>
    </context>
    <context>
        <name>emergency_desk.data</name>
        <message>
            <source>县</source>
            <translation>County</translation>
        </message>
        <message>
            <source>乡镇</source>
            <translation>Township</translation>
        </message>
        <message>
            <source>村</source>
            <translation>Village</translation>
        </message>
        <message>
            <source>社区</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>单位名称</source>
            <translation>Office name</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>县（区）名称</source>
            <translation>County (district) name</translation>
        </message>
        <message>
            <source>制表人</source>
            <translation>Prepared by</translation>
        </message>
        <message>
            <source>审核人</source>
            <translation>Reviewed by</translation>
        </message>
        <message>
            <source>联系电话</source>
            <translation>Contact phone</translation>
        </message>
        <message>
            <source>自动备份保留份数</source>
            <translation>Automatic backups to keep</translation>
        </message>
        <message>
            <source>备份</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>份</source>
            <translation>copies</translation>
        </message>
        <message>
            <source>每个村（社区）、乡镇至少配备灾害信息员</source>
            <translation>Minimum disaster-information officers per village (community) and township</translation>
        </message>
        <message>
            <source>规则阈值</source>
            <translation>Rule thresholds</translation>
        </message>
        <message>
            <source>名</source>
            <translation>people</translation>
        </message>
        <message>
            <source>灾害信息员培训间隔上限</source>
            <translation>Maximum interval between officer trainings</translation>
        </message>
        <message>
            <source>个月</source>
            <translation>months</translation>
        </message>
        <message>
            <source>灾害信息员年度培训率目标</source>
            <translation>Annual officer training rate target</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>物资临期提醒天数</source>
            <translation>Days before expiry to warn about supplies</translation>
        </message>
        <message>
            <source>天</source>
            <translation>days</translation>
        </message>
        <message>
            <source>常用物资发放后补充期限</source>
            <translation>Days to replenish frequently used supplies after issue</translation>
        </message>
        <message>
            <source>盘点间隔上限</source>
            <translation>Maximum interval between stocktakes</translation>
        </message>
        <message>
            <source>协议储备到期提醒天数</source>
            <translation>Days before an agreement reserve ends to warn</translation>
        </message>
        <message>
            <source>仓库数据未更新提醒天数</source>
            <translation>Days without updates before a warehouse is flagged</translation>
        </message>
        <message>
            <source>乡镇综合性救援队伍最少人数</source>
            <translation>Minimum size of a township comprehensive rescue team</translation>
        </message>
        <message>
            <source>人</source>
            <translation>people</translation>
        </message>
        <message>
            <source>县级综合性救援队伍最少人数</source>
            <translation>Minimum size of a county comprehensive rescue team</translation>
        </message>
        <message>
            <source>保险、证书到期提醒天数</source>
            <translation>Days before insurance or a certificate expires to warn</translation>
        </message>
        <message>
            <source>队伍训练或演练间隔上限</source>
            <translation>Maximum interval between team trainings or drills</translation>
        </message>
        <message>
            <source>预案评估周期</source>
            <translation>Plan evaluation cycle</translation>
        </message>
        <message>
            <source>年</source>
            <translation>years</translation>
        </message>
        <message>
            <source>专项、部门预案演练间隔上限</source>
            <translation>Maximum interval between drills of special and department plans</translation>
        </message>
        <message>
            <source>村（社区）演练间隔上限</source>
            <translation>Maximum interval between village (community) drills</translation>
        </message>
        <message>
            <source>灾害多发频发区划未填写主要灾种</source>
            <translation>Disaster-prone region without main hazards</translation>
        </message>
        <message>
            <source>村（社区）缺少区划代码</source>
            <translation>Village (community) without a region code</translation>
        </message>
        <message>
            <source>区划代码与上级不一致</source>
            <translation>Region code does not match the parent's</translation>
        </message>
        <message>
            <source>乡镇下没有村（社区）</source>
            <translation>Township without villages (communities)</translation>
        </message>
        <message>
            <source>下级区划</source>
            <translation>subordinate regions</translation>
        </message>
        <message>
            <source>行政区划</source>
            <translation>Regions</translation>
        </message>
        <message>
            <source>新增</source>
            <translation>New</translation>
        </message>
        <message>
            <source>修改</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>恢复</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>彻底删除</source>
            <translation>Delete permanently</translation>
        </message>
        <message>
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>12 位数字，如 341023100201；县、乡镇可写 6 位或 9 位。可不填（按上级+名称对应）</source>
            <translation>12 digits, e.g. 341023100201; counties and townships may use 6 or 9 digits. Optional (then matched by parent + name)</translation>
        </message>
        <message>
            <source>如 碧阳镇、古筑村</source>
            <translation>e.g. 碧阳镇, 古筑村</translation>
        </message>
        <message>
            <source>县 / 乡镇 / 村 / 社区（下拉选择）</source>
            <translation>县 / 乡镇 / 村 / 社区 (county / township / village / community; choose from the list)</translation>
        </message>
        <message>
            <source>上级区划的名称、区划代码或路径（如 黟县/碧阳镇）；县不填。上级可以在本表后面的行里</source>
            <translation>Name, region code or path of the parent region (e.g. 黟县/碧阳镇); empty for a county. The parent may be on a later row of this sheet</translation>
        </message>
        <message>
            <source>是 / 否（下拉选择），空白按“否”</source>
            <translation>是 / 否 (yes / no; choose from the list); empty means 否</translation>
        </message>
        <message>
            <source>整数，可不填</source>
            <translation>whole number, optional</translation>
        </message>
        <message>
            <source>如 洪涝、地质灾害、森林火灾</source>
            <translation>e.g. 洪涝, 地质灾害, 森林火灾 (flood, geological hazard, forest fire)</translation>
        </message>
        <message>
            <source>行政区划一览表</source>
            <translation>Administrative regions</translation>
        </message>
        <message>
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>区划代码</source>
            <translation>Region code</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>层级</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>上级</source>
            <translation>Parent</translation>
        </message>
        <message>
            <source>灾害多发频发</source>
            <translation>Disaster-prone</translation>
        </message>
        <message>
            <source>人口</source>
            <translation>Population</translation>
        </message>
        <message>
            <source>主要灾种</source>
            <translation>Main hazards</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>预警事项清单</source>
            <translation>Alert list</translation>
        </message>
        <message>
            <source>级别</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>规则</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>区划</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>对象</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>问题说明</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>男</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>女</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>A岗</source>
            <translation>A post</translation>
        </message>
        <message>
            <source>B岗</source>
            <translation>B post</translation>
        </message>
        <message>
            <source>单岗</source>
            <translation>Single post</translation>
        </message>
        <message>
            <source>专职</source>
            <translation>Full-time</translation>
        </message>
        <message>
            <source>兼职</source>
            <translation>Part-time</translation>
        </message>
        <message>
            <source>在岗</source>
            <translation>On duty</translation>
        </message>
        <message>
            <source>离岗</source>
            <translation>Left the post</translation>
        </message>
        <message>
            <source>参训记录</source>
            <translation>Training attendance</translation>
        </message>
        <message>
            <source>培训</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>灾害信息员</source>
            <translation>Disaster-information officer</translation>
        </message>
        <message>
            <source>人员</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>灾害信息员岗位</source>
            <translation>Disaster-information officer post</translation>
        </message>
        <message>
            <source>村（社区）、乡镇没有灾害信息员</source>
            <translation>Village (community) or township without a disaster-information officer</translation>
        </message>
        <message>
            <source>灾害多发频发区划未落实AB岗</source>
            <translation>Disaster-prone region without A/B posts</translation>
        </message>
        <message>
            <source>灾害信息员信息有误</source>
            <translation>Disaster-information officer details are wrong</translation>
        </message>
        <message>
            <source>灾害信息员培训超期</source>
            <translation>Disaster-information officer training overdue</translation>
        </message>
        <message>
            <source>灾害信息员年度培训率未达标</source>
            <translation>Annual officer training rate below target</translation>
        </message>
        <message>
            <source>灾害信息员未录入国家系统</source>
            <translation>Disaster-information officer not in the national system</translation>
        </message>
        <message>
            <source>县级库</source>
            <translation>County warehouse</translation>
        </message>
        <message>
            <source>乡镇库</source>
            <translation>Township warehouse</translation>
        </message>
        <message>
            <source>村(社区)储备点</source>
            <translation>Village storage point</translation>
        </message>
        <message>
            <source>协议储备</source>
            <translation>Agreement reserve</translation>
        </message>
        <message>
            <source>企业代储</source>
            <translation>Stored by enterprise</translation>
        </message>
        <message>
            <source>在用</source>
            <translation>In use</translation>
        </message>
        <message>
            <source>停用</source>
            <translation>Out of use</translation>
        </message>
        <message>
            <source>在库</source>
            <translation>In stock</translation>
        </message>
        <message>
            <source>冻结</source>
            <translation>Frozen</translation>
        </message>
        <message>
            <source>待报损</source>
            <translation>Pending write-off</translation>
        </message>
        <message>
            <source>入库</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>出库发放</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>调拨</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <source>轮换</source>
            <translation>Rotation</translation>
        </message>
        <message>
            <source>报损报废</source>
            <translation>Write-off</translation>
        </message>
        <message>
            <source>盘点调整</source>
            <translation>Stocktake adjustment</translation>
        </message>
        <message>
            <source>退库</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>期初建账</source>
            <translation>Opening balance</translation>
        </message>
        <message>
            <source>物资临期紧急提醒天数</source>
            <translation>Urgent expiry warning (days)</translation>
        </message>
        <message>
            <source>灾害高风险村（社区）须设物资储备点</source>
            <translation>High-risk villages need a storage point</translation>
        </message>
        <message>
            <source>物资已过期</source>
            <translation>Supplies expired</translation>
        </message>
        <message>
            <source>物资临期</source>
            <translation>Supplies near expiry</translation>
        </message>
        <message>
            <source>物资低于储备定额</source>
            <translation>Supplies below quota</translation>
        </message>
        <message>
            <source>常用物资发放后未补充</source>
            <translation>Frequently used supplies not replenished after issue</translation>
        </message>
        <message>
            <source>仓库盘点超期</source>
            <translation>Warehouse stocktake overdue</translation>
        </message>
        <message>
            <source>物资台账账目不符</source>
            <translation>Supplies ledger inconsistent</translation>
        </message>
        <message>
            <source>物资资料不完整</source>
            <translation>Supplies data incomplete</translation>
        </message>
        <message>
            <source>协议储备到期或缺失</source>
            <translation>Agreement reserve expiring or missing</translation>
        </message>
        <message>
            <source>乡镇未设物资储备库（点）</source>
            <translation>Township without a supplies warehouse</translation>
        </message>
        <message>
            <source>仓库数据长期未更新</source>
            <translation>Warehouse data not updated for long</translation>
        </message>
        <message>
            <source>仓库</source>
            <translation>Warehouse</translation>
        </message>
        <message>
            <source>库存批次</source>
            <translation>stock batches</translation>
        </message>
        <message>
            <source>储备定额</source>
            <translation>reserve quotas</translation>
        </message>
        <message>
            <source>盘点记录</source>
            <translation>stocktakes</translation>
        </message>
        <message>
            <source>出入库单</source>
            <translation>stock documents</translation>
        </message>
        <message>
            <source>协议储备物资</source>
            <translation>agreement items</translation>
        </message>
        <message>
            <source>出入库明细</source>
            <translation>stock document lines</translation>
        </message>
        <message>
            <source>物资分类</source>
            <translation>Supply category</translation>
        </message>
        <message>
            <source>盘点</source>
            <translation>Stocktake</translation>
        </message>
        <message>
            <source>物资品目</source>
            <translation>Supply item</translation>
        </message>
        <message>
            <source>盘点明细</source>
            <translation>Stocktake line</translation>
        </message>
        <message>
            <source>如 碧阳镇应急物资储备点</source>
            <translation>e.g. 碧阳镇应急物资储备点</translation>
        </message>
        <message>
            <source>县级库 / 乡镇库 / 村(社区)储备点 / 协议储备 / 企业代储</source>
            <translation>县级库 / 乡镇库 / 村(社区)储备点 / 协议储备 / 企业代储 (county / township / village point / agreement / enterprise)</translation>
        </message>
        <message>
            <source>区划名称或 12 位区划代码</source>
            <translation>Region name or 12-digit region code</translation>
        </message>
        <message>
            <source>GB/T 38565：1 位大类 + 2 位中类 + 2 位小类 + 2 位细类，如 1010101</source>
            <translation>GB/T 38565: 1-digit class + 2-digit division + 2-digit group + 2-digit subgroup, e.g. 1010101</translation>
        </message>
        <message>
            <source>整数（月）；没有保质期的物资不填</source>
            <translation>Whole months; leave blank for items without a shelf life</translation>
        </message>
        <message>
            <source>是：发放后须及时补充（及用及补）</source>
            <translation>是 (yes): replenish promptly after issuing</translation>
        </message>
        <message>
            <source>物资台账</source>
            <translation>Supplies ledger</translation>
        </message>
        <message>
            <source>仓库名称；重名时写“区划/仓库名称”</source>
            <translation>Warehouse name; write "region/warehouse name" when names repeat</translation>
        </message>
        <message>
            <source>应急物资储备台账（明细表）</source>
            <translation>Emergency supplies ledger (detail)</translation>
        </message>
        <message>
            <source>分类编码</source>
            <translation>Category code</translation>
        </message>
        <message>
            <source>物资名称</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>规格型号</source>
            <translation>Specification</translation>
        </message>
        <message>
            <source>数量</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>仓库/存放地点</source>
            <translation>Warehouse / location</translation>
        </message>
        <message>
            <source>存储方式</source>
            <translation>Storage</translation>
        </message>
        <message>
            <source>批号</source>
            <translation>Batch no.</translation>
        </message>
        <message>
            <source>生产日期</source>
            <translation>Production date</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>Expiry date</translation>
        </message>
        <message>
            <source>资金来源</source>
            <translation>Funding</translation>
        </message>
        <message>
            <source>入库日期</source>
            <translation>Received on</translation>
        </message>
        <message>
            <source>保管人</source>
            <translation>Keeper</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>临期/过期物资清单</source>
            <translation>Supplies near or past expiry</translation>
        </message>
        <message>
            <source>剩余天数</source>
            <translation>Days left</translation>
        </message>
        <message>
            <source>建议处置</source>
            <translation>Suggested action</translation>
        </message>
        <message>
            <source>应急物资</source>
            <translation>Emergency supplies</translation>
        </message>
        <message>
            <source>协议储备单位名录</source>
            <translation>Agreement reserve suppliers</translation>
        </message>
        <message>
            <source>协议编号</source>
            <translation>Agreement no.</translation>
        </message>
        <message>
            <source>起止日期</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>物资</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>协议数量</source>
            <translation>Agreed quantity</translation>
        </message>
        <message>
            <source>响应时限</source>
            <translation>Response time</translation>
        </message>
        <message>
            <source>联系人</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
    </context>
    <context>
        <name>form</name>
        <message>
            <source>没有“{0}”这一项，请从列表中选择</source>
            <translation>There is no "{0}"; choose from the list</translation>
        </message>
        <message>
            <source>{0}不能为空</source>
            <translation>{0} must not be empty</translation>
        </message>
        <message>
            <source>请填写整数</source>
            <translation>Please enter a whole number</translation>
        </message>
        <message>
            <source>不能小于 {0}</source>
            <translation>Must not be less than {0}</translation>
        </message>
        <message>
            <source>不能大于 {0}</source>
            <translation>Must not be greater than {0}</translation>
        </message>
    </context>
</TS>
