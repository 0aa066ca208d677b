// /api/v1/customer-displays/{till} — what a till's customer display shows, for a display on its
// own machine following that till (docs/api.md, "Customer displays").
#include "controllers.h"
#include "domain/customerview.h"
#include "realtime/eventhub.h"
#include "storage/settingsrepository.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

Result<QString> tillName(const RequestContext &ctx)
{
    static const QRegularExpression kName(u"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$"_s);
    const QString till = ctx.param(u"till"_s);
    if (!kName.match(till).hasMatch())
        return Error{ErrorCode::NotFound, u"A till's name is 1 to 40 letters, digits, - or _"_s, {}};
    return till;
}

ApiResult putDisplay(RequestContext &ctx)
{
    auto till = tillName(ctx);
    if (!till)
        return till.error();
    auto view = CustomerView::fromJson(ctx.body);
    if (!view)
        return view.error();
    if (auto s = CustomerDisplayRepository(ctx.db).save(*till, *view, ctx.now); !s)
        return s.error();
    QJsonObject state = view->toJson();
    state.insert(u"till"_s, *till);
    if (auto s = ctx.events.emitEvent(u"display.updated"_s, state); !s)
        return s.error();
    return ApiResult::ok(state);
}

ApiResult getDisplay(RequestContext &ctx)
{
    auto till = tillName(ctx);
    if (!till)
        return till.error();
    auto view = CustomerDisplayRepository(ctx.db).load(*till);
    if (!view)
        return view.error();
    QJsonObject state = view->toJson();
    state.insert(u"till"_s, *till);
    return ApiResult::ok(state);
}

} // namespace

void registerDisplayRoutes(Router &router)
{
    router.put(u"/api/v1/customer-displays/{till}"_s, Permission::anyStaff(), putDisplay);
    router.get(u"/api/v1/customer-displays/{till}"_s, Permission::anyStaff(), getDisplay);
}

} // namespace tavola::server
