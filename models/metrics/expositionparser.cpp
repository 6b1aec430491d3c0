#include "models/metrics/expositionparser.h"

#include "models/metrics/scrapeerrortext.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QVarLengthArray>

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace payops {

namespace {

// Character classes of the format, looked up once per byte.
enum CharClass : quint8 {
    MetricStart = 1, // [a-zA-Z_:]
    MetricChar = 2,  // [a-zA-Z0-9_:]
    LabelStart = 4,  // [a-zA-Z_]
    LabelChar = 8,   // [a-zA-Z0-9_]
    Blank = 16,      // ' ' '\t'
    Digit = 32,
};

constexpr std::array<quint8, 256> makeClasses()
{
    std::array<quint8, 256> t{};
    for (int c = 0; c < 256; ++c) {
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool digit = c >= '0' && c <= '9';
        quint8 v = 0;
        if (alpha || c == '_' || c == ':')
            v |= MetricStart | MetricChar;
        if (digit)
            v |= MetricChar | LabelChar | Digit;
        if (alpha || c == '_')
            v |= LabelStart | LabelChar;
        if (c == ' ' || c == '\t')
            v |= Blank;
        t[size_t(c)] = v;
    }
    return t;
}
constexpr std::array<quint8, 256> kClasses = makeClasses();

inline bool is(char c, quint8 cls) { return kClasses[quint8(c)] & cls; }

inline QByteArrayView view(const char *b, const char *e) { return QByteArrayView(b, e - b); }

inline bool equals(QByteArrayView a, const char *lit, qsizetype n)
{
    return a.size() == n && std::memcmp(a.data(), lit, size_t(n)) == 0;
}

// Offending input quoted in messages, shortened so a megabyte of garbage does not become the message,
// its control bytes escaped so it cannot rewrite a log line or a terminal.
QString quoted(QByteArrayView text)
{
    constexpr qsizetype maxShown = 40;
    QString s = ScrapeErrorText::printable(QString::fromUtf8(text.first(std::min(text.size(), maxShown))));
    if (text.size() > maxShown)
        s += QChar(0x2026);
    return QLatin1Char('"') + s + QLatin1Char('"');
}

// Exact powers of ten for Clinger's fast path: m * 10^e is correctly rounded when m < 2^53 and
// |e| <= 22, because both operands are exact doubles and IEEE multiplication rounds once.
constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// Go's strconv.ParseFloat syntax as used by the format: decimal with optional exponent, Inf,
// +Inf, -Inf, Infinity and NaN (case-insensitive); no hex, no underscores.
bool parseDouble(const char *b, const char *e, double &out)
{
    if (b == e)
        return false;
    const char *p = b;
    bool negative = false;
    if (*p == '-' || *p == '+') {
        negative = *p == '-';
        ++p;
    }
    quint64 mantissa = 0;
    int significant = 0;
    int exp10 = 0;
    bool anyDigit = false;
    bool fast = true;
    while (p < e && is(*p, Digit)) {
        anyDigit = true;
        if (mantissa != 0 || *p != '0') {
            if (++significant > 19)
                fast = false;
            mantissa = mantissa * 10 + quint64(*p - '0');
        }
        ++p;
    }
    if (p < e && *p == '.') {
        ++p;
        while (p < e && is(*p, Digit)) {
            anyDigit = true;
            if (mantissa != 0 || *p != '0') {
                if (++significant > 19)
                    fast = false;
                mantissa = mantissa * 10 + quint64(*p - '0');
            }
            --exp10;
            ++p;
        }
    }
    if (anyDigit && p < e && (*p == 'e' || *p == 'E')) {
        ++p;
        bool expNegative = false;
        if (p < e && (*p == '-' || *p == '+')) {
            expNegative = *p == '-';
            ++p;
        }
        if (p == e || !is(*p, Digit))
            return false;
        int exponent = 0;
        while (p < e && is(*p, Digit)) {
            if (exponent < 100000)
                exponent = exponent * 10 + (*p - '0');
            ++p;
        }
        exp10 += expNegative ? -exponent : exponent;
    }
    if (anyDigit && p == e && fast && mantissa <= (quint64(1) << 53) && exp10 >= -22 && exp10 <= 22) {
        double v = double(mantissa);
        v = exp10 < 0 ? v / kPow10[-exp10] : v * kPow10[exp10];
        out = negative ? -v : v;
        return true;
    }

    // Slow path: long mantissas, huge exponents, Inf/NaN. from_chars (libstdc++ 12) is correctly
    // rounded but accepts neither a leading '+' nor is as strict as Go about NaN.
    const char *start = (*b == '+') ? b + 1 : b;
    if (*b == '+' && (start == e || *start == '+' || *start == '-'))
        return false;
    double v = 0.0;
    const auto [end, ec] = std::from_chars(start, e, v, std::chars_format::general);
    if (end != e)
        return false;
    if (ec == std::errc::result_out_of_range) {
        // Like Go's ParseFloat: overflow is an error, underflow rounds to zero. The value is
        // 0.d1d2... * 10^(significant + exp10).
        if (significant + exp10 > 0)
            return false;
        v = negative ? -0.0 : 0.0;
    } else if (ec != std::errc()) {
        return false;
    }
    if (std::isnan(v)) {
        // Go accepts "NaN" in any case but not signed or with a payload "nan(...)".
        if (e - b != 3)
            return false;
    }
    out = v;
    return true;
}

bool parseTimestamp(const char *b, const char *e, qint64 &out)
{
    if (b < e && *b == '+')
        ++b;
    if (b == e || *b == '+')
        return false;
    const auto [end, ec] = std::from_chars(b, e, out);
    return ec == std::errc() && end == e;
}

struct FamilyState
{
    QByteArrayView name; // into the body
    bool typeSeen = false;
    bool helpSeen = false;
};

// One parse of one body. Pointers into the body stay valid for its lifetime.
class Run
{
public:
    Run(const ExpositionParser::Limits &limits, StringInterner &interner, QByteArrayView body,
        QList<MetricFamily> &families)
        : m_limits(limits)
        , m_interner(interner)
        , m_body(body)
        , m_families(families)
    {
    }

    std::optional<ParseError> run();

private:
    bool parseLine(const char *p, const char *end);
    bool parseComment(const char *p, const char *end);
    bool parseSample(const char *p, const char *end);
    bool parseLabels(const char *&p, const char *end, SampleKind kind, Sample &sample);

    int familyFor(QByteArrayView name, SampleKind &kind);
    bool belongsTo(int family, QByteArrayView name, SampleKind &kind) const;
    int findFamily(QByteArrayView name) const;
    int addFamily(QByteArrayView name, MetricType type);

    bool intern(QByteArrayView utf8, QString &out, const char *what);
    bool checkNameLength(QByteArrayView name)
    {
        if (name.size() <= m_limits.maxNameBytes)
            return true;
        return fail(QCoreApplication::translate("ExpositionParser", "metric name %1 longer than %2 bytes")
                        .arg(quoted(name))
                        .arg(m_limits.maxNameBytes));
    }
    bool fail(const QString &message)
    {
        m_error = ParseError{m_line, message};
        return false;
    }

    const ExpositionParser::Limits &m_limits;
    StringInterner &m_interner;
    QByteArrayView m_body;
    QList<MetricFamily> &m_families;
    std::vector<FamilyState> m_states;  // parallel to m_families
    std::vector<qint32> m_index;        // open addressing: family index + 1, 0 = empty
    size_t m_seed = QHashSeed::globalSeed();
    int m_current = -1;                 // family of the previous sample or comment
    int m_line = 0;
    qsizetype m_sampleCount = 0;
    QByteArray m_unescaped;             // scratch for values with escapes
    QVarLengthArray<Label, 16> m_labels; // scratch for the labels of one sample
    std::optional<ParseError> m_error;
};

std::optional<ParseError> Run::run()
{
    const char *p = m_body.data();
    const char *const bodyEnd = p + m_body.size();
    while (p < bodyEnd) {
        ++m_line;
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(bodyEnd - p)));
        const char *lineEnd = nl ? nl : bodyEnd;
        const char *end = lineEnd;
        if (end > p && end[-1] == '\r') // CRLF
            --end;
        if (!parseLine(p, end))
            return m_error;
        p = nl ? nl + 1 : bodyEnd;
    }
    return std::nullopt;
}

