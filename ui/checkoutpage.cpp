#include "checkoutpage.h"

#include "appcontext.h"
#include "errortext.h"
#include "promptpay/promptpay.h"
#include "theme.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tavola::ui {

CheckoutPage::CheckoutPage(AppContext *ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"checkout"_s);
    auto *v = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *back = new QPushButton(tr("← Back"));
    back->setObjectName(u"checkout-back"_s);
    connect(back, &QPushButton::clicked, this, &CheckoutPage::done);
    top->addWidget(back);
    m_due_label = new QLabel;
    m_due_label->setObjectName(u"checkout-due"_s);
    m_due_label->setProperty("role", u"big"_s);
    m_due_label->setAlignment(Qt::AlignCenter);
    top->addWidget(m_due_label, 1);
    v->addLayout(top);

    auto *methods = new QHBoxLayout;
    m_methods = new QStackedWidget;
    const QList<std::pair<QString, QString>> names{{u"cash"_s, tr("Cash")}, {u"promptpay"_s, tr("PromptPay")}, {u"card"_s, tr("Card")}};
    for (int i = 0; i < names.size(); ++i) {
        auto *b = new QPushButton(names[i].second);
        b->setObjectName(u"method-"_s + names[i].first);
        b->setCheckable(true);
        b->setAutoExclusive(true);
        b->setChecked(i == 0);
        b->setMinimumHeight(48);
        m_methodButtons.append(b);
        connect(b, &QPushButton::clicked, this, [this, i] {
            if (m_methods->currentIndex() != i && !m_confirming) { // what was said about another tender no longer applies
                m_message->clear();
                m_message->setStyleSheet({});
            }
            m_methods->setCurrentIndex(i);
            refreshDue();
            if (i == 1 && m_promptPay.id.isEmpty() && m_tillQr.isEmpty())
                startPromptPay();
            emit guestViewChanged();
        });
        methods->addWidget(b);
    }
    v->addLayout(methods);

    // Several tenders: what this one pays (all that is due unless a part is typed or the bill is
    // split evenly), and the tip a card or PromptPay tender adds on top.
    auto *parts = new QHBoxLayout;
    parts->addWidget(new QLabel(tr("Split evenly")));
    m_splitLess = new QPushButton(u"−"_s);
    m_splitLess->setObjectName(u"split-less"_s);
    m_splitLess->setToolTip(tr("Fewer parts"));
    m_splitMore = new QPushButton(u"+"_s);
    m_splitMore->setObjectName(u"split-more"_s);
    m_splitMore->setToolTip(tr("More parts"));
    m_splitLabel = new QLabel;
    m_splitLabel->setObjectName(u"split-parts"_s);
    m_splitLabel->setAlignment(Qt::AlignCenter);
    m_splitLabel->setMinimumWidth(36);
    for (QPushButton *b : {m_splitLess, m_splitMore}) {
        b->setMinimumSize(48, 48);
        b->setProperty("keypad", true);
    }
    connect(m_splitLess, &QPushButton::clicked, this, [this] { splitEvenly(m_parts - 1); });
    connect(m_splitMore, &QPushButton::clicked, this, [this] { splitEvenly(m_parts + 1); });
    parts->addWidget(m_splitLess);
    parts->addWidget(m_splitLabel);
    parts->addWidget(m_splitMore);
    parts->addSpacing(24);
    parts->addWidget(new QLabel(tr("Pay now")));
    m_part = new QLineEdit;
    m_part->setObjectName(u"checkout-part"_s);
    m_part->setPlaceholderText(tr("All"));
    m_part->setAlignment(Qt::AlignRight);
    m_part->setMaximumWidth(160);
    m_part->setMinimumHeight(48);
    connect(m_part, &QLineEdit::textEdited, this, [this] { m_parts = 1; }); // a typed amount replaces the even split
    connect(m_part, &QLineEdit::textChanged, this, &CheckoutPage::refreshDue);
    parts->addWidget(m_part);
    parts->addSpacing(24);
    m_tipLabel = new QLabel(tr("Tip"));
    parts->addWidget(m_tipLabel);
    m_tip = new QLineEdit;
    m_tip->setObjectName(u"checkout-tip"_s);
    m_tip->setPlaceholderText(u"0.00"_s);
    m_tip->setAlignment(Qt::AlignRight);
    m_tip->setMaximumWidth(120);
    m_tip->setMinimumHeight(48);
    connect(m_tip, &QLineEdit::textChanged, this, &CheckoutPage::refreshDue);
    parts->addWidget(m_tip);
    parts->addStretch();
    m_paidSoFar = new QLabel;
    m_paidSoFar->setObjectName(u"checkout-paid-so-far"_s);
    m_paidSoFar->setStyleSheet(u"font-weight: bold;"_s);
    parts->addWidget(m_paidSoFar);
    // A QR already shown is for the old amount: show the one for the new amount.
    for (QLineEdit *e : {m_part, m_tip}) {
        connect(e, &QLineEdit::editingFinished, this, [this] {
            if (m_methods->currentIndex() == 1 && !m_paid && (!m_promptPay.id.isEmpty() || !m_tillQr.isEmpty())) {
                m_promptPay = {};
                m_tillQr.clear();
                startPromptPay();
            }
        });
    }
    // (A widget of its own, so the paid bill can put the whole row away.)
    m_partsRow = new QWidget;
    m_partsRow->setObjectName(u"checkout-parts"_s);
    parts->setContentsMargins(0, 0, 0, 0);
    m_partsRow->setLayout(parts);
    v->addWidget(m_partsRow);

    // Cash: on the left what was received, the quick-cash notes for this bill, the change and
    // "Take cash"; on the right the keypad — side by side, so it all fits a 768-pixel-high till.
    auto *cash = new QWidget;
    auto *ch = new QHBoxLayout(cash);
    auto *left = new QVBoxLayout;
    m_received = new QLineEdit;
    m_received->setObjectName(u"cash-received"_s);
    m_received->setPlaceholderText(tr("Cash received"));
    m_received->setAlignment(Qt::AlignRight);
    connect(m_received, &QLineEdit::textChanged, this, &CheckoutPage::refreshDue);
    left->addWidget(m_received);
    auto *quick = new QGridLayout;
    auto *exact = new QPushButton(tr("Exact"));
    exact->setObjectName(u"cash-exact"_s);
    exact->setMinimumHeight(48);
    exact->setProperty("keypad", true);
    connect(exact, &QPushButton::clicked, this, [this] { keypad(u"exact"_s); });
    quick->addWidget(exact, 0, 0);
    for (int i = 0; i < 4; ++i) {
        auto *b = new QPushButton;
        b->setMinimumHeight(48);
        b->setProperty("keypad", true);
        connect(b, &QPushButton::clicked, this, [this, b] { m_received->setText(b->property("amount").toString()); });
        quick->addWidget(b, (i + 1) / 3, (i + 1) % 3);
        m_quickCash.append(b);
    }
    left->addLayout(quick);
    m_change = new QLabel;
    m_change->setObjectName(u"cash-change"_s);
    m_change->setProperty("role", u"title"_s);
    m_change->setAlignment(Qt::AlignCenter);
    left->addWidget(m_change);
    left->addStretch();
    auto *takeCash = new QPushButton(tr("Take cash"));
    takeCash->setObjectName(u"cash-pay"_s);
    takeCash->setProperty("accent", true);
    theme::setIcon(takeCash, u"pay"_s);
    takeCash->setMinimumHeight(56);
    connect(takeCash, &QPushButton::clicked, this, &CheckoutPage::payCash);
    left->addWidget(takeCash);
    ch->addLayout(left, 3);
    auto *keys = new QGridLayout;
    const QStringList keyNames{u"7"_s, u"8"_s, u"9"_s, u"4"_s, u"5"_s, u"6"_s, u"1"_s, u"2"_s, u"3"_s, u"0"_s, u"."_s, u"clear"_s};
    for (int i = 0; i < keyNames.size(); ++i) {
        const QString k = keyNames[i];
        auto *b = new QPushButton(k == u"clear"_s ? tr("Clear") : k);
        b->setObjectName(u"cash-key-"_s + k);
        b->setMinimumHeight(52);
        b->setProperty("keypad", true);
        connect(b, &QPushButton::clicked, this, [this, k] { keypad(k); });
        keys->addWidget(b, i / 3, i % 3);
    }
    ch->addLayout(keys, 2);
    m_methods->addWidget(cash);

    // PromptPay: the QR beside what the cashier does next.
    auto *pp = new QWidget;
    auto *ph = new QHBoxLayout(pp);
    m_qr = new QLabel;
    m_qr->setObjectName(u"promptpay-qr"_s);
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setMinimumSize(300, 300);
    ph->addWidget(m_qr, 1);
    auto *side = new QVBoxLayout;
    m_countdown = new QLabel;
    m_countdown->setObjectName(u"promptpay-countdown"_s);
    m_countdown->setAlignment(Qt::AlignCenter);
    m_countdown->setWordWrap(true);
    m_countdown->setProperty("role", u"title"_s);
    side->addWidget(m_countdown);
    // Without a gateway: the guest's slip is scanned, or a manager confirms the transfer.
    m_atTill = new QWidget;
    m_atTill->setObjectName(u"promptpay-at-till"_s);
    auto *at = new QVBoxLayout(m_atTill);
    at->setContentsMargins(0, 0, 0, 0);
    auto *slipHelp = new QLabel(tr("When the guest has paid, scan the small QR on their transfer slip:"));
    slipHelp->setWordWrap(true);
    at->addWidget(slipHelp);
    m_slip = new QLineEdit;
    m_slip->setObjectName(u"promptpay-slip"_s);
    m_slip->setPlaceholderText(tr("Scan slip…"));
    m_slip->setMinimumHeight(48);
    connect(m_slip, &QLineEdit::returnPressed, this, [this] { confirmSlip(m_slip->text()); });
    at->addWidget(m_slip);
    at->addSpacing(16);
    auto *staffHelp = new QLabel(tr("No slip? A manager checks the transfer in the shop's bank app:"));
    staffHelp->setWordWrap(true);
    at->addWidget(staffHelp);
    m_staffPin = new QLineEdit;
    m_staffPin->setObjectName(u"promptpay-manager-pin"_s);
    m_staffPin->setPlaceholderText(tr("Manager PIN"));
    m_staffPin->setEchoMode(QLineEdit::Password);
    m_staffPin->setMinimumHeight(48);
    connect(m_staffPin, &QLineEdit::returnPressed, this, &CheckoutPage::confirmByStaff);
    at->addWidget(m_staffPin);
    m_staffConfirm = new QPushButton(tr("Transfer received — confirm"));
    m_staffConfirm->setObjectName(u"promptpay-staff"_s);
    theme::setIcon(m_staffConfirm, u"done"_s);
    m_staffConfirm->setMinimumHeight(56);
    connect(m_staffConfirm, &QPushButton::clicked, this, &CheckoutPage::confirmByStaff);
    at->addWidget(m_staffConfirm);
    m_atTill->hide();
    side->addWidget(m_atTill);
    side->addStretch();
    ph->addLayout(side, 1);
    m_methods->addWidget(pp);

    // Card.
    auto *card = new QWidget;
    auto *cv = new QVBoxLayout(card);
    cv->addWidget(new QLabel(tr("Run the card on the terminal, then enter its approval code.")));
    m_approval = new QLineEdit;
    m_approval->setObjectName(u"card-approval"_s);
    m_approval->setPlaceholderText(tr("Approval code"));
    cv->addWidget(m_approval);
    auto *payCardButton = new QPushButton(tr("Record card payment"));
    payCardButton->setObjectName(u"card-pay"_s);
    payCardButton->setProperty("accent", true);
    theme::setIcon(payCardButton, u"card"_s);
    connect(payCardButton, &QPushButton::clicked, this, &CheckoutPage::payCard);
    cv->addWidget(payCardButton);
    cv->addStretch();
    m_methods->addWidget(card);
    v->addWidget(m_methods, 1);
    // Card and PromptPay need the server; cash works offline (the outbox sends it later). The
    // notice sits between the tenders and what each asks for.
    v->insertWidget(v->indexOf(m_methods),
                    m_ctx->serverOnly(u"checkout-needs-server"_s,
                                      {payCardButton, m_staffConfirm, m_slip, m_staffPin, m_part, m_splitLess, m_splitMore, m_tip}));
    connect(&m_ctx->realtime, &client::RealtimeClient::stateChanged, this, [this] {
        if (!m_ctx->online() && !m_paid && m_methods->currentIndex() != 0)
            m_methodButtons[0]->click(); // offline only cash can be taken
        updateTenders();
    });

    m_message = new QLabel;
    m_message->setObjectName(u"checkout-message"_s);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setProperty("role", u"title"_s);
    v->addWidget(m_message);
    // Paid: the tenders give way to the change in very large type, the receipt and the next step.
    m_paidPanel = new QWidget;
    m_paidPanel->setObjectName(u"checkout-paid"_s);
    auto *paid = new QVBoxLayout(m_paidPanel);
    paid->addStretch();
    m_paidChange = new QLabel;
    m_paidChange->setObjectName(u"checkout-paid-change"_s);
    m_paidChange->setAlignment(Qt::AlignCenter);
    m_paidChange->setStyleSheet(u"font-size: 44pt; font-weight: bold; color: #1f7a4d;"_s);
    paid->addWidget(m_paidChange);
    m_paidReceipt = new QLabel;
    m_paidReceipt->setObjectName(u"checkout-paid-receipt"_s);
    m_paidReceipt->setAlignment(Qt::AlignCenter);
    m_paidReceipt->setWordWrap(true);
    m_paidReceipt->setProperty("role", u"title"_s);
    paid->addWidget(m_paidReceipt);
    paid->addStretch();
    m_finish = new QPushButton(tr("Done — next guest"));
    m_finish->setObjectName(u"checkout-finish"_s);
    m_finish->setProperty("accent", true);
    theme::setIcon(m_finish, u"done"_s);
    m_finish->setMinimumHeight(72);
    connect(m_finish, &QPushButton::clicked, this, &CheckoutPage::done);
    paid->addWidget(m_finish);
    m_paidPanel->hide();
    v->addWidget(m_paidPanel, 1);

    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &CheckoutPage::tick);
    connect(&m_ctx->store, &client::ClientStore::orderChanged, this, &CheckoutPage::refreshDue);
    // PromptPay turns to "paid" by itself when the event arrives; cash queued offline shows its
    // receipt once the server took it.
    connect(&m_ctx->store, &client::ClientStore::paymentChanged, this, [this](const Payment &p) {
        if (!m_promptPay.id.isEmpty() && p.id == m_promptPay.id) {
            if (p.status == PaymentStatus::Paid)
                tenderTaken(p);
            else if (p.status == PaymentStatus::Flagged)
                showError(tr("The amount paid does not match the bill. Ask a manager."));
        } else if (p.method == PaymentMethod::Cash && p.status == PaymentStatus::Paid && m_ctx->outbox.resolve(m_orderRef) == p.orderId) {
            tenderTaken(p);
        }
    });
    connect(&m_ctx->outbox, &client::Outbox::actionFailed, this,
            [this](qint64, const Error &e) { showError(client::ErrorText::forError(e)); });
}

