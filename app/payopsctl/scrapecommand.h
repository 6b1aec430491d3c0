#pragma once

#include "app/payopsctl/ctlcommand.h"

#include <QCoreApplication>

namespace payops {

// payopsctl scrape URL [--timeout SECONDS] [--interval SECONDS] [--health URL | --no-health] [--json]:
// one target through the console's scrape and metrics code (ScrapeSession), its derived values
// named, formatted and in units as DerivedMetricCatalog gives them, and its health document.
class ScrapeCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::ScrapeCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

} // namespace payops
