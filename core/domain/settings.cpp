#include "settings.h"

#include "clock.h"
#include "json.h"
#include "menu.h"
#include "promptpay/promptpay.h"
#include "taxinvoice.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tavola {

namespace {

bool digitsOnly(const QString &s, qsizetype length)
{
    if (s.size() != length)
        return false;
    for (const QChar c : s)
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    return true;
}

} // namespace

QJsonObject ShopSettings::toJson() const
{
    QJsonObject o{{u"prices_include_vat"_s, tax.pricesIncludeVat},
                  {u"vat_percent"_s, formatPercent(tax.vatBasisPoints)},
                  {u"service_charge_percent"_s, formatPercent(tax.serviceChargeBasisPoints)},
                  {u"cash_rounding"_s, enumName(tax.cashRounding)},
                  {u"cleaning_enabled"_s, cleaningEnabled},
                  {u"utc_offset_minutes"_s, utcOffsetMinutes},
                  {u"day_start_minutes"_s, dayStartMinutes},
                  {u"default_turn_minutes"_s, defaultTurnMinutes},
                  {u"shop_name"_s, shopName},
                  {u"shop_name_th"_s, shopNameTh},
                  {u"tax_id"_s, taxId},
                  {u"branch"_s, branch},
                  {u"address"_s, address},
                  {u"promptpay_id"_s, promptpayId},
                  {u"promptpay_biller_id"_s, promptpayBillerId},
                  {u"promptpay_staff_confirm"_s, promptpayStaffConfirm},
                  {u"receipt_header"_s, receiptHeader},
                  {u"receipt_logo"_s, receiptLogo},
                  {u"receipt_footer"_s, receiptFooter},
                  {u"pos_id"_s, posId},
                  {u"promptpay_gateway"_s, promptpayGateway},
                  {u"version"_s, version}};
    QJsonArray stationArray;
    for (const KitchenStation &st : stations)
        stationArray.append(QJsonObject{{u"id"_s, st.id}, {u"name"_s, st.name}, {u"name_th"_s, st.nameTh}});
    o.insert(u"stations"_s, stationArray);
    QJsonObject printers;
    for (auto it = stationPrinters.begin(); it != stationPrinters.end(); ++it)
        printers.insert(it.key(), it.value());
    o.insert(u"station_printers"_s, printers);
    // A 13-digit PromptPay ID whose Thai check digit is wrong is accepted (banks do) but flagged.
    const QString id = promptpayId.trimmed();
    if (id.size() == 13 && !promptpay::isThaiIdChecksumValid(id))
        o.insert(u"promptpay_id_warning"_s, u"The check digit of this national/tax ID looks wrong"_s);
    return o;
}