void CheckoutPage::showOrder(const QString &orderRef)
{
    m_orderRef = orderRef;
    m_promptPay = {};
    m_tillQr.clear();
    m_paidPayment = {};
    m_confirming = false;
    m_atTill->hide();
    m_slip->clear();
    m_staffPin->clear();
    m_received->clear();
    m_approval->clear();
    m_parts = 1;
    m_part->clear();
    m_tip->clear();
    m_lastTender.clear();
    m_message->clear();
    m_message->setStyleSheet({});
    m_qr->clear();
    m_countdown->clear();
    m_paid = false;
    m_paidPanel->hide();
    m_methods->show();
    m_partsRow->show();
    updateTenders();
    m_methods->setCurrentIndex(0);
    if (auto *b = findChild<QPushButton *>(u"method-cash"_s))
        b->setChecked(true);
    m_timer.stop();
    refreshDue();
}

void CheckoutPage::updateTenders()
{
    // Paid: no tender more. Offline: cash only (card and PromptPay need the server).
    for (int i = 0; i < m_methodButtons.size(); ++i)
        m_methodButtons[i]->setEnabled(!m_paid && (i == 0 || m_ctx->online()));
}

Money CheckoutPage::balance() const
{
    const Order *o = m_ctx->store.order(m_orderRef);
    return o ? o->balanceDue() : Money();
}

