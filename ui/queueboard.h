#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace tavola::ui {

class AppContext;

/// The walk-in waitlist: tickets by prefix with position and ETA; issue a ticket for a party,
/// call, seat at a vacant table, or mark a no-show.
class QueueBoard : public QWidget
{
    Q_OBJECT

public:
    explicit QueueBoard(AppContext *ctx, QWidget *parent = nullptr);
    void issueTicket(int partySize);
    /// action: "call", "seat" (at the chosen vacant table), "no-show".
    void act(const QString &code, const QString &action);

private:
    void rebuild();

    AppContext *m_ctx;
    QListWidget *m_list;
    QSpinBox *m_party;
    QComboBox *m_table;
    QLabel *m_message;
};

} // namespace tavola::ui
