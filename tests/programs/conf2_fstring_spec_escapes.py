print(f"{'tab':\t^9}|")
print(f"{'x':\x41^5}|")
w = 5
print(f"{'x':{'*'}^{w}}|")
print(f"{3.5:{w}.{2}f}|", f"{'a'!r:\u2192>6}")
print(f"{{}}{1}\n{'q':>3}")
x = 3
print(rf"{x:\x41>5}" if False else "skip", f"{x:\x41>5}", f"""{x:\n>3}""".replace("\n", "NL"), F"{'s':\\>4}", Rf"a\n{x}")
