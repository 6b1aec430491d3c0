#pragma once

#include <QLoggingCategory>

namespace payops {

// The contact directory's one logging category: "payops.contacts".
Q_DECLARE_LOGGING_CATEGORY(lcContacts)

} // namespace payops
