#pragma once

#include "app/payopsctl/ctlcommand.h"

#include <QCoreApplication>

namespace payops {

// payopsctl audit verify [--db PATH] [--json]: checks the audit log's hash chain. Exit 0 when it is
// intact, 1 when an entry does not fit (its id is printed) or the log cannot be read.
class AuditVerifyCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::AuditVerifyCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

// payopsctl audit export [--db PATH] [FILE|-]: the audit log as JSON lines, oldest first.
class AuditExportCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::AuditExportCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

} // namespace payops
