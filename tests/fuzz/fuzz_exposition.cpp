// The exposition parser reads whatever a scraped target sends: any bytes, any size.
#include "models/metrics/expositionparser.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = fuzzInput(data, size);
    payops::ExpositionParser parser;
    const payops::ParseResult first = parser.parse(body);
    // The second parse goes through the interner filled by the first: same input, same answer.
    const payops::ParseResult second = parser.parse(body);
    FUZZ_ASSERT(first.ok() == second.ok());
    FUZZ_ASSERT(first.families.size() == second.families.size());
    return 0;
}
