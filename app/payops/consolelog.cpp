#include "app/payops/consolelog.h"

namespace payops {

Q_LOGGING_CATEGORY(lcConsole, "payops.console")

} // namespace payops
