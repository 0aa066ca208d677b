// /api/v1/menu — items and categories. Deleting an item deactivates it: orders keep their snapshot.
#include "controllers.h"

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

Status bumpMenuVersion(RequestContext &ctx)
{
    auto v = ctx.db.scalar(u"UPDATE menu_meta SET version = version + 1 WHERE id = 1 RETURNING version"_s);
    if (!v)
        return v.error();
    return ctx.events.emitEvent(u"menu.updated"_s, {{u"version"_s, v->toLongLong()}}, Audience::All);
}

Result<QJsonObject> itemJson(Database &db, const QString &id)
{
    auto menu = loadMenu(db, true);
    if (!menu)
        return menu.error();
    const MenuItem *item = menu->item(id);
    if (!item)
        return Error{ErrorCode::NotFound, u"No menu item with id %1"_s.arg(id), {}};
    return item->toJson();
}

Status checkCategory(Database &db, const QString &categoryId)
{
    auto c = db.scalar(u"SELECT id FROM categories WHERE id = ?"_s, {categoryId.toLongLong()});
    if (!c)
        return c.error();
    if (c->isNull())
        return Error{ErrorCode::ValidationFailed, u"No category with id %1"_s.arg(categoryId), QJsonObject{{u"field"_s, u"category_id"_s}}};
    return {};
}

Status writeModifiers(RequestContext &ctx, const QString &itemId, const QList<Modifier> &mods)
{
    // Modifiers keep their ids when the request names them; others are created; missing ones retire.
    auto existing = ctx.db.rows(u"SELECT id FROM modifiers WHERE item_id = ? AND active = 1"_s, {itemId.toLongLong()});
    if (!existing)
        return existing.error();
    QSet<QString> kept;
    for (qsizetype i = 0; i < mods.size(); ++i) {
        const Modifier &m = mods[i];
        bool known = false;
        for (const Row &r : *existing)
            known = known || r.value(u"id"_s).toString() == m.id;
        if (known) {
            kept.insert(m.id);
            if (auto r = ctx.db.exec(u"UPDATE modifiers SET name = ?, name_th = ?, price = ?, sort = ? WHERE id = ?"_s,
                                     {m.name, m.nameTh, m.price.satang(), int(i), m.id.toLongLong()});
                !r)
                return r.error();
        } else if (auto r = ctx.db.exec(u"INSERT INTO modifiers (item_id, name, name_th, price, active, sort) VALUES (?, ?, ?, ?, 1, ?)"_s,
                                        {itemId.toLongLong(), m.name, m.nameTh, m.price.satang(), int(i)});
                   !r) {
            return r.error();
        }
    }
    for (const Row &r : *existing) {
        if (!kept.contains(r.value(u"id"_s).toString())) {
            if (auto u = ctx.db.exec(u"UPDATE modifiers SET active = 0 WHERE id = ?"_s, {r.value(u"id"_s)}); !u)
                return u.error();
        }
    }
    return {};
}

ApiResult getMenu(RequestContext &ctx)
{
    auto menu = loadMenu(ctx.db);
    if (!menu)
        return menu.error();
    return ApiResult::ok(menu->toJson());
}

ApiResult createItem(RequestContext &ctx)
{
    auto item = MenuItem::fromJson(ctx.body, false);
    if (!item)
        return item.error();
    if (auto s = checkCategory(ctx.db, item->categoryId); !s)
        return s.error();
    auto id = ctx.db.scalar(u"INSERT INTO menu_items (category_id, name, name_th, price, available, station, active, sort) "
                            "VALUES (?, ?, ?, ?, ?, ?, 1, (SELECT COALESCE(MAX(sort), 0) + 1 FROM menu_items)) RETURNING id"_s,
                            {item->categoryId.toLongLong(), item->name, item->nameTh, item->price.satang(), item->available ? 1 : 0,
                             enumName(item->station)});
    if (!id)
        return id.error();
    if (auto s = writeModifiers(ctx, id->toString(), item->modifiers); !s)
        return s.error();
    auto json = itemJson(ctx.db, id->toString());
    if (!json)
        return json.error();
    if (auto s = audit(ctx, u"menu.item.create"_s, u"menu_item"_s, id->toString(), {}, *json); !s)
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
    if (auto r = ctx.db.exec(u"UPDATE menu_items SET category_id = ?, name = ?, name_th = ?, price = ?, available = ?, station = ?, active = 1 "
                             "WHERE id = ?"_s,
                             {item->categoryId.toLongLong(), item->name, item->nameTh, item->price.satang(), item->available ? 1 : 0,
                              enumName(item->station), id.toLongLong()});
        !r)
        return r.error();
    if (ctx.body.contains(u"modifiers"_s)) {
        if (auto s = writeModifiers(ctx, id, item->modifiers); !s)
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

ApiResult deleteItem(RequestContext &ctx)
{
    const QString id = ctx.param(u"id"_s);
    auto before = itemJson(ctx.db, id);
    if (!before)
        return before.error();
    if (auto r = ctx.db.exec(u"UPDATE menu_items SET active = 0 WHERE id = ?"_s, {id.toLongLong()}); !r)
        return r.error();
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
    auto id = ctx.db.scalar(u"INSERT INTO categories (name, name_th, sort) VALUES (?, ?, ?) RETURNING id"_s, {c->name, c->nameTh, c->sort});
    if (!id)
        return id.error();
    c->id = id->toString();
    if (auto s = audit(ctx, u"menu.category.create"_s, u"category"_s, c->id, {}, c->toJson()); !s)
        return s.error();
    if (auto s = bumpMenuVersion(ctx); !s)
        return s.error();
    return ApiResult::ok(c->toJson(), 201);
}

ApiResult updateCategory(RequestContext &ctx)
{
    const QString id = ctx.param(u"id"_s);
    auto before = ctx.db.row(u"SELECT id, name, name_th, sort FROM categories WHERE id = ?"_s, {id.toLongLong()},
                             u"No category with id %1"_s.arg(id));
    if (!before)
        return before.error();
    auto c = Category::fromJson(ctx.body);
    if (!c)
        return c.error();
    c->id = id;
    if (auto r = ctx.db.exec(u"UPDATE categories SET name = ?, name_th = ?, sort = ? WHERE id = ?"_s, {c->name, c->nameTh, c->sort, id.toLongLong()}); !r)
        return r.error();
    const QJsonObject beforeJson{{u"name"_s, before->value(u"name"_s).toString()}, {u"name_th"_s, before->value(u"name_th"_s).toString()},
                                 {u"sort"_s, before->value(u"sort"_s).toInt()}};
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
    router.del(u"/api/v1/menu/items/{id}"_s, managers, deleteItem);
    router.post(u"/api/v1/menu/categories"_s, managers, Idempotency::Optional, createCategory);
    router.put(u"/api/v1/menu/categories/{id}"_s, managers, updateCategory);
}

} // namespace tavola::server
