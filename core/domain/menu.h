#pragma once

#include "json.h"
#include "money.h"

#include <QList>

namespace tavola {

enum class Station { Kitchen, Bar, Dimsum };
template<>
struct EnumNames<Station>
{
    static constexpr std::array names{std::pair{Station::Kitchen, QLatin1StringView("kitchen")},
                                      std::pair{Station::Bar, QLatin1StringView("bar")},
                                      std::pair{Station::Dimsum, QLatin1StringView("dimsum")}};
};

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

    QJsonObject toJson() const;
    static Modifier read(JsonReader &r, bool requireId);
    bool operator==(const Modifier &) const = default;
};

struct MenuItem
{
    QString id;
    QString categoryId;
    QString name;
    QString nameTh;
    Money price;
    bool available = true;
    Station station = Station::Kitchen;
    QList<Modifier> modifiers;

    const Modifier *modifier(const QString &modifierId) const;
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
    bool operator==(const Menu &) const = default;
};

} // namespace tavola
