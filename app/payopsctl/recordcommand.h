#pragma once

#include "app/payopsctl/ctlcommand.h"

#include <QCoreApplication>

namespace payops {

// payopsctl record [URL…] [--targets FILE] [--db PATH] [--for SECONDS] [--interval SECONDS]:
// the console's recording pipeline without a window (RecordSession) — polls the targets and writes
// the metric history into the database as the console does, reporting each committed cycle.
class RecordCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::RecordCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

} // namespace payops
