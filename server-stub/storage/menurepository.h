#pragma once

#include "domain/menu.h"
#include "storage/database.h"

namespace tavola::server {

/// The menu: categories, items and their modifiers, and the menu's version.
class MenuRepository
{
public:
    explicit MenuRepository(Database &db) : m_db(db) { }

    /// The menu as the tills see it; with `includeInactive`, deleted items too (for old orders).
    Result<Menu> load(bool includeInactive = false);
    /// The menu's version, raised by every change.
    Result<qint64> version();
    /// Increments the menu's version and returns the new one.
    Result<qint64> bumpVersion();
    Result<bool> categoryExists(const QString &id);
    Result<Category> category(const QString &id);
    /// A new item at the end of the menu; returns its id.
    Result<QString> insertItem(const MenuItem &item);
    /// Writes an item's fields (and reactivates it).
    Status updateItem(const QString &id, const MenuItem &item);
    Status deactivateItem(const QString &id);
    /// Sold out (false) or back on (true); NOT_FOUND for no such item on the menu.
    Status setAvailable(const QString &id, bool available);
    /// Modifiers keep their ids when `mods` name them; others are created; missing ones retire.
    Status replaceModifiers(const QString &itemId, const QList<Modifier> &mods);
    Result<QString> insertCategory(const Category &category);
    Status updateCategory(const Category &category);

private:
    Database &m_db;
};

} // namespace tavola::server
