#pragma once

#include <QLoggingCategory>

namespace payops {

// The services area's one logging category: "payops.services" (targets, health).
Q_DECLARE_LOGGING_CATEGORY(lcServices)

} // namespace payops
