def integrate(steps):
    total = 0.0
    dx = 1.0 / steps
    x = 0.0
    i = 0
    while i < steps:
        total += 4.0 / (1.0 + x * x) * dx
        x += dx
        i += 1
    return total


print(round(integrate(5_000_000), 9))
