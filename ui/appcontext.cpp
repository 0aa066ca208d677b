#include "appcontext.h"

#include "promptpay/promptpay.h"
#include "receipt/builders.h"
#include "receipt/renderer.h"
#include "theme.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcApp, "tavola.ui")

#include <QUuid>

using namespace Qt::StringLiterals;

namespace tavola::ui {

AppContext::AppContext(const QString &serverUrl, const QString &outboxPath, QObject *parent) : QObject(parent)
{
    api.setBaseUrl(serverUrl);
    api.setCertificatePins(&pins);
    if (auto s = outbox.open(outboxPath); !s)
        qCWarning(lcApp).noquote() << s.error().message;
    // The print queue lives beside the outbox and survives restarts the same way.
    printQueue = new printing::PrintQueue(QFileInfo(outboxPath).absolutePath() + u"/printqueue.db"_s, this);
    if (auto s = printQueue->open(); !s)
        qCWarning(lcApp).noquote() << s.error().message;
    printQueue->start();
    QSettings settings;
    printerUri = settings.value(u"printer/uri"_s).toString();
    printerProfile = settings.value(u"printer/profile"_s, printerProfile).toString();
    cashDrawer = settings.value(u"printer/drawer"_s, false).toBool();
    printKitchenTickets = settings.value(u"printer/kitchen_tickets"_s, false).toBool();
    connect(&api, &client::ApiClient::kitchenTicketsCreated, this, &AppContext::printStationTickets);
}

AppContext::~AppContext() = default;

void AppContext::setPrinter(const QString &uri, const QString &profile, bool drawer)
{
    printerUri = uri.trimmed();
    printerProfile = profile;
    cashDrawer = drawer;
    QSettings settings;
    settings.setValue(u"printer/uri"_s, printerUri);
    settings.setValue(u"printer/profile"_s, printerProfile);
    settings.setValue(u"printer/drawer"_s, cashDrawer);
}

void AppContext::setPrintKitchenTickets(bool on)
{
    printKitchenTickets = on;
    QSettings().setValue(u"printer/kitchen_tickets"_s, on);
}

QDate AppContext::businessToday() const
{
    return shop().businessDay(clock::nowUtc());
}

bool AppContext::online() const
{
    using State = client::RealtimeClient::State;
    return realtime.state() == State::Online || realtime.state() == State::Connecting;
}

QString AppContext::needsServerText()
{
    return tr("Needs the server — will be possible when back online.");
}

QLabel *AppContext::serverOnly(const QString &objectName, const QList<QWidget *> &controls)
{
    QLabel *reason = theme::warningLabel(objectName);
    QList<QPointer<QWidget>> guarded;
    for (QWidget *w : controls)
        guarded.append(w);
    auto update = [this, guarded, reason] {
        const bool on = online();
        for (const QPointer<QWidget> &w : guarded)
            if (w)
                w->setEnabled(on);
        reason->setText(needsServerText());
        reason->setVisible(!on);
    };
    connect(&realtime, &client::RealtimeClient::stateChanged, reason, update);
    update();
    return reason;
}

void AppContext::startSession()
{
    realtime.start();
    store.reload();
    outbox.flush();
}

namespace {

receipt::ReceiptContext receiptContext(AppContext &ctx, const Order &order)
{
    receipt::ReceiptContext rc;
    rc.shop = receipt::ShopInfo::from(ctx.shop());
    if (const Table *t = ctx.store.tables()->find(order.tableId))
        rc.tableName = t->name;
    rc.staffName = ctx.api.session().displayName;
    rc.printedAt = clock::nowUtc();
    return rc;
}

/// This till's receipt printer profile, or the error a cashier reads when none is set up.
Result<receipt::PrinterProfile> receiptPrinter(const AppContext &ctx)
{
    if (ctx.printerUri.isEmpty())
        return Error{ErrorCode::ValidationFailed,
                     QCoreApplication::translate("Printing", "No receipt printer is set up: enter its address in Settings."),
                     {}};
    return receipt::PrinterProfile::byName(ctx.printerProfile);
}

} // namespace

Result<qint64> AppContext::enqueue(const QString &title, const receipt::ReceiptDocument &doc, const receipt::PrinterProfile &profile)
{
    return printQueue->enqueue(printerUri, title, receipt::encodeEscPos(doc, profile));
}

Result<qint64> AppContext::printTestPage()
{
    auto profile = receiptPrinter(*this);
    if (!profile)
        return profile.error();
    const auto page = receipt::buildTestPage(profile->name, profile->dots, profile->columns, profile->paperMm,
                                             profile->mode == receipt::PrinterProfile::Mode::Raster ? u"raster"_s : u"text"_s);
    return enqueue(QCoreApplication::translate("Printing", "Test page"), page, *profile);
}

void AppContext::moveBillTo(const QString &orderId, const Table &target, QObject *context, client::ApiClient::Callback<Order> done)
{
    if (target.orderId.isEmpty())
        api.moveOrder(orderId, target.id, context, std::move(done));
    else
        api.mergeOrders(target.orderId, orderId, QUuid::createUuid().toString(QUuid::WithoutBraces), context, std::move(done));
}

Result<qint64> AppContext::printReceipt(const Order &order, const QList<Payment> &tenders, bool copy)
{
    auto profile = receiptPrinter(*this);
    if (!profile)
        return profile.error();
    // The drawer opens when cash was taken (ESC p after the cut).
    const bool cash = std::any_of(tenders.begin(), tenders.end(), [](const Payment &p) { return p.method == PaymentMethod::Cash; });
    profile->drawerKick = cashDrawer && cash && !copy;
    const auto doc = receipt::buildReceipt(order, tenders, receiptContext(*this, order), copy);
    return enqueue(QCoreApplication::translate("Printing", "Receipt %1").arg(order.receiptNumber), doc, *profile);
}

Result<qint64> AppContext::printTaxInvoice(const TaxInvoice &invoice, bool copy)
{
    auto profile = receiptPrinter(*this);
    if (!profile)
        return profile.error();
    Order none;
    const auto doc = receipt::buildTaxInvoice(invoice, receiptContext(*this, none), copy);
    return enqueue(QCoreApplication::translate("Printing", "Tax invoice %1").arg(invoice.invoiceNumber), doc, *profile);
}

Result<qint64> AppContext::printQueueTicket(const QueueTicket &ticket)
{
    auto profile = receiptPrinter(*this);
    if (!profile)
        return profile.error();
    // The status page is served by the server the guest's phone can reach.
    QString url = ticket.statusUrl;
    if (url.startsWith(u'/'))
        url = api.baseUrl() + url;
    Order none;
    const auto doc = receipt::buildQueueTicket(ticket, url, receiptContext(*this, none));
    return enqueue(QCoreApplication::translate("Printing", "Queue ticket %1").arg(ticket.id), doc, *profile);
}

Result<qint64> AppContext::printKitchenTicket(const KitchenTicket &ticket)
{
    auto profile = receiptPrinter(*this);
    if (!profile)
        return profile.error();
    Order none;
    const auto doc = receipt::buildKitchenTicket(ticket, receiptContext(*this, none));
    return enqueue(QCoreApplication::translate("Printing", "Kitchen %1 #%2").arg(ticket.tableName).arg(ticket.orderNumber), doc, *profile);
}

Result<qint64> AppContext::printShiftReport(const ShiftReport &report)
{
    auto profile = receiptPrinter(*this);
    if (!profile)
        return profile.error();
    Order none;
    const auto doc = receipt::buildShiftReport(report, receiptContext(*this, none));
    return enqueue(report.z ? QCoreApplication::translate("Printing", "Z report %1").arg(report.shift ? report.shift->id : QString())
                            : QCoreApplication::translate("Printing", "X report %1").arg(report.shift ? report.shift->id : QString()),
                   doc, *profile);
}

int AppContext::printStationTickets(const QList<KitchenTicket> &tickets)
{
    int queued = 0;
    for (const KitchenTicket &ticket : tickets) {
        const QString uri = shop().stationPrinters.value(ticket.station);
        if (uri.isEmpty())
            continue;
        // Kitchen printers are thermal printers like the receipt printer: the till's profile,
        // else the common 80 mm one.
        auto profile = receipt::PrinterProfile::byName(printerProfile);
        if (!profile)
            profile = receipt::PrinterProfile::byName(u"escpos-80-raster"_s);
        if (!profile)
            continue;
        profile->drawerKick = false;
        Order none;
        const auto doc = receipt::buildKitchenTicket(ticket, receiptContext(*this, none));
        const QString title = QCoreApplication::translate("Printing", "Kitchen %1 #%2 (%3)")
                                  .arg(ticket.tableName)
                                  .arg(ticket.orderNumber)
                                  .arg(theme::stationName(shop(), ticket.station));
        if (auto job = printQueue->enqueue(uri, title, receipt::encodeEscPos(doc, *profile)); job)
            ++queued;
        else
            qCWarning(lcApp).noquote() << job.error().message;
    }
    return queued;
}

Result<qint64> AppContext::printPreBill(const Order &order)
{
    auto profile = receiptPrinter(*this);
    if (!profile)
        return profile.error();
    // The pre-bill's QR: the shop's own PromptPay ID for the exact total (docs/domain.md, "Receipts").
    QString qr;
    const QString target = shop().promptpayId;
    if (!target.isEmpty() && order.totals.total.satang() > 0) {
        if (auto payload = promptpay::buildForInput(target, order.totals.total))
            qr = *payload;
    }
    const auto doc = receipt::buildPreBill(order, receiptContext(*this, order), qr);
    return enqueue(QCoreApplication::translate("Printing", "Bill %1").arg(order.number), doc, *profile);
}

} // namespace tavola::ui
