#include "app/payopsctl/ctltargets.h"

#include "app/payopsctl/ctloutput.h"
#include "models/services/filesdformat.h"
#include "models/services/targetrepository.h"

namespace payops::CtlTargets {

std::optional<QList<ServiceTarget>> fromFile(const QString &path, CtlOutput &out)
{
    const FileSdFormat::Result read = FileSdFormat::readFile(path);
    if (!read.ok()) {
        out.error(read.error->toString());
        return std::nullopt;
    }
    QList<ServiceTarget> targets = read.targets;
    for (qsizetype i = 0; i < targets.size(); ++i)
        targets[i].id = int(i) + 1;
    return targets;
}

std::optional<QList<ServiceTarget>> fromDatabase(Database &database, CtlOutput &out)
{
    const TargetRepository::Listing listing = TargetRepository(database).list();
    if (!listing.ok()) {
        out.error(listing.error);
        return std::nullopt;
    }
    return listing.targets;
}

} // namespace payops::CtlTargets
