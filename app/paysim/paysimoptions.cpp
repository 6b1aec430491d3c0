#include "app/paysim/paysimoptions.h"

namespace payops::sim {

quint16 PaysimOptions::portFor(ServiceKind service, int index) const
{
    const std::optional<int> first = portOf[size_t(service)];
    if (first)
        return *first == 0 ? 0 : quint16(*first + index);
    if (basePort == 0)
        return 0;
    return quint16(basePort + int(service) * instances + index);
}

} // namespace payops::sim
