<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConsoleOptions</name>
    <message>
        <location filename="../app/payops/consoleoptions.cpp" line="+69"/>
        <source>PayOps Console — operations console for a payment system.</source>
        <translation>PayOps 控制台——支付系统运维控制台。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the database file PATH.</source>
        <translation>使用数据库文件 PATH。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the targets of a Prometheus file_sd JSON FILE and poll them.</source>
        <translation>从 Prometheus file_sd JSON 文件 FILE 导入目标并轮询它们。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a picture of the window to PATH once the first data is in, then quit.</source>
        <translation>收到首批数据后将窗口截图保存到 PATH，然后退出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit after SECONDS.</source>
        <translation>SECONDS 秒后退出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language: en or zh_CN (default: the system&apos;s).</source>
        <translation>界面语言：en 或 zh_CN（默认跟随系统）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour theme: light or dark (default: the last one used).</source>
        <translation>配色主题：light 或 dark（默认沿用上次的选择）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the view NAME: dashboard, services, alerts, incidents, tasks, knowledge, playbooks or contacts.</source>
        <translation>打开视图 NAME：dashboard、services、alerts、incidents、tasks、knowledge、playbooks 或 contacts。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window size in pixels, e.g. 1920x1080 (for screenshots).</source>
        <translation>窗口尺寸（像素），例如 1920x1080（用于截图）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline mode: the knowledge base, playbooks and contacts only; nothing is polled.</source>
        <translation>离线模式：仅知识库、应急预案和通讯录，不轮询任何服务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the metrics and their history from the Prometheus server at URL instead of polling the services.</source>
        <translation>从位于 URL 的 Prometheus 服务器获取指标及其历史数据，而不是直接轮询各服务。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the bearer token in FILE to Prometheus (the file must be private: mode 0600).</source>
        <translation>向 Prometheus 发送 FILE 中的 Bearer 令牌（该文件必须仅属主可读写：权限 0600）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify Prometheus&apos; TLS certificate with the CA certificates in FILE instead of the system&apos;s.</source>
        <translation>使用 FILE 中的 CA 证书（而非系统证书）校验 Prometheus 的 TLS 证书。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the bearer token even over plain http:// (insecure: anyone on the way can read it).</source>
        <translation>即使通过明文 http:// 也发送 Bearer 令牌（不安全：传输途中的任何人都能读取它）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wall display: full screen, read-only, rotating pages; leave with Ctrl+Shift+Q twice.</source>
        <translation>大屏显示：全屏、只读、页面轮播；按两次 Ctrl+Shift+Q 退出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The wall&apos;s monitor, by number (0, 1, …) or name (remembered).</source>
        <translation>大屏所用的显示器，按编号（0、1、…）或名称指定（会被记住）。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>--pages: the wall has no page &quot;%1&quot;; it shows %2.</source>
        <translation>--pages：大屏没有页面“%1”；可用的页面为 %2。</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Show each wall page for SECONDS (default 20).</source>
        <translation>每个大屏页面显示 SECONDS 秒（默认 20）。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The wall&apos;s pages in rotation order, comma-separated: dashboard,services,alerts,incidents.</source>
        <translation>大屏轮播的页面顺序，用逗号分隔：dashboard,services,alerts,incidents。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before opening the database, replace its content with the verified backup FILE (the current content is kept beside it). Tasks ▸ Restore This Backup… starts the console again with it.</source>
        <translation>打开数据库之前，用经过校验的备份 FILE 替换其内容（当前内容另存在旁边）。“任务 ▸ 恢复此备份…”会用此选项重新启动控制台。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--quit-after needs a number of seconds above zero, not &quot;%1&quot;.</source>
        <translation>--quit-after 需要大于零的秒数，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--lang takes en or zh_CN, not &quot;%1&quot;.</source>
        <translation>--lang 只接受 en 或 zh_CN，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--theme takes light or dark, not &quot;%1&quot;.</source>
        <translation>--theme 只接受 light 或 dark，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--prometheus takes an http or https URL, e.g. https://prometheus.example:9090, not &quot;%1&quot;.</source>
        <translation>--prometheus 需要 http 或 https 地址，例如 https://prometheus.example:9090，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--prometheus-token-file with a plain http:// URL would send the token unencrypted: use an https:// URL, or add --prometheus-allow-insecure-token to accept the risk.</source>
        <translation>--prometheus-token-file 配合明文 http:// 地址会以未加密方式发送令牌：请使用 https:// 地址，或添加 --prometheus-allow-insecure-token 以接受此风险。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--prometheus-token-file, --prometheus-ca-file and --prometheus-allow-insecure-token need --prometheus URL.</source>
        <translation>--prometheus-token-file、--prometheus-ca-file 和 --prometheus-allow-insecure-token 需要配合 --prometheus URL 使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--restore-backup is not for a wall display: it only reads the database.</source>
        <translation>--restore-backup 不适用于大屏显示：大屏只读取数据库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--screen, --pages and --rotate need --wall.</source>
        <translation>--screen、--pages 和 --rotate 需要与 --wall 一起使用。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--pages needs at least one page: %1.</source>
        <translation>--pages 至少需要一个页面：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--rotate needs a whole number of seconds, 5 or more, not &quot;%1&quot;.</source>
        <translation>--rotate 需要不小于 5 的整数秒，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--wall shows live data: it cannot be combined with --kb.</source>
        <translation>--wall 显示实时数据，不能与 --kb 同时使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--wall polls the targets itself; --prometheus is not supported on a wall yet.</source>
        <translation>--wall 自行轮询目标；大屏暂不支持 --prometheus。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--window-size takes WIDTHxHEIGHT in pixels, e.g. 1920x1080, not &quot;%1&quot;.</source>
        <translation>--window-size 需要以像素表示的 宽x高，例如 1920x1080，而不是 &quot;%1&quot;。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/storage/database.cpp" line="+64"/>
        <source>The database file %1 is not a PayOps database (it is not an SQLite file). It was left untouched. Choose another file with --db, or move this one away.</source>
        <translation>数据库文件 %1 不是 PayOps 数据库（它不是 SQLite 文件）。该文件未被改动。请用 --db 选择其他文件，或将此文件移走。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database file %1 is not a PayOps database (it is an SQLite database of another program). It was left untouched. Choose another file with --db.</source>
        <translation>数据库文件 %1 不是 PayOps 数据库（它是其他程序的 SQLite 数据库）。该文件未被改动。请用 --db 选择其他文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database path %1 is a folder or a special file, not a database file. Choose a file name with --db.</source>
        <translation>数据库路径 %1 是文件夹或特殊文件，而不是数据库文件。请用 --db 指定一个文件名。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database file %1 is damaged (SQLite&apos;s integrity check found errors). It was left untouched. Restore it from the last backup, or move it away so that PayOps starts with a new one.</source>
        <translation>数据库文件 %1 已损坏（SQLite 完整性检查发现错误）。该文件未被改动。请从最近的备份恢复，或将其移走，使 PayOps 以新数据库启动。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database file %1 is read-only (its owner has no write permission), and PayOps needs to write to it. It was left untouched. Make it writable (for example: chmod u+w) or choose another file with --db.</source>
        <translation>数据库文件 %1 为只读（其所有者没有写权限），而 PayOps 需要写入该文件。该文件未被改动。请使其可写（例如：chmod u+w），或用 --db 选择其他文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder %1 that holds the database file %2 is read-only. PayOps keeps its database in write-ahead-log mode, which needs to create the files %3-wal and %3-shm beside it. The file was left untouched. Make the folder writable or choose another location with --db.</source>
        <translation>存放数据库文件 %2 的文件夹 %1 为只读。PayOps 以预写日志（WAL）模式使用数据库，需要在其旁边创建 %3-wal 和 %3-shm 文件。该文件未被改动。请使该文件夹可写，或用 --db 选择其他位置。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder %1 is read-only, so PayOps cannot create its database file %2 there. Make the folder writable or choose another location with --db.</source>
        <translation>文件夹 %1 为只读，PayOps 无法在其中创建数据库文件 %2。请使该文件夹可写，或用 --db 选择其他位置。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PayOps cannot create its database file %1: %2</source>
        <translation>PayOps 无法创建数据库文件 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file %1 was written by a newer version of PayOps (schema version %2; this version knows up to %3). It was left untouched. Use the newer PayOps, or choose another file with --db.</source>
        <translation>数据库文件 %1 由更新版本的 PayOps 写入（架构版本 %2；当前版本最高支持 %3）。该文件未被改动。请使用更新版本的 PayOps，或用 --db 选择其他文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database file %1 does not exist. Nothing was created.</source>
        <translation>数据库文件 %1 不存在。未创建任何文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file %1 is locked by another program (perhaps another PayOps). Close it and try again.</source>
        <translation>数据库文件 %1 已被其他程序（可能是另一个 PayOps）锁定。请关闭该程序后重试。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PayOps cannot open the database file %1: %2</source>
        <translation>PayOps 无法打开数据库文件 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PayOps could not update the database file %1 to schema version %2 (%3). The update was undone; the file is still at version %4. Reason: %5</source>
        <translation>PayOps 无法将数据库文件 %1 升级到架构版本 %2（%3）。升级已回滚，文件仍为版本 %4。原因：%5</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+7"/>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>This PayOps build has an invalid list of database updates (version %1 is listed at position %2). No file was opened.</source>
        <translation>此 PayOps 构建中的数据库升级列表无效（版本 %1 位于第 %2 位）。未打开任何文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This PayOps build asks for database version %1 but knows only up to %2. No file was opened.</source>
        <translation>此 PayOps 构建要求数据库版本 %1，但最高只支持 %2。未打开任何文件。</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>a database is already open.</source>
        <translation>已有数据库处于打开状态。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>it cannot be read (permission denied). It was left untouched.</source>
        <translation>无法读取该文件（权限不足）。该文件未被改动。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>its file system does not support write-ahead logging (shared memory).</source>
        <translation>其所在文件系统不支持预写日志（共享内存）。</translation>
    </message>
    <message>
        <location filename="../models/storage/settingsstore.cpp" line="+16"/>
        <source>The setting could not be saved: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
</context>
<context>
    <name>ExpositionParser</name>
    <message>
        <location filename="../models/metrics/expositionparser.cpp" line="+214"/>
        <source>metric name %1 longer than %2 bytes</source>
        <translation>指标名 %1 超过 %2 字节</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>missing metric name after HELP</source>
        <translation>HELP 后缺少指标名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing metric name after TYPE</source>
        <translation>TYPE 后缺少指标名</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+111"/>
        <source>invalid metric name %1</source>
        <translation>无效的指标名 %1</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>HELP text ends with a lone backslash</source>
        <translation>HELP 文本以单独的反斜杠结尾</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown escape sequence %1 in HELP text</source>
        <translation>HELP 文本中有未知的转义序列 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HELP text of metric %1 longer than %2 bytes</source>
        <translation>指标 %1 的 HELP 文本超过 %2 字节</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>duplicate HELP for metric %1</source>
        <translation>指标 %1 的 HELP 重复</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unexpected text %1 after metric type</source>
        <translation>指标类型后有多余文本 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing metric type for metric %1</source>
        <translation>指标 %1 缺少指标类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown metric type %1 for metric %2</source>
        <translation>指标 %2 的指标类型 %1 未知</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>duplicate TYPE for metric %1</source>
        <translation>指标 %1 的 TYPE 重复</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TYPE for metric %1 after its samples</source>
        <translation>指标 %1 的 TYPE 出现在其样本之后</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>missing metric name</source>
        <translation>缺少指标名</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>sample %1 of histogram %2 lacks a _bucket, _sum or _count suffix</source>
        <translation>直方图 %2 的样本 %1 缺少 _bucket、_sum 或 _count 后缀</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>missing value for metric %1</source>
        <translation>指标 %1 缺少值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid value %1</source>
        <translation>无效的值 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invalid timestamp %1</source>
        <translation>无效的时间戳 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected text %1 after timestamp</source>
        <translation>时间戳后有多余文本 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than %1 samples</source>
        <translation>样本数超过 %1 个</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+109"/>
        <source>label set not closed with &quot;}&quot;</source>
        <translation>标签集未以 &quot;}&quot; 结束</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>missing label name</source>
        <translation>缺少标签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid label name %1</source>
        <translation>无效的标签名 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>label name longer than %1 bytes</source>
        <translation>标签名超过 %1 字节</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>label name &quot;__name__&quot; is reserved</source>
        <translation>标签名 &quot;__name__&quot; 为保留名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected &quot;=&quot; after label name %1</source>
        <translation>标签名 %1 后应为 &quot;=&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>label value not quoted (label %1)</source>
        <translation>标签值未加引号（标签 %1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <location line="+11"/>
        <source>unterminated label value (label %1)</source>
        <translation>标签值未结束（标签 %1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown escape sequence %1 in label value</source>
        <translation>标签值中有未知的转义序列 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>value of label %1 longer than %2 bytes</source>
        <translation>标签 %1 的值超过 %2 字节</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid %1 value %2</source>
        <translation>无效的 %1 值 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>more than %1 labels</source>
        <translation>标签数超过 %1 个</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>duplicate label name %1</source>
        <translation>标签名 %1 重复</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected &quot;,&quot; or &quot;}&quot; after label value, found %1</source>
        <translation>标签值后应为 &quot;,&quot; 或 &quot;}&quot;，实际为 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>histogram bucket without &quot;le&quot; label</source>
        <translation>直方图桶缺少 &quot;le&quot; 标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>summary sample without &quot;quantile&quot; label</source>
        <translation>摘要样本缺少 &quot;quantile&quot; 标签</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>invalid UTF-8 in %1</source>
        <translation>%1 中有无效的 UTF-8</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HELP text</source>
        <translation>HELP 文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>metric name</source>
        <translation>指标名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label name</source>
        <translation>标签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label value</source>
        <translation>标签值</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>more than %1 metric families</source>
        <translation>指标族数超过 %1 个</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>body of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>响应体大小 %1 字节，超过 %2 字节的上限</translation>
    </message>
    <message>
        <location filename="../models/metrics/parseerror.cpp" line="+14"/>
        <source>malformed metrics: %1</source>
        <translation>指标数据格式错误：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed metrics at line %1: %2</source>
        <translation>指标数据第 %1 行格式错误：%2</translation>
    </message>
</context>
<context>
    <name>HealthStatus</name>
    <message>
        <location filename="../models/services/healthstatus.cpp" line="+65"/>
        <source>the health document is not valid JSON (%1)</source>
        <translation>健康检查文档不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the health document has no &quot;status&quot; field</source>
        <translation>健康检查文档缺少 &quot;status&quot; 字段</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <location filename="../models/metrics/historyrecorder.cpp" line="+73"/>
        <source>History not saved: %1</source>
        <translation>历史数据未保存：%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1. Live data goes on; new samples are kept in memory and written when writing works again.</source>
        <translation>%1。实时数据仍在继续；新样本暂存在内存中，待可以写入时再写入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. Live data goes on; the memory kept for history is full, the oldest samples are being dropped.</source>
        <translation>%1。实时数据仍在继续；为历史数据保留的内存已满，正在丢弃最旧的样本。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>History is saved again: %n poll cycle(s) kept in memory were written.</source>
        <translation>
            <numerusform>历史数据已恢复保存：暂存在内存中的 %n 个轮询周期已写入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n older poll cycle(s) did not fit in memory and are missing.</source>
        <translation>
            <numerusform>有 %n 个较早的轮询周期因内存不足未能保留，数据缺失。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../models/metrics/historystore.cpp" line="+27"/>
        <source>Metric history: %1 failed (%2)</source>
        <translation>指标历史：%1失败（%2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>History not saved (%1): %2</source>
        <translation>历史数据未保存（%1）：%2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>reading the series list</source>
        <translation>读取序列列表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reading the chunk index</source>
        <translation>读取数据块索引</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reading the sample log</source>
        <translation>读取样本日志</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>adding a series</source>
        <translation>添加序列</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>writing samples</source>
        <translation>写入样本</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+36"/>
        <location line="+12"/>
        <source>moving samples into chunks</source>
        <translation>将样本移入数据块</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>writing roll-ups</source>
        <translation>写入汇总数据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>emptying the sample log</source>
        <translation>清空样本日志</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>removing expired samples</source>
        <translation>删除过期样本</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>reading samples</source>
        <translation>读取样本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Metric history: a stored chunk is damaged</source>
        <translation>指标历史：存储的某个数据块已损坏</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>reading roll-ups</source>
        <translation>读取汇总数据</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <location filename="../models/storage/writefailure.cpp" line="+23"/>
        <source>disk full (no space left on the device)</source>
        <translation>磁盘已满（设备上没有剩余空间）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disk full (the file has reached the size limit set for it)</source>
        <translation>磁盘已满（文件已达到为其设定的大小上限）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disk full (the disk quota is used up)</source>
        <translation>磁盘已满（磁盘配额已用完）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database is read-only (the file system is mounted read-only)</source>
        <translation>数据库为只读（文件系统以只读方式挂载）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database is read-only (permission denied)</source>
        <translation>数据库为只读（权限不足）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk reports an input/output error</source>
        <translation>磁盘报告输入/输出错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disk error: %1</source>
        <translation>磁盘错误：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>disk full (no space left for the database)</source>
        <translation>磁盘已满（没有可供数据库使用的空间）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>database is read-only</source>
        <translation>数据库为只读</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database is locked by another program</source>
        <translation>数据库已被其他程序锁定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database file is damaged</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>database is read-only (the file&apos;s write permission was removed)</source>
        <translation>数据库为只读（该文件的写权限已被移除）</translation>
    </message>
</context>
<context>
    <name>payops</name>
    <message>
        <location filename="../models/services/filesdformat.cpp" line="+69"/>
        <source>not a host:port pair</source>
        <translation>不是 host:port 形式</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>“%1”不是 IPv6 地址</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>no port (expected host:port)</source>
        <translation>缺少端口（应为 host:port）</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>an IPv6 address must be written in brackets, as [::1]:9100</source>
        <translation>IPv6 地址必须写在方括号内，如 [::1]:9100</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no host (expected host:port)</source>
        <translation>缺少主机（应为 host:port）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a host name or address</source>
        <translation>“%1”不是主机名或地址</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a port number</source>
        <translation>“%1”不是端口号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the port %1 is out of range (1 to 65535)</source>
        <translation>端口 %1 超出范围（1 到 65535）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the entry has neither a &quot;service&quot; nor a &quot;job&quot; label</source>
        <translation>该条目既没有 &quot;service&quot; 标签，也没有 &quot;job&quot; 标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scrape interval %1 is out of range (1s to 1h)</source>
        <translation>抓取间隔 %1 超出范围（1s 到 1h）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scrape timeout %1 is not shorter than the interval %2</source>
        <translation>抓取超时 %1 不小于抓取间隔 %2</translation>
    </message>
    <message>
        <location filename="../models/services/targetrepository.cpp" line="+38"/>
        <location line="+6"/>
        <source>the targets could not be saved: %1</source>
        <translation>无法保存目标：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the database is not open: %1</source>
        <translation>数据库未打开：%1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>a target with the metrics URL %1 exists already</source>
        <translation>指标 URL 为 %1 的目标已存在</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>target %1 (%2): %3</source>
        <translation>目标 %1（%2）：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>target %1 (%2): listed twice</source>
        <translation>目标 %1（%2）：重复列出</translation>
    </message>
</context>
<context>
    <name>payops::ActionCommand</name>
    <message>
        <location filename="../models/incidents/actioncommand.cpp" line="+10"/>
        <source>This solution has no command to run.</source>
        <translation>此解决方案没有可运行的命令。</translation>
    </message>
</context>
<context>
    <name>payops::ActiveAlertsModel</name>
    <message numerus="yes">
        <location filename="../models/alerts/activealertsmodel.cpp" line="+32"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>%1 (flapping)</source>
        <translation>%1（抖动）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all services</source>
        <translation>所有服务</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Acknowledged by %1 at %2: %3</source>
        <translation>已由 %1 于 %2 确认：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notifications held: %1</source>
        <translation>通知已暂缓：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>payops::AlertAnnotations</name>
    <message>
        <location filename="../widgets/dashboard/alertannotations.cpp" line="+84"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 firing</source>
        <translation>%1 告警中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 firing on %2</source>
        <translation>%1 在 %2 上告警中</translation>
    </message>
</context>
<context>
    <name>payops::AlertHistoryStore</name>
    <message>
        <location filename="../models/alerts/alerthistorystore.cpp" line="+104"/>
        <source>Cannot record the alert transitions: %1</source>
        <translation>无法记录告警状态变化：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the alert states: %1</source>
        <translation>无法读取告警状态：%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot read the alert history: %1</source>
        <translation>无法读取告警历史：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot acknowledge the alert %1: %2</source>
        <translation>无法确认告警 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the acknowledgements: %1</source>
        <translation>无法读取确认记录：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot remember which alerts were notified: %1</source>
        <translation>无法记录已通知的告警：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read which alerts were notified: %1</source>
        <translation>无法读取已通知的告警：%1</translation>
    </message>
