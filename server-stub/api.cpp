#include "api.h"

#include "domain/json.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace tavola::server {

QString roleName(Role role)
{
    return enumName(role);
}

std::optional<Role> roleFromName(const QString &name)
{
    return enumFromName<Role>(name);
}

bool Permission::allows(Role role) const
{
    if (isPublic || roles.isEmpty() || role == Role::Admin)
        return true;
    if (roles.contains(role))
        return true;
    return role == Role::Manager && (roles.contains(Role::Waiter) || roles.contains(Role::Cashier));
}

Route &Router::add(Route route)
{
    // A stored answer is claimed and replayed inside the request's transaction (server.cpp).
    Q_ASSERT_X(route.idempotency == Idempotency::None || route.transactional, "Router::add", "an idempotent route is transactional");
    route.segments = route.pattern.split(u'/', Qt::SkipEmptyParts);
    m_routes.append(std::move(route));
    return m_routes.last();
}

Route &Router::get(const QString &pattern, Permission p, Handler h)
{
    return add(Route{"GET", pattern, std::move(p), Idempotency::None, false, std::move(h), {}, {}});
}

Route &Router::post(const QString &pattern, Permission p, Idempotency idem, Handler h)
{
    return add(Route{"POST", pattern, std::move(p), idem, true, std::move(h), {}, {}});
}

Route &Router::put(const QString &pattern, Permission p, Handler h)
{
    return add(Route{"PUT", pattern, std::move(p), Idempotency::Optional, true, std::move(h), {}, {}});
}

Route &Router::patch(const QString &pattern, Permission p, Handler h)
{
    return add(Route{"PATCH", pattern, std::move(p), Idempotency::Optional, true, std::move(h), {}, {}});
}

Route &Router::del(const QString &pattern, Permission p, Handler h)
{
    return add(Route{"DELETE", pattern, std::move(p), Idempotency::Optional, true, std::move(h), {}, {}});
}

namespace {

/// A path parameter addresses something only in its one canonical spelling: a decimal number
/// without sign, spaces or leading zeros ("+1", "01", " 1" and "1\0" are not 1), or a code
/// ("A001", "t7") without spaces or control characters. Anything else is 404, never a lookalike.
bool isCanonicalParam(const QString &v)
{
    if (v.isEmpty() || v.size() > 200)
        return false;
    for (const QChar c : v)
        if (c.unicode() < 0x21 || c.unicode() == 0x7f || c.isSpace())
            return false;
    const QChar first = v.front();
    if (first.isDigit() || first == u'+' || first == u'-') {
        if (v.size() > 18 || (first == u'0' && v.size() > 1))
            return false;
        for (const QChar c : v)
            if (c < u'0' || c > u'9')
                return false;
    }
    return true;
}

} // namespace

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match m;
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (const Route &r : m_routes) {
        if (r.segments.size() != parts.size())
            continue;
        QHash<QString, QString> params;
        bool same = true;
        for (qsizetype i = 0; i < parts.size() && same; ++i) {
            const QString &seg = r.segments[i];
            if (seg.startsWith(u'{') && seg.endsWith(u'}')) {
                params.insert(seg.mid(1, seg.size() - 2), parts[i]);
                same = isCanonicalParam(parts[i]);
            } else
                same = seg == parts[i];
        }
        if (!same)
            continue;
        const QByteArray effective = method == "HEAD" ? QByteArray("GET") : method;
        if (r.method == effective && !m.route) {
            m.route = &r;
            m.params = params;
        }
        if (!m.allowed.contains(r.method))
            m.allowed.append(r.method);
    }
    return m;
}

QJsonObject successEnvelope(const QJsonValue &data, const QDateTime &now)
{
    return {{u"success"_s, true}, {u"data"_s, data}, {u"metadata"_s, QJsonObject{{u"timestamp"_s, formatTime(now)}}}};
}

QByteArray successEnvelopeAround(const QByteArray &data, const QDateTime &now)
{
    // The timestamp is in whole seconds: written once a second, not for every read.
    thread_local qint64 second = std::numeric_limits<qint64>::min();
    thread_local QByteArray stamp;
    if (const qint64 s = now.toSecsSinceEpoch(); s != second) {
        stamp = formatTime(now).toLatin1();
        second = s;
    }
    // (QJsonObject writes its keys in order: data, metadata, success.)
    return "{\"data\":" + data + ",\"metadata\":{\"timestamp\":\"" + stamp + "\"},\"success\":true}";
}

} // namespace tavola::server
