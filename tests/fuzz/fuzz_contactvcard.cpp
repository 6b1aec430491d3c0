// vCard contact import: cards from other address books (3.0, 4.0, folded lines, odd escapes).
#include "models/contacts/contactvcard.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    payops::ContactImportResult read = payops::ContactVCard::read(fuzzInput(data, size));
    read.validate({});
    return 0;
}