std::optional<Money> CheckoutPage::part() const
{
    const QString text = m_part->text().trimmed();
    if (text.isEmpty() || !m_ctx->online())
        return std::nullopt; // all of it (offline: one tender for the whole bill)
    auto amount = Money::parse(text);
    if (!amount || amount->satang() <= 0)
        return std::nullopt;
    return *amount;
}

Money CheckoutPage::tip() const
{
    if (m_methods->currentIndex() == 0 || m_tip->text().trimmed().isEmpty())
        return {};
    auto amount = Money::parse(m_tip->text().trimmed());
    return amount && amount->satang() > 0 ? *amount : Money();
}

bool CheckoutPage::checkPart()
{
    const QString text = m_part->text().trimmed();
    if (text.isEmpty() || !m_ctx->online())
        return true;
    auto amount = Money::parse(text);
    if (!amount || amount->satang() <= 0) {
        showError(tr("Enter the amount to pay now, for example 150 or 150.50."));
        return false;
    }
    if (*amount > balance()) {
        showError(tr("That is more than the %1 still due.").arg(theme::baht(balance().satang())));
        return false;
    }
    return true;
}

void CheckoutPage::setAmounts(PaymentRequest &request) const
{
    if (const std::optional<Money> now = part(); now && *now < balance())
        request.amount = now;
    request.tip = tip();
}

