#pragma once

#include <QHash>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

// The real paysim executable on free loopback ports, for integration tests.
class PaysimProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaysimProcess)

public:
    explicit PaysimProcess(QObject *parent = nullptr);
    ~PaysimProcess() override;

    // Starts paysim with free ports plus `arguments` and waits until it says "ready".
    // Returns an empty string on success, else what went wrong.
    QString start(const QStringList &arguments = {}, int timeoutMs = 30000);

    // First port of each service, in paysim's order (frontend, gateway, backend, callback).
    QStringList services() const { return m_services; }
    quint16 port(const QString &service) const { return m_ports.value(service); }
    QUrl controlUrl(const QString &path) const;

    // A Prometheus file_sd document listing the services, scraped every `interval` ("1s")
    // with a deadline of `timeout` ("800ms").
    QByteArray fileSd(const QString &interval, const QString &timeout) const;

private:
    void readOutput();

    QProcess m_process;
    QByteArray m_output;
    QStringList m_services;
    QHash<QString, quint16> m_ports;
    quint16 m_controlPort = 0;
    bool m_ready = false;
};