bool Run::parseLine(const char *p, const char *end)
{
    while (p < end && is(*p, Blank))
        ++p;
    if (p == end)
        return true; // empty line
    if (*p == '#')
        return parseComment(p + 1, end);
    return parseSample(p, end);
}

bool Run::parseComment(const char *p, const char *end)
{
    while (p < end && is(*p, Blank))
        ++p;
    const char *wordStart = p;
    while (p < end && !is(*p, Blank))
        ++p;
    const QByteArrayView word = view(wordStart, p);
    const bool isHelp = equals(word, "HELP", 4);
    if (!isHelp && !equals(word, "TYPE", 4))
        return true; // any other comment
    while (p < end && is(*p, Blank))
        ++p;

    const char *nameStart = p;
    if (p < end && is(*p, MetricStart)) {
        ++p;
        while (p < end && is(*p, MetricChar))
            ++p;
    }
    if (p == nameStart || (p < end && !is(*p, Blank))) {
        while (p < end && !is(*p, Blank))
            ++p;
        if (p == nameStart) {
            return fail(isHelp ? QCoreApplication::translate("ExpositionParser", "missing metric name after HELP")
                               : QCoreApplication::translate("ExpositionParser", "missing metric name after TYPE"));
        }
        return fail(QCoreApplication::translate("ExpositionParser", "invalid metric name %1")
                        .arg(quoted(view(nameStart, p))));
    }
    const QByteArrayView name = view(nameStart, p);
    if (!checkNameLength(name))
        return false;
    while (p < end && is(*p, Blank))
        ++p;

    int family = (m_current >= 0 && m_states[size_t(m_current)].name == name) ? m_current : findFamily(name);

    if (isHelp) {
        // Escapes in HELP: only \\ and \n.
        QByteArrayView text = view(p, end);
        if (std::memchr(p, '\\', size_t(end - p))) {
            m_unescaped.clear();
            for (const char *q = p; q < end; ++q) {
                if (*q != '\\') {
                    m_unescaped.append(*q);
                    continue;
                }
                if (++q == end)
                    return fail(QCoreApplication::translate("ExpositionParser", "HELP text ends with a lone backslash"));
                if (*q == '\\')
                    m_unescaped.append('\\');
                else if (*q == 'n')
                    m_unescaped.append('\n');
                else
                    return fail(QCoreApplication::translate("ExpositionParser", "unknown escape sequence %1 in HELP text")
                                    .arg(quoted(view(q - 1, q + 1))));
            }
            text = m_unescaped;
        }
        if (text.size() > m_limits.maxHelpBytes)
            return fail(QCoreApplication::translate("ExpositionParser", "HELP text of metric %1 longer than %2 bytes")
                            .arg(QString::fromLatin1(name))
                            .arg(m_limits.maxHelpBytes));
        QString help;
        if (!intern(text, help, "HELP text"))
            return false;
        if (family < 0) {
            if ((family = addFamily(name, MetricType::Untyped)) < 0)
                return false;
        } else if (m_states[size_t(family)].helpSeen) {
            return fail(QCoreApplication::translate("ExpositionParser", "duplicate HELP for metric %1")
                            .arg(QString::fromLatin1(name)));
        }
        m_states[size_t(family)].helpSeen = true;
        m_families[family].help = help;
        m_current = family;
        return true;
    }

    const char *typeStart = p;
    while (p < end && !is(*p, Blank))
        ++p;
    const QByteArrayView typeWord = view(typeStart, p);
    while (p < end && is(*p, Blank))
        ++p;
    if (p < end)
        return fail(QCoreApplication::translate("ExpositionParser", "unexpected text %1 after metric type")
                        .arg(quoted(view(p, end))));
    MetricType type;
    if (equals(typeWord, "counter", 7))
        type = MetricType::Counter;
    else if (equals(typeWord, "gauge", 5))
        type = MetricType::Gauge;
    else if (equals(typeWord, "histogram", 9))
        type = MetricType::Histogram;
    else if (equals(typeWord, "summary", 7))
        type = MetricType::Summary;
    else if (equals(typeWord, "untyped", 7))
        type = MetricType::Untyped;
    else if (typeWord.isEmpty())
        return fail(QCoreApplication::translate("ExpositionParser", "missing metric type for metric %1")
                        .arg(QString::fromLatin1(name)));
    else
        return fail(QCoreApplication::translate("ExpositionParser", "unknown metric type %1 for metric %2")
                        .arg(quoted(typeWord), QString::fromLatin1(name)));

    if (family < 0) {
        if ((family = addFamily(name, type)) < 0)
            return false;
    } else {
        FamilyState &state = m_states[size_t(family)];
        if (state.typeSeen)
            return fail(QCoreApplication::translate("ExpositionParser", "duplicate TYPE for metric %1")
                            .arg(QString::fromLatin1(name)));
        if (!m_families[family].samples.isEmpty())
            return fail(QCoreApplication::translate("ExpositionParser", "TYPE for metric %1 after its samples")
                            .arg(QString::fromLatin1(name)));
        m_families[family].type = type;
    }
    m_states[size_t(family)].typeSeen = true;
    m_current = family;
    return true;
}

