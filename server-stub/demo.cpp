// The demo café: a Thai dim-sum shop with its menu, floor plan, staff and settings.
#include "controllers/controllers.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

using namespace Qt::StringLiterals;

namespace tavola::server {

namespace {

struct DemoItem
{
    const char *name;
    const char *nameTh;
    int baht;
    const char *station;
    QList<std::tuple<const char *, const char *, int>> modifiers;
};

struct DemoCategory
{
    const char *name;
    const char *nameTh;
    QList<DemoItem> items;
};

const QList<DemoCategory> &demoMenu()
{
    static const QList<DemoCategory> menu{
        {"Steamed dim sum",
         "ติ่มซำนึ่ง",
         {{"Shrimp dumplings (har gow)", "ฮะเก๋ากุ้ง", 69, "dimsum", {{"Extra shrimp", "เพิ่มกุ้ง", 20}}},
          {"Pork siu mai", "ขนมจีบหมู", 55, "dimsum", {{"Crab roe topping", "ไข่ปู", 15}}},
          {"Shrimp siu mai", "ขนมจีบกุ้ง", 65, "dimsum", {}},
          {"BBQ pork buns", "ซาลาเปาหมูแดง", 45, "dimsum", {}},
          {"Custard buns", "ซาลาเปาไส้ครีม", 45, "dimsum", {}},
          {"Steamed spare ribs", "ซี่โครงหมูนึ่งเต้าซี่", 59, "dimsum", {}},
          {"Chicken feet in black bean sauce", "ตีนไก่นึ่งเต้าซี่", 49, "dimsum", {}},
          {"Rice noodle roll with shrimp", "ก๋วยเตี๋ยวหลอดกุ้ง", 75, "dimsum", {}}}},
        {"Fried dim sum",
         "ติ่มซำทอด",
         {{"Spring rolls", "ปอเปี๊ยะทอด", 49, "dimsum", {{"Sweet chilli sauce", "น้ำจิ้มไก่", 0}}},
          {"Fried wontons", "เกี๊ยวทอด", 49, "dimsum", {}},
          {"Taro puffs", "เผือกทอด", 55, "dimsum", {}},
          {"Shrimp toast", "ขนมปังหน้ากุ้ง", 59, "dimsum", {}},
          {"Turnip cake", "ขนมผักกาด", 49, "dimsum", {{"Stir-fried XO style", "ผัดซอส XO", 30}}},
          {"Sesame balls", "ขนมงาทอด", 39, "dimsum", {}}}},
        {"Rice and noodles",
         "ข้าวและเส้น",
         {{"Pad thai with shrimp",
           "ผัดไทยกุ้งสด",
           89,
           "kitchen",
           {{"Extra egg", "เพิ่มไข่", 10}, {"No peanuts", "ไม่ใส่ถั่ว", 0}, {"Extra spicy", "เผ็ดมาก", 0}}},
          {"Crispy pork with rice", "ข้าวหมูกรอบ", 79, "kitchen", {{"Fried egg", "ไข่ดาว", 10}}},
          {"Red pork with rice", "ข้าวหมูแดง", 69, "kitchen", {{"Fried egg", "ไข่ดาว", 10}}},
          {"Chicken congee", "โจ๊กไก่", 55, "kitchen", {{"Century egg", "ไข่เยี่ยวม้า", 15}}},
          {"Wonton noodle soup", "บะหมี่เกี๊ยวน้ำ", 65, "kitchen", {{"Large", "พิเศษ", 15}}},
          {"Basil chicken with rice",
           "ข้าวกะเพราไก่",
           69,
           "kitchen",
           {{"Fried egg", "ไข่ดาว", 10}, {"Extra spicy", "เผ็ดมาก", 0}, {"Not spicy", "ไม่เผ็ด", 0}}},
          {"Crab fried rice", "ข้าวผัดปู", 99, "kitchen", {{"Large", "พิเศษ", 20}}}}},
        {"Desserts",
         "ของหวาน",
         {{"Mango sticky rice", "ข้าวเหนียวมะม่วง", 89, "kitchen", {}},
          {"Egg tarts (2)", "ทาร์ตไข่ (2 ชิ้น)", 49, "dimsum", {}},
          {"Black sesame dumplings", "บัวลอยงาดำ", 45, "kitchen", {}},
          {"Mango pudding", "พุดดิ้งมะม่วง", 45, "kitchen", {}}}},
        {"Drinks",
         "เครื่องดื่ม",
         {{"Thai iced tea", "ชาไทยเย็น", 45, "bar", {{"Less sweet", "หวานน้อย", 0}, {"Extra pearls", "เพิ่มไข่มุก", 10}}},
          {"Iced coffee (oliang)", "โอเลี้ยง", 40, "bar", {{"Less sweet", "หวานน้อย", 0}}},
          {"Chrysanthemum tea", "น้ำเก๊กฮวย", 35, "bar", {}},
          {"Jasmine tea (pot)", "ชามะลิ (กา)", 60, "bar", {}},
          {"Fresh lime soda", "โซดามะนาว", 45, "bar", {}},
          {"Drinking water", "น้ำดื่ม", 15, "bar", {}},
          {"Singha beer", "เบียร์สิงห์", 95, "bar", {}}}},
    };
    return menu;
}

struct DemoUser
{
    const char *username;
    const char *displayName;
    const char *role;
    const char *password;
    const char *pin;
};

const DemoUser kUsers[] = {
    {"admin", "Administrator", "admin", "demo-admin", nullptr},
    {"manager1", "Khun Malee (manager)", "manager", "demo-manager", "9000"},
    {"cashier1", "Khun Somchai (cashier)", "cashier", "demo-cashier", "1000"},
    {"waiter1", "Khun Nok (waiter)", "waiter", "demo-waiter", "2000"},
    {"kitchen1", "Chef Lek (kitchen)", "kitchen", "demo-kitchen", "3000"},
};

/// Demo accounts hash the same secrets on every start; caching the hashes keeps test servers fast.
QString demoHash(const QString &secret, int iterations)
{
    static QHash<QString, QString> cache;
    const QString key = secret + u'#' + QString::number(iterations);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, hashSecret(secret, iterations));
    return *it;
}

} // namespace

