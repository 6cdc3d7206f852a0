<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Access</name>
    <message>
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>search subjects</source>
        <translation>查询主体</translation>
    </message>
    <message>
        <source>open a dossier</source>
        <translation>打开主体档案</translation>
    </message>
    <message>
        <source>reveal a full identifier</source>
        <translation>查看完整信息</translation>
    </message>
    <message>
        <source>register a listing correction</source>
        <translation>登记名单记录更正</translation>
    </message>
    <message>
        <source>decide a listing correction</source>
        <translation>决定名单记录更正</translation>
    </message>
    <message>
        <source>record departments&apos; feedback</source>
        <translation>录入执行反馈</translation>
    </message>
    <message>
        <source>read the audit journal</source>
        <translation>查阅审计日志</translation>
    </message>
    <message>
        <source>verify the audit journal</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <source>export the audit journal</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>change the masking policy</source>
        <translation>修改脱敏规则</translation>
    </message>
    <message>
        <source>change reference data</source>
        <translation>修改基础数据</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>handle an objection</source>
        <translation>办理异议</translation>
    </message>
    <message>
        <source>decide an objection</source>
        <translation>决定异议</translation>
    </message>
    <message>
        <source>view objections</source>
        <translation>查看异议</translation>
    </message>
    <message>
        <source>record a listing or breach information</source>
        <translation>登记名单记录或失信信息</translation>
    </message>
    <message>
        <source>mirror the court&apos;s revocation or deletion</source>
        <translation>同步法院的撤销或删除决定</translation>
    </message>
    <message>
        <source>confirm the end of publication periods</source>
        <translation>确认公示期限届满</translation>
    </message>
    <message>
        <source>handle a credit repair application</source>
        <translation>办理信用修复申请</translation>
    </message>
    <message>
        <source>decide a credit repair application</source>
        <translation>决定信用修复申请</translation>
    </message>
    <message>
        <source>view credit repair applications</source>
        <translation>查看信用修复申请</translation>
    </message>
    <message>
        <source>screen applicants against the list</source>
        <translation>将申请人与名单进行比对</translation>
    </message>
    <message>
        <source>confirm a screening hit (second officer)</source>
        <translation>确认比对命中（第二名经办人）</translation>
    </message>
    <message>
        <source>view screening batches</source>
        <translation>查看比对批次</translation>
    </message>
    <message>
        <source>view the statistics dashboard</source>
        <translation>查看统计分析</translation>
    </message>
    <message>
        <source>issue notices</source>
        <translation>制发文书</translation>
    </message>
    <message>
        <source>view the notice register</source>
        <translation>查看文书登记簿</translation>
    </message>
    <message>
        <source>edit notice templates and the issuing office</source>
        <translation>编辑文书模板和制发机关</translation>
    </message>
    <message>
        <source>import and export exchange packages</source>
        <translation>导入和导出交换包</translation>
    </message>
</context>
<context>
    <name>AuditJournal</name>
    <message>
        <source>Could not read the audit journal: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>The audit journal cannot be read: %1</source>
        <translation>审计日志无法读取：%1</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the journal jumps from %2 to %3.</source>
        <translation>第 %1 条记录缺失：日志从第 %2 条跳到第 %3 条。</translation>
    </message>
    <message>
        <source>Entry %1 is out of order.</source>
        <translation>第 %1 条记录顺序错乱。</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry was inserted, removed or reordered.</source>
        <translation>第 %1 条记录与第 %2 条不衔接：有记录被插入、删除或调换顺序。</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written: its content does not match its hash.</source>
        <translation>第 %1 条记录写入后被修改：内容与哈希值不符。</translation>
    </message>
    <message>
        <source>The journal ends at entry %1 but its recorded head is entry %2: entries were removed from the end or the head was altered.</source>
        <translation>日志止于第 %1 条，但记录的末条为第 %2 条：末尾记录被删除或末条标记被篡改。</translation>
    </message>
    <message>
        <source>The recorded head of the audit journal is missing.</source>
        <translation>审计日志的末条标记缺失。</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>审计日志无法读取：%1</translation>
    </message>
</context>
<context>
    <name>AuthenticationService</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>This password is reserved for the demo.</source>
        <translation>此密码仅供演示使用。</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>This account is locked after %1 failed attempts until %2.</source>
        <translation>该账户因连续 %1 次登录失败已被锁定，至 %2 解锁。</translation>
    </message>
    <message>
        <source>The password &quot;demo&quot; is accepted on the demo database only.</source>
        <translation>密码“demo”仅在演示数据库中有效。</translation>
    </message>
    <message>
        <source>Too many failed attempts: the account is locked for %1 minutes.</source>
        <translation>失败次数过多：账户已锁定 %1 分钟。</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>The password could not be protected.</source>
        <translation>无法加密保存密码。</translation>
    </message>
    <message>
        <source>This database already has users; an admin adds new ones.</source>
        <translation>该数据库已有用户；新用户由管理员添加。</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>%1 may not %2: this needs the role %3.</source>
        <translation>%1 无权%2：需要%3角色。</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>未登录用户</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Give a reason: it goes into the audit journal.</source>
        <translation>请填写理由：理由将记入审计日志。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file.</source>
        <translation>%1 已存在；请选择新文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>未恢复备份：%1</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>无法将 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>Cannot move the current database %1 aside.</source>
        <translation>无法移开当前数据库 %1。</translation>
    </message>
    <message>
        <source>Cannot put the restored database in place.</source>
        <translation>无法将恢复的数据库放到原位置。</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>%1 already exists; choose a new file.</source>
        <translation>%1 已存在；请选择新文件。</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a CreditDesk database.</source>
        <translation>%1 不是信用工作台数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CreditDesk.</source>
        <translation>%1 由更新版本的信用工作台写入。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
</context>
<context>
    <name>BreachRecord</name>
    <message>
        <source>Published</source>
        <translation>公示中</translation>
    </message>
    <message>
        <source>Repaired, publication stopped</source>
        <translation>已信用修复，停止公示</translation>
    </message>
    <message>
        <source>Maximum period reached, publication stopped</source>
        <translation>最长公示期届满，停止公示</translation>
    </message>
</context>
<context>
    <name>CaseNumber</name>
    <message>
        <source>The case number is empty.</source>
        <translation>案号为空。</translation>
    </message>
    <message>
        <source>A case number starts with the year in brackets, e.g. (2017).</source>
        <translation>案号以括号内的年份开头，例如（2017）。</translation>
    </message>
    <message>
        <source>The year in brackets must have four digits.</source>
        <translation>括号内的年份应为四位数字。</translation>
    </message>
    <message>
        <source>The year %1 is outside 1990 to %2.</source>
        <translation>年份 %1 不在 1990 至 %2 之间。</translation>
    </message>
    <message>
        <source>The court code after the year must start with a province abbreviation.</source>
        <translation>年份之后的法院代字应以省份简称开头。</translation>
    </message>
    <message>
        <source>No enforcement case type code (执, 执恢, 执保, 执异, 执复, 执监, 执协, 执他) follows the court code %1.</source>
        <translation>法院代字 %1 之后没有执行类案件类型代字（执、执恢、执保、执异、执复、执监、执协、执他）。</translation>
    </message>
    <message>
        <source>The sequence number after %1 is missing.</source>
        <translation>%1 之后缺少案件顺序号。</translation>
    </message>
    <message>
        <source>The sequence number must be at least 1.</source>
        <translation>案件顺序号至少为 1。</translation>
    </message>
    <message>
        <source>A case number ends with 号.</source>
        <translation>案号以“号”结尾。</translation>
    </message>
    <message>
        <source>Unexpected text after 号: &quot;%1&quot;.</source>
        <translation>“号”之后有多余内容：“%1”。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Validates resident ID numbers (GB 11643) and unified social credit codes (GB 32100). Prints one line per value; exits 0 only when all are valid.</source>
        <translation>校验居民身份证号码（GB 11643）和统一社会信用代码（GB 32100）。每个值输出一行；全部有效时退出码为 0。</translation>
    </message>
    <message>
        <source>Values to check.</source>
        <translation>要校验的值。</translation>
    </message>
    <message>
        <source>check-id needs at least one value.</source>
        <translation>check-id 至少需要一个值。</translation>
    </message>
    <message>
        <source>valid resident ID number</source>
        <translation>有效的居民身份证号码</translation>
    </message>
    <message>
        <source>invalid resident ID number: %1</source>
        <translation>无效的居民身份证号码：%1</translation>
    </message>
    <message>
        <source>valid unified social credit code</source>
        <translation>有效的统一社会信用代码</translation>
    </message>
    <message>
        <source>invalid unified social credit code: %1</source>
        <translation>无效的统一社会信用代码：%1</translation>
    </message>
    <message>
        <source>Searches subjects by name, ID number, credit code or case number.</source>
        <translation>按名称、身份证号码、统一社会信用代码或案号查询主体。</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>At most N results (default 20).</source>
        <translation>最多 N 条结果（默认 20）。</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>输出一个 JSON 数组。</translation>
    </message>
    <message>
        <source>What to search for.</source>
        <translation>查询内容。</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 100000.</source>
        <translation>--limit 应为 1 至 100000 之间的数字。</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>在名单中</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>未生效</translation>
    </message>
    <message>
        <source>Creates a database filled with deterministic demo data.</source>
        <translation>新建一个填充确定性演示数据的数据库。</translation>
    </message>
    <message>
        <source>The database file to create.</source>
        <translation>要新建的数据库文件。</translation>
    </message>
    <message>
        <source>Number of subjects (default 10000).</source>
        <translation>主体数量（默认 10000）。</translation>
    </message>
    <message>
        <source>Random seed (default 20170521).</source>
        <translation>随机种子（默认 20170521）。</translation>
    </message>
    <message>
        <source>Act as this user (default: the system account).</source>
        <translation>以此用户身份操作（默认：系统账户）。</translation>
    </message>
    <message>
        <source>demo needs --db FILE.</source>
        <translation>demo 需要 --db 文件。</translation>
    </message>
    <message>
        <source>--subjects must be a number from 0 to 20000000.</source>
        <translation>--subjects 应为 0 至 20000000 之间的数字。</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed 应为整数。</translation>
    </message>
    <message>
        <source>%1 already exists; demo data goes into a new file only.</source>
        <translation>%1 已存在；演示数据只写入新文件。</translation>
    </message>
    <message>
        <source>Demo data generated with creditdesk-cli</source>
        <translation>由 creditdesk-cli 生成演示数据</translation>
    </message>
    <message>
        <source>%1 of %2 subjects</source>
        <translation>已生成 %1 / %2 个主体</translation>
    </message>
    <message>
        <source>Created %1: %2 subjects, %3 listings, %4 measure applications in %5 s.</source>
        <translation>已创建 %1：%2 个主体、%3 条名单记录、%4 条惩戒措施实施记录，用时 %5 秒。</translation>
    </message>
    <message>
        <source>Audit journal intact: %1 entries.</source>
        <translation>审计日志完整：共 %1 条记录。</translation>
    </message>
    <message>
        <source>Audit journal broken at entry %1: %2</source>
        <translation>审计日志在第 %1 条处异常：%2</translation>
    </message>
    <message>
        <source>This command acts as a user: give --user NAME or set CREDITDESK_USER (and CREDITDESK_PASSWORD).</source>
        <translation>此命令需以用户身份执行：请指定 --user 用户名，或设置 CREDITDESK_USER（及 CREDITDESK_PASSWORD）。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>%1 must change the password first (creditdesk-cli user passwd).</source>
        <translation>%1 须先修改密码（creditdesk-cli user passwd）。</translation>
    </message>
    <message>
        <source>Print full identifiers (needs --user and --reason; audited).</source>
        <translation>输出完整证件号码（需要 --user 和 --reason；记入审计日志）。</translation>
    </message>
    <message>
        <source>Why the full identifiers are needed.</source>
        <translation>需要完整证件号码的理由。</translation>
    </message>
    <message>
        <source>Act as this user.</source>
        <translation>以此用户身份执行。</translation>
    </message>
    <message>
        <source>--reveal needs --reason TEXT saying why the full identifiers are needed.</source>
        <translation>--reveal 需要 --reason 说明为何需要完整证件号码。</translation>
    </message>
    <message>
        <source>Audit journal commands.
  audit verify --db FILE     checks the hash chain; exits 0 when it is intact, 1 naming the first broken entry otherwise
  audit list --db FILE --user NAME [--actor A] [--action PREFIX] [--subject ID] [--limit N]
  audit export --db FILE --user NAME --out FILE.csv [filters]</source>
        <translation>审计日志命令。
  audit verify --db 文件     校验哈希链；完整时退出码为 0，否则为 1 并指出第一条异常记录
  audit list --db 文件 --user 用户 [--actor 用户] [--action 前缀] [--subject 编号] [--limit N]
  audit export --db 文件 --user 用户 --out 文件.csv [筛选条件]</translation>
    </message>
    <message>
        <source>Act as this user (auditor or admin).</source>
        <translation>以此用户身份执行（审计员或管理员）。</translation>
    </message>
    <message>
        <source>Only entries of this user.</source>
        <translation>仅显示该用户的记录。</translation>
    </message>
    <message>
        <source>Only actions starting so.</source>
        <translation>仅显示以此开头的操作。</translation>
    </message>
    <message>
        <source>Only entries about this subject.</source>
        <translation>仅显示与该主体有关的记录。</translation>
    </message>
    <message>
        <source>At most N entries (default 50).</source>
        <translation>最多 N 条记录（默认 50）。</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>要执行的操作。</translation>
    </message>
    <message>
        <source>Usage: creditdesk-cli audit verify|list|export --db FILE</source>
        <translation>用法：creditdesk-cli audit verify|list|export --db 文件</translation>
    </message>
    <message>
        <source>audit export needs --out FILE.</source>
        <translation>audit export 需要 --out 文件。</translation>
    </message>
    <message>
        <source>%1 entries exported to %2.</source>
        <translation>已将 %1 条记录导出到 %2。</translation>
    </message>
    <message>
        <source>User accounts.
  user create-admin --db FILE --name NAME   the first administrator of a new database
  user list --db FILE --user ADMIN
  user add --db FILE --user ADMIN --name NAME --roles officer,reviewer --reason TEXT
  user roles --db FILE --user ADMIN --name NAME --roles auditor --reason TEXT
  user reset --db FILE --user ADMIN --name NAME --reason TEXT
  user passwd --db FILE --user NAME
New passwords come from CREDITDESK_NEW_PASSWORD or are asked for.</source>
        <translation>用户账户。
  user create-admin --db 文件 --name 用户名   新数据库的第一位管理员
  user list --db 文件 --user 管理员
  user add --db 文件 --user 管理员 --name 用户名 --roles officer,reviewer --reason 理由
  user roles --db 文件 --user 管理员 --name 用户名 --roles auditor --reason 理由
  user reset --db 文件 --user 管理员 --name 用户名 --reason 理由
  user passwd --db 文件 --user 用户名
新密码取自 CREDITDESK_NEW_PASSWORD 或在提示时输入。</translation>
    </message>
    <message>
        <source>The account to change.</source>
        <translation>要修改的账户。</translation>
    </message>
    <message>
        <source>Comma-separated: officer, reviewer, auditor, admin.</source>
        <translation>以逗号分隔：officer、reviewer、auditor、admin。</translation>
    </message>
    <message>
        <source>Why (audited).</source>
        <translation>理由（记入审计日志）。</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Administrator %1 created.</source>
        <translation>已创建管理员 %1。</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Act as this user (an admin).</source>
        <translation>以此用户身份执行（管理员）。</translation>
    </message>
    <message>
        <source>Backup from the command line</source>
        <translation>命令行备份</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database while it stays in use, and checks the copy. With --folder the copy is named by date and only the newest --keep copies stay.</source>
        <translation>在数据库使用中写入一致的副本并检查副本。使用 --folder 时副本按日期命名，只保留最新的 --keep 份。</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>备份文件。</translation>
    </message>
    <message>
        <source>A backup folder.</source>
        <translation>备份文件夹。</translation>
    </message>
    <message>
        <source>Copies kept in the folder (default 10).</source>
        <translation>文件夹中保留的份数（默认 10）。</translation>
    </message>
    <message>
        <source>Usage: creditdesk-cli backup --db FILE (--out FILE | --folder DIR) --user NAME</source>
        <translation>用法：creditdesk-cli backup --db 文件 (--out 文件 | --folder 目录) --user 用户</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>备份已写入并通过检查：%1</translation>
    </message>
    <message>
        <source>Replaces the database with a backup after checking the backup&apos;s integrity. The replaced file is kept as FILE.before-restore. Close CreditDesk on this database first.</source>
        <translation>检查备份完整性后用备份替换数据库。被替换的文件保留为 文件.before-restore。请先关闭使用该数据库的信用工作台。</translation>
    </message>
    <message>
        <source>Usage: creditdesk-cli restore --db FILE --from BACKUP --user NAME</source>
        <translation>用法：creditdesk-cli restore --db 文件 --from 备份 --user 用户</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>未恢复备份：%1</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>Checks a database file without changing it (PRAGMA integrity_check).</source>
        <translation>检查数据库文件，不作任何改动（PRAGMA integrity_check）。</translation>
    </message>
    <message>
        <source>Usage: creditdesk-cli integrity-check --db FILE</source>
        <translation>用法：creditdesk-cli integrity-check --db 文件</translation>
    </message>
    <message>
        <source>%1: integrity ok.</source>
        <translation>%1：完整性检查通过。</translation>
    </message>
    <message>
        <source>Listing corrections (four eyes).
  correction register --db FILE --user OFFICER --listing ID --field F --value V --reason TEXT
  correction list --db FILE --user NAME
  correction approve|reject --db FILE --user REVIEWER --id ID --reason TEXT [--version N]</source>
        <translation>名单记录更正（双人复核）。
  correction register --db 文件 --user 经办人 --listing 编号 --field 字段 --value 值 --reason 理由
  correction list --db 文件 --user 用户
  correction approve|reject --db 文件 --user 审核人 --id 编号 --reason 理由 [--version N]</translation>
    </message>
    <message>
        <source>The listing.</source>
        <translation>名单记录。</translation>
    </message>
    <message>
        <source>The field to correct.</source>
        <translation>要更正的字段。</translation>
    </message>
    <message>
        <source>The corrected value.</source>
        <translation>更正后的值。</translation>
    </message>
    <message>
        <source>The correction.</source>
        <translation>更正申请。</translation>
    </message>
    <message>
        <source>The version you reviewed (default: the current one).</source>
        <translation>您审核时的版本（默认：当前版本）。</translation>
    </message>
    <message>
        <source>Correction %1 registered; a reviewer decides it.</source>
        <translation>已登记更正 %1；由审核人决定。</translation>
    </message>
    <message>
        <source>Correction %1 decided.</source>
        <translation>更正 %1 已决定。</translation>
    </message>
    <message>
        <source>Shows or changes the security policy (admin).
  policy show --db FILE --user NAME
  policy set --db FILE --user ADMIN --reason TEXT [--mask resident_id=6,4] [--mask credit_code=off]
             [--lockout-attempts N] [--lockout-minutes N] [--idle-minutes N] [--reveal-minutes N]
             [--four-eyes listing_correction=on|off]</source>
        <translation>查看或修改安全策略(管理员)。
  policy show --db 文件 --user 用户
  policy set --db 文件 --user 管理员 --reason 理由 [--mask resident_id=6,4] [--mask credit_code=off]
             [--lockout-attempts N] [--lockout-minutes N] [--idle-minutes N] [--reveal-minutes N]
             [--four-eyes listing_correction=on|off]</translation>
    </message>
    <message>
        <source>TYPE=KEEP_START,KEEP_END or TYPE=off.</source>
        <translation>类型=保留前几位,保留后几位，或 类型=off。</translation>
    </message>
    <message>
        <source>Failed sign-ins before a lock.</source>
        <translation>锁定前允许的登录失败次数。</translation>
    </message>
    <message>
        <source>How long a lock lasts.</source>
        <translation>锁定持续的分钟数。</translation>
    </message>
    <message>
        <source>Minutes without input before the window locks.</source>
        <translation>无操作多少分钟后锁定窗口。</translation>
    </message>
    <message>
        <source>How long a revealed identifier stays visible.</source>
        <translation>完整信息显示的分钟数。</translation>
    </message>
    <message>
        <source>DECISION=on|off.</source>
        <translation>决定类型=on|off。</translation>
    </message>
    <message>
        <source>--mask %1: expected resident_id|credit_code|passport|other=START,END or =off.</source>
        <translation>--mask %1：应为 resident_id|credit_code|passport|other=前几位,后几位 或 =off。</translation>
    </message>
    <message>
        <source>--%1 must be a number from 1 to 1440.</source>
        <translation>--%1 应为 1 至 1440 之间的数字。</translation>
    </message>
    <message>
        <source>--four-eyes %1: expected DECISION=on or DECISION=off.</source>
        <translation>--four-eyes %1：应为 决定类型=on 或 决定类型=off。</translation>
    </message>
    <message>
        <source>Security policy saved.</source>
        <translation>安全策略已保存。</translation>
    </message>
    <message>
        <source>New database prepared</source>
        <translation>新数据库初始化</translation>
    </message>
    <message>
        <source>bench search: times the first page (50 rows) of each query class, and the same queries as a naive LIKE &apos;%q%&apos; scan; ends with p95_max_ms=&lt;n&gt; speedup_min=&lt;n&gt;.</source>
        <translation>bench search：按查询类别测量第一页（50 行）的耗时，并以朴素的 LIKE &apos;%q%&apos; 全表扫描执行相同查询作对比；最后一行为 p95_max_ms=&lt;n&gt; speedup_min=&lt;n&gt;。</translation>
    </message>
    <message>
        <source>Queries, one per line (default: sampled).</source>
        <translation>查询内容，每行一条（默认：从数据中抽样）。</translation>
    </message>
    <message>
        <source>Runs per query (default 5).</source>
        <translation>每条查询的运行次数（默认 5）。</translation>
    </message>
    <message>
        <source>Sampled queries per class (default 40).</source>
        <translation>每个类别抽样的查询数（默认 40）。</translation>
    </message>
    <message>
        <source>What to measure.</source>
        <translation>测量对象。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>--region needs a six-digit region code, e.g. 340100.</source>
        <translation>--region 需要六位行政区划代码，例如 340100。</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3.</source>
        <translation>--%1 应为 %2 至 %3 之间的数字。</translation>
    </message>
    <message>
        <source>--state must be in-force, published, masked, revoked or deleted.</source>
        <translation>--state 应为 in-force（有效）、published（公布）、masked（屏蔽）、revoked（撤销）或 deleted（删除）。</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD.</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Only subjects of this region and below.</source>
        <translation>仅限该行政区划及其下级的主体。</translation>
    </message>
    <message>
        <source>Only listings of this court.</source>
        <translation>仅限该法院的名单记录。</translation>
    </message>
    <message>
        <source>Only listings on this ground (1-6).</source>
        <translation>仅限该失信情形（1-6）的名单记录。</translation>
    </message>
    <message>
        <source>Only listings in this state: in-force, published, masked, revoked, deleted.</source>
        <translation>仅限该状态的名单记录：in-force（有效）、published（公布）、masked（屏蔽）、revoked（撤销）、deleted（删除）。</translation>
    </message>
    <message>
        <source>Only listings decided on or after.</source>
        <translation>仅限该日期及以后作出决定的名单记录。</translation>
    </message>
    <message>
        <source>Only listings decided on or before.</source>
        <translation>仅限该日期及以前作出决定的名单记录。</translation>
    </message>
    <message>
        <source>Only listings with a measure of this category applied.</source>
        <translation>仅限实施了该类惩戒措施的名单记录。</translation>
    </message>
    <message>
        <source>Only listings under objection.</source>
        <translation>仅限异议中的名单记录。</translation>
    </message>
    <message>
        <source>search needs --db FILE and a QUERY or a filter.</source>
        <translation>search 需要 --db 文件以及查询内容或筛选条件。</translation>
    </message>
    <message>
        <source>scroll: results to scroll through (default 100000).</source>
        <translation>scroll：滚动浏览的结果数（默认 100000）。</translation>
    </message>
    <message>
        <source>scroll: the query (default: every subject with a listing in force).</source>
        <translation>scroll：查询内容（默认：所有有有效名单记录的主体）。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>Objection cases in every state to add (default 0; the GUI&apos;s demo has 12).</source>
        <translation>要添加的各状态异议案件数（默认 0；图形界面的演示数据库含 12 件）。</translation>
    </message>
    <message>
        <source>Breach information with repair applications in every stage to add (default 0; the GUI&apos;s demo has 10).</source>
        <translation>要添加的带有各阶段信用修复申请的失信信息条数（默认 0；图形界面的演示数据库含 10 条）。</translation>
    </message>
    <message>
        <source>screen: generated applicants to screen (default 100000).</source>
        <translation>screen：生成并比对的申请人数（默认 100000）。</translation>
    </message>
    <message>
        <source>screen: the officer the batch is recorded under.</source>
        <translation>screen：记录该批次所用的经办人账户。</translation>
    </message>
    <message>
        <source>screen: matching threads (default one per core; 0 on the reading thread).</source>
        <translation>screen：比对线程数（默认每个处理器核心一个；0 表示在读取线程上比对）。</translation>
    </message>
    <message>
        <source>import: subjects with one listing each in the package (default 100000).</source>
        <translation>import：交换包中的主体数，每个主体一条名单记录（默认 100000）。</translation>
    </message>
    <message>
        <source>Usage: creditdesk-cli bench search --db FILE [--queries FILE] | bench scroll --db FILE | bench screen --db FILE --user OFFICER [--applicants N] [--workers N] | bench dashboard --db FILE [--runs N] | bench import --db FILE [--listings N]</source>
        <translation>用法：creditdesk-cli bench search --db 文件 [--queries 文件] | bench scroll --db 文件 | bench screen --db 文件 --user 经办人 [--applicants N] [--workers N] | bench dashboard --db 文件 [--runs N] | bench import --db 文件 [--listings N]</translation>
    </message>
    <message>
        <source>Subjects written per transaction (default 5000, from 100 to 100000).</source>
        <translation>每个事务写入的主体数（默认 5000，范围 100 至 100000）。</translation>
    </message>
    <message>
        <source>--batch-size must be a number from 100 to 100000.</source>
        <translation>--batch-size 应为 100 至 100000 之间的数字。</translation>
    </message>
    <message>
        <source>Usage: creditdesk-cli COMMAND [OPTIONS]

Commands:
  --version                      print the version
  check-id VALUE...              validate resident ID numbers and credit codes
  search --db FILE QUERY [--limit N] [--json]
                                 search subjects by name, identifier or case number
  demo --db FILE [--subjects N] [--seed S]
                                 create a database with generated demo data
  audit verify --db FILE         verify the hash chain of the audit journal
  audit list|export --db FILE --user NAME
                                 read or export the audit journal
  user create-admin|list|add|roles|reset|passwd --db FILE ...
                                 user accounts and roles
  backup --db FILE (--out FILE | --folder DIR) --user NAME
  restore --db FILE --from BACKUP --user NAME
  integrity-check --db FILE      check a database file without changing it
  correction register|list|approve|reject --db FILE --user NAME ...
                                 listing corrections under four eyes
  objection register|evidence|step|list|show --db FILE --user NAME ...
                                 objections with their statutory clocks
  calendar show|import --db FILE --user ADMIN ...
                                 the working-day calendar (next year&apos;s holiday notice)
  repair list|eligibility|register|evidence|step|rules --db FILE --user NAME ...
                                 credit repair of breach information
  listing leave|expired|expire --db FILE --user NAME ...
                                 the court&apos;s revocations and deletions; the expiry job
  screen --db FILE --user OFFICER INPUT --out RESULT.csv [--threshold T]
                                 screens a batch of applicants against the list
  import --db FILE --user NAME PACKAGE
                                 applies a package from the credit platform, whole or not
  feedback --db FILE --user OFFICER --application ID --handling N --result TEXT ...
                                 records a department&apos;s feedback on a measure it applied
  export-feedback --db FILE --user NAME --since SEQ --out PACKAGE
                                 writes feedback and outcomes as the next outgoing package
  server status|migrate --server postgresql://USER@HOST:PORT/DATABASE
                                 the central server&apos;s schema (its administrator)
  sync join|run|status|conflicts|resolve --db FILE --user NAME ...
                                 this desk&apos;s synchronisation with the central server
  policy show|set --db FILE --user ADMIN ...
                                 masking, lock-out, idle lock, reveal time, four eyes
  search ... --reveal --reason TEXT --user NAME
                                 full identifiers, audited

Commands that change or reveal data act as a user: --user NAME, password from
CREDITDESK_PASSWORD or asked for; CREDITDESK_USER may replace --user.

Run a command with --help for its options.
</source>
        <translation>用法：creditdesk-cli 命令 [选项]

命令：
  --version                      显示版本号
  check-id 值...                 校验居民身份证号码和统一社会信用代码
  search --db 文件 查询内容 [--limit N] [--json]
                                 按名称、证件号码或案号查询主体
  demo --db 文件 [--subjects N] [--seed S]
                                 新建含生成的演示数据的数据库
  audit verify --db 文件         校验审计日志的哈希链
  audit list|export --db 文件 --user 用户
                                 查阅或导出审计日志
  user create-admin|list|add|roles|reset|passwd --db 文件 ...
                                 用户账户与角色
  backup --db 文件 (--out 文件 | --folder 目录) --user 用户
  restore --db 文件 --from 备份 --user 用户
  integrity-check --db 文件      检查数据库文件，不作任何改动
  correction register|list|approve|reject --db 文件 --user 用户 ...
                                 名单记录更正（双人复核）
  objection register|evidence|step|list|show --db 文件 --user 用户 ...
                                 异议处理及其法定办理期限
  calendar show|import --db 文件 --user 管理员 ...
                                 工作日日历（下一年度节假日安排通知）
  repair list|eligibility|register|evidence|step|rules --db 文件 --user 用户 ...
                                 失信信息的信用修复
  listing leave|expired|expire --db 文件 --user 用户 ...
                                 同步法院的撤销和删除决定；到期检查
  screen --db 文件 --user 经办人 输入文件 --out 结果.csv [--threshold T]
                                 将一批申请人与名单进行比对
  import --db 文件 --user 用户 交换包
                                 应用信用平台的交换包，要么全部写入，要么不写入
  feedback --db 文件 --user 经办人 --application 编号 --handling N --result 文本 ...
                                 登记部门对其所实施措施的执行反馈
  export-feedback --db 文件 --user 用户 --since 序号 --out 交换包
                                 将反馈和办理结果写为下一个上报交换包
  server status|migrate --server postgresql://用户@主机:端口/数据库
                                 中心服务器的数据库结构（由其管理员执行）
  sync join|run|status|conflicts|resolve --db 文件 --user 用户 ...
                                 本工作站与中心服务器的同步
  policy show|set --db 文件 --user 管理员 ...
                                 脱敏、账户锁定、空闲锁定、完整信息显示时长、双人复核
  search ... --reveal --reason 理由 --user 用户
                                 查看完整证件号码，记入审计日志

修改或查看完整数据的命令以用户身份执行：--user 用户，密码取自
CREDITDESK_PASSWORD 或在提示时输入；可用 CREDITDESK_USER 代替 --user。

使用 --help 运行命令可查看其选项。
</translation>
    </message>
    <message>
        <source>Records a department&apos;s feedback on a measure it applied (audited; carried by the next outgoing package).
  feedback --db FILE --user OFFICER --application ID --handling 1|2|3|4 --result TEXT
           --date YYYY-MM-DD --reported-by NAME [--action TEXT]
Handling: 1 intercepted, 2 restricted, 3 checked without business, 4 other.</source>
        <translation>登记部门对其所实施措施的执行反馈（记入审计日志；随下一个上报交换包报送）。
  feedback --db 文件 --user 经办人 --application 编号 --handling 1|2|3|4 --result 文本
           --date YYYY-MM-DD --reported-by 姓名 [--action 文本]
