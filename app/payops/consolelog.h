#pragma once

#include <QLoggingCategory>

namespace payops {

// The composition root's one logging category: "payops.console".
Q_DECLARE_LOGGING_CATEGORY(lcConsole)

} // namespace payops
