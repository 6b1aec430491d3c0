#pragma once

#include <QLoggingCategory>

namespace payops {

// The playbooks area's one logging category: "payops.playbooks".
Q_DECLARE_LOGGING_CATEGORY(lcPlaybooks)

} // namespace payops
