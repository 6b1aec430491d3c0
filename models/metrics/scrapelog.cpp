#include "models/metrics/scrapelog.h"

namespace payops {

Q_LOGGING_CATEGORY(lcScrape, "payops.scrape")

} // namespace payops
