#include "models/metrics/expositionparser.h"
#include "models/metrics/scrapeerrortext.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace payops;

namespace {

QString kindTag(SampleKind kind)
{
    switch (kind) {
    case SampleKind::Plain: return QString();
    case SampleKind::Bucket: return QStringLiteral(" (bucket)");
    case SampleKind::Sum: return QStringLiteral(" (sum)");
    case SampleKind::Count: return QStringLiteral(" (count)");
    case SampleKind::Quantile: return QStringLiteral(" (quantile)");
    }
    return QString();
}

QString valueText(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    if (v == 0 && std::signbit(v))
        return QStringLiteral("-0");
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

// Canonical text of a result, one line per family and per sample. Decoded strings are shown as
// they are, except a newline which shows as "⏎", so escapes in the input are visibly resolved.
QString dump(const ParseResult &result)
{
    if (!result.ok())
        return QStringLiteral("error: ") + result.error->toString();
    const auto shown = [](QString s) { return s.replace(QLatin1Char('\n'), QChar(0x23CE)); };
    QStringList lines;
    for (const MetricFamily &f : result.families) {
        lines << metricTypeName(f.type) + QLatin1Char(' ') + f.name
                + (f.help.isEmpty() ? QString() : QStringLiteral(" [") + shown(f.help) + QLatin1Char(']'));
        for (const Sample &s : f.samples) {
            QString line = QStringLiteral("  ") + s.name;
            if (!s.labels.isEmpty()) {
                QStringList labels;
                for (const Label &l : s.labels)
                    labels << l.name + QStringLiteral("=[") + shown(l.value) + QLatin1Char(']');
                line += QLatin1Char('{') + labels.join(QLatin1Char(',')) + QLatin1Char('}');
            }
            line += QLatin1Char(' ') + valueText(s.value);
            if (s.timestampMs)
                line += QStringLiteral(" @") + QString::number(*s.timestampMs);
            lines << line + kindTag(s.kind);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray readFixture(const QString &name)
{
    QFile file(QStringLiteral(PAYOPS_TEST_DATA_DIR "/exposition/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

int lineCount(const QByteArray &body)
{
    int n = int(body.count('\n'));
    if (!body.isEmpty() && !body.endsWith('\n'))
        ++n;
    return n;
}

} // namespace

class TestExpositionParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidInput_data();
    void parsesValidInput();
    void rejectsMalformedInput_data();
    void rejectsMalformedInput();
    void enforcesConfiguredLimits_data();
    void enforcesConfiguredLimits();
    void acceptsLabelsUpToTheDefaultLimits();
    void refusesHugeHelpDocumentsQuickly_data();
    void refusesHugeHelpDocumentsQuickly();
    void escapesControlCharactersInErrors_data();
    void escapesControlCharactersInErrors();
    void printableCapsAndIsIdempotent();
    void parsesRealExporterOutput_data();
    void parsesRealExporterOutput();
    void labelAccessors();
    void errorToString();
    void reusedParserSharesDecodedStrings();
    void reusedParserRecoversAfterError();
    void survivesTruncatedFixtures_data();
    void survivesTruncatedFixtures();
    void survivesMutatedFixtures_data();
    void survivesMutatedFixtures();
};

void TestExpositionParser::parsesValidInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty body") << QByteArray() << QString();
    QTest::newRow("only comments") << QByteArray("# just a comment\n#\n# another one\n") << QString();
    QTest::newRow("counter with help")
        << QByteArray("# HELP requests_total Total requests.\n# TYPE requests_total counter\nrequests_total 1027\n")
        << QStringLiteral("counter requests_total [Total requests.]\n  requests_total 1027");
    QTest::newRow("gauge")
        << QByteArray("# TYPE temperature gauge\ntemperature -3.5\n")
        << QStringLiteral("gauge temperature\n  temperature -3.5");
    QTest::newRow("untyped without TYPE")
        << QByteArray("some_metric 1\nother_metric{a=\"b\"} 2\n")
        << QStringLiteral("untyped some_metric\n  some_metric 1\nuntyped other_metric\n  other_metric{a=[b]} 2");
    QTest::newRow("explicit untyped")
        << QByteArray("# TYPE x untyped\nx 1\n") << QStringLiteral("untyped x\n  x 1");
    QTest::newRow("help escapes")
        << QByteArray("# HELP x A \\\\ backslash\\nand a newline \"quoted\".\nx 1\n")
        << QStringLiteral("untyped x [A \\ backslash⏎and a newline \"quoted\".]\n  x 1");
    QTest::newRow("help without text") << QByteArray("# HELP x\nx 1\n") << QStringLiteral("untyped x\n  x 1");
    QTest::newRow("help after samples is allowed")
        << QByteArray("x 1\n# HELP x late help\n") << QStringLiteral("untyped x [late help]\n  x 1");
    QTest::newRow("other comments ignored")
        << QByteArray("# HELPER x not a help line\n#TYPO\n# random text { \" \\q\n#\nx 1\n")
        << QStringLiteral("untyped x\n  x 1");
    QTest::newRow("comment keywords without space")
        << QByteArray("#HELP x h\n#TYPE x gauge\nx 1\n") << QStringLiteral("gauge x [h]\n  x 1");
    QTest::newRow("TYPE before HELP")
        << QByteArray("# TYPE x gauge\n# HELP x h\nx 1\n") << QStringLiteral("gauge x [h]\n  x 1");
    QTest::newRow("family with no samples")
        << QByteArray("# HELP x h\n# TYPE x counter\n") << QStringLiteral("counter x [h]");
    QTest::newRow("label escapes")
        << QByteArray("x{path=\"C:\\\\dir\",q=\"say \\\"hi\\\"\",nl=\"a\\nb\"} 1\n")
        << QStringLiteral("untyped x\n  x{path=[C:\\dir],q=[say \"hi\"],nl=[a⏎b]} 1");
    QTest::newRow("label value with utf-8 and specials")
        << QByteArray("x{city=\"M\xc3\xbcnchen\",s=\"a,b}c=d#e{ }\"} 1\n")
        << QStringLiteral("untyped x\n  x{city=[München],s=[a,b}c=d#e{ }]} 1");
    QTest::newRow("empty label value") << QByteArray("x{a=\"\"} 1\n") << QStringLiteral("untyped x\n  x{a=[]} 1");
    QTest::newRow("empty label set") << QByteArray("x{} 1\n") << QStringLiteral("untyped x\n  x 1");
    QTest::newRow("trailing comma in labels")
        << QByteArray("x{a=\"1\",b=\"2\",} 1\n") << QStringLiteral("untyped x\n  x{a=[1],b=[2]} 1");
    QTest::newRow("blanks inside labels")
        << QByteArray("x { a = \"1\" ,\tb=\"2\" } 1\n") << QStringLiteral("untyped x\n  x{a=[1],b=[2]} 1");
    QTest::newRow("tabs and repeated blanks")
        << QByteArray("\t x\t \t7 \t 1000\t\n") << QStringLiteral("untyped x\n  x 7 @1000");
    QTest::newRow("no blank after label set") << QByteArray("x{a=\"1\"}2\n") << QStringLiteral("untyped x\n  x{a=[1]} 2");
    QTest::newRow("timestamp") << QByteArray("x 1 1395066363000\n") << QStringLiteral("untyped x\n  x 1 @1395066363000");
    QTest::newRow("negative timestamp") << QByteArray("x 1 -1000\n") << QStringLiteral("untyped x\n  x 1 @-1000");
    QTest::newRow("plus timestamp") << QByteArray("x 1 +5\n") << QStringLiteral("untyped x\n  x 1 @5");
    QTest::newRow("trailing blanks after value") << QByteArray("x 1  \t\n") << QStringLiteral("untyped x\n  x 1");
    QTest::newRow("NaN") << QByteArray("x NaN\n") << QStringLiteral("untyped x\n  x NaN");
    QTest::newRow("nan lowercase") << QByteArray("x nan\n") << QStringLiteral("untyped x\n  x NaN");
    QTest::newRow("+Inf") << QByteArray("x +Inf\n") << QStringLiteral("untyped x\n  x +Inf");
    QTest::newRow("-Inf") << QByteArray("x -Inf\n") << QStringLiteral("untyped x\n  x -Inf");
    QTest::newRow("Inf") << QByteArray("x Inf\n") << QStringLiteral("untyped x\n  x +Inf");
    QTest::newRow("infinity") << QByteArray("x -infinity\n") << QStringLiteral("untyped x\n  x -Inf");
    QTest::newRow("exponent") << QByteArray("x 1.3539e-05\n") << QStringLiteral("untyped x\n  x 1.3539e-05");
    QTest::newRow("exponent upper case") << QByteArray("x 8.88596E+06\n") << QStringLiteral("untyped x\n  x 8885960");
    QTest::newRow("exponent without fraction") << QByteArray("x 1e3\n") << QStringLiteral("untyped x\n  x 1000");
    QTest::newRow("17 significant digits")
        << QByteArray("x 1.7958261991886768e+09\n") << QStringLiteral("untyped x\n  x 1795826199.1886768");
    QTest::newRow("more digits than a double holds")
        << QByteArray("x 0.1000000000000000055511151231257827\n") << QStringLiteral("untyped x\n  x 0.1");
    QTest::newRow("rounds half to even") << QByteArray("x 9007199254740993\n")
                                         << QStringLiteral("untyped x\n  x 9007199254740992");
    QTest::newRow("large integer") << QByteArray("x 18446744073709551615\n")
                                   << QStringLiteral("untyped x\n  x 18446744073709552000");
    QTest::newRow("smallest denormal") << QByteArray("x 4.9e-324\n") << QStringLiteral("untyped x\n  x 5e-324");
    QTest::newRow("underflow to zero") << QByteArray("x 1e-400\n") << QStringLiteral("untyped x\n  x 0");
    QTest::newRow("negative zero") << QByteArray("x -0\n") << QStringLiteral("untyped x\n  x -0");
    QTest::newRow("leading dot and trailing dot")
        << QByteArray("x .5\ny 5.\nz +1.25\n")
        << QStringLiteral("untyped x\n  x 0.5\nuntyped y\n  y 5\nuntyped z\n  z 1.25");
    QTest::newRow("metric names with colons and underscores")
        << QByteArray("job:requests:rate5m 3\n_private 1\n:leading 2\n")
        << QStringLiteral("untyped job:requests:rate5m\n  job:requests:rate5m 3\nuntyped _private\n  _private 1\n"
                          "untyped :leading\n  :leading 2");
    QTest::newRow("histogram grouped")
        << QByteArray("# HELP lat Latency.\n# TYPE lat histogram\n"
                      "lat_bucket{le=\"0.1\"} 1\nlat_bucket{le=\"+Inf\"} 3\nlat_sum 0.9\nlat_count 3\n")
        << QStringLiteral("histogram lat [Latency.]\n  lat_bucket{le=[0.1]} 1 (bucket)\n"
                          "  lat_bucket{le=[+Inf]} 3 (bucket)\n  lat_sum 0.9 (sum)\n  lat_count 3 (count)");
    QTest::newRow("histogram with labels")
        << QByteArray("# TYPE h histogram\nh_bucket{peer=\"bank\",le=\"1\"} 2\nh_count{peer=\"bank\"} 2\n"
                      "h_sum{peer=\"bank\"} 1.5\n")
        << QStringLiteral("histogram h\n  h_bucket{peer=[bank],le=[1]} 2 (bucket)\n  h_count{peer=[bank]} 2 (count)\n"
                          "  h_sum{peer=[bank]} 1.5 (sum)");
    QTest::newRow("summary grouped")
        << QByteArray("# TYPE rpc summary\nrpc{quantile=\"0.5\"} 0.05\nrpc{quantile=\"0.99\"} NaN\n"
                      "rpc_sum 17\nrpc_count 250\n")
        << QStringLiteral("summary rpc\n  rpc{quantile=[0.5]} 0.05 (quantile)\n  rpc{quantile=[0.99]} NaN (quantile)\n"
                          "  rpc_sum 17 (sum)\n  rpc_count 250 (count)");
    QTest::newRow("summary without quantiles")
        << QByteArray("# TYPE s summary\ns_sum 1\ns_count 2\n")
        << QStringLiteral("summary s\n  s_sum 1 (sum)\n  s_count 2 (count)");
    QTest::newRow("suffixes without histogram TYPE stay separate")
        << QByteArray("x_bucket{le=\"1\"} 1\nx_sum 2\n")
        << QStringLiteral("untyped x_bucket\n  x_bucket{le=[1]} 1\nuntyped x_sum\n  x_sum 2");
    QTest::newRow("counter does not absorb _sum")
        << QByteArray("# TYPE c counter\nc 1\nc_sum 2\n")
        << QStringLiteral("counter c\n  c 1\nuntyped c_sum\n  c_sum 2");
    QTest::newRow("summary does not absorb _bucket")
        << QByteArray("# TYPE s summary\ns_bucket 1\n") << QStringLiteral("summary s\nuntyped s_bucket\n  s_bucket 1");
    QTest::newRow("interleaved families are merged")
        << QByteArray("# TYPE x counter\nx{a=\"1\"} 1\ny 2\nx{a=\"2\"} 3\n")
        << QStringLiteral("counter x\n  x{a=[1]} 1\n  x{a=[2]} 3\nuntyped y\n  y 2");
    QTest::newRow("histogram resumed after another family")
        << QByteArray("# TYPE h histogram\nh_bucket{le=\"1\"} 1\nother 5\nh_count 1\n")
        << QStringLiteral("histogram h\n  h_bucket{le=[1]} 1 (bucket)\n  h_count 1 (count)\nuntyped other\n  other 5");
    QTest::newRow("le label on a gauge is just a label")
        << QByteArray("# TYPE g gauge\ng{le=\"x\"} 1\n") << QStringLiteral("gauge g\n  g{le=[x]} 1");
    QTest::newRow("missing final newline")
        << QByteArray("# TYPE x gauge\nx 1\ny{a=\"b\"} 2 3") << QStringLiteral("gauge x\n  x 1\nuntyped y\n  y{a=[b]} 2 @3");
    QTest::newRow("CRLF line endings")
        << QByteArray("# HELP x Help.\r\n# TYPE x gauge\r\nx{a=\"b\"} 1 5\r\ny 2\r\n")
        << QStringLiteral("gauge x [Help.]\n  x{a=[b]} 1 @5\nuntyped y\n  y 2");
    QTest::newRow("empty and blank lines")
        << QByteArray("\n\n# TYPE x gauge\n\n   \n\t\nx 1\n\n") << QStringLiteral("gauge x\n  x 1");
}

void TestExpositionParser::parsesValidInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    ExpositionParser parser;
    const ParseResult result = parser.parse(input);
    QVERIFY2(result.ok(), qPrintable(result.error->toString()));
    QCOMPARE(dump(result), expected);
}

void TestExpositionParser::rejectsMalformedInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    // Two valid lines, then the bad one.
    const auto ok3 = [](const QByteArray &line) -> QByteArray { return QByteArray("# TYPE ok gauge\nok 1\n") + line; };
    QTest::newRow("label value not quoted") << ok3("x{a=b} 1\n") << 3 << QStringLiteral("label value not quoted");
    QTest::newRow("invalid value") << ok3("x abc\n") << 3 << QStringLiteral("invalid value \"abc\"");
    QTest::newRow("invalid value with labels") << ok3("x{a=\"b\"} 1,5\n") << 3 << QStringLiteral("invalid value \"1,5\"");
    QTest::newRow("incomplete exponent") << ok3("x 1e\n") << 3 << QStringLiteral("invalid value \"1e\"");
    QTest::newRow("hex value") << ok3("x 0x10\n") << 3 << QStringLiteral("invalid value \"0x10\"");
    QTest::newRow("underscore in value") << ok3("x 1_000\n") << 3 << QStringLiteral("invalid value \"1_000\"");
    QTest::newRow("signed NaN") << ok3("x +NaN\n") << 3 << QStringLiteral("invalid value \"+NaN\"");
    QTest::newRow("NaN payload") << ok3("x nan(1)\n") << 3 << QStringLiteral("invalid value \"nan(1)\"");
    QTest::newRow("double sign") << ok3("x +-1\n") << 3 << QStringLiteral("invalid value \"+-1\"");
    QTest::newRow("lone dot") << ok3("x .\n") << 3 << QStringLiteral("invalid value \".\"");
    QTest::newRow("truncated infinity") << ok3("x Infin\n") << 3 << QStringLiteral("invalid value \"Infin\"");
    QTest::newRow("overflowing value") << ok3("x 1e400\n") << 3 << QStringLiteral("invalid value \"1e400\"");
    QTest::newRow("missing value") << ok3("x\n") << 3 << QStringLiteral("missing value for metric x");
    QTest::newRow("missing value after labels") << ok3("x{a=\"b\"}  \n") << 3 << QStringLiteral("missing value");
    QTest::newRow("invalid timestamp") << ok3("x 1 abc\n") << 3 << QStringLiteral("invalid timestamp \"abc\"");
    QTest::newRow("fractional timestamp") << ok3("x 1 1.5\n") << 3 << QStringLiteral("invalid timestamp \"1.5\"");
    QTest::newRow("timestamp overflow")
        << ok3("x 1 99999999999999999999\n") << 3 << QStringLiteral("invalid timestamp");
    QTest::newRow("trailing garbage") << ok3("x 1 2 3\n") << 3 << QStringLiteral("unexpected text \"3\" after timestamp");
    QTest::newRow("TYPE after samples")
        << QByteArray("a 1\nb 2\nx 1\n# TYPE x counter\n") << 4 << QStringLiteral("TYPE for metric x after its samples");
    QTest::newRow("duplicate TYPE")
        << QByteArray("# TYPE x counter\n# TYPE x gauge\n") << 2 << QStringLiteral("duplicate TYPE for metric x");
    QTest::newRow("duplicate TYPE after samples")
        << QByteArray("# TYPE x counter\nx 1\n# TYPE x counter\n") << 3 << QStringLiteral("duplicate TYPE for metric x");
    QTest::newRow("duplicate HELP")
        << QByteArray("# HELP x a\n# HELP x b\n") << 2 << QStringLiteral("duplicate HELP for metric x");
    QTest::newRow("unknown type") << ok3("# TYPE x countr\n") << 3 << QStringLiteral("unknown metric type \"countr\"");
    QTest::newRow("type is case-sensitive") << ok3("# TYPE x Counter\n") << 3 << QStringLiteral("unknown metric type");
    QTest::newRow("missing type") << ok3("# TYPE x\n") << 3 << QStringLiteral("missing metric type for metric x");
    QTest::newRow("text after type")
        << ok3("# TYPE x counter extra\n") << 3 << QStringLiteral("unexpected text \"extra\" after metric type");
    QTest::newRow("bad metric name") << ok3("0x 1\n") << 3 << QStringLiteral("invalid metric name \"0x\"");
    QTest::newRow("bad character in metric name") << ok3("x-y 1\n") << 3 << QStringLiteral("invalid metric name \"x-y\"");
    QTest::newRow("missing metric name") << ok3("{a=\"b\"} 1\n") << 3 << QStringLiteral("missing metric name");
    QTest::newRow("bad metric name in TYPE")
        << ok3("# TYPE 1x counter\n") << 3 << QStringLiteral("invalid metric name \"1x\"");
    QTest::newRow("bad metric name in HELP") << ok3("# HELP x.y text\n") << 3 << QStringLiteral("invalid metric name \"x.y\"");
    QTest::newRow("HELP without name") << ok3("# HELP\n") << 3 << QStringLiteral("missing metric name after HELP");
    QTest::newRow("TYPE without name") << ok3("# TYPE  \n") << 3 << QStringLiteral("missing metric name after TYPE");
    QTest::newRow("bad label name") << ok3("x{0a=\"b\"} 1\n") << 3 << QStringLiteral("invalid label name \"0a\"");
    QTest::newRow("colon in label name") << ok3("x{a:b=\"c\"} 1\n") << 3 << QStringLiteral("invalid label name \"a:b\"");
    QTest::newRow("missing label name") << ok3("x{=\"c\"} 1\n") << 3 << QStringLiteral("missing label name");
    QTest::newRow("reserved label name")
        << ok3("x{__name__=\"y\"} 1\n") << 3 << QStringLiteral("label name \"__name__\" is reserved");
    QTest::newRow("missing equals") << ok3("x{a} 1\n") << 3 << QStringLiteral("expected \"=\" after label name \"a\"");
    QTest::newRow("single quotes") << ok3("x{a='b'} 1\n") << 3 << QStringLiteral("label value not quoted");
    QTest::newRow("unterminated label value") << ok3("x{a=\"b} 1\n") << 3 << QStringLiteral("unterminated label value");
    QTest::newRow("unterminated at end of body") << ok3("x{a=\"b") << 3 << QStringLiteral("unterminated label value");
    QTest::newRow("unterminated after escape") << ok3("x{a=\"b\\\"} 1\n") << 3 << QStringLiteral("unterminated label value");
    QTest::newRow("backslash at end of line") << ok3("x{a=\"b\\\n") << 3 << QStringLiteral("unterminated label value");
    QTest::newRow("unknown escape in label value")
        << ok3("x{a=\"\\t\"} 1\n") << 3 << QStringLiteral("unknown escape sequence \"\\t\" in label value");
    QTest::newRow("unknown escape in HELP")
        << ok3("# HELP x a \\\" b\n") << 3 << QStringLiteral("unknown escape sequence \"\\\"\" in HELP text");
    QTest::newRow("HELP ends with backslash") << ok3("# HELP x a\\\n") << 3 << QStringLiteral("lone backslash");
    QTest::newRow("duplicate label name") << ok3("x{a=\"1\",a=\"2\"} 1\n") << 3 << QStringLiteral("duplicate label name \"a\"");
    QTest::newRow("label set not closed") << ok3("x{a=\"1\"\n") << 3 << QStringLiteral("label set not closed");
    QTest::newRow("label set not closed after comma") << ok3("x{a=\"1\", \n") << 3 << QStringLiteral("label set not closed");
    QTest::newRow("missing comma")
        << ok3("x{a=\"1\" b=\"2\"} 1\n") << 3 << QStringLiteral("expected \",\" or \"}\" after label value, found \"b=");
    QTest::newRow("bucket without le")
        << QByteArray("# TYPE h histogram\nh_bucket{a=\"1\"} 1\n") << 2 << QStringLiteral("histogram bucket without \"le\" label");
    QTest::newRow("bucket with invalid le")
        << QByteArray("# TYPE h histogram\nh_bucket{le=\"big\"} 1\n") << 2 << QStringLiteral("invalid le value \"big\"");
    QTest::newRow("histogram sample without suffix")
        << QByteArray("# TYPE h histogram\nh 1\n") << 2
        << QStringLiteral("sample h of histogram h lacks a _bucket, _sum or _count suffix");
    QTest::newRow("summary sample without quantile")
        << QByteArray("# TYPE s summary\ns{a=\"1\"} 1\n") << 2 << QStringLiteral("summary sample without \"quantile\" label");
    QTest::newRow("summary with invalid quantile")
        << QByteArray("# TYPE s summary\ns{quantile=\"\"} 1\n") << 2 << QStringLiteral("invalid quantile value \"\"");
    QTest::newRow("invalid utf-8 in label value")
        << ok3("x{a=\"\xff\xfe\"} 1\n") << 3 << QStringLiteral("invalid UTF-8 in label value");
    QTest::newRow("invalid utf-8 in HELP") << ok3("# HELP x \xc3\n") << 3 << QStringLiteral("invalid UTF-8 in HELP text");
    QTest::newRow("too many labels (default 64)")
        << []() -> QByteArray {
               QByteArray line("x{");
               for (int i = 0; i < 65; ++i)
                   line += "l" + QByteArray::number(i) + "=\"v\",";
               return line + "} 1\n";
           }()
        << 1 << QStringLiteral("more than 64 labels");
    QTest::newRow("label value too long (default 4 KiB)")
        << ok3("x{a=\"" + QByteArray(4097, 'v') + "\"} 1\n") << 3
        << QStringLiteral("value of label \"a\" longer than 4096 bytes");
    QTest::newRow("escaped label value too long")
        << ok3("x{a=\"\\n" + QByteArray(4096, 'v') + "\"} 1\n") << 3 << QStringLiteral("longer than 4096 bytes");
    QTest::newRow("label name too long (default 4 KiB)")
        << ok3("x{" + QByteArray(4097, 'n') + "=\"v\"} 1\n") << 3 << QStringLiteral("label name longer than 4096 bytes");
    QTest::newRow("line numbers count blank lines and comments")
        << QByteArray("\n# c\n\n# TYPE x gauge\n\nx{a=\"1\"} oops\n") << 6 << QStringLiteral("invalid value \"oops\"");
    QTest::newRow("line numbers with CRLF")
        << QByteArray("x 1\r\n\r\ny 2\r\nz{\r\n") << 4 << QStringLiteral("label set not closed");
    QTest::newRow("carriage return inside a line") << QByteArray("x 1\r2\n") << 1 << QStringLiteral("invalid value");
    QTest::newRow("error on last line without newline") << ok3("x 1\ny") << 4 << QStringLiteral("missing value");
    QTest::newRow("long garbage is quoted shortened")
        << ok3("x " + QByteArray(1000, 'z') + "\n") << 3 << QStringLiteral("invalid value \"zzzzzzzzzz");
}

void TestExpositionParser::rejectsMalformedInput()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, message);
    ExpositionParser parser;
    const ParseResult result = parser.parse(input);
    QVERIFY2(!result.ok(), qPrintable(dump(result)));
    QVERIFY(result.families.isEmpty()); // all or nothing
    QCOMPARE(result.error->line, line);
    QVERIFY2(result.error->message.contains(message), qPrintable(result.error->message));
    QVERIFY(result.error->message.size() < 200);
    QVERIFY(result.error->toString().startsWith(QStringLiteral("malformed metrics at line %1: ").arg(line)));
}

void TestExpositionParser::enforcesConfiguredLimits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    QTest::newRow("body too large") << QByteArray("x{a=\"1\"} 1\nyyyyyyyyyyy 2\n") << 0
                                    << QStringLiteral("body of 25 bytes exceeds the limit of 24 bytes");
    QTest::newRow("too many labels") << QByteArray("x{a=\"1\",b=\"2\",c=\"3\"} 1\n") << 1 << QStringLiteral("more than 2 labels");
    QTest::newRow("label value too long") << QByteArray("x{a=\"1234\"} 1\n") << 1
                                          << QStringLiteral("value of label \"a\" longer than 3 bytes");
    QTest::newRow("label name too long") << QByteArray("x{abcd=\"1\"} 1\n") << 1
                                         << QStringLiteral("label name longer than 3 bytes");
    QTest::newRow("too many samples") << QByteArray("a 1\na 2\na 3\n") << 3 << QStringLiteral("more than 2 samples");
    QTest::newRow("too many families") << QByteArray("#HELP a\n#HELP b\n#HELP c\n") << 3
                                       << QStringLiteral("more than 2 metric families");
    QTest::newRow("metric name too long") << QByteArray("abcde 1\n") << 1
                                          << QStringLiteral("metric name \"abcde\" longer than 4 bytes");
    QTest::newRow("name too long in HELP") << QByteArray("# HELP abcde x\n") << 1
                                           << QStringLiteral("metric name \"abcde\" longer than 4 bytes");
    QTest::newRow("name too long in TYPE") << QByteArray("# TYPE abcde gauge\n") << 1
                                           << QStringLiteral("metric name \"abcde\" longer than 4 bytes");
    QTest::newRow("HELP too long") << QByteArray("# HELP x abcde\n") << 1
                                   << QStringLiteral("HELP text of metric x longer than 4 bytes");
    QTest::newRow("HELP too long once unescaped") << QByteArray("# HELP x a\\\\bcd\n") << 1
                                                  << QStringLiteral("HELP text of metric x longer than 4 bytes");
}

