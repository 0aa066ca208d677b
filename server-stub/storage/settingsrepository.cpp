#include "storage/settingsrepository.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tavola::server {

Result<ShopSettings> SettingsRepository::load()
{
    auto rows = m_db.rows(u"SELECT key, value FROM settings"_s);
    if (!rows)
        return rows.error();
    QMap<QString, QString> values;
    for (const Row &r : *rows)
        values.insert(r.value(u"key"_s).toString(), r.value(u"value"_s).toString());
    return ShopSettings::fromStorage(values);
}

Status SettingsRepository::save(const ShopSettings &settings)
{
    const auto map = settings.toStorage();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (auto s = m_db.run(u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                              {it.key(), it.value()});
            !s)
            return s;
    }
    return {};
}

Result<QString> SecretRepository::getOrCreate(const QString &name, const QString &fresh)
{
    auto v = m_db.scalar(u"SELECT value FROM secrets WHERE name = ?"_s, {name});
    if (!v)
        return v.error();
    if (!v->isNull())
        return v->toString();
    if (auto s = m_db.run(u"INSERT INTO secrets (name, value) VALUES (?, ?)"_s, {name, fresh}); !s)
        return s.error();
    return fresh;
}

Status CustomerDisplayRepository::save(const QString &till, const CustomerView &view, const QDateTime &now)
{
    return m_db.run(u"INSERT INTO customer_displays (till, state, updated_at) VALUES (?, ?, ?) "
                    u"ON CONFLICT (till) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at"_s,
                    {till, QString::fromUtf8(QJsonDocument(view.toJson()).toJson(QJsonDocument::Compact)), toMs(now)});
}

Result<CustomerView> CustomerDisplayRepository::load(const QString &till)
{
    auto row = m_db.row(u"SELECT state FROM customer_displays WHERE till = ?"_s, {till},
                        u"Till %1 has not shown anything to a customer display yet"_s.arg(till));
    if (!row)
        return row.error();
    return CustomerView::fromJson(QJsonDocument::fromJson(row->value(u"state"_s).toString().toUtf8()).object());
}

} // namespace tavola::server
