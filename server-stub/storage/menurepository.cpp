#include "storage/menurepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

QString groupsJson(const QList<ModifierGroup> &groups)
{
    QJsonArray out;
    for (const ModifierGroup &g : groups)
        out.append(QJsonObject{{u"id"_s, g.id}, {u"name"_s, g.name}, {u"name_th"_s, g.nameTh}, {u"min"_s, g.min}, {u"max"_s, g.max}});
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QList<ModifierGroup> groupsFrom(const QString &json)
{
    QList<ModifierGroup> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        out.append(ModifierGroup{o.value(u"id"_s).toString(), o.value(u"name"_s).toString(), o.value(u"name_th"_s).toString(),
                                 o.value(u"min"_s).toInt(), o.value(u"max"_s).toInt(1)});
    }
    return out;
}

} // namespace

Result<Menu> MenuRepository::load(bool includeInactive)
{
    Menu menu;
    auto version = m_db.scalar(u"SELECT version FROM menu_meta WHERE id = 1"_s);
    if (!version)
        return version.error();
    menu.version = version->toLongLong();
    auto cats = m_db.rows(u"SELECT id, name, name_th, sort FROM categories ORDER BY sort, id"_s);
    if (!cats)
        return cats.error();
    for (const Row &r : *cats)
        menu.categories.append(Category{r.value(u"id"_s).toString(), r.value(u"name"_s).toString(), r.value(u"name_th"_s).toString(),
                                        r.value(u"sort"_s).toInt()});
    auto items = m_db.rows(includeInactive ? u"SELECT * FROM menu_items ORDER BY sort, id"_s
                                           : u"SELECT * FROM menu_items WHERE active = 1 ORDER BY sort, id"_s);
    if (!items)
        return items.error();
    auto mods = m_db.rows(u"SELECT id, item_id, name, name_th, price, group_id FROM modifiers WHERE active = 1 ORDER BY sort, id"_s);
    if (!mods)
        return mods.error();
    QHash<QString, QList<Modifier>> byItem;
    for (const Row &m : *mods)
        byItem[m.value(u"item_id"_s).toString()].append(
            Modifier{m.value(u"id"_s).toString(), m.value(u"name"_s).toString(), m.value(u"name_th"_s).toString(),
                     Money::fromSatang(m.value(u"price"_s).toLongLong()), m.value(u"group_id"_s).toString()});
    for (const Row &r : *items) {
        MenuItem i;
        i.id = r.value(u"id"_s).toString();
        i.categoryId = r.value(u"category_id"_s).toString();
        i.name = r.value(u"name"_s).toString();
        i.nameTh = r.value(u"name_th"_s).toString();
        i.price = Money::fromSatang(r.value(u"price"_s).toLongLong());
        i.available = r.value(u"available"_s).toInt() != 0 && r.value(u"active"_s).toInt() != 0;
        i.station = r.value(u"station"_s).toString();
        i.sort = r.value(u"sort"_s).toInt();
        i.modifiers = byItem.value(i.id);
        i.modifierGroups = groupsFrom(r.value(u"modifier_groups"_s).toString());
        menu.items.append(i);
    }
    return menu;
}

