#pragma once

#include "domain/staff.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tavola::ui {

class AppContext;

/// The shop's staff (managers): everyone who signs in, with their role; add a person with a PIN,
/// give someone a new PIN, change a role, switch an account off and on. A manager manages the
/// staff but not administrators (the server says the same).
class StaffPage : public QWidget
{
    Q_OBJECT

public:
    explicit StaffPage(AppContext *ctx, QWidget *parent = nullptr);
    void load();
    /// The user selected in the list.
    const User *selected() const;

signals:
    void back();

private:
    void addPerson();
    void saveSelected();
    void toggleActive();
    void showSelected();
    void say(const QString &text, bool problem = false);

    AppContext *m_ctx;
    QList<User> m_users;
    QTableWidget *m_list;
    QLineEdit *m_username;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_pin;
    QPushButton *m_add;
    QPushButton *m_save;
    QPushButton *m_active;
    QLabel *m_message;
};

} // namespace tavola::ui
