#pragma once

#include <QString>

namespace payops {

// Who acts and where, as the operating system tells it: the audit log and the incident timeline
// record every entry with these. Values, not credentials: the user name of the process and the
// machine's host name.
struct OsIdentity
{
    QString user;
    QString host;

    // The identity of this process ("unknown" for a part the system does not tell).
    [[nodiscard]] static OsIdentity current();
};

} // namespace payops
