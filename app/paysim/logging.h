#pragma once

#include <QLoggingCategory>

namespace payops::sim {
Q_DECLARE_LOGGING_CATEGORY(lcPaysim)
}
