#include "widgets/targets/targeteditdialog.h"

#include "models/metrics/derivedmetriccatalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace payops {

namespace {

QDoubleSpinBox *secondsBox(double minimum, double maximum, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setDecimals(1);
    box->setSingleStep(0.5);
    box->setSuffix(TargetEditDialog::tr(" s"));
    box->setAccelerated(true);
    return box;
}

} // namespace

TargetEditDialog::TargetEditDialog(const ServiceTarget &target, QList<ServiceTarget> others,
                                   const QStringList &services, QWidget *parent)
    : QDialog(parent)
    , m_original(target)
    , m_others(std::move(others))
    , m_service(new QComboBox(this))
    , m_metricsUrl(new QLineEdit(target.metricsUrl.toString(), this))
    , m_healthUrl(new QLineEdit(target.healthUrl.toString(), this))
    , m_interval(secondsBox(ServiceTarget::minIntervalMs / 1000.0, ServiceTarget::maxIntervalMs / 1000.0, this))
    , m_timeout(secondsBox(0.1, ServiceTarget::maxIntervalMs / 1000.0, this))
    , m_problem(new QLabel(this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_testing(new QProgressBar(this))
    , m_report(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(target.id == 0 ? tr("Add Target") : tr("Edit Target"));
    m_service->setEditable(true);
    m_service->addItems(services);
    m_service->setCurrentText(target.service);
    m_service->lineEdit()->setPlaceholderText(tr("e.g. payment_gateway"));
    m_metricsUrl->setPlaceholderText(tr("http://host:port/metrics, or host:port"));
    m_healthUrl->setPlaceholderText(tr("none: the service has no health document"));
    m_healthEdited = !target.healthUrl.isEmpty();
    m_interval->setValue(target.intervalMs / 1000.0);
    m_timeout->setValue(target.timeoutMs / 1000.0);
    m_problem->setObjectName(QStringLiteral("targetProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_testing->setRange(0, 0); // busy: a test is two scrapes and a health check, each with its deadline
    m_testing->setTextVisible(false);
    m_testing->hide();
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(tr("Test scrapes the URL twice, as the console will, and shows what it derives "
                                    "from it and what the health endpoint answers. Nothing is saved."));
    m_report->setMinimumHeight(fontMetrics().lineSpacing() * 16);
    m_test->setShortcut(Qt::CTRL | Qt::Key_T);
    m_test->setToolTip(tr("One real scrape of this target, without saving it (Ctrl+T)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Metrics URL:"), m_metricsUrl);
    form->addRow(tr("&Health URL:"), m_healthUrl);
    form->addRow(tr("&Interval:"), m_interval);
    form->addRow(tr("Time&out:"), m_timeout);
    if (!target.labels.isEmpty()) {
        QStringList labels;
        for (auto it = target.labels.cbegin(); it != target.labels.cend(); ++it)
            labels << it.key() + u'=' + it.value();
        auto *kept = new QLabel(labels.join(QStringLiteral(", ")), this);
        kept->setToolTip(tr("Labels from the imported file_sd document; they are kept."));
        form->addRow(tr("Labels:"), kept);
    }
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testing, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addLayout(testRow);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_buttons);
    resize(fontMetrics().averageCharWidth() * 90, sizeHint().height());

    connect(m_service, &QComboBox::currentTextChanged, this, &TargetEditDialog::revalidate);
    connect(m_metricsUrl, &QLineEdit::textChanged, this, &TargetEditDialog::revalidate);
    connect(m_metricsUrl, &QLineEdit::editingFinished, this, &TargetEditDialog::deriveHealthUrl);
    connect(m_healthUrl, &QLineEdit::textEdited, this, [this] { m_healthEdited = true; });
    connect(m_healthUrl, &QLineEdit::textChanged, this, &TargetEditDialog::revalidate);
    connect(m_interval, &QDoubleSpinBox::valueChanged, this, &TargetEditDialog::revalidate);
    connect(m_timeout, &QDoubleSpinBox::valueChanged, this, &TargetEditDialog::revalidate);
    connect(m_test, &QPushButton::clicked, this, &TargetEditDialog::startTest);
    connect(&m_trial, &QFutureWatcherBase::finished, this, &TargetEditDialog::showTest);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

// A test still running ends by its own deadlines on the pool thread; its result is not wanted.
TargetEditDialog::~TargetEditDialog() = default;

QPushButton *TargetEditDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QUrl TargetEditDialog::urlFromText(const QString &text, const QString &defaultPath)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.contains(QLatin1String("://")))
        return QUrl(trimmed, QUrl::StrictMode);
    QUrl url(QStringLiteral("http://") + trimmed, QUrl::StrictMode);
    if (url.path().isEmpty())
        url.setPath(defaultPath);
    return url;
}

ServiceTarget TargetEditDialog::target() const
{
    ServiceTarget target = m_original;
    target.service = m_service->currentText().trimmed();
    target.metricsUrl = urlFromText(m_metricsUrl->text(), QStringLiteral("/metrics"));
    target.healthUrl = urlFromText(m_healthUrl->text(), QStringLiteral("/health"));
    target.intervalMs = int(std::lround(m_interval->value() * 1000));
    target.timeoutMs = int(std::lround(m_timeout->value() * 1000));
    return target;
}

QString TargetEditDialog::problem() const
{
    const ServiceTarget target = this->target();
    if (QString error = target.validate(); !error.isEmpty())
        return error;
    for (const ServiceTarget &other : m_others) {
        if (other.metricsUrl == target.metricsUrl)
            return tr("%1 is already a target of %2.").arg(target.metricsUrl.toDisplayString(), other.service);
    }
    return {};
}

void TargetEditDialog::revalidate()
{
    const QString problem = this->problem();
    m_problem->setText(problem.isEmpty() ? QString() : tr("Cannot be saved yet: %1").arg(problem));
    m_problem->setVisible(!problem.isEmpty());
    saveButton()->setEnabled(problem.isEmpty());
    const ServiceTarget target = this->target();
    m_test->setEnabled(!m_trial.isRunning() && target.metricsUrl.isValid() && !target.metricsUrl.host().isEmpty());
}

void TargetEditDialog::deriveHealthUrl()
{
    // As payopsctl scrape does: /health on the metrics URL's host and port, until the operator says otherwise.
    if (m_healthEdited)
        return;
    QUrl metrics = urlFromText(m_metricsUrl->text(), QStringLiteral("/metrics"));
    if (!metrics.isValid() || metrics.host().isEmpty())
        return;
    metrics.setPath(QStringLiteral("/health"));
    metrics.setQuery(QString());
    metrics.setFragment(QString());
    m_healthUrl->setText(metrics.toString());
}

void TargetEditDialog::startTest()
{
    if (m_trial.isRunning())
        return;
    m_tested = target();
    if (m_tested.service.isEmpty())
        m_tested.service = m_tested.instance();
    m_tested.id = 1; // the session's own numbering
    m_report->setPlainText(tr("Testing %1…").arg(m_tested.metricsUrl.toDisplayString()));
    m_testing->show();
    m_test->setEnabled(false);
    m_trial.setFuture(ScrapeSession::trial(m_tested));
}

void TargetEditDialog::showTest()
{
    m_testing->hide();
    revalidate();
    const ScrapeSession::Outcome outcome = m_trial.result();
    const QLocale locale;
    QStringList lines;
    const QString url = m_tested.metricsUrl.toDisplayString();
    if (!outcome.error.isEmpty()) {
        lines << tr("✗ The scrape of %1 failed: %2").arg(url, outcome.error);
    } else {
        lines << tr("✓ %1 answered twice, the slower in %2 s.")
                     .arg(url, locale.toString(outcome.durationSeconds, 'f', 3));
    }
    // The health answer before the values: it fits on the first screen.
    if (!m_tested.healthUrl.isEmpty()) {
        const QString health = m_tested.healthUrl.toDisplayString();
        if (!outcome.health)
            lines << tr("✗ The health document at %1 did not come in time.").arg(health);
        else if (!outcome.health->reachable())
            lines << tr("✗ The health check at %1 failed: %2").arg(health, outcome.health->error);
        else
            lines << tr("%1 Health %2: %3 (version %4)")
                         .arg(outcome.health->status == QLatin1String("ok") ? QStringLiteral("✓") : QStringLiteral("!"),
                              health, outcome.health->status,
                              outcome.health->version.isEmpty() ? tr("unknown") : outcome.health->version);
    }
    if (outcome.error.isEmpty()) {
        const QList<MetricValue> values = ScrapeSession::valuesOf(outcome.snapshot, m_tested.service);
        if (values.isEmpty())
            lines << tr("  It carries none of the series the console derives values from.");
        for (const MetricValue &value : values) {
            const QString title = value.peer.isEmpty() ? DerivedMetricCatalog::title(value.metric)
                                                       : tr("%1, %2").arg(DerivedMetricCatalog::title(value.metric), value.peer);
            lines << tr("  %1: %2").arg(title, DerivedMetricCatalog::format(value.metric, value.value, locale));
        }
    }
    m_report->setPlainText(lines.join(u'\n'));
    Q_EMIT testFinished();
}

} // namespace payops
