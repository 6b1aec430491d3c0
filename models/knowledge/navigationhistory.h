#pragma once

#include <QString>
#include <QStringList>

namespace payops {

// Back/forward history of visited article ids, like a web browser's: visiting a new article after
// going back drops the forward entries. Plain value type, no Qt objects.
class NavigationHistory final
{
public:
    explicit NavigationHistory(int capacity = 100);

    // Records `id` as the current entry (visiting the current entry again does nothing).
    void visit(const QString &id);
    [[nodiscard]] bool canGoBack() const;
    [[nodiscard]] bool canGoForward() const;
    // Moves back/forward and returns the new current id; empty when not possible.
    QString back();
    QString forward();
    [[nodiscard]] QString current() const;
    void clear();

private:
    QStringList m_entries;
    int m_index = -1;
    int m_capacity;
};

} // namespace payops
