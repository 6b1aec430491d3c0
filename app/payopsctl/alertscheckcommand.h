#pragma once

#include "app/payopsctl/ctlcommand.h"

#include <QCoreApplication>

namespace payops {

// payopsctl alerts check: see summary() and the --help text in run().
class AlertsCheckCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::AlertsCheckCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

} // namespace payops
