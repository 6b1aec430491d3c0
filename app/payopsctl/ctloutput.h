#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdio>

namespace payops {

// Where payopsctl writes: data and reports on standard output, errors in words on standard error.
// UTF-8, flushed after every write (a test or a pipe sees each line as it is written).
class CtlOutput final
{
public:
    explicit CtlOutput(std::FILE *out = stdout, std::FILE *err = stderr);

    void print(const QString &text);     // one line (or lines) to stdout
    void error(const QString &text);     // one line (or lines) to stderr
    void json(const QJsonObject &object); // indented JSON to stdout
    void raw(const QByteArray &bytes);   // as is to stdout

private:
    std::FILE *m_out;
    std::FILE *m_err;
};

} // namespace payops
