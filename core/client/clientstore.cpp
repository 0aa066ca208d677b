#include "clientstore.h"

#include "apiclient.h"
#include "outbox.h"
#include "realtimeclient.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStore, "tavola.client.store")

using namespace Qt::StringLiterals;

namespace tavola::client {

namespace {

bool isOpen(OrderStatus s)
{
    return s == OrderStatus::Open || s == OrderStatus::Serving || s == OrderStatus::Checkout;
}

bool isActive(QueueStatus s)
{
    return s == QueueStatus::Waiting || s == QueueStatus::Called;
}

} // namespace

ClientStore::ClientStore(ApiClient *api, RealtimeClient *realtime, Outbox *outbox, QObject *parent)
    : QObject(parent),
      m_api(api),
      m_realtime(realtime),
      m_outbox(outbox),
      m_tables({{"id", [](const Table &t) { return t.id; }},
                {"name", [](const Table &t) { return t.name; }},
                {"status", [](const Table &t) { return enumName(t.status); }},
                {"orderId", [](const Table &t) { return t.orderId; }},
                {"guests", [](const Table &t) { return t.guests; }},
                {"seats", [](const Table &t) { return t.seats; }},
                {"seatedAt", [](const Table &t) { return t.seatedAt; }},
                {"pending", [this](const Table &t) { return !t.orderId.isEmpty() && isPending(t.orderId); }}},
               [](const Table &t) { return t.id; }),
      m_menuItems({{"name", [](const MenuItem &m) { return m.name; }},
                   {"id", [](const MenuItem &m) { return m.id; }},
                   {"nameTh", [](const MenuItem &m) { return m.nameTh; }},
                   {"price", [](const MenuItem &m) { return m.price.toString(); }},
                   {"categoryId", [](const MenuItem &m) { return m.categoryId; }},
                   {"available", [](const MenuItem &m) { return m.available; }}},
                  [](const MenuItem &m) { return m.id; }),
      m_orders({{"id", [](const Order &o) { return o.id; }},
                {"number", [](const Order &o) { return o.number; }},
                {"tableId", [](const Order &o) { return o.tableId; }},
                {"status", [](const Order &o) { return enumName(o.status); }},
                {"total", [](const Order &o) { return o.totals.total.toString(); }},
                {"lines", [](const Order &o) { return int(o.items.size()); }},
                {"pending", [this](const Order &o) { return isPending(o.id); }}},
               [](const Order &o) { return o.id; }),
      m_kitchen({{"id", [](const KitchenTicket &k) { return k.id; }},
                 {"tableName", [](const KitchenTicket &k) { return k.tableName; }},
                 {"station", [](const KitchenTicket &k) { return k.station; }},
                 {"status", [](const KitchenTicket &k) { return enumName(k.status); }},
                 {"items", [](const KitchenTicket &k) { return int(k.items.size()); }},
                 {"createdAt", [](const KitchenTicket &k) { return k.createdAt; }}},
                [](const KitchenTicket &k) { return k.id; }),
      m_queue({{"code", [](const QueueTicket &q) { return q.id; }},
               {"status", [](const QueueTicket &q) { return enumName(q.status); }},
               {"partySize", [](const QueueTicket &q) { return q.partySize; }},
               {"position", [](const QueueTicket &q) { return q.position; }},
               {"etaMinutes", [](const QueueTicket &q) { return q.etaMinutes; }}},
              [](const QueueTicket &q) { return q.id; })
{
    if (m_realtime) {
        connect(m_realtime, &RealtimeClient::eventReceived, this, &ClientStore::onEvent);
        connect(m_realtime, &RealtimeClient::resyncRequired, this, &ClientStore::reload);
    }
    if (m_outbox) {
        connect(m_outbox, &Outbox::actionAdded, this, &ClientStore::applyOutboxAction);
        connect(m_outbox, &Outbox::actionDone, this, &ClientStore::onOutboxDone);
        // Every change of the outbox (added, done, failed, retried, discarded) ends with this signal.
        connect(m_outbox, &Outbox::pendingCountChanged, this, [this](int pending) {
            refreshPending();
            if (pending == 0 && m_reloadAfterOutbox) {
                m_reloadAfterOutbox = false;
                reload();
            }
        });
    }
}

void ClientStore::loadPart(const std::function<void(std::function<void(std::optional<Error>)>)> &part)
{
    ++m_loading;
    part([this](std::optional<Error> error) {
        if (error && !m_loadError)
            m_loadError = error;
        if (--m_loading > 0)
            return;
        if (m_loadError) {
            emit loadFailed(*std::exchange(m_loadError, std::nullopt));
            return;
        }
        m_loadedOnce = true;
        refreshPending();
        emit loaded();
    });
}

void ClientStore::setSettings(const ShopSettings &settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    emit settingsChanged();
}

void ClientStore::reload()
{
    m_loadError.reset();
    if (m_outbox && m_outbox->pendingCount() > 0)
        m_reloadAfterOutbox = true;
    loadPart([this](auto done) {
        m_api->floorPlan(this, [this, done](Result<FloorPlan> plan) {
            if (!plan)
                return done(plan.error());
            m_plan = *plan;
            emit floorPlanChanged();
            m_api->tables(this, [this, done](Result<QList<Table>> tables) {
                if (!tables)
                    return done(tables.error());
                // The plan's geometry with the live status of GET /tables.
                QList<Table> merged;
                for (Table t : m_plan.tables) {
                    for (const Table &live : *tables) {
                        if (live.id == t.id) {
                            t.status = live.status;
                            t.orderId = live.orderId;
                            t.orderIds = live.orderIds;
                            t.guests = live.guests;
                            t.seatedAt = live.seatedAt;
                        }
                    }
                    merged.append(t);
                }
                m_tables.reset(merged);
                done(std::nullopt);
            });
        });
    });
    loadPart([this](auto done) {
        m_api->settings(this, [this, done](Result<ShopSettings> settings) {
            if (!settings)
                return done(settings.error());
            setSettings(*settings);
            done(std::nullopt);
        });
    });
    loadPart([this](auto done) {
        m_api->menu(this, [this, done](Result<Menu> menu) {
            if (!menu)
                return done(menu.error());
            m_menu = *menu;
            m_menuItems.reset(m_menu.items);
            emit menuChanged();
            done(std::nullopt);
        });
    });
    loadPart([this](auto done) {
        m_api->orders(u"OPEN,SERVING,CHECKOUT"_s, this, [this, done](Result<QList<Order>> orders) {
            if (!orders)
                return done(orders.error());
            QList<Order> list = *orders;
            // Orders still only in the outbox stay visible.
            for (const Order &o : m_orders.items())
                if (Outbox::isLocal(o.id))
                    list.append(o);
            m_orders.reset(list);
            done(std::nullopt);
        });
    });
    loadPart([this](auto done) {
        m_api->kitchenTickets({}, u"NEW,PREPARING,READY"_s, this, [this, done](Result<QList<KitchenTicket>> tickets) {
            if (!tickets)
                return done(tickets.error());
            m_kitchen.reset(*tickets);
            done(std::nullopt);
        });
    });
    loadPart([this](auto done) {
        m_api->queueTickets(this, [this, done](Result<QList<QueueTicket>> tickets) {
            if (!tickets)
                return done(tickets.error());
            QList<QueueTicket> active;
            for (const QueueTicket &t : *tickets)
                if (isActive(t.status))
                    active.append(t);
            m_queue.reset(active);
            done(std::nullopt);
        });
    });
}

const Order *ClientStore::order(const QString &idOrRef) const
{
    if (const Order *o = m_orders.find(idOrRef))
        return o;
    if (m_outbox)
        return m_orders.find(m_outbox->resolve(idOrRef));
    return nullptr;
}

bool ClientStore::isPending(const QString &orderIdOrRef) const
{
    return m_pending.contains(orderIdOrRef);
}

void ClientStore::refreshPending()
{
    if (!m_outbox)
        return;
    const QSet<QString> pending = m_outbox->pendingOrders();
    if (pending == m_pending)
        return;
    m_pending = pending;
    m_orders.refreshAll();
    m_tables.refreshAll();
}

void ClientStore::onEvent(const QString &type, qint64, const QJsonObject &data)
{
    if (type == u"table.status_changed"_s) {
        const QString id = data.value(u"table_id"_s).toString();
        if (const Table *t = m_tables.find(id)) {
            Table updated = *t;
            updated.status = enumFromName<TableStatus>(data.value(u"status"_s).toString()).value_or(updated.status);
            updated.orderId = data.value(u"order_id"_s).toString();
            updated.guests = data.value(u"guests"_s).toInt();
            updated.orderIds.clear(); // every open check on the table (split checks)
            for (const auto &v : data.value(u"order_ids"_s).toArray())
                updated.orderIds.append(v.toString());
            // Since when the guests sit (the floor plan shows the minutes); null once they left.
            updated.seatedAt = parseTime(data.value(u"seated_at"_s).toString()).value_or(QDateTime());
            m_tables.upsert(updated);
            emit tableChanged(id);
        }
    } else if (type == u"order.updated"_s || type == u"order.status_changed"_s) {
        const QString id = data.value(u"order_id"_s).toString().isEmpty() ? data.value(u"id"_s).toString()
                                                                          : data.value(u"order_id"_s).toString();
        if (!id.isEmpty())
            fetchOrder(id);
    } else if (type == u"kitchen.ticket_created"_s || type == u"kitchen.ticket_updated"_s) {
        auto ticket = KitchenTicket::fromJson(data);
        if (!ticket)
            return;
        if (ticket->status == KitchenStatus::Served)
            m_kitchen.remove(ticket->id);
        else
            m_kitchen.upsert(*ticket);
    } else if (type == u"queue.updated"_s) {
        auto ticket = QueueTicket::fromJson(data);
        if (!ticket)
            return;
        if (isActive(ticket->status))
            m_queue.upsert(*ticket);
        else
            m_queue.remove(ticket->id);
    } else if (type == u"menu.updated"_s) {
        m_api->menu(this, [this](Result<Menu> menu) {
            if (!menu)
                return;
            m_menu = *menu;
            m_menuItems.reset(m_menu.items);
            emit menuChanged();
        });
    } else if (type == u"settings.updated"_s) {
        // VAT, service charge, stations and their printers apply on this till at once.
        m_api->settings(this, [this](Result<ShopSettings> settings) {
            if (settings)
                setSettings(*settings);
        });
    } else if (type == u"floor_plan.updated"_s) {
        reload();
    } else if (type.startsWith(u"payment."_s)) {
        if (auto p = Payment::fromJson(data))
            emit paymentChanged(*p);
    } else if (type == u"display.updated"_s) {
        if (auto v = CustomerView::fromJson(data))
            emit customerViewChanged(data.value(u"till"_s).toString(), *v);
    }
}

void ClientStore::fetchOrder(const QString &id)
{
    m_api->order(id, this, [this](Result<Order> o) {
        if (o)
            applyOrder(*o);
    });
}

void ClientStore::applyOrder(const Order &order)
{
    if (isOpen(order.status))
        m_orders.upsert(order);
    else
        m_orders.remove(order.id);
    emit orderChanged(order.id);
}

void ClientStore::applyOutboxAction(qint64 id)
{
    // The optimistic state: what the cashier just did shows at once, marked pending.
    const std::optional<Outbox::Action> a = m_outbox->action(id);
    if (a && a->kind == Outbox::Kind::OpenOrder) {
        auto req = CreateOrderRequest::fromJson(a->body);
        Order o;
        o.id = a->orderRef;
        o.tableId = req ? req->tableId : QString();
        o.isTakeaway = req && req->isTakeaway;
        if (req) {
            o.type = req->type;
            o.channel = req->channel;
            o.channelRef = req->channelRef;
            o.customerName = req->customerName;
        }
        o.guests = req ? req->guests : 0;
        o.createdAt = a->createdAt;
        m_orders.upsert(o);
        if (const Table *t = m_tables.find(o.tableId)) {
            Table seated = *t;
            seated.status = TableStatus::Seated;
            seated.orderId = o.id;
            seated.guests = o.guests;
            m_tables.upsert(seated);
            emit tableChanged(seated.id);
        }
    } else if (a && a->kind == Outbox::Kind::AddItems) {
        const Order *existing = order(a->orderRef);
        auto req = AddItemsRequest::fromJson(a->body);
        if (!existing || !req)
            return;
        Order o = *existing;
        for (const AddItemRequest &add : req->items)
            o.items.append(add.toLine(m_menu.item(add.menuId)));
        // Priced as the server prices it, with the shop's settings; its answer replaces it.
        o.recompute(m_settings.tax);
        m_orders.upsert(o);
    }
    if (a)
        emit orderChanged(a->orderRef);
}

void ClientStore::onOutboxDone(qint64, const QJsonObject &result)
{
    // Sent while the event stream was down: what it changed elsewhere (the table freed by a
    // payment) comes with no event, so the snapshot is taken again once the outbox is empty.
    if (m_realtime && m_realtime->state() != RealtimeClient::State::Online)
        m_reloadAfterOutbox = true;
    // Order actions answer with the order (payments with the payment).
    if (result.contains(u"items"_s) && result.contains(u"status"_s)) {
        auto o = Order::fromJson(result);
        if (o) {
            // Its local stand-in (if it was opened offline) gives way to the server's order.
            for (const Order &local : m_orders.items()) {
                if (Outbox::isLocal(local.id) && m_outbox->resolve(local.id) == o->id) {
                    m_orders.remove(local.id);
                    break;
                }
            }
            applyOrder(*o);
        }
    } else if (result.contains(u"payment_id"_s)) {
        fetchOrder(result.value(u"order_id"_s).toString());
        if (auto p = Payment::fromJson(result))
            emit paymentChanged(*p);
    }
}

} // namespace tavola::client
