#pragma once

#include "domain/customerview.h"
#include "domain/money.h"
#include "domain/payment.h"
#include "domain/requests.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace tavola::ui {

class AppContext;

/// Taking payment for a bill: the amount due large; cash with quick amounts and a keypad and the
/// change shown large; PromptPay with a QR big enough to scan across the counter — the bank
/// gateway's (a countdown, and "paid" by itself when the payment event arrives) or, without a
/// gateway, the shop's own QR for the amount, confirmed by scanning the guest's transfer slip or
/// by a manager; card with the terminal's approval code.
class CheckoutPage : public QWidget
{
    Q_OBJECT

public:
    explicit CheckoutPage(AppContext *ctx, QWidget *parent = nullptr);
    void showOrder(const QString &orderRef);
    QString orderRef() const { return m_orderRef; }
    /// The PromptPay payment on screen (empty when none).
    QString promptPayPaymentId() const { return m_promptPay.id; }

    void payCash();
    void startPromptPay();
    void payCard();
    /// PromptPay without a gateway: the slip's QR as a scanner typed it (payload + Enter).
    void confirmSlip(const QString &scanned);
    /// PromptPay without a gateway: staff saw the transfer (a manager, or with a manager's PIN).
    void confirmByStaff();
    /// What the guest sees on the customer display during checkout.
    CustomerView guestView() const;

signals:
    void done();
    void paid(const QString &orderId);
    void guestViewChanged();

private:
    void refreshDue();
    /// The order's server id; empty (and the cashier told why) while it exists only on this till.
    QString serverOrderId();
    void keypad(const QString &key);
    void showPaid(const Payment &p);
    void showError(const QString &text);
    void tick();
    void startPromptPayAtTill();
    /// A manager, or a cashier when the shop lets cashiers confirm PromptPay by eye.
    bool mayConfirmWithoutPin() const;
    /// Sends a PromptPay payment confirmed at the till ("slip" with its payload, or "staff").
    void payPromptPayAtTill(const QString &confirmation, const QString &slipPayload, const QString &managerPin);
    static QString notASlip();

    AppContext *m_ctx;
    QString m_orderRef;
    Money m_due; // the bill's total (card, PromptPay)
    Money m_cashDue; // the total rounded to the shop's cash step
    bool m_paid = false;
    void updateTenders();
    Payment m_promptPay; // the gateway's PromptPay payment on screen
    QString m_tillQr; // without a gateway: the shop's own QR on screen
    Payment m_paidPayment;
    bool m_confirming = false; // a slip or staff confirmation is on its way
    QString m_printedFor; // payment id whose receipt was printed
    QLabel *m_due_label;
    QLabel *m_message;
    QStackedWidget *m_methods;
    QLineEdit *m_received;
    QLabel *m_change;
    QLabel *m_qr;
    QLabel *m_countdown;
    QWidget *m_atTill;
    QLineEdit *m_slip;
    QLineEdit *m_staffPin;
    QPushButton *m_staffConfirm;
    QLineEdit *m_approval;
    QPushButton *m_finish;
    QList<QPushButton *> m_methodButtons;
    QList<QPushButton *> m_quickCash;
    QWidget *m_paidPanel;
    QLabel *m_paidChange;
    QLabel *m_paidReceipt;
    QTimer m_timer;
};

} // namespace tavola::ui
