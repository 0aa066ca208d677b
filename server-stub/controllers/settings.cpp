// /api/v1/settings — the shop settings (DOMAIN.md §1–2, 5): totals, receipts, PromptPay, queue.
// Any staff member reads them (tills print receipts with them); a manager changes them.
#include "controllers.h"

#include "domain/json.h"
#include "promptpay/promptpay.h"

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

QJsonObject settingsJson(const ShopSettings &s, const QString &posId)
{
    QJsonObject o{{u"prices_include_vat"_s, s.tax.pricesIncludeVat},
                  {u"vat_percent"_s, formatPercent(s.tax.vatBasisPoints)},
                  {u"service_charge_percent"_s, formatPercent(s.tax.serviceChargeBasisPoints)},
                  {u"cash_rounding"_s, enumName(s.tax.cashRounding)},
                  {u"cleaning_enabled"_s, s.cleaningEnabled},
                  {u"utc_offset_minutes"_s, s.utcOffsetMinutes},
                  {u"day_start_minutes"_s, s.dayStartMinutes},
                  {u"default_turn_minutes"_s, s.defaultTurnMinutes},
                  {u"shop_name"_s, s.shopName},
                  {u"shop_name_th"_s, s.shopNameTh},
                  {u"tax_id"_s, s.taxId},
                  {u"branch"_s, s.branch},
                  {u"address"_s, s.address},
                  {u"promptpay_id"_s, s.promptpayId},
                  {u"promptpay_biller_id"_s, s.promptpayBillerId},
                  {u"receipt_footer"_s, s.receiptFooter},
                  {u"pos_id"_s, posId}};
    // A 13-digit PromptPay ID whose Thai check digit is wrong is accepted (banks do) but flagged.
    const QString id = s.promptpayId.trimmed();
    if (id.size() == 13 && !promptpay::isThaiIdChecksumValid(id))
        o.insert(u"promptpay_id_warning"_s, u"The check digit of this national/tax ID looks wrong"_s);
    return o;
}

bool digitsOnly(const QString &s, qsizetype length)
{
    if (s.size() != length)
        return false;
    for (const QChar c : s)
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    return true;
}

ApiResult getSettings(RequestContext &ctx)
{
    return ApiResult::ok(settingsJson(ctx.state.shop, ctx.state.config.posId));
}

ApiResult putSettings(RequestContext &ctx)
{
    JsonReader r(ctx.body);
    ShopSettings s = ctx.state.shop;
    const QJsonObject &b = ctx.body;
    auto has = [&](const char *key) { return b.contains(QLatin1String(key)); };
    if (has("prices_include_vat"))
        s.tax.pricesIncludeVat = r.boolean(u"prices_include_vat"_s, Presence::Required);
    if (has("cleaning_enabled"))
        s.cleaningEnabled = r.boolean(u"cleaning_enabled"_s, Presence::Required);
    for (const auto &[key, out] : {std::pair{u"vat_percent"_s, &s.tax.vatBasisPoints}, std::pair{u"service_charge_percent"_s, &s.tax.serviceChargeBasisPoints}}) {
        if (!b.contains(key))
            continue;
        const QString text = r.string(key, Presence::Required, 10);
        auto p = parsePercent(text, 3000);
        if (r.ok() && !p)
            r.fail(key, u"%1 must be a percentage from 0 to 30, like \"7\" or \"10\""_s.arg(key));
        else if (p)
            *out = static_cast<int>(*p);
    }
    if (has("cash_rounding"))
        s.tax.cashRounding = r.enumeration<CashRounding>(u"cash_rounding"_s, Presence::Required, CashRounding::None);
    if (has("utc_offset_minutes"))
        s.utcOffsetMinutes = int(r.integer(u"utc_offset_minutes"_s, Presence::Required, -12 * 60, 14 * 60));
    if (has("day_start_minutes"))
        s.dayStartMinutes = int(r.integer(u"day_start_minutes"_s, Presence::Required, 0, 24 * 60 - 1));
    if (has("default_turn_minutes"))
        s.defaultTurnMinutes = int(r.integer(u"default_turn_minutes"_s, Presence::Required, 1, 600));
    for (const auto &[key, out, max] : {std::tuple{u"shop_name"_s, &s.shopName, 100}, std::tuple{u"shop_name_th"_s, &s.shopNameTh, 100},
                                        std::tuple{u"branch"_s, &s.branch, 60}, std::tuple{u"address"_s, &s.address, 300},
                                        std::tuple{u"receipt_footer"_s, &s.receiptFooter, 300}}) {
        if (b.contains(key))
            *out = r.string(key, Presence::Required, max).trimmed();
    }
    if (has("tax_id")) {
        s.taxId = r.string(u"tax_id"_s, Presence::Required, 20).trimmed();
        if (r.ok() && !s.taxId.isEmpty() && !digitsOnly(s.taxId, 13))
            r.fail(u"tax_id"_s, u"tax_id must be the 13-digit tax ID"_s);
    }
    if (has("promptpay_id")) {
        s.promptpayId = r.string(u"promptpay_id"_s, Presence::Required, 30).trimmed();
        if (r.ok() && !s.promptpayId.isEmpty()) {
            if (auto target = promptpay::targetFromInput(s.promptpayId); !target)
                r.fail(u"promptpay_id"_s, target.error().message);
        }
    }
    if (has("promptpay_biller_id")) {
        s.promptpayBillerId = r.string(u"promptpay_biller_id"_s, Presence::Required, 20).trimmed();
        if (r.ok() && !s.promptpayBillerId.isEmpty() && !digitsOnly(s.promptpayBillerId, 15))
            r.fail(u"promptpay_biller_id"_s, u"promptpay_biller_id must be 15 digits (tax ID + 2-digit suffix)"_s);
    }
    if (!r.ok())
        return r.error();
    const QJsonObject before = settingsJson(ctx.state.shop, ctx.state.config.posId);
    const auto map = ServerState::settingsToMap(s);
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (auto q = ctx.db.exec(u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                                 {it.key(), it.value()});
            !q)
            return q.error();
    }
    // Applied in memory only once the transaction commits.
    ctx.state.afterCommit.append([&state = ctx.state, s] { state.shop = s; });
    const QJsonObject after = settingsJson(s, ctx.state.config.posId);
    if (auto st = audit(ctx, u"settings.update"_s, u"settings"_s, u"shop"_s, before, after); !st)
        return st.error();
    return ApiResult::ok(after);
}

} // namespace

void registerSettingsRoutes(Router &router)
{
    router.get(u"/api/v1/settings"_s, Permission::anyStaff(), getSettings);
    router.put(u"/api/v1/settings"_s, Permission::only({Role::Manager}), putSettings);
}

} // namespace tavola::server
