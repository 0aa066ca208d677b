#include "menueditorpage.h"

#include "appcontext.h"
#include "domain/menutext.h"
#include "errortext.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace tavola::ui {

namespace {

/// The dishes of a category; a dish dragged to another row is moved there (QTableWidget's own
/// move would overwrite the cells it is dropped on).
class DishTable : public QTableWidget
{
public:
    DishTable(std::function<void(int, int)> moved) : QTableWidget(0, 3), m_moved(std::move(moved))
    {
        setDragEnabled(true);
        setAcceptDrops(true);
        setDragDropMode(QAbstractItemView::InternalMove);
        setDropIndicatorShown(true);
    }

protected:
    void dropEvent(QDropEvent *event) override
    {
        const int from = currentRow();
        const QModelIndex at = indexAt(event->position().toPoint());
        int to = at.isValid() ? at.row() : rowCount();
        if (at.isValid() && dropIndicatorPosition() == QAbstractItemView::BelowItem)
            ++to;
        if (to > from)
            --to; // (counted without the row taken out)
        event->setDropAction(Qt::IgnoreAction); // the rows are moved here, not by the view
        event->accept();
        if (from >= 0 && from != to)
            m_moved(from, to);
    }

private:
    std::function<void(int, int)> m_moved;
};

QString fieldLabel(const QString &field)
{
    if (field == u"category"_s)
        return MenuEditorPage::tr("category");
    if (field == u"name_th"_s)
        return MenuEditorPage::tr("Thai name");
    if (field == u"price"_s)
        return MenuEditorPage::tr("price");
    if (field == u"station"_s)
        return MenuEditorPage::tr("station");
    if (field == u"available"_s)
        return MenuEditorPage::tr("on the menu");
    return field;
}

} // namespace

