#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace payops {

// The one rule for links the console hands to the desktop: contact points (typed or imported from
// CSV and vCard), and the links in playbooks and knowledge articles. The desktop opens a URL with
// whatever handler it has for the scheme — a file: link to a .desktop file runs a program, smb:
// mounts a share, custom schemes start other applications — so only the schemes that call, write,
// chat or show a web page are allowed:
//   mailto  tel  sip  sips  https  xmpp  matrix
// and of those only well-formed ones: https needs a host; mailto carries at most a subject and a
// body (no cc, bcc, attach or other headers); no control characters anywhere, except line breaks in
// a mailto: body (RFC 6068 writes them %0D%0A; they end no header there).
// The contact validator refuses other chat links when they are entered or imported, and every
// view asks refusal() before it opens a link (widgets/linkopener.h), so the rule is the same on
// the way in and on the way out.
class SafeLinks final
{
    Q_DECLARE_TR_FUNCTIONS(payops::SafeLinks)

public:
    SafeLinks() = delete;

    [[nodiscard]] static const QStringList &allowedSchemes();
    // Why `url` is not handed to the desktop, in the operator's words; std::nullopt when it may be.
    [[nodiscard]] static std::optional<QString> refusal(const QUrl &url);
    [[nodiscard]] static bool isAllowed(const QUrl &url) { return !refusal(url).has_value(); }

    // A text that is written as a link (it has a scheme, "xmpp:alice@…"), as opposed to a plain
    // chat handle ("@alice", "alice on the ops channel").
    [[nodiscard]] static bool looksLikeLink(const QString &text);

    // mailto:<address> built with QUrl: the address is the path, percent-encoded, so characters such
    // as '?', '&', '#', '%' or line breaks cannot add headers. Validate the address first
    // (ContactValidator::isValidEmail); this only encodes.
    [[nodiscard]] static QUrl mailto(const QString &address);
    // The same with a subject and a body, each percent-encoded whole (QUrl::toPercentEncoding), so '&',
    // '=', '?', '#', '%' and line breaks in them stay text of that field and can add no header.
    // Give line breaks in the body as CRLF (RFC 6068); a line break in the subject makes refusal() say no.
    [[nodiscard]] static QUrl mailto(const QString &address, const QString &subject, const QString &body);
};

} // namespace payops
