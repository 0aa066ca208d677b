#include "orderpage.h"

#include "appcontext.h"
#include "errortext.h"
#include "theme.h"

#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tavola::ui {

namespace {

bool thai()
{
    return QLocale().language() == QLocale::Thai;
}

QString itemName(const QString &en, const QString &th)
{
    if (th.isEmpty())
        return en;
    return thai() ? th : en;
}

} // namespace

OrderPage::OrderPage(AppContext *ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"order"_s);
    auto *h = new QHBoxLayout(this);
    // Menu: categories and item buttons.
    auto *left = new QVBoxLayout;
    m_tabs = new QTabBar;
    m_tabs->setObjectName(u"categories"_s);
    m_tabs->setExpanding(false);
    m_tabs->setMinimumHeight(56);
    m_tabs->setUsesScrollButtons(true);
    connect(m_tabs, &QTabBar::currentChanged, this, &OrderPage::rebuildMenu);
    left->addWidget(m_tabs);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    m_grid = new QWidget;
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    scroll->setWidget(m_grid);
    left->addWidget(scroll, 1);
    h->addLayout(left, 3);

    // The bill.
    auto *right = new QVBoxLayout;
    auto *top = new QHBoxLayout;
    auto *back = new QPushButton(tr("← Tables"));
    back->setObjectName(u"order-back"_s);
    connect(back, &QPushButton::clicked, this, &OrderPage::back);
    top->addWidget(back);
    m_title = new QLabel;
    m_title->setProperty("role", u"title"_s);
    top->addWidget(m_title, 1);
    right->addLayout(top);
    m_state = new QLabel;
    m_state->setObjectName(u"order-state"_s);
    m_state->setProperty("role", u"hint"_s);
    right->addWidget(m_state);
    m_lines = new QListWidget;
    m_lines->setObjectName(u"order-lines"_s);
    right->addWidget(m_lines, 1);
    m_totals = new QLabel;
    m_totals->setObjectName(u"order-totals"_s);
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setAlignment(Qt::AlignRight);
    right->addWidget(m_totals);
    auto *buttons = new QHBoxLayout;
    m_send = new QPushButton(tr("Send to kitchen"));
    m_send->setObjectName(u"order-send"_s);
    m_send->setProperty("accent", true);
    m_send->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_send, &QPushButton::clicked, this, &OrderPage::sendToKitchen);
    m_bill = new QPushButton(tr("Bill"));
    m_bill->setObjectName(u"order-bill"_s);
    m_bill->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_bill, &QPushButton::clicked, this, &OrderPage::requestBill);
    m_pay = new QPushButton(tr("Pay"));
    m_pay->setObjectName(u"order-pay"_s);
    m_pay->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_pay, &QPushButton::clicked, this, [this] { emit checkoutRequested(m_orderRef); });
    auto *print = new QPushButton(tr("Print bill"));
    print->setObjectName(u"order-print"_s);
    connect(print, &QPushButton::clicked, this, [this] {
        const Order *o = m_orderRef.isEmpty() ? nullptr : m_ctx->store.order(m_orderRef);
        if (!o)
            return;
        auto job = m_ctx->printPreBill(*o);
        m_state->setText(job ? tr("Bill sent to the printer.") : job.error().message);
    });
    buttons->addWidget(print);
    buttons->addWidget(m_send);
    buttons->addWidget(m_bill);
    buttons->addWidget(m_pay);
    right->addLayout(buttons);
    h->addLayout(right, 2);

    connect(&m_ctx->store, &client::ClientStore::menuChanged, this, [this] {
        m_tabs->blockSignals(true);
        while (m_tabs->count() > 0)
            m_tabs->removeTab(0);
        m_categoryIds.clear();
        for (const Category &c : m_ctx->store.menu().categories) {
            m_tabs->addTab(itemName(c.name, c.nameTh));
            m_categoryIds << c.id;
        }
        m_tabs->blockSignals(false);
        rebuildMenu();
    });
    connect(&m_ctx->store, &client::ClientStore::orderChanged, this, &OrderPage::refresh);
    connect(&m_ctx->store, &client::ClientStore::tableChanged, this, [this](const QString &id) {
        if (id == m_tableId)
            refresh();
    });
    connect(&m_ctx->outbox, &client::Outbox::pendingCountChanged, this, &OrderPage::refresh);
    connect(&m_ctx->outbox, &client::Outbox::actionFailed, this, [this](qint64, const Error &e) {
        m_state->setText(u"⚠ "_s + client::ErrorText::forError(e));
    });
}

