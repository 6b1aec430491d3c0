#pragma once

#include "app/payopsctl/ctlcommand.h"

#include <QCoreApplication>

namespace payops {

// payopsctl alerts import: see summary() and the --help text in run().
class AlertsImportCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::AlertsImportCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

} // namespace payops