处理方式：1 拦截，2 限制，3 核查无业务，4 其他。</translation>
    </message>
    <message>
        <source>The measure application.</source>
        <translation>措施实施记录。</translation>
    </message>
    <message>
        <source>How the department handled it.</source>
        <translation>部门的处理方式。</translation>
    </message>
    <message>
        <source>The result.</source>
        <translation>处理结果。</translation>
    </message>
    <message>
        <source>The action taken.</source>
        <translation>采取的措施。</translation>
    </message>
    <message>
        <source>The day it was handled.</source>
        <translation>处理日期。</translation>
    </message>
    <message>
        <source>Who reported it.</source>
        <translation>报告人。</translation>
    </message>
    <message>
        <source>--date: a date as YYYY-MM-DD is needed, not &quot;%1&quot;.</source>
        <translation>--date：须为 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>Feedback %1 recorded.</source>
        <translation>已登记反馈 %1。</translation>
    </message>
    <message>
        <source>--%1 is needed.</source>
        <translation>须提供 --%1。</translation>
    </message>
    <message>
        <source>--application and --handling take whole numbers.</source>
        <translation>--application 和 --handling 须为整数。</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>The credit code is empty.</source>
        <translation>统一社会信用代码为空。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation>统一社会信用代码应为 18 位；此代码为 %1 位。</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) is not allowed; I, O, S, V and Z never occur.</source>
        <translation>第 %1 位（“%2”）不允许出现；代码中不使用 I、O、S、V、Z。</translation>
    </message>
    <message>
        <source>The first character (registration authority) &quot;%1&quot; is not assigned.</source>
        <translation>第 1 位登记管理部门代码“%1”未分配。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 must be a region code of digits; character %1 is &quot;%2&quot;.</source>
        <translation>第 3 至 8 位应为数字行政区划码；第 %1 位是“%2”。</translation>
    </message>
    <message>
        <source>The organisation code %1 has check character %2 but should have %3.</source>
        <translation>组织机构代码 %1 的校验码是 %2，应为 %3。</translation>
    </message>
    <message>
        <source>The check character is %1 but should be %2.</source>
        <translation>校验码是 %1，应为 %2。</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1, line %2: expected %3 fields but found %4.</source>
        <translation>%1 第 %2 行：应有 %3 个字段，实有 %4 个。</translation>
    </message>
    <message>
        <source>%1, line %2: a quote inside an unquoted field.</source>
        <translation>%1 第 %2 行：未加引号的字段中出现引号。</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is not closed.</source>
        <translation>%1 第 %2 行：带引号的字段未闭合。</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line.</source>
        <translation>%1 为空：没有表头行。</translation>
    </message>
    <message>
        <source>%1: the column &quot;%2&quot; is missing from the header.</source>
        <translation>%1：表头缺少“%2”列。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (perhaps GBK); save it as &quot;CSV UTF-8&quot;.</source>
        <translation>%1 不是 UTF-8 文本（可能是 GBK 编码）；请另存为“CSV UTF-8”。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not %1: %2</source>
        <translation>无法%1：%2</translation>
    </message>
    <message>
        <source>Could not prepare a statement: %1</source>
        <translation>无法准备数据库语句：%1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a CreditDesk database: it is not an SQLite file.</source>
        <translation>%1 不是信用工作台数据库：它不是 SQLite 文件。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2</source>
        <translation>%1 已损坏，无法读取：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a CreditDesk database. It was not changed.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是信用工作台数据库。文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CreditDesk (schema %2; this version reads up to %3). Update CreditDesk to open it. The file was not changed.</source>
        <translation>%1 由更新版本的信用工作台写入（结构版本 %2；本版本最高支持 %3）。请升级信用工作台后再打开。文件未作任何改动。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
    <message>
        <source>Could not read the schema version: %1</source>
        <translation>无法读取数据库结构版本：%1</translation>
    </message>
    <message>
        <source>The migration script for version %1 is missing from this build.</source>
        <translation>本程序缺少升级到结构版本 %1 的脚本。</translation>
    </message>
    <message>
        <source>Migration to schema version %1 failed: %2
Statement: %3</source>
        <translation>升级到结构版本 %1 失败：%2
语句：%3</translation>
    </message>
    <message>
        <source>Could not record schema version %1: %2</source>
        <translation>无法记录结构版本 %1：%2</translation>
    </message>
    <message>
        <source>Could not start the migration: %1</source>
        <translation>无法开始升级数据库结构：%1</translation>
    </message>
    <message>
        <source>Migration to schema version %1 failed: %2</source>
        <translation>升级到数据库结构第 %1 版失败：%2</translation>
    </message>
    <message>
        <source>%1 is not at schema %2.</source>
        <translation>%1 的数据库结构不是第 %2 版。</translation>
    </message>
    <message>
        <source>The bundled notice template %1 is missing.</source>
        <translation>缺少随附的文书模板 %1。</translation>
    </message>
    <message>
        <source>No serial number was taken.</source>
        <translation>未能取得文号。</translation>
    </message>
    <message>
        <source>Listing %1 does not exist.</source>
        <translation>名单记录 %1 不存在。</translation>
    </message>
    <message>
        <source>Objection %1 does not exist.</source>
        <translation>异议 %1 不存在。</translation>
    </message>
    <message>
        <source>Repair application %1 does not exist.</source>
        <translation>信用修复申请 %1 不存在。</translation>
    </message>
    <message>
        <source>Department %1 does not exist.</source>
        <translation>部门 %1 不存在。</translation>
    </message>
    <message>
        <source>The notice template was not saved.</source>
        <translation>文书模板未能保存。</translation>
    </message>
    <message>
        <source>The courts cannot be read.</source>
        <translation>无法读取法院列表。</translation>
    </message>
    <message>
        <source>The regions cannot be read.</source>
        <translation>无法读取行政区划。</translation>
    </message>
    <message>
        <source>The departments cannot be read.</source>
        <translation>无法读取部门列表。</translation>
    </message>
    <message>
        <source>The measure catalogue cannot be read.</source>
        <translation>无法读取惩戒措施目录。</translation>
    </message>
    <message>
        <source>There is no outgoing package %1.</source>
        <translation>没有序号为 %1 的上报交换包。</translation>
    </message>
    <message>
        <source>prepare a screening look-up</source>
        <translation>准备筛查查询</translation>
    </message>
    <message>
        <source>screening lookup</source>
        <translation>执行筛查查询</translation>
    </message>
    <message>
        <source>read a candidate</source>
        <translation>读取候选记录</translation>
    </message>
    <message>
        <source>read the list&apos;s snapshot</source>
        <translation>读取名单快照</translation>
    </message>
    <message>
        <source>record a screening batch</source>
        <translation>记录筛查批次</translation>
    </message>
    <message>
        <source>count a screening batch</source>
        <translation>统计筛查批次</translation>
    </message>
    <message>
        <source>record screening results</source>
        <translation>记录筛查结果</translation>
    </message>
    <message>
        <source>record screening matches</source>
        <translation>记录筛查命中</translation>
    </message>
    <message>
        <source>read screening batches</source>
        <translation>读取筛查批次</translation>
    </message>
    <message>
        <source>read screening matches</source>
        <translation>读取筛查命中</translation>
    </message>
    <message>
        <source>find the previous batch</source>
        <translation>查找上一批次</translation>
    </message>
    <message>
        <source>read screening results</source>
        <translation>读取筛查结果</translation>
    </message>
    <message>
        <source>compare screening batches</source>
        <translation>比较筛查批次</translation>
    </message>
    <message>
        <source>settle a screening decision</source>
        <translation>确定筛查决定</translation>
    </message>
    <message>
        <source>read screening decisions</source>
        <translation>读取筛查决定</translation>
    </message>
    <message>
        <source>read proposed screening decisions</source>
        <translation>读取建议的筛查决定</translation>
    </message>
    <message>
        <source>record a whitelist entry</source>
        <translation>记录豁免名单条目</translation>
    </message>
    <message>
        <source>record a whitelist entry from another desk</source>
        <translation>记录来自其他工作站的豁免名单条目</translation>
    </message>
    <message>
        <source>find the whitelist entry</source>
        <translation>查找豁免名单条目</translation>
    </message>
    <message>
        <source>find the applicant&apos;s whitelist entries</source>
        <translation>查找申请人的豁免名单条目</translation>
    </message>
    <message>
        <source>record another desk&apos;s revocation of a whitelist entry</source>
        <translation>记录其他工作站对豁免名单条目的撤销</translation>
    </message>
    <message>
        <source>revoke a whitelist entry</source>
        <translation>撤销豁免名单条目</translation>
    </message>
    <message>
        <source>read the whitelist</source>
        <translation>读取豁免名单</translation>
    </message>
    <message>
        <source>read the listed side</source>
        <translation>读取命中的名单主体及名单记录</translation>
    </message>
    <message>
        <source>rebuild the statistics</source>
        <translation>重建统计数据</translation>
    </message>
    <message>
        <source>read the listings by month</source>
        <translation>按月份读取名单记录</translation>
    </message>
    <message>
        <source>read the listings by ground</source>
        <translation>按纳入情形读取名单记录</translation>
    </message>
    <message>
        <source>count the listings by ground</source>
        <translation>按纳入情形统计名单记录</translation>
    </message>
    <message>
        <source>read the listings by region</source>
        <translation>按地区读取名单记录</translation>
    </message>
    <message>
        <source>read the listings of the region&apos;s own courts</source>
        <translation>读取本地区法院的名单记录</translation>
    </message>
    <message>
        <source>read the listings by court</source>
        <translation>按法院读取名单记录</translation>
    </message>
    <message>
        <source>read the measure applications</source>
        <translation>读取惩戒措施实施记录</translation>
    </message>
    <message>
        <source>read the objections</source>
        <translation>读取异议</translation>
    </message>
    <message>
        <source>read the court&apos;s region</source>
        <translation>读取法院所在地区</translation>
    </message>
    <message>
        <source>read the repair applications</source>
        <translation>读取信用修复申请</translation>
    </message>
    <message>
        <source>read the screening batches</source>
        <translation>读取筛查批次</translation>
    </message>
    <message>
        <source>read the listings behind a bar</source>
        <translation>读取图表柱对应的名单记录</translation>
    </message>
    <message>
        <source>read the regions</source>
        <translation>读取行政区划</translation>
    </message>
    <message>
        <source>read the courts</source>
        <translation>读取法院</translation>
    </message>
    <message>
        <source>install the notice templates</source>
        <translation>安装文书模板</translation>
    </message>
    <message>
        <source>take a serial number</source>
        <translation>取得文书编号</translation>
    </message>
    <message>
        <source>record a notice</source>
        <translation>记录文书</translation>
    </message>
    <message>
        <source>look up a notice</source>
        <translation>查找文书</translation>
    </message>
    <message>
        <source>read the listing</source>
        <translation>读取名单记录</translation>
    </message>
    <message>
        <source>find the listings to notify</source>
        <translation>查找需要通知的名单记录</translation>
    </message>
    <message>
        <source>find what notices are due for</source>
        <translation>查找应出具文书的事项</translation>
    </message>
    <message>
        <source>read the objection</source>
        <translation>读取异议</translation>
    </message>
    <message>
        <source>read the repair application</source>
        <translation>读取信用修复申请</translation>
    </message>
    <message>
        <source>read the department</source>
        <translation>读取部门</translation>
    </message>
    <message>
        <source>read the department&apos;s measures</source>
        <translation>读取部门的惩戒措施</translation>
    </message>
    <message>
        <source>read the listing&apos;s exit</source>
        <translation>读取名单记录的撤销或删除</translation>
    </message>
    <message>
        <source>save the notice template</source>
        <translation>保存文书模板</translation>
    </message>
    <message>
        <source>read the notice templates</source>
        <translation>读取文书模板</translation>
    </message>
    <message>
        <source>search the notice register</source>
        <translation>检索文书登记簿</translation>
    </message>
    <message>
        <source>read the exchange state</source>
        <translation>读取交换状态</translation>
    </message>
    <message>
        <source>record the package</source>
        <translation>记录交换包</translation>
    </message>
    <message>
        <source>record the package as applied</source>
        <translation>将交换包记为已应用</translation>
    </message>
    <message>
        <source>read the last subject id</source>
        <translation>读取最后的主体编号</translation>
    </message>
    <message>
        <source>look up the platform&apos;s keys</source>
        <translation>查找信用平台标识</translation>
    </message>
    <message>
        <source>read a subject&apos;s birth date</source>
        <translation>读取主体的出生日期</translation>
    </message>
    <message>
        <source>read a listing&apos;s terms</source>
        <translation>读取名单记录的期限信息</translation>
    </message>
    <message>
        <source>drop the waiting package</source>
        <translation>丢弃等待中的交换包</translation>
    </message>
    <message>
        <source>map the platform&apos;s key</source>
        <translation>建立信用平台标识与本地记录的对应关系</translation>
    </message>
    <message>
        <source>store a department</source>
        <translation>保存部门</translation>
    </message>
    <message>
        <source>store a subject</source>
        <translation>保存主体</translation>
    </message>
    <message>
        <source>store an identifier</source>
        <translation>保存证件号码</translation>
    </message>
    <message>
        <source>update a subject</source>
        <translation>更新主体</translation>
    </message>
    <message>
        <source>store a listing</source>
        <translation>保存名单记录</translation>
    </message>
    <message>
        <source>store a listing event</source>
        <translation>保存名单记录事件</translation>
    </message>
    <message>
        <source>update a listing</source>
        <translation>更新名单记录</translation>
    </message>
    <message>
        <source>change a listing&apos;s state</source>
        <translation>变更名单记录状态</translation>
    </message>
    <message>
        <source>extend a listing&apos;s period</source>
        <translation>延长名单记录期限</translation>
    </message>
    <message>
        <source>store a measure application</source>
        <translation>保存惩戒措施实施记录</translation>
    </message>
    <message>
        <source>read what the outgoing package carries</source>
        <translation>读取发出交换包的内容</translation>
    </message>
    <message>
        <source>read the outgoing packages</source>
        <translation>读取发出的交换包</translation>
    </message>
    <message>
        <source>mark the notifications sent</source>
        <translation>将通知记为已发送</translation>
    </message>
    <message>
        <source>read an index definition</source>
        <translation>读取索引定义</translation>
    </message>
    <message>
        <source>suspend an index for a large write</source>
        <translation>为大批量写入暂停索引</translation>
    </message>
    <message>
        <source>add the name-search entries of new subjects</source>
        <translation>添加新主体的名称检索条目</translation>
    </message>
    <message>
        <source>update the latest decision dates</source>
        <translation>更新最近决定日期</translation>
    </message>
    <message>
        <source>set the sorting threads</source>
        <translation>设置排序线程数</translation>
    </message>
    <message>
        <source>rebuild an index after a large write</source>
        <translation>在大批量写入后重建索引</translation>
    </message>
    <message>
        <source>read the last ids</source>
        <translation>读取最后的编号</translation>
    </message>
    <message>
        <source>read the statistics areas</source>
        <translation>读取统计区域</translation>
    </message>
    <message>
        <source>read a trigger definition</source>
        <translation>读取触发器定义</translation>
    </message>
    <message>
        <source>suspend the statistics trigger for a large write</source>
        <translation>为大批量写入暂停统计触发器</translation>
    </message>
    <message>
        <source>look up the platform&apos;s key</source>
        <translation>查找信用平台标识</translation>
    </message>
    <message>
        <source>look up an identifier</source>
        <translation>查找证件号码</translation>
    </message>
    <message>
        <source>look up a listing by its case</source>
        <translation>按案号查找名单记录</translation>
    </message>
    <message>
        <source>count the new listings</source>
        <translation>统计新名单记录</translation>
    </message>
    <message>
        <source>restore the statistics trigger</source>
        <translation>恢复统计触发器</translation>
    </message>
    <message>
        <source>read the measure application</source>
        <translation>读取惩戒措施实施记录</translation>
    </message>
    <message>
        <source>record the feedback</source>
        <translation>记录反馈</translation>
    </message>
    <message>
        <source>record the server&apos;s schema version</source>
        <translation>记录服务器的数据库结构版本</translation>
    </message>
    <message>
        <source>register the desk on the server</source>
        <translation>在服务器上登记工作站</translation>
    </message>
    <message>
        <source>store the change on the server</source>
        <translation>在服务器上保存变更</translation>
    </message>
    <message>
        <source>look for the change on the server</source>
        <translation>在服务器上查找变更</translation>
    </message>
    <message>
        <source>read the entity&apos;s version on the server</source>
        <translation>读取服务器上的记录版本</translation>
    </message>
    <message>
        <source>store the entity&apos;s version</source>
        <translation>保存记录版本</translation>
    </message>
    <message>
        <source>pull changes from the server</source>
        <translation>从服务器拉取变更</translation>
    </message>
    <message>
        <source>read the open conflicts</source>
        <translation>读取未解决的冲突</translation>
    </message>
    <message>
        <source>record the conflict&apos;s resolution on the server</source>
        <translation>在服务器上记录冲突的解决</translation>
    </message>
    <message>
        <source>read the desk&apos;s server</source>
        <translation>读取本工作站的中心服务器设置</translation>
    </message>
    <message>
        <source>record the desk&apos;s server</source>
        <translation>保存本工作站的中心服务器设置</translation>
    </message>
    <message>
        <source>change the desk&apos;s server address</source>
        <translation>更改工作站的服务器地址</translation>
    </message>
    <message>
        <source>remember the last change pulled</source>
        <translation>记录最后拉取的变更序号</translation>
    </message>
    <message>
        <source>remember the synchronisation</source>
        <translation>记录同步时间</translation>
    </message>
    <message>
        <source>read the changes waiting to be sent</source>
        <translation>读取待发送的变更</translation>
    </message>
    <message>
        <source>read the change before</source>
        <translation>读取此前的变更</translation>
    </message>
    <message>
        <source>record the server&apos;s answer</source>
        <translation>记录服务器的答复</translation>
    </message>
    <message>
        <source>record the entity&apos;s server version</source>
        <translation>记录该条目在中心服务器上的版本号</translation>
    </message>
    <message>
        <source>keep the conflict</source>
        <translation>保留冲突</translation>
    </message>
    <message>
        <source>find the shared entity</source>
        <translation>查找共享记录</translation>
    </message>
    <message>
        <source>find the listing of the change</source>
        <translation>查找变更所涉名单记录</translation>
    </message>
    <message>
        <source>record the objection&apos;s step from the server</source>
        <translation>记录来自服务器的异议步骤</translation>
    </message>
    <message>
        <source>find the measure application by the platform&apos;s key</source>
        <translation>按信用平台标识查找惩戒措施实施记录</translation>
    </message>
    <message>
        <source>find the measure application of the feedback</source>
        <translation>查找反馈所涉惩戒措施实施记录</translation>
    </message>
    <message>
        <source>apply the case from the server</source>
        <translation>应用来自服务器的案件</translation>
    </message>
    <message>
        <source>look for this desk&apos;s unsent changes</source>
        <translation>查找本工作站未发送的变更</translation>
    </message>
    <message>
        <source>find the subject of the change</source>
        <translation>查找变更所涉主体</translation>
    </message>
    <message>
        <source>find the measure of the change</source>
        <translation>查找变更所涉惩戒措施</translation>
    </message>
    <message>
        <source>find this desk&apos;s own mirror</source>
        <translation>查找本工作站自己的同步记录</translation>
    </message>
    <message>
        <source>find the repair application</source>
        <translation>查找信用修复申请</translation>
    </message>
    <message>
        <source>record the repair application&apos;s step from the server</source>
        <translation>记录来自服务器的信用修复申请步骤</translation>
    </message>
    <message>
        <source>set a change aside</source>
        <translation>搁置变更</translation>
    </message>
    <message>
        <source>read the changes set aside</source>
        <translation>读取搁置的变更</translation>
    </message>
    <message>
        <source>record why a change set aside waits</source>
        <translation>记录搁置变更等待的原因</translation>
    </message>
    <message>
        <source>remove a change set aside</source>
        <translation>移除搁置的变更</translation>
    </message>
    <message>
        <source>read the listing&apos;s state</source>
        <translation>读取名单记录状态</translation>
    </message>
    <message>
        <source>find the listing&apos;s subject</source>
        <translation>查找名单记录的主体</translation>
    </message>
    <message>
        <source>mark the notification as the other desk&apos;s</source>
        <translation>将通知标记为属于其他工作站</translation>
    </message>
    <message>
        <source>read the changes of the case to undo</source>
        <translation>读取需撤回的案件变更</translation>
    </message>
    <message>
        <source>remember the change was undone</source>
        <translation>记录变更已撤回</translation>
    </message>
    <message>
        <source>look for a refused change</source>
        <translation>查找被拒绝的变更</translation>
    </message>
    <message>
        <source>look for an open conflict</source>
        <translation>查找未解决的冲突</translation>
    </message>
    <message>
        <source>count the changes to send and the conflicts</source>
        <translation>统计待发送的变更和冲突</translation>
    </message>
    <message>
        <source>read the conflicts</source>
        <translation>读取冲突</translation>
    </message>
    <message>
        <source>read the conflict</source>
        <translation>读取冲突</translation>
    </message>
    <message>
        <source>resolve the conflict</source>
        <translation>解决冲突</translation>
    </message>
    <message>
        <source>read the resolutions to report</source>
        <translation>读取需报告的解决结果</translation>
    </message>
    <message>
        <source>remember the resolution was reported</source>
        <translation>记录解决结果已报告</translation>
    </message>
    <message>
        <source>empty the table</source>
        <translation>清空数据表</translation>
    </message>
    <message>
        <source>begin</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <source>insert a row</source>
        <translation>插入一行</translation>
    </message>
    <message>
        <source>roll back</source>
        <translation>回滚事务</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>提交事务</translation>
    </message>
    <message>
        <source>make the table</source>
        <translation>建立数据表</translation>
    </message>
    <message>
        <source>read a number</source>
        <translation>读取数值</translation>
    </message>
    <message>
        <source>drop the generated rows</source>
        <translation>删除生成的行</translation>
    </message>
    <message>
        <source>put the sorting threads back</source>
        <translation>恢复排序线程数</translation>
    </message>
    <message>
        <source>generate the rows</source>
        <translation>生成行</translation>
    </message>
    <message>
        <source>read the index definitions</source>
        <translation>读取索引定义</translation>
    </message>
    <message>
        <source>write the rows</source>
        <translation>写入行</translation>
    </message>
    <message>
        <source>add the name search and statistics</source>
        <translation>添加名称检索和统计数据</translation>
    </message>
    <message>
        <source>recreate the indexes</source>
        <translation>重建索引</translation>
    </message>
    <message>
        <source>read names for their pinyin keys</source>
        <translation>读取名称以生成拼音键</translation>
    </message>
    <message>
        <source>store pinyin keys</source>
        <translation>保存拼音键</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>another program or CreditDesk window is writing to the database; try again in a moment</source>
        <translation>另一个程序或信用工作台窗口正在写入数据库，请稍后重试</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>the database file cannot be written: it or its folder is read-only, or this user may not change it</source>
        <translation>数据库文件无法写入：文件或其所在文件夹为只读，或当前用户无权修改</translation>
    </message>
    <message>
        <source>the work was stopped</source>
        <translation>操作已中止</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>磁盘无法读取或写入</translation>
    </message>
    <message>
        <source>the database file is damaged; restore it from a backup</source>
        <translation>数据库文件已损坏，请从备份恢复</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>数据库文件无法打开</translation>
    </message>
    <message>
        <source>the file is not a database</source>
        <translation>该文件不是数据库</translation>
    </message>
    <message>
        <source>configure the database</source>
        <translation>配置数据库</translation>
    </message>
    <message>
        <source>mark the database as CreditDesk&apos;s</source>
        <translation>将数据库标记为信用工作台所用</translation>
    </message>
    <message>
        <source>store a setting</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>append to the audit journal</source>
        <translation>追加审计日志</translation>
    </message>
    <message>
        <source>record the head of the audit journal</source>
        <translation>记录审计日志的链头</translation>
    </message>
    <message>
        <source>store a region</source>
        <translation>保存行政区划</translation>
    </message>
    <message>
        <source>store a court</source>
        <translation>保存法院</translation>
    </message>
    <message>
        <source>store a measure source</source>
        <translation>保存惩戒措施来源</translation>
    </message>
    <message>
        <source>store a measure category</source>
        <translation>保存惩戒措施类别</translation>
    </message>
    <message>
        <source>store a measure</source>
        <translation>保存惩戒措施</translation>
    </message>
    <message>
        <source>look up a department</source>
        <translation>查找部门</translation>
    </message>
    <message>
        <source>create a user</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>record a failed sign-in</source>
        <translation>记录失败的登录尝试</translation>
    </message>
    <message>
        <source>record a sign-in</source>
        <translation>记录登录</translation>
    </message>
    <message>
        <source>store a password</source>
        <translation>保存密码</translation>
    </message>
    <message>
        <source>change roles</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>assign a role</source>
        <translation>分配角色</translation>
    </message>
    <message>
        <source>store an alias</source>
        <translation>保存别名</translation>
    </message>
    <message>
        <source>store feedback</source>
        <translation>保存反馈</translation>
    </message>
    <message>
        <source>read a subject</source>
        <translation>读取主体</translation>
    </message>
    <message>
        <source>read identifiers</source>
        <translation>读取证件号码</translation>
    </message>
    <message>
        <source>read aliases</source>
        <translation>读取别名</translation>
    </message>
    <message>
        <source>read listings</source>
        <translation>读取名单记录</translation>
    </message>
    <message>
        <source>read listing events</source>
        <translation>读取名单记录事件</translation>
    </message>
    <message>
        <source>read measures</source>
        <translation>读取惩戒措施</translation>
    </message>
    <message>
        <source>read feedback</source>
        <translation>读取反馈</translation>
    </message>
    <message>
        <source>register a correction</source>
        <translation>登记更正</translation>
    </message>
    <message>
        <source>record a decision</source>
        <translation>记录决定</translation>
    </message>
    <message>
        <source>record a correction from another desk</source>
        <translation>记录来自其他工作站的更正</translation>
    </message>
    <message>
        <source>find the correction</source>
        <translation>查找更正</translation>
    </message>
    <message>
        <source>record another desk&apos;s decision of a correction</source>
        <translation>记录其他工作站对更正的决定</translation>
    </message>
    <message>
        <source>put the correction back to waiting</source>
        <translation>将更正恢复为待处理</translation>
    </message>
    <message>
        <source>correct a listing</source>
        <translation>更正名单记录</translation>
    </message>
    <message>
        <source>record the correction in the listing history</source>
        <translation>在名单记录历史中记录更正</translation>
    </message>
    <message>
        <source>change the state of a listing</source>
        <translation>变更名单记录状态</translation>
    </message>
    <message>
        <source>record the state change in the listing history</source>
        <translation>在名单记录历史中记录状态变更</translation>
    </message>
    <message>
        <source>read the holiday calendar</source>
        <translation>读取节假日安排</translation>
    </message>
    <message>
        <source>replace a holiday notice</source>
        <translation>替换节假日通知</translation>
    </message>
    <message>
        <source>store a holiday</source>
        <translation>保存节假日</translation>
    </message>
    <message>
        <source>record a holiday notice</source>
        <translation>记录节假日通知</translation>
    </message>
    <message>
        <source>read the other holiday notices</source>
        <translation>读取其他节假日通知</translation>
    </message>
    <message>
        <source>register an objection</source>
        <translation>登记异议</translation>
    </message>
    <message>
        <source>list objections</source>
        <translation>列出异议</translation>
    </message>
    <message>
        <source>look for open objections</source>
        <translation>查找未办结的异议</translation>
    </message>
    <message>
        <source>change the state of an objection</source>
        <translation>变更异议状态</translation>
    </message>
    <message>
        <source>find other desks&apos; corrections of the record</source>
        <translation>查找其他工作站对该记录的更正</translation>
    </message>
    <message>
        <source>mark the listing under objection</source>
        <translation>将名单记录标记为异议中</translation>
    </message>
    <message>
        <source>annotate the listing</source>
        <translation>为名单记录添加标注</translation>
    </message>
    <message>
        <source>store an evidence file</source>
        <translation>保存证据文件</translation>
    </message>
    <message>
        <source>list evidence files</source>
        <translation>列出证据文件</translation>
    </message>
    <message>
        <source>record a step of a case</source>
        <translation>记录案件步骤</translation>
    </message>
    <message>
        <source>read the steps of a case</source>
        <translation>读取案件步骤</translation>
    </message>
    <message>
        <source>read an evidence file</source>
        <translation>读取证据文件</translation>
    </message>
    <message>
        <source>read the repair rules</source>
        <translation>读取信用修复规则</translation>
    </message>
    <message>
        <source>read the rule version</source>
        <translation>读取规则版本</translation>
    </message>
    <message>
        <source>replace the repair rules</source>
        <translation>替换信用修复规则</translation>
    </message>
    <message>
        <source>store a repair rule</source>
        <translation>保存信用修复规则</translation>
    </message>
    <message>
        <source>count the repair rules</source>
        <translation>统计信用修复规则</translation>
    </message>
    <message>
        <source>store breach information</source>
        <translation>保存失信信息</translation>
    </message>
    <message>
        <source>find breach information by its decision</source>
        <translation>按决定查找失信信息</translation>
    </message>
    <message>
        <source>read breach information</source>
        <translation>读取失信信息</translation>
    </message>
    <message>
        <source>stop publication</source>
        <translation>停止公示</translation>
    </message>
    <message>
        <source>publish the information again</source>
        <translation>重新公示信息</translation>
    </message>
    <message>
        <source>find another desk&apos;s repair decision</source>
        <translation>查找其他工作站的信用修复决定</translation>
    </message>
    <message>
        <source>find breach information past its maximum</source>
        <translation>查找超过最长公示期的失信信息</translation>
    </message>
    <message>
        <source>read departments</source>
        <translation>读取部门</translation>
    </message>
    <message>
        <source>apply a measure to breach information</source>
        <translation>对失信信息实施惩戒措施</translation>
    </message>
    <message>
        <source>read the measures of breach information</source>
        <translation>读取失信信息的惩戒措施</translation>
    </message>
    <message>
        <source>store a repair application</source>
        <translation>保存信用修复申请</translation>
    </message>
    <message>
        <source>read repair applications</source>
        <translation>读取信用修复申请</translation>
    </message>
    <message>
        <source>find an open repair application</source>
        <translation>查找未办结的信用修复申请</translation>
    </message>
    <message>
        <source>change the state of a repair application</source>
        <translation>变更信用修复申请状态</translation>
    </message>
    <message>
        <source>read evidence</source>
        <translation>读取证据</translation>
    </message>
    <message>
        <source>record the listing in its history</source>
        <translation>在名单记录历史中记录纳入名单</translation>
    </message>
    <message>
        <source>find a court</source>
        <translation>查找法院</translation>
    </message>
    <message>
        <source>find a listing by case number</source>
        <translation>按案号查找名单记录</translation>
    </message>
    <message>
        <source>take a listing off the list</source>
        <translation>将名单记录移出名单</translation>
    </message>
    <message>
        <source>record the change in the listing history</source>
        <translation>在名单记录历史中记录变更</translation>
    </message>
    <message>
        <source>record the court&apos;s decision</source>
        <translation>记录法院的决定</translation>
    </message>
    <message>
        <source>read the court&apos;s decisions</source>
        <translation>读取法院的决定</translation>
    </message>
    <message>
        <source>read a mirror of the court&apos;s decision</source>
        <translation>读取同步的法院决定</translation>
    </message>
    <message>
        <source>find another desk&apos;s mirror</source>
        <translation>查找其他工作站的同步记录</translation>
    </message>
    <message>
        <source>mark a mirror refused by the central server</source>
        <translation>将被中心服务器拒绝的同步记录标记出来</translation>
    </message>
    <message>
        <source>put a listing back on the list</source>
        <translation>将名单记录恢复到名单</translation>
    </message>
    <message>
        <source>record the listing&apos;s return in its history</source>
        <translation>在历史中记录名单记录的恢复</translation>
    </message>
    <message>
        <source>find deletions on a creditor&apos;s request</source>
        <translation>查找依申请执行人申请的删除</translation>
    </message>
    <message>
        <source>find listings whose period ended</source>
        <translation>查找期限届满的名单记录</translation>
    </message>
    <message>
        <source>find the measures still applied</source>
        <translation>查找仍在实施的惩戒措施</translation>
    </message>
    <message>
        <source>end the measures</source>
        <translation>结束惩戒措施</translation>
    </message>
    <message>
        <source>queue a notification</source>
        <translation>将通知排入队列</translation>
    </message>
    <message>
        <source>put a measure back in force</source>
        <translation>恢复惩戒措施</translation>
    </message>
    <message>
        <source>withdraw a notification</source>
        <translation>撤回通知</translation>
    </message>
    <message>
        <source>read notifications</source>
        <translation>读取通知</translation>
    </message>
    <message>
        <source>look for an earlier extension</source>
        <translation>查找此前的期限延长</translation>
    </message>
    <message>
        <source>Subject %1 is not in the database.</source>
        <translation>数据库中没有主体 %1。</translation>
    </message>
    <message>
        <source>Evidence file %1 is not in the database.</source>
        <translation>数据库中没有证据文件 %1。</translation>
    </message>
    <message>
        <source>The measures were changed by someone else while they were being ended; try again.</source>
        <translation>结束惩戒措施期间，措施已被他人更改；请重试。</translation>
    </message>
    <message>
        <source>store subjects</source>
        <translation>保存主体</translation>
    </message>
    <message>
        <source>store identifiers</source>
        <translation>保存证件号码</translation>
    </message>
    <message>
        <source>map the platform&apos;s keys</source>
        <translation>建立信用平台标识与本地记录的对应关系</translation>
    </message>
    <message>
        <source>store listings</source>
        <translation>保存名单记录</translation>
    </message>
    <message>
        <source>store listing events</source>
        <translation>保存名单记录事件</translation>
    </message>
    <message>
        <source>a table is in use by other work of this window; try again when it has finished</source>
        <translation>本窗口的其他操作正在使用数据表，请待其完成后重试</translation>
    </message>
    <message>
        <source>the change does not fit what is stored (a value already taken, a value not allowed, or a required or referred-to value missing)</source>
        <translation>该变更与已存数据不符（某个值已被占用、某个值不允许，或缺少必填或所引用的值）</translation>
    </message>
    <message>
        <source>read a listing&apos;s extensions</source>
        <translation>读取名单记录的延期记录</translation>
    </message>
    <message>
        <source>read a listing&apos;s subject</source>
        <translation>读取名单记录的主体</translation>
    </message>
    <message>
        <source>read the office key</source>
        <translation>读取单位密钥</translation>
    </message>
    <message>
        <source>store the office key</source>
        <translation>保存单位密钥</translation>
    </message>
    <message>
        <source>key a whitelist entry with the office key</source>
        <translation>用单位密钥处理豁免名单条目</translation>
    </message>
    <message>
        <source>key a whitelist change with the office key</source>
        <translation>用单位密钥处理豁免名单变更</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>Demo database created at first start</source>
        <translation>首次启动时创建演示数据库</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Able to perform but refuses</source>
        <translation>有履行能力而拒不履行</translation>
    </message>
    <message>
        <source>Obstructs enforcement by forgery, violence or threats</source>
        <translation>以伪造证据、暴力、威胁等方法妨碍、抗拒执行</translation>
    </message>
    <message>
        <source>Evades enforcement by sham litigation or hiding assets</source>
        <translation>以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行</translation>
    </message>
    <message>
        <source>Breaches the asset-reporting duty</source>
        <translation>违反财产报告制度</translation>
    </message>
    <message>
        <source>Breaches a consumption-restriction order</source>
        <translation>违反限制消费令</translation>
    </message>
    <message>
        <source>Refuses to perform a settlement agreement</source>
        <translation>无正当理由拒不履行执行和解协议</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公布</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>屏蔽</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期满</translation>
    </message>
    <message>
        <source>Obligation performed</source>
        <translation>已履行生效法律文书确定的义务</translation>
    </message>
    <message>
        <source>Settlement agreement performed</source>
        <translation>已履行执行和解协议</translation>
    </message>
    <message>
        <source>Creditor applied and the court agreed</source>
        <translation>申请执行人申请删除，人民法院准许</translation>
    </message>
    <message>
        <source>Enforcement round terminated after two empty asset searches</source>
        <translation>终结本次执行程序后两次财产调查未发现可供执行财产</translation>
    </message>
    <message>
        <source>Enforcement suspended for retrial or bankruptcy</source>
        <translation>因审判监督或破产程序中止执行</translation>
    </message>
    <message>
        <source>Enforcement refused</source>
        <translation>人民法院依法裁定不予执行</translation>
    </message>
    <message>
        <source>Enforcement terminated</source>
        <translation>人民法院依法裁定终结执行</translation>
    </message>
    <message>
        <source>Listing period ended</source>
        <translation>失信期限届满</translation>
    </message>
    <message>
        <source>Partly performed</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <source>Not performed</source>
        <translation>全部未履行</translation>
    </message>
    <message>
        <source>Natural person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>法人和其他组织</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Other identifier</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>Intercepted</source>
        <translation>拦截</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Checked, no business</source>
        <translation>已核查，无相关业务</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>纳入名单</translation>
    </message>
    <message>
        <source>Masked from publication</source>
        <translation>屏蔽公布</translation>
    </message>
    <message>
        <source>Publication restored</source>
        <translation>恢复公布</translation>
    </message>
    <message>
        <source>Listing revoked</source>
        <translation>撤销名单记录</translation>
    </message>
    <message>
        <source>Deleted from the list</source>
        <translation>移出名单</translation>
    </message>
    <message>
        <source>Listing corrected</source>
        <translation>更正名单记录</translation>
    </message>
    <message>
        <source>Period extended</source>
        <translation>延长失信期限</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>Measure applied</source>
        <translation>实施惩戒措施</translation>
    </message>
    <message>
        <source>Measure lifted</source>
        <translation>解除惩戒措施</translation>
    </message>
    <message>
        <source>Department feedback</source>
        <translation>执行反馈</translation>
    </message>
    <message>
        <source>Court decision mirrored: %1</source>
        <translation>同步法院决定：%1</translation>
    </message>
    <message>
        <source>court decided %1, due %2</source>
        <translation>法院于 %1 作出决定，同步期限 %2</translation>
    </message>
    <message>
        <source>Breach information published</source>
        <translation>公示失信信息</translation>
    </message>
    <message>
        <source>Credit repair applied for</source>
        <translation>申请信用修复</translation>
    </message>
    <message>
        <source>Application %1 · %2</source>
        <translation>修复申请 %1 · %2</translation>
    </message>
    <message>
        <source>Notice of listing</source>
        <translation>纳入名单告知书</translation>
    </message>
    <message>
        <source>Objection accepted</source>
        <translation>异议受理通知书</translation>
    </message>
    <message>
        <source>Objection not accepted</source>
        <translation>异议不予受理通知书</translation>
    </message>
    <message>
        <source>Objection decision</source>
        <translation>异议处理决定书</translation>
    </message>
    <message>
        <source>Credit repair decision</source>
        <translation>信用修复决定书</translation>
    </message>
    <message>
        <source>Deletion and lifting notice</source>
        <translation>删除及解除惩戒通知</translation>
    </message>
    <message>
        <source>Joint-punishment push notice</source>
        <translation>联合惩戒推送通知</translation>
    </message>
    <message>
        <source>mirrored on desk %1</source>
        <translation>由工作站 %1 录入</translation>
    </message>
    <message>
        <source>refused by the central server (another desk mirrored first), undone</source>
        <translation>被中心服务器拒绝（另一工作站先录入），已撤回</translation>
    </message>
    <message>
        <source>creditor: %1</source>
        <translation>申请执行人：%1</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>Subject %1 does not exist.</source>
        <translation>主体 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>DossierService</name>
    <message>
        <source>Type the reason for seeing the full identifier (at least %1 characters).</source>
        <translation>请输入查看完整信息的理由（至少 %1 个字符）。</translation>
    </message>
    <message>
        <source>This subject has no such identifier.</source>
        <translation>该主体没有此类证件号码。</translation>
    </message>
