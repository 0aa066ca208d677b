#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace tavola::ui {

class AppContext;

/// Sign-in: the username and a big PIN pad (digits are shown as dots).
class LoginPage : public QWidget
{
    Q_OBJECT

public:
    /// `namePrefix` before every object name ("lock-" for the lock screen's own pad).
    explicit LoginPage(AppContext *ctx, QWidget *parent = nullptr, const QString &namePrefix = {});
    void setUsername(const QString &username);
    /// A message above the pad (e.g. no keychain available).
    void setNotice(const QString &text);
    /// As the lock screen of an idle till: "Locked", the last user's name ready, the PIN empty.
    void setLocked(bool locked, const QString &lastUser = {});
    /// Puts the keyboard on the PIN (the user is known) or on the username.
    void focusEntry();

signals:
    void signedIn();

private:
    void press(const QString &key);
    void submit();

    AppContext *m_ctx;
    QLineEdit *m_user;
    QLineEdit *m_pin;
    QLabel *m_error;
    QLabel *m_notice;
    QLabel *m_title;
};

} // namespace tavola::ui
