#include "orderpage.h"

#include "appcontext.h"
#include "errortext.h"
#include "theme.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTimer>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcOrder, "tavola.ui.order")

using namespace Qt::StringLiterals;

namespace tavola::ui {

namespace {

bool thai()
{
    return QLocale().language() == QLocale::Thai;
}

using theme::itemName;

} // namespace

OrderPage::OrderPage(AppContext *ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"order"_s);
    // A dish held down for 0.7 s turns sold out (or back on) on every till.
    m_hold.setSingleShot(true);
    m_hold.setInterval(700);
    connect(&m_hold, &QTimer::timeout, this, [this] {
        m_held = true;
        toggleSoldOut(m_holdItem);
    });
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
    m_search = new QLineEdit;
    m_search->setObjectName(u"menu-search"_s);
    m_search->setPlaceholderText(tr("Search dishes (Thai or English)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &OrderPage::rebuildMenu);
    left->addWidget(m_search);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    m_grid = new QWidget;
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    scroll->setWidget(m_grid);
    scroll->viewport()->installEventFilter(this);
    m_menuScroll = scroll;
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
    m_title->setObjectName(u"order-title"_s);
    m_title->setProperty("role", u"title"_s);
    top->addWidget(m_title, 1);
    right->addLayout(top);
    // A delivery: which platform, and its order code for the rider at the counter.
    m_deliveryRow = new QWidget;
    m_deliveryRow->setObjectName(u"order-delivery"_s);
    auto *dr = new QHBoxLayout(m_deliveryRow);
    dr->setContentsMargins(0, 0, 0, 0);
    m_channel = new QComboBox;
    m_channel->setObjectName(u"order-channel"_s);
    for (const auto &[channel, name] : EnumNames<Channel>::names)
        m_channel->addItem(theme::label(QString(name)), QString(name));
    dr->addWidget(m_channel);
    m_channelRef = new QLineEdit;
    m_channelRef->setObjectName(u"order-channel-ref"_s);
    m_channelRef->setPlaceholderText(tr("Platform's order code"));
    m_channelRef->setMaxLength(40);
    dr->addWidget(m_channelRef, 1);
    m_customer = new QLineEdit;
    m_customer->setObjectName(u"order-customer"_s);
    m_customer->setPlaceholderText(tr("Customer's name"));
    m_customer->setMaxLength(100);
    dr->addWidget(m_customer, 1);
    m_deliveryRow->hide();
    right->addWidget(m_deliveryRow);
    // A table paying in several checks: one button each.
    m_checks = new QWidget;
    m_checks->setObjectName(u"order-checks"_s);
    m_checksLayout = new QHBoxLayout(m_checks);
    m_checksLayout->setContentsMargins(0, 0, 0, 0);
    m_checks->hide();
    right->addWidget(m_checks);
    m_state = new QLabel;
    m_state->setObjectName(u"order-state"_s);
    m_state->setProperty("role", u"hint"_s);
    m_state->setWordWrap(true); // a long warning wraps instead of widening the window past the till's screen
    right->addWidget(m_state);
    m_lines = new QListWidget;
    m_lines->setObjectName(u"order-lines"_s);
    right->addWidget(m_lines, 1);
    connect(m_lines, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_selected = item ? item->data(Qt::UserRole).toString() : QString();
        showLineTools();
    });

    // A new line: quantity, modifiers, note, remove.
    m_newTools = new QWidget;
    auto *nt = new QVBoxLayout(m_newTools);
    nt->setContentsMargins(0, 0, 0, 0);
    auto *qtyRow = new QHBoxLayout;
    for (const auto &[name, label, delta] : {std::tuple{u"line-minus"_s, u"−"_s, -1}, std::tuple{u"line-plus"_s, u"+"_s, 1}}) {
        auto *b = new QPushButton(label);
        b->setObjectName(name);
        b->setMinimumWidth(80);
        connect(b, &QPushButton::clicked, this, [this, d = delta] { changeQty(d); });
        qtyRow->addWidget(b);
    }
    m_note = new QLineEdit;
    m_note->setObjectName(u"line-note"_s);
    m_note->setPlaceholderText(tr("Note for the kitchen"));
    connect(m_note, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_selected.startsWith(u"new:"_s))
            return;
        const int i = m_selected.mid(4).toInt();
        if (i >= 0 && i < m_cart.size()) {
            m_cart[i].note = text.left(200);
            saveDraft();
        }
    });
    qtyRow->addWidget(m_note, 1);
    nt->addLayout(qtyRow);
    m_modifiers = new QWidget;
    m_modifierLayout = new QHBoxLayout(m_modifiers);
    m_modifierLayout->setContentsMargins(0, 0, 0, 0);
    nt->addWidget(m_modifiers);
    right->addWidget(m_newTools);

    // A sent line: void it (a manager's PIN and a reason), give it a check of its own, or send it
    // to another table — two rows, so the reason keeps room to be typed on a 1024-pixel till.
    m_sentTools = new QWidget;
    auto *stRows = new QVBoxLayout(m_sentTools);
    stRows->setContentsMargins(0, 0, 0, 0);
    auto *st = new QHBoxLayout;
    m_reason = new QLineEdit;
    m_reason->setObjectName(u"void-reason"_s);
    m_reason->setPlaceholderText(tr("Reason"));
    st->addWidget(m_reason, 1);
    auto *voidButton = new QPushButton(tr("Void"));
    voidButton->setObjectName(u"line-void"_s);
    voidButton->setProperty("danger", true);
    voidButton->setProperty("keypad", true);
    connect(voidButton, &QPushButton::clicked, this, &OrderPage::voidSelected);
    st->addWidget(voidButton);
    stRows->addLayout(st);
    auto *elsewhere = new QHBoxLayout;
    auto *splitButton = new QPushButton(tr("To a new check"));
    splitButton->setObjectName(u"line-split"_s);
    splitButton->setToolTip(tr("One of this line goes on a check of its own, paid separately"));
    connect(splitButton, &QPushButton::clicked, this, &OrderPage::splitSelected);
    splitButton->setProperty("keypad", true); // the compact height: the bill keeps its room
    elsewhere->addWidget(splitButton, 1);
    auto *lineMove = new QPushButton(tr("Move line"));
    lineMove->setObjectName(u"line-move"_s);
    lineMove->setToolTip(tr("This line goes to the table chosen below, onto its bill"));
    connect(lineMove, &QPushButton::clicked, this, &OrderPage::moveSelectedLine);
    lineMove->setProperty("keypad", true);
    elsewhere->addWidget(lineMove, 1);
    stRows->addLayout(elsewhere);
    right->addWidget(m_sentTools);

    // The whole bill: discount and move, with a manager's PIN where the role needs one.
    auto *billTools = new QHBoxLayout;
    m_pin = new QLineEdit;
    m_pin->setObjectName(u"manager-pin"_s);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("Manager PIN"));
    m_pin->setMinimumWidth(140);
    billTools->addWidget(m_pin);
    m_discount = new QLineEdit;
    m_discount->setObjectName(u"discount-percent"_s);
    m_discount->setPlaceholderText(tr("Discount %"));
    m_discount->setMinimumWidth(120);
    billTools->addWidget(m_discount);
    auto *discountButton = new QPushButton(tr("Discount"));
    discountButton->setObjectName(u"order-discount"_s);
    connect(discountButton, &QPushButton::clicked, this, &OrderPage::applyDiscount);
    billTools->addWidget(discountButton);
    m_moveTo = new QComboBox;
    m_moveTo->setObjectName(u"move-table"_s);
    billTools->addWidget(m_moveTo, 1);
    auto *moveButton = new QPushButton(tr("Move"));
    moveButton->setObjectName(u"order-move"_s);
    connect(moveButton, &QPushButton::clicked, this, &OrderPage::moveOrder);
    billTools->addWidget(moveButton);
    right->addLayout(billTools);
    // Voids, discounts and moves need the server (and often a manager): offline they say so.
    right->addWidget(m_ctx->serverOnly(u"order-needs-server"_s,
                                       {voidButton, splitButton, lineMove, discountButton, moveButton, m_moveTo, m_discount, m_pin}));
    m_totals = new QLabel;
    m_totals->setWordWrap(true);
    m_totals->setObjectName(u"order-totals"_s);
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setAlignment(Qt::AlignRight);
    right->addWidget(m_totals);
    auto *buttons = new QHBoxLayout;
    m_send = new QPushButton(tr("Send to kitchen"));
    m_send->setObjectName(u"order-send"_s);
    m_send->setProperty("accent", true);
    theme::setIcon(m_send, u"send"_s);
    m_send->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_send, &QPushButton::clicked, this, &OrderPage::sendToKitchen);
    m_bill = new QPushButton(tr("Bill"));
    m_bill->setObjectName(u"order-bill"_s);
    theme::setIcon(m_bill, u"bill"_s);
    m_bill->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_bill, &QPushButton::clicked, this, &OrderPage::requestBill);
    m_pay = new QPushButton(tr("Pay"));
    m_pay->setObjectName(u"order-pay"_s);
    theme::setIcon(m_pay, u"pay"_s);
    m_pay->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_pay, &QPushButton::clicked, this, [this] { emit checkoutRequested(m_orderRef); });
    auto *print = new QPushButton(tr("Print bill"));
    print->setObjectName(u"order-print"_s);
    theme::setIcon(print, u"print"_s);
    connect(print, &QPushButton::clicked, this, [this] {
        const Order *o = m_orderRef.isEmpty() ? nullptr : m_ctx->store.order(m_orderRef);
        if (!o)
            return;
        auto job = m_ctx->printPreBill(*o);
        m_state->setText(job ? tr("Bill sent to the printer.") : job.error().message);
    });
    // Splitting and printing the bill sit by the table's name; the row beneath keeps the three
    // steps of a service, narrow enough to leave the menu two columns of dishes on a 1024-pixel till.
    m_splitBill = new QPushButton(tr("Split…"));
    m_splitBill->setObjectName(u"order-split"_s);
    m_splitBill->setToolTip(tr("Share the bill's dishes out onto several checks"));
    connect(m_splitBill, &QPushButton::clicked, this, [this] {
        const QString orderId = m_ctx->outbox.resolve(m_orderRef);
        if (orderId.isEmpty() || client::Outbox::isLocal(orderId)) {
            m_state->setText(client::ErrorText::forCode(ErrorCode::Unavailable));
            return;
        }
        emit splitRequested(orderId);
    });
    top->addWidget(m_splitBill);
    top->addWidget(print);
    buttons->addWidget(m_send, 3);
    buttons->addWidget(m_bill, 2);
    buttons->addWidget(m_pay, 2);
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
    connect(&m_ctx->outbox, &client::Outbox::actionFailed, this,
            [this](qint64, const Error &e) { m_state->setText(u"⚠ "_s + client::ErrorText::forError(e)); });
}