Result<ShopSettings> ShopSettings::fromJson(const QJsonObject &json, const ShopSettings &base, bool readPosId)
{
    JsonReader r(json);
    ShopSettings s = base;
    auto has = [&](const QString &key) { return json.contains(key); };
    if (has(u"prices_include_vat"_s))
        s.tax.pricesIncludeVat = r.boolean(u"prices_include_vat"_s, Presence::Required);
    if (has(u"cleaning_enabled"_s))
        s.cleaningEnabled = r.boolean(u"cleaning_enabled"_s, Presence::Required);
    for (const auto &[key, out] :
         {std::pair{u"vat_percent"_s, &s.tax.vatBasisPoints}, std::pair{u"service_charge_percent"_s, &s.tax.serviceChargeBasisPoints}}) {
        if (!has(key))
            continue;
        const QString text = r.string(key, Presence::Required, 10);
        auto p = parsePercent(text, 3000);
        if (r.ok() && !p)
            r.fail(key, u"%1 must be a percentage from 0 to 30, like \"7\" or \"10\""_s.arg(key));
        else if (p)
            *out = static_cast<int>(*p);
    }
    if (has(u"cash_rounding"_s))
        s.tax.cashRounding = r.enumeration<CashRounding>(u"cash_rounding"_s, Presence::Required, CashRounding::None);
    if (has(u"utc_offset_minutes"_s))
        s.utcOffsetMinutes = int(r.integer(u"utc_offset_minutes"_s, Presence::Required, -12 * 60, 14 * 60));
    if (has(u"day_start_minutes"_s))
        s.dayStartMinutes = int(r.integer(u"day_start_minutes"_s, Presence::Required, 0, 24 * 60 - 1));
    if (has(u"default_turn_minutes"_s))
        s.defaultTurnMinutes = int(r.integer(u"default_turn_minutes"_s, Presence::Required, 1, 600));
    for (const auto &[key, out, max] :
         {std::tuple{u"shop_name"_s, &s.shopName, 100}, std::tuple{u"shop_name_th"_s, &s.shopNameTh, 100},
          std::tuple{u"branch"_s, &s.branch, 60}, std::tuple{u"address"_s, &s.address, 300},
          std::tuple{u"receipt_header"_s, &s.receiptHeader, 300}, std::tuple{u"receipt_footer"_s, &s.receiptFooter, 300}}) {
        if (has(key))
            *out = r.string(key, Presence::Required, max).trimmed();
    }
    if (has(u"tax_id"_s)) {
        s.taxId = r.string(u"tax_id"_s, Presence::Required, 20).trimmed();
        if (r.ok() && !s.taxId.isEmpty() && !digitsOnly(s.taxId, 13))
            r.fail(u"tax_id"_s, u"tax_id must be the 13-digit tax ID"_s);
        // What is printed on every receipt and tax invoice: its check digit must add up (a till
        // reading the server's answer takes what the server has).
        else if (r.ok() && !s.taxId.isEmpty() && !readPosId && !isValidThaiTaxId(s.taxId))
            r.fail(u"tax_id"_s,
                   u"tax_id %1 does not add up (its last digit is a check digit): check it against the VAT certificate"_s.arg(s.taxId));
    }
    if (has(u"promptpay_id"_s)) {
        s.promptpayId = r.string(u"promptpay_id"_s, Presence::Required, 30).trimmed();
        if (r.ok() && !s.promptpayId.isEmpty()) {
            if (auto target = promptpay::targetFromInput(s.promptpayId); !target)
                r.fail(u"promptpay_id"_s, target.error().message);
        }
    }
    if (has(u"promptpay_biller_id"_s)) {
        s.promptpayBillerId = r.string(u"promptpay_biller_id"_s, Presence::Required, 20).trimmed();
        if (r.ok() && !s.promptpayBillerId.isEmpty() && !digitsOnly(s.promptpayBillerId, 15))
            r.fail(u"promptpay_biller_id"_s, u"promptpay_biller_id must be 15 digits (tax ID + 2-digit suffix)"_s);
    }
    if (has(u"promptpay_staff_confirm"_s)) {
        s.promptpayStaffConfirm = r.string(u"promptpay_staff_confirm"_s, Presence::Required, 20);
        if (r.ok() && s.promptpayStaffConfirm != u"manager"_s && s.promptpayStaffConfirm != u"cashier"_s)
            r.fail(u"promptpay_staff_confirm"_s, u"promptpay_staff_confirm must be manager or cashier"_s);
    }
    if (has(u"receipt_logo"_s)) {
        s.receiptLogo = r.string(u"receipt_logo"_s, Presence::Required, 90'000).trimmed();
        const auto png = QByteArray::fromBase64Encoding(s.receiptLogo.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (r.ok() && !s.receiptLogo.isEmpty()) {
            if (!png || !png.decoded.startsWith("\x89PNG\r\n\x1a\n"))
                r.fail(u"receipt_logo"_s, u"receipt_logo must be a PNG image in base64"_s);
            else if (png.decoded.size() > 64 * 1024)
                r.fail(u"receipt_logo"_s, u"receipt_logo must be at most 64 KB (a small black-and-white logo prints best)"_s);
        }
    }
    if (has(u"stations"_s)) {
        QList<KitchenStation> stations;
        r.forEachObject(u"stations"_s, Presence::Required, 20, [&](JsonReader &e, qsizetype) {
            KitchenStation st;
            st.id = e.string(u"id"_s, Presence::Required, 30).trimmed();
            st.name = e.string(u"name"_s, Presence::Required, 40).trimmed();
            st.nameTh = e.string(u"name_th"_s, Presence::Optional, 40).trimmed();
            if (!e.ok())
                return;
            if (!isStationId(st.id))
                e.fail(u"id"_s, u"a station id is lower-case letters, digits, - and _ (e.g. grill)"_s);
            else if (st.name.isEmpty())
                e.fail(u"name"_s, u"a station needs a name"_s);
            else if (std::any_of(stations.begin(), stations.end(), [&](const KitchenStation &o) { return o.id == st.id; }))
                e.fail(u"id"_s, u"station %1 is listed twice"_s.arg(st.id));
            stations.append(st);
        });
        if (r.ok() && stations.isEmpty())
            r.fail(u"stations"_s, u"the shop needs at least one kitchen station"_s);
        if (r.ok())
            s.stations = stations;
    }
    if (has(u"station_printers"_s)) {
        const QJsonObject printers = r.object(u"station_printers"_s, Presence::Required);
        QMap<QString, QString> out;
        for (auto it = printers.begin(); r.ok() && it != printers.end(); ++it) {
            const QString uri = it.value().toString().trimmed();
            if (!it.value().isString() || uri.size() > 200)
                r.fail(u"station_printers"_s, u"station_printers.%1 must be a printer address"_s.arg(it.key()));
            else if (!uri.isEmpty())
                out.insert(it.key(), uri);
        }
        if (r.ok())
            s.stationPrinters = out;
    }
    // A printer for a station the shop does not have (any longer) is a mistake worth naming.
    for (auto it = s.stationPrinters.begin(); r.ok() && it != s.stationPrinters.end(); ++it) {
        if (!s.station(it.key()))
            r.fail(u"station_printers"_s, u"station_printers names %1, which is not one of the stations"_s.arg(it.key()));
    }
    if (readPosId && has(u"pos_id"_s))
        s.posId = r.string(u"pos_id"_s, Presence::Required, 20);
    if (readPosId && has(u"version"_s))
        s.version = r.integer(u"version"_s, Presence::Required, 0, std::numeric_limits<qint64>::max());
    if (readPosId && has(u"promptpay_gateway"_s))
        s.promptpayGateway = r.boolean(u"promptpay_gateway"_s, Presence::Required);
    if (!r.ok())
        return r.error();
    return s;
}

Result<ShopSettings> ShopSettings::fromJson(const QJsonObject &json)
{
    return fromJson(json, ShopSettings{});
}

QMap<QString, QString> ShopSettings::toStorage() const
{
    QMap<QString, QString> m;
    const QJsonObject json = toJson();
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() == u"pos_id"_s || it.key() == u"promptpay_gateway"_s || it.key() == u"promptpay_id_warning"_s)
            continue;
        const QJsonValue v = it.value();
        m.insert(it.key(),
                 v.isBool()         ? (v.toBool() ? u"true"_s : u"false"_s)
                     : v.isDouble() ? QString::number(v.toInteger())
                     : v.isArray()  ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                     : v.isObject() ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
                                    : v.toString());
    }
    return m;
}

