#pragma once

#include "menu.h"

namespace tavola::menutext {

// A dish's options as a manager types them in one line each (docs/user-guide.md, "Menu"):
//   free options:  "Extra egg/ไข่เพิ่ม +10, No chilli/ไม่ใส่พริก"
//   groups:        "Spice/ความเผ็ด*: Mild/ไม่เผ็ด | Hot/เผ็ด; Extras [0-2]: Crab +10 | Egg +10"
// A name may carry its Thai name after the first "/"; "+price" adds to the dish's price; a group's
// "*" means exactly one must be chosen, "[min-max]" how many, neither: up to one. Reading the
// text back over the dish keeps the id of every option and group whose (English) name stays.
// A text that cannot be read gives a validation error on "modifiers" or "modifier_groups" whose
// message is the part that cannot be read.

/// The free options (not in a group) of `modifiers`.
QString optionsText(const QList<Modifier> &modifiers);
/// Reads free options over `before` (the dish's options): the groups' options stay as they are.
Result<QList<Modifier>> parseOptions(const QString &text, const QList<Modifier> &before);
/// The groups of choices of `item`.
QString groupsText(const MenuItem &item);
/// Reads groups of choices into `item`, replacing its groups and their options (nothing changes
/// when the text cannot be read).
Status parseGroups(const QString &text, MenuItem &item);

} // namespace tavola::menutext
