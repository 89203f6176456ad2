<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
    <context>
        <name>AnnualPlanTab</name>
        <message>
            <source>全部乡镇</source>
            <translation>All townships</translation>
        </message>
        <message>
            <source>年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>乡镇</source>
            <translation>Township</translation>
        </message>
        <message>
            <source>新增计划</source>
            <translation>New plan item</translation>
        </message>
        <message>
            <source>取消计划</source>
            <translation>Cancel item</translation>
        </message>
        <message>
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>乡镇/区划</source>
            <translation>Township / region</translation>
        </message>
        <message>
            <source>演练名称</source>
            <translation>Drill</translation>
        </message>
        <message>
            <source>计划月份</source>
            <translation>Planned month</translation>
        </message>
        <message>
            <source>形式</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>依据预案</source>
            <translation>Plans exercised</translation>
        </message>
        <message>
            <source>完成情况</source>
            <translation>Done?</translation>
        </message>
        <message>
            <source>标记完成</source>
            <translation>Mark done</translation>
        </message>
        <message>
            <source>由哪次演练完成：</source>
            <translation>Carried out by the drill:</translation>
        </message>
        <message>
            <source>删除年度演练计划</source>
            <translation>Delete annual drill plan item</translation>
        </message>
        <message>
            <source>确定删除“{0}”吗？</source>
            <translation>Delete "{0}"?</translation>
        </message>
    </context>
    <context>
        <name>AttendancePicker</name>
        <message>
            <source>从花名册选择参训人员</source>
            <translation>Choose attendees from the roster</translation>
        </message>
        <message>
            <source>全部乡镇</source>
            <translation>All townships</translation>
        </message>
        <message>
            <source>姓名、拼音首字母或手机号</source>
            <translation>Name, pinyin initials or mobile</translation>
        </message>
        <message>
            <source>全选</source>
            <translation>Select all</translation>
        </message>
        <message>
            <source>全不选</source>
            <translation>Select none</translation>
        </message>
        <message>
            <source>添加</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>乡镇</source>
            <translation>Township</translation>
        </message>
        <message>
            <source>培训：{0}（{1}）</source>
            <translation>Training: {0} ({1})</translation>
        </message>
        <message>
            <source>已在参训名单中</source>
            <translation>Already on the attendance list</translation>
        </message>
        <message>
            <source>已选 {0} 人</source>
            <translation>{0} selected</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>在操作记录中查找：名称、修改内容（Ctrl+F）</source>
            <translation>Search the log: record, changes (Ctrl+F)</translation>
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
            <source>全部台账</source>
            <translation>All registers</translation>
        </message>
        <message>
            <source>台账</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>还没有操作记录：每一次新增、修改、删除和导入都会记在这里。</source>
            <translation>No changes logged yet: every addition, change, deletion and import is recorded here.</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>备份与恢复</source>
            <translation>Backup and restore</translation>
        </message>
        <message>
            <source>备份保存在数据库旁边的 backups 文件夹中。选中一份，点“恢复所选备份”；恢复前当前数据会先另存一份。</source>
            <translation>Backups are kept in the backups folder beside the database. Choose one and click "Restore selected backup"; the current data is saved first.</translation>
        </message>
        <message>
            <source>备份时间</source>
            <translation>Taken at</translation>
        </message>
        <message>
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>大小</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>恢复所选备份…</source>
            <translation>Restore selected backup…</translation>
        </message>
    </context>
    <context>
        <name>CasesTab</name>
        <message>
            <source>删除典型案例</source>
            <translation>Delete case</translation>
        </message>
        <message>
            <source>选中的 {0} 个案例</source>
            <translation>the {0} selected {0|case|cases}</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>第 4 步：检查</source>
            <translation>Step 4: Check</translation>
        </message>
        <message>
            <source>逐行检查，不写入数据库。有错误时请改正表格后点“上一步”回到第 1 步重新选择文件。</source>
            <translation type="vanished">Every row is checked; nothing is written to the database. If there are errors, correct the spreadsheet, then click "Back" to return to step 1 and choose the file again.</translation>
        </message>
        <message>
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>点击“导入”写入数据库。</source>
            <translation>Click "Import" to write to the database.</translation>
        </message>
        <message>
            <source>逐行检查，不写入数据库。有错误的行列在下表中，可直接改正后“重新检查”或“检查并导入”；也可保存被拒绝的行，改好后再导入。</source>
            <translation>Checks every row without writing. Rows with errors are listed below: correct them here, then “Check again” or “Check and import”; or save the rejected rows, fix them and import again.</translation>
        </message>
        <message>
            <source>检查并导入</source>
            <translation>Check and import</translation>
        </message>
        <message>
            <source>请在下表中改正标红的单元格（输入后按回车跳到下一处），然后点“检查并导入”。</source>
            <translation>Correct the cells marked red in the table below (type, then Enter moves to the next one), then click “Check and import”.</translation>
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
        <message>
            <source>打印花名册</source>
            <translation>Print roster</translation>
        </message>
    </context>
    <context>
        <name>ContactsTab</name>
        <message>
            <source>删除联络网条目</source>
            <translation>Delete contact entries</translation>
        </message>
        <message>
            <source>选中的 {0} 条联络网条目</source>
            <translation>the {0} selected contact {0|entry|entries}</translation>
        </message>
    </context>
    <context>
        <name>CoverageView</name>
        <message>
            <source>仅灾害多发频发</source>
            <translation>Disaster-prone only</translation>
        </message>
        <message>
            <source>仅显示缺口</source>
            <translation>Gaps only</translation>
        </message>
        <message>
            <source>乡镇 / 村（社区）</source>
            <translation>Township / village (community)</translation>
        </message>
        <message>
            <source>灾害多发频发</source>
            <translation>Disaster-prone</translation>
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
            <source>缺口</source>
            <translation>Gap</translation>
        </message>
        <message>
            <source>配备情况</source>
            <translation>Coverage</translation>
        </message>
        <message>
            <source>乡镇和村（社区）共 {n} 个，未配备灾害信息员 {e} 个；灾害多发频发 {p} 个，其中未落实AB岗 {g} 个。</source>
            <translation>{n} townships and villages (communities), {e} without an officer; {p} disaster-prone, {g} of them without their A and B posts.</translation>
        </message>
        <message>
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>正在统计配备情况…</source>
            <translation>Counting the posts filled…</translation>
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
        <name>DateField</name>
        <message>
            <source>如 2024-05-12</source>
            <translation>e.g. 2024-05-12</translation>
        </message>
        <message>
            <source>如 2024-05-12 或 2024.05</source>
            <translation>e.g. 2024-05-12 or 2024.05</translation>
        </message>
        <message>
            <source>从日历中选择（Alt+↓）</source>
            <translation>Pick from a calendar (Alt+↓)</translation>
        </message>
    </context>
    <context>
        <name>DrillsTab</name>
        <message>
            <source>删除演练记录</source>
            <translation>Delete drill records</translation>
        </message>
        <message>
            <source>确定删除选中的 {0} 条演练记录吗？
删除后可在“回收站”中恢复。</source>
            <translation>Delete the {0} selected drill {0|record|records}?
You can restore them from the Recycle Bin.</translation>
        </message>
    </context>
    <context>
        <name>DutyLogTab</name>
        <message>
            <source>删除值班记录</source>
            <translation>Delete duty log entries</translation>
        </message>
        <message>
            <source>选中的 {0} 条值班记录</source>
            <translation>the {0} selected duty log {0|entry|entries}</translation>
        </message>
    </context>
    <context>
        <name>DutyTab</name>
        <message>
            <source>未来 {0} 天值班无缺口。</source>
            <translation>No duty gaps in the next {0} {0|day|days}.</translation>
        </message>
        <message>
            <source>删除值班安排</source>
            <translation>Delete duty slots</translation>
        </message>
        <message>
            <source>选中的 {0} 条值班安排</source>
            <translation>the {0} selected duty {0|slot|slots}</translation>
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
        <name>ExpertsTab</name>
        <message>
            <source>全部专家组</source>
            <translation>All groups</translation>
        </message>
        <message>
            <source>删除专家</source>
            <translation>Delete experts</translation>
        </message>
        <message>
            <source>选中的 {0} 名专家</source>
            <translation>the {0} selected {0|expert|experts}</translation>
        </message>
    </context>
    <context>
        <name>ExtraFieldsBox</name>
        <message>
            <source>其他信息</source>
            <translation>Other information</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>添加栏目</source>
            <translation>Add field</translation>
        </message>
        <message>
            <source>删除栏目</source>
            <translation>Remove field</translation>
        </message>
        <message>
            <source>导入表格中没有对应栏目的列，随记录保存，导出时写回。</source>
            <translation>Columns of an imported sheet that match no field: kept with the record and written back on export.</translation>
        </message>
        <message>
            <source>其他信息：内容“{0}”没有填写名称</source>
            <translation>Other information: the value “{0}” has no name</translation>
        </message>
        <message>
            <source>其他信息：栏目“{0}”出现了两次，请合并或删除一行</source>
            <translation>Other information: the field “{0}” appears twice; merge or delete one row</translation>
        </message>
    </context>
    <context>
        <name>FieldPage</name>
        <message>
            <source>避难场所</source>
            <translation>Shelter</translation>
        </message>
        <message>
            <source>隐患点</source>
            <translation>Hazard points</translation>
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
        <name>FileTab</name>
        <message>
            <source>选择文件</source>
            <translation>Choose a file</translation>
        </message>
        <message>
            <source>移除文件</source>
            <translation>Remove file</translation>
        </message>
    </context>
    <context>
        <name>FixPanel</name>
        <message>
            <source>本表为在岗人员全部名单（表中没有的人员按今天办理离任/离队，保留历史记录）</source>
            <translation>This sheet is the complete list of people in post (those missing leave as of today; their records are kept)</translation>
        </message>
        <message>
            <source>重新检查</source>
            <translation>Check again</translation>
        </message>
        <message>
            <source>保存被拒绝的行…</source>
            <translation>Save rejected rows…</translation>
        </message>
        <message>
            <source>另存为 Excel：原表头，另加“错误说明”列；改好后可直接再导入</source>
            <translation>Save as Excel with the original header and an added 错误说明 column; fix it and import it again</translation>
        </message>
        <message>
            <source>改正被拒绝的行</source>
            <translation>Fix rejected rows</translation>
        </message>
        <message>
            <source>第 {0} 行：</source>
            <translation>Row {0}: </translation>
        </message>
        <message>
            <source>全部说明（可复制）</source>
            <translation>All messages (copyable)</translation>
        </message>
        <message>
            <source>以下 {0} 人不在本表中，导入后将办理离任/离队（记录保留）：</source>
            <translation>{0} {0|person is|people are} not in this list and will leave when it is imported (their records are kept):</translation>
        </message>
        <message>
            <source> …等（完整名单见“全部说明”）</source>
            <translation> … and more (the full list is under “All messages”)</translation>
        </message>
        <message>
            <source>保存被拒绝的行</source>
            <translation>Save rejected rows</translation>
        </message>
        <message>
            <source>正在保存…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>已保存</source>
            <translation>Saved</translation>
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
        <message>
            <source>导入表格中的其他列</source>
            <translation type="vanished">Other columns of the imported sheet</translation>
        </message>
        <message>
            <source>重新载入</source>
            <translation>Reload</translation>
        </message>
        <message>
            <source>取回他人保存的最新内容，对话框保持打开</source>
            <translation>Fetch the latest values someone else saved; the dialog stays open</translation>
        </message>
        <message>
            <source>已载入最新内容。他人修改了：{0}。请重新填写您的修改后点“确定”。</source>
            <translation>Latest values loaded. Someone else changed: {0}. Enter your changes again, then click OK.</translation>
        </message>
        <message>
            <source>已载入最新内容（他人没有改动本表中的栏目）。请重新填写您的修改后点“确定”。</source>
            <translation>Latest values loaded (no field of this form was changed by anyone else). Enter your changes again, then click OK.</translation>
        </message>
        <message>
            <source>记录已被他人修改：“{0}”在您打开之后已被保存过（可能是另一个窗口、命令行或导入），您的修改没有保存。点“重新载入”取回最新内容（对话框不会关闭），再重新填写您的修改并保存。</source>
            <translation>Record changed by someone else: “{0}” was saved after you opened it (perhaps by another window, the command line or an import); your changes were not saved. Click “Reload” to fetch the latest values (the dialog stays open), then enter your changes again and save.</translation>
        </message>
    </context>
    <context>
        <name>HazardsTab</name>
        <message>
            <source>删除隐患点</source>
            <translation>Delete hazard points</translation>
        </message>
        <message>
            <source>选中的 {0} 个隐患点</source>
            <translation>the {0} selected hazard {0|point|points}</translation>
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
        <name>LeadersTab</name>
        <message>
            <source>删除领导小组成员</source>
            <translation>Delete group members</translation>
        </message>
        <message>
            <source>选中的 {0} 名成员</source>
            <translation>the {0} selected {0|member|members}</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>法规库</source>
            <translation>Regulations</translation>
        </message>
        <message>
            <source>典型案例库</source>
            <translation>Case library</translation>
        </message>
    </context>
    <context>
        <name>ListDialog</name>
        <message>
            <source>新增…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>确定删除选中的记录吗？</source>
            <translation>Delete the selected record?</translation>
        </message>
    </context>
    <context>
        <name>ListTab</name>
        <message>
            <source>全部乡镇</source>
            <translation>All townships</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>备份数据库</source>
            <translation>Back up the database</translation>
        </message>
        <message>
            <source>正在备份…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>备份完成</source>
            <translation>Backup finished</translation>
        </message>
        <message>
            <source>从备份恢复</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <source>恢复完成</source>
            <translation>Restore finished</translation>
        </message>
        <message>
            <source>关于</source>
            <translation>About</translation>
        </message>
    </context>
    <context>
        <name>ManagersTab</name>
        <message>
            <source>删除应急管理员</source>
            <translation>Delete emergency managers</translation>
        </message>
        <message>
            <source>选中的 {0} 名应急管理员</source>
            <translation>the {0} selected emergency {0|manager|managers}</translation>
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
        <message>
            <source>或统一填写（每行相同）</source>
            <translation>or one value for every row</translation>
        </message>
        <message>
            <source>表格没有这一列时，在此填写的值用于每一行，如整个文件都属于碧阳镇</source>
            <translation>When the sheet lacks this column, the value typed here is used for every row, e.g. a whole file belonging to 碧阳镇</translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <source>应急联络网</source>
            <translation>Contact network</translation>
        </message>
        <message>
            <source>专家库</source>
            <translation>Experts</translation>
        </message>
    </context>
    <context>
        <name>OfficersPage</name>
        <message>
            <source>全部乡镇</source>
            <translation>All townships</translation>
        </message>
        <message>
            <source>指定接任A岗</source>
            <translation>Choose the successor for the A post</translation>
        </message>
        <message>
            <source>“{0}”已不再担任A岗。请指定接任A岗的人员：</source>
            <translation>"{0}" no longer holds the A post. Choose who takes it over:</translation>
        </message>
        <message>
            <source>暂不指定（该区划将缺A岗）</source>
            <translation>Nobody for now (the region will lack its A post)</translation>
        </message>
        <message>
            <source>办理离岗：{0}</source>
            <translation>Leave the post: {0}</translation>
        </message>
        <message>
            <source>选中的 {0} 条记录</source>
            <translation>the {0} selected {0|record|records}</translation>
        </message>
        <message>
            <source>删除灾害信息员</source>
            <translation>Delete officer</translation>
        </message>
        <message>
            <source>确定删除{0}吗？
删除后可在“回收站”中恢复。人员信息保留。</source>
            <translation>Delete {0}?
You can restore it from the Recycle Bin. The person's details are kept.</translation>
        </message>
        <message>
            <source>正在生成报表…</source>
            <translation>Creating the report…</translation>
        </message>
        <message>
            <source>导出灾害信息员</source>
            <translation>Export officers</translation>
        </message>
    </context>
    <context>
        <name>PlanListTab</name>
        <message>
            <source>选中的 {0} 份预案</source>
            <translation>the {0} selected {0|plan|plans}</translation>
        </message>
        <message>
            <source>删除应急预案</source>
            <translation>Delete emergency plan</translation>
        </message>
        <message>
            <source>确定删除{0}吗？
删除后可在“回收站”中恢复。</source>
            <translation type="vanished">Delete {0}?