void CheckoutPage::splitEvenly(int parts)
{
    m_parts = std::clamp(parts, 1, 20);
    if (m_parts == 1)
        m_part->clear();
    refreshDue();
}

void CheckoutPage::refreshDue()
{
    if (m_paid)
        return; // the bill is settled: nothing is due and nothing is "not enough"
    const Order *o = m_ctx->store.order(m_orderRef);
    const Money left = balance();
    m_splitLabel->setText(QString::number(m_parts));
    m_splitLess->setEnabled(m_parts > 1 && m_ctx->online());
    if (m_parts > 1) {
        const QString share = tavola::splitEvenly(left, m_parts).first().toString();
        if (m_part->text() != share) {
            const QSignalBlocker quiet(m_part);
            m_part->setText(share);
        }
    }
    const bool cardOrQr = m_methods->currentIndex() != 0;
    m_tipLabel->setVisible(cardOrQr);
    m_tip->setVisible(cardOrQr);
    const std::optional<Money> now = part();
    const bool settles = !now || *now >= left;
    m_due = settles ? left : *now;
    // Cash pays the rest rounded to the shop's cash step; a part, card and PromptPay pay it exactly.
    const CashDue cash = settles ? cashDue(left, m_ctx->shop().tax.cashRounding) : CashDue{m_due, Money()};
    m_cashDue = cash.due;
    const bool cashTab = m_methods->currentIndex() == 0;
    QString text;
    if (!settles)
        text = tr("Pay now %1 of %2 due").arg(theme::baht(m_due.satang()), theme::baht(left.satang()));
    else if (cashTab && !cash.rounding.isZero())
        text = tr("Due %1 (cash rounding %2)").arg(theme::baht(m_cashDue.satang()), cash.rounding.toString());
    else
        text = tr("Due %1").arg(theme::baht(m_due.satang()));
    if (!cashTab && !tip().isZero())
        text += u"  "_s + tr("+ tip %1 = %2").arg(theme::baht(tip().satang()), theme::baht((m_due + tip()).satang()));
    m_due_label->setText(text);
    m_paidSoFar->setText(o && !o->paidAmount.isZero()
                             ? tr("Paid so far %1 of %2").arg(theme::baht(o->paidAmount.satang()), theme::baht(o->totals.total.satang()))
                             : QString());
    const QList<Money> quick = quickCashAmounts(m_cashDue);
    for (int i = 0; i < m_quickCash.size(); ++i) {
        QPushButton *b = m_quickCash[i];
        const bool shown = i + 1 < quick.size();
        b->setVisible(shown);
        if (!shown)
            continue;
        const Money amount = quick[i + 1];
        b->setText(theme::baht(amount.satang()));
        b->setProperty("amount", amount.toString());
        b->setObjectName(u"cash-%1"_s.arg(amount.satang() / 100));
    }
    auto received = Money::parse(m_received->text().trimmed().isEmpty() ? u"0"_s : m_received->text().trimmed());
    if (received && received->satang() >= m_cashDue.satang() && m_cashDue.satang() > 0)
        m_change->setText(tr("Change %1").arg(theme::baht(received->satang() - m_cashDue.satang())));
    else if (received && !m_received->text().trimmed().isEmpty())
        m_change->setText(tr("%1 more needed").arg(theme::baht(m_cashDue.satang() - received->satang())));
    else
        m_change->clear();
    emit guestViewChanged();
}

