#pragma once

#include "models/metrics/historyread.h"
#include "models/metrics/serieskey.h"

#include <QWizardPage>

class QComboBox;
class QGridLayout;
class QLabel;

namespace payops {

class IncidentWizard;
class MetricChart;
struct MetricsSnapshot;

// Step 1, discover and report: what is wrong, where and since when — the incident as opened (by an
// alert or an operator), the affected service's values now, a chart of its last 30 minutes from
// the history, and the playbook to work with (the incident's type, or one whose symptoms the
// values show now).
class DiscoverPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit DiscoverPage(IncidentWizard &wizard);

    void initializePage() override;
    // The values the page shows now, one "title: value" a line (also the notify step's evidence).
    [[nodiscard]] QStringList evidenceLines() const;

    static constexpr qint64 chartWindowMs = 30 * 60'000;

private:
    void showValues(const MetricsSnapshot &snapshot);
    void choosePlaybook(int index);
    void rebuildChart();
    void onHistory(quint64 requestId, const QList<SeriesKey> &series, const QList<HistoryRead> &reads);

    IncidentWizard &m_wizard;
    QLabel *m_summary;
    QGridLayout *m_values;
    QLabel *m_matches;
    QComboBox *m_playbooks;
    QLabel *m_notice;
    QWidget *m_chartHolder;
    MetricChart *m_chart = nullptr;
    QString m_chartMetric;
    quint64 m_historyRequest = 0;
    QStringList m_evidence;
};

} // namespace payops