bool Run::parseSample(const char *p, const char *end)
{
    const char *nameStart = p;
    if (is(*p, MetricStart)) {
        ++p;
        while (p < end && is(*p, MetricChar))
            ++p;
    }
    if (p == nameStart || (p < end && *p != '{' && !is(*p, Blank))) {
        while (p < end && *p != '{' && !is(*p, Blank))
            ++p;
        if (p == nameStart)
            return fail(QCoreApplication::translate("ExpositionParser", "missing metric name"));
        return fail(QCoreApplication::translate("ExpositionParser", "invalid metric name %1")
                        .arg(quoted(view(nameStart, p))));
    }
    const QByteArrayView name = view(nameStart, p);
    if (!checkNameLength(name))
        return false;

    SampleKind kind = SampleKind::Plain;
    const int family = familyFor(name, kind);
    if (family < 0)
        return false;
    MetricFamily &mf = m_families[family];
    if (mf.type == MetricType::Histogram && kind == SampleKind::Plain)
        return fail(QCoreApplication::translate("ExpositionParser",
                                                "sample %1 of histogram %2 lacks a _bucket, _sum or _count suffix")
                        .arg(QString::fromLatin1(name), mf.name));

    Sample sample;
    sample.kind = kind;
    if (name.size() == m_states[size_t(family)].name.size())
        sample.name = mf.name;
    else if (!intern(name, sample.name, "metric name"))
        return false;

    while (p < end && is(*p, Blank))
        ++p;
    if (p < end && *p == '{') {
        ++p;
        if (!parseLabels(p, end, kind, sample))
            return false;
        while (p < end && is(*p, Blank))
            ++p;
    }

    const char *valueStart = p;
    while (p < end && !is(*p, Blank))
        ++p;
    if (p == valueStart)
        return fail(QCoreApplication::translate("ExpositionParser", "missing value for metric %1")
                        .arg(QString::fromLatin1(name)));
    if (!parseDouble(valueStart, p, sample.value))
        return fail(QCoreApplication::translate("ExpositionParser", "invalid value %1")
                        .arg(quoted(view(valueStart, p))));

    while (p < end && is(*p, Blank))
        ++p;
    if (p < end) {
        const char *tsStart = p;
        while (p < end && !is(*p, Blank))
            ++p;
        qint64 ts = 0;
        if (!parseTimestamp(tsStart, p, ts))
            return fail(QCoreApplication::translate("ExpositionParser", "invalid timestamp %1")
                            .arg(quoted(view(tsStart, p))));
        sample.timestampMs = ts;
        while (p < end && is(*p, Blank))
            ++p;
        if (p < end)
            return fail(QCoreApplication::translate("ExpositionParser", "unexpected text %1 after timestamp")
                            .arg(quoted(view(p, end))));
    }

    if (++m_sampleCount > m_limits.maxSamples)
        return fail(QCoreApplication::translate("ExpositionParser", "more than %1 samples").arg(m_limits.maxSamples));
    mf.samples.append(std::move(sample));
    m_current = family;
    return true;
}

