#include "widgets/playbooks/playbookbrowser.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QSplitter>

namespace payops {

PlaybookBrowser::PlaybookBrowser(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_view(new PlaybookView(this))
{
    m_list->setAccessibleName(tr("Playbooks"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 1000});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_list, &QListWidget::currentRowChanged, this, &PlaybookBrowser::showPlaybook);
    connect(m_view, &PlaybookView::articleRequested, this, &PlaybookBrowser::articleRequested);
    connect(m_view, &PlaybookView::statusMessage, this, &PlaybookBrowser::statusMessage);
}

void PlaybookBrowser::setPlaybooks(const QList<Playbook> &playbooks)
{
    m_playbooks = playbooks;
    m_list->clear();
    for (const Playbook &playbook : playbooks) {
        auto *item = new QListWidgetItem(playbook.title.text(), m_list);
        item->setToolTip(playbook.summary.text());
    }
    if (!playbooks.isEmpty())
        m_list->setCurrentRow(0);
    else
        m_view->clear();
}

void PlaybookBrowser::setContactResolver(PlaybookView::ContactResolver resolver)
{
    m_view->setContactResolver(std::move(resolver));
}

bool PlaybookBrowser::openPlaybook(const QString &id)
{
    for (int row = 0; row < m_playbooks.size(); ++row) {
        if (m_playbooks.at(row).id == id) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    Q_EMIT statusMessage(tr("There is no playbook \"%1\".").arg(id));
    return false;
}

void PlaybookBrowser::showPlaybook(int row)
{
    if (row >= 0 && row < m_playbooks.size())
        m_view->setPlaybook(m_playbooks.at(row));
}

} // namespace payops
