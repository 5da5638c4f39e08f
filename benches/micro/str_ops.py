# str join/split/replace/strip/lower/startswith/format on text lines.
words = ["alpha", "Beta", "gamma", "DELTA", "epsilon", "zeta", "eta", "theta"]
text = "\n".join(" ".join(words[(i + j) % 8] for j in range(12)) + "  " for i in range(2000))
tot = 0
for rep in range(10):
    for line in text.split("\n"):
        parts = line.strip().split(" ")
        tot += len(",".join(p.lower() for p in parts))
        tot += line.replace("eta", "ETA").count("ETA")
        tot += sum(1 for p in parts if p.startswith("ga"))
        tot += len(line.upper()) + line.find("zeta")
print(tot)
