#include "models/storage/storagelog.h"

namespace payops {

Q_LOGGING_CATEGORY(lcStorage, "payops.storage")

} // namespace payops
