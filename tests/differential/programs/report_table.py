# String formatting report: aligned table with totals, percentages and a bar chart.
sales = [
    ("North", "Widgets", 1200, 3.5),
    ("North", "Gadgets", 340, 12.25),
    ("South", "Widgets", 980, 3.5),
    ("South", "Doohickeys", 45, 99.99),
    ("East", "Gadgets", 1500, 11.0),
    ("West", "Widgets", 0, 3.5),
    ("West", "Thingamajigs", 777, 0.05),
]
header = f"{'Region':<8}|{'Product':^14}|{'Units':>7}|{'Price':>8}|{'Revenue':>12}"
print(header)
print("-" * len(header))
total = 0
by_region = {}
for region, product, units, price in sales:
    revenue = units * price
    total += revenue
    by_region[region] = by_region.get(region, 0) + revenue
    print(f"{region:<8}|{product[:14]:^14}|{units:>7,}|{price:>8.2f}|{revenue:>12,.2f}")
print("=" * len(header))
print(f"{'TOTAL':<8}|{'':^14}|{sum(s[2] for s in sales):>7,}|{'':>8}|{total:>12,.2f}")
print()
for region, rev in sorted(by_region.items(), key=lambda kv: -kv[1]):
    share = rev / total
    bar = "█" * round(share * 40)
    print(f"{region:>6} {share:7.2%} {bar}")
print()
print("%-10s %8s %8s" % ("metric", "value", "pct"))
print("%-10s %8d %7.1f%%" % ("max units", max(s[2] for s in sales), 100.0))
print("%-10s %8.3g %7.1f%%" % ("avg price", sum(s[3] for s in sales) / len(sales), 42.0))
print("%-10s %8.2e %7.1f%%" % ("revenue", total, 100 * total / total))
print("{:*^40}".format(" end of report "))
