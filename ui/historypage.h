#pragma once

#include "domain/order.h"
#include "domain/payment.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tavola::ui {

class AppContext;

/// The order history for cashiers and managers: find an order by what the guest or the rider has
/// in hand (a receipt number, pickup code, rider's code, order number or table), by type and day;
/// open it, reprint its receipt (marked COPY) or refund it with a manager's PIN.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(AppContext *ctx, QWidget *parent = nullptr);
    /// Searches again with what the filters say.
    void load();
    /// The order shown on the right, if any.
    const std::optional<Order> &selected() const { return m_order; }

private:
    void showOrder(const QString &orderId);
    void updateActions();
    void reprint();
    void refund();

    AppContext *m_ctx;
    QLineEdit *m_search;
    QComboBox *m_type;
    QComboBox *m_period;
    QTableWidget *m_list;
    QLabel *m_detail;
    QLabel *m_message;
    QPushButton *m_reprint;
    QLineEdit *m_reason;
    QLineEdit *m_pin;
    QPushButton *m_refund;
    QList<Order> m_orders;
    std::optional<Order> m_order;
    QList<Payment> m_payments;
};

} // namespace tavola::ui
