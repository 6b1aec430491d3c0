#include "paysimprocess.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    if (!m_ready)
        return QStringLiteral("paysim did not become ready: %1").arg(QString::fromUtf8(m_output));
    return {};
}

void PaysimProcess::readOutput()
{
    m_output += m_process.readAllStandardOutput();
    static const QRegularExpression listening(QStringLiteral("^listening (\\S+) \\S+:(\\d+)"));
    static const QRegularExpression control(QStringLiteral("^control \\S+:(\\d+)"));
    for (const QByteArray &raw : m_output.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (const QRegularExpressionMatch match = listening.match(line); match.hasMatch()) {
            if (!m_ports.contains(match.captured(1)))
                m_services.append(match.captured(1));
            m_ports.insert(match.captured(1), quint16(match.captured(2).toUInt()));
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

QByteArray PaysimProcess::fileSd(const QString &interval, const QString &timeout) const
{
    QJsonArray groups;
    for (const QString &service : m_services) {
        groups.append(QJsonObject{
            {QStringLiteral("targets"), QJsonArray{QStringLiteral("127.0.0.1:%1").arg(m_ports.value(service))}},
            {QStringLiteral("labels"),
             QJsonObject{{QStringLiteral("service"), service},
                         {QStringLiteral("__scrape_interval__"), interval},
                         {QStringLiteral("__scrape_timeout__"), timeout}}},
        });
    }
    return QJsonDocument(groups).toJson();
}
