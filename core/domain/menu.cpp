#include "menu.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace tavola {

QJsonObject Category::toJson() const
{
    QJsonObject o{{u"name"_s, name}, {u"name_th"_s, nameTh}, {u"sort"_s, sort}};
    if (!id.isEmpty()) // a category not yet saved has no id (and "" is not one)
        o.insert(u"id"_s, id);
    return o;
}

Result<Category> Category::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Category c;
    c.id = r.id(u"id"_s, Presence::Optional);
    c.name = r.text(u"name"_s, Presence::Required, 100);
    c.nameTh = r.string(u"name_th"_s, Presence::Optional, 100).trimmed();
    c.sort = static_cast<int>(r.integer(u"sort"_s, Presence::Optional, -100000, 100000, 0));
    if (!r.ok())
        return r.error();
    return c;
}

QJsonObject Modifier::toJson() const
{
    QJsonObject o{{u"id"_s, id}, {u"name"_s, name}, {u"price"_s, price.toString()}};
    if (!nameTh.isEmpty())
        o.insert(u"name_th"_s, nameTh);
    return o;
}

Modifier Modifier::read(JsonReader &r, bool requireId)
{
    Modifier m;
    m.id = r.id(u"id"_s, requireId ? Presence::Required : Presence::Optional);
    m.name = r.text(u"name"_s, Presence::Required, 100);
    m.nameTh = r.string(u"name_th"_s, Presence::Optional, 100).trimmed();
    m.price = r.money(u"price"_s, Presence::Optional);
    return m;
}

const Modifier *MenuItem::modifier(const QString &modifierId) const
{
    for (const auto &m : modifiers) {
        if (m.id == modifierId)
            return &m;
    }
    return nullptr;
}

QJsonObject MenuItem::toJson() const
{
    QJsonArray mods;
    for (const auto &m : modifiers)
        mods.append(m.toJson());
    return {{u"id"_s, id},
            {u"category_id"_s, categoryId},
            {u"name"_s, name},
            {u"name_th"_s, nameTh},
            {u"price"_s, price.toString()},
            {u"available"_s, available},
            {u"station"_s, enumName(station)},
            {u"modifiers"_s, mods}};
}

Result<MenuItem> MenuItem::fromJson(const QJsonObject &json, bool requireId)
{
    JsonReader r(json);
    MenuItem item;
    item.id = r.id(u"id"_s, requireId ? Presence::Required : Presence::Optional);
    item.categoryId = r.id(u"category_id"_s, Presence::Required);
    item.name = r.text(u"name"_s, Presence::Required, 100);
    item.nameTh = r.string(u"name_th"_s, Presence::Optional, 100).trimmed();
    item.price = r.money(u"price"_s, Presence::Required);
    item.available = r.boolean(u"available"_s, Presence::Optional, true);
    item.station = r.enumeration<Station>(u"station"_s, Presence::Optional, Station::Kitchen);
    r.forEachObject(u"modifiers"_s, Presence::Optional, 50,
                    [&](JsonReader &e, qsizetype) { item.modifiers.append(Modifier::read(e, requireId)); });
    if (!r.ok())
        return r.error();
    return item;
}

const MenuItem *Menu::item(const QString &id) const
{
    for (const auto &i : items) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

const Category *Menu::category(const QString &id) const
{
    for (const auto &c : categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QJsonObject Menu::toJson() const
{
    QJsonArray cats;
    for (const auto &c : categories)
        cats.append(c.toJson());
    QJsonArray its;
    for (const auto &i : items)
        its.append(i.toJson());
    return {{u"version"_s, version}, {u"categories"_s, cats}, {u"items"_s, its}};
}

Result<Menu> Menu::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Menu menu;
    menu.version = r.integer(u"version"_s, Presence::Required, 0, std::numeric_limits<qint32>::max());
    menu.categories = r.list<Category>(u"categories"_s, Presence::Required, 1000, &Category::fromJson);
    menu.items = r.list<MenuItem>(u"items"_s, Presence::Required, 10000, [](const QJsonObject &o) { return MenuItem::fromJson(o); });
    if (!r.ok())
        return r.error();
    return menu;
}

} // namespace tavola
