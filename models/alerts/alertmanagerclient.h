#pragma once

#include "models/alerts/alertrule.h"
#include "models/alerts/alertstate.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace payops {

// One alert as Alertmanager's API v2 takes it.
struct AlertmanagerAlert
{
    QMap<QString, QString> labels;      // alertname, severity, service, the rule's labels
    QMap<QString, QString> annotations; // summary, description, kb_article, playbook
    qint64 startsAtMs = 0;
    QString generatorUrl;

    // The alert of a rule for one service (or the total), with its texts expanded for the value.
    static AlertmanagerAlert of(const AlertRule &rule, const AlertInstanceState &state);
    // Identity in Alertmanager: the label set.
    [[nodiscard]] QString fingerprint() const;
};

// Posts the console's firing alerts to an Alertmanager (POST /api/v2/alerts), the way Prometheus
// does, so e-mail, chat and paging route through the engine people already run:
//   - a firing alert is sent when it starts and re-sent every `resendIntervalMs` while it fires,
//     with endsAt = now + 4 x the resend interval (if the console stops, it resolves by itself);
//   - an alert that stops firing is sent once more with endsAt = now (resolved); if that post
//     fails it is retried with the next sync.
// Every request has a deadline (`timeoutMs`). Lives on the alerts thread, beside AlertWorker; its
// network access manager is created there on first use.
class AlertmanagerClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertmanagerClient)

public:
    struct Config
    {
        QUrl baseUrl; // http://host:9093 (optionally with a path prefix)
        int timeoutMs = 10'000;
        qint64 resendIntervalMs = 60'000;
    };

    explicit AlertmanagerClient(Config config, QObject *parent = nullptr);
    ~AlertmanagerClient() override;

    // The alerts firing now. Sends what is due (new, due for re-sending, resolved); at most one
    // request per call.
    void sync(const QList<payops::AlertmanagerAlert> &firing, qint64 nowMs);

    [[nodiscard]] int requestsInFlight() const { return m_inFlight; }

Q_SIGNALS:
    // A post was accepted: how many alerts it carried, how many of them resolved.
    void posted(int alerts, int resolved);
    // A post failed, in words.
    void failed(const QString &error);

private:
    struct Sent
    {
        AlertmanagerAlert alert;
        qint64 lastSentMs = 0;
        qint64 resolvedAtMs = 0; // set: to send as resolved
    };

    void post(const QByteArray &body, int alerts, int resolved, const QList<QString> &firingKeys,
              const QList<QString> &resolvedKeys);

    Config m_config;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QHash<QString, Sent> m_sent; // by fingerprint
    int m_inFlight = 0;
};

} // namespace payops