// p is just after '{'; on success it is just after '}'.
bool Run::parseLabels(const char *&p, const char *end, SampleKind kind, Sample &sample)
{
    m_labels.clear();
    bool sawBound = false; // "le" of a bucket or "quantile" of a summary sample
    for (;;) {
        while (p < end && is(*p, Blank))
            ++p;
        if (p == end)
            return fail(QCoreApplication::translate("ExpositionParser", "label set not closed with \"}\""));
        if (*p == '}') {
            ++p;
            break;
        }

        const char *nameStart = p;
        if (is(*p, LabelStart)) {
            ++p;
            while (p < end && is(*p, LabelChar))
                ++p;
        }
        if (p == nameStart || (p < end && *p != '=' && *p != ',' && *p != '}' && !is(*p, Blank))) {
            while (p < end && *p != '=' && *p != ',' && *p != '}' && !is(*p, Blank))
                ++p;
            if (p == nameStart)
                return fail(QCoreApplication::translate("ExpositionParser", "missing label name"));
            return fail(QCoreApplication::translate("ExpositionParser", "invalid label name %1")
                            .arg(quoted(view(nameStart, p))));
        }
        const QByteArrayView labelName = view(nameStart, p);
        if (labelName.size() > m_limits.maxLabelBytes)
            return fail(QCoreApplication::translate("ExpositionParser", "label name longer than %1 bytes")
                            .arg(m_limits.maxLabelBytes));
        if (equals(labelName, "__name__", 8))
            return fail(QCoreApplication::translate("ExpositionParser", "label name \"__name__\" is reserved"));

        while (p < end && is(*p, Blank))
            ++p;
        if (p == end || *p != '=')
            return fail(QCoreApplication::translate("ExpositionParser", "expected \"=\" after label name %1")
                            .arg(quoted(labelName)));
        ++p;
        while (p < end && is(*p, Blank))
            ++p;
        if (p == end || *p != '"')
            return fail(QCoreApplication::translate("ExpositionParser", "label value not quoted (label %1)")
                            .arg(quoted(labelName)));
        ++p;

        // Fast path: no escapes, the value is a slice of the body.
        const char *valueStart = p;
        while (p < end && *p != '"' && *p != '\\')
            ++p;
        if (p == end)
            return fail(QCoreApplication::translate("ExpositionParser", "unterminated label value (label %1)")
                            .arg(quoted(labelName)));
        QByteArrayView value = view(valueStart, p);
        if (*p == '\\') {
            m_unescaped.clear();
            m_unescaped.append(value.data(), value.size());
            for (;;) {
                if (p == end)
                    return fail(QCoreApplication::translate("ExpositionParser", "unterminated label value (label %1)")
                                    .arg(quoted(labelName)));
                const char c = *p;
                if (c == '"')
                    break;
                if (c != '\\') {
                    m_unescaped.append(c);
                    ++p;
                    continue;
                }
                if (++p == end)
                    return fail(QCoreApplication::translate("ExpositionParser", "unterminated label value (label %1)")
                                    .arg(quoted(labelName)));
                if (*p == '\\' || *p == '"')
                    m_unescaped.append(*p);
                else if (*p == 'n')
                    m_unescaped.append('\n');
                else
                    return fail(QCoreApplication::translate("ExpositionParser",
                                                            "unknown escape sequence %1 in label value")
                                    .arg(quoted(view(p - 1, p + 1))));
                ++p;
            }
            value = m_unescaped;
        }
        ++p; // closing quote
        if (value.size() > m_limits.maxLabelBytes)
            return fail(QCoreApplication::translate("ExpositionParser", "value of label %1 longer than %2 bytes")
                            .arg(quoted(labelName))
                            .arg(m_limits.maxLabelBytes));

        if ((kind == SampleKind::Bucket && equals(labelName, "le", 2))
            || (kind == SampleKind::Quantile && equals(labelName, "quantile", 8))) {
            double bound = 0.0;
            if (!parseDouble(value.data(), value.data() + value.size(), bound))
                return fail(QCoreApplication::translate("ExpositionParser", "invalid %1 value %2")
                                .arg(QString::fromLatin1(labelName), quoted(value)));
            sawBound = true;
        }

        if (m_labels.size() >= m_limits.maxLabelsPerSample)
            return fail(QCoreApplication::translate("ExpositionParser", "more than %1 labels")
                            .arg(m_limits.maxLabelsPerSample));
        Label label;
        if (!intern(labelName, label.name, "label name") || !intern(value, label.value, "label value"))
            return false;
        for (const Label &other : std::as_const(m_labels)) {
            if (other.name == label.name)
                return fail(QCoreApplication::translate("ExpositionParser", "duplicate label name %1")
                                .arg(quoted(labelName)));
        }
        m_labels.append(std::move(label));

        while (p < end && is(*p, Blank))
            ++p;
        if (p == end)
            return fail(QCoreApplication::translate("ExpositionParser", "label set not closed with \"}\""));
        if (*p == ',') {
            ++p;
            continue;
        }
        if (*p == '}') {
            ++p;
            break;
        }
        return fail(QCoreApplication::translate("ExpositionParser", "expected \",\" or \"}\" after label value, found %1")
                        .arg(quoted(view(p, end))));
    }

    if (kind == SampleKind::Bucket && !sawBound)
        return fail(QCoreApplication::translate("ExpositionParser", "histogram bucket without \"le\" label"));
    if (kind == SampleKind::Quantile && !sawBound)
        return fail(QCoreApplication::translate("ExpositionParser", "summary sample without \"quantile\" label"));
    sample.labels.reserve(m_labels.size());
    for (Label &label : m_labels)
        sample.labels.append(std::move(label));
    return true;
}

