#pragma once

#include "apiclient.h"
#include "certificatepins.h"
#include "clientstore.h"
#include "domain/clock.h"
#include "domain/staff.h"
#include "domain/taxinvoice.h"
#include "outbox.h"
#include "printing/printqueue.h"
#include "realtimeclient.h"
#include "receipt/receiptdocument.h"
#include "receipt/renderer.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QWidget;

namespace tavola::ui {

/// What every screen shares: the API client, the event stream, the outbox and the store.
class AppContext : public QObject
{
    Q_OBJECT

public:
    /// `outboxPath`: the till's local outbox file (the app data dir).
    AppContext(const QString &serverUrl, const QString &outboxPath, QObject *parent = nullptr);
    ~AppContext() override;

    /// Servers with their own certificate, trusted once a manager confirmed the fingerprint.
    client::CertificatePins pins;
    client::ApiClient api;
    client::RealtimeClient realtime{&api};
    client::Outbox outbox{&api};
    client::ClientStore store{&api, &realtime, &outbox};
    printing::PrintQueue *printQueue = nullptr;

    /// This till's receipt printer (kept in the till's settings): a transport URI
    /// (tcp://host:9100, file:///dev/usb/lp0, serial://…) and a profile name.
    QString printerUri;
    QString printerProfile = QStringLiteral("escpos-80-raster");
    /// A cash drawer hangs on the printer: cash receipts open it.
    bool cashDrawer = false;
    /// This till prints every new kitchen ticket (a kitchen display with a printer beside it).
    bool printKitchenTickets = false;
    void setPrintKitchenTickets(bool on);
    void setPrinter(const QString &uri, const QString &profile, bool drawer = false);
    /// The shop settings from the server (totals, receipts, the business day), loaded with the
    /// rest of the store.
    const ShopSettings &shop() const { return store.settings(); }

    /// Queues a document on the receipt printer; returns the job id, or an error the cashier reads
    /// (no printer set up, unknown profile).
    /// The paid order's receipt listing `tenders` (its PAID payments, oldest first).
    Result<qint64> printReceipt(const Order &order, const QList<Payment> &tenders, bool copy = false);
    /// A full tax invoice on this till's receipt printer.
    Result<qint64> printTaxInvoice(const TaxInvoice &invoice, bool copy = false);
    Result<qint64> printPreBill(const Order &order);
    Result<qint64> printTestPage();

    /// A bill taken to another table: a vacant one takes it (and its guests); at a table with a
    /// bill of its own the two bills become one there. Answers the order the bill is now on.
    void moveBillTo(const QString &orderId, const Table &target, QObject *context, client::ApiClient::Callback<Order> done);
    /// A walk-in's queue ticket with the QR of its live status page.
    Result<qint64> printQueueTicket(const QueueTicket &ticket);
    Result<qint64> printKitchenTicket(const KitchenTicket &ticket);
    /// The shift's X or Z report.
    Result<qint64> printShiftReport(const ShiftReport &report);
    /// Kitchen tickets this till's requests made (sending, voids) go to the printer of their
    /// station (settings: station_printers) through the print queue; a station without one is
    /// on the kitchen display only. Returns how many were queued.
    int printStationTickets(const QList<KitchenTicket> &tickets);

    /// The till reaches the server (connecting counts: a till that has just started is not offline).
    bool online() const;
    /// What a control that needs the server says while the till is offline.
    static QString needsServerText();
    /// `controls` need the server (voids, card payments, reports…): while the till is offline they
    /// are disabled, and the notice returned (named `objectName`, for the caller's layout) says why
    /// and when they will work again; it is hidden online.
    QLabel *serverOnly(const QString &objectName, const QList<QWidget *> &controls = {});

    /// After sign-in: opens the event stream and loads every snapshot.
    void startSession();
    /// The shop's business day now (reports default to it).
    QDate businessToday() const;
    /// The signed-in user's role (none while signed out).
    std::optional<Role> role() const { return enumFromName<Role>(api.session().role); }
    bool isManager() const { return role() && isManagerRole(*role()); }

private:
    /// Encodes a document for this till's printer and queues it.
    Result<qint64> enqueue(const QString &title, const receipt::ReceiptDocument &doc, const receipt::PrinterProfile &profile);
};

} // namespace tavola::ui
