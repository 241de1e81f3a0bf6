# Combination of argv and stdin: filter stdin lines containing the pattern from argv[1].
import sys
pattern = sys.argv[1]
limit = int(sys.argv[2])
matches = 0
lineno = 0
while True:
    try:
        line = input()
    except EOFError:
        break
    lineno += 1
    if pattern in line:
        matches += 1
        print(f"{lineno:3d}: {line}")
        if matches >= limit:
            print("limit reached")
            break
print("matches:", matches)
