#include "models/alerts/alertstate.h"

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

struct Entry
{
    AlertState state;
    const char *key;
    const char *title;
};

constexpr Entry kEntries[] = {
    {AlertState::Inactive, "inactive", QT_TRANSLATE_NOOP("payops::AlertStates", "Inactive")},
    {AlertState::Pending, "pending", QT_TRANSLATE_NOOP("payops::AlertStates", "Pending")},
    {AlertState::Firing, "firing", QT_TRANSLATE_NOOP("payops::AlertStates", "Firing")},
    {AlertState::Resolved, "resolved", QT_TRANSLATE_NOOP("payops::AlertStates", "Resolved")},
    {AlertState::NoData, "no_data", QT_TRANSLATE_NOOP("payops::AlertStates", "No data")},
    {AlertState::Error, "error", QT_TRANSLATE_NOOP("payops::AlertStates", "Error")},
};

} // namespace

QString AlertStates::key(AlertState state)
{
    return QString::fromLatin1(kEntries[int(state)].key);
}

std::optional<AlertState> AlertStates::fromKey(QStringView key)
{
    for (const Entry &entry : kEntries) {
        if (key == QLatin1String(entry.key))
            return entry.state;
    }
    return std::nullopt;
}

QString AlertStates::title(AlertState state)
{
    return tr(kEntries[int(state)].title);
}

} // namespace payops
