#include "app/paysim/portmap.h"

using namespace Qt::Literals::StringLiterals;

namespace payops::sim {

namespace {

QString hostText(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']' : address.toString();
}

} // namespace

QStringList PortMap::lines(const QHostAddress &address, const QList<ServiceServer::Endpoint> &endpoints,
                           const QHostAddress &controlAddress, quint16 controlPort)
{
    const QString host = hostText(address);
    QStringList result;
    qsizetype i = 0;
    while (i < endpoints.size()) {
        const ServiceServer::Endpoint &first = endpoints.at(i);
        qsizetype j = i + 1;
        while (j < endpoints.size() && endpoints.at(j).service == first.service
               && endpoints.at(j).port == endpoints.at(j - 1).port + 1)
            ++j;
        const quint16 last = endpoints.at(j - 1).port;
        QString ports = QString::number(first.port);
        if (last != first.port)
            ports += u'-' + QString::number(last);
        result.append(u"listening "_s + ServiceProfile::nameOf(first.service) + u' ' + host + u':' + ports
                      + u" /metrics /health"_s);
        i = j;
    }
    result.append(u"control "_s + hostText(controlAddress) + u':' + QString::number(controlPort));
    return result;
}

} // namespace payops::sim