You can restore it from the Recycle Bin.</translation>
        </message>
        <message>
            <source>人员</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>输入姓名或手机号查找</source>
            <translation>Type a name or mobile number to search</translation>
        </message>
        <message>
            <source>预案依托人员</source>
            <translation>People the plan relies on</translation>
        </message>
        <message>
            <source>选择附件文件</source>
            <translation>Choose the file to attach</translation>
        </message>
        <message>
            <source>所有文件 (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>附件类型</source>
            <translation>Attachment type</translation>
        </message>
        <message>
            <source>这个文件是：</source>
            <translation>This file is:</translation>
        </message>
    </context>
    <context>
        <name>PlansPage</name>
        <message>
            <source>预案目录</source>
            <translation>Plan catalogue</translation>
        </message>
        <message>
            <source>演练记录</source>
            <translation>Drill records</translation>
        </message>
        <message>
            <source>“六有”自查</source>
            <translation>"Six haves" self-check</translation>
        </message>
        <message>
            <source>年度演练计划</source>
            <translation>Annual drill plan</translation>
        </message>
    </context>
    <context>
        <name>PledgesTab</name>
        <message>
            <source>删除防汛责任书</source>
            <translation>Delete flood-control letters</translation>
        </message>
        <message>
            <source>选中的 {0} 份防汛责任书</source>
            <translation>the {0} selected flood-control {0|letter|letters}</translation>
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
        <name>RecyclePage</name>
        <message>
            <source>彻底删除</source>
            <translation>Delete permanently</translation>
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
            <translation>the {0} selected {0|region|regions}</translation>
        </message>
        <message>
            <source>删除行政区划</source>
            <translation>Delete region</translation>
        </message>
        <message>
            <source>确定删除{0}吗？
删除后可在“回收站”中恢复。</source>
            <translation type="vanished">Delete {0}?
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
            <translation>{0} {0|record|records}</translation>
        </message>
        <message>
            <source>，已选 {0} 条</source>
            <translation>, {0} selected</translation>
        </message>
        <message>
            <source>确定删除{0}吗？
删除后可在“回收站”中恢复。</source>
            <translation>Delete {0}?
You can restore it from the Recycle Bin.</translation>
        </message>
        <message>
            <source>没有找到符合条件的记录：请换一个搜索词，或清空搜索框和筛选条件。</source>
            <translation>No records match: try another search, or clear the search box and the filters.</translation>
        </message>
        <message>
            <source>还没有记录：点击工具栏的“新增”逐条添加，或点击“导入”从 Excel 台账导入。</source>
            <translation type="vanished">No records yet: click "New" on the toolbar to add them one by one, or "Import" to load an Excel register.</translation>
        </message>
        <message>
            <source>还没有记录：用下面的按钮（工具栏中也有）逐条新增，或从 Excel 台账导入。</source>
            <translation>No records yet: use the buttons below (also on the toolbar) to add them one by one or to import an Excel register.</translation>
        </message>
        <message>
            <source>正在加载…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>正在统计条数…</source>
            <translation>Counting rows…</translation>
        </message>
    </context>
    <context>
        <name>RegulationsTab</name>
        <message>
            <source>删除法规</source>
            <translation>Delete regulation</translation>
        </message>
        <message>
            <source>选中的 {0} 件法规</source>
            <translation>the {0} selected {0|regulation|regulations}</translation>
        </message>
    </context>
    <context>
        <name>RejectedGrid</name>
        <message>
            <source>错误说明</source>
            <translation>Error</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>全部（本县）</source>
            <translation>All (whole county)</translation>
        </message>
        <message>
            <source>保存报表</source>
            <translation>Save report</translation>
        </message>
        <message>
            <source>正在生成报表…</source>
            <translation>Creating the report…</translation>
        </message>
        <message>
            <source>点击“预览”查看第一页；打印或保存前也会先显示在这里。</source>
            <translation>Click "Preview" to see the first page; it is also shown here before printing or saving.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>恢复默认</source>
            <translation>Default</translation>
        </message>
        <message>
            <source>设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>数据库</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>连接单位服务器…</source>
            <translation>Connect to the office server…</translation>
        </message>
        <message>
            <source>连接单位服务器</source>
            <translation>Connect to the office server</translation>
        </message>
        <message>
            <source>改用本机数据库文件</source>
            <translation>Use the database file on this PC</translation>
        </message>
    </context>
    <context>
        <name>SheltersTab</name>
        <message>
            <source>删除避难场所</source>
            <translation>Delete shelters</translation>
        </message>
        <message>
            <source>选中的 {0} 个避难场所</source>
            <translation>the {0} selected {0|shelter|shelters}</translation>
        </message>
    </context>
    <context>
        <name>SixHaveTab</name>
        <message>
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>打印自查表</source>
            <translation>Print self-check</translation>
        </message>
        <message>
            <source>按各台账预警规则自动判定；“未检查”表示本程序尚未建立该台账。</source>
            <translation type="vanished">Judged automatically from the registers' rules; "Not checked" means that register does not exist yet.</translation>
        </message>
        <message>
            <source>乡镇</source>
            <translation>Township</translation>
        </message>
        <message>
            <source>达标项</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>正在生成报表…</source>
            <translation>Creating the report…</translation>
        </message>
        <message>
            <source>登记领导小组</source>
            <translation>Record leadership group</translation>
        </message>
        <message>
            <source>“有班子”：录入乡镇应急管理领导小组</source>
            <translation>"Leadership": record the township's emergency leadership group</translation>
        </message>
        <message>
            <source>按各台账预警规则自动判定；“未录入”表示该项依据的台账（领导小组、值班表）尚无记录，无法判定，不计入达标项。</source>
            <translation>Judged from the registers' rules; "Not entered" means the register behind the item (leadership group, duty roster) holds nothing yet, so it cannot be judged and is not counted.</translation>
        </message>
    </context>
    <context>
        <name>StandardDialog</name>
        <message>
            <source>层级</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>队伍性质</source>
            <translation>Staffing type</translation>
        </message>
        <message>
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <source>“全部”：该层级的所有队伍都按此配备</source>
            <translation>“全部” (all): every team of this level must hold this</translation>
        </message>
        <message>
            <source>装备名称</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <source>如 救生衣</source>
            <translation>e.g. 救生衣 (life jacket)</translation>
        </message>
        <message>
            <source>按名称包含匹配：“救生衣”也计入“救生衣（成人）”</source>
            <translation>Matched by name: “救生衣” also counts “救生衣（成人）”</translation>
        </message>
        <message>
            <source>装备类别</source>
            <translation>Equipment category</translation>
        </message>
        <message>
            <source>配备数量</source>
            <translation>Required quantity</translation>
        </message>
        <message>
            <source>计量单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>如 件、台</source>
            <translation>e.g. 件, 台</translation>
        </message>
        <message>
            <source>依据</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>如 县应急局《三级应急装备配置标准》（2024）</source>
            <translation>e.g. the county emergency bureau's three-level equipment standard (2024)</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>县/乡/村三级装备配置标准</source>
            <translation>County/township/village equipment standard</translation>
        </message>
        <message>
            <source>尚未录入配置标准，T6 只检查综合性队伍的装备类别。可“新增”，或“载入示例标准”后按本地标准修改数量。</source>
            <translation>No standard entered yet; T6 only checks the equipment categories of comprehensive teams. Click “New”, or “Load example standard” and change the quantities to the local standard.</translation>
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
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>载入示例标准</source>
            <translation>Load example standard</translation>
        </message>
        <message>
            <source>导入…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <source>导出…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>每行：某一层级（及队伍性质）的队伍应配的装备和数量；T6 按此检查每支队伍完好且在有效期内的装备，并列出缺少的项目。</source>
            <translation>Each line: the equipment and quantity a team of this level (and staffing type) must hold; T6 checks every team's usable equipment against it and lists what is missing.</translation>
        </message>
        <message>
            <source>新增配置标准</source>
            <translation>New standard line</translation>
        </message>
        <message>
            <source>编辑配置标准</source>
            <translation>Edit standard line</translation>
        </message>
        <message>
            <source>请先选择一行</source>
            <translation>Select a line first</translation>
        </message>
        <message>
            <source>删除配置标准</source>
            <translation>Delete standard line</translation>
        </message>
        <message>
            <source>确定删除“{0}”吗？删除后可在“回收站”中恢复。</source>
            <translation>Delete “{0}”? You can restore it from the Recycle Bin.</translation>
        </message>
        <message>
            <source>已载入 {0} 条示例标准；示例数量为本程序的假设，请按本地标准修改。</source>
            <translation>Loaded {0} example {0|line|lines}; the example quantities are this program's assumption, change them to the local standard.</translation>
        </message>
        <message>
            <source>导出配置标准</source>
            <translation>Export equipment standard</translation>
        </message>
        <message>
            <source>装备配置标准</source>
            <translation>Equipment standard</translation>
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
            <translation>Reserve quotas</translation>
        </message>
        <message>
            <source>协议储备</source>
            <translation>Agreement reserve</translation>
        </message>
    </context>
    <context>
        <name>TeamDialogs</name>
        <message>
            <source>队伍名称</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>如 碧阳镇综合应急救援队</source>
            <translation>e.g. 碧阳镇综合应急救援队</translation>
        </message>
        <message>
            <source>所属区划</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>输入名称查找</source>
            <translation>Type a name to search</translation>
        </message>
        <message>
            <source>层级</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>按所属区划</source>
            <translation>From the region</translation>
        </message>
        <message>
            <source>专业</source>
            <translation>Specialised</translation>
        </message>
        <message>
            <source>多个专业用顿号分隔</source>
            <translation>Separate several specialties with 、</translation>
        </message>
        <message>
            <source>主管单位</source>
            <translation>Supervising unit</translation>
        </message>
        <message>
            <source>队长</source>
            <translation>Leader</translation>
        </message>
        <message>
            <source>队长姓名</source>
            <translation>Leader's name</translation>
        </message>
        <message>
            <source>队长电话</source>
            <translation>Leader phone</translation>
        </message>
        <message>
            <source>11 位手机号码</source>
            <translation>11-digit mobile number</translation>
        </message>
        <message>
            <source>值班电话</source>
            <translation>Duty phone</translation>
        </message>
        <message>
            <source>如 0559-5521119</source>
            <translation>e.g. 0559-5521119</translation>
        </message>
        <message>
            <source>编制人数</source>
            <translation>Planned size</translation>
        </message>
        <message>
            <source>出动时间(分钟)</source>
            <translation>Response time (minutes)</translation>
        </message>
        <message>
            <source>驻地</source>
            <translation>Base</translation>
        </message>
        <message>
            <source>成立日期</source>
            <translation>Founded</translation>
        </message>
        <message>
            <source>政府购买服务</source>
            <translation>Government-purchased service</translation>
        </message>
        <message>
            <source>编辑救援队伍</source>
            <translation>Edit rescue team</translation>
        </message>
        <message>
            <source>新增救援队伍</source>
            <translation>New rescue team</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>身份证号</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>18 位；填写后自动带出出生日期和性别</source>
            <translation>18 characters; birth date and gender are filled in from it</translation>
        </message>
        <message>
            <source>已登记为灾害信息员等的人员按身份证号自动对应为同一人</source>
            <translation>A person already entered (e.g. as a disaster-information officer) is matched by ID number and stays one person</translation>
        </message>
        <message>
            <source>手机号码</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>出生日期</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>工作单位</source>
            <translation>Employer</translation>
        </message>
        <message>
            <source>队内职务</source>
            <translation>Role in team</translation>
        </message>
        <message>
            <source>专业特长</source>
            <translation>Skills</translation>
        </message>
        <message>
            <source>人员来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>入队日期</source>
            <translation>Joined</translation>
        </message>
        <message>
            <source>离队日期</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>离队后不再计入在队人数</source>
            <translation>After leaving, the member no longer counts in the headcount</translation>
        </message>
        <message>
            <source>保险有效期</source>
            <translation>Insurance valid until</translation>
        </message>
        <message>
            <source>编辑队员</source>
            <translation>Edit member</translation>
        </message>
        <message>
            <source>新增队员</source>
            <translation>Add member</translation>
        </message>
        <message>
            <source>装备名称</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>规格型号</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>数量</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>计量单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>台、件、套…</source>
            <translation>piece, set…</translation>
        </message>
        <message>
            <source>所属队伍</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>空白表示存放在仓库、未配发</source>
            <translation>Blank = kept in store, not issued to a team</translation>
        </message>
        <message>
            <source>存放地点</source>
            <translation>Storage place</translation>
        </message>
        <message>
            <source>购置日期</source>
            <translation>Acquired</translation>
        </message>
        <message>
            <source>使用年限(年)</source>
            <translation>Service life (years)</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>装备编号</source>
            <translation>Equipment number</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>编辑装备</source>
            <translation>Edit equipment</translation>
        </message>
        <message>
            <source>新增装备</source>
            <translation>Add equipment</translation>
        </message>
        <message>
            <source>维护日期</source>
            <translation>Maintenance date</translation>
        </message>
        <message>
            <source>维护内容</source>
            <translation>Work done</translation>
        </message>
        <message>
            <source>如 例行保养</source>
            <translation>e.g. routine service</translation>
        </message>
        <message>
            <source>维护人</source>
            <translation>Done by</translation>
        </message>
        <message>
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>下次维护日期</source>
            <translation>Next maintenance date</translation>
        </message>
        <message>
            <source>不填则按“装备维护保养间隔上限”设置推算</source>
            <translation>If blank, it follows the "maximum interval between equipment maintenance" setting</translation>
        </message>
        <message>
            <source>维护后状态</source>
            <translation>Condition afterwards</translation>
        </message>
        <message>
            <source>不变</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <source>登记维护保养</source>
            <translation>Record maintenance</translation>
        </message>
        <message>
            <source>证书名称</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>如 救生员证</source>
            <translation>e.g. lifeguard certificate</translation>
        </message>
        <message>
            <source>证书编号</source>
            <translation>Certificate number</translation>
        </message>
        <message>
            <source>发证日期</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>新增证书</source>
            <translation>Add certificate</translation>
        </message>
        <message>
            <source>队伍性质</source>
            <translation>Staffing type</translation>
        </message>
        <message>
            <source>政府专职、志愿、企业专职、微型消防站、民兵、半专业扑火队或巡逻队</source>
            <translation>Government full-time, volunteer, enterprise full-time, micro fire station, militia, semi-professional firefighting or patrol team</translation>
        </message>
    </context>
    <context>
        <name>TeamRecordActions</name>
        <message>
            <source>离队</source>
            <translation>Leave team</translation>
        </message>
        <message>
            <source>确定登记“{0}”今天离队吗？离队后不再计入在队人数，记录保留。</source>
            <translation>Record that "{0}" leaves the team today? The member no longer counts in the headcount; the record is kept.</translation>
        </message>
        <message>
            <source>转队</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <source>转入的队伍：</source>
            <translation>Transfer to team:</translation>
        </message>
        <message>
            <source>证书 — {0}</source>
            <translation>Certificates — {0}</translation>
        </message>
        <message>
            <source>证书名称</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>证书编号</source>
            <translation>Certificate number</translation>
        </message>
        <message>
            <source>发证日期</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>删除队员</source>
            <translation>Delete member</translation>
        </message>
        <message>
            <source>确定删除“{0}”的这条队员记录吗？
人员本身保留；确实离队请用“离队”。</source>
            <translation>Delete this membership record of "{0}"?
The person is kept; for a member who really left, use "Leave team".</translation>
        </message>
        <message>
            <source>维护记录 — {0}</source>
            <translation>Maintenance log — {0}</translation>
        </message>
        <message>
            <source>维护日期</source>
            <translation>Maintenance date</translation>
        </message>
        <message>
            <source>维护内容</source>
            <translation>Work done</translation>
        </message>
        <message>
            <source>维护人</source>
            <translation>Done by</translation>
        </message>
        <message>
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>删除装备</source>
            <translation>Delete equipment</translation>
        </message>
        <message>
            <source>确定删除“{0}”吗？
删除后可在“回收站”中恢复。</source>
            <translation>Delete "{0}"?
It can be restored from the recycle bin.</translation>
        </message>
    </context>
    <context>
        <name>TeamsPage</name>
        <message>
            <source>全部乡镇</source>
            <translation>All townships</translation>
        </message>
        <message>
            <source>队员名单</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>选中的 {0} 支队伍</source>
            <translation>the {0} selected {0|team|teams}</translation>
        </message>
        <message>
            <source>删除救援队伍</source>
            <translation>Delete rescue team</translation>
        </message>
        <message>
            <source>确定删除{0}吗？
删除后可在“回收站”中恢复。</source>
            <translation type="vanished">Delete {0}?
You can restore it from the Recycle Bin.</translation>
        </message>
        <message>
            <source>离队</source>
            <translation type="vanished">Leave team</translation>
        </message>
        <message>
            <source>确定登记“{0}”今天离队吗？离队后不再计入在队人数，记录保留。</source>
            <translation type="vanished">Record that "{0}" leaves the team today? The member no longer counts in the headcount; the record is kept.</translation>
        </message>
        <message>
            <source>转队</source>
            <translation type="vanished">Transfer</translation>
        </message>
        <message>
            <source>转入的队伍：</source>
            <translation type="vanished">Transfer to team:</translation>
        </message>
        <message>
            <source>证书 — {0}</source>
            <translation type="vanished">Certificates — {0}</translation>
        </message>
        <message>
            <source>证书名称</source>
            <translation type="vanished">Certificate</translation>
        </message>
        <message>
            <source>证书编号</source>
            <translation type="vanished">Certificate number</translation>
        </message>
        <message>
            <source>发证日期</source>
            <translation type="vanished">Issued</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation type="vanished">Valid until</translation>
        </message>
        <message>
            <source>删除队员</source>
            <translation type="vanished">Delete member</translation>
        </message>
        <message>
            <source>确定删除“{0}”的这条队员记录吗？
人员本身保留；确实离队请用“离队”。</source>
            <translation type="vanished">Delete this membership record of "{0}"?
The person is kept; for a member who really left, use "Leave team".</translation>
        </message>
        <message>
            <source>维护记录 — {0}</source>
            <translation type="vanished">Maintenance log — {0}</translation>
        </message>
        <message>
            <source>维护日期</source>
            <translation type="vanished">Maintenance date</translation>
        </message>
        <message>
            <source>维护内容</source>
            <translation type="vanished">Work done</translation>
        </message>
        <message>
            <source>维护人</source>
            <translation type="vanished">Done by</translation>
        </message>
        <message>
            <source>结果</source>
            <translation type="vanished">Result</translation>
        </message>
        <message>
            <source>删除装备</source>
            <translation type="vanished">Delete equipment</translation>
        </message>
        <message>
            <source>确定删除“{0}”吗？
删除后可在“回收站”中恢复。</source>
            <translation type="vanished">Delete "{0}"?
It can be restored from the recycle bin.</translation>
        </message>
        <message>
            <source>请选择：</source>
            <translation>Please choose:</translation>
        </message>
        <message>
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>导出</source>
            <translation>Export</translation>
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
            <source>模板</source>
            <translation>Template</translation>
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
            <source>打印</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>正在生成报表…</source>
            <translation>Creating the report…</translation>
        </message>
    </context>
    <context>
        <name>TownshipPage</name>
        <message>
            <source>领导小组</source>
            <translation>Leadership group</translation>
        </message>
        <message>
            <source>值班表</source>
            <translation>Duty roster</translation>
        </message>
        <message>
            <source>值班记录</source>
            <translation>Duty log</translation>
        </message>
        <message>
            <source>村(社区)应急管理员</source>
            <translation>Village emergency managers</translation>
        </message>
        <message>
            <source>管理员配备</source>
            <translation>Manager coverage</translation>
        </message>
        <message>
            <source>防汛责任书</source>
            <translation>Flood-control letters</translation>
        </message>
    </context>
    <context>
        <name>TrainingsPage</name>
        <message>
            <source>参训人员：请在上方选择一次培训</source>
            <translation>Attendees: choose a training above</translation>
        </message>
        <message>
            <source>参训人员：{0}（{1}），共 {2} 人</source>
            <translation>Attendees: {0} ({1}), {2} people</translation>
        </message>
        <message>
            <source>新增培训</source>
            <translation>New training</translation>
        </message>
        <message>
            <source>编辑培训</source>
            <translation>Edit training</translation>
        </message>
        <message>
            <source>删除培训</source>
            <translation>Delete training</translation>
        </message>
        <message>
            <source>确定删除选中的 {0} 次培训及其参训记录吗？
删除后可在“回收站”中恢复。</source>
            <translation>Delete the {0} selected {0|training|trainings} and their attendance?
You can restore them from the Recycle Bin.</translation>
        </message>
        <message>
            <source>移除参训人员</source>
            <translation>Remove attendees</translation>
        </message>
        <message>
            <source>确定从本次培训的参训名单中移除 {0} 人吗？</source>
            <translation>Remove {0} {0|person|people} from this training's attendance list?</translation>
        </message>
        <message>
            <source>正在生成签到表…</source>
            <translation>Creating the sign-in sheet…</translation>
        </message>
        <message>
            <source>正在生成报表…</source>
            <translation>Creating the report…</translation>
        </message>
        <message>
            <source>导出培训台账</source>
            <translation>Export trainings</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>未启用用户和角色：打开本程序的人都能修改全部数据（适合一人使用的办公室）。启用后须登录，并按角色限制操作。</source>
            <translation>Users and roles are off: whoever opens the program can change all data (fine for a one-person office). When on, everyone signs in and their role limits what they may do.</translation>
        </message>
        <message>
            <source>只有管理员可以管理用户。</source>
            <translation>Only an administrator may manage users.</translation>
        </message>
        <message>
            <source>启用用户和角色：创建第一位管理员</source>
            <translation>Turn on users and roles: the first administrator</translation>
        </message>
        <message>
            <source>管理员用户名</source>
            <translation>Administrator user name</translation>
        </message>
        <message>
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>关闭用户和角色</source>
            <translation>turn off users and roles</translation>
        </message>
        <message>
            <source>关闭后不再需要登录，打开本程序的人都能修改全部数据。用户会保留，以后可以再启用。确定关闭吗？</source>
            <translation>After this nobody signs in and whoever opens the program can change all data. The users are kept for when you turn roles on again. Turn them off?</translation>
        </message>
        <message>
            <source>添加用户</source>
            <translation>Add user</translation>
        </message>
        <message>
            <source>用户名</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>初始密码</source>
            <translation>Initial password</translation>
        </message>
        <message>
            <source>再输一次密码</source>
            <translation>Password again</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>重置密码</source>
            <translation>reset passwords</translation>
        </message>
        <message>
            <source>修改我的密码</source>
            <translation>Change my password</translation>
        </message>
        <message>
            <source>密码已修改。</source>
            <translation>Password changed.</translation>
        </message>
    </context>
    <context>
        <name>_ListTab</name>
        <message>
            <source>全部乡镇</source>
            <translation type="vanished">All townships</translation>
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
        <name>app</name>
        <message>
            <source>应急资源台账</source>
            <translation>EmergencyDesk</translation>
        </message>
        <message>
            <source>无法打开数据库</source>
            <translation>Cannot open the database</translation>
        </message>
        <message>
            <source>数据库正在使用</source>
            <translation>Database in use</translation>
        </message>
        <message>
            <source>正在打开，请稍候…</source>
            <translation>Opening, please wait…</translation>
        </message>
        <message>
            <source>只读</source>
            <translation>Read-only</translation>
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
            <source>上报包编号</source>
            <translation>Package ID</translation>
        </message>
        <message>
            <source>不含个人信息</source>
            <translation>without personal data</translation>
        </message>
        <message>
            <source>原数据备份</source>
            <translation>Backup of the replaced data</translation>
        </message>
        <message>
            <source>备份文件</source>
            <translation>Backup file</translation>
        </message>
        <message>
            <source>完整</source>
            <translation>in full</translation>
        </message>
        <message>
            <source>带回的日志条数</source>
            <translation>Log rows carried over</translation>
        </message>
        <message>
            <source>恢复前的数据</source>
            <translation>Data before the restore</translation>
        </message>
        <message>
            <source>未变</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <source>离任</source>
            <translation>Left office</translation>
        </message>
        <message>
            <source>部分隐去</source>
            <translation>masked</translation>
        </message>
        <message>
            <source>正在检查…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>应急资源台账：应急物资、救援队伍、灾害信息员、应急预案。不带命令时打开主窗口。</source>
            <translation>EmergencyDesk: emergency supplies, rescue teams, disaster-information officers, emergency plans. Without a command it opens the main window.</translation>
        </message>
        <message>
            <source>数据库文件（默认取环境变量 EMERGENCY_DESK_DB，否则为用户数据文件夹）</source>
            <translation type="vanished">database file (default: the EMERGENCY_DESK_DB environment variable, else the user data folder)</translation>
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
            <translation>Exported {n} {n|record|records} to {path}.</translation>
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
            <translation>{n} {n|alert|alerts} in total.</translation>
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
            <translation type="vanished">The database file is damaged ({detail}). Use "Restore" to choose the most recent backup.</translation>
        </message>
        <message>
            <source>{path} 不是应急资源台账的数据库，程序没有打开它。</source>
            <translation>{path} is not an EmergencyDesk database; the program did not open it.</translation>
        </message>
        <message>
            <source>{path} 不是有效的数据库文件或已损坏（{err}）。请用“恢复”选择最近的备份。</source>
            <translation type="vanished">{path} is not a valid database file or is damaged ({err}). Use "Restore" to choose the most recent backup.</translation>
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
            <translation type="vanished">Cannot write {path}: {err}. Check the free disk space or choose another location.</translation>
        </message>
        <message>
            <source>导入被拒绝：{rows} 行有错误（共 {n} 处），数据库未改动。</source>
            <translation>Import rejected: {rows} {rows|row has|rows have} errors ({n} in all); the database was not changed.</translation>
        </message>
        <message>
            <source>检查通过（未写入）：共 {total} 行，将新增 {i} 条，更新 {u} 条，未变 {n} 条。</source>
            <translation>Check passed (nothing written): {total} {total|row|rows}; would add {i}, update {u}, leave {n} unchanged.</translation>
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
            <translation type="vanished">Sheet "{sheet}" lacks required columns: {cols}. Please use the template's header.</translation>
        </message>
        <message>
            <source>在{where}的前 {n} 行中没有找到表头行。表头应包含这些列：{cols}。可先导出模板对照填写。</source>
            <translation>No header row found in the first {n} {n|row|rows} of {where}. The header should contain these columns: {cols}. You can save a template and compare.</translation>
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
            <translation>too long ({n} {n|character|characters}); at most {max}</translation>
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
            <translation type="vanished">implausible year in date: "{v}"</translation>
        </message>
        <message>
            <source>日期不存在：“{v}”</source>
            <translation>no such date: "{v}"</translation>
        </message>
        <message>
            <source>不是有效的日期：“{v}”</source>
            <translation type="vanished">not a valid date: "{v}"</translation>
        </message>
        <message>
            <source>不是有效的日期：“{v}”，请写成 2024-05-01</source>
            <translation type="vanished">not a valid date: "{v}"; write it as 2024-05-01</translation>
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
            <translation type="vanished">a mobile number has 11 digits starting with 1, found "{v}"</translation>
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
            <source>姓名只能包含汉字、英文字母、间隔号“·”和空格，现为“{v}”，请检查是否填错了列</source>
            <translation>A name may hold only Chinese characters, Latin letters, the middle dot "·" and spaces; found "{v}". Check whether the columns were mixed up</translation>
        </message>
        <message>
            <source>身份证号应为 18 位，现为“{v}”</source>
            <translation type="vanished">an ID number has 18 characters, found "{v}"</translation>
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
            <translation>a region code has 12 digits, found "{v}" ({n} {n|digit|digits})</translation>
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
            <translation>1. Fill in the first sheet below the header, one record per row; the header may be anywhere in the first {n} {n|row|rows}, with title rows above it.</translation>
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
            <translation type="vanished">Prepared by: {v}</translation>
        </message>
        <message>
            <source>审核人：{v}</source>
            <translation>Reviewed by: {v}</translation>
        </message>
        <message>
            <source>日期：{v}</source>
            <translation type="vanished">Date: {v}</translation>
        </message>
        <message>
            <source>人口 {n} 人</source>
            <translation>population {n}</translation>
        </message>
        <message>
            <source>（{n} 个村（社区）未填人口）</source>
            <translation>({n} {n|village/community|villages/communities} without population)</translation>
        </message>
        <message>
            <source>{name} 小计：村（社区）{n} 个，其中灾害多发频发 {p} 个；{pop}</source>
            <translation>{name} subtotal: {n} {n|village/community|villages/communities}, {p} of them disaster-prone; {pop}</translation>
        </message>
        <message>
            <source>合计：乡镇 {towns} 个（灾害多发频发 {tp} 个）；村 {v} 个、社区 {c} 个（灾害多发频发 {p} 个）；{pop}</source>
            <translation>Total: {towns} {towns|township|townships} ({tp} disaster-prone); {v} {v|village|villages} and {c} {c|community|communities} ({p} disaster-prone); {pop}</translation>
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
            <translation>the first {n} {n|digit|digits} of region code {code} do not match the parent's code {pcode}</translation>
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
            <translation>Sheet "{sheet}": the header is on row {row}; below are the first {n} {n|row|rows}.</translation>
        </message>
        <message>
            <source>必填列“{c}”还没有对应的列</source>
            <translation type="vanished">The required field "{c}" is not matched to a column yet</translation>
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
            <translation>Exported {n} {n|record|records} to {path}</translation>
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
            <translation type="vanished">The birth date cannot be later than today</translation>
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
            <translation type="vanished">no training record</translation>
        </message>
        <message>
            <source>最近培训 {d}，已超过 {n} 个月</source>
            <translation type="vanished">last trained on {d}, more than {n} {n|month|months} ago</translation>
        </message>
        <message>
            <source>{year} 年已培训 {k}/{n} 人（{rate:.0f}%），低于目标 {target:.0f}%</source>
            <translation type="vanished">{k}/{n} trained in {year} ({rate:.0f}%), below the target of {target:.0f}%</translation>
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
            <source>选择要恢复的备份文件</source>
            <translation>Choose the backup file to restore</translation>
        </message>
        <message>
            <source>文件(&amp;F)</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>立即备份…</source>
            <translation>Back up now…</translation>
        </message>
        <message>
            <source>从备份恢复…</source>
            <translation>Restore from backup…</translation>
        </message>
        <message>
            <source>打开备份文件夹</source>
            <translation>Open the backup folder</translation>
        </message>
        <message>
            <source>退出</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>转到(&amp;G)</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>帮助(&amp;H)</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>关于</source>
            <translation>About</translation>
        </message>
        <message>
            <source>{office} — 应急资源台账</source>
            <translation>{office} — EmergencyDesk</translation>
        </message>
        <message>
            <source>已备份到 {path}</source>
            <translation>Backed up to {path}</translation>
        </message>
        <message>
            <source>用备份 {path} 替换当前全部数据吗？
当前数据会先另存到备份文件夹，可以再恢复回来。</source>
            <translation>Replace all current data with the backup {path}?
The current data is first saved to the backup folder and can be restored again.</translation>
        </message>
        <message>
            <source>已从 {src} 恢复数据。恢复前的数据另存为 {safety}。</source>
            <translation>Data restored from {src}. The data from before the restore was saved as {safety}.</translation>
        </message>
        <message>
            <source>应急资源台账 {v}
乡镇、县应急管理办公室的应急物资、救援队伍、灾害信息员和应急预案台账。
数据库：{path}
字体：Droid Sans Fallback（Apache-2.0）</source>
            <translation type="vanished">EmergencyDesk {v}
Registers of emergency supplies, rescue teams, disaster-information officers and emergency plans for township and county emergency offices.
Database: {path}
Font: Droid Sans Fallback (Apache-2.0)</translation>
        </message>
        <message>
            <source>操作日志</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>操作人</source>
            <translation>User</translation>
        </message>
        <message>
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>台账</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>记录</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>修改内容（原值 → 新值）</source>
            <translation>Changes (old → new)</translation>
        </message>
        <message>
            <source>工作台</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>灾害信息员</source>
            <translation>Disaster-information officers</translation>
        </message>
        <message>
            <source>兼任信息员</source>
            <translation>Also an officer</translation>
        </message>
        <message>
            <source>应急物资</source>
            <translation>Supplies</translation>
        </message>
        <message>
            <source>救援队伍</source>
            <translation>Rescue teams</translation>
        </message>
        <message>
            <source>应急预案</source>
            <translation>Emergency plans</translation>
        </message>
        <message>
            <source>全部级别</source>
            <translation>All severities</translation>
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
            <source>重新检查（F5）</source>
            <translation>Check again (F5)</translation>
        </message>
        <message>
            <source>全部预警</source>
            <translation>All alerts</translation>
        </message>
        <message>
            <source>在预警中查找：区划、对象、说明</source>
            <translation>Search alerts: region, subject, message</translation>
        </message>
        <message>
            <source>待办事项（双击打开对应记录）</source>
            <translation>To do (double-click to open the record)</translation>
        </message>
        <message>
            <source>级别</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>{office} · 工作台 · {d}</source>
            <translation>{office} · Dashboard · {d}</translation>
        </message>
        <message>
            <source>共 {n} 条</source>
            <translation>{n} in total</translation>
        </message>
        <message>
            <source>回收站</source>
            <translation>Recycle bin</translation>
        </message>
        <message>
            <source>在回收站中查找（Ctrl+F）</source>
            <translation>Search the recycle bin (Ctrl+F)</translation>
        </message>
        <message>
            <source>恢复</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>把选中的记录放回原来的台账</source>
            <translation>Put the selected records back into their register</translation>
        </message>
        <message>
            <source>彻底删除</source>
            <translation>Delete permanently</translation>
        </message>
        <message>
            <source>永久删除选中的记录，不能撤销</source>
            <translation>Delete the selected records for good; cannot be undone</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>删除时间</source>
            <translation>Deleted at</translation>
        </message>
        <message>
            <source>确定永久删除选中的 {n} 条记录吗？此操作不能撤销（自动备份中仍有副本）。</source>
            <translation>Delete the {n} selected {n|record|records} for good? This cannot be undone (the automatic backups still hold a copy).</translation>
        </message>
        <message>
            <source>行政区划</source>
            <translation>Regions</translation>
        </message>
        <message>
            <source>报表</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>生成并打开 PDF</source>
            <translation>Create and open PDF</translation>
        </message>
        <message>
            <source>另存为…</source>
            <translation>Save as…</translation>
        </message>
        <message>
            <source>统计范围</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>列：</source>
            <translation>Columns: </translation>
        </message>
        <message>
            <source>命令行：</source>
            <translation type="vanished">Command line: </translation>
        </message>
        <message>
            <source>设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>（空）</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>规则阈值来自各地规划，各地标准不同：请按本地文件调整。每项下方注明默认值及其依据。修改后点“保存”，工作台会按新阈值重新检查。</source>
            <translation>Rule thresholds come from local plans and differ between places: adjust them to your local documents. Each shows its default and where it comes from. Click Save; the dashboard checks again with the new thresholds.</translation>
        </message>
        <message>
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>放弃修改</source>
            <translation>Discard changes</translation>
        </message>
        <message>
            <source>默认：{value}；依据：{source}</source>
            <translation>Default: {value}; source: {source}</translation>
        </message>
        <message>
            <source>已保存 {n} 项设置。</source>
            <translation>{n} {n|setting|settings} saved.</translation>
        </message>
        <message>
            <source>没有需要保存的修改。</source>
            <translation>Nothing to save.</translation>
        </message>
        <message>
            <source>无法把损坏的数据库移到备份文件夹：{err}</source>
            <translation>Cannot move the damaged database into the backup folder: {err}</translation>
        </message>
        <message>
            <source>请用“恢复”选择一份备份文件（emergency-desk restore 备份文件）。</source>
            <translation>Restore a backup file (emergency-desk restore BACKUP-FILE).</translation>
        </message>
        <message>
            <source>最近的完好备份是 {path}（{at}）。恢复命令：emergency-desk restore "{path}"</source>
            <translation>The newest good backup is {path} ({at}). To restore it: emergency-desk restore "{path}"</translation>
        </message>
        <message>
            <source>数据库文件已损坏（{detail}）。{advice}</source>
            <translation>The database file is damaged ({detail}). {advice}</translation>
        </message>
        <message>
            <source>{path} 不是有效的数据库文件或已损坏（{err}）。{advice}</source>
            <translation>{path} is not a valid database file or is damaged ({err}). {advice}</translation>
        </message>
        <message>
            <source>数据库 {path} 已在另一个应急资源台账窗口中打开。请切换到那个窗口；同一个数据库同时只能在一个窗口中修改。</source>
            <translation type="vanished">The database {path} is already open in another EmergencyDesk window. Switch to that window; one database can be changed in only one window at a time.</translation>
        </message>
        <message>
            <source>可以恢复最近的完好备份：{path}（{at}）。损坏的文件会移到备份文件夹保存。</source>
            <translation>You can restore the newest good backup: {path} ({at}). The damaged file is moved to the backup folder and kept.</translation>
        </message>
        <message>
            <source>已从 {src} 恢复数据。原来的文件保存在 {kept}。</source>
            <translation>Data restored from {src}. The previous file was kept as {kept}.</translation>
        </message>
        <message>
            <source>区划代码 {code} 是“{path}”，不在“{parent}”下</source>
            <translation>Region code {code} is "{path}", which is not under "{parent}"</translation>
        </message>
        <message>
            <source>找不到区划代码为 {code} 的{what}</source>
            <translation>No {what} has the region code {code}</translation>
        </message>
        <message>
            <source>尚未录入县级区划，请先导入行政区划</source>
            <translation>No county has been entered yet; import the regions first</translation>
        </message>
        <message>
            <source>有多个县级区划，县级灾害信息员请在“乡镇”列填写县的区划代码</source>
            <translation>There are several counties; for a county-level officer write the county's region code in the "乡镇" column</translation>
        </message>
        <message>
            <source>乡镇不能为空（县级灾害信息员请在“层级”填写“县”）</source>
            <translation>The township must not be empty (for a county-level officer write "县" under "层级")</translation>
        </message>
        <message>
            <source>与第 {row} 行重复（同一人在同一区划的同一岗位出现两次）</source>
            <translation>Repeats row {row} (the same person in the same post of the same region twice)</translation>
        </message>
        <message>
            <source>与第 {row} 行重复（同一人在同一培训出现两次）</source>
            <translation>Repeats row {row} (the same person at the same training twice)</translation>
        </message>
        <message>
            <source>有多名叫“{name}”的人员，请填写身份证号或手机号码以区分</source>
            <translation>Several people are called "{name}"; fill in the ID number or mobile to tell them apart</translation>
        </message>
        <message>
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>村(社区)</source>
            <translation>Village (community)</translation>
        </message>
        <message>
            <source>在岗A岗</source>
            <translation>Active A post</translation>
        </message>
        <message>
            <source>在岗B岗</source>
            <translation>Active B post</translation>
        </message>
        <message>
            <source>缺口说明</source>
            <translation>Gap</translation>
        </message>
        <message>
            <source>未填手机</source>
            <translation>no mobile</translation>
        </message>
        <message>
            <source>无记录</source>
            <translation>none recorded</translation>
        </message>
        <message>
            <source>{name} 小计：在岗灾害信息员 {n} 名（乡镇级 {tn} 名、村（社区）级 {vn} 名；A岗 {a} 名、B岗 {b} 名、单岗 {s} 名）；村（社区）{v} 个</source>
            <translation>{name} subtotal: {n} active {n|officer|officers} ({tn} township-level, {vn} village-level; {a} A {a|post|posts}, {b} B {b|post|posts}, {s} single {s|post|posts}); {v} {v|village (community)|villages (communities)}</translation>
        </message>
        <message>
            <source>，其中 {e} 个未配备</source>
            <translation>, {e} of them without an officer</translation>
        </message>
        <message>
            <source>乡镇本级</source>
            <translation>township itself</translation>
        </message>
        <message>
            <source>无</source>
            <translation>none</translation>
        </message>
        <message>
            <source>在岗灾害信息员 {n} 名：A岗 {a} 名、B岗 {b} 名、单岗 {s} 名。</source>
            <translation>{n} active {n|officer|officers}: {a} A {a|post|posts}, {b} B {b|post|posts}, {s} single {s|post|posts}.</translation>
        </message>
        <message>
            <source>配备缺口 {g} 处，见文末清单。</source>
            <translation>{g} staffing {g|gap|gaps}, listed at the end.</translation>
        </message>
        <message>
            <source>合计：在岗灾害信息员 {n} 名，覆盖乡镇和村（社区）{c}/{all} 个</source>
            <translation>Total: {n} active {n|officer|officers}, covering {c} of {all} townships and villages (communities)</translation>
        </message>
        <message>
            <source>尚未登记在岗灾害信息员。</source>
            <translation type="vanished">No active officers have been entered yet.</translation>
        </message>
        <message>
            <source>附：配备缺口清单（O1 未配备灾害信息员 / O2 灾害多发频发区划未落实AB岗）</source>
            <translation>Appendix: staffing gaps (O1 no officer / O2 disaster-prone region without A and B posts)</translation>
        </message>
        <message>
            <source>未发现配备缺口：每个乡镇和村（社区）都有在岗灾害信息员，灾害多发频发区划均已落实AB岗。</source>
            <translation>No staffing gaps: every township and village (community) has an active officer, and every disaster-prone region has its A and B posts.</translation>
        </message>
        <message>
            <source>尚未登记培训，无法生成签到表。请先在“培训”页新增培训。</source>
            <translation type="vanished">No training has been entered, so there is no sign-in sheet to print. Add a training on the Training page first.</translation>
        </message>
        <message>
            <source>县级</source>
            <translation>County level</translation>
        </message>
        <message>
            <source>培训名称：{v}</source>
            <translation>Training: {v}</translation>
        </message>
        <message>
            <source>培训时间：{d}；学时：{h}；地点：{p}</source>
            <translation>Date: {d}; hours: {h}; place: {p}</translation>
        </message>
        <message>
            <source>组织单位：{v}；层级：{l}；类型：{k}</source>
            <translation type="vanished">Organiser: {v}; level: {l}; type: {k}</translation>
        </message>
        <message>
            <source>统计年度：{y} 年；培训率 = 本年参加过培训的在岗灾害信息员 ÷ 在岗灾害信息员；目标 {target:.0f}%（可在“设置”中修改）。</source>
            <translation type="vanished">Year: {y}; training rate = active officers trained this year ÷ active officers; target {target:.0f}% (changeable in Settings).</translation>
        </message>
        <message>
            <source>达标</source>
            <translation>met</translation>
        </message>
        <message>
            <source>未达标</source>
            <translation>below target</translation>
        </message>
        <message>
            <source>合计</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>分乡镇统计</source>
            <translation>By township</translation>
        </message>
        <message>
            <source>乡镇级 已培训/在岗</source>
            <translation>Township level trained/active</translation>
        </message>
        <message>
            <source>乡镇级 培训率</source>
            <translation>Township level rate</translation>
        </message>
        <message>
            <source>村（社区）级 已培训/在岗</source>
            <translation>Village level trained/active</translation>
        </message>
        <message>
            <source>村（社区）级 培训率</source>
            <translation>Village level rate</translation>
        </message>
        <message>
            <source>合计 培训率</source>
            <translation>Overall rate</translation>
        </message>
        <message>
            <source>与第 {row} 行重复（同一记录出现两次）</source>
            <translation>Duplicates row {row} (the same record appears twice)</translation>
        </message>
        <message>
            <source>找不到区划“{name}”</source>
            <translation>Region "{name}" not found</translation>
        </message>
        <message>
            <source>等 {n} 项</source>
            <translation> and more ({n} {n|item|items})</translation>
        </message>
        <message>
            <source>县本级</source>
            <translation>County level</translation>
        </message>
        <message>
            <source>{town} 小计：队伍 {n} 支，在队队员 {m} 人</source>
            <translation>{town} subtotal: {n} {n|team|teams}, {m} current {m|member|members}</translation>
        </message>
        <message>
            <source>合计：队伍 {n} 支，在队队员 {m} 人；红色人数低于综合性队伍最低人数要求</source>
            <translation>Total: {n} {n|team|teams}, {m} current {m|member|members}; headcounts in red are below the minimum for comprehensive teams</translation>
        </message>
        <message>
            <source>在队队员（人）</source>
            <translation>Current members</translation>
        </message>
        <message>
            <source>各乡镇救援队伍在队队员</source>
            <translation>Rescue team members by township</translation>
        </message>
        <message>
            <source>{d} 已过期</source>
            <translation>{d} expired</translation>
        </message>
        <message>
            <source>尚未登记救援队伍。</source>
            <translation type="vanished">No rescue teams entered yet.</translation>
        </message>
        <message>
            <source>{name}（{category}，{level}）</source>
            <translation>{name} ({category}, {level})</translation>
        </message>
        <message>
            <source>未登记</source>
            <translation>Not recorded</translation>
        </message>
        <message>
            <source>所属区划：{r}　主管单位：{u}　队长：</source>
            <translation>Region: {r}   Supervising unit: {u}   Leader: </translation>
        </message>
        <message>
            <source>　值班电话：{p}　在队 {n} 人</source>
            <translation>   Duty phone: {p}   {n} current {n|member|members}</translation>
        </message>
        <message>
            <source>（编制 {m} 人）</source>
            <translation> (planned {m})</translation>
        </message>
        <message>
            <source>尚无在队队员。</source>
            <translation>No current members.</translation>
        </message>
        <message>
            <source>尚未登记应急装备。</source>
            <translation>No emergency equipment entered yet.</translation>
        </message>
        <message>
            <source>仓库存放（未配发队伍）</source>
            <translation>In store (not issued to a team)</translation>
        </message>
        <message>
            <source>小计：{n} 项，{q} 件（套）</source>
            <translation>Subtotal: {n} {n|line|lines}, {q} {q|piece (set)|pieces (sets)}</translation>
        </message>
        <message>
            <source>合计：{n} 项，{q} 件（套）；红色为待修、报废、超期或维护超期</source>
            <translation>Total: {n} {n|line|lines}, {q} {q|piece (set)|pieces (sets)}; red = needs repair, scrapped, past service life or maintenance overdue</translation>
        </message>
        <message>
            <source>超期</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>在队 {n} 人，{level}综合性救援队伍应不少于 {m} 人，缺 {gap} 人</source>
            <translation>{n} current {n|member|members}; a {level} comprehensive team needs at least {m}, {gap} short</translation>
        </message>
        <message>
            <source>队长</source>
            <translation>Leader</translation>
        </message>
        <message>
            <source>值班电话</source>
            <translation>Duty phone</translation>
        </message>
        <message>
            <source>未登记{what}</source>
            <translation>No {what} recorded</translation>
        </message>
        <message>
            <source>{team}队员未登记手机号码</source>
            <translation>Member of {team} has no mobile number</translation>
        </message>
        <message>
            <source>{team}队员手机号码“{m}”不是 11 位手机号</source>
            <translation>Member of {team}: mobile "{m}" is not an 11-digit mobile number</translation>
        </message>
        <message>
            <source>{team}队员未登记保险有效期</source>
            <translation>Member of {team} has no insurance expiry recorded</translation>
        </message>
        <message>
            <source>{team}队员保险已于 {d} 到期</source>
            <translation>Insurance of this {team} member expired on {d}</translation>
        </message>
        <message>
            <source>{team}队员保险将于 {d} 到期</source>
            <translation>Insurance of this {team} member expires on {d}</translation>
        </message>
        <message>
            <source>证书“{c}”已于 {d} 过期</source>
            <translation>Certificate "{c}" expired on {d}</translation>
        </message>
        <message>
            <source>证书“{c}”将于 {d} 到期</source>
            <translation>Certificate "{c}" expires on {d}</translation>
        </message>
        <message>
            <source>没有训练或演练记录</source>
            <translation type="vanished">No training or drill recorded</translation>
        </message>
        <message>
            <source>最近一次训练或演练为 {d}，已超过 {n} 个月</source>
            <translation type="vanished">Last training or drill on {d}, more than {n} {n|month|months} ago</translation>
        </message>
        <message>
            <source>已超过使用年限或有效期（{d}）</source>
            <translation>Past its service life or expiry ({d})</translation>
        </message>
        <message>
            <source>维护保养已超期（应于 {d} 前）</source>
            <translation>Maintenance overdue (due before {d})</translation>
        </message>
        <message>
            <source>状态为待修</source>
            <translation>Condition is "needs repair"</translation>
        </message>
        <message>
            <source>缺少完好的{cats}类装备</source>
            <translation type="vanished">No working equipment of category: {cats}</translation>
        </message>
        <message>
            <source>装备名称不能为空</source>
            <translation>Equipment name must not be empty</translation>
        </message>
        <message>
            <source>装备名称不能超过 100 个字</source>
            <translation>Equipment name must not exceed 100 characters</translation>
        </message>
        <message>
            <source>请选择装备类别</source>
            <translation>Please choose an equipment category</translation>
        </message>
        <message>
            <source>数量不能为负数</source>
            <translation>Quantity must not be negative</translation>
        </message>
        <message>
            <source>使用年限应为 1 到 100 年</source>
            <translation>Service life must be 1 to 100 years</translation>
        </message>
        <message>
            <source>购置日期不能晚于今天</source>
            <translation>Acquisition date must not be later than today</translation>
        </message>
        <message>
            <source>装备编号 {code} 已用于“{name}”</source>
            <translation>Equipment number {code} is already used for "{name}"</translation>
        </message>
        <message>
            <source>维护内容不能为空</source>
            <translation>Maintenance work must not be empty</translation>
        </message>
        <message>
            <source>维护日期不能为空</source>
            <translation>Maintenance date must not be empty</translation>
        </message>
        <message>
            <source>维护日期不能晚于今天</source>
            <translation>Maintenance date must not be later than today</translation>
        </message>
        <message>
            <source>下次维护日期应晚于本次维护日期</source>
            <translation>Next maintenance date must be after this maintenance date</translation>
        </message>
        <message>
            <source>请先恢复该装备所属的救援队伍</source>
            <translation>Please restore the rescue team that owns this equipment first</translation>
        </message>
        <message>
            <source>该装备不存在</source>
            <translation>This equipment does not exist</translation>
        </message>
        <message>
            <source>该装备不存在或已删除</source>
            <translation>This equipment does not exist or has been deleted</translation>
        </message>
        <message>
            <source>所属队伍不存在或已删除</source>
            <translation>The team does not exist or has been deleted</translation>
        </message>
        <message>
            <source>入队日期不能晚于今天</source>
            <translation type="vanished">Join date must not be later than today</translation>
        </message>
        <message>
            <source>“{name}”已是该队在队队员，不能重复登记</source>
            <translation>"{name}" is already a current member of this team and cannot be entered twice</translation>
        </message>
        <message>
            <source>离队日期 {l} 早于入队日期 {j}</source>
            <translation>Leave date {l} is earlier than join date {j}</translation>
        </message>
        <message>
            <source>已在该队，请选择另一支队伍</source>
            <translation>Already in this team; please choose another team</translation>
        </message>
        <message>
            <source>该队员已于 {d} 离队，请从在队记录办理转队</source>
            <translation>This member left on {d}; transfer from the current membership instead</translation>
        </message>
        <message>
            <source>由“{team}”转入</source>
            <translation>Transferred from "{team}"</translation>
        </message>
        <message>
            <source>证书名称不能为空</source>
            <translation>Certificate name must not be empty</translation>
        </message>
        <message>
            <source>有效期至 {e} 早于发证日期 {i}</source>
            <translation>Valid until {e} is earlier than issue date {i}</translation>
        </message>
        <message>
            <source>请先恢复该队员所在的救援队伍</source>
            <translation>Please restore this member's rescue team first</translation>
        </message>
        <message>
            <source>“{name}”已是该队在队队员，不能恢复</source>
            <translation>"{name}" is already a current member of this team; cannot restore</translation>
        </message>
        <message>
            <source>该队员不存在</source>
            <translation>This member does not exist</translation>
        </message>
        <message>
            <source>该队员不存在或已删除</source>
            <translation>This member does not exist or has been deleted</translation>
        </message>
        <message>
            <source>该证书不存在或已删除</source>
            <translation>This certificate does not exist or has been deleted</translation>
        </message>
        <message>
            <source>{name}（至 {d}）</source>
            <translation>{name} (until {d})</translation>
        </message>
        <message>
            <source>队伍名称不能为空</source>
            <translation>Team name must not be empty</translation>
        </message>
        <message>
            <source>队伍名称不能超过 100 个字</source>
            <translation>Team name must not exceed 100 characters</translation>
        </message>
        <message>
            <source>“{region}”已有名为“{name}”的救援队伍</source>
            <translation>"{region}" already has a rescue team named "{name}"</translation>
        </message>
        <message>
            <source>请选择队伍类别</source>
            <translation>Please choose a team category</translation>
        </message>
        <message>
            <source>应为 0 到 100000 之间的整数</source>
            <translation>Must be a whole number from 0 to 100000</translation>
        </message>
        <message>
            <source>填写了队长电话，请同时填写队长姓名</source>
            <translation>A leader phone was given; please also give the leader's name</translation>
        </message>
        <message>
            <source>成立日期不能晚于今天</source>
            <translation>Founding date must not be later than today</translation>
        </message>
        <message>
            <source>有 {n} 支名为“{name}”的队伍，请在“队伍所属区划”列注明区划</source>
            <translation>There are {n} {n|team|teams} named "{name}"; please give the region in the "Team region" column</translation>
        </message>
        <message>
            <source>找不到救援队伍“{name}”，请先在“救援队伍”中登记或导入</source>
            <translation>Rescue team "{name}" not found; please enter or import it under "Rescue teams" first</translation>
        </message>
        <message>
            <source>“{region}”已有名为“{name}”的救援队伍，不能恢复</source>
            <translation>"{region}" already has a rescue team named "{name}"; cannot restore</translation>
        </message>
        <message>
            <source>该救援队伍不存在</source>
            <translation>This rescue team does not exist</translation>
        </message>
        <message>
            <source>该救援队伍不存在或已删除</source>
            <translation>This rescue team does not exist or has been deleted</translation>
        </message>
        <message>
            <source>“{name}”仍有{refs}，不能删除。请先将队员离队或转队、装备移交后再删除。</source>
            <translation>"{name}" still has {refs} and cannot be deleted. Record the members' leaving or transfer and hand over the equipment first.</translation>
        </message>
        <message>
            <source>评估周期应为 1 到 10 年，现为“{v}”</source>
            <translation>The evaluation cycle must be 1 to 10 years, found "{v}"</translation>
        </message>
        <message>
            <source>有多个“{name}”（{paths}），请写成 区划/预案名称</source>
            <translation>There are several "{name}" ({paths}); write it as region/plan name</translation>
        </message>
        <message>
            <source>找不到预案“{name}”</source>
            <translation>Plan "{name}" not found</translation>
        </message>
        <message>
            <source>。请先导入或录入该预案</source>
            <translation>. Import or enter that plan first</translation>
        </message>
        <message>
            <source>{m}月</source>
            <translation type="vanished">{m}</translation>
        </message>
        <message>
            <source>{year} 年各月演练次数</source>
            <translation>Drills per month, {year}</translation>
        </message>
        <message>
            <source>应急预案（按状态）</source>
            <translation>Emergency plans by status</translation>
        </message>
        <message>
            <source>共 {n} 份预案（{parts}）；</source>
            <translation>{n} {n|plan|plans} ({parts}); </translation>
        </message>
        <message>
            <source>评估超期 {n} 份</source>
            <translation>{n} overdue for evaluation</translation>
        </message>
        <message>
            <source>从未演练 {n} 份</source>
            <translation>{n} never drilled</translation>
        </message>
        <message>
            <source>下次评估期限为红色的已超期。</source>
            <translation> Evaluation deadlines in red have passed.</translation>
        </message>
        <message>
            <source>尚未录入应急预案。</source>
            <translation type="vanished">No emergency plans have been entered yet.</translation>
        </message>
        <message>
            <source>{town}（{n} 份）</source>
            <translation>{town} ({n} {n|plan|plans})</translation>
        </message>
        <message>
            <source>{n} 人</source>
            <translation>{n} {n|person|people}</translation>
        </message>
        <message>
            <source>{year} 年共记录演练 {n} 次，参演 {p} 人次；未评估 {e} 次，问题未整改 {r} 次。</source>
            <translation>{n} {n|drill|drills} recorded in {year} with {p} {p|participant|participants}; {e} not evaluated, {r} with problems not rectified.</translation>
        </message>
        <message>
            <source>本年度尚无演练记录。</source>
            <translation>No drills recorded this year.</translation>
        </message>
        <message>
            <source>{year} 年度演练统计</source>
            <translation>Drill statistics {year}</translation>
        </message>
        <message>
            <source>{year} 年度演练计划</source>
            <translation>Annual drill plan {year}</translation>
        </message>
        <message>
            <source>计划月份</source>
            <translation>Planned month</translation>
        </message>
        <message>
            <source>完成情况</source>
            <translation>Done?</translation>
        </message>
        <message>
            <source>{m} 月</source>
            <translation>month {m}</translation>
        </message>
        <message>
            <source>演练次数</source>
            <translation>Drills</translation>
        </message>
        <message>
            <source>参演人次</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>问题未整改</source>
            <translation>Problems open</translation>
        </message>
        <message>
            <source>按各台账预警规则自动判定：有班子＝已录入应急管理领导小组；有机制＝值班无空档（D1）；有预案＝P5；有队伍＝T1；有物资＝S3、S9；有培训演练＝O4、T4、P2、P3。“未检查”表示尚未建立该台账。</source>
            <translation type="vanished">Judged automatically from the registers' rules: leadership = an emergency leadership group on record; mechanism = duty roster without gaps (D1); plans = P5; teams = T1; supplies = S3, S9; training and drills = O4, T4, P2, P3. "Not checked" means that register does not exist yet.</translation>
        </message>
        <message>
            <source>尚未录入乡镇。</source>
            <translation>No townships have been entered yet.</translation>
        </message>
        <message>
            <source>未达标事项</source>
            <translation type="vanished">Items not met</translation>
        </message>
        <message>
            <source>…等 {n} 项</source>
            <translation>… ({n} in all)</translation>
        </message>
        <message>
            <source>未达标项目及问题</source>
            <translation type="vanished">Items not met and problems</translation>
        </message>
        <message>
            <source>各乡镇“六有”均已达标。</source>
            <translation type="vanished">Every township meets all six items.</translation>
        </message>
        <message>
            <source>月份应为 1 到 12</source>
            <translation>The month must be 1 to 12</translation>
        </message>
        <message>
            <source>年度应为四位年份</source>
            <translation>The year must have four digits</translation>
        </message>
        <message>
            <source>年度演练计划或演练记录不存在</source>
            <translation>The annual drill plan item or the drill record does not exist</translation>
        </message>
        <message>
            <source>该年度演练计划不存在</source>
            <translation>This annual drill plan item does not exist</translation>
        </message>
        <message>
            <source>评估期限 {due} 已过（每 {n} 年评估一次），请组织评估或修订</source>
            <translation type="vanished">The evaluation deadline {due} has passed (evaluated every {n} {n|year|years}); evaluate or revise the plan</translation>
        </message>
        <message>
            <source>演练“{title}”（{d}）发现预案需修订，至今未修订</source>
            <translation>The drill "{title}" ({d}) found that the plan needs revision; it has not been revised since</translation>
        </message>
        <message>
            <source>发布于 {d}，{n} 个月内未演练</source>
            <translation>Issued {d}; not drilled within {n} {n|month|months}</translation>
        </message>
        <message>
            <source>近 12 个月综合性演练 {n} 次，少于每年 {target} 次</source>
            <translation>{n} comprehensive {n|drill|drills} in the last 12 months, fewer than {target} a year</translation>
        </message>
        <message>
            <source>（发布于 {d}）</source>
            <translation> (issued {d})</translation>
        </message>
        <message>
            <source>专项预案从未组织演练{since}</source>
            <translation>Special plan never drilled{since}</translation>
        </message>
        <message>
            <source>未经专家评审</source>
            <translation>no expert review</translation>
        </message>
        <message>
            <source>发布后未备案</source>
            <translation>not filed after issue</translation>
        </message>
        <message>
            <source>未备案</source>
            <translation>not filed</translation>
        </message>
        <message>
            <source>村（社区）应急预案</source>
            <translation>village (community) emergency plan</translation>
        </message>
        <message>
            <source>总体应急预案</source>
            <translation>general emergency plan</translation>
        </message>
        <message>
            <source>没有现行有效的{what}</source>
            <translation>No {what} in force</translation>
        </message>
        <message>
            <source>缺少专项预案：{items}</source>
            <translation type="vanished">Missing special plans: {items}</translation>
        </message>
        <message>
            <source>演练后未开展评估</source>
            <translation type="vanished">Not evaluated after the drill</translation>
        </message>
        <message>
            <source>存在问题未整改：{p}</source>
            <translation type="vanished">Problems not rectified: {p}</translation>
        </message>
        <message>
            <source>仓库</source>
            <translation>Warehouse</translation>
        </message>
        <message>
            <source>人员</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>依托的{noun}“{name}”已撤销或停用，重要应急资源发生变化，建议修订预案</source>
            <translation>The {noun} "{name}" the plan relies on was removed or stopped: key emergency resources changed, revise the plan</translation>
        </message>
        <message>
            <source>没有演练记录</source>
            <translation>No drill on record</translation>
        </message>
        <message>
            <source>最近演练 {d}，已超过 {n} 个月</source>
            <translation>Last drill {d}, more than {n} {n|month|months} ago</translation>
        </message>
        <message>
            <source>演练名称不能为空</source>
            <translation>The drill name cannot be empty</translation>
        </message>
        <message>
            <source>演练名称不能超过 200 个字</source>
            <translation>The drill name cannot exceed 200 characters</translation>
        </message>
        <message>
            <source>演练日期不能为空</source>
            <translation>The drill date cannot be empty</translation>
        </message>
        <message>
            <source>演练日期 {d} 晚于今天：计划中的演练请记入年度演练计划</source>
            <translation>The drill date {d} is after today: enter planned drills in the annual drill plan</translation>
        </message>
        <message>
            <source>参演人数不能为负数</source>
            <translation>The number of participants cannot be negative</translation>
        </message>
        <message>
            <source>关联的预案不存在或已删除</source>
            <translation>The linked plan does not exist or has been deleted</translation>
        </message>
        <message>
            <source>该演练记录不存在或已删除</source>
            <translation>This drill record does not exist or has been deleted</translation>
        </message>
        <message>
            <source>成立日期晚于今天</source>
            <translation>The founding date is after today</translation>
        </message>
        <message>
            <source>该领导小组不存在或已删除</source>
            <translation>This leadership group does not exist or has been deleted</translation>
        </message>
        <message>
            <source>该演练记录不存在</source>
            <translation>This drill record does not exist</translation>
        </message>
        <message>
            <source>预案名称不能为空</source>
            <translation>The plan name cannot be empty</translation>
        </message>
        <message>
            <source>预案名称不能超过 200 个字</source>
            <translation>The plan name cannot exceed 200 characters</translation>
        </message>
        <message>
            <source>请选择预案类型</source>
            <translation>Choose the plan type</translation>
        </message>
        <message>
            <source>“{region}”已有同名预案“{name}”</source>
            <translation>"{region}" already has a plan named "{name}"</translation>
        </message>
        <message>
            <source>备案日期 {f} 早于发布日期 {i}：应在发布后备案</source>
            <translation>The filing date {f} is before the issue date {i}: plans are filed after they are issued</translation>
        </message>
        <message>
            <source>评估周期应为 1 到 10 年</source>
            <translation>The evaluation cycle must be 1 to 10 years</translation>
        </message>
        <message>
            <source>该预案不存在或已删除</source>
            <translation>This plan does not exist or has been deleted</translation>
        </message>
        <message>
            <source>{label}不能为空</source>
            <translation>{label} cannot be empty</translation>
        </message>
        <message>
            <source>{label} {d} 晚于今天</source>
            <translation>{label} {d} is after today</translation>
        </message>
        <message>
            <source>{label} {d} 早于预案发布日期 {i}</source>
            <translation>{label} {d} is before the plan's issue date {i}</translation>
        </message>
        <message>
            <source>未知的资源类型 {kind}</source>
            <translation>Unknown resource type {kind}</translation>
        </message>
        <message>
            <source>“{region}”已有同名预案“{name}”，不能恢复</source>
            <translation>"{region}" already has a plan named "{name}"; cannot restore</translation>
        </message>
        <message>
            <source>请先恢复预案“{name}”</source>
            <translation>Restore the plan "{name}" first</translation>
        </message>
        <message>
            <source>该预案不存在</source>
            <translation>This plan does not exist</translation>
        </message>
        <message>
            <source>预案“{name}”仍被使用，不能删除：{refs}。请先在这些演练记录中取消关联。</source>
            <translation>The plan "{name}" is still in use and cannot be deleted: {refs}. Unlink it from those drill records first.</translation>
        </message>
        <message>
            <source>该修订记录不存在或已删除</source>
            <translation>This revision record does not exist or has been deleted</translation>
        </message>
        <message>
            <source>该评估记录不存在或已删除</source>
            <translation>This evaluation record does not exist or has been deleted</translation>
        </message>
        <message>
            <source>未检查</source>
            <translation>Not checked</translation>
        </message>
        <message>
            <source>领导小组记录</source>
            <translation>leadership group record</translation>
        </message>
        <message>
            <source>未检查：{ids}</source>
            <translation>not checked: {ids}</translation>
        </message>
        <message>
            <source>未录入应急管理领导小组</source>
            <translation>No emergency leadership group on record</translation>
        </message>
        <message>
            <source>登记一次演练</source>
            <translation>Record a drill</translation>
        </message>
        <message>
            <source>登记整改</source>
            <translation>Record rectification</translation>
        </message>
        <message>
            <source>登记演练发现问题的整改情况</source>
            <translation>Record how the problems a drill found were rectified</translation>
        </message>
        <message>
            <source>从 Excel 导入演练记录</source>
            <translation>Import drill records from Excel</translation>
        </message>
        <message>
            <source>应急演练</source>
            <translation>Emergency drills</translation>
        </message>
        <message>
            <source>生成应急演练记录表和年度统计 PDF</source>
            <translation>Create the drill record and annual statistics PDF</translation>
        </message>
        <message>
            <source>全部年度</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>仅未评估或未整改</source>
            <translation>Only not evaluated or not rectified</translation>
        </message>
        <message>
            <source>年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>应急演练记录表</source>
            <translation>Emergency drill record</translation>
        </message>
        <message>
            <source>六有自查表_{s}.pdf</source>
            <translation>six-haves-self-check_{s}.pdf</translation>
        </message>
        <message>
            <source>{title}_{d}.xlsx</source>
            <translation>{title}_{d}.xlsx</translation>
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
            <source>{title}_{s}.pdf</source>
            <translation>{title}_{s}.pdf</translation>
        </message>
        <message>
            <source>正在生成报表…</source>
            <translation>Creating the report…</translation>
        </message>
        <message>
            <source>最近修订</source>
            <translation>Last revised</translation>
        </message>
        <message>
            <source>最近评估</source>
            <translation>Last evaluated</translation>
        </message>
        <message>
            <source>最近演练</source>
            <translation>Last drill</translation>
        </message>
        <message>
            <source>未演练</source>
            <translation>Never drilled</translation>
        </message>
        <message>
            <source>下次评估期限</source>
            <translation>Next evaluation due</translation>
        </message>
        <message>
            <source>（超期）</source>
            <translation> (overdue)</translation>
        </message>
        <message>
            <source>编辑选中的预案（回车或双击）</source>
            <translation>Edit the selected plan (Enter or double-click)</translation>
        </message>
        <message>
            <source>删除选中的预案（可在回收站恢复）</source>
            <translation>Delete the selected plans (restorable from the Recycle Bin)</translation>
        </message>
        <message>
            <source>登记修订</source>
            <translation>Record revision</translation>
        </message>
        <message>
            <source>登记评估</source>
            <translation>Record evaluation</translation>
        </message>
        <message>
            <source>登记依据选中预案开展的演练</source>
            <translation>Record a drill that exercised the selected plan</translation>
        </message>
        <message>
            <source>从 Excel 导入应急预案</source>
            <translation>Import emergency plans from Excel</translation>
        </message>
        <message>
            <source>生成应急预案目录 PDF（按所选乡镇）</source>
            <translation>Create the plan catalogue PDF (for the chosen township)</translation>
        </message>
        <message>
            <source>全部乡镇</source>
            <translation>All townships</translation>
        </message>
        <message>
            <source>全部类型</source>
            <translation>All types</translation>
        </message>
        <message>
            <source>全部状态</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>仅评估超期</source>
            <translation>Only overdue for evaluation</translation>
        </message>
        <message>
            <source>形式</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>修订记录</source>
            <translation>Revisions</translation>
        </message>
        <message>
            <source>评估记录</source>
            <translation>Evaluations</translation>
        </message>
        <message>
            <source>演练记录</source>
            <translation>drill records</translation>
        </message>
        <message>
            <source>未评估</source>
            <translation>Not evaluated</translation>
        </message>
        <message>
            <source>无问题</source>
            <translation>No problems</translation>
        </message>
        <message>
            <source>应急预案目录</source>
            <translation>Emergency plan catalogue</translation>
        </message>
        <message>
            <source>预案名称</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>如 碧阳镇防汛抗旱应急预案</source>
            <translation>e.g. 碧阳镇防汛抗旱应急预案</translation>
        </message>
        <message>
            <source>预案类型</source>
            <translation>Plan type</translation>
        </message>
        <message>
            <source>所属区划</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>事件类别</source>
            <translation>Event class</translation>
        </message>
        <message>
            <source>如 自然灾害</source>
            <translation type="vanished">e.g. 自然灾害 (natural disaster)</translation>
        </message>
        <message>
            <source>编制单位</source>
            <translation>Drafted by</translation>
        </message>
        <message>
            <source>审批单位</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <source>文号</source>
            <translation>Document no.</translation>
        </message>
        <message>
            <source>如 黟政办〔2024〕5号</source>
            <translation>e.g. 黟政办〔2024〕5号</translation>
        </message>
        <message>
            <source>版本</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>如 2024版</source>
            <translation>e.g. 2024版</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>发布日期</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>专家评审日期</source>
            <translation>Expert review date</translation>
        </message>
        <message>
            <source>未经专家评审的预案会被提醒（P4）</source>
            <translation>Plans without an expert review are flagged (P4)</translation>
        </message>
        <message>
            <source>备案单位</source>
            <translation>Filed with</translation>
        </message>
        <message>
            <source>如 黟县应急管理局</source>
            <translation>e.g. 黟县应急管理局</translation>
        </message>
        <message>
            <source>备案日期</source>
            <translation>Filed on</translation>
        </message>
        <message>
            <source>最近修订日期</source>
            <translation>Last revised on</translation>
        </message>
        <message>
            <source>登记修订记录时自动更新</source>
            <translation>Updated when a revision is recorded</translation>
        </message>
        <message>
            <source>最近评估日期</source>
            <translation>Last evaluated on</translation>
        </message>
        <message>
            <source>登记评估记录时自动更新</source>
            <translation>Updated when an evaluation is recorded</translation>
        </message>
        <message>
            <source>评估周期（年）</source>
            <translation>Evaluation cycle (years)</translation>
        </message>
        <message>
            <source>空白按设置（默认 3 年）</source>
            <translation>Empty: the setting (3 years by default)</translation>
        </message>
        <message>
            <source>责任人</source>
            <translation>Responsible person</translation>
        </message>
        <message>
            <source>编辑应急预案</source>
            <translation>Edit emergency plan</translation>
        </message>
        <message>
            <source>新增应急预案</source>
            <translation>New emergency plan</translation>
        </message>
        <message>
            <source>修订日期</source>
            <translation>Revised on</translation>
        </message>
        <message>
            <source>修订情形</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>新版本</source>
            <translation>New version</translation>
        </message>
        <message>
            <source>如 2025版</source>
            <translation>e.g. 2025版</translation>
        </message>
        <message>
            <source>修订内容</source>
            <translation>What changed</translation>
        </message>
        <message>
            <source>登记修订：{name}</source>
            <translation>Record revision: {name}</translation>
        </message>
        <message>
            <source>评估日期</source>
            <translation>Evaluated on</translation>
        </message>
        <message>
            <source>评估方式</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>“需修订”会把已发布的预案标为修订中</source>
            <translation>"Needs revision" puts a published plan into "being revised"</translation>
        </message>
        <message>
            <source>参加人员</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>登记评估：{name}</source>
            <translation>Record evaluation: {name}</translation>
        </message>
        <message>
            <source>（无问题）</source>
            <translation>(no problems)</translation>
        </message>
        <message>
            <source>演练名称</source>
            <translation>Drill</translation>
        </message>
        <message>
            <source>如 古筑村山洪灾害人员转移演练</source>
            <translation>e.g. 古筑村山洪灾害人员转移演练</translation>
        </message>
        <message>
            <source>演练日期</source>
            <translation>Drill date</translation>
        </message>
        <message>
            <source>演练形式</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>依据预案</source>
            <translation>Plans exercised</translation>
        </message>
        <message>
            <source>输入名称查找</source>
            <translation>Type a name to search</translation>
        </message>
        <message>
            <source>其他依据预案</source>
            <translation>Other plans exercised</translation>
        </message>
        <message>
            <source>预案名称，多个用“、”分隔</source>
            <translation>Plan names separated by 、</translation>
        </message>
        <message>
            <source>演练地区划</source>
            <translation>Region of the drill</translation>
        </message>
        <message>
            <source>空白时取依据预案的区划</source>
            <translation>Empty: the region of the plan exercised</translation>
        </message>
        <message>
            <source>村（社区）演练按此统计（P8）</source>
            <translation>Village (community) drills are counted by this (P8)</translation>
        </message>
        <message>
            <source>组织单位</source>
            <translation>Organiser</translation>
        </message>
        <message>
            <source>地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>参演单位</source>
            <translation>Participating units</translation>
        </message>
        <message>
            <source>参演人数</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>情景</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>评估结论</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>未填写评估结论的演练会被提醒（P6）</source>
            <translation>Drills without an evaluation are flagged (P6)</translation>
        </message>
        <message>
            <source>存在问题</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>发现预案需修订</source>
            <translation>Plan needs revision</translation>
        </message>
        <message>
            <source>编辑演练记录</source>
            <translation>Edit drill record</translation>
        </message>
        <message>
            <source>登记演练</source>
            <translation>Record drill</translation>
        </message>
        <message>
            <source>整改情况</source>
            <translation>Rectification</translation>
        </message>
        <message>
            <source>整改措施</source>
            <translation>Measures</translation>
        </message>
        <message>
            <source>登记整改：{name}</source>
            <translation>Record rectification: {name}</translation>
        </message>
        <message>
            <source>尚未录入任何{what}，请先导入行政区划</source>
            <translation>No {what} has been entered yet; import the regions first</translation>
        </message>
        <message>
            <source>已配备</source>
            <translation>Staffed</translation>
        </message>
        <message>
            <source>缺AB岗</source>
            <translation>Missing A/B post</translation>
        </message>
        <message>
            <source>未配备</source>
            <translation>No officer</translation>
        </message>
        <message>
            <source>缺口 {n}</source>
            <translation>{n} {n|gap|gaps}</translation>
        </message>
        <message>
            <source>乡镇及村（社区）数</source>
            <translation>Townships and villages (communities)</translation>
        </message>
        <message>
            <source>各乡镇灾害信息员配备情况</source>
            <translation>Officer coverage by township</translation>
        </message>
        <message>
            <source>如 汪建国</source>
            <translation>e.g. 汪建国</translation>
        </message>
        <message>
            <source>18 位，最后一位可为 X</source>
            <translation>18 characters, the last may be X</translation>
        </message>
        <message>
            <source>填写后自动带出出生日期和性别；列表和打印中只显示前 4 位和后 4 位</source>
            <translation>Fills in the date of birth and sex; lists and prints show only the first 4 and last 4 characters</translation>
        </message>
        <message>
            <source>11 位手机号，如 13905591234</source>
            <translation>11-digit mobile, e.g. 13905591234</translation>
        </message>
        <message>
            <source>备用电话</source>
            <translation>Other phone</translation>
        </message>
        <message>
            <source>手机或座机，如 0559-5521110</source>
            <translation>mobile or landline, e.g. 0559-5521110</translation>
        </message>
        <message>
            <source>如 古筑村村委会</source>
            <translation>e.g. 古筑村村委会</translation>
        </message>
        <message>
            <source>输入村（社区）或乡镇名称查找</source>
            <translation>Type a village or township name to find it</translation>
        </message>
        <message>
            <source>灾害信息员的层级随区划：乡镇级选乡镇，村级选村（社区）</source>
            <translation>The officer's level follows the region: choose a township for township level, a village (community) for village level</translation>
        </message>
        <message>
            <source>A岗为主岗，负责日常联络报送；B岗为副岗，A岗不能到岗时接替</source>
            <translation>A is the main post (daily liaison and reporting); B is the deputy who takes over when A cannot</translation>
        </message>
        <message>
            <source>如 村党支部书记</source>
            <translation>e.g. 村党支部书记</translation>
        </message>
        <message>
            <source>已录入国家灾害信息员管理系统</source>
            <translation>Entered in the national disaster-information officer system</translation>
        </message>
        <message>
            <source>同一人兼任的其他角色，用顿号分隔</source>
            <translation>Other roles of the same person, separated by 、</translation>
        </message>
        <message>
            <source>编辑灾害信息员</source>
            <translation>Edit officer</translation>
        </message>
        <message>
            <source>新增灾害信息员</source>
            <translation>New officer</translation>
        </message>
        <message>
            <source>离任日期</source>
            <translation>Left on</translation>
        </message>
        <message>
            <source>接任A岗</source>
            <translation>Successor for the A post</translation>
        </message>
        <message>
            <source>A岗离岗后由谁接任；通常为本村（社区）的B岗</source>
            <translation>Who takes over the A post; usually the village's B</translation>
        </message>
        <message>
            <source>本职职务</source>
            <translation>Regular job</translation>
        </message>
        <message>
            <source>身份证号</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>出生日期</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>专兼职</source>
            <translation>Full/part-time</translation>
        </message>
        <message>
            <source>任职日期</source>
            <translation>Appointed on</translation>
        </message>
        <message>
            <source>最近培训日期</source>
            <translation>Last training</translation>
        </message>
        <message>
            <source>已录入国家系统</source>
            <translation>In national system</translation>
        </message>
        <message>
            <source>兼任</source>
            <translation>Other roles</translation>
        </message>
        <message>
            <source>搜索：姓名、拼音首字母或手机号（Ctrl+F）</source>
            <translation>Search: name, pinyin initials or mobile (Ctrl+F)</translation>
        </message>
        <message>
            <source>编辑选中的灾害信息员（回车或双击）</source>
            <translation>Edit the selected officer (Enter or double-click)</translation>
        </message>
        <message>
            <source>删除选中的记录（可在回收站恢复）</source>
            <translation>Delete the selected records (restorable from the Recycle Bin)</translation>
        </message>
        <message>
            <source>离岗…</source>
            <translation>Leave post…</translation>
        </message>
        <message>
            <source>办理离岗；A岗离岗时指定接任人</source>
            <translation>Record leaving the post; an A post names its successor</translation>
        </message>
        <message>
            <source>从 Excel 导入灾害信息员花名册</source>
            <translation>Import the officer roster from Excel</translation>
        </message>
        <message>
            <source>生成灾害信息员花名册 PDF（含缺口清单；按所选乡镇）</source>
            <translation>Create the officer roster PDF (with the gap list; for the chosen township)</translation>
        </message>
        <message>
            <source>全部岗位</source>
            <translation>All posts</translation>
        </message>
        <message>
            <source>岗位</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>已离岗</source>
            <translation>Left the post</translation>
        </message>
        <message>
            <source>灾害信息员花名册_{s}.pdf</source>
            <translation>officer_roster_{s}.pdf</translation>
        </message>
        <message>
            <source>灾害信息员导入模板.xlsx</source>
            <translation>officers_import_template.xlsx</translation>
        </message>
        <message>
            <source>培训</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>参训人数</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <source>来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>导入的最近培训日期</source>
            <translation>imported last-training date</translation>
        </message>
        <message>
            <source>学时应为数字，如 3 或 1.5</source>
            <translation>Hours must be a number, e.g. 3 or 1.5</translation>
        </message>
        <message>
            <source>培训名称</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>如 汛前灾害信息员业务培训</source>
            <translation>e.g. 汛前灾害信息员业务培训</translation>
        </message>
        <message>
            <source>培训日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>培训类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>学时</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>如 3</source>
            <translation>e.g. 3</translation>
        </message>
        <message>
            <source>培训内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>搜索：培训名称、地点、组织单位或拼音首字母（Ctrl+F）</source>
            <translation>Search: training, place, organiser or pinyin initials (Ctrl+F)</translation>
        </message>
        <message>
            <source>删除培训及其参训记录（可在回收站恢复）</source>
            <translation>Delete trainings with their attendance (restorable from the Recycle Bin)</translation>
        </message>
        <message>
            <source>登记参训人员…</source>
            <translation>Take attendance…</translation>
        </message>
        <message>
            <source>从灾害信息员花名册勾选参加本次培训的人员</source>
            <translation>Tick the officers on the roster who attended this training</translation>
        </message>
        <message>
            <source>打印签到表</source>
            <translation>Print sign-in sheet</translation>
        </message>
        <message>
            <source>生成所选培训的签到表 PDF</source>
            <translation>Create the sign-in sheet PDF of the selected training</translation>
        </message>
        <message>
            <source>培训率统计</source>
            <translation>Training rates</translation>
        </message>
        <message>
            <source>生成本年度各层级灾害信息员培训率统计表 PDF</source>
            <translation>Create this year's officer training-rate table by level (PDF)</translation>
        </message>
        <message>
            <source>从 Excel 导入培训台账</source>
            <translation>Import trainings from Excel</translation>
        </message>
        <message>
            <source>全部年份</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>全部层级</source>
            <translation>All levels</translation>
        </message>
        <message>
            <source>含导入的最近培训日期</source>
            <translation>Include imported last-training dates</translation>
        </message>
        <message>
            <source>年份</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>工作单位</source>
            <translation>Employer</translation>
        </message>
        <message>
            <source>职务</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>手机号码</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>培训结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>从花名册添加…</source>
            <translation>Add from roster…</translation>
        </message>
        <message>
            <source>移除所选</source>
            <translation>Remove selected</translation>
        </message>
        <message>
            <source>由导入的“最近培训日期”生成，不是实际登记的培训</source>
            <translation>Made from an imported last-training date, not a training entered here</translation>
        </message>
        <message>
            <source>培训签到表_{s}.pdf</source>
            <translation>training_signin_{s}.pdf</translation>
        </message>
        <message>
            <source>培训率统计表_{s}.pdf</source>
            <translation>training_rates_{s}.pdf</translation>
        </message>
        <message>
            <source>培训台账</source>
            <translation>trainings</translation>
        </message>
        <message>
            <source>培训导入模板.xlsx</source>
            <translation>trainings_import_template.xlsx</translation>
        </message>
        <message>
            <source>队伍名称</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>在队/编制</source>
            <translation>Current/planned</translation>
        </message>
        <message>
            <source>队长电话</source>
            <translation>Leader phone</translation>
        </message>
        <message>
            <source>专业</source>
            <translation>Specialised</translation>
        </message>
        <message>
            <source>装备(件)</source>
            <translation>Equipment (pieces)</translation>
        </message>
        <message>
            <source>队内职务</source>
            <translation>Role in team</translation>
        </message>
        <message>
            <source>年龄</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>专业特长</source>
            <translation>Skills</translation>
        </message>
        <message>
            <source>人员来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>保险有效期</source>
            <translation>Insurance valid until</translation>
        </message>
        <message>
            <source>证书</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>离队日期</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>装备名称</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <source>规格型号</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>数量</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>计量单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>购置日期</source>
            <translation>Acquired</translation>
        </message>
        <message>
            <source>使用期限至</source>
            <translation>Service life until</translation>
        </message>
        <message>
            <source>最近维护</source>
            <translation>Last maintenance</translation>
        </message>
        <message>
            <source>下次维护日期</source>
            <translation>Next maintenance date</translation>
        </message>
        <message>
            <source>装备编号</source>
            <translation>Equipment number</translation>
        </message>
        <message>
            <source>搜索：队伍名称、拼音或首字母、主管单位（Ctrl+F）</source>
            <translation>Search: team name, pinyin or initials, supervising unit (Ctrl+F)</translation>
        </message>
        <message>
            <source>新增队伍</source>
            <translation>New team</translation>
        </message>
        <message>
            <source>编辑选中的队伍（回车或双击）</source>
            <translation>Edit the selected team (Enter or double-click)</translation>
        </message>
        <message>
            <source>删除选中的队伍（可在回收站恢复）</source>
            <translation>Delete the selected teams (restorable from the recycle bin)</translation>
        </message>
        <message>
            <source>从 Excel 导入队伍、队员或装备</source>
            <translation type="vanished">Import teams, members or equipment from Excel</translation>
        </message>
        <message>
            <source>生成队伍汇总表、花名册或装备清单 PDF</source>
            <translation>Make the team summary, roster or equipment list PDF</translation>
        </message>
        <message>
            <source>全部类别</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>在编队伍</source>
            <translation>Teams in service</translation>
        </message>
        <message>
            <source>全部（含已撤销）</source>
            <translation>All (including disbanded)</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>新增队员</source>
            <translation>Add member</translation>
        </message>
        <message>
            <source>离队</source>
            <translation>Leave team</translation>
        </message>
        <message>
            <source>转队…</source>
            <translation>Transfer…</translation>
        </message>
        <message>
            <source>证书…</source>
            <translation>Certificates…</translation>
        </message>
        <message>
            <source>新增装备</source>
            <translation>Add equipment</translation>
        </message>
        <message>
            <source>维护记录…</source>
            <translation>Maintenance log…</translation>
        </message>
        <message>
            <source>队员名单</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>装备</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <source>无法读取备份文件 {path}：{err}</source>
            <translation>Cannot read the backup file {path}: {err}</translation>
        </message>
        <message>
            <source>路径太长，请把数据库放在路径较短的文件夹中（如 D:\应急台账）。</source>
            <translation> The path is too long: keep the database in a folder with a shorter path (such as D:\EmergencyDesk).</translation>
        </message>
        <message>
            <source>文件 {name} 超过 {n} MB，请压缩或拆分后再添加</source>
            <translation>The file {name} is larger than {n} MB; compress or split it first</translation>
        </message>
        <message>
            <source>无法读取文件 {path}：{err}</source>
            <translation>Cannot read the file {path}: {err}</translation>
        </message>
        <message>
            <source>附件“{name}”已损坏（校验值不符），请从备份恢复</source>
            <translation>The attachment "{name}" is damaged (checksum mismatch); restore it from a backup</translation>
        </message>
        <message>
            <source>无法写出附件 {path}：{err}</source>
            <translation>Cannot write the attachment {path}: {err}</translation>
        </message>
        <message>
            <source>该附件不存在或已删除</source>
            <translation>This attachment does not exist or has been deleted</translation>
        </message>
        <message>
            <source>如 汛前山洪灾害转移避险演练</source>
            <translation>e.g. 汛前山洪灾害转移避险演练</translation>
        </message>
        <message>
            <source>新增年度演练计划</source>
            <translation>New annual drill plan item</translation>
        </message>
        <message>
            <source>{year} 年尚无演练记录，请先在“演练记录”中登记</source>
            <translation>No drills recorded in {year} yet; record the drill under "Drill records" first</translation>
        </message>
        <message>
            <source>依托人员</source>
            <translation>People relied on</translation>
        </message>
        <message>
            <source>登记预案依托的责任人、联系人；人员删除后提醒修订预案（P7）</source>
            <translation>Record the responsible people and contacts the plan names; removing one flags the plan for revision (P7)</translation>
        </message>
        <message>
            <source>添加附件</source>
            <translation>Add attachment</translation>
        </message>
        <message>
            <source>正文、简本、作战图或评估报告；文件存入数据库，随备份保存</source>
            <translation>The text, short version, operations map or evaluation report; the file is stored in the database and kept in backups</translation>
        </message>
        <message>
            <source>附件类型</source>
            <translation>Attachment type</translation>
        </message>
        <message>
            <source>文件名</source>
            <translation>File name</translation>
        </message>
        <message>
            <source>大小（KB）</source>
            <translation>Size (KB)</translation>
        </message>
        <message>
            <source>双击打开附件</source>
            <translation>Double-click to open the attachment</translation>
        </message>
        <message>
            <source>附件</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <source>资源类型</source>
            <translation>Resource type</translation>
        </message>
        <message>
            <source>依托资源</source>
            <translation>Resources relied on</translation>
        </message>
        <message>
            <source>如 碧阳镇应急管理工作领导小组</source>
            <translation>e.g. 碧阳镇应急管理工作领导小组</translation>
        </message>
        <message>
            <source>组长</source>
            <translation>Leader</translation>
        </message>
        <message>
            <source>副组长</source>
            <translation>Deputy leaders</translation>
        </message>
        <message>
            <source>成员单位及人员</source>
            <translation>Member units and people</translation>
        </message>
        <message>
            <source>成立文号</source>
            <translation>Founding document no.</translation>
        </message>
        <message>
            <source>成立日期</source>
            <translation>Founded</translation>
        </message>
        <message>
            <source>登记应急管理领导小组</source>
            <translation>Record emergency leadership group</translation>
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
            <translation>{name} subtotal: {n} {n|batch|batches}, {k} {k|kind|kinds} of item</translation>
        </message>
        <message>
            <source>共 {w} 个仓库（储备点），{n} 个在库批次。</source>
            <translation>{w} {w|warehouse (storage point)|warehouses (storage points)}, {n} {n|batch|batches} in stock.</translation>
        </message>
        <message>
            <source>合计：{n} 个批次，{k} 种物资</source>
            <translation>Total: {n} {n|batch|batches}, {k} {k|kind|kinds} of item</translation>
        </message>
        <message>
            <source>仓库汇总表</source>
            <translation>Warehouse summary</translation>
        </message>
        <message>
            <source>{n} 种</source>
            <translation>{n} {n|kind|kinds}</translation>
        </message>
        <message>
            <source>已过期 </source>
            <translation>Expired: </translation>
        </message>
        <message>
            <source>，{d} 天内到期 </source>
            <translation>; due within {d} {d|day|days}: </translation>
        </message>
        <message>
            <source>{n} 批</source>
            <translation>{n} {n|batch|batches}</translation>
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
            <source>已过期</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>批次数</source>
            <translation>Batches</translation>
        </message>
        <message>
            <source>物资到期时间分布（未来 {n} 个月）</source>
            <translation>Batches expiring per month (next {n} {n|month|months})</translation>
        </message>
        <message>
            <source>仓库：{w}　　盘点日期：______年____月____日</source>
            <translation>Warehouse: {w}    Count date: ____-____-____</translation>
        </message>
        <message>
            <source>共 {n} 个批次。账实不符的须写明原因。</source>
            <translation>{n} {n|batch|batches}. Give a reason for every difference from the books.</translation>
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
            <translation>{h} {h|hour|hours}</translation>
        </message>
        <message>
            <source>批号 {no} 已于 {d} 过期，仍有 {q}，请报损或轮换</source>
            <translation>Batch {no} expired on {d} and {q} is still in stock; write it off or rotate it</translation>
        </message>
        <message>
            <source>批号 {no} 将于 {d} 到期（还有 {n} 天），数量 {q}，请安排轮换或调剂使用</source>
            <translation>Batch {no} expires on {d} ({n} {n|day|days} left), quantity {q}; arrange rotation or reallocation</translation>
        </message>
        <message>
            <source>可用 {a}，低于最低储备 {m}，缺 {g}</source>
            <translation>Available {a}, below the minimum reserve {m}; short by {g}</translation>
        </message>
        <message>
            <source>{d} 发放后尚未补充（常用物资应及用及补，{n} 天内补齐）</source>
            <translation>Issued on {d} and not yet replenished (frequently used supplies are replenished within {n} {n|day|days})</translation>
        </message>
        <message>
            <source>从未盘点（{d} 起有库存）</source>
            <translation type="vanished">Never counted (holding stock since {d})</translation>
        </message>
        <message>
            <source>最近盘点 {d}，已超过 {n} 个月</source>
            <translation type="vanished">Last stocktake {d}, more than {n} {n|month|months} ago</translation>
        </message>
        <message>
            <source>{d} 盘点有 {n} 处差异未写明原因</source>
            <translation>The stocktake of {d} has {n} {n|difference|differences} without a reason</translation>
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
            <source>{no} 缺少{who}（发放凭证不全）</source>
            <translation>{no} lacks: {who} (incomplete issue record)</translation>
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
            <source>批号 {no} 未填写{what}（该物资有保质期）</source>
            <translation>Batch {no} has no {what} (the item has a shelf life)</translation>
        </message>
        <message>
            <source>协议 {no} 已于 {d} 到期，请续签或另签</source>
            <translation>Agreement {no} expired on {d}; renew it or sign another</translation>
        </message>
        <message>
            <source>协议 {no} 将于 {d} 到期（还有 {n} 天），请及时续签</source>
            <translation>Agreement {no} ends on {d} ({n} {n|day|days} left); renew it in time</translation>
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
            <translation>No movement, stocktake or update for {n} {n|day|days} (last {d})</translation>
        </message>
        <message>
            <source>分类编码应为 GB/T 38565 的 1、3、5 或 7 位数字，首位为 1、2 或 3，现为“{v}”</source>
            <translation>The category code must have 1, 3, 5 or 7 digits per GB/T 38565, starting with 1, 2 or 3; found "{v}"</translation>
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
            <translation>Category "{name}" still has {k} {k|subcategory|subcategories} and {n} {n|item|items}; cannot delete</translation>
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
            <translation>{n} {n|batch|batches} differ from the books without a reason</translation>
        </message>
        <message>
            <source>该批次还有库存 {q}，请先出库、调拨或报损后再删除</source>
            <translation>This batch still holds {q}; issue, transfer or write it off before deleting</translation>
        </message>
        <message>
            <source>该库存批次不存在或已删除</source>
            <translation>This stock batch does not exist or has been deleted</translation>
        </message>
        <message>
            <source>仓库中已有该物资批号 {no}</source>
            <translation>The warehouse already has batch {no} of this item</translation>
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
            <source>第 {n} 行“{line}”末尾应为协议数量</source>
            <translation>Line {n} "{line}" should end with the agreed quantity</translation>
        </message>
        <message>
            <source>第 {n} 行：{why}</source>
            <translation>Line {n}: {why}</translation>
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
            <source>有效期至 {e} 早于生产日期 {p}</source>
            <translation>Expiry date {e} is before production date {p}</translation>
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
            <source>“{item}”可用库存只有 {have}（不含过期、冻结），不足 {want}</source>
            <translation>"{item}" has only {have} usable (excluding expired and frozen), less than {want}</translation>
        </message>
        <message>
            <source>物资品目</source>
            <translation>Supply item</translation>
        </message>
        <message>
            <source>请先恢复{noun}“{name}”</source>
            <translation>Restore the {noun} "{name}" first</translation>
        </message>
        <message>
            <source>仓库中已有同一物资同一批号的批次，不能恢复</source>
            <translation>The warehouse already has a batch of this item with this number; cannot restore</translation>
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
            <source>剩余天数</source>
            <translation>Days left</translation>
        </message>
        <message>
            <source>登记入库（新批次或补充已有批次）</source>
            <translation>Record a receipt (new batch or more of an existing one)</translation>
        </message>
        <message>
            <source>发放物资，默认先到期先出</source>
            <translation>Issue supplies, earliest expiry first by default</translation>
        </message>
        <message>
            <source>从一个仓库调到另一个仓库（两边同时入账）</source>
            <translation>Move stock between warehouses (both sides booked together)</translation>
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
            <source>报损</source>
            <translation>Write off</translation>
        </message>
        <message>
            <source>报损报废选中的批次</source>
            <translation>Write off the selected batch</translation>
        </message>
        <message>
            <source>按所选仓库盘点，录入实存数并入账差异</source>
            <translation>Count the chosen warehouse, enter the counts and book the differences</translation>
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
            <source>数量应大于 0</source>
            <translation>Quantity must be more than 0</translation>
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
            <source>经办人</source>
            <translation>Handled by</translation>
        </message>
        <message>
            <source>审批人</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <source>空白时按生产日期 + 保质期计算</source>
            <translation>Blank: production date + shelf life</translation>
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
            <source>入库</source>
            <translation>Receipt</translation>
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
            <source>调出仓库</source>
            <translation>Sending warehouse</translation>
        </message>
        <message>
            <source>批次</source>
            <translation>Batch</translation>
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
            <source>接收人</source>
            <translation>Received by</translation>
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
            <source>事由（灾害或事件）</source>
            <translation>Event (disaster or incident)</translation>
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
            <source>报损报废</source>
            <translation>Write-off</translation>
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
            <source>生产日期</source>
            <translation>Production date</translation>
        </message>
        <message>
            <source>资金来源</source>
            <translation>Funding</translation>
        </message>
        <message>
            <source>单价（元）</source>
            <translation>Unit price (yuan)</translation>
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
            <source>输入名称或拼音查找</source>
            <translation>Type a name or pinyin to search</translation>
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
            <source>盘点</source>
            <translation>Stocktake</translation>
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
            <source>物资</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>Valid until</translation>
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
            <source>打印盘点表</source>
            <translation>Print count sheet</translation>
        </message>
        <message>
            <source>打印带账面数的空白盘点表，清点时手工填写</source>
            <translation>Print a blank count sheet with book quantities to fill in by hand</translation>
        </message>
        <message>
            <source>在“实存数”列填写清点结果；与账面不符的批次须写明原因。</source>
            <translation>Enter the counted quantities in the "Counted" column; give a reason for every batch that differs from the books.</translation>
        </message>
        <message>
            <source>盘点表</source>
            <translation>Count sheet</translation>
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
            <source>物资保管账：{0}</source>
            <translation>Stock card: {0}</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>单号</source>
            <translation>Document no.</translation>
        </message>
        <message>
            <source>批号</source>
            <translation>Batch no.</translation>
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
            <source>结存</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>摘要</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>导出{title}</source>
            <translation>Export {title}</translation>
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
            <source>删除选中的物资品目（可在回收站恢复）</source>
            <translation>Delete the selected items (restorable from the Recycle Bin)</translation>
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
            <source>分类编码</source>
            <translation>Category code</translation>
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
            <source>删除选中的定额（可在回收站恢复）</source>
            <translation>Delete the selected quotas (restorable from the Recycle Bin)</translation>
        </message>
        <message>
            <source>物资名称</source>
            <translation>Item</translation>
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
            <translation>Gap</translation>
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
            <source>单位</source>
            <translation>Unit</translation>
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
            <source>没有在编的综合性应急救援队伍</source>
            <translation>No comprehensive rescue team in service</translation>
        </message>
        <message>
            <source>启用用户和角色后登录用的用户名；密码取环境变量 EMERGENCY_DESK_PASSWORD，否则提示输入</source>
            <translation>user name to sign in with when users and roles are on; the password comes from EMERGENCY_DESK_PASSWORD or a prompt</translation>
        </message>
        <message>
            <source>用户和角色的恢复操作</source>
            <translation>users and roles: recovery</translation>
        </message>
        <message>
            <source>忘记管理员密码时：为管理员生成一次性密码（需能访问数据库文件）</source>
            <translation>forgotten administrator password: print a one-time password (needs access to the database file)</translation>
        </message>
        <message>
            <source>要恢复的用户名（默认第一个管理员）</source>
            <translation>user name to recover (default: the first administrator)</translation>
        </message>
        <message>
            <source>已启用用户和角色：请用 --user 指定用户名，密码放在环境变量 EMERGENCY_DESK_PASSWORD 中，或在提示时输入。</source>
            <translation>Users and roles are on: give the user name with --user and the password in EMERGENCY_DESK_PASSWORD or at the prompt.</translation>
        </message>
        <message>
            <source>用户名：</source>
            <translation>User name: </translation>
        </message>
        <message>
            <source>用户 {name} 的密码：</source>
            <translation>Password for {name}: </translation>
        </message>
        <message>
            <source>提示：您正在使用一次性密码，请尽快在主窗口“用户”页中修改密码。</source>
            <translation>Note: you signed in with a one-time password; change it soon on the Users page of the window.</translation>
        </message>
        <message>
            <source>管理员 {name} 的一次性密码：{password}</source>
            <translation>One-time password for administrator {name}: {password}</translation>
        </message>
        <message>
            <source>请用它登录主窗口，登录后须立即设置新密码。此次重置已记入操作日志。</source>
            <translation>Sign in to the window with it; you must choose a new password at once. The reset is in the audit log.</translation>
        </message>
        <message>
            <source>{name}（{role}）</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <source>已启用用户和角色：请先登录，再修改数据。</source>
            <translation>Users and roles are on: sign in before changing data.</translation>
        </message>
        <message>
            <source>您的角色是“只读”，不能修改数据。如需修改，请联系管理员。</source>
            <translation>Your role is read-only: you cannot change data. Ask an administrator.</translation>
        </message>
        <message>
            <source>只有管理员可以{what}。</source>
            <translation>Only an administrator may {what}.</translation>
        </message>
        <message>
            <source>用演示数据替换现有数据</source>
            <translation>replace the data with the demo county</translation>
        </message>
        <message>
            <source>彻底删除回收站中的记录</source>
            <translation>purge records from the recycle bin</translation>
        </message>
        <message>
            <source>修改设置</source>
            <translation>change settings</translation>
        </message>
        <message>
            <source>“{label}”请在“用户”页中修改。</source>
            <translation>Change “{label}” on the Users page.</translation>
        </message>
        <message>
            <source>至少 {n} 位</source>
            <translation>at least {n} {n|character|characters}</translation>
        </message>
        <message>
            <source>不能超过 128 位</source>
            <translation>at most 128 characters</translation>
        </message>
        <message>
            <source>不能含空格，最多 64 个字符</source>
            <translation>no spaces, at most 64 characters</translation>
        </message>
        <message>
            <source>找不到该用户。</source>
            <translation>No such user.</translation>
        </message>
        <message>
            <source>用户和角色已经启用。</source>
            <translation>Users and roles are already on.</translation>
        </message>
        <message>
            <source>“{name}”已被使用</source>
            <translation>“{name}” is already taken</translation>
        </message>
        <message>
            <source>管理用户</source>
            <translation>manage users</translation>
        </message>
        <message>
            <source>不能停用自己的账户。</source>
            <translation>You cannot deactivate your own account.</translation>
        </message>
        <message>
            <source>至少要保留一名启用的管理员。</source>
            <translation>At least one active administrator must remain.</translation>
        </message>
        <message>
            <source>重置密码</source>
            <translation>reset passwords</translation>
        </message>
        <message>
            <source>用户名或密码不正确。</source>
            <translation>Wrong user name or password.</translation>
        </message>
        <message>
            <source>账户“{name}”已停用，请联系管理员。</source>
            <translation>Account “{name}” is deactivated. Ask an administrator.</translation>
        </message>
        <message>
            <source>账户“{name}”因连续输错密码已被锁定，请 {m} 分钟后再试，或请管理员重置密码。</source>
            <translation>Account “{name}” is locked after repeated wrong passwords. Try again in {m} {m|minute|minutes} or ask an administrator to reset the password.</translation>
        </message>
        <message>
            <source>请先登录。</source>
            <translation>Please sign in first.</translation>
        </message>
        <message>
            <source>不正确</source>
            <translation>is wrong</translation>
        </message>
        <message>
            <source>没有启用用户和角色，不需要恢复管理员密码。</source>
            <translation>Users and roles are off: there is no administrator password to recover.</translation>
        </message>
        <message>
            <source>没有名为“{name}”的用户。</source>
            <translation>There is no user “{name}”.</translation>
        </message>
        <message>
            <source>数据库中没有管理员；请用 --user 指定一个用户。</source>
            <translation>The database has no administrator; name a user with --user.</translation>
        </message>
        <message>
            <source>当前用户：{user}</source>
            <translation>User: {user}</translation>
        </message>
        <message>
            <source>从备份恢复数据</source>
            <translation>restore from a backup</translation>
        </message>
        <message>
            <source>用户</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>两次输入的密码不一致</source>
            <translation>the two passwords differ</translation>
        </message>
        <message>
            <source>启用用户和角色…</source>
            <translation>Turn on users and roles…</translation>
        </message>
        <message>
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>添加用户…</source>
            <translation>Add user…</translation>
        </message>
        <message>
            <source>修改…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>停用/启用</source>
            <translation>Deactivate/activate</translation>
        </message>
        <message>
            <source>重置密码…</source>
            <translation>Reset password…</translation>
        </message>
        <message>
            <source>修改我的密码…</source>
            <translation>Change my password…</translation>
        </message>
        <message>
            <source>关闭用户和角色</source>
            <translation>turn off users and roles</translation>
        </message>
        <message>
            <source>管理员：管理用户和设置、从备份恢复、清空回收站。录入员：录入和修改台账。只读：只能查看、导出和打印。忘记管理员密码时，请按说明书“忘记管理员密码”一节操作。</source>
            <translation>Administrator: users, settings, restore, emptying the recycle bin. Clerk: enters and edits records. Read-only: views, exports and prints. For a forgotten administrator password see “Forgotten administrator password” in the README.</translation>
        </message>
        <message>
            <source>已启用用户和角色。当前用户：{user}</source>
            <translation>Users and roles are on. Signed in: {user}</translation>
        </message>
        <message>
            <source>已停用</source>
            <translation>Deactivated</translation>
        </message>
        <message>
            <source>锁定至 {at}</source>
            <translation>Locked until {at}</translation>
        </message>
        <message>
            <source>正常</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>（须改密码）</source>
            <translation> (must change password)</translation>
        </message>
        <message>
            <source>修改用户 {name}</source>
            <translation>Edit user {name}</translation>
        </message>
        <message>
            <source>为 {name} 生成一次性密码并解除锁定吗？对方登录后须立即设置新密码。</source>
            <translation>Create a one-time password for {name} and unlock the account? They must choose a new password right after signing in.</translation>
        </message>
        <message>
            <source>{name} 的一次性密码：{password}
请当面或电话告知本人。</source>
            <translation>One-time password for {name}: {password}
Tell them in person or by phone.</translation>
        </message>
        <message>
            <source>登录 — 应急资源台账</source>
            <translation>Sign in — EmergencyDesk</translation>
        </message>
        <message>
            <source>用户名</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>登录</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>两次输入的新密码不一致</source>
            <translation>the two new passwords differ</translation>
        </message>
        <message>
            <source>请设置新密码（当前是一次性密码）</source>
            <translation>Choose a new password (you used a one-time password)</translation>
        </message>
        <message>
            <source>修改我的密码</source>
            <translation>Change my password</translation>
        </message>
        <message>
            <source>原密码</source>
            <translation>Current password</translation>
        </message>
        <message>
            <source>新密码</source>
            <translation>New password</translation>
        </message>
        <message>
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>再输一次新密码</source>
            <translation>New password again</translation>
        </message>
        <message>
            <source>导出完整身份证号（默认打码；要修改后再导入时用）</source>
            <translation>Export full ID numbers (masked by default; use this to edit and import back)</translation>
        </message>
        <message>
            <source>不导出身份证号、手机号码、出生日期等个人信息列</source>
            <translation>Leave out personal columns (ID number, mobile, date of birth…)</translation>
        </message>
        <message>
            <source>身份证号已打码。需要完整身份证号（如修改后再导入）时请加 --full-id。</source>
            <translation>ID numbers are masked. Add --full-id for full numbers (e.g. to edit and import back).</translation>
        </message>
        <message>
            <source>磁盘空间不足，本次没有写入任何内容。请清理磁盘（{path} 所在的盘）后重试。</source>
            <translation>The disk is full; nothing was written. Please free some space on the drive of {path} and try again.</translation>
        </message>
        <message>
            <source>数据库 {path} 或其所在文件夹是只读的（或没有写入权限），本次没有写入任何内容。请把数据库放到可写的文件夹。</source>
            <translation>The database {path} or its folder is read-only (or not writable); nothing was written. Please put the database in a writable folder.</translation>
        </message>
        <message>
            <source>数据库 {path} 正被另一个程序写入，本次没有写入任何内容。请稍后重试。</source>
            <translation>The database {path} is being written by another program; nothing was written. Please try again later.</translation>
        </message>
        <message>
            <source>读写数据库 {path} 时出错（磁盘或 U 盘可能已拔出），本次没有写入任何内容。请检查磁盘后重试。</source>
            <translation>Error reading or writing the database {path} (the disk or USB stick may have been removed); nothing was written. Please check the disk and try again.</translation>
        </message>
        <message>
            <source>磁盘空间不足</source>
            <translation>the disk is full</translation>
        </message>
        <message>
            <source>磁盘是只读的</source>
            <translation>the disk is read-only</translation>
        </message>
        <message>
            <source>没有写入权限，或文件正被其他程序使用</source>
            <translation>no permission to write, or the file is in use by another program</translation>
        </message>
        <message>
            <source>目标磁盘或文件夹已不可用（U 盘可能已拔出）</source>
            <translation>the destination drive or folder is no longer available (the USB stick may have been removed)</translation>
        </message>
        <message>
            <source>无法写入 {path}：{err}，文件没有保存。请检查磁盘空间或换一个位置。</source>
            <translation>Cannot write {path}: {err}; the file was not saved. Please check the free disk space or choose another place.</translation>
        </message>
        <message>
            <source>身份证号是打码的（导出时隐去了中间数字），不能用来导入。请改用“含完整身份证号”方式导出的文件</source>
            <translation>This ID number is masked (its middle digits were hidden on export) and cannot be imported. Use a file exported with full ID numbers</translation>
        </message>
        <message>
            <source>这个文件是“不含个人信息”的导出，只供查阅和分发，不能导入：没有身份证号就认不出人员，导入会重复添加。要修改后导入，请用“含完整身份证号”方式重新导出。</source>
            <translation>This file was exported without personal data; it is for reading and handing out, not for importing: without ID numbers people cannot be recognised and would be added twice. To edit and import, export again with full ID numbers.</translation>
        </message>
        <message>
            <source>每日自动</source>
            <translation>daily (automatic)</translation>
        </message>
        <message>
            <source>手动</source>
            <translation>manual</translation>
        </message>
        <message>
            <source>恢复前</source>
            <translation>before restore</translation>
        </message>
        <message>
            <source>升级前</source>
            <translation>before upgrade</translation>
        </message>
        <message>
            <source>损坏的原文件</source>
            <translation>damaged original</translation>
        </message>
        <message>
            <source>演示数据前</source>
            <translation>before demo data</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>{n} MB</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} KB</translation>
        </message>
        <message>
            <source>备份与恢复…</source>
            <translation>Backup and restore…</translation>
        </message>
        <message>
            <source>导出中的个人信息</source>
            <translation>Personal data in the export</translation>
        </message>
        <message>
            <source>导出的文件可能被复制和转发。请选择身份证号等个人信息如何导出：</source>
            <translation>Exported files may be copied and passed on. Choose how ID numbers and other personal data are exported:</translation>
        </message>
        <message>
            <source>身份证号打码（推荐，如 3410**********1234）</source>
            <translation>Masked ID numbers (recommended, e.g. 3410**********1234)</translation>
        </message>
        <message>
            <source>完整身份证号（修改后要再导入时选这一项）</source>
            <translation>Full ID numbers (choose this to edit and import back)</translation>
        </message>
        <message>
            <source>不含个人信息（去掉身份证号、手机号码、出生日期等列；只供查阅，不能再导入）</source>
            <translation>No personal data (without ID number, mobile, date of birth…; for reading only, cannot be imported back)</translation>
        </message>
        <message>
            <source>身份证号是打码的（导出时隐去了中间数字），找不到姓名和号码都相符的在册人员。新增人员请填写完整身份证号，或改用“含完整身份证号”方式导出的文件</source>
            <translation>The ID number is masked (its middle digits were hidden on export) and no person on record has this name and these digits. For a new person enter the full ID number, or use a file exported with full ID numbers</translation>
        </message>
        <message>
            <source>导出完整身份证号</source>
            <translation>export full ID numbers</translation>
        </message>
        <message>
            <source>“六有”自查：各乡镇达标项数</source>
            <translation>"Six haves" self-check: items met per township</translation>
        </message>
        <message>
            <source>过期</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>低于定额</source>
            <translation>Below quota</translation>
        </message>
        <message>
            <source>无信息员</source>
            <translation>No officer</translation>
        </message>
        <message>
            <source>人数不足</source>
            <translation>Under strength</translation>
        </message>
        <message>
            <source>保险或证书到期</source>
            <translation>Insurance or certificate due</translation>
        </message>
        <message>
            <source>评估超期</source>
            <translation>Review overdue</translation>
        </message>
        <message>
            <source>从未演练</source>
            <translation>Never drilled</translation>
        </message>
        <message>
            <source>图表</source>
            <translation>Chart</translation>
        </message>
        <message>
            <source>物资有效期分布</source>
            <translation>Expiry timeline</translation>
        </message>
        <message>
            <source>物资按类别统计</source>
            <translation>Stock by category</translation>
        </message>
        <message>
            <source>救援队伍人数</source>
            <translation>Rescue team headcount</translation>
        </message>
        <message>
            <source>各月演练次数</source>
            <translation>Drills per month</translation>
        </message>
        <message>
            <source>“六有”自查</source>
            <translation>"Six haves" self-check</translation>
        </message>
        <message>
            <source>导入分类表…</source>
            <translation>Import category table…</translation>
        </message>
        <message>
            <source>从 Excel 导入更完整的分类表（分类编码、名称、备注）</source>
            <translation>Import a fuller category table from Excel (code, name, remark)</translation>
        </message>
        <message>
            <source>本表为在岗人员全部名单（officers、members）：表中没有的人员按今天办理离任/离队，保留历史记录</source>
            <translation>the file is the complete list of people in post (officers, members): those missing from it leave as of today, their history kept</translation>
        </message>
        <message>
            <source>有错误时，把被拒绝的行（原表头，另加“错误说明”列）保存到该文件，改好后可再导入</source>
            <translation>when rows are rejected, save them to this file (original header plus an 错误说明 column) to fix and import again</translation>
        </message>
        <message>
            <source>--errors-out 不能是要导入的文件本身</source>
            <translation>--errors-out must not be the file being imported</translation>
        </message>
        <message>
            <source>被拒绝的 {n} 行（含“错误说明”列）已保存到 {path}，改好后可直接再导入。</source>
            <translation>The {n} rejected {n|row|rows} (with an 错误说明 column) were saved to {path}; fix them and import the file again.</translation>
        </message>
        <message>
            <source>请填写身份证号，或手机号码（用来找到“{name}”）</source>
            <translation>fill in the ID number or the mobile number (to find “{name}”)</translation>
        </message>
        <message>
            <source>找不到人员“{name}”（按身份证号，没有时按姓名+手机号码）。请先在队员或灾害信息员中登记此人</source>
            <translation>no person “{name}” found (by ID number, else name + mobile). Register this person as a team member or officer first</translation>
        </message>
        <message>
            <source>身份证号登记的姓名是“{other}”，不是“{name}”</source>
            <translation>this ID number is registered to “{other}”, not “{name}”</translation>
        </message>
        <message>
            <source>不在本表中、将离队 {n} 人。</source>
            <translation> {n} {n|member|members} not in this list will leave their teams.</translation>
        </message>
        <message>
            <source>不在本表中、已离队 {n} 人。</source>
            <translation> {n} {n|member|members} not in this list have left their teams.</translation>
        </message>
        <message>
            <source>不在本表中、将离任 {n} 人。</source>
            <translation> {n} {n|person|people} not in this list will leave their posts.</translation>
        </message>
        <message>
            <source>不在本表中、已离任 {n} 人。</source>
            <translation> {n} {n|person|people} not in this list have left their posts.</translation>
        </message>
        <message>
            <source>与第 {row} 行（同一协议）填写的不一致：“{a}”与“{b}”</source>
            <translation>differs from row {row} (same agreement): “{a}” and “{b}”</translation>
        </message>
        <message>
            <source>填写了协议数量，请同时填写物资名称</source>
            <translation>an agreed quantity is given; fill in the item name too</translation>
        </message>
        <message>
            <source>协议数量应大于 0</source>
            <translation>the agreed quantity must be greater than 0</translation>
        </message>
        <message>
            <source>同一协议中这种物资出现了两次，请合并为一行</source>
            <translation>this item appears twice in the same agreement; merge it into one row</translation>
        </message>
        <message>
            <source>原第 {row} 行：{why}</source>
            <translation>Original row {row}: {why}</translation>
        </message>
        <message>
            <source>离队：{team} {name}（{role}）</source>
            <translation>Leaves the team: {team} {name} ({role})</translation>
        </message>
        <message>
            <source>离任：{where} {name}（{post}）</source>
            <translation>Leaves: {where} {name} ({post})</translation>
        </message>
        <message>
            <source>只有灾害信息员（officers）和队员（members）可以按全部名单替换（--replace）</source>
            <translation>Only officers and members can be imported as a complete list (--replace)</translation>
        </message>
        <message>
            <source>从 Excel 导入队伍、队员、装备或证书</source>
            <translation>Import teams, members, equipment or certificates from Excel</translation>
        </message>
        <message>
            <source>{title}花名册_{s}.pdf</source>
            <translation>{title}_roster_{s}.pdf</translation>
        </message>
        <message>
            <source>{name}_被拒绝的行.xlsx</source>
            <translation>{name}_rejected_rows.xlsx</translation>
        </message>
        <message>
            <source>签到表对应的培训：培训名称、日期（如 2025-04-01）或“名称@日期”；默认最近一次灾害信息员培训（仅 training-signin）</source>
            <translation>The training of the sign-in sheet: title, date (e.g. 2025-04-01) or "title@date"; default the latest officer training (training-signin only)</translation>
        </message>
        <message>
            <source>按各台账预警规则自动判定：有班子＝已录入应急管理领导小组；有机制＝值班表无空档；有预案＝P5；有队伍＝T1；有物资＝S3、S9；有培训演练＝O4、T4、P2、P3。“未录入”表示该项所依据的台账尚无记录，无法判定，不计入达标项；达标项＝达标项数/已判定项数。</source>
            <translation type="vanished">Judged from the registers' rules: leadership = a leadership group recorded; mechanism = a duty roster without gaps; plans = P5; team = T1; supplies = S3, S9; training and drills = O4, T4, P2, P3. "Not entered" means the register behind the item holds nothing yet, so it cannot be judged and is not counted; items met = met / judged.</translation>
        </message>
        <message>
            <source>--event 只用于培训签到表（training-signin），报表“{name}”不需要。</source>
            <translation>--event is only for the training sign-in sheet (training-signin); report "{name}" does not take it.</translation>
        </message>
        <message>
            <source>尚未登记培训对象为“灾害信息员”的培训，无法生成签到表。请先在“培训”页新增培训。</source>
            <translation>No training for information officers recorded yet, so there is no sign-in sheet. Add a training on the Trainings page first.</translation>
        </message>
        <message>
            <source>没有找到培训“{v}”。请写培训名称、培训日期（如 2025-04-01）或“培训名称@日期”。</source>
            <translation>Training "{v}" not found. Write the title, the date (e.g. 2025-04-01) or "title@date".</translation>
        </message>
        <message>
            <source>“{v}”对应多次培训：{list}。请写“培训名称@日期”。</source>
            <translation>"{v}" matches several trainings: {list}. Write "title@date".</translation>
        </message>
        <message>
            <source>组织单位：{v}；层级：{l}；类型：{k}；培训对象：{a}</source>
            <translation>Organiser: {v}; level: {l}; type: {k}; audience: {a}</translation>
        </message>
        <message>
            <source>名单为应到人员（已登记参训的按登记名单，否则为在岗灾害信息员）；名单外到场人员请在末尾空行补签。</source>
            <translation>The list shows who is expected (recorded attendees, otherwise the officers on post); people not on it sign on the blank lines at the end.</translation>
        </message>
        <message>
            <source>名单为已登记的参训人员；名单外到场人员请在末尾空行补签。</source>
            <translation>The list shows the recorded attendees; people not on it sign on the blank lines at the end.</translation>
        </message>
        <message>
            <source>统计年度：{y} 年；培训率 = 本年参加过灾害信息员培训的在岗人数 ÷ 在岗人数（按人计，一人兼两岗只计一人；救援队伍的训练演练不计）；各层级目标可在“设置”中修改。</source>
            <translation>Year: {y}; training rate = people on post who attended an officer training this year ÷ people on post (people, not posts: one person with two posts counts once; rescue-team drills do not count); each level's target can be changed in Settings.</translation>
        </message>
        <message>
            <source>没有灾害信息员培训记录，请安排参加培训</source>
            <translation>No officer training on record; arrange training</translation>
        </message>
        <message>
            <source>最近一次灾害信息员培训 {d}，已超过 {n} 个月，请安排参加培训</source>
            <translation>Last officer training {d}, more than {n} {n|month|months} ago; arrange training</translation>
        </message>
        <message>
            <source>{year} 年参加灾害信息员培训 {k}/{n} 人（{rate:.0f}%），低于目标 {target:.0f}%（{source}），请组织未培训人员参训</source>
            <translation>{k}/{n} {n|person|people} attended an officer training in {year} ({rate:.0f}%), below the target {target:.0f}% ({source}); arrange training for the others</translation>
        </message>
        <message>
            <source>本预案规定</source>
            <translation>this plan's own cycle</translation>
        </message>
        <message>
            <source>国办发〔2024〕5号</source>
            <translation>Guobanfa [2024] No. 5</translation>
        </message>
        <message>
            <source>本单位默认设置</source>
            <translation>office default setting</translation>
        </message>
        <message>
            <source>评估期限 {due} 已过（每 {n} 年评估一次，依据：{source}），请组织评估或修订</source>
            <translation>Evaluation was due {due} (every {n} {n|year|years}, per {source}); evaluate or revise the plan</translation>
        </message>
        <message>
            <source>缺少专项预案：{items}。请编制；已有的请在预案“事件类别”中写明专项类别，如“自然灾害/{first}”</source>
            <translation>Missing special plans: {items}. Draw them up; for existing ones write the specific category in the plan's event category, e.g. "自然灾害/{first}"</translation>
        </message>
        <message>
            <source>演练后未开展评估，请组织评估并填写评估结论</source>
            <translation>Not evaluated after the drill; evaluate it and record the conclusion</translation>
        </message>
        <message>
            <source>存在问题未整改：{p}，请落实整改并登记整改情况</source>
            <translation>Problems not rectified: {p}; rectify them and record it</translation>
        </message>
        <message>
            <source>从未盘点（现存物资最早 {d} 入库），请组织盘点</source>
            <translation>Never counted (oldest stock on hand received {d}); organise a stocktake</translation>
        </message>
        <message>
            <source>最近盘点 {d}，已超过 {n} 个月，请组织盘点</source>
            <translation>Last stocktake {d}, more than {n} {n|month|months} ago; organise a stocktake</translation>
        </message>
        <message>
            <source>没有训练或演练记录，请组织队伍训练或参加演练</source>
            <translation>No training or drill on record; organise team training or a drill</translation>
        </message>
        <message>
            <source>最近一次训练或演练为 {d}，已超过 {n} 个月，请组织队伍训练或参加演练</source>
            <translation>Last training or drill {d}, more than {n} {n|month|months} ago; organise team training or a drill</translation>
        </message>
        <message>
            <source>缺少完好且在有效期内的{cats}类装备，请按配备标准补充</source>
            <translation>No serviceable, unexpired {cats} equipment; add it to the standard</translation>
        </message>
        <message>
            <source>参演队伍不存在或已删除，请重新选择</source>
            <translation>A team taking part does not exist or was deleted; choose again</translation>
        </message>
        <message>
            <source>未录入</source>
            <translation>Not entered</translation>
        </message>
        <message>
            <source>值班表</source>
            <translation>duty roster</translation>
        </message>
        <message>
            <source>未录入：{ids}</source>
            <translation>Not entered: {ids}</translation>
        </message>
        <message>
            <source>值班表尚未录入</source>
            <translation type="vanished">No duty roster entered yet</translation>
        </message>
        <message>
            <source>没有名为“{name}”的救援队伍，请核对队伍名称</source>
            <translation>No rescue team named "{name}"; check the team name</translation>
        </message>
        <message>
            <source>本单位设置</source>
            <translation>office setting</translation>
        </message>
        <message>
            <source>培训对象</source>
            <translation>Audience</translation>
        </message>
        <message>
            <source>只有“灾害信息员”培训计入灾害信息员培训率和培训超期提醒（O4、O5）</source>
            <translation>Only trainings for information officers count for the officers' training rate and overdue reminders (O4, O5)</translation>
        </message>
        <message>
            <source>如 自然灾害/防汛抗旱</source>
            <translation>e.g. 自然灾害/防汛抗旱</translation>
        </message>
        <message>
            <source>专项预案写明专项类别，按它核对应配备的专项预案（P5）</source>
            <translation>For special plans write the specific category; the required special plans are checked against it (P5)</translation>
        </message>
        <message>
            <source>参演救援队伍</source>
            <translation>Rescue teams taking part</translation>
        </message>
        <message>
            <source>队伍名称，多个用“、”分隔</source>
            <translation>Team names, separated by 、</translation>
        </message>
        <message>
            <source>计为这些救援队伍的演练（T4）；参演单位中写出的队伍名称也会计入</source>
            <translation>Counts as a drill of these rescue teams (T4); team names written in the participating units count too</translation>
        </message>
        <message>
            <source>未达标及未录入事项</source>
            <translation>Items not met or not entered</translation>
        </message>
        <message>
            <source>未达标、未录入项目及问题</source>
            <translation>Items not met or not entered, and problems</translation>
        </message>
        <message>
            <source>各乡镇已判定的“六有”项目均已达标。</source>
            <translation>Every township meets all the judged items.</translation>
        </message>
        <message>
            <source>{item}：各乡镇均{what}，无法判定。</source>
            <translation>{item}: no township has data ({what}); cannot be judged.</translation>
        </message>
        <message>
            <source>未录入值班表</source>
            <translation>No duty roster entered</translation>
        </message>
        <message>
            <source>该储备定额已不存在</source>
            <translation>This reserve quota no longer exists</translation>
        </message>
        <message>
            <source>该协议储备已不存在</source>
            <translation>This agreement reserve no longer exists</translation>
        </message>
        <message>
            <source>按统计用区划代码（2023，数据截至 2023-06-30）建立本县的乡镇和村（社区），并设置单位名称</source>
            <translation>Build the county's townships and villages/communities from the statistical division codes (2023, data as of 2023-06-30) and set the office name</translation>
        </message>
        <message>
            <source>6 位县级区划代码，如 341023</source>
            <translation>6-digit county code, e.g. 341023</translation>
        </message>
        <message>
            <source>只建这一个乡镇（9 位或 12 位代码，或名称）：乡镇办公室用</source>
            <translation>Build only this township (9- or 12-digit code, or its name): for a township office</translation>
        </message>
        <message>
            <source>单位名称，如 浮梁县应急管理局（印在报表上）</source>
            <translation>Office name, e.g. 浮梁县应急管理局 (printed on reports)</translation>
        </message>
        <message>
            <source>单位名称：{office}。区划数据截至 2023-06-30；此后的村（社区）变动请在“行政区划”页中修改。</source>
            <translation>Office name: {office}. Region data as of 2023-06-30; later village changes are edited on the Regions page.</translation>
        </message>
        <message>
            <source>按简称或去掉村委会、居委会、人民政府后对应的区划：{m}</source>
            <translation>Regions matched by a short form or without 村委会/居委会/人民政府: {m}</translation>
        </message>
        <message>
            <source>不能为空（没有 12 位区划代码时，请填写 县 / 乡镇 / 村 / 社区）</source>
            <translation>Required (without a 12-digit code, write 县 / 乡镇 / 村 / 社区)</translation>
        </message>
        <message>
            <source>程序自带的区划数据文件 {path} 已损坏或缺失（{why}）。请重新安装本程序；已有数据没有改动。</source>
            <translation>The bundled region data file {path} is damaged or missing ({why}). Please reinstall the program; no data was changed.</translation>
        </message>
        <message>
            <source>文件不存在</source>
            <translation>file not found</translation>
        </message>
        <message>
            <source>{county}：{towns} 个乡镇（街道），{villages} 个村（社区）</source>
            <translation>{county}: {towns} {towns|township|townships}, {villages} {villages|village/community|villages/communities}</translation>
        </message>
        <message>
            <source>，均已存在，未作改动。</source>
            <translation>, all already present; nothing changed.</translation>
        </message>
        <message>
            <source>；本次新建 {n} 个区划。</source>
            <translation>; {n} {n|region|regions} created.</translation>
        </message>
        <message>
            <source>有多个“{name}”，请用 6 位县级代码：{list}</source>
            <translation>There are several “{name}”; use the 6-digit county code: {list}</translation>
        </message>
        <message>
            <source>找不到县级区划“{code}”（应为 6 位县级代码，如 341023）。</source>
            <translation>No county “{code}” (expected a 6-digit county code such as 341023). </translation>
        </message>
        <message>
            <source>最接近的是：{names}</source>
            <translation>Closest: {names}</translation>
        </message>
        <message>
            <source>请填写单位名称（如 浮梁县应急管理局），它印在每一份报表上。</source>
            <translation>Please give the office name (e.g. 浮梁县应急管理局); it is printed on every report.</translation>
        </message>
        <message>
            <source>单位名称不能超过 100 个字</source>
            <translation>The office name cannot be longer than 100 characters</translation>
        </message>
        <message>
            <source>{county}没有乡镇（街道）“{town}”。{county}的乡镇（街道）有：{list}</source>
            <translation>{county} has no township “{town}”. Townships of {county}: {list}</translation>
        </message>
        <message>
            <source>初始化本单位的区划和单位名称</source>
            <translation>set up the office's regions and name</translation>
        </message>
        <message>
            <source>数据库中已有另一个县“{other}”，没有写入任何数据。一个数据库只放一个县的台账；请用 --db 另建一个数据库文件。</source>
            <translation>The database already holds another county, “{other}”; nothing was written. One database holds one county's registers; use --db to create another database file.</translation>
        </message>
        <message>
            <source>请填写本单位名称（印在每一份报表的“填报单位”处，以后可在“设置”页修改）：</source>
            <translation>Office name (printed as 填报单位 on every report; can be changed later on the Settings page):</translation>
        </message>
        <message>
            <source>第一次使用 — 应急资源台账</source>
            <translation>First use — EmergencyDesk</translation>
        </message>
        <message>
            <source>&lt;b&gt;欢迎使用应急资源台账。&lt;/b&gt;请选择本单位所在的县（区），程序会按国家统计局的统计用区划代码建立全县的乡镇（街道）和村（社区），并把单位名称印在每一份报表上。</source>
            <translation>&lt;b&gt;Welcome to EmergencyDesk.&lt;/b&gt; Choose your office's county: the program builds its townships and villages/communities from the National Bureau of Statistics' division codes and prints the office name on every report.</translation>
        </message>
        <message>
            <source>搜索县（区）：名称、拼音首字母或代码，如 浮梁、flx、360222</source>
            <translation>Search a county: name, pinyin initials or code, e.g. 浮梁, flx, 360222</translation>
        </message>
        <message>
            <source>省</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>市</source>
            <translation>City</translation>
        </message>
        <message>
            <source>范围</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>如 浮梁县应急管理局、经公桥镇人民政府</source>
            <translation>e.g. 浮梁县应急管理局, 经公桥镇人民政府</translation>
        </message>
        <message>
            <source>单位名称</source>
            <translation>Office name</translation>
        </message>
        <message>
            <source>区划数据：统计用区划代码 2023 年版，数据截至 {d}（这是最后一版含村级的公开数据）。此后村（社区）的撤并、更名和新设，请在“行政区划”页中自行修改；自然村、组、片区也可以在那里添加。</source>
            <translation>Region data: statistical division codes, 2023 edition, data as of {d} (the last edition published down to villages). Later mergers, renamings and new villages are edited on the Regions page, where natural villages, groups and areas can be added too.</translation>
        </message>
        <message>
            <source>先看看演示数据</source>
            <translation>Look at the demo first</translation>
        </message>
        <message>
            <source>演示县（黟县）放在单独的数据库文件中，不会混入本单位的数据</source>
            <translation>The demo county (黟县) lives in its own database file and never mixes with your office's data</translation>
        </message>
        <message>
            <source>以后再说</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>建立本单位台账</source>
            <translation>Set up my office</translation>
        </message>
        <message>
            <source>全部省份</source>
            <translation>All provinces</translation>
        </message>
        <message>
            <source>全部城市</source>
            <translation>All cities</translation>
        </message>
        <message>
            <source>全县（全部乡镇、街道）</source>
            <translation>Whole county (all townships)</translation>
        </message>
        <message>
            <source>区划数据损坏</source>
            <translation>Region data damaged</translation>
        </message>
        <message>
            <source>只建 {name}（{code}）</source>
            <translation>Only {name} ({code})</translation>
        </message>
        <message>
            <source>{town}人民政府</source>
            <translation>{town}人民政府</translation>
        </message>
        <message>
            <source>{county}应急管理局</source>
            <translation>{county}应急管理局</translation>
        </message>
        <message>
            <source>没有建立</source>
            <translation>Not set up</translation>
        </message>
        <message>
            <source>已建立</source>
            <translation>Set up</translation>
        </message>
        <message>
            <source>工作台 · {d}</source>
            <translation>Dashboard · {d}</translation>
        </message>
        <message>
            <source>按简称或去掉村委会、居委会、人民政府后对应的区划：</source>
            <translation>Regions matched by a short form or without 村委会/居委会/人民政府:</translation>
        </message>
        <message>
            <source>按区划代码建立本县区划…</source>
            <translation>Build the county's regions from the division codes…</translation>
        </message>
        <message>
            <source>应急资源台账 {v}
