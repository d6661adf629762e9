"""版本: the versions of the open draft (list, 保存版本, restore, read-only view, compare)."""