void CheckoutPage::keypad(const QString &key)
{
    if (key == u"clear"_s)
        m_received->clear();
    else if (key == u"exact"_s)
        m_received->setText(m_cashDue.toString());
    else
        m_received->setText(m_received->text() + key);
}

void CheckoutPage::payCash()
{
    auto received = Money::parse(m_received->text().trimmed());
    if (m_paid || !checkPart())
        return;
    if (!received || received->satang() < m_cashDue.satang()) {
        showError(tr("Enter the cash received: at least %1.").arg(theme::baht(m_cashDue.satang())));
        return;
    }
    const std::optional<Money> now = part();
    if (auto r = m_ctx->outbox.payCash(m_orderRef, *received, now && *now < balance() ? now : std::nullopt); !r) {
        showError(client::ErrorText::forError(r.error()));
        return;
    }
    if (m_ctx->realtime.state() == client::RealtimeClient::State::Online) {
        m_message->setText(tr("Saving…"));
        return;
    }
    // Offline the cash is in the drawer now: the guest gets the change, the server the payment
    // (and the receipt its number) when the connection is back.
    Payment local;
    local.method = PaymentMethod::Cash;
    local.amountReceived = *received;
    local.change = *received - m_cashDue;
    showPaid(local);
}

QString CheckoutPage::serverOrderId()
{
    const QString orderId = m_ctx->outbox.resolve(m_orderRef);
    if (!client::Outbox::isLocal(orderId))
        return orderId;
    showError(client::Outbox::needsServer().message);
    return {};
}