MenuEditorPage::MenuEditorPage(AppContext *ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"menu-editor"_s);
    auto *v = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *back = new QPushButton(tr("← Settings"));
    back->setObjectName(u"menu-back"_s);
    connect(back, &QPushButton::clicked, this, &MenuEditorPage::back);
    top->addWidget(back);
    auto *title = new QLabel(tr("Menu"));
    title->setProperty("role", u"title"_s);
    top->addWidget(title, 1);
    auto *import = new QPushButton(tr("Import spreadsheet…"));
    import->setObjectName(u"menu-import"_s);
    import->setToolTip(tr("A CSV file with the columns category, category_th, name, name_th, price, station, available: "
                          "you see what it changes before anything is changed"));
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a menu spreadsheet"),
                                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                          tr("Spreadsheet (*.csv)"));
        if (path.isEmpty())
            return;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            say(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()), true);
            return;
        }
        previewImport(f.readAll());
    });
    auto *exportButton = new QPushButton(tr("Export spreadsheet…"));
    exportButton->setObjectName(u"menu-export"_s);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        theme::askAndSave(
            this, tr("Export the menu"), u"menu.csv"_s, tr("Spreadsheet (*.csv)"), [this](const QString &path) { return exportCsv(path); },
            m_message);
    });
    top->addWidget(import);
    top->addWidget(exportButton);
    v->addLayout(top);

    // What an import would change, to apply or to drop.
    m_preview = new QFrame;
    m_preview->setObjectName(u"menu-import-preview"_s);
    m_preview->setFrameShape(QFrame::StyledPanel);
    auto *pv = new QVBoxLayout(m_preview);
    m_previewSummary = new QLabel;
    m_previewSummary->setObjectName(u"menu-import-summary"_s);
    m_previewSummary->setWordWrap(true);
    m_previewSummary->setProperty("role", u"title"_s);
    pv->addWidget(m_previewSummary);
    m_previewList = new QListWidget;
    m_previewList->setObjectName(u"menu-import-changes"_s);
    pv->addWidget(m_previewList, 1);
    auto *pb = new QHBoxLayout;
    m_apply = new QPushButton(tr("Apply these changes"));
    m_apply->setObjectName(u"menu-import-apply"_s);
    m_apply->setProperty("accent", true);
    connect(m_apply, &QPushButton::clicked, this, &MenuEditorPage::applyImport);
    auto *cancel = new QPushButton(tr("Cancel"));
    cancel->setObjectName(u"menu-import-cancel"_s);
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_pendingCsv.clear();
        m_preview->hide();
        m_editor->show();
        say(tr("Nothing was imported."));
    });
    pb->addWidget(m_apply);
    pb->addWidget(cancel);
    pb->addStretch();
    pv->addLayout(pb);
    m_preview->hide();
    v->addWidget(m_preview, 1);

    // While an import is previewed, it takes the editor's place (both do not fit a till's screen).
    m_editor = new QWidget;
    auto *h = new QHBoxLayout(m_editor);
    h->setContentsMargins(0, 0, 0, 0);
    // Categories, in the order the order screen shows them: drag one to move it.
    auto *left = new QVBoxLayout;
    auto *catTitle = new QLabel(tr("Categories (drag to sort)"));
    left->addWidget(catTitle);
    m_categories = new QListWidget;
    m_categories->setObjectName(u"menu-categories"_s);
    m_categories->setDragDropMode(QAbstractItemView::InternalMove);
    m_categories->setDefaultDropAction(Qt::MoveAction);
    connect(m_categories, &QListWidget::currentRowChanged, this, &MenuEditorPage::showItems);
    connect(m_categories->model(), &QAbstractItemModel::rowsMoved, this, &MenuEditorPage::saveCategoryOrder);
    left->addWidget(m_categories, 1);
    m_categoryName = new QLineEdit;
    m_categoryName->setObjectName(u"menu-category-name"_s);
    m_categoryName->setPlaceholderText(tr("Category name"));
    m_categoryName->setMaxLength(100);
    left->addWidget(m_categoryName);
    m_categoryNameTh = new QLineEdit;
    m_categoryNameTh->setObjectName(u"menu-category-name-th"_s);
    m_categoryNameTh->setPlaceholderText(tr("Thai name"));
    m_categoryNameTh->setMaxLength(100);
    left->addWidget(m_categoryNameTh);
    auto *catButtons = new QHBoxLayout;
    auto *addCat = new QPushButton(tr("+ Category"));
    addCat->setObjectName(u"menu-category-add"_s);
    connect(addCat, &QPushButton::clicked, this, &MenuEditorPage::addCategory);
    auto *saveCat = new QPushButton(tr("Rename"));
    saveCat->setObjectName(u"menu-category-save"_s);
    connect(saveCat, &QPushButton::clicked, this, &MenuEditorPage::saveCategory);
    catButtons->addWidget(addCat);
    catButtons->addWidget(saveCat);
    left->addLayout(catButtons);
    h->addLayout(left, 2);

    // (The station is in the form: the names need the room.) Drag a dish to change its place.
    m_items = new DishTable([this](int from, int to) { moveItem(from, to); });
    m_items->setObjectName(u"menu-items"_s);
    m_items->setHorizontalHeaderLabels({tr("Dish"), tr("Price"), tr("On the menu")});
    m_items->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->verticalHeader()->hide();
    connect(m_items, &QTableWidget::currentCellChanged, this, &MenuEditorPage::showItem);
    auto *middle = new QVBoxLayout;
    middle->addWidget(new QLabel(tr("Dishes (drag to sort)")));
    middle->addWidget(m_items, 1);
    h->addLayout(middle, 5);

    // The dish selected, or a new one.
    auto *form = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(u"menu-item-name"_s);
    m_name->setMaxLength(100);
    form->addRow(tr("Name"), m_name);
    m_nameTh = new QLineEdit;
    m_nameTh->setObjectName(u"menu-item-name-th"_s);
    m_nameTh->setMaxLength(100);
    form->addRow(tr("Thai name"), m_nameTh);
    m_price = new QLineEdit;
    m_price->setObjectName(u"menu-item-price"_s);
    m_price->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{0,7}(\\.\\d{0,2})?"_s), m_price));
    m_price->setPlaceholderText(u"0.00"_s);
    form->addRow(tr("Price (฿)"), m_price);
    // Category and station side by side: the form fits a 768-pixel-high till.
    m_category = new QComboBox;
    m_category->setObjectName(u"menu-item-category"_s);
    m_category->setToolTip(tr("Category"));
    m_station = new QComboBox;
    m_station->setObjectName(u"menu-item-station"_s);
    m_station->setToolTip(tr("Station"));
    auto *where = new QHBoxLayout;
    where->addWidget(m_category, 1);
    where->addWidget(m_station, 1);
    form->addRow(tr("Category, station"), where);
    m_options = new QLineEdit;
    m_options->setObjectName(u"menu-item-options"_s);
    m_options->setPlaceholderText(tr("e.g. Extra egg/ไข่เพิ่ม +10, No chilli"));
    m_options->setToolTip(tr("Options separated by \",\"; a Thai name after \"/\"; \"+10\" adds ฿10 to the dish."));
    form->addRow(tr("Options"), m_options);
    m_groups = new QLineEdit;
    m_groups->setObjectName(u"menu-item-groups"_s);
    m_groups->setPlaceholderText(tr("e.g. Spice/ความเผ็ด*: Mild | Hot; Extras [0-2]: Crab +10"));
    m_groups->setToolTip(tr("Groups of choices: \"*\" after the name = one must be chosen; [0-2] = none to two; "
                            "without either = at most one. Groups are separated by \";\", options by \"|\"; "
                            "a Thai name after \"/\"."));
    form->addRow(tr("Choices"), m_groups);
    m_available = new QCheckBox(tr("On the menu (untick: sold out)"));
    m_available->setObjectName(u"menu-item-available"_s);
    form->addRow(QString(), m_available);
    auto *newButton = new QPushButton(tr("New dish"));
    newButton->setObjectName(u"menu-item-new"_s);
    connect(newButton, &QPushButton::clicked, this, &MenuEditorPage::newItem);
    m_save = new QPushButton(tr("Save dish"));
    m_save->setObjectName(u"menu-item-save"_s);
    m_save->setProperty("accent", true);
    connect(m_save, &QPushButton::clicked, this, &MenuEditorPage::saveItem);
    m_remove = new QPushButton(tr("Remove"));
    m_remove->setObjectName(u"menu-item-delete"_s);
    m_remove->setProperty("danger", true);
    m_remove->setToolTip(tr("The dish leaves the menu for good; bills that have it keep it"));
    connect(m_remove, &QPushButton::clicked, this, &MenuEditorPage::removeItem);
    auto *row = new QHBoxLayout;
    row->addWidget(newButton);
    row->addWidget(m_save);
    row->addWidget(m_remove);
    form->addRow(row);
    m_message = new QLabel;
    m_message->setObjectName(u"menu-message"_s);
    m_message->setWordWrap(true);
    form->addRow(m_message);
    h->addLayout(form, 3);
    v->addWidget(m_editor, 1);

    for (QLineEdit *e : {m_name, m_nameTh, m_price, m_options, m_groups})
        connect(e, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    for (QComboBox *c : {m_category, m_station})
        connect(c, &QComboBox::activated, this, [this] { m_edited = true; });
    connect(m_available, &QCheckBox::clicked, this, [this] { m_edited = true; });
    connect(&m_ctx->store, &client::ClientStore::menuChanged, this, [this] {
        if (isVisible())
            load(); // another till changed it
    });
    connect(&m_ctx->store, &client::ClientStore::settingsChanged, this, &MenuEditorPage::fillStations);
}

