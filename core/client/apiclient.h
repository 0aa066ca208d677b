#pragma once

#include "domain/customerview.h"
#include "domain/floorplan.h"
#include "domain/health.h"
#include "domain/kitchenticket.h"
#include "domain/menu.h"
#include "domain/order.h"
#include "domain/payment.h"
#include "domain/queueticket.h"
#include "domain/reports.h"
#include "domain/requests.h"
#include "domain/settings.h"
#include "domain/staff.h"
#include "domain/taxinvoice.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkReply;

namespace tavola::client {

class CertificatePins;

/// The signed-in user and their tokens (POST /auth/login, /auth/refresh).
struct AuthSession
{
    QString accessToken;
    QString refreshToken;
    int expiresIn = 0;
    QString userId;
    QString username;
    QString displayName;
    QString role;

    static Result<AuthSession> fromJson(const QJsonObject &json);
};

/// How one call is made.
struct CallOptions
{
    /// Sent as Idempotency-Key. A POST with a key is safe to retry: every retry carries the same key.
    QString idempotencyKey;
    int timeoutMs = 10000;
    /// Attempts for a retriable call (GET, or any call with an idempotency key) when the network
    /// fails, the server is busy (502/503/504, 429, REQUEST_IN_PROGRESS). Others are tried once.
    int maxAttempts = 4;
    QHash<QByteArray, QByteArray> headers; // e.g. X-Manager-Pin
    /// A body that is not JSON (a CSV file) sent as is, with its content type.
    QByteArray rawBody;
    QByteArray contentType = "application/json";
};

/// tavola-server's REST API (docs/api.md), asynchronous over QNetworkAccessManager. Every call ends
/// in exactly one callback with the typed value or a typed Error (ErrorText gives the cashier's
/// sentence). An expired access token is refreshed transparently, one refresh at a time, while
/// the calls that need it wait. Callbacks are dropped when `context` is destroyed first.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QString &url);
    /// Servers with their own certificate are trusted through these pins (not owned; optional).
    void setCertificatePins(CertificatePins *pins) { m_pins = pins; }
    CertificatePins *certificatePins() const { return m_pins; }
    QString baseUrl() const { return m_baseUrl; }
    void setSession(const AuthSession &session);
    const AuthSession &session() const { return m_session; }
    bool isSignedIn() const { return !m_session.accessToken.isEmpty(); }
    void clearSession();
    /// Base delay of the retry backoff (doubles per attempt, with jitter); tests shorten it.
    void setRetryBaseDelay(int ms) { m_retryBaseMs = ms; }
    /// Refreshes the access token now (e.g. the event stream's upgrade was refused).
    void refreshNow()
    {
        if (!m_session.refreshToken.isEmpty())
            startRefresh();
    }
    /// Token refreshes done so far (diagnostics and tests).
    int refreshCount() const { return m_refreshCount; }
    /// Reads answered "304 Not Modified" (the menu, floor plan or settings as this client last
    /// read them) so far (diagnostics and tests).
    int notModifiedCount() const { return m_notModified; }

    /// Any endpoint: the `data` of the success envelope, or the error.
    void call(const QByteArray &method, const QString &path, const QJsonObject &body, const CallOptions &options, QObject *context,
              Callback<QJsonValue> done);
    void get(const QString &path, QObject *context, Callback<QJsonValue> done) { call("GET", path, {}, {}, context, std::move(done)); }

    // Service and auth
    /// GET /health (answered also while the server cannot save, with the reason).
    void health(QObject *context, Callback<ServerHealth> done);
    void loginWithPin(const QString &username, const QString &pin, QObject *context, Callback<AuthSession> done);
    void loginWithPassword(const QString &username, const QString &password, QObject *context, Callback<AuthSession> done);
    /// Exchanges a stored refresh token for a session (app start).
    void resumeSession(const QString &refreshToken, QObject *context, Callback<AuthSession> done);
    /// Ends the session on the server (its refresh token too) and forgets it here either way.
    void logout(QObject *context, Callback<void> done);
    void users(QObject *context, Callback<QList<User>> done);
    void createUser(const UserChanges &user, QObject *context, Callback<User> done);
    void updateUser(const QString &id, const UserChanges &changes, QObject *context, Callback<User> done);

    // Shop settings (docs/api.md "Settings")
    void settings(QObject *context, Callback<ShopSettings> done);
    /// Changes the settings named in `changes` (docs/api.md field names); answers all of them.
    void saveSettings(const QJsonObject &changes, QObject *context, Callback<ShopSettings> done);
    /// Changes only `fields` (docs/api.md names) to their values in `settings`: what another
    /// manager changed meanwhile in the other fields stays.
    void saveSettings(const ShopSettings &settings, const QStringList &fields, QObject *context, Callback<ShopSettings> done);

