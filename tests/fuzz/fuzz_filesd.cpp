// The file_sd reader takes the operator's target files (File > Import Targets, payopsctl targets import).
#include "models/services/filesdformat.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const payops::FileSdFormat::Result read = payops::FileSdFormat::parse(fuzzInput(data, size));
    if (!read.ok())
        return 0;
    // What was accepted can be exported and imported again (targets export → import).
    const payops::FileSdFormat::Result again = payops::FileSdFormat::parse(payops::FileSdFormat::serialize(read.targets));
    FUZZ_ASSERT(again.ok());
    FUZZ_ASSERT(again.targets.size() == read.targets.size());
    return 0;
}