bool Run::intern(QByteArrayView utf8, QString &out, const char *what)
{
    std::optional<QString> s = m_interner.intern(utf8);
    if (!s) {
        // what is one of a few fixed phrases; translate() sees them through QT_TRANSLATE_NOOP below.
        return fail(QCoreApplication::translate("ExpositionParser", "invalid UTF-8 in %1")
                        .arg(QCoreApplication::translate("ExpositionParser", what)));
    }
    out = std::move(*s);
    return true;
}

// Lets lupdate see the phrases passed as "what" to intern().
[[maybe_unused]] constexpr const char *kInternPhrases[] = {
    QT_TRANSLATE_NOOP("ExpositionParser", "HELP text"),
    QT_TRANSLATE_NOOP("ExpositionParser", "metric name"),
    QT_TRANSLATE_NOOP("ExpositionParser", "label name"),
    QT_TRANSLATE_NOOP("ExpositionParser", "label value"),
};

bool Run::belongsTo(int family, QByteArrayView name, SampleKind &kind) const
{
    const QByteArrayView base = m_states[size_t(family)].name;
    const MetricType type = m_families[family].type;
    if (name == base) {
        kind = type == MetricType::Summary ? SampleKind::Quantile : SampleKind::Plain;
        return true;
    }
    if (type != MetricType::Histogram && type != MetricType::Summary)
        return false;
    if (name.size() <= base.size() || !name.startsWith(base))
        return false;
    const QByteArrayView suffix = name.sliced(base.size());
    if (equals(suffix, "_sum", 4))
        kind = SampleKind::Sum;
    else if (equals(suffix, "_count", 6))
        kind = SampleKind::Count;
    else if (type == MetricType::Histogram && equals(suffix, "_bucket", 7))
        kind = SampleKind::Bucket;
    else
        return false;
    return true;
}

