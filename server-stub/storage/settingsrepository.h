#pragma once

#include "domain/customerview.h"
#include "domain/settings.h"
#include "storage/database.h"

namespace tavola::server {

/// The shop's settings, stored as key/value pairs.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database &db) : m_db(db) { }

    Result<ShopSettings> load();
    /// Writes every field of `settings`.
    Status save(const ShopSettings &settings);

private:
    Database &m_db;
};

/// The server's own secrets (token signing key, webhook secret), made once per database so
/// that every instance shares them.
class SecretRepository
{
public:
    explicit SecretRepository(Database &db) : m_db(db) { }

    /// The stored secret, or `fresh` after storing it when there is none yet.
    Result<QString> getOrCreate(const QString &name, const QString &fresh);

private:
    Database &m_db;
};

/// What each till last showed its customer display, for a display on another machine.
class CustomerDisplayRepository
{
public:
    explicit CustomerDisplayRepository(Database &db) : m_db(db) { }

    Status save(const QString &till, const CustomerView &view, const QDateTime &now);
    /// What the till showed last, or NOT_FOUND.
    Result<CustomerView> load(const QString &till);

private:
    Database &m_db;
};

} // namespace tavola::server