乡镇、县应急管理办公室的应急物资、救援队伍、灾害信息员和应急预案台账。
数据库：{path}
字体：Droid Sans Fallback（Apache-2.0）
区划数据：统计用区划代码 2023 年版，数据截至 {cutoff}</source>
            <translation>EmergencyDesk {v}
Registers of emergency supplies, rescue teams, disaster-information officers and emergency plans for township and county emergency offices.
Database: {path}
Font: Droid Sans Fallback (Apache-2.0)
Region data: statistical division codes, 2023 edition, as of {cutoff}</translation>
        </message>
        <message>
            <source>正在建立区划…</source>
            <translation>Building the regions…</translation>
        </message>
        <message>
            <source>为文件中缺少的列统一填写一个值，如 --set 所属区划=碧阳镇（可重复）</source>
            <translation>set one value for a column the file lacks, e.g. --set 所属区划=碧阳镇 (repeatable)</translation>
        </message>
        <message>
            <source>--set 应写成 列名=值，如 --set 所属区划=碧阳镇；现为“{v}”</source>
            <translation>--set takes COLUMN=VALUE, e.g. --set 所属区划=碧阳镇; got "{v}"</translation>
        </message>
        <message>
            <source>请写成 1980-03-15 或 1980.03</source>
            <translation>write it as 1980-03-15 or 1980.03</translation>
        </message>
        <message>
            <source>请写成 2024-05-01</source>
            <translation>write it as 2024-05-01</translation>
        </message>
        <message>
            <source>不是有效的日期：“{v}”，{hint}</source>
            <translation>not a valid date: "{v}"; {hint}</translation>
        </message>
        <message>
            <source>{why}：“{v}”，{hint}</source>
            <translation>{why}: "{v}"; {hint}</translation>
        </message>
        <message>
            <source>日期晚于今天</source>
            <translation>date is later than today</translation>
        </message>
        <message>
            <source>日期年份不合理</source>
            <translation>implausible year in date</translation>
        </message>
        <message>
            <source>月份不存在</source>
            <translation>no such month</translation>
        </message>
        <message>
            <source>需要具体到日：“{v}”，请写成 2024-05-01</source>
            <translation type="vanished">a full date with the day is needed: "{v}"; write it as 2024-05-01</translation>
        </message>
        <message>
            <source>只有年份，缺少月份</source>
            <translation>only a year, the month is missing</translation>
        </message>
        <message>
            <source>是数字，不是日期</source>
            <translation>is a number, not a date</translation>
        </message>
        <message>
            <source>“{v}”是 1 月还是 10 月无法确定（数字格式会丢掉末尾的 0）；请写成文本 {y}.01 或 {y}.10</source>
            <translation>"{v}" could be January or October (a number cell drops the trailing 0); write it as text {y}.01 or {y}.10</translation>
        </message>
        <message>
            <source>跳过 {n} 行表尾（合计、填表人等）。</source>
            <translation> Skipped {n} footer {n|row|rows} (totals, signatures, notes).</translation>
        </message>
        <message>
            <source>未对应的列已随记录保存：{cols}。</source>
            <translation> Columns matching no field were kept with the records: {cols}.</translation>
        </message>
        <message>
            <source>未对应的列没有导入：{cols}。</source>
            <translation> Columns matching no field were not imported: {cols}.</translation>
        </message>
        <message>
            <source>工作表“{sheet}”缺少必填列：{cols}。请按模板填写表头，或在导入时统一填写该列（如 --set {col}=…）。</source>
            <translation>Sheet "{sheet}" lacks required columns: {cols}. Please use the template's header, or set one value for the whole file (e.g. --set {col}=…).</translation>
        </message>
        <message>
            <source>“{name}”不是本台账的列，不能统一填写。可用的列：{cols}</source>
            <translation>"{name}" is not a column of this register and cannot be set. Columns: {cols}</translation>
        </message>
        <message>
            <source>统一填写的“{col}”不正确：{reason}</source>
            <translation>The value set for "{col}" is not valid: {reason}</translation>
        </message>
        <message>
            <source>统一填写的“{col}”是空的</source>
            <translation>The value set for "{col}" is empty</translation>
        </message>
        <message>
            <source>新建物资品目 {n} 个：{names}。</source>
            <translation> New catalogue items: {n} ({names}).</translation>
        </message>
        <message>
            <source>物资“{name}”有多个规格（{specs}），请填写规格型号</source>
            <translation>Item "{name}" has several specifications ({specs}); please fill in 规格型号</translation>
        </message>
        <message>
            <source>数量的单位“{a}”与计量单位“{b}”不一致</source>
            <translation>the quantity's unit "{a}" differs from the unit "{b}"</translation>
        </message>
        <message>
            <source>单位“{a}”与物资品目“{name}”的计量单位“{b}”不一致</source>
            <translation>unit "{a}" differs from the unit "{b}" of catalogue item "{name}"</translation>
        </message>
        <message>
            <source>必填列“{c}”还没有对应的列，也没有统一填写</source>
            <translation>The required field "{c}" is not matched to a column and has no value set</translation>
        </message>
        <message>
            <source>打印完整身份证号（默认打码；保险公司、银行需要时用）</source>
            <translation>print whole ID numbers (masked by default; for insurers and banks)</translation>
        </message>
        <message>
            <source>打印完整身份证号</source>
            <translation>print whole ID numbers</translation>
        </message>
        <message>
            <source>尚未登记在岗灾害信息员：以下缺口清单列出每个需要配备的乡镇和村（社区）。请在“灾害信息员”页新增或导入花名册。</source>
            <translation>No active officers are registered: the gap list below names every township and village (community) that needs one. Add or import the roster on the Officers page.</translation>
        </message>
        <message>
            <source>无法检查配备情况：尚未建立乡镇和村（社区）。请先在“行政区划”页从区划代码建立区划树或导入区划，再打印本表。</source>
            <translation>Coverage cannot be checked: no townships or villages (communities) exist yet. First build the region tree from the official codes or import regions on the Regions page, then print this form.</translation>
        </message>
        <message>
            <source>本表含完整身份证号，请妥善保管，用后及时销毁。</source>
            <translation>This form contains whole ID numbers: keep it safe and destroy it after use.</translation>
        </message>
        <message>
            <source>填表人（签字）：</source>
            <translation>Prepared by (signature):</translation>
        </message>
        <message>
            <source>审核人（签字）：</source>
            <translation>Reviewed by (signature):</translation>
        </message>
        <message>
            <source>单位负责人（签字）：</source>
            <translation>Head of unit (signature):</translation>
        </message>
        <message>
            <source>联系电话：</source>
            <translation>Phone: </translation>
        </message>
        <message>
            <source>填报日期：</source>
            <translation>Date: </translation>
        </message>
        <message>
            <source>单位（盖章）：</source>
            <translation>Unit (seal):</translation>
        </message>
        <message>
            <source>____年___月___日</source>
            <translation>____-___-___</translation>
        </message>
        <message>
            <source>　保管人：{name}</source>
            <translation>  Keeper: {name}</translation>
        </message>
        <message>
            <source>{title}（续）</source>
            <translation>{title} (continued)</translation>
        </message>
        <message>
            <source>默认打码，只印前 4 位和后 4 位；保险公司、银行需要时勾选（启用角色时仅管理员）</source>
            <translation>Masked by default (first 4 and last 4 digits only); tick when an insurer or bank needs them (administrators only when roles are on)</translation>
        </message>
        <message>
            <source>预览</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>打印…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>第 1 页，共 {n} 页</source>
            <translation>Page 1 of {n}</translation>
        </message>
        <message>
            <source>数据库 {path} 已在另一个应急资源台账窗口中打开{shown}。同一个数据库同时只能在一个窗口中修改。</source>
            <translation>The database {path} is already open in another EmergencyDesk window{shown}. Only one window at a time can change a database.</translation>
        </message>
        <message>
            <source>，已把那个窗口切换到前面</source>
            <translation>; that window has been brought to the front</translation>
        </message>
        <message>
            <source>依据文件：S0《黟县“十四五”应急管理体系和能力建设规划》（2022年8月）；S1《浮梁县“十四五”应急体系规划》（2021年12月）；S2 区级应急管理五年及年度工作总结；S3《加强应急管理工作的几点建议》（(4) 武胜县政协调研报告）；F2《突发事件应急预案管理办法》（国办发〔2024〕5号）；F3《生产安全事故应急预案管理办法》（应急管理部令第2号）；F5《中央级救灾储备物资管理办法》（民发〔2002〕193号）。</source>
            <translation>Sources: S0 Yixian 14th Five-Year Plan for the emergency management system (Aug 2022); S1 Fuliang County 14th Five-Year emergency plan (Dec 2021); S2 a district's five-year and annual emergency work summary; S3 "Suggestions for strengthening emergency management" ((4) Wusheng County CPPCC survey); F2 Measures for the Management of Emergency Plans (国办发〔2024〕5号); F3 Measures for Work-Safety Accident Emergency Plans (Ministry of Emergency Management Order No. 2); F5 Measures for Central Disaster-Relief Reserves (民发〔2002〕193号).</translation>
        </message>
        <message>
            <source>月份</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>全部（本县）</source>
            <translation>All (whole county)</translation>
        </message>
        <message>
            <source>回收站是空的：删除的记录会先放在这里，可以恢复。</source>
            <translation>The recycle bin is empty: deleted records are kept here first and can be restored.</translation>
        </message>
        <message>
            <source>还没有行政区划：点击“导入”导入区划表（可直接用统计用区划代码表），或点击“新增”依次建立县、乡镇和村（社区）。其他台账都挂在区划上。</source>
            <translation type="vanished">No regions yet: click "Import" to import a region table (the official statistical region codes work as they are), or "New" to add the county, townships and villages (communities). Every other register hangs off the regions.</translation>
        </message>
        <message>
            <source>提示：</source>
            <translation>Note: </translation>
        </message>
        <message>
            <source>备份 {path} 的结构或内容与本程序创建的不符（{detail}），没有恢复，现有数据未改动。请选择另一份备份。</source>
            <translation>The structure or content of backup {path} differs from what this program creates ({detail}); nothing was restored and the current data is untouched. Please choose another backup.</translation>
        </message>
        <message>
            <source>数据库 {path} 所在的文件夹或磁盘是只读的（如光盘、写保护的 U 盘、只读的共享文件夹），只能查看和导出，不能修改。需要修改时，请把数据库复制到可写的文件夹。</source>
            <translation>The folder or disk of database {path} is read-only (a CD, a write-protected USB stick, a read-only share): you can view and export, not change. To make changes, copy the database to a writable folder.</translation>
        </message>
        <message>
            <source>数据库文件 {path} 不完整（缺少版本信息）。{advice}</source>
            <translation>The database file {path} is incomplete (its version is missing). {advice}</translation>
        </message>
        <message>
            <source>数据库文件 {path} 是一次未完成的新建（程序在建库时被中断），没有数据。</source>
            <translation>The database file {path} is an unfinished new database (the program was stopped while creating it) and holds no data.</translation>
        </message>
        <message>
            <source>此外，它需要升级到本程序的版本才能打开，而只读的文件不能升级。</source>
            <translation> It also needs upgrading to this program's version, which cannot be done to a read-only file.</translation>
        </message>
        <message>
            <source>记录已被他人修改：“{what}”在您打开之后已被保存过（可能是另一个窗口、命令行或导入）。您的修改没有保存。请关闭此窗口，重新打开该记录后再改。</source>
            <translation>The record was changed by someone else: “{what}” was saved after you opened it (another window, the command line or an import). Your changes were not saved. Please close this window, open the record again and redo your change.</translation>
        </message>
        <message>
            <source>另一个导入、恢复或保存正在写入数据库 {path}，本次没有写入任何内容。请等它完成后重试。</source>
            <translation type="vanished">Another import, restore or save is writing to database {path}; nothing was written this time. Please wait for it to finish and try again.</translation>
        </message>
        <message>
            <source>“{name}”解压后有 {mb} MB（压缩了 {ratio} 倍），超出导入的上限（{limit} MB）。台账文件不会这么大：请检查是否选错了文件，或删去多余的行和工作表后另存再导入。</source>
            <translation>“{name}” unpacks to {mb} MB (compressed {ratio} {ratio|time|times}), beyond the import limit ({limit} MB). A register is never that large: check that this is the right file, or delete surplus rows and sheets, save and import again.</translation>
        </message>
        <message>
            <source>工作表“{sheet}”（{name}）超过 {n} 行，超出导入的上限。请删去表格下方的空行和多余内容（选中多余的行→删除），或把台账分成几个文件导入。</source>
            <translation>Sheet “{sheet}” ({name}) has more than {n} {n|row|rows}, beyond the import limit. Delete the empty rows and other content below the table (select the surplus rows → Delete), or split the register into several files.</translation>
        </message>
        <message>
            <source>…还有 {n} 处错误</source>
            <translation>… and {n} more errors</translation>
        </message>
        <message>
            <source>“{name}”设置了打开密码，程序不能读取。请在 Excel 或 WPS 中打开它，取消密码（文件→信息→保护工作簿→用密码进行加密，清空密码），保存后再导入。</source>
            <translation>“{name}” has an opening password, so the program cannot read it. Open it in Excel or WPS, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), save and import again.</translation>
        </message>
        <message>
            <source>姓名只能由文字和间隔号“·”组成，现为“{v}”</source>
            <translation type="vanished">A name may hold only letters and the separator dot “·”; found “{v}”</translation>
        </message>
        <message>
            <source>“{name}”不是管理员。此命令只能重置管理员账户的密码；其他用户的密码请由管理员在“用户”页重置。</source>
            <translation>“{name}” is not an administrator. This command resets administrator accounts only; other users' passwords are reset by an administrator on the Users page.</translation>
        </message>
        <message>
            <source>备份数据库（备份中有完整的身份证号）</source>
            <translation>back up the database (a backup holds full ID numbers)</translation>
        </message>
        <message>
            <source>同一领导小组的成立文号前后不一致</source>
            <translation>The same leadership group has different founding document numbers</translation>
        </message>
        <message>
            <source>值班时段：{a} 至 {b}。24小时值班，领导干部带班；汛期加强值班。</source>
            <translation>Duty period: {a} to {b}. 24-hour duty led by a leading cadre; reinforced in the flood season.</translation>
        </message>
        <message>
            <source>缺</source>
            <translation>missing</translation>
        </message>
        <message>
            <source>这段时间没有值班安排。</source>
            <translation>No duty is scheduled for this period.</translation>
        </message>
        <message>
            <source>值班缺口（未来 {n} 天，规则 D1）</source>
            <translation>Duty gaps (next {n} {n|day|days}, rule D1)</translation>
        </message>
        <message>
            <source>无缺口。</source>
            <translation>No gaps.</translation>
        </message>
        <message>
            <source>值班记录（近 {n} 天）</source>
            <translation>Duty log (last {n} {n|day|days})</translation>
        </message>
        <message>
            <source>没有值班记录。</source>
            <translation>No duty log entries.</translation>
        </message>
        <message>
            <source>（{doc}）</source>
            <translation> ({doc})</translation>
        </message>
        <message>
            <source>尚未录入领导小组成员。</source>
            <translation>No leadership group members recorded yet.</translation>
        </message>
        <message>
            <source>按各台账预警规则自动判定：有班子＝已录入应急管理领导小组及组长；有机制＝未来几天值班无缺口（D1）；有预案＝P5；有队伍＝T1；有物资＝S3、S9；有培训演练＝O4、T4、P2、P3。“未检查”表示尚未建立该台账。</source>
            <translation type="vanished">Judged automatically from the registers' rules: leadership = an emergency leadership group with its head recorded; mechanism = no duty gaps in the coming days (D1); plans = P5; teams = T1; supplies = S3, S9; training and drills = O4, T4, P2, P3. "Not checked" means the register does not exist yet.</translation>
        </message>
        <message>
            <source>等</source>
            <translation> and more</translation>
        </message>
        <message>
            <source>未来 {days} 天中有 {n} 天值班缺口：{list}</source>
            <translation>{n} of the next {days} {days|day|days} have duty gaps: {list}</translation>
        </message>
        <message>
            <source>未录入应急管理领导小组或其组长</source>
            <translation type="vanished">No emergency leadership group or no group head recorded</translation>
        </message>
        <message>
            <source>值班日期不能为空</source>
            <translation>Duty date is required</translation>
        </message>
        <message>
            <source>值班员过长（最多 100 字）</source>
            <translation>Duty officers text too long (at most 100 characters)</translation>
        </message>
        <message>
            <source>带班领导和值班员至少填写一个</source>
            <translation>Enter at least the leader on duty or the duty officer</translation>
        </message>
        <message>
            <source>未排班</source>
            <translation>not scheduled</translation>
        </message>
        <message>
            <source>缺带班领导和值班员</source>
            <translation>no leader and no officer on duty</translation>
        </message>
        <message>
            <source>缺带班领导</source>
            <translation>no leader on duty</translation>
        </message>
        <message>
            <source>缺值班员</source>
            <translation>no duty officer</translation>
        </message>
        <message>
            <source>{day} {shift}已有值班安排，请编辑那一条</source>
            <translation>{day} {shift} is already scheduled; edit that entry instead</translation>
        </message>
        <message>
            <source>该值班安排不存在或已删除</source>
            <translation>This duty slot does not exist or was deleted</translation>
        </message>
        <message>
            <source>值班记录内容不能为空</source>
            <translation>The log entry needs its content</translation>
        </message>
        <message>
            <source>来电时间不能为空</source>
            <translation>Time received is required</translation>
        </message>
        <message>
            <source>报告时间早于来电时间</source>
            <translation>Time reported is earlier than time received</translation>
        </message>
        <message>
            <source>该值班记录不存在或已删除</source>
            <translation>This duty log entry does not exist or was deleted</translation>
        </message>
        <message>
            <source>姓名过长（最多 50 字）</source>
            <translation>Name too long (at most 50 characters)</translation>
        </message>
        <message>
            <source>该领导小组不存在或已删除，请先登记领导小组</source>
            <translation>This leadership group does not exist or was deleted; record the group first</translation>
        </message>
        <message>
            <source>{town}应急管理工作领导小组</source>
            <translation>{town} emergency management leadership group</translation>
        </message>
        <message>
            <source>“{name}”已在该领导小组中</source>
            <translation>"{name}" is already in this leadership group</translation>
        </message>
        <message>
            <source>该成员不存在或已删除</source>
            <translation>This member does not exist or was deleted</translation>
        </message>
        <message>
            <source>乡镇应急</source>
            <translation>Township duty</translation>
        </message>
        <message>
            <source>从 Excel 导入</source>
            <translation>Import from Excel</translation>
        </message>
        <message>
            <source>新增成员</source>
            <translation>Add member</translation>
        </message>
        <message>
            <source>录入领导小组或应急办的一名成员</source>
            <translation>Record a member of the leadership group or the emergency office</translation>
        </message>
        <message>
            <source>登记领导小组</source>
            <translation>Record leadership group</translation>
        </message>
        <message>
            <source>登记乡镇应急管理领导小组（名称、成立文号、日期）</source>
            <translation>Record a township emergency leadership group (name, founding document, date)</translation>
        </message>
        <message>
            <source>安排一天的带班领导和值班员</source>
            <translation>Schedule the leader and officer on duty for a day</translation>
        </message>
        <message>
            <source>时段</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>星期</source>
            <translation>Weekday</translation>
        </message>
        <message>
            <source>（缺）</source>
            <translation>(missing)</translation>
        </message>
        <message>
            <source>汛期</source>
            <translation>Flood season</translation>
        </message>
        <message>
            <source>D1 缺带班领导或值班员</source>
            <translation>D1 no leader or no officer on duty</translation>
        </message>
        <message>
            <source>等 {n} 天</source>
            <translation> ({n} {n|day|days} in all)</translation>
        </message>
        <message>
            <source>D1 未来 {days} 天值班缺口：{list}</source>
            <translation>D1 duty gaps in the next {days} {days|day|days}: {list}</translation>
        </message>
        <message>
            <source>登记一次来电或来文</source>
            <translation>Log a call or message received</translation>
        </message>
        <message>
            <source>来电时间</source>
            <translation>Received at</translation>
        </message>
        <message>
            <source>报告时间</source>
            <translation>Reported at</translation>
        </message>
        <message>
            <source>请按“时:分”填写，如 08:30</source>
            <translation>Enter hours:minutes, e.g. 08:30</translation>
        </message>
        <message>
            <source>领导小组</source>
            <translation>Leadership group</translation>
        </message>
        <message>
            <source>没有可选的领导小组时，先点“登记领导小组”</source>
            <translation>If no group is listed, click "Record leadership group" first</translation>
        </message>
        <message>
            <source>小组职务</source>
            <translation>Role in group</translation>
        </message>
        <message>
            <source>如 党委书记、分管应急副镇长</source>
            <translation>e.g. Party secretary, deputy head for emergencies</translation>
        </message>
        <message>
            <source>办公电话</source>
            <translation>Office phone</translation>
        </message>
        <message>
            <source>如 0559-5521110</source>
            <translation>e.g. 0559-5521110</translation>
        </message>
        <message>
            <source>编辑领导小组成员</source>
            <translation>Edit group member</translation>
        </message>
        <message>
            <source>新增领导小组成员</source>
            <translation>Add group member</translation>
        </message>
        <message>
            <source>值班日期</source>
            <translation>Duty date</translation>
        </message>
        <message>
            <source>班次</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>带班领导</source>
            <translation>Leader on duty</translation>
        </message>
        <message>
            <source>带班领导电话</source>
            <translation>Leader phone</translation>
        </message>
        <message>
            <source>多人用“、”分隔</source>
            <translation>Separate several names with "、"</translation>
        </message>
        <message>
            <source>值班员电话</source>
            <translation>Officer phone</translation>
        </message>
        <message>
            <source>汛期加强值班</source>
            <translation>Flood-season reinforced duty</translation>
        </message>
        <message>
            <source>编辑值班安排</source>
            <translation>Edit duty slot</translation>
        </message>
        <message>
            <source>新增值班安排</source>
            <translation>Add duty slot</translation>
        </message>
        <message>
            <source>来电日期</source>
            <translation>Date received</translation>
        </message>
        <message>
            <source>来电时刻</source>
            <translation>Time received</translation>
        </message>
        <message>
            <source>来电单位或人员</source>
            <translation>Caller</translation>
        </message>
        <message>
            <source>来电电话</source>
            <translation>Caller phone</translation>
        </message>
        <message>
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>值班员</source>
            <translation>Duty officer</translation>
        </message>
        <message>
            <source>报告对象</source>
            <translation>Reported to</translation>
        </message>
        <message>
            <source>如 分管应急副镇长、县应急管理局</source>
            <translation>e.g. deputy head for emergencies, county emergency bureau</translation>
        </message>
        <message>
            <source>报告时刻（同一天）</source>
            <translation>Time reported (same day)</translation>
        </message>
        <message>
            <source>处理结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>编辑值班记录</source>
            <translation>Edit duty log entry</translation>
        </message>
        <message>
            <source>新增值班记录</source>
            <translation>Add duty log entry</translation>
        </message>
        <message>
            <source>周一</source>
            <translation>Mon</translation>
        </message>
        <message>
            <source>周二</source>
            <translation>Tue</translation>
        </message>
        <message>
            <source>周三</source>
            <translation>Wed</translation>
        </message>
        <message>
            <source>周四</source>
            <translation>Thu</translation>
        </message>
        <message>
            <source>周五</source>
            <translation>Fri</translation>
        </message>
        <message>
            <source>周六</source>
            <translation>Sat</translation>
        </message>
        <message>
            <source>周日</source>
            <translation>Sun</translation>
        </message>
        <message>
            <source>小计 {n} 名</source>
            <translation>Subtotal {n}</translation>
        </message>
        <message>
            <source>尚未录入村（社区）应急管理员。</source>
            <translation>No village emergency managers recorded yet.</translation>
        </message>
        <message>
            <source>未配备应急管理员的村（社区）（规则 G1）</source>
            <translation>Villages and communities without an emergency manager (rule G1)</translation>
        </message>
        <message>
            <source>情况</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>各村（社区）均已配备。</source>
            <translation>Every village and community has one.</translation>
        </message>
        <message>
            <source>没有在任的村（社区）应急管理员</source>
            <translation>No village emergency manager in post</translation>
        </message>
        <message>
            <source>所选人员不存在或已删除</source>
            <translation>The chosen person does not exist or was deleted</translation>
        </message>
        <message>
            <source>应急管理员按村（社区）配备，请选择村或社区</source>
            <translation>Emergency managers serve a village or community; choose one</translation>
        </message>
        <message>
            <source>离任日期早于任职日期</source>
            <translation>Leaving date is before the appointment date</translation>
        </message>
        <message>
            <source>{name}已是该村（社区）的应急管理员</source>
            <translation>{name} is already an emergency manager of this village</translation>
        </message>
        <message>
            <source>该应急管理员记录不存在或已删除</source>
            <translation>This emergency manager record does not exist or was deleted</translation>
        </message>
        <message>
            <source>登记村（社区）应急管理员或网格员</source>
            <translation>Record a village emergency manager or grid worker</translation>
        </message>
        <message>
            <source>仅在任</source>
            <translation>Current only</translation>
        </message>
        <message>
            <source>为所选村配备</source>
            <translation>Appoint for selected village</translation>
        </message>
        <message>
            <source>为选中的村（社区）登记应急管理员</source>
            <translation>Record an emergency manager for the selected village</translation>
        </message>
        <message>
            <source>仅未配备</source>
            <translation>Without manager only</translation>
        </message>
        <message>
            <source>应急管理员</source>
            <translation>Emergency manager</translation>
        </message>
        <message>
            <source>兼灾害信息员</source>
            <translation>Also information officer</translation>
        </message>
        <message>
            <source>G1 未配备应急管理员</source>
            <translation>G1 no emergency manager</translation>
        </message>
        <message>
            <source>从灾害信息员中选择</source>
            <translation>Choose an information officer</translation>
        </message>
        <message>
            <source>本村灾害信息员兼任时直接选择，不必重新填写姓名和电话</source>
            <translation>If the village's information officer holds this job too, choose them here instead of retyping name and phone</translation>
        </message>
        <message>
            <source>不是灾害信息员时填写</source>
            <translation>Fill in when the person is not an information officer</translation>
        </message>
        <message>
            <source>职责</source>
            <translation>Duty</translation>
        </message>
        <message>
            <source>如 村党组织书记、村委委员</source>
            <translation>e.g. village Party secretary, committee member</translation>
        </message>
        <message>
            <source>仍在任的不填</source>
            <translation>Leave blank while in post</translation>
        </message>
        <message>
            <source>编辑村(社区)应急管理员</source>
            <translation>Edit village emergency manager</translation>
        </message>
        <message>
            <source>新增村(社区)应急管理员</source>
            <translation>Add village emergency manager</translation>
        </message>
        <message>
            <source>有多个“{name}”，请写成 区划/场所名称</source>
            <translation>Several shelters are named "{name}"; write region/shelter name</translation>
        </message>
        <message>
            <source>找不到避难场所“{name}”，请先录入或导入避难场所</source>
            <translation>No shelter "{name}"; enter or import the shelters first</translation>
        </message>
        <message>
            <source>分类依据 GB/T 44013-2024《应急避难场所 分级及分类》：避难时长、空间类型、功能类型。</source>
            <translation>Classified by GB/T 44013-2024 (emergency shelters: grading and classification): sheltering duration, space type, functional role.</translation>
        </message>
        <message>
            <source>小计 {n} 处</source>
            <translation type="vanished">Subtotal {n}</translation>
        </message>
        <message>
            <source>尚未录入避难场所。</source>
            <translation>No shelters recorded yet.</translation>
        </message>
        <message>
            <source>需要处理的问题（规则 H1）</source>
            <translation>Problems to fix (rule H1)</translation>
        </message>
        <message>
            <source>小计 {n} 处，威胁 {p} 人</source>
            <translation type="vanished">Subtotal {n} {n|point|points}, {p} {p|person|people} threatened</translation>
        </message>
        <message>
            <source>尚未录入隐患点。</source>
            <translation>No hazard points recorded yet.</translation>
        </message>
        <message>
            <source>需要处理的问题（规则 Z1）</source>
            <translation>Problems to fix (rule Z1)</translation>
        </message>
        <message>
            <source>问题</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>无。</source>
            <translation>None.</translation>
        </message>
        <message>
            <source>未落实监测人</source>
            <translation>No monitor named</translation>
        </message>
        <message>
            <source>未落实责任人</source>
            <translation>No responsible person named</translation>
        </message>
        <message>
            <source>未指定转移安置的避难场所</source>
            <translation>No shelter to transfer people to</translation>
        </message>
        <message>
            <source>转移安置的避难场所已删除</source>
            <translation>The shelter people move to was deleted</translation>
        </message>
        <message>
            <source>隐患点名称不能为空</source>
            <translation>Hazard point name is required</translation>
        </message>
        <message>
            <source>威胁人数少于户数</source>
            <translation>Fewer people threatened than households</translation>
        </message>
        <message>
            <source>所选避难场所不存在或已删除</source>
            <translation>The chosen shelter does not exist or was deleted</translation>
        </message>
        <message>
            <source>该区划已有同名隐患点</source>
            <translation>This region already has a hazard point of that name</translation>
        </message>
        <message>
            <source>该隐患点不存在或已删除</source>
            <translation>This hazard point does not exist or was deleted</translation>
        </message>
        <message>
            <source>场所名称不能为空</source>
            <translation>Shelter name is required</translation>
        </message>
        <message>
            <source>有效避难面积大于占地面积</source>
            <translation>Effective area is larger than the site area</translation>
        </message>
        <message>
            <source>经度应在 73 到 136 之间（中国境内）</source>
            <translation>Longitude must be between 73 and 136 (within China)</translation>
        </message>
        <message>
            <source>纬度应在 3 到 54 之间（中国境内）</source>
            <translation>Latitude must be between 3 and 54 (within China)</translation>
        </message>
        <message>
            <source>最近检查日期晚于今天</source>
            <translation>Last inspection is after today</translation>
        </message>
        <message>
            <source>服务的村（社区）有的不存在或已删除</source>
            <translation>Some of the villages served do not exist or were deleted</translation>
        </message>
        <message>
            <source>该区划已有同名避难场所</source>
            <translation>This region already has a shelter of that name</translation>
        </message>
        <message>
            <source>该避难场所不存在或已删除</source>
            <translation>This shelter does not exist or was deleted</translation>
        </message>
        <message>
            <source>“{name}”是 {n} 个隐患点的转移安置场所，请先修改这些隐患点</source>
            <translation>"{name}" is the shelter of {n} hazard {n|point|points}; change those hazard points first</translation>
        </message>
        <message>
            <source>未明确管理责任人</source>
            <translation>No manager named</translation>
        </message>
        <message>
            <source>没有检查记录</source>
            <translation>Never inspected</translation>
        </message>
        <message>
            <source>最近检查 {d}，已超过 {n} 个月</source>
            <translation>Last inspected {d}, more than {n} {n|month|months} ago</translation>
        </message>
        <message>
            <source>可容纳 {c} 人，低于服务村（社区）人口 {p} 人的 {pc}%（{need} 人）</source>
            <translation>Holds {c} {c|person|people}, below {pc}% of the {p} {p|person|people} of the villages it serves ({need} {need|person|people})</translation>
        </message>
        <message>
            <source>避险转移</source>
            <translation>Shelters and hazards</translation>
        </message>
        <message>
            <source>仅在册</source>
            <translation>Active only</translation>
        </message>
        <message>
            <source>场所名称</source>
            <translation>Shelter name</translation>
        </message>
        <message>
            <source>如 碧阳镇中心学校操场</source>
            <translation>e.g. 碧阳镇中心学校操场</translation>
        </message>
        <message>
            <source>避难时长</source>
            <translation>Sheltering duration</translation>
        </message>
        <message>
            <source>GB/T 44013-2024：紧急/短期/中期/长期</source>
            <translation>GB/T 44013-2024: emergency/short/medium/long term</translation>
        </message>
        <message>
            <source>空间类型</source>
            <translation>Space type</translation>
        </message>
        <message>
            <source>功能类型</source>
            <translation>Functional role</translation>
        </message>
        <message>
            <source>可容纳人数</source>
            <translation>Capacity (people)</translation>
        </message>
        <message>
            <source>有效避难面积(平方米)</source>
            <translation>Effective area (m²)</translation>
        </message>
        <message>
            <source>占地面积(平方米)</source>
            <translation>Site area (m²)</translation>
        </message>
        <message>
            <source>管理责任人</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>最近检查日期</source>
            <translation>Last inspection</translation>
        </message>
        <message>
            <source>服务村(社区)</source>
            <translation>Villages served</translation>
        </message>
        <message>
            <source>如 古筑村、南屏村</source>
            <translation>e.g. 古筑村、南屏村</translation>
        </message>
        <message>
            <source>可容纳人数与这些村（社区）的人口比较（规则 H1）</source>
            <translation>The capacity is compared with these villages' population (rule H1)</translation>
        </message>
        <message>
            <source>设施设备和物资</source>
            <translation>Facilities and supplies</translation>
        </message>
        <message>
            <source>编辑避难场所</source>
            <translation>Edit shelter</translation>
        </message>
        <message>
            <source>新增避难场所</source>
            <translation>Add shelter</translation>
        </message>
        <message>
            <source>隐患点名称</source>
            <translation>Hazard point</translation>
        </message>
        <message>
            <source>如 古筑村后山滑坡</source>
            <translation>e.g. 古筑村后山滑坡</translation>
        </message>
        <message>
            <source>位置</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>威胁户数</source>
            <translation>Households threatened</translation>
        </message>
        <message>
            <source>威胁人数</source>
            <translation>People threatened</translation>
        </message>
        <message>
            <source>监测人</source>
            <translation>Monitor</translation>
        </message>
        <message>
            <source>监测人电话</source>
            <translation>Monitor phone</translation>
        </message>
        <message>
            <source>责任人电话</source>
            <translation>Responsible person phone</translation>
        </message>
        <message>
            <source>转移路线</source>
            <translation>Transfer route</translation>
        </message>
        <message>
            <source>避难场所</source>
            <translation>Shelter</translation>
        </message>
        <message>
            <source>群众转移安置的避难场所</source>
            <translation>The shelter people are moved to</translation>
        </message>
        <message>
            <source>编辑隐患点</source>
            <translation>Edit hazard point</translation>
        </message>
        <message>
            <source>新增隐患点</source>
            <translation>Add hazard point</translation>
        </message>
        <message>
            <source>核实日期早于 {d}（超过 {n} 个月）或从未核实的以红字标出，请打电话核实后更新。</source>
            <translation>Entries verified before {d} (more than {n} {n|month|months} ago) or never are shown in red; phone them and update.</translation>
        </message>
        <message>
            <source>尚未录入应急联络网。</source>
            <translation>No contact network entries recorded yet.</translation>
        </message>
        <message>
            <source>未分组</source>
            <translation>No group</translation>
        </message>
        <message>
            <source>小计 {n} 人</source>
            <translation>Subtotal {n}</translation>
        </message>
        <message>
            <source>尚未录入专家。</source>
            <translation>No experts recorded yet.</translation>
        </message>
        <message>
            <source>从未核实</source>
            <translation>Never verified</translation>
        </message>
        <message>
            <source>最近核实 {d}，已超过 {n} 个月</source>
            <translation>Last verified {d}, more than {n} {n|month|months} ago</translation>
        </message>
        <message>
            <source>单位不能为空</source>
            <translation>Unit is required</translation>
        </message>
        <message>
            <source>联系人不能为空</source>
            <translation>Contact person is required</translation>
        </message>
        <message>
            <source>办公电话和手机号码至少填写一个</source>
            <translation>Enter at least an office phone or a mobile</translation>
        </message>
        <message>
            <source>核实日期晚于今天</source>
            <translation>Verification date is after today</translation>
        </message>
        <message>
            <source>联络网中已有{unit}的{person}</source>
            <translation>The network already has {person} of {unit}</translation>
        </message>
        <message>
            <source>该联络网条目不存在或已删除</source>
            <translation>This contact entry does not exist or was deleted</translation>
        </message>
        <message>
            <source>{name}已在专家库中</source>
            <translation>{name} is already in the expert pool</translation>
        </message>
        <message>
            <source>该专家不存在或已删除</source>
            <translation>This expert does not exist or was deleted</translation>
        </message>
        <message>
            <source>如 县水利局、碧阳镇人民政府</source>
            <translation>e.g. 县水利局、碧阳镇人民政府</translation>
        </message>
        <message>
            <source>乡镇、村的条目填写，便于按乡镇筛选</source>
            <translation>Fill in for township and village entries, to filter by township</translation>
        </message>
        <message>
            <source>如 分管领导、值班室</source>
            <translation>e.g. leader in charge, duty room</translation>
        </message>
        <message>
            <source>最近一次打电话核实的日期</source>
            <translation>The last day someone phoned to check it</translation>
        </message>
        <message>
            <source>编辑联络网条目</source>
            <translation>Edit contact entry</translation>
        </message>
        <message>
            <source>新增联络网条目</source>
            <translation>Add contact entry</translation>
        </message>
        <message>
            <source>防汛抗旱、地质灾害、森林防火、安全生产、医疗卫生</source>
            <translation>flood and drought, geohazards, forest fire, work safety, health</translation>
        </message>
        <message>
            <source>如 水利工程、地质灾害防治</source>
            <translation>e.g. hydraulic engineering, geohazard prevention</translation>
        </message>
        <message>
            <source>如 高级工程师</source>
            <translation>e.g. senior engineer</translation>
        </message>
        <message>
            <source>已有的专家组：{groups}</source>
            <translation>Existing groups: {groups}</translation>
        </message>
        <message>
            <source>可参与应急处置</source>
            <translation>Available for emergencies</translation>
        </message>
        <message>
            <source>编辑专家</source>
            <translation>Edit expert</translation>
        </message>
        <message>
            <source>新增专家</source>
            <translation>Add expert</translation>
        </message>
        <message>
            <source>联络网与专家库</source>
            <translation>Contacts and experts</translation>
        </message>
        <message>
            <source>标记已核实</source>
            <translation>Mark verified</translation>
        </message>
        <message>
            <source>已打电话核实选中的条目，核实日期记为今天</source>
            <translation>The selected entries were checked by phone; record today as their verification date</translation>
        </message>
        <message>
            <source>核实日期</source>
            <translation>Verified on</translation>
        </message>
        <message>
            <source>未核实</source>
            <translation>Not verified</translation>
        </message>
        <message>
            <source>K1 超过 {n} 个月未核实</source>
            <translation>K1 not verified for more than {n} {n|month|months}</translation>
        </message>
        <message>
            <source>仅可参与处置</source>
            <translation>Available only</translation>
        </message>
        <message>
            <source>专家组</source>
            <translation>Expert group</translation>
        </message>
        <message>
            <source>职称</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>专家库</source>
            <translation>Experts</translation>
        </message>
        <message>
            <source>可参与处置</source>
            <translation>Available</translation>
        </message>
        <message>
            <source>统计时段（summary 报表）：月 2026-03、季度 2026-Q1 或年 2026</source>
            <translation>Period (summary report): month 2026-03, quarter 2026-Q1 or year 2026</translation>
        </message>
        <message>
            <source>报表“{name}”不按时段生成，请去掉 --period。</source>
            <translation>Report "{name}" does not take a period; leave out --period.</translation>
        </message>
        <message>
            <source>统计时段：{label}（{a} 至 {b}）。台账数量为全部数据；预警和“六有”按期末日期判定。</source>
            <translation>Period: {label} ({a} to {b}). Register counts cover all data; alerts and six-haves are judged on the last day.</translation>
        </message>
        <message>
            <source>统计时段：{label}（{a} 至 {b}）。各项只计{name}及其下属区划（培训按其灾害信息员和队员参加的计），专家和法规库为全县共用；预警和“六有”按期末日期判定。</source>
            <translation>Period: {label} ({a} to {b}). Every figure covers {name} and the regions under it only (trainings: those its officers and team members attended); experts and the regulation library serve the whole county; alerts and six-haves are judged on the last day.</translation>
        </message>
        <message>
            <source>一、台账数量</source>
            <translation>1. Registers</translation>
        </message>
        <message>
            <source>二、本期变动</source>
            <translation>2. Changes in the period</translation>
        </message>
        <message>
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>明细</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>三、期末未处理预警（共 {n} 条）</source>
            <translation>3. Alerts open at the end of the period ({n})</translation>
        </message>
        <message>
            <source>程度</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>条数</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>规则 事项 条数</source>
            <translation>Rule, item, count</translation>
        </message>
        <message>
            <source>逐条清单见“预警事项清单”报表（alerts）。</source>
            <translation>The full list is in the alerts report (alerts).</translation>
        </message>
        <message>
            <source>四、“六有”情况（期末）</source>
            <translation>4. Six-haves (end of period)</translation>
        </message>
        <message>
            <source>达标项</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>救援队员</source>
            <translation>Team members</translation>
        </message>
        <message>
            <source>仓库和储备点</source>
            <translation>Warehouses and storage points</translation>
        </message>
        <message>
            <source>物资批次</source>
            <translation>Stock batches</translation>
        </message>
        <message>
            <source>应急管理领导小组</source>
            <translation>Emergency leadership groups</translation>
        </message>
        <message>
            <source>值班安排</source>
            <translation>Duty slot</translation>
        </message>
        <message>
            <source>村(社区)应急管理员</source>
            <translation>Village emergency managers</translation>
        </message>
        <message>
            <source>隐患点</source>
            <translation>Hazard points</translation>
        </message>
        <message>
            <source>专家</source>
            <translation>Experts</translation>
        </message>
        <message>
            <source>应急联络网</source>
            <translation>Contact network</translation>
        </message>
        <message>
            <source>灾害信息员新任</source>
            <translation>Officers appointed</translation>
        </message>
        <message>
            <source>灾害信息员离任</source>
            <translation>Officers left</translation>
        </message>
        <message>
            <source>物资{kind}单</source>
            <translation>Stock documents: {kind}</translation>
        </message>
        <message>
            <source>举办培训</source>
            <translation>Trainings held</translation>
        </message>
        <message>
            <source>开展演练</source>
            <translation>Drills held</translation>
        </message>
        <message>
            <source>修订预案</source>
            <translation>Plans revised</translation>
        </message>
        <message>
            <source>发布预案</source>
            <translation>Plans issued</translation>
        </message>
        <message>
            <source>{y}年{m}月</source>
            <translation>{y}-{m}</translation>
        </message>
        <message>
            <source>{y}年第{q}季度</source>
            <translation>{y} Q{q}</translation>
        </message>
        <message>
            <source>{y}年</source>
            <translation>{y}</translation>
        </message>
        <message>
            <source>时段“{text}”无法识别。请写成 2026-03（月）、2026-Q1（季度）或 2026（年）。</source>
            <translation>Period "{text}" is not understood. Write 2026-03 (month), 2026-Q1 (quarter) or 2026 (year).</translation>
        </message>
        <message>
            <source>本月</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>上月</source>
            <translation>Last month</translation>
        </message>
        <message>
            <source>本季度</source>
            <translation>This quarter</translation>
        </message>
        <message>
            <source>上季度</source>
            <translation>Last quarter</translation>
        </message>
        <message>
            <source>本年</source>
            <translation>This year</translation>
        </message>
        <message>
            <source>上年</source>
            <translation>Last year</translation>
        </message>
        <message>
            <source>统计时段</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>{m}月{d}日{what}</source>
            <translation>{m}/{d} {what}</translation>
        </message>
        <message>
            <source>未来 30 天</source>
            <translation>Next 30 days</translation>
        </message>
        <message>
            <source>过去 30 天</source>
            <translation>Last 30 days</translation>
        </message>
        <message>
            <source>年度应为四位数字，如 2026，现为“{v}”</source>
            <translation>Year must be four digits, e.g. 2026; found "{v}"</translation>
        </message>
        <message>
            <source>年度不能为空</source>
            <translation>Year is required</translation>
        </message>
        <message>
            <source>未签订 {y} 年防汛责任书</source>
            <translation>No {y} flood-control letter signed</translation>
        </message>
        <message>
            <source>防汛责任书由乡镇或村（社区）签订</source>
            <translation>Flood-control letters are signed by a township or a village</translation>
        </message>
        <message>
            <source>年度应在 2000 到 {y} 之间</source>
            <translation>Year must be between 2000 and {y}</translation>
        </message>
        <message>
            <source>责任人不能为空</source>
            <translation>Responsible person is required</translation>
        </message>
        <message>
            <source>签订日期晚于今天</source>
            <translation>Signing date is after today</translation>
        </message>
        <message>
            <source>该单位 {y} 年的防汛责任书已登记</source>
            <translation>This unit's {y} letter is already recorded</translation>
        </message>
        <message>
            <source>该防汛责任书不存在或已删除</source>
            <translation>This flood-control letter does not exist or was deleted</translation>
        </message>
        <message>
            <source>乡镇与县签订，村（社区）与乡镇签订</source>
            <translation>Townships sign with the county, villages and communities with their township</translation>
        </message>
        <message>
            <source>如 村党组织书记、镇长</source>
            <translation>e.g. village Party secretary, township head</translation>
        </message>
        <message>
            <source>如 黟县防汛抗旱指挥部</source>
            <translation>e.g. 黟县防汛抗旱指挥部</translation>
        </message>
        <message>
            <source>编辑防汛责任书</source>
            <translation>Edit flood-control letter</translation>
        </message>
        <message>
            <source>登记防汛责任书</source>
            <translation>Record flood-control letter</translation>
        </message>
        <message>
            <source>登记一份防汛责任书</source>
            <translation>Record a flood-control letter</translation>
        </message>
        <message>
            <source>签订单位</source>
            <translation>Signed by (unit)</translation>
        </message>
        <message>
            <source>签订日期</source>
            <translation>Signed on</translation>
        </message>
        <message>
            <source>发放单位</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <source>{y} 年各村（社区）均已签订防汛责任书。</source>
            <translation>Every village and community has signed its {y} flood-control letter.</translation>
        </message>
        <message>
            <source>{y} 年未签订的村（社区）{n} 个：{list}{more}</source>
            <translation>{n} {n|village or community|villages or communities} without a {y} letter: {list}{more}</translation>
        </message>
        <message>
            <source>按各台账预警规则自动判定：有班子＝已录入应急管理领导小组及组长；有机制＝未来几天值班无缺口（D1）；有预案＝P5；有队伍＝T1；有物资＝S3、S9；有培训演练＝O4、T4、P2、P3。“未录入”表示该项所依据的台账尚无记录，无法判定，不计入达标项；达标项＝达标项数/已判定项数。</source>
            <translation>Judged automatically from the registers' rules: leadership = an emergency leadership group with its head recorded; mechanism = no duty gaps in the coming days (D1); plans = P5; teams = T1; supplies = S3, S9; training and drills = O4, T4, P2, P3. "Not entered" means the register behind the item holds nothing yet, so it cannot be judged and is not counted; passed = items passed / items judged.</translation>
        </message>
        <message>
            <source>已录入领导小组，但未录入组长</source>
            <translation>A leadership group is recorded, but not its head (组长)</translation>
        </message>
        <message>
            <source>县乡上报包：导出本单位的全部台账，或合并收到的包</source>
            <translation>County roll-up packages: export all of this office's registers, or merge a package received</translation>
        </message>
        <message>
            <source>把全部台账（含已删除的记录和附件）导出为上报包</source>
            <translation>Export every register (deleted records and attachments included) as a package</translation>
        </message>
        <message>
            <source>合并一个上报包（同一个包合并两次不会改变数据）</source>
            <translation>Merge a package (merging the same package twice changes nothing)</translation>
        </message>
        <message>
            <source>县级的版本（现在台账中）</source>
            <translation>County's copy (now in the registers)</translation>
        </message>
        <message>
            <source>县级发来的版本（现在台账中）</source>
            <translation>Copy sent by the county (now in the registers)</translation>
        </message>
        <message>
            <source>{origin}的版本</source>
            <translation>Copy of {origin}</translation>
        </message>
        <message>
            <source>本单位原来的版本</source>
            <translation>This office's earlier copy</translation>
        </message>
        <message>
            <source>已删除</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>这条冲突已经处理过了，请刷新列表。</source>
            <translation>This conflict has already been settled; refresh the list.</translation>
        </message>
        <message>
            <source>冲突涉及的记录已不存在（可能已被彻底删除）。</source>
            <translation>The record of this conflict no longer exists (it may have been purged).</translation>
        </message>
        <message>
            <source>处理合并冲突：{what}，{choice}</source>
            <translation>Merge conflict settled: {what}, {choice}</translation>
        </message>
        <message>
            <source>采用另一份</source>
            <translation>Take the other copy</translation>
        </message>
        <message>
            <source>保留现有</source>
            <translation>Keep current</translation>
        </message>
        <message>
            <source>已导出上报包 {path}（{office}，{size} KB）。</source>
            <translation>Package exported: {path} ({office}, {size} KB).</translation>
        </message>
        <message>
            <source>  {label}：{live} 条，已删除 {deleted} 条</source>
            <translation>  {label}: {live} {live|record|records}, {deleted} deleted</translation>
        </message>
        <message>
            <source>  附件文件：{n} 个</source>
            <translation>  Attached files: {n}</translation>
        </message>
        <message>
            <source>导出上报包（包中有完整的身份证号）</source>
            <translation>export a package (it holds full ID numbers)</translation>
        </message>
        <message>
            <source>本数据库还没有建立本县的行政区划，无法导出上报包。请先在“文件”菜单中“按区划代码建立本县区划”（或用 init 命令）。</source>
            <translation>This database has no county region tree yet, so no package can be exported. First use File → "Build the county's regions from the official codes" (or the init command).</translation>
        </message>
        <message>
            <source>导出上报包：{path}</source>
            <translation>Package exported: {path}</translation>
        </message>
        <message>
            <source>已合并 {origin} 的上报包（{at} 导出）：新增 {ins} 条，更新 {upd} 条（其中删除 {dele} 条），冲突 {conf} 条。</source>
            <translation>Merged the package of {origin} (exported {at}): {ins} added, {upd} updated ({dele} of them deleted), {conf} {conf|conflict|conflicts}.</translation>
        </message>
        <message>
            <source>  {label}：新增 {ins}，更新 {upd}（删除 {dele}），本单位较新保留 {kept}，冲突 {conf}</source>
            <translation>  {label}: {ins} added, {upd} updated ({dele} deleted), {kept} kept (ours newer), {conf} {conf|conflict|conflicts}</translation>
        </message>
        <message>
            <source>  没有需要合并的变化（这个包以前已经合并过，或本单位的数据更新）。</source>
            <translation>  Nothing to merge (this package was merged before, or this office's data is newer).</translation>
        </message>
        <message>
            <source>上报包 {path} 来自另一个县（区划代码 {theirs}，{name}），本数据库是{ours}（{code}），没有合并任何数据。请确认文件是否发错。</source>
            <translation>Package {path} comes from another county (region code {theirs}, {name}); this database is {ours} ({code}). Nothing was merged. Check whether the file was sent by mistake.</translation>
        </message>
        <message>
            <source>本数据库还没有建立本县的行政区划，无法合并上报包，没有写入任何数据。请先用“按区划代码建立本县区划”（或 init 命令）建立本县区划。</source>
            <translation>This database has no county region tree yet, so the package cannot be merged; nothing was written. First build the county's regions ("Build the county's regions from the official codes" or the init command).</translation>
        </message>
        <message>
            <source>合并上报包：{origin}，新增 {ins} 条，更新 {upd} 条，冲突 {conf} 条</source>
            <translation>Package merged: {origin}, {ins} added, {upd} updated, {conf} {conf|conflict|conflicts}</translation>
        </message>
        <message>
            <source>无法写入上报包 {path}：{reason}。请换一个文件夹或 U 盘后重试。</source>
            <translation>Cannot write package {path}: {reason}. Choose another folder or USB stick and try again.</translation>
        </message>
        <message>
            <source>上报包 {path} 已损坏或不完整（{what}），没有合并任何数据。请让对方重新导出一份，换一个 U 盘或传输方式后再合并。</source>
            <translation>Package {path} is damaged or incomplete ({what}); nothing was merged. Ask the sender to export it again and use another USB stick or channel.</translation>
        </message>
        <message>
            <source>{path} 不是应急资源台账的上报包（缺少清单 manifest.json），没有合并任何数据。</source>
            <translation>{path} is not an EmergencyDesk package (no manifest.json); nothing was merged.</translation>
        </message>
        <message>
            <source>{path} 不是应急资源台账的上报包，没有合并任何数据。</source>
            <translation>{path} is not an EmergencyDesk package; nothing was merged.</translation>
        </message>
        <message>
            <source>上报包 {path} 由较新版本的程序（{program}）导出，格式版本 {version} 比本程序支持的 {ours} 新，没有合并任何数据。请先把本程序升级到同一版本。</source>
            <translation>Package {path} was exported by a newer program ({program}); its format version {version} is newer than the {ours} this program reads. Nothing was merged. Upgrade this program to the same version first.</translation>
        </message>
        <message>
            <source>清单中没有校验值</source>
            <translation>the manifest has no checksums</translation>
        </message>
        <message>
            <source>缺少 {part}</source>
            <translation>{part} is missing</translation>
        </message>
        <message>
            <source>{part} 的校验值不符</source>
            <translation>the checksum of {part} does not match</translation>
        </message>
        <message>
            <source>无法读取上报包 {path}：{reason}。</source>
            <translation>Cannot read package {path}: {reason}.</translation>
        </message>
        <message>
            <source>清单中缺少 {key}</source>
            <translation>the manifest lacks {key}</translation>
        </message>
        <message>
            <source>上报包 (*.edx)</source>
            <translation>Packages (*.edx)</translation>
        </message>
        <message>
            <source>导出上报包</source>
            <translation>Export package</translation>
        </message>
        <message>
            <source>上报包已导出</source>
            <translation>Package exported</translation>
        </message>
        <message>
            <source>请把这个文件用 U 盘或县里规定的渠道交给县应急管理局。包中有完整的身份证号，请妥善保管，送达后删除 U 盘上的副本。</source>
            <translation>Take this file to the county emergency bureau on a USB stick or by the county's usual channel. It holds full ID numbers: keep it safe and delete the copy on the stick once delivered.</translation>
        </message>
        <message>
            <source>正在导出上报包…</source>
            <translation>Exporting package…</translation>
        </message>
        <message>
            <source>选择要合并的上报包（可多选）</source>
            <translation>Choose the packages to merge (several allowed)</translation>
        </message>
        <message>
            <source>正在合并上报包…</source>
            <translation>Merging packages…</translation>
        </message>
        <message>
            <source>合并结果</source>
            <translation>Merge result</translation>
        </message>
        <message>
            <source>已合并 {n} 个上报包：新增 {ins} 条，更新 {upd} 条，冲突 {conf} 条。</source>
            <translation>{n} {n|package|packages} merged: {ins} added, {upd} updated, {conf} {conf|conflict|conflicts}.</translation>
        </message>
        <message>
            <source>冲突的记录暂时保留县级的版本，请在“合并冲突”中逐条确认。</source>
            <translation> Conflicting records keep the county's copy for now; settle them one by one under "Merge conflicts".</translation>
        </message>
        <message>
            <source>乡镇（来源）</source>
            <translation>Township (from)</translation>
        </message>
        <message>
            <source>更新</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>其中删除</source>
            <translation>of which deleted</translation>
        </message>
        <message>
            <source>本单位较新</source>
            <translation>Ours newer</translation>
        </message>
        <message>
            <source>冲突</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>（没有变化）</source>
            <translation>(no changes)</translation>
        </message>
        <message>
            <source>查看冲突（{n}）…</source>
            <translation>View conflicts ({n})…</translation>
        </message>
        <message>
            <source>合并冲突</source>
            <translation>Merge conflicts</translation>
        </message>
        <message>
            <source>下面的记录在上次合并之后，县里和乡镇两边都修改过。台账中暂时保留县级的版本；请核实后选择“保留现有”或“采用另一份”。选择后这条冲突即处理完毕，结果会随下次上报包发给对方。</source>
            <translation>Both the county and the township changed these records since the last merge. The registers keep the county's copy for now; check, then choose "Keep current" or "Take the other copy". The conflict is then settled, and the result travels with the next package.</translation>
        </message>
        <message>
            <source>合并时间</source>
            <translation>Merged at</translation>
        </message>
        <message>
            <source>来自</source>
            <translation>From</translation>
        </message>
        <message>
            <source>不同之处</source>
            <translation>Differences</translation>
        </message>
        <message>
            <source>现在台账中</source>
            <translation>Now in the registers</translation>
        </message>
        <message>
            <source>另一份</source>
            <translation>Other copy</translation>
        </message>
        <message>
            <source>没有待处理的冲突。</source>
            <translation>No conflicts to settle.</translation>
        </message>
        <message>
            <source>字段</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>导出上报包…</source>
            <translation>Export package…</translation>
        </message>
        <message>
            <source>合并乡镇上报包…</source>
            <translation>Merge township packages…</translation>
        </message>
        <message>
            <source>合并冲突…</source>
            <translation>Merge conflicts…</translation>
        </message>
        <message>
            <source>在用</source>
            <translation>In use</translation>
        </message>
        <message>
            <source>合并收到的上报包</source>
            <translation>merge received packages</translation>
        </message>
        <message>
            <source>另一个程序正在写入数据库，正在等待…（已等待 {n} 秒）</source>
            <translation>Another program is writing to the database; waiting… ({n} s so far)</translation>
        </message>
        <message>
            <source>另一个导入正在进行，请稍后再试：另一个程序（导入、恢复或保存）一直在写入数据库 {path}，本次没有写入任何内容。请等它完成后重试。</source>
            <translation>Another import is in progress, please try again later: another program (an import, restore or save) kept writing to database {path}; nothing was written this time. Please wait for it to finish and try again.</translation>
        </message>
        <message>
            <source>“{name}”不是已附加的文件。要附加新文件，请填写文件的完整路径（如 D:\扫描件\{name}），或在窗口中用“附加文件”添加；不改文件时留空</source>
            <translation>"{name}" is not the attached file. To attach a new file, give its full path (e.g. D:\scans\{name}) or attach it in the window; leave the cell blank to keep the file as it is</translation>
        </message>
        <message>
            <source>按效力层级分类；已修订、已废止的以灰字列出，仅供查阅历史文本。</source>
            <translation>Grouped by legal level; amended and repealed texts are listed in grey, for reference only.</translation>
        </message>
        <message>
            <source>有</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>小计 {n} 件</source>
            <translation>Subtotal {n}</translation>
        </message>
        <message>
            <source>法规库中尚无条目。</source>
            <translation>The regulations library is empty.</translation>
        </message>
        <message>
            <source>案例库中尚无案例。</source>
            <translation>The case library is empty.</translation>
        </message>
        <message>
            <source>发生日期：{v}</source>
            <translation>Date: {v}</translation>
        </message>
        <message>
            <source>发生地：{v}</source>
            <translation>Place: {v}</translation>
        </message>
        <message>
            <source>事件类别：{v}</source>
            <translation>Category: {v}</translation>
        </message>
        <message>
            <source>级别：{v}</source>
            <translation>Grade: {v}</translation>
        </message>
        <message>
            <source>标题不能为空</source>
            <translation>Title is required</translation>
        </message>
        <message>
            <source>标题不能超过 {n} 个字</source>
            <translation>Title may not exceed {n} {n|character|characters}</translation>
        </message>
        <message>
            <source>发生日期晚于今天</source>
            <translation>The date of the event is after today</translation>
        </message>
        <message>
            <source>案例库中已有同一天的“{title}”</source>
            <translation>The case library already has "{title}" on the same day</translation>
        </message>
        <message>
            <source>该案例不存在或已删除</source>
            <translation>This case does not exist or has been deleted</translation>
        </message>
        <message>
            <source>这条记录还没有附加文件</source>
            <translation>No file is attached to this record yet</translation>
        </message>
        <message>
            <source>名称不能超过 {n} 个字</source>
            <translation>Title may not exceed {n} {n|character|characters}</translation>
        </message>
        <message>
            <source>发布日期晚于今天</source>
            <translation>Date of issue is after today</translation>
        </message>
        <message>
            <source>施行日期早于发布日期，请核对</source>
            <translation>In force before it was issued: please check the dates</translation>
        </message>
        <message>
            <source>法规库中已有“{title}”{number}</source>
            <translation>The regulations library already has "{title}" {number}</translation>
        </message>
        <message>
            <source>该法规不存在或已删除</source>
            <translation>This regulation does not exist or has been deleted</translation>
        </message>
        <message>
            <source>班</source>
            <translation>shifts</translation>
        </message>
        <message>
            <source>防汛责任书</source>
            <translation>Flood-control letters</translation>
        </message>
        <message>
            <source>份</source>
            <translation>copies</translation>
        </message>
        <message>
            <source>处</source>
            <translation>sites</translation>
        </message>
        <message>
            <source>联络网</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>条</source>
            <translation>entries</translation>
        </message>
        <message>
            <source>人</source>
            <translation>people</translation>
        </message>
        <message>
            <source>法规库</source>
            <translation>Regulations</translation>
        </message>
        <message>
            <source>件</source>
            <translation>items</translation>
        </message>
        <message>
            <source>案例库</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>个</source>
            <translation>cases</translation>
        </message>
        <message>
            <source>{label}：{n} {unit}</source>
            <translation>{label}: {n} {unit}</translation>
        </message>
        <message>
            <source>{rule} 待办 {n} 条（点击只看这一条规则）</source>
            <translation>{rule}: {n} to do (click to list only this rule)</translation>
        </message>
        <message>
            <source>{rule} 无待办</source>
            <translation>{rule}: nothing to do</translation>
        </message>
        <message>
            <source>文档和扫描件 ({p});;所有文件 (*)</source>
            <translation>Documents and scans ({p});;All files (*)</translation>
        </message>
        <message>
            <source>附加{what}</source>
            <translation>Attach {what}</translation>
        </message>
        <message>
            <source>把文件复制进台账（随备份保存）；已有文件时替换</source>
            <translation>Copy the file into the register (kept in backups); replaces the file already attached</translation>
        </message>
        <message>
            <source>打开{what}</source>
            <translation>Open {what}</translation>
        </message>
        <message>
            <source>移除{what}</source>
            <translation>Remove {what}</translation>
        </message>
        <message>
            <source>移除“{name}”？记录保留，文件仍在以前的备份中。</source>
            <translation>Remove "{name}"? The record stays; the file remains in earlier backups.</translation>
        </message>
        <message>
            <source>基本情况</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>发生原因</source>
            <translation>Cause</translation>
        </message>
        <message>
            <source>采取措施</source>
            <translation>Measures taken</translation>
        </message>
        <message>
            <source>处置过程</source>
            <translation>How it was handled</translation>
        </message>
        <message>
            <source>意见和建议</source>
            <translation>Suggestions</translation>
        </message>
        <message>
            <source>专家意见</source>
            <translation>Experts' opinion</translation>
        </message>
        <message>
            <source>综合、防汛抗旱、地质灾害、森林防火、安全生产</source>
            <translation>general, flood and drought, geological hazards, forest fire, work safety</translation>
        </message>
        <message>
            <source>如 中华人民共和国突发事件应对法（2024修订）</source>
            <translation>e.g. Emergency Response Law of the PRC (2024 revision)</translation>
        </message>
        <message>
            <source>如 全国人民代表大会常务委员会</source>
            <translation>e.g. Standing Committee of the National People's Congress</translation>
        </message>
        <message>
            <source>如 主席令第二十五号、皖政办〔2024〕12号</source>
            <translation>e.g. Presidential Order No. 25, 皖政办〔2024〕12号</translation>
        </message>
        <message>
            <source>已有的类别：{v}</source>
            <translation>Categories in use: {v}</translation>
        </message>
        <message>
            <source>编辑法规</source>
            <translation>Edit regulation</translation>
        </message>
        <message>
            <source>新增法规</source>
            <translation>New regulation</translation>
        </message>
        <message>
            <source>如 碧阳镇古筑村“7·7”山洪灾害</source>
            <translation>e.g. 碧阳镇古筑村 "7·7" flash flood</translation>
        </message>
        <message>
            <source>本县的乡镇或村；外地案例留空，写在“地点”</source>
            <translation>A township or village of the county; for a case elsewhere leave blank and use Place</translation>
        </message>
        <message>
            <source>如 村东山塘、外省某县</source>
            <translation>e.g. the pond east of the village, a county in another province</translation>
        </message>
        <message>
            <source>如 山洪、滑坡、森林火灾</source>
            <translation>e.g. flash flood, landslide, forest fire</translation>
        </message>
        <message>
            <source>事件级别</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>编辑典型案例</source>
            <translation>Edit case</translation>
        </message>
        <message>
            <source>新增典型案例</source>
            <translation>New case</translation>
        </message>
        <message>
            <source>法规与案例</source>
            <translation>Laws and cases</translation>
        </message>
        <message>
            <source>全文检索：名称、发布机关、文号、原文内容（Ctrl+F）</source>
            <translation>Full-text search: title, issuer, document number, text (Ctrl+F)</translation>
        </message>
        <message>
            <source>全部时效</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>发布机关</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>施行日期</source>
            <translation>In force from</translation>
        </message>
        <message>
            <source>时效性</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>效力层级</source>
            <translation>Legal level</translation>
        </message>
        <message>
            <source>原文</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>{s}：仅供查阅历史文本</source>
            <translation>{s}: for reference to the earlier text only</translation>
        </message>
        <message>
            <source>搜索：标题、地点、原因、措施、经验、问题（Ctrl+F）</source>
            <translation>Search: title, place, cause, measures, lessons, problems (Ctrl+F)</translation>
        </message>
        <message>
            <source>发生日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>标题</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>发生地</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>事件类型</source>
            <translation>Type of event</translation>
        </message>
        <message>
            <source>主要经验</source>
            <translation>Lessons</translation>
        </message>
        <message>
            <source>扫描件</source>
            <translation>Scan</translation>
        </message>
        <message>
            <source>典型案例</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>案例库中已有同一天的“{title}”，不能恢复；请先删除或改动那一条</source>
            <translation>The case library already has "{title}" on the same day: delete or change that case before restoring this one</translation>
        </message>
        <message>
            <source>法规库中已有“{title}”{number}，不能恢复；请先删除或改动那一条</source>
            <translation>The regulations library already has "{title}" {number}: delete or change that entry before restoring this one</translation>
        </message>
        <message>
            <source>“{name}”解压后有 {mb} MB，却只有 {kb} KB（压缩了 {ratio} 倍），超出导入的上限（{limit} 倍）：表格中大概有大量重复或空白的内容。请检查是否选错了文件，或删去多余的行和工作表后另存再导入。</source>
            <translation>“{name}” unpacks to {mb} MB from only {kb} KB (compressed {ratio} {ratio|time|times}), beyond the import limit ({limit} {limit|time|times}): the sheet probably holds a great deal of repeated or blank content. Check that this is the right file, or delete the extra rows and sheets, save it again and import it.</translation>
        </message>
        <message>
            <source>数据库文件，或县级单位服务器 postgresql://用户名@服务器:端口/数据库名（默认取环境变量 EMERGENCY_DESK_DB，否则为用户数据文件夹）</source>
            <translation>database file, or the county office server postgresql://user@server:port/database (default: the EMERGENCY_DESK_DB environment variable, else the user data folder)</translation>
        </message>
        <message>
            <source>服务器地址“{url}”的格式不对，应为 postgresql://用户名@服务器:端口/数据库名。</source>
            <translation>The server address "{url}" is not valid; it should be postgresql://user@server:port/database.</translation>
        </message>
        <message>
            <source>无法登录服务器 {where}：用户名“{user}”或密码不对。请向服务器管理员核对用户名和密码（设置 → 连接单位服务器）。没有写入任何内容。</source>
            <translation>Cannot sign in to the server {where}: the user name "{user}" or the password is wrong. Check them with the server's administrator (Settings → Connect to the office server). Nothing was written.</translation>
        </message>
        <message>
            <source>服务器 {where} 上没有名为“{name}”的数据库。请服务器管理员先建立它（见使用指南“县级单位服务器”），或检查数据库名是否写对。</source>
            <translation>The server {where} has no database named "{name}". Ask the server's administrator to create it (see the user guide, "County office server"), or check the database name.</translation>
        </message>
        <message>
            <source>服务器 {where} 拒绝了用户“{user}”（没有权限）：{err}。请服务器管理员检查该用户的权限。没有写入任何内容。</source>
            <translation>The server {where} refused the user "{user}" (no permission): {err}. Ask the server's administrator to check that user's rights. Nothing was written.</translation>
        </message>
        <message>
            <source>另一位同事正在向服务器 {where} 保存，等待超时，本次没有写入任何内容。请稍后重试。</source>
            <translation>A colleague is saving to the server {where} and the wait timed out; nothing was written. Please try again shortly.</translation>
        </message>
        <message>
            <source>服务器 {where} 的磁盘已满，本次没有写入任何内容。请服务器管理员清理磁盘。</source>
            <translation>The disk of the server {where} is full; nothing was written. Ask the server's administrator to free space.</translation>
        </message>
        <message>
            <source>连接不上单位服务器 {where}，本次没有写入任何内容。请检查：服务器电脑是否开机、PostgreSQL 服务是否已启动、服务器地址和端口是否写对、本机与服务器之间的网线或无线网络、服务器防火墙是否放行端口 {port}。</source>
            <translation>Cannot reach the office server {where}; nothing was written. Please check: the server PC is switched on, the PostgreSQL service is running, the server address and port are right, the cable or wireless network between this PC and the server, and that the server's firewall allows port {port}.</translation>
        </message>
        <message>
            <source>这台电脑上没有 PostgreSQL 的 {tool} 工具，不能从这里备份或恢复单位服务器 {where} 上的数据。服务器上的数据由服务器自己的备份保护：请服务器管理员确认每天的备份（见使用指南“县级单位服务器”）。需要在这台电脑上备份时，请安装 PostgreSQL 客户端工具，并把 {tool} 所在的文件夹加入 PATH。</source>
            <translation>This PC does not have PostgreSQL's {tool} tool, so the data on the office server {where} cannot be backed up or restored from here. The server's own backups protect it: ask the server's administrator to confirm the daily backup (see the user guide, "County office server"). To back up from this PC, install the PostgreSQL client tools and add the folder holding {tool} to PATH.</translation>
        </message>
        <message>
            <source>无法运行 {tool}：{err}</source>
            <translation>Cannot run {tool}: {err}</translation>
        </message>
        <message>
            <source>备份没有完成，服务器上的数据未受影响：{err}。请检查服务器 {where} 是否可以连接、目标磁盘是否有足够空间。</source>
            <translation>The backup did not complete; the data on the server is unaffected: {err}. Check that the server {where} can be reached and that the target disk has enough space.</translation>
        </message>
        <message>
            <source>备份没有完成，服务器上的数据未受影响：{err}。请检查目标磁盘是否已插好、是否有足够空间。</source>
            <translation>The backup did not complete; the data on the server is unaffected: {err}. Check that the target disk is plugged in and has enough space.</translation>
        </message>
        <message>
            <source>{path} 不是本程序从单位服务器备份出的文件（pg_dump 备份），没有恢复，服务器上的数据未改动。</source>
            <translation>{path} is not a backup this program made of the office server (a pg_dump backup); nothing was restored and the data on the server is unchanged.</translation>
        </message>
        <message>
            <source>恢复没有完成，服务器上的数据保持原样：{err}</source>
            <translation>The restore did not complete; the data on the server is as it was: {err}</translation>
        </message>
        <message>
            <source>服务器 {where} 上的数据库“{name}”里已有别的表（如 {tables}），不是应急资源台账的数据库，程序没有改动它。请服务器管理员为本程序单独建立一个空数据库。</source>
            <translation>The database "{name}" on the server {where} already holds other tables (such as {tables}); it is not an EmergencyDesk database and the program left it unchanged. Ask the server's administrator to create an empty database for this program.</translation>
        </message>
        <message>
            <source>服务器 {where} 上的数据库由更新版本的程序升级过（版本 {rev}），本程序不能打开它。请安装最新版本。</source>
            <translation>The database on the server {where} was upgraded by a newer version of the program (version {rev}); this program cannot open it. Please install the latest version.</translation>
        </message>
        <message>
            <source>连接单位服务器…</source>
            <translation>Connect to the office server…</translation>
        </message>
        <message>
            <source>县级单位几位同事共用一台 PostgreSQL 服务器时使用；乡镇不需要</source>
            <translation>For a county office whose staff share one PostgreSQL server; townships do not need it</translation>
        </message>
        <message>
            <source>用备份 {path} 替换单位服务器 {where} 上的全部数据吗？所有同事都会看到恢复后的数据。
当前数据会先另存到备份文件夹，可以再恢复回来。</source>
            <translation>Replace all data on the office server {where} with the backup {path}? Every colleague will see the restored data.
The current data is saved to the backups folder first and can be restored again.</translation>
        </message>
        <message>
            <source>单位服务器：{path}</source>
            <translation>Office server: {path}</translation>
        </message>
        <message>
            <source>本机数据库文件：{path}</source>
            <translation>Database file on this PC: {path}</translation>
        </message>
        <message>
            <source>已保存。请关闭并重新打开本程序，之后打开的就是单位服务器 {where} 上的数据库。本机原来的数据库文件保留不动。</source>
            <translation>Saved. Close and reopen the program; it will then open the database on the office server {where}. The database file on this PC is kept as it is.</translation>
        </message>
        <message>
            <source>已改回本机数据库文件。请关闭并重新打开本程序。服务器上的数据不受影响。</source>
            <translation>Switched back to the database file on this PC. Close and reopen the program. The data on the server is not affected.</translation>
        </message>
        <message>
            <source>连接单位服务器</source>
            <translation>Connect to the office server</translation>
        </message>
        <message>
            <source>县级单位有几位同事同时录入时，可以共用一台 PostgreSQL 服务器上的数据库。服务器由单位的信息化人员或服务商安装，并告诉您下面这些信息。乡镇只用本机的数据库文件，不需要服务器。</source>
            <translation>When several staff of a county office enter data at the same time, they can share one database on a PostgreSQL server. The office's IT staff or service provider installs the server and gives you the details below. Townships use the database file on their PC and need no server.</translation>
        </message>
        <message>
            <source>服务器名称或 IP 地址，如 192.168.1.10</source>
            <translation>server name or IP address, e.g. 192.168.1.10</translation>
        </message>
        <message>
            <source>端口</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>测试连接</source>
            <translation>Test connection</translation>
        </message>
        <message>
            <source>连接</source>
            <translation>Connect</translation>
        </message>
        <message>
            <source>服务器</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>数据库名</source>
            <translation>Database name</translation>
        </message>
        <message>
            <source>请填写：{fields}。</source>
            <translation>Please fill in: {fields}.</translation>
        </message>
        <message>
            <source>正在连接 {where}…</source>
            <translation>Connecting to {where}…</translation>
        </message>
        <message>
            <source>连接成功：{where} 上的数据库“{name}”可以使用。</source>
            <translation>Connected: the database "{name}" on {where} can be used.</translation>
        </message>
        <message>
            <source>还没有行政区划：点击“从区划代码建立”按统计用区划代码建立全县的乡镇和村（社区），或点击“导入”导入区划表，或点击“新增”逐个建立。其他台账都挂在区划上。</source>
            <translation>No regions yet: click "Build from region codes" to create the county's townships and villages (communities) from the official statistical region codes, "Import" to import a region table, or "New" to add them one by one. Every other register hangs off the regions.</translation>
        </message>
        <message>
            <source>从区划代码建立…</source>
            <translation>Build from region codes…</translation>
        </message>
        <message>
            <source>按国家统计局的统计用区划代码建立本县的乡镇和村（社区）</source>
            <translation>Create the county's townships and villages (communities) from the National Bureau of Statistics' region codes</translation>
        </message>
        <message>
            <source>状态：{value}</source>
            <translation>Status: {value}</translation>
        </message>
        <message>
            <source>搜索：{value}</source>
            <translation>Search: {value}</translation>
        </message>
        <message>
            <source>{label}：{value}</source>
            <translation>{label}: {value}</translation>
        </message>
        <message>
            <source>升级数据库 {path} 时发现有记录指向不存在的记录，升级已撤销，文件保持原样。请把这个文件交给维护人员检查。</source>
            <translation>Upgrading the database {path} found records that point to records that do not exist. The upgrade was undone and the file is unchanged. Please give this file to your maintainer to check.</translation>
        </message>
        <message>
            <source>发证日期不能晚于今天</source>
            <translation>The issue date cannot be later than today</translation>
        </message>
        <message>
            <source>{label}不能超过 {n} 个字</source>
            <translation>{label} cannot exceed {n} {n|character|characters}</translation>
        </message>
        <message>
            <source>民族</source>
            <translation>Ethnicity</translation>
        </message>
        <message>
            <source>如 汉族</source>
            <translation>e.g. 汉族 (Han)</translation>
        </message>
        <message>
            <source>文化程度</source>
            <translation>Education</translation>
        </message>
        <message>
            <source>政治面貌</source>
            <translation>Political affiliation</translation>
        </message>
        <message>
            <source>住址</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>如 黟县碧阳镇古筑村上村组 12 号</source>
            <translation>e.g. No. 12, Shangcun group, Guzhu village, Biyang town, Yi county</translation>
        </message>
        <message>
            <source>灾害信息员国家职业技能等级证书上的等级；未取得不选</source>
            <translation>The level on the national vocational skill certificate for disaster-information officers; leave empty if none</translation>
        </message>
        <message>
            <source>证书编号</source>
            <translation>Certificate number</translation>
        </message>
        <message>
            <source>职业技能等级证书编号</source>
            <translation>Vocational skill certificate number</translation>
        </message>
        <message>
            <source>发证日期</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>全部技能等级</source>
            <translation type="vanished">All levels</translation>
        </message>
        <message>
            <source>未取得等级</source>
            <translation>No skill level</translation>
        </message>
        <message>
            <source>职业技能等级</source>
            <translation>Skill level</translation>
        </message>
        <message>
            <source>批号 {no} 保质期已过半（{h} 起，{d} 到期），数量 {q}，按“保质期过半轮换”请安排轮换</source>
            <translation>Batch {no} is past half its shelf life (since {h}, expires {d}), quantity {q}; the item rotates at half shelf life, please arrange a rotation</translation>
        </message>
        <message>
            <source>保质期过半轮换需要先填写保质期(月)</source>
            <translation>Rotating at half shelf life needs the shelf life (months) first</translation>
        </message>
        <message>
            <source>保质期过半轮换</source>
            <translation>Rotate at half shelf life</translation>
        </message>
        <message>
            <source>勾选后，批次的保质期过半即提醒轮换（不必等到临期）；需填写保质期</source>
            <translation>When ticked, a batch is flagged for rotation once half its shelf life has passed (not only near expiry); needs the shelf life</translation>
        </message>
        <message>
            <source>未填性质</source>
            <translation>Type not given</translation>
        </message>
        <message>
            <source>按队伍性质：{parts}</source>
            <translation>By staffing type: {parts}</translation>
        </message>
        <message>
            <source>{force} {n} 支（{m} 人）</source>
            <translation>{force} {n} {n|team|teams} ({m} {m|person|people})</translation>
        </message>
        <message>
            <source>全部性质</source>
            <translation>All staffing types</translation>
        </message>
        <message>
            <source>队伍性质</source>
            <translation>Staffing type</translation>
        </message>
        <message>
            <source>{no} {q:g}（{d} 到期）</source>
            <translation>{no} {q:g} (expires {d})</translation>
        </message>
        <message>
            <source>尚未设置储备定额，无法编制补充计划。请先在“应急物资 → 储备定额”中录入。</source>
            <translation>No reserve quotas yet, so no replenishment plan can be drawn up. Enter them first under “Supplies → Quotas”.</translation>
        </message>
        <message>
            <source>共 {n} 项储备定额，需补充 </source>
            <translation>{n} reserve quotas; to replenish: </translation>
        </message>
        <message>
            <source>{n} 项</source>
            <translation>{n} {n|line|lines}</translation>
        </message>
        <message>
            <source>，其中低于最低储备 {m} 项。</source>
            <translation>, {m} of them below the minimum reserve.</translation>
        </message>
        <message>
            <source>{wh} 小计：{n} 项</source>
            <translation>{wh} subtotal: {n} {n|line|lines}</translation>
        </message>
        <message>
            <source>缺口 = 最低储备 − 可用数量；建议补充量 = 标准储备（未定标准时按最低储备）− 可用数量 + 临期数量。可用数量不含过期、冻结物资；临期指 {d} 天内到期。</source>
            <translation>Shortfall = minimum reserve − usable quantity; suggested = standard reserve (the minimum when no standard is set) − usable quantity + near-expiry quantity. Usable excludes expired and frozen stock; near-expiry means expiring within {d} {d|day|days}.</translation>
        </message>
        <message>
            <source>{name} 应配 {need}{unit}，现有 {have}</source>
            <translation>{name}: {need}{unit} required, {have} held</translation>
        </message>
        <message>
            <source>低于三级装备配置标准：{items}</source>
            <translation>Below the county/township/village equipment standard: {items}</translation>
        </message>
        <message>
            <source>层级应为 县级 / 乡镇级 / 村级</source>
            <translation>The level must be 县级 / 乡镇级 / 村级 (county / township / village)</translation>
        </message>
        <message>
            <source>配备数量应为 1 到 100000 之间的整数</source>
            <translation>The required quantity must be a whole number from 1 to 100000</translation>
        </message>
        <message>
            <source>该层级和队伍性质已有“{name}”的配置标准</source>
            <translation>This level and staffing type already have a standard line for “{name}”</translation>
        </message>
        <message>
            <source>该配置标准不存在或已删除</source>
            <translation>This standard line does not exist or was deleted</translation>
        </message>
        <message>
            <source>配置标准</source>
            <translation>Equipment standard</translation>
        </message>
        <message>
            <source>县/乡/村三级装备配置标准（T6 按此检查）</source>
            <translation>County/township/village equipment standard (checked by T6)</translation>
        </message>
        <message>
            <source>（{force}）</source>
            <translation> ({force})</translation>
        </message>
        <message>
            <source>技能等级</source>
            <translation>Skill</translation>
        </message>
        <message>
            <source>统计范围内没有符合筛选条件的应急预案。</source>
            <translation>No emergency plans within the scope match the filters.</translation>
        </message>
        <message>
            <source>尚未录入应急预案。请在“应急预案”页新增或导入预案目录。</source>
            <translation>No emergency plans on file yet. Add or import the plan catalogue on the Emergency plans page.</translation>
        </message>
        <message>
            <source>统计范围内没有符合筛选条件的救援队伍。</source>
            <translation>No rescue teams within the scope match the filters.</translation>
        </message>
        <message>
            <source>尚未登记救援队伍。请在“救援队伍”页新增或导入队伍。</source>
            <translation>No rescue teams on file yet. Add or import teams on the Rescue teams page.</translation>
        </message>
        <message>
            <source>12 位数字，如 341023100201（可暂缺）</source>
            <translation>12 digits, e.g. 341023100201 (may be left empty)</translation>
        </message>
        <message>
            <source>区划代码只能是数字，应为 12 位（如 341023100201）</source>
            <translation>A region code has digits only, 12 of them (e.g. 341023100201)</translation>
        </message>
        <message>
            <source>区划代码应为 12 位数字（如 341023100201），现在是 {n} 位</source>
            <translation>A region code has 12 digits (e.g. 341023100201); this one has {n}</translation>
        </message>
        <message>
            <source>县的上级留空</source>
            <translation>Leave empty for the county</translation>
        </message>
        <message>
            <source>国家统计用区划代码；导入时优先按代码匹配区划</source>
            <translation>The statistical division code; imports match regions by this code first</translation>
        </message>
        <message>
            <source>如 古筑村</source>
            <translation>e.g. 古筑村</translation>
        </message>
        <message>
            <source>如 山洪、地质灾害、森林火灾</source>
            <translation>e.g. flash floods, geological hazards, forest fires</translation>
        </message>
        <message>
            <source>新增行政区划</source>
            <translation>New region</translation>
        </message>
        <message>
            <source>灾害多发频发的乡镇、村须设 AB 岗灾害信息员</source>
            <translation>Disaster-prone townships and villages must have A and B officer posts</translation>
        </message>
        <message>
            <source>编辑行政区划</source>
            <translation>Edit region</translation>
        </message>
        <message>
            <source>临期数量</source>
            <translation>Expiring qty</translation>
        </message>
        <message>
            <source>无法检查：尚未建立乡镇和村（社区）。请先在“行政区划”页从区划代码建立区划树或导入区划，再录入各台账。</source>
            <translation>Nothing can be checked yet: no townships or villages (communities) exist. First build the region tree from the division codes or import the regions on the Regions page, then enter the registers.</translation>
        </message>
        <message>
            <source>无法检查配备情况：尚未建立村（社区）。请先在“行政区划”页从区划代码建立区划树或导入区划，再打印本表。</source>
            <translation>Coverage cannot be checked: no villages (communities) exist. First build the region tree from the division codes or import the regions on the Regions page, then print this form.</translation>
        </message>
        <message>
            <source>检查未完成，请按 F5 重新检查</source>
            <translation>The checks did not finish; press F5 to check again</translation>
        </message>
        <message>
            <source>正在生成图表…</source>
            <translation>Drawing the chart…</translation>
        </message>
        <message>
            <source>统计范围内没有符合筛选条件的演练记录。</source>
            <translation>No drills within the scope match the filters.</translation>
        </message>
        <message>
            <source>共记录演练 {n} 次，参演 {p} 人次；未评估 {e} 次，问题未整改 {r} 次。</source>
            <translation>{n} {n|drill|drills} recorded with {p} {p|participant|participants}; {e} not evaluated, {r} with problems not rectified.</translation>
        </message>
        <message>
            <source>演练统计</source>
            <translation>Drill statistics</translation>
        </message>
        <message>
            <source>{rule}（{n} 项）</source>
            <translation>{rule} ({n} {n|alert|alerts})</translation>
        </message>
        <message>
            <source>基本生活保障物资</source>
            <translation>Basic living supplies</translation>
        </message>
        <message>
            <source>应急装备及配套物资</source>
            <translation>Emergency equipment and accessories</translation>
        </message>
        <message>
            <source>工程材料与机械加工设备</source>
            <translation>Engineering materials and machinery</translation>
        </message>
        <message>
            <source>金额（元）</source>
            <translation>Value (yuan)</translation>
        </message>
        <message>
            <source>过期批次</source>
            <translation>Expired batches</translation>
        </message>
        <message>
            <source>村（社区）级</source>
            <translation>Village (community) level</translation>
        </message>
        <message>
            <source>{names}等 {n} 人</source>
            <translation>{names} and others ({n} in all)</translation>
        </message>
        <message>
            <source>正在打开…</source>
            <translation>Opening…</translation>
        </message>
        <message>
            <source>正在打开数据库…</source>
            <translation>Opening the database…</translation>
        </message>
        <message>
            <source>统计范围内没有案例。</source>
            <translation>No cases in this area.</translation>
        </message>
        <message>
            <source>统计范围内没有隐患点。</source>
            <translation>No hazard points in this area.</translation>
        </message>
        <message>
            <source>统计范围内没有协议储备单位。</source>
            <translation>No agreement reserve suppliers in this area.</translation>
        </message>
        <message>
            <source>合计 {n} 名</source>
            <translation>Total {n}</translation>
        </message>
        <message>
            <source>合计 {n} 人</source>
            <translation>Total {n}</translation>
        </message>
        <message>
            <source>{label} {n} 处，可容纳 {p} 人，有效避难面积 {a} ㎡</source>
            <translation>{label}: {n} {n|place|places}, room for {p} {p|person|people}, {a} m² usable</translation>
        </message>
        <message>
            <source>{label} {n} 处，威胁 {h} 户 {p} 人</source>
            <translation>{label}: {n} {n|point|points}, {h} {h|household|households} and {p} {p|person|people} threatened</translation>
        </message>
        <message>
            <source>小计</source>
            <translation>Subtotal</translation>
        </message>
        <message>
            <source>{label} {n} 处，威胁 {p} 人</source>
            <translation>{label}: {n} {n|point|points}, {p} {p|person|people} threatened</translation>
        </message>
        <message>
            <source>合计：队伍 {n} 支，在队队员 {m} 人</source>
            <translation>Total: {n} {n|team|teams}, {m} current {m|member|members}</translation>
        </message>
        <message>
            <source>已跳过隐藏的工作表“{sheets}”。</source>
            <translation> Hidden sheets skipped: “{sheets}”.</translation>
        </message>
        <message>
            <source>表头只在隐藏的工作表“{sheets}”中，隐藏的工作表不导入。如需导入，请在 Excel 或 WPS 中右键工作表标签，选“取消隐藏”，保存后再导入。</source>
            <translation>The header is only in the hidden sheets “{sheets}”, and hidden sheets are not imported. To import one, right-click its sheet tab in Excel or WPS, choose Unhide, save the file and import it again.</translation>
        </message>
        <message>
            <source>{d} 晚于今天，请核对年份</source>
            <translation>{d} is later than today; please check the year</translation>
        </message>
        <message>
            <source>{b} 出生，今天未满 {n} 周岁，不能担任{role}；请核对出生日期或身份证号</source>
            <translation>Born {b}: under {n} today, so cannot be listed among {role}; please check the birth date or the ID card number</translation>
        </message>
        <message>
            <source>{d} 早于出生日期 {b}，请核对年份</source>
            <translation>{d} is before the birth date {b}; please check the year</translation>
        </message>
        <message>
            <source>{d} 时未满 {n} 周岁（出生日期 {b}），请核对年份</source>
            <translation>On {d} the person was under {n} (birth date {b}); please check the year</translation>
        </message>
        <message>
            <source>{label}：{v}</source>
            <translation>{label}: {v}</translation>
        </message>
        <message>
            <source>联络网中已有“{unit}”的“{person}”，不能恢复；请先删除或改动那一条</source>
            <translation>The contact list already has {person} of {unit}; it cannot be restored. Delete or change that entry first</translation>
        </message>
        <message>
            <source>此人已重新录入专家库，不能恢复；请先删除或改动那一条</source>
            <translation>This person has been entered in the expert pool again; it cannot be restored. Delete or change that entry first</translation>
        </message>
        <message>
            <source>该区划已有同名隐患点“{name}”，不能恢复；请先删除或改动那一条</source>
            <translation>This region already has a hazard point named "{name}"; it cannot be restored. Delete or change that one first</translation>
        </message>
        <message>
            <source>该区划已有同名避难场所“{name}”，不能恢复；请先删除或改动那一条</source>
            <translation>This region already has a shelter named "{name}"; it cannot be restored. Delete or change that one first</translation>
        </message>
        <message>
            <source>{day} 该班次已有值班安排，不能恢复；请先删除或改动那一条</source>
            <translation>{day} already has a duty slot for this shift; it cannot be restored. Delete or change that one first</translation>
        </message>
        <message>
            <source>此人已重新登记为该村（社区）应急管理员，不能恢复；请先删除或改动那一条</source>
            <translation>This person is again registered as this village's emergency manager; it cannot be restored. Delete or change that entry first</translation>
        </message>
        <message>
            <source>该区划已有 {year} 年的防汛责任书，不能恢复；请先删除或改动那一条</source>
            <translation>This region already has a {year} flood-control pledge; it cannot be restored. Delete or change that one first</translation>
        </message>
        <message>
            <source>所在的领导小组已删除，请先恢复领导小组“{name}”</source>
            <translation>Its leadership group has been deleted: restore the group “{name}” first</translation>
        </message>
        <message>
            <source>“{name}”已重新录入该领导小组，不能恢复；请先删除或改动那一条</source>
            <translation>“{name}” has been entered into this leadership group again, so this one cannot be restored; delete or change that entry first</translation>
        </message>
        <message>
            <source>需要具体到日：“{v}”，请写明哪一天，如 {day}</source>
            <translation>A day is needed: “{v}”; write which day, e.g. {day}</translation>
        </message>
        <message>
            <source>与第 {row} 行是同一仓库的同一物资，两行都没有批号；同一物资的不同批次请填写批号区分（如按入库日期写 20240512）</source>
            <translation>The same item in the same warehouse as row {row}, and neither row has a batch number: give each lot its own batch number (such as its receipt date, 20240512)</translation>
        </message>
        <message>
            <source>该仓库已有这种物资的批次（批号 {nos}），本行没有批号，分不清是其中一批还是新的一批；请填写批号</source>
            <translation>The warehouse already holds this item in numbered batches ({nos}); this row has no batch number, so it cannot tell whether it is one of them or a new lot: fill in the batch number</translation>
        </message>
    </context>
    <context>
        <name>emergency_desk.data</name>
        <message>
            <source>住址</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>保质期过半轮换</source>
            <translation>Rotate at half shelf life</translation>
        </message>
        <message>
            <source>政治面貌</source>
            <translation>Political status</translation>
        </message>
        <message>
            <source>文化程度</source>
            <translation>Education</translation>
        </message>
        <message>
            <source>民族</source>
            <translation>Ethnicity</translation>
        </message>
        <message>
            <source>职业技能等级</source>
            <translation>Skill level</translation>
        </message>
        <message>
            <source>装备类别</source>
            <translation>Equipment category</translation>
        </message>
        <message>
            <source>配备数量</source>
            <translation>Required quantity</translation>
        </message>
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
            <translation>Unit</translation>
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
            <translation type="vanished">Annual officer training rate target</translation>
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
            <translation type="vanished">Plan evaluation cycle</translation>
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
            <translation type="vanished">Rule</translation>
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
            <translation>Disaster-information officers</translation>
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
            <source>乡镇名称或区划代码；县级灾害信息员不填</source>
            <translation>Township name or region code; empty for a county-level officer</translation>
        </message>
        <message>
            <source>村或社区名称或区划代码；乡镇级灾害信息员不填</source>
            <translation>Village or community name or region code; empty for a township-level officer</translation>
        </message>
        <message>
            <source>可不填（按身份证号）</source>
            <translation>optional (taken from the ID number)</translation>
        </message>
        <message>
            <source>如 1980-05-01；可不填（按身份证号）</source>
            <translation type="vanished">e.g. 1980-05-01; optional (taken from the ID number)</translation>
        </message>
        <message>
            <source>18 位，最后一位可为 X；请把本列设为“文本”</source>
            <translation>18 characters, the last may be X; format this column as Text</translation>
        </message>
        <message>
            <source>11 位手机号</source>
            <translation>11-digit mobile number</translation>
        </message>
        <message>
            <source>县 / 乡镇 / 村 / 社区；可不填（按所在区划）</source>
            <translation>县 / 乡镇 / 村 / 社区 (county / township / village / community); optional (the region's level)</translation>
        </message>
        <message>
            <source>A岗（主岗，A角）/ B岗（副岗、备岗，B角）/ 单岗；空白按单岗</source>
            <translation>A岗 (main post) / B岗 (deputy post) / 单岗 (single post); empty means 单岗</translation>
        </message>
        <message>
            <source>导入后记为一次培训记录；以后按培训记录自动计算</source>
            <translation>recorded as a training attendance on import; afterwards computed from the training records</translation>
        </message>
        <message>
            <source>在岗 / 离岗；空白按在岗</source>
            <translation>在岗 / 离岗 (on duty / left); empty means 在岗</translation>
        </message>
        <message>
            <source>如 网格员、护林员（用顿号分隔）</source>
            <translation>e.g. 网格员、护林员 (separated by 、)</translation>
        </message>
        <message>
            <source>举办培训的层级：县 / 乡镇 / 村</source>
            <translation>level that held the training: 县 / 乡镇 / 村</translation>
        </message>
        <message>
            <source>参训人；不填则只登记培训本身</source>
            <translation>attendee; leave empty to record the training alone</translation>
        </message>
        <message>
            <source>灾害信息员花名册</source>
            <translation>Disaster-information officer roster</translation>
        </message>
        <message>
            <source>村(社区)</source>
            <translation>Village (community)</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>出生年月</source>
            <translation>Born</translation>
        </message>
        <message>
            <source>身份证号</source>
            <translation>ID number</translation>
        </message>
        <message>
            <source>本职职务</source>
            <translation>Regular job</translation>
        </message>
        <message>
            <source>AB岗</source>
            <translation>A/B post</translation>
        </message>
        <message>
            <source>专兼职</source>
            <translation>Full/part-time</translation>
        </message>
        <message>
            <source>手机/备用电话</source>
            <translation>Mobile / other phone</translation>
        </message>
        <message>
            <source>任职时间</source>
            <translation>Appointed</translation>
        </message>
        <message>
            <source>最近培训</source>
            <translation>Last training</translation>
        </message>
        <message>
            <source>录入国家系统</source>
            <translation>In national system</translation>
        </message>
        <message>
            <source>兼任</source>
            <translation>Other roles</translation>
        </message>
        <message>
            <source>灾害信息员培训签到表</source>
            <translation>Officer training sign-in sheet</translation>
        </message>
        <message>
            <source>单位/村(社区)</source>
            <translation>Unit / village</translation>
        </message>
        <message>
            <source>职务</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>签名</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>灾害信息员培训率统计表</source>
            <translation>Officer training rates</translation>
        </message>
        <message>
            <source>在岗人数</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>本年已培训人数</source>
            <translation>Trained this year</translation>
        </message>
        <message>
            <source>培训率</source>
            <translation>Training rate</translation>
        </message>
        <message>
            <source>目标</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>达标情况</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>综合性</source>
            <translation>Comprehensive</translation>
        </message>
        <message>
            <source>专业</source>
            <translation>Specialised</translation>
        </message>
        <message>
            <source>社会应急力量</source>
            <translation>Social emergency force</translation>
        </message>
        <message>
            <source>企业专兼职</source>
            <translation>Enterprise full/part-time</translation>
        </message>
        <message>
            <source>民兵</source>
            <translation>Militia</translation>
        </message>
        <message>
            <source>志愿者</source>
            <translation>Volunteers</translation>
        </message>
        <message>
            <source>微型消防站</source>
            <translation>Micro fire station</translation>
        </message>
        <message>
            <source>半专业扑火队</source>
            <translation>Semi-professional fire-fighting team</translation>
        </message>
        <message>
            <source>县级</source>
            <translation>County level</translation>
        </message>
        <message>
            <source>乡镇级</source>
            <translation>Township level</translation>
        </message>
        <message>
            <source>村级</source>
            <translation>Village level</translation>
        </message>
        <message>
            <source>企业</source>
            <translation>Enterprise</translation>
        </message>
        <message>
            <source>在编</source>
            <translation>In service</translation>
        </message>
        <message>
            <source>已撤销</source>
            <translation>Disbanded</translation>
        </message>
        <message>
            <source>队长</source>
            <translation>Leader</translation>
        </message>
        <message>
            <source>副队长</source>
            <translation>Deputy leader</translation>
        </message>
        <message>
            <source>队员</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>保安</source>
            <translation>Security guard</translation>
        </message>
        <message>
            <source>警务</source>
            <translation>Police</translation>
        </message>
        <message>
            <source>医务</source>
            <translation>Medical</translation>
        </message>
        <message>
            <source>村干部</source>
            <translation>Village cadre</translation>
        </message>
        <message>
            <source>其他</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>防护</source>
            <translation>Protective</translation>
        </message>
        <message>
            <source>攻坚</source>
            <translation>Breaching</translation>
        </message>
        <message>
            <source>专业救援</source>
            <translation>Special rescue</translation>
        </message>
        <message>
            <source>通信指挥</source>
            <translation>Communication and command</translation>
        </message>
        <message>
            <source>工程抢险</source>
            <translation>Engineering rescue</translation>
        </message>
        <message>
            <source>照明动力</source>
            <translation>Lighting and power</translation>
        </message>
        <message>
            <source>其他装备</source>
            <translation>Other equipment</translation>
        </message>
        <message>
            <source>完好</source>
            <translation>Good</translation>
        </message>
        <message>
            <source>待修</source>
            <translation>Needs repair</translation>
        </message>
        <message>
            <source>报废</source>
            <translation>Scrapped</translation>
        </message>
        <message>
            <source>装备维护保养间隔上限</source>
            <translation>Maximum interval between equipment maintenance</translation>
        </message>
        <message>
            <source>计为队伍训练的最少参训队员</source>
            <translation>Minimum attending members for a team training</translation>
        </message>
        <message>
            <source>综合性救援队伍应配装备类别</source>
            <translation>Equipment categories required for comprehensive teams</translation>
        </message>
        <message>
            <source>综合性救援队伍人数不足</source>
            <translation>Comprehensive rescue team below minimum headcount</translation>
        </message>
        <message>
            <source>救援队伍缺队长、值班电话或队员手机</source>
            <translation>Rescue team lacks a leader, duty phone or member mobile</translation>
        </message>
        <message>
            <source>队员保险或证书过期、即将到期</source>
            <translation>Member insurance or certificate expired or expiring</translation>
        </message>
        <message>
            <source>救援队伍长期未训练或演练</source>
            <translation>Rescue team without training or drill for too long</translation>
        </message>
        <message>
            <source>装备超期、维护超期或待修</source>
            <translation>Equipment past service life, maintenance overdue or needing repair</translation>
        </message>
        <message>
            <source>综合性救援队伍装备配备不达标</source>
            <translation type="vanished">Comprehensive rescue team below its equipment standard</translation>
        </message>
        <message>
            <source>救援队伍</source>
            <translation>Rescue teams</translation>
        </message>
        <message>
            <source>救援队伍（任队长）</source>
            <translation>rescue team(s) (as leader)</translation>
        </message>
        <message>
            <source>装备</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <source>队员记录</source>
            <translation>team membership(s)</translation>
        </message>
        <message>
            <source>证书</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>维护记录</source>
            <translation>Maintenance record</translation>
        </message>
        <message>
            <source>综合性 / 专业 / 社会应急力量 / 企业专兼职 / 民兵 / 志愿者 / 微型消防站 / 半专业扑火队（下拉选择）</source>
            <translation>Comprehensive / Specialised / Social emergency force / Enterprise full/part-time / Militia / Volunteers / Micro fire station / Semi-professional fire-fighting team (drop-down)</translation>
        </message>
        <message>
            <source>多个用顿号分隔，如 防汛抗旱、水上搜救、森林消防</source>
            <translation>Separate several with 、, e.g. 防汛抗旱、水上搜救、森林消防</translation>
        </message>
        <message>
            <source>县级 / 乡镇级 / 村级 / 企业；空白按所属区划的层级</source>
            <translation>County / township / village level / enterprise; blank = the region's level</translation>
        </message>
        <message>
            <source>区划名称或区划代码</source>
            <translation>Region name or region code</translation>
        </message>
        <message>
            <source>11 位手机号码</source>
            <translation>11-digit mobile number</translation>
        </message>
        <message>
            <source>手机或座机，如 0559-5521119</source>
            <translation>Mobile or landline, e.g. 0559-5521119</translation>
        </message>
        <message>
            <source>18 位；请把本列设为文本，以免 Excel 丢失后几位</source>
            <translation>18 characters; format this column as text so Excel keeps every digit</translation>
        </message>
        <message>
            <source>队长 / 副队长 / 队员；空白按队员</source>
            <translation>Leader / deputy leader / member; blank = member</translation>
        </message>
        <message>
            <source>民兵 / 保安 / 警务 / 医务 / 村干部 / 志愿者 / 其他</source>
            <translation>Militia / security guard / police / medical / village cadre / volunteer / other</translation>
        </message>
        <message>
            <source>队伍同名时用来区分：队伍所属区划的名称或区划代码</source>
            <translation>Tells teams of the same name apart: the team's region name or code</translation>
        </message>
        <message>
            <source>应急装备</source>
            <translation>Emergency equipment</translation>
        </message>
        <message>
            <source>防护 / 攻坚 / 专业救援 / 通信指挥 / 工程抢险 / 照明动力 / 其他装备</source>
            <translation>Protective / breaching / special rescue / communication and command / engineering rescue / lighting and power / other equipment</translation>
        </message>
        <message>
            <source>空白表示存放在仓库、未配发</source>
            <translation>Blank = kept in store, not issued to a team</translation>
        </message>
        <message>
            <source>完好 / 待修 / 报废</source>
            <translation>Good / needs repair / scrapped</translation>
        </message>
        <message>
            <source>应急救援队伍汇总表</source>
            <translation>Rescue team summary</translation>
        </message>
        <message>
            <source>队伍名称</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>所属区划</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>在队/编制</source>
            <translation>Current/planned</translation>
        </message>
        <message>
            <source>队长电话</source>
            <translation>Leader phone</translation>
        </message>
        <message>
            <source>值班电话</source>
            <translation>Duty phone</translation>
        </message>
        <message>
            <source>驻地</source>
            <translation>Base</translation>
        </message>
        <message>
            <source>主要装备</source>
            <translation>Main equipment</translation>
        </message>
        <message>
            <source>应急救援队伍花名册</source>
            <translation>Rescue team roster</translation>
        </message>
        <message>
            <source>年龄</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>手机号码</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>队内职务</source>
            <translation>Role in team</translation>
        </message>
        <message>
            <source>专业特长</source>
            <translation>Skills</translation>
        </message>
        <message>
            <source>人员来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>工作单位</source>
            <translation>Employer</translation>
        </message>
        <message>
            <source>保险有效期</source>
            <translation>Insurance valid until</translation>
        </message>
        <message>
            <source>应急装备清单</source>
            <translation>Emergency equipment list</translation>
        </message>
        <message>
            <source>装备名称</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <source>规格型号</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>数量</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>购置日期</source>
            <translation>Acquired</translation>
        </message>
        <message>
            <source>使用期限至</source>
            <translation>Service life until</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>下次维护</source>
            <translation>Next maintenance</translation>
        </message>
        <message>
            <source>总体</source>
            <translation>General</translation>
        </message>
        <message>
            <source>专项</source>
            <translation>Special</translation>
        </message>
        <message>
            <source>部门</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>乡镇(街道)</source>
            <translation>Township (subdistrict)</translation>
        </message>
        <message>
            <source>企事业单位</source>
            <translation>Enterprise / institution</translation>
        </message>
        <message>
            <source>重大活动</source>
            <translation>Major event</translation>
        </message>
        <message>
            <source>巨灾</source>
            <translation>Catastrophe</translation>
        </message>
        <message>
            <source>现场处置方案</source>
            <translation>On-site response procedure</translation>
        </message>
        <message>
            <source>起草</source>
            <translation>Drafting</translation>
        </message>
        <message>
            <source>评审中</source>
            <translation>Under review</translation>
        </message>
        <message>
            <source>已发布</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>修订中</source>
            <translation>Being revised</translation>
        </message>
        <message>
            <source>废止</source>
            <translation>Repealed</translation>
        </message>
        <message>
            <source>法规</source>
            <translation>Laws and regulations</translation>
        </message>
        <message>
            <source>机构职责</source>
            <translation>Organisation and duties</translation>
        </message>
        <message>
            <source>风险</source>
            <translation>Risks</translation>
        </message>
        <message>
            <source>资源</source>
            <translation>Resources</translation>
        </message>
        <message>
            <source>演练或实战问题</source>
            <translation>Problems found in drills or real responses</translation>
        </message>
        <message>
            <source>自评</source>
            <translation>Self-evaluation</translation>
        </message>
        <message>
            <source>专家</source>
            <translation>Experts</translation>
        </message>
        <message>
            <source>第三方</source>
            <translation>Third party</translation>
        </message>
        <message>
            <source>继续有效</source>
            <translation>Remains valid</translation>
        </message>
        <message>
            <source>需修订</source>
            <translation>Needs revision</translation>
        </message>
        <message>
            <source>实战</source>
            <translation>Live exercise</translation>
        </message>
        <message>
            <source>桌面推演</source>
            <translation>Tabletop exercise</translation>
        </message>
        <message>
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>综合</source>
            <translation>Comprehensive</translation>
        </message>
        <message>
            <source>单项</source>
            <translation>Single-subject</translation>
        </message>
        <message>
            <source>联合</source>
            <translation>Joint</translation>
        </message>
        <message>
            <source>已整改</source>
            <translation>Rectified</translation>
        </message>
        <message>
            <source>整改中</source>
            <translation>Being rectified</translation>
        </message>
        <message>
            <source>未整改</source>
            <translation>Not rectified</translation>
        </message>
        <message>
            <source>计划</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>已完成</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>企事业单位预案演练间隔上限</source>
            <translation>Maximum interval between drills of enterprise plans</translation>
        </message>
        <message>
            <source>现场处置方案演练间隔上限</source>
            <translation>Maximum interval between drills of on-site response procedures</translation>
        </message>
        <message>
            <source>乡镇每年综合性演练次数目标</source>
            <translation>Comprehensive drills per township per year (target)</translation>
        </message>
        <message>
            <source>次</source>
            <translation>times</translation>
        </message>
        <message>
            <source>县级应配备的专项预案（用“、”分隔）</source>
            <translation>Special plans the county must have (separated by 、)</translation>
        </message>
        <message>
            <source>乡镇应配备的专项预案（用“、”分隔）</source>
            <translation>Special plans each township must have (separated by 、)</translation>
        </message>
        <message>
            <source>预案评估超期</source>
            <translation>Plan evaluation overdue</translation>
        </message>
        <message>
            <source>预案演练超期</source>
            <translation>Plan drill overdue</translation>
        </message>
        <message>
            <source>专项预案从未演练</source>
            <translation>Special plan never drilled</translation>
        </message>
        <message>
            <source>预案未经专家评审或未备案</source>
            <translation>Plan without expert review or filing</translation>
        </message>
        <message>
            <source>缺少应配备的预案</source>
            <translation>Required plan missing</translation>
        </message>
        <message>
            <source>演练未评估或问题未整改</source>
            <translation>Drill not evaluated or problems not rectified</translation>
        </message>
        <message>
            <source>预案依托的应急资源发生变化</source>
            <translation>Resources a plan relies on have changed</translation>
        </message>
        <message>
            <source>村（社区）未按期演练</source>
            <translation>Village (community) drill overdue</translation>
        </message>
        <message>
            <source>应急预案</source>
            <translation>Emergency plans</translation>
        </message>
        <message>
            <source>演练记录</source>
            <translation>drill records</translation>
        </message>
        <message>
            <source>年度演练计划</source>
            <translation>Annual drill plan</translation>
        </message>
        <message>
            <source>应急领导小组</source>
            <translation>Emergency leadership group</translation>
        </message>
        <message>
            <source>预案依托资源</source>
            <translation>Plan resource</translation>
        </message>
        <message>
            <source>演练关联预案</source>
            <translation>Drill–plan link</translation>
        </message>
        <message>
            <source>预案修订记录</source>
            <translation>Plan revision</translation>
        </message>
        <message>
            <source>应急演练</source>
            <translation>Emergency drills</translation>
        </message>
        <message>
            <source>预案评估记录</source>
            <translation>Plan evaluation</translation>
        </message>
        <message>
            <source>如 黟县防汛抗旱应急预案</source>
            <translation>e.g. 黟县防汛抗旱应急预案</translation>
        </message>
        <message>
            <source>总体/专项/部门/乡镇(街道)/村(社区)/企事业单位/重大活动/巨灾/现场处置方案</source>
            <translation>总体/专项/部门/乡镇(街道)/村(社区)/企事业单位/重大活动/巨灾/现场处置方案 (general / special / department / township / village / enterprise / major event / catastrophe / on-site procedure)</translation>
        </message>
        <message>
            <source>如 自然灾害、事故灾难</source>
            <translation type="vanished">e.g. 自然灾害, 事故灾难 (natural disaster, accident)</translation>
        </message>
        <message>
            <source>区划名称或区划代码；重名时写上级路径，如 碧阳镇/古筑村</source>
            <translation>Region name or code; if the name is not unique, write the path, e.g. 碧阳镇/古筑村</translation>
        </message>
        <message>
            <source>如 2024-05-01</source>
            <translation>e.g. 2024-05-01</translation>
        </message>
        <message>
            <source>1–10 的整数；空白按设置（默认 3 年）</source>
            <translation>A whole number 1–10; empty means the setting (3 years by default)</translation>
        </message>
        <message>
            <source>空白按“已发布”</source>
            <translation>Empty means 已发布 (published)</translation>
        </message>
        <message>
            <source>预案名称，多个用“、”或“;”分隔；重名时写 区划/预案名称</source>
            <translation>Plan names separated by 、 or ;; if a name is not unique, write region/plan name</translation>
        </message>
        <message>
            <source>已整改/整改中/未整改；有问题而空白按“未整改”</source>
            <translation>已整改/整改中/未整改 (rectified / in progress / not rectified); empty with problems means 未整改</translation>
        </message>
        <message>
            <source>空白时取第一个关联预案的区划</source>
            <translation>Empty means the region of the first linked plan</translation>
        </message>
        <message>
            <source>应急预案目录</source>
            <translation>Emergency plan catalogue</translation>
        </message>
        <message>
            <source>预案名称</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>事件类别</source>
            <translation>Event class</translation>
        </message>
        <message>
            <source>编制单位</source>
            <translation>Drafted by</translation>
        </message>
        <message>
            <source>文号</source>
            <translation>Document no.</translation>
        </message>
        <message>
            <source>版本</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>发布日期</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>专家评审</source>
            <translation>Expert review</translation>
        </message>
        <message>
            <source>备案单位/日期</source>
            <translation>Filed with / on</translation>
        </message>
        <message>
            <source>最近修订</source>
            <translation>Last revised</translation>
        </message>
        <message>
            <source>最近演练</source>
            <translation>Last drill</translation>
        </message>
        <message>
            <source>下次评估期限</source>
            <translation>Next evaluation due</translation>
        </message>
        <message>
            <source>应急演练记录表</source>
            <translation>Emergency drill record</translation>
        </message>
        <message>
            <source>演练名称</source>
            <translation>Drill</translation>
        </message>
        <message>
            <source>依据预案</source>
            <translation>Plans exercised</translation>
        </message>
        <message>
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>形式</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>组织单位</source>
            <translation>Organiser</translation>
        </message>
        <message>
            <source>参演单位/人数</source>
            <translation>Participating units / people</translation>
        </message>
        <message>
            <source>情景</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>评估结论</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>存在问题</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>整改措施</source>
            <translation>Measures</translation>
        </message>
        <message>
            <source>整改情况</source>
            <translation>Rectification</translation>
        </message>
        <message>
            <source>“六有”自查表</source>
            <translation>"Six haves" self-check</translation>
        </message>
        <message>
            <source>有班子</source>
            <translation>Leadership</translation>
        </message>
        <message>
            <source>有机制</source>
            <translation>Mechanism</translation>
        </message>
        <message>
            <source>有预案</source>
            <translation>Plans</translation>
        </message>
        <message>
            <source>有队伍</source>
            <translation>Teams</translation>
        </message>
        <message>
            <source>有物资</source>
            <translation>Supplies</translation>
        </message>
        <message>
            <source>有培训演练</source>
            <translation>Training and drills</translation>
        </message>
        <message>
            <source>达标项</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>正文</source>
            <translation>Full text</translation>
        </message>
        <message>
            <source>简本</source>
            <translation>Short version</translation>
        </message>
        <message>
            <source>作战图</source>
            <translation>Operations map</translation>
        </message>
        <message>
            <source>评估报告</source>
            <translation>Evaluation report</translation>
        </message>
        <message>
            <source>其他附件</source>
            <translation>Other attachment</translation>
        </message>
        <message>
            <source>预案附件</source>
            <translation>Plan attachment</translation>
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
            <translation>Reserve quotas</translation>
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
            <source>仓库/存放地点</source>
            <translation type="vanished">Warehouse / location</translation>
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
            <translation>Valid until</translation>
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
            <translation type="vanished">Keeper</translation>
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
            <source>应急物资</source>
            <translation>Supplies</translation>
        </message>
        <message>
            <source>显示在窗口标题和每一份报表上</source>
            <translation type="vanished">Shown in the window title and on every report</translation>
        </message>
        <message>
            <source>报表抬头</source>
            <translation>Report heading</translation>
        </message>
        <message>
            <source>报表签字栏</source>
            <translation>Report signature line</translation>
        </message>
        <message>
            <source>DESIGN.md §4：至少每日一份，轮换保存</source>
            <translation type="vanished">DESIGN.md §4: at least one a day, kept in rotation</translation>
        </message>
        <message>
            <source>S0 黟县规划：每个乡镇村、社区均有不少于1名灾害信息员（O1）</source>
            <translation>S0 Yixian plan: every township, village and community has at least 1 disaster-information officer (O1)</translation>
        </message>
        <message>
            <source>S0：每年举办1期灾害信息员专项培训班（O4）</source>
            <translation>S0: one training course for disaster-information officers every year (O4)</translation>
        </message>
        <message>
            <source>S2：三级灾害员培训率达xxx%（O5）；烈山区例：乡镇50%、村20%</source>
            <translation type="vanished">S2: training rate of officers at all three levels reaches xxx% (O5); Lieshan example: townships 50%, villages 20%</translation>
        </message>
        <message>
            <source>B3/B12：收储轮换，有效期物资定期调配更新（S2）</source>
            <translation>B3/B12: rotate stock; supplies with an expiry date are reallocated or renewed in time (S2)</translation>
        </message>
        <message>
            <source>S3(4)：经常使用的应急物资及用及补（S4）</source>
            <translation>S3(4): frequently used supplies are replenished as soon as they are issued (S4)</translation>
        </message>
        <message>
            <source>F5 中央级救灾储备物资管理办法：定期盘库（S5）</source>
            <translation>F5 Measures for Central Disaster-Relief Reserves: regular stocktakes (S5)</translation>
        </message>
        <message>
            <source>DOMAIN.md S8</source>
            <translation type="vanished">DOMAIN.md S8</translation>
        </message>
        <message>
            <source>B2：实现应急物资数据动态更新（S10）</source>
            <translation>B2: keep supply data up to date (S10)</translation>
        </message>
        <message>
            <source>S1 浮梁县规划：乡(镇)级不少于20人（T1）</source>
            <translation>S1 Fuliang plan: township teams of at least 20 (T1)</translation>
        </message>
        <message>
            <source>S1 浮梁县规划：县本级不少于30人（T1）</source>
            <translation>S1 Fuliang plan: county team of at least 30 (T1)</translation>
        </message>
        <message>
            <source>S0：专业救援人员商业保险全覆盖（T3）</source>
            <translation>S0: commercial insurance for all professional rescuers (T3)</translation>
        </message>
        <message>
            <source>S1：日常训练、应急演练（T4）</source>
            <translation>S1: routine training and drills (T4)</translation>
        </message>
        <message>
            <source>F2 突发事件应急预案管理办法：每3年评估（P1）</source>
            <translation type="vanished">F2 Measures for the Management of Emergency Plans: evaluate every 3 years (P1)</translation>
        </message>
        <message>
            <source>F2：专项、部门应急预案至少每3年进行一次应急演练（P2）</source>
            <translation>F2: special and department plans are drilled at least every 3 years (P2)</translation>
        </message>
        <message>
            <source>S0：定期开展乡村、社区应急演练（P8）</source>
            <translation>S0: regular drills in villages and communities (P8)</translation>
        </message>
        <message>
            <source>C10（S3(4)）：装备代储和维护保养；未设下次维护日期时按上次维护或购置日期推算（T5）</source>
            <translation>C10 (S3(4)): equipment storage and maintenance; without a next-maintenance date, counted from the last maintenance or the purchase date (T5)</translation>
        </message>
        <message>
            <source>C3（S1）：队伍日常训练、应急演练——由多名队员参加的培训或演练才算队伍活动，一名队员参加的县级培训不算（T4）</source>
            <translation>C3 (S1): routine training and drills — only training or drills attended by several members count as team activity; one member at a county course does not (T4)</translation>
        </message>
        <message>
            <source>C6（S0、S1）：制定基层应急救援装备配备目录，分类分重点储备；C8（S2）：按标准配置技术装备（T6，用顿号分隔，留空则不检查）</source>
            <translation>C6 (S0, S1): an equipment catalogue for grassroots rescue teams, stocked by category; C8 (S2): equip teams to the standard (T6; separate categories with 、; leave empty to skip the check)</translation>
        </message>
        <message>
            <source>F3 生产安全事故应急预案管理办法第33条：每年至少一次综合或专项演练（P2）</source>
            <translation>F3 Measures for Work-Safety Accident Emergency Plans, art. 33: at least one comprehensive or special drill a year (P2)</translation>
        </message>
        <message>
            <source>F3 第33条：现场处置方案每半年至少演练一次（P2）</source>
            <translation>F3 art. 33: on-site response procedures drilled at least every six months (P2)</translation>
        </message>
        <message>
            <source>S3(4)：每年组织1至2次综合性演练（P2）</source>
            <translation>S3(4): 1 to 2 comprehensive drills every year (P2)</translation>
        </message>
        <message>
            <source>D4（S0 黟县规划）：县级专项应急预案清单（P5）</source>
            <translation>D4 (S0 Yixian plan): the county's list of special plans (P5)</translation>
        </message>
        <message>
            <source>D5：各乡镇均制定总体、专项和部门应急预案；默认取 D4 清单中乡镇常见的三项，请按本地灾种调整（P5）</source>
            <translation>D5: every township has overall, special and department plans; the default takes the three D4 plans common in townships — adjust to local hazards (P5)</translation>
        </message>
        <message>
            <source>B11/B12：临期物资按 30 天内、90 天内分档提醒（S2）</source>
            <translation>B11/B12: near-expiry supplies flagged in bands of 30 and 90 days (S2)</translation>
        </message>
        <message>
            <source>S3(4)：鼓励灾害高风险的村(社区)建立储备站点（S9，可选）</source>
            <translation>S3(4): high-risk villages (communities) are encouraged to set up storage points (S9, optional)</translation>
        </message>
        <message>
            <source>本单位</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>管理员</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>录入员</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <source>只读</source>
            <translation>Read-only</translation>
        </message>
        <message>
            <source>启用用户和角色</source>
            <translation>Users and roles enabled</translation>
        </message>
        <message>
            <source>用户</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>连续输错密码几次后锁定</source>
            <translation>Wrong passwords before lock-out</translation>
        </message>
        <message>
            <source>账户锁定时长</source>
            <translation>Lock-out duration</translation>
        </message>
        <message>
            <source>分钟</source>
            <translation>minutes</translation>
        </message>
        <message>
            <source>密码最少位数</source>
            <translation>Minimum password length</translation>
        </message>
        <message>
            <source>位</source>
            <translation>characters</translation>
        </message>
        <message>
            <source>数据安全：管理员、录入员、只读三种角色；默认关闭（单人办公室）</source>
            <translation>Data safety: three roles, administrator, clerk and read-only; off by default (single-user office)</translation>
        </message>
        <message>
            <source>数据安全：多次输错密码后锁定账户，防止猜测密码</source>
            <translation>Data safety: lock an account after repeated wrong passwords, against guessing</translation>
        </message>
        <message>
            <source>数据安全：锁定期满自动解锁；管理员重置密码可立即解锁</source>
            <translation>Data safety: unlocked when the lock expires; an administrator's password reset unlocks at once</translation>
        </message>
        <message>
            <source>数据安全：过短的密码容易被猜中</source>
            <translation>Data safety: short passwords are easy to guess</translation>
        </message>
        <message>
            <source>GB/T 38565：大类 1 位，中类、小类、细类各 2 位，如 1、101、10101、1010101</source>
            <translation>GB/T 38565: 1 digit for the class, 2 each for the sub-levels, e.g. 1, 101, 10101, 1010101</translation>
        </message>
        <message>
            <source>仓库名称；同名仓库写成“区划/仓库名称”</source>
            <translation>Warehouse name; for warehouses sharing a name write “region/warehouse name”</translation>
        </message>
        <message>
            <source>物资品目中已有的名称</source>
            <translation>A name already in the item catalogue</translation>
        </message>
        <message>
            <source>低于此数即预警（S3）</source>
            <translation>Below this an alert is raised (S3)</translation>
        </message>
        <message>
            <source>补充到此数；不小于最低储备</source>
            <translation>Replenish up to this; not below the minimum</translation>
        </message>
        <message>
            <source>每人多少（如 0.02）；最低储备不填时按区划人口计算</source>
            <translation>Per person (e.g. 0.02); with no minimum given it is computed from the region's population</translation>
        </message>
        <message>
            <source>同一协议的每一行物资都重复填写协议各列</source>
            <translation>Repeat the agreement's columns on every goods row of the same agreement</translation>
        </message>
        <message>
            <source>每行一种物资；物资品目中已有的名称</source>
            <translation>One item per row; a name already in the item catalogue</translation>
        </message>
        <message>
            <source>用来找到此人；没有时按 姓名+手机号码</source>
            <translation>Used to find the person; without it, name + mobile</translation>
        </message>
        <message>
            <source>如 应急救援员证、潜水证、急救员证</source>
            <translation>e.g. rescuer certificate, diving certificate, first-aid certificate</translation>
        </message>
        <message>
            <source>长期有效的不填</source>
            <translation type="vanished">Leave blank when it does not expire</translation>
        </message>
        <message>
            <source>县级灾害信息员年度培训率目标</source>
            <translation>Annual training-rate target, county officers</translation>
        </message>
        <message>
            <source>默认值：全员参训（区级五年工作总结要求三级灾害信息员培训率达标，未给出比例）（O5）</source>
            <translation>Default: everyone trained (the district's five-year summary asks every level to meet its training rate and gives no figure) (O5)</translation>
        </message>
        <message>
            <source>乡镇级灾害信息员年度培训率目标</source>
            <translation>Annual training-rate target, township officers</translation>
        </message>
        <message>
            <source>默认值，参照烈山区做法：乡镇灾害信息员每年培训率不低于50%（O5）</source>
            <translation>Default, after Lieshan District's practice: at least 50% of township officers trained each year (O5)</translation>
        </message>
        <message>
            <source>村（社区）级灾害信息员年度培训率目标</source>
            <translation>Annual training-rate target, village (community) officers</translation>
        </message>
        <message>
            <source>默认值，参照烈山区做法：村灾害信息员每年培训率不低于20%（O5）</source>
            <translation>Default, after Lieshan District's practice: at least 20% of village officers trained each year (O5)</translation>
        </message>
        <message>
            <source>县级以上预案评估周期</source>
            <translation>Evaluation cycle of plans at county level and above</translation>
        </message>
        <message>
            <source>F2 突发事件应急预案管理办法（国办发〔2024〕5号）：县级以上预案每3年评估（P1）</source>
            <translation>F2 Emergency Plan Management Measures (Guobanfa [2024] No. 5): plans at county level and above are evaluated every 3 years (P1)</translation>
        </message>
        <message>
            <source>乡镇、村（社区）预案评估周期</source>
            <translation>Evaluation cycle of township and village plans</translation>
        </message>
        <message>
            <source>F2：国办发〔2024〕5号的3年评估针对县级以上预案，乡镇、村预案由本单位确定，默认同样3年（P1）</source>
            <translation>F2: the 3-year evaluation of Guobanfa [2024] No. 5 applies to plans at county level and above; for township and village plans the office decides, 3 years by default (P1)</translation>
        </message>
        <message>
            <source>专项预案类别同义词（“=”连接同义词，“；”分隔各组）</source>
            <translation>Special-plan category synonyms ("=" joins synonyms, "；" separates groups)</translation>
        </message>
        <message>
            <source>D4/D5：应配备的专项预案按预案“事件类别”逐项核对，写法不同的同一类别在此列出（P5）</source>
            <translation>D4/D5: required special plans are checked one by one against each plan's event category; list different spellings of one category here (P5)</translation>
        </message>
        <message>
            <source>演练参演队伍</source>
            <translation>Drill team</translation>
        </message>
        <message>
            <source>灾害信息员 / 救援队伍 / 其他；不填时按培训名称和参训人推断</source>
            <translation>灾害信息员 / 救援队伍 / 其他; when blank, inferred from the title and the attendees</translation>
        </message>
        <message>
            <source>如 自然灾害、事故灾难；专项预案写明专项类别，如 自然灾害/防汛抗旱</source>
            <translation>e.g. 自然灾害, 事故灾难; special plans name the specific category, e.g. 自然灾害/防汛抗旱</translation>
        </message>
        <message>
            <source>目标依据</source>
            <translation>Target source</translation>
        </message>
        <message>
            <source>docs/design.md §4：至少每日一份，轮换保存</source>
            <translation type="vanished">docs/design.md §4: at least one a day, kept in rotation</translation>
        </message>
        <message>
            <source>B13：协议储备合同到期前提醒（S8）</source>
            <translation type="vanished">B13: remind before an agreement-reserve contract ends (S8)</translation>
        </message>
        <message>
            <source>显示在窗口标题和每一份报表上；由“初始化”或首次启动对话框填写</source>
            <translation>Shown in the window title and on every report; filled by init or the first-start dialog</translation>
        </message>
        <message>
            <source>已询问本单位信息</source>
            <translation>Office details asked</translation>
        </message>
        <message>
            <source>首次启动对话框只出现一次</source>
            <translation>The first-start dialog appears only once</translation>
        </message>
        <message>
            <source>如 2027-06-30；只写年月（2027.06）按该月最后一天</source>
            <translation>e.g. 2027-06-30; year and month only (2027.06) means the last day of that month</translation>
        </message>
        <message>
            <source>如 2025-06-30；只写年月（2025.06）按该月最后一天</source>
            <translation>e.g. 2025-06-30; year and month only (2025.06) means the last day of that month</translation>
        </message>
        <message>
            <source>如 1980-05-01，只知年月写 1980.05；可不填（按身份证号）</source>
            <translation>e.g. 1980-05-01, or 1980.05 when only the month is known; may be left blank (taken from the ID number)</translation>
        </message>
        <message>
            <source>如 2021-03-01；只知年月写 2021.03</source>
            <translation>e.g. 2021-03-01, or 2021.03 when only the month is known</translation>
        </message>
        <message>
            <source>存放位置</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>使用说明《数据安全》：每天第一次修改前自动备份，轮换保存</source>
            <translation>User guide, "Data safety": a backup before the first change of each day, kept in rotation</translation>
        </message>
        <message>
            <source>S3(4)：乡(镇)、村(社区)与邻近超市、企业等合作开展应急物资协议储备（S8）</source>
            <translation>S3(4): townships and villages (communities) keep agreement reserves with nearby supermarkets and enterprises (S8)</translation>
        </message>
        <message>
            <source>恢复管理员</source>
            <translation>Admin recovery</translation>
        </message>
        <message>
            <source>登录</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>从备份恢复</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <source>导出</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>演示数据</source>
            <translation>Demo data</translation>
        </message>
        <message>
            <source>组长</source>
            <translation>Leader</translation>
        </message>
        <message>
            <source>副组长</source>
            <translation>Deputy leaders</translation>
        </message>
        <message>
            <source>成员</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>办公室主任</source>
            <translation>Office head</translation>
        </message>
        <message>
            <source>应急办工作人员</source>
            <translation>Emergency office staff</translation>
        </message>
        <message>
            <source>全天</source>
            <translation>All day</translation>
        </message>
        <message>
            <source>白班</source>
            <translation>Day shift</translation>
        </message>
        <message>
            <source>夜班</source>
            <translation>Night shift</translation>
        </message>
        <message>
            <source>值班表检查未来天数</source>
            <translation>Days ahead checked in the duty roster</translation>
        </message>
        <message>
            <source>E1（S0、S1）：建立健全24小时值班备勤制度，领导干部带班；未来这些天中每天都要有带班领导和值班员（D1，六有“有机制”）</source>
            <translation>E1 (S0, S1): a sound 24-hour duty system led by leading cadres; every one of these coming days needs a leader and an officer on duty (D1, six-haves "mechanism")</translation>
        </message>
        <message>
            <source>值班表有缺口（无带班领导或值班员）</source>
            <translation>Duty roster has gaps (no leader or no officer on duty)</translation>
        </message>
        <message>
            <source>值班安排</source>
            <translation>Duty slot</translation>
        </message>
        <message>
            <source>值班记录</source>
            <translation>Duty log</translation>
        </message>
        <message>
            <source>领导小组成员</source>
            <translation>Leadership group member</translation>
        </message>
        <message>
            <source>领导小组</source>
            <translation>Leadership group</translation>
        </message>
        <message>
            <source>乡镇名称或区划代码</source>
            <translation>Township name or region code</translation>
        </message>
        <message>
            <source>空白时用该乡镇已登记的领导小组；没有时新建“某某镇应急管理工作领导小组”</source>
            <translation>Blank: the township's recorded group; if none, a new "&lt;township&gt; emergency management leadership group"</translation>
        </message>
        <message>
            <source>空白按“成员”</source>
            <translation>Blank means "Member"</translation>
        </message>
        <message>
            <source>如 2024-03-01</source>
            <translation>e.g. 2024-03-01</translation>
        </message>
        <message>
            <source>值班表</source>
            <translation>Duty roster</translation>
        </message>
        <message>
            <source>如 2024-07-01</source>
            <translation>e.g. 2024-07-01</translation>
        </message>
        <message>
            <source>空白按“全天”（24 小时值班）</source>
            <translation>Blank means "All day" (24-hour duty)</translation>
        </message>
        <message>
            <source>多人用“、”分隔</source>
            <translation>Separate several names with "、"</translation>
        </message>
        <message>
            <source>汛期加强值班填“是”</source>
            <translation>Enter 是 for reinforced flood-season duty</translation>
        </message>
        <message>
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>星期</source>
            <translation>Weekday</translation>
        </message>
        <message>
            <source>班次</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>带班领导</source>
            <translation>Leader on duty</translation>
        </message>
        <message>
            <source>带班领导电话</source>
            <translation>Leader phone</translation>
        </message>
        <message>
            <source>值班员</source>
            <translation>Duty officer</translation>
        </message>
        <message>
            <source>值班员电话</source>
            <translation>Officer phone</translation>
        </message>
        <message>
            <source>汛期</source>
            <translation>Flood season</translation>
        </message>
        <message>
            <source>应急管理领导小组名单</source>
            <translation>Emergency leadership group list</translation>
        </message>
        <message>
            <source>小组职务</source>
            <translation>Role in group</translation>
        </message>
        <message>
            <source>办公电话</source>
            <translation>Office phone</translation>
        </message>
        <message>
            <source>领导小组和值班</source>
            <translation>Leadership groups and duty</translation>
        </message>
        <message>
            <source>应急管理员</source>
            <translation>Emergency manager</translation>
        </message>
        <message>
            <source>网格员</source>
            <translation>Grid worker</translation>
        </message>
        <message>
            <source>应急管理员兼网格员</source>
            <translation>Emergency manager and grid worker</translation>
        </message>
        <message>
            <source>每个村（社区）须配备应急管理员</source>
            <translation>Every village and community needs an emergency manager</translation>
        </message>
        <message>
            <source>A9（S0）：村(社区)党组织书记为应急管理工作主要负责人，应急管理员配备全覆盖；各地要求不同，由本单位开启（G1）</source>
            <translation>A9 (S0): the village Party secretary leads emergency work and every village has an emergency manager; requirements differ by province, so the office turns this on (G1)</translation>
        </message>
        <message>
            <source>村（社区）未配备应急管理员</source>
            <translation>Village or community without an emergency manager</translation>
        </message>
        <message>
            <source>村(社区)应急管理员</source>
            <translation>Village emergency managers</translation>
        </message>
        <message>
            <source>村名在全县重名时填写</source>
            <translation>Fill in when the village name occurs twice in the county</translation>
        </message>
        <message>
            <source>村（社区）名称或区划代码</source>
            <translation>Village or community name, or region code</translation>
        </message>
        <message>
            <source>空白按“应急管理员”</source>
            <translation>Blank means "Emergency manager"</translation>
        </message>
        <message>
            <source>如 村党组织书记、村委委员</source>
            <translation>e.g. village Party secretary, committee member</translation>
        </message>
        <message>
            <source>仍在任的空白</source>
            <translation>Blank while in post</translation>
        </message>
        <message>
            <source>村(社区)应急管理员花名册</source>
            <translation>Village emergency manager roster</translation>
        </message>
        <message>
            <source>职责</source>
            <translation>Duty</translation>
        </message>
        <message>
            <source>兼灾害信息员</source>
            <translation>Also information officer</translation>
        </message>
        <message>
            <source>任职日期</source>
            <translation>Appointed on</translation>
        </message>
        <message>
            <source>紧急</source>
            <translation>Emergency</translation>
        </message>
        <message>
            <source>短期</source>
            <translation>Short term</translation>
        </message>
        <message>
            <source>中期</source>
            <translation>Medium term</translation>
        </message>
        <message>
            <source>长期</source>
            <translation>Long term</translation>
        </message>
        <message>
            <source>室内</source>
            <translation>Indoor</translation>
        </message>
        <message>
            <source>室外</source>
            <translation>Outdoor</translation>
        </message>
        <message>
            <source>室内外结合</source>
            <translation>Indoor and outdoor</translation>
        </message>
        <message>
            <source>单一</source>
            <translation>Single</translation>
        </message>
        <message>
            <source>特定</source>
            <translation>Specific</translation>
        </message>
        <message>
            <source>滑坡</source>
            <translation>Landslide</translation>
        </message>
        <message>
            <source>崩塌</source>
            <translation>Rockfall</translation>
        </message>
        <message>
            <source>泥石流</source>
            <translation>Debris flow</translation>
        </message>
        <message>
            <source>地面塌陷</source>
            <translation>Ground subsidence</translation>
        </message>
        <message>
            <source>山洪</source>
            <translation>Flash flood</translation>
        </message>
        <message>
            <source>危房</source>
            <translation>Dangerous house</translation>
        </message>
        <message>
            <source>内涝</source>
            <translation>Waterlogging</translation>
        </message>
        <message>
            <source>在册</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>已销号</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>避难场所检查间隔上限</source>
            <translation>Longest interval between shelter inspections</translation>
        </message>
        <message>
            <source>E5（S3(4)）：确保设施设备有效维护；GB/T 33744-2025（管护使用）；种子文件未给周期，默认每年至少一次（汛前）（H1）</source>
            <translation>E5 (S3(4)): keep facilities and equipment maintained; GB/T 33744-2025 (upkeep and use); the seeds give no interval, default at least once a year (before the flood season) (H1)</translation>
        </message>
        <message>
            <source>避难场所应能容纳服务村（社区）人口的比例</source>
            <translation>Share of the served villages' population a shelter must hold</translation>
        </message>
        <message>
            <source>GB/T 44013-2024 指标“可容纳避难人数”；种子文件未给比例，默认 30% 为本程序的假设，请按本地风险调整，0 表示不检查（H1）</source>
            <translation>GB/T 44013-2024 indicator "number of people it can hold"; the seeds give no ratio, the 30% default is this program's assumption — adjust it to local risk, 0 turns the check off (H1)</translation>
        </message>
        <message>
            <source>避难场所无管理责任人、检查超期或容量不足</source>
            <translation>Shelter without manager, inspection overdue or too small</translation>
        </message>
        <message>
            <source>隐患点未落实监测人、责任人或避难场所</source>
            <translation>Hazard point without monitor, responsible person or shelter</translation>
        </message>
        <message>
            <source>隐患点</source>
            <translation>Hazard points</translation>
        </message>
        <message>
            <source>避难场所</source>
            <translation>Shelter</translation>
        </message>
        <message>
            <source>GB/T 44013-2024：紧急/短期/中期/长期</source>
            <translation>GB/T 44013-2024: emergency/short/medium/long term</translation>
        </message>
        <message>
            <source>多个用“、”分隔；可容纳人数与这些村（社区）的人口比较（H1）</source>
            <translation>Separate several with "、"; the capacity is compared with their population (H1)</translation>
        </message>
        <message>
            <source>空白按“其他”</source>
            <translation>Blank means "Other"</translation>
        </message>
        <message>
            <source>避难场所台账中的场所名称</source>
            <translation>A shelter name from the shelter register</translation>
        </message>
        <message>
            <source>空白按“在册”</source>
            <translation>Blank means "Active"</translation>
        </message>
        <message>
            <source>避难场所一览表</source>
            <translation>Emergency shelter list</translation>
        </message>
        <message>
            <source>场所名称</source>
            <translation>Shelter name</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>可容纳人数</source>
            <translation>Capacity (people)</translation>
        </message>
        <message>
            <source>有效避难面积(㎡)</source>
            <translation>Effective area (m²)</translation>
        </message>
        <message>
            <source>管理责任人</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>最近检查</source>
            <translation>Last inspected</translation>
        </message>
        <message>
            <source>服务村(社区)</source>
            <translation>Villages served</translation>
        </message>
        <message>
            <source>隐患点台账</source>
            <translation>Hazard point register</translation>
        </message>
        <message>
            <source>隐患点名称</source>
            <translation>Hazard point</translation>
        </message>
        <message>
            <source>位置</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>威胁户数</source>
            <translation>Households threatened</translation>
        </message>
        <message>
            <source>威胁人数</source>
            <translation>People threatened</translation>
        </message>
        <message>
            <source>监测人</source>
            <translation>Monitor</translation>
        </message>
        <message>
            <source>监测人电话</source>
            <translation>Monitor phone</translation>
        </message>
        <message>
            <source>责任人</source>
            <translation>Responsible person</translation>
        </message>
        <message>
            <source>责任人电话</source>
            <translation>Responsible person phone</translation>
        </message>
        <message>
            <source>转移路线</source>
            <translation>Transfer route</translation>
        </message>
        <message>
            <source>避难场所和隐患点</source>
            <translation>Shelters and hazard points</translation>
        </message>
        <message>
            <source>本县</source>
            <translation>County</translation>
        </message>
        <message>
            <source>市级</source>
            <translation>City</translation>
        </message>
        <message>
            <source>省级</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>县直部门</source>
            <translation>County department</translation>
        </message>
        <message>
            <source>应急联络网核实间隔上限</source>
            <translation>Longest interval between contact verifications</translation>
        </message>
        <message>
            <source>S3(1)：应急管理工作网络实行动态管理，及时更新相关资料；种子文件未给周期，默认每半年核实一次（K1）</source>
            <translation>S3(1): keep the emergency contact network up to date; the seeds give no interval, default every six months (K1)</translation>
        </message>
        <message>
            <source>应急联络网条目超过期限未核实</source>
            <translation>Contact network entry not verified in time</translation>
        </message>
        <message>
            <source>联络网条目</source>
            <translation>contact entries</translation>
        </message>
        <message>
            <source>应急联络网</source>
            <translation>Contact network</translation>
        </message>
        <message>
            <source>专家库</source>
            <translation>Experts</translation>
        </message>
        <message>
            <source>如 防汛抗旱、地质灾害、森林防火、安全生产、医疗卫生</source>
            <translation>e.g. flood and drought, geohazards, forest fire, work safety, health</translation>
        </message>
        <message>
            <source>空白按“本县”</source>
            <translation>Blank means "County"</translation>
        </message>
        <message>
            <source>空白按“是”</source>
            <translation>Blank means 是</translation>
        </message>
        <message>
            <source>乡镇、村的条目填写，便于按乡镇筛选</source>
            <translation>Fill in for township and village entries, to filter by township</translation>
        </message>
        <message>
            <source>最近一次打电话核实的日期</source>
            <translation>The last day someone phoned to check it</translation>
        </message>
        <message>
            <source>应急联络网通讯录</source>
            <translation>Emergency contact directory</translation>
        </message>
        <message>
            <source>核实日期</source>
            <translation>Verified on</translation>
        </message>
        <message>
            <source>应急管理专家库名册</source>
            <translation>Emergency expert pool</translation>
        </message>
        <message>
            <source>职称</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>可参与处置</source>
            <translation>Available</translation>
        </message>
        <message>
            <source>应急联络网和专家库</source>
            <translation>Contact network and experts</translation>
        </message>
        <message>
            <source>综合台账汇总</source>
            <translation>Register summary</translation>
        </message>
        <message>
            <source>台账</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>期末数量</source>
            <translation>At end</translation>
        </message>
        <message>
            <source>本期新增</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>本期删除</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>县—乡镇</source>
            <translation>County → township</translation>
        </message>
        <message>
            <source>乡镇—村(社区)</source>
            <translation>Township → village</translation>
        </message>
        <message>
            <source>汛期月份（防汛责任书检查）</source>
            <translation>Flood-season months (flood-control letters)</translation>
        </message>
        <message>
            <source>种子文件未写明汛期；各地不同，默认 5—9 月为本程序的假设。写成 5-9 或 5、6、7；留空则不检查（F1）</source>
            <translation>The seeds do not give the flood season; it differs by region, the May–September default is this program's assumption. Write 5-9 or 5、6、7; blank turns the check off (F1)</translation>
        </message>
        <message>
            <source>汛期村（社区）未签订本年度防汛责任书</source>
            <translation>Village without this year's flood-control letter in the flood season</translation>
        </message>
        <message>
            <source>防汛责任书</source>
            <translation>Flood-control letters</translation>
        </message>
        <message>
            <source>如 2026</source>
            <translation>e.g. 2026</translation>
        </message>
        <message>
            <source>签订责任书的乡镇或村（社区）：名称或区划代码</source>
            <translation>The township or village that signed: name or region code</translation>
        </message>
        <message>
            <source>合并上报包</source>
            <translation>Package merged</translation>
        </message>
        <message>
            <source>处理合并冲突</source>
            <translation>Merge conflict settled</translation>
        </message>
        <message>
            <source>现行有效</source>
            <translation>In force</translation>
        </message>
        <message>
            <source>已修订</source>
            <translation>Amended</translation>
        </message>
        <message>
            <source>已废止</source>
            <translation>Repealed</translation>
        </message>
        <message>
            <source>尚未施行</source>
            <translation>Not yet in force</translation>
        </message>
        <message>
            <source>法律</source>
            <translation>Law</translation>
        </message>
        <message>
            <source>行政法规</source>
            <translation>Administrative regulation</translation>
        </message>
        <message>
            <source>部门规章</source>
            <translation>Departmental rule</translation>
        </message>
        <message>
            <source>地方性法规</source>
            <translation>Local regulation</translation>
        </message>
        <message>
            <source>地方政府规章</source>
            <translation>Local government rule</translation>
        </message>
        <message>
            <source>规范性文件</source>
            <translation>Normative document</translation>
        </message>
        <message>
            <source>标准规范</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>自然灾害</source>
            <translation>Natural disaster</translation>
        </message>
        <message>
            <source>事故灾难</source>
            <translation>Accident</translation>
        </message>
        <message>
            <source>公共卫生事件</source>
            <translation>Public health event</translation>
        </message>
        <message>
            <source>社会安全事件</source>
            <translation>Social security event</translation>
        </message>
        <message>
            <source>一般</source>
            <translation>Ordinary</translation>
        </message>
        <message>
            <source>较大</source>
            <translation>Large</translation>
        </message>
        <message>
            <source>重大</source>
            <translation>Major</translation>
        </message>
        <message>
            <source>特别重大</source>
            <translation>Extraordinarily serious</translation>
        </message>
        <message>
            <source>典型案例</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>导出时为已附加扫描件的文件名；导入时留空不改，填完整路径则附加该文件</source>
            <translation>Export writes the attached scan's file name; on import a blank cell changes nothing and a full path attaches that file</translation>
        </message>
        <message>
            <source>法规库</source>
            <translation>Regulations</translation>
        </message>
        <message>
            <source>空白按“现行有效”</source>
            <translation>Blank means "In force"</translation>
        </message>
        <message>
            <source>如 综合、防汛抗旱、地质灾害、森林防火、安全生产</source>
            <translation>e.g. general, flood and drought, geological hazards, forest fire, work safety</translation>
        </message>
        <message>
            <source>导出时为已附加文件的名称；导入时留空不改，填完整路径则附加该文件</source>
            <translation>Export writes the attached file's name; on import a blank cell changes nothing and a full path attaches that file</translation>
        </message>
        <message>
            <source>典型案例库</source>
            <translation>Case library</translation>
        </message>
        <message>
            <source>可只写年月，如 2020.07</source>
            <translation>Year and month are enough, e.g. 2020.07</translation>
        </message>
        <message>
            <source>本县的乡镇或村：名称或区划代码；外地案例留空，写在“地点”</source>
            <translation>A township or village of the county: name or code; for a case elsewhere leave blank and use Place</translation>
        </message>
        <message>
            <source>空白按“自然灾害”</source>
            <translation>Blank means "Natural disaster"</translation>
        </message>
        <message>
            <source>如 山洪、滑坡、森林火灾、道路交通事故</source>
            <translation>e.g. flash flood, landslide, forest fire, road accident</translation>
        </message>
        <message>
            <source>应急管理法规库目录</source>
            <translation>Emergency management regulations library</translation>
        </message>
        <message>
            <source>发布机关</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>施行日期</source>
            <translation>In force from</translation>
        </message>
        <message>
            <source>时效性</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>原文</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>突发事件典型案例汇编</source>
            <translation>Collection of typical emergency cases</translation>
        </message>
        <message>
            <source>发生日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>标题</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>发生地</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>法规库和典型案例库</source>
            <translation>Regulations and case library</translation>
        </message>
        <message>
            <source>负责人</source>
            <translation>Person in charge</translation>
        </message>
        <message>
            <source>队伍</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>调入/调出仓库</source>
            <translation>Other warehouse (in/out)</translation>
        </message>
        <message>
            <source>预案</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>演练</source>
            <translation>Drill</translation>
        </message>
        <message>
            <source>批次</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>出生日期</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>备用电话</source>
            <translation>Other phone</translation>
        </message>
        <message>
            <source>岗位</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>离岗日期</source>
            <translation>Left post on</translation>
        </message>
        <message>
            <source>计量单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>单价</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <source>保管员</source>
            <translation>Keeper</translation>
        </message>
        <message>
            <source>保管员B</source>
            <translation>Keeper B</translation>
        </message>
        <message>
            <source>面积(平方米)</source>
            <translation>Area (m²)</translation>
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
            <source>保质期(月)</source>
            <translation>Shelf life (months)</translation>
        </message>
        <message>
            <source>常用物资</source>
            <translation>Frequently used</translation>
        </message>
        <message>
            <source>编制人数</source>
            <translation>Planned size</translation>
        </message>
        <message>
            <source>主管单位</source>
            <translation>Supervising unit</translation>
        </message>
        <message>
            <source>入队日期</source>
            <translation>Joined</translation>
        </message>
        <message>
            <source>存放地点</source>
            <translation>Storage place</translation>
        </message>
        <message>
            <source>预案类型</source>
            <translation>Plan type</translation>
        </message>
        <message>
            <source>备案日期</source>
            <translation>Filed on</translation>
        </message>
        <message>
            <source>备案单位</source>
            <translation>Filed with</translation>
        </message>
        <message>
            <source>专家评审日期</source>
            <translation>Expert review date</translation>
        </message>
        <message>
            <source>最近修订日期</source>
            <translation>Last revised on</translation>
        </message>
        <message>
            <source>最近评估日期</source>
            <translation>Last evaluated on</translation>
        </message>
        <message>
            <source>评估周期(年)</source>
            <translation>Review cycle (years)</translation>
        </message>
        <message>
            <source>演练形式</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>参演人数</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>学时</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>开始日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>结束日期</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>响应时限(小时)</source>
            <translation>Response time (hours)</translation>
        </message>
        <message>
            <source>值</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>用户名</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>启用</source>
            <translation>Enabled</translation>
        </message>
        <message>
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>用途</source>
            <translation>Purpose</translation>
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
            <source>单号</source>
            <translation>Document no.</translation>
        </message>
        <message>
            <source>单据类型</source>
            <translation>Document type</translation>
        </message>
        <message>
            <source>年度</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>月份</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>评估情况</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>需修订预案</source>
            <translation>Plan needs revision</translation>
        </message>
        <message>
            <source>审批单位</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <source>依据</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>依赖协议储备</source>
            <translation>Relies on agreement reserve</translation>
        </message>
        <message>
            <source>专家组</source>
            <translation>Expert group</translation>
        </message>
        <message>
            <source>接报时间</source>
            <translation>Received at</translation>
        </message>
        <message>
            <source>来电单位（人）</source>
            <translation>Caller</translation>
        </message>
        <message>
            <source>报告对象</source>
            <translation>Reported to</translation>
        </message>
        <message>
            <source>报告时间</source>
            <translation>Reported at</translation>
        </message>
        <message>
            <source>处理结果</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>仓库名称</source>
            <translation>Warehouse name</translation>
        </message>
        <message>
            <source>出动时间(分钟)</source>
            <translation>Response time (minutes)</translation>
        </message>
        <message>
            <source>成立日期</source>
            <translation>Founded</translation>
        </message>
        <message>
            <source>政府购买服务</source>
            <translation>Government-purchased service</translation>
        </message>
        <message>
            <source>离队日期</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>队伍所属区划</source>
            <translation>Team's region</translation>
        </message>
        <message>
            <source>所属队伍</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>使用年限(年)</source>
            <translation>Service life (years)</translation>
        </message>
        <message>
            <source>下次维护日期</source>
            <translation>Next maintenance date</translation>
        </message>
        <message>
            <source>装备编号</source>
            <translation>Equipment number</translation>
        </message>
        <message>
            <source>岗位(A岗/B岗/单岗)</source>
            <translation>Post (A/B/single)</translation>
        </message>
        <message>
            <source>最近培训日期</source>
            <translation>Last training</translation>
        </message>
        <message>
            <source>离任日期</source>
            <translation>Left on</translation>
        </message>
        <message>
            <source>已录入国家系统</source>
            <translation>In national system</translation>
        </message>
        <message>
            <source>培训名称</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>培训日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>培训类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>培训内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>培训结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>证书编号</source>
            <translation>Certificate number</translation>
        </message>
        <message>
            <source>培训对象</source>
            <translation>Audience</translation>
        </message>
        <message>
            <source>关联预案</source>
            <translation>Linked plans</translation>
        </message>
        <message>
            <source>演练日期</source>
            <translation>Drill date</translation>
        </message>
        <message>
            <source>参演单位</source>
            <translation>Participating units</translation>
        </message>
        <message>
            <source>人均定额</source>
            <translation>Per-capita quota</translation>
        </message>
        <message>
            <source>协议单位</source>
            <translation>Supplier</translation>
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
            <source>证书名称</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>发证日期</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>领导小组名称</source>
            <translation>Leadership group name</translation>
        </message>
        <message>
            <source>成立文号</source>
            <translation>Founding document no.</translation>
        </message>
        <message>
            <source>值班日期</source>
            <translation>Duty date</translation>
        </message>
        <message>
            <source>避难时长</source>
            <translation>Sheltering duration</translation>
        </message>
        <message>
            <source>空间类型</source>
            <translation>Space type</translation>
        </message>
        <message>
            <source>功能类型</source>
            <translation>Functional role</translation>
        </message>
        <message>
            <source>占地面积(平方米)</source>
            <translation>Site area (m²)</translation>
        </message>
        <message>
            <source>有效避难面积(平方米)</source>
            <translation>Effective area (m²)</translation>
        </message>
        <message>
            <source>最近检查日期</source>
            <translation>Last inspection</translation>
        </message>
        <message>
            <source>设施设备和物资</source>
            <translation>Facilities and supplies</translation>
        </message>
        <message>
            <source>经度</source>
            <translation>Longitude</translation>
        </message>
        <message>
            <source>纬度</source>
            <translation>Latitude</translation>
        </message>
        <message>
            <source>签订单位</source>
            <translation>Signed by (unit)</translation>
        </message>
        <message>
            <source>签订日期</source>
            <translation>Signed on</translation>
        </message>
        <message>
            <source>发放单位</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <source>服务区域</source>
            <translation>Areas served</translation>
        </message>
        <message>
            <source>排序</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>账面数量</source>
            <translation>Book quantity</translation>
        </message>
        <message>
            <source>实存数量</source>
            <translation>Counted quantity</translation>
        </message>
        <message>
            <source>盘点日期</source>
            <translation>Stocktake date</translation>
        </message>
        <message>
            <source>对方单位</source>
            <translation>Other party</translation>
        </message>
        <message>
            <source>事件</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>建成日期</source>
            <translation>Built on</translation>
        </message>
        <message>
            <source>消耗品</source>
            <translation>Consumable</translation>
        </message>
        <message>
            <source>上级分类</source>
            <translation>Parent category</translation>
        </message>
        <message>
            <source>由导入建立</source>
            <translation>Created by import</translation>
        </message>
        <message>
            <source>维护人</source>
            <translation>Done by</translation>
        </message>
        <message>
            <source>规范名称</source>
            <translation>Official name</translation>
        </message>
        <message>
            <source>文件名</source>
            <translation>File name</translation>
        </message>
        <message>
            <source>文件大小</source>
            <translation>File size</translation>
        </message>
        <message>
            <source>文件校验值</source>
            <translation>File checksum</translation>
        </message>
        <message>
            <source>扫描件</source>
            <translation>Scan</translation>
        </message>
        <message>
            <source>效力层级</source>
            <translation>Legal level</translation>
        </message>
        <message>
            <source>原文文件</source>
            <translation>Document file</translation>
        </message>
        <message>
            <source>事件类型</source>
            <translation>Type of event</translation>
        </message>
        <message>
            <source>事件级别</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>基本情况</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>发生原因</source>
            <translation>Cause</translation>
        </message>
        <message>
            <source>采取措施</source>
            <translation>Measures taken</translation>
        </message>
        <message>
            <source>处置过程</source>
            <translation>How it was handled</translation>
        </message>
        <message>
            <source>主要经验</source>
            <translation>Lessons</translation>
        </message>
        <message>
            <source>意见和建议</source>
            <translation>Suggestions</translation>
        </message>
        <message>
            <source>专家意见</source>
            <translation>Experts' opinion</translation>
        </message>
        <message>
            <source>附件</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <source>如 2027-06-30；只写年月（2027.06）按该月最后一天；长期有效的不填</source>
            <translation>e.g. 2027-06-30; a year and month only (2027.06) means the last day of that month; leave empty if it never expires</translation>
        </message>
        <message>
            <source>政府专职</source>
            <translation>Government full-time</translation>
        </message>
        <message>
            <source>志愿</source>
            <translation>Volunteer</translation>
        </message>
        <message>
            <source>企业专职</source>
            <translation>Enterprise full-time</translation>
        </message>
        <message>
            <source>巡逻队</source>
            <translation>Patrol team</translation>
        </message>
        <message>
            <source>装备配置标准</source>
            <translation>Equipment standard</translation>
        </message>
        <message>
            <source>如 汉族</source>
            <translation>e.g. 汉族 (Han)</translation>
        </message>
        <message>
            <source>初级 / 中级 / 高级 / 灾害信息师 / 高级灾害信息师；未取得不填</source>
            <translation>初级 / 中级 / 高级 / 灾害信息师 / 高级灾害信息师 (junior, intermediate, senior, disaster-information technician, senior technician); leave empty if none</translation>
        </message>
        <message>
            <source>所有有保质期的物资都在保质期过半时轮换</source>
            <translation>Rotate every item with a shelf life at half its shelf life</translation>
        </message>
        <message>
            <source>B12（S3(4)）：针对有效期物资定期调配更新；各地做法不一，默认只对品目中勾选“保质期过半轮换”的物资按过半提醒，其余按临期天数（S2）</source>
            <translation>B12 (S3(4)): rotate supplies with a shelf life regularly; practice differs by region, so by default only items marked "rotate at half shelf life" are flagged at the half-way point, the others by the near-expiry days (S2)</translation>
        </message>
        <message>
            <source>是：批次保质期过半即提醒轮换（须填写保质期）；否或空白：按临期天数提醒</source>
            <translation>是: flag batches for rotation at half their shelf life (needs the shelf life); 否 or blank: flag by the near-expiry days</translation>
        </message>
        <message>
            <source>政府专职 / 志愿 / 企业专职 / 微型消防站 / 民兵 / 半专业扑火队 / 巡逻队；空白时按类别推定（如 类别为民兵）</source>
            <translation>政府专职 / 志愿 / 企业专职 / 微型消防站 / 民兵 / 半专业扑火队 / 巡逻队 (government full-time, volunteer, enterprise full-time, micro fire station, militia, semi-professional firefighting, patrol); blank: taken from the category (e.g. 民兵)</translation>
        </message>
        <message>
            <source>队伍性质</source>
            <translation>Staffing type</translation>
        </message>
        <message>
            <source>救援队伍装备配备不达标</source>
            <translation>Team equipment below standard</translation>
        </message>
        <message>
            <source>县级 / 乡镇级 / 村级</source>
            <translation>县级 / 乡镇级 / 村级 (county / township / village)</translation>
        </message>
        <message>
            <source>空白或“全部”：该层级的所有队伍</source>
            <translation>Blank or “全部”: every team of the level</translation>
        </message>
        <message>
            <source>按名称包含匹配：“救生衣”也计入“救生衣（成人）”</source>
            <translation>Matched by name: “救生衣” also counts “救生衣（成人）”</translation>
        </message>
        <message>
            <source>储备补充计划</source>
            <translation>Replenishment plan</translation>
        </message>
        <message>
            <source>现有（可用）</source>
            <translation>On hand (usable)</translation>
        </message>
        <message>
            <source>缺口</source>
            <translation>Gap</translation>
        </message>
        <message>
            <source>建议补充量</source>
            <translation>Suggested replenishment</translation>
        </message>
        <message>
            <source>临期批次</source>
            <translation>Near-expiry batches</translation>
        </message>
        <message>
            <source>类别（性质）</source>
            <translation>Category (staffing)</translation>
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
        <message>
            <source>“{0}”可能是 {1}，请从列表中选择</source>
            <translation>“{0}” could be {1}: pick one from the list</translation>
        </message>
        <message>
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <source>请填写数字</source>
            <translation>Enter a number</translation>
        </message>
    </context>
    <context>
        <name>recovery</name>
        <message>
            <source>数据库已损坏</source>
            <translation>The database is damaged</translation>
        </message>
        <message>
            <source>恢复此备份</source>
            <translation>Restore this backup</translation>
        </message>
        <message>
            <source>选择其他备份…</source>
            <translation>Choose another backup…</translation>
        </message>
        <message>
            <source>退出</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>选择要恢复的备份文件</source>
            <translation>Choose the backup file to restore</translation>
        </message>
        <message>
            <source>恢复没有完成</source>
            <translation>Restore not completed</translation>
        </message>
        <message>
            <source>恢复完成</source>
            <translation>Restore finished</translation>
        </message>
    </context>
</TS>
