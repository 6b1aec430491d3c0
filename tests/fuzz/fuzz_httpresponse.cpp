// The scrape client's HTTP framing reads whatever a target answers: any bytes, in any pieces.
#include "models/metrics/httpresponseparser.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzzInput(data, size);
    constexpr qint64 cap = 64 * 1024;
    payops::HttpResponseParser whole(cap);
    whole.feed(bytes.constData(), bytes.size());
    whole.finish();
    // The same bytes one at a time: the same answer, and never a body over the cap.
    payops::HttpResponseParser pieces(cap);
    for (qsizetype i = 0; i < bytes.size() && pieces.state() == payops::HttpResponseParser::State::Incomplete; ++i)
        pieces.feed(bytes.constData() + i, 1);
    pieces.finish();
    FUZZ_ASSERT(whole.state() == pieces.state());
    FUZZ_ASSERT(whole.body().size() <= cap && pieces.body().size() <= cap);
    if (whole.state() == payops::HttpResponseParser::State::Complete) {
        FUZZ_ASSERT(whole.status() == pieces.status());
        FUZZ_ASSERT(whole.body() == pieces.body());
    }
    return 0;
}
