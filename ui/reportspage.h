#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace tavola::ui {

class AppContext;

/// Managers' reports: sales for a period grouped by day, hour, dish, category, payment method or
/// staff, with totals and refunds; and the waitlist (tickets, waits, no-shows).
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(AppContext *ctx, QWidget *parent = nullptr);
    void load();

private:
    AppContext *m_ctx;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_group;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_queue;
};

} // namespace tavola::ui