void MenuEditorPage::load()
{
    m_ctx->api.menu(this, [this](Result<Menu> r) {
        if (!r) {
            say(client::ErrorText::forError(r.error()), true);
            return;
        }
        m_menu = *r;
        showMenu();
    });
}

void MenuEditorPage::showMenu()
{
    fillStations();
    const QString keepCategory = currentCategoryId();
    std::stable_sort(m_menu.categories.begin(), m_menu.categories.end(),
                     [](const Category &a, const Category &b) { return a.sort < b.sort; });
    {
        const QSignalBlocker block(m_categories); // (not its model: the view must see the rows)
        m_categories->clear();
        m_category->clear();
        for (const Category &c : std::as_const(m_menu.categories)) {
            auto *item = new QListWidgetItem(theme::itemName(c.name, c.nameTh));
            item->setData(Qt::UserRole, c.id);
            m_categories->addItem(item);
            m_category->addItem(theme::itemName(c.name, c.nameTh), c.id);
        }
    }
    int row = 0;
    for (int i = 0; i < m_categories->count(); ++i)
        if (m_categories->item(i)->data(Qt::UserRole).toString() == keepCategory)
            row = i;
    m_categories->setCurrentRow(m_categories->count() > 0 ? row : -1);
    showItems();
}

void MenuEditorPage::fillStations()
{
    const QString current = m_station->currentData().toString();
    m_station->clear();
    for (const KitchenStation &s : m_ctx->shop().stations)
        m_station->addItem(theme::itemName(s.name, s.nameTh), s.id);
    m_station->setCurrentIndex(std::max(0, m_station->findData(current)));
}

