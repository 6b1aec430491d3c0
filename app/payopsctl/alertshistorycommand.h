#pragma once

#include "app/payopsctl/ctlcommand.h"

#include <QCoreApplication>

namespace payops {

// payopsctl alerts history: see summary() and the --help text in run().
class AlertsHistoryCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::AlertsHistoryCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

} // namespace payops
