# str.is* predicates across a table of inputs.
samples = ["abc", "ABC", "Abc", "abc123", "123", "12.5", "", " ", "\t\n", "Hello World", "hello world",
           "Hello world", "_id", "id2", "2id", "class", "½", "²", "٣", "ǅ", "abc def", "ABC DEF",
           "a\x00", "\x7f", "é", "日本", "x_y", "True", "-5"]
preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower",
         "istitle", "isidentifier", "isprintable", "isascii"]
print(" ".join(p[2:6] for p in preds))
for s in samples:
    row = []
    row.append(s.isalpha())
    row.append(s.isdigit())
    row.append(s.isdecimal())
    row.append(s.isnumeric())
    row.append(s.isalnum())
    row.append(s.isspace())
    row.append(s.isupper())
    row.append(s.islower())
    row.append(s.istitle())
    row.append(s.isidentifier())
    row.append(s.isprintable())
    row.append(s.isascii())
    print(repr(s).ljust(14), "".join("T" if r else "." for r in row))
