#include "models/incidents/diagnosisrunner.h"

#include "models/incidents/diagnosisranking.h"
#include "models/incidents/playbooklog.h"
#include "models/metrics/derivedmetriccatalog.h"
#include "models/metrics/healthrequest.h"
#include "models/metrics/scrapeerrortext.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>

namespace payops {

namespace {

QString comparisonText(PlaybookCheck::Comparison comparison)
{
    switch (comparison) {
    case PlaybookCheck::Comparison::Greater:
        return QStringLiteral(">");
    case PlaybookCheck::Comparison::GreaterOrEqual:
        return QStringLiteral("≥");
    case PlaybookCheck::Comparison::Less:
        return QStringLiteral("<");
    case PlaybookCheck::Comparison::LessOrEqual:
        return QStringLiteral("≤");
    }
    return {};
}

// The knowledge base says "up"; services say "ok" for the same.
bool sameHealth(const QString &reported, const QString &expected)
{
    const auto normal = [](const QString &word) {
        const QString lower = word.trimmed().toLower();
        return lower == QLatin1String("ok") || lower == QLatin1String("healthy") ? QStringLiteral("up") : lower;
    };
    return normal(reported) == normal(expected);
}

} // namespace

DiagnosisRunner::DiagnosisRunner(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_deadline(this) // a child, so that it moves with the runner to a worker thread
{
    qRegisterMetaType<payops::CheckVerdict>();
    qRegisterMetaType<payops::Diagnosis>();
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // a health answer is the answer
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &DiagnosisRunner::expire);
}

DiagnosisRunner::~DiagnosisRunner()
{
    cancel();
}

QString DiagnosisRunner::serviceOf(const PlaybookCheck &check, const QString &affected)
{
    if (check.service.isEmpty() || check.service == QLatin1String("affected"))
        return affected;
    return check.service;
}

CheckVerdict DiagnosisRunner::evaluateMetric(const PlaybookCheck &check, const QString &service,
                                            const MetricsSnapshot &snapshot)
{
    CheckVerdict verdict;
    verdict.type = check.type;
    const QString threshold = QStringLiteral("%1 %2 %3").arg(comparisonText(check.comparison), QLocale().toString(check.threshold), check.unit).trimmed();
    const std::optional<double> value = snapshot.value(check.metric, service);
    if (!value) {
        const ServiceState *state = snapshot.serviceState(service);
        verdict.evidence = state && state->state == ServiceState::State::Down
            ? tr("%1 of %2: no current value (the service does not answer its scrapes)").arg(check.metric, service)
            : tr("%1 of %2: no value (not measured for this service)").arg(check.metric, service);
        return verdict;
    }
    verdict.measured = *value;
    const QString shown = DerivedMetricCatalog::format(check.metric, *value);
    if (check.confirmedBy(*value)) {
        verdict.verdict = CheckVerdict::Verdict::Confirmed;
        verdict.evidence = tr("%1 of %2 is %3 (confirms when %4)").arg(check.metric, service, shown, threshold);
    } else {
        verdict.verdict = CheckVerdict::Verdict::RuledOut;
        verdict.evidence = tr("%1 of %2 is %3 (would confirm when %4)").arg(check.metric, service, shown, threshold);
    }
    return verdict;
}

CheckVerdict DiagnosisRunner::evaluateManual(const PlaybookCheck &check, std::optional<bool> answer)
{
    CheckVerdict verdict;
    verdict.type = check.type;
    if (!answer) {
        verdict.evidence = tr("question not answered: %1").arg(check.question.text());
        return verdict;
    }
    verdict.verdict = *answer == check.yesConfirms ? CheckVerdict::Verdict::Confirmed : CheckVerdict::Verdict::RuledOut;
    verdict.evidence = tr("%1 — answered %2").arg(check.question.text(), *answer ? tr("yes") : tr("no"));
    return verdict;
}

CheckVerdict DiagnosisRunner::evaluateHealth(const PlaybookCheck &check, const QString &service, const HealthStatus &status)
{
    CheckVerdict verdict;
    verdict.type = check.type;
    const QString expected = check.expect.isEmpty() ? QStringLiteral("up") : check.expect;
    if (!status.reachable()) {
        // A silent service confirms that it is unwell, but says nothing of one of its dependencies.
        if (check.dependency.isEmpty())
            verdict.verdict = CheckVerdict::Verdict::Confirmed;
        verdict.evidence = check.dependency.isEmpty()
            ? tr("%1 /health does not answer: %2").arg(service, status.error)
            : tr("%1 /health does not answer (%2), so %3 cannot be told").arg(service, status.error, check.dependency);
        return verdict;
    }
    QString reported = status.status;
    QString what = tr("%1 overall").arg(service);
    if (!check.dependency.isEmpty()) {
        what = QStringLiteral("%1 %2").arg(service, check.dependency);
        const auto found = std::find_if(status.checks.cbegin(), status.checks.cend(),
                                        [&](const HealthCheck &dependency) { return dependency.name == check.dependency; });
        if (found == status.checks.cend()) {
            verdict.evidence = tr("%1 /health does not report %2").arg(service, check.dependency);
            return verdict;
        }
        reported = found->status;
        if (found->latencyMs)
            verdict.measured = *found->latencyMs;
    }
    const QString shown = ScrapeErrorText::printable(reported);
    if (sameHealth(reported, expected)) {
        verdict.verdict = CheckVerdict::Verdict::RuledOut;
        verdict.evidence = tr("%1: %2, as expected").arg(what, shown);
    } else {
        verdict.verdict = CheckVerdict::Verdict::Confirmed;
        verdict.evidence = tr("%1: %2, expected %3").arg(what, shown, expected);
    }
    return verdict;
}

const ServiceTarget *DiagnosisRunner::targetOf(const QString &service, bool needHealth) const
{
    for (const ServiceTarget &target : m_request.targets) {
        if (target.service == service && (!needHealth || !target.healthUrl.isEmpty()))
            return &target;
    }
    return nullptr;
}

void DiagnosisRunner::start(const DiagnosisRequest &request)
{
    cancel();
    m_request = request;
    m_running = true;
    m_elapsed.start();
    m_lastAnswerMs = 0;

    for (const Playbook &playbook : m_request.playbooks) {
        for (const PlaybookCause &cause : playbook.causes) {
            for (const PlaybookCheck &check : cause.checks) {
                Pending pending;
                pending.check = check;
                pending.verdict.playbookId = playbook.id;
                pending.verdict.causeId = cause.id;
                pending.verdict.checkId = check.id;
                pending.verdict.type = check.type;
                pending.service = serviceOf(check, m_request.service);
                CheckVerdict verdict = pending.verdict;

                if (check.type == PlaybookCheck::Type::Manual) {
                    const auto found = m_request.answers.constFind(verdict.key());
                    CheckVerdict evaluated = evaluateManual(
                        check, found == m_request.answers.cend() ? std::nullopt : std::optional<bool>(*found));
                    evaluated.playbookId = verdict.playbookId;
                    evaluated.causeId = verdict.causeId;
                    evaluated.checkId = verdict.checkId;
                    answer(evaluated);
                    continue;
                }
                if (!m_request.live) {
                    verdict.evidence = tr("%1: live checks are unavailable offline").arg(check.id);
                    answer(verdict);
                    continue;
                }
                if (check.type == PlaybookCheck::Type::Metric) {
                    if (!m_request.snapshot) {
                        verdict.evidence = tr("%1 of %2: no metric values yet").arg(check.metric, pending.service);
                        answer(verdict);
                        continue;
                    }
                    CheckVerdict evaluated = evaluateMetric(check, pending.service, *m_request.snapshot);
                    evaluated.playbookId = verdict.playbookId;
                    evaluated.causeId = verdict.causeId;
                    evaluated.checkId = verdict.checkId;
                    answer(evaluated);
                    continue;
                }
                if (check.type == PlaybookCheck::Type::Health) {
                    const ServiceTarget *target = targetOf(pending.service, true);
                    if (!target) {
                        verdict.evidence = tr("%1: no health URL is known for this service").arg(pending.service);
                        answer(verdict);
                        continue;
                    }
                    const QString url = target->healthUrl.toString();
                    const bool first = !m_healthWaiting.contains(url);
                    m_healthWaiting[url].append(pending);
                    if (first)
                        startHealth(url, pending.service);
                    continue;
                }
                // Tcp
                QString host = check.host;
                int port = check.port;
                if (host.isEmpty() || port == 0) {
                    const ServiceTarget *target = targetOf(pending.service, false);
                    if (!target && (host.isEmpty() || port == 0)) {
                        verdict.evidence = tr("%1: no address is known for this service").arg(pending.service);
                        answer(verdict);
                        continue;
                    }
                    if (host.isEmpty())
                        host = target->metricsUrl.host();
                    if (port == 0)
                        port = target->metricsUrl.port(target->metricsUrl.scheme() == QLatin1String("https") ? 443 : 80);
                }
                const QString address = QStringLiteral("%1:%2").arg(host).arg(port);
                const bool first = !m_tcpWaiting.contains(address);
                m_tcpWaiting[address].append(pending);
                if (first)
                    startTcp(host, quint16(port));
            }
        }
    }
    if (!m_healthWaiting.isEmpty() || !m_tcpWaiting.isEmpty())
        m_deadline.start(std::max(1, m_request.deadlineMs) + 50); // the probes' own deadlines come first
    // Always answered from the event loop: whoever called start() has connected by then.
    QMetaObject::invokeMethod(this, &DiagnosisRunner::finishIfDone, Qt::QueuedConnection);
}

void DiagnosisRunner::answer(CheckVerdict verdict)
{
    verdict.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    m_lastAnswerMs = std::max(m_lastAnswerMs, verdict.elapsedMs);
    m_verdicts.insert(verdict.key(), verdict);
    Q_EMIT checkAnswered(verdict);
}

void DiagnosisRunner::startHealth(const QString &url, const QString &service)
{
    QNetworkReply *reply = HealthRequest::send(*m_network, QUrl(url), m_request.deadlineMs, this);
    m_replies.insert(url, reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, service] {
        reply->deleteLater();
        if (!m_replies.contains(url))
            return; // expired or cancelled
        m_replies.remove(url);
        healthAnswered(url, HealthRequest::read(*reply, service, m_request.deadlineMs));
    });
}

