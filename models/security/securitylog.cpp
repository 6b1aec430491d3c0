#include "models/security/securitylog.h"

namespace payops {

Q_LOGGING_CATEGORY(lcSecurity, "payops.security")

} // namespace payops
