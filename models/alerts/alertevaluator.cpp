#include "models/alerts/alertevaluator.h"

#include "models/metrics/derivedmetriccatalog.h"

#include <algorithm>
#include <cmath>

namespace payops {

namespace {

// Metric name -> catalog index, built once (the snapshot names metrics by their stable name).
const QHash<QString, int> &metricIndexes()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> built;
        for (int i = 0; i < kDerivedMetricCount; ++i)
            built.insert(DerivedMetricCatalog::name(DerivedMetricId(i)), i);
        return built;
    }();
    return table;
}

} // namespace

AlertEvaluator::AlertEvaluator()
    : AlertEvaluator(Options())
{
}

AlertEvaluator::AlertEvaluator(Options options, Clock clock)
    : m_options(options)
    , m_clock(std::move(clock))
{
    m_options.flapThreshold = std::clamp(m_options.flapThreshold, 1, kFlapRing - 1);
    serviceIndex(QString()); // index 0: the total
}

int AlertEvaluator::serviceIndex(const QString &service)
{
    const auto it = m_serviceIds.constFind(service);
    if (it != m_serviceIds.cend())
        return it.value();
    const int index = int(m_serviceNames.size());
    m_serviceIds.insert(service, index);
    m_serviceNames.push_back(service);
    return index;
}

void AlertEvaluator::setRules(const QList<AlertRule> &rules)
{
    std::vector<Entry> previous = std::move(m_entries);
    const QHash<QString, int> previousByName = std::move(m_entryByName);
    m_entries.clear();
    m_entryByName.clear();
    m_ruleList = rules;
    m_entries.reserve(size_t(rules.size()));
    for (const AlertRule &rule : rules) {
        Entry entry;
        entry.rule = rule;
        entry.summary = rule.prepared(rule.summary);
        entry.valid = rule.validate().isEmpty();
        entry.metricIndex = int(rule.metric);
        entry.serviceIndex = rule.scope == AlertRule::Scope::Service ? serviceIndex(rule.service) : 0;
        // The same rule (name and definition, whatever its id) keeps its alerts.
        const auto old = previousByName.constFind(rule.name);
        if (old != previousByName.cend()) {
            AlertRule before = previous[size_t(old.value())].rule;
            before.id = rule.id;
            if (before == rule)
                entry.slots = std::move(previous[size_t(old.value())].slots);
        }
        if (entry.slots.empty())
            entry.slots.resize(1);
        m_entryByName.insert(rule.name, int(m_entries.size()));
        m_entries.push_back(std::move(entry));
    }
}

AlertEvaluator::Slot *AlertEvaluator::slotOf(const QString &ruleName, const QString &service)
{
    const auto it = m_entryByName.constFind(ruleName);
    if (it == m_entryByName.cend())
        return nullptr;
    Entry &entry = m_entries[size_t(it.value())];
    if (entry.rule.scope != AlertRule::Scope::EachService)
        return (entry.rule.scope == AlertRule::Scope::Service) == !service.isEmpty() ? &entry.slots[0] : nullptr;
    if (service.isEmpty())
        return nullptr;
    const size_t index = size_t(serviceIndex(service));
    if (entry.slots.size() <= index)
        entry.slots.resize(m_serviceNames.size());
    return &entry.slots[index];
}

const AlertEvaluator::Slot *AlertEvaluator::slotOf(const QString &ruleName, const QString &service) const
{
    const auto it = m_entryByName.constFind(ruleName);
    if (it == m_entryByName.cend())
        return nullptr;
    const Entry &entry = m_entries[size_t(it.value())];
    if (entry.rule.scope != AlertRule::Scope::EachService)
        return &entry.slots[0];
    const auto id = m_serviceIds.constFind(service);
    if (id == m_serviceIds.cend() || size_t(id.value()) >= entry.slots.size())
        return nullptr;
    return &entry.slots[size_t(id.value())];
}

void AlertEvaluator::restore(const QList<AlertInstanceState> &states)
{
    for (const AlertInstanceState &state : states) {
        Slot *slot = slotOf(state.ruleName, state.service);
        if (!slot)
            continue; // the rule is gone
        slot->state = state.state;
        slot->activeSince = state.activeSinceMs;
        slot->firedAt = state.firedAtMs;
        slot->clearSince = state.clearSinceMs;
        slot->value = state.value;
        slot->changed = state.changedMs;
    }
}

