#pragma once

#include "app/payopsctl/ctlcommand.h"

#include <QCoreApplication>

namespace payops {

// payopsctl diagnose SERVICE [--type TYPE] [--json] [--db PATH] [--targets FILE] [--deadline SECONDS]:
// polls the targets, runs every automatic check of the matching playbooks (the troubleshooting
// wizard's locate step, without the window) and prints the causes ranked by their evidence.
// Exit 0 when no cause is confirmed, 1 when one is.
class DiagnoseCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::DiagnoseCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

} // namespace payops