void DiagnosisRunner::startTcp(const QString &host, quint16 port)
{
    const QString address = QStringLiteral("%1:%2").arg(host).arg(port);
    auto *socket = new QTcpSocket(this);
    m_sockets.insert(address, socket);
    const qint64 startedNs = m_elapsed.nsecsElapsed();
    connect(socket, &QTcpSocket::connected, this, [this, socket, address, startedNs] {
        const double latencyMs = double(m_elapsed.nsecsElapsed() - startedNs) / 1e6;
        socket->abort();
        socket->deleteLater();
        if (m_sockets.take(address))
            tcpAnswered(address, latencyMs, {});
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket, address] {
        if (socket->state() == QAbstractSocket::ConnectedState)
            return;
        const QString error = ScrapeErrorText::printable(socket->errorString());
        socket->deleteLater();
        if (m_sockets.take(address))
            tcpAnswered(address, std::nullopt, error);
    });
    socket->connectToHost(host, port);
}

void DiagnosisRunner::healthAnswered(const QString &url, const HealthStatus &status)
{
    const QList<Pending> waiting = m_healthWaiting.take(url);
    for (const Pending &pending : waiting) {
        CheckVerdict verdict = evaluateHealth(pending.check, pending.service, status);
        verdict.playbookId = pending.verdict.playbookId;
        verdict.causeId = pending.verdict.causeId;
        verdict.checkId = pending.verdict.checkId;
        answer(verdict);
    }
    finishIfDone();
}