Result<qint64> MenuRepository::version()
{
    auto v = m_db.scalar(u"SELECT version FROM menu_meta WHERE id = 1"_s);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> MenuRepository::bumpVersion()
{
    auto v = m_db.scalar(u"UPDATE menu_meta SET version = version + 1 WHERE id = 1 RETURNING version"_s);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<bool> MenuRepository::categoryExists(const QString &id)
{
    auto c = m_db.scalar(u"SELECT id FROM categories WHERE id = ?"_s, {id.toLongLong()});
    if (!c)
        return c.error();
    return !c->isNull();
}

Result<Category> MenuRepository::category(const QString &id)
{
    auto r = m_db.row(u"SELECT id, name, name_th, sort FROM categories WHERE id = ?"_s, {id.toLongLong()},
                      u"No category with id %1"_s.arg(id));
    if (!r)
        return r.error();
    return Category{r->value(u"id"_s).toString(), r->value(u"name"_s).toString(), r->value(u"name_th"_s).toString(),
                    r->value(u"sort"_s).toInt()};
}

Result<QString> MenuRepository::insertItem(const MenuItem &item)
{
    // Without a sort of its own, a new dish comes after every other.
    const QString sort = item.sort > 0 ? QString::number(item.sort) : u"(SELECT COALESCE(MAX(sort), 0) + 1 FROM menu_items)"_s;
    auto id = m_db.scalar(u"INSERT INTO menu_items (category_id, name, name_th, price, available, station, modifier_groups, active, sort) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, 1, %1) RETURNING id"_s.arg(sort),
                          {item.categoryId.toLongLong(), item.name, item.nameTh, item.price.satang(), item.available ? 1 : 0, item.station,
                           groupsJson(item.modifierGroups)});
    if (!id)
        return id.error();
    return id->toString();
}

Status MenuRepository::updateItem(const QString &id, const MenuItem &item)
{
    auto r = m_db.exec(
        u"UPDATE menu_items SET category_id = ?, name = ?, name_th = ?, price = ?, available = ?, station = ?, modifier_groups = ?, "
        "sort = ?, active = 1 WHERE id = ?"_s,
        {item.categoryId.toLongLong(), item.name, item.nameTh, item.price.satang(), item.available ? 1 : 0, item.station,
         groupsJson(item.modifierGroups), item.sort, id.toLongLong()});
    if (!r)
        return r.error();
    return {};
}

Status MenuRepository::deactivateItem(const QString &id)
{
    if (auto r = m_db.exec(u"UPDATE menu_items SET active = 0 WHERE id = ?"_s, {id.toLongLong()}); !r)
        return r.error();
    return {};
}

Status MenuRepository::setAvailable(const QString &id, bool available)
{
    auto r = m_db.exec(u"UPDATE menu_items SET available = ? WHERE id = ? AND active = 1"_s, {available ? 1 : 0, id.toLongLong()});
    if (!r)
        return r.error();
    if (r->numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, u"No menu item with id %1"_s.arg(id), {}};
    return {};
}

Status MenuRepository::replaceModifiers(const QString &itemId, const QList<Modifier> &mods)
{
    auto existing = m_db.rows(u"SELECT id FROM modifiers WHERE item_id = ? AND active = 1"_s, {itemId.toLongLong()});
    if (!existing)
        return existing.error();
    QSet<QString> known;
    for (const Row &r : *existing)
        known.insert(r.value(u"id"_s).toString());
    QSet<QString> kept;
    for (qsizetype i = 0; i < mods.size(); ++i) {
        const Modifier &m = mods[i];
        if (known.contains(m.id)) {
            kept.insert(m.id);
            if (auto r = m_db.exec(u"UPDATE modifiers SET name = ?, name_th = ?, price = ?, sort = ?, group_id = ? WHERE id = ?"_s,
                                   {m.name, m.nameTh, m.price.satang(), int(i), m.groupId, m.id.toLongLong()});
                !r)
                return r.error();
        } else if (auto r = m_db.exec(
                       u"INSERT INTO modifiers (item_id, name, name_th, price, active, sort, group_id) VALUES (?, ?, ?, ?, 1, ?, ?)"_s,
                       {itemId.toLongLong(), m.name, m.nameTh, m.price.satang(), int(i), m.groupId});
                   !r) {
            return r.error();
        }
    }
    for (const QString &id : known) {
        if (!kept.contains(id)) {
            if (auto u = m_db.exec(u"UPDATE modifiers SET active = 0 WHERE id = ?"_s, {id.toLongLong()}); !u)
                return u.error();
        }
    }
    return {};
}

Result<QString> MenuRepository::insertCategory(const Category &c)
{
    auto id = m_db.scalar(u"INSERT INTO categories (name, name_th, sort) VALUES (?, ?, ?) RETURNING id"_s, {c.name, c.nameTh, c.sort});
    if (!id)
        return id.error();
    return id->toString();
}

Status MenuRepository::updateCategory(const Category &c)
{
    if (auto r = m_db.exec(u"UPDATE categories SET name = ?, name_th = ?, sort = ? WHERE id = ?"_s,
                           {c.name, c.nameTh, c.sort, c.id.toLongLong()});
        !r)
        return r.error();
    return {};
}

} // namespace tavola::server