</context>
<context>
    <name>EvidenceFile</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; evidence files may have at most %3 MB.</source>
        <translation>%1 为 %2 MB；证据材料文件不得超过 %3 MB。</translation>
    </message>
    <message>
        <source>%1 is not a PDF, OFD, PNG, JPEG or TIFF file; scan or convert it first.</source>
        <translation>%1 不是 PDF、OFD、PNG、JPEG 或 TIFF 文件；请先扫描或转换格式。</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>The ID number is empty.</source>
        <translation>身份证号码为空。</translation>
    </message>
    <message>
        <source>This is a 15-digit first-generation number; enter the 18-digit number.</source>
        <translation>这是 15 位第一代身份证号码；请输入 18 位号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; this one has %1.</source>
        <translation>身份证号码应为 18 位；此号码为 %1 位。</translation>
    </message>
    <message>
        <source>Character %1 must be a digit; it is &quot;%2&quot;.</source>
        <translation>第 %1 位应为数字，实为“%2”。</translation>
    </message>
    <message>
        <source>The last character must be a digit or X; it is &quot;%1&quot;.</source>
        <translation>最后一位应为数字或 X，实为“%1”。</translation>
    </message>
    <message>
        <source>%1 is not a province code (the first two digits).</source>
        <translation>前两位 %1 不是省级行政区划代码。</translation>
    </message>
    <message>
        <source>Digits 7 to 14 (%1) are not a real calendar date.</source>
        <translation>第 7 至 14 位（%1）不是有效的日历日期。</translation>
    </message>
    <message>
        <source>The birth date %1 is before 1900.</source>
        <translation>出生日期 %1 早于 1900 年。</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The check character is %1 but should be %2.</source>
        <translation>校验码是 %1，应为 %2。</translation>
    </message>
</context>
<context>
    <name>ListingCorrection</name>
    <message>
        <source>Obligation</source>
        <translation>生效法律文书确定的义务</translation>
    </message>
    <message>
        <source>Performance (0 not performed, 1 partly performed)</source>
        <translation>履行情况（0 全部未履行，1 部分履行）</translation>
    </message>
    <message>
        <source>Basis document</source>
        <translation>执行依据文书</translation>
    </message>
    <message>
        <source>Basis issuer</source>
        <translation>执行依据制作单位</translation>
    </message>
    <message>
        <source>Filing date (YYYY-MM-DD)</source>
        <translation>立案日期（YYYY-MM-DD）</translation>
    </message>
</context>
<context>
    <name>ListingCorrectionService</name>
    <message>
        <source>Performance is 0 (not performed) or 1 (partly performed).</source>
        <translation>履行情况为 0（全部未履行）或 1（部分履行）。</translation>
    </message>
    <message>
        <source>The filing date must be a date YYYY-MM-DD.</source>
        <translation>立案日期应为 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>The new value is empty.</source>
        <translation>新值为空。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot be corrected; correctable fields: %2.</source>
        <translation>字段“%1”不可更正；可更正的字段：%2。</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>请填写更正理由。</translation>
    </message>
    <message>
        <source>Listing %1 does not exist.</source>
        <translation>名单记录 %1 不存在。</translation>
    </message>
    <message>
        <source>The new value equals the current one.</source>
        <translation>新值与当前值相同。</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>请填写决定理由。</translation>
    </message>
    <message>
        <source>Correction %1 does not exist.</source>
        <translation>更正 %1 不存在。</translation>
    </message>
    <message>
        <source>Correction %1 was already decided by %2.</source>
        <translation>更正 %1 已由 %2 作出决定。</translation>
    </message>
    <message>
        <source>You registered this correction; another reviewer must decide it (four eyes).</source>
        <translation>该更正由您登记；须由另一位审核人决定（双人复核）。</translation>
    </message>
    <message>
        <source>Someone else changed or decided this correction since you opened it. Reload it; nothing was changed.</source>
        <translation>在您打开之后，他人已修改或决定了该更正。请重新载入；未作任何改动。</translation>
    </message>
    <message>
        <source>The listing was changed after this correction was registered. Register the correction again on the current record; nothing was changed.</source>
        <translation>该更正登记后名单记录已被修改。请按当前记录重新登记更正；未作任何改动。</translation>
    </message>
    <message>
        <source>This desk&apos;s decision of correction %1 was refused by the central server: another desk decided it first. Synchronise to receive that decision; nothing was changed.</source>
        <translation>本工作站对更正 %1 的决定被中心服务器拒绝：另一工作站已先作出决定。请同步以接收该决定；未作任何更改。</translation>
    </message>
</context>
<context>
    <name>ListingExit</name>
    <message>
        <source>Revocation</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Objection</name>
    <message>
        <source>Court list correction (SPC rules Art. 11–12)</source>
        <translation>法院名单纠正（最高法规定第十一至十二条）</translation>
    </message>
    <message>
        <source>Credit platform information</source>
        <translation>信用平台信息</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>核查中</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>Upheld (no error)</source>
        <translation>维持（信息无误）</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>无法确认</translation>
    </message>
    <message>
        <source>Forwarded to the court</source>
        <translation>已转法院</translation>
    </message>
    <message>
        <source>Court decided</source>
        <translation>法院已决定</translation>
    </message>
    <message>
        <source>Reconsideration filed</source>
        <translation>已申请复议</translation>
    </message>
    <message>
        <source>Reconsideration decided</source>
        <translation>复议已决定</translation>
    </message>
    <message>
        <source>Applicant notified</source>
        <translation>已告知申请人</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Should not have been listed</source>
        <translation>不应纳入失信被执行人名单</translation>
    </message>
    <message>
        <source>The record is inaccurate</source>
        <translation>记载和公布的失信信息不准确</translation>
    </message>
    <message>
        <source>Should have been deleted</source>
        <translation>失信信息应予删除</translation>
    </message>
    <message>
        <source>Other grounds</source>
        <translation>其他理由</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>窗口提交</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上提交</translation>
    </message>
    <message>
        <source>By telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Transferred by a court</source>
        <translation>法院转交</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>信息无误</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Refuse to accept</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Start the review</source>
        <translation>启动核查</translation>
    </message>
    <message>
        <source>Decide: correct the record</source>
        <translation>决定：更正信息</translation>
    </message>
    <message>
        <source>Decide: no error</source>
        <translation>决定：信息无误</translation>
    </message>
    <message>
        <source>Decide: undetermined</source>
        <translation>决定：无法确认</translation>
    </message>
    <message>
        <source>Forward to the court</source>
        <translation>转送法院</translation>
    </message>
    <message>
        <source>Record the court&apos;s decision</source>
        <translation>登记法院决定</translation>
    </message>
    <message>
        <source>Record a reconsideration application</source>
        <translation>登记复议申请</translation>
    </message>
    <message>
        <source>Record the reconsideration decision</source>
        <translation>登记复议决定</translation>
    </message>
    <message>
        <source>Record the notice to the applicant</source>
        <translation>登记告知申请人</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>办结</translation>
    </message>
</context>
<context>
    <name>ObjectionClock</name>
    <message>
        <source>Accept or refuse the objection</source>
        <translation>受理或不予受理</translation>
    </message>
    <message>
        <source>Forward to the court</source>
        <translation>转送法院</translation>
    </message>
    <message>
        <source>Start the review</source>
        <translation>启动核查</translation>
    </message>
    <message>
        <source>Decide and answer in writing</source>
        <translation>作出决定并书面答复</translation>
    </message>
    <message>
        <source>Notify the applicant in writing</source>
        <translation>书面告知申请人</translation>
    </message>
    <message>
        <source>The court reviews (follow up)</source>
        <translation>法院审查（跟进）</translation>
    </message>
    <message>
        <source>Correct the record and notify the applicant</source>
        <translation>更正信息并告知申请人</translation>
    </message>
    <message>
        <source>Reconsideration window ends; close the case after it</source>
        <translation>复议申请期限届满；届满后办结</translation>
    </message>
    <message>
        <source>The next-higher court decides (follow up)</source>
        <translation>上一级法院作出复议决定（跟进）</translation>
    </message>
</context>
<context>
    <name>OfficeKey</name>
    <message>
        <source>The office key has only the digits 0-9 and the letters a-f (spaces and dashes are ignored).</source>
        <translation>单位密钥只含数字 0-9 和字母 a-f（空格和连字符不计）。</translation>
    </message>
    <message>
        <source>The office key has %1 hexadecimal digits; %2 were given.</source>
        <translation>单位密钥共 %1 位十六进制字符；输入的是 %2 位。</translation>
    </message>
</context>
<context>
    <name>PolicyService</name>
    <message>
        <source>Give a reason for changing the security policy.</source>
        <translation>请填写修改安全策略的理由。</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>%1, line %2: the value of &quot;%3&quot; is not valid (&quot;%4&quot;).</source>
        <translation>%1 第 %2 行：“%3”的值无效（“%4”）。</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Not a complete case number: %1</source>
        <translation>案号不完整：%1</translation>
    </message>
    <message>
        <source>Type at least 4 characters of an ID number or credit code.</source>
        <translation>请至少输入身份证号码或统一社会信用代码的 4 位。</translation>
    </message>
    <message>
        <source>Type a name, an ID number, a credit code or a case number.</source>
        <translation>请输入名称、身份证号码、统一社会信用代码或案号。</translation>
    </message>
    <message>
        <source>The search could not run: %1</source>
        <translation>查询无法执行：%1</translation>
    </message>
    <message>
        <source>A masked number needs at least 4 known characters at its start or its end.</source>
        <translation>脱敏号码的开头或结尾至少需要 4 位已知字符。</translation>
    </message>
</context>
<context>
    <name>SearchBenchmark</name>
    <message>
        <source>The database has no subjects to sample.</source>
        <translation>数据库中没有可抽样的主体。</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Give a reason: it goes into the audit journal.</source>
        <translation>请填写理由：理由将记入审计日志。</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters, digits, dots, hyphens or underscores.</source>
        <translation>用户名由 2 至 32 个字母、数字、点、连字符或下划线组成。</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>请至少为用户分配一个角色。</translation>
    </message>
    <message>
        <source>The user %1 already exists.</source>
        <translation>用户 %1 已存在。</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>没有用户 %1。</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>The working-day calendar has no holiday notice for %1; an administrator imports it (creditdesk-cli calendar import). Deadlines in %1 cannot be computed until then.</source>
        <translation>工作日日历中没有 %1 年的节假日安排通知，须由管理员导入（creditdesk-cli calendar import）。导入前无法计算 %1 年内的期限。</translation>
    </message>
</context>
<context>
    <name>creditdesk</name>
    <message>
        <source>Minor breach</source>
        <translation>轻微失信</translation>
    </message>
    <message>
        <source>General breach</source>
        <translation>一般失信</translation>
    </message>
    <message>
        <source>Serious breach</source>
        <translation>严重失信</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Accepted, under review</source>
        <translation>已受理，审核中</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>已修复</translation>
    </message>
    <message>
        <source>Repair refused</source>
        <translation>不予修复</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Do not accept</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Decide: repair</source>
        <translation>决定：准予修复</translation>
    </message>
    <message>
        <source>Decide: refuse repair</source>
        <translation>决定：不予修复</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>登记撤回申请</translation>
    </message>
    <message>
        <source>Proof of performance</source>
        <translation>履行证明</translation>
    </message>
    <message>
        <source>Credit commitment</source>
        <translation>信用承诺书</translation>
    </message>
    <message>
        <source>Other evidence</source>
        <translation>其他材料</translation>
    </message>
    <message>
        <source>Applicant reference</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>No hit</source>
        <translation>未命中</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>Possible hit, to review</source>
        <translation>疑似命中，待核实</translation>
    </message>
    <message>
        <source>Listed in the past only</source>
        <translation>仅有历史失信记录</translation>
    </message>
    <message>
        <source>Confirmed hit</source>
        <translation>确认命中</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>非同一人</translation>
    </message>
    <message>
        <source>Awaiting a second officer</source>
        <translation>待第二名经办人确认</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>Not confirmed by the second officer</source>
        <translation>第二名经办人未予确认</translation>
    </message>
    <message>
        <source>&quot;person&quot; or &quot;organisation&quot;, not &quot;%1&quot;</source>
        <translation>应为“person”或“organisation”，而不是“%1”</translation>
    </message>
    <message>
        <source>&quot;M&quot; or &quot;F&quot;</source>
        <translation>应为“M”或“F”</translation>
    </message>
    <message>
        <source>ground 1 has no fixed period (SPC rules Art. 2)</source>
        <translation>第 1 种情形没有固定期限（《若干规定》第二条）</translation>
    </message>
    <message>
        <source>&quot;published&quot;, &quot;masked&quot;, &quot;revoked&quot; or &quot;deleted&quot;, not &quot;%1&quot;</source>
        <translation>应为“published”“masked”“revoked”或“deleted”，而不是“%1”</translation>
    </message>
    <message>
        <source>only a deletion has a deletion event</source>
        <translation>只有删除才有删除情形</translation>
    </message>
    <message>
        <source>unknown: &quot;%1&quot;</source>
        <translation>未知：“%1”</translation>
    </message>
    <message>
        <source>SOURCE/CATEGORY/ITEM is needed, e.g. anhui-2017/7/1</source>
        <translation>应为 来源/类别/条目，例如 anhui-2017/7/1</translation>
    </message>
    <message>
        <source>unknown record type &quot;%1&quot;</source>
        <translation>未知的记录类型“%1”</translation>
    </message>
    <message>
        <source>after the decision date %1</source>
        <translation>晚于决定日期 %1</translation>
    </message>
    <message>
        <source>only a deletion on the creditor&apos;s application names a creditor</source>
        <translation>只有依申请执行人申请作出的删除才注明申请执行人</translation>
    </message>
</context>
<context>
    <name>creditdesk::AboutDialog</name>
    <message>
        <source>About CreditDesk</source>
        <translation>关于信用工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CreditDesk %1&lt;/h3&gt;&lt;p&gt;Workbench for credit-information officers: the list of judgment defaulters, joint punishment, objections and credit repair.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;信用工作台 %1&lt;/h3&gt;&lt;p&gt;面向信用信息工作人员的工作台：失信被执行人名单、联合惩戒、异议处理与信用修复。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the application framework</source>
        <translation>应用程序框架</translation>
    </message>
    <message>
        <source>the local database</source>
        <translation>本地数据库</translation>
    </message>
    <message>
        <source>traditional to simplified Chinese, pinyin, GB18030</source>
        <translation>繁简转换、拼音、GB18030 编码</translation>
    </message>
    <message>
        <source>password hashing (argon2id)</source>
        <translation>密码哈希（argon2id）</translation>
    </message>
    <message>
        <source>QR codes on notices</source>
        <translation>文书上的二维码</translation>
    </message>
    <message>
        <source>Excel exports</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>reading Excel workbooks</source>
        <translation>读取 Excel 工作簿</translation>
    </message>
    <message>
        <source>Chinese text on screen and in notices</source>
        <translation>界面和文书中的中文</translation>
    </message>
    <message>
        <source>digits of verification codes</source>
        <translation>验证码中的数字</translation>
    </message>
    <message>
        <source>regions (GB/T 2260)</source>
        <translation>行政区划（GB/T 2260）</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>The laws and rules CreditDesk follows are cited in its documentation; the reference data sources are listed in resources/reference/SOURCES.md.</source>
        <translation>信用工作台所依据的法律法规见其文档；基础数据的来源见 resources/reference/SOURCES.md。</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>creditdesk::AdministrationPage</name>
    <message>
        <source>A reviewer may not decide a listing correction they registered</source>
        <translation>审核人不得决定本人登记的名单记录更正</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation>修改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>Security policy</source>
        <translation>安全策略</translation>
    </message>
    <message>
        <source>keep the first</source>
        <translation>保留前</translation>
    </message>
    <message>
        <source>and the last</source>
        <translation>位和后</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>位</translation>
    </message>
    <message>
        <source>Resident ID numbers on screen, in exports and output:</source>
        <translation>居民身份证号码（界面、导出与输出）：</translation>
    </message>
    <message>
        <source>Failed sign-ins before an account locks:</source>
        <translation>账户锁定前允许的登录失败次数：</translation>
    </message>
    <message>
        <source>Minutes an account stays locked:</source>
        <translation>账户锁定时长（分钟）：</translation>
    </message>
    <message>
        <source>Minutes without input before the window locks:</source>
        <translation>无操作锁定窗口前的分钟数：</translation>
    </message>
    <message>
        <source>Minutes a revealed identifier stays visible:</source>
        <translation>完整信息显示时长（分钟）：</translation>
    </message>
    <message>
        <source>Four eyes:</source>
        <translation>双人复核：</translation>
    </message>
    <message>
        <source>&amp;Save policy…</source>
        <translation>保存策略(&amp;S)…</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>保存策略</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>must change the password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>The security policy was saved. It applies from the next sign-in.</source>
        <translation>安全策略已保存，自下次登录起生效。</translation>
    </message>
    <message>
        <source>Reason (recorded in the audit journal):</source>
        <translation>理由（记入审计日志）：</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <source>Temporary password (the user changes it at the first sign-in):</source>
        <translation>临时密码（用户首次登录时须修改）：</translation>
    </message>
    <message>
        <source>User %1 was added.</source>
        <translation>已添加用户 %1。</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>请先选择一个用户。</translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>The roles of %1 were changed.</source>
        <translation>已修改 %1 的角色。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Temporary password for %1 (to be changed at the next sign-in):</source>
        <translation>%1 的临时密码（下次登录时须修改）：</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>已重置 %1 的密码。</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>creditdesk::Applicant</name>
    <message>
        <source>line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>neither a name nor an identifier is given.</source>
        <translation>姓名/名称、身份证号码和统一社会信用代码均未填写。</translation>
    </message>
    <message>
        <source>longer than 200 characters.</source>
        <translation>超过 200 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a number in scientific notation: Excel has cut the ID to 15 digits. Format the column as text and enter the IDs again.</source>
        <translation>“%1”是以科学计数法表示的数字：Excel 已将身份证号码截断为 15 位有效数字。请将该列设置为文本格式，并重新录入身份证号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ID number: 18 characters (digits, X last, * where masked).</source>
        <translation>“%1”不是身份证号码：应为 18 位（数字，最后一位可为 X，脱敏位用 * 表示）。</translation>
    </message>
    <message>
        <source>ID number: %1 Matched by name as well.</source>
        <translation>身份证号码：%1已同时按姓名比对。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>Credit code: %1 Matched by name as well.</source>
        <translation>统一社会信用代码：%1已同时按名称比对。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends in 000 and its check digit is wrong: Excel has probably stored the ID as a number and lost its last digits. Format the column as text and enter the IDs again.</source>
        <translation>“%1”以 000 结尾且校验码不符：Excel 很可能把身份证号码存成了数字，丢失了最后几位。请将该列设置为文本格式，并重新录入身份证号码。</translation>
    </message>
</context>
<context>
    <name>creditdesk::AuditPage</name>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Subject number</source>
        <translation>主体编号</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主体：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>校验哈希链(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown; more load as you scroll.</source>
        <translation>
            <numerusform>已显示 %n 条记录；滚动时继续加载。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit journal is intact: %n entry(ies), every hash checked.</source>
        <translation>
            <numerusform>审计日志完整：共 %n 条记录，哈希值全部核对无误。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit journal is broken at entry %1: %2</source>
        <translation>审计日志在第 %1 条处异常：%2</translation>
    </message>
    <message>
        <source>Export audit journal</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>creditdesk::BreachTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No. %1: %2</source>
        <translation>第 %1 号：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>失信程度</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>认定单位</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>决定书文号</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>公示状态</translation>
    </message>
    <message>
        <source>Stops at the latest</source>
        <translation>最迟停止公示日期</translation>
    </message>
    <message>
        <source>Repair application</source>
        <translation>信用修复申请</translation>
    </message>
</context>
<context>
    <name>creditdesk::BulkListingWriter</name>
    <message>
        <source>%1 (one of the records on lines %2 to %3)</source>
        <translation>%1（第 %2 至 %3 行的记录之一）</translation>
    </message>
</context>
<context>
    <name>creditdesk::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>An administrator reset your password. Choose a new one before you go on.</source>
        <translation>管理员已重置您的密码。请先设置新密码。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>creditdesk::ColumnMapping</name>
    <message>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) both look like %5; rename one or choose the column yourself.</source>
        <translation>第 %1 列（“%2”）和第 %3 列（“%4”）均可识别为%5列；请修改其中一列的表头，或手动指定该列。</translation>
    </message>
    <message>
        <source>No column holds a name, an ID number or a credit code. The header reads: %1. Name the columns (e.g. 姓名, 证件号码, 统一社会信用代码) or choose them yourself.</source>
        <translation>没有任何列包含姓名/名称、身份证号码或统一社会信用代码。表头为：%1。请为各列填写列名（例如：姓名、证件号码、统一社会信用代码），或手动指定各列。</translation>
    </message>
    <message>
        <source>%1: the table has no column %2.</source>
        <translation>%1：表格中没有第 %2 列。</translation>
    </message>
    <message>
        <source>Column %1 cannot be both %2 and %3.</source>
        <translation>第 %1 列不能同时作为%2和%3。</translation>
    </message>
</context>
<context>
    <name>creditdesk::ConflictDescription</name>
    <message>
        <source>Repair application %1</source>
        <translation>信用修复申请 %1</translation>
    </message>
    <message>
        <source>Objection %1</source>
        <translation>异议 %1</translation>
    </message>
    <message>
        <source>Evidence file %1</source>
        <translation>证据材料 %1</translation>
    </message>
    <message>
        <source>The refused repair had stopped the publication of the breach information on this desk and lifted its measures; that was undone when the server refused it, and its notifications to departments were withdrawn (any a package had carried already are named in the audit journal, sync.conflict).</source>
        <translation>未被接受的修复决定曾在本工作站停止该失信信息的公示并解除相关措施；服务器不予接受时已予撤回，其发给实施部门的通知也已撤回（已随交换包发出的通知列于审计日志 sync.conflict 中）。</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>名单记录 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The refused mirror had taken the listing off the list on this desk and lifted its measures; that was undone when the server refused it, and its notifications to departments were withdrawn (any a package had carried already are named in the audit journal, sync.conflict). The other desk&apos;s mirror stands and takes the listing off here when it has been pulled.</source>
        <translation>被拒绝的录入曾使该名单在本工作站退出名单并解除相关措施；服务器拒绝后已撤回，其发给实施部门的通知也已撤回（已随数据包发出的通知记于审计日志 sync.conflict）。以另一工作站的录入为准，该录入同步到本工作站后即使该名单退出。</translation>
    </message>
    <message>
        <source>The refused step corrected this desk&apos;s listing record; the corrections were undone when the server refused it (a field changed here since was left as it is), a revocation or deletion with its measures and notifications too (the audit journal, sync.conflict, lists what was undone). The other desk&apos;s decision takes effect here when it has been pulled.</source>
        <translation>被拒绝的步骤曾更正本工作站的名单记录；服务器拒绝后这些更正已撤回（此后在本工作站又有改动的字段保持不变），撤销或删除连同其措施和通知一并撤回（撤回的内容列于审计日志 sync.conflict）。另一工作站的决定同步到本工作站后随即生效。</translation>
    </message>
    <message>
        <source>Correction %1</source>
        <translation>更正 %1</translation>
    </message>
    <message>
        <source>%1: %2: %3 → %4</source>
        <translation>%1：%2：%3 → %4</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>等待决定</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>The refused approval had corrected the field of this desk&apos;s listing record; that was undone when the server refused it (unless the field was changed here since, or the other desk&apos;s decision approved the same correction). The other desk&apos;s decision stands and takes effect here when it has been pulled.</source>
        <translation>被拒绝的同意决定曾更正本工作站名单记录中的该字段；服务器拒绝后已撤回（该字段此后在本工作站又被修改的，或另一工作站的决定同样同意该更正的，保持不变）。以另一工作站的决定为准，该决定同步到本工作站后即生效。</translation>
    </message>
    <message>
        <source>Whitelist entry %1</source>
        <translation>豁免名单条目 %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
