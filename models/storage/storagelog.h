#pragma once

#include <QLoggingCategory>

namespace payops {

// The storage area's one logging category: "payops.storage".
Q_DECLARE_LOGGING_CATEGORY(lcStorage)

} // namespace payops
