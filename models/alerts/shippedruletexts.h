#pragma once

#include <QString>

namespace payops {

// The summaries and descriptions of the shipped alert rules (resources/alerts/*.json) in the
// operator's language. Rules are data: their texts are stored as written, in English. Showing
// one (AlertRule::expand) looks it up here; a text the operator changed is not found and is shown
// as written. test_alertrules checks that every shipped text is listed, so the two cannot drift.
class ShippedRuleTexts final
{
public:
    ShippedRuleTexts() = delete;

    // The translation of a shipped text, or `text` itself.
    [[nodiscard]] static QString translated(const QString &text);
    [[nodiscard]] static bool contains(const QString &text);
};

} // namespace payops