void OrderPage::rebuildMenu()
{
    while (QLayoutItem *item = m_gridLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int tab = m_tabs->currentIndex();
    const QString query = m_search->text().trimmed();
    if (query.isEmpty() && (tab < 0 || tab >= m_categoryIds.size()))
        return;
    int i = 0;
    for (const MenuItem &m : m_ctx->store.menu().items) {
        // A search looks through every category, in Thai and English.
        if (!query.isEmpty() ? !(m.name.contains(query, Qt::CaseInsensitive) || m.nameTh.contains(query))
                             : m.categoryId != m_categoryIds[tab])
            continue;
        auto *b = new QToolButton;
        b->setObjectName(u"menu-item-"_s + m.id);
        b->setProperty("menuItem", true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        const QString second = thai() ? m.name : m.nameTh;
        const QFontMetrics fm(b->font());
        auto fit = [&fm](const QString &text) { return fm.elidedText(text, Qt::ElideRight, 160); };
        b->setText(u"%1\n%2\n%3"_s.arg(fit(itemName(m.name, m.nameTh)), fit(second),
                                       m.available ? theme::baht(m.price.satang()) : tr("Sold out")));
        // Sold out: greyed, and held down (like available dishes) to change it on every till.
        b->setProperty("soldOut", !m.available);
        b->setToolTip(m.available ? tr("Hold to mark it sold out") : tr("Sold out — hold to put it back on the menu"));
        connect(b, &QToolButton::pressed, this, [this, id = m.id] {
            m_held = false;
            m_holdItem = id;
            m_hold.start();
        });
        connect(b, &QToolButton::released, &m_hold, &QTimer::stop);
        connect(b, &QToolButton::clicked, this, [this, id = m.id] {
            if (m_held) { // the hold did its work: the release is not a tap
                m_held = false;
                return;
            }
            addItem(id);
        });
        m_gridLayout->addWidget(b, i / m_columns, i % m_columns);
        ++i;
    }
}

bool OrderPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        const int width = static_cast<QWidget *>(watched)->width();
        const int margins = m_gridLayout->contentsMargins().left() + m_gridLayout->contentsMargins().right();
        // A dish button is the theme's width plus its padding and border: measure a real one.
        const QWidget *sample = m_gridLayout->count() > 0 ? m_gridLayout->itemAt(0)->widget() : nullptr;
        const int buttonWidth = sample ? sample->sizeHint().width() : theme::kMenuButtonWidth + 32;
        // Never fewer than two columns of dishes: the menu keeps that much of the width.
        const int twoColumns = 2 * buttonWidth + std::max(0, m_gridLayout->horizontalSpacing()) + margins
            + m_menuScroll->verticalScrollBar()->sizeHint().width() + 2 * m_menuScroll->frameWidth();
        if (m_menuScroll->minimumWidth() != twoColumns)
            m_menuScroll->setMinimumWidth(twoColumns);
        const int cell = buttonWidth + std::max(0, m_gridLayout->horizontalSpacing());
        const int columns = std::clamp((width - margins + std::max(0, m_gridLayout->horizontalSpacing())) / cell, 1, 12);
        if (columns != m_columns) {
            m_columns = columns;
            rebuildMenu();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OrderPage::startCounterOrder(OrderType type)
{
    m_notice.clear();
    m_tableId.clear();
    m_orderRef.clear();
    m_cart.clear();
    CreateOrderRequest open;
    open.type = type;
    open.isTakeaway = true;
    m_counterOrder = open;
    m_channelRef->clear();
    m_customer->clear();
    m_deliveryRow->setVisible(type == OrderType::Delivery);
    if (m_tabs->count() > 0 && m_tabs->currentIndex() < 0)
        m_tabs->setCurrentIndex(0);
    refresh();
}

void OrderPage::showCounterOrder(const QString &orderRef)
{
    m_notice.clear();
    m_tableId.clear();
    m_counterOrder.reset();
    m_deliveryRow->hide();
    m_orderRef = orderRef;
    m_cart.clear();
    refresh();
}

void OrderPage::showTable(const QString &tableId)
{
    m_notice.clear();
    m_tableId = tableId;
    m_counterOrder.reset();
    m_deliveryRow->hide();
    m_cart.clear();
    const Table *t = m_ctx->store.tables()->find(tableId);
    m_orderRef = t ? t->orderId : QString();
    // A draft left by a crash or a restart comes back.
    for (const auto &[table, cart] : m_ctx->outbox.carts())
        if (table == tableId)
            m_cart = cart.items; // options and notes included
    if (m_tabs->count() > 0 && m_tabs->currentIndex() < 0)
        m_tabs->setCurrentIndex(0);
    refresh();
}

void OrderPage::saveDraft()
{
    if (m_tableId.isEmpty())
        return; // drafts are kept per table; a takeaway's lines are sent at once
    if (m_cart.isEmpty()) {
        if (auto s = m_ctx->outbox.clearCart(m_tableId); !s)
            showWriteError(s.error());
        else
            clearWriteError();
        return;
    }
    AddItemsRequest cart;
    cart.items = m_cart;
    if (auto s = m_ctx->outbox.saveCart(m_tableId, cart); !s)
        showWriteError(s.error());
    else
        clearWriteError();
}

void OrderPage::clearWriteError()
{
    if (m_writeError.isEmpty())
        return;
    m_writeError.clear();
    emit writeStateChanged();
}

void OrderPage::showWriteError(const Error &error)
{
    // The till's own disk refused (full, failing, or locked by another program): the cashier must
    // know before the guest leaves. It is not the server's fault, so the server's wording is wrong.
    qCWarning(lcOrder).noquote() << "the till's storage refused a write:" << error.message;
    m_writeError = tr("Not saved on this till: its storage refused the write. Try again; if it keeps happening, "
                      "write the order down and call the manager.");
    m_state->setStyleSheet(u"color: #b3382c; font-weight: bold;"_s);
    m_state->setText(m_writeError);
    emit writeStateChanged();
}

void OrderPage::addItem(const QString &menuId)
{
    m_notice.clear();
    if (const MenuItem *m = m_ctx->store.menu().item(menuId); m && !m->available) {
        m_state->setText(tr("%1 is sold out. Hold the dish to put it back on the menu.").arg(itemName(m->name, m->nameTh)));
        return;
    }
    for (AddItemRequest &a : m_cart) {
        if (a.menuId == menuId && a.note.isEmpty() && a.modifierIds.isEmpty()) {
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

void OrderPage::toggleSoldOut(const QString &menuId)
{
    const MenuItem *m = m_ctx->store.menu().item(menuId);
    if (!m)
        return;
    if (!m_ctx->online()) {
        m_state->setText(tr("Sold out: %1").arg(AppContext::needsServerText()));
        return;
    }
    const bool available = !m->available;
    const QString name = itemName(m->name, m->nameTh);
    m_ctx->api.setItemAvailable(menuId, available, this, [this, available, name](Result<MenuItem> r) {
        if (!r) {
            m_state->setText(u"⚠ "_s + client::ErrorText::forError(r.error()));
            return;
        }
        m_notice = available ? tr("%1 is back on the menu on every till.").arg(name) : tr("%1 is sold out on every till.").arg(name);
        m_state->setText(m_notice);
        m_ctx->store.reload(); // this till at once; the others on menu.updated
    });
}

void OrderPage::sendToKitchen()
{
    m_notice.clear();
    if (m_cart.isEmpty())
        return;
    // A dish whose required choice is missing ("Spice level") is not sent: the kitchen would ask.
    for (qsizetype i = 0; i < m_cart.size(); ++i) {
        const MenuItem *item = m_ctx->store.menu().item(m_cart[i].menuId);
        if (!item)
            continue;
        if (const ModifierGroup *g = item->brokenGroup(m_cart[i].modifierIds)) {
            m_selected = u"new:%1"_s.arg(i);
            refresh();
            m_notice = g->min == g->max
                ? tr("%1: choose %n of %2 first.", nullptr, g->min).arg(itemName(item->name, item->nameTh), itemName(g->name, g->nameTh))
                : tr("%1: choose %3 to %4 of %2.")
                      .arg(itemName(item->name, item->nameTh), itemName(g->name, g->nameTh))
                      .arg(g->min)
                      .arg(g->max);
            m_state->setText(m_notice);
            return;
        }
    }
    if (m_orderRef.isEmpty()) {
        CreateOrderRequest open;
        if (m_counterOrder) {
            open = *m_counterOrder;
            if (open.type == OrderType::Delivery) {
                open.channel = enumFromName<Channel>(m_channel->currentData().toString());
                open.channelRef = m_channelRef->text().trimmed();
            }
            open.customerName = m_customer->text().trimmed();
        } else {
            open.tableId = m_tableId;
            const Table *t = m_ctx->store.tables()->find(m_tableId);
            open.guests = t ? std::max(1, t->seats) : 2;
        }
        auto ref = m_ctx->outbox.openOrder(open);
        if (!ref) {
            showWriteError(ref.error());
            return;
        }
        m_orderRef = *ref;
        m_counterOrder.reset();
        m_deliveryRow->hide();
    }
    AddItemsRequest add;
    add.items = m_cart;
    if (auto r = m_ctx->outbox.addItems(m_orderRef, add); !r) {
        showWriteError(r.error());
        return;
    }
    if (auto r = m_ctx->outbox.sendToKitchen(m_orderRef); !r) {
        showWriteError(r.error());
        return;
    }
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
    if (auto r = m_ctx->outbox.checkout(m_orderRef); !r) {
        showWriteError(r.error());
        return;
    }
    emit checkoutRequested(m_orderRef);
}

void OrderPage::selectLine(const QString &key)
{
    m_notice.clear();
    for (int r = 0; r < m_lines->count(); ++r)
        if (m_lines->item(r)->data(Qt::UserRole).toString() == key)
            m_lines->setCurrentRow(r);
}

void OrderPage::showLineTools()
{
    const bool isNew = m_selected.startsWith(u"new:"_s);
    m_newTools->setVisible(isNew);
    m_sentTools->setVisible(m_selected.startsWith(u"sent:"_s));
    while (QLayoutItem *item = m_modifierLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!isNew)
        return;
    const int i = m_selected.mid(4).toInt();
    if (i < 0 || i >= m_cart.size())
        return;
    m_note->setText(m_cart[i].note);
    const MenuItem *m = m_ctx->store.menu().item(m_cart[i].menuId);
    if (!m)
        return;
    QString group; // options of a group follow its name ("Spice level*": one must be chosen)
    for (const Modifier &mod : m->modifiers) {
        if (mod.groupId != group) {
            group = mod.groupId;
            for (const ModifierGroup &g : m->modifierGroups) {
                if (g.id != group)
                    continue;
                auto *label = new QLabel(itemName(g.name, g.nameTh) + (g.min > 0 ? u"*"_s : QString()));
                label->setObjectName(u"modifier-group-"_s + g.id);
                label->setToolTip(g.min > 0 ? tr("Choose %n", nullptr, g.min) : tr("Up to %n", nullptr, g.max));
                m_modifierLayout->addWidget(label);
            }
        }
        auto *b = new QPushButton(mod.price.satang() > 0 ? u"%1 +%2"_s.arg(itemName(mod.name, mod.nameTh), theme::baht(mod.price.satang()))
                                                         : itemName(mod.name, mod.nameTh));
        b->setObjectName(u"modifier-"_s + mod.id);
        b->setCheckable(true);
        b->setChecked(m_cart[i].modifierIds.contains(mod.id));
        connect(b, &QPushButton::clicked, this, [this, id = mod.id] { toggleModifier(id); });
        m_modifierLayout->addWidget(b);
    }
    m_modifierLayout->addStretch();
}

void OrderPage::changeQty(int delta)
{
    if (!m_selected.startsWith(u"new:"_s))
        return;
    const int i = m_selected.mid(4).toInt();
    if (i < 0 || i >= m_cart.size())
        return;
    m_cart[i].qty += delta;
    if (m_cart[i].qty <= 0) {
        m_cart.removeAt(i);
        m_selected.clear();
    }
    saveDraft();
    refresh();
}

void OrderPage::toggleModifier(const QString &modifierId)
{
    const int i = m_selected.mid(4).toInt();
    if (!m_selected.startsWith(u"new:"_s) || i < 0 || i >= m_cart.size())
        return;
    QStringList &ids = m_cart[i].modifierIds;
    const MenuItem *item = m_ctx->store.menu().item(m_cart[i].menuId);
    const Modifier *chosen = item ? item->modifier(modifierId) : nullptr;
    if (ids.contains(modifierId)) {
        ids.removeAll(modifierId);
    } else {
        // In a group of one choice (max 1) the new one replaces the old, as a radio button does.
        for (const ModifierGroup &g : item ? item->modifierGroups : QList<ModifierGroup>()) {
            if (!chosen || g.id != chosen->groupId || g.max != 1)
                continue;
            for (const Modifier &o : item->options(g.id))
                ids.removeAll(o.id);
        }
        ids.append(modifierId);
    }
    saveDraft();
    refresh();
}

QString OrderPage::managerPin() const
{
    return m_ctx->isManager() ? QString() : m_pin->text().trimmed();
}

void OrderPage::splitSelected()
{
    if (!m_selected.startsWith(u"sent:"_s) || m_orderRef.isEmpty())
        return;
    const QString orderId = m_ctx->outbox.resolve(m_orderRef);
    const QString lineId = m_selected.mid(5);
    serverAction(
        [this, orderId, lineId](auto done) {
            m_ctx->api.splitOrder(orderId, {{LinePart{lineId, 1}}}, QUuid::createUuid().toString(QUuid::WithoutBraces), this, done);
        },
        tr("On a new check: pay it on its own."));
}

void OrderPage::refreshChecks()
{
    while (QLayoutItem *item = m_checksLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Table *t = m_tableId.isEmpty() ? nullptr : m_ctx->store.tables()->find(m_tableId);
    const QStringList checks = t ? t->orderIds : QStringList();
    m_checks->setVisible(checks.size() > 1);
    if (checks.size() < 2)
        return;
    const QString current = m_ctx->outbox.resolve(m_orderRef);
    for (int i = 0; i < checks.size(); ++i) {
        const Order *o = m_ctx->store.order(checks[i]);
        auto *b = new QPushButton(o ? tr("Check %1 · %2").arg(i + 1).arg(theme::baht(o->totals.total.satang()))
                                    : tr("Check %1").arg(i + 1));
        b->setObjectName(u"order-check-"_s + checks[i]);
        b->setCheckable(true);
        b->setChecked(checks[i] == current);
        b->setProperty("keypad", true);
        connect(b, &QPushButton::clicked, this, [this, id = checks[i]] {
            m_orderRef = id;
            m_selected.clear();
            refresh();
        });
        m_checksLayout->addWidget(b);
    }
}

void OrderPage::serverAction(const std::function<void(std::function<void(Result<Order>)>)> &call, const QString &done, bool follow)
{
    // Voids, discounts and moves need the server (and a manager): not queued offline.
    if (client::Outbox::isLocal(m_ctx->outbox.resolve(m_orderRef))) {
        m_state->setText(client::ErrorText::forCode(ErrorCode::Unavailable));
        return;
    }
    call([this, done, follow](Result<Order> r) {
        m_pin->clear();
        if (!r) {
            m_state->setText(u"⚠ "_s + client::ErrorText::forError(r.error()));
            return;
        }
        m_notice = done; // said until the cashier does something else
        m_state->setText(done);
        if (follow) {
            m_tableId = r->tableId;
            m_orderRef = r->id;
        }
        m_ctx->store.reload();
    });
}

void OrderPage::voidSelected()
{
    if (!m_selected.startsWith(u"sent:"_s))
        return;
    const QString lineId = m_selected.mid(5);
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        m_state->setText(tr("Give a reason for the void."));
        return;
    }
    const QString orderId = m_ctx->outbox.resolve(m_orderRef);
    serverAction([this, orderId, lineId, reason](auto done) { m_ctx->api.voidItem(orderId, lineId, reason, managerPin(), this, done); },
                 tr("Item voided."));
    m_reason->clear();
}

void OrderPage::applyDiscount()
{
    DiscountRequest d;
    d.discount.type = DiscountType::Percent;
    if (auto s = d.discount.setValue(m_discount->text().trimmed()); !s) {
        m_state->setText(tr("Enter the discount as a percentage, e.g. 10."));
        return;
    }
    d.discount.reason = m_reason->text().trimmed().isEmpty() ? tr("Discount") : m_reason->text().trimmed();
    const QString orderId = m_ctx->outbox.resolve(m_orderRef);
    serverAction([this, orderId, d](auto done) { m_ctx->api.discount(orderId, d, managerPin(), this, done); }, tr("Discount applied."));
}

void OrderPage::moveOrder()
{
    const Table *target = m_ctx->store.tables()->find(m_moveTo->currentData().toString());
    if (!target || m_orderRef.isEmpty())
        return;
    const QString orderId = m_ctx->outbox.resolve(m_orderRef);
    serverAction([this, orderId, to = *target](auto done) { m_ctx->moveBillTo(orderId, to, this, done); },
                 target->orderId.isEmpty() ? tr("Order moved.") : tr("The bills are joined on table %1.").arg(target->name));
}

void OrderPage::moveSelectedLine()
{
    const Table *target = m_ctx->store.tables()->find(m_moveTo->currentData().toString());
    const Order *o = m_orderRef.isEmpty() ? nullptr : m_ctx->store.order(m_orderRef);
    if (!m_selected.startsWith(u"sent:"_s) || !o)
        return;
    if (!target) {
        m_state->setText(tr("Choose the table the line goes to."));
        return;
    }
    const QString lineId = m_selected.mid(5);
    const auto line = std::find_if(o->items.cbegin(), o->items.cend(), [&lineId](const OrderLine &l) { return l.id == lineId; });
    if (line == o->items.cend())
        return;
    MoveItemsRequest request;
    request.items = {LinePart{lineId, line->qty}};
    if (target->orderId.isEmpty())
        request.toTableId = target->id;
    else
        request.toOrderId = target->orderId;
    const QString orderId = m_ctx->outbox.resolve(m_orderRef);
    m_selected.clear();
    // The page stays on this table and what is left of its bill.
    serverAction([this, orderId, request](
                     auto done) { m_ctx->api.moveItems(orderId, request, QUuid::createUuid().toString(QUuid::WithoutBraces), this, done); },
                 tr("Moved to table %1.").arg(target->name), false);
}

void OrderPage::refresh()
{
    const Table *t = m_ctx->store.tables()->find(m_tableId);
    if (t && !t->orderId.isEmpty() && (m_orderRef.isEmpty() || m_ctx->outbox.resolve(m_orderRef) == t->orderId))
        m_orderRef = t->orderId;
    // A check of this table that was paid: show the table's first open one.
    if (t && !t->orderIds.isEmpty() && !client::Outbox::isLocal(m_orderRef) && !t->orderIds.contains(m_orderRef))
        m_orderRef = t->orderId;
    refreshChecks();
    const Order *o = m_orderRef.isEmpty() ? nullptr : m_ctx->store.order(m_orderRef);
    if (t)
        m_title->setText(tr("Table %1").arg(t->name));
    else if (o && o->type != OrderType::DineIn) // its pickup code once the server gave it one
        m_title->setText(o->channel ? theme::pickupName(*o) : u"%1 · %2"_s.arg(theme::pickupName(*o), tr("Takeaway")));
    else if (m_counterOrder)
        m_title->setText(m_counterOrder->type == OrderType::Delivery ? tr("New delivery") : tr("New takeaway"));
    else
        m_title->clear();
    const QString selected = m_selected;
    m_lines->blockSignals(true);
    m_lines->clear();
    if (o) {
        for (const OrderLine &l : o->items) {
            QString text = u"%1 × %2    %3"_s.arg(l.qty).arg(itemName(l.name, l.nameTh), theme::baht(l.lineTotal().satang()));
            for (const LineModifier &mod : l.modifiers)
                text += u"\n      + "_s + mod.name;
            if (!l.note.isEmpty())
                text += u"\n      ⚑ "_s + l.note;
            auto *row = new QListWidgetItem(text);
            row->setData(Qt::UserRole, QString(u"sent:"_s + l.id));
            if (l.voided) {
                QFont f = row->font();
                f.setStrikeOut(true);
                row->setFont(f);
            }
            m_lines->addItem(row);
        }
    }
    // New lines are priced like the server prices them: a line each, then the shop's totals.
    std::vector<Money> lineTotals = o ? o->countedLineTotals() : std::vector<Money>{};
    const qsizetype orderLines = qsizetype(lineTotals.size());
    for (qsizetype index = 0; index < m_cart.size(); ++index) {
        const AddItemRequest &a = m_cart[index];
        const MenuItem *m = m_ctx->store.menu().item(a.menuId);
        const OrderLine line = a.toLine(m);
        QString extras;
        for (const LineModifier &lm : line.modifiers) // only options of the dish: `m` is there
            extras += u"\n      + "_s + itemName(lm.name, m->modifier(lm.id)->nameTh);
        if (!a.note.isEmpty())
            extras += u"\n      ⚑ "_s + a.note;
        const qint64 amount = line.lineTotal().satang();
        lineTotals.push_back(Money::fromSatang(amount));
        auto *row = new QListWidgetItem(
            u"%1 × %2    %3  · %4%5"_s.arg(a.qty).arg(m ? itemName(m->name, m->nameTh) : a.menuId, theme::baht(amount), tr("new"), extras));
        row->setForeground(QColor(0x1f, 0x7a, 0x4d));
        row->setData(Qt::UserRole, u"new:%1"_s.arg(index));
        m_lines->addItem(row);
    }
    for (int r = 0; r < m_lines->count(); ++r)
        if (m_lines->item(r)->data(Qt::UserRole).toString() == selected)
            m_lines->setCurrentRow(r);
    m_lines->blockSignals(false);
    m_selected = m_lines->currentItem() ? m_lines->currentItem()->data(Qt::UserRole).toString() : QString();
    showLineTools();
    // Tables an order or a line can move to: a vacant one, or one whose bill it joins.
    const QString moveTarget = m_moveTo->currentData().toString();
    m_moveTo->clear();
    for (const Table &table : m_ctx->store.tables()->items()) {
        if (table.id == m_tableId) // not the table the order is on
            continue;
        if (table.status == TableStatus::Vacant)
            m_moveTo->addItem(tr("to %1").arg(table.name), table.id);
        else if (!table.orderId.isEmpty() && table.status != TableStatus::Cleaning)
            m_moveTo->addItem(tr("to %1 · join its bill").arg(table.name), table.id);
    }
    if (const int k = m_moveTo->findData(moveTarget); k >= 0)
        m_moveTo->setCurrentIndex(k);
    QString totals;
    if (o) {
        totals = tr("Subtotal %1").arg(theme::baht(o->totals.subtotal.satang()));
        // The parts on one line (the total is what the cashier reads), so the bill keeps its room.
        if (o->totals.discount.satang() > 0)
            totals += u" · "_s + tr("Discount −%1").arg(theme::baht(o->totals.discount.satang()));
        if (o->totals.serviceCharge.satang() > 0)
            totals += u" · "_s + tr("Service charge %1").arg(theme::baht(o->totals.serviceCharge.satang()));
        totals += u" · "_s + tr("VAT %1").arg(theme::baht(o->totals.vat.satang()));
        totals += u"<br><span style='font-size:22pt; font-weight:bold'>"_s + tr("Total %1").arg(theme::baht(o->totals.total.satang()))
            + u"</span>"_s;
    }
    if (qsizetype(lineTotals.size()) > orderLines) {
        const Totals withNew = computeTotals(lineTotals, o ? o->discount : Discount{}, m_ctx->shop().tax);
        totals += u"<br><span style='color:#1f7a4d'>"_s + tr("Total with the new items %1").arg(theme::baht(withNew.total.satang()))
            + u"</span>"_s;
    }
    m_totals->setText(totals);
    // Saving… / saved / offline.
    const bool pending = !m_orderRef.isEmpty() && m_ctx->store.isPending(m_orderRef);
    const bool offline = m_ctx->realtime.state() != client::RealtimeClient::State::Online;
    m_state->setStyleSheet(m_writeError.isEmpty() ? QString() : u"color: #b3382c; font-weight: bold;"_s);
    if (!m_writeError.isEmpty())
        m_state->setText(m_writeError);
    else if (pending)
        m_state->setText(offline ? tr("Offline — will sync when the connection is back") : tr("Saving…"));
    else if (!m_notice.isEmpty())
        m_state->setText(m_notice);
    else if (o)
        m_state->setText(tr("Saved · order %1 · %2").arg(o->number).arg(theme::label(enumName(o->status))));
    else
        m_state->setText(tr("New order: tap dishes, then send them to the kitchen"));
    m_pin->setVisible(!m_ctx->isManager()); // a manager's own sign-in approves
    m_send->setEnabled(!m_cart.isEmpty());
    m_bill->setEnabled(!m_orderRef.isEmpty() || !m_cart.isEmpty());
    m_pay->setEnabled(o && (o->status == OrderStatus::Checkout || pending));
    // A bill with dishes in the kitchen can be shared out onto checks (until money is taken).
    const bool splittable = o && !client::Outbox::isLocal(o->id) && o->paidAmount.satang() == 0
        && std::any_of(o->items.cbegin(), o->items.cend(), [](const OrderLine &l) { return l.isSent() && !l.voided; });
    m_splitBill->setVisible(splittable);
    emit guestViewChanged();
}

CustomerView OrderPage::guestView() const
{
    CustomerView v;
    v.stage = CustomerView::Stage::Order;
    if (const Table *t = m_ctx->store.tables()->find(m_tableId))
        v.table = t->name;
    const Order *o = m_orderRef.isEmpty() ? nullptr : m_ctx->store.order(m_orderRef);
    std::vector<Money> lineTotals;
    if (o) {
        for (const OrderLine &l : o->items) {
            if (l.voided)
                continue;
            v.lines.append({l.name, l.nameTh, l.qty, l.lineTotal()});
            lineTotals.push_back(l.lineTotal());
        }
    }
    for (const AddItemRequest &a : m_cart) {
        const MenuItem *m = m_ctx->store.menu().item(a.menuId);
        if (!m)
            continue;
        const OrderLine line = a.toLine(m);
        v.lines.append({m->name, m->nameTh, a.qty, line.lineTotal()});
        lineTotals.push_back(line.lineTotal());
    }
    const Totals totals = computeTotals(lineTotals, o ? o->discount : Discount{}, m_ctx->shop().tax);
    v.total = totals.total;
    v.serviceCharge = totals.serviceCharge;
    v.vat = totals.vat;
    return v;
}

} // namespace tavola::ui
