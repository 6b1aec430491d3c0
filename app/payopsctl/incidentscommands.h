#pragma once

#include "app/payopsctl/ctlcommand.h"

#include <QCoreApplication>

namespace payops {

// payopsctl incidents report ID [--markdown FILE] [--pdf FILE] [--db PATH]: the incident's post-mortem
// (PostMortemReport) with the write-up kept by the wizard's follow-up step, as Markdown and/or PDF, in
// the system's language. Reads the database only. Exit 1 when the incident does not exist or a file
// cannot be written.
class IncidentsReportCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::IncidentsReportCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

} // namespace payops