int Run::familyFor(QByteArrayView name, SampleKind &kind)
{
    // Samples of one family are almost always consecutive.
    if (m_current >= 0 && belongsTo(m_current, name, kind))
        return m_current;
    int family = findFamily(name);
    if (family >= 0 && belongsTo(family, name, kind))
        return family;
    for (QByteArrayView suffix : {QByteArrayView("_bucket"), QByteArrayView("_sum"), QByteArrayView("_count")}) {
        if (name.size() > suffix.size() && name.endsWith(suffix)) {
            family = findFamily(name.chopped(suffix.size()));
            if (family >= 0 && belongsTo(family, name, kind))
                return family;
            break;
        }
    }
    kind = SampleKind::Plain;
    return addFamily(name, MetricType::Untyped);
}

int Run::findFamily(QByteArrayView name) const
{
    if (m_index.empty())
        return -1;
    const size_t mask = m_index.size() - 1;
    for (size_t i = qHash(name, m_seed) & mask;; i = (i + 1) & mask) {
        const qint32 slot = m_index[i];
        if (slot == 0)
            return -1;
        if (m_states[size_t(slot - 1)].name == name)
            return slot - 1;
    }
}

// -1 (and the error set) past Limits::maxFamilies.
int Run::addFamily(QByteArrayView name, MetricType type)
{
    if (m_families.size() >= m_limits.maxFamilies) {
        fail(QCoreApplication::translate("ExpositionParser", "more than %1 metric families").arg(m_limits.maxFamilies));
        return -1;
    }
    const int family = int(m_families.size());
    MetricFamily mf;
    mf.type = type;
    // Names are validated ASCII, so interning cannot fail here.
    mf.name = m_interner.intern(name).value_or(QString());
    m_families.append(std::move(mf));
    m_states.push_back(FamilyState{name, false, false});

    if ((m_states.size()) * 2 > m_index.size()) {
        std::vector<qint32> index(m_index.empty() ? 512 : m_index.size() * 2, 0);
        const size_t mask = index.size() - 1;
        for (size_t f = 0; f < m_states.size(); ++f) {
            size_t i = qHash(m_states[f].name, m_seed) & mask;
            while (index[i] != 0)
                i = (i + 1) & mask;
            index[i] = qint32(f + 1);
        }
        m_index = std::move(index);
    } else {
        const size_t mask = m_index.size() - 1;
        size_t i = qHash(name, m_seed) & mask;
        while (m_index[i] != 0)
            i = (i + 1) & mask;
        m_index[i] = family + 1;
    }
    return family;
}

} // namespace

ExpositionParser::ExpositionParser()
    : ExpositionParser(Limits{})
{
}

ExpositionParser::ExpositionParser(const Limits &limits)
    : m_limits(limits)
{
}

ParseResult ExpositionParser::parse(QByteArrayView body)
{
    ParseResult result;
    if (body.size() > m_limits.maxBodyBytes) {
        result.error = ParseError{0, QCoreApplication::translate("ExpositionParser",
                                                                 "body of %1 bytes exceeds the limit of %2 bytes")
                                         .arg(body.size())
                                         .arg(m_limits.maxBodyBytes)};
        return result;
    }
    m_interner.trimIfFull();
    result.families.reserve(m_lastFamilyCount);
    Run run(m_limits, m_interner, body, result.families);
    result.error = run.run();
    if (result.error)
        result.families.clear();
    else
        m_lastFamilyCount = result.families.size();
    return result;
}

} // namespace payops
