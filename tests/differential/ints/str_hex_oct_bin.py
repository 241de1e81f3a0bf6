# str(), hex(), oct(), bin() and format() of ints including negatives and huge ones.
vals = [0, 1, -1, 7, -7, 255, -256, 4096, 2 ** 31, 2 ** 63, -(2 ** 63), 2 ** 64 + 3, 3 ** 50]
for v in vals:
    print(str(v), hex(v), oct(v), bin(v))
    print(format(v, "x"), format(v, "#X"), format(v, "o"), format(v, "b"), format(v, ","), format(v, "_"))
print(repr(10 ** 30), str(-(10 ** 30)))
print(format(255, "08b"), format(-5, "+d"), format(5, " d"), format(42, "^10"), format(42, "*>8"))
print(format(123456789, ","), format(123456789, "_x"), format(-1234, "010,"))
print(f"{255:#010x} {255:#o} {255:#b} {1000000:,d} {-42:=+8}")
print(str(2 ** 200).count("0"), hex(2 ** 200)[:8], len(bin(2 ** 200)))
print("%d %i %x %X %o" % (255, -255, 255, 255, 8))
print(int(hex(3 ** 50), 16) == 3 ** 50, int(bin(-99), 2), int(oct(-99), 8))
