#pragma once

#include <QLoggingCategory>

namespace payops {

// The alerts area's one logging category: "payops.alerts".
Q_DECLARE_LOGGING_CATEGORY(lcAlerts)

} // namespace payops
