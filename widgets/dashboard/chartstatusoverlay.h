#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace payops {

// A small box in the middle of a chart while its history loads ("Loading history…" with a busy
// bar), or saying in words why it could not be loaded. Hidden otherwise; never takes the focus.
class ChartStatusOverlay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartStatusOverlay)

public:
    explicit ChartStatusOverlay(QWidget *parent = nullptr);

    void setLoading(bool loading);
    void setError(const QString &message); // empty clears
    bool isLoading() const { return m_loading; }
    QString error() const { return m_error; }
    QString text() const;
    // Centres itself in the parent.
    void reposition();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();

    QLabel *m_label = nullptr;
    QProgressBar *m_progress = nullptr;
    bool m_loading = false;
    QString m_error;
};

} // namespace payops
