#include "models/metrics/socketpoll.h"

#include <QSocketNotifier>

#include <sys/epoll.h>
#include <unistd.h>

#include <array>

namespace payops {

namespace {

quint64 keyOf(int fd, quint32 generation)
{
    return (quint64(generation) << 32) | quint32(fd);
}

} // namespace

SocketPoll::SocketPoll(QObject *parent)
    : QObject(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
{
    if (m_epoll < 0)
        return;
    m_notifier = new QSocketNotifier(m_epoll, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SocketPoll::dispatch);
}

SocketPoll::~SocketPoll()
{
    delete m_notifier; // before the descriptor it watches
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool SocketPoll::add(int fd, quint32 events, Handler handler)
{
    if (m_epoll < 0)
        return false;
    const quint32 generation = ++m_generation;
    epoll_event event{};
    event.events = events;
    event.data.u64 = keyOf(fd, generation);
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) != 0)
        return false;
    m_watched[fd] = Watched{generation, std::move(handler)};
    return true;
}

void SocketPoll::setEvents(int fd, quint32 events)
{
    const auto it = m_watched.find(fd);
    if (it == m_watched.end())
        return;
    epoll_event event{};
    event.events = events;
    event.data.u64 = keyOf(fd, it->second.generation);
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event);
}

void SocketPoll::remove(int fd)
{
    if (m_watched.erase(fd) != 0)
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
}

void SocketPoll::dispatch()
{
    std::array<epoll_event, 256> events{};
    int ready = 0;
    do {
        ready = epoll_wait(m_epoll, events.data(), int(events.size()), 0);
        for (int i = 0; i < ready; ++i) {
            const int fd = int(quint32(events[size_t(i)].data.u64));
            const quint32 generation = quint32(events[size_t(i)].data.u64 >> 32);
            // A handler may remove (and close) any socket, this one included: look each one up.
            const auto it = m_watched.find(fd);
            if (it == m_watched.end() || it->second.generation != generation)
                continue;
            const Handler handler = it->second.handler; // the entry may go while it runs
            handler(events[size_t(i)].events);
        }
    } while (ready == int(events.size()));
}

} // namespace payops
