#include "tests/support/paysimprocess.h"

#include "models/services/filesdformat.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>

PaysimProcess::PaysimProcess(QObject *parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &PaysimProcess::readOutput);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

PaysimProcess::~PaysimProcess()
{
    stop();
}

void PaysimProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

QString PaysimProcess::start(const QStringList &arguments, int timeoutMs)
{
    m_process.start(QStringLiteral(PAYOPS_BINARY_DIR "/app/paysim/paysim"),
                    QStringList{QStringLiteral("--base-port"), QStringLiteral("0"), QStringLiteral("--control-port"),
                                QStringLiteral("0")}
                        + arguments);
    QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_ready && m_process.state() != QProcess::NotRunning && !deadline.hasExpired())
        output.wait(int(std::max<qint64>(1, deadline.remainingTime())));
    if (m_process.error() == QProcess::FailedToStart)
        return QStringLiteral("cannot start %1: %2").arg(m_process.program(), m_process.errorString());
    if (!m_ready)
        return QStringLiteral("paysim did not become ready: %1").arg(QString::fromUtf8(m_output));
    return {};
}

void PaysimProcess::readOutput()
{
    m_output += m_process.readAllStandardOutput();
    // listening <service> <address>:<first>[-<last>] /metrics /health ; control <address>:<port> ; ready
    static const QRegularExpression listening(QStringLiteral("^listening (\\S+) \\S+:(\\d+)(?:-(\\d+))?"));
    static const QRegularExpression control(QStringLiteral("^control \\S+:(\\d+)"));
    qsizetype newline;
    while ((newline = m_output.indexOf('\n', m_parsed)) >= 0) {
        const QString line = QString::fromUtf8(m_output.mid(m_parsed, newline - m_parsed)).trimmed();
        m_parsed = newline + 1;
        if (const QRegularExpressionMatch match = listening.match(line); match.hasMatch()) {
            const QString service = match.captured(1);
            if (!m_ports.contains(service))
                m_services.append(service);
            const uint first = match.captured(2).toUInt();
            const uint last = match.captured(3).isEmpty() ? first : match.captured(3).toUInt();
            for (uint port = first; port <= last; ++port)
                m_ports[service].append(quint16(port));
        } else if (const QRegularExpressionMatch match = control.match(line); match.hasMatch()) {
            m_controlPort = quint16(match.captured(1).toUInt());
        } else if (line == QLatin1String("ready")) {
            m_ready = true;
        }
    }
}

QUrl PaysimProcess::controlUrl(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_controlPort).arg(path));
}

int PaysimProcess::control(const QByteArray &verb, const QString &path, QByteArray *body)
{
    QNetworkRequest request(controlUrl(path));
    request.setTransferTimeout(10000);
    // paysim takes scenario changes only as JSON, with the Host of its control line (QNAM sends
    // 127.0.0.1:PORT): what no web page can send.
    if (verb != "GET")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    if (status != 200)
        qWarning() << verb << path << status << reply->errorString() << answer;
    if (body)
        *body = answer;
    reply->deleteLater();
    return status;
}

QByteArray PaysimProcess::fileSd(const QString &interval, const QString &timeout) const
{
    QJsonArray groups;
    for (const QString &service : m_services) {
        QJsonArray targets;
        for (const quint16 port : m_ports.value(service))
            targets.append(QStringLiteral("127.0.0.1:%1").arg(port));
        groups.append(QJsonObject{
            {QStringLiteral("targets"), targets},
            {QStringLiteral("labels"),
             QJsonObject{{QStringLiteral("service"), service},
                         {QStringLiteral("__scrape_interval__"), interval},
                         {QStringLiteral("__scrape_timeout__"), timeout}}},
        });
    }
    return QJsonDocument(groups).toJson();
}

QList<payops::ServiceTarget> PaysimProcess::targets(const QString &interval, const QString &timeout) const
{
    const payops::FileSdFormat::Result parsed = payops::FileSdFormat::parse(fileSd(interval, timeout));
    if (!parsed.ok())
        qWarning() << "paysim's targets do not read back:" << parsed.error->toString();
    QList<payops::ServiceTarget> result = parsed.targets;
    for (qsizetype i = 0; i < result.size(); ++i)
        result[i].id = int(i) + 1;
    return result;
}
