// The Prometheus HTTP API reader: answers of /api/v1/query and /api/v1/query_range, from a server
// the console trusts only as far as its TLS certificate goes.
#include "models/metrics/prometheusapiclient.h"
#include "tests/fuzz/fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = fuzzInput(data, size);
    (void)payops::PrometheusApiClient::parseResponse(body, 200);
    (void)payops::PrometheusApiClient::parseResponse(body, 422); // an error status takes another path
    return 0;
}
