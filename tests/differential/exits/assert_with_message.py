# A failing assert with a formatted message ends the program.
inventory = {"apples": 5, "pears": 0, "plums": 12}
for item, qty in inventory.items():
    print(f"{item:>8}: {qty:3d}")
total = sum(inventory.values())
print("total", total)
assert total == 17, "total mismatch"
for item, qty in inventory.items():
    assert qty > 0, f"out of stock: {item} (qty={qty})"
    print("in stock", item)
print("unreachable")
