#pragma once
// The shop's staff as the API shows them: roles, users and the audit trail of what they did
// (docs/api.md, "Authentication and roles" and "Reports").

#include "json.h"

namespace tavola {

/// What a user may do; a manager may also do what a waiter or cashier may, an admin everything.
enum class Role { Waiter, Cashier, Kitchen, Manager, Admin };
template<>
struct EnumNames<Role>
{
    static constexpr std::array names{
        std::pair{Role::Waiter, QLatin1StringView("waiter")}, std::pair{Role::Cashier, QLatin1StringView("cashier")},
        std::pair{Role::Kitchen, QLatin1StringView("kitchen")}, std::pair{Role::Manager, QLatin1StringView("manager")},
        std::pair{Role::Admin, QLatin1StringView("admin")}};
};

/// A manager or an admin: discounts, voids and refunds without another's PIN, the back office.
inline bool isManagerRole(Role role)
{
    return role == Role::Manager || role == Role::Admin;
}

struct User
{
    QString id;
    QString username;
    QString displayName;
    Role role = Role::Waiter;
    bool active = true;

    QJsonObject toJson() const;
    static Result<User> fromJson(const QJsonObject &json);
    bool operator==(const User &) const = default;
};

/// A new user (POST /users: username, role and a PIN or password) or changes to one (PATCH
/// /users/{id}): only the fields set are sent.
struct UserChanges
{
    std::optional<QString> username;
    std::optional<QString> displayName;
    std::optional<Role> role;
    std::optional<bool> active;
    std::optional<QString> pin;
    std::optional<QString> password;

    QJsonObject toJson() const;
};

/// One line of the audit log: who did what to which thing, with the thing before and after.
struct AuditEntry
{
    QString id;
    QDateTime at;
    QString actor; // username, or "gateway" for the bank's events
    QString action; // order.void, payment.refund, settings.update, …
    QString entity; // order, payment, user, settings, …
    QString entityId;
    QJsonObject before; // empty when there was nothing before
    QJsonObject after;
    QString requestId;

    /// The entry's own words for a person reading the log: its reason, amount, percentage, name…
    /// as "key: value · …", from what it became (or, for a removal, what it was).
    QString summary() const;
    QJsonObject toJson() const;
    static Result<AuditEntry> fromJson(const QJsonObject &json);
    bool operator==(const AuditEntry &) const = default;
};

} // namespace tavola
