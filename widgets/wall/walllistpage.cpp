#include "widgets/wall/walllistpage.h"

#include "widgets/contrast.h"
#include "widgets/dashboard/servicepalette.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace payops {

WallListPage::WallListPage(const QString &emptyText, QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_empty(new QLabel(emptyText, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_grid);
    layout->addWidget(m_empty, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    m_grid->setColumnStretch(2, 1);
    rebuild();
}

void WallListPage::setScale(const WallScale &scale)
{
    m_scale = scale;
    rebuild();
}

void WallListPage::setRows(const QList<Row> &rows)
{
    if (rows == m_rows)
        return;
    // A value that moves (an alert's summary carries it) changes a text every snapshot: the labels
    // take the new texts in place; only a row that comes, goes or changes its look rebuilds the page.
    const auto sameLook = [](const Row &a, const Row &b) {
        return a.size() == b.size()
            && std::equal(a.cbegin(), a.cend(), b.cbegin(),
                          [](const Cell &x, const Cell &y) { return x.large == y.large && x.tone == y.tone; });
    };
    const bool inPlace = rows.size() == m_rows.size() && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), sameLook);
    m_rows = rows;
    if (!inPlace) {
        rebuild();
        return;
    }
    qsizetype at = 0;
    for (const Row &row : std::as_const(m_rows)) {
        for (const Cell &cell : row)
            m_cells.at(at++)->setText(cell.text);
    }
}

QStringList WallListPage::rowTexts(int row) const
{
    QStringList texts;
    for (const Cell &cell : m_rows.value(row))
        texts << cell.text;
    return texts;
}

void WallListPage::rebuild()
{
    qDeleteAll(m_cells);
    m_cells.clear();
    const QColor background = palette().color(QPalette::Window);
    const int spacing = m_scale.px(24);
    m_grid->setHorizontalSpacing(spacing * 2);
    m_grid->setVerticalSpacing(spacing * 2);
    const QFont large = WallScale::font(m_scale.namePx(), true);
    const QFont label = WallScale::font(m_scale.labelPx(), true);
    for (int row = 0; row < m_rows.size(); ++row) {
        for (int column = 0; column < m_rows.at(row).size(); ++column) {
            const Cell &cell = m_rows.at(row).at(column);
            auto *text = new QLabel(cell.text, this);
            text->setFont(cell.large ? large : label);
            if (cell.tone) {
                QPalette pal = text->palette();
                pal.setColor(QPalette::WindowText, Contrast::readable(*cell.tone, background, 7.0));
                text->setPalette(pal);
            }
            m_grid->addWidget(text, row, column, Qt::AlignLeft | Qt::AlignVCenter);
            m_cells << text;
        }
    }
    m_empty->setFont(WallScale::font(m_scale.stateWordPx(), true));
    QPalette pal = m_empty->palette();
    pal.setColor(QPalette::WindowText, Contrast::readable(ServicePalette::upColor(), background, 7.0));
    m_empty->setPalette(pal);
    m_empty->setVisible(m_rows.isEmpty());
}

} // namespace payops
