#pragma once

#include "app/payopsctl/ctlcommand.h"

#include <QCoreApplication>

namespace payops {

// payopsctl targets import FILE [--db PATH] [--merge]: reads a Prometheus file_sd JSON file and stores
// its targets with TargetRepository::importFile(), the console's own import: all or nothing.
class TargetsImportCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::TargetsImportCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

} // namespace payops
