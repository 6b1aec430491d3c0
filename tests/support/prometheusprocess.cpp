#include "tests/support/prometheusprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

PrometheusProcess::~PrometheusProcess()
{
    stop();
}

bool PrometheusProcess::isInstalled()
{
    return !QStandardPaths::findExecutable(u"prometheus"_s).isEmpty();
}

QUrl PrometheusProcess::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

bool PrometheusProcess::get(const QUrl &url, QByteArray *body)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool done = reply->isFinished() || finished.wait(10'000);
    if (body)
        *body = reply->readAll();
    const bool ok = done && reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    return ok;
}

QString PrometheusProcess::start(const QList<payops::ServiceTarget> &targets, const QString &interval,
                                 const QString &timeout, const QByteArray &rules)
{
    const QString program = QStandardPaths::findExecutable(u"prometheus"_s);
    if (program.isEmpty())
        return u"prometheus is not installed"_s;
    QString config = u"global:\n  scrape_interval: %1\n  scrape_timeout: %2\n  evaluation_interval: 1s\n"
                     u"scrape_configs:\n  - job_name: paysim\n    static_configs:\n"_s.arg(interval, timeout);
    for (const payops::ServiceTarget &target : targets)
        config += u"      - targets: ['%1']\n        labels:\n          service: %2\n"_s.arg(target.instance(), target.service);
    if (!rules.isEmpty()) {
        QFile ruleFile(m_dir.filePath(u"rules.yml"_s));
        if (!ruleFile.open(QIODevice::WriteOnly) || ruleFile.write(rules) != rules.size())
            return u"cannot write %1"_s.arg(ruleFile.fileName());
        config += u"rule_files:\n  - rules.yml\n"_s;
    }
    QFile file(m_dir.filePath(u"prometheus.yml"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) <= 0)
        return u"cannot write %1"_s.arg(file.fileName());
    file.close();
    {
        QTcpServer probe; // a free port; closed again at once: a small race, fine for a test
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return u"no free port"_s;
        m_port = probe.serverPort();
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir.filePath(u"prometheus.log"_s));
    m_process.start(program, {u"--config.file="_s + file.fileName(), u"--storage.tsdb.path="_s + m_dir.filePath(u"data"_s),
                              u"--web.listen-address=127.0.0.1:%1"_s.arg(m_port), u"--log.level=warn"_s});
    if (!m_process.waitForStarted(30'000))
        return m_process.errorString();
    // Ready, then every target scraped up once (Prometheus applies new targets on a 5 s tick).
    const QUrl upCount(url().toString() + u"/api/v1/query?query=count(up%3D%3D1)"_s);
    const QByteArray expected = QByteArray("\"") + QByteArray::number(targets.size()) + "\"]";
    QDeadlineTimer deadline(90'000);
    QByteArray body;
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        if (get(upCount, &body) && body.contains(expected))
            return {};
        QTest::qWait(250);
    }
    m_dir.setAutoRemove(false);
    return u"prometheus did not scrape every target in time; see %1"_s.arg(m_dir.filePath(u"prometheus.log"_s));
}

void PrometheusProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}
