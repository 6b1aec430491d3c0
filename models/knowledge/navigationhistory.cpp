#include "models/knowledge/navigationhistory.h"

#include <algorithm>

namespace payops {

NavigationHistory::NavigationHistory(int capacity)
    : m_capacity(std::max(1, capacity))
{
}

void NavigationHistory::visit(const QString &id)
{
    if (id.isEmpty() || current() == id)
        return;
    m_entries.resize(m_index + 1);
    m_entries.append(id);
    while (m_entries.size() > m_capacity)
        m_entries.removeFirst();
    m_index = int(m_entries.size()) - 1;
}

bool NavigationHistory::canGoBack() const
{
    return m_index > 0;
}

bool NavigationHistory::canGoForward() const
{
    return m_index >= 0 && m_index + 1 < m_entries.size();
}

QString NavigationHistory::back()
{
    if (!canGoBack())
        return {};
    return m_entries.at(--m_index);
}

QString NavigationHistory::forward()
{
    if (!canGoForward())
        return {};
    return m_entries.at(++m_index);
}

QString NavigationHistory::current() const
{
    return m_index >= 0 ? m_entries.at(m_index) : QString();
}

void NavigationHistory::clear()
{
    m_entries.clear();
    m_index = -1;
}

} // namespace payops
