#include "app/paysim/logging.h"

namespace payops::sim {
Q_LOGGING_CATEGORY(lcPaysim, "payops.paysim")
}
