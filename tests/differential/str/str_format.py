# str.format with positional, named, indexed and attribute-free fields.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0} {2}".format("a", "b", "c"))
print("{name} is {age} years".format(name="Bob", age=30))
print("{0[0]} {0[1]} {1[key]} {1[2]}".format(["x", "y"], {"key": "val", 2: "two"}))
print("{:>8}|{:<8}|{:^8}|{:*^9}|".format("r", "l", "c", "s"))
print("{:d} {:5d} {:05d} {:+d} {:x} {:#X} {:o} {:b} {:,}".format(7, 7, 7, 7, 255, 255, 8, 5, 1234567))
print("{:.2f} {:10.3e} {:g} {:%} {:.1%}".format(3.14159, 12345.6789, 0.0001, 0.5, 0.123))
print("{0!r} {0!s} {0!a} {1!r}".format("hé", 5))
print("{:{}}|{:{}.{}f}|{:{fill}>{w}}".format("x", 5, 3.14159, 10, 2, "y", fill="-", w=6))
print("{{}} {{{}}} {{0}}".format("in"))
print("{0:{1}}|".format(42, 8), "{:>{width}}|".format("ab", width=6))
args = ("alpha", "beta")
kw = {"first": 1, "second": 2}
print("{} and {}".format(*args), "{first}+{second}".format(**kw), "{0}{first}".format(*args, **kw))
print("{!r:>10}|{:^7.3}|".format("ab", "abcdef"))
print(format("text", ">10"), format(3.5, "08.3f"), format(True, ""), format(None, ""), format([1, 2]))
print("{}".format(None), "{}".format([1, "a"]), "{}".format({"k": (1,)}), "{}".format(-0.0))
for spec in ["{}", "{0}", "{a}", "{0} {}", "{", "}"]:
    try:
        print(repr(spec.format(1, a=2)))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
try:
    print("{} {} {}".format(1, 2))
except IndexError as e:
    print("IndexError", e)
try:
    print("{missing}".format(x=1))
except KeyError as e:
    print("KeyError", e)
table = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thing", 1, 100.0)]
for row in table:
    print("{:<8}{:>4}{:>10.2f}{:>10.2f}".format(row[0], row[1], row[2], row[1] * row[2]))
