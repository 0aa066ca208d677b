#pragma once

#include "apiclient.h"
#include "clientstore.h"
#include "outbox.h"
#include "realtimeclient.h"

#include <QObject>

namespace tavola::ui {

/// What every screen shares: the API client, the event stream, the outbox and the store.
class AppContext : public QObject
{
    Q_OBJECT

public:
    /// `outboxPath`: the till's local outbox file (the app data dir).
    AppContext(const QString &serverUrl, const QString &outboxPath, QObject *parent = nullptr);

    client::ApiClient api;
    client::RealtimeClient realtime{&api};
    client::Outbox outbox{&api};
    client::ClientStore store{&api, &realtime, &outbox};

    /// After sign-in: opens the event stream and loads every snapshot.
    void startSession();
    QString role() const { return api.session().role; }
    bool isManager() const { return role() == QLatin1String("manager") || role() == QLatin1String("admin"); }
};

} // namespace tavola::ui
