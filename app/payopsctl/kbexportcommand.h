#pragma once

#include "app/payopsctl/ctlcommand.h"

#include <QCoreApplication>

namespace payops {

// payopsctl kb export --format md|pdf DIR [--db PATH] [--lang en|zh_CN]: the knowledge base as one
// Markdown file per article (KnowledgeMarkdownExporter) or as one PDF (KnowledgePdfExporter, the
// console's own export; needs a QGuiApplication).
class KbExportCommand final : public CtlCommand
{
    Q_DECLARE_TR_FUNCTIONS(payops::KbExportCommand)

public:
    QStringList words() const override;
    QString summary() const override;
    bool needsGui(const QStringList &arguments) const override;
    int run(const QStringList &arguments, CtlOutput &out) override;
};

} // namespace payops