</context>
<context>
    <name>creditdesk::CorrectionDialog</name>
    <message>
        <source>Request a correction of %1</source>
        <translation>申请更正 %1</translation>
    </message>
    <message>
        <source>e.g. the court&apos;s letter of 2 November 2026</source>
        <translation>例如：法院 2026 年 11 月 2 日来函</translation>
    </message>
    <message>
        <source>A reviewer other than you decides the correction; the listing changes only then.</source>
        <translation>更正由您以外的审核人决定；决定后名单记录才会改变。</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Corrected value:</source>
        <translation>更正后的值(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>creditdesk::CorrectionsPage</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>名单记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>Corrected value</source>
        <translation>更正后的值</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>同意(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>不同意(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>刷新(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) waiting for a decision.</source>
        <translation>
            <numerusform>%n 条更正等待决定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Correction %1 approved; the listing was changed.</source>
        <translation>已同意更正 %1；名单记录已更正。</translation>
    </message>
    <message>
        <source>Correction %1 rejected.</source>
        <translation>已驳回更正 %1。</translation>
    </message>
    <message>
        <source>Select a correction first.</source>
        <translation>请先选择一条更正。</translation>
    </message>
    <message>
        <source>Approve correction</source>
        <translation>同意更正</translation>
    </message>
    <message>
        <source>Reject correction</source>
        <translation>驳回更正</translation>
    </message>
    <message>
        <source>Reason (recorded in the audit journal):</source>
        <translation>理由（记入审计日志）：</translation>
    </message>
    <message>
        <source>Listing corrections</source>
        <translation>名单记录更正</translation>
    </message>
    <message>
        <source>%1 (desk %2)</source>
        <translation>%1（工作站 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n working day(s) overdue</source>
        <translation>
            <numerusform>%1，已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n working day(s) left</source>
        <translation>
            <numerusform>%1，剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue (SPC rules Art. 9: three working days).</source>
        <translation>
            <numerusform>其中 %n 条已逾期（《若干规定》第九条：三个工作日）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, overdue (%2)</source>
        <translation>%1，已逾期（%2）</translation>
    </message>
</context>
<context>
    <name>creditdesk::CourtDecisionDialog</name>
    <message>
        <source>Record the court&apos;s decision</source>
        <translation>登记法院决定</translation>
    </message>
    <message>
        <source>Deletion (Art. 10)</source>
        <translation>删除（第十条）</translation>
    </message>
    <message>
        <source>Revocation of a wrongful listing (Art. 9)</source>
        <translation>撤销错误纳入的名单记录（第九条）</translation>
    </message>
    <message>
        <source>e.g. (2026)皖0102执恢12号决定书</source>
        <translation>例如：（2026）皖0102执恢12号决定书</translation>
    </message>
    <message>
        <source>The creditor who applied for the deletion</source>
        <translation>申请删除的申请执行人</translation>
    </message>
    <message>
        <source>Why the office records this now; it goes into the audit journal</source>
        <translation>本单位此时登记的原因；将记入审计日志</translation>
    </message>
    <message>
        <source>The listing leaves the list on the court&apos;s date. Every measure applied because of it ends today, and each implementing department is notified in the next exchange package. The history keeps everything.</source>
        <translation>名单记录自法院决定之日起移出名单。因其实施的各项惩戒措施于今日解除，并在下一个交换数据包中通知各实施单位。历史记录完整保留。</translation>
    </message>
    <message>
        <source>Listing:</source>
        <translation>名单记录：</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>决定类型(&amp;D)：</translation>
    </message>
    <message>
        <source>Art. 10 &amp;event:</source>
        <translation>第十条情形(&amp;E)：</translation>
    </message>
    <message>
        <source>Court decided &amp;on:</source>
        <translation>法院决定日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Mirror due by:</source>
        <translation>同步期限：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>%1 — already past: the record will show it as late</source>
        <translation>%1（已过期限：记录将显示为逾期同步）</translation>
    </message>
    <message>
        <source>Court do&amp;cument:</source>
        <translation>法院文书(&amp;C)：</translation>
    </message>
    <message>
        <source>Credi&amp;tor:</source>
        <translation>申请执行人(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>creditdesk::CourtListService</name>
    <message>
        <source>Give the reason for recording the listing: it goes into the audit journal.</source>
        <translation>请填写登记名单记录的理由：理由将记入审计日志。</translation>
    </message>
    <message>
        <source>Case number &quot;%1&quot;: %2</source>
        <translation>案号“%1”：%2</translation>
    </message>
    <message>
        <source>The decision date must be a date no later than today.</source>
        <translation>决定日期不得晚于今天。</translation>
    </message>
    <message>
        <source>The filing date cannot be after the decision date.</source>
        <translation>立案日期不得晚于决定日期。</translation>
    </message>
    <message>
        <source>The listing ground must be one of the six grounds of Art. 1.</source>
        <translation>失信情形须为《若干规定》第一条所列六种情形之一。</translation>
    </message>
    <message>
        <source>Court %1 is not in the reference data.</source>
        <translation>基础数据中没有法院 %1。</translation>
    </message>
    <message>
        <source>This subject is already listed under case %1.</source>
        <translation>该主体已因案号 %1 纳入名单。</translation>
    </message>
    <message>
        <source>A listing of this subject was deleted on %1 at the request of %2; under Art. 10 a new request of that creditor is refused until %3.</source>
        <translation>该主体的一条名单记录已于 %1 应 %2 的申请删除；依据第十条，该申请执行人在 %3 前再次申请纳入的，不予支持。</translation>
    </message>
    <message>
        <source>Give the reason: it goes into the listing&apos;s history and the audit journal.</source>
        <translation>请填写理由：理由将记入名单记录的历史记录和审计日志。</translation>
    </message>
    <message>
        <source>The court&apos;s decision date must be a date no later than the day it is recorded.</source>
        <translation>法院决定日期不得晚于登记之日。</translation>
    </message>
    <message>
        <source>Choose the Art. 10 event on which the court deleted the listing.</source>
        <translation>请选择法院删除该名单记录所依据的第十条情形。</translation>
    </message>
    <message>
        <source>A revocation has no deletion event.</source>
        <translation>撤销不适用删除情形。</translation>
    </message>
    <message>
        <source>Name the creditor who applied for the deletion: their new request is refused for six months.</source>
        <translation>请填写申请删除的申请执行人：其在六个月内再次申请纳入的，不予支持。</translation>
    </message>
    <message>
        <source>Listing %1 does not exist.</source>
        <translation>名单记录 %1 不存在。</translation>
    </message>
    <message>
        <source>Listing %1 is already off the list (%2).</source>
        <translation>名单记录 %1 已不在名单中（%2）。</translation>
    </message>
    <message>
        <source>Listing %1 has no fixed period.</source>
        <translation>名单记录 %1 没有固定失信期限。</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>删除：%1</translation>
    </message>
    <message>
        <source>Revoked: wrongful listing</source>
        <translation>撤销：错误纳入</translation>
    </message>
    <message>
        <source>The listing was changed meanwhile; nothing was changed. Open it again.</source>
        <translation>名单记录已被他人修改；未作任何改动。请重新打开。</translation>
    </message>
    <message>
        <source>The period of listing %1 runs until %2; it has not ended yet.</source>
        <translation>名单记录 %1 的失信期限至 %2 届满，尚未届满。</translation>
    </message>
    <message>
        <source>Another desk mirrored a court decision on listing %1 first; resolve the conflict on the Central server page and synchronise before mirroring anything on it.</source>
        <translation>另一工作站已先行录入名单 %1 的法院决定；请先在“中心服务器”页处理冲突并同步，再对该名单录入任何决定。</translation>
    </message>
</context>
<context>
    <name>creditdesk::CsvTableReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text; save it from Excel as &quot;CSV UTF-8&quot; or &quot;CSV&quot;.</source>
        <translation>%1 是 UTF-16 文本；请在 Excel 中另存为“CSV UTF-8”或“CSV”格式。</translation>
    </message>
    <message>
        <source>The GB18030 converter is not available: %1</source>
        <translation>GB18030 编码转换器不可用：%1</translation>
    </message>
    <message>
        <source>CSV, UTF-8</source>
        <translation>CSV，UTF-8</translation>
    </message>
    <message>
        <source>CSV, GB18030 (GBK)</source>
        <translation>CSV，GB18030（GBK）</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is not closed before the end of the file.</source>
        <translation>%1 第 %2 行：带引号的字段直到文件末尾仍未闭合。</translation>
    </message>
    <message>
        <source>%1, line %2: not valid UTF-8 although the file starts in UTF-8; the file mixes encodings. Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>%1 第 %2 行：文件开头为 UTF-8 编码，但此行不是有效的 UTF-8；文件混用了多种编码。请重新另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>%1, line %2: UTF-8 text inside a GB18030 (GBK) file; the file mixes encodings. Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>%1 第 %2 行：GB18030（GBK）编码的文件中出现 UTF-8 文本；文件混用了多种编码。请重新另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>%1, line %2: bytes that are neither GB18030 (GBK) nor UTF-8; the file is damaged or mixes encodings.</source>
        <translation>%1 第 %2 行：存在既非 GB18030（GBK）也非 UTF-8 的字节；文件已损坏或混用了多种编码。</translation>
    </message>
    <message>
        <source>%1, line %2, field %3: text after a closing quote.</source>
        <translation>%1 第 %2 行第 %3 个字段：结束引号之后还有文本。</translation>
    </message>
    <message>
        <source>%1 is empty: the first line must name the columns.</source>
        <translation>%1 为空：第一行应为表头，写明各列名称。</translation>
    </message>
</context>
<context>
    <name>creditdesk::DashboardPage</name>
    <message>
        <source>The first month of the period</source>
        <translation>统计期间的第一个月</translation>
    </message>
    <message>
        <source>The last month of the period</source>
        <translation>统计期间的最后一个月</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（区）</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>The region of the enforcing court</source>
        <translation>执行法院所在地区</translation>
    </message>
    <message>
        <source>C&amp;ourt</source>
        <translation>法院(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Listings by month</source>
        <translation>按月名单</translation>
    </message>
    <message>
        <source>By ground</source>
        <translation>按失信情形</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>按地区</translation>
    </message>
    <message>
        <source>By court</source>
        <translation>按法院</translation>
    </message>
    <message>
        <source>Measures by category</source>
        <translation>惩戒措施（按类别）</translation>
    </message>
    <message>
        <source>Measures by department</source>
        <translation>惩戒措施（按部门）</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Credit repair</source>
        <translation>信用修复</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>比对</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All courts</source>
        <translation>全部法院</translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation>统计期间的开始不能晚于结束。</translation>
    </message>
    <message>
        <source>Updated; the slowest chart took %1 ms.</source>
        <translation>已更新；最慢的图表用时 %1 毫秒。</translation>
    </message>
    <message>
        <source>Reading the listings…</source>
        <translation>正在读取名单记录…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>执行法院</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>失信情形</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>creditdesk::DossierModel</name>
    <message numerus="yes">
        <source>Not on the list now · %n listing(s) in the history</source>
        <translation>
            <numerusform>目前不在名单中 · 历史名单记录 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the defaulter list: %n effective listing(s)</source>
        <translation>
            <numerusform>在失信被执行人名单中：有效名单记录 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) in force</source>
        <translation>
            <numerusform>在实施的惩戒措施 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Former names</source>
        <translation>曾用名</translation>
    </message>
    <message>
        <source>Select a listing first.</source>
        <translation>请先选择一条名单记录。</translation>
    </message>
    <message>
        <source>Court decisions cannot be recorded here.</source>
        <translation>无法在此登记法院决定。</translation>
    </message>
    <message>
        <source>Select the breach information first.</source>
        <translation>请先选择一条失信信息。</translation>
    </message>
    <message>
        <source>Feedback cannot be recorded here.</source>
        <translation>此处不能登记反馈。</translation>
    </message>
</context>
<context>
    <name>creditdesk::DossierPage</name>
    <message>
        <source>Identity</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>名单记录</translation>
    </message>
    <message>
        <source>Measures and feedback</source>
        <translation>惩戒措施与执行反馈</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&amp;Listings</source>
        <translation>名单记录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Measures and feedback</source>
        <translation>惩戒措施与执行反馈(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Show full…</source>
        <translation>查看完整信息…</translation>
    </message>
    <message>
        <source>Your role does not allow showing full identifiers.</source>
        <translation>您的角色无权查看完整证件号码。</translation>
    </message>
    <message>
        <source>Request &amp;correction…</source>
        <translation>申请更正(&amp;C)…</translation>
    </message>
    <message>
        <source>Correction registered</source>
        <translation>更正已登记</translation>
    </message>
    <message>
        <source>The correction was registered. A reviewer decides it; the listing changes only then.</source>
        <translation>更正已登记。由审核人决定；决定后名单记录才会改变。</translation>
    </message>
    <message>
        <source>Register &amp;objection…</source>
        <translation>登记异议(&amp;O)…</translation>
    </message>
    <message>
        <source>Objection registered</source>
        <translation>异议已登记</translation>
    </message>
    <message>
        <source>Objection %1 was registered. Its clock runs from the day it was received; find it under Tools → Objections.</source>
        <translation>异议 %1 已登记。办理期限自收到之日起计算；可在“工具 → 异议处理”中查看。</translation>
    </message>
    <message>
        <source>Record court &amp;decision…</source>
        <translation>登记法院决定(&amp;D)…</translation>
    </message>
    <message>
        <source>Mirror the court&apos;s revocation or deletion of the selected listing</source>
        <translation>同步法院对所选名单记录的撤销或删除决定</translation>
    </message>
    <message>
        <source>Breach information</source>
        <translation>失信信息</translation>
    </message>
    <message>
        <source>Apply for credit &amp;repair…</source>
        <translation>申请信用修复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Breach information and repair</source>
        <translation>失信信息与信用修复(&amp;B)</translation>
    </message>
    <message>
        <source>No administrative breach information is recorded for this subject.</source>
        <translation>该主体没有行政失信信息记录。</translation>
    </message>
    <message>
        <source>Select breach information to see whether it can be repaired.</source>
        <translation>请选择一条失信信息，查看其是否可以信用修复。</translation>
    </message>
    <message>
        <source>Apply for credit repair</source>
        <translation>申请信用修复</translation>
    </message>
    <message>
        <source>Select the breach information first.</source>
        <translation>请先选择一条失信信息。</translation>
    </message>
    <message>
        <source>Repair application registered</source>
        <translation>信用修复申请已登记</translation>
    </message>
    <message>
        <source>Application %1 was registered. Add the proof of performance and the credit commitment under Tools → Credit repair; a reviewer decides it.</source>
        <translation>申请 %1 已登记。请在“工具 → 信用修复”中补充履行证明和信用承诺书；由审核人决定。</translation>
    </message>
    <message>
        <source>Record the court&apos;s decision</source>
        <translation>登记法院决定</translation>
    </message>
    <message>
        <source>Select a listing first.</source>
        <translation>请先选择一条名单记录。</translation>
    </message>
    <message>
        <source>Revoke listing %1? It leaves the list and its measures end. This cannot be undone here.</source>
        <translation>撤销名单记录 %1？该记录将移出名单，相关惩戒措施随之解除。此操作无法在此撤回。</translation>
    </message>
    <message>
        <source>Delete listing %1 (%2)? It leaves the list and its measures end. This cannot be undone here.</source>
        <translation>删除名单记录 %1（%2）？该记录将移出名单，相关惩戒措施随之解除。此操作无法在此撤回。</translation>
    </message>
    <message>
        <source>R&amp;ecord feedback…</source>
        <translation>登记反馈(&amp;E)…</translation>
    </message>
    <message>
        <source>Record the implementing department&apos;s feedback on the selected measure</source>
        <translation>登记实施部门对所选措施的执行反馈</translation>
    </message>
    <message>
        <source>Record feedback</source>
        <translation>登记反馈</translation>
    </message>
    <message>
        <source>Select an applied measure first.</source>
        <translation>请先选择一项已实施的措施。</translation>
    </message>
</context>
<context>
    <name>creditdesk::ExchangeService</name>
    <message>
        <source>waiting package %1</source>
        <translation>等待中的交换包 %1</translation>
    </message>
    <message>
        <source>package %1 was received before with other content</source>
        <translation>交换包 %1 此前已收到，但内容不同</translation>
    </message>
    <message>
        <source>%1 of %2 is already applied (another package); the next is %3</source>
        <translation>%2 的序号 %1 已由另一个交换包应用；下一个应为 %3</translation>
    </message>
    <message>
        <source>the body does not match its hash: the package is damaged or incomplete</source>
        <translation>正文与其哈希值不符：交换包已损坏或不完整</translation>
    </message>
    <message>
        <source>Package ahead of its sequence</source>
        <translation>交换包早于其顺序到达</translation>
    </message>
    <message>
        <source>Package applied</source>
        <translation>交换包已应用</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>There is no outgoing package %1; the last is %2.</source>
        <translation>没有序号为 %1 的上报交换包；最后一个为 %2。</translation>
    </message>
    <message>
        <source>Feedback package written</source>
        <translation>已写出反馈交换包</translation>
    </message>
    <message>
        <source>%1 is a package this office sent, not one to apply</source>
        <translation>%1 是本机关上报的交换包，不能应用</translation>
    </message>
    <message>
        <source>The office&apos;s source name has 1 to 100 characters.</source>
        <translation>本机关的来源名称应为 1 至 100 个字符。</translation>
    </message>
    <message>
        <source>Source name of outgoing packages</source>
        <translation>上报交换包的来源名称</translation>
    </message>
    <message>
        <source>%1 was dropped; send it again, corrected.</source>
        <translation>%1 已被丢弃；请更正后重新发送。</translation>
    </message>
    <message>
        <source>The package was rejected.</source>
        <translation>交换包被拒绝。</translation>
    </message>
    <message numerus="yes">
        <source>the header announces %n record(s); the body has %1</source>
        <translation>
            <numerusform>文件头声明 %n 条记录；正文实有 %1 条</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was kept; import it again to apply it.</source>
        <translation>%1 已保留；请再次导入以应用。</translation>
    </message>
</context>
<context>
    <name>creditdesk::ExpiryReviewDialog</name>
    <message>
        <source>&amp;Confirm and apply</source>
        <translation>确认并执行(&amp;C)</translation>
    </message>
    <message>
        <source>Publication periods that have ended</source>
        <translation>已届满的公示期限</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Case or decision number</source>
        <translation>案号或决定书文号</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>届满日期</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Proposed entries</source>
        <translation>拟处理事项</translation>
    </message>
    <message>
        <source>Listing: fixed period ended (Art. 10)</source>
        <translation>名单记录：固定失信期限届满（第十条）</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>deleted; measures lifted; departments notified</source>
        <translation>删除；解除惩戒措施；通知实施单位</translation>
    </message>
    <message>
        <source>%1: maximum period reached</source>
        <translation>%1：最长公示期届满</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>publication stopped; measures lifted; departments notified</source>
        <translation>停止公示；解除惩戒措施；通知实施单位</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) reached the end of their publication period as of %1. Check them; nothing changes until you confirm. Each entry gets its own audit entry.</source>
        <translation>
            <numerusform>截至 %1，共有 %n 条记录的公示期限已届满。请逐条核对；确认之前不会作任何改动。每条记录分别记入审计日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>More entries are waiting: confirm these, then review again.</source>
        <translation>还有更多记录待处理：请先确认本批，再重新审查。</translation>
    </message>
    <message>
        <source>Reason, e.g. checked against the court&apos;s list</source>
        <translation>理由，例如：已与法院名单核对</translation>
    </message>
    <message>
        <source>Periods checked; publication ends as the rules require</source>
        <translation>已核对期限；按规定结束公示</translation>
    </message>
    <message>
        <source>Only an officer can confirm.</source>
        <translation>只有经办人可以确认。</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message numerus="yes">
        <source>Apply the end of publication to %n entry(ies)?</source>
        <translation>
            <numerusform>对 %n 条记录结束公示？</numerusform>
        </translation>
    </message>
    <message>
        <source>Ending publication…</source>
        <translation>正在结束公示…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Listings deleted: %1; items of breach information stopped: %2.</source>
        <translation>已删除 %1 条名单记录，已停止公示 %2 条失信信息。</translation>
    </message>
    <message>
        <source>Skipped because they changed meanwhile:</source>
        <translation>以下记录在此期间已被修改，已跳过：</translation>
    </message>
</context>
<context>
    <name>creditdesk::ExpiryService</name>
    <message>
        <source>Give the reason for confirming: it goes into the audit journal with each entry.</source>
        <translation>请填写确认理由：理由将随每条记录记入审计日志。</translation>
    </message>
    <message>
        <source>Deleted: the fixed period ended on %1</source>
        <translation>删除：固定失信期限已于 %1 届满</translation>
    </message>
    <message>
        <source>Listing %1 (%2) was changed meanwhile.</source>
        <translation>名单记录 %1（%2）在此期间已被修改。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未作任何改动。</translation>
    </message>
    <message>
        <source>Publication stopped: the maximum period ended on %1</source>
        <translation>停止公示：最长公示期已于 %1 届满</translation>
    </message>
    <message>
        <source>Breach information %1 (%2) was changed meanwhile.</source>
        <translation>失信信息 %1（%2）在此期间已被修改。</translation>
    </message>
    <message>
        <source>The proposal is for %1, a day still to come; nothing was changed.</source>
        <translation>该处理建议针对的日期 %1 尚未到来；未作任何改动。</translation>
    </message>
</context>
<context>
    <name>creditdesk::FeedbackDialog</name>
    <message>
        <source>Record feedback</source>
        <translation>登记反馈</translation>
    </message>
    <message>
        <source>e.g. the application for a bidding licence was refused</source>
        <translation>例如：其投标资格申请未予通过</translation>
    </message>
    <message>
        <source>e.g. licence refused under the measure</source>
        <translation>例如：依据本措施不予许可</translation>
    </message>
    <message>
        <source>%1
Applied by %2 since %3, case %4.</source>
        <translation>%1
由%2自 %3 起实施，案号 %4。</translation>
    </message>
    <message>
        <source>&amp;Handling:</source>
        <translation>处理方式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>处理结果(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Action taken:</source>
        <translation>采取的措施(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Reported &amp;by:</source>
        <translation>报告人(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>creditdesk::FeedbackExportDialog</name>
    <message>
        <source>Export a feedback package for the credit platform</source>
        <translation>导出报送信用平台的反馈交换包</translation>
    </message>
    <message>
        <source>0 (everything)</source>
        <translation>0（全部）</translation>
    </message>
    <message>
        <source>No outgoing package was written yet: the first carries everything.</source>
        <translation>尚未写出上报交换包：第一个包含全部内容。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Office (source):</source>
        <translation>本单位（来源）(&amp;O)：</translation>
    </message>
    <message>
        <source>Records &amp;since outgoing package:</source>
        <translation>自此上报交换包之后的记录(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Write the package</source>
        <translation>写出交换包(&amp;W)</translation>
    </message>
    <message>
        <source>Exchange packages (*.jsonl)</source>
        <translation>交换包 (*.jsonl)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>The last outgoing package written is number %1, and the new one carries what was recorded after it. To send again what the platform has not received, choose the last package it confirmed.</source>
        <translation>最近写出的上报交换包为第 %1 号，新交换包包含其后登记的内容。如需重新报送信用平台未收到的内容，请选择平台确认收到的最后一个交换包。</translation>
    </message>
    <message>
        <source>This office&apos;s name as the source of its packages; each name numbers its own packages (a change is recorded in the audit journal)</source>
        <translation>本单位作为交换包来源的名称；每个名称各自为交换包编号（更改记入审计日志）</translation>
    </message>
    <message>
        <source>%1 exists already: choose another file name.</source>
        <translation>%1 已存在：请另选文件名。</translation>
    </message>
</context>
<context>
    <name>creditdesk::FeedbackService</name>
    <message>
        <source>Handling: choose intercepted, restricted, checked without business or other.</source>
        <translation>处理方式：请选择拦截、限制、核查无业务或其他。</translation>
    </message>
    <message>
        <source>Result: describe the result in 1 to %1 characters.</source>
        <translation>处理结果：请用 1 至 %1 个字符说明。</translation>
    </message>
    <message>
        <source>Action taken: at most %1 characters.</source>
        <translation>采取的措施：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Reported by: the person or office that reported it, 1 to 100 characters.</source>
        <translation>报告人：报告的人员或机构，1 至 100 个字符。</translation>
    </message>
    <message>
        <source>Date: the day the department handled the subject is needed.</source>
        <translation>日期：须填写部门处理该主体的日期。</translation>
    </message>
    <message>
        <source>Date: %1 is in the future.</source>
        <translation>日期：%1 晚于今天。</translation>
    </message>
    <message>
        <source>Measure application %1 does not exist.</source>
        <translation>措施实施记录 %1 不存在。</translation>
    </message>
    <message>
        <source>Date: %1 is before the measure was applied (%2).</source>
        <translation>日期：%1 早于措施实施之日（%2）。</translation>
    </message>
    <message>
        <source>Date: %1 is after the measure was lifted (%2).</source>
        <translation>日期：%1 晚于措施解除之日（%2）。</translation>
    </message>
</context>
<context>
    <name>creditdesk::FieldReader</name>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>text is needed</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2 is needed</source>
        <translation>应为 %1 至 %2 之间的整数</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD is needed, not &quot;%1&quot;</source>
        <translation>应为 YYYY-MM-DD 格式的日期，而不是“%1”</translation>
    </message>
    <message>
        <source>a year from %1 to 2100 is needed, not %2</source>
        <translation>年份须在 %1 至 2100 之间，而非 %2</translation>
    </message>
    <message>
        <source>%1 is in the future: today is %2</source>
        <translation>%1 是将来的日期：今天是 %2</translation>
    </message>
</context>
<context>
    <name>creditdesk::FirstAdminDialog</name>
    <message>
        <source>First administrator</source>
        <translation>首位管理员</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator account; the administrator then adds officers, reviewers and auditors.</source>
        <translation>该数据库尚无用户。请创建管理员账户，再由管理员添加经办人、审核人和审计员。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>creditdesk::ListExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>CSV, GB18030 for older Excel (*.csv)</source>
        <translation>CSV，GB18030 编码，适用于旧版 Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save this list as an Excel workbook or a CSV file, as shown (identifiers masked)</source>
        <translation>将本列表按显示内容保存为 Excel 工作簿或 CSV 文件（证件号码已脱敏）</translation>
    </message>
</context>
<context>
    <name>creditdesk::ListingTableModel</name>
    <message>
        <source>SPC rules Art. 1, ground %1</source>
        <translation>《关于公布失信被执行人名单信息的若干规定》第一条第（%1）项</translation>
    </message>
    <message>
        <source>No fixed period</source>
        <translation>无固定期限</translation>
    </message>
    <message>
        <source>%1 months, extended by %2</source>
        <translation>%1 个月，延长 %2 个月</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Enforcing court</source>
        <translation>执行法院</translation>
    </message>
    <message>
        <source>Listing ground</source>
        <translation>失信情形</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Listing period</source>
        <translation>失信期限</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>期限届满日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>State since</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>Obligation and performance</source>
        <translation>生效法律文书确定的义务与履行情况</translation>
    </message>
    <message>
        <source>An objection against this listing is under review (异议中).</source>
        <translation>该名单记录的异议正在核查中（异议中）。</translation>
    </message>
    <message>
        <source>%1 · under objection</source>
        <translation>%1 · 异议中</translation>
    </message>
    <message>
        <source>%1 · annotated</source>
        <translation>%1 · 已加注</translation>
    </message>
</context>
<context>
    <name>creditdesk::MainWindow</name>
    <message>
        <source>CreditDesk</source>
        <translation>信用工作台</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close dossier</source>
        <translation>关闭档案(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>下一个标签页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CreditDesk</source>
        <translation>关于信用工作台(&amp;A)</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>主体档案</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Audit journal</source>
        <translation>审计日志(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>CreditDesk is locked</source>
        <translation>信用工作台已锁定</translation>
    </message>
    <message>
        <source>Quit CreditDesk? Unsaved work in open dialogs is lost.</source>
        <translation>退出信用工作台？已打开对话框中未保存的内容将丢失。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Reason (recorded in the audit journal):</source>
        <translation>理由（记入审计日志）：</translation>
    </message>
    <message>
        <source>Routine backup</source>
        <translation>例行备份</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message numerus="yes">
        <source>The backup was written and checked:
%1
The newest %n backup(s) are kept.</source>
        <translation>
            <numerusform>备份已写入并通过检查：
%1
保留最新的 %n 份备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>&amp;Users and security policy</source>
        <translation>用户与安全策略(&amp;U)</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>正在写入并检查备份…</translation>
    </message>
    <message>
        <source>Listing &amp;corrections</source>
        <translation>名单记录更正(&amp;C)</translation>
    </message>
    <message>
        <source>Listing corrections</source>
        <translation>名单记录更正</translation>
    </message>
    <message>
        <source>&amp;Objections</source>
        <translation>异议处理(&amp;O)</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>异议处理</translation>
    </message>
    <message>
        <source>Objections: %1 overdue, %2 due within 2 working days.</source>
        <translation>异议：%1 件已逾期，%2 件将在 2 个工作日内到期。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) without a deadline: the holiday calendar lacks a year.</source>
        <translation>
            <numerusform>%n 件案件无法计算期限：节假日日历缺少相应年份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Objection deadlines</source>
        <translation>异议办理期限</translation>
    </message>
    <message>
        <source>Open the queue</source>
        <translation>打开案件列表</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Credit &amp;repair</source>
        <translation>信用修复(&amp;R)</translation>
    </message>
    <message>
        <source>Review &amp;ended publication periods…</source>
        <translation>审查已届满的公示期限(&amp;E)…</translation>
    </message>
    <message>
        <source>Credit repair</source>
        <translation>信用修复</translation>
    </message>
    <message>
        <source>Publication periods that have ended</source>
        <translation>已届满的公示期限</translation>
    </message>
    <message>
        <source>No listing or breach information has reached the end of its period.</source>
        <translation>没有期限已届满的名单记录或失信信息。</translation>
    </message>
    <message numerus="yes">
        <source>Credit repair: %n application(s) overdue.</source>
        <translation>
            <numerusform>信用修复：%n 件申请已逾期。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Screen applicants</source>
        <translation>批量比对申请人(&amp;S)</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>批量比对</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>统计分析(&amp;T)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计分析</translation>
    </message>
    <message>
        <source>&amp;Notices</source>
        <translation>文书(&amp;N)</translation>
    </message>
    <message>
        <source>Notice &amp;wording and issuing office…</source>
        <translation>文书模板与制发机关(&amp;W)…</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language changes when CreditDesk is started again.</source>
        <translation>界面语言将在信用工作台下次启动时更改。</translation>
    </message>
    <message>
        <source>Central &amp;server</source>
        <translation>中心服务器(&amp;S)</translation>
    </message>
    <message>
        <source>Central server</source>
        <translation>中心服务器</translation>
    </message>
    <message>
        <source>&amp;Import a package from the credit platform…</source>
        <translation>导入信用平台交换包(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a package from the credit platform</source>
        <translation>导入信用平台交换包</translation>
    </message>
    <message>
        <source>Exchange packages (*.jsonl);;All files (*)</source>
        <translation>交换包 (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Export a feedback package for the credit platform…</source>
        <translation>导出报送信用平台的反馈交换包(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>Outgoing package %1 written with %n record(s):
%2</source>
        <translation>
            <numerusform>已写出第 %1 号上报交换包，共 %n 条记录：
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Dossiers not read again</source>
        <translation>档案未能重新读取</translation>
    </message>
    <message>
        <source>The cache changed, but these open dossiers could not be read again and show what they showed before; close and open them again:
%1</source>
        <translation>缓存已更新，但以下已打开的档案未能重新读取，仍显示更新前的内容；请关闭后重新打开：
%1</translation>
    </message>
</context>
<context>
    <name>creditdesk::MeasureTreeModel</name>
    <message>
        <source>(%1) %2</source>
        <translation>（%1）%2</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>惩戒措施 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in force</source>
        <translation>
            <numerusform>在实施 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>案号 %1</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>In force, no feedback yet</source>
        <translation>实施中，尚无执行反馈</translation>
    </message>
    <message numerus="yes">
        <source>In force, %n feedback report(s)</source>
        <translation>
            <numerusform>实施中，执行反馈 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>惩戒措施</translation>
    </message>
    <message>
        <source>Implementing department</source>
        <translation>实施单位</translation>
    </message>
    <message>
        <source>Applied / reported</source>
        <translation>实施 / 反馈日期</translation>
    </message>
    <message>
        <source>Status / feedback</source>
        <translation>状态 / 反馈</translation>
    </message>
</context>
<context>
    <name>creditdesk::NoticeBatchDialog</name>
    <message>
        <source>Issue notices in a batch</source>
        <translation>批量制发文书</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Notice:</source>
        <translation>文书(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>最多(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Folder for the PDFs:</source>
        <translation>PDF 保存文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>制发(&amp;I)</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>PDF 保存文件夹</translation>
    </message>
    <message>
        <source>More than %1 are due a notice.</source>
        <translation>超过 %1 项待制发文书。</translation>
    </message>
    <message numerus="yes">
        <source>%n due a notice.</source>
        <translation>
            <numerusform>%n 项待制发文书。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::NoticeDrafter</name>
    <message>
        <source>There is no %1 template in %2.</source>
        <translation>没有 %2 语言的%1模板。</translation>
    </message>
    <message>
        <source>There is nothing to notify yet: the %1 notice is for a step that has not been recorded.</source>
        <translation>尚无可告知的事项：%1针对的办理环节尚未记录。</translation>
    </message>
</context>
<context>
    <name>creditdesk::NoticeRegisterModel</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>送达对象</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>制发人</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
</context>
<context>
    <name>creditdesk::NoticeRenderer</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The notice cannot be drawn.</source>
        <translation>无法绘制该文书。</translation>
    </message>
</context>
<context>
    <name>creditdesk::NoticeService</name>
    <message>
        <source>Notice issued</source>
        <translation>制发文书</translation>
    </message>
    <message>
        <source>Say why the notice is issued again.</source>
        <translation>请说明重新制发文书的理由。</translation>
    </message>
    <message>
        <source>Notice %1 is not in the register.</source>
        <translation>文书 %1 不在登记簿中。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Notice %1 has an unknown type: %2.</source>
        <translation>文书 %1 的类型未知：%2。</translation>
    </message>
    <message>
        <source>There is no notice type %1.</source>
        <translation>没有文书类型 %1。</translation>
    </message>
    <message>
        <source>Notices are written in zh_CN or en, not %1.</source>
        <translation>文书语言应为 zh_CN 或 en，而不是 %1。</translation>
    </message>
    <message>
        <source>The title is one line and cannot be empty.</source>
        <translation>标题只能有一行，且不能为空。</translation>
    </message>
    <message>
        <source>The wording cannot be empty.</source>
        <translation>正文不能为空。</translation>
    </message>
    <message>
        <source>Say why the wording changes.</source>
        <translation>请说明修改文书内容的理由。</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1. This notice can use: %2.</source>
        <translation>未知的占位符：%1。该文书可使用：%2。</translation>
    </message>
    <message>
        <source>A placeholder is not closed: each {{ needs its }}.</source>
        <translation>占位符未闭合：每个 {{ 都需要对应的 }}。</translation>
    </message>
    <message>
        <source>The office&apos;s abbreviation for serial numbers has 1 to 12 characters.</source>
        <translation>文号中的机关代字应为 1 至 12 个字符。</translation>
    </message>
    <message>
        <source>The abbreviation is the part before the year: without 〔, 〕 or 号.</source>
        <translation>机关代字是年份之前的部分：不含〔、〕或“号”。</translation>
    </message>
    <message>
        <source>Enter the office&apos;s full name as it signs notices.</source>
        <translation>请输入文书落款使用的机关全称。</translation>
    </message>
    <message>
        <source>Say why the issuing office changes.</source>
        <translation>请说明修改制发机关的理由。</translation>
    </message>
</context>
<context>
    <name>creditdesk::NoticeTemplatesDialog</name>
    <message>
        <source>Notice templates and issuing office</source>
        <translation>文书模板与制发机关</translation>
    </message>
    <message>
        <source>Goes before the year in serial numbers: 某信 gives 某信〔2026〕12号</source>
        <translation>置于文号中年份之前：“某信”即 某信〔2026〕12号</translation>
    </message>
    <message>
        <source>Save &amp;office…</source>
        <translation>保存制发机关(&amp;O)…</translation>
    </message>
    <message>
        <source>Issuing office</source>
        <translation>制发机关</translation>
    </message>
    <message>
        <source>&amp;Abbreviation in serial numbers:</source>
        <translation>文号机关代字(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Name that signs notices:</source>
        <translation>落款机关名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Save as a new &amp;version…</source>
        <translation>另存为新版本(&amp;V)…</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>文书内容</translation>
    </message>
    <message>
        <source>&amp;Notice:</source>
        <translation>文书(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>正文(&amp;B)：</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Save the issuing office</source>
        <translation>保存制发机关</translation>
    </message>
    <message>
        <source>Save the wording</source>
        <translation>保存文书内容</translation>
    </message>
    <message>
        <source>Why does it change? (kept in the audit journal)</source>
        <translation>修改理由（记入审计日志）：</translation>
    </message>
    <message>
        <source>Placeholders this notice fills in: %1</source>
        <translation>该文书可填写的占位符：%1</translation>
    </message>
    <message>
        <source>Version %1 (in use)</source>
        <translation>第 %1 版（现行）</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>The issuing office is saved; new serial numbers start with %1.</source>
        <translation>制发机关已保存；新文号以“%1”开头。</translation>
    </message>
    <message>
        <source>Saved as version %1; notices issued from now on use it.</source>
        <translation>已保存为第 %1 版；此后制发的文书使用该版本。</translation>
    </message>
</context>
<context>
    <name>creditdesk::NoticesPage</name>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Reissue…</source>
        <translation>重新制发(&amp;R)…</translation>
    </message>
    <message>
        <source>Serial number, recipient or verification code</source>
        <translation>文号、送达对象或验证码</translation>
    </message>
    <message>
        <source>All notices</source>
        <translation>全部文书</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Verify a notice…</source>
        <translation>核验文书(&amp;V)…</translation>
    </message>
    <message>
        <source>Issue in a &amp;batch…</source>
        <translation>批量制发(&amp;B)…</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>成文日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>文书</translation>
    </message>
    <message numerus="yes">
        <source>%n notices.</source>
        <translation>
            <numerusform>共 %n 份文书。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation>将文书另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Reissue %1</source>
        <translation>重新制发 %1</translation>
    </message>
    <message>
        <source>The notice is issued again as version %1 under the same serial number, with today&apos;s facts and wording; the earlier version stays in the register. Why is it reissued?</source>
        <translation>该文书将以同一文号、按当前事实和文书内容重新制发为第 %1 版；原版本仍保留在登记簿中。重新制发的理由：</translation>
    </message>
    <message>
        <source>Reissue</source>
        <translation>重新制发</translation>
    </message>
    <message>
        <source>%1 reissued as version %2.</source>
        <translation>%1 已重新制发为第 %2 版。</translation>
    </message>
    <message>
        <source>%1: no genuine notice in the register has this verification code or serial number.</source>
        <translation>%1：登记簿中没有使用该验证码或文号的真实文书。</translation>
    </message>
    <message>
        <source>%1, version %2, to %3, issued on %4</source>
        <translation>%1，第 %2 版，送达 %3，成文于 %4</translation>
    </message>
    <message>
        <source>Genuine and current: %1.</source>
        <translation>真实且为现行版本：%1。</translation>
    </message>
    <message>
        <source>Genuine but superseded: %1. Version %2 replaces it.</source>
        <translation>真实，但已被取代：%1。现行版本为第 %2 版。</translation>
    </message>
    <message>
        <source>Verify a notice</source>
        <translation>核验文书</translation>
    </message>
    <message>
        <source>Verification code (XXXX-XXXX-XXXX-XXXX) or serial number:</source>
        <translation>验证码（XXXX-XXXX-XXXX-XXXX）或文号：</translation>
    </message>
    <message>
        <source>Issuing notices: %1…</source>
        <translation>正在制发文书：%1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n notices issued and saved.</source>
        <translation>
            <numerusform>已制发并保存 %n 份文书。</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch stopped: %1</source>
        <translation>批量制发已停止：%1</translation>
    </message>
</context>
<context>
    <name>creditdesk::ObjectionCaseDialog</name>
    <message>
        <source>Objection %1</source>
        <translation>异议 %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>办理环节</translation>
    </message>
    <message>
        <source>By</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>办理记录：</translation>
    </message>
    <message>
        <source>Objection %1 does not exist.</source>
        <translation>异议 %1 不存在。</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>%1, case %2</source>
        <translation>%1，案号 %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>办理途径</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source> (agent)</source>
        <translation>（代理人）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>异议事由</translation>
    </message>
    <message>
        <source>Disputed fields</source>
        <translation>有异议的字段</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复异议</translation>
    </message>
    <message>
        <source>objection %1 on the same listing was open when this one arrived</source>
        <translation>收到本异议时，同一名单记录的异议 %1 尚在办理中</translation>
    </message>
    <message>
        <source>Court&apos;s decision</source>
        <translation>法院决定</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 由 %2 决定：%3</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>%1 by %2: overdue by %3 %4.</source>
        <translation>%1（期限 %2）：已逾期 %3 %4。</translation>
    </message>
    <message>
        <source>%1 by %2: %3 %4 left.</source>
        <translation>%1（期限 %2）：剩余 %3 %4。</translation>
    </message>
    <message>
        <source>No time limit runs in this state.</source>
        <translation>当前状态不计办理期限。</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1 (%2 KB, SHA-256 %3…)</source>
        <translation>%1（%2 KB，SHA-256 %3…）</translation>
    </message>
    <message>
        <source>Added by %1 at %2; SHA-256 %3</source>
        <translation>由 %1 于 %2 添加；SHA-256 %3</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加证据材料</translation>
    </message>
    <message>
        <source>Documents and scans (*.pdf *.ofd *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>文书和扫描件 (*.pdf *.ofd *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 大于 %2 MB。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>The case becomes: %1</source>
        <translation>办理后案件状态：%1</translation>
    </message>
</context>
<context>
    <name>creditdesk::ObjectionQueueModel</name>
    <message>
        <source>Another objection on this listing was open when this one arrived: %1.</source>
        <translation>收到本异议时，该名单记录的另一异议尚在办理中：%1。</translation>
    </message>
    <message>
        <source>%1 (duplicate)</source>
        <translation>%1（重复）</translation>
    </message>
    <message>
        <source>Court list</source>
        <translation>法院名单</translation>
    </message>
    <message>
        <source>Credit platform</source>
        <translation>信用平台</translation>
    </message>
    <message>
        <source>No deadline: calendar year missing</source>
        <translation>无法计算期限：日历缺少年份</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>办理途径</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一环节</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余期限</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
</context>
<context>
    <name>creditdesk::ObjectionService</name>
    <message>
        <source>Enter the applicant&apos;s name.</source>
        <translation>请输入申请人姓名或名称。</translation>
    </message>
    <message>
        <source>The date received must be a date no later than today.</source>
        <translation>收到日期不得晚于今天。</translation>
    </message>
    <message>
        <source>Other grounds: describe them.</source>
        <translation>选择“其他理由”时，请具体说明。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a field of the record; fields: %2.</source>
        <translation>“%1”不是名单记录的字段；可选字段：%2。</translation>
    </message>
    <message>
        <source>Listing %1 does not exist.</source>
        <translation>名单记录 %1 不存在。</translation>
    </message>
    <message>
        <source>Objection received</source>
        <translation>收到异议</translation>
    </message>
    <message>
        <source>Objection %1 does not exist.</source>
        <translation>异议 %1 不存在。</translation>
    </message>
    <message>
        <source>Objection %1 is closed; evidence cannot be added.</source>
        <translation>异议 %1 已办结，不能再添加证据材料。</translation>
    </message>
    <message>
        <source>Evidence added: %1</source>
        <translation>已添加证据材料：%1</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot be corrected.</source>
        <translation>字段“%1”不可更正。</translation>
    </message>
    <message>
        <source>The record was changed meanwhile; nothing was changed.</source>
        <translation>名单记录已被他人修改；未作任何改动。</translation>
    </message>
    <message>
        <source>Objection %1: %2: %3 → %4</source>
        <translation>异议 %1：%2：%3 → %4</translation>
    </message>
    <message>
        <source>Objection %1</source>
        <translation>异议 %1</translation>
    </message>
    <message>
        <source>Give the reason for this step: it goes into the case and the audit journal.</source>
        <translation>请填写本环节的理由：理由将记入案卷和审计日志。</translation>
    </message>
    <message>
        <source>The date of the step must be a date no later than today.</source>
        <translation>办理日期不得晚于今天。</translation>
    </message>
    <message>
        <source>Someone else changed this case since you opened it (it is now %1). Reload it; nothing was changed.</source>
        <translation>在您打开之后，他人已变更该案件（当前状态：%1）。请重新载入；未作任何改动。</translation>
    </message>
    <message>
        <source>A case that is %1 cannot become %2. Possible next steps: %3.</source>
        <translation>处于“%1”状态的案件不能转为“%2”。可进行的下一环节：%3。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The date of the step is before the objection was received (%1).</source>
        <translation>办理日期早于异议收到日期（%1）。</translation>
    </message>
    <message>
        <source>You registered this objection; another reviewer must decide it (four eyes).</source>
        <translation>该异议由您登记；须由另一位审核人决定（双人复核）。</translation>
    </message>
    <message>
        <source>Record whether the court corrected the record or found no error.</source>
        <translation>请记录法院是更正了名单记录，还是认定信息无误。</translation>
    </message>
    <message>
        <source>Enter the court&apos;s decision (document number and holding).</source>
        <translation>请输入法院决定（文号及决定内容）。</translation>
    </message>
    <message>
        <source>Reconsideration is of a court&apos;s decision; none is recorded for this case.</source>
        <translation>复议针对法院的决定；本案尚未记录法院决定。</translation>
    </message>
    <message>
        <source>A reconsideration was already filed on %1.</source>
        <translation>已于 %1 申请复议。</translation>
    </message>
    <message>
        <source>A correction must say which fields of the record change, or revoke or delete it.</source>
        <translation>更正须列明名单记录中变更的字段，或撤销、删除该名单记录。</translation>
    </message>
    <message>
        <source>Only a decision that corrects the record may change it.</source>
        <translation>只有更正名单记录的决定才能修改名单记录。</translation>
    </message>
    <message>
        <source>Someone else changed this case since you opened it. Reload it; nothing was changed.</source>
        <translation>在您打开之后，他人已变更该案件。请重新载入；未作任何改动。</translation>
    </message>
    <message>
        <source>Objection %1 of %2: undetermined (%3)</source>
        <translation>%2 收到的异议 %1：无法确认（%3）</translation>
    </message>
    <message>
        <source>Give the reason for the import: it goes into the audit journal.</source>
        <translation>请填写导入理由：理由将记入审计日志。</translation>
    </message>
    <message>
        <source>%1 is not part of the %2 notice.</source>
        <translation>%1 不属于 %2 年节假日安排通知的范围。</translation>
    </message>
    <message>
        <source>The notice for %1 has %2 days off; a State Council notice has at least seven (New Year, Spring Festival, Qingming, Labour Day, Dragon Boat, Mid-Autumn, National Day). Check the file.</source>
        <translation>%1 年的通知仅有 %2 个放假日；国务院办公厅的节假日安排通知至少有七个（元旦、春节、清明节、劳动节、端午节、中秋节、国庆节）。请检查文件。</translation>
    </message>
    <message>
        <source>Give the reason for the change: it goes into the audit journal.</source>
        <translation>请填写修改理由：理由将记入审计日志。</translation>
    </message>
    <message>
        <source>Another desk decided this case before this desk&apos;s step reached the central server; resolve that conflict first (Tools → Central server).</source>
        <translation>在本工作站的步骤送达中心服务器之前，另一工作站已对该案件作出决定；请先处理该冲突（工具 → 中心服务器）。</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 重复列出。</translation>
    </message>
    <message>
        <source>%1 belongs to the %2 notice, already loaded.</source>
        <translation>%1 属于已导入的 %2 年节假日安排通知。</translation>
    </message>
</context>
<context>
    <name>creditdesk::ObjectionStepDialog</name>
    <message>
        <source>Objection %1: %2</source>
        <translation>异议 %1：%2</translation>
    </message>
    <message>
        <source>Why: recorded in the case, the notice and the audit journal</source>
        <translation>理由：将记入案卷、告知书和审计日志</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>案件：</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>当前状态：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>No error: the record stays</source>
        <translation>信息无误：维持名单记录</translation>
    </message>
    <message>
        <source>The record is corrected</source>
        <translation>更正名单记录</translation>
    </message>
    <message>
        <source>Document number and holding, e.g. （2026）皖01执异12号</source>
        <translation>文号及决定内容，例如（2026）皖01执异12号</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>Court&apos;s &amp;decision:</source>
        <translation>法院决定(&amp;D)：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>New value (empty: unchanged)</source>
        <translation>新值（留空：不变）</translation>
    </message>
    <message>
        <source>Stays published</source>
        <translation>继续公布</translation>
    </message>
    <message>
        <source>Revoked (wrongly listed)</source>
        <translation>撤销（错误纳入）</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Corrections:</source>
        <translation>更正内容：</translation>
    </message>
    <message>
        <source>The &amp;listing:</source>
        <translation>名单记录(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>creditdesk::ObjectionsPage</name>
    <message>
        <source>Registered by me</source>
        <translation>本人登记</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部未办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due within 2 working days</source>
        <translation>2 个工作日内到期</translation>
    </message>
    <message>
        <source>All, including closed</source>
        <translation>全部（含已办结）</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>案件列表</translation>
    </message>
    <message>
        <source>Filter by subject, case number, state, officer…</source>
        <translation>按主体、案号、状态、经办人筛选…</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>异议列表</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>案件列表(&amp;Q)：</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Both routes</source>
        <translation>全部办理途径</translation>
    </message>
    <message>
        <source>Court list</source>
        <translation>法院名单</translation>
    </message>
    <message>
        <source>Credit platform</source>
        <translation>信用平台</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>办理途径</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>creditdesk::OfficeKeyBox</name>
    <message>
        <source>Office key</source>
        <translation>单位密钥</translation>
    </message>
    <message>
        <source>&amp;Make the office key…</source>
        <translation>生成单位密钥(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Enter the office key…</source>
        <translation>输入单位密钥(&amp;E)…</translation>
    </message>
    <message>
        <source>Show the &amp;key…</source>
        <translation>显示密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>Make the office key</source>
        <translation>生成单位密钥</translation>
    </message>
    <message>
        <source>Enter the office key</source>
        <translation>输入单位密钥</translation>
    </message>
    <message>
        <source>The office key as another desk of the office shows it (64 digits and letters a-f; dashes and spaces do not matter):</source>
        <translation>本单位另一工作站显示的单位密钥（64 位数字和字母 a-f；连字符和空格不计）：</translation>
    </message>
    <message>
        <source>Show the office key</source>
        <translation>显示单位密钥</translation>
    </message>
    <message>
        <source>Office key &lt;b&gt;%1&lt;/b&gt;, set by %2 on %3. Whitelist entries travel keyed with it; a desk of the office shows the same fingerprint.</source>
        <translation>单位密钥 &lt;b&gt;%1&lt;/b&gt;，由 %2 于 %3 设置。豁免名单条目经该密钥处理后同步；本单位各工作站显示相同的密钥指纹。</translation>
    </message>
    <message>
        <source>Reason (recorded in the audit journal):</source>
        <translation>理由（记入审计日志）：</translation>
    </message>
    <message>
        <source>Enter this key on each other desk of the office (Central server → Enter the office key). Do not give it to the central server&apos;s administrators.</source>
        <translation>请在本单位其他每台工作站输入此密钥（中心服务器 → 输入单位密钥）。不要将其交给中心服务器的管理员。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>This desk has no office key: its whitelist entries are not shared with the other desks until it has one. On the office&apos;s first desk, make the key; on each other desk, enter the key the first one shows. The central server never holds it.</source>
        <translation>本工作站尚无单位密钥：设置之前，其豁免名单条目不与其他工作站同步。请在本单位的第一台工作站生成密钥，在其他每台工作站输入第一台显示的密钥。中心服务器从不保存该密钥。</translation>
    </message>
</context>
<context>
    <name>creditdesk::OfficeKeyService</name>
    <message>
        <source>This desk has the office key %1 (set by %2 at %3). A desk keeps its key: whitelist entries keyed with it could not be found under another.</source>
        <translation>本工作站已有单位密钥 %1（由 %2 于 %3 设置）。工作站的密钥不可更换：经其处理的豁免名单条目换用其他密钥后将无法查到。</translation>
    </message>
    <message>
        <source>This desk has no office key.</source>
        <translation>本工作站尚无单位密钥。</translation>
    </message>
    <message>
        <source>Give a reason: the office key&apos;s use is recorded in the audit journal.</source>
        <translation>请填写理由：单位密钥的使用记入审计日志。</translation>
    </message>
</context>
<context>
    <name>creditdesk::PackageApplier</name>
    <message>
        <source>The reference data cannot be read.</source>
        <translation>无法读取基础数据。</translation>
    </message>
    <message>
        <source>no region %1 in the region codes</source>
        <translation>行政区划代码中没有 %1</translation>
    </message>
    <message>
        <source>subject %1 is already on line %2</source>
        <translation>主体 %1 已在第 %2 行出现</translation>
    </message>
    <message>
        <source>the same identifier as the subject on line %1</source>
        <translation>证件号码与第 %1 行的主体相同</translation>
    </message>
    <message>
        <source>belongs to another subject than %1 in the cache</source>
        <translation>在本地数据中属于 %1 以外的另一个主体</translation>
    </message>
    <message>
        <source>listing %1 is already on line %2</source>
        <translation>名单记录 %1 已在第 %2 行出现</translation>
    </message>
    <message>
        <source>no subject %1 in this package or before</source>
        <translation>本交换包及此前均没有主体 %1</translation>
    </message>
    <message>
        <source>no court %1 in the court list</source>
        <translation>法院列表中没有 %1</translation>
    </message>
    <message>
        <source>no listing %1 in this package or before</source>
        <translation>本交换包及此前均没有名单记录 %1</translation>
    </message>
    <message>
        <source>measure application %1 is already on line %2</source>
        <translation>措施实施记录 %1 已在第 %2 行出现</translation>
    </message>
    <message>
        <source>measure application %1 was received before</source>
        <translation>措施实施记录 %1 此前已收到</translation>
    </message>
    <message>
        <source>no measure %1 in the catalogue</source>
        <translation>措施目录中没有 %1</translation>
    </message>
    <message>
        <source>no department &quot;%1&quot;; a department record must come first</source>
        <translation>没有部门“%1”；须先有该部门的记录</translation>
    </message>
    <message>
        <source>subject %1, born %2, was a minor on %3: minors are never listed (SPC rules Art. 3)</source>
        <translation>主体 %1 生于 %2，在 %3 时未成年：不得将未成年人纳入失信被执行人名单（《若干规定》第三条）</translation>
    </message>
    <message>
        <source>the subject has this case already as another listing; listing %1 cannot take it</source>
        <translation>该主体已有另一条名单记录使用此案号；名单记录 %1 不能改用该案号</translation>
    </message>
    <message>
        <source>subject %1 keeps the identifier it is stored with, and the sex and birth date that go with it; this package has another identifier, which a package does not change</source>
        <translation>主体 %1 保留已存储的证件号码及与之对应的性别和出生日期；本数据包中的证件号码与之不同，数据包不会更改主体的证件号码</translation>
    </message>
    <message>
        <source>with the %1 months the listing was extended by, the period would be %2 months: at most 60 (SPC rules Art. 2)</source>
        <translation>加上该名单记录已延长的 %1 个月，期限将为 %2 个月：最多 60 个月（《若干规定》第二条）</translation>
    </message>
    <message>
        <source>listing %1 is of ground 1, which has no fixed period to extend (SPC rules Art. 2)</source>
        <translation>名单记录 %1 属第 1 种情形，没有可延长的固定期限（《若干规定》第二条）</translation>
    </message>
    <message>
        <source>before the listing&apos;s decision date %1</source>
        <translation>早于该名单记录的决定日期 %1</translation>
    </message>
    <message>
        <source>the listing&apos;s period ended on %1: an ended period is not extended</source>
        <translation>该名单记录的期限已于 %1 届满：已届满的期限不能延长</translation>
    </message>
    <message>
        <source>the period would be %1 months: at most 60, two years extended by at most three (SPC rules Art. 2)</source>
        <translation>期限将为 %1 个月：最多 60 个月，即二年再延长至多三年（《若干规定》第二条）</translation>
    </message>
    <message>
        <source>listing %1 was revoked on %2: only a listing in force is extended</source>
        <translation>名单记录 %1 已于 %2 撤销：只能延长有效的名单记录</translation>
    </message>
    <message>
        <source>listing %1 was deleted on %2: only a listing in force is extended</source>
        <translation>名单记录 %1 已于 %2 删除：只能延长有效的名单记录</translation>
    </message>
    <message>
        <source>the same extension is on line %1</source>
        <translation>与第 %1 行的期限延长相同</translation>
    </message>
    <message>
        <source>listing %1 was extended by %2 months on %3 already</source>
        <translation>名单记录 %1 已于 %3 延长 %2 个月</translation>
    </message>
    <message>
        <source>listing %1 was extended by %2 months; ground 1 has no fixed period (SPC rules Art. 2)</source>
        <translation>名单记录 %1 已延长 %2 个月；第 1 种情形没有固定期限（《若干规定》第二条）</translation>
    </message>
    <message>
        <source>listing %1 was extended on %2, before this decision date: an extension follows the listing</source>
        <translation>名单记录 %1 已于 %2 延长，早于此决定日期：延长应在纳入之后</translation>
    </message>
    <message>
        <source>a listing of subject %1 was deleted on %2 at the application of %3; a new application of that creditor is refused until %4 (SPC rules Art. 10)</source>
        <translation>主体 %1 的一条名单记录已于 %2 依 %3 的申请删除；该申请执行人的再次申请在 %4 之前不予准许（《若干规定》第十条）</translation>
    </message>
</context>
<context>
    <name>creditdesk::PackageImportDialog</name>
    <message>
        <source>&amp;Copy the list</source>
        <translation>复制列表(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import a package from the credit platform</source>
        <translation>导入信用平台交换包</translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation>交换包：%1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Copies each line as &quot;line N, field F: reason&quot;, to send back to the platform</source>
        <translation>每项复制为“第 N 行，字段 F：原因”，以便发回信用平台</translation>
    </message>
    <message>
        <source>Checking every record; nothing is written unless all are right…</source>
        <translation>正在逐条检查记录；全部无误才会写入…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Package %1 applied: %n record(s) in %2 s.</source>
        <translation>
            <numerusform>交换包 %1 已应用：%n 条记录，用时 %2 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting package %1 applied after it.</source>
        <translation>随后已应用等待中的交换包 %1。</translation>
    </message>
    <message>
        <source>Package %1 was applied before; nothing changed.</source>
        <translation>交换包 %1 此前已应用；未作改动。</translation>
    </message>
    <message>
        <source>Package %1 is ahead of its sequence: it is kept and applied when the packages before it arrive.</source>
        <translation>交换包 %1 早于其顺序到达：已保存，待之前的交换包到达后应用。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>Package %1 rejected; nothing was written.</source>
        <translation>交换包 %1 已被拒绝；未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n fault(s), each to be corrected by the platform:</source>
        <translation>
            <numerusform>%n 处错误，需由信用平台更正：</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>It was written before the cancel could stop it.</source>
        <translation>取消生效之前，该交换包已写入。</translation>
    </message>
    <message>
        <source>Package %1 could not be imported here; nothing was written.</source>
        <translation>交换包 %1 无法在本工作站导入；未写入任何内容。</translation>
    </message>
    <message>
        <source>What went wrong on this desk:</source>
        <translation>本工作站出现的问题：</translation>
    </message>
    <message>
        <source>Not taken or not applied, though the package was applied:</source>
        <translation>交换包已应用，但以下内容未采用或未应用：</translation>
    </message>
</context>
<context>
    <name>creditdesk::PackageProblem</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1, field %2: %3</source>
        <translation>第 %1 行，字段 %2：%3</translation>
    </message>
</context>
<context>
    <name>creditdesk::PackageReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty: a package starts with its header line.</source>
        <translation>%1 为空：交换包应以文件头行开始。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the header is not a JSON object (%1)</source>
        <translation>文件头不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>not &quot;%1&quot;: this is not an exchange package</source>
        <translation>不是“%1”：这不是交换包</translation>
    </message>
    <message>
        <source>format version %1 is not supported (this version reads %2)</source>
        <translation>不支持格式版本 %1（本版本读取版本 %2）</translation>
    </message>
    <message>
        <source>missing, or longer than 100 characters</source>
        <translation>缺少，或超过 100 个字符</translation>
    </message>
    <message>
        <source>a whole number from 1 is needed</source>
        <translation>应为不小于 1 的整数</translation>
    </message>
    <message>
        <source>a whole number from 0 is needed</source>
        <translation>应为不小于 0 的整数</translation>
    </message>
    <message>
        <source>64 hexadecimal digits are needed</source>
        <translation>应为 64 位十六进制数字</translation>
    </message>
    <message>
        <source>longer than 1 MiB</source>
        <translation>超过 1 MiB</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>不是 JSON：第 %2 个字符处%1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>creditdesk::PackageWriter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>creditdesk::RegisterObjectionDialog</name>
    <message>
        <source>The applicant acts as the subject&apos;s agent</source>
        <translation>申请人为主体的代理人</translation>
    </message>
    <message>
        <source>Register an objection</source>
        <translation>登记异议</translation>
    </message>
    <message>
        <source>The grounds in the applicant&apos;s words</source>
        <translation>按申请人的陈述填写理由</translation>
    </message>
    <message>
        <source>Listing:</source>
        <translation>名单记录：</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>申请人(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系方式(&amp;O)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>提交方式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Ro&amp;ute:</source>
        <translation>办理途径(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>异议事由(&amp;G)：</translation>
    </message>
    <message>
        <source>G&amp;rounds in detail:</source>
        <translation>具体理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Disputed &amp;fields:</source>
        <translation>有异议的字段(&amp;F)：</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>creditdesk::RegisterRepairDialog</name>
    <message>
        <source>Apply for credit repair</source>
        <translation>申请信用修复</translation>
    </message>
    <message>
        <source>What the applicant corrected and performed, in their words</source>
        <translation>按申请人的陈述填写其纠正失信行为、履行义务的情况</translation>
    </message>
    <message>
        <source>After registering, add the proof of performance and the signed credit commitment to the application (Tools → Credit repair).</source>
        <translation>登记后，请在申请中补充履行证明和签署的信用承诺书（工具 → 信用修复）。</translation>
    </message>
    <message>
        <source>Breach information:</source>
        <translation>失信信息：</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>申请人(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系方式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>申请陈述(&amp;S)：</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>creditdesk::RepairCaseDialog</name>
    <message>
        <source>Kind</source>
        <translation>材料类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>办理环节</translation>
    </message>
    <message>
        <source>By</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Credit repair application %1</source>
        <translation>信用修复申请 %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&amp;Add evidence…</source>
        <translation>添加证据材料(&amp;A)…</translation>
    </message>
    <message>
        <source>Evidence (double-click to open):</source>
        <translation>证据材料（双击打开）：</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>办理记录：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Application %1 does not exist.</source>
        <translation>信用修复申请 %1 不存在。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Applicant: %3 %4&lt;br&gt;Received %5, due %6 · rule set %7&lt;br&gt;Statement: %8&lt;br&gt;Registered by %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;申请人：%3 %4&lt;br&gt;收到日期 %5，办理期限 %6 · 适用规定 %7&lt;br&gt;申请陈述：%8&lt;br&gt;登记人：%9</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到申请</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加证据材料</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.ofd *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>扫描件和文书 (*.pdf *.ofd *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>What is %1?</source>
        <translation>%1 属于哪类材料？</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>打开证据材料</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 (refused by the central server: not counted)</source>
        <translation>%1（中心服务器未接受：不计入）</translation>
    </message>
</context>
<context>
    <name>creditdesk::RepairEligibility</name>
    <message>
        <source>Published until %1 at the latest.</source>
        <translation>最迟公示至 %1。</translation>
    </message>
    <message>
        <source>The maximum period ended on %1.</source>
        <translation>最长公示期已于 %1 届满。</translation>
    </message>
    <message>
        <source>Publication has not stopped</source>
        <translation>尚未停止公示</translation>
    </message>
    <message numerus="yes">
        <source>Minimum publication period reached (%n month(s) for this tier)</source>
        <translation>
            <numerusform>已满最短公示期（该失信程度为 %n 个月）</numerusform>
        </translation>
    </message>
    <message>
        <source>Reached on %1.</source>
        <translation>已于 %1 届满。</translation>
    </message>
    <message>
        <source>Not before %1.</source>
        <translation>须至 %1 届满。</translation>
    </message>
    <message>
        <source>Behaviour corrected and obligations performed</source>
        <translation>已纠正失信行为、履行法定义务</translation>
    </message>
    <message>
        <source>Proof of performance attached.</source>
        <translation>已附履行证明。</translation>
    </message>
    <message>
        <source>Attach proof of performance.</source>
        <translation>请附履行证明。</translation>
    </message>
    <message>
        <source>Credit commitment given</source>
        <translation>已作出信用承诺</translation>
    </message>
    <message>
        <source>Credit commitment attached.</source>
        <translation>已附信用承诺书。</translation>
    </message>
    <message>
        <source>Attach the signed credit commitment.</source>
        <translation>请附签署的信用承诺书。</translation>
    </message>
</context>
<context>
    <name>creditdesk::RepairEligibilityPanel</name>
    <message>
        <source>Repair eligibility</source>
        <translation>信用修复条件</translation>
    </message>
    <message>
        <source>Rule set:</source>
        <translation>适用规定：</translation>
    </message>
    <message>
        <source>Earliest repair date:</source>
        <translation>最早可修复日期：</translation>
    </message>
    <message>
        <source>Publication stops by itself on:</source>
        <translation>自动停止公示日期：</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>条件：</translation>
    </message>
    <message>
        <source>Select breach information to see whether it can be repaired.</source>
        <translation>请选择一条失信信息，查看其是否可以信用修复。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已满足</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未满足</translation>
    </message>
    <message>
        <source>All conditions are met: a reviewer may decide the repair.</source>
        <translation>全部条件均已满足：审核人可以作出修复决定。</translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s) missing.</source>
        <translation>
            <numerusform>%n 项条件未满足。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::RepairQueueModel</name>
    <message>
        <source>calendar missing</source>
        <translation>缺少日历</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余期限</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>适用规定</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
</context>
<context>
    <name>creditdesk::RepairRuleBook</name>
    <message>
        <source>%1, line %2, field %3: %4</source>
        <translation>%1 第 %2 行，字段 %3：%4</translation>
    </message>
    <message>
        <source>empty.</source>
        <translation>为空。</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD).</source>
        <translation>不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>not a date on or after effective_from.</source>
        <translation>不是等于或晚于 effective_from 的日期。</translation>
    </message>
    <message>
        <source>must be minor, general or serious.</source>
        <translation>须为 minor、general 或 serious。</translation>
    </message>
    <message>
        <source>a number of months from 0 to 120.</source>
        <translation>应为 0 至 120 之间的月数。</translation>
    </message>
    <message>
        <source>a number of months from 1 to 120, not below the minimum.</source>
        <translation>应为 1 至 120 之间的月数，且不小于最短期限。</translation>
    </message>
    <message>
        <source>a number of working days from 1 to 120.</source>
        <translation>应为 1 至 120 之间的工作日数。</translation>
    </message>
    <message>
        <source>rule set %1 has other dates on an earlier line.</source>
        <translation>规则版本 %1 在前面的行中有不同的日期。</translation>
    </message>
    <message>
        <source>tier %1 of %2 is given twice.</source>
        <translation>规则版本 %2 的失信程度 %1 重复出现。</translation>
    </message>
    <message>
        <source>%1: rule set %2 lacks a tier; give minor, general and serious.</source>
        <translation>%1：规则版本 %2 缺少失信程度；须给出 minor、general 和 serious。</translation>
    </message>
    <message>
        <source>No credit repair rule set is given.</source>
        <translation>未提供信用修复规则版本。</translation>
    </message>
    <message>
        <source>Rule sets %1 and %2 overlap: one must end before the next begins.</source>
        <translation>规则版本 %1 与 %2 的有效期重叠：前一版本须在后一版本生效前终止。</translation>
    </message>
    <message>
        <source>The bundled credit repair rules cannot be read.</source>
        <translation>无法读取内置的信用修复规则。</translation>
    </message>
    <message>
        <source>No credit repair rule set is in force on %1; the administrator must add one.</source>
        <translation>%1 没有有效的信用修复规则版本；须由管理员添加。</translation>
    </message>
</context>
<context>
    <name>creditdesk::RepairService</name>
    <message>
        <source>Give the reason for recording the information: it goes into the audit journal.</source>
        <translation>请填写登记该失信信息的理由：理由将记入审计日志。</translation>
    </message>
    <message>
        <source>The decision date must be a date no later than today.</source>
        <translation>决定日期不得晚于今天。</translation>
    </message>
    <message>
        <source>Enter the authority that made the finding.</source>
        <translation>请输入认定单位。</translation>
    </message>
    <message>
        <source>Enter the number of the decision.</source>
        <translation>请输入决定书文号。</translation>
    </message>
    <message>
        <source>Describe the breach.</source>
        <translation>请描述失信行为。</translation>
    </message>
    <message>
        <source>The information could not be stored (does subject %1 exist?): %2</source>
        <translation>无法保存该信息（主体 %1 是否存在？）：%2</translation>
    </message>
    <message>
        <source>The rule set %1 of this application is no longer in the reference data.</source>
        <translation>该申请适用的规则版本 %1 已不在基础数据中。</translation>
    </message>
    <message>
        <source>Breach information %1 does not exist.</source>
        <translation>失信信息 %1 不存在。</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name.</source>
        <translation>请输入申请人姓名或名称。</translation>
    </message>
    <message>
        <source>The date received must be a date no later than today.</source>
        <translation>收到日期不得晚于今天。</translation>
    </message>
    <message>
        <source>Enter what the applicant says they corrected and performed.</source>
        <translation>请输入申请人所述的纠正失信行为、履行义务的情况。</translation>
    </message>
    <message>
        <source>The information is no longer published (%1); there is nothing to repair.</source>
        <translation>该信息已不再公示（%1）；无需信用修复。</translation>
    </message>
    <message>
        <source>The application cannot be received before the decision (%1).</source>
        <translation>申请的收到日期不得早于决定日期（%1）。</translation>
    </message>
    <message>
        <source>Application %1 on this information is still open; add to it instead.</source>
        <translation>该信息的信用修复申请 %1 尚在办理中；请在该申请中补充材料。</translation>
    </message>
    <message>
        <source>Application received</source>
        <translation>收到申请</translation>
    </message>
    <message>
        <source>Repair application %1 does not exist.</source>
        <translation>信用修复申请 %1 不存在。</translation>
    </message>
    <message>
        <source>Application %1 is closed; evidence cannot be added.</source>
        <translation>申请 %1 已办结，不能再添加证据材料。</translation>
    </message>
    <message>
        <source>Evidence added: %1 (%2)</source>
        <translation>已添加证据材料：%1（%2）</translation>
    </message>
    <message>
        <source>Give the reason for this step: it goes into the application and the audit journal.</source>
        <translation>请填写本环节的理由：理由将记入申请和审计日志。</translation>
    </message>
    <message>
        <source>The date of the step must be a date no later than today.</source>
        <translation>办理日期不得晚于今天。</translation>
    </message>
    <message>
        <source>Someone else changed this application since you opened it (it is now %1). Reload it; nothing was changed.</source>
        <translation>在您打开之后，他人已变更该申请（当前状态：%1）。请重新载入；未作任何改动。</translation>
    </message>
    <message>
        <source>An application that is %1 cannot become %2. Possible next steps: %3.</source>
        <translation>处于“%1”状态的申请不能转为“%2”。可进行的下一环节：%3。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The date of the step is before the application was received (%1).</source>
        <translation>办理日期早于申请收到日期（%1）。</translation>
    </message>
    <message>
        <source>You registered this application; another reviewer must decide it (four eyes).</source>
        <translation>该申请由您登记；须由另一位审核人决定（双人复核）。</translation>
    </message>
    <message>
        <source>The conditions of repair are not all met:
%1</source>
        <translation>信用修复条件未全部满足：
%1</translation>
    </message>
    <message>
        <source>Credit repair, application %1</source>
        <translation>信用修复，申请 %1</translation>
    </message>
    <message>
        <source>The information was changed meanwhile; nothing was changed.</source>
        <translation>该信息已被他人修改；未作任何改动。</translation>
    </message>
    <message>
        <source>Someone else changed this application meanwhile; nothing was changed.</source>
        <translation>该申请已被他人修改；未作任何改动。</translation>
    </message>
    <message>
        <source>Give the reason for the change: it goes into the audit journal.</source>
        <translation>请填写修改理由：理由将记入审计日志。</translation>
    </message>
    <message>
        <source>Another desk changed this application before this desk&apos;s change reached the central server; resolve that conflict first (Tools → Central server).</source>
        <translation>在本工作站的变更送达中心服务器之前，另一工作站已变更该申请；请先处理该冲突（工具 → 中心服务器）。</translation>
    </message>
</context>
<context>
    <name>creditdesk::RepairStepDialog</name>
    <message>
        <source>The reason; it goes into the application and the audit journal</source>
        <translation>理由；将记入申请和审计日志</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Repair stops publication of the information, ends every measure applied because of it, and queues a notification to each implementing department, in one step. The history keeps everything.</source>
        <translation>信用修复将一次性停止公示该信息、解除因其实施的全部惩戒措施，并排队通知各实施单位。历史记录完整保留。</translation>
    </message>
</context>
<context>
    <name>creditdesk::RepairsPage</name>
    <message>
        <source>Show &amp;decided and withdrawn applications too</source>
        <translation>同时显示已决定和已撤回的申请(&amp;D)</translation>
    </message>
    <message>
        <source>Filter by subject, applicant, state, officer…</source>
        <translation>按主体、申请人、状态、经办人筛选…</translation>
    </message>
    <message>
        <source>Credit repair applications</source>
        <translation>信用修复申请</translation>
    </message>
    <message>
        <source>&amp;Open application</source>
        <translation>打开申请(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::ResolveConflictDialog</name>
    <message>
        <source>Resolve conflict %1</source>
        <translation>处理冲突 %1</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>&lt;b&gt;The case now&lt;/b&gt;</source>
        <translation>&lt;b&gt;案件现状&lt;/b&gt;</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>The other desk&apos;s decision stands</source>
        <translation>维持另一工作站的决定</translation>
    </message>
    <message>
        <source>Why (required; recorded in the audit journal)</source>
        <translation>理由（必填，记入审计日志）</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>This desk&apos;s step is to be taken again on the case as it is now (after this resolution)</source>
        <translation>将按案件现状重新办理本工作站的步骤（在本次处理之后）</translation>
    </message>
    <message>
        <source>%1 (%2) was changed by another desk before this desk&apos;s change reached the server. The other desk&apos;s change stands on every desk; this desk&apos;s change was kept here.</source>
        <translation>在本工作站的变更送达服务器之前，另一工作站已变更%1（%2）。各工作站均以另一工作站的变更为准；本工作站的变更保留在此。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This desk&apos;s change (refused)&lt;/b&gt;</source>
        <translation>&lt;b&gt;本工作站的变更（未被接受）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>办理人</translation>
    </message>
</context>
<context>
    <name>creditdesk::RevealDialog</name>
    <message>
        <source>Show the full identifier</source>
        <translation>查看完整信息</translation>
    </message>
    <message numerus="yes">
        <source>You are about to see the full %1 of %2. It is shown for %n minute(s) and the reveal is recorded in the audit journal with your reason.</source>
        <translation>
            <numerusform>您将查看%2的完整%1。完整信息显示 %n 分钟，本次查看连同理由记入审计日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason, e.g. verifying identity for objection case 12</source>
        <translation>理由，例如：核实第 12 号异议案件申请人身份</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>creditdesk::ScreeningDecisionDialog</name>
    <message>
        <source>&amp;Reason (recorded and audited):</source>
        <translation>理由（将记录并审计）(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>&amp;Whitelist this applicant against this listing until</source>
        <translation>将该申请人就此条名单记录列入豁免名单，截止日期(&amp;W)</translation>
    </message>
    <message>
        <source>Whitelist until</source>
        <translation>豁免截止日期</translation>
    </message>
    <message>
        <source>Later batches then clear this match instead of reporting it; the entry can be revoked at any time and lasts at most a year.</source>
        <translation>此后的比对批次将豁免该匹配，不再报告；豁免可随时撤回，最长一年。</translation>
    </message>
</context>
<context>
    <name>creditdesk::ScreeningMatcher</name>
    <message>
        <source>the known characters of the masked ID agree</source>
        <translation>脱敏身份证号码的已知字符一致</translation>
    </message>
    <message>
        <source>the ID number differs in one character</source>
        <translation>身份证号码有一位不同</translation>
    </message>
    <message>
        <source>the ID number differs in two characters</source>
        <translation>身份证号码有两位不同</translation>
    </message>
    <message>
        <source>ID number equal</source>
        <translation>身份证号码一致</translation>
    </message>
    <message>
        <source>credit code equal</source>
        <translation>统一社会信用代码一致</translation>
    </message>
    <message>
        <source>the organisation code inside the credit code is equal</source>
        <translation>统一社会信用代码中的组织机构代码一致</translation>
    </message>
    <message>
        <source>name equal; %1</source>
        <translation>名称一致；%1</translation>
    </message>
    <message>
        <source>name sounds the same (pinyin); %1</source>
        <translation>名称读音相同（拼音）；%1</translation>
    </message>
    <message>
        <source>name equal; no identifier to compare</source>
        <translation>名称一致；无身份证号码或统一社会信用代码可供比对</translation>
    </message>
    <message>
        <source>name and legal representative equal</source>
        <translation>名称和法定代表人均一致</translation>
    </message>
    <message>
        <source>legal representative equal, name similar</source>
        <translation>法定代表人一致，名称相近</translation>
    </message>
    <message>
        <source>name equal once written alike; %1</source>
        <translation>名称统一写法后一致；%1</translation>
    </message>
</context>
<context>
    <name>creditdesk::ScreeningPage</name>
    <message>
        <source>Show &amp;no-hit rows too</source>
        <translation>同时显示未命中的行(&amp;N)</translation>
    </message>
    <message>
        <source>Open the next &amp;awaiting confirmation</source>
        <translation>打开下一条待确认的命中(&amp;A)</translation>
    </message>
    <message>
        <source>Screening batch</source>
        <translation>比对批次</translation>
    </message>
    <message>
        <source>Filter by applicant, subject, result, decision…</source>
        <translation>按申请人、主体、结果、决定筛选…</translation>
    </message>
    <message>
        <source>Screening results by applicant</source>
        <translation>按申请人分组的比对结果</translation>
    </message>
    <message>
        <source>&amp;Screen a file…</source>
        <translation>比对文件(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Whitelist…</source>
        <translation>豁免名单(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Compare and decide…</source>
        <translation>对照并作出决定(&amp;C)…</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>批次：</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %3 — %n hit(s)</source>
        <translation>
            <numerusform>%1 — %2，%3 — 命中 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>No batch screened yet. Choose “Screen a file…” to check applicants against the list (CSV in UTF-8 or GB18030, or XLSX).</source>
        <translation>尚未进行批量比对。请选择“比对文件…”，将申请人与名单进行比对（UTF-8 或 GB18030 编码的 CSV，或 XLSX）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), screened %3 by %4: rows %5 — &lt;b&gt;hits %6&lt;/b&gt;, to review %7, listed in the past only %8, skipped %9.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2），%3 由 %4 比对：共 %5 行 — &lt;b&gt;命中 %6 行&lt;/b&gt;，待核实 %7 行，仅有历史失信记录 %8 行，跳过 %9 行。</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed hit(s) await a second officer.</source>
        <translation>
            <numerusform>%n 条确认命中待第二名经办人确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>Screen applicants</source>
        <translation>批量比对申请人</translation>
    </message>
    <message>
        <source>Applicant tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>申请人表格 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Screening %1…</source>
        <translation>正在比对 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) screened</source>
        <translation>
            <numerusform>%1：已比对 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Hits: %1; to review: %2; listed in the past only: %3; cleared by the whitelist: %4.</source>
        <translation>命中：%1；待核实：%2；仅有历史失信记录：%3；经豁免名单排除：%4。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation>
            <numerusform>跳过 %n 行：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The same file was screened in batch %1; %n row(s) changed since.</source>
        <translation>
            <numerusform>同一文件曾在批次 %1 中比对；此后有 %n 行结果发生变化。</numerusform>
        </translation>
    </message>
    <message>
        <source>Frozen record: file SHA-256 %1…, list %2, hit threshold %3, review threshold %4, algorithm version %5.</source>
        <translation>固化记录：文件 SHA-256 %1…，名单快照 %2，命中阈值 %3，待核实阈值 %4，算法版本 %5。</translation>
    </message>
    <message>
        <source>A batch is being screened; decisions can be taken when it is recorded.</source>
        <translation>正在进行批量比对；比对结果记录后方可作出决定。</translation>
    </message>
    <message>
        <source>Screening results</source>
        <translation>比对结果</translation>
    </message>
</context>
<context>
    <name>creditdesk::ScreeningResultModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cleared by the whitelist</source>
        <translation>经豁免名单排除</translation>
    </message>
    <message>
        <source>Cleared by whitelist entry %1</source>
        <translation>经豁免名单第 %1 条排除</translation>
    </message>
    <message>
        <source>Listing in force</source>
        <translation>名单记录有效</translation>
    </message>
    <message>
        <source>Past listing</source>
        <translation>历史名单记录</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Applicant / listed subject</source>
        <translation>申请人 / 名单主体</translation>
    </message>
    <message>
        <source>Identifier / case number</source>
        <translation>证件号码 / 案号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>比对结果</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>匹配依据</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
</context>
<context>
    <name>creditdesk::ScreeningReviewDialog</name>
    <message>
        <source>&amp;Confirmed hit…</source>
        <translation>确认命中(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Not the same person…</source>
        <translation>非同一人(&amp;N)…</translation>
    </message>
    <message>
        <source>Con&amp;firm as second officer…</source>
        <translation>作为第二名经办人确认(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Reject the proposal…</source>
        <translation>不予确认(&amp;R)…</translation>
    </message>
    <message>
        <source>Review a screening match</source>
        <translation>核实比对匹配</translation>
    </message>
    <message>
        <source>Side by side (differences highlighted)</source>
        <translation>逐项对照（差异已突出显示）</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>&lt;b&gt;Row %1&lt;/b&gt; of batch %2 — %3</source>
        <translation>批次 %2 &lt;b&gt;第 %1 行&lt;/b&gt; — %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;项目&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Applicant (row %1)&lt;/b&gt;</source>
        <translation>&lt;b&gt;申请人（第 %1 行）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Listed subject&lt;/b&gt;</source>
        <translation>&lt;b&gt;名单主体&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 ✔</source>
        <translation>%1 ✔</translation>
    </message>
    <message>
        <source>%1 ≠</source>
        <translation>%1 ≠</translation>
    </message>
    <message>
        <source>cleared by whitelist entry %1</source>
        <translation>经豁免名单第 %1 条排除</translation>
    </message>
    <message>
        <source>listing in force</source>
        <translation>名单记录有效</translation>
    </message>
    <message>
        <source>past listing</source>
        <translation>历史名单记录</translation>
    </message>
    <message>
        <source>Score %1 (%2). Listing %3, %4, decided %5 — %6, %7.</source>
        <translation>得分 %1（%2）。名单记录 %3，%4，%5 决定 — %6，%7。</translation>
    </message>
    <message>
        <source>%1 by %2 (%3): %4</source>
        <translation>%1，%2（%3）：%4</translation>
    </message>
    <message>
        <source>&lt;br&gt;&amp;nbsp;&amp;nbsp;%1 by %2 (%3): %4</source>
        <translation>&lt;br&gt;&amp;nbsp;&amp;nbsp;%1，%2（%3）：%4</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>尚无决定。</translation>
    </message>
    <message>
        <source>Confirmed hit</source>
        <translation>确认命中</translation>
    </message>
    <message>
        <source>The applicant is the listed subject. A second officer confirms this before it takes effect.</source>
        <translation>申请人即名单主体。须经第二名经办人确认后生效。</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>非同一人</translation>
    </message>
    <message>
        <source>The applicant is someone else than the listed subject.</source>
        <translation>申请人与名单主体并非同一人。</translation>
    </message>
    <message>
        <source>Confirm the hit</source>
        <translation>确认命中</translation>
    </message>
    <message>
        <source>Reject the proposal</source>
        <translation>不予确认</translation>
    </message>
    <message>
        <source>You confirm, as the second officer, that the applicant is the listed subject.</source>
        <translation>您作为第二名经办人确认申请人即名单主体。</translation>
    </message>
    <message>
        <source>You do not confirm the hit; the match is open for review again.</source>
        <translation>您不予确认该命中；该匹配将重新待核实。</translation>
    </message>
</context>
<context>
    <name>creditdesk::ScreeningReviewRepository</name>
    <message>
        <source>This match already has a decision that is proposed or in effect.</source>
        <translation>该匹配已有待确认或已生效的决定。</translation>
    </message>
    <message>
        <source>The decision could not be recorded: %1</source>
        <translation>无法记录该决定：%1</translation>
    </message>
    <message>
        <source>The listed subject %1 or its listing %2 no longer exists.</source>
        <translation>名单主体 %1 或其名单记录 %2 已不存在。</translation>
    </message>
</context>
<context>
    <name>creditdesk::ScreeningReviewService</name>
    <message>
        <source>The screening batch does not exist.</source>
        <translation>该比对批次不存在。</translation>
    </message>
    <message>
        <source>The row has no match with this subject.</source>
        <translation>该行与此主体没有匹配。</translation>
    </message>
    <message>
        <source>The row is not in this batch.</source>
        <translation>该行不在此批次中。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Only a match with a listing in force that no whitelist entry clears can be confirmed as a hit.</source>
        <translation>只有名单记录有效且未被豁免名单排除的匹配才能确认为命中。</translation>
    </message>
    <message>
        <source>The proposed confirmation does not exist.</source>
        <translation>该待确认的命中不存在。</translation>
    </message>
    <message>
        <source>You proposed this confirmation; a second officer must confirm it (four eyes).</source>
        <translation>该命中由您提出，须由另一名经办人确认（双人复核）。</translation>
    </message>
    <message>
        <source>The confirmation was settled meanwhile by someone else.</source>
        <translation>该命中已由他人处理。</translation>
    </message>
    <message>
        <source>A whitelist entry lasts from today for at most a year; choose an end date in that time.</source>
        <translation>豁免自今日起最长一年，请在此期间内选择截止日期。</translation>
    </message>
    <message>
        <source>The whitelist entry does not exist or was revoked already.</source>
        <translation>该豁免条目不存在或已被撤回。</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>请填写决定理由。</translation>
    </message>
    <message>
        <source>An applicant without an ID number or credit code cannot be whitelisted: the entry would clear everyone of that name.</source>
        <translation>没有身份证号码或统一社会信用代码的申请人不能列入豁免名单：否则将豁免所有同名者。</translation>
    </message>
</context>
<context>
    <name>creditdesk::ScreeningService</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Thresholds: 0 &lt; review ≤ hit ≤ 1.</source>
        <translation>阈值应满足：0 &lt; 待核实阈值 ≤ 命中阈值 ≤ 1。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was recorded.</source>
        <translation>已取消；未记录任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be screened; nothing was screened or recorded. Correct the file, or choose to skip the bad rows.
%1</source>
        <translation>
            <numerusform>%n 行无法比对；未比对也未记录任何内容。请更正文件，或选择跳过有问题的行。
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Applicants screened: %1</source>
        <translation>已批量比对申请人：%1</translation>
    </message>
    <message>
        <source>%1 changed while it was being screened; nothing was recorded.</source>
        <translation>%1 在比对过程中被修改；未作任何记录。</translation>
    </message>
    <message>
        <source>%1 has no applicant to screen below its header; nothing was screened or recorded.</source>
        <translation>%1 在表头之下没有可比对的申请人；未比对，也未记录任何内容。</translation>
    </message>
</context>
<context>
    <name>creditdesk::ScreeningSetupDialog</name>
    <message>
        <source>&amp;Skip rows that cannot be screened (they are listed afterwards)</source>
        <translation>跳过无法比对的行（完成后列出）(&amp;S)</translation>
    </message>
    <message>
        <source>Screen applicants — %1</source>
        <translation>批量比对申请人 — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — read as %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 读取方式：%2</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>&amp;Hit at a score of</source>
        <translation>命中阈值(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;review from</source>
        <translation>待核实阈值(&amp;R)</translation>
    </message>
    <message>
        <source>Thresholds:</source>
        <translation>阈值：</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>文件的前几行</translation>
    </message>
    <message>
        <source>&amp;Screen</source>
        <translation>开始比对(&amp;S)</translation>
    </message>
    <message>
        <source>Preview (line numbers of the file):</source>
        <translation>预览（行号为文件中的行号）：</translation>
    </message>
    <message>
        <source>The review threshold must not be above the hit threshold.</source>
        <translation>待核实阈值不得高于命中阈值。</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>creditdesk::SearchFilterBar</name>
    <message>
        <source>Listed between</source>
        <translation>纳入日期介于</translation>
    </message>
    <message>
        <source>Under objection</source>
        <translation>异议中</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>City</source>
        <translation>地级</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Any ground</source>
        <translation>全部失信情形</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>In force today</source>
        <translation>当前有效</translation>
    </message>
    <message>
        <source>Any measure category</source>
        <translation>全部惩戒措施类别</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>行政区划：</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>法院：</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>全部省份</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>全部地市</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <source>Any court</source>
        <translation>全部法院</translation>
    </message>
</context>
<context>
    <name>creditdesk::SearchPage</name>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>查询结果</translation>
    </message>
    <message>
        <source>Type to search. Enter or Down moves to the results; Enter opens a dossier.</source>
        <translation>输入即查询。按回车或向下键进入结果列表；在结果中按回车打开主体档案。</translation>
    </message>
    <message>
        <source>No subject matches.</source>
        <translation>没有匹配的主体。</translation>
    </message>
    <message>
        <source>Name, pinyin, ID number (also masked: 3201**********1234), credit code or case number</source>
        <translation>名称、拼音、身份证号码（可用脱敏形式：3201**********1234）、统一社会信用代码或案号</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Region, court, ground, state, dates, measure category, objection (Ctrl+Shift+F)</source>
        <translation>行政区划、法院、失信情形、状态、日期、惩戒措施类别、异议（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>One or two characters find names that start with them; type three or more to find them anywhere in a name.</source>
        <translation>输入一两个字时，查找以其开头的名称；输入三个字及以上时，可查找名称中任意位置的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subject(s) shown, counting…</source>
        <translation>
            <numerusform>已显示 %Ln 个主体，正在计数…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subject(s) found.</source>
        <translation>
            <numerusform>共找到 %Ln 个主体。</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 subjects found; counting all…</source>
        <translation>找到超过 %1 个主体；正在统计总数…</translation>
    </message>
    <message>
        <source>A common name: add the ID number (or its last digits, e.g. ****1234), the credit code or a region to find the right subject.</source>
        <translation>该名称较常见：请补充身份证号码（或其后几位，如 ****1234）、统一社会信用代码或行政区划，以准确找到主体。</translation>
    </message>
    <message>
        <source>Save the results loaded so far (scroll down to load more) as an Excel workbook or a CSV file, identifiers masked</source>
        <translation>将已加载的查询结果（向下滚动可加载更多）保存为 Excel 工作簿或 CSV 文件，证件号码已脱敏</translation>
    </message>
</context>
<context>
    <name>creditdesk::SearchResultModel</name>
    <message>
        <source>Not active</source>
        <translation>未生效</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation>身份证号码 / 统一社会信用代码</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>名单记录</translation>
    </message>
    <message>
        <source>Latest decision</source>
        <translation>最近决定日期</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>在名单中</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Whole name</source>
        <translation>名称完全一致</translation>
    </message>
    <message>
        <source>Legal representative or alias</source>
        <translation>法定代表人或曾用名</translation>
    </message>
    <message>
        <source>Start of name</source>
        <translation>名称开头</translation>
    </message>
    <message>
        <source>Start of legal representative or alias</source>
        <translation>法定代表人或曾用名开头</translation>
    </message>
    <message>
        <source>Part of name</source>
        <translation>名称包含</translation>
    </message>
    <message>
        <source>Part of legal representative</source>
        <translation>法定代表人包含</translation>
    </message>
    <message>
        <source>Pinyin initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>An objection against a listing of this subject is under review.</source>
        <translation>该主体的名单记录有异议正在处理中。</translation>
    </message>
    <message>
        <source>%1 · under objection</source>
        <translation>%1 · 异议中</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <source>Whole name in pinyin</source>
        <translation>名称拼音完全一致</translation>
    </message>
    <message>
        <source>Start of name in pinyin</source>
        <translation>名称拼音开头</translation>
    </message>
</context>
<context>
    <name>creditdesk::ServerStore</name>
    <message>
        <source>The server address must look like postgresql://USER@HOST:PORT/DATABASE, not &quot;%1&quot;.</source>
        <translation>服务器地址应形如 postgresql://用户@主机:端口/数据库，而不是“%1”。</translation>
    </message>
    <message>
        <source>Leave the password out of the server address: CreditDesk reads it from CREDITDESK_SERVER_PASSWORD or asks for it.</source>
        <translation>服务器地址中不得包含密码：信用工作台从 CREDITDESK_SERVER_PASSWORD 读取密码，或在提示时输入。</translation>
    </message>
    <message>
        <source>The server address needs a user, a host and a database: postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>服务器地址须包含用户、主机和数据库：postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）。</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1:%2/%3: %4</source>
        <translation>无法连接服务器 %1:%2/%3：%4</translation>
    </message>
    <message>
        <source>Cannot connect to the server again: %1</source>
        <translation>无法重新连接服务器：%1</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s schema</source>
        <translation>无法读取服务器的数据库结构</translation>
    </message>
    <message>
        <source>Cannot start a transaction on the server: %1</source>
        <translation>无法在服务器上开始事务：%1</translation>
    </message>
    <message>
        <source>The server did not commit: %1</source>
        <translation>服务器未能提交：%1</translation>
    </message>
    <message>
        <source>Cannot lock the server&apos;s schema</source>
        <translation>无法锁定服务器的数据库结构</translation>
    </message>
    <message>
        <source>The server migration for version %1 is missing from this build.</source>
        <translation>本版本缺少服务器数据库结构第 %1 版的迁移脚本。</translation>
    </message>
    <message>
        <source>Server migration %1 failed</source>
        <translation>服务器数据库结构迁移 %1 失败</translation>
    </message>
    <message>
        <source>Cannot lock the change log</source>
        <translation>无法锁定变更日志</translation>
    </message>
    <message>
        <source>The server address may name sslmode (disable, prefer, require, verify-ca, verify-full) and sslrootcert, not &quot;%1&quot;.</source>
        <translation>服务器地址中只能指定 sslmode（disable、prefer、require、verify-ca、verify-full）和 sslrootcert，不能指定“%1”。</translation>
    </message>
    <message>
        <source>Cannot start a transaction on the server</source>
        <translation>无法在服务器上开始事务</translation>
    </message>
    <message>
        <source>The server&apos;s schema is version %1, newer than this CreditDesk (%2): update CreditDesk.</source>
        <translation>服务器数据库结构为第 %1 版，比本信用工作台（第 %2 版）新：请更新信用工作台。</translation>
    </message>
    <message>
        <source>Cannot configure the connection to the server: %1</source>
        <translation>无法设置与服务器的连接：%1</translation>
    </message>
    <message>
        <source>The server already has another desk named &quot;%1&quot;: give this desk a name of its own.</source>
        <translation>服务器上已有另一工作站名为“%1”：请为本工作站另取名称。</translation>
    </message>
    <message>
        <source>The server&apos;s schema is version %1; evidence files need version 3. Ask an administrator to run &quot;creditdesk-cli server migrate&quot;.</source>
        <translation>服务器数据结构为第 %1 版；证据材料需要第 3 版。请管理员运行“creditdesk-cli server migrate”。</translation>
    </message>
    <message>
        <source>Cannot store the evidence file %1 on the server: %2</source>
        <translation>无法在服务器上保存证据材料 %1：%2</translation>
    </message>
    <message>
        <source>The server has no evidence file %1.</source>
        <translation>服务器上没有证据材料 %1。</translation>
    </message>
    <message>
        <source>The evidence file %1 on the server does not match its SHA-256.</source>
        <translation>服务器上的证据材料 %1 与其 SHA-256 不符。</translation>
    </message>
    <message>
        <source>Cannot fetch the evidence file %1 from the server: %2</source>
        <translation>无法从服务器取得证据材料 %1：%2</translation>
    </message>
</context>
<context>
    <name>creditdesk::SignInDialog</name>
    <message>
        <source>Sign in to CreditDesk</source>
        <translation>登录信用工作台</translation>
    </message>
    <message>
        <source>&lt;b&gt;CreditDesk&lt;/b&gt;&lt;br&gt;Database: %1</source>
        <translation>&lt;b&gt;信用工作台&lt;/b&gt;&lt;br&gt;数据库：%1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Demo database: sign in as officer, reviewer, auditor or admin with the password &quot;demo&quot;.</source>
        <translation>演示数据库：可用 officer（经办人）、reviewer（审核人）、auditor（审计员）或 admin（管理员）登录，密码均为“demo”。</translation>
    </message>
    <message>
        <source>CreditDesk is locked</source>
        <translation>信用工作台已锁定</translation>
    </message>
    <message>
        <source>The window was locked after a period without activity. Your work is kept; enter your password to continue.</source>
        <translation>长时间无操作，窗口已锁定。您的工作内容已保留；请输入密码继续。</translation>
    </message>
</context>
<context>
    <name>creditdesk::StatisticsChartPanel</name>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>导出 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>导出 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Nothing in this period and area.</source>
        <translation>该期间和地区内没有数据。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>creditdesk::StatisticsRowsDialog</name>
    <message>
        <source>The newest %1; narrow the filters to see the others.</source>
        <translation>最新的 %1 条；缩小筛选范围可查看其余记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>共 %n 条。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditdesk::StatisticsService</name>
    <message>
        <source>The period must start before it ends.</source>
        <translation>统计期间的开始不能晚于结束。</translation>
    </message>
    <message>
        <source>Unknown chart.</source>
        <translation>未知的图表。</translation>
    </message>
    <message>
        <source>Listings by month</source>
        <translation>名单记录按月变化</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>纳入</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>撤销或删除</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限届满</translation>
    </message>
    <message>
        <source>Active at month end</source>
        <translation>月末有效</translation>
    </message>
    <message>
        <source>Listed in the period: %1; active at its end: %2.</source>
        <translation>期间内纳入：%1；期末有效：%2。</translation>
    </message>
    <message>
        <source>Listings by ground</source>
        <translation>名单记录按失信情形</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>失信情形</translation>
    </message>
    <message>
        <source>Listed in the period</source>
        <translation>期间内纳入</translation>
    </message>
    <message>
        <source>Active at its end</source>
        <translation>期末有效</translation>
    </message>
    <message>
        <source>Listings by region</source>
        <translation>名单记录按地区</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>执行法院</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>The courts of the county; click a bar for its listings.</source>
        <translation>本县（区）的法院；点击条形查看其名单记录。</translation>
    </message>
    <message>
        <source>Click a bar to go down to its regions.</source>
        <translation>点击条形可查看其下级地区。</translation>
    </message>
    <message>
        <source>Listings by court</source>
        <translation>名单记录按执行法院</translation>
    </message>
    <message>
        <source>The %1 courts with the most listings are drawn; the table and its export have all %2.</source>
        <translation>图中显示名单记录最多的 %1 个法院；表格及导出包含全部 %2 个。</translation>
    </message>
    <message>
        <source>Measure applications by category</source>
        <translation>惩戒措施实施按类别</translation>
    </message>
    <message>
        <source>Measure applications by department</source>
        <translation>惩戒措施实施按部门</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Applications started</source>
        <translation>开始实施</translation>
    </message>
    <message>
        <source>With feedback</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Share with feedback (%)</source>
        <translation>反馈比例（%）</translation>
    </message>
    <message>
        <source>%1 applications started in the period; departments reported feedback on %2 (%3 %).</source>
        <translation>期间内开始实施 %1 项惩戒措施；部门已反馈 %2 项（%3 %）。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Credit repair applications</source>
        <translation>信用修复申请</translation>
    </message>
    <message>
        <source>Repairs concern breach information, which has no court: counted by the region of the court.</source>
        <translation>信用修复针对的失信信息没有执行法院：按该法院所在地区统计。</translation>
    </message>
    <message>
        <source>Screening batches and hit rate</source>
        <translation>比对批次与命中率</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Applicants screened</source>
        <translation>比对申请人数</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>Possible hits</source>
        <translation>疑似命中，待核实</translation>
    </message>
    <message>
        <source>Hit rate (%)</source>
        <translation>命中率（%）</translation>
    </message>
    <message>
        <source>This chart does not open listings.</source>
        <translation>该图表不能打开名单记录。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Decided within the time limit: %1, late: %2. Open: %3 within the limit, %4 overdue. Median days to a decision: %5.</source>
        <translation>按期办结：%1，超期办结：%2。未办结：期限内 %3，已超期 %4。办结用时中位数：%5 天。</translation>
    </message>
    <message>
        <source>The %1 with the most applications are drawn; the table and its export have all %2.</source>
        <translation>图中显示实施最多的 %1 个；表格及导出包含全部 %2 个。</translation>
    </message>
    <message>
        <source>This chart does not open cases.</source>
        <translation>该图表不能打开案件。</translation>
    </message>
    <message>
        <source>The %1 with the most listings are drawn; the table and its export have all %2.</source>
        <translation>图中显示名单记录最多的 %1 个；表格及导出包含全部 %2 个。</translation>
    </message>
    <message>
        <source>Courts of the region itself</source>
        <translation>本级法院</translation>
    </message>
    <message>
        <source>Applicants screened in the period: %1, hits: %2 (%3 %). Screening is counted for the whole office: the region and court filters do not apply.</source>
        <translation>期间内比对申请人：%1 名，命中：%2 名（%3 %）。比对按全单位统计：地区和法院筛选不适用。</translation>
    </message>
</context>
<context>
    <name>creditdesk::SyncPage</name>
    <message>
        <source>Join a central server</source>
        <translation>加入中心服务器</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <source>This desk&apos;s name:</source>
        <translation>本工作站名称：</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>所属单位：</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>处理(&amp;R)…</translation>
    </message>
    <message>
        <source>Open &amp;case</source>
        <translation>打开案件(&amp;C)</translation>
    </message>
    <message>
        <source>Show resolved conflicts</source>
        <translation>显示已处理的冲突</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>The case now</source>
        <translation>案件现状</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 (decided by %2)</source>
        <translation>%1（决定人 %2）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Other decision stands (%1: %2)</source>
        <translation>维持另一工作站的决定（%1：%2）</translation>
    </message>
    <message>
        <source>This desk joined %1.</source>
        <translation>本工作站已加入 %1。</translation>
    </message>
    <message>
        <source>Synchronise</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Password on the central server:</source>
        <translation>中心服务器密码：</translation>
    </message>
    <message>
        <source>&amp;Cancel synchronising</source>
        <translation>取消同步(&amp;C)</translation>
    </message>
    <message>
        <source>Synchronising failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>Cancelled: what was done stays done; the rest follows next time.</source>
        <translation>已取消：已完成的部分保留，其余在下次同步时继续。</translation>
    </message>
    <message>
        <source>Stopped at a change this desk cannot apply yet: it needs %1.</source>
        <translation>停在一项本工作站暂时无法应用的变更：需要%1。</translation>
    </message>
    <message>
        <source>Conflict %1 resolved; the server learns of it at the next synchronisation.</source>
        <translation>冲突 %1 已处理；下次同步时告知服务器。</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>处理冲突</translation>
    </message>
    <message>
        <source>Step to be taken again (%1: %2)</source>
        <translation>将重新办理（%1：%2）</translation>
    </message>
    <message>
        <source>%1 cases changed by other desks have steps of this desk not sent yet: those steps will come back as conflicts.</source>
        <translation>有 %1 件案件已被其他工作站变更，而本工作站对其的步骤尚未发送：这些步骤将作为冲突返回。</translation>
    </message>
    <message>
        <source>Synchronising… changes sent: %1; changes applied: %2.</source>
        <translation>正在同步… 已发送变更 %1 项；已应用变更 %2 项。</translation>
    </message>
    <message>
        <source>Feedback entries of other desks set aside: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>暂缓应用的其他工作站执行反馈：&lt;b&gt;%1&lt;/b&gt; 条。</translation>
    </message>
    <message>
        <source>%1 feedback entries of other desks are set aside on this desk: their measure application has not arrived (import the credit platform&apos;s packages), or this version refuses them (the audit journal says why). Each synchronisation tries them again.</source>
        <translation>其他工作站的 %1 条执行反馈在本工作站暂缓应用：相应的措施实施记录尚未收到（请导入信用平台的交换包），或本版本不接受（原因见审计日志）。每次同步都会重新尝试。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Refused change</source>
        <translation>未被接受的变更</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Conflicts: changes of this desk that another desk overtook (objection steps, repair steps and files, mirrors of the court&apos;s decisions). The other desk&apos;s change stands until an officer resolves the conflict.</source>
        <translation>冲突：本工作站的变更（异议办理步骤、信用修复步骤及材料、法院决定的录入）被另一工作站抢先。在经办人处理冲突之前，以另一工作站的变更为准。</translation>
    </message>
    <message>
        <source>This desk works alone: its objection steps, feedback entries, credit repair work and mirrors of the court&apos;s decisions stay on this computer. Join the office&apos;s central server to share them with the other desks.</source>
        <translation>本工作站单机工作：异议办理步骤、执行反馈、信用修复办理和法院决定的录入只保存在本机。加入本单位的中心服务器后，可与其他工作站共享。</translation>
    </message>
    <message>
        <source>Desk &lt;b&gt;%1&lt;/b&gt; of %2 on &lt;b&gt;%3&lt;/b&gt;. Last synchronised: %4. Caught up to change %5 of the server. Changes waiting to be sent (objection steps, feedback entries, breach information, repair steps and files, court decisions): &lt;b&gt;%6&lt;/b&gt;. Open conflicts: &lt;b&gt;%7&lt;/b&gt;.</source>
        <translation>工作站 &lt;b&gt;%1&lt;/b&gt;（%2），服务器 &lt;b&gt;%3&lt;/b&gt;。上次同步：%4。已同步至服务器第 %5 项变更。待发送的变更（异议办理步骤、执行反馈、失信信息、信用修复步骤及材料、法院决定）：&lt;b&gt;%6&lt;/b&gt;。待处理的冲突：&lt;b&gt;%7&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Changes sent: %1 (accepted: %2; refused as conflicts: %3). Changes of other desks applied: %4 (new cases: %5; new feedback entries: %6; new breach information: %7; court decisions mirrored: %8).</source>
        <translation>已发送变更：%1 项（接受 %2 项；因冲突未被接受 %3 项）。已应用其他工作站的变更：%4 项（新案件 %5 件；新执行反馈 %6 条；新失信信息 %7 条；法院决定 %8 项）。</translation>
    </message>
    <message>
        <source>%1 corrections approved on other desks were not made here: the field had been changed on this desk since (the listing&apos;s history and the audit journal, sync.apply, name them).</source>
        <translation>其他工作站同意的 %1 条更正未在本工作站执行：该字段此后已在本工作站被修改（名单历史和审计日志 sync.apply 列明）。</translation>
    </message>
    <message>
        <source>Applicants cleared on other desks (whitelist entries): %1; screening on this desk clears them too.</source>
        <translation>其他工作站列入豁免名单的申请人：%1 名；本工作站比对时同样予以豁免。</translation>
    </message>
    <message>
        <source>Of the changes waiting, whitelist changes kept until this desk has the office key: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>待发送的变更中，等待本工作站设置单位密钥的豁免名单变更：&lt;b&gt;%1&lt;/b&gt; 项。</translation>
    </message>
    <message>
        <source>%1 whitelist entries of other desks are keyed with another office key than this desk&apos;s and clear nobody here: the desks of one office share one key (administrator&apos;s guide, &quot;The office key&quot;).</source>
        <translation>其他工作站的 %1 条豁免名单条目使用的单位密钥与本工作站不同，在本工作站不豁免任何人：同一单位的各工作站应使用同一密钥（见管理员指南“The office key”一节）。</translation>
    </message>
</context>
<context>
    <name>creditdesk::SyncRepository</name>
    <message>
        <source>Change %1 follows a change that has not been sent.</source>
        <translation>变更 %1 所接续的变更尚未发送。</translation>
    </message>
    <message>
        <source>The change names no listing (case number and subject identifier).</source>
        <translation>该变更未指明名单记录（案号和主体证件号码）。</translation>
    </message>
    <message>
        <source>the listing of case %1 (import the credit platform&apos;s packages first)</source>
        <translation>案号 %1 的名单记录（请先导入信用平台的交换包）</translation>
    </message>
    <message>
        <source>The change carries no objection or no step.</source>
        <translation>该变更缺少异议案件或办理步骤。</translation>
    </message>
    <message>
        <source>Listing %1 does not exist.</source>
        <translation>名单记录 %1 不存在。</translation>
    </message>
    <message>
        <source>The change carries no measure application or no feedback.</source>
        <translation>该变更未载明措施实施记录或执行反馈。</translation>
    </message>
    <message>
        <source>The feedback&apos;s handling (handling_type) is %1; 1 to 4 are known.</source>
        <translation>执行反馈的处理方式（handling_type）为 %1；可识别的取值为 1 至 4。</translation>
    </message>
    <message>
        <source>The feedback&apos;s result (result) is empty.</source>
        <translation>执行反馈的结果（result）为空。</translation>
    </message>
    <message>
        <source>The feedback&apos;s day (occurred_on) is not a date.</source>
        <translation>执行反馈的日期（occurred_on）不是有效日期。</translation>
    </message>
    <message>
        <source>the measure application of %1 started on %2 in case %3 (import the credit platform&apos;s packages first)</source>
        <translation>案号 %3 中%1自 %2 起实施的措施（请先导入信用平台的交换包）</translation>
    </message>
    <message>
        <source>The feedback names no reporter (reported_by) or no time of recording (recorded_at).</source>
        <translation>执行反馈未载明报告人（reported_by）或登记时间（recorded_at）。</translation>
    </message>
    <message>
        <source>The change carries no breach information.</source>
        <translation>该变更不含失信信息。</translation>
    </message>
    <message>
        <source>the subject of breach information %1 (import the credit platform&apos;s packages first)</source>
        <translation>失信信息 %1 的主体（请先导入信用平台的交换包）</translation>
    </message>
    <message>
        <source>the measure %1 %2-%3 of catalogue version %4 applied by %5 (import the catalogue update first)</source>
        <translation>%5 实施的措施 %1 %2-%3（清单第 %4 版；请先导入清单更新）</translation>
    </message>
    <message>
        <source>Breach information %1 names no valid decision date, end of publication or authority.</source>
        <translation>失信信息 %1 缺少有效的决定日期、公示截止日期或认定单位。</translation>
    </message>
    <message>
        <source>The change carries no breach information, no application, or neither a step nor a file.</source>
        <translation>该变更缺少失信信息或申请，或既无办理步骤也无材料。</translation>
    </message>
    <message>
        <source>the breach information %1 of %2 (recorded on the other desk before it joined the server: record it on this desk as well)</source>
        <translation>%2 的失信信息 %1（另一工作站在加入服务器之前登记：请在本工作站也登记该信息）</translation>
    </message>
    <message>
        <source>The evidence file %1 does not match its SHA-256.</source>
        <translation>证据材料 %1 与其 SHA-256 不符。</translation>
    </message>
    <message>
        <source>The evidence file %1 of repair application %2 is missing or damaged on this desk.</source>
        <translation>本工作站上信用修复申请 %2 的证据材料 %1 缺失或已损坏。</translation>
    </message>
    <message>
        <source>a court decision on case %1 that this desk cannot take: %2 (update CreditDesk on this desk, or ask the other desk&apos;s office)</source>
        <translation>本工作站无法应用的案号 %1 的法院决定：%2（请升级本工作站的 CreditDesk，或联系另一工作站所在单位）</translation>
    </message>
    <message>
        <source>its kind is %1; 1 (revocation) and 2 (deletion) are known</source>
        <translation>其类型为 %1；仅识别 1（撤销）和 2（删除）</translation>
    </message>
    <message>
        <source>its deletion event %1 does not fit its kind</source>
        <translation>其删除事由 %1 与决定类型不符</translation>
    </message>
    <message>
        <source>it names no valid court_decided_on (no later than mirrored_on), due_on, mirrored_on, recorded_by or recorded_at</source>
        <translation>缺少有效的 court_decided_on（不得晚于 mirrored_on）、due_on、mirrored_on、recorded_by 或 recorded_at</translation>
    </message>
    <message>
        <source>a deletion on the creditor&apos;s request that names no creditor</source>
        <translation>依申请执行人申请删除但未写明申请执行人</translation>
    </message>
    <message>
        <source>a correction of case %1 that this desk cannot take: %2 (update CreditDesk on this desk, or ask the other desk&apos;s office)</source>
        <translation>本工作站无法应用的案号 %1 的更正：%2（请升级本工作站的 CreditDesk，或联系另一工作站所在单位）</translation>
    </message>
    <message>
        <source>this version does not correct the field &quot;%1&quot;</source>
        <translation>本版本不能更正字段“%1”</translation>
    </message>
    <message>
        <source>its state is %1; 1 (waiting), 2 (approved) and 3 (rejected) are known</source>
        <translation>其状态为 %1；仅识别 1（等待决定）、2（同意）和 3（驳回）</translation>
    </message>
    <message>
        <source>it names no valid reason, registered_by or registered_at</source>
        <translation>缺少有效的 reason、registered_by 或 registered_at</translation>
    </message>
    <message>
        <source>its decision names no decided_by, decided_at or decision_reason</source>
        <translation>其决定缺少 decided_by、decided_at 或 decision_reason</translation>
    </message>
    <message>
        <source>Correction %1 does not exist.</source>
        <translation>更正 %1 不存在。</translation>
    </message>
    <message>
        <source>a whitelist entry on case %1 that this desk cannot take: %2 (update CreditDesk on this desk, or ask the other desk&apos;s office)</source>
        <translation>本工作站无法应用的案号 %1 的豁免名单条目：%2（请升级本工作站的 CreditDesk，或联系另一工作站所在单位）</translation>
    </message>
    <message>
        <source>its applicant key is not a SHA-256</source>
        <translation>其申请人标识不是 SHA-256 值</translation>
    </message>
    <message>
        <source>it names no applicant_name, identifier_masked, reason, valid expires_on, created_by or created_at</source>
        <translation>缺少 applicant_name、identifier_masked、reason、有效的 expires_on、created_by 或 created_at</translation>
    </message>
    <message>
        <source>its revocation names no revoked_at or revoke_reason</source>
        <translation>其撤回缺少 revoked_at 或 revoke_reason</translation>
    </message>
    <message>
        <source>its created_at is not a time</source>
        <translation>其 created_at 不是有效时间</translation>
    </message>
    <message>
        <source>it lasts until %1, more than a year after it was made</source>
        <translation>其有效期至 %1，超过添加之日起一年</translation>
    </message>
    <message>
        <source>its office key is not a fingerprint</source>
        <translation>其单位密钥不是有效的密钥指纹</translation>
    </message>
</context>
<context>
    <name>creditdesk::SyncService</name>
    <message>
        <source>The desk&apos;s name has 1 to 100 characters.</source>
        <translation>工作站名称为 1 至 100 个字符。</translation>
    </message>
    <message>
        <source>The office&apos;s name has 1 to 200 characters.</source>
        <translation>单位名称为 1 至 200 个字符。</translation>
    </message>
    <message>
        <source>This desk has already joined the server %1 as %2.</source>
        <translation>本工作站已以 %2 的名称加入服务器 %1。</translation>
    </message>
    <message>
        <source>Joined the central server</source>
        <translation>加入中心服务器</translation>
    </message>
    <message>
        <source>This desk has not joined a server.</source>
        <translation>本工作站尚未加入服务器。</translation>
    </message>
    <message>
        <source>Server address changed</source>
        <translation>更改服务器地址</translation>
    </message>
    <message>
        <source>This desk has not joined a server: join one first.</source>
        <translation>本工作站尚未加入服务器：请先加入。</translation>
    </message>
    <message>
        <source>Synchronised with the central server</source>
        <translation>与中心服务器同步</translation>
    </message>
    <message>
        <source>Another desk changed the case first; this desk&apos;s step was kept as a conflict</source>
        <translation>另一工作站已先变更该案件；本工作站的步骤作为冲突保留</translation>
    </message>
    <message>
        <source>a change of kind &quot;%1&quot; that this version of CreditDesk does not know (update CreditDesk on this desk)</source>
        <translation>本版本信用工作台不认识的“%1”类变更（请更新本工作站的信用工作台）</translation>
    </message>
    <message>
        <source>Change %1 from desk %2: %3</source>
        <translation>来自工作站 %2 的变更 %1：%3</translation>
    </message>
    <message>
        <source>Say why the conflict is resolved this way.</source>
        <translation>请说明如此处理冲突的理由。</translation>
    </message>
    <message>
        <source>There is no conflict %1.</source>
        <translation>不存在冲突 %1。</translation>
    </message>
    <message>
        <source>Conflict %1 was already resolved by %2.</source>
        <translation>冲突 %1 已由 %2 处理。</translation>
    </message>
    <message>
        <source>Objection %1, decided on desk %2</source>
        <translation>异议 %1，由工作站 %2 决定</translation>
    </message>
    <message>
        <source>Listing %1 does not exist.</source>
        <translation>名单记录 %1 不存在。</translation>
    </message>
    <message>
        <source>The record was changed meanwhile; nothing was changed.</source>
        <translation>名单记录已被他人修改；未作任何改动。</translation>
    </message>
    <message>
        <source>%1: %2: %3 → %4</source>
        <translation>%1：%2：%3 → %4</translation>
    </message>
    <message>
        <source>a correction of the field &quot;%1&quot; that this version of CreditDesk does not know (update CreditDesk on this desk)</source>
        <translation>本版本信用工作台不认识的字段“%1”的更正（请更新本工作站的信用工作台）</translation>
    </message>
    <message>
        <source>Another desk&apos;s feedback waits for its measure application on this desk</source>
        <translation>其他工作站的执行反馈等待本工作站的相应措施实施记录</translation>
    </message>
    <message>
        <source>Another desk&apos;s feedback cannot be applied on this desk</source>
        <translation>其他工作站的执行反馈无法在本工作站应用</translation>
    </message>
    <message>
        <source>Breach information %1 does not exist.</source>
        <translation>失信信息 %1 不存在。</translation>
    </message>
    <message>
        <source>Credit repair, application %1, decided on desk %2</source>
        <translation>信用修复，申请 %1，由工作站 %2 决定</translation>
    </message>
    <message>
        <source>The information was changed meanwhile; nothing was changed.</source>
        <translation>该信息已被他人修改；未作任何更改。</translation>
    </message>
    <message>
        <source>Repair application %1 does not exist.</source>
        <translation>信用修复申请 %1 不存在。</translation>
    </message>
    <message>
        <source>The court&apos;s decision recorded from desk %1 is missing.</source>
        <translation>从工作站 %1 录入的法院决定缺失。</translation>
    </message>
    <message>
        <source>%1, mirrored on desk %2</source>
        <translation>%1，由工作站 %2 录入</translation>
    </message>
    <message>
        <source>The listing was changed meanwhile; nothing was changed.</source>
        <translation>该名单记录已被他人修改，未作任何更改。</translation>
    </message>
    <message>
        <source>The mirror of the court&apos;s decision on listing %1 is missing.</source>
        <translation>名单记录 %1 的法院决定录入记录缺失。</translation>
    </message>
    <message>
        <source>This desk&apos;s mirror of the court&apos;s decision was refused by the central server: another desk had mirrored one first</source>
        <translation>本工作站录入的法院决定被中心服务器拒绝：另一工作站已先行录入</translation>
    </message>
    <message>
        <source>A listing leaves the list once: the other desk&apos;s mirror of the court&apos;s decision stands. Resolve the conflict with &quot;the other desk&apos;s decision stands&quot;.</source>
        <translation>名单只能退出一次：以另一工作站录入的法院决定为准。请以“维持另一工作站的决定”处理该冲突。</translation>
    </message>
    <message>
        <source>Objection %1 does not exist.</source>
        <translation>异议 %1 不存在。</translation>
    </message>
    <message>
        <source>Objection %1: this desk&apos;s step was refused by the central server (another desk decided first)</source>
        <translation>异议 %1：本工作站的步骤被中心服务器拒绝（另一工作站已先作出决定）</translation>
    </message>
    <message>
        <source>Correction %1 does not exist.</source>
        <translation>更正 %1 不存在。</translation>
    </message>
    <message>
        <source>Correction %1, approved on desk %2</source>
        <translation>更正 %1，由工作站 %2 同意</translation>
    </message>
    <message>
        <source>Correction %1: this desk&apos;s approval was refused by the central server (another desk decided first)</source>
        <translation>更正 %1：本工作站的同意决定被中心服务器拒绝（另一工作站已先作出决定）</translation>
    </message>
    <message>
        <source>A correction is decided once: the other desk&apos;s decision stands. Resolve the conflict with &quot;the other desk&apos;s decision stands&quot; (register a new correction if the record still needs one).</source>
        <translation>更正只能决定一次：以另一工作站的决定为准。请以“维持另一工作站的决定”处理该冲突（记录仍需更正的，请登记新的更正）。</translation>
    </message>
    <message>
        <source>Correction %1: rejected on desk %2 first; this desk&apos;s approval, taken before it joined the central server, does not stand</source>
        <translation>更正 %1：工作站 %2 已先予驳回；本工作站在接入中心服务器之前作出的同意决定不再有效</translation>
    </message>
    <message>
        <source>Correction %1, approved on desk %2, not made here: %3 is %4 on this desk, not %5 as when it was registered (%6 on desk %2)</source>
        <translation>更正 %1 已由工作站 %2 同意，但未在本工作站执行：本工作站的%3为 %4，而非登记时的 %5（工作站 %2 更正为 %6）</translation>
    </message>
    <message>
        <source>A whitelist entry is revoked once: the other desk&apos;s revocation stands. Resolve the conflict with &quot;the other desk&apos;s decision stands&quot;.</source>
        <translation>豁免名单条目只能撤回一次：以另一工作站的撤回为准。请以“维持另一工作站的决定”处理该冲突。</translation>
    </message>
    <message>
        <source>Changes sent: %1; then: %2</source>
        <translation>已发送变更：%1 项；随后：%2</translation>
    </message>
    <message>
        <source>Changes sent: %1, applied: %2; then: %3</source>
        <translation>已发送变更：%1 项，已应用：%2 项；随后：%3</translation>
    </message>
</context>
<context>
    <name>creditdesk::TableReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an Excel 97–2003 workbook (.xls) or a workbook with a password; save it from Excel without a password as &quot;Excel Workbook (.xlsx)&quot; or &quot;CSV UTF-8&quot;.</source>
        <translation>%1 是 Excel 97–2003 工作簿（.xls）或设有密码的工作簿；请在 Excel 中去掉密码，另存为“Excel 工作簿（.xlsx）”或“CSV UTF-8”。</translation>
    </message>
</context>
<context>
    <name>creditdesk::TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>creditdesk::WhitelistDialog</name>
    <message>
        <source>Show &amp;expired and revoked entries too</source>
        <translation>同时显示已到期和已撤回的条目(&amp;E)</translation>
    </message>
    <message>
        <source>Screening whitelist</source>
        <translation>比对豁免名单</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Listed subject</source>
        <translation>名单主体</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>名单记录</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Whitelist entries</source>
        <translation>豁免名单条目</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>撤回(&amp;R)…</translation>
    </message>
    <message>
        <source>Revoked by %1: %2</source>
        <translation>已由 %1 撤回：%2</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke whitelist entry %1</source>
        <translation>撤回豁免名单第 %1 条</translation>
    </message>
    <message>
        <source>The applicant is screened against the listing again from now on.</source>
        <translation>自即日起，该申请人将重新与此条名单记录比对。</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>白名单</translation>
    </message>
    <message>
        <source>%1 (desk %2)</source>
        <translation>%1（工作站 %2）</translation>
    </message>
    <message>
        <source>Clears nobody here: keyed with the office key %1, not this desk&apos;s</source>
        <translation>在本工作站不豁免任何人：经单位密钥 %1 处理，不是本工作站的密钥</translation>
    </message>
</context>
<context>
    <name>creditdesk::XlsxTableReader</name>
    <message>
        <source>%1: the workbook is damaged or cut off after row %2 (%3).</source>
        <translation>%1：工作簿在第 %2 行之后已损坏或被截断（%3）。</translation>
    </message>
    <message>
        <source>%1: not a readable XLSX workbook (%2).</source>
        <translation>%1：不是可读取的 XLSX 工作簿（%2）。</translation>
    </message>
    <message>
        <source>the archive cannot be opened, error %1</source>
        <translation>无法打开压缩包，错误代码 %1</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 cannot be unpacked</source>
        <translation>无法解压 %1</translation>
    </message>
    <message>
        <source>the shared strings cannot be unpacked</source>
        <translation>无法解压共享字符串表</translation>
    </message>
    <message>
        <source>shared strings: %1</source>
        <translation>共享字符串表：%1</translation>
    </message>
    <message>
        <source>it has no worksheet</source>
        <translation>其中没有工作表</translation>
    </message>
    <message>
        <source>XLSX</source>
        <translation>XLSX</translation>
    </message>
    <message>
        <source>XLSX, sheet %1</source>
        <translation>XLSX，工作表“%1”</translation>
    </message>
    <message>
        <source>row %1 refers to a shared string that does not exist</source>
        <translation>第 %1 行引用了不存在的共享字符串</translation>
    </message>
    <message>
        <source>row %1 has a cell beyond the last column</source>
        <translation>第 %1 行有单元格超出最后一列</translation>
    </message>
    <message>
        <source>%1: the first worksheet is empty; its first row must name the columns.</source>
        <translation>%1：第一个工作表为空；其第一行应为表头，写明各列名称。</translation>
    </message>
    <message>
        <source>%1 has data on more than one sheet (%2 and %3). CreditDesk screens one sheet: put the applicants on the first sheet, or save each sheet as a workbook of its own.</source>
        <translation>%1 有多个工作表含有数据（%2 以及 %3）。信用工作台只比对一个工作表：请把申请人放在第一个工作表中，或把每个工作表分别另存为单独的工作簿。</translation>
    </message>
</context>
<context>
    <name>creditdesk::XlsxWriter</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1: a cell cannot be written.</source>
        <translation>%1：无法写入单元格。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>XLSX cannot be written in a build with AddressSanitizer.</source>
        <translation>启用 AddressSanitizer 的构建无法写入 XLSX。</translation>
    </message>
    <message>
        <source>XLSX cannot be written: %1</source>
        <translation>无法写入 XLSX：%1</translation>
    </message>
    <message>
        <source>XLSX cannot be written: %1 lacks a function.</source>
        <translation>无法写入 XLSX：%1 缺少函数。</translation>
    </message>
</context>
<context>
    <name>creditdesk::cli</name>
    <message>
        <source>no deadline: %1</source>
        <translation>无法计算期限：%1</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>duplicate of %1</source>
        <translation>与 %1 重复</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>Act as this user.</source>
        <translation>以此用户身份执行。</translation>
    </message>
    <message>
        <source>The listing objected to.</source>
        <translation>被提出异议的名单记录。</translation>
    </message>
    <message>
        <source>court or platform.</source>
        <translation>court（法院名单纠正）或 platform（信用平台信息）。</translation>
    </message>
    <message>
        <source>Who objects.</source>
        <translation>异议申请人。</translation>
    </message>
    <message>
        <source>The applicant acts as an agent of the subject.</source>
        <translation>申请人为主体的代理人。</translation>
    </message>
    <message>
        <source>The applicant&apos;s address or telephone.</source>
        <translation>申请人的地址或电话。</translation>
    </message>
    <message>
        <source>How it arrived (default counter).</source>
        <translation>提交方式（默认 counter，即窗口提交）。</translation>
    </message>
    <message>
        <source>The day it was received.</source>
        <translation>收到日期。</translation>
    </message>
    <message>
        <source>The ground (default inaccurate).</source>
        <translation>异议事由（默认 inaccurate，即记载和公布的失信信息不准确）。</translation>
    </message>
    <message>
        <source>The grounds in the applicant&apos;s words.</source>
        <translation>申请人陈述的理由。</translation>
    </message>
    <message>
        <source>Disputed fields, comma-separated.</source>
        <translation>有异议的字段，以逗号分隔。</translation>
    </message>
    <message>
        <source>The objection.</source>
        <translation>异议编号。</translation>
    </message>
    <message>
        <source>The next state.</source>
        <translation>下一状态。</translation>
    </message>
    <message>
        <source>The day of the step (default today).</source>
        <translation>办理日期（默认今天）。</translation>
    </message>
    <message>
        <source>Why (audited).</source>
        <translation>理由（记入审计日志）。</translation>
    </message>
    <message>
        <source>The court&apos;s outcome: corrected or upheld.</source>
        <translation>法院决定的结果：corrected（已更正）或 upheld（维持，信息无误）。</translation>
    </message>
    <message>
        <source>The court&apos;s decision (document number and holding).</source>
        <translation>法院决定（文号及决定内容）。</translation>
    </message>
    <message>
        <source>A corrected field of the record.</source>
        <translation>名单记录中更正的字段。</translation>
    </message>
    <message>
        <source>The correction revokes or deletes the listing.</source>
        <translation>更正时撤销（revoked）或删除（deleted）该名单记录。</translation>
    </message>
    <message>
        <source>The version you reviewed (default: the current one).</source>
        <translation>您审核时的版本（默认：当前版本）。</translation>
    </message>
    <message>
        <source>mine, open, overdue, due-soon or all (default open).</source>
        <translation>mine（本人登记）、open（未办结）、overdue（已逾期）、due-soon（即将到期）或 all（全部）（默认 open）。</translation>
    </message>
    <message>
        <source>Count days left from this day (default today).</source>
        <translation>自该日起计算剩余期限（默认今天）。</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>要执行的操作。</translation>
    </message>
    <message>
        <source>register needs --route court|platform, --received YYYY-MM-DD, and a known --channel and --ground.</source>
        <translation>register 需要 --route court|platform、--received YYYY-MM-DD，以及有效的 --channel 和 --ground。</translation>
    </message>
    <message>
        <source>Objection %1 registered.</source>
        <translation>异议 %1 已登记。</translation>
    </message>
    <message>
        <source>Another objection on this listing is open: %1.</source>
        <translation>该名单记录另有异议正在办理：%1。</translation>
    </message>
    <message>
        <source>evidence needs --id ID and at least one FILE.</source>
        <translation>evidence 需要 --id 编号和至少一个文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 大于 %2 MB。</translation>
    </message>
    <message>
        <source>Evidence %1 stored: %2</source>
        <translation>证据材料 %1 已保存：%2</translation>
    </message>
    <message>
        <source>--to needs a state; see --help.</source>
        <translation>--to 需要指定状态；参见 --help。</translation>
    </message>
    <message>
        <source>--on needs a date as YYYY-MM-DD.</source>
        <translation>--on 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>--outcome is corrected or upheld.</source>
        <translation>--outcome 应为 corrected 或 upheld。</translation>
    </message>
    <message>
        <source>--set needs FIELD=VALUE: %1</source>
        <translation>--set 需要 字段=值：%1</translation>
    </message>
    <message>
        <source>--record is revoked or deleted.</source>
        <translation>--record 应为 revoked 或 deleted。</translation>
    </message>
    <message>
        <source>Objection %1 does not exist.</source>
        <translation>异议 %1 不存在。</translation>
    </message>
    <message>
        <source>Objection %1 is now %2.</source>
        <translation>异议 %1 当前状态：%2。</translation>
    </message>
    <message>
        <source>--queue is mine, open, overdue, due-soon or all; --today a date.</source>
        <translation>--queue 应为 mine、open、overdue、due-soon 或 all；--today 应为日期。</translation>
    </message>
    <message>
        <source>The working-day calendar.
  calendar show --db FILE --user NAME
  calendar import --db FILE --user ADMIN --year YEAR --reason TEXT FILE.csv
FILE.csv has the columns date,kind,name (kind: off or workday), one row per day the State Council&apos;s notice names.</source>
        <translation>工作日日历。
  calendar show --db 文件 --user 用户
  calendar import --db 文件 --user 管理员 --year 年份 --reason 理由 文件.csv
文件.csv 包含 date,kind,name 三列（kind：off 为放假日，workday 为调休上班日），国务院办公厅通知列明的每一天占一行。</translation>
    </message>
    <message>
        <source>The year of the notice.</source>
        <translation>通知所属年份。</translation>
    </message>
    <message>
        <source>--year needs the year of the notice, e.g. 2027.</source>
        <translation>--year 需要通知所属年份，例如 2027。</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <source>%1, field date: &quot;%2&quot; is not a date YYYY-MM-DD.</source>
        <translation>%1，字段 date：“%2”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>%1, field kind: &quot;%2&quot; is neither off nor workday.</source>
        <translation>%1，字段 kind：“%2”既不是 off 也不是 workday。</translation>
    </message>
    <message>
        <source>%1, field name: the holiday&apos;s name is missing.</source>
        <translation>%1，字段 name：缺少节日名称。</translation>
    </message>
    <message>
        <source>The %1 notice is loaded: %2 days.</source>
        <translation>已载入 %1 年节假日安排通知：共 %2 天。</translation>
    </message>
    <message>
        <source>Objections (异议).
  objection register --db FILE --user OFFICER --listing ID --route court|platform --applicant NAME
      --received DATE [--channel counter|post|online|telephone|court] [--agent] [--contact TEXT]
      [--ground not-listed|inaccurate|should-be-deleted|other] [--grounds TEXT] [--fields F,G]
  objection evidence --db FILE --user OFFICER --id ID FILE...
  objection step --db FILE --user NAME --id ID --to STATE --on DATE --reason TEXT
      [--outcome corrected|upheld] [--decision TEXT] [--set FIELD=VALUE]... [--record revoked|deleted]
      [--version N]
  objection list --db FILE --user NAME [--queue mine|open|overdue|due-soon|all] [--today DATE]
  objection show --db FILE --user NAME --id ID
  objection limits --db FILE --user ADMIN --route court|platform [--set NAME=DAYS[w]]... [--reason TEXT]
      NAME: acceptance selfCheck answer forwarding courtReview correction reconsiderationFiling
      reconsiderationDecision; w counts working days
States: submitted accepted not-accepted under-review corrected upheld undetermined forwarded-to-court
court-decided reconsideration-filed reconsideration-decided applicant-notified closed.</source>
        <translation>异议处理。
  objection register --db 文件 --user 经办人 --listing 编号 --route court|platform --applicant 姓名
      --received 日期 [--channel counter|post|online|telephone|court] [--agent] [--contact 联系方式]
      [--ground not-listed|inaccurate|should-be-deleted|other] [--grounds 异议事由] [--fields 字段,字段]
  objection evidence --db 文件 --user 经办人 --id 编号 文件...
  objection step --db 文件 --user 用户 --id 编号 --to 状态 --on 日期 --reason 理由
      [--outcome corrected|upheld] [--decision 文号及决定内容] [--set 字段=值]... [--record revoked|deleted]
      [--version N]
  objection list --db 文件 --user 用户 [--queue mine|open|overdue|due-soon|all] [--today 日期]
  objection show --db 文件 --user 用户 --id 编号
  objection limits --db 文件 --user 管理员 --route court|platform [--set 名称=天数[w]]... [--reason 理由]
      名称：acceptance（受理）selfCheck（自查）answer（书面答复）forwarding（转送法院）courtReview（法院审查）
      correction（更正）reconsiderationFiling（申请复议）reconsiderationDecision（复议决定）；w 表示按工作日计算
状态：submitted（已提交）accepted（已受理）not-accepted（不予受理）under-review（核查中）corrected（已更正）
upheld（维持）undetermined（无法确认）forwarded-to-court（已转法院）court-decided（法院已决定）
reconsideration-filed（已申请复议）reconsideration-decided（复议已决定）applicant-notified（已告知申请人）closed（已办结）。</translation>
    </message>
    <message>
        <source>limits needs --route court or platform.</source>
        <translation>limits 需要 --route court 或 platform。</translation>
    </message>
    <message>
        <source>--set needs NAME=DAYS or NAME=DAYSw with a known name: %1</source>
        <translation>--set 需要 名称=天数 或 名称=天数w，名称须为已知项：%1</translation>
    </message>
    <message>
        <source>Rule set: %1 (%2)</source>
        <translation>适用规定：%1（%2）</translation>
    </message>
    <message>
        <source>Earliest repair date: %1</source>
        <translation>最早可修复日期：%1</translation>
    </message>
    <message>
        <source>Publication stops by itself on: %1</source>
        <translation>自动停止公示日期：%1</translation>
    </message>
    <message>
        <source>Eligible.</source>
        <translation>符合修复条件。</translation>
    </message>
    <message>
        <source>Not eligible.</source>
        <translation>不符合修复条件。</translation>
    </message>
    <message>
        <source>Credit repair of administrative breach information (信用修复).
  repair list --db FILE --user NAME [--all] [--today DATE]
  repair eligibility --db FILE --user NAME --breach ID [--on DATE]
  repair register --db FILE --user OFFICER --breach ID --applicant NAME --received DATE --statement TEXT
  repair evidence --db FILE --user OFFICER --id ID --kind performance|commitment|other FILE...
  repair step --db FILE --user NAME --id ID --to accepted|not-accepted|repaired|refused|withdrawn
      --on DATE --reason TEXT
  repair rules --db FILE --user NAME [--import CSV --reason TEXT]</source>
        <translation>行政失信信息的信用修复。
  repair list --db 文件 --user 用户 [--all] [--today 日期]
  repair eligibility --db 文件 --user 用户 --breach 编号 [--on 日期]
  repair register --db 文件 --user 经办人 --breach 编号 --applicant 姓名 --received 日期 --statement 陈述
  repair evidence --db 文件 --user 经办人 --id 编号 --kind performance|commitment|other 文件...
  repair step --db 文件 --user 用户 --id 编号 --to accepted|not-accepted|repaired|refused|withdrawn
      --on 日期 --reason 理由
  repair rules --db 文件 --user 用户 [--import CSV --reason 理由]</translation>
    </message>
    <message>
        <source>Decided and withdrawn applications too.</source>
        <translation>同时列出已决定和已撤回的申请。</translation>
    </message>
    <message>
        <source>The breach information.</source>
        <translation>失信信息编号。</translation>
    </message>
    <message>
        <source>The day (default today).</source>
        <translation>日期（默认今天）。</translation>
    </message>
    <message>
        <source>Who applies.</source>
        <translation>申请人。</translation>
    </message>
    <message>
        <source>What the applicant corrected and performed.</source>
        <translation>申请人纠正失信行为、履行义务的情况。</translation>
    </message>
    <message>
        <source>The application.</source>
        <translation>申请编号。</translation>
    </message>
    <message>
        <source>performance, commitment or other.</source>
        <translation>performance（履行证明）、commitment（信用承诺书）或 other（其他材料）。</translation>
    </message>
    <message>
        <source>A rule set file (see resources/reference/repair-rule-sets.csv).</source>
        <translation>规则版本文件（参见 resources/reference/repair-rule-sets.csv）。</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <source>register needs --received YYYY-MM-DD.</source>
        <translation>register 需要 --received YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Repair application %1 registered.</source>
        <translation>信用修复申请 %1 已登记。</translation>
    </message>
    <message>
        <source>evidence needs --id ID, --kind performance|commitment|other and at least one FILE.</source>
        <translation>evidence 需要 --id 编号、--kind performance|commitment|other 以及至少一个文件。</translation>
    </message>
    <message>
        <source>step needs --id of an application and --to a state; see --help.</source>
        <translation>step 需要 --id 申请编号和 --to 状态；参见 --help。</translation>
    </message>
    <message>
        <source>Application %1 is now %2.</source>
        <translation>申请 %1 当前状态：%2。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>The court&apos;s revocations and deletions, mirrored (SPC rules Art. 9–10), and the expiry job.
  listing leave --db FILE --user OFFICER --listing ID --kind deletion|revocation
      [--event performed|settlement|creditor|round-terminated|suspended|refused|terminated|period-ended]
      --decided DATE --reason TEXT [--document TEXT] [--creditor NAME]
  listing expired --db FILE --user NAME [--today DATE]      lists what the expiry job proposes
  listing expire --db FILE --user OFFICER --reason TEXT     confirms that proposal</source>
        <translation>法院撤销和删除决定的同步（《若干规定》第九条、第十条）及到期检查。
  listing leave --db 文件 --user 经办人 --listing 编号 --kind deletion|revocation
      [--event performed|settlement|creditor|round-terminated|suspended|refused|terminated|period-ended]
      --decided 日期 --reason 理由 [--document 文书] [--creditor 申请执行人]
  listing expired --db 文件 --user 用户 [--today 日期]      列出到期检查拟处理的记录
  listing expire --db 文件 --user 经办人 --reason 理由      确认该处理方案</translation>
    </message>
    <message>
        <source>The listing.</source>
        <translation>名单记录。</translation>
    </message>
    <message>
        <source>deletion or revocation.</source>
        <translation>deletion（删除）或 revocation（撤销）。</translation>
    </message>
    <message>
        <source>The Art. 10 event of a deletion.</source>
        <translation>删除所依据的第十条情形。</translation>
    </message>
    <message>
        <source>The day the court decided.</source>
        <translation>法院作出决定的日期。</translation>
    </message>
    <message>
        <source>The court&apos;s decision document.</source>
        <translation>法院的决定文书。</translation>
    </message>
    <message>
        <source>The creditor who applied for the deletion.</source>
        <translation>申请删除的申请执行人。</translation>
    </message>
    <message>
        <source>The day to look from (default today).</source>
        <translation>查看的基准日期（默认今天）。</translation>
    </message>
    <message>
        <source>--kind is deletion or revocation.</source>
        <translation>--kind 应为 deletion 或 revocation。</translation>
    </message>
    <message>
        <source>--event: unknown event; see --help.</source>
        <translation>--event：未知情形；参见 --help。</translation>
    </message>
    <message>
        <source>--decided needs a date as YYYY-MM-DD.</source>
        <translation>--decided 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Listing %1 does not exist.</source>
        <translation>名单记录 %1 不存在。</translation>
    </message>
    <message>
        <source>Recorded (%1).</source>
        <translation>已登记（%1）。</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Listings deleted: %1; items of breach information stopped: %2; skipped: %3.</source>
        <translation>已删除 %1 条名单记录，已停止公示 %2 条失信信息，跳过 %3 条。</translation>
    </message>
    <message>
        <source>overdue by %1 working days</source>
        <translation>已逾期 %1 个工作日</translation>
    </message>
    <message>
        <source>Screens a file of applicants against the list and records the batch.
  screen --db FILE --user OFFICER INPUT --out RESULT.csv [--threshold T] [--review R] [--skip-bad-rows]
         [--today DATE]
INPUT: CSV (UTF-8, UTF-8 with BOM, GB18030/GBK) or XLSX with a header row (姓名/名称, 证件号码,
统一社会信用代码, 法定代表人, 编号; or name, id_number, credit_code, legal_representative, reference).
Exit status: 0 no applicant hits a listing in force, 3 at least one does, 2 the input is unusable
(nothing recorded), 1 another failure. The result format is described in docs/screening.md.</source>
        <translation>将申请人文件与名单进行比对，并记录该批次。
  screen --db 文件 --user 经办人 输入文件 --out 结果.csv [--threshold T] [--review R] [--skip-bad-rows]
         [--today DATE]
输入文件：带表头行的 CSV（UTF-8、带 BOM 的 UTF-8、GB18030/GBK）或 XLSX（表头：姓名/名称、证件号码、
统一社会信用代码、法定代表人、编号；或 name、id_number、credit_code、legal_representative、reference）。
退出码：0 表示没有申请人命中有效名单记录，3 表示至少一名申请人命中，2 表示输入文件无法使用
（未记录任何内容），1 表示其他错误。结果格式参见 docs/screening.md。</translation>
    </message>
    <message>
        <source>Where to write the result (CSV, UTF-8 with BOM).</source>
        <translation>结果文件的写入位置（CSV 格式，带 BOM 的 UTF-8 编码）。</translation>
    </message>
    <message>
        <source>The score from which a match is a hit (default 0.80).</source>
        <translation>匹配分值达到此值即为命中（默认 0.80）。</translation>
    </message>
    <message>
        <source>The score from which a match is shown for review (default 0.60).</source>
        <translation>匹配分值达到此值即列为疑似命中，待核实（默认 0.60）。</translation>
    </message>
    <message>
        <source>Screen the good rows when some cannot be read; list the others.</source>
        <translation>部分行无法读取时，仍比对其余正常的行，并列出无法读取的行。</translation>
    </message>
    <message>
        <source>Screen against the listings in force on this day (default today).</source>
        <translation>按该日有效的名单记录进行比对（默认今天）。</translation>
    </message>
    <message>
        <source>The applicants&apos; file.</source>
        <translation>申请人文件。</translation>
    </message>
    <message>
        <source>--threshold and --review take numbers between 0 and 1.</source>
        <translation>--threshold 和 --review 应为 0 至 1 之间的数字。</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD.</source>
        <translation>--today 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Batch %1: applicants screened %2 (%3); hits %4, to review %5, listed in the past only %6, rows skipped %7.</source>
        <translation>批次 %1：已比对 %2 名申请人（%3），命中 %4 名，待核实 %5 名，仅有历史失信记录 %6 名，跳过 %7 行。</translation>
    </message>
    <message>
        <source>The same file was screened in batch %1; rows with another result now: %2.</source>
        <translation>同一文件已在批次 %1 中比对过；现有 %2 行的比对结果与当时不同。</translation>
    </message>
    <message>
        <source>Notices (文书) and the notice register.
  notice batch --db FILE --user OFFICER --type TYPE --out DIR [--limit N] [--language zh_CN|en]
      issues notices of TYPE for the first N eligible subjects and writes their PDFs to DIR;
      ends with notices_per_s=&lt;n&gt;. TYPE listing: the listing notice (纳入名单告知书).
  notice verify --db FILE --user NAME CODE-OR-SERIAL
      says whether a notice is genuine and current; exit 0 genuine and current, 3 superseded
      by a reissue, 4 unknown or altered.</source>
        <translation>文书及文书登记簿。
  notice batch --db 文件 --user 经办人 --type 类型 --out 目录 [--limit N] [--language zh_CN|en]
      为前 N 个符合条件的主体制发该类文书，并将 PDF 写入目录；
      最后一行为 notices_per_s=&lt;n&gt;。类型 listing：纳入名单告知书。
  notice verify --db 文件 --user 用户 验证码或文号
      核验文书是否真实、是否为现行版本；真实且现行时退出码为 0，已被重新制发的版本取代时为 3，
      不存在或被篡改时为 4。</translation>
    </message>
    <message>
        <source>The folder the PDFs go to.</source>
        <translation>PDF 文件写入的文件夹。</translation>
    </message>
    <message>
        <source>At most N notices (default 100).</source>
        <translation>最多 N 份文书（默认 100）。</translation>
    </message>
    <message>
        <source>The notices&apos; language: zh_CN (default) or en.</source>
        <translation>文书语言：zh_CN（默认）或 en。</translation>
    </message>
    <message>
        <source>The day of issue (default today).</source>
        <translation>成文日期（默认今天）。</translation>
    </message>
    <message>
        <source>--language must be zh_CN or en.</source>
        <translation>--language 应为 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Not in the register, or altered: not genuine.</source>
        <translation>登记簿中没有该文书，或文书已被篡改：不是真实文书。</translation>
    </message>
    <message>
        <source>Genuine: %1, version %2, %3, issued %4 to %5.</source>
        <translation>真实文书：%1，第 %2 版，%3，于 %4 向 %5 制发。</translation>
    </message>
    <message>
        <source>Superseded: version %1 was issued since.</source>
        <translation>已被取代：此后已制发第 %1 版。</translation>
    </message>
    <message>
        <source>Current.</source>
        <translation>现行版本。</translation>
    </message>
    <message>
        <source>Unknown notice type %1; see docs/notices.md.</source>
        <translation>未知的文书类型 %1；见 docs/notices.md。</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 1000000.</source>
        <translation>--limit 应为 1 至 1000000 之间的数字。</translation>
    </message>
    <message>
        <source>%1 notices written to %2 in %3 s.</source>
        <translation>已将 %1 份文书写入 %2，用时 %3 秒。</translation>
    </message>
    <message>
        <source>The notice type: listing, objection-accepted, objection-not-accepted, objection-decision, repair-decision, deletion or measure-push.</source>
        <translation>文书类型：listing（纳入名单告知书）、objection-accepted（异议受理通知书）、objection-not-accepted（异议不予受理通知书）、objection-decision（异议处理决定书）、repair-decision（信用修复决定书）、deletion（删除及解除惩戒通知）或 measure-push（联合惩戒推送通知）。</translation>
    </message>
    <message>
        <source>Applies a package from the credit platform (docs/exchange-format.md): every record is checked
first, then all are written in one transaction, or none.
  import --db FILE --user NAME PACKAGE
Exit status: 0 applied (or applied before: nothing changes), 2 rejected (nothing written; each
fault listed with line, field and reason), 4 kept to wait for an earlier package of its source,
1 another failure.</source>
        <translation>应用信用平台的交换包（见 docs/exchange-format.md）：先检查每条记录，
再在一个事务中全部写入，或全部不写入。
  import --db 文件 --user 用户 交换包
退出码：0 已应用（或此前已应用：不作改动），2 已拒绝（未写入任何内容；逐条列出
问题所在的行、字段和原因），4 已保存，等待同一来源更早的交换包，1 其他错误。</translation>
    </message>
    <message>
        <source>The package file.</source>
        <translation>交换包文件。</translation>
    </message>
    <message>
        <source>Waiting package %1 applied after it.</source>
        <translation>随后已应用等待中的交换包 %1。</translation>
    </message>
    <message>
        <source>Package %1 was applied before; nothing changed.</source>
        <translation>交换包 %1 此前已应用；未作改动。</translation>
    </message>
    <message>
        <source>Package %1 is ahead of its sequence; it waits for the packages before it.</source>
        <translation>交换包 %1 早于其顺序到达；将等待之前的交换包。</translation>
    </message>
    <message>
        <source>Package %1 rejected; nothing was written:</source>
        <translation>交换包 %1 已被拒绝；未写入任何内容：</translation>
    </message>
    <message>
        <source>The last outgoing package the platform has (0: none).</source>
        <translation>信用平台已收到的最后一个上报交换包（0：无）。</translation>
    </message>
    <message>
        <source>The package file to write.</source>
        <translation>要写出的交换包文件。</translation>
    </message>
    <message>
        <source>Writes the departments&apos; feedback, objection and repair outcomes and measure liftings recorded
since outgoing package SEQ (0: all) as this office&apos;s next outgoing package.
  export-feedback --db FILE --user NAME --since SEQ --out PACKAGE [--source NAME]</source>
        <translation>将上报交换包 序号 之后（0：全部）记录的部门执行反馈、异议和信用修复办理结果以及
措施解除情况，写为本机关的下一个上报交换包。
  export-feedback --db 文件 --user 用户 --since 序号 --out 交换包 [--source 名称]</translation>
    </message>
    <message>
        <source>This office&apos;s name as the source of its packages (remembered).</source>
        <translation>本机关作为交换包来源的名称（将被记住）。</translation>
    </message>
    <message>
        <source>The central PostgreSQL server that several offices share (docs/central-server.md).
  server status --server postgresql://USER@HOST:PORT/DATABASE
  server migrate --server postgresql://USER@HOST:PORT/DATABASE
status prints the server&apos;s schema version; migrate makes or updates the schema (an
administrator of the server&apos;s database runs it once per CreditDesk version). The password
comes from CREDITDESK_SERVER_PASSWORD or is asked for.</source>
        <translation>多个机关共用的 PostgreSQL 中心服务器（见 docs/central-server.md）。
  server status --server postgresql://用户@主机:端口/数据库
  server migrate --server postgresql://用户@主机:端口/数据库
status 显示服务器的数据库结构版本；migrate 创建或更新数据库结构（由服务器数据库的
管理员在每个信用工作台版本执行一次）。密码取自 CREDITDESK_SERVER_PASSWORD，或在提示时输入。</translation>
    </message>
    <message>
        <source>The server&apos;s address.</source>
        <translation>服务器地址。</translation>
    </message>
    <message>
        <source>status or migrate.</source>
        <translation>status 或 migrate。</translation>
    </message>
    <message>
        <source>Password of %1 on the server: </source>
        <translation>%1 在服务器上的密码：</translation>
    </message>
    <message>
        <source>Server schema brought from version %1 to %2.</source>
        <translation>服务器数据库结构已从第 %1 版更新到第 %2 版。</translation>
    </message>
    <message>
        <source>Server schema version %1; this CreditDesk needs %2.</source>
        <translation>服务器数据库结构为第 %1 版；本信用工作台需要第 %2 版。</translation>
    </message>
    <message>
        <source>This desk&apos;s name on the server.</source>
        <translation>本工作站在服务器上的名称。</translation>
    </message>
    <message>
        <source>This desk&apos;s office.</source>
        <translation>本工作站所属单位。</translation>
    </message>
    <message>
        <source>Resolved conflicts as well.</source>
        <translation>同时列出已处理的冲突。</translation>
    </message>
    <message>
        <source>The conflict to resolve.</source>
        <translation>要处理的冲突。</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>理由。</translation>
    </message>
    <message>
        <source>sync join needs --server, --desk and --office.</source>
        <translation>sync join 需要 --server、--desk 和 --office。</translation>
    </message>
    <message>
        <source>This desk joined %1 as %2.</source>
        <translation>本工作站已以 %2 的名称加入 %1。</translation>
    </message>
    <message>
        <source>--conflict takes a conflict&apos;s number.</source>
        <translation>--conflict 的值应为冲突编号。</translation>
    </message>
    <message>
        <source>Conflict %1 resolved.</source>
        <translation>冲突 %1 已处理。</translation>
    </message>
    <message>
        <source>This desk has not joined a server (sync join).</source>
        <translation>本工作站尚未加入服务器（sync join）。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Stopped at a change this desk cannot apply yet: it needs %1.</source>
        <translation>停在一项本工作站暂时无法应用的变更：需要%1。</translation>
    </message>
    <message>
        <source>%1 conflicts wait for an officer (sync conflicts).</source>
        <translation>%1 个冲突待经办人处理（sync conflicts）。</translation>
    </message>
    <message>
        <source>other-decision-stands or take-step-again.</source>
        <translation>other-decision-stands（维持另一工作站的决定）或 take-step-again（将重新办理）。</translation>
    </message>
    <message>
        <source>sync resolve needs --conflict, --reason and --resolution other-decision-stands or take-step-again.</source>
        <translation>sync resolve 需要 --conflict、--reason 以及 --resolution other-decision-stands 或 take-step-again。</translation>
    </message>
    <message>
        <source>%1 cases changed by other desks have steps of this desk not sent yet: those steps will come back as conflicts.</source>
        <translation>有 %1 件案件已被其他工作站变更，而本工作站对其的步骤尚未发送：这些步骤将作为冲突返回。</translation>
    </message>
    <message>
        <source>%1 feedback entries of other desks are set aside on this desk: their measure application has not arrived (import the credit platform&apos;s packages), or this version refuses them (audit entries sync.set_aside say why). Each run tries them again.</source>
        <translation>其他工作站的 %1 条执行反馈在本工作站暂缓应用：相应的措施实施记录尚未收到（请导入信用平台的交换包），或本版本不接受（原因见审计记录 sync.set_aside）。每次运行 run 都会重新尝试。</translation>
    </message>
    <message>
        <source>Changes sent: %1 (accepted: %2; refused as conflicts: %3). Changes of other desks applied: %4 (new cases: %5; new feedback entries: %6; new breach information: %7; court decisions mirrored: %8). Caught up to change %9 of the server.</source>
        <translation>已发送变更：%1 项（接受 %2 项；因冲突未被接受 %3 项）。已应用其他工作站的变更：%4 项（新案件 %5 件；新执行反馈 %6 条；新失信信息 %7 条；法院决定 %8 项）。已同步至服务器第 %9 项变更。</translation>
    </message>
    <message>
        <source>%1 corrections approved on other desks were not made here: the field had been changed on this desk since (the listing&apos;s history and audit entries sync.apply name them).</source>
        <translation>其他工作站同意的 %1 条更正未在本工作站执行：该字段此后已在本工作站被修改（名单历史和审计日志 sync.apply 列明）。</translation>
    </message>
    <message>
        <source>Applicants cleared on other desks (whitelist entries): %1; screening on this desk clears them too.</source>
        <translation>其他工作站列入豁免名单的申请人：%1 名；本工作站比对时同样予以豁免。</translation>
    </message>
    <message>
        <source>Batch %1 is recorded; export its results from the Screening page.</source>
        <translation>批次 %1 已记录；可在“比对”页面导出其结果。</translation>
    </message>
    <message>
        <source>%1, field date: %2 is on line %3 as well.</source>
        <translation>%1，字段 date：%2 在第 %3 行也已出现。</translation>
    </message>
    <message>
        <source>Not taken: %1</source>
        <translation>未采用：%1</translation>
    </message>
    <message>
        <source>Entries: %1; more waiting: %2</source>
        <translation>共 %1 条；还有更多待处理：%2</translation>
    </message>
    <message numerus="yes">
        <source>Package %1 applied: %n record(s) in %2 s.</source>
        <translation>
            <numerusform>交换包 %1 已应用：%n 条记录，用时 %2 秒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Package %1 (sequence %2): %n record(s) written to %3.</source>
        <translation>
            <numerusform>交换包 %1（序号 %2）：已将 %n 条记录写入 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Desk %1 of %2 on %3; caught up to change %4 of the server; last synchronised %5; changes to send: %6; open conflicts: %7; feedback entries of other desks set aside: %8.</source>
        <translation>工作站 %1（%2），服务器 %3；已同步至服务器第 %4 项变更；上次同步 %5；待发送变更：%6 项；待处理冲突：%7 个；暂缓应用的其他工作站执行反馈：%8 条。</translation>
    </message>
    <message>
        <source>Package %1 could not be imported here; nothing was written:</source>
        <translation>交换包 %1 无法在本工作站导入；未写入任何内容：</translation>
    </message>
    <message>
        <source>sync office-key takes one of --new, --set and --show.</source>
        <translation>sync office-key 只能使用 --new、--set 和 --show 中的一项。</translation>
    </message>
    <message>
        <source>This desk has this office key already (%1); nothing changed.</source>
        <translation>本工作站已有此单位密钥（%1）；未作改动。</translation>
    </message>
    <message>
        <source>The office key above is set on this desk. Set it on each other desk of the office (sync office-key --set) and keep it from the central server&apos;s administrators.</source>
        <translation>上述单位密钥已在本工作站设置。请在本单位其他每台工作站设置（sync office-key --set），并且不要让中心服务器的管理员得到它。</translation>
    </message>
    <message>
        <source>Office key %1, set by %2 at %3.</source>
        <translation>单位密钥 %1，由 %2 于 %3 设置。</translation>
    </message>
    <message>
        <source>This desk&apos;s synchronisation with the central server (docs/central-server.md).
  sync join --db FILE --user NAME --server ADDRESS --desk NAME --office NAME
  sync run --db FILE --user NAME
  sync status --db FILE --user NAME
  sync conflicts --db FILE --user NAME [--all]
  sync resolve --db FILE --user NAME --conflict N --resolution other-decision-stands|take-step-again --reason TEXT
  sync office-key --db FILE --user NAME [--new | --set | --show] [--reason TEXT]
office-key names the desk&apos;s office key by its fingerprint; --new makes the office&apos;s key (on its
first desk) and prints it, --set reads the key another desk printed from standard input, --show
prints it again (each with --reason, audited). Whitelist entries travel only keyed with it.
run sends this desk&apos;s objection steps, feedback entries, breach information and repair steps
and files, and applies the other desks&apos;.
Exit status of run: 0 done, 3 done but conflicts wait for an officer, 4 stopped at a change
this desk cannot apply yet, 1 another failure. The server&apos;s password comes from CREDITDESK_SERVER_PASSWORD or is asked for.</source>
        <translation>本工作站与中心服务器的同步（见 docs/central-server.md）。
  sync join --db 文件 --user 用户 --server 地址 --desk 名称 --office 单位
  sync run --db 文件 --user 用户
  sync status --db 文件 --user 用户
  sync conflicts --db 文件 --user 用户 [--all]
  sync resolve --db 文件 --user 用户 --conflict N --resolution other-decision-stands|take-step-again --reason 理由
  sync office-key --db 文件 --user 用户 [--new | --set | --show] [--reason 理由]
office-key 以指纹显示本工作站的单位密钥；--new 生成本单位的密钥（在第一台工作站）并显示，
--set 从标准输入读取另一工作站显示的密钥，--show 再次显示密钥（均需 --reason，记入审计日志）。
豁免名单条目只在经单位密钥处理后同步。
run 发送本工作站的异议办理步骤、执行反馈、失信信息和信用修复步骤及材料，
并应用其他工作站的变更。
run 的退出状态：0 完成，3 完成但有冲突待经办人处理，4 停在一项本工作站暂时无法应用的变更，
1 其他失败。服务器密码取自 CREDITDESK_SERVER_PASSWORD 或在提示时输入。</translation>
    </message>
    <message>
        <source>office-key: make the office&apos;s key on its first desk.</source>
        <translation>office-key：在本单位第一台工作站生成单位密钥。</translation>
    </message>
    <message>
        <source>office-key: set the key read from standard input.</source>
        <translation>office-key：设置从标准输入读取的密钥。</translation>
    </message>
    <message>
        <source>office-key: print the key, to set it on another desk.</source>
        <translation>office-key：显示密钥，以便在另一工作站设置。</translation>
    </message>
    <message>
        <source>join, run, status, conflicts, resolve or office-key.</source>
        <translation>join、run、status、conflicts、resolve 或 office-key。</translation>
    </message>
    <message>
        <source>Office key (as another desk of the office shows it): </source>
        <translation>单位密钥（按本单位另一工作站显示的输入）：</translation>
    </message>
    <message>
        <source>This desk has no office key: its whitelist entries are not shared until it has one (sync office-key --new or --set).</source>
        <translation>本工作站尚无单位密钥：设置之前，其豁免名单条目不同步（sync office-key --new 或 --set）。</translation>
    </message>
    <message>
        <source>Of the changes to send, whitelist changes kept until this desk has the office key (sync office-key): %1.</source>
        <translation>待发送的变更中，等待本工作站设置单位密钥（sync office-key）的豁免名单变更：%1 项。</translation>
    </message>
    <message>
        <source>%1 whitelist entries of other desks are keyed with another office key than this desk&apos;s and clear nobody here: the desks of one office share one key (sync office-key).</source>
        <translation>其他工作站的 %1 条豁免名单条目使用的单位密钥与本工作站不同，在本工作站不豁免任何人：同一单位的各工作站应使用同一密钥（sync office-key）。</translation>
    </message>
    <message>
        <source>sync office-key --new, --set and --show need --reason: the office key&apos;s use is audited.</source>
        <translation>sync office-key 的 --new、--set 和 --show 需要 --reason：单位密钥的使用记入审计日志。</translation>
    </message>
    <message>
        <source>Office key %1 set; whitelist entries keyed with it: %2; whitelist changes kept back for it, sent at the next synchronisation: %3.</source>
        <translation>单位密钥 %1 已设置；经其处理的豁免名单条目：%2 条；此前等待该密钥、将在下次同步时发送的豁免名单变更：%3 项。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Preparing the demo database…</source>
        <translation>正在准备演示数据库…</translation>
    </message>
    <message>
        <source>CreditDesk</source>
        <translation>信用工作台</translation>
    </message>
    <message>
        <source>The demo database could not be created:
%1</source>
        <translation>无法创建演示数据库：
%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>The quick integrity check found a problem:
%1

Stop entering data. An administrator restores the latest backup with
  creditdesk-cli restore --db FILE --from BACKUP --user NAME
Latest backup: %2</source>
        <translation>快速完整性检查发现问题：
%1

请停止录入数据。由管理员用以下命令恢复最新备份：
  creditdesk-cli restore --db 文件 --from 备份 --user 用户
最新备份：%2</translation>
    </message>
    <message>
        <source>none found in %1</source>
        <translation>%1 中没有备份</translation>
    </message>
    <message>
        <source>%1 does not exist. Create a new, empty CreditDesk database there?</source>
        <translation>%1 不存在。是否在此新建一个空的信用工作台数据库？</translation>
    </message>
    <message>
        <source>New database prepared</source>
        <translation>新数据库初始化</translation>
    </message>
    <message>
        <source>Updating the database to this version…</source>
        <translation>正在将数据库升级到当前版本…</translation>
    </message>
</context>
</TS>
