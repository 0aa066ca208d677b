#include "menu.h"

#include "csv.h"

#include <QJsonArray>
#include <QRegularExpression>

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
    QJsonObject o{{u"name"_s, name}, {u"price"_s, price.toString()}};
    if (!id.isEmpty()) // an option not yet saved has no id (as a category)
        o.insert(u"id"_s, id);
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
    return {{u"id"_s, id},           {u"category_id"_s, categoryId}, {u"name"_s, name},
            {u"name_th"_s, nameTh},  {u"price"_s, price.toString()}, {u"available"_s, available},
            {u"station"_s, station}, {u"station_id"_s, station},     {u"modifiers"_s, mods}};
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
    item.station = r.string(json.contains(u"station_id"_s) ? u"station_id"_s : u"station"_s, Presence::Optional, 30, u"kitchen"_s)
                       .trimmed();
    if (item.station.isEmpty())
        item.station = u"kitchen"_s;
    else if (r.ok() && !isStationId(item.station))
        r.fail(json.contains(u"station_id"_s) ? u"station_id"_s : u"station"_s,
               u"a station id is lower-case letters, digits, - and _ (one of the shop's stations)"_s);
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

bool isStationId(const QString &id)
{
    static const QRegularExpression form(u"^[a-z0-9][a-z0-9_-]{0,29}$"_s);
    return form.match(id).hasMatch();
}

const QStringList &Menu::csvColumns()
{
    static const QStringList columns{u"category"_s, u"category_th"_s, u"name"_s, u"name_th"_s, u"price"_s, u"station"_s, u"available"_s};
    return columns;
}

QByteArray Menu::toCsv() const
{
    QList<QStringList> rows;
    for (const Category &c : categories) {
        for (const MenuItem &i : items) {
            if (i.categoryId == c.id)
                rows << QStringList{
                    c.name, c.nameTh, i.name, i.nameTh, i.price.toString(), i.station, i.available ? u"true"_s : u"false"_s};
        }
    }
    return csv::file(csvColumns(), rows);
}

Result<MenuImport> MenuImport::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    MenuImport m;
    m.dryRun = r.boolean(u"dry_run"_s, Presence::Optional);
    m.categoriesCreated = r.stringList(u"categories_created"_s, Presence::Optional, 10000);
    r.forEachObject(u"created"_s, Presence::Optional, 10000, [&](JsonReader &e, qsizetype) {
        Dish d;
        d.name = e.string(u"name"_s, Presence::Required);
        d.category = e.string(u"category"_s, Presence::Optional);
        d.price = e.string(u"price"_s, Presence::Optional);
        m.created.append(d);
    });
    r.forEachObject(u"updated"_s, Presence::Optional, 10000, [&](JsonReader &e, qsizetype) {
        Dish d;
        d.name = e.string(u"name"_s, Presence::Required);
        const QJsonObject changes = e.object(u"changes"_s, Presence::Optional);
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            const QJsonArray pair = it.value().toArray();
            auto text = [](const QJsonValue &v) { return v.isBool() ? (v.toBool() ? u"true"_s : u"false"_s) : v.toString(); };
            d.changes.append({it.key(), text(pair.at(0)), text(pair.at(1))});
        }
        m.updated.append(d);
    });
    m.unchanged = int(r.integer(u"unchanged"_s, Presence::Optional, 0, 1'000'000));
    if (!r.ok())
        return r.error();
    return m;
}

} // namespace tavola
