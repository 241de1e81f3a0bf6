# Format specs applied to strings and ints: fill, align, width, precision, sign, grouping, type.
for s in ["", "a", "hello", "日本語", "toolongvalue"]:
    print(f"[{s:8}] [{s:<8}] [{s:>8}] [{s:^8}] [{s:-^9}] [{s:.3}] [{s:>8.2}] [{s!r:>10}]")
for n in [0, 7, -7, 42, -1234, 1234567, -(2 ** 40), 2 ** 64]:
    print(f"[{n:8}] [{n:<8}] [{n:^8}] [{n:08}] [{n:+}] [{n: }] [{n:=+10}] [{n:,}] [{n:_}] [{n:x}] [{n:#o}] [{n:#b}]"[:160])
    print(format(n, "e"), format(n, ".2f"), format(n, "%") if abs(n) < 100 else "-", format(n, "n"), format(n, "c") if 0 < n < 100 else "-")
print("{:>{}}|{:<{}}|".format("r", 4, "l", 4), "{0:{fill}{align}{width}}".format("x", fill="~", align="^", width=7))
print(format(True, "d"), format(False, "^5"), format(3, "5.1f"), f"{ord('a'):c}{98:c}")