void CheckoutPage::startPromptPay()
{
    if (!m_ctx->shop().promptpayGateway) {
        startPromptPayAtTill();
        return;
    }
    const QString orderId = serverOrderId();
    if (orderId.isEmpty())
        return;
    if (!checkPart())
        return;
    PaymentRequest req;
    req.orderId = orderId;
    req.method = PaymentMethod::PromptPay;
    setAmounts(req);
    m_message->setStyleSheet({});
    m_message->setText(tr("Asking the bank for a QR…"));
    m_ctx->api.pay(req, QUuid::createUuid().toString(QUuid::WithoutBraces), this, [this](Result<Payment> r) {
        if (!r) {
            showError(r.error().code == ErrorCode::Unavailable ? client::Outbox::needsServer().message
                                                               : client::ErrorText::forError(r.error()));
            return;
        }
        m_promptPay = *r;
        (void)theme::showQr(m_qr, r->qrPayload, std::max(360, std::min(width(), height()) / 2)); // a payload the server built
        m_message->setText(tr("Scan with any Thai banking app: %1").arg(theme::baht((r->amount + r->tip).satang())));
        tick();
        m_timer.start();
        emit guestViewChanged();
    });
}

void CheckoutPage::startPromptPayAtTill()
{
    const QString target = m_ctx->shop().promptpayId;
    if (target.isEmpty()) {
        showError(tr("The shop's PromptPay ID is not set: a manager enters it in Settings."));
        return;
    }
    if (!checkPart())
        return;
    const Money amount = m_due + tip(); // the guest transfers the tip with the bill
    auto payload = promptpay::buildForInput(target, amount);
    if (!payload) {
        showError(payload.error().message);
        return;
    }
    if (auto shown = theme::showQr(m_qr, *payload, std::max(300, std::min(width() / 2, height() - 220))); !shown) {
        showError(shown.error().message);
        return;
    }
    m_tillQr = *payload;
    m_countdown->setText(tr("PromptPay %1").arg(theme::baht(amount.satang())));
    m_message->setStyleSheet({});
    m_message->setText(tr("The guest scans this QR with any Thai banking app."));
    const bool withoutPin = mayConfirmWithoutPin();
    m_staffPin->setVisible(!withoutPin);
    m_staffConfirm->setText(withoutPin ? tr("Transfer received — confirm") : tr("Transfer received — confirm with manager PIN"));
    m_atTill->show();
    m_slip->setFocus(); // a keyboard-wedge scanner types into it
    emit guestViewChanged();
}

bool CheckoutPage::mayConfirmWithoutPin() const
{
    return m_ctx->isManager() || (m_ctx->role() == Role::Cashier && m_ctx->shop().promptpayStaffConfirm == u"cashier"_s);
}

void CheckoutPage::confirmSlip(const QString &scanned)
{
    // A scanner set to a US keyboard while the till types Thai sends Thai letters: read them back.
    const QString payload = promptpay::fromThaiKeyboard(scanned.trimmed());
    m_slip->clear();
    if (payload.isEmpty() || m_paid || m_confirming)
        return;
    if (auto slip = promptpay::parseSlip(payload); !slip) {
        showError(notASlip());
        return;
    }
    payPromptPayAtTill(u"slip"_s, payload, {});
}

QString CheckoutPage::notASlip()
{
    return tr("This is not a transfer slip's QR. Scan the small QR printed on the guest's e-slip.");
}

