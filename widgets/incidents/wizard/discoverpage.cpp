#include "widgets/incidents/wizard/discoverpage.h"

#include "models/incidents/diagnosisrunner.h"
#include "models/incidents/incidenttablemodel.h"
#include "models/metrics/derivedmetriccatalog.h"
#include "models/metrics/historysource.h"
#include "widgets/dashboard/metricchart.h"
#include "widgets/incidents/wizard/incidentwizard.h"
#include "widgets/incidents/wizard/wizardstyle.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace payops {

namespace {

// The values an operator reads first about a payment service, in this order.
const QStringList &keyMetrics()
{
    static const QStringList metrics{QStringLiteral("tps"),         QStringLiteral("failure_ratio"),
                                     QStringLiteral("latency_avg"), QStringLiteral("latency_p95"),
                                     QStringLiteral("latency_p99"), QStringLiteral("cpu_percent"),
                                     QStringLiteral("memory_bytes")};
    return metrics;
}

quint64 nextRequestId()
{
    static quint64 id = 0;
    return ++id;
}

} // namespace

DiscoverPage::DiscoverPage(IncidentWizard &wizard)
    : m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_values(new QGridLayout)
    , m_matches(new QLabel(this))
    , m_playbooks(new QComboBox(this))
    , m_notice(WizardStyle::notice(this))
    , m_chartHolder(new QWidget(this))
{
    setTitle(tr("1. Discover and report"));
    setSubTitle(tr("What is wrong, where, and since when. Choose the playbook to work with."));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_matches->setWordWrap(true);
    m_playbooks->setObjectName(QStringLiteral("discoverPlaybook"));
    for (const Playbook &playbook : wizard.context().playbooks)
        m_playbooks->addItem(playbook.title.text(), playbook.id);

    auto *now = new QGroupBox(tr("Now"), this);
    now->setLayout(m_values);
    auto *chartLayout = new QVBoxLayout(m_chartHolder);
    chartLayout->setContentsMargins(0, 0, 0, 0);

    auto *form = new QFormLayout;
    form->addRow(tr("&Playbook:"), m_playbooks);
    form->addRow(QString(), m_matches);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 2);
    top->addWidget(now, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(top);
    layout->addWidget(m_chartHolder, 1);
    layout->addLayout(form);

    connect(m_playbooks, &QComboBox::currentIndexChanged, this, &DiscoverPage::choosePlaybook);
    connect(&wizard, &IncidentWizard::snapshotArrived, this, &DiscoverPage::showValues);
    if (wizard.context().history)
        connect(wizard.context().history, &HistorySource::loaded, this, &DiscoverPage::onHistory);
}

void DiscoverPage::initializePage()
{
    const Incident &incident = m_wizard.incident();
    const QLocale locale;
    const QString opened = locale.toString(QDateTime::fromMSecsSinceEpoch(incident.openedMs), QLocale::ShortFormat);
    const QString by = incident.openedBy.startsWith(QStringLiteral("alert:"))
        ? tr("the alert %1").arg(incident.openedBy.mid(6))
        : incident.openedBy.section(u':', 1);
    m_summary->setText(tr("<b>%1</b><br>Service: <b>%2</b><br>Type: %3 · Severity: %4 · Status: %5<br>"
                          "Open since %6 (%7), opened by %8.")
                           .arg(incident.title.toHtmlEscaped(), incident.services.join(QStringLiteral(", ")).toHtmlEscaped(),
                                m_wizard.playbookTitle().toHtmlEscaped(), Incident::severityTitle(incident.severity),
                                Incident::statusTitle(incident.status), opened,
                                IncidentTableModel::durationText(incident.durationMs(QDateTime::currentMSecsSinceEpoch())),
                                by.toHtmlEscaped()));
    if (const Playbook *playbook = m_wizard.playbook())
        m_playbooks->setCurrentIndex(qMax(0, m_playbooks->findData(playbook->id)));
    if (!m_wizard.context().live) {
        m_notice->setText(tr("Offline: no live values. The wizard runs with the questions you answer only."));
        m_notice->show();
    }
    if (m_wizard.latestSnapshot())
        showValues(*m_wizard.latestSnapshot());
    rebuildChart();
}

QStringList DiscoverPage::evidenceLines() const
{
    return m_evidence;
}