void TestExpositionParser::enforcesConfiguredLimits()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, message);
    ExpositionParser::Limits limits;
    limits.maxBodyBytes = 24;
    limits.maxLabelsPerSample = 2;
    limits.maxLabelBytes = 3;
    limits.maxSamples = 2;
    limits.maxFamilies = 2;
    limits.maxNameBytes = 4;
    limits.maxHelpBytes = 4;
    ExpositionParser parser(limits);
    QCOMPARE(parser.limits().maxLabelsPerSample, 2);

    const ParseResult result = parser.parse(input);
    QVERIFY2(!result.ok(), qPrintable(dump(result)));
    QCOMPARE(result.error->line, line);
    QVERIFY2(result.error->message.contains(message), qPrintable(result.error->message));

    // Exactly at each limit is fine (24 bytes, 2 labels, 3-byte value; 2 families, 4-byte names and HELP).
    const ParseResult atLimits = parser.parse("x{a=\"123\",b=\"1\"} 1\n#abcd");
    QVERIFY2(atLimits.ok(), qPrintable(dump(atLimits)));
    const ParseResult atFamilyLimits = parser.parse("# HELP abcd \\\\hij\nx 1\n");
    QVERIFY2(atFamilyLimits.ok(), qPrintable(dump(atFamilyLimits)));
    QCOMPARE(atFamilyLimits.families.size(), 2);
}