    // Floor plan and tables
    void floorPlan(QObject *context, Callback<FloorPlan> done);
    void saveFloorPlan(const FloorPlan &plan, QObject *context, Callback<FloorPlan> done);
    void tables(QObject *context, Callback<QList<Table>> done);
    void setTableStatus(const QString &tableId, const TableStatusRequest &request, QObject *context, Callback<Table> done);

    // Menu
    void menu(QObject *context, Callback<Menu> done);
    void createMenuItem(const MenuItem &item, QObject *context, Callback<MenuItem> done);
    void updateMenuItem(const MenuItem &item, QObject *context, Callback<MenuItem> done);
    void deleteMenuItem(const QString &id, QObject *context, Callback<QJsonValue> done);
    /// Sold out (false) or back on the menu (true): any staff on the floor.
    void setItemAvailable(const QString &id, bool available, QObject *context, Callback<MenuItem> done);
    /// Backups of the embedded database (an administrator's): the list, newest first; one now.
    void backups(QObject *context, Callback<QList<BackupFile>> done);
    void takeBackup(QObject *context, Callback<BackupFile> done);
    /// A menu spreadsheet (CSV, docs/api.md columns): with `dryRun` what it would change, else it
    /// is applied in one transaction.
    void importMenuCsv(const QByteArray &csv, bool dryRun, QObject *context, Callback<MenuImport> done);
    void createCategory(const Category &category, QObject *context, Callback<Category> done);
    void updateCategory(const Category &category, QObject *context, Callback<Category> done);

    // Orders
    void orders(const QString &statuses, QObject *context, Callback<QList<Order>> done);
    void order(const QString &id, QObject *context, Callback<Order> done);
    /// The order history, newest first.
    void orderHistory(const OrderQuery &query, QObject *context, Callback<QList<Order>> done);
    void createOrder(const CreateOrderRequest &request, const QString &idempotencyKey, QObject *context, Callback<Order> done);
    void addItems(const QString &orderId, const AddItemsRequest &request, const QString &idempotencyKey, QObject *context,
                  Callback<Order> done);
    void sendToKitchen(const QString &orderId, const QString &idempotencyKey, QObject *context, Callback<Order> done);
    void voidItem(const QString &orderId, const QString &lineId, const QString &reason, const QString &managerPin, QObject *context,
                  Callback<Order> done);
    void discount(const QString &orderId, const DiscountRequest &request, const QString &managerPin, QObject *context,
                  Callback<Order> done);
    void checkout(const QString &orderId, QObject *context, Callback<Order> done);
    void reopen(const QString &orderId, const QString &reason, QObject *context, Callback<Order> done);
    void cancelOrder(const QString &orderId, const QString &reason, QObject *context, Callback<Order> done);
    void moveOrder(const QString &orderId, const QString &tableId, QObject *context, Callback<Order> done);
    /// Splits the order: each part (line ids and quantities) becomes a check of its own; answers
    /// the original as it is left.
    void splitOrder(const QString &orderId, const QList<QList<LinePart>> &parts, const QString &idempotencyKey, QObject *context,
                    Callback<Order> done);
    /// Lines (or part of a line's quantity) go to another open order or open one on a vacant
    /// table; answers the order they went to.
    void moveItems(const QString &orderId, const MoveItemsRequest &request, const QString &idempotencyKey, QObject *context,
                   Callback<Order> done);
    /// Every line of `otherId` joins `orderId`; the other is cancelled.
    void mergeOrders(const QString &orderId, const QString &otherId, const QString &idempotencyKey, QObject *context, Callback<Order> done);

    // Payments
    void pay(const PaymentRequest &request, const QString &idempotencyKey, QObject *context, Callback<Payment> done);
    /// A payment that needs a manager's approval (PromptPay confirmed by staff): their PIN rides along.
    void pay(const PaymentRequest &request, const QString &idempotencyKey, const QString &managerPin, QObject *context,
             Callback<Payment> done);
    void payment(const QString &id, QObject *context, Callback<Payment> done);
    void orderPayments(const QString &orderId, QObject *context, Callback<QList<Payment>> done);
    void refund(const QString &paymentId, const QString &reason, const QString &managerPin, QObject *context, Callback<Payment> done);
    void sandboxPay(const QString &paymentId, std::optional<Money> amount, QObject *context, Callback<QJsonValue> done);