void DiscoverPage::showValues(const MetricsSnapshot &snapshot)
{
    const QString service = m_wizard.incident().service();
    while (QLayoutItem *item = m_values->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_evidence.clear();
    int row = 0;
    for (const QString &metric : keyMetrics()) {
        const std::optional<double> value = snapshot.value(metric, service);
        if (!value)
            continue;
        const QString title = DerivedMetricCatalog::title(metric);
        const QString shown = DerivedMetricCatalog::format(metric, *value);
        m_values->addWidget(new QLabel(title, this), row, 0);
        auto *valueLabel = new QLabel(QStringLiteral("<b>%1</b>").arg(shown.toHtmlEscaped()), this);
        valueLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_values->addWidget(valueLabel, row++, 1);
        m_evidence << tr("%1: %2").arg(title, shown);
    }
    if (row == 0) {
        const ServiceState *state = snapshot.serviceState(service);
        m_values->addWidget(new QLabel(state && state->state == ServiceState::State::Down
                                           ? tr("%1 does not answer its scrapes: %2").arg(service, state->reason)
                                           : tr("No values for %1 yet.").arg(service),
                                       this),
                            0, 0, 1, 2);
    }
    if (m_chart && !m_chartMetric.isEmpty()) {
        const std::optional<double> value = snapshot.value(m_chartMetric, service);
        m_chart->appendRow(snapshot.timestampMs, {value.value_or(qQNaN())});
        m_chart->setLiveEdge(snapshot.timestampMs);
        m_chart->flush();
    }
    // Which of the chosen playbook's symptoms the values show now.
    QStringList showing;
    if (const Playbook *playbook = m_wizard.playbook()) {
        for (const PlaybookSymptom &symptom : playbook->symptoms) {
            if (!symptom.indicator)
                continue;
            const QString of = DiagnosisRunner::serviceOf(*symptom.indicator, service);
            if (DiagnosisRunner::evaluateMetric(*symptom.indicator, of, snapshot).verdict == CheckVerdict::Verdict::Confirmed)
                showing << symptom.text.text();
        }
    }
    m_matches->setText(showing.isEmpty() ? tr("None of this playbook's symptoms shows in the values now.")
                                         : tr("Showing now: %1").arg(showing.join(u' ')));
}

void DiscoverPage::choosePlaybook(int index)
{
    if (index < 0)
        return;
    m_wizard.setPlaybook(m_playbooks->itemData(index).toString());
    rebuildChart();
    if (m_wizard.latestSnapshot())
        showValues(*m_wizard.latestSnapshot());
}

void DiscoverPage::rebuildChart()
{
    // The playbook's first symptom metric, else the failure ratio: what made someone open this.
    QString metric = QStringLiteral("failure_ratio");
    std::optional<double> threshold;
    if (const Playbook *playbook = m_wizard.playbook()) {
        for (const PlaybookSymptom &symptom : playbook->symptoms) {
            if (symptom.indicator) {
                metric = symptom.indicator->metric;
                threshold = symptom.indicator->canonicalThreshold;
                break;
            }
        }
    }
    if (m_chart && metric == m_chartMetric)
        return;
    delete m_chart;
    m_chartMetric = metric;
    m_chart = WizardStyle::serviceChart(metric, m_wizard.incident().service(), m_chartHolder);
    m_chart->setObjectName(QStringLiteral("discoverChart"));
    m_chart->setLiveWindow(chartWindowMs);
    m_chart->setThresholds(std::nullopt, threshold);
    m_chartHolder->layout()->addWidget(m_chart);
    HistorySource *history = m_wizard.context().history;
    if (!history)
        return;
    m_chart->setLoading(true);
    m_historyRequest = nextRequestId();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    HistoryQuery query;
    query.series = {SeriesKey(metric, m_wizard.incident().service())};
    query.fromMs = now - chartWindowMs;
    query.toMs = now;
    QMetaObject::invokeMethod(history, [history, id = m_historyRequest, query] { history->load(id, query); });
}

void DiscoverPage::onHistory(quint64 requestId, const QList<SeriesKey> &, const QList<HistoryRead> &reads)
{
    if (requestId != m_historyRequest || !m_chart)
        return;
    m_chart->setLoading(false);
    const HistoryRead read = reads.value(0);
    if (read.error) {
        m_chart->setError(*read.error);
        return;
    }
    m_chart->setSeriesData({read.points});
    m_chart->setLiveEdge(QDateTime::currentMSecsSinceEpoch());
    m_chart->flush();
}

} // namespace payops