QString MenuEditorPage::currentCategoryId() const
{
    const QListWidgetItem *item = m_categories->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void MenuEditorPage::showItems()
{
    const QString categoryId = currentCategoryId();
    if (const Category *c = m_menu.category(categoryId)) {
        m_categoryName->setText(c->name);
        m_categoryNameTh->setText(c->nameTh);
    }
    const QString keep = m_itemId;
    const QSignalBlocker block(m_items);
    m_items->setRowCount(0);
    int select = -1;
    for (const MenuItem &i : std::as_const(m_menu.items)) {
        if (i.categoryId != categoryId)
            continue;
        const int row = m_items->rowCount();
        m_items->insertRow(row);
        const QStringList cells{theme::itemName(i.name, i.nameTh), i.price.toGroupedString(), i.available ? tr("yes") : tr("sold out")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells.at(c));
            cell->setData(Qt::UserRole, i.id);
            if (!i.available)
                cell->setForeground(QColor(0x8a, 0x83, 0x78));
            m_items->setItem(row, c, cell);
        }
        if (i.id == keep)
            select = row;
    }
    if (select >= 0) {
        m_items->setCurrentCell(select, 0);
        if (!m_edited) // (a change from another till does not wipe what is being typed)
            showItem();
    } else if (!m_edited || !m_itemId.isEmpty()) {
        newItem();
    }
}

void MenuEditorPage::showItem()
{
    const QTableWidgetItem *cell = m_items->item(m_items->currentRow(), 0);
    const MenuItem *item = cell ? m_menu.item(cell->data(Qt::UserRole).toString()) : nullptr;
    if (!item)
        return;
    m_itemId = item->id;
    m_name->setText(item->name);
    m_nameTh->setText(item->nameTh);
    m_price->setText(item->price.toString());
    m_category->setCurrentIndex(std::max(0, m_category->findData(item->categoryId)));
    m_station->setCurrentIndex(std::max(0, m_station->findData(item->station)));
    m_options->setText(menutext::optionsText(item->modifiers));
    m_groups->setText(menutext::groupsText(*item));
    m_available->setChecked(item->available);
    m_save->setText(tr("Save dish"));
    m_remove->setEnabled(true);
    m_edited = false;
}

void MenuEditorPage::newItem()
{
    m_itemId.clear();
    {
        const QSignalBlocker block(m_items);
        m_items->setCurrentCell(-1, -1);
    }
    m_name->clear();
    m_nameTh->clear();
    m_price->clear();
    m_category->setCurrentIndex(std::max(0, m_category->findData(currentCategoryId())));
    m_station->setCurrentIndex(0);
    m_options->clear();
    m_groups->clear();
    m_available->setChecked(true);
    m_save->setText(tr("Add dish"));
    m_remove->setEnabled(false);
    m_edited = false;
}

bool MenuEditorPage::selectItem(const QString &id)
{
    const MenuItem *item = m_menu.item(id);
    if (!item)
        return false;
    for (int i = 0; i < m_categories->count(); ++i) {
        if (m_categories->item(i)->data(Qt::UserRole).toString() == item->categoryId)
            m_categories->setCurrentRow(i);
    }
    for (int row = 0; row < m_items->rowCount(); ++row) {
        if (m_items->item(row, 0)->data(Qt::UserRole).toString() == id) {
            m_items->setCurrentCell(row, 0);
            showItem();
            return true;
        }
    }
    return false;
}

void MenuEditorPage::saveItem()
{
    MenuItem item;
    const MenuItem *before = m_menu.item(m_itemId);
    if (before)
        item = *before;
    item.name = m_name->text().trimmed();
    item.nameTh = m_nameTh->text().trimmed();
    item.categoryId = m_category->currentData().toString();
    item.station = m_station->currentData().toString();
    item.available = m_available->isChecked();
    auto price = Money::parse(m_price->text().trimmed());
    if (item.name.isEmpty() || !price || item.categoryId.isEmpty()) {
        say(item.categoryId.isEmpty() ? tr("Add a category first: every dish is in one.") : tr("A dish needs a name and a price."), true);
        return;
    }
    item.price = *price;
    auto options = menutext::parseOptions(m_options->text(), item.modifiers);
    if (!options) {
        say(tr("An option is \"Name/Thai name +price\": %1").arg(options.error().message), true);
        return;
    }
    item.modifiers = *options;
    if (auto s = menutext::parseGroups(m_groups->text(), item); !s) {
        say(tr("A group is \"Name/Thai name*: option | option\" (* one must be chosen; [0-2] how many): %1").arg(s.error().message), true);
        return;
    }
    auto done = [this](Result<MenuItem> r) {
        if (!r) {
            say(client::ErrorText::forError(r.error()) + u"\n"_s + r.error().message, true);
            return;
        }
        m_itemId = r->id;
        m_edited = false;
        say(tr("%1 saved: every till shows it now.").arg(theme::itemName(r->name, r->nameTh)));
        load();
    };
    if (before)
        m_ctx->api.updateMenuItem(item, this, done);
    else
        m_ctx->api.createMenuItem(item, this, done);
}

