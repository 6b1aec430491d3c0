#pragma once

// Test helper: a real server binary (prometheus, prometheus-alertmanager) started on a free
// loopback port with its files in a temporary folder, and small blocking HTTP calls for the test.
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

namespace alerttest {

inline quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort(); // closed again when `server` goes: a small race, fine for a test
}

// GET (or POST with a body) and wait for the answer, at most 10 s; the status (0: none) and body.
inline int http(const QUrl &url, QByteArray *body = nullptr, const QByteArray &post = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(10'000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = post.isNull() ? network.get(request) : network.post(request, post);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (body)
        *body = reply->readAll();
    reply->deleteLater();
    return status;
}

class LoopbackProcess
{
public:
    ~LoopbackProcess() { stop(); }

    // Starts `program` with `arguments` (%PORT% and %DIR% replaced) and waits until GET /-/ready
    // answers 200. Returns an empty string, or why not.
    QString start(const QString &program, QStringList arguments, int timeoutMs = 60'000)
    {
        const QString path = QStandardPaths::findExecutable(program);
        if (path.isEmpty())
            return program + QStringLiteral(" is not installed");
        port = freePort();
        for (QString &argument : arguments)
            argument.replace(QStringLiteral("%PORT%"), QString::number(port)).replace(QStringLiteral("%DIR%"), dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setStandardOutputFile(dir.filePath(program + QStringLiteral(".log")));
        process.start(path, arguments);
        if (!process.waitForStarted(30'000))
            return process.errorString();
        QTimer deadline;
        deadline.start(timeoutMs);
        while (deadline.isActive() && process.state() == QProcess::Running) {
            if (http(url(QStringLiteral("/-/ready"))) == 200)
                return {};
            QEventLoop pause;
            QTimer::singleShot(100, &pause, &QEventLoop::quit);
            pause.exec();
        }
        return program + QStringLiteral(" did not become ready; its log: ") + QString::fromUtf8(log());
    }

    void stop()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(10'000)) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)); }
    QByteArray log() const
    {
        QFile file(process.program().isEmpty() ? QString() : dir.filePath(QFileInfo(process.program()).fileName() + QStringLiteral(".log")));
        return file.open(QIODevice::ReadOnly) ? file.readAll().right(2000) : QByteArray();
    }
    bool writeFile(const QString &name, const QByteArray &bytes) const
    {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    QTemporaryDir dir;
    QProcess process;
    quint16 port = 0;
};

} // namespace alerttest
