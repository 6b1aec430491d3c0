#pragma once

#include "models/services/servicetarget.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

// Debian's real `prometheus` on a free loopback port, scraping the given targets (each with its
// service label) every `interval`, for integration tests.
class PrometheusProcess final
{
public:
    PrometheusProcess() = default;
    ~PrometheusProcess();
    Q_DISABLE_COPY_MOVE(PrometheusProcess)

    // Whether the prometheus executable is installed (tests skip without it).
    [[nodiscard]] static bool isInstalled();
    // Starts it and waits until it is ready and has scraped every target up once. Empty on success,
    // else what went wrong (its log is kept in the temporary directory until this object goes).
    // `rules`: a rule file's text to load (evaluated every second), if any.
    [[nodiscard]] QString start(const QList<payops::ServiceTarget> &targets, const QString &interval,
                                const QString &timeout, const QByteArray &rules = {});
    void stop();
    [[nodiscard]] QUrl url() const;

private:
    bool get(const QUrl &url, QByteArray *body);

    QTemporaryDir m_dir;
    QProcess m_process;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
};
