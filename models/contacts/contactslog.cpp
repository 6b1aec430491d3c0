#include "models/contacts/contactslog.h"

namespace payops {

Q_LOGGING_CATEGORY(lcContacts, "payops.contacts")

} // namespace payops