void TestExpositionParser::refusesHugeHelpDocumentsQuickly_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    // Just under the default 16 MiB body limit, so the body cap is not what refuses them.
    const qsizetype size = ExpositionParser::Limits().maxBodyBytes - 64;
    QByteArray manyNames;
    manyNames.reserve(size + 128);
    for (int i = 0; manyNames.size() < size; ++i)
        manyNames += "# HELP metric_" + QByteArray::number(i) + " what metric " + QByteArray::number(i) + " counts\n";
    manyNames.truncate(manyNames.lastIndexOf('\n', size) + 1);
    QTest::newRow("16 MiB of distinct HELP lines")
        << manyNames << int(ExpositionParser::Limits().maxFamilies + 1) << QStringLiteral("more than 20000 metric families");
    QTest::newRow("one 16 MiB HELP line")
        << QByteArray("# HELP x " + QByteArray(size, 'h') + "\nx 1\n") << 1
        << QStringLiteral("HELP text of metric x longer than 4096 bytes");
    QTest::newRow("16 MiB metric name")
        << QByteArray(QByteArray(size, 'n') + " 1\n") << 1 << QStringLiteral("longer than 1024 bytes");
}

void TestExpositionParser::refusesHugeHelpDocumentsQuickly()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, message);
    QVERIFY(input.size() > 15 * 1024 * 1024);
    ExpositionParser parser;
    QElapsedTimer timer;
    timer.start();
    const ParseResult result = parser.parse(input);
    const qint64 elapsedMs = timer.elapsed();
    QVERIFY2(!result.ok(), "a 16 MiB document of HELP text was accepted");
    QVERIFY2(result.error->message.contains(message), qPrintable(result.error->message));
    // The line proves the parser stopped at the cap instead of reading (and keeping) the rest.
    QCOMPARE(result.error->line, line);
    QVERIFY(result.families.isEmpty());
    // Generous for a shared machine: the unbounded parser took seconds and 360 MB here.
    QVERIFY2(elapsedMs < 1000, qPrintable(QString::number(elapsedMs)));
}