    // Full tax invoices
    /// Issues the paid order's full tax invoice; ALREADY_ISSUED carries the existing one in its
    /// details (TaxInvoice::fromJson reads it).
    void issueTaxInvoice(const QString &orderId, const TaxInvoiceBuyer &buyer, const QString &idempotencyKey, QObject *context,
                         Callback<TaxInvoice> done);
    void taxInvoices(const QString &text, QObject *context, Callback<QList<TaxInvoice>> done);

    // Customer displays
    /// What this till's customer display shows, for a display on another machine.
    void showOnCustomerDisplay(const QString &till, const CustomerView &view, QObject *context, Callback<CustomerView> done);
    void customerDisplay(const QString &till, QObject *context, Callback<CustomerView> done);

    // Kitchen
    /// Every ticket of the station with those statuses, oldest first (fetched page by page).
    void kitchenTickets(const QString &station, const QString &statuses, QObject *context, Callback<QList<KitchenTicket>> done);
    void setKitchenStatus(const QString &ticketId, KitchenStatus status, QObject *context, Callback<KitchenTicket> done);
    void recallTicket(const QString &ticketId, QObject *context, Callback<KitchenTicket> done);

    // Queue
    void queueTickets(QObject *context, Callback<QList<QueueTicket>> done);
    void queueTicket(const QString &code, QObject *context, Callback<QueueTicket> done);
    void createQueueTicket(const QueueTicketRequest &request, QObject *context, Callback<QueueTicket> done);
    /// action: "call", "seat" (with tableId), "cancel" or "no-show".
    void queueAction(const QString &code, const QString &action, const QString &tableId, QObject *context, Callback<QueueTicket> done);

    // Shifts and reports; the audit log (JSON as documented in docs/api.md)
    void openShift(Money openingCash, QObject *context, Callback<Shift> done);
    void closeShift(const QString &shiftId, Money countedCash, QObject *context, Callback<ShiftReport> done);
    /// The caller's open shift with its X report; NOT_FOUND when none is open.
    void currentShift(QObject *context, Callback<ShiftReport> done);
    void shiftReport(const QString &shiftId, QObject *context, Callback<ShiftReport> done);
    void salesReport(const QString &from, const QString &to, const QString &groupBy, QObject *context, Callback<SalesReport> done);
    void queueReport(const QString &from, const QString &to, QObject *context, Callback<QueueReport> done);
    void auditLog(const QHash<QString, QString> &filters, QObject *context, Callback<QList<AuditEntry>> done);

signals:
    /// New tokens (login or refresh): the SessionStore keeps the refresh token.
    void sessionChanged();
    /// The refresh token was refused: the user must sign in again.
    void sessionExpired();
    /// The server answered (true) or could not be reached (false); emitted on changes only.
    void reachabilityChanged(bool reachable);
    /// A request of this client made kitchen tickets (sent dishes, voids): the answer's
    /// `kitchen_tickets`, for this till to print on each station's printer.
    void kitchenTicketsCreated(const QList<tavola::KitchenTicket> &tickets);

private:
    void kitchenTicketsFrom(const QString &station, const QString &statuses, const QString &after, QList<KitchenTicket> sofar,
                            QObject *context, Callback<QList<KitchenTicket>> done);
    struct Pending;
    void send(const std::shared_ptr<Pending> &call);
    void finish(const std::shared_ptr<Pending> &call, QNetworkReply *reply);
    void complete(const std::shared_ptr<Pending> &call, Result<QJsonValue> result);
    void startRefresh();
    void setReachable(bool reachable);
    template<typename T>
    void typed(const QByteArray &method, const QString &path, const QJsonObject &body, const CallOptions &options, QObject *context,
               Callback<T> done, std::function<Result<T>(const QJsonValue &)> parse);
    void sessionCall(const QString &path, const QJsonObject &body, QObject *context, Callback<AuthSession> done);

    void guardTls(QNetworkReply *reply, bool *refused);

    QNetworkAccessManager *m_nam;
    CertificatePins *m_pins = nullptr;
    QString m_baseUrl;
    AuthSession m_session;
    bool m_refreshing = false;
    QList<std::shared_ptr<Pending>> m_waitingForToken;
    int m_retryBaseMs = 250;
    int m_refreshCount = 0;
    int m_reachable = -1;
    // The last answer to each GET that carried an ETag: asked again with If-None-Match, a 304
    // from the server reuses it (the server does not serialise it again, nothing crosses the LAN).
    struct Tagged
    {
        QByteArray etag;
        QByteArray body;
    };
    QHash<QString, Tagged> m_tagged; // by path (with its query)
    int m_notModified = 0;
};

} // namespace tavola::client
