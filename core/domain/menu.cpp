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
    if (!groupId.isEmpty())
        o.insert(u"group_id"_s, groupId);
    return o;
}

Modifier Modifier::read(JsonReader &r, bool requireId)
{
    Modifier m;
    m.id = r.id(u"id"_s, requireId ? Presence::Required : Presence::Optional);
    m.name = r.text(u"name"_s, Presence::Required, 100);
    m.nameTh = r.string(u"name_th"_s, Presence::Optional, 100).trimmed();
    m.price = r.money(u"price"_s, Presence::Optional);
    m.groupId = r.string(u"group_id"_s, Presence::Optional, 20);
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

QList<Modifier> MenuItem::options(const QString &groupId) const
{
    QList<Modifier> out;
    for (const Modifier &m : modifiers)
        if (m.groupId == groupId)
            out.append(m);
    return out;
}

const ModifierGroup *MenuItem::brokenGroup(const QStringList &modifierIds) const
{
    for (const ModifierGroup &g : modifierGroups) {
        const auto chosen = std::count_if(modifierIds.begin(), modifierIds.end(), [&](const QString &chosenId) {
            const Modifier *m = modifier(chosenId);
            return m && m->groupId == g.id;
        });
        if (chosen < g.min || chosen > g.max)
            return &g;
    }
    return nullptr;
}

Status MenuItem::checkChoices(const QStringList &modifierIds, const QString &field) const
{
    const ModifierGroup *g = brokenGroup(modifierIds);
    if (!g)
        return {};
    if (g->min == g->max)
        return Error::validation(field, u"%1: choose %2 of %3"_s.arg(name).arg(g->min).arg(g->name));
    return Error::validation(field, u"%1: choose %2 to %3 of %4"_s.arg(name).arg(g->min).arg(g->max).arg(g->name));
}

QJsonObject MenuItem::toJson() const
{
    QJsonArray mods;
    for (const auto &m : modifiers)
        mods.append(m.toJson());
    QJsonArray groups;
    for (const ModifierGroup &g : modifierGroups) {
        QJsonArray opts;
        for (const Modifier &m : options(g.id))
            opts.append(m.toJson());
        groups.append(QJsonObject{
            {u"id"_s, g.id}, {u"name"_s, g.name}, {u"name_th"_s, g.nameTh}, {u"min"_s, g.min}, {u"max"_s, g.max}, {u"options"_s, opts}});
    }
    return {{u"id"_s, id},
            {u"category_id"_s, categoryId},
            {u"name"_s, name},
            {u"name_th"_s, nameTh},
            {u"price"_s, price.toString()},
            {u"available"_s, available},
            {u"station"_s, station},
            {u"station_id"_s, station},
            {u"modifiers"_s, mods},
            {u"modifier_groups"_s, groups},
            {u"sort"_s, sort}};
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
    item.sort = int(r.integer(u"sort"_s, Presence::Optional, 0, 1000000, 0));
    item.station = r.string(json.contains(u"station_id"_s) ? u"station_id"_s : u"station"_s, Presence::Optional, 30, u"kitchen"_s)
                       .trimmed();
    if (item.station.isEmpty())
        item.station = u"kitchen"_s;
    else if (r.ok() && !isStationId(item.station))
        r.fail(json.contains(u"station_id"_s) ? u"station_id"_s : u"station"_s,
               u"a station id is lower-case letters, digits, - and _ (one of the shop's stations)"_s);
    // The flat list holds every option; a grouped one comes (with its group) from modifier_groups.
    r.forEachObject(u"modifiers"_s, Presence::Optional, 50, [&](JsonReader &e, qsizetype) {
        Modifier m = Modifier::read(e, requireId);
        if (m.groupId.isEmpty())
            item.modifiers.append(m);
    });
    r.forEachObject(u"modifier_groups"_s, Presence::Optional, 20, [&](JsonReader &e, qsizetype i) {
        ModifierGroup g;
        g.id = e.string(u"id"_s, Presence::Optional, 20).trimmed();
        if (g.id.isEmpty()) // a new group: the next free "g<n>"
            for (int n = int(i) + 1; g.id.isEmpty()
                 || std::any_of(item.modifierGroups.begin(), item.modifierGroups.end(),
                                [&g](const ModifierGroup &o) { return o.id == g.id; });
                 ++n)
                g.id = u"g%1"_s.arg(n);
        g.name = e.text(u"name"_s, Presence::Required, 100);
        g.nameTh = e.string(u"name_th"_s, Presence::Optional, 100).trimmed();
        g.min = int(e.integer(u"min"_s, Presence::Optional, 0, 20, 0));
        g.max = int(e.integer(u"max"_s, Presence::Optional, 1, 20, 1));
        int count = 0;
        e.forEachObject(u"options"_s, Presence::Required, 50, [&](JsonReader &o, qsizetype) {
            Modifier m = Modifier::read(o, requireId);
            m.groupId = g.id;
            item.modifiers.append(m);
            ++count;
        });
        if (!e.ok())
            return;
        if (count == 0)
            e.fail(u"options"_s, u"a group needs at least one option"_s);
        else if (g.min > g.max)
            e.fail(u"min"_s, u"min (%1) must not be more than max (%2)"_s.arg(g.min).arg(g.max));
        else if (g.min > count)
            e.fail(u"min"_s, u"min (%1) asks for more options than the group has (%2)"_s.arg(g.min).arg(count));
        else if (std::any_of(item.modifierGroups.begin(), item.modifierGroups.end(), [&g](const ModifierGroup &o) { return o.id == g.id; }))
            e.fail(u"id"_s, u"group %1 is listed twice"_s.arg(g.id));
        item.modifierGroups.append(g);
    });
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
