// CSV contact import: files exported from spreadsheets and address books, in any state.
#include "models/contacts/contactcsv.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    payops::ContactImportResult read = payops::ContactCsv::read(fuzzInput(data, size));
    read.validate({}); // the validator runs on every imported row before the preview shows it
    return 0;
}