void OrderPage::rebuildMenu()
{
    while (QLayoutItem *item = m_gridLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int tab = m_tabs->currentIndex();
    if (tab < 0 || tab >= m_categoryIds.size())
        return;
    int i = 0;
    for (const MenuItem &m : m_ctx->store.menu().items) {
        if (m.categoryId != m_categoryIds[tab])
            continue;
        auto *b = new QToolButton;
        b->setObjectName(u"menu-item-"_s + m.id);
        b->setProperty("menuItem", true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        const QString second = thai() ? m.name : m.nameTh;
        const QFontMetrics fm(b->font());
        auto fit = [&fm](const QString &text) { return fm.elidedText(text, Qt::ElideRight, 160); };
        b->setText(u"%1\n%2\n%3"_s.arg(fit(itemName(m.name, m.nameTh)), fit(second), theme::baht(m.price.satang())));
        b->setEnabled(m.available);
        b->setToolTip(m.available ? QString() : tr("Not available right now"));
        connect(b, &QToolButton::clicked, this, [this, id = m.id] { addItem(id); });
        m_gridLayout->addWidget(b, i / 3, i % 3);
        ++i;
    }
}

void OrderPage::showTable(const QString &tableId)
{
    m_tableId = tableId;
    m_cart.clear();
    const Table *t = m_ctx->store.tables()->find(tableId);
    m_orderRef = t ? t->orderId : QString();
    // A draft left by a crash or a restart comes back.
    for (const auto &[key, draft] : m_ctx->outbox.drafts()) {
        if (key != u"table:"_s + tableId)
            continue;
        for (const auto &v : draft.value(u"lines"_s).toArray())
            m_cart.append(AddItemRequest{v.toObject().value(u"menu_id"_s).toString(), v.toObject().value(u"qty"_s).toInt(1), {}, {}});
    }
    if (m_tabs->count() > 0 && m_tabs->currentIndex() < 0)
        m_tabs->setCurrentIndex(0);
    refresh();
}

void OrderPage::saveDraft()
{
    const QString key = u"table:"_s + m_tableId;
    if (m_cart.isEmpty()) {
        (void)m_ctx->outbox.clearDraft(key);
        return;
    }
    QJsonArray lines;
    for (const AddItemRequest &a : m_cart)
        lines.append(QJsonObject{{u"menu_id"_s, a.menuId}, {u"qty"_s, a.qty}});
    (void)m_ctx->outbox.saveDraft(key, {{u"table_id"_s, m_tableId}, {u"lines"_s, lines}});
}

void OrderPage::addItem(const QString &menuId)
{
    for (AddItemRequest &a : m_cart) {
        if (a.menuId == menuId && a.note.isEmpty()) {
            ++a.qty;
            saveDraft();
            refresh();
            return;
        }
    }
    m_cart.append(AddItemRequest{menuId, 1, {}, {}});
    saveDraft();
    refresh();
}

void OrderPage::sendToKitchen()
{
    if (m_cart.isEmpty())
        return;
    if (m_orderRef.isEmpty()) {
        CreateOrderRequest open;
        open.tableId = m_tableId;
        const Table *t = m_ctx->store.tables()->find(m_tableId);
        open.guests = t ? std::max(1, t->seats) : 2;
        auto ref = m_ctx->outbox.openOrder(open);
        if (!ref) {
            m_state->setText(client::ErrorText::forError(ref.error()));
            return;
        }
        m_orderRef = *ref;
    }
    AddItemsRequest add;
    add.items = m_cart;
    if (auto r = m_ctx->outbox.addItems(m_orderRef, add); !r) {
        m_state->setText(client::ErrorText::forError(r.error()));
        return;
    }
    (void)m_ctx->outbox.sendToKitchen(m_orderRef);
    m_cart.clear();
    saveDraft();
    refresh();
}

void OrderPage::requestBill()
{
    if (!m_cart.isEmpty())
        sendToKitchen();
    if (m_orderRef.isEmpty())
        return;
    (void)m_ctx->outbox.checkout(m_orderRef);
    emit checkoutRequested(m_orderRef);
}

void OrderPage::refresh()
{
    const Table *t = m_ctx->store.tables()->find(m_tableId);
    if (t && !t->orderId.isEmpty() && (m_orderRef.isEmpty() || m_ctx->outbox.resolve(m_orderRef) == t->orderId))
        m_orderRef = t->orderId;
    const Order *o = m_orderRef.isEmpty() ? nullptr : m_ctx->store.order(m_orderRef);
    m_title->setText(t ? tr("Table %1").arg(t->name) : QString());
    m_lines->clear();
    if (o) {
        for (const OrderLine &l : o->items) {
            auto *row = new QListWidgetItem(u"%1 × %2    %3"_s.arg(l.qty).arg(itemName(l.name, l.nameTh), theme::baht(l.lineTotal().satang())));
            if (l.voided) {
                QFont f = row->font();
                f.setStrikeOut(true);
                row->setFont(f);
            }
            m_lines->addItem(row);
        }
    }
    qint64 cartTotal = 0;
    for (const AddItemRequest &a : m_cart) {
        const MenuItem *m = m_ctx->store.menu().item(a.menuId);
        const qint64 amount = m ? m->price.satang() * a.qty : 0;
        cartTotal += amount;
        auto *row = new QListWidgetItem(u"%1 × %2    %3  · %4"_s.arg(a.qty).arg(m ? itemName(m->name, m->nameTh) : a.menuId,
                                                                               theme::baht(amount), tr("new")));
        row->setForeground(QColor(0x1f, 0x7a, 0x4d));
        m_lines->addItem(row);
    }
    QString totals;
    if (o) {
        totals = tr("Subtotal %1").arg(theme::baht(o->totals.subtotal.satang()));
        if (o->totals.discount.satang() > 0)
            totals += u"<br>"_s + tr("Discount −%1").arg(theme::baht(o->totals.discount.satang()));
        if (o->totals.serviceCharge.satang() > 0)
            totals += u"<br>"_s + tr("Service charge %1").arg(theme::baht(o->totals.serviceCharge.satang()));
        totals += u"<br>"_s + tr("VAT %1").arg(theme::baht(o->totals.vat.satang()));
        totals += u"<br><span style='font-size:22pt; font-weight:bold'>"_s + tr("Total %1").arg(theme::baht(o->totals.total.satang())) + u"</span>"_s;
    }
    if (cartTotal > 0)
        totals += u"<br><span style='color:#1f7a4d'>"_s + tr("New items %1").arg(theme::baht(cartTotal)) + u"</span>"_s;
    m_totals->setText(totals);
    // Saving… / saved / offline.
    const bool pending = !m_orderRef.isEmpty() && m_ctx->store.isPending(m_orderRef);
    const bool offline = m_ctx->realtime.state() != client::RealtimeClient::State::Online;
    if (pending)
        m_state->setText(offline ? tr("Offline — will sync when the connection is back") : tr("Saving…"));
    else if (o)
        m_state->setText(tr("Saved · order %1 · %2").arg(o->number).arg(theme::label(enumName(o->status))));
    else
        m_state->setText(tr("New order: tap dishes, then send them to the kitchen"));
    m_send->setEnabled(!m_cart.isEmpty());
    m_bill->setEnabled(!m_orderRef.isEmpty() || !m_cart.isEmpty());
    m_pay->setEnabled(o && (o->status == OrderStatus::Checkout || pending));
}

} // namespace tavola::ui