const AlertRule *AlertEvaluator::rule(const QString &ruleName) const
{
    const auto it = m_entryByName.constFind(ruleName);
    return it == m_entryByName.cend() ? nullptr : &m_entries[size_t(it.value())].rule;
}

void AlertEvaluator::index(const MetricsSnapshot &snapshot)
{
    // Services first, so the table is sized once.
    m_cycleServices.clear();
    const auto note = [this](const QString &service) {
        const int index = serviceIndex(service);
        if (size_t(index) >= m_inCycle.size())
            m_inCycle.resize(m_serviceNames.size(), 0);
        if (index != 0 && !m_inCycle[size_t(index)]) {
            m_inCycle[size_t(index)] = 1;
            m_cycleServices.push_back(index);
        }
        return index;
    };
    for (const ServiceState &state : snapshot.services)
        note(state.service);
    const size_t cells = m_serviceNames.size() * size_t(kDerivedMetricCount);
    m_values.assign(cells, qQNaN());
    m_presence.assign(cells, Absent);
    const QHash<QString, int> &metrics = metricIndexes();
    const auto put = [&](const MetricValue &value, Presence presence) {
        if (!value.peer.isEmpty())
            return; // rules watch services and the total, not single peers
        const auto metric = metrics.constFind(value.metric);
        if (metric == metrics.cend())
            return;
        const int service = note(value.service);
        const size_t cell = size_t(service) * size_t(kDerivedMetricCount) + size_t(metric.value());
        if (cell >= m_values.size()) {
            m_values.resize(m_serviceNames.size() * size_t(kDerivedMetricCount), qQNaN());
            m_presence.resize(m_values.size(), Absent);
        }
        if (m_presence[cell] >= presence)
            return;
        m_presence[cell] = presence;
        m_values[cell] = value.value;
    };
    for (const MetricValue &value : snapshot.values)
        put(value, Current);
    for (const MetricValue &value : snapshot.staleValues)
        put(value, Stale);
    for (int service : m_cycleServices)
        m_inCycle[size_t(service)] = 0; // reset for the next cycle
}

AlertEvaluator::Cycle AlertEvaluator::evaluate(const MetricsSnapshot &snapshot)
{
    Cycle cycle;
    cycle.nowMs = m_clock ? m_clock() : snapshot.timestampMs;
    index(snapshot);
    m_evaluated = 0;
    for (Entry &entry : m_entries) {
        if (!entry.rule.enabled)
            continue;
        if (entry.rule.scope != AlertRule::Scope::EachService) {
            step(entry, entry.slots[0], entry.serviceIndex, cycle.nowMs, cycle);
            continue;
        }
        if (entry.slots.size() < m_serviceNames.size())
            entry.slots.resize(m_serviceNames.size());
        for (int service : m_cycleServices)
            step(entry, entry.slots[size_t(service)], service, cycle.nowMs, cycle);
    }
    return cycle;
}

void AlertEvaluator::step(Entry &entry, Slot &slot, int service, qint64 now, Cycle &cycle)
{
    const size_t cell = size_t(service) * size_t(kDerivedMetricCount) + size_t(entry.metricIndex);
    const quint8 presence = cell < m_presence.size() ? m_presence[cell] : quint8(Absent);
    if (entry.rule.scope == AlertRule::Scope::EachService && presence == Absent && slot.state == AlertState::Inactive)
        return; // the service does not have this metric at all: no alert for it
    ++m_evaluated;
    const AlertRule &rule = entry.rule;
    const double value = presence == Current ? m_values[cell] : qQNaN();
    slot.value = value;

    if (slot.flapping && changesInWindow(slot, now) <= m_options.flapThreshold / 2) {
        slot.flapping = false;
        cycle.flappingChanged.append({rule.name, m_serviceNames[size_t(service)]});
    }

    AlertState next = slot.state;
    if (!entry.valid || (presence == Current && !std::isfinite(value))) {
        next = AlertState::Error;
    } else if (presence != Current) {
        next = AlertState::NoData;
    } else {
        const bool breach = rule.breaches(value);
        switch (slot.state) {
        case AlertState::NoData:
        case AlertState::Error:
            // A gap, not a recovery: go on from where the alert was before it.
            if (slot.firedAt != 0) {
                next = rule.clears(value) ? AlertState::Resolved : AlertState::Firing;
                break;
            }
            if (slot.activeSince != 0 && breach) {
                next = now - slot.activeSince >= rule.forMs ? AlertState::Firing : AlertState::Pending;
                break;
            }
            [[fallthrough]];
        case AlertState::Inactive:
        case AlertState::Resolved:
            if (breach) {
                slot.activeSince = now;
                slot.firedAt = 0;
                slot.clearSince = 0;
                next = rule.forMs <= 0 ? AlertState::Firing : AlertState::Pending;
            } else {
                next = slot.state == AlertState::Resolved ? AlertState::Resolved : AlertState::Inactive;
            }
            break;
        case AlertState::Pending:
            if (!breach)
                next = AlertState::Inactive;
            else if (now - slot.activeSince >= rule.forMs)
                next = AlertState::Firing;
            break;
        case AlertState::Firing:
            if (!rule.clears(value)) {
                slot.clearSince = 0;
            } else {
                if (slot.clearSince == 0)
                    slot.clearSince = now;
                if (now - slot.clearSince >= rule.keepFiringForMs)
                    next = AlertState::Resolved;
            }
            break;
        }
    }
    if (next != slot.state)
        transition(entry, slot, service, next, now, cycle);
}

