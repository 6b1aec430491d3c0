#include "models/security/osidentity.h"

#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace payops {

OsIdentity OsIdentity::current()
{
    OsIdentity identity;
    // The account the process runs as, not $USER: an environment variable is whatever the caller
    // set, the uid is what the system enforces.
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        identity.user = QString::fromLocal8Bit(entry->pw_name);
    if (identity.user.isEmpty())
        identity.user = qEnvironmentVariable("USER");
    if (identity.user.isEmpty())
        identity.user = QStringLiteral("unknown");
    identity.host = QSysInfo::machineHostName();
    if (identity.host.isEmpty())
        identity.host = QStringLiteral("unknown");
    return identity;
}

} // namespace payops
