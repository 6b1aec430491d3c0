#include "models/alerts/alertrule.h"

#include "models/alerts/shippedruletexts.h"

#include "models/metrics/derivedmetriccatalog.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace payops {

namespace {

struct ComparisonEntry
{
    AlertRule::Comparison comparison;
    const char *symbol;
};

constexpr ComparisonEntry kComparisons[] = {
    {AlertRule::Comparison::Greater, ">"},     {AlertRule::Comparison::GreaterOrEqual, ">="},
    {AlertRule::Comparison::Less, "<"},        {AlertRule::Comparison::LessOrEqual, "<="},
    {AlertRule::Comparison::Equal, "=="},      {AlertRule::Comparison::NotEqual, "!="},
};

// One day: longer pending or keep-firing periods are a typo, not a rule.
constexpr qint64 kMaxPeriodMs = 24LL * 3600 * 1000;

} // namespace

bool AlertRule::compare(double value, double line) const
{
    switch (comparison) {
    case Comparison::Greater: return value > line;
    case Comparison::GreaterOrEqual: return value >= line;
    case Comparison::Less: return value < line;
    case Comparison::LessOrEqual: return value <= line;
    case Comparison::Equal: return value == line;
    case Comparison::NotEqual: return value != line;
    }
    return false;
}

QStringList AlertRule::validate() const
{
    QStringList problems;
    if (!isValidName(name))
        problems.append(tr("the name \"%1\" must start with a letter and hold only letters, digits and \"_\"").arg(name));
    if (scope == Scope::Service && service.trimmed().isEmpty())
        problems.append(tr("a rule for one service needs the service's name"));
    if (scope != Scope::Service && !service.isEmpty())
        problems.append(tr("only a rule for one service names a service"));
    if (!std::isfinite(threshold))
        problems.append(tr("the threshold must be a number"));
    if (!unit.isEmpty() && !DerivedMetricCatalog::thresholdUnits(metric).contains(unit))
        problems.append(tr("\"%1\" is not a unit of %2; use one of: %3")
                            .arg(unit, metricName(), DerivedMetricCatalog::thresholdUnits(metric).join(u", "_s)));
    if (clearThreshold) {
        if (!std::isfinite(*clearThreshold))
            problems.append(tr("the clear threshold must be a number"));
        else if (comparison == Comparison::Equal || comparison == Comparison::NotEqual)
            problems.append(tr("a clear threshold needs a comparison of <, <=, > or >="));
        else if (compare(*clearThreshold, threshold) && *clearThreshold != threshold)
            problems.append(tr("the clear threshold %1 must be on the quiet side of the threshold %2")
                                .arg(thresholdText(*clearThreshold), thresholdText(threshold)));
    }
    if (forMs < 0 || forMs > kMaxPeriodMs)
        problems.append(tr("the pending period must be between 0 and 24 hours"));
    if (keepFiringForMs < 0 || keepFiringForMs > kMaxPeriodMs)
        problems.append(tr("keep firing for must be between 0 and 24 hours"));
    static const QRegularExpression labelName(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (!labelName.match(it.key()).hasMatch() || it.key().startsWith(u"__"_s))
            problems.append(tr("the label name \"%1\" must start with a letter and hold only letters, digits and \"_\"")
                                .arg(it.key()));
        else if (it.key() == u"alertname"_s || it.key() == u"severity"_s || it.key() == u"service"_s)
            problems.append(tr("the label \"%1\" is set by the console itself").arg(it.key()));
    }
    if (summary.trimmed().isEmpty())
        problems.append(tr("the summary must not be empty"));
    return problems;
}

double AlertRule::inUnit(double canonical) const
{
    if (unit.isEmpty())
        return canonical;
    const std::optional<double> one = DerivedMetricCatalog::toCanonical(metric, 1.0, unit);
    // Rounded to 12 digits: 0.8 / 0.001 reads back as 800, not 800.0000000000001.
    return one && *one != 0 ? QString::number(canonical / *one, 'g', 12).toDouble() : canonical;
}

QString AlertRule::thresholdText(double canonical) const
{
    if (unit.isEmpty() || unit == u"ratio"_s || unit == u"bool"_s || unit == u"count"_s)
        return DerivedMetricCatalog::metric(metric).format(canonical, QLocale::c());
    return QLocale::c().toString(inUnit(canonical), 'g', 6) + (unit == u"%"_s ? QString() : u" "_s) + unit;
}

QString AlertRule::expand(const QString &text, const QString &serviceName, double value) const
{
    return fill(prepared(text), serviceName, value);
}

QString AlertRule::prepared(const QString &text) const
{
    QString out = ShippedRuleTexts::translated(text); // a shipped rule's text in the operator's language
    out.replace(u"{threshold}"_s, thresholdText(threshold));
    if (scope != Scope::EachService)
        out.replace(u"{service}"_s, service.isEmpty() ? tr("all services") : service);
    return out;
}

QString AlertRule::fill(const QString &preparedText, const QString &serviceName, double value) const
{
    QString out = preparedText;
    if (out.contains(u"{service}"_s))
        out.replace(u"{service}"_s, serviceName.isEmpty() ? tr("all services") : serviceName);
    if (out.contains(u"{value}"_s))
        out.replace(u"{value}"_s, DerivedMetricCatalog::metric(metric).format(value, QLocale::c()));
    return out;
}

QString AlertRule::metricName() const
{
    return DerivedMetricCatalog::name(metric);
}

QString AlertRule::comparisonSymbol(Comparison comparison)
{
    for (const ComparisonEntry &entry : kComparisons) {
        if (entry.comparison == comparison)
            return QString::fromLatin1(entry.symbol);
    }
    return {};
}

std::optional<AlertRule::Comparison> AlertRule::comparisonFromSymbol(QStringView symbol)
{
    for (const ComparisonEntry &entry : kComparisons) {
        if (symbol == QLatin1String(entry.symbol))
            return entry.comparison;
    }
    return std::nullopt;
}

QString AlertRule::scopeKey(Scope scope)
{
    switch (scope) {
    case Scope::Service: return u"service"_s;
    case Scope::EachService: return u"each_service"_s;
    case Scope::Total: return u"total"_s;
    }
    return {};
}

std::optional<AlertRule::Scope> AlertRule::scopeFromKey(QStringView key)
{
    for (Scope scope : {Scope::Service, Scope::EachService, Scope::Total}) {
        if (key == scopeKey(scope))
            return scope;
    }
    return std::nullopt;
}

QString AlertRule::severityKey(Severity severity)
{
    return severity == Severity::Critical ? u"critical"_s : u"warning"_s;
}

std::optional<AlertRule::Severity> AlertRule::severityFromKey(QStringView key)
{
    if (key == u"critical")
        return Severity::Critical;
    if (key == u"warning")
        return Severity::Warning;
    return std::nullopt;
}

QString AlertRule::severityTitle(Severity severity)
{
    return severity == Severity::Critical ? tr("Critical") : tr("Warning");
}

bool AlertRule::isValidName(QStringView name)
{
    static const QRegularExpression re(u"^[A-Za-z][A-Za-z0-9_]*$"_s);
    return re.match(name.toString()).hasMatch();
}

} // namespace payops
