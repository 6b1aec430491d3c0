// The playbook loader reads playbook documents (the shipped defaults and the operator's edits).
#include "models/incidents/playbookloader.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const payops::PlaybookLoader loader;
    const payops::PlaybookLoader::Result read = loader.load(fuzzInput(data, size));
    if (!read.ok())
        return 0;
    // An accepted document is written back (the repository stores it) and reads the same.
    const payops::PlaybookLoader::Result again = loader.load(payops::PlaybookLoader::toDocument(read.playbooks));
    FUZZ_ASSERT(again.ok());
    FUZZ_ASSERT(again.playbooks.size() == read.playbooks.size());
    return 0;
}
