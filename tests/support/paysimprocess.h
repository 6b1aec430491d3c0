#pragma once

#include "models/services/servicetarget.h"

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
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
    // Kills paysim (if it runs) and waits for it to end; the destructor does the same.
    void stop();

    // The services in paysim's order (frontend, gateway, backend, callback).
    QStringList services() const { return m_services; }
    // First port of a service, and the ports of all its instances (--instances) in order.
    quint16 port(const QString &service) const { return m_ports.value(service).value(0); }
    QList<quint16> ports(const QString &service) const { return m_ports.value(service); }
    QUrl controlUrl(const QString &path) const;

    // Sends `verb` (GET, PUT, DELETE, …) to `path` on the control endpoint, e.g.
    // control("PUT", "/scenario/crash?service=payment_gateway"), and waits for the answer.
    // Returns the HTTP status (200 on success; 0 when no answer came); `body` receives the answer.
    int control(const QByteArray &verb, const QString &path, QByteArray *body = nullptr);

    // A Prometheus file_sd document listing every instance of the services, scraped every
    // `interval` ("1s") with a deadline of `timeout` ("800ms").
    QByteArray fileSd(const QString &interval, const QString &timeout) const;
    // The same instances as the console's scrape targets (that document read back with
    // FileSdFormat), numbered 1, 2, … in order.
    QList<payops::ServiceTarget> targets(const QString &interval, const QString &timeout) const;

private:
    void readOutput();

    QProcess m_process;
    QNetworkAccessManager m_network;
    QByteArray m_output;
    qsizetype m_parsed = 0; // m_output up to here is read line by line
    QStringList m_services;
    QHash<QString, QList<quint16>> m_ports;
    quint16 m_controlPort = 0;
    bool m_ready = false;
};
