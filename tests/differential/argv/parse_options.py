# A small command-line parser over sys.argv.
import sys
def parse(argv):
    opts = {"verbose": False, "count": 1, "name": "anon"}
    positional = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ("-v", "--verbose"):
            opts["verbose"] = True
        elif a.startswith("--count="):
            opts["count"] = int(a.split("=", 1)[1])
        elif a == "-n":
            i += 1
            opts["name"] = argv[i]
        elif a == "--":
            positional.extend(argv[i + 1:])
            break
        else:
            positional.append(a)
        i += 1
    return opts, positional
def main():
    opts, pos = parse(sys.argv[1:])
    print("options:", opts)
    print("positional:", pos)
    for _ in range(opts["count"]):
        print("hello", opts["name"], "(verbose)" if opts["verbose"] else "")
    nums = [int(p) for p in pos if p.lstrip("-").isdigit()]
    print("numbers:", nums, "sum:", sum(nums))
if __name__ == "__main__":
    main()
