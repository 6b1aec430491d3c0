#pragma once

#include "app/payopsctl/ctlcommand.h"

#include <QCoreApplication>

namespace payops {

// payopsctl targets import FILE [--db PATH] [--merge] [--dry-run] [--json]: reads a Prometheus file_sd
// JSON file, prints what it changes (TargetImportPreview, the model the console's Import Targets
// dialog shows) and, unless --dry-run, stores its usable targets with TargetRepository::apply().
class TargetsImportCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::TargetsImportCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

} // namespace payops
