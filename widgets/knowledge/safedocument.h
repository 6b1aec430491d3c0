#pragma once

#include <QTextDocument>

class QImage;

namespace payops {

// A QTextDocument that loads no resource from outside the application. Every document that shows
// text the operator or an import wrote — the knowledge browser, the article editor's preview, the
// PDF export and print, the playbook and contact panes — is one of these (SafeTextBrowser for the
// views), so Markdown or HTML such as ![](/etc/shadow), ![](relative.png), <img src="/dev/zero">,
// a FIFO path or <link rel="stylesheet" href="file:…"> reads nothing: QTextDocument's own
// loadResource() would open any local file (and block on a FIFO, or read /dev/zero forever).
//
// The policy (loadSafely), the one place that decides:
// - the application's own resources (":/…", "qrc:/…") up to kMaxResourceBytes are loaded (images
//   decoded and shown);
// - anything else — local paths, relative names, file:, data:, http(s): and other URLs — is not
//   read: an
//   image becomes a small placeholder that says "image not shown: <name>" (a QImage whose text
//   "payops-not-shown" is the name), a stylesheet or page becomes empty text that says so.
// The knowledge base stores no image files of its own today; when it does, they are to be served
// here, under the same cap.
// An image always resolves to a valid image: Qt's image handler would otherwise try to load the
// name from disk itself.
class SafeDocument final : public QTextDocument
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeDocument)

public:
    static constexpr qint64 kMaxResourceBytes = 4 * 1024 * 1024;

    explicit SafeDocument(QObject *parent = nullptr);

    // The resource of `type` (QTextDocument::ResourceType) for `url`, by the policy above.
    [[nodiscard]] static QVariant loadSafely(int type, const QUrl &url);
    // The image shown instead of `name`.
    [[nodiscard]] static QImage placeholder(const QString &name);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace payops
