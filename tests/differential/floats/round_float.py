# round() on floats: ties-to-even, ndigits positive and negative, representation effects.
vals = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 1.005, 0.125, 0.375, 1234.5678, -1234.5678,
        1e20, 1.23456789e-5, 5e-324, 99.995, 0.0, -0.0]
for v in vals:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, -1), round(v, -2))
print(round(2.5), round(3.5), round(-3.5), type(round(2.5)), type(round(2.5, 0)))
print(round(123.456, -1), round(155.0, -1), round(165.0, -1), round(1e15 + 0.5))
print(round(0.1 + 0.2, 2), round(1 / 3, 5), round(2 / 3, 15), round(1e300, -299))
for exc in [float("inf"), float("nan")]:
    try:
        print(round(exc))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 2))
print(int(2.9), int(-2.9), int(1e18), int(-1e18), int(1.5e30))
print((2.5).is_integer(), (2.0).is_integer(), (7.25).as_integer_ratio(), (0.1).as_integer_ratio())
print(float.fromhex("0x1.8p1"), (3.5).hex())
