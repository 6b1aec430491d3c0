#pragma once

#include "models/incidents/playbook.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace payops {

// Playbook parts in operator words, translated: what a check tests, what an action does.
// Shared by the playbook view, the troubleshooting wizard and incident reports.
class PlaybookFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(payops::PlaybookFormatter)

public:
    PlaybookFormatter() = delete;

    // "95th percentile response time of the affected service above 800 ms over the last 5 minutes"
    [[nodiscard]] static QString describeCheck(const PlaybookCheck &check, const QLocale &locale = QLocale());
    // "Yes confirms this cause." / "Yes rules this cause out." for manual checks, the check's
    // confirmation rule for the others.
    [[nodiscard]] static QString confirmationRule(const PlaybookCheck &check);
    // "Run: systemctl restart payment_gateway" / "Contact: service manager of payment_gateway"
    [[nodiscard]] static QString describeAction(const PlaybookAction &action);
    // The command line for display only (arguments with spaces are quoted); never run through a shell.
    [[nodiscard]] static QString commandLine(const PlaybookAction &action);
    // A service name, or "the affected service" for "affected".
    [[nodiscard]] static QString serviceName(const QString &service);
    [[nodiscard]] static QString checkTypeName(PlaybookCheck::Type type);
};

} // namespace payops
