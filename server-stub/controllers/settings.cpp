// /api/v1/settings — the shop settings (docs/domain.md): totals, receipts, PromptPay, queue.
// Any staff member reads them (tills print receipts with them); a manager changes them.
#include "domain/settings.h"

#include "controllers.h"
#include "storage/menurepository.h"
#include "storage/settingsrepository.h"

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

ApiResult getSettings(RequestContext &ctx)
{
    return cachedRead(ctx, u"settings"_s, QString::number(ctx.state.shop.version),
                      [&]() -> Result<QJsonValue> { return QJsonValue(ctx.state.shop.toJson()); });
}

ApiResult putSettings(RequestContext &ctx)
{
    // Serialises concurrent saves (the counter's row is locked until commit), then starts from
    // the stored settings: another server instance may have saved since this one loaded them,
    // and its change must not be overwritten with what this instance remembers.
    if (auto lock = ctx.db.nextCounter(u"settings_saves"_s); !lock)
        return lock.error();
    if (auto loaded = ctx.state.loadSettings(ctx.db); !loaded)
        return loaded.error();
    auto s = ShopSettings::fromJson(ctx.body, ctx.state.shop);
    if (!s)
        return s.error();
    // A shop's name is printed on every receipt: once given, it cannot be blanked.
    if (ctx.body.contains(u"shop_name"_s) && s->shopName.isEmpty())
        return Error::validation(u"shop_name"_s, u"shop_name must not be blank"_s);
    // A station still cooking dishes cannot go: its dishes would reach no kitchen screen.
    if (ctx.body.contains(u"stations"_s)) {
        auto menu = MenuRepository(ctx.db).load();
        if (!menu)
            return menu.error();
        for (const MenuItem &item : menu->items) {
            if (!s->station(item.station))
                return Error::validation(
                    u"stations"_s, u"station %1 still has dishes (%2): move them to another station first"_s.arg(item.station, item.name));
        }
    }
    s->version = ctx.state.shop.version + 1;
    const QJsonObject before = ctx.state.shop.toJson();
    if (auto saved = SettingsRepository(ctx.db).save(*s); !saved)
        return saved.error();
    // Applied in memory only once the transaction commits.
    ctx.afterCommit.append([&state = ctx.state, settings = *s] { state.shop = settings; });
    const QJsonObject after = s->toJson();
    if (auto st = audit(ctx, u"settings.update"_s, u"settings"_s, u"shop"_s, before, after); !st)
        return st.error();
    if (auto st = ctx.events.emitEvent(u"settings.updated"_s, {{u"version"_s, s->version}}, Audience::Staff); !st)
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