void AlertEvaluator::transition(const Entry &entry, Slot &slot, int service, AlertState to, qint64 now, Cycle &cycle)
{
    const AlertState from = slot.state;
    if (to == AlertState::Firing && slot.firedAt == 0)
        slot.firedAt = now;
    if (to == AlertState::Firing || to == AlertState::Pending)
        slot.clearSince = 0;
    slot.state = to;
    slot.changed = now;

    if (!slot.flaps)
        slot.flaps = std::make_unique<FlapRing>();
    FlapRing &flaps = *slot.flaps;
    flaps.changes[flaps.head] = now;
    flaps.head = quint8((flaps.head + 1) % kFlapRing);
    flaps.count = quint8(std::min<int>(flaps.count + 1, kFlapRing));
    const QString &serviceName = m_serviceNames[size_t(service)];
    if (!slot.flapping && changesInWindow(slot, now) > m_options.flapThreshold) {
        slot.flapping = true;
        cycle.flappingChanged.append({entry.rule.name, serviceName});
    }

    AlertTransition t;
    t.ruleName = entry.rule.name;
    t.service = serviceName;
    t.severity = entry.rule.severity;
    t.from = from;
    t.to = to;
    t.atMs = now;
    t.value = slot.value;
    t.threshold = entry.rule.threshold;
    t.activeSinceMs = slot.activeSince;
    t.firedAtMs = slot.firedAt;
    t.summary = entry.rule.fill(entry.summary, serviceName, slot.value);
    t.flapping = slot.flapping;
    cycle.transitions.append(std::move(t));

    // After the record: an alert that is over forgets when it began.
    if (to == AlertState::Inactive) {
        slot.activeSince = 0;
        slot.firedAt = 0;
    }
}

int AlertEvaluator::changesInWindow(const Slot &slot, qint64 now) const
{
    if (!slot.flaps)
        return 0;
    int count = 0;
    for (int i = 0; i < slot.flaps->count; ++i) {
        if (now - slot.flaps->changes[size_t(i)] < m_options.flapWindowMs)
            ++count;
    }
    return count;
}

QList<AlertInstanceState> AlertEvaluator::states() const
{
    QList<AlertInstanceState> out;
    for (const Entry &entry : m_entries) {
        for (size_t i = 0; i < entry.slots.size(); ++i) {
            const Slot &slot = entry.slots[i];
            if (slot.state == AlertState::Inactive)
                continue;
            AlertInstanceState state;
            state.ruleName = entry.rule.name;
            state.service = entry.rule.scope == AlertRule::Scope::EachService ? m_serviceNames[i]
                          : entry.rule.scope == AlertRule::Scope::Service     ? entry.rule.service
                                                                               : QString();
            state.state = slot.state;
            state.activeSinceMs = slot.activeSince;
            state.firedAtMs = slot.firedAt;
            state.clearSinceMs = slot.clearSince;
            state.value = slot.value;
            state.changedMs = slot.changed;
            out.append(state);
        }
    }
    return out;
}

bool AlertEvaluator::isFlapping(const QString &ruleName, const QString &service) const
{
    const Slot *slot = slotOf(ruleName, service);
    return slot && slot->flapping;
}

} // namespace payops
