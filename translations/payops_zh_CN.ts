<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HealthStatus</name>
    <message>
        <location filename="../models/services/healthstatus.cpp" line="+16" />
        <source>the health document is not valid JSON (%1)</source>
        <translation>健康检查文档不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the health document has no "status" field</source>
        <translation>健康检查文档缺少 "status" 字段</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/payops/main.cpp" line="+46" />
        <source>PayOps Console — operations console for a payment system.</source>
        <translation>PayOps 控制台——支付系统运维控制台。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Force the interface language (en or zh_CN).</source>
        <translation>强制使用指定的界面语言（en 或 zh_CN）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit after SECONDS (for scripted runs).</source>
        <translation>SECONDS 秒后退出（用于脚本运行）。</translation>
    </message>
</context>
<context>
    <name>payops::HealthProbe</name>
    <message>
        <location filename="../models/services/healthprobe.cpp" line="+43" />
        <source>no answer within %1 s</source>
        <translation>%1 秒内无应答</translation>
    </message>
    <message>
        <location line="+2" />
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location line="+2" />
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>payops::ServiceListWindow</name>
    <message>
        <location filename="../widgets/servicelistwindow.cpp" line="+22" />
        <source>PayOps Console</source>
        <translation>PayOps 控制台</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last check</source>
        <translation>最近检查</translation>
    </message>
    <message>
        <location line="+7" />
        <source>waiting for the first answer…</source>
        <translation>正在等待首次应答…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>down: %1</source>
        <translation>故障：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>%n of %1 services healthy</source>
        <translation><numerusform>%1 个服务中 %n 个健康</numerusform></translation>
    </message>
</context>
</TS>