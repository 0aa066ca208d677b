#include "serverstate.h"

#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace tavola::server {

void Metrics::record(const QString &route, int status, double seconds)
{
    Series &s = requests[{route, status}];
    ++s.count;
    s.sumSeconds += seconds;
    std::size_t i = 0;
    while (i < kBounds.size() && seconds > kBounds[i])
        ++i;
    ++s.buckets[i];
}

QString ServerState::businessDay(const QDateTime &t) const
{
    return tavola::businessDay(t, shop.utcOffsetMinutes, shop.dayStartMinutes).toString(Qt::ISODate);
}

QMap<QString, QString> ServerState::settingsToMap(const ShopSettings &s)
{
    return {{u"prices_include_vat"_s, s.tax.pricesIncludeVat ? u"true"_s : u"false"_s},
            {u"vat_percent"_s, formatPercent(s.tax.vatBasisPoints)},
            {u"service_charge_percent"_s, formatPercent(s.tax.serviceChargeBasisPoints)},
            {u"cash_rounding"_s, enumName(s.tax.cashRounding)},
            {u"cleaning_enabled"_s, s.cleaningEnabled ? u"true"_s : u"false"_s},
            {u"utc_offset_minutes"_s, QString::number(s.utcOffsetMinutes)},
            {u"day_start_minutes"_s, QString::number(s.dayStartMinutes)},
            {u"default_turn_minutes"_s, QString::number(s.defaultTurnMinutes)},
            {u"shop_name"_s, s.shopName},
            {u"shop_name_th"_s, s.shopNameTh},
            {u"tax_id"_s, s.taxId},
            {u"branch"_s, s.branch},
            {u"address"_s, s.address},
            {u"promptpay_id"_s, s.promptpayId},
            {u"promptpay_biller_id"_s, s.promptpayBillerId},
            {u"receipt_footer"_s, s.receiptFooter}};
}

Status ServerState::loadSettings(Database &db)
{
    auto rows = db.rows(u"SELECT key, value FROM settings"_s);
    if (!rows)
        return rows.error();
    QHash<QString, QString> m;
    for (const Row &r : *rows)
        m.insert(r.value(u"key"_s).toString(), r.value(u"value"_s).toString());
    ShopSettings s;
    auto text = [&](const char *k, QString *out) {
        if (m.contains(QLatin1String(k)))
            *out = m.value(QLatin1String(k));
    };
    auto integer = [&](const char *k, int *out) {
        bool ok = false;
        const int v = m.value(QLatin1String(k)).toInt(&ok);
        if (ok)
            *out = v;
    };
    if (m.contains(u"prices_include_vat"_s))
        s.tax.pricesIncludeVat = m.value(u"prices_include_vat"_s) == u"true"_s;
    if (auto p = parsePercent(m.value(u"vat_percent"_s)); p)
        s.tax.vatBasisPoints = static_cast<int>(*p);
    if (auto p = parsePercent(m.value(u"service_charge_percent"_s)); p)
        s.tax.serviceChargeBasisPoints = static_cast<int>(*p);
    if (auto r = enumFromName<CashRounding>(m.value(u"cash_rounding"_s)))
        s.tax.cashRounding = *r;
    if (m.contains(u"cleaning_enabled"_s))
        s.cleaningEnabled = m.value(u"cleaning_enabled"_s) == u"true"_s;
    integer("utc_offset_minutes", &s.utcOffsetMinutes);
    integer("day_start_minutes", &s.dayStartMinutes);
    integer("default_turn_minutes", &s.defaultTurnMinutes);
    text("shop_name", &s.shopName);
    text("shop_name_th", &s.shopNameTh);
    text("tax_id", &s.taxId);
    text("branch", &s.branch);
    text("address", &s.address);
    text("promptpay_id", &s.promptpayId);
    text("promptpay_biller_id", &s.promptpayBillerId);
    text("receipt_footer", &s.receiptFooter);
    shop = s;
    return {};
}

} // namespace tavola::server
