#pragma once

#include "models/contacts/contactentry.h"
#include "models/incidents/playbook.h"

#include <QLocale>
#include <QWidget>

#include <functional>

class QUrl;

namespace payops {

class SafeTextBrowser;

// A playbook as a readable page: summary, symptoms, causes with their checks in words and the
// solutions with their actions (commands shown, contacts resolved to names and numbers when a
// resolver is set), with a link to its knowledge article. Read-only; clicks on the article link
// are reported through articleRequested(), tel:/mailto: links open the system's handler through
// LinkOpener (a refused link is explained by statusMessage()).
class PlaybookView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaybookView)

public:
    // Who to call for a contact action: the people in `role` for a service, in escalation order
    // (e.g. ContactDirectory::contactsFor). "affected" is passed through as the service.
    using ContactResolver = std::function<QList<ContactEntry>(ContactRole role, const QString &service)>;

    explicit PlaybookView(QWidget *parent = nullptr);

    void setContactResolver(ContactResolver resolver);
    void setPlaybook(const Playbook &playbook);
    void clear();
    [[nodiscard]] QString html() const { return m_html; }

    // The page for a playbook, in `locale`'s language. The article link is "payops-article:<id>".
    [[nodiscard]] static QString toHtml(const Playbook &playbook, const QLocale &locale = QLocale(),
                                        const ContactResolver &resolver = {});

Q_SIGNALS:
    void articleRequested(const QString &articleId);
    // A short message for the status bar (why a link was not opened).
    void statusMessage(const QString &message);

private:
    void openLink(const QUrl &url);

    SafeTextBrowser *m_browser = nullptr;
    ContactResolver m_resolver;
    QString m_html;
};

} // namespace payops
