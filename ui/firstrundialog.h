#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace tavola::ui {

/// The first start of a till with its own server on an empty database (no demo): the owner makes
/// the first account — a sign-in name, a password (for the server and the back office) and a PIN
/// (for the till). Everything else (menu, tables, staff, taxes, printers) is set up in the app.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(QWidget *parent = nullptr);
    QString username() const;
    QString password() const;
    QString pin() const;
    /// What is wrong with what was typed (empty when it will do).
    QString problem() const;

private:
    void tryAccept();

    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLineEdit *m_pin;
    QLabel *m_message;
};

} // namespace tavola::ui
