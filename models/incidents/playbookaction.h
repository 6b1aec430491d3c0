#pragma once

#include "models/contacts/contactrole.h"

#include <QString>
#include <QStringList>

namespace payops {

// What a solution lets the operator do with one click.
//  - Command: run `program` with `arguments` (never through a shell). The placeholders {service},
//    {host} and {port} in arguments stand for the affected service and its scrape target.
//    `confirm` asks the operator before running it.
//  - Contact: reach the people with `role` for `service` ("affected", a service name, or empty for
//    the directory-wide roles), in the contact directory's escalation order.
struct PlaybookAction
{
    enum class Type { None, Command, Contact };

    Type type = Type::None;

    QString program;
    QStringList arguments;
    bool confirm = true;

    ContactRole role = ContactRole::TechnicalSupport;
    QString service;

    [[nodiscard]] bool isNone() const { return type == Type::None; }

    friend bool operator==(const PlaybookAction &, const PlaybookAction &) = default;
};

} // namespace payops