void TestExpositionParser::escapesControlCharactersInErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("shown");

    QTest::newRow("terminal escape in a metric name")
        << QByteArray("x\x1b[2J\x1b]0;pwned\x07 1\n") << QStringLiteral("invalid metric name \"x\\x1b[2J\\x1b]0;pwned\\x07\"");
    QTest::newRow("carriage return in a value")
        << QByteArray("x 1\r2\n") << QStringLiteral("invalid value \"1\\r2\"");
    QTest::newRow("bidi override in a type")
        << QByteArray("# TYPE x \xe2\x80\xaegauge\n") << QStringLiteral("unknown metric type \"\\u202egauge\"");
    QTest::newRow("DEL and C1 in a timestamp")
        << QByteArray("x 1 12\x7f\xc2\x9b" "3\n") << QStringLiteral("invalid timestamp \"12\\x7f\\u009b3\"");
}

void TestExpositionParser::escapesControlCharactersInErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, shown);
    ExpositionParser parser;
    const ParseResult result = parser.parse(input);
    QVERIFY(!result.ok());
    const QString text = result.error->toString();
    QVERIFY2(text.contains(shown), qPrintable(text));
    for (const QChar c : text)
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f && !(c.unicode() >= 0x80 && c.unicode() <= 0x9f)
                     && c.unicode() != 0x202e,
                 qPrintable(text));
}

