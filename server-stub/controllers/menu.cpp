// /api/v1/menu — items and categories. Deleting an item deactivates it: orders keep their snapshot.
#include "controllers.h"
#include "storage/menurepository.h"

using namespace Qt::StringLiterals;

namespace tavola::server {

Status bumpMenuVersion(RequestContext &ctx)
{
    auto v = MenuRepository(ctx.db).bumpVersion();
    if (!v)
        return v.error();
    return ctx.events.emitEvent(u"menu.updated"_s, {{u"version"_s, *v}}, Audience::All);
}

namespace {

Result<QJsonObject> itemJson(Database &db, const QString &id)
{
    auto menu = MenuRepository(db).load(true);
    if (!menu)
        return menu.error();
    const MenuItem *item = menu->item(id);
    if (!item)
        return Error{ErrorCode::NotFound, u"No menu item with id %1"_s.arg(id), {}};
    return item->toJson();
}

Status checkCategory(Database &db, const QString &categoryId)
{
    auto exists = MenuRepository(db).categoryExists(categoryId);
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error{ErrorCode::ValidationFailed, u"No category with id %1"_s.arg(categoryId), QJsonObject{{u"field"_s, u"category_id"_s}}};
    return {};
}

/// A dish is cooked at one of the shop's stations (settings.stations).
Status checkStation(const RequestContext &ctx, const MenuItem &item)
{
    if (ctx.state.shop.station(item.station))
        return {};
    return Error{ErrorCode::ValidationFailed, u"%1 is not one of the shop's stations (settings.stations)"_s.arg(item.station),
                 QJsonObject{{u"field"_s, u"station_id"_s}}};
}

ApiResult getMenu(RequestContext &ctx)
{
    auto version = knownVersion(ctx, ctx.state.menuVersion, [&]() -> Result<QString> {
        auto v = MenuRepository(ctx.db).version();
        if (!v)
            return v.error();
        return QString::number(*v);
    });
    if (!version)
        return version.error();
    return cachedRead(ctx, u"menu"_s, *version, [&]() -> Result<QJsonValue> {
        auto menu = MenuRepository(ctx.db).load();
        if (!menu)
            return menu.error();
        return QJsonValue(menu->toJson());
    });
}

ApiResult createItem(RequestContext &ctx)
{
    auto item = MenuItem::fromJson(ctx.body, false);
    if (!item)
        return item.error();
    if (auto s = checkCategory(ctx.db, item->categoryId); !s)
        return s.error();
    if (auto s = checkStation(ctx, *item); !s)
        return s.error();
    MenuRepository menu(ctx.db);
    auto id = menu.insertItem(*item);
    if (!id)
        return id.error();
    if (auto s = menu.replaceModifiers(*id, item->modifiers); !s)
        return s.error();
    auto json = itemJson(ctx.db, *id);
    if (!json)
        return json.error();
    if (auto s = audit(ctx, u"menu.item.create"_s, u"menu_item"_s, *id, {}, *json); !s)
        return s.error();
    if (auto s = bumpMenuVersion(ctx); !s)
        return s.error();
    return ApiResult::ok(*json, 201);
}

ApiResult updateItem(RequestContext &ctx)
{
    const QString id = ctx.param(u"id"_s);
    auto before = itemJson(ctx.db, id);
    if (!before)
        return before.error();
    auto item = MenuItem::fromJson(ctx.body, false);
    if (!item)
        return item.error();
    if (auto s = checkCategory(ctx.db, item->categoryId); !s)
        return s.error();
    if (auto s = checkStation(ctx, *item); !s)
        return s.error();
    // What the request leaves out stays: the groups (and their options) or the free options.
    if (auto was = MenuItem::fromJson(*before); was) {
        const bool groups = ctx.body.contains(u"modifier_groups"_s);
        const bool free = ctx.body.contains(u"modifiers"_s);
        if (!groups)
            item->modifierGroups = was->modifierGroups;
        if (!ctx.body.contains(u"sort"_s))
            item->sort = was->sort;
        for (const Modifier &m : was->modifiers) {
            if ((!groups && !m.groupId.isEmpty()) || (!free && m.groupId.isEmpty()))
                item->modifiers.append(m);
        }
    }
    MenuRepository menu(ctx.db);
    if (auto s = menu.updateItem(id, *item); !s)
        return s.error();
    if (ctx.body.contains(u"modifiers"_s) || ctx.body.contains(u"modifier_groups"_s)) {
        if (auto s = menu.replaceModifiers(id, item->modifiers); !s)
            return s.error();
    }
    auto after = itemJson(ctx.db, id);
    if (!after)
        return after.error();
    if (auto s = audit(ctx, u"menu.item.update"_s, u"menu_item"_s, id, *before, *after); !s)
        return s.error();
    if (auto s = bumpMenuVersion(ctx); !s)
        return s.error();
    return ApiResult::ok(*after);
}

/// The one-tap "sold out" (86) and back: {"available": false | true}, by anyone on the floor.
ApiResult patchItem(RequestContext &ctx)
{
    const QString id = ctx.param(u"id"_s);
    JsonReader r(ctx.body);
    const bool available = r.boolean(u"available"_s, Presence::Required);
    if (!r.ok())
        return r.error();
    auto before = itemJson(ctx.db, id);
    if (!before)
        return before.error();
    if (auto s = MenuRepository(ctx.db).setAvailable(id, available); !s)
        return s.error();
    auto after = itemJson(ctx.db, id);
    if (!after)
        return after.error();
    if (before->value(u"available"_s) == after->value(u"available"_s))
        return ApiResult::ok(*after); // already so: nothing to tell the tills
    if (auto s = audit(ctx, available ? u"menu.item.available"_s : u"menu.item.sold_out"_s, u"menu_item"_s, id, *before, *after); !s)
        return s.error();
    if (auto s = bumpMenuVersion(ctx); !s)
        return s.error();
    return ApiResult::ok(*after);
}

ApiResult deleteItem(RequestContext &ctx)
{
    const QString id = ctx.param(u"id"_s);
    auto before = itemJson(ctx.db, id);
    if (!before)
        return before.error();
    if (auto s = MenuRepository(ctx.db).deactivateItem(id); !s)
        return s.error();
    if (auto s = audit(ctx, u"menu.item.delete"_s, u"menu_item"_s, id, *before, {}); !s)
        return s.error();
    if (auto s = bumpMenuVersion(ctx); !s)
        return s.error();
    return ApiResult::noContent();
}

ApiResult createCategory(RequestContext &ctx)
{
    auto c = Category::fromJson(ctx.body);
    if (!c)
        return c.error();
    auto id = MenuRepository(ctx.db).insertCategory(*c);
    if (!id)
        return id.error();
    c->id = *id;
    if (auto s = audit(ctx, u"menu.category.create"_s, u"category"_s, c->id, {}, c->toJson()); !s)
        return s.error();
    if (auto s = bumpMenuVersion(ctx); !s)
        return s.error();
    return ApiResult::ok(c->toJson(), 201);
}

ApiResult updateCategory(RequestContext &ctx)
{
    const QString id = ctx.param(u"id"_s);
    MenuRepository menu(ctx.db);
    auto before = menu.category(id);
    if (!before)
        return before.error();
    auto c = Category::fromJson(ctx.body);
    if (!c)
        return c.error();
    c->id = id;
    if (auto s = menu.updateCategory(*c); !s)
        return s.error();
    const QJsonObject beforeJson{{u"name"_s, before->name}, {u"name_th"_s, before->nameTh}, {u"sort"_s, before->sort}};
    if (auto s = audit(ctx, u"menu.category.update"_s, u"category"_s, id, beforeJson, c->toJson()); !s)
        return s.error();
    if (auto s = bumpMenuVersion(ctx); !s)
        return s.error();
    return ApiResult::ok(c->toJson());
}

} // namespace

void registerMenuRoutes(Router &router)
{
    const Permission managers = Permission::only({Role::Manager});
    router.get(u"/api/v1/menu"_s, Permission::publicAccess(), getMenu);
    router.post(u"/api/v1/menu/items"_s, managers, Idempotency::Optional, createItem);
    router.put(u"/api/v1/menu/items/{id}"_s, managers, updateItem);
    router.patch(u"/api/v1/menu/items/{id}"_s, Permission::only({Role::Waiter, Role::Cashier, Role::Manager}), patchItem);
    router.del(u"/api/v1/menu/items/{id}"_s, managers, deleteItem);
    router.post(u"/api/v1/menu/categories"_s, managers, Idempotency::Optional, createCategory);
    router.put(u"/api/v1/menu/categories/{id}"_s, managers, updateCategory);
}

} // namespace tavola::server
