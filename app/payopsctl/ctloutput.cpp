#include "app/payopsctl/ctloutput.h"

#include <QJsonDocument>

namespace payops {

namespace {

void writeLine(std::FILE *file, const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), file);
    std::fflush(file);
}

} // namespace

CtlOutput::CtlOutput(std::FILE *out, std::FILE *err)
    : m_out(out)
    , m_err(err)
{
}

void CtlOutput::print(const QString &text)
{
    writeLine(m_out, text);
}

void CtlOutput::error(const QString &text)
{
    writeLine(m_err, text);
}

void CtlOutput::json(const QJsonObject &object)
{
    raw(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void CtlOutput::raw(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_out);
    std::fflush(m_out);
}

} // namespace payops
