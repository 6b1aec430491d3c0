#pragma once

#include "models/alerts/alertrule.h"
#include "models/alerts/alertstate.h"
#include "models/metrics/derivedmetric.h"
#include "models/metrics/metricssnapshot.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <memory>
#include <vector>

namespace payops {

// Evaluates alert rules against MetricsSnapshots and keeps, per rule and scope (a service, or the
// total), the state machine of AlertState:
//
//   Inactive/Resolved --breach--> Pending --breach held `for`--> Firing --recovered (below the
//   clear threshold, then keep_firing_for more)--> Resolved; Pending --no breach--> Inactive.
//   `for` 0 fires at once. Any state --no current value--> NoData; a rule that does not validate
//   or a value that is not a number --> Error.
//
// NoData is a gap, not a recovery: it remembers when the alert began and fired, so an alert whose
// data comes back still breaching is Firing since its real start again (and one that was pending
// goes on pending from its start), and one whose data comes back quiet is Resolved.
//
// Scopes: Service evaluates one service (NoData while the snapshot has no current value for it);
// Total evaluates the snapshot's service-less value; EachService evaluates every service the
// snapshot has the metric for, currently or stale (a down service's values are stale: NoData), so
// a service without node_exporter never gets host-memory alerts.
//
// Flapping: an alert that changed state more than `flapThreshold` times in `flapWindowMs` is
// flapping until its changes in the window fall to half that; it is reported in Cycle so
// notifications can be held meanwhile.
//
// Cost: one pass over the snapshot's values into a flat table (metric x service), then O(1) per
// rule and scope, no allocation unless something changes. Not thread-safe and no QObject: it lives
// in the AlertWorker on the alerts thread (or in a test, or payopsctl).
class AlertEvaluator final
{
public:
    using Clock = std::function<qint64()>;

    struct Options
    {
        qint64 flapWindowMs = 10 * 60 * 1000;
        int flapThreshold = 6; // at most 31
    };

    struct Cycle
    {
        qint64 nowMs = 0;
        QList<AlertTransition> transitions;
        // Alerts whose flapping started or ended in this cycle: (rule name, service).
        QList<std::pair<QString, QString>> flappingChanged;
    };

    // `clock` gives the evaluation time; without one, the time of each snapshot is used.
    AlertEvaluator();
    explicit AlertEvaluator(Options options, Clock clock = {});

    // Replaces the rules. Alerts of rules that keep their name and definition keep their state;
    // the others start Inactive.
    void setRules(const QList<AlertRule> &rules);
    [[nodiscard]] const QList<AlertRule> &rules() const { return m_ruleList; }
    // States persisted before a restart, matched to the current rules by name (unknown ones are
    // dropped): an alert that was firing goes on firing since its real start.
    void restore(const QList<AlertInstanceState> &states);

    Cycle evaluate(const MetricsSnapshot &snapshot);

    // Every alert not Inactive, rule by rule.
    [[nodiscard]] QList<AlertInstanceState> states() const;
    [[nodiscard]] bool isFlapping(const QString &ruleName, const QString &service) const;
    // The rule of that name (nullptr if none).
    [[nodiscard]] const AlertRule *rule(const QString &ruleName) const;
    // Alerts evaluated in the last cycle (for the benchmark).
    [[nodiscard]] qsizetype lastEvaluatedCount() const { return m_evaluated; }

private:
    static constexpr int kFlapRing = 32;

    // The last state changes of one alert, for flapping: made at its first change (most alerts never
    // change), kept apart so that the slots every cycle walks stay small.
    struct FlapRing
    {
        quint8 count = 0; // valid entries in `changes`
        quint8 head = 0;  // next write position
        std::array<qint64, kFlapRing> changes{};
    };

    struct Slot
    {
        AlertState state = AlertState::Inactive;
        bool flapping = false;
        qint64 activeSince = 0;
        qint64 firedAt = 0;
        qint64 clearSince = 0;
        qint64 changed = 0;
        double value = qQNaN();
        std::unique_ptr<FlapRing> flaps;
    };

    struct Entry
    {
        AlertRule rule;
        QString summary; // rule.prepared(rule.summary): a transition only fills the service and the value
        bool valid = true;
        int metricIndex = 0;
        int serviceIndex = 0;     // Scope::Service: the service's index; Total: 0
        std::vector<Slot> slots;  // EachService: by service index; otherwise one
    };

    enum Presence : quint8 { Absent = 0, Stale = 1, Current = 2 };

    int serviceIndex(const QString &service);
    void index(const MetricsSnapshot &snapshot);
    void step(Entry &entry, Slot &slot, int service, qint64 now, Cycle &cycle);
    void transition(const Entry &entry, Slot &slot, int service, AlertState to, qint64 now, Cycle &cycle);
    int changesInWindow(const Slot &slot, qint64 now) const;
    Slot *slotOf(const QString &ruleName, const QString &service);
    const Slot *slotOf(const QString &ruleName, const QString &service) const;

    Options m_options;
    Clock m_clock;
    QList<AlertRule> m_ruleList;
    std::vector<Entry> m_entries;
    QHash<QString, int> m_entryByName;

    // Services by index; index 0 is the total (""). Indexes are never reused.
    QHash<QString, int> m_serviceIds;
    std::vector<QString> m_serviceNames;
    // This cycle: values[service * kDerivedMetricCount + metric] and their presence.
    std::vector<double> m_values;
    std::vector<quint8> m_presence;
    std::vector<int> m_cycleServices; // services (not the total) the snapshot knows
    std::vector<quint8> m_inCycle;    // by service index
    qsizetype m_evaluated = 0;
};

} // namespace payops