void MenuEditorPage::removeItem()
{
    const MenuItem *item = m_menu.item(m_itemId);
    if (!item)
        return;
    const QString name = theme::itemName(item->name, item->nameTh);
    // Asked first: a dish removed is gone from every till (sold out is the tick above).
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Remove a dish"),
                                tr("Take %1 off the menu for good? (For today only, untick \"On the menu\" instead.)").arg(name),
                                QMessageBox::NoButton, this);
    ask->setObjectName(u"menu-remove-confirm"_s);
    QPushButton *yes = ask->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    yes->setObjectName(u"menu-remove-yes"_s);
    ask->addButton(tr("Keep it"), QMessageBox::RejectRole)->setObjectName(u"menu-remove-no"_s);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::buttonClicked, this, [this, yes, id = item->id, name](QAbstractButton *clicked) {
        if (clicked != yes)
            return;
        m_ctx->api.deleteMenuItem(id, this, [this, name](const auto &r) {
            if (!r) {
                say(client::ErrorText::forError(r.error()), true);
                return;
            }
            m_itemId.clear();
            say(tr("%1 is off the menu.").arg(name));
            load();
        });
    });
    ask->open();
}

void MenuEditorPage::addCategory()
{
    Category c;
    c.name = m_categoryName->text().trimmed();
    c.nameTh = m_categoryNameTh->text().trimmed();
    if (c.name.isEmpty()) {
        say(tr("Type the new category's name first."), true);
        return;
    }
    for (const Category &other : std::as_const(m_menu.categories)) {
        if (other.name.compare(c.name, Qt::CaseInsensitive) == 0) {
            say(tr("There is a category %1 already.").arg(other.name), true);
            return;
        }
        c.sort = std::max(c.sort, other.sort + 1);
    }
    m_ctx->api.createCategory(c, this, [this](Result<Category> r) {
        if (!r) {
            say(client::ErrorText::forError(r.error()) + u"\n"_s + r.error().message, true);
            return;
        }
        say(tr("Category %1 added.").arg(r->name));
        m_menu.categories.append(*r);
        showMenu();
        for (int i = 0; i < m_categories->count(); ++i)
            if (m_categories->item(i)->data(Qt::UserRole).toString() == r->id)
                m_categories->setCurrentRow(i);
    });
}

void MenuEditorPage::saveCategory()
{
    const Category *current = m_menu.category(currentCategoryId());
    if (!current)
        return;
    Category c = *current;
    c.name = m_categoryName->text().trimmed();
    c.nameTh = m_categoryNameTh->text().trimmed();
    if (c.name.isEmpty()) {
        say(tr("A category needs a name."), true);
        return;
    }
    m_ctx->api.updateCategory(c, this, [this](Result<Category> r) {
        if (!r) {
            say(client::ErrorText::forError(r.error()), true);
            return;
        }
        say(tr("Category %1 saved.").arg(r->name));
        load();
    });
}

void MenuEditorPage::moveCategory(int from, int to)
{
    if (from < 0 || from >= m_categories->count() || to < 0 || to >= m_categories->count() || from == to)
        return;
    m_categories->insertItem(to, m_categories->takeItem(from));
    m_categories->setCurrentRow(to);
    saveCategoryOrder();
}

void MenuEditorPage::saveCategoryOrder()
{
    // Each category whose place changed is saved with its new place (1, 2, 3…).
    int changed = 0;
    for (int i = 0; i < m_categories->count(); ++i) {
        const QString id = m_categories->item(i)->data(Qt::UserRole).toString();
        for (Category &c : m_menu.categories) {
            if (c.id != id || c.sort == i + 1)
                continue;
            c.sort = i + 1;
            ++changed;
            m_ctx->api.updateCategory(c, this, [this](Result<Category> r) {
                if (!r)
                    say(client::ErrorText::forError(r.error()), true);
            });
        }
    }
    if (changed > 0)
        say(tr("New order of the categories saved: the order screen shows them so."));
}