void CheckoutPage::confirmByStaff()
{
    if (m_paid || m_confirming)
        return;
    const QString pin = mayConfirmWithoutPin() ? QString() : m_staffPin->text().trimmed();
    m_staffPin->clear();
    if (!mayConfirmWithoutPin() && pin.isEmpty()) {
        showError(tr("A manager enters their PIN to confirm a transfer without a slip."));
        m_staffPin->setFocus();
        return;
    }
    payPromptPayAtTill(u"staff"_s, {}, pin);
}

void CheckoutPage::payPromptPayAtTill(const QString &confirmation, const QString &slipPayload, const QString &managerPin)
{
    PaymentRequest request;
    request.orderId = serverOrderId();
    if (request.orderId.isEmpty())
        return;
    request.method = PaymentMethod::PromptPay;
    request.confirmation = confirmation;
    request.slipPayload = slipPayload;
    setAmounts(request);
    m_confirming = true;
    m_message->setStyleSheet({});
    m_message->setText(confirmation == u"slip"_s ? tr("Checking the slip…") : tr("Confirming…"));
    m_ctx->api.pay(request, QUuid::createUuid().toString(QUuid::WithoutBraces), managerPin, this, [this](Result<Payment> r) {
        m_confirming = false;
        if (r) {
            tenderTaken(*r);
            return;
        }
        const Error &e = r.error();
        if (e.code == ErrorCode::SlipAlreadyUsed && e.details.contains(u"receipt_number"_s)) {
            const auto at = parseTime(e.details.value(u"paid_at"_s).toString());
            const QString when = at ? at->toOffsetFromUtc(m_ctx->shop().utcOffsetMinutes * 60).toString(u"HH:mm"_s) : QString();
            showError(tr("This slip already paid receipt %1 at %2. Ask the guest for the slip of this payment.")
                          .arg(e.details.value(u"receipt_number"_s).toString(), when));
        } else if (e.code == ErrorCode::ValidationFailed && e.details.value(u"field"_s).toString() == u"slip_payload"_s) {
            showError(notASlip());
        } else {
            showError(client::ErrorText::forError(e));
        }
        m_slip->setFocus();
    });
}

void CheckoutPage::tick()
{
    if (m_promptPay.id.isEmpty())
        return;
    const qint64 left = clock::nowUtc().secsTo(m_promptPay.expiresAt);
    if (left <= 0) {
        m_timer.stop();
        m_countdown->setText(tr("The QR has expired: tap PromptPay for a new one."));
        m_promptPay = {};
        return;
    }
    m_countdown->setText(tr("Waiting for payment · %1:%2").arg(left / 60).arg(left % 60, 2, 10, QChar(u'0')));
    // A lost event must not leave the cashier waiting: ask every 5 s as well.
    if (left % 5 == 0) {
        m_ctx->api.payment(m_promptPay.id, this, [this](Result<Payment> p) {
            if (p && p->status == PaymentStatus::Paid && p->id == m_promptPay.id)
                tenderTaken(*p);
        });
    }
}

void CheckoutPage::payCard()
{
    const QString orderId = serverOrderId();
    if (orderId.isEmpty())
        return;
    PaymentRequest req;
    req.orderId = orderId;
    req.method = PaymentMethod::Card;
    req.approvalCode = m_approval->text().trimmed();
    if (req.approvalCode.isEmpty()) {
        showError(tr("Enter the approval code from the card terminal."));
        return;
    }
    if (!checkPart())
        return;
    setAmounts(req);
    m_ctx->api.pay(req, QUuid::createUuid().toString(QUuid::WithoutBraces), this, [this](Result<Payment> r) {
        if (!r) {
            showError(client::ErrorText::forError(r.error()));
            return;
        }
        tenderTaken(*r);
    });
}

CustomerView CheckoutPage::guestView() const
{
    CustomerView v;
    v.stage = CustomerView::Stage::Order;
    if (const Order *o = m_ctx->store.order(m_orderRef)) {
        if (const Table *t = m_ctx->store.tables()->find(o->tableId))
            v.table = t->name;
        for (const OrderLine &l : o->items)
            if (!l.voided)
                v.lines.append({l.name, l.nameTh, l.qty, l.lineTotal()});
        v.total = o->totals.total;
        v.serviceCharge = o->totals.serviceCharge;
        v.vat = o->totals.vat;
    }
    if (m_paid) {
        v.stage = CustomerView::Stage::Paid;
        v.method = enumName(m_paidPayment.method);
        v.change = m_paidPayment.change;
    } else if (m_methods->currentIndex() == 1 && (!m_promptPay.id.isEmpty() || !m_tillQr.isEmpty())) {
        v.stage = CustomerView::Stage::PromptPay;
        v.qrPayload = m_promptPay.id.isEmpty() ? m_tillQr : m_promptPay.qrPayload;
        v.qrAmount = m_promptPay.id.isEmpty() ? m_due + tip() : m_promptPay.amount + m_promptPay.tip;
        v.qrExpiresAt = m_promptPay.expiresAt;
    }
    return v;
}