void TestExpositionParser::printableCapsAndIsIdempotent()
{
    QCOMPARE(ScrapeErrorText::printable(u"plain words"), QStringLiteral("plain words"));
    QCOMPARE(ScrapeErrorText::printable(u"a\nb\tc\x01"), QStringLiteral("a\\nb\\tc\\x01"));
    const QString longText(1000, QLatin1Char('z'));
    const QString capped = ScrapeErrorText::printable(longText, 50);
    QCOMPARE(capped.size(), 51);
    QVERIFY(capped.endsWith(QChar(0x2026)));
    QCOMPARE(ScrapeErrorText::printable(capped, 50), capped);
    // An escape is never cut in half.
    QCOMPARE(ScrapeErrorText::printable(u"abc\x1b", 5), QStringLiteral("abc") + QChar(0x2026));
    const QString escaped = ScrapeErrorText::printable(u"x\x1by\u2028z");
    QCOMPARE(ScrapeErrorText::printable(escaped), escaped);
    // Parse errors are capped too: a message never grows with the input.
    QVERIFY((ParseError{1, QString(5000, QLatin1Char('m'))}.toString().size()) < 400);
}

void TestExpositionParser::acceptsLabelsUpToTheDefaultLimits()
{
    QByteArray line("x{");
    for (int i = 0; i < 63; ++i)
        line += "l" + QByteArray::number(i) + "=\"v\",";
    line += QByteArray(4096, 'n') + "=\"" + QByteArray(4096, 'v') + "\"} 1\n";
    ExpositionParser parser;
    const ParseResult result = parser.parse(line);
    QVERIFY2(result.ok(), qPrintable(result.error->toString()));
    QCOMPARE(result.families.at(0).samples.at(0).labels.size(), 64);
    QCOMPARE(result.families.at(0).samples.at(0).labels.last().value.size(), 4096);
}

