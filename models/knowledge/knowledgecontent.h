#pragma once

#include "models/knowledge/knowledgetypes.h"

#include <QCoreApplication>
#include <QString>

namespace payops {

// Reads the shipped default knowledge base: `<root>/index.json` (sections, their titles per
// language, article ids in order) and `<root>/<language>/<article>.md`. The root is the resource
// folder ":/knowledge" in the application; tests point it at a folder of their own.
// Safe to call from any thread.
class KnowledgeContent final
{
    Q_DECLARE_TR_FUNCTIONS(payops::KnowledgeContent)

public:
    KnowledgeContent() = delete;

    static constexpr const char *DefaultRoot = ":/knowledge";

    struct LoadResult
    {
        KnowledgeBundle bundle;
        QString error; // empty on success

        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    // An article listed in the index but missing in one language is skipped for that language
    // (logged); a missing or malformed index is an error.
    [[nodiscard]] static LoadResult load(const QString &root = QString::fromLatin1(DefaultRoot));
    // Hex SHA-256 of the UTF-8 text.
    [[nodiscard]] static QString hash(const QString &text);
};

} // namespace payops