void CheckoutPage::tenderTaken(const Payment &p)
{
    if (!p.id.isEmpty() && p.id == m_lastTender)
        return; // its reply and its event: one tender
    m_lastTender = p.id;
    if (p.partial)
        showPart(p);
    else
        showPaid(p);
}

void CheckoutPage::showPart(const Payment &p)
{
    m_parts = std::max(1, m_parts - 1);
    m_promptPay = {};
    m_tillQr.clear();
    m_qr->clear();
    m_atTill->hide();
    m_timer.stop();
    m_countdown->clear();
    m_received->clear();
    m_approval->clear();
    m_tip->clear();
    m_slip->clear();
    m_staffPin->clear();
    if (m_parts == 1)
        m_part->clear();
    m_methods->setCurrentIndex(0);
    m_methodButtons[0]->setChecked(true);
    const QString method = p.method == PaymentMethod::Cash ? tr("cash") : p.method == PaymentMethod::Card ? tr("card") : tr("PromptPay");
    QString text = tr("%1 paid by %2.").arg(theme::baht(p.towardsTotal().satang()), method);
    if (p.method == PaymentMethod::Cash && !p.change.isZero())
        text += u' ' + tr("Change %1.").arg(theme::baht(p.change.satang()));
    m_message->setStyleSheet(u"color: #1f7a4d;"_s);
    m_message->setText(text + u' ' + tr("Take the next part."));
    m_ctx->store.fetchOrder(p.orderId); // paid so far and the balance due
    refreshDue();
}

void CheckoutPage::printReceipt(const QString &orderId)
{
    m_ctx->api.order(orderId, this, [this, orderId](Result<Order> o) {
        if (!o)
            return;
        m_ctx->api.orderPayments(orderId, this, [this, order = *o](Result<QList<Payment>> all) {
            if (!all)
                return;
            QList<Payment> tenders;
            for (const Payment &p : *all) {
                if (p.status == PaymentStatus::Paid)
                    tenders.append(p);
            }
            if (auto job = m_ctx->printReceipt(order, tenders); !job)
                m_message->setText(m_message->text() + u"\n"_s + job.error().message);
        });
    });
}

void CheckoutPage::showPaid(const Payment &p)
{
    m_paidPayment = p;
    m_tillQr.clear();
    m_atTill->hide();
    m_timer.stop();
    m_countdown->clear();
    m_paid = true;
    m_methods->hide();
    m_partsRow->hide(); // nothing is left to split or pay in parts
    updateTenders();
    m_due_label->setText(tr("Paid ✓"));
    m_paidSoFar->clear(); // (what earlier parts paid: the whole bill is paid now)
    m_message->clear();
    m_message->setStyleSheet({});
    m_paidChange->setText(p.method == PaymentMethod::Cash
                              ? tr("Change %1").arg(theme::baht(p.change.satang()))
                              : tr("Paid by %1").arg(p.method == PaymentMethod::Card ? tr("card") : tr("PromptPay")));
    m_paidReceipt->setText(p.receiptNumber.isEmpty() ? tr("Receipt number follows when the connection is back")
                                                     : tr("Receipt %1").arg(p.receiptNumber));
    m_paidPanel->show();
    m_finish->setFocus();
    emit guestViewChanged();
    if (p.orderId.isEmpty())
        return; // taken offline: the server has not seen it yet
    emit paid(p.orderId);
    // The receipt (an abbreviated tax invoice) goes to this till's printer through the queue.
    if (!m_ctx->printerUri.isEmpty() && !p.receiptNumber.isEmpty() && m_printedFor != p.id) {
        m_printedFor = p.id;
        printReceipt(p.orderId);
    }
}

void CheckoutPage::showError(const QString &text)
{
    m_message->setStyleSheet(u"color: #b3382c;"_s);
    m_message->setText(text);
}

} // namespace tavola::ui