</context>
<context>
    <name>payops::AlertMatcherFields</name>
    <message>
        <location filename="../widgets/alerts/alertmatcherfields.cpp" line="+18"/>
        <location line="+30"/>
        <source>(any)</source>
        <translation>（任意）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rule:</source>
        <translation>规则(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ervice:</source>
        <translation>服务(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;verity:</source>
        <translation>严重程度(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>payops::AlertNotifier</name>
    <message>
        <location filename="../widgets/alerts/alertnotifier.cpp" line="+31"/>
        <location line="+116"/>
        <source>PayOps Console: no alerts firing</source>
        <translation>PayOps 控制台：没有正在触发的告警</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Show Alerts</source>
        <translation>显示告警</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Mute Sounds for %n Minute(s)</source>
        <translation>
            <numerusform>静音 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Mute Sounds for %n Hour(s)</source>
        <translation>
            <numerusform>静音 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Unmute Sounds</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Unmute Sounds (muted until %1)</source>
        <translation>取消静音（静音至 %1）</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>PayOps Console: %n alert(s) firing</source>
        <translation>
            <numerusform>PayOps 控制台：%n 个告警正在触发</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Critical alert: %1</source>
        <translation>严重告警：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved: %1</source>
        <translation>已恢复：%1</translation>
    </message>
</context>
<context>
    <name>payops::AlertRule</name>
    <message>
        <location filename="../models/alerts/alertrule.cpp" line="+50"/>
        <source>the name &quot;%1&quot; must start with a letter and hold only letters, digits and &quot;_&quot;</source>
        <translation>名称 &quot;%1&quot; 必须以字母开头，且只能包含字母、数字和 &quot;_&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a rule for one service needs the service&apos;s name</source>
        <translation>针对单个服务的规则需要指定服务名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a rule for one service names a service</source>
        <translation>只有针对单个服务的规则才能指定服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the threshold must be a number</source>
        <translation>阈值必须是数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a unit of %2; use one of: %3</source>
        <translation>&quot;%1&quot; 不是 %2 的单位；请使用以下之一：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the clear threshold must be a number</source>
        <translation>恢复阈值必须是数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a clear threshold needs a comparison of &lt;, &lt;=, &gt; or &gt;=</source>
        <translation>恢复阈值需要 &lt;、&lt;=、&gt; 或 &gt;= 比较运算符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the clear threshold %1 must be on the quiet side of the threshold %2</source>
        <translation>恢复阈值 %1 必须位于阈值 %2 的非告警一侧</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pending period must be between 0 and 24 hours</source>
        <translation>待定时长必须在 0 到 24 小时之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep firing for must be between 0 and 24 hours</source>
        <translation>持续触发时长（keep firing for）必须在 0 到 24 小时之间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the label name &quot;%1&quot; must start with a letter and hold only letters, digits and &quot;_&quot;</source>
        <translation>标签名 &quot;%1&quot; 必须以字母开头，且只能包含字母、数字和 &quot;_&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the label &quot;%1&quot; is set by the console itself</source>
        <translation>标签 &quot;%1&quot; 由控制台自动设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the summary must not be empty</source>
        <translation>摘要不能为空</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+8"/>
        <source>all services</source>
        <translation>所有服务</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>payops::AlertRuleJson</name>
    <message>
        <location filename="../models/alerts/alertrulejson.cpp" line="+45"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>未知字段 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the metric is missing</source>
        <translation>缺少指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no metric called &quot;%1&quot;</source>
        <translation>没有名为 &quot;%1&quot; 的指标</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the scope &quot;%1&quot; is not one of service, each_service, total</source>
        <translation>范围 &quot;%1&quot; 不是 service、each_service、total 之一</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the comparison &quot;%1&quot; is not one of &gt;, &gt;=, &lt;, &lt;=, ==, !=</source>
        <translation>比较运算符 &quot;%1&quot; 不是 &gt;、&gt;=、&lt;、&lt;=、==、!= 之一</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation>&quot;%1&quot; 必须是数字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a unit of %2; use one of: %3</source>
        <translation>&quot;%1&quot; 不是 %2 的单位；请使用以下之一：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the threshold is missing</source>
        <translation>缺少阈值</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; must be a duration such as 90s, 5m or 1h (it is &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; 必须是 90s、5m 或 1h 这样的时长（当前为 &quot;%2&quot;）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the severity &quot;%1&quot; is not warning or critical</source>
        <translation>严重级别 &quot;%1&quot; 不是 warning 或 critical</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the rules are not a JSON object: %1 at offset %2</source>
        <translation>规则不是 JSON 对象：%1（偏移 %2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unsupported rules format (expected &quot;format&quot;: 1)</source>
        <translation>不支持的规则格式（应为 &quot;format&quot;: 1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the field &quot;rules&quot; (a list) is missing</source>
        <translation>缺少字段 &quot;rules&quot;（列表）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another rule has the same name</source>
        <translation>另一条规则已使用相同名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rule #%1</source>
        <translation>规则 #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule #%1 (%2)</source>
        <translation>规则 #%1（%2）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>payops::AlertRulePreview</name>
    <message>
        <location filename="../models/alerts/alertrulepreview.cpp" line="+21"/>
        <source>No history to try the rule on yet.</source>
        <translation>还没有可用于试算该规则的历史数据。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Would not have fired in the last %n min.</source>
        <translation>
            <numerusform>在最近 %n 分钟内不会触发。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Would have fired %n time(s) (%1), for %2 in total, in the last %3 min.</source>
        <translation>
            <numerusform>在最近 %3 分钟内会触发 %n 次（%1），共持续 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n 个服务</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../models/alerts/alertsdesk.cpp" line="+248"/>
        <source>The rule cannot be tried: %1</source>
        <translation>无法试算该规则：%1</translation>
    </message>
</context>
<context>
    <name>payops::AlertRuleRepository</name>
    <message>
        <location filename="../models/alerts/alertrulerepository.cpp" line="+40"/>
        <source>there is no stored rule with id %1</source>
        <translation>没有 ID 为 %1 的已存储规则</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot read the alert rules: %1</source>
        <translation>无法读取告警规则：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The stored alert rule &quot;%1&quot; is damaged: %2</source>
        <translation>已存储的告警规则 &quot;%1&quot; 已损坏：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <source>The alert rule &quot;%1&quot; cannot be saved: %2</source>
        <translation>无法保存告警规则 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>another rule is called &quot;%1&quot;</source>
        <translation>已有另一条名为 &quot;%1&quot; 的规则</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>there is no rule called &quot;%1&quot;</source>
        <translation>没有名为 &quot;%1&quot; 的规则</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The alert rule &quot;%1&quot; cannot be removed: %2</source>
        <translation>无法删除告警规则 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot import the alert rules: &quot;%1&quot;: %2</source>
        <translation>无法导入告警规则：&quot;%1&quot;：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot import the alert rules: %1</source>
        <translation>无法导入告警规则：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot import the default alert rules: %1</source>
        <translation>无法导入默认告警规则：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The shipped alert rules are damaged: %1</source>
        <translation>内置的告警规则已损坏：%1</translation>
    </message>
</context>
<context>
    <name>payops::AlertSilenceStore</name>
    <message>
        <location filename="../models/alerts/alertsilencestore.cpp" line="+48"/>
        <source>a silence needs a reason</source>
        <translation>静默需要填写原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a silence must end after it starts</source>
        <translation>静默的结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a silence must name a rule, a service or a severity (it would silence everything)</source>
        <translation>静默必须指定规则、服务或严重级别（否则会静默所有告警）</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>The silence cannot be saved: %1</source>
        <translation>无法保存静默：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>there is no running silence with id %1</source>
        <translation>没有 ID 为 %1 的生效中静默</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The silence cannot be expired: %1</source>
        <translation>无法使静默过期：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the silences: %1</source>
        <translation>无法读取静默：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+22"/>
        <source>The maintenance window cannot be saved: %1</source>
        <translation>无法保存维护窗口：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is no maintenance window with id %1</source>
        <translation>没有 ID 为 %1 的维护窗口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The maintenance window cannot be removed: %1</source>
        <translation>无法删除维护窗口：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the maintenance windows: %1</source>
        <translation>无法读取维护窗口：%1</translation>
    </message>
</context>
<context>
    <name>payops::AlertStates</name>
    <message>
        <location filename="../models/alerts/alertstate.cpp" line="+17"/>
        <source>Inactive</source>
        <translation>未激活</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firing</source>
        <translation>触发中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>payops::AlertWorker</name>
    <message>
        <location filename="../models/alerts/alertworker.cpp" line="+148"/>
        <source>The alert %1 of %2 is not firing: there is nothing to acknowledge.</source>
        <translation>%2 的告警 %1 未处于触发状态：无需确认。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all services</source>
        <translation>所有服务</translation>
    </message>
</context>
<context>
    <name>payops::AlertmanagerClient</name>
    <message>
        <location filename="../models/alerts/alertmanagerclient.cpp" line="+134"/>
        <source>Alertmanager at %1 did not take the alerts: %2</source>
        <translation>位于 %1 的 Alertmanager 未接收告警：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>payops::AlertsCheckCommand</name>
    <message>
        <location filename="../app/payopsctl/alertscheckcommand.cpp" line="+26"/>
        <source>Polls the targets for a while, evaluates the alert rules and prints the transitions.</source>
        <translation>轮询目标一段时间，评估告警规则并打印状态变化。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Polls the targets headless for SECONDS with the console&apos;s own scrape code, evaluates the alert rules on every snapshot (one a second) and prints each transition as one JSON line as it happens. Targets and rules come from the database (as the console&apos;s), or from --targets (Prometheus file_sd JSON) and --rules (the console&apos;s rule JSON). Nothing is recorded. Exit code 1 when any alert fired.</source>
        <translation>使用控制台自身的抓取代码在无界面模式下轮询目标 SECONDS 秒，对每个快照（每秒一个）评估告警规则，并在每次状态变化发生时将其打印为一行 JSON。目标和规则来自数据库（与控制台相同），或来自 --targets（Prometheus file_sd JSON）和 --rules（控制台的规则 JSON）。不记录任何数据。有任何告警触发时退出码为 1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How long to poll.</source>
        <translation>轮询时长。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll these targets (file_sd JSON).</source>
        <translation>轮询这些目标（file_sd JSON）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaluate these rules (JSON).</source>
        <translation>评估这些规则（JSON）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--for needs a number of seconds from 1 to 86400.</source>
        <translation>--for 需要 1 到 86400 之间的秒数。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There are no targets to poll.</source>
        <translation>没有可轮询的目标。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 targets polled for %2 s, %3 snapshots, %4 alert rules: %5 alerts fired.</source>
        <translation>已轮询 %1 个目标 %2 秒，%3 个快照，%4 条告警规则：%5 个告警触发。</translation>
    </message>
</context>
<context>
    <name>payops::AlertsDesk</name>
    <message>
        <location filename="../models/alerts/alertsdesk.cpp" line="-188"/>
        <source>Alerting has not started yet (it starts once the database has been checked); try again in a moment.</source>
        <translation>告警尚未启动（数据库检查完成后启动），请稍后再试。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The rule %1 was not saved: %2</source>
        <translation>规则 %1 未保存：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule %1 saved</source>
        <translation>规则 %1 已保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule %1 removed</source>
        <translation>规则 %1 已删除</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rules restored</source>
        <translation>规则已恢复</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>The rules in %1 were not imported: %2</source>
        <translation>%1 中的规则未导入：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules imported from %1</source>
        <translation>已从 %1 导入规则</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The rules were not written to %1: %2</source>
        <translation>规则未写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n rule(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 条规则写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <source>No history to try the rule on yet (the history opens once the database has been checked).</source>
        <translation>还没有可用于试算该规则的历史数据（数据库检查完成后才会打开历史数据）。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The history could not be read: %1</source>
        <translation>无法读取历史数据：%1</translation>
    </message>
</context>
<context>
    <name>payops::AlertsExportCommand</name>
    <message>
        <location filename="../app/payopsctl/alertsexportcommand.cpp" line="+23"/>
        <source>Exports the alert rules as JSON or as a Prometheus rule file.</source>
        <translation>将告警规则导出为 JSON 或 Prometheus 规则文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writes the alert rules to FILE, or to standard output when FILE is - or missing.
json: the console&apos;s rule format (payopsctl alerts import reads it back).
prometheus: a rule file for Prometheus 2.42 or later (check it with promtool check rules), with each metric&apos;s PromQL as the console&apos;s Prometheus data source queries it (from --prometheus-config, the console&apos;s Prometheus settings, when given).</source>
        <translation>将告警规则写入 FILE；FILE 为 - 或未指定时写入标准输出。
json：控制台的规则格式（可用 payopsctl alerts import 重新读入）。
prometheus：适用于 Prometheus 2.42 或更高版本的规则文件（可用 promtool check rules 检查），其中每个指标的 PromQL 与控制台的 Prometheus 数据源查询时所用的相同（如指定了 --prometheus-config，即控制台的 Prometheus 设置，则取自其中）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>prometheus or json.</source>
        <translation>prometheus 或 json。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Prometheus data source settings (JSON) whose expressions to use.</source>
        <translation>要使用其中表达式的 Prometheus 数据源设置（JSON）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write; - for standard output.</source>
        <translation>要写入的文件；- 表示标准输出。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--format must be prometheus or json.</source>
        <translation>--format 必须为 prometheus 或 json。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Left out of the Prometheus rules: %1 (disabled, or its metric has no PromQL expression).</source>
        <translation>未写入 Prometheus 规则：%1（已禁用，或其指标没有 PromQL 表达式）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 alert rules written to %2</source>
        <translation>已将 %1 条告警规则写入 %2</translation>
    </message>
</context>
<context>
    <name>payops::AlertsHistoryCommand</name>
    <message>
        <location filename="../app/payopsctl/alertshistorycommand.cpp" line="+25"/>
        <source>Shows the recorded alert transitions.</source>
        <translation>显示已记录的告警状态变化。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shows every transition the console recorded (pending, firing, resolved, no data, ...), oldest first, with its time and value.</source>
        <translation>显示控制台记录的每次状态变化（待定、触发中、已恢复、无数据……），按时间从早到晚排列，并附带时间和值。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only this rule.</source>
        <translation>仅此规则。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only this service.</source>
        <translation>仅此服务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the last DURATION, e.g. 1h or 30m.</source>
        <translation>仅最近 DURATION 内的，例如 1h 或 30m。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N transitions, the newest (default 1000).</source>
        <translation>最多显示 N 条最新的状态变化（默认 1000）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--limit needs a whole number of at least 1.</source>
        <translation>--limit 需要不小于 1 的整数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--since needs a duration such as 1h, 30m or 90s.</source>
        <translation>--since 需要 1h、30m 或 90s 这样的时长。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>all services</source>
        <translation>所有服务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No alert transitions recorded.</source>
        <translation>没有已记录的告警状态变化。</translation>
    </message>
</context>
<context>
    <name>payops::AlertsImportCommand</name>
    <message>
        <location filename="../app/payopsctl/alertsimportcommand.cpp" line="+18"/>
        <source>Imports alert rules from a JSON file.</source>
        <translation>从 JSON 文件导入告警规则。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reads alert rules in the console&apos;s JSON format (as payopsctl alerts export --format json writes it) and stores them, replacing stored rules of the same name. Every bad rule is reported with its reason; then nothing is imported (exit code 1).</source>
        <translation>读取控制台 JSON 格式的告警规则（即 payopsctl alerts export --format json 所写出的格式）并存储，替换同名的已存储规则。每条有误的规则都会连同原因一起报告；此时不会导入任何规则（退出码 1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rules file.</source>
        <translation>规则文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 alert rules added, %2 replaced.</source>
        <translation>已添加 %1 条告警规则，替换 %2 条。</translation>
    </message>
</context>
<context>
    <name>payops::AlertsListCommand</name>
    <message>
        <location filename="../app/payopsctl/alertslistcommand.cpp" line="+35"/>
        <source>each service</source>
        <translation>每个服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lists the alert rules and the alerts that are not inactive.</source>
        <translation>列出告警规则以及所有非未激活状态的告警。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lists the alert rules (the shipped defaults are imported on first use, as the console does) and, beside each, its alerts as the console last recorded them: pending, firing, resolved, no data. Exit code 1 when an alert is firing.</source>
        <translation>列出告警规则（首次使用时导入内置默认规则，与控制台的做法相同），并在每条规则旁列出控制台最近记录的告警：待定、触发中、已恢复、无数据。有告警处于触发状态时退出码为 1。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 alert rules</source>
        <translation>%1 条告警规则</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  (disabled)</source>
        <translation>  （已禁用）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>    %1: %2 since %3</source>
        <translation>    %1：%2，自 %3 起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all services</source>
        <translation>所有服务</translation>
    </message>
</context>
<context>
    <name>payops::AlertsRules</name>
    <message>
        <location filename="../app/payopsctl/alertsrules.cpp" line="+28"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>payops::AlertsView</name>
    <message>
        <location filename="../widgets/alerts/alertsview.cpp" line="+58"/>
        <source>at once</source>
        <translation>立即</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every alert</source>
        <translation>所有告警</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Comment (what you are doing about it):</source>
        <translation>备注（你正在如何处理）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Active</source>
        <translation>活动(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ilences</source>
        <translation>静默(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Maintenance</source>
        <translation>维护窗口(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rules</source>
        <translation>规则(&amp;R)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Active alerts</source>
        <translation>活动告警</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by rule, service, summary or who acknowledged</source>
        <translation>按规则、服务、摘要或确认人筛选</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All severities</source>
        <translation>所有严重程度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Acknowledge…</source>
        <translation>确认(&amp;A)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledge the selected firing alert with a comment (A)</source>
        <translation>带备注确认所选的触发中告警（A）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Silence…</source>
        <translation>静默(&amp;S)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Silence alerts like the selected one for a while (S)</source>
        <translation>在一段时间内静默与所选告警相同的告警（S）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Playbook</source>
        <translation>打开处置手册(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the playbook that deals with this alert (P)</source>
        <translation>打开处理此告警的处置手册（P）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Troubleshoot…</source>
        <translation>故障排查(&amp;T)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start troubleshooting this alert&apos;s service (T)</source>
        <translation>开始排查此告警所属服务的故障（T）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No alerts: every rule&apos;s condition is quiet.</source>
        <translation>没有告警：所有规则的条件均未满足。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+447"/>
        <source>Prometheus&apos; own alerts (read-only: they are managed in Prometheus)</source>
        <translation>Prometheus 自身的告警（只读：在 Prometheus 中管理）</translation>
    </message>
    <message>
        <location line="-445"/>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <location line="+72"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+28"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Since</source>
        <translation>开始于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus alerts (read-only)</source>
        <translation>Prometheus 告警（只读）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+72"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+22"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert history</source>
        <translation>告警历史</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter the history</source>
        <translation>筛选历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the history again</source>
        <translation>重新读取历史</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+24"/>
        <source>Matches</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Until</source>
        <translation>直到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>创建人</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Silences</source>
        <translation>静默</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Silence…</source>
        <translation>新建静默(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Silence matching alerts for a while</source>
        <translation>在一段时间内静默匹配的告警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expire</source>
        <translation>结束(&amp;E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End the selected silence now</source>
        <translation>立即结束所选静默</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance windows</source>
        <translation>维护窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Window…</source>
        <translation>新建窗口(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A recurring time in which matching alerts are recorded, not notified</source>
        <translation>周期性时间段，其间匹配的告警只记录、不通知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected maintenance window</source>
        <translation>删除所选维护窗口</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation>持续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert rules</source>
        <translation>告警规则</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;dd…</source>
        <translation>添加(&amp;D)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A new rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected rule (Enter)</source>
        <translation>编辑所选规则（Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected rule (undo brings it back)</source>
        <translation>删除所选规则（可撤销）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the last change to the rules (Ctrl+Z)</source>
        <translation>撤销对规则的最后一次更改（Ctrl+Z）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add rules from a JSON file (same names are replaced)</source>
        <translation>从 JSON 文件添加规则（同名规则将被替换）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the rules to a JSON file</source>
        <translation>将规则写入 JSON 文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{service}: {value} (threshold {threshold})</source>
        <translation>{service}：{value}（阈值 {threshold}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Enabled: the rule is evaluated</source>
        <translation>已启用：该规则参与评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each service</source>
        <translation>每个服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>all services</source>
        <translation>所有服务</translation>
    </message>
    <message>
        <location line="-37"/>
        <source> (clears at %1)</source>
        <translation>（在 %1 解除）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, keeps firing %1</source>
        <translation>，持续触发 %1</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Select a firing alert to acknowledge.</source>
        <translation>请选择一个正在触发的告警进行确认。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledge %1</source>
        <translation>确认 %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This alert&apos;s rule names no playbook.</source>
        <translation>此告警的规则没有指定处置手册。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a firing alert to troubleshoot.</source>
        <translation>请选择一个正在触发的告警进行故障排查。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Import Alert Rules</source>
        <translation>导入告警规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert rules (*.json);;All files (*)</source>
        <translation>告警规则 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Alert Rules</source>
        <translation>导出告警规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert rules (*.json)</source>
        <translation>告警规则 (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Prometheus&apos; own alerts could not be read: %1</source>
        <translation>无法读取 Prometheus 自身的告警：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prometheus&apos; own alerts (read-only): none pending or firing</source>
        <translation>Prometheus 自身的告警（只读）：没有待定或触发中的告警</translation>
    </message>
</context>
<context>
    <name>payops::ArticleEditor</name>
    <message>
        <location filename="../widgets/knowledge/articleeditor.cpp" line="+47"/>
        <location line="+174"/>
        <location line="+16"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Revision</source>
        <translation>修订版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore this revision</source>
        <translation>恢复此修订版本(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History (select a revision to preview it)</source>
        <translation>历史记录（选择一个修订版本即可预览）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your name (recorded with the revision)</source>
        <translation>您的姓名（随修订版本一起记录）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Author:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The article &quot;%1&quot; could not be read.</source>
        <translation>无法读取文章“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit &quot;%1&quot;</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>shipped default</source>
        <translation>内置默认版本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restored revision %1</source>
        <translation>已恢复修订版本 %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Revision %1 (read-only preview)</source>
        <translation>修订版本 %1（只读预览）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore revision</source>
        <translation>恢复修订版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring revision %1 replaces the text in the editor; your unsaved changes will be lost.</source>
        <translation>恢复修订版本 %1 将替换编辑器中的文本，未保存的更改将会丢失。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The article has unsaved changes. Discard them?</source>
        <translation>文章有未保存的更改。是否放弃？</translation>
    </message>
</context>
<context>
    <name>payops::ArticleTreeModel</name>
    <message>
        <location filename="../models/knowledge/articletreemodel.cpp" line="+137"/>
        <source>%1 (edited locally)</source>
        <translation>%1（已在本地编辑）</translation>
    </message>
</context>
<context>
    <name>payops::AuditExportCommand</name>
    <message>
        <location filename="../app/payopsctl/auditcommands.cpp" line="+62"/>
        <source>Writes the audit log as JSON lines.</source>
        <translation>以 JSON Lines 格式输出审计日志。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writes every entry of the audit log, oldest first, as one JSON object per line (id, time, actor, host, action, detail, prevHash, hash) to FILE, or to standard output when FILE is - or missing. It does not verify the chain: run payopsctl audit verify for that.</source>
        <translation>将审计日志的每条记录按时间从旧到新、每行一个 JSON 对象（id、time、actor、host、action、detail、prevHash、hash）写入 FILE；FILE 为 - 或省略时写到标准输出。此命令不校验哈希链：请使用 payopsctl audit verify。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file to write; - for standard output.</source>
        <translation>要写入的文件；- 表示标准输出。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n audit log entries written to %1</source>
        <translation>
            <numerusform>已将 %n 条审计日志记录写入 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>payops::AuditLog</name>
    <message>
        <location filename="../models/security/auditlog.cpp" line="+80"/>
        <source>The audit log has been tampered with: entry %1 does not fit the chain (%2). Entries from %1 on cannot be trusted.</source>
        <translation>审计日志已被篡改：第 %1 条记录与哈希链不符（%2）。从第 %1 条起的记录均不可信。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The audit log is intact: %n entries, every hash matches.</source>
        <translation>
            <numerusform>审计日志完好：共 %n 条记录，所有哈希均匹配。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Cannot write to the audit log: the entry names no action.</source>
        <translation>无法写入审计日志：该记录未指明操作。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write “%1” to the audit log: %2</source>
        <translation>无法将“%1”写入审计日志：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+34"/>
        <location line="+11"/>
        <location line="+13"/>
        <source>Cannot read the audit log: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>the log starts at entry %1 instead of 1: earlier entries were removed</source>
        <translation>日志从第 %1 条而非第 1 条开始：之前的记录已被删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it follows entry %1: the entries between were removed</source>
        <translation>它紧接在第 %1 条之后：中间的记录已被删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its previous hash %1 is not the hash %2 of the entry before it: an entry was removed, inserted or moved</source>
        <translation>其前一哈希 %1 不是前一条记录的哈希 %2：有记录被删除、插入或移动</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its detail is not the JSON the log wrote: it was edited</source>
        <translation>其详情不是日志写入时的 JSON：已被修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its content does not match its hash: it was edited</source>
        <translation>其内容与哈希不符：已被修改</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot write the audit log export: %1</source>
        <translation>无法写入审计日志导出文件：%1</translation>
    </message>
</context>
<context>
    <name>payops::AuditVerifyCommand</name>
    <message>
        <location filename="../app/payopsctl/auditcommands.cpp" line="-86"/>
        <source>Verifies the audit log&apos;s hash chain; names the first entry that was tampered with.</source>
        <translation>校验审计日志的哈希链；指出第一条被篡改的记录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reads the whole audit log and checks that every entry carries the hash of the entry before it and that its own hash matches its content.
Exit code 1 and the id of the first entry that does not fit when an entry was edited, removed or moved.</source>
        <translation>读取整个审计日志，检查每条记录是否带有前一条记录的哈希，以及其自身哈希是否与内容相符。
如有记录被修改、删除或移动，退出码为 1，并给出第一条不符记录的编号。</translation>
    </message>
</context>
<context>
    <name>payops::BackupRestore</name>
    <message>
        <location filename="../models/tasks/backuprestore.cpp" line="+26"/>
        <source>Not restored: there is no backup file %1.</source>
        <translation>未恢复：没有备份文件 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not restored: the backup %1 does not verify: %2</source>
        <translation>未恢复：备份 %1 未通过校验：%2</translation>
    </message>
</context>
<context>
    <name>payops::BackupTask</name>
    <message>
        <location filename="../models/tasks/backuptask.cpp" line="+55"/>
        <source>The backup folder %1 cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not remove the old backup %1.</source>
        <translation>无法删除旧备份 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retention (%1 daily, %2 weekly, %3 monthly) removed: %4</source>
        <translation>保留策略（每日 %1、每周 %2、每月 %3）已删除：%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verified backup %1 (%2 MB, %3 tables, %4 rows, SHA-256 %5…); %6 kept, %7 removed.</source>
        <translation>已验证的备份 %1（%2 MB，%3 张表，%4 行，SHA-256 %5…）；保留 %6 个，删除 %7 个。</translation>
    </message>
</context>
<context>
    <name>payops::BlackoutWindow</name>
    <message>
        <location filename="../models/tasks/blackoutwindow.cpp" line="+24"/>
        <source>the blackout window needs a name</source>
        <translation>禁止窗口需要一个名称</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2 (%3)</source>
        <translation>%1，%2（%3）</translation>
    </message>
</context>
<context>
    <name>payops::BlackoutWindowEditor</name>
    <message>
        <location filename="../widgets/tasks/blackoutwindoweditor.cpp" line="+20"/>
        <source>Every &amp;week on:</source>
        <translation>每周(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On these &amp;dates:</source>
        <translation>在这些日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add Blackout Window</source>
        <translation>添加禁止时段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Blackout Window</source>
        <translation>编辑禁止时段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Lunch peak</source>
        <translation>例如：午间高峰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2026-12-24, 2026-12-31</source>
        <translation>2026-12-24, 2026-12-31</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scheduled runs due inside the window wait for its end or are skipped, as each task says; &quot;Run now&quot; is not held. An end at or before the start runs into the next day (00:00 to 00:00 is the whole day). Times are wall-clock in the zone, also on the days its clocks change.</source>
        <translation>落在该时段内的计划运行会等到时段结束或被跳过，由各任务的设置决定；“立即运行”不受限制。结束时间早于或等于开始时间表示跨到次日（00:00 至 00:00 为全天）。时间为该时区的当地时间，在时钟调整的日子也是如此。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>write the dates as 2026-12-24, separated by commas</source>
        <translation>日期请写成 2026-12-24 的形式，用逗号分隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list at least one date</source>
        <translation>请至少列出一个日期</translation>
    </message>
</context>
<context>
    <name>payops::BlackoutWindowsDialog</name>
    <message>
        <location filename="../widgets/tasks/blackoutwindowsdialog.cpp" line="+21"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blackout Windows</source>
        <translation>禁止时段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times when scheduled runs do not start: peak hours, sale days, freezes.</source>
        <translation>计划运行不会启动的时间：高峰时段、促销日、变更冻结期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>payops::BundledSimulator</name>
    <message>
        <location filename="../models/services/bundledsimulator.cpp" line="+25"/>
        <source>paysim could not be started: %1</source>
        <translation>无法启动 paysim：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>paysim was not found beside the console nor on PATH</source>
        <translation>在控制台旁边和 PATH 中都找不到 paysim</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>paysim ended unexpectedly</source>
        <translation>paysim 意外结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paysim ended with status %1</source>
        <translation>paysim 已结束，状态码 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>payops::ChartExporter</name>
    <message>
        <location filename="../widgets/dashboard/chartexporter.cpp" line="+46"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+3"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>payops::ChartStatusOverlay</name>
    <message>
        <location filename="../widgets/dashboard/chartstatusoverlay.cpp" line="+53"/>
        <source>Loading history…</source>
        <translation>正在加载历史数据…</translation>
    </message>
</context>
<context>
    <name>payops::ChartUnit</name>
    <message>
        <location filename="../widgets/dashboard/chartunit.cpp" line="+23"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
</context>
<context>
    <name>payops::CommandResult</name>
    <message>
        <location filename="../models/core/commandrunner.cpp" line="+17"/>
        <source>exit status %1</source>
        <translation>退出状态 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not start: %1</source>
        <translation>无法启动：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>timed out after %1 s; the program and everything it started were ended</source>
        <translation>%1 秒后超时；该程序及其启动的所有进程均已结束</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled; the program and everything it started were ended</source>
        <translation>已取消；该程序及其启动的所有进程均已结束</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ended by a signal (crashed) after %1 s</source>
        <translation>%1 秒后被信号终止（崩溃）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; output beyond the size limit was not kept</source>
        <translation>；超出大小限制的输出未保留</translation>
    </message>
</context>
<context>
    <name>payops::CommandTask</name>
    <message>
        <location filename="../models/tasks/commandtask.cpp" line="+47"/>
        <source>The task %1 names no program to run.</source>
        <translation>任务 %1 没有指定要运行的程序。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every argument of the task %1 must be text.</source>
        <translation>任务 %1 的每个参数都必须是文本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+26"/>
        <source>Not run: %1</source>
        <translation>未运行：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The command could not be started.</source>
        <translation>无法启动该命令。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--- standard error ---</source>
        <translation>--- 标准错误 ---</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(output cut at %1 bytes per stream)</source>
        <translation>（每个输出流在 %1 字节处截断）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, but %2 is missing or empty.</source>
        <translation>%1，但 %2 不存在或为空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; %2 written (%3 bytes).</source>
        <translation>%1；已写入 %2（%3 字节）。</translation>
    </message>
</context>
<context>
    <name>payops::CommandTemplate</name>
    <message>
        <location filename="../models/core/commandrunner.cpp" line="+7"/>
        <source>{%1} is empty</source>
        <translation>{%1} 为空</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{%1} holds a control character (such as a line break)</source>
        <translation>{%1} 含有控制字符（例如换行）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{%1} is longer than %2 characters</source>
        <translation>{%1} 超过 %2 个字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{%1} starts with &quot;-&quot; (&quot;%2&quot;): the program would read it as an option</source>
        <translation>{%1} 以“-”开头（“%2”）：程序会把它当作选项</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The argument &quot;%1&quot; names {%2}, which has no value here.</source>
        <translation>参数“%1”引用了 {%2}，但此处没有它的值。</translation>
    </message>
</context>
<context>
    <name>payops::Console</name>
    <message>
        <location filename="../app/payops/console.cpp" line="+179"/>
        <source>Offline: knowledge base, playbooks and contacts</source>
        <translation>离线：知识库、应急预案和联系人</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>PayOps Console</source>
        <translation>PayOps 控制台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue with a temporary database? Nothing will be kept after you quit.</source>
        <translation>是否使用临时数据库继续？退出后不会保留任何数据。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening a temporary database…</source>
        <translation>正在打开临时数据库…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Knowledge Base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Playbooks</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>Polling behind: effective interval %1 s for %Ln target(s)</source>
        <translation>
            <numerusform>轮询滞后：%Ln 个目标的实际间隔为 %1 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Prometheus %1</source>
        <translation>Prometheus %1</translation>
    </message>
    <message numerus="yes">
        <location line="-36"/>
        <location line="+344"/>
        <source>Polling %n target(s) directly</source>
        <translation>
            <numerusform>正在直接轮询 %n 个目标</numerusform>
        </translation>
    </message>
    <message>
        <location line="-600"/>
        <location line="+1"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restoring the database from %1…</source>
        <translation>正在从 %1 恢复数据库…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 The console goes on with the database as it was.</source>
        <translation>%1 控制台继续使用原来的数据库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored, but the restore could not be written to the audit log: %1</source>
        <translation>已恢复，但恢复操作无法写入审计日志：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored from %1. The content it had before is kept at %2.</source>
        <translation>已从 %1 恢复。恢复前的内容保存在 %2。</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>Now reading the metrics from Prometheus at %1</source>
        <translation>现在从 %1 的 Prometheus 读取指标</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Now polling the %n target(s) directly</source>
        <translation>
            <numerusform>现在直接轮询 %n 个目标</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (checking…)</source>
        <translation>%1（正在检查…）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 Live data keeps coming, but no history is recorded and the knowledge base is not updated until the file is repaired or replaced.</source>
        <translation>%1 实时数据仍会继续显示，但在修复或替换该文件之前，不会记录历史，也不会更新知识库。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Task %1 failed: %2</source>
        <translation>任务 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+16"/>
        <source>Import Targets</source>
        <translation>导入目标</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>The targets file %1 was not imported: %2</source>
        <translation>未导入目标文件 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %n target(s) from %1</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个目标</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export Targets</source>
        <translation>导出目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Targets written to %1</source>
        <translation>目标已写入 %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>paysim is running; its four services are being added…</source>
        <translation>paysim 正在运行，正在添加它的四个服务…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paysim runs, but its services could not be added: %1</source>
        <translation>paysim 在运行，但无法添加它的服务：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watching the bundled simulator (paysim on 127.0.0.1:9101-9104); it stops when the console does</source>
        <translation>正在监控内置模拟器（paysim，127.0.0.1:9101-9104）；控制台退出时它随之停止</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starting paysim…</source>
        <translation>正在启动 paysim…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Move the Database</source>
        <translation>移动数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The console closes the database, copies it to %1, proves the copy, removes the old file and starts again from the new one. Polling pauses for the seconds this takes; every sample recorded so far moves with the file.

Move it now?</source>
        <translation>控制台将关闭数据库，把它复制到 %1，验证副本，删除旧文件，然后从新文件重新启动。在此期间的几秒钟内轮询暂停；到目前为止记录的每个样本都会随文件一起移动。

现在移动吗？</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Preferences saved; the new language is used from the next start</source>
        <translation>首选项已保存；新语言将在下次启动时使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences saved and applied</source>
        <translation>首选项已保存并生效</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not write the screenshot to %1</source>
        <translation>无法将截图写入 %1</translation>
    </message>
</context>
<context>
    <name>payops::ContactCommands</name>
    <message>
        <location filename="../widgets/contacts/addcontactcommand.cpp" line="+24"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../widgets/contacts/editcontactcommand.cpp" line="+15"/>
        <location filename="../widgets/contacts/removecontactcommand.cpp" line="+15"/>
        <source>The contact no longer exists.</source>
        <translation>该联系人已不存在。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/contacts/importcontactscommand.cpp" line="+25"/>
        <source>Import %n contact(s)</source>
        <translation>
            <numerusform>导入 %n 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/contacts/removecontactcommand.cpp" line="+14"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>payops::ContactCsv</name>
    <message>
        <location filename="../models/contacts/contactcsv.cpp" line="+135"/>
        <source>a quote inside a field that does not start with a quote</source>
        <translation>字段中出现引号，但该字段不是以引号开头</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>text after the closing quote of a field</source>
        <translation>字段的结束引号后还有文本</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>带引号的字段直到文件末尾仍未闭合</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file is not UTF-8 text.</source>
        <translation>该文件不是 UTF-8 文本。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is empty.</source>
        <translation>该文件为空。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The header row cannot be read: %1.</source>
        <translation>无法读取标题行：%1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The header row has no &quot;%1&quot; column (expected: %2).</source>
        <translation>标题行中没有“%1”列（应包含：%2）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the row has %1 fields, the header %2</source>
        <translation>该行有 %1 个字段，标题行有 %2 个</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the role is missing</source>
        <translation>缺少角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown role &quot;%1&quot;</source>
        <translation>未知角色“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>escalation order &quot;%1&quot; is not a whole number</source>
        <translation>升级顺序“%1”不是整数</translation>
    </message>
</context>
<context>
    <name>payops::ContactDefaults</name>
    <message>
        <location filename="../models/contacts/contactdefaults.cpp" line="+19"/>
        <source>not a JSON object: %1</source>
        <translation>不是 JSON 对象：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unsupported format (expected 1)</source>
        <translation>不支持的格式（应为 1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing field &quot;contacts&quot;</source>
        <translation>缺少字段 &quot;contacts&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contact #%1</source>
        <translation>联系人 #%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>未知字段 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown contact role &quot;%1&quot;</source>
        <translation>未知联系人角色“%1”</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>payops::ContactDirectory</name>
    <message>
        <location filename="../models/contacts/contactdirectory.cpp" line="+75"/>
        <location line="+23"/>
        <source>Cannot read the contact directory: %1</source>
        <translation>无法读取通讯录：%1</translation>
    </message>
    <message>
        <location line="+186"/>
        <location line="+52"/>
        <source>The contact no longer exists.</source>
        <translation>该联系人已不存在。</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+15"/>
        <source>Cannot add the contact: %1</source>
        <translation>无法添加联系人：%1</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Another person is already called %1.</source>
        <translation>已有其他人名为 %1。</translation>
    </message>
    <message>
        <location line="+91"/>
        <location line="+40"/>
        <source>Cannot save the contact: %1</source>
        <translation>无法保存联系人：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot delete the contact: %1</source>
        <translation>无法删除联系人：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The contact is already in the directory.</source>
        <translation>该联系人已在通讯录中。</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+23"/>
        <source>Cannot restore the contact: %1</source>
        <translation>无法恢复联系人：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <location line="+7"/>
        <source>Cannot import the contacts: %1</source>
        <translation>无法导入联系人：%1</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Contact %1 (%2) was refused: %3</source>
        <translation>联系人 %1（%2）被拒绝：%3</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>Cannot delete the contacts: %1</source>
        <translation>无法删除联系人：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+33"/>
        <source>Cannot restore the contacts: %1</source>
        <translation>无法恢复这些联系人：%1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The contact %1 is already in the directory.</source>
        <translation>联系人 %1 已在通讯录中。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot restore the contact %1: %2</source>
        <translation>无法恢复联系人 %1：%2</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+17"/>
        <location line="+12"/>
        <source>Cannot import the default contacts: %1</source>
        <translation>无法导入默认联系人：%1</translation>
    </message>
</context>
<context>
    <name>payops::ContactDirectoryView</name>
    <message>
        <location filename="../widgets/contacts/contactdirectoryview.cpp" line="+48"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat</source>
        <translation>即时通讯</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Search name, service, role or number — 中文 or English</source>
        <translation>搜索姓名、服务、角色或号码——中文或英文均可</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import contacts from a CSV or vCard file</source>
        <translation>从 CSV 或 vCard 文件导入联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the rows shown to a CSV or vCard file</source>
        <translation>将当前显示的行导出为 CSV 或 vCard 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deleted %1 — %2 restores it.</source>
        <translation>已删除 %1——按 %2 可恢复。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Contacts (*.csv *.vcf);;CSV (*.csv);;vCard (*.vcf)</source>
        <translation>联系人 (*.csv *.vcf);;CSV (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than 10 MB; it is not a contact list.</source>
        <translation>%1 大于 10 MB，不是联系人列表。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>已导入 %n 个联系人。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <source>Export contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>contacts.csv</source>
        <translation>contacts.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv);;vCard (*.vcf)</source>
        <translation>CSV (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个联系人导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+15"/>
        <source>Copied %1.</source>
        <translation>已复制 %1。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Copy %1 %2</source>
        <translation>复制%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call %1</source>
        <translation>呼叫 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to %1</source>
        <translation>发送邮件至 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open chat %1</source>
        <translation>打开与 %1 的聊天</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a contact to see how to reach them.</source>
        <translation>选择一个联系人以查看其联系方式。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all services</source>
        <translation>所有服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 for %2 — escalation order %3</source>
        <translation>%2 的%1——升级顺序 %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Escalation for %1</source>
        <translation>%1 的升级联系顺序</translation>
    </message>
</context>
<context>
    <name>payops::ContactEditDialog</name>
    <message>
        <location filename="../widgets/contacts/contacteditdialog.cpp" line="+43"/>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name in the other language, e.g. 张伟 or Zhang Wei</source>
        <translation>另一种语言的姓名，例如 张伟 或 Zhang Wei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The service this person is responsible for; empty for all services.</source>
        <translation>此人负责的服务；留空表示所有服务。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 is called first for this service.</source>
        <translation>1 表示该服务第一个联系的人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. +86 10 1234 5678 or 456; separate several with ;</source>
        <translation>例如 +86 10 1234 5678 或 456；多个号码用 ; 分隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name@example.com; separate several with ;</source>
        <translation>name@example.com；多个地址用 ; 分隔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;other language:</source>
        <translation>其他语言姓名(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or&amp;ganization:</source>
        <translation>组织(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation &amp;order:</source>
        <translation>升级顺序(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chat:</source>
        <translation>即时通讯(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all services</source>
        <translation>所有服务</translation>
    </message>
</context>
<context>
    <name>payops::ContactImportDialog</name>
    <message>
        <location filename="../widgets/contacts/contactimportdialog.cpp" line="+16"/>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %n contact(s), all valid.</source>
        <translation>
            <numerusform>%1：%n 个联系人，全部有效。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %2 of %n row(s) can be imported; the rows marked below have problems. Nothing already in the directory is changed.</source>
        <translation>
            <numerusform>%1：%n 行中有 %2 行可以导入；下方标记的行存在问题。通讯录中已有的内容不会被更改。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Import &amp;all %n</source>
        <translation>
            <numerusform>全部导入 %n 个(&amp;A)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Import %n &amp;valid row(s)</source>
        <translation>
            <numerusform>导入 %n 个有效行(&amp;V)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import &amp;nothing</source>
        <translation>不导入(&amp;N)</translation>
    </message>
</context>
<context>
    <name>payops::ContactRoles</name>
    <message>
        <location filename="../models/contacts/contactrole.cpp" line="+17"/>
        <source>Technical support</source>
        <translation>技术支持</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer service</source>
        <translation>客户服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service manager</source>
        <translation>服务负责人</translation>
    </message>
</context>
<context>
    <name>payops::ContactTableModel</name>
    <message>
        <location filename="../models/contacts/contacttablemodel.cpp" line="+65"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+58"/>
        <source>All services</source>
        <translation>所有服务</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat</source>
        <translation>即时通讯</translation>
    </message>
</context>
<context>
    <name>payops::ContactVCard</name>
    <message>
        <location filename="../models/contacts/contactvcard.cpp" line="+220"/>
        <source>The file is not UTF-8 text.</source>
        <translation>该文件不是 UTF-8 文本。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the card has no VERSION</source>
        <translation>名片缺少 VERSION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unsupported vCard version %1</source>
        <translation>不支持的 vCard 版本 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the card has no name (FN)</source>
        <translation>名片缺少姓名（FN）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the card has no role (X-PAYOPS-ROLE or ROLE)</source>
        <translation>名片缺少角色（X-PAYOPS-ROLE 或 ROLE）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>unknown role &quot;%1&quot;</source>
        <translation>未知角色“%1”</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>line %1 is not a vCard property</source>
        <translation>第 %1 行不是 vCard 属性</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>line %1 is outside of a BEGIN:VCARD ... END:VCARD block</source>
        <translation>第 %1 行位于 BEGIN:VCARD ... END:VCARD 块之外</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+72"/>
        <source>the card is not closed with END:VCARD</source>
        <translation>名片未以 END:VCARD 结束</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>escalation order &quot;%1&quot; is not a whole number</source>
        <translation>升级顺序“%1”不是整数</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file holds no vCard.</source>
        <translation>该文件中没有 vCard。</translation>
    </message>
</context>
<context>
    <name>payops::ContactValidator</name>
    <message>
        <location filename="../models/contacts/contactvalidator.cpp" line="+54"/>
        <source>The name is missing.</source>
        <translation>缺少姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is longer than 200 characters.</source>
        <translation>姓名超过 200 个字符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a service name (letters, digits, _ . and -, starting with a letter).</source>
        <translation>“%1”不是有效的服务名（只能包含字母、数字、_ . 和 -，且以字母开头）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A service manager must own a service.</source>
        <translation>服务负责人必须负责某个服务。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The escalation order must be between 1 and 99.</source>
        <translation>升级顺序必须在 1 到 99 之间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give at least one phone number, e-mail address or chat handle.</source>
        <translation>请至少填写一个电话号码、电子邮件地址或即时通讯账号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a phone number (digits, spaces, +, - and parentheses, at least 3 digits).</source>
        <translation>“%1”不是有效的电话号码（只能包含数字、空格、+、- 和括号，至少 3 位数字）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>“%1”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a chat handle.</source>
        <translation>“%1”不是有效的即时通讯账号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; cannot be a chat link: %2</source>
        <translation>“%1”不能作为即时通讯链接：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is already listed for %2.</source>
        <translation>%1 已登记在 %2 下。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already listed as %2.</source>
        <translation>%1 已登记为%2。</translation>
    </message>
</context>
<context>
    <name>payops::CronExpression</name>
    <message>
        <location filename="../models/tasks/cronexpression.cpp" line="+39"/>
        <source>minute</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day-of-month</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day-of-week</source>
        <translation>星期</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is outside the %2 field&apos;s range %3–%4.</source>
        <translation>%1 超出了%2字段的范围 %3–%4。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; in the %2 field is not a number.</source>
        <translation>%2字段中的“%1”不是数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; in the %2 field is not a number or a name such as %3.</source>
        <translation>%2字段中的“%1”既不是数字，也不是 %3 这样的名称。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The %1 field &quot;%2&quot; has an empty item in its list.</source>
        <translation>%1字段“%2”的列表中有空项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; in the %2 field has more than one &apos;/&apos;.</source>
        <translation>%2字段中的“%1”含有多个“/”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The step &quot;%1&quot; in the %2 field must be a whole number from 1 to %3.</source>
        <translation>%2字段中的步长“%1”必须是 1 到 %3 之间的整数。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; in the %2 field has nothing before the &apos;/&apos;: write */%3 or a range.</source>
        <translation>%2字段中的“%1”在“/”之前没有内容：请写成 */%3 或一个范围。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; in the %2 field is not a value or a range such as 1-5.</source>
        <translation>%2字段中的“%1”不是一个值，也不是 1-5 这样的范围。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The range %1 in the %2 field runs backwards; write it as two ranges, e.g. %3-%4,%5-%6.</source>
        <translation>%2字段中的范围 %1 是倒序的；请写成两个范围，例如 %3-%4,%5-%6。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The expression is empty: write five fields (minute hour day-of-month month day-of-week), e.g. &quot;30 2 * * *&quot;, or a shortcut such as @daily.</source>
        <translation>表达式为空：请写出五个字段（分钟 小时 日期 月份 星期），例如“30 2 * * *”，或 @daily 这样的快捷写法。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>@reboot is not a time: tasks run on schedules; use &quot;run once at the next start&quot; for missed runs instead.</source>
        <translation>@reboot 不是时间：任务按计划运行；错过的运行请改用“下次启动时运行一次”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown shortcut &quot;%1&quot;: use @yearly, @monthly, @weekly, @daily or @hourly.</source>
        <translation>未知的快捷写法“%1”：请使用 @yearly、@monthly、@weekly、@daily 或 @hourly。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>A cron expression has five fields (minute hour day-of-month month day-of-week); this one has %n.</source>
        <translation>
            <numerusform>cron 表达式有五个字段（分钟 小时 日期 月份 星期）；这个表达式有 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds and years are not supported.</source>
        <translation>不支持秒和年字段。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This expression never runs: none of the chosen months has a day %1.</source>
        <translation>该表达式永远不会运行：所选月份中没有第 %1 天。</translation>
    </message>
</context>
<context>
    <name>payops::CronSchedule</name>
    <message>
        <location filename="../models/tasks/cronschedule.cpp" line="+32"/>
        <source>No time zone given: name one such as Europe/Berlin or UTC.</source>
        <translation>未指定时区：请给出 Europe/Berlin 或 UTC 这样的时区。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown time zone &quot;%1&quot;: use an IANA name such as Europe/Berlin, America/New_York or UTC.</source>
        <translation>未知时区“%1”：请使用 IANA 名称，例如 Europe/Berlin、America/New_York 或 UTC。</translation>
    </message>
</context>
<context>
    <name>payops::CtlCommandLine</name>
    <message>
        <location filename="../app/payopsctl/ctlcommandline.cpp" line="+22"/>
        <source>Shows this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file (default: the console&apos;s, %1).</source>
        <translation>数据库文件（默认使用控制台的数据库文件，%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes the result as JSON (stable keys) instead of text.</source>
        <translation>以 JSON（键名固定）而非文本形式输出结果。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>An argument is missing.</source>
        <translation>缺少参数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--db needs a file name.</source>
        <translation>--db 需要一个文件名。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Run it with --help for more.</source>
        <translation>使用 --help 运行可查看更多信息。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exit codes:
  0  ok: done, nothing wrong found
  1  failure: something wrong was found or the job failed (the reason is on stderr)
  2  usage error: the command line was wrong, nothing was done</source>
        <translation>退出码：
  0  成功：已完成，未发现问题
  1  失败：发现了问题或任务失败（原因输出到 stderr）
  2  用法错误：命令行有误，未执行任何操作</translation>
    </message>
</context>
<context>
    <name>payops::CtlDispatcher</name>
    <message>
        <location filename="../app/payopsctl/ctldispatcher.cpp" line="+76"/>
        <source>No subcommand was given.</source>
        <translation>未指定子命令。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown subcommand: %1</source>
        <translation>未知子命令：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run payopsctl --help for the list of subcommands.</source>
        <translation>运行 payopsctl --help 查看子命令列表。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: payopsctl SUBCOMMAND [options]
The PayOps console&apos;s headless tool: the same models, no window.

Subcommands:
</source>
        <translation>用法：payopsctl SUBCOMMAND [选项]
PayOps 控制台的无界面工具：使用相同的模型，但没有窗口。

子命令：
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Options:
  -h, --help     Shows this help.
  -v, --version  Shows the version.
Each subcommand has its own --help, e.g. payopsctl db check --help.

</source>
        <translation>选项：
  -h, --help     显示此帮助。
  -v, --version  显示版本号。
每个子命令都有自己的 --help，例如 payopsctl db check --help。

</translation>
    </message>
</context>
<context>
    <name>payops::CustomRangePopup</name>
    <message>
        <location filename="../widgets/dashboard/customrangepopup.cpp" line="+30"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The start must be before the end.</source>
        <translation>开始时间必须早于结束时间。</translation>
    </message>
</context>
<context>
    <name>payops::DashboardTimeRange</name>
    <message>
        <location filename="../widgets/dashboard/dashboardtimerange.cpp" line="+91"/>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>payops::DashboardView</name>
    <message>
        <location filename="../widgets/dashboard/dashboardview.cpp" line="+60"/>
        <source>The charts show one service only. Click or press Esc to show all services.</source>
        <translation>图表仅显示一个服务。单击或按 Esc 可显示所有服务。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stack volume</source>
        <translation>堆叠交易量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the services&apos; transaction volumes on top of each other</source>
        <translation>将各服务的交易量堆叠绘制</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected chart as a PNG or PDF picture or a CSV table</source>
        <translation>将所选图表保存为 PNG 或 PDF 图片，或 CSV 表格</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Only %1 ✕</source>
        <translation>仅 %1 ✕</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>average</source>
        <translation>平均值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>all services</source>
        <translation>所有服务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaction volume</source>
        <translation>交易量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response time — %1</source>
        <translation>响应时间——%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failure ratio</source>
        <translation>失败率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Process CPU</source>
        <translation>进程 CPU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resident memory</source>
        <translation>常驻内存</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>The history could not be loaded: %1</source>
        <translation>无法加载历史数据：%1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no chart to export.</source>
        <translation>没有可导出的图表。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a file name ending in .png, .pdf or .csv.</source>
        <translation>请选择以 .png、.pdf 或 .csv 结尾的文件名。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chart written to %1</source>
        <translation>图表已写入 %1</translation>
    </message>
</context>
<context>
    <name>payops::DataSourceDialog</name>
    <message>
        <location filename="../widgets/datasourcedialog.cpp" line="+32"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Poll the services directly (the targets of the Targets view)</source>
        <translation>直接轮询服务（“目标”视图中的目标）(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a &amp;Prometheus server, which scrapes the services</source>
        <translation>向抓取这些服务的 Prometheus 服务器查询(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the token over plain http (anyone on the path can read it)</source>
        <translation>通过明文 http 发送令牌（链路上的任何人都能读取）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test the queries</source>
        <translation>测试查询(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>http://prometheus:9090</source>
        <translation>http://prometheus:9090</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: no Authorization header</source>
        <translation>无：不发送 Authorization 头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: the system&apos;s certificate authorities</source>
        <translation>无：使用系统的证书颁发机构</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PromQL (per service)</source>
        <translation>PromQL（按服务）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runs every query once against the server (Ctrl+T)</source>
        <translation>对服务器运行每个查询一次 (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Default Queries</source>
        <translation>默认查询(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Token file:</source>
        <translation>令牌文件(&amp;T)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bearer token file</source>
        <translation>Bearer 令牌文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate authority (PEM or DER)</source>
        <translation>证书颁发机构（PEM 或 DER）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Query every:</source>
        <translation>查询间隔(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Cannot be used yet: %1.</source>
        <translation>尚不能使用：%1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>asking…</source>
        <translation>查询中…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>off (no query)</source>
        <translation>关闭（无查询）</translation>
    </message>
</context>
<context>
    <name>payops::DatabaseBackup</name>
    <message>
        <location filename="../models/tasks/databasebackup.cpp" line="+134"/>
        <source>The copy %1 cannot be opened: %2</source>
        <translation>无法打开副本 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The integrity check of %1 could not run: %2</source>
        <translation>无法对 %1 运行完整性检查：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copy %1 is damaged: %2</source>
        <translation>副本 %1 已损坏：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The rows of the copy %1 cannot be counted: %2</source>
        <translation>无法统计副本 %1 的行数：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 rows in the source, %3 in the copy</source>
        <translation>%1：源中 %2 行，副本中 %3 行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: only in the copy</source>
        <translation>%1：仅存在于副本中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The restore test of %1 failed: %2</source>
        <translation>%1 的恢复测试失败：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 exists already; a backup never overwrites a file.</source>
        <translation>%1 已存在；备份从不覆盖文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 cannot be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 cannot be read: %2</source>
        <translation>无法读取数据库 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rows of %1 cannot be counted: %2</source>
        <translation>无法统计 %1 的行数：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The copy to %1 failed: %2</source>
        <translation>复制到 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied %1 bytes in %2 ms.</source>
        <translation>已在 %2 毫秒内复制 %1 字节。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Integrity check: ok. Restore test: %1 tables, %2 rows, the same as the source.</source>
        <translation>完整性检查：正常。恢复测试：%1 张表，%2 行，与源一致。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy %1 cannot be read back for its checksum.</source>
        <translation>无法回读副本 %1 以计算校验和。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The checksum file %1 cannot be written: %2</source>
        <translation>无法写入校验和文件 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>Not restored: %1</source>
        <translation>未恢复：%1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Not restored: the current database could not be kept aside: %1</source>
        <translation>未恢复：无法另存当前数据库：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not restored (the current database is unchanged or kept at %1): %2</source>
        <translation>未恢复（当前数据库未改变，或已另存于 %1）：%2</translation>
    </message>
</context>
<context>
    <name>payops::DatabaseMove</name>
    <message>
        <location filename="../models/tasks/databasemove.cpp" line="+15"/>
        <source>Not moved: %1 is where the database already is.</source>
        <translation>未移动：数据库已经在 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not moved: there is no database at %1.</source>
        <translation>未移动：%1 处没有数据库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not moved: the folder %1 cannot be created.</source>
        <translation>未移动：无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not moved: %1</source>
        <translation>未移动：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database was moved, but the old file could not be removed: %1</source>
        <translation>数据库已移动，但无法删除旧文件：%1</translation>
    </message>
</context>
<context>
    <name>payops::DbCheckCommand</name>
    <message>
        <location filename="../app/payopsctl/dbcheckcommand.cpp" line="+57"/>
        <source>Checks the database: integrity, schema version, size of each area.</source>
        <translation>检查数据库：完整性、架构版本以及各区域的大小。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opens the console&apos;s database, runs SQLite&apos;s integrity check and shows the schema version and the rows and bytes of each area.
Without --migrate the file is only read, never written: a file of an older version is reported as needing an update (exit code 1).</source>
        <translation>打开控制台的数据库，运行 SQLite 完整性检查，并显示架构版本以及各区域的行数和字节数。
不带 --migrate 时只读取文件，绝不写入：旧版本的文件会被报告为需要升级（退出码 1）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creates the file if it is missing and updates it to the latest schema first, as the console does when it starts.</source>
        <translation>先在文件不存在时创建该文件，并将其升级到最新架构，与控制台启动时的做法相同。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Targets and services</source>
        <translation>目标和服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics history</source>
        <translation>指标历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playbooks</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings and audit log</source>
        <translation>设置和审计日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database:       %1</source>
        <translation>数据库：    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version: %1 (this program knows up to %2)</source>
        <translation>架构版本：  %1（本程序最高支持 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity:      %1</source>
        <translation>完整性：    %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DAMAGED</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File size:      %1 (%2 pages of %3 bytes, %4 free)</source>
        <translation>文件大小：  %1（%2 页，每页 %3 字节，空闲 %4）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This SQLite has no dbstat table: sizes per table are unknown, rows are counted.</source>
        <translation>此 SQLite 没有 dbstat 表：各表的大小未知，仅统计行数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area / table</source>
        <translation>区域 / 表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The integrity check of %1 could not run: %2</source>
        <translation>无法对 %1 执行完整性检查：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file %1 is damaged. SQLite&apos;s integrity check found: %2</source>
        <translation>数据库文件 %1 已损坏。SQLite 完整性检查发现：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file %1 is at schema version %2 and needs updating to version %3. It was left untouched. Run payopsctl db check --migrate (or start the console) to update it.</source>
        <translation>数据库文件 %1 的架构版本为 %2，需要升级到版本 %3。该文件未被改动。请运行 payopsctl db check --migrate（或启动控制台）进行升级。</translation>
    </message>
</context>
<context>
    <name>payops::DerivedMetricCatalog</name>
    <message>
        <location filename="../models/metrics/derivedmetric.cpp" line="+18"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../models/metrics/derivedmetriccatalog.cpp" line="+49"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PiB</source>
        <translation>PiB</translation>
    </message>
    <message>
        <location filename="../models/metrics/derivedmetriccatalog.cpp" line="-34"/>
        <source>Transactions per second</source>
        <translation>每秒交易数 (TPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>tx/s</source>
        <translation>tx/s</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Failure ratio</source>
        <translation>失败率</translation>
    </message>
    <message>
        <location filename="../models/metrics/derivedmetric.cpp" line="-54"/>
        <location filename="../models/metrics/derivedmetriccatalog.cpp" line="+1"/>
        <location line="+27"/>
        <location line="+9"/>
        <location line="+3"/>
        <location line="+6"/>
        <location line="+9"/>
        <location line="+3"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../models/metrics/derivedmetriccatalog.cpp" line="-55"/>
        <source>Average response time</source>
        <translation>平均响应时间</translation>
    </message>
    <message>
        <location filename="../models/metrics/derivedmetric.cpp" line="-3"/>
        <location filename="../models/metrics/derivedmetriccatalog.cpp" line="+1"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+36"/>
        <location line="+6"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../models/metrics/derivedmetriccatalog.cpp" line="-61"/>
        <source>Median response time</source>
        <translation>响应时间中位数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>95th percentile response time</source>
        <translation>响应时间 P95</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>99th percentile response time</source>
        <translation>响应时间 P99</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average database query time</source>
        <translation>平均数据库查询耗时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>95th percentile database query time</source>
        <translation>数据库查询耗时 P95</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average external call time</source>
        <translation>平均外部调用耗时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>95th percentile external call time</source>
        <translation>外部调用耗时 P95</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Process CPU usage</source>
        <translation>进程 CPU 使用率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resident memory</source>
        <translation>常驻内存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open file descriptors</source>
        <translation>打开的文件描述符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host CPU usage</source>
        <translation>主机 CPU 使用率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host memory usage</source>
        <translation>主机内存使用率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request rate</source>
        <translation>请求速率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected requests (429 and 5xx)</source>
        <translation>被拒绝的请求（429 和 5xx）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed logins</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspicious transactions</source>
        <translation>可疑交易</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instances up</source>
        <translation>正常实例数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scrape duration</source>
        <translation>抓取耗时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheduled task failed</source>
        <translation>计划任务失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheduled task overdue</source>
        <translation>计划任务逾期</translation>
    </message>
</context>
<context>
    <name>payops::DiagnoseCommand</name>
    <message>
        <location filename="../app/payopsctl/diagnosecommand.cpp" line="+51"/>
        <source>Runs the playbooks&apos; checks against a service and ranks the possible causes.</source>
        <translation>对某个服务运行处置手册中的检查，并对可能原因进行排序。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Polls the targets twice, then runs every automatic check of the matching playbooks at once: metric checks against the values polled, health checks (GET /health) and TCP connects with their latency, each with the deadline. Questions for the operator are listed as unanswered. Prints the causes ranked by their evidence, with the reasoning.
Exit code 0 when no cause is confirmed, 1 when one is.</source>
        <translation>先对目标采集两次，然后同时运行相应处置手册中的所有自动检查：基于采集值的指标检查、健康检查（GET /health）以及测量延迟的 TCP 连接，每项都有超时期限。需要操作员回答的问题列为未回答。按证据输出排序后的原因及推理。
没有原因被确认时退出码为 0，有原因被确认时为 1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The incident type: a playbook id (transaction-failure, long-response-time, system-downtime, security-issues). Default: every playbook.</source>
        <translation>事件类型：处置手册编号（transaction-failure、long-response-time、system-downtime、security-issues）。默认：全部处置手册。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll these targets (file_sd JSON) instead of the database&apos;s.</source>
        <translation>采集这些目标（file_sd JSON），而不是数据库中的目标。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long each health request and TCP connect may take (default 2).</source>
        <translation>每次健康检查请求和 TCP 连接的最长耗时（默认 2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The affected service.</source>
        <translation>受影响的服务。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--deadline needs a number of seconds from 0.01 to 60.</source>
        <translation>--deadline 需要 0.01 到 60 之间的秒数。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no playbook &quot;%1&quot;. Known types: %2.</source>
        <translation>没有处置手册“%1”。已知类型：%2。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No target of the service &quot;%1&quot; is known: its checks stay unanswered.</source>
        <translation>未知服务“%1”的任何目标：其检查将无法得出结果。</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Diagnosis of %1 (%n target(s) polled; checks answered in %2 ms)</source>
        <translation>
            <numerusform>%1 的诊断（已采集 %n 个目标；检查在 %2 毫秒内完成）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Most likely: %1.</source>
        <translation>最可能的原因：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cause is confirmed by the checks.</source>
        <translation>检查未确认任何原因。</translation>
    </message>
</context>
<context>
    <name>payops::DiagnosisRanking</name>
    <message>
        <location filename="../models/incidents/diagnosisranking.cpp" line="+113"/>
        <source>question not answered: %1</source>
        <translation>问题尚未回答：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no answer yet</source>
        <translation>%1：尚无结果</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Confirmed by %1 of %2 checks: %3.</source>
        <translation>%2 项检查中有 %1 项确认：%3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Against it: %1.</source>
        <translation>反对证据：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ruled out by %1 of %2 checks: %3.</source>
        <translation>%2 项检查中有 %1 项排除：%3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No check has answered yet; nothing speaks for or against it.</source>
        <translation>尚无检查给出结果；没有支持或反对的证据。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n check(s) still open.</source>
        <translation>
            <numerusform>仍有 %n 项检查未完成。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>payops::DiagnosisRunner</name>
    <message>
        <location filename="../models/incidents/diagnosisrunner.cpp" line="+79"/>
        <source>%1 of %2: no current value (the service does not answer its scrapes)</source>
        <translation>%2 的 %1：没有当前值（该服务未响应采集）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2: no value (not measured for this service)</source>
        <translation>%2 的 %1：无数值（该服务未测量此指标）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 is %3 (confirms when %4)</source>
        <translation>%2 的 %1 为 %3（%4 时确认）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 is %3 (would confirm when %4)</source>
        <translation>%2 的 %1 为 %3（%4 时才会确认）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 /health does not answer: %2</source>
        <translation>%1 的 /health 无响应：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 /health does not answer (%2), so %3 cannot be told</source>
        <translation>%1 的 /health 无响应（%2），因此无法判断 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 overall</source>
        <translation>%1 整体</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 /health does not report %2</source>
        <translation>%1 的 /health 未报告 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2, as expected</source>
        <translation>%1：%2，符合预期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2, expected %3</source>
        <translation>%1：%2，预期为 %3</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 — answered %2</source>
        <translation>%1 —— 回答：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>question not answered: %1</source>
        <translation>问题尚未回答：%1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1: live checks are unavailable offline</source>
        <translation>%1：离线模式下无法进行实时检查</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2: no metric values yet</source>
        <translation>%2 的 %1：尚无指标数值</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no health URL is known for this service</source>
        <translation>%1：未知该服务的健康检查地址</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: no address is known for this service</source>
        <translation>%1：未知该服务的地址</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>no answer within %1 ms</source>
        <translation>%1 毫秒内无响应</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>TCP %1: %2</source>
        <translation>TCP %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TCP %1: connected in %2 ms, slower than %3 ms</source>
        <translation>TCP %1：连接耗时 %2 毫秒，超过 %3 毫秒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TCP %1: connected in %2 ms (limit %3 ms)</source>
        <translation>TCP %1：连接耗时 %2 毫秒（上限 %3 毫秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP %1: connected in %2 ms</source>
        <translation>TCP %1：连接耗时 %2 毫秒</translation>
    </message>
</context>
<context>
    <name>payops::DiscoverPage</name>
    <message>
        <location filename="../widgets/incidents/wizard/discoverpage.cpp" line="+51"/>
        <source>1. Discover and report</source>
        <translation>1. 发现与报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is wrong, where, and since when. Choose the playbook to work with.</source>
        <translation>哪里出了什么问题，从何时开始。选择要使用的处置手册。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Playbook:</source>
        <translation>处置手册(&amp;P)：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the alert %1</source>
        <translation>告警 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Service: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;Type: %3 · Severity: %4 · Status: %5&lt;br&gt;Open since %6 (%7), opened by %8.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;服务：&lt;b&gt;%2&lt;/b&gt;&lt;br&gt;类型：%3 · 严重程度：%4 · 状态：%5&lt;br&gt;自 %6 起未关闭（%7），由 %8 打开。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Offline: no live values. The wizard runs with the questions you answer only.</source>
        <translation>离线：没有实时数值。向导仅依据您回答的问题运行。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not answer its scrapes: %2</source>
        <translation>%1 未响应采集：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No values for %1 yet.</source>
        <translation>%1 尚无数值。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>None of this playbook&apos;s symptoms shows in the values now.</source>
        <translation>当前数值未显示此处置手册的任何症状。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing now: %1</source>
        <translation>当前显示：%1</translation>
    </message>
</context>
<context>
    <name>payops::DowntimeShading</name>
    <message>
        <location filename="../widgets/dashboard/downtimeshading.cpp" line="+51"/>
        <source>%1 down</source>
        <translation>%1 故障</translation>
    </message>
</context>
<context>
    <name>payops::EscalationReminder</name>
    <message>
        <location filename="../models/incidents/incidentnotification.cpp" line="+165"/>
        <source>Nobody has been reached %1 min after the last notification: escalate to %2 (%3).</source>
        <translation>上次通知后已过 %1 分钟，仍未联系上任何人：请升级联系 %2（%3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody has been reached %1 min after the last notification, and everyone in the escalation order has been notified: call them again.</source>
        <translation>上次通知后已过 %1 分钟，仍未联系上任何人，且升级顺序中的所有人都已通知：请再次致电。</translation>
    </message>
</context>
<context>
    <name>payops::FileSdFormat</name>
    <message>
        <location filename="../models/services/filesdformat.cpp" line="+12"/>
        <source>entry %1: %2</source>
        <translation>条目 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry %1, target &quot;%2&quot;: %3</source>
        <translation>条目 %1，目标“%2”：%3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the file is not valid JSON: %1 at byte %2</source>
        <translation>该文件不是有效的 JSON：%1，位于第 %2 字节</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file must hold a JSON array of target groups, as Prometheus&apos; file_sd does</source>
        <translation>该文件必须包含一个由目标组构成的 JSON 数组，与 Prometheus 的 file_sd 格式相同</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the entry is not a JSON object</source>
        <translation>该条目不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the entry has no &quot;targets&quot; list</source>
        <translation>该条目没有 &quot;targets&quot; 列表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the entry&apos;s &quot;targets&quot; list is empty</source>
        <translation>该条目的 &quot;targets&quot; 列表为空</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;labels&quot; is not a JSON object</source>
        <translation>&quot;labels&quot; 不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the label &quot;%1&quot; is not a string</source>
        <translation>标签 &quot;%1&quot; 不是字符串</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid label name</source>
        <translation>&quot;%1&quot; 不是有效的标签名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the scheme &quot;%1&quot; is not http or https</source>
        <translation>协议 &quot;%1&quot; 不是 http 或 https</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the path &quot;%1&quot; of %2 does not start with /</source>
        <translation>%2 的路径 &quot;%1&quot; 未以 / 开头</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 &quot;%2&quot; is not a duration such as 5s or 500ms</source>
        <translation>%1 的值 &quot;%2&quot; 不是 5s 或 500ms 这样的时长</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation>&quot;%1&quot; 不是有效的主机名</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>a target is not a string</source>
        <translation>某个目标不是字符串</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the target is listed twice in this entry</source>
        <translation>该目标在此条目中重复列出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the target is listed already in entry %1</source>
        <translation>该目标已在条目 %1 中列出</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>payops::FirstRunPage</name>
    <message>
        <location filename="../widgets/dashboard/firstrunpage.cpp" line="+14"/>
        <source>Watch the bundled simulator</source>
        <translation>监控内置模拟器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts paysim, four simulated payment services on this computer, and watches them. It stops when the console does.</source>
        <translation>在本机启动 paysim（四个模拟的支付服务）并监控它们。控制台退出时它随之停止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a file_sd file…</source>
        <translation>导入 file_sd 文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The targets Prometheus already scrapes, from its file_sd JSON: you see what changes before anything is saved.</source>
        <translation>从 Prometheus 的 file_sd JSON 导入它已在抓取的目标：保存之前先看到会改变什么。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to a Prometheus server…</source>
        <translation>连接 Prometheus 服务器…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the metrics and their history from a Prometheus server that already scrapes the services, instead of polling them.</source>
        <translation>从已在抓取这些服务的 Prometheus 服务器读取指标及其历史，而不是直接轮询服务。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a target…</source>
        <translation>添加目标…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One /metrics URL of a service, tested before it is saved.</source>
        <translation>服务的一个 /metrics URL，保存前先测试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the dashboard anyway</source>
        <translation>仍然显示仪表盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The charts, with whatever the targets answer from now on.</source>
        <translation>显示图表，内容为目标从现在起返回的数据。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nothing to watch yet</source>
        <translation>还没有可监控的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No service is configured. Choose where the console gets its metrics:</source>
        <translation>尚未配置任何服务。请选择控制台获取指标的方式：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No target has answered yet</source>
        <translation>还没有目标应答</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>None of the %n configured target(s) has answered since the console started.</source>
        <translation>
            <numerusform>自控制台启动以来，已配置的 %n 个目标都没有应答。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>payops::FollowUpPage</name>
    <message>
        <location filename="../widgets/incidents/wizard/followuppage.cpp" line="+30"/>
        <source>&amp;Write the Post-Mortem…</source>
        <translation>撰写事后复盘(&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close the incident when finished</source>
        <translation>完成后关闭事件(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>6. Follow up</source>
        <translation>6. 后续跟进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What caused it, what it cost, what was done and what must change. The post-mortem is written from this.</source>
        <translation>原因是什么、造成了什么损失、做了什么、必须改进什么。事后复盘据此撰写。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Estimating the impact from the metric history…</source>
        <translation>正在根据指标历史估算影响…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One follow-up item a line</source>
        <translation>每行一个后续事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What went well, what did not, what to change</source>
        <translation>哪些做得好，哪些不好，需要改变什么</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who noticed, which customers, which merchants</source>
        <translation>谁发现的，涉及哪些客户、哪些商户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the report as Markdown and PDF (Ctrl+S)</source>
        <translation>以 Markdown 和 PDF 撰写报告（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Root cause:</source>
        <translation>根本原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact:</source>
        <translation>影响：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact &amp;notes:</source>
        <translation>影响说明(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actions taken:</source>
        <translation>已采取的措施(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lessons:</source>
        <translation>经验教训(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow-up items:</source>
        <translation>后续事项(&amp;F)：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 long; about %2 failed transactions (%3)</source>
        <translation>持续 %1；约 %2 笔交易失败（%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 long; failed transactions unknown (%2)</source>
        <translation>持续 %1；失败交易数未知（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closed after the follow-up: %1</source>
        <translation>后续跟进后关闭：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Writing the post-mortem…</source>
        <translation>正在撰写事后复盘…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The post-mortem was not written: %1</source>
        <translation>未能写出事后复盘：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written: %1 and %2</source>
        <translation>已写出：%1 和 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-mortem written to %1</source>
        <translation>事后复盘已写入 %1</translation>
    </message>
</context>
<context>
    <name>payops::HealthRequest</name>
    <message>
        <location filename="../models/metrics/healthrequest.cpp" line="+32"/>
        <source>no answer within %1 ms</source>
        <translation>%1 毫秒内无响应</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>payops::HttpResponseParser</name>
    <message>
        <location filename="../models/metrics/httpresponseparser.cpp" line="+95"/>
        <source>invalid HTTP response: its headers are larger than %1</source>
        <translation>无效的 HTTP 响应：响应头超过 %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>invalid HTTP response: a chunk size is not a hexadecimal number</source>
        <translation>无效的 HTTP 响应：分块大小不是十六进制数</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>invalid HTTP response: a chunk is longer than its size says</source>
        <translation>无效的 HTTP 响应：某个分块比它声明的大小更长</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>invalid HTTP response: the connection closed in the middle of it</source>
        <translation>无效的 HTTP 响应：连接在响应中途关闭</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invalid HTTP response: a line of its chunked body is too long</source>
        <translation>无效的 HTTP 响应：分块正文中的某一行过长</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>invalid HTTP response: it does not start with an HTTP/1.x status line</source>
        <translation>无效的 HTTP 响应：开头不是 HTTP/1.x 状态行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid HTTP response: the status code is not a number from 100 to 599</source>
        <translation>无效的 HTTP 响应：状态码不是 100 到 599 之间的数字</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid HTTP response: a header line has no name</source>
        <translation>无效的 HTTP 响应：某个响应头行没有名称</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid HTTP response: the transfer coding &quot;%1&quot; is not supported</source>
        <translation>无效的 HTTP 响应：不支持传输编码“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid HTTP response: the service switched protocols</source>
        <translation>无效的 HTTP 响应：服务切换了协议</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>invalid HTTP response: its Content-Length is not one number</source>
        <translation>无效的 HTTP 响应：Content-Length 不是单一数字</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid HTTP response: the body is compressed (%1), which the console did not ask for</source>
        <translation>无效的 HTTP 响应：正文经过压缩（%1），而控制台并未请求压缩</translation>
    </message>
</context>
<context>
    <name>payops::Incident</name>
    <message>
        <location filename="../models/incidents/incident.cpp" line="+76"/>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mitigated</source>
        <translation>已缓解</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
</context>
<context>
    <name>payops::IncidentDesk</name>
    <message>
        <location filename="../models/incidents/incidentdesk.cpp" line="+117"/>
        <source>A note needs some text.</source>
        <translation>备注不能为空。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Resolving while the checks still confirm the cause needs a reason.</source>
        <translation>检查仍确认原因时解决事件需要说明理由。</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Alert %1 firing: %2</source>
        <translation>告警 %1 触发：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Alert %1 resolved</source>
        <translation>告警 %1 已恢复</translation>
    </message>
</context>
<context>
    <name>payops::IncidentNotification</name>
    <message>
        <location filename="../models/incidents/incidentnotification.cpp" line="-93"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>[PayOps] %1 %2: %3</source>
        <translation>[PayOps] %1 %2：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hello %1,</source>
        <translation>%1，您好：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayOps Console reports an incident on %1 that needs your attention.</source>
        <translation>PayOps 控制台报告 %1 发生故障，需要您处理。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What: %1 (%2)</source>
        <translation>现象：%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where: %1</source>
        <translation>位置：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since: %1</source>
        <translation>开始时间：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident: #%1, %2</source>
        <translation>故障：#%1，%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No evidence has been collected yet.</source>
        <translation>尚未收集到证据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence now:</source>
        <translation>当前证据：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  (%1 more not shown here: see the console)</source>
        <translation>  （另有 %1 条未列出，请在控制台查看）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please reply or call back to confirm that you have seen this.</source>
        <translation>请回复或回电，确认您已收到此消息。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>— PayOps Console</source>
        <translation>—— PayOps 控制台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject: %1</source>
        <translation>主题：%1</translation>
    </message>
</context>
<context>
    <name>payops::IncidentRepository</name>
    <message>
        <location filename="../models/incidents/incidentrepository.cpp" line="+88"/>
        <source>Cannot open an incident without the service it is about.</source>
        <translation>无法创建事件：未指明所涉及的服务。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open an incident without its type.</source>
        <translation>无法创建事件：未指明事件类型。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Joined by %1</source>
        <translation>由 %1 并入</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opened by %1</source>
        <translation>由 %1 创建</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the incident: %1</source>
        <translation>无法创建事件：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot add to the timeline of incident %1: %2</source>
        <translation>无法向事件 %1 的时间线添加记录：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Acknowledged by %1</source>
        <translation>已由 %1 确认</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot acknowledge incident %1: %2</source>
        <translation>无法确认事件 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resolving while the checks still confirm the cause needs a reason.</source>
        <translation>检查仍确认该原因时将事件标为已解决，需要填写理由。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+116"/>
        <source>There is no incident %1.</source>
        <translation>不存在事件 %1。</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Incident %1 is already %2.</source>
        <translation>事件 %1 已经是“%2”状态。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident %1 is closed; a closed incident does not change.</source>
        <translation>事件 %1 已关闭；已关闭的事件不能再更改。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Status: %1 → %2</source>
        <translation>状态：%1 → %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resolved although the checks still confirm the cause. Reason: %1</source>
        <translation>在检查仍确认该原因的情况下标为已解决。理由：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot change the status of incident %1: %2</source>
        <translation>无法更改事件 %1 的状态：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot save where the wizard of incident %1 stands: %2</source>
        <translation>无法保存事件 %1 的向导进度：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot read the incidents: %1</source>
        <translation>无法读取事件：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot read incident %1: %2</source>
        <translation>无法读取事件 %1：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read the timeline of incident %1: %2</source>
        <translation>无法读取事件 %1 的时间线：%2</translation>
    </message>
</context>
<context>
    <name>payops::IncidentTableModel</name>
    <message>
        <location filename="../models/incidents/incidenttablemodel.cpp" line="+36"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+4"/>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened by</source>
        <translation>发起者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened at</source>
        <translation>发起时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to acknowledge</source>
        <translation>确认用时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to resolve</source>
        <translation>解决用时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>payops::IncidentTimelineEntry</name>
    <message>
        <location filename="../models/incidents/incident.cpp" line="+25"/>
        <source>Opened</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override</source>
        <translation>强制处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
</context>
<context>
    <name>payops::IncidentWizard</name>
    <message>
        <location filename="../widgets/incidents/wizard/incidentwizard.cpp" line="+44"/>
        <source>Troubleshoot #%1 — %2</source>
        <translation>排障 #%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the Post-Mortem In</source>
        <translation>将事后复盘保存到</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+163"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Discover and report</source>
        <translation>发现与报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notify</source>
        <translation>通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locate</source>
        <translation>定位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up</source>
        <translation>后续跟进</translation>
    </message>
</context>
<context>
    <name>payops::IncidentsReportCommand</name>
    <message>
        <location filename="../app/payopsctl/incidentscommands.cpp" line="+20"/>
        <source>Writes an incident&apos;s post-mortem report as Markdown and/or PDF.</source>
        <translation>将事件的事后复盘报告写为 Markdown 和/或 PDF。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writes the post-mortem of incident ID: the follow-up the wizard keeps (root cause, what was done, lessons, follow-up items), the impact estimated from the metric history of the incident window (duration, failed transactions, peaks), the whole timeline and charts of the window. The report is in the system&apos;s language (LANG). The database is only read.
Exit code 1 when the incident does not exist or a file cannot be written.</source>
        <translation>写出事件 ID 的事后复盘：向导保存的跟进内容（根本原因、已采取的措施、经验教训、后续事项）、根据事件时段的指标历史估算的影响（持续时间、失败交易数、峰值）、完整时间线以及该时段的图表。报告使用系统语言（LANG）。只读取数据库。
事件不存在或文件无法写入时退出码为 1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the report as Markdown to FILE.</source>
        <translation>将报告以 Markdown 格式写入 FILE。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the report as PDF to FILE.</source>
        <translation>将报告以 PDF 格式写入 FILE。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The incident&apos;s number.</source>
        <translation>事件编号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The incident ID must be a positive number, not %1.</source>
        <translation>事件 ID 必须是正整数，而不是 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give --markdown FILE, --pdf FILE or both.</source>
        <translation>请指定 --markdown FILE、--pdf FILE 或两者。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>payops::IncidentsView</name>
    <message>
        <location filename="../widgets/incidents/incidentsview.cpp" line="+50"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active (open or mitigated)</source>
        <translation>进行中（未解决或已缓解）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All services</source>
        <translation>全部服务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by title, service, type or opener</source>
        <translation>按标题、服务、类型或发起者筛选</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+96"/>
        <source>Select an incident to see its timeline.</source>
        <translation>选择一个事件以查看其时间线。</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>&amp;New Incident…</source>
        <translation>新建事件(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Troubleshoot…</source>
        <translation>排障(&amp;T)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mitigated…</source>
        <translation>已缓解(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolved…</source>
        <translation>已解决(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Closed…</source>
        <translation>已关闭(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y Timeline</source>
        <translation>复制时间线(&amp;Y)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>No incidents recorded.</source>
        <translation>尚无事件记录。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Incident %1 — %2 — %3 — %4</source>
        <translation>事件 %1 — %2 — %3 — %4</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Joined the open incident %1</source>
        <translation>已加入进行中的事件 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened incident %1</source>
        <translation>已发起事件 %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Incident %1: %2</source>
        <translation>事件 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How was it resolved? (required)</source>
        <translation>是如何解决的？（必填）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note (optional):</source>
        <translation>备注（可选）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not resolved: resolving needs a note that says how.</source>
        <translation>未标记为已解决：解决时需要填写说明。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Incident %1: Add Note</source>
        <translation>事件 %1：添加备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Timeline copied (%n entry(ies))</source>
        <translation>
            <numerusform>已复制时间线（%n 条）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>payops::KbExportCommand</name>
    <message>
        <location filename="../app/payopsctl/kbexportcommand.cpp" line="+24"/>
        <source>Exports the knowledge base as Markdown files or as one PDF.</source>
        <translation>将知识库导出为 Markdown 文件或单个 PDF。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writes the knowledge base into the folder DIR (created if missing): with --format md one Markdown file per article (&lt;article&gt;.md), with --format pdf one PDF (payops-knowledge-base-&lt;language&gt;.pdf) laid out as the console prints it.
If the database has no knowledge base yet, the shipped one is imported first, as the console does when it starts.</source>
        <translation>将知识库写入文件夹 DIR（不存在时自动创建）：使用 --format md 时，每篇文章生成一个 Markdown 文件（&lt;article&gt;.md）；使用 --format pdf 时，生成一个 PDF（payops-knowledge-base-&lt;language&gt;.pdf），版式与控制台打印的相同。
如果数据库中尚无知识库，则先导入内置知识库，与控制台启动时的做法相同。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>md (Markdown) or pdf.</source>
        <translation>md（Markdown）或 pdf。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The articles&apos; language, e.g. en or zh_CN (default: the system&apos;s, else English).</source>
        <translation>文章的语言，例如 en 或 zh_CN（默认跟随系统，否则为英文）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder to write into.</source>
        <translation>要写入的文件夹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--format must be md or pdf.</source>
        <translation>--format 必须为 md 或 pdf。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The knowledge base of %1 is empty, and the shipped one could not be imported: %2</source>
        <translation>%1 中的知识库为空，且无法导入内置知识库：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The knowledge base of %1 was empty: the shipped one (%n article(s)) was imported first, as the console does.</source>
        <translation>
            <numerusform>%1 中的知识库为空：已先导入内置知识库（%n 篇文章），与控制台的做法相同。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The knowledge base has no articles in &quot;%1&quot;. Languages it has: %2.</source>
        <translation>知识库中没有语言为“%1”的文章。已有的语言：%2。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Wrote %n article(s) as Markdown to %1.</source>
        <translation>
            <numerusform>已将 %n 篇文章以 Markdown 格式写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PayOps knowledge base</source>
        <translation>PayOps 知识库</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %n article(s) as PDF to %1.</source>
        <translation>
            <numerusform>已将 %n 篇文章以 PDF 格式写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>payops::KnowledgeBrowser</name>
    <message>
        <location filename="../widgets/knowledge/knowledgebrowser.cpp" line="+82"/>
        <source>Search the knowledge base (Ctrl+K)</source>
        <translation>搜索知识库 (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back (Alt+Left)</source>
        <translation>后退 (Alt+Left)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward (Alt+Right)</source>
        <translation>前进 (Alt+Right)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit this article</source>
        <translation>编辑此文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export to a PDF file</source>
        <translation>导出为 PDF 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>This article…</source>
        <translation>当前文章…</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <source>Whole knowledge base…</source>
        <translation>整个知识库…</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The knowledge base is being prepared…</source>
        <translation>正在准备知识库…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The article &quot;%1&quot; does not exist.</source>
        <translation>文章“%1”不存在。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revision %1 · edited locally · %2</source>
        <translation>修订版本 %1 · 已在本地编辑 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision %1 · %2</source>
        <translation>修订版本 %1 · %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>PayOps knowledge base</source>
        <translation>PayOps 知识库</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No article is open.</source>
        <translation>未打开任何文章。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The linked article &quot;%1&quot; does not exist.</source>
        <translation>链接的文章“%1”不存在。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No article matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的文章。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n article(s) found</source>
        <translation>
            <numerusform>找到 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Print &quot;%1&quot;</source>
        <translation>打印“%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print the knowledge base</source>
        <translation>打印知识库</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export article to PDF</source>
        <translation>将文章导出为 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Export the knowledge base to PDF</source>
        <translation>将知识库导出为 PDF</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export to PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>payops::KnowledgeContent</name>
    <message>
        <location filename="../models/knowledge/knowledgecontent.cpp" line="+25"/>
        <source>The knowledge base index %1 could not be read: %2</source>
        <translation>无法读取知识库索引 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The knowledge base index %1 is not valid JSON: %2</source>
        <translation>知识库索引 %1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The knowledge base index %1 lists no languages.</source>
        <translation>知识库索引 %1 未列出任何语言。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A section of the knowledge base index %1 has no id.</source>
        <translation>知识库索引 %1 中有一个章节缺少 ID。</translation>
    </message>
</context>
<context>
    <name>payops::KnowledgeMarkdownExporter</name>
    <message>
        <location filename="../models/knowledge/knowledgemarkdownexporter.cpp" line="+27"/>
        <source>There is nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>payops::KnowledgePdfExporter</name>
    <message>
        <location filename="../widgets/knowledge/knowledgepdfexporter.cpp" line="+100"/>
        <source>There is nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>payops::KnowledgeRepository</name>
    <message>
        <location filename="../models/knowledge/knowledgerepository.cpp" line="+354"/>
        <source>Revision %1 of the article &quot;%2&quot; does not exist.</source>
        <translation>文章“%2”的修订版本 %1 不存在。</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Enter your name: every change to the knowledge base records its author.</source>
        <translation>请输入您的姓名：知识库的每次更改都会记录作者。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An article cannot be empty.</source>
        <translation>文章内容不能为空。</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+3"/>
        <location line="+51"/>
        <source>The knowledge base could not be saved: %1</source>
        <translation>无法保存知识库：%1</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>The article &quot;%1&quot; does not exist.</source>
        <translation>文章“%1”不存在。</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+17"/>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+107"/>
        <source>The knowledge base could not be imported: %1</source>
        <translation>无法导入知识库：%1</translation>
    </message>
</context>
<context>
    <name>payops::LinkOpener</name>
    <message>
        <location filename="../widgets/linkopener.cpp" line="+15"/>
        <source>No application is set up to open %1.</source>
        <translation>没有可用于打开 %1 的应用程序。</translation>
    </message>
</context>
<context>
    <name>payops::LocatePage</name>
    <message>
        <location filename="../widgets/incidents/wizard/locatepage.cpp" line="+30"/>
        <source>%1 (metric)</source>
        <translation>%1（指标）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>health</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>health of %1</source>
        <translation>%1 的健康状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP connect</source>
        <translation>TCP 连接</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read the &amp;Article</source>
        <translation>阅读文章(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the Checks &amp;Again</source>
        <translation>重新运行检查(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. Locate</source>
        <translation>3. 定位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every check of every cause runs at once; the causes are ranked by what the checks found.</source>
        <translation>所有原因的所有检查同时运行；按检查结果对原因排序。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cause / check</source>
        <translation>原因 / 检查</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run every check again (F5)</source>
        <translation>重新运行所有检查（F5）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Offline: live checks are unavailable. Answer the questions; the causes are ranked by your answers.</source>
        <translation>离线：无法进行实时检查。请回答问题；原因将按您的回答排序。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 checks answered in %3 s</source>
        <translation>%3 秒内已完成 %1 / %2 项检查</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>none confirmed</source>
        <translation>无已确认原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 confirm, %2 rule out, %3 open — leading cause: %4</source>
        <translation>%1 项确认，%2 项排除，%3 项待定 — 首要原因：%4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks run: %1 confirm, %2 rule out, %3 open; leading cause: %4</source>
        <translation>已运行检查：%1 项确认，%2 项排除，%3 项待定；首要原因：%4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ruled out</source>
        <translation>已排除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>待定</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+50"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered &quot;%1&quot;: %2</source>
        <translation>已回答“%1”：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrew the answer to &quot;%1&quot;</source>
        <translation>已撤回对“%1”的回答</translation>
    </message>
</context>
<context>
    <name>payops::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="+35"/>
        <source>PayOps Console</source>
        <translation>PayOps 控制台</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Targets…</source>
        <translation>导入目标(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Targets…</source>
        <translation>导出目标(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data Source…</source>
        <translation>数据源(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Chart…</source>
        <translation>导出图表(&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About PayOps Console</source>
        <translation>关于 PayOps 控制台(&amp;A)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The targets ask for more scrapes than this machine or network manages. Every scrape still finishes; each target is scraped less often than configured.</source>
        <translation>目标所需的抓取量超出了本机或网络的处理能力。每次抓取仍会完成，但每个目标的实际抓取频率低于配置值。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no targets</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all up</source>
        <translation>全部正常</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all down</source>
        <translation>全部故障</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>some down</source>
        <translation>部分故障</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; Targets up %2/%3 — %4</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; 正常目标 %2/%3——%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last poll %1</source>
        <translation>最近轮询 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Import Targets</source>
        <translation>导入目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus file_sd JSON (*.json);;All files (*)</source>
        <translation>Prometheus file_sd JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Targets</source>
        <translation>导出目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus file_sd JSON (*.json)</source>
        <translation>Prometheus file_sd JSON (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch to the view in that place of the sidebar</source>
        <translation>切换到侧边栏中对应位置的视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen on or off</source>
        <translation>开启或关闭全屏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F, Ctrl+K</source>
        <translation>Ctrl+F, Ctrl+K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search the knowledge base or the contacts</source>
        <translation>搜索知识库或联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left, Alt+Right</source>
        <translation>Alt+Left, Alt+Right</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back and forward between articles</source>
        <translation>在文章之间后退和前进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z, Ctrl+Shift+Z</source>
        <translation>Ctrl+Z, Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo a contact, alert rule or task change; redo a contact or rule change</source>
        <translation>撤销联系人、告警规则或任务的更改；重做联系人或规则的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A, S</source>
        <translation>A, S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alerts: acknowledge or silence the selected alert</source>
        <translation>告警：确认或静默所选告警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P, T</source>
        <translation>P, T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alerts: open the playbook of the selected alert, or troubleshoot it</source>
        <translation>告警：打开所选告警的处置手册，或对其进行故障排查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+K, Alt+1, Alt+2, Alt+3</source>
        <translation>Ctrl+K、Alt+1、Alt+2、Alt+3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incidents: acknowledge; mitigated, resolved, closed</source>
        <translation>事件：确认；已缓解、已解决、已关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+T, Enter</source>
        <translation>Ctrl+T、Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incidents: troubleshoot the selected incident (the six-step wizard)</source>
        <translation>事件：对所选事件排障（六步向导）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5, Ctrl+Return, Ctrl+Break, Ctrl+S</source>
        <translation>F5、Ctrl+Return、Ctrl+Break、Ctrl+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wizard: run the checks again; run the command shown, end it; write the post-mortem</source>
        <translation>向导：重新运行检查；运行所示命令、结束它；撰写事后复盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N, Ctrl+E, Ctrl+D, Delete</source>
        <translation>Ctrl+N、Ctrl+E、Ctrl+D、Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incidents and tasks: new; tasks: edit, duplicate, remove</source>
        <translation>事件和任务：新建；任务：编辑、复制、删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R, Ctrl+T, Ctrl+Shift+A</source>
        <translation>Ctrl+R、Ctrl+T、Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tasks: run now, enable or disable, approve the waiting run</source>
        <translation>任务：立即运行、启用或停用、批准等待中的运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the incident&apos;s timeline, the tasks or the targets table</source>
        <translation>复制事件时间线、任务表或目标表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N, Ctrl+E, Ctrl+D, Delete, Ctrl+Z</source>
        <translation>Ctrl+N, Ctrl+E, Ctrl+D, Delete, Ctrl+Z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Targets: add, edit, duplicate, remove, undo</source>
        <translation>目标：添加、编辑、复制、移除、撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target editor: test the target with one real scrape</source>
        <translation>目标编辑器：以一次真实抓取测试目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mouse wheel, +, −</source>
        <translation>鼠标滚轮、+、−</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom a chart</source>
        <translation>缩放图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag, arrow keys</source>
        <translation>拖动、方向键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pan a chart</source>
        <translation>平移图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home, double-click</source>
        <translation>Home、双击</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset a chart&apos;s zoom and follow live data</source>
        <translation>重置图表缩放并跟随实时数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About PayOps Console</source>
        <translation>关于 PayOps 控制台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;PayOps Console %1&lt;/h3&gt;&lt;p&gt;Operations console for a payment system: live metrics, playbooks, contacts and the knowledge base, online or offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PayOps 控制台 %1&lt;/h3&gt;&lt;p&gt;支付系统运维控制台：实时指标、应急预案、联系人和知识库，支持在线和离线使用。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>payops::MaintenanceWindow</name>
    <message>
        <location filename="../models/alerts/maintenancewindow.cpp" line="+58"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the maintenance window needs a name</source>
        <translation>维护窗口需要名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose at least one weekday</source>
        <translation>请至少选择星期中的一天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the start must be a time of day from 00:00 to 23:59</source>
        <translation>开始时间必须是 00:00 到 23:59 之间的时刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the end must be a time of day from 00:00 to 24:00</source>
        <translation>结束时间必须是 00:00 到 24:00 之间的时刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a time zone this system knows (e.g. Europe/Berlin, Asia/Shanghai, UTC)</source>
        <translation>&quot;%1&quot; 不是本系统已知的时区（例如 Europe/Berlin、Asia/Shanghai、UTC）</translation>
    </message>
</context>
<context>
    <name>payops::MaintenanceWindowDialog</name>
    <message>
        <location filename="../widgets/alerts/maintenancewindowdialog.cpp" line="+24"/>
        <source>Add Maintenance Window</source>
        <translation>添加维护窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Weekly database maintenance</source>
        <translation>例如：每周数据库维护</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rea&amp;son:</source>
        <translation>原因(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>payops::MetricChart</name>
    <message>
        <location filename="../widgets/dashboard/metricchart.cpp" line="+84"/>
        <source>Paused — click to follow live</source>
        <translation>已暂停——单击以跟随实时数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chart stopped following new data because you zoomed or panned. Click (or press Home) to follow live data again.</source>
        <translation>由于您进行了缩放或平移，图表已停止跟随新数据。单击（或按 Home 键）可重新跟随实时数据。</translation>
    </message>
    <message>
        <location line="+688"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Time (%1)</source>
        <translation>时间（%1）</translation>
    </message>
</context>
<context>
    <name>payops::MetricStore</name>
    <message>
        <location filename="../models/metrics/metricstore.cpp" line="+292"/>
        <source>%1 reports calls to more than %2 distinct peers (label &quot;%3&quot;); calls to the others are not shown nor recorded, so that label values that change without end cannot fill the memory and the history.</source>
        <translation>%1 报告了对超过 %2 个不同对端的调用（标签 &quot;%3&quot;）；对其余对端的调用既不显示也不记录，以免无限变化的标签值占满内存和历史数据。</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>%1 (%2) serves more than %3 series the console uses; the others are ignored.</source>
        <translation>%1（%2）提供的控制台所用序列超过 %3 个；其余序列将被忽略。</translation>
    </message>
    <message>
        <location line="+267"/>
        <source>no scrape for %1 s</source>
        <translation>已 %1 秒未抓取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scrape failed</source>
        <translation>抓取失败</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 of %2 instances down; %3</source>
        <translation>%2 个实例中有 %1 个故障；%3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>health check of %1 failed: %2</source>
        <translation>%1 的健康检查失败：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 reports itself %2</source>
        <translation>%1 报告自身状态为 %2</translation>
    </message>
</context>
<context>
    <name>payops::NewIncidentDialog</name>
    <message>
        <location filename="../widgets/incidents/newincidentdialog.cpp" line="+17"/>
        <source>New Incident</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is wrong, in a few words</source>
        <translation>简要描述问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Incident</source>
        <translation>发起事件</translation>
    </message>
</context>
<context>
    <name>payops::NotificationPolicy</name>
    <message>
        <location filename="../models/alerts/notificationpolicy.cpp" line="+12"/>
        <source>silenced: %1</source>
        <translation>已静默：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>maintenance window &quot;%1&quot;</source>
        <translation>维护窗口 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flapping: it changes state too often to notify each change</source>
        <translation>抖动：状态变化过于频繁，不逐次通知</translation>
    </message>
</context>
<context>
    <name>payops::NotifyPage</name>
    <message>
        <location filename="../widgets/incidents/wizard/notifypage.cpp" line="+17"/>
        <source>2. Notify</source>
        <translation>2. 通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach the service&apos;s owners in escalation order, and the emergency contact. Mark who you reached.</source>
        <translation>按升级顺序联系服务负责人以及紧急联系人。标记已联系上的人。</translation>
    </message>
</context>
<context>
    <name>payops::NotifyPanel</name>
    <message>
        <location filename="../widgets/incidents/wizard/notifypanel.cpp" line="+54"/>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select a contact to see the message they will get.</source>
        <translation>选择一位联系人，查看将发送给其的消息。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;E-mail</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;all</source>
        <translation>拨打电话(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Message</source>
        <translation>复制消息(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;Reached</source>
        <translation>标记为已联系上(&amp;R)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>all services</source>
        <translation>所有服务</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nobody is in the contact directory to notify: there is no emergency contact. Add one in the Contacts view.</source>
        <translation>通讯录中没有可通知的人：没有紧急联系人。请在“联系人”视图中添加。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is in the contact directory for %1, and there is no emergency contact. Add the service&apos;s owners and an emergency contact in the Contacts view.</source>
        <translation>通讯录中没有 %1 的负责人，也没有紧急联系人。请在“联系人”视图中添加该服务的负责人和紧急联系人。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not notified</source>
        <translation>未通知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reached %1</source>
        <translation>已联系上 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notified %1</source>
        <translation>已通知 %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 has no e-mail address that can be opened as a link: copy the message instead.</source>
        <translation>%1 没有可作为链接打开的电子邮件地址：请改为复制消息。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notified %1 (%2) by e-mail to %3: %4</source>
        <translation>已通过电子邮件 %3 通知 %1（%2）：%4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no phone number that can be called from here.</source>
        <translation>%1 没有可从此处拨打的电话号码。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Called %1 (%2) at %3.</source>
        <translation>已拨打 %1（%2）的电话 %3。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copied the message for %1 (%2) to the clipboard.</source>
        <translation>已将发给 %1（%2）的消息复制到剪贴板。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2) was reached.</source>
        <translation>已联系上 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>payops::PdfCanvas</name>
    <message>
        <location filename="../models/tasks/pdfcanvas.cpp" line="+230"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>payops::PerformanceReview</name>
    <message>
        <location filename="../models/tasks/performancereview.cpp" line="+124"/>
        <location filename="../models/tasks/performancereviewreport.cpp" line="+139"/>
        <location filename="../models/tasks/performancereviewtask.cpp" line="+75"/>
        <location line="+13"/>
        <source>All services</source>
        <translation>所有服务</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+52"/>
        <source>The metric history cannot be read: %1</source>
        <translation>无法读取指标历史：%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>There is no metric history for the last %n day(s): the review needs the console (or payopsctl record) to have recorded the services&apos; metrics.</source>
        <translation>
            <numerusform>最近 %n 天没有指标历史：性能评审需要控制台（或 payopsctl record）已记录各服务的指标。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>payops::PerformanceReviewReport</name>
    <message>
        <location filename="../models/tasks/performancereviewreport.cpp" line="-92"/>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 / %2（%3 %）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>host %1</source>
        <translation>主机 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1%2 per day</source>
        <translation>每天 %1%2</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+16"/>
        <location line="+34"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>TPS peak</source>
        <translation>TPS 峰值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TPS average</source>
        <translation>TPS 平均值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failure ratio</source>
        <translation>失败率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p95 (last week → this week)</source>
        <translation>p95（上周 → 本周）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p99 (last week → this week)</source>
        <translation>p99（上周 → 本周）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU peak / capacity</source>
        <translation>CPU 峰值 / 容量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory peak / capacity</source>
        <translation>内存峰值 / 容量</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+34"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Daily peak now (trend)</source>
        <translation>当前每日峰值（趋势）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>not at this trend</source>
        <translation>按当前趋势不会越过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crossed already</source>
        <translation>已越过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than a year</source>
        <translation>超过一年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 days</source>
        <translation>%1 天后</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 – %2 UTC</source>
        <translation>%1 – %2 UTC</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+70"/>
        <source>Performance review</source>
        <translation>性能评审</translation>
    </message>
    <message numerus="yes">
        <location line="-69"/>
        <source>Period: %1, compared with the week before. Trend: the daily peak hour over the last %n day(s), fitted by least squares.</source>
        <translation>
            <numerusform>周期：%1，与前一周比较。趋势：最近 %n 天每日峰值小时的最小二乘拟合。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+69"/>
        <source>Per service</source>
        <translation>各服务</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+71"/>
        <source>Days left before a threshold is crossed</source>
        <translation>越过阈值前的剩余天数</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+71"/>
        <source>Not enough history for a trend (at least a week of daily peaks is needed).</source>
        <translation>历史不足以计算趋势（至少需要一周的每日峰值）。</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+72"/>
        <source>Largest regressions (week over week)</source>
        <translation>最大退化（周环比）</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+72"/>
        <source>No metric got worse than the week before by the regression threshold.</source>
        <translation>没有指标比前一周恶化超过退化阈值。</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Period: %1, compared with the week before.</source>
        <translation>周期：%1，与前一周比较。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Charts (hourly averages over the trend window)</source>
        <translation>图表（趋势窗口内的每小时平均值）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: transactions per second</source>
        <translation>%1：每秒交易数</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: p95 response time, trend and threshold</source>
        <translation>%1：p95 响应时间、趋势与阈值</translation>
    </message>
</context>
<context>
    <name>payops::PerformanceReviewTask</name>
    <message>
        <location filename="../models/tasks/performancereviewtask.cpp" line="-59"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: %2 has crossed %3 (trend now %4).</source>
        <translation>%1：%2 已越过 %3（当前趋势 %4）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 crosses %3 %4 at the current trend.</source>
        <translation>%1：按当前趋势，%2 将在 %4越过 %3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Largest regression: %1 %2 %3 → %4 (+%5 %).</source>
        <translation>最大退化：%1 %2 %3 → %4（+%5 %）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No threshold is crossed at the current trend and no metric regressed.</source>
        <translation>按当前趋势没有阈值会被越过，也没有指标退化。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The alert rules cannot be read (%1): the documented default thresholds apply.</source>
        <translation>无法读取告警规则（%1）：使用文档中的默认阈值。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report folder %1 cannot be created.</source>
        <translation>无法创建报告文件夹 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Performance review %1 (%n service(s)): %2</source>
        <translation>
            <numerusform>性能评审 %1（%n 个服务）：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>payops::PlaybookBrowser</name>
    <message>
        <location filename="../widgets/playbooks/playbookbrowser.cpp" line="+14"/>
        <source>Playbooks</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no playbook &quot;%1&quot;.</source>
        <translation>没有名为&quot;%1&quot;的处置手册。</translation>
    </message>
</context>
<context>
    <name>payops::PlaybookFormatter</name>
    <message>
        <location filename="../models/incidents/playbookformatter.cpp" line="+13"/>
        <source>above</source>
        <translation>高于</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at or above</source>
        <translation>不低于</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below</source>
        <translation>低于</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at or below</source>
        <translation>不高于</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>over the last %1 min</source>
        <translation>在过去 %1 分钟内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over the last %1 s</source>
        <translation>在过去 %1 秒内</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the affected service</source>
        <translation>受影响的服务</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health check</source>
        <translation>健康检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection test</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is down (up = 0)</source>
        <translation>%1 故障（up = 0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is up (up = 1)</source>
        <translation>%1 正常（up = 1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 %3 %4 %5</source>
        <extracomment>%1 metric, %2 service, %3 &quot;above&quot;/&quot;below&quot;..., %4 threshold with unit, %5 time window</extracomment>
        <translation>%2 的%1%5%3 %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not report &quot;%2&quot; on its health endpoint</source>
        <translation>%1 的健康检查端点未报告 &quot;%2&quot; 状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reports its dependency &quot;%2&quot; as other than &quot;%3&quot; on its health endpoint</source>
        <translation>%1 的健康检查端点报告其依赖项 &quot;%2&quot; 的状态不是 &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A TCP connection to %1 fails or takes longer than %2 ms</source>
        <translation>到 %1 的 TCP 连接失败或耗时超过 %2 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A TCP connection to %1:%2 fails or takes longer than %3 ms</source>
        <translation>到 %1:%2 的 TCP 连接失败或耗时超过 %3 ms</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes confirms this cause.</source>
        <translation>回答“是”即确认此原因。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes rules this cause out.</source>
        <translation>回答“是”即排除此原因。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirms this cause when true.</source>
        <translation>条件成立时即确认此原因。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run (asks first): %1</source>
        <translation>执行（执行前询问）：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run: %1</source>
        <translation>执行：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact: %1</source>
        <translation>联系：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact: %1 of %2</source>
        <translation>联系：%2 的%1</translation>
    </message>
</context>
<context>
    <name>payops::PlaybookLoader</name>
    <message>
        <location filename="../models/incidents/playbookloader.cpp" line="+161"/>
        <location line="+73"/>
        <location line="+552"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>未知字段 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-615"/>
        <location line="+54"/>
        <location line="+269"/>
        <location line="+67"/>
        <location line="+9"/>
        <location line="+11"/>
        <location line="+209"/>
        <location line="+9"/>
        <source>missing field &quot;%1&quot;</source>
        <translation>缺少字段 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-615"/>
        <source>field &quot;%1&quot; must be a text, not %2</source>
        <translation>字段 &quot;%1&quot; 必须是文本，而不是 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>field &quot;%1&quot; is empty</source>
        <translation>字段 &quot;%1&quot; 为空</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bad id %1 in field &quot;%2&quot; (use lower-case letters, digits and hyphens)</source>
        <translation>字段 &quot;%2&quot; 中的 ID %1 无效（请使用小写字母、数字和连字符）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>field &quot;%1&quot; must be an object with &quot;en&quot; and &quot;zh_CN&quot; texts</source>
        <translation>字段 &quot;%1&quot; 必须是包含 &quot;en&quot; 和 &quot;zh_CN&quot; 文本的对象</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>field &quot;%1&quot; must be a list</source>
        <translation>字段 &quot;%1&quot; 必须是列表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>field &quot;%1&quot; is an empty list</source>
        <translation>字段 &quot;%1&quot; 是空列表</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bad service name %1</source>
        <translation>服务名 %1 无效</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown service %1 (known: %2, or &quot;affected&quot;)</source>
        <translation>未知服务 %1（已知服务：%2，或 &quot;affected&quot;）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown knowledge article %1</source>
        <translation>未知的知识库文章 %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+9"/>
        <source>playbook</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+20"/>
        <location line="+39"/>
        <location line="+67"/>
        <location line="+202"/>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>bad revision %1 (a whole number from 1)</source>
        <translation>修订版本号 %1 无效（应为从 1 开始的整数）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bad related article %1</source>
        <translation>相关文章 %1 无效</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>symptom</source>
        <translation>症状</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>duplicate cause id %1</source>
        <translation>原因 ID %1 重复</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>bad scenario name %1</source>
        <translation>场景名 %1 无效</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>indicator</source>
        <translation>观测指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>duplicate check id %1</source>
        <translation>检查项 ID %1 重复</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an indicator must be a metric check, not %1</source>
        <translation>观测指标必须是 metric 类型的检查项，而不是 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown check type %1 (use metric, health, tcp or manual)</source>
        <translation>未知的检查类型 %1（请使用 metric、health、tcp 或 manual）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown metric name %1</source>
        <translation>未知的指标名 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bad comparison %1 (use &gt;, &gt;=, &lt; or &lt;=)</source>
        <translation>比较运算符 %1 无效（请使用 &gt;、&gt;=、&lt; 或 &lt;=）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>threshold must be a number, not %1</source>
        <translation>阈值必须是数字，而不是 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bad windowSeconds %1 (a whole number from 10 to 86400)</source>
        <translation>windowSeconds 值 %1 无效（应为 10 到 86400 之间的整数）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unit %1 does not fit metric %2 (use %3)</source>
        <translation>单位 %1 不适用于指标 %2（请使用 %3）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>threshold of %1 must be 0 or 1</source>
        <translation>%1 的阈值必须是 0 或 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>threshold %1 is negative</source>
        <translation>阈值 %1 为负数</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bad expected status %1 (use up, degraded or down)</source>
        <translation>预期状态 %1 无效（请使用 up、degraded 或 down）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>give either &quot;service&quot; or &quot;host&quot; and &quot;port&quot;, not both</source>
        <translation>请指定 &quot;service&quot;，或指定 &quot;host&quot; 和 &quot;port&quot;，不能同时指定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bad host %1</source>
        <translation>主机 %1 无效</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bad port %1 (a whole number from 1 to 65535)</source>
        <translation>端口 %1 无效（应为 1 到 65535 之间的整数）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>bad maxLatencyMs %1 (a whole number of milliseconds from 1 to 60000)</source>
        <translation>maxLatencyMs 值 %1 无效（应为 1 到 60000 之间的整数毫秒数）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>bad yesMeans %1 (use confirms or rules_out)</source>
        <translation>yesMeans 值 %1 无效（请使用 confirms 或 rules_out）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>duplicate solution id %1</source>
        <translation>解决方案 ID %1 重复</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>program %1 is a shell string: give the program alone and its arguments as a list</source>
        <translation>程序 %1 是 shell 命令字符串：请只填写程序本身，并以列表形式给出其参数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>program %1 runs a shell: give the program to run and its arguments instead</source>
        <translation>程序 %1 会启动 shell：请改为直接给出要运行的程序及其参数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>argument %1 must be a text</source>
        <translation>参数 %1 必须是文本</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown placeholder %1 (use {service}, {host} or {port})</source>
        <translation>未知占位符 %1（请使用 {service}、{host} 或 {port}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>field &quot;confirm&quot; must be true or false</source>
        <translation>字段 &quot;confirm&quot; 必须是 true 或 false</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown contact role %1 (use %2)</source>
        <translation>未知的联系人角色 %1（请使用 %2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown action type %1 (use command or contact)</source>
        <translation>未知的操作类型 %1（请使用 command 或 contact）</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation>偏移量 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the document must be an object with &quot;format&quot; and &quot;playbooks&quot;</source>
        <translation>文档必须是包含 &quot;format&quot; 和 &quot;playbooks&quot; 的对象</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unsupported format %1 (this version reads format %2)</source>
        <translation>不支持的格式 %1（当前版本支持格式 %2）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>playbook %1: duplicate playbook id</source>
        <translation>应急预案 %1：应急预案 ID 重复</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>payops::PlaybookRepository</name>
    <message>
        <location filename="../models/incidents/playbookrepository.cpp" line="+43"/>
        <source>Cannot read the playbooks: %1</source>
        <translation>无法读取应急预案：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The stored playbook &quot;%1&quot; is damaged: %2</source>
        <translation>已存储的应急预案“%1”已损坏：%2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot store the playbooks: %1</source>
        <translation>无法存储应急预案：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The shipped playbooks are invalid: %1</source>
        <translation>内置的应急预案无效：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot save the playbook &quot;%1&quot;: %2</source>
        <translation>无法保存应急预案“%1”：%2</translation>
    </message>
</context>
<context>
    <name>payops::PlaybookView</name>
    <message>
        <location filename="../widgets/playbooks/playbookview.cpp" line="+78"/>
        <source>Read the knowledge article</source>
        <translation>阅读知识库文章</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Watch: %1</source>
        <translation>关注：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Possible causes</source>
        <translation>可能原因</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How to confirm it</source>
        <translation>如何确认</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What to do</source>
        <translation>处置措施</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(asks before running)</source>
        <translation>（执行前询问）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(nobody in the contact directory)</source>
        <translation>（通讯录中无对应联系人）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>See also:</source>
        <translation>另请参阅：</translation>
    </message>
</context>
<context>
    <name>payops::PostMortemReport</name>
    <message>
        <location filename="../models/incidents/postmortem.cpp" line="+131"/>
        <source>not estimated</source>
        <translation>未估算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(not written)</source>
        <translation>（未填写）</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>… lines left out: %n …</source>
        <translation>
            <numerusform>… 省略 %n 行 …</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+398"/>
        <source>no history for this window</source>
        <translation>此时段无历史数据</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>every recorded sample</source>
        <translation>全部记录的采样点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1-minute averages</source>
        <translation>1 分钟平均值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1-hour averages</source>
        <translation>1 小时平均值</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No metric history covers the incident window (%1 and %2 hold nothing from %3 to %4): the failed transactions are not estimated.</source>
        <translation>没有覆盖事件时段的指标历史（%1 和 %2 在 %3 至 %4 之间没有数据）：未估算失败交易数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Estimated as %1 × %2 summed over time (%3) from %4 to %5; the history covers %6 % of the window.</source>
        <translation>按 %1 × %2 对时间累加估算（%3），时段 %4 至 %5；历史数据覆盖该时段的 %6 %。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time without history counts no failed transactions: the real number may be higher.</source>
        <translation>无历史数据的时间不计失败交易：实际数量可能更高。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The incident names no service, so there is no metric history to estimate from.</source>
        <translation>该事件未指定服务，因此没有可用于估算的指标历史。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The metric history cannot be read: %1</source>
        <translation>无法读取指标历史：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+96"/>
        <source>Post-mortem: %1</source>
        <translation>事后复盘：%1</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+96"/>
        <source>Incident %1 · %2 · %3 · %4 · generated %5</source>
        <translation>事件 %1 · %2 · %3 · %4 · 生成于 %5</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+93"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>Opened</source>
        <translation>开启时间</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>Acknowledged</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+93"/>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+93"/>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+93"/>
        <source>%1 so far</source>
        <translation>至今 %1</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+94"/>
        <source>Time to acknowledge</source>
        <translation>确认用时</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+95"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Failed transactions (estimated): %1</source>
        <translation>失败交易数（估算）：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak failure ratio: %1</source>
        <translation>最高失败率：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak p95 response time: %1</source>
        <translation>最高 p95 响应时间：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+92"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+92"/>
        <source>What was done</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+92"/>
        <source>Lessons</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+95"/>
        <source>Follow-up items</source>
        <translation>后续事项</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+95"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+109"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+109"/>
        <source>(no entries)</source>
        <translation>（无记录）</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+73"/>
        <source>Charts of the incident window</source>
        <translation>事件时段图表</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>From %1 (before the incident) to %2; the PDF draws them.</source>
        <translation>从 %1（事件之前）到 %2；图表见 PDF。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>from %1 to %2, samples: %n</source>
        <translation>
            <numerusform>范围 %1 至 %2，采样点：%n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>threshold %1</source>
        <translation>阈值 %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Failed transactions</source>
        <translation>失败交易数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak failure ratio</source>
        <translation>最高失败率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak p95 response time</source>
        <translation>最高 p95 响应时间</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>From %1 to %2; the shaded part is the incident.</source>
        <translation>从 %1 到 %2；阴影部分为事件时段。</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>payops::Preferences</name>
    <message>
        <location filename="../models/core/preferences.cpp" line="+46"/>
        <source>the language %1 is not available</source>
        <translation>没有语言 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the theme must be light or dark</source>
        <translation>主题必须是浅色或深色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each resolution must be kept for at least one hour or day</source>
        <translation>每种分辨率至少保留一小时或一天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the 1-minute roll-ups must be kept at least as long as the raw samples</source>
        <translation>1 分钟汇总的保留时间不能短于原始样本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the 1-hour roll-ups must be kept at least as long as the 1-minute ones</source>
        <translation>1 小时汇总的保留时间不能短于 1 分钟汇总</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the poll interval must be from 1 s to 1 h</source>
        <translation>轮询间隔必须在 1 秒到 1 小时之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the timeout must be shorter than the poll interval</source>
        <translation>超时必须短于轮询间隔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>payops::PreferencesDialog</name>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="+39"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used from the next start.</source>
        <translation>新语言将在下次启动时使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every &amp;sample:</source>
        <translation>每个样本(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;1-minute roll-ups:</source>
        <translation>1 分钟汇总(&amp;1)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1-&amp;hour roll-ups:</source>
        <translation>1 小时汇总(&amp;H)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poll &amp;interval:</source>
        <translation>轮询间隔(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time&amp;out:</source>
        <translation>超时(&amp;O)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Move To…</source>
        <translation>移动到(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the database to another file, proves the copy and starts the console again from it</source>
        <translation>把数据库复制到另一个文件，验证副本，然后从它重新启动控制台</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the Database To</source>
        <translation>将数据库移动到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.db)</source>
        <translation>SQLite 数据库 (*.db)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History kept</source>
        <translation>历史保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New targets start with</source>
        <translation>新目标的默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Cannot be kept: %1.</source>
        <translation>无法保存：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The size this implies is not known yet: the history has not been read.</source>
        <translation>尚不知道对应的大小：历史尚未读取。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>About %1 of history for the %Ln series recorded now at a %2 s interval.</source>
        <translation>
            <numerusform>按当前记录的 %Ln 个序列、%2 秒间隔计算，历史约占 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>payops::ProcessLimits</name>
    <message>
        <location filename="../models/core/processlimits.cpp" line="+20"/>
        <source>only %1 file descriptors are allowed but about %2 are needed; raise the limit (ulimit -n)</source>
        <translation>只允许打开 %1 个文件描述符，但大约需要 %2 个；请提高限制（ulimit -n）</translation>
    </message>
</context>
<context>
    <name>payops::PrometheusApiClient</name>
    <message>
        <location filename="../models/metrics/prometheusapiclient.cpp" line="+115"/>
        <source>the CA file %1 cannot be read: %2</source>
        <translation>无法读取 CA 文件 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the CA file %1 holds no certificate</source>
        <translation>CA 文件 %1 中没有证书</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this build of the console has no TLS support</source>
        <translation>此版本的控制台不支持 TLS</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the token file %1 does not exist</source>
        <translation>令牌文件 %1 不存在</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the token file %1 may be read or changed by other users (mode %2); it must be private to its owner: chmod 600 %1</source>
        <translation>令牌文件 %1 可被其他用户读取或修改（权限 %2）；它必须仅属主可访问：chmod 600 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the token file %1 cannot be read: %2</source>
        <translation>无法读取令牌文件 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the token file %1 is larger than %2</source>
        <translation>令牌文件 %1 大于 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the token file %1 is empty</source>
        <translation>令牌文件 %1 为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the token file %1 holds more than one line</source>
        <translation>令牌文件 %1 包含多于一行</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Prometheus at %1 redirected the request to another address, %2; it was not followed: the token and the query go only to the configured address. If %2 is right, configure it instead</source>
        <translation>位于 %1 的 Prometheus 将请求重定向到了另一个地址 %2；未跟随该重定向：令牌和查询只发送到已配置的地址。如果 %2 是正确的地址，请改为配置该地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prometheus at %1 redirected the request to another address; it was not followed: the token and the query go only to the configured address</source>
        <translation>位于 %1 的 Prometheus 将请求重定向到了另一个地址；未跟随该重定向：令牌和查询只发送到已配置的地址</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the token was refused (HTTP %1)</source>
        <translation>令牌被拒绝（HTTP %1）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+22"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Prometheus answered with malformed JSON: %1 at offset %2</source>
        <translation>Prometheus 返回了格式错误的 JSON：%1（偏移 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer is not a Prometheus API answer (no &quot;status&quot;)</source>
        <translation>该应答不是 Prometheus API 应答（缺少 &quot;status&quot;）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the query timed out in Prometheus: %1</source>
        <translation>查询在 Prometheus 中超时：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prometheus rejected the query: %1</source>
        <translation>Prometheus 拒绝了该查询：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus could not answer (%1): %2</source>
        <translation>Prometheus 无法应答（%1）：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prometheus answered with the unknown status &quot;%1&quot;</source>
        <translation>Prometheus 返回了未知状态 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prometheus answered with malformed data: %1</source>
        <translation>Prometheus 返回了格式错误的数据：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;result&quot; is not a list</source>
        <translation>&quot;result&quot; 不是列表</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>a value is not a [time, &quot;number&quot;] pair</source>
        <translation>某个值不是 [时间, &quot;数值&quot;] 对</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the scalar is not a [time, &quot;number&quot;] pair</source>
        <translation>标量不是 [时间, &quot;数值&quot;] 对</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown result type &quot;%1&quot;</source>
        <translation>未知的结果类型 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>payops::PrometheusQueryTrial</name>
    <message>
        <location filename="../models/metrics/prometheusquerytrial.cpp" line="+53"/>
        <source>no answer in time</source>
        <translation>未及时应答</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no series: nothing matches (are the services scraped, with a service label?)</source>
        <translation>没有序列：没有匹配项（服务是否被抓取，并带有 service 标签？）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n series: %1</source>
        <translation>
            <numerusform>%n 个序列：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>payops::PrometheusRuleExport</name>
    <message>
        <location filename="../models/alerts/prometheusruleexport.cpp" line="+47"/>
        <source>all services</source>
        <translation>所有服务</translation>
    </message>
</context>
<context>
    <name>payops::PrometheusSource</name>
    <message>
        <location filename="../models/metrics/prometheussource.cpp" line="+129"/>
        <source>stopped before Prometheus answered</source>
        <translation>在 Prometheus 应答之前已停止</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Prometheus has no expression for %1</source>
        <translation>Prometheus 中没有 %1 的表达式</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Prometheus cannot scrape %1</source>
        <translation>Prometheus 无法抓取 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 instances down; Prometheus cannot scrape %3</source>
        <translation>%2 个实例中 %1 个故障；Prometheus 无法抓取 %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no expression for &quot;up&quot;</source>
        <translation>没有 &quot;up&quot; 的表达式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prometheus could not be asked: %1</source>
        <translation>无法向 Prometheus 查询：%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Prometheus %1: %2</source>
        <translation>Prometheus %1：%2</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Prometheus: %1</source>
        <translation>Prometheus：%1</translation>
    </message>
</context>
<context>
    <name>payops::PrometheusSourceConfig</name>
    <message>
        <location filename="../models/metrics/prometheussourceconfig.cpp" line="+110"/>
        <source>the Prometheus URL &quot;%1&quot; is not an http or https URL with a host</source>
        <translation>Prometheus 地址 &quot;%1&quot; 不是带主机名的 http 或 https 地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Prometheus URL &quot;%1&quot; must not have a query or a fragment</source>
        <translation>Prometheus 地址 &quot;%1&quot; 不能包含查询参数或片段</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the interval must be between 1 s and 3600 s (it is %1 s)</source>
        <translation>间隔必须在 1 秒到 3600 秒之间（当前为 %1 秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the timeout must be between 0.1 s and 300 s (it is %1 s)</source>
        <translation>超时必须在 0.1 秒到 300 秒之间（当前为 %1 秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer size limit must be at least 1024 bytes (it is %1)</source>
        <translation>应答大小上限至少为 1024 字节（当前为 %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service and peer label names must not be empty</source>
        <translation>服务和对端的标签名不能为空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no metric called &quot;%1&quot; to give an expression for</source>
        <translation>没有名为 &quot;%1&quot; 的指标可以设置表达式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; comes from the console&apos;s own scheduled tasks, not from Prometheus: it takes no expression</source>
        <translation>“%1”来自控制台自己的计划任务，而不是 Prometheus：它不需要表达式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the expression of &quot;up&quot; is needed: it tells which services are up</source>
        <translation>必须提供 &quot;up&quot; 的表达式：它用于判断哪些服务正常</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the bearer token is not sent over plain http:// (%1), where anyone on the way can read and reuse it: use an https:// URL, or accept the risk explicitly with --prometheus-allow-insecure-token (&quot;allowInsecureToken&quot;: true in the settings file)</source>
        <translation>不会通过明文 http://（%1）发送 Bearer 令牌，因为传输途中的任何人都能读取并冒用它：请使用 https:// 地址，或用 --prometheus-allow-insecure-token（设置文件中的 &quot;allowInsecureToken&quot;: true）明确接受此风险</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>the Prometheus settings are not valid JSON: %1 at offset %2</source>
        <translation>Prometheus 设置不是有效的 JSON：%1（偏移 %2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the Prometheus settings must be a JSON object</source>
        <translation>Prometheus 设置必须是 JSON 对象</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; 必须是字符串</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation>&quot;%1&quot; 必须是数字</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; 必须是 true 或 false</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;expressions&quot; must be an object of metric names and PromQL expressions</source>
        <translation>&quot;expressions&quot; 必须是由指标名和 PromQL 表达式组成的对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the expression of &quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; 的表达式必须是字符串</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>could not read the Prometheus settings from %1: %2</source>
        <translation>无法从 %1 读取 Prometheus 设置：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the Prometheus settings file %1 is larger than 1 MiB</source>
        <translation>Prometheus 设置文件 %1 大于 1 MiB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not write the Prometheus settings to %1: %2</source>
        <translation>无法将 Prometheus 设置写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>payops::RecordCommand</name>
    <message>
        <location filename="../app/payopsctl/recordcommand.cpp" line="+20"/>
        <source>Polls the targets and records the metric history into the database, as the console does.</source>
        <translation>轮询目标并将指标历史记录到数据库中，与控制台的做法相同。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Polls the targets and writes their derived values into the database&apos;s metric history with the console&apos;s own code, without a window: a headless recorder. The targets are the metrics URLs given, or those of --targets (Prometheus file_sd JSON), or else the database&apos;s.
Each poll cycle prints &quot;live TIMESTAMP_MS UP/TARGETS&quot;; once the cycle is committed to the file (it then survives a crash) &quot;written TIMESTAMP_MS SAMPLES&quot;.
When the history cannot be written (disk full, the file made read-only) polling goes on, the reason is printed on stderr, the cycles are kept in memory and written when writing works again. Runs until --for has passed or SIGINT/SIGTERM; exit code 1 when cycles were still unwritten at the end.</source>
        <translation>使用控制台自身的代码轮询目标，并将推导出的数值写入数据库的指标历史，不打开窗口：即无界面的记录器。目标为命令行给出的指标 URL，或 --targets（Prometheus file_sd JSON）中的目标，否则使用数据库中的目标。
每个轮询周期打印 &quot;live TIMESTAMP_MS UP/TARGETS&quot;；该周期提交到文件后（此后即使崩溃也不会丢失）打印 &quot;written TIMESTAMP_MS SAMPLES&quot;。
历史数据无法写入时（磁盘已满、文件被设为只读），轮询仍会继续，原因输出到 stderr，各周期的数据暂存在内存中，待可以写入时再写入。一直运行到 --for 指定的时间结束或收到 SIGINT/SIGTERM 为止；结束时仍有未写入的周期则退出码为 1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scrape targets from a file_sd JSON file.</source>
        <translation>从 file_sd JSON 文件读取抓取目标。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after this many seconds (default: run until interrupted).</source>
        <translation>运行指定秒数后停止（默认：一直运行直到被中断）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time between recorded cycles (default 1).</source>
        <translation>两次记录周期之间的间隔（默认 1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A metrics URL, e.g. http://127.0.0.1:9101/metrics.</source>
        <translation>指标 URL，例如 http://127.0.0.1:9101/metrics。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--for needs a number of seconds (0: until interrupted).</source>
        <translation>--for 需要一个秒数（0：一直运行直到被中断）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--interval needs a number of seconds from 0.05 to 3600.</source>
        <translation>--interval 需要 0.05 到 3600 之间的秒数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give metrics URLs or --targets, not both.</source>
        <translation>请给出指标 URL 或 --targets，不能同时给出。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There are no targets to poll: give metrics URLs, --targets FILE, or import targets first.</source>
        <translation>没有可轮询的目标：请给出指标 URL 或 --targets FILE，或先导入目标。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some poll cycles could not be written to %1 before the end.</source>
        <translation>结束前有部分轮询周期未能写入 %1。</translation>
    </message>
</context>
<context>
    <name>payops::RecoveryWatch</name>
    <message>
        <location filename="../models/incidents/recoverywatch.cpp" line="+85"/>
        <source>Relapsed: %1</source>
        <translation>复发：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recovered after %1: %2</source>
        <translation>%1 后仍未恢复：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the values to come back: %1</source>
        <translation>等待数值恢复：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for every watched value: the countdown starts again when they are back</source>
        <translation>等待所有监视的数值：数值恢复后重新开始倒计时</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recovered: every watched value stayed in its normal range for %1</source>
        <translation>已恢复：所有监视的数值在正常范围内保持了 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the normal range for %1 of %2</source>
        <translation>已在正常范围内 %1 / %2</translation>
    </message>
</context>
<context>
    <name>payops::ResolvePage</name>
    <message>
        <location filename="../widgets/incidents/wizard/resolvepage.cpp" line="+29"/>
        <source>runs %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reach %1</source>
        <translation>联系%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by hand</source>
        <translation>人工处理</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Command</source>
        <translation>取消命令(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;Notify</source>
        <translation>转到通知(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4. Resolve</source>
        <translation>4. 解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The solutions of the leading causes. A command shows exactly what runs before it runs.</source>
        <translation>首要原因的解决方案。命令在运行前会准确显示将要运行的内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The command&apos;s output appears here as it runs.</source>
        <translation>命令运行时其输出显示在这里。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the command shown (Ctrl+Return)</source>
        <translation>运行所示命令（Ctrl+Return）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the command and everything it started (Ctrl+Break)</source>
        <translation>结束该命令及其启动的一切（Ctrl+Break）</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>most likely</source>
        <translation>最可能</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run the checks of step 3 first: the solutions follow from the causes they confirm.</source>
        <translation>请先运行第 3 步的检查：解决方案取决于检查确认的原因。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Will not run: %1</source>
        <translation>不会运行：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs: %1%2</source>
        <translation>运行：%1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  (asks before it runs)</source>
        <translation>  （运行前会询问）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reach: %1</source>
        <translation>联系：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run this command now?

%1</source>
        <translation>现在运行此命令吗？

%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running… (Ctrl+Break ends it)</source>
        <translation>运行中…（Ctrl+Break 结束）</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Ran %1: %2</source>
        <translation>已运行 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>payops::ReviewThresholds</name>
    <message>
        <location filename="../models/tasks/reviewthresholds.cpp" line="+36"/>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
</context>
<context>
    <name>payops::RollingUpdateTask</name>
    <message>
        <location filename="../models/tasks/rollingupdatetask.cpp" line="+129"/>
        <source>a rolling update needs the service whose instances it updates (setting &quot;service&quot;)</source>
        <translation>滚动更新需要指定要更新其实例的服务（设置项 &quot;service&quot;）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a rolling update needs the update command&apos;s program (setting &quot;program&quot;)</source>
        <translation>滚动更新需要更新命令的程序（设置项 &quot;program&quot;）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the update command&apos;s arguments must be a list of texts</source>
        <translation>更新命令的参数必须是文本列表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every argument of the update command must be text</source>
        <translation>更新命令的每个参数都必须是文本</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 must be a whole number of seconds from 1 to %2</source>
        <translation>%1 必须是 1 到 %2 之间的整数秒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the settle time</source>
        <translation>稳定观察时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the health timeout</source>
        <translation>健康检查超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the command timeout</source>
        <translation>命令超时</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the lowest rule severity must be &quot;warning&quot; or &quot;critical&quot;, not &quot;%1&quot;</source>
        <translation>最低规则级别必须是 &quot;warning&quot; 或 &quot;critical&quot;，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;dryRun&quot; must be true or false</source>
        <translation>&quot;dryRun&quot; 必须是 true 或 false</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Not run: %1.</source>
        <translation>未运行：%1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not run: the console&apos;s database could not be read: %1</source>
        <translation>未运行：无法读取控制台数据库：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Not run: %1</source>
        <translation>未运行：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not run: the service %1 has no instances (add them as its scrape targets).</source>
        <translation>未运行：服务 %1 没有实例（请先将其实例添加为采集目标）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not run: the instance %1 of %2 has no health URL, and a rolling update waits for it.</source>
        <translation>未运行：%2 的实例 %1 没有健康检查 URL，而滚动更新需要等待它。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not run: for the instance %1: %2</source>
        <translation>未运行：实例 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Rolling update of %1: %n instance(s), one at a time.</source>
        <translation>
            <numerusform>%1 的滚动更新：%n 个实例，逐个进行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. %2: check /health, run %3, wait up to %4 s for /health, settle %5 s.</source>
        <translation>%1. %2：检查 /health，运行 %3，最多等待 %4 秒直到 /health 恢复，稳定观察 %5 秒。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No alert rule applies to %1: the settle check is /health only.</source>
        <translation>没有适用于 %1 的告警规则：稳定检查仅看 /health。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics must stay inside: %1.</source>
        <translation>指标必须保持在以下范围内：%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Dry run: %n instance(s) of %1 would be updated one at a time; nothing was run.</source>
        <translation>
            <numerusform>演练：将逐个更新 %1 的 %n 个实例；未执行任何操作。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopped at %1: %2</source>
        <translation>在 %1 处停止：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped at instance %1 of %2 (%3): %4. Updated before it: %5. Left untouched: %6.</source>
        <translation>在第 %1 个实例（共 %2 个，%3）处停止：%4。此前已更新：%5。未触碰：%6。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the task&apos;s time limit of %1 s has passed; not started</source>
        <translation>任务的 %1 秒时限已过；未开始</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it was not healthy before the update (%1), so it was not touched</source>
        <translation>更新前它就不健康（%1），因此未对其操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is up (%2); running the update command.</source>
        <translation>%1 正常（%2）；正在运行更新命令。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the update command failed: %1</source>
        <translation>更新命令失败：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update command ended: %1</source>
        <translation>更新命令已结束：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it did not come back healthy within %1 s (last answer: %2)</source>
        <translation>它未在 %1 秒内恢复健康（最后一次应答：%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is back up after %2 s; settling for %3 s.</source>
        <translation>%1 在 %2 秒后恢复；稳定观察 %3 秒。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>its /health went down while it settled (%1)</source>
        <translation>稳定观察期间其 /health 变为不可用（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its metrics could not be scraped while it settled: %1</source>
        <translation>稳定观察期间无法采集其指标：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is %2, outside %3 (%4 %5)</source>
        <translation>%1 为 %2，超出 %3（%4 %5）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its metrics left the normal range while it settled: %1</source>
        <translation>稳定观察期间其指标超出正常范围：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 settled: /health stayed up and the metrics stayed inside the rules.</source>
        <translation>%1 已稳定：/health 保持正常，指标保持在规则范围内。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Updated %n instance(s) of %1 one at a time; each came back healthy and settled for %2 s.</source>
        <translation>
            <numerusform>已逐个更新 %1 的 %n 个实例；每个实例都恢复健康并稳定观察了 %2 秒。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>payops::RuleEditDialog</name>
    <message>
        <location filename="../widgets/alerts/ruleeditdialog.cpp" line="+38"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Enabled</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;lear below/above:</source>
        <translation>解除阈值(&amp;L)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add Alert Rule</source>
        <translation>添加告警规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Alert Rule %1</source>
        <translation>编辑告警规则 %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>each service separately</source>
        <translation>每个服务分别评估</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one service</source>
        <translation>单个服务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all services together</source>
        <translation>所有服务合计</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;cope:</source>
        <translation>范围(&amp;C)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Condition:</source>
        <translation>条件(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pending for:</source>
        <translation>待定时长(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep firing for:</source>
        <translation>持续触发时长(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;verity:</source>
        <translation>严重程度(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>摘要(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{service}, {value} and {threshold} are filled in</source>
        <translation>{service}、{value} 和 {threshold} 会被自动填入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview against the last hour</source>
        <translation>基于最近一小时的预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying the rule on the last hour…</source>
        <translation>正在用最近一小时的数据试算该规则…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>each task separately</source>
        <translation>每个任务分别评估</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one task</source>
        <translation>单个任务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all tasks together</source>
        <translation>所有任务合计</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>task name</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(plain number)</source>
        <translation>（纯数字）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a rule named %1 exists already</source>
        <translation>已存在名为 %1 的规则</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Correct the rule to see what it would have done in the last hour.</source>
        <translation>请修正规则，以查看它在最近一小时内会如何表现。</translation>
    </message>
</context>
<context>
    <name>payops::SafeDocument</name>
    <message>
        <location filename="../widgets/knowledge/safedocument.cpp" line="+75"/>
        <location line="+2"/>
        <source>page not shown: %1</source>
        <translation>页面未显示：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>image not shown: %1</source>
        <translation>图片未显示：%1</translation>
    </message>
</context>
<context>
    <name>payops::SafeLinks</name>
    <message>
        <location filename="../models/core/safelinks.cpp" line="+46"/>
        <source>&quot;%1&quot; is not a valid link.</source>
        <translation>&quot;%1&quot; 不是有效的链接。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a link the console opens: it names no application (such as https: or mailto:).</source>
        <translation>&quot;%1&quot; 不是控制台可以打开的链接：它没有指明应用程序（例如 https: 或 mailto:）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Links of the kind &quot;%1:&quot; are not opened (%2): they could start any program or open local files. Only %3 links are opened.</source>
        <translation>不打开 &quot;%1:&quot; 类链接（%2）：它们可能启动任意程序或打开本地文件。只打开 %3 链接。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The link &quot;%1&quot; contains control characters and is not opened.</source>
        <translation>链接 &quot;%1&quot; 包含控制字符，未打开。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The link &quot;%1&quot; names no web server and is not opened.</source>
        <translation>链接 &quot;%1&quot; 未指明 Web 服务器，未打开。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link &quot;%1&quot; carries a user name and is not opened: it may not lead where it seems to.</source>
        <translation>链接 &quot;%1&quot; 带有用户名，未打开：它指向的位置可能与表面看到的不同。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The e-mail link &quot;%1&quot; adds the header &quot;%2&quot; and is not opened: only a subject and a body may be given.</source>
        <translation>电子邮件链接 &quot;%1&quot; 添加了邮件头 &quot;%2&quot;，未打开：只允许指定主题和正文。</translation>
    </message>
</context>
<context>
    <name>payops::ScrapeCommand</name>
    <message>
        <location filename="../app/payopsctl/scrapecommand.cpp" line="+33"/>
        <source>Scrapes one /metrics URL twice and shows the derived values and the health.</source>
        <translation>抓取一个 /metrics URL 两次，并显示推导出的数值和健康状态。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scrapes URL (Prometheus text format) with the console&apos;s own code and shows the values the console derives from it: transactions per second, failure ratio, response time percentiles, CPU, memory, ...
Rates and percentiles need two scrapes: URL is scraped twice, --interval apart (1 s by default), and the values are computed from those two scrapes.
The health document is asked too: at --health, or else at /health on the same host and port, as the console derives it. Exit code 1 when a scrape fails or the health is not ok.</source>
        <translation>使用控制台自身的代码抓取 URL（Prometheus 文本格式），并显示控制台从中推导出的数值：每秒交易数、失败率、响应时间百分位数、CPU、内存……
速率和百分位数需要两次抓取：URL 会被抓取两次，间隔为 --interval（默认 1 秒），数值由这两次抓取计算得出。
同时还会请求健康检查文档：地址为 --health，未指定时按控制台的推导方式使用同一主机和端口上的 /health。抓取失败或健康状态不正常时，退出码为 1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deadline of each request, connect and transfer (default 3).</source>
        <translation>每个请求的时限，包括连接和传输（默认 3）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time between the two scrapes (default 1).</source>
        <translation>两次抓取之间的间隔（默认 1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The health URL (default: /health on the metrics URL&apos;s host and port).</source>
        <translation>健康检查 URL（默认：指标 URL 所在主机和端口上的 /health）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not ask for the health document.</source>
        <translation>不请求健康检查文档。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The metrics URL, e.g. http://127.0.0.1:9101/metrics.</source>
        <translation>指标 URL，例如 http://127.0.0.1:9101/metrics。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>&quot;%1&quot; is not an http or https URL with a host.</source>
        <translation>“%1”不是带主机名的 http 或 https URL。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>--timeout needs a number of seconds from 0.001 to 600.</source>
        <translation>--timeout 需要 0.001 到 600 之间的秒数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--interval needs a number of seconds from 0.1 to 3600.</source>
        <translation>--interval 需要 0.1 到 3600 之间的秒数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--health and --no-health exclude each other.</source>
        <translation>--health 和 --no-health 不能同时使用。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>no answer in time</source>
        <translation>未及时应答</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scraped %1 twice, %2 s apart: rates and percentiles come from these two scrapes.</source>
        <translation>已抓取 %1 两次，间隔 %2 秒：速率和百分位数由这两次抓取得出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health %1: %2 (version %3)</source>
        <translation>健康检查 %1：%2（版本 %3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(the scrapes carry none of the series the console derives values from)</source>
        <translation>（抓取结果中没有控制台用于推导数值的任何序列）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scrape of %1 failed: %2</source>
        <translation>抓取 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The health document at %1 did not come in time.</source>
        <translation>未能及时收到 %1 处的健康检查文档。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The health check at %1 failed: %2</source>
        <translation>%1 处的健康检查失败：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service at %1 reports its health as &quot;%2&quot;.</source>
        <translation>%1 处的服务报告其健康状态为 &quot;%2&quot;。</translation>
    </message>
</context>
<context>
    <name>payops::ScrapeErrorText</name>
    <message>
        <location filename="../models/metrics/scrapeerrortext.cpp" line="+23"/>
        <source>timed out after %1 s</source>
        <translation>%1 秒后超时</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>response larger than %1</source>
        <translation>响应大于 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection closed by the service before it answered</source>
        <translation>服务在应答前关闭了连接</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>redirected to an address that is not http or https</source>
        <translation>被重定向到了非 http 或 https 的地址</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+22"/>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>request cancelled</source>
        <translation>请求已取消</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>TLS handshake failed: %1</source>
        <translation>TLS 握手失败：%1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>network unreachable</source>
        <translation>网络不可达</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>too many redirects</source>
        <translation>重定向次数过多</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>redirected from https to http</source>
        <translation>从 https 重定向到了 http</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>invalid HTTP response</source>
        <translation>无效的 HTTP 响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported URL scheme</source>
        <translation>不支持的 URL 协议</translation>
    </message>
</context>
<context>
    <name>payops::ScrapeSession</name>
    <message>
        <location filename="../models/metrics/scrapesession.cpp" line="+116"/>
        <source>no answer in time</source>
        <translation>未及时应答</translation>
    </message>
</context>
<context>
    <name>payops::ServiceTarget</name>
    <message>
        <location filename="../models/services/servicetarget.cpp" line="+35"/>
        <source>the target has no service name</source>
        <translation>该目标没有服务名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the metrics URL &quot;%1&quot; is not an http or https URL with a host</source>
        <translation>指标 URL“%1”不是带主机名的 http 或 https URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the health URL &quot;%1&quot; is not an http or https URL with a host</source>
        <translation>健康检查 URL“%1”不是带主机名的 http 或 https URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the interval must be between 1 s and 3600 s (it is %1 s)</source>
        <translation>抓取间隔必须在 1 秒到 3600 秒之间（当前为 %1 秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the timeout must be shorter than the interval of %1 s (it is %2 s)</source>
        <translation>超时必须小于 %1 秒的抓取间隔（当前为 %2 秒）</translation>
    </message>
</context>
<context>
    <name>payops::ServiceTile</name>
    <message>
        <location filename="../widgets/dashboard/servicetile.cpp" line="+35"/>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transactions per second, last 15 minutes</source>
        <translation>每秒交易数，最近 15 分钟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transactions</source>
        <translation>交易量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failures</source>
        <translation>失败率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response p95</source>
        <translation>响应时间 p95</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Up</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>故障</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1, %n alert(s) firing</source>
        <translation>
            <numerusform>%1，%n 个告警正在触发</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+105"/>
        <source>stale %1</source>
        <translation>数据已过期 %1</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 · %2 alert</source>
        <translation>%1 · %2告警</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last successful scrape: %1 (%2 ago)</source>
        <translation>最近一次成功抓取：%1（%2前）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No successful scrape yet</source>
        <translation>尚无成功的抓取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the latest poll cycle</source>
        <translation>不在最近一轮轮询中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The values shown are %1 old.</source>
        <translation>显示的数值是 %1前的数据。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Click to show all services in the charts</source>
        <translation>单击以在图表中显示所有服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to show only this service in the charts</source>
        <translation>单击以在图表中仅显示此服务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Firing: %1</source>
        <translation>正在触发：%1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;Troubleshoot %1…</source>
        <translation>排障 %1(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>payops::ServicesView</name>
    <message>
        <location filename="../widgets/servicesview.cpp" line="+22"/>
        <source>up</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>down</source>
        <translation>故障</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting for the first poll</source>
        <translation>正在等待首次轮询</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Service / dependency</source>
        <translation>服务 / 依赖项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instances up</source>
        <translation>正常实例数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last successful poll</source>
        <translation>最近一次成功轮询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>availability %1</source>
        <translation>可用性 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>health %1</source>
        <translation>健康检查 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreachable</source>
        <translation>不可达</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>payops::ShippedAlertRules</name>
    <message>
        <location filename="../models/alerts/shippedruletexts.cpp" line="+16"/>
        <source>{service}: failure ratio {value} above {threshold}</source>
        <translation>{service}：失败率 {value}，高于 {threshold}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than {threshold} of the transactions of {service} fail (now {value}) for 5 minutes. Check the gateway, the network and the payment channels.</source>
        <translation>{service} 的交易失败率超过 {threshold}（当前 {value}）已持续 5 分钟。请检查网关、网络和支付渠道。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than {threshold} of the transactions of {service} fail (now {value}) for 2 minutes: follow the transaction failure playbook.</source>
        <translation>{service} 的交易失败率超过 {threshold}（当前 {value}）已持续 2 分钟：请按交易失败应急预案处理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{service}: 95th percentile response time {value} above {threshold}</source>
        <translation>{service}：第 95 百分位响应时间 {value}，高于 {threshold}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 95th percentile response time of {service} is {value}, above {threshold} for 5 minutes.</source>
        <translation>{service} 的第 95 百分位响应时间为 {value}，高于 {threshold} 已持续 5 分钟。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 95th percentile response time of {service} is {value}, above {threshold} for 5 minutes: follow the long response time playbook.</source>
        <translation>{service} 的第 95 百分位响应时间为 {value}，高于 {threshold} 已持续 5 分钟：请按响应时间过长应急预案处理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{service}: CPU {value} above {threshold}</source>
        <translation>{service}：CPU {value}，高于 {threshold}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processes of {service} use {value} CPU, above {threshold} for 10 minutes.</source>
        <translation>{service} 的进程占用 {value} CPU，高于 {threshold} 已持续 10 分钟。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The processes of {service} use {value} CPU, above {threshold} for 5 minutes: the service is short of resources.</source>
        <translation>{service} 的进程占用 {value} CPU，高于 {threshold} 已持续 5 分钟：该服务资源不足。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{service}: host memory {value} above {threshold}</source>
        <translation>{service}：主机内存 {value}，高于 {threshold}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host of {service} uses {value} of its memory, above {threshold} for 5 minutes.</source>
        <translation>{service} 所在主机使用了 {value} 的内存，高于 {threshold} 已持续 5 分钟。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host of {service} uses {value} of its memory, above {threshold} for 5 minutes: it is about to swap or kill processes.</source>
        <translation>{service} 所在主机使用了 {value} 的内存，高于 {threshold} 已持续 5 分钟：即将开始换页或终止进程。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{service} is down</source>
        <translation>{service} 已宕机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No instance of {service} has answered its scrapes for a minute: follow the system downtime playbook.</source>
        <translation>{service} 的所有实例已有一分钟未响应采集：请按系统宕机应急预案处理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{service}: {value} of the requests rejected</source>
        <translation>{service}：{value} 的请求被拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{service} rejects {value} of its requests (429 and 5xx), above {threshold} for 2 minutes: an attack or an overload. (The console&apos;s own rule: the knowledge base gives no threshold.)</source>
        <translation>{service} 拒绝了 {value} 的请求（429 和 5xx），高于 {threshold} 已持续 2 分钟：可能是攻击或过载。（此为控制台自己的规则：知识库未给出阈值。）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled task {service} failed</source>
        <translation>计划任务 {service} 失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last run of the scheduled task {service} failed or was interrupted. Its log is in the Tasks view; the alert resolves when a run of it succeeds.</source>
        <translation>计划任务 {service} 的上一次运行失败或被中断。日志见“任务”视图；该任务有一次运行成功后告警即解除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled task {service} is {value} late</source>
        <translation>计划任务 {service} 已逾期 {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A run of {service} has been due for {value} and has not started: it may wait for an approval or for another run of the task, or the console&apos;s task thread is stuck. See the Tasks view.</source>
        <translation>{service} 的一次运行已到期 {value} 仍未开始：可能在等待审批或该任务的另一次运行，也可能是控制台的任务线程卡住了。请查看“任务”视图。</translation>
    </message>
</context>
<context>
    <name>payops::SilenceDialog</name>
    <message>
        <location filename="../widgets/alerts/silencedialog.cpp" line="+26"/>
        <source>Silence Alerts</source>
        <translation>静默告警</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+39"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-39"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;For:</source>
        <translation>时长(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why, so that the next person knows (e.g. &quot;gateway migration, ticket 4711&quot;)</source>
        <translation>原因，便于下一位值班人员了解（例如&quot;网关迁移，工单 4711&quot;）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Silence</source>
        <translation>静默(&amp;S)</translation>
    </message>
</context>
<context>
    <name>payops::Sparkline</name>
    <message>
        <location filename="../widgets/dashboard/sparkline.cpp" line="+100"/>
        <source>collecting…</source>
        <translation>正在收集…</translation>
    </message>
</context>
<context>
    <name>payops::StartupJob</name>
    <message>
        <location filename="../app/payops/startupjob.cpp" line="+32"/>
        <source>Not imported from %1: %2</source>
        <translation>未从 %1 导入：%2</translation>
    </message>
</context>
<context>
    <name>payops::TableStats</name>
    <message>
        <location filename="../models/storage/tablestats.cpp" line="+39"/>
        <source>The list of tables cannot be read: %1</source>
        <translation>无法读取表列表：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The rows of table %1 cannot be counted: %2</source>
        <translation>无法统计表 %1 的行数：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The page counts cannot be read: %1</source>
        <translation>无法读取页数：%1</translation>
    </message>
</context>
<context>
    <name>payops::TargetChangeCommand</name>
    <message>
        <location filename="../widgets/targets/targetchangecommand.cpp" line="+15"/>
        <source>Add target %1</source>
        <translation>添加目标 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove target %1</source>
        <translation>移除目标 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit target %1</source>
        <translation>编辑目标 %1</translation>
    </message>
</context>
<context>
    <name>payops::TargetEditDialog</name>
    <message>
        <location filename="../widgets/targets/targeteditdialog.cpp" line="+30"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add Target</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Target</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. payment_gateway</source>
        <translation>例如 payment_gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://host:port/metrics, or host:port</source>
        <translation>http://主机:端口/metrics，或 主机:端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: the service has no health document</source>
        <translation>无：该服务没有健康文档</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test scrapes the URL twice, as the console will, and shows what it derives from it and what the health endpoint answers. Nothing is saved.</source>
        <translation>“测试”会像控制台那样抓取该 URL 两次，显示由此得出的指标以及健康端点的应答。不会保存任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One real scrape of this target, without saving it (Ctrl+T)</source>
        <translation>对该目标做一次真实抓取，不保存 (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Metrics URL:</source>
        <translation>指标 URL(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Health URL:</source>
        <translation>健康 URL(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interval:</source>
        <translation>间隔(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time&amp;out:</source>
        <translation>超时(&amp;O)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Labels from the imported file_sd document; they are kept.</source>
        <translation>来自导入的 file_sd 文档的标签；会被保留。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 is already a target of %2.</source>
        <translation>%1 已经是 %2 的目标。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot be saved yet: %1</source>
        <translation>尚不能保存：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✗ The scrape of %1 failed: %2</source>
        <translation>✗ 抓取 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ %1 answered twice, the slower in %2 s.</source>
        <translation>✓ %1 两次都有应答，较慢的一次用时 %2 秒。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✗ The health document at %1 did not come in time.</source>
        <translation>✗ %1 的健康文档未及时返回。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ The health check at %1 failed: %2</source>
        <translation>✗ %1 的健康检查失败：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Health %2: %3 (version %4)</source>
        <translation>%1 健康 %2：%3（版本 %4）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  It carries none of the series the console derives values from.</source>
        <translation>  它不包含控制台用来计算指标的任何序列。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1: %2</source>
        <translation>  %1：%2</translation>
    </message>
</context>
<context>
    <name>payops::TargetImportDialog</name>
    <message>
        <location filename="../widgets/targetimportdialog.cpp" line="+17"/>
        <source>Import Targets</source>
        <translation>导入目标</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in the file can be imported.</source>
        <translation>文件中没有可导入的内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The targets are configured like this already.</source>
        <translation>目标已按此配置，无需更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The targets below replace the configured ones; rejected entries are left out.</source>
        <translation>下列目标将替换已配置的目标；被拒绝的条目不会导入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>&amp;Import %n target(s)</source>
        <translation>
            <numerusform>导入 %n 个目标(&amp;I)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>payops::TargetImportPreview</name>
    <message>
        <location filename="../models/services/targetimportpreview.cpp" line="+27"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health URL</source>
        <translation>健康检查 URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interval</source>
        <translation>抓取间隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>node_exporter on %1, where no known service runs: kept as the service &quot;%2&quot;</source>
        <translation>%1 上的 node_exporter，该主机上没有已知服务运行：作为服务 &quot;%2&quot; 保留</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>node_exporter on %1: the host metrics of %2</source>
        <translation>%1 上的 node_exporter：%2 的主机指标</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not in the file</source>
        <translation>不在文件中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entry %1: %2</source>
        <translation>条目 %1：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 to add, %2 to change, %3 to remove, %4 rejected, %5 unchanged</source>
        <translation>新增 %1 个，修改 %2 个，删除 %3 个，拒绝 %4 个，未变 %5 个</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>payops::TargetRepository</name>
    <message>
        <location filename="../models/services/targetrepository.cpp" line="+27"/>
        <source>the targets could not be read: %1</source>
        <translation>无法读取目标：%1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>there is no target %1 to change</source>
        <translation>没有可修改的目标 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>there is no target %1 to remove</source>
        <translation>没有可删除的目标 %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>it lists no usable target</source>
        <translation>其中没有可用的目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it lists no targets</source>
        <translation>其中没有列出任何目标</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The targets file %1 was not imported: %2</source>
        <translation>未导入目标文件 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (target &quot;%2&quot;)</source>
        <translation>%1（目标 &quot;%2&quot;）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>payops::TargetTableModel</name>
    <message>
        <location filename="../widgets/targets/targettablemodel.cpp" line="+70"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>waiting for the first scrape</source>
        <translation>等待首次抓取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up, answered in %1</source>
        <translation>正常，%1 内应答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down</source>
        <translation>宕机</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metrics URL</source>
        <translation>指标 URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health URL</source>
        <translation>健康 URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
</context>
<context>
    <name>payops::TargetsDesk</name>
    <message>
        <location filename="../models/services/targetsdesk.cpp" line="+30"/>
        <source>the target %1 is no longer configured</source>
        <translation>目标 %1 已不在配置中</translation>
    </message>
</context>
<context>
    <name>payops::TargetsExportCommand</name>
    <message>
        <location filename="../app/payopsctl/targetsexportcommand.cpp" line="+20"/>
        <source>Exports the scrape targets as Prometheus file_sd JSON.</source>
        <translation>将抓取目标导出为 Prometheus file_sd JSON。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writes the configured scrape targets as Prometheus file_sd JSON (as the console&apos;s Export Targets) to FILE, or to standard output when FILE is - or missing.</source>
        <translation>将已配置的抓取目标以 Prometheus file_sd JSON 格式（与控制台的“导出目标”相同）写入 FILE；FILE 为 - 或未指定时写入标准输出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to write; - for standard output.</source>
        <translation>要写入的文件；- 表示标准输出。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Targets written to %1</source>
        <translation>目标已写入 %1</translation>
    </message>
</context>
<context>
    <name>payops::TargetsImportCommand</name>
    <message>
        <location filename="../app/payopsctl/targetsimportcommand.cpp" line="+83"/>
        <source>Imports scrape targets from a Prometheus file_sd JSON file.</source>
        <translation>从 Prometheus file_sd JSON 文件导入抓取目标。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reads the scrape targets from FILE (Prometheus file_sd JSON, as the console&apos;s Import Targets), shows what changes — targets to add, to change, to remove, and the entries of the file that cannot be used, each with its reason — and stores the usable targets in one transaction in the database, which is created or updated like the console does.
Entries without a &quot;service&quot; label are the service named by their &quot;job&quot;; node_exporters (job &quot;node&quot; or &quot;node_exporter&quot;) give the host metrics of the services on their host.
By default the imported targets replace the configured ones. Exit code 1 when an entry was rejected (the others are imported) or nothing could be imported.</source>
        <translation>从 FILE（Prometheus file_sd JSON，与控制台的“导入目标”相同）读取抓取目标，显示将发生的变更——要新增、修改、删除的目标，以及文件中无法使用的条目（各附原因）——并在一个事务中将可用的目标存入数据库；数据库的创建或升级方式与控制台相同。
没有 &quot;service&quot; 标签的条目以其 &quot;job&quot; 作为服务名；node_exporter（job 为 &quot;node&quot; 或 &quot;node_exporter&quot;）提供其所在主机上各服务的主机指标。
默认情况下，导入的目标将替换已配置的目标。有条目被拒绝（其余条目仍会导入）或没有任何内容可导入时，退出码为 1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Adds the imported targets (or updates those with the same metrics URL) instead of replacing all targets.</source>
        <translation>添加导入的目标（或更新指标 URL 相同的目标），而不是替换全部目标。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only shows what the import would change; the database is not written (nor created).</source>
        <translation>仅显示导入将带来的变更；不写入（也不创建）数据库。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file_sd JSON file to import.</source>
        <translation>要导入的 file_sd JSON 文件。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+15"/>
        <source>The targets file %1 was not imported: %2</source>
        <translation>未导入目标文件 %1：%2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Dry run: nothing was changed.</source>
        <translation>试运行：未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Imported %n target(s) from %1; %2 now has %3 target(s).</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个目标；%2 现有 %3 个目标。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n entry(s) of %1 could not be used and were left out (see &quot;rejected&quot; above).</source>
        <translation>
            <numerusform>%1 中有 %n 个条目无法使用，已被略过（参见上方的“已拒绝”）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>payops::TargetsView</name>
    <message>
        <location filename="../widgets/targets/targetsview.cpp" line="+37"/>
        <source>Filter by service, URL, state or error</source>
        <translation>按服务、URL、状态或错误筛选</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import file_sd…</source>
        <translation>导入 file_sd(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport file_sd…</source>
        <translation>导出 file_sd(&amp;X)…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Add Target…</source>
        <translation>添加目标(&amp;A)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Duplicate…</source>
        <translation>复制(&amp;D)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y Table</source>
        <translation>复制表格(&amp;Y)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Targets copied (%n row(s))</source>
        <translation>
            <numerusform>已复制目标（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Target %1 of %2 added; polling starts now (Ctrl+Z undoes it)</source>
        <translation>已添加 %2 的目标 %1，现在开始轮询（Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Target %1 saved (Ctrl+Z undoes it)</source>
        <translation>目标 %1 已保存（Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Target %1 removed; it is no longer polled (Ctrl+Z brings it back)</source>
        <translation>目标 %1 已移除，不再轮询（Ctrl+Z 恢复）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The targets were not changed: %1</source>
        <translation>目标未更改：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n target(s), %1 up</source>
        <translation>
            <numerusform>%n 个目标，%1 个正常</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n target(s) shown</source>
        <translation>
            <numerusform>显示 %n 个目标中的 %1 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>payops::TaskDefinition</name>
    <message>
        <location filename="../models/tasks/taskdefinition.cpp" line="+12"/>
        <source>the task needs a name</source>
        <translation>任务需要一个名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>retries must be from 0 to 10</source>
        <translation>重试次数必须在 0 到 10 之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the retry back-off must be from 0 seconds to one day</source>
        <translation>重试退避时间必须在 0 秒到一天之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the timeout must be from 1 second to one week</source>
        <translation>超时时间必须在 1 秒到一周之间</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Database backup</source>
        <translation>数据库备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling update</source>
        <translation>滚动更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performance review</source>
        <translation>性能评估</translation>
    </message>
</context>
<context>
    <name>payops::TaskDesk</name>
    <message>
        <location filename="../models/tasks/taskdesk.cpp" line="+83"/>
        <source>Could not read the tasks: %1</source>
        <translation>无法读取任务：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not read the runs of %1: %2</source>
        <translation>无法读取 %1 的运行记录：%2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Saved: %1, %2 (%3).</source>
        <translation>已保存：%1，%2（%3）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removed.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enabled.</source>
        <translation>已启用。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled.</source>
        <translation>已停用。</translation>
    </message>
</context>
<context>
    <name>payops::TaskEditDialog</name>
    <message>
        <location filename="../widgets/tasks/taskeditdialog.cpp" line="+38"/>
        <source>&quot;folder&quot; (default: backups beside the database), &quot;daily&quot;, &quot;weekly&quot;, &quot;monthly&quot;: how many copies of each to keep (7 / 4 / 6).</source>
        <translation>&quot;folder&quot;（默认：数据库旁的 backups 文件夹），&quot;daily&quot;、&quot;weekly&quot;、&quot;monthly&quot;：各保留多少份（7 / 4 / 6）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;program&quot;, &quot;arguments&quot; (a list; never run through a shell), &quot;workingDirectory&quot;, &quot;environment&quot; (an object), &quot;successFile&quot; (the run succeeds only when this file exists and is not empty).</source>
        <translation>&quot;program&quot;、&quot;arguments&quot;（列表；绝不经由 shell 运行）、&quot;workingDirectory&quot;、&quot;environment&quot;（对象）、&quot;successFile&quot;（仅当该文件存在且非空时运行才算成功）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;service&quot;; &quot;program&quot; and &quot;arguments&quot;, run once per instance with {instance}, {host}, {port}, {url}, {health_url}, {index} and {number} replaced; &quot;settleSeconds&quot; (30), &quot;healthTimeoutSeconds&quot; (60), &quot;commandTimeoutSeconds&quot; (300), &quot;minSeverity&quot; (warning or critical), &quot;dryRun&quot; (shows the plan, touches nothing).</source>
        <translation>&quot;service&quot;；&quot;program&quot; 和 &quot;arguments&quot;：每个实例运行一次，替换 {instance}、{host}、{port}、{url}、{health_url}、{index} 和 {number}；&quot;settleSeconds&quot;（30）、&quot;healthTimeoutSeconds&quot;（60）、&quot;commandTimeoutSeconds&quot;（300）、&quot;minSeverity&quot;（warning 或 critical）、&quot;dryRun&quot;（只显示计划，不做任何改动）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;folder&quot; (default: reports beside the database), &quot;periodDays&quot; (7), &quot;trendDays&quot; (28), &quot;regressionPercent&quot; (10), &quot;cpuCapacity&quot; (100), &quot;capacity&quot; (per service: {&quot;cpuPercent&quot;: …, &quot;memoryBytes&quot;: …}).</source>
        <translation>&quot;folder&quot;（默认：数据库旁的 reports 文件夹）、&quot;periodDays&quot;（7）、&quot;trendDays&quot;（28）、&quot;regressionPercent&quot;（10）、&quot;cpuCapacity&quot;（100）、&quot;capacity&quot;（按服务：{&quot;cpuPercent&quot;: …, &quot;memoryBytes&quot;: …}）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enabled: runs on its schedule</source>
        <translation>已启用：按计划运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each run waits for approval by another operator</source>
        <translation>每次运行都需另一位操作员批准</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New Task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Task %1</source>
        <translation>编辑任务 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A task keeps its name: its history is filed under it. Duplicate it to make one with another name.</source>
        <translation>任务名称不可更改：其历史记录归档在该名称下。如需其他名称，请复制该任务。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>minute hour day-of-month month day-of-week, or @daily, @weekly, …</source>
        <translation>分 时 日 月 星期，或 @daily、@weekly 等</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>waits for its end</source>
        <translation>等待其结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>is skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>waits its turn</source>
        <translation>排队等候</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>runs once at the next start</source>
        <translation>下次启动时运行一次</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Daylight saving: a time skipped when the clocks go forward runs once at the first valid minute after it; a time repeated when they go back runs once.</source>
        <translation>夏令时：时钟拨快时跳过的时间，在其后第一个有效分钟运行一次；时钟拨慢时重复的时间只运行一次。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedule (cron):</source>
        <translation>计划（cron）(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next runs:</source>
        <translation>接下来的运行：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A run due in a &amp;blackout:</source>
        <translation>在禁止时段内到期的运行(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A run due while the last one &amp;runs:</source>
        <translation>上次运行尚未结束时到期的运行(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A run &amp;missed while closed:</source>
        <translation>关闭期间错过的运行(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;etries after a failure:</source>
        <translation>失败后重试次数(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry &amp;back-off (doubles each time):</source>
        <translation>重试间隔（每次加倍）(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings:</source>
        <translation>设置(&amp;E)：</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The settings are not valid JSON (at character %1: %2).</source>
        <translation>设置不是有效的 JSON（第 %1 个字符：%2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings must be a JSON object: { &quot;key&quot;: value, … }.</source>
        <translation>设置必须是 JSON 对象：{ &quot;key&quot;: value, … }。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a task named %1 exists already</source>
        <translation>已存在名为 %1 的任务</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2) — %3 local</source>
        <translation>%1（%2）— 本地 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No run in the next ten years.</source>
        <translation>未来十年内没有运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot be saved yet: %1.</source>
        <translation>暂时无法保存：%1。</translation>
    </message>
</context>
<context>
    <name>payops::TaskKindExecutor</name>
    <message>
        <location filename="../models/tasks/taskkindexecutor.cpp" line="+29"/>
        <source>%1 tasks cannot run in this version yet.</source>
        <translation>此版本尚不能运行“%1”任务。</translation>
    </message>
</context>
<context>
    <name>payops::TaskRepository</name>
    <message>
        <location filename="../models/tasks/taskrepository.cpp" line="+170"/>
        <source>Cannot read the tasks: %1</source>
        <translation>无法读取任务：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the task %1: %2</source>
        <translation>无法读取任务 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The task cannot be saved: %1</source>
        <translation>无法保存该任务：%1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot save the task %1: %2</source>
        <translation>无法保存任务 %1：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot change the task %1: %2</source>
        <translation>无法更改任务 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no task named %1.</source>
        <translation>没有名为 %1 的任务。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot remove the task %1: %2</source>
        <translation>无法删除任务 %1：%2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cannot plan the task %1: %2</source>
        <translation>无法安排任务 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot record a run of %1: %2</source>
        <translation>无法记录 %1 的一次运行：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the run: %1</source>
        <translation>无法读取该次运行：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot read the run history: %1</source>
        <translation>无法读取运行历史：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+15"/>
        <source>Cannot read the runs: %1</source>
        <translation>无法读取运行记录：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>Cannot record the run of %1: %2</source>
        <translation>无法记录 %1 的运行：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot record the approval: %1</source>
        <translation>无法记录审批：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+93"/>
        <source>Interrupted: %1, which was running it, ended without finishing it.</source>
        <translation>已中断：正在运行它的 %1 未完成即已结束。</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Cannot start the task %1: %2</source>
        <translation>无法启动任务 %1：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot record the end of the run of %1: %2</source>
        <translation>无法记录 %1 运行的结束：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the task lock: %1</source>
        <translation>无法读取任务锁：%1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot mark interrupted runs: %1</source>
        <translation>无法标记已中断的运行：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the blackout windows: %1</source>
        <translation>无法读取禁止窗口：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The blackout window cannot be saved: %1</source>
        <translation>无法保存该禁止窗口：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot save the blackout window %1: %2</source>
        <translation>无法保存禁止窗口 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot release the runs waiting for a blackout window: %1</source>
        <translation>无法放行等待禁止时段结束的运行：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot remove the blackout window: %1</source>
        <translation>无法删除禁止窗口：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read who uses the tasks: %1</source>
        <translation>无法读取任务的使用者：%1</translation>
    </message>
    <message>
        <location filename="../models/tasks/taskengine.cpp" line="+37"/>
        <source>Blackout window &quot;%1&quot; added: %2.</source>
        <translation>已添加禁止时段“%1”：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blackout window &quot;%1&quot; changed: %2.</source>
        <translation>已修改禁止时段“%1”：%2。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no blackout window %1 (it may have been removed already).</source>
        <translation>没有禁止时段 %1（可能已被删除）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blackout window &quot;%1&quot; removed (was %2).</source>
        <translation>已删除禁止时段“%1”（原为 %2）。</translation>
    </message>
</context>
<context>
    <name>payops::TaskRun</name>
    <message>
        <location filename="../models/tasks/taskrun.cpp" line="+43"/>
        <source>scheduled</source>
        <translation>按计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed, run once</source>
        <translation>已错过，运行一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run now</source>
        <translation>立即运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>waiting for approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>待运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
</context>
<context>
    <name>payops::TaskScheduler</name>
    <message>
        <location filename="../models/tasks/taskscheduler.cpp" line="+103"/>
        <source>The task %1 has no usable schedule: %2</source>
        <translation>任务 %1 没有可用的计划：%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Fire times missed: more than %1, between %2 and %3</source>
        <translation>错过的触发时间：超过 %1 次，在 %2 与 %3 之间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fire times missed: %1, between %2 and %3</source>
        <translation>错过的触发时间：%1 次，在 %2 与 %3 之间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 while neither the console nor payopsctl ran it; running once now, as the task says.</source>
        <translation>%1，期间控制台和 payopsctl 都未运行它；按任务设置，现在运行一次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 while neither the console nor payopsctl ran it; skipped, as the task says.</source>
        <translation>%1，期间控制台和 payopsctl 都未运行它；按任务设置，已跳过。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skipped: the run due at %1 is still waiting (%2).</source>
        <translation>已跳过：%1 到期的运行仍在等待（%2）。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Skipped: the task is disabled.</source>
        <translation>已跳过：任务已停用。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped: the task no longer exists.</source>
        <translation>已跳过：任务已不存在。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Waited for the blackout window &quot;%1&quot; to end at %2.</source>
        <translation>已等待禁止窗口“%1”于 %2 结束。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skipped: due inside the blackout window &quot;%1&quot; (until %2).</source>
        <translation>已跳过：到期时处于禁止窗口“%1”内（直到 %2）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Skipped: the previous run was still running (%1).</source>
        <translation>已跳过：上一次运行仍在进行（%1）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Started (%1, attempt %2).</source>
        <translation>已开始（%1，第 %2 次尝试）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Succeeded: %1</source>
        <translation>成功：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attempt %1 of %2, %3 s after attempt %4 failed.</source>
        <translation>第 %1 次尝试（共 %2 次），在第 %4 次尝试失败 %3 秒后。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no task named %1.</source>
        <translation>没有名为 %1 的任务。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run requested; waiting for approval.</source>
        <translation>已请求运行；等待审批。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run requested.</source>
        <translation>已请求运行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say who approves the run.</source>
        <translation>请说明由谁审批这次运行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no run %1.</source>
        <translation>没有运行 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 of %2 is not waiting for approval (it is %3).</source>
        <translation>%2 的运行 %1 未在等待审批（当前为%3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 requested this run of %2; another operator must approve it.</source>
        <translation>%1 请求了 %2 的这次运行；必须由另一位操作员审批。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1 of %2 is no longer waiting for approval.</source>
        <translation>%2 的运行 %1 已不再等待审批。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by %1.</source>
        <translation>已由 %1 审批。</translation>
    </message>
</context>
<context>
    <name>payops::TaskSettingsForm</name>
    <message>
        <location filename="../widgets/tasks/tasksettingsform.cpp" line="+99"/>
        <location line="+27"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>backups beside the database</source>
        <translation>数据库旁的 backups 文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep daily copies:</source>
        <translation>保留每日副本数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep weekly copies:</source>
        <translation>保留每周副本数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep monthly copies:</source>
        <translation>保留每月副本数：</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Program:</source>
        <translation>程序：</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>e.g. /usr/bin/pg_dump</source>
        <translation>例如 /usr/bin/pg_dump</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>one argument a line, never through a shell</source>
        <translation>每行一个参数，从不经过 shell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working directory:</source>
        <translation>工作目录：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment:</source>
        <translation>环境变量：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME=value, one a line</source>
        <translation>NAME=value，每行一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success file:</source>
        <translation>成功文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>succeeds only when this file exists and is not empty</source>
        <translation>仅当此文件存在且非空时才算成功</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. payment_gateway</source>
        <translation>例如 payment_gateway</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one a line; {instance} {host} {port} {url} {index} … per instance</source>
        <translation>每行一个；{instance} {host} {port} {url} {index} … 按实例替换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settle time (s):</source>
        <translation>稳定时间（秒）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health timeout (s):</source>
        <translation>健康检查超时（秒）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command timeout (s):</source>
        <translation>命令超时（秒）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules that count:</source>
        <translation>计入的规则：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run:</source>
        <translation>演练：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>show the plan, touch nothing</source>
        <translation>只显示计划，不做任何改动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reports beside the database</source>
        <translation>数据库旁的 reports 文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period (days):</source>
        <translation>周期（天）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend over (days):</source>
        <translation>趋势跨度（天）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regression from (%):</source>
        <translation>视为退化的幅度（%）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU capacity (%):</source>
        <translation>CPU 容量（%）：</translation>
    </message>
</context>
<context>
    <name>payops::TaskTableModel</name>
    <message>
        <location filename="../widgets/tasks/tasktablemodel.cpp" line="+52"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next run</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last result</source>
        <translation>上次结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last run</source>
        <translation>上次运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for approval (run %1)</source>
        <translation>等待批准（运行 %1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due (run %1 pending)</source>
        <translation>已到期（运行 %1 待执行）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never ran</source>
        <translation>从未运行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (disabled)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid schedule</source>
        <translation>计划无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not this week</source>
        <translation>本周无</translation>
    </message>
</context>
<context>
    <name>payops::TaskWorker</name>
    <message>
        <location filename="../models/tasks/taskworker.cpp" line="+56"/>
        <source>Cannot tell whether the scheduled tasks are healthy: %1</source>
        <translation>无法判断计划任务是否正常：%1</translation>
    </message>
</context>
<context>
    <name>payops::TasksApproveCommand</name>
    <message>
        <location filename="../app/payopsctl/taskscommands.cpp" line="+338"/>
        <source>Approves a run that waits for approval.</source>
        <translation>审批一次等待审批的运行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approves the run (its number from tasks history). The operator who requested it cannot approve it when more than one operator uses the tasks. It runs at the next run-due.</source>
        <translation>审批该次运行（编号见 tasks history）。当多位操作员使用任务时，请求者本人不能审批。它将在下一次 run-due 时运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who approves (default: the account payopsctl runs as).</source>
        <translation>批准人（默认：运行 payopsctl 的账户）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RUN-ID is the number of a run, e.g. 42.</source>
        <translation>RUN-ID 是一次运行的编号，例如 42。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run %1 approved by %2.</source>
        <translation>运行 %1 已由 %2 审批。</translation>
    </message>
</context>
<context>
    <name>payops::TasksBlackoutAddCommand</name>
    <message>
        <location line="+114"/>
        <source>Adds a blackout window (weekly on some days, or on listed dates).</source>
        <translation>添加一个禁止时段（每周的某几天，或列出的日期）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adds a window in which scheduled runs do not start: a run due inside it waits for its end or is skipped, as its task says. Times are wall-clock in the zone (the system&apos;s by default); an end at or before the start runs into the next day. Without --days or --dates it is every day.</source>
        <translation>添加一个计划运行不会启动的时段：落在其中的运行会等到时段结束或被跳过，由任务的设置决定。时间为该时区的当地时间（默认为系统时区）；结束时间早于或等于开始时间表示跨到次日。不指定 --days 或 --dates 时为每天。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start, HH:MM.</source>
        <translation>开始时间，HH:MM。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End, HH:MM.</source>
        <translation>结束时间，HH:MM。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekdays, e.g. mon,tue,wed,thu,fri.</source>
        <translation>星期几，例如 mon,tue,wed,thu,fri。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates instead of weekdays, e.g. 2026-12-24,2026-12-31.</source>
        <translation>用日期代替星期几，例如 2026-12-24,2026-12-31。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DATES</source>
        <translation>DATES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IANA time zone, e.g. Asia/Shanghai.</source>
        <translation>IANA 时区，例如 Asia/Shanghai。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--from and --to need a time as HH:MM, e.g. --from 11:00 --to 14:00.</source>
        <translation>--from 和 --to 需要 HH:MM 形式的时间，例如 --from 11:00 --to 14:00。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give --days or --dates, not both.</source>
        <translation>请指定 --days 或 --dates，不能同时指定。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown day &quot;%1&quot;: use mon, tue, wed, thu, fri, sat, sun.</source>
        <translation>未知的星期“%1”：请使用 mon、tue、wed、thu、fri、sat、sun。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--dates needs dates as YYYY-MM-DD, separated by commas.</source>
        <translation>--dates 需要 YYYY-MM-DD 形式的日期，用逗号分隔。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Blackout window %1 added: %2</source>
        <translation>已添加禁止时段 %1：%2</translation>
    </message>
</context>
<context>
    <name>payops::TasksBlackoutRemoveCommand</name>
    <message>
        <location line="+11"/>
        <source>Removes a blackout window by its id.</source>
        <translation>按编号删除一个禁止时段。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removes the blackout window with this id (see &quot;tasks blackouts&quot;). Runs that wait for its end start at the next pass.</source>
        <translation>删除此编号的禁止时段（见“tasks blackouts”）。等待其结束的运行会在下一轮启动。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ID must be the number &quot;tasks blackouts&quot; lists.</source>
        <translation>ID 必须是“tasks blackouts”列出的编号。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Blackout window %1 removed.</source>
        <translation>已删除禁止时段 %1。</translation>
    </message>
</context>
<context>
    <name>payops::TasksBlackoutsCommand</name>
    <message>
        <location line="-153"/>
        <source>Lists the blackout windows, in which scheduled runs do not start.</source>
        <translation>列出禁止时段（计划运行在其中不会启动）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lists the blackout windows: id, name, when and in which time zone. Change them with &quot;tasks blackouts add&quot; and &quot;tasks blackouts remove&quot;.</source>
        <translation>列出禁止时段：编号、名称、时间和时区。用“tasks blackouts add”和“tasks blackouts remove”修改。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No blackout windows.</source>
        <translation>没有禁止时段。</translation>
    </message>
</context>
<context>
    <name>payops::TasksHistoryCommand</name>
    <message>
        <location line="-405"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Shows the runs of the tasks, newest first.</source>
        <translation>显示任务的运行记录，最新的在前。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shows the runs (and the fire times skipped, with why), newest first: when, how it was triggered, the result, the duration. NAME limits it to one task.</source>
        <translation>显示运行记录（以及被跳过的触发时间及原因），最新的在前：时间、触发方式、结果、耗时。NAME 只显示一个任务。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only runs in this state: succeeded, failed, skipped, interrupted, running, pending, waiting_approval.</source>
        <translation>只显示此状态的运行：succeeded、failed、skipped、interrupted、running、pending、waiting_approval。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N runs (default 50).</source>
        <translation>最多 N 次运行（默认 50）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also print each run&apos;s output.</source>
        <translation>同时打印每次运行的输出。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--limit needs a whole number of at least 1.</source>
        <translation>--limit 需要一个不小于 1 的整数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown result &quot;%1&quot;.</source>
        <translation>未知结果“%1”。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No runs recorded.</source>
        <translation>没有运行记录。</translation>
    </message>
</context>
<context>
    <name>payops::TasksListCommand</name>
    <message>
        <location line="-118"/>
        <source>Lists the scheduled tasks with their next run and last result.</source>
        <translation>列出计划任务及其下次运行时间和上次结果。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lists every task: kind, schedule and zone, whether it is enabled, its next run and the result of its last run.</source>
        <translation>列出每个任务：类型、计划与时区、是否启用、下次运行时间和上次运行的结果。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no next run</source>
        <translation>无下次运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>next %1</source>
        <translation>下次 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never ran</source>
        <translation>从未运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>last: %1</source>
        <translation>上次：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tasks.</source>
        <translation>没有任务。</translation>
    </message>
</context>
<context>
    <name>payops::TasksNextCommand</name>
    <message>
        <location filename="../app/payopsctl/tasksnextcommand.cpp" line="+21"/>
        <source>Shows when a cron expression fires in a time zone.</source>
        <translation>显示 cron 表达式在某个时区中的触发时间。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prints the next fire times of a five-field cron expression (or @daily, @hourly, ...) in an IANA time zone, in that zone&apos;s local time with its UTC offset. A time skipped by a daylight-saving change runs once at the first minute after the gap; a repeated time runs once, at its first occurrence.</source>
        <translation>打印五字段 cron 表达式（或 @daily、@hourly 等）在某个 IANA 时区中接下来的触发时间，以该时区的本地时间及 UTC 偏移表示。因夏令时切换而跳过的时间在跳变后的第一分钟运行一次；重复的时间只在第一次出现时运行一次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cron expression, e.g. &quot;30 2 * * *&quot;.</source>
        <translation>cron 表达式，例如“30 2 * * *”。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EXPR</source>
        <translation>表达式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IANA time zone (default: the system&apos;s).</source>
        <translation>IANA 时区（默认：系统时区）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ZONE</source>
        <translation>时区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start after this time, ISO 8601 with an offset, e.g. 2026-03-28T12:00:00+01:00 (default: now).</source>
        <translation>从此时间之后开始，ISO 8601 带偏移，例如 2026-03-28T12:00:00+01:00（默认：现在）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO-TIME</source>
        <translation>ISO时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many fire times, 1 to 1000 (default 10).</source>
        <translation>触发时间的个数，1 到 1000（默认 10）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--cron is required.</source>
        <translation>必须提供 --cron。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--count needs a whole number from 1 to 1000.</source>
        <translation>--count 需要 1 到 1000 之间的整数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--from &quot;%1&quot; is not an ISO 8601 time such as 2026-03-28T12:00:00+01:00.</source>
        <translation>--from“%1”不是 2026-03-28T12:00:00+01:00 这样的 ISO 8601 时间。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The expression does not fire in the next ten years.</source>
        <translation>该表达式在未来十年内不会触发。</translation>
    </message>
</context>
<context>
    <name>payops::TasksRestoreCommand</name>
    <message>
        <location filename="../app/payopsctl/taskscommands.cpp" line="+217"/>
        <source>Replaces the console database with a verified backup (the current content is kept aside).</source>
        <translation>用经过校验的备份替换控制台数据库（当前内容另行保留）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checks the backup (integrity_check), copies the database&apos;s current content to a file beside it named &lt;name&gt;.before-restore-&lt;UTC time&gt;.db, then replaces the content with the backup&apos;s, through SQLite, so a console that has it open sees the restored data. Nothing is replaced without --yes.</source>
        <translation>先检查备份（integrity_check），将数据库当前内容复制到其旁边名为 &lt;name&gt;.before-restore-&lt;UTC 时间&gt;.db 的文件，再通过 SQLite 用备份内容替换，因此已打开该文件的控制台会看到恢复后的数据。没有 --yes 时不会替换任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Really replace the database&apos;s content.</source>
        <translation>确认替换数据库内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no backup file %1.</source>
        <translation>备份文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no database %1 to restore into.</source>
        <translation>要恢复到的数据库 %1 不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This replaces every table of %1 with the content of %2; the current content would be kept at %3. Run again with --yes to do it.</source>
        <translation>此操作会用 %2 的内容替换 %1 的所有表；当前内容将保留在 %3。确认执行请加 --yes 重新运行。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restored %1 from %2. The content it had is kept at %3.</source>
        <translation>已从 %2 恢复 %1。原有内容保留在 %3。</translation>
    </message>
</context>
<context>
    <name>payops::TasksRunCommand</name>
    <message>
        <location line="-174"/>
        <source>Runs one task now (after approval when it needs one).</source>
        <translation>立即运行一个任务（需要审批时在审批之后）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs the task now and waits for its end. A task that needs approval waits for it: the run&apos;s number is printed, and another operator approves it with payopsctl tasks approve. Blackout windows do not hold a run you start yourself; a run of the same task in progress does (the run then waits for the next run-due).</source>
        <translation>立即运行该任务并等待其结束。需要审批的任务会等待审批：打印运行编号，由另一位操作员用 payopsctl tasks approve 审批。禁止窗口不会阻止您亲自启动的运行；但同一任务正在进行的运行会（此次运行将等待下一次 run-due）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who asks for the run (default: the account payopsctl runs as).</source>
        <translation>请求运行的人（默认：运行 payopsctl 的账户）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The run was not recorded.</source>
        <translation>该次运行未被记录。</translation>
    </message>
</context>
<context>
    <name>payops::TasksRunDueCommand</name>
    <message>
        <location line="+22"/>
        <source>Runs what is due and exits (the systemd timer calls it every minute).</source>
        <translation>运行到期的任务后退出（systemd 定时器每分钟调用一次）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Marks runs left behind by a crashed process as interrupted, plans the fire times that have come, and runs what is due, then exits. Safe to run every minute while the console runs: the database&apos;s lock row lets only one of them run a task at a time, and each fire time is planned once. Exit status 1 when a run failed or something could not be done.</source>
        <translation>将崩溃进程遗留的运行标记为已中断，安排已到的触发时间，运行到期的任务，然后退出。控制台运行时每分钟运行也是安全的：数据库中的锁行保证同一时间只有一方运行某个任务，每个触发时间只安排一次。有运行失败或有事无法完成时退出状态为 1。</translation>
    </message>
</context>
<context>
    <name>payops::TasksView</name>
    <message>
        <location filename="../widgets/tasks/tasksview.cpp" line="+55"/>
        <source>Filter by name, kind, schedule or result</source>
        <translation>按名称、类型、计划或结果筛选</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All results</source>
        <translation>所有结果</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trigger</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested by</source>
        <translation>请求人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a run to see its log.</source>
        <translation>选择一次运行以查看其日志。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The week ahead: a mark for each run, blackout windows shaded</source>
        <translation>未来一周：每次运行一个标记，禁止时段以阴影显示</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+87"/>
        <source>Select a task to see its runs.</source>
        <translation>选择一个任务以查看其运行记录。</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>&amp;New Task…</source>
        <translation>新建任务(&amp;N)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Duplicate…</source>
        <translation>复制(&amp;D)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1-copy</source>
        <translation>%1-copy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &amp;Now</source>
        <translation>立即运行(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ena&amp;ble/Disable</source>
        <translation>启用/停用(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve Run</source>
        <translation>批准运行(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y Table</source>
        <translation>复制表格(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blac&amp;kout Windows…</source>
        <translation>禁止时段(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;store This Backup…</source>
        <translation>恢复此备份(&amp;S)…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No tasks. Add one with New Task (Ctrl+N).</source>
        <translation>没有任务。用&quot;新建任务&quot;（Ctrl+N）添加一个。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Runs of %1</source>
        <translation>%1 的运行记录</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This task has not run yet.</source>
        <translation>此任务尚未运行过。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No runs with this result.</source>
        <translation>没有此结果的运行。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Run %1 of %2 — %3 (attempt %4)</source>
        <translation>%2 的运行 %1 — %3（第 %4 次尝试）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ran on: %1</source>
        <translation>运行于：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Produced: %1</source>
        <translation>产出：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restore the backup of %1?</source>
        <translation>恢复 %1 的备份？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The console closes, puts the backup of %1 back into its database and starts again.

Backup: %2

Everything recorded since then (history, alerts, incidents, task runs) is not lost: the database as it is now is kept beside it, named …before-restore-….db.</source>
        <translation>控制台将关闭，把 %1 的备份恢复到数据库中，然后重新启动。

备份：%2

此后记录的所有内容（历史、告警、事件、任务运行）不会丢失：当前的数据库会另存在旁边，文件名为 …before-restore-….db。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore and Restart</source>
        <translation>恢复并重启</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ena&amp;ble</source>
        <translation>启用(&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disa&amp;ble</source>
        <translation>停用(&amp;B)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Task %1 added (Ctrl+Z undoes it)</source>
        <translation>已添加任务 %1（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task %1 saved (Ctrl+Z undoes it)</source>
        <translation>已保存任务 %1（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Task %1 removed (Ctrl+Z brings it back)</source>
        <translation>已删除任务 %1（Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undone: %1 is as it was</source>
        <translation>已撤销：%1 已恢复原状</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run %1 now?</source>
        <translation>立即运行 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This rolling update restarts the instances of its service one by one.</source>
        <translation>此滚动更新会逐个重启其服务的实例。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run of %1 requested; it waits for another operator&apos;s approval</source>
        <translation>已请求运行 %1；等待另一位操作员批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run of %1 requested</source>
        <translation>已请求运行 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Tasks copied (%n row(s))</source>
        <translation>
            <numerusform>已复制任务（%n 行）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>payops::ThresholdLines</name>
    <message>
        <location filename="../widgets/dashboard/thresholdlines.cpp" line="+43"/>
        <source>warning %1</source>
        <translation>警告 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>critical %1</source>
        <translation>严重 %1</translation>
    </message>
</context>
<context>
    <name>payops::TimeRangeSelector</name>
    <message>
        <location filename="../widgets/dashboard/timerangeselector.cpp" line="+22"/>
        <source>Time range:</source>
        <translation>时间范围：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the last %1</source>
        <translation>显示最近 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+59"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Show a range between two dates</source>
        <translation>显示两个日期之间的范围</translation>
    </message>
</context>
<context>
    <name>payops::VerifyPage</name>
    <message>
        <location filename="../widgets/incidents/wizard/verifypage.cpp" line="+46"/>
        <source>Run the Checks &amp;Again</source>
        <translation>重新运行检查(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve &amp;Anyway…</source>
        <translation>仍然解决(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5. Verify</source>
        <translation>5. 验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery is proven when the values that confirmed the cause stay in their normal range for the hold time.</source>
        <translation>当确认原因的数值在保持时间内一直处于正常范围时，恢复即得到证明。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Watched value</source>
        <translation>监视的数值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Healthy while</source>
        <translation>健康条件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolve although the checks still confirm the cause: asks for the reason, which is recorded</source>
        <translation>即使检查仍确认原因也解决：会询问理由并记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hold time:</source>
        <translation>保持时间(&amp;H)：</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The incident is resolved.</source>
        <translation>事件已解决。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to watch: no metric confirmed the cause.</source>
        <translation>没有可监视的内容：没有指标确认原因。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the checks again: when none of them confirms the cause any more, the incident is resolved.</source>
        <translation>请重新运行检查：当不再有检查确认原因时，事件即解决。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting for the values to come back…</source>
        <translation>等待数值恢复…</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+3"/>
        <source>no value</source>
        <translation>无数值</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still confirms the cause</source>
        <translation>仍确认原因</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for the values to come back… (%1 left)</source>
        <translation>等待数值恢复…（剩余 %1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Watching… %1 to go</source>
        <translation>监视中… 还剩 %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Running the checks again…</source>
        <translation>正在重新运行检查…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Still confirmed: %1</source>
        <translation>仍被确认：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checks run again: none confirms a cause any more.</source>
        <translation>已重新运行检查：不再有检查确认原因。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The checks still confirm the cause. Why resolve the incident anyway? (Recorded in the timeline and the audit log.)</source>
        <translation>检查仍确认原因。为什么仍要解决此事件？（将记录在时间线和审计日志中。）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resolved with an override: %1</source>
        <translation>已通过强制操作解决：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovered — the incident is resolved. %1</source>
        <translation>已恢复 — 事件已解决。%1</translation>
    </message>
</context>
<context>
    <name>payops::ViewAction</name>
    <message>
        <location filename="../widgets/viewaction.cpp" line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>payops::WallAlertFocus</name>
    <message>
        <location filename="../widgets/wall/wallalertfocus.cpp" line="+45"/>
        <source>The alerts cannot be read (%1); the wall shows the services&apos; state only until they can.</source>
        <translation>无法读取告警（%1）；在能读取之前，大屏只显示各服务的状态。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner: %1 · %2</source>
        <translation>负责人：%1 · %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>alert %1 (%2) firing since %3: %4; acknowledged by %5</source>
        <translation>告警 %1（%2）自 %3 起触发：%4；已由 %5 确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alert %1 (%2) firing since %3: %4; not acknowledged</source>
        <translation>告警 %1（%2）自 %3 起触发：%4；未确认</translation>
    </message>
</context>
<context>
    <name>payops::WallConsole</name>
    <message>
        <location filename="../app/payops/wallconsole.cpp" line="+85"/>
        <source>The targets file %1 cannot be used: %2</source>
        <translation>无法使用目标文件 %1：%2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>There is no screen &quot;%1&quot;; showing on the primary screen. Screens: %2</source>
        <translation>没有屏幕“%1”，改在主屏幕显示。可用屏幕：%2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The database cannot be read (%1). Showing live data of the default targets; history is unavailable. Trying again in %2 s.</source>
        <translation>无法读取数据库（%1）。正在显示默认目标的实时数据；历史数据不可用。%2 秒后重试。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The wall&apos;s charts start without their past: %1</source>
        <translation>大屏图表没有历史数据，从现在开始显示：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write the screenshot to %1</source>
        <translation>无法将截图写入 %1</translation>
    </message>
</context>
<context>
    <name>payops::WallDashboardPage</name>
    <message>
        <location filename="../widgets/wall/walldashboardpage.cpp" line="+28"/>
        <source>Transactions per second</source>
        <translation>每秒交易数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure ratio</source>
        <translation>失败率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response time p95</source>
        <translation>响应时间 p95</translation>
    </message>
</context>
<context>
    <name>payops::WallFocusPage</name>
    <message>
        <location filename="../widgets/wall/wallfocuspage.cpp" line="+28"/>
        <source>%1 needs attention since %2: %3</source>
        <translation>%1 自 %2 起需要关注：%3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No owner in the contact directory</source>
        <translation>通讯录中没有负责人</translation>
    </message>
</context>
<context>
    <name>payops::WallTile</name>
    <message>
        <location filename="../widgets/wall/walltile.cpp" line="+72"/>
        <source>Not polled yet.</source>
        <translation>尚未轮询。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No data from the poller for %1.</source>
        <translation>轮询器已有 %1 没有数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service does not answer.</source>
        <translation>服务无响应。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not scraped yet.</source>
        <translation>尚未抓取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No successful scrape for %1.</source>
        <translation>已有 %1 没有成功抓取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service answers but reports no payment metrics yet.</source>
        <translation>服务有响应，但尚未报告支付指标。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>DOWN</source>
        <translation>宕机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NO DATA</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DEGRADED</source>
        <translation>降级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UP</source>
        <translation>正常</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location line="+93"/>
        <source>TPS</source>
        <translation>TPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failures</source>
        <translation>失败率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response p95</source>
        <translation>响应 p95</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Instances up: %1 of %2</source>
        <translation>在线实例：%1 / %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
</context>
<context>
    <name>payops::WallWindow</name>
    <message>
        <location filename="../widgets/wall/wallwindow.cpp" line="+54"/>
        <source>PayOps Console — wall display</source>
        <translation>PayOps 运维控制台 — 大屏显示</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No alert is firing</source>
        <translation>没有正在触发的告警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No incident is open</source>
        <translation>没有未结事件</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the service is down</source>
        <translation>服务已宕机</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Press Ctrl+Shift+Q again within 5 seconds to leave the wall display.</source>
        <translation>5 秒内再按一次 Ctrl+Shift+Q 即可退出大屏显示。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayOps Console · %1</source>
        <translation>PayOps 运维控制台 · %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>waiting for data</source>
        <translation>等待数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data as of %1 (%2 old)</source>
        <translation>数据时间 %1（已过 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data as of %1</source>
        <translation>数据时间 %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+34"/>
        <source>not acknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>acknowledged by %1</source>
        <translation>已由 %1 确认</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>all services</source>
        <translation>所有服务</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
</context>
<context>
    <name>payops::WeekTimeline</name>
    <message>
        <location filename="../widgets/tasks/weektimeline.cpp" line="+122"/>
        <source>No scheduled runs in the next seven days.</source>
        <translation>未来七天没有计划的运行。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 runs at %2</source>
        <translation>%1 在 %2 运行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blackout %1: %2 – %3</source>
        <translation>禁止时段 %1：%2 – %3</translation>
    </message>
</context>
<context>
    <name>payops::WindowTimeFields</name>
    <message>
        <location filename="../widgets/windowtimefields.cpp" line="+77"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>payops::WizardStyle</name>
    <message>
        <location filename="../widgets/incidents/wizard/wizardstyle.cpp" line="+27"/>
        <source>confirms</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rules out</source>
        <translation>排除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open</source>
        <translation>待定</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>payops::main</name>
    <message>
        <location filename="../app/payops/main.cpp" line="+56"/>
        <source>Moving the database to %1…</source>
        <translation>正在把数据库移动到 %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PayOps Console</source>
        <translation>PayOps 控制台</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Move the Database</source>
        <translation>移动数据库</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1
The console starts again from %2.</source>
        <translation>%1
控制台将从 %2 重新启动。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>payops needs a graphical session (no DISPLAY or WAYLAND_DISPLAY is set). Without one, use payopsctl, or take a picture with QT_QPA_PLATFORM=offscreen payops --screenshot FILE.
</source>
        <translation>payops 需要图形会话（未设置 DISPLAY 或 WAYLAND_DISPLAY）。没有图形会话时，请使用 payopsctl，或用 QT_QPA_PLATFORM=offscreen payops --screenshot FILE 截图。
</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The console could not start again; start it with: payops %1
</source>
        <translation>控制台无法重新启动；请这样启动它：payops %1
</translation>
    </message>
</context>
<context>
    <name>payops::sim::CommandLine</name>
    <message>
        <location filename="../app/paysim/commandline.cpp" line="+20"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>监听地址（默认 127.0.0.1）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>First service port (default 9101); 0 picks free ports and prints them.</source>
        <translation>第一个服务的端口（默认 9101）；为 0 时自动选择空闲端口并打印出来。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>First port of one service&apos;s range, e.g. payment_gateway=9202 (repeatable).</source>
        <translation>单个服务端口范围的起始端口，例如 payment_gateway=9202（可重复指定）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service=port</source>
        <translation>服务=端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control endpoint port (default 9099); 0 picks a free port.</source>
        <translation>控制端点的端口（默认 9099）；为 0 时自动选择空闲端口。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address of the control endpoint (default 127.0.0.1, whatever --bind is).</source>
        <translation>控制端点的地址（默认 127.0.0.1，与 --bind 无关）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instances of each service (default 1).</source>
        <translation>每个服务的实例数（默认 1）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Start with a scenario, on one service or on its default services (repeatable).</source>
        <translation>启动时应用一个场景，作用于单个服务或该场景的默认服务（可重复指定）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name[:service]</source>
        <translation>名称[:服务]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the scenarios and exit.</source>
        <translation>列出所有场景并退出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed of the noise: the same seed and simulated time give the same output.</source>
        <translation>噪声的随机种子：相同的种子和模拟时间会产生相同的输出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulated seconds per real second, up to 3600 (default 1).</source>
        <translation>每个真实秒对应的模拟秒数，最大 3600（默认 1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>factor</source>
        <translation>倍数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated start time, ISO 8601 (2024-05-01T09:00:00Z) or Unix seconds (default: now).</source>
        <translation>模拟的起始时间，ISO 8601 格式（2024-05-01T09:00:00Z）或 Unix 秒数（默认：当前时间）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulates the payment services for PayOps Console.</source>
        <translation>为 PayOps 控制台模拟支付服务。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Services and ports:</source>
        <translation>服务与端口：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Instance i of payment_frontend, payment_gateway, payment_backend, payment_callback
  (s = 0, 1, 2, 3) listens on base-port + s*instances + i, or on PORT + i with --port-of.
  Each serves GET /metrics (Prometheus text 0.0.4) and GET /health (JSON).
  On start one line per listening range is printed on stdout:
    listening &lt;service&gt; &lt;address&gt;:&lt;first&gt;[-&lt;last&gt;] /metrics /health
    control &lt;address&gt;:&lt;port&gt;
    ready
</source>
        <translation>  payment_frontend、payment_gateway、payment_backend、payment_callback（s = 0, 1, 2, 3）
  的第 i 个实例监听 base-port + s*instances + i；使用 --port-of 时监听 &lt;端口&gt; + i。
  每个实例提供 GET /metrics（Prometheus 文本格式 0.0.4）和 GET /health（JSON）。
  启动时，每个监听范围在标准输出上打印一行：
    listening &lt;service&gt; &lt;address&gt;:&lt;first&gt;[-&lt;last&gt;] /metrics /health
    control &lt;address&gt;:&lt;port&gt;
    ready
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenarios (--list-scenarios describes each):</source>
        <translation>场景（--list-scenarios 会逐一说明）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  NAME applies to the scenario&apos;s default services, NAME:SERVICE to one service,
  NAME:all to every service. &quot;crash&quot; closes the port (connection refused);
  &quot;crash-hang&quot; accepts connections and never answers.
</source>
        <translation>  &lt;名称&gt; 作用于该场景的默认服务，&lt;名称&gt;:&lt;服务&gt; 作用于单个服务，
  &lt;名称&gt;:all 作用于所有服务。&quot;crash&quot; 会关闭端口（连接被拒绝）；
  &quot;crash-hang&quot; 接受连接但从不应答。
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Control endpoint:</source>
        <translation>控制端点：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  GET /scenarios; POST /scenario {&quot;name&quot;: &quot;slow-db&quot;, &quot;service&quot;: &quot;payment_backend&quot;};
  PUT /scenario/NAME?service=SERVICE; DELETE /scenario/NAME[?service=SERVICE];
  DELETE /scenario clears all.
  Every request must carry the Host of the control line (localhost:PORT too on loopback),
  and POST, PUT and DELETE &quot;Content-Type: application/json&quot;, so a web page cannot
  switch scenarios:
    curl -X PUT -H &apos;Content-Type: application/json&apos; \
      &apos;http://127.0.0.1:9099/scenario/slow-db?service=payment_backend&apos;
</source>
        <translation>  GET /scenarios; POST /scenario {&quot;name&quot;: &quot;slow-db&quot;, &quot;service&quot;: &quot;payment_backend&quot;};
  PUT /scenario/NAME?service=SERVICE; DELETE /scenario/NAME[?service=SERVICE];
  DELETE /scenario 清除所有场景。
  每个请求都必须带有 control 行中的 Host（在回环地址上也可以是 localhost:PORT），
  POST、PUT 和 DELETE 请求还必须带有 &quot;Content-Type: application/json&quot;，
  这样网页就无法切换场景：
    curl -X PUT -H &apos;Content-Type: application/json&apos; \
      &apos;http://127.0.0.1:9099/scenario/slow-db?service=payment_backend&apos;
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  GET /instances lists every instance (port, restarts, uptime);
  POST /instances/SERVICE/INDEX/restart[?downtime=SECONDS&amp;fail=1] restarts one instance:
  its port closes for the downtime (default 2 s), then a new process listens; with fail=1
  its /health says &quot;down&quot; until the next restart.
</source>
        <translation>  GET /instances 列出每个实例（端口、重启次数、运行时间）；
  POST /instances/SERVICE/INDEX/restart[?downtime=SECONDS&amp;fail=1] 重启一个实例：
  其端口在停机时间内关闭（默认 2 秒），然后由新进程监听；带 fail=1 时
  其 /health 在下次重启前一直报告 &quot;down&quot;。
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--bind: not an IP address: %1</source>
        <translation>--bind：不是 IP 地址：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--control-bind: not an IP address: %1</source>
        <translation>--control-bind：不是 IP 地址：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--base-port: not a port: %1</source>
        <translation>--base-port：不是有效端口：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--control-port: not a port: %1</source>
        <translation>--control-port：不是有效端口：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--instances: expected 1 to 10000, got %1</source>
        <translation>--instances：应为 1 到 10000，实际为 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--port-of: expected SERVICE=PORT, got %1</source>
        <translation>--port-of：应为 &lt;服务&gt;=&lt;端口&gt; 形式，实际为 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--scenario: unknown scenario &quot;%1&quot; (see --list-scenarios)</source>
        <translation>--scenario：未知场景 &quot;%1&quot;（参见 --list-scenarios）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--scenario: unknown service &quot;%1&quot;</source>
        <translation>--scenario：未知服务 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--seed: not a number: %1</source>
        <translation>--seed：不是数字：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--speed: expected a factor above 0 and at most 3600, got %1</source>
        <translation>--speed：应为大于 0 且不超过 3600 的倍数，实际为 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--start-time: expected ISO 8601 or Unix seconds, got %1</source>
        <translation>--start-time：应为 ISO 8601 格式或 Unix 秒数，实际为 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ports of %1 would run past 65535</source>
        <translation>%1 的端口将超过 65535</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>port ranges overlap at %1; change --base-port, --port-of or --control-port</source>
        <translation>端口范围在 %1 处重叠；请修改 --base-port、--port-of 或 --control-port</translation>
    </message>
</context>
<context>
    <name>payops::sim::ControlGuard</name>
    <message>
        <location filename="../app/paysim/controlguard.cpp" line="+40"/>
        <source>refused: the Host header &quot;%1&quot; does not name this control endpoint (%2:%3); send the request to the address paysim prints on its &quot;control&quot; line</source>
        <translation>已拒绝：Host 头 &quot;%1&quot; 指向的不是此控制端点（%2:%3）；请将请求发送到 paysim 在其 &quot;control&quot; 行中打印的地址</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>refused: a request that changes scenarios must be sent with &quot;Content-Type: application/json&quot; (got &quot;%1&quot;)</source>
        <translation>已拒绝：更改场景的请求必须带有 &quot;Content-Type: application/json&quot;（实际为 &quot;%1&quot;）</translation>
    </message>
</context>
<context>
    <name>payops::sim::ControlServer</name>
    <message>
        <location filename="../app/paysim/controlserver.cpp" line="+54"/>
        <source>the body must be a JSON object such as {&quot;name&quot;: &quot;slow-db&quot;}</source>
        <translation>请求体必须是 JSON 对象，例如 {&quot;name&quot;: &quot;slow-db&quot;}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the body has no &quot;name&quot;</source>
        <translation>请求体缺少 &quot;name&quot;</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>this paysim serves no instances</source>
        <translation>此 paysim 不提供任何实例</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown service &quot;%1&quot;</source>
        <translation>未知服务 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the instance must be a number from 0 (got &quot;%1&quot;)</source>
        <translation>实例必须是从 0 开始的数字（收到 &quot;%1&quot;）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the body must be empty or a JSON object such as {&quot;downtime&quot;: 2, &quot;fail&quot;: true}</source>
        <translation>请求体必须为空或是 JSON 对象，例如 {&quot;downtime&quot;: 2, &quot;fail&quot;: true}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the downtime must be from 0 to 600 seconds</source>
        <translation>停机时间必须在 0 到 600 秒之间</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>cannot listen on %1:%2 for the control endpoint: %3</source>
        <translation>无法在 %1:%2 上监听控制端点：%3</translation>
    </message>
</context>
<context>
    <name>payops::sim::ScenarioCatalog</name>
    <message>
        <location filename="../app/paysim/scenariocatalog.cpp" line="+23"/>
        <source>Network delay: external call and request latency up, some timeouts (all services)</source>
        <translation>网络延迟：外部调用和请求延迟上升，部分请求超时（所有服务）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment gateway anomaly: failure ratio and 5xx codes way up, callers see external:gateway degraded</source>
        <translation>支付网关异常：失败率和 5xx 状态码大幅上升，调用方看到 external:gateway 降级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insufficient resources: CPU at the cores limit, memory climbing, latency up (payment_backend)</source>
        <translation>资源不足：CPU 达到核数上限，内存持续增长，延迟上升（payment_backend）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inefficient database queries: query latency and request p95 up sharply, database degraded (payment_backend)</source>
        <translation>数据库查询低效：查询延迟和请求 p95 急剧上升，数据库降级（payment_backend）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slow external service: the service&apos;s first peer answers slowly, request latency up (payment_gateway: card_network)</source>
        <translation>外部服务缓慢：该服务的第一个对端应答缓慢，请求延迟上升（payment_gateway: card_network）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crash: the port closes, connections are refused; counters restart on recovery (payment_gateway)</source>
        <translation>崩溃：端口关闭，连接被拒绝；恢复后计数器从零开始（payment_gateway）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hung process: connections are accepted but never answered; counters restart on recovery (payment_gateway)</source>
        <translation>进程挂起：接受连接但从不应答；恢复后计数器从零开始（payment_gateway）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DDoS attack: request rate x12, 429 and 503 rejections, CPU up (payment_frontend)</source>
        <translation>DDoS 攻击：请求速率升至 12 倍，出现 429 和 503 拒绝，CPU 上升（payment_frontend）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account theft: login failures and suspicious transactions way up (payment_frontend)</source>
        <translation>账户盗用：登录失败和可疑交易大幅增加（payment_frontend）</translation>
    </message>
</context>
<context>
    <name>payops::sim::ServiceServer</name>
    <message>
        <location filename="../app/paysim/serviceserver.cpp" line="+45"/>
        <source>cannot listen on %1:%2 for %3: %4</source>
        <translation>无法在 %1:%2 上为 %3 监听：%4</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 has no instance %2 (instances are numbered from 0 to %3)</source>
        <translation>%1 没有实例 %2（实例编号为 0 到 %3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>instance %1 of %2 is restarting already</source>
        <translation>%2 的实例 %1 已在重启中</translation>
    </message>
</context>
<context>
    <name>payops::sim::Simulation</name>
    <message>
        <location filename="../app/paysim/simulation.cpp" line="+94"/>
        <location line="+31"/>
        <source>unknown scenario &quot;%1&quot; (see --list-scenarios)</source>
        <translation>未知场景 &quot;%1&quot;（参见 --list-scenarios）</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+29"/>
        <source>unknown service &quot;%1&quot;</source>
        <translation>未知服务 &quot;%1&quot;</translation>
    </message>
</context>
</TS>
