#pragma once

#include "app/payopsctl/ctlcommand.h"

#include <QCoreApplication>

namespace payops {

// payopsctl tasks next: the fire times of a cron expression in a time zone (see run()'s --help).
// Needs no database: people check an expression with it, and the tests use it.
class TasksNextCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::TasksNextCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

} // namespace payops
