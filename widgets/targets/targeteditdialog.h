#pragma once

#include "models/metrics/scrapesession.h"
#include "models/services/servicetarget.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace payops {

// Add, edit or duplicate one scrape target: service, metrics and health URLs, interval and timeout,
// checked as they are typed (ServiceTarget::validate, and no metrics URL twice), and **Test**, one real
// scrape through the console's own code (ScrapeSession, as payopsctl scrape) on a pool thread, showing
// the values the console would derive or why it could not, and what the health endpoint answers.
// The target's other labels (from a file_sd import) are kept as they are.
class TargetEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetEditDialog)

public:
    // `others`: the targets the result must not collide with; `services`: offered in the service box.
    TargetEditDialog(const ServiceTarget &target, QList<ServiceTarget> others, const QStringList &services,
                     QWidget *parent = nullptr);
    ~TargetEditDialog() override;

    // The target as the form describes it (id and labels of the one given).
    [[nodiscard]] ServiceTarget target() const;
    // Why the form cannot be saved (translated), or empty.
    [[nodiscard]] QString problem() const;

    // For tests: the widgets an operator works with.
    [[nodiscard]] QComboBox *serviceBox() const { return m_service; }
    [[nodiscard]] QLineEdit *metricsUrlEdit() const { return m_metricsUrl; }
    [[nodiscard]] QLineEdit *healthUrlEdit() const { return m_healthUrl; }
    [[nodiscard]] QDoubleSpinBox *intervalBox() const { return m_interval; }
    [[nodiscard]] QDoubleSpinBox *timeoutBox() const { return m_timeout; }
    [[nodiscard]] QPushButton *testButton() const { return m_test; }
    [[nodiscard]] QPushButton *saveButton() const;
    [[nodiscard]] QPlainTextEdit *testReport() const { return m_report; }
    [[nodiscard]] bool isTesting() const { return m_trial.isRunning(); }

    // "host:port" is read as file_sd does: http://host:port/metrics.
    [[nodiscard]] static QUrl urlFromText(const QString &text, const QString &defaultPath);

Q_SIGNALS:
    void testFinished();

private:
    void revalidate();
    void deriveHealthUrl();
    void startTest();
    void showTest();

    ServiceTarget m_original;
    QList<ServiceTarget> m_others;
    QComboBox *m_service = nullptr;
    QLineEdit *m_metricsUrl = nullptr;
    QLineEdit *m_healthUrl = nullptr;
    QDoubleSpinBox *m_interval = nullptr;
    QDoubleSpinBox *m_timeout = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_test = nullptr;
    QProgressBar *m_testing = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_healthEdited = false; // the operator typed a health URL: no longer derived from the metrics URL
    ServiceTarget m_tested;
    QFutureWatcher<ScrapeSession::Outcome> m_trial;
};

} // namespace payops
