#include "app/payopsctl/dbcheckcommand.h"

#include "app/payopsctl/ctlcommandline.h"
#include "app/payopsctl/ctldatabase.h"
#include "app/payopsctl/ctloutput.h"
#include "models/consoleschema.h"
#include "models/storage/tablestats.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QMap>

namespace payops {

namespace {

struct Area
{
    QString name;
    qint64 rows = 0;
    qint64 bytes = 0;
    QList<TableStats::Table> tables;
};

QList<Area> groupByArea(const QList<TableStats::Table> &tables)
{
    QList<Area> areas;
    QStringList order = ConsoleSchema::areas();
    order.append(QStringLiteral("other"));
    for (const QString &name : std::as_const(order)) {
        Area area;
        area.name = name;
        for (const TableStats::Table &table : tables) {
            if (ConsoleSchema::areaOf(table.name) != name)
                continue;
            area.tables.append(table);
            area.rows += table.rows;
            area.bytes += std::max<qint64>(table.bytes, 0);
        }
        if (name != QLatin1String("other") || !area.tables.isEmpty())
            areas.append(area);
    }
    return areas;
}

} // namespace

QStringList DbCheckCommand::words() const
{
    return {QStringLiteral("db"), QStringLiteral("check")};
}

QString DbCheckCommand::summary() const
{
    return tr("Checks the database: integrity, schema version, size of each area.");
}

int DbCheckCommand::run(const QStringList &arguments, CtlOutput &out)
{
    CtlCommandLine line(QStringLiteral("payopsctl db check [--db PATH] [--migrate] [--json]"),
                        tr("Opens the console's database, runs SQLite's integrity check and shows the schema "
                           "version and the rows and bytes of each area.\n"
                           "Without --migrate the file is only read, never written: a file of an older "
                           "version is reported as needing an update (exit code 1)."));
    line.addDatabaseOption();
    line.addJsonOption();
    const QCommandLineOption migrateOption(QStringLiteral("migrate"),
                                           tr("Creates the file if it is missing and updates it to the latest "
                                              "schema first, as the console does when it starts."));
    line.parser().addOption(migrateOption);
    if (const std::optional<int> done = line.parse(arguments, out))
        return *done;

    const bool migrate = line.parser().isSet(migrateOption);
    const QString path = QDir::cleanPath(QDir::current().absoluteFilePath(line.databasePath()));
    const std::unique_ptr<Database> database =
        CtlDatabase::open(path, migrate ? CtlDatabase::Mode::LikeConsole : CtlDatabase::Mode::ReadOnly, out);
    if (!database)
        return Failure;

    QSqlDatabase db = database->connection();
    const TableStats::Integrity integrity = TableStats::integrityCheck(db);
    const TableStats::Result stats = TableStats::collect(db);
    const int version = database->schemaVersion();
    const int latest = ConsoleSchema::latestVersion();
    const bool needsMigration = version < latest;
    const QList<Area> areas = groupByArea(stats.tables);
    const bool ok = integrity.ok() && stats.ok() && !needsMigration;

    if (line.json()) {
        QJsonArray areaArray;
        for (const Area &area : areas) {
            QJsonArray tableArray;
            for (const TableStats::Table &table : area.tables)
                tableArray.append(QJsonObject{{QStringLiteral("table"), table.name},
                                              {QStringLiteral("rows"), table.rows},
                                              {QStringLiteral("bytes"), table.bytes}});
            areaArray.append(QJsonObject{{QStringLiteral("area"), area.name},
                                         {QStringLiteral("rows"), area.rows},
                                         {QStringLiteral("bytes"), stats.bytesFromDbstat ? area.bytes : -1},
                                         {QStringLiteral("tables"), tableArray}});
        }
        out.json(QJsonObject{
            {QStringLiteral("path"), path},
            {QStringLiteral("ok"), ok},
            {QStringLiteral("schemaVersion"), version},
            {QStringLiteral("latestVersion"), latest},
            {QStringLiteral("needsMigration"), needsMigration},
            {QStringLiteral("integrity"), QJsonObject{{QStringLiteral("ok"), integrity.ok()},
                                                       {QStringLiteral("messages"), QJsonArray::fromStringList(integrity.messages)},
                                                       {QStringLiteral("error"), integrity.error}}},
            {QStringLiteral("bytesSource"), stats.bytesFromDbstat ? QStringLiteral("dbstat") : QStringLiteral("pages")},
            {QStringLiteral("pageSize"), stats.pageSize},
            {QStringLiteral("pageCount"), stats.pageCount},
            {QStringLiteral("freePages"), stats.freePages},
            {QStringLiteral("fileBytes"), stats.pageSize * stats.pageCount},
            {QStringLiteral("areas"), areaArray},
        });
    } else {
        const QLocale locale;
        const auto size = [&](qint64 bytes) {
            return bytes < 0 ? tr("unknown") : locale.formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
        };
        const QMap<QString, QString> titles{
            {QStringLiteral("targets"), tr("Targets and services")},
            {QStringLiteral("history"), tr("Metrics history")},
            {QStringLiteral("knowledge"), tr("Knowledge base")},
            {QStringLiteral("playbooks"), tr("Playbooks")},
            {QStringLiteral("incidents"), tr("Incidents")},
            {QStringLiteral("contacts"), tr("Contacts")},
            {QStringLiteral("settings"), tr("Settings and audit log")},
            {QStringLiteral("other"), tr("Other")},
        };
        QStringList lines;
        lines << tr("Database:       %1").arg(QDir::toNativeSeparators(path));
        lines << tr("Schema version: %1 (this program knows up to %2)").arg(version).arg(latest);
        lines << tr("Integrity:      %1").arg(integrity.ok() ? tr("ok") : tr("DAMAGED"));
        lines << tr("File size:      %1 (%2 pages of %3 bytes, %4 free)")
                     .arg(size(stats.pageSize * stats.pageCount))
                     .arg(stats.pageCount)
                     .arg(stats.pageSize)
                     .arg(stats.freePages);
        if (!stats.bytesFromDbstat)
            lines << tr("This SQLite has no dbstat table: sizes per table are unknown, rows are counted.");
        lines << QString();
        lines << tr("Area / table").leftJustified(34) + tr("Rows").rightJustified(12) + tr("Size").rightJustified(14);
        for (const Area &area : areas) {
            lines << titles.value(area.name, area.name).leftJustified(34) + locale.toString(area.rows).rightJustified(12)
                         + size(stats.bytesFromDbstat ? area.bytes : -1).rightJustified(14);
            for (const TableStats::Table &table : area.tables)
                lines << QString(QStringLiteral("  ") + table.name).leftJustified(34) + locale.toString(table.rows).rightJustified(12)
                             + size(table.bytes).rightJustified(14);
        }
        out.print(lines.join(u'\n'));
    }

    if (!integrity.error.isEmpty())
        out.error(tr("The integrity check of %1 could not run: %2").arg(QDir::toNativeSeparators(path), integrity.error));
    else if (!integrity.ok())
        out.error(tr("The database file %1 is damaged. SQLite's integrity check found: %2")
                      .arg(QDir::toNativeSeparators(path), integrity.messages.mid(0, 5).join(QStringLiteral("; "))));
    if (!stats.ok())
        out.error(stats.error);
    if (needsMigration)
        out.error(tr("The database file %1 is at schema version %2 and needs updating to version %3. It was left "
                     "untouched. Run payopsctl db check --migrate (or start the console) to update it.")
                      .arg(QDir::toNativeSeparators(path)).arg(version).arg(latest));
    return ok ? Ok : Failure;
}

} // namespace payops
