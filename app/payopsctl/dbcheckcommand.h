#pragma once

#include "app/payopsctl/ctlcommand.h"

#include <QCoreApplication>

namespace payops {

// payopsctl db check [--db PATH] [--migrate] [--json]: opens the database with the console's schema,
// runs PRAGMA integrity_check, reports the schema version and the size of each area. Without
// --migrate the file is opened read-only and never written: an older file is reported as needing
// an update (exit 1). With --migrate it is created or updated first, as the console would.
class DbCheckCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::DbCheckCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

} // namespace payops
