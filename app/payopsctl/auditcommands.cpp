#include "app/payopsctl/auditcommands.h"

#include "app/payopsctl/ctlcommandline.h"
#include "app/payopsctl/ctldatabase.h"
#include "app/payopsctl/ctloutput.h"
#include "models/security/auditlog.h"

#include <QBuffer>
#include <QDir>
#include <QSaveFile>

namespace payops {

QStringList AuditVerifyCommand::words() const
{
    return {QStringLiteral("audit"), QStringLiteral("verify")};
}

QString AuditVerifyCommand::summary() const
{
    return tr("Verifies the audit log's hash chain; names the first entry that was tampered with.");
}

int AuditVerifyCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(QStringLiteral("payopsctl audit verify [--db PATH] [--json]"),
                        tr("Reads the whole audit log and checks that every entry carries the hash of the entry "
                           "before it and that its own hash matches its content.\n"
                           "Exit code 1 and the id of the first entry that does not fit when an entry was edited, "
                           "removed or moved."));
    line.addDatabaseOption();
    line.addJsonOption();
    if (const std::optional<int> done = line.parse(arguments, out))
        return *done;
    const std::unique_ptr<Database> database = CtlDatabase::open(line.databasePath(), CtlDatabase::Mode::LikeConsole, out);
    if (!database)
        return Failure;
    const AuditLog::Verification verification = AuditLog(*database).verify();
    if (line.json()) {
        out.json(QJsonObject{
            {QStringLiteral("ok"), verification.ok()},
            {QStringLiteral("entries"), verification.entries},
            {QStringLiteral("firstBadId"), verification.firstBadId < 0 ? QJsonValue() : QJsonValue(verification.firstBadId)},
            {QStringLiteral("problem"), verification.problem},
            {QStringLiteral("error"), verification.error},
        });
    } else if (verification.ok()) {
        out.print(verification.summary());
    }
    if (!verification.ok())
        out.error(verification.summary());
    return verification.ok() ? Ok : Failure;
}

QStringList AuditExportCommand::words() const
{
    return {QStringLiteral("audit"), QStringLiteral("export")};
}

QString AuditExportCommand::summary() const
{
    return tr("Writes the audit log as JSON lines.");
}

int AuditExportCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(QStringLiteral("payopsctl audit export [--db PATH] [FILE|-]"),
                        tr("Writes every entry of the audit log, oldest first, as one JSON object per line (id, "
                           "time, actor, host, action, detail, prevHash, hash) to FILE, or to standard output when "
                           "FILE is - or missing. It does not verify the chain: run payopsctl audit verify for that."));
    line.addDatabaseOption();
    line.parser().addPositionalArgument(QStringLiteral("FILE"), tr("The file to write; - for standard output."),
                                        QStringLiteral("[FILE|-]"));
    if (const std::optional<int> done = line.parse(arguments, out, 0, 1))
        return *done;
    const std::unique_ptr<Database> database = CtlDatabase::open(line.databasePath(), CtlDatabase::Mode::LikeConsole, out);
    if (!database)
        return Failure;
    const QStringList positional = line.parser().positionalArguments();
    const QString file = positional.isEmpty() ? QStringLiteral("-") : positional.constFirst();
    const AuditLog audit(*database);
    if (file == QLatin1String("-")) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const AuditLog::ExportResult result = audit.exportJsonLines(buffer);
        out.raw(buffer.data());
        if (!result.ok()) {
            out.error(result.error);
            return Failure;
        }
        return Ok;
    }
    QSaveFile saved(file);
    if (!saved.open(QIODevice::WriteOnly)) {
        out.error(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), saved.errorString()));
        return Failure;
    }
    const AuditLog::ExportResult result = audit.exportJsonLines(saved);
    if (!result.ok()) {
        out.error(result.error);
        return Failure;
    }
    if (!saved.commit()) {
        out.error(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), saved.errorString()));
        return Failure;
    }
    out.print(tr("%n audit log entries written to %1", nullptr, int(result.entries)).arg(QDir::toNativeSeparators(file)));
    return Ok;
}

} // namespace payops
