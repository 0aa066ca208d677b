#pragma once

#include "json.h"
#include "money.h"

#include <QList>

namespace tavola {

/// A kitchen station's id: lower-case letters, digits, '-' and '_' ("kitchen", "grill").
bool isStationId(const QString &id);

struct Category
{
    QString id;
    QString name;
    QString nameTh;
    int sort = 0;

    QJsonObject toJson() const;
    static Result<Category> fromJson(const QJsonObject &json);
    bool operator==(const Category &) const = default;
};

struct Modifier
{
    QString id;
    QString name;
    QString nameTh; // optional Thai name (an extension to the API's {id,name,price})
    Money price;
    QString groupId; // the modifier group it is chosen in (empty: a free option)

    QJsonObject toJson() const;
    static Modifier read(JsonReader &r, bool requireId);
    bool operator==(const Modifier &) const = default;
};

/// A group of a dish's options with how many must (`min`; 1 or more = required) and may (`max`)
/// be chosen: "Spice level" min 1 max 1, "Toppings" min 0 max 3. Its options are the dish's
/// modifiers whose groupId is the group's id.
struct ModifierGroup
{
    QString id;
    QString name;
    QString nameTh;
    int min = 0;
    int max = 1;
    bool operator==(const ModifierGroup &) const = default;
};

struct MenuItem
{
    QString id;
    QString categoryId;
    QString name;
    QString nameTh;
    Money price;
    bool available = true;
    QString station = QStringLiteral("kitchen"); // a station id of the shop's settings
    QList<Modifier> modifiers; // every option, in a group or not
    QList<ModifierGroup> modifierGroups;
    int sort = 0; // the order within its category (smaller first); 0: after the others when created

    const Modifier *modifier(const QString &modifierId) const;
    QList<Modifier> options(const QString &groupId) const;
    /// Whether `modifierIds` keeps every group's min and max; the error names the group, e.g.
    /// "Som tam: choose 1 of Spice level". `field` is the error's field.
    /// The first group whose number of choices in `modifierIds` is out of its min..max, or null.
    const ModifierGroup *brokenGroup(const QStringList &modifierIds) const;
    Status checkChoices(const QStringList &modifierIds, const QString &field = QStringLiteral("modifier_ids")) const;
    QJsonObject toJson() const;
    /// Reads an item. With requireId false it reads a create/update request (no id yet).
    static Result<MenuItem> fromJson(const QJsonObject &json, bool requireId = true);
    bool operator==(const MenuItem &) const = default;
};

struct Menu
{
    qint64 version = 0;
    QList<Category> categories;
    QList<MenuItem> items;

    const MenuItem *item(const QString &id) const;
    const Category *category(const QString &id) const;
    QJsonObject toJson() const;
    static Result<Menu> fromJson(const QJsonObject &json);
    /// The menu as a spreadsheet (docs/api.md, "Back office"): one row per dish, category by
    /// category, UTF-8 with a byte-order mark.
    QByteArray toCsv() const;
    static const QStringList &csvColumns();
    bool operator==(const Menu &) const = default;
};

/// What a menu spreadsheet changes (POST /menu/import): with `dryRun` nothing was changed yet.
struct MenuImport
{
    struct Change
    {
        QString field; // category, name_th, price, station, available
        QString before;
        QString after;
    };
    struct Dish
    {
        QString name;
        QString category; // a new dish's category
        QString price; // a new dish's price
        QList<Change> changes; // an existing dish's changes
    };
    bool dryRun = false;
    QStringList categoriesCreated;
    QList<Dish> created;
    QList<Dish> updated;
    int unchanged = 0;

    bool changesAnything() const { return !categoriesCreated.isEmpty() || !created.isEmpty() || !updated.isEmpty(); }
    static Result<MenuImport> fromJson(const QJsonObject &json);
};

} // namespace tavola
