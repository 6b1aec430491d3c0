#include "widgets/datasourcedialog.h"

#include "models/metrics/derivedmetriccatalog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace payops {

namespace {

// A line edit with a Browse… button that picks a file for it.
QWidget *fileRow(QLineEdit *edit, const QString &title, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QPushButton(DataSourceDialog::tr("Browse…"), row);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, title] {
        const QString path = QFileDialog::getOpenFileName(edit->window(), title, edit->text());
        if (!path.isEmpty())
            edit->setText(path);
    });
    return row;
}

} // namespace

DataSourceDialog::DataSourceDialog(const DataSourceChoice &current, const PrometheusSourceConfig &lastPrometheus,
                                   QWidget *parent)
    : QDialog(parent)
    , m_base(current.prometheus.value_or(lastPrometheus))
    , m_polling(new QRadioButton(tr("&Poll the services directly (the targets of the Targets view)"), this))
    , m_prometheus(new QRadioButton(tr("Ask a &Prometheus server, which scrapes the services"), this))
    , m_settings(new QGroupBox(tr("Prometheus"), this))
    , m_url(new QLineEdit(m_base.baseUrl.toString(), this))
    , m_tokenFile(new QLineEdit(m_base.tokenFile, this))
    , m_caFile(new QLineEdit(m_base.caFile, this))
    , m_insecureToken(new QCheckBox(tr("Send the token over plain http (anyone on the path can read it)"), this))
    , m_interval(new QDoubleSpinBox(this))
    , m_queries(new QTableWidget(0, ColumnCount, this))
    , m_test(new QPushButton(tr("&Test the queries"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Data Source"));
    m_polling->setChecked(!current.prometheus);
    m_prometheus->setChecked(current.prometheus.has_value());
    m_url->setPlaceholderText(tr("http://prometheus:9090"));
    m_tokenFile->setPlaceholderText(tr("none: no Authorization header"));
    m_caFile->setPlaceholderText(tr("none: the system's certificate authorities"));
    m_insecureToken->setChecked(m_base.allowInsecureToken);
    m_interval->setRange(PrometheusSourceConfig::minIntervalMs / 1000.0, PrometheusSourceConfig::maxIntervalMs / 1000.0);
    m_interval->setDecimals(1);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(m_base.intervalMs / 1000.0);
    m_queries->setHorizontalHeaderLabels({tr("Metric"), tr("PromQL (per service)"), tr("Answer")});
    m_queries->verticalHeader()->hide();
    m_queries->setWordWrap(false);
    m_queries->horizontalHeader()->setSectionResizeMode(Metric, QHeaderView::ResizeToContents);
    m_queries->horizontalHeader()->setSectionResizeMode(Query, QHeaderView::Stretch);
    m_queries->horizontalHeader()->setSectionResizeMode(Answer, QHeaderView::Stretch);
    m_queries->setMinimumHeight(fontMetrics().lineSpacing() * 14);
    m_test->setShortcut(Qt::CTRL | Qt::Key_T);
    m_test->setToolTip(tr("Runs every query once against the server (Ctrl+T)"));
    auto *defaults = new QPushButton(tr("&Default Queries"), this);
    m_problem->setObjectName(QStringLiteral("dataSourceProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    fillQueries(m_base.expressions);

    auto *form = new QFormLayout;
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Token file:"), fileRow(m_tokenFile, tr("Bearer token file"), this));
    form->addRow(tr("&CA file:"), fileRow(m_caFile, tr("Certificate authority (PEM or DER)"), this));
    form->addRow(QString(), m_insecureToken);
    form->addRow(tr("&Query every:"), m_interval);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(defaults);
    testRow->addStretch(1);
    auto *settings = new QVBoxLayout(m_settings);
    settings->addLayout(form);
    settings->addWidget(m_queries, 1);
    settings->addLayout(testRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_polling);
    layout->addWidget(m_prometheus);
    layout->addWidget(m_settings, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().lineSpacing() * 40);

    connect(m_prometheus, &QRadioButton::toggled, this, &DataSourceDialog::revalidate);
    for (QLineEdit *edit : {m_url, m_tokenFile, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &DataSourceDialog::revalidate);
    connect(m_insecureToken, &QCheckBox::toggled, this, &DataSourceDialog::revalidate);
    connect(m_queries, &QTableWidget::itemChanged, this, &DataSourceDialog::revalidate);
    connect(defaults, &QPushButton::clicked, this, [this] { fillQueries(PrometheusSourceConfig::defaultExpressions()); });
    connect(m_test, &QPushButton::clicked, this, &DataSourceDialog::startTest);
    connect(&m_trial, &QFutureWatcherBase::finished, this, &DataSourceDialog::showTest);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problems().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

// A test still running ends by its own deadline on the pool thread; its answers are not wanted.
DataSourceDialog::~DataSourceDialog() = default;

void DataSourceDialog::fillQueries(const QMap<QString, QString> &expressions)
{
    const QSignalBlocker blocker(m_queries);
    m_queries->setRowCount(0);
    for (const DerivedMetric &metric : DerivedMetricCatalog::all()) {
        if (!metric.isScraped())
            continue; // the console's own (tasks) metrics take no PromQL
        const int row = m_queries->rowCount();
        m_queries->insertRow(row);
        auto *title = new QTableWidgetItem(metric.title());
        title->setData(Qt::UserRole, metric.name());
        title->setFlags(title->flags() & ~Qt::ItemIsEditable);
        auto *answer = new QTableWidgetItem;
        answer->setFlags(answer->flags() & ~Qt::ItemIsEditable);
        m_queries->setItem(row, Metric, title);
        m_queries->setItem(row, Query, new QTableWidgetItem(expressions.value(metric.name())));
        m_queries->setItem(row, Answer, answer);
    }
    revalidate();
}

PrometheusSourceConfig DataSourceDialog::prometheusConfig() const
{
    PrometheusSourceConfig config = m_base;
    config.baseUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    config.tokenFile = m_tokenFile->text().trimmed();
    config.caFile = m_caFile->text().trimmed();
    config.allowInsecureToken = m_insecureToken->isChecked();
    config.intervalMs = int(std::lround(m_interval->value() * 1000));
    for (int row = 0; row < m_queries->rowCount(); ++row)
        config.expressions.insert(m_queries->item(row, Metric)->data(Qt::UserRole).toString(),
                                  m_queries->item(row, Query)->text().trimmed());
    return config;
}

DataSourceChoice DataSourceDialog::choice() const
{
    DataSourceChoice choice;
    if (m_prometheus->isChecked())
        choice.prometheus = prometheusConfig();
    return choice;
}

QStringList DataSourceDialog::problems() const
{
    return m_prometheus->isChecked() ? prometheusConfig().validate() : QStringList();
}

void DataSourceDialog::revalidate()
{
    m_settings->setEnabled(m_prometheus->isChecked());
    const QStringList problems = this->problems();
    m_problem->setText(problems.isEmpty() ? QString() : tr("Cannot be used yet: %1.").arg(problems.join(QStringLiteral("; "))));
    m_problem->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    const PrometheusSourceConfig config = prometheusConfig();
    m_test->setEnabled(!m_trial.isRunning() && config.baseUrl.isValid() && !config.baseUrl.host().isEmpty());
}

void DataSourceDialog::startTest()
{
    if (m_trial.isRunning())
        return;
    for (int row = 0; row < m_queries->rowCount(); ++row)
        m_queries->item(row, Answer)->setText(tr("asking…"));
    m_test->setEnabled(false);
    m_trial.setFuture(PrometheusQueryTrial::run(prometheusConfig()));
}

void DataSourceDialog::showTest()
{
    const QList<PrometheusQueryTrial::Answer> answers = m_trial.result();
    const QString serviceLabel = prometheusConfig().serviceLabel;
    const QSignalBlocker blocker(m_queries);
    for (int row = 0; row < m_queries->rowCount(); ++row) {
        QTableWidgetItem *item = m_queries->item(row, Answer);
        const QString metric = m_queries->item(row, Metric)->data(Qt::UserRole).toString();
        const auto answer = std::find_if(answers.cbegin(), answers.cend(),
                                         [&](const PrometheusQueryTrial::Answer &a) { return a.metric == metric; });
        if (answer == answers.cend()) {
            item->setText(tr("off (no query)"));
            continue;
        }
        const QString text = PrometheusQueryTrial::summary(*answer, serviceLabel);
        item->setText((answer->result.ok() && !answer->result.series.isEmpty() ? QStringLiteral("✓ ") : QStringLiteral("✗ "))
                      + text);
        item->setToolTip(answer->expression + u'\n' + text);
    }
    revalidate();
    Q_EMIT testFinished();
}

} // namespace payops
