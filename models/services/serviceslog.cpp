#include "models/services/serviceslog.h"

namespace payops {

Q_LOGGING_CATEGORY(lcServices, "payops.services")

} // namespace payops
