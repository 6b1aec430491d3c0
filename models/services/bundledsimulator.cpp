#include "models/services/bundledsimulator.h"

#include "models/services/serviceslog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace payops {

BundledSimulator::BundledSimulator(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &BundledSimulator::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] {
                m_errors += m_process.readAllStandardError();
                m_errors = m_errors.right(4096);
            });
    connect(&m_process, &QProcess::finished, this, &BundledSimulator::finished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(tr("paysim could not be started: %1").arg(m_process.errorString()));
    });
}

BundledSimulator::~BundledSimulator()
{
    stop();
}

QString BundledSimulator::executable()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(QStringLiteral("paysim")), here.filePath(QStringLiteral("../paysim/paysim"))}) {
        const QFileInfo file(candidate);
        if (file.isFile() && file.isExecutable())
            return file.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("paysim"));
}

void BundledSimulator::start()
{
    if (isRunning())
        return;
    const QString program = executable();
    if (program.isEmpty()) {
        Q_EMIT failed(tr("paysim was not found beside the console nor on PATH"));
        return;
    }
    m_output.clear();
    m_errors.clear();
    m_ready = false;
    m_stopping = false;
    qCInfo(lcServices).noquote() << "starting the bundled simulator" << program;
    m_process.start(program, {});
}

void BundledSimulator::stop()
{
    if (!isRunning())
        return;
    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(2000)) { // paysim ends on SIGTERM at once; this is the exception
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

void BundledSimulator::readOutput()
{
    m_output += m_process.readAllStandardOutput();
    // paysim prints one line per listening range, then "ready".
    if (!m_ready && (m_output.startsWith("ready\n") || m_output.contains("\nready\n"))) {
        m_ready = true;
        qCInfo(lcServices) << "the bundled simulator is ready";
        Q_EMIT ready();
    }
    m_output = m_output.right(4096);
}

void BundledSimulator::finished(int exitCode, QProcess::ExitStatus status)
{
    if (m_stopping)
        return;
    const QString said = QString::fromUtf8(m_errors).trimmed().section(u'\n', -1);
    const QString reason = status == QProcess::CrashExit ? tr("paysim ended unexpectedly")
                                                         : tr("paysim ended with status %1").arg(exitCode);
    Q_EMIT failed(said.isEmpty() ? reason : tr("%1: %2").arg(reason, said));
}

} // namespace payops
