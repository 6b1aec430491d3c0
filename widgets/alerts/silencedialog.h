#pragma once

#include "models/alerts/alertmatcher.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace payops {

class AlertMatcherFields;
class ProblemsLabel;

// "Silence alerts": a matcher (rule, service, severity), a duration and a reason. OK stays disabled
// until the silence validates (AlertSilenceStore::validate), with the reasons shown under the form.
// Times are taken from `nowMs` so a test can fix them.
class SilenceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SilenceDialog)

public:
    SilenceDialog(const QStringList &rules, const QStringList &services, qint64 nowMs, QWidget *parent = nullptr);
    ~SilenceDialog() override;

    void setMatcher(const AlertMatcher &matcher);
    void setReason(const QString &reason);
    // Selects one of the offered durations (minutes); others are added.
    void setDurationMinutes(int minutes);
    [[nodiscard]] AlertSilence silence() const;
    [[nodiscard]] QStringList problems() const;

private:
    void revalidate();

    std::unique_ptr<AlertMatcherFields> m_matcher;
    qint64 m_nowMs;
    QComboBox *m_duration;
    QPlainTextEdit *m_reason;
    ProblemsLabel *m_problems;
    QDialogButtonBox *m_buttons;
};

} // namespace payops
