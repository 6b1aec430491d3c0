#pragma once

#include <QLoggingCategory>

namespace payops {

// The security area's one logging category: "payops.security".
Q_DECLARE_LOGGING_CATEGORY(lcSecurity)

} // namespace payops
