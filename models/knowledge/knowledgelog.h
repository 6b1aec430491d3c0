#pragma once

#include <QLoggingCategory>

namespace payops {

// The knowledge base area's one logging category: "payops.knowledge".
Q_DECLARE_LOGGING_CATEGORY(lcKnowledge)

} // namespace payops
