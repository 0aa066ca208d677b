-- Modifier groups (docs/api.md, "Back office"): a dish's options may come in groups ("Spice
-- level", "Size") with how many must and may be chosen. The groups of a dish are kept with it as
-- JSON ([{"id","name","name_th","min","max"}]); each option names its group (empty: none).
ALTER TABLE menu_items ADD COLUMN modifier_groups TEXT NOT NULL DEFAULT '[]';
ALTER TABLE modifiers ADD COLUMN group_id TEXT NOT NULL DEFAULT '';
