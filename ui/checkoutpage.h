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
/// by a manager; card with the terminal's approval code. A bill may be paid in several tenders:
/// part of it ("pay now"), or split evenly in N parts, each tender taking its share while the
/// page shows what is paid so far and what is still due; card and PromptPay take a tip.
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
    /// Splits what is still due evenly in `parts` tenders (1: one tender for all of it).
    void splitEvenly(int parts);

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
    /// A tender was taken: the last one settles the bill, an earlier one leaves a balance.
    void tenderTaken(const Payment &p);
    void showPart(const Payment &p);
    /// What is still due on the bill, and what this tender pays of it (none: all of it).
    Money balance() const;
    std::optional<Money> part() const;
    /// The tip typed for a card or PromptPay tender (zero when none or not a number).
    Money tip() const;
    /// Tells the cashier when the amount to pay now is not a number or more than is due.
    bool checkPart();
    /// Sets a request's part of the bill (when not all of it) and tip.
    void setAmounts(PaymentRequest &request) const;
    /// Prints the settled bill's receipt with every tender it was paid with.
    void printReceipt(const QString &orderId);
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
    Money m_due; // what this tender pays: the balance due, or the part (card, PromptPay)
    Money m_cashDue; // the same in cash: rounded to the shop's cash step when it settles the bill
    int m_parts = 1; // split evenly: tenders still to take
    QString m_lastTender; // the last tender shown, so its event and its reply count once
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
    QLineEdit *m_part;
    QLineEdit *m_tip;
    QLabel *m_tipLabel;
    QLabel *m_splitLabel;
    QLabel *m_paidSoFar;
    QWidget *m_partsRow; // split evenly, pay now, tip, paid so far
    QPushButton *m_splitLess;
    QPushButton *m_splitMore;
    QPushButton *m_finish;
    QList<QPushButton *> m_methodButtons;
    QList<QPushButton *> m_quickCash;
    QWidget *m_paidPanel;
    QLabel *m_paidChange;
    QLabel *m_paidReceipt;
    QTimer m_timer;
};

} // namespace tavola::ui
