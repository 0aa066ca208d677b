#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace tavola::client {

/// Where a till remembers who was signed in: the server URL and the refresh token, in the OS
/// keychain (Secret Service on Linux, Credential Manager on Windows) through QtKeychain. When no
/// keychain is available, nothing is stored anywhere else: the app says so (unavailableMessage)
/// and asks for the PIN at each start. Never a plaintext file.
class SessionStore : public QObject
{
    Q_OBJECT

public:
    struct Saved
    {
        QString serverUrl;
        QString username;
        QString refreshToken;
        bool operator==(const Saved &) const = default;
    };

    /// `service` names the keychain entry ("Tavola"; tests use their own).
    explicit SessionStore(QString service = QStringLiteral("Tavola"), QObject *parent = nullptr);

    void save(const Saved &session, std::function<void(Status)> done);
    /// The saved session; NOT_FOUND when there is none, UNAVAILABLE without a keychain.
    void load(std::function<void(Result<Saved>)> done);
    void clear(std::function<void(Status)> done);

    /// The cashier's sentence for a missing keychain (Thai or English).
    static QString unavailableMessage();

signals:
    /// The keychain could not be used; `message` is for the cashier.
    void keychainUnavailable(const QString &message);

private:
    Error keychainError(int code, const QString &detail);
    QString m_service;
};

} // namespace tavola::client
