#include "models/incidents/playbooklog.h"

namespace payops {

Q_LOGGING_CATEGORY(lcPlaybooks, "payops.playbooks")

} // namespace payops
