#pragma once

#include "app/payopsctl/ctlcommand.h"

#include <QCoreApplication>

namespace payops {

// payopsctl alerts export: see summary() and the --help text in run().
class AlertsExportCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::AlertsExportCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

} // namespace payops
