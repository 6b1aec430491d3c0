#include "models/alerts/alertmanagerclient.h"

#include "models/alerts/alertslog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

QJsonObject objectOf(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

AlertmanagerAlert AlertmanagerAlert::of(const AlertRule &rule, const AlertInstanceState &state)
{
    AlertmanagerAlert alert;
    alert.labels = rule.labels;
    alert.labels.insert(u"alertname"_s, rule.name);
    alert.labels.insert(u"severity"_s, AlertRule::severityKey(rule.severity));
    if (!state.service.isEmpty())
        alert.labels.insert(u"service"_s, state.service);
    alert.annotations.insert(u"summary"_s, rule.expand(rule.summary, state.service, state.value));
    if (!rule.description.isEmpty())
        alert.annotations.insert(u"description"_s, rule.expand(rule.description, state.service, state.value));
    if (!rule.articleId.isEmpty())
        alert.annotations.insert(u"kb_article"_s, rule.articleId);
    if (!rule.playbookId.isEmpty())
        alert.annotations.insert(u"playbook"_s, rule.playbookId);
    alert.startsAtMs = state.firedAtMs;
    alert.generatorUrl = u"payops://alerts/"_s + rule.name;
    return alert;
}

QString AlertmanagerAlert::fingerprint() const
{
    QString out;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        out += it.key() + u'\x1f' + it.value() + u'\x1e';
    return out;
}

AlertmanagerClient::AlertmanagerClient(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

AlertmanagerClient::~AlertmanagerClient() = default;

void AlertmanagerClient::sync(const QList<AlertmanagerAlert> &firing, qint64 nowMs)
{
    QSet<QString> current;
    QJsonArray batch;
    int resolved = 0;
    QList<QString> resolvedKeys;
    QList<QString> firingKeys;
    const auto add = [&](const AlertmanagerAlert &alert, qint64 endsAtMs) {
        QJsonObject object{{u"labels"_s, objectOf(alert.labels)},
                           {u"annotations"_s, objectOf(alert.annotations)},
                           {u"startsAt"_s, isoTime(alert.startsAtMs)},
                           {u"endsAt"_s, isoTime(endsAtMs)},
                           {u"generatorURL"_s, alert.generatorUrl}};
        batch.append(object);
    };
    for (const AlertmanagerAlert &alert : firing) {
        const QString key = alert.fingerprint();
        current.insert(key);
        Sent &sent = m_sent[key];
        const bool due = sent.lastSentMs == 0 || nowMs - sent.lastSentMs >= m_config.resendIntervalMs
            || sent.alert.startsAtMs != alert.startsAtMs;
        sent.alert = alert;
        sent.resolvedAtMs = 0;
        if (!due)
            continue;
        sent.lastSentMs = nowMs;
        firingKeys.append(key);
        add(alert, nowMs + 4 * m_config.resendIntervalMs);
    }
    for (auto it = m_sent.begin(); it != m_sent.end(); ++it) {
        if (current.contains(it.key()))
            continue;
        if (it->resolvedAtMs == 0)
            it->resolvedAtMs = nowMs;
        add(it->alert, it->resolvedAtMs);
        resolvedKeys.append(it.key());
        ++resolved;
    }
    if (!batch.isEmpty())
        post(QJsonDocument(batch).toJson(QJsonDocument::Compact), int(batch.size()), resolved, firingKeys, resolvedKeys);
}

void AlertmanagerClient::post(const QByteArray &body, int alerts, int resolved, const QList<QString> &firingKeys,
                              const QList<QString> &resolvedKeys)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    QUrl url = m_config.baseUrl;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/api/v2/alerts"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(m_config.timeoutMs);
    QNetworkReply *reply = m_network->post(request, body);
    ++m_inFlight;
    connect(reply, &QNetworkReply::finished, this, [this, reply, alerts, resolved, firingKeys, resolvedKeys] {
        reply->deleteLater();
        --m_inFlight;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status / 100 != 2) {
            const QString error = tr("Alertmanager at %1 did not take the alerts: %2")
                                      .arg(m_config.baseUrl.toDisplayString(),
                                           reply->error() != QNetworkReply::NoError
                                               ? reply->errorString()
                                               : tr("HTTP %1 %2").arg(status).arg(QString::fromUtf8(reply->readAll().left(200))));
            qCWarning(lcAlerts).noquote() << error;
            // Everything in the post goes again with the next sync: firing ones are due at once,
            // resolved ones stay until a post of them is taken.
            for (const QString &key : firingKeys) {
                const auto it = m_sent.find(key);
                if (it != m_sent.end())
                    it->lastSentMs = 0;
            }
            Q_EMIT failed(error);
            return;
        }
        for (const QString &key : resolvedKeys) {
            const auto it = m_sent.constFind(key);
            if (it != m_sent.cend() && it->resolvedAtMs != 0)
                m_sent.remove(key);
        }
        Q_EMIT posted(alerts, resolved);
    });
}

} // namespace payops