void DiagnosisRunner::tcpAnswered(const QString &address, std::optional<double> latencyMs, const QString &error)
{
    const QList<Pending> waiting = m_tcpWaiting.take(address);
    for (const Pending &pending : waiting) {
        CheckVerdict verdict = pending.verdict;
        verdict.measured = latencyMs;
        const QString latency = latencyMs ? QLocale().toString(*latencyMs, 'f', *latencyMs < 10 ? 1 : 0) : QString();
        if (!latencyMs) {
            verdict.verdict = CheckVerdict::Verdict::Confirmed;
            verdict.evidence = tr("TCP %1: %2").arg(address, error);
        } else if (pending.check.maxLatencyMs > 0 && *latencyMs > pending.check.maxLatencyMs) {
            verdict.verdict = CheckVerdict::Verdict::Confirmed;
            verdict.evidence = tr("TCP %1: connected in %2 ms, slower than %3 ms").arg(address, latency).arg(pending.check.maxLatencyMs);
        } else {
            verdict.verdict = CheckVerdict::Verdict::RuledOut;
            verdict.evidence = pending.check.maxLatencyMs > 0
                ? tr("TCP %1: connected in %2 ms (limit %3 ms)").arg(address, latency).arg(pending.check.maxLatencyMs)
                : tr("TCP %1: connected in %2 ms").arg(address, latency);
        }
        answer(verdict);
    }
    finishIfDone();
}

void DiagnosisRunner::expire()
{
    // Whatever has not answered by the deadline did not answer: for a health document or a port
    // that is the evidence itself.
    const QString reason = tr("no answer within %1 ms").arg(m_request.deadlineMs);
    const QList<QString> urls = m_healthWaiting.keys();
    for (const QString &url : urls) {
        if (QPointer<QNetworkReply> reply = m_replies.take(url))
            reply->abort();
        HealthStatus status;
        status.error = reason;
        healthAnswered(url, status);
    }
    const QList<QString> addresses = m_tcpWaiting.keys();
    for (const QString &address : addresses) {
        if (QPointer<QTcpSocket> socket = m_sockets.take(address)) {
            socket->abort();
            socket->deleteLater();
        }
        tcpAnswered(address, std::nullopt, reason);
    }
}

void DiagnosisRunner::finishIfDone()
{
    if (!m_running || !m_healthWaiting.isEmpty() || !m_tcpWaiting.isEmpty())
        return;
    m_running = false;
    m_deadline.stop();
    Diagnosis diagnosis;
    diagnosis.service = m_request.service;
    diagnosis.live = m_request.live;
    diagnosis.elapsedMs = m_lastAnswerMs;
    diagnosis.causes = DiagnosisRanking::rank(m_request.playbooks, m_verdicts);
    qCDebug(lcPlaybooks) << "diagnosis of" << diagnosis.service << "answered in" << diagnosis.elapsedMs << "ms";
    m_verdicts.clear();
    Q_EMIT finished(diagnosis);
}

void DiagnosisRunner::cancel()
{
    m_deadline.stop();
    m_running = false;
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
        if (socket) {
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        }
    }
    m_replies.clear();
    m_sockets.clear();
    m_healthWaiting.clear();
    m_tcpWaiting.clear();
    m_verdicts.clear();
}

} // namespace payops