void TestExpositionParser::parsesRealExporterOutput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("families");
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("labels");
    QTest::addColumn<int>("histograms");
    QTest::addColumn<int>("summaries");
    QTest::addColumn<int>("buckets");
    QTest::addColumn<int>("quantiles");

    // Captured with curl from Debian 12's prometheus-node-exporter 1.5 and prometheus 2.42 on
    // 127.0.0.1 (promtool check metrics reports no errors, only naming lint). Expected numbers were
    // counted with grep at capture time, independently of the parser:
    //   families   = grep -c '^# TYPE' FILE                 (every family there has a TYPE line)
    //   samples    = grep -vc '^#' FILE                     (no blank lines in either file)
    //   labels     = grep -v '^#' FILE | grep -o '="' | wc -l
    //   histograms = grep '^# TYPE' FILE | grep -c ' histogram$', summaries likewise
    //   buckets    = grep -v '^#' FILE | grep -c '_bucket{'
    //   quantiles  = grep -v '^#' FILE | grep -c 'quantile='
    QTest::newRow("node_exporter") << QStringLiteral("node_exporter.prom") << 283 << 507 << 401 << 0 << 1 << 0 << 5;
    QTest::newRow("prometheus") << QStringLiteral("prometheus.prom") << 168 << 344 << 252 << 7 << 9 << 83 << 41;
}

