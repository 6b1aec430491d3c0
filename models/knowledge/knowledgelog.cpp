#include "models/knowledge/knowledgelog.h"

namespace payops {

Q_LOGGING_CATEGORY(lcKnowledge, "payops.knowledge")

} // namespace payops
