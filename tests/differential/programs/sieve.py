# Sieve of Eratosthenes and prime statistics.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]
primes = sieve(10000)
print("count below 10000:", len(primes))
print("first 25:", primes[:25])
print("last 5:", primes[-5:])
print("sum:", sum(primes))
twins = [(p, p + 2) for p, q in zip(primes, primes[1:]) if q == p + 2]
print("twin pairs:", len(twins), twins[:8])
gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print("gap histogram:", sorted(gaps.items()))
biggest = max(zip(primes, primes[1:]), key=lambda pq: pq[1] - pq[0])
print("largest gap:", biggest, biggest[1] - biggest[0])
prime_set = set(primes)
goldbach = {}
for n in range(4, 101, 2):
    for p in primes:
        if n - p in prime_set:
            goldbach[n] = (p, n - p)
            break
print([f"{n}={a}+{b}" for n, (a, b) in list(goldbach.items())[:10]])
for decade in range(0, 10000, 1000):
    count = sum(1 for p in primes if decade <= p < decade + 1000)
    print(f"{decade:5d}-{decade + 999:5d}: {count:4d} {'*' * (count // 10)}")
