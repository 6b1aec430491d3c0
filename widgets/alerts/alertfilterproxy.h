#pragma once

#include <QColor>
#include <QSortFilterProxyModel>

namespace payops {

// The Alerts view's filters over ActiveAlertsModel (free text over rule, service and summary;
// severity; state) and its colours: severity and state in the warning / critical colours of the
// dashboard, made readable on the table's background (Contrast), so that colour is never the only
// cue (the words are there too).
class AlertFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertFilterProxy)

public:
    explicit AlertFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    // Stable keys ("critical", "firing"); empty: any.
    void setSeverity(const QString &severityKey);
    void setState(const QString &stateKey);
    // The background colours are made readable against.
    void setBackground(const QColor &background);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_severity;
    QString m_state;
    QColor m_background = Qt::white;
};

} // namespace payops
