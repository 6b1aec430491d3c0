#pragma once

#include "widgets/wall/wallscale.h"

#include <QColor>
#include <QList>
#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;

namespace payops {

// A wall page that is a list in large type, one row a thing that needs eyes — the alerts page (every
// firing alert) and the incidents page (every open incident). Each row is a few cells: large words
// (a severity, a service) and label-size text (what, since, who), some in a warning tone. One line a
// row: the third column takes the width left. With no row it says so (`emptyText`) in one large line.
class WallListPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallListPage)

public:
    struct Cell
    {
        QString text;
        bool large = false;          // the words read first: severity, where
        std::optional<QColor> tone;  // drawn in this colour (made readable on the page)

        friend bool operator==(const Cell &, const Cell &) = default;
    };
    using Row = QList<Cell>;

    WallListPage(const QString &emptyText, QWidget *parent = nullptr);

    void setScale(const WallScale &scale);
    void setRows(const QList<Row> &rows);
    [[nodiscard]] int rowCount() const { return int(m_rows.size()); }
    // The texts of a row as shown (for tests).
    [[nodiscard]] QStringList rowTexts(int row) const;

private:
    void rebuild();

    WallScale m_scale;
    QList<Row> m_rows;
    QGridLayout *m_grid;
    QLabel *m_empty;
    QList<QLabel *> m_cells;
};

} // namespace payops
