#pragma once

#include <QSet>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;

namespace tavola::ui {

class AppContext;

/// The kitchen display: one card per active ticket with its age (green, amber, red), tap to bump
/// NEW → PREPARING → READY → SERVED, recall the last served; new tickets flash. It keeps the
/// tickets it has when the network drops and catches up through the event stream's resume.
class KitchenBoard : public QWidget
{
    Q_OBJECT

public:
    explicit KitchenBoard(AppContext *ctx, QWidget *parent = nullptr);
    /// Bumps a ticket to its next state (what a tap does).
    void bump(const QString &ticketId);
    void recallLast();

private:
    void rebuild();
    void fillStations();
    void printNewTickets();

    AppContext *m_ctx;
    QGridLayout *m_grid;
    QLabel *m_header;
    QString m_lastServed;
    QSet<QString> m_printed; // tickets already sent to this till's printer
    QComboBox *m_station;
    QTimer m_ages;
    QTimer m_flash;
};

} // namespace tavola::ui