Status seedDemo(Database &db, ServerState &state)
{
    auto users = db.scalar(u"SELECT COUNT(*) FROM users"_s);
    auto items = db.scalar(u"SELECT COUNT(*) FROM menu_items"_s);
    if (!users)
        return users.error();
    if (!items)
        return items.error();
    if (users->toLongLong() > 0 || items->toLongLong() > 0)
        return {}; // never into a database that is in use
    const qint64 now = toMs(state.now());
    return db.transaction([&]() -> Status {
        ShopSettings shop;
        shop.tax.pricesIncludeVat = true;
        shop.tax.vatBasisPoints = 700;
        shop.tax.serviceChargeBasisPoints = 1000;
        shop.shopName = u"Tavola Dim Sum Café"_s;
        shop.shopNameTh = u"ตาโวล่า ติ่มซำ คาเฟ่"_s;
        shop.taxId = u"0105561234560"_s; // a tax ID whose check digit adds up
        shop.branch = u"สำนักงานใหญ่"_s;
        shop.address = u"123 ถนนเยาวราช แขวงสัมพันธวงศ์ เขตสัมพันธวงศ์ กรุงเทพฯ 10100"_s;
        shop.promptpayId = u"0812345678"_s;
        shop.receiptFooter = u"ขอบคุณที่ใช้บริการ · Thank you!"_s;
        const auto settings = shop.toStorage();
        for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
            if (auto r = db.exec(
                    u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                    {it.key(), it.value()});
                !r)
                return r.error();
        }
        if (auto r = db.exec(u"INSERT INTO settings (key, value) VALUES ('pos_id', ?) ON CONFLICT (key) DO NOTHING"_s,
                             {state.config.posId});
            !r)
            return r.error();

        for (const DemoUser &u : kUsers) {
            auto r = db.exec(u"INSERT INTO users (username, display_name, role, password_hash, pin_hash, active, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, 1, ?, ?)"_s,
                             {QString::fromUtf8(u.username), QString::fromUtf8(u.displayName), QString::fromUtf8(u.role),
                              demoHash(QString::fromUtf8(u.password), state.config.passwordIterations),
                              u.pin ? QVariant(demoHash(QString::fromUtf8(u.pin), state.config.passwordIterations)) : sqlNull(), now, now});
            if (!r)
                return r.error();
        }

        int sort = 0;
        for (const DemoCategory &c : demoMenu()) {
            auto catId = db.scalar(u"INSERT INTO categories (name, name_th, sort) VALUES (?, ?, ?) RETURNING id"_s,
                                   {QString::fromUtf8(c.name), QString::fromUtf8(c.nameTh), sort++});
            if (!catId)
                return catId.error();
            for (const DemoItem &i : c.items) {
                auto itemId = db.scalar(u"INSERT INTO menu_items (category_id, name, name_th, price, available, station, active, sort) "
                                        "VALUES (?, ?, ?, ?, 1, ?, 1, ?) RETURNING id"_s,
                                        {*catId, QString::fromUtf8(i.name), QString::fromUtf8(i.nameTh), qint64(i.baht) * 100,
                                         QString::fromUtf8(i.station), sort++});
                if (!itemId)
                    return itemId.error();
                int msort = 0;
                for (const auto &[name, nameTh, baht] : i.modifiers) {
                    if (auto r = db.exec(u"INSERT INTO modifiers (item_id, name, name_th, price, active, sort) VALUES (?, ?, ?, ?, 1, ?)"_s,
                                         {*itemId, QString::fromUtf8(name), QString::fromUtf8(nameTh), qint64(baht) * 100, msort++});
                        !r)
                        return r.error();
                }
            }
        }
        if (auto r = db.exec(u"UPDATE menu_meta SET version = 1 WHERE id = 1"_s); !r)
            return r.error();

        // Indoor: a grid of 12 tables; terrace: 6 round tables. Units are centimetres.
        if (auto r = db.exec(u"INSERT INTO zones (id, name, sort) VALUES ('indoor', 'Indoor', 0), ('terrace', 'Terrace', 1)"_s); !r)
            return r.error();
        struct T
        {
            const char *id;
            const char *name;
            const char *zone;
            int seats;
            const char *shape;
            double x, y, w, h, rot;
        };
        const T tables[] = {
            {"1", "T1", "indoor", 2, "rect", 50, 50, 70, 70, 0},        {"2", "T2", "indoor", 2, "rect", 200, 50, 70, 70, 0},
            {"3", "T3", "indoor", 4, "rect", 350, 50, 120, 80, 0},      {"4", "T4", "indoor", 4, "rect", 550, 50, 120, 80, 0},
            {"5", "T5", "indoor", 4, "rect", 50, 220, 120, 80, 0},      {"6", "T6", "indoor", 4, "rect", 250, 220, 120, 80, 0},
            {"7", "T7", "indoor", 6, "rect", 450, 220, 180, 90, 0},     {"8", "T8", "indoor", 8, "round", 700, 200, 160, 160, 0},
            {"9", "T9", "indoor", 2, "round", 50, 400, 80, 80, 0},      {"10", "T10", "indoor", 2, "round", 200, 400, 80, 80, 0},
            {"11", "T11", "indoor", 4, "rect", 350, 400, 120, 80, 45},  {"12", "T12", "indoor", 10, "rect", 550, 420, 300, 100, 0},
            {"13", "P1", "terrace", 2, "round", 50, 650, 80, 80, 0},    {"14", "P2", "terrace", 2, "round", 200, 650, 80, 80, 0},
            {"15", "P3", "terrace", 4, "round", 350, 640, 100, 100, 0}, {"16", "P4", "terrace", 4, "round", 500, 640, 100, 100, 0},
            {"17", "P5", "terrace", 6, "rect", 650, 640, 180, 90, 0},   {"18", "P6", "terrace", 2, "round", 880, 650, 80, 80, 0},
        };
        int tsort = 0;
        for (const T &t : tables) {
            if (auto r = db.exec(
                    u"INSERT INTO dining_tables (id, name, zone_id, seats, shape, x, y, w, h, rotation, status, guests, active, sort) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'VACANT', 0, 1, ?)"_s,
                    {QString::fromUtf8(t.id), QString::fromUtf8(t.name), QString::fromUtf8(t.zone), t.seats, QString::fromUtf8(t.shape),
                     t.x, t.y, t.w, t.h, t.rot, tsort++});
                !r)
                return r.error();
        }
        if (auto r = db.exec(u"UPDATE floor_plan SET version = 1 WHERE id = 1"_s); !r)
            return r.error();
        qCInfo(lcServer) << "seeded the demo café";
        return {};
    });
}

} // namespace tavola::server
