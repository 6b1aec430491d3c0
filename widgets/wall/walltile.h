#pragma once

#include "models/metrics/metricssnapshot.h"
#include "widgets/wall/wallscale.h"

#include <QWidget>

#include <optional>

namespace payops {

// One service on the wall, painted large: its name, its state word (UP / DEGRADED) and the numbers
// that matter from across the room — TPS, failure %, p95. A service that is down, or whose data is
// older than the wall allows (`staleAfterMs`), never shows numbers: the tile says DOWN or NO DATA in
// the largest type, with the reason and since when. Read-only: it takes no input.
class WallTile final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallTile)

public:
    enum class Shown { Values, Down, NoData };
    enum class TextRole { Label, Heading, Number, Alarm };
    // A text as the last paint drew it (the size checks of the wall's tests read these).
    struct DrawnText
    {
        TextRole role;
        int pixelSize = 0;
        QString text;
    };

    explicit WallTile(const QString &service, QWidget *parent = nullptr);

    QString service() const { return m_service; }
    void setScale(const WallScale &scale);
    // Shows the instances line ("Instances up 2 of 3") under the numbers (the services page).
    void setShowInstances(bool show);

    void updateFrom(const MetricsSnapshot &snapshot);
    // Decides what is shown at `nowMs` (the wall's clock): values, DOWN, or NO DATA when the last
    // successful scrape or the last snapshot is older than `staleAfterMs`.
    void refresh(qint64 nowMs, qint64 staleAfterMs);

    Shown shown() const { return m_shown; }
    ServiceState::State state() const { return m_state; }
    QString stateWord() const;
    QString reason() const { return m_shownReason; }
    qint64 troubleSinceMs() const { return m_troubleSinceMs; }
    QString valueText(const QString &metric) const;
    const QList<DrawnText> &drawnTexts() const { return m_drawn; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static QString ageText(qint64 ageMs);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void drawText(QPainter &painter, const QRect &rect, int flags, TextRole role, int pixelSize, bool bold,
                  const QColor &color, const QString &text);
    QColor accentColor() const;

    QString m_service;
    WallScale m_scale;
    bool m_showInstances = false;
    ServiceState::State m_state = ServiceState::State::Unknown;
    QString m_stateReason;
    qint64 m_lastSuccessMs = 0;
    qint64 m_snapshotMs = 0;
    int m_instancesUp = 0;
    int m_instances = 0;
    std::optional<double> m_tps;
    std::optional<double> m_failureRatio;
    std::optional<double> m_p95;

    Shown m_shown = Shown::NoData;
    QString m_shownReason;
    qint64 m_troubleSinceMs = 0;
    QList<DrawnText> m_drawn;
};

} // namespace payops
