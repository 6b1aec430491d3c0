#pragma once

#include "models/incidents/playbook.h"
#include "widgets/playbooks/playbookview.h"

#include <QWidget>

class QListWidget;

namespace payops {

// The playbooks, readable offline: a list of the incident types and the chosen one's playbook.
class PlaybookBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaybookBrowser)

public:
    explicit PlaybookBrowser(QWidget *parent = nullptr);

    void setPlaybooks(const QList<payops::Playbook> &playbooks);
    void setContactResolver(PlaybookView::ContactResolver resolver);
    // Shows the playbook with that id (an alert's "Open Playbook"); false when there is none.
    bool openPlaybook(const QString &id);
    [[nodiscard]] PlaybookView *view() const { return m_view; }

Q_SIGNALS:
    void articleRequested(const QString &articleId);
    void statusMessage(const QString &message);

private:
    void showPlaybook(int row);

    QListWidget *m_list = nullptr;
    PlaybookView *m_view = nullptr;
    QList<Playbook> m_playbooks;
};

} // namespace payops
