#include "sessionstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSession, "tavola.client.session")

using namespace Qt::StringLiterals;

namespace tavola::client {

namespace {
const QString kKey = u"session"_s;
}

SessionStore::SessionStore(QString service, QObject *parent) : QObject(parent), m_service(std::move(service)) { }

QString SessionStore::unavailableMessage()
{
    return QCoreApplication::translate("tavola::client::SessionStore",
                                       "No keychain is available on this computer, so the sign-in is not remembered: "
                                       "you will be asked for your PIN at each start.");
}

Error SessionStore::keychainError(int code, const QString &detail)
{
    if (code == QKeychain::EntryNotFound)
        return Error{ErrorCode::NotFound, u"No saved session"_s, {}};
    // Never fall back to a file: the refresh token is as good as a password.
    qCWarning(lcSession).noquote() << u"keychain unavailable (error %1): %2"_s.arg(code).arg(detail);
    emit keychainUnavailable(unavailableMessage());
    return Error{ErrorCode::Unavailable, unavailableMessage(), QJsonObject{{u"keychain_error"_s, code}}};
}

void SessionStore::save(const Saved &session, std::function<void(Status)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(kKey);
    job->setTextData(QString::fromUtf8(QJsonDocument(QJsonObject{{u"server_url"_s, session.serverUrl},
                                                                 {u"username"_s, session.username},
                                                                 {u"refresh_token"_s, session.refreshToken}})
                                           .toJson(QJsonDocument::Compact)));
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            done(keychainError(j->error(), j->errorString()));
        else
            done(Status{});
    });
    job->start();
}

void SessionStore::load(std::function<void(Result<Saved>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(kKey);
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            done(keychainError(j->error(), j->errorString()));
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(static_cast<QKeychain::ReadPasswordJob *>(j)->textData().toUtf8()).object();
        Saved s{o.value(u"server_url"_s).toString(), o.value(u"username"_s).toString(), o.value(u"refresh_token"_s).toString()};
        if (s.refreshToken.isEmpty())
            done(Error{ErrorCode::NotFound, u"The saved session is empty"_s, {}});
        else
            done(s);
    });
    job->start();
}

void SessionStore::clear(std::function<void(Status)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(kKey);
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            done(keychainError(j->error(), j->errorString()));
        else
            done(Status{});
    });
    job->start();
}

} // namespace tavola::client
