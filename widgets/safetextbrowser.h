#pragma once

#include <QTextBrowser>

namespace payops {

class SafeDocument;

// The read-only text view for text the console did not write itself (articles, the editor's
// preview, playbooks, contacts). Its document is a SafeDocument, and QTextBrowser's own loading —
// setSource(), its search paths, relative names — goes through the same policy
// (SafeDocument::loadSafely), so nothing shown here reads a local file. It follows no link by
// itself: clicks arrive as anchorClicked() for the view, which opens external ones through
// LinkOpener.
class SafeTextBrowser final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextBrowser)

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    [[nodiscard]] SafeDocument *safeDocument() const { return m_document; }
    QVariant loadResource(int type, const QUrl &name) override;

private:
    SafeDocument *m_document; // child
};

} // namespace payops