void TestExpositionParser::parsesRealExporterOutput()
{
    QFETCH(QString, file);
    QFETCH(int, families);
    QFETCH(int, samples);
    QFETCH(int, labels);
    QFETCH(int, histograms);
    QFETCH(int, summaries);
    QFETCH(int, buckets);
    QFETCH(int, quantiles);

    const QByteArray body = readFixture(file);
    QVERIFY(!body.isEmpty());
    ExpositionParser parser;
    const ParseResult result = parser.parse(body);
    QVERIFY2(result.ok(), qPrintable(result.error->toString()));
    QCOMPARE(result.families.size(), families);
    QCOMPARE(result.sampleCount(), samples);

    int labelCount = 0, histogramCount = 0, summaryCount = 0, bucketCount = 0, quantileCount = 0;
    for (const MetricFamily &f : result.families) {
        QVERIFY(!f.help.isEmpty());
        histogramCount += f.type == MetricType::Histogram;
        summaryCount += f.type == MetricType::Summary;
        for (const Sample &s : f.samples) {
            QVERIFY(s.name.startsWith(f.name));
            QVERIFY(!s.timestampMs);
            labelCount += int(s.labels.size());
            bucketCount += s.kind == SampleKind::Bucket;
            quantileCount += s.kind == SampleKind::Quantile;
        }
    }
    QCOMPARE(labelCount, labels);
    QCOMPARE(histogramCount, histograms);
    QCOMPARE(summaryCount, summaries);
    QCOMPARE(bucketCount, buckets);
    QCOMPARE(quantileCount, quantiles);

    // A second parse with the same (warm) parser gives the same result.
    QCOMPARE(dump(parser.parse(body)), dump(result));
}

