#include "appcontext.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApp, "tavola.ui")

namespace tavola::ui {

AppContext::AppContext(const QString &serverUrl, const QString &outboxPath, QObject *parent) : QObject(parent)
{
    api.setBaseUrl(serverUrl);
    if (auto s = outbox.open(outboxPath); !s)
        qCWarning(lcApp).noquote() << s.error().message;
}

void AppContext::startSession()
{
    realtime.start();
    store.reload();
    outbox.flush();
}

} // namespace tavola::ui
