#pragma once

#include "clientmodels.h"
#include "domain/customerview.h"
#include "domain/floorplan.h"
#include "domain/kitchenticket.h"
#include "domain/menu.h"
#include "domain/order.h"
#include "domain/payment.h"
#include "domain/queueticket.h"
#include "domain/settings.h"

#include <QObject>

namespace tavola::client {

class ApiClient;
class Outbox;
class RealtimeClient;

/// The app's single source of truth: floor plan and tables, menu, open orders, active kitchen
/// tickets and the waiting queue. Loaded over REST, kept current by the event stream (reloaded
/// on resync_required), and — with an Outbox — showing order actions that are still being saved
/// ("pending") on top of the server's state. Screens read the models and the signals; they never
/// talk to the network themselves.
class ClientStore : public QObject
{
    Q_OBJECT

public:
    ClientStore(ApiClient *api, RealtimeClient *realtime, Outbox *outbox = nullptr, QObject *parent = nullptr);

    /// Loads every snapshot; `loaded()` once all have arrived.
    void reload();
    bool isLoaded() const { return m_loading == 0 && m_loadedOnce; }

    const FloorPlan &floorPlan() const { return m_plan; }
    const Menu &menu() const { return m_menu; }
    /// The shop's settings from the last load (or change): the till prices bills with them, also
    /// offline, exactly as the server does.
    const ShopSettings &settings() const { return m_settings; }
    void setSettings(const ShopSettings &settings);
    const Order *order(const QString &idOrRef) const;
    /// True while an order (or its reference) has actions the server has not confirmed.
    bool isPending(const QString &orderIdOrRef) const;

    EntityListModel<Table> *tables() { return &m_tables; }
    EntityListModel<MenuItem> *menuItems() { return &m_menuItems; }
    EntityListModel<Order> *orders() { return &m_orders; }
    EntityListModel<KitchenTicket> *kitchenTickets() { return &m_kitchen; }
    EntityListModel<QueueTicket> *queue() { return &m_queue; }

    /// Reads the order from the server again (orderChanged follows).
    void fetchOrder(const QString &id);

signals:
    void loaded();
    void loadFailed(const tavola::Error &error);
    void tableChanged(const QString &tableId);
    void orderChanged(const QString &orderId);
    void menuChanged();
    void floorPlanChanged();
    void settingsChanged();
    /// A payment changed on the server (a PromptPay paid or flagged by the bank's event), or a
    /// payment this till queued offline was taken by the server.
    void paymentChanged(const tavola::Payment &payment);
    /// A till's customer-display view (event `display.updated`, to sockets that subscribed to it).
    void customerViewChanged(const QString &till, const tavola::CustomerView &view);

private:
    void onEvent(const QString &type, qint64 seq, const QJsonObject &data);
    void applyOrder(const Order &order);
    void loadPart(const std::function<void(std::function<void(std::optional<Error>)>)> &part);
    void applyOutboxAction(qint64 id);
    void onOutboxDone(qint64 id, const QJsonObject &result);
    void refreshPending();

    ApiClient *m_api;
    RealtimeClient *m_realtime;
    Outbox *m_outbox;
    FloorPlan m_plan;
    Menu m_menu;
    ShopSettings m_settings;
    int m_loading = 0;
    bool m_loadedOnce = false;
    /// A snapshot was taken while this till still had actions to send: the server's answers to
    /// them may reach the store before that (older) snapshot, so it is taken again once they are sent.
    bool m_reloadAfterOutbox = false;
    std::optional<Error> m_loadError;
    QSet<QString> m_pending; // order ids/refs with unconfirmed actions
    EntityListModel<Table> m_tables;
    EntityListModel<MenuItem> m_menuItems;
    EntityListModel<Order> m_orders;
    EntityListModel<KitchenTicket> m_kitchen;
    EntityListModel<QueueTicket> m_queue;
};

} // namespace tavola::client
