# itertools combinatorics
import itertools as it
print(list(it.product("ab", "xy")))
print(list(it.product(range(2), repeat=3)))
print(len(list(it.product("abc", repeat=4))), list(it.product()))
print(list(it.permutations("abc")))
print(list(it.permutations(range(4), 2)))
print(len(list(it.permutations(range(6)))), list(it.permutations([])), list(it.permutations("ab", 3)))
print(list(it.combinations("abcd", 2)))
print(list(it.combinations(range(5), 3)))
print(list(it.combinations("ab", 0)), list(it.combinations("ab", 3)))
print(list(it.combinations_with_replacement("abc", 2)))
print(list(it.combinations_with_replacement(range(3), 3)))
print(["".join(p) for p in it.permutations("123")])
print([a + b for a, b in it.product("AB", "12")])
print(sum(1 for c in it.combinations(range(10), 4)), sum(1 for c in it.combinations_with_replacement(range(10), 4)))
coins = [1, 2, 5]
ways = [c for n in range(1, 5) for c in it.combinations_with_replacement(coins, n) if sum(c) == 7]
print(ways)
print([c for c in it.combinations(range(1, 10), 3) if sum(c) == 15])
grid = [(x, y) for x, y in it.product(range(3), repeat=2) if x != y]
print(grid)
def subsets(s):
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
print(list(subsets([1, 2, 3])))
print(sorted(set(it.permutations("aab"))))
print(next(it.islice(it.permutations(range(10)), 999999, None)))
pw = list(it.product([True, False], repeat=2))
print([(a, b, a and b, a or b, a != b) for a, b in pw])
