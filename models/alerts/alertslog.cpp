#include "models/alerts/alertslog.h"

namespace payops {

Q_LOGGING_CATEGORY(lcAlerts, "payops.alerts")

} // namespace payops
