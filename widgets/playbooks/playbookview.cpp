#include "widgets/playbooks/playbookview.h"

#include "models/incidents/playbookformatter.h"
#include "widgets/linkopener.h"
#include "widgets/safetextbrowser.h"

#include <QUrl>
#include <QVBoxLayout>

namespace payops {

namespace {

const QString kArticleScheme = QStringLiteral("payops-article");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString contactLine(const ContactEntry &entry)
{
    QStringList points;
    for (const ContactPoint &point : entry.points) {
        const QUrl url = point.url();
        points.append(url.isEmpty() ? esc(point.value)
                                    : QStringLiteral("<a href=\"%1\">%2</a>")
                                          .arg(esc(QString::fromUtf8(url.toEncoded())), esc(point.value)));
    }
    return esc(entry.name) + QStringLiteral(" — ") + points.join(QStringLiteral(", "));
}

} // namespace

PlaybookView::PlaybookView(QWidget *parent)
    : QWidget(parent)
{
    m_browser = new SafeTextBrowser(this);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &PlaybookView::openLink);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
}

void PlaybookView::setContactResolver(ContactResolver resolver)
{
    m_resolver = std::move(resolver);
}

void PlaybookView::setPlaybook(const Playbook &playbook)
{
    m_html = toHtml(playbook, locale(), m_resolver);
    m_browser->setHtml(m_html);
}

void PlaybookView::clear()
{
    m_html.clear();
    m_browser->clear();
}

void PlaybookView::openLink(const QUrl &url)
{
    if (url.scheme() == kArticleScheme) {
        Q_EMIT articleRequested(url.path());
        return;
    }
    if (const std::optional<QString> problem = LinkOpener::open(url))
        Q_EMIT statusMessage(*problem);
}

QString PlaybookView::toHtml(const Playbook &playbook, const QLocale &locale, const ContactResolver &resolver)
{
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(esc(playbook.title.text(locale)));
    html += QStringLiteral("<p>%1</p>").arg(esc(playbook.summary.text(locale)));
    html += QStringLiteral("<p><a href=\"%1:%2\">%3</a></p>")
                .arg(kArticleScheme, esc(playbook.article), esc(tr("Read the knowledge article")));

    html += QStringLiteral("<h2>%1</h2><ul>").arg(esc(tr("Symptoms")));
    for (const PlaybookSymptom &symptom : playbook.symptoms) {
        html += QStringLiteral("<li>%1").arg(esc(symptom.text.text(locale)));
        if (symptom.indicator)
            html += QStringLiteral("<br><small>%1</small>")
                        .arg(esc(tr("Watch: %1").arg(PlaybookFormatter::describeCheck(*symptom.indicator, locale))));
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Possible causes")));
    int number = 0;
    for (const PlaybookCause &cause : playbook.causes) {
        html += QStringLiteral("<h3>%1. %2</h3>").arg(++number).arg(esc(cause.title.text(locale)));
        if (!cause.description.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(cause.description.text(locale)));

        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("How to confirm it")));
        for (const PlaybookCheck &check : cause.checks) {
            html += QStringLiteral("<li><i>%1:</i> %2 <small>(%3)</small>")
                        .arg(esc(PlaybookFormatter::checkTypeName(check.type)),
                             esc(PlaybookFormatter::describeCheck(check, locale)),
                             esc(PlaybookFormatter::confirmationRule(check)));
            if (!check.note.isEmpty())
                html += QStringLiteral("<br><small>%1</small>").arg(esc(check.note.text(locale)));
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");

        html += QStringLiteral("<p><b>%1</b></p><ol>").arg(esc(tr("What to do")));
        for (const PlaybookSolution &solution : cause.solutions) {
            html += QStringLiteral("<li>%1").arg(esc(solution.text.text(locale)));
            switch (solution.action.type) {
            case PlaybookAction::Type::None:
                break;
            case PlaybookAction::Type::Command:
                html += QStringLiteral("<br><code>%1</code>").arg(esc(PlaybookFormatter::commandLine(solution.action)));
                if (solution.action.confirm)
                    html += QStringLiteral(" <small>%1</small>").arg(esc(tr("(asks before running)")));
                break;
            case PlaybookAction::Type::Contact: {
                html += QStringLiteral("<br>%1").arg(esc(PlaybookFormatter::describeAction(solution.action)));
                if (resolver) {
                    const QList<ContactEntry> people = resolver(solution.action.role, solution.action.service);
                    if (people.isEmpty() && solution.action.service != u"affected")
                        html += QStringLiteral(" <small>%1</small>").arg(esc(tr("(nobody in the contact directory)")));
                    for (const ContactEntry &person : people)
                        html += QStringLiteral("<br>&nbsp;&nbsp;%1").arg(contactLine(person));
                }
                break;
            }
            }
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ol>");
    }
    if (!playbook.relatedArticles.isEmpty()) {
        QStringList links;
        for (const QString &article : playbook.relatedArticles)
            links.append(QStringLiteral("<a href=\"%1:%2\">%2</a>").arg(kArticleScheme, esc(article)));
        html += QStringLiteral("<p>%1 %2</p>").arg(esc(tr("See also:")), links.join(QStringLiteral(", ")));
    }
    return html;
}

} // namespace payops
