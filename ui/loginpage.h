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
    explicit LoginPage(AppContext *ctx, QWidget *parent = nullptr);
    void setUsername(const QString &username);
    /// A message above the pad (e.g. no keychain available).
    void setNotice(const QString &text);

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
};

} // namespace tavola::ui
