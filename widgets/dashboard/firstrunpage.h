#pragma once

#include <QStringList>
#include <QWidget>

class QCommandLinkButton;
class QLabel;

namespace payops {

// What the dashboard shows instead of empty charts while there is nothing to watch: no target is
// configured, or none has answered since the console started. Each way to get data is one click into
// its flow: watch the bundled simulator, import a file_sd file, connect to a Prometheus server, add a
// target. With targets that do not answer, it says why and offers the dashboard anyway.
class FirstRunPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunPage)

public:
    explicit FirstRunPage(QWidget *parent = nullptr);

    // No target at all.
    void showNoTargets();
    // `targets` configured, none answered; `reasons`: why, one line per target ("url: connection refused").
    void showUnreachable(int targets, const QStringList &reasons);
    // The simulator is starting, or could not.
    void setSimulatorState(const QString &text);

    [[nodiscard]] QCommandLinkButton *simulatorButton() const { return m_simulator; }
    [[nodiscard]] QCommandLinkButton *importButton() const { return m_import; }
    [[nodiscard]] QCommandLinkButton *prometheusButton() const { return m_prometheus; }
    [[nodiscard]] QCommandLinkButton *addTargetButton() const { return m_addTarget; }
    [[nodiscard]] QCommandLinkButton *dashboardButton() const { return m_dashboard; }

Q_SIGNALS:
    void watchSimulatorRequested();
    void importRequested();
    void prometheusRequested();
    void addTargetRequested();
    void dashboardRequested();

private:
    QLabel *m_heading;
    QLabel *m_detail;
    QLabel *m_simulatorState;
    QCommandLinkButton *m_simulator;
    QCommandLinkButton *m_import;
    QCommandLinkButton *m_prometheus;
    QCommandLinkButton *m_addTarget;
    QCommandLinkButton *m_dashboard;
};

} // namespace payops
