#pragma once

#include "models/metrics/datasourcechoice.h"
#include "models/metrics/prometheusquerytrial.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace payops {

// File ▸ Data Source: poll the targets directly, or ask a Prometheus server — its URL, token file, CA
// file, query interval and the PromQL of each metric (the defaults shown, editable) — with **Test**, which
// runs every query once against the real server (PrometheusQueryTrial) and shows each answer or error
// beside it. OK is disabled while the Prometheus settings cannot be used (PrometheusSourceConfig::validate).
class DataSourceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataSourceDialog)

public:
    enum Column { Metric, Query, Answer, ColumnCount };

    // `current`: the source now; `lastPrometheus`: the Prometheus settings to offer when polling now.
    DataSourceDialog(const DataSourceChoice &current, const PrometheusSourceConfig &lastPrometheus,
                     QWidget *parent = nullptr);
    ~DataSourceDialog() override;

    [[nodiscard]] DataSourceChoice choice() const;
    [[nodiscard]] PrometheusSourceConfig prometheusConfig() const; // as the form describes it
    [[nodiscard]] QStringList problems() const;

    // For tests.
    [[nodiscard]] QRadioButton *pollingButton() const { return m_polling; }
    [[nodiscard]] QRadioButton *prometheusButton() const { return m_prometheus; }
    [[nodiscard]] QLineEdit *urlEdit() const { return m_url; }
    [[nodiscard]] QLineEdit *tokenFileEdit() const { return m_tokenFile; }
    [[nodiscard]] QTableWidget *queries() const { return m_queries; }
    [[nodiscard]] QPushButton *testButton() const { return m_test; }
    [[nodiscard]] QDialogButtonBox *buttons() const { return m_buttons; }

Q_SIGNALS:
    void testFinished();

private:
    void fillQueries(const QMap<QString, QString> &expressions);
    void revalidate();
    void startTest();
    void showTest();

    PrometheusSourceConfig m_base; // what the form does not show (labels, size cap) is kept from it
    QRadioButton *m_polling;
    QRadioButton *m_prometheus;
    QGroupBox *m_settings;
    QLineEdit *m_url;
    QLineEdit *m_tokenFile;
    QLineEdit *m_caFile;
    QCheckBox *m_insecureToken;
    QDoubleSpinBox *m_interval;
    QTableWidget *m_queries;
    QPushButton *m_test;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<QList<PrometheusQueryTrial::Answer>> m_trial;
};

} // namespace payops
