#include "serverstate.h"

#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace tavola::server {

void Metrics::record(const QString &route, int status, double seconds)
{
    Series &s = requests[{route, status}];
    ++s.count;
    s.sumSeconds += seconds;
    std::size_t i = 0;
    while (i < kBounds.size() && seconds > kBounds[i])
        ++i;
    ++s.buckets[i];
}

QString ServerState::businessDay(const QDateTime &t) const
{
    return shop.businessDay(t).toString(Qt::ISODate);
}

const QString &ServerState::dummySecretHash()
{
    if (m_dummySecretHash.isEmpty())
        m_dummySecretHash = hashSecret(QUuid::createUuid().toString(), config.passwordIterations);
    return m_dummySecretHash;
}

Status ServerState::loadSettings(Database &db)
{
    auto s = SettingsRepository(db).load();
    if (!s)
        return s.error();
    shop = *s;
    shop.posId = config.posId;
    shop.promptpayGateway = gateway != nullptr; // from this instance's configuration
    return {};
}

} // namespace tavola::server