Result<ShopSettings> ShopSettings::fromStorage(const QMap<QString, QString> &values)
{
    // Each stored text goes back to the JSON type of its field, then through the one codec.
    const QJsonObject defaults = ShopSettings{}.toJson();
    QJsonObject json;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QJsonValue d = defaults.value(it.key());
        if (d.isUndefined() || it.key() == u"pos_id"_s || it.key() == u"promptpay_gateway"_s)
            continue; // a setting this version does not know
        if (d.isBool())
            json.insert(it.key(), it.value() == u"true"_s);
        else if (d.isDouble())
            json.insert(it.key(), it.value().toLongLong());
        else if (d.isArray())
            json.insert(it.key(), QJsonDocument::fromJson(it.value().toUtf8()).array());
        else if (d.isObject())
            json.insert(it.key(), QJsonDocument::fromJson(it.value().toUtf8()).object());
        else
            json.insert(it.key(), it.value());
    }
    // What the server itself stored: its version counts, and a tax ID saved before its check
    // digit was enforced still loads.
    return fromJson(json, ShopSettings{}, true);
}

QDate ShopSettings::businessDay(const QDateTime &instant) const
{
    return tavola::businessDay(instant, utcOffsetMinutes, dayStartMinutes);
}

const KitchenStation *ShopSettings::station(const QString &id) const
{
    for (const KitchenStation &s : stations)
        if (s.id == id)
            return &s;
    return nullptr;
}

QJsonObject BackupFile::toJson() const
{
    return {{u"file"_s, file}, {u"bytes"_s, bytes}, {u"created_at"_s, createdAt.toString(Qt::ISODateWithMs)}};
}

Result<BackupFile> BackupFile::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    BackupFile b;
    b.file = r.string(u"file"_s, Presence::Required, 4096);
    b.bytes = r.integer(u"bytes"_s, Presence::Required, 0, std::numeric_limits<qint64>::max());
    b.createdAt = r.time(u"created_at"_s, Presence::Required);
    if (!r.ok())
        return r.error();
    return b;
}

QByteArray ShopSettings::logoPng() const
{
    return QByteArray::fromBase64(receiptLogo.toLatin1());
}

QList<KitchenStation> ShopSettings::defaultStations()
{
    return {{u"kitchen"_s, u"Kitchen"_s, u"ครัว"_s}, {u"bar"_s, u"Bar"_s, u"บาร์"_s}, {u"dimsum"_s, u"Dim sum"_s, u"ติ่มซำ"_s}};
}

} // namespace tavola
