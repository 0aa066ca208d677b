// The menu as a spreadsheet: GET /api/v1/menu/export.csv and POST /api/v1/menu/import (text/csv,
// `?dry_run=true` answers what would change and changes nothing). Rows are matched to the menu by
// the dish's English name (case and spaces aside) and categories by theirs; a dish missing from
// the file is left as it is. One bad row refuses the whole file, naming its line.
#include "controllers.h"
#include "domain/csv.h"
#include "storage/menurepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

QString key(const QString &name)
{
    return name.simplified().toCaseFolded();
}

ApiResult exportMenu(RequestContext &ctx)
{
    auto menu = MenuRepository(ctx.db).load();
    if (!menu)
        return menu.error();
    ApiResult r;
    r.rawBody = menu->toCsv();
    r.contentType = "text/csv; charset=utf-8";
    r.headers = {{"Content-Disposition", "attachment; filename=\"menu.csv\""}};
    return r;
}

struct Row
{
    int line = 0;
    QString category;
    QString categoryTh;
    MenuItem item;
};

Error rowError(int line, const QString &column, const QString &message)
{
    Error e = Error::validation(column, u"Line %1: %2"_s.arg(line).arg(message));
    e.details.insert(u"line"_s, line);
    return e;
}

Result<QList<Row>> readRows(const QByteArray &body, const ShopSettings &shop)
{
    auto records = csv::parse(body);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error::validation(u"csv"_s, u"The file is empty; its first line names the columns: %1"_s.arg(Menu::csvColumns().join(u',')));
    QHash<QString, qsizetype> at;
    const QStringList header = records->first();
    for (qsizetype i = 0; i < header.size(); ++i)
        at.insert(header[i].trimmed().toLower(), i);
    for (const QString &c : Menu::csvColumns()) {
        if (!at.contains(c))
            return Error::validation(c, u"The first line names the columns %1; %2 is missing"_s.arg(Menu::csvColumns().join(u','), c));
    }
    QList<Row> rows;
    QSet<QString> names;
    for (qsizetype n = 1; n < records->size(); ++n) {
        const QStringList &fields = records->at(n);
        const int line = int(n) + 1;
        auto cell = [&](const QString &column) { return fields.value(at.value(column)).trimmed(); };
        Row r;
        r.line = line;
        r.category = cell(u"category"_s).simplified();
        r.categoryTh = cell(u"category_th"_s);
        r.item.name = cell(u"name"_s).simplified();
        r.item.nameTh = cell(u"name_th"_s);
        if (r.category.isEmpty() || r.category.size() > 100)
            return rowError(line, u"category"_s, u"a category name of 1 to 100 characters"_s);
        if (r.item.name.isEmpty() || r.item.name.size() > 200 || r.item.nameTh.size() > 200)
            return rowError(line, u"name"_s, u"a dish name of 1 to 200 characters"_s);
        if (names.contains(key(r.item.name)))
            return rowError(line, u"name"_s, u"%1 is in the file twice"_s.arg(r.item.name));
        names.insert(key(r.item.name));
        auto price = Money::parse(cell(u"price"_s));
        if (!price || price->satang() < 0 || price->satang() > Money::fromBaht(1'000'000).satang())
            return rowError(line, u"price"_s, u"a price like 89 or 89.00 (0 to 1,000,000)"_s);
        r.item.price = *price;
        const QString station = cell(u"station"_s).toLower();
        r.item.station = station.isEmpty() ? shop.stations.first().id : station;
        if (!shop.station(r.item.station))
            return rowError(line, u"station"_s, u"%1 is not one of the shop's stations"_s.arg(station));
        const QString available = cell(u"available"_s).toLower();
        if (available.isEmpty() || available == u"true"_s || available == u"yes"_s || available == u"1"_s)
            r.item.available = true;
        else if (available == u"false"_s || available == u"no"_s || available == u"0"_s)
            r.item.available = false;
        else
            return rowError(line, u"available"_s, u"available is true or false"_s);
        rows << r;
    }
    return rows;
}

