#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>

namespace payops {

// The first-run page's "Watch the bundled simulator": paysim started as a child of the console on its
// default ports (127.0.0.1:9101-9104), without a shell, and stopped when the console ends. ready() once
// it listens; failed() with its own words when it cannot start or ends early (a port in use, say).
class BundledSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundledSimulator)

public:
    explicit BundledSimulator(QObject *parent = nullptr);
    // Stops paysim: terminate, and kill if it has not ended within 2 s.
    ~BundledSimulator() override;

    // paysim beside the console's executable (installed together, or in the build tree's app/paysim),
    // else on PATH; empty when there is none.
    [[nodiscard]] static QString executable();

    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

Q_SIGNALS:
    void ready();
    void failed(const QString &reason);

private:
    void readOutput();
    void finished(int exitCode, QProcess::ExitStatus status);

    QProcess m_process;
    QByteArray m_output;
    QByteArray m_errors;
    bool m_ready = false;
    bool m_stopping = false;
};

} // namespace payops
