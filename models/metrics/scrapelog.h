#pragma once

#include <QLoggingCategory>

namespace payops {

// The scrape pipeline's one logging category: "payops.scrape".
Q_DECLARE_LOGGING_CATEGORY(lcScrape)

} // namespace payops
