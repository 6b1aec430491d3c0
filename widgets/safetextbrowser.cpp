#include "widgets/safetextbrowser.h"

#include "widgets/knowledge/safedocument.h"

namespace payops {

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
    , m_document(new SafeDocument(this))
{
    setDocument(m_document);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setSearchPaths({});
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    return SafeDocument::loadSafely(type, name); // never QTextBrowser's: it reads files
}

} // namespace payops