void TestExpositionParser::labelAccessors()
{
    ExpositionParser parser;
    const ParseResult result = parser.parse(
        "# TYPE node_cpu_seconds_total counter\nnode_cpu_seconds_total{cpu=\"0\",mode=\"idle\"} 139.68\n");
    QVERIFY(result.ok());
    const Sample &s = result.families.at(0).samples.at(0);
    QCOMPARE(s.labelValue(u"mode"), QStringLiteral("idle"));
    QCOMPARE(s.labelValue(u"cpu"), QStringLiteral("0"));
    QVERIFY(s.labelValue(u"missing").isNull());
    QVERIFY(s.hasLabel(u"cpu"));
    QVERIFY(!s.hasLabel(u"Cpu"));
    QCOMPARE(s.value, 139.68);
    QCOMPARE(metricTypeName(result.families.at(0).type), QStringLiteral("counter"));
}

void TestExpositionParser::errorToString()
{
    QCOMPARE((ParseError{17, QStringLiteral("label value not quoted")}.toString()),
             QStringLiteral("malformed metrics at line 17: label value not quoted"));
    QCOMPARE((ParseError{0, QStringLiteral("too big")}.toString()), QStringLiteral("malformed metrics: too big"));
}

void TestExpositionParser::reusedParserSharesDecodedStrings()
{
    // The parser remembers decoded strings, so a second scrape of the same target reuses them.
    ExpositionParser parser;
    const QByteArray body("x{mode=\"idle\"} 1\nx{mode=\"user\"} 2\n");
    const ParseResult a = parser.parse(body);
    const ParseResult b = parser.parse(body);
    QVERIFY(a.ok() && b.ok());
    const Label &la = a.families.at(0).samples.at(1).labels.at(0);
    const Label &lb = b.families.at(0).samples.at(1).labels.at(0);
    QCOMPARE(lb.value, QStringLiteral("user"));
    QCOMPARE(lb.value.constData(), la.value.constData());
    QCOMPARE(lb.name.constData(), la.name.constData());
}

void TestExpositionParser::reusedParserRecoversAfterError()
{
    ExpositionParser parser;
    QVERIFY(!parser.parse("# TYPE x counter\nx{a=\"1\"} bad\n").ok());
    const ParseResult result = parser.parse("# TYPE x counter\nx{a=\"1\"} 2\n");
    QVERIFY(result.ok());
    QCOMPARE(dump(result), QStringLiteral("counter x\n  x{a=[1]} 2"));
}

void TestExpositionParser::survivesTruncatedFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("node_exporter") << QStringLiteral("node_exporter.prom");
    QTest::newRow("prometheus") << QStringLiteral("prometheus.prom");
}

// Every prefix of the first 2 KiB, then ~300 prefixes spread over the rest: cut anywhere, the
// parser either succeeds or names a line that exists.
void TestExpositionParser::survivesTruncatedFixtures()
{
    QFETCH(QString, file);
    const QByteArray body = readFixture(file);
    QVERIFY(!body.isEmpty());
    ExpositionParser parser;
    const qsizetype step = std::max<qsizetype>(1, body.size() / 300);
    int failures = 0;
    for (qsizetype n = 0; n <= body.size(); n += (n < 2048 ? 1 : step)) {
        const QByteArray prefix = body.first(n);
        const ParseResult result = parser.parse(prefix);
        if (!result.ok()) {
            ++failures;
            QVERIFY2(result.error->line >= 1 && result.error->line <= lineCount(prefix),
                     qPrintable(QStringLiteral("prefix %1: %2").arg(n).arg(result.error->toString())));
            QVERIFY(!result.error->message.isEmpty());
        } else {
            QVERIFY(result.sampleCount() <= lineCount(prefix));
        }
    }
    QVERIFY(failures > 0); // cuts inside label values must be reported
}

void TestExpositionParser::survivesMutatedFixtures_data()
{
    survivesTruncatedFixtures_data();
}

// Random byte mutations with a fixed seed, biased towards the characters the grammar cares about.
void TestExpositionParser::survivesMutatedFixtures()
{
    QFETCH(QString, file);
    const QByteArray body = readFixture(file);
    QVERIFY(!body.isEmpty());
    static const char interesting[] = {'"', '\\', '{', '}', '=', ',', ' ', '\t', '\n', '\r', '#', '\0',
                                       'e', 'n', '+', '-', '.', '_', ':', char(0xff), char(0xc3)};
    QRandomGenerator random(20240611);
    ExpositionParser parser;
    int accepted = 0;
    for (int round = 0; round < 400; ++round) {
        QByteArray mutated = body;
        const int edits = 1 + int(random.bounded(6));
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = qsizetype(random.bounded(quint32(mutated.size())));
            switch (random.bounded(4)) {
            case 0: mutated[at] = char(random.bounded(256)); break;
            case 1: mutated[at] = interesting[random.bounded(int(sizeof interesting))]; break;
            case 2: mutated.insert(at, interesting[random.bounded(int(sizeof interesting))]); break;
            default: mutated.remove(at, 1 + qsizetype(random.bounded(16))); break;
            }
        }
        // Alternate between the warm parser and a fresh one, so both code paths are exercised.
        ExpositionParser fresh;
        const ParseResult result = (round % 2 ? parser : fresh).parse(mutated);
        if (result.ok()) {
            ++accepted;
            QVERIFY(result.sampleCount() <= lineCount(mutated));
        } else {
            QVERIFY2(result.error->line >= 1 && result.error->line <= lineCount(mutated),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(result.error->toString())));
            QVERIFY(!result.error->message.isEmpty());
        }
    }
    QVERIFY(accepted < 400); // the mutations do hit the grammar
}

QTEST_GUILESS_MAIN(TestExpositionParser)
#include "test_expositionparser.moc"
