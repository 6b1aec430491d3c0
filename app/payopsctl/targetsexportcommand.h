#pragma once

#include "app/payopsctl/ctlcommand.h"

#include <QCoreApplication>

namespace payops {

// payopsctl targets export [--db PATH] [FILE|-]: writes the configured targets as Prometheus file_sd
// JSON (FileSdFormat, the console's own export) to FILE, or to standard output.
class TargetsExportCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::TargetsExportCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

} // namespace payops