void MenuEditorPage::moveItem(int from, int to)
{
    QStringList order; // the category's dishes, top to bottom
    for (int row = 0; row < m_items->rowCount(); ++row)
        order << m_items->item(row, 0)->data(Qt::UserRole).toString();
    if (from < 0 || from >= order.size() || to < 0 || to >= order.size() || from == to)
        return;
    order.move(from, to);
    // Each dish whose place changed is saved with its new place (1, 2, 3… within the category).
    int changed = 0;
    for (qsizetype place = 0; place < order.size(); ++place) {
        for (MenuItem &i : m_menu.items) {
            if (i.id != order.at(place) || i.sort == place + 1)
                continue;
            i.sort = int(place) + 1;
            ++changed;
            m_ctx->api.updateMenuItem(i, this, [this](Result<MenuItem> r) {
                if (!r)
                    say(client::ErrorText::forError(r.error()), true);
            });
        }
    }
    std::stable_sort(m_menu.items.begin(), m_menu.items.end(), [](const MenuItem &a, const MenuItem &b) { return a.sort < b.sort; });
    const QString moved = order.at(to);
    showItems();
    selectItem(moved);
    if (changed > 0)
        say(tr("New order of the dishes saved: the order screen shows them so."));
}

void MenuEditorPage::previewImport(const QByteArray &csv)
{
    m_pendingCsv = csv;
    m_ctx->api.importMenuCsv(csv, true, this, [this](Result<MenuImport> r) {
        m_previewList->clear();
        if (!r) {
            m_pendingCsv.clear();
            m_preview->hide();
            m_editor->show();
            say(tr("The spreadsheet cannot be imported: %1").arg(r.error().message), true);
            return;
        }
        m_previewSummary->setText(tr("The spreadsheet would add %n dish(es)", nullptr, int(r->created.size())) + u" · "_s
                                  + tr("change %n dish(es)", nullptr, int(r->updated.size())) + u" · "_s
                                  + tr("add %n categories", nullptr, int(r->categoriesCreated.size())) + u" · "_s
                                  + tr("leave %n as they are", nullptr, r->unchanged));
        for (const QString &c : std::as_const(r->categoriesCreated))
            m_previewList->addItem(tr("New category: %1").arg(c));
        for (const MenuImport::Dish &d : std::as_const(r->created))
            m_previewList->addItem(tr("New dish: %1 (%2) — ฿%3").arg(d.name, d.category, d.price));
        for (const MenuImport::Dish &d : std::as_const(r->updated)) {
            QStringList what;
            for (const MenuImport::Change &c : d.changes)
                what << tr("%1 %2 → %3").arg(fieldLabel(c.field), c.before, c.after);
            m_previewList->addItem(u"%1: %2"_s.arg(d.name, what.join(u"; "_s)));
        }
        m_apply->setEnabled(r->changesAnything());
        m_editor->hide();
        m_preview->show();
        // (The editor and its message line are hidden while the preview shows: it says it all.)
        m_previewSummary->setText(m_previewSummary->text() + u"\n"_s
                                  + (r->changesAnything() ? tr("Nothing has changed yet: check the list, then apply.")
                                                          : tr("The spreadsheet matches the menu.")));
    });
}

void MenuEditorPage::applyImport()
{
    if (m_pendingCsv.isEmpty())
        return;
    m_apply->setEnabled(false);
    m_ctx->api.importMenuCsv(m_pendingCsv, false, this, [this](Result<MenuImport> r) {
        if (!r) {
            m_apply->setEnabled(true);
            say(tr("The spreadsheet cannot be imported: %1").arg(r.error().message), true);
            return;
        }
        m_pendingCsv.clear();
        m_preview->hide();
        m_editor->show();
        say(tr("Imported: %1 new, %2 changed.").arg(r->created.size()).arg(r->updated.size()));
        load();
    });
}

Result<QString> MenuEditorPage::exportCsv(const QString &path)
{
    return theme::saveFile(path, m_menu.toCsv());
}

void MenuEditorPage::say(const QString &text, bool problem)
{
    m_message->setText(problem ? u"⚠ "_s + text : text);
}

} // namespace tavola::ui