/// What changed on an existing dish, as {"field": [before, after]}.
QJsonObject differences(const MenuItem &was, const MenuItem &now, const QString &wasCategory, const QString &nowCategory)
{
    QJsonObject d;
    auto note = [&d](const QString &field, const QJsonValue &a, const QJsonValue &b) {
        if (a != b)
            d.insert(field, QJsonArray{a, b});
    };
    note(u"category"_s, wasCategory, nowCategory);
    note(u"name_th"_s, was.nameTh, now.nameTh);
    note(u"price"_s, was.price.toString(), now.price.toString());
    note(u"station"_s, was.station, now.station);
    note(u"available"_s, was.available, now.available);
    return d;
}

ApiResult importMenu(RequestContext &ctx)
{
    const QString dry = ctx.http.query.queryItemValue(u"dry_run"_s).toLower();
    const bool dryRun = dry == u"true"_s || dry == u"1"_s;
    auto rows = readRows(ctx.http.body, ctx.state.shop);
    if (!rows)
        return rows.error();
    MenuRepository repo(ctx.db);
    auto menu = repo.load();
    if (!menu)
        return menu.error();

    QHash<QString, Category> categories; // by key(name)
    for (const Category &c : menu->categories)
        categories.insert(key(c.name), c);
    QHash<QString, const MenuItem *> items;
    for (const MenuItem &i : menu->items)
        items.insert(key(i.name), &i);

    QJsonArray categoriesCreated, created, updated;
    int unchanged = 0;
    for (Row &r : *rows) {
        auto c = categories.find(key(r.category));
        if (c == categories.end()) {
            Category fresh;
            fresh.name = r.category;
            fresh.nameTh = r.categoryTh;
            fresh.sort = int(categories.size()) + 1;
            if (!dryRun) {
                auto id = repo.insertCategory(fresh);
                if (!id)
                    return id.error();
                fresh.id = *id;
            }
            categoriesCreated.append(fresh.name);
            c = categories.insert(key(r.category), fresh);
        } else if (!r.categoryTh.isEmpty() && r.categoryTh != c->nameTh) {
            c->nameTh = r.categoryTh;
            if (!dryRun) {
                if (auto s = repo.updateCategory(*c); !s)
                    return s.error();
            }
        }
        r.item.categoryId = c->id;
        const MenuItem *existing = items.value(key(r.item.name));
        if (!existing) {
            if (!dryRun) {
                if (auto id = repo.insertItem(r.item); !id)
                    return id.error();
            }
            created.append(QJsonObject{{u"name"_s, r.item.name}, {u"category"_s, c->name}, {u"price"_s, r.item.price.toString()}});
            continue;
        }
        const Category *was = menu->category(existing->categoryId);
        const QJsonObject changes = differences(*existing, r.item, was ? was->name : QString(), c->name);
        if (changes.isEmpty()) {
            ++unchanged;
            continue;
        }
        if (!dryRun) {
            MenuItem next = *existing; // its options and id stay
            next.categoryId = r.item.categoryId;
            next.nameTh = r.item.nameTh;
            next.price = r.item.price;
            next.station = r.item.station;
            next.available = r.item.available;
            if (auto s = repo.updateItem(existing->id, next); !s)
                return s.error();
        }
        updated.append(QJsonObject{{u"name"_s, existing->name}, {u"changes"_s, changes}});
    }
    const QJsonObject result{{u"dry_run"_s, dryRun},
                             {u"categories_created"_s, categoriesCreated},
                             {u"created"_s, created},
                             {u"updated"_s, updated},
                             {u"unchanged"_s, unchanged}};
    const bool changed = !categoriesCreated.isEmpty() || !created.isEmpty() || !updated.isEmpty();
    if (!dryRun && changed) {
        if (auto s = audit(ctx, u"menu.import"_s, u"menu"_s, u"csv"_s, {}, result); !s)
            return s.error();
        if (auto s = bumpMenuVersion(ctx); !s)
            return s.error();
    }
    return ApiResult::ok(result);
}

} // namespace

void registerMenuCsvRoutes(Router &router)
{
    const Permission managers = Permission::only({Role::Manager});
    router.get(u"/api/v1/menu/export.csv"_s, managers, exportMenu);
    router.post(u"/api/v1/menu/import"_s, managers, Idempotency::Optional, importMenu);
}

} // namespace tavola::server
